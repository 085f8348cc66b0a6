#!/usr/bin/env python3
"""Generate the "Open Shelter Alliance" blind evaluation dump (set J6).

Standard library only, seeded and deterministic.  Writes data/ and truth.json
next to this script.  Every count in truth.json is computed from what was
written: each writer records, per person, the categories it wrote
(put()) and the residence signals it wrote (sig()).
"""
import csv
import datetime as dt
import gzip
import io
import json
import os
import random
import tarfile
import unicodedata
from collections import defaultdict, OrderedDict

SEED = 6062025
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")

# ---------------------------------------------------------------------------
# bookkeeping
# ---------------------------------------------------------------------------
CATS = defaultdict(set)                       # pid -> {category}
FIELDS = defaultdict(lambda: defaultdict(set))  # file -> field -> {category}
TEXT = defaultdict(set)                       # file -> {category}
EVID = defaultdict(list)                      # pid -> [(signal, country, subdivision)]

SIGNAL_ORDER = ["address", "phone", "place", "ip", "email_cctld"]


def put(pid, file, field, cat):
    """A value of category `cat` belonging to person `pid` was written in file/field."""
    if pid is not None:
        CATS[pid].add(cat)
    if field is None:
        TEXT[file].add(cat)
    else:
        FIELDS[file][field].add(cat)


def sig(pid, signal, country, sub=None):
    EVID[pid].append((signal, country, sub))


# ---------------------------------------------------------------------------
# gazetteers (own lists)
# ---------------------------------------------------------------------------
US_STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia",
    "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois",
    "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
    "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York",
    "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon",
    "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota",
    "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia",
    "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
    "PR": "Puerto Rico",
}
# non-postal abbreviations people type
US_OLD_ABBR = {"CA": "Calif.", "MA": "Mass.", "PA": "Penn.", "WA": "Wash.", "CO": "Colo.", "MN": "Minn."}

# (state, city, zip, area code, lat, lon, tz, weight)
US_CITIES = [
    ("OR", "Portland", "97214", "503", 45.513, -122.643, "America/Los_Angeles", 6),
    ("OR", "Portland", "97202", "503", 45.482, -122.642, "America/Los_Angeles", 4),
    ("OR", "Eugene", "97401", "541", 44.052, -123.091, "America/Los_Angeles", 2),
    ("OR", "Salem", "97301", "503", 44.940, -123.030, "America/Los_Angeles", 1),
    ("WA", "Seattle", "98103", "206", 47.669, -122.342, "America/Los_Angeles", 4),
    ("WA", "Spokane", "99201", "509", 47.659, -117.433, "America/Los_Angeles", 1),
    ("WA", "Tacoma", "98403", "253", 47.262, -122.452, "America/Los_Angeles", 1),
    ("CA", "Los Angeles", "90026", "213", 34.078, -118.260, "America/Los_Angeles", 4),
    ("CA", "San Francisco", "94110", "415", 37.750, -122.415, "America/Los_Angeles", 3),
    ("CA", "Oakland", "94610", "510", 37.812, -122.243, "America/Los_Angeles", 2),
    ("CA", "Sacramento", "95818", "916", 38.556, -121.493, "America/Los_Angeles", 2),
    ("CA", "San Diego", "92104", "619", 32.741, -117.129, "America/Los_Angeles", 2),
    ("CA", "San Jose", "95125", "408", 37.296, -121.894, "America/Los_Angeles", 1),
    ("TX", "Austin", "78704", "512", 30.243, -97.768, "America/Chicago", 4),
    ("TX", "Austin", "78701", "512", 30.270, -97.742, "America/Chicago", 2),
    ("TX", "Houston", "77006", "713", 29.741, -95.391, "America/Chicago", 2),
    ("TX", "Dallas", "75206", "214", 32.831, -96.770, "America/Chicago", 2),
    ("TX", "San Antonio", "78212", "210", 29.463, -98.494, "America/Chicago", 1),
    ("NY", "New York", "10025", "212", 40.799, -73.968, "America/New_York", 3),
    ("NY", "Brooklyn", "11215", "718", 40.667, -73.986, "America/New_York", 3),
    ("NY", "Buffalo", "14222", "716", 42.920, -78.877, "America/New_York", 1),
    ("NY", "Rochester", "14607", "585", 43.151, -77.589, "America/New_York", 1),
    ("FL", "Miami", "33133", "305", 25.734, -80.241, "America/New_York", 2),
    ("FL", "Orlando", "32803", "407", 28.556, -81.350, "America/New_York", 1),
    ("FL", "Tampa", "33606", "813", 27.934, -82.466, "America/New_York", 1),
    ("FL", "Gainesville", "32601", "352", 29.651, -82.325, "America/New_York", 1),
    ("IL", "Chicago", "60614", "773", 41.922, -87.652, "America/Chicago", 3),
    ("IL", "Evanston", "60201", "847", 42.054, -87.694, "America/Chicago", 1),
    ("IL", "Springfield", "62704", "217", 39.772, -89.684, "America/Chicago", 1),
    ("MA", "Boston", "02130", "617", 42.309, -71.115, "America/New_York", 2),
    ("MA", "Cambridge", "02139", "617", 42.364, -71.103, "America/New_York", 1),
    ("MA", "Springfield", "01108", "413", 42.083, -72.558, "America/New_York", 1),
    ("MA", "Worcester", "01609", "508", 42.284, -71.827, "America/New_York", 1),
    ("MO", "Springfield", "65806", "417", 37.204, -93.298, "America/Chicago", 1),
    ("MO", "St. Louis", "63110", "314", 38.619, -90.262, "America/Chicago", 1),
    ("MO", "Kansas City", "64111", "816", 39.057, -94.593, "America/Chicago", 1),
    ("OH", "Columbus", "43215", "614", 39.962, -83.004, "America/New_York", 2),
    ("OH", "Cleveland", "44113", "216", 41.482, -81.696, "America/New_York", 1),
    ("OH", "Cincinnati", "45202", "513", 39.104, -84.512, "America/New_York", 1),
    ("PA", "Philadelphia", "19104", "215", 39.959, -75.197, "America/New_York", 2),
    ("PA", "Pittsburgh", "15213", "412", 40.444, -79.956, "America/New_York", 1),
    ("GA", "Atlanta", "30307", "404", 33.769, -84.335, "America/New_York", 2),
    ("GA", "Savannah", "31401", "912", 32.076, -81.088, "America/New_York", 1),
    ("NC", "Raleigh", "27601", "919", 35.776, -78.637, "America/New_York", 1),
    ("NC", "Asheville", "28801", "828", 35.596, -82.554, "America/New_York", 1),
    ("NC", "Charlotte", "28203", "704", 35.208, -80.858, "America/New_York", 1),
    ("CO", "Denver", "80206", "303", 39.731, -104.953, "America/Denver", 2),
    ("CO", "Boulder", "80302", "303", 40.017, -105.279, "America/Denver", 1),
    ("CO", "Colorado Springs", "80903", "719", 38.838, -104.815, "America/Denver", 1),
    ("AZ", "Phoenix", "85004", "602", 33.451, -112.069, "America/Phoenix", 2),
    ("AZ", "Tucson", "85719", "520", 32.247, -110.949, "America/Phoenix", 1),
    ("NM", "Albuquerque", "87106", "505", 35.072, -106.620, "America/Denver", 1),
    ("NM", "Santa Fe", "87501", "505", 35.687, -105.938, "America/Denver", 1),
    ("MN", "Minneapolis", "55408", "612", 44.947, -93.286, "America/Chicago", 2),
    ("MN", "Saint Paul", "55105", "651", 44.934, -93.167, "America/Chicago", 1),
    ("MI", "Ann Arbor", "48104", "734", 42.266, -83.725, "America/Detroit", 1),
    ("MI", "Detroit", "48201", "313", 42.347, -83.060, "America/Detroit", 1),
    ("MI", "Grand Rapids", "49503", "616", 42.962, -85.658, "America/Detroit", 1),
    ("WI", "Madison", "53703", "608", 43.077, -89.381, "America/Chicago", 1),
    ("WI", "Milwaukee", "53202", "414", 43.046, -87.898, "America/Chicago", 1),
    ("TN", "Nashville", "37206", "615", 36.178, -86.741, "America/Chicago", 1),
    ("TN", "Memphis", "38104", "901", 35.133, -90.003, "America/Chicago", 1),
    ("VA", "Richmond", "23220", "804", 37.549, -77.459, "America/New_York", 1),
    ("VA", "Arlington", "22201", "703", 38.887, -77.094, "America/New_York", 1),
    ("MD", "Baltimore", "21218", "410", 39.330, -76.601, "America/New_York", 1),
    ("NJ", "Princeton", "08540", "609", 40.350, -74.659, "America/New_York", 1),
    ("NJ", "Jersey City", "07302", "201", 40.721, -74.044, "America/New_York", 1),
    ("UT", "Salt Lake City", "84102", "801", 40.760, -111.862, "America/Denver", 1),
    ("NV", "Las Vegas", "89104", "702", 36.152, -115.109, "America/Los_Angeles", 1),
    ("NV", "Reno", "89501", "775", 39.526, -119.812, "America/Los_Angeles", 1),
    ("ID", "Boise", "83702", "208", 43.632, -116.205, "America/Boise", 1),
    ("LA", "New Orleans", "70115", "504", 29.923, -90.102, "America/Chicago", 1),
    ("KY", "Louisville", "40204", "502", 38.238, -85.723, "America/Kentucky/Louisville", 1),
    ("IN", "Indianapolis", "46202", "317", 39.784, -86.156, "America/Indiana/Indianapolis", 1),
    ("SC", "Charleston", "29401", "843", 32.780, -79.934, "America/New_York", 1),
    ("AL", "Birmingham", "35205", "205", 33.494, -86.808, "America/Chicago", 1),
    ("OK", "Tulsa", "74104", "918", 36.146, -95.952, "America/Chicago", 1),
    ("KS", "Wichita", "67203", "316", 37.703, -97.362, "America/Chicago", 1),
    ("IA", "Des Moines", "50309", "515", 41.587, -93.624, "America/Chicago", 1),
    ("NE", "Omaha", "68131", "402", 41.264, -95.964, "America/Chicago", 1),
    ("VT", "Burlington", "05401", "802", 44.476, -73.212, "America/New_York", 1),
    ("NH", "Manchester", "03101", "603", 42.991, -71.463, "America/New_York", 1),
    ("ME", "Portland", "04101", "207", 43.661, -70.258, "America/New_York", 1),
    ("ME", "Bangor", "04401", "207", 44.801, -68.778, "America/New_York", 1),
    ("CT", "New Haven", "06511", "203", 41.316, -72.925, "America/New_York", 1),
    ("RI", "Providence", "02906", "401", 41.838, -71.393, "America/New_York", 1),
    ("DC", "Washington", "20009", "202", 38.919, -77.037, "America/New_York", 1),
    ("HI", "Honolulu", "96815", "808", 21.281, -157.823, "Pacific/Honolulu", 1),
    ("AK", "Anchorage", "99501", "907", 61.218, -149.876, "America/Anchorage", 1),
    ("MT", "Missoula", "59801", "406", 46.872, -113.994, "America/Denver", 1),
    ("WV", "Charleston", "25301", "304", 38.350, -81.633, "America/New_York", 1),
    ("AR", "Little Rock", "72205", "501", 34.750, -92.343, "America/Chicago", 1),
    ("PR", "San Juan", "00907", "787", 18.452, -66.068, "America/Puerto_Rico", 1),
    ("DE", "Wilmington", "19806", "302", 39.761, -75.563, "America/New_York", 1),
]
US_AREAS = sorted({c[3] for c in US_CITIES})

# Canada: (prov code, city, FSA, area, lat, lon, tz, variants as people write the province)
CA_PROV_VARIANTS = {
    "ON": ["Ontario", "ON", "Ont.", "ontario"],
    "QC": ["Québec", "Quebec", "QC", "Qué.", "PQ"],
    "BC": ["British Columbia", "B.C.", "BC"],
    "AB": ["Alberta", "AB", "Alta."],
    "NS": ["Nova Scotia", "NS", "N.S."],
    "MB": ["Manitoba", "MB", "Man."],
}
CA_CITIES = [
    ("ON", "Toronto", "M4C", "416", 43.686, -79.312, "America/Toronto"),
    ("ON", "Toronto", "M6H", "647", 43.665, -79.438, "America/Toronto"),
    ("ON", "Ottawa", "K1S", "613", 45.398, -75.688, "America/Toronto"),
    ("ON", "Hamilton", "L8P", "905", 43.255, -79.878, "America/Toronto"),
    ("ON", "London", "N6A", "519", 42.984, -81.246, "America/Toronto"),
    ("QC", "Montréal", "H2T", "514", 45.523, -73.589, "America/Toronto"),
    ("QC", "Québec", "G1R", "418", 46.811, -71.214, "America/Toronto"),
    ("BC", "Vancouver", "V5L", "604", 49.279, -123.068, "America/Vancouver"),
    ("BC", "Victoria", "V8V", "250", 48.418, -123.361, "America/Vancouver"),
    ("AB", "Calgary", "T2S", "403", 51.030, -114.071, "America/Edmonton"),
    ("AB", "Edmonton", "T6E", "780", 53.518, -113.497, "America/Edmonton"),
    ("NS", "Halifax", "B3H", "902", 44.637, -63.583, "America/Halifax"),
    ("MB", "Winnipeg", "R3L", "204", 49.869, -97.140, "America/Winnipeg"),
]
CA_AREAS = sorted({c[3] for c in CA_CITIES})

# Mexico: (state code, state name, city, CP, area code, lat, lon, tz, variants)
MX_CITIES = [
    ("CMX", "Ciudad de México", "Ciudad de México", "06700", "55", 19.419, -99.162, "America/Mexico_City",
     ["CDMX", "Ciudad de México", "D.F.", "Cd. de México"]),
    ("JAL", "Jalisco", "Guadalajara", "44160", "33", 20.673, -103.368, "America/Mexico_City",
     ["Jalisco", "Jal.", "JAL"]),
    ("JAL", "Jalisco", "Puerto Vallarta", "48300", "322", 20.617, -105.231, "America/Mexico_City",
     ["Jalisco", "Jal."]),
    ("NLE", "Nuevo León", "Monterrey", "64060", "81", 25.667, -100.338, "America/Monterrey",
     ["Nuevo León", "Nuevo Leon", "N.L."]),
    ("YUC", "Yucatán", "Mérida", "97000", "999", 20.967, -89.623, "America/Merida", ["Yucatán", "Yuc."]),
    ("GUA", "Guanajuato", "San Miguel de Allende", "37700", "415", 20.914, -100.744, "America/Mexico_City",
     ["Guanajuato", "Gto."]),
    ("QUE", "Querétaro", "Santiago de Querétaro", "76000", "442", 20.593, -100.390, "America/Mexico_City",
     ["Querétaro", "Qro."]),
]
# UK: (post town, outward code, lat, lon, region code as Mailchimp writes it)
GB_CITIES = [
    ("London", "SE15", 51.470, -0.069, "ENG"), ("London", "N16", 51.561, -0.074, "ENG"),
    ("Manchester", "M14", 53.448, -2.218, "ENG"), ("Bristol", "BS6", 51.470, -2.598, "ENG"),
    ("Leeds", "LS6", 53.819, -1.571, "ENG"), ("Edinburgh", "EH9", 55.931, -3.180, "SCT"),
    ("Cardiff", "CF24", 51.487, -3.159, "WLS"), ("Brighton", "BN2", 50.823, -0.122, "ENG"),
]
# Germany: (city, PLZ, lat, lon, Land code, area code)
DE_CITIES = [
    ("Berlin", "10437", 52.541, 13.413, "BE", "30"), ("Hamburg", "22767", 53.552, 9.957, "HH", "40"),
    ("München", "80469", 48.131, 11.573, "BY", "89"), ("Köln", "50674", 50.934, 6.939, "NW", "221"),
    ("Leipzig", "04275", 51.318, 12.372, "SN", "341"), ("Frankfurt am Main", "60316", 50.123, 8.695, "HE", "69"),
    ("Freiburg im Breisgau", "79098", 47.995, 7.849, "BW", "761"),
]
# Australia: (state, suburb, postcode, lat, lon, tz)
AU_CITIES = [
    ("NSW", "Newtown", "2042", -33.897, 151.179, "Australia/Sydney"),
    ("NSW", "Surry Hills", "2010", -33.885, 151.211, "Australia/Sydney"),
    ("VIC", "Fitzroy", "3065", -37.799, 144.978, "Australia/Melbourne"),
    ("VIC", "Brunswick", "3056", -37.767, 144.961, "Australia/Melbourne"),
    ("QLD", "West End", "4101", -27.482, 153.009, "Australia/Brisbane"),
    ("WA", "Fremantle", "6160", -32.053, 115.745, "Australia/Perth"),
    ("SA", "Adelaide", "5000", -34.928, 138.600, "Australia/Adelaide"),
    ("TAS", "Hobart", "7000", -42.882, 147.327, "Australia/Hobart"),
]
COUNTRY_WORDS = {
    "US": ["United States", "USA", "US", "U.S.", "United States of America"],
    "CA": ["Canada", "CA", "Canada", "CAN"],
    "MX": ["México", "Mexico", "MX", "México"],
}
COUNTRY_EN = {"US": "United States", "CA": "Canada", "MX": "Mexico", "GB": "United Kingdom",
              "DE": "Germany", "AU": "Australia"}

