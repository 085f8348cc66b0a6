#!/usr/bin/env python3
"""Blind evaluation dump D/gr-hotel: export of the property-management system (PMS)
vendor of a Greek hotel group ("Aegean Shores Hotels").  Writes data/ and truth.json.
Deterministic (seeded); standard library only."""
import json, os, random, unicodedata, datetime as dt, hashlib, string, urllib.parse
from collections import defaultdict

SEED = 20240611
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "data")
os.makedirs(OUT, exist_ok=True)

# ---------------------------------------------------------------- people registry
PEOPLE = defaultdict(set)          # person id -> categories seen in the dump
def mark(pid, *cats):
    PEOPLE[pid].update(cats)

# ---------------------------------------------------------------- helpers
def strip_acc(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")

DIGRAPHS = [("ου", "ou"), ("αυ", "av"), ("ευ", "ev"), ("μπ", "mp"), ("ντ", "nt"), ("γκ", "gk"), ("γγ", "ng")]
GMAP = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψω",
                ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s", "t", "y", "f", "ch", "ps", "o"]))
def translit(s):
    s = strip_acc(s).lower()
    for a, b in DIGRAPHS:
        s = s.replace(a, b)
    return "".join(GMAP.get(c, c) for c in s)

def luhn_digit(partial):
    tot = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return str((10 - tot % 10) % 10)

def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]

def make_pan(prefix, length):
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    return body + luhn_digit(body)

def iban(cc, bban):
    rearr = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    chk = 98 - int(num) % 97
    return f"{cc}{chk:02d}{bban}"

def iban_ok(s):
    s = s.replace(" ", "")
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1

def afm(first8=None):
    while True:
        d = first8 or "".join(rng.choice(string.digits) for _ in range(8))
        if d[0] == "0":
            first8 = None; continue
        s = sum(int(d[i]) * 2 ** (8 - i) for i in range(8))
        return d + str(s % 11 % 10)

def afm_ok(a):
    s = sum(int(a[i]) * 2 ** (8 - i) for i in range(8))
    return s % 11 % 10 == int(a[8])

def ean13(prefix):
    body = prefix + "".join(rng.choice(string.digits) for _ in range(12 - len(prefix)))
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)

BC = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
def bcrypt_like():
    return "$2y$10$" + "".join(rng.choice(BC) for _ in range(53))

def rdate(a, b):
    a, b = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))

def rdt(a, b):
    a, b = dt.datetime.fromisoformat(a), dt.datetime.fromisoformat(b)
    return a + dt.timedelta(seconds=rng.randint(0, int((b - a).total_seconds())))

def sq(v):
    """MySQL literal as mysqldump writes it."""
    if v is None: return "NULL"
    if isinstance(v, bool): return "1" if v else "0"
    if isinstance(v, (int,)): return str(v)
    if isinstance(v, float): return f"{v:.2f}"
    if isinstance(v, (dt.datetime,)): return "'" + v.strftime("%Y-%m-%d %H:%M:%S") + "'"
    if isinstance(v, (dt.date,)): return "'" + v.isoformat() + "'"
    s = str(v).replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n").replace("\r", "\\r")
    return "'" + s + "'"

# ---------------------------------------------------------------- name pools
GR_M = ["Γιώργος", "Δημήτρης", "Νίκος", "Κωνσταντίνος", "Γιάννης", "Παναγιώτης", "Βασίλειος", "Χρήστος",
        "Αθανάσιος", "Μιχάλης", "Ευάγγελος", "Σπύρος", "Αντώνης", "Ηλίας", "Στέλιος", "Θεόδωρος", "Αλέξανδρος", "Μανώλης"]
GR_F = ["Μαρία", "Ελένη", "Αικατερίνη", "Βασιλική", "Σοφία", "Αγγελική", "Γεωργία", "Δήμητρα", "Κωνσταντίνα",
        "Παρασκευή", "Ευαγγελία", "Χριστίνα", "Ιωάννα", "Αναστασία", "Δέσποινα", "Φωτεινή", "Ειρήνη", "Σταυρούλα"]
GR_S = [("Παπαδόπουλος", "Παπαδοπούλου"), ("Παπαδάκης", "Παπαδάκη"), ("Γεωργίου", "Γεωργίου"), ("Οικονόμου", "Οικονόμου"),
        ("Βασιλείου", "Βασιλείου"), ("Νικολάου", "Νικολάου"), ("Καραγιάννης", "Καραγιάννη"), ("Μαυρίδης", "Μαυρίδου"),
        ("Αθανασίου", "Αθανασίου"), ("Ιωάννου", "Ιωάννου"), ("Δημητρίου", "Δημητρίου"), ("Πετρόπουλος", "Πετροπούλου"),
        ("Αλεξίου", "Αλεξίου"), ("Ζαχαρίου", "Ζαχαρίου"), ("Λαμπρόπουλος", "Λαμπροπούλου"), ("Χατζηγεωργίου", "Χατζηγεωργίου"),
        ("Σταθόπουλος", "Σταθοπούλου"), ("Κυριακίδης", "Κυριακίδου"), ("Μιχαηλίδης", "Μιχαηλίδου"), ("Τσακίρης", "Τσακίρη"),
        ("Μπακογιάννης", "Μπακογιάννη"), ("Ντόκος", "Ντόκου"), ("Αναγνώστου", "Αναγνώστου"), ("Φραγκιαδάκης", "Φραγκιαδάκη"),
        ("Κωστόπουλος", "Κωστοπούλου"), ("Ρήγας", "Ρήγα"), ("Σαββίδης", "Σαββίδου"), ("Μαργαρίτης", "Μαργαρίτη")]
GR_CITIES = [("Αθήνα", "Αττική", ["105 58", "106 71", "112 57", "114 72", "115 21"], ["Ερμού", "Πανεπιστημίου", "Βασ. Σοφίας", "Ακαδημίας", "Πατησίων", "Λεωφ. Αλεξάνδρας"]),
             ("Μαρούσι", "Αττική", ["151 24", "151 25"], ["Κηφισίας", "Αγίου Κωνσταντίνου", "Σωρού"]),
             ("Θεσσαλονίκη", "Κεντρική Μακεδονία", ["546 24", "546 22", "546 30", "551 33"], ["Εγνατίας", "Τσιμισκή", "Μητροπόλεως", "Αγίας Σοφίας"]),
             ("Πάτρα", "Δυτική Ελλάδα", ["262 21", "262 22"], ["Μαιζώνος", "Κορίνθου", "Αγίου Νικολάου"]),
             ("Ηράκλειο", "Κρήτη", ["712 02", "713 05"], ["Λεωφ. Δημοκρατίας", "Έβανς", "Καλοκαιρινού"]),
             ("Λάρισα", "Θεσσαλία", ["412 22", "412 21"], ["Κύπρου", "Παπαναστασίου", "Ρούσβελτ"]),
             ("Βόλος", "Θεσσαλία", ["382 21"], ["Ιάσονος", "Δημητριάδος"]),
             ("Ιωάννινα", "Ήπειρος", ["453 32", "454 44"], ["Δωδώνης", "Αβέρωφ"])]

