"""Seeded generator of a fake population for the Lumora export (R1).
No real people: names are combined at random, identifiers are synthetic."""
import random, uuid, ipaddress, unicodedata, datetime as dt

SEED = 61402
R = random.Random(SEED)

# ---------------------------------------------------------------- name pools
NAMES = {
 "IE": dict(
   f=["Aoife","Siobhán","Niamh","Ciara","Caoimhe","Róisín","Orla","Saoirse","Clodagh","Aisling",
      "Sinéad","Gráinne","Eimear","Méabh","Deirdre","Muireann"],
   m=["Seán","Ciarán","Pádraig","Cian","Oisín","Darragh","Eoin","Conor","Cathal","Diarmuid",
      "Fionn","Tadhg","Ronan","Killian","Declan","Colm"],
   l=["Murphy","Kelly","Byrne","Ryan","O'Sullivan","Walsh","O'Brien","O'Connor","McCarthy","Doyle",
      "Gallagher","Kennedy","Lynch","Murray","Quinn","McLoughlin","Carroll","Connolly","Dunne",
      "Brennan","Ó Ceallaigh","Mac Cárthaigh","Nic Dhonnchadha","Flanagan","Hegarty","Kavanagh"]),
 "GB": dict(
   f=["Amelia","Isla","Olivia","Freya","Poppy","Imogen","Harriet","Megan","Eilidh","Phoebe","Rosie"],
   m=["Oliver","Harry","George","Alfie","Rhys","Callum","Archie","Hamish","Toby","Reuben"],
   l=["Taylor","Davies","Evans","Wilson","Thompson","Robinson","Wright","Hughes","Edwards",
      "Haworth","Fletcher","Pritchard","Whitfield","Ashworth","Henderson","Blackwood"]),
 "DE": dict(
   f=["Anna-Lena","Sophie","Katharina","Annika","Franziska","Hannah","Lea","Mia","Jule","Charlotta"],
   m=["Lukas","Jürgen","Maximilian","Björn","Jörg","Felix","Sören","Tobias","Dominik","Jonas"],
   l=["Müller","Schmidt","Schneider","Fischer","Weber","Meyer","Wagner","Becker","Schäfer",
      "Richter","Schröder","Neumann","Schwarz","Zimmermann","Krüger","Hoffmann","Weiß","Kühn"]),
 "FR": dict(
   f=["Renée","Chloé","Hélène","Léa","Camille","Élodie","Inès","Zoé","Margaux","Noémie"],
   m=["François","Théo","Jérôme","Gaël","Mathéo","Clément","Benoît","Aurélien","Rémi"],
   l=["Lefèvre","Dubois","Moreau","Girard","Bonnet","Dupont","Lambert","Fontaine","Rousseau",
      "Chevalier","Mercier","Guérin","Boucher","Lemaître","Rivière"]),
 "US": dict(
   f=["Brianna","Ashley","Kayla","Mackenzie","Destiny","Jasmine","Alexis","Brooklyn"],
   m=["Tyler","Jaylen","Brandon","Hunter","Caleb","Trevor","Dakota","Tanner"],
   l=["Johnson","Williams","Martinez","Anderson","Garcia","Nguyen","Patel","Hernandez","Okafor",
      "Kowalczyk","Reyes","Bennett","Coleman","Sullivan"]),
 "ES": dict(
   f=["Lucía","Sofía","Begoña","Rocío","Núria","Pilar","María José"],
   m=["José","Álvaro","Iñaki","Javier","Jordi","Sergio"],
   l=["García","Fernández","Martínez","Sánchez","Muñoz","Peña","Jiménez","Rodríguez","Ibáñez","Castaño","Ortega"]),
 "NL": dict(
   f=["Sanne","Femke","Lotte","Fleur","Anouk","Maartje"],
   m=["Daan","Joris","Bram","Thijs","Sven","Wouter"],
   l=["de Vries","van den Berg","Jansen","Bakker","Visser","van Dijk","Mulder","de Jong","Meijer"]),
 "IT": dict(
   f=["Giulia","Francesca","Chiara","Martina","Federica","Beatrice"],
   m=["Alessandro","Matteo","Lorenzo","Niccolò","Andrea","Gianluca"],
   l=["Rossi","Russo","Esposito","Bianchi","Romano","Colombo","Ricci","Greco","De Luca","Marchetti"]),
 "PL": dict(
   f=["Małgorzata","Katarzyna","Agnieszka","Zofia","Żaneta","Magdalena"],
   m=["Łukasz","Wojciech","Paweł","Krzysztof","Michał","Bartosz"],
   l=[("Nowak","Nowak"),("Kowalski","Kowalska"),("Wiśniewski","Wiśniewska"),("Wójcik","Wójcik"),
      ("Kamiński","Kamińska"),("Lewandowski","Lewandowska"),("Zieliński","Zielińska"),
      ("Dąbrowski","Dąbrowska")]),
}
COUNTRY_WEIGHTS = [("IE",35),("GB",15),("DE",12),("FR",10),("US",12),("ES",5),("NL",4),("IT",4),("PL",3)]

