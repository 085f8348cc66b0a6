#!/usr/bin/env python3
"""Generate the J4 'tixhouse' dump: a UK event-ticketing company.

Files in data/:
  tixhouse_prod_2024-11-15.sql   pg_dump (customers, customer_addresses, events, orders, tickets)
  boxoffice_sales_2024-11.csv    box-office export (buyer name, email, phone, city)
  refunds_2024-Q4.json           refunds with nested billing addresses
  access.log                     nginx combined log (usernames in paths + anonymous visitors)
  venues.csv                     public register of partner venues (control)

Standard library only, seeded, all truth computed from what is written.
"""
import json, os, random, string, datetime as dt, ipaddress, csv, io

SEED = 4404
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
os.makedirs(DATA, exist_ok=True)

# ---------------------------------------------------------------- reference lists
FIRST = {
    "GB": ["Oliver", "Amelia", "Harry", "Isla", "Jack", "Sophie", "George", "Emily", "Thomas", "Chloe",
           "James", "Hannah", "William", "Lucy", "Charlie", "Megan", "Daniel", "Grace", "Samuel", "Ellie",
           "Rhys", "Ffion", "Callum", "Eilidh", "Priya", "Imran", "Aisha", "Ravi", "Zainab", "Kwame"],
    "IE": ["Aoife", "Seán", "Ciara", "Niamh", "Conor", "Siobhán", "Darragh", "Orla", "Cian", "Róisín",
           "Eoin", "Saoirse", "Pádraig", "Gráinne", "Oisín", "Caoimhe", "Ronan", "Clodagh"],
    "US": ["Michael", "Jennifer", "Christopher", "Jessica", "Matthew", "Ashley", "Joshua", "Brittany",
           "Tyler", "Kayla", "Brandon", "Madison", "Jose", "Maria", "DeShawn", "Keisha", "Kevin", "Lauren"],
    "DE": ["Lukas", "Anna", "Jonas", "Lea", "Felix", "Hannah", "Maximilian", "Sophie", "Tobias", "Katharina"],
    "FR": ["Julien", "Camille", "Mathieu", "Léa", "Antoine", "Chloé", "Nicolas", "Manon", "Hugo", "Élodie"],
    "NL": ["Daan", "Sanne", "Bram", "Femke", "Lars", "Anouk", "Thijs", "Lotte"],
    "ES": ["Javier", "Lucía", "Alejandro", "Marta", "Pablo", "Carmen", "Sergio", "Elena"],
    "IT": ["Luca", "Giulia", "Marco", "Francesca", "Alessandro", "Chiara", "Matteo", "Sara"],
    "BE": ["Wout", "Louise", "Thomas", "Elise", "Arnaud", "Marie"],
    "PL": ["Jakub", "Zuzanna", "Kacper", "Natalia", "Piotr", "Agnieszka"],
}
LAST = {
    "GB": ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson",
           "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson",
           "Clarke", "Patel", "Khan", "Hughes", "Edwards", "MacDonald", "Campbell", "Okafor", "Begum"],
    "IE": ["Murphy", "Kelly", "O'Sullivan", "Walsh", "O'Brien", "Byrne", "Ryan", "O'Connor", "Ó Ceallaigh",
           "Ní Bhriain", "McCarthy", "Doyle", "Gallagher", "Kavanagh", "Fitzgerald", "Brennan"],
    "US": ["Johnson", "Miller", "Davis", "Garcia", "Rodriguez", "Martinez", "Anderson", "Jackson",
           "Thompson", "Harris", "Clark", "Lewis", "Nguyen", "Hernandez", "Washington", "Kowalski"],
    "DE": ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann"],
    "FR": ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Lefèvre"],
    "NL": ["de Jong", "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer"],
    "ES": ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez"],
    "IT": ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci"],
    "BE": ["Peeters", "Janssens", "Maes", "Dubois", "Lambert", "Claes"],
    "PL": ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamińska", "Lewandowski"],
}
COUNTRY_EN = {"GB": "United Kingdom", "IE": "Ireland", "US": "United States", "DE": "Germany",
              "FR": "France", "NL": "Netherlands", "ES": "Spain", "IT": "Italy", "BE": "Belgium",
              "PL": "Poland"}

GB_CITIES = [  # city, county/region, outward codes
    ("London", "Greater London", ["SW11", "N16", "E8", "SE15", "NW5", "W12", "E17", "SW9"]),
    ("Manchester", "Greater Manchester", ["M14", "M20", "M4", "M21"]),
    ("Birmingham", "West Midlands", ["B13", "B29", "B15"]),
    ("Leeds", "West Yorkshire", ["LS6", "LS8", "LS7"]),
    ("Glasgow", None, ["G12", "G41", "G3"]),
    ("Edinburgh", None, ["EH9", "EH6", "EH10"]),
    ("Bristol", None, ["BS7", "BS6", "BS3"]),
    ("Cardiff", "South Glamorgan", ["CF24", "CF14", "CF11"]),
    ("Belfast", "County Antrim", ["BT9", "BT7", "BT4"]),
    ("Liverpool", "Merseyside", ["L17", "L18", "L15"]),
    ("Sheffield", "South Yorkshire", ["S10", "S11", "S7"]),
    ("Nottingham", "Nottinghamshire", ["NG7", "NG5"]),
    ("Brighton", "East Sussex", ["BN1", "BN2"]),
    ("Newcastle upon Tyne", "Tyne and Wear", ["NE6", "NE2"]),
    ("Norwich", "Norfolk", ["NR2", "NR3"]),
    ("York", "North Yorkshire", ["YO10", "YO31"]),
    ("Oxford", "Oxfordshire", ["OX4", "OX2"]),
]
GB_STREETS = ["Albert Road", "Victoria Street", "Church Lane", "Station Road", "Mill Lane", "Park Avenue",
              "Queens Road", "Grosvenor Terrace", "Clarendon Road", "Highfield Road", "Elm Grove",
              "Kingsway", "Beech Avenue", "Orchard Close", "Hawthorn Drive", "Manor Road", "Wellington Street"]
IE_CITIES = [("Dublin", "Co. Dublin", ["D04", "D06", "D08", "D6W", "D07", "D03"]),
             ("Cork", "Co. Cork", ["T12", "T23"]), ("Galway", "Co. Galway", ["H91"]),
             ("Limerick", "Co. Limerick", ["V94"]), ("Waterford", "Co. Waterford", ["X91"]),
             ("Kilkenny", "Co. Kilkenny", ["R95"])]
IE_STREETS = ["Rathgar Road", "Main Street", "Grove Park", "Leinster Road", "Clontarf Road",
              "Douglas Road", "College Road", "Strand Street", "Mary Street", "Bridge Street"]
US_CITIES = [  # city, state abbr, state name, zip prefixes, area codes
    ("New York", "NY", "New York", ["100", "101"], ["212", "646", "917"]),
    ("Brooklyn", "NY", "New York", ["112"], ["718", "347"]),
    ("Boston", "MA", "Massachusetts", ["021"], ["617", "857"]),
    ("Chicago", "IL", "Illinois", ["606"], ["312", "773"]),
    ("Austin", "TX", "Texas", ["787"], ["512", "737"]),
    ("Houston", "TX", "Texas", ["770"], ["713", "832"]),
    ("San Francisco", "CA", "California", ["941"], ["415", "628"]),
    ("Los Angeles", "CA", "California", ["900"], ["213", "323", "310"]),
    ("Seattle", "WA", "Washington", ["981"], ["206"]),
    ("Portland", "OR", "Oregon", ["972"], ["503", "971"]),
    ("Denver", "CO", "Colorado", ["802"], ["303", "720"]),
    ("Philadelphia", "PA", "Pennsylvania", ["191"], ["215", "267"]),
    ("Atlanta", "GA", "Georgia", ["303"], ["404", "678"]),
    ("Washington", "DC", "District of Columbia", ["200"], ["202"]),
    ("Miami", "FL", "Florida", ["331"], ["305", "786"]),
    ("Minneapolis", "MN", "Minnesota", ["554"], ["612"]),
    ("Nashville", "TN", "Tennessee", ["372"], ["615"]),
    ("San Juan", "PR", "Puerto Rico", ["009"], ["787"]),
]
US_STREETS = ["Maple Ave", "Oak Street", "Washington Blvd", "Elm St", "Cedar Lane", "Lincoln Ave",
              "Park Place", "Highland Ave", "Sunset Dr", "Lake Shore Dr", "Pine Street", "Walnut St"]
