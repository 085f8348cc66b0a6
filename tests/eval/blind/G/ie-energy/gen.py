#!/usr/bin/env python3
"""Blind evaluation dump G/ie-energy: billing vendor of an Irish electricity supplier.

Deterministic (seeded). Writes data/ and truth.json next to this script.
Standard library only.
"""
import csv
import datetime as dt
import io
import json
import os
import random
import shutil
from collections import defaultdict

SEED = 20240611
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
    """Record that `value` of category `cat` belonging to person `pid` is written to fname/field."""
    if value is None or value == "":
        return value
    _addcat(FIELDS[fname], field, cat)
    mark(pid, cat)
    return value


def text(fname, pid, cat):
    TEXT[fname].add(cat)
    if pid is not None:
        mark(pid, cat)


# ---------------------------------------------------------------- identifiers
def pps_number():
    digits = [R.randint(0, 9) for _ in range(7)]
    second = R.choice(["", "", "A", "A", "A", "B", "H", "W"]) if True else ""
    val2 = {"": 0, "W": 0, "A": 1, "B": 2, "H": 8}[second]
    s = sum(d * (8 - i) for i, d in enumerate(digits)) + 9 * val2
    check = "WABCDEFGHIJKLMNOPQRSTUV"[s % 23]
    return "".join(map(str, digits)) + check + second


def iban_check(country, bban):
    rearr = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    return "%02d" % (98 - int(num) % 97)


IE_BANKS = [("AIBK", "93", "AIBKIE2D"), ("BOFI", "90", "BOFIIE2D"), ("IPBS", "99", "IPBSIE2D"),
            ("ULSB", "98", "ULSBIE2D"), ("AIBK", "93", "AIBKIE2D"), ("BOFI", "90", "BOFIIE2D")]


def ie_iban():
    code, sortp, bic = R.choice(IE_BANKS)
    bban = code + sortp + "%04d" % R.randint(0, 9999) + "%08d" % R.randint(10000000, 99999999)
    return "IE" + iban_check("IE", bban) + bban, bic


def spaced(iban):
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


EIR_CHARS = "0123456789ACDEFHKNPRTVWXY"


def eircode(key):
    first = R.choice("ACDEFHKNPRTVWXY")
    return key + " " + first + "".join(R.choice(EIR_CHARS) for _ in range(3))


def mobile():
    p = R.choice(["083", "085", "086", "087", "087", "089", "086"])
    n = "%07d" % R.randint(1000000, 9999999)
    style = R.random()
    if style < 0.55:
        return "%s %s %s" % (p, n[:3], n[3:])
    if style < 0.8:
        return p + n
    return "+353 %s %s %s" % (p[1:], n[:3], n[3:])


def landline(area):
    n = "%07d" % R.randint(2000000, 9999999)
    if area == "01":
        return "(01) %s %s" % (n[:3], n[3:])
    return "%s %s %s" % (area, n[:3], n[3:7][: 4 if len(area) == 3 else 4])


B64 = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def bcrypt_hash():
    return "$2b$12$" + "".join(R.choice(B64) for _ in range(53))


def rdate(a, b):
    return a + dt.timedelta(days=R.randint(0, (b - a).days))


def rts(a, b):
    span = max(0, int((b - a).total_seconds()))
    return a + dt.timedelta(seconds=R.randint(0, span))


# ---------------------------------------------------------------- name and place lists
FIRST_M = ["Seán", "Pádraig", "Ciarán", "Conor", "Darragh", "Eoin", "Cian", "Oisín", "Liam", "Michael",
           "John", "Declan", "Colm", "Fionn", "Tadhg", "Brian", "Niall", "Dónal", "Rory", "Kevin", "Paul",
           "Séamus", "Cathal", "Diarmuid", "Tomás", "Peter", "Gerard", "Aidan", "Shane", "Piotr", "Tomasz"]
FIRST_F = ["Aoife", "Siobhán", "Niamh", "Caoimhe", "Saoirse", "Róisín", "Orla", "Gráinne", "Sinéad", "Máire",
           "Emma", "Sarah", "Mary", "Ciara", "Clodagh", "Éabha", "Aisling", "Deirdre", "Bríd", "Nuala",
           "Áine", "Méabh", "Catherine", "Margaret", "Laura", "Eimear", "Ana", "Agnieszka"]
GA_GIVEN = {"John": "Seán", "Michael": "Mícheál", "Mary": "Máire", "Peter": "Peadar", "Kevin": "Caoimhín",
            "Paul": "Pól", "Gerard": "Gearóid", "Catherine": "Caitríona", "Margaret": "Mairéad",
            "Sarah": "Sorcha", "Emma": "Eimear", "Laura": "Labhaoise", "Brian": "Brian"}
SURNAMES = [("Murphy", "Ó Murchú"), ("Kelly", "Ó Ceallaigh"), ("O'Sullivan", "Ó Súilleabháin"),
            ("Walsh", "Breathnach"), ("O'Brien", "Ó Briain"), ("Byrne", "Ó Broin"), ("Ryan", "Ó Riain"),
            ("O'Connor", "Ó Conchúir"), ("O'Neill", "Ó Néill"), ("Doyle", "Ó Dubhghaill"),
            ("McCarthy", "Mac Cárthaigh"), ("Gallagher", "Ó Gallchobhair"), ("Doherty", "Ó Dochartaigh"),
            ("Kennedy", "Ó Cinnéide"), ("Lynch", "Ó Loingsigh"), ("Murray", "Ó Muirí"), ("Quinn", "Ó Cuinn"),
            ("Moore", "Ó Mórdha"), ("McLoughlin", "Mac Lochlainn"), ("Carroll", "Ó Cearbhaill"),
            ("Connolly", "Ó Conghaile"), ("Daly", "Ó Dálaigh"), ("Brennan", "Ó Braonáin"),
            ("Burke", "de Búrca"), ("Collins", "Ó Coileáin"), ("Clarke", "Ó Cléirigh"), ("Nolan", "Ó Nualláin"),
            ("Fitzgerald", "Mac Gearailt"), ("Keane", "Ó Catháin"), ("Flanagan", "Ó Flannagáin"),
            ("Mac Giolla Phádraig", "Mac Giolla Phádraig"), ("Ó Sé", "Ó Sé"), ("Kowalski", None),
            ("Nowak", None), ("Silva", None), ("Farrell", "Ó Fearghail"), ("Hayes", "Ó hAodha")]