FOREIGN = {
    "DE": dict(m=["Lukas", "Jonas", "Thomas", "Stefan", "Michael", "Florian", "Andreas"], f=["Anna", "Laura", "Julia", "Sabine", "Katrin", "Lena", "Claudia"],
               s=["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Schäfer", "Koch", "Wagner"],
               places=[("München", "80331", ["Sendlinger Straße", "Leopoldstraße"]), ("Berlin", "10437", ["Kastanienallee", "Schönhauser Allee"]),
                       ("Hamburg", "22767", ["Große Bergstraße", "Max-Brauer-Allee"]), ("Köln", "50667", ["Hohe Straße", "Breite Straße"])],
               addr=lambda st, no, pc, city: f"{st} {no}", pc=lambda p: p, mail=["gmx.de", "web.de", "t-online.de", "gmail.com"]),
    "GB": dict(m=["James", "Oliver", "Harry", "George", "Daniel", "Matthew"], f=["Emily", "Sophie", "Charlotte", "Hannah", "Rebecca", "Lucy"],
               s=["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas", "Roberts", "Walker"],
               places=[("London", "SW11 2PW", ["Lavender Hill", "Northcote Road"]), ("Manchester", "M20 2RN", ["Wilmslow Road", "Burton Road"]),
                       ("Leeds", "LS6 2QG", ["Otley Road", "Cardigan Road"]), ("Bristol", "BS6 6TB", ["Gloucester Road", "Cotham Hill"])],
               addr=lambda st, no, pc, city: f"{no} {st}", pc=lambda p: p, mail=["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com"]),
    "FR": dict(m=["Julien", "Nicolas", "Thomas", "Pierre", "Antoine", "Mathieu"], f=["Camille", "Julie", "Manon", "Claire", "Élodie", "Sophie"],
               s=["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Laurent", "Girard", "Roux", "Fournier"],
               places=[("Paris", "75011", ["rue Oberkampf", "boulevard Voltaire"]), ("Lyon", "69003", ["rue Paul Bert", "cours Gambetta"]),
                       ("Nantes", "44000", ["rue Crébillon", "quai de la Fosse"])],
               addr=lambda st, no, pc, city: f"{no} {st}", pc=lambda p: p, mail=["orange.fr", "free.fr", "gmail.com", "laposte.net"]),
    "IT": dict(m=["Marco", "Luca", "Andrea", "Francesco", "Matteo", "Alessandro"], f=["Giulia", "Francesca", "Chiara", "Sara", "Valentina", "Elena"],
               s=["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino"],
               places=[("Milano", "20135", ["Corso Lodi", "Via Ripamonti"]), ("Roma", "00153", ["Viale di Trastevere", "Via Marmorata"]),
                       ("Bologna", "40126", ["Via Zamboni", "Via San Vitale"])],
               addr=lambda st, no, pc, city: f"{st} {no}", pc=lambda p: p, mail=["libero.it", "gmail.com", "alice.it", "virgilio.it"]),
    "NL": dict(m=["Daan", "Sem", "Bram", "Jeroen", "Thijs"], f=["Sanne", "Lotte", "Femke", "Anouk", "Eva"],
               s=["de Jong", "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer"],
               places=[("Amsterdam", "1072 KZ", ["Ferdinand Bolstraat", "Albert Cuypstraat"]), ("Utrecht", "3581 KR", ["Biltstraat", "Nachtegaalstraat"])],
               addr=lambda st, no, pc, city: f"{st} {no}", pc=lambda p: p, mail=["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"]),
    "US": dict(m=["Michael", "Christopher", "Ryan", "Kevin", "Brian"], f=["Jennifer", "Jessica", "Ashley", "Megan", "Lauren"],
               s=["Johnson", "Miller", "Davis", "Anderson", "Thompson", "Martinez", "Clark", "Lewis"],
               places=[("Boston, MA", "02116", ["Commonwealth Ave", "Newbury St"]), ("Chicago, IL", "60614", ["N Clark St", "W Armitage Ave"]),
                       ("Seattle, WA", "98103", ["N 45th St", "Stone Way N"])],
               addr=lambda st, no, pc, city: f"{no} {st}", pc=lambda p: p, mail=["gmail.com", "yahoo.com", "comcast.net", "icloud.com"]),
}

def foreign_phone(cc):
    d = lambda n: "".join(rng.choice(string.digits) for _ in range(n))
    if cc == "DE": return f"+49 {rng.choice(['151', '152', '160', '170', '176'])} {d(8)}"
    if cc == "GB": return f"+44 7{rng.choice(['700', '812', '911', '958', '447'])} {d(6)}"
    if cc == "FR": return f"+33 {rng.choice(['6', '7'])} {d(2)} {d(2)} {d(2)} {d(2)}"
    if cc == "IT": return f"+39 3{rng.choice(['33', '47', '39', '28', '49'])} {d(3)} {d(4)}"
    if cc == "NL": return f"+31 6 {d(8)}"
    if cc == "US": return f"+1 {rng.choice(['617', '312', '206', '857'])}-{rng.randint(201, 989)}-{d(4)}"

def passport(cc):
    d = lambda n: "".join(rng.choice(string.digits) for _ in range(n))
    L = lambda n: "".join(rng.choice("CFGHJKLMNPRTVWXYZ") for _ in range(n))
    if cc == "DE": return "C" + "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    if cc == "GB": return "5" + d(8)
    if cc == "FR": return d(2) + L(2) + d(5)
    if cc == "IT": return "Y" + rng.choice("ABCD") + d(7)
    if cc == "NL": return L(2) + "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(6)) + d(1)
    if cc == "US": return "5" + d(8)

def greek_phone():
    d = lambda n: "".join(rng.choice(string.digits) for _ in range(n))
    r = rng.random()
    if r < 0.45: return f"69{rng.choice('3456789')}{d(1)} {d(6)}"
    if r < 0.75: return f"+30 69{rng.choice('3456789')} {d(3)} {d(4)}"
    if r < 0.9: return f"69{rng.choice('3456789')}{d(7)}"
    return f"210 {rng.choice('6789')}{d(6)}"

# ---------------------------------------------------------------- hotels (control)
HOTELS = [
    dict(code="SAN", name="Aegean Shores Oia Suites", name_el="Aegean Shores Οία Σουίτες", addr="Οία, Σαντορίνη", pc="847 02", city="Σαντορίνη", region="Νότιο Αιγαίο", phone="+30 22860 71430", rooms=32, stars=5, lat=36.4618, lon=25.3753, opened=2009),
    dict(code="CHQ", name="Aegean Shores Chania Harbour", name_el="Aegean Shores Λιμάνι Χανίων", addr="Ακτή Κουντουριώτη 21", pc="731 31", city="Χανιά", region="Κρήτη", phone="+30 28210 98114", rooms=40, stars=4, lat=35.5176, lon=24.0175, opened=2014),
    dict(code="ATH", name="Aegean Shores Plaka Athens", name_el="Aegean Shores Πλάκα Αθήνα", addr="Κυδαθηναίων 14", pc="105 58", city="Αθήνα", region="Αττική", phone="+30 210 3229 415", rooms=46, stars=4, lat=37.9717, lon=23.7307, opened=2017),
    dict(code="RHO", name="Aegean Shores Lindos Bay", name_el="Aegean Shores Κόλπος Λίνδου", addr="Λίνδος", pc="851 07", city="Ρόδος", region="Νότιο Αιγαίο", phone="+30 22440 31276", rooms=58, stars=4, lat=36.0935, lon=28.0856, opened=2011),
    dict(code="HAL", name="Aegean Shores Kassandra Beach", name_el="Aegean Shores Παραλία Κασσάνδρας", addr="Πευκοχώρι Χαλκιδικής", pc="630 85", city="Πευκοχώρι", region="Κεντρική Μακεδονία", phone="+30 23740 62219", rooms=64, stars=4, lat=39.9884, lon=23.6137, opened=2006),
]
ROOM_TYPES = {"SAN": ["Cave Suite", "Honeymoon Suite", "Junior Suite"], "CHQ": ["Double Sea View", "Superior Double", "Family Room"],
              "ATH": ["Standard Double", "Superior Acropolis View", "Single"], "RHO": ["Double Garden View", "Double Sea View", "Family Suite"],
              "HAL": ["Double Garden View", "Bungalow", "Family Room", "Superior Sea View"]}
