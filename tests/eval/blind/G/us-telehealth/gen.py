#!/usr/bin/env python3
"""Blind evaluation dump G/us-telehealth: a US telehealth startup (English/Spanish).

Deterministic (seeded). Writes data/ and truth.json next to this script. Standard library only.
"""
import csv
import datetime as dt
import io
import json
import os
import random
import shutil
import uuid
from collections import defaultdict

SEED = 77002
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
        for p in (pid if isinstance(pid, (list, tuple)) else [pid]):
            mark(p, cat)
    return value


def text(fname, pid, cat):
    TEXT[fname].add(cat)
    if pid is not None:
        mark(pid, cat)


def rdate(a, b):
    return a + dt.timedelta(days=R.randint(0, max(0, (b - a).days)))


def rts(a, b):
    return a + dt.timedelta(seconds=R.randint(0, max(0, int((b - a).total_seconds()))))


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


# ---------------------------------------------------------------- identifiers
def ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mbi():
    c = [str(R.randint(1, 9)), R.choice(MBI_A), R.choice(MBI_AN), str(R.randint(0, 9)), R.choice(MBI_A),
         R.choice(MBI_AN), str(R.randint(0, 9)), R.choice(MBI_A), R.choice(MBI_A), str(R.randint(0, 9)),
         str(R.randint(0, 9))]
    return "".join(c)


def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def npi(first="1"):
    base = first + "%08d" % R.randint(0, 99999999)
    return base + luhn_digit("80840" + base)


def dea(last, kind="A"):
    d = [R.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return kind + last[0].upper() + "".join(map(str, d)) + str(chk)


def member_id(payer):
    if payer == "Aetna":
        return "W%09d" % R.randint(0, 999999999)
    if payer == "UnitedHealthcare":
        return "%09d" % R.randint(100000000, 999999999)
    if payer.startswith("Blue Cross"):
        return R.choice(["XOF", "ZGP", "TXR", "FLA"]) + "%09d" % R.randint(0, 999999999)
    if payer == "Cigna":
        return "U%08d01" % R.randint(0, 99999999)
    if payer == "Ambetter":
        return "U7%09d" % R.randint(0, 999999999)
    return "%09d" % R.randint(500000000, 799999999)  # state Medicaid


B64 = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def bcrypt_hash():
    return "$2a$11$" + "".join(R.choice(B64) for _ in range(53))


def totp_secret():
    return "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(32))


# ---------------------------------------------------------------- names / places
FM_EN = ["James", "Michael", "Robert", "David", "William", "Christopher", "Brandon", "Tyler", "Kevin", "Jason", "Marcus",
         "Andre", "Ethan", "Ryan", "Daniel"]
FF_EN = ["Jennifer", "Jessica", "Ashley", "Emily", "Sarah", "Amanda", "Brittany", "Megan", "Lauren", "Tiffany",
         "Keisha", "Olivia", "Hannah", "Rachel", "Linda"]
FM_ES = ["José", "Juan", "Luis", "Carlos", "Jorge", "Miguel", "Alejandro", "Francisco", "Jesús", "Ramón", "Héctor",
         "Javier", "Diego", "Mateo", "Santiago"]
FF_ES = ["María", "Guadalupe", "Ana", "Rosa", "Sofía", "Daniela", "Valeria", "Lucía", "Carmen", "Yesenia",
         "Maribel", "Alejandra", "Ximena", "Camila", "Leticia"]
LN_EN = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Thomas",
         "Moore", "Jackson", "White", "Harris", "Nguyen", "Kim", "Patel", "Robinson", "Walker", "Washington", "Coleman"]
LN_ES = ["García", "Rodríguez", "Martínez", "Hernández", "López", "González", "Pérez", "Sánchez", "Ramírez", "Torres",
         "Flores", "Rivera", "Gómez", "Díaz", "Reyes", "Cruz", "Morales", "Ortiz", "Gutiérrez", "Chávez", "Vargas",
         "Castillo", "Mendoza", "Ruiz"]
# city, state, zips, area codes, streets
METROS = [
    ("Miami", "FL", ["33125", "33135", "33142", "33145"], ["305", "786"], ["SW 8th St", "NW 7th St", "W Flagler St", "NW 27th Ave", "SW 22nd Ave"]),
    ("Hialeah", "FL", ["33010", "33012", "33016"], ["305", "786"], ["W 49th St", "E 4th Ave", "Palm Ave"]),
    ("Houston", "TX", ["77011", "77036", "77081", "77009"], ["713", "832", "281"], ["Navigation Blvd", "Bellaire Blvd", "Airline Dr", "Harrisburg Blvd"]),
    ("San Antonio", "TX", ["78207", "78228", "78237"], ["210", "726"], ["S Zarzamora St", "Culebra Rd", "W Commerce St", "Bandera Rd"]),
    ("El Paso", "TX", ["79901", "79905", "79912"], ["915"], ["E Yandell Dr", "Alameda Ave", "N Mesa St", "Montana Ave"]),
    ("Austin", "TX", ["78702", "78741", "78753"], ["512", "737"], ["E Cesar Chavez St", "Riverside Dr", "N Lamar Blvd", "E 7th St"]),
    ("Phoenix", "AZ", ["85006", "85033", "85009"], ["602", "480", "623"], ["W Indian School Rd", "N 35th Ave", "W McDowell Rd"]),
    ("San Diego", "CA", ["92113", "92105", "92154"], ["619", "858"], ["Logan Ave", "University Ave", "Imperial Ave", "El Cajon Blvd"]),
    ("Los Angeles", "CA", ["90033", "90022", "90011", "90026"], ["213", "323", "818"], ["E Cesar E Chavez Ave", "Whittier Blvd", "S Central Ave", "N Alvarado St"]),
    ("Chicago", "IL", ["60608", "60623", "60647"], ["773", "312"], ["W 26th St", "S Ashland Ave", "N Milwaukee Ave", "W Cermak Rd"]),
    ("Queens", "NY", ["11368", "11372", "11373"], ["718", "347"], ["Roosevelt Ave", "37th Ave", "Junction Blvd", "Corona Ave"]),
    ("Atlanta", "GA", ["30318", "30310", "30344"], ["404", "470"], ["Donald Lee Hollowell Pkwy", "Ralph David Abernathy Blvd", "Cleveland Ave"]),
]
STATE_PAYERS = {"FL": "Florida Medicaid", "TX": "Texas Medicaid", "AZ": "AHCCCS", "CA": "Medi-Cal", "IL": "Illinois Medicaid",
                "NY": "NY Medicaid", "GA": "Georgia Medicaid"}


