#!/usr/bin/env python3
"""Blind test dump B/uk-housing: tenant-management vendor export of a Manchester housing
association ("Northvale Housing Group"). Standard library only, seeded and deterministic."""
import csv
import io
import json
import os
import random
import shutil
import string
from datetime import date, datetime, timedelta

R = random.Random(4417)
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
if os.path.isdir(DATA):
    shutil.rmtree(DATA)
os.makedirs(DATA)

N_TENANTS = 130
N_STAFF = 22

MALE = ["James", "John", "David", "Michael", "Paul", "Mark", "Daniel", "Thomas", "Christopher",
        "Andrew", "Steven", "Gary", "Kevin", "Lee", "Ryan", "Liam", "Connor", "Jamie", "Craig",
        "Wayne", "Mohammed", "Imran", "Tariq", "Adebayo", "Chukwuemeka", "Tomasz", "Piotr",
        "Sean", "Declan", "Kieran", "Anthony", "Brian", "Peter", "Graham", "Jordan", "Nathan"]
FEMALE = ["Sarah", "Emma", "Claire", "Lisa", "Michelle", "Karen", "Julie", "Nicola", "Rebecca",
          "Laura", "Gemma", "Kelly", "Stacey", "Chloe", "Jade", "Amy", "Hannah", "Shannon",
          "Fatima", "Ayesha", "Nasreen", "Shazia", "Amina", "Grace", "Blessing", "Agnieszka",
          "Joanne", "Susan", "Margaret", "Patricia", "Denise", "Tracey", "Leanne", "Siobhan",
          "Natalie", "Zoe"]
SURNAMES = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
            "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green",
            "Hall", "Wood", "Jackson", "Clarke", "Hughes", "Lewis", "Edwards", "Turner", "Hill",
            "Harrison", "Kelly", "Moore", "Cooper", "Ward", "Morris", "Baker", "Barker", "Holt",
            "Kershaw", "Ogden", "Schofield", "Butterworth", "Whitehead", "Ashworth", "Begum",
            "Khan", "Hussain", "Ahmed", "Akhtar", "Iqbal", "Okafor", "Adeyemi", "Mensah",
            "Kowalski", "Nowak", "Wiśniewski", "O'Brien", "O'Neill", "McCarthy", "Doherty",
            "Murphy", "Byrne", "Nguyen", "Ali"]

# district -> (town, localities)
DISTRICTS = {
    "M5": ("Salford", ["Ordsall", "Weaste"]), "M6": ("Salford", ["Seedley", "Pendleton"]),
    "M7": ("Salford", ["Lower Broughton", "Higher Broughton"]), "M8": ("Manchester", ["Cheetham Hill", "Crumpsall"]),
    "M9": ("Manchester", ["Blackley", "Harpurhey"]), "M11": ("Manchester", ["Openshaw", "Clayton"]),
    "M12": ("Manchester", ["Longsight", "Ardwick"]), "M13": ("Manchester", ["Longsight", "Chorlton-on-Medlock"]),
    "M14": ("Manchester", ["Moss Side", "Fallowfield", "Rusholme"]), "M15": ("Manchester", ["Hulme"]),
    "M16": ("Manchester", ["Whalley Range", "Old Trafford"]), "M18": ("Manchester", ["Gorton", "Abbey Hey"]),
    "M19": ("Manchester", ["Levenshulme", "Burnage"]), "M22": ("Manchester", ["Wythenshawe", "Sharston"]),
    "M23": ("Manchester", ["Baguley", "Brooklands"]), "M40": ("Manchester", ["Moston", "Newton Heath"]),
}
STREET_STEMS = ["Claremont", "Princess", "Great Western", "Moss Lane", "Denmark", "Lloyd",
                "Clarence", "Victoria", "Albert", "Hamilton", "Beresford", "Stamford", "Ashton Old",
                "Hyde", "Mount", "Birch", "Rusholme", "Heald", "Wellington", "Church", "Mill",
                "Cavendish", "Langport", "Wilbraham", "Egerton", "Gorton", "Abbey Hey", "Belle Vue",
                "Crossley", "Chapel", "Brunswick", "Lindum", "Moston", "Nuthurst", "Hollinwood",
                "Broadhurst", "Rochdale", "Harpurhey", "Charlestown", "Cleveland", "Waterloo",
                "Bury Old", "Leicester", "Broughton", "Seedley", "Liverpool", "Ordsall", "Regent",
                "Trafford", "Shrewsbury", "Sharston", "Brownley", "Rackhouse", "Greenwood", "Hall"]
