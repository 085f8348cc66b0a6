#!/usr/bin/env python3
"""Blind test dump A/in-webshop: Indian webshop order-management (OMS) vendor export.
Seeded, deterministic. Writes data/ and truth.json."""
import csv, datetime as dt, json, os, random, shutil
from urllib.parse import quote

SEED = 9150
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
shutil.rmtree(DATA, ignore_errors=True)
os.makedirs(DATA)
IST = dt.timezone(dt.timedelta(hours=5, minutes=30))

# (latin, devanagari or None)
FIRST_HI = [("Priya", "प्रिया"), ("Rahul", "राहुल"), ("Amit", "अमित"), ("Sunita", "सुनीता"), ("Anjali", "अंजलि"),
            ("Vikram", "विक्रम"), ("Neha", "नेहा"), ("Rohit", "रोहित"), ("Pooja", "पूजा"), ("Suresh", "सुरेश"),
            ("Kavita", "कविता"), ("Arjun", "अर्जुन"), ("Deepak", "दीपक"), ("Meena", "मीना"), ("Sanjay", "संजय"),
            ("Ritu", "रितु"), ("Manish", "मनीष"), ("Shweta", "श्वेता"), ("Ajay", "अजय"), ("Nisha", "निशा"),
            ("Rajesh", "राजेश"), ("Swati", "स्वाति"), ("Aditya", "आदित्य"), ("Divya", "दिव्या"), ("Gaurav", "गौरव"),
            ("Komal", "कोमल"), ("Harish", "हरीश"), ("Vivek", "विवेक"), ("Anita", "अनीता"), ("Saurabh", "सौरभ")]
LAST_HI = [("Sharma", "शर्मा"), ("Verma", "वर्मा"), ("Gupta", "गुप्ता"), ("Singh", "सिंह"), ("Kumar", "कुमार"),
           ("Yadav", "यादव"), ("Mishra", "मिश्रा"), ("Agarwal", "अग्रवाल"), ("Jain", "जैन"), ("Chauhan", "चौहान"),
           ("Tiwari", "तिवारी"), ("Pandey", "पांडे"), ("Srivastava", "श्रीवास्तव"), ("Joshi", "जोशी"),
           ("Saxena", "सक्सेना"), ("Chaudhary", "चौधरी"), ("Rathore", "राठौड़"), ("Dubey", "दुबे")]
FIRST_OTHER = ["Karthik", "Lakshmi", "Venkatesh", "Arun", "Deepa", "Sreeja", "Anand", "Fatima", "Mohammed",
               "Joseph", "Gurpreet", "Harpreet", "Subhash", "Sourav", "Ananya", "Ishita", "Nikhil", "Rekha",
               "Aparna", "Imran", "Sneha", "Tanvi", "Rohan", "Meera"]
LAST_OTHER = ["Reddy", "Nair", "Iyer", "Menon", "Das", "Banerjee", "Chatterjee", "Khan", "Fernandes", "Pillai",
              "Rao", "Naidu", "Patel", "Shah", "Deshpande", "Kulkarni", "Gill", "Bose", "Mukherjee", "Thomas"]

# city, state code, state name, GST state code, pincode prefix, localities, hindi-belt?
CITIES = [
    ("Mumbai", "MH", "Maharashtra", "27", "4000", ["Andheri East", "Borivali West", "Dadar", "Powai", "Malad West", "Chembur"], False),
    ("Pune", "MH", "Maharashtra", "27", "4110", ["Kothrud", "Baner", "Hadapsar", "Viman Nagar", "Wakad"], False),
    ("New Delhi", "DL", "Delhi", "07", "1100", ["Lajpat Nagar", "Dwarka Sector 10", "Rohini Sector 7", "Karol Bagh", "Mayur Vihar Phase 1"], True),
    ("Noida", "UP", "Uttar Pradesh", "09", "2013", ["Sector 62", "Sector 18", "Sector 137", "Sector 50"], True),
    ("Lucknow", "UP", "Uttar Pradesh", "09", "2260", ["Gomti Nagar", "Aliganj", "Indira Nagar", "Hazratganj"], True),
    ("Jaipur", "RJ", "Rajasthan", "08", "3020", ["Malviya Nagar", "Vaishali Nagar", "Mansarovar", "C-Scheme"], True),
    ("Bengaluru", "KA", "Karnataka", "29", "5600", ["Koramangala 4th Block", "Indiranagar", "HSR Layout", "Whitefield", "Jayanagar 9th Block"], False),
    ("Chennai", "TN", "Tamil Nadu", "33", "6000", ["Adyar", "T. Nagar", "Velachery", "Anna Nagar West"], False),
    ("Hyderabad", "TG", "Telangana", "36", "5000", ["Madhapur", "Kukatpally", "Banjara Hills", "Gachibowli"], False),
    ("Kolkata", "WB", "West Bengal", "19", "7000", ["Salt Lake Sector V", "Behala", "Ballygunge", "New Town"], False),
    ("Ahmedabad", "GJ", "Gujarat", "24", "3800", ["Navrangpura", "Satellite", "Maninagar", "Bopal"], False),
    ("Bhopal", "MP", "Madhya Pradesh", "23", "4620", ["Arera Colony", "MP Nagar Zone 2", "Kolar Road"], True),
    ("Patna", "BR", "Bihar", "10", "8000", ["Boring Road", "Kankarbagh", "Rajendra Nagar"], True),
    ("Kochi", "KL", "Kerala", "32", "6820", ["Edappally", "Kakkanad", "Panampilly Nagar"], False),
    ("Gurugram", "HR", "Haryana", "06", "1220", ["DLF Phase 3", "Sector 56", "Sohna Road"], True),
    ("Indore", "MP", "Madhya Pradesh", "23", "4520", ["Vijay Nagar", "Palasia", "Rau"], True),
]
BUILDINGS = ["Sai Krupa Apartments", "Shanti Niketan CHS", "Green Valley Residency", "Lotus Heights", "Om Sai Residency",
             "Prestige Lakeside", "Sunrise Enclave", "Gokuldham Society", "Royal Palms", "Ashirwad Apartments"]