EU_CITIES = {
    "DE": [("Berlin", lambda: str(R.randint(10115, 14199))), ("Hamburg", lambda: str(R.randint(20095, 22769))),
           ("München", lambda: str(R.randint(80331, 81929))), ("Köln", lambda: str(R.randint(50667, 51149)))],
    "FR": [("Paris", lambda: "750%02d" % R.randint(1, 20)), ("Lyon", lambda: "6900%d" % R.randint(1, 9)),
           ("Bordeaux", lambda: "33000"), ("Lille", lambda: "59000")],
    "NL": [("Amsterdam", lambda: "10%02d %s" % (R.randint(11, 99), "".join(R.choice("ABCDEGHJKLMNPRSTVWXZ") for _ in range(2)))),
           ("Utrecht", lambda: "35%02d %s" % (R.randint(11, 85), "".join(R.choice("ABCDEGHJKLMNPRSTVWXZ") for _ in range(2))))],
    "ES": [("Madrid", lambda: "280%02d" % R.randint(1, 55)), ("Barcelona", lambda: "080%02d" % R.randint(1, 42))],
    "IT": [("Milano", lambda: "201%02d" % R.randint(21, 62)), ("Roma", lambda: "001%02d" % R.randint(18, 99))],
    "BE": [("Brussels", lambda: "10%02d" % R.randint(0, 90)), ("Antwerpen", lambda: "20%02d" % R.randint(0, 60))],
    "PL": [("Warszawa", lambda: "0%d-%03d" % (R.randint(0, 4), R.randint(1, 999))), ("Kraków", lambda: "3%d-%03d" % (R.randint(0, 1), R.randint(1, 999)))],
}
EU_STREETS = {"DE": ["Kastanienallee", "Schillerstraße", "Hauptstraße", "Lindenweg"],
              "FR": ["rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard Voltaire"],
              "NL": ["Prinsengracht", "Kerkstraat", "Oudegracht", "Vondelstraat"],
              "ES": ["Calle Mayor", "Calle de Alcalá", "Carrer de Mallorca", "Calle Serrano"],
              "IT": ["Via Roma", "Corso Buenos Aires", "Via Garibaldi", "Via dei Mille"],
              "BE": ["Rue Royale", "Meir", "Avenue Louise", "Kerkstraat"],
              "PL": ["ul. Marszałkowska", "ul. Floriańska", "ul. Mokotowska", "ul. Długa"]}

EMAIL_CC = {"GB": ["hotmail.co.uk", "yahoo.co.uk", "live.co.uk"], "IE": ["live.ie", "yahoo.ie", "indigo.ie"],
            "DE": ["web.de", "gmx.de", "t-online.de"], "FR": ["orange.fr", "free.fr", "sfr.fr"],
            "NL": ["ziggo.nl", "kpnmail.nl"], "ES": ["hotmail.es", "yahoo.es"], "IT": ["libero.it", "virgilio.it"],
            "BE": ["telenet.be", "skynet.be"], "PL": ["wp.pl", "o2.pl"], "US": []}
EMAIL_GENERIC = {"GB": ["btinternet.com", "sky.com", "virginmedia.com"], "IE": ["eircom.net"],
                 "US": ["comcast.net", "aol.com", "yahoo.com", "verizon.net"], "FR": ["laposte.net"]}
GENERIC = ["gmail.com", "gmail.com", "gmail.com", "outlook.com", "icloud.com", "hotmail.com", "yahoo.com", "protonmail.com"]
TLD_CC = {"uk": "GB", "ie": "IE", "de": "DE", "fr": "FR", "nl": "NL", "es": "ES", "it": "IT", "be": "BE", "pl": "PL"}

# IP ranges whose country is certain (large national ISPs)
ISP = {"GB": ipaddress.ip_network("86.128.0.0/10"),   # BT (British Telecommunications plc)
       "IE": ipaddress.ip_network("86.40.0.0/13"),    # Eircom / eir
       "FR": ipaddress.ip_network("90.0.0.0/10"),     # Orange (France Telecom)
       "DE": ipaddress.ip_network("79.192.0.0/10"),   # Deutsche Telekom
       "US": ipaddress.ip_network("73.0.0.0/8")}      # Comcast Cable
PHONE_PREFIX = {"+44": "GB", "+353": "IE", "+1": "US", "+49": "DE", "+33": "FR", "+31": "NL", "+34": "ES",
                "+39": "IT", "+32": "BE", "+48": "PL"}

def rdig(n):
    return "".join(R.choice(string.digits) for _ in range(n))

def phone_pair(cc, city=None):
    """Return (national form, international form) of one number."""
    if cc == "GB":
        if city == "London" and R.random() < 0.3:
            a, b = "8" + rdig(3), rdig(4)
            return "020 %s %s" % (a, b), "+44 20 %s %s" % (a, b)
        mid = str(R.choice([4, 5, 7, 8, 9])) + rdig(2)
        if mid.startswith("7"):
            mid = "7" + str(R.choice([1, 2, 3, 4, 5, 6, 8, 9])) + rdig(1)
        tail = rdig(6)
        return "07%s %s" % (mid, tail), "+44 7%s %s" % (mid, tail)
    if cc == "IE":
        p, a, b = R.choice("3567"), rdig(3), rdig(4)
        return "08%s %s %s" % (p, a, b), "+353 8%s %s %s" % (p, a, b)
    if cc == "US":
        ac = R.choice([c for c in US_CITIES if c[0] == city][0][4]) if city else R.choice(["212", "617", "415", "312"])
        ex = str(R.randint(2, 9)) + rdig(2)
        while ex == "555":
            ex = str(R.randint(2, 9)) + rdig(2)
        ln = rdig(4)
        nat = R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % (ac, ex, ln)
        intl = R.choice(["+1 %s %s %s", "+1-%s-%s-%s", "+1 (%s) %s-%s"]) % (ac, ex, ln)
        return nat, intl
    if cc == "DE":
        p, n = R.choice(["151", "160", "170", "176", "157"]), rdig(R.choice([7, 8]))
        return "0%s %s" % (p, n), "+49 %s %s" % (p, n)
    if cc == "FR":
        g = [rdig(2) for _ in range(4)]
        p = R.choice("67")
        return "0%s %s" % (p, " ".join(g)), "+33 %s %s" % (p, " ".join(g))
    if cc == "NL":
        n = rdig(8)
        return "06-%s" % n, "+31 6 %s" % n
    if cc == "ES":
        a, b, c = "6" + rdig(2), rdig(3), rdig(3)
        return "%s %s %s" % (a, b, c), "+34 %s %s %s" % (a, b, c)
    if cc == "IT":
        a, b, c = "3" + R.choice(["20", "33", "38", "47", "49"]), rdig(3), rdig(4)
        return "%s %s %s" % (a, b, c), "+39 %s %s %s" % (a, b, c)
    if cc == "BE":
        a, b, c, d = "4" + R.choice(["70", "75", "86", "95"]), rdig(2), rdig(2), rdig(2)
        return "0%s %s %s %s" % (a, b, c, d), "+32 %s %s %s %s" % (a, b, c, d)
    if cc == "PL":
        a, b, c = R.choice(["512", "601", "661", "731", "886"]), rdig(3), rdig(3)
        return "%s %s %s" % (a, b, c), "+48 %s %s %s" % (a, b, c)
    raise ValueError(cc)

