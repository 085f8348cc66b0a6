#!/usr/bin/env python3
"""Blind evaluation dump G/jp-clinic-chain: booking vendor of a Japanese dermatology clinic chain.

Deterministic (seeded). Writes data/ and truth.json next to this script. Standard library + openpyxl.
"""
import csv
import datetime as dt
import io
import json
import os
import random
import shutil
import zipfile
from collections import defaultdict

import openpyxl
from openpyxl.styles import Font

SEED = 5150041
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
        mark(pid, cat)
    return value


def text(fname, pid, cat):
    TEXT[fname].add(cat)
    if pid is not None:
        mark(pid, cat)


def rdate(a, b):
    return a + dt.timedelta(days=R.randint(0, max(0, (b - a).days)))


def rts(a, b):
    return a + dt.timedelta(seconds=R.randint(0, max(0, int((b - a).total_seconds()))))


B64 = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def bcrypt_hash():
    return "$2y$10$" + "".join(R.choice(B64) for _ in range(53))


def jan13(prefix):
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(12 - len(prefix)))
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


# ---------------------------------------------------------------- names / places
SEI = [("佐藤", "サトウ", "sato"), ("鈴木", "スズキ", "suzuki"), ("高橋", "タカハシ", "takahashi"),
       ("田中", "タナカ", "tanaka"), ("伊藤", "イトウ", "ito"), ("渡辺", "ワタナベ", "watanabe"),
       ("山本", "ヤマモト", "yamamoto"), ("中村", "ナカムラ", "nakamura"), ("小林", "コバヤシ", "kobayashi"),
       ("加藤", "カトウ", "kato"), ("吉田", "ヨシダ", "yoshida"), ("山田", "ヤマダ", "yamada"),
       ("佐々木", "ササキ", "sasaki"), ("山口", "ヤマグチ", "yamaguchi"), ("松本", "マツモト", "matsumoto"),
       ("井上", "イノウエ", "inoue"), ("木村", "キムラ", "kimura"), ("林", "ハヤシ", "hayashi"),
       ("斎藤", "サイトウ", "saito"), ("清水", "シミズ", "shimizu"), ("森", "モリ", "mori"), ("池田", "イケダ", "ikeda"),
       ("橋本", "ハシモト", "hashimoto"), ("阿部", "アベ", "abe"), ("石川", "イシカワ", "ishikawa"),
       ("前田", "マエダ", "maeda"), ("藤田", "フジタ", "fujita"), ("小川", "オガワ", "ogawa"), ("岡田", "オカダ", "okada"),
       ("後藤", "ゴトウ", "goto"), ("長谷川", "ハセガワ", "hasegawa"), ("村上", "ムラカミ", "murakami"),
       ("近藤", "コンドウ", "kondo"), ("坂本", "サカモト", "sakamoto"), ("遠藤", "エンドウ", "endo"),
       ("青木", "アオキ", "aoki"), ("藤井", "フジイ", "fujii"), ("西村", "ニシムラ", "nishimura"),
       ("福田", "フクダ", "fukuda"), ("太田", "オオタ", "ota")]
MEI_F = [("陽菜", "ヒナ", "hina"), ("結衣", "ユイ", "yui"), ("美咲", "ミサキ", "misaki"), ("さくら", "サクラ", "sakura"),
         ("葵", "アオイ", "aoi"), ("彩", "アヤ", "aya"), ("真由美", "マユミ", "mayumi"), ("恵子", "ケイコ", "keiko"),
         ("裕子", "ユウコ", "yuko"), ("愛", "アイ", "ai"), ("七海", "ナナミ", "nanami"), ("優花", "ユウカ", "yuka"),
         ("美穂", "ミホ", "miho"), ("麻衣", "マイ", "mai"), ("香織", "カオリ", "kaori"), ("由美子", "ユミコ", "yumiko"),
         ("智子", "トモコ", "tomoko"), ("千尋", "チヒロ", "chihiro"), ("莉子", "リコ", "riko"), ("杏", "アン", "an"),
         ("明美", "アケミ", "akemi"), ("久美子", "クミコ", "kumiko"), ("凛", "リン", "rin"), ("舞", "マイ", "mai"),
         ("瑞希", "ミズキ", "mizuki"), ("沙織", "サオリ", "saori")]
MEI_M = [("翔太", "ショウタ", "shota"), ("大輔", "ダイスケ", "daisuke"), ("健太", "ケンタ", "kenta"),
         ("拓也", "タクヤ", "takuya"), ("直樹", "ナオキ", "naoki"), ("和也", "カズヤ", "kazuya"), ("誠", "マコト", "makoto"),
         ("浩", "ヒロシ", "hiroshi"), ("蓮", "レン", "ren"), ("悠真", "ユウマ", "yuma"), ("湊", "ミナト", "minato"),
         ("大翔", "ヒロト", "hiroto"), ("隆", "タカシ", "takashi"), ("健一", "ケンイチ", "kenichi"), ("亮", "リョウ", "ryo"),
         ("悠斗", "ユウト", "yuto"), ("陸", "リク", "riku"), ("修", "オサム", "osamu"), ("達也", "タツヤ", "tatsuya"),
         ("翼", "ツバサ", "tsubasa")]
