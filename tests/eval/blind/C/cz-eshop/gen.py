#!/usr/bin/env python3
"""Blind test dump C/cz-eshop: Czech online shop (order-management system) vendor export.
Deterministic (seeded). Standard library + openpyxl. Writes data/ and truth.json."""
import csv, gzip, io, json, os, random, shutil, tarfile
from datetime import date, datetime, timedelta

SEED = 4207311
rnd = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "data")
if os.path.isdir(OUT):
    shutil.rmtree(OUT)
os.makedirs(OUT)

N_CUST = 180

MALE = ["Jan", "Petr", "Jiří", "Pavel", "Tomáš", "Martin", "Jakub", "Lukáš", "Ondřej", "Michal", "David", "Josef",
        "Václav", "Filip", "Vojtěch", "Adam", "Miroslav", "Zdeněk", "Radek", "Marek", "Karel", "Roman", "Aleš", "Libor"]
FEMALE = ["Jana", "Eva", "Hana", "Lenka", "Kateřina", "Petra", "Lucie", "Veronika", "Tereza", "Martina", "Michaela",
          "Alena", "Barbora", "Markéta", "Zuzana", "Klára", "Adéla", "Simona", "Ivana", "Monika", "Věra", "Šárka",
          "Dagmar", "Pavla"]
SURN = [("Novák", "Nováková"), ("Svoboda", "Svobodová"), ("Novotný", "Novotná"), ("Dvořák", "Dvořáková"),
        ("Černý", "Černá"), ("Procházka", "Procházková"), ("Kučera", "Kučerová"), ("Veselý", "Veselá"),
        ("Horák", "Horáková"), ("Němec", "Němcová"), ("Marek", "Marková"), ("Pospíšil", "Pospíšilová"),
        ("Pokorný", "Pokorná"), ("Hájek", "Hájková"), ("Král", "Králová"), ("Jelínek", "Jelínková"),
        ("Růžička", "Růžičková"), ("Beneš", "Benešová"), ("Fiala", "Fialová"), ("Sedláček", "Sedláčková"),
        ("Doležal", "Doležalová"), ("Zeman", "Zemanová"), ("Kolář", "Kolářová"), ("Navrátil", "Navrátilová"),
        ("Čermák", "Čermáková"), ("Vaněk", "Vaňková"), ("Urban", "Urbanová"), ("Blažek", "Blažková"),
        ("Kříž", "Křížová"), ("Kovář", "Kovářová"), ("Bartoš", "Bartošová"), ("Vlček", "Vlčková"),
        ("Polák", "Poláková"), ("Musil", "Musilová"), ("Šimek", "Šimková"), ("Krejčí", "Krejčí")]

CITIES = [  # (mesto, [psc], [streets], weight)
    ("Praha 1", ["110 00"], ["Národní", "Spálená", "Vodičkova", "Dlouhá", "Revoluční"], 4),
    ("Praha 2", ["120 00"], ["Vinohradská", "Mánesova", "Korunní", "Londýnská", "Legerova"], 6),
    ("Praha 3", ["130 00"], ["Seifertova", "Koněvova", "Husinecká", "Táboritská", "Jeseniova"], 6),
    ("Praha 4", ["140 00", "142 00", "149 00"], ["Táborská", "Budějovická", "Na Pankráci", "Michelská", "Zelený pruh"], 7),
    ("Praha 5", ["150 00", "152 00", "155 00"], ["Plzeňská", "Nádražní", "Štefánikova", "Radlická", "Drahobejlova"], 5),
    ("Praha 6", ["160 00", "162 00"], ["Dejvická", "Bělohorská", "Evropská", "Jugoslávských partyzánů"], 5),
    ("Praha 8", ["180 00", "182 00"], ["Sokolovská", "Zenklova", "Ďáblická", "Na Žertvách"], 4),
    ("Praha 10", ["100 00", "101 00"], ["Vršovická", "Moskevská", "Kodaňská", "Průběžná"], 5),
    ("Brno", ["602 00", "612 00", "615 00", "625 00", "638 00"], ["Kounicova", "Lidická", "Cejl", "Veveří", "Bašty", "Merhautova", "Štefánikova"], 12),
    ("Ostrava", ["702 00", "700 30", "708 00"], ["Nádražní", "Českobratrská", "Hlavní třída", "Výškovická", "Opavská"], 7),
    ("Plzeň", ["301 00", "312 00", "323 00"], ["Klatovská třída", "Americká", "Slovanská alej", "Lochotínská"], 5),
    ("Olomouc", ["779 00"], ["Třída Svobody", "Palackého", "Wellnerova", "Holická"], 4),
    ("Liberec", ["460 01", "460 07"], ["Masarykova", "Jablonecká", "Husova", "Švermova"], 3),
    ("České Budějovice", ["370 01", "370 05"], ["Lannova třída", "Husova", "Pražská tř.", "Lidická"], 4),
    ("Hradec Králové", ["500 02", "500 03"], ["Gočárova třída", "Pospíšilova", "Hradecká", "Brněnská"], 3),
    ("Pardubice", ["530 02", "530 09"], ["Třída Míru", "Palackého", "Teplého", "Dukelská"], 3),
    ("Zlín", ["760 01"], ["Třída Tomáše Bati", "Štefánikova", "Kvítková"], 2),
    ("Jihlava", ["586 01"], ["Brněnská", "Havlíčkova", "Žižkova"], 2),
    ("Kladno", ["272 01"], ["Unhošťská", "Kročehlavská", "Gen. Klapálka"], 2),
    ("Říčany", ["251 01"], ["Olivova", "Komenského nám.", "Černokostelecká"], 1),
    ("Beroun", ["266 01"], ["Plzeňská", "Košťálkova", "Tyršova"], 1),
]
EMAIL_DOM = ["seznam.cz"] * 7 + ["email.cz"] * 3 + ["gmail.com"] * 5 + ["centrum.cz", "post.cz", "volny.cz",
                                                                          "atlas.cz", "outlook.cz", "icloud.com"]
