#!/usr/bin/env python3
"""Blind evaluation dump D/ch-insurer: export of ClaimSys, the claims-processing vendor of a
Swiss health insurer ("SanaAlp Krankenversicherung AG").  Writes data/ and truth.json.
Seeded; standard library + openpyxl."""
import json, os, random, string, hashlib, io, tarfile, datetime as dt
from collections import defaultdict
import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment

SEED = 756_2024
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "data")
os.makedirs(OUT, exist_ok=True)

PEOPLE = defaultdict(set)
def mark(pid, *cats): PEOPLE[pid].update(cats)
fields = defaultdict(dict)
def F(path, field, cat): fields[path][field] = cat

def digits(n): return "".join(rng.choice(string.digits) for _ in range(n))
def ean_check(body):
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    return str((10 - s % 10) % 10)
def ahv():
    body = "756" + digits(9)
    n = body + ean_check(body)
    return f"{n[:3]}.{n[3:7]}.{n[7:11]}.{n[11:]}"
def ahv_ok(s):
    d = s.replace(".", "")
    return len(d) == 13 and d.startswith("756") and ean_check(d[:12]) == d[12]
def gln():
    body = "7601" + rng.choice(["000", "001", "002", "003"]) + digits(5)
    return body + ean_check(body)
def luhn_digit(partial):
    tot = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return str((10 - tot % 10) % 10)
def iban(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return f"{cc}{98 - int(num) % 97:02d}{bban}"
def iban_ok(s):
    s = s.replace(" ", "")
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1
def fmt_iban(s): return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
QRT = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]
def qr_ref(body26):
    c = 0
    for ch in body26: c = QRT[(c + int(ch)) % 10]
    r = body26 + str((10 - c) % 10)
    return r[:2] + " " + " ".join(r[i:i + 5] for i in range(2, 27, 5))
def rdate(a, b):
    a, b = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))

# ----------------------------------------------------------------- pools
REG = {
    "de": dict(m=["Lukas", "Reto", "Beat", "Marco", "Stefan", "Urs", "Daniel", "Simon", "Thomas", "Matthias", "Noah", "Luca", "Leon", "Elias"],
               f=["Sandra", "Nicole", "Barbara", "Corinne", "Andrea", "Ursula", "Petra", "Laura", "Mia", "Lea", "Anna", "Sara", "Emma", "Lina"],
               s=["Müller", "Meier", "Schmid", "Keller", "Weber", "Huber", "Schneider", "Steiner", "Brunner", "Baumann", "Gerber", "Frei", "Zimmermann",
                  "Moser", "Widmer", "Wyss", "Graf", "Roth", "Bühler", "Lüthi", "Hofstetter", "Ammann"],
               places=[("8004", "Zürich", "ZH", "ZH1", "044"), ("8400", "Winterthur", "ZH", "ZH2", "052"), ("3011", "Bern", "BE", "BE1", "031"),
                       ("4051", "Basel", "BS", "BS1", "061"), ("6003", "Luzern", "LU", "LU1", "041"), ("9000", "St. Gallen", "SG", "SG1", "071"),
                       ("5000", "Aarau", "AG", "AG0", "062"), ("8610", "Uster", "ZH", "ZH2", "044")],
               streets=["Bahnhofstrasse", "Seestrasse", "Hauptstrasse", "Dorfstrasse", "Kirchweg", "Zürcherstrasse", "Badenerstrasse", "Bernstrasse",
                        "Gartenstrasse", "Sonnenbergstrasse", "Rosenweg", "Langstrasse"], sfmt="{st} {no}"),
    "fr": dict(m=["Julien", "Nicolas", "Olivier", "Sébastien", "Laurent", "Pierre-Alain", "Yves", "Gabriel", "Louis", "Nathan"],
               f=["Sophie", "Isabelle", "Nathalie", "Céline", "Valérie", "Chantal", "Léa", "Chloé", "Zoé", "Camille"],
               s=["Favre", "Rochat", "Perrin", "Bonvin", "Jaquet", "Morand", "Cuendet", "Blanc", "Dubois", "Pittet", "Monnier", "Chappuis", "Berset", "Gay"],
               places=[("1003", "Lausanne", "VD", "VD1", "021"), ("1205", "Genève", "GE", "GE0", "022"), ("2000", "Neuchâtel", "NE", "NE1", "032"),
                       ("1700", "Fribourg", "FR", "FR1", "026"), ("1950", "Sion", "VS", "VS1", "027"), ("1400", "Yverdon-les-Bains", "VD", "VD2", "024")],
               streets=["Rue de Lausanne", "Avenue de la Gare", "Chemin des Vignes", "Rue du Simplon", "Route de Berne", "Rue de la Servette", "Avenue d'Ouchy",
                        "Rue des Alpes", "Chemin du Levant"], sfmt="{st} {no}"),
    "it": dict(m=["Marco", "Luca", "Matteo", "Alessandro", "Giorgio", "Fabio", "Davide", "Tommaso"],
               f=["Giulia", "Francesca", "Chiara", "Elena", "Martina", "Paola", "Sofia", "Alice"],
               s=["Bernasconi", "Rossi", "Ferrari", "Pedrazzini", "Galli", "Bianchi", "Lepori", "Molinari", "Cattaneo", "Ghiggia", "Fontana", "Respini"],
               places=[("6900", "Lugano", "TI", "TI1", "091"), ("6500", "Bellinzona", "TI", "TI2", "091"), ("6600", "Locarno", "TI", "TI1", "091"),
                       ("6850", "Mendrisio", "TI", "TI2", "091")],
               streets=["Via Nassa", "Via Cantonale", "Via San Gottardo", "Viale Stazione", "Via Lugano", "Via Motta", "Via Borghetto"], sfmt="{st} {no}"),
}
MODELLE = ["Standard", "Hausarzt", "HMO", "Telmed", "Telmed"]
FRANCH_ADULT = [300, 500, 1000, 1500, 2000, 2500]
ZUSATZ = ["", "", "TOP", "TOP, HOSPITAL Allgemein", "HOSPITAL halbprivat", "COMPLETA", "TOP, DENTA"]

