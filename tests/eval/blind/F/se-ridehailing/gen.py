#!/usr/bin/env python3
"""Blind evaluation dump F/se-ridehailing: export of a Swedish ride-hailing startup (Åka).
Deterministic (seeded), stdlib only. Writes data/ and truth.json."""
import base64
import csv
import datetime as dt
import json
import math
import os
import random
import shutil
import uuid

SEED = 46_0418
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
if os.path.isdir(DATA):
    shutil.rmtree(DATA)
os.makedirs(DATA)
UTC = dt.timezone.utc


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


def rdt(a, b):
    s = int((b - a).total_seconds())
    return a if s <= 0 else a + dt.timedelta(seconds=R.randint(0, s))


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def rchars(n, a="./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(a) for _ in range(n))


def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


used = set()


def personnummer(dob, male, samordning=False):
    while True:
        day = dob.day + (60 if samordning else 0)
        base = "%02d%02d%02d" % (dob.year % 100, dob.month, day)
        n = R.randint(0, 99)
        g = R.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8])
        nnn = "%02d%d" % (n, g)
        chk = luhn_digit(base + nnn)
        v = "%d%s%s" % (dob.year // 100, base, nnn + chk)  # 12-digit form YYYYMMDDNNNC
        if v not in used:
            used.add(v)
            return v


def pnr_fmt(v, style):
    if style == 12:
        return v[:8] + "-" + v[8:]
    if style == 120:
        return v
    return v[2:8] + "-" + v[8:]


MOB = ["70", "72", "73", "76", "79"]


def mobile():
    while True:
        v = R.choice(MOB) + "%07d" % R.randint(0, 9999999)
        if v not in used:
            used.add(v)
            return v  # national significant number without 0


def fmt_local(v):
    return "0%s-%s %s %s" % (v[:2], v[2:5], v[5:7], v[7:])


def iban_se():
    bank = R.choice(["500", "800", "600", "300", "120", "957"])
    acct = "%017d" % R.randint(0, 10**17 - 1)
    bban = bank + acct
    num = int("".join(str(int(c, 36)) for c in bban + "SE00"))
    return "SE%02d%s" % (98 - num % 97, bban)


def org_nr():
    body = "556" + "%06d" % R.randint(0, 999999)
    v = body + luhn_digit(body)
    return v[:6] + "-" + v[6:]


F_M = ["Erik", "Lars", "Karl", "Anders", "Johan", "Per", "Nils", "Mikael", "Jonas", "Oskar", "Hugo", "Liam", "William",
       "Lucas", "Axel", "Viktor", "Filip", "Gustav", "Emil", "Olle", "Elias", "Isak"]
F_F = ["Emma", "Anna", "Maria", "Sara", "Elin", "Johanna", "Karin", "Linnéa", "Ida", "Frida", "Maja", "Alva", "Wilma",
       "Elsa", "Ebba", "Klara", "Agnes", "Julia", "Hanna", "Matilda", "Moa", "Tove"]
L_SE = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson",
        "Gustafsson", "Pettersson", "Jonsson", "Lindberg", "Lindqvist", "Lundgren", "Bergström", "Sjöberg", "Holm",
        "Ekström", "Nyström", "Åberg", "Öberg", "Lindström", "Hedlund", "Sandberg", "Forsberg"]
DRV_M = ["Ahmed", "Mohammed", "Hassan", "Ali", "Yusuf", "Mehmet", "Dragan", "Nikola", "Reza", "Omar", "Samir",
         "Abdi", "Mustafa", "Erik", "Johan", "Mikael", "Peter", "Tomas", "Goran", "Bilal", "Kamal", "Daniel"]
DRV_F = ["Fatima", "Amira", "Leila", "Sara", "Maria", "Anna", "Nadia", "Hodan"]
DRV_L = ["Ali", "Mohammed", "Hassan", "Yilmaz", "Ahmadi", "Kovačević", "Petrović", "Hosseini", "Abdullahi", "Karimi",
         "Nilsson", "Andersson", "Johansson", "Haddad", "Said", "Demir", "Jovanović", "Farah", "Rahimi", "Lindqvist"]
CITIES = {
    "Stockholm": (59.3293, 18.0686, [("Götgatan", "116 46"), ("Hornsgatan", "118 20"), ("Sveavägen", "113 50"),
                                     ("Drottninggatan", "111 51"), ("Odengatan", "113 22"), ("Ringvägen", "118 60"),
                                     ("Folkungagatan", "116 22"), ("Fleminggatan", "112 26"), ("Sankt Eriksgatan", "113 43"),
                                     ("Karlavägen", "114 49"), ("Valhallavägen", "114 22"), ("Hantverkargatan", "112 21")],
                  [("Solna", "169 70"), ("Sundbyberg", "172 66"), ("Huddinge", "141 46"), ("Nacka", "131 40")]),
    "Göteborg": (57.7089, 11.9746, [("Linnégatan", "413 04"), ("Vasagatan", "411 24"), ("Kungsportsavenyn", "411 36"),
                                    ("Övre Husargatan", "413 14"), ("Friggagatan", "411 01")], [("Mölndal", "431 30")]),
    "Malmö": (55.6050, 13.0038, [("Södra Förstadsgatan", "211 43"), ("Regementsgatan", "217 53"), ("Amiralsgatan", "211 55"),
                                 ("Bergsgatan", "214 22")], [("Lund", "222 21")])}
ZONES = [(1, "STO-C", "Stockholm City", "Stockholm", 59.3326, 18.0649), (2, "STO-S", "Södermalm", "Stockholm", 59.3150, 18.0710),
         (3, "STO-O", "Östermalm", "Stockholm", 59.3380, 18.0860), (4, "STO-K", "Kungsholmen", "Stockholm", 59.3320, 18.0300),
         (5, "STO-V", "Vasastan", "Stockholm", 59.3440, 18.0450), (6, "ARN", "Arlanda flygplats", "Sigtuna", 59.6498, 17.9238),
         (7, "GBG-C", "Göteborg Centrum", "Göteborg", 57.7070, 11.9670), (8, "MMX-C", "Malmö Centrum", "Malmö", 55.6050, 13.0000)]