# ---------------------------------------------------------------- geography
CITIES = {
 "IE": [("Dublin",53.3498,-6.2603,["D01","D02","D04","D06","D07","D08","D09","D12","D24"]),
        ("Cork",51.8985,-8.4756,["T12","T23"]),("Galway",53.2707,-9.0568,["H91"]),
        ("Limerick",52.6638,-8.6267,["V94"]),("Waterford",52.2593,-7.1101,["X91"]),
        ("Kilkenny",52.6541,-7.2448,["R95"]),("Sligo",54.2766,-8.4761,["F91"]),
        ("Drogheda",53.7179,-6.3561,["A92"])],
 "GB": [("London",51.5074,-0.1278,["E8","N16","SW9","SE15","NW5","E17"]),
        ("Manchester",53.4808,-2.2426,["M14","M20","M4"]),("Bristol",51.4545,-2.5879,["BS6","BS3"]),
        ("Leeds",53.8008,-1.5491,["LS6","LS8"]),("Edinburgh",55.9533,-3.1883,["EH3","EH6"]),
        ("Glasgow",55.8642,-4.2518,["G12","G41"]),("Brighton",50.8225,-0.1372,["BN1","BN2"]),
        ("Cardiff",51.4816,-3.1791,["CF24","CF11"])],
 "DE": [("Berlin",52.5200,13.4050,(10115,14199)),("Hamburg",53.5511,9.9937,(20095,22769)),
        ("München",48.1351,11.5820,(80331,81929)),("Köln",50.9375,6.9603,(50667,51149)),
        ("Leipzig",51.3397,12.3731,(4103,4357)),("Frankfurt am Main",50.1109,8.6821,(60306,60599))],
 "FR": [("Paris",48.8566,2.3522,(75001,75020)),("Lyon",45.7640,4.8357,(69001,69009)),
        ("Marseille",43.2965,5.3698,(13001,13016)),("Nantes",47.2184,-1.5536,(44000,44300)),
        ("Bordeaux",44.8378,-0.5792,(33000,33300)),("Lille",50.6292,3.0573,(59000,59800))],
 "US": [("New York",40.7128,-74.0060,"NY",(10001,10040)),("Chicago",41.8781,-87.6298,"IL",(60601,60661)),
        ("San Francisco",37.7749,-122.4194,"CA",(94102,94134)),("Seattle",47.6062,-122.3321,"WA",(98101,98199)),
        ("Denver",39.7392,-104.9903,"CO",(80202,80249)),("Boston",42.3601,-71.0589,"MA",(2108,2136))],
 "ES": [("Madrid",40.4168,-3.7038,(28001,28055)),("Barcelona",41.3874,2.1686,(8001,8042)),
        ("Valencia",39.4699,-0.3763,(46001,46026)),("Sevilla",37.3891,-5.9845,(41001,41020))],
 "NL": [("Amsterdam",52.3676,4.9041,(1011,1109)),("Utrecht",52.0907,5.1214,(3511,3585)),
        ("Rotterdam",51.9244,4.4777,(3011,3089))],
 "IT": [("Milano",45.4642,9.1900,(20121,20162)),("Roma",41.9028,12.4964,(118,199)),
        ("Torino",45.0703,7.6869,(10121,10156)),("Bologna",44.4949,11.3426,(40121,40141))],
 "PL": [("Warszawa",52.2297,21.0122,("00","04")),("Kraków",50.0647,19.9450,("30","31")),
        ("Gdańsk",54.3520,18.6466,("80",))],
}
STREETS = {
 "IE": ["Griffith Avenue","Harbour Road","Main Street","Church Road","Seaview Terrace","Ashgrove Park",
        "Beechwood Close","Oakfield Drive","Castle Street","Mill Lane","Strand Road","Hazel Grove",
        "Meadow View","Orchard Lane","Woodlawn Park","Newcastle Road","College Road"],
 "GB": ["Chestnut Grove","Victoria Road","Queens Drive","Elm Park Gardens","Station Road","Cranbrook Road",
        "Kingsdown Parade","Marchmont Road","Hyndland Road","Ditchling Rise","Cathays Terrace"],
 "DE": ["Lindenstraße","Hauptstraße","Bahnhofstraße","Gartenweg","Schillerstraße","Goethestraße",
        "Am Mühlbach","Kastanienallee","Wilhelmstraße","Eichendorffweg"],
 "FR": ["rue des Lilas","avenue Jean Jaurès","boulevard Voltaire","rue de la République",
        "rue Victor Hugo","impasse des Tilleuls","rue du Faubourg Saint-Antoine"],
 "US": ["Maple Street","Oak Avenue","Cedar Lane","Pine Street","Lakeview Drive","Willow Court",
        "Hawthorne Avenue","Greenwood Place"],
 "ES": ["Calle Mayor","Calle de Alcalá","Avinguda Diagonal","Calle de la Paz","Calle del Pez"],
 "NL": ["Kerkstraat","Molenweg","Dorpsstraat","Keizersgracht","Oudegracht","Nieuwe Binnenweg"],
 "IT": ["Via Roma","Via Garibaldi","Corso Vittorio Emanuele II","Via dei Mille","Via Giuseppe Verdi"],
 "PL": ["ul. Długa","ul. Marszałkowska","ul. Kwiatowa","ul. Ogrodowa","ul. Grunwaldzka"],
}
IE_BUILDINGS = ["The Maltings","Alexandra Court","Clarion Quay","Gasworks House","The Elysian",
                "Spencer Dock Apartments","Mount Argus Court"]