def mobile():
    return f"{rng.choice(['076', '077', '078', '079'])} {rng.randint(200, 999)} {digits(2)} {digits(2)}"
def fmt_phone(p):
    if rng.random() < 0.3:
        return "+41 " + p[1:]
    return p

# ----------------------------------------------------------------- policies and insured persons
persons = []
policies = []
pnr = 4101200
for pol in range(56):
    lang = rng.choices(["de", "fr", "it"], [60, 28, 12])[0]
    R = REG[lang]
    plz, ort, kt, region, area = rng.choice(R["places"])
    street = R["sfmt"].format(st=rng.choice(R["streets"]), no=rng.randint(1, 140))
    surname = rng.choice(R["s"])
    police = f"P-{rng.randint(1000000, 9999999)}"
    ptype = rng.choices(["single", "couple", "family", "single_parent"], [35, 20, 35, 10])[0]
    members = []
    adults = 2 if ptype in ("couple", "family") else 1
    for a in range(adults):
        female = (a == 1) if adults == 2 else rng.random() < 0.5
        dob = rdate("1948-01-01", "1999-12-31") if a == 0 else None
        if a == 1: dob = members[0]["dob"] + dt.timedelta(days=rng.randint(-2500, 2500))
        sn = surname if (a == 0 or rng.random() < 0.7) else rng.choice(R["s"])
        members.append(dict(first=rng.choice(R["f"] if female else R["m"]), last=sn, female=female, dob=dob, rel="PN" if a == 0 else "Ehepartner/in"))
    if ptype in ("family", "single_parent"):
        base = members[0]["dob"]
        for c in range(rng.randint(1, 3)):
            female = rng.random() < 0.5
            dob = rdate(max(base + dt.timedelta(days=365 * 24), dt.date(2001, 1, 1)).isoformat(), "2023-11-30")
            members.append(dict(first=rng.choice(R["f"] if female else R["m"]), last=members[0]["last"], female=female, dob=dob, rel="Kind"))
    land = f"0{area[1:]} {rng.randint(200, 999)} {digits(2)} {digits(2)}" if rng.random() < 0.45 else None
    ibanv = None
    if rng.random() < 0.85:
        bank = rng.choice(["00700", "00235", "09000", "00762", "80808", "30000", "00767"])
        ibanv = iban("CH", bank + digits(12))
    pol_rec = dict(police=police, lang=lang, members=[], iban=ibanv)
    for m in members:
        pnr += rng.randint(1, 40)
        age = (dt.date(2024, 6, 30) - m["dob"]).days // 365
        adult = age >= 18
        fn, ln = m["first"].lower(), m["last"].lower()
        for a, b in (("ü", "ue"), ("ä", "ae"), ("ö", "oe"), ("é", "e"), ("è", "e"), ("ç", "c"), (" ", ""), ("'", "")):
            fn, ln = fn.replace(a, b), ln.replace(a, b)
        email = (rng.choice([f"{fn}.{ln}", f"{fn[0]}.{ln}", f"{fn}{ln}{rng.randint(1, 99)}", f"{ln}.{fn}"]) + "@" +
                 rng.choice(["bluewin.ch", "gmail.com", "sunrise.ch", "hispeed.ch", "gmx.ch", "protonmail.ch", "outlook.com"])) if adult and rng.random() < 0.85 else None
        body = "80756" + "01560" + digits(9)
        p = dict(pid=f"p{pnr}", partner=str(pnr), police=police, rel=m["rel"], last=m["last"], first=m["first"], sex="W" if m["female"] else "M",
                 dob=m["dob"], lang=lang, ahv=ahv(), card=body + luhn_digit(body), street=street, plz=plz, ort=ort, kt=kt, region=region,
                 tel=fmt_phone(land) if land and m["rel"] == "PN" else None, mobile=fmt_phone(mobile()) if age >= 14 and rng.random() < 0.9 else None,
                 email=email, modell=rng.choice(MODELLE) if m["rel"] != "Kind" or rng.random() < 0.5 else "Standard",
                 franchise=rng.choice(FRANCH_ADULT) if adult else rng.choice([0, 0, 100, 400]),
                 unfall="ohne" if adult and rng.random() < 0.6 else "mit", zusatz=rng.choice(ZUSATZ),
                 beginn=max(m["dob"], rdate("2008-01-01", "2024-01-01")).replace(day=1),
                 status=rng.choices(["aktiv", "gekündigt per 31.12.2024", "sistiert (Militärdienst)"], [92, 7, 1])[0] if adult else "aktiv",
                 iban=ibanv if m["rel"] == "PN" else None, holder_pid=None)
        if p["beginn"] < p["dob"]: p["beginn"] = p["dob"]
        age_band = 0 if age < 19 else (1 if age < 26 else 2)
        p["praemie"] = round([105.6, 355.2, 478.9][age_band] * rng.uniform(0.8, 1.25) - p["franchise"] * 0.03, 2)
        persons.append(p); pol_rec["members"].append(p)
    holder = pol_rec["members"][0]
    for p in pol_rec["members"]: p["holder"] = holder
    policies.append(pol_rec)