# town, county, eircode routing key, landline area code, streets
PLACES = [
    ("Dublin 6", "Co. Dublin", "D06", "01", ["Rathgar Road", "Highfield Road", "Leinster Road", "Grosvenor Square"]),
    ("Dublin 8", "Co. Dublin", "D08", "01", ["South Circular Road", "Oscar Square", "Rialto Cottages", "Cork Street"]),
    ("Dublin 9", "Co. Dublin", "D09", "01", ["Griffith Avenue", "Drumcondra Road Upper", "Iona Road"]),
    ("Dublin 15", "Co. Dublin", "D15", "01", ["Castleknock Park", "Ongar Village", "Hartstown Road", "Blanchardstown Road South"]),
    ("Dublin 24", "Co. Dublin", "D24", "01", ["Old Bawn Road", "Kilnamanagh Road", "Firhouse Road"]),
    ("Cork", "Co. Cork", "T12", "021", ["Douglas Road", "Ballinlough Road", "Evergreen Street", "Blarney Street"]),
    ("Ballincollig", "Co. Cork", "P31", "021", ["Station Road", "Greenfield Park", "Muskerry Estate"]),
    ("Baile Bhuirne", "Co. Chorcaí", "P12", "026", ["Bóthar an tSéipéil", "Cúil Aodha", "Sráid an Mhuilinn"]),
    ("Galway", "Co. Galway", "H91", "091", ["Bóthar na Trá", "College Road", "Newcastle Road", "Ard na Gréine", "Taylor's Hill"]),
    ("An Spidéal", "Co. na Gaillimhe", "H91", "091", ["Bóthar an Chladaigh", "Cois Abhann", "Ascaill an Pharóiste"]),
    ("Limerick", "Co. Limerick", "V94", "061", ["O'Connell Avenue", "Ennis Road", "Castletroy Heights"]),
    ("Waterford", "Co. Waterford", "X91", "051", ["John's Hill", "Ballytruckle Road", "Cork Road"]),
    ("Kilkenny", "Co. Kilkenny", "R95", "056", ["Patrick Street", "Castle Road", "Loughboy"]),
    ("Athlone", "Co. Westmeath", "N37", "090", ["Retreat Road", "Garrycastle", "Arcadia Crescent"]),
    ("Sligo", "Co. Sligo", "F91", "071", ["Pearse Road", "Strandhill Road", "Cartron Heights"]),
    ("Gaoth Dobhair", "Co. Dhún na nGall", "F92", "074", ["Bóthar Buí", "Machaire Clochair", "Doirí Beaga"]),
    ("Letterkenny", "Co. Donegal", "F92", "074", ["Port Road", "Ballyraine", "Glencar Road"]),
    ("Tralee", "Co. Kerry", "V92", "066", ["Oakpark Road", "Boherbee", "Ballyard Drive"]),
    ("Dundalk", "Co. Louth", "A91", "042", ["Dublin Road", "Avenue Road", "Blackrock Road"]),
    ("Naas", "Co. Kildare", "W91", "045", ["Sallins Road", "Craddockstown Road", "Monread Avenue"]),
    ("Ennis", "Co. Clare", "V95", "065", ["Gort Road", "Cloughleigh Road", "Lifford Road"]),
    ("Castlebar", "Co. Mayo", "F23", "094", ["Newport Road", "Westport Road", "Knockthomas"]),
]
BUILDINGS = ["The Maltings", "Hanover Quay Apartments", "Fitzwilliam Court", "Riverside Lodge", "Cnoc na Gréine"]

T0 = dt.datetime(2024, 6, 30, 23, 59, 59)
EXPORT_TS = dt.datetime(2024, 7, 1, 2, 15, 4)


def make_person(sex=None):
    sex = sex or R.choice("MF")
    first = R.choice(FIRST_M if sex == "M" else FIRST_F)
    last, last_ga = R.choice(SURNAMES)
    return sex, first, last, last_ga


def irish_form(first, last_ga, sex):
    if last_ga is None:
        return None
    g = GA_GIVEN.get(first, first)
    if sex == "F":
        if last_ga.startswith("Ó h"):
            last_ga = "Ní " + last_ga[3:]
        elif last_ga.startswith("Ó "):
            last_ga = "Ní " + last_ga[2:]
        elif last_ga.startswith("Mac Giolla"):
            last_ga = "Nic Giolla" + last_ga[10:]
        elif last_ga.startswith("Mac "):
            last_ga = "Nic " + last_ga[4:]
    return "%s %s" % (g, last_ga)


def email_for(first, last, used):
    base_f = first.lower().translate(str.maketrans("áéíóú", "aeiou"))
    base_l = last.lower().replace("'", "").replace(" ", "").translate(str.maketrans("áéíóú", "aeiou"))
    dom = R.choice(["gmail.com", "gmail.com", "hotmail.com", "eircom.net", "yahoo.ie", "outlook.ie",
                    "icloud.com", "live.ie", "vodafone.ie"])
    pat = R.choice(["{f}.{l}", "{f}{l}", "{f0}{l}", "{f}.{l}{n}", "{l}.{f}", "{f}_{l}{n}"])
    for k in range(50):
        local = pat.format(f=base_f, l=base_l, f0=base_f[0], n=R.randint(1, 99))
        e = "%s@%s" % (local, dom)
        if e not in used:
            used.add(e)
            return e
        pat = "{f}.{l}{n}"
    raise RuntimeError