def phone_country(s):
    if not s or not s.startswith("+"):
        return None
    for p in sorted(PHONE_PREFIX, key=len, reverse=True):
        if s.startswith(p):
            return PHONE_PREFIX[p]
    return None

def email_country(e):
    tld = e.rsplit(".", 1)[-1].lower()
    return TLD_CC.get(tld)

def gb_postcode(outward):
    return "%s %d%s%s" % (outward, R.randint(1, 9), R.choice("ABDEFGHJLNPQRSTUWXYZ"), R.choice("ABDEFGHJLNPQRSTUWXYZ"))

def make_address(cc, pr=False):
    """Return dict line1,line2,city,region,postcode,country_code,state (US abbr) for a person in cc."""
    if cc == "GB":
        city, region, outs = R.choice(GB_CITIES)
        line2 = R.choice([None, None, None, "Flat %d" % R.randint(1, 24), "Apartment %d" % R.randint(1, 60)])
        return dict(line1="%d %s" % (R.randint(1, 220), R.choice(GB_STREETS)), line2=line2, city=city,
                    region=region if R.random() < 0.6 else None, postcode=gb_postcode(R.choice(outs)), state=None)
    if cc == "IE":
        city, region, keys = R.choice(IE_CITIES)
        code = "%s %s" % (R.choice(keys), "".join(R.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4)))
        return dict(line1="%d %s" % (R.randint(1, 140), R.choice(IE_STREETS)), line2=None, city=city,
                    region=region, postcode=code if R.random() < 0.8 else None, state=None)
    if cc == "US":
        city, st, stname, zips, _ = R.choice(US_CITIES[:-1]) if not pr else US_CITIES[-1]
        z = R.choice(zips) + "%02d" % R.randint(1, 99)
        line2 = R.choice([None, None, "Apt %d%s" % (R.randint(1, 12), R.choice("ABCD")), "Unit %d" % R.randint(100, 999)])
        return dict(line1="%d %s" % (R.randint(10, 9800), R.choice(US_STREETS)), line2=line2, city=city,
                    region=None, postcode=z, state=st, state_name=stname)
    city, pc = R.choice(EU_CITIES[cc])
    return dict(line1="%s %d" % (R.choice(EU_STREETS[cc]), R.randint(1, 120)), line2=None, city=city,
                region=None, postcode=pc(), state=None)

# ---------------------------------------------------------------- people
people = []          # dicts
sig = {}             # pid -> list of (signal, country, subdivision)
cats = {}            # pid -> set of categories
files_of = {}        # pid -> set of files

def add_sig(p, s, c, sub=None):
    if c:
        sig[p["id"]].append((s, c, sub))

def add_cat(p, *cs, f=None):
    cats[p["id"]].update(cs)
    if f:
        files_of[p["id"]].add(f)

used_names = set()
def new_person(cc, kind):
    while True:
        fn, ln = R.choice(FIRST[cc]), R.choice(LAST[cc])
        if (fn, ln) not in used_names:
            used_names.add((fn, ln))
            break
    pid = "p%04d" % (len(people) + 1)
    p = dict(id=pid, cc=cc, first=fn, last=ln, kind=kind)
    people.append(p)
    sig[pid], cats[pid], files_of[pid] = [], set(), set()
    return p

def ascii_fold(s):
    tr = str.maketrans("áéíóúÁÉÍÓÚàèìòùâêîôûçëïüöäßñłśńćźżąęŚŻŁÖÜÄ'", "aeiouAEIOUaeiouaeioiceiuoasnlsnczzaeSZLOUA ")
    return s.translate(tr).replace("ß", "ss").replace(" ", "")

used_emails = set()
def make_email(p, pool):
    dom = R.choice(pool)
    f, l = ascii_fold(p["first"]).lower(), ascii_fold(p["last"]).lower()
    for _ in range(50):
        local = R.choice(["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s_%s%d" % (f, l, R.randint(1, 99)),
                          "%s%d" % (f, R.randint(70, 2005)), "%s.%s%d" % (f, l[0], R.randint(1, 9))])
        e = "%s@%s" % (local, dom)
        if e not in used_emails:
            used_emails.add(e)
            return e
    raise RuntimeError

used_users = set()
def make_username(p):
    f, l = ascii_fold(p["first"]).lower(), ascii_fold(p["last"]).lower()
    while True:
        u = R.choice(["%s%s%d" % (f[0], l, R.randint(1, 99)), "%s.%s" % (f, l[:1]), "%s_%s" % (f, l),
                      "%s%d" % (f, R.randint(1, 999)), "%s%s" % (l, R.choice(["x", "xx", "_tix", "101", ""]))])
        if u not in used_users:
            used_users.add(u)
            return u

# registered customers: (country, profile) plan
COUNTRY_MIX = ["GB"] * 50 + ["IE"] * 13 + ["US"] * 16 + ["DE"] * 5 + ["FR"] * 5 + ["NL"] * 3 + ["ES"] * 3 + \
              ["IT"] * 2 + ["BE"] * 2 + ["PL"] * 1
LOGGABLE = set(ISP)

plan = []
def addplan(n, profile, countries=None):
    for _ in range(n):
        plan.append((R.choice(countries or COUNTRY_MIX), profile))
addplan(86, "full")          # country_code and/or address row (+ phone national or intl)
addplan(16, "cc_only")       # country_code only
addplan(7, "refund_addr")    # only a refund billing address
addplan(12, "phone_only")    # international phone only
addplan(9, "ip_only", ["GB"] * 4 + ["IE", "FR", "DE", "US", "US"])   # only IPs in access log
addplan(7, "email_only", ["GB", "GB", "GB", "IE", "IE", "DE", "FR"])
addplan(11, "unknown", ["GB"] * 6 + ["IE", "US", "US", "DE", "FR"])
addplan(6, "conflict", ["GB", "IE", "FR", "US", "GB", "DE"])
R.shuffle(plan)
CONFLICT_PHONE = {"GB": "IE", "IE": "GB", "FR": "DE", "US": "GB", "DE": "PL"}

customers = []
for cc, prof in plan:
    p = new_person(cc, "customer")
    p["profile"] = prof
    p["cust_id"] = 10000 + len(customers) + 1 + R.randint(0, 3) * 0
    customers.append(p)
cid = 10001
for p in customers:
    p["cust_id"] = cid
    cid += R.choice([1, 1, 1, 1, 2, 3])  # deleted accounts leave gaps

