#!/usr/bin/env python3
"""Tidewater Tours (Sydney) blind evaluation dump generator. Seeded, stdlib only."""
import csv, io, json, os, random, shutil, tarfile, datetime as dt
from collections import defaultdict

R = random.Random(20240808)
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
if os.path.isdir(DATA):
    shutil.rmtree(DATA)
os.makedirs(DATA)

# ---------------------------------------------------------------- lists
EN_F = "Olivia Charlotte Amelia Isla Mia Grace Chloe Sophie Emily Ruby Zoe Harper Matilda Lucy Ella Hannah Jessica Sarah Emma Kate Megan Rebecca Laura Claire Fiona Helen Margaret Susan Karen Linda Deborah Michelle Nicole Tracey Joanne".split()
EN_M = "Jack William Oliver Noah Thomas James Lachlan Henry Lucas Ethan Liam Cooper Riley Samuel Daniel Matthew Andrew David Michael Peter Mark Paul Stephen Craig Brett Scott Shane Glenn Ross Ian Graham Neil Trevor Wayne Darren".split()
EN_L = "Smith Jones Williams Brown Wilson Taylor Johnson White Martin Anderson Thompson Nguyen Walker Harris Lee Ryan Robinson Kelly King Davis Wright Evans Roberts Green Hall Wood Jackson Clarke Patel Mitchell Campbell Murphy O'Brien Sullivan McDonald Fraser Stewart Hughes Cooper Bennett Morris Gallagher Doyle Reid Lawson Fitzgerald Hayes Pearce Sinclair".split()
NZ_F = ["Aroha", "Mere", "Tane", "Wiremu", "Ngaire", "Hemi", "Kiri", "Rawiri"]
NZ_L = ["Ngata", "Parata", "Walker", "Tipene", "Henare", "Morgan", "Tuhiwai", "Reid"]
JP_F = ["Haruto", "Yui", "Sota", "Aoi", "Ren", "Hina", "Takumi", "Yuki", "Kenji", "Akiko", "Hiroshi", "Mei"]
JP_L = ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato"]
JP_KANJI = [("佐藤", "陽子"), ("鈴木", "健太"), ("高橋", "美咲"), ("田中", "大輔"), ("山本", "結衣")]
SG_NAMES = [("Wei Ling", "Tan"), ("Jun Hao", "Lim"), ("Siti", "Rahman"), ("Priya", "Nair"), ("Kai Xuan", "Ong"),
            ("Rajesh", "Pillai"), ("Mei Xin", "Goh"), ("Farhan", "Ismail"), ("Hui Min", "Chua")]
STREETS = ["George St", "Pitt St", "Victoria Rd", "Church St", "King St", "Queen St", "High St", "Railway Pde",
           "Beach Rd", "Park Ave", "Bridge Rd", "Marine Pde", "Elizabeth St", "Station St", "Ocean St",
           "Wattle Ave", "Banksia Cres", "Jacaranda Dr", "Harbour St", "Coronation Dr"]

AU_PLACES = {  # state: [(suburb, postcode, area code)]
    "NSW": [("Parramatta", "2150", "02"), ("Bondi", "2026", "02"), ("Chatswood", "2067", "02"), ("Newtown", "2042", "02"),
            ("Manly", "2095", "02"), ("Penrith", "2750", "02"), ("Wollongong", "2500", "02"), ("Newcastle", "2300", "02")],
    "VIC": [("Richmond", "3121", "03"), ("Fitzroy", "3065", "03"), ("St Kilda", "3182", "03"), ("Geelong", "3220", "03"), ("Brunswick", "3056", "03")],
    "QLD": [("Southport", "4215", "07"), ("Toowong", "4066", "07"), ("Cairns", "4870", "07"), ("Townsville", "4810", "07")],
    "WA": [("Fremantle", "6160", "08"), ("Subiaco", "6008", "08"), ("Joondalup", "6027", "08"), ("Perth", "6000", "08")],
    "SA": [("Glenelg", "5045", "08"), ("Norwood", "5067", "08"), ("Adelaide", "5000", "08")],
    "TAS": [("Hobart", "7000", "03"), ("Launceston", "7250", "03")],
    "ACT": [("Braddon", "2612", "02"), ("Belconnen", "2617", "02")],
}
AU_STATE_W = [("NSW", 34), ("VIC", 24), ("QLD", 18), ("WA", 10), ("SA", 7), ("TAS", 3), ("ACT", 4)]
AU_STATE_LONG = {"NSW": "New South Wales", "VIC": "Victoria", "QLD": "Queensland", "WA": "Western Australia",
                 "SA": "South Australia", "TAS": "Tasmania", "ACT": "Australian Capital Territory"}
NZ_PLACES = [("Ponsonby", "Auckland", "1011", "Auckland"), ("Te Aro", "Wellington", "6011", "Wellington"),
             ("Riccarton", "Christchurch", "8011", "Canterbury"), ("Mount Maunganui", "Tauranga", "3116", "Bay of Plenty"),
             ("Roslyn", "Dunedin", "9010", "Otago")]
SG_PLACES = [("Tampines St 21", "520123"), ("Bukit Timah Rd", "588996"), ("Toa Payoh Lor 1", "310123"), ("Jurong West St 52", "640521")]
JP_PLACES = [("Kita-ku, Osaka", "Osaka", "530-0001"), ("Shibuya-ku, Tokyo", "Tokyo", "150-0002"),
             ("Nakagyo-ku, Kyoto", "Kyoto", "604-8005"), ("Chuo-ku, Sapporo", "Hokkaido", "060-0001")]
CA_PLACES = [("Vancouver", "BC", "V6B 1A1", "604"), ("Toronto", "ON", "M5V 2T6", "416"), ("Calgary", "Alberta", "T2P 1J9", "403"),
             ("Ottawa", "Ontario", "K1P 5G4", "613")]
GB_PLACES = [("London", "Greater London", "SW11 4NB"), ("Manchester", None, "M20 2RN"), ("Edinburgh", None, "EH3 9DN"),
             ("Bristol", None, "BS6 5QA"), ("Leeds", "West Yorkshire", "LS6 2AF")]
US_PLACES = [("San Francisco", "CA", "California", "94110", "415"), ("Austin", "TX", "Texas", "78704", "512"),
             ("Seattle", "WA", "Washington", "98103", "206"), ("New York", "NY", "New York", "10025", "212"),
             ("Denver", "CO", "Colorado", "80205", "303"), ("Honolulu", "HI", "Hawaii", "96815", "808"),
             ("Chicago", "IL", "Illinois", "60614", "312"), ("Boston", "MA", "Massachusetts", "02116", "617"),
             ("Portland", "OR", "Oregon", "97209", "503")]

GENERIC_DOM = ["gmail.com", "gmail.com", "gmail.com", "outlook.com", "hotmail.com", "icloud.com", "yahoo.com", "bigpond.com"]
CC_DOM = {"AU": ["optusnet.com.au", "bigpond.net.au", "iinet.net.au", "tpg.com.au"], "NZ": ["xtra.co.nz", "slingshot.co.nz"],
          "JP": ["yahoo.co.jp", "docomo.ne.jp"], "SG": ["singnet.com.sg", "pacific.net.sg"], "CA": ["sympatico.ca", "shaw.ca"],
          "GB": ["yahoo.co.uk", "btinternet.co.uk"], "US": []}