# ----------------------------------------------------------------- XLSX register
X = "Versichertenbestand_2024-06.xlsx"
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Bestand"
ws["A1"] = "SanaAlp Krankenversicherung AG – Versichertenbestand OKP / VVG"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Stichtag: 30.06.2024 · Export ClaimSys 5.2 · VERTRAULICH – nur für internen Gebrauch"
ws["A2"].font = Font(italic=True, size=9)
HEAD = ["Partner-Nr", "Police-Nr", "Beziehung", "Name", "Vorname", "Geschlecht", "Geburtsdatum", "Sprache", "AHV-Nr.", "Versichertenkarte-Nr.",
        "Strasse", "PLZ", "Ort", "Kanton", "Telefon", "Mobile", "E-Mail", "Modell", "Franchise CHF", "Unfalldeckung", "Zusatzversicherung",
        "Versicherungsbeginn", "Prämie CHF/Mt.", "Prämienregion", "IBAN Rückerstattung", "Status"]
ws.append([]); ws.append(HEAD)
for c in ws[4]:
    c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="1F4E78"); c.alignment = Alignment(wrap_text=True)
for p in persons:
    ws.append([int(p["partner"]), p["police"], p["rel"], p["last"], p["first"], p["sex"], p["dob"], p["lang"].upper(), p["ahv"], p["card"],
               p["street"], int(p["plz"]), p["ort"], p["kt"], p["tel"], p["mobile"], p["email"], p["modell"], p["franchise"], p["unfall"], p["zusatz"] or None,
               p["beginn"], p["praemie"], p["region"], fmt_iban(p["iban"]) if p["iban"] else None, p["status"]])
