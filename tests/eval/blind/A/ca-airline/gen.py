#!/usr/bin/env python3
"""Blind test dump A/ca-airline: Canadian airline loyalty-programme vendor export.
Seeded, deterministic. Writes data/ and truth.json."""
import csv, datetime as dt, io, json, os, random, re, shutil, uuid, zipfile

import openpyxl
from openpyxl.styles import Font

SEED = 20240603
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
shutil.rmtree(DATA, ignore_errors=True)
os.makedirs(DATA)

FR_FIRST = ["Jean-François", "Marie-Ève", "Mathieu", "Geneviève", "Étienne", "Chloé", "Olivier",
            "Isabelle", "Maxime", "Sophie", "Julien", "Émilie", "Luc", "Nathalie", "Simon",
            "Catherine", "Gabriel", "Véronique", "Alexandre", "Annie", "François", "Mélanie",
            "Sébastien", "Josée", "Pierre-Luc", "Andrée-Anne", "Benoît", "Hélène", "Samuel", "Noémie"]
FR_LAST = ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin",
           "Gagné", "Ouellet", "Pelletier", "Bélanger", "Lévesque", "Bergeron", "Leblanc", "Paquette",
           "Girard", "Simard", "Boucher", "Caron", "Beaulieu", "Cloutier", "Dubé", "Poirier",
           "Thériault", "Desjardins", "Lapointe", "St-Pierre", "Béland"]
EN_FIRST = ["Emma", "Liam", "Olivia", "Noah", "Ethan", "Ava", "Jacob", "Sarah", "Ryan", "Megan",
            "Connor", "Hannah", "Tyler", "Jessica", "Brandon", "Ashley", "Daniel", "Lauren", "Matthew",
            "Priya", "Harpreet", "Wei", "Minh", "Aiden", "Kayla", "Owen", "Brooke", "Gurpreet", "Mei", "Declan"]
EN_LAST = ["Smith", "Brown", "Martin", "Wilson", "MacDonald", "Taylor", "Campbell", "Anderson",
           "Thompson", "Johnson", "Lee", "Wong", "Singh", "Patel", "Nguyen", "Chen", "Murphy",
           "O'Brien", "Fraser", "McLeod", "Stewart", "Robertson", "Clarke", "Hughes", "Dhillon",
           "Sandhu", "MacKinnon", "Kowalski", "Ivanov", "Nakamura"]

# province -> (weight, [(city, [FSA...], [area codes])], SIN first digits)
PROV = {
    "QC": (45, [("Montréal", ["H2X", "H2J", "H3H", "H4A", "H1V", "H2T", "H3Z", "H2L", "H4C"], ["514", "438"]),
                ("Québec", ["G1R", "G1V", "G1K", "G1S"], ["418", "581"]),
                ("Laval", ["H7N", "H7T", "H7V"], ["450", "579"]),
                ("Gatineau", ["J8Y", "J8T", "J9H"], ["819", "873"]),
                ("Sherbrooke", ["J1H", "J1J", "J1E"], ["819", "873"]),
                ("Longueuil", ["J4K", "J4H"], ["450", "579"])], "2"),
    "ON": (25, [("Toronto", ["M5V", "M4Y", "M6G", "M4E", "M5R", "M6K"], ["416", "647", "437"]),
                ("Ottawa", ["K1N", "K2P", "K1S", "K2B"], ["613", "343"]),
                ("Mississauga", ["L5B", "L5M"], ["905", "289"]),
                ("London", ["N6A", "N6G"], ["519", "226"]),
                ("Sudbury", ["P3A", "P3E"], ["705", "249"])], "45"),
    "BC": (9, [("Vancouver", ["V6B", "V5K", "V6K", "V5N"], ["604", "778", "236"]),
               ("Victoria", ["V8W", "V8V"], ["250", "778"])], "7"),
    "AB": (7, [("Calgary", ["T2P", "T3A", "T2N"], ["403", "587"]),
               ("Edmonton", ["T5K", "T6E"], ["780", "587"])], "6"),
    "NS": (4, [("Halifax", ["B3H", "B3K", "B3L"], ["902", "782"])], "1"),
    "NB": (3, [("Moncton", ["E1C", "E1A"], ["506"])], "1"),
    "MB": (3, [("Winnipeg", ["R3C", "R3M", "R2W"], ["204", "431"])], "6"),
    "SK": (2, [("Saskatoon", ["S7N", "S7K"], ["306", "639"]), ("Regina", ["S4P"], ["306", "639"])], "6"),
    "NL": (1, [("St. John's", ["A1C", "A1B"], ["709"])], "1"),
    "PE": (1, [("Charlottetown", ["C1A"], ["902", "782"])], "1"),
}
PC_LETTERS = "ABCEGHJKLMNPRSTVWXYZ"
EMAIL_DOMAINS = ["gmail.com", "videotron.ca", "hotmail.com", "outlook.com", "yahoo.ca", "bell.net",
                 "sympatico.ca", "rogers.com", "icloud.com", "telus.net", "shaw.ca", "live.ca"]