TLD_CC = [(".com.au", "AU"), (".net.au", "AU"), (".co.nz", "NZ"), (".co.jp", "JP"), (".ne.jp", "JP"), (".jp", "JP"),
          (".com.sg", "SG"), (".net.sg", "SG"), (".sg", "SG"), (".ca", "CA"), (".co.uk", "GB"), (".uk", "GB")]
CITY_CC = {"Parramatta": "AU", "Fremantle": "AU", "Geelong": "AU", "Cairns": "AU", "Wollongong": "AU", "Hobart": "AU",
           "Auckland": "NZ", "Christchurch": "NZ", "Osaka": "JP", "Kyoto": "JP", "Toronto": "CA",
           "Perth": None, "Newcastle": None}  # None = ambiguous (Perth AU/GB-Scotland, Newcastle AU/GB)

# IP ranges used as residence evidence (certain allocations)
IP_RANGES = {"AU": (1, 128, 159), "JP": (126, 0, 255), "GB": (86, 128, 191)}


def d(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def phone_for(cc, intl, extra=None):
    if cc == "AU":
        n = "4" + R.choice(["0", "1", "2", "3", "5", "7", "8"]) + d(1) + d(6)
        return f"+61 {n[:3]} {n[3:6]} {n[6:]}" if intl else f"0{n[:3]} {n[3:6]} {n[6:]}"
    if cc == "NZ":
        p = R.choice(["21", "22", "27"]); a, b = d(3), d(4)
        return f"+64 {p} {a} {b}" if intl else f"0{p} {a} {b}"
    if cc == "SG":
        n = R.choice("89") + d(7)
        return f"+65 {n[:4]} {n[4:]}" if intl else f"{n[:4]} {n[4:]}"
    if cc == "JP":
        p = R.choice(["90", "80", "70"]); a, b = d(4), d(4)
        return f"+81 {p}-{a}-{b}" if intl else f"0{p}-{a}-{b}"
    if cc == "GB":
        n = "7" + R.choice(["4", "5", "7", "8", "9"]) + d(8)
        return f"+44 {n[:4]} {n[4:]}" if intl else f"0{n[:4]} {n[4:]}"
    if cc in ("US", "CA"):
        ac = extra or "212"
        ex = str(R.randint(2, 9)) + d(2)
        return f"+1 {ac} {ex} {d(4)}" if intl else f"({ac}) {ex}-{d(4)}"
    raise ValueError(cc)


FEMALE = set(EN_F) | {"Aroha", "Mere", "Ngaire", "Kiri", "Yui", "Aoi", "Hina", "Yuki", "Akiko", "Mei", "Wei Ling", "Siti",
                      "Priya", "Mei Xin", "Hui Min", "Kai Xuan", "陽子", "美咲", "結衣"}


def name_for(cc):
    if cc == "JP":
        return R.choice(JP_F), R.choice(JP_L)
    if cc == "SG":
        return R.choice(SG_NAMES)
    if cc == "NZ" and R.random() < 0.5:
        return R.choice(NZ_F), R.choice(NZ_L)
    return R.choice(EN_F + EN_M), R.choice(EN_L)


used_emails = set()


def email_for(first, last, dom):
    base = (first + "." + last).lower().replace(" ", "").replace("'", "")
    for i in range(50):
        sfx = "" if i == 0 and R.random() < 0.5 else str(R.randint(1, 99))
        e = R.choice([f"{base}{sfx}", f"{first[0].lower()}{last.lower().replace(chr(39), '')}{sfx}"]) + "@" + dom
        if e not in used_emails:
            used_emails.add(e)
            return e
    raise RuntimeError


used_users = set()


def username_for(first, last):
    while True:
        f, l = first.lower().replace(" ", ""), last.lower().replace("'", "")
        u = R.choice([f"{f[0]}{l}{R.randint(1, 99)}", f"{f}_{l[:1]}", f"{f}.{l}", f"{l}{f[:2]}{R.randint(70, 99)}"])
        if u not in used_users:
            used_users.add(u)
            return u


def dob(lo=1948, hi=2001):
    return dt.date(R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28))


def ts(y0=2019, y1=2024):
    a = dt.datetime(y0, 1, 1); b = dt.datetime(y1, 10, 31)
    return a + dt.timedelta(seconds=R.randint(0, int((b - a).total_seconds())))


def passport(cc):
    if cc == "AU": return R.choice(["N", "PA", "PB", "RA"]) + d(7)
    if cc == "NZ": return R.choice(["LA", "LH", "LM"]) + d(6)
    if cc == "JP": return R.choice(["TK", "TR", "MZ"]) + d(7)
    if cc == "SG": return "K" + d(7) + R.choice("ABCDEFGHJ")
    if cc == "CA": return R.choice(["AB", "GA", "HK"]) + d(6)
    if cc in ("GB", "US"): return str(R.randint(1, 9)) + d(8)
    return "N" + d(7)


# ---------------------------------------------------------------- people
people = []
pid_n = [0]


def new_person(kind, tc, **kw):
    pid_n[0] += 1
    p = dict(pid=f"p{pid_n[0]:04d}", kind=kind, tc=tc, email=None, phone=None, phone_cc=None, addr={}, city=None,
             username=None, dob=None, us_state=None)
    p.update(kw)
    people.append(p)
    return p


def build_address(p, cc, mode):
    """mode: full | postcode | country | zip"""
    a = {}
    no = R.randint(1, 240)
    if cc == "AU":
        st = R.choices([s for s, _ in AU_STATE_W], [w for _, w in AU_STATE_W])[0]
        sub, pc, ac = R.choice(AU_PLACES[st])
        a = dict(line1=f"{no} {R.choice(STREETS)}", suburb=sub, state=st, postcode=pc, country="AU")
        if R.random() < 0.2: a["line2"] = f"Unit {R.randint(1, 40)}"
        p["_area"] = ac
    elif cc == "NZ":
        sub, city, pc, reg = R.choice(NZ_PLACES)
        a = dict(line1=f"{no} {R.choice(STREETS)}", line2=sub, suburb=city, state=reg, postcode=pc, country="NZ")
    elif cc == "SG":
        st, pc = R.choice(SG_PLACES)
        a = dict(line1=f"Blk {R.randint(100, 899)} {st}", line2=f"#{R.randint(2, 20):02d}-{R.randint(1, 400):02d}", suburb="Singapore", postcode=pc, country="SG")
    elif cc == "JP":
        ward, pref, pc = R.choice(JP_PLACES)
        a = dict(line1=f"{R.randint(1, 5)}-{R.randint(1, 20)}-{R.randint(1, 30)}", suburb=ward, state=pref, postcode=pc, country="JP")
    elif cc == "CA":
        city, prov, pc, ac = R.choice(CA_PLACES)
        a = dict(line1=f"{no * 7} {R.choice(['Granville St', 'Queen St W', 'Bank St', '8 Ave SW'])}", suburb=city, state=prov, postcode=pc, country="CA")
        p["_area"] = ac
    elif cc == "GB":
        city, county, pc = R.choice(GB_PLACES)
        a = dict(line1=f"{no} {R.choice(['Northcote Rd', 'Wilmslow Rd', 'Marchmont Rd', 'Gloucester Rd', 'Headingley Ln'])}", suburb=city, postcode=pc, country="GB")
        if county: a["state"] = county
    elif cc == "US":
        city, abbr, long_, z, ac = R.choice(US_PLACES)
        a = dict(line1=f"{no * 11} {R.choice(['Valencia St', 'S Congress Ave', 'N 45th St', 'Amsterdam Ave', 'Larimer St', 'Kalakaua Ave', 'N Clark St', 'Boylston St', 'NW 23rd Ave'])}",
                 suburb=city, state=R.choice([abbr, abbr, long_]), postcode=z, country="US")
        p["_area"] = ac; p["_us"] = abbr
    if mode == "postcode":
        a = {"postcode": a["postcode"]}
    elif mode == "country":
        a = {"country": cc}
    elif mode == "zip":
        a = {"postcode": a["postcode"], "country": "US"}
    p["addr"] = a
    if cc == "US" and "state" in a:
        p["us_state"] = p["_us"]


