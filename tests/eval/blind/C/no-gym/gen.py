#!/usr/bin/env python3
"""Blind test dump C/no-gym: Norwegian gym chain membership-system vendor export.
Deterministic (seeded). Standard library only. Writes data/ and truth.json."""
import json, os, random, uuid, shutil
from datetime import date, datetime, timedelta, timezone

SEED = 20241203
rnd = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "data")
if os.path.isdir(OUT):
    shutil.rmtree(OUT)
os.makedirs(OUT)

N_MEMBERS = 140

MALE = ["Ole", "Lars", "Jonas", "Magnus", "Anders", "Kristian", "Henrik", "Sindre", "Erik", "Thomas",
        "Martin", "Andreas", "Jørgen", "Håkon", "Even", "Sigurd", "Eirik", "Tor", "Knut", "Bjørn",
        "Øyvind", "Aksel", "Fredrik", "Mathias", "Emil", "Per", "Geir", "Vegard", "Espen", "Stian"]
FEMALE = ["Ingrid", "Kari", "Nora", "Emma", "Sofie", "Ida", "Marte", "Silje", "Hanne", "Ingeborg",
          "Maja", "Thea", "Camilla", "Kristine", "Åse", "Solveig", "Tone", "Line", "Hilde", "Vilde",
          "Ragnhild", "Sigrid", "Julie", "Mari", "Astrid", "Randi", "Guro", "Marit", "Eli", "Tuva"]
SURN = ["Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen",
        "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen", "Johannessen", "Andreassen",
        "Jacobsen", "Dahl", "Jørgensen", "Halvorsen", "Henriksen", "Lund", "Sørensen", "Moen", "Solberg",
        "Strand", "Bakken", "Lie", "Aasen", "Brekke", "Vik", "Nygård", "Kristoffersen", "Eide", "Holm",
        "Sætre", "Tveit", "Haaland", "Økland", "Fossum", "Rønning", "Myhre", "Skaug"]

# city -> (postnummer list, streets)
CITIES = {
    "OSLO": (["0150", "0167", "0178", "0254", "0268", "0355", "0359", "0452", "0457", "0487", "0555",
              "0562", "0661", "0672", "0763", "0870", "0970", "1150", "1253"],
             ["Bogstadveien", "Thereses gate", "Markveien", "Kirkeveien", "Sognsveien", "Trondheimsveien",
              "Hegdehaugsveien", "Ullevålsveien", "Waldemar Thranes gate", "Toftes gate", "Helgesens gate",
              "Jacob Aalls gate", "Schweigaards gate", "Tvetenveien", "Lambertseterveien", "Ekebergveien"]),
    "BERGEN": (["5003", "5006", "5009", "5011", "5014", "5031", "5052", "5063", "5089", "5145"],
               ["Nygårdsgaten", "Kalfarveien", "Strandgaten", "Kong Oscars gate", "Fjellveien",
                "Møllendalsveien", "Fridalsveien", "Sandviksveien", "Allehelgens gate"]),
    "TRONDHEIM": (["7010", "7014", "7030", "7041", "7045", "7052", "7067"],
                  ["Olav Tryggvasons gate", "Innherredsveien", "Elgeseter gate", "Kongens gate",
                   "Byåsveien", "Lade allé", "Klæbuveien"]),
    "STAVANGER": (["4005", "4010", "4014", "4021", "4042", "4044"],
                  ["Pedersgata", "Madlaveien", "Lagårdsveien", "Hillevågsveien", "Kannik gate", "Tjensvollveien"]),
    "LILLESTRØM": (["2000", "2004", "2007", "2010"],
                   ["Storgata", "Solheimveien", "Nittedalsgata", "Jonas Lies gate", "Torvgata"]),
    "DRAMMEN": (["3015", "3019", "3024", "3040", "3045"],
                ["Bragernes torg", "Konnerudgata", "Tollbugata", "Rosenkrantz' gate", "Kobbervikdalen"]),
}
CITY_W = {"OSLO": 45, "BERGEN": 18, "TRONDHEIM": 14, "STAVANGER": 10, "LILLESTRØM": 7, "DRAMMEN": 6}

SENTRE = [
    # id, kode, navn, adresse, postnr, sted, telefon, city
    (1, "MAJ", "Kraftverket Majorstuen", "Kirkeveien 64", "0364", "OSLO", "22 46 18 00"),
    (2, "GRU", "Kraftverket Grünerløkka", "Thorvald Meyers gate 72", "0552", "OSLO", "22 35 77 10"),
    (3, "BRG", "Kraftverket Bergen Sentrum", "Vestre Strømkaien 7", "5008", "BERGEN", "55 30 92 40"),
    (4, "TRD", "Kraftverket Solsiden", "Beddingen 10", "7042", "TRONDHEIM", "73 52 80 60"),
    (5, "STV", "Kraftverket Madla", "Madlakrossen 8", "4042", "STAVANGER", "51 88 41 20"),
    (6, "LLS", "Kraftverket Lillestrøm", "Torvet 3", "2000", "LILLESTRØM", "63 80 25 50"),
    (7, "DRM", "Kraftverket Drammen", "Nedre Storgate 11", "3015", "DRAMMEN", "32 21 64 90"),
]
CITY_SENTER = {"OSLO": [1, 2], "BERGEN": [3], "TRONDHEIM": [4], "STAVANGER": [5],
               "LILLESTRØM": [6, 1], "DRAMMEN": [7, 1]}

