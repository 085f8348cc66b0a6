#!/usr/bin/env python3
"""Blind evaluation dump G/fr-association: membership platform of a French omnisports association.

Deterministic (seeded). Writes data/ and truth.json next to this script. Standard library only.
CSV exports are ';'-separated, ISO-8859-1, CRLF (as the platform's "export Excel" writes them).
"""
import csv
import datetime as dt
import json
import os
import random
import shutil
from collections import defaultdict

SEED = 69100
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")

# ---------------------------------------------------------------- truth bookkeeping
PEOPLE = set()
BYCAT = defaultdict(set)
FIELDS = defaultdict(dict)
TEXT = defaultdict(set)


def _addcat(d, key, cat):
    cur = d.get(key)
    s = set() if cur is None else ({cur} if isinstance(cur, str) else set(cur))
    s.add(cat)
    d[key] = next(iter(s)) if len(s) == 1 else sorted(s)


def mark(pid, cat):
    PEOPLE.add(pid)
    BYCAT[cat].add(pid)


def put(fname, field, pid, cat, value):
    if value is None or value == "":
        return value
    _addcat(FIELDS[fname], field, cat)
    if pid is not None:
        mark(pid, cat)
    return value


def rdate(a, b):
    return a + dt.timedelta(days=R.randint(0, max(0, (b - a).days)))


def rts(a, b):
    return a + dt.timedelta(seconds=R.randint(0, max(0, int((b - a).total_seconds()))))


# ---------------------------------------------------------------- identifiers
def nir(dob, sex):
    s = "1" if sex == "M" else "2"
    if R.random() < 0.12:
        dep, com = "99", R.choice(["350", "352", "351", "139", "134", "212"])   # born abroad
    else:
        dep = R.choice(["69", "69", "69", "69", "75", "13", "38", "42", "01", "71", "2A"])
        com = "%03d" % R.randint(1, 390)
    order = "%03d" % R.randint(1, 999)
    body = "%s%02d%02d%s%s%s" % (s, dob.year % 100, dob.month, dep, com, order)
    num = body.replace("2A", "19").replace("2B", "18")
    key = 97 - int(num) % 97
    full = body + "%02d" % key
    if R.random() < 0.6:
        return "%s %s %s %s %s %s %s" % (full[0], full[1:3], full[3:5], full[5:7], full[7:10], full[10:13], full[13:])
    return full


def iban_check(country, bban):
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    return "%02d" % (98 - int(num) % 97)


FR_BANKS = [("30004", "BNP Paribas"), ("30002", "LCL"), ("10278", "Crédit Mutuel"), ("16807", "Banque Populaire AURA"),
            ("17806", "Crédit Agricole Centre-Est"), ("20041", "La Banque Postale"), ("30003", "Société Générale"),
            ("13825", "Caisse d'Epargne Rhône Alpes")]


def fr_iban():
    bank, bname = R.choice(FR_BANKS)
    guichet = "%05d" % R.randint(100, 9999)
    acct = "%011d" % R.randint(0, 10 ** 11 - 1)
    key = 97 - (89 * int(bank) + 15 * int(guichet) + 3 * int(acct)) % 97
    bban = bank + guichet + acct + "%02d" % key
    ib = "FR" + iban_check("FR", bban) + bban
    return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), bname


def fr_mobile():
    d = R.choice(["06", "06", "06", "07"]) + "%08d" % R.randint(0, 99999999)
    if R.random() < 0.85:
        return " ".join(d[i:i + 2] for i in range(0, 10, 2))
    return "+33 %s %s %s %s %s" % (d[1], d[2:4], d[4:6], d[6:8], d[8:10])


def fr_land():
    d = "04" + R.choice(["72", "78", "37"]) + "%06d" % R.randint(0, 999999)
    return " ".join(d[i:i + 2] for i in range(0, 10, 2)) if R.random() < 0.8 else ".".join(d[i:i + 2] for i in range(0, 10, 2))