def make_customer(cc, mode, phone_mode, email_mode, web=None, ip_only=False, phone_cc=None):
    """cc: true residence country (None for unknown). mode: address mode or None.
    phone_mode: intl | natl | None; email_mode: cc | generic | mix"""
    first, last = name_for(cc or R.choice(["AU", "AU", "NZ", "GB"]))
    p = new_person("customer", cc, first=first, last=last)
    p["title"] = (R.choice(["Ms", "Mrs", "Dr", None]) if first in FEMALE else R.choice(["Mr", "Mr", "Dr", None])) if cc not in ("JP", "SG") else None
    if mode:
        build_address(p, cc, mode)
    elif cc in ("US", "CA"):
        p["_area"] = R.choice(US_PLACES if cc == "US" else CA_PLACES)[-1]
    pcc = phone_cc or cc or "AU"
    if phone_mode:
        p["phone"] = phone_for(pcc, phone_mode == "intl", p.get("_area") if pcc == cc else R.choice(["415", "212"]))
        if phone_mode == "intl": p["phone_cc"] = pcc
    if email_mode == "cc" or (email_mode == "mix" and CC_DOM.get(cc) and R.random() < 0.45):
        dom = R.choice(CC_DOM[cc])
    else:
        dom = R.choice(GENERIC_DOM)
    p["email"] = email_for(first, last, dom)
    p["dob"] = dob() if R.random() < 0.85 else None
    if web is None: web = R.random() < 0.72
    if web or ip_only: p["username"] = username_for(first, last)
    p["ip_only"] = ip_only
    return p


# customers
plan = ([("AU", "full", "natl", "mix")] * 48 + [("AU", "full", "intl", "mix")] * 15 +
        [("AU", "full", None, "mix")] * 3 +
        [("AU", "postcode", "natl", "generic")] * 8 + [("AU", "country", "natl", "generic")] * 4 +
        [("NZ", "full", "intl", "mix")] * 6 + [("NZ", "country", "natl", "generic")] * 2 +
        [("SG", "full", "intl", "mix")] * 3 + [("SG", None, "intl", "generic")] * 2 +
        [("JP", "full", "intl", "mix")] * 3 + [("JP", None, "intl", "generic")] * 2 +
        [("CA", "full", "intl", "mix")] * 3 +
        [("GB", "full", "intl", "mix")] * 4 + [("GB", "postcode", "natl", "generic")] * 2 +
        [("US", "full", "intl", "generic")] * 5 + [("US", "full", "natl", "generic")] * 3 +
        [("US", "zip", "natl", "generic")] * 3 + [("US", None, "intl", "generic")] * 2 +
        [(c, None, None, "cc") for c in ["AU", "AU", "NZ", "JP", "SG", "CA", "GB"]])
customers = [make_customer(*x) for x in plan]
for c in ["AU", "AU", "JP", "GB"]:  # IP only: generic email, no address, national/no phone, web account
    customers.append(make_customer(c, None, None, "generic", web=True, ip_only=True))
for cc, pcc in [("AU", "GB"), ("AU", "NZ"), ("NZ", "AU"), ("US", "AU"), ("AU", "GB")]:  # conflicts
    customers.append(make_customer(cc, "full", "intl", "generic", phone_cc=pcc))
for _ in range(6):  # unknown
    customers.append(make_customer(None, None, R.choice(["natl", None]), "generic", web=R.random() < 0.5))
R.shuffle(customers)
for i, c in enumerate(customers):
    c["cid"] = 10001 + i * R.randint(1, 3) if i == 0 else customers[i - 1]["cid"] + R.randint(1, 4)
    c["created"] = ts(2018, 2024)
    c["tier"] = R.choices(["Standard", "Silver", "Gold", "Platinum"], [60, 25, 11, 4])[0]

# co-travellers (companions of some customers)
cotravellers = []
for c in R.sample(customers, 32):
    c["companions"] = []
    for _ in range(R.choice([1, 1, 2, 2, 3])):
        same = R.random() < 0.6
        f, l = name_for(c["tc"] or "AU")
        if same: l = c["last"]
        child = R.random() < 0.25
        p = new_person("cotraveller", None, first=f, last=l, dob=dob(2008, 2020) if child else dob())
        p["lead"] = c["pid"]; p["_cc"] = c["tc"] or "AU"
        if not child:
            r = R.random()
            if r < 0.25:
                p["phone"] = phone_for(p["_cc"], True, c.get("_area")); p["phone_cc"] = p["_cc"]
            elif r < 0.45:
                p["phone"] = phone_for(p["_cc"], False, c.get("_area"))
            r = R.random()
            if r < 0.25 and CC_DOM.get(p["_cc"]):
                p["email"] = email_for(f, l, R.choice(CC_DOM[p["_cc"]]))
            elif r < 0.55:
                p["email"] = email_for(f, l, R.choice(GENERIC_DOM))
        c["companions"].append(p)
        cotravellers.append(p)
for c in customers:
    c.setdefault("companions", [])

# enquiry-only people (web form)
enq_only = []
def enq_person(city=None, phone=None, email_dom=None, tc=None, kanji=False):
    cc = tc or CITY_CC.get(city) or "AU"
    if kanji:
        l, f = R.choice(JP_KANJI)
    else:
        f, l = name_for(cc)
    p = new_person("enquiry", tc, first=f, last=l, city=city)
    if phone:
        p["phone"] = phone_for(phone[0], phone[1] == "intl", "416")
        if phone[1] == "intl": p["phone_cc"] = phone[0]
    p["email"] = email_for(f if not kanji else "yoko", l if not kanji else "sato", email_dom or R.choice(GENERIC_DOM))
    enq_only.append(p)
    return p
for city in ["Parramatta", "Fremantle", "Auckland", "Osaka", "Geelong", "Cairns", "Christchurch", "Kyoto", "Toronto", "Wollongong", "Hobart"]:
    cc = CITY_CC[city]
    enq_person(city, (cc, "natl") if R.random() < 0.6 else None, tc=cc, kanji=(city == "Kyoto"))
for city in ["Perth", "Perth", "Newcastle", "Newcastle"]:  # ambiguous: only national-form phone
    enq_person(city, ("AU", "natl") if R.random() < 0.7 else None, tc=None)