for p in customers:
    prof, cc = p["profile"], p["cc"]
    # email
    if prof == "email_only":
        pool = EMAIL_CC[cc]
    elif prof in ("unknown", "ip_only", "phone_only", "refund_addr", "conflict"):
        pool = GENERIC + EMAIL_GENERIC.get(cc, []) if prof != "conflict" else GENERIC
    else:
        pool = GENERIC * 2 + EMAIL_GENERIC.get(cc, []) + EMAIL_CC[cc] * 2
    p["email"] = make_email(p, pool)
    p["username"] = make_username(p)
    nat, intl = phone_pair(cc, None)
    # phone as entered at sign-up
    if prof == "phone_only":
        p["phone"] = intl
    elif prof == "conflict":
        p["phone"] = phone_pair(CONFLICT_PHONE[cc])[1]
    elif prof in ("unknown", "ip_only", "email_only", "refund_addr"):
        p["phone"] = R.choice([nat, nat, None])
    else:
        p["phone"] = R.choice([nat, nat, intl, intl, None])
    p["addr"] = None
    p["country_code"] = None
    if prof in ("full", "conflict"):
        p["addr"] = make_address(cc)
        p["country_code"] = cc if R.random() < 0.8 else None
        if cc == "US":
            p["us_style"] = R.choice(["abbr", "abbr", "abbr", "name", "zip_only"])
        if cc == "US" and prof == "full" and not any(q.get("pr") for q in customers):
            p["pr"] = True  # one customer in Puerto Rico
            p["addr"] = make_address(cc, pr=True)
            p["us_style"] = "abbr"
        if p["phone"] and not p["phone"].startswith("+") and cc == "US":
            p["phone"] = phone_pair("US", p["addr"]["city"])[0]
    elif prof == "cc_only":
        p["country_code"] = cc
    elif prof == "refund_addr":
        p["billing_addr"] = make_address(cc)
    p["dob"] = None
    if R.random() < 0.6:
        p["dob"] = dt.date(1955, 1, 1) + dt.timedelta(days=R.randint(0, 365 * 50))
    p["created"] = dt.datetime(2019, 3, 1) + dt.timedelta(seconds=R.randint(0, int(5.5 * 365 * 86400)))
    if p["created"] > dt.datetime(2024, 11, 1):
        p["created"] = dt.datetime(2024, 10, 28, 12) - dt.timedelta(hours=R.randint(1, 5000))
    p["tier"] = R.choices(["standard", "member", "patron"], [75, 20, 5])[0]
    p["status"] = R.choices(["active", "active", "unverified", "suspended"], [80, 10, 7, 3])[0]

# choose who appears in the access log
log_users = [p for p in customers if p["profile"] == "ip_only"]
for p in customers:
    if p["profile"] in ("full", "cc_only", "phone_only", "conflict") and p["cc"] in LOGGABLE and R.random() < 0.5:
        log_users.append(p)
for p in log_users:
    p["in_log"] = True
    net = ISP[p["cc"]]
    p["ips"] = [str(net.network_address + R.randint(1, net.num_addresses - 2)) for _ in range(R.choice([1, 1, 2]))]

# ---------------------------------------------------------------- events (catalogue)
VENUES = [("The Roundhouse", "London"), ("O2 Academy Brixton", "London"), ("Albert Hall", "Manchester"),
          ("Barrowland Ballroom", "Glasgow"), ("Usher Hall", "Edinburgh"), ("Vicar Street", "Dublin"),
          ("Olympia Theatre", "Dublin"), ("Colston Hall", "Bristol"), ("Leeds Town Hall", "Leeds"),
          ("Rock City", "Nottingham"), ("Ulster Hall", "Belfast"), ("Cyprus Avenue", "Cork"),
          ("Brighton Dome", "Brighton"), ("Liverpool Philharmonic Hall", "Liverpool")]
ACTS = ["The Lantern Choir", "Halcyon Drift", "Mairéad Quinn Trio", "Northbound Static", "Velvet Orchard",
        "The Copper Kettles", "Saltwater Hymns", "Aurora Fields", "Big Bad Brass Band", "Kilter",
        "Comedy Night: Stand-Up Showcase", "Swan Lake (Northern Ballet)", "Jazz Brunch Sessions",
        "Festival of Light 2024", "Neon Harbour", "The Gloaming Project", "Paper Lions", "Ceol Nua"]
events = []
for i in range(36):
    v = R.choice(VENUES)
    start = dt.datetime(2024, 1, 10) + dt.timedelta(days=R.randint(0, 360), hours=R.choice([19, 19, 20, 14]))
    start = start.replace(minute=R.choice([0, 30]))
    events.append(dict(id=501 + i, slug="", title=R.choice(ACTS), venue=v[0], city=v[1], starts=start,
                       price=R.choice([1850, 2250, 2800, 3500, 4500, 6500]), cap=R.choice([450, 900, 1500, 2300, 5000])))
for e in events:
    e["slug"] = ("%s-%s-%s" % (e["title"], e["city"], e["starts"].strftime("%Y%m%d"))).lower() \
        .replace(":", "").replace("(", "").replace(")", "").replace(" ", "-").replace("é", "e")

# ---------------------------------------------------------------- orders + tickets
def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0

def ean13():
    base = "50" + rdig(10)  # GS1 UK prefix
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(base))
    return base + str((10 - s % 10) % 10)

orders, tickets = [], []
oid = 880001
for p in customers:
    n = R.choices([0, 1, 2, 3, 4, 5, 6, 8], [8, 22, 22, 18, 12, 8, 6, 4])[0]
    if p["profile"] == "refund_addr":
        n = max(n, 1)
    p["orders"] = []
    for _ in range(n):
        e = R.choice(events)
        created = p["created"] + dt.timedelta(seconds=R.randint(3600, 86400 * 900))
        if created > dt.datetime(2024, 11, 14):
            created = dt.datetime(2024, 11, 14) - dt.timedelta(seconds=R.randint(3600, 86400 * 60))
            if created < p["created"]:
                created = p["created"] + dt.timedelta(hours=2)
        qty = R.choices([1, 2, 3, 4, 6], [25, 45, 10, 15, 5])[0]
        o = dict(id=oid, ref="7%015d" % R.randint(10 ** 13, 10 ** 15 - 1), cust=p["cust_id"], event=e["id"],
                 qty=qty, total=qty * e["price"] + 150 * qty, currency=R.choice(["GBP"] * 5 + ["EUR"]),
                 status=R.choices(["paid", "paid", "paid", "refunded", "cancelled"], [60, 20, 10, 7, 3])[0],
                 method=R.choice(["card", "card", "card", "apple_pay", "paypal"]),
                 brand=R.choice(["visa", "visa", "mastercard", "amex"]), last4=rdig(4), created=created, person=p)
        oid += R.randint(1, 40)
        orders.append(o)
        p["orders"].append(o)
        for k in range(qty):
            tickets.append(dict(id=len(tickets) + 3000001, order=o["id"], barcode=ean13(),
                                seat=R.choice(["GA", "%s%d" % (R.choice("ABCDEFGHJK"), R.randint(1, 30))]),
                                band=R.choice(["standard", "concession", "vip", "standard"])))
orders.sort(key=lambda o: o["id"])

for p in customers:
    last = p["created"]
    if p["orders"]:
        last = max(o["created"] for o in p["orders"])
    p["last_login"] = None if p["status"] == "unverified" else last + dt.timedelta(seconds=R.randint(0, 86400 * 30))
    if p.get("in_log"):
        p["last_login"] = dt.datetime(2024, 11, 14, 10) - dt.timedelta(seconds=R.randint(0, 86400 * 10))
        if p["status"] == "unverified":
            p["status"] = "active"
    if p["last_login"] and p["last_login"] > dt.datetime(2024, 11, 14, 23):
        p["last_login"] = dt.datetime(2024, 11, 14, 23) - dt.timedelta(seconds=R.randint(0, 86400 * 5))
    p["pw_changed"] = p["created"] + dt.timedelta(days=R.randint(0, 700)) if R.random() < 0.4 else None
    if p["pw_changed"] and p["pw_changed"] > dt.datetime(2024, 11, 14):
        p["pw_changed"] = None

