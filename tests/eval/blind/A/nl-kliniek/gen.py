#!/usr/bin/env python3
"""Blind test dump A/nl-kliniek: booking vendor of a Dutch/Belgian clinic chain.
Standard library + openpyxl only. Seeded and deterministic."""
import csv, datetime as dt, io, json, os, random, string

SEED = 20240611
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "data")
EXPORT = dt.datetime(2024, 6, 1, 2, 0, 0)  # moment of the dump
os.makedirs(OUT, exist_ok=True)

# ---------------------------------------------------------------- word lists
NL_FIRST_M = ["Jan", "Pieter", "Daan", "Sem", "Lucas", "Thijs", "Bram", "Ruben", "Kees", "Henk", "Wouter",
              "Joost", "Maarten", "Niels", "Gerrit", "Stijn", "Koen", "Jeroen", "Bas", "Willem", "Teun", "Floris"]
NL_FIRST_F = ["Anna", "Sanne", "Lotte", "Fleur", "Eva", "Maaike", "Ingrid", "Femke", "Annelies", "Marieke",
              "Ilse", "Noor", "Julia", "Tessa", "Ria", "Wilma", "Esther", "Linda", "Carolien", "Iris", "Roos"]
NL_LAST = ["de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
           "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit",
           "Dijkstra", "Smits", "de Graaf", "van der Meer", "Kok", "Jacobs", "van Dijk", "Schouten", "Koster",
           "Prins", "Huisman", "Kuipers", "Postma", "Veenstra", "Hoekstra", "van Beek", "Willems"]
VL_FIRST_M = ["Wout", "Jens", "Pieter-Jan", "Arne", "Lander", "Sven", "Dirk", "Luc", "Geert", "Bart", "Tom",
              "Jef", "Stef", "Wim", "Robbe", "Kobe"]
VL_FIRST_F = ["Lien", "Hanne", "Ellen", "Katrien", "An", "Els", "Griet", "Nele", "Sofie", "Lies", "Marleen",
              "Annick", "Fien", "Ine", "Veerle", "Joke"]
VL_LAST = ["Peeters", "Janssens", "Maes", "Claes", "Goossens", "Wouters", "De Smet", "Vermeulen", "Van Damme",
           "Hermans", "Mertens", "Willems", "Verstraete", "De Clercq", "Van de Velde", "Martens", "Desmet",
           "Cools", "Van Acker", "Verhoeven", "Coppens", "De Backer", "Lambrechts", "Van Hoof"]
FR_FIRST_M = ["Jean", "Pierre", "Luc", "Olivier", "Nicolas", "François", "Julien", "Thierry", "Benoît",
              "Michel", "Antoine", "Maxime", "Cédric", "Philippe", "Gilles"]
FR_FIRST_F = ["Marie", "Sophie", "Isabelle", "Nathalie", "Céline", "Julie", "Aurélie", "Chantal", "Camille",
              "Émilie", "Valérie", "Catherine", "Manon", "Laure", "Sylvie"]
FR_LAST = ["Dubois", "Lambert", "Dupont", "Martin", "Simon", "Laurent", "Leclercq", "Lejeune", "Renard",
           "François", "Denis", "Lemaire", "Dumont", "Fontaine", "Collignon", "Delvaux", "Gilson", "Mathieu",
           "Hubert", "Piron", "Henrard", "Marchal"]

NL_STREETS = ["Kerkstraat", "Dorpsstraat", "Molenweg", "Prinsengracht", "Keizersgracht", "Lindenlaan",
              "Stationsweg", "Julianastraat", "Wilhelminalaan", "Oranjestraat", "Beukenlaan", "Schoolstraat",
              "Nieuwe Binnenweg", "Oudegracht", "Vondelstraat", "Van Woustraat", "Amsterdamsestraatweg",
              "Witte de Withstraat", "Biltstraat", "Jan van Galenstraat"]
# (city, postcode digits range)
NL_CITIES = [("Amsterdam", 1011, 1109), ("Rotterdam", 3011, 3089), ("Utrecht", 3511, 3585),
             ("Amstelveen", 1181, 1189), ("Haarlem", 2011, 2037), ("Zeist", 3701, 3709),
             ("Schiedam", 3111, 3125), ("Nieuwegein", 3431, 3439), ("Hilversum", 1211, 1223)]
VL_STREETS = ["Kerkstraat", "Stationsstraat", "Kapelstraat", "Nieuwstraat", "Molenstraat", "Meir",
              "Lange Leemstraat", "Turnhoutsebaan", "Overpoortstraat", "Kortrijksesteenweg", "Brugse Poort",
              "Veldstraat", "Dorpsstraat", "Grote Markt", "Diestsestraat"]
VL_CITIES = [("Antwerpen", "2000"), ("Berchem", "2600"), ("Borgerhout", "2140"), ("Mortsel", "2640"),
             ("Gent", "9000"), ("Sint-Amandsberg", "9040"), ("Ledeberg", "9050"), ("Mechelen", "2800"),
             ("Leuven", "3000")]
FR_STREETS = ["Rue de la Station", "Rue Haute", "Avenue Louise", "Chaussée de Waterloo", "Rue Saint-Gilles",
              "Boulevard d'Avroy", "Rue Féronstrée", "Rue du Moulin", "Avenue de Tervueren", "Rue de l'Église",
              "Rue des Champs", "Place du Marché"]
FR_CITIES = [("Bruxelles", "1000"), ("Ixelles", "1050"), ("Etterbeek", "1040"), ("Uccle", "1180"),
             ("Liège", "4000"), ("Herstal", "4040"), ("Seraing", "4100"), ("Namur", "5000")]