ROOMS = {}
for h in HOTELS:
    rl = []
    floors = 1 if h["code"] == "SAN" else (h["rooms"] // 12 + 1)
    n = 0
    for f in range(1, floors + 1):
        for r in range(1, 13):
            if n >= h["rooms"]: break
            num = f"{f}{r:02d}" if h["code"] != "SAN" else f"S{r + (f - 1) * 12:02d}"
            rl.append((num, rng.choice(ROOM_TYPES[h["code"]])))
            n += 1
    if h["code"] == "SAN":
        rl = [(f"S{i:02d}", rng.choice(ROOM_TYPES["SAN"])) for i in range(1, h["rooms"] + 1)]
    ROOMS[h["code"]] = rl

with open(os.path.join(OUT, "hotels.csv"), "w", encoding="utf-8", newline="") as f:
    f.write("hotel_code,name,name_el,address,postcode,city,region,reception_phone,reservations_email,rooms,stars,latitude,longitude,opened\n")
    for h in HOTELS:
        mail = f"reservations.{h['code'].lower()}@aegeanshores.gr"
        f.write(f"{h['code']},{h['name']},{h['name_el']},\"{h['addr']}\",{h['pc']},{h['city']},{h['region']},{h['phone']},{mail},{h['rooms']},{h['stars']},{h['lat']},{h['lon']},{h['opened']}\n")

# ---------------------------------------------------------------- guests
N_GUESTS = 150
guests = []
used_emails, used_users = set(), set()
for gid in range(1, N_GUESTS + 1):
    greek = rng.random() < 0.45
    female = rng.random() < 0.5
    g = dict(guest_id=gid, pid=f"g{gid}", greek=greek, female=female)
    if greek:
        first = rng.choice(GR_F if female else GR_M)
        sm, sf = rng.choice(GR_S)
        last = sf if female else sm
        g.update(first_name=first, last_name=last, first_name_latin=translit(first).upper(), last_name_latin=translit(last).upper(),
                 nationality="GR", title=("Κα" if female else "Κος"))
        city, region, pcs, streets = rng.choice(GR_CITIES)
        g.update(address_line=f"{rng.choice(streets)} {rng.randint(1, 220)}", postcode=rng.choice(pcs), city=city, country="GR")
        g["phone"] = greek_phone()
        letters = "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ"
        if rng.random() < 0.8:
            g.update(id_doc_type="ΑΔΤ", id_doc_number=f"{rng.choice(letters)}{rng.choice(letters)} {rng.randint(100000, 999999)}")
        else:
            g.update(id_doc_type="PASSPORT", id_doc_number=f"A{rng.choice('BEHKMNPTXZ')}{rng.randint(1000000, 9999999)}")
        g["afm"] = afm() if rng.random() < 0.4 else None
        fl, ll = translit(first), translit(last)
        dom = rng.choice(["gmail.com", "yahoo.gr", "hotmail.com", "otenet.gr", "windowslive.com"])
    else:
        cc = rng.choices(list(FOREIGN), weights=[24, 22, 12, 14, 8, 10])[0]
        F = FOREIGN[cc]
        first = rng.choice(F["f"] if female else F["m"])
        last = rng.choice(F["s"])
        city, pc, streets = rng.choice(F["places"])
        g.update(first_name=first, last_name=last, first_name_latin=strip_acc(first).upper(), last_name_latin=strip_acc(last).upper(),
                 nationality=cc, title=("Mrs" if female else "Mr") if cc in ("GB", "US") else ("Ms" if female else "Mr"),
                 address_line=F["addr"](rng.choice(streets), rng.randint(1, 180), pc, city), postcode=pc, city=city, country=cc,
                 phone=foreign_phone(cc), id_doc_type="PASSPORT" if cc in ("GB", "US") or rng.random() < 0.5 else "ID_CARD", afm=None)
        g["id_doc_number"] = passport(cc) if g["id_doc_type"] == "PASSPORT" else ("L" + "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)) if cc == "DE" else passport(cc))
        fl, ll = strip_acc(first).lower(), strip_acc(last).lower().replace(" ", "")
        dom = rng.choice(F["mail"])
    pat = rng.choice(["{f}.{l}", "{f}{l}", "{f0}{l}", "{l}.{f}", "{f}_{l}{n}", "{f}{l}{y}"])
    dob = rdate("1944-01-01", "2004-12-31")
    g["date_of_birth"] = dob
    em = pat.format(f=fl, l=ll, f0=fl[0], n=rng.randint(1, 99), y=str(dob.year)[2:]) + "@" + dom
    while em in used_emails:
        em = f"{fl}.{ll}{rng.randint(2, 999)}@{dom}"
    used_emails.add(em)
    g["email"] = em
    g["id_doc_expiry"] = rdate("2025-01-01", "2034-12-31")
    g["gender"] = "F" if female else "M"
    if rng.random() < 0.12:
        comp = rng.choice(["Deloitte Α.Ε.", "Intracom Telecom Α.Ε.", "Siemens AG", "Vodafone Παναφον Α.Ε.Ε.Τ.", "Lufthansa Group", "ΟΤΕ Α.Ε."])
        g["invoice_company"] = comp
        g["invoice_vat"] = ("EL" + afm()) if "Α.Ε" in comp or "ΟΤΕ" in comp else "DE" + str(rng.randint(100000000, 999999999))
    else:
        g["invoice_company"] = g["invoice_vat"] = None
    g["loyalty_no"] = str(rng.randint(3000000000, 3099999999)) if rng.random() < 0.55 else None
    g["loyalty_tier"] = rng.choices(["Blue", "Silver", "Gold", "Platinum"], [50, 28, 15, 7])[0] if g["loyalty_no"] else None
    g["marketing_opt_in"] = rng.random() < 0.4
    g["created_at"] = rdt("2019-03-01T08:00:00", "2024-05-20T22:00:00")
    g["notes"] = None
    guests.append(g)

# companions mentioned only in free-text notes
companions = []
for g in rng.sample(guests, 16):
    if g["greek"]:
        fem = not g["female"]
        cf = rng.choice(GR_F if fem else GR_M)
        sm, sf = [s for s in GR_S if g["last_name"] in s][0]
        cname = f"{cf} {sf if fem else sm}"
        note = rng.choice([f"Συνοδός: {cname}", f"Ταξιδεύει με σύζυγο ({cname}) – προτιμά ήσυχο δωμάτιο", f"Πληρώνει ο/η {cname}"])
    else:
        F = FOREIGN[g["nationality"]]
        cf = rng.choice(F["m"] if g["female"] else F["f"])
        cname = f"{cf} {g['last_name']}"
        note = rng.choice([f"Travelling with partner {cname}", f"Spouse: {cname}. Anniversary – prosecco on arrival", f"Booked by {cname}"])
    pid = f"comp{len(companions) + 1}"
    companions.append(dict(pid=pid, name=cname))
    g["notes"] = note
    g["note_pid"] = pid
for g in guests:
    if g["notes"] is None and rng.random() < 0.12:
        g["notes"] = rng.choice(["VIP", "Αλλεργία σε ξηρούς καρπούς", "Repeat guest – prefers high floor", "Blacklist: chargeback 2022", "Vegan", "Χρειάζεται πάρκινγκ"])

# ---------------------------------------------------------------- reservations
occupancy = defaultdict(list)  # (hotel, room) -> [(arr, dep)]
def free(hc, room, a, d):
    return all(d <= x or a >= y for x, y in occupancy[(hc, room)])
reservations = []
rid = 0
RATE = {"SAN": 420, "CHQ": 165, "ATH": 140, "RHO": 150, "HAL": 130}
for g in guests:
    n = rng.choices([1, 2, 3, 4, 5], [35, 30, 18, 10, 7])[0]
    for k in range(n):
        rid += 1
        hc = rng.choice(HOTELS)["code"]
        if rng.random() < 0.38:
            arr = rdate("2024-05-24", "2024-06-13")
        else:
            arr = rdate("2023-04-10", "2024-10-20")
        nights = rng.choice([2, 3, 3, 4, 5, 7, 7, 10])
        dep = arr + dt.timedelta(days=nights)
        room, rtype = None, None
        for _ in range(60):
            cand = rng.choice(ROOMS[hc])
            if free(hc, cand[0], arr, dep):
                room, rtype = cand; break
        channel = rng.choices(["Booking.com", "Expedia", "Direct Web", "Phone", "TUI", "Jet2holidays"], [38, 14, 22, 10, 10, 6])[0]
        created = dt.datetime.combine(arr, dt.time()) - dt.timedelta(days=rng.randint(3, 240), seconds=rng.randint(0, 86399))
        status = "checked_out" if dep < dt.date(2024, 7, 1) else ("in_house" if arr <= dt.date(2024, 7, 1) else "confirmed")
        cancelled_at = None
        if rng.random() < 0.08:
            status = rng.choice(["cancelled", "cancelled", "no_show"])
            if status == "cancelled":
                cancelled_at = created + dt.timedelta(days=rng.randint(1, 30), seconds=rng.randint(0, 86000))
        if room and status not in ("cancelled",):
            occupancy[(hc, room)].append((arr, dep))
        if room is None:
            room, rtype = None, rng.choice(ROOM_TYPES[hc])
            if status != "cancelled": status = "waitlisted"
        req = None
        if rng.random() < 0.25:
            req = rng.choice(["Late arrival ~23:00", "Βρεφική κούνια παρακαλώ", "Honeymoon", "Quiet room away from lift", "Airport transfer from JTR",
                              "Twin beds", "Early check-in if possible", "Θέση στάθμευσης", "Gluten free breakfast", "Birthday – cake for 2"])
        total = round(RATE[hc] * nights * rng.uniform(0.8, 1.35), 2)
        chref = {"Booking.com": str(rng.randint(2000000000, 4999999999)), "Expedia": str(rng.randint(700000000, 799999999)),
                 "TUI": f"TUI{rng.randint(10000000, 99999999)}", "Jet2holidays": f"J2{rng.randint(1000000, 9999999)}"}.get(channel)
        r = dict(reservation_id=rid, confirmation_no=f"{arr:%y%m}{rng.randint(10000000, 99999999)}", channel_ref=chref, guest_id=g["guest_id"], g=g,
                 hotel_code=hc, room_no=room, room_type=rtype, arrival_date=arr, departure_date=dep, adults=rng.choice([1, 2, 2, 2, 3]),
                 children=rng.choice([0, 0, 0, 1, 2]), board=rng.choice(["BB", "HB", "AI", "RO"]), rate_code=rng.choice(["BAR", "NRF", "EARLY25", "LONGSTAY", "PKG-TUI", "CORP"]),
                 channel=channel, total_amount=total, currency="EUR", status=status, eta=rng.choice([None, "14:00", "15:30", "18:00", "22:45"]),
                 special_requests=req, created_at=created, cancelled_at=cancelled_at)
        reservations.append(r)

# guest profile creation precedes the first booking
first_res = {}
for r in reservations:
    first_res[r["guest_id"]] = min(first_res.get(r["guest_id"], r["created_at"]), r["created_at"])
for g in guests:
    g["created_at"] = first_res[g["guest_id"]] - dt.timedelta(minutes=rng.randint(1, 30))

# ---------------------------------------------------------------- portal users
portal = []
ISP_POOLS = {"GR": ["94.66.{}.{}", "79.129.{}.{}", "85.73.{}.{}", "178.59.{}.{}", "2a02:587:{:x}:{:x}::{:x}"],
             "DE": ["93.104.{}.{}", "87.178.{}.{}", "2003:e2:{:x}:{:x}::{:x}"], "GB": ["86.150.{}.{}", "81.110.{}.{}", "2a00:23c5:{:x}:{:x}::{:x}"],
             "FR": ["90.26.{}.{}", "82.64.{}.{}"], "IT": ["79.37.{}.{}", "151.38.{}.{}"], "NL": ["84.82.{}.{}", "145.53.{}.{}"], "US": ["73.61.{}.{}", "98.218.{}.{}", "2601:19b:{:x}:{:x}::{:x}"]}
def ip_for(cc):
    pat = rng.choice(ISP_POOLS[cc])
    if ":" in pat:
        return pat.format(rng.randint(0x100, 0xffff), rng.randint(0x100, 0xffff), rng.randint(1, 0xffff))
    return pat.format(rng.randint(1, 254), rng.randint(1, 254))

UAS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.165 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0",
    "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.179 Mobile Safari/537.36",
    "Mozilla/5.0 (iPad; CPU OS 16_7_8 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 12; M2101K6G) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.147 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36 Edg/125.0.2535.92",
]
pu_id = 0
for g in guests:
    if rng.random() < 0.6:
        pu_id += 1
        base = (g["first_name_latin"][0] + g["last_name_latin"].replace(" ", "")).lower()
        un = base
        while un in used_users:
            un = base + str(rng.randint(2, 99))
        used_users.add(un)
        ips = [ip_for(g["nationality"]) for _ in range(rng.choice([1, 1, 2, 3]))]
        created = g["created_at"] + dt.timedelta(days=rng.randint(0, 200))
        if created > dt.datetime(2024, 6, 20): created = g["created_at"] + dt.timedelta(hours=2)
        u = dict(user_id=pu_id, guest_id=g["guest_id"], g=g, username=un, password_hash=bcrypt_like(),
                 password_changed_at=created + dt.timedelta(days=rng.randint(0, 300)) if rng.random() < 0.5 else None,
                 last_login_at=rdt("2024-06-01T00:00:00", "2024-06-30T23:00:00"), ips=ips, ua=rng.choice(UAS),
                 failed_logins=rng.choice([0, 0, 0, 0, 1, 2, 5]), status=rng.choices(["active", "locked", "pending_verification"], [85, 5, 10])[0],
                 totp_secret="".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(32)) if rng.random() < 0.15 else None,
                 created_at=created)
        if u["password_changed_at"] and u["password_changed_at"] > dt.datetime(2024, 6, 28): u["password_changed_at"] = None
        if u["last_login_at"] < created: u["last_login_at"] = created + dt.timedelta(minutes=rng.randint(2, 600))
        if u["status"] == "pending_verification": u["last_login_at"] = None
        portal.append(u)

