#!/usr/bin/env python3
"""Blind test dump B/au-health: Australian physiotherapy clinic network, booking-vendor export."""
import csv, json, os, random, string, uuid, hashlib
from datetime import datetime, timedelta, date, timezone
import openpyxl
from openpyxl.styles import Font, Alignment, PatternFill

SEED = 6121124
rnd = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
os.makedirs(DATA, exist_ok=True)

GIVEN_F = ["Olivia", "Charlotte", "Amelia", "Isla", "Mia", "Ava", "Grace", "Chloe", "Matilda", "Ruby", "Sophie",
           "Emily", "Sarah", "Jessica", "Hannah", "Zoe", "Georgia", "Lily", "Priya", "Mei", "Linh", "Aisha",
           "Fatima", "Eleni", "Giulia", "Karen", "Michelle", "Deborah", "Margaret", "Patricia", "Leanne", "Kylie"]
GIVEN_M = ["Jack", "Oliver", "William", "Noah", "Thomas", "James", "Lachlan", "Cooper", "Harrison", "Lucas",
           "Henry", "Ethan", "Samuel", "Liam", "Daniel", "Matthew", "Benjamin", "Riley", "Wei", "Minh", "Arjun",
           "Rahul", "Mohammed", "Nikos", "Marco", "Darren", "Craig", "Shane", "Brett", "Graham", "Peter", "Stephen"]
FAMILY = ["Smith", "Jones", "Williams", "Brown", "Wilson", "Taylor", "Nguyen", "Johnson", "Martin", "White",
          "Anderson", "Walker", "Thompson", "Kelly", "Ryan", "Lee", "Harris", "King", "Campbell", "Murphy",
          "O'Brien", "O'Connor", "McDonald", "Chen", "Tran", "Patel", "Singh", "Wang", "Le", "Papadopoulos",
          "Russo", "Costa", "Mitchell", "Clarke", "Robinson", "Hughes", "Evans", "Fraser", "Sullivan", "Doyle",
          "Kaur", "Pham", "Huang", "Ahmed", "Nikolaidis", "Bianchi", "Stewart", "Morrison", "Baxter", "Henderson"]
SUBURBS = {
    "NSW": [("Parramatta", "2150"), ("Westmead", "2145"), ("Harris Park", "2150"), ("North Parramatta", "2151"),
            ("Chatswood", "2067"), ("Willoughby", "2068"), ("Lane Cove", "2066"), ("Artarmon", "2064"),
            ("Bondi Junction", "2022"), ("Bondi", "2026"), ("Randwick", "2031"), ("Waverley", "2024"),
            ("Coogee", "2034"), ("Epping", "2121"), ("Merrylands", "2160"), ("Granville", "2142")],
    "VIC": [("Richmond", "3121"), ("Cremorne", "3121"), ("Abbotsford", "3067"), ("Hawthorn", "3122"),
            ("Brunswick", "3056"), ("Brunswick West", "3055"), ("Coburg", "3058"), ("Northcote", "3070"),
            ("Fitzroy North", "3068"), ("Box Hill", "3128"), ("Blackburn", "3130"), ("Mont Albert", "3127"),
            ("Doncaster", "3108"), ("Burwood", "3125"), ("Surrey Hills", "3127"), ("Camberwell", "3124")],
}
STREETS = ["Church St", "George St", "Victoria Rd", "Marsden St", "Macquarie St", "Pacific Hwy", "Albert Ave",
           "Help St", "Oxford St", "Bronte Rd", "Ebley St", "Carrington Rd", "Wattle Ave", "Banksia Cres",
           "Jacaranda Pl", "Bridge Rd", "Swan St", "Lennox St", "Sydney Rd", "Victoria St", "Lygon St",
           "Station St", "Whitehorse Rd", "Elgar Rd", "Glenferrie Rd", "Burke Rd", "High St", "Nelson Rd",
           "Rutland St", "Grey St", "Bellevue Ave", "Kent St", "Mary St", "Union St", "Park Rd", "Boundary Rd"]
MAIL_DOMAINS = ["gmail.com"] * 6 + ["outlook.com", "hotmail.com", "hotmail.com", "bigpond.com", "bigpond.net.au",
                                     "optusnet.com.au", "icloud.com", "yahoo.com.au", "iinet.net.au", "tpg.com.au"]
FUNDS = ["Bupa", "Medibank", "HCF", "nib", "HBF", "ahm", "Australian Unity", "Teachers Health", None, None]