NL_INSURERS = ["Zilveren Kruis", "CZ", "VGZ", "Menzis", "DSW", "ONVZ", "a.s.r.", "Zorg en Zekerheid"]
VL_INSURERS = ["CM - Christelijke Mutualiteit", "Helan", "Solidaris", "Liberale Mutualiteit", "Partena"]
FR_INSURERS = ["Mutualité chrétienne", "Solidaris", "Partenamut", "Mutualité libérale", "MUTUALIA"]
EMAIL_DOMAINS_NL = ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl", "xs4all.nl"]
EMAIL_DOMAINS_BE = ["gmail.com", "telenet.be", "skynet.be", "hotmail.com", "proximus.be", "outlook.be"]

LOCATIES = [  # code, naam, stad, land, taal
    ("AMS-C", "MediVita Amsterdam Centrum", "Amsterdam", "NL", "nl"),
    ("AMS-Z", "MediVita Amsterdam Zuid", "Amsterdam", "NL", "nl"),
    ("RTD", "MediVita Rotterdam Kralingen", "Rotterdam", "NL", "nl"),
    ("UTR", "MediVita Utrecht Lombok", "Utrecht", "NL", "nl"),
    ("ANT", "MediVita Antwerpen Zuid", "Antwerpen", "BE", "nl"),
    ("GNT", "MediVita Gent", "Gent", "BE", "nl"),
    ("BXL", "MediVita Bruxelles Louise", "Bruxelles", "BE", "fr"),
    ("LGE", "MediVita Liège Guillemins", "Liège", "BE", "fr"),
]
SPECIALISMEN = [("Fysiotherapie", "Physiothérapie"), ("Huidtherapie", "Dermatologie"),
                ("Podotherapie", "Podologie"), ("Diëtetiek", "Diététique"), ("Mondhygiëne", "Hygiène dentaire"),
                ("Psychologie", "Psychologie")]
BEHANDELINGEN = [("FT-INT", "Intake fysiotherapie", 48.50, 45), ("FT-ZIT", "Fysiotherapie zitting", 39.00, 30),
                 ("HT-ACN", "Acnebehandeling", 62.00, 45), ("PT-ZOOL", "Steunzolen aanmeten", 145.00, 60),
                 ("DT-CONS", "Dieetconsult", 55.00, 45), ("DT-VERV", "Vervolgconsult diëtist", 32.50, 20),
                 ("MH-REIN", "Gebitsreiniging", 71.20, 40), ("PS-GESPR", "Psychologisch gesprek", 110.00, 50),
                 ("FT-MANU", "Manuele therapie", 52.00, 30), ("PT-NAGEL", "Nagelbehandeling", 38.00, 25)]

# ---------------------------------------------------------------- checksums
def bsn():
    while True:
        d = [R.randint(1, 6)] + [R.randint(0, 9) for _ in range(7)]
        s = sum(w * x for w, x in zip(range(9, 1, -1), d))
        c = s % 11
        if c < 10:
            d.append(c)
            return "".join(map(str, d))

def bsn_ok(v):
    d = list(map(int, v))
    return len(d) == 9 and (sum(w * x for w, x in zip(range(9, 1, -1), d[:8])) - d[8]) % 11 == 0

def insz(birth, male):
    yymmdd = birth.strftime("%y%m%d")
    seq = R.randint(1, 997)
    if (seq % 2 == 1) != male:
        seq += 1
    base = f"{yymmdd}{seq:03d}"
    num = int(("2" + base) if birth.year >= 2000 else base)
    chk = 97 - num % 97
    return base + f"{chk:02d}"

def insz_ok(v, birth):
    base, chk = v[:9], int(v[9:])
    num = int(("2" + base) if birth.year >= 2000 else base)
    return 97 - num % 97 == chk

def iban(cc, bban):
    s = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return f"{cc}{98 - int(s) % 97:02d}{bban}"

def iban_ok(v):
    s = "".join(str(int(ch, 36)) for ch in v[4:] + v[:4])
    return int(s) % 97 == 1

def nl_iban():
    bank = R.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"])
    return iban("NL", bank + "".join(R.choice(string.digits) for _ in range(10)))

def be_iban():
    first10 = f"{R.choice([1, 63, 68, 73, 143, 210, 320, 363, 731, 979]):03d}" + f"{R.randint(0, 9999999):07d}"
    c = int(first10) % 97 or 97
    return iban("BE", first10 + f"{c:02d}")

def betalingskenmerk():
    # Dutch 16-digit payment reference: check digit first, mod-11 weights from the right
    body = [R.randint(0, 9) for _ in range(15)]
    weights = [2, 4, 8, 5, 10, 9, 7, 3, 6, 1]
    s = sum(d * weights[i % 10] for i, d in enumerate(reversed(body)))
    c = 11 - s % 11
    c = {10: 1, 11: 0}.get(c, c)
    return str(c) + "".join(map(str, body))

def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0

def slug(s):
    tr = str.maketrans("éèëêïîöôüûçàâÉ", "eeeeiioouucaaE")
    return "".join(ch for ch in s.translate(tr).lower() if ch.isalnum())

# ---------------------------------------------------------------- phones
def nl_mobile():
    n = f"{R.randint(10000000, 99999999)}"
    form = R.random()
    if form < 0.55:
        return "06-" + n
    if form < 0.75:
        return "06 " + n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:]
    if form < 0.9:
        return "+31 6 " + n
    return "06" + n

def nl_landline(city):
    area = {"Amsterdam": "020", "Rotterdam": "010", "Utrecht": "030", "Amstelveen": "020", "Haarlem": "023",
            "Zeist": "030", "Schiedam": "010", "Nieuwegein": "030", "Hilversum": "035"}[city]
    return f"{area}-{R.randint(2000000, 6999999)}"

