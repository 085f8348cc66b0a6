#!/usr/bin/env python3
"""Generator for the VeloLink blind evaluation set (J5/velolink).

VeloLink: bike-sharing and e-bike subscriptions, head office Utrecht (NL),
operating in NL, BE, DE, FR and AT.  Writes data/ and truth.json.
Standard library only, plus openpyxl for the XLSX.  Seeded and deterministic.
"""
import csv
import datetime as dt
import io
import json
import os
import random
import unicodedata
import uuid
import zipfile
from collections import defaultdict

from openpyxl import Workbook
from openpyxl.styles import Font

SEED = 520240531
R = random.Random(SEED)
BASE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(BASE, "data")
UTC = dt.timezone.utc
EXPORT = dt.datetime(2024, 5, 31, 2, 15, 0, tzinfo=UTC)

# --------------------------------------------------------------------------
# truth bookkeeping
# --------------------------------------------------------------------------
FIELDS = defaultdict(lambda: defaultdict(set))   # file -> field -> {cat}
TEXT = defaultdict(set)                          # file -> {cat}
PBC = defaultdict(set)                           # cat -> {pid}
EVID = defaultdict(list)                         # pid -> [(kind, cc, where)]
APPEARS = set()


def mark(file, field, cat, pid):
    if field is None:
        TEXT[file].add(cat)
    else:
        FIELDS[file][field].add(cat)
    if pid:
        PBC[cat].add(pid)
        APPEARS.add(pid)


def ev(pid, kind, cc, where):
    if pid and cc:
        EVID[pid].append((kind, cc, where))


CCTLD = {"nl": "NL", "de": "DE", "be": "BE", "fr": "FR", "at": "AT", "uk": "GB",
         "ie": "IE", "pl": "PL", "es": "ES", "it": "IT", "se": "SE", "ch": "CH",
         "ca": "CA", "us": "US"}


def email_cc(email):
    tld = email.rsplit(".", 1)[-1].lower()
    return CCTLD.get(tld)


def note_email(file, field, pid, email):
    mark(file, field, "email", pid)
    ev(pid, "email_cctld", email_cc(email), file)


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------
def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def fold(s, german=False):
    s = s.replace("ß", "ss").replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ø", "o")
    if german:
        for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
            s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return "".join(c for c in s.lower() if c.isalnum() or c in "-")


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def rdate(a, b):
    if b <= a:
        return a
    return a + dt.timedelta(seconds=R.randint(0, int((b - a).total_seconds())))


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


def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def iban_from(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%s%02d%s" % (cc, 98 - int(num) % 97, bban)


def make_iban(cc):
    if cc == "NL":
        while True:
            d = [int(x) for x in digits(9)]
            s = sum(v * w for v, w in zip(d, range(10, 1, -1)))
            last = (-s) % 11
            if last < 10 and d[0] != 0:
                break
        acct = "".join(map(str, d)) + str(last)
        return iban_from("NL", R.choice(["INGB", "ABNA", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"]) + acct)
    if cc == "BE":
        first = R.choice(["001", "063", "068", "363", "737", "979", "143"]) + digits(7)
        chk = int(first) % 97 or 97
        return iban_from("BE", first + "%02d" % chk)
    if cc == "DE":
        return iban_from("DE", R.choice(["37040044", "50010517", "10010010", "37050198", "30050110",
                                         "10050000", "70150000", "12030000", "43060967"]) + digits(10))
    if cc == "FR":
        bank = R.choice(["30004", "30003", "20041", "10278", "11306"])
        guichet = digits(5)
        acct = digits(11)
        key = 97 - ((89 * int(bank) + 15 * int(guichet) + 3 * int(acct)) % 97)
        return iban_from("FR", bank + guichet + acct + "%02d" % key)
    if cc == "AT":
        return iban_from("AT", R.choice(["20111", "12000", "32000", "14000", "20815"]) + digits(11))
    raise ValueError(cc)


def spaced_iban(i):
    return " ".join(i[k:k + 4] for k in range(0, len(i), 4))


B64 = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
STD64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def bcrypt_hash():
    return "$2b$12$" + "".join(R.choice(B64) for _ in range(53))


def argon_hash():
    return ("$argon2id$v=19$m=65536,t=3,p=4$" + "".join(R.choice(STD64) for _ in range(22)) + "$"
            + "".join(R.choice(STD64) for _ in range(43)))


# --------------------------------------------------------------------------
# reference data: names, places, streets, phones, e-mail domains
# --------------------------------------------------------------------------
NAMES = {
    "NL": (["Anna", "Sanne", "Lotte", "Fleur", "Emma", "Julia", "Sophie", "Eva", "Lisa", "Iris", "Noor", "Femke",
            "Marieke", "Esther", "Anouk", "Yasmina", "Fatima", "Priya", "Mirjam", "Ilse"],
           ["Daan", "Bram", "Lars", "Thijs", "Jeroen", "Sander", "Ruben", "Joost", "Pieter", "Wouter", "Koen",
            "Niels", "Tim", "Stijn", "Maarten", "Jasper", "Mohamed", "Hamza", "Gijs", "Freek"],
           [("de", "Vries"), ("van", "Dijk"), ("", "Bakker"), ("", "Jansen"), ("", "Visser"), ("", "Smit"),
            ("de", "Boer"), ("", "Mulder"), ("de", "Groot"), ("", "Bos"), ("", "Vos"), ("", "Peters"),
            ("", "Hendriks"), ("van", "Leeuwen"), ("", "Dekker"), ("", "Brouwer"), ("de", "Wit"), ("", "Dijkstra"),
            ("", "Smits"), ("de", "Graaf"), ("van der", "Meer"), ("van den", "Berg"), ("", "Kok"), ("", "Jacobs"),
            ("", "Vermeulen"), ("van", "Beek"), ("", "Willems"), ("", "Hoekstra"), ("", "Koster"), ("", "Prins"),
            ("", "El Amrani"), ("", "Yılmaz"), ("", "Kramer"), ("", "Schouten"), ("van", "Vliet"),
            ("", "Verhoeven"), ("", "Postma"), ("ter", "Horst"), ("", "Bouzid"), ("", "Zwart")]),
    "BE": (["Lien", "Elke", "Hanne", "Louise", "Marie", "Ines", "Jana", "Nathalie", "Camille", "Amélie",
            "Aurélie", "Chloé", "Sofie", "Griet"],
           ["Wout", "Pieter", "Jens", "Tom", "Bart", "Kobe", "Arne", "Sven", "Thomas", "Seppe", "Julien",
            "Maxime", "Benoît", "Sébastien"],
           [("", n) for n in ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens",
                              "Wouters", "De Smet", "Dubois", "Lambert", "Dupont", "Van den Broeck", "Vermeersch",
                              "De Clercq", "Hermans", "Michiels", "Van Damme", "Lemaire", "Leclercq", "Renard",
                              "Coppens", "Verstraeten", "Vandenberghe"]]),
    "DE": (["Anna", "Lea", "Laura", "Julia", "Sophie", "Hannah", "Lena", "Katharina", "Marie", "Johanna", "Sarah",
            "Miriam", "Sabine", "Ayşe", "Jana", "Franziska"],
           ["Lukas", "Jonas", "Felix", "Maximilian", "Leon", "Paul", "Jan", "Tobias", "Florian", "Sebastian",
            "Niklas", "Moritz", "Jürgen", "Mehmet", "Björn", "Dominik"],
           [("", n) for n in ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
                              "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf",
                              "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hartmann",
                              "Lange", "Schmitz", "Krause", "Werner", "Köhler", "Öztürk", "Herrmann"]]),
    "AT": (["Anna", "Sarah", "Lena", "Magdalena", "Theresa", "Katharina", "Verena", "Christina", "Elisabeth"],
           ["Lukas", "Tobias", "David", "Elias", "Florian", "Stefan", "Matthias", "Bernhard", "Georg"],
           [("", n) for n in ["Gruber", "Huber", "Bauer", "Wagner", "Pichler", "Steiner", "Moser", "Mayer",
                              "Hofer", "Leitner", "Berger", "Fuchs", "Eder", "Schmid", "Winkler", "Reiter",
                              "Brunner", "Wimmer", "Egger", "Lehner"]]),
    "FR": (["Camille", "Léa", "Manon", "Chloé", "Inès", "Clara", "Louise", "Juliette", "Sarah", "Pauline",
            "Élodie", "Margaux", "Anaïs"],
           ["Lucas", "Hugo", "Louis", "Gabriel", "Arthur", "Nathan", "Théo", "Antoine", "Maxime", "Julien",
            "Nicolas", "Mathieu", "Karim", "Yanis"],
           [("", n) for n in ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
                              "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "Bertrand",
                              "Roux", "Vincent", "Fournier", "Morel", "Girard", "Mercier", "Bonnet", "Benali",
                              "Chevalier", "Gauthier"]]),
    "GB": (["Olivia", "Amelia", "Isla", "Emily", "Sophie", "Charlotte", "Grace", "Hannah", "Rebecca", "Aisha"],
           ["Oliver", "George", "Harry", "Jack", "James", "William", "Thomas", "Daniel", "Matthew", "Rohan"],
           [("", n) for n in ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Roberts",
                              "Walker", "Wright", "Robinson", "Thompson", "Hughes", "Edwards", "Green", "Hall",
                              "Patel", "Khan"]]),
    "IE": (["Aoife", "Siobhán", "Niamh", "Ciara", "Sinéad", "Aisling"],
           ["Conor", "Seán", "Cian", "Oisín", "Darragh", "Ronan"],
           [("", n) for n in ["Murphy", "Kelly", "O'Sullivan", "Walsh", "O'Brien", "Byrne", "Ryan", "O'Connor",
                              "McCarthy", "Doyle", "Gallagher"]]),
    "PL": (["Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Zofia", "Julia"],
           ["Piotr", "Krzysztof", "Tomasz", "Paweł", "Michał", "Jakub", "Łukasz", "Wojciech"],
           [("", "Nowak|Nowak"), ("", "Kowalski|Kowalska"), ("", "Wiśniewski|Wiśniewska"), ("", "Wójcik|Wójcik"),
            ("", "Kowalczyk|Kowalczyk"), ("", "Kamiński|Kamińska"), ("", "Lewandowski|Lewandowska"),
            ("", "Zieliński|Zielińska"), ("", "Woźniak|Woźniak"), ("", "Dąbrowski|Dąbrowska")]),
    "ES": (["Lucía", "María", "Carmen", "Paula", "Laura", "Marta"],
           ["Alejandro", "Javier", "Pablo", "Daniel", "Sergio", "Álvaro", "Íñigo"],
           [("", n) for n in ["García López", "Fernández Ruiz", "Martínez Sánchez", "Rodríguez Gómez",
                              "Pérez Díaz", "Moreno Álvarez", "Jiménez Romero", "Navarro Torres"]]),
    "IT": (["Giulia", "Francesca", "Chiara", "Sara", "Martina"],
           ["Alessandro", "Lorenzo", "Matteo", "Luca", "Andrea", "Giovanni", "Federico"],
           [("", n) for n in ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
                              "Marino", "Greco", "Conti"]]),
    "SE": (["Elsa", "Maja", "Astrid", "Ebba", "Linnea", "Karin"],
           ["Erik", "Oskar", "Lars", "Johan", "Nils", "Björn"],
           [("", n) for n in ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
                              "Persson", "Lindqvist", "Bergström", "Sjöberg"]]),
    "US": (["Emily", "Madison", "Ashley", "Jessica", "Megan", "Hannah", "Jennifer", "Lauren"],
           ["Michael", "Ryan", "Tyler", "Brandon", "Kevin", "David", "Chris", "Jake"],
           [("", n) for n in ["Johnson", "Miller", "Davis", "Anderson", "Martinez", "Thompson", "Garcia",
                              "Robinson", "Clark", "Lewis", "Young", "Nguyen", "Kim", "O'Neill", "Rivera"]]),
    "CA": (["Olivia", "Emma", "Chloé", "Gabrielle"],
           ["Liam", "Noah", "Ethan", "Mathieu", "Owen"],
           [("", n) for n in ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "MacDonald", "Campbell", "Leblanc"]]),
    "CH": (["Nicole", "Corinne", "Barbara"], ["Reto", "Beat", "Urs"],
           [("", n) for n in ["Keller", "Meier", "Baumann", "Frei", "Brunner"]]),
}

NL_PC_LETTERS = ["AB", "AC", "AD", "AE", "AG", "AH", "AJ", "AK", "AL", "AM", "AN", "AP", "AR", "AT", "AV", "AW",
                 "AX", "BA", "BB", "BC", "BD", "BE", "BG", "BH", "BJ", "BK", "BL", "BM", "BN", "BP", "BR", "BT",
                 "BV", "BW", "CA", "CB", "CC", "CD", "CE", "CG", "CH", "CJ", "CK", "CL", "CM", "CN", "CP", "CR",
                 "CS", "CT", "CV", "CW", "DA", "DB", "DC", "DE", "DG", "DH", "DJ", "DK", "DL", "DM", "DN", "DP",
                 "EA", "EB", "EC", "ED", "EE", "EG", "EH", "EJ", "EK", "EL", "EM", "EN", "EP", "ER", "ES", "ET",
                 "GA", "GB", "GC", "GD", "GE", "GG", "GH", "GJ", "GK", "GL", "GM", "GN", "GP", "GR", "GS", "GT",
                 "HA", "HB", "HC", "HD", "HE", "HG", "HH", "HJ", "HK", "HL", "HM", "HN", "HP", "HR", "HS", "HT",
                 "JA", "JB", "JC", "JD", "JE", "JG", "JH", "JJ", "JK", "JL", "JM", "JN", "JP", "JR", "JS", "JT",
                 "KA", "KB", "KC", "KD", "KE", "KG", "KH", "KJ", "KK", "KL", "KM", "KN", "KP", "KR", "KS", "KT",
                 "LA", "LB", "LC", "LD", "LE", "LG", "LH", "LJ", "LK", "LL", "LM", "LN", "LP", "LR", "LS", "LT",
                 "MA", "MB", "MC", "MD", "ME", "MG", "MH", "MJ", "MK", "ML", "MM", "MN", "MP", "MR", "MS", "MT",
                 "NA", "NB", "NC", "ND", "NE", "NG", "NH", "NJ", "NK", "NL", "NM", "NN", "NP", "NR", "NS", "NT",
                 "PA", "PB", "PC", "PD", "PE", "PG", "PH", "PJ", "PK", "PL", "PM", "PN", "PP", "PR", "PS", "PT",
                 "RA", "RB", "RC", "RD", "RE", "RG", "RH", "RJ", "RK", "RL", "RM", "RN", "RP", "RR", "RS", "RT",
                 "TA", "TB", "TC", "TD", "TE", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TP", "TR", "TS", "TT",
                 "VA", "VB", "VC", "VD", "VE", "VG", "VH", "VJ", "VK", "VL", "VM", "VN", "VP", "VR", "VS", "VT",
                 "WA", "WB", "WC", "WD", "WE", "WG", "WH", "WJ", "WK", "WL", "WM", "WN", "WP", "WR", "WS", "WT",
                 "XA", "XB", "XC", "XD", "XE", "XG", "XH", "XJ", "XK", "XL", "XM", "XN", "XP", "XR", "XS", "XT",
                 "ZA", "ZB", "ZC", "ZD", "ZE", "ZG", "ZH", "ZJ", "ZK", "ZL", "ZM", "ZN", "ZP", "ZR", "ZS", "ZT"]