LANDMARKS = ["Near Hanuman Mandir", "Opp. SBI ATM", "Behind Big Bazaar", "Near Metro Station", "Opp. Government School",
             "Near Shiv Mandir", "Behind Petrol Pump", ""]
MAIL = ["gmail.com"] * 6 + ["yahoo.co.in", "yahoo.com", "rediffmail.com", "outlook.com", "hotmail.com"]
UPI_H = ["okaxis", "oksbi", "okhdfcbank", "okicici", "ybl", "paytm", "ibl", "axl"]

# ---------- check digits ----------
VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],
      [4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],
      [8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],
      [9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
VINV = [0,4,3,2,1,5,6,7,8,9]


def verhoeff_check(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VD[c][VP[(i + 1) % 8][int(ch)]]
    return str(VINV[c])


def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VD[c][VP[i % 8][int(ch)]]
    return c == 0


def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


GST_CH = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def gstin_check(s14):
    tot = 0
    for i, ch in enumerate(s14):
        p = GST_CH.index(ch) * (1 if i % 2 == 0 else 2)
        tot += p // 36 + p % 36
    return GST_CH[(36 - tot % 36) % 36]


def ean13(d12):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d12))
    return d12 + str((10 - s % 10) % 10)


def aadhaar():
    base = str(R.randint(2, 9)) + "".join(str(R.randint(0, 9)) for _ in range(10))
    n = base + verhoeff_check(base)
    assert verhoeff_ok(n)
    return n


def pan(last, kind="P"):
    L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return "".join(R.choice(L) for _ in range(3)) + kind + last[0].upper() + f"{R.randint(1, 9999):04d}" + R.choice(L)


def mobile_digits():
    return R.choice("9999988877766") + "".join(str(R.randint(0, 9)) for _ in range(9))


def fmt_mobile(d):
    s = R.random()
    if s < 0.4:
        return f"+91 {d[:5]} {d[5:]}"
    if s < 0.65:
        return "0" + d
    if s < 0.85:
        return d
    return "+91" + d


def rand_ts(a, b):
    a = dt.datetime.fromisoformat(a).replace(tzinfo=IST)
    b = dt.datetime.fromisoformat(b).replace(tzinfo=IST)
    return a + dt.timedelta(seconds=R.randint(0, int((b - a).total_seconds())))


def iso(t):
    return t.isoformat(timespec="seconds")