# ---------------------------------------------------------------- names / places (ISO-8859-1 safe)
PM = ["Jean", "Pierre", "Nicolas", "Thomas", "Julien", "Mathieu", "Antoine", "Lucas", "Hugo", "Louis", "Gabriel",
      "Raphaël", "Arthur", "Léo", "Nathan", "Théo", "Karim", "Mehdi", "Yanis", "Bernard", "Philippe", "Christophe",
      "Sébastien", "Stéphane", "Frédéric", "Jérôme", "Rémi", "Noé", "Adam", "Sacha"]
PF = ["Marie", "Sophie", "Camille", "Julie", "Léa", "Chloé", "Emma", "Inès", "Manon", "Sarah", "Nathalie", "Isabelle",
      "Sandrine", "Céline", "Aurélie", "Émilie", "Hélène", "Amandine", "Zoé", "Jade", "Louise", "Alice", "Fatima",
      "Yasmine", "Élodie", "Anaïs", "Maëlle", "Clémence", "Agnès", "Françoise"]
NOMS = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon",
        "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard",
        "André", "Lefebvre", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Benali", "Haddad",
        "Nguyen", "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Faure", "Chevalier", "Perrin", "Gauthier",
        "Mathieu", "Da Silva", "Ferreira", "Boyer", "Chabert", "Brun", "Giraud", "Bouvier"]
VILLES = [("Villeurbanne", "69100", ["rue Francis de Pressensé", "rue Anatole France", "avenue Henri Barbusse",
                                     "cours Émile Zola", "rue du 4 Août 1789", "rue Léon Blum", "avenue Roger Salengro",
                                     "rue Alexis Perroncel", "rue de la Doua", "rue Flachet"]),
          ("Lyon", "69003", ["rue Paul Bert", "cours Gambetta", "rue de la Part-Dieu", "rue Garibaldi", "rue Servient"]),
          ("Lyon", "69006", ["boulevard des Belges", "rue Vendôme", "cours Vitton", "rue Tronchet"]),
          ("Lyon", "69008", ["avenue des Frères Lumière", "rue Marius Berliet", "route de Vienne", "rue Professeur Beauvisage"]),
          ("Vaulx-en-Velin", "69120", ["avenue Gabriel Péri", "rue Emile Zola", "chemin du Gabugy", "rue de la République"]),
          ("Bron", "69500", ["avenue Franklin Roosevelt", "rue de la Pagère", "boulevard Pinel"]),
          ("Caluire-et-Cuire", "69300", ["montée des Soldats", "rue Jean Moulin", "chemin de Wette-Fays"]),
          ("Décines-Charpieu", "69150", ["avenue Jean Jaurès", "rue Sully", "rue Émile Zola"])]
SECTIONS = ["Basket", "Handball", "Natation", "Judo", "Athlétisme", "Gymnastique", "Tennis de table"]
LIC_PREFIX = {"Basket": "VT", "Handball": "HB", "Natation": "NA", "Judo": "JU", "Athlétisme": "AT",
              "Gymnastique": "GY", "Tennis de table": "TT"}
SEASON_START = dt.date(2023, 9, 1)
REF_DATE = dt.date(2023, 12, 31)


def fold(s):
    return s.lower().translate(str.maketrans("éèêëàâäîïôöùûüçÉÈ", "eeeeaaaiioouuuceE")).replace(" ", "").replace("'", "")


def fr_email(prenom, nom):
    dom = R.choice(["orange.fr", "free.fr", "gmail.com", "gmail.com", "sfr.fr", "laposte.net", "hotmail.fr",
                    "wanadoo.fr", "yahoo.fr", "outlook.fr"])
    pat = R.choice(["{p}.{n}", "{p}{n}", "{p0}{n}", "{p}.{n}{k}", "{n}.{p}", "{p}_{n}{k}"])
    return pat.format(p=fold(prenom), n=fold(nom), p0=fold(prenom)[0], k=R.randint(1, 99)) + "@" + dom


def adresse():
    v, cp, rues = R.choice(VILLES)
    num = R.randint(1, 180)
    bis = R.choice(["", "", "", "", " bis", " ter"])
    return dict(rue="%d%s %s" % (num, bis, R.choice(rues)), cp=cp, ville=v)