def strip_acc(s):
    tbl = str.maketrans("éèêëàâçîïôöùûüÉÈÊÀÇÎÔ", "eeeeaaciioouuuEEEACIO")
    return s.translate(tbl)


def phone(areas):
    while True:
        exch = R.randint(200, 999)
        if exch != 555 and exch % 100 != 11:
            break
    return f"({R.choice(areas)}) {exch}-{R.randint(0, 9999):04d}"


def postal(fsas):
    return f"{R.choice(fsas)} {R.randint(0, 9)}{R.choice(PC_LETTERS)}{R.randint(0, 9)}"


def rand_date(a, b):
    a, b = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
    return a + dt.timedelta(days=R.randint(0, (b - a).days))


def rand_ts(a, b):
    a, b = dt.datetime.fromisoformat(a), dt.datetime.fromisoformat(b)
    return a + dt.timedelta(seconds=R.randint(0, int((b - a).total_seconds())))


def luhn_complete(partial):
    digits = [int(c) for c in partial]
    s = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return partial + str((10 - s % 10) % 10)


def luhn_ok(num):
    s = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def eastern_off(t):
    # Eastern time: DST 2023-03-12..2023-11-05, 2024-03-10..2024-11-03
    d = t.date().isoformat()
    dst = "2023-03-12" <= d < "2023-11-05" or "2024-03-10" <= d < "2024-11-03"
    return "-04:00" if dst else "-05:00"


SA_FIRST, SA_LAST = ["Priya", "Harpreet", "Gurpreet", "Arjun", "Simran"], ["Singh", "Patel", "Dhillon", "Sandhu", "Grewal"]
EA_FIRST, EA_LAST = ["Wei", "Minh", "Mei", "Kevin", "Jenny"], ["Lee", "Wong", "Nguyen", "Chen", "Nakamura", "Tran"]


def pick_name(francophone):
    if francophone:
        return R.choice(FR_FIRST), R.choice(FR_LAST)
    g = R.random()
    if g < 0.12:
        return R.choice(SA_FIRST), R.choice(SA_LAST)
    if g < 0.24:
        return R.choice(EA_FIRST), R.choice(EA_LAST)
    return (R.choice([f for f in EN_FIRST if f not in SA_FIRST + EA_FIRST]),
            R.choice([l for l in EN_LAST if l not in SA_LAST + EA_LAST]))


def pick_prov():
    keys = list(PROV)
    return R.choices(keys, weights=[PROV[k][0] for k in keys])[0]


