#!/usr/bin/env python3
"""Generate the J3 blind evaluation dump: Harborline Telehealth (US/CA telehealth scheduling SaaS).

Standard library only, seeded, deterministic. Writes data/ and truth.json next to this file.
All truth (people, categories, residence) is computed from the records as they are emitted.
"""
import csv
import datetime as dt
import hashlib
import io
import ipaddress
import json
import os
import random
import string
import unicodedata
import urllib.parse

SEED = 3_2024_0930
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")

EXPORT_AT = dt.datetime(2024, 9, 30, 6, 12, 44)
LOG_FROM = dt.datetime(2024, 7, 1, 0, 0, 0)
LOG_TO = dt.datetime(2024, 9, 30, 5, 59, 59)
DOMAIN = "harborlinehealth.com"

# --------------------------------------------------------------------------------------------
# Reference lists (own lists, no Faker)
# --------------------------------------------------------------------------------------------
STATE_NAMES = {
    "AL": "Alabama", "AZ": "Arizona", "CA": "California", "CO": "Colorado", "DC": "District of Columbia",
    "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "IL": "Illinois", "LA": "Louisiana",
    "MA": "Massachusetts", "MD": "Maryland", "MI": "Michigan", "MN": "Minnesota", "MO": "Missouri",
    "NC": "North Carolina", "NJ": "New Jersey", "NM": "New Mexico", "NV": "Nevada", "NY": "New York",
    "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania", "PR": "Puerto Rico",
    "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VA": "Virginia", "WA": "Washington",
    "WI": "Wisconsin",
}
PROVINCE_NAMES = {"ON": "Ontario", "QC": "Québec", "BC": "British Columbia", "AB": "Alberta",
                  "NS": "Nova Scotia", "MB": "Manitoba"}

# Area codes (real NANP assignments) per state / province
AREA_CODES = {
    "TX": ["512", "214", "713", "210", "817", "737"], "CA": ["415", "213", "310", "619", "408", "916", "510"],
    "NY": ["212", "718", "917", "516", "585", "716"], "FL": ["305", "407", "813", "904", "239", "786"],
    "IL": ["312", "773", "847", "630"], "WA": ["206", "425", "509", "253"], "MA": ["617", "508", "781"],
    "GA": ["404", "770", "678"], "CO": ["303", "720", "970"], "AZ": ["602", "480", "520"],
    "NC": ["704", "919", "336"], "OH": ["614", "216", "513"], "PA": ["215", "412", "610"],
    "MI": ["313", "616", "734"], "MN": ["612", "651", "952"], "OR": ["503", "541", "971"],
    "TN": ["615", "901", "865"], "VA": ["703", "804", "571"], "NJ": ["201", "973", "908"],
    "MD": ["301", "410", "443"], "MO": ["314", "816"], "WI": ["414", "608"], "UT": ["801", "385"],
    "NV": ["702", "775"], "LA": ["504", "225"], "DC": ["202"], "OK": ["405", "918"], "NM": ["505"],
    "HI": ["808"], "PR": ["787", "939"],
    # Canada
    "ON": ["416", "647", "613", "905", "519", "437"], "QC": ["514", "438", "418", "450"],
    "BC": ["604", "778", "250"], "AB": ["403", "780", "587"], "NS": ["902"], "MB": ["204"],
}
CA_PROVINCES = set(PROVINCE_NAMES)
AC_REGION = {}
for _st, _acs in AREA_CODES.items():
    for _ac in _acs:
        AC_REGION[_ac] = ("CA", "CA-" + _st) if _st in CA_PROVINCES else ("US", "US-" + _st)

# US cities: (city, state, zips, streets)
US_CITIES = [
    ("Austin", "TX", ["78701", "78704", "78745", "78751"], ["Elm St", "S Congress Ave", "Guadalupe St", "E Cesar Chavez St", "Burnet Rd"]),
    ("Houston", "TX", ["77002", "77019", "77096", "77008"], ["Westheimer Rd", "Heights Blvd", "Montrose Blvd", "Bellaire Blvd"]),
    ("Dallas", "TX", ["75201", "75214", "75206"], ["Swiss Ave", "Greenville Ave", "Lemmon Ave"]),
    ("San Antonio", "TX", ["78209", "78212"], ["Broadway", "McCullough Ave", "N St Mary's St"]),
    ("San Francisco", "CA", ["94110", "94114", "94122"], ["Valencia St", "Mission St", "Irving St", "Castro St"]),
    ("Los Angeles", "CA", ["90026", "90034", "90046"], ["Sunset Blvd", "Echo Park Ave", "Venice Blvd", "N Fairfax Ave"]),
    ("San Diego", "CA", ["92104", "92116"], ["University Ave", "Adams Ave", "30th St"]),
    ("Sacramento", "CA", ["95816", "95818"], ["J St", "Freeport Blvd", "28th St"]),
    ("San Jose", "CA", ["95125"], ["Lincoln Ave", "Meridian Ave"]),
    ("New York", "NY", ["10025", "10003", "10128"], ["Amsterdam Ave", "E 12th St", "W 104th St", "Lexington Ave"]),
    ("Brooklyn", "NY", ["11215", "11238"], ["7th Ave", "Prospect Pl", "Vanderbilt Ave", "Union St"]),
    ("Buffalo", "NY", ["14222"], ["Elmwood Ave", "Delaware Ave"]),
    ("Rochester", "NY", ["14620"], ["Park Ave", "Monroe Ave"]),
    ("Miami", "FL", ["33133", "33137"], ["Biscayne Blvd", "SW 27th Ave", "NE 2nd Ave"]),
    ("Orlando", "FL", ["32803", "32806"], ["E Colonial Dr", "Curry Ford Rd"]),
    ("Tampa", "FL", ["33606"], ["Bayshore Blvd", "S Howard Ave"]),
    ("Jacksonville", "FL", ["32205"], ["Park St", "Herschel St"]),
    ("Chicago", "IL", ["60614", "60622", "60657"], ["N Clark St", "W Division St", "N Sheffield Ave", "W Belmont Ave"]),
    ("Evanston", "IL", ["60201"], ["Chicago Ave", "Sherman Ave"]),
    ("Seattle", "WA", ["98103", "98115", "98122"], ["N 45th St", "Stone Way N", "E Pike St", "NE 65th St"]),
    ("Spokane", "WA", ["99203"], ["S Grand Blvd", "E 29th Ave"]),
    ("Boston", "MA", ["02130", "02116"], ["Centre St", "Commonwealth Ave", "Boylston St"]),
    ("Cambridge", "MA", ["02139"], ["Massachusetts Ave", "Prospect St"]),
    ("Worcester", "MA", ["01609"], ["Highland St", "Salisbury St"]),
    ("Atlanta", "GA", ["30307", "30306"], ["Moreland Ave", "N Highland Ave", "Ponce de Leon Ave NE"]),
    ("Decatur", "GA", ["30030"], ["W Ponce de Leon Ave", "Clairemont Ave"]),
    ("Denver", "CO", ["80205", "80210", "80218"], ["E Colfax Ave", "S Pearl St", "Downing St"]),
    ("Boulder", "CO", ["80304"], ["Mapleton Ave", "Broadway"]),
    ("Phoenix", "AZ", ["85004", "85018"], ["N Central Ave", "E Camelback Rd"]),
    ("Tucson", "AZ", ["85719"], ["E Speedway Blvd", "N Campbell Ave"]),
    ("Scottsdale", "AZ", ["85251"], ["N Scottsdale Rd", "E Indian School Rd"]),
    ("Charlotte", "NC", ["28203", "28205"], ["East Blvd", "Central Ave", "The Plaza"]),
    ("Raleigh", "NC", ["27608"], ["Glenwood Ave", "Oberlin Rd"]),
    ("Durham", "NC", ["27701"], ["W Main St", "Broad St"]),
    ("Columbus", "OH", ["43201", "43215"], ["N High St", "Neil Ave"]),
    ("Cleveland", "OH", ["44113"], ["W 25th St", "Lorain Ave"]),
    ("Cincinnati", "OH", ["45202"], ["Vine St", "Race St"]),
    ("Philadelphia", "PA", ["19103", "19147"], ["Spruce St", "S 9th St", "Walnut St"]),
    ("Pittsburgh", "PA", ["15217"], ["Murray Ave", "Forbes Ave"]),
    ("Detroit", "MI", ["48201"], ["Woodward Ave", "Cass Ave"]),
    ("Grand Rapids", "MI", ["49503"], ["Wealthy St SE", "Fulton St E"]),
    ("Ann Arbor", "MI", ["48104"], ["S State St", "Packard St"]),
    ("Minneapolis", "MN", ["55408", "55405"], ["Lyndale Ave S", "Hennepin Ave", "W Lake St"]),
    ("Saint Paul", "MN", ["55105"], ["Grand Ave", "Summit Ave"]),
    ("Portland", "OR", ["97202", "97214"], ["SE Hawthorne Blvd", "SE Division St", "SE Belmont St"]),
    ("Eugene", "OR", ["97405"], ["Willamette St", "E 24th Ave"]),
    ("Nashville", "TN", ["37206", "37212"], ["Fatherland St", "Belmont Blvd", "Gallatin Ave"]),
    ("Memphis", "TN", ["38104"], ["Union Ave", "Cooper St"]),
    ("Arlington", "VA", ["22201"], ["Wilson Blvd", "N Highland St"]),
    ("Richmond", "VA", ["23220"], ["W Grace St", "Monument Ave"]),
    ("Jersey City", "NJ", ["07302"], ["Grove St", "Newark Ave"]),
    ("Montclair", "NJ", ["07042"], ["Bloomfield Ave", "Park St"]),
    ("Baltimore", "MD", ["21218"], ["N Charles St", "Greenmount Ave"]),
    ("Silver Spring", "MD", ["20910"], ["Colesville Rd", "Georgia Ave"]),
    ("St. Louis", "MO", ["63110"], ["Shaw Ave", "S Kingshighway Blvd"]),
    ("Kansas City", "MO", ["64111"], ["Main St", "W 39th St"]),
    ("Milwaukee", "WI", ["53202"], ["N Prospect Ave", "E Brady St"]),
    ("Madison", "WI", ["53703"], ["Williamson St", "E Johnson St"]),
    ("Salt Lake City", "UT", ["84102"], ["E 900 S", "S 1100 E"]),
    ("Las Vegas", "NV", ["89104"], ["E Charleston Blvd", "S Maryland Pkwy"]),
    ("New Orleans", "LA", ["70115"], ["Magazine St", "Prytania St"]),
    ("Washington", "DC", ["20009"], ["18th St NW", "Columbia Rd NW", "U St NW"]),
    ("Oklahoma City", "OK", ["73103"], ["NW 23rd St", "N Walker Ave"]),
    ("Albuquerque", "NM", ["87106"], ["Central Ave SE", "Girard Blvd NE"]),
    ("Honolulu", "HI", ["96813", "96822"], ["Lusitana St", "Wilder Ave"]),
]
CITY_BY_STATE = {}
for _c in US_CITIES:
    CITY_BY_STATE.setdefault(_c[1], []).append(_c)
# weights: where a telehealth SaaS' patients cluster
STATE_WEIGHTS = {"TX": 10, "CA": 11, "NY": 8, "FL": 8, "IL": 5, "WA": 4, "MA": 4, "GA": 4, "CO": 4,
                 "AZ": 3, "NC": 4, "OH": 3, "PA": 4, "MI": 3, "MN": 2, "OR": 2, "TN": 2, "VA": 2,
                 "NJ": 2, "MD": 2, "MO": 2, "WI": 1, "UT": 1, "NV": 1, "LA": 1, "DC": 1, "OK": 1,
                 "NM": 1, "HI": 1}

CA_CITIES = [
    ("Toronto", "ON", ["M5V", "M4Y", "M6G", "M6J", "M4M"], ["King St W", "Queen St E", "Dundas St W", "Bathurst St", "Danforth Ave", "Spadina Ave"]),
    ("Ottawa", "ON", ["K1N", "K2P", "K1S"], ["Bank St", "Elgin St", "Somerset St W"]),
    ("Mississauga", "ON", ["L5B", "L5M"], ["Burnhamthorpe Rd W", "Hurontario St"]),
    ("Hamilton", "ON", ["L8P", "L8R"], ["Locke St S", "King St E"]),
    ("Montréal", "QC", ["H2X", "H2J", "H2T", "H3B", "H4A"], ["rue Saint-Denis", "avenue du Mont-Royal Est", "boulevard Saint-Laurent", "rue Sherbrooke Ouest"]),
    ("Québec", "QC", ["G1R", "G1K"], ["rue Saint-Jean", "chemin Sainte-Foy"]),
    ("Vancouver", "BC", ["V6B", "V6E", "V5L", "V5N"], ["W Georgia St", "Commercial Dr", "Main St", "W 4th Ave"]),
    ("Victoria", "BC", ["V8W", "V8V"], ["Fort St", "Cook St"]),
    ("Calgary", "AB", ["T2P", "T2S", "T3C"], ["17 Ave SW", "4 St SW", "Kensington Rd NW"]),
    ("Edmonton", "AB", ["T5J", "T6E"], ["Jasper Ave NW", "Whyte Ave NW"]),
    ("Halifax", "NS", ["B3H", "B3J"], ["Spring Garden Rd", "Barrington St"]),
    ("Winnipeg", "MB", ["R3C", "R3M"], ["Portage Ave", "Corydon Ave"]),
]
CA_PROV_WEIGHTS = {"ON": 9, "QC": 5, "BC": 4, "AB": 2, "NS": 1, "MB": 1}

PR_ADDRESSES = [
    # (template, city, zip) -- {n} is replaced by a number
    ("Calle Loíza {n} Apt 4B, San Juan, PR 00911", "San Juan", "00911"),
    ("Urb. Villa Carolina, {n}-12 Calle 411, Carolina, PR 00985", "Carolina", "00985"),
    ("Cond. Plaza del Mar Apt {n}, 3001 Ave Isla Verde, Carolina, Puerto Rico 00979", "Carolina", "00979"),
    ("Urb. Santa María, {n} Calle Nogal, Mayagüez, PR 00680", "Mayagüez", "00680"),
    ("Calle Méndez Vigo {n}, Dorado PR 00646", "Dorado", "00646"),
    ("Urb. Los Caobos, {n} Calle Acerola, Ponce, PR 00716", "Ponce", "00716"),
    ("Cond. Torres del Parque Apt {n}, Bayamón, PR 00956", "Bayamón", "00956"),
]