DOMAINS = {
 "IE": ["gmail.com","gmail.com","outlook.ie","hotmail.com","eircom.net","icloud.com","yahoo.ie","live.ie","ucdconnect.ie"],
 "GB": ["gmail.com","gmail.com","hotmail.co.uk","btinternet.com","outlook.com","icloud.com","yahoo.co.uk","sky.com"],
 "DE": ["web.de","gmx.de","gmail.com","t-online.de","posteo.de","outlook.de","gmx.net"],
 "FR": ["gmail.com","orange.fr","free.fr","laposte.net","hotmail.fr","sfr.fr"],
 "US": ["gmail.com","gmail.com","yahoo.com","outlook.com","icloud.com","aol.com","comcast.net"],
 "ES": ["gmail.com","hotmail.es","yahoo.es","telefonica.net"],
 "NL": ["gmail.com","ziggo.nl","kpnmail.nl","hotmail.nl"],
 "IT": ["gmail.com","libero.it","virgilio.it","alice.it"],
 "PL": ["gmail.com","wp.pl","onet.pl","o2.pl","interia.pl"],
}
IP4 = {
 "IE": ["86.40.0.0/13","84.203.0.0/17","37.228.192.0/18","109.76.0.0/14","89.100.0.0/15"],
 "GB": ["86.128.0.0/10","81.98.0.0/15","90.192.0.0/11","82.132.0.0/15"],
 "DE": ["91.0.0.0/10","84.128.0.0/10","95.88.0.0/14"],
 "FR": ["90.0.0.0/9","82.64.0.0/14","86.192.0.0/11"],
 "US": ["73.0.0.0/8","24.0.0.0/12","71.192.0.0/12","98.192.0.0/10"],
 "ES": ["83.32.0.0/11","79.144.0.0/12"],
 "NL": ["84.104.0.0/14","77.160.0.0/12"],
 "IT": ["79.0.0.0/10","93.32.0.0/12"],
 "PL": ["83.0.0.0/11","89.64.0.0/12"],
}
IP6 = {"IE":["2a02:8084::/32","2001:bb6::/32"],"GB":["2a00:23c4::/32","2a02:c7c::/32"],
       "DE":["2003:f1::/32","2a02:908::/32"],"FR":["2a01:cb00::/32","2a01:e0a::/32"],
       "US":["2601::/20","2600:1700::/28"],"ES":["2a0c:5a80::/29"],"NL":["2001:1c00::/24"],
       "IT":["2a01:e11::/32"],"PL":["2a01:110f::/32"]}