def be_mobile():
    p = R.choice(["470", "471", "472", "473", "475", "476", "477", "478", "479", "484", "485", "486", "487",
                  "488", "489", "491", "492", "493", "494", "495", "496", "497", "498", "499"])
    a, b, c = R.randint(10, 99), R.randint(10, 99), R.randint(10, 99)
    if R.random() < 0.6:
        return f"0{p} {a} {b} {c}"
    if R.random() < 0.7:
        return f"+32 {p} {a} {b} {c}"
    return f"0{p}/{a}.{b}.{c}"

def e164(phone):
    d = "".join(ch for ch in phone if ch.isdigit())
    if phone.startswith("+"):
        return "+" + d
    if d.startswith("06") or d.startswith("0") and len(d) == 10 and not d.startswith("04"):
        return "+31" + d[1:]
    return "+32" + d[1:]

# ---------------------------------------------------------------- people
def rand_birth():
    start = dt.date(1938, 1, 1).toordinal()
    end = dt.date(2016, 12, 31).toordinal()
    return dt.date.fromordinal(R.randint(start, end))

patients = []
used_bsn, used_insz = set(), set()
N_NL, N_VL, N_FR = 68, 36, 26
pid = 1000
for grp, n in (("NL", N_NL), ("VL", N_VL), ("FR", N_FR)):
    for _ in range(n):
        pid += R.randint(1, 4)
        male = R.random() < 0.47
        if grp == "NL":
            vn = R.choice(NL_FIRST_M if male else NL_FIRST_F); an = R.choice(NL_LAST)
            city, lo, hi = R.choice(NL_CITIES)
            pc = f"{R.randint(lo, hi)} {R.choice('ABCDEGHJKLMNPRSTVWXZ')}{R.choice('ABCDEGHJKLMNPRSTVWXZ')}"
            adres = f"{R.choice(NL_STREETS)} {R.randint(1, 240)}" + R.choice(["", "", "", "-II", " hs", "A", "-3"])
            birth = rand_birth()
            b = bsn()
            while b in used_bsn:
                b = bsn()
            used_bsn.add(b)
            nid_bsn, nid_insz = b, None
            tel = nl_mobile() if R.random() < 0.8 else nl_landline(city)
            ins = R.choice(NL_INSURERS); polis = f"{R.randint(100000000, 999999999)}"
            dom = R.choice(EMAIL_DOMAINS_NL); land = "NL"; taal = "nl"
        else:
            if grp == "VL":
                vn = R.choice(VL_FIRST_M if male else VL_FIRST_F); an = R.choice(VL_LAST)
                city, pc = R.choice(VL_CITIES)
                adres = f"{R.choice(VL_STREETS)} {R.randint(1, 180)}" + R.choice(["", "", "", " bus 2", "/3"])
                ins = R.choice(VL_INSURERS); taal = "nl"
            else:
                vn = R.choice(FR_FIRST_M if male else FR_FIRST_F); an = R.choice(FR_LAST)
                city, pc = R.choice(FR_CITIES)
                adres = f"{R.choice(FR_STREETS)} {R.randint(1, 180)}" + R.choice(["", "", "", " bte 4", "/2"])
                ins = R.choice(FR_INSURERS); taal = "fr"
            birth = rand_birth()
            v = insz(birth, male)
            while v in used_insz:
                v = insz(birth, male)
            used_insz.add(v)
            nid_bsn, nid_insz = None, v
            tel = be_mobile()
            polis = None
            dom = R.choice(EMAIL_DOMAINS_BE); land = "BE"
        if R.random() < 0.85:
            email = R.choice([f"{slug(vn)}.{slug(an)}", f"{slug(vn)[0]}{slug(an)}", f"{slug(vn)}{birth.year % 100:02d}",
                              f"{slug(an)}.{slug(vn)}"]) + "@" + dom
        else:
            email = None
        created = dt.datetime(2021, 1, 4, 7) + dt.timedelta(minutes=R.randint(0, 60 * 24 * 1225))
        if created.hour < 7:
            created += dt.timedelta(hours=9)
        patients.append(dict(id=pid, grp=grp, bsn=nid_bsn, insz=nid_insz, voornaam=vn, achternaam=an,
                             geslacht="M" if male else "V", geboortedatum=birth, telefoon=tel, email=email,
                             adres=adres, postcode=pc, woonplaats=city, land=land, zorgverzekeraar=ins,
                             polisnummer=polis, taal=taal, aangemaakt_op=created))

# practitioners
behandelaars = []
for i, (code, naam, stad, land, taal) in enumerate(LOCATIES):
    for j in range(2):
        male = R.random() < 0.4
        if land == "NL":
            vn = R.choice(NL_FIRST_M if male else NL_FIRST_F); an = R.choice(NL_LAST)
        elif taal == "nl":
            vn = R.choice(VL_FIRST_M if male else VL_FIRST_F); an = R.choice(VL_LAST)
        else:
            vn = R.choice(FR_FIRST_M if male else FR_FIRST_F); an = R.choice(FR_LAST)
        spec = SPECIALISMEN[(i * 2 + j) % len(SPECIALISMEN)]
        big = f"{R.randint(1, 9)}{R.randint(0, 9999999999):010d}" if land == "NL" else None
        riziv = None
        if land == "BE":
            riziv = f"{R.randint(1, 6)}-{R.randint(10000, 99999)}-{R.randint(10, 99)}-{R.choice(['520', '540', '610', '790'])}"
        behandelaars.append(dict(id=len(behandelaars) + 1, voornaam=vn, achternaam=an, locatie=code, land=land,
                                 spec=spec, big=big, riziv=riziv,
                                 email=f"{slug(vn)}.{slug(an)}@medivita-klinieken.{'nl' if land == 'NL' else 'be'}",
                                 mobiel=nl_mobile() if land == "NL" else be_mobile(),
                                 sinds=dt.date(2012, 1, 1) + dt.timedelta(days=R.randint(0, 4200)),
                                 contract=R.choice(["vast / CDI", "tijdelijk / CDD", "ZZP / indépendant"])))