# prefecture+city, town, postal code, landline area code
AREAS = [("東京都渋谷区", "神南", "150-0041", "03"), ("東京都渋谷区", "恵比寿", "150-0013", "03"),
         ("東京都新宿区", "西新宿", "160-0023", "03"), ("東京都世田谷区", "三軒茶屋", "154-0024", "03"),
         ("東京都港区", "南青山", "107-0062", "03"), ("東京都杉並区", "阿佐谷南", "166-0004", "03"),
         ("東京都目黒区", "自由が丘", "152-0035", "03"), ("東京都品川区", "大井", "140-0014", "03"),
         ("東京都練馬区", "豊玉北", "176-0012", "03"), ("神奈川県横浜市港北区", "日吉", "223-0061", "045"),
         ("神奈川県川崎市中原区", "小杉町", "211-0063", "044"), ("埼玉県さいたま市浦和区", "高砂", "330-0063", "048"),
         ("千葉県船橋市", "本町", "273-0005", "047"), ("大阪府大阪市北区", "梅田", "530-0001", "06"),
         ("大阪府大阪市中央区", "心斎橋筋", "542-0085", "06"), ("大阪府吹田市", "江坂町", "564-0063", "06"),
         ("愛知県名古屋市中区", "栄", "460-0008", "052"), ("福岡県福岡市中央区", "天神", "810-0001", "092"),
         ("兵庫県神戸市中央区", "三宮町", "650-0021", "078")]
BLDG = ["パークハイツ", "グランドメゾン", "コーポ", "レジデンス", "ハイツ", "プラウド", "ライオンズマンション", "メゾン"]


def jp_name(sex):
    s = R.choice(SEI)
    m = R.choice(MEI_F if sex == "F" else MEI_M)
    return s, m


def jp_mobile():
    return "%s-%04d-%04d" % (R.choice(["090", "090", "080", "080", "070"]), R.randint(1000, 9999), R.randint(0, 9999))


def jp_land(area):
    if len(area) == 2:
        return "%s-%04d-%04d" % (area, R.randint(3000, 6999), R.randint(0, 9999))
    return "%s-%03d-%04d" % (area, R.randint(200, 999), R.randint(0, 9999))


def jp_address(area):
    pref, town, zipc, _ = area
    a = "%s%s%d-%d-%d" % (pref, town, R.randint(1, 5), R.randint(1, 28), R.randint(1, 20))
    if R.random() < 0.55:
        a += (" " if R.random() < 0.5 else "　") + R.choice(BLDG) + town + "%d%02d" % (R.randint(1, 12), R.randint(1, 9))
    return a


def email_for(sei, mei, yy):
    dom = R.choice(["docomo.ne.jp", "ezweb.ne.jp", "au.com", "softbank.ne.jp", "i.softbank.jp", "icloud.com",
                    "gmail.com", "gmail.com", "yahoo.co.jp", "outlook.jp"])
    pat = R.choice(["{m}.{s}", "{m}{s}{y}", "{s}.{m}", "{m}-{s}", "{m}_{y}{s}", "{m0}{s}{y}"])
    return pat.format(m=mei[2], s=sei[2], m0=mei[2][0], y=yy) + "@" + dom


CLINICS = [(1, "渋谷院"), (2, "新宿院"), (3, "横浜院"), (4, "梅田院"), (5, "名古屋栄院"), (6, "福岡天神院")]
CLINIC_AREA = {1: [0, 1, 3, 4, 6, 7, 8], 2: [2, 5, 8, 11, 12], 3: [9, 10], 4: [13, 14, 15, 18], 5: [16], 6: [17]}
T_END = dt.datetime(2024, 6, 30, 20, 0)

# ---------------------------------------------------------------- staff
staff = []
roles = [("医師", 9), ("看護師", 10), ("受付", 10), ("事務", 3)]
sno = 1000
for role, n in roles:
    for _ in range(n):
        sex = "F" if (role != "医師" and R.random() < 0.85) or (role == "医師" and R.random() < 0.5) else "M"
        sei, mei = jp_name(sex)
        cid = R.choice(CLINICS)[0]
        area = AREAS[R.choice(CLINIC_AREA[cid])]
        sno += R.randint(1, 9)
        dob = rdate(dt.date(1962, 1, 1), dt.date(1998 if role == "医師" else 2003, 3, 31))
        earliest = max(dt.date(2012, 4, 1), dob.replace(year=dob.year + (26 if role == "医師" else 20)))
        staff.append(dict(pid="S%d" % sno, no="%05d" % sno, sei=sei, mei=mei, sex=sex, role=role, clinic=cid,
                          hired=rdate(earliest, dt.date(2024, 4, 1)),
                          dob=dob, tel=jp_mobile(),
                          mail="%s.%s@skincare-cl.jp" % (mei[2], sei[2]), addr=jp_address(area), zip=area[2],
                          ishi="%06d" % R.randint(380000, 620000) if role == "医師" else None,
                          koyo=R.choice(["常勤", "常勤", "非常勤", "パート"]) if role != "医師" else R.choice(["常勤", "非常勤"]),
                          kengen={"医師": "診療", "看護師": "診療補助", "受付": "受付", "事務": "管理者"}[role],
                          login="%s%s" % (mei[2][0], sei[2])))
# unique logins
seen = set()
for s in staff:
    while s["login"] in seen:
        s["login"] += str(R.randint(1, 9))
    seen.add(s["login"])
doctors = defaultdict(list)
for s in staff:
    if s["role"] in ("医師", "看護師"):
        doctors[s["clinic"]].append(s)
for cid, _ in CLINICS:
    if not doctors[cid]:
        doctors[cid] = [s for s in staff if s["role"] == "医師"][:2]

