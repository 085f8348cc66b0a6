#!/usr/bin/env python3
"""Blind evaluation dump D/ng-fintech: production export of OwoPay, a Nigerian mobile-money
start-up (Laravel backend).  Writes data/ and truth.json.  Seeded, stdlib only."""
import json, os, random, string, hashlib, base64, uuid, datetime as dt
from collections import defaultdict

SEED = 234_0803
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "data")
os.makedirs(OUT, exist_ok=True)
WAT = dt.timezone(dt.timedelta(hours=1))

PEOPLE = defaultdict(set)
def mark(pid, *cats): PEOPLE[pid].update(cats)
fields = defaultdict(dict)
def F(path, field, cat): fields[path][field] = cat

def digits(n): return "".join(rng.choice(string.digits) for _ in range(n))
def rdt(a, b):
    a, b = dt.datetime.fromisoformat(a), dt.datetime.fromisoformat(b)
    return a + dt.timedelta(seconds=rng.randint(0, int((b - a).total_seconds())))
def rdate(a, b):
    a, b = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))
NUBAN_W = [3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3]
def nuban(bank3):
    serial = digits(9)
    s = sum(int(c) * w for c, w in zip(bank3 + serial, NUBAN_W))
    return serial + str((10 - s % 10) % 10)
def nuban_ok(bank3, acct):
    s = sum(int(c) * w for c, w in zip(bank3 + acct[:9], NUBAN_W))
    return str((10 - s % 10) % 10) == acct[9]
BC = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
def bcrypt_like(cost=12): return f"$2y${cost}$" + "".join(rng.choice(BC) for _ in range(53))
def sq(v):
    if v is None: return "NULL"
    if isinstance(v, bool): return "1" if v else "0"
    if isinstance(v, int): return str(v)
    if isinstance(v, float): return repr(v)
    if isinstance(v, dt.datetime): return "'" + v.strftime("%Y-%m-%d %H:%M:%S") + "'"
    if isinstance(v, dt.date): return "'" + v.isoformat() + "'"
    return "'" + str(v).replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'"

# --------------------------------------------------------------- pools
GROUPS = {
    "yoruba": dict(m=["Adebayo", "Oluwaseun", "Babatunde", "Adewale", "Olamide", "Tunde", "Kehinde", "Ayodele", "Segun", "Femi"],
                   f=["Funmilayo", "Yetunde", "Bukola", "Damilola", "Temitope", "Adeola", "Folake", "Titilayo", "Omolara", "Kemi"],
                   s=["Adeyemi", "Ogunleye", "Balogun", "Adebayo", "Ogunbiyi", "Olawale", "Afolabi", "Oyelaran", "Bakare", "Adesanya", "Akinola"]),
    "igbo": dict(m=["Chinedu", "Ifeanyi", "Obinna", "Emeka", "Uchenna", "Ebuka", "Chukwuemeka", "Kelechi", "Nnamdi", "Tobenna"],
                 f=["Chiamaka", "Ngozi", "Nneka", "Chidinma", "Adaeze", "Ifeoma", "Amarachi", "Ogechi", "Uju", "Nkechi"],
                 s=["Okafor", "Okonkwo", "Eze", "Nwosu", "Obi", "Onyeka", "Chukwu", "Nwachukwu", "Okeke", "Anozie", "Umeh"]),
    "hausa": dict(m=["Abubakar", "Ibrahim", "Musa", "Aminu", "Usman", "Sani", "Yakubu", "Bashir", "Nasiru"],
                  f=["Fatima", "Aisha", "Zainab", "Hadiza", "Maryam", "Hauwa", "Amina", "Rukayya"],
                  s=["Bello", "Abdullahi", "Yusuf", "Suleiman", "Garba", "Danjuma", "Lawal", "Aliyu", "Shehu"]),
    "other": dict(m=["Emmanuel", "Samuel", "Daniel", "Godwin", "Victor", "Michael", "Joseph", "Efosa"],
                  f=["Blessing", "Precious", "Grace", "Joy", "Esther", "Mercy", "Favour", "Osas"],
                  s=["Etim", "Bassey", "Okon", "Edet", "Osagie", "Igbinedion", "Ekanem", "Akpan", "Ogbeide"]),
}
ADDR = [("Lagos", "Eti-Osa", "Lekki", ["Admiralty Way, Lekki Phase 1", "Fola Osibo Road, Lekki Phase 1", "Adeola Odeku Street, Victoria Island", "Ajose Adeogun Street, Victoria Island"]),
        ("Lagos", "Ikeja", "Ikeja", ["Allen Avenue", "Opebi Road", "Obafemi Awolowo Way", "Toyin Street"]),
        ("Lagos", "Lagos Mainland", "Yaba", ["Herbert Macaulay Way", "Commercial Avenue", "Borno Way"]),
        ("Lagos", "Surulere", "Surulere", ["Adeniran Ogunsanya Street", "Bode Thomas Street"]),
        ("FCT", "Abuja Municipal", "Wuse II", ["Aminu Kano Crescent", "Adetokunbo Ademola Crescent", "Ademola Adetokunbo Crescent"]),
        ("FCT", "Abuja Municipal", "Garki", ["Ahmadu Bello Way", "Tafawa Balewa Way"]),
        ("Rivers", "Obio/Akpor", "Port Harcourt", ["Aba Road", "Rumuola Road", "Ikwerre Road"]),
        ("Oyo", "Ibadan North", "Ibadan", ["Ring Road", "Bodija Market Road", "Oyo Road"]),
        ("Kano", "Tarauni", "Kano", ["Zoo Road", "Maiduguri Road"]),
        ("Enugu", "Enugu North", "Enugu", ["Ogui Road", "Zik Avenue", "Okpara Avenue"]),
        ("Anambra", "Onitsha North", "Onitsha", ["New Market Road", "Old Market Road"])]
PREF = ["803", "806", "813", "816", "703", "706", "810", "814", "903", "906", "805", "807", "815", "811", "905", "802", "808", "812", "701", "902", "809", "817", "818", "909"]
BANKS = [("044", "Access Bank"), ("058", "Guaranty Trust Bank"), ("057", "Zenith Bank"), ("033", "United Bank For Africa"), ("011", "First Bank of Nigeria"),
         ("232", "Sterling Bank"), ("035", "Wema Bank"), ("101", "Providus Bank"), ("070", "Fidelity Bank"), ("214", "First City Monument Bank"),
         ("050", "Ecobank Nigeria"), ("076", "Polaris Bank"), ("221", "Stanbic IBTC Bank"), ("082", "Keystone Bank")]
