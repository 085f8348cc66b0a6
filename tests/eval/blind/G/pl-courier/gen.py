#!/usr/bin/env python3
"""Blind evaluation dump G/pl-courier: customer-service vendor of a Polish parcel courier.

Deterministic (seeded). Writes data/ and truth.json next to this script. Standard library only.
"""
import csv
import datetime as dt
import hashlib
import io
import json
import os
import random
import shutil
from collections import defaultdict

SEED = 4820117
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
        mark(pid, cat)
    return value


def text(fname, pid, cat):
    TEXT[fname].add(cat)
    if pid is not None:
        mark(pid, cat)


# ---------------------------------------------------------------- identifiers
def rdate(a, b):
    return a + dt.timedelta(days=R.randint(0, max(0, (b - a).days)))


def rts(a, b):
    return a + dt.timedelta(seconds=R.randint(0, max(0, int((b - a).total_seconds()))))


def pesel(dob, sex):
    y, m, d = dob.year, dob.month, dob.day
    if 2000 <= y < 2100:
        m += 20
    digits = "%02d%02d%02d%03d" % (y % 100, m, d, R.randint(0, 999))
    sx = R.choice([1, 3, 5, 7, 9]) if sex == "M" else R.choice([0, 2, 4, 6, 8])
    digits += str(sx)
    wts = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    s = sum(int(c) * w for c, w in zip(digits, wts))
    return digits + str((10 - s % 10) % 10)


def nip():
    while True:
        d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
        s = sum(a * b for a, b in zip(d, [6, 5, 7, 2, 3, 4, 5, 6, 7])) % 11
        if s != 10:
            n = "".join(map(str, d)) + str(s)
            return "%s-%s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])


def iban_check(country, bban):
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    return "%02d" % (98 - int(num) % 97)


PL_BANKS = ["10201026", "11402004", "10501214", "12401037", "10901014", "19401076", "24901044", "10205561",
            "11602202", "10202892"]


def nrb():
    bban = R.choice(PL_BANKS) + "%016d" % R.randint(0, 10 ** 16 - 1)
    return iban_check("PL", bban) + bban   # 26-digit NRB; IBAN = "PL" + nrb


def spaced_nrb(n, pl=True):
    s = n[:2] + " " + " ".join(n[i:i + 4] for i in range(2, 26, 4))
    return ("PL" + s) if pl else s


MOB_PREF = ["500", "501", "502", "503", "504", "505", "506", "507", "508", "509", "510", "511", "512", "513", "514",
            "515", "516", "530", "531", "533", "535", "536", "570", "571", "572", "600", "601", "602", "603", "604",
            "605", "606", "607", "608", "609", "660", "661", "662", "663", "664", "665", "666", "667", "668", "669",
            "690", "691", "692", "693", "694", "695", "696", "697", "698", "721", "722", "723", "724", "725", "726",
            "728", "729", "730", "731", "732", "733", "734", "735", "736", "737", "738", "739", "780", "781", "782",
            "783", "784", "785", "786", "787", "788", "789", "790", "791", "792", "793", "794", "795", "796", "797",
            "798", "799", "880", "881", "882", "883", "884", "885", "886", "887", "888", "889"]


def mobile_raw():
    return R.choice(MOB_PREF) + "%06d" % R.randint(0, 999999)


def fmt_phone(raw, style=None):
    style = style if style is not None else R.randint(0, 4)
    a, b, c = raw[:3], raw[3:6], raw[6:]
    return ["%s %s %s" % (a, b, c), "+48 %s %s %s" % (a, b, c), "%s-%s-%s" % (a, b, c), raw, "+48" + raw][style]


def imei():
    body = R.choice(["35332011", "35926110", "86769204", "35290611"]) + "%06d" % R.randint(0, 999999)
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return body + str((10 - s % 10) % 10)


B64 = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def bcrypt_hash():
    return "$2y$10$" + "".join(R.choice(B64) for _ in range(53))


# ---------------------------------------------------------------- names / places
IM_M = ["Jan", "Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Marcin", "Michał", "Łukasz", "Grzegorz", "Jakub",
        "Kamil", "Mateusz", "Wojciech", "Rafał", "Adam", "Bartosz", "Dawid", "Szymon", "Zbigniew", "Stanisław",
        "Jerzy", "Sebastian", "Przemysław", "Krystian"]
IM_F = ["Anna", "Maria", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Krystyna", "Magdalena", "Joanna",
        "Aleksandra", "Monika", "Zofia", "Natalia", "Karolina", "Julia", "Dorota", "Beata", "Paulina", "Weronika",
        "Elżbieta", "Jadwiga", "Halina", "Iwona", "Justyna"]
NAZW = [("Nowak", "Nowak"), ("Kowalski", "Kowalska"), ("Wiśniewski", "Wiśniewska"), ("Wójcik", "Wójcik"),
        ("Kowalczyk", "Kowalczyk"), ("Kamiński", "Kamińska"), ("Lewandowski", "Lewandowska"),
        ("Zieliński", "Zielińska"), ("Szymański", "Szymańska"), ("Woźniak", "Woźniak"), ("Dąbrowski", "Dąbrowska"),
        ("Kozłowski", "Kozłowska"), ("Jankowski", "Jankowska"), ("Mazur", "Mazur"), ("Kwiatkowski", "Kwiatkowska"),
        ("Krawczyk", "Krawczyk"), ("Piotrowski", "Piotrowska"), ("Grabowski", "Grabowska"),
        ("Nowakowski", "Nowakowska"), ("Pawłowski", "Pawłowska"), ("Michalski", "Michalska"), ("Król", "Król"),
        ("Wieczorek", "Wieczorek"), ("Jabłoński", "Jabłońska"), ("Wróbel", "Wróbel"), ("Majewski", "Majewska"),
        ("Olszewski", "Olszewska"), ("Stępień", "Stępień"), ("Jaworski", "Jaworska"), ("Malinowski", "Malinowska"),
        ("Górski", "Górska"), ("Rutkowski", "Rutkowska"), ("Sikora", "Sikora"), ("Baran", "Baran"),
        ("Duda", "Duda"), ("Szewczyk", "Szewczyk"), ("Tomaszewski", "Tomaszewska"), ("Pietrzak", "Pietrzak"),
        ("Marciniak", "Marciniak"), ("Zając", "Zając"), ("Ostrowski", "Ostrowska"), ("Chmielewski", "Chmielewska"),
        ("Błaszczyk", "Błaszczyk"), ("Górecki", "Górecka"), ("Sadowski", "Sadowska"), ("Bąk", "Bąk")]
