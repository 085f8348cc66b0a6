#!/usr/bin/env python3
"""Blind test dump A/jp-support: customer-support vendor of a Japanese e-commerce shop.
Standard library only. Seeded and deterministic."""
import csv, datetime as dt, io, json, os, random, string, uuid

SEED = 8157
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "data")
os.makedirs(OUT, exist_ok=True)
JST = dt.timezone(dt.timedelta(hours=9))
EXPORT = dt.datetime(2024, 6, 3, 2, 0, 0, tzinfo=JST)

SEI = [("佐藤", "サトウ", "sato"), ("鈴木", "スズキ", "suzuki"), ("高橋", "タカハシ", "takahashi"),
       ("田中", "タナカ", "tanaka"), ("伊藤", "イトウ", "ito"), ("渡辺", "ワタナベ", "watanabe"),
       ("山本", "ヤマモト", "yamamoto"), ("中村", "ナカムラ", "nakamura"), ("小林", "コバヤシ", "kobayashi"),
       ("加藤", "カトウ", "kato"), ("吉田", "ヨシダ", "yoshida"), ("山田", "ヤマダ", "yamada"),
       ("佐々木", "ササキ", "sasaki"), ("山口", "ヤマグチ", "yamaguchi"), ("松本", "マツモト", "matsumoto"),
       ("井上", "イノウエ", "inoue"), ("木村", "キムラ", "kimura"), ("林", "ハヤシ", "hayashi"),
       ("斎藤", "サイトウ", "saito"), ("清水", "シミズ", "shimizu"), ("山崎", "ヤマザキ", "yamazaki"),
       ("森", "モリ", "mori"), ("池田", "イケダ", "ikeda"), ("橋本", "ハシモト", "hashimoto"),
       ("阿部", "アベ", "abe"), ("石川", "イシカワ", "ishikawa"), ("前田", "マエダ", "maeda"),
       ("藤田", "フジタ", "fujita"), ("小川", "オガワ", "ogawa"), ("岡田", "オカダ", "okada"),
       ("後藤", "ゴトウ", "goto"), ("長谷川", "ハセガワ", "hasegawa"), ("村上", "ムラカミ", "murakami"),
       ("近藤", "コンドウ", "kondo"), ("石井", "イシイ", "ishii"), ("坂本", "サカモト", "sakamoto"),
       ("遠藤", "エンドウ", "endo"), ("青木", "アオキ", "aoki"), ("藤井", "フジイ", "fujii"),
       ("西村", "ニシムラ", "nishimura"), ("福田", "フクダ", "fukuda"), ("太田", "オオタ", "ota"),
       ("三浦", "ミウラ", "miura"), ("岡本", "オカモト", "okamoto"), ("松田", "マツダ", "matsuda")]
MEI_M = [("翔太", "ショウタ", "shota"), ("大輔", "ダイスケ", "daisuke"), ("健太", "ケンタ", "kenta"),
         ("拓也", "タクヤ", "takuya"), ("直樹", "ナオキ", "naoki"), ("誠", "マコト", "makoto"),
         ("浩二", "コウジ", "koji"), ("隆", "タカシ", "takashi"), ("和也", "カズヤ", "kazuya"),
         ("蓮", "レン", "ren"), ("悠真", "ユウマ", "yuma"), ("陽翔", "ハルト", "haruto"),
         ("修", "オサム", "osamu"), ("哲也", "テツヤ", "tetsuya"), ("健一", "ケンイチ", "kenichi"),
         ("亮", "リョウ", "ryo"), ("大樹", "ダイキ", "daiki"), ("博之", "ヒロユキ", "hiroyuki")]
MEI_F = [("陽子", "ヨウコ", "yoko"), ("美咲", "ミサキ", "misaki"), ("由美", "ユミ", "yumi"),
         ("恵子", "ケイコ", "keiko"), ("真由美", "マユミ", "mayumi"), ("さくら", "サクラ", "sakura"),
         ("結衣", "ユイ", "yui"), ("愛", "アイ", "ai"), ("明美", "アケミ", "akemi"), ("裕子", "ユウコ", "yuko"),
         ("奈々", "ナナ", "nana"), ("彩", "アヤ", "aya"), ("千尋", "チヒロ", "chihiro"), ("葵", "アオイ", "aoi"),
         ("久美子", "クミコ", "kumiko"), ("智子", "トモコ", "tomoko"), ("麻衣", "マイ", "mai"),
         ("香織", "カオリ", "kaori")]