# ---------------------------------------------------------------------------
# names and streets (own lists)
# ---------------------------------------------------------------------------
US_FIRST = """James Mary Robert Patricia Michael Jennifer David Linda William Elizabeth Maria Jose Luis
Carmen Sofia Diego Alejandro Valeria Wei Mei Jin Priya Arjun Anjali Rahul Keisha Jamal Tyrone Aaliyah
DeShawn Emily Hannah Madison Olivia Ethan Noah Liam Ava Chloe Grace Connor Kaitlyn Tyler Brittany Megan
Sean Patrick Minh Thanh Hyun Aisha Omar Fatima Yusuf Dmitri Natalia Katie Dana Jordan Casey Morgan Riley
Avery Bethany Marcus Darnell Latoya Rosa Guadalupe Esperanza Ramon Hector Stephanie Kevin Brian Amanda
Rebecca Jessica Lauren Nicole Heather Andrew Joshua Christopher Samantha Victoria Gabriel Isabella Mateo
Ji-woo Kenji Leilani Kai Noelani Tamika Trevor Colleen Gretchen Walter Dorothy Harold Shirley""".split()
US_LAST = """Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez
Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark
Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson
Baker Hall Rivera Campbell Mitchell Carter Roberts O'Brien McAllister Kowalski Nakamura Patel Shah Kim
Park Chen Wang Liu Okafor Washington Jefferson Schmidt Larsen Lindqvist Rossi DiMaggio Fitzgerald
Sullivan Murphy Brooks Foster Hayes Greenberg Goldstein Cohen Yazzie Begay Tran Pham Yamamoto Kaleo
Delgado Castillo Romero Vasquez Ortiz Novak Horvath Petersen Olson Gustafson""".split()
CA_FIRST_EN = "Liam Noah Charlotte Connor Harpreet Gurpreet Raj Emma Owen Avery Brooke Declan Ashley Tyler Jasmine".split()
CA_FIRST_FR = "Émilie Étienne Mathieu Geneviève Olivier Chloé Félix Gabrielle Amélie Jean-François Marie-Ève Sébastien Josée".split()
CA_LAST_EN = "MacDonald Campbell Wilson Singh Sandhu Chen Wong Thompson Fraser MacKenzie Grewal Dhillon Stewart".split()
CA_LAST_FR = "Tremblay Gagnon Roy Côté Bouchard Gauthier Morin Lavoie Fortin Gagné Ouellet Pelletier Leblanc Thibodeau".split()
MX_FIRST = ["José Luis", "María Fernanda", "Juan Carlos", "Ana Sofía", "Ximena", "Sebastián", "Valentina",
            "Santiago", "Regina", "Mateo", "Camila", "Diego", "Guadalupe", "Alejandra", "Rodrigo", "Itzel"]
MX_LAST = ["Hernández", "García", "Martínez", "López", "González", "Pérez", "Rodríguez", "Sánchez", "Ramírez",
           "Cruz", "Flores", "Gómez", "Morales", "Vázquez", "Reyes", "Jiménez", "Ortiz", "Castillo",
           "Domínguez", "Mendoza", "Ruiz", "Aguilar"]
GB_FIRST = "Oliver George Harry Amelia Isla Jack Charlie Sophie Thomas Eleanor Freya Alfie Poppy Rhys Siobhan Callum Niamh Imogen".split()
GB_LAST = "Smith Jones Taylor Brown Williams Evans Roberts Walker Wright Hughes Edwards Green Wood Clarke Khan MacLeod Davies Pritchard".split()
DE_FIRST = "Lukas Leon Finn Jonas Paul Felix Maximilian Emma Mia Hannah Lena Lea Anna Jürgen Uwe Katrin Sabine Jörg Björn Marlene".split()
DE_LAST = "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Zimmermann Krüger Weiß Böhm".split()
AU_FIRST = "Jack Oliver William Charlotte Olivia Mia Isla Matilda Harrison Lachlan Riley Zoe Bridget Hamish Jessica".split()
AU_LAST = "Smith Jones Williams Brown Wilson Taylor Nguyen Johnson Martin White Walker Kelly Ryan O'Connor Murphy Mitchell".split()

US_STREET = """Maple Oak Pine Cedar Elm Washington Lincoln Jefferson Park Lake Hill Highland Sunset Ridge
Willow Chestnut Walnut Spruce Magnolia Juniper Aspen Birch Grant Franklin Madison Monroe Alder Hawthorne
Division Belmont Clinton Prospect Forest Orchard Meadow Church Spring Mill River Cherry Laurel Poplar""".split()
US_NUMBERED = ["2nd", "3rd", "5th", "7th", "12th", "18th", "21st", "33rd", "41st"]
US_SUFFIX = ["St", "St", "Ave", "Ave", "Blvd", "Dr", "Ln", "Rd", "Ct", "Way", "Pl", "Ter"]
US_DIR = ["", "", "", "", "N ", "S ", "E ", "W ", "NE ", "SE "]
CA_STREETS_EN = ["Queen St E", "Bloor St W", "Danforth Ave", "Jasper Ave", "17 Ave SW", "Commercial Dr",
                 "Spring Garden Rd", "Osborne St", "Bank St", "Locke St S", "Fort St"]
CA_STREETS_FR = ["rue Saint-Denis", "avenue du Mont-Royal Est", "rue Saint-Jean", "boulevard Saint-Laurent",
                 "rue Fabre", "avenue Cartier"]
MX_STREETS = ["Av. Chapultepec", "Calle Hidalgo", "Calle Morelos", "Av. Juárez", "Calle Allende",
              "Av. Insurgentes Sur", "Calle Madero", "Calle Zaragoza", "Calle Ámsterdam", "Calle Jacarandas"]
MX_COLONIAS = ["Centro", "Americana", "Roma Norte", "Condesa", "Del Valle", "Providencia", "Obispado",
               "San Benito", "Guadalupe", "Emiliano Zapata"]
GB_STREETS = ["Elm Grove", "Victoria Road", "Church Lane", "Albert Street", "Queens Road", "Park Avenue",
              "Mill Lane", "Station Road", "Grove Park", "Stoke Newington Church Street", "Clarendon Road"]
DE_STREETS = ["Kastanienallee", "Schanzenstraße", "Müllerstraße", "Hauptstraße", "Lindenstraße",
              "Bergstraße", "Schillerstraße", "Goethestraße", "Gartenstraße", "Bahnhofstraße", "Karl-Heine-Str."]
AU_STREETS = ["King St", "Smith St", "Brunswick St", "Boundary St", "Hay St", "Lygon St", "Enmore Rd",
              "Sydney Rd", "Crown St", "Elizabeth St"]

PET_NAMES = ["Biscuit", "Luna", "Max", "Bella", "Charlie", "Daisy", "Cooper", "Pepper", "Shadow", "Mochi",
             "Rosie", "Buster", "Penny", "Oscar", "Willow", "Tucker", "Ziggy", "Hazel", "Murphy", "Olive"]
EMPLOYERS = ["Intel", "Kaiser Permanente", "Nike", "Providence Health", "Microsoft", "REI Co-op",
             "Self-employed", "Retired", "Wells Fargo", "Portland Public Schools", "Boeing", "Target",
             "State Farm", "Banfield Pet Hospital", "Salesforce", "Oregon Health & Science University"]

# ---------------------------------------------------------------------------
# IP ranges whose country is certain (large national ISPs)
# ---------------------------------------------------------------------------
IP_RANGES = {
    "US": ("Comcast Cable, 73.0.0.0/8", lambda: f"73.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"),
    "CA": ("Rogers Communications, 99.224.0.0/11",
           lambda: f"99.{R.randint(224, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"),
    "DE": ("Deutsche Telekom (t-ipconnect), 79.192.0.0/10 and 91.0.0.0/10",
           lambda: (f"79.{R.randint(192, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}" if R.random() < 0.6
                    else f"91.{R.randint(0, 63)}.{R.randint(0, 255)}.{R.randint(1, 254)}")),
    "GB": ("BT (btcentralplus), 86.128.0.0/10", lambda: f"86.{R.randint(128, 191)}.{R.randint(0, 255)}.{R.randint(1, 254)}"),
    "AU": ("Telstra, 1.128.0.0/11", lambda: f"1.{R.randint(128, 159)}.{R.randint(0, 255)}.{R.randint(1, 254)}"),
}


def new_ip(country):
    return IP_RANGES[country][1]()


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------
def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def wchoice(items, weights):
    return R.choices(items, weights=weights, k=1)[0]


def rand_dt(a, b):
    a = dt.datetime.fromisoformat(a)
    b = dt.datetime.fromisoformat(b)
    return a + dt.timedelta(seconds=R.randint(0, int((b - a).total_seconds())))


def fmt_dt(d):
    return d.strftime("%Y-%m-%d %H:%M:%S")


def iso_z(d):
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def nanp_line(area):
    while True:
        ex = R.randint(201, 989)
        if ex % 100 == 11 or ex == 555 or ex == 950:
            continue
        return area, f"{ex:03d}", f"{R.randint(0, 9999):04d}"


USED_EMAILS = set()
USED_USERNAMES = set()


def make_email(first, last, domains, style=None):
    f = ascii_fold(first).lower().replace(" ", "").replace("'", "").replace("-", "")
    l = ascii_fold(last).lower().replace(" ", "").replace("'", "").replace("-", "")
    for attempt in range(50):
        st = style if (style is not None and attempt == 0) else R.randint(0, 7)
        n = R.randint(1, 99)
        local = [f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{n}", f"{f}_{l}", f"{l}.{f}", f"{f}{l[0]}{R.randint(70, 99)}",
                 f"{f}.{l}{n}", f"{f[0]}.{l}"][st]
        e = f"{local}@{R.choice(domains)}"
        if e not in USED_EMAILS:
            USED_EMAILS.add(e)
            return e
    raise RuntimeError("email")


def make_username(first, last):
    f = ascii_fold(first).lower().replace(" ", "").replace("'", "").replace("-", "")
    l = ascii_fold(last).lower().replace(" ", "").replace("'", "").replace("-", "")
    extras = ["pawsforlife", "catlady", "dogdad", "rescuemom", "woof", "kittenfoster", "muttlove"]
    for _ in range(50):
        st = R.randint(0, 5)
        u = [f"{f}.{l}", f"{f[0]}{l}", f"{f}{l[0]}{R.randint(1, 99)}", f"{f}_{R.choice(extras)}",
             f"{l}{f[0]}{R.randint(60, 99)}", f"{R.choice(extras)}_{f}"][st]
        if u not in USED_USERNAMES:
            USED_USERNAMES.add(u)
            return u
    raise RuntimeError("username")


US_DOMAINS = ["gmail.com"] * 8 + ["yahoo.com"] * 3 + ["outlook.com", "hotmail.com", "icloud.com", "aol.com",
                                                      "comcast.net", "att.net", "protonmail.com", "me.com",
                                                      "sbcglobal.net"]
INTL_COM = ["gmail.com", "gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com", "proton.me"]
CCTLD_DOMAINS = {
    "CA": ["sympatico.ca", "videotron.ca", "shaw.ca"],
    "MX": ["prodigy.net.mx", "yahoo.com.mx"],
    "GB": ["yahoo.co.uk", "hotmail.co.uk", "btopenworld.co.uk"],
    "DE": ["web.de", "gmx.de", "t-online.de"],
    "AU": ["optusnet.com.au", "iinet.net.au", "bigpond.net.au"],
}
COM_LOCAL = {  # .com/.net providers popular per country (say nothing about residence)
    "CA": ["gmail.com", "rogers.com", "outlook.com", "hotmail.com"],
    "MX": ["gmail.com", "hotmail.com", "outlook.com"],
    "GB": ["gmail.com", "btinternet.com", "sky.com", "outlook.com"],
    "DE": ["gmail.com", "gmx.net", "outlook.com"],
    "AU": ["gmail.com", "bigpond.com", "outlook.com"],
}


def cctld_country(email):
    dom = email.rsplit("@", 1)[1].lower()
    for suf, c in ((".ca", "CA"), (".mx", "MX"), (".uk", "GB"), (".de", "DE"), (".au", "AU")):
        if dom.endswith(suf):
            return c
    return None


# ---------------------------------------------------------------------------
# phones
# ---------------------------------------------------------------------------
def gen_phone(pc, area=None):
    """Return dict(country, national, intl) for a number of country pc."""
    if pc in ("US", "CA"):
        if area is None:
            area = R.choice(US_AREAS if pc == "US" else CA_AREAS)
        a, e, l = nanp_line(area)
        nat = R.choice([f"({a}) {e}-{l}", f"{a}-{e}-{l}", f"{a}.{e}.{l}", f"{a}{e}{l}", f"({a}) {e}-{l}"])
        intl = R.choice([f"+1{a}{e}{l}", f"+1 {a}-{e}-{l}", f"+1 ({a}) {e}-{l}", f"+1 {a} {e} {l}"])
        e164 = f"+1{a}{e}{l}"
    elif pc == "MX":
        if area is None:
            area = R.choice(["55", "33", "81"])
        rest = 10 - len(area)
        digits = "".join(str(R.randint(0, 9)) for _ in range(rest))
        digits = str(R.randint(2, 9)) + digits[1:]
        if len(area) == 2:
            nat = f"{area} {digits[:4]} {digits[4:]}"
        else:
            nat = f"{area} {digits[:3]} {digits[3:]}"
        intl = "+52 " + nat
        e164 = "+52" + area + digits
    elif pc == "GB":
        pre = R.choice(["7911", "7824", "7723", "7957", "7402", "7493", "7815", "7590"])
        rest = f"{R.randint(100000, 999999)}"
        nat = f"0{pre} {rest}"
        intl = f"+44 {pre} {rest}"
        e164 = f"+44{pre}{rest}"
    elif pc == "DE":
        if area is None or R.random() < 0.7:
            pre = R.choice(["151", "152", "160", "170", "171", "176", "157"])
            rest = f"{R.randint(1000000, 99999999)}"
            nat = f"0{pre} {rest}"
            intl = f"+49 {pre} {rest}"
            e164 = f"+49{pre}{rest}"
        else:
            rest = f"{R.randint(2000000, 9999999)}" if len(area) <= 2 else f"{R.randint(200000, 9999999)}"
            nat = f"0{area} {rest}"
            intl = f"+49 {area} {rest}"
            e164 = f"+49{area}{rest}"
    elif pc == "AU":
        d = f"4{R.randint(0, 9)}{R.randint(0, 9)}{R.randint(100000, 999999)}"
        nat = f"0{d[:3]} {d[3:6]} {d[6:]}"
        intl = f"+61 {d[:3]} {d[3:6]} {d[6:]}"
        e164 = "+61" + d
    else:
        raise ValueError(pc)
    return {"country": pc, "national": nat, "intl": intl, "e164": e164}


