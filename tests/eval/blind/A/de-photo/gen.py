#!/usr/bin/env python3
"""Blind test dump A/de-photo: German image-sharing site, third-party analytics vendor export.
Seeded, deterministic. Writes data/ and truth.json."""
import csv, datetime as dt, hashlib, io, json, os, random, shutil, tarfile, uuid

SEED = 4711
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
shutil.rmtree(DATA, ignore_errors=True)
os.makedirs(DATA)
UTC = dt.timezone.utc

FIRST = ["Lukas", "Leon", "Finn", "Jonas", "Paul", "Felix", "Maximilian", "Tim", "Niklas", "Jan", "Sebastian",
         "Tobias", "Stefan", "Andreas", "Michael", "Thomas", "Markus", "Jürgen", "Björn", "Jörg", "Günter", "Sören",
         "Julia", "Anna", "Lena", "Laura", "Sarah", "Lea", "Hannah", "Sophie", "Katharina", "Sabine", "Claudia",
         "Petra", "Nicole", "Jana", "Marie", "Annika", "Franziska", "Birgit", "Ute", "Mehmet", "Ayşe", "Dominik", "Kerstin"]
LAST = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
        "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
        "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann",
        "Köhler", "Weiß", "Jäger", "Yılmaz", "Kaya", "Nowak", "Vogel", "Friedrich", "Keller", "Günther"]
CITIES = [("Berlin", 52.5200, 13.4050), ("Hamburg", 53.5511, 9.9937), ("München", 48.1372, 11.5755),
          ("Köln", 50.9375, 6.9603), ("Frankfurt am Main", 50.1109, 8.6821), ("Stuttgart", 48.7758, 9.1829),
          ("Düsseldorf", 51.2277, 6.7735), ("Leipzig", 51.3397, 12.3731), ("Dresden", 51.0504, 13.7373),
          ("Nürnberg", 49.4521, 11.0767), ("Bremen", 53.0793, 8.8017), ("Hannover", 52.3759, 9.7320),
          ("Freiburg im Breisgau", 47.9990, 7.8421), ("Münster", 51.9607, 7.6261), ("Heidelberg", 49.3988, 8.6724),
          ("Rostock", 54.0924, 12.0991), ("Kiel", 54.3233, 10.1228), ("Regensburg", 49.0134, 12.1016)]
SPOTS = [("Sächsische Schweiz", 50.9186, 14.0708), ("Zugspitze", 47.4211, 10.9853), ("Rügen", 54.4213, 13.4336),
         ("Königssee", 47.5535, 12.9783), ("Sylt", 54.9079, 8.3123), ("Lissabon", 38.7223, -9.1393),
         ("Dolomiten", 46.4102, 11.8440), ("Amsterdam", 52.3676, 4.9041), ("Bodensee", 47.6603, 9.1758)]
MAIL = ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de", "freenet.de", "mailbox.org", "gmx.net", "icloud.com"]
HANDLE_WORDS = ["foto", "lichtspiel", "blende8", "analog", "nordlicht", "stadtbild", "makro", "weitwinkel", "street",
                "fotografiert", "pixel", "linse", "bergblick", "wolkenjaeger", "schwarzweiss"]
CAMERAS = [("Canon", "EOS R6"), ("Canon", "EOS 90D"), ("Nikon", "Z 6II"), ("Nikon", "D750"), ("Sony", "ILCE-7M3"),
           ("Sony", "ILCE-6400"), ("Fujifilm", "X-T4"), ("Fujifilm", "X100V"), ("Olympus", "E-M10MarkIII"),
           ("Panasonic", "DC-G9"), ("Apple", "iPhone 14 Pro"), ("Apple", "iPhone 13"), ("samsung", "SM-S911B"),
           ("Google", "Pixel 7"), ("Leica", "Q2")]
TITLES = ["Sonnenuntergang am Elbstrand", "Morgennebel", "Altstadt bei Nacht", "Herbstwald", "Hafenkräne",
          "Straßenbahn im Regen", "Kirchturm", "Blaue Stunde", "Möwe", "Treppenhaus", "Frühling im Park",
          "Sternenhimmel", "Spiegelung", "Marktplatz", "Leuchtturm", "Kanal", "Schneelandschaft", "Brücke"]
UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
       "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36",
       "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36",
       "Lichtwerk/3.8.2 (iPhone; iOS 17.4.1; Scale/3.00)", "Lichtwerk/3.8.1 (Android 13; SM-A536B)"]


def ascii_de(s):
    for a, b in [("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"),
                 ("ş", "s"), ("ı", "i"), ("Ş", "S")]:
        s = s.replace(a, b)
    return s


def rand_ts(a, b):
    a = dt.datetime.fromisoformat(a).replace(tzinfo=UTC)
    b = dt.datetime.fromisoformat(b).replace(tzinfo=UTC)
    return a + dt.timedelta(seconds=R.randint(0, int((b - a).total_seconds())))


def ip4():
    return R.choice(["84.{}.{}.{}", "91.{}.{}.{}", "93.{}.{}.{}", "79.{}.{}.{}", "178.{}.{}.{}", "217.{}.{}.{}"]).format(
        R.randint(1, 254), R.randint(0, 255), R.randint(1, 254))


def ip6():
    pre = R.choice(["2003:e8", "2003:c1", "2a02:8108", "2a02:810d", "2a01:c22"])
    return pre + ":" + ":".join(f"{R.randint(0, 65535):x}" for _ in range(6 if pre.count(":") == 1 else 6))


def bcrypt_like():
    al = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "$2y$10$" + "".join(R.choice(al) for _ in range(53))


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


# ---------- users ----------
N = 150
users, used_u, used_e = [], set(), set()
for i in range(N):
    fn, ln = R.choice(FIRST), R.choice(LAST)
    city = R.choices(CITIES, weights=[18, 10, 12, 8, 6, 5, 5, 5, 4, 4, 3, 4, 3, 3, 3, 2, 2, 2])[0]
    af, al = ascii_de(fn).lower(), ascii_de(ln).lower()
    while True:
        st = R.random()
        if st < 0.3:
            u = f"{af}.{al}"
        elif st < 0.55:
            u = f"{af}_{R.choice(HANDLE_WORDS)}"
        elif st < 0.75:
            u = f"{R.choice(HANDLE_WORDS)}{R.randint(70, 99) if R.random() < 0.5 else R.randint(1, 999)}"
        else:
            u = f"{af[:1]}{al}{R.randint(1, 99)}"
        if u not in used_u:
            used_u.add(u)
            break
    e = R.choice([f"{af}.{al}", f"{af}{al}", f"{af[0]}.{al}", u.replace("_", ".")]) + "@" + R.choice(MAIL)
    while e in used_e:
        e = f"{af}.{al}{R.randint(1, 99)}@{R.choice(MAIL)}"
    used_e.add(e)
    created = rand_ts("2016-02-01 00:00:00", "2024-04-20 00:00:00")
    acct = "pro" if R.random() < 0.28 else "free"
    since = rand_ts(created.strftime("%Y-%m-%d %H:%M:%S"), "2024-04-25 00:00:00") if acct == "pro" else None
    disp = R.choice([f"{fn} {ln}", f"{fn} {ln}", f"{fn} {ln[0]}.", f"{fn} {ln}"])
    reset = rand_ts(created.strftime("%Y-%m-%d %H:%M:%S"), "2024-04-30 00:00:00") if R.random() < 0.22 else None
    users.append(dict(id=1000 + i * 3 + R.randint(0, 2), u=u, e=e, fn=fn, ln=ln, disp=disp, city=city, created=created,
                      acct=acct, since=since, reset=reset, ip=ip4() if R.random() < 0.75 else ip6(), ua=R.choice(UAS),
                      adid=str(uuid.UUID(int=R.getrandbits(128), version=4)).upper() if R.random() < 0.4 else None))

legacy = [u for u in users if u["created"] < dt.datetime(2019, 6, 1, tzinfo=UTC)]