def categorie(dob):
    age = 2024 - dob.year
    if age < 9:
        return "U9"
    for lim in (11, 13, 15, 17, 20):
        if age < lim:
            return "U%d" % lim
    return "Senior" if age < 40 else "Vétéran"


def licence(section):
    return "%s%d%06d" % (LIC_PREFIX[section], R.randint(0, 9), R.randint(0, 999999))


# ---------------------------------------------------------------- people
members = []          # all licensed members (adults and children)
parents = []
families = []
num_seq = [2300]


def new_num():
    num_seq[0] += R.randint(1, 4)
    return "A%05d" % num_seq[0]


for fi in range(38):
    nom = R.choice(NOMS)
    adr = adresse()
    land = fr_land() if R.random() < 0.3 else None
    resp = []
    for k in range(1 if R.random() < 0.3 else 2):
        sex = "F" if (k == 0) == (R.random() < 0.7) else "M"
        prenom = R.choice(PF if sex == "F" else PM)
        pnom = nom if (k == 0 or R.random() < 0.7) else R.choice(NOMS)
        par = dict(pid="R%d_%d" % (fi, k), sex=sex, prenom=prenom, nom=pnom, civ="Mme" if sex == "F" else "M.",
                   lien="mère" if sex == "F" else "père", email=fr_email(prenom, pnom), tel=fr_mobile(), land=land,
                   adr=adr, profession=R.choice(["infirmière" if sex == "F" else "infirmier", "enseignant(e)",
                                                 "ingénieur(e)", "comptable", "agent SNCF", "commerçant(e)",
                                                 "sans emploi", "aide-soignant(e)", "cadre", "artisan"]),
                   dob=rdate(dt.date(1968, 1, 1), dt.date(1992, 12, 31)),
                   caf="%07d" % R.randint(1000000, 9999999) if R.random() < 0.35 else None,
                   iban=None, member=None)
        if k == 1 and R.random() < 0.12:
            par["adr"] = adresse()    # separated parents, second address
        resp.append(par)
        parents.append(par)
    kids = []
    for c in range(R.choices([1, 2, 3], [50, 38, 12])[0]):
        sex = R.choice("MF")
        dob = rdate(dt.date(2007, 1, 1), dt.date(2018, 8, 31))
        section = R.choice(SECTIONS)
        kid = dict(pid="E%d_%d" % (fi, c), sex=sex, prenom=R.choice(PF if sex == "F" else PM), nom=nom, dob=dob,
                   adr=resp[0]["adr"], section=section, num=new_num(), lic=licence(section), minor=True,
                   family=fi, resp=resp)
        kids.append(kid)
        members.append(kid)
    fam = dict(id="FAM-%04d" % (fi * 3 + 101), resp=resp, kids=kids, qf=R.choice([None, 450, 620, 780, 950, 1200, 1650]))
    families.append(fam)
    if R.random() < 0.25:
        p = resp[0]
        section = R.choice(["Natation", "Athlétisme", "Gymnastique", "Tennis de table"])
        p["member"] = dict(pid=p["pid"], sex=p["sex"], prenom=p["prenom"], nom=p["nom"], dob=p["dob"], adr=p["adr"],
                           section=section, num=new_num(), lic=licence(section), minor=False, email=p["email"],
                           tel=p["tel"], land=p["land"], resp=None)
        members.append(p["member"])

for i in range(64):
    sex = R.choice("MF")
    prenom = R.choice(PF if sex == "F" else PM)
    nom = R.choice(NOMS)
    dob = rdate(dt.date(1950, 1, 1), dt.date(2005, 8, 31))
    section = R.choice(SECTIONS)
    members.append(dict(pid="M%d" % i, sex=sex, prenom=prenom, nom=nom, dob=dob, adr=adresse(), section=section,
                        num=new_num(), lic=licence(section), minor=False, email=fr_email(prenom, nom) if R.random() < 0.95 else None,
                        tel=fr_mobile(), land=fr_land() if R.random() < 0.15 else None, resp=None))