UAS = [
 "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
 "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
 "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
 "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.113 Mobile Safari/537.36",
 "Mozilla/5.0 (Linux; Android 13; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.99 Mobile Safari/537.36",
 "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
 "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0",
 "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.80",
 "Lumora/5.12.0 (iPhone15,2; iOS 17.4.1; Scale/3.00)",
 "Lumora/5.11.3 (Android 14; SM-A546B; Build/UP1A.231005.007)",
 "okhttp/4.12.0",
]
CAMERAS = ["Apple iPhone 15 Pro","Apple iPhone 13","Google Pixel 8","Samsung SM-S911B","Sony ILCE-7M4",
           "Canon EOS R6","Fujifilm X-T5","Nikon Z 6_2","Fujifilm X100V","Ricoh GR III","DJI FC3582"]
INTERESTS = ["landscape","street","portrait","wildlife","architecture","black and white","astro",
             "macro","film","drone","travel","food","sport","wedding","urbex","seascape"]

# ---------------------------------------------------------------- helpers
def fold(s):
    s = s.replace("ł","l").replace("Ł","L").replace("ß","ss").replace("ø","o")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))

def slug(s):
    return "".join(c for c in fold(s).lower() if c.isalnum())

def rand_uuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))

def rdate(a, b):
    d = (b - a).days
    return a + dt.timedelta(days=R.randint(0, d))

def rdt(a, b):
    s = int((b - a).total_seconds())
    return a + dt.timedelta(seconds=R.randint(0, s))

def digits(n, first_nonzero=False):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s

# ---------------------------------------------------------------- phones
US_AREA = {"New York":["212","646","917","718"],"Chicago":["312","773","872"],"San Francisco":["415","628"],
           "Seattle":["206","425"],"Denver":["303","720"],"Boston":["617","857"]}