# ---------------------------------------------------------------- payments and folio items
VISA = ["4745", "4907", "4539", "4111", "4176", "4921"]
MC = ["5168", "5413", "5399", "2223", "5256"]
payments, folio = [], []
pay_id = 0
item_id = 0
ITEMS = [("Minibar", "Νερό Ζαγόρι 500ml", 3.0, "520"), ("Minibar", "Mythos Beer 330ml", 5.5, "520"), ("Minibar", "Loacker Wafer", 4.0, "800"),
         ("Minibar", "Coca-Cola 330ml", 4.5, "500"), ("Minibar", "Παυλίδης Σοκολάτα Υγείας", 4.0, "520"), ("Bar", "Aperol Spritz", 12.0, None),
         ("Restaurant", "Dinner à la carte", 78.0, None), ("Spa", "Massage 50'", 95.0, None), ("Bar", "Ouzo Plomari", 8.0, None),
         ("Minibar", "Pringles Original 40g", 4.0, "505")]
for r in reservations:
    g = r["g"]
    if r["status"] in ("cancelled", "waitlisted"): continue
    parts = rng.choice([1, 1, 1, 2, 2, 3])
    for p in range(parts):
        pay_id += 1
        method = rng.choices(["card_present", "card_moto", "bank_transfer", "cash", "ota_collect"], [46, 7, 12, 14, 21])[0]
        brand = rng.choice(["VISA", "MASTERCARD", "AMEX"]) if method.startswith("card") else None
        pan = None; last4 = exp = token = auth = None; iban_ = payer = None
        if brand:
            pan = make_pan(rng.choice(VISA), 16) if brand == "VISA" else (make_pan(rng.choice(MC), 16) if brand == "MASTERCARD" else make_pan(rng.choice(["34", "37"]), 15))
            last4 = pan[-4:]
            exp = f"{rng.randint(1, 12):02d}/{rng.randint(25, 29)}"
            token = "ctok_" + hashlib.sha1(pan.encode() + str(pay_id).encode()).hexdigest()[:24]
            auth = "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(6))
        stored_pan = pan if method == "card_moto" else None
        if method == "bank_transfer":
            if g["country"] == "GR" or rng.random() < 0.3:
                bban = rng.choice(["011", "014", "017", "026"]) + f"{rng.randint(0, 9999):04d}" + "".join(rng.choice(string.digits) for _ in range(16))
                iban_ = iban("GR", bban)
            else:
                bban = str(rng.randint(10000000, 79999999)) + "".join(rng.choice(string.digits) for _ in range(10))
                iban_ = iban("DE", bban)
            payer = (g["first_name_latin"] + " " + g["last_name_latin"]) if rng.random() < 0.8 else None
        if method == "ota_collect":
            last4 = exp = None
        paid = dt.datetime.combine(r["departure_date"] if p == parts - 1 else r["arrival_date"], dt.time(rng.randint(7, 12), rng.randint(0, 59), rng.randint(0, 59)))
        if method in ("bank_transfer",): paid = r["created_at"] + dt.timedelta(days=rng.randint(1, 6), hours=rng.randint(0, 12))
        amount = round(r["total_amount"] / parts, 2)
        payments.append(dict(payment_id=pay_id, reservation_id=r["reservation_id"], r=r, paid_at=paid, amount=amount, currency="EUR", method=method,
                             card_brand=brand, card_last4=last4, card_expiry=exp, cc_number=stored_pan, card_token=token, auth_code=auth,
                             gateway_txn_id=str(__import__("uuid").UUID(int=rng.getrandbits(128), version=4)) if brand else None,
                             payer_iban=iban_, payer_name=payer, receipt_no=f"ΑΠΥ-{r['hotel_code']}-{pay_id:06d}",
                             status=rng.choices(["captured", "refunded", "voided"], [92, 5, 3])[0]))
    for _ in range(rng.randint(0, 8)):
        outlet, desc, price, pre = rng.choice(ITEMS)
        item_id += 1
        day = r["arrival_date"] + dt.timedelta(days=rng.randint(0, max(0, (r["departure_date"] - r["arrival_date"]).days - 1)))
        folio.append(dict(item_id=item_id, reservation_id=r["reservation_id"], r=r, posted_at=dt.datetime.combine(day, dt.time(rng.randint(8, 23), rng.randint(0, 59))),
                          outlet=outlet, item_ean=ean13(pre) if pre else None, description=desc, qty=rng.randint(1, 3), unit_price=price))