members.sort(key=lambda m: m["num"])
for m in members:
    m["nir"] = nir(m["dob"], m["sex"]) if (not m["minor"] and R.random() < 0.45) else None
    m["type"] = R.choices(["Loisir", "Compétition", "Sport santé", "Dirigeant"], [45, 40, 8, 7])[0] if not m["minor"] \
        else R.choice(["Loisir", "Compétition", "Compétition", "École de sport"])
    m["inscr"] = rts(dt.datetime(2023, 6, 15), dt.datetime(2023, 10, 15))
    m["certif"] = rdate(dt.date(2021, 7, 1), dt.date(2023, 10, 1))
    m["image"] = R.choice(["Oui", "Oui", "Non"])
admin = next(m for m in members if not m["minor"] and m.get("email") and m["type"] == "Dirigeant") \
    if any(not m["minor"] and m.get("email") and m["type"] == "Dirigeant" for m in members) else None

# ---------------------------------------------------------------- adherents.csv
F_ADH = "adherents.csv"
AH = ["N° adhérent", "Civilité", "Nom", "Prénom", "Date de naissance", "Sexe", "Adresse", "Code postal", "Ville",
      "Téléphone", "Portable", "Courriel", "Responsable légal", "N° licence", "N° sécurité sociale", "Section",
      "Catégorie", "Type d'adhésion", "Date d'inscription", "Certificat médical", "Droit à l'image"]
arows = []
for m in members:
    p = m["pid"]
    if m["minor"]:
        r0 = m["resp"][0]
        contact_pid = r0["pid"]
        tel, land, mail = r0["tel"], r0["land"], r0["email"]
        rl = "%s %s %s" % (r0["civ"], r0["prenom"], r0["nom"].upper())
    else:
        contact_pid = p
        tel, land, mail = m["tel"], m["land"], m["email"]
        rl = ""
    arows.append([
        m["num"], ("Mme" if m["sex"] == "F" else "M.") if not m["minor"] else "",
        put(F_ADH, "Nom", p, "name", m["nom"].upper()),
        put(F_ADH, "Prénom", p, "name", m["prenom"]),
        put(F_ADH, "Date de naissance", p, "date_of_birth", m["dob"].strftime("%d/%m/%Y")),
        "F" if m["sex"] == "F" else "M",
        put(F_ADH, "Adresse", p, "location", m["adr"]["rue"]),
        put(F_ADH, "Code postal", p, "location", m["adr"]["cp"]),
        put(F_ADH, "Ville", p, "location", m["adr"]["ville"]),
        put(F_ADH, "Téléphone", contact_pid, "phone", land),
        put(F_ADH, "Portable", contact_pid, "phone", tel),
        put(F_ADH, "Courriel", contact_pid, "email", mail),
        put(F_ADH, "Responsable légal", contact_pid if m["minor"] else None, "name", rl),
        m["lic"],
        put(F_ADH, "N° sécurité sociale", p, "government_id", m["nir"]),
        m["section"], categorie(m["dob"]),
        put(F_ADH, "Type d'adhésion", p, "account_type", m["type"]),
        put(F_ADH, "Date d'inscription", p, "activity", m["inscr"].strftime("%d/%m/%Y %H:%M")),
        m["certif"].strftime("%d/%m/%Y"), m["image"],
    ])

# ---------------------------------------------------------------- familles.json
F_FAM = "familles.json"


def resp_json(r, primary):
    p = r["pid"]
    pre = "familles.responsable." if primary else "familles.second_responsable."
    d = {"civilite": r["civ"],
         "nom": put(F_FAM, pre + "nom", p, "name", r["nom"]),
         "prenom": put(F_FAM, pre + "prenom", p, "name", r["prenom"]),
         "lien": r["lien"],
         "email": put(F_FAM, pre + "email", p, "email", r["email"]),
         "telephone": put(F_FAM, pre + "telephone", p, "phone", r["tel"]),
         "adresse": {"rue": put(F_FAM, pre + "adresse.rue", p, "location", r["adr"]["rue"]),
                     "code_postal": put(F_FAM, pre + "adresse.code_postal", p, "location", r["adr"]["cp"]),
                     "ville": put(F_FAM, pre + "adresse.ville", p, "location", r["adr"]["ville"])},
         "profession": r["profession"]}
    if primary:
        d["numero_allocataire_caf"] = r["caf"]
    return d