CLINICS = [
    ("PAR", "Move Well Physio Parramatta", "Level 2, 180 Church St", "Parramatta", "NSW", "2150", "(02) 9635 4120", -33.8142, 151.0037),
    ("CHA", "Move Well Physio Chatswood", "Suite 4, 370 Victoria Ave", "Chatswood", "NSW", "2067", "(02) 9411 7780", -33.7966, 151.1801),
    ("BJN", "Move Well Physio Bondi Junction", "Shop 12, 93 Ebley St", "Bondi Junction", "NSW", "2022", "(02) 9387 2261", -33.8928, 151.2478),
    ("RIC", "Move Well Physio Richmond", "415 Bridge Rd", "Richmond", "VIC", "3121", "(03) 9428 5530", -37.8190, 144.9990),
    ("BRU", "Move Well Physio Brunswick", "612 Sydney Rd", "Brunswick", "VIC", "3056", "(03) 9380 1945", -37.7670, 144.9620),
    ("BOX", "Move Well Physio Box Hill", "Level 1, 17 Market St", "Box Hill", "VIC", "3128", "(03) 9890 6612", -37.8190, 145.1220),
]
CLINIC_STATE = {c[0]: c[4] for c in CLINICS}
CLINIC_SUBURBS = {"PAR": SUBURBS["NSW"][:4] + SUBURBS["NSW"][13:], "CHA": SUBURBS["NSW"][4:8] + [SUBURBS["NSW"][13]],
                  "BJN": SUBURBS["NSW"][8:13], "RIC": SUBURBS["VIC"][:4], "BRU": SUBURBS["VIC"][4:9],
                  "BOX": SUBURBS["VIC"][9:]}
AEDT = timezone(timedelta(hours=11))


def medicare():
    d = [rnd.randint(2, 6)] + [rnd.randint(0, 9) for _ in range(7)]
    chk = sum(a * b for a, b in zip(d, [1, 3, 7, 9, 1, 3, 7, 9])) % 10
    return "".join(map(str, d)) + str(chk) + str(rnd.choice([1, 1, 1, 2, 2, 3, 4]))


def medicare_ok(s):
    d = list(map(int, s))
    return len(d) == 10 and 2 <= d[0] <= 6 and sum(a * b for a, b in zip(d[:8], [1, 3, 7, 9, 1, 3, 7, 9])) % 10 == d[8]


def luhn_ok(s):
    t = 0
    for i, c in enumerate(reversed(s)):
        n = int(c)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        t += n
    return t % 10 == 0


def mobile():
    n = f"04{rnd.randint(0, 9)}{rnd.randint(0, 9)}{rnd.randint(0, 999999):06d}"
    return n, f"{n[:4]} {n[4:7]} {n[7:]}"


def landline(state):
    area = "02" if state == "NSW" else "03"
    n = f"{rnd.choice(['9', '8'])}{rnd.randint(0, 9999999):07d}"
    return f"{area}{n}", f"({area}) {n[:4]} {n[4:]}"


def rdt(a, b):
    return a + timedelta(seconds=rnd.randint(0, int((b - a).total_seconds())))


def au_off(dt):
    """UTC offset in hours for NSW/VIC local time: AEST +10, AEDT +11 (DST Oct 2023-7 Apr 2024, from 6 Oct 2024)."""
    n = dt.replace(tzinfo=None)
    if n.year == 2024:
        return 10 if datetime(2024, 4, 7, 3) <= n < datetime(2024, 10, 6, 2) else 11
    return 11 if (n.month >= 10 or n.month <= 3) else 10


def pgts(dt):
    off = au_off(dt)
    return dt.strftime("%Y-%m-%d %H:%M:%S") + f"{off:+03d}"


# ------------------------------------------------------------------ practitioners
practitioners = []
used = set()
for i in range(1, 15):
    while True:
        g = rnd.choice(GIVEN_F + GIVEN_M)
        fam = rnd.choice(FAMILY)
        if (g, fam) not in used:
            used.add((g, fam))
            break
    clinic = CLINICS[(i - 1) % 6][0] if i <= 12 else None
    role = "clinic_admin" if i in (13, 14) else rnd.choices(["practitioner", "senior_practitioner"], [3, 1])[0]
    practitioners.append(dict(id=i, given=g, family=fam, name=f"{g} {fam}",
                              ahpra=f"PHY000{rnd.randint(1000000, 2299999)}",
                              email=f"{g.lower()}.{fam.lower().replace(chr(39), '')}@movewellphysio.com.au",
                              role=role, clinic=clinic,
                              started=date(2015, 1, 1) + timedelta(days=rnd.randint(0, 3300))))
treating = [p for p in practitioners if p["clinic"]]