CITIES = [  # city, postcode ranges (first two digits), streets, locker prefix, plate prefix
    ("Warszawa", [0, 1, 2, 3, 4], ["Marszałkowska", "Puławska", "Grochowska", "Juliusza Słowackiego", "Wolska",
                                   "Targowa", "Długa", "Górczewska", "Racławicka", "al. Krakowska"], "WAW", "WX"),
    ("Kraków", [30, 31], ["Długa", "Karmelicka", "Zakopiańska", "Wielicka", "Kalwaryjska", "os. Oświecenia",
                          "Bronowicka"], "KRA", "KR"),
    ("Łódź", [90, 91, 92, 93, 94], ["Piotrkowska", "Zgierska", "Pomorska", "Narutowicza", "Rzgowska"], "LOD", "EL"),
    ("Wrocław", [50, 51, 52, 53, 54], ["Legnicka", "Grabiszyńska", "Świdnicka", "Kościuszki", "Krzycka"], "WRO", "DW"),
    ("Poznań", [60, 61], ["Głogowska", "Grunwaldzka", "Dąbrowskiego", "os. Piastowskie", "Garbary"], "POZ", "PO"),
    ("Gdańsk", [80], ["Grunwaldzka", "Partyzantów", "Chlebnicka", "Kartuska", "Jaśkowa Dolina"], "GDA", "GD"),
    ("Szczecin", [70, 71], ["Wojska Polskiego", "Mickiewicza", "Ku Słońcu", "Jagiellońska"], "SZC", "ZS"),
    ("Lublin", [20], ["Lipowa", "Narutowicza", "Krakowskie Przedmieście", "Zana", "Nałęczowska"], "LUB", "LU"),
    ("Katowice", [40], ["Mikołowska", "Chorzowska", "Gliwicka", "Francuska", "Kościuszki"], "KAT", "SK"),
    ("Białystok", [15], ["Lipowa", "Sienkiewicza", "Wierzbowa", "Zwierzyniecka"], "BIA", "BI"),
    ("Rzeszów", [35], ["3 Maja", "Rejtana", "Podkarpacka", "Krakowska"], "RZE", "RZ"),
]
FIRMY = ["Sklep Ogrodowy Zielony Zakątek sp. z o.o.", "Hurtownia Elektryczna ELMAX sp. z o.o.", "Księgarnia Kapitałka S.A.",
         "MebloDom sp. z o.o. sp.k.", "Fashion Point Polska sp. z o.o.", "Pracownia Ceramiki Glina sp. z o.o.",
         "AutoCzęści 24 S.A.", "Apteka Pod Orłem sp. z o.o.", "Herbaciarnia Czajnik sp. z o.o.",
         "Kosmetyki Naturalne Lawenda sp. z o.o.", "Sportmax Dystrybucja sp. z o.o.", "Zabawki Bajka S.A."]


def person(sex=None):
    sex = sex or R.choice("MF")
    im = R.choice(IM_M if sex == "M" else IM_F)
    nz = R.choice(NAZW)[0 if sex == "M" else 1]
    return sex, im, nz


TRANS = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")


def ascii_(s):
    return s.translate(TRANS).lower().replace(" ", "")


def private_email(im, nz):
    dom = R.choice(["wp.pl", "onet.pl", "gmail.com", "gmail.com", "interia.pl", "o2.pl", "op.pl", "poczta.fm",
                    "tlen.pl", "outlook.com"])
    pat = R.choice(["{i}.{n}", "{i}{n}", "{i0}{n}", "{i}.{n}{k}", "{n}.{i}", "{i}_{n}{k}"])
    return pat.format(i=ascii_(im), n=ascii_(nz), i0=ascii_(im)[0], k=R.randint(1, 99)) + "@" + dom


def address():
    city, pre, streets, locker, _ = R.choice(CITIES)
    p = R.choice(pre)
    kod = "%02d-%03d" % (p, R.randint(1, 999))
    st = R.choice(streets)
    nr = str(R.randint(1, 160)) + (R.choice(["", "", "", "A", "B"]))
    lok = "/%d" % R.randint(1, 90) if R.random() < 0.6 else ""
    ul = st if st.startswith(("al.", "os.")) else "ul. " + st
    return dict(city=city, kod=kod, ulica="%s %s%s" % (ul, nr, lok), locker="%s%02d%s" % (locker, R.randint(1, 99),
                                                                                          R.choice("MNAP")))


T_END = dt.datetime(2024, 6, 28, 18, 0)
EXPORT = dt.datetime(2024, 6, 29, 3, 10, 22)

# ---------------------------------------------------------------- people
senders = []
for i in range(64):
    firma = R.random() < 0.19
    sex, im, nz = person()
    dob = rdate(dt.date(1945, 1, 1), dt.date(2005, 6, 1))
    adr = address()
    s = dict(pid="N%d" % (i + 1), id=i + 1, typ="firma" if firma else "osoba", sex=sex, im=im, nz=nz, dob=dob,
             adr=adr, tel=mobile_raw(), reg=rts(dt.datetime(2018, 1, 1), dt.datetime(2024, 5, 1)))
    if firma:
        s["firma"] = FIRMY[i % len(FIRMY)] if i < 40 else R.choice(FIRMY)
        dom = ascii_(s["firma"].split()[0]) + ".pl"
        s["email"] = "%s.%s@%s" % (ascii_(im)[0], ascii_(nz), dom)
        s["nip"] = nip()
        s["pesel"] = None
        s["konto"] = nrb()            # company account, not a person's
        s["typ_konta"] = "biznes"
        s["login"] = ascii_(s["firma"].split()[0]) + "_" + ascii_(nz)[:6]
    else:
        s["firma"] = None
        s["email"] = private_email(im, nz)
        s["nip"] = None
        s["pesel"] = pesel(dob, sex) if R.random() < 0.7 else None
        s["konto"] = nrb() if R.random() < 0.55 else None
        s["typ_konta"] = R.choice(["standard", "standard", "standard", "premium"])
        s["login"] = ascii_(im)[0] + ascii_(nz) + (str(R.randint(1, 99)) if R.random() < 0.5 else "")
    s["pw"] = bcrypt_hash()
    s["last_login"] = rts(max(s["reg"], dt.datetime(2024, 1, 1)), T_END)
    senders.append(s)