BANKN = dict(BANKS)

def person(group=None):
    group = group or rng.choices(list(GROUPS), [35, 33, 20, 12])[0]
    G = GROUPS[group]
    female = rng.random() < 0.47
    return dict(first=rng.choice(G["f"] if female else G["m"]), last=rng.choice(G["s"]), middle=rng.choice(G["m"] + G["f"]) if rng.random() < 0.6 else None,
                female=female, group=group)

used_phones = set()
def new_phone():
    while True:
        p = rng.choice(PREF) + digits(7)
        if p not in used_phones:
            used_phones.add(p); return p

# --------------------------------------------------------------- users
N = 140
users = []
for uid in range(1, N + 1):
    p = person()
    dob = rdate("1962-01-01", "2005-12-31")
    ph = new_phone()
    created = rdt("2022-02-01T08:00:00", "2024-06-20T22:00:00")
    tier = rng.choices(["tier_1", "tier_2", "tier_3"], [30, 50, 20])[0]
    em_local = rng.choice([f"{p['first']}.{p['last']}", f"{p['first']}{p['last']}{rng.randint(1, 99)}", f"{p['last']}{p['first'][0]}", f"{p['first']}{dob.year}"]).lower()
    email = em_local + "@" + rng.choice(["gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com"])
    platform = rng.choices(["android", "ios"], [78, 22])[0]
    ip = f"{rng.choice(['102.89', '105.112', '105.113', '197.210', '197.211', '129.205', '41.184', '41.58', '102.88', '154.118'])}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    ua = (f"OwoPay/{rng.choice(['3.12.0', '3.12.1', '3.13.0'])} (Android {rng.choice(['11', '12', '13', '14'])}; {rng.choice(['TECNO KI5k', 'Infinix X6831', 'SM-A145F', 'itel A665L', 'Redmi 12C', 'TECNO CK8n'])}) okhttp/4.12.0"
          if platform == "android" else f"OwoPay/{rng.choice(['3.12.0', '3.13.0'])} (iPhone; iOS {rng.choice(['16.7.8', '17.5.1'])}; Scale/3.00)")
    u = dict(id=uid, pid=f"u{uid}", uuid=str(uuid.UUID(int=rng.getrandbits(128), version=4)), first_name=p["first"], last_name=p["last"], middle_name=p["middle"],
             email=email, phone="+234" + ph, phone_local="0" + ph, bvn="22" + digits(9), nin=digits(11) if tier != "tier_1" else None, date_of_birth=dob,
             gender="female" if p["female"] else "male", password=bcrypt_like(), transaction_pin=bcrypt_like(10), tier=tier,
             status=rng.choices(["active", "restricted", "pnd", "closed"], [88, 5, 4, 3])[0], referral_code="".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(8)),
             referred_by=None, device_id=(digits(0) + "".join(rng.choice("0123456789abcdef") for _ in range(16))) if platform == "android" else str(uuid.UUID(int=rng.getrandbits(128))).upper(),
             last_login_ip=ip, last_login_at=rdt("2024-06-01T00:00:00", "2024-06-30T23:00:00"), email_verified_at=created + dt.timedelta(minutes=rng.randint(2, 3000)) if rng.random() < 0.8 else None,
             phone_verified_at=created + dt.timedelta(seconds=rng.randint(30, 400)), remember_token="".join(rng.choice(string.ascii_letters + string.digits) for _ in range(60)) if rng.random() < 0.35 else None,
             created_at=created, ua=ua, group=p["group"], female=p["female"])
    if u["last_login_at"] < created: u["last_login_at"] = created + dt.timedelta(hours=3)
    users.append(u)
for u in users:
    if rng.random() < 0.3:
        ref = rng.choice(users)
        if ref["created_at"] < u["created_at"]: u["referred_by"] = ref["id"]

# external counterparties (people who send to / receive from OwoPay users)
externals = []
for i in range(50):
    p = person()
    bc, bn = rng.choice(BANKS)
    externals.append(dict(pid=f"x{i}", name=f"{p['last']} {p['first']}" + (f" {p['middle']}" if p["middle"] else ""), bank=bc, acct=nuban(bc), phone="0" + new_phone()))

# --------------------------------------------------------------- wallets, bank accounts, cards, transactions, sessions
wallets, linked, cards, txs, sessions = [], [], [], [], []
WACCT = {}
for u in users:
    bank = rng.choice(["035", "101"])
    WACCT[u["id"]] = (bank, nuban(bank))