# ------------------------------------------------------------------ patients
patients = []
for pid in range(1, 181):
    female = rnd.random() < 0.55
    g = rnd.choice(GIVEN_F if female else GIVEN_M)
    fam = rnd.choice(FAMILY)
    clinic = rnd.choice(CLINICS)[0]
    state = CLINIC_STATE[clinic]
    suburb, pc = rnd.choice(CLINIC_SUBURBS[clinic])
    unit = f"{rnd.randint(1, 40)}/" if rnd.random() < 0.3 else ""
    street = f"{unit}{rnd.randint(1, 250)} {rnd.choice(STREETS)}"
    dob = date(1938, 1, 1) + timedelta(days=rnd.randint(0, (date(2009, 12, 31) - date(1938, 1, 1)).days))
    if rnd.random() < 0.85:
        raw, ph = mobile()
    else:
        raw, ph = landline(state)
    k = rnd.random()
    fl = fam.lower().replace("'", "")
    if k < 0.35:
        local = f"{g.lower()}.{fl}"
    elif k < 0.6:
        local = f"{g.lower()}{fl}{rnd.choice([str(dob.year)[2:], str(rnd.randint(1, 99))])}"
    elif k < 0.8:
        local = f"{g[0].lower()}{fl}{rnd.randint(1, 999)}"
    else:
        local = f"{g.lower()}_{fl[:4]}{dob.year}"
    email = f"{local}@{rnd.choice(MAIL_DOMAINS)}" if rnd.random() < 0.93 else None
    created = rdt(datetime(2019, 2, 1, tzinfo=AEDT), datetime(2024, 9, 30, tzinfo=AEDT))
    ec_g = rnd.choice(GIVEN_F + GIVEN_M)
    ec_raw, ec_ph = mobile()
    patients.append(dict(id=pid, given=g, family=fam, dob=dob, medicare=medicare() if rnd.random() < 0.92 else None,
                         irn=rnd.randint(1, 5), phone=ph, phone_raw=raw, email=email, street=street, suburb=suburb,
                         state=state, postcode=pc, clinic=clinic, fund=rnd.choice(FUNDS), created=created,
                         ec_name=f"{ec_g} {fam if rnd.random() < 0.7 else rnd.choice(FAMILY)}", ec_phone=ec_ph,
                         sms=raw.startswith("04") and rnd.random() < 0.9))
    if patients[-1]["medicare"] is None:
        patients[-1]["irn"] = None

# ------------------------------------------------------------------ appointments + invoices
ROOMS = ["Room 1", "Room 2", "Room 3", "Room 4", "Gym", "Hydro Pool"]
ATYPES = [("Initial Consultation", 45, 115.00), ("Standard Consultation", 30, 95.00),
          ("Extended Consultation", 45, 130.00), ("Clinical Pilates", 55, 75.00), ("Dry Needling", 30, 95.00)]
appointments, invoices = [], []
aid = 5001
now = datetime(2024, 11, 22, 17, 0, tzinfo=AEDT)
used_inv = set()
for p in patients:
    prs = [x for x in treating if x["clinic"] == p["clinic"]]
    first = True
    t = max(p["created"] + timedelta(days=rnd.randint(0, 10)), datetime(2024, 7, 1, tzinfo=AEDT) + timedelta(days=rnd.randint(0, 135)))
    for _ in range(rnd.choices([1, 2, 3, 4, 6, 8], [15, 20, 25, 20, 12, 8])[0]):
        start = t.replace(hour=rnd.randint(7, 18), minute=rnd.choice([0, 15, 30, 45]), second=0)
        if start.weekday() == 6:
            start += timedelta(days=1)
        elif start.weekday() == 5:
            start = start.replace(hour=rnd.randint(8, 12))
        atype = ATYPES[0] if first else rnd.choice(ATYPES[1:])
        first = False
        if start > now:
            status = "booked"
        else:
            status = rnd.choices(["attended", "no-show", "cancelled"], [86, 7, 7])[0]
        booked_at = start - timedelta(days=rnd.randint(1, 21), minutes=rnd.randint(0, 900))
        pr = rnd.choice(prs)
        appointments.append(dict(id=aid, pid=p["id"], prid=pr["id"], clinic=p["clinic"], start=start,
                                 end=start + timedelta(minutes=atype[1]), status=status, room=rnd.choice(ROOMS[:4] if atype[0] != "Clinical Pilates" else ROOMS[4:]),
                                 atype=atype[0], created=booked_at, fee=atype[2]))
        if status in ("attended", "no-show"):
            while True:
                inv = str(rnd.randint(1, 9)) + "".join(str(rnd.randint(0, 9)) for _ in range(11))
                if inv not in used_inv:
                    used_inv.add(inv)
                    break
            method = rnd.choices(["card", "hicaps", "cash", "eftpos"], [55, 30, 5, 10])[0]
            brand = rnd.choices(["visa", "mastercard", "amex"], [55, 38, 7])[0] if method in ("card", "hicaps", "eftpos") else None
            amount = atype[2] if status == "attended" else 60.00
            paid = start + timedelta(minutes=atype[1] + rnd.randint(1, 20)) if rnd.random() < 0.93 else None
            invoices.append(dict(no=inv, aid=aid, pid=p["id"], amount=amount, paid=paid, method=method, brand=brand,
                                 last4=f"{rnd.randint(0, 9999):04d}" if brand else None,
                                 pi=("pi_3" + "".join(rnd.choice(string.ascii_letters + string.digits) for _ in range(23))) if method == "card" else None,
                                 issued=start + timedelta(minutes=atype[1])))
        aid += 1
        t = start + timedelta(days=rnd.randint(5, 21))


