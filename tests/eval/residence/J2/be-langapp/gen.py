#!/usr/bin/env python3
"""Generator for the J2 blind dump: Lingomo (Polyglotte SRL, Brussels), a Belgian
language-learning app. Writes data/ (mysqldump of the app database, semicolon CSV of
tutors, one week of NDJSON product events, XLSX of partner schools, JSON course
catalogue) and truth.json. Deterministic; standard library + openpyxl.
"""
import csv
import io
import json
import os
import random
import string
import unicodedata
import uuid
from datetime import date, datetime, timedelta, timezone

import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment

SEED = 4177
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
os.makedirs(DATA, exist_ok=True)
UTC = timezone.utc
NOW = datetime(2024, 11, 30, 3, 15, tzinfo=UTC)

# ----------------------------------------------------------------------------
# countries
# ----------------------------------------------------------------------------
FR_NAME = {"BE": "Belgique", "FR": "France", "NL": "Pays-Bas", "DE": "Allemagne", "LU": "Luxembourg",
           "ES": "Espagne", "IT": "Italie", "GB": "Royaume-Uni", "CH": "Suisse", "PL": "Pologne",
           "PT": "Portugal", "IE": "Irlande", "AT": "Autriche"}
NL_NAME = {"BE": "België", "FR": "Frankrijk", "NL": "Nederland", "DE": "Duitsland", "LU": "Luxemburg",
           "ES": "Spanje", "IT": "Italië", "GB": "Verenigd Koninkrijk", "CH": "Zwitserland", "PL": "Polen",
           "PT": "Portugal", "IE": "Ierland", "AT": "Oostenrijk"}

# cities: country -> [(ville as a French-UI user writes it, postal code pattern, street template list)]
CITIES = {
    "BE": [("Bruxelles", ["1000"], "fr"), ("Ixelles", ["1050"], "fr"), ("Schaerbeek", ["1030"], "fr"),
           ("Uccle", ["1180"], "fr"), ("Etterbeek", ["1040"], "fr"), ("Woluwe-Saint-Lambert", ["1200"], "fr"),
           ("Liège", ["4000", "4020"], "fr"), ("Namur", ["5000"], "fr"), ("Charleroi", ["6000"], "fr"),
           ("Mons", ["7000"], "fr"), ("Louvain-la-Neuve", ["1348"], "fr"), ("Wavre", ["1300"], "fr"),
           ("Gent", ["9000"], "nl"), ("Antwerpen", ["2000", "2018"], "nl"), ("Leuven", ["3000"], "nl"),
           ("Brugge", ["8000"], "nl"), ("Hasselt", ["3500"], "nl"), ("Mechelen", ["2800"], "nl"),
           ("Arlon", ["6700"], "fr"), ("Tournai", ["7500"], "fr")],
    "FR": [("Paris", ["75011", "75018", "75015", "75020"], "fx"), ("Lille", ["59000", "59800"], "fx"),
           ("Lyon", ["69003", "69007"], "fx"), ("Strasbourg", ["67000"], "fx"), ("Nantes", ["44000"], "fx"),
           ("Bordeaux", ["33000"], "fx"), ("Toulouse", ["31000"], "fx"), ("Roubaix", ["59100"], "fx"),
           ("Metz", ["57000"], "fx"), ("Reims", ["51100"], "fx")],
    "NL": [("Maastricht", ["6211", "6221"], "nl"), ("Amsterdam", ["1012", "1072"], "nl"), ("Rotterdam", ["3011"], "nl"),
           ("Utrecht", ["3511"], "nl"), ("Eindhoven", ["5611"], "nl"), ("Breda", ["4811"], "nl")],
    "DE": [("Köln", ["50667", "50823"], "de"), ("Aachen", ["52062"], "de"), ("Berlin", ["10435", "10999"], "de"),
           ("Hamburg", ["20357"], "de"), ("München", ["80331"], "de"), ("Düsseldorf", ["40213"], "de")],
    "LU": [("Luxembourg", ["L-1130", "L-2449", "L-1724"], "lu"), ("Esch-sur-Alzette", ["L-4001"], "lu"),
           ("Differdange", ["L-4540"], "lu")],
    "ES": [("Madrid", ["28004", "28012"], "es"), ("Barcelona", ["08012"], "es"), ("Valencia", ["46001"], "es")],
    "IT": [("Milano", ["20121"], "it"), ("Roma", ["00184"], "it"), ("Torino", ["10121"], "it")],
    "GB": [("London", ["EC1V 2NX", "N16 8JH", "SE15 4QL"], "gb"), ("Manchester", ["M14 5RG"], "gb")],
    "CH": [("Genève", ["1204"], "ch"), ("Lausanne", ["1003"], "ch")],
    "PL": [("Warszawa", ["00-950", "02-517"], "pl"), ("Kraków", ["31-042"], "pl")],
}
STREETS = {
    "fr": ["Rue de la Loi", "Avenue Louise", "Rue Haute", "Chaussée d'Ixelles", "Rue du Midi", "Boulevard d'Avroy",
           "Rue Saint-Gilles", "Rue de Fer", "Avenue des Nerviens", "Rue des Martyrs", "Rue Royale",
           "Rue Vanderkindere", "Place Flagey", "Rue du Tilleul", "Chaussée de Wavre"],
    "fx": ["rue des Martyrs", "rue Oberkampf", "boulevard Voltaire", "rue de la République", "avenue Jean Jaurès",
           "rue Nationale", "rue Victor Hugo", "rue Solférino", "cours Lafayette", "rue du Faubourg Saint-Antoine"],
    "ch": ["Rue de Carouge", "Boulevard Carl-Vogt", "Avenue de la Gare", "Rue de Bourg"],
    "nl": ["Kerkstraat", "Stationsstraat", "Molenstraat", "Nieuwstraat", "Dorpstraat", "Veldstraat",
           "Meir", "Brugse Poort", "Bondgenotenlaan", "Wilhelminasingel"],
    "de": ["Hauptstraße", "Bahnhofstraße", "Schillerstraße", "Goethestraße", "Lindenallee", "Venloer Straße"],
    "lu": ["Rue de Hollerich", "Avenue de la Gare", "Rue de l'Alzette", "Boulevard Royal"],
    "es": ["Calle Mayor", "Calle de Alcalá", "Carrer de Mallorca", "Avenida del Puerto"],
    "it": ["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Via Torino"],
    "gb": ["Albert Street", "Church Lane", "Victoria Road", "Stoke Newington High Street"],
    "pl": ["ul. Marszałkowska", "ul. Długa", "ul. Floriańska"],
}


def street_line(style):
    s = R.choice(STREETS[style])
    n = R.randint(1, 240)
    if style in ("fx", "lu"):
        return "%d%s %s" % (n, R.choice(["", "", "", " bis"]), s)
    if style in ("fr", "nl", "de", "ch", "pl"):
        return "%s %d%s" % (s, n, R.choice(["", "", "", "/%d" % R.randint(1, 12), " bte %d" % R.randint(1, 9)] if style == "fr" else ["", "", "b"]))
    if style == "es":
        return "%s, %d, %dº %s" % (s, n, R.randint(1, 8), R.choice("ABCD"))
    if style == "it":
        return "%s %d" % (s, n)
    return "%d %s" % (n, s)


def postal(cc, pats):
    p = R.choice(pats)
    if cc == "NL":
        return p + " " + R.choice("ABCDEGHJKLMNPRSTVWXZ") + R.choice("ABCDEGHJKLMNPRSTVWXZ")
    return p


