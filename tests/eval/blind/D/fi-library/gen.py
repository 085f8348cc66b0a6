#!/usr/bin/env python3
"""Blind evaluation dump D/fi-library: export of the loan system of a bilingual Finnish city
library (Vaasan kaupunginkirjasto – Vasa stadsbibliotek).  Writes data/ and truth.json.
Seeded, stdlib only."""
import json, os, random, string, hashlib, datetime as dt
from collections import defaultdict

SEED = 358_65100
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "data")
os.makedirs(OUT, exist_ok=True)

PEOPLE = defaultdict(set)
def mark(pid, *cats): PEOPLE[pid].update(cats)
fields = defaultdict(dict)
def F(path, field, cat): fields[path][field] = cat

def digits(n): return "".join(rng.choice(string.digits) for _ in range(n))
def rdate(a, b):
    a, b = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))
def rdt(a, b):
    a, b = dt.datetime.fromisoformat(a), dt.datetime.fromisoformat(b)
    return a + dt.timedelta(seconds=rng.randint(0, int((b - a).total_seconds())))
HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
def hetu(dob, female):
    if dob.year < 2000: sep = "-" if rng.random() < 0.93 else rng.choice("YXWVU")
    else: sep = "A" if rng.random() < 0.9 else rng.choice("BCDEF")
    while True:
        n = rng.randint(2, 899)
        if (n % 2 == 0) == female: break
    base = f"{dob:%d%m}{dob.year % 100:02d}"
    return f"{base}{sep}{n:03d}{HETU_CHARS[int(base + f'{n:03d}') % 31]}"
def hetu_ok(h):
    return HETU_CHARS[int(h[:6] + h[7:10]) % 31] == h[10]
def isbn13(prefix):
    body = prefix + digits(12 - len(prefix))
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)

FI_F = ["Aino", "Eveliina", "Helmi", "Sanna", "Johanna", "Minna", "Päivi", "Riikka", "Tiina", "Anneli", "Marjatta", "Sari", "Hanna", "Emilia", "Venla", "Siiri", "Kerttu", "Aada", "Ilona", "Pirjo"]
FI_M = ["Aleksi", "Juha", "Mikko", "Matti", "Jukka", "Antti", "Timo", "Eero", "Onni", "Väinö", "Eino", "Leevi", "Pekka", "Kari", "Tuomas", "Ville", "Lauri", "Niilo", "Heikki", "Jari"]
FI_S = ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Saarinen", "Salminen",
        "Heinonen", "Niemi", "Hietala", "Kangas", "Rinta-Koski", "Ylikoski", "Mäki-Petäjä", "Peltoniemi", "Kallio", "Ojala", "Tuominen", "Lahti"]
SV_F = ["Johanna", "Emma", "Ebba", "Linnea", "Sofia", "Elin", "Alva", "Ulla", "Gunilla", "Maj-Britt", "Wilma", "Ida"]
SV_M = ["Kristian", "Oskar", "Anton", "Henrik", "Fredrik", "Jonas", "Mattias", "Björn", "Nils", "Elias", "Rasmus", "Bengt"]
SV_S = ["Lindholm", "Karlsson", "Nyman", "Holmström", "Sjöberg", "Björkqvist", "Westerlund", "Grönroos", "Forsman", "Ahlskog", "Backman", "Östman", "Nylund", "Snickars"]
STREETS_FI = [("Hovioikeudenpuistikko", "65100"), ("Kauppapuistikko", "65100"), ("Vaasanpuistikko", "65100"), ("Rantakatu", "65100"), ("Koulukatu", "65100"),
              ("Pitkäkatu", "65100"), ("Hietasaarentie", "65170"), ("Gerbynmäentie", "65230"), ("Ristinummentie", "65300"), ("Palosaarentie", "65200"),
              ("Ahventie", "65320"), ("Onkilahdentie", "65100"), ("Teollisuuskatu", "65350"), ("Sundomintie", "65410"), ("Kirkkotie", "66500"), ("Huutoniementie", "65320")]