def phone_out(p, e164=False):
    """The person's phone as this system writes it; None if they have none."""
    ph = p["phone"]
    if ph is None:
        return None
    if p["phone_fmt"] == "intl":
        return ph["e164"] if e164 else ph["intl"]
    return ph["national"]


def phone_written(pid, p, file, field, value):
    """Record category + residence signal for a written phone value."""
    if value:
        put(pid, file, field, "phone")
        if value.startswith("+"):
            sig(pid, "phone", p["phone"]["country"])


def email_written(pid, file, field, value):
    if value:
        put(pid, file, field, "email")
        c = cctld_country(value)
        if c:
            sig(pid, "email_cctld", c)


# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------
PEOPLE = []
BY_ID = {}


def new_person(group, country, sub, first, last, email=None, phone=None, phone_fmt=None, addr=None, **kw):
    pid = f"p{len(PEOPLE) + 1:04d}"
    p = {"id": pid, "group": group, "country": country, "sub": sub, "first": first, "last": last,
         "email": email, "phone": phone, "phone_fmt": phone_fmt, "addr": addr, "username": None,
         "ips": [], "ua": None, "dob": None, "roles": set(), "allow_ip": country is not None,
         "place_city": None, "note": None}
    p.update(kw)
    PEOPLE.append(p)
    BY_ID[pid] = p
    return p


def us_city(state=None, city=None):
    cands = [c for c in US_CITIES if (state is None or c[0] == state) and (city is None or c[1] == city)]
    return wchoice(cands, [c[7] for c in cands])


def us_street():
    n = R.randint(100, 9899)
    if R.random() < 0.2:
        name = f"{R.choice(US_DIR).strip() + ' ' if R.random() < 0.5 else ''}{R.choice(US_NUMBERED)} {R.choice(['St', 'Ave'])}".strip()
    else:
        name = f"{R.choice(US_DIR)}{R.choice(US_STREET)} {R.choice(US_SUFFIX)}"
    line2 = R.choice([None] * 5 + [f"Apt {R.randint(1, 40)}{R.choice('ABCD')}", f"Unit {R.randint(1, 300)}",
                                   f"#{R.randint(100, 950)}"])
    return f"{n} {name}", line2


def us_addr(state=None, city=None):
    c = us_city(state, city)
    l1, l2 = us_street()
    return {"country": "US", "state": c[0], "city": c[1], "zip": c[2], "area": c[3], "lat": c[4],
            "lon": c[5], "tz": c[6], "line1": l1, "line2": l2}


def ca_postal(fsa):
    letters = "ABCEGHJKLMNPRSTVWXYZ"
    return f"{fsa} {R.randint(0, 9)}{R.choice(letters)}{R.randint(0, 9)}"


def ca_addr(prov=None, city=None):
    cands = [c for c in CA_CITIES if (prov is None or c[0] == prov) and (city is None or c[1] == city)]
    c = R.choice(cands)
    if c[0] == "QC":
        l1 = f"{R.randint(100, 6999)}, {R.choice(CA_STREETS_FR)}"
    else:
        l1 = f"{R.randint(10, 2999)} {R.choice(CA_STREETS_EN)}"
    l2 = R.choice([None, None, f"Apt {R.randint(100, 2400)}", f"Unit {R.randint(1, 30)}"])
    return {"country": "CA", "state": c[0], "city": c[1], "zip": ca_postal(c[2]), "area": c[3],
            "lat": c[4], "lon": c[5], "tz": c[6], "line1": l1, "line2": l2}


def mx_addr(city=None):
    cands = [c for c in MX_CITIES if city is None or c[2] == city]
    c = R.choice(cands)
    l1 = f"{R.choice(MX_STREETS)} {R.randint(10, 2999)}"
    l2 = f"Col. {R.choice(MX_COLONIAS)}"
    return {"country": "MX", "state": c[0], "state_name": c[1], "state_variants": c[8], "city": c[2],
            "zip": c[3], "area": c[4], "lat": c[5], "lon": c[6], "tz": c[7], "line1": l1, "line2": l2}


def gb_addr():
    c = R.choice(GB_CITIES)
    inward = f"{R.randint(1, 9)}{R.choice('ABDEFGHJLNPQRSTUWXYZ')}{R.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    l1 = f"{R.randint(1, 180)} {R.choice(GB_STREETS)}"
    l2 = R.choice([None, None, f"Flat {R.randint(1, 12)}"])
    return {"country": "GB", "state": c[4], "city": c[0], "zip": f"{c[1]} {inward}", "area": None,
            "lat": c[2], "lon": c[3], "tz": "Europe/London", "line1": l1, "line2": l2}


def de_addr():
    c = R.choice(DE_CITIES)
    l1 = f"{R.choice(DE_STREETS)} {R.randint(1, 140)}{R.choice(['', '', '', 'a', 'b'])}"
    return {"country": "DE", "state": c[4], "city": c[0], "zip": c[1], "area": c[5], "lat": c[2],
            "lon": c[3], "tz": "Europe/Berlin", "line1": l1, "line2": None}


def au_addr():
    c = R.choice(AU_CITIES)
    n = R.randint(1, 300)
    l1 = f"{R.randint(1, 20)}/{n} {R.choice(AU_STREETS)}" if R.random() < 0.4 else f"{n} {R.choice(AU_STREETS)}"
    return {"country": "AU", "state": c[0], "city": c[1], "zip": c[2], "area": None, "lat": c[3],
            "lon": c[4], "tz": c[5], "line1": l1, "line2": None}


ADDR_FN = {"US": us_addr, "CA": ca_addr, "MX": mx_addr, "GB": gb_addr, "DE": de_addr, "AU": au_addr}


def names_for(country, addr=None):
    if country == "CA":
        if addr is not None and addr["state"] == "QC" or (addr is None and R.random() < 0.4):
            return R.choice(CA_FIRST_FR), R.choice(CA_LAST_FR)
        return R.choice(CA_FIRST_EN), R.choice(CA_LAST_EN)
    if country == "MX":
        return R.choice(MX_FIRST), f"{R.choice(MX_LAST)} {R.choice(MX_LAST)}" if R.random() < 0.5 else R.choice(MX_LAST)
    if country == "GB":
        return R.choice(GB_FIRST), R.choice(GB_LAST)
    if country == "DE":
        return R.choice(DE_FIRST), R.choice(DE_LAST)
    if country == "AU":
        return R.choice(AU_FIRST), R.choice(AU_LAST)
    return R.choice(US_FIRST), R.choice(US_LAST)


def email_for(first, last, country, allow_cctld=True):
    if country in CCTLD_DOMAINS and allow_cctld and R.random() < 0.35:
        return make_email(first, last, CCTLD_DOMAINS[country])
    if country in COM_LOCAL:
        return make_email(first, last, COM_LOCAL[country])
    return make_email(first, last, US_DOMAINS)


def sub_of(addr):
    return f"US-{addr['state']}" if addr and addr["country"] == "US" else None


# ---- CRM donors -----------------------------------------------------------
DONORS = []  # persons who are donors, in CRM id order


def add_donor(p, crm_style):
    p["roles"].add("donor")
    p["crm_style"] = crm_style
    DONORS.append(p)


# D_us_full: full US address with state + ZIP
for i in range(62):
    a = us_addr("DE") if i == 5 else us_addr()
    f, l = names_for("US")
    fmt = "intl" if R.random() < 0.2 else "national"
    ph = gen_phone("US", a["area"]) if R.random() < 0.92 else None
    p = new_person("us_full", "US", sub_of(a), f, l, email=make_email(f, l, US_DOMAINS), phone=ph,
                   phone_fmt=fmt if ph else None, addr=a)
    add_donor(p, "full")
# D_us_addrline: legacy import, whole address in address_line1, structured columns NULL
for i in range(4):
    a = us_addr()
    f, l = names_for("US")
    ph = gen_phone("US", a["area"])
    p = new_person("us_addrline", "US", sub_of(a), f, l, email=make_email(f, l, US_DOMAINS), phone=ph,
                   phone_fmt="national", addr=a)
    add_donor(p, "addrline")
# D_us_zip: quick-donate form, only ZIP (AVS) and country
for i in range(6):
    a = us_addr()
    f, l = names_for("US")
    p = new_person("us_zip", "US", sub_of(a), f, l, email=make_email(f, l, US_DOMAINS), phone=None,
                   phone_fmt=None, addr=a)
    add_donor(p, "zip")
# foreign donors with full address
for country, n in (("CA", 7), ("MX", 4), ("GB", 4), ("DE", 4), ("AU", 3)):
    for i in range(n):
        a = ADDR_FN[country]()
        f, l = names_for(country, a)
        fmt = "intl" if R.random() < 0.6 else "national"
        ph = gen_phone(country, a["area"])
        p = new_person(f"foreign_full", country, None, f, l, email=email_for(f, l, country), phone=ph,
                       phone_fmt=fmt, addr=a)
        add_donor(p, "full")
# conflicts: address in one country, international phone of another
CONFLICT_PLAN = [("US", "GB"), ("US", "DE"), ("US", "MX"), ("CA", "GB"), ("GB", "US"), ("DE", "US"),
                 ("MX", "US")]
for home, phc in CONFLICT_PLAN:
    a = ADDR_FN[home]()
    f, l = names_for(home if home != "MX" else "US", a)   # the MX resident is a US retiree
    area = {"US": R.choice(["617", "512", "212", "415"])}.get(phc)
    ph = gen_phone(phc, area)
    p = new_person("conflict", home, sub_of(a), f, l, email=make_email(f, l, INTL_COM), phone=ph,
                   phone_fmt="intl", addr=a, phone_country=phc)
    add_donor(p, "full")
# ip-only donors: nothing but a .com email; portal account; IP in logs
for country in ("US", "US", "US", "CA", "CA", "DE", "GB", "AU"):
    f, l = names_for(country)
    p = new_person("ip_only", country, None, f, l, email=make_email(f, l, INTL_COM), phone=None, phone_fmt=None,
                   addr=None)
    add_donor(p, "none")
# unknown donors: name + .com email only
for i in range(6):
    f, l = names_for("US")
    p = new_person("unknown_donor", None, None, f, l, email=make_email(f, l, US_DOMAINS), phone=None,
                   phone_fmt=None, addr=None)
    add_donor(p, "none")

# ---- volunteers (form) ----------------------------------------------------
VOLUNTEERS = []


def add_vol(p, vstyle):
    p["roles"].add("volunteer")
    p["vstyle"] = vstyle
    VOLUNTEERS.append(p)


def vol_dob(p):
    y = R.randint(1950, 2006)
    p["dob"] = dt.date(y, R.randint(1, 12), R.randint(1, 28))


for i in range(10):   # state spelled out
    a = us_addr()
    f, l = names_for("US")
    ph = gen_phone("US", a["area"])
    p = new_person("vol_state_name", "US", sub_of(a), f, l, email=make_email(f, l, US_DOMAINS), phone=ph,
                   phone_fmt="intl" if R.random() < 0.15 else "national", addr=a)
    vol_dob(p)
    add_vol(p, "state_name")
for i in range(10):   # state abbreviated
    a = us_addr()
    f, l = names_for("US")
    ph = gen_phone("US", a["area"])
    p = new_person("vol_state_abbr", "US", sub_of(a), f, l, email=make_email(f, l, US_DOMAINS), phone=ph,
                   phone_fmt="intl" if R.random() < 0.15 else "national", addr=a)
    vol_dob(p)
    add_vol(p, "state_abbr")
for i in range(8):    # ZIP+4 only
    a = us_addr()
    f, l = names_for("US")
    ph = gen_phone("US", a["area"])
    p = new_person("vol_zip4", "US", sub_of(a), f, l, email=make_email(f, l, US_DOMAINS), phone=ph,
                   phone_fmt="national", addr=a)
    vol_dob(p)
    add_vol(p, "zip4")
# city only: (city as typed, intended country, intended state, ambiguous?)
CITY_ONLY = [
    ("Springfield", "US", "IL", True), ("Springfield", "US", "MA", True), ("Springfield", "US", "MO", True),
    ("Portland", "US", "OR", True), ("Portland", "US", "ME", True), ("Columbus", "US", "OH", True),
    ("Charleston", "US", "SC", True), ("Arlington", "US", "VA", True), ("London", "CA", "ON", True),
    ("Albuquerque", "US", "NM", False), ("Boise", "US", "ID", False), ("Tucson", "US", "AZ", False),
    ("Calgary", "CA", "AB", False), ("Guadalajara", "MX", "JAL", False),
]
for city, country, st, amb in CITY_ONLY:
    if country == "US":
        a = us_addr(st, city)
    elif country == "CA":
        a = ca_addr(st, city)
    else:
        a = mx_addr(city)
    f, l = names_for(country if country != "MX" else "MX", a)
    ph = gen_phone(country, a["area"])
    p = new_person("vol_city_only", country, sub_of(a), f, l,
                   email=make_email(f, l, US_DOMAINS if country == "US" else COM_LOCAL[country]), phone=ph,
                   phone_fmt="national", addr=a, place_city=city, ambiguous_city=amb)
    vol_dob(p)
    add_vol(p, "city_only")
for i in range(6):   # Canada, province written in various ways
    a = ca_addr()
    f, l = names_for("CA", a)
    ph = gen_phone("CA", a["area"])
    p = new_person("vol_ca", "CA", None, f, l, email=email_for(f, l, "CA"), phone=ph,
                   phone_fmt="intl" if R.random() < 0.3 else "national", addr=a)
    vol_dob(p)
    add_vol(p, "ca")
for i in range(3):   # Mexico
    a = mx_addr()
    f, l = names_for("MX", a)
    ph = gen_phone("MX", a["area"])
    p = new_person("vol_mx", "MX", None, f, l, email=email_for(f, l, "MX"), phone=ph,
                   phone_fmt="intl" if i != 1 else "national", addr=a)
    vol_dob(p)
    add_vol(p, "mx")
# volunteer conflict: lives in Ontario, still on a UK mobile
a = ca_addr("ON")
f, l = names_for("GB")
p = new_person("conflict", "CA", None, f, l, email=make_email(f, l, INTL_COM), phone=gen_phone("GB"),
               phone_fmt="intl", addr=a, phone_country="GB")
vol_dob(p)
add_vol(p, "ca")
# donors who also volunteer (their form row agrees with the CRM)
for p in [d for d in DONORS if d["group"] == "us_full"][:12] + \
         [d for d in DONORS if d["group"] == "foreign_full" and d["country"] == "CA"][:2]:
    vol_dob(p)
    add_vol(p, R.choice(["state_abbr", "state_abbr", "state_name", "full"]) if p["country"] == "US" else "ca")