def city_pick():
    return R.choices(["Stockholm", "Göteborg", "Malmö"], [75, 15, 10])[0]


def addr(city):
    lat0, lon0, streets, suburbs = CITIES[city]
    if R.random() < 0.8:
        st, pc = R.choice(streets)
        town = city
    else:
        town, pc = R.choice(suburbs)
        st = R.choice(["Storgatan", "Kyrkvägen", "Skolgatan", "Parkvägen", "Björkvägen"])
    return {"street": "%s %d" % (st, R.randint(1, 120)) + R.choice(["", "", "", " lgh 1102", "A", " 3 tr"]), "pc": pc, "town": town,
            "lat": round(lat0 + R.uniform(-0.04, 0.04), 6), "lon": round(lon0 + R.uniform(-0.07, 0.07), 6)}


def ascii_se(s):
    for a, b in (("å", "a"), ("ä", "a"), ("ö", "o"), ("é", "e"), ("Å", "A"), ("Ä", "A"), ("Ö", "O"), ("č", "c"), ("ć", "c")):
        s = s.replace(a, b)
    return s.lower()


EXPORT = dt.datetime(2024, 4, 18, 23, 59, tzinfo=UTC)

# ------------------------------------------------------------------ riders
riders = []
for i in range(178):
    male = R.random() < 0.5
    fn, ln = R.choice(F_M if male else F_F), R.choice(L_SE)
    dob = dt.date(R.randint(1950, 2005), R.randint(1, 12), R.randint(1, 28))
    city = city_pick()
    prov = R.choices(["password", "apple", "google", "bankid"], [40, 25, 15, 20])[0]
    created = rdt(dt.datetime(2021, 9, 1, tzinfo=UTC), dt.datetime(2024, 4, 17, tzinfo=UTC))
    r = {"id": 10000 + i * 3 + R.randint(0, 2), "pid": "rider:%d" % i, "uuid": ruuid(), "fn": fn, "ln": ln, "dob": dob, "city": city,
         "email": R.choice(["%s.%s" % (ascii_se(fn), ascii_se(ln)), "%s%s%d" % (ascii_se(fn), ascii_se(ln)[:3], dob.year % 100),
                            "%s_%s" % (ascii_se(fn), ascii_se(ln))]) + "@" + R.choice(["gmail.com", "gmail.com", "hotmail.com", "outlook.com", "icloud.com", "telia.com", "live.se", "spray.se"]),
         "phone": mobile(), "prov": prov, "pnr": personnummer(dob, male) if prov == "bankid" else None,
         "hash": ("$2b$12$" + rchars(53)) if prov == "password" else None,
         "tier": R.choices(["standard", "plus", "business"], [80, 14, 6])[0],
         "status": R.choices(["active", "active", "suspended", "deleted"], [80, 10, 5, 5])[0], "created": created,
         "locale": R.choice(["sv-SE", "sv-SE", "sv-SE", "en-SE", "en-GB"]), "rating": round(R.uniform(4.2, 5.0), 2),
         "ref": "AKA-" + rchars(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), "pm": "pm_1" + rchars(23, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
         "places": []}
    if r["prov"] == "apple" and R.random() < 0.4:
        r["email"] = rchars(10, "abcdefghijklmnopqrstuvwxyz0123456789") + "@privaterelay.appleid.com"
    for lbl in R.sample(["Hemma", "Jobbet", "Gymmet", "Mamma"], R.choice([0, 1, 1, 2])):
        a = addr(city)
        r["places"].append((lbl, a))
    riders.append(r)

# the two newest riders signed up on 2024-04-18 with a password (their signup bodies leak into the app log)
new_riders = sorted(riders, key=lambda r: r["created"])[-2:]
for r in new_riders:
    r["created"] = dt.datetime(2024, 4, 18, R.randint(7, 20), R.randint(0, 59), R.randint(0, 59), tzinfo=UTC)
    r["prov"], r["pnr"], r["status"] = "password", None, "active"
    r["hash"] = "$2b$12$" + rchars(53)
    if r["email"].endswith("privaterelay.appleid.com"):
        r["email"] = "%s.%s@gmail.com" % (ascii_se(r["fn"]), ascii_se(r["ln"]))

# ------------------------------------------------------------------ drivers and vehicles
MAKES = [("Toyota", "Corolla Hybrid"), ("Toyota", "Camry Hybrid"), ("Volvo", "XC60 Recharge"), ("Tesla", "Model Y"),
         ("Tesla", "Model 3"), ("Kia", "Niro EV"), ("Volkswagen", "ID.4"), ("Skoda", "Enyaq iV"), ("Hyundai", "Ioniq 5")]
TAXI_COS = [("Taxi Söder AB", org_nr()), ("Nordic Cab Partners AB", org_nr()), ("Huvudstadens Åkeri AB", org_nr()), ("Västkust Taxi AB", org_nr())]
drivers, vehicles = [], []
for i in range(46):
    male = R.random() < 0.85
    fn, ln = R.choice(DRV_M if male else DRV_F), R.choice(DRV_L)
    dob = dt.date(R.randint(1962, 2000), R.randint(1, 12), R.randint(1, 28))
    city = R.choices(["Stockholm", "Göteborg", "Malmö"], [75, 15, 10])[0]
    a = addr(city)
    vid = len(vehicles) + 1
    mk = R.choice(MAKES)
    plate = "".join(R.choice("ABCDEFGHJKLMNOPRSTUWXYZ") for _ in range(3)) + " " + "%02d" % R.randint(0, 99) + R.choice("0123456789ABCDEFGHJKLMNPRSTUWXYZ")
    co = R.choice(TAXI_COS)
    vehicles.append({"id": vid, "plate": plate, "make": mk[0], "model": mk[1], "year": R.randint(2019, 2024),
                     "seats": 4 if "Model" not in mk[1] else 4, "co": co})
    created = rdt(dt.datetime(2021, 8, 1, tzinfo=UTC), dt.datetime(2024, 3, 1, tzinfo=UTC))
    drivers.append({"id": 500 + i, "pid": "driver:%d" % i, "uuid": ruuid(), "fn": fn, "ln": ln, "dob": dob,
                    "pnr": personnummer(dob, male, samordning=(i % 17 == 5)), "phone": mobile(),
                    "email": "%s.%s%d@%s" % (ascii_se(fn), ascii_se(ln), R.randint(1, 99), R.choice(["gmail.com", "hotmail.com", "outlook.com", "yahoo.se"])),
                    "addr": a, "city": city, "taxi_leg": "%07d" % R.randint(1000000, 9999999),
                    "leg_valid": dt.date(R.randint(2024, 2029), R.randint(1, 12), 28), "iban": iban_se(), "vehicle": vehicles[-1],
                    "status": R.choices(["active", "active", "active", "paused", "offboarded"], [60, 15, 10, 10, 5])[0],
                    "created": created, "approved": created + dt.timedelta(days=R.randint(3, 30), hours=R.randint(0, 9)),
                    "rating": round(R.uniform(4.5, 5.0), 2), "device": ruuid().upper(),
                    "app": R.choice(["Åka Driver/3.9.1 (Android 14; SM-S918B)", "Åka Driver/3.9.1 (iPhone15,3; iOS 17.4.1)",
                                     "Åka Driver/3.8.7 (Android 13; Pixel 7)", "Åka Driver/3.9.0 (iPhone14,5; iOS 17.3)"])})


# ------------------------------------------------------------------ trips
def dist_m(a, b):
    dy = (b[0] - a[0]) * 111320
    dx = (b[1] - a[1]) * 111320 * math.cos(math.radians(a[0]))
    return math.hypot(dx, dy)


trips = []
active_drivers = [d for d in drivers if d["status"] != "offboarded"]
for r in riders:
    if r["status"] == "deleted":
        continue
    n = R.choices([0, 1, 3, 6, 10, 16], [8, 20, 25, 22, 15, 10])[0]
    for _ in range(n):
        req = rdt(max(r["created"], dt.datetime(2024, 3, 1, tzinfo=UTC)), EXPORT - dt.timedelta(hours=1))
        if req < r["created"]:
            continue
        city = r["city"] if R.random() < 0.9 else city_pick()
        cands = [d for d in active_drivers if d["city"] == city] or active_drivers
        d = R.choice(cands)
        lat0, lon0 = CITIES[city][0], CITIES[city][1]
        if r["places"] and R.random() < 0.4:
            pu = (r["places"][0][1]["lat"], r["places"][0][1]["lon"])
            pu_addr = "%s, %s %s" % (r["places"][0][1]["street"], r["places"][0][1]["pc"], r["places"][0][1]["town"])
        else:
            a = addr(city)
            pu, pu_addr = (a["lat"], a["lon"]), "%s, %s %s" % (a["street"], a["pc"], a["town"])
        if city == "Stockholm" and R.random() < 0.08:
            do, do_addr = (59.6498, 17.9238), "Arlanda Terminal 5, 190 45 Stockholm-Arlanda"
        else:
            a = addr(city)
            do, do_addr = (a["lat"], a["lon"]), "%s, %s %s" % (a["street"], a["pc"], a["town"])
        dm = int(dist_m(pu, do) * 1.3) + 300
        dur = int(dm / R.uniform(6.5, 11.0)) + 60
        st = R.choices(["completed", "cancelled_by_rider", "cancelled_by_driver", "no_show"], [86, 8, 4, 2])[0]
        acc = req + dt.timedelta(seconds=R.randint(5, 120))
        pick = acc + dt.timedelta(seconds=R.randint(120, 600)) if st == "completed" else None
        drop = pick + dt.timedelta(seconds=dur) if pick else None
        surge = R.choice([1.0, 1.0, 1.0, 1.0, 1.2, 1.5, 1.8])
        fare = round((45 + dm / 1000 * 11.5 + dur / 60 * 4.2) * surge, 0) if st == "completed" else (45.0 if st == "no_show" else 0.0)
        pm = R.choices(["card", "swish", "apple_pay", "invoice"], [50, 30, 15, 5])[0]
        if r["tier"] != "business" and pm == "invoice":
            pm = "card"
        zone = next((z for z in ZONES if z[3] == city), ZONES[0]) if city != "Stockholm" else min(ZONES[:5], key=lambda z: dist_m(pu, (z[4], z[5])))
        trips.append({"id": 0, "uuid": ruuid(), "r": r, "d": d, "zone": zone, "status": st, "req": req, "acc": acc, "pick": pick,
                      "drop": drop, "pu": pu, "do": do, "pu_addr": pu_addr, "do_addr": do_addr, "dm": dm if st == "completed" else None,
                      "dur": dur if st == "completed" else None, "fare": fare, "surge": surge, "pm": pm,
                      "brand": R.choice(["visa", "mastercard", "amex"]) if pm in ("card", "apple_pay") else None,
                      "last4": "%04d" % R.randint(0, 9999) if pm in ("card", "apple_pay") else None,
                      "rr": R.choice([5, 5, 5, 4, 3, None]) if st == "completed" else None,
                      "dr": R.choice([5, 5, 5, 4, None]) if st == "completed" else None,
                      "cancel": R.choice(["Väntetiden var för lång", "Bokade fel adress", "Hittade annan skjuts", None]) if st.startswith("cancelled") else None})
trips.sort(key=lambda t: t["req"])
for i, t in enumerate(trips):
    t["id"] = 880000 + i


# ------------------------------------------------------------------ MySQL dump
class Num(str):
    pass


def my(v):
    if v is None:
        return "NULL"
    if isinstance(v, Num):
        return str(v)
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, dt.datetime):
        return "'" + v.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S") + "'"
    if isinstance(v, dt.date):
        return "'" + v.isoformat() + "'"
    return "'" + str(v).replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'"