# ---------------------------------------------------------------- MySQL dump
fields = defaultdict(dict)
def F(path, field, cat):
    fields[path][field] = cat

lines = ["-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)", "--", "-- Host: 10.0.4.12    Database: pms_aegean",
         "-- ------------------------------------------------------", "-- Server version\t8.0.36-0ubuntu0.22.04.1", "",
         "/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;", "/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;",
         "/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;", "/*!50503 SET NAMES utf8mb4 */;",
         "/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;", "/*!40103 SET TIME_ZONE='+00:00' */;",
         "/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;", "/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;",
         "/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;", "/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;", ""]

def table(name, ddl, cols, rows, auto=None):
    lines.append("--"); lines.append(f"-- Table structure for table `{name}`"); lines.append("--"); lines.append("")
    lines.append(f"DROP TABLE IF EXISTS `{name}`;")
    lines.append("/*!40101 SET @saved_cs_client     = @@character_set_client */;")
    lines.append("/*!50503 SET character_set_client = utf8mb4 */;")
    lines.append(f"CREATE TABLE `{name}` (")
    lines.append(",\n".join("  " + d for d in ddl))
    lines.append(f") ENGINE=InnoDB{' AUTO_INCREMENT=' + str(auto) if auto else ''} DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;")
    lines.append("/*!40101 SET character_set_client = @saved_cs_client */;"); lines.append("")
    lines.append("--"); lines.append(f"-- Dumping data for table `{name}`"); lines.append("--"); lines.append("")
    lines.append(f"LOCK TABLES `{name}` WRITE;")
    lines.append(f"/*!40000 ALTER TABLE `{name}` DISABLE KEYS */;")
    for i in range(0, len(rows), 120):
        chunk = rows[i:i + 120]
        lines.append(f"INSERT INTO `{name}` VALUES " + ",".join("(" + ",".join(sq(row[c]) for c in cols) + ")" for row in chunk) + ";")
    lines.append(f"/*!40000 ALTER TABLE `{name}` ENABLE KEYS */;"); lines.append("UNLOCK TABLES;"); lines.append("")

P = "pms_dump.sql"
gcols = ["guest_id", "title", "first_name", "last_name", "first_name_latin", "last_name_latin", "gender", "date_of_birth", "nationality", "email", "phone",
         "address_line", "postcode", "city", "country", "id_doc_type", "id_doc_number", "id_doc_expiry", "afm", "invoice_company", "invoice_vat",
         "loyalty_no", "loyalty_tier", "marketing_opt_in", "notes", "created_at"]
table("guests", ["`guest_id` int unsigned NOT NULL AUTO_INCREMENT", "`title` varchar(8) DEFAULT NULL", "`first_name` varchar(80) NOT NULL",
                 "`last_name` varchar(80) NOT NULL", "`first_name_latin` varchar(80) DEFAULT NULL", "`last_name_latin` varchar(80) DEFAULT NULL",
                 "`gender` char(1) DEFAULT NULL", "`date_of_birth` date DEFAULT NULL", "`nationality` char(2) DEFAULT NULL", "`email` varchar(190) DEFAULT NULL",
                 "`phone` varchar(40) DEFAULT NULL", "`address_line` varchar(190) DEFAULT NULL", "`postcode` varchar(16) DEFAULT NULL",
                 "`city` varchar(80) DEFAULT NULL", "`country` char(2) DEFAULT NULL", "`id_doc_type` varchar(12) DEFAULT NULL",
                 "`id_doc_number` varchar(32) DEFAULT NULL", "`id_doc_expiry` date DEFAULT NULL", "`afm` char(9) DEFAULT NULL COMMENT 'ΑΦΜ'",
                 "`invoice_company` varchar(120) DEFAULT NULL", "`invoice_vat` varchar(16) DEFAULT NULL", "`loyalty_no` varchar(12) DEFAULT NULL",
                 "`loyalty_tier` enum('Blue','Silver','Gold','Platinum') DEFAULT NULL", "`marketing_opt_in` tinyint(1) NOT NULL DEFAULT '0'",
                 "`notes` text", "`created_at` datetime NOT NULL", "PRIMARY KEY (`guest_id`)", "UNIQUE KEY `uq_guest_email` (`email`)",
                 "KEY `idx_guest_name` (`last_name_latin`,`first_name_latin`)"], gcols, guests, N_GUESTS + 1)
for col, cat in [("first_name", "name"), ("last_name", "name"), ("first_name_latin", "name"), ("last_name_latin", "name"), ("date_of_birth", "date_of_birth"),
                 ("email", "email"), ("phone", "phone"), ("address_line", "location"), ("postcode", "location"), ("city", "location"), ("country", "location"),
                 ("id_doc_number", "government_id"), ("afm", "government_id"), ("loyalty_tier", "account_type"), ("notes", "name"), ("created_at", "activity")]:
    F(P, f"guests.{col}", cat)
for g in guests:
    mark(g["pid"], "name", "date_of_birth", "email", "phone", "location", "government_id", "activity")
    if g["loyalty_tier"]: mark(g["pid"], "account_type")
    if g.get("note_pid"): mark(g["note_pid"], "name")

pcols = ["user_id", "guest_id", "username", "password_hash", "password_changed_at", "totp_secret", "failed_logins", "status", "last_login_at", "last_login_ip", "created_at"]
for u in portal:
    u["last_login_ip"] = u["ips"][0] if u["last_login_at"] else None
table("portal_users", ["`user_id` int unsigned NOT NULL AUTO_INCREMENT", "`guest_id` int unsigned NOT NULL", "`username` varchar(60) NOT NULL",
                       "`password_hash` varchar(255) NOT NULL", "`password_changed_at` datetime DEFAULT NULL", "`totp_secret` varchar(64) DEFAULT NULL",
                       "`failed_logins` smallint NOT NULL DEFAULT '0'", "`status` enum('active','locked','pending_verification') NOT NULL DEFAULT 'pending_verification'",
                       "`last_login_at` datetime DEFAULT NULL", "`last_login_ip` varchar(45) DEFAULT NULL", "`created_at` datetime NOT NULL",
                       "PRIMARY KEY (`user_id`)", "UNIQUE KEY `uq_username` (`username`)", "KEY `fk_portal_guest` (`guest_id`)",
                       "CONSTRAINT `fk_portal_guest` FOREIGN KEY (`guest_id`) REFERENCES `guests` (`guest_id`) ON DELETE CASCADE"], pcols, portal, len(portal) + 1)
for col, cat in [("username", "username"), ("password_hash", "password"), ("totp_secret", "secret"), ("status", "account_type"),
                 ("last_login_at", "activity"), ("last_login_ip", "ip_address"), ("created_at", "activity")]:
    F(P, f"portal_users.{col}", cat)
for u in portal:
    mark(u["g"]["pid"], "username", "password", "account_type", "activity")
    if u["last_login_ip"]: mark(u["g"]["pid"], "ip_address")
    if u["totp_secret"]: mark(u["g"]["pid"], "secret")

rcols = ["reservation_id", "confirmation_no", "channel_ref", "guest_id", "hotel_code", "room_no", "room_type", "arrival_date", "departure_date", "adults", "children",
         "board", "rate_code", "channel", "total_amount", "currency", "status", "eta", "special_requests", "created_at", "cancelled_at"]