AREAS = [("150-0002", "東京都渋谷区渋谷", "03"), ("160-0022", "東京都新宿区新宿", "03"),
         ("154-0004", "東京都世田谷区太子堂", "03"), ("171-0022", "東京都豊島区南池袋", "03"),
         ("135-0016", "東京都江東区東陽", "03"), ("180-0004", "東京都武蔵野市吉祥寺本町", "0422"),
         ("220-0012", "神奈川県横浜市西区みなとみらい", "045"), ("231-0023", "神奈川県横浜市中区山下町", "045"),
         ("212-0013", "神奈川県川崎市幸区堀川町", "044"), ("330-0063", "埼玉県さいたま市浦和区高砂", "048"),
         ("260-0013", "千葉県千葉市中央区中央", "043"), ("530-0001", "大阪府大阪市北区梅田", "06"),
         ("542-0076", "大阪府大阪市中央区難波", "06"), ("460-0008", "愛知県名古屋市中区栄", "052"),
         ("600-8216", "京都府京都市下京区東塩小路町", "075"), ("650-0021", "兵庫県神戸市中央区三宮町", "078"),
         ("810-0001", "福岡県福岡市中央区天神", "092"), ("060-0042", "北海道札幌市中央区大通西", "011"),
         ("980-0021", "宮城県仙台市青葉区中央", "022"), ("730-0011", "広島県広島市中区基町", "082"),
         ("900-0015", "沖縄県那覇市久茂地", "098"), ("380-0836", "長野県長野市南長野", "026")]
BUILDINGS = ["グランドメゾン", "サンハイツ", "コーポ", "パークハイム", "ライオンズマンション", "メゾン・ド", "レジデンス"]
MAIL_DOMAINS = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp", "icloud.com",
                "outlook.jp", "i.softbank.jp", "au.com", "nifty.com"]
ZEN = str.maketrans("0123456789-", "０１２３４５６７８９－")

def mynumber():
    d = [R.randint(0, 9) for _ in range(11)]
    s = sum(int(p) * (n + 1 if n <= 6 else n - 5) for n, p in enumerate(reversed(d), start=1))
    r = s % 11
    c = 0 if r <= 1 else 11 - r
    return "".join(map(str, d)) + str(c)

def mynumber_ok(v):
    d = list(map(int, v[:11]))
    s = sum(p * (n + 1 if n <= 6 else n - 5) for n, p in enumerate(reversed(d), start=1))
    r = s % 11
    return int(v[11]) == (0 if r <= 1 else 11 - r)

def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0

def card():
    kind = R.choice(["visa", "visa", "mc", "jcb", "jcb"])
    pre = {"visa": "4" + R.choice(["980", "539", "297", "721"]), "mc": "5" + R.choice(["2", "3", "4"]) + f"{R.randint(10, 99)}",
           "jcb": "35" + f"{R.randint(28, 89)}"}[kind]
    body = pre + "".join(str(R.randint(0, 9)) for _ in range(15 - len(pre)))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c

def ean13(prefix12):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(prefix12))
    return prefix12 + str((10 - s % 10) % 10)

def ean_ok(v):
    return sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(v[:12])) % 10 == (10 - int(v[12])) % 10 or \
        (sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(v[:12])) + int(v[12])) % 10 == 0

def mobile():
    return f"{R.choice(['090', '080', '070', '090', '080'])}-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}"

def landline(code):
    local = 10 - len(code)
    if local == 8:
        return f"{code}-{R.randint(2000, 6999)}-{R.randint(1000, 9999)}"
    if local == 7:
        return f"{code}-{R.randint(200, 899)}-{R.randint(1000, 9999)}"
    return f"{code}-{R.randint(20, 89)}-{R.randint(1000, 9999)}"

def bcrypt_like():
    al = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "$2y$10$" + "".join(R.choice(al) for _ in range(53))

def ts(d):
    return d.strftime("%Y-%m-%d %H:%M:%S")

def rand_dt(a, b):
    return a + dt.timedelta(seconds=R.randint(0, int((b - a).total_seconds())))

