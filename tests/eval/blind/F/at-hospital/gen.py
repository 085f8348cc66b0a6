#!/usr/bin/env python3
"""Blind evaluation dump F/at-hospital: patient-portal vendor export of an Austrian private hospital.
Deterministic (seeded), stdlib only. Writes data/ and truth.json."""
import base64
import csv
import datetime as dt
import hashlib
import json
import os
import random
import shutil

SEED = 4020
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
if os.path.isdir(DATA):
    shutil.rmtree(DATA)
os.makedirs(DATA)


class People:
    def __init__(self):
        self.cats = {}

    def add(self, pid, *cats):
        self.cats.setdefault(pid, set()).update(cats)

    def count(self):
        return len(self.cats)

    def by_cat(self):
        out = {}
        for cs in self.cats.values():
            for c in cs:
                out[c] = out.get(c, 0) + 1
        return dict(sorted(out.items()))


P = People()


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def rdt(a, b):
    s = int((b - a).total_seconds())
    return a if s <= 0 else a + dt.timedelta(seconds=R.randint(0, s))


def b64n(b):
    return base64.b64encode(b).decode().rstrip("=")


def argon2id():
    return "$argon2id$v=19$m=65536,t=3,p=4$" + b64n(rbytes(16)) + "$" + b64n(rbytes(32))


def b32(n):
    return base64.b32encode(rbytes(n)).decode().rstrip("=")


VOR_M = ["Lukas", "Tobias", "Florian", "Stefan", "Michael", "Andreas", "Thomas", "Maximilian", "Johannes",
         "Franz", "Josef", "Herbert", "Johann", "Leopold", "Wolfgang", "Manfred", "Gerhard", "Karl", "Alexander",
         "Christoph", "Markus", "Bernhard", "Dominik", "Philipp", "Georg", "Helmut", "Reinhard", "Jakob", "Elias"]
VOR_F = ["Katharina", "Anna", "Lisa", "Sabine", "Christina", "Elisabeth", "Julia", "Theresa", "Magdalena",
         "Gertrude", "Hildegard", "Monika", "Brigitte", "Renate", "Andrea", "Claudia", "Birgit", "Karin",
         "Martina", "Petra", "Barbara", "Sophie", "Lena", "Hannah", "Johanna", "Eva", "Ingrid", "Herta", "Maria"]
NACH = ["Gruber", "Huber", "Bauer", "Wagner", "Müller", "Pichler", "Steiner", "Moser", "Mayer", "Hofer",
        "Leitner", "Berger", "Fuchs", "Eder", "Fischer", "Schmid", "Winkler", "Weber", "Schwarz", "Maier",
        "Schneider", "Reiter", "Mayr", "Schmidt", "Wimmer", "Egger", "Brunner", "Lang", "Baumgartner", "Auer",
        "Binder", "Lechner", "Wolf", "Wallner", "Aigner", "Ebner", "Koller", "Lehner", "Haas", "Schuster",
        "Holzer", "Hofbauer", "Strasser", "Ortner", "Windisch", "Nowak", "Novotny", "Horvath", "Kovač",
        "Yılmaz", "Jovanović", "Pölzl", "Kogler", "Hödl", "Seidl", "Größbacher"]
TITEL = [None] * 14 + ["Mag.", "Dr.", "Ing.", "DI", "Mag.a", "Dipl.-Ing.", "MMag.", "BSc", "Prof."]
ORTE = [("1020", "Wien"), ("1030", "Wien"), ("1100", "Wien"), ("1140", "Wien"), ("1160", "Wien"),
        ("1190", "Wien"), ("1210", "Wien"), ("1220", "Wien"), ("1230", "Wien"), ("2340", "Mödling"),
        ("3400", "Klosterneuburg"), ("2500", "Baden"), ("3100", "St. Pölten"), ("2700", "Wiener Neustadt"),
        ("2100", "Korneuburg"), ("3002", "Purkersdorf"), ("2380", "Perchtoldsdorf"), ("4020", "Linz"),
        ("8010", "Graz"), ("2020", "Hollabrunn")]
STRASSEN = ["Hauptstraße", "Brünner Straße", "Linzer Straße", "Favoritenstraße", "Hietzinger Hauptstraße",
            "Kirchengasse", "Schulgasse", "Lindengasse", "Mühlgasse", "Bahnhofstraße", "Wiener Straße",
            "Grinzinger Allee", "Leopoldauer Straße", "Gersthofer Straße", "Ottakringer Straße",
            "Rennbahnweg", "Wagramer Straße", "Liesinger Platz", "Feldgasse", "Am Anger", "Rosengasse"]
MOBIL = ["0664", "0660", "0676", "0699", "0650", "0681", "0680", "0677"]
ISP = [(80, 108), (62, 178), (91, 114), (178, 112), (178, 113), (178, 115), (212, 95), (84, 115), (77, 116),
       (193, 80), (213, 162), (188, 21), (89, 144), (37, 120)]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:124.0) Gecko/20100101 Firefox/124.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.80 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.119 Mobile Safari/537.36",
    "Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92",
    "Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.40 Mobile Safari/537.36",
]
EXPORT = dt.datetime(2024, 4, 15, 23, 59)

used_svnr = set()


def svnr(dob):
    dd = dob.strftime("%d%m%y")
    while True:
        serial = "%03d" % R.randint(100, 999)
        digits = [int(c) for c in serial + dd]
        c = sum(a * b for a, b in zip(digits, [3, 7, 9, 5, 8, 4, 2, 1, 6])) % 11
        if c == 10:
            continue
        v = serial + str(c) + dd
        if v not in used_svnr:
            used_svnr.add(v)
            return v