# uploads
uploads = []
for u in users:
    for _ in range(R.choices([0, 1, 2, 4, 8], weights=[25, 30, 20, 15, 10])[0]):
        make, model = R.choice(CAMERAS)
        t = rand_ts(max(u["created"].strftime("%Y-%m-%d %H:%M:%S"), "2021-01-01 00:00:00"), "2024-04-30 00:00:00")
        if R.random() < 0.6:
            place = u["city"] if R.random() < 0.7 else R.choice(SPOTS)
            lat = round(place[1] + R.uniform(-0.06, 0.06), 6)
            lon = round(place[2] + R.uniform(-0.09, 0.09), 6)
        else:
            lat = lon = None
        size = R.randint(900_000, 24_000_000)
        sha = hashlib.sha256(f"{u['id']}-{t.isoformat()}-{size}".encode()).hexdigest()
        w, h = R.choice([(6000, 4000), (4032, 3024), (5184, 3456), (6240, 4160), (3000, 2000)])
        uploads.append(dict(uid=u["id"], make=make, model=model, lat=lat, lon=lon, t=t, sha=sha, size=size, w=w, h=h,
                            title=R.choice(TITLES)))
uploads.sort(key=lambda x: x["t"])
for i, up in enumerate(uploads):
    up["id"] = 500000 + i * 7 + R.randint(0, 6)

favs = []
for u in users:
    for p in R.sample(uploads, R.choices([0, 1, 3, 6, 12], weights=[30, 25, 20, 15, 10])[0]):
        if p["uid"] == u["id"]:
            continue
        favs.append((u["id"], p["id"], rand_ts(max(p["t"], u["created"]).strftime("%Y-%m-%d %H:%M:%S"), "2024-05-01 00:00:00")))
favs.sort(key=lambda f: f[2])


class Raw(str):
    pass


def q(v):
    if isinstance(v, Raw):
        return str(v)
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return repr(v) if isinstance(v, float) else str(v)
    if isinstance(v, dt.datetime):
        return "'" + v.strftime("%Y-%m-%d %H:%M:%S") + "'"
    return "'" + str(v).replace("\\", "\\\\").replace("'", "\\'") + "'"


def inserts(table, rows, chunk=60):
    out = []
    for i in range(0, len(rows), chunk):
        out.append(f"INSERT INTO `{table}` VALUES " + ",".join("(" + ",".join(q(x) for x in r) + ")" for r in rows[i:i + chunk]) + ";\n")
    return "".join(out)


def table_block(name, create, rows):
    return f"""--
-- Table structure for table `{name}`
--

DROP TABLE IF EXISTS `{name}`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
{create}
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `{name}`
--

LOCK TABLES `{name}` WRITE;
/*!40000 ALTER TABLE `{name}` DISABLE KEYS */;
{inserts(name, rows)}/*!40000 ALTER TABLE `{name}` ENABLE KEYS */;
UNLOCK TABLES;

"""


sql = """-- MySQL dump 10.13  Distrib 8.0.37, for Linux (x86_64)
--
-- Host: analytics-replica.int    Database: lichtwerk_share
-- ------------------------------------------------------
-- Server version	8.0.37

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

"""
sql += table_block("users", """CREATE TABLE `users` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `username` varchar(40) NOT NULL,
  `email` varchar(190) NOT NULL,
  `display_name` varchar(80) DEFAULT NULL,
  `account_type` enum('free','pro') NOT NULL DEFAULT 'free',
  `password_reset_sent_at` datetime DEFAULT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_users_username` (`username`),
  UNIQUE KEY `uq_users_email` (`email`)
) ENGINE=InnoDB AUTO_INCREMENT=1451 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;""",
                   [(u["id"], u["u"], u["e"], u["disp"], u["acct"], u["reset"], u["created"]) for u in users])
sql += table_block("legacy_accounts", """CREATE TABLE `legacy_accounts` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int unsigned DEFAULT NULL,
  `legacy_login` varchar(40) NOT NULL,
  `password` char(60) NOT NULL,
  `migrated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_legacy_user` (`user_id`)
) ENGINE=InnoDB AUTO_INCREMENT=391 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;""",
                   [(300 + i, u["id"], (u["u"] if R.random() < 0.6 else ascii_de(u["fn"]).lower() + str(R.randint(1, 99))),
                     bcrypt_like(), dt.datetime(2019, 6, 2, 3, 0, 0) + dt.timedelta(seconds=i * 4))
                    for i, u in enumerate(legacy)])
