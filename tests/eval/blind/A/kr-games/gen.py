#!/usr/bin/env python3
"""Blind test dump A/kr-games: Korean online-games company, account-system vendor export.

Writes data/ and truth.json. Seeded and deterministic; standard library only.
"""
import csv
import json
import os
import random
import shutil
import uuid
from datetime import date, datetime, timedelta

SEED = 20250314
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
N_ACCOUNTS = 120

# ---------------------------------------------------------------- name lists
SURNAMES = [("김", "kim"), ("이", "lee"), ("박", "park"), ("최", "choi"), ("정", "jung"),
            ("강", "kang"), ("조", "cho"), ("윤", "yoon"), ("장", "jang"), ("임", "lim"),
            ("한", "han"), ("오", "oh"), ("서", "seo"), ("신", "shin"), ("권", "kwon"),
            ("황", "hwang"), ("안", "ahn"), ("송", "song"), ("류", "ryu"), ("전", "jeon"),
            ("홍", "hong"), ("문", "moon"), ("배", "bae"), ("남", "nam")]
GIVEN_M = [("민준", "minjun"), ("서준", "seojun"), ("도윤", "doyun"), ("지훈", "jihoon"),
           ("현우", "hyunwoo"), ("준호", "junho"), ("성민", "sungmin"), ("동현", "donghyun"),
           ("상훈", "sanghoon"), ("영호", "youngho"), ("경수", "kyungsoo"), ("재원", "jaewon"),
           ("태양", "taeyang"), ("우진", "woojin"), ("건우", "gunwoo"), ("승현", "seunghyun"),
           ("정우", "jungwoo"), ("민석", "minseok"), ("진호", "jinho"), ("형준", "hyungjun")]
GIVEN_F = [("서연", "seoyeon"), ("수빈", "subin"), ("예은", "yeeun"), ("하은", "haeun"),
           ("지민", "jimin"), ("유진", "yujin"), ("지우", "jiwoo"), ("수아", "sua"),
           ("민서", "minseo"), ("은지", "eunji"), ("혜진", "hyejin"), ("미경", "mikyung"),
           ("정희", "junghee"), ("소연", "soyeon"), ("다은", "daeun"), ("채원", "chaewon"),
           ("나연", "nayeon"), ("지현", "jihyun"), ("보람", "boram"), ("윤서", "yoonseo")]
NICK_A = ["불꽃", "그림자", "별빛", "검은", "하얀", "폭풍", "달빛", "전설의", "무적", "고독한",
          "새벽", "미친", "작은", "푸른", "붉은"]
NICK_B = ["전사", "궁수", "마법사", "암살자", "기사", "용", "늑대", "호랑이", "토끼", "고양이",
          "사냥꾼", "도적", "성기사", "팬더"]
NICK_EN = ["shadow", "fire", "dark", "sky", "storm", "ace", "neo", "zero", "luna", "tiger",
           "ghost", "blade", "nova", "pingu", "moon"]
EMAIL_DOMAINS = ["naver.com"] * 5 + ["daum.net", "hanmail.net", "hanmail.net", "gmail.com",
                                     "gmail.com", "nate.com", "kakao.com"]
GRADES = ["일반"] * 6 + ["실버"] * 3 + ["골드"] * 2 + ["VIP"]
STATUSES = ["정상"] * 14 + ["휴면", "휴면", "정지"]
IP_PREFIXES = ["211.234", "175.223", "121.134", "112.169", "58.120", "220.72", "14.32",
               "39.7", "106.101", "118.235", "1.234", "61.74"]


def rand_ip():
    if rng.random() < 0.07:
        return "2001:2d8:%x:%x::%x" % (rng.randint(0x1000, 0xffff), rng.randint(0, 0xffff),
                                       rng.randint(1, 0xffff))
    p = rng.choice(IP_PREFIXES)
    return "%s.%d.%d" % (p, rng.randint(0, 255), rng.randint(1, 254))