# ---------- customers ----------
N_CUST = 90
N_SELLER_CUST = 12
customers, used_email = [], set()
for i in range(N_CUST):
    city = R.choice(CITIES)
    hindi = city[6] and R.random() < 0.85 or R.random() < 0.2
    if hindi:
        fn, fh = R.choice(FIRST_HI)
        ln, lh = R.choice(LAST_HI)
    else:
        fn, fh = R.choice(FIRST_OTHER), None
        ln, lh = R.choice(LAST_OTHER), None
    show_hi = fh is not None and R.random() < 0.6
    yr = R.randint(1965, 2004)
    local = R.choice([f"{fn}.{ln}", f"{fn}{ln}{yr % 100:02d}", f"{fn}_{ln[0]}", f"{fn}{yr}", f"{fn[0]}{ln}"]).lower()
    email = f"{local}@{R.choice(MAIL)}"
    while email in used_email:
        email = f"{local}{R.randint(1, 99)}@{R.choice(MAIL)}"
    used_email.add(email)
    mob = mobile_digits()
    created = rand_ts("2019-06-01 00:00:00", "2024-02-28 23:59:59")
    c = {"customer_id": f"CUS-{10004210 + i * 37 + R.randint(0, 30)}", "full_name": f"{fn} {ln}"}
    if show_hi:
        c["full_name_hi"] = f"{fh} {lh}"
    c["email"] = email
    c["mobile"] = fmt_mobile(mob)
    c["alt_mobile"] = fmt_mobile(mobile_digits()) if R.random() < 0.15 else None
    if R.random() < 0.55:
        c["upi_id"] = R.choice([f"{fn.lower()}.{ln.lower()}", mob, f"{fn.lower()}{yr % 100:02d}", f"{ln.lower()}{fn[0].lower()}"]) + "@" + R.choice(UPI_H)
    else:
        c["upi_id"] = None
    c["membership"] = R.choices(["FREE", "PLUS", "PLUS_ANNUAL"], weights=[70, 20, 10])[0]
    c["is_seller"] = i < N_SELLER_CUST
    c["pan"] = pan(ln) if (c["is_seller"] or R.random() < 0.12) else None
    if c["is_seller"]:
        a = aadhaar()
        c["kyc"] = {"status": "VERIFIED", "pan": c["pan"],
                    "aadhaar": a if R.random() < 0.4 else f"{a[:4]} {a[4:8]} {a[8:]}", "document_type": "AADHAAR_OFFLINE_XML"}
    c["created_at"] = iso(created)
    c["last_login_at"] = iso(rand_ts(created.strftime("%Y-%m-%d %H:%M:%S"), "2024-03-14 23:59:59")) if R.random() < 0.9 else None
    c["marketing_opt_in"] = R.random() < 0.4
    addrs = []
    for j in range(R.choices([1, 2, 3], weights=[60, 30, 10])[0]):
        cc = city if j == 0 else R.choice(CITIES)
        pin = cc[4] + f"{R.randint(1, 99):02d}"
        other_name = j > 0 and R.random() < 0.25
        addrs.append({
            "address_id": f"ADR-{R.randint(1000000, 9999999)}",
            "label": ["Home", "Office", "Parents"][j],
            "contact_name": (f"{R.choice(FIRST_HI)[0]} {ln}" if other_name else f"{fn} {ln}"),
            "contact_phone": fmt_mobile(mob if not other_name else mobile_digits()),
            "line1": R.choice([f"Flat {R.randint(1, 14)}0{R.randint(1, 8)}, {R.choice(BUILDINGS)}",
                               f"H.No. {R.randint(1, 400)}-{R.randint(1, 30)}", f"{R.choice('ABCDEFG')}-{R.randint(1, 250)}, {R.choice(BUILDINGS)}",
                               f"Plot No. {R.randint(1, 500)}, {R.choice(['1st', '2nd', '3rd', '4th', '5th', '6th', '8th', '11th'])} Cross"]),
            "line2": R.choice(cc[5]),
            "landmark": R.choice(LANDMARKS),
            "city": cc[0], "state": cc[2], "pincode": pin, "country": "IN",
            "is_default": j == 0,
        })
        if j == 0:
            c["_ship"] = (c["full_name"], c["mobile"], cc[0], cc[2], pin)
    c["addresses"] = addrs
    c["_first"], c["_last"], c["_mob"], c["_city"] = fn, ln, mob, city
    customers.append(c)

pub = [{k: v for k, v in c.items() if not k.startswith("_")} for c in customers]
with open(os.path.join(DATA, "customers_export_2024-03-15.json"), "w", encoding="utf-8") as f:
    json.dump({"status": "ok", "api_version": "2.4",
               "data": {"customers": pub},
               "meta": {"page": 1, "per_page": 500, "total": len(pub), "exported_at": "2024-03-15T02:00:11+05:30",
                        "tenant": "bazaarbay"}}, f, ensure_ascii=False, indent=2)

# ---------- sellers (MySQL) ----------
BIZ = ["Shree Ganesh Textiles", "Maa Durga Handicrafts", "Krishna Kitchenware", "Balaji Mobile Accessories",
       "Laxmi Saree Centre", "Om Sai Electronics", "Annapurna Spices", "Royal Leather Works", "Jai Hind Toys",
       "Kaveri Silks", "Nilgiri Tea Traders", "Sagar Footwear", "Vedic Herbals", "Patel Brass Emporium",
       "Chennai Cotton House", "Sunrise Stationers", "Aarav Home Decor", "Kashi Carpets"]
BANKS = [("SBIN", "State Bank of India", 11), ("HDFC", "HDFC Bank", 14), ("ICIC", "ICICI Bank", 12),
         ("UTIB", "Axis Bank", 15), ("KKBK", "Kotak Mahindra Bank", 10), ("PUNB", "Punjab National Bank", 16),
         ("BARB", "Bank of Baroda", 14)]