def make_phone(cc, city=None):
    """returns dict with e164, intl (spaced), national, digits (for bigint)"""
    if cc == "IE":
        p = R.choice(["83","85","86","87","89"]); s = digits(7, True)
        return dict(e164=f"+353{p}{s}", intl=f"+353 {p} {s[:3]} {s[3:]}", national=f"0{p} {s[:3]} {s[3:]}", digits=f"353{p}{s}")
    if cc == "GB":
        p = "7" + R.choice(["4","5","7","8","9"]) + digits(2); s = digits(6, True)
        return dict(e164=f"+44{p}{s}", intl=f"+44 {p} {s}", national=f"0{p} {s}", digits=f"44{p}{s}")
    if cc == "DE":
        p = R.choice(["151","152","160","162","170","171","172","176","177","179"]); s = digits(8, True)
        return dict(e164=f"+49{p}{s}", intl=f"+49 {p} {s}", national=f"0{p} {s}", digits=f"49{p}{s}")
    if cc == "FR":
        p = R.choice(["6","7"]); s = digits(8, True)
        g = " ".join(s[i:i+2] for i in range(0, 8, 2))
        return dict(e164=f"+33{p}{s}", intl=f"+33 {p} {g}", national=f"0{p} {g}", digits=f"33{p}{s}")
    if cc == "NL":
        s = digits(8, True)
        return dict(e164=f"+316{s}", intl=f"+31 6 {s}", national=f"06 {s}", digits=f"316{s}")
    if cc == "ES":
        s = R.choice("67") + digits(8)
        return dict(e164=f"+34{s}", intl=f"+34 {s[:3]} {s[3:5]} {s[5:7]} {s[7:]}", national=f"{s[:3]} {s[3:5]} {s[5:7]} {s[7:]}", digits=f"34{s}")
    if cc == "IT":
        s = "3" + R.choice("234589") + digits(8)
        return dict(e164=f"+39{s}", intl=f"+39 {s[:3]} {s[3:6]} {s[6:]}", national=f"{s[:3]} {s[3:6]} {s[6:]}", digits=f"39{s}")
    if cc == "PL":
        s = R.choice("5678") + digits(8)
        return dict(e164=f"+48{s}", intl=f"+48 {s[:3]} {s[3:6]} {s[6:]}", national=f"{s[:3]} {s[3:6]} {s[6:]}", digits=f"48{s}")
    if cc == "US":
        area = R.choice(US_AREA.get((city or "").split(",")[0]) or sum(US_AREA.values(), []))
        ex = R.choice("23456789") + digits(2)
        while ex == "555":
            ex = R.choice("23456789") + digits(2)
        ln = digits(4)
        return dict(e164=f"+1{area}{ex}{ln}", intl=f"+1 {area}-{ex}-{ln}", national=f"({area}) {ex}-{ln}", digits=f"1{area}{ex}{ln}")
    raise ValueError(cc)

# ---------------------------------------------------------------- bank accounts
def _mod97(s):
    return int("".join(str(int(c, 36)) for c in s)) % 97

def iban(cc, bban):
    chk = 98 - _mod97(bban + cc + "00")
    v = f"{cc}{chk:02d}{bban}"
    assert _mod97(v[4:] + v[:4]) == 1
    return v

def spaced(ib):
    return " ".join(ib[i:i+4] for i in range(0, len(ib), 4))

def _es_dc(s):
    w = [1,2,4,8,5,10,9,7,3,6]
    r = 11 - sum(int(d)*x for d, x in zip(s, w)) % 11
    return 0 if r == 11 else (1 if r == 10 else r)

_IT_ODD = [1,0,5,7,9,13,15,17,19,21]
def _it_cin(bban22):
    t = 0
    for i, c in enumerate(bban22):
        v = int(c)
        t += _IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + t % 26)