def rrn(dob, male):
    if dob.year < 2000:
        g = 1 if male else 2
    else:
        g = 3 if male else 4
    body = dob.strftime("%y%m%d") + str(g) + "".join(str(rng.randint(0, 9)) for _ in range(5))
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    s = sum(int(c) * k for c, k in zip(body, w))
    chk = (11 - s % 11) % 10
    full = body + str(chk)
    return full[:6] + "-" + full[6:]


def rrn_valid(r):
    d = r.replace("-", "")
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    s = sum(int(c) * k for c, k in zip(d[:12], w))
    return (11 - s % 11) % 10 == int(d[12])


def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, v in enumerate(reversed(d)):
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def make_pan(prefix, length):
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


BCRYPT_ALPHA = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def bcrypt_like():
    return "$2a$10$" + "".join(rng.choice(BCRYPT_ALPHA) for _ in range(53))


def rand_dt(start, end):
    span = int((end - start).total_seconds())
    return start + timedelta(seconds=rng.randint(0, span))


def ts(dt):
    return dt.strftime("%Y-%m-%d %H:%M:%S") + "+09"


def rand_uuid():
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


# ---------------------------------------------------------------- people
accounts = []
aid = 100000
used_nicks = set()
used_emails = set()
for i in range(N_ACCOUNTS):
    aid += rng.randint(1, 400)
    male = rng.random() < 0.62
    sn, sr = rng.choice(SURNAMES)
    gn, gr = rng.choice(GIVEN_M if male else GIVEN_F)
    dob = date(1972, 1, 1) + timedelta(days=rng.randint(0, (date(2009, 12, 31) - date(1972, 1, 1)).days))
    joined = rand_dt(max(datetime(2008, 3, 1), datetime(dob.year + 14, 3, 1)), datetime(2025, 2, 20))
    # nickname (username)
    while True:
        k = rng.random()
        if k < 0.5:
            nick = rng.choice(NICK_A) + rng.choice(NICK_B) + (str(rng.randint(1, 999)) if rng.random() < 0.6 else "")
        elif k < 0.8:
            nick = rng.choice(NICK_EN) + rng.choice(["", "_", "x"]) + sr + str(rng.randint(1, 99))
        else:
            nick = gr + str(dob.year % 100).zfill(2) + rng.choice(["", "kr", "_"])
        if nick not in used_nicks:
            used_nicks.add(nick)
            break
    while True:
        style = rng.random()
        if style < 0.4:
            local = "%s%s%02d" % (sr, gr, dob.year % 100)
        elif style < 0.7:
            local = "%s.%s%d" % (gr, sr, rng.randint(1, 999))
        else:
            local = rng.choice(NICK_EN) + "_" + gr + str(rng.randint(1, 99))
        em = local + "@" + rng.choice(EMAIL_DOMAINS)
        if em not in used_emails:
            used_emails.add(em)
            break
    legacy = joined < datetime(2012, 8, 18)
    rrn_val = None
    if legacy and rng.random() < 0.75:
        rrn_val = rrn(dob, male)
        if rng.random() < 0.15:  # some legacy rows partly masked by a 2014 cleanup job
            rrn_val = rrn_val[:8] + "******"
    if legacy and rng.random() < 0.2:
        phone = "%s-%d-%04d" % (rng.choice(["011", "016", "017", "019"]), rng.randint(200, 999), rng.randint(0, 9999))
    elif rng.random() < 0.06:
        phone = None
    else:
        phone = "010-%04d-%04d" % (rng.randint(2000, 9999), rng.randint(0, 9999))
    last_login = rand_dt(max(joined, datetime(2024, 6, 1)), datetime(2025, 3, 14, 23, 0))
    pw_changed = rand_dt(joined, datetime(2025, 3, 10))
    platform = rng.choice(["PC", "PC", "Android", "Android", "iOS"])
    accounts.append(dict(
        account_id=aid, email=em, nick=nick, name=sn + gn, rrn=rrn_val, phone=phone, dob=dob,
        joined=joined, grade=rng.choice(GRADES), status=rng.choice(STATUSES), male=male,
        pw=bcrypt_like(), signup_ip=rand_ip() if joined > datetime(2013, 1, 1) else None,
        last_login=last_login, pw_changed=pw_changed, marketing=rng.random() < 0.4,
        platform=platform,
        adid=(rand_uuid() if platform == "Android" else rand_uuid().upper()) if platform != "PC" else None,
    ))