table("reservations", ["`reservation_id` int unsigned NOT NULL AUTO_INCREMENT", "`confirmation_no` char(12) NOT NULL", "`channel_ref` varchar(20) DEFAULT NULL",
                       "`guest_id` int unsigned NOT NULL", "`hotel_code` char(3) NOT NULL", "`room_no` varchar(6) DEFAULT NULL", "`room_type` varchar(40) NOT NULL",
                       "`arrival_date` date NOT NULL", "`departure_date` date NOT NULL", "`adults` tinyint NOT NULL DEFAULT '2'", "`children` tinyint NOT NULL DEFAULT '0'",
                       "`board` char(2) NOT NULL DEFAULT 'BB'", "`rate_code` varchar(12) NOT NULL", "`channel` varchar(20) NOT NULL",
                       "`total_amount` decimal(10,2) NOT NULL", "`currency` char(3) NOT NULL DEFAULT 'EUR'",
                       "`status` enum('confirmed','in_house','checked_out','cancelled','no_show','waitlisted') NOT NULL", "`eta` varchar(5) DEFAULT NULL",
                       "`special_requests` varchar(255) DEFAULT NULL", "`created_at` datetime NOT NULL", "`cancelled_at` datetime DEFAULT NULL",
                       "PRIMARY KEY (`reservation_id`)", "UNIQUE KEY `uq_conf` (`confirmation_no`)", "KEY `fk_res_guest` (`guest_id`)", "KEY `idx_arrival` (`hotel_code`,`arrival_date`)",
                       "CONSTRAINT `fk_res_guest` FOREIGN KEY (`guest_id`) REFERENCES `guests` (`guest_id`)"], rcols, reservations, len(reservations) + 1)
for col in ["arrival_date", "departure_date", "created_at", "cancelled_at"]:
    F(P, f"reservations.{col}", "activity")

paycols = ["payment_id", "reservation_id", "paid_at", "amount", "currency", "method", "card_brand", "card_last4", "card_expiry", "cc_number", "card_token",
           "auth_code", "gateway_txn_id", "payer_iban", "payer_name", "receipt_no", "status"]
table("payments", ["`payment_id` int unsigned NOT NULL AUTO_INCREMENT", "`reservation_id` int unsigned NOT NULL", "`paid_at` datetime NOT NULL",
                   "`amount` decimal(10,2) NOT NULL", "`currency` char(3) NOT NULL", "`method` varchar(16) NOT NULL", "`card_brand` varchar(12) DEFAULT NULL",
                   "`card_last4` char(4) DEFAULT NULL", "`card_expiry` char(5) DEFAULT NULL", "`cc_number` varchar(19) DEFAULT NULL COMMENT 'legacy MOTO – to be purged'",
                   "`card_token` varchar(40) DEFAULT NULL", "`auth_code` varchar(8) DEFAULT NULL", "`gateway_txn_id` char(36) DEFAULT NULL",
                   "`payer_iban` varchar(34) DEFAULT NULL", "`payer_name` varchar(120) DEFAULT NULL", "`receipt_no` varchar(20) NOT NULL",
                   "`status` varchar(10) NOT NULL", "PRIMARY KEY (`payment_id`)", "KEY `fk_pay_res` (`reservation_id`)",
                   "CONSTRAINT `fk_pay_res` FOREIGN KEY (`reservation_id`) REFERENCES `reservations` (`reservation_id`)"], paycols, payments, len(payments) + 1)
for col, cat in [("paid_at", "activity"), ("cc_number", "payment_card"), ("payer_iban", "bank_account"), ("payer_name", "name")]:
    F(P, f"payments.{col}", cat)

fcols = ["item_id", "reservation_id", "posted_at", "outlet", "item_ean", "description", "qty", "unit_price"]
table("folio_items", ["`item_id` int unsigned NOT NULL AUTO_INCREMENT", "`reservation_id` int unsigned NOT NULL", "`posted_at` datetime NOT NULL",
                      "`outlet` varchar(20) NOT NULL", "`item_ean` char(13) DEFAULT NULL", "`description` varchar(80) NOT NULL", "`qty` smallint NOT NULL",
                      "`unit_price` decimal(8,2) NOT NULL", "PRIMARY KEY (`item_id`)", "KEY `fk_folio_res` (`reservation_id`)"], fcols, folio, len(folio) + 1)
F(P, "folio_items.posted_at", "activity")
for r in reservations:
    mark(r["g"]["pid"], "activity")
for p in payments:
    pid = p["r"]["g"]["pid"]
    mark(pid, "activity")
    if p["cc_number"]: mark(pid, "payment_card")
    if p["payer_iban"]: mark(pid, "bank_account")
    if p["payer_name"]: mark(pid, "name")

lines += ["/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;", "", "/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;", "/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;",
          "/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;", "/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;",
          "/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;", "/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;",
          "/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;", "", "-- Dump completed on 2024-07-01  3:12:44", ""]
with open(os.path.join(OUT, P), "w", encoding="utf-8") as f:
    f.write("\n".join(lines))

# ---------------------------------------------------------------- housekeeping CSV (staff + in-house guests, 1–14 June 2024)
ATTENDANTS = {
    "SAN": ["Ερμίρα Χότζα", "Ελένη Σιγάλα"], "CHQ": ["Μαρσέλα Ντερβίσι", "Κατερίνα Μαρκάκη"], "ATH": ["Maricel Santos", "Φωτεινή Λάσκαρη"],
    "RHO": ["Σταματία Διακογιάννη", "Ιρίνα Πετρένκο"], "HAL": ["Βάσω Τριανταφύλλου", "Λίντα Κόλα"]}
staff_pid = {}
for hc, names in ATTENDANTS.items():
    for nm in names:
        staff_pid[nm] = f"staff_{len(staff_pid) + 1}"
def pms_name(g):
    return f"{strip_acc(g['last_name']).upper()} {g['first_name']}"
HK = "housekeeping_2024-06.csv"
hk_rows = []
day = dt.date(2024, 6, 1)
note_has_name = False
while day <= dt.date(2024, 6, 14):
    for h in HOTELS:
        hc = h["code"]
        for room, rtype in ROOMS[hc]:
            occ = [r for r in reservations if r["hotel_code"] == hc and r["room_no"] == room and r["status"] not in ("cancelled", "no_show", "waitlisted")
                   and r["arrival_date"] <= day <= r["departure_date"]]
            dep_today = [r for r in occ if r["departure_date"] == day]
            stay = [r for r in occ if r["arrival_date"] <= day < r["departure_date"]]
            att = rng.choice(ATTENDANTS[hc])
            if dep_today:
                r = dep_today[0]; status = "VD"; task = "Καθαρισμός αναχώρησης"; mins = rng.randint(35, 60)
            elif stay:
                r = stay[0]; status = "OC"; task = "Καθαρισμός διαμονής"; mins = rng.randint(15, 35)
                if rng.random() < 0.08: status = "DND"; task = "Δεν πραγματοποιήθηκε (DND)"; mins = 0
            else:
                if rng.random() > 0.12: continue
                r = None; status = "VC"; task = "Επιθεώρηση"; mins = rng.randint(5, 12)
            start = dt.datetime.combine(day, dt.time(rng.randint(9, 14), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])))
            end = start + dt.timedelta(minutes=mins)
            note = ""
            if r and rng.random() < 0.15:
                if rng.random() < 0.3:
                    sal = "Ο κ." if r["g"]["gender"] == "M" else "Η κα"
                    note = f"{sal} {r['g']['last_name'] if r['g']['greek'] else r['g']['last_name_latin'].title()} ζήτησε αλλαγή σεντονιών"
                    mark(r["g"]["pid"], "name"); note_has_name = True
                else:
                    note = rng.choice(["Late check-out 13:00", "Extra πετσέτες", "Κούνια μωρού", "Πετσέτες παραλίας x2", "VIP – φρούτα καλωσορίσματος",
                                       "Συνθετικά μαξιλάρια (αλλεργία)", "Βρέθηκε φορτιστής – Lost&Found LF-2406-%03d" % rng.randint(1, 300)])
            elif not r and rng.random() < 0.2:
                note = rng.choice(["Βλάβη A/C – ενημερώθηκε συντήρηση", "Ready for arrival", "Λάμπα μπάνιου καμένη"])
            hk_rows.append([day.strftime("%d/%m/%Y"), hc, room, rtype, status, task, att,
                            pms_name(r["g"]) if r else "", r["departure_date"].strftime("%d/%m/%Y") if r else "",
                            start.strftime("%H:%M") if mins else "", end.strftime("%H:%M") if mins else "", str(mins), note])
            mark(staff_pid[att], "name")
            if mins: mark(staff_pid[att], "activity")
            if r: mark(r["g"]["pid"], "name", "activity")
    day += dt.timedelta(days=1)