for u in users:
    bank, acct = WACCT[u["id"]]
    w = dict(id=u["id"], user_id=u["id"], u=u, account_number=acct, bank_code=bank, bank_name=BANKN[bank], account_name=f"OwoPay/{u['first_name']} {u['last_name']}",
             currency="NGN", balance_kobo=0, ledger_balance_kobo=0, status="active" if u["status"] != "closed" else "closed", created_at=u["phone_verified_at"] + dt.timedelta(seconds=rng.randint(1, 30)))
    wallets.append(w)
    for k in range(rng.choice([0, 1, 1, 1, 2])):
        bc, bn = rng.choice(BANKS)
        nm = " ".join(x for x in [u["last_name"], u["first_name"], u["middle_name"]] if x).upper()
        linked.append(dict(id=len(linked) + 1, user_id=u["id"], u=u, bank_code=bc, bank_name=bn, account_number=nuban(bc), account_name=nm, is_default=k == 0,
                           verified_at=u["created_at"] + dt.timedelta(days=rng.randint(0, 60), seconds=rng.randint(0, 80000))))
    if u["tier"] != "tier_1" and rng.random() < 0.45:
        brand = rng.choice(["Verve", "Mastercard"])
        bin_ = "506099" if brand == "Verve" else rng.choice(["539983", "519911", "533477"])
        last4 = digits(4)
        cards.append(dict(id=len(cards) + 1, user_id=u["id"], u=u, provider="sudo_africa", provider_card_id="".join(rng.choice("0123456789abcdef") for _ in range(24)),
                          brand=brand, masked_pan=f"{bin_[:4]} {bin_[4:]}** **** {last4}" if brand == "Mastercard" else f"{bin_}*********{last4}", last4=last4,
                          expiry_month=f"{rng.randint(1, 12):02d}", expiry_year=str(rng.randint(2026, 2028)), status=rng.choice(["active", "active", "frozen"]),
                          created_at=u["created_at"] + dt.timedelta(days=rng.randint(1, 120))))
    bal = 0
    ntx = rng.randint(4, 30)
    times = sorted(rdt(max(u["created_at"], dt.datetime(2024, 1, 1)).isoformat(), "2024-06-30T23:30:00") for _ in range(ntx))
    for t in times:
        cat = rng.choices(["transfer_in", "transfer_out", "p2p_out", "airtime", "data", "bills_electricity", "card_funding"], [26, 24, 10, 16, 10, 8, 6])[0]
        amt = {"airtime": rng.choice([100, 200, 500, 1000, 2000]), "data": rng.choice([500, 1000, 1500, 3000, 5000]),
               "bills_electricity": rng.choice([3000, 5000, 10000, 20000])}.get(cat, rng.choice([1500, 2000, 5000, 7500, 10000, 25000, 50000, 120000, 300000])) * 100
        if cat != "transfer_in" and bal < amt:
            cat = "transfer_in"
        tx = dict(id=len(txs) + 1, user_id=u["id"], wallet_id=w["id"], u=u, type="credit" if cat == "transfer_in" else "debit", category=cat, amount_kobo=amt,
                  fee_kobo=0, counterparty_name=None, counterparty_account=None, counterparty_bank=None, beneficiary_phone=None, meter_number=None, token=None,
                  narration=None, status=rng.choices(["successful", "failed", "reversed"], [93, 5, 2])[0], created_at=t, cp_pid=None)
        if cat in ("transfer_in", "transfer_out"):
            x = rng.choice(externals)
            tx.update(counterparty_name=x["name"].upper(), counterparty_account=x["acct"], counterparty_bank=x["bank"], cp_pid=x["pid"])
            tx["fee_kobo"] = 0 if cat == "transfer_in" else (1075 if amt <= 500000 else 2688)
            first = x["name"].split()[1]
            tx["narration"] = rng.choice([f"Trf from {x['name'].title()}", "NIP transfer", f"rent balance {first}", "school fees", "upkeep", "Refund", "contribution", "ajo"]) \
                if cat == "transfer_in" else rng.choice([f"Trf to {x['name'].title()}", f"Payment for goods", f"For {first}", "Transport", "Salary June", "Owo transfer"])
            if first in tx["narration"]: tx["narr_pid"] = x["pid"]
        elif cat == "p2p_out":
            v = rng.choice([v for v in users if v is not u])
            tx.update(counterparty_name=f"{v['first_name']} {v['last_name']}".upper(), counterparty_account=WACCT[v["id"]][1],
                      counterparty_bank=WACCT[v["id"]][0], cp_pid=v["pid"], narration=rng.choice(["OwoPay to OwoPay", f"for {v['first_name']}", "thanks"]))
            if v["first_name"] in tx["narration"]: tx["narr_pid"] = v["pid"]
        elif cat in ("airtime", "data"):
            if rng.random() < 0.75:
                tx["beneficiary_phone"] = u["phone_local"]
            else:
                x = rng.choice(externals); tx["beneficiary_phone"] = x["phone"]; tx["cp_pid"] = x["pid"]
            tx["narration"] = f"{rng.choice(['MTN', 'Airtel', 'Glo', '9mobile'])} {'VTU' if cat == 'airtime' else 'Data bundle'}"
        elif cat == "bills_electricity":
            tx["meter_number"] = rng.choice(["0101", "4501", "6214", "5401"]) + digits(rng.choice([7, 9]))
            if tx["status"] == "successful":
                tx["token"] = "-".join(digits(4) for _ in range(5))
            tx["narration"] = rng.choice(["IKEDC Prepaid", "EKEDC Prepaid", "AEDC Prepaid", "PHED Prepaid"])
        else:
            tx["narration"] = "Virtual card funding"
        tx["reference"] = f"OWO{t:%Y%m%d}{digits(10)}"
        tx["session_id"] = ("100004" if cat in ("transfer_in", "transfer_out", "p2p_out") else "999999") + t.strftime("%y%m%d%H%M%S") + digits(12) \
            if cat in ("transfer_in", "transfer_out", "p2p_out") else None
        if tx["status"] == "successful":
            bal += amt if tx["type"] == "credit" else -(amt + tx["fee_kobo"])
        tx["balance_after_kobo"] = bal
        txs.append(tx)
    w["balance_kobo"] = w["ledger_balance_kobo"] = bal
    if rng.random() < 0.6:
        la = int(u["last_login_at"].replace(tzinfo=WAT).timestamp())
        payload = base64.b64encode(('a:4:{s:6:"_token";s:40:"' + "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(40)) +
                                    '";s:50:"login_web_59ba36addc2b2f9401580f014c7f58ea4e30989d";i:' + str(u["id"]) + ';s:9:"_previous";a:1:{s:3:"url";s:35:"https://api.owopay.ng/v1/dashboard";}s:6:"_flash";a:2:{s:3:"old";a:0:{}s:3:"new";a:0:{}}}').encode()).decode()
        sessions.append(dict(id="".join(rng.choice(string.ascii_letters + string.digits) for _ in range(40)), user_id=u["id"], u=u, ip_address=u["last_login_ip"],
                             user_agent=u["ua"], payload=payload, last_activity=la))

# --------------------------------------------------------------- MySQL dump
P = "owopay_prod_2024-07-01.sql"
L = ["-- MySQL dump 10.13  Distrib 8.0.37, for Linux (x86_64)", "--", "-- Host: owopay-prod.cluster-c8x2k1m0v9.eu-west-1.rds.amazonaws.com    Database: owopay",
     "-- ------------------------------------------------------", "-- Server version\t8.0.35", "",
     "/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;", "/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;",
     "/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;", "/*!50503 SET NAMES utf8mb4 */;", "/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;",
     "/*!40103 SET TIME_ZONE='+00:00' */;", "/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;",
     "/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;", "/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;",
     "/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;", "SET @MYSQLDUMP_TEMP_LOG_BIN = @@SESSION.SQL_LOG_BIN;", "SET @@SESSION.SQL_LOG_BIN= 0;", "",
     "--", "-- GTID state at the beginning of the backup ", "--", "", "SET @@GLOBAL.GTID_PURGED=/*!80000 '+'*/ '3e11fa47-71ca-11e1-9e33-c80aa9429562:1-4183021';", ""]