sellers = []
for k in range(18):
    if k < N_SELLER_CUST:
        c = customers[k]
        fn, ln, mob, city, cpan, cid, email = c["_first"], c["_last"], c["_mob"], c["_city"], c["pan"], c["customer_id"], c["email"]
    else:
        city = R.choice(CITIES)
        fn, _ = R.choice(FIRST_HI) if city[6] else (R.choice(FIRST_OTHER), None)
        ln, _ = R.choice(LAST_HI) if city[6] else (R.choice(LAST_OTHER), None)
        mob, cpan, cid = mobile_digits(), pan(ln), None
        email = f"{BIZ[k].split()[0].lower()}{BIZ[k].split()[1].lower()}.{city[0].split()[-1].lower()}@{R.choice(['gmail.com', 'yahoo.co.in'])}"
        email = f"{fn.lower()}.{ln.lower()}{R.randint(1, 99)}@gmail.com" if R.random() < 0.5 else email
    gst14 = f"{city[3]}{cpan}{R.choice('12')}Z"
    gstin = gst14 + gstin_check(gst14)
    bcode, bname, blen = R.choice(BANKS)
    acct = str(R.randint(1, 9)) + "".join(str(R.randint(0, 9)) for _ in range(blen - 1))
    ifsc = f"{bcode}0{R.randint(0, 99999):06d}" if R.random() < 0.8 else f"{bcode}0{''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{R.randint(100, 999)}"
    onboard = rand_ts("2020-01-10 00:00:00", "2024-03-01 00:00:00")
    sellers.append(dict(id=101 + k, cid=cid, biz=BIZ[k], prop=f"{fn} {ln}", email=email, mob=mob, gstin=gstin, pan=cpan,
                        addr=f"Shop No. {R.randint(1, 60)}, {R.choice(city[5])}", city=city[0], state=city[2],
                        pin=city[4] + f"{R.randint(1, 99):02d}",
                        status=R.choices(["active", "on_hold", "suspended"], weights=[80, 12, 8])[0],
                        onboard=onboard, comm=R.choice(["8.50", "10.00", "12.00", "15.00"]),
                        acct=acct, ifsc=ifsc, bname=bname, branch=f"{city[0]} - {R.choice(city[5])}",
                        pd=str(R.randint(10**11, 10**12 - 1)), verified=R.random() < 0.9))


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, (int, float)):
        return str(v)
    return "'" + str(v).replace("\\", "\\\\").replace("'", "\\'") + "'"


def mysql_ts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


sql = ["""-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: 10.40.2.17    Database: oms_marketplace
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
-- Table structure for table `sellers`
--

DROP TABLE IF EXISTS `sellers`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `sellers` (
  `seller_id` int unsigned NOT NULL AUTO_INCREMENT,
  `customer_id` varchar(16) DEFAULT NULL,
  `business_name` varchar(120) NOT NULL,
  `proprietor_name` varchar(100) NOT NULL,
  `email` varchar(150) NOT NULL,
  `mobile` varchar(15) NOT NULL,
  `gstin` char(15) DEFAULT NULL,
  `pan` char(10) NOT NULL,
  `pickup_address` varchar(255) DEFAULT NULL,
  `pickup_city` varchar(60) DEFAULT NULL,
  `pickup_state` varchar(60) DEFAULT NULL,
  `pickup_pincode` char(6) DEFAULT NULL,
  `status` enum('active','on_hold','suspended') NOT NULL DEFAULT 'active',
  `commission_pct` decimal(5,2) NOT NULL DEFAULT '10.00',
  `onboarded_at` datetime NOT NULL,
  PRIMARY KEY (`seller_id`),
  UNIQUE KEY `uk_sellers_gstin` (`gstin`),
  KEY `idx_sellers_customer` (`customer_id`)
) ENGINE=InnoDB AUTO_INCREMENT=119 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `sellers`
--

LOCK TABLES `sellers` WRITE;
/*!40000 ALTER TABLE `sellers` DISABLE KEYS */;
"""]
sql.append("INSERT INTO `sellers` VALUES " + ",".join(
    "(" + ",".join(q(x) for x in [s["id"], s["cid"], s["biz"], s["prop"], s["email"], s["mob"], s["gstin"], s["pan"],
                                  s["addr"], s["city"], s["state"], s["pin"], s["status"], s["comm"], mysql_ts(s["onboard"])]) + ")"
    for s in sellers) + ";\n")
sql.append("""/*!40000 ALTER TABLE `sellers` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `seller_bank_accounts`
--

DROP TABLE IF EXISTS `seller_bank_accounts`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `seller_bank_accounts` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `seller_id` int unsigned NOT NULL,
  `account_holder_name` varchar(100) NOT NULL,
  `account_number` varchar(20) NOT NULL,
  `ifsc` char(11) NOT NULL,
  `bank_name` varchar(60) DEFAULT NULL,
  `branch` varchar(100) DEFAULT NULL,
  `penny_drop_ref` varchar(20) DEFAULT NULL,
  `is_verified` tinyint(1) NOT NULL DEFAULT '0',
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `fk_sba_seller` (`seller_id`),
  CONSTRAINT `fk_sba_seller` FOREIGN KEY (`seller_id`) REFERENCES `sellers` (`seller_id`)
) ENGINE=InnoDB AUTO_INCREMENT=41 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `seller_bank_accounts`
--

LOCK TABLES `seller_bank_accounts` WRITE;
/*!40000 ALTER TABLE `seller_bank_accounts` DISABLE KEYS */;
""")
sql.append("INSERT INTO `seller_bank_accounts` VALUES " + ",".join(
    "(" + ",".join(q(x) for x in [21 + i, s["id"], s["prop"].upper(), s["acct"], s["ifsc"], s["bname"], s["branch"],
                                  s["pd"], s["verified"], mysql_ts(s["onboard"] + dt.timedelta(hours=R.randint(2, 96))
                                                                   - dt.timedelta(hours=5, minutes=30))]) + ")"
    for i, s in enumerate(sellers)) + ";\n")