for row in ws.iter_rows(min_row=5, min_col=7, max_col=7):
    for c in row: c.number_format = "DD.MM.YYYY"
for row in ws.iter_rows(min_row=5, min_col=22, max_col=22):
    for c in row: c.number_format = "DD.MM.YYYY"
ws.freeze_panes = "A5"
widths = [11, 11, 13, 14, 12, 6, 12, 7, 17, 22, 24, 6, 16, 7, 15, 15, 30, 10, 9, 9, 24, 12, 9, 9, 28, 24]
for i, w in enumerate(widths):
    ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = w
lg = wb.create_sheet("Legende")
for r in [["Feld", "Wert", "Bedeutung"], ["Beziehung", "PN", "Policenehmer/in"], ["Beziehung", "Ehepartner/in", "mitversicherte/r Ehepartner/in"],
          ["Beziehung", "Kind", "mitversichertes Kind"], ["Modell", "Standard", "freie Arztwahl"], ["Modell", "Hausarzt", "Hausarztmodell"],
          ["Modell", "HMO", "Gesundheitszentrum"], ["Modell", "Telmed", "telefonische Erstberatung 0800 30 30 30"], ["Unfalldeckung", "ohne", "über UVG des Arbeitgebers gedeckt"],
          ["Prämienregion", "ZH1", "Stadt Zürich"], ["Prämienregion", "GE0", "Canton de Genève"], ["Prämienregion", "TI1", "Lugano, Locarno"]]:
    lg.append(r)
wb.properties.creator = "ClaimSys Export"
wb.properties.created = dt.datetime(2024, 7, 1, 2, 31, 0)
wb.save(os.path.join(OUT, X))
# make the XLSX byte-for-byte reproducible: fixed zip timestamps and fixed core.xml dates
import zipfile, re as _re
_src = os.path.join(OUT, X)
with zipfile.ZipFile(_src) as zin:
    _items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
with zipfile.ZipFile(_src, "w", zipfile.ZIP_DEFLATED) as zout:
    for _name, _data in _items:
        if _name == "docProps/core.xml":
            _data = _re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>", rb"<dcterms:modified\1>2024-07-01T02:31:00Z</dcterms:modified>", _data)
        _zi = zipfile.ZipInfo(_name, date_time=(2024, 7, 1, 2, 31, 0))
        _zi.compress_type = zipfile.ZIP_DEFLATED
        zout.writestr(_zi, _data)
for h, c in [("Name", "name"), ("Vorname", "name"), ("Geburtsdatum", "date_of_birth"), ("AHV-Nr.", "government_id"), ("Versichertenkarte-Nr.", "government_id"),
             ("Strasse", "location"), ("PLZ", "location"), ("Ort", "location"), ("Kanton", "location"), ("Telefon", "phone"), ("Mobile", "phone"),
             ("E-Mail", "email"), ("Modell", "account_type"), ("Status", "account_type"), ("IBAN Rückerstattung", "bank_account")]:
    F(X, h, c)
for p in persons:
    mark(p["pid"], "name", "date_of_birth", "government_id", "location", "account_type")
    if p["tel"] or p["mobile"]: mark(p["pid"], "phone")
    if p["email"]: mark(p["pid"], "email")
    if p["iban"]: mark(p["pid"], "bank_account")