# city: (country, postcodes (list or (lo, hi) for NL digit ranges), streets, landline area code)
CITIES = {
    # Netherlands
    "Utrecht": ("NL", (3511, 3585), ["Oudegracht", "Biltstraat", "Amsterdamsestraatweg", "Twijnstraat",
                                      "Nachtegaalstraat", "Kanaalstraat", "Burgemeester Reigerstraat",
                                      "Vleutenseweg", "Adriaen van Ostadelaan", "Croeselaan"], "030"),
    "Amsterdam": ("NL", (1011, 1098), ["Prinsengracht", "Ferdinand Bolstraat", "Javastraat", "Kinkerstraat",
                                        "Overtoom", "Czaar Peterstraat", "Van Woustraat", "Bilderdijkstraat"], "020"),
    "Rotterdam": ("NL", (3011, 3084), ["Witte de Withstraat", "Nieuwe Binnenweg", "Zwart Janstraat",
                                        "Goudsesingel", "Beijerlandselaan"], "010"),
    "Den Haag": ("NL", (2511, 2597), ["Laan van Meerdervoort", "Frederik Hendriklaan", "Weimarstraat",
                                       "Prinsegracht"], "070"),
    "Eindhoven": ("NL", (5611, 5658), ["Kruisstraat", "Hoogstraat", "Boschdijk", "Stratumsedijk"], "040"),
    "Amersfoort": ("NL", (3811, 3829), ["Langestraat", "Leusderweg", "Soesterweg"], "033"),
    "Zwolle": ("NL", (8011, 8043), ["Assendorperstraat", "Diezerstraat", "Van Karnebeekstraat"], "038"),
    "Nijmegen": ("NL", (6511, 6546), ["Tollensstraat", "Groesbeekseweg", "Graafseweg"], "024"),
    "Haarlem": ("NL", (2011, 2037), ["Zijlweg", "Kleverparkweg", "Rijksstraatweg"], "023"),
    "Leiden": ("NL", (2311, 2334), ["Haarlemmerstraat", "Hooigracht", "Morsweg"], "071"),
    "Groningen": ("NL", (9711, 9747), ["Nieuwe Ebbingestraat", "Oosterstraat", "Korreweg"], "050"),
    "Maastricht": ("NL", (6211, 6229), ["Wycker Brugstraat", "Tongersestraat", "Boschstraat"], "043"),
    "Houten": ("NL", (3991, 3995), ["Het Rond", "Odijkerweg"], "030"),
    "Bergen": ("NL", (1861, 1865), ["Breelaan", "Dorpsstraat"], "072"),
    # Belgium
    "Gent": ("BE", ["9000", "9030", "9040", "9050"], ["Overpoortstraat", "Sleepstraat", "Kortrijksesteenweg",
                                                      "Dampoortstraat", "Coupure Links"], "09"),
    "Antwerpen": ("BE", ["2000", "2018", "2060", "2140"], ["Kammenstraat", "Dambruggestraat", "Turnhoutsebaan",
                                                           "Lange Leemstraat"], "03"),
    "Brussel": ("BE", ["1000", "1050", "1060", "1030"], ["Chaussée de Wavre", "Rue du Bailli", "Avenue Louise",
                                                         "Rue Royale", "Vlaamsesteenweg"], "02"),
    "Leuven": ("BE", ["3000", "3010"], ["Naamsestraat", "Tiensestraat", "Diestsevest"], "016"),
    "Liège": ("BE", ["4000", "4020"], ["Rue Saint-Gilles", "Boulevard de la Sauvenière", "Rue Puits-en-Sock"], "04"),
    "Hasselt": ("BE", ["3500"], ["Kempische Steenweg", "Demerstraat"], "011"),
    "Mechelen": ("BE", ["2800"], ["Bruul", "Adegemstraat"], "015"),
    "Brugge": ("BE", ["8000"], ["Langestraat", "Smedenstraat"], "050"),
    # Germany
    "Köln": ("DE", ["50667", "50668", "50670", "50672", "50674", "50676", "50677", "50733", "50735", "50937",
                    "50939", "51063", "51103"], ["Venloer Straße", "Aachener Straße", "Zülpicher Straße",
                                                 "Neusser Straße", "Severinstraße"], "0221"),
    "Düsseldorf": ("DE", ["40210", "40211", "40215", "40219", "40223", "40225", "40227", "40233", "40477"],
                   ["Kölner Straße", "Lindenstraße", "Bilker Allee", "Nordstraße"], "0211"),
    "Berlin": ("DE", ["10115", "10119", "10243", "10245", "10247", "10405", "10435", "10437", "10997", "10999",
                      "12043", "12047"], ["Oranienstraße", "Kastanienallee", "Sonnenallee", "Boxhagener Straße",
                                          "Schönhauser Allee"], "030"),
    "München": ("DE", ["80331", "80335", "80469", "80799", "80801", "81541", "81667"],
                ["Leopoldstraße", "Sendlinger Straße", "Schellingstraße", "Wörthstraße"], "089"),
    "Münster": ("DE", ["48143", "48145", "48147", "48149", "48151", "48153"], ["Hammer Straße", "Wolbecker Straße"], "0251"),
    "Aachen": ("DE", ["52062", "52064", "52066", "52068", "52070"], ["Pontstraße", "Jakobstraße"], "0241"),
    "Frankfurt am Main": ("DE", ["60311", "60313", "60316", "60318", "60385", "60487", "60594"],
                          ["Berger Straße", "Leipziger Straße", "Schweizer Straße"], "069"),
    # France
    "Lyon": ("FR", ["69001", "69002", "69003", "69004", "69006", "69007"], ["Rue de la République",
                                                                          "Cours Gambetta", "Rue Paul Bert",
                                                                          "Rue Garibaldi", "Montée de la Grande Côte"], "04 78"),
    "Paris": ("FR", ["75003", "75010", "75011", "75012", "75018", "75019", "75020"],
              ["Rue Oberkampf", "Rue de Charonne", "Boulevard Voltaire", "Rue du Faubourg Saint-Denis",
               "Rue de la Roquette"], "01"),
    "Lille": ("FR", ["59000", "59800"], ["Rue Solférino", "Rue Nationale", "Rue de Gand"], "03 20"),
    "Strasbourg": ("FR", ["67000", "67100", "67200"], ["Grand'Rue", "Rue du Faubourg National", "Route du Polygone"], "03 88"),
    "Bordeaux": ("FR", ["33000", "33800"], ["Cours Victor Hugo", "Rue Sainte-Catherine"], "05 56"),
    "Nantes": ("FR", ["44000", "44100"], ["Rue Crébillon", "Rue de Strasbourg"], "02 40"),
    # Austria
    "Wien": ("AT", ["1020", "1030", "1040", "1050", "1060", "1070", "1080", "1090", "1100", "1120", "1150",
                    "1160", "1180"], ["Mariahilfer Straße", "Neubaugasse", "Favoritenstraße", "Praterstraße",
                                      "Ottakringer Straße", "Wiedner Hauptstraße", "Josefstädter Straße"], "01"),
    "Graz": ("AT", ["8010", "8020", "8036", "8042"], ["Annenstraße", "Leonhardstraße", "Sporgasse"], "0316"),
    "Linz": ("AT", ["4020", "4040"], ["Landstraße", "Hauptstraße"], "0732"),
    "Salzburg": ("AT", ["5020"], ["Linzer Gasse", "Schallmooser Hauptstraße"], "0662"),
    "Innsbruck": ("AT", ["6020"], ["Anichstraße", "Leopoldstraße"], "0512"),
    # United Kingdom
    "London": ("GB", ["N1 9GU", "E8 3RL", "SE15 4QL", "SW9 8HE", "NW5 2HB", "E2 7DG"],
               ["Mare Street", "Rye Lane", "Brixton Road", "Kentish Town Road", "Upper Street", "Columbia Road"], "020"),
    "Manchester": ("GB", ["M14 5TQ", "M20 2LN"], ["Wilmslow Road", "Burton Road"], "0161"),
    "Bristol": ("GB", ["BS6 5QA", "BS3 1QH"], ["Gloucester Road", "North Street"], "0117"),
    "Edinburgh": ("GB", ["EH9 1QR", "EH6 6JJ"], ["Marchmont Road", "Leith Walk"], "0131"),
    "Cambridge": ("GB", ["CB1 2LG"], ["Mill Road"], "01223"),
    # Ireland
    "Dublin": ("IE", ["D08 T6X2", "D06 K8W3", "D07 F2X5"], ["Rathmines Road Lower", "Manor Street", "Thomas Street"], "01"),
    # Poland
    "Warszawa": ("PL", ["00-013", "02-495", "03-736", "01-248"], ["ul. Marszałkowska", "ul. Puławska", "ul. Targowa"], "22"),
    "Kraków": ("PL", ["30-059", "31-154"], ["ul. Karmelicka", "ul. Długa"], "12"),
    "Wrocław": ("PL", ["50-370"], ["ul. Jedności Narodowej"], "71"),
    # Spain
    "Madrid": ("ES", ["28013", "28004", "28045"], ["Calle de Fuencarral", "Calle de Embajadores"], "91"),
    "Barcelona": ("ES", ["08012", "08001"], ["Carrer de Verdi", "Carrer de Sant Pau"], "93"),
    "Valencia": ("ES", ["46002", "46005"], ["Carrer de Russafa", "Carrer de Cuba"], "96"),
    # Italy
    "Milano": ("IT", ["20121", "20143"], ["Via Solferino", "Via Vigevano"], "02"),
    "Torino": ("IT", ["10123"], ["Via Po"], "011"),
    "Bologna": ("IT", ["40126"], ["Via Zamboni"], "051"),
    # Sweden
    "Stockholm": ("SE", ["114 55", "118 50", "113 31"], ["Götgatan", "Odengatan", "Karlavägen"], "08"),
    "Göteborg": ("SE", ["413 04"], ["Linnégatan"], "031"),
    "Malmö": ("SE", ["211 22"], ["Davidshallsgatan"], "040"),
    # Switzerland (one prospect)
    "Zürich": ("CH", ["8004"], ["Langstrasse"], "044"),
}

CITIES_BY_CC = defaultdict(list)
for _c, (_cc, *_r) in CITIES.items():
    if _c not in ("Bergen", "Houten", "Maastricht", "Cambridge", "Valencia"):
        CITIES_BY_CC[_cc].append(_c)

# US cities: (city, state abbr, state name, ZIPs, streets, area codes)
US_CITIES = {
    "San Francisco": ("CA", "California", ["94110", "94117"], ["Valencia St", "Haight St"], ["415", "628"]),
    "Brooklyn": ("NY", "New York", ["11215", "11211"], ["7th Ave", "Bedford Ave"], ["718", "347"]),
    "Austin": ("TX", "Texas", ["78704"], ["S Congress Ave", "S 1st St"], ["512", "737"]),
    "Chicago": ("IL", "Illinois", ["60614", "60622"], ["N Halsted St", "N Milwaukee Ave"], ["312", "773"]),
    "Seattle": ("WA", "Washington", ["98103"], ["N 45th St", "Stone Way N"], ["206"]),
    "Portland": ("OR", "Oregon", ["97214"], ["SE Hawthorne Blvd"], ["503", "971"]),
    "Cambridge": ("MA", "Massachusetts", ["02139"], ["Massachusetts Ave", "Prospect St"], ["617", "857"]),
    "Washington": ("DC", "District of Columbia", ["20009"], ["18th St NW", "Columbia Rd NW"], ["202"]),
    "Denver": ("CO", "Colorado", ["80206"], ["E 17th Ave"], ["303", "720"]),
}
ZIP3_STATE = {"941": "CA", "112": "NY", "787": "TX", "606": "IL", "981": "WA", "972": "OR", "021": "MA",
              "200": "DC", "802": "CO"}
CA_CITIES = {
    "Toronto": ("ON", ["M6J 1G1", "M5V 2T6"], ["Queen St W", "Ossington Ave"], ["416", "647"]),
    "Montréal": ("QC", ["H2T 1S6", "H2W 1Y2"], ["Rue Saint-Denis", "Avenue du Mont-Royal Est"], ["514", "438"]),
    "Vancouver": ("BC", ["V6K 2G7"], ["W 4th Ave"], ["604", "778"]),
}

COUNTRY_NAMES = {  # ISO -> (Dutch, English, German)
    "NL": ("Nederland", "Netherlands", "Niederlande"),
    "BE": ("België", "Belgium", "Belgien"),
    "DE": ("Duitsland", "Germany", "Deutschland"),
    "FR": ("Frankrijk", "France", "Frankreich"),
    "AT": ("Oostenrijk", "Austria", "Österreich"),
    "GB": ("Verenigd Koninkrijk", "United Kingdom", "Vereinigtes Königreich"),
    "IE": ("Ierland", "Ireland", "Irland"),
    "PL": ("Polen", "Poland", "Polen"),
    "ES": ("Spanje", "Spain", "Spanien"),
    "IT": ("Italië", "Italy", "Italien"),
    "SE": ("Zweden", "Sweden", "Schweden"),
    "US": ("Verenigde Staten", "United States", "USA"),
    "CA": ("Canada", "Canada", "Kanada"),
    "CH": ("Zwitserland", "Switzerland", "Schweiz"),
}

GENERIC_DOMAINS = ["gmail.com"] * 8 + ["hotmail.com", "outlook.com", "icloud.com", "yahoo.com", "live.com",
                                       "gmx.net", "protonmail.com", "outlook.com", "hotmail.com"]
CC_DOMAINS = {
    "NL": ["kpnmail.nl", "ziggo.nl", "xs4all.nl", "hetnet.nl", "planet.nl", "home.nl", "live.nl"],
    "BE": ["telenet.be", "skynet.be", "proximus.be", "hotmail.be"],
    "DE": ["web.de", "gmx.de", "t-online.de", "posteo.de", "freenet.de"],
    "FR": ["orange.fr", "free.fr", "sfr.fr", "wanadoo.fr", "hotmail.fr"],
    "AT": ["gmx.at", "aon.at", "chello.at"],
    "GB": ["hotmail.co.uk", "yahoo.co.uk", "btinternet.co.uk"],
    "IE": ["iol.ie"],
    "PL": ["wp.pl", "onet.pl", "o2.pl", "interia.pl"],
    "ES": ["yahoo.es", "hotmail.es", "telefonica.es"],
    "IT": ["libero.it", "alice.it", "tiscali.it", "virgilio.it"],
    "SE": ["bahnhof.se", "hotmail.se"],
    "CA": ["sympatico.ca"],
}
CC_DOMAINS["GB"] = ["hotmail.co.uk", "yahoo.co.uk", "virginmedia.co.uk"]

# IP ranges used, all large national ISP allocations (see notes)
IP_RANGES = {
    "NL": [("194.109.0.0", 16)],                        # XS4ALL Internet BV (KPN), Netherlands
    "DE": [("217.224.0.0", 11), ("84.128.0.0", 10)],    # Deutsche Telekom AG
    "FR": [("90.0.0.0", 9)],                            # Orange S.A. (France Telecom)
    "BE": [("81.240.0.0", 12)],                         # Proximus (Belgacom Skynet)
    "GB": [("86.128.0.0", 10)],                         # British Telecommunications (BT)
    "PL": [("83.0.0.0", 11)],                           # Orange Polska (TPNET, neoplus.adsl.tpnet.pl)
    "US": [("73.0.0.0", 8)],                            # Comcast Cable Communications
}
USED_IPS = set()


def ip_in(cc, v6=False):
    if v6:
        assert cc == "DE"   # 2003::/19 Deutsche Telekom
        while True:
            a = "2003:%x:%x:%x:%x:%x:%x:%x" % (R.randint(0xc0, 0x1fff), R.randint(0x1000, 0xffff),
                                               R.randint(0, 0xffff) & 0xff00, R.randint(0, 0xffff),
                                               R.randint(0, 0xffff), R.randint(0, 0xffff), R.randint(1, 0xffff))
            if a not in USED_IPS:
                USED_IPS.add(a)
                return a
    base, plen = R.choice(IP_RANGES[cc])
    b = [int(x) for x in base.split(".")]
    bi = (b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3]
    while True:
        x = bi + R.randint(0, (1 << (32 - plen)) - 1)
        if x & 0xff in (0, 255):
            continue
        a = "%d.%d.%d.%d" % (x >> 24, (x >> 16) & 255, (x >> 8) & 255, x & 255)
        if a not in USED_IPS:
            USED_IPS.add(a)
            return a