# ----------------------------------------------------------------------------
# names
# ----------------------------------------------------------------------------
NAMES = {
    "BE": (["Lucas", "Louis", "Noah", "Arthur", "Jules", "Victor", "Emma", "Louise", "Olivia", "Elise", "Marie",
            "Camille", "Nathalie", "Sophie", "Thomas", "Maxime", "Laura", "Julie", "Sarah", "Inès", "Mehdi",
            "Yasmine", "Youssef", "Lotte", "Fien", "Jens", "Wout", "Lieze", "Bram", "Sander", "Hanne", "Ruben"],
           ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters",
            "De Smet", "Dubois", "Lambert", "Dupont", "Martin", "Simon", "Leclercq", "Lejeune", "Renard",
            "Collard", "Mathieu", "Vandenberghe", "Van den Broeck", "El Amrani", "Benali", "Hermans",
            "Michiels", "Declercq", "Vermeulen", "Lemaire", "Denis", "François", "Delvaux"]),
    "FR": (["Léa", "Chloé", "Manon", "Camille", "Inès", "Hugo", "Théo", "Nathan", "Enzo", "Clément",
            "Mathilde", "Pauline", "Antoine", "Julien", "Céline", "Aurélie", "Karim", "Sofiane"],
           ["Bernard", "Petit", "Durand", "Leroy", "Moreau", "Laurent", "Lefebvre", "Michel", "Garcia",
            "Roux", "Fournier", "Girard", "Bonnet", "Mercier", "Blanc", "Guerin", "Chevalier", "Haddad"]),
    "NL": (["Sanne", "Lotte", "Femke", "Daan", "Sem", "Thijs", "Jasper", "Anouk", "Eva", "Bas", "Joris", "Noor"],
           ["de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
            "Bos", "Vos", "Hendriks"]),
    "DE": (["Lukas", "Jonas", "Leon", "Finn", "Anna", "Lena", "Lea", "Hannah", "Katharina", "Julia", "Tobias",
            "Felix", "Sabine", "Jürgen", "Maximilian", "Sophie"],
           ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
            "Hoffmann", "Koch", "Richter", "Schröder", "Krüger"]),
    "LU": (["Luc", "Claude", "Sandrine", "Joëlle", "Tom", "Laura", "Ben", "Mia"],
           ["Schmit", "Muller", "Weber", "Hoffmann", "Wagner", "Thill", "Reuter", "Kremer"]),
    "ES": (["Lucía", "Sofía", "Martina", "Pablo", "Hugo", "Alejandro", "Carmen", "Javier", "Elena", "Sergio"],
           ["García Fernández", "Martínez López", "Sánchez Pérez", "González Ruiz", "Rodríguez Díaz",
            "López Moreno", "Navarro Gil", "Romero Torres"]),
    "IT": (["Giulia", "Francesca", "Chiara", "Alessandro", "Lorenzo", "Matteo", "Federica", "Marco", "Valentina"],
           ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino"]),
    "GB": (["Oliver", "Harry", "Amelia", "Isla", "Freya", "Charlotte", "James", "William", "Eleanor"],
           ["Smith", "Jones", "Taylor", "Davies", "Evans", "Walker", "Wright", "Hughes", "Clarke"]),
    "IE": (["Aoife", "Niamh", "Ciarán", "Seán", "Orla", "Conor"], ["Byrne", "Kelly", "O'Connor", "Murphy", "Walsh", "Doyle"]),
    "CH": (["Noémie", "Loïc", "Céline", "Yannick"], ["Favre", "Rochat", "Bonvin", "Rey"]),
    "PL": (["Katarzyna", "Agnieszka", "Piotr", "Tomasz", "Magdalena", "Paweł", "Zofia"],
           ["Nowak", "Kowalska", "Wiśniewska", "Wójcik", "Kamiński", "Lewandowski", "Zielińska"]),
    "PT": (["João", "Inês", "Beatriz", "Tiago", "Rita", "Diogo"], ["Ferreira", "Silva", "Santos", "Oliveira", "Pereira", "Costa"]),
    "AT": (["Florian", "Magdalena", "Lukas", "Theresa", "Sebastian"], ["Gruber", "Huber", "Bauer", "Wagner", "Pichler"]),
}
GENERIC_MAIL = ["gmail.com"] * 8 + ["hotmail.com", "outlook.com", "outlook.com", "yahoo.com", "icloud.com", "protonmail.com"]
CC_MAIL = {"BE": ["skynet.be", "telenet.be", "proximus.be", "live.be"], "FR": ["orange.fr", "free.fr", "hotmail.fr", "sfr.fr", "laposte.net"],
           "NL": ["ziggo.nl", "kpnmail.nl", "live.nl"], "DE": ["gmx.de", "web.de", "t-online.de"], "LU": ["pt.lu"],
           "ES": ["hotmail.es", "telefonica.net"], "IT": ["libero.it", "alice.it"], "GB": ["yahoo.co.uk", "btinternet.com"],
           "CH": ["bluewin.ch"], "PL": ["wp.pl", "o2.pl"], "PT": ["sapo.pt"], "IE": ["eircom.net"], "AT": ["gmx.at", "aon.at"]}
TLD_CC = {"be": "BE", "fr": "FR", "nl": "NL", "de": "DE", "lu": "LU", "es": "ES", "it": "IT", "uk": "GB", "ch": "CH",
          "pl": "PL", "pt": "PT", "ie": "IE", "at": "AT"}


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def slug(s):
    return "".join(c for c in fold(s).lower() if c.isalnum())


def email_cc(e):
    return TLD_CC.get(e.rsplit(".", 1)[1])


# ----------------------------------------------------------------------------
# phones (international form unless national=True)
# ----------------------------------------------------------------------------
def dg(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def phone(cc, national=False, style=None):
    style = style or R.choice(["spaced"] * 6 + ["compact"] * 2 + ["00"])
    if cc == "BE":
        parts = ["4" + R.choice("789") + dg(1), dg(2), dg(2), dg(2)]
        nat = "0" + " ".join(parts)
        cc_code = "32"
    elif cc == "FR":
        parts = [R.choice("67"), dg(2), dg(2), dg(2), dg(2)]
        nat = "0" + " ".join(parts)
        cc_code = "33"
    elif cc == "NL":
        parts = ["6", dg(8)]
        nat = "06-" + parts[1]
        cc_code = "31"
    elif cc == "DE":
        parts = ["1" + R.choice(["51", "52", "57", "60", "70", "71", "76"]), dg(R.choice([7, 8]))]
        nat = "0" + parts[0] + " " + parts[1]
        cc_code = "49"
    elif cc == "LU":
        parts = [R.choice(["621", "661", "691"]), dg(3), dg(3)]
        nat = " ".join(parts)
        cc_code = "352"
    elif cc == "ES":
        parts = ["6" + dg(2), dg(3), dg(3)]
        nat = " ".join(parts)
        cc_code = "34"
    elif cc == "IT":
        parts = ["3" + R.choice(["20", "28", "33", "35", "39", "40", "47", "48"]), dg(3), dg(4)]
        nat = " ".join(parts)
        cc_code = "39"
    elif cc == "GB":
        parts = ["7" + R.choice("45789") + dg(2), dg(6)]
        nat = "0" + " ".join(parts)
        cc_code = "44"
    elif cc == "CH":
        parts = ["7" + R.choice("6789"), dg(3), dg(2), dg(2)]
        nat = "0" + " ".join(parts)
        cc_code = "41"
    elif cc == "PL":
        parts = [R.choice("5678") + dg(2), dg(3), dg(3)]
        nat = " ".join(parts)
        cc_code = "48"
    elif cc == "PT":
        parts = ["9" + R.choice("1236") + dg(1), dg(3), dg(3)]
        nat = " ".join(parts)
        cc_code = "351"
    elif cc == "IE":
        parts = ["8" + R.choice("35679"), dg(3), dg(4)]
        nat = "0" + " ".join(parts)
        cc_code = "353"
    elif cc == "AT":
        parts = ["6" + R.choice(["50", "60", "64", "76", "99"]), dg(7)]
        nat = "0" + " ".join(parts)
        cc_code = "43"
    else:
        raise ValueError(cc)
    if national:
        return nat
    if style == "compact":
        return "+" + cc_code + "".join(parts)
    if style == "00":
        return "00" + cc_code + " " + " ".join(parts)
    return "+" + cc_code + " " + " ".join(parts)


# ----------------------------------------------------------------------------
# IBAN
# ----------------------------------------------------------------------------
def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def make_iban(cc):
    if cc == "BE":
        base = dg(10)
        chk = int(base) % 97 or 97
        bban = base + "%02d" % chk
    elif cc == "FR":
        bank, branch, acct = dg(5), dg(5), dg(11)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
        bban = bank + branch + acct + "%02d" % key
    elif cc == "ES":
        bank, branch, acct = R.choice(["2100", "0049", "0182", "2085"]), dg(4), dg(10)
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

        def c(d):
            v = 11 - sum(int(x) * y for x, y in zip(d, w)) % 11
            return {11: 0, 10: 1}.get(v, v)
        bban = bank + branch + "%d%d" % (c("00" + bank + branch), c(acct)) + acct
    elif cc == "DE":
        bban = R.choice(["37050198", "10050000", "70150000", "20050550", "39050000"]) + dg(10)
    elif cc == "NL":
        bban = R.choice(["INGB", "ABNA", "RABO", "TRIO", "SNSB"]) + dg(10)
    elif cc == "IT":
        bban = R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + R.choice(["03069", "02008", "05034"]) + dg(5) + dg(12)
    elif cc == "PT":
        bank, branch, acct = R.choice(["0035", "0033", "0007"]), dg(4), dg(11)
        chk = 98 - (int(bank + branch + acct) * 100) % 97
        bban = bank + branch + acct + "%02d" % chk
    elif cc == "PL":
        bban = R.choice(["10201026", "11402004", "10500099"]) + dg(16)
    elif cc == "AT":
        bban = R.choice(["20111", "12000", "32000"]) + dg(11)
    elif cc == "IE":
        bban = R.choice(["AIBK", "BOFI"]) + R.choice(["931152", "900017", "933325"]) + dg(8)
    elif cc == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK"]) + dg(6) + dg(8)
    elif cc == "LU":
        bban = R.choice(["001", "002", "014"]) + dg(13)
    else:
        raise ValueError(cc)
    ib = cc + iban_check(cc, bban) + bban
    # verify
    s = ib[4:] + ib[:4]
    assert int("".join(str(int(c, 36)) for c in s)) % 97 == 1
    return ib


def iban_fmt(ib):
    return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))