# ---------------- members ----------------
N_MEMBERS = 120
members, used_no, used_email = [], set(), set()
for i in range(N_MEMBERS):
    prov = pick_prov()
    city, fsas, areas = R.choice(PROV[prov][1])
    francophone = prov == "QC" and R.random() < 0.8 or prov == "NB" and R.random() < 0.4
    first, last = pick_name(francophone)
    while True:
        no = str(R.randint(100000000, 999999999))
        if no not in used_no:
            used_no.add(no)
            break
    base = strip_acc(f"{first}.{last}").lower().replace("'", "").replace(" ", "")
    style = R.random()
    if style < 0.4:
        local = base
    elif style < 0.7:
        local = base.replace(".", "") + str(R.randint(1, 99))
    else:
        local = strip_acc(first[0] + last).lower().replace("'", "").replace("-", "")
    email = f"{local}@{R.choice(EMAIL_DOMAINS)}"
    while email in used_email:
        email = f"{local}{R.randint(2, 9)}@{R.choice(EMAIL_DOMAINS)}"
    used_email.add(email)
    tier = R.choices(["Base", "Silver", "Elite 25K", "Elite 35K", "Elite 50K", "Elite 75K"],
                     weights=[50, 20, 12, 9, 6, 3])[0]
    members.append(dict(
        no=no, first=first, last=last, email=email, phone=phone(areas),
        dob=rand_date("1944-01-01", "2005-12-31"), tier=tier, prov=prov, city=city,
        postal=postal(fsas), lang="FR" if francophone else "EN",
        enrolled=rand_date("2009-03-01", "2024-05-20"),
        points=R.randint(0, 380000) if tier != "Base" else R.randint(0, 45000),
    ))

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Membres-Members"
ws.append(["Boréal Air — Programme de fidélité Aurora / Aurora Loyalty Programme"])
ws.append(["Extrait des membres / Member extract — généré le / generated 2024-06-03 02:15 HAE/EDT"])
ws.append(["CONFIDENTIEL / CONFIDENTIAL — LoyaltyWorks Inc. — lot/batch LW-BOR-20240603-01"])
ws["A1"].font = Font(bold=True, size=14)
header = ["Member No.", "Nom", "Prénom", "Courriel", "Téléphone", "Date de naissance", "Tier",
          "Province", "Code postal", "Langue", "Inscrit le / Enrolled", "Solde de points / Points balance"]
ws.append(header)
for c in ws[4]:
    c.font = Font(bold=True)
for m in members:
    ws.append([m["no"], m["last"], m["first"], m["email"], m["phone"], m["dob"], m["tier"],
               m["prov"], m["postal"], m["lang"], m["enrolled"], m["points"]])
for row in ws.iter_rows(min_row=5):
    row[5].number_format = "yyyy-mm-dd"
    row[10].number_format = "yyyy-mm-dd"
    row[11].number_format = "#,##0"
for col, w in zip("ABCDEFGHIJKL", [12, 16, 16, 34, 16, 16, 11, 9, 11, 8, 18, 14]):
    ws.column_dimensions[col].width = w