def ip_country(a):
    if a.startswith("2003:"):
        return "DE"
    p = [int(x) for x in a.split(".")]
    x = (p[0] << 24) | (p[1] << 16) | (p[2] << 8) | p[3]
    for cc, ranges in IP_RANGES.items():
        for base, plen in ranges:
            b = [int(y) for y in base.split(".")]
            bi = (b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3]
            if x >> (32 - plen) == bi >> (32 - plen):
                return cc
    return None


# ---- phones ---------------------------------------------------------------
CALLING = {"NL": "31", "BE": "32", "DE": "49", "FR": "33", "AT": "43", "GB": "44", "IE": "353", "PL": "48",
           "ES": "34", "IT": "39", "SE": "46", "US": "1", "CA": "1", "CH": "41"}


def mobile_nsn(cc, city=None):
    """national significant number (no trunk 0)"""
    if cc == "NL":
        return "6" + R.choice("12345") + digits(7)
    if cc == "BE":
        return "4" + R.choice(["70", "71", "72", "73", "75", "76", "77", "78", "79", "84", "85", "86", "87",
                                "88", "89", "91", "92", "93", "94", "95", "96", "97", "98", "99"]) + digits(6)
    if cc == "DE":
        p = R.choice(["151", "152", "157", "160", "162", "170", "171", "172", "173", "175", "176", "177", "178"])
        return p + digits(7 if p.startswith("16") else 8)
    if cc == "FR":
        return R.choice("67") + digits(8)
    if cc == "AT":
        return R.choice(["664", "676", "650", "660", "699", "681"]) + digits(7)
    if cc == "GB":
        return "7" + R.choice(["4", "5", "8", "9"]) + digits(8)
    if cc == "IE":
        return "8" + R.choice("35679") + digits(7)
    if cc == "PL":
        return R.choice(["50", "51", "53", "57", "60", "66", "69", "72", "78", "79", "88"]) + digits(7)
    if cc == "ES":
        return "6" + digits(8)
    if cc == "IT":
        return "3" + R.choice(["20", "28", "33", "34", "35", "38", "39", "40", "47", "48", "49", "66"]) + digits(7)
    if cc == "SE":
        return "7" + R.choice("0236") + digits(7)
    if cc == "CH":
        return "7" + R.choice("6789") + digits(7)
    if cc in ("US", "CA"):
        if cc == "US":
            ac = R.choice(US_CITIES[city][4])
        else:
            ac = R.choice(CA_CITIES[city][3])
        while True:
            ex = str(R.randint(201, 989))
            if ex != "555" and ex[1:] != "11":
                break
        return ac + ex + digits(4)
    raise ValueError(cc)


def fmt_national(cc, n):
    if cc == "NL":
        return R.choice(["0%s-%s" % (n[0], n[1:]), "0%s %s" % (n[0], n[1:]), "0" + n,
                         "0%s %s %s" % (n[0], n[1:5], n[5:])])
    if cc == "BE":
        return R.choice(["0%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:]), "0%s/%s.%s.%s" % (n[:3], n[3:5], n[5:7], n[7:]),
                         "0" + n])
    if cc == "DE":
        return R.choice(["0%s %s" % (n[:3], n[3:]), "0%s/%s" % (n[:3], n[3:]), "0%s-%s" % (n[:3], n[3:])])
    if cc == "FR":
        s = "0" + n
        return R.choice([" ".join(s[i:i + 2] for i in range(0, 10, 2)), ".".join(s[i:i + 2] for i in range(0, 10, 2)), s])
    if cc == "AT":
        return R.choice(["0%s %s" % (n[:3], n[3:]), "0%s/%s" % (n[:3], n[3:])])
    if cc == "GB":
        return "0%s %s" % (n[:4], n[4:])
    if cc == "IE":
        return "0%s %s %s" % (n[:2], n[2:5], n[5:])
    if cc == "PL":
        return "%s %s %s" % (n[:3], n[3:6], n[6:])
    if cc == "ES":
        return "%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:])
    if cc == "IT":
        return "%s %s" % (n[:3], n[3:])
    if cc == "SE":
        return "0%s-%s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])
    if cc == "CH":
        return "0%s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])
    if cc in ("US", "CA"):
        return R.choice(["(%s) %s-%s" % (n[:3], n[3:6], n[6:]), "%s-%s-%s" % (n[:3], n[3:6], n[6:]),
                         "%s.%s.%s" % (n[:3], n[3:6], n[6:])])
    raise ValueError(cc)