def us_phone(codes, style=None):
    a = R.choice(codes)
    ex = "%d%02d" % (R.randint(2, 9), R.randint(0, 99))
    if ex[1:] == "55":
        ex = ex[0] + "56"
    ln = "%04d" % R.randint(0, 9999)
    style = R.randint(0, 3) if style is None else style
    return ["(%s) %s-%s" % (a, ex, ln), "%s-%s-%s" % (a, ex, ln), "+1%s%s%s" % (a, ex, ln), "%s.%s.%s" % (a, ex, ln)][style]


def fold(s):
    return s.lower().translate(str.maketrans("áéíóúñü", "aeiounu")).replace(" ", "")


def us_email(f, l):
    dom = R.choice(["gmail.com", "gmail.com", "gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com",
                    "aol.com", "att.net", "comcast.net"])
    pat = R.choice(["{f}.{l}", "{f}{l}", "{f0}{l}", "{f}.{l}{n}", "{f}{l}{n}", "{l}{f0}{n}"])
    return pat.format(f=fold(f), l=fold(l.split()[0]), f0=fold(f)[0], n=R.randint(1, 99)) + "@" + dom


T_END = dt.datetime(2024, 6, 30, 23, 0)

# ---------------------------------------------------------------- providers
SPECIALTIES = [("Family Medicine", "MD"), ("Internal Medicine", "MD"), ("Family Medicine", "DO"),
               ("Psychiatry", "MD"), ("Family Nurse Practitioner", "FNP-C"), ("Psychiatric NP", "PMHNP-BC"),
               ("Pediatrics", "MD"), ("Dermatology", "MD")]
providers = []
for i in range(14):
    sex = R.choice("MF")
    es = R.random() < 0.4
    f = R.choice((FM_ES if es else FM_EN) if sex == "M" else (FF_ES if es else FF_EN))
    l = R.choice(LN_ES if es else LN_EN)
    spec, cred = R.choice(SPECIALTIES)
    states = sorted(R.sample(["TX", "FL", "CA", "AZ", "IL", "NY", "GA"], R.randint(1, 4)))
    np_ = cred.endswith(("C", "BC"))
    providers.append(dict(pid="D%d" % i, id=i + 1, first=f, last=l, cred=cred, spec=spec, states=states,
                          npi=npi(), dea=dea(l, "M" if np_ else R.choice("ABF")),
                          lic="%s%s" % (states[0], R.choice(["", "-"])) + ("%s%06d" % (R.choice("KLMNPQR"), R.randint(0, 999999)) if not np_ else "APRN%07d" % R.randint(0, 9999999)),
                          email="%s.%s@clarocare.health" % (fold(f), fold(l)), phone=us_phone(["512", "737", "305"], 1),
                          role="medical_director" if i == 0 else "provider", pw=bcrypt_hash(), mfa=totp_secret(),
                          spanish=es or R.random() < 0.2,
                          created=rts(dt.datetime(2021, 2, 1), dt.datetime(2024, 1, 1))))

