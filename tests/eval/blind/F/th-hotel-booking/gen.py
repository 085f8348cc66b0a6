#!/usr/bin/env python3
"""Blind evaluation dump F/th-hotel-booking: customer-service vendor export of a Thai hotel-booking OTA.
Deterministic (seeded), stdlib only. Writes data/ and truth.json."""
import csv
import datetime as dt
import json
import os
import random
import shutil
import urllib.parse

SEED = 66_2024
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
if os.path.isdir(DATA):
    shutil.rmtree(DATA)
os.makedirs(DATA)
ICT = dt.timezone(dt.timedelta(hours=7))


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


def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


# ------------------------------------------------------------ names
TH_M = [("สมชาย", "Somchai"), ("สมศักดิ์", "Somsak"), ("วิชัย", "Wichai"), ("ประเสริฐ", "Prasert"),
        ("ณัฐพล", "Nattapon"), ("ปิยะพงษ์", "Piyapong"), ("อนุชา", "Anucha"), ("ชัยวัฒน์", "Chaiwat"),
        ("กิตติพงษ์", "Kittipong"), ("ธนากร", "Thanakorn"), ("วีระ", "Weera"), ("สุรชัย", "Surachai"),
        ("ภานุวัฒน์", "Phanuwat"), ("ศุภชัย", "Supachai"), ("ธีรวัฒน์", "Teerawat"), ("พงศกร", "Pongsakorn"),
        ("อภิสิทธิ์", "Apisit"), ("ณรงค์", "Narong")]
TH_F = [("สุภาพร", "Supaporn"), ("กาญจนา", "Kanchana"), ("ธนพร", "Thanaporn"), ("อรุณี", "Arunee"),
        ("ศิริพร", "Siriporn"), ("จิราพร", "Jiraporn"), ("พรทิพย์", "Porntip"), ("วรรณา", "Wanna"),
        ("สุนิสา", "Sunisa"), ("ปิยะนุช", "Piyanuch"), ("นภัสสร", "Napatsorn"), ("ชนิดา", "Chanida"),
        ("พิมพ์ชนก", "Pimchanok"), ("รัตนา", "Rattana"), ("อัญชลี", "Anchalee"), ("กมลวรรณ", "Kamonwan"),
        ("ปวีณา", "Paweena"), ("ณิชา", "Nicha")]
TH_L = [("สุขสวัสดิ์", "Suksawat"), ("ศรีสุข", "Srisuk"), ("วงศ์สวัสดิ์", "Wongsawat"), ("แก้วมณี", "Kaewmanee"),
        ("บุญมา", "Boonma"), ("ทองดี", "Thongdee"), ("จันทร์เพ็ญ", "Chanpen"), ("รัตนพันธ์", "Rattanaphan"),
        ("ศรีวงศ์", "Sriwong"), ("พงษ์ไพบูลย์", "Phongphaibun"), ("เพชรรัตน์", "Phetcharat"), ("มั่นคง", "Mankong"),
        ("สายทอง", "Saithong"), ("อินทร์แก้ว", "Inkaew"), ("ใจดี", "Jaidee"), ("ชัยมงคล", "Chaimongkol"),
        ("ธนสาร", "Thanasan"), ("เจริญสุข", "Charoensuk"), ("บุญยืน", "Boonyuen"), ("ปัญญาดี", "Panyadee"),
        ("ศรีสวัสดิ์", "Srisawat"), ("วัฒนกุล", "Wattanakul"), ("นาคสุข", "Naksuk"), ("พรหมมา", "Prommma")]