FOREIGN = {
    # country: (address builders, phone builder key, email ccTLD domains)
    "GB": {"addr": [
        lambda: f"Flat {R.randint(1, 9)}, {R.randint(2, 140)} Ashley Road, Bristol BS6 5NR, United Kingdom",
        lambda: f"{R.randint(2, 200)} Lordship Lane, London SE22 8HN, UK",
        lambda: f"{R.randint(2, 90)} Wilmslow Road, Manchester M20 2RN, England",
        lambda: f"{R.randint(1, 60)}/{R.randint(1, 9)} Marchmont Road, Edinburgh EH9 1HZ, Scotland",
        lambda: f"{R.randint(2, 120)} Headingley Lane, Leeds LS6 2AS, United Kingdom"],
        "cctld": ["yahoo.co.uk", "hotmail.co.uk", "btinternet.com", "gmail.com"]},
    "DE": {"addr": [
        lambda: f"Schönhauser Allee {R.randint(2, 180)}, 10435 Berlin, Germany",
        lambda: f"Leopoldstraße {R.randint(2, 200)}, 80802 München, Deutschland",
        lambda: f"Große Bergstraße {R.randint(2, 250)}, 22767 Hamburg, Germany",
        lambda: f"Berger Straße {R.randint(2, 300)}, 60316 Frankfurt am Main, Deutschland"],
        "cctld": ["gmx.de", "web.de", "t-online.de", "gmail.com"]},
    "FR": {"addr": [
        lambda: f"{R.randint(2, 80)} rue des Martyrs, 75009 Paris, France",
        lambda: f"{R.randint(2, 120)} boulevard de la Croix-Rousse, 69004 Lyon, France",
        lambda: f"{R.randint(2, 150)} cours Victor Hugo, 33000 Bordeaux, France"],
        "cctld": ["orange.fr", "free.fr", "laposte.net", "gmail.com"]},
    "MX": {"addr": [
        lambda: f"Av. Álvaro Obregón {R.randint(10, 290)}, Roma Nte., 06700 Ciudad de México, CDMX, México",
        lambda: f"Calle Hidalgo {R.randint(2, 90)}, Zona Centro, 37700 San Miguel de Allende, Gto., Mexico",
        lambda: f"Calle 20 Norte {R.randint(100, 400)}, Centro, 77710 Playa del Carmen, Q.R., México",
        lambda: f"Av. Chapultepec {R.randint(10, 600)}, Col. Americana, 44160 Guadalajara, Jal., Mexico"],
        "cctld": ["prodigy.net.mx", "yahoo.com.mx", "hotmail.com", "gmail.com"]},
    "JP": {"addr": [
        lambda: f"{R.randint(1, 4)}-{R.randint(1, 20)}-{R.randint(1, 15)} Meguro, Meguro-ku, Tokyo 153-0063, Japan"],
        "cctld": ["docomo.ne.jp", "yahoo.co.jp", "gmail.com"]},
    "AU": {"addr": [
        lambda: f"{R.randint(2, 300)} Brunswick St, Fitzroy VIC 3065, Australia",
        lambda: f"{R.randint(2, 400)} Crown St, Surry Hills NSW 2010, Australia"],
        "cctld": ["optusnet.com.au", "bigpond.com", "gmail.com"]},
    "IE": {"addr": [lambda: f"{R.randint(2, 90)} Ranelagh Road, Dublin 6, D06 Y2X9, Ireland"],
           "cctld": ["eircom.net", "gmail.com"]},
    "NL": {"addr": [lambda: f"Prinsengracht {R.randint(100, 900)}-2, 1016 GV Amsterdam, Netherlands",
                    lambda: f"Oudegracht {R.randint(10, 300)}, 3511 AB Utrecht, Nederland"],
           "cctld": ["ziggo.nl", "kpnmail.nl", "gmail.com"]},
    "IN": {"addr": [lambda: f"Flat {R.randint(101, 1204)}, Prestige Shantiniketan, Whitefield, Bengaluru, Karnataka 560048, India"],
           "cctld": ["gmail.com", "rediffmail.com"]},
}

US_DOMAINS = ["gmail.com"] * 10 + ["yahoo.com"] * 3 + ["outlook.com"] * 2 + ["hotmail.com"] * 2 + \
    ["icloud.com"] * 3 + ["aol.com", "comcast.net", "att.net", "verizon.net", "me.com", "protonmail.com"]
CA_DOMAINS = ["gmail.com"] * 5 + ["hotmail.com", "outlook.com", "yahoo.ca", "sympatico.ca", "shaw.ca",
                                  "videotron.ca", "rogers.com", "bell.net", "hotmail.ca", "icloud.com"]
CCTLD = {"ca": "CA", "uk": "GB", "de": "DE", "fr": "FR", "mx": "MX", "jp": "JP", "au": "AU", "ie": "IE",
         "nl": "NL", "in": "IN", "us": "US"}

US_F = ["Maria", "Jennifer", "Ashley", "Jessica", "Emily", "Sarah", "Megan", "Lauren", "Olivia", "Emma",
        "Sophia", "Isabella", "Mia", "Chloe", "Hannah", "Grace", "Abigail", "Madison", "Kayla", "Brittany",
        "Amanda", "Stephanie", "Nicole", "Rachel", "Rebecca", "Patricia", "Linda", "Barbara", "Susan",
        "Karen", "Nancy", "Deborah", "Sandra", "Donna", "Carol", "Michelle", "Tiffany", "Keisha", "Latoya",
        "Aaliyah", "Imani", "Jasmine", "Destiny", "Priya", "Ananya", "Mei", "Linh", "Hana", "Soo-jin",
        "Yesenia", "Guadalupe", "Alejandra", "Ximena", "Valeria", "Renée", "Zoë", "Siobhan", "Dana",
        "Courtney", "Heather", "Crystal", "Erin", "Naomi", "Tamika", "Shanice", "Beatriz"]
US_M = ["James", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Christopher",
        "Daniel", "Matthew", "Anthony", "Mark", "Steven", "Andrew", "Joshua", "Kevin", "Brian", "Tyler",
        "Brandon", "Justin", "Jacob", "Ethan", "Noah", "Liam", "Mason", "Logan", "Caleb", "DeShawn",
        "Jamal", "Darnell", "Terrence", "Malik", "Andre", "Luis", "Carlos", "José", "Juan", "Miguel",
        "Alejandro", "Diego", "Raj", "Arjun", "Vikram", "Wei", "Minh", "Hiroshi", "Kenji", "Jae-won",
        "Omar", "Tariq", "Sean", "Patrick", "Connor", "Dmitri", "Elijah", "Isaiah", "Marcus"]
US_L = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez",
        "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore",
        "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez",
        "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen",
        "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell",
        "Carter", "Roberts", "Patel", "Shah", "Kim", "Park", "Chen", "Wang", "Tran", "Le", "Okafor",
        "Adeyemi", "Washington", "Jefferson", "O'Brien", "O'Connor", "McCarthy", "Kowalski", "Nowak",
        "Schmidt", "Rossi", "Russo", "Cohen", "Goldberg", "Murphy", "Sullivan", "Brooks", "Bennett",
        "Gray", "Hughes", "Price", "Sanders", "Foster", "Bryant", "Russell", "Griffin", "Diaz", "Hayes",
        "Myers", "Ford", "Hamilton", "Graham", "Wallace", "Woods", "Cole", "West", "Jordan", "Reynolds",
        "Ellis", "Yamamoto", "Tanaka", "Singh", "Kaur", "Haddad", "Khalil", "Abdullah", "Dubois",
        "Castillo", "Vargas", "Mendoza", "Okonkwo", "Mensah", "Phillips", "Evans", "Turner", "Parker"]
PR_F = ["Carmen", "María", "Yolanda", "Xiomara", "Marisol", "Ivelisse", "Nilda", "Luz", "Nayeli", "Gladys"]
PR_M = ["José", "Luis", "Yadiel", "Jorge", "Ramón", "Héctor", "Wilfredo", "Edwin", "Ángel", "Orlando"]
PR_L = ["Rivera", "Rodríguez", "Colón", "Ortiz", "Santiago", "Vázquez", "Torres", "Cruz", "Rosario",
        "Figueroa", "Meléndez", "Pagán", "Quiñones", "Báez", "Maldonado"]
CA_F = ["Emma", "Olivia", "Ava", "Charlotte", "Madison", "Brooke", "Avery", "Harpreet", "Jasmeet", "Mei-Ling", "Kayla", "Tessa"]
CA_M = ["Liam", "Ethan", "Owen", "Connor", "Tyler", "Jordan", "Gurpreet", "Kevin", "Ryan", "Darren", "Colin"]
CA_L = ["MacDonald", "Campbell", "Fraser", "Stewart", "MacLeod", "Murray", "Robertson", "Thompson",
        "Wilson", "Brown", "Singh", "Chan", "Wong", "Li", "Lam", "Sandhu", "Gill", "Boychuk", "Kowalczyk"]
QC_F = ["Léa", "Chloé", "Camille", "Sophie", "Geneviève", "Marie-Ève", "Isabelle", "Nathalie", "Julie", "Émilie"]
QC_M = ["Mathieu", "Félix", "Samuel", "Gabriel", "Olivier", "Émile", "Jean-François", "Étienne", "Luc", "Marc-André"]
QC_L = ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin",
        "Gagné", "Ouellet", "Pelletier", "Bélanger", "Lévesque", "Bergeron"]