recipients = []
# some individual senders also receive parcels (same person, own recipient row)
reused = R.sample([s for s in senders if s["typ"] == "osoba"], 7)
for i in range(118):
    if i < len(reused):
        s = reused[i]
        r = dict(pid=s["pid"], im=s["im"], nz=s["nz"], tel=s["tel"], email=s["email"], adr=s["adr"])
    else:
        sex, im, nz = person()
        r = dict(pid="O%d" % (i + 1), im=im, nz=nz, tel=mobile_raw(),
                 email=private_email(im, nz) if R.random() < 0.8 else None, adr=address())
    r["id"] = 10000 + i * 3 + R.randint(0, 2)
    recipients.append(r)
R.shuffle(recipients)

couriers = []
DEPOTS = ["WAW-1", "WAW-2", "KRA-1", "LOD-1", "WRO-1", "POZ-1", "GDA-1", "KAT-1"]
for i in range(16):
    sex = "M" if R.random() < 0.85 else "F"
    _, im, nz = person(sex)
    dob = rdate(dt.date(1965, 1, 1), dt.date(2001, 12, 31))
    depot = DEPOTS[i % len(DEPOTS)]
    city = next(c for c in CITIES if c[3] == depot[:3])
    couriers.append(dict(pid="K%d" % (i + 1), id=i + 1, im=im, nz=nz, dob=dob, pesel=pesel(dob, sex),
                         pj="%05d/%02d/%04d" % (R.randint(1, 99999), R.randint(5, 23), R.choice([1465, 1261, 1061, 2464, 3064, 2261, 1862, 2061])),
                         tel=mobile_raw(), depot=depot,
                         email="%s.%s@szybkapaczka.pl" % (ascii_(im), ascii_(nz)),
                         hired=rdate(dt.date(2014, 1, 1), dt.date(2024, 3, 1)),
                         plate="%s %s" % (city[4], R.choice(["%05d" % R.randint(0, 99999),
                                                             "%d%s%03d" % (R.randint(1, 9), R.choice("CFGHJKMNRTW"), R.randint(0, 999))])),
                         login="kur%04d" % (3000 + i * 7), imei=imei()))

agents = []
for i in range(9):
    sex, im, nz = person("F" if R.random() < 0.65 else "M")
    agents.append(dict(pid="A%d" % (i + 1), id=i + 1, im=im, nz=nz,
                       login="%s.%s" % (ascii_(im)[0], ascii_(nz)),
                       email="%s.%s@cs-partner.pl" % (ascii_(im), ascii_(nz)),
                       rola="kierownik_zmiany" if i == 0 else ("admin" if i == 1 else "konsultant"),
                       pw=bcrypt_hash(), ws_ip="10.20.%d.%d" % (R.randint(1, 6), R.randint(10, 250)),
                       last=rts(dt.datetime(2024, 6, 20), T_END)))

# ---------------------------------------------------------------- parcels
parcels = []
used_tn = set()
recip_ids = list(range(len(recipients)))
for s in senders:
    n = R.randint(15, 40) if s["typ"] == "firma" else R.choices([1, 2, 3, 5, 8, 12], [20, 25, 20, 15, 12, 8])[0]
    for _ in range(n):
        r = recipients[R.choice(recip_ids)]
        if r["pid"] == s["pid"]:
            continue
        while True:
            tn = "62%022d" % R.randint(0, 10 ** 22 - 1)
            if tn not in used_tn:
                used_tn.add(tn)
                break
        created = rts(dt.datetime(2023, 9, 1), dt.datetime(2024, 6, 20))
        usluga = R.choice(["kurier", "paczkomat", "paczkomat", "kurier_pobranie"])
        sent = created + dt.timedelta(hours=R.randint(2, 40))
        status = R.choices(["doręczona", "w_doręczeniu", "zwrot_do_nadawcy", "zaginiona", "uszkodzona"],
                           [82, 6, 6, 2, 4])[0]
        delivered = sent + dt.timedelta(hours=R.randint(14, 70)) if status in ("doręczona", "uszkodzona") else None
        k = R.choice(couriers)
        parcels.append(dict(id=None, tn=tn, s=s, r=r, k=k, usluga=usluga, created=created, sent=sent,
                            delivered=delivered, status=status,
                            gab=R.choice("ABC"), waga=round(R.uniform(0.2, 24.9), 2),
                            cod=round(R.uniform(39, 899), 2) if usluga == "kurier_pobranie" else None,
                            locker=r["adr"]["locker"] if usluga == "paczkomat" else None,
                            code="%06d" % R.randint(0, 999999) if usluga == "paczkomat" else None))
parcels.sort(key=lambda p: p["created"])
for i, p in enumerate(parcels):
    p["id"] = 700001 + i

# ---------------------------------------------------------------- cs_db.sql (mysqldump)
F_SQL = "cs_db.sql"


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, (int, float)):
        return repr(v) if isinstance(v, float) else str(v)
    if isinstance(v, dt.datetime):
        return "'%s'" % v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, dt.date):
        return "'%s'" % v.isoformat()
    s = str(v).replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n").replace("\r", "\\r")
    return "'%s'" % s


out = io.StringIO()
w = out.write
w("""-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: db-cs-prod.internal    Database: cs_szybkapaczka
-- ------------------------------------------------------
-- Server version	8.0.36

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!50503 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;
""")


def table(name, ddl, rows, auto):
    w("\n--\n-- Table structure for table `%s`\n--\n\n" % name)
    w("DROP TABLE IF EXISTS `%s`;\n" % name)
    w("/*!40101 SET @saved_cs_client     = @@character_set_client */;\n/*!50503 SET character_set_client = utf8mb4 */;\n")
    w("CREATE TABLE `%s` (\n%s\n) ENGINE=InnoDB AUTO_INCREMENT=%d DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_polish_ci;\n"
      % (name, ddl, auto))
    w("/*!40101 SET character_set_client = @saved_cs_client */;\n\n")
    w("--\n-- Dumping data for table `%s`\n--\n\n" % name)
    w("LOCK TABLES `%s` WRITE;\n/*!40000 ALTER TABLE `%s` DISABLE KEYS */;\n" % (name, name))
    for i in range(0, len(rows), 60):
        w("INSERT INTO `%s` VALUES %s;\n" % (name, ",".join("(" + ",".join(q(v) for v in r) + ")" for r in rows[i:i + 60])))
    w("/*!40000 ALTER TABLE `%s` ENABLE KEYS */;\nUNLOCK TABLES;\n" % name)