def loc_for(p):
    if p["land"] == "NL":
        return {"Amsterdam": R.choice(["AMS-C", "AMS-Z"]), "Amstelveen": "AMS-Z", "Haarlem": "AMS-C",
                "Hilversum": "UTR", "Rotterdam": "RTD", "Schiedam": "RTD"}.get(p["woonplaats"], "UTR")
    if p["grp"] == "VL":
        return "GNT" if p["postcode"].startswith("9") else "ANT"
    return "LGE" if p["postcode"][0] == "4" else "BXL"

# appointments
afspraken = []
aid = 55000
for p in patients:
    for _ in range(R.randint(1, 5)):
        aid += R.randint(1, 7)
        loc = loc_for(p)
        beh = R.choice([b for b in behandelaars if b["locatie"] == loc])
        start = max(p["aangemaakt_op"], dt.datetime(2023, 1, 2))
        span = max(2, (dt.datetime(2024, 9, 30) - start).days)
        when = start + dt.timedelta(days=R.randint(1, span))
        when = when.replace(hour=R.randint(8, 17), minute=R.choice([0, 15, 30, 45]), second=0, microsecond=0)
        pref = {"Fysiotherapie": "FT", "Huidtherapie": "HT", "Podotherapie": "PT", "Diëtetiek": "DT",
                "Mondhygiëne": "MH", "Psychologie": "PS"}[beh["spec"][0]]
        beh_code = R.choice([x for x in BEHANDELINGEN if x[0].startswith(pref)])
        if when >= EXPORT:
            status = R.choices(["gepland", "geannuleerd"], [90, 10])[0]
        else:
            status = R.choices(["voltooid", "geannuleerd", "no-show"], [78, 15, 7])[0]
        afspraken.append(dict(id=aid, patient_id=p["id"], datum=when, behandelaar=f"{beh['voornaam']} {beh['achternaam']}",
                              behandelaar_id=beh["id"], locatie=loc, behandeling=beh_code[0], status=status,
                              duur=beh_code[3], tarief=beh_code[2]))
afspraken.sort(key=lambda a: a["id"])

# payments (one IBAN per paying patient)
pat_by_id = {p["id"]: p for p in patients}
for p in patients:
    p["iban"] = nl_iban() if p["land"] == "NL" else be_iban()
betalingen = []
bid = 880100
kenmerken = []
for a in afspraken:
    if a["status"] != "voltooid" or R.random() < 0.2:
        continue
    p = pat_by_id[a["patient_id"]]
    methode = (R.choice(["iDEAL", "iDEAL", "SEPA-incasso", "overschrijving"]) if p["land"] == "NL"
               else R.choice(["Bancontact", "Bancontact", "domiciliëring", "virement"]))
    holder = f"{p['voornaam'][0]}. {p['achternaam']}" if R.random() < 0.5 else f"{p['voornaam']} {p['achternaam']}"
    if methode in ("overschrijving", "virement") and R.random() < 0.5:
        holder = holder.upper()
    paid = a["datum"] + dt.timedelta(days=R.randint(0, 21), hours=R.randint(0, 6), minutes=R.randint(0, 59))
    if paid >= EXPORT:
        continue
    bid += 1
    k = betalingskenmerk()
    kenmerken.append(k)
    betalingen.append(dict(id=bid, patient_id=p["id"], afspraak_id=a["id"], iban=p["iban"], tenaamstelling=holder,
                           betalingskenmerk=k, bedrag=a["tarief"], valuta="EUR", methode=methode, betaald_op=paid))

# ---------------------------------------------------------------- pg_dump
def last_sunday(y, m):
    d = dt.date(y, m, 31)
    return d - dt.timedelta(days=(d.weekday() + 1) % 7)

def is_dst(v):
    return last_sunday(v.year, 3) <= v.date() < last_sunday(v.year, 10)

def pgv(v):
    if v is None:
        return r"\N"
    if isinstance(v, bool):
        return "t" if v else "f"
    if isinstance(v, dt.datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S") + ("+02" if is_dst(v) else "+01")
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, float):
        return f"{v:.2f}"
    return str(v).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")