sql.append("""/*!40000 ALTER TABLE `seller_bank_accounts` ENABLE KEYS */;
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2024-03-15  2:10:44
""")
with open(os.path.join(DATA, "oms_marketplace_sellers.sql"), "w", encoding="utf-8") as f:
    f.write("".join(sql))

# ---------- products (control) ----------
PRODUCTS = [("Cotton Kurta Set, Women, Blue", "Laxmi Fashions", "Apparel", "6204", 1299, 5),
            ("Banarasi Silk Saree with Blouse Piece", "Kashi Weaves", "Apparel", "5007", 3499, 5),
            ("Stainless Steel Pressure Cooker 5 L", "Krishna Kitchenware", "Kitchen", "7615", 2199, 12),
            ("Non-stick Tawa 28 cm", "Krishna Kitchenware", "Kitchen", "7615", 649, 12),
            ("Type-C Fast Charger 33W", "Balaji Mobile", "Electronics", "8504", 799, 18),
            ("Bluetooth Neckband Earphones", "Om Sai Audio", "Electronics", "8518", 1199, 18),
            ("Garam Masala 200 g", "Annapurna Spices", "Grocery", "0910", 145, 5),
            ("Assam CTC Tea 1 kg", "Nilgiri Tea Traders", "Grocery", "0902", 420, 5),
            ("Men's Leather Wallet, Brown", "Royal Leather Works", "Accessories", "4202", 599, 12),
            ("Wooden Ludo & Snakes Board", "Jai Hind Toys", "Toys", "9504", 349, 12),
            ("Ayurvedic Hair Oil 200 ml", "Vedic Herbals", "Personal Care", "3305", 275, 18),
            ("Brass Diya Set of 4", "Patel Brass Emporium", "Home Decor", "7418", 899, 12),
            ("Hand-tufted Woollen Carpet 4x6 ft", "Kashi Carpets", "Home Decor", "5701", 5999, 12),
            ("Kolhapuri Chappal, Men", "Sagar Footwear", "Footwear", "6403", 749, 12),
            ("A4 Ruled Notebook, pack of 6", "Sunrise Stationers", "Stationery", "4820", 330, 12),
            ("Cotton Bedsheet Double with 2 Pillow Covers", "Chennai Cotton House", "Home", "6302", 1099, 5),
            ("Basmati Rice 5 kg", "Annapurna Spices", "Grocery", "1006", 699, 5),
            ("LED Bulb 9W, pack of 4", "Om Sai Electronics", "Electronics", "8539", 399, 18),
            ("Kanjivaram Silk Dupatta", "Kaveri Silks", "Apparel", "5007", 1899, 5),
            ("Copper Water Bottle 1 L", "Patel Brass Emporium", "Kitchen", "7418", 749, 12),
            ("Mobile Back Cover, Transparent", "Balaji Mobile", "Electronics", "3926", 199, 18),
            ("Jute Shopping Bag", "Aarav Home Decor", "Home", "4202", 249, 12)]
catalogue = []
for i, (title, brand, cat, hsn, mrp, gst) in enumerate(PRODUCTS):
    price = round(mrp * R.choice([0.7, 0.75, 0.8, 0.85, 0.9, 1.0]))
    catalogue.append([f"BB-{cat[:3].upper()}-{1000 + i * 13}", title, brand, cat, hsn,
                      ean13("890" + f"{R.randint(0, 999999999):09d}"), mrp, price, gst,
                      R.randint(80, 6000), R.randint(0, 450), R.choice(["ACTIVE", "ACTIVE", "ACTIVE", "OUT_OF_STOCK"])])
with open(os.path.join(DATA, "product_catalogue.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["sku", "title", "brand", "category", "hsn_code", "ean", "mrp_inr", "selling_price_inr", "gst_rate_pct",
                "weight_g", "stock_qty", "listing_status"])
    w.writerows(catalogue)

# ---------- orders ----------
COURIERS = [("Delhivery", lambda: "1" + "".join(str(R.randint(0, 9)) for _ in range(13))),
            ("Blue Dart", lambda: str(R.randint(5, 9)) + "".join(str(R.randint(0, 9)) for _ in range(10))),
            ("Ekart", lambda: "FMPP" + "".join(str(R.randint(0, 9)) for _ in range(10))),
            ("XpressBees", lambda: "1522" + "".join(str(R.randint(0, 9)) for _ in range(11))),
            ("India Post", lambda: "EK" + "".join(str(R.randint(0, 9)) for _ in range(9)) + "IN")]