fam_json = []
for f in families:
    r0 = f["resp"][0]
    d = {"id_famille": f["id"], "quotient_familial": f["qf"], "responsable": resp_json(r0, True)}
    enf = []
    for k in f["kids"]:
        p = k["pid"]
        enf.append({"n_adherent": k["num"],
                    "prenom": put(F_FAM, "familles.responsable.enfants.prenom", p, "name", k["prenom"]),
                    "nom": put(F_FAM, "familles.responsable.enfants.nom", p, "name", k["nom"]),
                    "date_naissance": put(F_FAM, "familles.responsable.enfants.date_naissance", p, "date_of_birth",
                                          k["dob"].isoformat()),
                    "section": k["section"], "licence": k["lic"],
                    "autorisation_sortie_seul": (2024 - k["dob"].year) >= 11 and R.random() < 0.7,
                    "allergies": R.choice([None, None, None, "arachides", "pollen", "asthme à l'effort"])})
    d["responsable"]["enfants"] = enf
    d["second_responsable"] = resp_json(f["resp"][1], False) if len(f["resp"]) > 1 else None
    d["mode_contact_prefere"] = R.choice(["email", "sms", "email"])
    fam_json.append(d)

# ---------------------------------------------------------------- paiements.csv
F_PAY = "paiements.csv"
TARIF = {"Loisir": 165, "Compétition": 235, "Sport santé": 120, "Dirigeant": 40, "École de sport": 150}
prow = []
payers = []
for f in families:
    payers.append((f["resp"][0], f["kids"], sum(TARIF[k["type"]] for k in f["kids"]) - (20 if len(f["kids"]) > 1 else 0)))
for m in members:
    if not m["minor"]:
        owner = next((p for p in parents if p["member"] is m), None)
        payers.append((owner or m, [m], TARIF[m["type"]]))
for payer, who, total in payers:
    pid = payer["pid"]
    name = "%s %s" % (payer["prenom"], payer["nom"].upper())
    mode = R.choices(["Chèque", "Virement", "Prélèvement SEPA", "CB HelloAsso", "Espèces", "Pass'Sport", "Chèques ANCV"],
                     [30, 10, 20, 25, 4, 6, 5])[0]
    n_inst = 3 if mode in ("Chèque", "Prélèvement SEPA") and R.random() < 0.6 else 1
    iban = None
    if mode == "Prélèvement SEPA":
        iban, bank = fr_iban()
    parts = []
    if mode == "Pass'Sport" and who[0]["minor"]:
        parts.append(("Pass'Sport", 50.0))
        rest = total - 50
        parts += [("Chèque", round(rest, 2))]
    else:
        for k in range(n_inst):
            parts.append((mode, round(total / n_inst, 2)))
    first_date = min(w_["inscr"] for w_ in who)
    for k, (md, amt) in enumerate(parts):
        d = (first_date + dt.timedelta(days=30 * k + R.randint(0, 5))) if md != "Prélèvement SEPA" else \
            dt.datetime.combine(dt.date(2023, 10 + k, 5), dt.time(9, 0))
        cheque = "%07d" % R.randint(1000000, 9999999) if md == "Chèque" else ""
        bankname = R.choice(FR_BANKS)[1] if md == "Chèque" else (bank if md == "Prélèvement SEPA" else "")
        ref = ""
        last4 = ""
        if md == "CB HelloAsso":
            ref = "%d" % R.randint(10 ** 11, 10 ** 12 - 1)
            last4 = "XXXX XXXX XXXX %04d" % R.randint(0, 9999)
        elif md == "Pass'Sport":
            ref = "PS-23-%s" % "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
        elif md == "Prélèvement SEPA":
            ref = "RUM-USVO-%s-%02d" % (who[0]["num"], k + 1)
        prow.append([
            who[0]["num"],
            put(F_PAY, "Nom du payeur", pid, "name", name),
            put(F_PAY, "Date", pid, "activity", d.strftime("%d/%m/%Y")),
            ("%.2f" % amt).replace(".", ","), md, cheque, bankname,
            put(F_PAY, "IBAN", pid, "bank_account", iban if md == "Prélèvement SEPA" else ""),
            ref, last4, R.choice(["Encaissé", "Encaissé", "Encaissé", "En attente"]) if k else "Encaissé",
        ])