def ogm():
    base = int(dg(10))
    chk = base % 97 or 97
    s = "%010d%02d" % (base, chk)
    return "+++%s/%s/%s+++" % (s[:3], s[3:7], s[7:])


# ----------------------------------------------------------------------------
# IP pools (certain country): national incumbents / largest ISPs
#   BE: Proximus (ex-Belgacom Skynet) 81.240.0.0/13 (part of its /12), Telenet 81.164.0.0/14
#   FR: Orange France (wanadoo) 90.0.0.0/9
#   DE: Deutsche Telekom 87.128.0.0/10 and IPv6 2003::/19
#   ES: Telefónica de España 83.32.0.0/11
#   GB: British Telecom 86.128.0.0/10
# ----------------------------------------------------------------------------
IP_CC = ("BE", "FR", "DE", "ES", "GB")


def ip_for(cc):
    if cc == "BE":
        if R.random() < 0.6:
            return "81.%d.%d.%d" % (R.randint(240, 247), R.randint(0, 255), R.randint(1, 254))
        return "81.%d.%d.%d" % (R.randint(164, 167), R.randint(0, 255), R.randint(1, 254))
    if cc == "FR":
        return "90.%d.%d.%d" % (R.randint(0, 127), R.randint(0, 255), R.randint(1, 254))
    if cc == "DE":
        if R.random() < 0.3:
            return "2003:%x:%x:%x:%x:%x:%x:%x" % (R.randint(0xc0, 0x1fff), R.randint(0, 0xffff), R.randint(0, 0xffff),
                                                R.randint(0, 0xffff), R.randint(0, 0xffff), R.randint(0, 0xffff),
                                                R.randint(1, 0xffff))
        return "87.%d.%d.%d" % (R.randint(128, 191), R.randint(0, 255), R.randint(1, 254))
    if cc == "ES":
        return "83.%d.%d.%d" % (R.randint(32, 63), R.randint(0, 255), R.randint(1, 254))
    if cc == "GB":
        return "86.%d.%d.%d" % (R.randint(128, 191), R.randint(0, 255), R.randint(1, 254))
    raise ValueError(cc)


def rand_dt(a, b):
    return datetime.fromtimestamp(R.uniform(a.timestamp(), b.timestamp()), tz=UTC).replace(microsecond=0)


def wpick(pairs):
    t = sum(w for _, w in pairs)
    x = R.uniform(0, t)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


# ----------------------------------------------------------------------------
# people
# ----------------------------------------------------------------------------
PEOPLE = []
USED = set()


def new_person(kind, first, last):
    p = {"id": "p%04d" % (len(PEOPLE) + 1), "kind": kind, "first": first, "last": last, "cats": set(), "sig": []}
    PEOPLE.append(p)
    return p


def sig(p, kind, cc):
    p["sig"].append((kind, cc))


def mk_email(p, dom):
    f, l = slug(p["first"]), slug(p["last"].split()[0] if " " in p["last"] and p["last"][0].isupper() and not p["last"].startswith(("De ", "Van ", "El ")) else p["last"])
    pats = [f + "." + l, f + l, f[0] + "." + l, f + "_" + l, f + "." + l + str(R.randint(1, 99)),
            f + str(R.randint(1970, 2008)), l + "." + f]
    for _ in range(40):
        e = R.choice(pats) + "@" + dom
        if e not in USED:
            USED.add(e)
            return e
        pats.append(f + l + str(R.randint(1, 999)))
    raise RuntimeError


UNAMES = set()


def mk_pseudo(p):
    f, l = slug(p["first"]), slug(p["last"])
    pats = [f + "_" + l[:3], f + str(R.randint(1, 999)), f + "." + l, "polyglotte_" + f, f + "_learns",
            f + l[0] + str(R.randint(10, 99)), "the_real_" + f, f + "_" + R.choice(["speaks", "parle", "spreekt", "lernt"])]
    for _ in range(40):
        u = R.choice(pats)
        if u not in UNAMES:
            UNAMES.add(u)
            return u
        pats.append(f + str(R.randint(1000, 9999)))
    raise RuntimeError


# learner groups ------------------------------------------------------------
ADDR_COUNTRIES = (["BE"] * 36 + ["FR"] * 16 + ["NL"] * 6 + ["DE"] * 6 + ["LU"] * 4 + ["ES"] * 3 + ["IT"] * 3 +
                  ["GB"] * 2 + ["CH", "PL"])
CONFLICT_PHONE = [("FR", "DE"), ("BE", "NL"), ("LU", "FR"), ("DE", "PL"), ("ES", "GB")]  # (address, phone)
BILL_ONLY = ["NL", "NL", "BE", "BE", "BE", "FR", "FR", "DE"]
PHONE_ONLY = ["BE", "BE", "BE", "FR", "FR", "DE", "IT", "PT", "IE", "AT"]
PLACE_ONLY = [("Gand", "BE"), ("Anvers", "BE"), ("Liège", "BE"), ("Lille", "FR"), ("Maastricht", "NL"),
              ("Cologne", "DE"), ("Namur", "BE"), ("Lyon", "FR")]
IP_ONLY = ["BE", "BE", "BE", "BE", "FR", "FR", "FR", "DE", "DE", "ES"]
CCTLD_ONLY = [("skynet.be", "BE"), ("telenet.be", "BE"), ("gmx.de", "DE"), ("hotmail.fr", "FR"), ("libero.it", "IT"),
              ("wp.pl", "PL"), ("ziggo.nl", "NL")]
N_UNKNOWN = 9

learners = []
for cc in ADDR_COUNTRIES:
    learners.append({"grp": "addr", "home": cc})
for a, ph in CONFLICT_PHONE:
    # conflicts replace one learner of that address country
    for l in learners:
        if l["grp"] == "addr" and l["home"] == a and "conflict" not in l:
            l["conflict"] = ph
            break
for cc in BILL_ONLY:
    learners.append({"grp": "bill_only", "home": cc})
for cc in PHONE_ONLY:
    learners.append({"grp": "phone_only", "home": cc})
for city, cc in PLACE_ONLY:
    learners.append({"grp": "place_only", "home": cc, "place": city})
for cc in IP_ONLY:
    learners.append({"grp": "ip_only", "home": cc})
for dom, cc in CCTLD_ONLY:
    learners.append({"grp": "cctld_only", "home": cc, "dom": dom})
for _ in range(N_UNKNOWN):
    learners.append({"grp": "unknown", "home": None})
R.shuffle(learners)

LANGS = {"BE": "fr", "FR": "fr", "NL": "nl", "DE": "de", "LU": "fr", "ES": "es", "IT": "it", "GB": "en", "CH": "fr",
         "PL": "pl", "PT": "pt", "IE": "en", "AT": "de", None: "fr"}
COURSES = [(1, "fr-en", "fr", "en", "Anglais pour francophones"), (2, "fr-nl", "fr", "nl", "Néerlandais pour francophones"),
           (3, "fr-es", "fr", "es", "Espagnol pour francophones"), (4, "fr-de", "fr", "de", "Allemand pour francophones"),
           (5, "fr-it", "fr", "it", "Italien pour francophones"), (6, "nl-fr", "nl", "fr", "Frans voor Nederlandstaligen"),
           (7, "nl-en", "nl", "en", "Engels voor Nederlandstaligen"), (8, "de-fr", "de", "fr", "Französisch für Deutschsprachige"),
           (9, "en-fr", "en", "fr", "French for English speakers"), (10, "en-nl", "en", "nl", "Dutch for English speakers"),
           (11, "es-fr", "es", "fr", "Francés para hispanohablantes"), (12, "it-fr", "it", "fr", "Francese per italiani"),
           (13, "pl-fr", "pl", "fr", "Francuski dla Polaków"), (14, "pt-fr", "pt", "fr", "Francês para lusófonos"),
           (15, "fr-pt", "fr", "pt", "Portugais pour francophones"), (16, "fr-pl", "fr", "pl", "Polonais pour francophones")]
COURSE_BY_SRC = {}
for c in COURSES:
    COURSE_BY_SRC.setdefault(c[2], []).append(c)