rows = []
for s in senders:
    p = s["pid"]
    osoba = s["typ"] == "osoba"
    lp = p if osoba else None   # firm address / firm account are not the contact person's
    rows.append([
        s["id"], s["typ"],
        put(F_SQL, "nadawcy.imie", p, "name", s["im"]),
        put(F_SQL, "nadawcy.nazwisko", p, "name", s["nz"]),
        s["firma"], s["nip"],
        put(F_SQL, "nadawcy.pesel", p, "government_id", s["pesel"]),
        put(F_SQL, "nadawcy.email", p, "email", s["email"]),
        put(F_SQL, "nadawcy.telefon", p, "phone", fmt_phone(s["tel"], R.choice([0, 3, 4]))),
        put(F_SQL, "nadawcy.ulica", lp, "location", s["adr"]["ulica"]),
        put(F_SQL, "nadawcy.kod_pocztowy", lp, "location", s["adr"]["kod"]),
        put(F_SQL, "nadawcy.miasto", lp, "location", s["adr"]["city"]),
        put(F_SQL, "nadawcy.nr_rachunku", lp, "bank_account", s["konto"]),
        put(F_SQL, "nadawcy.login", p, "username", s["login"]),
        put(F_SQL, "nadawcy.haslo_hash", p, "password", s["pw"]),
        put(F_SQL, "nadawcy.typ_konta", p, "account_type", s["typ_konta"]),
        put(F_SQL, "nadawcy.data_rejestracji", p, "activity", s["reg"]),
        put(F_SQL, "nadawcy.ostatnie_logowanie", p, "activity", s["last_login"]),
        1 if R.random() < 0.6 else 0,
    ])
table("nadawcy", """  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `typ` enum('osoba','firma') NOT NULL DEFAULT 'osoba',
  `imie` varchar(60) NOT NULL,
  `nazwisko` varchar(80) NOT NULL,
  `nazwa_firmy` varchar(160) DEFAULT NULL,
  `nip` varchar(13) DEFAULT NULL,
  `pesel` char(11) DEFAULT NULL,
  `email` varchar(190) NOT NULL,
  `telefon` varchar(20) NOT NULL,
  `ulica` varchar(120) NOT NULL,
  `kod_pocztowy` char(6) NOT NULL,
  `miasto` varchar(60) NOT NULL,
  `nr_rachunku` char(26) DEFAULT NULL COMMENT 'NRB do wyplat pobran',
  `login` varchar(60) NOT NULL,
  `haslo_hash` varchar(255) NOT NULL,
  `typ_konta` enum('standard','premium','biznes') NOT NULL DEFAULT 'standard',
  `data_rejestracji` datetime NOT NULL,
  `ostatnie_logowanie` datetime DEFAULT NULL,
  `zgoda_marketing` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_login` (`login`),
  KEY `idx_email` (`email`)""", rows, len(senders) + 1)

rows = []
for r in sorted(recipients, key=lambda x: x["id"]):
    p = r["pid"]
    rows.append([
        r["id"],
        put(F_SQL, "odbiorcy.imie_nazwisko", p, "name", "%s %s" % (r["im"], r["nz"])),
        put(F_SQL, "odbiorcy.telefon", p, "phone", fmt_phone(r["tel"])),
        put(F_SQL, "odbiorcy.email", p, "email", r["email"]),
        put(F_SQL, "odbiorcy.ulica", p, "location", r["adr"]["ulica"]),
        put(F_SQL, "odbiorcy.kod_pocztowy", p, "location", r["adr"]["kod"]),
        put(F_SQL, "odbiorcy.miasto", p, "location", r["adr"]["city"]),
        r["adr"]["locker"],
    ])
table("odbiorcy", """  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `imie_nazwisko` varchar(140) NOT NULL,
  `telefon` varchar(20) NOT NULL,
  `email` varchar(190) DEFAULT NULL,
  `ulica` varchar(120) NOT NULL,
  `kod_pocztowy` char(6) NOT NULL,
  `miasto` varchar(60) NOT NULL,
  `paczkomat_domyslny` varchar(10) DEFAULT NULL,
  PRIMARY KEY (`id`)""", rows, max(r["id"] for r in recipients) + 1)

rows = []
for k in couriers:
    p = k["pid"]
    rows.append([
        k["id"],
        put(F_SQL, "kurierzy.imie", p, "name", k["im"]),
        put(F_SQL, "kurierzy.nazwisko", p, "name", k["nz"]),
        put(F_SQL, "kurierzy.pesel", p, "government_id", k["pesel"]),
        put(F_SQL, "kurierzy.nr_prawa_jazdy", p, "government_id", k["pj"]),
        put(F_SQL, "kurierzy.telefon_sluzbowy", p, "phone", fmt_phone(k["tel"], 0)),
        put(F_SQL, "kurierzy.email", p, "email", k["email"]),
        put(F_SQL, "kurierzy.login_skanera", p, "username", k["login"]),
        put(F_SQL, "kurierzy.imei_skanera", p, "device", k["imei"]),
        k["depot"], k["plate"], k["hired"],
    ])
table("kurierzy", """  `id` smallint unsigned NOT NULL AUTO_INCREMENT,
  `imie` varchar(60) NOT NULL,
  `nazwisko` varchar(80) NOT NULL,
  `pesel` char(11) NOT NULL,
  `nr_prawa_jazdy` varchar(20) NOT NULL,
  `telefon_sluzbowy` varchar(20) NOT NULL,
  `email` varchar(190) NOT NULL,
  `login_skanera` varchar(20) NOT NULL,
  `imei_skanera` char(15) DEFAULT NULL,
  `oddzial` varchar(8) NOT NULL,
  `nr_rejestracyjny` varchar(10) DEFAULT NULL,
  `data_zatrudnienia` date NOT NULL,
  PRIMARY KEY (`id`)""", rows, len(couriers) + 1)

rows = []
for p in parcels:
    rows.append([
        p["id"], p["tn"], p["s"]["id"], p["r"]["id"], p["k"]["id"], p["usluga"], p["gab"], p["waga"], p["cod"],
        p["status"],
        put(F_SQL, "przesylki.utworzono", p["s"]["pid"], "activity", p["created"]),
        p["sent"], p["delivered"], p["locker"], p["code"],
    ])