FOREIGN_NAMES = {
    "GB": (["Amelia", "Isla", "Poppy", "Fiona", "Niamh"], ["Oliver", "Harry", "George", "Callum", "Rhys"],
           ["Clarke", "Hughes", "Evans", "Walker", "Thomson", "Davies", "Lloyd"]),
    "DE": (["Anna", "Lena", "Katharina", "Sabine"], ["Lukas", "Jonas", "Felix", "Jürgen"],
           ["Müller", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Schäfer"]),
    "FR": (["Chloé", "Manon", "Inès", "Élodie"], ["Hugo", "Louis", "Jules", "Thibault"],
           ["Martin", "Bernard", "Lefèvre", "Moreau", "Laurent", "Girard"]),
    "MX": (["Sofía", "Valentina", "Regina", "Ximena"], ["Santiago", "Mateo", "Emiliano", "Rodrigo"],
           ["Hernández", "García", "Martínez", "López", "Ramírez", "Sánchez"]),
    "JP": (["Sakura", "Yui", "Aoi"], ["Haruto", "Yuto", "Ren"], ["Sato", "Suzuki", "Takahashi", "Watanabe"]),
    "AU": (["Matilda", "Charlotte"], ["Lachlan", "Jack"], ["Kelly", "Ryan", "Nguyen"]),
    "IE": (["Aoife", "Saoirse"], ["Ciarán", "Seán"], ["O'Sullivan", "Walsh", "Byrne"]),
    "NL": (["Sanne", "Julia"], ["Daan", "Sem"], ["de Jong", "Jansen", "de Vries", "Bakker"]),
    "IN": (["Ananya", "Diya"], ["Aarav", "Vihaan"], ["Sharma", "Iyer", "Reddy", "Nair"]),
}

# --------------------------------------------------------------------------------------------
# IP ranges: only large national ISP / carrier allocations whose country is certain
# --------------------------------------------------------------------------------------------
IP_RANGES = {
    "comcast": ("US", ipaddress.ip_network("73.0.0.0/8")),          # Comcast Cable, AS7922 (ARIN), US
    "tmobile": ("US", ipaddress.ip_network("172.56.0.0/16")),       # part of T-Mobile USA 172.32.0.0/11, AS21928
    "comcast6": ("US", ipaddress.ip_network("2601::/20")),          # Comcast IPv6 residential
    "rogers": ("CA", ipaddress.ip_network("99.224.0.0/11")),        # Rogers Communications Canada
    "bt": ("GB", ipaddress.ip_network("86.128.0.0/10")),            # BT (btcentralplus), UK
    "dtag": ("DE", ipaddress.ip_network("84.128.0.0/10")),          # Deutsche Telekom dial-in pools (t-ipconnect)
    "orange": ("FR", ipaddress.ip_network("90.0.0.0/9")),           # Orange France (wanadoo.fr)
    "googlebot": ("US", ipaddress.ip_network("66.249.64.0/19")),    # Google crawler (not a person)
}


def rand_ip(key):
    net = IP_RANGES[key][1]
    while True:
        off = R.randrange(1, net.num_addresses - 1)
        a = net.network_address + off
        if a.version == 4 and str(a).split(".")[-1] in ("0", "255"):
            continue
        return str(a)


def ip_country(ip):
    a = ipaddress.ip_address(ip)
    for key, (cc, net) in IP_RANGES.items():
        if a.version == net.version and a in net:
            return cc
    return None


# --------------------------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------------------------
def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def luhn_check_digit(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(num):
    return luhn_check_digit(num[:-1]) == num[-1]


def rdate(a, b):
    span = (b - a).days
    return a + dt.timedelta(days=R.randint(0, span))


def rdt(a, b):
    span = int((b - a).total_seconds())
    return a + dt.timedelta(seconds=R.randint(0, span))


def nanp_exchange():
    while True:
        x = R.randint(201, 989)
        s = str(x)
        if s[1:] == "11" or s == "555" or s in ("950", "958", "959", "976"):
            continue
        return s


def us_number(region):
    ac = R.choice(AREA_CODES[region])
    return ac, nanp_exchange(), f"{R.randint(0, 9999):04d}"


def fmt_nanp(num, intl):
    ac, ex, ln = num
    if intl:
        return R.choice([f"+1 {ac}-{ex}-{ln}", f"+1 ({ac}) {ex}-{ln}", f"+1{ac}{ex}{ln}",
                         f"+1 {ac} {ex} {ln}", f"+1.{ac}.{ex}.{ln}"])
    return R.choice([f"({ac}) {ex}-{ln}", f"({ac}) {ex}-{ln}", f"{ac}-{ex}-{ln}", f"{ac}.{ex}.{ln}",
                     f"{ac}{ex}{ln}", f"{ac} {ex} {ln}"])


def e164_nanp(num):
    return "+1" + "".join(num)


def foreign_phone(cc, intl=True):
    d = lambda n: "".join(str(R.randint(0, 9)) for _ in range(n))
    if cc == "GB":
        core = f"7{R.randint(400, 999)} {d(6)}"
        return ("+44 " + core) if intl else ("0" + core)
    if cc == "IE":
        p = R.choice(["83", "85", "86", "87"])
        return f"+353 {p} {d(3)} {d(4)}" if intl else f"0{p} {d(3)} {d(4)}"
    if cc == "DE":
        p = R.choice(["151", "152", "157", "160", "170", "171", "176"])
        return f"+49 {p} {d(8)}" if intl else f"0{p} {d(8)}"
    if cc == "FR":
        p = R.choice(["6", "7"])
        parts = " ".join(d(2) for _ in range(4))
        return f"+33 {p} {parts}" if intl else f"0{p} {parts}"
    if cc == "MX":
        p = R.choice([("55", 8), ("415", 7), ("984", 7), ("33", 8)])
        rest = d(p[1])
        rest = rest[:4] + " " + rest[4:] if p[1] == 8 else rest[:3] + " " + rest[3:]
        return f"+52 {p[0]} {rest}"
    if cc == "JP":
        return f"+81 90-{d(4)}-{d(4)}" if intl else f"090-{d(4)}-{d(4)}"
    if cc == "AU":
        return f"+61 4{d(2)} {d(3)} {d(3)}" if intl else f"04{d(2)} {d(3)} {d(3)}"
    if cc == "NL":
        return f"+31 6 {d(8)}" if intl else f"06-{d(8)}"
    if cc == "IN":
        return f"+91 9{d(4)} {d(5)}"
    raise ValueError(cc)


PHONE_CC = [("+353", "IE"), ("+44", "GB"), ("+49", "DE"), ("+33", "FR"), ("+52", "MX"), ("+81", "JP"),
            ("+61", "AU"), ("+31", "NL"), ("+91", "IN")]


def phone_signal(phone):
    """(country, subdivision) told by a phone string in international form, else None."""
    if not phone or not phone.strip().startswith("+"):
        return None
    p = phone.strip()
    if p.startswith("+1"):
        digits = "".join(c for c in p[2:] if c.isdigit())
        cc, sub = AC_REGION[digits[:3]]
        return cc, sub
    for pref, cc in PHONE_CC:
        if p.startswith(pref):
            return cc, None
    raise ValueError(phone)


def email_cctld(email):
    if not email:
        return None
    tld = email.rsplit(".", 1)[-1].lower()
    return CCTLD.get(tld)


def ca_postal(fsa):
    letters = "ABCEGHJKLMNPRSTVWXYZ"
    return f"{fsa} {R.randint(0, 9)}{R.choice(letters)}{R.randint(0, 9)}"


BCRYPT_ALPHA = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def bcrypt_hash():
    cost = R.choice(["$2b$12$", "$2b$12$", "$2b$10$", "$2y$10$"])
    return cost + "".join(R.choice(BCRYPT_ALPHA) for _ in range(53))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:32]}"


MBI_LET = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    an = lambda: R.choice(MBI_LET + "0123456789")
    s = (str(R.randint(1, 9)) + R.choice(MBI_LET) + an() + str(R.randint(0, 9)) + R.choice(MBI_LET) + an()
         + str(R.randint(0, 9)) + R.choice(MBI_LET) + R.choice(MBI_LET) + str(R.randint(0, 9)) + str(R.randint(0, 9)))
    return s if R.random() < 0.5 else f"{s[:4]}-{s[4:7]}-{s[7:]}"


def ohip():
    base = "".join(str(R.randint(0, 9)) for _ in range(9))
    base = str(R.randint(1, 9)) + base[1:]
    num = base + luhn_check_digit(base)
    vc = R.choice(["", "AB", "KT", "XR", "MN"])
    return R.choice([f"{num[:4]}-{num[4:7]}-{num[7:]}" + (f"-{vc}" if vc else ""),
                     f"{num[:4]} {num[4:7]} {num[7:]}" + (f" {vc}" if vc else "")])


def bc_phn():
    w = [2, 4, 8, 5, 10, 9, 7, 3]
    while True:
        d = [9] + [R.randint(0, 9) for _ in range(8)]
        s = sum(d[i + 1] * w[i] for i in range(8)) % 11
        c = 11 - s
        if c < 10:
            num = "".join(map(str, d)) + str(c)
            return f"{num[:4]} {num[4:7]} {num[7:]}"


def ramq(first, last, dob, sex):
    l = strip_accents(last).upper().replace(" ", "").replace("-", "").replace("'", "")
    f = strip_accents(first).upper()
    mm = dob.month + (50 if sex == "F" else 0)
    return f"{(l + 'XXX')[:3]}{f[0]} {dob.year % 100:02d}{mm:02d} {dob.day:02d}{R.randint(10, 99)}"


def npi():
    base = str(R.choice([1, 1, 1, 2])) + "".join(str(R.randint(0, 9)) for _ in range(8))
    return base + luhn_check_digit("80840" + base)


# --------------------------------------------------------------------------------------------
# People registry and per-person truth bookkeeping
# --------------------------------------------------------------------------------------------
PEOPLE = {}          # pid -> dict
CATS = {}            # pid -> set(categories)
SIG = {}             # pid -> list of (signal, country, subdivision, basis, detail)


def new_person(kind, **kw):
    pid = f"p{len(PEOPLE) + 1:04d}"
    p = {"pid": pid, "kind": kind}
    p.update(kw)
    PEOPLE[pid] = p
    CATS[pid] = set()
    SIG[pid] = []
    return p


def mark(pid, *cats):
    CATS[pid].update(cats)


def add_sig(pid, kind, cc, sub=None, basis=None, detail=None):
    SIG[pid].append((kind, cc, sub, basis, detail))


# --------------------------------------------------------------------------------------------
# Patient archetypes
# --------------------------------------------------------------------------------------------
ARCH = (["us_full"] * 74 + ["us_spelled"] * 12 + ["us_nozip"] * 5 + ["us_country"] * 6 +
        ["us_zip_in_address"] * 3 + ["us_claims_zip_only"] * 4 + ["us_claims_state_zip"] * 4 +
        ["pr"] * 6 + ["ca"] * 22 + ["abroad"] * 14 + ["phone_only"] * 9 + ["place_only"] * 5 +
        ["ip_only"] * 6 + ["email_only"] * 4 + ["unknown"] * 12)
R.shuffle(ARCH)

# modifiers, assigned to specific archetype occurrences
US_STATE_MISMATCH = 11       # US address, +1 phone of another state (international form or SMS)
US_FOREIGN_PHONE = ["GB", "MX"]  # US residents with a foreign mobile (conflict)
US_CANADIAN_PHONE = 1        # US resident with a Canadian +1 number (conflict)
CA_US_PHONE = [("FL", "239"), ("WA", "206"), ("NY", "716")]  # Canadians with US numbers (conflict)
ABROAD_PLAN = ["GB", "GB", "GB", "MX", "MX", "MX", "DE", "DE", "FR", "FR", "JP", "AU", "IE", "NL"]
ABROAD_US_PHONE = {1: ("MA", "617"), 4: ("TX", "210"), 7: ("CA", "415"), 10: ("HI", "808")}  # index in ABROAD_PLAN


def pick_state():
    states = sorted(STATE_WEIGHTS)
    return R.choices(states, weights=[STATE_WEIGHTS[s] for s in states])[0]


def pick_name(pool):
    fem, male, last = pool
    sex = R.choice("FM")
    first = R.choice(fem if sex == "F" else male)
    return first, R.choice(last), sex


def us_pool():
    return (US_F, US_M, US_L)


def make_username(first, last, dob, used):
    f = strip_accents(first).lower().replace(" ", "").replace("-", "").replace("'", "")
    l = strip_accents(last).lower().replace(" ", "").replace("-", "").replace("'", "")
    for _ in range(50):
        opt = R.choice([f"{f[0]}{l}{dob.year % 100:02d}", f"{f}.{l}", f"{f}{l[0]}{R.randint(1, 99)}",
                        f"{f}_{l}", f"{l}{f[0]}", f"{f}{R.randint(100, 9999)}", f"{f[:3]}{l[:4]}"])
        if opt not in used:
            used.add(opt)
            return opt
    raise RuntimeError


def make_email(first, last, dob, domain, used):
    f = strip_accents(first).lower().replace(" ", "").replace("'", "")
    l = strip_accents(last).lower().replace(" ", "").replace("'", "")
    for _ in range(50):
        local = R.choice([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}.{l}{dob.year % 100:02d}",
                          f"{f}{R.randint(1, 999)}", f"{l}.{f}", f"{f}_{l}{R.randint(1, 99)}"])
        e = f"{local}@{domain}"
        if e not in used:
            used.add(e)
            return e
    raise RuntimeError


USED_EMAILS, USED_USERNAMES = set(), set()


def adult_dob():
    return rdate(dt.date(1941, 1, 1), dt.date(2005, 12, 31))


def us_street_address(city, st, fmt, unit_p=0.35):
    cname, _, zips, streets = city
    num = R.choice([R.randint(10, 99), R.randint(100, 999), R.randint(1000, 9999)])
    street = R.choice(streets)
    unit = ""
    if R.random() < unit_p:
        unit = R.choice([f" Apt {R.randint(1, 30)}", f" Apt {R.randint(1, 9)}{R.choice('ABCD')}",
                         f" #{R.randint(101, 905)}", f" Unit {R.randint(1, 40)}"])
    z = R.choice(zips)
    meta = {"type": "street", "country": "US", "state": st, "state_written": "abbr", "zip": z, "city": cname}
    if fmt == "full":
        v = R.random()
        if v < 0.55:
            s = f"{num} {street}{unit}, {cname}, {st} {z}"
        elif v < 0.70:
            s = f"{num} {street}{unit.replace(' Apt', ', Apt.')}, {cname} {st} {z}"
        elif v < 0.80:
            s = f"{num} {street}{unit} {cname} {st} {z}".lower()
        elif v < 0.90:
            s = f"{num} {street}{unit}\n{cname}, {st} {z}"
        else:
            s = f"{num} {street}{unit}, {cname}, {st} {z}-{R.randint(1000, 9999)}"
    elif fmt == "spelled":
        s = f"{num} {street}{unit}, {cname}, {STATE_NAMES[st]} {z}"
        meta["state_written"] = "name"
    elif fmt == "nozip":
        s = f"{num} {street}{unit}, {cname}, {st}"
        meta["zip"] = None
    elif fmt == "country":
        s = f"{num} {street}{unit}, {cname}, {st} {z}, " + R.choice(["USA", "United States", "US", "U.S.A."])
    else:
        raise ValueError(fmt)
    return s, meta


def ca_address(city):
    cname, prov, fsas, streets = city
    num = R.randint(10, 2999)
    street = R.choice(streets)
    pc = ca_postal(R.choice(fsas))
    meta = {"type": "street", "country": "CA", "state": prov, "state_written": "abbr", "zip": pc, "city": cname}
    v = R.random()
    if prov == "QC" and v < 0.5:
        app = f", app. {R.randint(1, 12)}" if R.random() < 0.5 else ""
        s = f"{num}, {street}{app}, {cname} (Québec) {pc}"
        meta["state_written"] = "name"
    elif v < 0.35:
        s = f"{num} {street}, {cname}, {prov} {pc}, Canada"
    elif v < 0.55:
        s = f"Unit {R.randint(101, 2405)} - {num} {street}, {cname}, {prov} {pc}"
    elif v < 0.72:
        s = f"{num} {street}, {cname}, {PROVINCE_NAMES[prov]} {pc}"
        meta["state_written"] = "name"
    elif v < 0.85:
        s = f"{num} {street} {cname} {prov} {pc.replace(' ', '')} Canada"
    else:
        s = f"{num} {street}\n{cname}, {prov}  {pc}"
    return s, meta


# per-patient plan ---------------------------------------------------------------------------
patients = []
abroad_i = 0
mismatch_left = US_STATE_MISMATCH
us_foreign_left = list(US_FOREIGN_PHONE)
us_ca_left = US_CANADIAN_PHONE
ca_us_left = list(CA_US_PHONE)
pr_mismatch_left = 1
phone_only_plan = [("US", "CA"), ("US", "NY"), ("US", "GA"), ("US", "IL"), ("US", "AZ"), ("CA", "ON"),
                   ("CA", "BC"), ("IN", None), ("GB", None)]
place_only_plan = [("Chicago", "US", "US-IL"), ("Denver", "US", "US-CO"), ("Seattle", "US", "US-WA"),
                   ("Toronto", "CA", None), ("Montréal", "CA", None)]
email_only_plan = [("DE", "gmx.de"), ("GB", "yahoo.co.uk"), ("CA", "videotron.ca"), ("FR", "orange.fr")]
ip_only_plan = ["US", "US", "US", "US", "CA", "CA"]
us_email_conflict_left = 1   # one German expat living in Chicago with a gmx.de address (email says DE)

