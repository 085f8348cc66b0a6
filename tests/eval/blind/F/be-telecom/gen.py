#!/usr/bin/env python3
"""Blind evaluation dump F/be-telecom: retail shop system export of a Belgian mobile operator.
Deterministic (seeded), stdlib + openpyxl. Writes data/ and truth.json."""
import csv
import datetime as dt
import io
import json
import os
import random
import shutil
import tarfile

import openpyxl
from openpyxl.styles import Font

SEED = 3204
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
if os.path.isdir(DATA):
    shutil.rmtree(DATA)
os.makedirs(DATA)


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


def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def ean13(body12):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body12))
    return body12 + str((10 - s % 10) % 10)


NL_M = ["Jan", "Pieter", "Tom", "Koen", "Bart", "Wim", "Dirk", "Jef", "Wouter", "Stijn", "Lucas", "Noah", "Kris",
        "Geert", "Filip", "Ruben", "Thomas", "Arne", "Jonas", "Luc", "Marc", "Patrick", "Mohamed", "Yusuf"]
NL_F = ["Lieve", "An", "Els", "Sofie", "Lotte", "Emma", "Marie", "Hilde", "Ingrid", "Sarah", "Nele", "Katrien",
        "Griet", "Ann", "Liesbeth", "Eline", "Fien", "Leen", "Inge", "Veerle", "Fatima", "Yasmina"]
NL_L = ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet",
        "Vermeulen", "Van den Broeck", "De Clercq", "Hermans", "Michiels", "Desmet", "Vandenberghe", "Van Damme",
        "Declercq", "De Backer", "Verstraete", "Van Acker", "Pauwels", "Coppens", "Lemmens", "De Vos", "Segers",
        "Verhoeven", "El Amrani", "Aydın", "Cools", "Wuyts", "Bogaert", "Van de Velde"]
FR_M = ["Jean", "Pierre", "Luc", "Julien", "Nicolas", "Olivier", "Michel", "Antoine", "Maxime", "Thomas", "Louis",
        "Benoît", "François", "Karim", "Mehdi", "Sébastien", "Christophe", "Arnaud"]
FR_F = ["Nathalie", "Isabelle", "Sophie", "Camille", "Manon", "Céline", "Françoise", "Julie", "Aurélie", "Marie",
        "Chloé", "Laetitia", "Amélie", "Élodie", "Sarah", "Nadia", "Inès", "Martine"]
FR_L = ["Dubois", "Lambert", "Dupont", "Martin", "Simon", "Laurent", "Leclercq", "Renard", "Lefèvre", "Mathieu",
        "François", "Denis", "Hubert", "Collard", "Gérard", "Lejeune", "Dumont", "Leroy", "Wauters", "Jacquet",
        "Henry", "Charlier", "Bertrand", "Benali", "Mahieu", "Dethier", "Massart"]
NL_PLACES = [("9000", "Gent"), ("9050", "Gentbrugge"), ("9030", "Mariakerke"), ("9820", "Merelbeke"), ("2000", "Antwerpen"),
             ("2018", "Antwerpen"), ("2100", "Deurne"), ("2800", "Mechelen"), ("3000", "Leuven"), ("3010", "Kessel-Lo"),
             ("8000", "Brugge"), ("9300", "Aalst"), ("3500", "Hasselt"), ("8500", "Kortrijk"), ("9100", "Sint-Niklaas"),
             ("1800", "Vilvoorde")]
FR_PLACES = [("1000", "Bruxelles"), ("1050", "Ixelles"), ("1060", "Saint-Gilles"), ("1180", "Uccle"),
             ("1200", "Woluwe-Saint-Lambert"), ("4000", "Liège"), ("4020", "Liège"), ("4100", "Seraing"),
             ("5000", "Namur"), ("6000", "Charleroi"), ("1300", "Wavre"), ("1348", "Louvain-la-Neuve"), ("7000", "Mons")]
NL_STR = ["Kerkstraat", "Stationsstraat", "Dorpsstraat", "Molenstraat", "Nieuwstraat", "Kapelstraat", "Brugsesteenweg",
          "Kortrijksesteenweg", "Veldstraat", "Lange Lozanastraat", "Turnhoutsebaan", "Tiensesteenweg", "Hoogstraat",
          "Schoolstraat", "Overpoortstraat", "Groenplaats"]
