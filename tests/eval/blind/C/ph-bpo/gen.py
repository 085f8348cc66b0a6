#!/usr/bin/env python3
"""Blind test dump C/ph-bpo: Philippine BPO (Northbridge Contact Solutions, Inc.), HR / payroll
vendor export. Deterministic (seeded). Standard library + openpyxl."""
import base64, csv, datetime as dt, hashlib, json, os, random, shutil, string, uuid
from zoneinfo import ZoneInfo
import openpyxl
from openpyxl.styles import Font, Alignment, PatternFill

SEED = 6302024
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
TZ = ZoneInfo("Asia/Manila")
DOMAIN = "northbridgecx.ph"

LAST = ["Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia", "Mendoza", "Torres", "Tomas", "Andrada",
        "Castillo", "Flores", "Villanueva", "Ramos", "Castro", "Rivera", "Aquino", "Navarro", "Salazar",
        "Mercado", "Dela Cruz", "De Leon", "Gonzales", "Lopez", "Fernandez", "Pascual", "Manalo", "Dizon",
        "Soriano", "Aguilar", "Domingo", "Gutierrez", "Panganiban", "Macaraeg", "Dimaculangan", "Lacson",
        "Tolentino", "Magbanua", "Sison", "Del Rosario", "Evangelista", "Santiago", "Cabrera", "Yap", "Tan",
        "Alcantara", "Buenaventura", "Pineda", "Quiambao", "Dumalagan", "Cabahug", "Ybañez"]
FIRST_F = ["Rhea", "Kristine", "Mary Grace", "Ma. Cristina", "Jennifer", "Angelica", "Jasmine", "Princess", "Joy",
           "Lovely", "Jessa", "Cherry Mae", "Rowena", "Marites", "Kimberly", "Janine", "Aileen", "Bea", "Czarina",
           "Ella", "Maricel", "Shiela", "Rochelle", "Divina", "Leah", "Erlinda", "Joanna Marie", "Katrina"]
FIRST_M = ["Juan", "Jose", "Mark Anthony", "John Paul", "Christian", "Jerome", "Jericho", "Carlo", "Paolo", "Miguel",
           "Rafael", "Angelo", "Rommel", "Ronaldo", "Arnel", "Dindo", "Kenneth", "Vincent", "Ryan", "Jayson",
           "Mark Joseph", "Reynaldo", "Eduardo", "Noel", "Jhon Rey", "Kevin", "Alvin", "Renz"]
STREET_NAMES = ["Sampaguita", "Ilang-Ilang", "Mabini", "Rizal", "Bonifacio", "Kamagong", "Narra", "Molave",
                "Acacia", "Mahogany", "Luna", "Aguinaldo", "P. Burgos", "Katipunan", "Magsaysay", "Roxas",
                "Dahlia", "Camia", "Gumamela", "Jasmin", "Maharlika", "Kalayaan", "Masikap", "Matiyaga"]
PLACES = {  # city -> barangays, postal code
    "Quezon City": (["Batasan Hills", "Commonwealth", "Bagong Silangan", "Holy Spirit", "Kamuning", "Bagumbayan",
                     "Payatas", "Pasong Tamo", "Tandang Sora", "Fairview"], "1100"),
    "Pasig City": (["Rosario", "Ugong", "Kapitolyo", "Santolan", "Caniogan", "Pinagbuhatan", "Manggahan"], "1600"),
    "Marikina City": (["Concepcion Uno", "Tumana", "Nangka", "Parang", "Malanday"], "1800"),
    "Mandaluyong City": (["Plainview", "Highway Hills", "Addition Hills", "Barangka Drive"], "1550"),
    "Taguig City": (["Western Bicutan", "Ususan", "Pinagsama", "Signal Village", "Lower Bicutan"], "1630"),
    "Caloocan City": (["Bagong Silang", "Camarin", "Deparo", "Bagumbong"], "1400"),
    "Cainta, Rizal": (["San Isidro", "San Juan", "Sto. Domingo", "San Andres"], "1900"),
    "Antipolo City": (["Dela Paz", "San Roque", "Mayamot", "Mambugan"], "1870"),
    "Cebu City": (["Lahug", "Apas", "Mabolo", "Guadalupe", "Talamban", "Banilad", "Kasambagan"], "6000"),
    "Mandaue City": (["Subangdaku", "Bakilid", "Tipolo", "Banilad", "Canduman"], "6014"),
    "Lapu-Lapu City": (["Pusok", "Basak", "Gun-ob", "Agus"], "6015"),
}
SITE_CITIES = {"EW": ["Quezon City", "Pasig City", "Marikina City", "Mandaluyong City", "Caloocan City",
                      "Cainta, Rizal", "Antipolo City", "Taguig City"],
               "CEB": ["Cebu City", "Mandaue City", "Lapu-Lapu City"]}
