#!/usr/bin/env python3
"""Blind test dump B/tr-games: Turkish mobile-games company, player-support vendor export."""
import json, os, random, uuid, hashlib
from datetime import datetime, timedelta, date

SEED = 20241121
rnd = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
os.makedirs(DATA, exist_ok=True)

ERKEK = ["Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "Emre", "Burak", "Murat",
         "Oğuz", "Çağan", "Eren", "Yusuf", "Kerem", "Barış", "Serkan", "Tolga", "Uğur", "Gökhan",
         "Onur", "Doğukan", "Furkan", "Berk", "Arda", "Kaan", "Efe", "Ömer", "Şahin", "Volkan"]
KADIN = ["Ayşe", "Fatma", "Emine", "Zeynep", "Elif", "Merve", "Büşra", "Esra", "Selin", "Gizem",
         "Özge", "Şeyma", "Tuğba", "Dilara", "Ecem", "İrem", "Buse", "Nur", "Cansu", "Gülşen",
         "Derya", "Ebru", "Pınar", "Sıla", "Defne", "Ceren", "Ezgi", "Hande", "Aslı", "Yağmur"]
SOYAD = ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir",
         "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek",
         "Polat", "Erdoğan", "Güneş", "Aksoy", "Acar", "Korkmaz", "Bulut", "Türkmen", "Uçar", "Karaca",
         "Ekinci", "Güler", "Taş", "Bozkurt", "Işık", "Tekin", "Çakır", "Avcı", "Sarı", "Ünal"]
SEHIR = ["İstanbul", "İstanbul", "İstanbul", "Ankara", "Ankara", "İzmir", "İzmir", "Bursa", "Antalya",
         "Konya", "Adana", "Gaziantep", "Kayseri", "Eskişehir", "Trabzon", "Samsun", "Mersin",
         "Diyarbakır", "Denizli", "Kocaeli", "Sakarya", "Malatya", "Erzurum", "Muğla", "Tekirdağ"]
PLAKA = {"İstanbul": "34", "Ankara": "06", "İzmir": "35", "Bursa": "16", "Antalya": "07", "Konya": "42",
         "Adana": "01", "Gaziantep": "27", "Kayseri": "38", "Eskişehir": "26", "Trabzon": "61",
         "Samsun": "55", "Mersin": "33", "Diyarbakır": "21", "Denizli": "20", "Kocaeli": "41",
         "Sakarya": "54", "Malatya": "44", "Erzurum": "25", "Muğla": "48", "Tekirdağ": "59"}
DOMAINS = ["gmail.com"] * 6 + ["hotmail.com"] * 3 + ["outlook.com", "yandex.com.tr", "icloud.com", "yahoo.com", "windowslive.com"]
GSM = [505, 506, 507, 530, 531, 532, 533, 534, 535, 536, 537, 538, 539, 541, 542, 543, 544, 545,
       546, 547, 548, 549, 551, 552, 553, 554, 555, 559]
HANDLE_WORDS = ["KaraKurt", "Efsane", "Ejder", "Kartal", "Bozkurt", "Yıldırım", "Sniper", "Gölge", "Aslan",
                "Fırtına", "Kral", "Sultan", "Panter", "Kobra", "Şimşek", "Prens", "Reis", "Hayalet",
                "Ninja", "Kaplan", "Pro", "Savaşçı", "Bela", "Yavuz"]

ASCII = str.maketrans({"ç": "c", "Ç": "c", "ğ": "g", "Ğ": "g", "ı": "i", "İ": "i", "ö": "o", "Ö": "o",
                       "ş": "s", "Ş": "s", "ü": "u", "Ü": "u"})


def asc(s):
    return s.translate(ASCII).lower()