EMAIL_DOM = ["gmail.com"] * 6 + ["hotmail.com", "hotmail.no", "online.no", "outlook.com", "live.no",
                                 "icloud.com", "yahoo.no", "broadpark.no", "getmail.no"]


def ascii_fold(s):
    s = s.lower()
    for a, b in (("æ", "ae"), ("ø", "o"), ("å", "a"), ("ü", "u"), ("é", "e"), ("'", "")):
        s = s.replace(a, b)
    return s.replace(" ", "")


# ---------- identifiers ----------
def fnr(bd, male):
    """Norwegian fødselsnummer with both mod-11 control digits."""
    W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
    W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    while True:
        if bd.year >= 2000:
            ind = rnd.randint(500, 999)
        elif bd.year >= 1940 and rnd.random() < 0.1:
            ind = rnd.randint(900, 999)
        else:
            ind = rnd.randint(0, 499)
        if (ind % 2 == 1) != male:
            ind = ind + 1 if ind % 2 == 0 or ind < 999 else ind - 1
            if ind > 999:
                ind -= 2
        if (ind % 2 == 1) != male:
            continue
        s = bd.strftime("%d%m") + "%02d" % (bd.year % 100) + "%03d" % ind
        d = [int(c) for c in s]
        k1 = 11 - sum(a * b for a, b in zip(W1, d)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        d.append(k1)
        k2 = 11 - sum(a * b for a, b in zip(W2, d)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return s + str(k1) + str(k2)


def fnr_ok(s):
    d = [int(c) for c in s]
    W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2, 1]
    W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1]
    return len(s) == 11 and sum(a * b for a, b in zip(W1, d)) % 11 == 0 and sum(a * b for a, b in zip(W2, d)) % 11 == 0


BANKREG = ["1503", "1506", "1254", "1207", "1822", "3000", "9710", "9235", "6011", "1594", "2801", "4202", "3624"]


def kontonr():
    W = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    while True:
        s = rnd.choice(BANKREG) + "%06d" % rnd.randint(0, 999999)
        c = 11 - sum(int(a) * b for a, b in zip(s, W)) % 11
        c = 0 if c == 11 else c
        if c == 10:
            continue
        return s + str(c)


def kontonr_ok(s):
    W = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1]
    return len(s) == 11 and sum(int(a) * b for a, b in zip(s, W)) % 11 == 0


def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(s):
    return luhn_digit(s[:-1]) == s[-1]


def mobil():
    first = rnd.choice("4444499999")
    num = first + "".join(str(rnd.randint(0, 9)) for _ in range(7))
    grp = "%s %s %s" % (num[:3], num[3:5], num[5:])
    r = rnd.random()
    if r < 0.55:
        return grp
    if r < 0.85:
        return "+47 " + grp
    return num


def oslo_offset(dt):
    # CET/CEST: DST from last Sunday of March 01:00 UTC to last Sunday of October 01:00 UTC
    def last_sunday(y, m):
        d = date(y, m, 31)
        return d - timedelta(days=(d.weekday() + 1) % 7)
    y = dt.year
    start = datetime.combine(last_sunday(y, 3), datetime.min.time()) + timedelta(hours=2)
    end = datetime.combine(last_sunday(y, 10), datetime.min.time()) + timedelta(hours=3)
    return 2 if start <= dt < end else 1


def pgts(dt):
    return dt.strftime("%Y-%m-%d %H:%M:%S") + "+%02d" % oslo_offset(dt)


def rdate(a, b):
    return a + timedelta(days=rnd.randint(0, (b - a).days))


# ---------- people ----------
members = []
used_users, used_emails = set(), set()
for mid in range(1, N_MEMBERS + 1):
    male = rnd.random() < 0.5
    fn = rnd.choice(MALE if male else FEMALE)
    ln = rnd.choice(SURN)
    if rnd.random() < 0.07:
        ln = rnd.choice(SURN) + "-" + ln if rnd.random() < 0.5 else ln + " " + rnd.choice(SURN)
    age_bucket = rnd.random()
    if age_bucket < 0.25:
        bd = rdate(date(1998, 1, 1), date(2007, 12, 31))
    elif age_bucket < 0.8:
        bd = rdate(date(1970, 1, 1), date(1997, 12, 31))
    else:
        bd = rdate(date(1948, 1, 1), date(1969, 12, 31))
    city = rnd.choices(list(CITY_W), weights=list(CITY_W.values()))[0]
    pnrs, streets = CITIES[city]
    addr = "%s %d%s" % (rnd.choice(streets), rnd.randint(1, 140), rnd.choice(["", "", "", "A", "B", "C"]))
    if rnd.random() < 0.25:
        addr += ", H%d%02d" % (rnd.randint(1, 6), rnd.randint(1, 4))
    lnf = ascii_fold(ln.split(" ")[-1].split("-")[-1])
    fnf = ascii_fold(fn)
    base = rnd.choice([f"{fnf}.{lnf}", f"{fnf}{lnf}", f"{fnf}.{lnf}{bd.year % 100:02d}", f"{fnf[0]}{lnf}",
                       f"{fnf}_{lnf[:3]}", f"{fnf}{rnd.randint(1, 99)}"])
    email = base + "@" + rnd.choice(EMAIL_DOM)
    while email in used_emails:
        email = base + str(rnd.randint(2, 99)) + "@" + rnd.choice(EMAIL_DOM)
    used_emails.add(email)
    user = rnd.choice([f"{fnf}.{lnf}", f"{fnf}{bd.year % 100:02d}", f"{fnf}{lnf[0]}", f"{fnf[:3]}{lnf[:3]}",
                       f"{lnf}{fnf[0]}{rnd.randint(1, 9)}"])
    while user in used_users:
        user = user + str(rnd.randint(1, 9))
    used_users.add(user)
    innmeldt = rdate(date(2016, 3, 1), date(2024, 10, 31))
    age_2024 = 2024 - bd.year
    if age_2024 <= 26 and rnd.random() < 0.6:
        plan = "Student"
    else:
        plan = rnd.choices(["Basis", "Premium"], weights=[62, 38])[0]
    status = rnd.choices(["aktiv", "frosset", "avsluttet"], weights=[72, 9, 19])[0]
    if status == "avsluttet" and innmeldt > date(2024, 6, 1):
        status = "aktiv"
    binding = innmeldt + timedelta(days=365) if rnd.random() < 0.55 else None
    members.append(dict(
        id=mid, fornavn=fn, etternavn=ln, fnr=fnr(bd, male), fdato=bd, mobil=mobil(), epost=email,
        adresse=addr, postnummer=rnd.choice(pnrs), poststed=city, medlemskap=plan, status=status,
        innmeldt=innmeldt, binding=binding, brukernavn=user, city=city,
        hjemmesenter=rnd.choice(CITY_SENTER[city]),
        samtykke=rnd.random() < 0.4,
        avtalegiro=rnd.random() < 0.45,
        kontonr=None,
        card_uid="04" + "".join("%02X" % rnd.randint(0, 255) for _ in range(6)),
    ))