# ------------------------------------------------------------------ pg_dump
def cv(v):
    if v is None:
        return "\\N"
    if isinstance(v, bool):
        return "t" if v else "f"
    if isinstance(v, datetime):
        return pgts(v)
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, float):
        return f"{v:.2f}"
    return str(v).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def copy(table, cols, rows):
    out = [f"--\n-- Data for Name: {table}; Type: TABLE DATA; Schema: public; Owner: booking\n--\n\n",
           f"COPY public.{table} ({', '.join(cols)}) FROM stdin;\n"]
    for r in rows:
        out.append("\t".join(cv(x) for x in r) + "\n")
    out.append("\\.\n\n\n")
    return "".join(out)


S = ["--\n-- PostgreSQL database dump\n--\n\n-- Dumped from database version 15.7 (Debian 15.7-1.pgdg120+1)\n"
     "-- Dumped by pg_dump version 15.7 (Debian 15.7-1.pgdg120+1)\n\n"
     "SET statement_timeout = 0;\nSET lock_timeout = 0;\nSET idle_in_transaction_session_timeout = 0;\n"
     "SET client_encoding = 'UTF8';\nSET standard_conforming_strings = on;\n"
     "SELECT pg_catalog.set_config('search_path', '', false);\nSET check_function_bodies = false;\n"
     "SET xmloption = content;\nSET client_min_messages = warning;\nSET row_security = off;\n\n"
     "SET default_tablespace = '';\n\nSET default_table_access_method = heap;\n\n"]
DDL = {
    "appointments": """CREATE TABLE public.appointments (
    id integer NOT NULL,
    patient_id integer NOT NULL,
    practitioner_id integer NOT NULL,
    clinic_code character(3) NOT NULL,
    appointment_type character varying(40) NOT NULL,
    starts_at timestamp with time zone NOT NULL,
    ends_at timestamp with time zone NOT NULL,
    status character varying(12) DEFAULT 'booked'::character varying NOT NULL,
    room character varying(20),
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT appointments_status_check CHECK (((status)::text = ANY ((ARRAY['booked'::character varying, 'attended'::character varying, 'no-show'::character varying, 'cancelled'::character varying])::text[])))
);""",
    "invoices": """CREATE TABLE public.invoices (
    invoice_no character(12) NOT NULL,
    appointment_id integer NOT NULL,
    patient_id integer NOT NULL,
    issued_at timestamp with time zone NOT NULL,
    amount numeric(8,2) NOT NULL,
    gst numeric(8,2) DEFAULT 0.00 NOT NULL,
    paid_at timestamp with time zone,
    payment_method character varying(10),
    card_brand character varying(12),
    card_last4 character(4),
    stripe_payment_intent character varying(40)
);""",
    "patients": """CREATE TABLE public.patients (
    id integer NOT NULL,
    given_name character varying(60) NOT NULL,
    family_name character varying(60) NOT NULL,
    dob date NOT NULL,
    medicare_number character(10),
    medicare_irn smallint,
    phone character varying(20),
    email character varying(254),
    street character varying(120),
    suburb character varying(60),
    state character varying(3),
    postcode character(4),
    home_clinic character(3),
    health_fund character varying(40),
    emergency_contact_name character varying(120),
    emergency_contact_phone character varying(20),
    sms_reminders boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);""",
    "practitioners": """CREATE TABLE public.practitioners (
    id integer NOT NULL,
    name character varying(120) NOT NULL,
    ahpra_registration character varying(13),
    email character varying(254) NOT NULL,
    system_role character varying(24) DEFAULT 'practitioner'::character varying NOT NULL,
    clinic_code character(3),
    started_on date
);""",
}
for t in ["appointments", "invoices", "patients", "practitioners"]:
    S.append(f"--\n-- Name: {t}; Type: TABLE; Schema: public; Owner: booking\n--\n\n{DDL[t]}\n\n\n"
             f"ALTER TABLE public.{t} OWNER TO booking;\n\n")
    if t != "invoices":
        S.append(f"--\n-- Name: {t}_id_seq; Type: SEQUENCE; Schema: public; Owner: booking\n--\n\n"
                 f"CREATE SEQUENCE public.{t}_id_seq\n    AS integer\n    START WITH 1\n    INCREMENT BY 1\n"
                 f"    NO MINVALUE\n    NO MAXVALUE\n    CACHE 1;\n\n\nALTER TABLE public.{t}_id_seq OWNER TO booking;\n\n"
                 f"ALTER SEQUENCE public.{t}_id_seq OWNED BY public.{t}.id;\n\n\n")