def csvq(v, sep=";"):
    return '"' + v.replace('"', '""') + '"' if (sep in v or '"' in v or "\n" in v) else v
with open(os.path.join(OUT, HK), "w", encoding="utf-8-sig", newline="") as f:
    f.write(";".join(["Ημερομηνία", "Ξενοδοχείο", "Δωμάτιο", "Τύπος δωματίου", "Κατάσταση", "Εργασία", "Καμαριέρα", "Επισκέπτης", "Αναχώρηση",
                      "Έναρξη", "Λήξη", "Λεπτά", "Σημειώσεις"]) + "\r\n")
    for row in hk_rows:
        f.write(";".join(csvq(c) for c in row) + "\r\n")
F(HK, "Καμαριέρα", "name"); F(HK, "Επισκέπτης", "name"); F(HK, "Αναχώρηση", "activity"); F(HK, "Έναρξη", "activity"); F(HK, "Λήξη", "activity")
if note_has_name: F(HK, "Σημειώσεις", "name")

# ---------------------------------------------------------------- nginx access log of the guest portal
LOG = "portal_access.log"
ANON_IPS = ["66.249.66.%d" % i for i in (1, 12, 71, 139)] + ["40.77.167.%d" % i for i in (3, 55)] + \
           [f"{a}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}" for a in (185, 45, 193, 91, 62, 2, 31, 109, 176, 89, 95, 5) for _ in range(6)]
BOT_UA = {"66": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "40": "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)"}
events = []
STATIC = ["/static/css/app.3f9a2c1e.css", "/static/js/app.91b0d7aa.js", "/static/js/vendor.5cc2e810.js", "/img/hotels/san-oia-01.webp",
          "/img/hotels/chq-harbour-03.webp", "/img/logo.svg", "/favicon.ico", "/fonts/NotoSans-Regular.woff2"]
def add(ts, ip, method, path, status, size, ref, ua):
    events.append((ts, ip, method, path, status, size, ref, ua))
pers_log = defaultdict(set)
user_res = defaultdict(list)
for r in reservations:
    user_res[r["guest_id"]].append(r)
active_users = [u for u in portal if u["status"] != "pending_verification"]
for u in active_users:
    g = u["g"]
    lang = "el" if g["greek"] else "en"
    sessions = rng.randint(1, 7)
    for s in range(sessions):
        ip = rng.choice(u["ips"])
        t = rdt("2024-06-01T06:00:00", "2024-06-30T23:00:00")
        ref = "https://www.aegeanshores.gr/"
        add(t, ip, "GET", f"/{lang}/", 200, rng.randint(18000, 26000), "https://www.google.com/", u["ua"])
        for st in rng.sample(STATIC, 3):
            t += dt.timedelta(milliseconds=rng.randint(50, 900)); add(t, ip, "GET", st, 200, rng.randint(2000, 180000), f"https://guest.aegeanshores.gr/{lang}/", u["ua"])
        t += dt.timedelta(seconds=rng.randint(5, 40)); add(t, ip, "GET", f"/{lang}/login", 200, 7421, f"https://guest.aegeanshores.gr/{lang}/", u["ua"])
        if u["failed_logins"] and rng.random() < 0.4:
            t += dt.timedelta(seconds=rng.randint(8, 30)); add(t, ip, "POST", "/api/v1/auth/login", 401, 61, f"https://guest.aegeanshores.gr/{lang}/login", u["ua"])
        t += dt.timedelta(seconds=rng.randint(8, 30)); add(t, ip, "POST", "/api/v1/auth/login", 200, 412, f"https://guest.aegeanshores.gr/{lang}/login", u["ua"])
        mark(g["pid"], "ip_address", "activity", "device")
        t += dt.timedelta(seconds=rng.randint(1, 5)); add(t, ip, "GET", f"/{lang}/account/{u['username']}/reservations", 200, rng.randint(9000, 16000), f"https://guest.aegeanshores.gr/{lang}/login", u["ua"])
        mark(g["pid"], "username")
        for r in rng.sample(user_res[g["guest_id"]], min(2, len(user_res[g["guest_id"]]))):
            t += dt.timedelta(seconds=rng.randint(4, 90))
            add(t, ip, "GET", f"/{lang}/account/{u['username']}/reservations/{r['confirmation_no']}", 200, rng.randint(11000, 14000), f"https://guest.aegeanshores.gr/{lang}/account/{u['username']}/reservations", u["ua"])
            if r["status"] == "confirmed" and rng.random() < 0.5:
                t += dt.timedelta(seconds=rng.randint(20, 200))
                add(t, ip, "POST", f"/api/v1/checkin/{r['confirmation_no']}/online", 201, 233, f"https://guest.aegeanshores.gr/{lang}/account/{u['username']}/reservations/{r['confirmation_no']}", u["ua"])
            if r["status"] == "checked_out" and rng.random() < 0.3:
                t += dt.timedelta(seconds=rng.randint(5, 60))
                add(t, ip, "GET", f"/{lang}/account/{u['username']}/invoices/{r['confirmation_no']}.pdf", 200, rng.randint(40000, 90000), f"https://guest.aegeanshores.gr/{lang}/account/{u['username']}/reservations", u["ua"])
        t += dt.timedelta(seconds=rng.randint(30, 600)); add(t, ip, "POST", "/api/v1/auth/logout", 204, 0, f"https://guest.aegeanshores.gr/{lang}/account/{u['username']}/reservations", u["ua"])
    if rng.random() < 0.12:
        ip = rng.choice(u["ips"]); t = rdt("2024-06-01T06:00:00", "2024-06-30T23:00:00")
        tok = hashlib.sha256(f"{u['username']}{t}".encode()).hexdigest()[:40]
        add(t, ip, "POST", "/api/v1/auth/forgot-password", 202, 48, f"https://guest.aegeanshores.gr/{lang}/login", u["ua"])
        t += dt.timedelta(minutes=rng.randint(1, 20))
        add(t, ip, "GET", f"/{lang}/reset-password?token={tok}&email={urllib.parse.quote(g['email'])}", 200, 6120, "-", u["ua"])
        mark(g["pid"], "secret", "email", "ip_address", "activity", "device")
# guests without portal account using the "manage my booking" lookup (email + confirmation number in the query string)
for g in rng.sample([g for g in guests if not any(u["guest_id"] == g["guest_id"] for u in portal)], 22):
    r = rng.choice(user_res[g["guest_id"]])
    ip = ip_for(g["nationality"]); ua = rng.choice(UAS)
    lang = "el" if g["greek"] else "en"
    for _ in range(rng.randint(1, 3)):
        t = rdt("2024-06-01T06:00:00", "2024-06-30T23:00:00")
        add(t, ip, "GET", f"/{lang}/manage-booking", 200, 8110, "https://www.aegeanshores.gr/", ua)
        t += dt.timedelta(seconds=rng.randint(10, 60))
        add(t, ip, "GET", f"/api/v1/reservations/lookup?conf={r['confirmation_no']}&email={urllib.parse.quote(g['email'])}", 200, 1874, f"https://guest.aegeanshores.gr/{lang}/manage-booking", ua)
    mark(g["pid"], "email", "ip_address", "activity", "device")
# anonymous visitors and bots (not persons of this dump)
for _ in range(1400):
    ip = rng.choice(ANON_IPS)
    ua = BOT_UA.get(ip.split(".")[0]) or rng.choice(UAS + ["curl/8.5.0", "python-requests/2.31.0", "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)"])
    t = rdt("2024-06-01T00:00:00", "2024-06-30T23:59:00")
    r = rng.random()
    if r < 0.55: add(t, ip, "GET", rng.choice(["/el/", "/en/", "/en/offers", "/el/prosfores", "/en/hotels/santorini", "/en/hotels/chania", "/robots.txt", "/sitemap.xml"]), 200, rng.randint(3000, 26000), "-", ua)
    elif r < 0.8: add(t, ip, "GET", rng.choice(STATIC), 200, rng.randint(2000, 180000), "https://guest.aegeanshores.gr/en/", ua)
    elif r < 0.9: add(t, ip, "GET", rng.choice(["/wp-login.php", "/.env", "/phpmyadmin/index.php", "/.git/config", "/api/v1/../../etc/passwd"]), 404, 162, "-", ua)
    else: add(t, ip, "POST", "/api/v1/auth/login", 401, 61, "https://guest.aegeanshores.gr/en/login", ua)