# ---------------------------------------------------------------- SQL dump
def ts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") + ".%06d+00" % R.randint(0, 999999)

def cp(v):
    if v is None:
        return "\\N"
    if isinstance(v, bool):
        return "t" if v else "f"
    s = str(v)
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")

B64 = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
def bcrypt():
    return "$2b$12$" + "".join(R.choice(B64) for _ in range(53))

SQL = "tixhouse_prod_2024-11-15.sql"
out = []
w = out.append
w("""--
-- PostgreSQL database dump
--

-- Dumped from database version 15.6 (Ubuntu 15.6-1.pgdg22.04+1)
-- Dumped by pg_dump version 15.6 (Ubuntu 15.6-1.pgdg22.04+1)

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

--
-- Name: citext; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;

SET default_tablespace = '';

SET default_table_access_method = heap;
""")

TABLES = [
    ("customers", """    id integer NOT NULL,
    email public.citext NOT NULL,
    username character varying(40) NOT NULL,
    password_hash character varying(72),
    password_changed_at timestamp with time zone,
    first_name character varying(80) NOT NULL,
    last_name character varying(80) NOT NULL,
    phone character varying(32),
    date_of_birth date,
    country_code character(2),
    account_tier character varying(16) DEFAULT 'standard'::character varying NOT NULL,
    status character varying(16) DEFAULT 'active'::character varying NOT NULL,
    marketing_opt_in boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    last_login_at timestamp with time zone"""),
    ("customer_addresses", """    id integer NOT NULL,
    customer_id integer NOT NULL,
    kind character varying(12) DEFAULT 'billing'::character varying NOT NULL,
    line1 character varying(120) NOT NULL,
    line2 character varying(120),
    city character varying(80),
    region character varying(80),
    postcode character varying(16),
    country character varying(64) NOT NULL,
    is_default boolean DEFAULT true NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL"""),
    ("events", """    id integer NOT NULL,
    slug character varying(160) NOT NULL,
    title character varying(200) NOT NULL,
    venue_name character varying(120) NOT NULL,
    venue_city character varying(80) NOT NULL,
    starts_at timestamp with time zone NOT NULL,
    capacity integer NOT NULL,
    face_value_pence integer NOT NULL,
    on_sale boolean DEFAULT true NOT NULL"""),
    ("orders", """    id integer NOT NULL,
    order_ref character varying(20) NOT NULL,
    customer_id integer NOT NULL,
    event_id integer NOT NULL,
    quantity smallint NOT NULL,
    total_pence integer NOT NULL,
    currency character(3) DEFAULT 'GBP'::bpchar NOT NULL,
    status character varying(16) NOT NULL,
    payment_method character varying(16) NOT NULL,
    card_brand character varying(16),
    card_last4 character(4),
    created_at timestamp with time zone DEFAULT now() NOT NULL"""),
    ("tickets", """    id bigint NOT NULL,
    order_id integer NOT NULL,
    barcode character varying(13) NOT NULL,
    seat character varying(8),
    price_band character varying(16) NOT NULL"""),
]
for name, cols in TABLES:
    w("""--
-- Name: %(n)s; Type: TABLE; Schema: public; Owner: tixhouse
--

CREATE TABLE public.%(n)s (
%(c)s
);


ALTER TABLE public.%(n)s OWNER TO tixhouse;

--
-- Name: %(n)s_id_seq; Type: SEQUENCE; Schema: public; Owner: tixhouse
--

CREATE SEQUENCE public.%(n)s_id_seq
    AS %(t)s
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.%(n)s_id_seq OWNER TO tixhouse;

--
-- Name: %(n)s_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: tixhouse
--

ALTER SEQUENCE public.%(n)s_id_seq OWNED BY public.%(n)s.id;

""" % dict(n=name, c=cols, t="bigint" if name == "tickets" else "integer"))
for name, _ in TABLES:
    w("""--
-- Name: %(n)s id; Type: DEFAULT; Schema: public; Owner: tixhouse
--

ALTER TABLE ONLY public.%(n)s ALTER COLUMN id SET DEFAULT nextval('public.%(n)s_id_seq'::regclass);

""" % dict(n=name))

def copy_block(name, cols, rows):
    w("""--
-- Data for Name: %s; Type: TABLE DATA; Schema: public; Owner: tixhouse
--

COPY public.%s (%s) FROM stdin;
""" % (name, name, ", ".join(cols)))
    for r in rows:
        w("\t".join(cp(v) for v in r) + "\n")
    w("\\.\n\n\n")

# customers
crow = []
for p in customers:
    crow.append([p["cust_id"], p["email"], p["username"], bcrypt(), ts(p["pw_changed"]) if p["pw_changed"] else None,
                 p["first"], p["last"], p["phone"], p["dob"].isoformat() if p["dob"] else None, p["country_code"],
                 p["tier"], p["status"], R.random() < 0.35, ts(p["created"]), ts(p["last_login"]) if p["last_login"] else None])
    add_cat(p, "email", "username", "password", "name", "activity", "account_type", f=SQL)
    if p["phone"]:
        add_cat(p, "phone")
        add_sig(p, "phone", phone_country(p["phone"]))
    if p["dob"]:
        add_cat(p, "date_of_birth")
    if p["country_code"]:
        add_cat(p, "location")
        add_sig(p, "address", p["country_code"])
    add_sig(p, "email_cctld", email_country(p["email"]))
copy_block("customers", ["id", "email", "username", "password_hash", "password_changed_at", "first_name", "last_name",
                         "phone", "date_of_birth", "country_code", "account_tier", "status", "marketing_opt_in",
                         "created_at", "last_login_at"], crow)

# addresses
arow = []
aid = 1
for p in customers:
    a = p["addr"]
    if not a:
        continue
    cc = p["cc"]
    region = a["region"]
    sub = None
    if cc == "US":
        st = p["us_style"]
        if st == "abbr":
            region, sub = a["state"], "US-" + a["state"]
        elif st == "name":
            region, sub = a["state_name"], "US-" + a["state"]
        else:
            region = None
            p["zip_state"] = "US-" + a["state"]
    country = COUNTRY_EN[cc]
    if cc == "GB" and R.random() < 0.15:
        country = "UK"
    arow.append([aid, p["cust_id"], "billing", a["line1"], a["line2"], a["city"], region, a["postcode"], country,
                 True, ts(p["created"] + dt.timedelta(days=R.randint(0, 300)))])
    aid += 1
    add_cat(p, "location")
    add_sig(p, "address", cc, sub)
    if R.random() < 0.08:  # an older delivery address in the same country
        b = make_address(cc)
        if cc == "US":
            b["city"] = a["city"]
        arow.append([aid, p["cust_id"], "delivery", b["line1"], b["line2"], b["city"],
                     (region if cc == "US" else b["region"]), (a["postcode"] if cc == "US" else b["postcode"]),
                     country, False, ts(p["created"])])
        aid += 1
copy_block("customer_addresses", ["id", "customer_id", "kind", "line1", "line2", "city", "region", "postcode",
                                  "country", "is_default", "updated_at"], arow)

copy_block("events", ["id", "slug", "title", "venue_name", "venue_city", "starts_at", "capacity", "face_value_pence",
                      "on_sale"],
           [[e["id"], e["slug"], e["title"], e["venue"], e["city"], e["starts"].strftime("%Y-%m-%d %H:%M:%S+00"),
             e["cap"], e["price"], e["starts"] > dt.datetime(2024, 11, 15)] for e in events])
orow = []
for o in orders:
    card = o["method"] == "card"
    orow.append([o["id"], o["ref"], o["cust"], o["event"], o["qty"], o["total"], o["currency"], o["status"], o["method"],
                 o["brand"] if card else None, o["last4"] if card else None, ts(o["created"])])
    add_cat(o["person"], "activity")