# ----------------------------------------------------------------- claims (tar.gz of three CSVs)
PROV = {"de": [("Universitätsspital Zürich", "Spital ambulant"), ("Apotheke am Bahnhof Bern", "Apotheke"), ("Physio Seefeld GmbH", "Physiotherapie"),
               ("Medbase Winterthur", "Arzt ambulant"), ("Praxis am Limmatquai AG", "Arzt ambulant"), ("Kantonsspital Aarau", "Spital stationär"),
               ("TopPharm Apotheke Luzern", "Apotheke"), ("Labor Risch", "Labor"), ("Hirslanden Klinik St. Anna", "Spital stationär")],
        "fr": [("Hôpitaux Universitaires de Genève", "Hôpital ambulatoire"), ("Pharmacie du Flon", "Pharmacie"), ("Permanence Médicale Gare Lausanne", "Médecin ambulatoire"),
               ("CHUV Lausanne", "Hôpital stationnaire"), ("Physio Léman Sàrl", "Physiothérapie"), ("Unilabs Coppet", "Laboratoire"), ("Pharmacie Sun Store Sion", "Pharmacie")],
        "it": [("Ospedale Regionale di Lugano", "Ospedale ambulatoriale"), ("Farmacia Nassa", "Farmacia"), ("Centro Medico Bellinzona", "Medico ambulatoriale"),
               ("Clinica Sant'Anna Sorengo", "Ospedale stazionario"), ("Fisioterapia Locarno SA", "Fisioterapia"), ("Laboratorio Bioanalitica Lugano", "Laboratorio")]}
PROV_GLN = {name: gln() for L in PROV.values() for name, _ in L}
TARIFS = [("TARMED", ["00.0010", "00.0020", "00.0030", "00.0510", "39.0020", "00.1345"]), ("LOA", ["4010", "4020", "4015"]),
          ("Physio", ["7301", "7311"]), ("Analysenliste", ["1371.00", "1245.00", "1009.00"]), ("SwissDRG", ["I68D", "G67B", "O60D"])]
HDR = {"de": ["Beleg-Nr", "Partner-Nr", "Name", "Vorname", "Geburtsdatum", "AHV-Nr", "Behandlungsdatum", "Leistungserbringer", "GLN Leistungserbringer",
              "Tarif", "Tarifziffer", "Leistungsart", "Betrag CHF", "Franchise CHF", "Selbstbehalt CHF", "Vergütung CHF", "Abrechnungsart",
              "IBAN Auszahlung", "QR-Referenz", "Status", "Verarbeitet am"],
       "fr": ["N° pièce", "N° partenaire", "Nom", "Prénom", "Date de naissance", "N° AVS", "Date de traitement", "Fournisseur de prestations", "GLN fournisseur",
              "Tarif", "Position tarifaire", "Type de prestation", "Montant CHF", "Franchise CHF", "Quote-part CHF", "Remboursement CHF", "Mode de facturation",
              "IBAN versement", "Référence QR", "Statut", "Traité le"],
       "it": ["N. documento", "N. partner", "Cognome", "Nome", "Data di nascita", "N. AVS", "Data del trattamento", "Fornitore di prestazioni", "GLN fornitore",
              "Tariffa", "Posizione tariffale", "Tipo di prestazione", "Importo CHF", "Franchigia CHF", "Aliquota CHF", "Rimborso CHF", "Modalità di fatturazione",
              "IBAN pagamento", "Riferimento QR", "Stato", "Elaborato il"]}