# emergency contacts (new people) for some volunteers
EMERG = {}
RELS = ["Spouse", "Partner", "Mother", "Father", "Sister", "Brother", "Friend", "Roommate", "Daughter", "Son"]
vol_with_ec = [v for v in VOLUNTEERS if R.random() < 0.3]
for v in vol_with_ec:
    rel = R.choice(RELS)
    if rel in ("Spouse", "Mother", "Father", "Sister", "Brother", "Daughter", "Son") and R.random() < 0.7:
        last = v["last"]
    else:
        last = names_for(v["country"] or "US")[1]
    first = names_for(v["country"] or "US")[0]
    vc = v["country"] if v["country"] in ("US", "CA", "MX") else "US"
    if v["group"] in ("vol_ca", "vol_mx") and R.random() < 0.6:
        ph = gen_phone(vc, v["addr"]["area"])
        ec = new_person("emergency_contact", vc, None, first, last, phone=ph, phone_fmt="intl")
    else:
        area = v["addr"]["area"] if v["addr"] and v["addr"].get("area") and vc in ("US", "CA") else None
        ph = gen_phone(vc, area)
        ec = new_person("emergency_contact", None, None, first, last, phone=ph, phone_fmt="national")
    ec["roles"].add("emergency_contact")
    ec["allow_ip"] = False
    EMERG[v["id"]] = (ec, rel)

# ---- event-only attendees -------------------------------------------------
ATT_ONLY = []
for pc in ("GB", "GB", "DE", "DE", "AU", "AU", "MX", "MX", "CA", "US", "US"):   # only an international phone
    f, l = names_for(pc)
    area = {"CA": "604", "US": R.choice(["512", "206"])}.get(pc)
    p = new_person("phone_only", pc, None, f, l, email=make_email(f, l, INTL_COM), phone=gen_phone(pc, area),
                   phone_fmt="intl")
    p["allow_ip"] = False
    ATT_ONLY.append(p)
for i in range(6):   # billing address as one line: state only inside it
    a = us_addr()
    f, l = names_for("US")
    p = new_person("us_addrline", "US", sub_of(a), f, l, email=make_email(f, l, US_DOMAINS),
                   phone=gen_phone("US", a["area"]) if i % 2 == 0 else None, phone_fmt="national", addr=a)
    ATT_ONLY.append(p)
for pc in ("US", "US", "US", "US", "US", "US", "GB", "DE", "AU"):   # national phone only -> unknown
    f, l = names_for(pc)
    p = new_person("unknown_national_phone", None, None, f, l, email=make_email(f, l, INTL_COM),
                   phone=gen_phone(pc), phone_fmt="national", phone_country_hidden=pc)
    p["allow_ip"] = False
    ATT_ONLY.append(p)
for pc in ("CA", "GB", "AU", "MX"):   # country-code email domain + national phone
    f, l = names_for(pc)
    p = new_person("cctld_only", pc, None, f, l, email=make_email(f, l, CCTLD_DOMAINS[pc]), phone=gen_phone(pc),
                   phone_fmt="national")
    p["allow_ip"] = False
    ATT_ONLY.append(p)
# attendee conflict: billing address in Australia, UK mobile in international form
a = au_addr()
f, l = names_for("GB")
p = new_person("conflict", "AU", None, f, l, email=make_email(f, l, INTL_COM), phone=gen_phone("GB"),
               phone_fmt="intl", addr=a, phone_country="GB")
ATT_ONLY.append(p)
for p in ATT_ONLY:
    p["roles"].add("attendee")

# ---- mailing-list-only people ---------------------------------------------
MC_ONLY = []
for pc in ("DE", "DE", "DE", "CA", "CA", "CA", "GB", "GB", "AU", "AU", "MX", "MX"):
    f, l = names_for(pc)
    p = new_person("cctld_only", pc, None, f, l, email=make_email(f, l, CCTLD_DOMAINS[pc]))
    p["allow_ip"] = False
    MC_ONLY.append(p)
for pc in ("US", "US", "GB", "DE", "CA"):
    f, l = names_for(pc)
    p = new_person("ip_only", pc, None, f, l, email=make_email(f, l, INTL_COM))
    MC_ONLY.append(p)
for i in range(4):
    a = us_addr()
    f, l = names_for("US")
    p = new_person("us_addrline", "US", sub_of(a), f, l, email=make_email(f, l, US_DOMAINS), addr=a)
    MC_ONLY.append(p)
for i in range(8):
    f, l = names_for("US")
    p = new_person("unknown_mc", None, None, f, l, email=make_email(f, l, US_DOMAINS))
    p["allow_ip"] = False
    MC_ONLY.append(p)
for p in MC_ONLY:
    p["roles"].add("mailchimp")

for p in PEOPLE:
    if p["group"].startswith("unknown"):
        p["allow_ip"] = False

# ---------------------------------------------------------------------------
# user agents
# ---------------------------------------------------------------------------
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36 Edg/121.0.2277.128",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3.1 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 16_7_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.90 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; SM-S911U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.178 Mobile Safari/537.36",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:122.0) Gecko/20100101 Firefox/122.0",
    "Mozilla/5.0 (iPad; CPU OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1",
]
BOT_UAS = [
    ("66.249.66.{}", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"),
    ("40.77.167.{}", "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)"),
]

# ---------------------------------------------------------------------------
# 1. CRM: mysqldump
# ---------------------------------------------------------------------------
SQLF = "crm_osa_2025-04-01.sql"
CAMPAIGNS = [
    (1, "GEN", "General Fund", "2018-01-01", None, 0),
    (2, "GALA23", "Whisker Gala 2023", "2023-08-01", "2023-10-31", 7500000),
    (3, "SPRING23", "Spring Kitten Season 2023", "2023-03-01", "2023-06-30", 2500000),
    (4, "GT23", "Giving Tuesday 2023", "2023-11-20", "2023-12-05", 4000000),
    (5, "MED24", "Emergency Medical Fund 2024", "2024-01-15", "2024-04-30", 3000000),
    (6, "TRANS24", "Rescue Transport Van", "2024-05-01", "2024-09-30", 6500000),
    (7, "GALA24", "Whisker Gala 2024", "2024-08-01", "2024-10-31", 8000000),
    (8, "GT24", "Giving Tuesday 2024", "2024-11-25", "2024-12-10", 4500000),
    (9, "SPRING25", "Spring Kitten Season 2025", "2025-02-01", "2025-06-30", 3000000),
    (10, "YE22", "Year-End Appeal 2022", "2022-11-15", "2022-12-31", 5000000),
    (11, "YE23", "Year-End Appeal 2023", "2023-11-15", "2023-12-31", 5500000),
    (12, "YE24", "Year-End Appeal 2024", "2024-11-15", "2024-12-31", 6000000),
]
NOTES = [None] * 10 + ["Prefers email receipts", "Matching gift eligible (employer)", "Do not call",
                       "Requested annual tax summary", "Major gift prospect - invite to gala",
                       "Sent handwritten thank-you card", "Paper newsletter only", "Board referral",
                       "Asked to be removed from phone appeals", "Gave in honor of adopted dog"]


def sql_str(v):
    if v is None:
        return "NULL"
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, (int,)):
        return str(v)
    s = str(v)
    s = s.replace("\\", "\\\\").replace("'", "\\'").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f"'{s}'"


def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def bcrypt_like():
    al = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "$2y$10$" + "".join(R.choice(al) for _ in range(53))