def table(name, ddl, cols, rows, auto):
    L.extend(["--", f"-- Table structure for table `{name}`", "--", "", f"DROP TABLE IF EXISTS `{name}`;",
              "/*!40101 SET @saved_cs_client     = @@character_set_client */;", "/*!50503 SET character_set_client = utf8mb4 */;", f"CREATE TABLE `{name}` ("])
    L.append(",\n".join("  " + d for d in ddl))
    L.append(f") ENGINE=InnoDB{' AUTO_INCREMENT=' + str(auto) if auto else ''} DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;")
    L.extend(["/*!40101 SET character_set_client = @saved_cs_client */;", "", "--", f"-- Dumping data for table `{name}`", "--", "",
              f"LOCK TABLES `{name}` WRITE;", f"/*!40000 ALTER TABLE `{name}` DISABLE KEYS */;"])
    for i in range(0, len(rows), 150):
        L.append(f"INSERT INTO `{name}` VALUES " + ",".join("(" + ",".join(sq(r[c]) for c in cols) + ")" for r in rows[i:i + 150]) + ";")
    L.extend([f"/*!40000 ALTER TABLE `{name}` ENABLE KEYS */;", "UNLOCK TABLES;", ""])

ucols = ["id", "uuid", "first_name", "last_name", "middle_name", "email", "phone", "bvn", "nin", "date_of_birth", "gender", "password", "transaction_pin", "tier",
         "status", "referral_code", "referred_by", "device_id", "last_login_ip", "last_login_at", "email_verified_at", "phone_verified_at", "remember_token", "created_at"]
table("users", ["`id` bigint unsigned NOT NULL AUTO_INCREMENT", "`uuid` char(36) COLLATE utf8mb4_unicode_ci NOT NULL", "`first_name` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL",
                "`last_name` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL", "`middle_name` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL",
                "`email` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL", "`phone` varchar(20) COLLATE utf8mb4_unicode_ci NOT NULL", "`bvn` char(11) COLLATE utf8mb4_unicode_ci DEFAULT NULL",
                "`nin` char(11) COLLATE utf8mb4_unicode_ci DEFAULT NULL", "`date_of_birth` date DEFAULT NULL", "`gender` enum('male','female') COLLATE utf8mb4_unicode_ci DEFAULT NULL",
                "`password` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL", "`transaction_pin` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL",
                "`tier` enum('tier_1','tier_2','tier_3') COLLATE utf8mb4_unicode_ci NOT NULL DEFAULT 'tier_1'", "`status` varchar(20) COLLATE utf8mb4_unicode_ci NOT NULL DEFAULT 'active'",
                "`referral_code` varchar(12) COLLATE utf8mb4_unicode_ci NOT NULL", "`referred_by` bigint unsigned DEFAULT NULL", "`device_id` varchar(64) COLLATE utf8mb4_unicode_ci DEFAULT NULL",
                "`last_login_ip` varchar(45) COLLATE utf8mb4_unicode_ci DEFAULT NULL", "`last_login_at` timestamp NULL DEFAULT NULL", "`email_verified_at` timestamp NULL DEFAULT NULL",
                "`phone_verified_at` timestamp NULL DEFAULT NULL", "`remember_token` varchar(100) COLLATE utf8mb4_unicode_ci DEFAULT NULL", "`created_at` timestamp NULL DEFAULT NULL",
                "PRIMARY KEY (`id`)", "UNIQUE KEY `users_uuid_unique` (`uuid`)", "UNIQUE KEY `users_email_unique` (`email`)", "UNIQUE KEY `users_phone_unique` (`phone`)",
                "UNIQUE KEY `users_referral_code_unique` (`referral_code`)", "KEY `users_bvn_index` (`bvn`)"], ucols, users, N + 1)
for c, cat in [("first_name", "name"), ("last_name", "name"), ("middle_name", "name"), ("email", "email"), ("phone", "phone"), ("bvn", "government_id"), ("nin", "government_id"),
               ("date_of_birth", "date_of_birth"), ("password", "password"), ("transaction_pin", "password"), ("tier", "account_type"), ("status", "account_type"),
               ("device_id", "device"), ("last_login_ip", "ip_address"), ("last_login_at", "activity"), ("email_verified_at", "activity"), ("phone_verified_at", "activity"),
               ("remember_token", "secret"), ("created_at", "activity")]:
    F(P, f"users.{c}", cat)
for u in users:
    mark(u["pid"], "name", "email", "phone", "government_id", "date_of_birth", "password", "account_type", "device", "ip_address", "activity")
    if u["remember_token"]: mark(u["pid"], "secret")

wcols = ["id", "user_id", "account_number", "bank_code", "bank_name", "account_name", "currency", "balance_kobo", "ledger_balance_kobo", "status", "created_at"]
table("wallets", ["`id` bigint unsigned NOT NULL AUTO_INCREMENT", "`user_id` bigint unsigned NOT NULL", "`account_number` char(10) COLLATE utf8mb4_unicode_ci NOT NULL",
                  "`bank_code` char(3) COLLATE utf8mb4_unicode_ci NOT NULL", "`bank_name` varchar(100) COLLATE utf8mb4_unicode_ci NOT NULL",
                  "`account_name` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL", "`currency` char(3) COLLATE utf8mb4_unicode_ci NOT NULL DEFAULT 'NGN'",
                  "`balance_kobo` bigint NOT NULL DEFAULT '0'", "`ledger_balance_kobo` bigint NOT NULL DEFAULT '0'", "`status` varchar(20) COLLATE utf8mb4_unicode_ci NOT NULL DEFAULT 'active'",
                  "`created_at` timestamp NULL DEFAULT NULL", "PRIMARY KEY (`id`)", "UNIQUE KEY `wallets_account_number_unique` (`account_number`)", "KEY `wallets_user_id_foreign` (`user_id`)",
                  "CONSTRAINT `wallets_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE"], wcols, wallets, len(wallets) + 1)