table("przesylki", """  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `numer_przesylki` char(24) NOT NULL,
  `nadawca_id` int unsigned NOT NULL,
  `odbiorca_id` int unsigned NOT NULL,
  `kurier_id` smallint unsigned DEFAULT NULL,
  `usluga` varchar(20) NOT NULL,
  `gabaryt` char(1) NOT NULL,
  `waga_kg` decimal(5,2) NOT NULL,
  `pobranie_kwota` decimal(8,2) DEFAULT NULL,
  `status` varchar(20) NOT NULL,
  `utworzono` datetime NOT NULL,
  `nadano` datetime DEFAULT NULL,
  `doreczono` datetime DEFAULT NULL,
  `paczkomat_docelowy` varchar(10) DEFAULT NULL,
  `kod_odbioru` char(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_numer` (`numer_przesylki`),
  KEY `fk_nadawca` (`nadawca_id`),
  KEY `fk_odbiorca` (`odbiorca_id`),
  CONSTRAINT `fk_przesylki_nadawca` FOREIGN KEY (`nadawca_id`) REFERENCES `nadawcy` (`id`),
  CONSTRAINT `fk_przesylki_odbiorca` FOREIGN KEY (`odbiorca_id`) REFERENCES `odbiorcy` (`id`),
  CONSTRAINT `fk_przesylki_kurier` FOREIGN KEY (`kurier_id`) REFERENCES `kurierzy` (`id`)""", rows,
      parcels[-1]["id"] + 1)

rows = []
for a in agents:
    p = a["pid"]
    rows.append([
        a["id"],
        put(F_SQL, "konsultanci.login", p, "username", a["login"]),
        put(F_SQL, "konsultanci.imie", p, "name", a["im"]),
        put(F_SQL, "konsultanci.nazwisko", p, "name", a["nz"]),
        put(F_SQL, "konsultanci.email", p, "email", a["email"]),
        put(F_SQL, "konsultanci.haslo_hash", p, "password", a["pw"]),
        put(F_SQL, "konsultanci.rola", p, "account_type", a["rola"]),
        put(F_SQL, "konsultanci.ostatnie_logowanie", p, "activity", a["last"]),
        rts(dt.datetime(2024, 1, 1), dt.datetime(2024, 6, 1)),
    ])
table("konsultanci", """  `id` smallint unsigned NOT NULL AUTO_INCREMENT,
  `login` varchar(40) NOT NULL,
  `imie` varchar(60) NOT NULL,
  `nazwisko` varchar(80) NOT NULL,
  `email` varchar(190) NOT NULL,
  `haslo_hash` varchar(255) NOT NULL,
  `rola` enum('konsultant','kierownik_zmiany','admin') NOT NULL DEFAULT 'konsultant',
  `ostatnie_logowanie` datetime DEFAULT NULL,
  `haslo_zmienione` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_login` (`login`)""", rows, len(agents) + 1)

w("""/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2024-06-29  3:10:22
""")

# ---------------------------------------------------------------- complaints JSON + app log
F_JS = "reklamacje.json"
F_LOG = "cs-app.log"
logs = []


def log(ts, level, thread, logger, msg):
    logs.append((ts, "%s.%03d %5s 2231 --- [%s] %-40s : %s" % (ts.strftime("%Y-%m-%d %H:%M:%S"), R.randint(0, 999),
                                                                level, thread, logger[-40:], msg)))


def thr():
    return "nio-8080-exec-%d" % R.randint(1, 10)


KAT = ["uszkodzenie", "zaginięcie", "opóźnienie", "niedoręczenie", "pobranie", "zachowanie kuriera"]
DEPOT_NAMES = {"WAW-1": "Warszawa Okęcie", "WAW-2": "Warszawa Targówek", "KRA-1": "Kraków Rybitwy",
               "LOD-1": "Łódź Olechów", "WRO-1": "Wrocław Bielany", "POZ-1": "Poznań Franowo",
               "GDA-1": "Gdańsk Kowale", "KAT-1": "Katowice Bytków"}