copy_block("orders", ["id", "order_ref", "customer_id", "event_id", "quantity", "total_pence", "currency", "status",
                      "payment_method", "card_brand", "card_last4", "created_at"], orow)
copy_block("tickets", ["id", "order_id", "barcode", "seat", "price_band"],
           [[t["id"], t["order"], t["barcode"], t["seat"], t["band"]] for t in tickets])

for name, mx in [("customers", customers[-1]["cust_id"]), ("customer_addresses", aid - 1), ("events", events[-1]["id"]),
                 ("orders", orders[-1]["id"]), ("tickets", tickets[-1]["id"])]:
    w("""--
-- Name: %s_id_seq; Type: SEQUENCE SET; Schema: public; Owner: tixhouse
--

SELECT pg_catalog.setval('public.%s_id_seq', %d, true);


""" % (name, name, mx))
for name, _ in TABLES:
    w("""--
-- Name: %(n)s %(n)s_pkey; Type: CONSTRAINT; Schema: public; Owner: tixhouse
--

ALTER TABLE ONLY public.%(n)s
    ADD CONSTRAINT %(n)s_pkey PRIMARY KEY (id);


""" % dict(n=name))
w("""--
-- Name: customers customers_email_key; Type: CONSTRAINT; Schema: public; Owner: tixhouse
--

ALTER TABLE ONLY public.customers
    ADD CONSTRAINT customers_email_key UNIQUE (email);


--
-- Name: orders orders_order_ref_key; Type: CONSTRAINT; Schema: public; Owner: tixhouse
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_order_ref_key UNIQUE (order_ref);


--
-- Name: idx_orders_customer_id; Type: INDEX; Schema: public; Owner: tixhouse
--

CREATE INDEX idx_orders_customer_id ON public.orders USING btree (customer_id);


--
-- Name: customer_addresses customer_addresses_customer_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: tixhouse
--

ALTER TABLE ONLY public.customer_addresses
    ADD CONSTRAINT customer_addresses_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id) ON DELETE CASCADE;


--
-- Name: orders orders_customer_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: tixhouse
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id);


--
-- Name: orders orders_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: tixhouse
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id);


--
-- Name: tickets tickets_order_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: tixhouse
--

ALTER TABLE ONLY public.tickets
    ADD CONSTRAINT tickets_order_id_fkey FOREIGN KEY (order_id) REFERENCES public.orders(id) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--

""")
with open(os.path.join(DATA, SQL), "w", encoding="utf-8", newline="\n") as f:
    f.write("".join(out))

# ---------------------------------------------------------------- refunds JSON
REF = "refunds_2024-Q4.json"
refundable = [o for o in orders if o["status"] == "refunded"]
forced = [p["orders"][0] for p in customers if p["profile"] == "refund_addr"]
extra = [o for o in orders if o["status"] == "paid" and R.random() < 0.04]
ref_orders = {o["id"]: o for o in refundable + forced + extra}
refunds = []
for o in sorted(ref_orders.values(), key=lambda o: o["created"]):
    p = o["person"]
    if p["profile"] == "refund_addr":
        a = p["billing_addr"]
    elif p["addr"]:
        a = p["addr"]
    else:
        a = None  # wallet payment without billing address
    billing = None
    if a:
        region = a["region"]
        sub = None
        if p["cc"] == "US":
            region, sub = a["state"], "US-" + a["state"]
        billing = {"line1": a["line1"], "line2": a["line2"], "city": a["city"], "region": region,
                   "postal_code": a["postcode"], "country": p["cc"]}
        add_cat(p, "location")
        add_sig(p, "address", p["cc"], sub)
    req = max(o["created"] + dt.timedelta(days=R.randint(1, 40)), dt.datetime(2024, 10, 1) + dt.timedelta(seconds=R.randint(0, 3600 * 1000)))
    status = R.choice(["succeeded", "succeeded", "succeeded", "pending"])
    refunds.append({
        "refund_id": "re_%s" % "".join(R.choice(string.ascii_letters + string.digits) for _ in range(24)),
        "order_ref": o["ref"],
        "customer": {"id": p["cust_id"], "name": "%s %s" % (p["first"], p["last"]), "email": p["email"]},
        "billing": billing,
        "amount": {"value": o["total"] if R.random() < 0.8 else o["total"] // 2, "currency": o["currency"]},
        "reason": R.choice(["event_cancelled", "event_postponed", "requested_by_customer", "duplicate", "fraudulent"]),
        "payment": {"method": o["method"], "brand": o["brand"] if o["method"] == "card" else None,
                    "last4": o["last4"] if o["method"] == "card" else None},
        "status": status,
        "requested_at": req.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "processed_at": None if status == "pending" else (req + dt.timedelta(seconds=R.randint(7200, 96 * 3600))).strftime("%Y-%m-%dT%H:%M:%SZ"),
    })
    add_cat(p, "name", "email", "activity", f=REF)
    add_sig(p, "email_cctld", email_country(p["email"]))
with open(os.path.join(DATA, REF), "w", encoding="utf-8") as f:
    json.dump({"export": {"generated_at": "2024-11-15T06:00:12Z", "source": "tixhouse-payments", "period": "2024-Q4",
                          "count": len(refunds)}, "refunds": refunds}, f, ensure_ascii=False, indent=2)

# ---------------------------------------------------------------- box office CSV
BOX = "boxoffice_sales_2024-11.csv"
walk_plan = (["place_nat"] * 18 + ["place_intl"] * 6 + ["intl_only"] * 5 + ["email_only"] * 4 + ["nothing"] * 7)
WALK_MIX = ["GB"] * 20 + ["IE"] * 8 + ["US"] * 5 + ["FR", "DE", "ES", "NL", "IT"]
walkups = []
for wp in walk_plan:
    cc = R.choice(WALK_MIX)
    if wp == "email_only":
        cc = R.choice(["GB", "GB", "IE", "DE"])
    p = new_person(cc, "walkup")
    p["profile"] = "walkup_" + wp
    p["email"] = make_email(p, EMAIL_CC[cc] if wp == "email_only" else GENERIC + EMAIL_GENERIC.get(cc, []))
    if cc == "GB":
        p["city"] = R.choice(GB_CITIES)[0]
    elif cc == "IE":
        p["city"] = R.choice(IE_CITIES)[0]
    elif cc == "US":
        p["city"] = R.choice(US_CITIES[:13])[0]
    else:
        p["city"] = R.choice(EU_CITIES[cc])[0]
    nat, intl = phone_pair(cc, p["city"] if cc == "US" else None)
    p["phone"] = intl if wp in ("place_intl", "intl_only") else (nat if R.random() < 0.85 else "")
    if wp in ("intl_only", "email_only", "nothing"):
        p["city"] = ""
    walkups.append(p)

BO_VENUES = [v for v in VENUES]
box_rows = []
def box_row(p, city, phone):
    e = R.choice(events[:30])
    sold = e["starts"] - dt.timedelta(minutes=R.randint(20, 60 * 24 * 20))
    qty = R.choices([1, 2, 3, 4], [30, 50, 10, 10])[0]
    box_rows.append([sold, "BO-%s-%06d" % (e["starts"].strftime("%y%m"), R.randint(0, 999999)),
                     "%s %s" % (p["first"], p["last"]), p["email"] if p["email"] else "", phone, city,
                     e["title"], e["venue"], e["starts"].strftime("%d/%m/%Y %H:%M"), qty,
                     "%.2f" % (qty * e["price"] / 100), R.choice(["Card", "Card", "Card", "Cash", "Contactless"]),
                     ean13(), R.choice(["BO-T1", "BO-T2", "KIOSK-3"])])
    add_cat(p, "name", "activity", f=BOX)
    if p["email"]:
        add_cat(p, "email")
        add_sig(p, "email_cctld", email_country(p["email"]))
    if phone:
        add_cat(p, "phone")
        add_sig(p, "phone", phone_country(phone))
    if city:
        add_cat(p, "location")
        add_sig(p, "place", p["cc"])

for p in walkups:
    for _ in range(R.choices([1, 2, 3], [70, 22, 8])[0]):
        box_row(p, p["city"], p["phone"])
# registered customers who also bought at the box office (same email)
for p in customers:
    if p["profile"] in ("full", "cc_only", "phone_only") and R.random() < 0.18:
        city = ""
        if R.random() < 0.7:
            city = p["addr"]["city"] if p["addr"] else (
                R.choice(GB_CITIES)[0] if p["cc"] == "GB" else R.choice(IE_CITIES)[0] if p["cc"] == "IE" else
                R.choice(US_CITIES[:13])[0] if p["cc"] == "US" else R.choice(EU_CITIES[p["cc"]])[0])
        phone = p["phone"] or ""
        box_row(p, city, phone)
box_rows.sort(key=lambda r: r[0])
buf = io.StringIO()
cw = csv.writer(buf, lineterminator="\r\n")
cw.writerow(["Sold At", "Booking Ref", "Buyer Name", "Email", "Phone", "City", "Event", "Venue", "Performance",
             "Qty", "Paid (GBP)", "Payment", "Ticket Barcode", "Terminal"])
for r in box_rows:
    cw.writerow([r[0].strftime("%d/%m/%Y %H:%M")] + r[1:])
with open(os.path.join(DATA, BOX), "w", encoding="utf-8-sig", newline="") as f:
    f.write(buf.getvalue())

# ---------------------------------------------------------------- nginx access log
LOG = "access.log"
UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15",
       "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.58 Mobile Safari/537.36",
       "Mozilla/5.0 (X11; Linux x86_64; rv:131.0) Gecko/20100101 Firefox/131.0",
       "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.6668.100 Mobile Safari/537.36",
       "Mozilla/5.0 (iPad; CPU OS 16_7_10 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1",
       "TixHouse/4.12.0 (iPhone; iOS 17.6.1; Scale/3.00)", "TixHouse/4.11.2 (Android 14; Pixel 8)"]