def make_bank(cc):
    """returns dict(method, iban, bic, currency) or ACH dict"""
    if cc == "IE":
        if R.random() < 0.3:
            return dict(method="sepa", iban=iban("IE", "REVO" + "99036" + digits(9)), bic="REVOIE23", currency="EUR")
        bank, sc, bic = R.choice([("AIBK","93",'AIBKIE2D'),("BOFI","90",'BOFIIE2D'),("IPBS","99",'IPBSIE2D'),("ULSB","98",'ULSBIE2D')])
        return dict(method="sepa", iban=iban("IE", bank + sc + digits(4) + digits(8)), bic=bic, currency="EUR")
    if cc == "GB":
        bank, bic = R.choice([("NWBK","NWBKGB2L"),("BARC","BARCGB22"),("LOYD","LOYDGB2L"),("MIDL","MIDLGB22"),("MONZ","MONZGB2L")])
        sc = {"NWBK":"60","BARC":"20","LOYD":"30","MIDL":"40","MONZ":"04"}[bank] + digits(4)
        return dict(method="faster_payments", iban=iban("GB", bank + sc + digits(8)), bic=bic, currency="GBP")
    if cc == "DE":
        blz, bic = R.choice([("10010010","PBNKDEFFXXX"),("50010517","INGDDEFFXXX"),("12030000","BYLADEM1001"),
                             ("10011001","NTSBDEB1XXX"),("70150000","SSKMDEMMXXX"),("20050550","HASPDEHHXXX")])
        return dict(method="sepa", iban=iban("DE", blz + digits(10)), bic=bic, currency="EUR")
    if cc == "FR":
        bank, bic = R.choice([("30004","BNPAFRPP"),("30003","SOGEFRPP"),("20041","PSSTFRPPPAR"),("10278","CMCIFR2A")])
        br = digits(5); acc = digits(11)
        key = 97 - ((89*int(bank) + 15*int(br) + 3*int(acc)) % 97)
        return dict(method="sepa", iban=iban("FR", f"{bank}{br}{acc}{key:02d}"), bic=bic, currency="EUR")
    if cc == "ES":
        bank, bic = R.choice([("2100","CAIXESBBXXX"),("0049","BSCHESMMXXX"),("0182","BBVAESMMXXX")])
        br = digits(4); acc = digits(10)
        dc = f"{_es_dc('00'+bank+br)}{_es_dc(acc)}"
        return dict(method="sepa", iban=iban("ES", bank + br + dc + acc), bic=bic, currency="EUR")
    if cc == "NL":
        bank, bic = R.choice([("INGB","INGBNL2A"),("RABO","RABONL2U"),("ABNA","ABNANL2A")])
        while True:
            d9 = digits(9, True)
            s = sum(int(c)*w for c, w in zip(d9, range(10, 1, -1)))
            last = (-s) % 11
            if last < 10:
                break
        return dict(method="sepa", iban=iban("NL", bank + d9 + str(last)), bic=bic, currency="EUR")
    if cc == "IT":
        abi, bic = R.choice([("03069","BCITITMM"),("02008","UNCRITM1"),("05034","BAPPIT21")])
        cab = digits(5); acc = "0000" + digits(8)
        b = abi + cab + acc
        return dict(method="sepa", iban=iban("IT", _it_cin(b) + b), bic=bic, currency="EUR")
    if cc == "PL":
        pre, bic = R.choice([("1020","BPKOPLPW"),("1140","BREXPLPW"),("1090","WBKPPLPP")])
        b7 = pre + digits(3)
        chk = (10 - sum(int(c)*w for c, w in zip(b7, [3,9,7,1,3,9,7])) % 10) % 10
        return dict(method="sepa", iban=iban("PL", b7 + str(chk) + digits(16)), bic=bic, currency="PLN")
    if cc == "LT":
        return dict(method="sepa", iban=iban("LT", "32500" + digits(11)), bic="REVOLT21", currency="EUR")
    if cc == "US":
        rt = R.choice(["021000021","026009593","121000248","322271627","071000013","011000138"])
        return dict(method="ach", routing=rt, account=digits(R.choice([10, 11, 12]), True), currency="USD")
    raise ValueError(cc)

# ---------------------------------------------------------------- ips
_used_ips = set()
def make_ip(cc, v6=False):
    nets = IP6[cc] if v6 else IP4[cc]
    while True:
        net = ipaddress.ip_network(R.choice(nets))
        a = ipaddress.ip_address(int(net.network_address) + R.randint(1, net.num_addresses - 2))
        s = a.compressed
        if not v6 and (s.endswith(".0") or s.endswith(".255")):
            continue
        if s not in _used_ips:
            _used_ips.add(s)
            return s

# ---------------------------------------------------------------- people
_used = dict(email=set(), username=set(), name=set(), phone=set())