# ---------------------------------------------------------------- patients
patients = []
for i in range(172):
    es = R.random() < 0.55
    sex = R.choice("MF")
    f = R.choice((FM_ES if es else FM_EN) if sex == "M" else (FF_ES if es else FF_EN))
    l = R.choice(LN_ES if es else LN_EN)
    if es and R.random() < 0.25:
        l = "%s %s" % (l, R.choice(LN_ES))
    city, st, zips, codes, streets = R.choice(METROS)
    dob = rdate(dt.date(1938, 1, 1), dt.date(2005, 6, 1))
    age = (dt.date(2024, 6, 30) - dob).days // 365
    medicare = age >= 65 and R.random() < 0.85
    payer = None
    if medicare:
        payer = "Medicare"
    elif R.random() < 0.7:
        payer = R.choice(["Aetna", "UnitedHealthcare", "Blue Cross Blue Shield of Texas", "Cigna", "Ambetter",
                          STATE_PAYERS[st], STATE_PAYERS[st]])
    created = rts(dt.datetime(2021, 6, 1), dt.datetime(2024, 6, 1))
    patients.append(dict(
        pid="P%d" % i, id=10001 + i * 2 + R.randint(0, 1), ext=ruuid(), first=f, last=l, es=es, sex=sex,
        lang="es" if es and R.random() < 0.75 else "en", email=us_email(f, l), phone=us_phone(codes),
        dob=dob, addr="%d %s" % (R.randint(100, 9899), R.choice(streets)),
        addr2=R.choice([None, None, None, "Apt %d" % R.randint(1, 40), "Unit %s" % R.choice("ABCD")]),
        city=city, state=st, zip=R.choice(zips), codes=codes,
        ssn=ssn() if R.random() < 0.4 else None, mbi=mbi() if medicare else None,
        payer=payer if payer != "Medicare" else None,
        member=member_id(payer) if payer and payer != "Medicare" else None,
        group="%06d" % R.randint(0, 999999) if payer in ("Aetna", "UnitedHealthcare", "Cigna") or (payer or "").startswith("Blue") else None,
        stripe="cus_" + "".join(R.choice(ALNUM) for _ in range(14)),
        plan=R.choices(["pay_per_visit", "care_plus_monthly", "care_plus_annual", "employer_sponsored"], [45, 30, 10, 15])[0],
        pw=bcrypt_hash(), created=created, last_login=rts(max(created, dt.datetime(2024, 4, 1)), T_END),
        ips=["%d.%d.%d.%d" % (R.choice([73, 98, 24, 47, 68, 99, 107, 172, 174, 76]), R.randint(0, 255), R.randint(0, 255),
                              R.randint(1, 254)) for _ in range(R.randint(1, 3))],
        uas=R.sample([
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
            "ClaroCare/3.14.2 (iPhone15,3; iOS 17.5.1; Scale/3.00)",
            "ClaroCare/3.14.0 (Android 14; SM-S918U; Build/UP1A.231005.007)",
            "Mozilla/5.0 (Linux; Android 13; moto g stylus 5G (2023)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.165 Mobile Safari/537.36",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15"],
            R.randint(1, 2))))

# ---------------------------------------------------------------- visits and prescriptions
REASONS_EN = ["sore throat and fever", "UTI symptoms", "refill blood pressure meds", "anxiety follow-up", "rash on arm",
              "sinus infection", "pink eye", "back pain", "ADHD med management", "cough for 2 weeks", "allergies"]
REASONS_ES = ["dolor de garganta y fiebre", "infección urinaria", "renovar receta de presión", "seguimiento de ansiedad",
              "sarpullido en el brazo", "sinusitis", "conjuntivitis", "dolor de espalda", "tos desde hace 2 semanas",
              "alergias"]
DRUGS = [("Amoxicillin 500 mg capsule", "00093-3109-01", "Take 1 capsule by mouth 3 times daily for 10 days", "Tomar 1 cápsula por vía oral 3 veces al día por 10 días", 30),
         ("Nitrofurantoin monohydrate 100 mg capsule", "00591-3600-60", "Take 1 capsule twice daily for 5 days", "Tomar 1 cápsula dos veces al día por 5 días", 10),
         ("Lisinopril 10 mg tablet", "68180-0514-01", "Take 1 tablet by mouth once daily", "Tomar 1 tableta una vez al día", 90),
         ("Sertraline 50 mg tablet", "16729-0213-01", "Take 1 tablet daily", "Tomar 1 tableta al día", 30),
         ("Fluticasone 50 mcg nasal spray", "60505-0829-01", "2 sprays each nostril daily", "2 aplicaciones en cada fosa nasal al día", 1),
         ("Triamcinolone 0.1% cream", "51672-1271-03", "Apply thin layer twice daily", "Aplicar una capa delgada dos veces al día", 1),
         ("Benzonatate 100 mg capsule", "10135-0634-01", "Take 1 capsule 3 times daily as needed for cough", "Tomar 1 cápsula 3 veces al día si hay tos", 21),
         ("Cyclobenzaprine 10 mg tablet", "29300-0415-01", "Take 1 tablet at bedtime as needed", "Tomar 1 tableta al acostarse si es necesario", 15)]
PHARMACIES = [("4563217", "Walgreens #07321", "2750 SW 8th St", "Miami", "FL", "33135", "(305) 643-2217"),
              ("4829110", "CVS Pharmacy #8861", "4301 Navigation Blvd", "Houston", "TX", "77011", "(713) 921-4403"),
              ("4571029", "H-E-B Pharmacy #412", "2701 E 7th St", "Austin", "TX", "78702", "(512) 478-2310"),
              ("0398114", "Walgreens #11804", "7101 N 35th Ave", "Phoenix", "AZ", "85051", "(602) 973-1128"),
              ("0534287", "Farmacia Remedios", "2225 Logan Ave", "San Diego", "CA", "92113", "(619) 232-7780"),
              ("1487736", "CVS Pharmacy #9142", "2634 W 26th St", "Chicago", "IL", "60623", "(773) 277-4102"),
              ("3356021", "Rite Aid #4587", "84-01 37th Ave", "Jackson Heights", "NY", "11372", "(718) 457-3190"),
              ("4822019", "Walmart Pharmacy 10-1157", "5555 Walzem Rd", "San Antonio", "TX", "78218", "(210) 656-0431"),
              ("0563301", "CVS Pharmacy #9710", "4501 Whittier Blvd", "Los Angeles", "CA", "90022", "(323) 264-1930"),
              ("1123004", "Publix Pharmacy #1390", "1801 W 49th St", "Hialeah", "FL", "33012", "(305) 823-6110"),
              ("4527783", "Walgreens #06012", "3101 Alameda Ave", "El Paso", "TX", "79905", "(915) 533-0971"),
              ("1133879", "Kroger Pharmacy #431", "1700 Donald Lee Hollowell Pkwy", "Atlanta", "GA", "30318", "(404) 799-1215")]
visits, rxs = [], []
vid, rxid = 880000, 41000
for p in patients:
    n = R.choices([0, 1, 2, 3, 5, 8], [8, 30, 25, 17, 12, 8])[0]
    elig = [d for d in providers if p["state"] in d["states"]] or providers[:3]
    if p["lang"] == "es":
        elig = [d for d in elig if d["spanish"]] or elig
    for _ in range(n):
        sched = rts(max(p["created"], dt.datetime(2023, 1, 1)), dt.datetime(2024, 7, 20))
        sched = sched.replace(minute=R.choice([0, 15, 30, 45]), second=0)
        d = R.choice(elig)
        future = sched > T_END
        status = "scheduled" if future else R.choices(["completed", "no_show", "cancelled"], [86, 7, 7])[0]
        started = ended = ip = ua = None
        if status == "completed":
            started = sched + dt.timedelta(seconds=R.randint(-120, 900))
            ended = started + dt.timedelta(seconds=R.randint(240, 1800))
            ip, ua = R.choice(p["ips"]), R.choice(p["uas"])
        vid += R.randint(1, 9)
        v = dict(id=vid, p=p, d=d, sched=sched, started=started, ended=ended, status=status,
                 type=R.choice(["video", "video", "video", "audio", "async"]),
                 reason=R.choice(REASONS_ES if p["lang"] == "es" else REASONS_EN), ip=ip, ua=ua,
                 room="RM" + "%032x" % R.getrandbits(128) if started else None,
                 cpt=R.choice(["99212", "99213", "99214", "99442", "99443"]) if started else None,
                 icd=R.choice(["J02.9", "N39.0", "I10", "F41.1", "L30.9", "J01.90", "H10.9", "M54.50", "F90.0", "R05.9", "J30.9"]) if started else None,
                 copay=R.choice([0, 0, 2500, 3900, 4900, 7900]) if started else None)
        visits.append(v)
        if status == "completed" and R.random() < 0.65:
            for _ in range(R.choice([1, 1, 2])):
                drug = R.choice(DRUGS)
                rxid += R.randint(1, 5)
                ph = R.choice([x for x in PHARMACIES if x[4] == p["state"]] or PHARMACIES)
                rxs.append(dict(id=rxid, v=v, drug=drug, sig=drug[3] if p["lang"] == "es" else drug[2],
                                qty=drug[4], refills=R.choice([0, 0, 1, 2, 5]), ncpdp=ph[0], msg=ruuid(),
                                at=ended - dt.timedelta(seconds=R.randint(0, 200))))
visits.sort(key=lambda v: v["id"])

# leads from the Spanish outreach campaign who never became patients
leads = []
for i in range(22):
    sex = R.choice("MF")
    f = R.choice(FM_ES if sex == "M" else FF_ES)
    l = R.choice(LN_ES)
    city, st, zips, codes, _ = R.choice(METROS)
    leads.append(dict(pid="L%d" % i, first=f, last=l, email=us_email(f, l) if R.random() < 0.8 else None,
                      phone=us_phone(codes), zip=R.choice(zips), state=st,
                      dob=rdate(dt.date(1950, 1, 1), dt.date(2004, 1, 1)) if R.random() < 0.4 else None))

# ---------------------------------------------------------------- telehealth.sql (mysqldump)
F_SQL = "telehealth.sql"


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, dt.datetime):
        return "'%s'" % v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, dt.date):
        return "'%s'" % v.isoformat()
    return "'%s'" % str(v).replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n")