sql = io.StringIO()
w = sql.write
w("""--
-- PostgreSQL database dump
--

-- Dumped from database version 15.6 (Debian 15.6-1.pgdg120+2)
-- Dumped by pg_dump version 15.6 (Debian 15.6-1.pgdg120+2)

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

--
-- Name: afspraken; Type: TABLE; Schema: public; Owner: boeking
--

CREATE TABLE public.afspraken (
    id integer NOT NULL,
    patient_id integer NOT NULL,
    datum timestamp with time zone NOT NULL,
    duur_min smallint DEFAULT 30 NOT NULL,
    behandelaar character varying(120) NOT NULL,
    behandelaar_id integer,
    locatie_code character varying(8) NOT NULL,
    behandeling_code character varying(12) NOT NULL,
    status character varying(16) DEFAULT 'gepland'::character varying NOT NULL
);


ALTER TABLE public.afspraken OWNER TO boeking;

--
-- Name: betalingen; Type: TABLE; Schema: public; Owner: boeking
--

CREATE TABLE public.betalingen (
    id integer NOT NULL,
    patient_id integer NOT NULL,
    afspraak_id integer,
    iban character varying(34) NOT NULL,
    tenaamstelling character varying(140),
    betalingskenmerk character(16) NOT NULL,
    bedrag numeric(10,2) NOT NULL,
    valuta character(3) DEFAULT 'EUR'::bpchar NOT NULL,
    methode character varying(20) NOT NULL,
    betaald_op timestamp with time zone
);


ALTER TABLE public.betalingen OWNER TO boeking;

--
-- Name: locaties; Type: TABLE; Schema: public; Owner: boeking
--

CREATE TABLE public.locaties (
    code character varying(8) NOT NULL,
    naam character varying(120) NOT NULL,
    stad character varying(80) NOT NULL,
    land character(2) NOT NULL,
    taal character(2) NOT NULL
);


ALTER TABLE public.locaties OWNER TO boeking;

--
-- Name: patienten; Type: TABLE; Schema: public; Owner: boeking
--

CREATE TABLE public.patienten (
    id integer NOT NULL,
    bsn character(9),
    insz character varying(15),
    voornaam character varying(80) NOT NULL,
    achternaam character varying(120) NOT NULL,
    geslacht character(1),
    geboortedatum date NOT NULL,
    telefoon character varying(32),
    email character varying(254),
    adres character varying(200),
    postcode character varying(10),
    woonplaats character varying(80),
    land character(2) DEFAULT 'NL'::bpchar NOT NULL,
    zorgverzekeraar character varying(80),
    polisnummer character varying(20),
    taal character(2) DEFAULT 'nl'::bpchar NOT NULL,
    aangemaakt_op timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT patienten_id_check CHECK (((bsn IS NOT NULL) OR (insz IS NOT NULL)))
);


ALTER TABLE public.patienten OWNER TO boeking;

""")

w("--\n-- Data for Name: afspraken; Type: TABLE DATA; Schema: public; Owner: boeking\n--\n\n")
w("COPY public.afspraken (id, patient_id, datum, duur_min, behandelaar, behandelaar_id, locatie_code, behandeling_code, status) FROM stdin;\n")
for a in afspraken:
    w("\t".join(pgv(x) for x in (a["id"], a["patient_id"], a["datum"], a["duur"], a["behandelaar"], a["behandelaar_id"],
                                 a["locatie"], a["behandeling"], a["status"])) + "\n")
w("\\.\n\n\n")
w("--\n-- Data for Name: betalingen; Type: TABLE DATA; Schema: public; Owner: boeking\n--\n\n")
w("COPY public.betalingen (id, patient_id, afspraak_id, iban, tenaamstelling, betalingskenmerk, bedrag, valuta, methode, betaald_op) FROM stdin;\n")
for b in betalingen:
    w("\t".join(pgv(x) for x in (b["id"], b["patient_id"], b["afspraak_id"], b["iban"], b["tenaamstelling"],
                                 b["betalingskenmerk"], b["bedrag"], b["valuta"], b["methode"], b["betaald_op"])) + "\n")
w("\\.\n\n\n")
w("--\n-- Data for Name: locaties; Type: TABLE DATA; Schema: public; Owner: boeking\n--\n\n")
w("COPY public.locaties (code, naam, stad, land, taal) FROM stdin;\n")
for l in LOCATIES:
    w("\t".join(l) + "\n")
w("\\.\n\n\n")
w("--\n-- Data for Name: patienten; Type: TABLE DATA; Schema: public; Owner: boeking\n--\n\n")
w("COPY public.patienten (id, bsn, insz, voornaam, achternaam, geslacht, geboortedatum, telefoon, email, adres, postcode, woonplaats, land, zorgverzekeraar, polisnummer, taal, aangemaakt_op) FROM stdin;\n")
for p in patients:
    insz_disp = p["insz"]
    if insz_disp and R.random() < 0.5:
        v = insz_disp
        insz_disp = f"{v[0:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:11]}"
    p["insz_written"] = insz_disp
    w("\t".join(pgv(x) for x in (p["id"], p["bsn"], insz_disp, p["voornaam"], p["achternaam"], p["geslacht"],
                                 p["geboortedatum"], p["telefoon"], p["email"], p["adres"], p["postcode"],
                                 p["woonplaats"], p["land"], p["zorgverzekeraar"], p["polisnummer"], p["taal"],
                                 p["aangemaakt_op"])) + "\n")
w("\\.\n\n\n")
w(f"""--
-- Name: afspraken_id_seq; Type: SEQUENCE SET; Schema: public; Owner: boeking
--

SELECT pg_catalog.setval('public.afspraken_id_seq', {afspraken[-1]['id']}, true);


--
-- Name: afspraken afspraken_pkey; Type: CONSTRAINT; Schema: public; Owner: boeking
--

ALTER TABLE ONLY public.afspraken
    ADD CONSTRAINT afspraken_pkey PRIMARY KEY (id);


--
-- Name: betalingen betalingen_pkey; Type: CONSTRAINT; Schema: public; Owner: boeking
--

ALTER TABLE ONLY public.betalingen
    ADD CONSTRAINT betalingen_pkey PRIMARY KEY (id);


--
-- Name: locaties locaties_pkey; Type: CONSTRAINT; Schema: public; Owner: boeking
--

ALTER TABLE ONLY public.locaties
    ADD CONSTRAINT locaties_pkey PRIMARY KEY (code);


--
-- Name: patienten patienten_pkey; Type: CONSTRAINT; Schema: public; Owner: boeking
--

ALTER TABLE ONLY public.patienten
    ADD CONSTRAINT patienten_pkey PRIMARY KEY (id);


--
-- Name: afspraken afspraken_patient_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: boeking
--

ALTER TABLE ONLY public.afspraken
    ADD CONSTRAINT afspraken_patient_id_fkey FOREIGN KEY (patient_id) REFERENCES public.patienten(id);


--
-- Name: betalingen betalingen_patient_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: boeking
--

ALTER TABLE ONLY public.betalingen
    ADD CONSTRAINT betalingen_patient_id_fkey FOREIGN KEY (patient_id) REFERENCES public.patienten(id);


--
-- PostgreSQL database dump complete
--

""")
with open(os.path.join(OUT, "boeking_prod.sql"), "w", encoding="utf-8", newline="\n") as f:
    f.write(sql.getvalue())