complaints = []
candidates = [p for p in parcels if p["status"] != "w_doręczeniu"]
chosen = R.sample(candidates, 92)
chosen.sort(key=lambda p: p["created"])
for n, p in enumerate(chosen):
    role = R.choice(["nadawca", "odbiorca", "odbiorca"])
    if role == "nadawca":
        s = p["s"]
        who = dict(pid=s["pid"], im=s["im"], nz=s["nz"], email=s["email"], tel=s["tel"],
                   adr=s["adr"] if s["typ"] == "osoba" else None, sid=s["id"])
    else:
        r = p["r"]
        who = dict(pid=r["pid"], im=r["im"], nz=r["nz"], email=r["email"], tel=r["tel"], adr=r["adr"], sid=None)
    pid = who["pid"]
    kat = R.choice(KAT)
    if p["status"] == "uszkodzona":
        kat = "uszkodzenie"
    elif p["status"] == "zaginiona":
        kat = "zaginięcie"
    created = p["sent"] + dt.timedelta(hours=R.randint(20, 240))
    agent = R.choice(agents)
    num = "RK/%d/%06d" % (created.year, 1200 + n * 7 + R.randint(0, 6))
    wants_money = kat in ("uszkodzenie", "zaginięcie", "pobranie")
    iban_pl = nrb() if (wants_money and R.random() < 0.8) else None
    c = {"numer": num, "numer_przesylki": p["tn"],
         "data_zgloszenia": put(F_JS, "reklamacje.data_zgloszenia", pid, "activity", created.strftime("%Y-%m-%dT%H:%M:%S+02:00")),
         "kanal": R.choice(["formularz_www", "telefon", "email", "formularz_www"]),
         "kategoria": kat,
         "status": R.choice(["nowa", "w_toku", "zamknieta_uznana", "zamknieta_odrzucona", "zamknieta_uznana"]),
         "zglaszajacy": {
             "rola": role,
             "id_klienta": who["sid"],
             "imie": put(F_JS, "reklamacje.zglaszajacy.imie", pid, "name", who["im"]),
             "nazwisko": put(F_JS, "reklamacje.zglaszajacy.nazwisko", pid, "name", who["nz"]),
             "email": put(F_JS, "reklamacje.zglaszajacy.email", pid, "email", who["email"]),
             "telefon": put(F_JS, "reklamacje.zglaszajacy.telefon", pid, "phone", fmt_phone(who["tel"], 1)),
         },
         "roszczenie": None,
         "przypisany_konsultant": {
             "login": put(F_JS, "reklamacje.przypisany_konsultant.login", agent["pid"], "username", agent["login"]),
             "imie_nazwisko": put(F_JS, "reklamacje.przypisany_konsultant.imie_nazwisko", agent["pid"], "name",
                                  "%s %s" % (agent["im"], agent["nz"])),
         },
         "wiadomosci": []}
    if who["adr"]:
        c["zglaszajacy"]["adres"] = {
            "ulica": put(F_JS, "reklamacje.zglaszajacy.adres.ulica", pid, "location", who["adr"]["ulica"]),
            "kod_pocztowy": put(F_JS, "reklamacje.zglaszajacy.adres.kod_pocztowy", pid, "location", who["adr"]["kod"]),
            "miasto": put(F_JS, "reklamacje.zglaszajacy.adres.miasto", pid, "location", who["adr"]["city"]),
        }
    else:
        c["zglaszajacy"]["adres"] = None
    if wants_money:
        c["roszczenie"] = {"kwota": round(R.uniform(25, 1500), 2), "waluta": "PLN",
                           "rachunek_zwrotu": put(F_JS, "reklamacje.roszczenie.rachunek_zwrotu", pid, "bank_account",
                                                  spaced_nrb(iban_pl, R.random() < 0.5) if iban_pl else None)}
    # messages
    t = created
    msgs = []
    cats_client = []
    ph = fmt_phone(who["tel"], R.choice([0, 2]))
    body = {
        "uszkodzenie": "Dzień dobry, przesyłka nr %s dotarła uszkodzona - karton zgnieciony, zawartość (ceramika) potłuczona. "
                       "W załączeniu zdjęcia." % p["tn"],
        "zaginięcie": "Witam, od %d dni status przesyłki %s się nie zmienia, paczka utknęła w sortowni. Co się z nią dzieje?"
                      % (R.randint(5, 14), p["tn"]),
        "opóźnienie": "Paczka miała być wczoraj, dziś nadal jej nie ma. Termin doręczenia był gwarantowany.",
        "niedoręczenie": "Kurier oznaczył przesyłkę jako 'adresat nieobecny', a byłem cały dzień w domu!",
        "pobranie": "Pobranie za przesyłkę %s zostało pobrane od klienta, ale środki nie wpłynęły na moje konto." % p["tn"],
        "zachowanie kuriera": "Kurier rzucił paczkę przez płot i odjechał, nie zadzwonił domofonem.",
    }[kat]
    if who["adr"] and kat in ("niedoręczenie", "opóźnienie", "zachowanie kuriera") and R.random() < 0.7:
        body += " Adres: %s, %s %s." % (who["adr"]["ulica"], who["adr"]["kod"], who["adr"]["city"])
        cats_client.append("location")
    if iban_pl and R.random() < 0.6:
        body += " Proszę o zwrot na rachunek %s." % spaced_nrb(iban_pl, False)
        cats_client.append("bank_account")
    if R.random() < 0.55:
        body += " Proszę o kontakt pod numerem %s." % ph
        cats_client.append("phone")
    if R.random() < 0.2 and who["email"]:
        body += " Odpowiedź proszę kierować na %s." % who["email"]
        cats_client.append("email")
    if R.random() < 0.5:
        body += "\nPozdrawiam\n%s %s" % (who["im"], who["nz"])
        cats_client.append("name")
    msgs.append(("klient", who, t, body, cats_client))
    for step in range(R.randint(1, 3)):
        t += dt.timedelta(hours=R.randint(2, 70), minutes=R.randint(0, 59))
        depot = DEPOT_NAMES[p["k"]["depot"]]
        if step == 0:
            b = ("Dzień dobry, dziękujemy za zgłoszenie %s. Reklamacja została przekazana do oddziału %s. "
                 "Odpowiedź prześlemy w ciągu 14 dni." % (num, depot))
        elif step == 1:
            b = "Prosimy o przesłanie zdjęć opakowania i zawartości przesyłki oraz kopii faktury."
        else:
            b = "Uprzejmie informujemy, że reklamacja została rozpatrzona pozytywnie. Środki zostaną przelane w ciągu 7 dni roboczych."
        b += "\nZ poważaniem\n%s %s\nDział Obsługi Klienta SzybkaPaczka" % (agent["im"], agent["nz"])
        msgs.append(("konsultant", agent, t, b, ["name"]))
        if step == 1 and R.random() < 0.7:
            t += dt.timedelta(hours=R.randint(1, 30))
            cb = "W załączeniu zdjęcia i faktura."
            cc = []
            if R.random() < 0.3:
                cb += " Przy odbiorze uszkodzonej paczki proszę o wcześniejszy telefon: %s." % ph
                cc.append("phone")
            msgs.append(("klient", who, t, cb, cc))
    for od, author, ts, b, cats in msgs:
        apid = author["pid"]
        m = {"od": od,
             "autor": put(F_JS, "reklamacje.wiadomosci.autor", apid, "name", "%s %s" % (author["im"], author["nz"])),
             "login": put(F_JS, "reklamacje.wiadomosci.login", apid, "username", author["login"]) if od == "konsultant" else None,
             "data": put(F_JS, "reklamacje.wiadomosci.data", apid, "activity", ts.strftime("%Y-%m-%dT%H:%M:%S+02:00")),
             "tresc": b, "zalaczniki": []}
        for cat in cats:
            put(F_JS, "reklamacje.wiadomosci.tresc", apid, cat, "x")
        if od == "klient" and ("zdjęcia" in b or "faktura" in b):
            for j in range(R.randint(1, 3)):
                blob = R.getrandbits(256).to_bytes(32, "big")
                m["zalaczniki"].append({"nazwa": "IMG_%04d.jpg" % R.randint(1000, 9999) if j else "faktura_%s.pdf" % R.randint(100, 999),
                                        "rozmiar": R.randint(80000, 4000000),
                                        "sha256": hashlib.sha256(blob).hexdigest()})
        c["wiadomosci"].append(m)
    complaints.append(c)

    # log lines about this complaint
    log(created + dt.timedelta(seconds=2), "INFO", thr(), "p.s.cs.reklamacje.ReklamacjaService",
        "Utworzono reklamację %s (kategoria=%s, przesylka=%s, zglaszajacy=%s)" % (num, kat, p["tn"], who["email"] or "-"))
    if who["email"]:
        text(F_LOG, pid, "email")
    text(F_LOG, pid, "activity")
    log(created + dt.timedelta(minutes=R.randint(3, 300)), "INFO", thr(), "p.s.cs.reklamacje.AssignmentService",
        "Reklamacja %s przypisana do konsultanta %s" % (num, agent["login"]))
    text(F_LOG, agent["pid"], "username")
    if R.random() < 0.35:
        log(created + dt.timedelta(minutes=R.randint(1, 10)), "WARN", "sms-sender-1", "p.s.cs.notify.SmsGatewayClient",
            "Nie dostarczono SMS do %s (kod=31 nieosiągalny), ponowienie za 300s" % fmt_phone(who["tel"], 4))
        text(F_LOG, pid, "phone")
    if c["roszczenie"] and c["roszczenie"]["rachunek_zwrotu"] and R.random() < 0.25:
        log(t + dt.timedelta(hours=1), "ERROR", "payout-2", "p.s.cs.wyplaty.PayoutService",
            "Odrzucono zlecenie zwrotu %s: rachunek PL%s - niezgodne dane właściciela rachunku"
            % (num, iban_pl))
        text(F_LOG, pid, "bank_account")
    if who["adr"] and R.random() < 0.3:
        log(created + dt.timedelta(seconds=1), "DEBUG", thr(), "p.s.cs.geo.AddressNormalizer",
            "normalize input='%s, %s %s' -> teryt=%07d" % (who["adr"]["ulica"], who["adr"]["kod"], who["adr"]["city"],
                                                           R.randint(900000, 999999)))
        text(F_LOG, pid, "location")