out = []
w = out.append
w("-- MySQL dump 10.13  Distrib 8.0.35, for Linux (x86_64)\n--\n-- Host: aka-prod-db.cluster-c1x2y3.eu-north-1.rds.amazonaws.com    Database: aka\n"
  "-- ------------------------------------------------------\n-- Server version\t8.0.35\n\n"
  "/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;\n/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;\n"
  "/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;\n/*!50503 SET NAMES utf8mb4 */;\n"
  "/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;\n/*!40103 SET TIME_ZONE='+00:00' */;\n"
  "/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;\n"
  "/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;\n"
  "/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;\n/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;\n"
  "SET @MYSQLDUMP_TEMP_LOG_BIN = @@SESSION.SQL_LOG_BIN;\nSET @@SESSION.SQL_LOG_BIN= 0;\n\n")


def table(name, ddl, rows):
    w("--\n-- Table structure for table `%s`\n--\n\nDROP TABLE IF EXISTS `%s`;\n" % (name, name))
    w("/*!40101 SET @saved_cs_client     = @@character_set_client */;\n/*!50503 SET character_set_client = utf8mb4 */;\n")
    w("CREATE TABLE `%s` (\n%s\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;\n" % (name, ddl))
    w("/*!40101 SET character_set_client = @saved_cs_client */;\n\n--\n-- Dumping data for table `%s`\n--\n\n" % name)
    w("LOCK TABLES `%s` WRITE;\n/*!40000 ALTER TABLE `%s` DISABLE KEYS */;\n" % (name, name))
    for s in range(0, len(rows), 80):
        w("INSERT INTO `%s` VALUES %s;\n" % (name, ",".join("(" + ",".join(my(v) for v in r) + ")" for r in rows[s:s + 80])))
    w("/*!40000 ALTER TABLE `%s` ENABLE KEYS */;\nUNLOCK TABLES;\n\n" % name)