for arch in ARCH:
    pt = {"arch": arch, "address": None, "addr_meta": None, "phone": None, "phone_num": None,
          "email": None, "sms_opt_in": 0, "portal": False, "insured": False, "claims_mode": None,
          "payer": None, "member_id": None, "lang": "en", "home_cc": None, "home_region": None,
          "notes": []}
    first = last = sex = None
    dob = adult_dob()
    email_domain = R.choice(US_DOMAINS)
    if arch in ("us_full", "us_spelled", "us_nozip", "us_country", "us_zip_in_address",
                "us_claims_zip_only", "us_claims_state_zip"):
        st = pick_state()
        city = R.choice(CITY_BY_STATE[st])
        first, last, sex = pick_name(us_pool())
        pt["home_cc"], pt["home_region"] = "US", st
        fmt = {"us_full": "full", "us_spelled": "spelled", "us_nozip": "nozip", "us_country": "country"}.get(arch)
        if fmt:
            pt["address"], pt["addr_meta"] = us_street_address(city, st, fmt)
        elif arch == "us_zip_in_address":
            z = R.choice(city[2])
            pt["address"] = R.choice([z, f"ZIP {z}", f"{z}"])
            pt["addr_meta"] = {"type": "zip", "country": "US", "state": st, "state_written": None, "zip": z, "city": None}
        else:
            pt["claims_zip"] = R.choice(city[2])
        phone_region = st
        intl = R.random() < 0.4
        if arch in ("us_full", "us_spelled", "us_country") and mismatch_left > 0 and R.random() < 0.25:
            mismatch_left -= 1
            other = R.choice([s for s in sorted(STATE_WEIGHTS) if s != st])
            phone_region = other
            intl = True
            pt["notes"].append("phone_area_code_other_state")
        num = us_number(phone_region)
        pt["phone_num"] = num
        pt["phone"] = fmt_nanp(num, intl)
        pt["sms_opt_in"] = 1 if R.random() < 0.68 else 0
        if "phone_area_code_other_state" in pt["notes"] and not intl:
            pt["sms_opt_in"] = 1       # make sure the other-state number is seen in international form
        if arch in ("us_full", "us_country") and us_foreign_left and R.random() < 0.1:
            cc = us_foreign_left.pop()
            pt["phone"] = foreign_phone(cc, True)
            pt["phone_num"] = None
            pt["sms_opt_in"] = 0
            pt["notes"].append(f"foreign_phone_{cc}")
        elif arch == "us_full" and us_ca_left and R.random() < 0.1:
            us_ca_left -= 1
            num = us_number("BC")
            pt["phone_num"], pt["phone"] = num, fmt_nanp(num, True)
            pt["notes"].append("canadian_phone")
        if arch == "us_full" and us_email_conflict_left and st == "IL":
            us_email_conflict_left -= 1
            first, last, sex = pick_name(FOREIGN_NAMES["DE"])
            email_domain = "gmx.de"
            pt["phone"] = fmt_nanp(pt["phone_num"], False) if pt["phone_num"] else pt["phone"]
            pt["sms_opt_in"] = 0
            pt["notes"].append("german_email_in_us")
        if arch in ("us_zip_in_address", "us_claims_zip_only"):
            pt["phone"] = fmt_nanp(num, False)
            pt["sms_opt_in"] = 0
            pt["portal_off"] = True
        pt["insured"] = arch in ("us_claims_zip_only", "us_claims_state_zip") or (arch != "us_zip_in_address" and R.random() < 0.8)
        pt["claims_mode"] = {"us_claims_zip_only": "zip_only"}.get(arch, "full")
        if st in ("TX", "CA", "FL", "AZ", "NM", "NV") and R.random() < 0.25 and first in US_F + US_M:
            pt["lang"] = "es" if last in ("Garcia", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez",
                                           "Perez", "Sanchez", "Ramirez", "Torres", "Flores", "Rivera",
                                           "Diaz", "Castillo", "Vargas", "Mendoza") else "en"
    elif arch == "pr":
        first, last, sex = pick_name((PR_F, PR_M, PR_L))
        tpl, city, z = R.choice(PR_ADDRESSES)
        pt["address"] = tpl.format(n=R.randint(2, 1900))
        pt["addr_meta"] = {"type": "street", "country": "US", "state": "PR",
                           "state_written": "name" if "Puerto Rico" in tpl else "abbr", "zip": z, "city": city}
        pt["home_cc"], pt["home_region"] = "US", "PR"
        region = "PR"
        if pr_mismatch_left:
            pr_mismatch_left -= 1
            region = "NY"
            pt["notes"].append("phone_area_code_other_state")
        num = us_number(region)
        pt["phone_num"] = num
        pt["phone"] = fmt_nanp(num, R.random() < 0.5 or region == "NY")
        pt["sms_opt_in"] = 1 if R.random() < 0.6 else 0
        pt["insured"] = True
        pt["lang"] = "es"
        pt["portal_off"] = True
        email_domain = R.choice(["gmail.com", "yahoo.com", "hotmail.com", "prtc.net"])
    elif arch == "ca":
        provs = sorted(CA_PROV_WEIGHTS)
        prov = R.choices(provs, weights=[CA_PROV_WEIGHTS[p] for p in provs])[0]
        city = R.choice([c for c in CA_CITIES if c[1] == prov])
        if prov == "QC":
            first, last, sex = pick_name((QC_F, QC_M, QC_L))
            pt["lang"] = "fr" if R.random() < 0.7 else "en"
        else:
            first, last, sex = pick_name((CA_F, CA_M, CA_L))
        pt["address"], pt["addr_meta"] = ca_address(city)
        pt["home_cc"], pt["home_region"] = "CA", prov
        num = us_number(prov)
        intl = R.random() < 0.45
        if ca_us_left and R.random() < 0.3:
            ust, ac = ca_us_left.pop()
            num = (ac, nanp_exchange(), f"{R.randint(0, 9999):04d}")
            intl = True
            pt["notes"].append(f"us_phone_{ust}")
        pt["phone_num"], pt["phone"] = num, fmt_nanp(num, intl)
        pt["sms_opt_in"] = 1 if R.random() < 0.6 else 0
        email_domain = R.choice(CA_DOMAINS)
        if prov == "ON":
            pt["payer"], pt["member_id"] = "OHIP", ohip()
        elif prov == "BC":
            pt["payer"], pt["member_id"] = "MSP BC", bc_phn()
        elif prov == "QC":
            pt["payer"] = "RAMQ"
    elif arch == "abroad":
        cc = ABROAD_PLAN[abroad_i]
        pool = FOREIGN_NAMES[cc]
        if R.random() < 0.35:
            pool = us_pool()   # US expat
        first, last, sex = pick_name(pool)
        pt["address"] = R.choice(FOREIGN[cc]["addr"])()
        pt["addr_meta"] = {"type": "street", "country": cc, "state": None, "state_written": None, "zip": None, "city": None}
        pt["home_cc"] = cc
        if abroad_i in ABROAD_US_PHONE:
            ust, ac = ABROAD_US_PHONE[abroad_i]
            num = (ac, nanp_exchange(), f"{R.randint(0, 9999):04d}")
            pt["phone_num"] = num
            pt["phone"] = fmt_nanp(num, True)
            pt["sms_opt_in"] = 1
            pt["notes"].append(f"us_phone_{ust}")
        else:
            pt["phone"] = foreign_phone(cc, intl=(cc in ("MX", "IN") or R.random() < 0.7))
        email_domain = R.choice(FOREIGN[cc]["cctld"])
        abroad_i += 1
    elif arch == "phone_only":
        cc, reg = phone_only_plan.pop(0)
        if cc in ("US", "CA"):
            first, last, sex = pick_name(us_pool() if cc == "US" else (CA_F, CA_M, CA_L))
            num = us_number(reg)
            pt["phone_num"], pt["phone"] = num, fmt_nanp(num, True)
            pt["sms_opt_in"] = 1 if R.random() < 0.6 else 0
            pt["home_cc"], pt["home_region"] = cc, reg
        else:
            first, last, sex = pick_name(FOREIGN_NAMES[cc])
            pt["phone"] = foreign_phone(cc, True)
            pt["home_cc"] = cc
        email_domain = R.choice(["gmail.com", "outlook.com", "yahoo.com", "icloud.com"])
        pt["portal_off"] = R.random() < 0.5
    elif arch == "place_only":
        cityname, cc, reg = place_only_plan.pop(0)
        first, last, sex = pick_name(us_pool() if cc == "US" else ((QC_F, QC_M, QC_L) if cityname == "Montréal" else (CA_F, CA_M, CA_L)))
        pt["address"] = cityname
        pt["addr_meta"] = {"type": "city", "country": cc, "state": reg, "state_written": None, "zip": None, "city": cityname}
        region = reg[3:] if reg else ("QC" if cityname == "Montréal" else "ON")
        pt["home_cc"], pt["home_region"] = cc, region
        num = us_number(region)
        pt["phone_num"], pt["phone"] = num, fmt_nanp(num, False)
        email_domain = R.choice(["gmail.com", "outlook.com", "yahoo.com", "icloud.com"])
        pt["portal_off"] = True
    elif arch == "ip_only":
        cc = ip_only_plan.pop(0)
        first, last, sex = pick_name(us_pool() if cc == "US" else (CA_F, CA_M, CA_L))
        if R.random() < 0.7:
            num = us_number(pick_state() if cc == "US" else "ON")
            pt["phone_num"], pt["phone"] = num, fmt_nanp(num, False)
        pt["home_cc"] = cc
        pt["portal_force"] = True
        email_domain = R.choice(["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.com"])
    elif arch == "email_only":
        cc, dom = email_only_plan.pop(0)
        first, last, sex = pick_name(FOREIGN_NAMES.get(cc) or (QC_F, QC_M, QC_L))
        email_domain = dom
        if R.random() < 0.5:
            num = us_number(pick_state())
            pt["phone_num"], pt["phone"] = num, fmt_nanp(num, False)
        pt["home_cc"] = cc
        pt["portal_off"] = True
    elif arch == "unknown":
        first, last, sex = pick_name(us_pool())
        if R.random() < 0.75:
            num = us_number(pick_state())
            pt["phone_num"], pt["phone"] = num, fmt_nanp(num, False)
        email_domain = R.choice(["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "aol.com"])
        pt["portal_off"] = True
        pt["invited_only"] = R.random() < 0.4
        if R.random() < 0.15:
            email_domain = None
    pt.update(first=first, last=last, sex=sex, dob=dob)
    if email_domain and not (arch not in ("email_only",) and R.random() < 0.04):
        pt["email"] = make_email(first, last, dob, email_domain, USED_EMAILS)
    if arch in ("ip_only", "unknown", "email_only", "place_only", "us_zip_in_address", "us_claims_zip_only"):
        pt["sms_opt_in"] = 0
    if pt["phone"] is None or not pt["phone"].startswith(("+1",)) and pt["phone_num"] is None:
        pt["sms_opt_in"] = 0
    if pt["phone_num"] is None:
        pt["sms_opt_in"] = 0
    patients.append(pt)

# make sure every planned modifier was placed (deterministic top-up on remaining candidates)
for pt in patients:
    if mismatch_left <= 0:
        break
    if pt["arch"] == "us_full" and not pt["notes"] and pt["phone_num"]:
        st = pt["home_region"]
        other = R.choice([s for s in sorted(STATE_WEIGHTS) if s != st])
        num = us_number(other)
        pt["phone_num"], pt["phone"] = num, fmt_nanp(num, True)
        pt["sms_opt_in"] = 1
        pt["notes"].append("phone_area_code_other_state")
        mismatch_left -= 1
for pt in patients:
    if not us_foreign_left and not us_ca_left:
        break
    if pt["arch"] == "us_full" and not pt["notes"]:
        if us_foreign_left:
            cc = us_foreign_left.pop()
            pt["phone"], pt["phone_num"], pt["sms_opt_in"] = foreign_phone(cc, True), None, 0
            pt["notes"].append(f"foreign_phone_{cc}")
        else:
            us_ca_left -= 1
            num = us_number("BC")
            pt["phone_num"], pt["phone"] = num, fmt_nanp(num, True)
            pt["notes"].append("canadian_phone")
for pt in patients:
    if not ca_us_left:
        break
    if pt["arch"] == "ca" and not pt["notes"]:
        ust, ac = ca_us_left.pop()
        num = (ac, nanp_exchange(), f"{R.randint(0, 9999):04d}")
        pt["phone_num"], pt["phone"] = num, fmt_nanp(num, True)
        pt["notes"].append(f"us_phone_{ust}")
for pt in patients:
    if not us_email_conflict_left:
        break
    if pt["arch"] == "us_full" and not pt["notes"] and pt["phone_num"]:
        us_email_conflict_left -= 1
        pt["first"], pt["last"], pt["sex"] = pick_name(FOREIGN_NAMES["DE"])
        pt["email"] = make_email(pt["first"], pt["last"], pt["dob"], "gmx.de", USED_EMAILS)
        pt["phone"] = fmt_nanp(pt["phone_num"], False)
        pt["sms_opt_in"] = 0
        pt["notes"].append("german_email_in_us")

# Households: 4 children living with a US adult patient (same address, guardian's phone)
adults_for_household = [p for p in patients if p["arch"] == "us_full" and not p["notes"] and p["phone_num"]]
children = []
for parent in R.sample(adults_for_household, 4):
    parent["is_guardian"] = True
    parent["dob"] = rdate(dt.date(1975, 1, 1), dt.date(1992, 12, 31))
    sex = R.choice("FM")
    ch = dict(parent)
    ch.update({"arch": "household_child", "first": R.choice(US_F if sex == "F" else US_M), "sex": sex,
               "dob": rdate(dt.date(2008, 1, 1), dt.date(2020, 12, 31)), "email": None, "guardian": parent,
               "notes": [], "portal_off": True, "member_id": None})
    ch["insured"] = parent["insured"] = True
    children.append(ch)
patients.extend(children)

# some minor patients (not in a household with another patient) and spouses on someone's plan
for p in patients:
    if p["arch"] in ("us_full", "us_spelled") and "guardian" not in p and not p.get("is_guardian") and R.random() < 0.07:
        p["dob"] = rdate(dt.date(2007, 1, 1), dt.date(2016, 12, 31))
        p["minor"] = True
        p["portal_off"] = True

# created_at and ordering -> ids
for p in patients:
    p["created_at"] = rdt(dt.datetime(2019, 3, 1), dt.datetime(2024, 8, 31))
for ch in children:
    ch["created_at"] = ch["guardian"]["created_at"] + dt.timedelta(minutes=R.randint(3, 40))
patients.sort(key=lambda p: p["created_at"])
for i, p in enumerate(patients):
    p["id"] = 10001 + i * R.choice([1, 1, 1, 2, 3]) + i * 0   # placeholder; re-numbered below
nid = 10001
for p in patients:
    p["id"] = nid
    nid += R.choice([1, 1, 1, 1, 2, 3])     # gaps from deleted test records
    person = new_person("patient", ref=f"patients.id={p['id']}")
    p["pid"] = person["pid"]
    person["patient"] = p

# insurance member ids (US payers)
US_PAYERS = [("Aetna", "60054"), ("UnitedHealthcare", "87726"), ("Cigna", "62308"), ("Humana", "61101"),
             ("Blue Cross Blue Shield", "BCBS"), ("Medicare Part B", "MCARE")]
BCBS_PAYER_ID = {"TX": "84980", "IL": "00621", "CA": "47198", "NY": "00803", "FL": "00590"}
for p in patients:
    if p["home_cc"] != "US" or not p["insured"]:
        continue
    if p.get("guardian"):
        g = p["guardian"]
        p["payer"], p["payer_id"], p["member_id"] = g["payer"], g["payer_id"], None
        continue
    age = (EXPORT_AT.date() - p["dob"]).days // 365
    if p["home_region"] == "PR":
        p["payer"], p["payer_id"] = "Triple-S Salud", "SSS01"
        p["member_id"] = "XSJ" + "".join(str(R.randint(0, 9)) for _ in range(9))
    elif age >= 65 and R.random() < 0.85:
        p["payer"], p["payer_id"] = "Medicare Part B", R.choice(["04412", "12502", "06302", "09102"])
        p["member_id"] = mbi()
    else:
        payer, pid_ = R.choice(US_PAYERS[:5])
        p["payer"] = payer
        if payer == "Aetna":
            p["member_id"] = "W" + "".join(str(R.randint(0, 9)) for _ in range(9))
        elif payer == "UnitedHealthcare":
            p["member_id"] = "".join(str(R.randint(0, 9)) for _ in range(9))
        elif payer == "Cigna":
            p["member_id"] = "U" + "".join(str(R.randint(0, 9)) for _ in range(8)) + "01"
        elif payer == "Humana":
            p["member_id"] = "H" + "".join(str(R.randint(0, 9)) for _ in range(8))
        else:
            p["payer"] = f"Blue Cross Blue Shield of {STATE_NAMES[p['home_region']]}" if p["home_region"] != "DC" else "CareFirst BlueCross BlueShield"
            pid_ = BCBS_PAYER_ID.get(p["home_region"], R.choice(["00060", "00950", "47171", "00170"]))
            p["member_id"] = "".join(R.choice(string.ascii_uppercase) for _ in range(3)) + "".join(str(R.randint(0, 9)) for _ in range(9))
        p["payer_id"] = pid_
for ch in children:
    g = ch["guardian"]
    ch["payer"], ch["payer_id"] = g["payer"], g["payer_id"]
    ch["member_id"] = g["member_id"][:-2] + f"{R.randint(2, 4):02d}" if g["member_id"] and g["payer"] != "Medicare Part B" else None
    if ch["member_id"] is None:
        ch["payer"], ch["payer_id"], ch["member_id"] = "Aetna", "60054", "W" + "".join(str(R.randint(0, 9)) for _ in range(9))
for p in patients:
    if p["arch"] == "ca" and p.get("payer") == "RAMQ":
        p["member_id"] = ramq(p["first"], p["last"], p["dob"], p["sex"])

# --------------------------------------------------------------------------------------------
# Clinicians
# --------------------------------------------------------------------------------------------
CLIN_STATES = ["TX", "TX", "CA", "CA", "NY", "FL", "IL", "WA", "MA", "GA", "CO", "AZ", "NC", "OH", "PA",
               "MI", "MN", "OR", "VA", "NJ", "DC", "PR", "ON", "BC", "QC"]
CLIN_NAMES = [("Adaeze", "Okafor", "F"), ("Daniel", "Ruiz", "M"), ("Priya", "Raman", "F"), ("Michael", "Hartley", "M"),
              ("Rachel", "Feinberg", "F"), ("Carlos", "Mejía", "M"), ("Emily", "Nakamura", "F"), ("Jonathan", "Whitfield", "M"),
              ("Samantha", "Osei", "F"), ("Kevin", "Brennan", "M"), ("Laura", "Lindqvist", "F"), ("Ahmed", "Farouk", "M"),
              ("Tamara", "Jenkins", "F"), ("Brian", "Kowalczyk", "M"), ("Hye-jin", "Seo", "F"), ("Gregory", "Abernathy", "M"),
              ("Nicole", "Thibodeaux", "F"), ("Vikram", "Desai", "M"), ("Alicia", "Montoya", "F"), ("Marcus", "Bell", "M"),
              ("Kimberly", "Ashford", "F"), ("Ramón", "Irizarry", "M"), ("Meredith", "Campbell", "F"), ("Jason", "Yuen", "M"),
              ("Isabelle", "Desrochers", "F")]
SPECIALTIES = [("Family Medicine", "MD"), ("Internal Medicine", "DO"), ("Psychiatry", "MD"), ("Family Medicine", "NP"),
               ("Behavioral Health", "LCSW"), ("Dermatology", "MD"), ("Pediatrics", "MD"), ("Family Medicine", "PA-C"),
               ("Psychology", "PsyD"), ("Endocrinology", "MD"), ("Internal Medicine", "MD"), ("Psychiatry", "NP")]
LIC_PREFIX = {"TX": "Q", "CA": "A", "NY": "", "FL": "ME", "IL": "036.", "WA": "MD", "MA": "", "GA": "",
              "CO": "DR.", "AZ": "", "NC": "", "OH": "35.", "PA": "MD", "MI": "4301", "MN": "", "OR": "MD",
              "VA": "0101", "NJ": "25MA", "DC": "MD", "PR": "", "ON": "CPSO ", "BC": "", "QC": ""}
clinicians = []
for i, st in enumerate(CLIN_STATES):
    fn, ln, sx = CLIN_NAMES[i]
    spec, cred = SPECIALTIES[i % len(SPECIALTIES)]
    c = {"id": i + 1, "first": fn, "last": ln, "cred": cred, "spec": spec, "state": st, "npi": npi(),
         "license": LIC_PREFIX[st] + str(R.randint(10000, 999999)),
         "email": f"{strip_accents(fn).lower().replace('-', '')}.{strip_accents(ln).lower()}@{DOMAIN}",
         "hired_on": rdate(dt.date(2018, 6, 1), dt.date(2023, 11, 30))}
    if st in ("ON", "BC", "QC"):
        c["npi"] = None
    num = us_number(st)
    c["direct_phone"] = fmt_nanp(num, False) if R.random() < 0.8 else None
    c["accepting"] = 1 if R.random() < 0.8 else 0
    person = new_person("clinician", ref=f"clinicians.id={c['id']}")
    c["pid"] = person["pid"]
    clinicians.append(c)
CLIN_BY_STATE = {}
for c in clinicians:
    CLIN_BY_STATE.setdefault(c["state"], []).append(c)
US_CLINS = [c for c in clinicians if c["state"] not in ("ON", "BC", "QC")]

# --------------------------------------------------------------------------------------------
# Emergency contacts (new people, or the guardian for children)
# --------------------------------------------------------------------------------------------
RELS = ["Spouse", "Spouse", "Husband", "Wife", "Mother", "Father", "Sister", "Brother", "Partner",
        "Friend", "Daughter", "Son"]
for p in patients:
    p["ec"] = None
    if p.get("guardian"):
        g = p["guardian"]
        p["ec"] = {"name": f"{g['first']} {g['last']}", "phone": g["phone"], "rel": "Parent", "pid": g["pid"]}
        continue
    if p.get("minor"):
        rel = R.choice(["Mother", "Father"])
        efirst = R.choice(US_F if rel == "Mother" else US_M)
        person = new_person("emergency_contact", ref=f"patients.id={p['id']}.emergency_contact (parent of a minor; also claims subscriber)")
        ephone = fmt_nanp(us_number(p["home_region"]), R.random() < 0.3)
        p["ec"] = {"name": f"{efirst} {p['last']}", "phone": ephone, "rel": rel, "pid": person["pid"]}
        continue
    if p["arch"] in ("unknown", "email_only", "ip_only") and R.random() < 0.7:
        continue
    if R.random() < 0.3:
        rel = R.choice(RELS)
        cc = p["home_cc"] or "US"
        if cc == "CA" and p.get("home_region") == "QC":
            pool = (QC_F, QC_M, QC_L)
        elif cc == "CA":
            pool = (CA_F, CA_M, CA_L)
        elif cc in FOREIGN_NAMES and p["first"] not in US_F + US_M:
            pool = FOREIGN_NAMES[cc]
        elif p["home_region"] == "PR":
            pool = (PR_F, PR_M, PR_L)
        else:
            pool = us_pool()
        efirst = R.choice(pool[0] + pool[1])
        elast = p["last"] if rel in ("Spouse", "Husband", "Wife", "Mother", "Father", "Sister", "Brother", "Daughter", "Son") and R.random() < 0.75 else R.choice(pool[2])
        # where the contact lives: mostly near the patient; expats' families often in the US
        if cc in ("US", "CA") and p.get("home_region"):
            ephone = fmt_nanp(us_number(p["home_region"] if R.random() < 0.8 else pick_state()), R.random() < 0.25)
        elif cc in FOREIGN and p["first"] in US_F + US_M:
            ephone = fmt_nanp(us_number(pick_state()), R.random() < 0.6)
        elif cc in FOREIGN:
            ephone = foreign_phone(cc, R.random() < 0.6)
        elif cc in ("US", "CA"):
            ephone = fmt_nanp(us_number(pick_state() if cc == "US" else "ON"), False)
        else:
            ephone = foreign_phone(cc, True) if cc in FOREIGN or cc in ("IN", "GB") else fmt_nanp(us_number(pick_state()), False)
        person = new_person("emergency_contact", ref=f"patients.id={p['id']}.emergency_contact")
        p["ec"] = {"name": f"{efirst} {elast}", "phone": ephone, "rel": rel, "pid": person["pid"]}

# --------------------------------------------------------------------------------------------
# Appointments
# --------------------------------------------------------------------------------------------
STATE_TZ = {"CA": ("PT", -7), "WA": ("PT", -7), "OR": ("PT", -7), "NV": ("PT", -7), "AZ": ("MST", -7),
            "CO": ("MT", -6), "UT": ("MT", -6), "NM": ("MT", -6), "TX": ("CT", -5), "IL": ("CT", -5),
            "MN": ("CT", -5), "MO": ("CT", -5), "WI": ("CT", -5), "TN": ("CT", -5), "LA": ("CT", -5),
            "OK": ("CT", -5), "HI": ("HST", -10), "PR": ("AST", -4), "BC": ("PT", -7), "AB": ("MT", -6),
            "MB": ("CT", -5), "NS": ("AT", -3)}

REASONS = ["FOLLOW_UP", "NEW_CONCERN", "MED_REFILL", "THERAPY", "LAB_REVIEW", "ANNUAL_WELLNESS", "URGENT_CARE", "MED_MGMT"]
CANCEL_REASONS = ["Patient requested", "Schedule conflict", "Clinician unavailable", "Rescheduled via SMS",
                  "Insurance not verified", "Feeling better"]
appointments = []
aid = 500000
for p in sorted(patients, key=lambda x: x["id"]):
    n = max(1, min(14, int(R.expovariate(1 / 4.2)) + 1))
    if p["arch"] in ("us_claims_zip_only", "us_claims_state_zip") or p.get("guardian"):
        n = max(n, 2)
    if p["home_region"] in CLIN_BY_STATE:
        pool = CLIN_BY_STATE[p["home_region"]] + (US_CLINS if p["home_cc"] == "US" and R.random() < 0.2 else [])
    elif p["home_cc"] == "CA":
        pool = [c for c in clinicians if c["state"] in ("ON", "BC", "QC")]
    else:
        pool = US_CLINS
    main_clin = R.choice(pool)
    start_lo = max(p["created_at"] + dt.timedelta(days=1), dt.datetime(2023, 1, 3))
    starts = sorted(rdt(start_lo, dt.datetime(2024, 10, 31, 20)) for _ in range(n))
    if p["arch"] in ("us_claims_zip_only", "us_claims_state_zip") or (p.get("guardian") and p["insured"]):
        starts[-1] = rdt(dt.datetime(2024, 7, 2, 13), dt.datetime(2024, 9, 27, 22))
        starts.sort()
    p["appointments"] = []
    for s in starts:
        s = s.replace(minute=R.choice([0, 15, 30, 45]), second=0)
        off = STATE_TZ.get(p["home_region"] or "", ("ET", -4))[1]
        if p["home_cc"] not in ("US", "CA"):
            off = {"GB": 1, "IE": 1, "DE": 2, "FR": 2, "NL": 2, "MX": -6, "JP": 9, "AU": 10, "IN": 5}.get(p["home_cc"], -4)
        local_h = R.choice([8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]) if p["home_cc"] in ("US", "CA") else R.randint(9, 18)
        s = s.replace(hour=0) + dt.timedelta(hours=(local_h - off) % 24)
        clin = main_clin if R.random() < 0.8 else R.choice(pool)
        created = s - dt.timedelta(days=R.randint(0, 20), hours=R.randint(0, 20), minutes=R.randint(0, 59))
        created = max(created, p["created_at"] + dt.timedelta(minutes=5))
        if s > EXPORT_AT:
            status = "scheduled"
        else:
            status = R.choices(["completed", "cancelled", "no_show"], weights=[82, 12, 6])[0]
        if p["arch"] in ("us_claims_zip_only", "us_claims_state_zip") and LOG_FROM <= s <= LOG_TO:
            status = "completed"
        cancelled_at = None
        if status == "cancelled":
            cancelled_at = s - dt.timedelta(hours=R.randint(1, 70), minutes=R.randint(0, 59))
            if cancelled_at < created:
                cancelled_at = created + dt.timedelta(minutes=R.randint(5, 120))
        via = R.choices(["portal", "phone", "staff", "sms"], weights=[55, 25, 12, 8])[0]
        a = {"id": aid, "patient": p, "clin": clin, "type": R.choices(["video", "phone", "async"], weights=[75, 18, 7])[0],
             "start": s, "dur": R.choice([15, 20, 30, 30, 45, 60]) if clin["cred"] not in ("LCSW", "PsyD") else R.choice([45, 60]),
             "status": status, "via": via, "reason": R.choice(REASONS), "room": uuid4(), "created": created,
             "cancelled_at": cancelled_at, "cancel_reason": R.choice(CANCEL_REASONS) if cancelled_at else None}
        aid += R.choice([1, 1, 2, 3, 5])
        appointments.append(a)
        p["appointments"].append(a)
appointments.sort(key=lambda a: a["id"])

# --------------------------------------------------------------------------------------------
# Portal accounts + access log sessions
# --------------------------------------------------------------------------------------------
UA_DESKTOP = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Safari/537.36 Edg/127.0.2651.74",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:129.0) Gecko/20100101 Firefox/129.0",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
]
UA_MOBILE = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.6533.103 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.122 Mobile Safari/537.36",
    "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
]
UA_APP = ["HarborlineCare/5.3.2 (iPhone; iOS 17.6.1; Scale/3.00)", "HarborlineCare/5.3.0 (iPhone; iOS 17.5.1; Scale/3.00)",
          "HarborlineCare/5.2.7 (Android 14; SM-A546U)", "okhttp/4.12.0 HarborlineCare-Android/5.3.1"]