FOREIGN = {
    "GB": (["James", "Oliver", "Harry", "Jack", "George"], ["Emily", "Charlotte", "Sophie", "Amelia", "Jessica"],
           ["Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Thompson", "Walker"]),
    "US": (["Michael", "Ethan", "Daniel", "Ryan", "Tyler"], ["Ashley", "Madison", "Emily", "Sarah", "Megan"],
           ["Johnson", "Miller", "Davis", "Garcia", "Anderson", "Martinez", "Clark"]),
    "DE": (["Jonas", "Felix", "Lukas", "Tim", "Jan"], ["Lena", "Laura", "Anna", "Lea", "Katrin"],
           ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann"]),
    "AU": (["Liam", "Noah", "Cooper", "Jack", "Riley"], ["Chloe", "Mia", "Ruby", "Isla", "Zoe"],
           ["Nguyen", "Kelly", "Ryan", "Mitchell", "Campbell", "Harris"]),
    "CN": (["Wei", "Hao", "Jun", "Lei", "Yang"], ["Li Na", "Fang", "Xiaoyu", "Jing", "Mei"],
           ["Wang", "Li", "Zhang", "Liu", "Chen", "Zhao", "Huang"]),
    "JP": (["Haruto", "Yuto", "Sota", "Kenta", "Takumi"], ["Yui", "Aoi", "Sakura", "Misaki", "Haruka"],
           ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Nakamura"]),
    "KR": (["Min-jun", "Seo-jun", "Ji-ho", "Hyun-woo", "Do-yun"], ["Seo-yeon", "Ji-woo", "Min-seo", "Ha-eun", "Soo-ah"],
           ["Kim", "Lee", "Park", "Choi", "Jung", "Kang"]),
    "FR": (["Lucas", "Hugo", "Louis", "Thomas", "Antoine"], ["Camille", "Manon", "Chloé", "Léa", "Inès"],
           ["Martin", "Bernard", "Dubois", "Moreau", "Laurent", "Girard"]),
    "SG": (["Wei Jie", "Jun Hao", "Ravi", "Daniel", "Marcus"], ["Hui Min", "Xin Yi", "Priya", "Nur Aisyah", "Rachel"],
           ["Tan", "Lim", "Lee", "Ng", "Ong", "Wong", "Kumar"]),
    "IN": (["Rahul", "Arjun", "Vikram", "Rohan", "Aditya"], ["Priya", "Ananya", "Sneha", "Pooja", "Divya"],
           ["Sharma", "Patel", "Iyer", "Gupta", "Reddy", "Nair"]),
}
CTRY_W = [("TH", 58), ("GB", 6), ("US", 5), ("DE", 5), ("AU", 4), ("CN", 7), ("JP", 5), ("KR", 4), ("FR", 3), ("SG", 2), ("IN", 3)]
MAILDOM = {"TH": ["gmail.com", "gmail.com", "hotmail.com", "hotmail.co.th", "yahoo.com", "outlook.co.th"],
           "GB": ["gmail.com", "hotmail.co.uk", "btinternet.com"], "US": ["gmail.com", "yahoo.com", "outlook.com"],
           "DE": ["gmx.de", "web.de", "gmail.com"], "AU": ["gmail.com", "bigpond.com"], "CN": ["qq.com", "163.com", "126.com"],
           "JP": ["gmail.com", "yahoo.co.jp", "docomo.ne.jp"], "KR": ["naver.com", "gmail.com", "daum.net"],
           "FR": ["gmail.com", "orange.fr", "free.fr"], "SG": ["gmail.com", "singnet.com.sg"], "IN": ["gmail.com", "rediffmail.com"]}


def thai_id(dob):
    d = [1 if dob.year >= 1984 else 3] + [R.randint(0, 9) for _ in range(11)]
    s = sum(d[i] * (13 - i) for i in range(12))
    d.append((11 - s % 11) % 10)
    v = "".join(map(str, d))
    if R.random() < 0.35:
        v = "%s-%s-%s-%s-%s" % (v[0], v[1:5], v[5:10], v[10:12], v[12])
    return v


def passport(c):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if c == "TH":
        return R.choice(["AA", "AB", "AC"]) + "%07d" % R.randint(0, 9999999)
    if c in ("GB", "US"):
        return "%09d" % R.randint(100000000, 999999999)
    if c == "DE":
        return "C" + "".join(R.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    if c == "AU":
        return R.choice("NPR") + R.choice("ABCDEF") + "%07d" % R.randint(0, 9999999)
    if c == "CN":
        return R.choice(["E", "E", "EA", "EB"]) + "%07d" % R.randint(0, 9999999) + ("%d" % R.randint(0, 9) if R.random() < 0.5 else "")
    if c == "JP":
        return R.choice(["TK", "TR", "TZ", "MU"]) + "%07d" % R.randint(0, 9999999)
    if c == "KR":
        return "M" + "%08d" % R.randint(0, 99999999)
    if c == "FR":
        return "%02d%s%s%05d" % (R.randint(10, 23), R.choice(L), R.choice(L), R.randint(0, 99999))
    if c == "SG":
        return "K" + "%07d" % R.randint(0, 9999999) + R.choice("ABCDEFGHIJ")
    if c == "IN":
        return R.choice("JKLMNPRSTUVWZ") + "%07d" % R.randint(0, 9999999)
    return "X%08d" % R.randint(0, 99999999)


def phone(c):
    if c == "TH":
        pre = R.choice(["081", "082", "083", "084", "085", "086", "087", "089", "061", "062", "063", "064", "065",
                        "091", "092", "093", "094", "095", "096", "097", "098", "099"])
        n = "%07d" % R.randint(0, 9999999)
        return R.choice(["%s-%s-%s" % (pre, n[:3], n[3:]), pre + n, "+66 %s %s %s" % (pre[1:], n[:3], n[3:]), "+66" + pre[1:] + n])
    if c == "GB":
        return "+44 7%03d %06d" % (R.randint(400, 999), R.randint(0, 999999))
    if c == "US":
        return "+1 %s-%03d-%04d" % (R.choice(["628", "917", "312", "206", "737"]), R.randint(200, 999), R.randint(0, 9999))
    if c == "DE":
        return "+49 1%s %d" % (R.choice(["51", "52", "60", "62", "70", "76"]), R.randint(1000000, 99999999))
    if c == "AU":
        return "+61 4%02d %03d %03d" % (R.randint(0, 99), R.randint(0, 999), R.randint(0, 999))
    if c == "CN":
        return "+86 1%s %04d %04d" % (R.choice(["38", "39", "58", "86", "36", "50"]), R.randint(0, 9999), R.randint(0, 9999))
    if c == "JP":
        return "+81 %s-%04d-%04d" % (R.choice(["90", "80", "70"]), R.randint(1000, 9999), R.randint(0, 9999))
    if c == "KR":
        return "+82 10-%04d-%04d" % (R.randint(2000, 9999), R.randint(0, 9999))
    if c == "FR":
        return "+33 6 %02d %02d %02d %02d" % tuple(R.randint(0, 99) for _ in range(4))
    if c == "SG":
        return "+65 %d %04d" % (R.choice([8, 9]) * 1000 + R.randint(100, 999), R.randint(0, 9999))
    if c == "IN":
        return "+91 9%04d %05d" % (R.randint(0, 9999), R.randint(0, 99999))
    return None


def make_person(c, female=None, last=None):
    female = R.random() < 0.5 if female is None else female
    dob = dt.date(R.randint(1955, 2004), R.randint(1, 12), R.randint(1, 28))
    if c == "TH":
        f = R.choice(TH_F if female else TH_M)
        l = last or R.choice(TH_L)
        p = {"first": f[1], "last": l[1], "first_th": f[0], "last_th": l[0], "lastpair": l}
    else:
        ms, fs, ls = FOREIGN[c]
        p = {"first": R.choice(fs if female else ms), "last": last or R.choice(ls), "first_th": None, "last_th": None,
             "lastpair": None}
    p.update({"c": c, "female": female, "dob": dob, "title": ("Ms" if R.random() < 0.7 else "Mrs") if female else "Mr"})
    if c == "TH":
        p["doc"] = ("national_id", thai_id(dob))
    else:
        p["doc"] = ("passport", passport(c))
    return p


def ascii_name(s):
    return (s.replace("ü", "u").replace("é", "e").replace("è", "e").replace(" ", "").replace("-", "").lower())


# ------------------------------------------------------------ hotels (control)
HOTELS = [("H10021", "Riverside Grand Bangkok", "โรงแรมริเวอร์ไซด์ แกรนด์ กรุงเทพ", "Bangkok", "กรุงเทพมหานคร", 5, 320, 13.7211, 100.5142),
          ("H10058", "Sukhumvit Park Residence", "สุขุมวิท พาร์ค เรสซิเดนซ์", "Bangkok", "กรุงเทพมหานคร", 4, 184, 13.7380, 100.5605),
          ("H10113", "Old Town Boutique Chiang Mai", "โอลด์ทาวน์ บูทีค เชียงใหม่", "Chiang Mai", "เชียงใหม่", 3, 42, 18.7883, 98.9853),
          ("H10140", "Nimman Loft Hotel", "นิมมาน ลอฟท์ โฮเทล", "Chiang Mai", "เชียงใหม่", 4, 96, 18.7990, 98.9680),
          ("H10207", "Patong Bay Resort & Spa", "ป่าตอง เบย์ รีสอร์ท แอนด์ สปา", "Phuket", "ภูเก็ต", 4, 260, 7.8966, 98.2968),
          ("H10219", "Kata Hillside Villas", "กะตะ ฮิลล์ไซด์ วิลล่า", "Phuket", "ภูเก็ต", 5, 58, 7.8196, 98.2989),
          ("H10305", "Ao Nang Cliff Beach Hotel", "อ่าวนาง คลิฟ บีช", "Krabi", "กระบี่", 4, 140, 8.0321, 98.8236),
          ("H10388", "Hua Hin Seaside Retreat", "หัวหิน ซีไซด์ รีทรีท", "Hua Hin", "ประจวบคีรีขันธ์", 4, 110, 12.5684, 99.9577),
          ("H10412", "Pattaya Beachfront Inn", "พัทยา บีชฟร้อนท์ อินน์", "Pattaya", "ชลบุรี", 3, 75, 12.9276, 100.8771),
          ("H10460", "Samui Coconut Grove", "สมุย โคโคนัท โกรฟ", "Koh Samui", "สุราษฎร์ธานี", 4, 88, 9.5357, 100.0629),
          ("H10502", "Khao Yai Valley Lodge", "เขาใหญ่ วัลเลย์ ลอดจ์", "Pak Chong", "นครราชสีมา", 3, 36, 14.5500, 101.3700),
          ("H10533", "Ayutthaya Heritage House", "อยุธยา เฮอริเทจ เฮาส์", "Ayutthaya", "พระนครศรีอยุธยา", 3, 24, 14.3532, 100.5689)]
ROOMS = ["Superior Double", "Deluxe King", "Deluxe Twin", "Family Room", "Pool Villa", "Junior Suite", "Studio"]

# ------------------------------------------------------------ customers and their travel parties
customers = []
for i in range(96):
    c = R.choices([x[0] for x in CTRY_W], [x[1] for x in CTRY_W])[0]
    p = make_person(c)
    p["pid"] = "cust:%d" % i
    p["cid"] = "C%07d" % R.randint(1000000, 9999999)
    base = R.choice([ascii_name(p["first"]) + "." + ascii_name(p["last"]), ascii_name(p["first"]) + str(R.randint(1, 99)),
                     ascii_name(p["first"])[:4] + ascii_name(p["last"])[:3] + str(p["dob"].year)])
    p["email"] = base + "@" + R.choice(MAILDOM[c])
    p["phone"] = phone(c)
    p["tier"] = R.choices(["Blue", "Silver", "Gold", "Platinum"], [55, 25, 15, 5])[0]
    p["signup"] = rdt(dt.datetime(2018, 1, 1, tzinfo=ICT), dt.datetime(2024, 1, 31, tzinfo=ICT))
    p["lang"] = {"TH": "th", "CN": "zh", "JP": "ja", "KR": "ko", "DE": "de", "FR": "fr"}.get(c, "en")
    # fixed companions (spouse / friend / child) reused across bookings
    p["party"] = []
    for _ in range(R.choices([0, 1, 2], [30, 50, 20])[0]):
        same_family = R.random() < 0.6
        comp = make_person(c, female=not p["female"] if R.random() < 0.7 else None,
                           last=(p["lastpair"] if c == "TH" else p["last"]) if same_family else None)
        if c == "TH" and same_family:
            comp["last"], comp["last_th"] = p["lastpair"][1], p["lastpair"][0]
        comp["pid"] = "comp:%d:%d" % (i, len(p["party"]))
        p["party"].append(comp)
    customers.append(p)

START, END = dt.datetime(2023, 10, 1, tzinfo=ICT), dt.datetime(2024, 3, 31, 20, tzinfo=ICT)
bookings = []
for p in customers:
    for _ in range(R.choices([1, 1, 2, 3, 4], k=1)[0]):
        created = rdt(START, END)
        h = R.choice(HOTELS)
        ci = (created + dt.timedelta(days=R.randint(1, 90))).date()
        nights = R.choice([1, 2, 2, 3, 3, 4, 5, 7])
        guests = []
        lead_is_booker = R.random() < 0.9
        if lead_is_booker:
            guests.append(p)
        if p["party"]:
            guests += R.sample(p["party"], R.randint(1 if not lead_is_booker else 0, len(p["party"])))
        if not guests:
            guests = [p]
        amount = round(R.uniform(900, 6500) * nights * (1.6 if h[5] == 5 else 1.0), 2)
        status = R.choices(["CONFIRMED", "CANCELLED", "NO_SHOW", "COMPLETED"], [30, 12, 3, 55])[0]
        if ci > dt.date(2024, 3, 31):
            status = R.choice(["CONFIRMED", "CONFIRMED", "CANCELLED"])
        pay = R.choices(["credit_card", "promptpay", "truemoney", "pay_at_hotel"], [60, 25, 8, 7])[0]
        special = None
        sp_cats = set()
        k = R.random()
        if k < 0.35:
            special = R.choice(["High floor please", "Non-smoking room", "ขอห้องชั้นสูงค่ะ", "ขอเตียงเสริม 1 เตียง",
                                "Late check-in around 23:00", "Honeymoon – flowers if possible", "ขอห้องที่ใกล้ลิฟต์ครับ",
                                "Airport pickup needed, flight TG 661", "Baby cot please", "ขอเช็คอินก่อนเวลาได้ไหมคะ"])
        elif k < 0.45 and len(guests) > 0:
            g = R.choice(p["party"]) if p["party"] else p
            if p["c"] == "TH" and g.get("first_th"):
                special = "ผู้เข้าพัก %s %s จะมาถึงก่อน กรุณาโทร %s" % (g["first_th"], g["last_th"], p["phone"])
            else:
                special = "%s %s will check in first, please call %s on arrival" % (g["first"], g["last"], p["phone"])
            sp_cats.update([("name", g["pid"]), ("phone", p["pid"])])
        bookings.append({"id": "SS%s-%s" % (created.strftime("%y%m"), "%05d" % R.randint(0, 99999)),
                         "conf": "%010d" % R.randint(0, 9999999999), "created": created, "hotel": h, "ci": ci,
                         "co": ci + dt.timedelta(days=nights), "nights": nights, "room": R.choice(ROOMS), "cust": p,
                         "guests": guests, "amount": amount, "status": status, "pay": pay, "special": special,
                         "sp_cats": sp_cats, "channel": R.choice(["web", "app_ios", "app_android", "app_android", "call_center"]),
                         "card": ({"brand": R.choice(["VISA", "MASTERCARD", "JCB", "AMEX"]), "last4": "%04d" % R.randint(0, 9999),
                                   "expiry": "%02d/%02d" % (R.randint(1, 12), R.randint(24, 30)),
                                   "bin": R.choice(["454633", "524140", "356600", "377862", "412751", "540061"])}
                                  if pay == "credit_card" else None)})
bookings.sort(key=lambda b: b["created"])


def iso(t):
    return t.isoformat(timespec="seconds")


out_b = []
for b in bookings:
    c = b["cust"]
    P.add(c["pid"], "name", "email", "phone", "location", "account_type", "activity")
    for g in b["guests"]:
        P.add(g["pid"], "name", "government_id", "date_of_birth")
    for cat, pid in b["sp_cats"]:
        P.add(pid, cat)
    gl = []
    for j, g in enumerate(b["guests"]):
        gl.append({"title": g["title"], "first_name": g["first"], "last_name": g["last"],
                   "first_name_local": g["first_th"], "last_name_local": g["last_th"], "nationality": g["c"],
                   "document": {"type": g["doc"][0], "number": g["doc"][1],
                                "issuing_country": g["c"]},
                   "date_of_birth": g["dob"].isoformat(), "is_lead_guest": j == 0,
                   "age_group": "adult"})
    pay = {"method": b["pay"], "amount": b["amount"], "currency": "THB",
           "paid_at": iso(b["created"] + dt.timedelta(seconds=R.randint(20, 600))) if b["pay"] != "pay_at_hotel" else None,
           "psp_reference": ("pay_" + rhex(24)) if b["pay"] != "pay_at_hotel" else None}
    if b["card"]:
        pay["card"] = b["card"]
    out_b.append({
        "booking_id": b["id"], "hotel_confirmation_no": b["conf"], "status": b["status"], "channel": b["channel"],
        "created_at": iso(b["created"]),
        "hotel": {"hotel_id": b["hotel"][0], "name": b["hotel"][1], "city": b["hotel"][3], "province_th": b["hotel"][4]},
        "stay": {"check_in": b["ci"].isoformat(), "check_out": b["co"].isoformat(), "nights": b["nights"],
                 "room_type": b["room"], "rooms": 1 if len(b["guests"]) <= 2 else 2, "adults": len(b["guests"])},
        "customer": {"customer_id": c["cid"], "first_name": c["first"], "last_name": c["last"], "email": c["email"],
                     "phone": c["phone"], "country_of_residence": c["c"], "preferred_language": c["lang"],
                     "loyalty_tier": c["tier"]},
        "guests": gl, "payment": pay, "special_requests": b["special"]})
BOOK = "bookings_export_2023-10_2024-03.json"
with open(os.path.join(DATA, BOOK), "w", encoding="utf-8") as f:
    json.dump({"export": {"system": "SiamStay CS Console", "job": "cs-vendor-monthly", "generated_at": "2024-04-01T02:00:11+07:00",
                          "range": {"from": "2023-10-01", "to": "2024-03-31"}, "count": len(out_b)},
               "bookings": out_b}, f, ensure_ascii=False, indent=1)

# ------------------------------------------------------------ CS agents
AG_NICK = ["Ploy", "Fon", "Bank", "Beer", "Mint", "Aom", "Nan", "Gift", "Tarn", "Pream", "Best"]
agents = []
for i in range(11):
    female = R.random() < 0.7
    f, l = R.choice(TH_F if female else TH_M), R.choice(TH_L)
    agents.append({"pid": "agent:%d" % i, "id": "CS%03d" % (101 + i), "display": "%s (%s %s.)" % (AG_NICK[i], f[1], l[1][0]),
                   "user": "%s.%s" % (f[1].lower(), l[1][:2].lower())})

# ------------------------------------------------------------ complaints CSV
CATS = [("ROOM_MISMATCH", "Room not as booked", "ห้องพักไม่ตรงกับที่จองไว้ ขอเปลี่ยนห้องหรือคืนเงินส่วนต่าง"),
        ("REFUND", "Refund not received", "ยกเลิกการจองแล้วแต่ยังไม่ได้รับเงินคืน"),
        ("OVERBOOKED", "Hotel overbooked on arrival", "ไปถึงโรงแรมแล้วแจ้งว่าห้องเต็ม"),
        ("CLEANLINESS", "Room not clean", "ห้องไม่สะอาด มีกลิ่นอับ"),
        ("CHARGE", "Charged twice", "โดนตัดเงินบัตรสองครั้ง"),
        ("NOISE", "Noise at night", "เสียงดังจากห้องข้างๆ ทั้งคืน"),
        ("STAFF", "Rude front desk", "พนักงานต้อนรับไม่สุภาพ"),
        ("INVOICE", "Tax invoice request", "ขอใบกำกับภาษีเต็มรูปแบบ")]
tickets = []
for b in bookings:
    if R.random() < 0.32:
        c = b["cust"]
        cat = R.choice(CATS)
        created = max(b["created"], dt.datetime.combine(b["ci"], dt.time(15), tzinfo=ICT)) + dt.timedelta(hours=R.randint(1, 96), minutes=R.randint(0, 59), seconds=R.randint(0, 59))
        if created > END:
            created = rdt(b["created"], END)
        desc_cats = set()
        if c["c"] == "TH":
            desc = cat[2] + " (การจอง %s)" % b["id"]
        else:
            desc = "%s – booking %s at %s." % (cat[1], b["id"], b["hotel"][1])
        if R.random() < 0.35:
            g = R.choice(b["guests"])
            if c["c"] == "TH" and g.get("first_th"):
                desc += " ผู้เข้าพัก: คุณ%s %s" % (g["first_th"], g["last_th"])
            else:
                desc += " Guest name: %s %s." % (g["first"], g["last"])
            desc_cats.add(("name", g["pid"]))
        if R.random() < 0.25:
            cb = phone(c["c"]) if R.random() < 0.3 else c["phone"]
            desc += (" กรุณาติดต่อกลับที่เบอร์ %s" if c["c"] == "TH" else " Please call back on %s") % cb
            desc_cats.add(("phone", c["pid"]))
        ag = R.choice(agents)
        st = R.choices(["RESOLVED", "CLOSED", "PENDING_HOTEL", "OPEN"], [45, 25, 15, 15])[0]
        tickets.append({"no": "CS-%s-%04d" % (created.strftime("%y%m%d"), R.randint(1, 9999)), "created": created,
                        "channel": R.choice(["phone", "email", "line", "chat"]), "b": b, "cat": cat, "desc": desc,
                        "desc_cats": desc_cats, "agent": ag, "status": st,
                        "resolved": created + dt.timedelta(hours=R.randint(2, 120), minutes=R.randint(0, 59), seconds=R.randint(0, 59)) if st in ("RESOLVED", "CLOSED") else None,
                        "csat": R.choice(["1", "2", "3", "4", "5", ""]) if st in ("RESOLVED", "CLOSED") else "",
                        "priority": R.choice(["P1", "P2", "P3", "P3"])})
tickets.sort(key=lambda t: t["created"])
COMP = "complaints_2023Q4_2024Q1.csv"
with open(os.path.join(DATA, COMP), "w", encoding="utf-8", newline="") as f:
    cw = csv.writer(f)
    cw.writerow(["ticket_no", "created_at", "channel", "booking_id", "customer_id", "customer_name", "contact_email",
                 "contact_phone", "category", "subject", "description", "priority", "assigned_agent_id", "assigned_agent",
                 "status", "resolved_at", "csat"])
    for t in tickets:
        c = t["b"]["cust"]
        P.add(c["pid"], "name", "email", "phone", "activity")
        P.add(t["agent"]["pid"], "name")
        for cat, pid in t["desc_cats"]:
            P.add(pid, cat)
        cname = ("%s %s" % (c["first_th"], c["last_th"])) if (c["c"] == "TH" and R.random() < 0.5) else "%s %s" % (c["first"], c["last"])
        cw.writerow([t["no"], t["created"].strftime("%Y-%m-%d %H:%M:%S"), t["channel"], t["b"]["id"], c["cid"], cname,
                     c["email"], c["phone"], t["cat"][0], t["cat"][1], t["desc"], t["priority"], t["agent"]["id"],
                     t["agent"]["display"], t["status"], t["resolved"].strftime("%Y-%m-%d %H:%M:%S") if t["resolved"] else "",
                     t["csat"]])

# ------------------------------------------------------------ LINE OA webhook log (NDJSON)
TEXTS = ["สวัสดีค่ะ สอบถามการจอง {bid} ค่ะ", "สวัสดีครับ ขอเลื่อนวันเข้าพัก {bid} ได้ไหมครับ", "ขอใบกำกับภาษีการจอง {bid}",
         "ยกเลิกการจอง {bid} แล้ว เงินคืนเมื่อไหร่คะ", "โรงแรมมีที่จอดรถไหมครับ", "ขอบคุณค่ะ", "รับทราบครับ",
         "ติดต่อกลับเบอร์ {phone} ได้เลยค่ะ", "ชื่อผู้เข้าพัก {gname} ค่ะ", "ส่งสลิปโอนเงินให้แล้วนะคะ"]
line_users = [c for c in customers if c["c"] == "TH" and R.random() < 0.6]
ev = []
for c in line_users:
    uid = "U" + rhex(32)
    disp = R.choice([c["first"], c["first_th"], "%s %s." % (c["first"], c["last"][0]), c["first_th"] + " 🌸", "คุณ" + c["first_th"]])
    my_b = [b for b in bookings if b["cust"] is c]
    t0 = rdt(START, END)
    ev.append((t0, c, uid, disp, {"type": "follow"}, set()))
    for _ in range(R.randint(2, 8)):
        t0 += dt.timedelta(minutes=R.randint(1, 3000))
        if t0 > END:
            break
        tx = R.choice(TEXTS)
        cats = set()
        b = R.choice(my_b)
        if "{phone}" in tx:
            cats.add(("phone", c["pid"]))
        gsel = R.choice(b["guests"])
        if "{gname}" in tx:
            cats.add(("name", gsel["pid"]))
        tx = tx.format(bid=b["id"], phone=c["phone"], gname="%s %s" % (gsel["first_th"] or gsel["first"], gsel["last_th"] or gsel["last"]))
        ev.append((t0, c, uid, disp, {"type": "message", "message": {"type": "text", "id": str(R.randint(10**17, 10**18 - 1)),
                                                                     "quoteToken": rhex(40), "text": tx}}, cats))
    if R.random() < 0.3:
        t0 += dt.timedelta(minutes=R.randint(1, 600))
        ev.append((t0, c, uid, disp, {"type": "message", "message": {"type": "image", "id": str(R.randint(10**17, 10**18 - 1)),
                                                                     "contentProvider": {"type": "line"}}}, set()))
ev.sort(key=lambda e: e[0])
LINE = "line_oa_webhook_2024Q1.ndjson"
with open(os.path.join(DATA, LINE), "w", encoding="utf-8") as f:
    for t, c, uid, disp, body, cats in ev:
        P.add(c["pid"], "username", "name", "activity")
        for cat, pid in cats:
            P.add(pid, cat)
        e = {"type": body["type"]}
        if "message" in body:
            e["message"] = body["message"]
        e.update({"webhookEventId": "01H" + "".join(R.choice("0123456789ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(23)),
                  "deliveryContext": {"isRedelivery": False}, "timestamp": int(t.timestamp() * 1000),
                  "source": {"type": "user", "userId": uid}, "replyToken": rhex(32), "mode": "active"})
        rec = {"received_at": iso(t + dt.timedelta(milliseconds=R.randint(80, 900))), "destination": "U8d1f0c2b7a9e4c3f5b6a7d8e9f0a1b2c",
               "events": [e], "profile": {"displayName": disp, "language": "th"}, "assigned_agent": None}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")

# ------------------------------------------------------------ nginx access log
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def nts(t):
    return "%02d/%s/%d:%02d:%02d:%02d +0700" % (t.day, MON[t.month - 1], t.year, t.hour, t.minute, t.second)


def th_ip():
    a = R.choice([(49, R.randint(228, 231)), (171, R.randint(96, 103)), (184, 22), (1, 46), (27, 55), (110, R.randint(164, 171)), (223, 24)])
    return "%d.%d.%d.%d" % (a[0], a[1], R.randint(0, 255), R.randint(1, 254))


def foreign_ip():
    if R.random() < 0.15:
        return "2001:8003:%x:%x::%x" % (R.randint(0x1000, 0xffff), R.randint(0, 0xffff), R.randint(1, 0xfff))
    return "%d.%d.%d.%d" % (R.choice([81, 86, 73, 93, 124, 58, 217, 90]), R.randint(1, 250), R.randint(0, 255), R.randint(1, 254))


UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 13; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.178 Mobile Safari/537.36",
       "Mozilla/5.0 (Linux; Android 12; CPH2365) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.230 Mobile Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15",
       "SiamStay/5.8.2 (iPhone; iOS 17.3.1; Scale/3.00)", "SiamStay/5.8.1 (Android 13; SM-A546E)",
       "Mozilla/5.0 (Linux; Android 14; V2250) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.64 Mobile Safari/537.36"]
log = []
LOG_FROM = dt.datetime(2024, 3, 25, tzinfo=ICT)
anon = set()
for c in customers:
    if R.random() < 0.35:
        continue
    ip = th_ip() if c["c"] == "TH" else foreign_ip()
    ua = R.choice(UAS)
    my_b = [b for b in bookings if b["cust"] is c]
    for _ in range(R.randint(1, 3)):
        t = rdt(LOG_FROM, END)
        P.add(c["pid"], "ip_address", "device", "activity")
        seq = []
        lang = "th" if c["c"] == "TH" else "en"
        if R.random() < 0.4:
            b = R.choice(my_b)
            q = urllib.parse.urlencode({"booking_id": b["id"], "email": c["email"]})
            seq.append(("GET", "/api/v1/bookings/lookup?" + q, 200, R.randint(800, 3000)))
            P.add(c["pid"], "email")
            seq.append(("GET", "/%s/manage-booking/%s" % (lang, b["id"]), 200, R.randint(20000, 40000)))
        else:
            seq.append(("POST", "/api/v1/auth/login", 200, 412))
            seq.append(("GET", "/%s/account/bookings" % lang, 200, R.randint(18000, 42000)))
            for b in R.sample(my_b, min(len(my_b), R.randint(1, 2))):
                seq.append(("GET", "/%s/account/bookings/%s" % (lang, b["id"]), 200, R.randint(15000, 30000)))
                if R.random() < 0.3:
                    seq.append(("GET", "/api/v1/bookings/%s/invoice.pdf" % b["id"], 200, R.randint(40000, 90000)))
        for m, pth, code, size in seq:
            log.append((t, '%s - - [%s] "%s %s HTTP/2.0" %d %d "https://www.siamstay.co.th/%s/" "%s" rt=%.3f'
                        % (ip, nts(t), m, pth, code, size, lang, ua, R.uniform(0.01, 0.9))))
            t += dt.timedelta(seconds=R.randint(2, 60))
# CS agents through the console (basic auth: $remote_user is the agent login), vendor office NAT address
OFFICE_IP = "203.151.46.%d" % R.randint(10, 200)
for ag in agents:
    for _ in range(R.randint(10, 30)):
        t = rdt(LOG_FROM, END)
        P.add(ag["pid"], "username", "activity")
        c = R.choice(customers)
        pth = R.choice(["/console/customers/%s" % c["cid"], "/console/tickets?queue=%s" % R.choice(["refund", "general", "line", "vip"]),
                        "/console/bookings/%s" % R.choice([b["id"] for b in bookings if b["cust"] is c]),
                        "/console/tickets/%s" % (tickets[R.randrange(len(tickets))]["no"])])
        log.append((t, '%s - %s [%s] "GET %s HTTP/2.0" 200 %d "https://cs.siamstay.co.th/console/" "%s" rt=%.3f'
                    % (OFFICE_IP, ag["user"], nts(t), pth, R.randint(3000, 25000), UAS[3], R.uniform(0.02, 1.5))))
# anonymous shoppers (not identifiable, not counted) and bots
for _ in range(90):
    ip = R.choice([th_ip, th_ip, foreign_ip])()
    aua = R.choice(UAS)
    anon.add(ip)
    t = rdt(LOG_FROM, END)
    h = R.choice(HOTELS)
    for pth in R.sample(["/th/", "/en/", "/th/search?city=%s&checkin=2024-04-12&nights=2&adults=2" % urllib.parse.quote(h[3]),
                         "/en/hotels/%s" % h[0], "/th/hotels/%s" % h[0], "/th/promotions/songkran-2024"], R.randint(1, 3)):
        log.append((t, '%s - - [%s] "GET %s HTTP/2.0" 200 %d "-" "%s" rt=%.3f' % (ip, nts(t), pth, R.randint(9000, 80000), aua, R.uniform(0.02, 0.7))))
        t += dt.timedelta(seconds=R.randint(3, 120))
for _ in range(120):
    t = rdt(LOG_FROM, END)
    log.append((t, R.choice([
        '10.8.0.%d - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "ELB-HealthChecker/2.0" rt=0.001' % (R.randint(2, 9), nts(t)),
        '66.249.79.%d - - [%s] "GET /th/hotels/%s HTTP/1.1" 200 41234 "-" "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" rt=0.210' % (R.randint(1, 250), nts(t), R.choice(HOTELS)[0]),
        '40.77.167.%d - - [%s] "GET /robots.txt HTTP/1.1" 200 112 "-" "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)" rt=0.002' % (R.randint(1, 250), nts(t))])))
log.sort(key=lambda x: x[0])
with open(os.path.join(DATA, "nginx_access.log"), "w", encoding="utf-8") as f:
    f.write("\n".join(l for _, l in log) + "\n")

# ------------------------------------------------------------ control: hotels
with open(os.path.join(DATA, "hotel_catalogue.csv"), "w", encoding="utf-8", newline="") as f:
    cw = csv.writer(f)
    cw.writerow(["hotel_id", "name_en", "name_th", "city", "province_th", "star_rating", "rooms", "latitude", "longitude", "commission_pct"])
    for h in HOTELS:
        cw.writerow(list(h) + [R.choice([12, 15, 15, 18])])

# ------------------------------------------------------------ truth
n_guests = len({g["pid"] for b in bookings for g in b["guests"]})
truth = {
    "brief": "SiamStay (Thai online hotel-booking agency) customer-service vendor export: a JSON export of bookings with "
             "the booking customer and a nested guests array (Thai guests with Thai national ID and Thai-script names, "
             "foreign guests with passport numbers and dates of birth for TM.30 reporting), a CSV of complaints "
             "tickets (Thai/English free text), the LINE Official Account webhook NDJSON log, the nginx access log of "
             "the customer site and the CS console, and a control hotel catalogue. Thai script and English.",
    "people": P.count(),
    "people_by_category": P.by_cat(),
    "fields": {
        BOOK: {
            "bookings.created_at": "activity", "bookings.customer.first_name": "name", "bookings.customer.last_name": "name",
            "bookings.customer.email": "email", "bookings.customer.phone": "phone",
            "bookings.customer.country_of_residence": "location", "bookings.customer.loyalty_tier": "account_type",
            "bookings.guests.first_name": "name", "bookings.guests.last_name": "name",
            "bookings.guests.first_name_local": "name", "bookings.guests.last_name_local": "name",
            "bookings.guests.document.number": "government_id", "bookings.guests.date_of_birth": "date_of_birth",
            "bookings.payment.paid_at": "activity", "bookings.special_requests": ["name", "phone"],
        },
        COMP: {
            "created_at": "activity", "customer_name": "name", "contact_email": "email", "contact_phone": "phone",
            "description": ["name", "phone"], "assigned_agent": "name",
        },
        LINE: {
            "events.source.userId": "username", "profile.displayName": "name", "events.timestamp": "activity",
            "received_at": "activity", "events.message.text": ["phone", "name"],
        },
    },
    "text": {"nginx_access.log": ["ip_address", "activity", "device", "email", "username"]},
    "controls": ["hotel_catalogue.csv"],
    "ambiguous": {
        BOOK: ["bookings.guests.nationality", "bookings.guests.document.issuing_country", "bookings.stay.check_in",
               "bookings.stay.check_out", "bookings.customer.preferred_language", "bookings.guests.title"],
        COMP: ["resolved_at"],
        LINE: ["events.replyToken"],
    },
    "lookalikes": {
        BOOK: {"bookings.booking_id": "booking ids SSyymm-nnnnn", "bookings.hotel_confirmation_no": "10-digit hotel confirmation numbers (same length class as a phone number)",
               "bookings.customer.customer_id": "customer numbers C+7 digits", "bookings.payment.card.last4": "card last four",
               "bookings.payment.card.bin": "card BIN (6 digits)", "bookings.payment.card.expiry": "card expiry MM/YY",
               "bookings.payment.card.brand": "card brand", "bookings.payment.psp_reference": "payment provider references",
               "bookings.hotel.city": "hotel city (place of the hotel, not of a person)", "bookings.hotel.name": "hotel names"},
        COMP: {"ticket_no": "ticket numbers", "booking_id": "booking ids", "customer_id": "customer numbers",
               "assigned_agent_id": "agent codes CSnnn", "subject": "category subjects"},
        LINE: {"events.webhookEventId": "ULID event ids", "events.message.id": "18-digit LINE message ids",
               "events.message.quoteToken": "hex quote tokens", "destination": "the OA bot's own LINE id"},
        "hotel_catalogue.csv": {"latitude": "hotel coordinates (place register)", "longitude": "hotel coordinates"},
    },
    "notes": ("People = %d booking customers + %d travel companions (guests or named in free text) (%d distinct guests in all) + "
              "%d CS agents. Thai national IDs have a valid mod-11 check digit, about a third written 1-2345-67890-12-3. "
              "special_requests / description / LINE message text contain names and phones only in some rows. "
              "nginx: customers are identified by their email (URL-encoded, %%40) in /api/v1/bookings/lookup query strings or by their "
              "booking ids in account URLs; the CS console lines carry the agent login as $remote_user from the "
              "vendor office NAT address %s (not counted as the agents' ip_address). %d anonymous shopper IPs, "
              "bots and health checks are NOT counted as people. LINE userId counted as username, displayName as name.")
             % (len(customers), len([p for p in P.cats if p.startswith("comp:")]),
                n_guests, len(agents), OFFICE_IP, len(anon)),
}
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=2)
print(json.dumps({"people": truth["people"], "by_cat": truth["people_by_category"]}, indent=1))
for fn in sorted(os.listdir(DATA)):
    print(fn, os.path.getsize(os.path.join(DATA, fn)))