def token(n, al="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(al) for _ in range(n))


LOG_START = dt.datetime(2025, 2, 1, 0, 0, 0)
LOG_END = dt.datetime(2025, 3, 31, 23, 59, 59)

donor_rows, donation_rows, pledge_rows, portal_rows = [], [], [], []
did = 1000
DONATIONS = []   # dicts for logs
receipt_seq = defaultdict(int)
pledge_id = 1
portal_id = 1
next_don_id = 50211
# which donors get a portal account
for p in DONORS:
    if p["group"] == "ip_only":
        p["portal"] = True
    elif p["group"] == "unknown_donor" or p["country"] == "MX":
        p["portal"] = False
    else:
        p["portal"] = R.random() < 0.4

for p in DONORS:
    did += R.choice([1, 1, 1, 2, 3])
    p["donor_id"] = did
    a = p["addr"]
    created = rand_dt("2018-03-01", "2024-12-31")
    p["created"] = created
    line1 = line2 = city = state = postal = cc = None
    st = p["crm_style"]
    if st == "full":
        line1, line2, city, postal, cc = a["line1"], a["line2"], a["city"], a["zip"], a["country"]
        if a["country"] == "MX":
            state = a["state_name"]
            line2 = a["line2"]
        elif a["country"] in ("GB", "DE"):
            state = None
        else:
            state = a["state"]
        sig(p["id"], "address", a["country"], sub_of(a))
    elif st == "addrline":
        line1 = f"{a['line1']}{', ' + a['line2'] if a['line2'] else ''}, {a['city']}, {a['state']} {a['zip']}"
        sig(p["id"], "address", "US", sub_of(a))
    elif st == "zip":
        postal, cc = a["zip"], "US"
        sig(p["id"], "address", "US", sub_of(a))
    phone = phone_out(p)
    email = p["email"]
    pid = p["id"]
    # recurring pledge (charged by the scheduler; each charge is a donation row)
    pledge = None
    if R.random() < 0.3:
        brand = wchoice(["Visa", "Mastercard", "American Express", "Discover"], [55, 30, 10, 5])
        status = wchoice(["active", "paused", "cancelled", "failed"], [70, 5, 20, 5])
        started = rand_dt(fmt_dt(created), "2025-01-31 00:00:00")
        cancelled = None
        stop = dt.datetime(2025, 3, 31, 12, 0)
        if status in ("cancelled", "failed", "paused"):
            stop = rand_dt(fmt_dt(started), "2025-03-30 00:00:00")
        if status == "cancelled":
            cancelled = fmt_dt(stop)
            put(pid, SQLF, "recurring_pledges.cancelled_at", "activity")
        freq = wchoice(["monthly", "quarterly", "annual"], [80, 10, 10])
        step = {"monthly": 1, "quarterly": 3, "annual": 12}[freq]
        nxt = None if status in ("cancelled", "failed") else (dt.date(2025, 4, min(started.day, 28))).isoformat()
        pamt = R.choice([1000, 1500, 2000, 2500, 5000, 10000])
        pledge_rows.append((pledge_id, p["donor_id"], pamt, "USD", freq,
                            brand, f"{R.randint(0, 9999):04d}", R.randint(1, 12), R.randint(2025, 2030),
                            "pm_" + token(24), status, started.date().isoformat(), nxt, cancelled))
        put(pid, SQLF, "recurring_pledges.started_on", "activity")
        pledge = (pledge_id, pamt, started, stop, step)
        pledge_id += 1
    # one-off donations
    n_don = R.choice([1, 1, 2, 2, 3, 4, 5, 6, 8, 10, 12, 15])
    my_dons = []
    for k in range(n_don):
        my_dons.append(rand_dt(fmt_dt(created), "2025-03-31 23:00:00"))
    if R.random() < 0.45:   # some donors give inside the log window
        my_dons.append(rand_dt("2025-02-01 08:00:00", "2025-03-31 22:00:00"))
    total = 0
    last_when = created
    for when in my_dons:
        camp = 1
        for c in CAMPAIGNS:
            if c[4] and c[3] <= when.strftime("%Y-%m-%d") <= c[4]:
                camp = c[0] if R.random() < 0.7 else 1
                break
        amt = R.choice([1000, 2000, 2500, 2500, 5000, 5000, 7500, 10000, 10000, 15000, 25000, 50000, 100000])
        method = wchoice(["card", "ach", "check", "paypal", "cash", "stock"], [60, 8, 14, 14, 3, 1])
        if method == "stock":
            amt = R.choice([250000, 500000])
        total += amt
        ded = None
        if R.random() < 0.07:
            ded = R.choice(["In memory of {}", "In honor of {}", "In loving memory of our girl {}",
                            "For {} - adopted 2019", "In honor of our rescue pup {}"]).format(R.choice(PET_NAMES))
        DONATIONS.append({"p": p, "when": when, "amt": amt, "method": method, "camp": camp, "ded": ded,
                          "anon": 1 if R.random() < 0.05 else 0, "pledge": None})
        last_when = max(last_when, when)
    if pledge:
        plid, pamt, started, stop, step = pledge
        t = started
        k = 0
        while t <= stop:
            DONATIONS.append({"p": p, "when": t, "amt": pamt, "method": "card", "camp": 1, "ded": None,
                              "anon": 0, "pledge": plid})
            total += pamt
            last_when = max(last_when, t)
            k += step
            y, m = started.year + (started.month - 1 + k) // 12, (started.month - 1 + k) % 12 + 1
            t = started.replace(year=y, month=m, day=min(started.day, 28)) + dt.timedelta(minutes=R.randint(0, 40))
    tier = ("Lifetime" if total >= 500000 else "Champion" if total >= 150000 else "Guardian" if total >= 50000
            else "Supporter" if total >= 10000 else "Friend")
    updated = last_when + dt.timedelta(minutes=R.randint(1, 5000))
    if updated > dt.datetime(2025, 3, 31, 23, 0):
        updated = dt.datetime(2025, 3, 31, 23, 0) - dt.timedelta(minutes=R.randint(1, 300))
    employer = R.choice([None] * 4 + EMPLOYERS) if p["country"] == "US" else None
    source = R.choice(["web", "web", "web", "event", "mail", "import"])
    donor_rows.append((p["donor_id"], f"D-{p['donor_id']:06d}", p["first"], p["last"], email, phone, line1, line2,
                       city, state, postal, cc, employer, tier, source, 1 if R.random() < 0.85 else 0,
                       R.choice(NOTES), fmt_dt(created), fmt_dt(updated)))
    put(pid, SQLF, "donors.first_name", "name")
    put(pid, SQLF, "donors.last_name", "name")
    email_written(pid, SQLF, "donors.email", email)
    phone_written(pid, p, SQLF, "donors.phone", phone)
    for col, v in (("address_line1", line1), ("address_line2", line2), ("city", city),
                   ("state_province", state), ("postal_code", postal), ("country_code", cc)):
        if v:
            put(pid, SQLF, f"donors.{col}", "location")
    put(pid, SQLF, "donors.donor_tier", "account_type")
    put(pid, SQLF, "donors.created_at", "activity")
    # portal account
    if p["portal"]:
        uname = make_username(p["first"], p["last"])
        p["username"] = uname
        p["ua"] = R.sample(UAS, R.choice([1, 1, 2]))
        p["ips"] = [new_ip(p["country"]) for _ in range(R.choice([1, 1, 2]))]
        status = wchoice(["active", "locked", "pending_verification"], [88, 6, 6])
        pcreated = created + dt.timedelta(days=R.randint(0, 400))
        if pcreated > dt.datetime(2025, 1, 31):
            pcreated = created
        pwchanged = pcreated + dt.timedelta(days=R.randint(0, 300))
        p["portal_status"] = status
        portal_rows.append([portal_id, p["donor_id"], uname, bcrypt_like(),
                            token(60) if R.random() < 0.6 else None, status, None, None,
                            fmt_dt(pwchanged) if R.random() < 0.7 else None, fmt_dt(pcreated)])
        p["portal_row"] = portal_rows[-1]
        put(pid, SQLF, "portal_users.username", "username")
        put(pid, SQLF, "portal_users.password_hash", "password")
        if portal_rows[-1][4]:
            put(pid, SQLF, "portal_users.remember_token", "secret")
        put(pid, SQLF, "portal_users.status", "account_type")
        put(pid, SQLF, "portal_users.created_at", "activity")
        portal_id += 1

# donation ids and receipt numbers follow time
DONATIONS.sort(key=lambda d: d["when"])
for d in DONATIONS:
    next_don_id += R.choice([1, 1, 1, 1, 2, 3])
    d["id"] = next_don_id
    y = d["when"].year
    receipt_seq[y] += 1
    d["receipt"] = f"OSA-{y}-{receipt_seq[y]:05d}"
    txn = chk = None
    if d["method"] in ("card", "ach"):
        txn = f"{R.choice(['6', '4'])}{R.randint(0, 9)}{R.randint(100000000, 999999999)}"   # 11 digits
    elif d["method"] == "paypal":
        txn = token(17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
    elif d["method"] == "check":
        chk = str(R.randint(1001, 9876))
    d["txn"] = txn
    donation_rows.append((d["id"], d["p"]["donor_id"], d["camp"], d["amt"], "USD", d["method"], txn, chk,
                          d["receipt"], d["ded"], d["anon"], fmt_dt(d["when"]), d["pledge"]))
    put(d["p"]["id"], SQLF, "donations.donated_at", "activity")

# ---------------------------------------------------------------------------
# 2. access log + app log (donation site), Feb-Mar 2025
# ---------------------------------------------------------------------------
ACCF = "donate.openshelteralliance.org-access.log"
APPF = "donation-service.log"
acc = []   # (datetime, line, pid)
app = []   # (datetime, line)


def apache_ts(d):
    return d.strftime("[%d/%b/%Y:%H:%M:%S +0000]")


def acc_line(d, ip, method, path, status, size, ref, ua, pid=None):
    line = f'{ip} - - {apache_ts(d)} "{method} {path} HTTP/1.1" {status} {size} "{ref}" "{ua}"'
    acc.append((d, line, pid))


def app_line(d, level, comp, msg):
    ms = R.randint(0, 999)
    app.append((d, f"{d.strftime('%Y-%m-%d %H:%M:%S')},{ms:03d} {level:<5} [{comp}] {msg}"))


STATIC = ["/static/css/site.min.css?v=4.2.1", "/static/js/donate.bundle.js?v=4.2.1", "/static/img/logo-osa.svg",
          "/static/img/hero-kittens.webp", "/favicon.ico", "/static/fonts/inter-var.woff2"]
REFS = ["https://www.google.com/", "https://www.openshelteralliance.org/", "-", "https://www.facebook.com/",
        "https://l.instagram.com/", "https://www.bing.com/", "https://duckduckgo.com/"]
CAMP_SLUGS = ["spring-2025", "general", "medical-fund", "transport-van"]

# known portal users: sessions; donations of portal users in window happen within a session
window_dons = [d for d in DONATIONS if LOG_START <= d["when"] <= LOG_END and d["pledge"] is None]
window_pledge = [d for d in DONATIONS if LOG_START <= d["when"] <= LOG_END and d["pledge"] is not None]
for p in DONORS:
    if not p.get("portal"):
        continue
    u = p["username"]
    pid = p["id"]
    my_window = [d for d in window_dons if d["p"] is p]
    starts = [d["when"] - dt.timedelta(minutes=R.randint(2, 9)) for d in my_window]
    starts += [rand_dt("2025-02-01 06:00:00", "2025-03-31 21:00:00") for _ in range(R.randint(1, 5))]
    starts.sort()
    last_login = None
    for s in starts:
        ip = R.choice(p["ips"])
        ua = R.choice(p["ua"])
        t = s
        acc_line(t, ip, "GET", "/login?next=%2Faccount", 200, R.randint(5200, 5600), "https://www.openshelteralliance.org/", ua, pid)
        t += dt.timedelta(seconds=R.randint(8, 40))
        failed = R.random() < 0.1
        if failed:
            acc_line(t, ip, "POST", "/login", 401, R.randint(5300, 5700), "https://donate.openshelteralliance.org/login?next=%2Faccount", ua, pid)
            app_line(t, "WARN", "auth", f"login failed user={u} ip={ip} reason=bad_password attempt=1")
            t += dt.timedelta(seconds=R.randint(10, 60))
        acc_line(t, ip, "POST", "/login", 302, 0, "https://donate.openshelteralliance.org/login?next=%2Faccount", ua, pid)
        app_line(t, "INFO", "auth", f"login ok user={u} ip={ip}")
        last_login = (t, ip)
        t += dt.timedelta(seconds=1)
        acc_line(t, ip, "GET", f"/account/{u}/dashboard", 200, R.randint(14000, 16500), "https://donate.openshelteralliance.org/login?next=%2Faccount", ua, pid)
        for sp in R.sample(STATIC, 3):
            acc_line(t, ip, "GET", sp, R.choice([200, 304]), R.randint(300, 90000), f"https://donate.openshelteralliance.org/account/{u}/dashboard", ua, pid)
        for _ in range(R.randint(0, 3)):
            t += dt.timedelta(seconds=R.randint(5, 120))
            pg = R.choice([f"/account/{u}/donations", f"/account/{u}/pledges", f"/account/{u}/profile",
                           f"/api/v1/donors/{u}/summary"])
            acc_line(t, ip, "GET", pg, 200, R.randint(2000, 20000), f"https://donate.openshelteralliance.org/account/{u}/dashboard", ua, pid)
        mine = [d for d in my_window if s <= d["when"] <= s + dt.timedelta(minutes=12)]
        for d in mine:
            t = max(t, d["when"] - dt.timedelta(seconds=40))
            slug = R.choice(CAMP_SLUGS)
            acc_line(t, ip, "GET", f"/donate/?campaign={slug}&donor={u}", 200, R.randint(18000, 19500), f"https://donate.openshelteralliance.org/account/{u}/dashboard", ua, pid)
            t = d["when"]
            acc_line(t, ip, "POST", f"/donate/checkout?donor={u}", 302, 0, f"https://donate.openshelteralliance.org/donate/?campaign={slug}&donor={u}", ua, pid)
            t += dt.timedelta(seconds=2)
            acc_line(t, ip, "GET", f"/donate/thank-you?donor={u}&receipt={d['receipt']}", 200, R.randint(9000, 9800), f"https://donate.openshelteralliance.org/donate/?campaign={slug}&donor={u}", ua, pid)
            t += dt.timedelta(seconds=R.randint(20, 200))
            if R.random() < 0.5:
                acc_line(t, ip, "GET", f"/account/{u}/receipts/{d['receipt']}.pdf", 200, R.randint(40000, 90000), f"https://donate.openshelteralliance.org/donate/thank-you?donor={u}&receipt={d['receipt']}", ua, pid)
            d["ip"] = ip
        t += dt.timedelta(seconds=R.randint(30, 600))
        if R.random() < 0.5:
            acc_line(t, ip, "GET", "/logout", 302, 0, f"https://donate.openshelteralliance.org/account/{u}/dashboard", ua, pid)
    if last_login:
        p["portal_row"][6] = fmt_dt(last_login[0])
        p["portal_row"][7] = last_login[1]
        put(pid, SQLF, "portal_users.last_login_at", "activity")
        put(pid, SQLF, "portal_users.last_login_ip", "ip_address")
    for cat in ("ip_address", "activity", "username", "device"):
        put(pid, ACCF, None, cat)
    put(pid, APPF, None, "username")
    put(pid, APPF, None, "ip_address")
    put(pid, APPF, None, "activity")
    used_ips = {ln.split(" ", 1)[0] for (_, ln, q) in acc if q == pid}
    for ip in sorted(used_ips):
        sig(pid, "ip", p["country"])
    p["ips"] = sorted(used_ips) or p["ips"]
    if not used_ips:
        raise RuntimeError("portal user without log lines")

# app log lines for donations in the window (every donor, by email)
for d in window_dons:
    p = d["p"]
    if d["method"] not in ("card", "paypal", "ach"):
        continue
    t = d["when"]
    if d["method"] == "card" and R.random() < 0.08:
        app_line(t - dt.timedelta(seconds=30), "WARN", "checkout",
                 f"payment declined email={p['email']} brand={R.choice(['visa', 'mastercard'])} last4={R.randint(0, 9999):04d} code=card_declined")
    app_line(t, "INFO", "checkout",
             f"payment authorized donation_id={d['id']} donor_id={p['donor_id']} email={p['email']} amount={d['amt'] / 100:.2f} USD method={d['method']} gateway_txn={d['txn']}")
    app_line(t + dt.timedelta(seconds=R.randint(2, 20)), "INFO", "mailer",
             f"receipt {d['receipt']} sent to {p['email']} (template=receipt_v3)")
    email_written(p["id"], APPF, None, p["email"])
    put(p["id"], APPF, None, "activity")
    if R.random() < 0.3:
        app_line(t + dt.timedelta(seconds=R.randint(30, 90)), "INFO", "crm-sync",
                 f"donor {p['donor_id']} upserted, tier recalculated")

for d in window_pledge:
    p = d["p"]
    app_line(d["when"], "INFO", "scheduler",
             f"recurring charge ok pledge_id={d['pledge']} donor_id={p['donor_id']} email={p['email']} amount={d['amt'] / 100:.2f} USD gateway_txn={d['txn']}")
    app_line(d["when"] + dt.timedelta(seconds=R.randint(2, 20)), "INFO", "mailer",
             f"receipt {d['receipt']} sent to {p['email']} (template=monthly_receipt_v2)")
    email_written(p["id"], APPF, None, p["email"])
    put(p["id"], APPF, None, "activity")

# password resets
for p in [d for d in DONORS if d.get("portal")][::5]:
    t = rand_dt("2025-02-01 06:00:00", "2025-03-31 22:00:00")
    app_line(t, "INFO", "auth", f"password reset link sent to {p['email']} (user={p['username']})")
    email_written(p["id"], APPF, None, p["email"])

# anonymous visitors (not persons of this dump; see notes)
anon_ips = []
for i in range(260):
    c = wchoice(["US", "CA", "GB", "DE", "AU"], [85, 7, 3, 3, 2])
    anon_ips.append((new_ip(c), R.choice(UAS)))
for i in range(1500):
    t = rand_dt("2025-02-01 00:00:00", "2025-03-31 23:59:00")
    ip, ua = R.choice(anon_ips)
    slug = R.choice(CAMP_SLUGS)
    path = R.choice(["/donate/", f"/donate/?campaign={slug}", f"/donate/?campaign={slug}&utm_source=newsletter&utm_medium=email",
                     "/donate/monthly", "/login?next=%2Faccount", "/donate/thank-you", "/events/", "/volunteer/"] + STATIC)
    st = 200 if not path.startswith("/static") else R.choice([200, 200, 304])
    if path == "/donate/thank-you":
        st = 302
    acc_line(t, ip, "GET", path, st, R.randint(300, 20000), R.choice(REFS), ua)
for i in range(260):
    t = rand_dt("2025-02-01 00:00:00", "2025-03-31 23:59:00")
    pat, ua = R.choice(BOT_UAS)
    acc_line(t, pat.format(R.randint(1, 220)), "GET", R.choice(["/robots.txt", "/donate/", "/sitemap.xml", "/events/"]),
             200, R.randint(100, 19000), "-", ua)
for i in range(400):   # load balancer health checks
    t = LOG_START + dt.timedelta(minutes=216 * i)
    acc_line(t, f"10.20.{R.choice([1, 2])}.{R.randint(10, 30)}", "GET", "/healthz", 200, 2, "-", "ELB-HealthChecker/2.0")
for i in range(40):    # scanners
    t = rand_dt("2025-02-01 00:00:00", "2025-03-31 23:59:00")
    acc_line(t, f"45.{R.randint(130, 150)}.{R.randint(0, 255)}.{R.randint(1, 254)}", "GET",
             R.choice(["/wp-login.php", "/.env", "/xmlrpc.php", "/admin/config.php", "/.git/config"]), 404,
             R.randint(150, 400), "-", "Mozilla/5.0 zgrab/0.x")
TEXT[ACCF].add("ip_address")
TEXT[ACCF].add("activity")
TEXT[ACCF].add("device")

# system noise in app log
t = LOG_START
while t < LOG_END:
    t += dt.timedelta(minutes=R.randint(20, 180))
    r = R.random()
    if r < 0.4:
        app_line(t, "INFO", "health", f"ok db={R.randint(2, 30)}ms redis={R.randint(1, 4)}ms queue_depth={R.randint(0, 12)}")
    elif r < 0.55:
        app_line(t, "INFO", "scheduler", f"recurring run started: {R.randint(5, 40)} pledges due")
        app_line(t + dt.timedelta(seconds=R.randint(20, 200)), "INFO", "scheduler",
                 f"recurring run finished: ok={R.randint(5, 38)} failed={R.randint(0, 2)} duration={R.randint(12, 190)}s")
    elif r < 0.65:
        app_line(t, "WARN", "mc-sync", f"rate limited by list API, retrying in {R.choice([15, 30, 60])}s")
    elif r < 0.75:
        app_line(t, "INFO", "gateway", f"webhook received type=charge.succeeded id=evt_{token(24)}")
    elif r < 0.8:
        app_line(t, "ERROR", "pdf", f"receipt render timeout after 30000ms, job requeued (job={R.randint(100000, 999999)})")
    else:
        app_line(t, "INFO", "cache", f"campaign totals refreshed campaigns=12 took={R.randint(40, 900)}ms")
app.append((LOG_START - dt.timedelta(seconds=5), "2025-01-31 23:59:55,002 INFO  [main] donation-service 4.2.1 starting (profile=prod, pid=1)"))

# ---------------------------------------------------------------------------
# 3. volunteer sign-up CSV (form export)
# ---------------------------------------------------------------------------
VOLF = "volunteer_signups_export.csv"
SHELTERS = ["Portland - Foster Hub", "Austin - Eastside Shelter", "Chicago - Logan Square Adoption Center",
            "Denver - Transport Hub", "Remote / Online", "Toronto - Partner Network", "Any"]
INTERESTS = ["Dog walking", "Cat socialization", "Fostering", "Transport", "Events", "Fundraising", "Photography",
             "Admin / data entry", "Laundry & cleaning"]
AVAIL = ["Weekday mornings", "Weekday evenings", "Weekends", "Flexible", "Once a month"]
HEARD = ["Instagram", "Friend", "Adoption event", "Google", "Facebook", "Newsletter", "Work volunteer day", ""]


def dl_number(state):
    if state == "CA":
        return f"{R.choice('ABCDEFGHJKLMNPRSTVWY')}{R.randint(1000000, 9999999)}"
    if state == "TX":
        return f"{R.randint(10000000, 49999999)}"
    if state == "OR":
        return f"{R.randint(1000000, 9999999)}"
    if state == "WA":
        return "WDL" + token(9, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
    if state == "NY":
        return f"{R.randint(100000000, 999999999)}"
    if state == "IL":
        d = f"{R.randint(10000000000, 99999999999)}"
        return f"{R.choice('ABCDGHKLMPRSTW')}{d[:3]}-{d[3:7]}-{d[7:]}"
    if state == "FL":
        d = f"{R.randint(100000000000, 999999999999)}"
        return f"{R.choice('ABCDGHKLMPRSTW')}{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:11]}-{d[11]}"
    if state == "CO":
        d = f"{R.randint(100000000, 999999999)}"
        return f"{d[:2]}-{d[2:5]}-{d[5:]}"
    return None


VOL_HEADER = ["Submission Date", "First Name", "Last Name", "Email", "Phone Number", "Date of Birth",
              "Street Address", "City", "State / Province", "ZIP / Postal Code", "Country",
              "Preferred location", "Areas of interest", "Availability",
              "Driver's License # (transport volunteers only)", "Emergency Contact Name",
              "Emergency Contact Relationship", "Emergency Contact Phone", "How did you hear about us?",
              "I agree to the volunteer waiver", "Submission ID"]
vol_rows = []
R.shuffle(VOLUNTEERS)
for v in VOLUNTEERS:
    pid = v["id"]
    a = v["addr"]
    when = rand_dt("2022-01-10 08:00:00", "2025-03-30 22:00:00")
    v["vol_when"] = when
    street = city = state = zipc = country = ""
    vs = v["vstyle"]
    if vs == "full":
        street = a["line1"] + (f" {a['line2']}" if a["line2"] else "")
        city, state, zipc, country = a["city"], a["state"], a["zip"], R.choice(COUNTRY_WORDS["US"])
    elif vs == "state_name":
        city = a["city"]
        state = US_STATES[a["state"]]
        if R.random() < 0.3:
            state = state.lower()
        if R.random() < 0.4:
            street = a["line1"]
        if R.random() < 0.5:
            zipc = a["zip"]
        country = R.choice(COUNTRY_WORDS["US"] + ["", ""])
    elif vs == "state_abbr":
        city = a["city"]
        state = US_OLD_ABBR.get(a["state"], a["state"]) if R.random() < 0.5 else a["state"]
        if R.random() < 0.15:
            state = state.lower()
        if R.random() < 0.5:
            street = a["line1"]
        if R.random() < 0.4:
            zipc = a["zip"]
        country = R.choice(COUNTRY_WORDS["US"] + [""])
    elif vs == "zip4":
        zipc = f"{a['zip']}-{R.randint(1000, 9999)}"
    elif vs == "city_only":
        city = v["place_city"]
    elif vs == "ca":
        street = a["line1"] + (f", {a['line2']}" if a["line2"] else "") if R.random() < 0.7 else ""
        city = a["city"]
        state = R.choice(CA_PROV_VARIANTS[a["state"]])
        zipc = a["zip"] if R.random() < 0.8 else ""
        country = R.choice(COUNTRY_WORDS["CA"] + [""]) if state or zipc else "Canada"
    elif vs == "mx":
        street = f"{a['line1']}, {a['line2']}"
        city = a["city"]
        state = R.choice(a["state_variants"])
        zipc = a["zip"]
        country = R.choice(COUNTRY_WORDS["MX"])
    # residence signal of this row
    if state or zipc or country:
        sig(pid, "address", v["country"], sub_of(a) if v["country"] == "US" else None)
    elif city:
        sig(pid, "place", v["country"], sub_of(a) if v["country"] == "US" else None)
    phone = phone_out(v)
    dob_fmt = v["dob"].strftime(R.choice(["%m/%d/%Y", "%m/%d/%Y", "%Y-%m-%d"]))
    dl = ""
    if a and a["country"] == "US" and vs != "city_only" and a["state"] in ("CA", "TX", "OR", "WA", "NY", "IL", "FL", "CO") \
            and R.random() < 0.6:
        dl = dl_number(a["state"])
    interests = R.sample(INTERESTS, R.randint(1, 3))
    if dl and "Transport" not in interests:
        interests.append("Transport")
    ec_name = ec_rel = ec_phone = ""
    if pid in EMERG:
        ec, ec_rel = EMERG[pid]
        ec_name = f"{ec['first']} {ec['last']}"
        ec_phone = phone_out(ec)
        put(ec["id"], VOLF, "Emergency Contact Name", "name")
        phone_written(ec["id"], ec, VOLF, "Emergency Contact Phone", ec_phone)
    sub_id = f"{R.randint(5600000000000000000, 6199999999999999999)}"
    row = [fmt_dt(when), v["first"], v["last"], v["email"], phone or "", dob_fmt, street, city, state, zipc,
           country, R.choice(SHELTERS), ", ".join(interests), R.choice(AVAIL), dl, ec_name, ec_rel, ec_phone,
           R.choice(HEARD), "Yes", sub_id]
    vol_rows.append((when, row))
    put(pid, VOLF, "Submission Date", "activity")
    put(pid, VOLF, "First Name", "name")
    put(pid, VOLF, "Last Name", "name")
    email_written(pid, VOLF, "Email", v["email"])
    phone_written(pid, v, VOLF, "Phone Number", phone)
    put(pid, VOLF, "Date of Birth", "date_of_birth")
    for h, val in (("Street Address", street), ("City", city), ("State / Province", state),
                   ("ZIP / Postal Code", zipc), ("Country", country)):
        if val:
            put(pid, VOLF, h, "location")
    if dl:
        put(pid, VOLF, "Driver's License # (transport volunteers only)", "government_id")
vol_rows.sort(key=lambda x: x[0], reverse=True)

# ---------------------------------------------------------------------------
# 4. ticketing platform JSON export
# ---------------------------------------------------------------------------
EVF = "ticketing_export_openshelteralliance.json"
EVENTS = [
    ("evt_8G2KQ7", "Paws & Pints Spring Mixer", "2023-04-22T18:00:00-07:00",
     {"name": "Burnside Brewing Hall", "address_1": "701 E Burnside St", "city": "Portland", "region": "OR",
      "postal_code": "97214", "country": "US"}, "America/Los_Angeles", 35.0),
    ("evt_9LQ2M1", "Whisker Gala 2023", "2023-10-14T18:30:00-05:00",
     {"name": "Lady Bird Ballroom", "address_1": "1400 S Congress Ave", "city": "Austin", "region": "TX",
      "postal_code": "78704", "country": "US"}, "America/Chicago", 150.0),
    ("evt_A13XZ9", "Adopt-a-thon Chicago", "2024-03-09T10:00:00-06:00",
     {"name": "Logan Square Adoption Center", "address_1": "2600 N Milwaukee Ave", "city": "Chicago",
      "region": "IL", "postal_code": "60647", "country": "US"}, "America/Chicago", 0.0),
    ("evt_B77RT4", "Run for Rescues 5K", "2024-06-08T08:00:00-06:00",
     {"name": "City Park Pavilion", "address_1": "2001 Colorado Blvd", "city": "Denver", "region": "CO",
      "postal_code": "80205", "country": "US"}, "America/Denver", 40.0),
    ("evt_C4K8W2", "Whisker Gala 2024", "2024-10-19T18:30:00-05:00",
     {"name": "Lady Bird Ballroom", "address_1": "1400 S Congress Ave", "city": "Austin", "region": "TX",
      "postal_code": "78704", "country": "US"}, "America/Chicago", 175.0),
    ("evt_D0V5N6", "New Volunteer Orientation (online)", "2024-11-05T17:00:00-08:00", None, "America/Los_Angeles",
     0.0),
    ("evt_E62HJ3", "Toronto Foster Meetup", "2025-02-15T14:00:00-05:00",
     {"name": "Danforth Community Hall", "address_1": "1100 Danforth Ave", "city": "Toronto", "region": "ON",
      "postal_code": "M4J 1M5", "country": "CA"}, "America/Toronto", 10.0),
    ("evt_F19PL8", "Paws & Pints Spring Mixer 2025", "2025-04-26T18:00:00-07:00",
     {"name": "Burnside Brewing Hall", "address_1": "701 E Burnside St", "city": "Portland", "region": "OR",
      "postal_code": "97214", "country": "US"}, "America/Los_Angeles", 40.0),
]
EXPORT_TIME = dt.datetime(2025, 4, 1, 9, 12, 44)

# who attends: event-only people + some donors + some volunteers
donor_att = R.sample([d for d in DONORS if d["group"] in ("us_full", "foreign_full", "unknown_donor", "conflict")
                      and d["country"] != "MX"], 24)
vol_att = R.sample([v for v in VOLUNTEERS if v["group"].startswith("vol_")], 8)
for p in donor_att + vol_att:
    p["roles"].add("attendee")
ATTENDEES = ATT_ONLY + donor_att + vol_att


def one_line_addr(a):
    c = a["country"]
    l2 = f" {a['line2']}" if a.get("line2") else ""
    if c == "US":
        return f"{a['line1']}{l2}, {a['city']}, {a['state']} {a['zip']}"
    if c == "CA":
        return f"{a['line1']}{l2}, {a['city']}, {a['state']} {a['zip']}, Canada"
    if c == "AU":
        return f"{a['line1']}, {a['city']} {a['state']} {a['zip']}, Australia"
    if c == "GB":
        return f"{a['line1']}, {a['city']} {a['zip']}, United Kingdom"
    if c == "DE":
        return f"{a['line1']}, {a['zip']} {a['city']}, Germany"
    return f"{a['line1']}, {a.get('line2') or ''}, {a['zip']} {a['city']}, {a.get('state_name', '')}, Mexico"


event_att = defaultdict(list)
for p in ATTENDEES:
    k = R.choice([1, 1, 1, 2, 2, 3]) if p["group"] != "phone_only" else R.choice([1, 1, 2])
    if p["group"] == "conflict" and p["country"] == "AU":
        k = 1
    choices = list(range(len(EVENTS)))
    if p["country"] == "CA" or (p["addr"] and p["addr"]["country"] == "CA"):
        weights = [1, 1, 1, 1, 1, 3, 6, 1]
    else:
        weights = [3, 3, 3, 2, 3, 2, 1, 3]
    evs = set()
    while len(evs) < k:
        evs.add(wchoice(choices, weights))
    for e in sorted(evs):
        event_att[e].append(p)

ticket_types = {0: ["General Admission", "Early Bird"], 1: ["Gala Dinner", "VIP Table Seat", "Gala Dinner"],
                2: ["Free RSVP"], 3: ["5K Runner", "Virtual Runner", "Kids Dash"],
                4: ["Gala Dinner", "VIP Table Seat", "Gala Dinner"], 5: ["Orientation RSVP"],
                6: ["Meetup Ticket"], 7: ["General Admission", "Early Bird"]}
events_out = []
for ei, (eid, title, starts, venue, tz, price) in enumerate(EVENTS):
    start_dt = dt.datetime.fromisoformat(starts).astimezone(dt.timezone.utc).replace(tzinfo=None)
    attendees = []
    for p in sorted(event_att[ei], key=lambda q: q["id"]):
        pid = p["id"]
        nt = 1
        purchased = start_dt - dt.timedelta(days=R.randint(1, 60), minutes=R.randint(0, 1400))
        order_id = f"{R.randint(1000000000, 9999999999)}"
        ph = phone_out(p, e164=R.random() < 0.7) if p["phone_fmt"] == "intl" else phone_out(p)
        if ph is None and R.random() < 0.3 and p["group"] not in ("ip_only", "unknown_donor", "us_zip"):
            pass
        billing = None
        if p["group"] in ("us_addrline",) or (p["group"] == "conflict" and p["country"] == "AU"):
            billing = one_line_addr(p["addr"])
        elif p["addr"] and p["group"] in ("us_full", "foreign_full") and R.random() < 0.4:
            billing = one_line_addr(p["addr"])
        checked = start_dt < EXPORT_TIME and R.random() < 0.85
        tt = R.choice(ticket_types[ei])
        att = OrderedDict()
        att["ticket_id"] = f"TKT-{token(8, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}"
        att["order_id"] = order_id
        att["barcode"] = f"{R.randint(100000000000, 999999999999)}"
        bc = att["barcode"]
        s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(bc))
        att["barcode"] = bc + str((10 - s % 10) % 10)        # EAN-13 check digit
        att["ticket_type"] = tt
        att["price_paid"] = {"amount": price if "VIP" not in tt else price * 2, "currency": "USD" if ei != 6 else "CAD"}
        att["status"] = "valid"
        att["first_name"] = p["first"]
        att["last_name"] = p["last"]
        att["email"] = p["email"]
        att["phone"] = ph
        att["billing_address"] = billing
        att["purchased_at"] = iso_z(purchased)
        att["checked_in"] = checked
        att["checked_in_at"] = iso_z(start_dt + dt.timedelta(minutes=R.randint(-10, 90))) if checked else None
        answers = []
        if ei in (0, 7, 2, 6):
            answers.append({"question": "Bringing a dog? Dog's name", "answer": R.choice(PET_NAMES + ["No", "No", ""])})
        if ei in (1, 4):
            answers.append({"question": "Dietary restrictions", "answer": R.choice(["None", "Vegetarian", "Vegan", "Gluten-free", "None"])})
        if ei == 3:
            answers.append({"question": "T-shirt size", "answer": R.choice(["S", "M", "L", "XL"])})
        att["answers"] = answers
        attendees.append(att)
        put(pid, EVF, "events.attendees.first_name", "name")
        put(pid, EVF, "events.attendees.last_name", "name")
        email_written(pid, EVF, "events.attendees.email", p["email"])
        phone_written(pid, p, EVF, "events.attendees.phone", ph)
        if billing:
            put(pid, EVF, "events.attendees.billing_address", "location")
            sig(pid, "address", p["addr"]["country"], sub_of(p["addr"]))
        put(pid, EVF, "events.attendees.purchased_at", "activity")
        if checked:
            put(pid, EVF, "events.attendees.checked_in_at", "activity")
    attendees.sort(key=lambda x: x["purchased_at"])
    ev = OrderedDict()
    ev["id"] = eid
    ev["name"] = title
    ev["status"] = "completed" if start_dt < EXPORT_TIME else "live"
    ev["start"] = {"local": starts, "timezone": tz}
    ev["online_event"] = venue is None
    ev["venue"] = venue
    ev["organizer"] = {"name": "Open Shelter Alliance Events", "email": "events@openshelteralliance.org",
                       "url": "https://www.openshelteralliance.org/events"}
    ev["capacity"] = R.choice([80, 120, 200, 250, 400]) if venue else 500
    ev["tickets_sold"] = len(attendees)
    ev["attendees"] = attendees
    events_out.append(ev)
events_json = OrderedDict()
events_json["object"] = "export"
events_json["organization"] = {"id": "org_52913", "name": "Open Shelter Alliance", "currency": "USD"}
events_json["generated_at"] = iso_z(EXPORT_TIME)
events_json["api_version"] = "2024-09-01"
events_json["events"] = events_out

# ---------------------------------------------------------------------------
# 5. email marketing list export (.tar.gz of CSVs)
# ---------------------------------------------------------------------------
TARF = "newsletter_list_export_2025-04-01.tar.gz"
LIST_DIR = "osa_newsletter_2025-04-01"
MC_SUB = f"{LIST_DIR}/subscribed_members_export_8c2f41d7a9.csv"
MC_UNSUB = f"{LIST_DIR}/unsubscribed_members_export_8c2f41d7a9.csv"
MC_CLEAN = f"{LIST_DIR}/cleaned_members_export_8c2f41d7a9.csv"
MC_BASE = ["Email Address", "First Name", "Last Name", "Address", "Phone Number", "MEMBER_RATING", "OPTIN_TIME",
           "OPTIN_IP", "CONFIRM_TIME", "CONFIRM_IP", "LATITUDE", "LONGITUDE", "GMTOFF", "DSTOFF", "TIMEZONE", "CC",
           "REGION", "LAST_CHANGED", "LEID", "EUID", "NOTES"]
MC_TAIL = ["TAGS"]
TZ_OFF = {"America/Los_Angeles": (-8, -7), "America/Denver": (-7, -6), "America/Phoenix": (-7, -7),
          "America/Boise": (-7, -6), "America/Chicago": (-6, -5), "America/New_York": (-5, -4),
          "America/Detroit": (-5, -4), "America/Kentucky/Louisville": (-5, -4),
          "America/Indiana/Indianapolis": (-5, -4), "Pacific/Honolulu": (-10, -10), "America/Anchorage": (-9, -8),
          "America/Puerto_Rico": (-4, -4), "America/Toronto": (-5, -4), "America/Vancouver": (-8, -7),
          "America/Edmonton": (-7, -6), "America/Halifax": (-4, -3), "America/Winnipeg": (-6, -5),
          "America/Mexico_City": (-6, -6), "America/Monterrey": (-6, -6), "America/Merida": (-6, -6),
          "Europe/London": (0, 1), "Europe/Berlin": (1, 2), "Australia/Sydney": (10, 11),
          "Australia/Melbourne": (10, 11), "Australia/Brisbane": (10, 10), "Australia/Perth": (8, 8),
          "Australia/Adelaide": (9.5, 10.5), "Australia/Hobart": (10, 11)}

mc_members = [d for d in DONORS if d.get("email") and R.random() < 0.8]
mc_members += [v for v in VOLUNTEERS if "donor" not in v["roles"] and R.random() < 0.45]
mc_members += [a for a in ATT_ONLY if R.random() < 0.3 and a["group"] in ("phone_only", "us_addrline", "unknown_national_phone")]
mc_members += MC_ONLY
seen = set()
mc_members = [m for m in mc_members if not (m["id"] in seen or seen.add(m["id"]))]
for m in mc_members:
    m["roles"].add("mailchimp")


def has_address_signal(pid):
    return any(s[0] == "address" for s in EVID[pid])


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def campaign_before(t):
    """Title of the newsletter sent in the month of t (the monthly 'Pawprint')."""
    return f"Monthly Pawprint - {MONTHS[t.month - 1]} {t.year}"


sub_rows, unsub_rows, clean_rows = [], [], []
leid = 200114000
for m in mc_members:
    pid = m["id"]
    leid += R.randint(1, 900)
    r = R.random()
    kind = "sub" if r < 0.84 else ("unsub" if r < 0.95 else "clean")
    optin = rand_dt("2019-01-01 00:00:00", "2025-03-25 00:00:00")
    if m.get("created"):
        optin = m["created"] + dt.timedelta(minutes=R.randint(1, 600))
    if m.get("vol_when"):
        optin = m["vol_when"] + dt.timedelta(minutes=R.randint(1, 60))
    imported = m["group"] == "cctld_only" or (R.random() < 0.25 and m["group"] not in ("ip_only",))
    optin_ip = confirm_ip = ""
    confirm = ""
    if m["group"] == "ip_only" and "donor" not in m["roles"]:
        optin = rand_dt("2025-02-01 00:00:00", "2025-03-28 00:00:00")   # signed up via the donate-page footer
        imported = False
    if imported and m["group"] == "cctld_only":
        optin = dt.datetime(2021, 3, 16, 14, 2, 0) + dt.timedelta(seconds=R.randint(0, 400))
    if not imported:
        if m["ips"]:
            optin_ip = R.choice(m["ips"])
        elif m["allow_ip"] and m["country"] in IP_RANGES:
            ip = new_ip(m["country"])
            m["ips"] = [ip]
            optin_ip = ip
        if optin_ip:
            confirm = optin + dt.timedelta(minutes=R.randint(1, 2000))
            confirm_ip = optin_ip
        if m["group"] == "ip_only" and "donor" not in m["roles"]:
            app_line(optin, "INFO", "newsletter", f"subscribe request email={m['email']} source=footer-form ip={optin_ip}")
            app_line(optin + dt.timedelta(seconds=2), "INFO", "mc-sync", f"member {m['email']} upserted status=pending")
            email_written(pid, APPF, None, m["email"])
            put(pid, APPF, None, "ip_address")
            put(pid, APPF, None, "activity")
    geo = ["", "", "", "", "", "", ""]   # LAT LON GMTOFF DSTOFF TZ CC REGION
    a = m["addr"]
    zip_only = m["group"] in ("us_zip", "vol_zip4")   # keep their only state signal the ZIP
    if a and has_address_signal(pid) and not zip_only and R.random() < 0.7:
        go, do = TZ_OFF[a["tz"]]
        lat = a["lat"] + R.uniform(-0.04, 0.04)
        lon = a["lon"] + R.uniform(-0.04, 0.04)
        region = a["state"] if a["country"] != "MX" else a["state"]
        geo = [f"{lat:.7f}", f"{lon:.7f}", f"{go:g}", f"{do:g}", a["tz"], a["country"], region]
    address = ""
    if m["group"] == "us_addrline" or (a and has_address_signal(pid) and not zip_only and a["country"] == "US"
                                       and R.random() < 0.15):
        address = one_line_addr(a)
    phone = ""
    if m["phone"] and R.random() < 0.4 and m["group"] not in ("unknown_national_phone",):
        phone = phone_out(m) or ""
    last_changed = max(optin, confirm or optin) + dt.timedelta(days=R.randint(0, 300))
    if last_changed > dt.datetime(2025, 3, 31, 20, 0):
        last_changed = dt.datetime(2025, 3, 31, 20, 0) - dt.timedelta(minutes=R.randint(1, 5000))
    tags = []
    if "donor" in m["roles"]:
        tags.append("Donor")
    if "volunteer" in m["roles"]:
        tags.append("Volunteer")
    if "attendee" in m["roles"]:
        tags.append("Event attendee")
    if m["group"] == "cctld_only":
        tags.append("Imported 2021 petition")
    first = m["first"] if R.random() < 0.95 else ""
    last = m["last"] if (R.random() < 0.85 and m["group"] != "cctld_only") or R.random() < 0.4 else ""
    row = [m["email"], first, last, address, phone, str(R.choice([1, 2, 2, 3, 3, 4, 5])),
           fmt_dt(optin), optin_ip, fmt_dt(confirm) if confirm else "", confirm_ip] + geo + \
          [fmt_dt(last_changed), str(leid), token(10, "0123456789abcdef"), ""]
    if kind == "sub":
        fname = MC_SUB
        sub_rows.append(row + [",".join(f'"{t}"' for t in tags)])
    elif kind == "unsub":
        fname = MC_UNSUB
        ut = last_changed
        reason = R.choice(["NORMAL", "NORMAL", "NORMAL", "SPAM", "NOSIGNUP", "OTHER"])
        row2 = row + [fmt_dt(ut), campaign_before(ut), token(10, "0123456789abcdef"), reason,
                      R.choice(["Too many emails", "Moved away", "I get these twice"]) if reason == "OTHER" else "",
                      ",".join(f'"{t}"' for t in tags)]
        unsub_rows.append(row2)
        put(pid, f"{TARF}!{fname}", "UNSUB_TIME", "activity")
    else:
        fname = MC_CLEAN
        row2 = row + [fmt_dt(last_changed), campaign_before(last_changed),
                      token(10, "0123456789abcdef"), ",".join(f'"{t}"' for t in tags)]
        clean_rows.append(row2)
        put(pid, f"{TARF}!{fname}", "CLEAN_TIME", "activity")
    key = f"{TARF}!{fname}"
    email_written(pid, key, "Email Address", m["email"])
    if first:
        put(pid, key, "First Name", "name")
    if last:
        put(pid, key, "Last Name", "name")
    if address:
        put(pid, key, "Address", "location")
        sig(pid, "address", a["country"], sub_of(a))
    if phone:
        phone_written(pid, m, key, "Phone Number", phone)
    put(pid, key, "OPTIN_TIME", "activity")
    put(pid, key, "LAST_CHANGED", "activity")
    if confirm:
        put(pid, key, "CONFIRM_TIME", "activity")
    if optin_ip:
        put(pid, key, "OPTIN_IP", "ip_address")
        put(pid, key, "CONFIRM_IP", "ip_address")
        sig(pid, "ip", m["country"])
    if geo[0]:
        for h in ("LATITUDE", "LONGITUDE", "CC", "REGION"):
            put(pid, key, h, "location")
        sig(pid, "address", a["country"], sub_of(a))

# ---------------------------------------------------------------------------
# 6. control: partner shelter register
# ---------------------------------------------------------------------------
SHELF = "partner_shelters.csv"
shelter_rows = [
    ["PDX-01", "Open Shelter Alliance Portland Foster Hub", "3250 SE Division St", "Portland", "OR", "97202", "(503) 231-4470", "Tue-Sun 11:00-18:00", 40, 60],
    ["AUS-01", "Eastside Animal Haven (partner)", "5100 E 7th St", "Austin", "TX", "78702", "(512) 389-2210", "Daily 10:00-17:00", 85, 70],
    ["CHI-01", "Logan Square Adoption Center", "2600 N Milwaukee Ave", "Chicago", "IL", "60647", "(773) 235-0918", "Wed-Sun 12:00-19:00", 30, 55],
    ["DEN-01", "Front Range Transport Hub", "4800 Brighton Blvd", "Denver", "CO", "80216", "(303) 296-7714", "By appointment", 20, 10],
    ["SEA-01", "Puget Sound Cat Rescue (partner)", "1120 N 85th St", "Seattle", "WA", "98103", "(206) 782-3304", "Thu-Sun 12:00-17:00", 0, 90],
    ["ATL-01", "Peachtree Paws Rescue (partner)", "880 Memorial Dr SE", "Atlanta", "GA", "30316", "(404) 688-1152", "Sat-Sun 10:00-16:00", 45, 25],
    ["PHX-01", "Desert Dog Sanctuary (partner)", "2440 W Buckeye Rd", "Phoenix", "AZ", "85009", "(602) 254-8890", "Daily 07:00-13:00", 120, 15],
    ["MIA-01", "Biscayne Feline Network (partner)", "7200 Biscayne Blvd", "Miami", "FL", "33138", "(305) 759-2231", "Fri-Sun 11:00-17:00", 0, 80],
    ["BOS-01", "Jamaica Plain Rescue Collective (partner)", "3400 Washington St", "Boston", "MA", "02130", "(617) 522-6043", "Sat 10:00-15:00", 15, 30],
    ["TOR-01", "Danforth Animal Rescue (partner)", "1100 Danforth Ave", "Toronto", "ON", "M4J 1M5", "(416) 466-2901", "Sat-Sun 11:00-16:00", 25, 40],
    ["NYC-01", "Brooklyn Shelter Partners (partner)", "540 Atlantic Ave", "Brooklyn", "NY", "11217", "(718) 858-3390", "Daily 12:00-19:00", 60, 75],
    ["MSP-01", "North Star Foster Network (partner)", "2900 Lyndale Ave S", "Minneapolis", "MN", "55408", "(612) 823-4471", "By appointment", 10, 20],
]

# ---------------------------------------------------------------------------
# write files
# ---------------------------------------------------------------------------
os.makedirs(DATA, exist_ok=True)
for fn in os.listdir(DATA):
    os.remove(os.path.join(DATA, fn))


def write_sql():
    out = io.StringIO()
    w = out.write
    w("-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)\n--\n"
      "-- Host: crm-db-01.internal    Database: osa_crm\n"
      "-- ------------------------------------------------------\n"
      "-- Server version\t8.0.36-0ubuntu0.22.04.1\n\n"
      "/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;\n"
      "/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;\n"
      "/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;\n"
      "/*!50503 SET NAMES utf8mb4 */;\n"
      "/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;\n"
      "/*!40103 SET TIME_ZONE='+00:00' */;\n"
      "/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;\n"
      "/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;\n"
      "/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;\n"
      "/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;\n")

    def table(name, ddl, rows, auto_inc):
        w(f"\n--\n-- Table structure for table `{name}`\n--\n\n")
        w(f"DROP TABLE IF EXISTS `{name}`;\n")
        w("/*!40101 SET @saved_cs_client     = @@character_set_client */;\n")
        w("/*!50503 SET character_set_client = utf8mb4 */;\n")
        w(f"CREATE TABLE `{name}` (\n" + ",\n".join("  " + l for l in ddl) + "\n")
        w(f") ENGINE=InnoDB AUTO_INCREMENT={auto_inc} DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;\n")
        w("/*!40101 SET character_set_client = @saved_cs_client */;\n")
        w(f"\n--\n-- Dumping data for table `{name}`\n--\n\n")
        w(f"LOCK TABLES `{name}` WRITE;\n")
        w(f"/*!40000 ALTER TABLE `{name}` DISABLE KEYS */;\n")
        for i in range(0, len(rows), 250):
            chunk = rows[i:i + 250]
            w(f"INSERT INTO `{name}` VALUES " + ",".join("(" + ",".join(sql_str(v) for v in r) + ")" for r in chunk) + ";\n")
        w(f"/*!40000 ALTER TABLE `{name}` ENABLE KEYS */;\n")
        w("UNLOCK TABLES;\n")

    table("campaigns", [
        "`id` int unsigned NOT NULL AUTO_INCREMENT",
        "`code` varchar(16) NOT NULL",
        "`name` varchar(120) NOT NULL",
        "`starts_on` date NOT NULL",
        "`ends_on` date DEFAULT NULL",
        "`goal_cents` bigint unsigned NOT NULL DEFAULT '0'",
        "PRIMARY KEY (`id`)",
        "UNIQUE KEY `uq_campaign_code` (`code`)"], [list(c) for c in CAMPAIGNS], len(CAMPAIGNS) + 1)
    table("donors", [
        "`id` int unsigned NOT NULL AUTO_INCREMENT",
        "`donor_number` varchar(12) NOT NULL",
        "`first_name` varchar(80) NOT NULL",
        "`last_name` varchar(80) NOT NULL",
        "`email` varchar(190) DEFAULT NULL",
        "`phone` varchar(32) DEFAULT NULL",
        "`address_line1` varchar(190) DEFAULT NULL",
        "`address_line2` varchar(190) DEFAULT NULL",
        "`city` varchar(100) DEFAULT NULL",
        "`state_province` varchar(64) DEFAULT NULL",
        "`postal_code` varchar(16) DEFAULT NULL",
        "`country_code` char(2) DEFAULT NULL",
        "`employer` varchar(150) DEFAULT NULL",
        "`donor_tier` enum('Friend','Supporter','Guardian','Champion','Lifetime') NOT NULL DEFAULT 'Friend'",
        "`source` varchar(32) NOT NULL DEFAULT 'web'",
        "`email_opt_in` tinyint(1) NOT NULL DEFAULT '1'",
        "`notes` text",
        "`created_at` datetime NOT NULL",
        "`updated_at` datetime NOT NULL",
        "PRIMARY KEY (`id`)",
        "UNIQUE KEY `uq_donor_number` (`donor_number`)",
        "KEY `idx_donors_email` (`email`)",
        "KEY `idx_donors_last_name` (`last_name`)"], donor_rows, donor_rows[-1][0] + 1)
    table("portal_users", [
        "`id` int unsigned NOT NULL AUTO_INCREMENT",
        "`donor_id` int unsigned NOT NULL",
        "`username` varchar(60) NOT NULL",
        "`password_hash` varchar(255) NOT NULL",
        "`remember_token` varchar(100) DEFAULT NULL",
        "`status` enum('active','locked','pending_verification') NOT NULL DEFAULT 'pending_verification'",
        "`last_login_at` datetime DEFAULT NULL",
        "`last_login_ip` varchar(45) DEFAULT NULL",
        "`password_changed_at` datetime DEFAULT NULL",
        "`created_at` datetime NOT NULL",
        "PRIMARY KEY (`id`)",
        "UNIQUE KEY `uq_portal_username` (`username`)",
        "UNIQUE KEY `uq_portal_donor` (`donor_id`)",
        "CONSTRAINT `fk_portal_users_donor` FOREIGN KEY (`donor_id`) REFERENCES `donors` (`id`) ON DELETE CASCADE"],
        portal_rows, len(portal_rows) + 1)
    table("recurring_pledges", [
        "`id` int unsigned NOT NULL AUTO_INCREMENT",
        "`donor_id` int unsigned NOT NULL",
        "`amount_cents` int unsigned NOT NULL",
        "`currency` char(3) NOT NULL DEFAULT 'USD'",
        "`frequency` enum('monthly','quarterly','annual') NOT NULL DEFAULT 'monthly'",
        "`card_brand` varchar(20) DEFAULT NULL",
        "`card_last4` char(4) DEFAULT NULL",
        "`card_exp_month` tinyint unsigned DEFAULT NULL",
        "`card_exp_year` smallint unsigned DEFAULT NULL",
        "`gateway_token` varchar(64) DEFAULT NULL",
        "`status` enum('active','paused','cancelled','failed') NOT NULL DEFAULT 'active'",
        "`started_on` date NOT NULL",
        "`next_charge_on` date DEFAULT NULL",
        "`cancelled_at` datetime DEFAULT NULL",
        "PRIMARY KEY (`id`)",
        "KEY `fk_pledges_donor` (`donor_id`)",
        "CONSTRAINT `fk_pledges_donor` FOREIGN KEY (`donor_id`) REFERENCES `donors` (`id`)"],
        pledge_rows, len(pledge_rows) + 1)
    donation_rows.sort(key=lambda r: r[0])
    table("donations", [
        "`id` bigint unsigned NOT NULL AUTO_INCREMENT",
        "`donor_id` int unsigned NOT NULL",
        "`campaign_id` int unsigned DEFAULT NULL",
        "`amount_cents` int unsigned NOT NULL",
        "`currency` char(3) NOT NULL DEFAULT 'USD'",
        "`method` enum('card','ach','check','paypal','cash','stock') NOT NULL",
        "`gateway_txn_id` varchar(32) DEFAULT NULL",
        "`check_number` varchar(12) DEFAULT NULL",
        "`receipt_number` varchar(20) NOT NULL",
        "`dedication` varchar(255) DEFAULT NULL",
        "`is_anonymous` tinyint(1) NOT NULL DEFAULT '0'",
        "`donated_at` datetime NOT NULL",
        "`recurring_pledge_id` int unsigned DEFAULT NULL",
        "PRIMARY KEY (`id`)",
        "UNIQUE KEY `uq_receipt` (`receipt_number`)",
        "KEY `fk_donations_donor` (`donor_id`)",
        "KEY `fk_donations_campaign` (`campaign_id`)",
        "CONSTRAINT `fk_donations_campaign` FOREIGN KEY (`campaign_id`) REFERENCES `campaigns` (`id`)",
        "CONSTRAINT `fk_donations_donor` FOREIGN KEY (`donor_id`) REFERENCES `donors` (`id`)"],
        donation_rows, donation_rows[-1][0] + 1)
    w("/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;\n\n"
      "/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;\n"
      "/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;\n"
      "/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;\n"
      "/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;\n"
      "/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;\n"
      "/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;\n"
      "/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;\n\n"
      "-- Dump completed on 2025-04-01  3:15:07\n")
    with open(os.path.join(DATA, SQLF), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(out.getvalue())


def csv_bytes(header, rows, quote_all=True, bom=False):
    buf = io.StringIO()
    wr = csv.writer(buf, quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL, lineterminator="\r\n")
    wr.writerow(header)
    for r in rows:
        wr.writerow(r)
    data = buf.getvalue().encode("utf-8")
    return (b"\xef\xbb\xbf" + data) if bom else data


write_sql()
with open(os.path.join(DATA, VOLF), "wb") as fh:
    fh.write(csv_bytes(VOL_HEADER, [r for _, r in vol_rows], quote_all=True, bom=True))
with open(os.path.join(DATA, EVF), "w", encoding="utf-8") as fh:
    json.dump(events_json, fh, ensure_ascii=False, indent=2)
    fh.write("\n")
acc.sort(key=lambda x: (x[0], x[1]))
with open(os.path.join(DATA, ACCF), "w", encoding="utf-8") as fh:
    for _, line, _ in acc:
        fh.write(line + "\n")
app.sort(key=lambda x: x[0])
with open(os.path.join(DATA, APPF), "w", encoding="utf-8") as fh:
    for _, line in app:
        fh.write(line + "\n")
with open(os.path.join(DATA, SHELF), "wb") as fh:
    fh.write(csv_bytes(["shelter_code", "shelter_name", "street", "city", "state", "zip", "main_phone",
                        "public_hours", "dog_capacity", "cat_capacity"], shelter_rows, quote_all=False))

# tar.gz, deterministic
members = [
    (MC_SUB, csv_bytes(MC_BASE + MC_TAIL, sub_rows)),
    (MC_UNSUB, csv_bytes(MC_BASE + ["UNSUB_TIME", "UNSUB_CAMPAIGN_TITLE", "UNSUB_CAMPAIGN_ID", "UNSUB_REASON",
                                    "UNSUB_REASON_OTHER"] + MC_TAIL, unsub_rows)),
    (MC_CLEAN, csv_bytes(MC_BASE + ["CLEAN_TIME", "CLEAN_CAMPAIGN_TITLE", "CLEAN_CAMPAIGN_ID"] + MC_TAIL, clean_rows)),
]
raw = io.BytesIO()
with tarfile.open(fileobj=raw, mode="w", format=tarfile.GNU_FORMAT) as tf:
    ti = tarfile.TarInfo(LIST_DIR)
    ti.type = tarfile.DIRTYPE
    ti.mode = 0o755
    ti.mtime = 1743498000
    tf.addfile(ti)
    for name, data in members:
        ti = tarfile.TarInfo(name)
        ti.size = len(data)
        ti.mode = 0o644
        ti.mtime = 1743498000
        ti.uname = ti.gname = "export"
        tf.addfile(ti, io.BytesIO(data))
with open(os.path.join(DATA, TARF), "wb") as fh:
    with gzip.GzipFile(filename="", mode="wb", fileobj=fh, mtime=1743498000) as gz:
        gz.write(raw.getvalue())

# ---------------------------------------------------------------------------
# truth
# ---------------------------------------------------------------------------
# residence from the signals written, checked against what was intended
residents, conflicts = [], []
counts = defaultdict(int)
for p in PEOPLE:
    ev = EVID[p["id"]]
    sigs = sorted({s[0] for s in ev}, key=SIGNAL_ORDER.index)
    if not ev:
        country, sub = None, None
        assert p["country"] is None or p["group"] in (), (p["id"], p["group"])
    else:
        strongest = sigs[0]
        countries = {s[1] for s in ev if s[0] == strongest}
        assert len(countries) == 1, (p["id"], ev)
        country = countries.pop()
        assert country == p["country"], (p["id"], p["group"], country, p["country"], ev)
        subs = {s[2] for s in ev if s[0] in ("address", "place") and s[2]}
        assert len(subs) <= 1, (p["id"], subs)
        sub = subs.pop() if subs else None
        if country == "US" and p["sub"] and any(s[0] in ("address", "place") for s in ev):
            assert sub == p["sub"], (p["id"], sub, p["sub"])
        phone_c = {s[1] for s in ev if s[0] == "phone"}
        addr_c = {s[1] for s in ev if s[0] == "address"}
        others = {s[1] for s in ev}
        if addr_c and phone_c and phone_c != addr_c:
            conflicts.append(p["id"])
            assert p["group"] == "conflict"
        else:
            assert others == {country}, (p["id"], ev)
    if p["country"] is not None and not ev:
        raise AssertionError(("intended residence but no signal", p["id"], p["group"]))
    residents.append({"id": p["id"], "country": country, "subdivision": sub, "signals": sigs})
    if country is None:
        counts["unknown"] += 1
    elif country == "US" and sub:
        counts[sub] += 1
    else:
        counts[country] += 1
assert sorted(conflicts) == sorted(p["id"] for p in PEOPLE if p["group"] == "conflict")

people_by_cat = defaultdict(int)
for p in PEOPLE:
    assert CATS[p["id"]], p["id"]
    for c in CATS[p["id"]]:
        people_by_cat[c] += 1


def flat(d):
    out = OrderedDict()
    for f in sorted(d):
        out[f] = OrderedDict()
        for k in sorted(d[f]):
            v = sorted(d[f][k])
            out[f][k] = v[0] if len(v) == 1 else v
    return out


fields = flat(FIELDS)
text = OrderedDict((f, sorted(TEXT[f])) for f in sorted(TEXT))

# sanity: lookalike card-ish numbers
n_luhn = sum(1 for r in donation_rows if r[6] and r[6].isdigit() and luhn_ok(r[6]))

amb_cities = [(p["id"], p["place_city"], p["sub"] or p["country"]) for p in PEOPLE
              if p["group"] == "vol_city_only" and p.get("ambiguous_city")]
unamb_cities = [(p["id"], p["place_city"], p["sub"] or p["country"]) for p in PEOPLE
                if p["group"] == "vol_city_only" and not p.get("ambiguous_city")]
zip_only = sorted(p["id"] for p in PEOPLE if p["group"] in ("us_zip", "vol_zip4")
                  and residents[int(p["id"][1:]) - 1]["signals"][0] == "address")
natl_only = [p["id"] for p in PEOPLE if p["group"] == "unknown_national_phone"]
phone_only_nanp = [(p["id"], p["phone"]["e164"][:5]) for p in PEOPLE if p["group"] == "phone_only"
                   and p["phone"]["country"] in ("US", "CA")]

notes = (
    "People: every person generated is counted once across files (donor, volunteer, ticket attendee, "
    "newsletter member, emergency contact); persons link across files by email address and donor_id / username. "
    "Emergency contacts in the volunteer CSV are people (name + phone only). "
    "Anonymous visitors, crawlers (Googlebot 66.249.66.x, bingbot 40.77.167.x), scanners and the load balancer "
    "(10.20.x.x health checks) in the access log are NOT counted as people; only log lines of known portal users "
    "(username in the URL path or ?donor= query) count, for that user. The app log names donors by email and "
    "portal users by username (login lines with ip=). "
    "Residence: signals are computed per record as written. 'address' = a record with a country, state/province, "
    "postal code or ZIP (structured columns, a one-line billing address, the mailing list's Address / CC / REGION). "
    "The mailing-list geo columns (LATITUDE/LONGITUDE/CC/REGION) are only filled for people who already have an "
    "address elsewhere. ZIP-only US people (CRM postal_code + country_code US, or a bare ZIP+4 in the volunteer "
    f"form): {', '.join(zip_only)}; their subdivision is the state of that ZIP (3-digit ZIP prefix per USPS); "
    "a scorer that does not map ZIPs to states should read them as country US. "
    "City-only volunteers are place-signal people recorded with the state/country I intended; these cities are "
    "ambiguous (exist in several US states or countries): "
    + "; ".join(f"{pid} '{c}' -> {s}" for pid, c, s in amb_cities) +
    ". Unambiguous city-only: " + "; ".join(f"{pid} '{c}' -> {s}" for pid, c, s in unamb_cities) + ". "
    "Phone: only numbers written in international form (+CC...) are signals; +1 numbers are assigned a country by "
    "their NANP area code (e.g. +1 604 -> CA, +1 512 -> US) and never a US state (numbers are portable). "
    f"People with only a national-format phone are unknown even when the format hints at a country: {', '.join(natl_only)} "
    "(some are UK 07... / German 01... / Australian 04... mobiles written nationally). "
    "IP: residence from IP only when nothing stronger; IPs of people with residence come only from these ranges: "
    + "; ".join(f"{c}: {IP_RANGES[c][0]}" for c in sorted(IP_RANGES)) +
    ". IP-only people are portal users with no address/phone (IPs in donors' portal_users.last_login_ip and the "
    "access/app logs) and footer-form newsletter signups (OPTIN_IP). Their subdivision is null. "
    "Conflicts are people whose address country differs from the country of an international phone number; the "
    "address wins. Email ccTLDs used: .ca .mx .co.uk .de .com.au .net.au (gmail/outlook/.com/.net say nothing). "
    "Watch the US state code DE (Delaware, subdivision US-DE) next to country DE (Germany). "
    "Lookalikes: donations.gateway_txn_id are 11-digit processor transaction ids (look like phone numbers; "
    "too short for card numbers), receipt numbers, 19-digit form Submission IDs, ticket order ids (10 digits) and "
    "EAN-13 ticket barcodes, Mailchimp LEID/EUID ids, card_brand/card_last4/expiry in recurring_pledges (no full "
    "PAN anywhere), 'last4=' in app log decline lines, pet names in donations.dedication and ticket answers, "
    "venue and partner-shelter addresses/phones (places, not people), employer names, the organizer role mailbox "
    "events@openshelteralliance.org, password_changed_at timestamps. portal_users.password_hash values are "
    "bcrypt-shaped strings (random, not real hashes). people_by_category counts distinct persons per category "
    "across all files."
)

truth = OrderedDict()
truth["brief"] = (
    "Open Shelter Alliance, a US nonprofit animal-rescue network with donors and volunteers across most US states "
    "and some in Canada, Mexico, the UK, Germany and Australia. Systems: donor CRM (MySQL mysqldump: campaigns, "
    "donors, portal_users, recurring_pledges with card brand/last four only, donations referencing donors by id), "
    "volunteer sign-up form CSV export (UTF-8 BOM, state spelled out / abbreviated / ZIP+4 only / city only, "
    "Canadian provinces written various ways, emergency contacts, driver's licence for transport volunteers), "
    "event ticketing platform JSON export (attendees nested under events, phones in E.164 and national formats), "
    "Apache combined access log of the donation site with portal usernames in URLs, the donation service's "
    "application log with email addresses, a .tar.gz of the email-marketing platform's list export "
    "(subscribed/unsubscribed/cleaned CSVs), and a partner-shelter register (control). English; Spanish, French "
    "and German names and addresses."
)
truth["people"] = len(PEOPLE)
truth["people_by_category"] = OrderedDict(sorted(people_by_cat.items()))
truth["fields"] = fields
truth["text"] = text
truth["controls"] = [SHELF]
truth["ambiguous"] = OrderedDict([
    (SQLF, ["donors.updated_at", "recurring_pledges.gateway_token"]),
    (EVF, ["events.attendees.ticket_type"]),
    (f"{TARF}!{MC_SUB}", ["TIMEZONE", "GMTOFF", "DSTOFF", "TAGS"]),
    (f"{TARF}!{MC_UNSUB}", ["TIMEZONE", "GMTOFF", "DSTOFF", "TAGS"]),
    (f"{TARF}!{MC_CLEAN}", ["TIMEZONE", "GMTOFF", "DSTOFF", "TAGS"]),
])
truth["lookalikes"] = OrderedDict([
    (SQLF, OrderedDict([
        ("donations.gateway_txn_id", "11-digit card/ACH processor transaction ids and 17-char PayPal ids; look like phone numbers"),
        ("donations.receipt_number", "receipt numbers OSA-YYYY-NNNNN"),
        ("donations.check_number", "paper check numbers"),
        ("donations.dedication", "pet names (Charlie, Max, Cooper...) in 'In memory of ...' text"),
        ("recurring_pledges.card_last4", "last four digits only"),
        ("recurring_pledges.card_brand", "card brand"),
        ("recurring_pledges.card_exp_month", "card expiry"),
        ("recurring_pledges.card_exp_year", "card expiry"),
        ("recurring_pledges.next_charge_on", "scheduled future date, not an action"),
        ("portal_users.password_changed_at", "timestamp in a password-named column"),
        ("donors.donor_number", "CRM customer number"),
        ("donors.employer", "company names"),
    ])),
    (VOLF, OrderedDict([("Submission ID", "19-digit form submission ids"),
                        ("Preferred location", "shelter site names")])),
    (EVF, OrderedDict([("events.attendees.order_id", "10-digit order ids"),
                       ("events.attendees.barcode", "EAN-13 ticket barcodes"),
                       ("events.attendees.answers.answer", "dog names, dietary choices, T-shirt sizes"),
                       ("events.venue.address_1", "venue street address (a place, not a person)"),
                       ("events.organizer.email", "organisation role mailbox")])),
    (f"{TARF}!{MC_SUB}", OrderedDict([("LEID", "list member numeric id"), ("EUID", "10-hex member id")])),
])
truth["residents"] = residents
truth["residence_counts"] = OrderedDict(sorted(counts.items(), key=lambda kv: (kv[0] == "unknown", kv[0])))
truth["conflicts"] = sorted(conflicts)
truth["notes"] = notes

with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
    json.dump(truth, fh, ensure_ascii=False, indent=2)
    fh.write("\n")

if __name__ == "__main__":
    print("people", len(PEOPLE))
    print("residence_counts", dict(truth["residence_counts"]))
    print("conflicts", truth["conflicts"])
    for fn in sorted(os.listdir(DATA)):
        print(f"{os.path.getsize(os.path.join(DATA, fn)):>9}  {fn}")