prow.sort(key=lambda r: (r[2][6:], r[2][3:5], r[2][:2]))

# ---------------------------------------------------------------- inscriptions_evenements.csv
F_EV = "inscriptions_evenements.csv"
EVENTS = [("Tournoi de Noël U11-U13", dt.date(2023, 12, 16), "Gymnase Jean Zay", ["Basket", "Handball"], True),
          ("Stage vacances de la Toussaint", dt.date(2023, 10, 23), "Palais des Sports Raphaël de Barros", SECTIONS, True),
          ("Sortie ski Les Saisies", dt.date(2024, 2, 17), "Départ parking Gratte-Ciel", SECTIONS, None),
          ("Assemblée générale 2024", dt.date(2024, 6, 14), "Salle du Rize", SECTIONS, False),
          ("Foulées villeurbannaises 10 km", dt.date(2024, 3, 24), "Parc de la Feyssine", ["Athlétisme"], None),
          ("Gala de fin de saison", dt.date(2024, 6, 22), "Gymnase des Gratte-Ciel", ["Gymnastique", "Judo"], None)]
erows = []
for ev, d, lieu, secs, kids_only in EVENTS:
    pool = [m for m in members if m["section"] in secs and (kids_only is None or m["minor"] == kids_only)]
    for m in R.sample(pool, min(len(pool), R.randint(12, 30))):
        p = m["pid"]
        inscr = rts(dt.datetime.combine(d - dt.timedelta(days=40), dt.time(8)), dt.datetime.combine(d - dt.timedelta(days=2), dt.time(22)))
        comment = ""
        if m["minor"] and R.random() < 0.25:
            r0 = m["resp"][0]
            comment = R.choice(["Je peux emmener 3 enfants, me joindre au %s", "Récupéré par sa mère, joignable au %s",
                                "Arrivera en retard (cours de musique). Parent : %s"]) % r0["tel"]
            put(F_EV, "Commentaire", r0["pid"], "phone", comment)
        elif not m["minor"] and R.random() < 0.15:
            comment = R.choice(["Végétarien", "Covoiturage possible depuis Bron", "Accompagné(e) d'un invité"])
        erows.append([ev, d.strftime("%d/%m/%Y"), lieu, m["num"],
                      put(F_EV, "Nom", p, "name", m["nom"].upper()),
                      put(F_EV, "Prénom", p, "name", m["prenom"]),
                      put(F_EV, "Date d'inscription", p, "activity", inscr.strftime("%d/%m/%Y %H:%M")),
                      R.choice(["8 ans", "10 ans", "12 ans", "XS", "S", "M", "L", "XL"]) if ev.startswith(("Stage", "Gala", "Tournoi")) else "",
                      R.choice(["Oui", "Non", "Non"]) if ev.startswith(("Sortie", "Foulées")) else "",
                      comment])