BOT_UA = ["Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
          "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; Googlebot/2.1; +http://www.google.com/bot.html) Chrome/127.0.6533.119 Safari/537.36"]
ISP_BY_CC = {"US": ["comcast", "comcast", "comcast", "tmobile", "comcast6"], "CA": ["rogers"], "GB": ["bt"],
             "DE": ["dtag"], "FR": ["orange"]}

for p in patients:
    can_portal = not p.get("portal_off") and not p.get("minor")
    if p.get("portal_force"):
        can_portal = True
    p["portal"] = can_portal and (p.get("portal_force") or R.random() < 0.78)
    p["portal_status"] = None
    p["username"] = p["password_hash"] = None
    if p["arch"] in ("unknown",) and p.get("invited_only"):
        p["portal_status"] = "invited"
        p["username"] = make_username(p["first"], p["last"], p["dob"], USED_USERNAMES)
    if p["portal"]:
        p["username"] = make_username(p["first"], p["last"], p["dob"], USED_USERNAMES)
        p["password_hash"] = bcrypt_hash()
        p["portal_status"] = R.choices(["active", "locked", "deactivated"], weights=[92, 5, 3])[0]
        if p.get("portal_force"):
            p["portal_status"] = "active"
        isps = ISP_BY_CC.get(p["home_cc"])
        p["ips"] = []
        if isps:
            home = R.choice(isps)
            p["ips"].append(rand_ip(home))
            if p["home_cc"] == "US" and R.random() < 0.4:
                p["ips"].append(rand_ip("tmobile"))
        p["ua_main"] = R.choice(UA_DESKTOP + UA_MOBILE + UA_APP)
        p["ua_alt"] = R.choice(UA_MOBILE + UA_APP)
    p["password_changed_at"] = None
    if p["password_hash"]:
        p["password_changed_at"] = rdt(p["created_at"], min(EXPORT_AT, p["created_at"] + dt.timedelta(days=900)))

STATIC = [("/static/js/portal.8c1f3e2a.js", 412331), ("/static/css/portal.2b7d91.css", 58112),
          ("/static/img/logo-harborline.svg", 6231), ("/favicon.ico", 15086), ("/static/js/vendor.a41c09.js", 903114)]
log_events = []   # (datetime, line, pid or None, extra cats)


def apache_line(ip, ts, method, path, status, size, ref, ua, user="-"):
    t = ts.strftime("%d/%b/%Y:%H:%M:%S +0000")
    return f'{ip} - {user} [{t}] "{method} {path} HTTP/1.1" {status} {size} "{ref}" "{ua}"'


BASE = f"https://portal.{DOMAIN}"


def session(p, start, purpose, appt=None):
    ip = R.choice(p["ips"])
    ua = p["ua_main"] if R.random() < 0.75 else p["ua_alt"]
    app = ua.startswith(("HarborlineCare", "okhttp"))
    pid_, t = p["id"], start
    ev = []

    def add(method, path, status, size, ref, dt_s=(1, 25)):
        nonlocal t
        ev.append((t, apache_line(ip, t, method, path, status, size, ref, ua), p["pid"], ()))
        t = t + dt.timedelta(seconds=R.randint(*dt_s))

    if app:
        add("POST", "/api/v2/auth/token", 200, R.randint(880, 940), "-")
        add("GET", f"/api/v2/patients/{pid_}/appointments?status=upcoming", 200, R.randint(400, 4200), "-")
    else:
        add("GET", "/portal/login", 200, R.randint(5100, 5300), "https://www.harborlinehealth.com/" if R.random() < 0.5 else "-", (4, 40))
        for sp, sz in R.sample(STATIC[:3], 2):
            add("GET", sp, 200, sz, f"{BASE}/portal/login", (0, 1))
        add("POST", "/portal/login", 302, 0, f"{BASE}/portal/login", (1, 3))
        add("GET", f"/portal/patients/{pid_}/dashboard", 200, R.randint(18000, 24000), f"{BASE}/portal/login")
        add("GET", f"/api/v2/patients/{pid_}/appointments?status=upcoming", 200, R.randint(400, 4200), f"{BASE}/portal/patients/{pid_}/dashboard")
    ref = "-" if app else f"{BASE}/portal/patients/{pid_}/dashboard"
    if purpose == "book" and appt:
        add("GET", f"/api/v2/clinicians?state={appt['clin']['state']}&accepting=1", 200, R.randint(2000, 9000), ref, (20, 120))
        add("GET", f"/api/v2/clinicians/{appt['clin']['id']}/availability?from={appt['start']:%Y-%m-%d}", 200, R.randint(800, 3000), ref, (20, 200))
        add("POST", f"/api/v2/patients/{pid_}/appointments", 201, R.randint(600, 900), ref, (2, 10))
    elif purpose == "join" and appt:
        add("GET", f"/portal/patients/{pid_}/appointments/{appt['id']}", 200, R.randint(9000, 12000), ref, (5, 60))
        add("GET", f"/portal/visit/{appt['room']}/join", 200, R.randint(3000, 3600), f"{BASE}/portal/patients/{pid_}/appointments/{appt['id']}", (2, 8))
        add("POST", f"/api/v2/visits/{appt['room']}/checkin", 204, 0, f"{BASE}/portal/visit/{appt['room']}/join", (1, 5))
    elif purpose == "cancel" and appt:
        add("GET", f"/portal/patients/{pid_}/appointments/{appt['id']}", 200, R.randint(9000, 12000), ref, (5, 60))
        add("DELETE", f"/api/v2/patients/{pid_}/appointments/{appt['id']}", 204, 0, ref, (2, 9))
    else:
        for _ in range(R.randint(1, 4)):
            page = R.choice([f"/portal/patients/{pid_}/messages", f"/api/v2/patients/{pid_}/messages?unread=1",
                             f"/portal/patients/{pid_}/insurance", f"/portal/patients/{pid_}/profile",
                             f"/api/v2/patients/{pid_}/documents", f"/portal/patients/{pid_}/billing"])
            add("GET", page, 200, R.randint(1500, 16000), ref, (5, 180))
        if R.random() < 0.15:
            add("PUT", f"/api/v2/patients/{pid_}/profile", 200, R.randint(700, 1400), f"{BASE}/portal/patients/{pid_}/profile")
    if not app and R.random() < 0.5:
        add("GET", "/portal/logout", 302, 0, ref)
    p.setdefault("sessions", []).append((start, ip))
    log_events.extend(ev)