STREETS_SV = [("Hovrättsesplanaden", "65100"), ("Handelsesplanaden", "65100"), ("Vasaesplanaden", "65100"), ("Strandgatan", "65100"), ("Skolhusgatan", "65100"),
              ("Långgatan", "65100"), ("Sandögatan", "65170"), ("Sundomvägen", "65410"), ("Brändövägen", "65200")]
CITY = {"65410": ("Vaasa", "Vasa"), "66500": ("Vähäkyrö", "Lillkyro")}
BRANCHES = [("Pääkirjasto", "Huvudbiblioteket", "Kirjastonkatu 13", "65100"), ("Variskan kirjasto", "Variska bibliotek", "Variskankatu 4", "65320"),
            ("Huutoniemen kirjasto", "Huutoniemi bibliotek", "Huutoniementie 8", "65320"), ("Sundomin kirjasto", "Sundom bibliotek", "Sundomintie 1090", "65410"),
            ("Vähänkyrön kirjasto", "Lillkyro bibliotek", "Kirkkotie 38", "66500"), ("Kirjastoauto", "Bokbussen", "–", "65100")]

def phone():
    p = rng.choice(["040", "044", "045", "050", "041", "046"]) + digits(7)
    return rng.choice([f"{p[:3]} {p[3:6]} {p[6:]}", f"{p[:3]} {p[3:]}", f"{p[:3]}-{p[3:]}", f"+358 {p[1:3]} {p[3:6]} {p[6:]}", p])

# ---------------------------------------------------------------- catalogue (control)
BOOKS = [("Tuntematon sotilas", "Linna, Väinö", 1954, "WSOY", "fin", "84.2"), ("Seitsemän veljestä", "Kivi, Aleksis", 1870, "SKS", "fin", "84.2"),
         ("Muumipappa ja meri", "Jansson, Tove", 1965, "WSOY", "fin", "85.2"), ("Pappan och havet", "Jansson, Tove", 1965, "Schildts & Söderströms", "swe", "85.2"),
         ("Puhdistus", "Oksanen, Sofi", 2008, "WSOY", "fin", "84.2"), ("Sinuhe egyptiläinen", "Waltari, Mika", 1945, "WSOY", "fin", "84.2"),
         ("Kätilö", "Kettu, Katja", 2011, "WSOY", "fin", "84.2"), ("Mielensäpahoittaja", "Kyrö, Tuomas", 2010, "WSOY", "fin", "84.2"),
         ("Neljäntienristeys", "Kinnunen, Tommi", 2014, "WSOY", "fin", "84.2"), ("Tummien perhosten koti", "Lander, Leena", 1991, "WSOY", "fin", "84.2"),
         ("Fröken Ellas sommar", "Westö, Kjell", 2022, "Schildts & Söderströms", "swe", "84.2"), ("Där vi en gång gått", "Westö, Kjell", 2006, "Söderströms", "swe", "84.2"),
         ("Risto Räppääjä ja kauhea makkara", "Parvela, Sinikka", 2018, "WSOY", "fin", "85.2"), ("Ella ja kaverit", "Parvela, Timo", 2019, "Tammi", "fin", "85.2"),
         ("Heinähattu ja Vilttitossu", "Parvela, Sinikka", 2001, "Tammi", "fin", "85.2"), ("Harry Potter ja viisasten kivi", "Rowling, J. K.", 1998, "Tammi", "fin", "84.2"),
         ("Suomen lintuopas", "Svensson, Lars", 2011, "Otava", "fin", "59.19"), ("Vaasan historia 1900-luvulla", "–", 2006, "Vaasan kaupunki", "fin", "92.7"),
         ("Sapiens: Ihmisen lyhyt historia", "Harari, Yuval Noah", 2016, "Bazar", "fin", "90.1"), ("Pohjanmaan ruokaperinne", "–", 2014, "Pohjanmaan Museo", "fin", "38.5"),
         ("Kesäkirja", "Jansson, Tove", 1972, "WSOY", "fin", "84.2"), ("Sommarboken", "Jansson, Tove", 1972, "Schildts", "swe", "84.2"),
         ("Jäniksen vuosi", "Paasilinna, Arto", 1975, "WSOY", "fin", "84.2"), ("Hytti nro 6", "Liksom, Rosa", 2011, "WSOY", "fin", "84.2"),
         ("Maa on syntinen laulu", "Mukka, Timo K.", 1964, "Gummerus", "fin", "84.2"), ("Koiramäen talossa", "Kunnas, Mauri", 1985, "Otava", "fin", "85.2"),
         ("Tatu ja Patu Helsingissä", "Havukainen, Aino", 2005, "Otava", "fin", "85.2"), ("Kalevala", "Lönnrot, Elias", 1849, "SKS", "fin", "81.2")]