sql += table_block("uploads", """CREATE TABLE `uploads` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int unsigned NOT NULL,
  `title` varchar(120) DEFAULT NULL,
  `camera_make` varchar(40) DEFAULT NULL,
  `camera_model` varchar(60) DEFAULT NULL,
  `exif_lat` decimal(9,6) DEFAULT NULL,
  `exif_lon` decimal(9,6) DEFAULT NULL,
  `width` smallint unsigned DEFAULT NULL,
  `height` smallint unsigned DEFAULT NULL,
  `file_size` int unsigned NOT NULL,
  `file_sha256` char(64) NOT NULL,
  `uploaded_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_uploads_user` (`user_id`),
  UNIQUE KEY `uq_uploads_sha` (`file_sha256`)
) ENGINE=InnoDB AUTO_INCREMENT=503700 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;""",
                   [(p["id"], p["uid"], p["title"], p["make"], p["model"],
                     None if p["lat"] is None else Raw(f"{p['lat']:.6f}"), None if p["lon"] is None else Raw(f"{p['lon']:.6f}"),
                     p["w"], p["h"], p["size"], p["sha"], p["t"]) for p in uploads])
sql += table_block("favourites", """CREATE TABLE `favourites` (
  `user_id` int unsigned NOT NULL,
  `photo_id` int unsigned NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`user_id`,`photo_id`),
  KEY `idx_fav_photo` (`photo_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;""", favs)
sql += """/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2024-05-02  3:12:09
"""
# quote decimals as numbers (mysqldump writes DECIMAL unquoted)
with open(os.path.join(DATA, "lichtwerk_share.sql"), "w", encoding="utf-8") as f:
    f.write(sql)


# ---------- CRM CSV (German, ; and decimal commas) ----------
def dez(x):
    return f"{x:.4f}".replace(".", ",")


def crm_rows(cutoff):
    rows = []
    for u in users:
        if u["created"] >= cutoff:
            continue
        jitter_lat = u["city"][1] + R.uniform(-0.03, 0.03)
        jitter_lon = u["city"][2] + R.uniform(-0.05, 0.05)
        rows.append([u["fn"], u["ln"], u["e"], u["created"].strftime("%d.%m.%Y"),
                     "Pro" if u["acct"] == "pro" else "Kostenlos", u["city"][0], dez(jitter_lat), dez(jitter_lon)])
    return rows


CRM_HDR = ["Vorname", "Nachname", "E-Mail", "Registriert am", "Tarif", "Stadt", "Breitengrad", "Längengrad"]


def crm_bytes(rows):
    s = io.StringIO()
    w = csv.writer(s, delimiter=";", lineterminator="\r\n")
    w.writerow(CRM_HDR)
    w.writerows(rows)
    return s.getvalue().encode("utf-8-sig")


crm_now = crm_rows(dt.datetime(2099, 1, 1, tzinfo=UTC))
with open(os.path.join(DATA, "crm_kunden_export.csv"), "wb") as f:
    f.write(crm_bytes(crm_now))

# ---------- orders ----------
PRODUCTS = [("Pro Jahresabo", "59,88"), ("Pro Monatsabo", "5,99"), ("Fotobuch A4 quer, 40 Seiten", "34,90"),
            ("Leinwanddruck 60x40", "49,00"), ("Poster 50x70 matt", "19,95"), ("Speicher-Upgrade 500 GB", "24,00")]
orders = []
for u in users:
    n = R.choices([0, 1, 2, 3, 5], weights=[45, 25, 15, 10, 5])[0] + (1 if u["acct"] == "pro" else 0)
    for _ in range(n):
        t = rand_ts(max(u["created"].strftime("%Y-%m-%d %H:%M:%S"), "2022-01-01 00:00:00"), "2024-04-30 00:00:00")
        prod, price = R.choice(PRODUCTS)
        orders.append([str(R.randint(10**15, 10**16 - 1)), u["id"], u["e"], t, prod, price, "EUR",
                       R.choice(["PayPal", "PayPal", "SEPA-Lastschrift", "Rechnung", "Sofortüberweisung", "Gutschein"]),
                       R.choices(["bezahlt", "versendet", "storniert", "erstattet"], weights=[60, 30, 7, 3])[0]])
