#!/usr/bin/env python3
"""Blind evaluation dump D/vn-telco: export of the customer-care vendor of a Vietnamese
mobile operator ("Sao Việt Mobile").  Writes data/ and truth.json.  Seeded, stdlib only."""
import json, os, random, string, hashlib, datetime as dt, uuid
from collections import defaultdict

SEED = 84_2024_06
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "data")
os.makedirs(OUT, exist_ok=True)
TZ = dt.timezone(dt.timedelta(hours=7))

PEOPLE = defaultdict(set)
def mark(pid, *cats): PEOPLE[pid].update(cats)
fields = defaultdict(dict)
def F(path, field, cat): fields[path][field] = cat

def digits(n): return "".join(rng.choice(string.digits) for _ in range(n))
def luhn_digit(partial):
    tot = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return str((10 - tot % 10) % 10)
def luhn_ok(n): return luhn_digit(n[:-1]) == n[-1]
def rdt(a, b):
    a, b = dt.datetime.fromisoformat(a), dt.datetime.fromisoformat(b)
    return a + dt.timedelta(seconds=rng.randint(0, int((b - a).total_seconds())))
def rdate(a, b):
    a, b = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))
def strip_vn(s):
    import unicodedata
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")

# ------------------------------------------------------------------ pools
HO = ["Nguyễn"] * 8 + ["Trần"] * 4 + ["Lê"] * 3 + ["Phạm"] * 3 + ["Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trịnh", "Đinh", "Lương"]
DEM_M = ["Văn", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Gia", "Hoàng", "Công", "Tuấn", "Xuân"]
DEM_F = ["Thị", "Thị", "Ngọc", "Thu", "Kim", "Thanh", "Minh", "Bảo", "Phương", "Hải"]
TEN_M = ["An", "Bình", "Cường", "Dũng", "Hùng", "Huy", "Khánh", "Long", "Nam", "Phong", "Quang", "Sơn", "Thắng", "Tuấn", "Việt", "Hiếu", "Trung", "Đạt", "Kiên", "Lộc", "Phúc", "Tài"]
TEN_F = ["Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hoa", "Hương", "Lan", "Linh", "Mai", "Ngọc", "Nhung", "Phương", "Thảo", "Trang", "Vy", "Yến", "Quỳnh", "Tâm", "Uyên"]
PLACES = [
    ("001", "Hà Nội", [("Quận Cầu Giấy", ["Phường Dịch Vọng", "Phường Quan Hoa", "Phường Yên Hòa"], ["Trần Thái Tông", "Xuân Thủy", "Cầu Giấy", "Nguyễn Khánh Toàn"], (21.030, 105.790)),
                       ("Quận Hai Bà Trưng", ["Phường Phạm Đình Hổ", "Phường Bạch Mai", "Phường Lê Đại Hành"], ["Phố Huế", "Bạch Mai", "Lò Đúc", "Minh Khai"], (21.008, 105.852)),
                       ("Quận Hoàng Mai", ["Phường Định Công", "Phường Hoàng Liệt"], ["Giải Phóng", "Kim Giang", "Tam Trinh"], (20.975, 105.850))]),
    ("079", "TP. Hồ Chí Minh", [("Quận 3", ["Phường Võ Thị Sáu", "Phường 9", "Phường 14"], ["Nguyễn Thị Minh Khai", "Cách Mạng Tháng 8", "Lê Văn Sỹ", "Trần Quốc Thảo"], (10.782, 106.686)),
                                ("Quận Bình Thạnh", ["Phường 25", "Phường 13", "Phường 22"], ["Xô Viết Nghệ Tĩnh", "Điện Biên Phủ", "Nơ Trang Long"], (10.805, 106.710)),
                                ("TP. Thủ Đức", ["Phường Linh Trung", "Phường Hiệp Bình Chánh", "Phường Thảo Điền"], ["Võ Văn Ngân", "Kha Vạn Cân", "Quốc Hương"], (10.850, 106.760)),
                                ("Quận Gò Vấp", ["Phường 5", "Phường 10"], ["Quang Trung", "Nguyễn Oanh", "Phan Văn Trị"], (10.838, 106.665))]),
    ("048", "Đà Nẵng", [("Quận Hải Châu", ["Phường Hải Châu I", "Phường Thạch Thang"], ["Lê Duẩn", "Hùng Vương", "Trần Phú"], (16.068, 108.220)),
                        ("Quận Sơn Trà", ["Phường An Hải Bắc", "Phường Phước Mỹ"], ["Ngô Quyền", "Võ Nguyên Giáp"], (16.075, 108.240))]),
    ("031", "Hải Phòng", [("Quận Lê Chân", ["Phường An Biên", "Phường Dư Hàng"], ["Tô Hiệu", "Trần Nguyên Hãn"], (20.846, 106.680))]),
    ("092", "Cần Thơ", [("Quận Ninh Kiều", ["Phường Xuân Khánh", "Phường An Hòa"], ["30 Tháng 4", "Mậu Thân", "Nguyễn Văn Cừ"], (10.030, 105.770))]),
    ("040", "Nghệ An", [("TP. Vinh", ["Phường Hưng Bình", "Phường Lê Lợi"], ["Lê Lợi", "Quang Trung", "Nguyễn Du"], (18.675, 105.690))]),
]
PREFIXES = ["090", "093", "089", "070", "079", "077", "076", "078"]
OTHER_PREFIXES = ["091", "094", "088", "096", "097", "098", "086", "035", "038"]
PLANS = [("MAX90", "Data MAX 90", 90000, "prepaid"), ("C120", "C120 thoại + data", 120000, "prepaid"), ("D15", "Data 15K/ngày", 15000, "prepaid"),
         ("TK135", "Tiết kiệm 135", 135000, "prepaid"), ("SV50", "Sinh viên 50", 50000, "prepaid"), ("PT199", "Trả sau 199", 199000, "postpaid"),
         ("PT299", "Trả sau 299 Family", 299000, "postpaid"), ("BIZ499", "Doanh nghiệp 499", 499000, "postpaid")]
PHONES = [("Samsung", "Galaxy A15", "35" + "0981"), ("Samsung", "Galaxy S23", "35" + "1675"), ("Apple", "iPhone 13", "35" + "3883"), ("Apple", "iPhone 15 Pro Max", "35" + "6447"),
          ("Xiaomi", "Redmi Note 13", "86" + "1234"), ("OPPO", "A58", "86" + "0377"), ("vivo", "Y17s", "86" + "5102"), ("Nokia", "105 4G", "35" + "2419"), ("realme", "C53", "86" + "7713")]

def fmt_phone(msisdn):
    n = "0" + msisdn[2:]
    r = rng.random()
    if r < 0.35: return f"{n[:4]} {n[4:7]} {n[7:]}"
    if r < 0.6: return n
    if r < 0.8: return f"{n[:4]}.{n[4:7]}.{n[7:]}"
    return f"+84 {n[1:4]} {n[4:7]} {n[7:]}"

# ------------------------------------------------------------------ subscribers
N = 190
subs = []
used = set()
for sid in range(100201, 100201 + N):
    female = rng.random() < 0.5
    ho = rng.choice(HO)
    name = f"{ho} {rng.choice(DEM_F if female else DEM_M)} {rng.choice(TEN_F if female else TEN_M)}"
    dob = rdate("1950-01-01", "2006-06-30")
    pcode, prov, dists = rng.choice(PLACES)
    dist, wards, streets, (lat, lon) = rng.choice(dists)
    ward = rng.choice(wards)
    r = rng.random()
    if r < 0.4: addr = f"Số {rng.randint(1, 300)} {rng.choice(streets)}"
    elif r < 0.7: addr = f"{rng.randint(1, 250)}/{rng.randint(1, 40)} {rng.choice(streets)}"
    else: addr = f"Số {rng.randint(1, 60)} ngõ {rng.randint(2, 200)} {rng.choice(streets)}"
    if rng.random() < 0.85:
        gdig = (0 if dob.year < 2000 else 2) + (1 if female else 0)
        idt, idn = "CCCD", f"{pcode}{gdig}{str(dob.year)[2:]}{digits(6)}"
    elif rng.random() < 0.7:
        idt, idn = "CMND", rng.choice(["0", "1", "2", "3"]) + digits(8)
    else:
        idt, idn = "HO_CHIEU", rng.choice("BCN") + digits(7)
    while True:
        msisdn = "84" + rng.choice(PREFIXES)[1:] + digits(7)
        if msisdn not in used: break
    used.add(msisdn)
    plan = rng.choice(PLANS)
    email = None
    if rng.random() < 0.55:
        parts = strip_vn(name).lower().split()
        email = rng.choice([f"{parts[-1]}{parts[0]}{dob.year % 100:02d}", f"{parts[-1]}.{parts[0]}{rng.randint(1, 999)}", "".join(parts) + str(dob.year),
                            f"{parts[-1]}{''.join(p[0] for p in parts[:-1])}"]) + "@" + rng.choice(["gmail.com", "gmail.com", "gmail.com", "yahoo.com.vn", "outlook.com", "icloud.com"])
    act = rdt("2012-01-01T08:00:00", "2024-05-15T20:00:00")
    subs.append(dict(subscriber_id=sid, pid=f"s{sid}", msisdn=msisdn, full_name=name, female=female, gender="F" if female else "M", date_of_birth=dob,
                     id_type=idt, id_number=idn, id_issue_date=rdate("2016-01-01", "2024-03-01") if idt == "CCCD" else rdate("2005-01-01", "2019-12-31"),
                     id_issue_place="Cục Cảnh sát QLHC về TTXH" if idt == "CCCD" else (f"CA {prov}" if idt == "CMND" else "Cục Quản lý XNC"),
                     address=addr, ward=ward, district=dist, province=prov, latlon=(lat, lon), email=email,
                     subscriber_type=plan[3], plan_code=plan[0], status=rng.choices(["active", "suspended_1way", "suspended_2way", "terminated"], [84, 7, 5, 4])[0],
                     activated_at=act, kyc_verified_at=act + dt.timedelta(days=rng.randint(0, 3000)) if rng.random() < 0.9 else None,
                     loyalty_points=rng.randint(0, 25000), store_code=f"CH{rng.randint(1, 99):03d}"))
    if subs[-1]["kyc_verified_at"] and subs[-1]["kyc_verified_at"] > dt.datetime(2024, 6, 1): subs[-1]["kyc_verified_at"] = dt.datetime(2024, 5, 28, 10, 14, 3)

# ------------------------------------------------------------------ care agents
AGENTS = []
for i in range(14):
    female = rng.random() < 0.7
    ho, dem, ten = rng.choice(HO), rng.choice(DEM_F if female else DEM_M), rng.choice(TEN_F if female else TEN_M)
    un = f"{strip_vn(ten).lower()}.{strip_vn(ho)[0].lower()}{strip_vn(dem)[0].lower()}"
    if any(a["username"] == un for a in AGENTS): un += str(i)
    AGENTS.append(dict(agent_id=501 + i, pid=f"a{i}", username=un, full_name=f"{ho} {dem} {ten}", given=ten, female=female,
                       email=f"{un}@care.saovietmobile.vn", team=rng.choice(["Hotline HN", "Hotline HCM", "Zalo OA", "Back office"]),
                       role="supervisor" if i in (0, 7) else ("qa" if i == 13 else "agent"),
                       password_sha256=hashlib.sha256(f"{un}:{rng.random()}".encode()).hexdigest(), hired_on=rdate("2017-02-01", "2024-02-01"),
                       ws_ip=f"10.30.{rng.choice([12, 14, 22])}.{rng.randint(20, 240)}", active=rng.random() < 0.93))

# ------------------------------------------------------------------ SIMs, devices, top-ups
sims, devices, topups = [], [], []
for s in subs:
    for k in range(rng.choice([1, 1, 1, 2])):
        body = "898401" + rng.choice(["23", "22", "21", "19"]) + digits(10)
        iccid = body + luhn_digit(body)
        sims.append(dict(sim_id=len(sims) + 1, subscriber_id=s["subscriber_id"], iccid=iccid, imsi="45201" + digits(10),
                         sim_type=rng.choice(["USIM", "USIM", "USIM", "eSIM"]), issued_at=s["activated_at"] + dt.timedelta(days=rng.randint(0, 2000)) if k else s["activated_at"],
                         status="active" if k == 0 else "replaced"))
    for k in range(rng.choice([1, 1, 2, 2, 3])):
        brand, model, tac = rng.choice(PHONES)
        tac = tac + digits(2)
        body = tac + digits(6)
        devices.append(dict(device_id=len(devices) + 1, subscriber_id=s["subscriber_id"], s=s, imei=body + luhn_digit(body), brand=brand, model=model,
                            detected_at=rdt("2021-01-01T00:00:00", "2024-06-20T00:00:00"), volte=rng.random() < 0.8))
    for k in range(rng.randint(2, 14) if s["subscriber_type"] == "prepaid" else rng.randint(0, 2)):
        ch = rng.choices(["THE_CAO", "MOMO", "ZALOPAY", "BANK_APP", "MY_APP"], [25, 25, 12, 28, 10])[0]
        amt = rng.choice([10000, 20000, 30000, 50000, 100000, 200000, 500000])
        t = dict(topup_id=len(topups) + 1, subscriber_id=s["subscriber_id"], s=s, msisdn=s["msisdn"], amount_vnd=amt, channel=ch,
                 card_serial=None, bank_code=None, bank_txn_ref=None, wallet_txn_id=None, created_at=rdt("2024-01-01T00:00:00", "2024-06-28T23:59:00"),
                 status=rng.choices(["SUCCESS", "FAILED"], [95, 5])[0])
        if ch == "THE_CAO": t["card_serial"] = rng.choice(["1000", "2000", "3300"]) + digits(11)
        elif ch in ("MOMO", "ZALOPAY"): t["wallet_txn_id"] = digits(11) if ch == "MOMO" else f"{t['created_at']:%y%m%d}_{digits(9)}"
        elif ch == "BANK_APP":
            t["bank_code"] = rng.choice(["VCB", "TCB", "MB", "ACB", "VPB", "BIDV"])
            t["bank_txn_ref"] = f"FT{t['created_at']:%y%j}{digits(7)}"
        topups.append(t)

# ------------------------------------------------------------------ pg_dump
def pv(v):
    if v is None: return "\\N"
    if isinstance(v, bool): return "t" if v else "f"
    if isinstance(v, dt.datetime): return v.strftime("%Y-%m-%d %H:%M:%S") + "+07"
    if isinstance(v, dt.date): return v.isoformat()
    return str(v).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")

SQL = "care_db.sql"
out = ["--", "-- PostgreSQL database dump", "--", "", "-- Dumped from database version 14.11 (Ubuntu 14.11-1.pgdg22.04+1)",
       "-- Dumped by pg_dump version 14.11 (Ubuntu 14.11-1.pgdg22.04+1)", "", "SET statement_timeout = 0;", "SET lock_timeout = 0;",
       "SET idle_in_transaction_session_timeout = 0;", "SET client_encoding = 'UTF8';", "SET standard_conforming_strings = on;",
       "SELECT pg_catalog.set_config('search_path', '', false);", "SET check_function_bodies = false;", "SET xmloption = content;",
       "SET client_min_messages = warning;", "SET row_security = off;", "", "SET default_tablespace = '';", "", "SET default_table_access_method = heap;", ""]
constraints = []
def pgtable(name, coldefs, rows, pk, fks=(), seq=True):
    cols = [c.split()[0] for c in coldefs]
    out.append("--"); out.append(f"-- Name: {name}; Type: TABLE; Schema: care; Owner: care_app"); out.append("--"); out.append("")
    out.append(f"CREATE TABLE care.{name} (")
    out.append(",\n".join("    " + c for c in coldefs)); out.append(");"); out.append("")
    out.append(""); out.append(f"ALTER TABLE care.{name} OWNER TO care_app;"); out.append("")
    if seq:
        out.extend(["--", f"-- Name: {name}_{pk}_seq; Type: SEQUENCE; Schema: care; Owner: care_app", "--", "",
                f"CREATE SEQUENCE care.{name}_{pk}_seq", "    AS integer", "    START WITH 1", "    INCREMENT BY 1", "    NO MINVALUE", "    NO MAXVALUE", "    CACHE 1;", "",
                f"ALTER TABLE care.{name}_{pk}_seq OWNER TO care_app;", "", f"ALTER SEQUENCE care.{name}_{pk}_seq OWNED BY care.{name}.{pk};", ""])
    constraints.append((name, pk, fks))
    body = [f"COPY care.{name} ({', '.join(cols)}) FROM stdin;"]
    for r in rows:
        body.append("\t".join(pv(r[c]) for c in cols))
    body.append("\\.")
    return body

copies = []
out.append("CREATE SCHEMA care;"); out.append(""); out.append("ALTER SCHEMA care OWNER TO care_app;"); out.append("")
copies.append(("subscribers", pgtable("subscribers", ["subscriber_id integer NOT NULL", "msisdn character varying(15) NOT NULL", "full_name character varying(120) NOT NULL",
    "gender character(1)", "date_of_birth date", "id_type character varying(10) NOT NULL", "id_number character varying(20) NOT NULL", "id_issue_date date",
    "id_issue_place character varying(80)", "address character varying(200)", "ward character varying(80)", "district character varying(80)",
    "province character varying(60)", "email character varying(150)", "subscriber_type character varying(10) NOT NULL", "plan_code character varying(12) NOT NULL",
    "status character varying(20) NOT NULL", "activated_at timestamp with time zone NOT NULL", "kyc_verified_at timestamp with time zone",
    "loyalty_points integer DEFAULT 0 NOT NULL", "store_code character varying(8)"], subs, "subscriber_id")))
copies.append(("sim_cards", pgtable("sim_cards", ["sim_id integer NOT NULL", "subscriber_id integer NOT NULL", "iccid character varying(20) NOT NULL",
    "imsi character varying(15) NOT NULL", "sim_type character varying(6) NOT NULL", "issued_at timestamp with time zone NOT NULL", "status character varying(10) NOT NULL"],
    sims, "sim_id", [("subscriber_id", "subscribers", "subscriber_id")])))
copies.append(("devices", pgtable("devices", ["device_id integer NOT NULL", "subscriber_id integer NOT NULL", "imei character varying(16) NOT NULL",
    "brand character varying(30)", "model character varying(60)", "detected_at timestamp with time zone NOT NULL", "volte boolean DEFAULT false NOT NULL"],
    devices, "device_id", [("subscriber_id", "subscribers", "subscriber_id")])))
copies.append(("topups", pgtable("topups", ["topup_id integer NOT NULL", "subscriber_id integer NOT NULL", "msisdn character varying(15) NOT NULL",
    "amount_vnd integer NOT NULL", "channel character varying(12) NOT NULL", "card_serial character varying(20)", "bank_code character varying(8)",
    "bank_txn_ref character varying(20)", "wallet_txn_id character varying(24)", "created_at timestamp with time zone NOT NULL", "status character varying(8) NOT NULL"],
    topups, "topup_id", [("subscriber_id", "subscribers", "subscriber_id")])))
copies.append(("care_agents", pgtable("care_agents", ["agent_id integer NOT NULL", "username character varying(40) NOT NULL", "full_name character varying(120) NOT NULL",
    "email character varying(150) NOT NULL", "team character varying(30)", "role character varying(12) NOT NULL", "password_sha256 character(64) NOT NULL",
    "hired_on date", "active boolean DEFAULT true NOT NULL"], AGENTS, "agent_id")))
out.append("")
for name, body in copies:
    out += ["--", f"-- Data for Name: {name}; Type: TABLE DATA; Schema: care; Owner: care_app", "--", ""] + body + ["", ""]
seqmax = {"subscribers": max(s["subscriber_id"] for s in subs), "sim_cards": len(sims), "devices": len(devices), "topups": len(topups), "care_agents": 514}
for name, pk, fks in constraints:
    out += ["--", f"-- Name: {name}_{pk}_seq; Type: SEQUENCE SET; Schema: care; Owner: care_app", "--", "",
            f"SELECT pg_catalog.setval('care.{name}_{pk}_seq', {seqmax[name]}, true);", ""]
for name, pk, fks in constraints:
    out += ["--", f"-- Name: {name} {name}_pkey; Type: CONSTRAINT; Schema: care; Owner: care_app", "--", "",
            f"ALTER TABLE ONLY care.{name}", f"    ADD CONSTRAINT {name}_pkey PRIMARY KEY ({pk});", ""]
out += ["CREATE UNIQUE INDEX subscribers_msisdn_key ON care.subscribers USING btree (msisdn);", "",
        "CREATE INDEX topups_created_at_idx ON care.topups USING btree (created_at);", ""]
for name, pk, fks in constraints:
    for col, rt, rc in fks:
        out += ["--", f"-- Name: {name} {name}_{col}_fkey; Type: FK CONSTRAINT; Schema: care; Owner: care_app", "--", "",
                f"ALTER TABLE ONLY care.{name}", f"    ADD CONSTRAINT {name}_{col}_fkey FOREIGN KEY ({col}) REFERENCES care.{rt}({rc});", ""]
out += ["--", "-- PostgreSQL database dump complete", "--", ""]
with open(os.path.join(OUT, SQL), "w", encoding="utf-8") as f:
    f.write("\n".join(out))

for col, cat in [("msisdn", "phone"), ("full_name", "name"), ("date_of_birth", "date_of_birth"), ("id_number", "government_id"), ("address", "location"),
                 ("ward", "location"), ("district", "location"), ("province", "location"), ("email", "email"), ("subscriber_type", "account_type"),
                 ("plan_code", "account_type"), ("status", "account_type"), ("activated_at", "activity"), ("kyc_verified_at", "activity")]:
    F(SQL, f"subscribers.{col}", cat)
F(SQL, "sim_cards.issued_at", "activity")
F(SQL, "devices.imei", "device"); F(SQL, "devices.detected_at", "activity")
F(SQL, "topups.msisdn", "phone"); F(SQL, "topups.created_at", "activity")
for col, cat in [("username", "username"), ("full_name", "name"), ("email", "email"), ("role", "account_type"), ("password_sha256", "password")]:
    F(SQL, f"care_agents.{col}", cat)
for s in subs:
    mark(s["pid"], "phone", "name", "date_of_birth", "government_id", "location", "account_type", "activity")
    if s["email"]: mark(s["pid"], "email")
for d in devices: mark(d["s"]["pid"], "device")
for a in AGENTS: mark(a["pid"], "username", "name", "email", "account_type", "password")

# ------------------------------------------------------------------ care tickets (NDJSON)
NDJ = "tickets.ndjson"
CATS = [("BILL_DISPUTE", "Khiếu nại cước"), ("NO_SIGNAL", "Mất sóng / sóng yếu"), ("DATA_SLOW", "Data chậm"), ("TOPUP_FAIL", "Nạp tiền không thành công"),
        ("SIM_SWAP", "Đổi SIM / cấp lại SIM"), ("KYC_UPDATE", "Cập nhật thông tin thuê bao"), ("SPAM_SMS", "Tin nhắn rác"), ("PLAN_CHANGE", "Đổi gói cước")]
tickets = []
text_cats = set()
def pronoun(s):
    age = 2024 - s["date_of_birth"].year
    if age >= 55: return "bác"
    return "chị" if s["female"] else "anh"
for s in subs:
    n = rng.choices([0, 1, 2, 3, 4], [20, 35, 25, 12, 8])[0]
    for k in range(n):
        code, cname = rng.choice(CATS)
        t0 = dt.datetime.combine(rdate("2024-03-01", "2024-06-28"), dt.time(rng.randint(7, 21), rng.randint(0, 59), rng.randint(0, 59))).replace(tzinfo=TZ)
        ag = rng.choice([a for a in AGENTS if a["role"] == "agent"])
        given = s["full_name"].split()[-1]
        pr = pronoun(s)
        msgs = []
        cust_first = rng.random()
        if cust_first < 0.35:
            txt = f"Chào tổng đài, tôi là {s['full_name']}, chủ thuê bao {fmt_phone(s['msisdn'])}. " + rng.choice(
                ["Tháng này bị trừ cước vô lý.", "Nhà tôi mất sóng từ hôm qua.", "Nạp thẻ 100k mà không vào tài khoản.", "Tôi muốn đổi sang gói khác."])
            msgs.append(("customer", None, txt)); mark(s["pid"], "name", "phone"); text_cats.update(["name", "phone"])
        elif cust_first < 0.6:
            msgs.append(("customer", None, rng.choice(["Mạng yếu quá, vào mạng không được", "Sao tự nhiên bị trừ 30k vậy ad?", "Cho hỏi cách đăng ký gói SV50",
                                                        "Tôi bị mất SIM, cần khóa gấp", "Ngày nào cũng nhận tin nhắn quảng cáo vay tiền"])))
        msgs.append(("agent", ag["username"], f"Dạ em chào {pr} {given}, em là {ag['given']} tổng đài viên Sao Việt Mobile. " +
                     rng.choice(["Em đã ghi nhận phản ánh của " + pr + " ạ.", "Em kiểm tra giúp " + pr + " ngay ạ.", pr.capitalize() + " vui lòng chờ trong giây lát ạ."])))
        mark(s["pid"], "name"); mark(ag["pid"], "name"); text_cats.add("name")
        if code in ("SIM_SWAP", "KYC_UPDATE") and rng.random() < 0.6:
            msgs.append(("customer", None, f"Số CCCD của tôi là {s['id_number']}, ngày sinh {s['date_of_birth']:%d/%m/%Y}" if s["id_type"] == "CCCD" else
                         f"Số giấy tờ {s['id_number']}, sinh năm {s['date_of_birth'].year}"))
            mark(s["pid"], "government_id", "date_of_birth"); text_cats.update(["government_id", "date_of_birth"])
        if rng.random() < 0.3:
            alt = "0" + rng.choice(OTHER_PREFIXES)[1:] + digits(7)
            msgs.append(("customer", None, f"Có gì gọi lại cho tôi số {alt[:4]} {alt[4:7]} {alt[7:]} nhé"))
            s.setdefault("alt_phones", []).append(alt)
            mark(s["pid"], "phone"); text_cats.add("phone")
        if s["email"] and rng.random() < 0.15:
            msgs.append(("customer", None, f"Gửi hóa đơn qua email {s['email']} giúp tôi"))
            mark(s["pid"], "email"); text_cats.add("email")
        msgs.append(("agent", ag["username"], rng.choice(["Dạ em đã chuyển yêu cầu sang bộ phận kỹ thuật, trong 24h sẽ có phản hồi ạ.",
                                                           "Dạ em đã hoàn 20.000đ vào tài khoản chính ạ.", "Dạ yêu cầu đã được xử lý xong ạ. Cảm ơn " + pr + "!",
                                                           "Dạ " + pr + " vui lòng mang CCCD gắn chip ra cửa hàng gần nhất để cập nhật ạ."])))
        t = t0
        mobj = []
        for who, au, txt in msgs:
            t = t + dt.timedelta(seconds=rng.randint(20, 900))
            mobj.append({"at": t.isoformat(), "from": who, "author": au, "text": txt})
        mark(ag["pid"], "username", "activity")
        mark(s["pid"], "activity", "phone", "name", "account_type")
        tk = {"ticket_id": f"CS{t0:%y%m}{rng.randint(100000, 999999)}", "created_at": t0.isoformat(),
              "channel": rng.choice(["hotline_18001090", "hotline_18001090", "zalo_oa", "my_app", "store"]), "priority": rng.choice(["normal", "normal", "high"]),
              "category": {"code": code, "name": cname},
              "subscriber": {"subscriber_id": s["subscriber_id"], "msisdn": s["msisdn"], "full_name": s["full_name"], "plan": s["plan_code"]},
              "assignee": ag["username"], "messages": mobj, "attachments": [], "tags": rng.sample(["cuoc", "data", "song", "sim", "kyc", "vip", "repeat"], 2),
              "sla": {"due_at": (t0 + dt.timedelta(hours=24)).isoformat(), "breached": rng.random() < 0.1},
              "status": rng.choice(["closed", "closed", "closed", "pending", "escalated"])}
        if rng.random() < 0.35:
            cb = "0" + s["msisdn"][2:]
            tk["contact"] = {"callback_number": f"{cb[:4]} {cb[4:7]} {cb[7:]}", "preferred_time": rng.choice(["sau 18h", "giờ hành chính", "buổi sáng"])}
            mark(s["pid"], "phone")
        if code == "NO_SIGNAL":
            la, lo = s["latlon"]
            tk["location"] = {"province": s["province"], "district": s["district"], "lat": round(la + rng.uniform(-0.02, 0.02), 6), "lon": round(lo + rng.uniform(-0.02, 0.02), 6),
                              "source": "customer_pin"}
            mark(s["pid"], "location")
        if rng.random() < 0.3:
            for _ in range(rng.randint(1, 2)):
                data = os.urandom(0) + f"{tk['ticket_id']}{rng.random()}".encode()
                tk["attachments"].append({"name": rng.choice(["anh_chup_man_hinh.jpg", "hoa_don_T5.pdf", "speedtest.png", "cccd_mat_truoc.jpg"]),
                                          "sha256": hashlib.sha256(data).hexdigest(), "size": rng.randint(40000, 2400000)})
        if tk["status"] == "closed":
            tk["resolution"] = {"code": rng.choice(["REFUND", "EXPLAINED", "TECH_FIXED", "NO_FAULT"]), "refund_vnd": rng.choice([0, 0, 10000, 20000, 50000])}
        tk["csat"] = rng.choice([None, 3, 4, 5, 5, 2])
        tickets.append(tk)
tickets.sort(key=lambda x: x["created_at"])
with open(os.path.join(OUT, NDJ), "w", encoding="utf-8") as f:
    for tk in tickets:
        f.write(json.dumps(tk, ensure_ascii=False) + "\n")
for k, c in [("created_at", "activity"), ("subscriber.msisdn", "phone"), ("subscriber.full_name", "name"), ("subscriber.plan", "account_type"),
             ("assignee", "username"), ("messages.at", "activity"), ("messages.author", "username"), ("contact.callback_number", "phone"),
             ("location.province", "location"), ("location.district", "location"), ("location.lat", "location"), ("location.lon", "location")]:
    F(NDJ, k, c)
F(NDJ, "messages.text", sorted(text_cats))

# ------------------------------------------------------------------ application log
LOG = "care-app.log"
loglines = []
def L(ts, lvl, thread, logger, msg):
    loglines.append((ts, f"{ts:%Y-%m-%d %H:%M:%S}.{rng.randint(0, 999):03d} {lvl:>5} 2817 --- [{thread}] {logger:<40} : {msg}"))
def thr(): return f"nio-8080-exec-{rng.randint(1, 20)}"
day = dt.date(2024, 6, 17)
log_agents = set()
while day <= dt.date(2024, 6, 28):
    for a in AGENTS:
        if not a["active"] or rng.random() < 0.2: continue
        t = dt.datetime.combine(day, dt.time(rng.choice([7, 8, 13]), rng.randint(0, 59), rng.randint(0, 59)))
        if rng.random() < 0.15:
            L(t, "WARN", thr(), "v.s.care.auth.LoginController", f"Login failed user={a['username']} ip={a['ws_ip']} reason=BAD_CREDENTIALS attempt=1")
            t += dt.timedelta(seconds=rng.randint(5, 40))
        L(t, "INFO", thr(), "v.s.care.auth.LoginController", f"Login success user={a['username']} ip={a['ws_ip']} role={a['role'].upper()}")
        log_agents.add(a["pid"]); mark(a["pid"], "username", "ip_address", "activity")
        for _ in range(rng.randint(4, 12)):
            t += dt.timedelta(seconds=rng.randint(60, 1500))
            s = rng.choice(subs)
            r = rng.random()
            if r < 0.45:
                L(t, "INFO", thr(), "v.s.care.subscriber.LookupService", f"lookup agent={a['username']} msisdn={s['msisdn']} result=FOUND plan={s['plan_code']}")
                mark(s["pid"], "phone", "activity"); mark(a["pid"], "activity")
            elif r < 0.6:
                L(t, "INFO", thr(), "v.s.care.ticket.TicketService", f"Ticket CS{t:%y%m}{rng.randint(100000, 999999)} created by {a['username']} for msisdn={s['msisdn']} category={rng.choice(CATS)[0]}")
                mark(s["pid"], "phone", "activity")
            elif r < 0.7 and s["id_type"] == "CCCD":
                L(t, "WARN", thr(), "v.s.care.kyc.KycMatcher", f"KYC mismatch msisdn={s['msisdn']} idNumber={s['id_number']} nameOnId='{strip_vn(s['full_name']).upper()}' nameOnFile='{s['full_name']}' score=0.71")
                mark(s["pid"], "phone", "government_id", "name", "activity")
            elif r < 0.78:
                d = rng.choice([d for d in devices if d["s"] is s] or devices[:1])
                L(t, "WARN", thr(), "v.s.care.device.ImeiBlacklistClient", f"IMEI {d['imei']} reported stolen msisdn={d['s']['msisdn']} by agent={a['username']}")
                mark(d["s"]["pid"], "device", "phone", "activity")
            elif r < 0.85 and s["email"]:
                L(t, "INFO", thr(), "v.s.care.notify.EmailNotifier", f"e-bill T05/2024 sent to={s['email']} msisdn={s['msisdn']} status=250 OK")
                mark(s["pid"], "email", "phone", "activity")
            else:
                L(t, "DEBUG", thr(), "v.s.care.sim.SimSwapService", f"sim swap request msisdn={s['msisdn']} newIccid={(lambda b: b + luhn_digit(b))('89840124' + digits(10))} store={s['store_code']} approvedBy={a['username']}")
                mark(s["pid"], "phone", "activity")
        t += dt.timedelta(hours=rng.randint(3, 8))
        L(t, "INFO", thr(), "v.s.care.auth.SessionManager", f"Logout user={a['username']} sessionId={uuid.UUID(int=rng.getrandbits(128)).hex.upper()}")
        mark(a["pid"], "secret")
    for _ in range(rng.randint(15, 30)):
        t = dt.datetime.combine(day, dt.time(0)) + dt.timedelta(seconds=rng.randint(0, 86399))
        tp = rng.choice(topups)
        L(t, "INFO", f"kafka-consumer-{rng.randint(0, 3)}", "v.s.care.topup.TopupEventListener",
          f"Topup {tp['channel']} OK msisdn={tp['msisdn']} amount={tp['amount_vnd']} ref={tp['bank_txn_ref'] or tp['wallet_txn_id'] or tp['card_serial'] or 'APP%010d' % (tp['topup_id'] * 7919)}")
        mark(tp["s"]["pid"], "phone", "activity")
    t = dt.datetime.combine(day, dt.time(2, 0, 1))
    L(t, "INFO", "scheduling-1", "v.s.care.batch.CdrReconJob", f"Recon started for {day - dt.timedelta(days=1)} files=48")
    L(t + dt.timedelta(minutes=14), "INFO", "scheduling-1", "v.s.care.batch.CdrReconJob", f"Recon finished rows=1{digits(6)} mismatches={rng.randint(0, 30)}")
    L(t + dt.timedelta(minutes=15), "DEBUG", "scheduling-2", "v.s.care.sms.SmsGatewayClient",
      f"POST https://smsgw.saovietmobile.vn/api/v2/send Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.{''.join(rng.choice(string.ascii_letters + string.digits) for _ in range(60))}.{''.join(rng.choice(string.ascii_letters + string.digits + '-_') for _ in range(43))}")
    L(t + dt.timedelta(minutes=16), "ERROR", "scheduling-2", "v.s.care.sms.SmsGatewayClient", "SMS gateway timeout after 30000 ms, retry 1/3")
    day += dt.timedelta(days=1)
loglines.sort(key=lambda x: x[0])
with open(os.path.join(OUT, LOG), "w", encoding="utf-8") as f:
    f.write("\n".join(l for _, l in loglines) + "\n")
text = {LOG: ["activity", "username", "ip_address", "phone", "government_id", "name", "device", "email", "secret"]}

# ------------------------------------------------------------------ controls
with open(os.path.join(OUT, "plans.csv"), "w", encoding="utf-8", newline="") as f:
    f.write("ma_goi,ten_goi,gia_vnd,loai_thue_bao,data_gb_ngay,phut_noi_mang,phut_ngoai_mang,chu_ky_ngay,cu_phap_dang_ky\n")
    for code, nm, price, typ in PLANS:
        f.write(f"{code},{nm},{price},{typ},{rng.choice([1, 2, 4, 6])},{rng.choice([0, 1000, 1500])},{rng.choice([0, 30, 50, 100])},{1 if code == 'D15' else 30},DK {code} gui 999\n")
with open(os.path.join(OUT, "cell_sites.csv"), "w", encoding="utf-8", newline="") as f:
    f.write("site_id,ten_tram,tinh_thanh,quan_huyen,dia_chi_lap_dat,vi_do,kinh_do,cong_nghe,cao_do_m,ngay_phat_song\n")
    k = 0
    for pcode, prov, dists in PLACES:
        for dist, wards, streets, (la, lo) in dists:
            for _ in range(rng.randint(4, 9)):
                k += 1
                site = f"{strip_vn(prov).replace(' ', '').replace('.', '')[:3].upper()}{k:04d}"
                f.write(f"{site},{site}_{strip_vn(rng.choice(streets)).replace(' ', '')},{prov},{dist},\"Mái nhà số {rng.randint(1, 300)} {rng.choice(streets)}, {rng.choice(wards)}\","
                        f"{la + rng.uniform(-0.03, 0.03):.6f},{lo + rng.uniform(-0.03, 0.03):.6f},{rng.choice(['4G', '4G/5G', '2G/4G'])},{rng.choice([24, 30, 36, 42])},{rdate('2014-01-01', '2023-12-31')}\n")

# ------------------------------------------------------------------ truth
people = {p: c for p, c in PEOPLE.items() if c}
by_cat = defaultdict(int)
for cats in people.values():
    for c in cats: by_cat[c] += 1
truth = {
    "brief": "Customer-care export of Sao Việt Mobile, a Vietnamese mobile operator, written by its care-platform vendor: a PostgreSQL pg_dump (schema care) "
             "of subscribers (Vietnamese names with diacritics, CCCD/CMND/passport numbers, addresses by ward/district/province), SIM cards (ICCID/IMSI), "
             "handsets (IMEI), top-ups and care agents; an NDJSON export of care tickets with nested subscriber, messages and attachments arrays; the Spring Boot "
             "application log of the care backend; the tariff-plan list and the register of cell sites. Language: Vietnamese (with diacritics), some English.",
    "people": len(people),
    "people_by_category": dict(sorted(by_cat.items())),
    "fields": {k: dict(v) for k, v in fields.items()},
    "text": text,
    "controls": ["plans.csv", "cell_sites.csv"],
    "ambiguous": {SQL: ["sim_cards.iccid", "sim_cards.imsi"]},
    "lookalikes": {
        SQL: {"sim_cards.iccid": "19-digit ICCIDs starting 8984 with a valid Luhn digit (SIM serials, not payment cards)",
              "topups.card_serial": "15-digit scratch-card serials", "topups.bank_txn_ref": "bank transfer references FTyyddd…", "topups.wallet_txn_id": "MoMo/ZaloPay transaction ids",
              "subscribers.id_issue_date": "issue dates of ID documents", "subscribers.id_issue_place": "issuing authority",
              "subscribers.store_code": "store codes", "subscribers.loyalty_points": "counter", "care_agents.hired_on": "hire dates", "care_agents.team": "team names"},
        NDJ: {"ticket_id": "ticket numbers", "attachments.sha256": "file hashes", "sla.due_at": "SLA deadlines", "subscriber.subscriber_id": "internal ids",
              "category.name": "ticket categories", "resolution.refund_vnd": "amounts"},
        "cell_sites.csv": {"vi_do": "coordinates of cell towers (places)", "dia_chi_lap_dat": "tower installation addresses"},
    },
    "notes": f"Persons: {N} subscribers + {len(AGENTS)} care agents. ICCID and IMSI are identifiers of the SIM/subscription, listed as ambiguous (device-like "
             f"identifiers; ICCIDs pass Luhn). IMEIs are 15-digit with a valid Luhn digit. Ticket messages.text holds the subscriber's name or the "
             f"given name used in greetings (agents also sign with their given name), phone numbers (own number or a callback number), CCCD numbers and "
             f"birth dates in KYC/SIM-swap tickets, and e-mails. The app log has agent logins with workstation IPs (private 10.30.x.x, counted as the "
             f"agent's ip_address), session ids at logout (counted as secret of the agent), lookups of subscribers by MSISDN, KYC mismatch lines with CCCD "
             f"numbers and names, IMEIs and e-mails; one service bearer token per day (system secret, no person). "
             f"Top-ups, subscriber activations and ticket timestamps are activity.",
}
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=2)
assert all(luhn_ok(d["imei"]) for d in devices) and all(luhn_ok(s["iccid"]) for s in sims)
for fn in os.listdir(OUT):
    assert os.path.getsize(os.path.join(OUT, fn)) < 2_000_000, fn
print("people", len(people), dict(by_cat), "tickets", len(tickets), "topups", len(topups), "log", len(loglines))