catalogue = []
for t, a, y, p, l, k in BOOKS:
    isbn = isbn13("97895" + rng.choice(["1", "2"])) if l == "fin" else isbn13("978951" + rng.choice(["52", "50"]))
    catalogue.append(dict(isbn=isbn, title=t, author=a, year=y if y > 1990 else rng.randint(2000, 2022), orig=y, publisher=p, lang=l, ykl=k, copies=rng.randint(2, 18),
                          kind="Kirja" if rng.random() < 0.85 else rng.choice(["Äänikirja", "E-kirja"])))
with open(os.path.join(OUT, "luettelo.csv"), "w", encoding="utf-8", newline="") as f:
    f.write("ISBN;Nimeke;Tekijä;Painovuosi;Alkuperäinen julkaisuvuosi;Kustantaja;Kieli;YKL-luokka;Kappaleita;Aineistolaji\n")
    for b in catalogue:
        f.write(";".join(str(x) for x in [b["isbn"], b["title"], b["author"], b["year"], b["orig"], b["publisher"], b["lang"], b["ykl"], b["copies"], b["kind"]]) + "\n")
with open(os.path.join(OUT, "aukioloajat.csv"), "w", encoding="utf-8", newline="") as f:
    f.write("Toimipiste;Filial;Osoite;Postinumero;Ma;Ti;Ke;To;Pe;La;Su;Omatoimiaika;Puhelin\n")
    for fi, sv, ad, pc in BRANCHES:
        if fi == "Kirjastoauto":
            f.write(f"{fi};{sv};Pysäkkiaikataulun mukaan / enligt hållplatstidtabell;{pc};;;;;;;;;+358 6 325 3{digits(3)}\n"); continue
        f.write(f"{fi};{sv};{ad};{pc};10–20;10–20;10–20;10–20;10–17;{'10–16' if fi == 'Pääkirjasto' else ''};;{'7–22' if fi != 'Pääkirjasto' else ''};+358 6 325 3{digits(3)}\n")

