#!/usr/bin/env python3
"""Blind evaluation dump F/ke-sacco: Tujenge Sacco mobile-banking vendor export (Kenya).
Deterministic (seeded), stdlib only. Writes data/ and truth.json."""
import datetime as dt
import json
import os
import random
import shutil

SEED = 20240531
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
if os.path.isdir(DATA):
    shutil.rmtree(DATA)
os.makedirs(DATA)


class People:
    """Tracks, per distinct natural person, which categories of their data were written."""

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
    s = (b - a).total_seconds()
    if s <= 0:
        return a
    return a + dt.timedelta(seconds=R.randint(0, int(s)))


def luhn_check(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


# ---------------------------------------------------------------- name lists
MALE = ["John", "Peter", "Joseph", "James", "David", "Samuel", "Daniel", "Brian", "Kevin", "Dennis",
        "Stephen", "Paul", "Francis", "Geoffrey", "Collins", "Victor", "Moses", "Patrick", "Charles",
        "Simon", "Joel", "Evans", "Isaac", "Kennedy", "Wycliffe", "Emmanuel", "George", "Martin"]
FEMALE = ["Mary", "Grace", "Faith", "Mercy", "Esther", "Lucy", "Ann", "Purity", "Caroline", "Jane",
          "Joyce", "Beatrice", "Rose", "Lilian", "Nancy", "Eunice", "Irene", "Winnie", "Sharon",
          "Diana", "Tabitha", "Rebecca", "Margaret", "Catherine", "Susan", "Agnes", "Damaris", "Naomi"]
MID_M = ["Kamau", "Otieno", "Kiprono", "Mwangi", "Ochieng", "Kiplagat", "Wafula", "Mutua", "Njoroge",
         "Omondi", "Kibet", "Barasa", "Kariuki", "Onyango", "Kimutai", "Musyoka", "Gitau", "Maina"]
MID_F = ["Wanjiru", "Achieng", "Chebet", "Wambui", "Njeri", "Akinyi", "Jepkoech", "Nyambura",
         "Muthoni", "Atieno", "Chepkemoi", "Wairimu", "Mumbua", "Nafula", "Awino", "Wangari"]
SURN = ["Kamau", "Otieno", "Odhiambo", "Mwangi", "Kiprono", "Njoroge", "Wafula", "Mutua", "Kariuki",
        "Omondi", "Koech", "Mutai", "Kimani", "Ochieng", "Onyango", "Kiptoo", "Mugo", "Gitau", "Wekesa",
        "Barasa", "Ruto", "Langat", "Korir", "Cheruiyot", "Njuguna", "Macharia", "Owino", "Auma",
        "Nyaga", "Muriithi", "Kilonzo", "Musyoka", "Simiyu", "Wanyama", "Rotich", "Kosgei", "Ndungu",
        "Waweru", "Gachanja", "Okoth", "Oduya", "Mbugua", "Karanja", "Chege", "Wambua", "Kioko"]
COUNTIES = [("Nairobi", ["Nairobi", "Kasarani", "Embakasi", "Kawangware"], "00100"),
            ("Kiambu", ["Thika", "Ruiru", "Kikuyu", "Limuru"], "01000"),
            ("Nakuru", ["Nakuru", "Naivasha", "Molo"], "20100"),
            ("Kisumu", ["Kisumu", "Maseno", "Ahero"], "40100"),
            ("Uasin Gishu", ["Eldoret", "Burnt Forest"], "30100"),
            ("Machakos", ["Machakos", "Athi River", "Kangundo"], "90100"),
            ("Murang'a", ["Murang'a", "Kangema", "Kenol"], "10200"),
            ("Kakamega", ["Kakamega", "Mumias"], "50100"),
            ("Nyeri", ["Nyeri", "Othaya", "Karatina"], "10100"),
            ("Kericho", ["Kericho", "Litein"], "20200")]
EMPLOYERS = ["Teachers Service Commission", "Kenya Power", "Nairobi City County", "Kiambu County Govt",
             "Kenya Tea Development Agency", "Self employed", "Bidco Africa", "Kenya Police Service",
             "Ministry of Health", "Brookside Dairy", "Self employed", "Self employed", None]
EMAIL_DOM = ["gmail.com"] * 7 + ["yahoo.com", "yahoo.co.uk", "outlook.com", "ymail.com"]
SAF_PFX = ["0700", "0701", "0702", "0703", "0705", "0706", "0707", "0708", "0710", "0711", "0712",
           "0713", "0714", "0715", "0716", "0717", "0718", "0719", "0720", "0721", "0722", "0723",
           "0724", "0725", "0726", "0727", "0728", "0729", "0740", "0741", "0742", "0743", "0745",
           "0746", "0748", "0757", "0758", "0759", "0768", "0769", "0790", "0791", "0792", "0793",
           "0794", "0795", "0796", "0797", "0798", "0799", "0110", "0111", "0112", "0113", "0114"]
AIRTEL_PFX = ["0731", "0732", "0733", "0734", "0735", "0736", "0737", "0738", "0739", "0750", "0751",
              "0752", "0753", "0754", "0755", "0756", "0780", "0781", "0782", "0785", "0786", "0100",
              "0101", "0102"]

used_phones = set()


def phone_local(safaricom=True):
    while True:
        p = R.choice(SAF_PFX if safaricom else AIRTEL_PFX) + "%06d" % R.randint(0, 999999)
        if p not in used_phones:
            used_phones.add(p)
            return p


def intl(p):  # 0712345678 -> 254712345678
    return "254" + p[1:]


used_ids = set()


def national_id(birth_year):
    while True:
        if birth_year < 1978:
            v = str(R.randint(600000, 9999999))
        elif birth_year < 1990:
            v = str(R.randint(10000000, 27999999))
        else:
            v = str(R.randint(28000000, 39999999))
        if v not in used_ids:
            used_ids.add(v)
            return v


def kra_pin():
    return "A0" + "%08d" % R.randint(0, 99999999) + R.choice("ABCDEFGHJKLMNPQRTUVWXYZ")


TACS = ["35693803", "35332011", "86769604", "35847611", "86120305", "35405210", "86482604",
        "35260411", "86611705", "35174699"]  # Samsung/Tecno/Infinix/itel-like TACs


def imei():
    body = R.choice(TACS) + "%06d" % R.randint(0, 999999)
    return body + luhn_check(body)


def mpesa_code(when):
    # M-Pesa receipts: first letter encodes year (R=2023, S=2024), then month letter, then 8 alnum
    ylet = {2022: "Q", 2023: "R", 2024: "S"}.get(when.year, "P")
    mlet = "ABCDEFGHIJKL"[when.month - 1]
    return ylet + mlet + "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(8))


def safaricom_ip():
    a = R.choice([(105, R.randint(160, 175)), (41, 90), (197, 232), (41, 80), (41, 89), (102, 68),
                  (102, 219), (154, 159), (197, 248)])
    return "%d.%d.%d.%d" % (a[0], a[1], R.randint(0, 255), R.randint(1, 254))


EXPORT = dt.datetime(2024, 5, 31, 23, 50, 0)

# ---------------------------------------------------------------- members
N_MEMBERS = 112
members = []
for i in range(N_MEMBERS):
    male = R.random() < 0.5
    fn = R.choice(MALE if male else FEMALE)
    mid = R.choice(MID_M if male else MID_F) if R.random() < 0.75 else None
    ln = R.choice(SURN)
    while mid == ln:
        ln = R.choice(SURN)
    by = R.randint(1958, 2003)
    dob = dt.date(by, R.randint(1, 12), R.randint(1, 28))
    county, towns, pcode = R.choice(COUNTIES)
    town = R.choice(towns)
    joined = rdt(dt.datetime(2009, 1, 1), dt.datetime(2024, 5, 20))
    m = {
        "id": i + 1,
        "pid": "member:%d" % (i + 1),
        "member_no": "TS%05d" % (1000 + i * 37 + R.randint(0, 30)),
        "first_name": fn, "middle_name": mid, "last_name": ln, "male": male,
        "id_number": national_id(by), "kra_pin": kra_pin() if R.random() < 0.9 else None,
        "phone": phone_local(R.random() < 0.85),
        "alt_phone": phone_local(R.random() < 0.5) if R.random() < 0.25 else None,
        "email": None, "dob": dob, "gender": "M" if male else "F",
        "county": county, "town": town,
        "postal": "P.O. Box %d-%s %s" % (R.randint(10, 9999), pcode, town) if R.random() < 0.7 else None,
        "employer": R.choice(EMPLOYERS),
        "payroll_no": None,
        "fosa": "01%02d%09d" % (R.randint(1, 6), R.randint(0, 999999999)),
        "status": R.choices(["ACTIVE", "DORMANT", "WITHDRAWN", "SUSPENDED"], [80, 12, 5, 3])[0],
        "category": R.choices(["ORDINARY", "CORPORATE_STAFF", "DIASPORA"], [85, 10, 5])[0],
        "joined": joined,
        "branch": R.choice(["NBO01", "NBO02", "THK01", "NKR01", "KSM01", "ELD01"]),
        "shares": R.choice([5000, 10000, 15000, 20000, 25000]),
        "deposits": round(R.uniform(2000, 650000), 2),
    }
    if R.random() < 0.62:
        base = R.choice([fn.lower() + ln.lower(), fn.lower() + "." + ln.lower(),
                         fn[0].lower() + ln.lower() + str(R.randint(1, 99)),
                         (mid or ln).lower() + fn.lower()[:3] + str(by % 100)])
        m["email"] = base + "@" + R.choice(EMAIL_DOM)
    if m["employer"] and m["employer"] != "Self employed":
        m["payroll_no"] = str(R.randint(100000, 99999999))
    members.append(m)
by_no = {m["member_no"]: m for m in members}

# next of kin (separate natural persons)
REL = ["Spouse", "Spouse", "Son", "Daughter", "Mother", "Father", "Brother", "Sister"]
kin = []
for m in members:
    if R.random() < 0.8:
        rel = R.choice(REL)
        if rel in ("Spouse",):
            male = not m["male"]
            ln = m["last_name"]
        elif rel in ("Son", "Brother", "Father"):
            male = True
            ln = m["last_name"] if R.random() < 0.7 else R.choice(SURN)
        else:
            male = False
            ln = m["last_name"] if R.random() < 0.5 else R.choice(SURN)
        fn = R.choice(MALE if male else FEMALE)
        mid = R.choice(MID_M if male else MID_F)
        k = {"id": len(kin) + 1, "pid": "kin:%d" % (len(kin) + 1), "member_no": m["member_no"],
             "full_name": "%s %s %s" % (fn, mid, ln), "first_name": fn, "last_name": ln,
             "rel": rel, "phone": phone_local(R.random() < 0.8) if R.random() < 0.9 else None,
             "id_number": national_id(R.randint(1960, 2000)) if R.random() < 0.55 else None,
             "pct": 100}
        kin.append(k)

# mobile banking users
mb_users = []
for m in members:
    if m["status"] == "WITHDRAWN" or R.random() < 0.12:
        continue
    reg = max(m["joined"], dt.datetime(2016, 3, 1)) + dt.timedelta(days=R.randint(0, 400))
    if reg > EXPORT - dt.timedelta(days=3):
        reg = EXPORT - dt.timedelta(days=R.randint(3, 30))
    salt = rbytes(8).hex()
    u = {"member": m, "msisdn": intl(m["phone"]), "salt": salt,
         "pin_hash": __import__("hashlib").sha256((salt + "%04d" % R.randint(0, 9999)).encode()).hexdigest(),
         "pin_changed_at": rdt(reg, EXPORT - dt.timedelta(days=1)),
         "failed": R.choices([0, 0, 0, 1, 2, 3], k=1)[0],
         "last_login_at": rdt(EXPORT - dt.timedelta(days=60), EXPORT - dt.timedelta(hours=1)),
         "last_login_ip": safaricom_ip(),
         "imei": imei(), "app_version": R.choice(["2.13.0", "2.13.4", "2.14.1", "2.14.1", "2.14.2"]),
         "os": R.choice(["Android 11", "Android 12", "Android 13", "Android 10", "Android 14"]),
         "status": "LOCKED" if R.random() < 0.05 else "ACTIVE", "registered_at": reg}
    if u["failed"] == 3:
        u["status"] = "LOCKED"
    mb_users.append(u)
mb_by_member = {u["member"]["member_no"]: u for u in mb_users}

# loans, guarantors, repayments
PRODUCTS = [("DEV", "Development Loan", 12.0, 48), ("EMG", "Emergency Loan", 12.0, 12),
            ("SCH", "School Fees Loan", 10.0, 12), ("BIA", "Biashara Loan", 14.0, 24),
            ("MKP", "Mkopo Chap Chap (Mobile)", 15.0, 3), ("ASS", "Asset Finance", 13.0, 36)]
loans, guarantors, repayments = [], [], []
eligible = [m for m in members if m["status"] in ("ACTIVE", "DORMANT")]
for m in eligible:
    for _ in range(R.choices([0, 1, 1, 2, 3], k=1)[0]):
        prod = R.choice(PRODUCTS)
        applied = rdt(max(m["joined"] + dt.timedelta(days=180), dt.datetime(2021, 1, 1)),
                      dt.datetime(2024, 5, 10))
        if applied > dt.datetime(2024, 5, 25):
            continue
        principal = R.choice([5000, 10000, 20000, 30000, 50000, 75000, 100000, 150000, 250000, 400000])
        if prod[0] == "MKP":
            principal = R.choice([1000, 2000, 3000, 5000, 8000])
        disb = applied + dt.timedelta(days=R.randint(0, 9), hours=R.randint(1, 8))
        st = "ACTIVE"
        end = disb + dt.timedelta(days=30 * prod[3])
        if end < EXPORT:
            st = R.choice(["CLEARED", "CLEARED", "CLEARED", "DEFAULTED"])
        ln = {"id": len(loans) + 1, "loan_no": "LN%02d%06d" % (applied.year % 100, R.randint(0, 999999)),
              "member": m, "product": prod, "principal": principal, "applied": applied,
              "disbursed": disb, "status": st, "term": prod[3],
              "b2c_ref": mpesa_code(disb) if prod[0] in ("MKP", "EMG") else None}
        loans.append(ln)
        if prod[0] not in ("MKP",) and principal >= 20000:
            pool = [x for x in eligible if x is not m]
            for g in R.sample(pool, R.randint(1, 3)):
                guarantors.append({"id": len(guarantors) + 1, "loan": ln, "g": g,
                                   "amount": round(principal / R.randint(1, 3), 2),
                                   "accepted_at": applied + dt.timedelta(hours=R.randint(1, 72)),
                                   "status": R.choice(["ACCEPTED"] * 6 + ["RELEASED", "PENDING"])})
        # repayments
        nmonths = min(prod[3], max(1, (min(EXPORT, end) - disb).days // 30))
        inst = round(principal * (1 + prod[2] / 100 * prod[3] / 12) / prod[3], 2)
        for k in range(nmonths):
            when = disb + dt.timedelta(days=30 * (k + 1), hours=R.randint(-40, 40), minutes=R.randint(0, 59))
            if when > EXPORT:
                break
            ch = R.choices(["MPESA", "CHECKOFF", "CASH", "FOSA"], [60, 25, 5, 10])[0]
            if m["payroll_no"] is None and ch == "CHECKOFF":
                ch = "MPESA"
            rp = {"id": len(repayments) + 1, "loan": ln, "channel": ch, "when": when,
                  "amount": inst if R.random() < 0.85 else round(inst * R.uniform(0.3, 1.5), 2),
                  "receipt": mpesa_code(when) if ch == "MPESA" else ("CHK%s%04d" % (when.strftime("%Y%m"), R.randint(1, 9999)) if ch == "CHECKOFF" else "RCPT%07d" % R.randint(0, 9999999)),
                  "msisdn": None, "payer": None}
            if ch == "MPESA":
                rp["payer"] = m
                rp["msisdn"] = intl(m["phone"])
            repayments.append(rp)

# non-member payers (relatives paying on a member's behalf) — separate persons
third_payers = []
mp_reps = [r for r in repayments if r["channel"] == "MPESA" and r["when"] >= dt.datetime(2024, 4, 1)]
for r in R.sample(mp_reps, 13):
    male = R.random() < 0.5
    tp = {"pid": "payer:%d" % (len(third_payers) + 1), "first": R.choice(MALE if male else FEMALE),
          "middle": R.choice(MID_M if male else MID_F) if R.random() < 0.6 else "",
          "last": R.choice(SURN) if R.random() < 0.8 else "", "phone": phone_local(True)}
    third_payers.append(tp)
    r["payer"] = tp
    r["msisdn"] = intl(tp["phone"])


# ---------------------------------------------------------------- MySQL dump
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
        return "%.2f" % v
    if isinstance(v, dt.datetime):
        return "'" + v.strftime("%Y-%m-%d %H:%M:%S") + "'"
    if isinstance(v, dt.date):
        return "'" + v.isoformat() + "'"
    s = str(v).replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n")
    return "'" + s + "'"


out = []
w = out.append
w("-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)\n--\n-- Host: 10.20.1.15    Database: sacco_core\n"
  "-- ------------------------------------------------------\n-- Server version\t8.0.36-0ubuntu0.22.04.1\n\n"
  "/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;\n"
  "/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;\n"
  "/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;\n/*!50503 SET NAMES utf8mb4 */;\n"
  "/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;\n/*!40103 SET TIME_ZONE='+00:00' */;\n"
  "/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;\n"
  "/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;\n"
  "/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;\n"
  "/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;\n\n")


def table(name, ddl, rows, auto=None):
    w("--\n-- Table structure for table `%s`\n--\n\nDROP TABLE IF EXISTS `%s`;\n" % (name, name))
    w("/*!40101 SET @saved_cs_client     = @@character_set_client */;\n/*!50503 SET character_set_client = utf8mb4 */;\n")
    w("CREATE TABLE `%s` (\n%s\n) ENGINE=InnoDB%s DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;\n"
      % (name, ddl, (" AUTO_INCREMENT=%d" % auto) if auto else ""))
    w("/*!40101 SET character_set_client = @saved_cs_client */;\n\n")
    w("--\n-- Dumping data for table `%s`\n--\n\nLOCK TABLES `%s` WRITE;\n/*!40000 ALTER TABLE `%s` DISABLE KEYS */;\n" % (name, name, name))
    for s in range(0, len(rows), 60):
        chunk = rows[s:s + 60]
        w("INSERT INTO `%s` VALUES %s;\n" % (name, ",".join("(" + ",".join(my(v) for v in r) + ")" for r in chunk)))
    w("/*!40000 ALTER TABLE `%s` ENABLE KEYS */;\nUNLOCK TABLES;\n\n" % name)


BR = [("NBO01", "Nairobi CBD", "Tujenge House, Moi Avenue", "Nairobi"),
      ("NBO02", "Kasarani", "Mwiki Road, Kasarani", "Nairobi"),
      ("THK01", "Thika", "Kenyatta Highway, Thika", "Kiambu"),
      ("NKR01", "Nakuru", "Kenyatta Avenue, Nakuru", "Nakuru"),
      ("KSM01", "Kisumu", "Oginga Odinga Street, Kisumu", "Kisumu"),
      ("ELD01", "Eldoret", "Uganda Road, Eldoret", "Uasin Gishu")]
table("branches", "  `branch_code` varchar(8) NOT NULL,\n  `branch_name` varchar(60) NOT NULL,\n"
      "  `physical_location` varchar(120) DEFAULT NULL,\n  `county` varchar(40) DEFAULT NULL,\n"
      "  PRIMARY KEY (`branch_code`)", [list(b) for b in BR])

mrows = []
for m in members:
    P.add(m["pid"], "name", "government_id", "phone", "date_of_birth", "location", "bank_account",
          "account_type", "activity")
    if m["email"]:
        P.add(m["pid"], "email")
    mrows.append([m["id"], m["member_no"], m["first_name"], m["middle_name"], m["last_name"], m["id_number"],
                  m["kra_pin"], m["phone"], m["alt_phone"], m["email"], m["dob"], m["gender"], m["county"],
                  m["town"], m["postal"], m["employer"], m["payroll_no"], m["fosa"], m["category"],
                  m["status"], m["branch"], Num("%.2f" % m["shares"]), Num("%.2f" % m["deposits"]),
                  m["joined"], min(m["joined"] + dt.timedelta(days=R.randint(0, 1500)), rdt(dt.datetime(2024, 1, 1), EXPORT))])
table("members", """  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `member_no` varchar(12) NOT NULL,
  `first_name` varchar(60) NOT NULL,
  `middle_name` varchar(60) DEFAULT NULL,
  `last_name` varchar(60) NOT NULL,
  `id_number` varchar(12) NOT NULL,
  `kra_pin` varchar(11) DEFAULT NULL,
  `phone_no` varchar(15) NOT NULL,
  `alt_phone_no` varchar(15) DEFAULT NULL,
  `email` varchar(120) DEFAULT NULL,
  `date_of_birth` date DEFAULT NULL,
  `gender` char(1) DEFAULT NULL,
  `county` varchar(40) DEFAULT NULL,
  `town` varchar(60) DEFAULT NULL,
  `postal_address` varchar(80) DEFAULT NULL,
  `employer` varchar(80) DEFAULT NULL,
  `payroll_no` varchar(12) DEFAULT NULL,
  `fosa_account_no` varchar(16) NOT NULL,
  `member_category` enum('ORDINARY','CORPORATE_STAFF','DIASPORA') NOT NULL DEFAULT 'ORDINARY',
  `membership_status` enum('ACTIVE','DORMANT','WITHDRAWN','SUSPENDED') NOT NULL DEFAULT 'ACTIVE',
  `branch_code` varchar(8) NOT NULL,
  `share_capital` decimal(12,2) NOT NULL DEFAULT '0.00',
  `total_deposits` decimal(14,2) NOT NULL DEFAULT '0.00',
  `date_joined` datetime NOT NULL,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_member_no` (`member_no`),
  UNIQUE KEY `uq_id_number` (`id_number`),
  KEY `idx_phone` (`phone_no`),
  KEY `fk_member_branch` (`branch_code`),
  CONSTRAINT `fk_member_branch` FOREIGN KEY (`branch_code`) REFERENCES `branches` (`branch_code`)""",
      mrows, auto=N_MEMBERS + 1)

krows = []
for k in kin:
    P.add(k["pid"], "name")
    if k["phone"]:
        P.add(k["pid"], "phone")
    if k["id_number"]:
        P.add(k["pid"], "government_id")
    krows.append([k["id"], k["member_no"], k["full_name"], k["rel"], k["phone"], k["id_number"],
                  Num("%.2f" % k["pct"])])
table("next_of_kin", """  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `member_no` varchar(12) NOT NULL,
  `full_name` varchar(150) NOT NULL,
  `relationship` varchar(30) DEFAULT NULL,
  `phone_no` varchar(15) DEFAULT NULL,
  `id_number` varchar(12) DEFAULT NULL,
  `allocation_pct` decimal(5,2) NOT NULL DEFAULT '100.00',
  PRIMARY KEY (`id`),
  KEY `fk_nok_member` (`member_no`),
  CONSTRAINT `fk_nok_member` FOREIGN KEY (`member_no`) REFERENCES `members` (`member_no`)""", krows,
      auto=len(kin) + 1)

urows = []
for i, u in enumerate(mb_users):
    pid = u["member"]["pid"]
    P.add(pid, "phone", "password", "activity", "ip_address", "device", "account_type")
    urows.append([i + 1, u["member"]["member_no"], u["msisdn"], u["pin_hash"], u["salt"], u["pin_changed_at"],
                  u["failed"], u["status"], u["imei"], u["os"], u["app_version"], u["registered_at"],
                  u["last_login_at"], u["last_login_ip"]])
table("mobile_users", """  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `member_no` varchar(12) NOT NULL,
  `msisdn` varchar(15) NOT NULL,
  `pin_hash` char(64) NOT NULL,
  `pin_salt` char(16) NOT NULL,
  `pin_changed_at` datetime DEFAULT NULL,
  `failed_attempts` tinyint unsigned NOT NULL DEFAULT '0',
  `status` enum('ACTIVE','LOCKED','DEREGISTERED') NOT NULL DEFAULT 'ACTIVE',
  `device_imei` varchar(16) DEFAULT NULL,
  `device_os` varchar(20) DEFAULT NULL,
  `app_version` varchar(10) DEFAULT NULL,
  `registered_at` datetime NOT NULL,
  `last_login_at` datetime DEFAULT NULL,
  `last_login_ip` varchar(45) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_mu_member` (`member_no`),
  UNIQUE KEY `uq_mu_msisdn` (`msisdn`)""", urows, auto=len(mb_users) + 1)

table("loan_products", """  `product_code` varchar(4) NOT NULL,
  `product_name` varchar(60) NOT NULL,
  `interest_rate_pa` decimal(5,2) NOT NULL,
  `max_term_months` smallint NOT NULL,
  PRIMARY KEY (`product_code`)""", [[p[0], p[1], Num("%.2f" % p[2]), p[3]] for p in PRODUCTS])

lrows = []
for ln in loans:
    P.add(ln["member"]["pid"], "activity")
    lrows.append([ln["id"], ln["loan_no"], ln["member"]["member_no"], ln["product"][0], Num("%.2f" % ln["principal"]),
                  Num("%.2f" % ln["product"][2]), ln["term"], ln["applied"], ln["disbursed"], ln["b2c_ref"],
                  ln["status"]])
table("loans", """  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `loan_no` varchar(12) NOT NULL,
  `member_no` varchar(12) NOT NULL,
  `product_code` varchar(4) NOT NULL,
  `principal` decimal(12,2) NOT NULL,
  `interest_rate` decimal(5,2) NOT NULL,
  `term_months` smallint NOT NULL,
  `applied_at` datetime NOT NULL,
  `disbursed_at` datetime DEFAULT NULL,
  `disbursement_ref` varchar(12) DEFAULT NULL,
  `status` enum('PENDING','ACTIVE','CLEARED','DEFAULTED','WRITTEN_OFF') NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_loan_no` (`loan_no`),
  KEY `idx_loan_member` (`member_no`),
  CONSTRAINT `fk_loan_member` FOREIGN KEY (`member_no`) REFERENCES `members` (`member_no`),
  CONSTRAINT `fk_loan_product` FOREIGN KEY (`product_code`) REFERENCES `loan_products` (`product_code`)""",
      lrows, auto=len(loans) + 1)

grows = []
for g in guarantors:
    P.add(g["g"]["pid"], "activity")
    grows.append([g["id"], g["loan"]["id"], g["g"]["member_no"], Num("%.2f" % g["amount"]), g["status"],
                  g["accepted_at"]])
table("loan_guarantors", """  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `loan_id` int unsigned NOT NULL,
  `guarantor_member_no` varchar(12) NOT NULL,
  `amount_guaranteed` decimal(12,2) NOT NULL,
  `status` enum('PENDING','ACCEPTED','DECLINED','RELEASED') NOT NULL DEFAULT 'PENDING',
  `responded_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_guar_loan` (`loan_id`),
  KEY `idx_guar_member` (`guarantor_member_no`),
  CONSTRAINT `fk_guar_loan` FOREIGN KEY (`loan_id`) REFERENCES `loans` (`id`),
  CONSTRAINT `fk_guar_member` FOREIGN KEY (`guarantor_member_no`) REFERENCES `members` (`member_no`)""",
      grows, auto=len(guarantors) + 1)

rrows = []
for r in repayments:
    P.add(r["loan"]["member"]["pid"], "activity")
    if r["payer"] is not None:
        P.add(r["payer"]["pid"], "phone")
    rrows.append([r["id"], r["loan"]["id"], r["receipt"], r["channel"], Num("%.2f" % r["amount"]), r["msisdn"],
                  r["when"], r["when"] + dt.timedelta(seconds=R.randint(2, 400))])
table("repayments", """  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `loan_id` int unsigned NOT NULL,
  `receipt_no` varchar(20) NOT NULL,
  `channel` enum('MPESA','CHECKOFF','CASH','FOSA') NOT NULL,
  `amount` decimal(12,2) NOT NULL,
  `payer_msisdn` varchar(15) DEFAULT NULL,
  `paid_at` datetime NOT NULL,
  `posted_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_receipt` (`receipt_no`),
  KEY `fk_rep_loan` (`loan_id`),
  CONSTRAINT `fk_rep_loan` FOREIGN KEY (`loan_id`) REFERENCES `loans` (`id`)""", rrows, auto=len(repayments) + 1)

w("/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;\n\n/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;\n"
  "/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;\n/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;\n"
  "/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;\n"
  "/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;\n"
  "/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;\n/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;\n\n"
  "-- Dump completed on 2024-05-31 23:50:07\n")
SQL_NAME = "sacco_core_20240531.sql"
with open(os.path.join(DATA, SQL_NAME), "w", encoding="utf-8") as f:
    f.write("".join(out))

# ---------------------------------------------------------------- M-Pesa C2B callback log (NDJSON)
SHORTCODE = "4065211"
cb = []
bal = 18452300.00
# loan repayments via paybill, April-May 2024
for r in sorted([r for r in repayments if r["channel"] == "MPESA" and r["when"] >= dt.datetime(2024, 4, 1)],
                key=lambda x: x["when"]):
    cb.append((r["when"], r["receipt"], r["amount"], r["loan"]["member"]["member_no"], r["msisdn"], r["payer"]))
# savings deposits via paybill (member pays "<member_no>" as account)
for m in members:
    if m["status"] != "ACTIVE" or R.random() < 0.45:
        continue
    for _ in range(R.randint(1, 3)):
        when = rdt(dt.datetime(2024, 4, 1), dt.datetime(2024, 5, 31, 22))
        cb.append((when, mpesa_code(when), float(R.choice([500, 1000, 1500, 2000, 3000, 5000, 10000])),
                   m["member_no"], intl(m["phone"]), m))
cb.sort(key=lambda x: x[0])
lines = []
for when, rec, amt, bill, msisdn, payer in cb:
    bal += amt
    if "member_no" in payer:
        fn, mn, ln = payer["first_name"].upper(), (payer["middle_name"] or "").upper(), payer["last_name"].upper()
        if R.random() < 0.3:
            mn, ln = "", ""  # Daraja often returns the first name only
    else:
        fn, mn, ln = payer["first"].upper(), payer["middle"].upper(), payer["last"].upper()
    P.add(payer["pid"], "phone", "name", "activity")
    rec_at = when + dt.timedelta(seconds=R.randint(1, 9))
    lines.append(json.dumps({
        "received_at": rec_at.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d+03:00" % R.randint(0, 999),
        "endpoint": "/api/v1/mpesa/c2b/confirmation",
        "remote_addr": "196.201.214.%d" % R.choice([200, 206, 207, 208]),
        "payload": {"TransactionType": "Pay Bill", "TransID": rec, "TransTime": when.strftime("%Y%m%d%H%M%S"),
                    "TransAmount": "%.2f" % amt, "BusinessShortCode": SHORTCODE, "BillRefNumber": bill,
                    "InvoiceNumber": "", "OrgAccountBalance": "%.2f" % bal, "ThirdPartyTransID": "",
                    "MSISDN": msisdn, "FirstName": fn, "MiddleName": mn, "LastName": ln},
        "result": {"ResultCode": 0, "ResultDesc": "Accepted"},
        "posted": R.random() > 0.03}, ensure_ascii=False))
MPESA_NAME = "mpesa_c2b_callbacks_2024-04_05.ndjson"
with open(os.path.join(DATA, MPESA_NAME), "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")

# ---------------------------------------------------------------- agents CSV
agents = []
LANDMARKS = ["Opp. Total petrol station", "Next to Naivas", "Stage building, 1st floor", "Behind the market",
             "Opp. the chief's camp", "Near Equity Bank", "Bus park, shop 14", "Along the main road"]
SHOPWORDS = ["Enterprises", "General Shop", "Agencies", "Electronics", "Wines & Spirits", "Cyber & Stationery",
             "Hardware", "Mini Mart"]
for i in range(21):
    male = R.random() < 0.55
    fn, ln = R.choice(MALE if male else FEMALE), R.choice(SURN)
    county, towns, _ = R.choice(COUNTIES)
    a = {"pid": "agent:%d" % (i + 1), "agent_no": "AG%04d" % (101 + i * 3),
         "business": R.choice([ln + " " + R.choice(SHOPWORDS), R.choice(["Baraka", "Neema", "Upendo", "Jirani", "Tumaini", "Amani"]) + " " + R.choice(SHOPWORDS)]),
         "owner": "%s %s" % (fn, ln), "id": national_id(R.randint(1965, 1998)), "kra": kra_pin(),
         "phone": phone_local(R.random() < 0.8), "till": str(R.randint(500000, 9999999)),
         "county": county, "town": R.choice(towns), "landmark": R.choice(LANDMARKS),
         "float": R.choice([50000, 100000, 150000, 250000]),
         "onboarded": rdt(dt.datetime(2019, 1, 1), dt.datetime(2024, 3, 1)).date()}
    agents.append(a)
import csv  # noqa: E402
with open(os.path.join(DATA, "agents_2024Q2.csv"), "w", encoding="utf-8", newline="") as f:
    cw = csv.writer(f)
    cw.writerow(["Agent No", "Business Name", "Owner Name", "Owner ID No", "Owner KRA PIN", "Owner Phone",
                 "Till No", "County", "Town", "Landmark", "Float Limit (KES)", "Onboarded On"])
    for a in agents:
        P.add(a["pid"], "name", "government_id", "phone")
        ph = a["phone"]
        ph = R.choice([ph, ph[:4] + " " + ph[4:7] + " " + ph[7:], "+254 " + ph[1:4] + " " + ph[4:]])
        cw.writerow([a["agent_no"], a["business"], a["owner"], a["id"], a["kra"], ph, a["till"], a["county"],
                     a["town"], a["landmark"], a["float"], a["onboarded"].strftime("%d/%m/%Y")])

# ---------------------------------------------------------------- application log (text)
logl = []
ev = []
for u in mb_users:
    if u["status"] == "LOCKED" and R.random() < 0.5:
        continue
    m = u["member"]
    for _ in range(R.randint(2, 9)):
        ev.append((rdt(dt.datetime(2024, 5, 29), dt.datetime(2024, 5, 31, 23, 30)), u))
ev.sort(key=lambda x: x[0])
ipcache = {}
workers = ["gunicorn-w1", "gunicorn-w2", "gunicorn-w3", "gunicorn-w4"]


def stamp(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % R.randint(0, 999)


for t, u in ev:
    m = u["member"]
    ip = ipcache.get(m["member_no"]) if R.random() < 0.7 else None
    ip = ip or safaricom_ip()
    ipcache[m["member_no"]] = ip
    P.add(m["pid"], "phone", "ip_address", "device", "activity")
    wk = R.choice(workers)
    if R.random() < 0.08:
        logl.append("%s WARNING [%s] api.auth: invalid PIN attempt %d/3 msisdn=%s ip=%s device=%s" %
                    (stamp(t), wk, R.randint(1, 2), u["msisdn"], ip, u["imei"]))
        t += dt.timedelta(seconds=R.randint(5, 40))
    logl.append("%s INFO [%s] api.auth: login success msisdn=%s member=%s ip=%s device=%s app=%s os=\"%s\"" %
                (stamp(t), wk, u["msisdn"], m["member_no"], ip, u["imei"], u["app_version"], u["os"]))
    t += dt.timedelta(seconds=R.randint(2, 30))
    act = R.choice(["balance", "balance", "mini", "stk", "loan", "loan", "guar"])
    if act == "balance":
        logl.append("%s INFO [%s] api.accounts: balance enquiry member=%s account=%s rc=0" %
                    (stamp(t), wk, m["member_no"], m["fosa"][:4] + "******" + m["fosa"][-3:]))
    elif act == "mini":
        logl.append("%s INFO [%s] api.accounts: mini-statement member=%s rows=10 took=%dms" %
                    (stamp(t), wk, m["member_no"], R.randint(40, 900)))
    elif act == "stk":
        amt = R.choice([500, 1000, 2000, 3000, 5000])
        logl.append("%s INFO [%s] api.mpesa: STK push initiated msisdn=%s amount=%d account=%s "
                    "CheckoutRequestID=ws_CO_%s%s MerchantRequestID=%d-%d-1" %
                    (stamp(t), wk, u["msisdn"], amt, m["member_no"], t.strftime("%d%m%Y%H%M%S") + "%03d" % R.randint(0, 999),
                     u["msisdn"], R.randint(10000, 99999), R.randint(10000000, 99999999)))
        t += dt.timedelta(seconds=R.randint(8, 50))
        rc = R.choices([0, 1032, 1037, 2001], [70, 15, 10, 5])[0]
        desc = {0: "The service request is processed successfully.", 1032: "Request cancelled by user",
                1037: "DS timeout user cannot be reached", 2001: "The initiator information is invalid."}[rc]
        logl.append("%s INFO [%s] api.mpesa: STK callback ResultCode=%d ResultDesc=\"%s\" account=%s" %
                    (stamp(t), wk, rc, desc, m["member_no"]))
    elif act == "loan":
        logl.append("%s INFO [%s] api.loans: eligibility check member=%s product=MKP limit=%d score=%d" %
                    (stamp(t), wk, m["member_no"], R.choice([2000, 5000, 8000, 0]), R.randint(300, 820)))
    else:
        logl.append("%s INFO [%s] api.guarantors: pending guarantee requests member=%s count=%d" %
                    (stamp(t), wk, m["member_no"], R.randint(0, 2)))
    if R.random() < 0.15:
        t += dt.timedelta(seconds=R.randint(1, 5))
        logl.append("%s INFO [%s] api.otp: OTP dispatched via africastalking to %s status=Success cost=KES 0.8000" %
                    (stamp(t), wk, "+" + u["msisdn"]))
# infrastructure noise (no people)
for _ in range(220):
    t = rdt(dt.datetime(2024, 5, 29), dt.datetime(2024, 5, 31, 23, 30))
    logl.append(R.choice([
        "%s INFO [gunicorn-w%d] api.health: GET /healthz 200 from 10.20.1.%d" % (stamp(t), R.randint(1, 4), R.choice([2, 3])),
        "%s INFO [scheduler] jobs.interest: accrual batch chunk=%d rows=500 took=%dms" % (stamp(t), R.randint(1, 40), R.randint(200, 4000)),
        "%s WARNING [gunicorn-w%d] db.pool: connection checkout took %dms (pool=20 overflow=%d)" % (stamp(t), R.randint(1, 4), R.randint(500, 3000), R.randint(0, 5)),
        "%s INFO [scheduler] jobs.mpesa: token refresh ok expires_in=3599" % stamp(t),
        "%s ERROR [gunicorn-w%d] api.mpesa: Daraja timeout after 30000ms url=https://api.safaricom.co.ke/mpesa/stkpush/v1/processrequest" % (stamp(t), R.randint(1, 4)),
    ]))
logl.sort(key=lambda s: s[:23])
with open(os.path.join(DATA, "mobile-api.log"), "w", encoding="utf-8") as f:
    f.write("\n".join(logl) + "\n")

# ---------------------------------------------------------------- config YAML (secrets, no people)


def tok(n, alpha="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(alpha) for _ in range(n))


yml = """# tujenge-mobile-api production settings
# managed by ansible role sacco-api - do not edit on the host
app:
  name: tujenge-mobile-api
  env: production
  timezone: Africa/Nairobi
  default_language: en
  supported_languages: [en, sw]
database:
  host: 10.20.1.15
  port: 3306
  name: sacco_core
  user: sacco_api
  password: "%s"
  pool_size: 20
redis:
  url: redis://10.20.1.21:6379/2
mpesa:
  environment: production
  shortcode: "%s"
  consumer_key: %s
  consumer_secret: %s
  passkey: %s
  confirmation_url: https://api.tujengesacco.co.ke/api/v1/mpesa/c2b/confirmation
  validation_url: https://api.tujengesacco.co.ke/api/v1/mpesa/c2b/validation
  b2c_initiator_name: tujengeapi
  b2c_security_credential: "%s"
sms:
  provider: africastalking
  username: tujengesacco
  api_key: %s
  sender_id: TUJENGE
crb:
  provider: metropol
  api_url: https://api.metropol.co.ke/v2_1
  public_key: %s
  private_key: %s
limits:
  mkopo_chap_chap:
    min: 1000
    max: 8000
    min_membership_months: 6
  pin_max_attempts: 3
  otp_ttl_seconds: 300
messages:
  sw:
    loan_approved: "Mkopo wako wa KES {amount} umeidhinishwa. Asante kwa kuchagua Tujenge Sacco."
    pin_locked: "Akaunti yako imefungwa baada ya majaribio 3. Piga simu 0709 900 100."
  en:
    loan_approved: "Your loan of KES {amount} has been approved. Thank you for choosing Tujenge Sacco."
    pin_locked: "Your account has been locked after 3 attempts. Call 0709 900 100."
""" % (tok(14, "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789#!%"), SHORTCODE, tok(32), tok(16),
       rbytes(32).hex(), tok(344, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")[:342] + "==",
       "atsk_" + rbytes(32).hex() + rbytes(16).hex(), tok(24), tok(40))
with open(os.path.join(DATA, "app_config.yml"), "w", encoding="utf-8") as f:
    f.write(yml)

# ---------------------------------------------------------------- control: loan products catalogue
with open(os.path.join(DATA, "loan_products_catalogue.csv"), "w", encoding="utf-8", newline="") as f:
    cw = csv.writer(f)
    cw.writerow(["product_code", "name_en", "name_sw", "interest_pa_pct", "max_term_months", "max_multiple_of_deposits",
                 "guarantors_required", "channel"])
    cw.writerow(["DEV", "Development Loan", "Mkopo wa Maendeleo", "12.0", "48", "3", "yes", "branch"])
    cw.writerow(["EMG", "Emergency Loan", "Mkopo wa Dharura", "12.0", "12", "1", "no", "branch/mobile"])
    cw.writerow(["SCH", "School Fees Loan", "Mkopo wa Karo", "10.0", "12", "2", "yes", "branch"])
    cw.writerow(["BIA", "Biashara Loan", "Mkopo wa Biashara", "14.0", "24", "3", "yes", "branch"])
    cw.writerow(["MKP", "Mkopo Chap Chap (Mobile)", "Mkopo Chap Chap", "15.0", "3", "0.5", "no", "mobile"])
    cw.writerow(["ASS", "Asset Finance", "Mkopo wa Mali", "13.0", "36", "3", "yes", "branch"])

# ---------------------------------------------------------------- truth
S = SQL_NAME
truth = {
    "brief": "Tujenge Sacco (Kenyan savings and credit cooperative) mobile-banking vendor export: a mysqldump of the "
             "core banking DB (members, next_of_kin, mobile_users, loans, loan_guarantors referencing other members by "
             "member_no, repayments), an M-Pesa Daraja C2B confirmation-callback NDJSON log, the agent network CSV, "
             "the mobile API application log, the API YAML config and a loan product catalogue. English with Swahili "
             "product names and SMS templates; Kenyan national ID numbers, KRA PINs (A0xxxxxxxxZ), Safaricom/Airtel "
             "numbers written 07xx/01xx, 2547xx and +254.",
    "people": P.count(),
    "people_by_category": P.by_cat(),
    "fields": {
        S: {
            "members.first_name": "name", "members.middle_name": "name", "members.last_name": "name",
            "members.id_number": "government_id", "members.kra_pin": "government_id",
            "members.phone_no": "phone", "members.alt_phone_no": "phone", "members.email": "email",
            "members.date_of_birth": "date_of_birth", "members.county": "location", "members.town": "location",
            "members.postal_address": "location", "members.fosa_account_no": "bank_account",
            "members.member_category": "account_type", "members.membership_status": "account_type",
            "members.date_joined": "activity",
            "next_of_kin.full_name": "name", "next_of_kin.phone_no": "phone", "next_of_kin.id_number": "government_id",
            "mobile_users.msisdn": "phone", "mobile_users.pin_hash": "password", "mobile_users.status": "account_type",
            "mobile_users.device_imei": "device", "mobile_users.registered_at": "activity",
            "mobile_users.last_login_at": "activity", "mobile_users.last_login_ip": "ip_address",
            "loans.applied_at": "activity", "loans.disbursed_at": "activity",
            "loan_guarantors.responded_at": "activity",
            "repayments.payer_msisdn": "phone", "repayments.paid_at": "activity",
        },
        MPESA_NAME: {
            "payload.MSISDN": "phone", "payload.FirstName": "name", "payload.MiddleName": "name",
            "payload.LastName": "name", "payload.TransTime": "activity", "received_at": "activity",
        },
        "agents_2024Q2.csv": {
            "Owner Name": "name", "Owner ID No": "government_id", "Owner KRA PIN": "government_id",
            "Owner Phone": "phone",
        },
        "app_config.yml": {
            "database.password": "secret", "mpesa.consumer_key": "secret", "mpesa.consumer_secret": "secret",
            "mpesa.passkey": "secret", "mpesa.b2c_security_credential": "secret", "sms.api_key": "secret",
            "crb.private_key": "secret",
        },
    },
    "text": {
        "mobile-api.log": ["phone", "ip_address", "device", "activity"],
    },
    "controls": ["loan_products_catalogue.csv"],
    "ambiguous": {
        S: ["repayments.posted_at", "members.updated_at", "mobile_users.device_os", "mobile_users.failed_attempts"],
        "agents_2024Q2.csv": ["County", "Town", "Landmark", "Onboarded On", "Business Name"],
        "app_config.yml": ["mpesa.b2c_initiator_name", "sms.username", "crb.public_key"],
    },
    "lookalikes": {
        S: {
            "members.member_no": "internal member numbers TSnnnnn (also BillRefNumber in the M-Pesa log)",
            "members.payroll_no": "employer payroll numbers, 6-8 digits",
            "members.employer": "employer organisation names",
            "members.branch_code": "branch codes", "branches.physical_location": "branch office addresses (business)",
            "mobile_users.pin_changed_at": "timestamp in a column named after the PIN",
            "mobile_users.pin_salt": "16-hex salt next to the PIN hash",
            "loans.loan_no": "loan reference numbers LNyynnnnnn",
            "loans.disbursement_ref": "M-Pesa B2C receipt codes (10 alnum)",
            "repayments.receipt_no": "M-Pesa receipt codes / checkoff / cash receipt numbers",
            "loan_products.product_name": "product names",
        },
        MPESA_NAME: {
            "payload.TransID": "M-Pesa receipt codes", "payload.BusinessShortCode": "paybill number of the Sacco",
            "payload.OrgAccountBalance": "paybill balance amounts", "payload.BillRefNumber": "member numbers",
            "remote_addr": "Safaricom callback server IPs (not a person's)",
        },
        "agents_2024Q2.csv": {"Till No": "M-Pesa till numbers, 6-7 digits", "Agent No": "agent codes"},
        "mobile-api.log": {"CheckoutRequestID": "Daraja checkout ids (embed the MSISDN, as real ones do)",
                           "account=": "masked FOSA account numbers (first 4 + last 3 digits)"},
        "app_config.yml": {"messages": "SMS templates containing the Sacco's help-line number 0709 900 100"},
    },
    "notes": "People = members (%d) + next-of-kin (%d, distinct persons, never members) + non-member M-Pesa payers "
             "paying on a member's behalf (%d, identified by name+MSISDN) + agent owners (%d). Guarantors are members "
             "referenced by member_no. Members' activity: date_joined, loans, guarantee responses, repayments, logins. "
             "The app log holds no anonymous people: infrastructure lines come from internal 10.20.x addresses and "
             "Safaricom servers. The mpesa log uses first name only in ~30%% of member payments (Daraja behaviour). "
             "mobile_users.pin_hash is sha256(salt+PIN) hex."
             % (len(members), len(kin), len(third_payers), len(agents)),
}
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=2)
print(json.dumps({"people": truth["people"], "by_cat": truth["people_by_category"]}, indent=1))
for fn in sorted(os.listdir(DATA)):
    print(fn, os.path.getsize(os.path.join(DATA, fn)))