used_tel = set()


def mobil():
    while True:
        pre = R.choice(MOBIL)
        num = "%07d" % R.randint(1000000, 9999999)
        if (pre, num) in used_tel:
            continue
        used_tel.add((pre, num))
        f = R.random()
        if f < 0.45:
            return "%s %s" % (pre, num)
        if f < 0.75:
            return "+43 %s %s" % (pre[1:], num)
        if f < 0.9:
            return "%s/%s" % (pre, num)
        return "+43%s%s" % (pre[1:], num)


def festnetz():
    return "01 %03d %02d %02d" % (R.randint(200, 999), R.randint(0, 99), R.randint(0, 99))


def ascii_de(s):
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("č", "c"), ("ć", "c"), ("ı", "i"),
                 ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        s = s.replace(a, b)
    return s


def isp_ip():
    a, b = R.choice(ISP)
    return "%d.%d.%d.%d" % (a, b, R.randint(0, 255), R.randint(1, 254))


# ------------------------------------------------------------------ master data
STATIONEN = [(1, "1A", "Innere Medizin / Kardiologie", "Haus A", "1. OG", 28),
             (2, "1B", "Innere Medizin / Gastroenterologie", "Haus A", "1. OG", 26),
             (3, "2A", "Allgemein- und Viszeralchirurgie", "Haus A", "2. OG", 30),
             (4, "2B", "Orthopädie und Traumatologie", "Haus B", "2. OG", 32),
             (5, "3A", "Gynäkologie und Geburtshilfe", "Haus B", "3. OG", 24),
             (6, "3B", "Urologie", "Haus B", "3. OG", 18),
             (7, "AMB", "Zentralambulanz", "Haus C", "EG", 0),
             (8, "TK", "Tagesklinik", "Haus C", "1. OG", 14),
             (9, "HNO", "Hals-, Nasen- und Ohrenheilkunde", "Haus C", "2. OG", 12),
             (10, "DERM", "Dermatologie (Ambulanz)", "Haus C", "EG", 0)]
FACH = {1: "Innere Medizin und Kardiologie", 2: "Innere Medizin und Gastroenterologie", 3: "Allgemeinchirurgie",
        4: "Orthopädie und Traumatologie", 5: "Frauenheilkunde und Geburtshilfe", 6: "Urologie",
        7: "Allgemeinmedizin", 8: "Anästhesiologie", 9: "Hals-, Nasen- und Ohrenheilkunde", 10: "Dermatologie"}

aerzte = []
for i in range(26):
    male = R.random() < 0.5
    st = STATIONEN[i % len(STATIONEN)][0]
    vn, nn = R.choice(VOR_M if male else VOR_F), R.choice(NACH)
    aerzte.append({"id": i + 1, "pid": "arzt:%d" % (i + 1),
                   "titel": R.choice(["Dr.", "Dr.", "Dr.", "OA Dr.", "Prim. Dr.", "Priv.-Doz. Dr.", "Dr. med. univ."]),
                   "vorname": vn, "nachname": nn, "station": st, "fach": FACH[st],
                   "email": "%s.%s@kahlenberg-klinikum.at" % (ascii_de(vn).lower(), ascii_de(nn).lower()),
                   "dw": "+43 1 31870-%d" % R.randint(2100, 2999), "seit": dt.date(R.randint(2003, 2023), R.randint(1, 12), 1),
                   "aktiv": R.random() > 0.08})

patients = []
for i in range(148):
    female = R.random() < 0.55
    dob = dt.date(R.randint(1938, 2006), R.randint(1, 12), R.randint(1, 28))
    plz, ort = R.choice(ORTE)
    vn, nn = R.choice(VOR_F if female else VOR_M), R.choice(NACH)
    p = {"id": 1000 + i * 3 + R.randint(0, 2), "pid": "pat:%d" % i,
         "pnr": "%08d" % R.randint(10000000, 39999999), "svnr": svnr(dob),
         "traeger": R.choices(["ÖGK", "BVAEB", "SVS", "KFA Wien", "privat"], [70, 12, 10, 5, 3])[0],
         "anrede": "Frau" if female else "Herr", "titel": R.choice(TITEL), "vorname": vn, "nachname": nn,
         "dob": dob, "geschlecht": "W" if female else "M",
         "strasse": R.choice(STRASSEN), "hnr": R.choice([str(R.randint(1, 180)), "%d/%d" % (R.randint(1, 90), R.randint(1, 30)),
                                                       "%d/%d/%d" % (R.randint(1, 60), R.randint(1, 9), R.randint(1, 25))]),
         "plz": plz, "ort": ort, "tel": mobil() if R.random() < 0.92 else festnetz(), "email": None,
         "created": rdt(dt.datetime(2016, 1, 1), dt.datetime(2024, 4, 1)), "nk": None}
    if R.random() < 0.78:
        p["email"] = R.choice(["%s.%s" % (vn, nn), "%s%s" % (vn[0], nn), "%s_%s%d" % (vn, nn, dob.year % 100),
                               "%s.%s%d" % (vn, nn, R.randint(1, 99))]).lower()
        p["email"] = ascii_de(p["email"]) + "@" + R.choice(["gmx.at", "gmx.at", "gmail.com", "gmail.com", "aon.at",
                                                           "chello.at", "a1.net", "hotmail.com", "yahoo.de", "icloud.com"])
    if R.random() < 0.5:
        nk_f = R.random() < 0.5
        p["nk"] = {"pid": "nk:%d" % i, "name": "%s %s" % (R.choice(VOR_F if nk_f else VOR_M), nn if R.random() < 0.7 else R.choice(NACH)),
                   "tel": mobil(), "bez": R.choice(["Ehefrau", "Tochter", "Lebensgefährtin", "Mutter", "Schwester"] if nk_f else ["Ehemann", "Sohn", "Lebensgefährte", "Vater", "Bruder"])}
    patients.append(p)