# ---------------------------------------------------------------- generate customers
N_CUST = 128
customers = []
used_emails, used_users = set(), set()
for i in range(N_CUST):
    sex, first, last, last_ga = make_person()
    place = R.choice(PLACES)
    town, county, key, area, streets = place
    ga_area = town in ("Baile Bhuirne", "An Spidéal", "Gaoth Dobhair")
    lang = "ga" if (ga_area and R.random() < 0.8) or R.random() < 0.07 else "en"
    dob = rdate(dt.date(1938, 1, 1), dt.date(2004, 12, 31))
    created = rts(dt.datetime(2015, 3, 1), dt.datetime(2024, 5, 20))
    if R.random() < 0.12:
        line1 = "Apt %d, %s" % (R.randint(1, 48), R.choice(BUILDINGS))
        line2 = R.choice(streets)
    else:
        line1 = "%d %s" % (R.randint(1, 180), R.choice(streets))
        line2 = None
    portal = R.random() < 0.72
    c = dict(
        pid="C%d" % (i + 1), customer_id=1000 + i * 3 + R.randint(0, 2), sex=sex, first=first, last=last,
        name_ga=irish_form(first, last_ga, sex) if lang == "ga" else None,
        title=R.choice(["Mr", "Mr", "Dr"]) if sex == "M" else R.choice(["Ms", "Mrs", "Ms", "Dr"]),
        email=email_for(first, last, used_emails) if R.random() < 0.93 else None,
        mobile=mobile() if R.random() < 0.95 else None,
        landline=landline(area) if R.random() < 0.3 else None,
        dob=dob, pps=pps_number() if R.random() < 0.82 else None,
        line1=line1, line2=line2, town=town, county=county, eircode=eircode(key),
        lang=lang, created=created, area=area, streets=streets, key=key,
        status=R.choices(["active", "active", "active", "closed", "moving_out"], [50, 30, 10, 6, 4])[0],
        psr=R.random() < 0.08, marketing=R.random() < 0.4,
    )
    if portal:
        base = (first[0] + last).lower().replace("'", "").replace(" ", "")
        base = base.translate(str.maketrans("áéíóú", "aeiou"))
        u = base
        while u in used_users:
            u = base + str(R.randint(1, 99))
        used_users.add(u)
        c["username"] = u
        c["pw"] = bcrypt_hash()
        c["pw_changed"] = rts(created, T0 - dt.timedelta(days=5))
        c["last_login"] = rts(dt.datetime(2024, 1, 1), T0)
    else:
        c["username"] = None
    customers.append(c)

# accounts (a customer may hold several: home, holiday home, a flat let out)
accounts = []
acct_no_used = set()
mprn_used = set()
TARIFFS = [("HOME-STD-24", "24hr"), ("HOME-DN", "Day/Night"), ("SMART-TOU", "Smart"), ("HOME-EV-NIGHT", "Smart"),
           ("PAYG-24", "24hr")]
for c in customers:
    n = R.choices([1, 2, 3], [78, 18, 4])[0]
    for k in range(n):
        while True:
            an = "9%09d" % R.randint(100000000, 999999999)
            if an not in acct_no_used:
                acct_no_used.add(an)
                break
        while True:
            mp = "10%09d" % R.randint(0, 999999999)
            if mp not in mprn_used:
                mprn_used.add(mp)
                break
        if k == 0:
            sa = dict(l1=c["line1"], town=c["town"], county=c["county"], eir=c["eircode"])
        else:
            pl = R.choice(PLACES)
            sa = dict(l1="%d %s" % (R.randint(1, 90), R.choice(pl[4])), town=pl[0], county=pl[1], eir=eircode(pl[2]))
        tariff, meter = R.choice(TARIFFS)
        opened = c["created"] if k == 0 else rts(c["created"], dt.datetime(2024, 4, 1))
        pm = "cash_card" if tariff == "PAYG-24" else R.choices(
            ["direct_debit", "card", "bank_transfer", "cash"], [62, 25, 8, 5])[0]
        status = "active"
        closed = None
        if c["status"] == "closed" or (k > 0 and R.random() < 0.15):
            status = "final_billed"
            closed = rts(opened + dt.timedelta(days=60), T0 - dt.timedelta(days=10))
        elif R.random() < 0.03:
            status = "pending_switch"
        accounts.append(dict(
            account_id=len(accounts) + 501, cust=c, account_number=an, mprn=mp, supply=sa,
            tariff=tariff, meter=meter, status=status, pm=pm, opened=opened, closed=closed,
            supply_start=(opened + dt.timedelta(days=R.randint(7, 21))).date(),
            budget=R.choice([None, None, None, 65, 80, 95, 110, 140]),
            meter_serial="%d%07d" % (R.choice([24, 31, 35, 40]), R.randint(0, 9999999)),
        ))

# spouses / partners who pay by direct debit from their own account (people only in mandates + payments)
for a in accounts:
    a["debtor"] = None
    if a["pm"] != "direct_debit":
        continue
    c = a["cust"]
    if R.random() < 0.14:
        sex = "F" if c["sex"] == "M" else "M"
        if R.random() < 0.1:
            sex = c["sex"]
        _, first, last, _ = make_person(sex)
        if R.random() < 0.55:
            last = c["last"]
        a["debtor"] = dict(pid="S%d" % a["account_id"], first=first, last=last)
    iban, bic = ie_iban()
    a["iban"], a["bic"] = iban, bic
    a["old_iban"] = ie_iban() if R.random() < 0.12 else None

# ---------------------------------------------------------------- billing_db.sql (pg_dump)
F_SQL = "billing_db.sql"


def copy_val(v):
    if v is None:
        return "\\N"
    if isinstance(v, bool):
        return "t" if v else "f"
    if isinstance(v, dt.datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, dt.date):
        return v.isoformat()
    s = str(v)
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