BILL = {"de": ("Tiers garant", "Tiers payant"), "fr": ("Tiers garant", "Tiers payant"), "it": ("Terzo garante", "Terzo pagante")}
STAT = {"de": ["bezahlt", "bezahlt", "bezahlt", "in Prüfung", "abgelehnt"], "fr": ["payé", "payé", "payé", "en examen", "refusé"], "it": ["pagato", "pagato", "pagato", "in esame", "respinto"]}
claims = {"de": [], "fr": [], "it": []}
beleg = 24000000
used_franchise = defaultdict(float)
for p in persons:
    n = rng.choices([0, 1, 2, 3, 5, 8, 12], [8, 15, 20, 20, 17, 12, 8])[0]
    for _ in range(n):
        lang = p["lang"]
        prov, kind = rng.choice(PROV[lang])
        tarif, codes = rng.choice(TARIFS[:4]) if "station" not in kind else TARIFS[4]
        d = rdate("2024-04-01", "2024-06-28")
        amount = round(rng.uniform(28, 420) if "station" not in kind else rng.uniform(4200, 18500), 2)
        remaining = max(0.0, p["franchise"] - used_franchise[p["pid"]])
        fr = round(min(remaining, amount), 2); used_franchise[p["pid"]] += fr
        sb = round((amount - fr) * 0.1, 2)
        verg = round(amount - fr - sb, 2)
        tg = rng.random() < 0.55 and "station" not in kind
        beleg += rng.randint(1, 97)
        holder = p["holder"]
        payto = holder["iban"] if tg else None
        st = rng.choice(STAT[lang])
        proc = dt.datetime.combine(d + dt.timedelta(days=rng.randint(3, 30)), dt.time(rng.randint(6, 18), rng.randint(0, 59)))
        claims[lang].append(dict(p=p, payto=payto, holder=holder, row=[str(beleg), p["partner"], p["last"], p["first"], p["dob"].strftime("%d.%m.%Y"), p["ahv"],
                                 d.strftime("%d.%m.%Y"), prov, PROV_GLN[prov], tarif, rng.choice(codes), kind, f"{amount:.2f}", f"{fr:.2f}", f"{sb:.2f}", f"{verg:.2f}",
                                 BILL[lang][0] if tg else BILL[lang][1], fmt_iban(payto) if payto else "",
                                 qr_ref("21" + digits(24)) if tg else "", st, proc.strftime("%d.%m.%Y %H:%M")], d=d))
ARCH = "leistungsabrechnung_2024Q2.tar.gz"
MEMBERS = {"de": ("export/DE/leistungen_2024-Q2.csv", "utf-8-sig"), "fr": ("export/FR/prestations_2024-T2.csv", "cp1252"),
           "it": ("export/IT/prestazioni_2024-T2.csv", "utf-8")}
def cq(v): return '"' + v.replace('"', '""') + '"' if (";" in v or '"' in v) else v
blobs = {}
for lang, rows in claims.items():
    rows.sort(key=lambda r: (r["d"], r["row"][0]))
    text = ";".join(HDR[lang]) + "\r\n" + "".join(";".join(cq(c) for c in r["row"]) + "\r\n" for r in rows)
    blobs[MEMBERS[lang][0]] = text.encode(MEMBERS[lang][1])
    key = f"{ARCH}!{MEMBERS[lang][0]}"
    h = HDR[lang]
    for i, c in [(2, "name"), (3, "name"), (4, "date_of_birth"), (5, "government_id"), (6, "activity"), (17, "bank_account")]:
        F(key, h[i], c)
    for r in rows:
        mark(r["p"]["pid"], "name", "date_of_birth", "government_id", "activity")
        if r["payto"]: mark(r["holder"]["pid"], "bank_account")
NL = b"\n"
manifest = "ClaimSys export manifest\nmandant=SanaAlp (BAG 1560)\nperiode=2024-04-01..2024-06-30\n" + "".join(
    f"{hashlib.sha256(b).hexdigest()}  {n}  rows={b.count(NL) - 1}\n" for n, b in blobs.items())
blobs["export/MANIFEST.txt"] = manifest.encode()
mt = dt.datetime(2024, 7, 2, 2, 31, 4).timestamp()
with open(os.path.join(OUT, ARCH), "wb") as fh:
    import gzip
    with gzip.GzipFile(fileobj=fh, mode="wb", mtime=int(mt)) as gz:
        with tarfile.open(fileobj=gz, mode="w") as tf:
            for name in ["export/DE/leistungen_2024-Q2.csv", "export/FR/prestations_2024-T2.csv", "export/IT/prestazioni_2024-T2.csv", "export/MANIFEST.txt"]:
                ti = tarfile.TarInfo(name); ti.size = len(blobs[name]); ti.mtime = int(mt); ti.uname = ti.gname = "claimsys"; ti.mode = 0o640
                tf.addfile(ti, io.BytesIO(blobs[name]))