# agent logins, tracking look-ups (no personal data), scheduler noise
for a in agents:
    for d in range(R.randint(25, 60)):
        ts = rts(dt.datetime(2023, 10, 1), T_END)
        log(ts, "INFO", thr(), "p.s.cs.auth.LoginController",
            "Logowanie udane: login=%s ip=%s" % (a["login"], a["ws_ip"]))
        for c_ in ("username", "ip_address", "activity"):
            text(F_LOG, a["pid"], c_)
        if R.random() < 0.05:
            log(ts - dt.timedelta(seconds=20), "WARN", thr(), "p.s.cs.auth.LoginController",
                "Logowanie nieudane: login=%s ip=%s (złe hasło, próba 1/5)" % (a["login"], a["ws_ip"]))
for _ in range(2600):
    ts = rts(dt.datetime(2023, 10, 1), T_END)
    p = R.choice(parcels)
    r = R.random()
    if r < 0.6:
        log(ts, "INFO", thr(), "p.s.cs.integration.TrackingClient",
            "GET https://api.szybkapaczka.pl/v3/tracking/%s -> 200 (%d ms)" % (p["tn"], R.randint(40, 900)))
    elif r < 0.8:
        log(ts, "DEBUG", "scheduling-1", "p.s.cs.sla.SlaMonitor",
            "Przeliczono SLA: otwarte=%d, po_terminie=%d" % (R.randint(20, 90), R.randint(0, 9)))
    elif r < 0.9:
        log(ts, "INFO", "hikari-housekeeper", "com.zaxxer.hikari.pool.HikariPool",
            "HikariPool-1 - Pool stats (total=20, active=%d, idle=%d, waiting=0)" % (R.randint(0, 8), R.randint(8, 20)))
    else:
        log(ts, "WARN", thr(), "p.s.cs.integration.TrackingClient",
            "Timeout przy pobieraniu statusu %s, ponowienie 1/3" % p["tn"])
logs.sort(key=lambda x: x[0])

# ---------------------------------------------------------------- write files
if os.path.isdir(DATA):
    shutil.rmtree(DATA)
os.makedirs(DATA)
with open(os.path.join(DATA, F_SQL), "w", encoding="utf-8") as f:
    f.write(out.getvalue())
with open(os.path.join(DATA, F_JS), "w", encoding="utf-8") as f:
    json.dump({"eksport": {"system": "SP-CS Reklamacje 4.2", "wygenerowano": EXPORT.strftime("%Y-%m-%dT%H:%M:%SZ"),
                           "zakres_od": "2023-09-01", "zakres_do": "2024-06-28", "liczba": len(complaints)},
               "reklamacje": complaints}, f, ensure_ascii=False, indent=2)
with open(os.path.join(DATA, F_LOG), "w", encoding="utf-8") as f:
    for _, ln in logs:
        f.write(ln + "\n")

F_PROP = "application.properties"
with open(os.path.join(DATA, F_PROP), "w", encoding="utf-8") as f:
    f.write("""# SP-CS (obsluga klienta SzybkaPaczka) - profil prod
spring.profiles.active=prod
server.port=8080
spring.datasource.url=jdbc:mysql://db-cs-prod.internal:3306/cs_szybkapaczka?useUnicode=true&characterEncoding=utf8
spring.datasource.username=cs_app
spring.datasource.password=Ul4n-Kr0pla#2024
spring.jpa.open-in-view=false
szybkapaczka.api.base-url=https://api.szybkapaczka.pl/v3
szybkapaczka.api.token=spk_live_7f3KxQ2mN9pLw4Rt8YbZc1Vd6Hs0Ja5E
sms.gateway.url=https://api.smsapi.pl/sms.do
sms.gateway.oauth-token=kXz0w3yP8uQeR2tN7bVmC4jL9aHsD6fG1iO5
payouts.bank.sftp.host=sftp.elixir.bank-partner.pl
payouts.bank.sftp.user=spcs_wyplaty
payouts.bank.sftp.password=Zw0t-Pobr4n!a
jwt.signing-key=c2VrcmV0LWtsdWN6LXBvZHBpc3ltLWp3dC0yMDI0LXByb2Qtc3BjczEyMw==
reklamacje.sla.dni=14
reklamacje.zalaczniki.max-rozmiar-mb=10
logging.level.pl.szybkapaczka.cs=DEBUG
""")
TEXT[F_PROP].add("secret")