orders = []
for _ in range(320):
    c = R.choice(customers)
    name, phone_, city_, state_, pin = c["_ship"]
    if len(c["addresses"]) > 1 and R.random() < 0.3:
        a = R.choice(c["addresses"][1:])
        name, phone_, city_, state_, pin = a["contact_name"], a["contact_phone"], a["city"], a["state"], a["pincode"]
    t = rand_ts(max(c["created_at"][:19].replace("T", " "), "2024-01-01 00:00:00"), "2024-03-14 23:00:00")
    items = R.randint(1, 4)
    amount = sum(R.choice(catalogue)[7] for _ in range(items)) + R.choice([0, 0, 40, 79])
    pm = R.choices(["UPI", "COD", "card", "netbanking", "wallet"], weights=[45, 25, 20, 6, 4])[0]
    net = last4 = ref = ""
    if pm == "card":
        net = R.choice(["VISA", "MASTERCARD", "RUPAY", "AMEX"])
        last4 = f"{R.randint(0, 9999):04d}"
        ref = str(R.randint(10**11, 10**12 - 1))
    elif pm == "UPI":
        ref = str(R.randint(3 * 10**11, 4 * 10**11 - 1))
    elif pm in ("netbanking", "wallet"):
        ref = "pay_" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789") for _ in range(14))
    courier, awbf = R.choice(COURIERS)
    status = R.choices(["DELIVERED", "SHIPPED", "RTO", "CANCELLED", "PROCESSING"], weights=[60, 15, 6, 9, 10])[0]
    awb = awbf() if status not in ("CANCELLED", "PROCESSING") else ""
    orders.append([str(R.randint(10**15, 10**16 - 1)), c["customer_id"], t.strftime("%Y-%m-%d %H:%M:%S"), name, phone_,
                   city_, state_, pin, items, f"{amount:.2f}", pm, net, last4, ref, courier if awb else "", awb, status])
orders.sort(key=lambda o: o[2])
with open(os.path.join(DATA, "orders_2024Q1.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["order_id", "customer_id", "order_date", "ship_to_name", "ship_to_phone", "ship_city", "ship_state",
                "pincode", "item_count", "amount_inr", "payment_method", "card_network", "card_last4", "payment_ref",
                "courier", "awb_number", "status"])
    w.writerows(orders)
order_luhn = sum(luhn_ok(o[0]) for o in orders)
ref12 = [o[13] for o in orders if o[13].isdigit()]
ref_verh = sum(verhoeff_ok(r) for r in ref12)
awb_digits = [o[15] for o in orders if o[15].isdigit()]
awb_luhn = sum(luhn_ok(a) for a in awb_digits)

# ---------- nginx access log ----------
IP_POOLS = ["49.36.{}.{}", "49.37.{}.{}", "106.51.{}.{}", "117.99.{}.{}", "157.34.{}.{}", "223.181.{}.{}", "103.211.{}.{}", "182.69.{}.{}"]
UAS = ["Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.164 Mobile Safari/537.36",
       "Mozilla/5.0 (Linux; Android 12; Redmi Note 11) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.210 Mobile Safari/537.36",
       "Mozilla/5.0 (Linux; Android 14; CPH2467) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.64 Mobile Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0",
       "BazaarBay/5.12.0 (Android 13; vivo V2207)", "okhttp/4.11.0"]
ip_of = {}
for c in customers:
    ip_of[c["customer_id"]] = (R.choice(IP_POOLS).format(R.randint(0, 255), R.randint(1, 254)), R.choice(UAS))
AGENT_IPS = ["103.87.141.12", "103.87.141.19", "14.143.22.90"]
AGENT_UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.66"
log = []
t = dt.datetime(2024, 3, 14, 9, 0, 0, tzinfo=IST)
for _ in range(420):
    t += dt.timedelta(seconds=R.randint(1, 150))
    ts = t.strftime("%d/%b/%Y:%H:%M:%S +0530")
    kind = R.random()
    if kind < 0.22:  # support agent lookups by email / phone in OMS admin
        c = R.choice(customers)
        ip, ua = R.choice(AGENT_IPS), AGENT_UA
        if R.random() < 0.75:
            path = f"/oms/api/v2/customers/search?email={quote(c['email'], safe='')}&page=1"
        else:
            path = f"/oms/api/v2/customers/search?mobile={quote('+91' + c['_mob'], safe='')}"
        ref = "https://oms.bazaarbay.in/admin/customers"
        log.append(f'{ip} - ops_agent [{ts}] "GET {path} HTTP/1.1" 200 {R.randint(800, 4200)} "{ref}" "{ua}" rt={R.random() * 0.4:.3f}')
        continue
    c = R.choice(customers)
    ip, ua = ip_of[c["customer_id"]]
    if kind < 0.32:
        path, st = f"/account/forgot-password?email={quote(c['email'], safe='')}", R.choice([200, 302])
        meth = "GET"
    elif kind < 0.42:
        path, st, meth = "/api/v1/auth/login", R.choice([200, 200, 401]), "POST"
    elif kind < 0.6:
        p = R.choice(catalogue)
        path, st, meth = f"/p/{p[1].lower().replace(',', '').replace(' ', '-')}/{p[0]}", 200, "GET"
    elif kind < 0.7:
        path, st, meth = "/cart", 200, "GET"
    elif kind < 0.78:
        path, st, meth = "/api/v1/checkout/place-order", R.choice([201, 201, 402]), "POST"
    elif kind < 0.88:
        path, st, meth = f"/static/js/main.{R.choice(['a91f3c', 'b02e77'])}.js", R.choice([200, 304]), "GET"
    else:
        o = R.choice(orders)
        path, st, meth = f"/account/orders/{o[0]}", 200, "GET"
    log.append(f'{ip} - - [{ts}] "{meth} {path} HTTP/2.0" {st} {R.randint(300, 90000)} "https://www.bazaarbay.in/" "{ua}" rt={R.random() * 0.9:.3f}')
