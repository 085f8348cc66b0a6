#!/usr/bin/env python3
"""Gnistan (Swedish dating app) -- export taken from the breached matching-service
vendor MatchMotor AB. Writes data/ and truth.json. Deterministic (seeded)."""
import json, os, random, io, tarfile, gzip, uuid, datetime as dt, string, shutil

R = random.Random(46_2024)
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
if os.path.exists(DATA):
    shutil.rmtree(DATA)
os.makedirs(DATA)

MALE = ["Erik", "Lars", "Karl", "Anders", "Johan", "Per", "Nils", "Mikael", "Jonas", "Oskar",
        "Emil", "Filip", "Lucas", "Viktor", "Axel", "Gustav", "Albin", "Hugo", "Elias", "Linus",
        "Sebastian", "Henrik", "Fredrik", "Magnus", "Björn", "Ludvig", "Olle", "Måns"]
FEMALE = ["Anna", "Maria", "Eva", "Karin", "Sara", "Emma", "Elin", "Linnea", "Ida", "Johanna",
          "Frida", "Maja", "Wilma", "Ebba", "Klara", "Matilda", "Alva", "Saga", "Elsa", "Astrid",
          "Hanna", "Lovisa", "Moa", "Tove", "Ingrid", "Sofie", "Julia", "Amanda"]
SURN = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
        "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson",
        "Lindberg", "Jakobsson", "Magnusson", "Lindström", "Olofsson", "Lindqvist", "Lindgren", "Berg",
        "Axelsson", "Bergström", "Lundberg", "Lundgren", "Lind", "Lundqvist", "Mattsson", "Berglund",
        "Fredriksson", "Sandberg", "Henriksson", "Sjöberg", "Forsberg", "Holm", "Åberg", "Öberg",
        "Ström", "Ek", "Nyström", "Wallin", "Engström", "Dahl", "Hedlund", "Sundberg"]
CITIES = [("Stockholm", 59.3293, 18.0686, 30), ("Göteborg", 57.7089, 11.9746, 15),
          ("Malmö", 55.6050, 13.0038, 12), ("Uppsala", 59.8586, 17.6389, 8),
          ("Västerås", 59.6099, 16.5448, 4), ("Örebro", 59.2753, 15.2134, 4),
          ("Linköping", 58.4108, 15.6214, 4), ("Helsingborg", 56.0465, 12.6945, 3),
          ("Jönköping", 57.7826, 14.1618, 3), ("Norrköping", 58.5877, 16.1924, 3),
          ("Lund", 55.7047, 13.1910, 4), ("Umeå", 63.8258, 20.2630, 3)]
CITY_TAG = {"Stockholm": "sthlm", "Göteborg": "gbg", "Malmö": "mlm", "Uppsala": "upps",
            "Västerås": "vas", "Örebro": "orebro", "Linköping": "lkpg", "Helsingborg": "hbg",
            "Jönköping": "jkpg", "Norrköping": "nkpg", "Lund": "lund", "Umeå": "umea"}
MAILDOM = ["gmail.com"] * 5 + ["hotmail.com", "hotmail.se", "outlook.com", "live.se", "icloud.com",
                               "telia.com", "yahoo.se", "protonmail.com"]
MOBPFX = ["070", "072", "073", "076", "079"]

def ascii_sv(s):
    tr = str.maketrans({"å": "a", "ä": "a", "ö": "o", "Å": "A", "Ä": "A", "Ö": "O", "é": "e"})
    return s.translate(tr)

def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(body):
        d = int(ch)
        if i % 2 == 0:          # personnummer: weights 2,1,2,1,... from the left
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)

def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0

def personnummer(bd, female):
    yymmdd = bd.strftime("%y%m%d")
    seq = R.randint(0, 99)
    g = R.choice([0, 2, 4, 6, 8]) if female else R.choice([1, 3, 5, 7, 9])
    body = yymmdd + f"{seq:02d}{g}"
    return f"{yymmdd}-{body[6:]}{luhn_digit(body)}"