# ---------------------------------------------------------------- sessions
sessions = []
sid = 88100000
for a in accounts:
    for _ in range(rng.randint(1, 6)):
        st = rand_dt(datetime(2025, 2, 1), datetime(2025, 3, 14, 22, 0))
        en = st + timedelta(minutes=rng.randint(3, 240))
        sid += rng.randint(1, 40)
        sessions.append(dict(session_id=sid, account_id=a["account_id"],
                             token="%064x" % rng.getrandbits(256), ip=rand_ip(), start=st,
                             end=en if rng.random() > 0.05 else None,
                             server=rng.choice(["kr-01", "kr-02", "kr-03", "kr-07", "kr-pvp-1"]),
                             client=a["platform"]))
sessions.sort(key=lambda s: s["session_id"])

# ---------------------------------------------------------------- items (control)
ITEMS = [("ITM-WPN-0001", "강철 장검", "무기", "일반", 120), ("ITM-WPN-0002", "용의 이빨 대검", "무기", "전설", 4800),
         ("ITM-WPN-0003", "서리 활", "무기", "희귀", 900), ("ITM-WPN-0004", "그림자 단검", "무기", "영웅", 2400),
         ("ITM-ARM-0101", "가죽 갑옷", "방어구", "일반", 100), ("ITM-ARM-0102", "수호자의 판금", "방어구", "영웅", 2600),
         ("ITM-ARM-0103", "바람의 망토", "방어구", "희귀", 850), ("ITM-ACC-0201", "행운의 반지", "장신구", "희귀", 1000),
         ("ITM-ACC-0202", "왕관 파편", "장신구", "전설", 5200), ("ITM-CSM-0301", "체력 물약(대)", "소모품", "일반", 30),
         ("ITM-CSM-0302", "경험치 2배 쿠폰(1일)", "소모품", "일반", 300), ("ITM-CSM-0303", "부활 주문서", "소모품", "희귀", 450),
         ("ITM-CSM-0304", "강화석", "소모품", "일반", 60), ("ITM-CSM-0305", "축복받은 강화석", "소모품", "영웅", 700),
         ("ITM-CST-0401", "벚꽃 한복 코스튬", "코스튬", "한정", 3300), ("ITM-CST-0402", "사이버 닌자 세트", "코스튬", "한정", 3900),
         ("ITM-CST-0403", "여름 해변 세트", "코스튬", "희귀", 2200), ("ITM-PET-0501", "아기 해치", "펫", "영웅", 2900),
         ("ITM-PET-0502", "구미호 펫", "펫", "전설", 6500), ("ITM-PKG-0601", "월간 다이아 패키지", "패키지", "일반", 0),
         ("ITM-PKG-0602", "성장 지원 패키지", "패키지", "일반", 0), ("ITM-PKG-0603", "시즌 패스 프리미엄", "패키지", "한정", 0),
         ("ITM-MNT-0701", "흑마 탈것", "탈것", "희귀", 1800), ("ITM-MNT-0702", "불사조 탈것", "탈것", "전설", 9900)]
ITEM_KRW = {"ITM-PKG-0601": 33000, "ITM-PKG-0602": 55000, "ITM-PKG-0603": 19800}