CZ_MOBILE_PREFIX = ["601", "602", "603", "604", "605", "606", "607", "608", "702", "704", "720", "721", "722", "723",
                    "724", "725", "728", "730", "731", "732", "733", "734", "736", "737", "739", "770", "773", "774",
                    "775", "776", "777", "778", "790", "792", "799"]

FOLD = str.maketrans("áčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ", "acdeeinorstuuyzACDEEINORSTUUYZ")


def fold(s):
    return s.translate(FOLD).lower().replace(" ", "")


def rdate(a, b):
    return a + timedelta(days=rnd.randint(0, (b - a).days))


def rdt(a, b):
    return a + timedelta(seconds=rnd.randint(0, int((b - a).total_seconds())))


def phone():
    n = rnd.choice(CZ_MOBILE_PREFIX) + "%06d" % rnd.randint(0, 999999)
    grp = "%s %s %s" % (n[:3], n[3:6], n[6:])
    r = rnd.random()
    if r < 0.45:
        return "+420 " + grp
    if r < 0.85:
        return grp
    if r < 0.95:
        return "+420" + n
    return n


def rodne_cislo(bd, female):
    mm = bd.month + (50 if female else 0)
    head = "%02d%02d%02d" % (bd.year % 100, mm, bd.day)
    while True:
        mid = "%03d" % rnd.randint(0, 999)
        nine = int(head + mid)
        c = (-nine * 10) % 11  # choose last digit so that whole 10-digit number is divisible by 11
        if c == 10:
            continue
        full = head + mid + str(c)
        assert int(full) % 11 == 0
        return head + "/" + mid + str(c)


def rc_ok(s):
    d = s.replace("/", "")
    return len(d) == 10 and int(d) % 11 == 0


BANK_CODES = ["0800"] * 5 + ["0100"] * 4 + ["0300"] * 3 + ["2010"] * 3 + ["3030"] * 3 + ["0600", "2700", "5500", "6210", "0800", "0100"]


def cz_account():
    W = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1]
    code = rnd.choice(BANK_CODES)
    ndig = rnd.choice([9, 10, 10, 10]) if code in ("2010", "3030") else rnd.choice([7, 8, 9, 10])
    while True:
        body = str(rnd.randint(1, 9)) + "".join(str(rnd.randint(0, 9)) for _ in range(ndig - 2))
        padded = body.rjust(9, "0")
        s = sum(int(a) * b for a, b in zip(padded, W[:9]))
        last = (-s) % 11
        if last == 10:
            continue
        num = body + str(last)
        break
    prefix = ""
    if code == "0800" and rnd.random() < 0.35:
        prefix = rnd.choice(["19-", "670100-", "51-"])
    return prefix + num + "/" + code


def cz_account_ok(s):
    acct, code = s.split("/")
    pre, _, num = acct.rpartition("-")
    W = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1]
    ok = sum(int(a) * b for a, b in zip(num.rjust(10, "0"), W)) % 11 == 0
    if pre:
        ok = ok and sum(int(a) * b for a, b in zip(pre.rjust(6, "0"), [10, 5, 8, 4, 2, 1])) % 11 == 0
    return ok and len(code) == 4


B64 = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def bcrypt():
    return "$2y$10$" + "".join(rnd.choice(B64) for _ in range(53))


def ean13(body12):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body12))
    return body12 + str((10 - s % 10) % 10)


def cz_ip():
    r = rnd.random()
    if r < 0.1:
        return "2a00:1028:%x:%x:%x:%x:%x:%x" % tuple(rnd.randint(0, 0xffff) for _ in range(6))
    net = rnd.choice(["89.24.%d.%d", "90.176.%d.%d", "90.178.%d.%d", "90.181.%d.%d", "78.80.%d.%d",
                      "46.135.%d.%d", "188.175.%d.%d", "37.48.%d.%d", "213.220.%d.%d", "93.99.%d.%d",
                      "109.81.%d.%d", "185.8.%d.%d"])
    return net % (rnd.randint(0, 255), rnd.randint(1, 254))


# ---------- customers ----------
customers = []
used_emails = set()
for cid in range(1001, 1001 + N_CUST):
    female = rnd.random() < 0.58
    fn = rnd.choice(FEMALE if female else MALE)
    sm, sf = rnd.choice(SURN)
    ln = sf if female else sm
    bd = rdate(date(1955, 1, 1), date(2005, 12, 31))
    city = rnd.choices(CITIES, weights=[c[3] for c in CITIES])[0]
    street = "%s %d/%d" % (rnd.choice(city[2]), rnd.randint(100, 3200), rnd.randint(1, 90)) if rnd.random() < 0.7 \
        else "%s %d" % (rnd.choice(city[2]), rnd.randint(1, 250))
    f1, l1 = fold(fn), fold(ln)
    local = rnd.choice([f"{f1}.{l1}", f"{f1}{l1}", f"{l1}.{f1}", f"{f1}.{l1}{bd.year % 100:02d}",
                        f"{f1[0]}.{l1}", f"{f1}{bd.year}", f"{l1}{rnd.randint(1, 99)}"])
    email = local + "@" + rnd.choice(EMAIL_DOM)
    while email in used_emails:
        email = local + str(rnd.randint(2, 999)) + "@" + rnd.choice(EMAIL_DOM)
    used_emails.add(email)
    reg = rdt(datetime(2018, 2, 1), datetime(2024, 10, 31, 23, 0))
    last = rdt(max(reg, datetime(2024, 6, 1)), datetime(2024, 11, 30, 22, 0)) if rnd.random() < 0.8 else rdt(reg, reg + timedelta(days=200))
    last = min(last, datetime(2024, 11, 30, 22, 0))
    pw_changed = rdt(reg, last) if rnd.random() < 0.3 else reg
    customers.append(dict(
        id=cid, jmeno=fn, prijmeni=ln, female=female, email=email, telefon=phone() if rnd.random() < 0.92 else None,
        ulice=street, mesto=city[0], psc=rnd.choice(city[1]), bd=bd, show_bd=rnd.random() < 0.55,
        reg=reg, last=last, pw=bcrypt(), pw_changed=pw_changed,
        uroven=rnd.choices(["bronzová", "stříbrná", "zlatá"], weights=[60, 28, 12])[0],
        newsletter=1 if rnd.random() < 0.45 else 0, splatky=rnd.random() < 0.18, rc=None, ip=cz_ip(),
    ))
