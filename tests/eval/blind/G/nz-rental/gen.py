#!/usr/bin/env python3
"""Blind evaluation dump G/nz-rental: a New Zealand residential property-management company.

Deterministic (seeded). Writes data/ and truth.json next to this script. Standard library only.
"""
import csv
import datetime as dt
import io
import json
import os
import random
import shutil
from collections import defaultdict

SEED = 6011024
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")

# ---------------------------------------------------------------- truth bookkeeping
PEOPLE = set()
BYCAT = defaultdict(set)
FIELDS = defaultdict(dict)
TEXT = defaultdict(set)


def _addcat(d, key, cat):
    cur = d.get(key)
    s = set() if cur is None else ({cur} if isinstance(cur, str) else set(cur))
    s.add(cat)
    d[key] = next(iter(s)) if len(s) == 1 else sorted(s)


def mark(pid, cat):
    PEOPLE.add(pid)
    BYCAT[cat].add(pid)


def put(fname, field, pid, cat, value):
    if value is None or value == "":
        return value
    _addcat(FIELDS[fname], field, cat)
    if pid is not None:
        pids = pid if isinstance(pid, (list, tuple, set)) else [pid]
        for p in pids:
            mark(p, cat)
    return value


def rdate(a, b):
    return a + dt.timedelta(days=R.randint(0, max(0, (b - a).days)))


def rts(a, b):
    return a + dt.timedelta(seconds=R.randint(0, max(0, int((b - a).total_seconds()))))


# ---------------------------------------------------------------- identifiers
def ird_number():
    while True:
        n = R.randint(10000000, 149999999)
        base = n // 10
        digits = [int(c) for c in "%08d" % base]
        for wts in ([3, 2, 7, 6, 5, 4, 3, 2], [7, 4, 3, 2, 5, 2, 7, 6]):
            r = sum(a * b for a, b in zip(digits, wts)) % 11
            chk = 0 if r == 0 else 11 - r
            if chk != 10:
                break
        if chk == 10:
            continue
        full = base * 10 + chk
        if not 10000000 < full < 150000000:
            continue
        s = "%d" % full
        if len(s) == 9:
            return "%s-%s-%s" % (s[:3], s[3:6], s[6:])
        return "%s-%s-%s" % (s[:2], s[2:5], s[5:])


NZ_BANKS = [("01", lambda: "%04d" % R.choice([102, 154, 183, 242, 295, 338, 506, 813])),
            ("02", lambda: "%04d" % R.choice([100, 108, 192, 248, 304, 500, 528])),
            ("03", lambda: "%04d" % R.choice([104, 162, 252, 311, 518, 1509, 1702])),
            ("06", lambda: "%04d" % R.choice([101, 193, 249, 501, 985])),
            ("12", lambda: "%04d" % R.choice([3011, 3040, 3066, 3107, 3139, 3191, 3233]))]
W_A = [0, 0, 6, 3, 7, 9, 0, 0, 10, 5, 8, 4, 2, 1, 0, 0, 0, 0]


def nz_bank_account():
    while True:
        bank, br = R.choice(NZ_BANKS)
        branch = br()
        acc7 = [R.randint(0, 9) for _ in range(6)]
        digits = [int(c) for c in bank + branch] + [0] + acc7 + [0] + [0, 0, 0, 0]
        s = sum(a * b for a, b in zip(digits, W_A))
        d = (-s) % 11
        if d == 10:
            continue
        acc = "".join(map(str, acc7)) + str(d)
        suffix = R.choice(["00", "00", "00", "01", "02", "25", "50"])
        return "%s-%s-%s-%s" % (bank, branch, acc, suffix)


def dl_number():
    return "%s%s%06d" % (R.choice("ABCDEFGHJKLMNPRSTW"), R.choice("ABCDEFGHJKLMNPRSTW"), R.randint(0, 999999))


def dl_version():
    return "%03d" % R.randint(1, 400)


def nz_mobile():
    p = R.choice(["021", "021", "022", "027", "027", "029"])
    n = R.randint(1000000, 9999999) if p != "022" else R.randint(1000000, 9999999)
    s = "%07d" % n
    st = R.random()
    if st < 0.6:
        return "%s %s %s" % (p, s[:3], s[3:])
    if st < 0.8:
        return p + s
    return "+64 %s %s %s" % (p[1:], s[:3], s[3:])


def nz_land(area):
    s = "%07d" % R.randint(2000000, 9899999)
    return ("(%s) %s %s" if R.random() < 0.5 else "%s %s %s") % (area, s[:3], s[3:])


B64 = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def argon2_hash():
    salt = "".join(R.choice(B64[2:]) for _ in range(22))
    h = "".join(R.choice(B64[2:]) for _ in range(43))
    return "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (salt, h)


# ---------------------------------------------------------------- names / places
FIRST_M = ["James", "Liam", "Oliver", "Jack", "Noah", "William", "Hemi", "Tama", "Wiremu", "Rawiri", "Nikau", "Manaia",
           "Tevita", "Sione", "Rajesh", "Arjun", "Wei", "Jun", "Daniel", "Matthew", "Ben", "Sam", "Lachlan", "Kahu",
           "Tane", "Mikaere", "George", "Mark", "Stephen", "Craig"]
FIRST_F = ["Charlotte", "Olivia", "Amelia", "Isla", "Sophie", "Emma", "Aroha", "Mere", "Anahera", "Ngaio", "Tui",
           "Kiri", "Moana", "Ana", "Mele", "Priya", "Harpreet", "Mei", "Ying", "Hannah", "Grace", "Jessica", "Rebecca",
           "Hine", "Kaia", "Ruby", "Michelle", "Karen", "Fiona", "Rangi"]