F(P, "wallets.account_number", "bank_account"); F(P, "wallets.account_name", "name"); F(P, "wallets.created_at", "activity")
for w in wallets: mark(w["u"]["pid"], "bank_account", "name", "activity")

lcols = ["id", "user_id", "bank_code", "bank_name", "account_number", "account_name", "is_default", "verified_at"]
table("linked_bank_accounts", ["`id` bigint unsigned NOT NULL AUTO_INCREMENT", "`user_id` bigint unsigned NOT NULL", "`bank_code` char(3) COLLATE utf8mb4_unicode_ci NOT NULL",
                               "`bank_name` varchar(100) COLLATE utf8mb4_unicode_ci NOT NULL", "`account_number` char(10) COLLATE utf8mb4_unicode_ci NOT NULL",
                               "`account_name` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL", "`is_default` tinyint(1) NOT NULL DEFAULT '0'", "`verified_at` timestamp NULL DEFAULT NULL",
                               "PRIMARY KEY (`id`)", "KEY `linked_bank_accounts_user_id_foreign` (`user_id`)",
                               "CONSTRAINT `linked_bank_accounts_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE"], lcols, linked, len(linked) + 1)
F(P, "linked_bank_accounts.account_number", "bank_account"); F(P, "linked_bank_accounts.account_name", "name"); F(P, "linked_bank_accounts.verified_at", "activity")
for l in linked: mark(l["u"]["pid"], "bank_account", "name", "activity")

ccols = ["id", "user_id", "provider", "provider_card_id", "brand", "masked_pan", "last4", "expiry_month", "expiry_year", "status", "created_at"]
table("virtual_cards", ["`id` bigint unsigned NOT NULL AUTO_INCREMENT", "`user_id` bigint unsigned NOT NULL", "`provider` varchar(30) COLLATE utf8mb4_unicode_ci NOT NULL",
                        "`provider_card_id` varchar(64) COLLATE utf8mb4_unicode_ci NOT NULL", "`brand` varchar(20) COLLATE utf8mb4_unicode_ci NOT NULL",
                        "`masked_pan` varchar(25) COLLATE utf8mb4_unicode_ci NOT NULL", "`last4` char(4) COLLATE utf8mb4_unicode_ci NOT NULL",
                        "`expiry_month` char(2) COLLATE utf8mb4_unicode_ci NOT NULL", "`expiry_year` char(4) COLLATE utf8mb4_unicode_ci NOT NULL",
                        "`status` varchar(20) COLLATE utf8mb4_unicode_ci NOT NULL", "`created_at` timestamp NULL DEFAULT NULL", "PRIMARY KEY (`id`)",
                        "KEY `virtual_cards_user_id_foreign` (`user_id`)"], ccols, cards, len(cards) + 1)
F(P, "virtual_cards.created_at", "activity")
for c in cards: mark(c["u"]["pid"], "activity")

tcols = ["id", "reference", "session_id", "user_id", "wallet_id", "type", "category", "amount_kobo", "fee_kobo", "balance_after_kobo", "counterparty_name",
         "counterparty_account", "counterparty_bank", "beneficiary_phone", "meter_number", "token", "narration", "status", "created_at"]
table("transactions", ["`id` bigint unsigned NOT NULL AUTO_INCREMENT", "`reference` varchar(40) COLLATE utf8mb4_unicode_ci NOT NULL",
                       "`session_id` varchar(30) COLLATE utf8mb4_unicode_ci DEFAULT NULL COMMENT 'NIP session id'", "`user_id` bigint unsigned NOT NULL", "`wallet_id` bigint unsigned NOT NULL",
                       "`type` enum('credit','debit') COLLATE utf8mb4_unicode_ci NOT NULL", "`category` varchar(30) COLLATE utf8mb4_unicode_ci NOT NULL",
                       "`amount_kobo` bigint NOT NULL", "`fee_kobo` bigint NOT NULL DEFAULT '0'", "`balance_after_kobo` bigint NOT NULL",
                       "`counterparty_name` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL", "`counterparty_account` varchar(10) COLLATE utf8mb4_unicode_ci DEFAULT NULL",
                       "`counterparty_bank` char(3) COLLATE utf8mb4_unicode_ci DEFAULT NULL", "`beneficiary_phone` varchar(20) COLLATE utf8mb4_unicode_ci DEFAULT NULL",
                       "`meter_number` varchar(20) COLLATE utf8mb4_unicode_ci DEFAULT NULL", "`token` varchar(30) COLLATE utf8mb4_unicode_ci DEFAULT NULL COMMENT 'disco prepaid token'",
                       "`narration` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL", "`status` varchar(20) COLLATE utf8mb4_unicode_ci NOT NULL",
                       "`created_at` timestamp NULL DEFAULT NULL", "PRIMARY KEY (`id`)", "UNIQUE KEY `transactions_reference_unique` (`reference`)",
                       "KEY `transactions_user_id_created_at_index` (`user_id`,`created_at`)", "KEY `transactions_wallet_id_foreign` (`wallet_id`)",
                       "CONSTRAINT `transactions_wallet_id_foreign` FOREIGN KEY (`wallet_id`) REFERENCES `wallets` (`id`)"], tcols, txs, len(txs) + 1)
narr_name = False
for c, cat in [("counterparty_name", "name"), ("counterparty_account", "bank_account"), ("beneficiary_phone", "phone"), ("created_at", "activity")]:
    F(P, f"transactions.{c}", cat)
for t in txs:
    mark(t["u"]["pid"], "activity")
    if t["beneficiary_phone"]: mark(t["cp_pid"] or t["u"]["pid"], "phone")
    if t["counterparty_name"]: mark(t["cp_pid"], "name", "bank_account")
    if t.get("narr_pid"):
        narr_name = True; mark(t["narr_pid"], "name")
if narr_name: F(P, "transactions.narration", "name")

scols = ["id", "user_id", "ip_address", "user_agent", "payload", "last_activity"]
table("sessions", ["`id` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL", "`user_id` bigint unsigned DEFAULT NULL", "`ip_address` varchar(45) COLLATE utf8mb4_unicode_ci DEFAULT NULL",
                   "`user_agent` text COLLATE utf8mb4_unicode_ci", "`payload` longtext COLLATE utf8mb4_unicode_ci NOT NULL", "`last_activity` int NOT NULL", "PRIMARY KEY (`id`)",
                   "KEY `sessions_user_id_index` (`user_id`)", "KEY `sessions_last_activity_index` (`last_activity`)"], scols, sessions, None)