F_ODD = "oddzialy.csv"
with open(os.path.join(DATA, F_ODD), "w", encoding="utf-8", newline="") as f:
    cw = csv.writer(f, delimiter=";", lineterminator="\r\n")
    cw.writerow(["kod_oddzialu", "nazwa", "ulica", "kod_pocztowy", "miejscowosc", "wojewodztwo", "szer_geo", "dl_geo",
                 "godziny_pracy", "telefon_centrali"])
    cw.writerows([
        ["WAW-1", "Warszawa Okęcie", "ul. Komitetu Obrony Robotników 48", "02-146", "Warszawa", "mazowieckie", "52.1782", "20.9656", "pn-pt 6-22, sob 7-15", "22 300 41 00"],
        ["WAW-2", "Warszawa Targówek", "ul. Kondratowicza 37", "03-285", "Warszawa", "mazowieckie", "52.2941", "21.0478", "pn-pt 6-22", "22 300 41 20"],
        ["KRA-1", "Kraków Rybitwy", "ul. Półłanki 82", "30-740", "Kraków", "małopolskie", "50.0338", "20.0214", "pn-pt 6-21", "12 355 10 00"],
        ["LOD-1", "Łódź Olechów", "ul. Pomorska 251", "92-213", "Łódź", "łódzkie", "51.7702", "19.5570", "pn-pt 6-21", "42 290 33 00"],
        ["WRO-1", "Wrocław Bielany", "ul. Logistyczna 6", "55-040", "Bielany Wrocławskie", "dolnośląskie", "51.0437", "16.9651", "pn-pt 6-22", "71 750 20 00"],
        ["POZ-1", "Poznań Franowo", "ul. Szwedzka 2", "61-285", "Poznań", "wielkopolskie", "52.3955", "16.9971", "pn-pt 6-21", "61 660 15 00"],
        ["GDA-1", "Gdańsk Kowale", "ul. Magnacka 25", "80-180", "Gdańsk", "pomorskie", "54.3166", "18.5704", "pn-pt 6-21", "58 350 44 00"],
        ["KAT-1", "Katowice Bytków", "ul. Bytkowska 1", "40-955", "Katowice", "śląskie", "50.2868", "19.0068", "pn-pt 6-22", "32 420 61 00"],
        ["SZC-1", "Szczecin Dąbie", "ul. Pomorska 115", "70-812", "Szczecin", "zachodniopomorskie", "53.3921", "14.6503", "pn-pt 7-20", "91 880 12 00"],
        ["LUB-1", "Lublin Felin", "ul. Metalurgiczna 17", "20-234", "Lublin", "lubelskie", "51.2294", "22.6345", "pn-pt 7-20", "81 460 70 00"],
    ])

F_CEN = "cennik.csv"
with open(os.path.join(DATA, F_CEN), "w", encoding="utf-8", newline="") as f:
    cw = csv.writer(f, delimiter=";", lineterminator="\r\n")
    cw.writerow(["usluga", "gabaryt", "max_waga_kg", "cena_netto_pln", "cena_brutto_pln", "dopłata_pobranie_pln",
                 "czas_doreczenia_h", "obowiazuje_od"])
    for us, base in [("kurier", 17.9), ("paczkomat", 11.9), ("kurier_pobranie", 17.9), ("kurier_express_12", 39.0)]:
        for g, mw, mul in [("A", 8, 1.0), ("B", 25, 1.25), ("C", 25, 1.6)]:
            net = round(base * mul, 2)
            cw.writerow([us, g, mw, ("%.2f" % net).replace(".", ","), ("%.2f" % (net * 1.23)).replace(".", ","),
                         "5,50" if "pobranie" in us else "0,00", 24 if "express" not in us else 12, "2024-03-01"])

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


n_s = len(senders)
n_r_only = len({r["pid"] for r in recipients} - {s["pid"] for s in senders})
truth = {
    "brief": ("Customer-service vendor of 'SzybkaPaczka', a Polish parcel courier. MySQL dump of the CS database "
              "(nadawcy = senders: private customers with PESEL and NRB payout accounts, and business senders with "
              "a contact person; odbiorcy = recipients, mostly different people who are not customers; przesylki = "
              "parcels referencing nadawca_id/odbiorca_id/kurier_id; kurierzy = couriers with PESEL, driving-licence "
              "number and scanner IMEI; konsultanci = CS agents), a JSON export of complaints (reklamacje) with the "
              "complainant and nested message threads, the Spring Boot application log of the CS app, its "
              "application.properties, and two controls (depot register with GPS, price list). Language: Polish."),
    "people": len(PEOPLE),
    "people_by_category": {k: len(BYCAT.get(k, ())) for k in sorted(
        set(BYCAT) | set(TEXT_CATS()) )},
    "fields": {k: dict(sorted(v.items())) for k, v in FIELDS.items()},
    "text": {k: sorted(v) for k, v in TEXT.items()},
    "controls": [F_ODD, F_CEN],
    "ambiguous": {
        F_SQL: ["przesylki.kod_odbioru", "przesylki.doreczono", "przesylki.nadano"],
    },
    "lookalikes": {
        F_SQL: {
            "przesylki.numer_przesylki": "24-digit tracking numbers starting 62",
            "nadawcy.nip": "NIP tax ids of companies (business senders only), valid NIP checksum",
            "nadawcy.nazwa_firmy": "company names",
            "kurierzy.nr_rejestracyjny": "registration plates of company vans",
            "kurierzy.data_zatrudnienia": "hire dates",
            "konsultanci.haslo_zmienione": "timestamp in a column whose name mentions the password",
            "przesylki.paczkomat_docelowy": "parcel-locker codes (places)",
            "odbiorcy.paczkomat_domyslny": "parcel-locker codes (places)",
            "przesylki.waga_kg": "weights", "przesylki.status": "status enum",
        },
        F_JS: {
            "reklamacje.numer_przesylki": "24-digit tracking numbers",
            "reklamacje.numer": "complaint numbers RK/YYYY/NNNNNN",
            "reklamacje.wiadomosci.zalaczniki.sha256": "SHA-256 of attachments",
            "reklamacje.roszczenie.kwota": "claim amounts",
        },
        F_LOG: {"(lines)": "tracking numbers in URLs, TERYT ids, pool statistics"},
    },
    "notes": (
        "people = %d senders (private and business contact persons) + %d recipients who are not senders "
        "(7 private senders also appear as recipients and are counted once) + %d couriers + %d CS agents. "
        "For business senders (typ='firma') the address and nr_rachunku are the company's, so those values are "
        "not counted as the contact person's location/bank_account (the fields are still listed because private "
        "senders fill them). Complainants in reklamacje.json are the sender or recipient of the parcel. "
        "reklamacje.wiadomosci.tresc is free text: customer messages can carry the customer's address, NRB/IBAN, "
        "phone, email and signature; agent messages carry the agent's name in the signature. cs-app.log: agent "
        "logins with workstation IPs (10.20.x.x, counted for the agent), complaint creation lines with the "
        "complainant's email, SMS failures with phone, payout rejections with IBAN, address normaliser lines. "
        "przesylki.utworzono is counted as activity of the sender; nadano/doreczono (handover/delivery by courier) "
        "and kod_odbioru (locker pickup code) are ambiguous and not counted." % (
            n_s, n_r_only, len(couriers), len(agents))),
}
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=2)
print(json.dumps({"people": truth["people"], "by_cat": truth["people_by_category"]}, ensure_ascii=False))