def phone():
    p = R.choice(MOBPFX)
    a, b, c = R.randint(100, 999), R.randint(10, 99), R.randint(10, 99)
    style = R.random()
    if style < 0.55:
        return f"{p}-{a} {b} {c}"
    if style < 0.85:
        return f"+46 {p[1:]} {a} {b} {c}"
    return f"{p}{a}{b}{c}"

B64 = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits
def bcrypt():
    return "$2y$10$" + "".join(R.choice(B64) for _ in range(53))

def rdt(a, b):
    s = int(a.timestamp()); e = int(b.timestamp())
    return dt.datetime.fromtimestamp(R.randint(s, e), dt.timezone.utc).replace(tzinfo=None)

def jitter(v, r=0.05):
    return round(v + R.uniform(-r, r), 4)

# ------------------------------------------------------------------ people
N = 140
users = []
handles_seen = set()
city_pool = [c for c in CITIES for _ in range(c[3])]
for i in range(N):
    female = R.random() < 0.5
    fn = R.choice(FEMALE if female else MALE)
    ln = R.choice(SURN)
    bd = dt.date(R.randint(1966, 2005), R.randint(1, 12), R.randint(1, 28))
    city = R.choice(city_pool)
    while True:
        st = R.random()
        if st < 0.3:
            h = f"{ascii_sv(fn).lower()}_{CITY_TAG[city[0]]}{bd.year % 100:02d}"
        elif st < 0.55:
            h = f"{ascii_sv(fn).lower()}.{ascii_sv(ln)[0].lower()}"
        elif st < 0.8:
            h = f"{ascii_sv(fn).lower()}{ascii_sv(ln).lower()[:5]}{R.randint(1, 99)}"
        else:
            h = R.choice(["solsken", "fjallvandrare", "kaffetanten", "nattugglan", "havsbris",
                          "skogsmulle", "vinterbad", "surdegen", "cykelkungen", "bokmalen"]) + str(R.randint(1, 999))
        if h not in handles_seen:
            handles_seen.add(h); break
    em_local = R.choice([f"{ascii_sv(fn).lower()}.{ascii_sv(ln).lower()}",
                         f"{ascii_sv(fn).lower()}{ascii_sv(ln).lower()[:3]}{bd.year % 100:02d}",
                         f"{ascii_sv(fn).lower()}_{R.randint(1, 999)}", h.replace(".", "_")])
    created = rdt(dt.datetime(2021, 2, 1), dt.datetime(2024, 2, 20))
    last_login = rdt(max(created, dt.datetime(2024, 1, 1)), dt.datetime(2024, 3, 14, 23))
    ios = R.random() < 0.62
    users.append(dict(
        id=1000 + i * R.randint(1, 3) + i * 7, female=female, fn=fn, ln=ln, bd=bd,
        pnr=personnummer(bd, female), city=city[0], lat=jitter(city[1]), lon=jitter(city[2]),
        handle=h, email=f"{em_local}@{R.choice(MAILDOM)}", phone=phone() if R.random() < 0.85 else None,
        pw=bcrypt(), created=created, last_login=last_login,
        reset=(rdt(created, dt.datetime(2024, 3, 14)) if R.random() < 0.25 else None),
        plan=R.choices(["gratis", "plus", "guld"], [65, 25, 10])[0],
        status=R.choices(["aktiv", "pausad", "avstängd"], [85, 11, 4])[0],
        ios=ios,
        model=(R.choice(["iPhone 12", "iPhone 13", "iPhone 14", "iPhone 14 Pro", "iPhone 15", "iPhone SE"])
               if ios else R.choice(["SM-S911B", "SM-A546B", "Pixel 7", "Pixel 8", "SM-G991B", "XQ-CT54"])),
        osv=(R.choice(["iOS 16.7", "iOS 17.2", "iOS 17.3.1", "iOS 17.4"]) if ios
             else R.choice(["Android 13", "Android 14"])),
        adid=(str(uuid.UUID(int=R.getrandbits(128), version=4)).upper() if ios
              else str(uuid.UUID(int=R.getrandbits(128), version=4))),
        ip=(f"{R.choice([78, 83, 90, 94, 155, 213, 81])}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
            if R.random() < 0.85 else f"2001:9b1:{R.randint(0, 0xffff):x}:{R.randint(0, 0xffff):x}::{R.randint(1, 0xffff):x}"),
    ))