# ---------------------------------------------------------------- purchases
purchases = []
card_rows = []
for a in accounts:
    if rng.random() < 0.55:
        for _ in range(rng.randint(1, 4)):
            pdt = rand_dt(max(a["joined"], datetime(2021, 1, 1)), datetime(2025, 3, 14, 21, 0))
            order_no = pdt.strftime("%Y%m%d") + "%08d" % rng.randint(0, 99999999)
            it = rng.choice(ITEMS)
            qty = 1 if it[0].startswith(("ITM-PKG", "ITM-CST", "ITM-PET", "ITM-MNT")) else rng.choice([1, 1, 5, 10])
            amt = ITEM_KRW.get(it[0], it[4] * 11) * qty
            method = rng.choice(["카드", "카드", "휴대폰결제", "문화상품권", "카카오페이", "네이버페이"])
            purchases.append(dict(order_no=order_no, account_id=a["account_id"], sku=it[0], name=it[1],
                                  qty=qty, amount=amt, method=method, at=pdt,
                                  status=rng.choice(["완료"] * 9 + ["환불"])))
purchases.sort(key=lambda p: p["at"])
pay_id = 5500000
n_full = 0
for p in purchases:
    if p["method"] != "카드":
        continue
    pay_id += rng.randint(1, 9)
    kind = rng.choice([("4", 16, "VISA"), ("4", 16, "VISA"), ("5", 16, "MASTER"), ("35", 16, "JCB"), ("37", 15, "AMEX")])
    if kind[0] == "5":
        prefix = "5" + str(rng.randint(1, 5))
    elif kind[0] == "35":
        prefix = "35" + str(rng.randint(28, 89))
    elif kind[0] == "37":
        prefix = rng.choice(["34", "37"])
    else:
        prefix = "4"
    pan = make_pan(prefix, kind[1])
    # legacy PG module (before the 2022 tokenisation cutover) stored the full number
    full = p["at"] < datetime(2022, 7, 1) and n_full < 8
    if full:
        n_full += 1
        card_no = "-".join(pan[i:i + 4] for i in range(0, len(pan), 4)) if rng.random() < 0.5 else pan
    else:
        card_no = pan[:6] + "*" * (len(pan) - 10) + pan[-4:]
    card_rows.append(dict(payment_id=pay_id, order_no=p["order_no"], card_no=card_no, brand=kind[2],
                          expiry="%02d/%02d" % (rng.randint(1, 12), rng.randint(25, 30)),
                          approval_no="%08d" % rng.randint(0, 99999999),
                          installment=rng.choice([0, 0, 0, 2, 3, 6]), paid_at=p["at"] + timedelta(seconds=rng.randint(1, 9)),
                          full=full))
assert n_full >= 4, n_full

# ---------------------------------------------------------------- write
if os.path.isdir(DATA):
    shutil.rmtree(DATA)
os.makedirs(DATA)


def pg(v):
    if v is None:
        return r"\N"
    if isinstance(v, bool):
        return "t" if v else "f"
    if isinstance(v, datetime):
        return ts(v)
    if isinstance(v, date):
        return v.isoformat()
    s = str(v)
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


HEADER = """--
-- PostgreSQL database dump
--

-- Dumped from database version 14.11 (Ubuntu 14.11-1.pgdg22.04+1)
-- Dumped by pg_dump version 14.11 (Ubuntu 14.11-1.pgdg22.04+1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

"""