table("zones", """  `id` smallint unsigned NOT NULL,
  `code` varchar(8) NOT NULL,
  `name` varchar(60) NOT NULL,
  `city` varchar(40) NOT NULL,
  `centroid_lat` decimal(9,6) NOT NULL,
  `centroid_lng` decimal(9,6) NOT NULL,
  PRIMARY KEY (`id`)""", [[z[0], z[1], z[2], z[3], Num("%.6f" % z[4]), Num("%.6f" % z[5])] for z in ZONES])

rrows = []
for r in riders:
    P.add(r["pid"], "name", "email", "phone", "account_type", "activity")
    if r["pnr"]:
        P.add(r["pid"], "government_id")
    if r["hash"]:
        P.add(r["pid"], "password")
    last_seen = max([t["req"] for t in trips if t["r"] is r] or [r["created"]])
    r["last_seen"] = last_seen
    rrows.append([r["id"], r["uuid"], r["fn"], r["ln"], r["email"], "+46" + r["phone"], r["pnr"], r["prov"], r["hash"], r["locale"],
                  r["tier"], r["status"], Num("%.2f" % r["rating"]), r["ref"], r["pm"], r["created"], last_seen,
                  r["created"] + dt.timedelta(days=R.randint(0, 200)) if r["hash"] and R.random() < 0.3 else None])
table("riders", """  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `first_name` varchar(80) NOT NULL,
  `last_name` varchar(80) DEFAULT NULL,
  `email` varchar(190) NOT NULL,
  `phone_e164` varchar(16) NOT NULL,
  `personnummer` char(12) DEFAULT NULL COMMENT 'from BankID, only when auth_provider=bankid',
  `auth_provider` enum('password','apple','google','bankid') NOT NULL,
  `password_hash` varchar(60) DEFAULT NULL,
  `locale` varchar(5) NOT NULL DEFAULT 'sv-SE',
  `tier` enum('standard','plus','business') NOT NULL DEFAULT 'standard',
  `status` enum('active','suspended','deleted') NOT NULL DEFAULT 'active',
  `rating` decimal(3,2) DEFAULT NULL,
  `referral_code` varchar(12) NOT NULL,
  `default_payment_method` varchar(32) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `last_seen_at` datetime DEFAULT NULL,
  `password_updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_riders_uuid` (`uuid`),
  UNIQUE KEY `uq_riders_email` (`email`),
  UNIQUE KEY `uq_riders_phone` (`phone_e164`)""", rrows)

prows = []
for r in riders:
    for lbl, a in r["places"]:
        P.add(r["pid"], "location")
        prows.append([len(prows) + 1, r["id"], lbl, "%s, %s %s" % (a["street"], a["pc"], a["town"]), Num("%.6f" % a["lat"]), Num("%.6f" % a["lon"]),
                      r["created"] + dt.timedelta(days=R.randint(0, 60))])
table("rider_saved_places", """  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `rider_id` int unsigned NOT NULL,
  `label` varchar(40) NOT NULL,
  `address` varchar(200) NOT NULL,
  `lat` decimal(9,6) NOT NULL,
  `lng` decimal(9,6) NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_place_rider` (`rider_id`),
  CONSTRAINT `fk_place_rider` FOREIGN KEY (`rider_id`) REFERENCES `riders` (`id`) ON DELETE CASCADE""", prows)

table("vehicles", """  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `reg_plate` varchar(8) NOT NULL,
  `make` varchar(40) NOT NULL,
  `model` varchar(40) NOT NULL,
  `model_year` smallint NOT NULL,
  `seats` tinyint NOT NULL DEFAULT '4',
  `operator_company` varchar(80) NOT NULL,
  `operator_org_nr` char(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_plate` (`reg_plate`)""", [[v["id"], v["plate"], v["make"], v["model"], v["year"], v["seats"], v["co"][0], v["co"][1]] for v in vehicles])