for t in ["appointments", "patients", "practitioners"]:
    S.append(f"--\n-- Name: {t} id; Type: DEFAULT; Schema: public; Owner: booking\n--\n\n"
             f"ALTER TABLE ONLY public.{t} ALTER COLUMN id SET DEFAULT nextval('public.{t}_id_seq'::regclass);\n\n\n")
S.append(copy("appointments", ["id", "patient_id", "practitioner_id", "clinic_code", "appointment_type", "starts_at",
                               "ends_at", "status", "room", "created_at"],
              [[a["id"], a["pid"], a["prid"], a["clinic"], a["atype"], a["start"], a["end"], a["status"], a["room"],
                a["created"]] for a in appointments]))
S.append(copy("invoices", ["invoice_no", "appointment_id", "patient_id", "issued_at", "amount", "gst", "paid_at",
                           "payment_method", "card_brand", "card_last4", "stripe_payment_intent"],
              [[i["no"], i["aid"], i["pid"], i["issued"], float(i["amount"]), 0.0, i["paid"], i["method"], i["brand"],
                i["last4"], i["pi"]] for i in invoices]))
S.append(copy("patients", ["id", "given_name", "family_name", "dob", "medicare_number", "medicare_irn", "phone", "email",
                           "street", "suburb", "state", "postcode", "home_clinic", "health_fund",
                           "emergency_contact_name", "emergency_contact_phone", "sms_reminders", "created_at"],
              [[p["id"], p["given"], p["family"], p["dob"], p["medicare"], p["irn"], p["phone"], p["email"], p["street"],
                p["suburb"], p["state"], p["postcode"], p["clinic"], p["fund"], p["ec_name"], p["ec_phone"], p["sms"],
                p["created"]] for p in patients]))
S.append(copy("practitioners", ["id", "name", "ahpra_registration", "email", "system_role", "clinic_code", "started_on"],
              [[x["id"], x["name"], x["ahpra"], x["email"], x["role"], x["clinic"], x["started"]] for x in practitioners]))
for t, n in [("appointments", aid - 1), ("patients", len(patients)), ("practitioners", len(practitioners))]:
    S.append(f"--\n-- Name: {t}_id_seq; Type: SEQUENCE SET; Schema: public; Owner: booking\n--\n\n"
             f"SELECT pg_catalog.setval('public.{t}_id_seq', {n}, true);\n\n\n")
for t, k in [("appointments", "id"), ("invoices", "invoice_no"), ("patients", "id"), ("practitioners", "id")]:
    S.append(f"--\n-- Name: {t} {t}_pkey; Type: CONSTRAINT; Schema: public; Owner: booking\n--\n\n"
             f"ALTER TABLE ONLY public.{t}\n    ADD CONSTRAINT {t}_pkey PRIMARY KEY ({k});\n\n\n")
S.append("--\n-- Name: appointments_patient_starts_idx; Type: INDEX; Schema: public; Owner: booking\n--\n\n"
         "CREATE INDEX appointments_patient_starts_idx ON public.appointments USING btree (patient_id, starts_at);\n\n\n")
for t, c, r in [("appointments", "patient_id", "patients"), ("appointments", "practitioner_id", "practitioners"),
                ("invoices", "appointment_id", "appointments")]:
    S.append(f"--\n-- Name: {t} {t}_{c}_fkey; Type: FK CONSTRAINT; Schema: public; Owner: booking\n--\n\n"
             f"ALTER TABLE ONLY public.{t}\n    ADD CONSTRAINT {t}_{c}_fkey FOREIGN KEY ({c}) REFERENCES public.{r}(id);\n\n\n")
S.append("--\n-- PostgreSQL database dump complete\n--\n\n")
with open(os.path.join(DATA, "clinicbook_prod_20241122.sql"), "w", encoding="utf-8") as f:
    f.write("".join(S))