FR_STR = ["Rue de la Station", "Rue de l'Église", "Chaussée de Louvain", "Avenue Louise", "Rue du Moulin",
          "Rue Saint-Gilles", "Boulevard d'Avroy", "Rue de Fer", "Chaussée de Waterloo", "Rue des Carmes",
          "Avenue de la Toison d'Or", "Rue Haute", "Rue Neuve"]
GSM_PFX = ["0460", "0466", "0468", "0470", "0471", "0472", "0473", "0474", "0475", "0476", "0477", "0478", "0479",
           "0483", "0484", "0485", "0486", "0487", "0488", "0489", "0490", "0491", "0492", "0493", "0494", "0495",
           "0496", "0497", "0498", "0499", "0456"]
PLANS = ["Proximo Start 5GB", "Proximo Smart 30GB", "Proximo Smart 30GB", "Proximo Unlimited", "Proximo Family",
         "Prepaid Easy", "Prepaid Easy", "Proximo Business Pro"]
PLANS_FR = {"Proximo Start 5GB": "Proximo Start 5 Go", "Proximo Smart 30GB": "Proximo Smart 30 Go",
            "Proximo Unlimited": "Proximo Illimité", "Proximo Family": "Proximo Famille", "Prepaid Easy": "Prépayé Easy",
            "Proximo Business Pro": "Proximo Business Pro"}
SHOPS = [("W012", "Proximo Shop Gent Zuid", "Woodrow Wilsonplein 4", "9000", "Gent", "09 321 40 12", "nl"),
         ("W017", "Proximo Shop Antwerpen Meir", "Meir 78", "2000", "Antwerpen", "03 206 71 17", "nl"),
         ("W021", "Proximo Shop Leuven Bondgenoten", "Bondgenotenlaan 61", "3000", "Leuven", "016 40 21 21", "nl"),
         ("W033", "Proximo Shop Bruxelles Toison d'Or", "Avenue de la Toison d'Or 15", "1050", "Ixelles", "02 511 33 33", "fr"),
         ("W038", "Proximo Shop Liège Pont d'Avroy", "Rue Pont d'Avroy 22", "4000", "Liège", "04 221 38 38", "fr")]

used = set()


def gsm_raw():
    while True:
        v = R.choice(GSM_PFX) + "%06d" % R.randint(0, 999999)
        if v not in used:
            used.add(v)
            return v


def gsm_fmt(v):
    k = R.random()
    if k < 0.45:
        return "%s %s %s %s" % (v[:4], v[4:6], v[6:8], v[8:])
    if k < 0.65:
        return "+32 %s %s %s %s" % (v[1:4], v[4:6], v[6:8], v[8:])
    if k < 0.8:
        return "%s/%s.%s.%s" % (v[:4], v[4:6], v[6:8], v[8:])
    return v


def e164(v):
    return "+32" + v[1:]


def rrn(dob, male):
    while True:
        serial = R.randrange(1 if male else 2, 998, 2)
        base = dob.strftime("%y%m%d") + "%03d" % serial
        n = int(("2" + base) if dob.year >= 2000 else base)
        chk = 97 - n % 97
        v = base + "%02d" % chk
        if v not in used:
            used.add(v)
            return v


def rrn_fmt(v):
    return R.choice(["%s.%s.%s-%s.%s" % (v[:2], v[2:4], v[4:6], v[6:9], v[9:]), v, "%s %s %s" % (v[:6], v[6:9], v[9:])])


def eid_card():
    body = "%010d" % R.randint(5900000000, 5929999999)
    chk = int(body) % 97 or 97
    v = body + "%02d" % chk
    return "%s-%s-%s" % (v[:3], v[3:10], v[10:])


def iban_be():
    bank = R.choice(["001", "063", "068", "310", "363", "377", "380", "733", "734", "735", "737", "751", "973", "979", "523", "083"])
    acct = "%07d" % R.randint(0, 9999999)
    first10 = bank + acct
    nat = int(first10) % 97 or 97
    bban = first10 + "%02d" % nat
    num = int("".join(str(int(c, 36)) for c in bban + "BE00"))
    ck = 98 - num % 97
    s = "BE%02d%s" % (ck, bban)
    return " ".join(s[i:i + 4] for i in range(0, 16, 4))