# ---------------------------------------------------------------- patients
patients = []
used_no = set()
for i in range(152):
    sex = "F" if R.random() < 0.68 else "M"
    sei, mei = jp_name(sex)
    cid = R.choices([c for c, _ in CLINICS], [30, 22, 14, 18, 8, 8])[0]
    area = AREAS[R.choice(CLINIC_AREA[cid])]
    dob = rdate(dt.date(1948, 1, 1), dt.date(2015, 12, 31))
    while True:
        no = "%07d" % R.randint(10000, 2400000)
        if no not in used_no:
            used_no.add(no)
            break
    first = rdate(dt.date(2017, 4, 1), dt.date(2024, 6, 15))
    p = dict(pid="P" + no, no=no, sei=sei, mei=mei, sex=sex, dob=dob, clinic=cid, area=area,
             zip=area[2], addr=jp_address(area), land=jp_land(area[3]) if R.random() < 0.25 else None,
             mob=jp_mobile() if R.random() < 0.96 else None, first=first,
             mail=email_for(sei, mei, str(dob.year)[2:]) if R.random() < 0.85 else None,
             hoken_sha=R.choice(["01130012", "01130012", "06132013", "06270119", "138016", "138107", "32130313",
                                 "06131581", "270017", "31130214", "06139929"]),
             kigo="%d・%d" % (R.randint(1000, 99999999), R.randint(1, 9999)) if R.random() < 0.8 else None,
             rank=R.choices(["一般", "シルバー", "ゴールド", "プラチナ"], [55, 25, 14, 6])[0],
             ref=R.choice(["Instagram", "Google検索", "ホットペッパービューティー", "知人紹介", "看板", "LINE広告", "", ""]),
             note=[], minor=dob > dt.date(2006, 7, 1))
    patients.append(p)

# guardians of minor patients: an existing adult patient (mother/father) or a new person written only in 備考
adults = [p for p in patients if not p["minor"] and p["dob"] < dt.date(1995, 1, 1)]
guardians_new = []
for p in patients:
    if not p["minor"]:
        continue
    rel = R.choice(["母", "母", "父"])
    if R.random() < 0.45:
        g = R.choice([a for a in adults if (a["sex"] == "F") == (rel == "母")])
        p["sei"] = g["sei"]
        p["area"], p["zip"], p["addr"], p["land"] = g["area"], g["zip"], g["addr"], g["land"]
        gpid, gname, gtel = g["pid"], "%s %s" % (g["sei"][0], g["mei"][0]), g["mob"] or jp_mobile()
        if not g["mob"]:
            g["mob"] = gtel
    else:
        _, gm = jp_name("F" if rel == "母" else "M")
        gpid = "G%s" % p["no"]
        gname, gtel = "%s %s" % (p["sei"][0], gm[0]), jp_mobile()
        guardians_new.append(gpid)
    p["guardian"] = (gpid, gname, gtel, rel)
    p["mob"] = None if R.random() < 0.6 else p["mob"]
    p["mail"] = None

# web accounts
for p in patients:
    p["web"] = None
    if p["mail"] and R.random() < 0.75:
        created = dt.datetime.combine(p["first"], dt.time(0)) - dt.timedelta(days=R.randint(0, 6),
                                                                            seconds=R.randint(0, 86399))
        p["web"] = dict(id=len([q for q in patients if q.get("web")]) + 1, created=created, pw=bcrypt_hash(),
                        line="U%032x" % R.getrandbits(128) if R.random() < 0.45 else None,
                        last=rts(dt.datetime(2024, 3, 1), T_END), ip=None,
                        pwupd=rts(created, T_END) if R.random() < 0.3 else None,
                        status="有効" if R.random() < 0.95 else "停止")

# ---------------------------------------------------------------- reservations & accounting
MENUS = [("M0101", "一般皮膚科 初診", 30, 0, True), ("M0102", "一般皮膚科 再診", 15, 0, True),
         ("M0201", "ニキビ治療（保険）", 20, 0, True), ("M0301", "ケミカルピーリング", 45, 8800, False),
         ("M0302", "ハイドラフェイシャル", 60, 16500, False), ("M0401", "医療脱毛 顔", 30, 9900, False),
         ("M0402", "医療脱毛 全身", 120, 49800, False), ("M0501", "シミ取りレーザー", 30, 11000, False),
         ("M0601", "ボトックス注射", 30, 27500, False), ("M0701", "ダーマペン4", 60, 22000, False),
         ("M0801", "オンライン診療（再診）", 10, 0, True)]
ISP = [(126, (0, 255)), (60, (32, 47)), (49, (96, 109)), (1, (72, 79)), (106, (128, 191)), (153, (150, 230)),
       (220, (96, 111)), (114, (150, 189)), (180, (0, 63))]
UAS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Safari Line/14.8.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 16_7_8 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SO-51D) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.165 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; SH-53C) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.179 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; SC-51D) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.147 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
]


def jp_ip():
    a, (lo, hi) = R.choice(ISP)
    return "%d.%d.%d.%d" % (a, R.randint(lo, hi), R.randint(0, 255), R.randint(1, 254))


for p in patients:
    p["ips"] = [jp_ip() for _ in range(R.randint(1, 3))]
    p["uas"] = R.sample(UAS, R.randint(1, 2))