def make_person():
    male = R.random() < 0.45
    sei = R.choice(SEI); mei = R.choice(MEI_M if male else MEI_F)
    pc, area, code = R.choice(AREAS)
    addr = f"{area}{R.randint(1, 5)}丁目{R.randint(1, 28)}-{R.randint(1, 20)}"
    if R.random() < 0.5:
        addr += f" {R.choice(BUILDINGS)}{R.choice(['', '第2', '東', '南'])}{R.randint(1, 12) * 100 + R.randint(1, 12)}号室"[:40] if R.random() < 0.3 else \
            f" {R.choice(BUILDINGS)}{R.randint(1, 12)}{R.randint(0, 1)}{R.randint(1, 9)}"
    if R.random() < 0.15:
        addr = addr.translate(ZEN)
    birth = dt.date.fromordinal(R.randint(dt.date(1944, 1, 1).toordinal(), dt.date(2005, 12, 31).toordinal()))
    phone = mobile() if R.random() < 0.8 else landline(code)
    local = R.choice([f"{mei[2]}.{sei[2]}", f"{sei[2]}{mei[2][0]}", f"{mei[2]}{birth.year % 100:02d}",
                      f"{sei[2]}_{mei[2]}{R.randint(1, 99)}", f"{mei[2][:3]}{sei[2][:4]}{birth.month:02d}{birth.day:02d}"])
    return dict(male=male, sei=sei, mei=mei, name=f"{sei[0]}{R.choice(['　', '　', ' ', ''])}{mei[0]}",
                kana=f"{sei[1]}　{mei[1]}" if R.random() < 0.8 else f"{sei[1]} {mei[1]}",
                pc=pc, addr=addr, birth=birth, phone=phone, email=f"{local}@{R.choice(MAIL_DOMAINS)}")

# ---------------------------------------------------------------- people
members = []
used_mail = set()
mid = 10023400
for _ in range(160):
    p = make_person()
    while p["email"] in used_mail:
        p = make_person()
    used_mail.add(p["email"])
    mid += R.randint(1, 40)
    p["id"] = mid
    p["registered"] = rand_dt(dt.datetime(2018, 4, 1, tzinfo=JST), dt.datetime(2024, 5, 20, tzinfo=JST))
    p["last_login"] = rand_dt(max(p["registered"], dt.datetime(2023, 6, 1, tzinfo=JST)), EXPORT - dt.timedelta(hours=3))
    p["pw_changed"] = rand_dt(p["registered"], p["last_login"])
    p["rank"] = R.choices(["ゴールド", "シルバー", "一般"], [12, 28, 60])[0]
    p["points"] = {"ゴールド": R.randint(5000, 48000), "シルバー": R.randint(800, 9000), "一般": R.randint(0, 1500)}[p["rank"]]
    members.append(p)
guests = []
for _ in range(24):
    p = make_person()
    while p["email"] in used_mail:
        p = make_person()
    used_mail.add(p["email"])
    p["id"] = None
    guests.append(p)
agents = []
for i in range(8):
    a = make_person()
    a["agent_id"] = f"agt_{i + 1:02d}"
    agents.append(a)

# ---------------------------------------------------------------- MySQL dump of members
def my(v):
    if v is None:
        return "NULL"
    if isinstance(v, (int,)):
        return str(v)
    if isinstance(v, dt.datetime):
        return f"'{ts(v)}'"
    if isinstance(v, dt.date):
        return f"'{v.isoformat()}'"
    return "'" + str(v).replace("\\", "\\\\").replace("'", "\\'") + "'"

rows = []
for p in members:
    rows.append("(" + ",".join(my(x) for x in (
        p["id"], p["name"], p["kana"], 1 if p["male"] else 2, p["birth"], p["pc"], p["addr"], p["phone"], p["email"],
        bcrypt_like(), p["pw_changed"], p["rank"], p["points"], R.choice([0, 1, 1]), p["registered"], p["last_login"])) + ")")