# ------------------------------------------------------------------ referral XLSX
GPS = [("Dr Anita Sharma", "Parramatta Family Medical Centre"), ("Dr Michael Tan", "Westmead Medical Practice"),
       ("Dr Fiona McLeod", "Chatswood Medical Centre"), ("Dr Hugh Dawson", "Lane Cove Family Practice"),
       ("Dr Rebecca Stein", "Bondi Junction Doctors"), ("Dr Samir Haddad", "Randwick Medical Group"),
       ("Dr Louise Kennedy", "Swan Street Medical"), ("Dr Paul Vasilakis", "Hawthorn Family Doctors"),
       ("Dr Jenny Zhou", "Sydney Road Clinic"), ("Dr Andrew Fitzgerald", "Northcote Medical Centre"),
       ("Dr Kavita Rao", "Box Hill Family Medical"), ("Dr Tim O'Sullivan", "Whitehorse Medical Clinic")]
GP_STATE = {g[0]: ("NSW" if i < 6 else "VIC") for i, g in enumerate(GPS)}
REASONS = ["Lower back pain", "Chronic LBP - CDM plan", "Post-op ACL reconstruction", "Rotator cuff tendinopathy",
           "Knee OA", "Neck pain / cervicogenic headache", "Ankle sprain", "Post THR rehab", "Plantar fasciitis",
           "Falls prevention / balance", "Tennis elbow", "Frozen shoulder"]
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Referrals Q3"
ws["A1"] = "Move Well Physio - GP Referrals Received, Jul-Sep 2024"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Exported from ClinicBook 01/10/2024 - CONFIDENTIAL: contains patient health information"
ws["A2"].font = Font(italic=True, size=9)
hdr = ["Referral Date", "Patient Name", "DOB", "Medicare No.", "IRN", "Mobile", "Referring GP", "GP Practice",
       "Reason for Referral", "Clinic", "EPC Plan", "Sessions", "Status"]
ws.append([])
ws.append(hdr)
for c in ws[4]:
    c.font = Font(bold=True, color="FFFFFF")
    c.fill = PatternFill("solid", fgColor="1F4E78")
ref_pat = rnd.sample(patients, 60)
refrows = []
for p in ref_pat:
    gp = rnd.choice([g for g in GPS if GP_STATE[g[0]] == p["state"]])
    rd = date(2024, 7, 1) + timedelta(days=rnd.randint(0, 91))
    epc = "Y" if rnd.random() < 0.45 else "N"
    med = p["medicare"]
    refrows.append([rd, f"{p['given']} {p['family']}" if rnd.random() < 0.7 else f"{p['family'].upper()}, {p['given']}",
                    datetime(p["dob"].year, p["dob"].month, p["dob"].day),
                    f"{med[:4]} {med[4:9]} {med[9]}" if med else None, p["irn"],
                    p["phone"] if p["phone_raw"].startswith("04") else None, gp[0], gp[1], rnd.choice(REASONS),
                    dict((c[0], c[3]) for c in CLINICS)[p["clinic"]], epc, 5 if epc == "Y" else None,
                    rnd.choice(["Booked", "Booked", "Booked", "Awaiting contact", "Declined", "No response"])])
refrows.sort(key=lambda r: r[0])
for r in refrows:
    ws.append([datetime(r[0].year, r[0].month, r[0].day)] + r[1:])
for row in ws.iter_rows(min_row=5):
    row[0].number_format = "dd/mm/yyyy"
    row[2].number_format = "dd/mm/yyyy"
for col, w in zip("ABCDEFGHIJKLM", [13, 24, 12, 15, 5, 14, 22, 32, 30, 15, 9, 9, 17]):
    ws.column_dimensions[col].width = w
ws.freeze_panes = "A5"
wb.properties.creator = "ClinicBook Reports"
wb.properties.created = datetime(2024, 10, 1, 8, 5, 0)
wb.properties.modified = datetime(2024, 10, 1, 8, 5, 0)
XP = os.path.join(DATA, "GP_referrals_2024Q3.xlsx")
wb.save(XP)
# make the file byte-for-byte deterministic: fixed zip timestamps and fixed modified date
import re, zipfile, io
with zipfile.ZipFile(XP) as z:
    members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
    for name, blob in members:
        if name == "docProps/core.xml":
            blob = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2024-10-01T08:05:00Z", blob)
        z.writestr(zipfile.ZipInfo(name, date_time=(2024, 10, 1, 8, 5, 0)), blob, zipfile.ZIP_DEFLATED)
with open(XP, "wb") as f:
    f.write(buf.getvalue())