# ---------------------------------------------------------------- SMS gateway CSV (French headers, ';')
sms_rows = []
msg_refs, op_refs = [], []
for a in afspraken:
    if a["status"] == "geannuleerd" and R.random() < 0.5:
        continue
    p = pat_by_id[a["patient_id"]]
    sent = a["datum"] - dt.timedelta(days=1) + dt.timedelta(hours=R.randint(-8, -1), minutes=R.randint(0, 59),
                                                           seconds=R.randint(0, 59))
    sent = sent.replace(hour=max(9, min(sent.hour, 19)))
    if sent >= EXPORT:
        continue
    loc = dict((l[0], l[1]) for l in LOCATIES)[a["locatie"]]
    tijd = a["datum"].strftime("%H:%M")
    if p["taal"] == "fr":
        txt = f"Bonjour {p['voornaam']}, rappel : votre rendez-vous chez {loc} demain à {tijd}. Pour annuler, répondez STOP."
    else:
        txt = f"Beste {p['voornaam']}, herinnering: uw afspraak bij {loc} morgen om {tijd}. Afmelden? Antwoord STOP."
    mref = f"{R.randint(1, 9)}{R.randint(0, 10**15 - 1):015d}"
    oref = f"{R.randint(1, 9)}{R.randint(0, 10**18 - 1):018d}"
    msg_refs.append(mref); op_refs.append(oref)
    statut = R.choices(["DELIVRE", "DELIVRE", "DELIVRE", "ENVOYE", "ECHEC", "EXPIRE"], [50, 20, 10, 8, 6, 3])[0]
    sms_rows.append([mref, oref, e164(p["telefoon"]), sent.strftime("%d/%m/%Y %H:%M:%S"), statut,
                     "RAPPEL_RDV_FR" if p["taal"] == "fr" else "HERINNERING_NL", len(txt) // 153 + 1, txt,
                     "0.0650" if p["land"] == "NL" else "0.0590"])
sms_rows.sort(key=lambda r: dt.datetime.strptime(r[3], "%d/%m/%Y %H:%M:%S"))
with open(os.path.join(OUT, "sms_envois_2023-2024.csv"), "w", encoding="utf-8", newline="") as f:
    cw = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    cw.writerow(["id_message", "ref_operateur", "destinataire", "date_envoi", "statut", "modele", "nb_segments",
                 "texte", "cout_eur"])
    cw.writerows(sms_rows)

# ---------------------------------------------------------------- practitioners XLSX
import openpyxl
from openpyxl.styles import Font
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Behandelaars"
ws["A1"] = "MediVita Klinieken — Overzicht behandelaars / Aperçu des praticiens"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Peildatum / Date de référence: 01-06-2024"
hdr = ["Nr.", "Naam / Nom", "BIG-registratienummer", "RIZIV-nr / n° INAMI", "Specialisme / Spécialité",
       "Locatie / Site", "E-mail", "Mobiel / GSM", "In dienst sinds / En service depuis", "Contract / Contrat"]
ws.append([])
ws.append(hdr)
for c in ws[4]:
    c.font = Font(bold=True)
for b in behandelaars:
    spec = b["spec"][0] if b["land"] == "NL" else f"{b['spec'][0]} / {b['spec'][1]}"
    ws.append([b["id"], f"{b['voornaam']} {b['achternaam']}", b["big"], b["riziv"], spec, b["locatie"],
               b["email"], b["mobiel"], b["sinds"], b["contract"]])
for row in ws.iter_rows(min_row=5, min_col=9, max_col=9):
    for c in row:
        c.number_format = "DD-MM-YYYY"
for col, wdt in zip("ABCDEFGHIJ", [5, 26, 22, 20, 34, 10, 42, 18, 16, 20]):
    ws.column_dimensions[col].width = wdt
wb.properties.creator = "Planning MediVita"
wb.properties.created = dt.datetime(2024, 6, 1, 9, 0, 0)
wb.properties.modified = dt.datetime(2024, 6, 1, 9, 0, 0)
wb.save(os.path.join(OUT, "behandelaars_2024.xlsx"))

# ---------------------------------------------------------------- price list (control)
with open(os.path.join(OUT, "tarieven_2024.csv"), "w", encoding="utf-8", newline="") as f:
    cw = csv.writer(f, delimiter=";", lineterminator="\r\n")
    cw.writerow(["code", "omschrijving", "description_fr", "duur_min", "tarief_eur", "btw_pct", "geldig_vanaf"])
    fr = {"FT-INT": "Bilan kinésithérapie", "FT-ZIT": "Séance de kinésithérapie", "HT-ACN": "Traitement de l'acné",
          "PT-ZOOL": "Semelles orthopédiques", "DT-CONS": "Consultation diététique", "DT-VERV": "Suivi diététique",
          "MH-REIN": "Détartrage", "PS-GESPR": "Entretien psychologique", "FT-MANU": "Thérapie manuelle",
          "PT-NAGEL": "Soins des ongles"}
    for code, oms, tarief, duur in BEHANDELINGEN:
        cw.writerow([code, oms, fr[code], duur, f"{tarief:.2f}".replace(".", ","),
                     "0" if code[:2] in ("FT", "PS", "MH") else "21", "01-01-2024"])

# ---------------------------------------------------------------- .env
def tok(n, alphabet=string.ascii_letters + string.digits):
    return "".join(R.choice(alphabet) for _ in range(n))