def fmt_intl(cc, n):
    c = CALLING[cc]
    if cc == "NL":
        return R.choice(["+31 %s %s" % (n[0], n[1:]), "+31%s" % n, "+31 %s %s %s" % (n[0], n[1:5], n[5:])])
    if cc == "BE":
        return R.choice(["+32 %s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:]), "+32%s" % n])
    if cc == "DE":
        return R.choice(["+49 %s %s" % (n[:3], n[3:]), "+49%s" % n, "+49 (0)%s %s" % (n[:3], n[3:])])
    if cc == "FR":
        return R.choice(["+33 %s %s %s %s %s" % (n[0], n[1:3], n[3:5], n[5:7], n[7:]), "+33%s" % n])
    if cc == "AT":
        return R.choice(["+43 %s %s" % (n[:3], n[3:]), "+43 %s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:])])
    if cc == "GB":
        return R.choice(["+44 %s %s" % (n[:4], n[4:]), "+44%s" % n])
    if cc == "IE":
        return "+353 %s %s %s" % (n[:2], n[2:5], n[5:])
    if cc == "PL":
        return "+48 %s %s %s" % (n[:3], n[3:6], n[6:])
    if cc == "ES":
        return "+34 %s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:])
    if cc == "IT":
        return "+39 %s %s" % (n[:3], n[3:])
    if cc == "SE":
        return "+46 %s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])
    if cc == "CH":
        return "+41 %s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])
    if cc in ("US", "CA"):
        return R.choice(["+1 %s %s %s" % (n[:3], n[3:6], n[6:]), "+1 (%s) %s-%s" % (n[:3], n[3:6], n[6:]),
                         "+1-%s-%s-%s" % (n[:3], n[3:6], n[6:])])
    raise ValueError(c)


def e164(cc, n):
    return "+" + CALLING[cc] + n


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
PEOPLE = []
USED_EMAILS = set()
USED_USERNAMES = set()


def pick_name(origin):
    fem, mas, lasts = NAMES[origin]
    g = R.choice("fm")
    first = R.choice(fem if g == "f" else mas)
    tv, last = R.choice(lasts)
    if "|" in last:
        last = last.split("|")[0 if g == "m" else 1]
    return g, first, tv, last


def make_email(first, tv, last, origin, domain):
    german = origin in ("DE", "AT")
    f = fold(first, german)
    la = fold((tv + last).replace(" ", ""), german)
    for _ in range(50):
        pat = R.randint(0, 6)
        yy = "%02d" % R.randint(70, 99) if R.random() < 0.5 else str(R.randint(1, 99))
        local = [f + "." + la, f[0] + "." + la, f + la + yy, f + "_" + la, la + "." + f, f + yy, f + "." + la + yy][pat]
        e = local + "@" + domain
        if e not in USED_EMAILS:
            USED_EMAILS.add(e)
            return e


def make_username(first, last, origin):
    german = origin in ("DE", "AT")
    f = fold(first, german)
    la = fold(last.replace(" ", ""), german)
    for _ in range(50):
        u = R.choice([f + la[:1] + str(R.randint(1, 99)), f + "." + la, f + "_" + str(R.randint(80, 99)),
                      f + la, la + f[:1], f[:1] + la + str(R.randint(1, 9))])
        if u not in USED_USERNAMES:
            USED_USERNAMES.add(u)
            return u


def street_addr(city):
    cc, _pcs, streets, _ = CITIES[city]
    st = R.choice(streets)
    n = R.randint(1, 180)
    if cc == "NL":
        nr = str(n) + R.choice(["", "", "", "-bis", " A", "-2", " hs"])
    elif cc == "BE":
        nr = str(n) + R.choice(["", "", "", " bus 2", " bus 11", "/3"])
    elif cc in ("DE", "AT"):
        nr = str(n) + R.choice(["", "", "", "a", "", " / Top 7" if cc == "AT" else "b"])
    elif cc == "PL":
        nr = "%d m. %d" % (n, R.randint(1, 60))
    elif cc == "SE":
        nr = "%d, %d tr" % (n, R.randint(1, 5))
    else:
        nr = str(n)
    return st, nr


def postcode_for(city):
    cc, pcs, _s, _a = CITIES[city]
    if cc == "NL":
        return "%d %s" % (R.randint(*pcs), R.choice(NL_PC_LETTERS))
    return R.choice(pcs)


USED_NAMES = set()


def new_person(kind, res, origin=None, arch=None):
    origin = origin or res
    while True:
        g, first, tv, last = pick_name(origin)
        if (first, tv, last) not in USED_NAMES:
            USED_NAMES.add((first, tv, last))
            break
    p = {"pid": "p%04d" % (len(PEOPLE) + 1), "kind": kind, "res": res, "sub": None, "origin": origin,
         "arch": arch, "gender": g, "first": first, "tv": tv, "last": last, "email": None, "phone": None,
         "phone_cc": None, "phone_nsn": None, "k": {}, "partner_addr": None, "ips": [], "app": False,
         "shop": False, "city": None}
    PEOPLE.append(p)
    return p


def full_name(p):
    return " ".join(x for x in (p["first"], p["tv"], p["last"]) if x)


def set_phone(p, cc, mode, city=None):
    """mode: national / intl / none"""
    if mode == "none":
        return
    n = mobile_nsn(cc, city)
    p["phone_nsn"] = n
    p["phone_cc"] = cc
    p["phone_intl"] = mode == "intl"
    p["phone"] = fmt_intl(cc, n) if mode == "intl" else fmt_national(cc, n)


def set_email(p, kind):
    """kind: generic / cctld / cctld:<CC>"""
    if kind == "generic":
        dom = R.choice(GENERIC_DOMAINS)
    else:
        cc = kind.split(":")[1] if ":" in kind else p["res"]
        dom = R.choice(CC_DOMAINS[cc])
    p["email"] = make_email(p["first"], p["tv"], p["last"], p["origin"], dom)


def set_full_address(p, city):
    st, nr = street_addr(city)
    p["city"] = city
    p["k"] = {"straat": st, "huisnummer": nr, "postcode": postcode_for(city), "woonplaats": city,
              "land": CITIES[city][0]}


def rider(cc, arch, city=None, origin=None):
    res = None if arch == "unknown" else cc
    p = new_person("rider", res, origin or cc, arch)
    city = city or (R.choice(CITIES_BY_CC[cc]) if cc in CITIES_BY_CC else None)
    if arch in ("full", "conflict_phone", "conflict_email"):
        set_full_address(p, city)
        if arch == "conflict_phone":
            cc2 = {"Maastricht": "BE", "Amsterdam": "GB", "Antwerpen": "NL", "München": "AT",
                   "Strasbourg": "DE", "Salzburg": "DE"}[city]
            set_phone(p, cc2, "intl")
            set_email(p, "generic")
        elif arch == "conflict_email":
            set_phone(p, cc, R.choice(["national", "none"]))
            set_email(p, "cctld:" + {"Utrecht": "DE", "Lille": "BE"}[city])
        else:
            r = R.random()
            set_phone(p, cc, "national" if r < 0.5 else ("intl" if r < 0.85 else "none"))
            set_email(p, "cctld" if (R.random() < 0.3 and cc in CC_DOMAINS) else "generic")
    elif arch == "pc_city":
        p["city"] = city
        p["k"] = {"postcode": postcode_for(city), "woonplaats": city}
        set_phone(p, cc, R.choice(["national", "none"]))
        set_email(p, "generic")
    elif arch == "partner_only":
        st, nr = street_addr(city)
        p["city"] = city
        p["partner_addr"] = {"line1": "%s %s" % (st, nr), "postcode": postcode_for(city), "city": city,
                             "country": cc}
        set_phone(p, cc, R.choice(["national", "none"]))
        set_email(p, "generic")
    elif arch == "place":
        p["city"] = city
        p["k"] = {"woonplaats": city}
        set_phone(p, cc, R.choice(["national", "none", "none"]))
        set_email(p, "generic")
    elif arch == "phone":
        set_phone(p, cc, "intl", city)
        set_email(p, "generic")
    elif arch == "ip":
        set_email(p, "generic")
    elif arch == "cctld":
        set_phone(p, cc, R.choice(["national", "none"]))
        set_email(p, "cctld")
    elif arch == "unknown":
        set_phone(p, cc, R.choice(["national", "none", "none"]))
        set_email(p, "generic")
    else:
        raise ValueError(arch)
    return p


def us_rider(arch, city):
    p = new_person("rider", "US", "US", arch)
    st_ab, st_name, zips, streets, _ = US_CITIES[city]
    p["city"] = city
    z = R.choice(zips)
    num = "%d %s" % (R.randint(12, 3900), R.choice(streets))
    if arch == "us_state_zip":          # abbreviated state + ZIP
        p["k"] = {"straat": num, "postcode": z, "woonplaats": city, "provincie": st_ab, "land": "US"}
        p["sub"] = "US-" + st_ab
    elif arch == "us_state_name":       # state spelled out, no ZIP
        p["k"] = {"woonplaats": city, "provincie": st_name, "land": "US"}
        p["sub"] = "US-" + st_ab
    elif arch == "us_state_name_zip":
        p["k"] = {"straat": num, "postcode": z, "woonplaats": city, "provincie": st_name, "land": "US"}
        p["sub"] = "US-" + st_ab
    elif arch == "us_zip":              # ZIP only (state derivable from the ZIP)
        p["k"] = {"postcode": z, "woonplaats": city, "land": "US"}
        p["sub"] = "US-" + ZIP3_STATE[z[:3]]
    elif arch == "us_dc":
        p["k"] = {"straat": num, "postcode": z, "woonplaats": "Washington", "provincie": "D.C.", "land": "US"}
        p["sub"] = "US-DC"
    elif arch == "us_state_abbr":
        p["k"] = {"woonplaats": city, "provincie": st_ab, "land": "US"}
        p["sub"] = "US-" + st_ab
    elif arch == "us_country":          # country only
        p["k"] = {"land": "US"}
        p["city"] = None
    r = R.random()
    if arch == "us_state_zip":
        set_phone(p, "US", "intl", city)
    elif arch != "us_country":
        set_phone(p, "US", "national" if r < 0.5 else "none", city)
    set_email(p, "generic")
    return p


def ca_rider(arch, city, prov_written=None):
    p = new_person("rider", "CA", "CA", arch)
    prov, pcs, streets, _ = CA_CITIES[city]
    p["city"] = city
    if arch == "ca_addr":
        p["k"] = {"straat": "%d %s" % (R.randint(10, 990), R.choice(streets)), "postcode": R.choice(pcs),
                  "woonplaats": city, "provincie": prov_written or prov, "land": "CA"}
        set_phone(p, "CA", "national", city)
        set_email(p, "generic")
    elif arch == "phone":
        set_phone(p, "CA", "intl", city)
        set_email(p, "generic")
    return p


# --- build the rider population ---
def many(n, fn, *a):
    return [fn(*a) for _ in range(n)]


many(30, rider, "NL", "full")
many(4, rider, "NL", "pc_city")
many(2, rider, "NL", "partner_only")
for c in ["Utrecht", "Amersfoort", "Houten", "Bergen", "Leiden"]:
    rider("NL", "place", c)
many(3, rider, "NL", "phone")
many(3, rider, "NL", "ip")
many(3, rider, "NL", "cctld")
rider("NL", "conflict_phone", "Maastricht")
rider("NL", "conflict_phone", "Amsterdam", "GB")       # British expat in Amsterdam, UK mobile
rider("NL", "conflict_email", "Utrecht", "DE")         # German living in Utrecht, web.de/gmx.de address
many(10, rider, "NL", "unknown")

many(11, rider, "BE", "full")
rider("BE", "partner_only")
for c in ["Gent", "Hasselt", "Mechelen", "Antwerpen"]:
    rider("BE", "place", c)
many(2, rider, "BE", "phone")
many(2, rider, "BE", "ip")
rider("BE", "cctld")
rider("BE", "conflict_phone", "Antwerpen", "NL")       # Dutch-born, keeps his +31 mobile

many(13, rider, "DE", "full")
rider("DE", "partner_only")
for c in ["Köln", "Düsseldorf", "Münster"]:
    rider("DE", "place", c)
many(3, rider, "DE", "phone")
many(3, rider, "DE", "ip")
many(2, rider, "DE", "cctld")
rider("DE", "conflict_phone", "München", "AT")
many(2, rider, "DE", "unknown")

many(8, rider, "FR", "full")
for c in ["Lyon", "Lille", "Bordeaux"]:
    rider("FR", "place", c)
rider("FR", "phone")
many(2, rider, "FR", "ip")
rider("FR", "cctld")
rider("FR", "conflict_phone", "Strasbourg", "DE")      # lives in Strasbourg, German mobile
rider("FR", "conflict_email", "Lille", "BE")           # lives in Lille, telenet/skynet address
rider("FR", "unknown")

many(6, rider, "AT", "full")
rider("AT", "place", "Graz")
rider("AT", "phone")
rider("AT", "cctld")
rider("AT", "conflict_phone", "Salzburg", "DE")

many(3, rider, "GB", "full")
rider("GB", "place", "London")
rider("GB", "place", "Cambridge")
rider("GB", "phone")
rider("GB", "ip")
rider("GB", "cctld")

rider("IE", "full", "Dublin")
rider("IE", "phone")
rider("IE", "cctld")
many(2, rider, "PL", "full")
rider("PL", "phone")
rider("PL", "ip")
rider("PL", "cctld")
rider("ES", "full")
rider("ES", "place", "Valencia")
rider("ES", "phone")
rider("ES", "cctld")
rider("IT", "full")
rider("IT", "phone")
many(2, rider, "IT", "cctld")
rider("SE", "full")
rider("SE", "phone")
rider("SE", "cctld")

us_rider("us_state_zip", "San Francisco")
us_rider("us_state_zip", "Austin")
us_rider("us_state_name", "Brooklyn")
us_rider("us_state_name_zip", "Chicago")
us_rider("us_zip", "Cambridge")
us_rider("us_zip", "Seattle")
us_rider("us_state_abbr", "Portland")
us_rider("us_dc", "Washington")
us_rider("us_country", "Denver")
_usip = new_person("rider", "US", "US", "ip")
set_email(_usip, "generic")
ca_rider("ca_addr", "Toronto", "ON")
ca_rider("ca_addr", "Montréal", "Québec")
ca_rider("phone", "Vancouver")

RIDERS = [p for p in PEOPLE if p["kind"] == "rider"]

# place-name homonyms recorded in truth
HOMONYMS = {"Hasselt": "Hasselt is a city in Belgium (Limburg) and a town in the Netherlands (Overijssel)",
            "Mechelen": "Mechelen is a city in Belgium (Antwerp province) and a village in the Netherlands (Limburg)",
            "Bergen": "Bergen is a municipality in North Holland and one in Limburg (NL), a city in Norway, and the Dutch name of Mons (Belgium)",
            "London": "London is the UK capital and also a city in Ontario, Canada",
            "Cambridge": "Cambridge exists in England and in Massachusetts (US)",
            "Valencia": "Valencia is a city in Spain and also in Venezuela"}

# ---- app users, shop users, IPs -----------------------------------------------
for p in RIDERS:
    if p["arch"] == "ip":
        p["app"] = True
    elif p["arch"] in ("full", "conflict_phone", "conflict_email") and p["res"] in IP_RANGES and p["res"] != "US":
        p["app"] = R.random() < 0.55
    if p["app"]:
        v6 = p["res"] == "DE" and R.random() < 0.3
        p["ips"].append(ip_in(p["res"], v6))
_ip_de = [p for p in RIDERS if p["arch"] == "ip" and p["res"] == "DE"]
if not any(":" in ip for p in _ip_de for ip in p["ips"]):      # make sure one DE ip-only person is IPv6
    _ip_de[0]["ips"] = [ip_in("DE", True)]

_shop_pool = [p for p in RIDERS if (p["arch"] == "ip" or (p["arch"] in ("full", "conflict_phone", "conflict_email")
                                                          and p["res"] in IP_RANGES and p["res"] != "US"))]
R.shuffle(_shop_pool)
for p in _shop_pool[:42]:
    p["shop"] = True
    if not p["ips"] or R.random() < 0.3:
        p["ips"].append(ip_in(p["res"], p["res"] == "DE" and R.random() < 0.25))

# ---- customer numbers, usernames, account data ----------------------------
START = dt.datetime(2019, 4, 1, tzinfo=UTC)
kid = 10230
R.shuffle(RIDERS)
for p in RIDERS:
    kid += R.randint(1, 37)
    p["klant_id"] = kid
RIDERS.sort(key=lambda q: q["klant_id"])
for p in RIDERS:
    p["klantnummer"] = "VL-%06d" % (100000 + p["klant_id"] * 7 % 900000)
    p["username"] = make_username(p["first"], p["last"], p["origin"]) if (p["shop"] or R.random() < 0.6) else None
    p["created"] = rdate(START, EXPORT - dt.timedelta(days=20))
    if p["app"]:
        p["created"] = rdate(dt.datetime(2022, 1, 10, tzinfo=UTC), EXPORT - dt.timedelta(days=5))
    p["dob"] = (dt.date(1952, 1, 1) + dt.timedelta(days=R.randint(0, 365 * 54))) if R.random() < 0.85 else None
    p["pw"] = argon_hash() if p["created"] > dt.datetime(2023, 3, 1, tzinfo=UTC) else bcrypt_hash()
    p["status"] = R.choices(["actief", "inactief", "geblokkeerd", "verwijderverzoek"], [85, 10, 3, 2])[0]
    p["taal"] = {"NL": "nl", "BE": R.choice(["nl", "fr"]), "DE": "de", "AT": "de", "FR": "fr"}.get(p["res"] or p["origin"], "en")

# ==========================================================================
# stations (also a control file)
# ==========================================================================
OP_CITIES = {
    "Utrecht": ("NL", 52.0907, 5.1214, ["Utrecht Centraal Jaarbeurszijde", "Neude", "Vredenburg", "Lombok Kanaalstraat",
                                         "Wittevrouwen", "Utrecht Science Park", "Leidsche Rijn Centrum", "Zuilen"]),
    "Amsterdam": ("NL", 52.3702, 4.8952, ["Centraal Station IJzijde", "Leidseplein", "Museumplein", "Amstel",
                                           "Sloterdijk", "Waterlooplein", "Oostpoort"]),
    "Rotterdam": ("NL", 51.9244, 4.4777, ["Rotterdam Centraal", "Blaak", "Kop van Zuid", "Oude Haven", "Kralingse Zoom"]),
    "Den Haag": ("NL", 52.0705, 4.3007, ["Den Haag Centraal", "Hollands Spoor", "Scheveningen Haven", "Spui"]),
    "Eindhoven": ("NL", 51.4416, 5.4697, ["Eindhoven Centraal", "Strijp-S", "TU/e Campus"]),
    "Gent": ("BE", 51.0543, 3.7174, ["Gent-Sint-Pieters", "Korenmarkt", "Dampoort", "Zuid", "UZ Gent"]),
    "Antwerpen": ("BE", 51.2194, 4.4025, ["Antwerpen-Centraal", "Groenplaats", "Eilandje", "Zuid"]),
    "Brussel": ("BE", 50.8467, 4.3525, ["Brussel-Centraal / Bruxelles-Central", "Flagey", "Schuman", "Zuidstation / Gare du Midi"]),
    "Leuven": ("BE", 50.8798, 4.7005, ["Leuven Station", "Ladeuzeplein", "Gasthuisberg"]),
    "Köln": ("DE", 50.9375, 6.9603, ["Köln Hbf", "Rudolfplatz", "Ehrenfeld Bf", "Deutz/Messe", "Chlodwigplatz", "Uni-Mensa"]),
    "Düsseldorf": ("DE", 51.2277, 6.7735, ["Düsseldorf Hbf", "Medienhafen", "Heinrich-Heine-Allee", "Bilk S"]),
    "Berlin": ("DE", 52.5200, 13.4050, ["Warschauer Straße", "Alexanderplatz", "Hermannplatz", "Mauerpark", "Hauptbahnhof"]),
    "Lyon": ("FR", 45.7640, 4.8357, ["Part-Dieu", "Bellecour", "Croix-Rousse", "Perrache", "Guillotière"]),
    "Lille": ("FR", 50.6292, 3.0573, ["Lille Flandres", "Grand Place", "Wazemmes", "Euralille"]),
    "Paris": ("FR", 48.8566, 2.3522, ["Gare du Nord", "République", "Bastille", "Oberkampf", "Gare de Lyon"]),
    "Strasbourg": ("FR", 48.5734, 7.7521, ["Gare Centrale", "Place Kléber", "Krutenau", "Neudorf"]),
    "Wien": ("AT", 48.2082, 16.3738, ["Westbahnhof", "Praterstern", "Karlsplatz", "Schwedenplatz", "Hauptbahnhof"]),
    "Graz": ("AT", 47.0707, 15.4395, ["Hauptbahnhof", "Jakominiplatz", "Lendplatz", "Uni Graz"]),
}
CITY_CODE = {"Utrecht": "UTR", "Amsterdam": "AMS", "Rotterdam": "RTM", "Den Haag": "DHG", "Eindhoven": "EHV",
             "Gent": "GNT", "Antwerpen": "ANR", "Brussel": "BRU", "Leuven": "LEU", "Köln": "CGN",
             "Düsseldorf": "DUS", "Berlin": "BER", "Lyon": "LYS", "Lille": "LIL", "Paris": "PAR",
             "Strasbourg": "SXB", "Wien": "VIE", "Graz": "GRZ"}
STATIONS = []
sid = 100
for city, (cc, lat, lon, names) in OP_CITIES.items():
    for i, nm in enumerate(names):
        sid += 1
        STATIONS.append({"station_id": sid, "code": "%s-%03d" % (CITY_CODE[city], i + 1), "naam": nm, "stad": city,
                         "land": cc, "lat": round(lat + R.uniform(-0.025, 0.025), 6),
                         "lon": round(lon + R.uniform(-0.035, 0.035), 6), "capaciteit": R.choice([12, 16, 20, 24, 30, 40]),
                         "type": R.choice(["dock", "dock", "virtual"]), "sinds": dt.date(2019, 4, 1) + dt.timedelta(days=R.randint(0, 1500))})
ST_BY_CITY = defaultdict(list)
for s in STATIONS:
    ST_BY_CITY[s["stad"]].append(s)


def ride_city(p):
    c = p.get("city")
    if c in OP_CITIES:
        return c
    if c in ("Houten",):
        return "Utrecht"
    if c in ("Maastricht", "Nijmegen", "Zwolle", "Amersfoort", "Leiden", "Haarlem", "Groningen", "Bergen"):
        return R.choice(["Utrecht", "Amsterdam"]) if c != "Leiden" else "Den Haag"
    if c in ("Hasselt", "Mechelen", "Liège", "Brugge"):
        return {"Hasselt": "Leuven", "Mechelen": "Antwerpen", "Liège": "Brussel", "Brugge": "Gent"}[c]
    if c in ("Münster", "Aachen"):
        return "Köln"
    if c in ("München", "Frankfurt am Main"):
        return R.choice(["Köln", "Berlin"])
    if c in ("Bordeaux", "Nantes"):
        return "Paris"
    if c in ("Linz", "Salzburg", "Innsbruck"):
        return "Wien"
    r = p["res"]
    if r in ("NL",):
        return R.choice(["Utrecht", "Utrecht", "Amsterdam", "Rotterdam", "Den Haag", "Eindhoven"])
    if r == "BE":
        return R.choice(["Gent", "Antwerpen", "Brussel", "Leuven"])
    if r == "DE":
        return R.choice(["Köln", "Düsseldorf", "Berlin"])
    if r == "FR":
        return R.choice(["Lyon", "Paris", "Lille"])
    if r == "AT":
        return R.choice(["Wien", "Graz"])
    return R.choice(["Amsterdam", "Utrecht", "Paris", "Berlin", "Gent", "Wien", "Amsterdam"])


# ==========================================================================
# subscriptions, rides, bikes
# ==========================================================================
PLANS = {"BASIS_M": 990, "EBIKE_M": 3990, "EBIKE_J": 39900, "STUDENT_M": 750}
SUBS = []
sub_id = 5000
for p in RIDERS:
    p["ride_city"] = ride_city(p)
    visitor = p["res"] not in ("NL", "BE", "DE", "FR", "AT") and p["arch"] != "unknown"
    has_addr_sig = p["arch"] in ("full", "conflict_phone", "conflict_email", "pc_city")
    if p["arch"] == "partner_only":
        prob = 1.0
    elif visitor:
        prob = 0.0
    else:
        prob = 0.62 if has_addr_sig else 0.35
    if R.random() >= prob:
        p["plan"] = None
        continue
    plan = "EBIKE_M" if p["arch"] == "partner_only" else R.choices(list(PLANS), [30, 40, 12, 18])[0]
    p["plan"] = plan
    sub_id += R.randint(1, 9)
    start = rdate(p["created"], EXPORT - dt.timedelta(days=3))
    ended = start + dt.timedelta(days=R.randint(60, 500)) if R.random() < 0.2 else None
    if p["arch"] == "partner_only":
        ended = None
    if ended and ended > EXPORT:
        ended = None
    method = None
    if has_addr_sig and p["res"] in ("NL", "BE", "DE", "FR", "AT") and R.random() < 0.6:
        method = "sepa_incasso"
    else:
        method = R.choice(["creditcard", "creditcard", "paypal"])
    p["sub_end"] = ended.date() if ended else None
    s = {"abonnement_id": sub_id, "klant_id": p["klant_id"], "plan": plan, "maandprijs_cent": PLANS[plan] if plan != "EBIKE_J" else 3325,
         "afgesloten_op": start, "ingangsdatum": (start + dt.timedelta(days=1)).date(),
         "einddatum": ended.date() if ended else None, "betaalmethode": method, "iban": None,
         "mandaat_referentie": None, "kaart_merk": None, "kaart_laatste4": None, "kaart_vervaldatum": None,
         "fiets_type": "e-bike" if plan.startswith("EBIKE") else "stadsfiets", "pid": p["pid"]}
    if method == "sepa_incasso":
        s["iban"] = make_iban(p["res"])
        p["iban"] = s["iban"]
        s["mandaat_referentie"] = "VLM-%d-%06d" % (start.year, sub_id)
    elif method == "creditcard":
        s["kaart_merk"] = R.choice(["Visa", "Mastercard", "Mastercard", "Amex"])
        s["kaart_laatste4"] = digits(4)
        s["kaart_vervaldatum"] = "%02d/%02d" % (R.randint(1, 12), R.randint(24, 29))
    SUBS.append(s)

BIKES = []
for city in OP_CITIES:
    for i in range(R.randint(6, 12)):
        e = R.random() < 0.55
        BIKES.append({"fiets_id": "VL-%s-%05d" % ("E" if e else "S", R.randint(1000, 99999)),
                      "model": R.choice(["Urban E8 (Gen3)", "Urban E8 (Gen2)", "Cargo E2"]) if e else R.choice(["Stad 3v", "Stad 7v"]),
                      "framenummer": "WVL%s%07d" % (R.choice("ABCDEFGH"), R.randint(0, 9999999)),
                      "accu_serienr": ("BT%02d-%08X" % (R.randint(19, 24), R.getrandbits(32))) if e else None,
                      "thuisstad": city, "in_gebruik_sinds": dt.date(2019, 5, 1) + dt.timedelta(days=R.randint(0, 1700))})
BIKES_BY_CITY = defaultdict(list)
for b in BIKES:
    BIKES_BY_CITY[b["thuisstad"]].append(b)

RIDES = []
rit_id = 240000000000
RSTART = dt.datetime(2023, 6, 1, tzinfo=UTC)
luhn_refs = 0
for p in RIDERS:
    if p["plan"]:
        n = R.randint(8, 30)
    elif p["res"] in ("NL", "BE", "DE", "FR", "AT") or p["arch"] == "unknown":
        n = R.randint(0, 10)
    else:
        n = R.randint(1, 5)
    city = p["ride_city"]
    lo = max(RSTART, p["created"])
    if n and (EXPORT - lo).days < 2:
        n = 1
    visit_start = rdate(lo, EXPORT - dt.timedelta(days=8))
    for _ in range(n):
        if p["res"] in ("NL", "BE", "DE", "FR", "AT") or p["arch"] == "unknown":
            t0 = rdate(lo, EXPORT - dt.timedelta(hours=3))
        else:   # visitors ride during one short trip
            t0 = visit_start + dt.timedelta(minutes=R.randint(0, 60 * 24 * 6))
        a, b = R.sample(ST_BY_CITY[city], 2)
        dur = R.randint(5, 55)
        t1 = t0 + dt.timedelta(minutes=dur, seconds=R.randint(0, 59))
        rit_id += R.randint(1, 4000)
        ref = digits(16)
        luhn_refs += luhn_ok(ref)
        bike = R.choice(BIKES_BY_CITY[city])
        RIDES.append({"rit_id": rit_id, "klant_id": p["klant_id"], "pid": p["pid"], "fiets_id": bike["fiets_id"],
                      "start_station_id": a["station_id"], "eind_station_id": b["station_id"],
                      "start_lat": round(a["lat"] + R.uniform(-0.0002, 0.0002), 6),
                      "start_lon": round(a["lon"] + R.uniform(-0.0003, 0.0003), 6),
                      "eind_lat": round(b["lat"] + R.uniform(-0.0002, 0.0002), 6),
                      "eind_lon": round(b["lon"] + R.uniform(-0.0003, 0.0003), 6),
                      "gestart_op": t0, "beeindigd_op": t1, "afstand_m": R.randint(600, 9000),
                      "prijs_cent": 0 if p["plan"] else R.choice([150, 200, 300, 450]) + dur * 10,
                      "betaal_referentie": ref})
RIDES.sort(key=lambda r: r["rit_id"])


# ==========================================================================
# 1. PostgreSQL dump
# ==========================================================================
def pg(v):
    if v is None:
        return "\\N"
    if isinstance(v, bool):
        return "t" if v else "f"
    if isinstance(v, dt.datetime):
        return v.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S") + (".%06d" % v.microsecond if v.microsecond else "") + "+00"
    if isinstance(v, dt.date):
        return v.isoformat()
    s = str(v)
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


SQLF = "velolink_prod.sql"
out = []
out.append("""--
-- PostgreSQL database dump
--

-- Dumped from database version 15.6 (Debian 15.6-1.pgdg120+2)
-- Dumped by pg_dump version 15.6 (Debian 15.6-1.pgdg120+2)

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
""")

DDL = {
    "abonnementen": """CREATE TABLE public.abonnementen (
    abonnement_id integer NOT NULL,
    klant_id integer NOT NULL,
    plan character varying(16) NOT NULL,
    maandprijs_cent integer NOT NULL,
    afgesloten_op timestamp with time zone NOT NULL,
    ingangsdatum date NOT NULL,
    einddatum date,
    betaalmethode character varying(20) NOT NULL,
    iban character varying(34),
    mandaat_referentie character varying(35),
    kaart_merk character varying(16),
    kaart_laatste4 character(4),
    kaart_vervaldatum character varying(5),
    fiets_type character varying(12) DEFAULT 'e-bike'::character varying NOT NULL
);""",
    "fietsen": """CREATE TABLE public.fietsen (
    fiets_id character varying(12) NOT NULL,
    model character varying(40) NOT NULL,
    framenummer character varying(17) NOT NULL,
    accu_serienr character varying(20),
    thuisstad character varying(40) NOT NULL,
    in_gebruik_sinds date NOT NULL
);""",
    "klanten": """CREATE TABLE public.klanten (
    klant_id integer NOT NULL,
    klantnummer character varying(12) NOT NULL,
    voornaam character varying(80),
    tussenvoegsel character varying(20),
    achternaam character varying(120),
    email character varying(255) NOT NULL,
    gebruikersnaam character varying(40),
    telefoon character varying(32),
    geboortedatum date,
    straat character varying(160),
    huisnummer character varying(16),
    postcode character varying(12),
    woonplaats character varying(80),
    provincie character varying(60),
    land character(2),
    taal character(2) DEFAULT 'nl'::bpchar NOT NULL,
    wachtwoord_hash character varying(128) NOT NULL,
    password_changed_at timestamp with time zone,
    account_status character varying(20) DEFAULT 'actief'::character varying NOT NULL,
    bron character varying(12) NOT NULL,
    marketing_opt_in boolean DEFAULT false NOT NULL,
    aangemaakt_op timestamp with time zone DEFAULT now() NOT NULL,
    laatst_ingelogd timestamp with time zone
);""",
    "ritten": """CREATE TABLE public.ritten (
    rit_id bigint NOT NULL,
    klant_id integer NOT NULL,
    fiets_id character varying(12) NOT NULL,
    start_station_id integer NOT NULL,
    eind_station_id integer,
    start_lat numeric(9,6),
    start_lon numeric(9,6),
    eind_lat numeric(9,6),
    eind_lon numeric(9,6),
    gestart_op timestamp with time zone NOT NULL,
    beeindigd_op timestamp with time zone,
    afstand_m integer,
    prijs_cent integer DEFAULT 0 NOT NULL,
    betaal_referentie character varying(20)
);""",
    "stations": """CREATE TABLE public.stations (
    station_id integer NOT NULL,
    code character varying(8) NOT NULL,
    naam character varying(80) NOT NULL,
    stad character varying(40) NOT NULL,
    land character(2) NOT NULL,
    lat numeric(9,6) NOT NULL,
    lon numeric(9,6) NOT NULL,
    capaciteit smallint NOT NULL,
    type character varying(8) NOT NULL,
    sinds date
);""",
}
SEQS = {"abonnementen": "abonnement_id", "klanten": "klant_id", "stations": "station_id"}
for t in sorted(DDL):
    out.append("--\n-- Name: %s; Type: TABLE; Schema: public; Owner: velolink\n--\n\n%s\n\n\nALTER TABLE public.%s OWNER TO velolink;\n" % (t, DDL[t], t))
    if t in SEQS:
        c = SEQS[t]
        out.append("""--
-- Name: {t}_{c}_seq; Type: SEQUENCE; Schema: public; Owner: velolink
--

CREATE SEQUENCE public.{t}_{c}_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.{t}_{c}_seq OWNER TO velolink;

--
-- Name: {t}_{c}_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: velolink
--

ALTER SEQUENCE public.{t}_{c}_seq OWNED BY public.{t}.{c};
""".format(t=t, c=c))
for t in sorted(SEQS):
    c = SEQS[t]
    out.append("--\n-- Name: %s %s; Type: DEFAULT; Schema: public; Owner: velolink\n--\n\nALTER TABLE ONLY public.%s ALTER COLUMN %s SET DEFAULT nextval('public.%s_%s_seq'::regclass);\n"
               % (t, c, t, c, t, c))


def copy_block(table, cols, rows):
    s = ["--\n-- Data for Name: %s; Type: TABLE DATA; Schema: public; Owner: velolink\n--\n" % table,
         "COPY public.%s (%s) FROM stdin;" % (table, ", ".join(cols))]
    for r in rows:
        s.append("\t".join(pg(v) for v in r))
    s.append("\\.\n\n")
    return "\n".join(s)


# abonnementen
rows = []
for s in SUBS:
    rows.append([s["abonnement_id"], s["klant_id"], s["plan"], s["maandprijs_cent"], s["afgesloten_op"],
                 s["ingangsdatum"], s["einddatum"], s["betaalmethode"], s["iban"], s["mandaat_referentie"],
                 s["kaart_merk"], s["kaart_laatste4"], s["kaart_vervaldatum"], s["fiets_type"]])
    mark(SQLF, "abonnementen.plan", "account_type", s["pid"])
    mark(SQLF, "abonnementen.afgesloten_op", "activity", s["pid"])
    if s["iban"]:
        mark(SQLF, "abonnementen.iban", "bank_account", s["pid"])
out.append(copy_block("abonnementen", ["abonnement_id", "klant_id", "plan", "maandprijs_cent", "afgesloten_op",
                                       "ingangsdatum", "einddatum", "betaalmethode", "iban", "mandaat_referentie",
                                       "kaart_merk", "kaart_laatste4", "kaart_vervaldatum", "fiets_type"], rows))
out.append(copy_block("fietsen", ["fiets_id", "model", "framenummer", "accu_serienr", "thuisstad", "in_gebruik_sinds"],
                      [[b[k] for k in ("fiets_id", "model", "framenummer", "accu_serienr", "thuisstad", "in_gebruik_sinds")]
                       for b in sorted(BIKES, key=lambda x: x["fiets_id"])]))

# klanten
rows = []
KCOLS = ["klant_id", "klantnummer", "voornaam", "tussenvoegsel", "achternaam", "email", "gebruikersnaam", "telefoon",
         "geboortedatum", "straat", "huisnummer", "postcode", "woonplaats", "provincie", "land", "taal",
         "wachtwoord_hash", "password_changed_at", "account_status", "bron", "marketing_opt_in", "aangemaakt_op",
         "laatst_ingelogd"]
for p in RIDERS:
    pid = p["pid"]
    k = p["k"]
    last_login = rdate(p["created"], EXPORT) if R.random() < 0.9 else None
    pwc = rdate(p["created"], EXPORT) if R.random() < 0.35 else None
    bron = "app" if p["app"] else R.choice(["web", "web", "web", "balie"])
    rows.append([p["klant_id"], p["klantnummer"], p["first"], p["tv"] or None, p["last"], p["email"], p["username"],
                 p["phone"], p["dob"], k.get("straat"), k.get("huisnummer"), k.get("postcode"), k.get("woonplaats"),
                 k.get("provincie"), k.get("land"), p["taal"], p["pw"], pwc, p["status"], bron, R.random() < 0.4,
                 p["created"], last_login])
    mark(SQLF, "klanten.voornaam", "name", pid)
    mark(SQLF, "klanten.achternaam", "name", pid)
    if p["tv"]:
        mark(SQLF, "klanten.tussenvoegsel", "name", pid)
    note_email(SQLF, "klanten.email", pid, p["email"])
    if p["username"]:
        mark(SQLF, "klanten.gebruikersnaam", "username", pid)
    if p["phone"]:
        mark(SQLF, "klanten.telefoon", "phone", pid)
        if p["phone_intl"]:
            ev(pid, "phone", p["phone_cc"], SQLF)
    if p["dob"]:
        mark(SQLF, "klanten.geboortedatum", "date_of_birth", pid)
    for col in ("straat", "huisnummer", "postcode", "woonplaats", "provincie", "land"):
        if k.get(col):
            mark(SQLF, "klanten." + col, "location", pid)
    if k.get("land") or k.get("postcode") or k.get("provincie") or k.get("straat"):
        ev(pid, "address", p["res"], SQLF)
    elif k.get("woonplaats"):
        ev(pid, "place", CITIES[k["woonplaats"]][0], SQLF)
    mark(SQLF, "klanten.wachtwoord_hash", "password", pid)
    mark(SQLF, "klanten.account_status", "account_type", pid)
    mark(SQLF, "klanten.aangemaakt_op", "activity", pid)
    if last_login:
        mark(SQLF, "klanten.laatst_ingelogd", "activity", pid)
out.append(copy_block("klanten", KCOLS, rows))

# ritten
rows = []
for r in RIDES:
    rows.append([r[c] for c in ("rit_id", "klant_id", "fiets_id", "start_station_id", "eind_station_id", "start_lat",
                                "start_lon", "eind_lat", "eind_lon", "gestart_op", "beeindigd_op", "afstand_m",
                                "prijs_cent", "betaal_referentie")])
    for c in ("start_lat", "start_lon", "eind_lat", "eind_lon"):
        mark(SQLF, "ritten." + c, "location", r["pid"])
    mark(SQLF, "ritten.gestart_op", "activity", r["pid"])
    mark(SQLF, "ritten.beeindigd_op", "activity", r["pid"])
out.append(copy_block("ritten", ["rit_id", "klant_id", "fiets_id", "start_station_id", "eind_station_id", "start_lat",
                                 "start_lon", "eind_lat", "eind_lon", "gestart_op", "beeindigd_op", "afstand_m",
                                 "prijs_cent", "betaal_referentie"], rows))
out.append(copy_block("stations", ["station_id", "code", "naam", "stad", "land", "lat", "lon", "capaciteit", "type", "sinds"],
                      [[s[c] for c in ("station_id", "code", "naam", "stad", "land", "lat", "lon", "capaciteit", "type", "sinds")]
                       for s in STATIONS]))
for t, c, val in (("abonnementen", "abonnement_id", max(s["abonnement_id"] for s in SUBS)),
                  ("klanten", "klant_id", max(p["klant_id"] for p in RIDERS)),
                  ("stations", "station_id", max(s["station_id"] for s in STATIONS))):
    out.append("--\n-- Name: %s_%s_seq; Type: SEQUENCE SET; Schema: public; Owner: velolink\n--\n\nSELECT pg_catalog.setval('public.%s_%s_seq', %d, true);\n\n"
               % (t, c, t, c, val))
for t, cons, defn in (("abonnementen", "abonnementen_pkey", "PRIMARY KEY (abonnement_id)"),
                      ("fietsen", "fietsen_pkey", "PRIMARY KEY (fiets_id)"),
                      ("klanten", "klanten_email_key", "UNIQUE (email)"),
                      ("klanten", "klanten_klantnummer_key", "UNIQUE (klantnummer)"),
                      ("klanten", "klanten_pkey", "PRIMARY KEY (klant_id)"),
                      ("ritten", "ritten_pkey", "PRIMARY KEY (rit_id)"),
                      ("stations", "stations_pkey", "PRIMARY KEY (station_id)")):
    out.append("--\n-- Name: %s %s; Type: CONSTRAINT; Schema: public; Owner: velolink\n--\n\nALTER TABLE ONLY public.%s\n    ADD CONSTRAINT %s %s;\n\n"
               % (t, cons, t, cons, defn))
for idx, t, c in (("ritten_klant_id_idx", "ritten", "klant_id"), ("ritten_gestart_op_idx", "ritten", "gestart_op"),
                  ("abonnementen_klant_id_idx", "abonnementen", "klant_id")):
    out.append("--\n-- Name: %s; Type: INDEX; Schema: public; Owner: velolink\n--\n\nCREATE INDEX %s ON public.%s USING btree (%s);\n\n"
               % (idx, idx, t, c))
for t, cons, defn in (("abonnementen", "abonnementen_klant_id_fkey", "FOREIGN KEY (klant_id) REFERENCES public.klanten(klant_id) ON DELETE CASCADE"),
                      ("ritten", "ritten_fiets_id_fkey", "FOREIGN KEY (fiets_id) REFERENCES public.fietsen(fiets_id)"),
                      ("ritten", "ritten_klant_id_fkey", "FOREIGN KEY (klant_id) REFERENCES public.klanten(klant_id)"),
                      ("ritten", "ritten_start_station_id_fkey", "FOREIGN KEY (start_station_id) REFERENCES public.stations(station_id)")):
    out.append("--\n-- Name: %s %s; Type: FK CONSTRAINT; Schema: public; Owner: velolink\n--\n\nALTER TABLE ONLY public.%s\n    ADD CONSTRAINT %s %s;\n\n"
               % (t, cons, t, cons, defn))
out.append("--\n-- PostgreSQL database dump complete\n--\n\n")

# ==========================================================================
# 2. NDJSON sign-up events from the mobile backend
# ==========================================================================
NDJ = "app_signups.ndjson"
IOS = [("iPhone15,3", "17.4.1"), ("iPhone14,5", "17.3.1"), ("iPhone13,2", "16.7.5"), ("iPhone16,1", "17.5"),
       ("iPhone12,1", "17.2.1"), ("iPhone14,7", "17.4")]
ANDROID = [("SM-S911B", "14", "UP1A.231005.007"), ("Pixel 7", "14", "AP1A.240405.002"), ("SM-A546B", "14", "UP1A.231005.007"),
           ("M2101K6G", "13", "TKQ1.221013.002"), ("CPH2451", "13", "TP1A.220905.001"), ("Pixel 6a", "14", "AP1A.240305.019")]
LOCALE = {"NL": ["nl-NL"], "BE": ["nl-BE", "fr-BE"], "DE": ["de-DE"], "FR": ["fr-FR"], "GB": ["en-GB"], "PL": ["pl-PL", "en-GB"],
          "US": ["en-US"]}
events = []
for p in RIDERS:
    if not p["app"]:
        continue
    pid = p["pid"]
    ios = R.random() < 0.5
    loc = R.choice(LOCALE[p["res"]])
    if R.random() < 0.12:
        loc = "en-GB"
    ver = R.choice(["4.9.2", "4.10.0", "4.11.1", "4.12.0", "4.12.1"])
    if ios:
        model, osv = R.choice(IOS)
        dev = {"platform": "ios", "model": model, "os_version": osv, "id": ruuid().upper(),
               "ad_id": ruuid().upper() if R.random() < 0.35 else "00000000-0000-0000-0000-000000000000"}
        ua = "VeloLink/%s (%s; iOS %s; Scale/3.00)" % (ver, model, osv)
    else:
        model, osv, build = R.choice(ANDROID)
        dev = {"platform": "android", "model": model, "os_version": osv, "id": "%016x" % R.getrandbits(64),
               "ad_id": ruuid()}
        ua = "VeloLink/%s (Linux; Android %s; %s Build/%s) okhttp/4.12.0" % (ver, osv, model, build)
    user = {"id": p["klant_id"], "email": p["email"], "first_name": p["first"],
            "last_name": (p["tv"] + " " + p["last"]).strip()}
    mark(NDJ, "user.email", "email", pid)
    ev(pid, "email_cctld", email_cc(p["email"]), NDJ)
    mark(NDJ, "user.first_name", "name", pid)
    mark(NDJ, "user.last_name", "name", pid)
    if p["phone"]:
        user["phone"] = e164(p["phone_cc"], p["phone_nsn"])
        user["phone_verified"] = R.random() < 0.8
        mark(NDJ, "user.phone", "phone", pid)
        ev(pid, "phone", p["phone_cc"], NDJ)
    user["marketing_opt_in"] = R.random() < 0.4
    ip = p["ips"][0]
    ctx = {"ip": ip, "locale": loc, "user_agent": ua, "app": {"version": ver, "build": int(ver.replace(".", "")) * 10 + R.randint(0, 9)},
           "device": dev}
    mark(NDJ, "context.ip", "ip_address", pid)
    ev(pid, "ip", ip_country(ip), NDJ)
    mark(NDJ, "context.user_agent", "device", pid)
    mark(NDJ, "context.device.id", "device", pid)
    mark(NDJ, "context.device.ad_id", "device", pid)
    e = {"event_id": ruuid(), "type": "account.created", "occurred_at": p["created"].strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % R.randint(0, 999),
         "user": user, "context": ctx,
         "referral": {"code": "VL" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
                      "source": R.choice(["organic", "organic", "friend_invite", "store_search", "campaign_qr"])}}
    mark(NDJ, "occurred_at", "activity", pid)
    events.append(e)
events.sort(key=lambda e: e["occurred_at"])
ndjson_text = "".join(json.dumps(e, ensure_ascii=False, separators=(",", ":")) + "\n" for e in events)

# ==========================================================================
# 3. nginx access log of the web shop (30 May 2024)
# ==========================================================================
LOGF = "shop-access.log"
WEB_UA = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.179 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36 Edg/125.0.2535.67",
    "Mozilla/5.0 (Linux; Android 13; SAMSUNG SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/24.0 Chrome/117.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
]
BOTS = [("66.249.66.%d", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"),
        ("157.55.39.%d", "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)"),
        ("54.36.148.%d", "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)")]
LANGPATH = {"NL": ("nl", "account", "bestellingen", "abonnement", "instellingen", "wachtwoord-vergeten", "wachtwoord-resetten"),
            "BE": ("nl", "account", "bestellingen", "abonnement", "instellingen", "wachtwoord-vergeten", "wachtwoord-resetten"),
            "DE": ("de", "konto", "bestellungen", "abo", "einstellungen", "passwort-vergessen", "passwort-zuruecksetzen"),
            "FR": ("fr", "compte", "commandes", "abonnement", "parametres", "mot-de-passe-oublie", "reinitialiser"),
            "GB": ("en", "account", "orders", "subscription", "settings", "forgot-password", "reset-password"),
            "PL": ("en", "account", "orders", "subscription", "settings", "forgot-password", "reset-password"),
            "US": ("en", "account", "orders", "subscription", "settings", "forgot-password", "reset-password")}
PRODUCTS = ["fietsslot-abus-bordo-6500", "helm-urban-grijs", "telefoonhouder-quadlock", "regenponcho", "cadeaubon-25",
            "fietstas-ortlieb-city", "e-bike-abonnement", "jaarabonnement-e-bike", "achterlicht-usb", "kinderzitje-yepp"]
STATIC = ["/static/js/app.4f2a91c.js", "/static/css/main.b7e3d1.css", "/static/js/vendor.91ac0e2.js",
          "/img/logo-velolink.svg", "/favicon.ico", "/fonts/inter-var.woff2"]
DAY = dt.datetime(2024, 5, 30, 0, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
lines = []   # (time, text)


def logline(ip, t, method, path, status, size, ref, ua):
    return (t, '%s - - [%s] "%s %s HTTP/%s" %d %d "%s" "%s"' % (
        ip, t.strftime("%d/%b/%Y:%H:%M:%S %z"), method, path, R.choice(["1.1", "2.0", "2.0"]), status, size, ref, ua))


def q(s):
    return s.replace("@", "%40").replace("+", "%2B")


reset_people = 0
for p in RIDERS:
    if not p["shop"]:
        continue
    pid = p["pid"]
    lang, acc, orders, abo, sett, forgot, reset = LANGPATH[p["res"]]
    ua = R.choice(WEB_UA)
    for sess in range(R.randint(1, 3)):
        ip = R.choice(p["ips"])
        t = DAY + dt.timedelta(seconds=R.randint(6 * 3600, 23 * 3600))
        host = "https://shop.velolink.eu"
        seq = [("GET", "/%s/" % lang, 200), ("GET", R.choice(STATIC), 200), ("GET", "/%s/shop/%s" % (lang, R.choice(PRODUCTS)), 200)]
        if p["username"] and R.random() < 0.9:
            seq += [("POST", "/%s/inloggen" % lang if lang == "nl" else "/%s/login" % lang, 302),
                    ("GET", "/%s/%s/%s/%s" % (lang, acc, p["username"], orders), 200),
                    ("GET", "/%s/%s/%s/%s" % (lang, acc, p["username"], R.choice([abo, sett])), 200)]
        if R.random() < 0.35:
            seq += [("POST", "/api/v2/cart/items", 201), ("GET", "/%s/afrekenen" % lang if lang == "nl" else "/%s/checkout" % lang, 200),
                    ("POST", "/api/v2/checkout/payment", 200),
                    ("GET", "/%s/bestelling/VL-O-2405%05d/bevestiging" % (lang, R.randint(0, 99999)), 200)]
        did_reset = False
        if sess == 0 and R.random() < 0.22:
            did_reset = True
            tok = "%064x" % R.getrandbits(256)
            seq = [("GET", "/%s/%s?email=%s" % (lang, forgot, q(p["email"])), 200),
                   ("GET", "/%s/%s?token=%s" % (lang, reset, tok), 200),
                   ("POST", "/%s/%s" % (lang, reset), 302)] + seq
        prev = "-"
        for m, path, st in seq:
            t += dt.timedelta(seconds=R.randint(1, 70))
            size = R.randint(180, 48000) if st == 200 else R.randint(0, 400)
            lines.append(logline(ip, t, m, path, st, size, prev, ua))
            prev = host + path if not path.startswith("/static") else prev
            mark(LOGF, None, "ip_address", pid)
            mark(LOGF, None, "activity", pid)
            mark(LOGF, None, "device", pid)
            ev(pid, "ip", ip_country(ip), LOGF)
            if p["username"] and "/%s/" % p["username"] in path:
                mark(LOGF, None, "username", pid)
            if "email=" in path:
                mark(LOGF, None, "email", pid)
                ev(pid, "email_cctld", email_cc(p["email"]), LOGF)
            if "token=" in path:
                mark(LOGF, None, "secret", pid)
        reset_people += did_reset

# anonymous visitors and crawlers (not counted as people)
anon_ips = set()
for i in range(70):
    cc = R.choice(["NL", "NL", "NL", "BE", "DE", "DE", "FR", "GB"])
    ip = ip_in(cc)
    anon_ips.add(ip)
    ua = R.choice(WEB_UA)
    t = DAY + dt.timedelta(seconds=R.randint(0, 24 * 3600 - 600))
    lang = {"NL": "nl", "BE": "nl", "DE": "de", "FR": "fr", "GB": "en"}[cc]
    prev = R.choice(["https://www.google.com/", "https://www.google.nl/", "-", "https://www.instagram.com/", "-"])
    for _ in range(R.randint(2, 9)):
        t += dt.timedelta(seconds=R.randint(2, 90))
        slugs = {"nl": ["prijzen", "steden", "veelgestelde-vragen"], "de": ["preise", "staedte", "faq"],
                 "fr": ["tarifs", "villes", "faq"], "en": ["pricing", "cities", "faq"]}[lang]
        path = R.choice(["/%s/" % lang, "/%s/shop/%s" % (lang, R.choice(PRODUCTS)), R.choice(STATIC),
                         "/%s/%s" % (lang, R.choice(slugs))])
        lines.append(logline(ip, t, "GET", path, R.choice([200, 200, 200, 304, 404]), R.randint(200, 60000), prev, ua))
        prev = "https://shop.velolink.eu" + path
        mark(LOGF, None, "ip_address", None)
        mark(LOGF, None, "activity", None)
for i in range(160):
    fmt, ua = R.choice(BOTS)
    ip = fmt % R.randint(1, 254)
    t = DAY + dt.timedelta(seconds=R.randint(0, 24 * 3600 - 1))
    path = R.choice(["/robots.txt", "/sitemap.xml", "/nl/shop/%s" % R.choice(PRODUCTS), "/de/shop/%s" % R.choice(PRODUCTS),
                     "/fr/", "/nl/steden/utrecht", "/en/"])
    lines.append(logline(ip, t, "GET", path, R.choice([200, 200, 301, 404]), R.randint(300, 40000), "-", ua))
for i in range(96):  # uptime monitor from the ops network
    t = DAY + dt.timedelta(minutes=15 * i, seconds=R.randint(0, 5))
    lines.append(logline("10.20.0.14", t, "GET", "/healthz", 200, 2, "-", "kube-probe/1.29"))
lines.sort(key=lambda x: x[0])
log_text = "".join(l + "\n" for _, l in lines)

# ==========================================================================
# 4. support tickets (German helpdesk export, ; separated, UTF-8 BOM)
# ==========================================================================
TIX = "support_tickets_export.csv"
AGENTS = []
for first, last in (("Lena", "Hoffmann"), ("Dennis", "Brouwer"), ("Sophie", "Wagner"), ("Tim", "Verbeek")):
    a = new_person("staff", None, "DE", "unknown")
    USED_NAMES.discard((a["first"], a["tv"], a["last"]))
    assert (first, "", last) not in USED_NAMES, (first, last)
    USED_NAMES.add((first, "", last))
    a.update({"first": first, "last": last, "tv": ""})
    AGENTS.append(a)

PROSPECTS = []
pr = new_person("prospect", "CH", "CH", "phone")
set_phone(pr, "CH", "intl")
set_email(pr, "generic")
pr["msg"] = "ch"
PROSPECTS.append(pr)
pr = new_person("prospect", "AT", "AT", "cctld")
set_email(pr, "cctld")
pr["msg"] = "generic_q"
PROSPECTS.append(pr)
pr = new_person("prospect", None, "NL", "unknown")
set_email(pr, "generic")
set_phone(pr, "NL", "national")
pr["msg"] = "generic_q"
PROSPECTS.append(pr)
pr = new_person("prospect", None, "DE", "unknown")
set_email(pr, "generic")
pr["msg"] = "generic_q"
PROSPECTS.append(pr)
pr = new_person("prospect", "DE", "DE", "msg_address")
set_email(pr, "generic")
pr["city"] = "Münster"
pr["msg_pc"] = R.choice(CITIES["Münster"][1])
pr["msg"] = "family_address"
PROSPECTS.append(pr)
pr = new_person("prospect", "BE", "BE", "msg_place")
set_email(pr, "generic")
pr["city"] = "Brugge"
pr["msg"] = "brugge"
PROSPECTS.append(pr)

TSTART = dt.datetime(2023, 9, 1, tzinfo=UTC)
tickets = []
tid = 48210
pan_done = False
pw_done = 0
ticket_riders = R.sample(RIDERS, 80)
KAT = {"billing": "Abrechnung", "tech": "Technik", "account": "Konto", "address": "Stammdaten", "callback": "Rückruf",
       "cancel": "Kündigung", "card": "Zahlung", "accident": "Unfall/Schaden", "place": "Allgemeine Anfrage",
       "generic_q": "Allgemeine Anfrage", "ch": "Allgemeine Anfrage", "family_address": "Allgemeine Anfrage",
       "brugge": "Allgemeine Anfrage", "visitor": "Abrechnung"}


def ticket_message(p, kind):
    """returns (subject, message, cats, extra evidence list)"""
    first, name = p["first"], full_name(p)
    if p["origin"] in ("DE", "AT", "CH"):
        lang = "de"
    elif p["origin"] in ("NL", "BE") and p.get("taal", "nl") == "nl":
        lang = "nl"
    else:
        lang = "en"
    cats, evs = set(), []
    sign = name if R.random() < 0.6 else first
    cats.add("name")
    if kind == "billing":
        rit = R.choice([r for r in RIDES if r["pid"] == p["pid"]] or [None])
        ref = "Fahrt %d" % rit["rit_id"] if rit else "meine letzte Fahrt"
        if lang == "de":
            msg = "Hallo,\nmir wurde %s doppelt berechnet. Bitte um Erstattung" % ref
        elif lang == "nl":
            msg = "Hallo,\nik heb voor %s twee keer betaald. Graag terugstorten" % ref.replace("Fahrt", "rit")
        else:
            msg = "Hi,\nI was charged twice for %s. Please refund it" % ref.replace("Fahrt", "ride")
        if p.get("iban") and R.random() < 0.8:
            msg += {"de": " auf mein Konto %s", "nl": " op %s", "en": " to my account %s"}[lang] % spaced_iban(p["iban"])
            cats.add("bank_account")
        msg += ".\n" + {"de": "Viele Grüße\n", "nl": "Groeten,\n", "en": "Thanks,\n"}[lang] + sign
        subj = {"de": "Doppelte Abbuchung", "nl": "Dubbel afgeschreven", "en": "Charged twice"}[lang]
    elif kind == "tech":
        b = R.choice(BIKES_BY_CITY[p["ride_city"]])
        st = R.choice(ST_BY_CITY[p["ride_city"]])
        msg = {"de": "Das Rad %s an der Station %s lässt sich nicht entsperren, die App hängt bei 'Verbinde…'.\n%s",
               "nl": "Fiets %s bij station %s gaat niet van het slot, app blijft hangen op 'Verbinden…'.\nGr. %s",
               "en": "Bike %s at %s won't unlock, the app is stuck on 'Connecting…'.\n%s"}[lang] % (b["fiets_id"], st["naam"], sign)
        subj = {"de": "Rad lässt sich nicht entsperren", "nl": "Fiets gaat niet open", "en": "Bike won't unlock"}[lang]
    elif kind == "account":
        pw = R.choice(["Fahrrad2023!", "Utrecht#1987", "velolink123", "Sommer2024", "Tulp!en88"])
        u = p["username"]
        msg = {"de": "Ich komme nicht mehr in mein Konto. Mein Passwort \"%s\" wird nicht akzeptiert",
               "nl": "Ik kan niet meer inloggen. Mijn wachtwoord \"%s\" wordt niet geaccepteerd",
               "en": "I can't log in anymore. My password \"%s\" is rejected"}[lang] % pw
        if u:
            msg += {"de": ", Benutzername ist %s", "nl": ", gebruikersnaam is %s", "en": ", username is %s"}[lang] % u
            cats.add("username")
        msg += ".\n" + sign
        cats.add("password")
        subj = {"de": "Login geht nicht", "nl": "Inloggen lukt niet", "en": "Cannot log in"}[lang]
    elif kind == "address":
        k = p["k"]
        msg = {"de": "Bitte ändern Sie meine Adresse auf %s %s, %s %s.\nDanke, %s",
               "nl": "Graag mijn adres wijzigen naar %s %s, %s %s.\nBedankt, %s",
               "en": "Please update my address to %s %s, %s %s.\nThanks, %s"}[lang] % (
            k["straat"], k["huisnummer"], k["postcode"], k["woonplaats"], sign)
        cats.add("location")
        evs.append(("address", p["res"]))
        subj = {"de": "Adressänderung", "nl": "Adreswijziging", "en": "Change of address"}[lang]
    elif kind == "callback":
        msg = {"de": "Bitte rufen Sie mich zurück unter %s, ich erreiche niemanden über den Chat.\n%s",
               "nl": "Kunnen jullie me terugbellen op %s? De chat reageert niet.\n%s",
               "en": "Could you call me back on %s? The chat isn't answering.\n%s"}[lang] % (p["phone"], sign)
        cats.add("phone")
        if p["phone_intl"]:
            evs.append(("phone", p["phone_cc"]))
        subj = {"de": "Rückrufbitte", "nl": "Graag terugbellen", "en": "Callback please"}[lang]
    elif kind == "cancel":
        msg = {"de": "Hiermit kündige ich mein Abo zum nächstmöglichen Termin.\n%s, Kundennr. %s",
               "nl": "Hierbij zeg ik mijn abonnement op per de eerstvolgende mogelijke datum.\n%s, klantnr. %s",
               "en": "I would like to cancel my subscription.\n%s, customer no. %s"}[lang] % (name, p["klantnummer"])
        subj = {"de": "Kündigung", "nl": "Opzegging", "en": "Cancellation"}[lang]
    elif kind == "card":
        pan = luhn_complete("4" + R.choice(["539", "916", "571"]), 16)
        msg = ("Meine Kreditkarte %s %s %s %s wird bei der Verlängerung immer abgelehnt, sie ist aber bis %02d/%d gültig.\n%s"
               % (pan[:4], pan[4:8], pan[8:12], pan[12:], R.randint(1, 12), R.randint(26, 28), sign))
        cats.add("payment_card")
        subj = "Karte wird abgelehnt"
        lang = "de"
    elif kind == "accident":
        b = R.choice(BIKES_BY_CITY[p["ride_city"]])
        msg = {"de": "Ich bin heute mit %s gestürzt, die Kette ist abgesprungen. Mir geht es gut, aber das Rad steht jetzt abgeschlossen am Straßenrand.\n%s",
               "nl": "Ik ben vandaag gevallen met %s, de ketting liep eraf. Met mij gaat het goed, de fiets staat op slot langs de weg.\n%s",
               "en": "I fell off %s today, the chain came off. I'm fine, the bike is locked at the roadside.\n%s"}[lang] % (b["fiets_id"], sign)
        subj = {"de": "Sturz / Schaden", "nl": "Schade melden", "en": "Accident report"}[lang]
    elif kind == "place":
        c = p["city"]
        msg = {"de": "Ich wohne in %s – wann kommen die E-Bikes auch in meinen Stadtteil?\n%s",
               "nl": "Ik woon in %s, komen jullie ook naar mijn wijk?\n%s",
               "en": "I live in %s - any plans to add stations near me?\n%s"}[lang] % (c, sign)
        cats.add("location")
        cc = CITIES[c][0]
        evs.append(("place", cc))
        subj = {"de": "Neue Stationen?", "nl": "Nieuwe stations?", "en": "New stations?"}[lang]
    elif kind == "visitor":
        msg = "Hi, I'm only in town for a few days and the app charged me the monthly fee instead of a day pass. Can you fix that?\n%s" % sign
        subj = "Wrong fare"
    elif kind == "generic_q":
        msg = {"de": "Guten Tag,\ngibt es bei Ihnen auch Kindersitze für die E-Bikes? Und was kostet das Jahresabo?\nMfG %s",
               "nl": "Hoi,\nhebben jullie ook kinderzitjes voor de e-bikes? En wat kost een jaarabonnement?\n%s",
               "en": "Hello,\ndo you offer child seats for the e-bikes, and what does the annual plan cost?\n%s"}[lang] % sign
        subj = {"de": "Frage zu Kindersitzen", "nl": "Vraag over kinderzitjes", "en": "Question about child seats"}[lang]
    elif kind == "ch":
        msg = "Grüezi\nPlant VeloLink auch einen Start in Zürich? Unser Verein hätte Interesse an 20 E-Bikes. Sie erreichen mich unter %s.\nFreundliche Grüsse\n%s" % (p["phone"], name)
        cats.add("phone")
        evs.append(("phone", "CH"))
        subj = "Anfrage Zürich"
    elif kind == "family_address":
        msg = "Hallo,\nwir sind eine vierköpfige Familie aus %s Münster und überlegen, zwei E-Bikes zu abonnieren. Gibt es einen Familienrabatt?\n%s" % (p["msg_pc"], name)
        cats.add("location")
        evs.append(("address", "DE"))
        subj = "Familienrabatt?"
    elif kind == "brugge":
        msg = "Dag,\nik woon in Brugge en vroeg me af of jullie ook naar hier komen. Ik zou meteen een abonnement nemen.\n%s" % sign
        cats.add("location")
        evs.append(("place", "BE"))
        subj = "Komen jullie naar Brugge?"
    else:
        raise ValueError(kind)
    return subj, msg, cats, evs


def choose_kinds(p):
    kinds = ["tech", "billing", "accident"]
    if p["plan"]:
        kinds += ["cancel", "billing"]
    if p["phone"]:
        kinds.append("callback")
    if p["arch"] in ("full", "conflict_phone", "conflict_email") and p["k"].get("straat"):
        kinds.append("address")
    if p["arch"] in ("full", "place") and p["city"] in CITIES and p["res"] in ("NL", "BE", "DE", "FR", "AT"):
        kinds.append("place")
    if p["arch"] == "unknown":
        kinds = ["tech", "billing", "accident"] + (["callback"] if p["phone"] else [])
    elif p["res"] not in ("NL", "BE", "DE", "FR", "AT"):
        kinds = ["visitor", "tech", "billing"] + (["callback"] if p["phone"] else [])
    return kinds


tix_rows = []
for p in ticket_riders + PROSPECTS:
    n = 1 if p["kind"] == "prospect" else R.choice([1, 1, 1, 2, 2, 3])
    for i in range(n):
        if p["kind"] == "prospect":
            kind = p["msg"]
        else:
            kind = R.choice(choose_kinds(p))
            if p.get("iban") and i == 0 and R.random() < 0.5:
                kind = "billing"
            if not pan_done and p["plan"] and R.random() < 0.3 and p["res"] in ("DE", "AT"):
                kind, pan_done = "card", True
            elif pw_done < 2 and R.random() < 0.06:
                kind = "account"
                pw_done += 1
        subj, msg, cats, evs = ticket_message(p, kind)
        lo = max(TSTART, p.get("created", TSTART))
        day = rdate(lo, EXPORT - dt.timedelta(days=1)).astimezone(dt.timezone(dt.timedelta(hours=2)))
        created = day.replace(hour=R.choice([7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]),
                              minute=R.randint(0, 59), second=R.randint(0, 59)).astimezone(UTC)
        agent = R.choice(AGENTS)
        status = R.choices(["gelöst", "geschlossen", "offen", "wartend"], [40, 35, 15, 10])[0]
        show_name = R.random() < 0.85
        show_phone = p["phone"] and (kind in ("callback", "ch") or R.random() < 0.4)
        land = ""
        if p["kind"] == "rider" and p["k"].get("land") and p["arch"] in ("full", "conflict_phone", "conflict_email") and R.random() < 0.6:
            land = COUNTRY_NAMES[p["k"]["land"]][2]
        row = {"Ticket-ID": None, "Erstellt am": created.astimezone(dt.timezone(dt.timedelta(hours=2))).strftime("%d.%m.%Y %H:%M"),
               "Status": status, "Priorität": R.choice(["normal", "normal", "hoch", "niedrig"]),
               "Kanal": R.choice(["E-Mail", "E-Mail", "Kontaktformular", "App"]), "Kategorie": KAT[kind], "Betreff": subj,
               "Kunden-E-Mail": p["email"], "Kundenname": full_name(p) if show_name else "",
               "Telefon": p["phone"] if show_phone else "", "Land": land,
               "Kundennummer": p.get("klantnummer", ""), "Nachricht": msg,
               "Bearbeiter": agent["first"] + " " + agent["last"], "Tags": ",".join(R.sample(["app", "ebike", "refund", "lock", "sepa", "vip", "b2c"], R.randint(0, 2)))}
        pid = p["pid"]
        note_email(TIX, "Kunden-E-Mail", pid, p["email"])
        mark(TIX, "Erstellt am", "activity", pid)
        if show_name:
            mark(TIX, "Kundenname", "name", pid)
        if show_phone:
            mark(TIX, "Telefon", "phone", pid)
            if p["phone_intl"]:
                ev(pid, "phone", p["phone_cc"], TIX)
        if land:
            mark(TIX, "Land", "location", pid)
            ev(pid, "address", p["k"]["land"], TIX)
        for c in cats:
            mark(TIX, "Nachricht", c, pid)
        for kind_, cc in evs:
            ev(pid, kind_, cc, TIX)
        mark(TIX, "Bearbeiter", "name", agent["pid"])
        tix_rows.append((created, row))
tix_rows.sort(key=lambda x: x[0])
for _, r in tix_rows:
    tid += R.randint(1, 25)
    r["Ticket-ID"] = "#%d" % tid
TCOLS = ["Ticket-ID", "Erstellt am", "Status", "Priorität", "Kanal", "Kategorie", "Betreff", "Kunden-E-Mail", "Kundenname",
         "Telefon", "Land", "Kundennummer", "Nachricht", "Bearbeiter", "Tags"]
buf = io.StringIO()
w = csv.DictWriter(buf, fieldnames=TCOLS, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
w.writeheader()
for _, r in tix_rows:
    w.writerow(r)
tickets_text = "\ufeff" + buf.getvalue()

# ==========================================================================
# 5. B2B fleet contacts (XLSX, Dutch, title rows above the header)
# ==========================================================================
XLSF = "zakelijke_klanten_contactpersonen.xlsx"
AMS = []
for first, last in (("Marloes", "Kuipers"), ("Jeroen", "Aalbers"), ("Katrin", "Vogel")):
    a = new_person("staff", None, "NL", "unknown")
    USED_NAMES.discard((a["first"], a["tv"], a["last"]))
    assert (first, "", last) not in USED_NAMES, (first, last)
    USED_NAMES.add((first, "", last))
    a.update({"first": first, "last": last, "tv": ""})
    AMS.append(a)
COMPANIES = [
    ("Van Dijk Bouw B.V.", "Utrecht", "vandijkbouw.nl", "30211842"),
    ("Rijnmond Logistiek B.V.", "Rotterdam", "rijnmond-logistiek.nl", "24398117"),
    ("Studio Kanaal B.V.", "Amsterdam", "studiokanaal.nl", "61827305"),
    ("Stichting Zorggroep De Linde", "Amersfoort", "zorggroepdelinde.nl", "41190562"),
    ("Brainport Precision B.V.", "Eindhoven", "brainport-precision.nl", "17283940"),
    ("Brasserie Lelièvre BV", "Gent", "brasserie-lelievre.be", "0712.845.390"),
    ("Antwerp Port Services NV", "Antwerpen", "aps-antwerp.be", "0458.112.907"),
    ("Kölner Kurierdienst GmbH", "Köln", "koelner-kurier.de", "HRB 98213"),
    ("Rheinwerk Architekten GmbH", "Düsseldorf", "rheinwerk-architekten.de", "HRB 81544"),
    ("Spree Software GmbH", "Berlin", "spree-software.de", "HRB 201877 B"),
    ("Atelier Presqu'île SARL", "Lyon", "atelier-presquile.fr", "821 455 903"),
    ("Donau Facility Services GmbH", "Wien", "donau-fs.at", "FN 482913 k"),
    ("Thames Cargo Bikes Ltd", "London", "thamescargobikes.co.uk", "11829475"),
]
b2b_rows = []
nl_full = [p for p in RIDERS if p["arch"] == "full" and p["res"] == "NL" and p["city"] in ("Utrecht", "Amsterdam")]
rider_contacts = nl_full[:2]
contract = 0
for ci, (comp, city, dom, reg) in enumerate(COMPANIES):
    cc = CITIES[city][0]
    st, nr = street_addr(city)
    if cc == "GB":
        addr = "Unit %d, %s" % (R.randint(1, 14), st)
    else:
        addr = "%s %s" % (st, nr)
    pcode = postcode_for(city)
    ncontacts = 2 if ci in (0, 2, 7) else 1
    for j in range(ncontacts):
        if ci == 0 and j == 0:
            p = rider_contacts[0]
        elif ci == 2 and j == 1:
            p = rider_contacts[1]
        else:
            p = new_person("b2b", cc, cc, "b2b")
            p["city"] = city
        em = "%s.%s@%s" % (fold(p["first"], cc in ("DE", "AT")), fold((p["tv"] + p["last"]).replace(" ", ""), cc in ("DE", "AT")), dom)
        if p["kind"] == "rider":
            p["work_email"] = em
        else:
            p["email"] = em
        nsn = mobile_nsn(cc) if R.random() < 0.6 else None
        if nsn:
            tel = fmt_intl(cc, nsn) if R.random() < 0.6 else fmt_national(cc, nsn)
            intl = tel.startswith("+")
        else:
            area = CITIES[city][3].replace(" ", "")
            if cc == "GB":
                sub = "7" + digits(3) + " " + digits(4)
            elif cc == "FR":
                rest = area[1:] + R.choice("23456789") + digits(5)
                sub = " ".join(rest[i:i + 2] for i in range(1, 9, 2))
                area = "0" + rest[0]
            else:
                sub = R.choice("2345678") + digits({"NL": 10, "BE": 9, "DE": 11, "AT": 9}[cc] - len(area) - 1)
                if cc == "NL":
                    sub = sub[:3] + " " + sub[3:]
            if R.random() < 0.6:
                tel = "+%s %s %s" % (CALLING[cc], area.lstrip("0"), sub)
                intl = True
            else:
                tel = ("%s-%s" if cc == "NL" else "%s %s") % (area, sub.replace(" ", "") if cc == "NL" else sub)
                intl = False
        contract += 1
        functie = R.choice({"NL": ["Facility manager", "HR-adviseur", "Office manager", "Mobiliteitscoördinator", "Directeur"],
                            "BE": ["HR-verantwoordelijke", "Office manager", "Zaakvoerder", "Responsable RH"],
                            "DE": ["Fuhrparkleitung", "Office Managerin" if p["gender"] == "f" else "Office Manager", "Geschäftsführung", "Personalreferent"],
                            "FR": ["Responsable RH", "Gérant", "Office manager"],
                            "AT": ["Facility Management", "Geschäftsführung"],
                            "GB": ["Operations Lead", "Office Manager"]}[cc])
        since = dt.date(2021, 1, 1) + dt.timedelta(days=R.randint(0, 1200))
        row = [comp, reg, full_name(p), functie,
               em, tel, addr, pcode, city, COUNTRY_NAMES[cc][0], R.choice([5, 8, 10, 12, 15, 20, 25, 40, 60]),
               since, "ZK-%d-%03d" % (since.year, contract),
               full_name(AMS[ci % len(AMS)])]
        b2b_rows.append(row)
        pid = p["pid"]
        mark(XLSF, "Contactpersoon", "name", pid)
        note_email(XLSF, "E-mailadres", pid, em)
        mark(XLSF, "Telefoon", "phone", pid)
        if intl:
            ev(pid, "phone", cc, XLSF)
        for col in ("Vestigingsadres", "Postcode", "Plaats", "Land"):
            mark(XLSF, col, "location", pid)
        ev(pid, "address", cc, XLSF)
        mark(XLSF, "Accountmanager", "name", AMS[ci % len(AMS)]["pid"])

wb = Workbook()
ws = wb.active
ws.title = "Contactpersonen"
ws["A1"] = "VeloLink Zakelijk – contactpersonen wagenparkklanten"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Export CRM 31-05-2024 · intern gebruik · afdeling Sales Benelux/DACH"
ws["A2"].font = Font(italic=True, size=9)
HDR = ["Klant (bedrijf)", "KvK / Handelsregister", "Contactpersoon", "Functie", "E-mailadres", "Telefoon",
       "Vestigingsadres", "Postcode", "Plaats", "Land", "Aantal fietsen", "Contract vanaf", "Contractnr.", "Accountmanager"]
ws.append([])
ws.append(HDR)
for c in ws[4]:
    c.font = Font(bold=True)
for row in b2b_rows:
    ws.append(row)
    ws.cell(row=ws.max_row, column=12).number_format = "DD-MM-YYYY"
for col, wdt in zip("ABCDEFGHIJKLMN", [30, 18, 24, 22, 36, 20, 30, 10, 14, 20, 8, 12, 12, 18]):
    ws.column_dimensions[col].width = wdt
ws.freeze_panes = "A5"
FIXED = dt.datetime(2024, 5, 31, 7, 0, 0)
wb.properties.creator = "VeloLink CRM export"
wb.properties.created = FIXED
wb.properties.modified = FIXED
wb.properties.lastModifiedBy = "crm-export"

# ==========================================================================
# 6. partner invoice (zip with an English CSV from the e-bike insurer)
# ==========================================================================
INVF = "RideSafe_invoice_INV-2024-0412.csv"
ZIPF = "partner_invoices.zip"
insured = [p for p in RIDERS if p.get("plan") in ("EBIKE_M", "EBIKE_J")
           and (p["sub_end"] is None or p["sub_end"] >= dt.date(2024, 4, 30)) and (
    (p["arch"] == "full" and p["k"].get("straat")) or p["arch"] in ("partner_only", "conflict_phone"))]
inv_rows = []
for i, p in enumerate(sorted(insured, key=lambda q: q["klant_id"])):
    if p["partner_addr"]:
        a = p["partner_addr"]
        line1, pc, city, cc = a["line1"], a["postcode"], a["city"], a["country"]
    else:
        k = p["k"]
        line1, pc, city, cc = "%s %s" % (k["straat"], k["huisnummer"]), k["postcode"], k["woonplaats"], k["land"]
    cover = R.choice(["Theft", "Theft + Damage", "Theft + Damage Plus"])
    prem = {"Theft": 4.50, "Theft + Damage": 6.95, "Theft + Damage Plus": 8.95}[cover]
    inv_rows.append(["INV-2024-0412", i + 1, "RSV%08d" % R.randint(0, 99999999), full_name(p), p["email"], line1, pc, city,
                     COUNTRY_NAMES[cc][1], cover, "2024-04-01", "2024-04-30", "%.2f" % prem, "%.2f" % round(prem * 0.21, 2)])
    pid = p["pid"]
    mark(ZIPF + "!" + INVF, "Member Name", "name", pid)
    note_email(ZIPF + "!" + INVF, "Member Email", pid, p["email"])
    for col in ("Address Line 1", "Postcode", "City", "Country"):
        mark(ZIPF + "!" + INVF, col, "location", pid)
    ev(pid, "address", cc, ZIPF)
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(["Invoice No", "Line", "Policy No", "Member Name", "Member Email", "Address Line 1", "Postcode", "City", "Country",
            "Cover Type", "Period From", "Period To", "Premium (EUR)", "IPT (EUR)"])
w.writerows(inv_rows)
inv_text = buf.getvalue()

# ==========================================================================
# 7. stations.csv (public station register -> control)
# ==========================================================================
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerow(["station_id", "code", "name", "city", "country", "lat", "lon", "capacity", "type", "opened"])
for s in STATIONS:
    w.writerow([s["station_id"], s["code"], s["naam"], s["stad"], s["land"], "%.6f" % s["lat"], "%.6f" % s["lon"],
                s["capaciteit"], s["type"], s["sinds"].isoformat()])
stations_text = buf.getvalue()

# ==========================================================================
# write data/
# ==========================================================================
os.makedirs(DATA, exist_ok=True)
for f in os.listdir(DATA):
    os.remove(os.path.join(DATA, f))
with open(os.path.join(DATA, SQLF), "w", encoding="utf-8", newline="\n") as fh:
    fh.write("\n".join(out))
with open(os.path.join(DATA, NDJ), "w", encoding="utf-8", newline="\n") as fh:
    fh.write(ndjson_text)
with open(os.path.join(DATA, LOGF), "w", encoding="utf-8", newline="\n") as fh:
    fh.write(log_text)
with open(os.path.join(DATA, TIX), "w", encoding="utf-8", newline="") as fh:
    fh.write(tickets_text)
with open(os.path.join(DATA, "stations.csv"), "w", encoding="utf-8", newline="") as fh:
    fh.write(stations_text)
_xb = io.BytesIO()
wb.save(_xb)
# openpyxl stamps the save time into docProps/core.xml and the zip entries: pin both for determinism
with zipfile.ZipFile(io.BytesIO(_xb.getvalue())) as zin, zipfile.ZipFile(os.path.join(DATA, XLSF), "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        body = zin.read(item.filename)
        if item.filename == "docProps/core.xml":
            import re as _re
            body = _re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(<)", rb"\g<1>2024-05-31T07:00:00Z\g<2>", body)
            body = _re.sub(rb"(<dcterms:created[^>]*>)[^<]*(<)", rb"\g<1>2024-05-31T07:00:00Z\g<2>", body)
        zi = zipfile.ZipInfo(item.filename, date_time=(2024, 5, 31, 7, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zout.writestr(zi, body)
with zipfile.ZipFile(os.path.join(DATA, ZIPF), "w", zipfile.ZIP_DEFLATED) as z:
    zi = zipfile.ZipInfo(INVF, date_time=(2024, 5, 3, 9, 12, 40))
    zi.compress_type = zipfile.ZIP_DEFLATED
    z.writestr(zi, inv_text.encode("utf-8"))

# ==========================================================================
# truth
# ==========================================================================
STRENGTH = ["address", "phone", "place", "ip", "email_cctld"]
residents, counts, conflicts, conflict_details = [], defaultdict(int), [], {}
for p in PEOPLE:
    pid = p["pid"]
    assert pid in APPEARS, pid
    evs = EVID.get(pid, [])
    if not evs:
        assert p["res"] is None or p["kind"] == "staff" or p["arch"] == "unknown", (pid, p["arch"], p["res"])
        residents.append({"id": pid, "country": None, "subdivision": None, "signals": []})
        counts["unknown"] += 1
        continue
    strongest = min(evs, key=lambda e: STRENGTH.index(e[0]))
    country = strongest[1]
    assert country == p["res"], (pid, p["arch"], p["res"], evs)
    sigs = sorted({k for k, cc, _ in evs if cc == country}, key=STRENGTH.index)
    other = sorted({(k, cc) for k, cc, _ in evs if cc != country})
    if other:
        conflicts.append(pid)
        conflict_details[pid] = {"residence": country, "from": sigs[0],
                                 "disagreeing": [{"signal": k, "country": cc} for k, cc in other]}
    sub = p["sub"] if country == "US" else None
    if sub:
        assert "address" in sigs
    residents.append({"id": pid, "country": country, "subdivision": sub, "signals": sigs})
    counts[sub or country] += 1

place_people = {r["id"]: [pp for pp in PEOPLE if pp["pid"] == r["id"]][0]["city"]
                for r in residents if r["signals"] and r["signals"][0] == "place"}
place_homonyms = {pid: HOMONYMS[c] for pid, c in place_people.items() if c in HOMONYMS}
ip_only = [r["id"] for r in residents if r["signals"] and r["signals"][0] == "ip"]

fields = {f: {k: (sorted(v)[0] if len(v) == 1 else sorted(v)) for k, v in sorted(d.items())} for f, d in sorted(FIELDS.items())}
text = {f: sorted(v) for f, v in TEXT.items()}
pbc = {c: len(v) for c, v in sorted(PBC.items())}

kinds = defaultdict(int)
for p in PEOPLE:
    kinds[p["kind"]] += 1

truth = {
    "brief": ("VeloLink, a bike-sharing and e-bike subscription service headquartered in Utrecht (NL) and operating in the "
              "Netherlands, Belgium, Germany, France and Austria, with visiting riders from the UK, Ireland, Poland, Spain, "
              "Italy, Sweden, the US and Canada. Export of: a PostgreSQL pg_dump (COPY format, Dutch/English column names) "
              "of rider accounts (klanten), subscriptions (abonnementen, SEPA IBANs and card last-four), rides (ritten with "
              "start/end coordinates, referencing klanten.klant_id), bikes and stations; a German-language helpdesk ticket "
              "export (semicolon CSV, UTF-8 BOM, messages in German/Dutch/English); an NDJSON export of app sign-up events "
              "(IP, locale, device ids, user agent); the web shop's nginx access log for 30 May 2024; an XLSX of B2B fleet "
              "contact persons with title rows above the header (Dutch); a zip with an English invoice CSV from the e-bike "
              "insurance partner; and the public station register (control)."),
    "people": len(PEOPLE),
    "people_by_category": pbc,
    "fields": fields,
    "text": text,
    "controls": ["stations.csv"],
    "ambiguous": {
        NDJ: ["context.locale", "context.device.model"],
        ZIPF + "!" + INVF: ["Cover Type"],
    },
    "lookalikes": {
        SQLF: {
            "klanten.klantnummer": "customer numbers VL-nnnnnn (internal ids, not a category)",
            "klanten.password_changed_at": "timestamp in a column whose name mentions a password",
            "klanten.taal": "UI language preference nl/de/fr/en, not a residence signal",
            "abonnementen.kaart_laatste4": "card last four digits only",
            "abonnementen.kaart_vervaldatum": "card expiry MM/YY only",
            "abonnementen.kaart_merk": "card brand only",
            "abonnementen.mandaat_referentie": "SEPA mandate reference",
            "abonnementen.ingangsdatum": "contract start date",
            "abonnementen.einddatum": "contract end date",
            "ritten.rit_id": "12-digit ride ids",
            "ritten.betaal_referentie": "16-digit payment-provider references; %d of %d pass Luhn by chance" % (luhn_refs, len(RIDES)),
            "ritten.fiets_id": "bike ids",
            "fietsen.framenummer": "bike frame numbers (17 chars, VIN-like)",
            "fietsen.accu_serienr": "battery serial numbers",
            "stations.lat": "station coordinates (public places)",
            "stations.lon": "station coordinates (public places)",
        },
        NDJ: {"event_id": "UUIDs", "referral.code": "referral codes", "user.id": "klant_id (internal key)",
              "context.app.build": "build number"},
        TIX: {"Ticket-ID": "ticket numbers", "Kundennummer": "customer numbers", "Status": "ticket status",
              "Kategorie": "ticket category"},
        XLSF: {"KvK / Handelsregister": "company registration numbers (KvK, KBO/BCE, HRB, SIREN, FN, Companies House)",
               "Contractnr.": "contract numbers", "Contract vanaf": "contract start dates", "Klant (bedrijf)": "company names"},
        ZIPF + "!" + INVF: {"Policy No": "insurance policy numbers", "Invoice No": "invoice number",
                            "Period From": "billing period", "Period To": "billing period"},
        "stations.csv": {"lat": "station coordinates", "lon": "station coordinates"},
    },
    "residents": residents,
    "residence_counts": dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))),
    "conflicts": conflicts,
    "conflict_details": conflict_details,
    "place_homonyms": place_homonyms,
    "notes": (
        "People: %d riders (klanten), %d B2B contact persons only in the XLSX (2 more B2B contacts are also riders), "
        "%d support-only prospects, %d staff (4 helpdesk agents named in Bearbeiter, 3 account managers named in "
        "Accountmanager; staff have names only, residence unknown). "
        "Access log: lines of logged-in shop users are attributed to the rider whose username/email/IP they carry; "
        "%d distinct IPs of anonymous visitors, plus crawler IPs (Googlebot 66.249.66.x, bingbot 157.55.39.x, AhrefsBot "
        "54.36.148.x) and the internal health probe 10.20.0.14, are NOT counted as people and have no entry in residents. "
        "Password-reset lines carry a reset token (secret) and the email in the query string for %d riders. "
        "Residence: signals list only the evidence that agrees with the residence; disagreeing evidence is in "
        "conflict_details (address beats phone beats place beats ip beats email ccTLD). Numbers in national form "
        "(06-…, 0470 …, 0176 …) are not counted as phone signals; international-form numbers (+31, +49 (0)…, +1 …) "
        "are. The app backend stores phones in E.164, so an app user whose klanten.telefoon is national still has a "
        "phone signal from app_signups.ndjson. Ride start/end coordinates, the IBAN's country, the app locale and "
        "klanten.taal are NOT counted as residence signals. US subdivision is set when a state field (CA, California, "
        "D.C., OR, …) or a ZIP is present (a ZIP is state-specific: 02139 -> US-MA, 98103 -> US-WA); a US person with "
        "only land=US or only a Comcast IP is counted under US. Canadian province fields (ON, Québec) are recorded but "
        "subdivision is only given for US residents. B2B contact persons: the company's address, postcode, city and "
        "country (Dutch names) in their contact row are counted as their location and as their residence (address "
        "signal) - a judgement call, since it is a work address. Place-only people whose city name also exists "
        "elsewhere are listed in place_homonyms; their country is the one the generator placed them in. "
        "IP ranges used for people (all large national ISP allocations): NL 194.109.0.0/16 (XS4ALL/KPN); DE "
        "217.224.0.0/11 and 84.128.0.0/10 and IPv6 2003::/19 (Deutsche Telekom); FR 90.0.0.0/9 (Orange); BE "
        "81.240.0.0/12 (Proximus/Belgacom); GB 86.128.0.0/10 (BT); PL 83.0.0.0/11 (Orange Polska/TPNET); US "
        "73.0.0.0/8 (Comcast). Every IP of a person lies in their residence country's range; people resident in "
        "AT, IE, ES, IT, SE, CA, CH have no IP in the dump. IP-only people: %s. "
        "Email ccTLD: .co.uk counts as GB; gmx.net, btinternet.com, laposte.net style generic TLDs say nothing. "
        "Support messages hold names, phones, IBANs (bank_account), one full Visa PAN (payment_card), plaintext "
        "passwords and usernames (in 'Konto' tickets), and addresses/cities. Bcrypt/argon2 hashes are random strings "
        "in the right format, not hashes of real passwords. Sequence and klanten ids are internal; rides reference "
        "klanten by klant_id, tickets and invoices reference riders by e-mail/Kundennummer."
        % (kinds["rider"], kinds["b2b"], kinds["prospect"], kinds["staff"], len(anon_ips), reset_people,
           ", ".join(ip_only))),
}
with open(os.path.join(BASE, "truth.json"), "w", encoding="utf-8") as fh:
    json.dump(truth, fh, ensure_ascii=False, indent=2)
    fh.write("\n")

print("people", len(PEOPLE), dict(kinds))
print("residence_counts", truth["residence_counts"])
print("conflicts", conflicts)
print("pbc", pbc)
for f in sorted(os.listdir(DATA)):
    print(f, os.path.getsize(os.path.join(DATA, f)))
