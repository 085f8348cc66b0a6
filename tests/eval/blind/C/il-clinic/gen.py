#!/usr/bin/env python3
"""Blind test dump C/il-clinic: Israeli clinic chain ("מרפאות אופק"), export of the
appointment vendor system "TorMed". Deterministic (seeded). Standard library only."""
import csv, datetime as dt, hashlib, io, json, os, random, re, shutil, uuid
from zoneinfo import ZoneInfo

SEED = 20240917
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
TZ = ZoneInfo("Asia/Jerusalem")

# ---------------------------------------------------------------- name lists
GROUPS = {
    "jew": {
        "f": [("נועה", "noa"), ("תמר", "tamar"), ("מאיה", "maya"), ("יעל", "yael"), ("שירה", "shira"),
              ("מיכל", "michal"), ("רוני", "roni"), ("אביגיל", "avigail"), ("הדס", "hadas"), ("ליאת", "liat"),
              ("אורית", "orit"), ("רחל", "rachel"), ("שרה", "sara"), ("אסתר", "ester"), ("דנה", "dana"),
              ("עדי", "adi"), ("אפרת", "efrat"), ("סיגל", "sigal"), ("רותם", "rotem"), ("הילה", "hila"),
              ("חנה", "hana"), ("זהבה", "zehava"), ("אילנה", "ilana"), ("טליה", "talia")],
        "m": [("יונתן", "yonatan"), ("דוד", "david"), ("משה", "moshe"), ("יוסף", "yosef"), ("אבי", "avi"),
              ("איתי", "itai"), ("עומר", "omer"), ("נועם", "noam"), ("אריאל", "ariel"), ("דניאל", "daniel"),
              ("אורי", "uri"), ("גיא", "guy"), ("עידו", "ido"), ("רון", "ron"), ("מאור", "maor"),
              ("אליהו", "eliyahu"), ("יצחק", "yitzhak"), ("אברהם", "avraham"), ("חיים", "haim"),
              ("שלמה", "shlomo"), ("עמית", "amit"), ("יהודה", "yehuda"), ("בועז", "boaz")],
        "l": [("כהן", "cohen"), ("לוי", "levi"), ("מזרחי", "mizrahi"), ("פרץ", "peretz"), ("ביטון", "biton"),
              ("דהן", "dahan"), ("אברהם", "avraham"), ("פרידמן", "friedman"), ("אזולאי", "azulay"),
              ("מלכה", "malka"), ("חדד", "hadad"), ("גבאי", "gabay"), ("כץ", "katz"), ("שפירא", "shapira"),
              ("אוחיון", "ohayon"), ("בן דוד", "bendavid"), ("אשכנזי", "ashkenazi"), ("גולן", "golan"),
              ("רוזנברג", "rosenberg"), ("שטרן", "stern"), ("עמר", "amar"), ("אלון", "alon"), ("ברק", "barak"),
              ("נחום", "nahum"), ("סויסה", "suissa"), ("שושן", "shoshan"), ("טל", "tal"), ("וקנין", "vaknin"),
              ("בן חמו", "benhamo"), ("ליבוביץ", "leibovitz")],
        "cities": ["תל אביב-יפו", "ירושלים", "חיפה", "ראשון לציון", "פתח תקווה", "אשדוד", "נתניה", "באר שבע",
                   "חולון", "רמת גן", "רחובות", "כפר סבא", "הרצליה", "רעננה", "בת ים", "מודיעין-מכבים-רעות"],
    },
    "arab": {
        "f": [("פאטמה", "fatma"), ("מרים", "mariam"), ("נור", "nour"), ("ריהאם", "reham"), ("לינה", "lina"),
              ("סמאח", "samah"), ("עביר", "abeer"), ("רנא", "rana"), ("הבה", "hiba")],
        "m": [("מוחמד", "mohammad"), ("אחמד", "ahmad"), ("עלי", "ali"), ("סמיר", "samir"), ("ראמי", "rami"),
              ("חוסאם", "hussam"), ("יוסף", "yousef"), ("חאלד", "khaled"), ("ג'מאל", "jamal")],
        "l": [("ח'ורי", "khoury"), ("עבאס", "abbas"), ("מסארווה", "masarwa"), ("זועבי", "zoabi"),
              ("אבו ריא", "aburia"), ("חאג' יחיא", "hajyahya"), ("עודה", "odeh"), ("ג'בארין", "jabareen"),
              ("סעדי", "saadi")],
        "cities": ["נצרת", "אום אל-פחם", "חיפה", "ירושלים", "טייבה", "שפרעם"],
    },
    "ru": {
        "f": [("יוליה", "yulia"), ("אולגה", "olga"), ("טטיאנה", "tatiana"), ("אנה", "anna"), ("סבטלנה", "svetlana"),
              ("אירינה", "irina")],
        "m": [("דמיטרי", "dmitri"), ("סרגיי", "sergei"), ("ולדימיר", "vladimir"), ("אלכסנדר", "alexander"),
              ("יבגני", "evgeni"), ("מקסים", "maxim")],
        "l": [("קוזלוב", "kozlov"), ("איבנוב", "ivanov"), ("פטרוב", "petrov"), ("סמירנוב", "smirnov"),
              ("גורביץ'", "gurevich"), ("ולדמן", "veldman"), ("קפלן", "kaplan")],
        "cities": ["אשדוד", "באר שבע", "חיפה", "בת ים", "נתניה", "כרמיאל", "אשקלון", "ראשון לציון"],
    },
}
POSTAL_PREFIX = {"תל אביב-יפו": "6", "ירושלים": "9", "חיפה": "3", "ראשון לציון": "75", "פתח תקווה": "49",
                 "אשדוד": "77", "נתניה": "42", "באר שבע": "84", "חולון": "58", "רמת גן": "52", "רחובות": "76",
                 "כפר סבא": "44", "הרצליה": "46", "רעננה": "43", "בת ים": "59", "מודיעין-מכבים-רעות": "71",
                 "נצרת": "16", "אום אל-פחם": "30", "טייבה": "40", "שפרעם": "20", "כרמיאל": "21", "אשקלון": "78"}