orders.sort(key=lambda o: o[3])
ORD_HDR = ["order_id", "user_id", "E-Mail", "bestellt_am", "Produkt", "Betrag", "Währung", "Zahlungsart", "Status"]


def orders_bytes(rows):
    s = io.StringIO()
    w = csv.writer(s, delimiter=";", lineterminator="\n")
    w.writerow(ORD_HDR)
    for o in rows:
        w.writerow(o[:3] + [o[3].strftime("%Y-%m-%d %H:%M:%S")] + o[4:])
    return s.getvalue().encode("utf-8")


with open(os.path.join(DATA, "bestellungen.csv"), "wb") as f:
    f.write(orders_bytes(orders))
order_luhn = sum(luhn_ok(o[0]) for o in orders)

# ---------- tar.gz of two CSVs (older snapshot) ----------
cut = dt.datetime(2024, 3, 31, 23, 59, 59, tzinfo=UTC)
old_crm = crm_rows(cut)
old_orders = [o for o in orders if o[3] <= cut]
tar_path = os.path.join(DATA, "export_2024-03-31.tar.gz")
import gzip
with gzip.GzipFile(tar_path, "wb", mtime=int(dt.datetime(2024, 4, 1, 2, 0, tzinfo=UTC).timestamp())) as gz, \
        tarfile.open(fileobj=gz, mode="w", format=tarfile.PAX_FORMAT) as tf:
    for name, data in [("export_2024-03-31/crm_kunden_export.csv", crm_bytes(old_crm)),
                       ("export_2024-03-31/bestellungen.csv", orders_bytes(old_orders))]:
        ti = tarfile.TarInfo(name)
        ti.size = len(data)
        ti.mtime = int(dt.datetime(2024, 4, 1, 2, 0, tzinfo=UTC).timestamp())
        ti.mode = 0o644
        ti.uname = ti.gname = "export"
        tf.addfile(ti, io.BytesIO(data))

# ---------- NDJSON events (analytics SDK) ----------
EVENTS = ["page_view", "photo_view", "photo_upload", "favourite_add", "search", "login", "upgrade_view", "share"]
ev_lines = []
for _ in range(900):
    u = R.choice(users)
    t = rand_ts(max(u["created"].strftime("%Y-%m-%d %H:%M:%S"), "2024-04-24 00:00:00"), "2024-05-01 23:59:59")
    ev = R.choices(EVENTS, weights=[30, 30, 6, 10, 10, 6, 4, 4])[0]
    app = u["ua"].startswith("Lichtwerk/")
    rec = {"event": ev, "ts": t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{R.randint(0, 999):03d}Z",
           "message_id": str(uuid.UUID(int=R.getrandbits(128), version=4)),
           "user": {"id": u["id"], "username": u["u"], "account_type": u["acct"]},
           "subscription": {"plan": u["acct"], "since": u["since"].strftime("%Y-%m-%d") if u["since"] else None},
           "context": {"ip": u["ip"], "user_agent": u["ua"], "locale": R.choice(["de-DE", "de-DE", "de-DE", "en-GB", "de-AT"]),
                       "geo": {"city": u["city"][0], "country": "DE"},
                       "app": {"name": "Lichtwerk", "version": u["ua"].split()[0].split("/")[1]} if app else None,
                       "device": {"advertising_id": u["adid"], "os": "iOS" if "iPhone" in u["ua"] else "Android"} if app else None},
           "properties": {}}
    if ev in ("photo_view", "favourite_add", "share"):
        rec["properties"]["photo_id"] = R.choice(uploads)["id"]
    if ev == "search":
        rec["properties"]["query"] = R.choice(["leuchtturm", "nebel", "berlin nacht", "makro insekten", "analog film", "herbst"])
    if ev == "page_view":
        rec["properties"]["path"] = R.choice(["/", "/entdecken", f"/u/{R.choice(users)['u']}", "/preise", "/hilfe"])
    if ev == "share":
        rec["properties"]["channel"] = R.choice(["whatsapp", "copy_link", "pinterest", "email"])
    if not app:
        del rec["context"]["app"], rec["context"]["device"]
    ev_lines.append((rec["ts"], json.dumps(rec, ensure_ascii=False, separators=(",", ":"))))