# portal users (patients who registered for the portal)
users = []
for p in patients:
    if R.random() < 0.72:
        reg = rdt(max(p["created"], dt.datetime(2019, 6, 1)), dt.datetime(2024, 4, 10))
        uname = R.choice([ascii_de(p["vorname"][0] + p["nachname"]).lower(),
                          ascii_de(p["vorname"] + "." + p["nachname"]).lower(),
                          ascii_de(p["nachname"]).lower() + str(p["dob"].year % 100),
                          ascii_de(p["vorname"]).lower() + str(R.randint(1, 999))])
        if any(u["uname"] == uname for u in users):
            uname += str(R.randint(2, 9))
        mfa = R.random() < 0.35
        u = {"id": len(users) + 1, "p": p, "uname": uname, "hash": argon2id(),
             "pw_changed": rdt(reg, EXPORT - dt.timedelta(days=1)), "mfa": mfa, "totp": b32(20) if mfa else None,
             "rolle": "PATIENT" if R.random() < 0.93 else "PATIENT_VERTRETUNG",
             "status": R.choices(["AKTIV", "GESPERRT", "INAKTIV"], [90, 3, 7])[0], "reg": reg,
             "ua": R.choice(UAS), "home_ip": isp_ip()}
        users.append(u)

sessions = []
for u in users:
    n = 0 if u["status"] != "AKTIV" else R.choice([0, 1, 2, 3, 4, 6, 9])
    for _ in range(n):
        t = rdt(dt.datetime(2024, 3, 15), dt.datetime(2024, 4, 15, 22))
        sessions.append({"sid": rbytes(32).hex(), "u": u, "ip": u["home_ip"] if R.random() < 0.7 else isp_ip(),
                         "ua": u["ua"] if R.random() < 0.8 else R.choice(UAS), "start": t,
                         "end": t + dt.timedelta(minutes=R.randint(2, 45)),
                         "grund": R.choice(["LOGOUT", "TIMEOUT", "TIMEOUT", None])})
sessions.sort(key=lambda s: s["start"])
last_login = {}
for s in sessions:
    last_login[s["u"]["id"]] = s["start"]

termine = []
TERMINART = ["Ambulanzbesuch", "Kontrolle", "OP-Vorgespräch", "Befundbesprechung", "Nachkontrolle", "Erstuntersuchung",
             "Tagesklinik", "Sonographie", "Labor"]
BEMERK = [None] * 10 + ["Bitte nüchtern erscheinen", "Vorbefunde mitbringen", "Dolmetsch (BKS) erforderlich",
                        "Überweisung liegt vor", "e-card vergessen – nachreichen", "Rollstuhl benötigt",
                        "Termin verschoben auf Wunsch", "Kontrastmittelallergie beachten"]
for p in patients:
    for _ in range(R.randint(1, 7)):
        st = R.choice(STATIONEN)
        docs = [a for a in aerzte if a["station"] == st[0]] or aerzte
        beg = rdt(dt.datetime(2023, 1, 9), dt.datetime(2024, 6, 28)).replace(minute=R.choice([0, 15, 30, 45]), second=0)
        beg = beg.replace(hour=R.randint(7, 16))
        booked = beg - dt.timedelta(days=R.randint(1, 60), hours=R.randint(0, 12), minutes=R.randint(0, 59))
        status = "GEPLANT" if beg > EXPORT else R.choices(["ERSCHIENEN", "ABGESAGT", "NICHT_ERSCHIENEN"], [80, 14, 6])[0]
        u = next((x for x in users if x["p"] is p), None)
        via = R.choice(["PORTAL", "TELEFON", "ZUWEISUNG", "VOR_ORT"]) if u else R.choice(["TELEFON", "ZUWEISUNG", "VOR_ORT"])
        bem = R.choice(BEMERK)
        phone_in_bem = False
        if R.random() < 0.05:
            bem = "Patient%s bittet um Rückruf unter %s" % ("in" if p["geschlecht"] == "W" else "", p["tel"])
            phone_in_bem = True
        termine.append({"id": 0, "nr": "%d%06d" % (beg.year, R.randint(0, 999999)), "p": p, "a": R.choice(docs),
                        "st": st, "beg": beg, "end": beg + dt.timedelta(minutes=R.choice([15, 20, 30, 45, 60])),
                        "art": R.choice(TERMINART), "status": status, "via": via, "booked": booked, "bem": bem,
                        "bem_phone": phone_in_bem})
termine.sort(key=lambda t: t["beg"])
for i, t in enumerate(termine):
    t["id"] = 50000 + i