# ids strictly increasing and unique
for k, u in enumerate(users):
    u["id"] = 10231 + k * 3 + R.randint(0, 2)
byid = {u["id"]: u for u in users}

BIOS = ["Gillar långa promenader, bra kaffe och dåliga ordvitsar.",
        "Ny i stan. Tipsa gärna om en bra lunchrestaurang!",
        "Klättrar, bakar surdegsbröd och är alltid sen.",
        "Söker någon att dela söndagsfrukost med.",
        "Hundmänniska 🐶 Tränar löpning inför Lidingöloppet.",
        "Just here for the memes. Pratar hellre i verkligheten.",
        "Sjunger i kör, spelar padel dåligt.",
        "Looking for something real. Gillar fjällen och vinterbad.",
        "", "", "Filmnörd. Säg din favoritfilm så vet jag direkt.",
        "Pluggar till sjuksköterska. Kaffe > te."]
bio_cats = set()
for u in users:
    b = R.choice(BIOS)
    r = R.random()
    if r < 0.15:
        ig = ascii_sv(u["fn"]).lower() + "." + ascii_sv(u["ln"]).lower()[:4] + str(R.randint(1, 9))
        b = (b + " " if b else "") + f"Insta: @{ig}"
        bio_cats.add("username")
    elif r < 0.2:
        b = (b + " " if b else "") + f"Hör av dig på snap: {u['handle'].replace('.', '_')}"
        bio_cats.add("username")
    u["bio"] = b

# ------------------------------------------------------------------ SQL
def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, (int,)):
        return str(v)
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, dt.datetime):
        return "'" + v.strftime("%Y-%m-%d %H:%M:%S") + "'"
    if isinstance(v, dt.date):
        return "'" + v.isoformat() + "'"
    s = str(v).replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n")
    return "'" + s + "'"