EV_WEEK = (datetime(2024, 11, 18, tzinfo=UTC), datetime(2024, 11, 24, 23, 59, tzinfo=UTC))
lid = 10000
for L in learners:
    lid += R.randint(1, 4)
    L["id"] = lid
    g, home = L["grp"], L["home"]
    if L.get("conflict"):
        name_cc = L["conflict"] if R.random() < 0.8 else home    # e.g. a German living in France
    elif home is None:
        name_cc = R.choice(["BE", "BE", "FR", "NL", "DE"])
    else:
        name_cc = home
    fnames, lnames = NAMES[name_cc]
    p = new_person("learner", R.choice(fnames), R.choice(lnames))
    L["p"] = p
    L["name_cc"] = name_cc
    # email
    if g == "cctld_only":
        dom = L["dom"]
    elif g in ("unknown", "ip_only", "place_only", "phone_only", "bill_only"):
        dom = R.choice(GENERIC_MAIL)
    elif L.get("conflict"):
        dom = R.choice(GENERIC_MAIL + CC_MAIL.get(name_cc, []))
    else:
        dom = R.choice(GENERIC_MAIL + CC_MAIL.get(home, []) * 2)
    L["email"] = mk_email(p, dom)
    if email_cc(L["email"]):
        sig(p, "email_cctld", email_cc(L["email"]))
    L["pseudo"] = mk_pseudo(p) if R.random() < 0.8 else None
    L["created"] = rand_dt(datetime(2020, 2, 1, tzinfo=UTC), datetime(2024, 11, 10, tzinfo=UTC))
    L["plan"] = wpick([("gratuit", 64), ("premium", 28), ("famille", 8)])
    L["status"] = wpick([("actif", 88), ("suspendu", 2), ("supprime", 4), ("en_attente", 6)])
    if g in ("unknown", "cctld_only"):
        L["status"] = R.choice(["en_attente", "actif", "actif"])
        L["plan"] = "gratuit"
    if g == "bill_only":
        L["plan"] = R.choice(["premium", "famille"])
        L["status"] = "actif"
    L["lang"] = LANGS[name_cc]
    L["dob"] = None
    if R.random() < 0.45:
        age = R.choice([R.randint(14, 19), R.randint(20, 35), R.randint(20, 35), R.randint(36, 55), R.randint(56, 78)])
        L["dob"] = date(2024 - age, R.randint(1, 12), R.randint(1, 28))
    # residence fields
    L["pays"], L["ville"], L["tel"] = None, None, None
    if g == "addr":
        L["pays"] = FR_NAME[home]
        sig(p, "address", home)
        p["cats"].add("location")
        city = R.choice(CITIES[home])
        L["city"] = city
        if R.random() < 0.6:
            L["ville"] = city[0]
        if L.get("conflict"):
            L["tel"] = phone(L["conflict"], style="spaced" if R.random() < 0.7 else "compact")
            sig(p, "phone", L["conflict"])
        elif R.random() < 0.45:
            if R.random() < 0.25:
                L["tel"] = phone(home, national=True)
            else:
                L["tel"] = phone(home)
                sig(p, "phone", home)
    elif g == "bill_only":
        L["city"] = R.choice(CITIES[home])
    elif g == "phone_only":
        L["tel"] = phone(home)
        sig(p, "phone", home)
    elif g == "place_only":
        L["ville"] = L["place"]
        sig(p, "place", home)
        p["cats"].add("location")
    if L["tel"]:
        p["cats"].add("phone")
    if L["ville"]:
        p["cats"].add("location")
        if g == "addr":
            sig(p, "place", home)
    p["cats"].update(["email", "password", "name", "account_type", "activity"])
    if L["pseudo"]:
        p["cats"].add("username")
    if L["dob"]:
        p["cats"].add("date_of_birth")
    L["last"] = None if g in ("unknown", "cctld_only") and L["status"] == "en_attente" else \
        rand_dt(max(L["created"], datetime(2024, 5, 1, tzinfo=UTC)), NOW - timedelta(hours=2))
    if g in ("unknown", "cctld_only") and L["last"] and L["last"] > datetime(2024, 11, 17, tzinfo=UTC):
        L["last"] = rand_dt(L["created"], datetime(2024, 11, 16, tzinfo=UTC))
    # active in the event week?  only learners whose ISP range we are certain of
    L["active_week"] = (g == "ip_only") or (g not in ("unknown", "cctld_only") and home in IP_CC and R.random() < 0.7)
    if L["active_week"]:
        L["ips"] = [ip_for(home) for _ in range(R.choice([1, 1, 2]))]
        L["last"] = rand_dt(datetime(2024, 11, 18, tzinfo=UTC), datetime(2024, 11, 24, 23, tzinfo=UTC))
        if L["created"] > datetime(2024, 11, 17, tzinfo=UTC):
            L["created"] = L["created"] - timedelta(days=30)
    elif L["last"] and EV_WEEK[0] <= L["last"] <= EV_WEEK[1]:
        L["last"] = rand_dt(datetime(2024, 11, 10, tzinfo=UTC), datetime(2024, 11, 17, 22, tzinfo=UTC))
    src = L["lang"]
    L["courses"] = R.sample(COURSE_BY_SRC.get(src, COURSE_BY_SRC["fr"]), min(len(COURSE_BY_SRC.get(src, COURSE_BY_SRC["fr"])), R.choice([1, 1, 1, 2])))

# ----------------------------------------------------------------------------
# billing profiles + payments
# ----------------------------------------------------------------------------
bill_rows, pay_rows = [], []
bid, payid = 500, 90000
for L in learners:
    if L["plan"] == "gratuit" or L["grp"] not in ("addr", "bill_only"):
        continue
    p = L["p"]
    home = L["home"]
    city = L["city"]
    bid += 1
    method = wpick([("carte", 45), ("bancontact", 20 if home == "BE" else 0), ("domiciliation", 25), ("paypal", 10)])
    ib = make_iban(home if home in ("BE", "FR", "NL", "DE", "LU", "ES", "IT", "GB", "PL") else "BE") if method == "domiciliation" else None
    titulaire = "%s %s" % (p["first"], p["last"])
    bill_rows.append([bid, L["id"], titulaire, street_line(city[2] if city[2] in STREETS else "fr"),
                      postal(home, city[1]), city[0], home, iban_fmt(ib) if ib and R.random() < 0.5 else ib,
                      ("GEBABEBB" if home == "BE" else None) if ib else None,
                      ("LGM-%d-%06d" % (L["created"].year, bid)) if ib else None,
                      L["created"].strftime("%Y-%m-%d %H:%M:%S")])
    L["bid"] = bid
    sig(p, "address", home)
    p["cats"].update(["name", "location"])
    if ib:
        p["cats"].add("bank_account")
    # monthly / yearly payments
    yearly = R.random() < 0.4
    t = max(L["created"], datetime(2022, 1, 5, tzinfo=UTC))
    brand = R.choice(["visa", "mastercard", "maestro"]) if method == "carte" else ("bancontact" if method == "bancontact" else None)
    last4 = "%04d" % R.randint(0, 9999) if brand else None
    while t < NOW:
        payid += 1
        amt = (7999 if yearly else 999) if L["plan"] == "premium" else (11999 if yearly else 1499)
        st = "paye" if R.random() < 0.96 else R.choice(["echoue", "rembourse"])
        pay_rows.append([payid, L["id"], bid, amt, "EUR", method, brand, last4, ogm() if method == "domiciliation" else None,
                         st, t.strftime("%Y-%m-%d %H:%M:%S")])
        t = t + (timedelta(days=365) if yearly else timedelta(days=R.choice([30, 31])))
    p["cats"].add("activity")

# ----------------------------------------------------------------------------
# tutors
# ----------------------------------------------------------------------------
TUTOR_SPEC = [  # country, city (as written in the CSV), languages, has_phone, has_city
    ("GB", "London", "Anglais", 1, 1), ("GB", "Manchester", "Anglais", 1, 1), ("GB", "Bristol", "Anglais", 1, 0),
    ("IE", "Dublin", "Anglais", 1, 1), ("IE", "Cork", "Anglais", 0, 1),
    ("ES", "Madrid", "Espagnol", 1, 1), ("ES", "Valencia", "Espagnol", 1, 1), ("ES", "Sevilla", "Espagnol", 1, 1),
    ("DE", "Berlin", "Allemand", 1, 1), ("DE", "Köln", "Allemand", 1, 1), ("DE", "Leipzig", "Allemand, Anglais", 1, 0),
    ("AT", "Wien", "Allemand", 1, 1), ("IT", "Bologna", "Italien", 1, 1), ("IT", "Roma", "Italien", 1, 1),
    ("NL", "Utrecht", "Néerlandais", 1, 1), ("NL", "Den Haag", "Néerlandais, Anglais", 0, 1),
    ("BE", "Gent", "Néerlandais", 1, 1), ("BE", "Antwerpen", "Néerlandais", 1, 1), ("BE", "Liège", "Français", 1, 1),
    ("BE", "Bruxelles", "Français, Néerlandais", 1, 1), ("BE", "Namur", "Français", 0, 1),
    ("FR", "Lyon", "Français", 1, 1), ("FR", "Nantes", "Français", 1, 1), ("FR", "Paris", "Français, Anglais", 1, 0),
    ("PT", "Lisboa", "Portugais", 1, 1), ("PT", "Porto", "Portugais", 1, 1), ("PL", "Kraków", "Polonais", 1, 1),
    ("LU", "Luxembourg", "Luxembourgeois, Allemand", 1, 1),
]
tutors = []
tut_id = 700
for cc, city, langs, has_ph, has_city in TUTOR_SPEC:
    tut_id += R.randint(1, 6)
    fn, ln = NAMES[cc]
    p = new_person("tutor", R.choice(fn), R.choice(ln))
    em = mk_email(p, R.choice(GENERIC_MAIL[:8] + CC_MAIL.get(cc, [])))
    if email_cc(em):
        sig(p, "email_cctld", cc)
    tel = phone(cc, style=R.choice(["spaced"] * 5 + ["compact"] * 2)) if has_ph else ""
    if tel:
        sig(p, "phone", cc)
        p["cats"].add("phone")
    if has_city:
        sig(p, "place", cc)
        p["cats"].add("location")
    ib = make_iban(cc)
    p["cats"].update(["name", "email", "bank_account"])
    tutors.append({"id": tut_id, "p": p, "cc": cc, "email": em, "tel": tel, "city": city if has_city else "",
                   "langs": langs, "iban": ib, "rate": R.choice([18, 20, 22, 24, 25, 28, 30, 35]),
                   "since": date(R.randint(2020, 2024), R.randint(1, 12), R.randint(1, 28)),
                   "status": wpick([("actif", 80), ("en pause", 12), ("parti", 8)]), "n": 0, "ratings": []})