F(P, "sessions.id", "secret"); F(P, "sessions.ip_address", "ip_address"); F(P, "sessions.user_agent", "device"); F(P, "sessions.last_activity", "activity")
for s in sessions: mark(s["u"]["pid"], "secret", "ip_address", "device", "activity")
L.extend(["SET @@SESSION.SQL_LOG_BIN = @MYSQLDUMP_TEMP_LOG_BIN;", "/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;", "", "/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;",
          "/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;", "/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;",
          "/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;", "/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;",
          "/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;", "/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;", "", "-- Dump completed on 2024-07-01  1:04:17", ""])
with open(os.path.join(OUT, P), "w", encoding="utf-8") as f:
    f.write("\n".join(L))

# --------------------------------------------------------------- KYC JSON API export
K = "kyc_export.json"
STATES3 = {"Lagos": "LAG", "FCT": "ABJ", "Rivers": "RIV", "Oyo": "OYO", "Kano": "KAN", "Enugu": "ENU", "Anambra": "ANA"}
recs = []
for u in users:
    st, lga, city, streets = rng.choice(ADDR)
    u["addr"] = (st, lga, city)
    kyc = {"bvn": u["bvn"], "bvn_match": {"first_name": u["first_name"].upper(), "last_name": u["last_name"].upper(),
                                           "middle_name": u["middle_name"].upper() if u["middle_name"] else None, "dob": u["date_of_birth"].isoformat(),
                                           "phone": u["phone_local"], "name_match": rng.choice(["EXACT", "EXACT", "EXACT", "PARTIAL"]), "image_match_score": round(rng.uniform(0.62, 0.99), 2)},
           "provider": rng.choice(["smileid", "dojah", "youverify"]), "verified_at": (u["created_at"] + dt.timedelta(minutes=rng.randint(3, 600))).replace(tzinfo=WAT).isoformat()}
    rec = {"user_id": u["id"], "customer_ref": f"OWO-CUS-{u['id']:06d}", "tier": u["tier"], "kyc": kyc}
    if u["tier"] != "tier_1":
        kyc["nin"] = u["nin"]
        dtype = rng.choice(["drivers_license", "voters_card", "intl_passport", "nin_slip"])
        if dtype == "drivers_license":
            num = STATES3[st] + digits(5) + "".join(rng.choice(string.ascii_uppercase) for _ in range(2)) + digits(2)
        elif dtype == "voters_card":
            num = digits(2) + "".join(rng.choice("ABCDEF0123456789") for _ in range(8)) + digits(9)
        elif dtype == "intl_passport":
            num = rng.choice("AB") + digits(8)
        else:
            num = u["nin"]
        issued = rdate("2016-01-01", "2024-01-01")
        kyc["id_document"] = {"type": dtype, "number": num, "issued_at": issued.isoformat(), "expires_at": (issued + dt.timedelta(days=365 * 5)).isoformat() if dtype != "nin_slip" else None}
        kyc["address"] = {"line1": f"{rng.randint(1, 120)} {rng.choice(streets)}", "city": city, "lga": lga, "state": st, "country": "NG",
                          "verification": rng.choice(["utility_bill", "field_agent", "pending"])}
        kyc["selfie"] = {"url": f"https://cdn.owopay.ng/kyc/selfies/{uuid.UUID(int=rng.getrandbits(128), version=4)}.jpg", "liveness": rng.random() < 0.95}
        p = person(u["group"])
        while p["first"] == u["first_name"]:
            p = person(u["group"])
        rel = rng.choice(["Brother", "Sister", "Mother", "Father", "Spouse", "Uncle", "Friend"])
        rec["next_of_kin"] = {"name": f"{p['first']} {u['last_name'] if rel not in ('Friend', 'Spouse') or rng.random() < 0.5 else p['last']}",
                              "relationship": rel, "phone": "0" + new_phone()}
        mark(f"nok{u['id']}", "name", "phone")
        mark(u["pid"], "location")
    recs.append(rec)
    mark(u["pid"], "government_id", "name", "date_of_birth", "phone", "account_type", "activity")
export = {"status": True, "message": "KYC records retrieved", "data": {"generated_at": "2024-07-01T01:10:02+01:00", "page": 1, "per_page": 500, "total": len(recs), "records": recs}}
with open(os.path.join(OUT, K), "w", encoding="utf-8") as f:
    json.dump(export, f, indent=2)
for k, c in [("data.records.tier", "account_type"), ("data.records.kyc.bvn", "government_id"), ("data.records.kyc.nin", "government_id"),
             ("data.records.kyc.bvn_match.first_name", "name"), ("data.records.kyc.bvn_match.last_name", "name"), ("data.records.kyc.bvn_match.middle_name", "name"),
             ("data.records.kyc.bvn_match.dob", "date_of_birth"), ("data.records.kyc.bvn_match.phone", "phone"), ("data.records.kyc.verified_at", "activity"),
             ("data.records.kyc.id_document.number", "government_id"), ("data.records.kyc.address.line1", "location"), ("data.records.kyc.address.city", "location"),
             ("data.records.kyc.address.lga", "location"), ("data.records.kyc.address.state", "location"), ("data.records.kyc.address.country", "location"),
             ("data.records.next_of_kin.name", "name"), ("data.records.next_of_kin.phone", "phone")]:
    F(K, k, c)