def inserts(table, rows, chunk=40):
    out = []
    for k in range(0, len(rows), chunk):
        part = ",".join("(" + ",".join(q(v) for v in r) + ")" for r in rows[k:k + chunk])
        out.append(f"INSERT INTO `{table}` VALUES {part};")
    return "\n".join(out)

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
{inserts(name, rows)}
/*!40000 ALTER TABLE `{name}` ENABLE KEYS */;
UNLOCK TABLES;
"""

users_create = """CREATE TABLE `users` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `handle` varchar(32) COLLATE utf8mb4_swedish_ci NOT NULL,
  `email` varchar(191) COLLATE utf8mb4_swedish_ci NOT NULL,
  `fornamn` varchar(64) COLLATE utf8mb4_swedish_ci NOT NULL,
  `efternamn` varchar(64) COLLATE utf8mb4_swedish_ci DEFAULT NULL,
  `personnummer` char(11) COLLATE utf8mb4_swedish_ci NOT NULL COMMENT 'BankID age verification',
  `birthdate` date NOT NULL,
  `kon` enum('man','kvinna','annat') COLLATE utf8mb4_swedish_ci NOT NULL,
  `telefon` varchar(20) COLLATE utf8mb4_swedish_ci DEFAULT NULL,
  `password_hash` varchar(255) COLLATE utf8mb4_swedish_ci NOT NULL,
  `password_reset_sent_at` datetime DEFAULT NULL,
  `plan` enum('gratis','plus','guld') COLLATE utf8mb4_swedish_ci NOT NULL DEFAULT 'gratis',
  `status` enum('aktiv','pausad','avstängd') COLLATE utf8mb4_swedish_ci NOT NULL DEFAULT 'aktiv',
  `stad` varchar(64) COLLATE utf8mb4_swedish_ci DEFAULT NULL,
  `last_lat` decimal(9,6) DEFAULT NULL,
  `last_lon` decimal(9,6) DEFAULT NULL,
  `bio` text COLLATE utf8mb4_swedish_ci,
  `max_distance_km` smallint unsigned NOT NULL DEFAULT '50',
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `last_login` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_handle_unique` (`handle`),
  UNIQUE KEY `users_email_unique` (`email`),
  UNIQUE KEY `users_personnummer_unique` (`personnummer`)
) ENGINE=InnoDB AUTO_INCREMENT=10700 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;"""

user_rows = []
for u in users:
    user_rows.append([u["id"], u["handle"], u["email"], u["fn"], u["ln"], u["pnr"], u["bd"],
                      "kvinna" if u["female"] else ("man" if R.random() < 0.97 else "annat"),
                      u["phone"], u["pw"], u["reset"], u["plan"], u["status"], u["city"],
                      float(f"{u['lat']:.6f}"), float(f"{u['lon']:.6f}"), u["bio"] or None,
                      R.choice([10, 25, 50, 50, 100]), u["created"], u["last_login"]])

pay_create = """CREATE TABLE `subscription_payments` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int unsigned NOT NULL,
  `order_number` char(16) COLLATE utf8mb4_swedish_ci NOT NULL,
  `plan` enum('plus','guld') COLLATE utf8mb4_swedish_ci NOT NULL,
  `period` enum('1m','3m','12m') COLLATE utf8mb4_swedish_ci NOT NULL,
  `amount_ore` int unsigned NOT NULL,
  `currency` char(3) COLLATE utf8mb4_swedish_ci NOT NULL DEFAULT 'SEK',
  `card_brand` varchar(16) COLLATE utf8mb4_swedish_ci DEFAULT NULL,
  `card_last4` char(4) COLLATE utf8mb4_swedish_ci DEFAULT NULL,
  `card_exp` char(5) COLLATE utf8mb4_swedish_ci DEFAULT NULL,
  `status` enum('succeeded','failed','refunded') COLLATE utf8mb4_swedish_ci NOT NULL,
  `paid_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `subscription_payments_order_number_unique` (`order_number`),
  KEY `subscription_payments_user_id_foreign` (`user_id`),
  CONSTRAINT `subscription_payments_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=4100 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;"""
PRICES = {("plus", "1m"): 14900, ("plus", "3m"): 34900, ("plus", "12m"): 99900,
          ("guld", "1m"): 24900, ("guld", "3m"): 59900, ("guld", "12m"): 179900}
pay_rows = []
pid = 3817
order_numbers = []
for u in users:
    if u["plan"] == "gratis" and R.random() > 0.15:
        continue
    plan = u["plan"] if u["plan"] != "gratis" else R.choice(["plus", "guld"])
    brand = R.choices(["visa", "mastercard", "amex"], [55, 40, 5])[0]
    last4 = f"{R.randint(0, 9999):04d}"
    exp = f"{R.randint(1, 12):02d}/{R.randint(24, 29)}"
    for _ in range(R.randint(1, 4)):
        per = R.choice(["1m", "1m", "3m", "12m"])
        when = rdt(u["created"], dt.datetime(2024, 3, 14))
        on = when.strftime("%Y%m%d") + f"{R.randint(0, 99999999):08d}"
        order_numbers.append(on)
        pay_rows.append([pid, u["id"], on, plan, per, PRICES[(plan, per)], "SEK", brand, last4, exp,
                         R.choices(["succeeded", "failed", "refunded"], [90, 7, 3])[0], when])
        pid += R.randint(1, 6)
pay_rows.sort(key=lambda r: r[0])
luhn_pass = sum(luhn_ok(o) for o in order_numbers)

sql = f"""-- MySQL dump 10.13  Distrib 8.0.35, for Linux (x86_64)
--
-- Host: db-prod-1.internal.matchmotor.se    Database: gnistan_prod
-- ------------------------------------------------------
-- Server version\t8.0.35

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

{table_block('users', users_create, user_rows)}
{table_block('subscription_payments', pay_create, pay_rows)}/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2024-03-15  2:14:07
"""
with open(os.path.join(DATA, "gnistan_prod.sql"), "w", encoding="utf-8") as f:
    f.write(sql)

# ------------------------------------------------------------------ matches CSV (; + decimal comma)
def dc(x, n=4):
    return f"{x:.{n}f}".replace(".", ",")

lines = ["match_id;anvandare_a;anvandare_b;matchad;antal_meddelanden;forsta_meddelande;senaste_meddelande;status;latitud;longitud;avstand_km"]
matches = []
mid = 550120
for _ in range(260):
    a = R.choice(users)
    same = [v for v in users if v is not a and v["city"] == a["city"]]
    b = R.choice(same if same and R.random() < 0.85 else users)
    if b is a:
        continue
    m_at = rdt(max(a["created"], b["created"], dt.datetime(2023, 6, 1)), dt.datetime(2024, 3, 14))
    n = R.choices([0, R.randint(1, 8), R.randint(9, 140)], [35, 40, 25])[0]
    first = (m_at + dt.timedelta(minutes=R.randint(2, 3000))) if n else None
    last = (first + dt.timedelta(minutes=R.randint(0, 40000))) if n > 1 else first
    st = R.choices(["aktiv", "avmatchad", "rapporterad"], [80, 17, 3])[0]
    fmt = lambda t: t.strftime("%Y-%m-%d %H:%M:%S") if t else ""
    lines.append(";".join([str(mid), a["handle"], b["handle"], fmt(m_at), str(n), fmt(first), fmt(last), st,
                           dc(jitter(a["lat"], 0.02)), dc(jitter(a["lon"], 0.02)),
                           dc(R.uniform(0.3, 45), 1)]))
    matches.append((a, b, m_at))
    mid += R.randint(1, 40)
with open(os.path.join(DATA, "matchningar_meddelanden.csv"), "w", encoding="utf-8-sig", newline="") as f:
    f.write("\r\n".join(lines) + "\r\n")

# ------------------------------------------------------------------ NDJSON app events
EVT = ["app_open", "swipe_right", "swipe_left", "swipe_left", "swipe_right", "super_like",
       "profile_view", "message_sent", "photo_upload", "app_background", "paywall_view"]
events = []
for _ in range(1400):
    u = R.choice(users)
    ts = rdt(dt.datetime(2024, 3, 1), dt.datetime(2024, 3, 14, 23, 59))
    et = R.choice(EVT)
    ev = {"type": et, "ts": ts.strftime("%Y-%m-%dT%H:%M:%S.") + f"{R.randint(0, 999):03d}Z"}
    if et in ("swipe_right", "swipe_left", "super_like", "profile_view", "message_sent"):
        ev["target_user_id"] = R.choice(users)["id"]
    if et == "paywall_view":
        ev["offer"] = R.choice(["plus_1m", "guld_3m", "guld_12m"])
    dev = {"idfa" if u["ios"] else "gaid": u["adid"], "model": u["model"], "os": u["osv"],
           "app_version": R.choice(["5.11.2", "5.12.0", "5.12.1"])}
    events.append((ts, {"event_id": str(uuid.UUID(int=R.getrandbits(128), version=4)),
                        "user": {"id": u["id"], "handle": u["handle"]},
                        "device": dev, "event": ev,
                        "geo": {"lat": jitter(u["lat"], 0.01), "lon": jitter(u["lon"], 0.01)},
                        "ip": u["ip"], "schema": "gnistan.events.v3"}))
events.sort(key=lambda e: e[0])
has_gaid = any(not u["ios"] for u in users)
with open(os.path.join(DATA, "app_events_2024-03.ndjson"), "w", encoding="utf-8") as f:
    for _, e in events:
        f.write(json.dumps(e, ensure_ascii=False, separators=(",", ":")) + "\n")

# ------------------------------------------------------------------ nginx access log
def ua(u):
    if u["ios"]:
        v = u["osv"].split()[1].replace(".", "_")
        if R.random() < 0.7:
            return f"Gnistan/5.12.0 (iPhone; iOS {u['osv'].split()[1]}; Scale/3.00) Alamofire/5.8.1"
        return f"Mozilla/5.0 (iPhone; CPU iPhone OS {v} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1"
    av = u["osv"].split()[1]
    if R.random() < 0.7:
        return f"Gnistan/5.12.0 (Android {av}; {u['model']}) okhttp/4.12.0"
    return f"Mozilla/5.0 (Linux; Android {av}; {u['model']}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36"

log = []
for _ in range(1500):
    ts = rdt(dt.datetime(2024, 3, 14, 0, 0), dt.datetime(2024, 3, 14, 23, 59))
    r = R.random()
    if r < 0.06:
        ip = f"10.42.{R.randint(0, 3)}.{R.randint(2, 250)}"
        line = f'{ip} - - [{{T}}] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28"'
    else:
        u = R.choice(users)
        other = R.choice(users)
        paths = [f"/u/{other['handle']}", f"/u/{other['handle']}/photos",
                 f"/api/v2/profile?user={other['handle']}", f"/api/v2/matches?user={u['handle']}&limit=20",
                 f"/api/v2/messages/{R.randint(550120, 560000)}?since={int(ts.timestamp())}",
                 "/api/v2/feed?limit=25", "/api/v2/swipe", "/static/js/app.3f9c2e1.js",
                 f"/api/v2/me?user={u['handle']}", "/api/v2/auth/refresh"]
        p = R.choice(paths)
        meth = "POST" if p in ("/api/v2/swipe", "/api/v2/auth/refresh") else "GET"
        status = R.choices([200, 200, 200, 304, 401, 404, 429, 500], [60, 10, 10, 8, 4, 4, 2, 1])[0]
        ref = "-" if R.random() < 0.6 else "https://gnistan-app.se/"
        line = (f'{u["ip"]} - - [{{T}}] "{meth} {p} HTTP/2.0" {status} {R.randint(120, 48000)} '
                f'"{ref}" "{ua(u)}"')
    log.append((ts, line.replace("{T}", ts.strftime("%d/%b/%Y:%H:%M:%S +0000"))))
log.sort(key=lambda x: x[0])
with open(os.path.join(DATA, "access.log"), "w", encoding="utf-8") as f:
    for _, l in log:
        f.write(l + "\n")

# ------------------------------------------------------------------ .env
def tok(n, alpha=string.ascii_letters + string.digits):
    return "".join(R.choice(alpha) for _ in range(n))
env = f"""APP_NAME=Gnistan
APP_ENV=production
APP_DEBUG=false
APP_URL=https://api.gnistan-app.se
APP_KEY=base64:{tok(43)}=

LOG_CHANNEL=stack
LOG_LEVEL=info

DB_CONNECTION=mysql
DB_HOST=db-prod-1.internal.matchmotor.se
DB_PORT=3306
DB_DATABASE=gnistan_prod
DB_USERNAME=gnistan_app
DB_PASSWORD={tok(12)}!{tok(9)}

REDIS_URL=redis://:{tok(32)}@redis-prod.internal.matchmotor.se:6379/0
QUEUE_CONNECTION=redis

STRIPE_KEY=pk_live_51{tok(97)}
STRIPE_SECRET=sk_live_51{tok(97)}
STRIPE_WEBHOOK_SECRET=whsec_{tok(32)}

JWT_SECRET={tok(64)}
JWT_TTL=60
JWT_REFRESH_TTL=20160

MAIL_MAILER=smtp
MAIL_HOST=smtp.eu.mailgun.org
MAIL_PORT=587
MAIL_USERNAME=gnistan-mailer
MAIL_PASSWORD={tok(32, string.hexdigits.lower())}-{tok(8, string.hexdigits.lower())}-{tok(8, string.hexdigits.lower())}
MAIL_FROM_ADDRESS=noreply@gnistan-app.se

BANKID_ENV=prod
BANKID_CERT_PATH=/run/secrets/bankid.p12
BANKID_CERT_PASSPHRASE={tok(20)}

S3_BUCKET=gnistan-photos-prod
AWS_DEFAULT_REGION=eu-north-1
AWS_ACCESS_KEY_ID=AKIA{tok(16, string.ascii_uppercase + string.digits)}
AWS_SECRET_ACCESS_KEY={tok(40, string.ascii_letters + string.digits + '/+')}

SENTRY_LARAVEL_DSN=https://{tok(32, string.hexdigits.lower()[:16])}@o4504{R.randint(100000, 999999)}.ingest.sentry.io/{R.randint(4500000000000000, 4509999999999999)}
MATCH_RADIUS_DEFAULT_KM=50
FEATURE_SUPER_LIKE=true
"""
with open(os.path.join(DATA, ".env"), "w", encoding="utf-8") as f:
    f.write(env)

# ------------------------------------------------------------------ tar.gz of moderation reports
REASONS = ["spam", "falsk profil", "olämpligt beteende", "minderårig", "bedrägeri", "trakasserier"]
mods = ["mod_linnea", "mod_oskar", "mod_frida"]   # moderator handles are staff persons' logins
fritext_cats = set()
rep = ["rapport_id,rapporterad_av,rapporterad_profil,orsak,fritext,skapad,hanterad_av,beslut"]
rid = 9001
for _ in range(45):
    a, b, m_at = R.choice(matches)
    reason = R.choice(REASONS)
    ft = R.choice(["Skriver bara på engelska och vill flytta till WhatsApp direkt.",
                   "Bilderna är tagna från en influencer.",
                   "Blev otrevlig när jag sa nej.",
                   "Bad om pengar till en flygbiljett.",
                   "", "Samma profil som förra veckan fast nytt namn."])
    if R.random() < 0.3:
        ft = f"Skickade sitt nummer {phone()} och ville att jag skulle swisha"
        fritext_cats.add("phone")
    created = min(m_at + dt.timedelta(hours=R.randint(1, 300)), dt.datetime(2024, 3, 14, 22, 0) - dt.timedelta(minutes=R.randint(0, 600)))
    q_ = lambda s: '"' + s.replace('"', '""') + '"' if ("," in s or '"' in s) else s
    rep.append(",".join([str(rid), a["handle"], b["handle"], q_(reason), q_(ft),
                         created.strftime("%Y-%m-%dT%H:%M:%SZ"), R.choice(mods),
                         R.choice(["varning", "avstängd", "ingen åtgärd", "avstängd"])]))
    rid += R.randint(1, 12)
buf = "\n".join(rep).encode("utf-8") + b"\n"
with open(os.path.join(DATA, "moderering_export.tar.gz"), "wb") as _raw, gzip.GzipFile(filename="", mode="wb", fileobj=_raw, mtime=1710468000) as _gz, tarfile.open(fileobj=_gz, mode="w") as tf:
    ti = tarfile.TarInfo("moderering/rapporterade_profiler.csv")
    ti.size = len(buf); ti.mtime = 1710468000; ti.mode = 0o644; ti.uname = ti.gname = "deploy"
    tf.addfile(ti, io.BytesIO(buf))
    readme = ("Export av rapporterade profiler, genererad av moderation-service v2.3\n"
              "Kolumner: se rapporterade_profiler.csv\n").encode("utf-8")
    ti = tarfile.TarInfo("moderering/LASMIG.txt")
    ti.size = len(readme); ti.mtime = 1710468000; ti.mode = 0o644; ti.uname = ti.gname = "deploy"
    tf.addfile(ti, io.BytesIO(readme))

# ------------------------------------------------------------------ truth
people = len(users) + len(mods)
ev_fields = {"user.handle": "username", "device.idfa": "device", "event.ts": "activity",
             "geo.lat": "location", "geo.lon": "location", "ip": "ip_address"}
if has_gaid:
    ev_fields["device.gaid"] = "device"
truth = {
    "brief": ("Gnistan, a Swedish dating app; export leaked from its matching-service vendor MatchMotor AB. "
              "MySQL dump of users (personnummer for BankID age verification, bcrypt hashes, plan, last position) "
              "and subscription payments (16-digit order numbers, card brand/last4 only); ';'-separated "
              "UTF-8-BOM CSV of matches/message metadata with decimal-comma coordinates; NDJSON app events "
              "(nested user/device/event/geo); nginx access log with /u/<handle> and ?user= URLs; backend "
              "Laravel .env with secrets; tar.gz of moderation reports. Swedish and English headers."),
    "people": people,
    "fields": {
        "gnistan_prod.sql": {
            "users.handle": "username", "users.email": "email", "users.fornamn": "name",
            "users.efternamn": "name", "users.personnummer": "government_id",
            "users.birthdate": "date_of_birth", "users.telefon": "phone",
            "users.password_hash": "password", "users.plan": "account_type",
            "users.status": "account_type", "users.stad": "location", "users.last_lat": "location",
            "users.last_lon": "location", "users.created_at": "activity", "users.last_login": "activity",
            **({"users.bio": sorted(bio_cats) if len(bio_cats) > 1 else sorted(bio_cats)[0]} if bio_cats else {}),
            "subscription_payments.plan": "account_type", "subscription_payments.paid_at": "activity",
        },
        "matchningar_meddelanden.csv": {
            "anvandare_a": "username", "anvandare_b": "username", "matchad": "activity",
            "forsta_meddelande": "activity", "senaste_meddelande": "activity",
            "latitud": "location", "longitud": "location",
        },
        "app_events_2024-03.ndjson": ev_fields,
        ".env": {"APP_KEY": "secret", "DB_PASSWORD": "secret", "REDIS_URL": "secret",
                 "STRIPE_SECRET": "secret", "STRIPE_WEBHOOK_SECRET": "secret", "JWT_SECRET": "secret",
                 "MAIL_PASSWORD": "secret", "BANKID_CERT_PASSPHRASE": "secret",
                 "AWS_ACCESS_KEY_ID": "secret", "AWS_SECRET_ACCESS_KEY": "secret"},
        "moderering_export.tar.gz!moderering/rapporterade_profiler.csv": {
            "rapporterad_av": "username", "rapporterad_profil": "username", "skapad": "activity",
            "hanterad_av": "username",
            **({"fritext": "phone"} if fritext_cats else {}),
        },
    },
    "text": {"access.log": ["ip_address", "activity", "username", "device"]},
    "controls": ["moderering_export.tar.gz!moderering/LASMIG.txt"],
    "ambiguous": {
        "gnistan_prod.sql": ["users.password_reset_sent_at"],
        "app_events_2024-03.ndjson": ["event.type", "device.model"],
        ".env": ["SENTRY_LARAVEL_DSN", "STRIPE_KEY"],
    },
    "lookalikes": {
        "gnistan_prod.sql": {
            "subscription_payments.order_number": (f"16-digit order numbers (YYYYMMDD + 8 random digits); "
                                                  f"{luhn_pass} of {len(order_numbers)} pass Luhn by chance; no PANs in this table"),
            "subscription_payments.card_last4": "last four digits only", "subscription_payments.card_brand": "brand only",
            "subscription_payments.card_exp": "expiry MM/YY only",
            "users.max_distance_km": "small integers",
        },
        "app_events_2024-03.ndjson": {"event_id": "UUIDv4 of the event", "user.id": "internal numeric id",
                                      "event.target_user_id": "internal numeric id"},
        "matchningar_meddelanden.csv": {"match_id": "internal id", "avstand_km": "decimal-comma distances"},
        ".env": {"DB_USERNAME": "service account", "MAIL_USERNAME": "service account",
                 "MAIL_FROM_ADDRESS": "noreply role address of the company", "DB_HOST": "internal hostname"},
    },
    "notes": ("people = users + 3 moderators (mod_* handles in the tar member). Personnummer use the valid Luhn "
              "check digit, format YYMMDD-XXXX. .env is listed under fields by KEY name. users.bio: ~20% of bios "
              "carry an Instagram/Snapchat handle, the rest are free text with no personal data. fritext in the "
              "reports holds a Swedish mobile number in ~30% of rows. access.log IPs are users' (10.42.x.x "
              "lines are kube-probe health checks). ambiguous: password_reset_sent_at is a person's reset request "
              "time (activity?) but holds no password; kon (gender) is not a category (negative); device.model is a phone model "
              "name, not an identifier; STRIPE_KEY is a publishable key; Sentry DSN key is semi-public."),
}
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=2)
print("users", len(users), "payments", len(pay_rows), "luhn", luhn_pass, "/", len(order_numbers),
      "bio", bio_cats, "fritext", fritext_cats)
