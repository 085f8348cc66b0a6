#!/usr/bin/env python3
"""Generator for the J1 blind dump: Snapwell Prints, a small US online photo-printing
and image-sharing service whose vendor export leaked.

Writes data/ (pg_dump, newsletter CSV, nginx access log, support-ticket JSON, product
catalogue) and truth.json. Deterministic (seeded); standard library only.
"""
import csv
import hashlib
import io
import json
import os
import random
import string
import unicodedata
import uuid
from datetime import datetime, timedelta, timezone

SEED = 7310
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
os.makedirs(DATA, exist_ok=True)

# ----------------------------------------------------------------------------
# reference lists
# ----------------------------------------------------------------------------
US_FIRST_F = ["Jennifer", "Jessica", "Ashley", "Emily", "Sarah", "Megan", "Lauren", "Rachel",
              "Amanda", "Brittany", "Kayla", "Hannah", "Olivia", "Madison", "Chloe", "Grace",
              "Maria", "Guadalupe", "Ana", "Sofia", "Camila", "Valeria", "Aaliyah", "Imani",
              "Keisha", "Tanisha", "Jasmine", "Priya", "Anjali", "Mei", "Lin", "Hana", "Ji-woo",
              "Nicole", "Stephanie", "Heather", "Kristen", "Amber", "Danielle", "Courtney",
              "Natalie", "Abigail", "Leah", "Erin", "Molly", "Katie", "Tiffany", "Monica"]
US_FIRST_M = ["Michael", "Christopher", "Matthew", "Joshua", "Daniel", "David", "Andrew",
              "James", "Justin", "Ryan", "Brandon", "Tyler", "Kevin", "Jason", "Eric", "Kyle",
              "Jose", "Luis", "Carlos", "Juan", "Miguel", "Diego", "Marcus", "Darnell", "Jamal",
              "Andre", "Terrence", "Raj", "Arjun", "Vikram", "Kenji", "Wei", "Minh", "Duc",
              "Brian", "Scott", "Travis", "Cody", "Dustin", "Garrett", "Nathan", "Ethan",
              "Logan", "Caleb", "Austin", "Derek", "Sean", "Patrick"]
US_LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
           "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson",
           "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson",
           "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker",
           "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores",
           "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell",
           "Carter", "Roberts", "Patel", "Shah", "Kim", "Park", "Chen", "Wang", "Tran",
           "Washington", "Jefferson", "Brooks", "Kowalski", "Novak", "O'Brien", "Sullivan",
           "Murphy", "Fitzgerald", "Schmidt", "Becker", "Larson", "Olson", "Hansen",
           "Castillo", "Reyes", "Morales", "Ortiz", "Gutierrez", "Bennett", "Foster",
           "Hayes", "Price", "Russell", "Griffin", "Coleman", "Jenkins", "Perry", "Powell"]
OLD_FIRST_F = ["Dorothy", "Barbara", "Linda", "Carol", "Shirley", "Judith", "Patricia", "Joan",
               "Margaret", "Betty", "Eleanor", "Gloria", "Ruth", "Martha"]
OLD_FIRST_M = ["Frank", "Harold", "Walter", "Raymond", "Gerald", "Donald", "Richard", "Kenneth"]
CA_FIRST = ["Émilie", "Geneviève", "Mathieu", "Étienne", "Chantal", "Marc-André", "Isabelle",
            "Liam", "Noah", "Avery", "Brooke", "Connor", "Owen", "Harpreet", "Gurpreet",
            "Jasleen", "Wei", "Sophie", "Félix", "Nathalie"]
CA_LAST = ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie",
           "Fortin", "Gagné", "MacDonald", "Campbell", "Stewart", "Wilson", "Thompson",
           "Singh", "Sandhu", "Gill", "Wong", "Li", "Leblanc", "Pelletier", "Bélanger"]
UK_FIRST = ["Oliver", "Harry", "George", "Jack", "Charlie", "Alfie", "Amelia", "Isla",
            "Poppy", "Ella", "Freya", "Imogen", "Rhys", "Callum", "Fiona", "Siobhan",
            "Aoife", "Niamh", "Ciaran", "Eilidh", "Hamish", "Gemma", "Kirsty", "Nadia"]
UK_LAST = ["Smith", "Jones", "Taylor", "Davies", "Evans", "Thomas", "Roberts", "Walker",
           "Wright", "Hughes", "Edwards", "Green", "Hall", "Wood", "Clarke", "Patel",
           "Khan", "Ahmed", "Campbell", "MacLeod", "Fraser", "Murray", "Byrne", "Kelly",
           "O'Connor", "Doyle", "Pritchard", "Ashworth"]
AU_FIRST = ["Lachlan", "Matilda", "Jarrah", "Isla"]
AU_LAST = ["Whitfield", "Nguyen", "McKenzie", "Kelly"]

# US states: code, name, weight, [(city, zip3, [area codes])]
US_STATES = [
    ("CA", "California", 18, [("Los Angeles", "900", ["213", "323"]), ("San Francisco", "941", ["415"]),
                              ("San Diego", "921", ["619", "858"]), ("Sacramento", "958", ["916"]),
                              ("San Jose", "951", ["408"]), ("Oakland", "946", ["510"])]),
    ("TX", "Texas", 11, [("Houston", "770", ["713", "832"]), ("Dallas", "752", ["214", "469"]),
                         ("Austin", "787", ["512"]), ("San Antonio", "782", ["210"])]),
    ("FL", "Florida", 9, [("Miami", "331", ["305"]), ("Orlando", "328", ["407"]),
                          ("Tampa", "336", ["813"]), ("Jacksonville", "322", ["904"])]),
    ("NY", "New York", 8, [("New York", "100", ["212", "646"]), ("Brooklyn", "112", ["718", "347"]),
                           ("Buffalo", "142", ["716"]), ("Rochester", "146", ["585"]), ("Albany", "122", ["518"])]),
    ("PA", "Pennsylvania", 5, [("Philadelphia", "191", ["215", "267"]), ("Pittsburgh", "152", ["412"])]),
    ("IL", "Illinois", 5, [("Chicago", "606", ["312", "773"]), ("Naperville", "605", ["630"])]),
    ("OH", "Ohio", 4, [("Columbus", "432", ["614"]), ("Cleveland", "441", ["216"]), ("Cincinnati", "452", ["513"])]),
    ("GA", "Georgia", 4, [("Atlanta", "303", ["404", "678"]), ("Savannah", "314", ["912"])]),
    ("NC", "North Carolina", 4, [("Charlotte", "282", ["704", "980"]), ("Raleigh", "276", ["919"])]),
    ("MI", "Michigan", 3, [("Detroit", "482", ["313"]), ("Grand Rapids", "495", ["616"]), ("Ann Arbor", "481", ["734"])]),
    ("NJ", "New Jersey", 3, [("Newark", "071", ["973"]), ("Jersey City", "073", ["201"])]),
    ("VA", "Virginia", 3, [("Richmond", "232", ["804"]), ("Arlington", "222", ["703", "571"])]),
    ("WA", "Washington", 3, [("Seattle", "981", ["206"]), ("Spokane", "992", ["509"]), ("Tacoma", "984", ["253"])]),
    ("AZ", "Arizona", 3, [("Phoenix", "850", ["602", "480"]), ("Tucson", "857", ["520"])]),
    ("MA", "Massachusetts", 3, [("Boston", "021", ["617", "857"]), ("Worcester", "016", ["508"])]),
    ("TN", "Tennessee", 2, [("Nashville", "372", ["615"]), ("Memphis", "381", ["901"])]),
    ("IN", "Indiana", 2, [("Indianapolis", "462", ["317"])]),
    ("MO", "Missouri", 2, [("St. Louis", "631", ["314"]), ("Kansas City", "641", ["816"])]),
    ("MD", "Maryland", 2, [("Baltimore", "212", ["410", "443"])]),
    ("WI", "Wisconsin", 2, [("Milwaukee", "532", ["414"]), ("Madison", "537", ["608"])]),
    ("CO", "Colorado", 2, [("Denver", "802", ["303", "720"]), ("Colorado Springs", "809", ["719"])]),
    ("MN", "Minnesota", 2, [("Minneapolis", "554", ["612"]), ("Saint Paul", "551", ["651"])]),
    ("SC", "South Carolina", 1.5, [("Charleston", "294", ["843"]), ("Columbia", "292", ["803"])]),
    ("AL", "Alabama", 1.5, [("Birmingham", "352", ["205"])]),
    ("LA", "Louisiana", 1.5, [("New Orleans", "701", ["504"])]),
    ("KY", "Kentucky", 1.3, [("Louisville", "402", ["502"])]),
    ("OR", "Oregon", 1.5, [("Portland", "972", ["503", "971"]), ("Eugene", "974", ["541"])]),
    ("OK", "Oklahoma", 1.2, [("Oklahoma City", "731", ["405"]), ("Tulsa", "741", ["918"])]),
    ("CT", "Connecticut", 1.1, [("Hartford", "061", ["860"]), ("New Haven", "065", ["203"])]),
    ("UT", "Utah", 1.1, [("Salt Lake City", "841", ["801", "385"])]),
    ("IA", "Iowa", 1, [("Des Moines", "503", ["515"])]),
    ("NV", "Nevada", 1, [("Las Vegas", "891", ["702"]), ("Reno", "895", ["775"])]),
    ("NM", "New Mexico", 0.7, [("Albuquerque", "871", ["505"])]),
    ("KS", "Kansas", 0.8, [("Wichita", "672", ["316"])]),
    ("NE", "Nebraska", 0.6, [("Omaha", "681", ["402"])]),
    ("ID", "Idaho", 0.6, [("Boise", "837", ["208"])]),
    ("HI", "Hawaii", 0.5, [("Honolulu", "968", ["808"])]),
    ("NH", "New Hampshire", 0.4, [("Manchester", "031", ["603"])]),
    ("ME", "Maine", 0.4, [("Portland", "041", ["207"])]),
    ("RI", "Rhode Island", 0.4, [("Providence", "029", ["401"])]),
    ("DC", "District of Columbia", 0.4, [("Washington", "200", ["202"])]),
    ("VT", "Vermont", 0.3, [("Burlington", "054", ["802"])]),
    ("MT", "Montana", 0.3, [("Missoula", "598", ["406"])]),
    ("AK", "Alaska", 0.3, [("Anchorage", "995", ["907"])]),
    ("PR", "Puerto Rico", 0.5, [("San Juan", "009", ["787", "939"])]),
    ("AR", "Arkansas", 0.6, [("Little Rock", "722", ["501"])]),
    ("WV", "West Virginia", 0.4, [("Morgantown", "265", ["304"])]),
    ("SD", "South Dakota", 0.3, [("Sioux Falls", "571", ["605"])]),
    ("WY", "Wyoming", 0.2, [("Cheyenne", "820", ["307"])]),
]
STATE_BY_CODE = {s[0]: s for s in US_STATES}