TABLES = [
    ("accounts", [
        ("account_id", "bigint NOT NULL"),
        ('"이메일"', "character varying(255) NOT NULL"),
        ('"닉네임"', "character varying(40) NOT NULL"),
        ('"이름"', "character varying(40)"),
        ('"주민등록번호"', "character(14)"),
        ('"휴대폰"', "character varying(20)"),
        ('"생년월일"', "date"),
        ("password_hash", "character varying(72) NOT NULL"),
        ("password_changed_at", "timestamp with time zone"),
        ('"가입일"', "timestamp with time zone DEFAULT now() NOT NULL"),
        ("signup_ip", "inet"),
        ("last_login_at", "timestamp with time zone"),
        ('"회원등급"', "character varying(10) DEFAULT '일반'::character varying NOT NULL"),
        ('"상태"', "character varying(10) DEFAULT '정상'::character varying NOT NULL"),
        ('"마케팅수신동의"', "boolean DEFAULT false NOT NULL"),
    ], [[a["account_id"], a["email"], a["nick"], a["name"], a["rrn"], a["phone"], a["dob"], a["pw"],
         a["pw_changed"], a["joined"], a["signup_ip"], a["last_login"], a["grade"], a["status"], a["marketing"]]
        for a in accounts]),
    ("game_sessions", [
        ("session_id", "bigint NOT NULL"),
        ("account_id", "bigint NOT NULL"),
        ("session_token", "character(64) NOT NULL"),
        ("login_ip", "inet NOT NULL"),
        ("started_at", "timestamp with time zone NOT NULL"),
        ("ended_at", "timestamp with time zone"),
        ("server_id", "character varying(16) NOT NULL"),
        ('"접속환경"', "character varying(10)"),
    ], [[s["session_id"], s["account_id"], s["token"], s["ip"], s["start"], s["end"], s["server"], s["client"]]
        for s in sessions]),
    ("purchases", [
        ("order_no", "character(16) NOT NULL"),
        ("account_id", "bigint NOT NULL"),
        ("item_sku", "character varying(20) NOT NULL"),
        ('"상품명"', "character varying(80)"),
        ('"수량"', "integer DEFAULT 1 NOT NULL"),
        ("amount", "integer NOT NULL"),
        ("currency", "character(3) DEFAULT 'KRW'::bpchar NOT NULL"),
        ('"결제수단"', "character varying(20)"),
        ("purchased_at", "timestamp with time zone NOT NULL"),
        ('"상태"', "character varying(10)"),
    ], [[p["order_no"], p["account_id"], p["sku"], p["name"], p["qty"], p["amount"], "KRW", p["method"],
         p["at"], p["status"]] for p in purchases]),
    ("card_payments", [
        ("payment_id", "bigint NOT NULL"),
        ("order_no", "character(16) NOT NULL"),
        ("card_no", "character varying(19)"),
        ("card_brand", "character varying(10)"),
        ("card_expiry", "character(5)"),
        ("approval_no", "character(8)"),
        ('"할부개월"', "smallint DEFAULT 0"),
        ("paid_at", "timestamp with time zone"),
    ], [[c["payment_id"], c["order_no"], c["card_no"], c["brand"], c["expiry"], c["approval_no"],
         c["installment"], c["paid_at"]] for c in card_rows]),
]

OWNER = "acctsvc"
with open(os.path.join(DATA, "acct_prod_20250315.sql"), "w", encoding="utf-8", newline="\n") as f:
    f.write(HEADER)
    for name, cols, _ in TABLES:
        f.write("--\n-- Name: %s; Type: TABLE; Schema: public; Owner: %s\n--\n\n" % (name, OWNER))
        f.write("CREATE TABLE public.%s (\n" % name)
        f.write(",\n".join("    %s %s" % c for c in cols))
        f.write("\n);\n\n\nALTER TABLE public.%s OWNER TO %s;\n\n" % (name, OWNER))
    for name, cols, rows in TABLES:
        f.write("--\n-- Data for Name: %s; Type: TABLE DATA; Schema: public; Owner: %s\n--\n\n" % (name, OWNER))
        f.write("COPY public.%s (%s) FROM stdin;\n" % (name, ", ".join(c[0] for c in cols)))
        for r in rows:
            f.write("\t".join(pg(v) for v in r) + "\n")
        f.write("\\.\n\n\n")
    for name, pk in [("accounts", "account_id"), ("game_sessions", "session_id"), ("purchases", "order_no"),
                     ("card_payments", "payment_id")]:
        f.write("--\n-- Name: %s %s_pkey; Type: CONSTRAINT; Schema: public; Owner: %s\n--\n\n" % (name, name, OWNER))
        f.write("ALTER TABLE ONLY public.%s\n    ADD CONSTRAINT %s_pkey PRIMARY KEY (%s);\n\n\n" % (name, name, pk))
    f.write("--\n-- Name: accounts_email_key; Type: INDEX; Schema: public; Owner: %s\n--\n\n" % OWNER)
    f.write('CREATE UNIQUE INDEX accounts_email_key ON public.accounts USING btree ("이메일");\n\n\n')
    f.write("--\n-- PostgreSQL database dump complete\n--\n\n")