TACS = ["35394311", "35290611", "35116784", "35467512", "86437106", "35205017", "35869810"]


def imei():
    b = R.choice(TACS) + "%06d" % R.randint(0, 999999)
    return b + luhn_digit(b)


def iccid():
    b = "893201" + "%012d" % R.randint(0, 10**12 - 1)
    return b + luhn_digit(b)


EXPORT = dt.datetime(2024, 6, 3, 7, 15)
customers = []
for i in range(176):
    fr = i % 3 == 2 or R.random() < 0.12
    male = R.random() < 0.5
    dob = dt.date(R.randint(1942, 2007), R.randint(1, 12), R.randint(1, 28))
    if fr:
        fn, ln = R.choice(FR_M if male else FR_F), R.choice(FR_L)
        plz, gem = R.choice(FR_PLACES)
        street = "%s %d" % (R.choice(FR_STR), R.randint(1, 240))
        shop = R.choice([s for s in SHOPS if s[6] == "fr"])
    else:
        fn, ln = R.choice(NL_M if male else NL_F), R.choice(NL_L)
        plz, gem = R.choice(NL_PLACES)
        street = "%s %d%s" % (R.choice(NL_STR), R.randint(1, 300), R.choice(["", "", "", " bus 2", "A", " bus 11"]))
        shop = R.choice([s for s in SHOPS if s[6] == "nl"])
    plan = R.choice(PLANS)
    em = None
    if R.random() < 0.85:
        loc = R.choice(["%s.%s" % (fn, ln), "%s%s" % (fn[0], ln), "%s.%s%d" % (fn, ln, dob.year % 100), "%s_%s" % (ln, fn)])
        loc = loc.lower().replace(" ", "").replace("é", "e").replace("è", "e").replace("ç", "c").replace("ı", "i").replace("ë", "e").replace("î", "i").replace("ô", "o").replace("'", "")
        em = loc + "@" + R.choice(["telenet.be", "gmail.com", "gmail.com", "hotmail.com", "skynet.be", "outlook.be",
                                   "proximus.be" if not fr else "voo.be", "live.be", "icloud.com"])
    c = {"pid": "klant:%d" % i, "nr": "K%07d" % (2000000 + i * 97 + R.randint(0, 90)), "fr": fr, "male": male, "fn": fn,
         "ln": ln, "dob": dob, "rrn": rrn(dob, male), "eid": eid_card() if R.random() < 0.8 else None, "street": street,
         "plz": plz, "gem": gem, "gsm": gsm_raw(), "email": em, "lang": "FR" if fr else R.choice(["NL", "NL", "NL", "EN"]),
         "plan": plan, "since": rdt(max(dt.datetime(2012, 1, 1), dt.datetime(dob.year + 16, dob.month, dob.day)), dt.datetime(2024, 5, 30)),
         "iban": iban_be() if not plan.startswith("Prepaid") else None, "shop": shop,
         "status": R.choices(["Actief", "Actief", "Actief", "Opgezegd", "Geblokkeerd"], [40, 30, 20, 7, 3])[0]}
    customers.append(c)

# ------------------------------------------------------------ XLSX with title rows
wb = openpyxl.Workbook()
ws_nl = wb.active
ws_nl.title = "Klanten NL"
ws_fr = wb.create_sheet("Clients FR")
ws_info = wb.create_sheet("Info")
HDR_NL = ["Klantnummer", "Naam", "Voornaam", "Rijksregisternummer", "eID-kaartnummer", "Geboortedatum", "Straat + nr",
          "Postcode", "Gemeente", "GSM-nummer", "E-mail", "Taal", "Abonnement", "Status", "Klant sinds",
          "IBAN domiciliëring", "Winkel"]
HDR_FR = ["N° client", "Nom", "Prénom", "N° registre national", "N° carte eID", "Date de naissance", "Adresse",
          "Code postal", "Localité", "GSM", "Courriel", "Langue", "Formule", "Statut", "Client depuis",
          "IBAN domiciliation", "Magasin"]