reservations = []
payments = []
rid = 500000
for p in patients:
    n = R.choices([1, 2, 4, 6, 10, 16], [18, 22, 22, 18, 13, 7])[0]
    day = p["first"]
    for k in range(n):
        if day > T_END.date() + dt.timedelta(days=20):
            break
        menu = MENUS[0] if k == 0 else R.choice(MENUS[1:])
        cid = p["clinic"] if R.random() < 0.9 else R.choice(CLINICS)[0]
        start = dt.datetime.combine(day, dt.time(R.randint(10, 19), R.choice([0, 15, 30, 45])))
        channel = R.choice(["web", "web", "LINE", "電話", "ホットペッパー"]) if p["web"] else R.choice(["電話", "窓口", "ホットペッパー"])
        if channel == "LINE" and not p["web"]["line"]:
            channel = "web"
        booked = start - dt.timedelta(days=R.randint(1, 30), seconds=R.randint(0, 86399))
        future = start > T_END
        status = "予約済" if future else R.choices(["来院済", "キャンセル", "無断キャンセル"], [85, 11, 4])[0]
        cancelled = rts(booked, start - dt.timedelta(hours=2)) if status == "キャンセル" else None
        rid += R.randint(1, 30)
        ip = ua = None
        if channel == "web":
            ip, ua = R.choice(p["ips"]), R.choice(p["uas"])
        memo = R.choice(["", "", "", "初診・ニキビ相談希望", "前回ピーリング後の赤み確認", "回数券 3/5回目", "妊娠中のため施術内容要確認",
                         "ご本人より時間変更の電話あり", "同伴者あり"])
        r = dict(id=rid, code="R%s%05d" % (start.strftime("%y%m%d"), R.randint(0, 99999)), p=p, clinic=cid,
                 staff=R.choice(doctors[cid]), menu=menu, start=start,
                 end=start + dt.timedelta(minutes=menu[2]), status=status, channel=channel, booked=booked,
                 cancelled=cancelled, ip=ip, ua=ua, memo=memo)
        if memo == "ご本人より時間変更の電話あり" and (p["mob"] or p["land"]):
            r["memo"] = "ご本人より時間変更の電話あり（折返し %s）" % (p["mob"] or p["land"])
            r["memo_phone"] = True
        reservations.append(r)
        if status == "来院済":
            amount = menu[3] if menu[3] else R.choice([1210, 1530, 2420, 3080])
            method = R.choice(["現金", "クレジットカード", "クレジットカード", "PayPay", "交通系IC"])
            payments.append(dict(inv="%s-%06d" % (CLINICS[cid - 1][1][:2], len(payments) + 10001), r=r, amount=amount,
                                 method=method, paid=r["end"] + dt.timedelta(minutes=R.randint(3, 25)),
                                 last4="%04d" % R.randint(0, 9999) if method == "クレジットカード" else None,
                                 brand=R.choice(["VISA", "Mastercard", "JCB", "AMEX"]) if method == "クレジットカード" else None))
        day = day + dt.timedelta(days=R.randint(14, 120))
reservations.sort(key=lambda r: r["id"])

# ---------------------------------------------------------------- patients.csv (UTF-8 with BOM, Excel style)
F_CSV = "patients.csv"
hdr = ["患者番号", "氏名", "フリガナ", "生年月日", "性別", "郵便番号", "住所", "電話番号", "携帯電話", "メールアドレス",
       "保険者番号", "被保険者記号・番号", "初診日", "最終来院日", "会員ランク", "登録院", "紹介元", "備考"]
prow = []
last_visit = {}
for r in reservations:
    if r["status"] == "来院済":
        last_visit[r["p"]["pid"]] = max(last_visit.get(r["p"]["pid"], r["start"]), r["start"])
for p in sorted(patients, key=lambda x: x["no"]):
    pid = p["pid"]
    sp = "　" if R.random() < 0.5 else " "
    notes = []
    if p.get("guardian"):
        gpid, gname, gtel, rel = p["guardian"]
        notes.append("保護者：%s（%s）%s" % (gname, rel, gtel))
        put(F_CSV, "備考", gpid, "name", "x")
        put(F_CSV, "備考", gpid, "phone", "x")
    notes.append(R.choice(["", "", "", "金属アレルギーあり", "ステロイド外用で皮疹悪化歴", "LINE連携済", "DM不要",
                           "アトピー性皮膚炎 通院中", "ケロイド体質"]))
    note = " / ".join(n for n in notes if n)
    lv = last_visit.get(pid)
    prow.append([
        p["no"],
        put(F_CSV, "氏名", pid, "name", p["sei"][0] + sp + p["mei"][0]),
        put(F_CSV, "フリガナ", pid, "name", p["sei"][1] + " " + p["mei"][1]),
        put(F_CSV, "生年月日", pid, "date_of_birth", p["dob"].strftime("%Y/%m/%d")),
        "女" if p["sex"] == "F" else "男",
        put(F_CSV, "郵便番号", pid, "location", "〒" + p["zip"]),
        put(F_CSV, "住所", pid, "location", p["addr"]),
        put(F_CSV, "電話番号", pid, "phone", p["land"]),
        put(F_CSV, "携帯電話", pid, "phone", p["mob"]),
        put(F_CSV, "メールアドレス", pid, "email", p["mail"]),
        p["hoken_sha"],
        put(F_CSV, "被保険者記号・番号", pid, "government_id", p["kigo"]),
        put(F_CSV, "初診日", pid, "activity", p["first"].strftime("%Y/%m/%d")),
        put(F_CSV, "最終来院日", pid, "activity", lv.strftime("%Y/%m/%d") if lv else ""),
        put(F_CSV, "会員ランク", pid, "account_type", p["rank"]),
        CLINICS[p["clinic"] - 1][1], p["ref"], note,
    ])

# ---------------------------------------------------------------- reservations.sql (mysqldump)
F_SQL = "reservations.sql"


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
w("""-- MySQL dump 10.13  Distrib 8.0.37, for Linux (x86_64)
--
-- Host: rsv-db.skincare-cl.internal    Database: reserve
-- ------------------------------------------------------
-- Server version	8.0.37

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!50503 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+09:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;
""")