def tc_kimlik():
    d = [rnd.randint(1, 9)] + [rnd.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def tc_valid(s):
    d = list(map(int, s))
    return (len(d) == 11 and d[0] != 0 and
            ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 == d[9]
            and sum(d[:10]) % 10 == d[10])


def luhn_ok(s):
    t = 0
    for i, c in enumerate(reversed(s)):
        n = int(c)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        t += n
    return t % 10 == 0


def rdt(a, b):
    return a + timedelta(seconds=rnd.randint(0, int((b - a).total_seconds())))


# ------------------------------------------------------------------ players
N = 140
players = []
used_handles, used_mails = set(), set()
for pid in range(10001, 10001 + N):
    female = rnd.random() < 0.42
    first = rnd.choice(KADIN if female else ERKEK)
    if rnd.random() < 0.12:  # ikinci ad
        first = first + " " + rnd.choice(KADIN if female else ERKEK)
    last = rnd.choice(SOYAD)
    dob = date(1972, 1, 1) + timedelta(days=rnd.randint(0, (date(2010, 12, 31) - date(1972, 1, 1)).days))
    sehir = rnd.choice(SEHIR)
    # handle
    while True:
        k = rnd.random()
        if k < 0.45:
            h = f"{rnd.choice(HANDLE_WORDS)}{rnd.choice(['_', '', '.'])}{rnd.choice([PLAKA[sehir], str(dob.year)[2:], str(rnd.randint(1, 999))])}"
        elif k < 0.75:
            h = f"{asc(first.split()[0])}{rnd.choice(['.', '_', ''])}{asc(last)}{rnd.choice(['', str(dob.year)[2:], str(rnd.randint(1, 99))])}"
        else:
            h = f"{asc(first.split()[0])[:3]}{rnd.choice(HANDLE_WORDS).lower()}{rnd.randint(1, 9999)}"
        h = h.translate(ASCII) if rnd.random() < 0.8 else h
        if h not in used_handles:
            used_handles.add(h)
            break
    while True:
        f0 = asc(first.split()[0])
        k = rnd.random()
        if k < 0.4:
            local = f"{f0}.{asc(last)}"
        elif k < 0.7:
            local = f"{f0}{asc(last)}{rnd.choice([str(dob.year), str(dob.year)[2:], str(rnd.randint(1, 99))])}"
        else:
            local = asc(h).replace(".", "_")
        mail = f"{local}@{rnd.choice(DOMAINS)}"
        if mail not in used_mails:
            used_mails.add(mail)
            break
    gsm = rnd.choice(GSM)
    num = f"{rnd.randint(100, 999)}{rnd.randint(0, 99):02d}{rnd.randint(0, 99):02d}"
    if rnd.random() < 0.6:
        tel = f"0{gsm} {num[:3]} {num[3:5]} {num[5:]}"
    else:
        tel = f"+90 {gsm} {num[:3]} {num[3:5]} {num[5:]}"
    adult = (date(2024, 11, 20) - dob).days >= 18 * 365.25
    verified = adult and rnd.random() < 0.55
    kayit = rdt(datetime(2020, 3, 1), datetime(2024, 10, 31))
    son = rdt(kayit, datetime(2024, 11, 20, 23, 59))
    uyelik = rnd.choices(["ücretsiz", "VIP", "Altın"], [70, 20, 10])[0]
    players.append(dict(id=pid, first=first, last=last, handle=h, mail=mail, tel=tel, gsm=gsm, num=num,
                        tc=tc_kimlik() if verified else None, dob=dob, sehir=sehir, uyelik=uyelik,
                        kayit=kayit, son=son, verified=verified,
                        gaid=str(uuid.UUID(int=rnd.getrandbits(128), version=4)),
                        model=rnd.choice(["SM-A525F", "SM-A346E", "SM-S911B", "Redmi Note 12", "M2101K7BNY",
                                          "CPH2371", "V2207", "SM-A145R", "22101316G", "TECNO KI7", "iPhone14,5"]),
                        elmas=rnd.randint(0, 25000)))


def sq(v):
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return str(v)
    return "'" + str(v).replace("\\", "\\\\").replace("'", "\\'") + "'"


# ------------------------------------------------------------------ purchases
URUNLER = [("500 Elmas Paketi", 49.99), ("1200 Elmas Paketi", 109.99), ("2500 Elmas Paketi", 219.99),
           ("VIP Aylık Abonelik", 89.99), ("Altın Üyelik (Yıllık)", 749.99), ("Başlangıç Paketi", 29.99),
           ("Ejderha Zırhı Seti", 159.99), ("Sezon Kartı - Sezon 14", 129.99), ("Enerji Yenileme x10", 19.99)]
ODEME = ["Kredi Kartı", "Banka Kartı", "Google Play", "Google Play", "App Store", "Papara", "Turkcell Faturama"]
purchases = []
oid = 1
used_orders = set()
for p in players:
    for _ in range(rnd.choices([0, 1, 2, 3, 5], [35, 30, 18, 10, 7])[0]):
        while True:
            so = str(rnd.randint(1, 9)) + "".join(str(rnd.randint(0, 9)) for _ in range(15))
            if so not in used_orders:
                used_orders.add(so)
                break
        u, fiyat = rnd.choice(URUNLER)
        yontem = rnd.choice(ODEME)
        son4 = f"{rnd.randint(0, 9999):04d}" if yontem in ("Kredi Kartı", "Banka Kartı") else None
        ts = rdt(p["kayit"], p["son"])
        durum = rnd.choices(["tamamlandı", "iade edildi", "beklemede"], [90, 6, 4])[0]
        purchases.append(dict(id=oid, so=so, pid=p["id"], urun=u, tutar=fiyat, yontem=yontem, son4=son4,
                              ts=ts, durum=durum))
        oid += 1

# ------------------------------------------------------------------ SQL dump
dump_ts = datetime(2024, 11, 21, 2, 30, 7)
L = []
L.append("-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)\n--\n-- Host: localhost    Database: oyun_destek\n"
         "-- ------------------------------------------------------\n-- Server version\t8.0.36-0ubuntu0.22.04.1\n\n"
         "/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;\n"
         "/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;\n"
         "/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;\n"
         "/*!50503 SET NAMES utf8mb4 */;\n"
         "/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;\n/*!40103 SET TIME_ZONE='+00:00' */;\n"
         "/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;\n"
         "/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;\n"
         "/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;\n"
         "/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;\n\n")
L.append("""--
-- Table structure for table `oyuncular`
--

DROP TABLE IF EXISTS `oyuncular`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `oyuncular` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `kullanici_adi` varchar(32) COLLATE utf8mb4_turkish_ci NOT NULL,
  `eposta` varchar(191) COLLATE utf8mb4_turkish_ci NOT NULL,
  `ad_soyad` varchar(120) COLLATE utf8mb4_turkish_ci DEFAULT NULL,
  `tc_kimlik_no` char(11) COLLATE utf8mb4_turkish_ci DEFAULT NULL,
  `yas_dogrulandi` tinyint(1) NOT NULL DEFAULT '0',
  `dogum_tarihi` date DEFAULT NULL,
  `cep_telefonu` varchar(20) COLLATE utf8mb4_turkish_ci DEFAULT NULL,
  `sehir` varchar(40) COLLATE utf8mb4_turkish_ci DEFAULT NULL,
  `uyelik` enum('ücretsiz','VIP','Altın') COLLATE utf8mb4_turkish_ci NOT NULL DEFAULT 'ücretsiz',
  `elmas_bakiye` int unsigned NOT NULL DEFAULT '0',
  `dil` char(2) COLLATE utf8mb4_turkish_ci NOT NULL DEFAULT 'tr',
  `kayit_tarihi` datetime NOT NULL,
  `son_giris` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_kullanici_adi` (`kullanici_adi`),
  UNIQUE KEY `uk_eposta` (`eposta`),
  KEY `idx_uyelik` (`uyelik`)
) ENGINE=InnoDB AUTO_INCREMENT=%d DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_turkish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `oyuncular`
--

LOCK TABLES `oyuncular` WRITE;
/*!40000 ALTER TABLE `oyuncular` DISABLE KEYS */;
""" % (players[-1]["id"] + 1))
rows = []
for p in players:
    rows.append("(" + ",".join([sq(p["id"]), sq(p["handle"]), sq(p["mail"]), sq(p["first"] + " " + p["last"]),
                                sq(p["tc"]), sq(1 if p["verified"] else 0), sq(p["dob"].isoformat()), sq(p["tel"]),
                                sq(p["sehir"]), sq(p["uyelik"]), sq(p["elmas"]), sq("tr"),
                                sq(p["kayit"].strftime("%Y-%m-%d %H:%M:%S")), sq(p["son"].strftime("%Y-%m-%d %H:%M:%S"))]) + ")")
L.append("INSERT INTO `oyuncular` VALUES " + ",".join(rows) + ";\n")
L.append("/*!40000 ALTER TABLE `oyuncular` ENABLE KEYS */;\nUNLOCK TABLES;\n\n")
L.append("""--
-- Table structure for table `satin_almalar`
--

DROP TABLE IF EXISTS `satin_almalar`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `satin_almalar` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `siparis_no` char(16) COLLATE utf8mb4_turkish_ci NOT NULL,
  `oyuncu_id` int unsigned NOT NULL,
  `urun` varchar(100) COLLATE utf8mb4_turkish_ci NOT NULL,
  `tutar` decimal(10,2) NOT NULL,
  `para_birimi` char(3) COLLATE utf8mb4_turkish_ci NOT NULL DEFAULT 'TRY',
  `odeme_yontemi` varchar(30) COLLATE utf8mb4_turkish_ci NOT NULL,
  `son_4_hane` char(4) COLLATE utf8mb4_turkish_ci DEFAULT NULL,
  `durum` varchar(20) COLLATE utf8mb4_turkish_ci NOT NULL DEFAULT 'tamamlandı',
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_siparis_no` (`siparis_no`),
  KEY `fk_oyuncu` (`oyuncu_id`),
  CONSTRAINT `fk_satin_almalar_oyuncu` FOREIGN KEY (`oyuncu_id`) REFERENCES `oyuncular` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=%d DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_turkish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `satin_almalar`
--

LOCK TABLES `satin_almalar` WRITE;
/*!40000 ALTER TABLE `satin_almalar` DISABLE KEYS */;
""" % (len(purchases) + 1))
rows = []
for s in sorted(purchases, key=lambda x: x["ts"]):
    rows.append("(" + ",".join([sq(s["id"]), sq(s["so"]), sq(s["pid"]), sq(s["urun"]), f"{s['tutar']:.2f}", sq("TRY"),
                                sq(s["yontem"]), sq(s["son4"]), sq(s["durum"]),
                                sq(s["ts"].strftime("%Y-%m-%d %H:%M:%S"))]) + ")")
L.append("INSERT INTO `satin_almalar` VALUES " + ",".join(rows) + ";\n")
L.append("/*!40000 ALTER TABLE `satin_almalar` ENABLE KEYS */;\nUNLOCK TABLES;\n"
         "/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;\n\n"
         "/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;\n/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;\n"
         "/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;\n"
         "/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;\n"
         "/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;\n"
         "/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;\n"
         "/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;\n\n"
         f"-- Dump completed on {dump_ts.strftime('%Y-%m-%d %H:%M:%S')}\n")
with open(os.path.join(DATA, "oyun_destek_2024-11-21.sql"), "w", encoding="utf-8") as f:
    f.write("".join(L))

# ------------------------------------------------------------------ telemetry NDJSON
HARITALAR = ["Kapadokya", "Galata Limanı", "Efes Harabeleri", "Nemrut Zirvesi", "Karadeniz Yaylası"]
events = []
active = [p for p in players if p["son"] > datetime(2024, 11, 14)]
active += rnd.sample([p for p in players if p not in active], 20)
for p in active:
    for _ in range(rnd.randint(3, 12)):
        sid = "%032x" % rnd.getrandbits(128)
        t = rdt(datetime(2024, 11, 14), datetime(2024, 11, 20, 23, 0))
        os_ = "iOS 17.6" if p["model"].startswith("iPhone") else rnd.choice(["Android 12", "Android 13", "Android 14"])
        ver = rnd.choice(["3.14.1", "3.14.2", "3.14.2"])
        net = rnd.choice(["wifi", "wifi", "4g", "4.5g"])
        for j in range(rnd.randint(3, 9)):
            ev = "session_start" if j == 0 else rnd.choice(["heartbeat", "heartbeat", "match_start", "match_end", "shop_open"])
            rec = {"ts": t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{rnd.randint(0, 999):03d}+03:00",
                   "event": ev, "player_id": p["id"],
                   "session": {"id": sid, "seq": j},
                   "device": {"gaid": p["gaid"], "model": p["model"], "os": os_, "lang": "tr-TR"},
                   "app": {"version": ver, "build": int(ver.replace(".", "")) * 100 + 7},
                   "net": {"type": net},
                   "fps": round(rnd.uniform(24, 60), 1),
                   "ping": rnd.randint(18, 140) if net == "wifi" else rnd.randint(35, 320)}
            if ev.startswith("match"):
                rec["match"] = {"id": str(uuid.UUID(int=rnd.getrandbits(128), version=4)),
                                "map": rnd.choice(HARITALAR), "mode": rnd.choice(["3v3", "5v5", "battle_royale"])}
            events.append(rec)
            t += timedelta(seconds=rnd.randint(20, 400))
events.sort(key=lambda r: r["ts"])
with open(os.path.join(DATA, "telemetri_2024-11-14_20.ndjson"), "w", encoding="utf-8") as f:
    for r in events:
        f.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")

# ------------------------------------------------------------------ tickets CSV
TEMSILCI = ["Selin Aktaş", "Onur Demirci", "Gizem Ural", "Cem Yalçın", "Burcu Eren"]
msg_cats = set()


def alt_phone(p):
    g, n = p["gsm"], p["num"]
    return rnd.choice([f"0{g} {n[:3]} {n[3:5]} {n[5:]}", f"0{g}{n}", f"+90 {g} {n[:3]} {n[3:5]} {n[5:]}",
                       f"0({g}) {n[:3]} {n[3:5]} {n[5:]}", f"0{g} {n[:3]} {n[3:]}"])


tickets = []
tk_players = rnd.sample(players, 70)
buys_by = {}
for s in purchases:
    buys_by.setdefault(s["pid"], []).append(s)
for i, p in enumerate(tk_players):
    t = rdt(datetime(2024, 9, 1), datetime(2024, 11, 20, 22))
    buys = buys_by.get(p["id"])
    opts = ["ban", "lag", "crash", "mail", "phone", "refund_name_phone", "vip_name_mail", "mail_only2"]
    if buys:
        opts += ["order", "order", "order_mail"]
    kind = rnd.choice(opts)
    cats = set()
    fn = p["first"].split()[0]
    if kind == "ban":
        konu, kat = "Hesabım banlandı", "Hesap"
        msg = "Hesabım sebepsiz yere banlandı, hiçbir hile programı kullanmadım. 2 yıldır oynuyorum lütfen inceleyin!!"
    elif kind == "lag":
        konu, kat = "Oyun çok kasıyor", "Teknik"
        msg = f"Son güncellemeden beri maç ortasında ping {rnd.randint(250, 900)}'e çıkıyor ve oyundan atılıyorum. İnternetimde sorun yok, başka oyunlar düzgün çalışıyor."
    elif kind == "crash":
        konu, kat = "Uygulama açılmıyor", "Teknik"
        msg = f"{p['model']} telefonda oyun açılış ekranında donup kapanıyor. Silip yeniden yükledim yine aynı. Sürüm 3.14.2"
    elif kind == "mail":
        konu, kat = "Şifre sıfırlama maili gelmiyor", "Hesap"
        msg = f"Hesabıma giriş yapamıyorum. Şifre sıfırlama linki {p['mail']} adresine hiç gelmiyor, spam klasörüne de baktım."
        cats.add("email")
    elif kind == "mail_only2":
        konu, kat = "Hesap taşıma", "Hesap"
        newmail = f"{asc(fn)}.{asc(p['last'])}{rnd.randint(1, 99)}@{rnd.choice(DOMAINS)}"
        msg = f"Eski mailimi artık kullanmıyorum, hesabımı {newmail} adresine taşımak istiyorum. Kullanıcı adım {p['handle']}"
        cats.update(["email", "username"])
    elif kind == "phone":
        konu, kat = "Geri dönüş talebi", "Diğer"
        msg = f"3 gündür cevap bekliyorum. Lütfen beni {alt_phone(p)} numarasından arayın, akşam 6'dan sonra müsaitim."
        cats.add("phone")
    elif kind == "refund_name_phone":
        konu, kat = "İzinsiz satın alım - iade", "Ödeme"
        msg = (f"Oğlum benim kartımla izinsiz elmas almış, toplam {rnd.choice([219.99, 439.98, 749.99])} TL. "
               f"İade talep ediyorum. {rnd.choice(ERKEK + KADIN)} {p['last']} - {alt_phone(p)}")
        cats.update(["name", "phone"])
    elif kind == "vip_name_mail":
        konu, kat = "VIP üyelik iptali", "Ödeme"
        msg = (f"VIP aboneliğimi iptal ettim ama bu ay yine ücret kesildi. Adım {p['first']} {p['last']}, "
               f"kayıtlı mail adresim {p['mail']}. Ücret iadesi istiyorum.")
        cats.update(["name", "email"])
    elif kind == "order":
        b = rnd.choice(buys)
        konu, kat = "Satın alım hesaba yansımadı", "Ödeme"
        msg = f"{b['urun']} satın aldım, param çekildi ama hesabıma gelmedi. Sipariş no: {b['so']}"
    else:  # order_mail
        b = rnd.choice(buys)
        konu, kat = "Fatura talebi", "Ödeme"
        msg = f"{b['so']} numaralı siparişimin faturasını {p['mail']} adresine gönderebilir misiniz?"
        cats.add("email")
    msg_cats |= cats
    durum = rnd.choices(["Açık", "Yanıt Bekliyor", "Çözüldü", "Kapandı"], [20, 15, 40, 25])[0]
    tickets.append([f"DST-{240000 + 1000 + i * 7 + rnd.randint(0, 6)}", t.strftime("%d.%m.%Y %H:%M"), str(p["id"]),
                    p["handle"], kat, rnd.choice(["Düşük", "Normal", "Normal", "Yüksek"]), durum, konu, msg,
                    rnd.choice(TEMSILCI) if durum != "Açık" else ""])
tickets.sort(key=lambda r: datetime.strptime(r[1], "%d.%m.%Y %H:%M"))
import csv
with open(os.path.join(DATA, "destek_talepleri.csv"), "w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(["Talep No", "Oluşturulma Tarihi", "Oyuncu ID", "Kullanıcı Adı", "Kategori", "Öncelik", "Durum",
                "Konu", "Mesaj", "Atanan Temsilci"])
    w.writerows(tickets)