enq_person("Perth", ("AU", "intl"), tc="AU")  # Perth resolved by +61
enq_person("Newcastle", ("GB", "intl"), tc="GB")  # Newcastle upon Tyne resolved by +44
for cc in ["NZ", "SG", "JP", "AU"]:
    enq_person(None, (cc, "intl"), tc=cc)
for cc in ["NZ", "AU", "JP"]:
    enq_person(None, None, R.choice(CC_DOM[cc]), tc=cc)
for _ in range(3):
    enq_person(None, ("AU", "natl") if R.random() < 0.5 else None, tc=None)

# CRM-only leads
leads = []
def lead(cc, fields, country_w=None, phone=None, email_cc=False):
    f, l = name_for(cc or "AU")
    p = new_person("lead", cc, first=f, last=l)
    if cc: build_address(p, cc, "full")
    a = p["addr"]
    p["crm"] = {"State": a.get("state", "") if "State" in fields else "", "Postcode": a.get("postcode", "") if "Postcode" in fields else "",
                "Country": country_w if "Country" in fields else ""}
    if cc == "US" and "State" in fields: p["us_state"] = p["_us"]
    if phone:
        p["phone"] = phone_for(phone[0], phone[1] == "intl", p.get("_area")); p["phone_cc"] = phone[0] if phone[1] == "intl" else None
    p["email"] = email_for(f, l, R.choice(CC_DOM[cc]) if email_cc else R.choice(GENERIC_DOM))
    leads.append(p)
lead("AU", "State Postcode Country", "Australia", ("AU", "natl"))
lead("AU", "State Postcode Country", "AU", ("AU", "natl"))
lead("AU", "State Postcode", None, ("AU", "natl"))
lead("AU", "Postcode Country", "australia", None, True)
lead("NZ", "State Postcode Country", "New Zealand", ("NZ", "intl"))
lead("NZ", "Country", "NZ", None)
lead("JP", "Postcode Country", "日本", ("JP", "natl"))
lead("JP", "State Postcode Country", "Japan", None)
lead("SG", "Country", "Singapore", None)
lead("US", "State Postcode Country", "USA", ("US", "natl"))
lead("CA", "State Postcode Country", "Canada", ("CA", "natl"))
lead(None, "", None, None)
lead(None, "", None, ("AU", "natl"))

# ---------------------------------------------------------------- tracking
CAT = defaultdict(set)
SIG = defaultdict(list)  # pid -> [(kind, cc)]


def cat(p, c):
    CAT[c].add(p["pid"])


def sig(p, kind, cc):
    SIG[p["pid"]].append((kind, cc))


def use_email(p):
    if p.get("email"):
        cat(p, "email")
        for t, cc in TLD_CC:
            if p["email"].endswith(t):
                sig(p, "email_cctld", cc); break
    return p.get("email")


def use_phone(p):
    if p.get("phone"):
        cat(p, "phone")
        if p["phone"].startswith("+"): sig(p, "phone", p["phone_cc"])
    return p.get("phone")


def use_addr(p, val):
    if val not in (None, ""):
        cat(p, "location"); sig(p, "address", p["tc"])
    return val


# ---------------------------------------------------------------- tours (catalogue, control)
TOURS = [("NZSI-12", "South Island Explorer", "Christchurch", 12, 5490, "Southern Alps Coachlines"),
         ("NZNI-08", "North Island Highlights", "Auckland", 8, 3290, "Southern Alps Coachlines"),
         ("JPKT-10", "Kyoto & Osaka Discovery", "Osaka", 10, 6190, "Southern Alps Coachlines"),
         ("JPHK-09", "Hokkaido Snow Festival", "Sapporo", 9, 5890, "Southern Alps Coachlines"),
         ("AUGR-07", "Great Barrier Reef Escape", "Cairns", 7, 2890, "Tidewater Tours"),
         ("AUKM-10", "Kimberley Wilderness", "Broome", 10, 7450, "Tidewater Tours"),
         ("AURC-05", "Red Centre Uluru", "Alice Springs", 5, 2390, "Tidewater Tours"),
         ("AUTS-06", "Tasmania Wild Coast", "Hobart", 6, 2690, "Tidewater Tours"),
         ("AUGO-04", "Great Ocean Road", "Melbourne", 4, 1290, "Tidewater Tours"),
         ("SGMY-08", "Singapore & Malaysia", "Singapore", 8, 3990, "Tidewater Tours"),
         ("AUBM-03", "Blue Mountains Weekender", "Sydney", 3, 890, "Tidewater Tours")]
PARTNER = {t[0] for t in TOURS if t[5] == "Southern Alps Coachlines"}


def ean13(body12):
    s = sum(int(x) * (3 if i % 2 else 1) for i, x in enumerate(body12))
    return body12 + str((10 - s % 10) % 10)