for p in patients:
    if not p["portal"] or not p.get("ips") or p["portal_status"] == "deactivated":
        continue
    for a in p["appointments"]:
        if LOG_FROM <= a["created"] <= LOG_TO and a["via"] == "portal":
            session(p, a["created"] - dt.timedelta(minutes=R.randint(2, 6)), "book", a)
        if LOG_FROM <= a["start"] <= LOG_TO and a["status"] == "completed" and a["type"] == "video" and R.random() < 0.85:
            session(p, a["start"] - dt.timedelta(minutes=R.randint(2, 9)), "join", a)
        if a["cancelled_at"] and LOG_FROM <= a["cancelled_at"] <= LOG_TO and R.random() < 0.6:
            session(p, a["cancelled_at"] - dt.timedelta(minutes=1), "cancel", a)
    k = R.randint(0, 4) if not p.get("portal_force") else R.randint(2, 5)
    for _ in range(k):
        session(p, rdt(LOG_FROM, LOG_TO - dt.timedelta(hours=1)), "browse")

# password reset flows (email + reset token in the query string)
reset_people = R.sample([p for p in patients if p["portal"] and p.get("ips") and p["email"]
                         and p["portal_status"] == "active"], 9)
for p in reset_people:
    ip = R.choice(p["ips"])
    ua = p["ua_main"] if not p["ua_main"].startswith(("Harborline", "okhttp")) else R.choice(UA_MOBILE)
    t = rdt(LOG_FROM, LOG_TO - dt.timedelta(hours=2))
    tok = hexs(40)
    q = urllib.parse.urlencode({"token": tok, "email": p["email"]})
    lines = [("GET", "/portal/forgot-password", 200, 4410, f"{BASE}/portal/login"),
             ("POST", "/portal/forgot-password", 302, 0, f"{BASE}/portal/forgot-password"),
             ("GET", f"/portal/reset-password?{q}", 200, 4630, "-"),
             ("POST", "/portal/reset-password", 302, 0, f"{BASE}/portal/reset-password?{q}")]
    for i, (m, path, stt, sz, ref) in enumerate(lines):
        log_events.append((t, apache_line(ip, t, m, path, stt, sz, ref, ua), p["pid"], ("email", "secret") if "token=" in path or "token=" in ref else ()))
        t += dt.timedelta(seconds=R.randint(3, 30) if i != 1 else R.randint(60, 600))
    p["password_changed_at"] = t
    p.setdefault("sessions", []).append((t, ip))

# anonymous visitors (not counted as people) and crawlers
ANON_PAGES = [("/", 200, 21877), ("/portal/login", 200, 5214), ("/portal/signup", 200, 7702),
              ("/find-care?state=TX", 200, 14220), ("/find-care?state=CA", 200, 15010), ("/find-care?state=ON", 200, 9844),
              ("/pricing", 200, 11873), ("/insurance-we-accept", 200, 13002), ("/faq", 200, 16630),
              ("/portal/forgot-password", 200, 4410), ("/robots.txt", 200, 212), ("/sitemap.xml", 200, 8841)]
for _ in range(520):
    key = R.choices(["comcast", "tmobile", "comcast6", "rogers", "bt"], weights=[45, 25, 8, 15, 2])[0]
    ip = rand_ip(key)
    ua = R.choice(UA_DESKTOP + UA_MOBILE)
    t = rdt(LOG_FROM, LOG_TO)
    for _ in range(R.randint(1, 5)):
        path, stt, sz = R.choice(ANON_PAGES[:10])
        log_events.append((t, apache_line(ip, t, "GET", path, stt, sz, R.choice(["-", "https://www.google.com/", f"https://www.{DOMAIN}/"]), ua), None, ()))
        t += dt.timedelta(seconds=R.randint(2, 90))
    if R.random() < 0.1:
        log_events.append((t, apache_line(ip, t, "POST", "/portal/login", 401, 5388, f"{BASE}/portal/login", ua), None, ()))
for _ in range(260):
    ip = rand_ip("googlebot")
    t = rdt(LOG_FROM, LOG_TO)
    path, stt, sz = R.choice(ANON_PAGES[:9] + ANON_PAGES[10:])
    log_events.append((t, apache_line(ip, t, "GET", path, stt, sz, "-", R.choice(BOT_UA)), None, ()))
for _ in range(90):
    ip = "10.20." + str(R.randint(0, 3)) + "." + str(R.randint(2, 250))
    t = rdt(LOG_FROM, LOG_TO)
    log_events.append((t, apache_line(ip, t, "GET", "/healthz", 200, 2, "-", "ELB-HealthChecker/2.0"), None, ()))
log_events.sort(key=lambda e: (e[0], e[1]))

# last login fields follow the sessions
for p in patients:
    p["last_login_at"] = p["last_login_ip"] = None
    if p.get("sessions"):
        t, ip = max(p["sessions"])
        p["last_login_at"], p["last_login_ip"] = t, ip
    elif p["portal"] and p.get("ips") and p["portal_status"] != "invited":
        p["last_login_at"] = rdt(p["created_at"], LOG_FROM - dt.timedelta(days=1))
        p["last_login_ip"] = p["ips"][0]
    elif p["portal"] and R.random() < 0.6:
        # abroad / non-mapped users: a login, but no IP retained (pre-2024 logins were not IP-logged)
        p["last_login_at"] = rdt(p["created_at"], dt.datetime(2023, 6, 30))

# --------------------------------------------------------------------------------------------
# SMS reminders (Q3 2024)
# --------------------------------------------------------------------------------------------
FROM_NUMBER = "+18449270316"
WEEKDAY_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WEEKDAY_ES = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
WEEKDAY_FR = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MON_ES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]
MON_FR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
TZ = {"US": ("ET", -4), "PR": ("AST", -4), "CA": ("ET", -4)}

def clin_display(c, lang):
    if c["cred"] in ("MD", "DO", "PsyD"):
        if lang == "es":
            return ("la Dra. " if c["first"] in [n[0] for n in CLIN_NAMES if n[2] == "F"] else "el Dr. ") + c["last"]
        if lang == "fr":
            return ("la Dre " if c["first"] in [n[0] for n in CLIN_NAMES if n[2] == "F"] else "le Dr ") + c["last"]
        return "Dr. " + c["last"]
    return f"{c['first']} {c['last']}, {c['cred']}"


def reminder_body(p, recipient_first, a, kind):
    tzn, off = STATE_TZ.get(p["home_region"] or "", ("ET", -4))
    local = a["start"] + dt.timedelta(hours=off)
    lang = p["lang"]
    clin = clin_display(a["clin"], lang)
    hm = local.strftime("%I:%M %p").lstrip("0")
    who_en = "your" if recipient_first == p["first"] else f"{p['first']}'s"
    vis = {"video": "video visit", "phone": "phone visit", "async": "e-visit"}[a["type"]]
    if lang == "es":
        when = f"{WEEKDAY_ES[local.weekday()]} {local.day} {MON_ES[local.month - 1]} a las {hm} {tzn}"
        if kind == "24h":
            return f"Harborline: Hola {recipient_first}, le recordamos su cita por {'video' if a['type'] == 'video' else 'teléfono'} con {clin} el {when}. Responda C para confirmar o R para reprogramar."
        return f"Harborline: {recipient_first}, su cita con {clin} comienza en 1 hora. Entre aquí: https://hlh.care/v/{a['room'][:8]}"
    if lang == "fr":
        when = f"{WEEKDAY_FR[local.weekday()]} {local.day} {MON_FR[local.month - 1]} à {local:%H} h {local:%M}"
        if kind == "24h":
            return f"Harborline : Bonjour {recipient_first}, rappel de votre consultation {'vidéo' if a['type'] == 'video' else 'téléphonique'} avec {clin} le {when}. Répondez C pour confirmer ou R pour reporter."
        return f"Harborline : {recipient_first}, votre consultation avec {clin} commence dans 1 h. https://hlh.care/v/{a['room'][:8]}"
    when = f"{WEEKDAY_EN[local.weekday()]} {local:%b} {local.day} at {hm} {tzn}"
    if kind == "24h":
        return f"Harborline: Hi {recipient_first}, reminder of {who_en} {vis} with {clin} on {when}. Reply C to confirm, R to reschedule. Reply STOP to opt out."
    return f"Harborline: {recipient_first}, {who_en} visit with {clin} starts in 1 hour. Join: https://hlh.care/v/{a['room'][:8]}"


messages = []
for a in sorted(appointments, key=lambda x: (x["start"], x["id"])):
    p = a["patient"]
    if not (LOG_FROM <= a["start"] <= dt.datetime(2024, 10, 1, 23)):
        continue
    g = p.get("guardian")
    recipient = g if g else p
    if not p["sms_opt_in"] or not p["phone_num"]:
        continue
    to = e164_nanp(p["phone_num"])
    kinds = ["24h"] + (["1h"] if a["type"] == "video" and R.random() < 0.7 else [])
    for kind in kinds:
        sent = a["start"] - (dt.timedelta(hours=24) if kind == "24h" else dt.timedelta(hours=1))
        if a["cancelled_at"] and sent > a["cancelled_at"]:
            continue
        if sent > EXPORT_AT:
            continue
        if sent < a["created"]:
            continue
        status = R.choices(["delivered", "undelivered", "failed"], weights=[95, 3, 2])[0]
        body = reminder_body(p, recipient["first"], a, kind)
        m = {"sid": "SM" + hexs(32), "direction": "outbound-api", "from": FROM_NUMBER, "to": to, "body": body,
             "status": status, "num_segments": 1 if len(body) <= 160 else 2,
             "price": "-0.00790" if len(body) <= 160 else "-0.01580", "price_unit": "USD",
             "error_code": None if status == "delivered" else R.choice([30003, 30005, 30006]),
             "date_created": sent.strftime("%Y-%m-%dT%H:%M:%SZ"),
             "date_sent": (sent + dt.timedelta(seconds=R.randint(1, 4))).strftime("%Y-%m-%dT%H:%M:%SZ"),
             "recipient": {"patient_id": p["id"], "first_name": recipient["first"], "locale": {"en": "en-US", "es": "es-US", "fr": "fr-CA"}[p["lang"]],
                           "is_guardian": bool(g)},
             "appointment": {"id": a["id"], "starts_at": a["start"].strftime("%Y-%m-%dT%H:%M:%SZ"), "clinician_id": a["clin"]["id"], "visit_type": a["type"]},
             "replies": []}
        if kind == "24h" and status == "delivered" and R.random() < 0.45:
            rb = R.choice(["C", "C", "c", "Yes", "confirm", "C thanks", "R", "Ok", "👍"] if p["lang"] == "en" else
                          (["C", "Sí", "ok"] if p["lang"] == "es" else ["C", "Oui", "Merci"]))
            m["replies"].append({"sid": "SM" + hexs(32), "body": rb,
                                 "received_at": (sent + dt.timedelta(minutes=R.randint(1, 600))).strftime("%Y-%m-%dT%H:%M:%SZ")})
        messages.append((m, p, recipient, a))

# --------------------------------------------------------------------------------------------
# Claims (US payers, dates of service in Q3 2024)
# --------------------------------------------------------------------------------------------
CPT = {"video": ["99213", "99214", "99212", "99204"], "phone": ["99213", "99442"], "async": ["99422", "99421"]}
CPT_BH = ["90834", "90837", "90832", "99214"]
ICD = ["I10", "E11.9", "F41.1", "F32.A", "J06.9", "L70.0", "E78.5", "G43.909", "N39.0", "K21.9", "M54.50",
       "Z00.00", "F90.0", "J30.9", "E03.9"]
FEE = {"99212": 95.0, "99213": 140.0, "99214": 205.0, "99204": 265.0, "99442": 110.0, "99421": 45.0,
       "99422": 70.0, "90832": 105.0, "90834": 150.0, "90837": 195.0}