# ------------------------------------------------------------------ pg_dump
def pgv(v):
    if v is None:
        return "\\N"
    if isinstance(v, bool):
        return "t" if v else "f"
    if isinstance(v, dt.datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S") + ("+02" if 3 < v.month < 11 or (v.month == 3 and v.day > 30) else "+01")
    if isinstance(v, dt.date):
        return v.isoformat()
    return str(v).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


out = []
w = out.append
w("--\n-- PostgreSQL database dump\n--\n\n-- Dumped from database version 15.6 (Debian 15.6-1.pgdg120+2)\n"
  "-- Dumped by pg_dump version 15.6 (Debian 15.6-1.pgdg120+2)\n\n"
  "SET statement_timeout = 0;\nSET lock_timeout = 0;\nSET idle_in_transaction_session_timeout = 0;\n"
  "SET client_encoding = 'UTF8';\nSET standard_conforming_strings = on;\n"
  "SELECT pg_catalog.set_config('search_path', '', false);\nSET check_function_bodies = false;\n"
  "SET xmloption = content;\nSET client_min_messages = warning;\nSET row_security = off;\n\n"
  "SET default_tablespace = '';\n\nSET default_table_access_method = heap;\n\n")
TABLES = []


def create(name, cols, comment=None):
    w("--\n-- Name: %s; Type: TABLE; Schema: public; Owner: portal\n--\n\n" % name)
    w("CREATE TABLE public.%s (\n%s\n);\n\n\nALTER TABLE public.%s OWNER TO portal;\n\n" %
      (name, ",\n".join("    %s %s" % c for c in cols), name))
    if comment:
        w("--\n-- Name: TABLE %s; Type: COMMENT; Schema: public; Owner: portal\n--\n\n"
          "COMMENT ON TABLE public.%s IS '%s';\n\n\n" % (name, name, comment))
    if cols[0][0] == "id":
        w("--\n-- Name: %s_id_seq; Type: SEQUENCE; Schema: public; Owner: portal\n--\n\n"
          "CREATE SEQUENCE public.%s_id_seq\n    AS integer\n    START WITH 1\n    INCREMENT BY 1\n"
          "    NO MINVALUE\n    NO MAXVALUE\n    CACHE 1;\n\n\nALTER TABLE public.%s_id_seq OWNER TO portal;\n\n"
          "ALTER SEQUENCE public.%s_id_seq OWNED BY public.%s.id;\n\n\n" % (name, name, name, name, name))
    TABLES.append((name, [c[0] for c in cols]))


create("stationen", [("id", "integer NOT NULL"), ("code", "character varying(8) NOT NULL"),
                     ("bezeichnung", "character varying(80) NOT NULL"), ("gebaeude", "character varying(20)"),
                     ("stockwerk", "character varying(10)"), ("betten", "smallint DEFAULT 0 NOT NULL")])
create("aerzte", [("id", "integer NOT NULL"), ("titel", "character varying(40)"), ("vorname", "character varying(60) NOT NULL"),
                  ("nachname", "character varying(80) NOT NULL"), ("fachrichtung", "character varying(80)"),
                  ("station_id", "integer"), ("email", "character varying(120)"), ("telefon_dw", "character varying(30)"),
                  ("im_haus_seit", "date"), ("aktiv", "boolean DEFAULT true NOT NULL")])
create("patienten", [("id", "integer NOT NULL"), ("patientennummer", "character(8) NOT NULL"),
                     ("svnr", "character(10)"), ("versicherungstraeger", "character varying(20)"),
                     ("anrede", "character varying(10)"), ("titel", "character varying(30)"),
                     ("vorname", "character varying(60) NOT NULL"), ("nachname", "character varying(80) NOT NULL"),
                     ("geburtsdatum", "date NOT NULL"), ("geschlecht", "character(1)"),
                     ("strasse", "character varying(120)"), ("hausnummer", "character varying(20)"),
                     ("plz", "character varying(8)"), ("ort", "character varying(60)"),
                     ("land", "character(2) DEFAULT 'AT'::bpchar"), ("telefon", "character varying(30)"),
                     ("email", "character varying(120)"), ("notfallkontakt_name", "character varying(120)"),
                     ("notfallkontakt_telefon", "character varying(30)"),
                     ("notfallkontakt_beziehung", "character varying(40)"),
                     ("angelegt_am", "timestamp with time zone DEFAULT now() NOT NULL")],
       comment="Stammdaten aus KIS (Import nächtlich)")
create("termine", [("id", "integer NOT NULL"), ("terminnummer", "character varying(12) NOT NULL"),
                   ("patient_id", "integer NOT NULL"), ("arzt_id", "integer"), ("station_id", "integer NOT NULL"),
                   ("beginn", "timestamp with time zone NOT NULL"), ("ende", "timestamp with time zone NOT NULL"),
                   ("terminart", "character varying(40)"), ("status", "character varying(20) NOT NULL"),
                   ("gebucht_ueber", "character varying(20)"), ("gebucht_am", "timestamp with time zone"),
                   ("bemerkung", "text")])
create("portal_benutzer", [("id", "integer NOT NULL"), ("patient_id", "integer NOT NULL"),
                           ("benutzername", "character varying(60) NOT NULL"), ("passwort_hash", "character varying(255) NOT NULL"),
                           ("passwort_geaendert_am", "timestamp with time zone"), ("mfa_aktiv", "boolean DEFAULT false NOT NULL"),
                           ("totp_secret", "character varying(64)"), ("rolle", "character varying(30) DEFAULT 'PATIENT'::character varying NOT NULL"),
                           ("status", "character varying(20) NOT NULL"), ("registriert_am", "timestamp with time zone NOT NULL"),
                           ("letzter_login", "timestamp with time zone")])
create("portal_sessions", [("session_id", "character(64) NOT NULL"), ("benutzer_id", "integer NOT NULL"),
                           ("ip_adresse", "inet"), ("user_agent", "text"), ("erstellt_am", "timestamp with time zone NOT NULL"),
                           ("letzte_aktivitaet", "timestamp with time zone"), ("beendet_grund", "character varying(20)")])

for name, _ in TABLES:
    if name != "portal_sessions":
        w("--\n-- Name: %s id; Type: DEFAULT; Schema: public; Owner: portal\n--\n\n"
          "ALTER TABLE ONLY public.%s ALTER COLUMN id SET DEFAULT nextval('public.%s_id_seq'::regclass);\n\n\n" % (name, name, name))

DATA_ROWS = {}
DATA_ROWS["stationen"] = [list(s) for s in STATIONEN]
DATA_ROWS["aerzte"] = []
for a in aerzte:
    P.add(a["pid"], "name", "email", "phone")
    DATA_ROWS["aerzte"].append([a["id"], a["titel"], a["vorname"], a["nachname"], a["fach"], a["station"], a["email"],
                                a["dw"], a["seit"], a["aktiv"]])
DATA_ROWS["patienten"] = []
for p in patients:
    P.add(p["pid"], "name", "date_of_birth", "location", "phone")
    if p["traeger"] != "privat":
        P.add(p["pid"], "government_id")
    if p["email"]:
        P.add(p["pid"], "email")
    nk = p["nk"]
    if nk:
        P.add(nk["pid"], "name", "phone")
    DATA_ROWS["patienten"].append([p["id"], p["pnr"], p["svnr"] if p["traeger"] != "privat" else None, p["traeger"],
                                   p["anrede"], p["titel"], p["vorname"], p["nachname"], p["dob"], p["geschlecht"],
                                   p["strasse"], p["hnr"], p["plz"], p["ort"], "AT", p["tel"], p["email"],
                                   nk["name"] if nk else None, nk["tel"] if nk else None, nk["bez"] if nk else None,
                                   p["created"]])
DATA_ROWS["termine"] = []
for t in termine:
    P.add(t["p"]["pid"], "activity")
    DATA_ROWS["termine"].append([t["id"], t["nr"], t["p"]["id"], t["a"]["id"], t["st"][0], t["beg"], t["end"], t["art"],
                                 t["status"], t["via"], t["booked"], t["bem"]])
DATA_ROWS["portal_benutzer"] = []
for u in users:
    P.add(u["p"]["pid"], "username", "password", "account_type", "activity")
    if u["totp"]:
        P.add(u["p"]["pid"], "secret")
    DATA_ROWS["portal_benutzer"].append([u["id"], u["p"]["id"], u["uname"], u["hash"], u["pw_changed"], u["mfa"], u["totp"],
                                         u["rolle"], u["status"], u["reg"], last_login.get(u["id"])])
DATA_ROWS["portal_sessions"] = []
for s in sessions:
    P.add(s["u"]["p"]["pid"], "ip_address", "device", "activity", "secret")
    DATA_ROWS["portal_sessions"].append([s["sid"], s["u"]["id"], s["ip"], s["ua"], s["start"], s["end"], s["grund"]])

for name, cols in TABLES:
    w("--\n-- Data for Name: %s; Type: TABLE DATA; Schema: public; Owner: portal\n--\n\n" % name)
    w("COPY public.%s (%s) FROM stdin;\n" % (name, ", ".join(cols)))
    for r in DATA_ROWS[name]:
        w("\t".join(pgv(v) for v in r) + "\n")
    w("\\.\n\n\n")
for name, _ in TABLES:
    if name != "portal_sessions":
        mx = max([r[0] for r in DATA_ROWS[name]])
        w("--\n-- Name: %s_id_seq; Type: SEQUENCE SET; Schema: public; Owner: portal\n--\n\n"
          "SELECT pg_catalog.setval('public.%s_id_seq', %d, true);\n\n\n" % (name, name, mx))
for name, _ in TABLES:
    key = "session_id" if name == "portal_sessions" else "id"
    w("--\n-- Name: %s %s_pkey; Type: CONSTRAINT; Schema: public; Owner: portal\n--\n\n"
      "ALTER TABLE ONLY public.%s\n    ADD CONSTRAINT %s_pkey PRIMARY KEY (%s);\n\n\n" % (name, name, name, name, key))
for tbl, col, ref in [("aerzte", "station_id", "stationen"), ("termine", "patient_id", "patienten"),
                      ("termine", "arzt_id", "aerzte"), ("termine", "station_id", "stationen"),
                      ("portal_benutzer", "patient_id", "patienten"), ("portal_sessions", "benutzer_id", "portal_benutzer")]:
    w("--\n-- Name: %s %s_%s_fkey; Type: FK CONSTRAINT; Schema: public; Owner: portal\n--\n\n"
      "ALTER TABLE ONLY public.%s\n    ADD CONSTRAINT %s_%s_fkey FOREIGN KEY (%s) REFERENCES public.%s(id);\n\n\n"
      % (tbl, tbl, col, tbl, tbl, col, col, ref))
w("--\n-- PostgreSQL database dump complete\n--\n\n")
SQL = "patientenportal_2024-04-15.sql"
with open(os.path.join(DATA, SQL), "w", encoding="utf-8") as f:
    f.write("".join(out))

# ------------------------------------------------------------------ Apache access log
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def ats(t):
    off = "+0200" if (t.month > 3 or (t.month == 3 and t.day > 30)) else "+0100"
    return "%02d/%s/%d:%02d:%02d:%02d %s" % (t.day, MON[t.month - 1], t.year, t.hour, t.minute, t.second, off)


HOST = "https://portal.kahlenberg-klinikum.at"
log = []
LOG_FROM = dt.datetime(2024, 4, 8)
for s in sessions:
    if s["start"] < LOG_FROM:
        continue
    u, t, ip, ua = s["u"], s["start"], s["ip"], s["ua"]
    P.add(u["p"]["pid"], "ip_address", "device", "activity", "username")
    seq = [("GET", "/portal/login", 200, R.randint(5200, 5600), "-"),
           ("POST", "/portal/login", 302, 0, HOST + "/portal/login")]
    if u["mfa"]:
        seq += [("GET", "/portal/login/mfa", 200, 3120, HOST + "/portal/login"),
                ("POST", "/portal/login/mfa", 302, 0, HOST + "/portal/login/mfa")]
    seq.append(("GET", "/portal/start", 200, R.randint(14000, 19000), HOST + "/portal/login"))
    seq.append(("GET", "/portal/api/benutzer/%s/benachrichtigungen?ungelesen=true" % u["uname"], 200, R.randint(120, 2400), HOST + "/portal/start"))
    for _ in range(R.randint(1, 7)):
        pth = R.choice(["/portal/termine", "/portal/termine?filter=kommend", "/portal/befunde",
                        "/portal/befunde/%d/pdf" % R.randint(700000, 799999), "/portal/nachrichten",
                        "/portal/termine/neu?station=%s" % R.choice(STATIONEN)[1], "/portal/profil",
                        "/portal/api/benutzer/%s/profil" % u["uname"], "/portal/dokumente/upload"])
        meth = "POST" if pth.endswith("upload") else "GET"
        size = R.randint(900, 480000) if "pdf" in pth else R.randint(1800, 22000)
        seq.append((meth, pth, 200 if R.random() > 0.03 else 404, size, HOST + "/portal/start"))
    if s["grund"] == "LOGOUT":
        seq.append(("GET", "/portal/logout", 302, 0, HOST + "/portal/start"))
    for meth, pth, code, size, ref in seq:
        log.append((t, '%s - - [%s] "%s %s HTTP/1.1" %d %s "%s" "%s"' % (ip, ats(t), meth, pth, code, size if size else "-", ref, ua)))
        t += dt.timedelta(seconds=R.randint(1, 50))
        if R.random() < 0.5 and meth == "GET" and pth in ("/portal/start", "/portal/login"):
            for st in ["/static/css/portal.min.css?v=4.12.2", "/static/js/portal.bundle.js?v=4.12.2", "/static/img/logo-kahlenberg.svg"]:
                log.append((t, '%s - - [%s] "GET %s HTTP/1.1" 200 %d "%s" "%s"' % (ip, ats(t), st, R.randint(3000, 260000), HOST + pth, ua)))
# anonymous human visitors (not identifiable; not counted as people)
anon_ips = set()
for _ in range(70):
    ip, ua = isp_ip(), R.choice(UAS)
    anon_ips.add(ip)
    t = rdt(LOG_FROM, dt.datetime(2024, 4, 15, 23))
    for pth, code in R.sample([("/", 200), ("/portal/login", 200), ("/portal/passwort-vergessen", 200),
                               ("/portal/registrierung", 200), ("/impressum", 200), ("/datenschutz", 200),
                               ("/portal/login?fehler=1", 200)], R.randint(1, 3)):
        log.append((t, '%s - - [%s] "GET %s HTTP/1.1" %d %d "%s" "%s"' % (ip, ats(t), pth, code, R.randint(4000, 9000),
                                                                           R.choice(["-", "https://www.google.at/", HOST + "/"]), ua)))
        t += dt.timedelta(seconds=R.randint(3, 90))
# bots and monitoring
for _ in range(160):
    t = rdt(LOG_FROM, dt.datetime(2024, 4, 15, 23, 59))
    k = R.random()
    if k < 0.5:
        log.append((t, '10.40.2.%d - - [%s] "GET /portal/health HTTP/1.1" 200 15 "-" "kube-probe/1.28"' % (R.choice([11, 12]), ats(t))))
    elif k < 0.75:
        log.append((t, '66.249.66.%d - - [%s] "GET %s HTTP/1.1" 200 %d "-" "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"'
                    % (R.randint(1, 200), ats(t), R.choice(["/", "/impressum", "/robots.txt", "/portal/login"]), R.randint(200, 9000))))
    else:
        log.append((t, '185.%d.%d.%d - - [%s] "GET %s HTTP/1.1" 404 196 "-" "Mozilla/5.0 zgrab/0.x"'
                    % (R.randint(1, 250), R.randint(0, 255), R.randint(1, 254), ats(t), R.choice(["/.env", "/wp-login.php", "/.git/config", "/phpmyadmin/"]))))
log.sort(key=lambda x: x[0])
with open(os.path.join(DATA, "portal_access_log-20240415"), "w", encoding="utf-8") as f:
    f.write("\n".join(l for _, l in log) + "\n")

# ------------------------------------------------------------------ application.properties
it_contact = {"pid": "staff:it", "name": "Ing. Markus Lechner", "tel": "+43 1 31870-1214", "mail": "markus.lechner@kahlenberg-klinikum.at"}
P.add(it_contact["pid"], "name", "phone", "email")
props = """# Patientenportal Kahlenberg - Produktionskonfiguration
# Stand: 2024-03-28 (Release 4.12.2)
server.port=8443
server.servlet.context-path=/portal
server.servlet.session.timeout=30m
server.ssl.key-store=/etc/portal/keystore.p12
server.ssl.key-store-password=%s
spring.datasource.url=jdbc:postgresql://db-portal-01.kk.intern:5432/patientenportal?sslmode=require
spring.datasource.username=portal
spring.datasource.password=%s
spring.datasource.hikari.maximum-pool-size=25
spring.jpa.open-in-view=false
spring.mail.host=mail.kahlenberg-klinikum.at
spring.mail.port=587
spring.mail.username=portal-noreply@kahlenberg-klinikum.at
spring.mail.password=%s
portal.mail.absender=Patientenportal Kahlenberg <portal-noreply@kahlenberg-klinikum.at>
portal.jwt.signing-key=%s
portal.jwt.gueltigkeit-minuten=30
portal.kis.schnittstelle.url=https://kis-gw.kk.intern/hl7/fhir/R4
portal.kis.schnittstelle.client-id=patientenportal
portal.kis.schnittstelle.client-secret=%s
portal.sms.anbieter=websms.at
portal.sms.api-token=%s
portal.elga.aktiv=true
portal.termin.vorlauf-tage=2
portal.termin.max-pro-monat=6
portal.support.kontakt=%s, %s
portal.support.kontakt-email=%s
logging.level.root=INFO
logging.level.at.kahlenberg.portal.security=DEBUG
""" % (b64n(rbytes(12)), b64n(rbytes(15)), b64n(rbytes(12)), b64n(rbytes(48)), rbytes(20).hex(), b64n(rbytes(24)),
       it_contact["name"], it_contact["tel"], it_contact["mail"])
with open(os.path.join(DATA, "application-prod.properties"), "w", encoding="utf-8") as f:
    f.write(props)

# ------------------------------------------------------------------ daily list CSV (Excel export, ; and BOM)
TAG = dt.date(2024, 4, 16)
tag_rows = [t for t in termine if t["beg"].date() == TAG]
# make sure the list is not tiny: move some planned appointments onto that day
extra = [t for t in termine if t["status"] == "GEPLANT" and t["beg"].date() != TAG]
for t in extra[:max(0, 28 - len(tag_rows))]:
    t["beg"] = dt.datetime.combine(TAG, dt.time(R.randint(7, 15), R.choice([0, 15, 30, 45])))
    t["end"] = t["beg"] + dt.timedelta(minutes=30)
    t["booked"] = min(t["booked"], t["beg"] - dt.timedelta(days=R.randint(1, 20), minutes=R.randint(0, 600)))
tag_rows = sorted([t for t in termine if t["beg"].date() == TAG], key=lambda t: t["beg"])
# (moved appointments are written to the SQL dump above only if moved before — rewrite the dump rows consistently)
with open(os.path.join(DATA, "Tagesliste_Ambulanz_2024-04-16.csv"), "w", encoding="utf-8-sig", newline="") as f:
    cw = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL)
    cw.writerow(["Uhrzeit", "Station", "Termin-Nr.", "Patient/in", "Geb.-Datum", "SVNR", "Telefon", "Behandelnde/r Ärzt/in",
                 "Terminart", "Gebucht über"])
    for t in tag_rows:
        p, a = t["p"], t["a"]
        P.add(p["pid"], "name", "date_of_birth", "activity", "phone")
        P.add(a["pid"], "name")
        sv = p["svnr"] if p["traeger"] != "privat" else ""
        if sv:
            P.add(p["pid"], "government_id")
        cw.writerow([t["beg"].strftime("%H:%M"), t["st"][1], t["nr"], "%s, %s" % (p["nachname"], p["vorname"]),
                     p["dob"].strftime("%d.%m.%Y"), (sv[:4] + " " + sv[4:]) if sv else "", p["tel"],
                     "%s %s %s" % (a["titel"], a["vorname"], a["nachname"]), t["art"], {"PORTAL": "Portal", "TELEFON": "Telefon", "ZUWEISUNG": "Zuweisung", "VOR_ORT": "vor Ort"}[t["via"]]])