# ------------------------------------------------------------------ item catalogue (CONTROL)
KAT = [("Elmas", ["100 Elmas Paketi", "500 Elmas Paketi", "1200 Elmas Paketi", "2500 Elmas Paketi", "6500 Elmas Paketi"]),
       ("Abonelik", ["VIP Aylık Abonelik", "Altın Üyelik (Yıllık)", "Sezon Kartı - Sezon 14"]),
       ("Kostüm", ["Yeniçeri Kostümü", "Kapadokya Balon Pilotu", "Karagöz Maskesi", "Çöl Savaşçısı", "Buz Ejderhası Kostümü"]),
       ("Silah", ["Altın Kılıç", "Gölge Yayı", "Şimşek Mızrağı", "Akıncı Kalkanı", "Ateş Baltası"]),
       ("Zırh", ["Ejderha Zırhı Seti", "Kartal Miğferi", "Demir Eldivenler"]),
       ("Paket", ["Başlangıç Paketi", "Bayram Paketi", "Enerji Yenileme x10", "Yeni Yıl Süper Paketi"])]
cat_rows = []
FIX = {"100 Elmas Paketi": 19.99, "500 Elmas Paketi": 49.99, "1200 Elmas Paketi": 109.99, "2500 Elmas Paketi": 219.99,
       "6500 Elmas Paketi": 499.99, "VIP Aylık Abonelik": 89.99, "Altın Üyelik (Yıllık)": 749.99,
       "Sezon Kartı - Sezon 14": 129.99, "Başlangıç Paketi": 29.99, "Enerji Yenileme x10": 19.99,
       "Ejderha Zırhı Seti": 159.99}