def table(name, ddl, rows, auto):
    w("\n--\n-- Table structure for table `%s`\n--\n\nDROP TABLE IF EXISTS `%s`;\n" % (name, name))
    w("/*!40101 SET @saved_cs_client     = @@character_set_client */;\n/*!50503 SET character_set_client = utf8mb4 */;\n")
    w("CREATE TABLE `%s` (\n%s\n) ENGINE=InnoDB AUTO_INCREMENT=%d DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_ja_0900_as_cs;\n"
      % (name, ddl, auto))
    w("/*!40101 SET character_set_client = @saved_cs_client */;\n\n--\n-- Dumping data for table `%s`\n--\n\n" % name)
    w("LOCK TABLES `%s` WRITE;\n/*!40000 ALTER TABLE `%s` DISABLE KEYS */;\n" % (name, name))
    for i in range(0, len(rows), 80):
        w("INSERT INTO `%s` VALUES %s;\n" % (name, ",".join("(" + ",".join(q(v) for v in r) + ")" for r in rows[i:i + 80])))
    w("/*!40000 ALTER TABLE `%s` ENABLE KEYS */;\nUNLOCK TABLES;\n" % name)


table("clinics", """  `clinic_id` tinyint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(60) NOT NULL,
  `postal_code` char(8) NOT NULL,
  `address` varchar(200) NOT NULL,
  `tel` varchar(15) NOT NULL,
  `opened_on` date DEFAULT NULL,
  PRIMARY KEY (`clinic_id`)""", [
    [1, "スキンケアクリニック渋谷院", "150-0042", "東京都渋谷区宇田川町21-1 渋谷ビル5F", "03-6455-1180", dt.date(2012, 4, 2)],
    [2, "スキンケアクリニック新宿院", "160-0022", "東京都新宿区新宿3-17-5 新宿三丁目ビル7F", "03-5360-2210", dt.date(2014, 10, 1)],
    [3, "スキンケアクリニック横浜院", "220-0011", "神奈川県横浜市西区高島2-12-6 横浜駅東口ビル4F", "045-444-3190", dt.date(2016, 5, 9)],
    [4, "スキンケアクリニック梅田院", "530-0012", "大阪府大阪市北区芝田1-4-8 梅田第二ビル6F", "06-6376-5520", dt.date(2017, 11, 1)],
    [5, "スキンケアクリニック名古屋栄院", "460-0008", "愛知県名古屋市中区栄3-6-1 栄三丁目ビル3F", "052-238-7700", dt.date(2020, 7, 1)],
    [6, "スキンケアクリニック福岡天神院", "810-0001", "福岡県福岡市中央区天神2-3-10 天神パインクレスト2F", "092-716-8810", dt.date(2022, 3, 1)],
], 7)

rows = []
for p in patients:
    wa = p["web"]
    if not wa:
        continue
    pid = p["pid"]
    wa["ip"] = R.choice(p["ips"])
    rows.append([
        wa["id"], p["no"],
        put(F_SQL, "web_accounts.login_email", pid, "email", p["mail"]),
        put(F_SQL, "web_accounts.password_hash", pid, "password", wa["pw"]),
        wa["line"],
        put(F_SQL, "web_accounts.status", pid, "account_type", wa["status"]),
        put(F_SQL, "web_accounts.created_at", pid, "activity", wa["created"]),
        put(F_SQL, "web_accounts.last_login_at", pid, "activity", wa["last"]),
        put(F_SQL, "web_accounts.last_login_ip", pid, "ip_address", wa["ip"]),
        wa["pwupd"], R.random() < 0.7,
    ])
table("web_accounts", """  `account_id` int unsigned NOT NULL AUTO_INCREMENT,
  `patient_no` char(7) NOT NULL,
  `login_email` varchar(255) NOT NULL,
  `password_hash` varchar(255) NOT NULL,
  `line_user_id` varchar(33) DEFAULT NULL,
  `status` varchar(8) NOT NULL DEFAULT '有効',
  `created_at` datetime NOT NULL,
  `last_login_at` datetime DEFAULT NULL,
  `last_login_ip` varchar(45) DEFAULT NULL,
  `password_updated_at` datetime DEFAULT NULL,
  `mail_magazine` tinyint(1) NOT NULL DEFAULT '1',
  PRIMARY KEY (`account_id`),
  UNIQUE KEY `uq_patient` (`patient_no`),
  UNIQUE KEY `uq_login` (`login_email`)""", rows, len(rows) + 1)

rows = []
for r in reservations:
    pid = r["p"]["pid"]
    memo = r["memo"]
    if r.get("memo_phone"):
        put(F_SQL, "reservations.memo", pid, "phone", memo)
    rows.append([
        r["id"], r["code"], r["p"]["no"], r["clinic"], r["staff"]["no"], r["menu"][0],
        put(F_SQL, "reservations.start_at", pid, "activity", r["start"]),
        r["end"], r["status"], r["channel"],
        put(F_SQL, "reservations.booked_at", pid, "activity", r["booked"]),
        put(F_SQL, "reservations.cancelled_at", pid, "activity", r["cancelled"]),
        put(F_SQL, "reservations.client_ip", pid, "ip_address", r["ip"]),
        put(F_SQL, "reservations.user_agent", pid, "device", r["ua"]),
        memo or None,
    ])