CA_CITIES = [  # city, province code, province name, FSAs, area codes, streets
    ("Toronto", "ON", "Ontario", ["M5V", "M4C", "M6G", "M6P"], ["416", "647"], ["King St W", "Queen St E", "Bloor St W", "Dundas St W"]),
    ("Ottawa", "ON", "Ontario", ["K1P", "K2P", "K1S"], ["613"], ["Elgin St", "Bank St", "Somerset St W"]),
    ("Vancouver", "BC", "British Columbia", ["V6B", "V5K", "V6K"], ["604", "778"], ["Robson St", "Commercial Dr", "W 4th Ave"]),
    ("Montréal", "QC", "Québec", ["H2X", "H3Z", "H2J"], ["514", "438"], ["rue Saint-Denis", "avenue du Mont-Royal Est", "rue Rachel Est"]),
    ("Calgary", "AB", "Alberta", ["T2P", "T3A"], ["403", "587"], ["17 Ave SW", "Centre St N"]),
    ("Halifax", "NS", "Nova Scotia", ["B3H", "B3K"], ["902"], ["Spring Garden Rd", "Robie St"]),
    ("Winnipeg", "MB", "Manitoba", ["R3T", "R3M"], ["204"], ["Corydon Ave", "Pembina Hwy"]),
]
UK_CITIES = [  # city, county, postcode districts, landline prefix (national, no 0)
    ("London", "", ["SW11", "N16", "E8", "SE15", "NW5"], "20"),
    ("Manchester", "Greater Manchester", ["M14", "M20", "M21"], "161"),
    ("Bristol", "", ["BS6", "BS3", "BS7"], "117"),
    ("Leeds", "West Yorkshire", ["LS6", "LS8"], "113"),
    ("Edinburgh", "", ["EH9", "EH6", "EH10"], "131"),
    ("Glasgow", "", ["G12", "G41"], "141"),
    ("Cardiff", "", ["CF24", "CF11"], "29"),
]
US_STREETS = ["Maple", "Oak", "Cedar", "Pine", "Elm", "Washington", "Lincoln", "Park", "Lake",
              "Hillcrest", "Sunset", "Highland", "Jefferson", "Madison", "Main", "Church",
              "Willow", "Walnut", "Chestnut", "Spruce", "Magnolia", "Dogwood", "Ridge", "Meadow",
              "Forest", "River", "Spring", "Prospect", "Franklin", "Grant", "3rd", "5th", "12th",
              "Mill", "Orchard", "Cherry", "Birch", "Laurel", "Sycamore", "Vine"]
US_SUFFIX = ["St", "Ave", "Dr", "Ln", "Blvd", "Rd", "Ct", "Way", "Pl", "Ter"]
CA_STREETS = ["King St W", "Queen St E", "Bloor St W", "Dundas St W", "rue Saint-Denis",
              "avenue du Mont-Royal Est", "Robson St", "Commercial Dr", "Elgin St", "Bank St",
              "17 Ave SW", "Spring Garden Rd", "Corydon Ave"]
UK_STREETS = ["Harcourt Road", "Albert Street", "Victoria Road", "Church Lane", "Mill Road",
              "Stanley Grove", "Queen's Drive", "Marlborough Avenue", "Kingsway", "Cromwell Road",
              "Park Terrace", "Beechwood Close", "Station Road", "Highfield Crescent"]

US_MAIL = ["gmail.com"] * 10 + ["yahoo.com"] * 3 + ["outlook.com", "hotmail.com", "icloud.com",
                                                      "icloud.com", "aol.com", "comcast.net",
                                                      "att.net", "verizon.net", "me.com", "protonmail.com"]
CA_MAIL_CC = ["sympatico.ca", "shaw.ca", "videotron.ca"]
CA_MAIL_GEN = ["gmail.com", "rogers.com", "outlook.com", "hotmail.com"]
UK_MAIL_CC = ["yahoo.co.uk", "hotmail.co.uk", "btinternet.co.uk"]
UK_MAIL_GEN = ["gmail.com", "sky.com", "outlook.com", "btinternet.com"]

UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.102 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.107 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; moto g power (2023)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.6668.100 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
    "Snapwell/4.18.2 (iPhone; iOS 17.6.1; Scale/3.00)",
    "Snapwell/4.18.2 (Android 14; SM-A546U)",
]
BOT_UAS = [("66.249.66.", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"),
           ("40.77.167.", "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)"),
           ("17.241.219.", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.1.1 Safari/605.1.15 (Applebot/0.1; +http://www.apple.com/go/applebot)")]

PRODUCTS = [  # sku, name, price cents
    ("PR-4X6-GL", "4x6 Glossy Print", 29), ("PR-4X6-MT", "4x6 Matte Print", 29),
    ("PR-5X7-GL", "5x7 Glossy Print", 99), ("PR-8X10-LU", "8x10 Lustre Print", 399),
    ("PB-8X8-HC", "8x8 Hardcover Photo Book", 2999), ("PB-11X8-LF", "11x8 Layflat Photo Book", 5499),
    ("CV-16X20", "16x20 Canvas Print", 6999), ("CV-11X14", "11x14 Canvas Print", 4499),
    ("MG-11OZ-W", "11oz White Photo Mug", 1499), ("CAL-WALL-24", "2025 Wall Calendar", 2199),
    ("CD-5X7-HOL", "5x7 Holiday Card (pack of 25)", 3499), ("MT-8X10-BLK", "8x10 Black Frame + Mat", 2499),
    ("PZ-252", "252-piece Photo Puzzle", 2799), ("BL-50X60", "50x60 Fleece Photo Blanket", 5999),
    ("MAG-3X3-9", "3x3 Photo Magnets (9 pack)", 1599), ("AC-8X12", "8x12 Metal Print", 3999),
]

# ----------------------------------------------------------------------------
# IP pools (country certain): large national ISP allocations
#   US: Comcast 73.0.0.0/8 and Comcast IPv6 2601::/20
#   CA: Rogers Communications 99.224.0.0/11
#   GB: British Telecom 86.128.0.0/10 (btcentralplus)
# ----------------------------------------------------------------------------
def ip_for(country):
    if country == "US":
        if R.random() < 0.2:
            return "2601:%x:%x:%x:%x:%x:%x:%x" % (R.randint(0x0, 0xfff), R.randint(0, 0xffff), R.randint(0, 0xffff),
                                               R.randint(0, 0xffff), R.randint(0, 0xffff), R.randint(0, 0xffff),
                                               R.randint(1, 0xffff))
        return "73.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    if country == "CA":
        return "99.%d.%d.%d" % (R.randint(224, 255), R.randint(0, 255), R.randint(1, 254))
    if country == "GB":
        return "86.%d.%d.%d" % (R.randint(128, 191), R.randint(0, 255), R.randint(1, 254))
    raise ValueError(country)


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def slug(s):
    return "".join(c for c in ascii_fold(s).lower() if c.isalnum())


# phone helpers -------------------------------------------------------------
def us_local(area):
    ex = R.randint(201, 989)
    while ex in (555, 211, 311, 411, 511, 611, 711, 811, 911) or ex % 100 == 11:
        ex = R.randint(201, 989)
    return area, "%03d" % ex, "%04d" % R.randint(0, 9999)


def fmt_nanp(parts, style):
    a, e, n = parts
    if style == "intl":
        return R.choice(["+1 %s-%s-%s", "+1 (%s) %s-%s", "+1%s%s%s", "+1 %s %s %s"]) % (a, e, n)
    return R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "(%s)%s-%s"]) % (a, e, n)


def uk_mobile(style):
    d = "7%d%02d" % (R.randint(4, 9), R.randint(0, 99))
    rest = "%06d" % R.randint(0, 999999)
    if d.startswith("7700"):
        d = "7712"
    if style == "intl":
        return R.choice(["+44 %s %s", "+44%s%s", "+44 (0)%s %s"]) % (d, rest)
    return "0%s %s" % (d, rest)


US_AREA_ANY = [ac for s in US_STATES for c in s[3] for ac in c[2]]

# time helpers --------------------------------------------------------------
UTC = timezone.utc
NOW = datetime(2024, 11, 15, 9, 30, tzinfo=UTC)


def rand_dt(start, end):
    s = start.timestamp()
    e = end.timestamp()
    return datetime.fromtimestamp(R.uniform(s, e), tz=UTC).replace(microsecond=R.randint(0, 999999))


def pgts(dt):
    return dt.strftime("%Y-%m-%d %H:%M:%S.%f") + "+00"


# ----------------------------------------------------------------------------
# people
# ----------------------------------------------------------------------------
PEOPLE = []          # all natural persons
USED_EMAILS = set()
USED_USERNAMES = set()


def new_person(kind, first, last):
    p = {"id": "p%04d" % (len(PEOPLE) + 1), "kind": kind, "first": first, "last": last,
         "cats": set(), "sig": [], "emails": [], "phones": []}
    PEOPLE.append(p)
    return p


def add_sig(p, kind, country, sub=None, basis=None):
    p["sig"].append((kind, country, sub, basis))


def make_email(p, domain):
    f, l = slug(p["first"]), slug(p["last"])
    pats = [f + "." + l, f + l, f[0] + l, f + "_" + l, l + f[0], f + "." + l + str(R.randint(1, 99)),
            f + l + str(R.randint(60, 99)), f + str(R.randint(100, 9999)), f[0] + "." + l]
    for _ in range(50):
        e = R.choice(pats) + "@" + domain
        if e not in USED_EMAILS:
            USED_EMAILS.add(e)
            return e
        pats.append(f + l + str(R.randint(1, 9999)))
    raise RuntimeError


def make_username(p):
    f, l = slug(p["first"]), slug(p["last"])
    pats = [f + "." + l[0], f + l[0] + str(R.randint(1, 99)), f + "_" + l, l + f[0] + str(R.randint(1, 999)),
            f + "shoots", "shutterbug_" + f, f + "." + l, f + "_clicks", f[0] + l, f + str(R.randint(80, 2005)),
            "mama" + l if R.random() < 0.1 else f + "pics"]
    for _ in range(60):
        u = R.choice(pats)
        if u not in USED_USERNAMES:
            USED_USERNAMES.add(u)
            return u
        pats.append(f + l[0] + str(R.randint(100, 9999)))
    raise RuntimeError


def cc_of_email(e):
    d = e.rsplit("@", 1)[1]
    tld = d.rsplit(".", 1)[1]
    return {"uk": "GB", "ca": "CA", "au": "AU", "ie": "IE"}.get(tld)


def pick_state():
    tot = sum(s[2] for s in US_STATES)
    x = R.uniform(0, tot)
    for s in US_STATES:
        x -= s[2]
        if x <= 0:
            return s
    return US_STATES[0]


def us_address(mode):
    """mode: abbr | full | zip (state column empty) """
    st = pick_state()
    city, z3, acs = R.choice(st[3])
    zipc = z3 + "%02d" % R.randint(1, 99)
    if R.random() < 0.12:
        zipc += "-%04d" % R.randint(1, 9999)
    line1 = "%d %s %s" % (R.choice([R.randint(10, 99), R.randint(100, 999), R.randint(1000, 9999), R.randint(10000, 29999)]),
                          R.choice(US_STREETS), R.choice(US_SUFFIX))
    if st[0] == "PR":
        line1 = "%d Calle %s" % (R.randint(1, 999), R.choice(["Loíza", "San Francisco", "Del Parque", "Las Flores", "Luna"]))
    line2 = R.choice([None] * 6 + ["Apt %d%s" % (R.randint(1, 30), R.choice("ABCD")), "Unit %d" % R.randint(1, 400),
                                    "#%d" % R.randint(100, 2400)])
    state = {"abbr": st[0], "full": st[1], "zip": None}[mode]
    country = R.choice(["US"] * 14 + ["USA", "United States", None])
    return {"line1": line1, "line2": line2, "city": city, "state": state, "postal_code": zipc,
            "country": country, "_cc": "US", "_sub": "US-" + st[0], "_acs": acs, "_mode": mode}


def ca_address():
    city, pc, pn, fsas, acs, streets = R.choice(CA_CITIES)
    L = "ABCEGHJKLMNPRSTVWXYZ"
    post = "%s %d%s%d" % (R.choice(fsas), R.randint(0, 9), R.choice(L), R.randint(0, 9))
    return {"line1": "%d %s" % (R.randint(10, 2999), R.choice(streets)),
            "line2": R.choice([None, None, "Apt %d" % R.randint(100, 2500), "Unit %d" % R.randint(1, 40)]),
            "city": city, "state": R.choice([pc, pc, pn]), "postal_code": post, "country": "CA",
            "_cc": "CA", "_sub": None, "_acs": acs, "_mode": "ca"}


def uk_address():
    city, county, dists, lp = R.choice(UK_CITIES)
    L = "ABDEFGHJLNPQRSTUWXYZ"
    post = "%s %d%s%s" % (R.choice(dists), R.randint(1, 9), R.choice(L), R.choice(L))
    return {"line1": "%d %s" % (R.randint(1, 220), R.choice(UK_STREETS)),
            "line2": R.choice([None, None, None, "Flat %d" % R.randint(1, 12), "Flat %s" % R.choice("ABC")]),
            "city": city, "state": county or None, "postal_code": post, "country": R.choice(["GB", "GB", "GB", "UK"]),
            "_cc": "GB", "_sub": None, "_lp": lp, "_mode": "uk"}


def addr_signal(p, a):
    cc = a["_cc"]
    sub = None
    basis = None
    if cc == "US":
        if a["state"]:
            sub, basis = a["_sub"], "state"
        else:
            sub, basis = a["_sub"], "zip"
    add_sig(p, "address", cc, sub, basis)
    p["cats"].add("location")


# ----------------------------------------------------------------------------
# build the user base
# ----------------------------------------------------------------------------
plan_w = [("free", 62), ("plus", 25), ("pro", 13)]


def wpick(pairs):
    t = sum(w for _, w in pairs)
    x = R.uniform(0, t)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


# groups of users: (group, count)
USER_GROUPS = ([("us_addr", 108), ("ca_addr", 10), ("gb_addr", 8)] +
               [("nl_country", 8), ("phone_only", 5), ("place_only", 5), ("ip_only", 8),
                ("cctld_only", 3), ("unknown", 5)])
CONFLICTS_PLAN = {"us_gbphone": 2, "gb_usphone": 1, "ca_gbphone": 1}

users = []
for grp, n in USER_GROUPS:
    for i in range(n):
        users.append({"grp": grp})
R.shuffle(users)

# choose conflict users
us_idx = [i for i, u in enumerate(users) if u["grp"] == "us_addr"]
gb_idx = [i for i, u in enumerate(users) if u["grp"] == "gb_addr"]
ca_idx = [i for i, u in enumerate(users) if u["grp"] == "ca_addr"]
for i in R.sample(us_idx, 2):
    users[i]["conflict"] = "GB"
users[R.choice(gb_idx)]["conflict"] = "US"
users[R.choice(ca_idx)]["conflict"] = "GB"

# countries for no-address groups
nl_countries = ["US", "US", "US", "US", "US", "CA", "GB", "IE"]
phone_only_c = ["US", "US", "US", "US", "GB"]
place_only = [("Chicago", "US"), ("Seattle", "US"), ("Toronto", "CA"), ("Glasgow", "GB"), ("Denver", "US")]
ip_only_c = ["US"] * 6 + ["CA", "GB"]
cctld_only_c = ["GB", "GB", "CA"]
ctr = {"nl_country": 0, "phone_only": 0, "place_only": 0, "ip_only": 0, "cctld_only": 0}

START_SIGNUP = datetime(2019, 3, 1, tzinfo=UTC)

for uid, u in enumerate(users, start=1):
    u["id"] = uid
    g = u["grp"]
    if g in ctr:
        k = ctr[g]
        ctr[g] += 1
    if g == "us_addr":
        home = "US"
    elif g == "ca_addr":
        home = "CA"
    elif g == "gb_addr":
        home = "GB"
    elif g == "nl_country":
        home = nl_countries[k]
    elif g == "phone_only":
        home = phone_only_c[k]
    elif g == "place_only":
        home = place_only[k][1]
        u["place"] = place_only[k][0]
    elif g == "ip_only":
        home = ip_only_c[k]
    elif g == "cctld_only":
        home = cctld_only_c[k]
    else:
        home = None
    u["home"] = home
    if home == "CA":
        first, last = R.choice(CA_FIRST), R.choice(CA_LAST)
    elif home in ("GB", "IE"):
        first, last = R.choice(UK_FIRST), R.choice(UK_LAST)
    elif u.get("conflict") == "GB" and home == "US":
        first, last = R.choice(UK_FIRST), R.choice(UK_LAST)  # British expat
    else:
        first = R.choice(US_FIRST_F if R.random() < 0.62 else US_FIRST_M)  # photo-book buyers skew female
        last = R.choice(US_LAST)
    p = new_person("user", first, last)
    u["p"] = p
    # email
    if g == "cctld_only":
        dom = R.choice(UK_MAIL_CC) if home == "GB" else R.choice(CA_MAIL_CC)
    elif home == "CA":
        dom = R.choice(CA_MAIL_CC + CA_MAIL_GEN + CA_MAIL_GEN)
    elif home in ("GB",):
        dom = R.choice(UK_MAIL_CC + UK_MAIL_GEN)
    elif home == "IE":
        dom = "gmail.com"
    else:
        dom = R.choice(US_MAIL)
    if u.get("conflict") == "GB" and home == "US":
        dom = "gmail.com"
    u["email"] = make_email(p, dom)
    p["emails"].append(u["email"])
    cc = cc_of_email(u["email"])
    if cc:
        add_sig(p, "email_cctld", cc)
    u["username"] = make_username(p)
    u["created"] = rand_dt(START_SIGNUP, datetime(2024, 10, 20, tzinfo=UTC))
    u["plan"] = wpick(plan_w)
    u["status"] = wpick([("active", 90), ("suspended", 2), ("closed", 4), ("pending_verification", 4)])
    if g in ("unknown", "cctld_only"):
        u["status"] = R.choice(["pending_verification", "active"])
        u["plan"] = "free"
    u["addresses"] = []
    u["phone_nat"] = None   # (parts) the user's own phone
    # addresses
    if g in ("us_addr", "ca_addr", "gb_addr"):
        nadr = 1 if R.random() < 0.7 else 2
        for j in range(nadr):
            if home == "US":
                if j == 0:
                    mode = wpick([("abbr", 70), ("full", 15), ("zip", 15)])
                    a = us_address(mode)
                else:
                    # a work address in the same state, same style
                    st = STATE_BY_CODE[u["addresses"][0]["_sub"][3:]]
                    a = None
                    while a is None or a["_sub"] != u["addresses"][0]["_sub"]:
                        a = us_address(u["addresses"][0]["_mode"])
                    a["line2"] = R.choice(["Suite %d" % R.randint(100, 900), "Floor %d" % R.randint(2, 30), None])
            elif home == "CA":
                a = None
                while a is None or (j and a["city"] != u["addresses"][0]["city"]):
                    a = ca_address()
            else:
                a = uk_address()
            a["label"] = "Home" if j == 0 else "Work"
            a["recipient"] = "%s %s" % (first, last)
            a["is_default"] = j == 0
            u["addresses"].append(a)
        a0 = u["addresses"][0]
        if home == "US":
            u["phone_nat"] = ("US", us_local(R.choice(a0["_acs"])))
        elif home == "CA":
            u["phone_nat"] = ("CA", us_local(R.choice(a0["_acs"])))
        else:
            u["phone_nat"] = ("GB", None)
    elif g == "phone_only":
        if home == "US":
            u["phone_nat"] = ("US", us_local(R.choice(US_AREA_ANY)))
        else:
            u["phone_nat"] = ("GB", None)
    else:
        if R.random() < 0.4 and g not in ("unknown", "cctld_only", "ip_only"):
            u["phone_nat"] = ("US", us_local(R.choice(US_AREA_ANY)))
    # foreign phone of conflict users
    if u.get("conflict"):
        u["phone_nat"] = None
        u["foreign_phone"] = u["conflict"]

    # activity / login
    u["in_log"] = g not in ("unknown", "cctld_only") and (g == "ip_only" or R.random() < 0.75)
    if home not in ("US", "CA", "GB"):
        u["in_log"] = False
    if g in ("unknown", "cctld_only") or home not in ("US", "CA", "GB"):
        u["last_login"] = None if g in ("unknown", "cctld_only") else rand_dt(u["created"], datetime(2024, 10, 31, tzinfo=UTC))
        u["last_ip"] = None
    else:
        u["last_login"] = rand_dt(max(u["created"], datetime(2024, 6, 1, tzinfo=UTC)), datetime(2024, 11, 14, 22, tzinfo=UTC)) \
            if u["in_log"] or R.random() < 0.7 else rand_dt(u["created"], datetime(2024, 10, 31, tzinfo=UTC))
        u["ip_home"] = home if home in ("US", "CA", "GB") else "GB"
        u["ips"] = [ip_for(u["ip_home"]) for _ in range(R.choice([1, 1, 2]))]
        u["last_ip"] = u["ips"][0]
    u["uas"] = R.sample(UAS, R.choice([1, 1, 2]))

# ----------------------------------------------------------------------------
# profile location (free text) for some users
# ----------------------------------------------------------------------------
for u in users:
    u["profile_location"] = None
    if u["grp"] == "place_only":
        u["profile_location"] = u["place"]
    elif u["addresses"] and R.random() < 0.3:
        a = u["addresses"][0]
        if a["_cc"] == "US":
            u["profile_location"] = R.choice(["%s, %s" % (a["city"], a["_sub"][3:]), a["city"],
                                              "%s, %s" % (a["city"], STATE_BY_CODE[a["_sub"][3:]][1])])
        elif a["_cc"] == "CA":
            u["profile_location"] = R.choice([a["city"], "%s, Canada" % a["city"]])
        else:
            u["profile_location"] = R.choice([a["city"], "%s, UK" % a["city"]])

# ----------------------------------------------------------------------------
# gift recipients (separate natural persons: name + shipping address)
# ----------------------------------------------------------------------------
gift_recips = []
givers = R.sample([u for u in users if u["addresses"] and u["home"] == "US"], 14)
for k, u in enumerate(givers):
    last = u["p"]["last"] if R.random() < 0.6 else R.choice(US_LAST)
    if k == 13:
        last = R.choice(UK_LAST)
    male = R.random() < 0.3
    rp = new_person("gift_recipient", R.choice(OLD_FIRST_M if male else OLD_FIRST_F), last)
    if k == 13:
        a = uk_address()
    elif k == 12:
        a = ca_address()
    else:
        a = us_address(wpick([("abbr", 60), ("full", 25), ("zip", 15)]))
    a["label"] = R.choice(["Grandpa", "Dad", "Uncle %s" % rp["first"], "Gift"] if male else
                          ["Mom", "Grandma", "Mom & Dad", "Aunt %s" % rp["first"], "Gift", "Nana"])
    a["recipient"] = "%s %s" % (rp["first"], rp["last"])
    a["is_default"] = False
    a["_person"] = rp
    u["addresses"].append(a)
    gift_recips.append(rp)

# ----------------------------------------------------------------------------
# SQL data
# ----------------------------------------------------------------------------
def copy_val(v):
    if v is None:
        return "\\N"
    if isinstance(v, bool):
        return "t" if v else "f"
    s = str(v)
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


B64 = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def bcrypt_like(cost):
    return "$2b$%02d$" % cost + "".join(R.choice(B64) for _ in range(53))


addr_rows = []
addr_id = 1000
for u in users:
    p = u["p"]
    for a in u["addresses"]:
        addr_id += 1
        a["id"] = addr_id
        owner = a.get("_person", p)
        phone = None
        if "_person" not in a and a["is_default"] and u["phone_nat"] and R.random() < 0.75:
            cc, parts = u["phone_nat"]
            if cc in ("US", "CA"):
                style = "intl" if R.random() < 0.15 else "nat"
                phone = fmt_nanp(parts, style)
                if style == "intl":
                    add_sig(p, "phone", cc)
            else:
                style = "intl" if R.random() < 0.6 else "nat"
                phone = uk_mobile(style)
                if style == "intl":
                    add_sig(p, "phone", "GB")
            p["cats"].add("phone")
            u["addr_phone"] = phone
        addr_rows.append([addr_id, u["id"], a["label"], a["recipient"], a["line1"], a["line2"], a["city"],
                          a["state"], a["postal_code"], a["country"], phone, a["is_default"],
                          pgts(rand_dt(u["created"], NOW - timedelta(days=3)))])
        owner["cats"].add("name")
        addr_signal(owner, a)

user_rows = []
for u in users:
    p = u["p"]
    pwd_changed = None
    if R.random() < 0.35:
        pwd_changed = pgts(rand_dt(u["created"], NOW - timedelta(days=1)))
    disp = R.choice(["%s %s" % (p["first"], p["last"]), "%s %s." % (p["first"], p["last"][0]), p["first"],
                     None, None])
    u["display_name"] = disp
    storage = R.randint(0, 40) * R.randint(1_000_000, 90_000_000) if u["status"] != "pending_verification" else 0
    user_rows.append([u["id"], str(uuid.UUID(int=R.getrandbits(128), version=4)), u["email"], u["username"],
                      bcrypt_like(R.choice([10, 12, 12])), p["first"], p["last"], disp, u["profile_location"],
                      u["plan"], u["status"], u["status"] != "pending_verification",
                      u["plan"] != "free" and R.random() < 0.5 or R.random() < 0.3,
                      storage, "RF" + "".join(R.choice(string.ascii_uppercase + string.digits) for _ in range(7)),
                      pgts(u["created"]), pgts(u["last_login"]) if u["last_login"] else None,
                      u["last_ip"], pwd_changed, pgts(max(u["created"], u["last_login"] or u["created"]) + timedelta(minutes=R.randint(0, 600)))])
    p["cats"].update(["email", "username", "password", "name", "account_type", "activity"])
    if u["last_ip"]:
        p["cats"].add("ip_address")
        add_sig(p, "ip", u["ip_home"])
    if u["profile_location"]:
        p["cats"].add("location")
        if u["grp"] == "place_only":
            add_sig(p, "place", u["home"])
        else:
            add_sig(p, "place", u["home"])

# albums and photos
CAMERAS = [("Apple", "iPhone 15 Pro"), ("Apple", "iPhone 13"), ("Apple", "iPhone 14"), ("samsung", "SM-S918U"),
           ("Google", "Pixel 8"), ("Canon", "Canon EOS R6"), ("Canon", "Canon EOS Rebel T7"), ("NIKON CORPORATION", "NIKON Z 6_2"),
           ("SONY", "ILCE-7M3"), ("FUJIFILM", "X-T4"), (None, None)]
ALBUM_TITLES = ["Summer 2024", "Beach Trip", "Christmas 2023", "Thanksgiving", "Wedding", "Graduation",
                "Fall Colors", "Our Puppy", "Family Reunion", "Road Trip", "Spring Break", "Vacation",
                "Halloween", "Birthday Party", "Backyard Garden", "Holiday Card Picks", "Hiking", "Cats",
                "Best of 2023", "New House", "Baby's First Year", "Camping 2024", "Disney", "Soccer Season"]
album_rows, photo_rows = [], []
album_id, photo_id = 5000, 880000
for u in users:
    if u["status"] == "pending_verification" or u["grp"] in ("unknown", "cctld_only"):
        u["albums"], u["photos"] = [], []
        continue
    u["albums"], u["photos"] = [], []
    for _ in range(R.choice([0, 1, 1, 2, 2, 3, 4])):
        album_id += 1
        ct = rand_dt(u["created"], NOW - timedelta(days=1))
        album_rows.append([album_id, u["id"], R.choice(ALBUM_TITLES), R.choice(["private", "private", "link", "public"]),
                           pgts(ct)])
        u["albums"].append((album_id, ct))
        u["p"]["cats"].add("activity")
        make, model = R.choice(CAMERAS)
        for _ in range(R.randint(2, 16)):
            photo_id += 1
            up = rand_dt(ct, min(NOW, ct + timedelta(days=40)))
            taken = up - timedelta(days=R.randint(0, 300), seconds=R.randint(0, 86400))
            fn = R.choice(["IMG_%04d.JPG" % R.randint(1, 9999), "IMG_%04d.HEIC" % R.randint(1, 9999),
                           "DSC%05d.JPG" % R.randint(1, 99999), "PXL_%s_%09d.jpg" % (taken.strftime("%Y%m%d"), R.randint(0, 235959999)),
                           "_MG_%04d.jpg" % R.randint(1, 9999)])
            photo_rows.append([photo_id, u["id"], album_id, fn, "u/%s/%s.jpg" % (format(u["id"], "x"), uuid.UUID(int=R.getrandbits(128), version=4)),
                               hashlib.sha256(str(R.random()).encode()).hexdigest(), R.randint(800_000, 14_000_000),
                               R.choice([4032, 6000, 4000, 3024]), R.choice([3024, 4000, 2268, 6000]), make, model,
                               pgts(taken) if make else None, pgts(up)])
            u["photos"].append(photo_id)

# orders
SHIP = [("usps_first_class", "USPS"), ("usps_priority", "USPS"), ("ups_ground", "UPS"), ("fedex_2day", "FedEx"),
        ("store_pickup", None)]
order_rows, item_rows = [], []
order_id = 41000
item_id = 300000
CARD_BRANDS = [("visa", 55), ("mastercard", 25), ("amex", 12), ("discover", 8)]


def usps_tracking():
    body = "9400" + "1" + "".join(R.choice(string.digits) for _ in range(16))
    # USPS mod-10 check digit
    digits = [int(c) for c in body]
    s = 0
    for i, d in enumerate(reversed(digits)):
        s += d * (3 if i % 2 == 0 else 1)
    chk = (10 - s % 10) % 10
    return body + str(chk)


def ups_tracking():
    return "1Z" + "".join(R.choice(string.ascii_uppercase[:6] + string.digits) for _ in range(6)) + "03" + \
        "".join(R.choice(string.digits) for _ in range(8))


for u in users:
    if not u["addresses"] or u["status"] == "pending_verification":
        u["orders"] = []
        continue
    u["orders"] = []
    brand = wpick(CARD_BRANDS)
    last4 = "%04d" % R.randint(0, 9999)
    exp_m, exp_y = R.randint(1, 12), R.randint(2025, 2030)
    for _ in range(R.choice([0, 1, 1, 2, 2, 3, 3, 4, 5, 7, 9])):
        order_id += 1
        placed = rand_dt(max(u["created"], datetime(2022, 1, 1, tzinfo=UTC)), NOW - timedelta(hours=5))
        onum = placed.strftime("%y%m%d") + "%08d" % R.randint(0, 99999999)
        a = R.choice(u["addresses"])
        method, carrier = R.choice(SHIP)
        status = "delivered" if placed < NOW - timedelta(days=10) else R.choice(["processing", "printed", "shipped", "delivered"])
        if R.random() < 0.04:
            status = R.choice(["cancelled", "refunded"])
        trk = None
        if carrier == "USPS" and status in ("shipped", "delivered"):
            trk = usps_tracking()
        elif carrier == "UPS" and status in ("shipped", "delivered"):
            trk = ups_tracking()
        elif carrier == "FedEx" and status in ("shipped", "delivered"):
            trk = "%012d" % R.randint(10 ** 11, 10 ** 12 - 1)
        nitems = R.choice([1, 1, 2, 2, 3, 4])
        sub = 0
        for _ in range(nitems):
            item_id += 1
            sku, pname, price = R.choice(PRODUCTS)
            qty = R.choice([1, 1, 1, 2, 3]) if price > 200 else R.choice([12, 24, 36, 48, 60, 100])
            ph = R.choice(u["photos"]) if u["photos"] else None
            item_rows.append([item_id, order_id, sku, pname, qty, price, ph])
            sub += qty * price
        ship = 0 if method == "store_pickup" else R.choice([399, 599, 899, 1299])
        tax = int(sub * R.choice([0, 0.06, 0.0725, 0.0825, 0.0875]))
        gift_msg = None
        if "_person" in a and R.random() < 0.8:
            gift_msg = R.choice(["Happy birthday %s! Love, %s" % (a["label"], u["p"]["first"]),
                                 "Merry Christmas! Love always, %s & the kids" % u["p"]["first"],
                                 "Thinking of you - %s" % u["p"]["first"],
                                 "For %s. Miss you! xo %s" % (a["recipient"].split()[0], u["p"]["first"])])
        elif R.random() < 0.05:
            gift_msg = "Happy anniversary! - %s" % u["p"]["first"]
        promo = R.choice([None] * 6 + ["HOLIDAY40", "FREESHIP49", "WELCOME20", "BOOKS50"])
        order_rows.append([order_id, onum, u["id"], a["id"], status, pgts(placed), sub, ship, tax, sub + ship + tax,
                           {"US": "USD", "CA": "CAD"}.get(u["home"], "GBP"),
                           method, carrier, trk, brand, last4, exp_m, exp_y, promo, gift_msg])
        u["orders"].append((onum, placed))
        u["p"]["cats"].add("activity")
        if gift_msg:
            u["p"]["cats"].add("name")
            if "For %s" % a["recipient"].split()[0] in gift_msg:
                a["_person"]["cats"].add("name")

# ----------------------------------------------------------------------------
# write pg_dump
# ----------------------------------------------------------------------------
TABLES = {
    "users": [("id", "bigint NOT NULL"), ("public_id", "uuid NOT NULL"), ("email", "character varying(254) NOT NULL"),
              ("username", "character varying(40) NOT NULL"), ("password_hash", "character varying(72) NOT NULL"),
              ("first_name", "character varying(80)"), ("last_name", "character varying(80)"),
              ("display_name", "character varying(120)"), ("profile_location", "character varying(120)"),
              ("plan", "public.plan_tier DEFAULT 'free'::public.plan_tier NOT NULL"),
              ("account_status", "character varying(24) DEFAULT 'active'::character varying NOT NULL"),
              ("email_verified", "boolean DEFAULT false NOT NULL"), ("marketing_opt_in", "boolean DEFAULT false NOT NULL"),
              ("storage_bytes_used", "bigint DEFAULT 0 NOT NULL"), ("referral_code", "character varying(12)"),
              ("created_at", "timestamp with time zone DEFAULT now() NOT NULL"),
              ("last_login_at", "timestamp with time zone"), ("last_login_ip", "inet"),
              ("password_changed_at", "timestamp with time zone"),
              ("updated_at", "timestamp with time zone DEFAULT now() NOT NULL")],
    "shipping_addresses": [("id", "bigint NOT NULL"), ("user_id", "bigint NOT NULL"), ("label", "character varying(40)"),
                           ("recipient_name", "character varying(120) NOT NULL"), ("line1", "character varying(200) NOT NULL"),
                           ("line2", "character varying(200)"), ("city", "character varying(100) NOT NULL"),
                           ("state", "character varying(60)"), ("postal_code", "character varying(16) NOT NULL"),
                           ("country", "character varying(32) DEFAULT 'US'::character varying"),
                           ("phone", "character varying(32)"), ("is_default", "boolean DEFAULT false NOT NULL"),
                           ("created_at", "timestamp with time zone DEFAULT now() NOT NULL")],
    "albums": [("id", "bigint NOT NULL"), ("user_id", "bigint NOT NULL"), ("title", "character varying(200) NOT NULL"),
               ("visibility", "character varying(12) DEFAULT 'private'::character varying NOT NULL"),
               ("created_at", "timestamp with time zone DEFAULT now() NOT NULL")],
    "photos": [("id", "bigint NOT NULL"), ("user_id", "bigint NOT NULL"), ("album_id", "bigint"),
               ("original_filename", "character varying(255)"), ("storage_key", "character varying(255) NOT NULL"),
               ("sha256", "character(64) NOT NULL"), ("bytes", "bigint NOT NULL"), ("width", "integer"), ("height", "integer"),
               ("exif_make", "character varying(64)"), ("exif_model", "character varying(64)"),
               ("taken_at", "timestamp with time zone"), ("uploaded_at", "timestamp with time zone DEFAULT now() NOT NULL")],
    "orders": [("id", "bigint NOT NULL"), ("order_number", "character varying(20) NOT NULL"), ("user_id", "bigint NOT NULL"),
               ("shipping_address_id", "bigint"), ("status", "character varying(20) NOT NULL"),
               ("placed_at", "timestamp with time zone NOT NULL"), ("subtotal_cents", "integer NOT NULL"),
               ("shipping_cents", "integer NOT NULL"), ("tax_cents", "integer NOT NULL"), ("total_cents", "integer NOT NULL"),
               ("currency", "character(3) DEFAULT 'USD'::bpchar NOT NULL"), ("shipping_method", "character varying(32)"),
               ("carrier", "character varying(16)"), ("tracking_number", "character varying(40)"),
               ("card_brand", "character varying(16)"), ("card_last4", "character(4)"), ("card_exp_month", "smallint"),
               ("card_exp_year", "smallint"), ("promo_code", "character varying(24)"), ("gift_message", "text")],
    "order_items": [("id", "bigint NOT NULL"), ("order_id", "bigint NOT NULL"), ("sku", "character varying(32) NOT NULL"),
                    ("product_name", "character varying(120) NOT NULL"), ("quantity", "integer NOT NULL"),
                    ("unit_price_cents", "integer NOT NULL"), ("photo_id", "bigint")],
}
ROWS = {"users": user_rows, "shipping_addresses": addr_rows, "albums": album_rows, "photos": photo_rows,
        "orders": order_rows, "order_items": item_rows}
FKS = [("shipping_addresses", "shipping_addresses_user_id_fkey", "user_id", "users"),
       ("albums", "albums_user_id_fkey", "user_id", "users"),
       ("photos", "photos_user_id_fkey", "user_id", "users"),
       ("photos", "photos_album_id_fkey", "album_id", "albums"),
       ("orders", "orders_user_id_fkey", "user_id", "users"),
       ("orders", "orders_shipping_address_id_fkey", "shipping_address_id", "shipping_addresses"),
       ("order_items", "order_items_order_id_fkey", "order_id", "orders"),
       ("order_items", "order_items_photo_id_fkey", "photo_id", "photos")]

out = io.StringIO()
w = out.write
w("--\n-- PostgreSQL database dump\n--\n\n")
w("-- Dumped from database version 15.8 (Ubuntu 15.8-1.pgdg22.04+1)\n-- Dumped by pg_dump version 15.8 (Ubuntu 15.8-1.pgdg22.04+1)\n\n")
for line in ["SET statement_timeout = 0;", "SET lock_timeout = 0;", "SET idle_in_transaction_session_timeout = 0;",
             "SET client_encoding = 'UTF8';", "SET standard_conforming_strings = on;",
             "SELECT pg_catalog.set_config('search_path', '', false);", "SET check_function_bodies = false;",
             "SET xmloption = content;", "SET client_min_messages = warning;", "SET row_security = off;"]:
    w(line + "\n")
w("\n--\n-- Name: plan_tier; Type: TYPE; Schema: public; Owner: snapwell_app\n--\n\n")
w("CREATE TYPE public.plan_tier AS ENUM (\n    'free',\n    'plus',\n    'pro'\n);\n\n\n")
w("ALTER TYPE public.plan_tier OWNER TO snapwell_app;\n\n")
w("SET default_tablespace = '';\n\nSET default_table_access_method = heap;\n\n")
for t, cols in TABLES.items():
    w("--\n-- Name: %s; Type: TABLE; Schema: public; Owner: snapwell_app\n--\n\n" % t)
    w("CREATE TABLE public.%s (\n" % t)
    w(",\n".join("    %s %s" % c for c in cols))
    w("\n);\n\n\nALTER TABLE public.%s OWNER TO snapwell_app;\n\n" % t)
    w("--\n-- Name: %s_id_seq; Type: SEQUENCE; Schema: public; Owner: snapwell_app\n--\n\n" % t)
    w("CREATE SEQUENCE public.%s_id_seq\n    START WITH 1\n    INCREMENT BY 1\n    NO MINVALUE\n    NO MAXVALUE\n    CACHE 1;\n\n\n" % t)
    w("ALTER TABLE public.%s_id_seq OWNER TO snapwell_app;\n\n" % t)
    w("--\n-- Name: %s_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: snapwell_app\n--\n\n" % t)
    w("ALTER SEQUENCE public.%s_id_seq OWNED BY public.%s.id;\n\n\n" % (t, t))
for t in TABLES:
    w("--\n-- Name: %s id; Type: DEFAULT; Schema: public; Owner: snapwell_app\n--\n\n" % t)
    w("ALTER TABLE ONLY public.%s ALTER COLUMN id SET DEFAULT nextval('public.%s_id_seq'::regclass);\n\n\n" % (t, t))
for t, cols in TABLES.items():
    w("--\n-- Data for Name: %s; Type: TABLE DATA; Schema: public; Owner: snapwell_app\n--\n\n" % t)
    w("COPY public.%s (%s) FROM stdin;\n" % (t, ", ".join(c[0] for c in cols)))
    for r in ROWS[t]:
        w("\t".join(copy_val(v) for v in r) + "\n")
    w("\\.\n\n\n")
for t in TABLES:
    mx = max(r[0] for r in ROWS[t])
    w("--\n-- Name: %s_id_seq; Type: SEQUENCE SET; Schema: public; Owner: snapwell_app\n--\n\n" % t)
    w("SELECT pg_catalog.setval('public.%s_id_seq', %d, true);\n\n\n" % (t, mx))
for t in TABLES:
    w("--\n-- Name: %s %s_pkey; Type: CONSTRAINT; Schema: public; Owner: snapwell_app\n--\n\n" % (t, t))
    w("ALTER TABLE ONLY public.%s\n    ADD CONSTRAINT %s_pkey PRIMARY KEY (id);\n\n\n" % (t, t))
w("--\n-- Name: users users_email_key; Type: CONSTRAINT; Schema: public; Owner: snapwell_app\n--\n\n")
w("ALTER TABLE ONLY public.users\n    ADD CONSTRAINT users_email_key UNIQUE (email);\n\n\n")
w("--\n-- Name: users users_username_key; Type: CONSTRAINT; Schema: public; Owner: snapwell_app\n--\n\n")
w("ALTER TABLE ONLY public.users\n    ADD CONSTRAINT users_username_key UNIQUE (username);\n\n\n")
w("--\n-- Name: orders_order_number_idx; Type: INDEX; Schema: public; Owner: snapwell_app\n--\n\n")
w("CREATE UNIQUE INDEX orders_order_number_idx ON public.orders USING btree (order_number);\n\n\n")
for t, name, col, ref in FKS:
    w("--\n-- Name: %s %s; Type: FK CONSTRAINT; Schema: public; Owner: snapwell_app\n--\n\n" % (t, name))
    w("ALTER TABLE ONLY public.%s\n    ADD CONSTRAINT %s FOREIGN KEY (%s) REFERENCES public.%s(id)%s;\n\n\n" %
      (t, name, col, ref, " ON DELETE CASCADE" if t in ("albums", "photos", "shipping_addresses") else ""))
w("--\n-- PostgreSQL database dump complete\n--\n\n")
with open(os.path.join(DATA, "snapwell_prod_2024-11-15.sql"), "w", encoding="utf-8") as f:
    f.write(out.getvalue())

# ----------------------------------------------------------------------------
# newsletter (Mailchimp-style audience export)
# ----------------------------------------------------------------------------
COUNTRY_NAME = {"US": "United States", "CA": "Canada", "GB": "United Kingdom", "IE": "Ireland", "AU": "Australia"}
nl_rows = []
for u in users:
    g = u["grp"]
    if g == "nl_country":
        inc, ctry = True, True
    elif g in ("unknown", "cctld_only", "ip_only", "phone_only", "place_only"):
        inc, ctry = False, False
    else:
        inc = R.random() < 0.6
        ctry = R.random() < 0.7
    if not inc:
        continue
    home = u["home"]
    cname = COUNTRY_NAME[home] if ctry else ""
    if ctry and home == "US" and R.random() < 0.1:
        cname = "USA"
    optin = rand_dt(u["created"], min(NOW, u["created"] + timedelta(days=R.randint(0, 400))))
    oip = ""
    if R.random() < 0.5 and u.get("ips"):
        oip = u["ips"][-1]
    nl_rows.append({"p": u["p"], "email": u["email"], "first": u["p"]["first"], "country": cname, "optin": optin,
                    "ip": oip, "tags": R.choice(['"customer"', '"customer","holiday-2023"', '"customer","photo-books"', ""])})
    u["p"]["cats"].update(["email", "name", "activity"])
    if cname:
        u["p"]["cats"].add("location")
        add_sig(u["p"], "address", home)
    if oip:
        u["p"]["cats"].add("ip_address")

nl_only = []
NLO = ([("US", "country")] * 12 + [("CA", "country")] * 3 + [("GB", "country")] * 3 + [("AU", "country"), ("IE", "country")] +
       [("US", "ip")] * 3 + [("GB", "ip")] + [("AU", "cctld"), ("GB", "cctld")] + [(None, "none")] * 4)
for home, how in NLO:
    if home == "CA":
        first, last = R.choice(CA_FIRST), R.choice(CA_LAST)
    elif home in ("GB", "IE"):
        first, last = R.choice(UK_FIRST), R.choice(UK_LAST)
    elif home == "AU":
        first, last = R.choice(AU_FIRST), R.choice(AU_LAST)
    else:
        first, last = R.choice(US_FIRST_F + US_FIRST_M), R.choice(US_LAST)
    p = new_person("newsletter_only", first, last)
    if how == "cctld":
        dom = "bigpond.com.au" if home == "AU" else R.choice(UK_MAIL_CC)
    elif home == "CA":
        dom = R.choice(CA_MAIL_GEN)
    elif home == "GB":
        dom = R.choice(UK_MAIL_GEN)
    elif home == "AU":
        dom = "gmail.com"
    else:
        dom = R.choice(US_MAIL)
    em = make_email(p, dom)
    p["emails"].append(em)
    if cc_of_email(em):
        add_sig(p, "email_cctld", cc_of_email(em))
    cname = ""
    if how == "country":
        cname = COUNTRY_NAME[home]
        add_sig(p, "address", home)
        p["cats"].add("location")
    oip = ""
    if how == "ip" or (how == "country" and home in ("US", "CA", "GB") and R.random() < 0.4):
        oip = ip_for(home)
        add_sig(p, "ip", home)
        p["cats"].add("ip_address")
    optin = rand_dt(datetime(2020, 1, 1, tzinfo=UTC), NOW - timedelta(days=2))
    # a few people typed only their e-mail on the footer form: no first name
    firstname = first if R.random() < 0.85 else ""
    if firstname:
        p["cats"].add("name")
    p["cats"].update(["email", "activity"])
    nl_rows.append({"p": p, "email": em, "first": firstname, "country": cname, "optin": optin, "ip": oip,
                    "tags": R.choice(['"footer-signup"', '"holiday-2023"', '"giveaway-spring24"', ""])})
    nl_only.append(p)

R.shuffle(nl_rows)
buf = io.StringIO()
cw = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
cw.writerow(["Email Address", "First Name", "Country", "MEMBER_RATING", "OPTIN_TIME", "OPTIN_IP", "CONFIRM_TIME",
             "CONFIRM_IP", "GMTOFF", "LAST_CHANGED", "LEID", "EUID", "NOTES", "TAGS"])
for r in nl_rows:
    conf = r["optin"] + timedelta(minutes=R.randint(1, 300))
    cw.writerow([r["email"], r["first"], r["country"], R.randint(1, 5), r["optin"].strftime("%Y-%m-%d %H:%M:%S"),
                 r["ip"], conf.strftime("%Y-%m-%d %H:%M:%S"), r["ip"] if r["ip"] else "", "",
                 (conf + timedelta(days=R.randint(0, 200))).strftime("%Y-%m-%d %H:%M:%S") if conf < NOW - timedelta(days=200) else conf.strftime("%Y-%m-%d %H:%M:%S"),
                 R.randint(100000000, 999999999), "".join(R.choice("0123456789abcdef") for _ in range(10)), "", r["tags"]])
with open(os.path.join(DATA, "newsletter_subscribed_members_export_2f9c1a.csv"), "w", encoding="utf-8", newline="") as f:
    f.write(buf.getvalue())

# ----------------------------------------------------------------------------
# support tickets (helpdesk JSON export)
# ----------------------------------------------------------------------------
AGENTS = [("Dana", "Whitaker"), ("Marcus", "Bell"), ("Priya", "Raman"), ("Tom", "Kessler")]
agents = []
for i, (f_, l_) in enumerate(AGENTS):
    ap = new_person("support_agent", f_, l_)
    ap["cats"].update(["name", "email"])
    agents.append({"id": 36001 + i, "p": ap, "name": "%s %s" % (f_, l_),
                   "email": "%s.%s@snapwellprints.com" % (f_.lower(), l_[0].lower())})

SUBJECTS = [("Order arrived damaged", "damaged"), ("Prints look too dark", "quality"), ("Where is my order?", "shipping"),
            ("Photo book missing pages", "quality"), ("Change shipping address", "address_change"),
            ("Charged twice", "billing"), ("Can't upload HEIC photos", "upload"), ("Cancel my order", "cancel"),
            ("Refund request", "billing"), ("Account locked", "account"), ("Delete my account", "privacy"),
            ("Promo code not working", "billing")]

tickets = []
tid = 118200


def phone_str_for(u, force_intl=None):
    """The requester phone as typed on the help form; returns (string, intl_country or None)."""
    if u.get("foreign_phone"):
        fc = u["foreign_phone"]
        if fc == "GB":
            return uk_mobile("intl"), "GB"
        parts = us_local(R.choice(US_AREA_ANY))
        return fmt_nanp(parts, "intl"), "US"
    if not u["phone_nat"]:
        return None, None
    cc, parts = u["phone_nat"]
    style = force_intl or ("intl" if R.random() < 0.4 else "nat")
    if cc in ("US", "CA"):
        return fmt_nanp(parts, style), (cc if style == "intl" else None)
    return uk_mobile(style), ("GB" if style == "intl" else None)


def body_for(kind, first, onum, phone, addr, agent_first):
    salut = R.choice(["Hi", "Hello", "Hi there", "Hey"])
    sig = R.choice(["Thanks, %s" % first, "Thank you!\n%s" % first, "- %s" % first, "Thanks"])
    call = (" You can call me at %s." % phone) if phone and R.random() < 0.7 else ""
    if kind == "damaged":
        t = "%s, my order %s arrived today and the canvas corner is crushed. The box was wet too.%s\n%s" % (salut, onum, call, sig)
    elif kind == "quality":
        t = "%s, the prints from order %s came out much darker than on my screen. Can you reprint them?\n%s" % (salut, onum, sig)
    elif kind == "shipping":
        t = "%s, it's been two weeks and order %s still shows 'printed'. It's a birthday gift!%s\n%s" % (salut, onum, call, sig)
    elif kind == "address_change" and addr:
        t = "%s, please ship order %s to my home address instead: %s, %s, %s.%s\n%s" % (
            salut, onum, addr["line1"], addr["city"], " ".join(x for x in (addr["state"], addr["postal_code"]) if x), call, sig)
    elif kind == "billing":
        t = "%s, I was charged twice for order %s, see my card statement.%s\n%s" % (salut, onum, call, sig)
    elif kind == "upload":
        t = "%s, the uploader keeps failing on photos from my iPhone (.HEIC). Tried Chrome and Safari.\n%s" % (salut, sig)
    elif kind == "privacy":
        t = "%s, please delete my account and all my photos.\n%s" % (salut, sig)
    else:
        t = "%s, I need help with my account / order %s.%s\n%s" % (salut, onum or "", call, sig)
    return t


def agent_reply(first, agent_first):
    return R.choice(["Hi %s,\n\nThanks for reaching out and sorry about this! I've requested a free reprint, it will ship in 3-5 business days.\n\nBest,\n%s\nSnapwell Support" % (first, agent_first),
                     "Hi %s,\n\nI've looked into this and issued a refund to your original payment method. Please allow 5-10 days.\n\n%s | Snapwell Support" % (first, agent_first),
                     "Hello %s,\n\nI've updated the shipping address on your order. Let us know if there's anything else.\n\n%s" % (first, agent_first),
                     "Hi %s, thanks for your patience. Your tracking shows the package is in transit. - %s" % (first, agent_first)])


def make_ticket(requester, is_user, u=None, guest=None):
    global tid
    tid += 1
    kind_subj, kind = R.choice(SUBJECTS)
    created = rand_dt(datetime(2024, 3, 1, tzinfo=UTC), NOW - timedelta(hours=6))
    ag = R.choice(agents)
    onum = None
    if u and u.get("orders"):
        onum = R.choice(u["orders"])[0]
    elif guest:
        onum = created.strftime("%y%m%d") + "%08d" % R.randint(0, 99999999)
    addr = None
    if u and u["addresses"] and kind == "address_change":
        addr = u["addresses"][0]
    comments = []
    body = body_for(kind, requester["name"].split()[0], onum, requester.get("phone_in_body"), addr, ag["p"]["first"])
    comments.append({"id": tid * 10 + 1, "author_id": requester["id"], "public": True, "body": body,
                     "created_at": created.strftime("%Y-%m-%dT%H:%M:%SZ")})
    t = created
    for _ in range(R.choice([0, 1, 1, 2])):
        t = t + timedelta(hours=R.randint(1, 30))
        comments.append({"id": tid * 10 + len(comments) + 1, "author_id": ag["id"], "public": True,
                         "body": agent_reply(requester["name"].split()[0], ag["p"]["first"]),
                         "created_at": t.strftime("%Y-%m-%dT%H:%M:%SZ")})
        ag["p"]["cats"].add("activity")
    status = R.choice(["solved", "solved", "closed", "open", "pending"])
    tk = {"id": tid, "url": "https://snapwell.zendesk.com/api/v2/tickets/%d.json" % tid,
          "subject": kind_subj, "status": status, "priority": R.choice(["normal", "normal", "low", "high"]),
          "via": {"channel": R.choice(["email", "web", "web", "chat"])},
          "created_at": created.strftime("%Y-%m-%dT%H:%M:%SZ"), "updated_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
          "requester": {k: v for k, v in requester.items() if k != "phone_in_body"},
          "assignee_id": ag["id"], "order_number": onum,
          "tags": [kind] + ([R.choice(["reprint", "refund"])] if kind in ("damaged", "quality") else []),
          "comments": comments,
          "satisfaction_rating": {"score": R.choice(["good", "good", "bad", "unoffered"])}}
    tickets.append(tk)
    return addr is not None, body


# tickets from users
ticket_users = [u for u in users if u["grp"] == "phone_only" or u.get("conflict")]
others = [u for u in users if u not in ticket_users and u["grp"] not in ("unknown", "cctld_only", "ip_only", "nl_country", "place_only")]
ticket_users += R.sample(others, 40)
zid = 9100000
for u in ticket_users:
    p = u["p"]
    if u["grp"] == "phone_only" or u.get("conflict"):
        ph, intl = phone_str_for(u, "intl")
    else:
        ph, intl = phone_str_for(u) if R.random() < 0.7 else (None, None)
    zid += R.randint(3, 400)
    req = {"id": zid, "name": "%s %s" % (p["first"], p["last"]), "email": u["email"], "phone": ph,
           "external_id": str(u["id"]), "phone_in_body": None}
    if ph:
        p["cats"].add("phone")
        if intl:
            add_sig(p, "phone", intl)
    # phone repeated in body sometimes, in national form
    if u["phone_nat"] and u["phone_nat"][0] in ("US", "CA") and R.random() < 0.5:
        req["phone_in_body"] = fmt_nanp(u["phone_nat"][1], "nat")
        p["cats"].add("phone")
    had_addr, body = make_ticket(req, True, u=u)
    p["cats"].update(["name", "email", "activity"])
    if had_addr:
        p["cats"].add("location")
    if R.random() < 0.2:
        make_ticket(req, True, u=u)

# guests (ordered as guest checkout or asked before signing up)
GUESTS = [("US", "intl")] * 4 + [("GB", "intl"), ("CA", "intl")] + [("US", "nat")] * 5 + [("GB", "cctld"), (None, "none"), (None, "none")]
guest_people = []
for home, how in GUESTS:
    if home == "GB":
        first, last = R.choice(UK_FIRST), R.choice(UK_LAST)
    elif home == "CA":
        first, last = R.choice(CA_FIRST), R.choice(CA_LAST)
    else:
        first, last = R.choice(US_FIRST_F + US_FIRST_M), R.choice(US_LAST)
    p = new_person("ticket_guest", first, last)
    if how == "cctld":
        dom = R.choice(UK_MAIL_CC)
    elif home == "GB":
        dom = R.choice(UK_MAIL_GEN)
    elif home == "CA":
        dom = R.choice(CA_MAIL_GEN)
    else:
        dom = R.choice(US_MAIL)
    em = make_email(p, dom)
    if cc_of_email(em):
        add_sig(p, "email_cctld", cc_of_email(em))
    ph = None
    if how == "intl":
        if home == "GB":
            ph = uk_mobile("intl")
        elif home == "CA":
            ph = fmt_nanp(us_local(R.choice(["604", "416", "514"])), "intl")
        else:
            ph = fmt_nanp(us_local(R.choice(US_AREA_ANY)), "intl")
        add_sig(p, "phone", home)
    elif how == "nat":
        ph = fmt_nanp(us_local(R.choice(US_AREA_ANY)), "nat")
    zid += R.randint(3, 400)
    req = {"id": zid, "name": "%s %s" % (first, last), "email": em, "phone": ph, "external_id": None, "phone_in_body": None}
    p["cats"].update(["name", "email", "activity"])
    if ph:
        p["cats"].add("phone")
    make_ticket(req, False, guest=True)
    guest_people.append(p)

tickets.sort(key=lambda t: t["created_at"])
support = {"export": {"source": "Zendesk", "subdomain": "snapwell", "generated_at": "2024-11-15T08:02:44Z",
                      "ticket_count": len(tickets)},
           "agents": [{"id": a["id"], "name": a["name"], "email": a["email"], "role": "agent",
                       "group": R.choice(["Orders & Shipping", "Print Quality", "Billing"])} for a in agents],
           "tickets": tickets}
with open(os.path.join(DATA, "support_tickets_export.json"), "w", encoding="utf-8") as f:
    json.dump(support, f, indent=2, ensure_ascii=False)

# ----------------------------------------------------------------------------
# nginx access log (2024-11-01 .. 2024-11-14)
# ----------------------------------------------------------------------------
LOG_START = datetime(2024, 11, 1, tzinfo=UTC)
LOG_END = datetime(2024, 11, 14, 23, 59, tzinfo=UTC)
lines = []


def logline(ip, dt, method, path, status, size, ref, ua):
    proto = "2.0" if ua.startswith("Mozilla/5.0 (") and "bot" not in ua.lower() else "1.1"
    return (dt, '%s - - [%s] "%s %s HTTP/%s" %d %d "%s" "%s"' % (
        ip, dt.strftime("%d/%b/%Y:%H:%M:%S +0000"), method, path, proto, status, size, ref, ua))


SITE = "https://www.snapwellprints.com"
for u in users:
    if not u["in_log"]:
        continue
    p = u["p"]
    uname = u["username"]
    for _ in range(R.randint(2, 6)):  # visits
        t = rand_dt(LOG_START, LOG_END)
        ip = R.choice(u["ips"])
        ua = R.choice(u["uas"])
        app = ua.startswith("Snapwell/")
        seq = []
        if app:
            seq.append(("GET", "/api/v2/users/%s/feed" % uname, 200))
            for _ in range(R.randint(1, 8)):
                seq.append(("POST", "/api/v2/users/%s/uploads" % uname, 201))
            if u["albums"]:
                seq.append(("GET", "/api/v2/users/%s/albums/%d" % (uname, R.choice(u["albums"])[0]), 200))
        else:
            seq.append(("GET", "/u/%s" % uname, 200))
            if u["albums"]:
                for _ in range(R.randint(1, 3)):
                    a_id = R.choice(u["albums"])[0]
                    seq.append(("GET", "/u/%s/albums/%d" % (uname, a_id), 200))
            if u["photos"]:
                for _ in range(R.randint(0, 4)):
                    seq.append(("GET", "/u/%s/photos/%d" % (uname, R.choice(u["photos"])), 200))
            if u["orders"] and R.random() < 0.6:
                seq.append(("GET", "/account/%s/orders" % uname, 200))
                seq.append(("GET", "/account/%s/orders/%s" % (uname, R.choice(u["orders"])[0]), 200))
            if R.random() < 0.2:
                seq.append(("GET", "/account/%s/addresses" % uname, 200))
            if R.random() < 0.3:
                seq += [("GET", "/products/photo-books", 200), ("POST", "/cart/items", 302), ("GET", "/checkout", 200)]
        ref = SITE + "/"
        for m, path, st in seq:
            t = t + timedelta(seconds=R.randint(1, 90))
            size = R.randint(300, 48000) if m == "GET" else R.randint(40, 900)
            lines.append(logline(ip, t, m, path, st, size, "-" if app else ref, ua))
            ref = SITE + path
            if not app and m == "GET" and R.random() < 0.3:
                lines.append(logline(ip, t, "GET", "/static/js/app.4e1b9c2.js", 200, 184211, ref, ua))
    p["cats"].update(["ip_address", "activity", "username", "device"])
    if not any(s[0] == "ip" for s in p["sig"]):
        add_sig(p, "ip", u["ip_home"])
    # password reset with the e-mail in the query string
    if R.random() < 0.12:
        t = rand_dt(LOG_START, LOG_END)
        ip = u["ips"][0]
        ua = u["uas"][0]
        lines.append(logline(ip, t, "GET", "/account/forgot-password?email=%s" % u["email"].replace("@", "%40"), 200,
                             5120, SITE + "/login", ua))
        lines.append(logline(ip, t + timedelta(seconds=4), "POST", "/account/forgot-password", 302, 0,
                             SITE + "/account/forgot-password?email=%s" % u["email"].replace("@", "%40"), ua))
        p["cats"].add("email")

# anonymous visitors (not counted as persons: no link to anyone in the export)
ANON_PATHS = ["/", "/", "/products/photo-books", "/products/canvas-prints", "/products/prints", "/pricing",
              "/holiday-cards", "/login", "/signup", "/help/shipping", "/help/returns", "/favicon.ico",
              "/static/css/site.9a7d1e.css", "/static/js/app.4e1b9c2.js", "/gift-cards", "/deals",
              "/products/calendars", "/blog/how-to-choose-paper"]
for _ in range(900):
    ctry = wpick([("US", 85), ("CA", 8), ("GB", 7)])
    ip = ip_for(ctry)
    ua = R.choice(UAS[:12])
    t = rand_dt(LOG_START, LOG_END)
    ref = R.choice(["-", "https://www.google.com/", "https://www.pinterest.com/", "https://www.facebook.com/", "-"])
    for _ in range(R.randint(1, 5)):
        t = t + timedelta(seconds=R.randint(1, 120))
        path = R.choice(ANON_PATHS)
        st = 200 if R.random() < 0.95 else R.choice([304, 404])
        lines.append(logline(ip, t, "GET", path, st, R.randint(200, 60000) if st == 200 else 0, ref, ua))
        ref = SITE + path
for _ in range(260):
    pre, ua = R.choice(BOT_UAS)
    t = rand_dt(LOG_START, LOG_END)
    path = R.choice(ANON_PATHS + ["/robots.txt", "/sitemap.xml"])
    lines.append(logline(pre + str(R.randint(1, 254)), t, "GET", path, 200, R.randint(200, 60000), "-", ua))
for _ in range(60):  # scanners
    t = rand_dt(LOG_START, LOG_END)
    path = R.choice(["/wp-login.php", "/.env", "/xmlrpc.php", "/phpmyadmin/", "/.git/config", "/admin/config.php"])
    lines.append(logline("%d.%d.%d.%d" % (R.choice([45, 185, 194]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)), t,
                         "GET", path, 404, 162, "-", "Mozilla/5.0 (compatible; zgrab/0.x)"))
lines.sort(key=lambda x: x[0])
with open(os.path.join(DATA, "access.log"), "w", encoding="utf-8") as f:
    for _, l in lines:
        f.write(l + "\n")

# ----------------------------------------------------------------------------
# product catalogue (control)
# ----------------------------------------------------------------------------
def upc(body11):
    d = [int(c) for c in body11]
    s = sum(d[0::2]) * 3 + sum(d[1::2])
    return body11 + str((10 - s % 10) % 10)


with open(os.path.join(DATA, "catalog_products.csv"), "w", encoding="utf-8", newline="") as f:
    cw = csv.writer(f)
    cw.writerow(["sku", "name", "category", "base_price_usd", "upc", "min_qty", "production_days", "active"])
    for i, (sku, name, price) in enumerate(PRODUCTS):
        cat = {"PR": "prints", "PB": "photo-books", "CV": "wall-art", "MG": "gifts", "CAL": "calendars", "CD": "cards",
               "MT": "frames", "PZ": "gifts", "BL": "gifts", "MAG": "gifts", "AC": "wall-art"}[sku.split("-")[0]]
        cw.writerow([sku, name, cat, "%.2f" % (price / 100), upc("8506213%04d" % (100 + i * 7)), 1 if price > 200 else 12,
                     R.choice([1, 2, 3, 5]), "true"])

# ----------------------------------------------------------------------------
# truth
# ----------------------------------------------------------------------------
ORDER = ["address", "phone", "place", "ip", "email_cctld"]
residents, counts, conflicts, counts_alt = [], {}, [], {}
for p in PEOPLE:
    sigs = p["sig"]
    kinds = []
    for k in ORDER:
        if any(s[0] == k for s in sigs):
            kinds.append(k)
    country, sub, basis = None, None, None
    for k in ORDER:
        ss = [s for s in sigs if s[0] == k]
        if ss:
            country = ss[0][1]
            if k == "address":
                with_sub = [s for s in ss if s[2]]
                if with_sub:
                    sub, basis = with_sub[0][2], with_sub[0][3]
                    if any(s[3] == "state" for s in with_sub):
                        basis = "state"
            break
    addr_c = {s[1] for s in sigs if s[0] == "address"}
    phone_c = {s[1] for s in sigs if s[0] == "phone"}
    is_conflict = bool(addr_c and phone_c and phone_c - addr_c)
    if is_conflict:
        conflicts.append(p["id"])
    # sanity: every non-conflict person's signals agree
    allc = {s[1] for s in sigs}
    if not is_conflict:
        assert len(allc) <= 1, (p["id"], sigs)
    r = {"id": p["id"], "country": country, "subdivision": sub, "signals": kinds}
    if basis == "zip":
        r["subdivision_from"] = "zip_only"
    if is_conflict:
        r["phone_country"] = sorted(phone_c - addr_c)[0]
    r["role"] = p["kind"]
    residents.append(r)
    key = sub if sub else (country if country else "unknown")
    counts[key] = counts.get(key, 0) + 1
    key2 = sub if (sub and basis == "state") else (country if country else "unknown")
    counts_alt[key2] = counts_alt.get(key2, 0) + 1

pbc = {}
for p in PEOPLE:
    for c in p["cats"]:
        pbc[c] = pbc.get(c, 0) + 1

SQL = "snapwell_prod_2024-11-15.sql"
NL = "newsletter_subscribed_members_export_2f9c1a.csv"
SUP = "support_tickets_export.json"
truth = {
    "brief": ("Snapwell Prints, Inc., a small US online photo-printing and image-sharing service (photo books, prints, "
              "canvas). Its hosting vendor's export leaked: a PostgreSQL 15 pg_dump (COPY format) of users, shipping "
              "addresses (US across ~50 states/territories with state abbreviations, full state names or ZIP only; some "
              "Canada and UK; gift addresses of relatives), albums, photos, orders and order items; a Mailchimp-style "
              "newsletter audience CSV; a Zendesk-style JSON export of support tickets with phone numbers (E.164/"
              "international and US national forms); two weeks of nginx combined access log with logged-in usernames in "
              "URL paths and anonymous visitors/bots; and a product catalogue. All English."),
    "people": len(PEOPLE),
    "people_by_category": dict(sorted(pbc.items())),
    "fields": {
        SQL: {
            "users.email": "email", "users.username": "username", "users.password_hash": "password",
            "users.first_name": "name", "users.last_name": "name", "users.display_name": "name",
            "users.profile_location": "location", "users.plan": "account_type", "users.account_status": "account_type",
            "users.created_at": "activity", "users.last_login_at": "activity", "users.last_login_ip": "ip_address",
            "shipping_addresses.recipient_name": "name", "shipping_addresses.line1": "location",
            "shipping_addresses.line2": "location", "shipping_addresses.city": "location",
            "shipping_addresses.state": "location", "shipping_addresses.postal_code": "location",
            "shipping_addresses.country": "location", "shipping_addresses.phone": "phone",
            "shipping_addresses.created_at": "activity",
            "albums.created_at": "activity", "photos.uploaded_at": "activity",
            "orders.placed_at": "activity", "orders.gift_message": "name",
        },
        NL: {"Email Address": "email", "First Name": "name", "Country": "location", "OPTIN_TIME": "activity",
             "OPTIN_IP": "ip_address", "CONFIRM_TIME": "activity", "CONFIRM_IP": "ip_address", "LAST_CHANGED": "activity"},
        SUP: {"agents.name": "name", "agents.email": "email",
              "tickets.created_at": "activity", "tickets.updated_at": "activity",
              "tickets.requester.name": "name", "tickets.requester.email": "email", "tickets.requester.phone": "phone",
              "tickets.comments.body": ["name", "phone", "location"], "tickets.comments.created_at": "activity"},
    },
    "text": {"access.log": ["ip_address", "activity", "username", "device", "email"]},
    "controls": ["catalog_products.csv"],
    "ambiguous": {SQL: ["photos.taken_at", "users.updated_at"]},
    "lookalikes": {
        SQL: {"orders.order_number": "14-digit order numbers (yymmdd + 8 digits)",
              "orders.tracking_number": "USPS 22-digit (with mod-10 check), UPS 1Z…, FedEx 12-digit tracking numbers",
              "orders.card_last4": "last four digits only", "orders.card_brand": "brand only",
              "orders.card_exp_month": "expiry", "orders.card_exp_year": "expiry",
              "users.password_changed_at": "timestamp in a column named password",
              "users.public_id": "UUID", "photos.sha256": "file hashes", "photos.storage_key": "object keys with UUIDs",
              "photos.bytes": "byte counters", "users.storage_bytes_used": "byte counter",
              "users.referral_code": "random referral codes", "photos.exif_model": "camera model, not a device id",
              "shipping_addresses.label": "labels like Home/Work/Mom/Grandma"},
        NL: {"LEID": "9-digit list-member ids", "EUID": "hex ids", "MEMBER_RATING": "1-5 rating"},
        SUP: {"tickets.order_number": "14-digit order numbers", "tickets.requester.external_id": "users.id foreign key",
              "tickets.requester.id": "helpdesk user ids"},
        "catalog_products.csv": {"upc": "UPC-A barcodes with valid check digit"},
    },
    "residents": residents,
    "residence_counts": dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))),
    "conflicts": conflicts,
    "notes": "",
}
n_anon_ips = len({l.split(" ", 1)[0] for _, l in lines}) - sum(1 for u in users if u["in_log"])
truth["notes"] = (
    "People = %d: %d registered users, %d gift recipients (relatives named on shipping addresses), %d newsletter-only "
    "subscribers, %d support requesters without an account, %d support agents (employees; name + work e-mail only, "
    "residence unknown). Anonymous visitors, bots and scanners in access.log are NOT counted as persons (no link to anyone "
    "in the export; ~%d distinct non-user IPs). A user's IPs in access.log are the same Comcast/Rogers/BT pool as "
    "users.last_login_ip and OPTIN_IP. IP ranges used (all large national ISP allocations): US = Comcast 73.0.0.0/8 and "
    "Comcast IPv6 2601::/20; CA = Rogers Communications 99.224.0.0/11; GB = BT 86.128.0.0/10 (btcentralplus). Bots use "
    "Googlebot 66.249.66.x / bingbot 40.77.167.x / Applebot 17.241.219.x; scanners random 45./185./194. hosts (not people). "
    "Residence: order address > phone (international form only; US national form '(503) 284-1937' gives nothing) > "
    "place (users.profile_location city) > ip > email ccTLD (.co.uk, .ca, .com.au). Newsletter 'Country' counts as an "
    "address signal (country only). Subdivision: US state from shipping_addresses.state (abbreviation or full name) or, "
    "when state is empty, from the ZIP code (marked subdivision_from='zip_only'; 'residence_counts_state_column_only' "
    "gives the counts if ZIP-only people are counted as plain US). A profile_location such as 'Chicago' or an area code "
    "is not taken as telling the state. Puerto Rico addresses (state PR, country US) are US-PR. Canadian +1 numbers use "
    "Canadian area codes (416/604/514...) and count as CA phones. Conflicts: users whose shipping address is in one "
    "country and whose support-ticket phone is in international form of another (residence = address; phone_country "
    "given). shipping_addresses.country is written US/USA/United States/empty for US, CA, GB/UK. photos.taken_at (EXIF "
    "capture time) and users.updated_at are flagged ambiguous. access.log text: IPs, timestamps, "
    "usernames in /u/<username>, /account/<username>, /api/v2/users/<username> paths, user-agents, and e-mails in "
    "/account/forgot-password?email= query strings." % (
        len(PEOPLE), sum(1 for p in PEOPLE if p["kind"] == "user"), len(gift_recips), len(nl_only), len(guest_people), len(agents),
        n_anon_ips))
truth["residence_counts_state_column_only"] = dict(sorted(counts_alt.items(), key=lambda kv: (-kv[1], kv[0])))
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, indent=2, ensure_ascii=False)
print("people", len(PEOPLE), "files", sorted(os.listdir(DATA)))
print(json.dumps(truth["residence_counts"]))
print(json.dumps(truth["people_by_category"]))