for m in members:
    if m["avtalegiro"]:
        m["kontonr"] = kontonr()
    assert fnr_ok(m["fnr"]), m["fnr"]
    # date of birth embedded in fnr
    assert m["fnr"][:6] == m["fdato"].strftime("%d%m") + "%02d" % (m["fdato"].year % 100)

# ---------- visits ----------
visits = []
vid = 500000
PER_START = datetime(2024, 9, 2)
PER_END = datetime(2024, 11, 30)
for m in members:
    if m["status"] != "aktiv":
        n = rnd.randint(0, 2) if m["status"] == "frosset" else 0
    else:
        n = rnd.choice([0, 2, 5, 8, 12, 16, 20, 24, 30, 36])
    for _ in range(n):
        day = PER_START + timedelta(days=rnd.randint(0, (PER_END - PER_START).days))
        hour = rnd.choices([6, 7, 8, 11, 12, 15, 16, 17, 18, 19, 20, 21], weights=[8, 10, 5, 3, 5, 6, 12, 14, 12, 9, 5, 2])[0]
        inn = day.replace(hour=hour, minute=rnd.randint(0, 59), second=rnd.randint(0, 59))
        ut = inn + timedelta(minutes=rnd.randint(35, 125), seconds=rnd.randint(0, 59))
        senter = m["hjemmesenter"] if rnd.random() < 0.88 else rnd.choice(SENTRE)[0]
        visits.append(dict(mid=m["id"], senter=senter, inn=inn, ut=None if rnd.random() < 0.06 else ut))
visits.sort(key=lambda v: v["inn"])
for v in visits:
    vid += 1
    v["id"] = vid