ADJ = ["wild","misty","golden","salty","quiet","urban","atlantic","northern","lost","slow","faded","hidden"]
NOUN = ["lens","frames","light","shutter","coast","tides","streets","pixels","grain","horizons","roads"]

def make_username(first, last, dob):
    f, l = slug(first), slug(last)
    for _ in range(100):
        k = R.random()
        if k < 0.22: u = f"{f}.{l}"
        elif k < 0.38: u = f"{f}_{l}"
        elif k < 0.50: u = f"{f}{l}{R.randint(1,99)}"
        elif k < 0.60: u = f"{f}{R.choice(['shoots','snaps','clicks','photo','lens'])}"
        elif k < 0.70: u = f"{f}.{l}.photo"
        elif k < 0.78: u = f"{l}_{R.choice(['visuals','images','studio','fotografie'])}"
        elif k < 0.88: u = f"{R.choice(ADJ)}{R.choice(NOUN)}{R.randint(1,999)}"
        else: u = f"{f[:1]}{l}_{dob.year % 100:02d}"
        u = u[:30]
        if len(u) >= 6 and u not in _used["username"]:
            _used["username"].add(u)
            return u
    raise RuntimeError

def make_email(first, last, dob, cc, eai=False):
    f, l = slug(first), slug(last)
    if eai:
        f2 = first.lower().replace(" ", ""); l2 = last.lower().replace(" ", "").replace("'", "")
    for _ in range(100):
        dom = R.choice(DOMAINS[cc])
        k = R.random()
        if eai: loc = f"{f2}.{l2}"; dom = R.choice(["posteo.de", "mailbox.org"]) if cc == "DE" else "laposte.net"
        elif k < 0.30: loc = f"{f}.{l}"
        elif k < 0.45: loc = f"{f}{l}{R.randint(1,99)}"
        elif k < 0.55: loc = f"{f[0]}{l}"
        elif k < 0.63: loc = f"{f}_{l}"
        elif k < 0.70: loc = f"{l}.{f}"
        elif k < 0.78: loc = f"{f}{dob.year % 100:02d}"
        elif k < 0.85: loc = f"{f}.{l}{dob.year}"
        elif k < 0.90: loc = f"{f}.{l}+lumora"
        elif k < 0.95:
            loc = R.choice(["hello", "studio", "info", "contact"]); dom = f"{f}{l}{R.choice(['photo','photography','studio'])}"
            dom = dom + R.choice([".com", ".ie" if cc == "IE" else ".eu", ".co"])
        else: loc = f"{f}.{l}"; dom = "protonmail.com"
        e = f"{loc}@{dom}"
        if e not in _used["email"]:
            _used["email"].add(e)
            return e
    raise RuntimeError

def pick_country():
    tot = sum(w for _, w in COUNTRY_WEIGHTS)
    x = R.uniform(0, tot)
    for c, w in COUNTRY_WEIGHTS:
        x -= w
        if x <= 0:
            return c
    return "IE"