out = io.StringIO()
w = out.write
w("""-- MySQL dump 10.13  Distrib 8.0.35, for Linux (x86_64)
--
-- Host: clarocare-prod.cluster-c8xk2p1q.us-east-1.rds.amazonaws.com    Database: clarocare
-- ------------------------------------------------------
-- Server version	8.0.35

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
SET @MYSQLDUMP_TEMP_LOG_BIN = @@SESSION.SQL_LOG_BIN;
SET @@SESSION.SQL_LOG_BIN= 0;
""")


def table(name, ddl, rows, auto):
    w("\n--\n-- Table structure for table `%s`\n--\n\nDROP TABLE IF EXISTS `%s`;\n" % (name, name))
    w("/*!40101 SET @saved_cs_client     = @@character_set_client */;\n/*!50503 SET character_set_client = utf8mb4 */;\n")
    w("CREATE TABLE `%s` (\n%s\n) ENGINE=InnoDB AUTO_INCREMENT=%d DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;\n"
      % (name, ddl, auto))
    w("/*!40101 SET character_set_client = @saved_cs_client */;\n\n--\n-- Dumping data for table `%s`\n--\n\n" % name)
    w("LOCK TABLES `%s` WRITE;\n/*!40000 ALTER TABLE `%s` DISABLE KEYS */;\n" % (name, name))
    for i in range(0, len(rows), 50):
        w("INSERT INTO `%s` VALUES %s;\n" % (name, ",".join("(" + ",".join(q(v) for v in r) + ")" for r in rows[i:i + 50])))
    w("/*!40000 ALTER TABLE `%s` ENABLE KEYS */;\nUNLOCK TABLES;\n" % name)


rows = []
for d in providers:
    p = d["pid"]
    rows.append([d["id"], d["npi"],
                 put(F_SQL, "providers.first_name", p, "name", d["first"]),
                 put(F_SQL, "providers.last_name", p, "name", d["last"]),
                 d["cred"], d["spec"],
                 put(F_SQL, "providers.email", p, "email", d["email"]),
                 put(F_SQL, "providers.mobile_phone", p, "phone", d["phone"]),
                 ",".join(d["states"]), d["lic"], d["dea"],
                 put(F_SQL, "providers.role", p, "account_type", d["role"]),
                 put(F_SQL, "providers.password_hash", p, "password", d["pw"]),
                 put(F_SQL, "providers.mfa_totp_secret", p, "secret", d["mfa"]),
                 d["spanish"],
                 put(F_SQL, "providers.created_at", p, "activity", d["created"])])
table("providers", """  `id` int NOT NULL AUTO_INCREMENT,
  `npi` char(10) NOT NULL,
  `first_name` varchar(80) NOT NULL,
  `last_name` varchar(80) NOT NULL,
  `credential` varchar(16) NOT NULL,
  `specialty` varchar(80) NOT NULL,
  `email` varchar(255) NOT NULL,
  `mobile_phone` varchar(20) DEFAULT NULL,
  `licensed_states` varchar(64) NOT NULL,
  `primary_license_number` varchar(20) DEFAULT NULL,
  `dea_number` char(9) DEFAULT NULL,
  `role` enum('provider','medical_director','admin') NOT NULL DEFAULT 'provider',
  `password_hash` varchar(60) NOT NULL,
  `mfa_totp_secret` varchar(64) DEFAULT NULL,
  `speaks_spanish` tinyint(1) NOT NULL DEFAULT '0',
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_npi` (`npi`)""", rows, len(providers) + 1)