for c in customers:
    if c["splatky"]:
        c["rc"] = rodne_cislo(c["bd"], c["female"])
        c["show_bd"] = True
        assert rc_ok(c["rc"])

# ---------- products ----------
PRODUCTS = [
    ("HRN-0101", "Hrnek smaltovaný 0,4 l modrý", 189), ("HRN-0107", "Hrnek porcelánový Puntík 300 ml", 149),
    ("KUCH-2210", "Pánev nepřilnavá 28 cm", 799), ("KUCH-2231", "Hrnec nerezový 5 l s poklicí", 1190),
    ("KUCH-2302", "Sada nožů 5 ks v bloku", 1490), ("KUCH-2415", "Prkénko bambusové 40x30", 329),
    ("KAV-3001", "Moka konvička 6 šálků", 549), ("KAV-3015", "French press 1 l sklo", 459),
    ("KAV-3020", "Mlýnek na kávu ruční keramický", 890), ("KAV-3104", "Kávovar pákový Espresso Pro", 5990),
    ("ELE-4001", "Rychlovarná konvice 1,7 l nerez", 899), ("ELE-4012", "Tyčový mixér 800 W", 1290),
    ("ELE-4030", "Horkovzdušná fritéza 4,5 l", 2490), ("ELE-4044", "Toustovač 2 plátky retro", 990),
    ("TEX-5002", "Utěrky bavlněné 3 ks", 199), ("TEX-5010", "Ubrus lněný 140x220", 790),
    ("SKL-6003", "Sklenice na víno 6 ks", 449), ("SKL-6020", "Dóza skleněná s bambusovým víkem 1 l", 259),
    ("DOM-7001", "Odpadkový koš 30 l nášlapný", 1090), ("DOM-7105", "Sušák na nádobí nerez", 699),
    ("DET-8001", "Dětský talíř s přísavkou", 229), ("PEC-9002", "Forma na bábovku 24 cm", 349),
    ("PEC-9010", "Plech na pečení smaltovaný", 399), ("PEC-9033", "Kuchyňská váha digitální", 499),
]
PROD_EAN = {p[0]: ean13("859" + "%09d" % rnd.randint(0, 999999999)) for p in PRODUCTS}

# ---------- orders ----------
DOPRAVA = [("Zásilkovna - výdejní místo", 69, 50), ("Zásilkovna - Z-BOX", 59, 12), ("PPL - doručení na adresu", 119, 15),
           ("Česká pošta - Balík Do ruky", 129, 10), ("Osobní odběr - Praha Holešovice", 0, 8)]
PLATBA = [("Kartou online (GoPay)", 45), ("Bankovní převod", 18), ("Dobírka", 14), ("Apple Pay / Google Pay", 10),
          ("Splátky (Home Credit)", 0)]
orders, items = [], []
oid, iid = 55000, 210000
seq_by_month = {}
for c in customers:
    n = rnd.choices([0, 1, 2, 3, 4, 6, 9], weights=[8, 30, 24, 16, 10, 8, 4])[0]
    if c["splatky"]:
        n = max(n, 1)
    times = sorted(rdt(max(c["reg"], datetime(2023, 1, 1)), datetime(2024, 11, 30, 21, 0)) for _ in range(n))
    for k, t in enumerate(times):
        oid += 1
        seq_by_month[(t.year, t.month)] = seq_by_month.get((t.year, t.month), rnd.randint(100, 300)) + rnd.randint(1, 4)
        cislo = "%04d%02d%04d" % (t.year, t.month, seq_by_month[(t.year, t.month)])
        dop = rnd.choices(DOPRAVA, weights=[d[2] for d in DOPRAVA])[0]
        if c["splatky"] and k == len(times) - 1:
            pl = "Splátky (Home Credit)"
        else:
            pl = rnd.choices([p[0] for p in PLATBA], weights=[p[1] for p in PLATBA])[0]
        if dop[0].startswith("Osobní") and pl == "Dobírka":
            pl = "Kartou online (GoPay)"
        nitems = rnd.choices([1, 2, 3, 4], weights=[45, 30, 15, 10])[0]
        total = dop[1]
        for p in rnd.sample(PRODUCTS, nitems):
            iid += 1
            q = rnd.choices([1, 2, 3, 6], weights=[75, 15, 5, 5])[0]
            items.append(dict(id=iid, oid=oid, kod=p[0], ean=PROD_EAN[p[0]], nazev=p[1], q=q, cena=p[2]))
            total += q * p[2]
        if pl == "Splátky (Home Credit)" and total < 3000:
            iid += 1
            p = PRODUCTS[9]
            items.append(dict(id=iid, oid=oid, kod=p[0], ean=PROD_EAN[p[0]], nazev=p[1], q=1, cena=p[2]))
            total += p[2]
        age_days = (datetime(2024, 11, 30, 23, 0) - t).days
        stav = "doručená" if age_days > 6 else ("odeslaná" if age_days > 1 else "nová")
        if rnd.random() < 0.03:
            stav = "stornovaná"
        if dop[0].startswith("Zásilkovna"):
            track = "Z" + "%010d" % rnd.randint(1000000000, 9999999999)
        elif dop[0].startswith("PPL"):
            track = "4" + "%010d" % rnd.randint(0, 9999999999)
        elif dop[0].startswith("Česká"):
            track = "DR%09dCZ" % rnd.randint(0, 999999999)
        else:
            track = None
        if stav in ("nová", "stornovaná"):
            track = None
        card = pl.startswith("Kartou") or pl.startswith("Apple")
        vs = cislo if pl == "Bankovní převod" else "%010d" % rnd.randint(3000000000, 3999999999)
        orders.append(dict(
            id=oid, cislo=cislo, cid=c["id"], vs=vs, stav=stav, doprava=dop[0], platba=pl, total=total,
            karta_typ=rnd.choice(["VISA", "MASTERCARD", "MASTERCARD", "VISA", "MAESTRO"]) if card else None,
            karta_last4="%04d" % rnd.randint(0, 9999) if card else None,
            misto=rnd.randint(1, 40) if dop[0].startswith("Zásilkovna") else None,
            dodaci=("%s, %s %s" % (c["ulice"], c["psc"], c["mesto"])) if dop[0].startswith(("PPL", "Česká")) else None,
            track=track, ip=c["ip"] if rnd.random() < 0.6 else cz_ip(), t=t))