def make_address(cc):
    city = R.choice(CITIES[cc])
    name, lat, lon = city[0], city[1], city[2]
    st = R.choice(STREETS[cc]); n = R.randint(1, 180)
    if cc == "IE":
        if R.random() < 0.25:
            line1 = f"Apartment {R.randint(1,64)}, {R.choice(IE_BUILDINGS)}"
        else:
            line1 = f"{n} {st}"
        alphabet = "0123456789ACDEFHKNPRTVWXY"
        pc = f"{R.choice(city[3])} {R.choice('ACDEFHKNPRTVWXY')}{''.join(R.choice(alphabet) for _ in range(3))}"
    elif cc == "GB":
        line1 = f"{n} {st}" if R.random() < 0.7 else f"Flat {R.randint(1,9)}, {n} {st}"
        pc = f"{R.choice(city[3])} {R.randint(1,9)}{R.choice('ABDEFGHJLNPQRSTUWXY')}{R.choice('ABDEFGHJLNPQRSTUWXY')}"
    elif cc == "DE":
        line1 = f"{st} {n}" + (R.choice(["a", "b"]) if R.random() < 0.1 else "")
        pc = f"{R.randint(*city[3]):05d}"
    elif cc == "FR":
        line1 = f"{n}{' bis' if R.random() < 0.08 else ''} {st}"
        pc = f"{R.randint(*city[3]):05d}"
    elif cc == "US":
        line1 = f"{R.randint(100, 4999)} {st}" + (f" Apt {R.randint(1,12)}{R.choice('ABCD')}" if R.random() < 0.4 else "")
        pc = f"{R.randint(*city[4]):05d}"
        name = f"{name}, {city[3]}"
    elif cc == "ES":
        line1 = f"{st} {n}, {R.randint(1,8)}º {R.choice('ABCD')}"
        pc = f"{R.randint(*city[3]):05d}"
    elif cc == "NL":
        line1 = f"{st} {n}" + (R.choice(["A", "-2", " hs"]) if R.random() < 0.3 else "")
        pc = f"{R.randint(*city[3])} {R.choice('ABCDEGHJKLMNPRTVWXZ')}{R.choice('ABCDEGHJKLMNPRTVWXZ')}"
    elif cc == "IT":
        line1 = f"{st} {n}"
        pc = f"{R.randint(*city[3]):05d}"
    elif cc == "PL":
        line1 = f"{st} {n}/{R.randint(1,40)}" if R.random() < 0.7 else f"{st} {n}"
        pc = f"{R.choice(city[3])}-{R.randint(1,999):03d}"
    hl = round(lat + R.gauss(0, 0.025), 6); ho = round(lon + R.gauss(0, 0.035), 6)
    return dict(line1=line1, city=name, postcode=pc, home=(hl, ho), city_center=(lat, lon))

def make_person(cc=None, eai=False):
    cc = cc or pick_country()
    pool = NAMES[cc]
    gender = R.choice("fm")
    first = R.choice(pool[gender])
    for _ in range(50):
        ln = R.choice(pool["l"])
        if cc == "PL":
            ln = ln[0] if gender == "m" else ln[1]
        if cc == "ES":
            ln2 = R.choice(pool["l"])
            if ln2 != ln:
                ln = f"{ln} {ln2}"
        full = f"{first} {ln}"
        if full not in _used["name"]:
            break
        first = R.choice(pool[gender])
    _used["name"].add(full)
    dob = rdate(dt.date(1962, 1, 1), dt.date(2005, 12, 31))
    addr = make_address(cc)
    while True:
        ph = make_phone(cc, addr["city"])
        if ph["e164"] not in _used["phone"]:
            _used["phone"].add(ph["e164"]); break
    p = dict(cc=cc, first=first, last=ln, full=full, gender=gender, dob=dob,
             uuid=rand_uuid(), phone=ph)
    p["username"] = make_username(first, ln, dob)
    p["email"] = make_email(first, ln, dob, cc, eai=eai)
    p.update(addr)
    ips = [make_ip(cc)]
    if R.random() < 0.6: ips.append(make_ip(cc))
    if R.random() < 0.25: ips.append(make_ip(cc, v6=True))
    p["ips"] = ips
    p["ua"] = R.sample(UAS[:10], 2)
    return p

STAFF = [("Ciara","Moriarty"),("Declan","Fitzgerald"),("Nóra","Keane"),("Tomás","Heffernan"),
         ("Priya","Raghunathan"),("Mateusz","Górski"),("Aisling","Costello"),("Lorcan","Tierney")]

def make_staff():
    out = []
    for f, l in STAFF:
        out.append(dict(first=f, last=l, full=f"{f} {l}", email=f"{slug(f)}.{slug(l)}@lumora.ie",
                        mod=f"mod.{slug(f)[0]}{slug(l)}", basic=f"{slug(f)[0]}.{slug(l)}",
                        phone=dict(e164=None)))
    return out