rows = []
for pt in patients:
    p = pt["pid"]
    T = "patients."
    rows.append([pt["id"], pt["ext"],
                 put(F_SQL, T + "first_name", p, "name", pt["first"]),
                 put(F_SQL, T + "last_name", p, "name", pt["last"]),
                 pt["lang"],
                 put(F_SQL, T + "email", p, "email", pt["email"]),
                 put(F_SQL, T + "phone", p, "phone", pt["phone"]),
                 put(F_SQL, T + "date_of_birth", p, "date_of_birth", pt["dob"]),
                 pt["sex"],
                 put(F_SQL, T + "address_line1", p, "location", pt["addr"]),
                 put(F_SQL, T + "address_line2", p, "location", pt["addr2"]),
                 put(F_SQL, T + "city", p, "location", pt["city"]),
                 put(F_SQL, T + "state", p, "location", pt["state"]),
                 put(F_SQL, T + "zip", p, "location", pt["zip"]),
                 put(F_SQL, T + "ssn", p, "government_id", pt["ssn"]),
                 put(F_SQL, T + "medicare_mbi", p, "government_id", pt["mbi"]),
                 pt["payer"] or ("Medicare" if pt["mbi"] else None),
                 put(F_SQL, T + "insurance_member_id", p, "government_id", pt["member"]),
                 pt["group"], pt["stripe"],
                 put(F_SQL, T + "plan", p, "account_type", pt["plan"]),
                 put(F_SQL, T + "password_hash", p, "password", pt["pw"]),
                 put(F_SQL, T + "created_at", p, "activity", pt["created"]),
                 put(F_SQL, T + "last_login_at", p, "activity", pt["last_login"]),
                 put(F_SQL, T + "last_login_ip", p, "ip_address", pt["ips"][0]),
                 R.random() < 0.4])
table("patients", """  `id` int NOT NULL AUTO_INCREMENT,
  `external_id` char(36) NOT NULL,
  `first_name` varchar(80) NOT NULL,
  `last_name` varchar(80) NOT NULL,
  `preferred_language` char(2) NOT NULL DEFAULT 'en',
  `email` varchar(255) NOT NULL,
  `phone` varchar(20) DEFAULT NULL,
  `date_of_birth` date NOT NULL,
  `sex_at_birth` char(1) DEFAULT NULL,
  `address_line1` varchar(120) DEFAULT NULL,
  `address_line2` varchar(60) DEFAULT NULL,
  `city` varchar(60) DEFAULT NULL,
  `state` char(2) DEFAULT NULL,
  `zip` varchar(10) DEFAULT NULL,
  `ssn` char(11) DEFAULT NULL,
  `medicare_mbi` char(11) DEFAULT NULL,
  `insurance_payer` varchar(80) DEFAULT NULL,
  `insurance_member_id` varchar(20) DEFAULT NULL,
  `insurance_group_number` varchar(20) DEFAULT NULL,
  `stripe_customer_id` varchar(32) DEFAULT NULL,
  `plan` varchar(32) NOT NULL DEFAULT 'pay_per_visit',
  `password_hash` varchar(60) NOT NULL,
  `created_at` datetime NOT NULL,
  `last_login_at` datetime DEFAULT NULL,
  `last_login_ip` varchar(45) DEFAULT NULL,
  `sms_opt_in` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_external` (`external_id`),
  UNIQUE KEY `uq_email` (`email`)""", rows, patients[-1]["id"] + 1)

rows = []
for v in visits:
    both = [v["p"]["pid"], v["d"]["pid"]]
    pp = v["p"]["pid"]
    rows.append([v["id"], v["p"]["id"], v["d"]["id"],
                 put(F_SQL, "visits.scheduled_at", both, "activity", v["sched"]),
                 put(F_SQL, "visits.started_at", both, "activity", v["started"]),
                 put(F_SQL, "visits.ended_at", both, "activity", v["ended"]),
                 v["type"], v["status"], v["reason"],
                 put(F_SQL, "visits.patient_ip", pp, "ip_address", v["ip"]),
                 put(F_SQL, "visits.patient_user_agent", pp, "device", v["ua"]),
                 v["room"], v["cpt"], v["icd"], v["copay"]])
table("visits", """  `id` bigint NOT NULL AUTO_INCREMENT,
  `patient_id` int NOT NULL,
  `provider_id` int NOT NULL,
  `scheduled_at` datetime NOT NULL,
  `started_at` datetime DEFAULT NULL,
  `ended_at` datetime DEFAULT NULL,
  `visit_type` enum('video','audio','async') NOT NULL,
  `status` varchar(16) NOT NULL,
  `reason_for_visit` varchar(255) DEFAULT NULL,
  `patient_ip` varchar(45) DEFAULT NULL,
  `patient_user_agent` varchar(255) DEFAULT NULL,
  `video_room_sid` char(34) DEFAULT NULL,
  `cpt_code` char(5) DEFAULT NULL,
  `icd10_code` varchar(8) DEFAULT NULL,
  `copay_cents` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_patient` (`patient_id`),
  KEY `idx_provider_sched` (`provider_id`,`scheduled_at`),
  CONSTRAINT `fk_visits_patient` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`),
  CONSTRAINT `fk_visits_provider` FOREIGN KEY (`provider_id`) REFERENCES `providers` (`id`)""", rows, vid + 1)

rows = []
for rx in rxs:
    v = rx["v"]
    rows.append([rx["id"], v["id"], v["p"]["id"], v["d"]["id"], rx["drug"][0], rx["drug"][1].replace("-", ""),
                 rx["sig"], rx["qty"], rx["refills"], rx["ncpdp"], rx["msg"],
                 put(F_SQL, "prescriptions.prescribed_at", [v["p"]["pid"], v["d"]["pid"]], "activity", rx["at"]),
                 R.choice(["sent", "sent", "sent", "filled", "error"])])