LAST = ["Smith", "Williams", "Brown", "Wilson", "Taylor", "Thompson", "Walker", "Anderson", "Robinson", "Campbell",
        "Ngata", "Parata", "Tipene", "Horomona", "Te Whata", "Walker", "Tamihana", "Rāwiri", "Herewini", "Pōmare",
        "Te Kani", "Fifita", "Tuilagi", "Fa'amausili", "Leota", "Havili", "Patel", "Singh", "Kaur", "Sharma",
        "Chen", "Wang", "Li", "Zhang", "Nguyen", "Kim", "O'Connor", "McDonald", "Fraser", "Stewart", "de Vries",
        "Van der Merwe", "Mackenzie", "Harris", "Clarke"]
# suburb, city, postcode, area code, streets
PLACES = [
    ("Ponsonby", "Auckland", "1011", "09", ["Ponsonby Road", "Jervois Road", "Franklin Road", "Summer Street"]),
    ("Grey Lynn", "Auckland", "1021", "09", ["Great North Road", "Richmond Road", "Tuarangi Road", "Surrey Crescent"]),
    ("Mount Eden", "Auckland", "1024", "09", ["Dominion Road", "Valley Road", "Mount Eden Road", "Bellwood Avenue"]),
    ("Ōtāhuhu", "Auckland", "1062", "09", ["Atkinson Avenue", "Station Road", "Great South Road", "Kōwhai Street"]),
    ("Ōrākei", "Auckland", "1071", "09", ["Kepa Road", "Ngapipi Road", "Coates Avenue"]),
    ("Papatoetoe", "Auckland", "2025", "09", ["Kolmar Road", "Shirley Road", "St George Street", "Pōhutukawa Avenue"]),
    ("Māngere", "Auckland", "2022", "09", ["Bader Drive", "Massey Road", "Ōtuataua Road", "Tui Street"]),
    ("Te Atatū Peninsula", "Auckland", "0610", "09", ["Te Atatū Road", "Harbour View Road", "Rewa Road"]),
    ("Onehunga", "Auckland", "1061", "09", ["Onehunga Mall", "Arthur Street", "Grey Street"]),
    ("Henderson", "Auckland", "0612", "09", ["Lincoln Road", "Rathgar Road", "Rata Street"]),
    ("Te Aro", "Wellington", "6011", "04", ["Cuba Street", "Aro Street", "Ghuznee Street", "Willis Street"]),
    ("Newtown", "Wellington", "6021", "04", ["Riddiford Street", "Constable Street", "Daniell Street"]),
    ("Karori", "Wellington", "6012", "04", ["Karori Road", "Campbell Street", "Donald Street"]),
    ("Petone", "Lower Hutt", "5012", "04", ["Jackson Street", "Buick Street", "Britannia Street"]),
    ("Paraparaumu", "Kāpiti Coast", "5032", "04", ["Kāpiti Road", "Rimu Road", "Mazengarb Road"]),
    ("Hamilton East", "Hamilton", "3216", "07", ["Grey Street", "Clyde Street", "Naylor Street"]),
    ("Mount Maunganui", "Tauranga", "3116", "07", ["Maunganui Road", "Marine Parade", "Totara Street"]),
    ("Pāpāmoa", "Tauranga", "3118", "07", ["Domain Road", "Gravatt Road", "Te Okuroa Drive"]),
    ("Ngongotahā", "Rotorua", "3010", "07", ["Taui Street", "Hall Road", "Western Road"]),
    ("Kensington", "Whangārei", "0112", "09", ["Kamo Road", "Kensington Avenue", "Mill Road"]),
    ("Riccarton", "Christchurch", "8011", "03", ["Riccarton Road", "Clarence Street", "Matai Street East"]),
    ("Sumner", "Christchurch", "8081", "03", ["Esplanade", "Nayland Street", "Wakefield Avenue"]),
    ("North East Valley", "Dunedin", "9010", "03", ["North Road", "Norwood Street", "Selwyn Street"]),
    ("Whakatāne", "Whakatāne", "3120", "07", ["Landing Road", "The Strand", "Kope Drive"]),
]
EMPLOYERS = ["Fonterra", "Auckland Council", "Countdown", "Te Whatu Ora", "Fletcher Building", "Air New Zealand",
             "Ministry of Education", "Spark", "Foodstuffs", "Downer NZ", "Kāinga Ora", "ASB Bank", "Mitre 10",
             "University of Auckland", "self-employed"]
JOBS = ["nurse", "teacher", "builder", "software developer", "retail assistant", "accountant", "electrician",
        "warehouse operator", "student", "chef", "bus driver", "policy analyst", "barista", "caregiver"]


def person(sex=None):
    sex = sex or R.choice("MF")
    return sex, R.choice(FIRST_M if sex == "M" else FIRST_F), R.choice(LAST)


def email_for(first, last):
    tr = str.maketrans("āēīōūĀĒĪŌŪ", "aeiouAEIOU")
    f = first.lower().translate(tr)
    l = last.lower().translate(tr).replace("'", "").replace(" ", "")
    dom = R.choice(["gmail.com", "gmail.com", "xtra.co.nz", "outlook.com", "hotmail.com", "icloud.com", "yahoo.co.nz",
                    "orcon.net.nz", "slingshot.co.nz"])
    pat = R.choice(["{f}.{l}", "{f}{l}", "{f0}{l}", "{f}.{l}{n}", "{f}{n}"])
    return pat.format(f=f, l=l, f0=f[0], n=R.randint(1, 99)) + "@" + dom