claims = []
subscribers = {}
claim_seq = 780000
for a in sorted(appointments, key=lambda x: (x["start"], x["id"])):
    p = a["patient"]
    if p["home_cc"] != "US" or not p["insured"] or not p.get("member_id"):
        continue
    if not (LOG_FROM <= a["start"] <= LOG_TO) or a["status"] != "completed":
        continue
    bh = a["clin"]["cred"] in ("LCSW", "PsyD") or a["clin"]["spec"] == "Psychiatry"
    cpt = R.choice(CPT_BH if bh else CPT[a["type"]])
    billed = FEE.get(cpt, 120.0)
    allowed = round(billed * R.uniform(0.55, 0.9), 2)
    status = R.choices(["PAID", "PAID", "PAID", "DENIED", "PENDING"], weights=[70, 5, 5, 8, 12])[0]
    paid = round(allowed * R.uniform(0.7, 1.0), 2) if status == "PAID" else 0.0
    if p.get("guardian"):
        rel, sub_name, sub_pid = "child", f"{p['guardian']['first']} {p['guardian']['last']}", p["guardian"]["pid"]
    elif p.get("minor"):
        sub_name, sub_pid, rel = p["ec"]["name"], p["ec"]["pid"], "child"
    elif p["id"] in subscribers or (p.get("spouse_plan") is None and p["payer"] != "Medicare Part B" and R.random() < 0.12):
        if p["id"] not in subscribers:
            sf = R.choice((PR_M if p["sex"] == "F" else PR_F) if p["home_region"] == "PR" else (US_M if p["sex"] == "F" else US_F))
            person = new_person("subscriber", ref=f"claims.subscriber_name (patient {p['id']})")
            subscribers[p["id"]] = (f"{sf} {p['last']}", person["pid"], "spouse")
        sub_name, sub_pid, rel = subscribers[p["id"]]
        p["spouse_plan"] = True
    else:
        p["spouse_plan"] = False
        rel, sub_name, sub_pid = "self", f"{p['first']} {p['last']}", p["pid"]
    if p["arch"] == "us_claims_zip_only":
        mstate, mzip = "", p["claims_zip"]
    elif p["arch"] == "us_claims_state_zip":
        mstate, mzip = p["home_region"], p["claims_zip"]
    else:
        mstate = p["home_region"]
        mzip = (p["addr_meta"] or {}).get("zip") or ""
        if not mzip:
            mzip = R.choice(R.choice(CITY_BY_STATE.get(p["home_region"], [("", "", ["00911"], [])]))[2]) if p["home_region"] != "PR" else "00911"
            p["claims_extra_zip"] = mzip
    icn = str(R.randint(1, 9)) + "".join(str(R.randint(0, 9)) for _ in range(14))
    claims.append({
        "claim_id": f"HLC-{claim_seq}", "payer_claim_number": icn, "patient_account_no": p["id"],
        "member_id": p["member_id"], "member_last_name": p["last"], "member_first_name": p["first"],
        "member_dob": p["dob"].strftime("%m/%d/%Y"), "member_state": mstate, "member_zip": mzip,
        "relationship_to_subscriber": rel, "subscriber_name": sub_name, "payer_name": p["payer"],
        "payer_id": p["payer_id"], "group_number": "GRP" + str(R.randint(100000, 999999)) if p["payer"] != "Medicare Part B" else "",
        "rendering_provider_npi": a["clin"]["npi"] or "", "date_of_service": a["start"].strftime("%m/%d/%Y"),
        "place_of_service": "10" if a["type"] != "async" else "02", "cpt_code": cpt, "modifier": "95" if a["type"] == "video" else ("93" if a["type"] == "phone" else ""),
        "icd10_dx": R.choice(ICD), "billed_amount": f"{billed:.2f}", "allowed_amount": f"{allowed:.2f}",
        "paid_amount": f"{paid:.2f}", "claim_status": status,
        "submitted_date": (a["start"] + dt.timedelta(days=R.randint(1, 6))).strftime("%m/%d/%Y"),
        "_p": p, "_sub_pid": sub_pid})
    claim_seq += R.randint(1, 4)

# --------------------------------------------------------------------------------------------
# WRITE FILES (and mark categories / signals as values are written)
# --------------------------------------------------------------------------------------------
os.makedirs(os.path.join(DATA, "db"), exist_ok=True)
os.makedirs(os.path.join(DATA, "billing"), exist_ok=True)
os.makedirs(os.path.join(DATA, "messaging"), exist_ok=True)
os.makedirs(os.path.join(DATA, "logs"), exist_ok=True)
os.makedirs(os.path.join(DATA, "reference"), exist_ok=True)


def sqlv(v):
    if v is None:
        return "NULL"
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, (int, float)):
        return str(v)
    if isinstance(v, dt.datetime):
        return "'" + v.strftime("%Y-%m-%d %H:%M:%S") + "'"
    if isinstance(v, dt.date):
        return "'" + v.strftime("%Y-%m-%d") + "'"
    s = str(v).replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n").replace("\r", "\\r")
    return "'" + s + "'"


def insert_block(table, rows, per=60):
    out = []
    for i in range(0, len(rows), per):
        chunk = rows[i:i + per]
        out.append(f"INSERT INTO `{table}` VALUES " + ",".join("(" + ",".join(sqlv(v) for v in r) + ")" for r in chunk) + ";")
    return "\n".join(out)


def table_section(table, ddl, rows, auto_inc):
    return f"""--
-- Table structure for table `{table}`
--

DROP TABLE IF EXISTS `{table}`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `{table}` (
{ddl}
) ENGINE=InnoDB AUTO_INCREMENT={auto_inc} DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `{table}`
--

LOCK TABLES `{table}` WRITE;
/*!40000 ALTER TABLE `{table}` DISABLE KEYS */;
{insert_block(table, rows)}
/*!40000 ALTER TABLE `{table}` ENABLE KEYS */;
UNLOCK TABLES;

"""


# appointments
appt_rows = []
for a in appointments:
    appt_rows.append([a["id"], a["patient"]["id"], a["clin"]["id"], a["type"], a["start"], a["dur"], a["status"],
                      a["via"], a["reason"], a["room"], a["created"], a["cancelled_at"], a["cancel_reason"],
                      max(a["created"], a["cancelled_at"] or a["created"], min(a["start"] + dt.timedelta(minutes=a["dur"] + 7), EXPORT_AT))])
    mark(a["patient"]["pid"], "activity")
APPT_DDL = """  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `patient_id` int unsigned NOT NULL,
  `clinician_id` int unsigned NOT NULL,
  `visit_type` enum('video','phone','async') NOT NULL DEFAULT 'video',
  `scheduled_start` datetime NOT NULL,
  `duration_min` smallint unsigned NOT NULL DEFAULT '30',
  `status` enum('scheduled','completed','cancelled','no_show') NOT NULL DEFAULT 'scheduled',
  `booked_via` enum('portal','phone','staff','sms') NOT NULL DEFAULT 'portal',
  `reason_code` varchar(32) DEFAULT NULL,
  `video_room_id` char(36) DEFAULT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cancelled_at` datetime DEFAULT NULL,
  `cancel_reason` varchar(255) DEFAULT NULL,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_appointments_room` (`video_room_id`),
  KEY `idx_appointments_patient` (`patient_id`,`scheduled_start`),
  KEY `idx_appointments_clinician` (`clinician_id`,`scheduled_start`),
  CONSTRAINT `fk_appointments_clinician` FOREIGN KEY (`clinician_id`) REFERENCES `clinicians` (`id`),
  CONSTRAINT `fk_appointments_patient` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`) ON DELETE CASCADE"""

clin_rows = []
for c in clinicians:
    clin_rows.append([c["id"], c["npi"], c["first"], c["last"], c["cred"], c["spec"], c["state"], c["license"],
                      c["email"], c["direct_phone"], c["accepting"], c["hired_on"],
                      dt.datetime.combine(c["hired_on"], dt.time(15, R.randint(0, 59), R.randint(0, 59)))])
    mark(c["pid"], "name", "email", "location")
    if c["direct_phone"]:
        mark(c["pid"], "phone")
    cc = "CA" if c["state"] in CA_PROVINCES else "US"
    add_sig(c["pid"], "address", cc, ("US-" + c["state"]) if cc == "US" else None, "state",
            f"clinicians.practice_state={c['state']}")
CLIN_DDL = """  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `npi` char(10) DEFAULT NULL,
  `first_name` varchar(80) NOT NULL,
  `last_name` varchar(80) NOT NULL,
  `credentials` varchar(16) NOT NULL,
  `specialty` varchar(64) NOT NULL,
  `practice_state` char(2) NOT NULL,
  `license_number` varchar(32) DEFAULT NULL,
  `email` varchar(191) NOT NULL,
  `direct_phone` varchar(32) DEFAULT NULL,
  `accepting_new_patients` tinyint(1) NOT NULL DEFAULT '1',
  `hired_on` date DEFAULT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_clinicians_email` (`email`),
  UNIQUE KEY `uq_clinicians_npi` (`npi`),
  KEY `idx_clinicians_state` (`practice_state`)"""

NICK = {"Jennifer": "Jen", "Michael": "Mike", "Daniel": "Danny", "Christopher": "Chris", "Anthony": "Tony",
        "Beatriz": "Bea", "Alejandro": "Alex", "Rebecca": "Becca", "Patricia": "Trish", "Robert": "Bob",
        "William": "Will", "Joshua": "Josh", "Matthew": "Matt", "Katharina": "Kathi", "Guadalupe": "Lupe",
        "Jonathan": "Jon", "Stephanie": "Steph", "Samantha": "Sam", "Jean-François": "J-F", "Nathalie": "Nat"}
pat_rows = []
for p in sorted(patients, key=lambda x: x["id"]):
    pid = p["pid"]
    ec = p["ec"]
    updated = max([p["created_at"]] + [x for x in (p["last_login_at"], p["password_changed_at"]) if x])
    insurance_id = p.get("member_id")
    pat_rows.append([
        p["id"], uuid4(), p["first"], p["last"],
        (NICK[p["first"]] if p["first"] in NICK and R.random() < 0.4 else None),
        p["dob"], p["sex"], p["email"], p["phone"], p["address"], p["lang"],
        p.get("payer"), insurance_id, p["sms_opt_in"],
        ec["name"] if ec else None, ec["phone"] if ec else None, ec["rel"] if ec else None,
        p["username"], p["password_hash"], p["password_changed_at"], p["last_login_at"], p["last_login_ip"],
        p["portal_status"] or "none", 1 if p["password_hash"] and R.random() < 0.3 else 0,
        p["created_at"], updated])
    pat_rows[-1][4] and mark(pid, "name")
    mark(pid, "name", "date_of_birth", "activity", "account_type")
    if p["email"]:
        mark(pid, "email")
    if p["phone"]:
        mark(pid, "phone")
    if p["address"]:
        mark(pid, "location")
    if insurance_id:
        mark(pid, "government_id")
    if p["username"]:
        mark(pid, "username")
    if p["password_hash"]:
        mark(pid, "password")
    if p["last_login_at"]:
        mark(pid, "activity")
    if p["last_login_ip"]:
        mark(pid, "ip_address")
        add_sig(pid, "ip", ip_country(p["last_login_ip"]), None, None, "patients.last_login_ip")
    if ec:
        mark(ec["pid"], "name", "phone")
        ps = phone_signal(ec["phone"])
        if ps:
            add_sig(ec["pid"], "phone", ps[0], ps[1], "area_code" if ps[1] else None, "patients.emergency_contact_phone")
    # residence signals from this row
    meta = p["addr_meta"]
    if meta:
        if meta["type"] == "city":
            add_sig(pid, "place", meta["country"], None, None, f"patients.address={p['address']!r}")
            p["implied_sub"] = meta["state"]
        elif meta["country"] == "US":
            if meta["state_written"]:
                add_sig(pid, "address", "US", "US-" + meta["state"], "state", "patients.address")
            else:
                add_sig(pid, "address", "US", "US-" + meta["state"], "zip", "patients.address (ZIP only)")
        else:
            add_sig(pid, "address", meta["country"], None, None, "patients.address")
            if meta["country"] == "CA":
                p["province"] = "CA-" + meta["state"]
    ps = phone_signal(p["phone"])
    if ps:
        add_sig(pid, "phone", ps[0], ps[1], "area_code" if ps[1] else None, "patients.phone")
    ec_cc = email_cctld(p["email"])
    if ec_cc:
        add_sig(pid, "email_cctld", ec_cc, None, None, "patients.email")
PAT_DDL = """  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `first_name` varchar(80) NOT NULL,
  `last_name` varchar(80) NOT NULL,
  `preferred_name` varchar(80) DEFAULT NULL,
  `date_of_birth` date NOT NULL,
  `sex` enum('F','M','X','U') NOT NULL DEFAULT 'U',
  `email` varchar(191) DEFAULT NULL,
  `phone` varchar(32) DEFAULT NULL,
  `address` text,
  `preferred_language` varchar(8) NOT NULL DEFAULT 'en',
  `insurance_payer` varchar(120) DEFAULT NULL,
  `insurance_member_id` varchar(40) DEFAULT NULL,
  `sms_opt_in` tinyint(1) NOT NULL DEFAULT '0',
  `emergency_contact_name` varchar(160) DEFAULT NULL,
  `emergency_contact_phone` varchar(32) DEFAULT NULL,
  `emergency_contact_relationship` varchar(32) DEFAULT NULL,
  `portal_username` varchar(64) DEFAULT NULL,
  `password_hash` varchar(255) DEFAULT NULL,
  `password_changed_at` datetime DEFAULT NULL,
  `last_login_at` datetime DEFAULT NULL,
  `last_login_ip` varchar(45) DEFAULT NULL,
  `account_status` enum('none','invited','active','locked','deactivated') NOT NULL DEFAULT 'none',
  `mfa_enabled` tinyint(1) NOT NULL DEFAULT '0',
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_patients_uuid` (`uuid`),
  UNIQUE KEY `uq_patients_username` (`portal_username`),
  KEY `idx_patients_email` (`email`),
  KEY `idx_patients_name` (`last_name`,`first_name`)"""

sql = f"""-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: hl-prod-mysql.internal.harborlinehealth.com    Database: harborline_sched
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

"""
sql += table_section("appointments", APPT_DDL, appt_rows, appointments[-1]["id"] + 1)
sql += table_section("clinicians", CLIN_DDL, clin_rows, len(clinicians) + 1)
sql += table_section("patients", PAT_DDL, pat_rows, max(p["id"] for p in patients) + 1)
sql += f"""/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on {EXPORT_AT:%Y-%m-%d %H:%M:%S}
"""
SQL_PATH = "db/harborline_sched_20240930.sql"
with open(os.path.join(DATA, SQL_PATH), "w", encoding="utf-8", newline="\n") as f:
    f.write(sql)

# claims CSV
CLAIM_COLS = ["claim_id", "payer_claim_number", "patient_account_no", "member_id", "member_last_name",
              "member_first_name", "member_dob", "member_state", "member_zip", "relationship_to_subscriber",
              "subscriber_name", "payer_name", "payer_id", "group_number", "rendering_provider_npi",
              "date_of_service", "place_of_service", "cpt_code", "modifier", "icd10_dx", "billed_amount",
              "allowed_amount", "paid_amount", "claim_status", "submitted_date"]
CLAIMS_PATH = "billing/claims_export_2024Q3.csv"
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(CLAIM_COLS)
for c in claims:
    w.writerow([c[k] for k in CLAIM_COLS])
    p = c["_p"]
    mark(p["pid"], "government_id", "name", "date_of_birth", "activity")
    if c["member_state"] or c["member_zip"]:
        mark(p["pid"], "location")
    mark(c["_sub_pid"], "name")
    if c["member_state"]:
        add_sig(p["pid"], "address", "US", "US-" + c["member_state"], "state", f"{CLAIMS_PATH}: member_state/member_zip")
    elif c["member_zip"]:
        zstate = p["home_region"]
        add_sig(p["pid"], "address", "US", "US-" + zstate, "zip", f"{CLAIMS_PATH}: member_zip only")
with open(os.path.join(DATA, CLAIMS_PATH), "w", encoding="utf-8", newline="") as f:
    f.write(buf.getvalue())

# SMS JSON
SMS_PATH = "messaging/sms_reminders_2024Q3.json"
out_msgs = []
for m, p, recip, a in messages:
    out_msgs.append(m)
    mark(recip["pid"], "phone", "name")
    mark(p["pid"], "name", "activity")
    mark(a["clin"]["pid"], "name")
    ps = phone_signal(m["to"])
    add_sig(p["pid"], "phone", ps[0], ps[1], "area_code", f"{SMS_PATH}: messages.to")
    if recip is not p:
        add_sig(recip["pid"], "phone", ps[0], ps[1], "area_code", f"{SMS_PATH}: messages.to")
    if m["replies"]:
        mark(recip["pid"], "activity")