# rewrite termine rows in the dump now that some dates moved (regenerate the COPY block)
sqltext = open(os.path.join(DATA, SQL), encoding="utf-8").read()
head, rest = sqltext.split("COPY public.termine (", 1)
cols_line, rest2 = rest.split("\n", 1)
_, tail = rest2.split("\\.\n", 1)
rows = "".join("\t".join(pgv(v) for v in [t["id"], t["nr"], t["p"]["id"], t["a"]["id"], t["st"][0], t["beg"], t["end"], t["art"],
                                             t["status"], t["via"], t["booked"], t["bem"]]) + "\n"
               for t in sorted(termine, key=lambda t: t["id"]))
with open(os.path.join(DATA, SQL), "w", encoding="utf-8") as f:
    f.write(head + "COPY public.termine (" + cols_line + "\n" + rows + "\\.\n" + tail)

# ------------------------------------------------------------------ control: Stationen
with open(os.path.join(DATA, "stationen.csv"), "w", encoding="utf-8-sig", newline="") as f:
    cw = csv.writer(f, delimiter=";")
    cw.writerow(["Stationscode", "Bezeichnung", "Gebäude", "Stockwerk", "Betten", "Besuchszeiten", "Kostenstelle"])
    for s in STATIONEN:
        cw.writerow([s[1], s[2], s[3], s[4], s[5], R.choice(["täglich 14:00–19:00", "Mo–Fr 15:00–18:00", "keine (Ambulanz)"]),
                     "KST-%d" % R.randint(4100, 4999)])