def nz_address():
    pl = R.choice(PLACES)
    num = str(R.randint(1, 220))
    if R.random() < 0.2:
        num = "%d/%s" % (R.randint(1, 12), num)
    elif R.random() < 0.1:
        num += R.choice("ABC")
    return dict(street="%s %s" % (num, R.choice(pl[4])), suburb=pl[0], city=pl[1], postcode=pl[2], area=pl[3])


def fmt_addr(a):
    return "%s, %s, %s %s" % (a["street"], a["suburb"], a["city"], a["postcode"])


T_END = dt.datetime(2024, 6, 28, 17, 0)

# ---------------------------------------------------------------- managers, owners, properties
managers = []
for i in range(5):
    sex, f, l = person()
    managers.append(dict(pid="M%d" % i, id=i + 1, first=f, last=l, email="%s.%s@harbourlets.co.nz" % (
        f.lower(), l.lower().replace(" ", "").replace("'", "").translate(str.maketrans("āēīōū", "aeiou"))),
                         mobile=nz_mobile(), role="admin" if i == 0 else "manager", pw=argon2_hash(),
                         username=(f[0] + l).lower().replace(" ", "").replace("'", "").translate(
                             str.maketrans("āēīōū", "aeiou")),
                         last_login=rts(dt.datetime(2024, 6, 1), T_END)))

owners = []
for i in range(22):
    kind = R.choices(["individual", "company", "trust"], [70, 18, 12])[0]
    sex, f, l = person()
    o = dict(pid="W%d" % i, id=200 + i, kind=kind, cfirst=f, clast=l, email=email_for(f, l), phone=nz_mobile(),
             addr=nz_address(), bank=nz_bank_account(), created=rts(dt.datetime(2016, 1, 1), dt.datetime(2023, 12, 1)))
    if kind == "individual":
        o["name"] = "%s %s" % (f, l)
        o["ird"] = ird_number()
    elif kind == "company":
        o["name"] = R.choice(["Harbourview Holdings Ltd", "Kauri Property Investments Ltd", "Tōtara Rentals Ltd",
                              "Southern Cross Residential Ltd", "Pōhutukawa Capital Ltd", "Bluefin Estates Ltd"])
        o["ird"] = None
        o["email"] = "accounts@%s.co.nz" % o["name"].split()[0].lower().translate(str.maketrans("ōū", "ou"))
    else:
        o["name"] = "%s Family Trust" % l
        o["ird"] = None
    owners.append(o)

properties = []
for i in range(30):
    o = owners[i] if i < len(owners) else R.choice(owners)
    a = nz_address()
    properties.append(dict(id=i + 1, ref="P%04d" % (i * 3 + 11), owner=o, mgr=R.choice(managers), addr=a,
                           beds=R.choice([1, 2, 2, 3, 3, 3, 4, 5]), baths=R.choice([1, 1, 2]),
                           rent=R.choice(range(420, 960, 5)), hh=R.random() < 0.85, tenancies=[]))