with open(os.path.join(DATA, "nginx_access.log"), "w", encoding="utf-8") as f:
    f.write("\n".join(log) + "\n")

# ---------- application log ----------
PW = ["Priya@1987", "rahul123", "Sharma#2020", "Qwerty@123", "Krishna@108", "india@123", "Welcome@2024", "9876Abc!",
      "Jaimatadi1", "Password@1", "mumbai2019", "Sairam@99"]
app, t = [], dt.datetime(2024, 3, 14, 9, 0, 0, tzinfo=IST)
pw_lines = 0
for _ in range(360):
    t += dt.timedelta(milliseconds=R.randint(50, 120000))
    ts = t.strftime("%Y-%m-%d %H:%M:%S,") + f"{t.microsecond // 1000:03d}"
    th = f"http-nio-8080-exec-{R.randint(1, 40)}"
    c = R.choice(customers)
    ip, _ua = ip_of[c["customer_id"]]
    k = R.random()
    if k < 0.16:
        login = c["email"] if R.random() < 0.6 else c["_mob"]
        app.append(f"{ts} INFO  [{th}] c.b.oms.auth.LoginController : POST /api/v1/auth/login from {ip}")
        if R.random() < 0.35:
            t2 = ts
            app.append(f"{t2} DEBUG [{th}] c.b.oms.auth.LoginService : login attempt user={login} password={R.choice(PW)} channel=web")
            pw_lines += 1
        ok = R.random() < 0.8
        app.append(f"{ts} {'INFO ' if ok else 'WARN '} [{th}] c.b.oms.auth.LoginService : login {'success' if ok else 'failed: BAD_CREDENTIALS'} customerId={c['customer_id']}")
    elif k < 0.26:
        app.append(f"{ts} INFO  [{th}] c.b.oms.otp.OtpService : OTP sent to +91{c['_mob']} via SMS gateway=msg91 template=LOGIN_OTP")
    elif k < 0.5:
        o = R.choice(orders)
        app.append(f"{ts} INFO  [{th}] c.b.oms.order.OrderService : order placed orderId={o[0]} customerId={o[1]} amount={o[9]} method={o[10]}")
    elif k < 0.6:
        o = R.choice(orders)
        app.append(f"{ts} WARN  [{th}] c.b.oms.payment.RazorpayClient : gateway timeout after 30000ms orderId={o[0]} attempt={R.randint(1, 3)}")
    elif k < 0.72:
        o = R.choice([o for o in orders if o[15]])
        app.append(f"{ts} INFO  [scheduler-{R.randint(1, 4)}] c.b.oms.shipping.TrackingPoller : awb={o[15]} courier={o[14]} status=IN_TRANSIT")
    elif k < 0.8:
        app.append(f"{ts} DEBUG [{th}] c.b.oms.cache.RedisCatalogueCache : cache hit key=sku:{R.choice(catalogue)[0]}")
    elif k < 0.86:
        app.append(f"{ts} ERROR [{th}] c.b.oms.invoice.InvoicePdfJob : failed to render invoice, retrying\n"
                   "java.net.SocketTimeoutException: Read timed out\n"
                   "\tat java.base/sun.nio.ch.NioSocketImpl.timedFinishRead(NioSocketImpl.java:288)\n"
                   "\tat com.bazaarbay.oms.invoice.PdfClient.render(PdfClient.java:112)")
    else:
        app.append(f"{ts} INFO  [{th}] c.b.oms.web.RequestLogger : GET /api/v1/customers/{c['customer_id']}/addresses 200 {R.randint(4, 90)}ms ip={ip}")
with open(os.path.join(DATA, "oms-app.log"), "w", encoding="utf-8") as f:
    f.write("\n".join(app) + "\n")