events.sort(key=lambda e: e[0])
with open(os.path.join(OUT, LOG), "w", encoding="utf-8") as f:
    for ts, ip, m, path, st, size, ref, ua in events:
        f.write(f'{ip} - - [{ts.strftime("%d/%b/%Y:%H:%M:%S")} +0300] "{m} {path} HTTP/1.1" {st} {size} "{ref}" "{ua}"\n')
text = {LOG: ["ip_address", "activity", "username", "device", "email", "secret"]}

# ---------------------------------------------------------------- YAML config
Y = "pms_config.yaml"
recips = [("Ευαγγελία Κυριακίδου", "e.kyriakidou@aegeanshores.gr", "staff_ra1"), ("Dimitris Alexiou", "d.alexiou@aegeanshores.gr", "staff_ra2")]
rs = lambda n, al=string.ascii_letters + string.digits: "".join(rng.choice(al) for _ in range(n))
yaml = f"""# Aegean Shores Hotels – PMS interface configuration
# vendor: HoteliaCloud PMS v7.4  (exported {dt.date(2024, 7, 1)})
environment: production
timezone: Europe/Athens
default_language: el
database:
  host: 10.0.4.12
  port: 3306
  name: pms_aegean
  user: pms_app
  password: "{rs(20)}!"
  pool_size: 20
channel_manager:
  provider: SiteMinder
  endpoint: https://api.siteminder.com/pmsxchange/v2
  api_key: "smx_live_{rs(32)}"
  hotel_ids:
    SAN: 14922
    CHQ: 14923
    ATH: 18810
    RHO: 14925
    HAL: 14926
payment_gateway:
  provider: Viva Wallet
  merchant_id: {__import__('uuid').UUID(int=rng.getrandbits(128), version=4)}
  api_key: "{rs(40)}"
  client_secret: "{rs(36)}"
  source_code: "1734"
  three_ds: required
police_guest_register:
  endpoint: https://gdpr-checkin.hellenicpolice.example/api/v1/declarations
  username: aegean_pms_api
  password: "{rs(16)}#{rng.randint(10, 99)}"
smtp:
  host: smtp.office365.com
  port: 587
  user: no-reply@aegeanshores.gr
  password: "{rs(18)}"
  from_name: "Aegean Shores Hotels"
night_audit:
  run_at: "03:00"
  rollover_business_date: true
  report_recipients:
    - name: {recips[0][0]}
      email: {recips[0][1]}
    - name: {recips[1][0]}
      email: {recips[1][1]}
housekeeping:
  export_dir: /srv/pms/exports/housekeeping
  checkout_clean_minutes: 45
  stayover_clean_minutes: 25
guest_portal:
  base_url: https://guest.aegeanshores.gr
  session_ttl_minutes: 30
  jwt_signing_key: "{rs(48)}"
  password_policy:
    min_length: 10
    max_age_days: 365
logging:
  level: INFO
  access_log: /var/log/nginx/guest-portal.access.log
"""
with open(os.path.join(OUT, Y), "w", encoding="utf-8") as f:
    f.write(yaml)
for k in ["database.password", "channel_manager.api_key", "payment_gateway.api_key", "payment_gateway.client_secret", "police_guest_register.password",
          "smtp.password", "guest_portal.jwt_signing_key"]:
    F(Y, k, "secret")
F(Y, "night_audit.report_recipients.name", "name"); F(Y, "night_audit.report_recipients.email", "email")
for n, e, pid in recips:
    mark(pid, "name", "email")

# ---------------------------------------------------------------- truth
people = {p: c for p, c in PEOPLE.items() if c}
by_cat = defaultdict(int)
for p, cats in people.items():
    for c in cats: by_cat[c] += 1
n_pan = sum(1 for p in payments if p["cc_number"])
truth = {
    "brief": "Export from the property-management system (HoteliaCloud PMS) of Aegean Shores Hotels, a Greek group of five hotels: a MySQL dump of "
             "guests (Greek-script and Latin names, Greek ID cards/passports, ΑΦΜ tax numbers), portal accounts, reservations, payments (a legacy MOTO "
             "column with full card numbers, IBANs of bank transfers) and folio charges; a ';'-separated UTF-8 housekeeping sheet in Greek for 1–14 June 2024 "
             "(room attendants and in-house guests); the nginx access log of the guest portal; the PMS interface YAML config; and the group's list of hotels. "
             "Languages: Greek and English.",
    "people": len(people),
    "people_by_category": dict(sorted(by_cat.items())),
    "fields": {k: dict(v) for k, v in fields.items()},
    "text": text,
    "controls": ["hotels.csv"],
    "ambiguous": {P: ["guests.nationality"], HK: ["Ημερομηνία"]},
    "lookalikes": {
        P: {"reservations.confirmation_no": "12-digit booking confirmation numbers (yymm + 8 digits)",
            "reservations.channel_ref": "Booking.com/Expedia/TUI reference numbers", "guests.loyalty_no": "10-digit loyalty card numbers (not a category)",
            "guests.invoice_vat": "VAT numbers (EL + valid ΑΦΜ checksum, DE…) of COMPANIES, not persons",
            "guests.id_doc_expiry": "document expiry dates", "payments.card_last4": "last four digits only", "payments.card_expiry": "MM/YY expiry",
            "payments.card_brand": "brand", "payments.card_token": "gateway card tokens (ctok_…)", "payments.gateway_txn_id": "UUIDs",
            "payments.receipt_no": "receipt numbers ΑΠΥ-…", "payments.auth_code": "6-char auth codes", "folio_items.item_ean": "EAN-13 product barcodes of minibar items",
            "portal_users.password_changed_at": "timestamp in a column whose name mentions password", "portal_users.failed_logins": "counter"},
        HK: {"Δωμάτιο": "room numbers", "Σημειώσεις": "Lost&Found ids LF-2406-nnn", "Κατάσταση": "room status codes OC/VD/VC/DND"},
        Y: {"database.host": "server IP address (10.0.4.12), not a person's", "payment_gateway.merchant_id": "merchant UUID",
            "police_guest_register.username": "service account, not a person", "smtp.user": "no-reply role mailbox"},
        "hotels.csv": {"reception_phone": "hotel front-desk numbers", "reservations_email": "role mailboxes", "latitude": "coordinates of hotels (places)"},
    },
    "notes": f"Persons: {N_GUESTS} guests, {len(companions)} companions named only in guests.notes, {len(staff_pid)} room attendants (housekeeping sheet), "
             f"2 night-audit report recipients (YAML). Card numbers: {n_pan} full PANs (Luhn-valid) in payments.cc_number for method card_moto; "
             f"other methods have NULL there. Access log: lines of {len(active_users)} portal users (username in /account/<username>/ paths; their IPs and "
             f"user agents counted for them) and of 22 guests without account who used the booking lookup (email in the query string); the "
             f"remaining ~1400 lines are anonymous visitors, crawlers and scanners, NOT counted as persons. Reset-password links in the log carry a token "
             f"(secret) and the email. Config secrets (DB/API/SMTP passwords) belong to no person; people_by_category.secret counts only guests whose "
             f"portal TOTP secret or reset token appears. For YAML the field names are dotted key paths (list indices dropped). "
             f"reservations arrival/departure/created/cancelled timestamps and housekeeping start/end times (attendant work log) are treated as activity.",
}
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=2)

# ---------------------------------------------------------------- self-checks
assert all(luhn_ok(p["cc_number"]) for p in payments if p["cc_number"])
assert all(iban_ok(p["payer_iban"]) for p in payments if p["payer_iban"])
assert all(afm_ok(g["afm"]) for g in guests if g["afm"])
for fn in os.listdir(OUT):
    assert os.path.getsize(os.path.join(OUT, fn)) < 2_000_000, fn
print("people", len(people), dict(by_cat), "res", len(reservations), "pay", len(payments), "folio", len(folio), "hk", len(hk_rows), "log", len(events))