# ---------------------------------------------------------------- applications (some become tenancies)
apps = []
tenants = {}
guarantors = []
emergency = []
refs = []
app_seq = 1000
for prop in properties:
    # history: up to 2 tenancies per property, each preceded by applications for it
    t_start = rdate(dt.date(2020, 3, 1), dt.date(2022, 6, 1))
    for k in range(R.choice([1, 1, 2])):
        if t_start > dt.date(2024, 6, 1):
            break
        n_apps = R.choice([1, 1, 2, 2, 3])
        winner = R.randrange(n_apps)
        for j in range(n_apps):
            app_seq += R.randint(1, 4)
            submitted = dt.datetime.combine(t_start - dt.timedelta(days=R.randint(10, 35)),
                                            dt.time(R.randint(7, 23), R.randint(0, 59), R.randint(0, 59)))
            n_people = R.choices([1, 2, 3], [50, 38, 12])[0]
            people = []
            for m in range(n_people):
                sex, f, l = person()
                if m == 1 and R.random() < 0.5:
                    l = people[0]["last"]
                pid = "T%d_%d" % (app_seq, m)
                dob = rdate(dt.date(1958, 1, 1), dt.date(2005, 1, 1))
                idoc = ({"type": "nz_drivers_licence", "number": dl_number(), "version": dl_version()}
                        if R.random() < 0.8 else
                        {"type": "passport", "number": "%s%06d" % (R.choice(["LA", "LB", "LC", "RA"]), R.randint(0, 999999)),
                         "country": R.choice(["NZL", "NZL", "AUS", "IND", "GBR", "TON", "WSM"])})
                people.append(dict(pid=pid, sex=sex, first=f, last=l, email=email_for(f, l), phone=nz_mobile(),
                                   dob=dob, addr=nz_address(), idoc=idoc,
                                   employer=R.choice(EMPLOYERS), job=R.choice(JOBS),
                                   income=R.choice(range(38000, 140000, 500)),
                                   smoker=R.random() < 0.08))
            # previous landlord / employer reference for the lead applicant
            ref = None
            if R.random() < 0.45:
                _, rf, rl = person()
                ref = dict(pid="REF%d" % app_seq, name="%s %s" % (rf, rl), phone=R.choice([nz_mobile(), nz_land(people[0]["addr"]["area"])]),
                           relationship=R.choice(["previous landlord", "previous landlord", "employer", "property manager"]))
                refs.append(ref)
            status = "approved" if j == winner else R.choice(["declined", "declined", "withdrawn"])
            app = dict(id="APP-%d-%05d" % (submitted.year, app_seq), prop=prop, submitted=submitted, status=status,
                       people=people, ref=ref, source=R.choice(["trademe", "trademe", "realestate.co.nz", "website"]),
                       pets=R.choice([[], [], [], [{"type": "cat", "name": R.choice(["Miso", "Kūmara", "Pixel", "Whiskers"])}],
                                      [{"type": "dog", "name": R.choice(["Kiwi", "Bella", "Māui", "Toby"]), "breed": "Labrador"}]]),
                       ip="%d.%d.%d.%d" % (R.choice([122, 125, 202, 203, 114, 115, 49, 121]), R.randint(0, 255),
                                           R.randint(0, 255), R.randint(1, 254)),
                       ua=R.choice([
                           "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
                           "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Mobile Safari/537.36",
                           "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
                           "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15"]))
            apps.append(app)
            if status == "approved":
                end = t_start + dt.timedelta(days=R.randint(300, 1100))
                active = end > dt.date(2024, 6, 28) and k == 0 or (k == 1)
                if active:
                    end = None
                ten = dict(id=len([t for p_ in properties for t in p_["tenancies"]]) + 3001, prop=prop, start=t_start,
                           end=end, rent=prop["rent"] - R.choice([0, 0, 20, 40, 60]),
                           bond=None, bond_no="%08d" % R.randint(10000000, 29999999), people=people,
                           status="active" if end is None else "ended")
                ten["bond"] = ten["rent"] * 4
                prop["tenancies"].append(ten)
                for pp in people:
                    pp["tenant_id"] = 5000 + len(tenants) + 1
                    pp["bank"] = nz_bank_account() if R.random() < 0.7 else None
                    pp["created"] = submitted + dt.timedelta(days=R.randint(2, 9), seconds=R.randint(0, 40000))
                    if R.random() < 0.6:
                        es, ef, el = person()
                        pp["emerg"] = dict(pid="E" + pp["pid"], name="%s %s" % (ef, el if R.random() < 0.5 else pp["last"]),
                                           phone=nz_mobile(), rel=R.choice(["mother", "father", "partner", "sister",
                                                                            "brother", "friend", "aunty"]))
                        emergency.append(pp["emerg"])
                    else:
                        pp["emerg"] = None
                    pp["preferred"] = R.choice([None, None, None, pp["first"][:3]]) if len(pp["first"]) > 4 else None
                    tenants[pp["pid"]] = pp
                if R.random() < 0.3:
                    gs, gf, gl = person()
                    lead = people[0]
                    guarantors.append(dict(pid="G%d" % ten["id"], id=len(guarantors) + 1, tenancy=ten, tenant=lead,
                                           name="%s %s" % (gf, gl if R.random() < 0.4 else lead["last"]),
                                           rel=R.choice(["parent", "parent", "relative", "employer", "friend"]),
                                           email=email_for(gf, gl), phone=nz_mobile(), addr=nz_address(),
                                           dob=rdate(dt.date(1950, 1, 1), dt.date(1985, 1, 1)), dl=dl_number(),
                                           employer=R.choice(EMPLOYERS)))
                t_start = (end or dt.date(2024, 6, 28)) + dt.timedelta(days=R.randint(7, 40))
apps.sort(key=lambda a: a["submitted"])
_seq = 1017
for a in apps:
    _seq += R.randint(1, 6)
    a["id"] = "APP-%d-%05d" % (a["submitted"].year, _seq)

# ---------------------------------------------------------------- pm_db.sql (pg_dump)
F_SQL = "pm_db.sql"