orders.sort(key=lambda o: o["t"])
ord_by_cust = {}
for o in orders:
    ord_by_cust.setdefault(o["cid"], []).append(o)
for c in customers:
    if c["splatky"]:
        assert any(o["platba"].startswith("Splátky") for o in ord_by_cust[c["id"]])


# ---------- MySQL dump ----------
def my(v):
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return str(v)
    s = str(v)
    s = s.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n").replace("\r", "\\r").replace("\x00", "\\0")
    return "'" + s + "'"


def myt(dt):
    return dt.strftime("%Y-%m-%d %H:%M:%S") if dt else None


def extended_insert(table, rows, per=60):
    out = []
    for i in range(0, len(rows), per):
        out.append("INSERT INTO `%s` VALUES %s;\n" % (table, ",".join("(" + ",".join(my(x) for x in r) + ")" for r in rows[i:i + per])))
    return "".join(out)


HDR = """-- MySQL dump 10.13  Distrib 8.0.39, for Linux (x86_64)
--
-- Host: db-master.hrnkovo.local    Database: hrnkovo_shop
-- ------------------------------------------------------
-- Server version	8.0.39-0ubuntu0.22.04.1

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
"""
TABLE_TPL = """
--
-- Table structure for table `{t}`
--

DROP TABLE IF EXISTS `{t}`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
{ddl}
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `{t}`
--

LOCK TABLES `{t}` WRITE;
/*!40000 ALTER TABLE `{t}` DISABLE KEYS */;
{ins}/*!40000 ALTER TABLE `{t}` ENABLE KEYS */;
UNLOCK TABLES;
"""
DDL_OBJ = """CREATE TABLE `objednavky` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `cislo_objednavky` char(10) COLLATE utf8mb4_czech_ci NOT NULL,
  `zakaznik_id` int unsigned NOT NULL,
  `variabilni_symbol` varchar(10) COLLATE utf8mb4_czech_ci NOT NULL,
  `stav` enum('nová','odeslaná','doručená','stornovaná') COLLATE utf8mb4_czech_ci NOT NULL DEFAULT 'nová',
  `doprava` varchar(64) COLLATE utf8mb4_czech_ci NOT NULL,
  `platba` varchar(64) COLLATE utf8mb4_czech_ci NOT NULL,
  `celkem_kc` decimal(10,2) NOT NULL,
  `karta_typ` varchar(16) COLLATE utf8mb4_czech_ci DEFAULT NULL,
  `karta_posledni4` char(4) COLLATE utf8mb4_czech_ci DEFAULT NULL,
  `zasilkovna_misto_id` int DEFAULT NULL,
  `dodaci_adresa` varchar(255) COLLATE utf8mb4_czech_ci DEFAULT NULL,
  `sledovaci_cislo` varchar(32) COLLATE utf8mb4_czech_ci DEFAULT NULL,
  `ip_adresa` varchar(45) COLLATE utf8mb4_czech_ci DEFAULT NULL,
  `vytvoreno` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_cislo` (`cislo_objednavky`),
  KEY `idx_zakaznik` (`zakaznik_id`),
  KEY `idx_vs` (`variabilni_symbol`),
  CONSTRAINT `fk_obj_zak` FOREIGN KEY (`zakaznik_id`) REFERENCES `zakaznici` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=%d DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_czech_ci;""" % (oid + 1)
DDL_POL = """CREATE TABLE `polozky_objednavky` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `objednavka_id` int unsigned NOT NULL,
  `kod_produktu` varchar(16) COLLATE utf8mb4_czech_ci NOT NULL,
  `ean` char(13) COLLATE utf8mb4_czech_ci DEFAULT NULL,
  `nazev` varchar(128) COLLATE utf8mb4_czech_ci NOT NULL,
  `mnozstvi` smallint unsigned NOT NULL DEFAULT '1',
  `cena_ks` decimal(10,2) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_obj` (`objednavka_id`),
  CONSTRAINT `fk_pol_obj` FOREIGN KEY (`objednavka_id`) REFERENCES `objednavky` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=%d DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_czech_ci;""" % (iid + 1)