# ---------------------------------------------------------------- patrons
N = 210
patrons = []
today = dt.date(2024, 6, 30)
for i in range(N):
    sv = rng.random() < 0.27
    female = rng.random() < 0.55
    grp = rng.choices(["Aikuinen", "Lapsi", "Eläkeläinen", "Opiskelija"], [50, 20, 18, 12])[0]
    dob = {"Aikuinen": lambda: rdate("1960-01-01", "2005-06-30"), "Lapsi": lambda: rdate("2010-07-01", "2020-06-30"),
           "Eläkeläinen": lambda: rdate("1934-01-01", "1959-12-31"), "Opiskelija": lambda: rdate("1998-01-01", "2006-06-30")}[grp]()
    first = rng.choice((SV_F if female else SV_M) if sv else (FI_F if female else FI_M))
    if rng.random() < 0.6:
        first += " " + rng.choice([x for x in ((SV_F if female else SV_M) if sv else (FI_F if female else FI_M)) if x != first])
    last = rng.choice(SV_S if sv else FI_S)
    st, pc = rng.choice(STREETS_SV if sv else STREETS_FI)
    city = CITY.get(pc, ("Vaasa", "Vasa"))[1 if sv else 0]
    addr = f"{st} {rng.randint(1, 60)}" + rng.choice(["", "", f" A {rng.randint(1, 30)}", f" B {rng.randint(1, 20)}", f" as {rng.randint(1, 12)}"])
    reg = rdate(max(dob + dt.timedelta(days=365 * 4), dt.date(2003, 1, 1)).isoformat(), "2024-06-01") if dob < dt.date(2020, 1, 1) else rdate("2024-01-01", "2024-06-01")
    f0 = first.split()[0].lower()
    for a, b in (("ä", "a"), ("ö", "o"), ("å", "a")): f0 = f0.replace(a, b)
    ln = last.lower()
    for a, b in (("ä", "a"), ("ö", "o"), ("å", "a"), ("-", "")): ln = ln.replace(a, b)
    adult = grp != "Lapsi"
    email = (rng.choice([f"{f0}.{ln}", f"{f0}{ln}", f"{f0[0]}{ln}{rng.randint(1, 99)}"]) + "@" + rng.choice(["gmail.com", "hotmail.com", "outlook.com", "netikka.fi", "kolumbus.fi", "anvianet.fi", "luukku.com"])) \
        if (adult and rng.random() < 0.8) or (not adult and rng.random() < 0.15) else None
    p = dict(pid=f"p{i}", asnro=str(100200 + i * 7 + rng.randint(0, 6)), card="2950100" + digits(7), last=last, first=first, hetu=hetu(dob, female) if rng.random() < 0.92 else "",
             dob=dob, addr=addr, pc=pc, city=city, phone=phone() if (adult or rng.random() < 0.4) and rng.random() < 0.9 else "", email=email or "",
             lang="sv" if sv else "fi", grp=grp, home=rng.choice(BRANCHES[:5])[1 if sv else 0], reg=reg, female=female, sv=sv,
             expiry=(reg + dt.timedelta(days=365 * 5)) if (reg + dt.timedelta(days=365 * 5)) > today else (today + dt.timedelta(days=rng.randint(30, 1700))),
             pin=hashlib.sha1(f"{i}:{rng.randint(1000, 9999)}".encode()).hexdigest(), guardian="", guardian_phone="", guardian_pid=None, note="", note_pid=None,
             status=rng.choices(["Aktiivinen", "Lainauskielto", "Vanhentunut"], [90, 6, 4])[0])
    p["notify"] = "Sähköposti" if p["email"] else ("SMS" if p["phone"] else "Kirje")
    if p["notify"] == "Sähköposti" and p["phone"] and rng.random() < 0.3: p["notify"] = "SMS"
    patrons.append(p)
# guardians for children: a patron adult with same surname if possible, else an outside person
adults = [p for p in patrons if p["grp"] in ("Aikuinen",) and p["dob"] < dt.date(1995, 1, 1)]
ext_g = 0
for p in patrons:
    if p["grp"] != "Lapsi": continue
    same = [a for a in adults if a["last"] == p["last"]]
    if same and rng.random() < 0.8:
        g = rng.choice(same)
        p["guardian"] = f"{g['last']} {g['first'].split()[0]}"; p["guardian_phone"] = g["phone"] or phone(); p["guardian_pid"] = g["pid"]
        if not g["phone"]: p["gp_new"] = True
        p["addr"], p["pc"], p["city"] = g["addr"], g["pc"], g["city"]
    else:
        ext_g += 1
        gf = rng.random() < 0.6
        gfirst = rng.choice((SV_F if gf else SV_M) if p["sv"] else (FI_F if gf else FI_M))
        p["guardian"] = f"{p['last']} {gfirst}"; p["guardian_phone"] = phone(); p["guardian_pid"] = f"gx{ext_g}"
# free-text notes
note_pids = 0
for p in rng.sample(patrons, 26):
    r = rng.random()
    if r < 0.3 and p["grp"] == "Eläkeläinen":
        note_pids += 1
        cf = rng.choice(FI_F + FI_M) if not p["sv"] else rng.choice(SV_F + SV_M)
        p["note"] = f"Kotipalveluasiakas. Yhteyshenkilö: {cf} {p['last']} {phone()}"
        p["note_pid"] = f"nc{note_pids}"
    elif r < 0.5:
        p["note"] = f"Puhelinnumero vaihtunut {rdate('2023-01-01', '2024-06-01'):%d.%m.%Y}, uusi {phone()}"
        p["note_self_phone"] = True
    else:
        p["note"] = rng.choice(["Kadonnut kortti korvattu", "Laskutus perintään 2023", "Lainauskielto: maksamattomat maksut 12,00 €", "Saavutettavuus: isokirjaimiset",
                                "Kirjastoauto-asiakas", "Palvelukieli ruotsi / betjäningsspråk svenska"])