with open(os.path.join(DATA, "tour_catalogue.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["tour_code", "tour_name", "departs_from", "nights", "from_price_aud", "operator", "gift_voucher_ean", "season"])
    for t in TOURS:
        w.writerow(list(t) + [ean13("93" + d(10)), R.choice(["All year", "Apr-Oct", "Nov-Mar", "Jan-Feb"])])

# ---------------------------------------------------------------- bookings
bookings, travellers = [], []
bid = 50000
for c in customers:
    n = R.choices([1, 2, 3, 4, 5, 6], [30, 28, 18, 12, 7, 5])[0]
    comps = c["companions"]
    for k in range(n):
        bid += R.randint(1, 9)
        booked = max(c["created"], ts(2021, 2024)) + dt.timedelta(hours=R.randint(1, 400))
        dep = (booked + dt.timedelta(days=R.randint(20, 300))).date()
        tour = R.choice(TOURS)
        if comps:
            party = [x for x in comps if R.random() < 0.7] or [R.choice(comps)]
            if k == n - 1:
                seen = {t["pid"] for b in bookings if b["cust"] is c for t in b["party"]}
                party = list({x["pid"]: x for x in party + [x for x in comps if x["pid"] not in seen]}.values())
        else:
            party = []
        status = R.choices(["confirmed", "completed", "cancelled", "pending_payment"], [30, 50, 10, 10])[0]
        pay = R.choices(["card", "bank_transfer", "paypal"], [75, 15, 10])[0]
        bookings.append(dict(id=bid, ref=f"TT{bid + 2400000:07d}", cust=c, tour=tour[0], dep=dep, booked=booked,
                             party=[c] + party, status=status, pay=pay, total=tour[4] * (1 + len(party)),
                             last4=d(4) if pay == "card" else None, brand=R.choice(["VISA", "MASTERCARD", "AMEX"]) if pay == "card" else None,
                             payref=str(R.randint(10 ** 15, 10 ** 16 - 1))))
for b in bookings:
    if b["cust"]["username"]:
        b["cust"]["last_login"] = min(max(b["cust"].get("last_login", b["booked"]), b["booked"] + dt.timedelta(days=R.randint(0, 60))), dt.datetime(2024, 11, 3, 22, 0))

# passports (held in booking_travellers / manifest)
for p in customers + cotravellers:
    p["passport"] = passport(p.get("_cc") or p["tc"] or "AU")
    p["nationality"] = {"AU": "AUS", "NZ": "NZL", "JP": "JPN", "SG": "SGP", "CA": "CAN", "GB": "GBR", "US": "USA"}[p.get("_cc") or p["tc"] or "AU"]
    if p["kind"] == "cotraveller" and p["dob"] is None: p["dob"] = dob()
    if p["kind"] == "customer" and p["dob"] is None and R.random() < 0.5: p["dob"] = dob()

# ---------------------------------------------------------------- access log + app log
def ip_in(cc):
    a, lo, hi = IP_RANGES[cc]
    return f"{a}.{R.randint(lo, hi)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
       "Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Mobile Safari/537.36",
       "Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1"]
BOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
log_users = [c for c in customers if c["username"] and (c["ip_only"] or (c["tc"] in IP_RANGES and R.random() < 0.6))]
events = []  # (datetime, kind, payload)
for c in log_users:
    c["ips"] = [ip_in(c["tc"]) for _ in range(R.choice([1, 1, 2]))]
    c["ua"] = R.choice(UAS)
    u = c["username"]
    for _ in range(R.randint(2, 5)):
        t0 = ts(2024, 2024)
        ip = R.choice(c["ips"])
        seq = [("POST", "/login", 302, "https://www.tidewatertours.com.au/login"), ("GET", f"/account/{u}", 200, "https://www.tidewatertours.com.au/login"),
               ("GET", f"/account/{u}/bookings", 200, f"https://www.tidewatertours.com.au/account/{u}")]
        mybk = [b for b in bookings if b["cust"] is c]
        if mybk:
            b = R.choice(mybk)
            seq.append(("GET", f"/account/{u}/bookings/{b['ref']}", 200, f"https://www.tidewatertours.com.au/account/{u}/bookings"))
            seq.append(("GET", f"/api/v1/users/{u}/bookings/{b['ref']}/documents", 200, f"https://www.tidewatertours.com.au/account/{u}/bookings/{b['ref']}"))
        if R.random() < 0.4:
            seq.append(("GET", f"/account/{u}/profile", 200, f"https://www.tidewatertours.com.au/account/{u}"))
        for m, path, st, ref in seq:
            t0 += dt.timedelta(seconds=R.randint(2, 90))
            events.append((t0, "access", (ip, m, path, st, ref, c["ua"])))
        events.append((t0 - dt.timedelta(seconds=R.randint(20, 400)), "login", (c, ip)))
        cat(c, "ip_address"); cat(c, "activity"); cat(c, "username"); cat(c, "device")
        sig(c, "ip", c["tc"])
PATHS = ["/", "/tours", "/tours/new-zealand", "/tours/japan", "/tours/australia", "/tours/NZSI-12", "/tours/JPKT-10",
         "/tours/AUGR-07", "/enquire", "/about", "/faq", "/static/css/main.4f2a9c.css", "/static/js/app.8c1d2e.js", "/robots.txt"]
for _ in range(900):
    t0 = ts(2024, 2024)
    if R.random() < 0.12:
        events.append((t0, "access", (f"66.249.{R.randint(64, 79)}.{R.randint(1, 254)}", "GET", R.choice(PATHS), 200, "-", BOT)))
    else:
        cc = R.choice(["AU", "AU", "AU", "JP", "GB"])
        events.append((t0, "access", (ip_in(cc), "GET", R.choice(PATHS), R.choice([200] * 12 + [304, 404]), R.choice(["-", "https://www.google.com/", "https://www.tidewatertours.com.au/"]), R.choice(UAS))))
events.sort(key=lambda e: e[0])
with open(os.path.join(DATA, "access.log"), "w", encoding="utf-8") as f:
    for t0, k, pl in events:
        if k != "access": continue
        ip, m, path, st, ref, ua = pl
        ln = R.randint(400, 48000) if st == 200 else (0 if st == 304 else R.randint(150, 600))
        f.write(f'{ip} - - [{t0.strftime("%d/%b/%Y:%H:%M:%S")} +1000] "{m} {path} HTTP/2.0" {st} {ln} "{ref}" "{ua}"\n')

app = []
for t0, k, pl in events:
    if k == "login":
        c, ip = pl
        c["last_login"] = max(c.get("last_login", t0), t0)
        if R.random() < 0.15:
            app.append((t0 - dt.timedelta(seconds=30), "WARN ", "c.t.auth.LoginController", f"Authentication failed for username={c['username']} from {ip}: bad credentials (attempt 1)"))
        app.append((t0, "INFO ", "c.t.auth.LoginController", f"Login succeeded username={c['username']} customer_id={c['cid']} ip={ip}"))
for b in bookings:
    c = b["cust"]
    if b["booked"].year < 2024: continue  # app.log retention: 2024 only
    app.append((b["booked"], "INFO ", "c.t.booking.BookingService", f"Booking {b['ref']} created customer_id={c['cid']} tour={b['tour']} pax={len(b['party'])} total={b['total']:.2f} AUD"))
    app.append((b["booked"] + dt.timedelta(seconds=R.randint(2, 20)), "INFO ", "c.t.mail.MailDispatcher",
                f"Sent template=booking_confirmation to={use_email(c)} booking={b['ref']} messageId=<{d(10)}.{d(6)}@mail.tidewatertours.com.au>"))
    if b["status"] == "cancelled":
        app.append((b["booked"] + dt.timedelta(days=R.randint(1, 40)), "INFO ", "c.t.booking.BookingService", f"Booking {b['ref']} cancelled by customer; refund queued"))
for c in customers:
    if c["username"] and R.random() < 0.2:
        app.append((ts(2024, 2024), "INFO ", "c.t.auth.PasswordResetService", f"Password reset requested for {use_email(c)} (request_id={d(8)}-{d(4)})"))
for _ in range(120):
    app.append((ts(2024, 2024), "INFO ", R.choice(["c.t.sched.FxRateJob", "com.zaxxer.hikari.HikariPool", "c.t.cache.TourCache"]),
                R.choice(["FX rates refreshed: AUD/NZD 1.0934 AUD/JPY 98.12 AUD/USD 0.6612", "HikariPool-1 - Connection is not available, retrying",
                          "Tour availability cache rebuilt in 412 ms (11 tours)", "Scheduled job completed in 1.8s"])))
app.sort(key=lambda a: a[0])
with open(os.path.join(DATA, "app.log"), "w", encoding="utf-8") as f:
    for t0, lvl, lg, msg in app:
        f.write(f"{t0.strftime('%Y-%m-%d %H:%M:%S')},{R.randint(0, 999):03d} {lvl} [http-nio-8080-exec-{R.randint(1, 20)}] {lg} - {msg}\n")

# ---------------------------------------------------------------- SQL dump
def q(v):
    if v is None: return "NULL"
    if isinstance(v, (int, float)): return str(v)
    if isinstance(v, dt.datetime): return "'" + v.strftime("%Y-%m-%d %H:%M:%S") + "'"
    if isinstance(v, dt.date): return "'" + v.isoformat() + "'"
    return "'" + str(v).replace("\\", "\\\\").replace("'", "\\'") + "'"


def bcrypt_like():
    al = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "$2y$10$" + "".join(R.choice(al) for _ in range(53))


sql = io.StringIO()
sql.write("""-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: db-prod-01.internal    Database: tidewater
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
""")


def table(name, ddl, rows, per=40):
    sql.write(f"\n--\n-- Table structure for table `{name}`\n--\n\nDROP TABLE IF EXISTS `{name}`;\n"
              "/*!40101 SET @saved_cs_client     = @@character_set_client */;\n/*!50503 SET character_set_client = utf8mb4 */;\n")
    sql.write(f"CREATE TABLE `{name}` (\n{ddl}\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;\n"
              "/*!40101 SET character_set_client = @saved_cs_client */;\n\n")
    sql.write(f"--\n-- Dumping data for table `{name}`\n--\n\nLOCK TABLES `{name}` WRITE;\n/*!40000 ALTER TABLE `{name}` DISABLE KEYS */;\n")
    for i in range(0, len(rows), per):
        sql.write(f"INSERT INTO `{name}` VALUES " + ",".join("(" + ",".join(q(v) for v in r) + ")" for r in rows[i:i + per]) + ";\n")
    sql.write(f"/*!40000 ALTER TABLE `{name}` ENABLE KEYS */;\nUNLOCK TABLES;\n")


table("tours", """  `tour_code` varchar(12) NOT NULL,
  `tour_name` varchar(120) NOT NULL,
  `departs_from` varchar(60) DEFAULT NULL,
  `nights` tinyint unsigned NOT NULL,
  `price_aud` decimal(10,2) NOT NULL,
  `operator` varchar(80) NOT NULL,
  PRIMARY KEY (`tour_code`)""", [list(t[:4]) + [float(t[4]), t[5]] for t in TOURS])

crow = []
for c in sorted(customers, key=lambda x: x["cid"]):
    a = c["addr"]
    cat(c, "name"); cat(c, "activity")
    if c["dob"]: cat(c, "date_of_birth")
    if c["username"]: cat(c, "username"); cat(c, "password")
    cat(c, "account_type")
    upd = c["created"] + dt.timedelta(days=R.randint(0, 300))
    crow.append([c["cid"], c["title"], c["first"], c["last"], use_email(c), use_phone(c),
                 use_addr(c, a.get("line1")), use_addr(c, a.get("line2")), use_addr(c, a.get("suburb")),
                 use_addr(c, a.get("state")), use_addr(c, a.get("postcode")), use_addr(c, a.get("country")),
                 c["dob"], c["username"], bcrypt_like() if c["username"] else None,
                 c["tier"], R.randint(0, 1), c["created"], upd, c.get("last_login") if c["username"] else None,
                 (c["created"] + dt.timedelta(days=R.randint(0, 900))) if c["username"] else None])
table("customers", """  `customer_id` int unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(8) DEFAULT NULL,
  `first_name` varchar(80) NOT NULL,
  `last_name` varchar(80) NOT NULL,
  `email` varchar(190) NOT NULL,
  `phone` varchar(32) DEFAULT NULL,
  `address_line1` varchar(150) DEFAULT NULL,
  `address_line2` varchar(150) DEFAULT NULL,
  `suburb` varchar(80) DEFAULT NULL,
  `state` varchar(60) DEFAULT NULL,
  `postcode` varchar(12) DEFAULT NULL,
  `country_code` char(2) DEFAULT NULL,
  `date_of_birth` date DEFAULT NULL,
  `username` varchar(60) DEFAULT NULL,
  `password_hash` varchar(255) DEFAULT NULL,
  `loyalty_tier` enum('Standard','Silver','Gold','Platinum') NOT NULL DEFAULT 'Standard',
  `marketing_opt_in` tinyint(1) NOT NULL DEFAULT '0',
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `last_login_at` datetime DEFAULT NULL,
  `password_changed_at` datetime DEFAULT NULL,
  PRIMARY KEY (`customer_id`),
  UNIQUE KEY `uq_customers_email` (`email`),
  UNIQUE KEY `uq_customers_username` (`username`)""", crow)

brow = []
for b in bookings:
    brow.append([b["id"], b["ref"], b["cust"]["cid"], b["tour"], b["dep"], len(b["party"]), float(b["total"]), b["status"],
                 b["pay"], b["brand"], b["last4"], b["payref"], b["booked"]])
table("bookings", """  `booking_id` int unsigned NOT NULL AUTO_INCREMENT,
  `booking_ref` varchar(12) NOT NULL,
  `customer_id` int unsigned NOT NULL,
  `tour_code` varchar(12) NOT NULL,
  `departure_date` date NOT NULL,
  `pax_count` tinyint unsigned NOT NULL,
  `total_aud` decimal(10,2) NOT NULL,
  `status` varchar(20) NOT NULL,
  `payment_method` varchar(20) NOT NULL,
  `card_brand` varchar(12) DEFAULT NULL,
  `card_last4` char(4) DEFAULT NULL,
  `payment_reference` varchar(20) NOT NULL,
  `booked_at` datetime NOT NULL,
  PRIMARY KEY (`booking_id`),
  UNIQUE KEY `uq_booking_ref` (`booking_ref`),
  KEY `fk_bookings_customer` (`customer_id`),
  CONSTRAINT `fk_bookings_customer` FOREIGN KEY (`customer_id`) REFERENCES `customers` (`customer_id`)""", brow)

trow = []
tid = 900000
for b in bookings:
    for i, p in enumerate(b["party"]):
        tid += 1
        cat(p, "name"); cat(p, "government_id")
        if p["dob"]: cat(p, "date_of_birth")
        if p["kind"] == "customer":
            trow.append([tid, b["id"], p["cid"], p["first"], p["last"], p["dob"], None, None, p["passport"], 1 if i == 0 else 0])
        else:
            trow.append([tid, b["id"], None, p["first"], p["last"], p["dob"], use_email(p), use_phone(p), p["passport"], 0])
table("booking_travellers", """  `traveller_id` int unsigned NOT NULL AUTO_INCREMENT,
  `booking_id` int unsigned NOT NULL,
  `customer_id` int unsigned DEFAULT NULL,
  `first_name` varchar(80) NOT NULL,
  `last_name` varchar(80) NOT NULL,
  `date_of_birth` date DEFAULT NULL,
  `email` varchar(190) DEFAULT NULL,
  `mobile` varchar(32) DEFAULT NULL,
  `passport_no` varchar(20) DEFAULT NULL,
  `is_lead` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`traveller_id`),
  KEY `fk_trav_booking` (`booking_id`),
  KEY `idx_trav_customer` (`customer_id`),
  CONSTRAINT `fk_trav_booking` FOREIGN KEY (`booking_id`) REFERENCES `bookings` (`booking_id`)""", trow)
sql.write("""/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2024-11-04  2:15:07
""")
with open(os.path.join(DATA, "tidewater_prod.sql"), "w", encoding="utf-8") as f:
    f.write(sql.getvalue())

# ---------------------------------------------------------------- CRM CSV
COUNTRY_W = {"AU": ["Australia", "Australia", "AU", "AUS"], "NZ": ["NZ", "New Zealand"], "JP": ["Japan", "日本"],
             "SG": ["Singapore", "SG"], "CA": ["Canada"], "GB": ["UK", "United Kingdom"], "US": ["USA", "United States", "US"]}
crm_rows = []
cno = 0
for c in customers:
    if R.random() < 0.7:
        a = c["addr"]
        st = a.get("state", "")
        if c["tc"] == "AU" and st and R.random() < 0.25: st = AU_STATE_LONG[st]
        crm_rows.append((c, st, a.get("postcode", ""), R.choice(COUNTRY_W[a["country"]]) if a.get("country") else ""))
for p in leads:
    crm_rows.append((p, p["crm"]["State"], p["crm"]["Postcode"], p["crm"]["Country"] or ""))
R.shuffle(crm_rows)
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(["Contact ID", "Customer No", "First Name", "Last Name", "Email", "Mobile", "State", "Postcode", "Country",
            "Loyalty Tier", "Lead Source", "Owner Queue", "Created Date", "Last Activity Date"])
for p, st, pc, co in crm_rows:
    cat(p, "name"); cat(p, "activity")
    if p["kind"] == "customer": cat(p, "account_type")
    created = p.get("created") or ts(2023, 2024)
    last = min(created + dt.timedelta(days=R.randint(0, 400)), dt.datetime(2024, 11, 3, 17, 0))
    w.writerow([f"003{d(12)}", p.get("cid", ""), p["first"], p["last"], use_email(p), use_phone(p) or "",
                use_addr(p, st) or "", use_addr(p, pc) or "", use_addr(p, co) or "",
                p.get("tier", "") if p["kind"] == "customer" else "", R.choice(["Web", "Phone", "Travel Expo", "Referral", "Facebook"]),
                R.choice(["Sales AU", "Groups Desk", "International Sales"]), created.strftime("%d/%m/%Y %H:%M"), last.strftime("%d/%m/%Y")])
with open(os.path.join(DATA, "crm_contacts_export.csv"), "w", encoding="utf-8-sig", newline="") as f:
    f.write(buf.getvalue())
# US state told through CRM only for leads with state; customers' us_state already set when DB state written
for p, st, pc, co in crm_rows:
    if p["tc"] == "US" and st and p["kind"] == "lead":
        p["us_state"] = p["_us"]

# ---------------------------------------------------------------- web enquiries JSON
MSG = ["Hi, we're interested in this tour for next year. Is there a single supplement?",
       "Can you confirm if the price includes flights from Sydney?",
       "Do you have any early bird discounts for groups of 4+?",
       "Is this tour suitable for someone with limited mobility?",
       "Could you send the detailed itinerary and hotel list please.",
       "We'd like to extend by two nights at the end, is that possible?",
       "What is the deposit and cancellation policy?",
       "Are travel insurance options available through you?"]
enq_people = []
for c in R.sample([c for c in customers if c["tc"] and c["addr"].get("suburb") and c["tc"] in ("AU", "NZ")], 28):
    enq_people.append(c)
enq_people += enq_only
R.shuffle(enq_people)
out = []
eid = 70000
for p in enq_people:
    cat(p, "name"); cat(p, "activity")
    city = p["addr"].get("suburb") if p["kind"] == "customer" else p["city"]
    if p["kind"] == "customer":
        p["city"] = city
    ph = p["phone"]
    rec = {"contact_id": f"wf_{d(8)}", "customer_no": p.get("cid"),
           "name": {"given": p["first"], "family": p["last"]},
           "contact": {"email": use_email(p), "phone": use_phone(p)},
           "location": {"city": city} if city else None,
           "consent": {"marketing": R.random() < 0.5, "privacy_policy_version": "2023-07"},
           "enquiries": []}
    if city:
        cat(p, "location"); sig(p, "place", CITY_CC.get(city, p["tc"]) if p["kind"] != "customer" else p["tc"])
    for _ in range(R.choice([1, 1, 1, 2, 2, 3])):
        eid += R.randint(1, 30)
        t = R.choice(TOURS)
        rec["enquiries"].append({"enquiry_id": eid, "submitted_at": ts(2023, 2024).strftime("%Y-%m-%dT%H:%M:%S+10:00"),
                                 "tour_code": t[0], "tour_name": t[1], "party_size": R.randint(1, 6),
                                 "preferred_month": R.choice(["2025-03", "2025-04", "2025-09", "2025-10", "flexible"]),
                                 "message": R.choice(MSG), "status": R.choice(["new", "responded", "converted", "closed"])})
    out.append(rec)
with open(os.path.join(DATA, "web_enquiries.json"), "w", encoding="utf-8") as f:
    json.dump({"export": {"source": "tidewatertours.com.au/enquire", "generated_at": "2024-11-04T03:00:00Z", "count": len(out)},
               "customers": out}, f, ensure_ascii=False, indent=2)

# ---------------------------------------------------------------- partner manifest tar.gz
mbuf = io.StringIO()
w = csv.writer(mbuf, lineterminator="\n")
w.writerow(["Booking Ref", "Tour Code", "Departure", "Pax No", "Surname", "Given Names", "DOB", "Sex", "Nationality",
            "Passport No", "Passport Expiry", "Room Type", "Dietary"])
for b in bookings:
    if b["tour"] not in PARTNER or b["status"] == "cancelled": continue
    for i, p in enumerate(b["party"]):
        cat(p, "name"); cat(p, "government_id")
        if p["dob"]: cat(p, "date_of_birth")
        w.writerow([b["ref"], b["tour"], b["dep"].strftime("%d-%b-%Y").upper(), i + 1, p["last"].upper(), p["first"].upper(),
                    p["dob"].strftime("%d/%m/%Y") if p["dob"] else "", "F" if p["first"] in FEMALE else "M", p["nationality"], p["passport"],
                    (b["dep"] + dt.timedelta(days=R.randint(200, 3000))).strftime("%d/%m/%Y"),
                    R.choice(["TWIN", "DBL", "SGL", "TRP"]), R.choice(["", "", "", "VEG", "GF", "HALAL", "NO SEAFOOD"])])
readme = ("Southern Alps Coachlines - passenger manifest feed\nFormat: CSV, UTF-8, comma separated.\n"
          "Generated nightly 02:00 NZST. Contact ops desk for schema questions.\nFields: see header row.\n")
tpath = os.path.join(DATA, "partner_manifest_SAC_2024.tar.gz")
# make gzip deterministic-ish: tarfile's gzip header embeds time; rewrite with fixed mtime
import gzip
raw = io.BytesIO()
with tarfile.open(fileobj=raw, mode="w", format=tarfile.USTAR_FORMAT) as tf:
    for name, content in [("manifest/TTW_pax_manifest_2024.csv", mbuf.getvalue()), ("manifest/README.txt", readme)]:
        data = content.encode("utf-8")
        ti = tarfile.TarInfo(name); ti.size = len(data); ti.mtime = 1730685600; ti.mode = 0o644
        ti.uname = ti.gname = "sacops"
        tf.addfile(ti, io.BytesIO(data))
with open(tpath, "wb") as fh:
    with gzip.GzipFile(filename="", mode="wb", fileobj=fh, mtime=1730685600) as gz:
        gz.write(raw.getvalue())

# ---------------------------------------------------------------- residence
STRENGTH = ["address", "phone", "place", "ip", "email_cctld"]
residents, counts, conflicts, ambiguous_res = [], defaultdict(int), [], {}
for p in people:
    sg = SIG[p["pid"]]
    kinds = [k for k in STRENGTH if any(s[0] == k for s in sg)]
    country = None
    for k in STRENGTH:
        ccs = [s[1] for s in sg if s[0] == k and s[1]]
        if ccs:
            country = ccs[0]; break
    addr_cc = {s[1] for s in sg if s[0] == "address"}
    ph_cc = {s[1] for s in sg if s[0] == "phone"}
    if addr_cc and ph_cc and addr_cc != ph_cc:
        conflicts.append(p["pid"])
    assert country is None or p["tc"] is None or country == p["tc"], (p["pid"], country, p["tc"], sg)
    sub = f"US-{p['us_state']}" if country == "US" and p.get("us_state") else None
    if country is None and kinds:
        ambiguous_res[p["pid"]] = f"only place '{p['city']}' (AU or GB)"
    residents.append({"id": p["pid"], "country": country, "subdivision": sub, "signals": kinds})
    counts[sub or country or "unknown"] += 1
assert sum(counts.values()) == len(people)
for p in people:
    assert p["pid"] in CAT["name"], p

fields = {
    "tidewater_prod.sql": {
        "customers.first_name": "name", "customers.last_name": "name", "customers.email": "email", "customers.phone": "phone",
        "customers.address_line1": "location", "customers.address_line2": "location", "customers.suburb": "location",
        "customers.state": "location", "customers.postcode": "location", "customers.country_code": "location",
        "customers.date_of_birth": "date_of_birth", "customers.username": "username", "customers.password_hash": "password",
        "customers.loyalty_tier": "account_type", "customers.created_at": "activity", "customers.last_login_at": "activity",
        "bookings.booked_at": "activity",
        "booking_travellers.first_name": "name", "booking_travellers.last_name": "name",
        "booking_travellers.date_of_birth": "date_of_birth", "booking_travellers.email": "email",
        "booking_travellers.mobile": "phone", "booking_travellers.passport_no": "government_id"},
    "crm_contacts_export.csv": {"First Name": "name", "Last Name": "name", "Email": "email", "Mobile": "phone", "State": "location",
                                "Postcode": "location", "Country": "location", "Loyalty Tier": "account_type",
                                "Created Date": "activity", "Last Activity Date": "activity"},
    "web_enquiries.json": {"customers.name.given": "name", "customers.name.family": "name", "customers.contact.email": "email",
                           "customers.contact.phone": "phone", "customers.location.city": "location",
                           "customers.enquiries.submitted_at": "activity"},
    "partner_manifest_SAC_2024.tar.gz!manifest/TTW_pax_manifest_2024.csv": {
        "Surname": "name", "Given Names": "name", "DOB": "date_of_birth", "Passport No": "government_id"},
}
truth = {
    "brief": ("Tidewater Tours, a Sydney-based tour booking service (English, AU/NZ/SG/JP/CA/UK/US customers; some Japanese script). "
              "Systems: mysqldump of the booking DB (tours, customers, bookings referencing customers by customer_id, "
              "booking_travellers naming lead customers and co-travellers with passports); CRM contact export CSV (UTF-8 BOM) "
              "sharing Customer No with the DB plus CRM-only leads, with State/Postcode/Country written variously; JSON export "
              "of web-form enquiries nested under customers; nginx combined access log with usernames in /account/<username> URLs; "
              "Java application log with customer emails, usernames and IPs; a partner's (Southern Alps Coachlines) passenger "
              "manifest CSV inside a .tar.gz; a tour catalogue CSV (control)."),
    "people": len(people),
    "people_by_category": {k: len(v) for k, v in sorted(CAT.items())},
    "fields": fields,
    "text": {"access.log": ["ip_address", "activity", "username", "device"],
             "app.log": ["email", "username", "ip_address", "activity"]},
    "controls": ["tour_catalogue.csv", "partner_manifest_SAC_2024.tar.gz!manifest/README.txt"],
    "ambiguous": {"tidewater_prod.sql": ["customers.updated_at", "bookings.departure_date", "customers.title"],
                  "partner_manifest_SAC_2024.tar.gz!manifest/TTW_pax_manifest_2024.csv": ["Nationality", "Sex"]},
    "lookalikes": {
        "tidewater_prod.sql": {"bookings.payment_reference": "16-digit gateway reference numbers; about 1 in 10 pass Luhn by chance",
                               "bookings.card_last4": "last four digits only", "bookings.card_brand": "card brand only",
                               "customers.password_changed_at": "timestamp in a password-named column",
                               "bookings.booking_ref": "booking reference", "bookings.customer_id": "foreign key"},
        "crm_contacts_export.csv": {"Contact ID": "15-char CRM record id", "Customer No": "customer number"},
        "web_enquiries.json": {"customers.enquiries.enquiry_id": "form submission id", "customers.contact_id": "form contact id"},
        "partner_manifest_SAC_2024.tar.gz!manifest/TTW_pax_manifest_2024.csv": {"Passport Expiry": "document expiry date", "Booking Ref": "booking reference"},
        "tour_catalogue.csv": {"gift_voucher_ean": "EAN-13 barcodes (valid check digit)", "departs_from": "place names of tours"}},
    "residents": residents,
    "residence_counts": dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))),
    "conflicts": conflicts,
    "residence_ambiguous": ambiguous_res,
    "notes": ("People = customers (DB, some also in CRM/enquiries/logs), co-travellers (booking_travellers and manifest only; "
              "some with their own email/mobile), web-enquiry-only people (JSON only) and CRM-only leads. Anonymous access-log "
              "visitors and Googlebot lines are NOT counted as people. IP addresses of logged-in users (access.log lines with "
              "/account/<username> paths, app.log login lines) count for that customer. IP ranges used as residence evidence: "
              "1.128.0.0/11 Telstra (AU), 126.0.0.0/8 SoftBank BB (JP), 86.128.0.0/10 BT (GB); 66.249.64.0/20 is Googlebot. "
              "Only AU/JP/GB residents appear with IPs; 'ip' is listed as a signal for everyone with a logged IP. "
              "Residence signals: 'address' = any of address_line/suburb/state/postcode/country_code in the DB or State/Postcode/Country "
              "in the CRM (postcode-only rows: 4-digit AU postcodes and UK postcodes with no country; US 'ZIP only' rows carry ZIP + "
              "country_code US but no state, so subdivision is null - a ZIP was not taken as telling the state). US state written as "
              "'CA' or 'California'. Phone counts only when written with +CC; national forms (04xx, 090-, 021) do not. 'place' = "
              "location.city in the enquiry JSON (for DB customers it repeats their suburb/city). Nationality in the partner manifest "
              "is NOT taken as residence (listed ambiguous as a field). Enquiry-only people whose only clue is 'Perth' or 'Newcastle' "
              "(AU or UK) are given country null, counted under 'unknown' in residence_counts and listed in residence_ambiguous; "
              "one 'Perth' with a +61 phone and one 'Newcastle' with a +44 phone are resolved by the phone. Conflicts: AU/NZ/US "
              "addresses with a foreign (+44/+64/+61) mobile - the address wins. Co-travellers have no activity (bookings are the "
              "lead customer's); their residence comes only from their own +CC mobile or ccTLD email, else unknown. "
              "bookings.departure_date is a trip date (ambiguous as activity). Passport numbers follow national formats but have "
              "no check digits. password_hash values are bcrypt-format strings.")
}
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
print("people", len(people), dict(counts), "conflicts", len(conflicts))