env_secret_keys = ["DB_PASSWORD", "DATABASE_URL", "SMS_GATEWAY_API_KEY", "JWT_SECRET", "SMTP_PASSWORD",
                   "MOLLIE_API_KEY", "SENTRY_DSN", "APP_KEY"]
dbpw = tok(20)
env = f"""# MediVita Boekingsplatform — productie
APP_NAME=medivita-boeking
APP_ENV=production
APP_DEBUG=false
APP_URL=https://boeken.medivita-klinieken.nl
APP_KEY=base64:{tok(43)}=
APP_LOCALE=nl
APP_FALLBACK_LOCALE=fr
APP_TIMEZONE=Europe/Amsterdam

DB_CONNECTION=pgsql
DB_HOST=pg-prod-01.medivita.internal
DB_PORT=5432
DB_DATABASE=boeking
DB_USERNAME=boeking
DB_PASSWORD={dbpw}
DATABASE_URL=postgresql://boeking:{dbpw}@pg-prod-01.medivita.internal:5432/boeking?sslmode=require

SMS_GATEWAY_URL=https://api.smsgateway.be/v2/messages
SMS_GATEWAY_SENDER=MediVita
SMS_GATEWAY_API_KEY=sgw_live_{tok(32)}

MOLLIE_API_KEY=live_{tok(30)}
JWT_SECRET={tok(64, string.hexdigits.lower()[:16])}
JWT_TTL=60

MAIL_MAILER=smtp
SMTP_HOST=smtp.sendgrid.net
SMTP_PORT=587
SMTP_USERNAME=apikey
SMTP_PASSWORD=SG.{tok(22)}.{tok(43)}
MAIL_FROM_ADDRESS=noreply@medivita-klinieken.nl

SENTRY_DSN=https://{tok(32, '0123456789abcdef')}@o441207.ingest.sentry.io/5513384
LOG_CHANNEL=daily
LOG_LEVEL=info
ALERT_EMAIL=pieter.dijkstra@medivita-klinieken.nl
SESSION_LIFETIME=120
QUEUE_CONNECTION=redis
REDIS_HOST=redis-prod-01.medivita.internal
"""
with open(os.path.join(OUT, ".env"), "w", encoding="utf-8", newline="\n") as f:
    f.write(env)