SUFFIXES = ["Road", "Street", "Avenue", "Lane", "Close", "Grove", "Drive", "Place", "Walk", "Court"]
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def inward():
    return f"{R.randint(1, 9)}{R.choice(INWARD_LETTERS)}{R.choice(INWARD_LETTERS)}"


# ---------------------------------------------------------------- gazetteer (CONTROL)
streets = []
used = set()
usrn = 62100000
for dist, (town, locs) in DISTRICTS.items():
    for _ in range(R.randint(5, 8)):
        stem = R.choice(STREET_STEMS)
        suf = R.choice(SUFFIXES)
        name = stem if stem.endswith(("Lane", "Road")) else f"{stem} {suf}"
        if (name, dist) in used:
            continue
        used.add((name, dist))
        usrn += R.randint(3, 400)
        sector = f"{dist} {R.randint(1, 9)}"
        pcs = sorted({f"{sector}{R.choice(INWARD_LETTERS)}{R.choice(INWARD_LETTERS)}" for _ in range(R.randint(1, 3))})
        streets.append(dict(usrn=usrn, name=name, loc=R.choice(locs), town=town, dist=dist,
                            postcodes=pcs, e=R.randint(379000, 390000), n=R.randint(390000, 403000),
                            adopted=R.choice(["Adopted", "Adopted", "Private", "Prospectively adopted"])))