DDL_ZAK = """CREATE TABLE `zakaznici` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `jmeno` varchar(64) COLLATE utf8mb4_czech_ci NOT NULL,
  `prijmeni` varchar(64) COLLATE utf8mb4_czech_ci NOT NULL,
  `email` varchar(191) COLLATE utf8mb4_czech_ci NOT NULL,
  `telefon` varchar(20) COLLATE utf8mb4_czech_ci DEFAULT NULL,
  `ulice` varchar(128) COLLATE utf8mb4_czech_ci DEFAULT NULL,
  `mesto` varchar(64) COLLATE utf8mb4_czech_ci DEFAULT NULL,
  `psc` varchar(6) COLLATE utf8mb4_czech_ci DEFAULT NULL,
  `rodne_cislo` varchar(11) COLLATE utf8mb4_czech_ci DEFAULT NULL COMMENT 'vyplněno jen u nákupu na splátky',
  `datum_narozeni` date DEFAULT NULL,
  `heslo` varchar(255) COLLATE utf8mb4_czech_ci NOT NULL,
  `heslo_zmeneno` datetime DEFAULT NULL,
  `registrace` datetime NOT NULL,
  `posledni_prihlaseni` datetime DEFAULT NULL,
  `vernostni_uroven` enum('bronzová','stříbrná','zlatá') COLLATE utf8mb4_czech_ci NOT NULL DEFAULT 'bronzová',
  `newsletter` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_email` (`email`)
) ENGINE=InnoDB AUTO_INCREMENT=%d DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_czech_ci;""" % (1001 + N_CUST)

sql = [HDR]
sql.append(TABLE_TPL.format(t="objednavky", ddl=DDL_OBJ, ins=extended_insert("objednavky", [
    (o["id"], o["cislo"], o["cid"], o["vs"], o["stav"], o["doprava"], o["platba"], "%.2f" % o["total"],
     o["karta_typ"], o["karta_last4"], o["misto"], o["dodaci"], o["track"], o["ip"], myt(o["t"])) for o in orders])))
sql.append(TABLE_TPL.format(t="polozky_objednavky", ddl=DDL_POL, ins=extended_insert("polozky_objednavky", [
    (i["id"], i["oid"], i["kod"], i["ean"], i["nazev"], i["q"], "%.2f" % i["cena"]) for i in items], per=120)))
sql.append(TABLE_TPL.format(t="zakaznici", ddl=DDL_ZAK, ins=extended_insert("zakaznici", [
    (c["id"], c["jmeno"], c["prijmeni"], c["email"], c["telefon"], c["ulice"], c["mesto"], c["psc"], c["rc"],
     c["bd"].isoformat() if c["show_bd"] else None, c["pw"], myt(c["pw_changed"]), myt(c["reg"]), myt(c["last"]),
     c["uroven"], c["newsletter"]) for c in customers], per=50)))
sql.append("""/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2024-11-30 23:15:02
""")
with open(os.path.join(OUT, "hrnkovo_shop_2024-11-30.sql"), "w", encoding="utf-8", newline="\n") as f:
    f.write("".join(sql))

# ---------- reviews CSV (windows-1250, ;) ----------
GOOD = ["Skvělá kvalita, doporučuji.", "Přesně podle popisu, dodání do druhého dne.", "Používám denně, zatím bez problémů.",
        "Za tu cenu super.", "Krásný design, manželka nadšená.", "Dobře se s tím pracuje, snadno se myje.",
        "Balík přišel dobře zabalený, nic rozbité.", "Koupila jsem jako dárek, mamka spokojená.",
        "Kvalitní zpracování, lepší než v obchoďáku.", "Po měsíci používání můžu jen chválit."]
MEH = ["Odpovídá ceně, nic extra.", "Trochu menší, než jsem čekal.", "Funkční, ale barva je jiná než na fotce.",
       "Docela hlučné, jinak v pořádku.", "Víko moc netěsní."]
BAD = ["Po týdnu praskla rukojeť, reklamuji.", "Nepřilnavý povrch se začal loupat po pár použitích.",
       "Doručení trvalo 9 dní, zboží ok.", "Dorazilo poškozené, výměna proběhla rychle."]
review_text_cats = set()
reviews = []
rid = 8800
buyers = [c for c in customers if c["id"] in ord_by_cust]
for _ in range(130):
    c = rnd.choice(buyers)
    o = rnd.choice(ord_by_cust[c["id"]])
    its = [i for i in items if i["oid"] == o["id"]]
    it = rnd.choice(its)
    stars = rnd.choices([5, 4, 3, 2, 1], weights=[50, 25, 10, 8, 7])[0]
    pool = GOOD if stars >= 4 else (MEH if stars == 3 else BAD)
    text = " ".join(rnd.sample(pool, rnd.choice([1, 1, 2])))
    x = rnd.random()
    if x < 0.06:
        n = rnd.choice(CZ_MOBILE_PREFIX) + "%06d" % rnd.randint(0, 999999)
        text += " Kdo by chtěl druhý kus, mám ho navíc nerozbalený, volejte %s%s %s %s." % (
            rnd.choice(["+420 ", ""]), n[:3], n[3:6], n[6:])
        review_text_cats.add("phone")
    elif x < 0.10:
        n = rnd.choice(CZ_MOBILE_PREFIX) + "%06d" % rnd.randint(0, 999999)
        text += " Kurýr nezastihl, volali mi zpět na %s a domluvili jsme se." % n
        review_text_cats.add("phone")
    elif x < 0.15:
        text += " %s %s." % (c["jmeno"], c["prijmeni"][0])
        review_text_cats.add("name")
    f1, l1 = fold(c["jmeno"]), fold(c["prijmeni"])
    nick = rnd.choice([f"{f1}{c['bd'].year % 100:02d}", f"{l1[:4]}_{f1[:3]}", f"{c['jmeno']} {c['prijmeni'][0]}.", f"{f1}.{l1[:1]}", "kuchtik" + str(rnd.randint(1, 99)),
                       f"{f1[:3]}{l1[:3]}{rnd.randint(1, 9)}"])
    dt = rdt(o["t"] + timedelta(days=3), o["t"] + timedelta(days=40))
    if dt > datetime(2024, 11, 30, 22, 0):
        dt = datetime(2024, 11, 30, 22, 0) - timedelta(minutes=rnd.randint(0, 3000))
    rid += 1
    reviews.append([str(rid), it["kod"], it["nazev"], nick, str(stars), text, dt.strftime("%d.%m.%Y %H:%M"),
                    "ano" if rnd.random() < 0.85 else "ne", str(rnd.choice([0, 0, 0, 1, 2, 3, 5]))])