STREETS = ["הרצל", "ויצמן", "ז'בוטינסקי", "רוטשילד", "בן גוריון", "סוקולוב", "אחד העם", "ביאליק", "הנביאים",
           "יפו", "דיזנגוף", "אלנבי", "מנחם בגין", "יצחק רבין", "העצמאות", "הגפן", "הזית", "התאנה", "הרימון",
           "האלה", "אבן גבירול", "ארלוזורוב", "קרן קיימת לישראל", "בלפור", "הנשיא", "שדרות ירושלים", "הפלמ\"ח",
           "טרומפלדור", "החשמונאים", "משה שרת", "אל-ביאדר", "פאולוס השישי", "השלום"]
MAIL_DOMAINS = ["gmail.com", "gmail.com", "gmail.com", "walla.co.il", "hotmail.com", "yahoo.com",
                "012.net.il", "bezeqint.net", "outlook.co.il"]
KUPOT = ["כללית", "כללית", "כללית", "מכבי", "מכבי", "מאוחדת", "לאומית"]
MOBILE_PREFIX = ["050", "050", "052", "052", "053", "054", "054", "055", "058"]


def tz_check(d8):
    s = 0
    for i, c in enumerate(d8):
        v = int(c) * (1 if i % 2 == 0 else 2)
        s += v if v < 10 else v - 9
    return str((10 - s % 10) % 10)


def tz_valid(t):
    s = 0
    for i, c in enumerate(t):
        v = int(c) * (1 if i % 2 == 0 else 2)
        s += v if v < 10 else v - 9
    return len(t) == 9 and s % 10 == 0


def new_tz(used):
    while True:
        d8 = R.choice("0233") + "".join(R.choice("0123456789") for _ in range(7))
        t = d8 + tz_check(d8)
        if t not in used:
            used.add(t)
            return t


def mobile():
    return R.choice(MOBILE_PREFIX) + "".join(R.choice("0123456789") for _ in range(7))


def fmt_phone(p, style):
    if style == "dash":
        return f"{p[:3]}-{p[3:6]}-{p[6:]}"
    if style == "dash7":
        return f"{p[:3]}-{p[3:]}"
    if style == "intl":
        return f"+972 {p[1:3]} {p[3:6]} {p[6:]}"
    return p


def e164(p):
    return "+972" + p[1:]


def ean13(d12):
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d12))
    return d12 + str((10 - s % 10) % 10)


def rand_dt(a, b):
    span = int((b - a).total_seconds())
    return a + dt.timedelta(seconds=R.randrange(span))


def make_person(used_tz, used_mail, group=None):
    g = group or R.choices(["jew", "arab", "ru"], [70, 20, 10])[0]
    G = GROUPS[g]
    sex = R.choice("fm")
    fn, fl = R.choice(G[sex])
    ln, ll = R.choice(G["l"])
    dob = dt.date(1938, 1, 1) + dt.timedelta(days=R.randrange(365 * 84))
    city = R.choice(G["cities"])
    pre = POSTAL_PREFIX[city]
    postal = pre + "".join(R.choice("0123456789") for _ in range(7 - len(pre)))
    street = R.choice(STREETS)
    num = R.randint(1, 140)
    addr = R.choice([f"{street} {num}", f"{street} {num} דירה {R.randint(1, 40)}",
                     f"רח' {street} {num}/{R.randint(1, 20)}", f"{street} {num}, קומה {R.randint(1, 9)}"])
    while True:
        local = R.choice([f"{fl}.{ll}", f"{fl}{ll}", f"{fl[0]}{ll}", f"{fl}_{ll}{R.randint(1, 99)}",
                          f"{fl}{dob.year % 100:02d}", f"{ll}.{fl}"])
        mail = f"{local}@{R.choice(MAIL_DOMAINS)}"
        if mail not in used_mail:
            used_mail.add(mail)
            break
    return {"group": g, "sex": sex, "first": fn, "last": ln, "first_lat": fl, "last_lat": ll,
            "tz": new_tz(used_tz), "dob": dob, "mobile": mobile(), "email": mail, "address": addr,
            "city": city, "postal": postal, "kupa": R.choice(KUPOT)}


# ---------------------------------------------------------------- people
used_tz, used_mail = set(), set()
N_PAT = 120
patients = []
for i in range(N_PAT):
    p = make_person(used_tz, used_mail)
    p["patient_id"] = 100400 + i * 7 + R.randint(0, 6)
    p["legacy_id"] = str(R.randint(3000000000, 3999999999))  # 10-digit AS/400 id, lookalike
    p["created"] = rand_dt(dt.datetime(2015, 1, 1, tzinfo=TZ), dt.datetime(2023, 12, 28, tzinfo=TZ))
    patients.append(p)