# --------------------------------------------------------------- .env
rs = lambda n, al=string.ascii_letters + string.digits: "".join(rng.choice(al) for _ in range(n))
ENV = ".env"
env = f"""APP_NAME=OwoPay
APP_ENV=production
APP_KEY=base64:{base64.b64encode(bytes(rng.getrandbits(8) for _ in range(32))).decode()}
APP_DEBUG=false
APP_URL=https://api.owopay.ng

LOG_CHANNEL=daily
LOG_LEVEL=debug

DB_CONNECTION=mysql
DB_HOST=owopay-prod.cluster-c8x2k1m0v9.eu-west-1.rds.amazonaws.com
DB_PORT=3306
DB_DATABASE=owopay
DB_USERNAME=owopay_app
DB_PASSWORD={rs(24)}

REDIS_HOST=10.20.1.15
REDIS_PASSWORD={rs(32)}
REDIS_PORT=6379

SESSION_DRIVER=database
SESSION_LIFETIME=30

MAIL_MAILER=smtp
MAIL_HOST=smtp.mailgun.org
MAIL_PORT=587
MAIL_USERNAME=postmaster@mg.owopay.ng
MAIL_PASSWORD={rs(32, '0123456789abcdef')}-{rs(8, '0123456789abcdef')}-{rs(8, '0123456789abcdef')}
MAIL_FROM_ADDRESS=hello@owopay.ng

PAYSTACK_PUBLIC_KEY=pk_live_{rs(40, '0123456789abcdef')}
PAYSTACK_SECRET_KEY=sk_live_{rs(40, '0123456789abcdef')}
FLW_SECRET_KEY=FLWSECK-{rs(32, '0123456789abcdef')}-X
PROVIDUS_CLIENT_ID={rs(20)}
PROVIDUS_CLIENT_SECRET={rs(64, '0123456789abcdef')}
SMILE_ID_PARTNER_ID=6{digits(3)}
SMILE_ID_API_KEY={uuid.UUID(int=rng.getrandbits(128), version=4)}
TERMII_API_KEY=TL{rs(58)}
SUDO_API_KEY=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.{rs(120)}.{rs(43)}

AWS_ACCESS_KEY_ID=AKIA{rs(16, string.ascii_uppercase + '234567')}
AWS_SECRET_ACCESS_KEY={rs(40, string.ascii_letters + string.digits + '/+')}
AWS_DEFAULT_REGION=eu-west-1
AWS_BUCKET=owopay-kyc-prod

JWT_SECRET={rs(64)}
JWT_TTL=15
NIP_INSTITUTION_CODE=100004
SUPPORT_PHONE=+2342017001234
ADMIN_NOTIFICATION_EMAIL=tunde.bakare@owopay.ng
SENTRY_LARAVEL_DSN=https://{rs(32, '0123456789abcdef')}@o45{digits(4)}.ingest.sentry.io/45{digits(5)}
"""
with open(os.path.join(OUT, ENV), "w", encoding="utf-8") as f:
    f.write(env)
for k in ["APP_KEY", "DB_PASSWORD", "REDIS_PASSWORD", "MAIL_PASSWORD", "PAYSTACK_SECRET_KEY", "FLW_SECRET_KEY", "PROVIDUS_CLIENT_SECRET", "SMILE_ID_API_KEY",
          "TERMII_API_KEY", "SUDO_API_KEY", "AWS_SECRET_ACCESS_KEY", "JWT_SECRET"]:
    F(ENV, k, "secret")
F(ENV, "ADMIN_NOTIFICATION_EMAIL", "email")
mark("staff_tunde", "email")

# --------------------------------------------------------------- Laravel log
LOG = "laravel-2024-06-30.log"
ll = []
def lg(t, lvl, msg, ctx):
    ll.append((t, f"[{t:%Y-%m-%d %H:%M:%S}] production.{lvl}: {msg} {json.dumps(ctx, separators=(',', ':'))}"))
day = dt.datetime(2024, 6, 30)
for u in rng.sample(users, 95):
    t = day + dt.timedelta(seconds=rng.randint(0, 86399))
    ip = u["last_login_ip"]
    if rng.random() < 0.1:
        lg(t, "WARNING", "Invalid transaction PIN", {"user_id": u["id"], "attempts": rng.randint(1, 3), "ip": ip})
        t += dt.timedelta(seconds=20)
    lg(t, "INFO", "User logged in", {"user_id": u["id"], "phone": u["phone"], "ip": ip, "device_id": u["device_id"]})
    mark(u["pid"], "phone", "ip_address", "device", "activity")
    for _ in range(rng.randint(1, 6)):
        t += dt.timedelta(seconds=rng.randint(20, 2400))
        r = rng.random()
        if r < 0.45:
            x = rng.choice(externals)
            ref = f"OWO{t:%Y%m%d}{digits(10)}"
            lg(t, "INFO", "NIP name enquiry", {"user_id": u["id"], "bank_code": x["bank"], "account_number": x["acct"], "account_name": x["name"].upper(), "response_code": "00"})
            lg(t + dt.timedelta(seconds=rng.randint(5, 60)), "INFO", "Transfer successful", {"reference": ref, "session_id": "100004" + t.strftime("%y%m%d%H%M%S") + digits(12),
                                                                                             "user_id": u["id"], "amount": rng.choice([5000, 10000, 25000, 50000]) * 100,
                                                                                             "beneficiary_account": x["acct"], "beneficiary_bank": x["bank"]})
            mark(x["pid"], "name", "bank_account"); mark(u["pid"], "activity")
        elif r < 0.6:
            lg(t, "DEBUG", "Paystack webhook received", {"event": "charge.success", "data": {"reference": f"PSK_{digits(12)}", "amount": rng.choice([100000, 500000]),
                                                                                            "customer": {"email": u["email"], "customer_code": f"CUS_{rs(15, string.ascii_lowercase + string.digits)}"},
                                                                                            "authorization": {"bin": rng.choice(["539983", "408408", "506099"]), "last4": digits(4),
                                                                                                              "exp_month": f"{rng.randint(1, 12):02d}", "exp_year": "2027", "card_type": rng.choice(["visa", "mastercard", "verve"]),
                                                                                                              "bank": rng.choice(["Guaranty Trust Bank", "Access Bank", "Zenith Bank"])}}})
            mark(u["pid"], "email", "activity")
        elif r < 0.72 and u["tier"] != "tier_1":
            lg(t, "ERROR", "BVN verification failed", {"user_id": u["id"], "bvn": u["bvn"], "provider": "smileid",
                                                       "response": {"code": "1013", "message": f"Name mismatch: expected {u['last_name'].upper()} {u['first_name'].upper()}"}})
            mark(u["pid"], "government_id", "name", "activity")
        elif r < 0.85:
            lg(t, "INFO", "Airtime purchase", {"user_id": u["id"], "network": rng.choice(["MTN", "AIRTEL", "GLO"]), "msisdn": u["phone_local"], "amount": rng.choice([100, 200, 500]) * 100})
            mark(u["pid"], "phone", "activity")
        else:
            lg(t, "INFO", "OTP dispatched", {"channel": "sms", "to": u["phone"], "provider": "termii", "purpose": rng.choice(["login", "transfer", "device_change"])})
            mark(u["pid"], "phone", "activity")