# ----------------------------------------------------------------- properties config
PR = "claimsys-export.properties"
rs = lambda n: "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(n))
props = f"""# ClaimSys 5.2 - Exportjob Leistungsabrechnung (Mandant SanaAlp)
# verantwortlich: Reto Baumgartner <reto.baumgartner@sanaalp.ch>, Tel. 044 718 22 41
export.schedule=0 30 2 * * MON-FRI
export.target.dir=/data/exports/leistungen
export.encoding.DE=UTF-8-BOM
export.encoding.FR=windows-1252
export.encoding.IT=UTF-8
export.compress=tar.gz
mandant.name=SanaAlp Krankenversicherung AG
mandant.bag.nr=1560
mandant.gln=7601003000016
db.url=jdbc:oracle:thin:@//ora-claims01.sanaalp.local:1521/CLAIMSP
db.user=CLAIMSYS_EXP
db.password={rs(14)}%{rng.randint(10, 99)}
sftp.host=sftp.sanaalp.ch
sftp.port=22
sftp.user=claimsys
sftp.privateKey=/opt/claimsys/keys/id_ed25519
sftp.passphrase={rs(22)}
medidata.api.url=https://api.medidata.example/mdp/v3
medidata.api.token=mdp_{rs(40)}
sedex.participant.id=T6-400123-1
ahv.validation.enabled=true
ahv.validation.upi.endpoint=https://upi.zas.example/ws/v5
job.owner=reto.baumgartner@sanaalp.ch
notify.on.failure=schadenteam@sanaalp.ch
"""
with open(os.path.join(OUT, PR), "w", encoding="iso-8859-1") as fh:
    fh.write(props)
for k in ["db.password", "sftp.passphrase", "medidata.api.token"]:
    F(PR, k, "secret")
F(PR, "job.owner", "email")
mark("staff_reto", "name", "email", "phone")
text = {PR: ["name", "email", "phone"]}

# ----------------------------------------------------------------- controls
with open(os.path.join(OUT, "tarmed_positionen.csv"), "w", encoding="utf-8-sig", newline="") as fh:
    fh.write("Tarifziffer;Bezeichnung;Désignation;Designazione;TP ärztliche Leistung;TP technische Leistung;Sparte\r\n")
    for code, de, fr_, it_, al, tl, sp in [("00.0010", "Konsultation, erste 5 Min.", "Consultation, 5 premières min.", "Consultazione, primi 5 min.", "9.57", "8.19", "Praxis"),
                                          ("00.0020", "+ Konsultation, jede weiteren 5 Min.", "+ Consultation, chaque 5 min. suppl.", "+ Consultazione, ogni 5 min. suppl.", "9.57", "8.19", "Praxis"),
                                          ("00.0030", "+ Konsultation, letzte 5 Min.", "+ Consultation, dernières 5 min.", "+ Consultazione, ultimi 5 min.", "4.79", "4.10", "Praxis"),
                                          ("00.0510", "Instruktion von Selbstmessungen", "Instruction d'automesures", "Istruzione di automisurazioni", "9.57", "8.19", "Praxis"),
                                          ("00.1345", "Wundversorgung, kleine", "Soins de plaies, petits", "Cura di ferite, piccole", "12.43", "13.08", "Praxis"),
                                          ("39.0020", "Röntgen Thorax, 1 Ebene", "Radiographie thorax, 1 plan", "Radiografia torace, 1 piano", "6.29", "31.05", "Röntgen")]:
        fh.write(";".join([code, de, fr_, it_, al, tl, sp]) + "\r\n")
with open(os.path.join(OUT, "praemienregionen_2024.csv"), "w", encoding="utf-8", newline="") as fh:
    fh.write("Kanton;Region;Gemeinde;BFS-Nr;PLZ;Altersklasse;Franchise;Modell;Monatsprämie CHF\n")
    for kt, reg, gem, bfs, plz in [("ZH", "ZH1", "Zürich", 261, "8004"), ("ZH", "ZH2", "Winterthur", 230, "8400"), ("BE", "BE1", "Bern", 351, "3011"),
                                   ("BS", "BS1", "Basel", 2701, "4051"), ("VD", "VD1", "Lausanne", 5586, "1003"), ("GE", "GE0", "Genève", 6621, "1205"),
                                   ("TI", "TI1", "Lugano", 5192, "6900"), ("TI", "TI2", "Bellinzona", 5002, "6500")]:
        for ak, base in [("0-18", 118.4), ("19-25", 389.1), ("26+", 512.6)]:
            for fr_ in ([0, 600] if ak == "0-18" else [300, 2500]):
                for mod in ["Standard", "Telmed"]:
                    fh.write(f"{kt};{reg};{gem};{bfs};{plz};{ak};{fr_};{mod};{base * rng.uniform(0.85, 1.15) - fr_ * 0.05 * (mod == 'Telmed'):.2f}\n")