reviews.sort(key=lambda r: datetime.strptime(r[6], "%d.%m.%Y %H:%M"))
for k, r in enumerate(reviews):
    r[0] = str(8801 + k)
buf = io.StringIO()
wr = csv.writer(buf, delimiter=";", quotechar='"', quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
wr.writerow(["ID recenze", "Kód produktu", "Produkt", "Přezdívka", "Hodnocení", "Text recenze", "Datum",
             "Ověřený nákup", "Užitečné"])
wr.writerows(reviews)
with open(os.path.join(OUT, "recenze_produktu_export.csv"), "wb") as f:
    f.write(buf.getvalue().encode("cp1250"))
# nickname-containing-a-name check: some nicknames are "Jméno P." style -> also person names
nick_has_name = any(" " in r[3] and r[3].split(" ")[0] in MALE + FEMALE for r in reviews)

# ---------- returns XLSX ----------
import openpyxl
from openpyxl.styles import Font
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Vratky"
ws["A1"] = "Evidence vratek zboží – 2. pololetí 2024"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Hrnkovo.cz – reklamační oddělení, export 30.11.2024"
hdr = ["Č. vratky", "Č. objednávky", "Jméno", "E-mail", "Číslo účtu", "Důvod", "Nahlášeno", "Částka k vrácení (Kč)", "Stav"]
ws.append([])
ws.append(hdr)
for i, h in enumerate(hdr):
    ws.cell(row=4, column=i + 1).font = Font(bold=True)
DUVOD = ["Nevyhovuje velikost", "Zboží poškozené při přepravě", "Jiná barva než na fotografii",
         "Rozmyslel(a) jsem si to – odstoupení do 14 dnů", "Nefunkční po vybalení", "Dodán jiný produkt",
         "Duplicitní objednávka", "Kvalita neodpovídá popisu"]
h2 = [o for o in orders if o["t"] >= datetime(2024, 6, 15) and o["stav"] in ("doručená", "odeslaná")]
ret_rows = []
vr = 240100
for o in sorted(rnd.sample(h2, 38), key=lambda o: o["t"]):
    c = next(cc for cc in customers if cc["id"] == o["cid"])
    vr += rnd.randint(1, 3)
    its = [i for i in items if i["oid"] == o["id"]]
    amt = rnd.choice(its)["cena"]
    acct = cz_account()
    assert cz_account_ok(acct), acct
    reported = o["t"] + timedelta(days=rnd.randint(3, 14), hours=rnd.randint(0, 10))
    ret_rows.append(["V" + str(vr), o["cislo"], "%s %s" % (c["jmeno"], c["prijmeni"]), c["email"],
                     acct if not o["platba"].startswith(("Kartou", "Apple")) else (acct if rnd.random() < 0.3 else "vrácení na kartu"),
                     rnd.choice(DUVOD), reported, float(amt),
                     rnd.choice(["Přijato", "Vyřízeno", "Vyřízeno", "Vyřízeno", "Zamítnuto"])])
for r in ret_rows:
    ws.append(r)
    ws.cell(row=ws.max_row, column=7).number_format = "DD.MM.YYYY HH:MM"
    ws.cell(row=ws.max_row, column=8).number_format = "#,##0.00"
for col, wdt in zip("ABCDEFGHI", [10, 14, 22, 30, 22, 44, 17, 12, 11]):
    ws.column_dimensions[col].width = wdt
wb.properties.creator = "Reklamace Hrnkovo"
wb.properties.created = datetime(2024, 11, 30, 16, 0)
wb.properties.modified = datetime(2024, 11, 30, 16, 5)
xbuf = io.BytesIO()
wb.save(xbuf)
# re-pack with fixed zip timestamps so the file is byte-for-byte reproducible
import re, zipfile
zin = zipfile.ZipFile(io.BytesIO(xbuf.getvalue()))
with zipfile.ZipFile(os.path.join(OUT, "vratky_2024_H2.xlsx"), "w", zipfile.ZIP_DEFLATED) as zout:
    for zi in zin.infolist():
        payload = zin.read(zi.filename)
        if zi.filename == "docProps/core.xml":
            payload = re.sub(rb"<dcterms:modified([^>]*)>[^<]*<", rb"<dcterms:modified\1>2024-11-30T16:05:00Z<", payload)
        nzi = zipfile.ZipInfo(zi.filename, date_time=(2024, 11, 30, 16, 5, 0))
        nzi.compress_type = zipfile.ZIP_DEFLATED
        zout.writestr(nzi, payload)

# ---------- Zásilkovna pickup points CSV (control) ----------
PP_PLACES = ["Trafika", "Papírnictví", "Květinářství", "Večerka", "Drogerie", "Albert Supermarket", "Billa",
             "Penny Market", "Z-BOX", "Z-BOX", "Z-BOX", "Benzina", "Lékárna", "Knihkupectví", "Čistírna oděvů",
             "Prodejna elektro", "Zverimex", "Pekárna"]
PP_COORDS = {"Praha": (50.08, 14.43), "Brno": (49.195, 16.61), "Ostrava": (49.83, 18.28), "Plzeň": (49.74, 13.37),
             "Olomouc": (49.59, 17.25), "Liberec": (50.77, 15.06), "České Budějovice": (48.975, 14.47),
             "Hradec Králové": (50.21, 15.83), "Pardubice": (50.04, 15.78), "Zlín": (49.225, 17.67),
             "Jihlava": (49.40, 15.59), "Kladno": (50.147, 14.10)}
pp = []
for i in range(1, 161):
    c = rnd.choice(CITIES)
    base = c[0].split(" ")[0] if c[0].startswith("Praha") else c[0]
    lat, lon = PP_COORDS.get(base, (49.9, 14.9))
    place = rnd.choice(PP_PLACES)
    street = "%s %d" % (rnd.choice(c[2]), rnd.randint(1, 180))
    nm = ("%s, %s" % (base, street)) if place != "Z-BOX" else "Z-BOX %s, %s" % (base, street)
    hrs = "Po–Pá 8:00–18:00, So 9:00–12:00" if place != "Z-BOX" else "nonstop"
    pp.append([str(i if i <= 40 else 1000 + i * 7), nm, place, street, c[0], rnd.choice(c[1]), "cz",
               "%.6f" % (lat + rnd.uniform(-0.04, 0.04)), "%.6f" % (lon + rnd.uniform(-0.06, 0.06)), hrs,
               "ano" if place != "Z-BOX" else "ne", "ano" if rnd.random() < 0.6 else "ne"])
with open(os.path.join(OUT, "zasilkovna_vydejni_mista.csv"), "w", encoding="utf-8", newline="") as f:
    wr = csv.writer(f, delimiter=";", lineterminator="\n")
    wr.writerow(["id", "nazev", "typ_provozovny", "ulice", "mesto", "psc", "zeme", "latitude", "longitude",
                 "oteviraci_doba", "platba_kartou", "bezbarierovy_pristup"])
    wr.writerows(pp)

# ---------- application logs ----------
THREADS = ["http-nio-8080-exec-%d" % i for i in range(1, 21)]
log_cats = {}


def mklog(start, end, nlines, key):
    cats = set()
    out = []
    ref_orders = [o for o in orders if start <= o["t"] < end]
    for o in ref_orders:
        c_ip = o["ip"]
        th = rnd.choice(THREADS)
        t0 = o["t"] - timedelta(seconds=rnd.randint(60, 900))
        out.append((t0, "INFO ", th, "c.h.auth.LoginController", "Přihlášení OK user_id=%d ip=%s" % (o["cid"], c_ip)))
        out.append((o["t"], "INFO ", th, "c.h.order.OrderService",
                    "Objednávka vytvořena order=%s user_id=%d ip=%s total=%.2f doprava=\"%s\" platba=\"%s\"" % (
                        o["cislo"], o["cid"], c_ip, o["total"], o["doprava"], o["platba"])))
        cats.update({"ip_address", "activity"})
        if o["platba"].startswith(("Kartou", "Apple")):
            out.append((o["t"] + timedelta(seconds=rnd.randint(20, 120)), "INFO ", "gopay-callback-%d" % rnd.randint(1, 4),
                        "c.h.payment.GoPayNotifyHandler",
                        "Platba PAID order=%s gopay_id=%d amount=%d CZK" % (o["cislo"], rnd.randint(3100000000, 3299999999), int(o["total"] * 100))))
        if o["platba"].startswith("Splátky"):
            out.append((o["t"] + timedelta(seconds=rnd.randint(30, 200)), "INFO ", th, "c.h.payment.HomeCreditClient",
                        "Žádost o splátky odeslána order=%s user_id=%d application_id=HC-%d" % (o["cislo"], o["cid"], rnd.randint(10 ** 8, 10 ** 9 - 1))))
    for _ in range(nlines):
        t = rdt(start, end)
        r = rnd.random()
        c = rnd.choice(customers)
        th = rnd.choice(THREADS)
        if r < 0.35:
            out.append((t, "INFO ", th, "c.h.auth.LoginController", "Přihlášení OK user_id=%d ip=%s" % (c["id"], c["ip"])))
            cats.update({"ip_address", "activity"})
        elif r < 0.45:
            out.append((t, "WARN ", th, "c.h.auth.LoginController", "Neúspěšné přihlášení login=%s ip=%s důvod=BAD_CREDENTIALS" % (c["email"], cz_ip())))
            cats.update({"ip_address", "activity", "email"})
        elif r < 0.52:
            out.append((t, "INFO ", th, "c.h.account.PasswordResetService", "Odeslán e-mail pro obnovu hesla user_id=%d ip=%s" % (c["id"], c["ip"])))
            cats.update({"ip_address", "activity"})
        elif r < 0.62:
            out.append((t, "INFO ", "scheduler-1", "c.h.shipping.PacketaSync", "Synchronizace výdejních míst: %d aktualizováno, 0 chyb" % rnd.randint(0, 40)))
        elif r < 0.70:
            out.append((t, "DEBUG", th, "c.h.cart.CartService", "Košík upraven user_id=%d items=%d" % (c["id"], rnd.randint(1, 6))))
            cats.add("activity")
        elif r < 0.78:
            out.append((t, "INFO ", "scheduler-2", "c.h.feed.HeurekaFeedJob", "Feed vygenerován: %d produktů, %d ms" % (len(PRODUCTS), rnd.randint(80, 900))))
        elif r < 0.84:
            out.append((t, "WARN ", th, "c.h.web.RateLimitFilter", "Překročen limit požadavků ip=%s path=/api/search" % cz_ip()))
            cats.add("ip_address")
        elif r < 0.90:
            out.append((t, "ERROR", th, "c.h.shipping.PplClient", "Timeout při volání PPL API (read timed out after 10000 ms), pokus %d/3" % rnd.randint(1, 3)))
        else:
            out.append((t, "INFO ", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Pool stats (total=20, active=%d, idle=%d, waiting=0)" % ((a := rnd.randint(0, 8)), 20 - a)))
    out.sort(key=lambda x: x[0])
    log_cats[key] = cats
    return "".join("%s.%03d %s [%s] %s - %s\n" % (t.strftime("%Y-%m-%d %H:%M:%S"), rnd.randint(0, 999), lvl, th, lg, msg)
                   for t, lvl, th, lg, msg in out)


cur = mklog(datetime(2024, 11, 1), datetime(2024, 12, 1), 1400, "app.log")
with open(os.path.join(OUT, "app.log"), "w", encoding="utf-8", newline="\n") as f:
    f.write(cur)
old = mklog(datetime(2024, 10, 1), datetime(2024, 11, 1), 1100, "logs_2024-10.tar.gz!app-2024-10.log")
raw = io.BytesIO()
with gzip.GzipFile(fileobj=raw, mode="wb", mtime=1730419200) as gz:
    with tarfile.open(fileobj=gz, mode="w", format=tarfile.GNU_FORMAT) as tf:
        data = old.encode("utf-8")
        ti = tarfile.TarInfo("app-2024-10.log")
        ti.size = len(data)
        ti.mtime = 1730419199
        ti.mode = 0o644
        ti.uname = ti.gname = "hrnkovo"
        tf.addfile(ti, io.BytesIO(data))
with open(os.path.join(OUT, "logs_2024-10.tar.gz"), "wb") as f:
    f.write(raw.getvalue())

# ---------- truth ----------
nick_cats = ["username", "name"] if nick_has_name else "username"
truth = {
    "brief": ("Hrnkovo.cz, a Czech online shop for kitchen and household goods: vendor export of its order-management "
              "system. MySQL mysqldump (extended INSERTs, utf8mb4_czech_ci) with customers, orders and order lines; a "
              "windows-1250 semicolon CSV of product reviews; an XLSX register of returns with title rows above the "
              "header; the Zásilkovna (Packeta) pickup-point list the shop syncs; the Java application log (current "
              "month plain, previous month in a tar.gz). Czech headers and values."),
    "people": N_CUST,
    "fields": {
        "hrnkovo_shop_2024-11-30.sql": {
            "zakaznici.jmeno": "name",
            "zakaznici.prijmeni": "name",
            "zakaznici.email": "email",
            "zakaznici.telefon": "phone",
            "zakaznici.ulice": "location",
            "zakaznici.mesto": "location",
            "zakaznici.psc": "location",
            "zakaznici.rodne_cislo": "government_id",
            "zakaznici.datum_narozeni": "date_of_birth",
            "zakaznici.heslo": "password",
            "zakaznici.registrace": "activity",
            "zakaznici.posledni_prihlaseni": "activity",
            "zakaznici.vernostni_uroven": "account_type",
            "objednavky.dodaci_adresa": "location",
            "objednavky.ip_adresa": "ip_address",
            "objednavky.vytvoreno": "activity",
        },
        "recenze_produktu_export.csv": {
            "Přezdívka": nick_cats,
            "Text recenze": sorted(review_text_cats),
            "Datum": "activity",
        },
        "vratky_2024_H2.xlsx": {
            "Jméno": "name",
            "E-mail": "email",
            "Číslo účtu": "bank_account",
            "Nahlášeno": "activity",
        },
    },
    "text": {
        "app.log": sorted(log_cats["app.log"]),
        "logs_2024-10.tar.gz!app-2024-10.log": sorted(log_cats["logs_2024-10.tar.gz!app-2024-10.log"]),
    },
    "controls": ["zasilkovna_vydejni_mista.csv"],
    "ambiguous": {},
    "lookalikes": {
        "hrnkovo_shop_2024-11-30.sql": {
            "objednavky.cislo_objednavky": "10-digit order numbers YYYYMMNNNN",
            "objednavky.variabilni_symbol": "10-digit payment variable symbols (= order number for bank transfers)",
            "objednavky.sledovaci_cislo": "parcel tracking numbers (Z + 10 digits, PPL 11 digits, Česká pošta DR........)",
            "objednavky.karta_posledni4": "card last four digits only",
            "objednavky.karta_typ": "card brand",
            "objednavky.stav": "order status, not account status",
            "objednavky.platba": "payment method",
            "objednavky.doprava": "shipping method",
            "objednavky.zasilkovna_misto_id": "pickup point id",
            "polozky_objednavky.ean": "valid EAN-13 barcodes (859 prefix)",
            "zakaznici.heslo_zmeneno": "timestamp in a column whose name mentions the password",
            "zakaznici.newsletter": "0/1 consent flag",
        },
        "zasilkovna_vydejni_mista.csv": {
            "latitude": "coordinates of shops/lockers, not people",
            "ulice": "business addresses",
            "psc": "postcodes of pickup points",
        },
        "vratky_2024_H2.xlsx": {"Č. objednávky": "10-digit order numbers", "Č. vratky": "return ids"},
        "recenze_produktu_export.csv": {"Kód produktu": "SKU", "Hodnocení": "star rating"},
    },
    "notes": ("rodne_cislo is filled only for customers who bought on instalments (Home Credit), written YYMMDD/XXXX, "
              "10 digits divisible by 11, month +50 for women, consistent with datum_narozeni; datum_narozeni is NULL "
              "for ~40% of the others. heslo is bcrypt ($2y$10$). telefon mixes '+420 601 123 456', '601 123 456', "
              "'+420601123456' and bare 9 digits; some NULL. dodaci_adresa is filled only for home delivery (PPL / "
              "Česká pošta), NULL otherwise. The reviews CSV is windows-1250 encoded, ';'-separated: Přezdívka are "
              "screen names (some of the form 'Jana K.', i.e. a real first name + initial); a few "
              "'Text recenze' contain a mobile number and a few end with a first name + initial signature. In the XLSX "
              "the header is on row 4 (title on row 1, subtitle row 2, empty row 3); 'Číslo účtu' holds Czech account "
              "numbers [prefix-]number/bank code with valid mod-11 checks, or the text 'vrácení na kartu'. App logs "
              "(logback format) carry user_id=, ip= (IPv4 and IPv6), failed-login e-mail addresses (login=), order and "
              "GoPay ids. zasilkovna_vydejni_mista.csv is a public register of pickup points (shops, Z-BOX lockers): control."),
}
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=2)
    f.write("\n")
print("customers", len(customers), "orders", len(orders), "items", len(items), "reviews", len(reviews),
      "returns", len(ret_rows), "pickup points", len(pp), "review cats", review_text_cats, "log cats", log_cats)