# ------------------------------------------------------------------ SMS reminders CSV
CLINIC_BY = {c[0]: c for c in CLINICS}
PR_BY = {x["id"]: x for x in practitioners}
PAT_BY = {p["id"]: p for p in patients}
sms = []
for a in appointments:
    p = PAT_BY[a["pid"]]
    if not p["sms"] or a["start"] < datetime(2024, 9, 1, tzinfo=AEDT):
        continue
    sent = (a["start"] - timedelta(days=1)).replace(hour=10, minute=rnd.randint(0, 59), second=rnd.randint(0, 59))
    if sent > now:
        continue
    c = CLINIC_BY[a["clinic"]]
    pr = PR_BY[a["prid"]]
    body = (f"Hi {p['given']}, this is a reminder of your appointment with {pr['given']} at {c[1]} on "
            f"{a['start'].strftime('%a %d/%m')} at {a['start'].strftime('%I:%M%p').lstrip('0').lower()}. "
            f"Reply Y to confirm or call {c[6]} to reschedule. 24hrs notice required to avoid a cancellation fee.")
    status = rnd.choices(["delivered", "delivered", "delivered", "failed", "expired"], [85, 5, 5, 3, 2])[0]
    sms.append([str(uuid.UUID(int=rnd.getrandbits(128), version=4)), sent.strftime("%Y-%m-%dT%H:%M:%S") + f"+{au_off(sent)}:00",
                "+61" + p["phone_raw"][1:], "MoveWell", body, status,
                2 if len(body) > 160 else 1, a["id"]])