DOC_SPECIALTY = ["רפואת משפחה", "רפואת משפחה", "רפואת ילדים", "רפואת ילדים", "גינקולוגיה", "עור ומין",
                 "אורתופדיה", "אף אוזן גרון", "קרדיולוגיה", "אנדוקרינולוגיה", "רפואת משפחה", "עיניים",
                 "רפואת משפחה", "פסיכיאטריה"]
CLINIC_DOMAIN = "ofek-clinics.co.il"
doctors = []
for i, spec in enumerate(DOC_SPECIALTY):
    p = make_person(used_tz, used_mail)
    p["doc_id"] = i + 1
    p["title_name"] = f"ד\"ר {p['first']} {p['last']}"
    p["license"] = f"1-{R.randint(10000, 59999)}"
    p["spec"] = spec
    p["work_email"] = f"{p['first_lat'][0]}.{p['last_lat']}@{CLINIC_DOMAIN}"
    p["branch"] = (i % 4) + 1
    doctors.append(p)

BRANCHES = [
    (1, "אופק כפר סבא", "ויצמן 120", "כפר סבא", "09-7654300", "א-ה 07:30-20:00, ו 08:00-12:00"),
    (2, "אופק רעננה", "אחוזה 88", "רעננה", "09-7442100", "א-ה 08:00-19:00"),
    (3, "אופק הרצליה", "סוקולוב 35", "הרצליה", "09-9581200", "א-ה 07:30-19:30, ו 08:00-12:00"),
    (4, "אופק נתניה", "הרצל 60", "נתניה", "09-8623400", "א-ה 08:00-20:00"),
]

# ---------------------------------------------------------------- notes (free text in patients.csv)
NOTE_PLAIN = ["", "", "", "", "", "", "לא לשלוח SMS בשבת", "מעדיף/ה תורים בבוקר", "זקוק/ה לנגישות - כיסא גלגלים",
              "דובר/ת רוסית בלבד", "דובר/ת ערבית", "רגישות לפניצילין", "מטופל/ת במעקב סוכרת",
              "העדפה לרופאה", "לתאם מול המלווה"]
REL = ["בת", "בן", "בעל", "אשה", "אמא", "אחות", "אח"]


def note_for(p):
    """Returns (text, categories)"""
    r = R.random()
    if r < 0.12:
        g = GROUPS[p["group"]]
        rel = R.choice(REL)
        cf = R.choice(g["f"] if rel in ("בת", "אשה", "אמא", "אחות") else g["m"])[0]
        ph = mobile()
        return (f"איש קשר: {rel} - {cf} {p['last']} {fmt_phone(ph, R.choice(['dash', 'dash7']))}",
                {"name", "phone"})
    if r < 0.16:
        return (f"טלפון בבית: 0{R.choice('234789')}-{R.randint(5000000, 9999999)}", {"phone"})
    return (R.choice(NOTE_PLAIN), set())


if os.path.isdir(DATA):
    shutil.rmtree(DATA)
os.makedirs(DATA)

truth_fields, truth_text = {}, {}
# ---------------------------------------------------------------- 1. patients.csv
H = ["patient_id", "legacy_id", "שם פרטי", "שם משפחה", "מספר זהות", "תאריך לידה", "מין", "טלפון נייד",
     "דוא\"ל", "כתובת", "עיר", "מיקוד", "קופת חולים", "הערות", "sms_opt_in", "portal_status", "created_at",
     "last_visit_date", "source_system"]
note_cats = set()
rows = []
for p in patients:
    note, cats = note_for(p)
    note_cats |= cats
    style = R.choices(["dash", "intl", "dash7", "plain"], [55, 25, 12, 8])[0]
    p["portal"] = R.choices(["active", "active", "pending_verification", "locked", "none"], [40, 20, 10, 5, 25])[0]
    rows.append([p["patient_id"], p["legacy_id"], p["first"], p["last"], p["tz"], p["dob"].strftime("%d/%m/%Y"),
                 "נ" if p["sex"] == "f" else "ז", fmt_phone(p["mobile"], style),
                 p["email"] if R.random() > 0.08 else "", p["address"], p["city"], p["postal"], p["kupa"], note,
                 R.choice(["true", "true", "false"]), p["portal"], p["created"].strftime("%Y-%m-%d %H:%M:%S"),
                 "", "TorMed" if p["created"].year >= 2020 else "legacy_AS400"])
    p["row"] = rows[-1]

# ---------------------------------------------------------------- 2. appointments (pg_dump)
EXPORT_AT = dt.datetime(2024, 9, 20, 23, 0, tzinfo=TZ)
STATUSES = ["completed"] * 6 + ["cancelled", "no_show", "scheduled", "scheduled"]
appts = []
aid = 5001
for p in patients:
    for _ in range(R.randint(1, 6)):
        d = doctors[R.randrange(len(doctors))]
        day = dt.date(2024, 1, 1) + dt.timedelta(days=R.randrange(300))
        if day.weekday() == 5:  # Saturday: closed
            day += dt.timedelta(days=1)
        hh = R.randint(8, 18)
        mm = R.choice([0, 10, 15, 20, 30, 40, 45, 50])
        start = dt.datetime(day.year, day.month, day.day, hh, mm, tzinfo=TZ)
        booked = start - dt.timedelta(days=R.randint(1, 40), minutes=R.randint(0, 900))
        if booked > EXPORT_AT:
            booked = EXPORT_AT - dt.timedelta(minutes=R.randint(30, 20000))
        st = R.choice(STATUSES)
        if start > EXPORT_AT:
            st = "scheduled"
        elif st == "scheduled":
            st = "completed"
        cancelled = booked + (start - booked) * R.random() if st == "cancelled" else None
        appts.append({"id": aid, "patient": p, "doctor": d, "start": start, "minutes": R.choice([10, 15, 15, 20, 30]),
                      "status": st, "room": f"{d['branch']}-{R.randint(101, 118)}", "booked": booked,
                      "cancelled": cancelled, "channel": R.choice(["web", "app", "call_center", "call_center", "front_desk"]),
                      "ref": str(R.randint(10 ** 11, 10 ** 12 - 1))})
        aid += R.randint(1, 3)