# ---------------------------------------------------------------- config.ini
F_INI = "config.ini"
ini = """; Configuration plateforme adhérents USVO - NE PAS VERSIONNER
[general]
nom_association = Union Sportive Villeurbannaise Omnisports
numero_rna = W691074523
siret = 779 812 345 00027
saison_courante = 2023-2024
fuseau = Europe/Paris

[database]
driver = mysql
host = 127.0.0.1
port = 3306
name = usvo_adherents
user = usvo_app
password = Gratte-Ciel#1934

[smtp]
host = ssl0.ovh.net
port = 465
user = secretariat@usvo-omnisports.fr
password = Tr1b-Doua!2023

[helloasso]
organization_slug = usvo-omnisports
client_id = 5f2c8a7e41b94d0c9e3a1b6f7d2e8c40
client_secret = ZkN3cVhyMnBXOGtMdEY0bVE5c1Z6WTF4QjZqSDBhRTc=

[sepa]
ics = FR29ZZZ874512
"""
if admin:
    ini += """
[admin]
; compte administrateur créé à l'installation (à désactiver)
login = %s
email = %s
mot_de_passe = Basket2019!
""" % (fold(admin["prenom"])[0] + fold(admin["nom"]), admin["email"])
    for c in ("username", "email", "password"):
        TEXT[F_INI].add(c)
        mark(admin["pid"], c)
TEXT[F_INI].add("secret")

# ---------------------------------------------------------------- equipements sportifs (control)
F_EQ = "equipements_sportifs.csv"
EQ = [
    ["I69266000012", "Gymnase Jean Zay", "Salle multisports", "12 rue Jean Zay", "69100", "Villeurbanne", "69266", "45.7712", "4.8801", "Commune"],
    ["I69266000034", "Palais des Sports Raphaël de Barros", "Salle multisports", "rue Anatole France", "69100", "Villeurbanne", "69266", "45.7655", "4.8872", "Commune"],
    ["I69266000057", "Centre nautique Étienne Gagnaire", "Bassin sportif de natation", "10 avenue Marc Sangnier", "69100", "Villeurbanne", "69266", "45.7698", "4.8991", "Commune"],
    ["I69266000071", "Stade Georges Lyvet", "Piste d'athlétisme", "rue Alexis Perroncel", "69100", "Villeurbanne", "69266", "45.7784", "4.8710", "Commune"],
    ["I69266000093", "Gymnase des Gratte-Ciel", "Salle de gymnastique", "place Lazare Goujon", "69100", "Villeurbanne", "69266", "45.7667", "4.8798", "Commune"],
    ["I69266000105", "Dojo Tonkin", "Dojo / Salle d'arts martiaux", "rue du Tonkin", "69100", "Villeurbanne", "69266", "45.7772", "4.8604", "Commune"],
    ["I69383000218", "Gymnase Mazenod", "Salle multisports", "rue Mazenod", "69003", "Lyon", "69383", "45.7589", "4.8574", "Métropole"],
    ["I69256000011", "Piscine Jean Gelet", "Bassin sportif de natation", "avenue Gabriel Péri", "69120", "Vaulx-en-Velin", "69256", "45.7782", "4.9205", "Commune"],
    ["I69029000044", "Complexe sportif Pierre Duboeuf", "Terrain de grands jeux", "boulevard de l'Europe", "69500", "Bron", "69029", "45.7389", "4.9142", "Commune"],
    ["I69266000130", "Parc de la Feyssine (parcours)", "Parcours sportif/santé", "avenue Albert Einstein", "69100", "Villeurbanne", "69266", "45.7826", "4.8752", "Métropole"],
]


# ---------------------------------------------------------------- write
def write_csv(name, header, rows, enc="iso-8859-1"):
    with open(os.path.join(DATA, name), "w", encoding=enc, newline="") as f:
        cw = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        cw.writerow(header)
        cw.writerows(rows)


if os.path.isdir(DATA):
    shutil.rmtree(DATA)
os.makedirs(DATA)
write_csv(F_ADH, AH, arows)
write_csv(F_PAY, ["N° adhérent", "Nom du payeur", "Date", "Montant", "Mode de règlement", "N° chèque", "Banque", "IBAN",
                  "Référence transaction", "Carte", "Statut"], prow)
write_csv(F_EV, ["Événement", "Date", "Lieu", "N° adhérent", "Nom", "Prénom", "Date d'inscription", "Taille",
                 "Covoiturage", "Commentaire"], erows)