for _ in range(6):
    u = rng.choice(users)
    t = day + dt.timedelta(seconds=rng.randint(0, 86399))
    ll.append((t, f"[{t:%Y-%m-%d %H:%M:%S}] production.ERROR: SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '{u['email']}' for key 'users.users_email_unique' "
                  f"(Connection: mysql, SQL: insert into `users` (`first_name`, `last_name`, `email`, `phone`) values (?, ?, ?, ?)) "
                  f"{{\"exception\":\"[object] (Illuminate\\\\Database\\\\UniqueConstraintViolationException(code: 23000): SQLSTATE[23000] at /var/www/owopay/vendor/laravel/framework/src/Illuminate/Database/Connection.php:817)\"}}"))
    mark(u["pid"], "email")
for h in range(0, 24, 3):
    t = day + dt.timedelta(hours=h, seconds=rng.randint(0, 600))
    lg(t, "INFO", "Scheduler: reconcile:nip completed", {"processed": rng.randint(200, 900), "mismatches": rng.randint(0, 4), "duration_ms": rng.randint(800, 9000)})
    lg(t + dt.timedelta(seconds=3), "DEBUG", "Outgoing request", {"url": "https://api.sudo.africa/cards/balance", "headers": {"Authorization": "Bearer " + env.split("SUDO_API_KEY=")[1].split("\n")[0]}})
ll.sort(key=lambda x: x[0])
with open(os.path.join(OUT, LOG), "w", encoding="utf-8") as f:
    f.write("\n".join(l for _, l in ll) + "\n")
text = {LOG: ["activity", "phone", "ip_address", "device", "bank_account", "name", "email", "government_id", "secret"]}

# --------------------------------------------------------------- control: bank list
with open(os.path.join(OUT, "banks.csv"), "w", encoding="utf-8", newline="") as f:
    f.write("code,name,slug,nip_code,ussd,active\n")
    for code, name in BANKS:
        f.write(f"{code},{name},{name.lower().replace(' ', '-')},{'000' + digits(3)},*{rng.choice([737, 901, 966, 919, 894, 822, 945, 5037])}#,true\n")

# --------------------------------------------------------------- truth
people = {p: c for p, c in PEOPLE.items() if c}
by_cat = defaultdict(int)
for cats in people.values():
    for c in cats: by_cat[c] += 1
truth = {
    "brief": "Production export of OwoPay, a Nigerian mobile-money start-up (Laravel/MySQL backend): a mysqldump of users (BVN, NIN, +234 phones, bcrypt "
             "password and transaction-PIN hashes, device ids, remember tokens), wallets (NUBAN virtual accounts), linked bank accounts, virtual cards "
             "(masked only), transactions with counterparties and the Laravel sessions table; a JSON API export of KYC records under data.records "
             "(BVN match, ID documents, addresses, next of kin); the Laravel .env; one day of the Laravel log with JSON context; and the CBN bank list. Language: English.",
    "people": len(people),
    "people_by_category": dict(sorted(by_cat.items())),
    "fields": {k: dict(v) for k, v in fields.items()},
    "text": text,
    "controls": ["banks.csv"],
    "ambiguous": {P: ["sessions.payload"]},
    "lookalikes": {
        P: {"transactions.reference": "transaction references OWOyyyymmdd + 10 digits", "transactions.session_id": "30-digit NIP session ids (interbank transfer ids, not login sessions)",
            "transactions.meter_number": "prepaid electricity meter numbers", "transactions.token": "20-digit prepaid electricity tokens (utility vouchers)",
            "transactions.counterparty_bank": "3-digit CBN bank codes", "users.referral_code": "referral codes", "users.uuid": "UUIDs", "users.referred_by": "user id",
            "virtual_cards.masked_pan": "masked PANs (BIN + last 4 only)", "virtual_cards.last4": "last four", "virtual_cards.expiry_month": "expiry",
            "virtual_cards.provider_card_id": "provider ids", "wallets.balance_kobo": "amounts"},
        K: {"data.records.customer_ref": "customer references", "data.records.kyc.id_document.expires_at": "document expiry dates",
            "data.records.kyc.bvn_match.image_match_score": "scores", "data.records.kyc.selfie.url": "URLs of selfie images (no category)"},
        ENV: {"PAYSTACK_PUBLIC_KEY": "publishable key (public)", "SUPPORT_PHONE": "company support line", "DB_HOST": "database host name", "REDIS_HOST": "server IP",
              "NIP_INSTITUTION_CODE": "institution code", "MAIL_FROM_ADDRESS": "role mailbox", "MAIL_USERNAME": "SMTP service mailbox (not a person)", "SENTRY_LARAVEL_DSN": "Sentry DSN (client key, public by design)"},
        LOG: {"authorization.bin/last4/exp_month": "card BIN, last four and expiry in Paystack webhook payloads (not full PANs)"},
    },
    "notes": f"Persons: {N} users, {len(externals)} external counterparties (appear in transactions.counterparty_name/account, beneficiary_phone of airtime "
             f"bought for them, and the log's NIP name-enquiry lines), {sum(1 for r in recs if 'next_of_kin' in r)} next of kin in the KYC export, and the admin "
             f"whose e-mail is in .env. p2p transfers name other OwoPay users. transactions.narration sometimes holds a counterparty's first name. "
             f"Log lines carry user ids with phones, IPs, device ids and e-mails; every logged user is a known user. Config secrets in .env and the bearer "
             f"token in the log belong to no person; people_by_category.secret counts users with a remember_token or a sessions row. .env field names are "
             f"the variable names. NUBANs carry a valid check digit for their bank code.",
}
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=2)
assert all(nuban_ok(w["bank_code"], w["account_number"]) for w in wallets)
assert all(nuban_ok(l["bank_code"], l["account_number"]) for l in linked)
assert all(nuban_ok(x["bank"], x["acct"]) for x in externals)
for fn in os.listdir(OUT):
    assert os.path.getsize(os.path.join(OUT, fn)) < 2_000_000, fn
print("people", len(people), dict(by_cat), "tx", len(txs), "log", len(ll))