sms_doc = {"export": {"provider": "twilio", "account_sid": "AC" + hexs(32), "messaging_service_sid": "MG" + hexs(32),
                      "generated_at": "2024-10-01T04:00:12Z", "date_range": {"from": "2024-07-01", "to": "2024-09-30"},
                      "template_set": "appt-reminders-v7", "count": len(out_msgs)},
           "messages": out_msgs}
with open(os.path.join(DATA, SMS_PATH), "w", encoding="utf-8") as f:
    json.dump(sms_doc, f, ensure_ascii=False, indent=1)

# access log
LOG_PATH = "logs/portal_access.log"
with open(os.path.join(DATA, LOG_PATH), "w", encoding="utf-8", newline="\n") as f:
    for t, line, pid, extra in log_events:
        f.write(line + "\n")
        if pid:
            mark(pid, "ip_address", "activity", "device", *extra)
            ip = line.split(" ", 1)[0]
            add_sig(pid, "ip", ip_country(ip), None, None, f"{LOG_PATH}")

# reference (controls)
REF_REGIONS = "reference/service_regions.csv"
with open(os.path.join(DATA, REF_REGIONS), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["region_code", "region_name", "country", "timezone", "imlc_member", "audio_only_allowed", "launched", "clinicians_licensed"])
    tzname = {"PT": "America/Los_Angeles", "MT": "America/Denver", "MST": "America/Phoenix", "CT": "America/Chicago",
              "ET": "America/New_York", "HST": "Pacific/Honolulu", "AST": "America/Puerto_Rico", "AT": "America/Halifax"}
    for code in sorted(set(STATE_WEIGHTS) | {"PR"}):
        tz = STATE_TZ.get(code, ("ET", -4))[0]
        w.writerow([code, STATE_NAMES[code], "US", tzname[tz], R.choice(["Y", "Y", "N"]), R.choice(["Y", "N"]),
                    rdate(dt.date(2019, 1, 1), dt.date(2023, 6, 30)).isoformat(), len(CLIN_BY_STATE.get(code, [])) + R.randint(0, 3)])
    for code in sorted(PROVINCE_NAMES):
        tz = STATE_TZ.get(code, ("ET", -4))[0]
        w.writerow([code, PROVINCE_NAMES[code], "CA", tzname[tz] if code != "QC" else "America/Toronto", "N/A", "Y",
                    rdate(dt.date(2021, 1, 1), dt.date(2023, 12, 31)).isoformat(), len(CLIN_BY_STATE.get(code, []))])

REF_FEES = "reference/fee_schedule_2024.csv"
with open(os.path.join(DATA, REF_FEES), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["cpt_code", "description", "telehealth_modifier", "self_pay_usd", "medicare_nonfacility_usd", "effective_from"])
    desc = {"99212": "Office/outpatient visit est, straightforward", "99213": "Office/outpatient visit est, low MDM",
            "99214": "Office/outpatient visit est, moderate MDM", "99204": "Office/outpatient visit new, moderate MDM",
            "99442": "Telephone E/M 11-20 min", "99421": "Online digital E/M 5-10 min", "99422": "Online digital E/M 11-20 min",
            "90832": "Psychotherapy 30 min", "90834": "Psychotherapy 45 min", "90837": "Psychotherapy 60 min"}
    for code in sorted(FEE):
        w.writerow([code, desc[code], "95" if code not in ("99421", "99422", "99442") else "", f"{FEE[code] * 0.85:.2f}",
                    f"{FEE[code] * 0.62:.2f}", "2024-01-01"])

# --------------------------------------------------------------------------------------------
# TRUTH
# --------------------------------------------------------------------------------------------
STRENGTH = ["address", "phone", "place", "ip", "email_cctld"]
residents = []
conflicts = []
state_mismatch = []
counts = {}
counts_explicit = {}
for pid in sorted(PEOPLE):
    sigs = SIG[pid]
    kinds = sorted({s[0] for s in sigs}, key=STRENGTH.index)
    entry = {"id": pid, "kind": PEOPLE[pid]["kind"], "ref": PEOPLE[pid]["ref"], "country": None,
             "subdivision": None, "signals": kinds}
    if sigs:
        best = min(sigs, key=lambda s: STRENGTH.index(s[0]))
        country = best[1]
        entry["country"] = country
        sub, basis = None, None
        if country == "US":
            addr_us = [s for s in sigs if s[0] == "address" and s[1] == "US" and s[2]]
            explicit = [s for s in addr_us if s[3] == "state"]
            zips = [s for s in addr_us if s[3] == "zip"]
            if explicit:
                sub, basis = explicit[0][2], "state"
            elif zips:
                sub, basis = zips[0][2], "zip"
            elif best[0] == "phone" and best[2]:
                sub, basis = best[2], "area_code"
        entry["subdivision"] = sub
        if sub:
            entry["subdivision_basis"] = basis
        p = PEOPLE[pid].get("patient")
        if p and p.get("province"):
            entry["province"] = p["province"]
        if p and p.get("implied_sub") and not sub:
            entry["implied_subdivision"] = p["implied_sub"]
            entry["implied_subdivision_basis"] = "city name only"
        countries = sorted({s[1] for s in sigs})
        entry["signal_countries"] = {k: sorted({s[1] for s in sigs if s[0] == k}) for k in kinds}
        if len(countries) > 1:
            conflicts.append(pid)
            entry["conflict"] = True
        if country == "US" and sub:
            phone_states = sorted({s[2] for s in sigs if s[0] == "phone" and s[1] == "US" and s[2]})
            if phone_states and any(ps != sub for ps in phone_states):
                entry["phone_subdivision"] = phone_states
                state_mismatch.append(pid)
        key = sub if (country == "US" and sub) else country
        ekey = sub if (country == "US" and sub and basis == "state") else country
    else:
        key = ekey = "unknown"
    counts[key] = counts.get(key, 0) + 1
    counts_explicit[ekey] = counts_explicit.get(ekey, 0) + 1
    residents.append(entry)

people_by_category = {}
for pid, cats in CATS.items():
    for c in cats:
        people_by_category[c] = people_by_category.get(c, 0) + 1
appearing = [pid for pid in PEOPLE if CATS[pid]]
assert len(appearing) == len(PEOPLE), [pid for pid in PEOPLE if not CATS[pid]]

kinds_count = {}
for p in PEOPLE.values():
    kinds_count[p["kind"]] = kinds_count.get(p["kind"], 0) + 1

truth = {
    "brief": ("Harborline Telehealth, a North American telehealth-scheduling SaaS (US and Canada, some patients abroad). "
              "Leaked vendor export: a mysqldump of the scheduling database (patients with a free-text `address` column "
              "written as people write US/Canadian/foreign addresses, appointments referencing patients and clinicians by "
              "key, clinicians with their practice state), a US insurance-claims CSV export for Q3 2024 (member_state, "
              "member_zip), a Twilio-style JSON export of SMS appointment reminders (E.164 numbers, English/Spanish/French "
              "bodies), an Apache combined access log of the patient portal (patient ids in paths, anonymous visitors, "
              "crawlers, load-balancer health checks) and two reference CSVs. English throughout, with Spanish and "
              "Québec-French names, addresses and SMS texts."),
    "people": len(PEOPLE),
    "people_by_kind": kinds_count,
    "people_by_category": dict(sorted(people_by_category.items())),
    "fields": {
        SQL_PATH: {
            "patients.first_name": "name", "patients.last_name": "name", "patients.preferred_name": "name",
            "patients.date_of_birth": "date_of_birth", "patients.email": "email", "patients.phone": "phone",
            "patients.address": "location", "patients.insurance_member_id": "government_id",
            "patients.emergency_contact_name": "name", "patients.emergency_contact_phone": "phone",
            "patients.portal_username": "username", "patients.password_hash": "password",
            "patients.last_login_at": "activity", "patients.last_login_ip": "ip_address",
            "patients.account_status": "account_type", "patients.created_at": "activity",
            "clinicians.first_name": "name", "clinicians.last_name": "name", "clinicians.email": "email",
            "clinicians.direct_phone": "phone", "clinicians.practice_state": "location",
            "appointments.scheduled_start": "activity", "appointments.created_at": "activity",
            "appointments.cancelled_at": "activity",
        },
        CLAIMS_PATH: {
            "member_id": "government_id", "member_last_name": "name", "member_first_name": "name",
            "member_dob": "date_of_birth", "member_state": "location", "member_zip": "location",
            "subscriber_name": "name", "date_of_service": "activity",
        },
        SMS_PATH: {
            "messages.to": "phone", "messages.body": "name", "messages.recipient.first_name": "name",
            "messages.appointment.starts_at": "activity", "messages.replies.received_at": "activity",
        },
    },
    "text": {LOG_PATH: ["ip_address", "activity", "device", "email", "secret"]},
    "controls": [REF_REGIONS, REF_FEES],
    "ambiguous": {
        SQL_PATH: ["patients.updated_at", "appointments.updated_at", "clinicians.npi", "clinicians.license_number",
                   "clinicians.created_at", "clinicians.hired_on"],
        CLAIMS_PATH: ["rendering_provider_npi", "submitted_date"],
        SMS_PATH: ["messages.date_created", "messages.date_sent"],
    },
    "lookalikes": {
        SQL_PATH: {
            "patients.uuid": "UUIDv4 record keys",
            "appointments.video_room_id": "UUIDv4 video room ids (also in log paths)",
            "patients.password_changed_at": "timestamp in a column whose name mentions a password",
            "appointments.patient_id": "foreign key to patients.id",
            "patients.sms_opt_in": "flag", "patients.mfa_enabled": "flag",
            "patients.insurance_payer": "company names (Aetna, Cigna, OHIP, RAMQ ...)",
            "appointments.status": "status enum", "appointments.booked_via": "channel enum",
            "clinicians.accepting_new_patients": "flag",
        },
        CLAIMS_PATH: {
            "payer_claim_number": "15-digit payer internal control numbers (some pass Luhn by chance)",
            "claim_id": "internal claim id", "patient_account_no": "patient key",
            "payer_id": "5-character payer EDI ids", "group_number": "employer group numbers",
            "cpt_code": "procedure codes", "icd10_dx": "diagnosis codes", "billed_amount": "money",
        },
        SMS_PATH: {
            "messages.from": "the company's toll-free sender number, not a person's",
            "messages.sid": "Twilio message SIDs (SM + 32 hex)", "export.account_sid": "Twilio account SID (not a secret)",
            "export.messaging_service_sid": "Twilio messaging service SID", "messages.replies.sid": "message SIDs",
            "messages.recipient.patient_id": "patient key", "messages.appointment.id": "appointment key",
        },
    },
    "residents": residents,
    "residence_counts": dict(sorted(counts.items())),
    "residence_counts_explicit_state_only": dict(sorted(counts_explicit.items())),
    "conflicts": conflicts,
    "state_mismatch_not_conflict": state_mismatch,
    "notes": "",
}
luhn_icn = sum(1 for c in claims if luhn_valid(c["payer_claim_number"]))
truth["notes"] = (
    "PEOPLE: patients (incl. 4 children living with a guardian who is also a patient; the child's emergency contact "
    "and claims subscriber is that guardian, counted once), clinicians, emergency contacts (new people named only in "
    "patients.emergency_contact_*), and insurance subscribers who are not patients (named only in claims.subscriber_name). "
    "Anonymous portal visitors, Googlebot (66.249.64.0/19) and ELB health checks (10.20.x.x) are NOT counted as people; "
    "only log lines of logged-in patients (patient id in the path, or their password-reset flow, or the login page "
    "fetched from the same IP just before) are attributed. people_by_category counts a person when a value of theirs "
    "is written into some file; clinicians' names inside SMS bodies count for them (they already have name). "
    "Children's SMS go to the guardian's number (recipient.first_name = guardian, body names both). "
    "Activity: patients.created_at/last_login_at, appointments, claims date_of_service, SMS reply times, log lines. "
    "Clinicians get no activity. "
    "RESIDENCE: strength address > phone > place > ip > email_cctld. `address` = patients.address with a state/province/"
    "country/postal code, claims member_state/member_zip, or clinicians.practice_state (a clinician's practice state is "
    "taken as where they live). `phone` = a number in international form (patients.phone or emergency_contact_phone "
    "starting with '+', or the E.164 `to` of an SMS sent for that patient); national-form numbers are not signals. "
    "NANP (+1) numbers are resolved by area code: Canadian area codes -> CA, 787/939 -> US-PR. "
    "Subdivision (US only): the written state (abbreviation or spelled out, or claims member_state) -> basis 'state'; else "
    "a ZIP alone -> the ZIP's state, basis 'zip' (people whose only location is a ZIP, in patients.address or in claims "
    "with an empty member_state); else, when the phone is the strongest signal, its area code -> basis 'area_code'. "
    "A city alone ('Chicago') gives country only; the implied state is in implied_subdivision. "
    "residence_counts_explicit_state_only is the same count when only a written state is accepted as telling the state. "
    "Canadian residents: country CA, subdivision null, province in `province` (e.g. CA-ON); clinicians practicing in "
    "ON/BC/QC are CA. Puerto Rico: country US, subdivision US-PR. "
    "CONFLICTS: people whose signals point to more than one country (mostly phone country vs address country: Canadians "
    "with US numbers, US residents with UK/Mexican/Canadian mobiles, expats abroad keeping a US number; plus one US "
    "resident whose only other-country hint is a gmx.de email). The address country is the residence. "
    "state_mismatch_not_conflict: US residents whose +1 area code is in another state than their address "
    "(incl. one Puerto Rico resident with a 212 number): not conflicts, the address state wins; their phone states are "
    "in phone_subdivision. "
    "IP RANGES (all IPs in the dump come from these): 73.0.0.0/8 Comcast Cable (AS7922, US); 172.56.0.0/16 inside "
    "T-Mobile USA's 172.32.0.0/11 (AS21928, US); 2601::/20 Comcast IPv6 (US); 99.224.0.0/11 Rogers Communications "
    "(Canada); 86.128.0.0/10 BT (UK); 84.128.0.0/10 Deutsche Telekom (DE); 90.0.0.0/9 Orange (FR); 66.249.64.0/19 "
    "Googlebot (not a person); 10.20.0.0/16 private load-balancer health checks. IPs give country only. Patients "
    "abroad outside GB/DE/FR and Puerto Rico residents have no IP in the dump. "
    f"LOOKALIKES: {luhn_icn} of {len(claims)} payer_claim_number values pass Luhn by chance. clinicians.npi are valid "
    "NPIs (Luhn with 80840 prefix) - public provider registry ids, listed ambiguous. insurance_member_id holds US payer "
    "member ids (Medicare MBIs, BCBS/Aetna/UHC/Cigna/Humana formats, Triple-S) and Canadian health-card numbers (OHIP "
    "with Luhn check digit, BC PHN with mod-11 check, RAMQ) -> government_id. "
    "The log contains password-reset URLs with a 40-hex reset token and the user's email in the query string (secret, email)."
)
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)

print("people", len(PEOPLE), kinds_count)
print("residence_counts", truth["residence_counts"])
print("conflicts", len(conflicts), "state_mismatch", len(state_mismatch))
for root, _, files in os.walk(DATA):
    for fn in sorted(files):
        pth = os.path.join(root, fn)
        print(os.path.relpath(pth, DATA), os.path.getsize(pth))