STAT_FR = {"Actief": "Actif", "Opgezegd": "Résilié", "Geblokkeerd": "Bloqué"}
for ws, title, hdr in ((ws_nl, "Proximo Mobile – Klantenexport winkels Vlaanderen", HDR_NL),
                       (ws_fr, "Proximo Mobile – Export clients magasins Bruxelles/Wallonie", HDR_FR)):
    ws.append([title])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["Gegenereerd op / Généré le 03/06/2024 07:15 – VERTROUWELIJK / CONFIDENTIEL"])
    ws.append([])
    ws.append(hdr)
    for cell in ws[4]:
        cell.font = Font(bold=True)
for c in customers:
    P.add(c["pid"], "name", "government_id", "date_of_birth", "location", "phone", "account_type", "activity")
    if c["email"]:
        P.add(c["pid"], "email")
    if c["iban"]:
        P.add(c["pid"], "bank_account")
    if c["fr"]:
        ws_fr.append([c["nr"], c["ln"].upper(), c["fn"], rrn_fmt(c["rrn"]), c["eid"], c["dob"], c["street"], c["plz"], c["gem"],
                      gsm_fmt(c["gsm"]), c["email"], c["lang"], PLANS_FR[c["plan"]], STAT_FR[c["status"]],
                      c["since"].date(), c["iban"], c["shop"][0]])
        ws_fr.cell(row=ws_fr.max_row, column=6).number_format = "DD/MM/YYYY"
        ws_fr.cell(row=ws_fr.max_row, column=15).number_format = "DD/MM/YYYY"
    else:
        ws_nl.append([c["nr"], c["ln"], c["fn"], rrn_fmt(c["rrn"]), c["eid"], c["dob"], c["street"], c["plz"], c["gem"],
                      gsm_fmt(c["gsm"]), c["email"], c["lang"], c["plan"], c["status"], c["since"].date(), c["iban"],
                      c["shop"][0]])
        ws_nl.cell(row=ws_nl.max_row, column=6).number_format = "DD/MM/YYYY"
        ws_nl.cell(row=ws_nl.max_row, column=15).number_format = "DD/MM/YYYY"
for ws in (ws_nl, ws_fr):
    for col, wdt in zip("ABCDEFGHIJKLMNOPQ", [11, 16, 12, 17, 16, 12, 28, 9, 20, 17, 30, 6, 22, 11, 12, 22, 8]):
        ws.column_dimensions[col].width = wdt
for row in [["Parameter", "Waarde"], ["Rapport", "KLANT_EXPORT_WINKEL v3"], ["Regio", "Alle winkels"],
            ["Aantal klanten NL", sum(1 for c in customers if not c["fr"])], ["Aantal clients FR", sum(1 for c in customers if c["fr"])],
            ["Bron", "POS Retail Suite 8.4 / CRM"], ["Bewaartermijn", "30 dagen (GDPR art. 5.1.e)"]]:
    ws_info.append(row)