SITES = {"EW": "Eastwood, Libis QC", "CEB": "Cebu IT Park"}
CAMPAIGNS = ["TelcoOne Postpaid CS", "TelcoOne Tech Support", "ShopNow Marketplace Chat", "AirLoyalty Reservations",
             "MediPlan Healthcare Claims", "FinBank Collections"]
MOBILE_PREFIX = ["0917", "0918", "0919", "0920", "0921", "0927", "0928", "0939", "0945", "0955", "0966",
                 "0977", "0995", "0998", "0906", "0915"]
RELATIONSHIP = ["Asawa", "Ina", "Ama", "Kapatid", "Tita", "Live-in partner", "Nanay", "Tatay", "Lola"]
PH_IP_PREFIX = ["112.198", "122.2", "180.190", "49.145", "112.200", "120.28", "136.158", "175.176", "110.54", "124.106"]


def digits(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def mobile():
    return R.choice(MOBILE_PREFIX) + digits(7)


def fmt_mobile(m, style):
    if style == "space":
        return f"{m[:4]} {m[4:7]} {m[7:]}"
    if style == "intl":
        return f"+63 {m[1:4]} {m[4:7]} {m[7:]}"
    if style == "dash":
        return f"{m[:4]}-{m[4:7]}-{m[7:]}"
    return m


def slug(s):
    return "".join(c for c in s.lower().replace("ñ", "n") if c.isalnum())


if os.path.isdir(DATA):
    shutil.rmtree(DATA)
os.makedirs(DATA)

# ---------------------------------------------------------------- people
N = 85
used_login, used_emp = set(), set()
emps = []
for i in range(N):
    sex = R.choice("FM")
    first = R.choice(FIRST_F if sex == "F" else FIRST_M)
    last = R.choice(LAST)
    middle = R.choice([l for l in LAST if l != last])
    site = "EW" if R.random() < 0.65 else "CEB"
    city = R.choice(SITE_CITIES[site])
    brgys, postal = PLACES[city]
    brgy = R.choice(brgys)
    addr = R.choice([f"Blk {R.randint(1, 40)} Lot {R.randint(1, 60)} {R.choice(STREET_NAMES)} St., Phase {R.randint(1, 5)}",
                     f"{R.randint(1, 999)}{R.choice(['', '-A', '-B', ''])} {R.choice(STREET_NAMES)} St.",
                     f"Unit {R.randint(2, 30)}{R.randint(1, 20):02d} Tower {R.randint(1, 4)}, {R.choice(['Avida Towers', 'SMDC Grace Residences', 'Urban Deca Homes', 'Camella Condo'])}",
                     f"{R.randint(1, 300)} Purok {R.randint(1, 7)}, Sitio {R.choice(['Malinis', 'Bagong Buhay', 'Pag-asa', 'Maligaya'])}"])
    dob = dt.date(1972, 1, 1) + dt.timedelta(days=R.randrange(365 * 31))
    hire = dt.date(2016, 1, 1) + dt.timedelta(days=R.randrange(365 * 8 + 90))
    if (hire - dob).days < 365 * 18 + 30:
        hire = dob + dt.timedelta(days=365 * 19 + R.randint(0, 900))
    login = slug(first.split()[0])[0] + slug(last)
    k = 1
    base = login
    while login in used_login:
        k += 1
        login = f"{base}{k}"
    used_login.add(login)
    while True:
        emp_no = f"NBX-{hire.year % 100:02d}{digits(4)}"
        if emp_no not in used_emp:
            used_emp.add(emp_no)
            break
    role = R.choices(["Agent", "Team Lead", "QA"], [78, 12, 10])[0]
    # TIN: individual taxpayers start 1-9, 9 digits + branch code 000. No public check-digit algorithm.
    tin = f"{R.randint(1, 4)}{digits(2)}-{digits(3)}-{digits(3)}-000"
    sss = f"{R.choice(['33', '34', '04', '02', '06', '07'])}-{digits(7)}-{digits(1)}"
    ph = R.choice(["01", "02", "03", "12", "19"]) + digits(10)
    philhealth = f"{ph[:2]}-{ph[2:11]}-{ph[11]}" if R.random() < 0.7 else ph
    mid = R.choice(["1210", "1211", "1212", "9120"]) + digits(8)
    pagibig = f"{mid[:4]}-{mid[4:8]}-{mid[8:]}" if R.random() < 0.6 else mid
    emps.append({
        "emp_no": emp_no, "first": first, "last": last, "middle": middle, "sex": sex, "dob": dob,
        "civil": R.choice(["Single", "Single", "Married", "Married", "Separated", "Widowed"] if dob.year < 1985 else ["Single", "Single", "Single", "Married"]),
        "tin": tin, "sss": sss, "philhealth": philhealth, "pagibig": pagibig, "mobile": mobile(),
        "email": f"{login}@{DOMAIN}" if R.random() < 0.75 else f"{slug(first)}.{slug(last)}{R.randint(1, 99)}@{R.choice(['gmail.com', 'gmail.com', 'yahoo.com', 'ymail.com'])}",
        "login": login, "addr": addr, "brgy": brgy, "city": city, "postal": postal, "hire": hire,
        "campaign": R.choice(CAMPAIGNS), "role": role, "site": site,
        "ec_name": f"{R.choice(FIRST_F + FIRST_M)} {R.choice([last, middle, R.choice(LAST)])}",
        "ec_rel": R.choice(RELATIONSHIP), "ec_mobile": mobile(),
        "bank": R.choice(["BDO", "BDO", "BPI"]),
        "badge": f"{R.randint(1, 65535):010d}",
        "home_ip": f"{R.choice(PH_IP_PREFIX)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
        "mac": R.choice(["3c:a9:f4", "a4:c3:f0", "f8:b1:56", "00:e0:4c", "f0:18:98", "54:ee:75", "98:fa:9b", "c8:5b:76"])
               + ":" + ":".join(f"{R.randint(0, 255):02x}" for _ in range(3)),
    })
for e in emps:
    e["acct"] = digits(12) if e["bank"] == "BDO" else digits(10)
emps.sort(key=lambda e: e["emp_no"])

truth_fields, truth_text = {}, {}

# ---------------------------------------------------------------- 1. employees.xlsx (title rows)
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Masterlist"
H = ["Employee No.", "Last Name", "First Name", "Middle Name", "Birthdate", "Civil Status", "TIN", "SSS No.",
     "PhilHealth No.", "Pag-IBIG MID", "Mobile", "Email", "Address", "Barangay", "City", "Zip Code", "Hire Date",
     "Account/Campaign", "Role", "Site", "Emergency Contact Person", "Relationship", "Emergency Contact No."]
ws["A1"] = "NORTHBRIDGE CONTACT SOLUTIONS, INC."
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Employee Masterlist (Active) — as of 30 April 2024"
ws["A3"] = "CONFIDENTIAL – For HR and Payroll use only. Huwag ipamahagi."
ws["A3"].font = Font(italic=True, color="C00000")
ws.append([])
ws.append(H)
for c in ws[5]:
    c.font = Font(bold=True, color="FFFFFF")
    c.fill = PatternFill("solid", fgColor="1F4E78")
    c.alignment = Alignment(wrap_text=True)
for e in emps:
    ws.append([e["emp_no"], e["last"].upper(), e["first"].upper(), e["middle"].upper(), e["dob"], e["civil"],
               e["tin"], e["sss"], e["philhealth"], e["pagibig"],
               fmt_mobile(e["mobile"], R.choices(["space", "intl", "plain", "dash"], [50, 25, 15, 10])[0]),
               e["email"], e["addr"], f"Brgy. {e['brgy']}" if R.random() < 0.5 else e["brgy"], e["city"], e["postal"],
               e["hire"], e["campaign"], e["role"], SITES[e["site"]], e["ec_name"], e["ec_rel"],
               fmt_mobile(e["ec_mobile"], R.choice(["space", "plain", "intl"]))])
    r = ws.max_row
    ws.cell(r, 5).number_format = "mm/dd/yyyy"
    ws.cell(r, 17).number_format = "mm/dd/yyyy"
ws.freeze_panes = "C6"
for col, w in zip("ABCDEFGHIJKLMNOPQRSTUVW", [13, 16, 16, 16, 12, 11, 17, 15, 16, 16, 17, 34, 44, 22, 17, 9, 12, 26, 11, 20, 26, 14, 17]):
    ws.column_dimensions[col].width = w
ws2 = wb.create_sheet("Campaigns")
ws2.append(["Campaign", "Client Code", "Site", "Headcount", "Go-live"])
for c in CAMPAIGNS:
    ws2.append([c, "CL-" + digits(4), R.choice(list(SITES.values())), sum(1 for e in emps if e["campaign"] == c),
                dt.date(2017 + R.randint(0, 6), R.randint(1, 12), 1)])
wb.properties.creator = "hris-export"
wb.properties.created = wb.properties.modified = dt.datetime(2024, 4, 30, 17, 5, 12)
XLSX = os.path.join(DATA, "NBCX_Employee_Masterlist_2024-04.xlsx")
wb.save(XLSX)
# openpyxl stamps 'now' into docProps/core.xml and zip entries: rewrite for a deterministic file
import re as _re, zipfile as _zf
with _zf.ZipFile(XLSX) as z:
    members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
with _zf.ZipFile(XLSX, "w", _zf.ZIP_DEFLATED) as z:
    for name, blob in members:
        if name == "docProps/core.xml":
            blob = _re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2024-04-30T17:05:12Z", blob)
        zi = _zf.ZipInfo(name, date_time=(2024, 4, 30, 17, 5, 12))
        zi.compress_type = _zf.ZIP_DEFLATED
        z.writestr(zi, blob)
truth_fields["NBCX_Employee_Masterlist_2024-04.xlsx"] = {
    "Last Name": "name", "First Name": "name", "Middle Name": "name", "Birthdate": "date_of_birth",
    "TIN": "government_id", "SSS No.": "government_id", "PhilHealth No.": "government_id",
    "Pag-IBIG MID": "government_id", "Mobile": "phone", "Email": "email", "Address": "location",
    "Barangay": "location", "City": "location", "Zip Code": "location",
    "Emergency Contact Person": "name", "Emergency Contact No.": "phone",
}

# ---------------------------------------------------------------- 2. payroll CSV
PERIODS = [(dt.date(2024, 4, 1), dt.date(2024, 4, 15), dt.date(2024, 4, 20)),
           (dt.date(2024, 4, 16), dt.date(2024, 4, 30), dt.date(2024, 5, 5))]
prow = []
for a, b, pay in PERIODS:
    seq = R.randint(100000, 300000)
    for e in emps:
        monthly = {"Agent": R.choice([18000, 19500, 21000, 23000, 25000]), "Team Lead": R.choice([32000, 35000, 38000]),
                   "QA": R.choice([26000, 28000, 30000])}[e["role"]]
        basic = monthly / 2
        nd = round(basic * R.uniform(0.04, 0.09), 2)
        ot = round(R.choice([0, 0, 0, R.uniform(300, 2500)]), 2)
        sss_ee = round(min(monthly, 30000) * 0.045 / 2, 2)
        phic = round(monthly * 0.05 / 2 / 2, 2)
        hdmf = 100.00
        taxable = basic + nd + ot - sss_ee - phic - hdmf
        wtax = round(max(0.0, (taxable * 2 - 20833) * 0.15) / 2, 2)
        net = round(taxable - wtax, 2)
        seq += R.randint(1, 9)
        prow.append([e["emp_no"], f"{e['last'].upper()}, {e['first'].upper()} {e['middle'][0]}.",
                     f"{a.isoformat()} to {b.isoformat()}", pay.isoformat(), f"{basic:.2f}", f"{nd:.2f}", f"{ot:.2f}",
                     f"{sss_ee:.2f}", f"{phic:.2f}", f"{hdmf:.2f}", f"{wtax:.2f}", f"{net:.2f}", e["bank"], e["acct"],
                     f"{b.strftime('%Y%m%d')}{seq:06d}", "CREDITED" if R.random() > 0.02 else "RETURNED"])
with open(os.path.join(DATA, "payroll_register_2024-04.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["employee_no", "employee_name", "pay_period", "pay_date", "basic_pay", "night_diff", "overtime_pay",
                "sss_ee", "philhealth_ee", "pagibig_ee", "withholding_tax", "net_pay", "bank", "account_number",
                "payslip_ref", "credit_status"])
    w.writerows(prow)
truth_fields["payroll_register_2024-04.csv"] = {"employee_name": "name", "account_number": "bank_account"}

# ---------------------------------------------------------------- 3. badge swipes NDJSON
DOORS = {"EW": [("EW-LOBBY-TS", "Lobby Turnstile 1"), ("EW-LOBBY-TS2", "Lobby Turnstile 2"),
                ("EW-12F-PROD-A", "12F Production Floor A"), ("EW-12F-PROD-B", "12F Production Floor B"),
                ("EW-12F-PANTRY", "12F Pantry"), ("EW-14F-TRAINING", "14F Training Room")],
         "CEB": [("CEB-GF-MAIN", "Ground Floor Main Entrance"), ("CEB-5F-PROD", "5F Production"),
                 ("CEB-5F-CLINIC", "5F Clinic"), ("CEB-6F-NESTING", "6F Nesting Bay")]}
swipes = []
for day in [dt.date(2024, 4, 15), dt.date(2024, 4, 16), dt.date(2024, 4, 17)]:
    for e in emps:
        if R.random() < 0.12:
            continue  # rest day
        shift_h = R.choice([21, 22, 22, 23, 20, 6]) if e["campaign"] != "AirLoyalty Reservations" else R.choice([6, 8, 14])
        t = dt.datetime(day.year, day.month, day.day, shift_h, 0, tzinfo=TZ) - dt.timedelta(minutes=R.randint(5, 40))
        doors = DOORS[e["site"]]
        seq = [(doors[0], "IN"), (doors[2] if len(doors) > 2 else doors[1], "IN")]
        if R.random() < 0.6:
            seq.append((doors[-2] if e["site"] == "EW" else doors[2], "IN"))
        seq.append((doors[0], "OUT"))
        for j, (door, direction) in enumerate(seq):
            if j:
                t += dt.timedelta(minutes=R.randint(2, 10)) if j == 1 else dt.timedelta(hours=R.randint(3, 5), minutes=R.randint(0, 59))
            result = "GRANTED"
            ev = {"event_id": str(uuid.UUID(int=R.getrandbits(128))),
                  "ts": (t + dt.timedelta(seconds=R.randint(0, 59))).isoformat(timespec="seconds"),
                  "badge_id": e["badge"], "employee_no": e["emp_no"],
                  "cardholder": f"{e['last']}, {e['first']}",
                  "door": door[1], "door_code": door[0], "direction": direction, "result": result,
                  "reader": {"id": f"RDR-{door[0]}-{R.randint(1, 2)}", "controller": f"ACS-{e['site']}-0{R.randint(1, 3)}"}}
            if R.random() < 0.015:
                ev["result"] = "DENIED"
                ev["reason"] = R.choice(["ANTI_PASSBACK", "OUTSIDE_SCHEDULE", "BADGE_EXPIRED"])
            swipes.append(ev)
    # a few unknown / visitor badges
    for _ in range(3):
        swipes.append({"event_id": str(uuid.UUID(int=R.getrandbits(128))),
                       "ts": dt.datetime(day.year, day.month, day.day, R.randint(8, 17), R.randint(0, 59), R.randint(0, 59), tzinfo=TZ).isoformat(),
                       "badge_id": f"{R.randint(90000, 99999):010d}", "employee_no": None, "cardholder": "VISITOR",
                       "door": "Lobby Turnstile 1", "door_code": "EW-LOBBY-TS", "direction": "IN", "result": "DENIED",
                       "reason": "UNKNOWN_CARD", "reader": {"id": "RDR-EW-LOBBY-TS-1", "controller": "ACS-EW-01"}})
swipes.sort(key=lambda s: s["ts"])
with open(os.path.join(DATA, "badge_swipes_2024-04-15_17.ndjson"), "w", encoding="utf-8") as f:
    for s in swipes:
        f.write(json.dumps(s, ensure_ascii=False) + "\n")
truth_fields["badge_swipes_2024-04-15_17.ndjson"] = {"cardholder": "name", "ts": "activity"}

# ---------------------------------------------------------------- 4. VPN syslog (OpenVPN)
vpn = []
remote = [e for e in emps if e["role"] in ("Team Lead", "QA")] + R.sample([e for e in emps if e["role"] == "Agent"], 18)
pool = 2
for day in [dt.date(2024, 4, 15), dt.date(2024, 4, 16)]:
    for e in remote:
        if R.random() < 0.3:
            continue
        t = dt.datetime(day.year, day.month, day.day, R.choice([8, 9, 13, 19, 20, 21]), R.randint(0, 59), R.randint(0, 59), tzinfo=TZ)
        port = R.randint(1025, 65000)
        src = f"{e['home_ip']}:{port}"
        pid = 1873
        host = "vpn-gw01"

        def L(tt, msg):
            vpn.append((tt, f"{tt.strftime('%b')} {tt.day:2d} {tt.strftime('%H:%M:%S')} {host} openvpn[{pid}]: {msg}"))
        if R.random() < 0.15:
            L(t, f"{src} TLS: Initial packet from [AF_INET]{src}, sid=" + digits(8))
            L(t + dt.timedelta(seconds=1), f"{src} PLUGIN_CALL: POST /usr/lib/openvpn/openvpn-plugin-auth-pam.so/PLUGIN_AUTH_USER_PASS_VERIFY status=1")
            L(t + dt.timedelta(seconds=1), f"{src} TLS Auth Error: Auth Username/Password verification failed for peer")
            L(t + dt.timedelta(seconds=1), f"AUTH-PAM: BACKGROUND: user '{e['login']}' failed to authenticate: Authentication failure")
            t += dt.timedelta(seconds=R.randint(20, 90))
            port = R.randint(1025, 65000)
            src = f"{e['home_ip']}:{port}"
        L(t, f"{src} TLS: Initial packet from [AF_INET]{src}, sid=" + digits(8))
        L(t + dt.timedelta(seconds=1), f"{src} VERIFY OK: depth=0, CN=client-{e['login']}")
        L(t + dt.timedelta(seconds=1), f"{src} TLS: Username/Password authentication succeeded for username '{e['login']}'")
        L(t + dt.timedelta(seconds=1), f"{src} peer info: IV_VER=2.6.{R.randint(5, 10)}")
        L(t + dt.timedelta(seconds=1), f"{src} peer info: IV_PLAT={R.choice(['win', 'win', 'mac'])}")
        if R.random() < 0.7:
            L(t + dt.timedelta(seconds=1), f"{src} peer info: IV_HWADDR={e['mac']}")
        L(t + dt.timedelta(seconds=1), f"{src} peer info: IV_GUI_VER=OpenVPN_GUI_11")
        vip = f"10.8.{pool // 250}.{pool % 250 + 2}"
        pool += 1
        L(t + dt.timedelta(seconds=2), f"{e['login']}/{src} MULTI_sva: pool returned IPv4={vip}, IPv6=(Not enabled)")
        L(t + dt.timedelta(seconds=2), f"{e['login']}/{src} MULTI: Learn: {vip} -> {e['login']}/{src}")
        t_end = t + dt.timedelta(hours=R.randint(1, 9), minutes=R.randint(0, 59))
        if R.random() < 0.8:
            L(t_end, f"{e['login']}/{src} SIGTERM[soft,remote-exit] received, client-instance exiting")
        else:
            L(t_end, f"{e['login']}/{src} [{e['login']}] Inactivity timeout (--ping-restart), restarting")
    for h in (3, 15):
        tt = dt.datetime(day.year, day.month, day.day, h, 0, 1, tzinfo=TZ)
        vpn.append((tt, f"{tt.strftime('%b %d %H:%M:%S')} vpn-gw01 openvpn[1873]: TLS: tls_multi_process: initial untrusted session promoted to trusted"))
        vpn.append((tt, f"{tt.strftime('%b %d %H:%M:%S')} vpn-gw01 systemd[1]: Started logrotate.service - Rotate log files."))
vpn.sort(key=lambda x: x[0])
with open(os.path.join(DATA, "vpn-gw01.log"), "w", encoding="utf-8") as f:
    f.write("\n".join(l for _, l in vpn) + "\n")
truth_text["vpn-gw01.log"] = ["activity", "device", "ip_address", "username"]

# ---------------------------------------------------------------- 5. .env of payroll app
approver = next(e for e in emps if e["role"] == "Team Lead")
approver_mail = f"{slug(approver['first'].split()[0])}.{slug(approver['last'])}@{DOMAIN}"


def tok(n, alphabet=string.ascii_letters + string.digits):
    return "".join(R.choice(alphabet) for _ in range(n))


env = f"""APP_NAME="NBCX Payroll"
APP_ENV=production
APP_KEY=base64:{base64.b64encode(R.getrandbits(256).to_bytes(32, 'big')).decode()}
APP_DEBUG=false
APP_URL=https://payroll.{DOMAIN}
APP_TIMEZONE=Asia/Manila

LOG_CHANNEL=daily
LOG_LEVEL=warning

DB_CONNECTION=pgsql
DB_HOST=pg-payroll-01.internal.{DOMAIN}
DB_PORT=5432
DB_DATABASE=nbcx_payroll
DB_USERNAME=payroll_app
DB_PASSWORD={tok(20, string.ascii_letters + string.digits + '!#%^*')}

REDIS_HOST=10.20.4.21
REDIS_PASSWORD={tok(32)}
REDIS_PORT=6379

SESSION_DRIVER=redis
SESSION_LIFETIME=120
PASSWORD_MIN_LENGTH=10
PASSWORD_EXPIRY_DAYS=90

MAIL_MAILER=smtp
MAIL_HOST=smtp.office365.com
MAIL_PORT=587
MAIL_USERNAME=payroll-noreply@{DOMAIN}
MAIL_PASSWORD={tok(16)}
MAIL_ENCRYPTION=tls
MAIL_FROM_ADDRESS=payroll-noreply@{DOMAIN}
MAIL_FROM_NAME="${{APP_NAME}}"

# payslip distribution
PAYSLIP_PDF_PASSWORD_FORMAT=LASTNAME_MMDDYYYY
PAYSLIP_BUCKET=nbcx-payslips-prod
PAYROLL_APPROVER_EMAIL={approver_mail}
PAYROLL_CUTOFF_DAYS=15,30

AWS_ACCESS_KEY_ID=AKIA{tok(16, string.ascii_uppercase + '234567')}
AWS_SECRET_ACCESS_KEY={tok(40, string.ascii_letters + string.digits + '/+')}
AWS_DEFAULT_REGION=ap-southeast-1

# bank payroll upload (BDO Payroll Plus / BPI ePayroll)
BDO_SFTP_HOST=sftp-payroll.bdo.example.ph
BDO_SFTP_USER=NBCXPAY01
BDO_SFTP_PASSWORD={tok(14, string.ascii_letters + string.digits + '@$')}
BDO_COMPANY_ACCOUNT={digits(12)}
BPI_EPAYROLL_COMPANY_CODE=NB{digits(5)}
BPI_EPAYROLL_API_KEY={tok(40, string.hexdigits.lower()[:16])}

JWT_SECRET={tok(64)}
SENTRY_DSN=https://{uuid.UUID(int=R.getrandbits(128)).hex}@o{R.randint(400000, 499999)}.ingest.sentry.io/{R.randint(5000000, 5999999)}
"""
with open(os.path.join(DATA, ".env"), "w", encoding="utf-8") as f:
    f.write(env)
truth_fields[".env"] = {
    "APP_KEY": "secret", "DB_PASSWORD": "secret", "REDIS_PASSWORD": "secret", "MAIL_PASSWORD": "secret",
    "AWS_ACCESS_KEY_ID": "secret", "AWS_SECRET_ACCESS_KEY": "secret", "BDO_SFTP_PASSWORD": "secret",
    "BPI_EPAYROLL_API_KEY": "secret", "JWT_SECRET": "secret", "SENTRY_DSN": "secret",
    "PAYROLL_APPROVER_EMAIL": "email",
}

# ---------------------------------------------------------------- 6. public holidays (CONTROL)
HOL = [("2024-01-01", "New Year's Day", "Bagong Taon", "Regular Holiday"),
       ("2024-02-10", "Chinese New Year", "Bagong Taon ng mga Tsino", "Special (Non-Working) Day"),
       ("2024-03-28", "Maundy Thursday", "Huwebes Santo", "Regular Holiday"),
       ("2024-03-29", "Good Friday", "Biyernes Santo", "Regular Holiday"),
       ("2024-03-30", "Black Saturday", "Sabado de Gloria", "Special (Non-Working) Day"),
       ("2024-04-09", "Day of Valor", "Araw ng Kagitingan", "Regular Holiday"),
       ("2024-04-10", "Eid'l Fitr", "Pagtatapos ng Ramadan", "Regular Holiday"),
       ("2024-05-01", "Labor Day", "Araw ng Paggawa", "Regular Holiday"),
       ("2024-06-12", "Independence Day", "Araw ng Kalayaan", "Regular Holiday"),
       ("2024-06-17", "Eid'l Adha", "Pista ng Sakripisyo", "Regular Holiday"),
       ("2024-08-21", "Ninoy Aquino Day", "Araw ni Ninoy Aquino", "Special (Non-Working) Day"),
       ("2024-08-26", "National Heroes Day", "Araw ng mga Bayani", "Regular Holiday"),
       ("2024-11-01", "All Saints' Day", "Araw ng mga Santo", "Special (Non-Working) Day"),
       ("2024-11-02", "All Souls' Day", "Araw ng mga Kaluluwa", "Special (Non-Working) Day"),
       ("2024-11-30", "Bonifacio Day", "Araw ni Bonifacio", "Regular Holiday"),
       ("2024-12-08", "Feast of the Immaculate Conception of Mary", "Kapistahan ng Immaculada Concepcion", "Special (Non-Working) Day"),
       ("2024-12-24", "Christmas Eve", "Bisperas ng Pasko", "Special (Non-Working) Day"),
       ("2024-12-25", "Christmas Day", "Araw ng Pasko", "Regular Holiday"),
       ("2024-12-30", "Rizal Day", "Araw ni Rizal", "Regular Holiday"),
       ("2024-12-31", "Last Day of the Year", "Huling Araw ng Taon", "Special (Non-Working) Day")]
with open(os.path.join(DATA, "ph_public_holidays_2024.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["date", "day", "holiday", "pangalan", "type", "pay_rate_if_worked", "pay_rate_if_restday_worked", "basis"])
    for d, en, fil, typ in HOL:
        dd = dt.date.fromisoformat(d)
        reg = typ.startswith("Regular")
        w.writerow([d, dd.strftime("%A"), en, fil, typ, "200%" if reg else "130%", "260%" if reg else "150%",
                    "Proclamation No. 368, s. 2023" if d not in ("2024-04-10", "2024-06-17") else
                    ("Proclamation No. 514, s. 2024" if d == "2024-04-10" else "Proclamation No. 579, s. 2024")])

# ---------------------------------------------------------------- truth
truth = {
    "brief": ("Northbridge Contact Solutions, Inc., a Philippine BPO (call centre; sites in Eastwood QC and Cebu IT Park): "
              "HR and payroll vendor export. English with Filipino (sheet notes, relationships, holiday names, addresses "
              "with Blk/Lot/Purok/Sitio/Brgy.). Files: HRIS employee masterlist XLSX with three title rows above the "
              "header; semi-monthly payroll register CSV with bank crediting; access-control badge swipe NDJSON; OpenVPN "
              "gateway syslog; the payroll web app's .env; the 2024 public-holiday calendar (control)."),
    "people": N,
    "fields": truth_fields,
    "text": truth_text,
    "controls": ["ph_public_holidays_2024.csv"],
    "ambiguous": {
        "NBCX_Employee_Masterlist_2024-04.xlsx": ["Role"],
        "badge_swipes_2024-04-15_17.ndjson": ["badge_id"],
        ".env": ["MAIL_USERNAME", "MAIL_FROM_ADDRESS", "BDO_COMPANY_ACCOUNT"],
    },
    "lookalikes": {
        "NBCX_Employee_Masterlist_2024-04.xlsx": {
            "Employee No.": "internal staff number NBX-yy####", "Hire Date": "hire date (not a birth date)",
            "Account/Campaign": "client campaign names", "Site": "company work site (place, not the person's)",
            "Civil Status": "not a scored category", "Relationship": "Filipino kinship words, not names",
            "Campaigns!Client Code": "second sheet: client codes, go-live dates, headcounts"},
        "payroll_register_2024-04.csv": {
            "payslip_ref": "14-digit payslip reference (YYYYMMDD + 6-digit sequence)",
            "employee_no": "internal staff number", "pay_period": "date range", "pay_date": "pay date",
            "bank": "bank name BDO/BPI", "credit_status": "status", "basic_pay": "amounts", "net_pay": "amounts"},
        "badge_swipes_2024-04-15_17.ndjson": {
            "event_id": "UUID", "door": "door/place names", "door_code": "door codes", "direction": "IN/OUT",
            "result": "GRANTED/DENIED", "reader.id": "reader ids", "employee_no": "internal staff number"},
        ".env": {
            "PASSWORD_MIN_LENGTH": "name mentions password, value is a number",
            "PASSWORD_EXPIRY_DAYS": "name mentions password, value is a number",
            "PAYSLIP_PDF_PASSWORD_FORMAT": "a format spec, not a password",
            "DB_USERNAME": "service account, not a person", "BDO_SFTP_USER": "corporate bank SFTP login, not a person",
            "REDIS_HOST": "server IP 10.20.4.21, not a person's", "BPI_EPAYROLL_COMPANY_CODE": "company code"},
        "vpn-gw01.log": {"sid": "8-digit TLS session numbers in log lines",
                         "10.8.x.x": "tunnel pool addresses assigned to users (still ip_address of the user's session)"},
    },
    "notes": ("No public check-digit algorithm is known for TIN, SSS, PhilHealth PIN or Pag-IBIG MID, so they are "
              "format-correct only: TIN ###-###-###-000 (individual, first digit 1-4, branch 000); SSS ##-#######-#; "
              "PhilHealth 12 digits as ##-#########-# or bare; Pag-IBIG MID 12 digits as ####-####-#### or bare. All "
              "four are government_id. Mobiles 09XX in '0917 123 4567', '+63 917 123 4567', '09171234567', "
              "'0917-123-4567'. BDO accounts 12 digits, BPI 10 digits (bank_account). XLSX: title rows 1-3, blank row 4, "
              "header row 5; dates are real date cells; a second sheet 'Campaigns' holds no personal data. Role "
              "(Agent/Team Lead/QA) is a job role, not an account tier: ambiguous. badge_id is an access-card serial "
              "tied to one employee: ambiguous (device?). .env: keys used as field names; MAIL_* addresses are a "
              "no-reply service mailbox; BDO_COMPANY_ACCOUNT is the company's own funding account (ambiguous). "
              "VPN log usernames are the employees' logins; IV_HWADDR lines carry laptop MAC addresses (device); "
              "public source IPs are PH ISP ranges, 10.8.x.x are tunnel IPs. Badge ts = building entry/exit = activity."),
}
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=2)

# ---------------------------------------------------------------- self-check
wb = openpyxl.load_workbook(os.path.join(DATA, "NBCX_Employee_Masterlist_2024-04.xlsx"))
hdr = [c.value for c in wb["Masterlist"][5]]
for k in truth_fields["NBCX_Employee_Masterlist_2024-04.xlsx"]:
    assert k in hdr, k
assert wb["Masterlist"].max_row == 5 + N
with open(os.path.join(DATA, "payroll_register_2024-04.csv"), encoding="utf-8") as f:
    rd = list(csv.DictReader(f))
for k in truth_fields["payroll_register_2024-04.csv"]:
    assert k in rd[0]
for r in rd:
    assert 10 <= len(r["account_number"]) <= 12 and len(r["payslip_ref"]) == 14
keys = set()
for line in open(os.path.join(DATA, "badge_swipes_2024-04-15_17.ndjson"), encoding="utf-8"):
    o = json.loads(line)
    keys |= set(o) | {f"reader.{k}" for k in o["reader"]}
for k in truth_fields["badge_swipes_2024-04-15_17.ndjson"]:
    assert k in keys, k
envk = {l.split("=", 1)[0] for l in env.splitlines() if "=" in l and not l.startswith("#")}
for k in truth_fields[".env"]:
    assert k in envk, k
vl = open(os.path.join(DATA, "vpn-gw01.log"), encoding="utf-8").read()
assert "IV_HWADDR=" in vl and "username '" in vl
for fn in os.listdir(DATA):
    assert os.path.getsize(os.path.join(DATA, fn)) < 2_000_000, fn
print("ok", N, "people;", {fn: os.path.getsize(os.path.join(DATA, fn)) for fn in sorted(os.listdir(DATA))})