# ---------- payments ----------
PRICE = {"Basis": 449, "Premium": 649, "Student": 349}
payments = []
pid = 880000
invno = 2403100
for m in members:
    months = []
    d = date(2024, 6, 1)
    while d <= date(2024, 12, 1):
        if d >= m["innmeldt"].replace(day=1):
            months.append(d)
        d = date(d.year + (d.month // 12), d.month % 12 + 1, 1)
    if m["status"] == "avsluttet":
        months = months[:rnd.randint(0, 2)]
    for mo in months:
        pid += 1
        invno += rnd.randint(1, 3)
        body = "0" + "%07d" % (1000000 + m["id"] * 37) + "%06d" % (invno % 1000000)
        kid = body + luhn_digit(body)
        amount = PRICE[m["medlemskap"]] if m["status"] != "frosset" else 99
        due = mo.replace(day=20) - timedelta(days=31) + timedelta(days=31)
        due = date(due.year, due.month, 20)
        if m["avtalegiro"]:
            metode = "AvtaleGiro"
        else:
            metode = rnd.choices(["eFaktura", "Vipps", "Papirfaktura"], weights=[55, 35, 10])[0]
        if mo >= date(2024, 12, 1):
            st = "ubetalt"
        else:
            st = rnd.choices(["betalt", "purret", "inkasso"], weights=[93, 6, 1])[0]
        payments.append(dict(id=pid, mid=m["id"], fakturanr=invno, kid=kid, belop=amount, due=due,
                             metode=metode, status=st, kontonr=m["kontonr"] if metode == "AvtaleGiro" else None))
for p in payments:
    assert len(p["kid"]) == 15 and luhn_ok(p["kid"])
    if p["kontonr"]:
        assert kontonr_ok(p["kontonr"])

# ---------- pg_dump ----------
def pgtext(v):
    if v is None:
        return r"\N"
    if isinstance(v, bool):
        return "t" if v else "f"
    s = str(v)
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


L = []
w = L.append
w("""--
-- PostgreSQL database dump
--

-- Dumped from database version 15.8 (Debian 15.8-1.pgdg120+1)
-- Dumped by pg_dump version 15.8 (Debian 15.8-1.pgdg120+1)

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
-- Name: medlemskap_type; Type: TYPE; Schema: public; Owner: medlem_app
--

CREATE TYPE public.medlemskap_type AS ENUM (
    'Basis',
    'Premium',
    'Student'
);


ALTER TYPE public.medlemskap_type OWNER TO medlem_app;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: besok; Type: TABLE; Schema: public; Owner: medlem_app
--

CREATE TABLE public.besok (
    besok_id bigint NOT NULL,
    medlem_id integer NOT NULL,
    senter_id smallint NOT NULL,
    inn_tid timestamp with time zone NOT NULL,
    ut_tid timestamp with time zone
);


ALTER TABLE public.besok OWNER TO medlem_app;

--
-- Name: besok_besok_id_seq; Type: SEQUENCE; Schema: public; Owner: medlem_app
--

CREATE SEQUENCE public.besok_besok_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.besok_besok_id_seq OWNER TO medlem_app;

--
-- Name: besok_besok_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: medlem_app
--

ALTER SEQUENCE public.besok_besok_id_seq OWNED BY public.besok.besok_id;


--
-- Name: betalinger; Type: TABLE; Schema: public; Owner: medlem_app
--

CREATE TABLE public.betalinger (
    betaling_id integer NOT NULL,
    medlem_id integer NOT NULL,
    fakturanummer integer NOT NULL,
    kid_nummer character varying(25) NOT NULL,
    belop numeric(10,2) NOT NULL,
    forfallsdato date NOT NULL,
    betalingsmate character varying(20) NOT NULL,
    status character varying(12) DEFAULT 'ubetalt'::character varying NOT NULL,
    kontonummer character(11),
    CONSTRAINT betalinger_kid_len CHECK ((length((kid_nummer)::text) >= 2))
);


ALTER TABLE public.betalinger OWNER TO medlem_app;

--
-- Name: medlemmer; Type: TABLE; Schema: public; Owner: medlem_app
--

CREATE TABLE public.medlemmer (
    medlem_id integer NOT NULL,
    fornavn character varying(80) NOT NULL,
    etternavn character varying(80) NOT NULL,
    fodselsnummer character(11),
    fodselsdato date NOT NULL,
    mobil character varying(20),
    epost character varying(254) NOT NULL,
    brukernavn character varying(40) NOT NULL,
    adresse character varying(120),
    postnummer character(4),
    poststed character varying(40),
    hjemmesenter_id smallint,
    medlemskap public.medlemskap_type NOT NULL,
    status character varying(12) DEFAULT 'aktiv'::character varying NOT NULL,
    innmeldt_dato date NOT NULL,
    bindingstid_til date,
    samtykke_markedsforing boolean DEFAULT false NOT NULL
);


ALTER TABLE public.medlemmer OWNER TO medlem_app;

--
-- Name: sentre; Type: TABLE; Schema: public; Owner: medlem_app
--

CREATE TABLE public.sentre (
    senter_id smallint NOT NULL,
    kode character(3) NOT NULL,
    navn character varying(80) NOT NULL,
    adresse character varying(120) NOT NULL,
    postnummer character(4) NOT NULL,
    poststed character varying(40) NOT NULL,
    telefon character varying(20),
    apningstider character varying(60),
    bemannet character varying(60)
);


ALTER TABLE public.sentre OWNER TO medlem_app;

--
-- Name: besok besok_id; Type: DEFAULT; Schema: public; Owner: medlem_app
--

ALTER TABLE ONLY public.besok ALTER COLUMN besok_id SET DEFAULT nextval('public.besok_besok_id_seq'::regclass);

""")

w("--\n-- Data for Name: besok; Type: TABLE DATA; Schema: public; Owner: medlem_app\n--\n\n")
w("COPY public.besok (besok_id, medlem_id, senter_id, inn_tid, ut_tid) FROM stdin;\n")
for v in visits:
    w("\t".join(pgtext(x) for x in (v["id"], v["mid"], v["senter"], pgts(v["inn"]),
                                    pgts(v["ut"]) if v["ut"] else None)) + "\n")
w("\\.\n\n\n")

w("--\n-- Data for Name: betalinger; Type: TABLE DATA; Schema: public; Owner: medlem_app\n--\n\n")
w("COPY public.betalinger (betaling_id, medlem_id, fakturanummer, kid_nummer, belop, forfallsdato, betalingsmate, status, kontonummer) FROM stdin;\n")
for p in payments:
    w("\t".join(pgtext(x) for x in (p["id"], p["mid"], p["fakturanr"], p["kid"], "%.2f" % p["belop"],
                                    p["due"].isoformat(), p["metode"], p["status"], p["kontonr"])) + "\n")
w("\\.\n\n\n")

w("--\n-- Data for Name: medlemmer; Type: TABLE DATA; Schema: public; Owner: medlem_app\n--\n\n")
w("COPY public.medlemmer (medlem_id, fornavn, etternavn, fodselsnummer, fodselsdato, mobil, epost, brukernavn, adresse, postnummer, poststed, hjemmesenter_id, medlemskap, status, innmeldt_dato, bindingstid_til, samtykke_markedsforing) FROM stdin;\n")
for m in members:
    w("\t".join(pgtext(x) for x in (
        m["id"], m["fornavn"], m["etternavn"], m["fnr"], m["fdato"].isoformat(), m["mobil"], m["epost"],
        m["brukernavn"], m["adresse"], m["postnummer"], m["poststed"], m["hjemmesenter"], m["medlemskap"],
        m["status"], m["innmeldt"].isoformat(), m["binding"].isoformat() if m["binding"] else None,
        m["samtykke"])) + "\n")
w("\\.\n\n\n")

w("--\n-- Data for Name: sentre; Type: TABLE DATA; Schema: public; Owner: medlem_app\n--\n\n")
w("COPY public.sentre (senter_id, kode, navn, adresse, postnummer, poststed, telefon, apningstider, bemannet) FROM stdin;\n")
for s in SENTRE:
    w("\t".join(pgtext(x) for x in (s[0], s[1], s[2], s[3], s[4], s[5], s[6], "Alle dager 05:00-24:00",
                                    "Man-fre 09:00-21:00, lør-søn 10:00-16:00")) + "\n")
w("\\.\n\n\n")

w("""--
-- Name: besok_besok_id_seq; Type: SEQUENCE SET; Schema: public; Owner: medlem_app
--

SELECT pg_catalog.setval('public.besok_besok_id_seq', %d, true);


--
-- Name: besok besok_pkey; Type: CONSTRAINT; Schema: public; Owner: medlem_app
--

ALTER TABLE ONLY public.besok
    ADD CONSTRAINT besok_pkey PRIMARY KEY (besok_id);


--
-- Name: betalinger betalinger_pkey; Type: CONSTRAINT; Schema: public; Owner: medlem_app
--

ALTER TABLE ONLY public.betalinger
    ADD CONSTRAINT betalinger_pkey PRIMARY KEY (betaling_id);


--
-- Name: medlemmer medlemmer_brukernavn_key; Type: CONSTRAINT; Schema: public; Owner: medlem_app
--

ALTER TABLE ONLY public.medlemmer
    ADD CONSTRAINT medlemmer_brukernavn_key UNIQUE (brukernavn);


--
-- Name: medlemmer medlemmer_pkey; Type: CONSTRAINT; Schema: public; Owner: medlem_app
--

ALTER TABLE ONLY public.medlemmer
    ADD CONSTRAINT medlemmer_pkey PRIMARY KEY (medlem_id);


--
-- Name: sentre sentre_pkey; Type: CONSTRAINT; Schema: public; Owner: medlem_app
--

ALTER TABLE ONLY public.sentre
    ADD CONSTRAINT sentre_pkey PRIMARY KEY (senter_id);


--
-- Name: besok_medlem_inn_idx; Type: INDEX; Schema: public; Owner: medlem_app
--

CREATE INDEX besok_medlem_inn_idx ON public.besok USING btree (medlem_id, inn_tid);


--
-- Name: besok besok_medlem_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: medlem_app
--

ALTER TABLE ONLY public.besok
    ADD CONSTRAINT besok_medlem_id_fkey FOREIGN KEY (medlem_id) REFERENCES public.medlemmer(medlem_id);


--
-- Name: betalinger betalinger_medlem_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: medlem_app
--

ALTER TABLE ONLY public.betalinger
    ADD CONSTRAINT betalinger_medlem_id_fkey FOREIGN KEY (medlem_id) REFERENCES public.medlemmer(medlem_id);


--
-- PostgreSQL database dump complete
--

""" % vid)
with open(os.path.join(OUT, "medlemssystem_2024-12-01.sql"), "w", encoding="utf-8", newline="\n") as f:
    f.write("".join(L))

# ---------- door access NDJSON ----------
SKODE = {s[0]: s[1] for s in SENTRE}
mem_by_id = {m["id"]: m for m in members}
events = []
for v in visits:
    if v["inn"] < datetime(2024, 11, 1):
        continue
    m = mem_by_id[v["mid"]]
    site = SKODE[v["senter"]]
    seq = [("Hovedinngang", v["inn"])]
    t = v["inn"] + timedelta(seconds=rnd.randint(40, 200))
    seq.append(("Garderobe " + ("herre" if int(m["fnr"][8]) % 2 == 1 else "dame"), t))
    if m["medlemskap"] == "Premium" and rnd.random() < 0.35:
        seq.append((rnd.choice(["Spinningsal", "Badstue", "Sal 2"]), t + timedelta(minutes=rnd.randint(5, 30))))
    for door, ts in seq:
        events.append((ts, site, door, m, "granted"))
# denied attempts for frozen / terminated members
for m in members:
    if m["status"] in ("frosset", "avsluttet") and rnd.random() < 0.3:
        day = datetime(2024, 11, 1) + timedelta(days=rnd.randint(0, 28), hours=rnd.randint(6, 20),
                                                minutes=rnd.randint(0, 59), seconds=rnd.randint(0, 59))
        events.append((day, SKODE[m["hjemmesenter"]], "Hovedinngang", m, "denied"))
events.sort(key=lambda e: e[0])
with open(os.path.join(OUT, "adgang_events_2024-11.ndjson"), "w", encoding="utf-8", newline="\n") as f:
    for ts, site, door, m, res in events:
        utc = ts - timedelta(hours=oslo_offset(ts))
        rec = {
            "event_id": str(uuid.UUID(int=rnd.getrandbits(128), version=4)),
            "ts": utc.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % rnd.randint(0, 999),
            "site": site,
            "door": door,
            "reader": {"id": "RDR-%s-%02d" % (site, ["Hovedinngang", "Garderobe herre", "Garderobe dame",
                                                      "Spinningsal", "Badstue", "Sal 2"].index(door) + 1),
                       "fw": "4.1.7"},
            "card_uid": m["card_uid"],
            "result": res,
            "member": {"id": m["id"], "membership": m["medlemskap"], "status": m["status"]},
        }
        if res == "denied":
            rec["reason"] = "MEMBERSHIP_" + ("FROZEN" if m["status"] == "frosset" else "INACTIVE")
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")

# ---------- nginx access log of minside ----------
UAS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.86 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.102 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0",
    "Mozilla/5.0 (Linux; Android 13; moto g54 5G) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.6668.100 Mobile Safari/537.36",
    "Kraftverket/3.14.2 (no.kraftverket.app; build:3142; iOS 17.6.1) Alamofire/5.9.1",
    "Kraftverket/3.14.2 (no.kraftverket.app; build:3142; Android 14) okhttp/4.12.0",
]
BOTS = [
    ("66.249.66.%d", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"),
    ("40.77.167.%d", "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)"),
    ("157.55.39.%d", "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)"),
]
NO_NETS = ["84.208.%d.%d", "84.210.%d.%d", "46.9.%d.%d", "77.16.%d.%d", "109.247.%d.%d", "195.159.%d.%d",
           "92.220.%d.%d", "85.164.%d.%d", "178.232.%d.%d", "81.167.%d.%d"]


def no_ip():
    if rnd.random() < 0.12:
        return "2a01:79c:cebd:%x:%x:%x:%x:%x" % tuple(rnd.randint(0, 0xffff) for _ in range(5))
    return rnd.choice(NO_NETS) % (rnd.randint(0, 255), rnd.randint(1, 254))


for m in members:
    m["ips"] = [no_ip() for _ in range(rnd.randint(1, 3))]
    m["ua"] = rnd.choice(UAS)

text_cats_nginx = {"ip_address", "activity", "device"}
lines = []
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def nts(dt):
    return "%02d/%s/%d:%s +0100" % (dt.day, MON[dt.month - 1], dt.year, dt.strftime("%H:%M:%S"))


start = datetime(2024, 11, 18, 0, 0, 0)
active = [m for m in members if m["status"] != "avsluttet"]
for i in range(1900):
    dt = start + timedelta(seconds=rnd.randint(0, 7 * 86400 - 1))
    r = rnd.random()
    if r < 0.07:
        net, ua = rnd.choice(BOTS)
        ip = net % rnd.randint(1, 254)
        path = rnd.choice(["/", "/sentre/majorstuen", "/sentre/bergen-sentrum", "/priser", "/timeplan",
                           "/robots.txt", "/sitemap.xml", "/gruppetimer/spinning"])
        lines.append((dt, '%s - - [%s] "GET %s HTTP/1.1" %d %d "-" "%s"' % (ip, nts(dt), path, 200,
                                                                          rnd.randint(900, 48000), ua)))
        continue
    if r < 0.14:
        ip = no_ip()
        ua = rnd.choice(UAS[:8])
        path = rnd.choice(["/", "/priser", "/timeplan?senter=MAJ", "/timeplan?senter=BRG", "/bli-medlem",
                           "/assets/app.7c41e9b2.js", "/assets/app.1d0f33aa.css", "/favicon.ico"])
        lines.append((dt, '%s - - [%s] "GET %s HTTP/2.0" 200 %d "https://www.google.com/" "%s"' % (
            ip, nts(dt), path, rnd.randint(400, 90000), ua)))
        continue
    m = rnd.choice(active)
    ip = rnd.choice(m["ips"])
    u = m["brukernavn"]
    proto = "HTTP/2.0" if "Kraftverket/" not in m["ua"] else "HTTP/1.1"
    k = rnd.random()
    if k < 0.30:
        req, st, ref = "GET /minside/%s" % u, 200, "https://www.kraftverket.no/logg-inn"
    elif k < 0.45:
        req, st, ref = "GET /minside/%s/besok?fra=2024-11-01" % u, 200, "https://www.kraftverket.no/minside/%s" % u
    elif k < 0.57:
        req, st, ref = "GET /minside/%s/fakturaer" % u, 200, "https://www.kraftverket.no/minside/%s" % u
    elif k < 0.62:
        req, st, ref = "GET /minside/%s/fakturaer/%d.pdf" % (u, rnd.randint(2403100, 2403999)), 200, "https://www.kraftverket.no/minside/%s/fakturaer" % u
    elif k < 0.75:
        req, st, ref = "POST /api/v2/booking/%d" % rnd.randint(71000, 71999), rnd.choice([201, 201, 201, 409]), "https://www.kraftverket.no/timeplan"
    elif k < 0.80:
        req, st, ref = "GET /minside/%s/frys-medlemskap" % u, 200, "https://www.kraftverket.no/minside/%s" % u
    elif k < 0.86:
        req, st, ref = "POST /logg-inn", rnd.choice([302, 302, 302, 401]), "https://www.kraftverket.no/logg-inn"
    elif k < 0.90:
        req, st, ref = "GET /minside/%s/profil" % u, 200, "https://www.kraftverket.no/minside/%s" % u
    elif k < 0.93:
        req, st, ref = "GET /nyhetsbrev/avmeld?epost=%s&kampanje=nov24" % m["epost"], 200, "-"
        text_cats_nginx.add("email")
    else:
        req, st, ref = "GET /api/v2/medlem/%d/qr" % m["id"], 200, "-"
    size = rnd.randint(300, 62000) if st == 200 else rnd.randint(0, 600)
    lines.append((dt, '%s - - [%s] "%s %s" %d %d "%s" "%s"' % (ip, nts(dt), req, proto, st, size, ref, m["ua"])))
    if "/minside/" in req:
        text_cats_nginx.add("username")
lines.sort(key=lambda x: x[0])
with open(os.path.join(OUT, "minside.access.log"), "w", encoding="utf-8", newline="\n") as f:
    for _, l in lines:
        f.write(l + "\n")


# ---------- .env ----------
def tok(n, alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(rnd.choice(alphabet) for _ in range(n))


hexa = "0123456789abcdef"
dbpw = tok(24)
env = f"""# Kraftverket medlemssystem - produksjon
# Sist oppdatert av drift 2024-10-14
APP_ENV=production
APP_DEBUG=false
APP_URL=https://www.kraftverket.no
APP_TIMEZONE=Europe/Oslo
APP_LOCALE=nb_NO

DB_HOST=pg-prod-01.kraftverket.internal
DB_PORT=5432
DB_DATABASE=medlemssystem
DB_USERNAME=medlem_app
DB_PASSWORD={dbpw}
DATABASE_URL=postgresql://medlem_app:{dbpw}@pg-prod-01.kraftverket.internal:5432/medlemssystem?sslmode=require

REDIS_URL=redis://:{tok(32)}@redis-prod.kraftverket.internal:6379/0
SESSION_LIFETIME=120

JWT_SECRET={tok(64)}

VIPPS_CLIENT_ID={uuid.UUID(int=rnd.getrandbits(128), version=4)}
VIPPS_CLIENT_SECRET={tok(40)}
VIPPS_SUBSCRIPTION_KEY={''.join(rnd.choice(hexa) for _ in range(32))}
VIPPS_MSN=212345

NETS_AVTALEGIRO_SFTP_HOST=sftp.nets.eu
NETS_AVTALEGIRO_SFTP_USER=kraftverket_ag
NETS_AVTALEGIRO_SFTP_PASSWORD={tok(20)}
NETS_DATAAVSENDER=00012345
NETS_OPPDRAGSKONTO=15030123456

MAIL_MAILER=smtp
MAIL_HOST=smtp.sendgrid.net
MAIL_PORT=587
MAIL_USERNAME=apikey
SENDGRID_API_KEY=SG.{tok(22)}.{tok(43)}
MAIL_FROM_ADDRESS=noreply@kraftverket.no
MAIL_FROM_NAME="Kraftverket Trening"

ADGANG_API_URL=https://adgang.kraftverket.internal/api/v1
ADGANG_API_TOKEN={''.join(rnd.choice(hexa) for _ in range(48))}

SENTRY_DSN=https://{''.join(rnd.choice(hexa) for _ in range(32))}@o451203.ingest.sentry.io/5523017
LOG_LEVEL=info
"""
with open(os.path.join(OUT, ".env"), "w", encoding="utf-8", newline="\n") as f:
    f.write(env)
# NETS_OPPDRAGSKONTO is the gym company's own settlement account (a business account, not a person's)

# ---------- class schedule CSV (control) ----------
KLASSER = [("Spinning 45", "Kondisjon", 45, 24), ("Spinning Intervall", "Kondisjon", 50, 24),
           ("Yoga Flow", "Mobilitet", 60, 20), ("Pilates", "Styrke", 55, 18), ("Sirkeltrening", "Styrke", 45, 22),
           ("BodyPump", "Styrke", 55, 30), ("Zumba", "Dans", 55, 30), ("Core 30", "Styrke", 30, 20),
           ("HIIT", "Kondisjon", 40, 20), ("Mobilitet & tøying", "Mobilitet", 45, 20),
           ("Senior styrke", "Styrke", 50, 16), ("Step", "Kondisjon", 50, 25)]
DAGER = ["Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag", "Lørdag", "Søndag"]
SALER = ["Sal 1", "Sal 2", "Spinningsal"]
rows = []
tid = 71000
for s in SENTRE:
    for di, dag in enumerate(DAGER):
        slots = [(6, 30), (7, 15), (12, 0), (16, 30), (17, 30), (18, 30), (19, 30)] if di < 5 else [(9, 0), (10, 15), (11, 30)]
        for hh, mm in slots:
            if rnd.random() < 0.3:
                continue
            k = rnd.choice(KLASSER)
            sal = "Spinningsal" if k[0].startswith("Spinning") else rnd.choice(SALER[:2])
            tid += 1
            nivaa = rnd.choice(["Alle", "Alle", "Nybegynner", "Viderekommen"])
            rows.append([str(tid), s[2], sal, k[0], k[1], dag, "%02d:%02d" % (hh, mm), str(k[2]), str(k[3]),
                         nivaa, "Ja" if k[0] != "Senior styrke" else "Nei", "Premium" if k[0] in ("BodyPump", "Yoga Flow") else "Basis"])
with open(os.path.join(OUT, "timeplan_gruppetimer_h2024.csv"), "w", encoding="utf-8-sig", newline="") as f:
    f.write("TimeID;Senter;Sal;Aktivitet;Kategori;Ukedag;Starttid;Varighet (min);Plasser;Nivå;Drop-in;Krever medlemskap\r\n")
    for r in rows:
        f.write(";".join(r) + "\r\n")

# ---------- truth ----------
truth = {
    "brief": ("Kraftverket Trening AS, a Norwegian gym chain (7 centres, Oslo/Bergen/Trondheim/Stavanger/"
              "Lillestrøm/Drammen): vendor export of its membership system. PostgreSQL pg_dump (COPY format) "
              "with members, door check-ins, invoices/AvtaleGiro payments and the centres table; NDJSON event "
              "feed from the door-access system; nginx combined access log of the members' web (Min side); the "
              "application's production .env; a semicolon CSV of group-class schedules. Norwegian (bokmål) "
              "headers and values; UTF-8."),
    "people": N_MEMBERS,
    "fields": {
        "medlemssystem_2024-12-01.sql": {
            "medlemmer.fornavn": "name",
            "medlemmer.etternavn": "name",
            "medlemmer.fodselsnummer": "government_id",
            "medlemmer.fodselsdato": "date_of_birth",
            "medlemmer.mobil": "phone",
            "medlemmer.epost": "email",
            "medlemmer.brukernavn": "username",
            "medlemmer.adresse": "location",
            "medlemmer.postnummer": "location",
            "medlemmer.poststed": "location",
            "medlemmer.medlemskap": "account_type",
            "medlemmer.status": "account_type",
            "medlemmer.innmeldt_dato": "activity",
            "besok.inn_tid": "activity",
            "besok.ut_tid": "activity",
            "betalinger.kontonummer": "bank_account",
        },
        "adgang_events_2024-11.ndjson": {
            "ts": "activity",
            "member.membership": "account_type",
            "member.status": "account_type",
        },
        ".env": {
            "DB_PASSWORD": "secret",
            "DATABASE_URL": "secret",
            "REDIS_URL": "secret",
            "JWT_SECRET": "secret",
            "VIPPS_CLIENT_SECRET": "secret",
            "VIPPS_SUBSCRIPTION_KEY": "secret",
            "NETS_AVTALEGIRO_SFTP_PASSWORD": "secret",
            "SENDGRID_API_KEY": "secret",
            "ADGANG_API_TOKEN": "secret",
        },
    },
    "text": {
        "minside.access.log": sorted(text_cats_nginx),
    },
    "controls": ["timeplan_gruppetimer_h2024.csv"],
    "ambiguous": {
        "adgang_events_2024-11.ndjson": ["card_uid"],
        ".env": ["SENTRY_DSN", "VIPPS_CLIENT_ID"],
    },
    "lookalikes": {
        "medlemssystem_2024-12-01.sql": {
            "betalinger.kid_nummer": "15-digit KID payment reference with a valid MOD10/Luhn check digit (starts with 0); an invoice reference, not a card or a person id",
            "betalinger.fakturanummer": "7-digit invoice numbers",
            "betalinger.forfallsdato": "invoice due dates",
            "betalinger.betalingsmate": "payment method (AvtaleGiro/eFaktura/Vipps/Papirfaktura)",
            "betalinger.status": "invoice status, not account status",
            "medlemmer.bindingstid_til": "contract lock-in end date (expiry-like date)",
            "sentre.telefon": "public switchboard numbers of gym centres (sentre is a table of places, no people)",
            "sentre.adresse": "business addresses of gym centres",
            "sentre.postnummer": "postcodes of gym centres",
            "sentre.poststed": "towns of gym centres",
        },
        "adgang_events_2024-11.ndjson": {
            "event_id": "UUIDv4 event ids",
            "reader.id": "door reader ids",
            "member.id": "internal member id",
        },
        ".env": {
            "MAIL_FROM_ADDRESS": "noreply@ role address of the company",
            "NETS_OPPDRAGSKONTO": "the company's own 11-digit settlement account (business, not a person's)",
            "VIPPS_MSN": "merchant serial number",
            "NETS_DATAAVSENDER": "Nets sender id",
        },
        "timeplan_gruppetimer_h2024.csv": {
            "Krever medlemskap": "required membership level for a class (a catalogue attribute, no person)",
        },
    },
    "notes": ("fodselsnummer: 11 digits, both mod-11 control digits valid, first six digits = fodselsdato (DDMMYY), "
              "individnummer consistent with century and gender. kontonummer (betalinger) is only filled for "
              "AvtaleGiro payers (otherwise \\N) and is 11 digits with a valid mod-11 check; it is the member's own "
              "debit account. Phones mixed '412 34 567', '+47 412 34 567' and bare 8 digits. pg_dump timestamps are "
              "timestamptz with +01/+02. The NDJSON has no name: it identifies members by internal id and by a "
              "7-byte MIFARE card_uid (a physical access-card identifier; listed as ambiguous rather than device). "
              "The nginx log carries user names in /minside/<brukernavn> paths, IPv4/IPv6 of members, user agents "
              "(browsers and the mobile app), plus a few newsletter-unsubscribe links with a raw email address in "
              "the query string; it also has search-engine bot lines. .env is listed under fields by key name. "
              "sentre is a control-like table of places inside the dump (public business phones/addresses)."),
}
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=2)
    f.write("\n")
print("members", len(members), "visits", len(visits), "payments", len(payments), "events", len(events),
      "log lines", len(lines), "classes", len(rows))