# bookings ------------------------------------------------------------------
resa_rows = []
rid = 3000
TUT_BY_LANG = {}
LANG_FR = {"en": "Anglais", "es": "Espagnol", "de": "Allemand", "it": "Italien", "nl": "Néerlandais", "fr": "Français",
           "pt": "Portugais", "pl": "Polonais"}
for t in tutors:
    for l_ in t["langs"].split(", "):
        TUT_BY_LANG.setdefault(l_, []).append(t)
for L in learners:
    if L["plan"] == "gratuit" or L["status"] != "actif":
        continue
    for _ in range(R.choice([0, 0, 1, 2, 3, 5, 8])):
        tgt = LANG_FR[R.choice(L["courses"])[3]]
        cands = [t for t in TUT_BY_LANG.get(tgt, []) if t["status"] != "parti" or R.random() < 0.3]
        if not cands:
            continue
        t = R.choice(cands)
        rid += 1
        start = rand_dt(max(L["created"], datetime(2023, 1, 1, tzinfo=UTC)), NOW + timedelta(days=10))
        start = start.replace(minute=R.choice([0, 30]), second=0)
        st = "a_venir" if start > NOW else wpick([("terminee", 85), ("annulee", 10), ("absence", 5)])
        note, comm = None, None
        if st == "terminee" and R.random() < 0.6:
            note = R.choice([5, 5, 5, 4, 4, 3])
            if R.random() < 0.5:
                comm = R.choice(["Merci %s, super cours !" % t["p"]["first"], "Très clair, merci.", "Top !",
                                 "%s est très patient(e) et pédagogue." % t["p"]["first"], "Un peu trop rapide pour moi.",
                                 "Bedankt %s, leuke les!" % t["p"]["first"], "Parfait pour préparer mon entretien."])
                if t["p"]["first"] in comm:
                    t["p"]["cats"].add("name")
        resa_rows.append([rid, L["id"], t["id"], start.strftime("%Y-%m-%d %H:%M:%S"), R.choice([30, 45, 60]), st, note, comm,
                          (start - timedelta(days=R.randint(1, 14))).strftime("%Y-%m-%d %H:%M:%S")])
        L["p"]["cats"].add("activity")
        t["p"]["cats"].add("activity")
        if st == "terminee":
            t["n"] += 1
            if note:
                t["ratings"].append(note)

# progress -----------------------------------------------------------------
prog_rows = []
prid = 200000
for L in learners:
    if L["status"] in ("en_attente",) or L["grp"] in ("unknown",):
        continue
    if L["grp"] == "cctld_only" and R.random() < 0.5:
        continue
    n = R.randint(3, 40) if L["status"] == "actif" else R.randint(1, 8)
    end = L["last"] or NOW
    for _ in range(n):
        prid += 1
        c = R.choice(L["courses"])
        lvl = R.choice(["a1", "a2", "b1", "b2"])
        prog_rows.append([prid, L["id"], c[0], "%s-%s-u%02d-l%02d" % (c[1], lvl, R.randint(1, 12), R.randint(1, 8)),
                          R.randint(40, 100), R.choice([10, 10, 15, 20, 30]), R.randint(60, 900),
                          rand_dt(L["created"], end).strftime("%Y-%m-%d %H:%M:%S")])
    L["p"]["cats"].add("activity")

# ----------------------------------------------------------------------------
# mysqldump
# ----------------------------------------------------------------------------
def sqlv(v):
    if v is None:
        return "NULL"
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, (int, float)):
        return str(v)
    s = str(v).replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n").replace("\r", "\\r")
    return "'" + s + "'"


B64 = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
STD64 = string.ascii_letters + string.digits + "+/"


def pwd_hash(created):
    if created > datetime(2023, 3, 1, tzinfo=UTC) or R.random() < 0.3:
        salt = "".join(R.choice(STD64) for _ in range(22))
        h = "".join(R.choice(STD64) for _ in range(43))
        return "$argon2id$v=19$m=65536,t=4,p=1$%s$%s" % (salt, h)
    return "$2y$10$" + "".join(R.choice(B64) for _ in range(53))


app_rows = []
for L in sorted(learners, key=lambda x: x["id"]):
    p = L["p"]
    pw_changed = rand_dt(L["created"], NOW).strftime("%Y-%m-%d %H:%M:%S") if R.random() < 0.3 else None
    app_rows.append([L["id"], str(uuid.UUID(int=R.getrandbits(128), version=4)), L["email"], pwd_hash(L["created"]),
                     L["pseudo"], p["first"], p["last"], L["dob"].isoformat() if L["dob"] else None, L["lang"],
                     L["pays"], L["ville"], L["tel"], L["plan"], L["status"],
                     *((None, 0, 0) if L["status"] == "en_attente" else
                       (R.choice(["A1", "A2", "B1", "B2", "C1"]), R.randint(0, 48000), R.randint(0, 400))),
                     1 if R.random() < 0.6 else 0, L["created"].strftime("%Y-%m-%d %H:%M:%S"),
                     L["last"].strftime("%Y-%m-%d %H:%M:%S") if L["last"] else None, pw_changed])
    if L["pseudo"] is None:
        pass

PAYS_ROWS = [[c, FR_NAME[c], NL_NAME[c], 1 if c not in ("GB", "CH") else 0] for c in sorted(FR_NAME)]

TABLES = [
    ("pays", """CREATE TABLE `pays` (
  `code_iso` char(2) NOT NULL,
  `nom_fr` varchar(64) NOT NULL,
  `nom_nl` varchar(64) NOT NULL,
  `ue` tinyint(1) NOT NULL DEFAULT '1',
  PRIMARY KEY (`code_iso`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;""", PAYS_ROWS),
    ("cours", """CREATE TABLE `cours` (
  `id` smallint unsigned NOT NULL AUTO_INCREMENT,
  `code` varchar(8) NOT NULL,
  `langue_source` char(2) NOT NULL,
  `langue_cible` char(2) NOT NULL,
  `titre` varchar(120) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_cours_code` (`code`)
) ENGINE=InnoDB AUTO_INCREMENT=17 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;""", [list(c) for c in COURSES]),
    ("apprenants", """CREATE TABLE `apprenants` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `email` varchar(191) NOT NULL,
  `mot_de_passe` varchar(255) NOT NULL,
  `pseudo` varchar(40) DEFAULT NULL,
  `prenom` varchar(80) DEFAULT NULL,
  `nom` varchar(80) DEFAULT NULL,
  `date_naissance` date DEFAULT NULL,
  `langue_maternelle` char(2) NOT NULL DEFAULT 'fr',
  `pays` varchar(64) DEFAULT NULL COMMENT 'libellé FR, saisi via liste déroulante',
  `ville` varchar(100) DEFAULT NULL,
  `telephone` varchar(32) DEFAULT NULL,
  `abonnement` enum('gratuit','premium','famille') NOT NULL DEFAULT 'gratuit',
  `statut` enum('actif','suspendu','supprime','en_attente') NOT NULL DEFAULT 'en_attente',
  `niveau_cecr` enum('A1','A2','B1','B2','C1','C2') DEFAULT NULL,
  `xp_total` int unsigned NOT NULL DEFAULT '0',
  `serie_jours` smallint unsigned NOT NULL DEFAULT '0',
  `notifications_push` tinyint(1) NOT NULL DEFAULT '1',
  `cree_le` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `derniere_connexion` datetime DEFAULT NULL,
  `mdp_modifie_le` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_apprenants_email` (`email`),
  UNIQUE KEY `uk_apprenants_uuid` (`uuid`),
  UNIQUE KEY `uk_apprenants_pseudo` (`pseudo`)
) ENGINE=InnoDB AUTO_INCREMENT=%d DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;""" % (max(r[0] for r in app_rows) + 1), app_rows),
    ("facturation", """CREATE TABLE `facturation` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `apprenant_id` int unsigned NOT NULL,
  `titulaire` varchar(160) NOT NULL,
  `adresse` varchar(200) NOT NULL,
  `code_postal` varchar(12) NOT NULL,
  `ville` varchar(100) NOT NULL,
  `code_pays` char(2) NOT NULL,
  `iban` varchar(42) DEFAULT NULL,
  `bic` varchar(11) DEFAULT NULL,
  `mandat_sepa` varchar(35) DEFAULT NULL,
  `cree_le` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_facturation_apprenant` (`apprenant_id`),
  KEY `fk_facturation_pays` (`code_pays`),
  CONSTRAINT `fk_facturation_apprenant` FOREIGN KEY (`apprenant_id`) REFERENCES `apprenants` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_facturation_pays` FOREIGN KEY (`code_pays`) REFERENCES `pays` (`code_iso`)
) ENGINE=InnoDB AUTO_INCREMENT=%d DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;""" % (bid + 1), bill_rows),
    ("paiements", """CREATE TABLE `paiements` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `apprenant_id` int unsigned NOT NULL,
  `facturation_id` int unsigned DEFAULT NULL,
  `montant_cents` int NOT NULL,
  `devise` char(3) NOT NULL DEFAULT 'EUR',
  `methode` enum('carte','bancontact','domiciliation','paypal') NOT NULL,
  `carte_marque` varchar(16) DEFAULT NULL,
  `carte_4_derniers` char(4) DEFAULT NULL,
  `communication_structuree` varchar(24) DEFAULT NULL,
  `statut` enum('paye','echoue','rembourse') NOT NULL,
  `paye_le` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_paiements_apprenant` (`apprenant_id`),
  CONSTRAINT `fk_paiements_apprenant` FOREIGN KEY (`apprenant_id`) REFERENCES `apprenants` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=%d DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;""" % (payid + 1), pay_rows),
    ("progression", """CREATE TABLE `progression` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `apprenant_id` int unsigned NOT NULL,
  `cours_id` smallint unsigned NOT NULL,
  `lecon_code` varchar(32) NOT NULL,
  `score` tinyint unsigned DEFAULT NULL,
  `xp` smallint unsigned NOT NULL DEFAULT '0',
  `duree_s` int unsigned DEFAULT NULL,
  `termine_le` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_progression_apprenant` (`apprenant_id`,`termine_le`),
  CONSTRAINT `fk_progression_apprenant` FOREIGN KEY (`apprenant_id`) REFERENCES `apprenants` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_progression_cours` FOREIGN KEY (`cours_id`) REFERENCES `cours` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=%d DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;""" % (prid + 1), prog_rows),
    ("reservations_tutorat", """CREATE TABLE `reservations_tutorat` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `apprenant_id` int unsigned NOT NULL,
  `tuteur_id` int unsigned NOT NULL COMMENT 'id du tuteur (CRM tuteurs)',
  `debut` datetime NOT NULL,
  `duree_min` smallint unsigned NOT NULL DEFAULT '30',
  `statut` enum('a_venir','terminee','annulee','absence') NOT NULL,
  `note_apprenant` tinyint unsigned DEFAULT NULL,
  `commentaire` text,
  `reserve_le` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_resa_apprenant` (`apprenant_id`),
  KEY `idx_resa_tuteur` (`tuteur_id`,`debut`),
  CONSTRAINT `fk_resa_apprenant` FOREIGN KEY (`apprenant_id`) REFERENCES `apprenants` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=%d DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;""" % (rid + 1), resa_rows),
]