drows = []
for d in drivers:
    P.add(d["pid"], "name", "government_id", "phone", "email", "location", "bank_account", "account_type", "activity", "device")
    drows.append([d["id"], d["uuid"], d["fn"], d["ln"], pnr_fmt(d["pnr"], 12), fmt_local(d["phone"]), d["email"], d["addr"]["street"],
                  d["addr"]["pc"], d["addr"]["town"], d["taxi_leg"], d["leg_valid"], d["iban"], d["vehicle"]["id"], d["status"],
                  Num("%.2f" % d["rating"]), d["device"], d["created"], d["approved"]])
table("drivers", """  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `first_name` varchar(80) NOT NULL,
  `last_name` varchar(80) NOT NULL,
  `personnummer` varchar(13) NOT NULL,
  `phone` varchar(20) NOT NULL,
  `email` varchar(190) NOT NULL,
  `street_address` varchar(120) NOT NULL,
  `postal_code` varchar(6) NOT NULL,
  `city` varchar(60) NOT NULL,
  `taxi_licence_no` varchar(10) NOT NULL COMMENT 'taxiförarlegitimation',
  `taxi_licence_valid_until` date NOT NULL,
  `payout_iban` varchar(34) NOT NULL,
  `vehicle_id` int unsigned DEFAULT NULL,
  `status` enum('pending','active','paused','offboarded') NOT NULL DEFAULT 'pending',
  `rating` decimal(3,2) DEFAULT NULL,
  `device_id` char(36) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `approved_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_drivers_pnr` (`personnummer`),
  KEY `fk_driver_vehicle` (`vehicle_id`),
  CONSTRAINT `fk_driver_vehicle` FOREIGN KEY (`vehicle_id`) REFERENCES `vehicles` (`id`)""", drows)