def cv(v):
    if v is None:
        return "\\N"
    if isinstance(v, bool):
        return "t" if v else "f"
    if isinstance(v, dt.datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S+12")
    if isinstance(v, dt.date):
        return v.isoformat()
    return str(v).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


out = io.StringIO()
w = out.write
w("""--
-- PostgreSQL database dump
--

-- Dumped from database version 15.6
-- Dumped by pg_dump version 15.6 (Ubuntu 15.6-1.pgdg22.04+1)

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

SET default_tablespace = '';

SET default_table_access_method = heap;

""")
DDL = {
    "staff": """    staff_id integer NOT NULL,
    first_name text NOT NULL,
    last_name text NOT NULL,
    email text NOT NULL,
    mobile text,
    username text NOT NULL,
    password_hash text NOT NULL,
    portal_role text DEFAULT 'manager'::text NOT NULL,
    last_login_at timestamp with time zone""",
    "owners": """    owner_id integer NOT NULL,
    owner_type text NOT NULL,
    legal_name text NOT NULL,
    contact_first_name text,
    contact_last_name text,
    email text,
    phone text,
    postal_address text,
    disbursement_account text,
    ird_number text,
    gst_registered boolean DEFAULT false NOT NULL,
    management_fee_pct numeric(4,2) NOT NULL,
    created_at timestamp with time zone NOT NULL""",
    "properties": """    property_id integer NOT NULL,
    property_ref text NOT NULL,
    owner_id integer NOT NULL,
    manager_id integer,
    street_address text NOT NULL,
    suburb text NOT NULL,
    city text NOT NULL,
    postcode character(4) NOT NULL,
    bedrooms smallint,
    bathrooms smallint,
    advertised_rent_weekly numeric(8,2),
    healthy_homes_compliant boolean DEFAULT false NOT NULL""",
    "tenancies": """    tenancy_id integer NOT NULL,
    property_id integer NOT NULL,
    start_date date NOT NULL,
    end_date date,
    rent_weekly numeric(8,2) NOT NULL,
    bond_amount numeric(8,2) NOT NULL,
    bond_lodgement_no text,
    status text NOT NULL""",
    "tenants": """    tenant_id integer NOT NULL,
    first_name text NOT NULL,
    last_name text NOT NULL,
    preferred_name text,
    email text,
    mobile text,
    date_of_birth date,
    drivers_licence_no text,
    drivers_licence_version text,
    passport_no text,
    previous_address text,
    bond_refund_account text,
    emergency_contact_name text,
    emergency_contact_phone text,
    emergency_contact_relationship text,
    created_at timestamp with time zone NOT NULL""",
    "tenancy_tenants": """    tenancy_id integer NOT NULL,
    tenant_id integer NOT NULL,
    is_primary boolean DEFAULT false NOT NULL""",
    "guarantors": """    guarantor_id integer NOT NULL,
    tenancy_id integer NOT NULL,
    tenant_id integer NOT NULL,
    full_name text NOT NULL,
    relationship text,
    email text,
    phone text,
    address text,
    date_of_birth date,
    drivers_licence_no text,
    employer text""",
    "rent_ledger": """    entry_id bigint NOT NULL,
    tenancy_id integer NOT NULL,
    entry_date date NOT NULL,
    entry_type text NOT NULL,
    description text,
    debit numeric(10,2),
    credit numeric(10,2),
    balance numeric(10,2) NOT NULL,
    payer_name text,
    bank_reference text""",
}
COLS = {t: [ln.strip().split()[0] for ln in b.split(",\n")] for t, b in DDL.items()}
for t, b in DDL.items():
    w("--\n-- Name: %s; Type: TABLE; Schema: public; Owner: harbourlets\n--\n\n" % t)
    w("CREATE TABLE public.%s (\n%s\n);\n\n\nALTER TABLE public.%s OWNER TO harbourlets;\n\n" % (t, b, t))


def copy(t, rows):
    w("--\n-- Data for Name: %s; Type: TABLE DATA; Schema: public; Owner: harbourlets\n--\n\n" % t)
    w("COPY public.%s (%s) FROM stdin;\n" % (t, ", ".join(COLS[t])))
    for r in rows:
        w("\t".join(cv(v) for v in r) + "\n")
    w("\\.\n\n\n")


copy("staff", [[m["id"],
                put(F_SQL, "staff.first_name", m["pid"], "name", m["first"]),
                put(F_SQL, "staff.last_name", m["pid"], "name", m["last"]),
                put(F_SQL, "staff.email", m["pid"], "email", m["email"]),
                put(F_SQL, "staff.mobile", m["pid"], "phone", m["mobile"]),
                put(F_SQL, "staff.username", m["pid"], "username", m["username"]),
                put(F_SQL, "staff.password_hash", m["pid"], "password", m["pw"]),
                put(F_SQL, "staff.portal_role", m["pid"], "account_type", m["role"]),
                put(F_SQL, "staff.last_login_at", m["pid"], "activity", m["last_login"])] for m in managers])
rows = []
for o in owners:
    p = o["pid"]
    indiv = o["kind"] == "individual"
    own = p if indiv else None            # postal address / account / email of a company or trust are not the contact's
    rows.append([o["id"], o["kind"],
                 put(F_SQL, "owners.legal_name", p if indiv else None, "name", o["name"]) if indiv else o["name"],
                 put(F_SQL, "owners.contact_first_name", p, "name", o["cfirst"]),
                 put(F_SQL, "owners.contact_last_name", p, "name", o["clast"]),
                 put(F_SQL, "owners.email", p if o["kind"] != "company" else None, "email", o["email"]),
                 put(F_SQL, "owners.phone", p, "phone", o["phone"]),
                 put(F_SQL, "owners.postal_address", own, "location", fmt_addr(o["addr"])),
                 put(F_SQL, "owners.disbursement_account", own, "bank_account", o["bank"]),
                 put(F_SQL, "owners.ird_number", p, "government_id", o["ird"]),
                 o["kind"] != "individual" or R.random() < 0.2, R.choice(["7.50", "8.00", "8.50", "9.00"]),
                 put(F_SQL, "owners.created_at", p, "activity", o["created"])])
copy("owners", rows)
rows = []
for pr in properties:
    occupants = [pp["pid"] for t in pr["tenancies"] for pp in t["people"]]
    a = pr["addr"]
    rows.append([pr["id"], pr["ref"], pr["owner"]["id"], pr["mgr"]["id"],
                 put(F_SQL, "properties.street_address", occupants, "location", a["street"]),
                 a["suburb"], a["city"], a["postcode"],
                 pr["beds"], pr["baths"], "%.2f" % pr["rent"], pr["hh"]])
    pr["addr_full"] = fmt_addr(a)
copy("properties", rows)
all_ten = sorted([t for pr in properties for t in pr["tenancies"]], key=lambda t: t["id"])
copy("tenancies", [[t["id"], t["prop"]["id"], t["start"], t["end"], "%.2f" % t["rent"], "%.2f" % t["bond"],
                    t["bond_no"], t["status"]] for t in all_ten])
rows = []
for pp in sorted(tenants.values(), key=lambda x: x["tenant_id"]):
    p = pp["pid"]
    dl = pp["idoc"]["number"] if pp["idoc"]["type"] == "nz_drivers_licence" else None
    dlv = pp["idoc"]["version"] if dl else None
    pas = pp["idoc"]["number"] if not dl else None
    e = pp["emerg"]
    rows.append([pp["tenant_id"],
                 put(F_SQL, "tenants.first_name", p, "name", pp["first"]),
                 put(F_SQL, "tenants.last_name", p, "name", pp["last"]),
                 put(F_SQL, "tenants.preferred_name", p, "name", pp["preferred"]),
                 put(F_SQL, "tenants.email", p, "email", pp["email"]),
                 put(F_SQL, "tenants.mobile", p, "phone", pp["phone"]),
                 put(F_SQL, "tenants.date_of_birth", p, "date_of_birth", pp["dob"]),
                 put(F_SQL, "tenants.drivers_licence_no", p, "government_id", dl),
                 dlv,
                 put(F_SQL, "tenants.passport_no", p, "government_id", pas),
                 put(F_SQL, "tenants.previous_address", p, "location", fmt_addr(pp["addr"])),
                 put(F_SQL, "tenants.bond_refund_account", p, "bank_account", pp["bank"]),
                 put(F_SQL, "tenants.emergency_contact_name", e["pid"] if e else None, "name", e["name"] if e else None),
                 put(F_SQL, "tenants.emergency_contact_phone", e["pid"] if e else None, "phone", e["phone"] if e else None),
                 e["rel"] if e else None,
                 put(F_SQL, "tenants.created_at", p, "activity", pp["created"])])
copy("tenants", rows)
copy("tenancy_tenants", [[t["id"], pp["tenant_id"], i == 0] for t in all_ten for i, pp in enumerate(t["people"])])
copy("guarantors", [[g["id"], g["tenancy"]["id"], g["tenant"]["tenant_id"],
                     put(F_SQL, "guarantors.full_name", g["pid"], "name", g["name"]), g["rel"],
                     put(F_SQL, "guarantors.email", g["pid"], "email", g["email"]),
                     put(F_SQL, "guarantors.phone", g["pid"], "phone", g["phone"]),
                     put(F_SQL, "guarantors.address", g["pid"], "location", fmt_addr(g["addr"])),
                     put(F_SQL, "guarantors.date_of_birth", g["pid"], "date_of_birth", g["dob"]),
                     put(F_SQL, "guarantors.drivers_licence_no", g["pid"], "government_id", g["dl"]),
                     g["employer"]] for g in guarantors])
rows = []
eid = 900000
for t in all_ten:
    lead = t["people"][0]
    bal = 0.0
    d = max(t["start"], dt.date(2023, 7, 1))
    end = t["end"] or dt.date(2024, 6, 28)
    winz = R.random() < 0.15
    payer = "MSD/WINZ" if winz else ("%s %s %s" % (lead["first"][0], (R.choice("AJKMRS") + " ") if R.random() < 0.4 else "",
                                                   lead["last"])).upper().replace("  ", " ")
    if d == t["start"]:
        eid += 1
        rows.append([eid, t["id"], d, "BOND", "Bond lodged with Tenancy Services (%s)" % t["bond_no"], None,
                     "%.2f" % t["bond"], "0.00", None, None])
    while d <= end:
        eid += 1
        bal -= t["rent"]
        rows.append([eid, t["id"], d, "RENT_DUE", "Rent %s to %s" % (d.strftime("%d/%m"), (d + dt.timedelta(days=6)).strftime("%d/%m")),
                     "%.2f" % t["rent"], None, "%.2f" % bal, None, None])
        if R.random() < 0.94:
            eid += 1
            pd = d + dt.timedelta(days=R.choice([0, 0, 1, 2, 3]))
            amt = t["rent"] if R.random() < 0.9 else t["rent"] - R.choice([50, 100])
            bal += amt
            rows.append([eid, t["id"], pd, "PAYMENT", "Automatic payment received", None, "%.2f" % amt, "%.2f" % bal,
                         put(F_SQL, "rent_ledger.payer_name", None if winz else lead["pid"], "name", payer),
                         "RENT %s" % t["prop"]["ref"]])
            if not winz:
                mark(lead["pid"], "activity")
        d += dt.timedelta(days=7)
_addcat(FIELDS[F_SQL], "rent_ledger.entry_date", "activity")
copy("rent_ledger", rows)
for t in DDL:
    if t == "tenancy_tenants":
        continue
    w("ALTER TABLE ONLY public.%s\n    ADD CONSTRAINT %s_pkey PRIMARY KEY (%s);\n\n\n" % (t, t, COLS[t][0]))
for child, col, parent, pcol in [("properties", "owner_id", "owners", "owner_id"),
                                 ("properties", "manager_id", "staff", "staff_id"),
                                 ("tenancies", "property_id", "properties", "property_id"),
                                 ("tenancy_tenants", "tenancy_id", "tenancies", "tenancy_id"),
                                 ("tenancy_tenants", "tenant_id", "tenants", "tenant_id"),
                                 ("guarantors", "tenant_id", "tenants", "tenant_id"),
                                 ("rent_ledger", "tenancy_id", "tenancies", "tenancy_id")]:
    w("ALTER TABLE ONLY public.%s\n    ADD CONSTRAINT %s_%s_fkey FOREIGN KEY (%s) REFERENCES public.%s(%s);\n\n\n"
      % (child, child, col, col, parent, pcol))
w("--\n-- PostgreSQL database dump complete\n--\n\n")

# ---------------------------------------------------------------- applications.ndjson
F_ND = "applications.ndjson"
lines = []
for a in apps:
    lead = a["people"][0]["pid"]
    apl = []
    for pp in a["people"]:
        p = pp["pid"]
        fp = "applicants."
        doc = dict(pp["idoc"])
        doc["number"] = put(F_ND, fp + "id_document.number", p, "government_id", doc["number"])
        apl.append({
            "first_name": put(F_ND, fp + "first_name", p, "name", pp["first"]),
            "last_name": put(F_ND, fp + "last_name", p, "name", pp["last"]),
            "email": put(F_ND, fp + "email", p, "email", pp["email"]),
            "phone": put(F_ND, fp + "phone", p, "phone", pp["phone"]),
            "date_of_birth": put(F_ND, fp + "date_of_birth", p, "date_of_birth", pp["dob"].isoformat()),
            "current_address": {
                "street": put(F_ND, fp + "current_address.street", p, "location", pp["addr"]["street"]),
                "suburb": put(F_ND, fp + "current_address.suburb", p, "location", pp["addr"]["suburb"]),
                "city": put(F_ND, fp + "current_address.city", p, "location", pp["addr"]["city"]),
                "postcode": put(F_ND, fp + "current_address.postcode", p, "location", pp["addr"]["postcode"]),
            },
            "id_document": doc,
            "employment": {"employer": pp["employer"], "job_title": pp["job"], "annual_income_nzd": pp["income"]},
            "smoker": pp["smoker"],
        })
    rec = {"application_id": a["id"], "property_ref": a["prop"]["ref"],
           "submitted_at": put(F_ND, "submitted_at", lead, "activity", a["submitted"].strftime("%Y-%m-%dT%H:%M:%S+12:00")),
           "source": a["source"], "status": a["status"], "applicants": apl,
           "references": [], "pets": a["pets"],
           "meta": {"ip": put(F_ND, "meta.ip", lead, "ip_address", a["ip"]),
                    "user_agent": put(F_ND, "meta.user_agent", lead, "device", a["ua"]),
                    "form_version": "2023.4"}}
    if a["ref"]:
        r = a["ref"]
        rec["references"].append({"name": put(F_ND, "references.name", r["pid"], "name", r["name"]),
                                  "phone": put(F_ND, "references.phone", r["pid"], "phone", r["phone"]),
                                  "relationship": r["relationship"]})
    lines.append(json.dumps(rec, ensure_ascii=False))

# ---------------------------------------------------------------- owner statements CSV
F_OS = "owner_statements_2024-06.csv"
os_rows = []
for o in owners:
    props = [p for p in properties if p["owner"] is o]
    for pr in props:
        act = [t for t in pr["tenancies"] if t["status"] == "active"]
        if not act:
            continue
        rent = act[0]["rent"] * 4
        fee = round(rent * 0.085, 2)
        gst = round(fee * 0.15, 2)
        indiv = o["kind"] == "individual"
        os_rows.append(["2024-06-30", "OWN%04d" % o["id"],
                        put(F_OS, "Owner Name", o["pid"] if indiv else None, "name", o["name"]) if indiv else o["name"],
                        put(F_OS, "Payee Account", o["pid"] if indiv else None, "bank_account", o["bank"]),
                        pr["ref"], "%.2f" % rent, "%.2f" % fee, "%.2f" % gst, "%.2f" % (rent - fee - gst),
                        "HL-%06d" % R.randint(100000, 999999)])

# ---------------------------------------------------------------- write files
if os.path.isdir(DATA):
    shutil.rmtree(DATA)
os.makedirs(DATA)
with open(os.path.join(DATA, F_SQL), "w", encoding="utf-8") as f:
    f.write(out.getvalue())
with open(os.path.join(DATA, F_ND), "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
with open(os.path.join(DATA, F_OS), "w", encoding="utf-8", newline="") as f:
    cw = csv.writer(f, lineterminator="\n")
    cw.writerow(["Statement Date", "Owner Ref", "Owner Name", "Payee Account", "Property Ref", "Rent Collected",
                 "Management Fee", "GST", "Net Paid", "Batch Ref"])
    cw.writerows(os_rows)
F_ENV = ".env"
with open(os.path.join(DATA, F_ENV), "w", encoding="utf-8") as f:
    f.write("""# harbourlets portal - production
NODE_ENV=production
PORT=3000
DATABASE_URL=postgres://harbourlets:K0whai-Tree-88!@db.prod.harbourlets.internal:5432/pm
REDIS_URL=redis://:b7Qm2pXv9LrT4sWz@cache.prod.harbourlets.internal:6379/0
SESSION_SECRET=6f1d2b8e9a0c47e3b5d1f8a2c6e9b0d4f7a3c1e5b9d2f6a8
JWT_SIGNING_KEY=hl_jwt_9XkP2mQv7RtL4sWn8ZbY3cJd6FgH1aE5
TENANCY_SERVICES_API_BASE=https://api.business.govt.nz/gateway/tenancy-services/bonds/v1
TENANCY_SERVICES_API_KEY=8c2f5e1a7b9d4036a1e8f2c5b7d9e0a3
POLI_MERCHANT_CODE=SS64005123
POLI_AUTH_CODE=Wq3#nV8zLp2@kT6m
SENDGRID_API_KEY=SG.k2VfP9xQRmS7tLwN3yZbHa.Jd8cE1gU6oI4pA0sT5vX2nB7mK9qW3eR6yL1zC4hF8
TWILIO_ACCOUNT_SID=AC5e8a1d3f7b2c9e4a6d0f1b8c3e7a9d2f
TWILIO_AUTH_TOKEN=3b9e1f7a5c2d8e0b6a4f9c1d7e3b5a08
S3_BUCKET=harbourlets-documents-prod
AWS_ACCESS_KEY_ID=AKIA4XQ7N2HLRZP3KW6B
AWS_SECRET_ACCESS_KEY=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
TRADEME_OAUTH_CONSUMER_KEY=E1A4C7B2D9F3068A5C1E7B4D2F9A6C3E
TRADEME_OAUTH_CONSUMER_SECRET=0B7D3F9A1C5E8B2D6F4A0C7E3B9D1F5A
LOG_LEVEL=info
""")
TEXT[F_ENV].add("secret")
F_SUB = "suburbs.csv"
with open(os.path.join(DATA, F_SUB), "w", encoding="utf-8", newline="") as f:
    cw = csv.writer(f, lineterminator="\n")
    cw.writerow(["suburb", "town_city", "territorial_authority", "region", "postcode", "latitude", "longitude",
                 "median_weekly_rent_3br"])
    TA = {"Auckland": ("Auckland", "Auckland"), "Wellington": ("Wellington City", "Wellington"),
          "Lower Hutt": ("Hutt City", "Wellington"), "Kāpiti Coast": ("Kāpiti Coast District", "Wellington"),
          "Hamilton": ("Hamilton City", "Waikato"), "Tauranga": ("Tauranga City", "Bay of Plenty"),
          "Rotorua": ("Rotorua Lakes District", "Bay of Plenty"), "Whangārei": ("Whangārei District", "Northland"),
          "Christchurch": ("Christchurch City", "Canterbury"), "Dunedin": ("Dunedin City", "Otago"),
          "Whakatāne": ("Whakatāne District", "Bay of Plenty")}
    COORD = {"Ponsonby": (-36.8556, 174.7436), "Grey Lynn": (-36.8627, 174.7356), "Mount Eden": (-36.8833, 174.7565),
             "Ōtāhuhu": (-36.9445, 174.8405), "Ōrākei": (-36.8605, 174.8098), "Papatoetoe": (-36.9781, 174.8498),
             "Māngere": (-36.9680, 174.7990), "Te Atatū Peninsula": (-36.8336, 174.6537), "Onehunga": (-36.9234, 174.7847),
             "Henderson": (-36.8792, 174.6317), "Te Aro": (-41.2950, 174.7740), "Newtown": (-41.3120, 174.7790),
             "Karori": (-41.2830, 174.7390), "Petone": (-41.2270, 174.8700), "Paraparaumu": (-40.9150, 175.0080),
             "Hamilton East": (-37.7930, 175.2960), "Mount Maunganui": (-37.6410, 176.1860), "Pāpāmoa": (-37.7010, 176.2860),
             "Ngongotahā": (-38.0830, 176.2100), "Kensington": (-35.7130, 174.3190), "Riccarton": (-43.5310, 172.5960),
             "Sumner": (-43.5690, 172.7590), "North East Valley": (-45.8500, 170.5200), "Whakatāne": (-37.9530, 176.9900)}
    for sub, city, pc, _, _ in PLACES:
        ta, reg = TA[city]
        lat, lon = COORD[sub]
        cw.writerow([sub, city, ta, reg, pc, "%.4f" % lat, "%.4f" % lon, R.choice(range(520, 900, 10))])


# ---------------------------------------------------------------- truth
def TEXT_CATS():
    cats = set()
    for v in TEXT.values():
        cats |= set(v)
    for flds in FIELDS.values():
        for c in flds.values():
            cats |= {c} if isinstance(c, str) else set(c)
    return cats


applicants_all = {pp["pid"] for a in apps for pp in a["people"]}
truth = {
    "brief": ("'Harbour Lets', a New Zealand residential property-management company (English with Māori place and "
              "personal names). pg_dump of the property-management database (staff, owners with IRD numbers and "
              "disbursement bank accounts, properties, tenancies, tenants with NZ driver-licence or passport numbers "
              "and emergency contacts, guarantors who are other people, tenancy_tenants join table, weekly rent "
              "ledger), an NDJSON export of tenancy applications with nested applicants arrays and references, a "
              "monthly owner-statement CSV, the portal's .env, and a suburb gazetteer (control)."),
    "people": len(PEOPLE),
    "people_by_category": {k: len(BYCAT.get(k, ())) for k in sorted(set(BYCAT) | TEXT_CATS())},
    "fields": {k: dict(sorted(v.items())) for k, v in FIELDS.items()},
    "text": {k: sorted(v) for k, v in TEXT.items()},
    "controls": [F_SUB],
    "ambiguous": {},
    "lookalikes": {
        F_SQL: {"tenancies.bond_lodgement_no": "8-digit Tenancy Services bond numbers",
                "tenants.drivers_licence_version": "3-digit licence card version numbers",
                "tenancies.start_date": "tenancy start dates", "tenancies.end_date": "tenancy end dates",
                "properties.property_ref": "property references", "rent_ledger.bank_reference": "RENT Pnnnn references", "owners.management_fee_pct": "percentages",
                "properties.suburb": "suburb of a rental property (place)", "properties.city": "city of a property",
                "properties.postcode": "postcode of a property"},
        F_ND: {"pets.name": "pet names", "applicants.id_document.type": "document type enum",
               "applicants.employment.annual_income_nzd": "incomes", "application_id": "application ids",
               "applicants.employment.employer": "employer organisations"},
        F_OS: {"Batch Ref": "disbursement batch refs", "Owner Ref": "owner refs"},
    },
    "notes": (
        "people = %d staff + %d owners/owner contacts + %d applicants (of whom %d became tenants) + %d emergency "
        "contacts (only in tenants.emergency_contact_*) + %d guarantors + %d references (only in applications). "
        "properties.street_address is listed as location and counted for the tenants who lived there; suburb/city/"
        "postcode of properties are treated as place data (lookalikes). For company/trust owners the legal name, "
        "postal address, email (company) and disbursement account are the entity's, not the contact's, so they are "
        "not counted as personal data of the contact (fields still listed because individual owners fill them). "
        "rent_ledger.entry_date is counted as activity of the lead tenant (their rent payments); payer_name is the "
        "bank-statement payer (MSD/WINZ for benefit-paid rent, not counted). applications.ndjson meta.ip/user_agent "
        "and submitted_at belong to the lead applicant (first in applicants)." % (
            len(managers), len(owners), len(applicants_all), len(tenants), len(emergency), len(guarantors), len(refs))),
}
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=2)
print(json.dumps({"people": truth["people"], "by_cat": truth["people_by_category"]}, ensure_ascii=False))