appts.sort(key=lambda a: a["start"])
for p in patients:
    past = [a["start"] for a in appts if a["patient"] is p and a["status"] == "completed"]
    p["row"][17] = max(past).strftime("%Y-%m-%d") if past else ""

with open(os.path.join(DATA, "patients.csv"), "w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(H)
    for row in rows:
        w.writerow(row)
truth_fields["patients.csv"] = {
    "שם פרטי": "name", "שם משפחה": "name", "מספר זהות": "government_id", "תאריך לידה": "date_of_birth",
    "טלפון נייד": "phone", "דוא\"ל": "email", "כתובת": "location", "עיר": "location", "מיקוד": "location",
    "portal_status": "account_type", "created_at": "activity", "last_visit_date": "activity",
}
if note_cats:
    truth_fields["patients.csv"]["הערות"] = sorted(note_cats)


def pgts(t):
    if t is None:
        return "\\N"
    off = t.utcoffset()
    h = int(off.total_seconds() // 3600)
    return t.strftime("%Y-%m-%d %H:%M:%S") + f"{h:+03d}"


def pgtext(s):
    if s is None:
        return "\\N"
    return str(s).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


out = io.StringIO()
out.write("""--
-- PostgreSQL database dump
--

-- Dumped from database version 15.7 (Debian 15.7-1.pgdg120+1)
-- Dumped by pg_dump version 15.7 (Debian 15.7-1.pgdg120+1)

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
-- Name: appt_status; Type: TYPE; Schema: public; Owner: tormed
--

CREATE TYPE public.appt_status AS ENUM (
    'scheduled',
    'completed',
    'cancelled',
    'no_show'
);


ALTER TYPE public.appt_status OWNER TO tormed;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: appointments; Type: TABLE; Schema: public; Owner: tormed
--

CREATE TABLE public.appointments (
    id bigint NOT NULL,
    patient_id integer NOT NULL,
    doctor_id integer NOT NULL,
    branch_id smallint NOT NULL,
    slot_start timestamp with time zone NOT NULL,
    slot_minutes smallint DEFAULT 15 NOT NULL,
    status public.appt_status DEFAULT 'scheduled'::public.appt_status NOT NULL,
    room character varying(16),
    booking_channel character varying(20) NOT NULL,
    booking_ref character varying(20) NOT NULL,
    booked_at timestamp with time zone DEFAULT now() NOT NULL,
    cancelled_at timestamp with time zone
);


ALTER TABLE public.appointments OWNER TO tormed;

--
-- Name: appointments_id_seq; Type: SEQUENCE; Schema: public; Owner: tormed
--

CREATE SEQUENCE public.appointments_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.appointments_id_seq OWNER TO tormed;

--
-- Name: appointments_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: tormed
--

ALTER SEQUENCE public.appointments_id_seq OWNED BY public.appointments.id;


--
-- Name: branches; Type: TABLE; Schema: public; Owner: tormed
--

CREATE TABLE public.branches (
    id smallint NOT NULL,
    name text NOT NULL,
    address text NOT NULL,
    city text NOT NULL,
    phone character varying(20),
    opening_hours text
);


ALTER TABLE public.branches OWNER TO tormed;

--
-- Name: doctors; Type: TABLE; Schema: public; Owner: tormed
--

CREATE TABLE public.doctors (
    id integer NOT NULL,
    name text NOT NULL,
    license_no character varying(12) NOT NULL,
    specialty text,
    email character varying(255),
    mobile character varying(20),
    branch_id smallint,
    active boolean DEFAULT true NOT NULL
);


ALTER TABLE public.doctors OWNER TO tormed;

--
-- Name: appointments id; Type: DEFAULT; Schema: public; Owner: tormed
--

ALTER TABLE ONLY public.appointments ALTER COLUMN id SET DEFAULT nextval('public.appointments_id_seq'::regclass);


""")
out.write("""--
-- Data for Name: appointments; Type: TABLE DATA; Schema: public; Owner: tormed
--

COPY public.appointments (id, patient_id, doctor_id, branch_id, slot_start, slot_minutes, status, room, booking_channel, booking_ref, booked_at, cancelled_at) FROM stdin;
""")
for a in sorted(appts, key=lambda a: a["id"]):
    out.write("\t".join([str(a["id"]), str(a["patient"]["patient_id"]), str(a["doctor"]["doc_id"]),
                         str(a["doctor"]["branch"]), pgts(a["start"]), str(a["minutes"]), a["status"],
                         pgtext(a["room"]), a["channel"], a["ref"], pgts(a["booked"]), pgts(a["cancelled"])]) + "\n")
out.write("\\.\n\n\n")
out.write("""--
-- Data for Name: branches; Type: TABLE DATA; Schema: public; Owner: tormed
--

COPY public.branches (id, name, address, city, phone, opening_hours) FROM stdin;
""")
for b in BRANCHES:
    out.write("\t".join(pgtext(x) for x in b) + "\n")
out.write("\\.\n\n\n")
out.write("""--
-- Data for Name: doctors; Type: TABLE DATA; Schema: public; Owner: tormed
--

COPY public.doctors (id, name, license_no, specialty, email, mobile, branch_id, active) FROM stdin;
""")
for d in doctors:
    out.write("\t".join([str(d["doc_id"]), pgtext(d["title_name"]), d["license"], pgtext(d["spec"]), d["work_email"],
                         fmt_phone(d["mobile"], "dash7"), str(d["branch"]), "t" if d["doc_id"] != 9 else "f"]) + "\n")
out.write("\\.\n\n\n")
out.write(f"""--
-- Name: appointments_id_seq; Type: SEQUENCE SET; Schema: public; Owner: tormed
--

SELECT pg_catalog.setval('public.appointments_id_seq', {max(a['id'] for a in appts)}, true);


--
-- Name: appointments appointments_pkey; Type: CONSTRAINT; Schema: public; Owner: tormed
--

ALTER TABLE ONLY public.appointments
    ADD CONSTRAINT appointments_pkey PRIMARY KEY (id);


--
-- Name: branches branches_pkey; Type: CONSTRAINT; Schema: public; Owner: tormed
--

ALTER TABLE ONLY public.branches
    ADD CONSTRAINT branches_pkey PRIMARY KEY (id);


--
-- Name: doctors doctors_pkey; Type: CONSTRAINT; Schema: public; Owner: tormed
--

ALTER TABLE ONLY public.doctors
    ADD CONSTRAINT doctors_pkey PRIMARY KEY (id);


--
-- Name: appointments_patient_id_idx; Type: INDEX; Schema: public; Owner: tormed
--

CREATE INDEX appointments_patient_id_idx ON public.appointments USING btree (patient_id);


--
-- Name: appointments_slot_start_idx; Type: INDEX; Schema: public; Owner: tormed
--

CREATE INDEX appointments_slot_start_idx ON public.appointments USING btree (doctor_id, slot_start);


--
-- Name: appointments appointments_doctor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: tormed
--

ALTER TABLE ONLY public.appointments
    ADD CONSTRAINT appointments_doctor_id_fkey FOREIGN KEY (doctor_id) REFERENCES public.doctors(id);


--
-- PostgreSQL database dump complete
--

""")
with open(os.path.join(DATA, "tormed_appointments.sql"), "w", encoding="utf-8") as f:
    f.write(out.getvalue())
truth_fields["tormed_appointments.sql"] = {
    "doctors.name": "name", "doctors.email": "email", "doctors.mobile": "phone",
    "appointments.slot_start": "activity", "appointments.booked_at": "activity", "appointments.cancelled_at": "activity",
}

# ---------------------------------------------------------------- 3. SMS gateway log (key=value)
sms_cats = {"phone", "activity"}
lines = []


def kv_ts(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{R.randint(0, 999):03d}" + t.strftime("%z")[:3] + ":" + t.strftime("%z")[3:]


window_a, window_b = dt.datetime(2024, 5, 1, tzinfo=TZ), dt.datetime(2024, 9, 21, 12, 0, tzinfo=TZ)
events = []
for a in appts:
    if not (window_a <= a["start"] < window_b) or a["status"] == "cancelled":
        continue
    sent = (a["start"] - dt.timedelta(days=1)).replace(hour=18, minute=0, second=R.randint(0, 50))
    events.append((sent, a))
events.sort(key=lambda e: e[0])
cur_day = None
for sent, a in events:
    if sent.date() != cur_day:
        cur_day = sent.date()
        n = sum(1 for s, _ in events if s.date() == cur_day)
        lines.append(f"{kv_ts(sent - dt.timedelta(seconds=3))} level=info svc=sms-gw event=batch_start job=reminder_24h "
                     f"batch_id={uuid.UUID(int=R.getrandbits(128)).hex[:12]} count={n} provider=019mobile")
    p, d = a["patient"], a["doctor"]
    msg_id = uuid.UUID(int=R.getrandbits(128)).hex
    to = e164(p["mobile"])
    when = a["start"].strftime("%d/%m %H:%M")
    body = f"שלום {p['first']}, תזכורת לתור אצל ד\\\"ר {d['last']} ב-{when} ב{BRANCHES[d['branch'] - 1][1]}. לביטול השב/י 1"
    parts = 2 if len(body) > 70 else 1
    line = (f"{kv_ts(sent)} level=info svc=sms-gw event=submit provider=019mobile sender=OFEK to={to} msg_id={msg_id} "
            f"appt_id={a['id']} template=reminder_24h parts={parts} encoding=UCS2 body=\"{body}\"")
    lines.append(line)
    r = R.random()
    lat = R.randint(1200, 9000)
    t2 = sent + dt.timedelta(milliseconds=lat)
    if r < 0.9:
        lines.append(f"{kv_ts(t2)} level=info svc=sms-gw event=dlr to={to} msg_id={msg_id} status=DELIVERED dlr_code=000 latency_ms={lat}")
    elif r < 0.96:
        lines.append(f"{kv_ts(t2)} level=warn svc=sms-gw event=dlr to={to} msg_id={msg_id} status=UNDELIVERABLE dlr_code=005 err=\"absent subscriber\"")
    else:
        t3 = sent + dt.timedelta(hours=24)
        lines.append(f"{kv_ts(t3)} level=warn svc=sms-gw event=dlr to={to} msg_id={msg_id} status=EXPIRED dlr_code=010 latency_ms=86400000")
    if R.random() < 0.07:  # reply "1" = cancel
        t4 = sent + dt.timedelta(minutes=R.randint(2, 180))
        lines.append(f"{kv_ts(t4)} level=info svc=sms-gw event=mo from={to} to=+972559663210 msg_id={uuid.UUID(int=R.getrandbits(128)).hex} "
                     f"body=\"1\" action=cancel_request appt_id={a['id']}")
lines.sort()
with open(os.path.join(DATA, "sms_gateway.log"), "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
sms_cats.add("name")  # reminder bodies carry patient first name and doctor surname
truth_text["sms_gateway.log"] = sorted(sms_cats)

# ---------------------------------------------------------------- 4. online form submissions (JSON)
COMPLAINTS = ["כאבי גב תחתון כבר שבועיים, מחמיר בבוקר", "שיעול יבש וחום נמוך מאז יום ראשון",
              "צריך חידוש מרשם לתרופות ללחץ דם", "בדיקת דם תקופתית לפי הפניה של רופא המשפחה",
              "פריחה בידיים אחרי שינוי אבקת כביסה", "כאבי ראש חוזרים, בעיקר בערב",
              "מעקב סוכרת - הרופאה ביקשה לקבוע תור תוך חודש", "כאב באוזן אצל הילד", "סחרחורות כשאני קם מהמיטה",
              "צריך אישור מחלה לעבודה לשלושה ימים", "כאבים בברך ימין אחרי ריצה", "בקשה להפניה לרופא עור",
              "צרבת קשה אחרי ארוחות", "חיסון שפעת", "קוצר נשימה במאמץ קל", "בדיקת שמיעה", "נשירת שיער מוגברת",
              "ביקורת אחרי ניתוח", "כאב גרון וקושי בבליעה", "עייפות כרונית, רוצה לבדוק ברזל ו-B12"]
UAS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.122 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.165 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36 Edg/125.0.2535.92",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 12; Redmi Note 11) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.179 Mobile Safari/537.36",
]
IP_PREFIX = ["79.176", "79.177", "84.228", "84.229", "109.64", "109.65", "109.66", "147.235", "176.230", "212.179", "5.29"]


def rand_ip():
    if R.random() < 0.12:
        return "2a06:c701:" + ":".join(f"{R.randint(0, 0xffff):x}" for _ in range(6))
    return f"{R.choice(IP_PREFIX)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


complaint_cats = set()
subs = []
new_people = []
form_people = R.sample(patients, 55)
for _ in range(15):
    np_ = make_person(used_tz, used_mail)
    new_people.append(np_)
    form_people.append(np_)
R.shuffle(form_people)
for p in form_people:
    t = rand_dt(dt.datetime(2024, 3, 1, tzinfo=TZ), dt.datetime(2024, 9, 20, tzinfo=TZ))
    text = R.choice(COMPLAINTS)
    r = R.random()
    if r < 0.12:
        ph = mobile()
        text += f". אפשר לחזור אליי גם למספר {fmt_phone(ph, R.choice(['dash', 'dash7', 'plain']))} אחרי 17:00"
        complaint_cats.add("phone")
    elif r < 0.22:
        g = GROUPS[p["group"]]
        mom = R.choice(g["f"])[0]
        text = f"אני ממלא/ת את הטופס עבור אמא שלי, {mom} {p['last']}. " + text
        complaint_cats.add("name")
    elif r < 0.28:
        kid = dt.date(2012, 1, 1) + dt.timedelta(days=R.randrange(3500))
        text = f"הבן שלי, יליד {kid.strftime('%d/%m/%Y')}, ת.ז. {new_tz(used_tz)}. " + text
        complaint_cats |= {"date_of_birth", "government_id"}
    elif r < 0.33:
        text += f". נא לשלוח את ההפניה למייל {p['email'].split('@')[0]}.work@gmail.com"
        complaint_cats.add("email")
    sub = {
        "submission_id": str(uuid.UUID(int=R.getrandbits(128))),
        "submitted_at": t.isoformat(timespec="seconds"),
        "status": R.choice(["processed", "processed", "processed", "new", "duplicate"]),
        "client": {"ip": rand_ip(), "user_agent": R.choice(UAS), "locale": "he-IL"},
        "fields": {
            "first_name": p["first"], "last_name": p["last"], "id_number": p["tz"],
            "birth_date": p["dob"].isoformat(),
            "mobile": fmt_phone(p["mobile"], R.choice(["dash", "intl", "plain"])),
            "email": p["email"], "kupa": p["kupa"],
            "preferred_branch": R.choice(BRANCHES)[1], "preferred_time": R.choice(["בוקר", "צהריים", "ערב", "לא משנה"]),
            "complaint": text,
        },
        "attachments": [],
        "consent": {"privacy_policy": True, "sms_reminders": R.choice([True, False])},
    }
    if R.random() < 0.3:
        blob = R.getrandbits(256).to_bytes(32, "big")
        sub["attachments"].append({"filename": R.choice(["referral.pdf", "הפניה.pdf", "IMG_" + t.strftime("%Y%m%d_%H%M%S") + ".jpg",
                                                         "scan0001.pdf"]),
                                   "mime": "application/pdf", "size": R.randint(40000, 2400000),
                                   "sha256": hashlib.sha256(blob).hexdigest()})
    subs.append(sub)
subs.sort(key=lambda s: s["submitted_at"])
doc = {"export": {"form_id": "appt-request-v3", "form_title": "בקשה לקביעת תור", "exported_at": "2024-09-21T02:00:04+03:00",
                  "count": len(subs), "vendor": "TorMed Forms"},
       "submissions": subs}
with open(os.path.join(DATA, "online_forms.json"), "w", encoding="utf-8") as f:
    json.dump(doc, f, ensure_ascii=False, indent=2)
truth_fields["online_forms.json"] = {
    "submissions.submitted_at": "activity", "submissions.client.ip": "ip_address",
    "submissions.client.user_agent": "device", "submissions.fields.first_name": "name",
    "submissions.fields.last_name": "name", "submissions.fields.id_number": "government_id",
    "submissions.fields.birth_date": "date_of_birth", "submissions.fields.mobile": "phone",
    "submissions.fields.email": "email", "submissions.fields.complaint": sorted(complaint_cats),
}

# ---------------------------------------------------------------- 5. medications (CONTROL)
MEDS = [("אקמול", "Acamol", "Paracetamol", "500 מ\"ג", "טבליות", "N02BE01"),
        ("אדוויל", "Advil", "Ibuprofen", "200 מ\"ג", "קפליות", "M01AE01"),
        ("אמוקסיצילין טבע", "Amoxicillin Teva", "Amoxicillin", "500 מ\"ג", "כמוסות", "J01CA04"),
        ("אוגמנטין", "Augmentin", "Amoxicillin/Clavulanic acid", "875/125 מ\"ג", "טבליות", "J01CR02"),
        ("גלוקופאז'", "Glucophage", "Metformin", "850 מ\"ג", "טבליות", "A10BA02"),
        ("נורבסק", "Norvasc", "Amlodipine", "5 מ\"ג", "טבליות", "C08CA01"),
        ("לוסק", "Losec", "Omeprazole", "20 מ\"ג", "כמוסות", "A02BC01"),
        ("ליפיטור", "Lipitor", "Atorvastatin", "20 מ\"ג", "טבליות", "C10AA05"),
        ("אלטרוקסין", "Eltroxin", "Levothyroxine", "100 מק\"ג", "טבליות", "H03AA01"),
        ("טריטייס", "Tritace", "Ramipril", "5 מ\"ג", "טבליות", "C09AA05"),
        ("קרדילוק", "Cardiloc", "Bisoprolol", "5 מ\"ג", "טבליות", "C07AB07"),
        ("ונטולין", "Ventolin", "Salbutamol", "100 מק\"ג/מנה", "משאף", "R03AC02"),
        ("סימביקורט", "Symbicort", "Budesonide/Formoterol", "160/4.5 מק\"ג", "משאף", "R03AK07"),
        ("פרמין", "Pramin", "Metoclopramide", "10 מ\"ג", "טבליות", "A03FA01"),
        ("אופטלגין", "Optalgin", "Dipyrone", "500 מ\"ג", "טבליות", "N02BB02"),
        ("סרוקסט", "Seroxat", "Paroxetine", "20 מ\"ג", "טבליות", "N06AB05"),
        ("ציפרלקס", "Cipralex", "Escitalopram", "10 מ\"ג", "טבליות", "N06AB10"),
        ("קלקסן", "Clexane", "Enoxaparin", "40 מ\"ג/0.4 מ\"ל", "מזרק", "B01AB05"),
        ("מיקרופירין", "Micropirin", "Acetylsalicylic acid", "75 מ\"ג", "טבליות", "B01AC06"),
        ("פוסיד", "Fusid", "Furosemide", "40 מ\"ג", "טבליות", "C03CA01"),
        ("דקסמול", "Dexamol", "Paracetamol", "500 מ\"ג", "קפליות", "N02BE01"),
        ("נורופן לילדים", "Nurofen for Children", "Ibuprofen", "100 מ\"ג/5 מ\"ל", "תרחיף", "M01AE01"),
        ("זודורם", "Zodorm", "Zolpidem", "10 מ\"ג", "טבליות", "N05CF02"),
        ("קנסטן", "Canesten", "Clotrimazole", "1%", "משחה", "D01AC01"),
        ("פוסידין", "Fucidin", "Fusidic acid", "2%", "משחה", "D06AX01"),
        ("אלרגיקס", "Allergyx", "Loratadine", "10 מ\"ג", "טבליות", "R06AX13"),
        ("טלפסט", "Telfast", "Fexofenadine", "180 מ\"ג", "טבליות", "R06AX26"),
        ("ג'רדיאנס", "Jardiance", "Empagliflozin", "10 מ\"ג", "טבליות", "A10BK03"),
        ("אוזמפיק", "Ozempic", "Semaglutide", "1 מ\"ג", "עט הזרקה", "A10BJ06"),
        ("לנטוס", "Lantus", "Insulin glargine", "100 יח'/מ\"ל", "עט הזרקה", "A10AE04"),
        ("פרדניזון", "Prednisone", "Prednisone", "5 מ\"ג", "טבליות", "H02AB07"),
        ("ויטמין D3 1000", "Vitamin D3 1000", "Cholecalciferol", "1000 יח'", "טיפות", "A11CC05"),
        ("פריזמה", "Prisma", "Mebeverine", "135 מ\"ג", "טבליות", "A03AA04"),
        ("קסרלטו", "Xarelto", "Rivaroxaban", "20 מ\"ג", "טבליות", "B01AF01"),
        ("אליקוויס", "Eliquis", "Apixaban", "5 מ\"ג", "טבליות", "B01AF02")]
with open(os.path.join(DATA, "medications.csv"), "w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f, lineterminator="\r\n")
    w.writerow(["קוד תרופה", "שם מסחרי", "trade_name_en", "חומר פעיל", "חוזק", "צורת מתן", "atc_code", "ברקוד",
                "בסל הבריאות", "מחיר מרבי (₪)", "updated_at"])
    for i, m in enumerate(MEDS):
        w.writerow([f"{R.randint(10000, 99999)}", m[0], m[1], m[2], m[3], m[4], m[5],
                    ean13("729" + "".join(R.choice("0123456789") for _ in range(9))),
                    R.choice(["כן", "כן", "לא"]), f"{R.uniform(8, 160):.2f}", "2024-08-01"])

# ---------------------------------------------------------------- truth
n_people = len(patients) + len(doctors) + len(new_people)
truth = {
    "brief": ("Israeli clinic chain 'מרפאות אופק' (Ofek Clinics, 4 branches in the Sharon area): export of its appointment "
              "vendor system TorMed. Hebrew headers and values (right-to-left), English technical columns. "
              "patients.csv (UTF-8 with BOM, CRLF) is the patient register; tormed_appointments.sql is a pg_dump (COPY) "
              "of appointments, doctors and branches; sms_gateway.log is the reminder SMS gateway log in key=value form "
              "with message bodies; online_forms.json holds online appointment-request submissions with free-text "
              "complaints; medications.csv is the drug catalogue (control)."),
    "people": n_people,
    "fields": truth_fields,
    "text": truth_text,
    "controls": ["medications.csv"],
    "ambiguous": {
        "patients.csv": ["קופת חולים"],
        "online_forms.json": ["submissions.fields.kupa"],
        "tormed_appointments.sql": ["doctors.license_no"],
    },
    "lookalikes": {
        "patients.csv": {"legacy_id": "10-digit internal AS/400 patient number", "patient_id": "internal row id",
                         "sms_opt_in": "boolean", "source_system": "system name"},
        "tormed_appointments.sql": {"appointments.booking_ref": "12-digit booking reference",
                                    "appointments.status": "appointment status enum (not an account status)",
                                    "appointments.room": "room code",
                                    "branches.address": "clinic branch street address (a business, not a person)",
                                    "branches.phone": "branch landline (business)",
                                    "appointments.patient_id": "foreign key"},
        "sms_gateway.log": {"msg_id": "32-hex message ids", "to=+972559663210": "the clinic's own inbound short line on MO lines"},
        "online_forms.json": {"submissions.attachments.sha256": "file hashes",
                              "submissions.submission_id": "UUID",
                              "submissions.fields.preferred_branch": "clinic branch name"},
        "medications.csv": {"ברקוד": "EAN-13 with Israeli 729 prefix, valid check digit",
                            "קוד תרופה": "5-digit drug code"},
    },
    "notes": ("מספר זהות values are 9-digit Teudat Zehut with valid check digit (Luhn-like 1,2 weights); leading zeros kept. "
              "Decision on קופת חולים (health fund: כללית/מכבי/מאוחדת/לאומית): it names the insurer, it is NOT a "
              "health-insurance number, so it is not government_id; whether membership of a fund counts as the person's "
              "account_type/plan is arguable, hence ambiguous. doctors.license_no (Ministry of Health licence, e.g. 1-23456) "
              "is a professional licence number from a public register: ambiguous. Phones: Israeli mobiles 05X in "
              "'050-123-4567', '050-1234567', '+972 50 123 4567' and bare forms; E.164 '+97250...' in the SMS log. "
              "Postcodes are 7 digits. portal_status (active/pending_verification/locked/none) is the patient-portal "
              "account status = account_type. The הערות column sometimes names a relative with a phone or a home phone. "
              "Complaint free text sometimes carries a callback phone, a mother's name, a child's birth date + Teudat Zehut, "
              "or an alternative email. people = patients + doctors + form submitters not in the register. "
              "Gender (מין) is not a scored category. Health data (complaints, specialties) is not a category here."),
}
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=2)

# ---------------------------------------------------------------- self-check
assert all(tz_valid(p["tz"]) for p in patients + doctors + new_people)
with open(os.path.join(DATA, "patients.csv"), encoding="utf-8-sig", newline="") as f:
    rd = list(csv.DictReader(f))
for k in truth_fields["patients.csv"]:
    assert k in rd[0], k
    assert any(r[k] for r in rd), k
for r in rd:
    assert tz_valid(r["מספר זהות"]) and len(r["מיקוד"]) == 7
sql = open(os.path.join(DATA, "tormed_appointments.sql"), encoding="utf-8").read()
for k in truth_fields["tormed_appointments.sql"]:
    t, c = k.split(".")
    assert re.search(rf"COPY public\.{t} \([^)]*\b{c}\b", sql), k
js = json.load(open(os.path.join(DATA, "online_forms.json"), encoding="utf-8"))


def paths(o, pre=""):
    out = set()
    if isinstance(o, dict):
        for k, v in o.items():
            out |= paths(v, f"{pre}.{k}" if pre else k)
    elif isinstance(o, list):
        for v in o:
            out |= paths(v, pre)
    else:
        out.add(pre)
    return out


P = paths(js)
for k in truth_fields["online_forms.json"]:
    assert k in P, k
assert "+972" in open(os.path.join(DATA, "sms_gateway.log"), encoding="utf-8").read()
for fn in os.listdir(DATA):
    assert os.path.getsize(os.path.join(DATA, fn)) < 2_000_000, fn
print("ok", n_people, "people;", {fn: os.path.getsize(os.path.join(DATA, fn)) for fn in sorted(os.listdir(DATA))})
print("note cats", sorted(note_cats), "complaint cats", sorted(complaint_cats))