# ---------------------------------------------------------------- loans and holds
loans, holds = [], []
lid = 5_000_000
for p in patrons:
    if p["status"] == "Vanhentunut" and rng.random() < 0.7: continue
    n = rng.choices([0, 2, 5, 10, 20, 35], [10, 20, 25, 22, 15, 8])[0]
    for _ in range(n):
        lid += rng.randint(1, 40)
        b = rng.choice([b for b in catalogue if (b["ykl"] == "85.2") == (p["grp"] == "Lapsi")] or catalogue)
        t = rdt("2023-09-01T10:00:00", "2024-06-29T19:30:00")
        if t.date() < p["reg"]: t = dt.datetime.combine(p["reg"], dt.time(12, 0)) + dt.timedelta(days=rng.randint(0, 60), minutes=rng.randint(0, 400))
        due = t.date() + dt.timedelta(days=28)
        ren = rng.choices([0, 1, 2, 3], [60, 20, 12, 8])[0]
        due += dt.timedelta(days=28 * ren)
        ret = None
        if due < today or rng.random() < 0.5:
            ret = dt.datetime.combine(due - dt.timedelta(days=rng.randint(-12, 27)), dt.time(rng.randint(9, 19), rng.randint(0, 59), rng.randint(0, 59)))
            if ret.date() > today: ret = None
            if ret and ret < t: ret = t + dt.timedelta(days=rng.randint(1, 10))
        late = 0.0
        if ret and ret.date() > due and p["grp"] in ("Aikuinen", "Opiskelija"):
            late = min(6.0, 0.2 * (ret.date() - due).days)
        loans.append(dict(id=lid, p=p, item="13" + digits(9), isbn=b["isbn"], title=b["title"], t=t, due=due, ret=ret, where=rng.choice([p["home"], "Pääkirjasto", "Omatoimilainaus"]),
                          ren=ren, late=late))
    if rng.random() < 0.35 and p["status"] == "Aktiivinen":
        for _ in range(rng.randint(1, 3)):
            b = rng.choice(catalogue)
            t = rdt("2024-04-01T08:00:00", "2024-06-29T22:00:00")
            ntype = p["notify"]
            addr = p["email"] if ntype == "Sähköposti" else (p["phone"] or p["guardian_phone"] if ntype == "SMS" else "")
            st = rng.choice(["Odottaa", "Noudettavissa", "Noudettu"])
            holds.append(dict(id=f"V{rng.randint(1000000, 9999999)}", p=p, isbn=b["isbn"], title=b["title"], t=t, pickup=p["home"], ntype=ntype, naddr=addr,
                              deadline=(t + dt.timedelta(days=rng.randint(7, 30))).date() if st != "Odottaa" else None, st=st))

# ---------------------------------------------------------------- write patrons CSV
def cq(v):
    v = str(v)
    return '"' + v.replace('"', '""') + '"' if (";" in v or '"' in v or "\n" in v) else v
PAT = "asiakkaat.csv"
HDR = ["Asiakasnumero", "Kortin numero", "Sukunimi", "Etunimet", "Henkilötunnus", "Syntymäaika", "Lähiosoite", "Postinumero", "Postitoimipaikka", "Puhelin",
       "Sähköposti", "Asiointikieli", "Asiakasryhmä", "Kotikirjasto", "Ilmoitustapa", "Rekisteröity", "Kortin voimassaolo", "PIN-tiiviste", "Tila",
       "Huoltaja", "Huoltajan puhelin", "Huomautukset"]
with open(os.path.join(OUT, PAT), "w", encoding="utf-8", newline="") as f:
    f.write(";".join(HDR) + "\r\n")
    for p in patrons:
        row = [p["asnro"], p["card"], p["last"], p["first"], p["hetu"], p["dob"].strftime("%-d.%-m.%Y"), p["addr"], p["pc"], p["city"], p["phone"], p["email"],
               p["lang"], p["grp"], p["home"], p["notify"], p["reg"].strftime("%-d.%-m.%Y"), p["expiry"].strftime("%-d.%-m.%Y"), p["pin"], p["status"],
               p["guardian"], p["guardian_phone"], p["note"]]
        f.write(";".join(cq(x) for x in row) + "\r\n")