BOTS = [("66.249.66.%d", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"),
        ("40.77.167.%d", "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)"),
        ("54.36.148.%d", "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)")]
for p in log_users:
    p["ua"] = R.choice(UAS)
PUBLIC = ["/", "/events", "/events?city=london", "/events?city=dublin", "/events?genre=comedy", "/venues",
          "/help/refunds", "/help/accessibility", "/search?q=jazz", "/gift-cards"]
lines = []
start = dt.datetime(2024, 11, 1, 0, 0, 0)
span = 14 * 86400
def logline(t, ip, method, path, status, size, ref, ua):
    lines.append((t, '%s - - [%s] "%s %s HTTP/2.0" %d %d "%s" "%s"' % (
        ip, t.strftime("%d/%b/%Y:%H:%M:%S +0000"), method, path, status, size, ref, ua)))
for p in log_users:
    u = p["username"]
    for _ in range(R.randint(2, 6)):   # sessions
        t = start + dt.timedelta(seconds=R.randint(0, span - 4000))
        ip = R.choice(p["ips"])
        ev = R.choice(events)
        seq = [("GET", "/login", 200), ("POST", "/login", 302), ("GET", "/account/%s" % u, 200),
               ("GET", "/account/%s/orders" % u, 200)]
        seq += R.sample([("GET", "/events/%s" % ev["slug"], 200), ("GET", "/account/%s/tickets" % u, 200),
                         ("GET", "/api/v1/users/%s/wallet" % u, 200), ("GET", "/account/%s/settings" % u, 200),
                         ("POST", "/api/v1/users/%s/basket" % u, 201), ("GET", "/account/%s/tickets/%d.pdf" % (u, R.randint(3000001, 3002000)), 200),
                         ("GET", "/u/%s/favourites" % u, 200)], R.randint(2, 6))
        seq.append(("GET", "/logout", 302))
        ref = "https://www.tixhouse.co.uk/"
        for m, path, st in seq:
            t += dt.timedelta(seconds=R.randint(2, 90))
            logline(t, ip, m, path, st, R.randint(180, 48000) if st == 200 else R.randint(0, 600), ref, p["ua"])
            ref = "https://www.tixhouse.co.uk" + path
            for asset in R.sample(["/static/css/app.4f9c2b.css", "/static/js/app.81aa0e.js", "/static/img/logo.svg",
                                   "/favicon.ico"], R.choice([0, 0, 1])):
                logline(t + dt.timedelta(milliseconds=300), ip, "GET", asset, 200, R.randint(900, 180000), ref, p["ua"])
anon_nets = [ipaddress.ip_network(n) for n in ["81.96.0.0/12", "109.144.0.0/13", "2.24.0.0/13", "37.228.192.0/18",
                                                "92.40.0.0/14", "176.24.0.0/14", "51.9.0.0/16", "31.94.0.0/17"]]
anon = []
for _ in range(240):
    n = R.choice(anon_nets)
    anon.append((str(n.network_address + R.randint(1, n.num_addresses - 2)), R.choice(UAS[:7])))
for _ in range(1500):
    t = start + dt.timedelta(seconds=R.randint(0, span))
    if R.random() < 0.15:
        pat, ua = R.choice(BOTS)
        ip = pat % R.randint(1, 254)
    else:
        ip, ua = R.choice(anon)
    ev = R.choice(events)
    path = R.choice(PUBLIC + ["/events/%s" % ev["slug"]] * 6)
    st = R.choices([200, 304, 404, 301], [85, 8, 5, 2])[0]
    logline(t, ip, "GET", path, st, R.randint(200, 60000) if st == 200 else R.randint(0, 400),
            R.choice(["-", "https://www.google.com/", "https://www.tixhouse.co.uk/", "https://www.facebook.com/"]), ua)
lines.sort(key=lambda x: x[0])
with open(os.path.join(DATA, LOG), "w", encoding="utf-8") as f:
    for _, l in lines:
        f.write(l + "\n")
for p in log_users:
    add_cat(p, "username", "ip_address", "activity", "device", f=LOG)
    add_sig(p, "ip", p["cc"])

# ---------------------------------------------------------------- venues.csv (control)
VEN = "venues.csv"
with open(os.path.join(DATA, VEN), "w", encoding="utf-8", newline="") as f:
    cw = csv.writer(f, lineterminator="\n")
    cw.writerow(["venue_id", "name", "address", "city", "postcode", "country", "capacity", "box_office_phone", "accessible"])
    vaddr = {"The Roundhouse": ("Chalk Farm Road", "NW1 8EH"), "O2 Academy Brixton": ("211 Stockwell Road", "SW9 9SL"),
             "Albert Hall": ("27 Peter Street", "M2 5QR"), "Barrowland Ballroom": ("244 Gallowgate", "G4 0TT"),
             "Usher Hall": ("Lothian Road", "EH1 2EA"), "Vicar Street": ("58-59 Thomas Street", "D08 W2N6"),
             "Olympia Theatre": ("72 Dame Street", "D02 K135"), "Colston Hall": ("Colston Street", "BS1 5AR"),
             "Leeds Town Hall": ("The Headrow", "LS1 3AD"), "Rock City": ("8 Talbot Street", "NG1 5GG"),
             "Ulster Hall": ("34 Bedford Street", "BT2 7FF"), "Cyprus Avenue": ("Caroline Street", "T12 XN8P"),
             "Brighton Dome": ("Church Street", "BN1 1UE"), "Liverpool Philharmonic Hall": ("Hope Street", "L1 9BP")}
    for i, (v, c) in enumerate(VENUES):
        a, pc = vaddr[v]
        ie = c in ("Dublin", "Cork")
        cw.writerow(["V%03d" % (i + 1), v, a, c, pc, "IE" if ie else "GB", R.choice([450, 900, 1500, 2300, 3900]),
                     "" , R.choice(["yes", "yes", "partial"])])

# ---------------------------------------------------------------- truth
ORDER = ["address", "phone", "place", "ip", "email_cctld"]
residents, counts, conflicts = [], {}, []
for p in people:
    s = sig[p["id"]]
    kinds = sorted({k for k, _, _ in s}, key=ORDER.index)
    country = None
    for k in ORDER:
        cs = [c for kk, c, _ in s if kk == k]
        if cs:
            country = cs[0]
            break
    subs = [sub for kk, c, sub in s if kk == "address" and sub]
    sub = subs[0] if (country == "US" and subs) else None
    if len({c for _, c, _ in s}) > 1:
        conflicts.append(p["id"])
    if country is None:
        assert not s
    assert country in (None, p["cc"]), (p["id"], country, p["cc"], s)
    r = {"id": p["id"], "country": country, "subdivision": sub, "signals": kinds,
         "name": "%s %s" % (p["first"], p["last"]), "customer_id": p.get("cust_id"), "profile": p["profile"]}
    if p.get("zip_state") and not sub:
        r["zip_implies"] = p["zip_state"]
    if len({c for _, c, _ in s}) > 1:
        r["other_countries"] = sorted({c for _, c, _ in s} - {country})
    residents.append(r)
    key = sub or country or "unknown"
    counts[key] = counts.get(key, 0) + 1
counts = dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

pbc = {}
for pid, cs in cats.items():
    for c in cs:
        pbc[c] = pbc.get(c, 0) + 1
pbc = dict(sorted(pbc.items()))

loc = "location"
truth = {
    "brief": "TixHouse Ltd, a UK (Manchester/London) event-ticketing company selling gigs, comedy and theatre tickets "
             "to buyers in the UK, Ireland, the EU and the US. Export of its PostgreSQL production database (pg_dump "
             "with COPY: customers with ISO country codes, customer_addresses with English country names, UK "
             "postcodes, Irish Eircodes, US state + ZIP; events; orders keyed by customer_id; tickets), the box-office "
             "till export (CSV, UTF-8 with BOM, English headers, dd/mm/yyyy), a JSON export of Q4 refunds from the "
             "payment provider with nested billing addresses, the nginx access log of www.tixhouse.co.uk for 1-14 Nov "
             "2024, and a public venue register. All in English (names in English, Irish, German, French, Dutch, "
             "Spanish, Italian, Polish).",
    "people": len(people),
    "people_by_category": pbc,
    "fields": {
        SQL: {"customers.email": "email", "customers.username": "username", "customers.password_hash": "password",
              "customers.first_name": "name", "customers.last_name": "name", "customers.phone": "phone",
              "customers.date_of_birth": "date_of_birth", "customers.country_code": loc,
              "customers.account_tier": "account_type", "customers.status": "account_type",
              "customers.created_at": "activity", "customers.last_login_at": "activity",
              "customer_addresses.line1": loc, "customer_addresses.line2": loc, "customer_addresses.city": loc,
              "customer_addresses.region": loc, "customer_addresses.postcode": loc, "customer_addresses.country": loc,
              "orders.created_at": "activity"},
        BOX: {"Buyer Name": "name", "Email": "email", "Phone": "phone", "City": loc, "Sold At": "activity"},
        REF: {"refunds.customer.name": "name", "refunds.customer.email": "email", "refunds.billing.line1": loc,
              "refunds.billing.line2": loc, "refunds.billing.city": loc, "refunds.billing.region": loc,
              "refunds.billing.postal_code": loc, "refunds.billing.country": loc, "refunds.requested_at": "activity"},
    },
    "text": {LOG: ["ip_address", "activity", "username", "device"]},
    "controls": [VEN],
    "ambiguous": {SQL: ["customers.password_changed_at", "customer_addresses.updated_at"],
                  REF: ["refunds.processed_at"]},
    "lookalikes": {
        SQL: {"orders.order_ref": "16-digit order references starting with 7; some pass Luhn by chance (%d of %d)"
                                  % (sum(luhn_ok(o["ref"]) for o in orders), len(orders)),
              "orders.card_last4": "last four digits of the card only", "orders.card_brand": "card brand",
              "tickets.barcode": "EAN-13 ticket barcodes (GS1 UK prefix 50, valid check digit)",
              "customers.password_changed_at": "timestamp in a column whose name mentions password",
              "events.venue_city": "venue (place) city, not a person's", "events.title": "act/show names"},
        BOX: {"Ticket Barcode": "EAN-13 barcodes", "Booking Ref": "box-office booking reference",
              "Venue": "venue names", "Event": "act names", "Performance": "performance date/time"},
        REF: {"refunds.payment.last4": "card last four", "refunds.refund_id": "provider refund id",
              "refunds.order_ref": "16-digit order reference", "refunds.customer.id": "internal customer key"},
        VEN: {"address": "venue street addresses (places, not people)", "postcode": "venue postcodes"},
    },
    "residents": residents,
    "residence_counts": counts,
    "conflicts": conflicts,
    "notes": "People = %d: %d registered customers (customers table, ids 10001+; orders/addresses/refunds/log lines "
             "link to them by customer_id, email or username in URL path) + %d box-office walk-up buyers who appear "
             "only in the CSV (some on several rows). %d registered customers also appear in the box-office CSV with "
             "the same email. Anonymous visitors and crawlers in access.log (lines without a username in the path) "
             "are NOT counted as people and not in people_by_category; their IPs are random consumer/bot addresses. "
             "Every IP of a known user comes from a national ISP range of their country: GB = BT 86.128.0.0/10, "
             "IE = eir/Eircom 86.40.0.0/13, FR = Orange 90.0.0.0/10, DE = Deutsche Telekom 79.192.0.0/10, US = "
             "Comcast 73.0.0.0/8 (no state). Residence signals: 'address' = customers.country_code, a "
             "customer_addresses row (country always present, region = US state abbr or full name, or empty for "
             "ZIP-only US rows) or a refund billing object (ISO country; US region = state abbr); 'phone' = only "
             "numbers written with + country code (national forms ignored); 'place' = box-office City column alone; "
             "'ip' = access-log IPs; 'email_cctld' = .co.uk/.ie/.de/.fr/.nl/.es/.it/.be/.pl email domains. "
             "US subdivision is given only when a state is written (abbr or full name); for US people with a ZIP "
             "only, subdivision is null and 'zip_implies' in residents gives the state the ZIP lies in. One US "
             "resident may be in Puerto Rico (US-PR, region 'PR' or 'Puerto Rico'). Conflicts are people whose "
             "signals point at different countries (address in one country, international phone of another); the "
             "address is taken as residence. 'UK' is written instead of 'United Kingdom' in some address rows. "
             "Box-office City for a registered customer is their home city.",
}
truth["notes"] = truth["notes"] % (len(people), len(customers), len(walkups),
                                   len({r[3] for r in box_rows} & {p["email"] for p in customers}))
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=2)
print("people", len(people), "counts", counts, "conflicts", conflicts)
print("pbc", pbc)