table("reservations", """  `reservation_id` int unsigned NOT NULL AUTO_INCREMENT,
  `reservation_code` char(12) NOT NULL,
  `patient_no` char(7) NOT NULL,
  `clinic_id` tinyint unsigned NOT NULL,
  `staff_no` char(5) DEFAULT NULL,
  `menu_code` char(5) NOT NULL,
  `start_at` datetime NOT NULL,
  `end_at` datetime NOT NULL,
  `status` varchar(10) NOT NULL,
  `channel` varchar(16) NOT NULL,
  `booked_at` datetime NOT NULL,
  `cancelled_at` datetime DEFAULT NULL,
  `client_ip` varchar(45) DEFAULT NULL,
  `user_agent` varchar(255) DEFAULT NULL,
  `memo` text,
  PRIMARY KEY (`reservation_id`),
  UNIQUE KEY `uq_code` (`reservation_code`),
  KEY `idx_patient` (`patient_no`),
  KEY `idx_clinic_start` (`clinic_id`,`start_at`),
  CONSTRAINT `fk_rsv_clinic` FOREIGN KEY (`clinic_id`) REFERENCES `clinics` (`clinic_id`)""", rows, rid + 1)

rows = []
for i, pm in enumerate(payments):
    pid = pm["r"]["p"]["pid"]
    rows.append([i + 1, pm["inv"], pm["r"]["id"], pm["r"]["p"]["no"], pm["amount"], pm["method"], pm["brand"],
                 pm["last4"], put(F_SQL, "accounting.paid_at", pid, "activity", pm["paid"])])
table("accounting", """  `accounting_id` int unsigned NOT NULL AUTO_INCREMENT,
  `invoice_no` varchar(16) NOT NULL,
  `reservation_id` int unsigned NOT NULL,
  `patient_no` char(7) NOT NULL,
  `amount` int NOT NULL COMMENT '税込',
  `payment_method` varchar(16) NOT NULL,
  `card_brand` varchar(12) DEFAULT NULL,
  `card_last4` char(4) DEFAULT NULL,
  `paid_at` datetime NOT NULL,
  PRIMARY KEY (`accounting_id`),
  KEY `idx_rsv` (`reservation_id`)""", rows, len(rows) + 1)
w("""/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;
/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2024-07-01  2:00:14
""")

# ---------------------------------------------------------------- staff.xlsx
F_XLSX = "staff.xlsx"
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "職員名簿"
ws["A1"] = "スキンケアクリニックグループ　職員名簿"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "出力日時：2024/07/01 09:12　出力者：システム管理者　※社外秘"
shdr = ["職員番号", "氏名", "ふりがな", "職種", "所属院", "入職日", "生年月日", "携帯電話", "社用メール", "郵便番号",
        "住所", "医籍登録番号", "雇用形態", "ログインID", "システム権限"]
ws.append([])
ws.append(shdr)
for c in ws[4]:
    c.font = Font(bold=True)
KATA2HIRA = {chr(k): chr(k - 0x60) for k in range(0x30A1, 0x30F7)}
for s in staff:
    pid = s["pid"]
    hira = "".join(KATA2HIRA.get(ch, ch) for ch in (s["sei"][1] + " " + s["mei"][1]))
    ws.append([
        s["no"],
        put(F_XLSX, "氏名", pid, "name", s["sei"][0] + "　" + s["mei"][0]),
        put(F_XLSX, "ふりがな", pid, "name", hira),
        s["role"], CLINICS[s["clinic"] - 1][1], s["hired"],
        put(F_XLSX, "生年月日", pid, "date_of_birth", s["dob"]),
        put(F_XLSX, "携帯電話", pid, "phone", s["tel"]),
        put(F_XLSX, "社用メール", pid, "email", s["mail"]),
        put(F_XLSX, "郵便番号", pid, "location", s["zip"]),
        put(F_XLSX, "住所", pid, "location", s["addr"]),
        s["ishi"], s["koyo"],
        put(F_XLSX, "ログインID", pid, "username", s["login"]),
        put(F_XLSX, "システム権限", pid, "account_type", s["kengen"]),
    ])
for row in ws.iter_rows(min_row=5):
    for c in (row[5], row[6]):
        c.number_format = "yyyy/mm/dd"
for col, wdt in zip("ABCDEFGHIJKLMNO", [10, 16, 20, 8, 12, 12, 12, 15, 30, 10, 44, 12, 10, 14, 12]):
    ws.column_dimensions[col].width = wdt

# ---------------------------------------------------------------- access logs (apache combined) in a zip
LOG_PUB = "logs_2024-06.zip!reserve-web/access_log"
LOG_ADM = "logs_2024-06.zip!admin/access_log"
pub, adm = [], []
HOST = "https://reserve.skincare-cl.jp"


def clf(ts):
    return ts.strftime("%d/%b/%Y:%H:%M:%S +0900")


def L(lst, fname, ts, ip, user, meth, path, st, size, ref, ua, pid):
    lst.append((ts, '%s - %s [%s] "%s %s HTTP/1.1" %d %s "%s" "%s"' % (ip, user, clf(ts), meth, path, st,
                                                                       size if size else "-", ref, ua)))
    TEXT[fname].update(["ip_address", "activity", "device"])
    if pid:
        for c in ("ip_address", "activity", "device"):
            mark(pid, c)