for h, c in [("Sukunimi", "name"), ("Etunimet", "name"), ("Henkilötunnus", "government_id"), ("Syntymäaika", "date_of_birth"), ("Lähiosoite", "location"),
             ("Postinumero", "location"), ("Postitoimipaikka", "location"), ("Puhelin", "phone"), ("Sähköposti", "email"), ("Asiakasryhmä", "account_type"),
             ("Rekisteröity", "activity"), ("PIN-tiiviste", "password"), ("Tila", "account_type"), ("Huoltaja", "name"), ("Huoltajan puhelin", "phone"),
             ("Huomautukset", ["name", "phone"])]:
    F(PAT, h, c)
for p in patrons:
    mark(p["pid"], "name", "date_of_birth", "location", "account_type", "activity", "password")
    if p["hetu"]: mark(p["pid"], "government_id")
    if p["phone"] or p.get("note_self_phone"): mark(p["pid"], "phone")
    if p["email"]: mark(p["pid"], "email")
    if p["guardian_pid"]: mark(p["guardian_pid"], "name", "phone")
    if p["note_pid"]: mark(p["note_pid"], "name", "phone")

LOA = "lainat.csv"
with open(os.path.join(OUT, LOA), "w", encoding="utf-8", newline="") as f:
    f.write("Lainaus-ID;Asiakasnumero;Nidetunnus;ISBN;Nimeke;Lainattu;Eräpäivä;Palautettu;Lainauspiste;Uusintoja;Myöhästymismaksu (€)\r\n")
    for l in sorted(loans, key=lambda x: x["t"]):
        f.write(";".join(cq(x) for x in [l["id"], l["p"]["asnro"], l["item"], l["isbn"], l["title"], l["t"].strftime("%-d.%-m.%Y %H:%M"), l["due"].strftime("%-d.%-m.%Y"),
                                          l["ret"].strftime("%-d.%-m.%Y %H:%M") if l["ret"] else "", l["where"], l["ren"], f"{l['late']:.2f}".replace(".", ",")]) + "\r\n")
        mark(l["p"]["pid"], "activity")
F(LOA, "Lainattu", "activity"); F(LOA, "Palautettu", "activity")

HOL = "varaukset.csv"
naddr_cats = set()
with open(os.path.join(OUT, HOL), "w", encoding="utf-8", newline="") as f:
    f.write("Varaus-ID;Asiakasnumero;ISBN;Nimeke;Varattu;Noutopaikka;Ilmoitustapa;Ilmoitusosoite;Nouto viimeistään;Tila\r\n")
    for h in sorted(holds, key=lambda x: x["t"]):
        f.write(";".join(cq(x) for x in [h["id"], h["p"]["asnro"], h["isbn"], h["title"], h["t"].strftime("%-d.%-m.%Y %H:%M"), h["pickup"], h["ntype"], h["naddr"],
                                          h["deadline"].strftime("%-d.%-m.%Y") if h["deadline"] else "", h["st"]]) + "\r\n")
        mark(h["p"]["pid"], "activity")
        if h["naddr"]:
            if "@" in h["naddr"]:
                naddr_cats.add("email"); mark(h["p"]["pid"], "email")
            else:
                naddr_cats.add("phone")
                if h["naddr"] == h["p"]["phone"]: mark(h["p"]["pid"], "phone")
                else: mark(h["p"]["guardian_pid"], "phone")
F(HOL, "Varattu", "activity"); F(HOL, "Ilmoitusosoite", sorted(naddr_cats))