# ----------------------------------------------------------------- truth
people = {p: c for p, c in PEOPLE.items() if c}
by_cat = defaultdict(int)
for cats in people.values():
    for c in cats: by_cat[c] += 1
n_claims = sum(len(v) for v in claims.values())
truth = {
    "brief": "Export of ClaimSys, the claims-processing vendor of SanaAlp Krankenversicherung AG, a Swiss health insurer: an XLSX register of insured persons "
             "(title rows above the header; German headers; German/French/Italian names; AHV numbers 756.xxxx.xxxx.xx with EAN-13 check digit, 20-digit "
             "insurance card numbers, CH IBANs for refunds), a tar.gz of the Q2-2024 claim CSVs per language region (DE UTF-8 with BOM, FR windows-1252, IT UTF-8, "
             "';'-separated, headers in the region's language) with a manifest, the export job's Java properties file, and two reference tables (TARMED "
             "positions, premium regions). Languages: German, French, Italian.",
    "people": len(people),
    "people_by_category": dict(sorted(by_cat.items())),
    "fields": {k: dict(v) for k, v in fields.items()},
    "text": text,
    "controls": ["tarmed_positionen.csv", "praemienregionen_2024.csv", f"{ARCH}!export/MANIFEST.txt"],
    "ambiguous": {X: ["Franchise CHF", "Zusatzversicherung"],
                  **{f"{ARCH}!{MEMBERS[l][0]}": [HDR[l][20]] for l in MEMBERS}},
    "lookalikes": {
        X: {"Partner-Nr": "internal customer numbers", "Police-Nr": "policy numbers P-nnnnnnn", "Versicherungsbeginn": "insurance start dates",
            "Prämie CHF/Mt.": "amounts", "Prämienregion": "premium region codes", "Beziehung": "relationship in the policy (PN/Ehepartner/Kind)"},
        **{f"{ARCH}!{MEMBERS[l][0]}": {HDR[l][0]: "8-digit claim document numbers", HDR[l][8]: "13-digit GLNs 7601… with a valid EAN-13 check digit (providers, not persons)",
                                       HDR[l][18]: "27-digit QR payment references with mod-10 check", HDR[l][7]: "institution names (hospitals, pharmacies)",
                                       HDR[l][10]: "tariff codes"} for l in MEMBERS},
        PR: {"mandant.gln": "GLN of the insurer", "sedex.participant.id": "sedex id of the organisation", "notify.on.failure": "team mailbox"},
        "praemienregionen_2024.csv": {"PLZ": "postcodes of municipalities (places, not persons)", "BFS-Nr": "municipality numbers"},
    },
    "notes": f"Persons: {len(persons)} insured persons in {len(policies)} policies (policy holders, spouses, children; children share the holder's address; "
             f"the refund IBAN is the holder's and is counted for the holder only) + 1 employee (job owner named in a comment of the properties file with "
             f"e-mail and phone). {n_claims} claim rows in the archive; claims paid 'Tiers garant' carry the holder's IBAN. The properties file's comment line "
             f"holds name, e-mail and phone of the job owner (listed under text) and job.owner holds his e-mail. System secrets (db.password, sftp.passphrase, "
             f"API token) belong to no person, so people_by_category has no 'secret'. 'Verarbeitet am' (processing timestamp by the insurer) is ambiguous. "
             f"Versichertenkarte-Nr. is the 20-digit health-insurance card number (80756 + BAG no. + serial + Luhn digit) and counted as government_id. "
             f"For the properties file, field names are the property keys.",
}
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
    json.dump(truth, fh, ensure_ascii=False, indent=2)
assert all(ahv_ok(p["ahv"]) for p in persons)
assert all(iban_ok(p["iban"]) for p in persons if p["iban"])
for fn in os.listdir(OUT):
    assert os.path.getsize(os.path.join(OUT, fn)) < 2_000_000, fn
print("people", len(people), dict(by_cat), "claims", n_claims)