# ------------------------------------------------------------------ truth
n_bem_phone = sum(1 for t in termine if t["bem_phone"])
truth = {
    "brief": "Privatklinikum Am Kahlenberg (Vienna, Austria) patient-portal vendor export: a pg_dump of the portal DB "
             "(stationen, aerzte, patienten with emergency contacts, termine, portal_benutzer, portal_sessions), the "
             "Apache combined access log of the portal, the Spring Boot application-prod.properties, an Excel CSV "
             "(semicolon, UTF-8 BOM) of one day's outpatient appointment list and a control CSV of wards. German; "
             "Austrian Sozialversicherungsnummer (10 digits: serial, check digit, DDMMYY birth date).",
    "people": P.count(),
    "people_by_category": P.by_cat(),
    "fields": {
        SQL: {
            "aerzte.vorname": "name", "aerzte.nachname": "name", "aerzte.email": "email", "aerzte.telefon_dw": "phone",
            "patienten.svnr": "government_id", "patienten.vorname": "name", "patienten.nachname": "name",
            "patienten.geburtsdatum": "date_of_birth", "patienten.strasse": "location", "patienten.hausnummer": "location",
            "patienten.plz": "location", "patienten.ort": "location", "patienten.telefon": "phone",
            "patienten.email": "email", "patienten.notfallkontakt_name": "name",
            "patienten.notfallkontakt_telefon": "phone",
            "termine.beginn": "activity", "termine.gebucht_am": "activity",
            "termine.bemerkung": "phone",
            "portal_benutzer.benutzername": "username", "portal_benutzer.passwort_hash": "password",
            "portal_benutzer.totp_secret": "secret", "portal_benutzer.rolle": "account_type",
            "portal_benutzer.status": "account_type", "portal_benutzer.registriert_am": "activity",
            "portal_benutzer.letzter_login": "activity",
            "portal_sessions.session_id": "secret", "portal_sessions.ip_adresse": "ip_address",
            "portal_sessions.user_agent": "device", "portal_sessions.erstellt_am": "activity",
            "portal_sessions.letzte_aktivitaet": "activity",
        },
        "application-prod.properties": {
            "server.ssl.key-store-password": "secret", "spring.datasource.password": "secret",
            "spring.mail.password": "secret", "portal.jwt.signing-key": "secret",
            "portal.kis.schnittstelle.client-secret": "secret", "portal.sms.api-token": "secret",
            "portal.support.kontakt": ["name", "phone"], "portal.support.kontakt-email": "email",
        },
        "Tagesliste_Ambulanz_2024-04-16.csv": {
            "Patient/in": "name", "Geb.-Datum": "date_of_birth", "SVNR": "government_id", "Telefon": "phone",
            "Behandelnde/r Ärzt/in": "name",
        },
    },
    "text": {
        "portal_access_log-20240415": ["ip_address", "activity", "device", "username"],
    },
    "controls": ["stationen.csv"],
    "ambiguous": {
        SQL: ["patienten.angelegt_am", "patienten.versicherungstraeger", "patienten.geschlecht", "patienten.anrede",
              "termine.ende", "aerzte.fachrichtung", "portal_sessions.beendet_grund"],
        "Tagesliste_Ambulanz_2024-04-16.csv": ["Gebucht über", "Uhrzeit"],
    },
    "lookalikes": {
        SQL: {"patienten.patientennummer": "8-digit hospital patient numbers (no check digit)",
              "termine.terminnummer": "10-digit appointment numbers starting with the year (same length as an SVNR)",
              "portal_benutzer.passwort_geaendert_am": "timestamp in a password-named column",
              "portal_benutzer.mfa_aktiv": "boolean", "aerzte.im_haus_seit": "doctor start dates",
              "aerzte.titel": "academic titles (Dr., OA Dr., Prim. Dr.)", "patienten.titel": "academic titles",
              "stationen.bezeichnung": "ward names"},
        "Tagesliste_Ambulanz_2024-04-16.csv": {"Termin-Nr.": "10-digit appointment numbers"},
        "portal_access_log-20240415": {"/portal/befunde/NNNNNN/pdf": "6-digit report ids"},
        "application-prod.properties": {"spring.mail.username": "service mailbox portal-noreply@ (not a person)",
                                        "portal.kis.schnittstelle.client-id": "OAuth client id of the portal"},
    },
    "notes": ("People = %d patients + %d emergency contacts (distinct persons) + %d doctors + 1 IT contact in the "
              "properties file. termine.bemerkung holds free text and a patient phone number in %d rows. The access "
              "log names users via /portal/api/benutzer/<benutzername>/...; %d anonymous visitor IPs (login/landing "
              "pages only, never tied to a person in the dump) are NOT counted in people or ip_address; bot, scanner "
              "and kube-probe lines are not people. The Tagesliste rows are appointments of the same patients "
              "(activity = appointment time); SVNR there is written with a space after 4 digits; SVNR is NULL for "
              "privately insured patients.") % (len(patients), sum(1 for p in patients if p["nk"]), len(aerzte),
                                               n_bem_phone, len(anon_ips)),
}
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=2)
print(json.dumps({"people": truth["people"], "by_cat": truth["people_by_category"]}, indent=1))
for fn in sorted(os.listdir(DATA)):
    print(fn, os.path.getsize(os.path.join(DATA, fn)))