ev_lines.sort()
with open(os.path.join(DATA, "events_2024-04-24_2024-05-01.ndjson"), "w", encoding="utf-8") as f:
    f.write("\n".join(l for _, l in ev_lines) + "\n")
pv_user_paths = sum(1 for _, l in ev_lines if '"path":"/u/' in l)

# ---------- nginx access log ----------
log = []
t = dt.datetime(2024, 5, 1, 6, 0, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
for _ in range(520):
    t += dt.timedelta(seconds=R.randint(1, 120))
    u = R.choice(users)
    ip, ua = u["ip"], u["ua"]
    k = R.random()
    if k < 0.3:
        path = f"/u/{u['u']}/favourites" + (f"?page={R.randint(2, 5)}" if R.random() < 0.2 else "")
        other = R.random() < 0.3
        if other:  # someone else looking at this user's favourites
            v = R.choice(users)
            ip, ua = v["ip"], v["ua"]
        st, meth = 200, "GET"
    elif k < 0.45:
        path, st, meth = f"/u/{u['u']}", 200, "GET"
    elif k < 0.65:
        path, st, meth = f"/photo/{R.choice(uploads)['id']}", R.choice([200, 200, 200, 404]), "GET"
    elif k < 0.72:
        path, st, meth = "/api/v2/uploads", R.choice([201, 201, 413]), "POST"
    elif k < 0.78:
        path, st, meth = "/login", R.choice([302, 302, 401]), "POST"
    elif k < 0.9:
        path, st, meth = f"/static/img/thumb/{R.choice(uploads)['sha'][:16]}_400.webp", R.choice([200, 304]), "GET"
    else:
        path, st, meth = R.choice(["/entdecken", "/preise", "/", "/suche?q=leuchtturm"]), 200, "GET"
    ts = t.strftime("%d/%b/%Y:%H:%M:%S %z")
    log.append(f'{ip} - - [{ts}] "{meth} {path} HTTP/1.1" {st} {R.randint(200, 480000)} "https://lichtwerk.de/" "{ua}"')
with open(os.path.join(DATA, "access.log"), "w", encoding="utf-8") as f:
    f.write("\n".join(log) + "\n")

# ---------- camera model list (control) ----------
CAM_INFO = {"EOS R6": ("Vollformat", 20.1, 2020), "EOS 90D": ("APS-C", 32.5, 2019), "Z 6II": ("Vollformat", 24.5, 2020),
            "D750": ("Vollformat", 24.3, 2014), "ILCE-7M3": ("Vollformat", 24.2, 2018), "ILCE-6400": ("APS-C", 24.2, 2019),
            "X-T4": ("APS-C", 26.1, 2020), "X100V": ("APS-C", 26.1, 2020), "E-M10MarkIII": ("MFT", 16.1, 2017),
            "DC-G9": ("MFT", 20.3, 2017), "iPhone 14 Pro": ("Smartphone", 48.0, 2022), "iPhone 13": ("Smartphone", 12.0, 2021),
            "SM-S911B": ("Smartphone", 50.0, 2023), "Pixel 7": ("Smartphone", 50.0, 2022), "Q2": ("Vollformat", 47.3, 2019)}
with open(os.path.join(DATA, "kamera_modelle.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, delimiter=";")
    w.writerow(["Hersteller", "EXIF-Modell", "Sensorformat", "Megapixel", "Markteinführung", "Anzahl Uploads"])
    for make, model in CAMERAS:
        s, mp, y = CAM_INFO[model]
        w.writerow([make, model, s, str(mp).replace(".", ","), y, sum(1 for p in uploads if p["model"] == model)])

# ---------- truth ----------
SQL = "lichtwerk_share.sql"
CRM = "crm_kunden_export.csv"
ORD = "bestellungen.csv"
EV = "events_2024-04-24_2024-05-01.ndjson"
TAR = "export_2024-03-31.tar.gz!export_2024-03-31/"
crm_f = {"Vorname": "name", "Nachname": "name", "E-Mail": "email", "Registriert am": "activity", "Tarif": "account_type",
         "Stadt": "location", "Breitengrad": "location", "Längengrad": "location"}
ord_f = {"E-Mail": "email", "bestellt_am": "activity"}
truth = {
    "brief": ("Lichtwerk, a German photo/image-sharing site; export held by its third-party analytics vendor "
              "(the incident type the scanner was built for). German and English headers. Files: a mysqldump of the "
              "share DB (users, legacy_accounts with bcrypt hashes, uploads with EXIF GPS, favourites), a German CRM "
              "export (';', decimal commas, UTF-8 with BOM), an orders CSV with 16-digit order ids (no cards anywhere), "
              "analytics NDJSON events, an nginx access log with /u/<username>/favourites paths, a .tar.gz snapshot of "
              "the two CSVs, and a camera-model list (control)."),
    "people": len(users),
    "fields": {
        SQL: {"users.username": "username", "users.email": "email", "users.display_name": "name",
              "users.account_type": "account_type", "users.created_at": "activity",
              "legacy_accounts.legacy_login": "username", "legacy_accounts.password": "password",
              "uploads.exif_lat": "location", "uploads.exif_lon": "location", "uploads.uploaded_at": "activity",
              "favourites.created_at": "activity"},
        CRM: crm_f,
        ORD: ord_f,
        TAR + "crm_kunden_export.csv": crm_f,
        TAR + "bestellungen.csv": ord_f,
        EV: {"ts": "activity", "user.username": "username", "user.account_type": "account_type",
             "subscription.plan": "account_type", "subscription.since": "activity", "context.ip": "ip_address",
             "context.user_agent": "device", "context.device.advertising_id": "device",
             "context.geo.city": "location", "context.geo.country": "location",
             "properties.path": "username"},
    },
    "text": {"access.log": ["ip_address", "activity", "username", "device"]},
    "controls": ["kamera_modelle.csv"],
    "ambiguous": {
        SQL: ["uploads.camera_model"],
        EV: ["event"],
    },
    "lookalikes": {
        SQL: {"users.password_reset_sent_at": "timestamp in a column named after passwords: NOT password (and treated as not-activity: system-sent mail time)",
              "uploads.file_sha256": "SHA-256 of image files", "uploads.file_size": "byte counts",
              "uploads.title": "photo titles", "uploads.width": "pixel dimensions",
              "uploads.camera_make": "camera brand", "legacy_accounts.migrated_at": "one-off batch migration time (system, not the person)"},
        ORD: {"order_id": f"16-digit order ids; {order_luhn} of {len(orders)} pass Luhn by chance; no card data anywhere in the dump",
              "Zahlungsart": "payment method enum", "Betrag": "amounts with decimal comma", "Status": "status"},
        EV: {"message_id": "UUIDs of events", "properties.photo_id": "photo ids", "properties.query": "search terms (generic)",
             "context.locale": "locale", "context.app.version": "app version", "properties.channel": "share channel"},
        "kamera_modelle.csv": {"EXIF-Modell": "camera model names, public list"},
    },
    "notes": ("password_reset_sent_at is a negative (per brief: timestamps in password-named columns are lookalikes); only "
              "legacy_accounts.password holds bcrypt ($2y$10$…) hashes. users.email/display_name carry umlauts; CRM CSV "
              "is UTF-8 with BOM (Excel 'CSV UTF-8'), ';'-separated, CRLF, coordinates with decimal commas (city-level, jittered). Tarif values "
              "'Kostenlos'/'Pro'. subscription.since is the date a user upgraded to pro (null for free users) -> activity. "
              f"properties.path on page_view events sometimes holds '/u/<username>' ({pv_user_paths} events) -> username; "
              "otherwise plain site paths. context.device/app only on app events. EXIF lat/lon NULL for ~40% of uploads; "
              "some point to holiday spots (Rügen, Dolomiten…). camera make/model is a device model, not an identifier "
              "(ambiguous). nginx log: ~30% /u/<username>/favourites lines (some requested by other users' IPs), IPv4 "
              "and IPv6 (German ISP prefixes). The tar.gz holds 2024-03-31 snapshots of the two CSVs."),
}
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=2)
print("ok", len(users), "users,", len(legacy), "legacy,", len(uploads), "uploads,", len(favs), "favs,", len(orders), "orders")