XLSX = "klantenexport_winkels_2024-06-03.xlsx"
wb.properties.creator = "POS Retail Suite 8.4"
wb.properties.created = dt.datetime(2024, 6, 3, 5, 15, 2)
_buf = io.BytesIO()
wb.save(_buf)
# re-pack with fixed timestamps so the file is byte-for-byte reproducible
import re as _re  # noqa: E402
import zipfile  # noqa: E402
with zipfile.ZipFile(io.BytesIO(_buf.getvalue())) as zin, zipfile.ZipFile(os.path.join(DATA, XLSX), "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        b = zin.read(item.filename)
        if item.filename == "docProps/core.xml":
            b = _re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2024-06-03T05:15:02Z", b)
        zi = zipfile.ZipInfo(item.filename, date_time=(2024, 6, 3, 7, 15, 2))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zout.writestr(zi, b)

# ------------------------------------------------------------ daily sales CSVs in a tar.gz
PRODUCTS = [("iPhone 15 128GB Zwart", 969.00, True), ("iPhone 15 Pro 256GB Naturel titanium", 1379.00, True),
            ("Samsung Galaxy S24 256GB", 949.00, True), ("Samsung Galaxy A55 5G 128GB", 479.00, True),
            ("Samsung Galaxy A15 128GB", 199.00, True), ("Xiaomi Redmi Note 13 256GB", 279.00, True),
            ("OPPO A79 5G", 249.00, True), ("Nokia G22", 179.00, True),
            ("SIM-kaart Proximo (triple cut)", 0.00, False), ("Prepaid herlaadkaart 15 EUR", 15.00, False),
            ("Prepaid herlaadkaart 25 EUR", 25.00, False), ("Hoesje silicone transparant", 19.99, False),
            ("USB-C lader 25W", 24.99, False), ("Screenprotector gehard glas", 14.99, False),
            ("Bluetooth oortjes JBL Tune", 49.99, False), ("Powerbank 10000 mAh", 29.99, False)]
EANS = {p[0]: ean13("54%010d" % R.randint(0, 10**10 - 1)) for p in PRODUCTS}
SELLERS = {s[0]: ["V%04d" % R.randint(1000, 1999) for _ in range(R.randint(3, 5))] for s in SHOPS}
by_shop = {s[0]: [c for c in customers if c["shop"][0] == s[0]] for s in SHOPS}
members = {}
flags = {}
sales_rows_customers = set()
sold_devices = []
days = [dt.date(2024, 5, d) for d in range(2, 32) if dt.date(2024, 5, d).weekday() != 6][:12]
for day in days:
    rows = []
    for s in SHOPS:
        for _ in range(R.randint(8, 20)):
            t = dt.datetime.combine(day, dt.time(R.randint(9, 17), R.randint(0, 59), R.randint(0, 59)))
            ticket = "%s%s%05d" % (s[0][1:], day.strftime("%y%m%d"), R.randint(0, 99999))
            cust = R.choice(by_shop[s[0]]) if R.random() < 0.6 else None
            seller = R.choice(SELLERS[s[0]])
            kassa = R.choice(["K1", "K2", "K3"])
            pay = R.choice(["Bancontact", "Bancontact", "Visa", "Mastercard", "Contant", "Payconiq", "Maestro"])
            last4 = "%04d" % R.randint(0, 9999) if pay in ("Bancontact", "Visa", "Mastercard", "Maestro") else ""
            items = R.sample(PRODUCTS, R.randint(1, 3))
            if cust is None:
                items = [p for p in items if not p[2]] or [PRODUCTS[-1]]
            for p in items:
                dev = imei() if p[2] else ""
                sim = ""
                msisdn = ""
                if p[0].startswith("SIM") and cust:
                    sim = iccid()
                    msisdn = gsm_fmt(cust["gsm"]) if R.random() < 0.6 else gsm_fmt(gsm_raw())
                    sold_devices.append((t, cust, "sim", sim, msisdn))
                if dev and cust:
                    sold_devices.append((t, cust, "toestel", dev, None))
                qty = 1 if p[2] or p[0].startswith("SIM") else R.choice([1, 1, 1, 2])
                rows.append([ticket, t.strftime("%d/%m/%Y %H:%M:%S"), s[0], kassa, seller, cust["nr"] if cust else "",
                             EANS[p[0]], p[0], qty, ("%.2f" % p[1]).replace(".", ","), ("%.2f" % (p[1] * qty)).replace(".", ","),
                             pay, last4, dev, sim, msisdn])
                if cust:
                    P.add(cust["pid"], "activity")
                    if dev:
                        P.add(cust["pid"], "device")
                    if msisdn:
                        P.add(cust["pid"], "phone")
    rows.sort(key=lambda r: (r[2], r[1]))
    present = {"tijdstip": "activity"}
    if any(r[13] and r[5] for r in rows):
        present["imei"] = "device"
    if any(r[15] for r in rows):
        present["msisdn"] = "phone"
    flags["verkoop_%s.csv" % day.isoformat()] = present
    buf = io.StringIO()
    cw = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    cw.writerow(["ticketnr", "tijdstip", "winkel", "kassa", "verkoper", "klantnummer", "ean", "omschrijving", "aantal",
                 "eenheidsprijs", "totaal", "betaalwijze", "kaart_laatste4", "imei", "sim_iccid", "msisdn"])
    cw.writerows(rows)
    members["verkoop_%s.csv" % day.isoformat()] = buf.getvalue().encode("utf-8")
TAR = "dagverkoop_2024-05.tar.gz"
import gzip  # noqa: E402
_tbuf = io.BytesIO()
with tarfile.open(fileobj=_tbuf, mode="w", format=tarfile.GNU_FORMAT) as tf:
    for name in sorted(members):
        ti = tarfile.TarInfo("dagverkoop/" + name)
        ti.size = len(members[name])
        ti.mtime = int(dt.datetime.strptime(name[8:18], "%Y-%m-%d").replace(tzinfo=dt.timezone.utc).timestamp()) + 22 * 3600
        ti.uname, ti.gname, ti.mode = "posexport", "retail", 0o640
        tf.addfile(ti, io.BytesIO(members[name]))
with open(os.path.join(DATA, TAR), "wb") as _f:
    with gzip.GzipFile(filename="", mode="wb", fileobj=_f, mtime=int(dt.datetime(2024, 6, 1, 2, 0, tzinfo=dt.timezone.utc).timestamp())) as gz:
        gz.write(_tbuf.getvalue())

# ------------------------------------------------------------ activation log (text)
log = []
OPERATORS = {s[0]: SELLERS[s[0]] for s in SHOPS}
for t, cust, kind, ident, msisdn in sold_devices:
    host = "pos-%s-%s" % (cust["shop"][0].lower(), R.choice(["01", "02"]))
    op = R.choice(OPERATORS[cust["shop"][0]])
    t2 = t + dt.timedelta(seconds=R.randint(30, 600))
    ms = "%03d" % R.randint(0, 999)
    if kind == "sim":
        P.add(cust["pid"], "phone", "activity", "government_id", "account_type")
        e = "+32" + "".join(ch for ch in msisdn if ch.isdigit())[-9:]
        log.append(t2.strftime("%Y-%m-%d %H:%M:%S.") + ms + " DEBUG [%s] eid.reader: kaart gelezen rrn=%s kaartnr=%s geldig_tot=%s"
                   % (host, cust["rrn"], cust["eid"] or "-", (t2 + dt.timedelta(days=R.randint(200, 3000))).strftime("%d.%m.%Y")))
        t2 += dt.timedelta(seconds=R.randint(20, 200))
        if R.random() < 0.3:
            donor = R.choice(["Proximus", "Orange Belgium", "Telenet/BASE", "Mobile Vikings"])
            log.append(t2.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % R.randint(0, 999) +
                       " INFO  [%s] porting.request: nummerbehoud aangevraagd msisdn=%s donor=\"%s\" klant=%s operator=%s crdc_ref=P%09d"
                       % (host, e, donor, cust["nr"], op, R.randint(0, 999999999)))
            t2 += dt.timedelta(seconds=R.randint(5, 60))
        log.append(t2.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % R.randint(0, 999) +
                   " INFO  [%s] activation.sim: OK klant=%s msisdn=%s iccid=%s tariefplan=\"%s\" operator=%s"
                   % (host, cust["nr"], e, ident, cust["plan"], op))
    else:
        P.add(cust["pid"], "device", "activity")
        log.append(t2.strftime("%Y-%m-%d %H:%M:%S.") + ms + " INFO  [%s] device.register: toestel gekoppeld klant=%s imei=%s garantie_tot=%s operator=%s"
                   % (host, cust["nr"], ident, (t.date() + dt.timedelta(days=730)).isoformat(), op))
for day in days:
    for s in SHOPS:
        t = dt.datetime.combine(day, dt.time(8, R.randint(40, 58), R.randint(0, 59)))
        log.append(t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d INFO  [pos-%s-01] pos.daystart: kassa geopend fondsen=150,00 EUR" % (R.randint(0, 999), s[0].lower()))
        t = dt.datetime.combine(day, dt.time(18, R.randint(5, 30), R.randint(0, 59)))
        log.append(t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d INFO  [pos-%s-01] export.daily: verkoop_%s.csv geschreven" % (R.randint(0, 999), s[0].lower(), day.isoformat()))
        if R.random() < 0.3:
            t = dt.datetime.combine(day, dt.time(R.randint(10, 17), R.randint(0, 59), R.randint(0, 59)))
            log.append(t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d WARN  [pos-%s-02] payment.terminal: Worldline timeout na 45000 ms, opnieuw proberen" % (R.randint(0, 999), s[0].lower()))
log.sort()
with open(os.path.join(DATA, "pos-activaties.log"), "w", encoding="utf-8") as f:
    f.write("\n".join(log) + "\n")

# ------------------------------------------------------------ YAML config
ctc = {"pid": "staff:escalatie", "name": "Pieter Janssens", "gsm": gsm_fmt(gsm_raw()), "mail": "pieter.janssens@proximo-mobile.be"}
P.add(ctc["pid"], "name", "phone", "email")


def tok(n, a="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(a) for _ in range(n))


yml = ["# POS Retail Suite – configuratie winkelnetwerk Proximo Mobile", "# versie 8.4.2, uitgerold 2024-04-22", "",
       "omgeving: productie", "taal_standaard: nl-BE", "talen: [nl-BE, fr-BE, en]", "",
       "database:", "  host: pos-db.retail.proximo.internal", "  poort: 5432", "  naam: posretail",
       "  gebruiker: pos_app", "  wachtwoord: \"%s\"" % tok(18, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!$%&"), "",
       "betaalterminal:", "  leverancier: worldline", "  merchant_id: \"%d\"" % R.randint(10**9, 10**10 - 1),
       "  api_key: %s" % ("wl_live_" + tok(40)), "  timeout_ms: 45000", "",
       "activatie_api:", "  url: https://bss-gw.proximo.internal/activation/v2",
       "  client_id: pos-retail", "  client_secret: %s" % tok(48), "",
       "eid:", "  lezer: ACS ACR39U", "  bewaar_foto: false", "  middleware: beid 5.1.16", "",
       "export:", "  dagverkoop_pad: /srv/export/dagverkoop", "  sftp_host: sftp.proximo-retail.be",
       "  sftp_user: posexport", "  sftp_private_key: |",
       "    -----BEGIN OPENSSH PRIVATE KEY-----"]
import base64  # noqa: E402
k = base64.b64encode(bytes(R.getrandbits(8) for _ in range(300))).decode()
yml += ["    " + k[i:i + 70] for i in range(0, len(k), 70)]
yml += ["    -----END OPENSSH PRIVATE KEY-----", "", "winkels:"]
for s in SHOPS:
    yml += ["  - code: %s" % s[0], "    naam: \"%s\"" % s[1], "    taal: %s" % s[6], "    kassa's: 3"]
yml += ["", "support:", "  helpdesk: +32 2 790 40 40", "  helpdesk_mail: retail-support@proximo-mobile.be",
        "  escalatie:", "    naam: %s" % ctc["name"], "    gsm: \"%s\"" % ctc["gsm"], "    mail: %s" % ctc["mail"], ""]
with open(os.path.join(DATA, "pos_config.yaml"), "w", encoding="utf-8") as f:
    f.write("\n".join(yml))

# ------------------------------------------------------------ control: shops
with open(os.path.join(DATA, "winkels.csv"), "w", encoding="utf-8", newline="") as f:
    cw = csv.writer(f, delimiter=";")
    cw.writerow(["winkelcode", "naam", "adres", "postcode", "gemeente", "telefoon", "taal", "openingsuren"])
    for s in SHOPS:
        cw.writerow([s[0], s[1], s[2], s[3], s[4], s[5], s[6].upper(), "ma-za 10:00-18:30"])

# ------------------------------------------------------------ truth
truth = {
    "brief": "Proximo Mobile (Belgian mobile operator) retail shop system export: an XLSX customer export with two "
             "title rows above the header (sheet 'Klanten NL' in Dutch, sheet 'Clients FR' in French, plus an 'Info' "
             "sheet), a tar.gz of daily sales CSVs (semicolon, decimal comma) with customer numbers, IMEIs of sold "
             "handsets and activated MSISDNs, the POS activation log, the POS YAML config and a control list of shops. "
             "Dutch/French; Belgian rijksregisternummer/numéro de registre national (mod-97), eID card numbers, "
             "Belgian GSM numbers 04xx xx xx xx / +32, Belgian IBANs.",
    "people": P.count(),
    "people_by_category": P.by_cat(),
    "fields": {
        XLSX: {
            "Naam": "name", "Voornaam": "name", "Rijksregisternummer": "government_id", "eID-kaartnummer": "government_id",
            "Geboortedatum": "date_of_birth", "Straat + nr": "location", "Postcode": "location", "Gemeente": "location",
            "GSM-nummer": "phone", "E-mail": "email", "Abonnement": "account_type", "Status": "account_type",
            "Klant sinds": "activity", "IBAN domiciliëring": "bank_account",
            "Nom": "name", "Prénom": "name", "N° registre national": "government_id", "N° carte eID": "government_id",
            "Date de naissance": "date_of_birth", "Adresse": "location", "Code postal": "location", "Localité": "location",
            "GSM": "phone", "Courriel": "email", "Formule": "account_type", "Statut": "account_type",
            "Client depuis": "activity", "IBAN domiciliation": "bank_account",
        },
        "pos_config.yaml": {
            "database.wachtwoord": "secret", "betaalterminal.api_key": "secret", "activatie_api.client_secret": "secret",
            "export.sftp_private_key": "secret", "support.escalatie.naam": "name", "support.escalatie.gsm": "phone",
            "support.escalatie.mail": "email",
        },
    },
    "text": {"pos-activaties.log": ["phone", "device", "government_id", "account_type", "activity"]},
    "controls": ["winkels.csv"],
    "ambiguous": {
        XLSX: ["Taal", "Langue"],
        "pos_config.yaml": ["export.sftp_user", "betaalterminal.merchant_id"],
    },
    "lookalikes": {
        XLSX: {"Klantnummer": "customer numbers K+7 digits", "N° client": "customer numbers",
               "Winkel": "shop codes Wnnn", "Magasin": "shop codes Wnnn"},
        "pos_config.yaml": {"support.helpdesk": "company helpdesk number", "support.helpdesk_mail": "team mailbox",
                            "winkels": "shop list"},
        "winkels.csv": {"telefoon": "shop landline numbers (business, not personal)", "adres": "shop addresses"},
        "pos-activaties.log": {"iccid=": "SIM ICCIDs (19 digits, Luhn valid)", "crdc_ref=": "porting references",
                               "operator=": "seller codes Vnnnn", "garantie_tot=": "warranty end dates"},
    },
    "notes": ("People = %d customers (NL sheet %d, FR sheet %d) + 1 escalation contact in pos_config.yaml. Anonymous "
              "walk-in sales (empty klantnummer: accessories, recharge cards) are not people. Sellers appear only as "
              "codes (verkoper/operator=Vnnnn). In the sales CSVs msisdn is the number activated on a sold SIM (about "
              "40%% are new numbers of the same customer) and imei the handset sold to the customer; tijdstip is the "
              "sale time (activity when klantnummer is set). Rijksregisternummer is written in three styles "
              "(85.07.30-033.28 / 85073003328 / 850730 033 28); births from 2000 use the 2-prefixed mod-97 rule.")
             % (len(customers), sum(1 for c in customers if not c["fr"]), sum(1 for c in customers if c["fr"])),
}
for name in sorted(members):
    truth["fields"][TAR + "!dagverkoop/" + name] = dict(flags[name])
    truth["lookalikes"][TAR + "!dagverkoop/" + name] = {
        "ticketnr": "13-digit ticket numbers", "ean": "EAN-13 barcodes (valid check digit)",
        "kaart_laatste4": "card last four digits", "sim_iccid": "SIM ICCIDs (Luhn valid)", "verkoper": "seller codes",
        "klantnummer": "customer numbers"}
    truth["ambiguous"][TAR + "!dagverkoop/" + name] = ["sim_iccid"]
for name in list(truth["lookalikes"]):
    if name.startswith(TAR):
        truth["lookalikes"][name].pop("sim_iccid")
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=2)
print(json.dumps({"people": truth["people"], "by_cat": truth["people_by_category"]}, indent=1))
for fn in sorted(os.listdir(DATA)):
    print(fn, os.path.getsize(os.path.join(DATA, fn)))