out = io.StringIO()
w = out.write
w("-- MySQL dump 10.13  Distrib 8.0.40, for Linux (x86_64)\n--\n-- Host: 10.20.1.14    Database: lingomo\n")
w("-- ------------------------------------------------------\n-- Server version\t8.0.40\n\n")
w("/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;\n/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;\n"
  "/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;\n/*!50503 SET NAMES utf8mb4 */;\n"
  "/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;\n/*!40103 SET TIME_ZONE='+00:00' */;\n"
  "/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;\n"
  "/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;\n"
  "/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;\n"
  "/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;\n")
for name, ddl, rows in TABLES:
    w("\n--\n-- Table structure for table `%s`\n--\n\n" % name)
    w("DROP TABLE IF EXISTS `%s`;\n" % name)
    w("/*!40101 SET @saved_cs_client     = @@character_set_client */;\n/*!50503 SET character_set_client = utf8mb4 */;\n")
    w(ddl + "\n/*!40101 SET character_set_client = @saved_cs_client */;\n\n")
    w("--\n-- Dumping data for table `%s`\n--\n\n" % name)
    w("LOCK TABLES `%s` WRITE;\n/*!40000 ALTER TABLE `%s` DISABLE KEYS */;\n" % (name, name))
    # extended inserts, split at ~256 KB like net_buffer_length would
    chunk, size = [], 0
    for r in rows:
        t = "(" + ",".join(sqlv(v) for v in r) + ")"
        chunk.append(t)
        size += len(t)
        if size > 250000:
            w("INSERT INTO `%s` VALUES %s;\n" % (name, ",".join(chunk)))
            chunk, size = [], 0
    if chunk:
        w("INSERT INTO `%s` VALUES %s;\n" % (name, ",".join(chunk)))
    w("/*!40000 ALTER TABLE `%s` ENABLE KEYS */;\nUNLOCK TABLES;\n" % name)
w("/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;\n\n/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;\n"
  "/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;\n/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;\n"
  "/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;\n/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;\n"
  "/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;\n/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;\n\n"
  "-- Dump completed on 2024-11-30  3:15:42\n")
SQL = "lingomo_prod_20241130.sql"
with open(os.path.join(DATA, SQL), "w", encoding="utf-8") as f:
    f.write(out.getvalue())

# ----------------------------------------------------------------------------
# tutors CSV (Excel-BE style: ; separator, UTF-8 BOM, decimal comma, dd/mm/yyyy)
# ----------------------------------------------------------------------------
TUT = "tuteurs_export_2024-11-29.csv"
with open(os.path.join(DATA, TUT), "w", encoding="utf-8-sig", newline="") as f:
    cw = csv.writer(f, delimiter=";", lineterminator="\r\n")
    cw.writerow(["ID tuteur", "Prénom", "Nom", "E-mail", "Téléphone", "Ville", "Langues enseignées",
                 "Tarif horaire (€)", "Note moyenne", "Sessions réalisées", "Date d'arrivée", "Statut", "IBAN"])
    for t in tutors:
        avg = ("%.2f" % (sum(t["ratings"]) / len(t["ratings"]))).replace(".", ",") if t["ratings"] else ""
        cw.writerow([t["id"], t["p"]["first"], t["p"]["last"], t["email"], t["tel"], t["city"], t["langs"],
                     "%d,00" % t["rate"], avg, t["n"], t["since"].strftime("%d/%m/%Y"), t["status"], iban_fmt(t["iban"])])

# ----------------------------------------------------------------------------
# events NDJSON (one week)
# ----------------------------------------------------------------------------
EV_START = datetime(2024, 11, 18, tzinfo=UTC)
EV_END = datetime(2024, 11, 24, 23, 59, tzinfo=UTC)
IOS = [("iPhone14,5", "17.6.1"), ("iPhone15,2", "18.1"), ("iPhone12,1", "17.5"), ("iPhone16,1", "18.1.1"), ("iPad13,18", "17.6")]
ANDROID = [("SM-A546B", "14"), ("SM-S921B", "14"), ("Pixel 7a", "15"), ("2201117TY", "13"), ("CPH2581", "14")]
WEB_UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
          "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
          "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0",
          "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0"]
events = []


def ulid_like(dt):
    A = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    ms = int(dt.timestamp() * 1000)
    t = ""
    for _ in range(10):
        t = A[ms % 32] + t
        ms //= 32
    return t + "".join(R.choice(A) for _ in range(16))