# telemetry NDJSON (mobile clients only carry an adid)
MAPS = ["잊혀진 협곡", "붉은 사막", "북부 설원", "PVP 아레나", "길드 레이드: 용의 둥지"]
MODELS_A = ["SM-S918N", "SM-S911N", "SM-A536N", "SM-F946N", "LM-V500N", "SM-G991N"]
MODELS_I = ["iPhone15,2", "iPhone14,5", "iPhone16,1", "iPad13,4"]
tele = []
mobile = [a for a in accounts if a["adid"]]
for _ in range(1400):
    a = rng.choice(mobile)
    t = rand_dt(datetime(2025, 3, 1), datetime(2025, 3, 14, 23, 59))
    ev = rng.choice(["frame_stats", "frame_stats", "frame_stats", "net_stats", "match_start", "match_end", "asset_load"])
    rec = {"ts": t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d+09:00" % rng.randint(0, 999),
           "event": ev,
           "account_id": a["account_id"],
           "adid": a["adid"],
           "client": {"version": rng.choice(["3.12.0", "3.12.0", "3.11.4", "3.12.1"]),
                      "build": rng.choice([58231, 58231, 57790, 58402]),
                      "os": ("Android " + rng.choice(["13", "14", "15"])) if a["platform"] == "Android" else ("iOS " + rng.choice(["17.6", "18.2", "18.3"])),
                      "model": rng.choice(MODELS_A if a["platform"] == "Android" else MODELS_I)},
           "perf": {"fps": round(rng.uniform(24, 120), 1), "ping_ms": rng.randint(6, 180),
                    "mem_mb": rng.randint(900, 3800), "battery_temp_c": round(rng.uniform(28, 44), 1)},
           "match_id": rand_uuid() if ev.startswith("match") else None,
           "map": rng.choice(MAPS) if ev.startswith("match") else None}
    if ev == "asset_load":
        rec["asset"] = {"bundle": rng.choice(["ui_main", "char_costume_03", "map_desert_hd"]),
                        "bytes": rng.randint(100000, 90000000), "sha1": "%040x" % rng.getrandbits(160)}
    tele.append((t, rec))
tele.sort(key=lambda x: x[0])
with open(os.path.join(DATA, "client_telemetry_2025-03.ndjson"), "w", encoding="utf-8", newline="\n") as f:
    for _, r in tele:
        f.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")