M0, M1 = dt.datetime(2024, 6, 1), dt.datetime(2024, 6, 30, 23, 59)
slug = {1: "shibuya", 2: "shinjuku", 3: "yokohama", 4: "umeda", 5: "nagoya-sakae", 6: "fukuoka-tenjin"}
for p in patients:
    if not p["web"]:
        continue
    pid = p["pid"]
    sessions = R.randint(0, 6)
    for _ in range(sessions):
        ts = rts(M0, M1)
        ip, ua = R.choice(p["ips"]), R.choice(p["uas"])
        L(pub, LOG_PUB, ts, ip, "-", "GET", "/login", 200, R.randint(4000, 4600), HOST + "/", ua, pid)
        ts += dt.timedelta(seconds=R.randint(5, 40))
        L(pub, LOG_PUB, ts, ip, "-", "POST", "/login", 302, 0, HOST + "/login", ua, pid)
        ts += dt.timedelta(seconds=1)
        L(pub, LOG_PUB, ts, ip, "-", "GET", "/mypage", 200, R.randint(9000, 14000), HOST + "/login", ua, pid)
        ts += dt.timedelta(seconds=R.randint(3, 30))
        L(pub, LOG_PUB, ts, ip, "-", "GET", "/api/v1/patients/%s/reservations?status=upcoming" % p["no"], 200,
          R.randint(300, 2400), HOST + "/mypage", ua, pid)
        if R.random() < 0.6:
            c = slug[p["clinic"]]
            m = R.choice(MENUS[1:])[0]
            ts += dt.timedelta(seconds=R.randint(5, 60))
            L(pub, LOG_PUB, ts, ip, "-", "GET", "/reserve/%s/calendar?menu=%s&week=2024-W%02d" % (c, m, R.randint(23, 28)),
              200, R.randint(15000, 22000), HOST + "/mypage", ua, pid)
            ts += dt.timedelta(seconds=R.randint(20, 180))
            L(pub, LOG_PUB, ts, ip, "-", "POST", "/api/v1/reservations", 201, R.randint(200, 400),
              HOST + "/reserve/%s/confirm" % c, ua, pid)
    if R.random() < 0.12:
        ts = rts(M0, M1)
        ip, ua = R.choice(p["ips"]), R.choice(p["uas"])
        L(pub, LOG_PUB, ts, ip, "-", "GET", "/password/forgot?email=%s" % p["mail"].replace("@", "%40"), 200, 3900,
          HOST + "/login", ua, pid)
        text(LOG_PUB, pid, "email")
# reservations made through web in June appear in the log too
for r in reservations:
    if r["channel"] == "web" and M0 <= r["booked"] <= M1:
        L(pub, LOG_PUB, r["booked"], r["ip"], "-", "POST", "/api/v1/reservations", 201, R.randint(200, 400),
          HOST + "/reserve/%s/confirm" % slug[r["clinic"]], r["ua"], r["p"]["pid"])
# anonymous visitors and crawlers: not counted as people
anon = [(jp_ip(), R.choice(UAS)) for _ in range(80)]
PUBLIC = ["/", "/menu", "/menu/peeling", "/menu/laser", "/clinics/shibuya", "/clinics/umeda", "/faq", "/price",
          "/reserve/shibuya/calendar?menu=M0101", "/reserve/shinjuku/calendar?menu=M0301", "/assets/app.3f9a1c.js",
          "/assets/app.3f9a1c.css", "/favicon.ico", "/column/acne-care-2024"]
for _ in range(1800):
    ip, ua = R.choice(anon)
    L(pub, LOG_PUB, rts(M0, M1), ip, "-", "GET", R.choice(PUBLIC), 200 if R.random() < 0.96 else 404,
      R.randint(500, 40000), R.choice(["-", "https://www.google.co.jp/", "https://beauty.hotpepper.jp/", "https://www.instagram.com/"]),
      ua, None)