def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (dt.microsecond // 1000)


def device_for():
    kind = wpick([("ios", 45), ("android", 40), ("web", 15)])
    if kind == "ios":
        m, v = R.choice(IOS)
        return {"platform": "ios", "os_version": v, "model": m, "app_version": R.choice(["6.4.0", "6.4.1", "6.3.2"]),
                "device_id": str(uuid.UUID(int=R.getrandbits(128), version=4)).upper()}
    if kind == "android":
        m, v = R.choice(ANDROID)
        return {"platform": "android", "os_version": v, "model": m, "app_version": R.choice(["6.4.0", "6.4.1"]),
                "device_id": "".join(R.choice("0123456789abcdef") for _ in range(16))}
    return {"platform": "web", "user_agent": R.choice(WEB_UA), "app_version": "web-2024.47.2"}


for L in learners:
    if not L["active_week"]:
        continue
    p = L["p"]
    devs = [device_for() for _ in range(R.choice([1, 1, 2]))]
    for _ in range(R.randint(2, 9)):  # sessions
        t = rand_dt(EV_START, EV_END).replace(microsecond=R.randint(0, 999) * 1000)
        dev = R.choice(devs)
        ip = R.choice(L["ips"])
        sess = {"id": str(uuid.UUID(int=R.getrandbits(128), version=4)), "ip": ip}
        seq = [("app_open", {"cold_start": R.random() < 0.5})]
        if R.random() < 0.15:
            seq.insert(0, ("login", {"method": R.choice(["password", "google", "apple"])}))
            if R.random() < 0.3:
                seq.insert(0, ("login_failed", {"method": "password", "email": L["email"], "reason": "bad_password"}))
                p["cats"].add("email")
        for _ in range(R.randint(1, 5)):
            c = R.choice(L["courses"])
            lesson = "%s-%s-u%02d-l%02d" % (c[1], R.choice(["a1", "a2", "b1"]), R.randint(1, 12), R.randint(1, 8))
            seq.append(("lesson_started", {"course": c[1], "lesson_id": lesson}))
            if R.random() < 0.85:
                seq.append(("lesson_completed", {"course": c[1], "lesson_id": lesson, "score": R.randint(40, 100),
                                                 "xp": R.choice([10, 15, 20]), "duration_s": R.randint(90, 800)}))
        if R.random() < 0.3:
            seq.append(("streak_extended", {"streak_days": R.randint(2, 300)}))
        if L["plan"] == "gratuit" and R.random() < 0.1:
            seq.append(("paywall_viewed", {"placement": R.choice(["hearts_empty", "lesson_end", "settings"])}))
        for typ, props in seq:
            t = t + timedelta(seconds=R.randint(2, 400), milliseconds=R.randint(0, 999))
            ev = {"event_id": ulid_like(t), "ts": iso(t), "type": typ, "learner_id": L["id"], "anonymous_id": None,
                  "session": sess, "device": dev, "context": {"ui_lang": L["lang"], "plan": L["plan"]},
                  "properties": props}
            events.append(ev)
    p["cats"].update(["ip_address", "activity", "device", "account_type"])
    sig(p, "ip", L["home"])

# anonymous onboarding visitors (not counted as persons)
for _ in range(140):
    cc = wpick([("BE", 55), ("FR", 25), ("DE", 8), ("ES", 6), ("GB", 6)])
    t = rand_dt(EV_START, EV_END).replace(microsecond=R.randint(0, 999) * 1000)
    anon = str(uuid.UUID(int=R.getrandbits(128), version=4))
    dev = device_for()
    sess = {"id": str(uuid.UUID(int=R.getrandbits(128), version=4)), "ip": ip_for(cc)}
    for step in ["welcome", "choose_language", "choose_goal", "placement_test", "signup_form"][:R.randint(1, 5)]:
        t = t + timedelta(seconds=R.randint(3, 90), milliseconds=R.randint(0, 999))
        events.append({"event_id": ulid_like(t), "ts": iso(t), "type": "onboarding_step", "learner_id": None,
                       "anonymous_id": anon, "session": sess, "device": dev,
                       "context": {"ui_lang": R.choice(["fr", "fr", "nl", "en", "de"]), "plan": None},
                       "properties": {"step": step}})
events.sort(key=lambda e: e["ts"])
EV = "events_2024-11-18_2024-11-24.ndjson"
with open(os.path.join(DATA, EV), "w", encoding="utf-8") as f:
    for e in events:
        f.write(json.dumps(e, ensure_ascii=False, separators=(",", ":")) + "\n")

# ----------------------------------------------------------------------------
# partner schools XLSX (control: organisations only)
# ----------------------------------------------------------------------------
SCHOOLS = [
    ("Athénée Royal Jules Bordet", "Secondaire", "FWB", "Rue de la Paix 1", "1000", "Bruxelles", "BE"),
    ("Collège Saint-Michel", "Secondaire", "SeGEC", "Boulevard Saint-Michel 24", "1040", "Etterbeek", "BE"),
    ("Institut Saint-Louis", "Secondaire", "SeGEC", "Rue du Marais 113", "1000", "Bruxelles", "BE"),
    ("Lycée Émile Jacqmain", "Secondaire", "Ville de Bruxelles", "Parc Léopold", "1000", "Bruxelles", "BE"),
    ("Athénée Léonie de Waha", "Secondaire", "Ville de Liège", "Boulevard d'Avroy 96", "4000", "Liège", "BE"),
    ("Collège Saint-Servais", "Secondaire", "SeGEC", "Rue Saint-Gilles 92", "4000", "Liège", "BE"),
    ("Athénée Royal de Namur", "Secondaire", "WBE", "Rue du Collège 1", "5000", "Namur", "BE"),
    ("Institut Notre-Dame de Cousot", "Secondaire", "SeGEC", "Rue de Dinant 1", "5620", "Florennes", "BE"),
    ("Haute École Léonard de Vinci", "Supérieur", "SeGEC", "Place de l'Alma 3", "1200", "Woluwe-Saint-Lambert", "BE"),
    ("Haute École de la Province de Liège", "Supérieur", "CPEONS", "Avenue Montesquieu 6", "4101", "Seraing", "BE"),
    ("Sint-Barbaracollege", "Secundair", "Katholiek Onderwijs Vlaanderen", "Savaanstraat 17", "9000", "Gent", "BE"),
    ("Koninklijk Atheneum Antwerpen", "Secundair", "GO!", "Fr. Rooseveltplaats 11", "2060", "Antwerpen", "BE"),
    ("Sint-Pieterscollege Leuven", "Secundair", "Katholiek Onderwijs Vlaanderen", "Naamsestraat 102", "3000", "Leuven", "BE"),
    ("Atheneum Brugge", "Secundair", "GO!", "Arsenaalstraat 2", "8000", "Brugge", "BE"),
    ("École européenne de Bruxelles I", "Européenne", "Écoles européennes", "Avenue du Vert Chasseur 46", "1180", "Uccle", "BE"),
    ("Centre Scolaire Saint-Benoît Saint-Servais", "Secondaire", "SeGEC", "Rue Saint-Benoît 2", "6000", "Charleroi", "BE"),
    ("Lycée Michel-Rodange", "Lycée", "MENJE", "Boulevard Pierre Dupong 30", "L-1430", "Luxembourg", "LU"),
    ("Lycée de Garçons Esch", "Lycée", "MENJE", "Place de l'Hôtel de Ville 7", "L-4138", "Esch-sur-Alzette", "LU"),
    ("Lycée Fénelon", "Lycée", "Enseignement privé", "Place Louise de Bettignies 1", "59800", "Lille", "FR"),
    ("Lycée Faidherbe", "Lycée", "Éducation nationale", "Rue Armand Carrel 9", "59000", "Lille", "FR"),
    ("Collège Jean Macé", "Collège", "Éducation nationale", "Rue de Lannoy 32", "59100", "Roubaix", "FR"),
    ("Lycée Georges de La Tour", "Lycée", "Éducation nationale", "Place Maud'huy 4", "57000", "Metz", "FR"),
    ("Stella Maris College", "Voortgezet", "Stichting Onderwijs Maastricht", "Bosscherweg 1", "6211 TS", "Maastricht", "NL"),
    ("Bonnefanten College", "Voortgezet", "LVO", "Oeverwal 2", "6221 EN", "Maastricht", "NL"),
    ("Volkshochschule Aachen", "Erwachsenenbildung", "Stadt Aachen", "Peterstraße 21-25", "52062", "Aachen", "DE"),
    ("Maison de la Francité", "Association", "ASBL", "Rue Joseph II 18", "1000", "Bruxelles", "BE"),
    ("Centre culturel de Schaerbeek", "Association", "ASBL", "Rue de Locht 91", "1030", "Schaerbeek", "BE"),
    ("Université populaire d'Anvers", "Association", "VZW", "Kerkstraat 12", "2018", "Antwerpen", "BE"),
]
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Partenaires"
ws["A1"] = "Lingomo for Schools — établissements partenaires"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Export du 29/11/2024 — Polyglotte SRL, usage interne"
ws["A2"].font = Font(italic=True, color="666666")
hdr = ["Réf. contrat", "Établissement", "Type", "Réseau / PO", "Adresse", "Code postal", "Localité", "Pays",
       "Licences élèves", "Licences enseignants", "Début du contrat", "Fin du contrat", "Statut", "Montant annuel (€)"]
for j, h in enumerate(hdr, 1):
    c = ws.cell(row=4, column=j, value=h)
    c.font = Font(bold=True, color="FFFFFF")
    c.fill = PatternFill("solid", fgColor="2F5597")
    c.alignment = Alignment(wrap_text=True)
by_country = {}
for i, (nm, typ, net, adr, cp, loc, cc) in enumerate(SCHOOLS):
    start = date(R.randint(2021, 2024), R.choice([1, 9]), 1)
    end = date(start.year + R.choice([1, 2, 3]), start.month, 1) - timedelta(days=1)
    nel = R.choice([30, 60, 120, 150, 240, 400, 600])
    row = ["LFS-%d-%03d" % (start.year, 10 + i * 3), nm, typ, net, adr, cp, loc, FR_NAME[cc], nel, max(2, nel // 30),
           start, end, "Actif" if end > date(2024, 11, 29) else "Expiré", round(nel * R.choice([4.5, 6.0, 7.5]), 2)]
    for j, v in enumerate(row, 1):
        c = ws.cell(row=5 + i, column=j, value=v)
        if isinstance(v, date):
            c.number_format = "DD/MM/YYYY"
    by_country.setdefault(FR_NAME[cc], [0, 0])
    by_country[FR_NAME[cc]][0] += 1
    by_country[FR_NAME[cc]][1] += nel
for col, wdt in zip("ABCDEFGHIJKLMN", [14, 42, 14, 28, 30, 11, 20, 12, 10, 10, 12, 12, 9, 12]):
    ws.column_dimensions[col].width = wdt
ws.freeze_panes = "A5"
ws2 = wb.create_sheet("Synthèse")
ws2.append(["Pays", "Établissements", "Licences élèves"])
for k, (n, l) in sorted(by_country.items()):
    ws2.append([k, n, l])
wb.properties.creator = "Polyglotte SRL"
wb.properties.created = datetime(2024, 11, 29, 9, 0)
wb.properties.modified = datetime(2024, 11, 29, 9, 0)
XL = "partenaires_ecoles.xlsx"
wb.save(os.path.join(DATA, XL))


def _freeze_xlsx(path):
    """openpyxl stamps the save time into docProps/core.xml and the zip entries; pin them for determinism."""
    import re
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(<)", rb"\g<1>2024-11-29T09:00:00Z\2", data)
            zi = zipfile.ZipInfo(name, date_time=(2024, 11, 29, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


_freeze_xlsx(os.path.join(DATA, XL))

# course catalogue (control)
CAT = "catalogue_cours.json"
with open(os.path.join(DATA, CAT), "w", encoding="utf-8") as f:
    json.dump({"version": "2024.47", "courses": [
        {"id": c[0], "code": c[1], "from": c[2], "to": c[3], "title": c[4],
         "levels": ["A1", "A2", "B1", "B2"] + (["C1"] if c[3] in ("en", "fr", "nl") else []),
         "units": R.randint(24, 60), "tutoring": True, "released": "%d-%02d-01" % (R.randint(2019, 2023), R.randint(1, 12))}
        for c in COURSES]}, f, ensure_ascii=False, indent=2)

# ----------------------------------------------------------------------------
# truth
# ----------------------------------------------------------------------------
ORDER = ["address", "phone", "place", "ip", "email_cctld"]
residents, counts, conflicts = [], {}, []
for p in PEOPLE:
    s = p["sig"]
    kinds = [k for k in ORDER if any(x[0] == k for x in s)]
    country = None
    for k in ORDER:
        cs = [x[1] for x in s if x[0] == k]
        if cs:
            country = cs[0]
            break
    addr_c = {x[1] for x in s if x[0] == "address"}
    ph_c = {x[1] for x in s if x[0] == "phone"}
    conflict = bool(addr_c and ph_c and ph_c - addr_c)
    if conflict:
        conflicts.append(p["id"])
    else:
        assert len({x[1] for x in s}) <= 1, (p["id"], s)
    r = {"id": p["id"], "country": country, "subdivision": None, "signals": kinds, "role": p["kind"]}
    if conflict:
        r["phone_country"] = sorted(ph_c - addr_c)[0]
        ecc = [x[1] for x in s if x[0] == "email_cctld"]
        if ecc and ecc[0] != country:
            r["email_cctld_country"] = ecc[0]
    residents.append(r)
    key = country or "unknown"
    counts[key] = counts.get(key, 0) + 1
pbc = {}
for p in PEOPLE:
    for c in p["cats"]:
        pbc[c] = pbc.get(c, 0) + 1

n_00 = sum(1 for L in learners if L["tel"] and L["tel"].startswith("00"))
truth = {
    "brief": ("Lingomo, a language-learning app run by Polyglotte SRL (Brussels, Belgium); French-speaking back office, "
              "learners across Belgium, France, the Netherlands, Germany, Luxembourg and the rest of the EU/UK. Export: a "
              "MySQL 8 mysqldump of the app database (French table/column names; learners' country as a French label "
              "such as 'Belgique', 'Allemagne', 'Pays-Bas'; billing profiles with ISO country codes, SEPA IBANs; "
              "payments with Belgian structured communications; lesson progress; tutoring bookings referencing the "
              "tutors CRM); a semicolon CSV of tutors (UTF-8 BOM, French headers, international phone numbers across "
              "EU countries, city only, IBAN); one week of NDJSON product events with session IPs and device ids; an "
              "XLSX of partner schools (organisations only); a JSON course catalogue."),
    "people": len(PEOPLE),
    "people_by_category": dict(sorted(pbc.items())),
    "fields": {
        SQL: {"apprenants.email": "email", "apprenants.mot_de_passe": "password", "apprenants.pseudo": "username",
              "apprenants.prenom": "name", "apprenants.nom": "name", "apprenants.date_naissance": "date_of_birth",
              "apprenants.pays": "location", "apprenants.ville": "location", "apprenants.telephone": "phone",
              "apprenants.abonnement": "account_type", "apprenants.statut": "account_type",
              "apprenants.cree_le": "activity", "apprenants.derniere_connexion": "activity",
              "facturation.titulaire": "name", "facturation.adresse": "location", "facturation.code_postal": "location",
              "facturation.ville": "location", "facturation.code_pays": "location", "facturation.iban": "bank_account",
              "facturation.cree_le": "activity",
              "paiements.paye_le": "activity",
              "progression.termine_le": "activity",
              "reservations_tutorat.debut": "activity", "reservations_tutorat.reserve_le": "activity",
              "reservations_tutorat.commentaire": "name"},
        TUT: {"Prénom": "name", "Nom": "name", "E-mail": "email", "Téléphone": "phone", "Ville": "location",
              "IBAN": "bank_account"},
        EV: {"ts": "activity", "session.ip": "ip_address", "device.device_id": "device", "device.user_agent": "device",
             "properties.email": "email", "context.plan": "account_type"},
    },
    "text": {},
    "controls": [XL, CAT],
    "ambiguous": {EV: ["session.id", "device.model", "type", "event_id"], SQL: ["apprenants.niveau_cecr", "apprenants.langue_maternelle"]},
    "lookalikes": {
        SQL: {"paiements.communication_structuree": "Belgian structured communications +++123/4567/89012+++ (12 digits, mod-97 check)",
              "paiements.carte_4_derniers": "card last four only", "paiements.carte_marque": "card brand",
              "facturation.mandat_sepa": "SEPA mandate references", "facturation.bic": "bank BIC (institution, not account)",
              "apprenants.mdp_modifie_le": "timestamp in a password-named column", "apprenants.uuid": "UUID",
              "apprenants.xp_total": "counters", "pays.code_iso": "country lookup table (no person)",
              "pays.nom_fr": "country names, lookup table"},
        TUT: {"ID tuteur": "tutor ids", "Date d'arrivée": "start date with the platform", "Tarif horaire (€)": "rates",
              "Note moyenne": "average rating"},
        EV: {"anonymous_id": "install id of anonymous onboarding visitors (not linked to a person)"},
        XL: {"Établissement": "school names, some named after historical figures (Jules Bordet, Émile Jacqmain, Léonie de Waha, Michel Rodange)",
             "Adresse": "addresses of schools (organisations)", "Réf. contrat": "contract references"},
    },
    "residents": residents,
    "residence_counts": dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))),
    "conflicts": conflicts,
}
truth["notes"] = (
    "People = %d: %d learners (apprenants) and %d tutors (CSV; linked to reservations_tutorat.tuteur_id). Anonymous "
    "onboarding visitors in the event log (learner_id null, anonymous_id set) are NOT counted as persons. No US people, "
    "so every subdivision is null. Residence order: address (apprenants.pays French label, or facturation.code_pays ISO "
    "code with postcode for learners whose pays is empty) > phone in international form (+32 …, +49…, and %d learner "
    "numbers written with the 00 prefix, e.g. '0032 489 …', counted as international) > place (a city alone: "
    "apprenants.ville such as 'Gand', 'Anvers', 'Cologne', 'Maastricht', or the tutor CSV 'Ville') > ip (event log) > "
    "email ccTLD (.be, .de, .fr, .it, .pl, .nl, .co.uk, .lu, .ch …; .com/.net say nothing). National-form phones "
    "('0470 12 34 56', '06 12 34 56 78') give no country. Conflicts: learners whose pays says one country and whose "
    "telephone is another country's mobile in international form (residence = pays; phone_country given; some also "
    "have an e-mail ccTLD of the phone country, given as email_cctld_country). Tutors' phone and city always agree. "
    "IP ranges (large national ISP allocations, country certain): BE = Proximus/ex-Belgacom Skynet 81.240.0.0/13 and "
    "Telenet 81.164.0.0/14; FR = Orange France 90.0.0.0/9; DE = Deutsche Telekom 87.128.0.0/10 and 2003::/19; ES = "
    "Telefónica de España 83.32.0.0/11; GB = BT 86.128.0.0/10. Only learners living in those five countries appear in the "
    "event week. IBANs have valid mod-97 check digits (BE, FR, ES, PT also valid national checks). The XLSX has two "
    "title rows above the header (row 4) and lists schools only, no contact persons. context.plan in events repeats "
    "the learner's subscription (account_type)." % (len(PEOPLE), len(learners), len(tutors), n_00))
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, indent=2, ensure_ascii=False)
print("people", len(PEOPLE), sorted(os.listdir(DATA)))
print(json.dumps(truth["residence_counts"]))
print(json.dumps(truth["people_by_category"]))