RANKS = [("GOLD", "ゴールド", 50000, "3.0"), ("SILVER", "シルバー", 10000, "2.0"), ("REGULAR", "一般", 0, "1.0")]
sql = f"""-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: 127.0.0.1    Database: hanamiya_ec
-- ------------------------------------------------------
-- Server version	8.0.36

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
-- Table structure for table `member_ranks`
--

DROP TABLE IF EXISTS `member_ranks`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `member_ranks` (
  `ランクコード` varchar(16) NOT NULL,
  `ランク名` varchar(16) NOT NULL,
  `必要累計ポイント` int NOT NULL DEFAULT '0',
  `ポイント還元率` decimal(3,1) NOT NULL DEFAULT '1.0',
  PRIMARY KEY (`ランクコード`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `member_ranks`
--

LOCK TABLES `member_ranks` WRITE;
/*!40000 ALTER TABLE `member_ranks` DISABLE KEYS */;
INSERT INTO `member_ranks` VALUES {','.join('(' + ','.join(my(x) if not isinstance(x, str) or not x[0].isdigit() else x for x in r) + ')' for r in RANKS)};
/*!40000 ALTER TABLE `member_ranks` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `members`
--

DROP TABLE IF EXISTS `members`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `members` (
  `会員ID` int unsigned NOT NULL AUTO_INCREMENT,
  `氏名` varchar(64) NOT NULL,
  `フリガナ` varchar(64) NOT NULL,
  `性別` tinyint DEFAULT NULL COMMENT '1:男性 2:女性 0:未回答',
  `生年月日` date DEFAULT NULL,
  `郵便番号` char(8) DEFAULT NULL,
  `住所` varchar(255) DEFAULT NULL,
  `電話番号` varchar(20) DEFAULT NULL,
  `メールアドレス` varchar(255) NOT NULL,
  `パスワードハッシュ` varchar(60) NOT NULL,
  `パスワード変更日時` datetime DEFAULT NULL,
  `会員ランク` varchar(16) NOT NULL DEFAULT '一般',
  `保有ポイント` int NOT NULL DEFAULT '0',
  `メルマガ配信` tinyint(1) NOT NULL DEFAULT '1',
  `登録日時` datetime NOT NULL,
  `最終ログイン日時` datetime DEFAULT NULL,
  PRIMARY KEY (`会員ID`),
  UNIQUE KEY `uq_members_mail` (`メールアドレス`),
  KEY `idx_members_rank` (`会員ランク`)
) ENGINE=InnoDB AUTO_INCREMENT={members[-1]['id'] + 1} DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `members`
--

LOCK TABLES `members` WRITE;
/*!40000 ALTER TABLE `members` DISABLE KEYS */;
INSERT INTO `members` VALUES {','.join(rows)};
/*!40000 ALTER TABLE `members` ENABLE KEYS */;
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2024-06-03  2:00:11
"""
with open(os.path.join(OUT, "hanamiya_members.sql"), "w", encoding="utf-8", newline="\n") as f:
    f.write(sql)

# ---------------------------------------------------------------- tickets CSV (UTF-8 with BOM)
def order_no(d):
    return d.strftime("%Y%m%d") + f"{R.randint(0, 999999):06d}"

TEMPLATES = [  # key, subject, weight
    ("delivery", "配送状況の確認", 22), ("return", "返品・交換について", 16), ("coupon", "クーポンが使えない", 8),
    ("mynumber", "本人確認書類について", 7), ("card", "カード決済エラー", 8), ("address", "お届け先住所の変更", 10),
    ("callback", "電話での問い合わせ希望", 8), ("login", "ログインできない", 9), ("size", "サイズについての質問", 8),
]
body_cats = set()
mn_written, cards_written = [], []
def ticket_body(key, p, order):
    cats = set()
    if key == "delivery":
        b = f"注文番号{order}の商品がまだ届いていません。\n発送済みのメールは来ているのですが、配送状況を確認していただけますか。"
    elif key == "return":
        b = f"届いた商品のサイズが合わなかったので交換をお願いしたいです。注文番号は{order}です。\n返送方法を教えてください。"
    elif key == "coupon":
        b = f"メルマガで届いたクーポンコード SPRING{R.randint(10, 30)} がカート画面で「対象外」と表示されて使えません。"
    elif key == "size":
        b = "リネンワイドパンツのMサイズとLサイズで迷っています。身長160cmだとどちらがおすすめでしょうか。"
    elif key == "mynumber":
        v = mynumber(); mn_written.append(v)
        shown = R.choice([v, f"{v[:4]} {v[4:8]} {v[8:]}", f"{v[:4]}-{v[4:8]}-{v[8:]}"])
        b = R.choice([f"ポイント交換の本人確認でマイナンバーが必要と書いてあったので送ります。\n個人番号：{shown}\nよろしくお願いします。",
                      f"本人確認の件です。マイナンバーカードの写真がうまくアップロードできないので番号を書きます。{shown}"])
        cats.add("government_id")
    elif key == "card":
        c = card(); cards_written.append(c)
        shown = R.choice([c, " ".join(c[i:i + 4] for i in range(0, 16, 4)), "-".join(c[i:i + 4] for i in range(0, 16, 4))])
        b = (f"カード決済がエラーになって注文できません。\nカード番号 {shown} 有効期限 {R.randint(1, 12):02d}/{R.randint(25, 29)} "
             f"で入力しています。どこが間違っていますか？")
        cats.add("payment_card")
    elif key == "address":
        q = make_person()
        b = f"引っ越しのためお届け先住所の変更をお願いします。\n注文番号：{order}\n新住所：〒{q['pc']} {q['addr']}"
        cats.add("location")
    elif key == "callback":
        ph = p["phone"] if R.random() < 0.6 else mobile()
        b = f"文章だと説明しにくいので、{ph}まで折り返しお電話いただけますか。平日18時以降だと助かります。"
        cats.add("phone")
    elif key == "login":
        b = f"ログインできません。パスワード再設定のメールも届きません。\n登録メールアドレスは {p['email']} です。"
        cats.add("email")
    if R.random() < 0.35:
        b += "\n\n" + R.choice([p["name"], p["sei"][0], p["name"].replace("　", " ")])
        cats.add("name")
    return b, cats