with open(os.path.join(DATA, "street_gazetteer.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\r\n")
    w.writerow(["USRN", "Street Name", "Locality", "Post Town", "Postcode District", "Postcodes",
                "Easting", "Northing", "Highway Status", "Local Authority"])
    for s in streets:
        w.writerow([s["usrn"], s["name"], s["loc"], s["town"].upper(), s["dist"], "; ".join(s["postcodes"]),
                    s["e"], s["n"], s["adopted"], "Salford City Council" if s["town"] == "Salford" else "Manchester City Council"])

# ---------------------------------------------------------------- helpers
NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in NI_BAD:
            break
    d = f"{R.randint(0, 999999):06d}"
    return f"{p} {d[0:2]} {d[2:4]} {d[4:6]} {R.choice('ABCD')}"


MOB_PREFIX = ["0740", "0741", "0742", "0743", "0744", "0745", "0746", "0747", "0748", "0749",
              "0750", "0751", "0752", "0753", "0754", "0756", "0757", "0758", "0759", "0771",
              "0772", "0773", "0774", "0775", "0776", "0777", "0778", "0779", "0780", "0781",
              "0782", "0783", "0784", "0785", "0786", "0787", "0788", "0789", "0790", "0791",
              "0792", "0793", "0794", "0795", "0796", "0797", "0798", "0799"]


def mobile():
    pre = R.choice(MOB_PREFIX) + str(R.randint(0, 9))
    rest = f"{R.randint(0, 999999):06d}"
    return f"{pre} {rest}"


def landline():
    return f"0161 {R.choice('2345789')}{R.randint(0, 99):02d} {R.randint(0, 9999):04d}"


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        n = int(ch)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


EMAIL_DOMAINS = ["gmail.com", "gmail.com", "hotmail.co.uk", "hotmail.com", "outlook.com",
                 "yahoo.co.uk", "icloud.com", "live.co.uk", "btinternet.com", "sky.com", "aol.com"]

# ---------------------------------------------------------------- tenants
tenants = []
for i in range(N_TENANTS):
    female = R.random() < 0.58
    fn = R.choice(FEMALE if female else MALE)
    sn = R.choice(SURNAMES)
    dob = date(1941, 1, 1) + timedelta(days=R.randint(0, 365 * 63))
    if female:
        title = R.choice(["Mrs", "Miss", "Ms", "Ms", "Mrs"])
    else:
        title = "Mr"
    if R.random() < 0.03:
        title = R.choice(["Dr", "Mx"])
    st = R.choice(streets)
    num = R.randint(1, 180)
    addr1 = f"Flat {R.randint(1, 24)}, {num} {st['name']}" if R.random() < 0.35 else f"{num} {st['name']}"
    pc = R.choice(st["postcodes"])
    earliest = max(date(1996, 4, 1), date(dob.year + 18, dob.month, min(dob.day, 28)))
    tstart = earliest + timedelta(days=R.randint(0, (date(2024, 8, 31) - earliest).days))
    ttype = "Starter" if tstart > date(2023, 9, 1) and R.random() < 0.8 else "Assured"
    local = R.choice([f"{fn}.{sn}", f"{fn}{sn}{R.randint(1, 99)}", f"{fn[0]}{sn}{dob.year % 100:02d}",
                      f"{fn}_{dob.year}", f"{sn}{fn[0]}"]).lower().replace("'", "").replace("ś", "s")
    email = f"{local}@{R.choice(EMAIL_DOMAINS)}" if R.random() < 0.8 else ""
    tenants.append(dict(
        ref=f"T{10000 + i * 7 + R.randint(0, 6):06d}", title=title, fn=fn, sn=sn, dob=dob, ni=nino(),
        phone=mobile() if R.random() < 0.9 else landline(), email=email, addr1=addr1,
        addr2=st["loc"], town=st["town"], pc=pc, prop=f"P{R.randint(1000, 9999)}-{R.randint(1, 40):02d}",
        tstart=tstart, ttype=ttype, rent=round(R.uniform(82, 142), 2),
        arrears=round(R.choice([0, 0, 0, R.uniform(-40, 0), R.uniform(10, 1500)]), 2)))

with open(os.path.join(DATA, "tenants_export.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\r\n")
    w.writerow(["Tenant Ref", "Title", "Forename", "Surname", "DOB", "NI Number", "Phone", "Email",
                "Address Line 1", "Address Line 2", "Town", "Postcode", "Property Ref",
                "Tenancy Start", "Tenancy Type", "Weekly Rent", "Arrears Balance"])
    for t in tenants:
        w.writerow([t["ref"], t["title"], t["fn"], t["sn"], t["dob"].strftime("%d/%m/%Y"), t["ni"],
                    t["phone"], t["email"], t["addr1"], t["addr2"], t["town"], t["pc"], t["prop"],
                    t["tstart"].strftime("%d/%m/%Y"), t["ttype"], f"{t['rent']:.2f}", f"{t['arrears']:.2f}"])

# ---------------------------------------------------------------- staff
ROLES = ["Housing Officer", "Housing Officer", "Housing Officer", "Repairs Coordinator",
         "Repairs Coordinator", "Income Officer", "Income Officer", "Team Leader",
         "System Administrator", "Read Only"]
staff = []
seen_user = set()
for i in range(N_STAFF):
    female = R.random() < 0.55
    fn = R.choice(FEMALE if female else MALE)
    sn = R.choice(SURNAMES)
    user = (fn[0] + sn).lower().replace("'", "").replace("ś", "s")
    while user in seen_user:
        user += str(R.randint(1, 9))
    seen_user.add(user)
    last_login = datetime(2024, 9, 1) + timedelta(seconds=R.randint(0, 20 * 86400))
    pwchg = datetime(2024, 1, 1) + timedelta(seconds=R.randint(0, 240 * 86400))
    bc = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits
    staff.append(dict(id=i + 1, user=user, name=f"{fn} {sn}", email=f"{fn}.{sn}@northvalehousing.org.uk".lower().replace("'", "").replace("ś", "s"),
                      role=ROLES[i % len(ROLES)] if i else "System Administrator",
                      team=R.randint(1, 5),
                      pw="$2y$10$" + "".join(R.choice(bc) for _ in range(53)),
                      last_login=last_login if R.random() < 0.95 else None,
                      pwchg=pwchg, active=1 if R.random() < 0.9 else 0, failed=R.choice([0, 0, 0, 1, 2, 5])))


def my(v):
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return str(v)
    if isinstance(v, datetime):
        return "'" + v.strftime("%Y-%m-%d %H:%M:%S") + "'"
    return "'" + str(v).replace("\\", "\\\\").replace("'", "\\'") + "'"


TEAMS = [(1, "North Manchester Neighbourhoods", "Harpurhey Office"), (2, "South Manchester Neighbourhoods", "Wythenshawe Office"),
         (3, "Salford Neighbourhoods", "Pendleton Office"), (4, "Repairs Hub", "Head Office"),
         (5, "Income & Rents", "Head Office")]
sql = f"""-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: hms-db01    Database: hms_live
-- ------------------------------------------------------
-- Server version	8.0.36-0ubuntu0.22.04.1

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

--
-- Table structure for table `teams`
--

DROP TABLE IF EXISTS `teams`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `teams` (
  `id` tinyint unsigned NOT NULL AUTO_INCREMENT,
  `team_name` varchar(80) NOT NULL,
  `office` varchar(80) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=6 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `teams`
--

LOCK TABLES `teams` WRITE;
/*!40000 ALTER TABLE `teams` DISABLE KEYS */;
INSERT INTO `teams` VALUES {','.join('(' + ','.join(my(v) for v in t) + ')' for t in TEAMS)};
/*!40000 ALTER TABLE `teams` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `staff`
--

DROP TABLE IF EXISTS `staff`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `staff` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `username` varchar(32) NOT NULL,
  `name` varchar(120) NOT NULL,
  `email` varchar(190) NOT NULL,
  `role` enum('Housing Officer','Repairs Coordinator','Income Officer','Team Leader','System Administrator','Read Only') NOT NULL DEFAULT 'Read Only',
  `team_id` tinyint unsigned DEFAULT NULL,
  `password` char(60) NOT NULL,
  `last_login` datetime DEFAULT NULL,
  `password_changed_at` datetime DEFAULT NULL,
  `is_active` tinyint(1) NOT NULL DEFAULT '1',
  `failed_login_count` smallint unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_staff_username` (`username`),
  UNIQUE KEY `uq_staff_email` (`email`),
  KEY `fk_staff_team` (`team_id`),
  CONSTRAINT `fk_staff_team` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT={N_STAFF + 1} DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `staff`
--

LOCK TABLES `staff` WRITE;
/*!40000 ALTER TABLE `staff` DISABLE KEYS */;
INSERT INTO `staff` VALUES {','.join('(' + ','.join(my(v) for v in (s['id'], s['user'], s['name'], s['email'], s['role'], s['team'], s['pw'], s['last_login'], s['pwchg'], s['active'], s['failed'])) + ')' for s in staff)};
/*!40000 ALTER TABLE `staff` ENABLE KEYS */;
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2024-09-21  2:00:04
"""
with open(os.path.join(DATA, "hms_staff.sql"), "w", encoding="utf-8") as f:
    f.write(sql)

# ---------------------------------------------------------------- repairs JSON
ISSUES = [("Plumbing", "leaking kitchen tap"), ("Plumbing", "toilet not flushing"),
          ("Heating", "no heating or hot water"), ("Heating", "boiler losing pressure"),
          ("Electrical", "bathroom extractor fan not working"), ("Electrical", "sockets in lounge tripping"),
          ("Damp & Mould", "black mould in back bedroom"), ("Damp & Mould", "condensation on windows"),
          ("Carpentry", "front door not locking properly"), ("Carpentry", "kitchen cupboard door off hinge"),
          ("Roofing", "water coming through ceiling after rain"), ("Glazing", "cracked double glazing unit"),
          ("Communal", "entry phone not working"), ("Communal", "stairwell light out")]
FAMILY = ["son", "daughter", "partner", "neighbour at no. {n}", "sister", "carer"]
operatives = []
for _ in range(9):
    fn = R.choice(MALE + FEMALE[:6])
    operatives.append((f"{fn} {R.choice(SURNAMES)}", R.choice(["Plumber", "Gas Engineer", "Electrician", "Joiner", "Multi-trade", "Roofer"])))

note_cats_seen = set()
extra_people = 0


def make_note(t, issue):
    """Returns (text, set of categories present)."""
    global extra_people
    code = f"{R.randint(0, 9999):04d}"
    k = R.randint(0, 9)
    if k == 0:
        return f"Tenant reports {issue}. Key safe left of front door, code {code}. Call {mobile()} 30 mins before attending.", {"phone"}
    if k == 1:
        return f"Door entry code {code}# then flat {R.randint(1, 24)}. Tenant works nights - ring mobile {t['phone']} after 2pm only.", {"phone"}
    if k == 2:
        rel = R.choice(FAMILY).format(n=R.randint(1, 120))
        who = f"{R.choice(FEMALE + MALE)} {t['sn'] if 'neighbour' not in rel else R.choice(SURNAMES)}"
        extra_people += 1
        return f"No access on last visit. Tenant's {rel} {who} can let operative in, contact {mobile()}.", {"name", "phone"}
    if k == 3:
        return f"{issue.capitalize()}. Tenant hard of hearing - please TEXT {t['phone']} rather than call. Block door code {code}.", {"phone"}
    if k == 4 and t["email"]:
        return f"Tenant emailed photos from {t['email']}, attached to job. Likely {issue}.", {"email"}
    if k == 5:
        return f"Reported via out-of-hours line from {landline()}. Made safe, follow-on required.", {"phone"}
    if k == 6:
        return f"Repeat job - see previous ref RJ{digits(6)}. {issue.capitalize()} still an issue. Key with caretaker, code for key box {code}.", set()
    return f"{issue.capitalize()}. Tenant available weekdays AM.", set()


jobs = []
jref = 240100
for _ in range(260):
    t = R.choice(tenants)
    cat, issue = R.choice(ISSUES)
    jref += R.randint(1, 40)
    reported = datetime(2024, 3, 1) + timedelta(seconds=R.randint(0, 200 * 86400))
    reported = reported.replace(hour=R.randint(7, 21))
    pr = R.choices(["Emergency (24h)", "Urgent (5 days)", "Routine (28 days)"], [2, 4, 8])[0]
    days = {"Emergency (24h)": 1, "Urgent (5 days)": 5, "Routine (28 days)": 28}[pr]
    note, cats = make_note(t, issue)
    note_cats_seen |= cats
    op = R.choice(operatives)
    jobs.append({
        "ref": f"RJ{jref}",
        "reported_at": reported.strftime("%Y-%m-%dT%H:%M:%S+01:00"),
        "channel": R.choice(["Phone", "Phone", "Web portal", "Email", "Housing Officer"]),
        "category": cat, "priority": pr,
        "target_date": (reported + timedelta(days=days)).strftime("%Y-%m-%d"),
        "status": R.choice(["Completed", "Completed", "Completed", "Booked", "Awaiting parts", "Cancelled"]),
        "tenant": {"tenant_ref": t["ref"], "name": f"{t['title']} {t['fn']} {t['sn']}", "phone": t["phone"]},
        "property": {"uprn": int("1000" + digits(8)), "address": f"{t['addr1']}, {t['town']}", "postcode": t["pc"]},
        "operative": {"name": op[0], "trade": op[1]},
        "sor_code": R.choice(["603001", "201007", "301015", "502011", "703003", "832221"]),
        "notes": note,
    })
jobs.sort(key=lambda j: j["reported_at"])
with open(os.path.join(DATA, "repairs_jobs.json"), "w", encoding="utf-8") as f:
    json.dump({"export": {"system": "HMS Repairs", "generated": "2024-09-21T02:00:00Z", "count": len(jobs)},
               "jobs": jobs}, f, indent=2, ensure_ascii=False)

# ---------------------------------------------------------------- rent payments
SORT_PREFIX = ["20-", "40-", "30-", "77-", "60-", "09-01-", "08-", "04-00-", "11-", "83-", "16-"]
pay_refs = []
bank = {}
with open(os.path.join(DATA, "rent_payments_2024Q3.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\r\n")
    w.writerow(["Payment Reference", "Tenant Ref", "Account Holder", "Method", "Sort Code",
                "Account Number", "Card Last 4", "Amount", "Paid On", "Batch"])
    rows = []
    for t in tenants:
        method = R.choices(["Direct Debit", "Standing Order", "allpay", "Card (phone)", "Housing Benefit"], [5, 2, 2, 1, 2])[0]
        if t["ref"] not in bank:
            p = R.choice(SORT_PREFIX)
            sc = p + "-".join(f"{R.randint(0, 99):02d}" for _ in range(3 - p.count("-")))
            holder = f"{t['fn'][0]} {t['sn']}".upper() if R.random() < 0.7 else f"{t['title']} {t['fn']} {t['sn']}"
            if R.random() < 0.08:
                holder = f"{R.choice(FEMALE + MALE)} {t['sn']}"
                extra_people += 1
            bank[t["ref"]] = (sc, digits(8), holder)
        sc, acc, holder = bank[t["ref"]]
        for wk in range(R.choice([3, 6, 13, 13, 13])):
            paid = date(2024, 7, 1) + timedelta(days=7 * wk + R.randint(0, 4))
            ref = "81" + digits(14)
            pay_refs.append(ref)
            if method in ("Direct Debit", "Standing Order"):
                r = [ref, t["ref"], holder, method, sc, acc, "", f"{t['rent']:.2f}"]
            elif method == "Card (phone)":
                r = [ref, t["ref"], holder, method, "", "", f"{R.randint(0, 9999):04d}", f"{t['rent']:.2f}"]
            elif method == "Housing Benefit":
                r = [ref, t["ref"], ("SALFORD CITY COUNCIL HB" if t["town"] == "Salford" else "MANCHESTER CITY COUNCIL HB"), method, "", "", "", f"{t['rent'] * R.choice([1, 0.8]):.2f}"]
            else:
                r = [ref, t["ref"], "", method, "", "", "", f"{R.choice([20, 40, 50, t['rent']]):.2f}"]
            rows.append((paid, r + [paid.strftime("%d/%m/%Y"), f"BACS{paid.strftime('%y%m%d')}"]))
    rows.sort(key=lambda x: x[0])
    for _, r in rows:
        w.writerow(r)

# ---------------------------------------------------------------- syslog application log
UK_NETS = ["82.12", "82.25", "86.12", "86.153", "90.196", "90.222", "81.104", "109.150", "2.24", "31.51", "94.0", "151.227"]
staff_ip = {s["user"]: (f"10.20.{R.randint(1, 9)}.{R.randint(10, 250)}" if R.random() < 0.6 else
                        f"{R.choice(UK_NETS)}.{R.randint(0, 255)}.{R.randint(1, 254)}") for s in staff}
lines = []
t0 = datetime(2024, 9, 16, 6, 0, 0)
pid = 2314
for _ in range(900):
    t0 += timedelta(seconds=R.randint(5, 900))
    if t0.hour < 7 or t0.hour > 19:
        t0 += timedelta(hours=10)
    s = R.choice(staff)
    ip = staff_ip[s["user"]] if R.random() < 0.9 else f"{R.choice(UK_NETS)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    rid = "".join(R.choice("0123456789abcdef") for _ in range(12))
    k = R.random()
    t = R.choice(tenants)
    if k < 0.18:
        msg = f"INFO auth: login ok user={s['user']} ip={ip} req={rid}"
    elif k < 0.23:
        msg = f"WARN auth: login failed user={s['user']} ip={ip} reason=bad_password attempts={R.randint(1, 4)}"
    elif k < 0.45:
        msg = f"INFO tenancy: user={s['user']} viewed tenancy {t['ref']} property={t['prop']} req={rid}"
    elif k < 0.60:
        msg = f"INFO repairs: user={s['user']} raised job RJ{R.randint(240100, 250000)} sor={R.choice(['603001', '201007', '301015'])} req={rid}"
    elif k < 0.70:
        msg = f"INFO repairs: user={s['user']} updated job RJ{R.randint(240100, 250000)} status=Completed"
    elif k < 0.76:
        msg = f"INFO income: user={s['user']} posted batch BACS{t0.strftime('%y%m%d')} items={R.randint(40, 260)} total={R.uniform(4000, 30000):.2f}"
    elif k < 0.79:
        msg = f"INFO mail: password reset link sent to {s['email']} user={s['user']} ip={ip}"
    elif k < 0.83:
        msg = f"INFO auth: logout user={s['user']} session_length={R.randint(60, 30000)}s"
    elif k < 0.90:
        msg = f"INFO export: user={s['user']} ran report 'Arrears over 4 weeks' rows={R.randint(10, 400)}"
    elif k < 0.96:
        msg = f"ERROR db: deadlock detected on table repairs_jobs, retrying (attempt {R.randint(1, 3)})"
    else:
        msg = f"WARN scheduler: job nightly_dd_collection took {R.randint(200, 900)}s (threshold 180s)"
    if R.random() < 0.1:
        pid += R.randint(1, 50)
    lines.append(f"{t0.strftime('%b')} {t0.day:2d} {t0.strftime('%H:%M:%S')} hms-app01 tenancy-web[{pid}]: {msg}")
with open(os.path.join(DATA, "hms-app.log"), "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")

# ---------------------------------------------------------------- checks + truth
for fn in os.listdir(DATA):
    assert os.path.getsize(os.path.join(DATA, fn)) < 2 * 1024 * 1024, fn
luhn_hits = sum(luhn_ok(r) for r in pay_refs)
note_cats = sorted(note_cats_seen)
assert note_cats == ["email", "name", "phone"], note_cats

truth = {
    "brief": "Vendor export of 'HMS', the tenant-management system of Northvale Housing Group, a housing "
             "association in Manchester/Salford (UK): tenants CSV, repairs jobs JSON (with free-text notes), "
             "Q3 2024 rent payments CSV, a mysqldump of staff user accounts, the application's syslog, and "
             "a street/postcode gazetteer. English; UK formats (dd/mm/yyyy, NI numbers, 07xxx mobiles, postcodes, sort codes).",
    "people": N_TENANTS + N_STAFF + len(operatives) + extra_people,
    "fields": {
        "tenants_export.csv": {
            "Forename": "name", "Surname": "name", "DOB": "date_of_birth", "NI Number": "government_id",
            "Phone": "phone", "Email": "email", "Address Line 1": "location", "Address Line 2": "location",
            "Town": "location", "Postcode": "location",
        },
        "repairs_jobs.json": {
            "jobs.reported_at": "activity",
            "jobs.tenant.name": "name", "jobs.tenant.phone": "phone",
            "jobs.property.address": "location", "jobs.property.postcode": "location",
            "jobs.operative.name": "name",
            "jobs.notes": note_cats,
        },
        "rent_payments_2024Q3.csv": {
            "Account Holder": "name", "Sort Code": "bank_account", "Account Number": "bank_account",
            "Paid On": "activity",
        },
        "hms_staff.sql": {
            "staff.username": "username", "staff.name": "name", "staff.email": "email",
            "staff.role": "account_type", "staff.password": "password", "staff.last_login": "activity",
        },
    },
    "text": {"hms-app.log": ["username", "ip_address", "activity", "email"]},
    "controls": ["street_gazetteer.csv"],
    "ambiguous": {"tenants_export.csv": ["Tenancy Type"], "hms_staff.sql": ["staff.is_active"]},
    "lookalikes": {
        "tenants_export.csv": {"Tenancy Start": "tenancy start date, not a birth date",
                               "Tenant Ref": "internal ref T0xxxxx", "Property Ref": "internal property ref",
                               "Title": "honorific only (Mr/Mrs/Ms)", "Weekly Rent": "amount", "Arrears Balance": "amount"},
        "repairs_jobs.json": {"jobs.ref": "job refs RJxxxxxx", "jobs.property.uprn": "12-digit UPRN (property id)",
                              "jobs.target_date": "SLA date", "jobs.tenant.tenant_ref": "internal tenant ref",
                              "jobs.sor_code": "schedule-of-rates code", "jobs.operative.trade": "trade"},
        "rent_payments_2024Q3.csv": {"Payment Reference": f"16-digit payment refs; {luhn_hits} of {len(pay_refs)} pass Luhn by chance",
                                     "Card Last 4": "last four digits only", "Batch": "BACS batch id", "Method": "payment method"},
        "hms_staff.sql": {"staff.password_changed_at": "timestamp in a column named after passwords",
                          "staff.failed_login_count": "counter", "teams.team_name": "team names", "teams.office": "office names"},
    },
    "notes": "jobs.notes is free text: about half the notes carry phone numbers (mobiles and 0161 landlines), some "
             "name a relative/neighbour, a few give the tenant's email; many mention key-safe/door-entry codes, which "
             "are NOT counted as secret. tenant.name includes the title ('Mrs Sarah Begum'). Account Holder is often "
             "'S BEGUM'-style, sometimes a relative; Housing Benefit rows carry the council's name (not a person). "
             "Sort codes are xx-xx-xx from real bank ranges; account numbers are random 8 digits (no modulus check). "
             "Bcrypt hashes are format-valid ($2y$10$ + 53 chars) but random. hms-app.log is BSD-syslog: staff "
             "usernames (user=), office (10.20.x.x) and home ISP IPs, staff emails in password-reset lines; tenant refs "
             "appear but no tenant names. Tenancy Type (Assured/Starter) is listed ambiguous (a kind of contract, "
             "arguably an account type); staff.is_active is an account-status flag. The gazetteer holds public street "
             "names, postcodes, USRNs and eastings/northings (no people).",
}
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=2)
print("tenants", N_TENANTS, "staff", N_STAFF, "jobs", len(jobs), "payments", len(pay_refs), "luhn", luhn_hits,
      "people", truth["people"])