out = io.StringIO()
w = out.write
w("""--
-- PostgreSQL database dump
--

-- Dumped from database version 14.11 (Debian 14.11-1.pgdg120+2)
-- Dumped by pg_dump version 14.11 (Debian 14.11-1.pgdg120+2)

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

TABLES = {
    "customers": """    customer_id integer NOT NULL,
    customer_ref character varying(12) NOT NULL,
    title character varying(8),
    first_name character varying(60) NOT NULL,
    last_name character varying(80) NOT NULL,
    name_ga character varying(120),
    email character varying(254),
    mobile_phone character varying(20),
    landline_phone character varying(20),
    date_of_birth date,
    pps_number character varying(9),
    address_line1 character varying(120) NOT NULL,
    address_line2 character varying(120),
    town character varying(60) NOT NULL,
    county character varying(40) NOT NULL,
    eircode character varying(8),
    preferred_language character(2) DEFAULT 'en'::bpchar NOT NULL,
    portal_username character varying(40),
    portal_password_hash character varying(72),
    password_changed_at timestamp without time zone,
    customer_status character varying(16) DEFAULT 'active'::character varying NOT NULL,
    psr_registered boolean DEFAULT false NOT NULL,
    marketing_consent boolean DEFAULT false NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    last_login_at timestamp without time zone""",
    "accounts": """    account_id integer NOT NULL,
    customer_id integer NOT NULL,
    account_number character varying(10) NOT NULL,
    mprn character varying(11) NOT NULL,
    supply_address_line1 character varying(120) NOT NULL,
    supply_town character varying(60) NOT NULL,
    supply_county character varying(40) NOT NULL,
    supply_eircode character varying(8),
    meter_serial character varying(12),
    meter_type character varying(12) NOT NULL,
    tariff_code character varying(16) NOT NULL,
    account_status character varying(16) NOT NULL,
    payment_method character varying(16) NOT NULL,
    budget_plan_amount numeric(8,2),
    supply_start_date date,
    opened_at timestamp without time zone NOT NULL,
    closed_at timestamp without time zone""",
    "meter_reads": """    read_id bigint NOT NULL,
    account_id integer NOT NULL,
    mprn character varying(11) NOT NULL,
    read_date date NOT NULL,
    register character varying(6) NOT NULL,
    reading integer NOT NULL,
    read_type character(1) NOT NULL,
    source character varying(16) NOT NULL,
    submitted_at timestamp without time zone""",
    "payments": """    payment_id bigint NOT NULL,
    account_id integer NOT NULL,
    payment_date timestamp without time zone NOT NULL,
    amount numeric(10,2) NOT NULL,
    method character varying(16) NOT NULL,
    debtor_iban character varying(34),
    debtor_bic character varying(11),
    card_scheme character varying(10),
    card_last4 character(4),
    bank_reference character varying(20),
    status character varying(12) NOT NULL""",
    "tariffs": """    tariff_code character varying(16) NOT NULL,
    description text NOT NULL,
    unit_rate_day numeric(7,4),
    unit_rate_night numeric(7,4),
    standing_charge_daily numeric(7,4) NOT NULL,
    valid_from date NOT NULL""",
}
COLS = {t: [ln.strip().split()[0] for ln in body.split(",\n")] for t, body in TABLES.items()}
for t, body in TABLES.items():
    w("--\n-- Name: %s; Type: TABLE; Schema: public; Owner: billing\n--\n\n" % t)
    w("CREATE TABLE public.%s (\n%s\n);\n\n\nALTER TABLE public.%s OWNER TO billing;\n\n" % (t, body, t))
    if t != "tariffs":
        pk = COLS[t][0]
        w("--\n-- Name: %s_%s_seq; Type: SEQUENCE; Schema: public; Owner: billing\n--\n\n" % (t, pk))
        w("CREATE SEQUENCE public.%s_%s_seq\n    START WITH 1\n    INCREMENT BY 1\n    NO MINVALUE\n"
          "    NO MAXVALUE\n    CACHE 1;\n\n\nALTER TABLE public.%s_%s_seq OWNER TO billing;\n\n" % (t, pk, t, pk))


def copy_block(table, rows):
    w("--\n-- Data for Name: %s; Type: TABLE DATA; Schema: public; Owner: billing\n--\n\n" % table)
    w("COPY public.%s (%s) FROM stdin;\n" % (table, ", ".join(COLS[table])))
    for r in rows:
        w("\t".join(copy_val(v) for v in r) + "\n")
    w("\\.\n\n\n")


rows = []
for c in sorted(customers, key=lambda x: x["customer_id"]):
    p = c["pid"]
    tb = "customers."
    rows.append([
        c["customer_id"], "CU%08d" % (c["customer_id"] * 7 + 31), c["title"],
        put(F_SQL, tb + "first_name", p, "name", c["first"]),
        put(F_SQL, tb + "last_name", p, "name", c["last"]),
        put(F_SQL, tb + "name_ga", p, "name", c["name_ga"]),
        put(F_SQL, tb + "email", p, "email", c["email"]),
        put(F_SQL, tb + "mobile_phone", p, "phone", c["mobile"]),
        put(F_SQL, tb + "landline_phone", p, "phone", c["landline"]),
        put(F_SQL, tb + "date_of_birth", p, "date_of_birth", c["dob"]),
        put(F_SQL, tb + "pps_number", p, "government_id", c["pps"]),
        put(F_SQL, tb + "address_line1", p, "location", c["line1"]),
        put(F_SQL, tb + "address_line2", p, "location", c["line2"]),
        put(F_SQL, tb + "town", p, "location", c["town"]),
        put(F_SQL, tb + "county", p, "location", c["county"]),
        put(F_SQL, tb + "eircode", p, "location", c["eircode"]),
        c["lang"],
        put(F_SQL, tb + "portal_username", p, "username", c["username"]),
        put(F_SQL, tb + "portal_password_hash", p, "password", c.get("pw")),
        c.get("pw_changed"),
        put(F_SQL, tb + "customer_status", p, "account_type", c["status"]),
        c["psr"], c["marketing"],
        put(F_SQL, tb + "created_at", p, "activity", c["created"]),
        put(F_SQL, tb + "last_login_at", p, "activity", c.get("last_login")),
    ])
copy_block("customers", rows)

rows = []
for a in accounts:
    p = a["cust"]["pid"]
    tb = "accounts."
    rows.append([
        a["account_id"], a["cust"]["customer_id"], a["account_number"], a["mprn"],
        put(F_SQL, tb + "supply_address_line1", p, "location", a["supply"]["l1"]),
        put(F_SQL, tb + "supply_town", p, "location", a["supply"]["town"]),
        put(F_SQL, tb + "supply_county", p, "location", a["supply"]["county"]),
        put(F_SQL, tb + "supply_eircode", p, "location", a["supply"]["eir"]),
        a["meter_serial"], a["meter"], a["tariff"],
        put(F_SQL, tb + "account_status", p, "account_type", a["status"]),
        a["pm"], a["budget"], a["supply_start"],
        put(F_SQL, tb + "opened_at", p, "activity", a["opened"]),
        put(F_SQL, tb + "closed_at", p, "activity", a["closed"]),
    ])
copy_block("accounts", rows)

# meter reads: bi-monthly network reads, customer reads submitted via portal/SMS
rows = []
rid = 880000
portal_reads = defaultdict(list)   # account -> list of submitted_at (for the access log)
for a in accounts:
    p = a["cust"]["pid"]
    start = max(a["opened"].date(), dt.date(2022, 7, 1))
    end = a["closed"].date() if a["closed"] else dt.date(2024, 6, 28)
    d = start + dt.timedelta(days=R.randint(5, 50))
    regs = ["24H"] if a["meter"] == "24hr" else ["DAY", "NIGHT"]
    base = {r: R.randint(1000, 60000) for r in regs}
    while d <= end:
        kind = R.choices(["A", "E", "C"], [55, 25, 20])[0]
        if kind == "C":
            src = "customer_portal" if (a["cust"]["username"] and R.random() < 0.75) else "sms"
            sub = dt.datetime.combine(d, dt.time(R.randint(7, 22), R.randint(0, 59), R.randint(0, 59)))
            if src == "customer_portal":
                portal_reads[a["account_id"]].append(sub)
        else:
            src = "network" if kind == "A" else "estimated"
            sub = None
        for r in regs:
            base[r] += R.randint(250, 900) if r != "NIGHT" else R.randint(100, 450)
            rid += 1
            rows.append([rid, a["account_id"], a["mprn"], d, r, base[r] % 100000, kind, src,
                         put(F_SQL, "meter_reads.submitted_at", p, "activity", sub)])
        d += dt.timedelta(days=R.randint(55, 66))
rows.sort(key=lambda r: (r[3], r[0]))
copy_block("meter_reads", rows)

# payments
rows = []
pay_id = 3300000
card_payments = defaultdict(list)
for a in accounts:
    c = a["cust"]
    start = max(a["opened"].date(), dt.date(2022, 8, 1))
    end = a["closed"].date() if a["closed"] else dt.date(2024, 6, 28)
    d = start + dt.timedelta(days=R.randint(20, 60))
    while d <= end:
        amt = round(R.uniform(60, 420), 2) if a["budget"] is None else float(a["budget"])
        pay_id += R.randint(1, 40)
        iban = bic = scheme = last4 = None
        ref = "%018d" % R.randint(10 ** 16, 10 ** 18 - 1)
        status = "settled"
        method = a["pm"]
        payer = c["pid"]
        if method == "direct_debit":
            iban_use = a["iban"]
            if a["old_iban"] and d < dt.date(2023, 6, 1):
                iban_use = a["old_iban"][0]
            iban, bic = iban_use, a["bic"]
            payer = a["debtor"]["pid"] if a["debtor"] else c["pid"]
            if R.random() < 0.02:
                status = "returned"
            ts = dt.datetime.combine(d, dt.time(6, 0, 0))
        elif method in ("card",):
            scheme = R.choice(["VISA", "VISA", "MASTERCARD"])
            last4 = "%04d" % R.randint(0, 9999)
            ts = dt.datetime.combine(d, dt.time(R.randint(8, 23), R.randint(0, 59), R.randint(0, 59)))
            if c["username"]:
                card_payments[a["account_id"]].append(ts)
        else:
            ts = dt.datetime.combine(d, dt.time(R.randint(9, 18), R.randint(0, 59), R.randint(0, 59)))
            if method == "cash_card":
                ref = "PP%016d" % R.randint(0, 10 ** 16 - 1)
        rows.append([pay_id, a["account_id"],
                     put(F_SQL, "payments.payment_date", c["pid"], "activity", ts),
                     "%.2f" % amt, method,
                     put(F_SQL, "payments.debtor_iban", payer, "bank_account", iban),
                     bic, scheme, last4, ref, status])
        d += dt.timedelta(days=R.choice([30, 31, 61, 59]) if method != "cash_card" else R.randint(7, 21))
rows.sort(key=lambda r: (r[2], r[0]))
copy_block("payments", rows)

copy_block("tariffs", [
    ["HOME-STD-24", "Home Electric Standard 24hr", "0.3512", None, "0.7123", dt.date(2024, 2, 1)],
    ["HOME-DN", "Home Electric Day/Night", "0.3688", "0.1855", "0.8034", dt.date(2024, 2, 1)],
    ["SMART-TOU", "Smart Time of Use (Peak 17:00-19:00)", "0.3420", "0.1790", "0.7460", dt.date(2024, 2, 1)],
    ["HOME-EV-NIGHT", "EV Smart Night Boost 02:00-05:00", "0.3590", "0.0912", "0.7460", dt.date(2024, 2, 1)],
    ["PAYG-24", "Pay As You Go 24hr", "0.3721", None, "0.7655", dt.date(2024, 2, 1)],
])

for t in TABLES:
    pk = COLS[t][0]
    if t == "tariffs":
        continue
    w("--\n-- Name: %s %s_pkey; Type: CONSTRAINT; Schema: public; Owner: billing\n--\n\n" % (t, t))
    w("ALTER TABLE ONLY public.%s\n    ADD CONSTRAINT %s_pkey PRIMARY KEY (%s);\n\n\n" % (t, t, pk))
w("--\n-- Name: tariffs tariffs_pkey; Type: CONSTRAINT; Schema: public; Owner: billing\n--\n\n")
w("ALTER TABLE ONLY public.tariffs\n    ADD CONSTRAINT tariffs_pkey PRIMARY KEY (tariff_code);\n\n\n")
w("CREATE UNIQUE INDEX accounts_mprn_idx ON public.accounts USING btree (mprn);\n\n")
w("CREATE INDEX meter_reads_account_idx ON public.meter_reads USING btree (account_id, read_date);\n\n")
for child, col, parent in [("accounts", "customer_id", "customers"), ("meter_reads", "account_id", "accounts"),
                           ("payments", "account_id", "accounts")]:
    w("--\n-- Name: %s %s_%s_fkey; Type: FK CONSTRAINT; Schema: public; Owner: billing\n--\n\n" % (child, child, col))
    w("ALTER TABLE ONLY public.%s\n    ADD CONSTRAINT %s_%s_fkey FOREIGN KEY (%s) REFERENCES public.%s(%s);\n\n\n"
      % (child, child, col, col, parent, col))
w("--\n-- PostgreSQL database dump complete\n--\n\n")

# ---------------------------------------------------------------- dd_mandates.csv
F_DD = "dd_mandates.csv"
mrows = []
for a in accounts:
    if a["pm"] != "direct_debit":
        continue
    c = a["cust"]
    deb = a["debtor"]
    dpid = deb["pid"] if deb else c["pid"]
    dname = ("%s %s" % (deb["first"], deb["last"])) if deb else ("%s %s" % (c["first"], c["last"]))
    if not deb and c["name_ga"] and R.random() < 0.5:
        dname = c["name_ga"]
    addr = ", ".join(x for x in [c["line1"], c["line2"], c["town"], c["county"], c["eircode"]] if x)
    versions = []
    if a["old_iban"]:
        versions.append((a["old_iban"][0], a["old_iban"][1], a["opened"].date(), "CANCELLED", "RCUR"))
        versions.append((a["iban"], a["bic"], rdate(dt.date(2023, 4, 1), dt.date(2023, 5, 25)), "ACTIVE", "RCUR"))
    else:
        versions.append((a["iban"], a["bic"], a["opened"].date(), "ACTIVE" if a["status"] != "final_billed" else "CANCELLED",
                         "RCUR"))
    for k, (ib, bic, sig, st, seq) in enumerate(versions):
        umr = "ENB-%s-%02d" % (a["account_number"], k + 1)
        mrows.append([
            umr, "IE84ZZZ362419", a["account_number"],
            put(F_DD, "Debtor Name", dpid, "name", dname),
            put(F_DD, "Debtor IBAN", dpid, "bank_account", spaced(ib) if R.random() < 0.3 else ib),
            bic,
            put(F_DD, "Debtor Address", dpid, "location", addr),
            put(F_DD, "Date of Signature", dpid, "activity", sig.strftime("%d/%m/%Y")),
            seq if k == len(versions) - 1 else "FNAL", st,
            str(R.choice([1, 8, 15, 22, 28])),
        ])
R.shuffle(mrows)
mrows.sort(key=lambda r: r[0])

# ---------------------------------------------------------------- portal access log (nginx combined)
F_LOG = "portal_access.log"
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.113 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3.1 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.118 Mobile Safari/537.36",
    "Mozilla/5.0 (iPad; CPU OS 16_7_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92",
]
BOTS = [
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)",
    "UptimeRobot/2.0 (http://www.uptimerobot.com/)",
]
IP_POOLS = [(86, (40, 47)), (89, (100, 101)), (109, (76, 79)), (37, (228, 228)), (95, (44, 45)), (78, (16, 19)),
            (188, (141, 141)), (46, (7, 7))]


def home_ip():
    a, (lo, hi) = R.choice(IP_POOLS)
    return "%d.%d.%d.%d" % (a, R.randint(lo, hi), R.randint(0, 255), R.randint(1, 254))


def ipv6():
    return "2a02:8084:%x:%x:%x:%x:%x:%x" % tuple(R.randint(0, 0xffff) for _ in range(6))


def clf(ts):
    return ts.strftime("%d/%b/%Y:%H:%M:%S +0000")


loglines = []


def logline(ts, ip, method, path, status, size, ref, ua, pid=None):
    loglines.append((ts, '%s - - [%s] "%s %s HTTP/1.1" %d %d "%s" "%s"' % (ip, clf(ts), method, path, status, size,
                                                                             ref, ua)))
    if pid:
        text(F_LOG, pid, "ip_address")
        text(F_LOG, pid, "activity")
        text(F_LOG, pid, "device")
    else:
        TEXT[F_LOG].update(["ip_address", "activity", "device"])


L0, L1 = dt.datetime(2024, 5, 1), dt.datetime(2024, 6, 30, 23, 0)
HOST = "https://myaccount.eirbrightenergy.ie"
acct_by_cust = defaultdict(list)
for a in accounts:
    acct_by_cust[a["cust"]["pid"]].append(a)
for c in customers:
    if not c["username"] or R.random() < 0.12:
        continue
    p = c["pid"]
    ips = [home_ip() for _ in range(R.randint(1, 2))] + ([ipv6()] if R.random() < 0.2 else [])
    uas = R.sample(UAS, R.randint(1, 2))
    lang = "ga" if c["lang"] == "ga" else "en"
    accs = [a for a in acct_by_cust[p] if a["status"] != "final_billed"] or acct_by_cust[p]
    for s in range(R.randint(2, 14)):
        ts = rts(L0, L1)
        ip, ua = R.choice(ips), R.choice(uas)
        logline(ts, ip, "GET", "/%s/login" % lang, 200, R.randint(5200, 5900), HOST + "/", ua, p)
        ts += dt.timedelta(seconds=R.randint(8, 40))
        logline(ts, ip, "POST", "/auth/login", 302, 0, HOST + "/%s/login" % lang, ua, p)
        if R.random() < 0.06:
            logline(ts + dt.timedelta(seconds=3), ip, "POST", "/auth/login", 401, 112, HOST + "/%s/login" % lang, ua, p)
            ts += dt.timedelta(seconds=20)
            logline(ts, ip, "POST", "/auth/login", 302, 0, HOST + "/%s/login" % lang, ua, p)
        ts += dt.timedelta(seconds=1)
        logline(ts, ip, "GET", "/api/v2/users/%s/profile" % c["username"], 200, R.randint(700, 1400),
                HOST + "/%s/dashboard" % lang, ua, p)
        text(F_LOG, p, "username")
        a = R.choice(accs)
        for _ in range(R.randint(1, 4)):
            ts += dt.timedelta(seconds=R.randint(3, 90))
            choice = R.random()
            if choice < 0.35:
                logline(ts, ip, "GET", "/api/v2/accounts/%s/bills?limit=12" % a["account_number"], 200,
                        R.randint(2000, 9000), HOST + "/%s/bills" % lang, ua, p)
            elif choice < 0.55:
                logline(ts, ip, "GET", "/api/v2/accounts/%s/bills/%d.pdf" % (a["account_number"], R.randint(4000000, 4999999)),
                        200, R.randint(60000, 240000), HOST + "/%s/bills" % lang, ua, p)
            elif choice < 0.75:
                logline(ts, ip, "GET", "/api/v2/meter-points/%s/reads?from=2023-07-01" % a["mprn"], 200,
                        R.randint(900, 4000), HOST + "/%s/usage" % lang, ua, p)
            elif choice < 0.88:
                logline(ts, ip, "POST", "/api/v2/meter-points/%s/reads" % a["mprn"], 201, 96,
                        HOST + "/%s/submit-read" % lang, ua, p)
            else:
                logline(ts, ip, "POST", "/api/v2/accounts/%s/payments" % a["account_number"], 200, 311,
                        HOST + "/%s/pay" % lang, ua, p)
        if R.random() < 0.5:
            ts += dt.timedelta(seconds=R.randint(10, 600))
            logline(ts, ip, "GET", "/auth/logout", 302, 0, HOST + "/%s/dashboard" % lang, ua, p)
    if c["email"] and R.random() < 0.16:
        ts = rts(L0, L1)
        ip, ua = R.choice(ips), R.choice(uas)
        q = c["email"].replace("@", "%40")
        logline(ts, ip, "GET", "/auth/forgot-password?email=%s&lang=%s" % (q, lang), 200, 4100, HOST + "/%s/login" % lang, ua, p)
        text(F_LOG, p, "email")
        logline(ts + dt.timedelta(minutes=R.randint(2, 9)), ip, "GET",
                "/auth/reset?token=%032x" % R.getrandbits(128), 200, 4388, "-", ua, p)
        text(F_LOG, p, "secret")

# anonymous visitors (not counted as people: no identity generated for them) and bots
PUBLIC = ["/", "/en/", "/ga/", "/en/tariffs", "/ga/taraifi", "/en/help/submit-meter-reading", "/en/moving-home",
          "/en/contact", "/ga/teagmhail", "/en/ev-charging", "/favicon.ico", "/static/css/main.4f2a9c.css",
          "/static/js/app.91bd02.js", "/en/login", "/ga/login", "/en/switch", "/en/help/pay-as-you-go"]
anon = [(home_ip(), R.choice(UAS)) for _ in range(60)]
for _ in range(1400):
    ip, ua = R.choice(anon)
    path = R.choice(PUBLIC)
    logline(rts(L0, L1), ip, "GET", path, 200 if R.random() < 0.95 else 404, R.randint(300, 38000),
            R.choice(["-", "https://www.google.ie/", HOST + "/", "https://www.bonkers.ie/"]), ua)
for _ in range(500):
    ua = R.choice(BOTS)
    ip = R.choice(["66.249.66.%d" % R.randint(1, 200), "40.77.167.%d" % R.randint(1, 200),
                   "54.36.148.%d" % R.randint(1, 200), "216.144.250.150"])
    path = R.choice(PUBLIC + ["/robots.txt", "/sitemap.xml"])
    logline(rts(L0, L1), ip, "GET", path, 200, R.randint(300, 38000), "-", ua)
for _ in range(700):
    ts = rts(L0, L1)
    loglines.append((ts, '10.40.2.%d - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "ELB-HealthChecker/2.0"'
                     % (R.choice([11, 12]), clf(ts))))
loglines.sort(key=lambda x: x[0])

# ---------------------------------------------------------------- write files
if os.path.isdir(DATA):
    shutil.rmtree(DATA)
os.makedirs(DATA)
with open(os.path.join(DATA, F_SQL), "w", encoding="utf-8") as f:
    f.write(out.getvalue())
with open(os.path.join(DATA, F_DD), "w", encoding="utf-8", newline="") as f:
    cw = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    cw.writerow(["Mandate Reference", "Creditor Identifier", "Account Number", "Debtor Name", "Debtor IBAN",
                 "Debtor BIC", "Debtor Address", "Date of Signature", "Sequence Type", "Mandate Status",
                 "Collection Day"])
    cw.writerows(mrows)
with open(os.path.join(DATA, F_LOG), "w", encoding="utf-8") as f:
    for _, ln in loglines:
        f.write(ln + "\n")

F_PROP = "billing.properties"
with open(os.path.join(DATA, F_PROP), "w", encoding="utf-8") as f:
    f.write("""# Enbright billing engine - production
# generated by ansible role billing-app, do not edit by hand
spring.application.name=enbright-billing
server.port=8443
server.ssl.key-store=/etc/enbright/keystore.p12
server.ssl.key-store-password=Xq7!rVe2#kLm90pz
spring.datasource.url=jdbc:postgresql://pg-billing-01.int.enbright.ie:5432/billing
spring.datasource.username=billing_app
spring.datasource.password=Tr4ns1t-Bru_2024!gw
spring.jpa.hibernate.ddl-auto=validate
sepa.creditor.id=IE84ZZZ362419
sepa.sftp.host=sftp.sepa.aib.ie
sepa.sftp.user=enbright_dd
sepa.sftp.private-key=/etc/enbright/keys/sepa_id_ed25519
sepa.sftp.passphrase=quiet-harbour-71-fern
payments.gateway=globalpayments
payments.gp.merchant-id=enbrightenergy
payments.gp.shared-secret=8d1e5c3a9f0b47d2a6e1c8b5f3d09a7e
esb.network.api-base=https://api.esbnetworks.ie/mrso/v3
esb.network.api-key=esbn_live_Jd82kQpZr0vLx5TnW3yB
mail.smtp.host=smtp.eu.sparkpost.com
mail.smtp.username=SMTP_Injection
mail.smtp.password=4b9f2e7c1a8d6035e2f1b7c9a4d8e6f0a1b2c3d4
mail.from=no-reply@enbright.ie
billing.cycle.days=61
billing.estimate.threshold.kwh=450
portal.session.timeout.minutes=20
""")
    TEXT[F_PROP].add("secret")

F_TAR = "tariffs.csv"
with open(os.path.join(DATA, F_TAR), "w", encoding="utf-8", newline="") as f:
    cw = csv.writer(f, lineterminator="\n")
    cw.writerow(["tariff_code", "name_en", "name_ga", "meter_type", "unit_rate_day_eur_kwh",
                 "unit_rate_night_eur_kwh", "standing_charge_eur_day", "pso_levy_eur_month", "valid_from",
                 "discount_pct"])
    cw.writerows([
        ["HOME-STD-24", "Home Electric Standard 24hr", "Leictreachas Baile Caighdeánach 24u", "24hr", "0.3512", "",
         "0.7123", "0.00", "2024-02-01", "0"],
        ["HOME-DN", "Home Electric Day/Night", "Leictreachas Baile Lá/Oíche", "Day/Night", "0.3688", "0.1855",
         "0.8034", "0.00", "2024-02-01", "0"],
        ["SMART-TOU", "Smart Time of Use", "Am Úsáide Cliste", "Smart", "0.3420", "0.1790", "0.7460", "0.00",
         "2024-02-01", "5"],
        ["HOME-EV-NIGHT", "EV Smart Night Boost", "Treisiú Oíche Feithicil Leictreach", "Smart", "0.3590", "0.0912",
         "0.7460", "0.00", "2024-02-01", "0"],
        ["PAYG-24", "Pay As You Go 24hr", "Íoc Mar a Úsáideann Tú 24u", "24hr", "0.3721", "", "0.7655", "0.00",
         "2024-02-01", "0"],
        ["BIZ-STD", "Small Business Standard", "Gnó Beag Caighdeánach", "24hr", "0.3399", "", "1.0420", "1.88",
         "2024-02-01", "0"],
    ])

# ---------------------------------------------------------------- truth
def TEXT_CATS():
    """every category listed in fields or text (a category with no person, e.g. service secrets, counts 0)"""
    cats = set()
    for v in TEXT.values():
        cats |= set(v)
    for flds in FIELDS.values():
        for c in flds.values():
            cats |= {c} if isinstance(c, str) else set(c)
    return cats


n_debtors = sum(1 for a in accounts if a["debtor"])
truth = {
    "brief": ("Billing vendor of 'Enbright Energy', an Irish household electricity supplier. PostgreSQL pg_dump of "
              "the billing database (customers with PPS numbers, Eircodes, Irish-language name forms and portal "
              "logins; accounts - a customer may hold several supply points identified by MPRN; meter_reads; "
              "payments with SEPA direct-debit IBANs), a CSV of SEPA direct-debit mandates (some debtors are a "
              "spouse/partner rather than the account holder), the nginx access log of the self-service portal "
              "(English and Irish paths), a Spring .properties config with secrets, and a tariff catalogue. "
              "Languages: English and Irish."),
    "people": len(PEOPLE),
    "people_by_category": {k: len(BYCAT.get(k, ())) for k in sorted(
        set(BYCAT) | set(TEXT_CATS()) )},
    "fields": {k: dict(sorted(v.items())) for k, v in FIELDS.items()},
    "text": {k: sorted(v) for k, v in TEXT.items()},
    "controls": [F_TAR],
    "ambiguous": {},
    "lookalikes": {
        F_SQL: {
            "accounts.mprn": "11-digit Meter Point Reference Numbers (start with 10) - identify a supply point, not a person",
            "meter_reads.mprn": "same MPRNs repeated per read",
            "accounts.account_number": "10-digit supplier account numbers",
            "accounts.meter_serial": "9-digit meter serial numbers",
            "payments.bank_reference": "18-digit payment references / PP-prefixed pay-as-you-go top-up references",
            "payments.card_last4": "last four digits of a card only",
            "payments.card_scheme": "card brand only",
            "payments.debtor_bic": "bank BIC codes (identify the bank)",
            "customers.password_changed_at": "timestamp in a column whose name mentions password",
            "customers.customer_ref": "internal customer reference CU########",
            "accounts.supply_start_date": "supply start date (switch date)",
            "accounts.payment_method": "payment method enum",
            "accounts.tariff_code": "tariff codes",
            "meter_reads.read_date": "scheduled meter-read dates (network/estimated cycle), not a person's action",
        },
        F_DD: {
            "Mandate Reference": "SEPA unique mandate references built from the account number",
            "Creditor Identifier": "SEPA creditor identifier of the supplier (IE..ZZZ......), looks like an IBAN",
            "Account Number": "10-digit supplier account numbers",
            "Debtor BIC": "bank BIC codes",
        },
        F_LOG: {"(paths)": "MPRNs and account numbers in API paths; bill PDF ids; load-balancer health checks from 10.x"},
    },
    "notes": (
        "people = %d customers + %d spouses/partners who appear only as direct-debit debtors (dd_mandates.csv "
        "name/IBAN/address/signature date and payments.debtor_iban). A debtor's address in the mandate is the "
        "account holder's home address, counted as location of the debtor. Access-log counts: lines of logged-in "
        "portal users (username in /api/v2/users/<username>/profile, email in forgot-password query string, reset "
        "token in /auth/reset counted as secret) count for that customer; ~60 anonymous visitor IPs, crawler and "
        "load-balancer lines are not counted as people. customers.customer_status and accounts.account_status are "
        "counted as account_type. accounts.opened_at/closed_at (account sign-up/closure timestamps), "
        "payments.payment_date and meter_reads.submitted_at (customer-submitted reads) are activity. "
        "billing.properties holds only service secrets (no person)." % (N_CUST, n_debtors)),
}
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=2)
print(json.dumps({"people": truth["people"], "by_cat": truth["people_by_category"]}, ensure_ascii=False))