tickets = []
tno = 104812
customers = members + guests
for _ in range(240):
    p = R.choice(customers) if R.random() < 0.9 else R.choice(guests)
    key, subj, _w = R.choices(TEMPLATES, [t[2] for t in TEMPLATES])[0]
    created = rand_dt(dt.datetime(2023, 10, 1, 8, tzinfo=JST), EXPORT - dt.timedelta(hours=4))
    order = order_no(created - dt.timedelta(days=R.randint(1, 20)))
    body, cats = ticket_body(key, p, order)
    body_cats |= cats
    tno += R.randint(1, 9)
    status = R.choices(["新規", "対応中", "保留", "解決済み"], [8, 14, 6, 72])[0]
    tickets.append([tno, status, R.choice(["低", "通常", "通常", "通常", "高"]), R.choice(["メール", "フォーム", "フォーム", "電話"]),
                    p["name"], p["email"], p["phone"] if R.random() < 0.85 else "", order if key in ("delivery", "return", "address") else "",
                    subj, body, f"{R.choice(agents)['sei'][0]}（CS）" if R.random() < 0.3 else R.choice(agents)["name"],
                    created.strftime("%Y/%m/%d %H:%M")])
    p["ticketed"] = True
tickets.sort(key=lambda r: r[0])
with open(os.path.join(OUT, "問い合わせチケット_2023Q4-2024Q2.csv"), "w", encoding="utf-8-sig", newline="") as f:
    cw = csv.writer(f, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    cw.writerow(["チケット番号", "ステータス", "優先度", "チャネル", "顧客名", "メールアドレス", "電話番号", "注文番号", "件名", "本文",
                 "担当者", "作成日時"])
    cw.writerows(tickets)

# ---------------------------------------------------------------- chat sessions JSON
UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 16_7_8 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Line/14.7.0",
       "Mozilla/5.0 (Linux; Android 14; SO-51D) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.53 Mobile Safari/537.36",
       "Mozilla/5.0 (Linux; Android 13; SH-53C) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.179 Mobile Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36 Edg/125.0.0.0",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15"]
def jp_ip():
    return R.choice([f"126.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"110.{R.randint(0, 3)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"153.{R.randint(128, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"180.{R.randint(0, 63)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"49.{R.randint(96, 111)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"240d:1a:{R.randint(0, 0xfff):x}:{R.randint(0, 0xffff):x}:{R.randint(0, 0xffff):x}:{R.randint(0, 0xffff):x}:{R.randint(0, 0xffff):x}:{R.randint(0, 0xffff):x}",
                     f"2400:4051:{R.randint(0, 0xffff):x}:{R.randint(0, 0xffff):x}::{R.randint(1, 0xffff):x}"])
for p in customers:
    p["ip"] = jp_ip(); p["ua"] = R.choice(UAS)
msg_cats = set()
sessions = []
for _ in range(90):
    p = R.choice(members) if R.random() < 0.85 else R.choice(guests)
    ag = R.choice(agents)
    start = rand_dt(dt.datetime(2024, 3, 1, 9, tzinfo=JST), EXPORT - dt.timedelta(hours=6)).replace(microsecond=0)
    start = start.replace(hour=R.randint(9, 20))
    t = start
    msgs = []
    def add(frm, text):
        global t
        t += dt.timedelta(seconds=R.randint(10, 140))
        msgs.append({"seq": len(msgs) + 1, "from": frm, "sent_at": t.isoformat(), "text": text})
    add("system", "チャットを開始しました。担当者におつなぎします。")
    add("agent", f"お問い合わせありがとうございます。担当の{ag['sei'][0]}です。ご用件をお聞かせください。")
    msg_cats.add("name")
    topic = R.choice(["配送", "返品", "サイズ", "住所変更", "折り返し", "ポイント"])
    order = order_no(start - dt.timedelta(days=R.randint(1, 14)))
    if topic == "配送":
        add("customer", f"注文番号{order}がまだ届きません")
        add("agent", "確認いたします。少々お待ちください。")
        add("agent", f"{p['sei'][0]}様、お待たせしました。本日ヤマト運輸に引き渡し済みで、明日お届け予定です。")
    elif topic == "返品":
        add("customer", f"{order}のニット、色がイメージと違ったので返品できますか")
        add("agent", "商品到着後8日以内であれば返品を承っております。返品フォームのURLをお送りします。")
    elif topic == "サイズ":
        add("customer", "コットンシャツのLは着丈何センチですか")
        add("agent", "Lサイズの着丈は74cmでございます。")
    elif topic == "住所変更":
        q = make_person()
        add("customer", f"お届け先を実家に変更したいです。〒{q['pc']} {q['addr']} です")
        msg_cats.add("location")
        add("agent", f"{p['sei'][0]}様、承知いたしました。発送前のため変更可能です。")
    elif topic == "折り返し":
        add("customer", f"電話で話したいです。{p['phone']}にかけてもらえますか")
        msg_cats.add("phone")
        add("agent", "かしこまりました。本日17時までに担当よりお電話いたします。")
    else:
        add("customer", f"ポイントが反映されていません。会員登録のメールは{p['email']}です")
        msg_cats.add("email")
        add("agent", "確認いたしました。付与は発送完了の翌日となります。")
    add("customer", R.choice(["ありがとうございました", "わかりました、助かります", "了解です"]))
    add("system", "チャットを終了しました。")
    sessions.append({
        "chat_id": str(uuid.UUID(int=R.getrandbits(128), version=4)),
        "started_at": start.isoformat(),
        "ended_at": t.isoformat(),
        "channel": "line" if "Line/" in p["ua"] else "web",
        "queue": {"配送": "注文・配送", "返品": "返品・交換", "サイズ": "商品について", "住所変更": "注文・配送",
                  "折り返し": "その他", "ポイント": "ポイント・会員"}[topic],
        "customer": {"member_id": p["id"], "name": p["name"], "email": p["email"], "ip": p["ip"], "user_agent": p["ua"]},
        "agent": {"agent_id": ag["agent_id"], "display_name": ag["sei"][0] if R.random() < 0.6 else ag["name"]},
        "satisfaction": R.choice([None, 3, 4, 5, 5]),
        "tags": R.sample(["初回", "リピーター", "要フォロー", "解決", "エスカレーション"], R.randint(0, 2)),
        "messages": msgs,
    })
sessions.sort(key=lambda s: s["started_at"])
with open(os.path.join(OUT, "chat_sessions_export.json"), "w", encoding="utf-8") as f:
    json.dump({"export": {"generated_at": EXPORT.isoformat(), "tool": "ChatDesk 3.8.2", "tenant": "hanamiya-store",
                          "count": len(sessions)}, "sessions": sessions}, f, ensure_ascii=False, indent=2)

# ---------------------------------------------------------------- products CSV (control)
PRODUCTS = [("TS", "オーガニックコットンTシャツ", 2990), ("SH", "コットンオックスフォードシャツ", 5990),
            ("KN", "ウールブレンドニット", 7990), ("PT", "リネンワイドパンツ", 6490), ("SK", "プリーツロングスカート", 5490),
            ("CD", "カシミヤタッチカーディガン", 6990), ("BG", "キャンバストートバッグ", 3490), ("SC", "ガーゼストール", 2490),
            ("SO", "リブソックス3足組", 1290), ("CP", "ウォッシュドキャップ", 2190)]
COLORS = [("WH", "ホワイト"), ("BK", "ブラック"), ("NV", "ネイビー"), ("BE", "ベージュ"), ("GY", "グレー")]
jans = []
with open(os.path.join(OUT, "商品マスタ.csv"), "w", encoding="utf-8", newline="") as f:
    cw = csv.writer(f, lineterminator="\n")
    cw.writerow(["商品コード", "商品名", "カラー", "サイズ", "JANコード", "税込価格", "在庫数", "カテゴリ", "発売日"])
    seq = 0
    for code, nm, price in PRODUCTS:
        for ccode, cname in R.sample(COLORS, 3):
            for size in (["S", "M", "L"] if code not in ("BG", "SC", "SO", "CP") else ["F"]):
                seq += 1
                j = ean13("45" + "9987" + f"{seq:06d}")
                jans.append(j)
                cw.writerow([f"HM-{code}-{ccode}-{size}", nm, cname, size, j, price, R.randint(0, 240),
                             {"TS": "トップス", "SH": "トップス", "KN": "トップス", "CD": "トップス", "PT": "ボトムス",
                              "SK": "ボトムス"}.get(code, "雑貨"),
                             (dt.date(2023, 2, 1) + dt.timedelta(days=R.randint(0, 420))).isoformat()])

# ---------------------------------------------------------------- metrics CSV (control)
with open(os.path.join(OUT, "support_api_metrics_hourly.csv"), "w", encoding="utf-8", newline="") as f:
    cw = csv.writer(f, lineterminator="\n")
    cw.writerow(["timestamp", "service", "endpoint", "requests", "errors_4xx", "errors_5xx", "bytes_in", "bytes_out",
                 "bytes_out_total", "p50_ms", "p99_ms"])
    total = 184467440737
    t = dt.datetime(2024, 5, 27, 0, 0, tzinfo=JST)
    for h in range(24 * 7):
        for svc, ep in (("chatdesk", "/api/chat/poll"), ("chatdesk", "/api/chat/messages"), ("tickets", "/api/tickets"),
                        ("tickets", "/api/tickets/attachments")):
            busy = 0.2 + (1.0 if 9 <= (t.hour) <= 21 else 0.0)
            req = int(R.randint(200, 2600) * busy) if "poll" in ep else int(R.randint(10, 300) * busy)
            bo = req * R.randint(900, 4200) if "attach" not in ep else req * R.randint(80000, 420000)
            total += bo
            cw.writerow([t.isoformat(), svc, ep, req, R.randint(0, max(1, req // 50)), R.randint(0, 2), req * R.randint(300, 1400),
                         bo, total, R.randint(18, 60), R.randint(120, 900)])
        t += dt.timedelta(hours=1)

# ---------------------------------------------------------------- nginx access log
PATHS = ["/", "/products/HM-TS-WH-M", "/products/HM-PT-BE-L", "/products/HM-KN-NV-S", "/cart", "/mypage",
         "/mypage/orders", "/mypage/points", "/support/faq", "/support/contact", "/category/tops", "/category/bottoms"]
lines = []
t = dt.datetime(2024, 6, 2, 0, 0, 5, tzinfo=JST)
for _ in range(700):
    t += dt.timedelta(seconds=R.randint(1, 120))
    if R.random() < 0.06:
        ip, ua = R.choice([("66.249.66.%d" % R.randint(1, 200), "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"),
                           ("40.77.167.%d" % R.randint(1, 200), "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)")])
    else:
        p = R.choice(customers); ip, ua = p["ip"], p["ua"]
    r = R.random()
    if r < 0.12:
        req, st, size = "POST /login HTTP/2.0", R.choice([302, 302, 302, 401]), R.randint(0, 400)
    elif r < 0.3:
        req, st, size = f"GET /api/chat/poll?chat_id={uuid.UUID(int=R.getrandbits(128), version=4)}&since={int(t.timestamp())} HTTP/2.0", 200, R.randint(40, 900)
    elif r < 0.4:
        req, st, size = "POST /support/contact HTTP/2.0", 303, 0
    else:
        req, st, size = f"GET {R.choice(PATHS)} HTTP/2.0", R.choice([200, 200, 200, 200, 304, 404]), R.randint(2000, 68000)
    ref = R.choice(["-", "https://www.hanamiya-store.jp/", "https://www.google.com/", "https://www.hanamiya-store.jp/mypage"])
    lines.append(f'{ip} - - [{t.strftime("%d/%b/%Y:%H:%M:%S +0900")}] "{req}" {st} {size} "{ref}" "{ua}"')
with open(os.path.join(OUT, "access.log"), "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(lines) + "\n")

# ---------------------------------------------------------------- truth
assert all(mynumber_ok(v) for v in mn_written) and all(luhn_ok(c) for c in cards_written)
assert all(ean_ok(j) for j in jans)
order_nos = [r[7] for r in tickets if r[7]]
truth = {
    "brief": ("Customer-support vendor (ticketing + live chat) of Hanamiya, a Japanese apparel e-commerce shop. "
              "Ticket export as UTF-8-with-BOM CSV (Excel style, fully quoted, multi-line bodies), a ChatDesk JSON "
              "export of chat sessions, the shop's MySQL member table (Japanese column names), a product master "
              "with JAN codes, hourly API metrics and an nginx access log. Japanese headers and values."),
    "people": len(members) + len(guests) + len(agents),
    "fields": {
        "hanamiya_members.sql": {
            "members.氏名": "name",
            "members.フリガナ": "name",
            "members.生年月日": "date_of_birth",
            "members.郵便番号": "location",
            "members.住所": "location",
            "members.電話番号": "phone",
            "members.メールアドレス": "email",
            "members.パスワードハッシュ": "password",
            "members.会員ランク": "account_type",
            "members.登録日時": "activity",
            "members.最終ログイン日時": "activity",
        },
        "問い合わせチケット_2023Q4-2024Q2.csv": {
            "顧客名": "name",
            "メールアドレス": "email",
            "電話番号": "phone",
            "本文": sorted(body_cats),
            "担当者": "name",
            "作成日時": "activity",
        },
        "chat_sessions_export.json": {
            "sessions.started_at": "activity",
            "sessions.ended_at": "activity",
            "sessions.customer.name": "name",
            "sessions.customer.email": "email",
            "sessions.customer.ip": "ip_address",
            "sessions.customer.user_agent": "device",
            "sessions.agent.display_name": "name",
            "sessions.messages.sent_at": "activity",
            "sessions.messages.text": sorted(msg_cats),
        },
    },
    "text": {"access.log": ["ip_address", "activity", "device"]},
    "controls": ["商品マスタ.csv", "support_api_metrics_hourly.csv"],
    "ambiguous": {},
    "lookalikes": {
        "問い合わせチケット_2023Q4-2024Q2.csv": {
            "注文番号": f"14-digit order numbers (yyyymmdd + 6); {sum(luhn_ok(o) for o in order_nos)} of {len(order_nos)} pass Luhn by chance",
            "チケット番号": "6-digit ticket ids", "ステータス": "ticket status", "チャネル": "contact channel",
        },
        "hanamiya_members.sql": {
            "members.パスワード変更日時": "timestamp in a column named after the password",
            "members.保有ポイント": "point balance",
            "member_ranks.ランク名": "catalogue of rank names (not a person's)",
            "members.会員ID": "internal 8-digit member id",
        },
        "chat_sessions_export.json": {"sessions.chat_id": "UUIDv4 record ids", "sessions.customer.member_id": "internal member id",
                                      "sessions.queue": "queue names", "sessions.tags": "tags"},
        "商品マスタ.csv": {"JANコード": "13-digit JAN/EAN barcodes with valid check digits (prefix 45)"},
        "support_api_metrics_hourly.csv": {"bytes_out_total": "12-digit cumulative byte counters"},
    },
    "notes": (f"本文 (ticket bodies) contain pasted マイナンバー ({len(mn_written)} tickets, valid check digit, written plain, "
              f"4-4-4 with spaces or hyphens) and full card numbers ({len(cards_written)} tickets, Luhn-valid Visa/MC/JCB, with an expiry), "
              "plus new delivery addresses, call-back phone numbers, login emails, and customers signing with their name. "
              "Chat messages.text: agents introduce themselves by surname and address customers by surname (name); some customers "
              "give an address, phone or email. Guests (no member_id) appear in tickets and chats. Addresses are sometimes in full-width digits. "
              "access.log has Googlebot/bingbot lines too; chat_id UUIDs in query strings."),
}
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=2)
print("members", len(members), "guests", len(guests), "agents", len(agents), "tickets", len(tickets), "chats", len(sessions),
      "mn", len(mn_written), "cards", len(cards_written), body_cats, msg_cats)