# ---------------------------------------------------------------- INI config
rs = lambda n: "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(n))
INI = "kirjasto.ini"
ini = f"""; Vaasan kaupunginkirjasto / Vasa stadsbibliotek
; Lainausjärjestelmän asetukset – tuotanto (päivitetty 2024-06-12)

[general]
library_name = Vaasan kaupunginkirjasto
library_name_sv = Vasa stadsbibliotek
default_language = fi
loan_period_days = 28
max_renewals = 3
fine_per_day = 0.20
fine_max = 6.00

[database]
driver = postgresql
host = 10.12.0.21
port = 5432
name = kirjasto
user = lainaus_app
password = {rs(20)}

[sip2]
; itsepalveluautomaatit / självbetjäningsautomater
listen = 0.0.0.0:6001
login_user = sipkiosk
login_password = {rs(12)}

[finna]
api_url = https://api.finna.fi/v1/
api_key = {rs(32)}

[sms]
provider = Labyrintti
sender = VaasaKirj
username = vaasa_kirjasto
password = {rs(14)}

[smtp]
host = smtp.vaasa.fi
port = 587
from = kirjasto@vaasa.fi

[admin]
contact = Katariina Ylikoski
contact_email = katariina.ylikoski@vaasa.fi
contact_phone = 040 635 2271
"""
with open(os.path.join(OUT, INI), "w", encoding="utf-8") as f:
    f.write(ini)
for k in ["database.password", "sip2.login_password", "finna.api_key", "sms.password"]:
    F(INI, k, "secret")
F(INI, "admin.contact", "name"); F(INI, "admin.contact_email", "email"); F(INI, "admin.contact_phone", "phone")
mark("staff_admin", "name", "email", "phone")

# ---------------------------------------------------------------- truth
people = {p: c for p, c in PEOPLE.items() if c}
by_cat = defaultdict(int)
for cats in people.values():
    for c in cats: by_cat[c] += 1
truth = {
    "brief": "Export of the loan system of Vaasan kaupunginkirjasto – Vasa stadsbibliotek, a bilingual Finnish city library: ';'-separated UTF-8 CSVs of "
             "patrons (Finnish and Finland-Swedish names, henkilötunnus with check character, addresses, phones, e-mails, hashed PINs, guardians of child "
             "patrons, free-text notes), loans and holds (linked by Asiakasnumero), the system's INI configuration, and two controls: the book catalogue "
             "and the branches' opening hours. Languages: Finnish and Swedish.",
    "people": len(people),
    "people_by_category": dict(sorted(by_cat.items())),
    "fields": {k: dict(v) for k, v in fields.items()},
    "text": {},
    "controls": ["luettelo.csv", "aukioloajat.csv"],
    "ambiguous": {PAT: ["Kortin numero"], LOA: ["Eräpäivä"]},
    "lookalikes": {
        PAT: {"Asiakasnumero": "patron numbers", "Kortin numero": "14-digit library card barcodes (also the online-library login id, hence ambiguous)",
              "Kortin voimassaolo": "card expiry dates", "Kotikirjasto": "branch names", "Asiointikieli": "fi/sv", "Ilmoitustapa": "notification channel"},
        LOA: {"Nidetunnus": "11-digit item barcodes", "ISBN": "ISBN-13 (EAN-13 check digit)", "Nimeke": "book titles", "Lainauspiste": "branch / self-service",
              "Myöhästymismaksu (€)": "fines"},
        HOL: {"Varaus-ID": "hold ids", "Nouto viimeistään": "pickup deadlines"},
        "luettelo.csv": {"Tekijä": "authors of published books (public catalogue data)", "ISBN": "ISBN-13"},
        "aukioloajat.csv": {"Puhelin": "branch switchboard numbers", "Osoite": "branch addresses"},
        INI: {"database.host": "server IP", "sip2.login_user": "kiosk service account", "sms.username": "service account", "smtp.from": "library mailbox"},
    },
    "notes": f"Persons: {N} patrons, {ext_g} guardians of child patrons who are not patrons themselves (name + phone in Huoltaja columns; guardians who are "
             f"patrons are counted once), {note_pids} home-service contact persons named in Huomautukset (with phone), and the system administrator in "
             f"the INI [admin] section. Huomautukset also holds patrons' own new phone numbers. Ilmoitusosoite in holds is the e-mail or phone the hold "
             f"notice goes to (patron's own, or the guardian's for children). Some patrons have no henkilötunnus (left empty). For the INI file, field "
             f"names are section.key. INI secrets belong to no person. Child patrons share the guardian's address.",
}
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=2)
assert all(hetu_ok(p["hetu"]) for p in patrons if p["hetu"])
for fn in os.listdir(OUT):
    assert os.path.getsize(os.path.join(OUT, fn)) < 2_000_000, fn
print("people", len(people), dict(by_cat), "loans", len(loans), "holds", len(holds))