for _ in range(400):
    L(pub, LOG_PUB, rts(M0, M1), "66.249.79.%d" % R.randint(1, 250), "-", "GET", R.choice(PUBLIC + ["/robots.txt"]),
      200, R.randint(500, 40000), "-", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", None)
# admin panel: basic-auth user = staff login, from the clinic's fixed IP
CLINIC_IP = {1: "219.117.204.18", 2: "219.117.204.77", 3: "122.208.11.40", 4: "211.13.96.201", 5: "61.200.83.9",
             6: "118.238.5.66"}
ADM_UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36"
day_rsv = [r for r in reservations if M0 <= r["start"] <= M1]
for s in staff:
    if s["role"] not in ("受付", "事務", "医師"):
        continue
    for _ in range(R.randint(8, 30)):
        ts = rts(M0, M1).replace(hour=R.randint(9, 19))
        ip = CLINIC_IP[s["clinic"]]
        L(adm, LOG_ADM, ts, ip, s["login"], "GET", "/admin/schedule?clinic=%d&date=%s" % (s["clinic"], ts.strftime("%Y-%m-%d")),
          200, R.randint(20000, 60000), "https://admin.skincare-cl.jp/admin/", ADM_UA, s["pid"])
        text(LOG_ADM, s["pid"], "username")
        for _ in range(R.randint(1, 5)):
            ts += dt.timedelta(seconds=R.randint(10, 400))
            r = R.choice(day_rsv)
            L(adm, LOG_ADM, ts, ip, s["login"], R.choice(["GET", "GET", "POST"]),
              "/admin/reservations/%d" % r["id"], 200, R.randint(3000, 9000),
              "https://admin.skincare-cl.jp/admin/schedule", ADM_UA, s["pid"])
pub.sort(key=lambda x: x[0])
adm.sort(key=lambda x: x[0])

# ---------------------------------------------------------------- menu master (control)
F_MENU = "menu_master.csv"
mrows = []
for code, name, mins, price, ins in MENUS:
    mrows.append([code, name, mins, price, "○" if ins else "", jan13("49") if not ins else "", "全院"])

# ---------------------------------------------------------------- write
if os.path.isdir(DATA):
    shutil.rmtree(DATA)
os.makedirs(DATA)
with open(os.path.join(DATA, F_CSV), "w", encoding="utf-8-sig", newline="") as f:
    cw = csv.writer(f, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    cw.writerow(hdr)
    cw.writerows(prow)
with open(os.path.join(DATA, F_SQL), "w", encoding="utf-8") as f:
    f.write(out.getvalue())
wb.properties.creator = "reserve-admin"
wb.properties.created = dt.datetime(2024, 7, 1, 9, 12, 0)
wb.properties.modified = dt.datetime(2024, 7, 1, 9, 12, 0)
wb.save(os.path.join(DATA, F_XLSX))
# openpyxl stamps the save time into docProps/core.xml; rewrite it so the file is byte-deterministic
_xp = os.path.join(DATA, F_XLSX)
with zipfile.ZipFile(_xp) as _zin:
    _items = [(i, _zin.read(i.filename)) for i in _zin.infolist()]
with zipfile.ZipFile(_xp, "w", zipfile.ZIP_DEFLATED) as _zout:
    for _i, _b in _items:
        if _i.filename == "docProps/core.xml":
            import re as _re
            _b = _re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                         rb"<dcterms:modified\1>2024-07-01T09:12:00Z</dcterms:modified>", _b)
        _zi = zipfile.ZipInfo(_i.filename, date_time=(2024, 7, 1, 9, 12, 0))
        _zi.compress_type = zipfile.ZIP_DEFLATED
        _zout.writestr(_zi, _b)
zi_time = (2024, 7, 1, 0, 5, 0)
with zipfile.ZipFile(os.path.join(DATA, "logs_2024-06.zip"), "w", zipfile.ZIP_DEFLATED) as zf:
    for name, lines in (("reserve-web/access_log", pub), ("admin/access_log", adm)):
        zi = zipfile.ZipInfo(name, date_time=zi_time)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zf.writestr(zi, "".join(l + "\n" for _, l in lines))
with open(os.path.join(DATA, F_MENU), "w", encoding="utf-8-sig", newline="") as f:
    cw = csv.writer(f, lineterminator="\r\n")
    cw.writerow(["メニューコード", "メニュー名", "所要時間(分)", "料金(税込)", "保険適用", "使用製剤JANコード", "提供院"])
    cw.writerows(mrows)


# ---------------------------------------------------------------- truth
def TEXT_CATS():
    cats = set()
    for v in TEXT.values():
        cats |= set(v)
    for flds in FIELDS.values():
        for c in flds.values():
            cats |= {c} if isinstance(c, str) else set(c)
    return cats


minors = [p for p in patients if p["minor"]]
truth = {
    "brief": ("Booking vendor of 'スキンケアクリニック', a Japanese dermatology clinic chain (6 clinics). UTF-8 (BOM) "
              "patient CSV with Japanese headers (kanji names and katakana readings, 〒 postal codes, mobile/landline "
              "phones, health-insurance 記号・番号, membership rank, free-text 備考 that names the guardian of minor "
              "patients); MySQL dump of the reservation system (clinics, web_accounts, reservations and accounting "
              "referencing patient_no); staff roster XLSX with title rows; a zip of June Apache access logs of the "
              "public booking site and the basic-auth admin panel; a treatment-menu master. Language: Japanese."),
    "people": len(PEOPLE),
    "people_by_category": {k: len(BYCAT.get(k, ())) for k in sorted(set(BYCAT) | TEXT_CATS())},
    "fields": {k: dict(sorted(v.items())) for k, v in FIELDS.items()},
    "text": {k: sorted(v) for k, v in TEXT.items()},
    "controls": [F_MENU],
    "ambiguous": {
        F_SQL: ["web_accounts.line_user_id"],
        F_XLSX: ["医籍登録番号"],
    },
    "lookalikes": {
        F_CSV: {"患者番号": "7-digit patient numbers", "保険者番号": "6/8-digit insurer numbers (identify the insurer)",
                "性別": "sex", "登録院": "clinic names", "紹介元": "referral channels"},
        F_SQL: {"reservations.reservation_code": "R+yymmdd+5 digits booking codes",
                "accounting.invoice_no": "invoice numbers", "accounting.card_last4": "card last four only",
                "accounting.card_brand": "card brand", "web_accounts.password_updated_at": "timestamp in a password-named column",
                "reservations.end_at": "slot end computed from menu duration",
                "clinics.tel": "clinic (business) phone numbers", "clinics.address": "clinic addresses",
                "reservations.staff_no": "staff numbers", "reservations.patient_no": "patient numbers"},
        F_XLSX: {"入職日": "hire dates", "職員番号": "staff numbers", "雇用形態": "employment type"},
        F_MENU: {"使用製剤JANコード": "13-digit JAN barcodes (valid check digit)"},
    },
    "notes": (
        "people = %d patients + %d guardians who appear only in patients.csv 備考 (name and phone) + %d staff. "
        "%d minor patients; for %d of them the guardian is an adult patient (same surname/address, counted once). "
        "Guardian names in 備考 are written surname + given name. reservations.memo occasionally contains the patient's "
        "phone for a call-back (listed as phone). reservations.client_ip/user_agent only for web bookings. "
        "Access logs: public-site lines of logged-in patients (patient_no in /api/v1/patients/<no>/reservations, email "
        "in /password/forgot) count for that patient; admin-panel lines carry the staff login as the Apache remote "
        "user and the clinic's fixed IP, counted for that staff member; ~80 anonymous visitor IPs and Googlebot "
        "are not counted as people. 医籍登録番号 (doctors' medical registry number) and LINE user ids are ambiguous "
        "and not counted." % (len(patients), len(guardians_new), len(staff), len(minors),
                              len(minors) - len(guardians_new))),
}
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=2)
print(json.dumps({"people": truth["people"], "by_cat": truth["people_by_category"]}, ensure_ascii=False))