# ---------------------------------------------------------------- application log
UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0"]
def ip_for(p):
    if p["land"] == "NL":
        return R.choice([f"84.{R.randint(24, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                         f"77.{R.randint(160, 175)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                         f"145.{R.randint(128, 135)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                         f"2001:1c00:{R.randint(0x1000, 0xffff):x}:{R.randint(0, 0xffff):x}::{R.randint(1, 0xfff):x}"])
    return R.choice([f"81.{R.randint(240, 247)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"91.{R.randint(176, 183)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"178.{R.randint(116, 119)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"2a02:1811:{R.randint(0x1000, 0xffff):x}:{R.randint(0, 0xffff):x}::{R.randint(1, 0xfff):x}"])
for p in patients:
    p["ip"] = ip_for(p); p["ua"] = R.choice(UAS)
log_lines = []
threads = [f"http-nio-8080-exec-{i}" for i in range(1, 11)]
t0 = dt.datetime(2024, 5, 13, 6, 58, 2)
t = t0
sample = R.sample(afspraken, 170)
for a in sample:
    p = pat_by_id[a["patient_id"]]
    t += dt.timedelta(seconds=R.randint(3, 240), milliseconds=R.randint(0, 999))
    ts = t.strftime("%Y-%m-%d %H:%M:%S,") + f"{t.microsecond // 1000:03d}"
    th = R.choice(threads)
    kind = R.random()
    if kind < 0.3 and a["datum"] > t + dt.timedelta(days=1):
        log_lines.append(f"{ts} INFO  [{th}] n.m.boeking.auth.PortalLoginHandler - Login geslaagd patient_id={p['id']} ip={p['ip']} ua=\"{p['ua']}\"")
        t += dt.timedelta(seconds=R.randint(5, 60))
        ts = t.strftime("%Y-%m-%d %H:%M:%S,") + f"{t.microsecond // 1000:03d}"
        log_lines.append(f"{ts} INFO  [{th}] n.m.boeking.afspraak.AfspraakService - Afspraak aangemaakt afspraak_id={a['id']} patient_id={p['id']} locatie={a['locatie']} behandelaar_id={a['behandelaar_id']} start={a['datum'].isoformat()} ip={p['ip']}")
    elif kind < 0.45 and p["email"]:
        log_lines.append(f"{ts} WARN  [{th}] n.m.boeking.auth.PortalLoginHandler - Login mislukt: ongeldig wachtwoord email={p['email']} ip={p['ip']} pogingen={R.randint(1, 4)}")
    elif kind < 0.6:
        log_lines.append(f"{ts} INFO  [{th}] n.m.boeking.afspraak.AfspraakService - Afspraak geannuleerd afspraak_id={a['id']} patient_id={p['id']} door=patient ip={p['ip']}")
    elif kind < 0.75:
        mref = f"{R.randint(1, 9)}{R.randint(0, 10**15 - 1):015d}"
        st = R.choice(["202 Accepted", "202 Accepted", "202 Accepted", "503 Service Unavailable"])
        lvl = "INFO " if st.startswith("202") else "ERROR"
        log_lines.append(f"{ts} {lvl} [sms-worker-{R.randint(1, 3)}] n.m.boeking.sms.SmsGatewayClient - POST /v2/messages to={e164(p['telefoon'])} msg_ref={mref} patient_id={p['id']} -> {st}")
    elif kind < 0.88:
        log_lines.append(f"{ts} INFO  [{th}] n.m.boeking.betaling.WebhookController - Betaling ontvangen patient_id={p['id']} afspraak_id={a['id']} bedrag={a['tarief']:.2f} status=paid tr_{tok(10)}")
    else:
        log_lines.append(f"{ts} DEBUG [{th}] n.m.boeking.http.RequestLogger - GET /api/v1/patienten/{p['id']}/afspraken 200 {R.randint(8, 240)}ms ip={p['ip']} ua=\"{p['ua']}\"")
    if R.random() < 0.05:
        log_lines.append(f"{ts} INFO  [scheduler-1] n.m.boeking.jobs.HerinneringJob - {R.randint(20, 90)} herinneringen ingepland voor {(t + dt.timedelta(days=1)).date()}")
with open(os.path.join(OUT, "boeking-app.log"), "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(log_lines) + "\n")

# ---------------------------------------------------------------- truth
luhn_k = sum(luhn_ok(k) for k in kenmerken)
luhn_m = sum(luhn_ok(k) for k in msg_refs)
luhn_o = sum(luhn_ok(k) for k in op_refs)
truth = {
    "brief": ("Booking vendor of MediVita Klinieken, a Dutch/Belgian chain of allied-health clinics "
              "(Amsterdam, Rotterdam, Utrecht, Antwerpen, Gent, Bruxelles, Liège). PostgreSQL pg_dump of the "
              "booking database (Dutch column names), a French-headed SMS-gateway export, a bilingual NL/FR "
              "practitioner spreadsheet, the app's .env and a Java application log. Dutch and French."),
    "people": len(patients) + len(behandelaars),
    "fields": {
        "boeking_prod.sql": {
            "patienten.bsn": "government_id",
            "patienten.insz": "government_id",
            "patienten.voornaam": "name",
            "patienten.achternaam": "name",
            "patienten.geboortedatum": "date_of_birth",
            "patienten.telefoon": "phone",
            "patienten.email": "email",
            "patienten.adres": "location",
            "patienten.postcode": "location",
            "patienten.woonplaats": "location",
            "patienten.land": "location",
            "patienten.polisnummer": "government_id",
            "patienten.aangemaakt_op": "activity",
            "afspraken.datum": "activity",
            "afspraken.behandelaar": "name",
            "betalingen.iban": "bank_account",
            "betalingen.tenaamstelling": "name",
            "betalingen.betaald_op": "activity",
        },
        "sms_envois_2023-2024.csv": {
            "destinataire": "phone",
            "date_envoi": "activity",
            "texte": "name",
        },
        "behandelaars_2024.xlsx": {
            "Naam / Nom": "name",
            "E-mail": "email",
            "Mobiel / GSM": "phone",
        },
        ".env": {
            k: "secret" for k in env_secret_keys
        } | {"ALERT_EMAIL": "email"},
    },
    "text": {
        "boeking-app.log": ["ip_address", "activity", "email", "device", "phone"],
    },
    "controls": ["tarieven_2024.csv"],
    "ambiguous": {
        "behandelaars_2024.xlsx": ["BIG-registratienummer", "RIZIV-nr / n° INAMI"],
        "boeking_prod.sql": ["patienten.zorgverzekeraar"],
    },
    "lookalikes": {
        "boeking_prod.sql": {
            "betalingen.betalingskenmerk": f"16-digit Dutch payment references (mod-11 check digit first); {luhn_k} of {len(kenmerken)} pass Luhn by chance",
            "betalingen.bedrag": "amounts",
            "afspraken.status": "appointment status (voltooid/gepland/geannuleerd/no-show), not an account tier",
            "locaties.naam": "clinic site names (places of the business, not of a person)",
            "patienten.geslacht": "sex M/V (not a listed category)",
        },
        "sms_envois_2023-2024.csv": {
            "id_message": f"16-digit gateway message ids; {luhn_m} of {len(msg_refs)} pass Luhn by chance",
            "ref_operateur": f"19-digit operator references; {luhn_o} of {len(op_refs)} pass Luhn by chance",
            "statut": "delivery status",
        },
        "behandelaars_2024.xlsx": {
            "In dienst sinds / En service depuis": "hire dates",
            "Contract / Contrat": "employment contract type",
        },
        ".env": {"DB_USERNAME": "service account name 'boeking'", "SMTP_USERNAME": "literal 'apikey'",
                 "MAIL_FROM_ADDRESS": "noreply@ system mailbox"},
    },
    "notes": ("patienten: Dutch rows have a BSN (valid 11-proef) and NULL insz; Belgian rows have an INSZ/NISS "
              "(valid mod-97, consistent with geboortedatum and sex; about half written 85.07.30-033.28) and NULL bsn; "
              "polisnummer only for NL patients (health-insurance policy number). patienten.land is the patient's country (NL/BE). "
              "betalingen.iban are patients' own IBANs (NL and BE, mod-97 valid; BE with national check). "
              "SMS texte holds the patient's first name plus the clinic name and an appointment time ('morgen om 10:30'). "
              "BIG numbers (NL) and RIZIV/INAMI numbers (BE) are professional registration numbers in a public register: "
              "ambiguous. The app log has patient_id=, IPv4/IPv6, user agents, failed-login emails and SMS destination numbers."),
}

# ---------------------------------------------------------------- self-checks
assert all(bsn_ok(p["bsn"]) for p in patients if p["bsn"])
assert all(insz_ok(p["insz"], p["geboortedatum"]) for p in patients if p["insz"])
assert all(iban_ok(b["iban"]) for b in betalingen)
assert all(len(k) == 16 for k in kenmerken) and all(len(k) == 16 for k in msg_refs) and all(len(k) == 19 for k in op_refs)
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=2)
print("patients", len(patients), "practitioners", len(behandelaars), "afspraken", len(afspraken),
      "betalingen", len(betalingen), "sms", len(sms_rows), "log", len(log_lines))