n = 1
for kat, items in KAT:
    for it in items:
        kod = f"URN-{kat[:3].upper().translate(ASCII).upper()}-{n:04d}"
        sku = "com.kapadokyaoyun.arena." + asc(it).replace(" ", "_").replace("(", "").replace(")", "").replace("-", "").replace("__", "_")
        fiyat = FIX.get(it) or rnd.choice([29.99, 49.99, 89.99, 159.99, 219.99])
        elmas = "" if kat in ("Elmas", "Abonelik") else str(rnd.choice([150, 300, 450, 900, 1500]))
        nad = rnd.choice(["Sıradan", "Nadir", "Epik", "Efsanevi"]) if kat in ("Kostüm", "Silah", "Zırh") else "-"
        cat_rows.append([kod, it, kat, nad, f"{fiyat:.2f}".replace(".", ","), elmas, sku,
                         rnd.choice(["Evet", "Evet", "Evet", "Hayır"]), rnd.choice(["3.9.0", "3.11.2", "3.12.0", "3.14.0"])])
        n += 1
with open(os.path.join(DATA, "esya_katalogu.csv"), "w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f, delimiter=";", lineterminator="\r\n")
    w.writerow(["Ürün Kodu", "Ürün Adı", "Kategori", "Nadirlik", "Fiyat (TL)", "Elmas Fiyatı", "Mağaza SKU", "Satışta", "Eklendiği Sürüm"])
    w.writerows(cat_rows)

# ------------------------------------------------------------------ server build log (CONTROL)
bl = []
t = datetime(2024, 11, 20, 3, 12, 4)


def log(level, msg):
    global t
    t += timedelta(milliseconds=rnd.randint(40, 9000))
    bl.append(f"{t.strftime('%Y-%m-%d %H:%M:%S.')}{t.microsecond // 1000:03d} {level:5s} {msg}")


commit = hashlib.sha1(b"arena-server-3.14.2").hexdigest()
log("INFO", f"pipeline #4127 started: ref=refs/tags/v3.14.2 commit={commit}")
log("INFO", "runner: build-agent-03 (linux/amd64, 16 vCPU)")
log("INFO", "go version go1.22.5 linux/amd64")
log("INFO", "go mod download: 87 modules")
for pkg in ["internal/matchmaker", "internal/lobby", "internal/economy", "internal/leaderboard", "internal/anticheat",
            "internal/telemetry", "pkg/protocol", "pkg/ratelimit", "cmd/arena-server"]:
    log("INFO", f"ok   github.internal/kapadokya/arena-server/{pkg}\t{rnd.uniform(0.2, 14):.3f}s\tcoverage: {rnd.uniform(55, 92):.1f}% of statements")
log("WARN", "internal/economy: TestPriceTableMigration skipped (requires -tags=integration)")
log("INFO", "go vet ./... : no issues")
log("INFO", "building binary: CGO_ENABLED=0 GOOS=linux GOARCH=amd64 -ldflags '-s -w -X main.version=3.14.2'")
log("INFO", f"artifact arena-server-linux-amd64 size={rnd.randint(28000000, 34000000)} sha256={hashlib.sha256(b'bin').hexdigest()}")
log("INFO", "docker build -t registry.internal/kapadokya/arena-server:3.14.2 .")
for i, st in enumerate(["FROM gcr.io/distroless/static-debian12:nonroot", "COPY arena-server /app/arena-server",
                        "COPY config/maps /app/maps", "EXPOSE 7777/udp 8080/tcp", "ENTRYPOINT [\"/app/arena-server\"]"], 1):
    log("INFO", f"Step {i}/5 : {st}")
    log("INFO", f" ---> {hashlib.sha256(st.encode()).hexdigest()[:12]}")
log("INFO", f"Successfully built {hashlib.sha256(b'img').hexdigest()[:12]}")
log("INFO", f"pushed registry.internal/kapadokya/arena-server:3.14.2 digest: sha256:{hashlib.sha256(b'digest').hexdigest()}")
log("INFO", "helm upgrade arena-server charts/arena-server --namespace oyun-prod --set image.tag=3.14.2")
for r in ["eu-ist-1", "eu-ank-1", "eu-fra-1"]:
    log("INFO", f"rollout region={r}: 0/12 -> 12/12 pods ready")
log("WARN", "region=eu-fra-1: pod arena-server-7f9c-x2k restarted once (OOMKilled), memory limit 1536Mi")
log("INFO", "smoke test: 500 synthetic matches, p95 tick=16.4ms, errors=0")
log("INFO", f"pipeline #4127 finished: SUCCESS in {int((t - datetime(2024, 11, 20, 3, 12, 4)).total_seconds())}s")
with open(os.path.join(DATA, "sunucu_build_v3.14.2.log"), "w", encoding="utf-8") as f:
    f.write("\n".join(bl) + "\n")

# ------------------------------------------------------------------ truth
assert all(tc_valid(p["tc"]) for p in players if p["tc"])
luhn_orders = sum(luhn_ok(s["so"]) for s in purchases)
truth = {
    "brief": ("Kapadokya Oyun (Turkish mobile-games studio), export from its player-support vendor: MySQL dump of the "
              "player table (oyuncular) and in-app purchases (satin_almalar), client telemetry NDJSON, a Zendesk-style "
              "ticket CSV (semicolon, UTF-8 BOM, Turkish headers and free-text complaints), plus an item catalogue and a "
              "server build log as controls. All headers and values in Turkish."),
    "people": len(players) + len(TEMSILCI),
    "fields": {
        "oyun_destek_2024-11-21.sql": {
            "oyuncular.kullanici_adi": "username",
            "oyuncular.eposta": "email",
            "oyuncular.ad_soyad": "name",
            "oyuncular.tc_kimlik_no": "government_id",
            "oyuncular.dogum_tarihi": "date_of_birth",
            "oyuncular.cep_telefonu": "phone",
            "oyuncular.sehir": "location",
            "oyuncular.uyelik": "account_type",
            "oyuncular.kayit_tarihi": "activity",
            "oyuncular.son_giris": "activity",
            "satin_almalar.created_at": "activity",
        },
        "telemetri_2024-11-14_20.ndjson": {
            "ts": "activity",
            "session.id": "secret",
            "device.gaid": "device",
        },
        "destek_talepleri.csv": {
            "Oluşturulma Tarihi": "activity",
            "Kullanıcı Adı": "username",
            "Mesaj": sorted(msg_cats),
            "Atanan Temsilci": "name",
        },
    },
    "text": {},
    "controls": ["esya_katalogu.csv", "sunucu_build_v3.14.2.log"],
    "ambiguous": {
        "telemetri_2024-11-14_20.ndjson": ["event", "device.model", "device.os"],
        "oyun_destek_2024-11-21.sql": ["oyuncular.yas_dogrulandi"],
    },
    "lookalikes": {
        "oyun_destek_2024-11-21.sql": {
            "satin_almalar.siparis_no": f"16-digit order numbers, random; {luhn_orders} of {len(purchases)} pass Luhn by chance",
            "satin_almalar.son_4_hane": "card last four only (NULL for store/Papara payments)",
            "satin_almalar.odeme_yontemi": "payment method names",
            "oyuncular.elmas_bakiye": "in-game currency balance",
        },
        "telemetri_2024-11-14_20.ndjson": {"match.id": "UUID of a match", "ping": "latency ms", "fps": "frame rate"},
        "destek_talepleri.csv": {"Talep No": "ticket reference DST-nnnnnn", "Oyuncu ID": "internal numeric player id"},
        "esya_katalogu.csv": {"Mağaza SKU": "Play Store product ids", "Ürün Adı": "item names incl. 'VIP', 'Altın'"},
        "sunucu_build_v3.14.2.log": {"*": "commit SHA-1, sha256 digests, image ids, pod names"},
    },
    "notes": ("tc_kimlik_no is NULL for players who did not verify age (minors never verified); every non-NULL value "
              "has valid TC check digits 10 and 11. cep_telefonu mixes '05xx xxx xx xx' and '+90 5xx xxx xx xx'. "
              "Mesaj free text: some messages hold the player's e-mail, phone (various formats), full name (or a parent's "
              "name with the player's surname) or username; others hold only order numbers. Atanan Temsilci is the support "
              "agent's full name (staff person). player_id / Oyuncu ID / oyuncu_id are internal numeric ids (negatives)."),
}
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=2)
print("players", len(players), "purchases", len(purchases), "events", len(events), "tickets", len(tickets),
      "msg_cats", sorted(msg_cats), "luhn orders", luhn_orders)