ws.freeze_panes = "A5"
wb.properties.creator = "LoyaltyWorks Export Service"
wb.properties.created = dt.datetime(2024, 6, 3, 6, 15, 0)
_buf = io.BytesIO()
wb.save(_buf)
# normalise zip timestamps and core.xml modified date so the file is byte-for-byte reproducible
_buf.seek(0)
with zipfile.ZipFile(_buf) as zin, zipfile.ZipFile(os.path.join(DATA, "aurora_members_20240603.xlsx"), "w",
                                                   zipfile.ZIP_DEFLATED) as zout:
    for info in zin.infolist():
        data = zin.read(info.filename)
        if info.filename == "docProps/core.xml":
            data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*<", rb"<dcterms:modified\1>2024-06-03T06:15:00Z<", data)
        zi = zipfile.ZipInfo(info.filename, date_time=(2024, 6, 3, 6, 15, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zout.writestr(zi, data)

# ---------------- bookings ----------------
DOMESTIC = ["YYZ", "YVR", "YYC", "YOW", "YQB", "YHZ", "YEG", "YWG", "YYT", "YQM", "YXE", "YYG"]
TRANSBORDER = ["JFK", "BOS", "FLL", "MCO", "LAX", "LAS"]
INTL = ["CDG", "LHR", "FCO", "BCN", "LIS", "CUN", "PUJ", "NAS", "BRU", "GVA"]
PNR_CH = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
bookings_rows = []
n_bookings = 210
pax_members = [R.choice(members) for _ in range(n_bookings)]
passports = {}  # member no -> (passport, country, expiry)
for m in pax_members:
    pnr = "".join(R.choice(PNR_CH) for _ in range(6))
    kind = R.choices(["dom", "tb", "intl"], weights=[55, 20, 25])[0]
    dest = R.choice({"dom": DOMESTIC, "tb": TRANSBORDER, "intl": INTL}[kind])
    origin = "YUL" if R.random() < 0.65 else R.choice(["YUL", "YQB", "YYZ", "YOW"])
    if origin == dest:
        dest = "YYZ" if origin != "YYZ" else "YUL"
    fltno = f"BO {R.randint(100, 1899):04d}" if kind == "dom" else f"BO {R.randint(1, 999):04d}"
    booked = rand_ts("2023-09-01 00:00:00", "2024-05-31 23:59:59")
    travel = (booked + dt.timedelta(days=R.randint(3, 160))).date()
    ticket = "627" + f"{R.randint(0, 9999999999):010d}"
    cls = R.choice(["Y", "Y", "Y", "M", "H", "K", "J", "O"])
    seat = f"{R.randint(1, 34)}{R.choice('ABCDEF')}"
    name = f"{strip_acc(m['last']).upper().replace(' ', '')}/{strip_acc(m['first']).upper()}"
    pp = pc = pe = dob = nat = ""
    if kind != "dom":
        if m["no"] not in passports:
            if R.random() < 0.9:
                passports[m["no"]] = ("".join(R.choice("ABCGHJKLMNPRSTW") for _ in range(2)) +
                                      f"{R.randint(0, 999999):06d}", "CAN",
                                      rand_date("2024-09-01", "2033-12-31"))
            else:
                passports[m["no"]] = (f"{R.randint(10, 99)}{R.choice('ABCDEFGHJK')}{R.choice('ABCDEFGHJK')}{R.randint(10000, 99999)}",
                                      "FRA", rand_date("2024-09-01", "2033-12-31"))
        pp, nat, exp = passports[m["no"]]
        pe = exp.isoformat()
        dob = m["dob"].isoformat()
    bookings_rows.append([pnr, m["no"], name, fltno, origin, dest, travel.isoformat(),
                          booked.strftime("%Y-%m-%dT%H:%M:%S") + eastern_off(booked), ticket, cls, seat,
                          R.choice(["ONLINE", "APP", "CALLCTR", "GDS"]), pp, nat, pe, dob])
bookings_rows.sort(key=lambda r: r[7])
with open(os.path.join(DATA, "bookings_extract.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["PNR", "Member No", "Passenger Name", "Flight", "Origin", "Destination", "Travel Date",
                "Booked At", "Ticket Number", "Booking Class", "Seat", "Channel",
                "APIS Passport No", "APIS Nationality", "APIS Passport Expiry", "APIS Date of Birth"])
    w.writerows(bookings_rows)
tickets_luhn = sum(luhn_ok(r[8]) for r in bookings_rows)

# ---------------- pg_dump: hr.employees + loyalty.transactions ----------------
JOBS = ["Agent de bord / Flight Attendant", "Pilote — Premier officier", "Commandant de bord",
        "Agent service à la clientèle", "Technicien d'entretien d'aéronefs", "Répartiteur / Dispatcher",
        "Analyste fidélisation", "Agent de piste / Ramp Agent"]
BASES = {"YUL": "QC", "YQB": "QC", "YYZ": "ON", "YOW": "ON", "YVR": "BC", "YHZ": "NS"}
employees = []
for i in range(28):
    base = R.choices(list(BASES), weights=[14, 4, 5, 2, 2, 1])[0]
    prov = BASES[base]
    francophone = prov == "QC"
    first, last = pick_name(francophone)
    sin_first = R.choice(PROV[prov][2])
    sin = luhn_complete(sin_first + f"{R.randint(0, 9999999):07d}")
    assert luhn_ok(sin)
    sin_fmt = f"{sin[0:3]} {sin[3:6]} {sin[6:9]}" if R.random() < 0.7 else sin
    city, fsas, areas = PROV[prov][1][0] if base not in ("YQB", "YOW") else \
        [c for c in PROV[prov][1] if c[0] in ("Québec", "Ottawa")][0]
    email = strip_acc(f"{first}.{last}").lower().replace("'", "").replace(" ", "") + "@borealair.ca"
    employees.append(dict(id=1040 + i * 7 + R.randint(0, 5), empno=f"E{R.randint(10000, 99999)}",
                          first=first, last=last, email=email, sin=sin_fmt,
                          dob=(dob := rand_date("1962-01-01", "2002-12-31")),
                          hire=rand_date(max("1998-05-01", (dob + dt.timedelta(days=365 * 19 + 5)).isoformat()), "2024-04-01"),
                          base=base, job=R.choice(JOBS), mobile=phone(areas), postal=postal(fsas)))


def pg(v):
    if v is None:
        return "\\N"
    return str(v).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


PARTNERS = ["Petro-Canada", "Metro", "IGA", "Uber Eats", "Hertz", "Marriott Bonvoy", "SAQ",
            "Banque Laurentienne Visa", "Boréal Air (vol/flight)", "Jean Coutu", "Via Rail"]
txns = []
for m in R.sample(members, 95):
    for _ in range(R.randint(1, 5)):
        ttype = R.choices(["ACCRUAL", "REDEMPTION", "ADJUSTMENT", "EXPIRY"], weights=[70, 18, 7, 5])[0]
        pts = R.randint(50, 12000) if ttype == "ACCRUAL" else -R.randint(500, 60000) if ttype == "REDEMPTION" \
            else R.randint(-2000, 5000) if ttype == "ADJUSTMENT" else -R.randint(100, 3000)
        partner = R.choice(PARTNERS) if ttype in ("ACCRUAL", "REDEMPTION") else None
        ts = rand_ts("2023-06-01 00:00:00", "2024-06-02 23:00:00")
        ref = f"{R.randint(10**14, 10**15 - 1)}" if partner else None
        txns.append([str(uuid.UUID(int=R.getrandbits(128), version=4)), m["no"], ttype, pts, partner, ref,
                     ts.strftime("%Y-%m-%d %H:%M:%S") + eastern_off(ts)[:3]])
txns.sort(key=lambda t: t[6])

out = []
out.append("""--
-- PostgreSQL database dump
--

-- Dumped from database version 14.11 (Ubuntu 14.11-1.pgdg22.04+1)
-- Dumped by pg_dump version 14.11 (Ubuntu 14.11-1.pgdg22.04+1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: hr; Type: SCHEMA; Schema: -; Owner: lw_admin
--

CREATE SCHEMA hr;


ALTER SCHEMA hr OWNER TO lw_admin;

--
-- Name: loyalty; Type: SCHEMA; Schema: -; Owner: lw_admin
--

CREATE SCHEMA loyalty;


ALTER SCHEMA loyalty OWNER TO lw_admin;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: employees; Type: TABLE; Schema: hr; Owner: lw_admin
--

CREATE TABLE hr.employees (
    employee_id integer NOT NULL,
    employee_no character varying(8) NOT NULL,
    first_name character varying(60) NOT NULL,
    last_name character varying(60) NOT NULL,
    work_email character varying(120),
    mobile_phone character varying(20),
    sin character varying(11),
    date_of_birth date,
    home_postal_code character varying(7),
    hire_date date NOT NULL,
    base_airport character(3) NOT NULL,
    job_title text,
    active boolean DEFAULT true NOT NULL
);


ALTER TABLE hr.employees OWNER TO lw_admin;

--
-- Name: transactions; Type: TABLE; Schema: loyalty; Owner: lw_admin
--

CREATE TABLE loyalty.transactions (
    transaction_id uuid NOT NULL,
    member_no character(9) NOT NULL,
    txn_type character varying(12) NOT NULL,
    points integer NOT NULL,
    partner character varying(60),
    partner_reference character varying(20),
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


ALTER TABLE loyalty.transactions OWNER TO lw_admin;

--
-- Data for Name: employees; Type: TABLE DATA; Schema: hr; Owner: lw_admin
--

COPY hr.employees (employee_id, employee_no, first_name, last_name, work_email, mobile_phone, sin, date_of_birth, home_postal_code, hire_date, base_airport, job_title, active) FROM stdin;
""")
for e in employees:
    out.append("\t".join(pg(x) for x in [e["id"], e["empno"], e["first"], e["last"], e["email"], e["mobile"],
                                          e["sin"], e["dob"].isoformat(), e["postal"], e["hire"].isoformat(),
                                          e["base"], e["job"], "t" if R.random() < 0.9 else "f"]) + "\n")
out.append("""\\.


--
-- Data for Name: transactions; Type: TABLE DATA; Schema: loyalty; Owner: lw_admin
--

COPY loyalty.transactions (transaction_id, member_no, txn_type, points, partner, partner_reference, created_at) FROM stdin;
""")
for t in txns:
    out.append("\t".join(pg(x) for x in t) + "\n")
out.append("""\\.


--
-- Name: employees employees_pkey; Type: CONSTRAINT; Schema: hr; Owner: lw_admin
--

ALTER TABLE ONLY hr.employees
    ADD CONSTRAINT employees_pkey PRIMARY KEY (employee_id);


--
-- Name: transactions transactions_pkey; Type: CONSTRAINT; Schema: loyalty; Owner: lw_admin
--

ALTER TABLE ONLY loyalty.transactions
    ADD CONSTRAINT transactions_pkey PRIMARY KEY (transaction_id);


--
-- Name: transactions_member_no_idx; Type: INDEX; Schema: loyalty; Owner: lw_admin
--

CREATE INDEX transactions_member_no_idx ON loyalty.transactions USING btree (member_no);


--
-- PostgreSQL database dump complete
--

""")
with open(os.path.join(DATA, "lw_boreal_prod.sql"), "w", encoding="utf-8") as f:
    f.write("".join(out))

# ---------------- configs ----------------
def tok(n, alpha="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(alpha) for _ in range(n))


smtp_pw = tok(6) + "#" + tok(5) + "!" + tok(4)
api_key = "lwpk_live_" + tok(32)
with open(os.path.join(DATA, "connector.yml"), "w", encoding="utf-8") as f:
    f.write(f"""# LoyaltyWorks connector — tenant Boréal Air (production)
# managed by ops; do not edit by hand
tenant: boreal-air
environment: production
timezone: America/Toronto
locale_default: fr-CA
smtp:
  host: smtp-relay.loyaltyworks.net
  port: 587
  starttls: true
  username: boreal-notify
  password: "{smtp_pw}"
  from: "Programme Aurora <no-reply@aurora.borealair.ca>"
partners:
  points_api:
    base_url: https://api.pointsexchange.example.net/v3
    api_key: {api_key}
    timeout_ms: 8000
    retry: 3
  car_rental:
    enabled: false
export:
  schedule: "15 2 * * *"
  target: sftp://drop.borealair.ca/inbound/loyalty
  formats: [xlsx, csv]
  retain_days: 30
""")

jdbc_pw = tok(20)
with open(os.path.join(DATA, "application-prod.properties"), "w", encoding="utf-8") as f:
    f.write(f"""# LoyaltyWorks core - Boreal Air prod
server.port=8443
spring.application.name=lw-loyalty-core
spring.datasource.url=jdbc:postgresql://pg-loyalty-prod.int.loyaltyworks.net:5432/lw_boreal_prod
spring.datasource.username=lw_loyalty_app
spring.datasource.password={jdbc_pw}
spring.datasource.hikari.maximum-pool-size=20
spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false
loyalty.points.expiry-months=18
loyalty.tiers=Base,Silver,Elite 25K,Elite 35K,Elite 50K,Elite 75K
management.endpoints.web.exposure.include=health,info,prometheus
logging.level.root=INFO
logging.level.net.loyaltyworks=INFO
""")

# ---------------- airports (control) ----------------
AIRPORTS = [
    ("YUL", "CYUL", "Montréal-Trudeau International", "Montréal", "QC", "Canada", 45.4706, -73.7408, 118),
    ("YQB", "CYQB", "Québec City Jean Lesage International", "Québec", "QC", "Canada", 46.7911, -71.3933, 244),
    ("YYZ", "CYYZ", "Toronto Pearson International", "Mississauga", "ON", "Canada", 43.6777, -79.6248, 569),
    ("YOW", "CYOW", "Ottawa Macdonald-Cartier International", "Ottawa", "ON", "Canada", 45.3225, -75.6692, 374),
    ("YVR", "CYVR", "Vancouver International", "Richmond", "BC", "Canada", 49.1947, -123.1792, 14),
    ("YYC", "CYYC", "Calgary International", "Calgary", "AB", "Canada", 51.1315, -114.0106, 3557),
    ("YEG", "CYEG", "Edmonton International", "Leduc County", "AB", "Canada", 53.3097, -113.5800, 2373),
    ("YWG", "CYWG", "Winnipeg James Armstrong Richardson International", "Winnipeg", "MB", "Canada", 49.9100, -97.2399, 783),
    ("YHZ", "CYHZ", "Halifax Stanfield International", "Halifax", "NS", "Canada", 44.8808, -63.5086, 477),
    ("YYT", "CYYT", "St. John's International", "St. John's", "NL", "Canada", 47.6186, -52.7519, 461),
    ("YQM", "CYQM", "Greater Moncton Roméo LeBlanc International", "Moncton", "NB", "Canada", 46.1122, -64.6786, 232),
    ("YXE", "CYXE", "Saskatoon John G. Diefenbaker International", "Saskatoon", "SK", "Canada", 52.1708, -106.6997, 1653),
    ("YYG", "CYYG", "Charlottetown", "Charlottetown", "PE", "Canada", 46.2900, -63.1211, 160),
    ("JFK", "KJFK", "John F. Kennedy International", "New York", "NY", "United States", 40.6413, -73.7781, 13),
    ("BOS", "KBOS", "Logan International", "Boston", "MA", "United States", 42.3656, -71.0096, 20),
    ("FLL", "KFLL", "Fort Lauderdale-Hollywood International", "Fort Lauderdale", "FL", "United States", 26.0742, -80.1506, 9),
    ("MCO", "KMCO", "Orlando International", "Orlando", "FL", "United States", 28.4312, -81.3081, 96),
    ("LAX", "KLAX", "Los Angeles International", "Los Angeles", "CA", "United States", 33.9416, -118.4085, 125),
    ("LAS", "KLAS", "Harry Reid International", "Las Vegas", "NV", "United States", 36.0840, -115.1537, 2181),
    ("CDG", "LFPG", "Paris Charles de Gaulle", "Roissy-en-France", "", "France", 49.0097, 2.5479, 392),
    ("LHR", "EGLL", "London Heathrow", "London", "", "United Kingdom", 51.4700, -0.4543, 83),
    ("FCO", "LIRF", "Roma Fiumicino", "Fiumicino", "", "Italy", 41.8003, 12.2389, 13),
    ("BCN", "LEBL", "Barcelona-El Prat", "El Prat de Llobregat", "", "Spain", 41.2974, 2.0833, 12),
    ("LIS", "LPPT", "Lisbon Humberto Delgado", "Lisbon", "", "Portugal", 38.7742, -9.1342, 374),
    ("BRU", "EBBR", "Brussels Airport", "Zaventem", "", "Belgium", 50.9010, 4.4856, 184),
    ("GVA", "LSGG", "Geneva Airport", "Geneva", "", "Switzerland", 46.2381, 6.1090, 1411),
    ("CUN", "MMUN", "Cancún International", "Cancún", "QROO", "Mexico", 21.0365, -86.8771, 22),
    ("PUJ", "MDPC", "Punta Cana International", "Punta Cana", "", "Dominican Republic", 18.5674, -68.3634, 47),
    ("NAS", "MYNN", "Lynden Pindling International", "Nassau", "", "Bahamas", 25.0390, -77.4662, 16),
]
with open(os.path.join(DATA, "airports_reference.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["iata", "icao", "airport_name", "city", "region", "country", "latitude", "longitude", "elevation_ft"])
    for a in AIRPORTS:
        w.writerow(list(a[:6]) + [f"{a[6]:.4f}", f"{a[7]:.4f}", a[8]])

# ---------------- truth ----------------
X = "aurora_members_20240603.xlsx"
B = "bookings_extract.csv"
S = "lw_boreal_prod.sql"
truth = {
    "brief": ("Boréal Air, a Montréal-based Canadian airline; export from its loyalty-programme vendor "
              "(LoyaltyWorks Inc.) for the Aurora programme. Bilingual English / Canadian-French. Files: "
              "member extract XLSX with a 3-row title block above the header, a bookings extract CSV with "
              "APIS passport data for transborder/international trips, a PostgreSQL pg_dump with hr.employees "
              "(SIN) and loyalty.transactions, a YAML connector config, a Spring properties file and an "
              "airport reference list (control)."),
    "people": len(members) + len(employees),
    "fields": {
        X: {"Nom": "name", "Prénom": "name", "Courriel": "email", "Téléphone": "phone",
            "Date de naissance": "date_of_birth", "Tier": "account_type", "Province": "location",
            "Code postal": "location", "Inscrit le / Enrolled": "activity"},
        B: {"Passenger Name": "name", "Travel Date": "activity", "Booked At": "activity",
            "APIS Passport No": "government_id", "APIS Date of Birth": "date_of_birth"},
        S: {"hr.employees.first_name": "name", "hr.employees.last_name": "name",
            "hr.employees.work_email": "email", "hr.employees.mobile_phone": "phone",
            "hr.employees.sin": "government_id", "hr.employees.date_of_birth": "date_of_birth",
            "hr.employees.home_postal_code": "location",
            "loyalty.transactions.created_at": "activity"},
        "connector.yml": {"smtp.password": "secret", "partners.points_api.api_key": "secret"},
        "application-prod.properties": {"spring.datasource.password": "secret"},
    },
    "text": {},
    "controls": ["airports_reference.csv"],
    "ambiguous": {
        X: ["Member No."],
        B: ["Member No", "Origin", "Destination", "APIS Nationality"],
        S: ["loyalty.transactions.member_no", "hr.employees.base_airport"],
    },
    "lookalikes": {
        B: {"Ticket Number": f"13-digit e-ticket numbers (prefix 627 + 10-digit serial); {tickets_luhn} of {len(bookings_rows)} pass Luhn by chance",
            "PNR": "6-char booking locators",
            "APIS Passport Expiry": "document expiry dates",
            "Flight": "flight numbers", "Booking Class": "fare class letters", "Seat": "seat numbers",
            "Channel": "sales channel"},
        X: {"Solde de points / Points balance": "points balance", "Langue": "language preference FR/EN"},
        S: {"hr.employees.hire_date": "hire dates", "hr.employees.employee_no": "HR staff number",
            "hr.employees.job_title": "job titles", "loyalty.transactions.partner_reference": "15-digit partner reference numbers",
            "loyalty.transactions.transaction_id": "UUIDs", "loyalty.transactions.points": "points amounts",
            "loyalty.transactions.partner": "partner company names"},
        "connector.yml": {"smtp.username": "service relay account, not a person",
                          "smtp.from": "no-reply programme address, not a person's email"},
        "application-prod.properties": {"spring.datasource.username": "database service account"},
        "airports_reference.csv": {"latitude": "airport coordinates (places, not people)"},
    },
    "notes": ("SINs are valid Luhn with province-consistent first digit (2 = Québec, 4/5 = Ontario, 6 prairies, "
              "7 BC, 1 Atlantic); ~70% written 'NNN NNN NNN', rest 9 plain digits. Member No. is the 9-digit "
              "loyalty number (used as sign-in id on airline sites) -> ambiguous (username?). Origin/Destination "
              "of a passenger's trip and APIS nationality are ambiguous (location?). base_airport is the employee's "
              "work base (ambiguous). Phones use real area codes matching the province and non-555 exchanges. "
              "APIS columns are filled only for transborder/international bookings (~45% of rows). "
              "XLSX header is on row 4 after a 3-row title block; dates are real Excel date cells. "
              "Employees (28) are distinct from members (120)."),
}
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=2)
print("ok", len(members), "members,", len(bookings_rows), "bookings,", len(employees), "employees,", len(txns), "txns")