# in-game items (control)
with open(os.path.join(DATA, "item_master.csv"), "w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f)
    w.writerow(["item_sku", "아이템명", "분류", "희귀도", "가격(다이아)", "판매가(원)", "거래가능", "출시일", "asset_hash"])
    for it in ITEMS:
        rel = date(2019, 5, 1) + timedelta(days=rng.randint(0, 2100))
        w.writerow([it[0], it[1], it[2], it[3], it[4] if it[4] else "", ITEM_KRW.get(it[0], ""),
                    rng.choice(["Y", "N"]), rel.isoformat(), "%032x" % rng.getrandbits(128)])

# server crash log: addresses, byte counters, the peers connected at the time of the crash
FUNCS = ["ZoneInstance::RemoveActor(unsigned long)", "ActorManager::Tick(float)", "NetSession::OnRecv(PacketBuffer&)",
         "PacketBuffer::Read(void*, unsigned long)", "SkillSystem::ApplyEffect(Actor*, SkillDef const*)",
         "std::_Rb_tree_increment(std::_Rb_tree_node_base*)", "boost::asio::detail::scheduler::run(boost::system::error_code&)",
         "WorkerThread::Run()", "start_thread", "clone"]
crash_ips = []
lines = []
for k in range(4):
    t = rand_dt(datetime(2025, 2, 20), datetime(2025, 3, 14))
    pid = rng.randint(20000, 60000)
    host = rng.choice(["kr-game-03", "kr-game-07", "kr-pvp-11"])
    lines.append("=" * 72)
    lines.append("CRASH REPORT  zoneserver %s  build 3.12.0-r%d (gcc 11.4.0, -O2)" % (host, rng.choice([58231, 57790])))
    lines.append("time      : %s.%03d KST" % (t.strftime("%Y-%m-%d %H:%M:%S"), rng.randint(0, 999)))
    lines.append("pid/tid   : %d/%d" % (pid, pid + rng.randint(1, 60)))
    lines.append("signal    : %s at address 0x%016x" % (rng.choice(["SIGSEGV (11)", "SIGABRT (6)", "SIGBUS (7)"]), rng.getrandbits(47)))
    lines.append("uptime    : %d s" % rng.randint(3600, 2600000))
    lines.append("registers :")
    for regs in (("rax", "rbx", "rcx", "rdx"), ("rsi", "rdi", "rbp", "rsp"), ("r8", "r9", "r12", "rip")):
        lines.append("  " + "  ".join("%s=0x%016x" % (r, rng.getrandbits(47)) for r in regs))
    lines.append("backtrace :")
    base = 0x55d1a3e00000 + rng.getrandbits(20) * 0x1000
    for j, fn in enumerate(FUNCS[rng.randint(0, 3):]):
        lines.append("  #%-2d 0x%016x in %s +0x%x" % (j, base + rng.getrandbits(22), fn, rng.randint(8, 900)))
    lines.append("memory    : rss=%d bytes vsz=%d bytes heap_in_use=%d bytes mmap_regions=%d" % (
        rng.randint(2 * 10**9, 6 * 10**9), rng.randint(8 * 10**9, 14 * 10**9), rng.randint(10**9, 4 * 10**9), rng.randint(200, 900)))
    lines.append("net       : bytes_in=%d bytes_out=%d pkts_in=%d pkts_out=%d dropped=%d" % (
        rng.randint(10**11, 10**12), rng.randint(10**11, 10**12), rng.randint(10**8, 10**9), rng.randint(10**8, 10**9), rng.randint(0, 5000)))
    lines.append("pool      : PacketBuffer used=%d/%d chunk=4096 alloc_fail=%d" % (rng.randint(30000, 65535), 65536, rng.randint(0, 12)))
    lines.append("last active connections:")
    for _ in range(rng.randint(3, 6)):
        a = rng.choice(accounts)
        ip = rand_ip()
        if ":" in ip:
            ip = "[%s]" % ip
        crash_ips.append(ip)
        lines.append("  conn#%d peer=%s:%d acct=%d state=%s recv_q=%d send_q=%d" % (
            rng.randint(10000, 99999), ip, rng.randint(1024, 65535), a["account_id"],
            rng.choice(["IN_ZONE", "LOADING", "CLOSING"]), rng.randint(0, 4096), rng.randint(0, 65536)))
    lines.append("core dumped to /var/crash/zoneserver.%d.core (%d bytes)" % (pid, rng.randint(10**9, 5 * 10**9)))
    lines.append("")
with open(os.path.join(DATA, "zoneserver_crash.log"), "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(lines) + "\n")

# ---------------------------------------------------------------- checks and truth
assert all(rrn_valid(a["rrn"]) for a in accounts if a["rrn"] and "*" not in a["rrn"])
n_rrn = sum(1 for a in accounts if a["rrn"] and "*" not in a["rrn"])
assert n_rrn >= 10, n_rrn
assert all(luhn_ok(c["card_no"]) for c in card_rows if c["full"])
luhn_orders = sum(1 for p in purchases if luhn_ok(p["order_no"]))

SQL = "acct_prod_20250315.sql"
truth = {
    "brief": "Korean online-games company, account-system vendor export (PostgreSQL pg_dump of the account DB with "
             "accounts, game_sessions, purchases and card_payments; mobile client telemetry NDJSON; in-game item master "
             "CSV; zone-server crash log). Korean (Hangul) column names and values mixed with English columns.",
    "people": len(accounts),
    "fields": {
        SQL: {
            "accounts.이메일": "email",
            "accounts.닉네임": "username",
            "accounts.이름": "name",
            "accounts.주민등록번호": "government_id",
            "accounts.휴대폰": "phone",
            "accounts.생년월일": "date_of_birth",
            "accounts.password_hash": "password",
            "accounts.가입일": "activity",
            "accounts.signup_ip": "ip_address",
            "accounts.last_login_at": "activity",
            "accounts.회원등급": "account_type",
            "accounts.상태": "account_type",
            "game_sessions.session_token": "secret",
            "game_sessions.login_ip": "ip_address",
            "game_sessions.started_at": "activity",
            "game_sessions.ended_at": "activity",
            "purchases.purchased_at": "activity",
            "card_payments.card_no": "payment_card",
            "card_payments.paid_at": "activity",
        },
        "client_telemetry_2025-03.ndjson": {
            "adid": "device",
            "ts": "activity",
        },
    },
    "text": {
        "zoneserver_crash.log": ["ip_address"],
    },
    "controls": ["item_master.csv"],
    "ambiguous": {
        "zoneserver_crash.log": ["activity"],
    },
    "lookalikes": {
        SQL: {
            "accounts.password_changed_at": "timestamp in a column named after the password",
            "purchases.order_no": "16-digit order numbers (YYYYMMDD + 8 digits); %d of %d pass Luhn by chance" % (luhn_orders, len(purchases)),
            "card_payments.order_no": "same 16-digit order numbers",
            "card_payments.card_expiry": "card expiry MM/YY alone",
            "card_payments.card_brand": "brand alone",
            "card_payments.approval_no": "8-digit card approval numbers",
            "purchases.상품명": "product names",
            "purchases.결제수단": "payment method",
            "purchases.상태": "order status (완료/환불), not an account status",
            "game_sessions.접속환경": "platform PC/Android/iOS, not a device id",
        },
        "client_telemetry_2025-03.ndjson": {
            "match_id": "UUIDv4 of a match, not a device id",
            "asset.sha1": "file hash",
            "asset.bytes": "byte counts",
            "client.model": "device model name (SM-S918N), not a device identifier",
            "map": "place names in the game world",
        },
        "zoneserver_crash.log": {"(text)": "memory addresses 0x..., byte/packet counters of 9-12 digits, pids"},
        "item_master.csv": {"asset_hash": "md5-like hex of asset files", "아이템명": "product names"},
    },
    "notes": "SQL field keys drop the schema prefix and the identifier quotes (pg_dump writes public.accounts and \"이메일\"). "
             "accounts.주민등록번호 is NULL for accounts that joined after Aug 2012 (RRN collection ended); %d legacy rows hold "
             "a full 13-digit RRN with valid check digit (YYMMDD-GNNNNNC), %d more are masked to the first 7 digits. "
             "card_payments.card_no holds %d full Luhn-valid PANs (pre-2022 legacy PG rows, some with dashes) and masked "
             "BIN+last4 for the rest; no CVV stored. Phones are 010-XXXX-XXXX, older legacy ones 011/016/017/019-XXX-XXXX. "
             "accounts.상태 is the account status (정상/휴면/정지) and 회원등급 the membership tier. accounts.signup_ip is NULL "
             "for accounts created before 2013. Telemetry ts is tied to account_id and adid (when the person played); adid is "
             "lowercase for Android (GAID) and uppercase for iOS (IDFA); PC accounts have no telemetry. The crash log lists "
             "peer IPs with account ids of players connected at crash time (IPv4 and a few bracketed IPv6)."
             % (n_rrn, sum(1 for a in accounts if a["rrn"] and "*" in a["rrn"]), n_full),
}
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=2)
    f.write("\n")
print("accounts", len(accounts), "sessions", len(sessions), "purchases", len(purchases), "cards", len(card_rows),
      "full PAN", n_full, "rrn", n_rrn, "crash ips", len(crash_ips))