table("prescriptions", """  `id` bigint NOT NULL AUTO_INCREMENT,
  `visit_id` bigint NOT NULL,
  `patient_id` int NOT NULL,
  `provider_id` int NOT NULL,
  `drug_description` varchar(160) NOT NULL,
  `ndc` char(11) NOT NULL,
  `sig` varchar(255) NOT NULL,
  `quantity` int NOT NULL,
  `refills` tinyint NOT NULL DEFAULT '0',
  `pharmacy_ncpdp` char(7) NOT NULL,
  `erx_message_id` char(36) NOT NULL,
  `prescribed_at` datetime NOT NULL,
  `erx_status` varchar(12) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_visit` (`visit_id`),
  CONSTRAINT `fk_rx_visit` FOREIGN KEY (`visit_id`) REFERENCES `visits` (`id`)""", rows, rxid + 1)
w("""SET @@SESSION.SQL_LOG_BIN = @MYSQLDUMP_TEMP_LOG_BIN;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;
/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2024-07-01  6:00:41
""")

# ---------------------------------------------------------------- app.log
F_LOG = "app.log"
logs = []


def lg(ts, lvl, comp, msg):
    logs.append((ts, "%s.%03dZ %-5s [%s] %s" % (ts.strftime("%Y-%m-%dT%H:%M:%S"), R.randint(0, 999), lvl, comp, msg)))


def rid():
    return "%016x" % R.getrandbits(64)


L0 = dt.datetime(2024, 6, 1)
for p in patients:
    pid = p["pid"]
    for _ in range(R.randint(0, 7)):
        ts = rts(L0, T_END)
        ip, ua = R.choice(p["ips"]), R.choice(p["uas"])
        if R.random() < 0.07:
            lg(ts - dt.timedelta(seconds=25), "WARN", "api-%s" % rid()[:4],
               'auth.login.failure user=%s ip=%s reason=bad_password attempts=%d request_id=%s' % (p["email"], ip, R.randint(1, 4), rid()))
        lg(ts, "INFO", "api-%s" % rid()[:4], 'auth.login.success user=%s patient_id=%d ip=%s ua="%s" request_id=%s'
           % (p["email"], p["id"], ip, ua, rid()))
        for c in ("email", "ip_address", "device", "activity"):
            text(F_LOG, pid, c)
        if R.random() < 0.04:
            lg(ts + dt.timedelta(milliseconds=40), "DEBUG", "api-%s" % rid()[:4],
               'http.request POST /v2/auth/token status=200 headers={"authorization":"Bearer eyJhbGciOiJSUzI1NiJ9.%s.%s"} request_id=%s'
               % ("".join(R.choice(ALNUM) for _ in range(60)), "".join(R.choice(ALNUM + "-_") for _ in range(86)), rid()))
            text(F_LOG, pid, "secret")
    if R.random() < 0.08:
        lg(rts(L0, T_END), "INFO", "api-%s" % rid()[:4], "password.reset.requested email=%s ip=%s" % (p["email"], R.choice(p["ips"])))
for v in visits:
    if not (L0 <= v["sched"] <= T_END + dt.timedelta(days=20)):
        continue
    p = v["p"]
    pid = p["pid"]
    if R.random() < 0.6 and p["phone"]:
        lg(v["sched"] - dt.timedelta(hours=1), "INFO", "worker-notify",
           "notify.sms.sent template=visit_reminder_%s visit_id=%d to=%s provider=twilio sid=SM%032x"
           % (p["lang"], v["id"], p["phone"], R.getrandbits(128)))
        text(F_LOG, pid, "phone")
    if v["started"]:
        lg(v["started"], "INFO", "video", "visit.joined visit_id=%d patient_id=%d provider_id=%d room=%s ip=%s"
           % (v["id"], p["id"], v["d"]["id"], v["room"], v["ip"]))
        text(F_LOG, pid, "ip_address")
        text(F_LOG, pid, "activity")
        lg(v["ended"], "INFO", "video", "visit.ended visit_id=%d duration_s=%d"
           % (v["id"], int((v["ended"] - v["started"]).total_seconds())))
    if v["status"] == "no_show":
        lg(v["sched"] + dt.timedelta(minutes=15), "WARN", "scheduler", "visit.no_show visit_id=%d patient_id=%d" % (v["id"], p["id"]))
    if p["member"] and R.random() < 0.15:
        lg(v["sched"] - dt.timedelta(days=1), "ERROR", "worker-eligibility",
           "eligibility.check.failed payer=\"%s\" member_id=%s dob=%s error=AAA-75 subscriber_not_found"
           % (p["payer"], p["member"], p["dob"].isoformat()))
        text(F_LOG, pid, "government_id")
        text(F_LOG, pid, "date_of_birth")