trows, payrows = [], []
for t in trips:
    P.add(t["r"]["pid"], "activity", "location")
    P.add(t["d"]["pid"], "activity", "location")
    trows.append([t["id"], t["uuid"], t["r"]["id"], t["d"]["id"], t["d"]["vehicle"]["id"], t["zone"][0], t["status"], t["req"], t["acc"],
                  t["pick"], t["drop"], Num("%.6f" % t["pu"][0]), Num("%.6f" % t["pu"][1]), t["pu_addr"], Num("%.6f" % t["do"][0]),
                  Num("%.6f" % t["do"][1]), t["do_addr"], t["dm"], t["dur"], Num("%.2f" % t["fare"]), Num("%.1f" % t["surge"]), t["pm"],
                  t["brand"], t["last4"], t["rr"], t["dr"], t["cancel"]])
    if t["fare"] > 0:
        swish = None
        if t["pm"] == "swish":
            swish = "46" + t["r"]["phone"]
            P.add(t["r"]["pid"], "phone")
        ref = {"card": "pi_3" + rchars(23, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
               "apple_pay": "pi_3" + rchars(23, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
               "swish": rchars(32, "0123456789ABCDEF"), "invoice": "INV-%d-%05d" % (t["req"].year, R.randint(0, 99999))}[t["pm"]]
        payrows.append([len(payrows) + 1, t["id"], {"swish": "swish", "invoice": "fortnox"}.get(t["pm"], "stripe"), ref,
                        int(t["fare"] * 100), "SEK", R.choice(["captured"] * 12 + ["refunded", "failed"]),
                        (t["drop"] or t["acc"]) + dt.timedelta(seconds=R.randint(3, 90)), swish])
table("trips", """  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `trip_uuid` char(36) NOT NULL,
  `rider_id` int unsigned NOT NULL,
  `driver_id` int unsigned DEFAULT NULL,
  `vehicle_id` int unsigned DEFAULT NULL,
  `zone_id` smallint unsigned DEFAULT NULL,
  `status` enum('requested','accepted','in_progress','completed','cancelled_by_rider','cancelled_by_driver','no_show') NOT NULL,
  `requested_at` datetime(3) NOT NULL,
  `accepted_at` datetime(3) DEFAULT NULL,
  `picked_up_at` datetime(3) DEFAULT NULL,
  `dropped_off_at` datetime(3) DEFAULT NULL,
  `pickup_lat` decimal(9,6) NOT NULL,
  `pickup_lng` decimal(9,6) NOT NULL,
  `pickup_address` varchar(200) DEFAULT NULL,
  `dropoff_lat` decimal(9,6) DEFAULT NULL,
  `dropoff_lng` decimal(9,6) DEFAULT NULL,
  `dropoff_address` varchar(200) DEFAULT NULL,
  `distance_m` int unsigned DEFAULT NULL,
  `duration_s` int unsigned DEFAULT NULL,
  `fare_sek` decimal(8,2) NOT NULL DEFAULT '0.00',
  `surge_multiplier` decimal(3,1) NOT NULL DEFAULT '1.0',
  `payment_method` enum('card','swish','apple_pay','invoice') NOT NULL,
  `card_brand` varchar(12) DEFAULT NULL,
  `card_last4` char(4) DEFAULT NULL,
  `rider_rating` tinyint DEFAULT NULL,
  `driver_rating` tinyint DEFAULT NULL,
  `cancel_reason` varchar(120) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_trip_uuid` (`trip_uuid`),
  KEY `idx_trips_rider` (`rider_id`,`requested_at`),
  KEY `idx_trips_driver` (`driver_id`,`requested_at`),
  CONSTRAINT `fk_trip_rider` FOREIGN KEY (`rider_id`) REFERENCES `riders` (`id`),
  CONSTRAINT `fk_trip_driver` FOREIGN KEY (`driver_id`) REFERENCES `drivers` (`id`),
  CONSTRAINT `fk_trip_zone` FOREIGN KEY (`zone_id`) REFERENCES `zones` (`id`)""", trows)
table("payments", """  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `trip_id` bigint unsigned NOT NULL,
  `provider` enum('stripe','swish','fortnox') NOT NULL,
  `provider_reference` varchar(40) NOT NULL,
  `amount_ore` int unsigned NOT NULL,
  `currency` char(3) NOT NULL DEFAULT 'SEK',
  `status` enum('pending','captured','refunded','failed') NOT NULL,
  `captured_at` datetime DEFAULT NULL,
  `swish_payer_alias` varchar(15) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_payment_trip` (`trip_id`),
  CONSTRAINT `fk_payment_trip` FOREIGN KEY (`trip_id`) REFERENCES `trips` (`id`)""", payrows)
w("SET @@SESSION.SQL_LOG_BIN = @MYSQLDUMP_TEMP_LOG_BIN;\n/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;\n\n/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;\n"
  "/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;\n/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;\n"
  "/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;\n/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;\n"
  "/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;\n/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;\n\n-- Dump completed on 2024-04-19  2:14:51\n")
SQL = "aka_prod_2024-04-19.sql"
with open(os.path.join(DATA, SQL), "w", encoding="utf-8") as f:
    f.write("".join(out))

# ------------------------------------------------------------------ GPS points NDJSON (one line per trip, 2024-04-18)
DAY = dt.date(2024, 4, 18)
gps_trips = [t for t in trips if t["status"] == "completed" and t["pick"].date() == DAY]
with open(os.path.join(DATA, "gps_points_2024-04-18.ndjson"), "w", encoding="utf-8") as f:
    for t in gps_trips:
        d = t["d"]
        P.add(d["pid"], "location", "device")
        P.add(t["r"]["pid"], "location")
        n = max(8, min(45, t["dur"] // 30))
        pts = []
        for k in range(n + 1):
            fr = k / n
            lat = t["pu"][0] + (t["do"][0] - t["pu"][0]) * fr + R.uniform(-0.0006, 0.0006) * math.sin(fr * math.pi)
            lon = t["pu"][1] + (t["do"][1] - t["pu"][1]) * fr + R.uniform(-0.0009, 0.0009) * math.sin(fr * math.pi)
            ts = t["pick"] + dt.timedelta(seconds=int(t["dur"] * fr))
            pts.append({"ts": ts.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % R.randint(0, 999), "lat": round(lat, 6), "lon": round(lon, 6),
                        "spd": round(R.uniform(0, 55) if 0 < k < n else 0.0, 1), "hdg": R.randint(0, 359), "acc": round(R.uniform(3, 18), 1)})
        f.write(json.dumps({"trip_id": t["id"], "trip_uuid": t["uuid"], "driver_id": d["id"], "rider_id": t["r"]["id"],
                            "vehicle": d["vehicle"]["plate"].replace(" ", ""), "device_id": d["device"], "app": d["app"],
                            "points": pts}, ensure_ascii=False) + "\n")

# ------------------------------------------------------------------ app log (logfmt text)
UA_R = ["Åka/4.12.0 (iPhone; iOS 17.4.1; Scale/3.00)", "Åka/4.12.0 (Android 14; SM-S921B)", "Åka/4.11.3 (Android 13; Pixel 6a)",
        "Åka/4.12.0 (iPhone; iOS 17.3; Scale/2.00)", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15"]


def se_ip():
    a = R.choice([(78, R.randint(64, 79)), (85, R.randint(224, 235)), (90, R.randint(224, 239)), (94, 234), (155, 4), (213, R.randint(64, 67)), (83, R.randint(248, 255))])
    return "%d.%d.%d.%d" % (a[0], a[1], R.randint(0, 255), R.randint(1, 254))


log = []
D0, D1 = dt.datetime(2024, 4, 18, 0, 0, tzinfo=UTC), dt.datetime(2024, 4, 18, 23, 59, tzinfo=UTC)


def lts(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % R.randint(0, 999)


day_trips = [t for t in trips if t["req"].date() == DAY]
for t in day_trips:
    r = t["r"]
    ip = se_ip()
    ua = R.choice(UA_R)
    P.add(r["pid"], "ip_address", "device", "activity", "email", "location")
    tt = t["req"] - dt.timedelta(seconds=R.randint(20, 300))
    log.append((tt, "%s level=info svc=api-gateway msg=\"auth.token.refresh\" user_id=r_%d email=%s ip=%s ua=\"%s\" status=200" % (lts(tt), r["id"], r["email"], ip, ua)))
    log.append((t["req"], "%s level=info svc=dispatch msg=\"trip.requested\" trip_id=%d user_id=r_%d pickup=\"%.5f,%.5f\" dropoff=\"%.5f,%.5f\" zone=%s surge=%.1f"
                % (lts(t["req"]), t["id"], r["id"], t["pu"][0], t["pu"][1], t["do"][0], t["do"][1], t["zone"][1], t["surge"])))
    log.append((t["acc"], "%s level=info svc=dispatch msg=\"trip.accepted\" trip_id=%d driver_id=d_%d eta_s=%d" % (lts(t["acc"]), t["id"], t["d"]["id"], R.randint(90, 600))))
    P.add(t["d"]["pid"], "activity")
    if t["status"] == "completed":
        log.append((t["drop"], "%s level=info svc=billing msg=\"payment.captured\" trip_id=%d user_id=r_%d method=%s amount_ore=%d" % (lts(t["drop"]), t["id"], r["id"], t["pm"], int(t["fare"] * 100))))
        if t["pm"] == "swish":
            log[-1] = (t["drop"], log[-1][1] + " payer_alias=46%s" % r["phone"])
            P.add(r["pid"], "phone")
    elif t["status"].startswith("cancelled"):
        log.append((t["acc"] + dt.timedelta(seconds=60), "%s level=info svc=dispatch msg=\"trip.cancelled\" trip_id=%d by=%s" % (lts(t["acc"] + dt.timedelta(seconds=60)), t["id"], t["status"][13:])))
# OTP / login for some riders
for r in R.sample([x for x in riders if x["status"] == "active"], 40):
    tt = rdt(D0, D1)
    ip = se_ip()
    P.add(r["pid"], "phone", "ip_address", "activity", "email", "device")
    log.append((tt, "%s level=info svc=auth msg=\"otp.sent\" channel=sms to=+46%s provider=46elks user_id=r_%d" % (lts(tt), r["phone"], r["id"])))
    tt += dt.timedelta(seconds=R.randint(10, 90))
    log.append((tt, "%s level=info svc=auth msg=\"login.success\" user_id=r_%d email=%s ip=%s ua=\"%s\" method=otp" % (lts(tt), r["id"], r["email"], ip, R.choice(UA_R))))
# drivers going online
for d in [d for d in drivers if d["status"] == "active"]:
    tt = rdt(D0 + dt.timedelta(hours=4), D0 + dt.timedelta(hours=16))
    ip = "100.%d.%d.%d" % (R.randint(64, 127), R.randint(0, 255), R.randint(1, 254))
    P.add(d["pid"], "activity", "device", "location", "ip_address")
    log.append((tt, "%s level=info svc=driver-api msg=\"driver.online\" driver_id=d_%d device_id=%s app=\"%s\" pos=\"%.5f,%.5f\" cgnat_ip=%s"
                % (lts(tt), d["id"], d["device"], d["app"], CITIES[d["city"]][0] + R.uniform(-0.03, 0.03), CITIES[d["city"]][1] + R.uniform(-0.05, 0.05), ip)))
# two signups whose request bodies were logged at DEBUG (a real bug)
leak = []
for r in new_riders:
    tt = r["created"] - dt.timedelta(seconds=R.randint(1, 3))
    pw = R.choice(["Sommar2024!", "Kanelbulle#7", "hejhej123", "Stockholm08!"])
    P.add(r["pid"], "password", "email", "phone", "name", "ip_address", "activity")
    log.append((tt, "%s level=debug svc=api-gateway msg=\"http.request\" method=POST path=/v2/auth/signup ip=%s body=\"{\\\"email\\\":\\\"%s\\\",\\\"password\\\":\\\"%s\\\",\\\"first_name\\\":\\\"%s\\\",\\\"phone\\\":\\\"+46%s\\\"}\""
                % (lts(tt), se_ip(), r["email"], pw, r["fn"], r["phone"])))
    leak.append(r["pid"])
# infrastructure noise
for _ in range(300):
    tt = rdt(D0, D1)
    log.append((tt, R.choice([
        "%s level=info svc=surge msg=\"surge.recomputed\" zone=%s multiplier=%.1f open_requests=%d idle_drivers=%d" % (lts(tt), R.choice(ZONES)[1], R.choice([1.0, 1.2, 1.5]), R.randint(0, 30), R.randint(0, 40)),
        "%s level=warn svc=maps msg=\"google.directions.latency\" p95_ms=%d" % (lts(tt), R.randint(300, 2500)),
        "%s level=info svc=api-gateway msg=\"healthcheck\" ip=10.0.%d.%d status=200" % (lts(tt), R.randint(0, 3), R.randint(2, 250)),
        "%s level=error svc=billing msg=\"stripe.webhook.retry\" event=evt_1%s attempt=%d" % (lts(tt), rchars(23, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), R.randint(1, 4))])))
log.sort(key=lambda x: x[0])
with open(os.path.join(DATA, "app-2024-04-18.log"), "w", encoding="utf-8") as f:
    f.write("\n".join(l for _, l in log) + "\n")

# ------------------------------------------------------------------ .env
env = """# Åka backend – production
NODE_ENV=production
PORT=8080
DATABASE_URL=mysql://aka_app:%s@aka-prod-db.cluster-c1x2y3.eu-north-1.rds.amazonaws.com:3306/aka
REDIS_URL=rediss://default:%s@aka-prod-cache.abc123.euw1.cache.amazonaws.com:6379
JWT_SECRET=%s
JWT_TTL=15m
STRIPE_SECRET_KEY=sk_live_51%s
STRIPE_WEBHOOK_SECRET=whsec_%s
SWISH_MERCHANT_ALIAS=1234679304
SWISH_CERT_PATH=/run/secrets/swish.p12
SWISH_CERT_PASSPHRASE=%s
BANKID_ENV=production
BANKID_CERT_PASSWORD=%s
GOOGLE_MAPS_API_KEY=AIza%s
ELKS_API_USERNAME=u%s
ELKS_API_PASSWORD=%s
SENTRY_DSN=https://%s@o4506.ingest.sentry.io/4506712
SUPPORT_EMAIL=support@aka.se
DEFAULT_LOCALE=sv-SE
SURGE_MAX=2.5
""" % (rchars(24, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"), rchars(32, "abcdef0123456789"),
       base64.b64encode(bytes(R.getrandbits(8) for _ in range(48))).decode(), rchars(97, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
       rchars(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), rchars(16), rchars(14),
       rchars(35, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"), rchars(32, "abcdef0123456789"),
       rchars(32, "ABCDEF0123456789"), rchars(32, "abcdef0123456789"))
with open(os.path.join(DATA, ".env"), "w", encoding="utf-8") as f:
    f.write(env)

# ------------------------------------------------------------------ control: zones CSV
with open(os.path.join(DATA, "zoner.csv"), "w", encoding="utf-8", newline="") as f:
    cw = csv.writer(f, delimiter=";")
    cw.writerow(["zon_id", "kod", "namn", "kommun", "centroid_lat", "centroid_lon", "grundtaxa_kr", "kr_per_km", "flygplatsavgift_kr"])
    for z in ZONES:
        cw.writerow([z[0], z[1], z[2], z[3], ("%.4f" % z[4]).replace(".", ","), ("%.4f" % z[5]).replace(".", ","), 45, "11,50",
                     95 if z[1] == "ARN" else 0])

# ------------------------------------------------------------------ truth
truth = {
    "brief": "Åka (Swedish ride-hailing startup, Stockholm/Göteborg/Malmö) export: a mysqldump of the production DB "
             "(zones, riders, rider_saved_places, vehicles, drivers, trips referencing rider_id and driver_id, payments "
             "with Swish payer aliases), an NDJSON of GPS points per trip for one day, the backend logfmt application "
             "log with user ids, emails, IPs and app user-agents, the backend .env and a control CSV of zones. "
             "Swedish/English; personnummer (12-digit, Luhn), one samordningsnummer, Swedish mobile numbers, SE IBANs.",
    "people": P.count(),
    "people_by_category": P.by_cat(),
    "fields": {
        SQL: {
            "riders.first_name": "name", "riders.last_name": "name", "riders.email": "email", "riders.phone_e164": "phone",
            "riders.personnummer": "government_id", "riders.password_hash": "password", "riders.tier": "account_type",
            "riders.status": "account_type", "riders.created_at": "activity", "riders.last_seen_at": "activity",
            "rider_saved_places.address": "location", "rider_saved_places.lat": "location", "rider_saved_places.lng": "location",
            "drivers.first_name": "name", "drivers.last_name": "name", "drivers.personnummer": "government_id",
            "drivers.phone": "phone", "drivers.email": "email", "drivers.street_address": "location",
            "drivers.postal_code": "location", "drivers.city": "location", "drivers.taxi_licence_no": "government_id",
            "drivers.payout_iban": "bank_account", "drivers.status": "account_type", "drivers.device_id": "device",
            "drivers.created_at": "activity",
            "trips.requested_at": "activity", "trips.accepted_at": "activity", "trips.picked_up_at": "activity",
            "trips.dropped_off_at": "activity", "trips.pickup_lat": "location", "trips.pickup_lng": "location",
            "trips.pickup_address": "location", "trips.dropoff_lat": "location", "trips.dropoff_lng": "location",
            "trips.dropoff_address": "location",
            "payments.swish_payer_alias": "phone", "payments.captured_at": "activity",
        },
        "gps_points_2024-04-18.ndjson": {"points.lat": "location", "points.lon": "location", "device_id": "device",
                                         "app": "device"},
        ".env": {"DATABASE_URL": "secret", "REDIS_URL": "secret", "JWT_SECRET": "secret", "STRIPE_SECRET_KEY": "secret",
                 "STRIPE_WEBHOOK_SECRET": "secret", "SWISH_CERT_PASSPHRASE": "secret", "BANKID_CERT_PASSWORD": "secret",
                 "GOOGLE_MAPS_API_KEY": "secret", "ELKS_API_PASSWORD": "secret"},
    },
    "text": {"app-2024-04-18.log": ["email", "ip_address", "device", "activity", "phone", "location", "password", "name"]},
    "controls": ["zoner.csv"],
    "ambiguous": {
        SQL: ["riders.locale", "riders.rating", "drivers.rating", "drivers.approved_at", "riders.password_updated_at",
              "rider_saved_places.label", "vehicles.reg_plate", "trips.rider_rating", "trips.driver_rating",
              "riders.auth_provider", "riders.uuid", "drivers.uuid"],
        "gps_points_2024-04-18.ndjson": ["points.ts", "vehicle"],
        ".env": ["SENTRY_DSN", "ELKS_API_USERNAME", "SWISH_MERCHANT_ALIAS"],
    },
    "lookalikes": {
        SQL: {"vehicles.operator_org_nr": "Swedish company organisationsnummer 556xxx-xxxx (Luhn valid, personnummer-shaped)",
              "trips.trip_uuid": "UUIDs", "riders.referral_code": "referral codes", "riders.default_payment_method": "Stripe payment-method tokens",
              "trips.card_last4": "card last four", "trips.card_brand": "card brand", "payments.provider_reference": "PSP references / Swish ids",
              "drivers.taxi_licence_valid_until": "licence expiry dates", "zones.centroid_lat": "zone centroids (places)",
              "zones.centroid_lng": "zone centroids", "trips.fare_sek": "amounts", "trips.distance_m": "counters",
              "payments.amount_ore": "amounts in öre"},
        "gps_points_2024-04-18.ndjson": {"trip_uuid": "UUIDs", "points.hdg": "heading", "points.spd": "speed", "points.acc": "accuracy"},
        "zoner.csv": {"centroid_lat": "zone centroids with decimal comma", "centroid_lon": "zone centroids"},
        "app-2024-04-18.log": {"event=evt_": "Stripe event ids", "trip_id=": "trip ids"},
    },
    "notes": ("People = %d riders + %d drivers. Riders with auth_provider apple/google/bankid have no password_hash; "
              "personnummer only for BankID riders (riders.personnummer is 12 digits without dash; drivers.personnummer "
              "is YYYYMMDD-NNNC, one driver has a samordningsnummer with day+60). GPS lines: one per completed trip "
              "picked up on 2024-04-18 (%d trips); the track is counted as location of both driver and rider. App log: "
              "riders identified by user_id=r_<riders.id> and email; drivers by driver_id=d_<drivers.id>; two DEBUG "
              "lines leak a signup request body with the plaintext password, first name and phone (%s). No anonymous "
              "people in the log (health checks from 10.0.x.x). Driver 'cgnat_ip' addresses (mobile CGNAT "
              "100.64/10) are counted as ip_address of the drivers.")
             % (len(riders), len(drivers), len(gps_trips), ", ".join(leak)),
}
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=2)
print(json.dumps({"people": truth["people"], "by_cat": truth["people_by_category"]}, indent=1))
for fn in sorted(os.listdir(DATA)):
    print(fn, os.path.getsize(os.path.join(DATA, fn)))