sms.sort(key=lambda r: r[1])
with open(os.path.join(DATA, "sms_reminders_sep-nov2024.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["message_id", "sent_at", "to", "from", "body", "status", "segments", "appointment_ref"])
    w.writerows(sms)

# ------------------------------------------------------------------ .env
alnum = string.ascii_letters + string.digits
sk = "sk_live_51" + "".join(rnd.choice(alnum) for _ in range(97))
pk = "pk_live_51" + sk[10:24] + "".join(rnd.choice(alnum) for _ in range(83))
whsec = "whsec_" + "".join(rnd.choice(alnum) for _ in range(32))
dbpw = "".join(rnd.choice(alnum + "!#%^*") for _ in range(22))
app_key = "base64:" + __import__("base64").b64encode(bytes(rnd.getrandbits(8) for _ in range(32))).decode()
sms_key = "".join(rnd.choice("0123456789abcdef") for _ in range(40))
env = f"""# ClinicBook booking service - production
APP_NAME=ClinicBook
APP_ENV=production
APP_DEBUG=false
APP_URL=https://book.movewellphysio.com.au
APP_KEY={app_key}
TZ=Australia/Sydney
LOG_LEVEL=info

DB_HOST=clinicbook-prod.c8xq2mdz1kfa.ap-southeast-2.rds.amazonaws.com
DB_PORT=5432
DB_DATABASE=clinicbook_prod
DB_USERNAME=booking
DB_PASSWORD={dbpw}
DB_SSLMODE=require

STRIPE_KEY={pk}
STRIPE_SECRET={sk}
STRIPE_WEBHOOK_SECRET={whsec}
CASHIER_CURRENCY=aud

SMS_PROVIDER=messagemedia
SMS_API_KEY={sms_key}
SMS_SENDER_ID=MoveWell
SMS_REMINDER_HOURS_BEFORE=24

MAIL_MAILER=smtp
MAIL_HOST=smtp.office365.com
MAIL_PORT=587
MAIL_FROM_ADDRESS=noreply@movewellphysio.com.au
MAIL_FROM_NAME="Move Well Physio"

HICAPS_TERMINAL_MODE=integrated
SESSION_LIFETIME=120
"""
with open(os.path.join(DATA, ".env"), "w", encoding="utf-8") as f:
    f.write(env)

# ------------------------------------------------------------------ clinic locations (CONTROL)
with open(os.path.join(DATA, "clinic_locations.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["clinic_code", "clinic_name", "address", "suburb", "state", "postcode", "phone", "latitude",
                "longitude", "hours_weekday", "hours_saturday", "hydro_pool", "wheelchair_access"])
    for c in CLINICS:
        w.writerow([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], "7:00am-8:00pm", "8:00am-1:00pm",
                    "Y" if c[0] in ("PAR", "RIC") else "N", "Y"])

# ------------------------------------------------------------------ truth + checks
assert all(medicare_ok(p["medicare"]) for p in patients if p["medicare"])
inv_luhn = sum(luhn_ok(i["no"]) for i in invoices)
truth = {
    "brief": ("Move Well Physio, a physiotherapy clinic network in Sydney (NSW) and Melbourne (VIC); export from its "
              "booking vendor ClinicBook. PostgreSQL pg_dump (COPY format) of patients, practitioners, appointments and "
              "invoices; an XLSX of GP referrals with a title row above the header; an SMS reminder log CSV from the "
              "SMS gateway; the app's production .env; a CSV of clinic locations as control. Australian English."),
    "people": len(patients) + len(practitioners) + len(GPS),
    "fields": {
        "clinicbook_prod_20241122.sql": {
            "patients.given_name": "name",
            "patients.family_name": "name",
            "patients.dob": "date_of_birth",
            "patients.medicare_number": "government_id",
            "patients.phone": "phone",
            "patients.email": "email",
            "patients.street": "location",
            "patients.suburb": "location",
            "patients.state": "location",
            "patients.postcode": "location",
            "patients.emergency_contact_name": "name",
            "patients.emergency_contact_phone": "phone",
            "patients.created_at": "activity",
            "practitioners.name": "name",
            "practitioners.email": "email",
            "practitioners.system_role": "account_type",
            "appointments.starts_at": "activity",
            "appointments.ends_at": "activity",
            "appointments.created_at": "activity",
            "invoices.paid_at": "activity",
        },
        "GP_referrals_2024Q3.xlsx": {
            "Patient Name": "name",
            "DOB": "date_of_birth",
            "Medicare No.": "government_id",
            "Mobile": "phone",
            "Referring GP": "name",
        },
        "sms_reminders_sep-nov2024.csv": {
            "to": "phone",
            "body": "name",
        },
        ".env": {
            "STRIPE_SECRET": "secret",
            "STRIPE_WEBHOOK_SECRET": "secret",
            "DB_PASSWORD": "secret",
            "SMS_API_KEY": "secret",
            "APP_KEY": "secret",
        },
    },
    "text": {},
    "controls": ["clinic_locations.csv"],
    "ambiguous": {
        "clinicbook_prod_20241122.sql": ["practitioners.ahpra_registration", "patients.medicare_irn",
                                         "invoices.issued_at", "patients.health_fund"],
        "GP_referrals_2024Q3.xlsx": ["Referral Date", "IRN"],
        "sms_reminders_sep-nov2024.csv": ["sent_at"],
        ".env": ["STRIPE_KEY"],
    },
    "lookalikes": {
        "clinicbook_prod_20241122.sql": {
            "invoices.invoice_no": f"12-digit invoice numbers; {inv_luhn} of {len(invoices)} pass Luhn by chance",
            "invoices.card_last4": "card last four only", "invoices.card_brand": "visa/mastercard/amex",
            "invoices.stripe_payment_intent": "Stripe PaymentIntent object ids (pi_...), not secrets",
            "appointments.status": "booked/attended/no-show/cancelled", "appointments.room": "room names",
            "practitioners.started_on": "hire date",
        },
        "GP_referrals_2024Q3.xlsx": {"GP Practice": "medical practice (business) names", "Clinic": "clinic suburb"},
        "sms_reminders_sep-nov2024.csv": {"message_id": "UUIDs", "from": "alphanumeric sender id",
                                          "appointment_ref": "appointment ids"},
        ".env": {"MAIL_FROM_ADDRESS": "role mailbox noreply@, not a person", "DB_HOST": "RDS hostname",
                 "DB_USERNAME": "service account 'booking'"},
        "clinic_locations.csv": {"*": "public business addresses, phone numbers and coordinates of clinics"},
    },
    "notes": ("Medicare numbers: 10 digits (check digit 9 valid with weights 1,3,7,9,1,3,7,9; digit 10 = issue no.), "
              "stored unspaced in SQL and as 'NNNN NNNNN N' in the XLSX, IRN in its own column; about 8% of patients "
              "have none. Phones: mobiles '04xx xxx xxx', landlines '(02)/(03) xxxx xxxx'; the SMS CSV uses E.164 +614... . "
              "SMS body contains the patient's first name and the practitioner's first name plus the clinic's public "
              "phone. XLSX has a title row and a note row above the header on row 4; 'Patient Name' mixes 'Given Family' "
              "and 'FAMILY, Given'. Referring GP = doctors' names (people). Practitioners' emails are personal work "
              "addresses (first.last@). people = patients + practitioners + referring GPs; emergency contacts not counted. "
              "appointments.patient_id / practitioner_id are internal ids (negatives)."),
}
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=2)
print("patients", len(patients), "appts", len(appointments), "invoices", len(invoices), "inv_luhn", inv_luhn,
      "referrals", len(refrows), "sms", len(sms))