# ---------- truth ----------
J = "customers_export_2024-03-15.json"
O = "orders_2024Q1.csv"
S = "oms_marketplace_sellers.sql"
p = "data.customers."
truth = {
    "brief": ("BazaarBay, an Indian marketplace webshop; export from its order-management vendor (OrderNest OMS). "
              "English with Hindi (Devanagari) names for some customers. Files: customer JSON API export (nested "
              "addresses, KYC block with PAN + Aadhaar only for customers who are also sellers), Q1 orders CSV, "
              "a mysqldump of sellers and their bank accounts (GSTIN, PAN, account number, IFSC), an nginx access "
              "log with URL-encoded ?email= lookups, a Spring-style application log with DEBUG password leaks, and "
              "a product catalogue (control)."),
    "people": len(customers) + (len(sellers) - N_SELLER_CUST),
    "fields": {
        J: {p + "full_name": "name", p + "full_name_hi": "name", p + "email": "email", p + "mobile": "phone",
            p + "alt_mobile": "phone", p + "upi_id": "bank_account", p + "membership": "account_type",
            p + "pan": "government_id", p + "kyc.pan": "government_id", p + "kyc.aadhaar": "government_id",
            p + "created_at": "activity", p + "last_login_at": "activity",
            p + "addresses.contact_name": "name", p + "addresses.contact_phone": "phone",
            p + "addresses.line1": "location", p + "addresses.line2": "location", p + "addresses.landmark": "location",
            p + "addresses.city": "location", p + "addresses.state": "location", p + "addresses.pincode": "location"},
        O: {"order_date": "activity", "ship_to_name": "name", "ship_to_phone": "phone", "ship_city": "location",
            "ship_state": "location", "pincode": "location"},
        S: {"sellers.proprietor_name": "name", "sellers.email": "email", "sellers.mobile": "phone",
            "sellers.gstin": "government_id", "sellers.pan": "government_id", "sellers.pickup_address": "location",
            "sellers.pickup_city": "location", "sellers.pickup_state": "location", "sellers.pickup_pincode": "location",
            "sellers.status": "account_type", "sellers.onboarded_at": "activity",
            "seller_bank_accounts.account_holder_name": "name", "seller_bank_accounts.account_number": "bank_account",
            "seller_bank_accounts.ifsc": "bank_account"},
    },
    "text": {
        "nginx_access.log": ["ip_address", "activity", "email", "phone", "device"],
        "oms-app.log": ["ip_address", "activity", "email", "phone", "password"],
    },
    "controls": ["product_catalogue.csv"],
    "ambiguous": {
        S: ["sellers.business_name", "seller_bank_accounts.created_at"],
    },
    "lookalikes": {
        O: {"order_id": f"16-digit order ids; {order_luhn} of {len(orders)} pass Luhn by chance",
            "payment_ref": f"12-digit UPI/card RRNs (same length as Aadhaar); {ref_verh} of {len(ref12)} pass Verhoeff by chance; netbanking/wallet rows hold gateway ids 'pay_...'",
            "awb_number": f"courier AWB tracking numbers (11/14/15 digits or alnum); {awb_luhn} of {len(awb_digits)} all-digit AWBs pass Luhn by chance",
            "card_last4": "last four digits only", "card_network": "brand only", "payment_method": "method enum",
            "amount_inr": "amounts", "customer_id": "internal id"},
        J: {p + "kyc.status": "status", p + "kyc.document_type": "doc type enum", p + "addresses.address_id": "internal id",
            p + "customer_id": "internal id"},
        S: {"seller_bank_accounts.penny_drop_ref": "12-digit bank verification reference", "sellers.commission_pct": "rate",
            "seller_bank_accounts.bank_name": "bank name", "seller_bank_accounts.branch": "branch name (place)"},
        "product_catalogue.csv": {"ean": "valid EAN-13 barcodes (890 prefix)", "hsn_code": "tariff codes"},
    },
    "notes": ("UPI ids (name@okaxis, 98xxxxxxxx@ybl) are payment handles (VPA) that route to a bank account: scored as "
              "bank_account, NOT email (they look like emails but the domain part is a PSP handle). Aadhaar numbers are "
              "12 digits with valid Verhoeff check (some written 'NNNN NNNN NNNN'), present only in kyc for the 12 "
              "customers who are sellers. PANs follow AAAPL9999A (4th char P = individual, 5th = surname initial). "
              "GSTINs embed the seller's personal PAN (sole proprietors) with valid GSTIN mod-36 check char -> government_id. "
              "IFSC codes are bank-branch routing codes -> bank_account per the 'routing numbers' rule. Phones mix "
              "'+91 98xxx xxxxx', '098xxxxxxxx', bare 10 digits and '+9198...'. nginx log: ~22% are ops-agent lookups "
              "with ?email=...%40... or ?mobile=%2B91...; forgot-password URLs also carry ?email=. App log: "
              f"{pw_lines} DEBUG lines 'login attempt user=<email or mobile> password=<plaintext>'; OTP lines carry full mobiles. "
              "business_name is a proprietor's trading name (ambiguous: company name vs. person-linked); "
              "seller_bank_accounts.created_at is when the bank account was added (ambiguous activity)."),
}
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=2)
print("ok", len(customers), "customers,", len(sellers), "sellers,", len(orders), "orders,", pw_lines, "pw lines")