write_csv(F_EQ, ["Numéro de l'équipement", "Nom de l'installation", "Type d'équipement", "Adresse", "Code postal",
                 "Commune", "Code INSEE", "Latitude", "Longitude", "Propriétaire"], EQ, enc="utf-8")
with open(os.path.join(DATA, F_FAM), "w", encoding="utf-8") as f:
    json.dump({"association": "USVO Omnisports", "saison": "2023-2024",
               "export": "2024-06-30T22:00:05+02:00", "familles": fam_json}, f, ensure_ascii=False, indent=2)
with open(os.path.join(DATA, F_INI), "w", encoding="utf-8") as f:
    f.write(ini)


# ---------------------------------------------------------------- truth
def TEXT_CATS():
    cats = set()
    for v in TEXT.values():
        cats |= set(v)
    for flds in FIELDS.values():
        for c in flds.values():
            cats |= {c} if isinstance(c, str) else set(c)
    return cats


n_kids = sum(1 for m in members if m["minor"])
n_par_members = sum(1 for p in parents if p["member"])
truth = {
    "brief": ("Membership platform of the 'Union Sportive Villeurbannaise Omnisports' (USVO), a French multi-sport "
              "association near Lyon. Semicolon-separated ISO-8859-1 CSV exports (members with NIR social-security "
              "numbers and federation licence numbers; payments with SEPA IBANs, cheque numbers, HelloAsso refs; "
              "event registrations), a JSON export of families (legal guardians with their children nested under "
              "responsable.enfants, optional second guardian), the platform's INI config (service secrets plus a "
              "bootstrap admin account) and a public register of sports venues (control). Language: French."),
    "people": len(PEOPLE),
    "people_by_category": {k: len(BYCAT.get(k, ())) for k in sorted(set(BYCAT) | TEXT_CATS())},
    "fields": {k: dict(sorted(v.items())) for k, v in FIELDS.items()},
    "text": {k: sorted(v) for k, v in TEXT.items()},
    "controls": [F_EQ],
    "ambiguous": {F_ADH: ["Catégorie"], F_FAM: ["familles.responsable.numero_allocataire_caf"]},
    "lookalikes": {
        F_ADH: {"N° licence": "federation licence numbers (2 letters + 7 digits), identify a licensee but are not a government id",
                "N° adhérent": "member numbers", "Certificat médical": "date of the medical certificate",
                "Section": "sport section", "Sexe": "sex", "Droit à l'image": "consent flag"},
        F_PAY: {"N° chèque": "7-digit cheque numbers", "Référence transaction": "12-digit HelloAsso ids, Pass'Sport codes, SEPA mandate refs (RUM)",
                "Carte": "masked card numbers (last four only)", "Banque": "bank names", "Montant": "amounts"},
        F_FAM: {"familles.responsable.enfants.licence": "federation licence numbers",
                "familles.quotient_familial": "family quotient (income bracket)",
                "familles.responsable.enfants.n_adherent": "member numbers"},
        F_EV: {"Date": "event dates", "Lieu": "venue names", "Taille": "T-shirt sizes"},
    },
    "notes": (
        "people = %d members (%d children, %d adults of whom %d are also guardians) + %d guardians who are not "
        "members. For minor members the Téléphone/Portable/Courriel columns of adherents.csv hold the first "
        "guardian's contact and 'Responsable légal' holds the guardian's name: those values are counted for the "
        "guardian, not the child. Address columns of a minor are the child's (family) address. Payments for children "
        "are made by the first guardian (Nom du payeur, IBAN, Date counted for the guardian). Commentaire in event "
        "registrations sometimes holds a guardian's mobile. config.ini: service secrets plus a bootstrap admin "
        "account (login, email, plaintext password) of a board member who is also in adherents.csv. NIR values "
        "have valid keys (Corsica 2A handled); Catégorie (U11..Vétéran, derived from age) and the CAF allocataire "
        "number are ambiguous." % (len(members), n_kids, len(members) - n_kids, n_par_members, len(parents) - n_par_members)),
}
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=2)
print(json.dumps({"people": truth["people"], "by_cat": truth["people_by_category"]}, ensure_ascii=False))