for d in providers:
    for _ in range(R.randint(10, 30)):
        ts = rts(L0, T_END)
        ip = "%d.%d.%d.%d" % (R.choice([70, 99, 172]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        lg(ts, "INFO", "api-%s" % rid()[:4], "provider.login.success user=%s provider_id=%d mfa=totp ip=%s" % (d["email"], d["id"], ip))
        for c in ("email", "ip_address", "activity"):
            text(F_LOG, d["pid"], c)
for _ in range(3000):
    ts = rts(L0, T_END)
    r = R.random()
    if r < 0.5:
        lg(ts, "INFO", "api-%s" % rid()[:4], "http.request GET /healthz status=200 duration_ms=%d" % R.randint(1, 9))
    elif r < 0.7:
        lg(ts, "INFO", "worker-erx", "erx.status.poll batch=%d pending=%d" % (R.randint(1000, 9999), R.randint(0, 40)))
    elif r < 0.85:
        lg(ts, "DEBUG", "db", "pool.stats active=%d idle=%d waiting=0" % (R.randint(1, 20), R.randint(0, 10)))
    else:
        lg(ts, "WARN", "api-%s" % rid()[:4], "ratelimit.exceeded route=/v2/auth/login ip=%d.%d.%d.%d bucket=anon"
           % (R.choice([45, 185, 193]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)))
logs.sort(key=lambda x: x[0])

# ---------------------------------------------------------------- config.yaml
F_YAML = "config.yaml"
md = providers[0]
ONCALL = [("Dana", "Whitfield", "SRE lead", ["512", "737"]), ("Luis", "Ortega", "Backend engineer", ["512"]),
          ("Keisha", "Coleman", "Head of Patient Support", ["305"])]
oncall = []
for f, l, role, codes in ONCALL:
    oncall.append(dict(pid="O_%s" % l, name="%s %s" % (f, l), email="%s.%s@clarocare.health" % (f.lower(), l.lower()),
                       phone=us_phone(codes, 1), role=role))
yaml_lines = ["# clarocare-api production config (rendered by helm, do not commit)",
              "app:", "  name: clarocare-api", "  env: production", "  base_url: https://api.clarocare.health",
              "  default_locale: en-US", "  supported_locales: [en-US, es-US]",
              "database:", "  host: clarocare-prod.cluster-c8xk2p1q.us-east-1.rds.amazonaws.com", "  port: 3306",
              "  name: clarocare", "  user: clarocare_api", '  password: "q7V#mW2r!Lx9TzP4"',
              "redis:", '  url: "rediss://default:Hk29fLq7Vw3ZpX8m@clarocare-cache.abc123.use1.cache.amazonaws.com:6379"',
              "video:", "  provider: twilio", "  account_sid: AC3f9e1b7d2c8a4e6f0b5d9c1a7e3f2b8d",
              "  api_key_sid: SK8d2f6b1e9c3a7d5f0e4b8c2a6d1f9e3b", '  api_key_secret: "Yt7mQ2xV9kLp4RwZ8nB3cF6hJ1sD5gA0"',
              "payments:", '  stripe_secret_key: "sk_live_51OcLaRoCaReX9kP2mQ7vT4wZ8nB3cF6hJ1sD5gA0yU2iE7rW9"',
              '  stripe_webhook_secret: "whsec_4Kp9Xm2QvT7wZ1nB8cF3hJ6sD0gA5yU2"',
              "erx:", "  vendor: dosespot", "  clinic_id: 128874", '  clinic_key: "QZ3n8Vw1Kp6Tx2Lm9Rb4Yc7Hf0Js5Gd"',
              "jwt:", "  issuer: https://auth.clarocare.health", '  signing_key_pem: "/etc/clarocare/keys/jwt-rs256.pem"',
              "  access_ttl_minutes: 15",
              "compliance:", "  hipaa_audit_log: s3://clarocare-audit-prod/", "  phi_retention_years: 7",
              "  medical_director:",
              "    name: \"Dr. %s %s, %s\"" % (md["first"], md["last"], md["cred"]),
              "    email: %s" % md["email"],
              "    npi: \"%s\"" % md["npi"],
              "oncall:", "  pagerduty_routing_key: \"R02D8E7Q1WZ4XK6PMN3VB5T9YC\"", "  escalation:"]
put(F_YAML, "compliance.medical_director.name", md["pid"], "name", "x")
put(F_YAML, "compliance.medical_director.email", md["pid"], "email", "x")
for o in oncall:
    yaml_lines += ["    - name: %s" % o["name"], "      role: %s" % o["role"],
                   "      email: %s" % o["email"], '      phone: "%s"' % o["phone"]]
    put(F_YAML, "oncall.escalation.name", o["pid"], "name", "x")
    put(F_YAML, "oncall.escalation.email", o["pid"], "email", "x")
    put(F_YAML, "oncall.escalation.phone", o["pid"], "phone", "x")
for k in ["database.password", "redis.url", "video.api_key_secret", "payments.stripe_secret_key",
          "payments.stripe_webhook_secret", "erx.clinic_key", "oncall.pagerduty_routing_key"]:
    put(F_YAML, k, None, "secret", "x")

# ---------------------------------------------------------------- outreach_es.csv (CRM export, Spanish headers)
F_OUT = "outreach_es.csv"
orows = []
last_visit = {}
for v in visits:
    if v["ended"]:
        last_visit[v["p"]["pid"]] = max(last_visit.get(v["p"]["pid"], v["ended"]), v["ended"])
for p in patients:
    if p["lang"] != "es":
        continue
    pid = p["pid"]
    lv = last_visit.get(pid)
    orows.append([put(F_OUT, "Nombre", pid, "name", p["first"]), put(F_OUT, "Apellido(s)", pid, "name", p["last"]),
                  put(F_OUT, "Correo electrónico", pid, "email", p["email"]),
                  put(F_OUT, "Teléfono", pid, "phone", p["phone"]), "Español",
                  put(F_OUT, "Fecha de nacimiento", pid, "date_of_birth", p["dob"].strftime("%m/%d/%Y")),
                  put(F_OUT, "Código postal", pid, "location", p["zip"]), put(F_OUT, "Estado", pid, "location", p["state"]),
                  put(F_OUT, "Última visita", pid, "activity", lv.strftime("%m/%d/%Y") if lv else ""),
                  "Paciente", "Verano Sano 2024", R.choice(["Enviado", "Abierto", "Clic", "Rebotado"])])
for l in leads:
    pid = l["pid"]
    orows.append([put(F_OUT, "Nombre", pid, "name", l["first"]), put(F_OUT, "Apellido(s)", pid, "name", l["last"]),
                  put(F_OUT, "Correo electrónico", pid, "email", l["email"]),
                  put(F_OUT, "Teléfono", pid, "phone", l["phone"]), "Español",
                  put(F_OUT, "Fecha de nacimiento", pid, "date_of_birth", l["dob"].strftime("%m/%d/%Y") if l["dob"] else ""),
                  put(F_OUT, "Código postal", pid, "location", l["zip"]), put(F_OUT, "Estado", pid, "location", l["state"]), "", "Prospecto",
                  "Verano Sano 2024", R.choice(["Enviado", "Abierto", "Sin enviar"])])
R.shuffle(orows)

# ---------------------------------------------------------------- write
if os.path.isdir(DATA):
    shutil.rmtree(DATA)
os.makedirs(DATA)
with open(os.path.join(DATA, F_SQL), "w", encoding="utf-8") as f:
    f.write(out.getvalue())
with open(os.path.join(DATA, F_LOG), "w", encoding="utf-8") as f:
    for _, ln in logs:
        f.write(ln + "\n")
with open(os.path.join(DATA, F_YAML), "w", encoding="utf-8") as f:
    f.write("\n".join(yaml_lines) + "\n")
with open(os.path.join(DATA, F_OUT), "w", encoding="utf-8", newline="") as f:
    cw = csv.writer(f, lineterminator="\r\n")
    cw.writerow(["Nombre", "Apellido(s)", "Correo electrónico", "Teléfono", "Idioma", "Fecha de nacimiento",
                 "Código postal", "Estado", "Última visita", "Tipo", "Campaña", "Estado del envío"])
    cw.writerows(orows)
F_PH = "pharmacies.csv"
with open(os.path.join(DATA, F_PH), "w", encoding="utf-8", newline="") as f:
    cw = csv.writer(f, lineterminator="\n")
    cw.writerow(["ncpdp_id", "npi", "store_name", "address", "city", "state", "zip", "phone", "fax", "accepts_erx", "is_24h"])
    for ph in PHARMACIES:
        cw.writerow([ph[0], npi("1"), ph[1], ph[2], ph[3], ph[4], ph[5], ph[6],
                     ph[6][:-4] + "%04d" % R.randint(0, 9999), "Y", R.choice(["Y", "N", "N"])])


# ---------------------------------------------------------------- truth
def TEXT_CATS():
    cats = set()
    for v in TEXT.values():
        cats |= set(v)
    for flds in FIELDS.values():
        for c in flds.values():
            cats |= {c} if isinstance(c, str) else set(c)
    return cats


truth = {
    "brief": ("'ClaroCare', a US telehealth startup serving English- and Spanish-speaking patients. MySQL dump of the "
              "production database (providers with NPI/DEA/licence numbers and TOTP seeds; patients with SSNs, Medicare "
              "MBIs and insurance member ids; visits referencing patient_id and provider_id; prescriptions with NDC "
              "codes and pharmacy NCPDP ids), the API/worker application log (logins with user emails and IPs, SMS "
              "reminders with phones, eligibility failures with member ids, a few leaked bearer tokens), the rendered "
              "config.yaml (service secrets, medical director and on-call contacts), a Spanish-language outreach CRM "
              "export (patients and prospects) and a pharmacy directory (control). Languages: English, Spanish."),
    "people": len(PEOPLE),
    "people_by_category": {k: len(BYCAT.get(k, ())) for k in sorted(set(BYCAT) | TEXT_CATS())},
    "fields": {k: dict(sorted(v.items())) for k, v in FIELDS.items()},
    "text": {k: sorted(v) for k, v in TEXT.items()},
    "controls": [F_PH],
    "ambiguous": {F_SQL: ["providers.npi", "providers.dea_number", "providers.primary_license_number"],
                  F_YAML: ["compliance.medical_director.npi"]},
    "lookalikes": {
        F_OUT: {"Estado del envío": "campaign delivery status", "Campaña": "campaign name", "Tipo": "patient/prospect"},
        F_SQL: {"prescriptions.ndc": "11-digit National Drug Codes", "prescriptions.pharmacy_ncpdp": "7-digit pharmacy ids",
                "prescriptions.erx_message_id": "UUIDs", "patients.external_id": "UUIDs",
                "patients.stripe_customer_id": "Stripe customer ids (cus_...), not secrets",
                "patients.insurance_group_number": "employer plan group numbers",
                "visits.video_room_sid": "Twilio room SIDs (RM + 32 hex)", "visits.cpt_code": "CPT codes",
                "visits.icd10_code": "ICD-10 codes", "visits.copay_cents": "amounts",
                "patients.insurance_payer": "payer names", "providers.licensed_states": "state codes of licensure"},
        F_PH: {"npi": "organisation (type 2-like) NPIs of pharmacies, Luhn-valid", "ncpdp_id": "pharmacy ids",
               "phone": "pharmacy phones", "fax": "pharmacy fax numbers"},
        F_LOG: {"(lines)": "request ids, Twilio message SIDs, visit/patient numeric ids, health checks, rate-limit lines with bot IPs"},
    },
    "notes": (
        "people = %d patients + %d providers + %d Spanish-campaign prospects (only in outreach_es.csv) + %d on-call "
        "staff (only in config.yaml). Visit and prescription timestamps are counted as activity of both the patient "
        "and the provider. NPI (Luhn with 80840 prefix), DEA (checksum) and state licence numbers of providers are "
        "public professional identifiers: ambiguous, not counted as government_id. SSN/MBI/insurance member ids are "
        "government_id (health-insurance numbers). providers.mfa_totp_secret is a person's secret. app.log: patient "
        "logins (email, IP, user agent), password resets, SMS reminders (phone), visit joins (IP), eligibility failures "
        "(member id + DOB), a few DEBUG lines with bearer tokens (secret of that patient), provider logins (email, IP); "
        "rate-limit lines from anonymous/bot IPs are not counted. config.yaml is listed under fields with dotted key "
        "paths (list indices dropped): service secrets have no person; the medical director is provider #1." % (
            len(patients), len(providers), len(leads), len(oncall))),
}
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=2)
print(json.dumps({"people": truth["people"], "by_cat": truth["people_by_category"]}, ensure_ascii=False))
