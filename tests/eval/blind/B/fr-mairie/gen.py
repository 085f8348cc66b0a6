#!/usr/bin/env python3
"""Blind test dump B/fr-mairie: export of a French town hall's e-services vendor.

Writes data/ and truth.json. Standard library + openpyxl. Seeded, deterministic.
"""
import csv
import datetime as dt
import io
import json
import os
import random
import shutil
import uuid

import openpyxl
from openpyxl.styles import Font

R = random.Random(20240917)
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
if os.path.isdir(DATA):
    shutil.rmtree(DATA)
os.makedirs(os.path.join(DATA, "config"))

# ----------------------------------------------------------------- lists
PRENOMS_H = ["Jean", "Pierre", "Michel", "Philippe", "Alain", "Nicolas", "Christophe", "Patrick",
             "Stéphane", "Sébastien", "Julien", "Thomas", "Mathieu", "Karim", "Mehdi", "Youssef",
             "Mamadou", "Olivier", "François", "Laurent", "David", "Antoine", "Hugo", "Lucas",
             "Rachid", "Bruno", "Éric", "Frédéric", "Grégoire", "Yann", "Cédric", "Jérôme",
             "Amadou", "Vincent", "Benoît", "Rémi", "Théo", "Maxime", "Samir", "Joël"]
PRENOMS_F = ["Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Sandrine", "Valérie",
             "Christine", "Céline", "Aurélie", "Émilie", "Julie", "Camille", "Sophie", "Laure",
             "Fatima", "Nadia", "Leïla", "Aminata", "Hélène", "Claire", "Anne", "Agnès",
             "Chloé", "Manon", "Inès", "Sarah", "Léa", "Mélanie", "Virginie", "Karine",
             "Séverine", "Françoise", "Brigitte", "Martine", "Samia", "Awa", "Gaëlle", "Noémie",
             "Élodie"]
PRENOMS_ENF_G = ["Gabriel", "Léo", "Raphaël", "Arthur", "Louis", "Jules", "Adam", "Maël", "Noah",
                 "Sacha", "Nathan", "Ibrahim", "Ayoub", "Timéo", "Eden", "Malo", "Naël", "Côme"]
PRENOMS_ENF_F = ["Jade", "Louise", "Emma", "Alice", "Ambre", "Lina", "Rose", "Chloé", "Mia",
                 "Anna", "Inaya", "Yasmine", "Lou", "Zoé", "Maëlys", "Romane", "Capucine", "Nour"]
NOMS = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
        "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux",
        "Vincent", "Fournier", "Morel", "Girard", "André", "Lefebvre", "Mercier", "Dupont",
        "Lambert", "Bonnet", "François", "Martinez", "Legrand", "Garnier", "Faure", "Rousseau",
        "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Nicolas", "Perrin", "Morin", "Mathieu",
        "Clément", "Gauthier", "Dumont", "Lopez", "Fontaine", "Chevalier", "Robin", "Benali",
        "Haddad", "Traoré", "Diallo", "Ben Amor", "Nguyen", "Pereira", "Da Silva", "Kone",
        "Cissé", "Le Gall", "Le Goff", "Boucher", "Caron", "Meunier", "Brun", "Barbier",
        "Renaud", "Arnaud", "Giraud", "Masson", "Marchand", "Duval", "Denis", "Lemaire",
        "Joly", "Hamon", "Benoît", "Colin", "Vidal", "Aubert", "Rey", "Bouvier", "Carpentier"]
VOIES = ["rue de Paris", "boulevard Rouget de Lisle", "rue Marceau", "avenue Pasteur",
         "rue de Romainville", "rue Étienne Marcel", "rue Kléber", "rue Robespierre",
         "avenue de la Résistance", "rue des Roches", "rue Pierre de Montreuil",
         "rue Gaston Lauriau", "rue du Capitaine Dreyfus", "boulevard Paul Vaillant-Couturier",
         "rue Édouard Vaillant", "rue de Vincennes", "rue Hoche", "rue Carnot", "rue Danton",
         "rue Émile Zola", "rue Franklin", "rue de la République", "avenue du Président Wilson",
         "rue Arsène Chéreau", "rue Parmentier", "rue Voltaire", "rue des Blancs Vilains",
         "rue de Rosny", "boulevard Chanzy", "rue Barbès", "rue du Sergent Bobillot",
         "villa Mozart", "impasse Gobétue", "rue Lenain de Tillemont", "rue de Bagnolet"]
COMPLEMENTS = ["Bât. B", "Esc. 2, 3e étage", "Appt 14", "Résidence Les Acacias", "2e étage gauche",
               "Bât. A, porte 21", "Chez M. et Mme {nom}"]
# (commune, code postal, weight) for the place of residence
RESIDENCES = [("Montreuil", "93100", 80), ("Bagnolet", "93170", 5), ("Vincennes", "94300", 4),
              ("Rosny-sous-Bois", "93110", 4), ("Fontenay-sous-Bois", "94120", 3),
              ("Paris", "75020", 4), ("Romainville", "93230", 3)]
# birth places: (libellé, INSEE code / 99+pays for abroad)
NAISSANCE = [("Paris 20e Arrondissement", "75120"), ("Paris 11e Arrondissement", "75111"),
             ("Paris 12e Arrondissement", "75112"), ("Montreuil", "93048"),
             ("Saint-Denis", "93066"), ("Créteil", "94028"), ("Lyon 3e Arrondissement", "69383"),
             ("Marseille 5e Arrondissement", "13205"), ("Lille", "59350"), ("Bordeaux", "33063"),
             ("Nantes", "44109"), ("Toulouse", "31555"), ("Rennes", "35238"),
             ("Strasbourg", "67482"), ("Ajaccio", "2A004"), ("Bastia", "2B033"),
             ("Fort-de-France", "97209"), ("Pointe-à-Pitre", "97120"), ("Brest", "29019"),
             ("Limoges", "87085"), ("Orléans", "45234"), ("Bobigny", "93008"),
             ("Alger (Algérie)", "99352"), ("Casablanca (Maroc)", "99350"),
             ("Tunis (Tunisie)", "99351"), ("Porto (Portugal)", "99139"),
             ("Bamako (Mali)", "99335"), ("Dakar (Sénégal)", "99341")]
MAIL_DOMS = ["gmail.com", "orange.fr", "free.fr", "laposte.net", "sfr.fr", "hotmail.fr",
             "wanadoo.fr", "yahoo.fr", "outlook.fr", "icloud.com"]
ECOLES = ["École élémentaire Jules Ferry", "École maternelle Paul Éluard",
          "École élémentaire Danton", "École maternelle Voltaire", "Groupe scolaire Jean Moulin"]
CLASSES_MAT = ["PS", "MS", "GS"]
CLASSES_ELEM = ["CP", "CE1", "CE2", "CM1", "CM2"]
VOITURES = ["Renault Clio", "Peugeot 208", "Citroën C3", "Renault Zoé", "Dacia Sandero",
            "Peugeot 308", "Toyota Yaris", "Volkswagen Polo", "Renault Mégane", "Citroën Berlingo",
            "Fiat 500", "Tesla Model 3", "Peugeot 2008", "Renault Kangoo", "Dacia Duster"]
MEDECINS = ["Dr Lemoine", "Dr Benhamou", "Dr Fabre", "Dr Nguyen-Van", "Dr Poulain"]


def strip_acc(s):
    tr = str.maketrans("àâäçéèêëîïôöùûüÿœÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ", "aaaceeeeiioouuuyoAAACEEEEIIOOUUUY")
    return s.translate(tr).replace("œ", "oe")


def wchoice(items):
    tot = sum(i[-1] for i in items)
    x = R.uniform(0, tot)
    for it in items:
        x -= it[-1]
        if x <= 0:
            return it
    return items[-1]


def rdate(a, b):
    d0, d1 = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
    return d0 + dt.timedelta(days=R.randint(0, (d1 - d0).days))


def rdt(a, b):
    t0 = dt.datetime.fromisoformat(a)
    t1 = dt.datetime.fromisoformat(b)
    t = t0 + dt.timedelta(seconds=R.randint(0, int((t1 - t0).total_seconds())))
    # daytime bias
    if t.hour < 7:
        t = t.replace(hour=R.randint(8, 22))
    return t


# ----------------------------------------------------------------- identifiers
def nir(sexe, dob, insee):
    num = "%d%02d%02d%s%03d" % (1 if sexe == "M" else 2, dob.year % 100, dob.month, insee,
                                R.randint(1, 999))
    n = int(num.replace("2A", "19").replace("2B", "18"))
    key = 97 - n % 97
    return num, "%02d" % key


def fmt_nir(num, key, spaced):
    if spaced:
        return "%s %s %s %s %s %s %s" % (num[0], num[1:3], num[3:5], num[5:7], num[7:10],
                                        num[10:13], key)
    return num + key


def rib_key(bank, guichet, compte):
    return 97 - ((89 * int(bank) + 15 * int(guichet) + 3 * int(compte)) % 97)


def iban_fr(spaced):
    bank = R.choice(["30004", "30002", "30003", "20041", "10278", "17515", "16607", "30066",
                     "18206", "42559"])
    guichet = "%05d" % R.randint(100, 9999)
    compte = "%011d" % R.randint(10 ** 9, 10 ** 11 - 1)
    bban = bank + guichet + compte + "%02d" % rib_key(bank, guichet, compte)
    chk = 98 - int(bban + "152700") % 97  # F=15 R=27
    iban = "FR%02d%s" % (chk, bban)
    assert int(iban[4:] + "1527" + iban[2:4]) % 97 == 1
    if spaced:
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


BICS = {"30004": "BNPAFRPPXXX", "30002": "CRLYFRPPXXX", "30003": "SOGEFRPPXXX",
        "20041": "PSSTFRPPPAR", "10278": "CMCIFR2AXXX", "17515": "CEPAFRPP751",
        "16607": "CCBPFRPPMTG", "30066": "CMCIFRPPXXX", "18206": "AGRIFRPP882",
        "42559": "CCOPFRPPXXX"}


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


def mobile(style):
    d = [R.choice("67")] + [str(R.randint(0, 9)) for _ in range(8)]
    if d[0] == "7":
        d[1] = R.choice("345678")
    digits = "0" + "".join(d)
    return fmt_phone(digits, style)


def fixe():
    pre = R.choice(["01 42", "01 43", "01 48", "01 49", "01 41", "09 53", "09 81"])
    digits = pre.replace(" ", "") + "".join(str(R.randint(0, 9)) for _ in range(6))
    return fmt_phone(digits, R.choice(["sp", "sp", "sp", "dot", "raw"]))


def fmt_phone(digits, style):
    pairs = [digits[i:i + 2] for i in range(0, 10, 2)]
    if style == "sp":
        return " ".join(pairs)
    if style == "dot":
        return ".".join(pairs)
    if style == "raw":
        return digits
    if style == "intl":
        return "+33 " + digits[1] + " " + " ".join(pairs[1:])
    return " ".join(pairs)


def bcrypt_like():
    al = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "$2y$10$" + "".join(R.choice(al) for _ in range(53))


def plaque():
    L = "ABCDEFGHJKLMNPQRSTVWXYZ"
    if R.random() < 0.85:
        return "%s%s-%03d-%s%s" % (R.choice(L), R.choice(L), R.randint(1, 999), R.choice(L),
                                   R.choice(L))
    return "%d %s%s %s" % (R.randint(100, 9999), R.choice(L), R.choice(L),
                           R.choice(["93", "75", "94", "77"]))


# ----------------------------------------------------------------- people
N_USAGERS = 132
usagers = []
used_logins = set()
compl_name = False
for i in range(N_USAGERS):
    sexe = R.choice("MF")
    prenom = R.choice(PRENOMS_H if sexe == "M" else PRENOMS_F)
    nom = R.choice(NOMS)
    nom_naiss = None
    if sexe == "F" and R.random() < 0.25:
        nom_naiss = R.choice(NOMS)
    dob = rdate("1941-01-01", "2005-06-30")
    lieu, insee = R.choice(NAISSANCE) if R.random() < 0.9 else NAISSANCE[3]
    num, key = nir(sexe, dob, insee)
    commune, cp, _ = wchoice(RESIDENCES)
    numero = R.randint(1, 180)
    bis = R.choice(["", "", "", "", "", " bis", " ter"])
    adresse = "%d%s %s" % (numero, bis, R.choice(VOIES))
    if commune == "Paris":
        adresse = "%d %s" % (numero, R.choice(["rue des Pyrénées", "rue de Bagnolet",
                                                 "avenue Gambetta", "rue d'Avron",
                                                 "boulevard Davout"]))
    compl = R.choice(COMPLEMENTS).format(nom=R.choice(NOMS).upper()) if R.random() < 0.3 else None
    if compl and compl.startswith("Chez"):
        compl_name = True
    base = strip_acc(prenom).lower().replace(" ", "") + "." + strip_acc(nom).lower().replace(" ", "")
    email = base + R.choice(["", "", str(dob.year % 100), str(R.randint(1, 99))]) + "@" + \
        R.choice(MAIL_DOMS)
    if R.random() < 0.35:
        login = email
    else:
        login = strip_acc(prenom[0] + nom).lower().replace(" ", "") + str(dob.year % 100)
    while login in used_logins:
        login += str(R.randint(0, 9))
    used_logins.add(login)
    inscr = rdt("2019-03-01T00:00:00", "2024-06-30T23:59:59")
    usagers.append(dict(
        id=1000 + i, civ="M." if sexe == "M" else "Mme", sexe=sexe, nom=nom, prenom=prenom,
        nom_naiss=nom_naiss, dob=dob, lieu=lieu, nir=fmt_nir(num, key, R.random() < 0.3),
        adresse=adresse, compl=compl, cp=cp, commune=commune,
        mob=mobile(R.choice(["sp", "sp", "sp", "sp", "raw", "dot", "intl"])),
        fixe=fixe() if R.random() < 0.35 else None, email=email, login=login,
        mdp=bcrypt_like(), inscr=inscr,
        mdp_mod=None,
        derniere=rdt("2024-07-01T00:00:00", "2024-09-15T23:00:00"),
        statut=R.choice(["actif"] * 8 + ["en attente de validation", "suspendu"]),
        ip=None,
    ))

for u in usagers:
    if R.random() < 0.6:
        u["mdp_mod"] = min(u["inscr"] + dt.timedelta(days=R.randint(0, 400), minutes=R.randint(0, 600)),
                           u["derniere"] - dt.timedelta(minutes=R.randint(1, 30)))

# French ISP addresses per user (used by the audit log)
for u in usagers:
    if R.random() < 0.25:
        u["ip"] = "2a01:cb%02x:%x:%x:%x:%x:%x:%x" % (R.randint(0, 255), R.randint(0, 0xffff),
                                                    R.randint(0, 0xffff), R.randint(0, 0xffff),
                                                    R.randint(0, 0xffff), R.randint(0, 0xffff),
                                                    R.randint(0, 0xffff))
    else:
        first = R.choice([90, 86, 82, 78, 176, 92, 109, 88, 37])
        u["ip"] = "%d.%d.%d.%d" % (first, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))

persons = set((u["prenom"], u["nom"]) for u in usagers)

# ----------------------------------------------------------------- demandes
TYPES_EC = ["Copie intégrale d'acte de naissance", "Extrait d'acte de naissance avec filiation",
            "Extrait d'acte de mariage", "Copie d'acte de décès"]
TYPES = TYPES_EC + ["Inscription restauration scolaire", "Macaron stationnement résident",
                    "Inscription périscolaire"]
demandes = []
obs_cats = set()
pc_names = set()
seq = 1
for u in usagers:
    for _ in range(R.choice([0, 1, 1, 1, 2, 2, 3])):
        typ = R.choice(TYPES)
        depot = rdt(max(u["inscr"], dt.datetime(2022, 1, 1)).isoformat(), "2024-09-10T20:00:00")
        statut = R.choice(["déposée", "instruite", "instruite", "instruite", "refusée"])
        trait = None
        if statut != "déposée":
            trait = (depot + dt.timedelta(days=R.randint(1, 20))).replace(
                hour=R.randint(8, 17), minute=R.randint(0, 59), second=R.randint(0, 59))
        if trait and trait > dt.datetime(2024, 9, 16, 6, 0):
            statut, trait = "déposée", None
        pc, lien = None, None
        if typ in TYPES_EC:
            lien = R.choice(["lui-même", "lui-même", "enfant", "parent", "conjoint"])
            if lien == "lui-même":
                pc = "%s %s" % (u["prenom"], u["nom"].upper())
            else:
                fn = R.choice(PRENOMS_H + PRENOMS_F + PRENOMS_ENF_F + PRENOMS_ENF_G)
                pc = "%s %s" % (fn, u["nom"].upper() if lien != "conjoint" or R.random() < .5
                                else R.choice(NOMS).upper())
                pc_names.add(pc)
        obs = None
        x = R.random()
        if x < 0.12:
            obs = "Merci d'envoyer l'acte par courrier au %s, %s %s" % (u["adresse"], u["cp"],
                                                                       u["commune"])
            obs_cats.add("location")
        elif x < 0.20:
            obs = "Joignable en journée au %s" % u["mob"]
            obs_cats.add("phone")
        elif x < 0.26:
            obs = "Demande faite pour ma mère, Mme %s %s, qui ne peut pas se déplacer" % (
                R.choice(PRENOMS_F), u["nom"])
            obs_cats.add("name")
        elif x < 0.34:
            obs = R.choice(["Pièce justificative ajoutée le lendemain",
                            "Urgent : dossier de mariage en cours", "Pour dossier retraite",
                            "Justificatif de domicile illisible, renvoyé",
                            "Acte demandé pour renouvellement de passeport"])
        demandes.append(dict(id=seq, dossier="93048%s%05d" % (depot.year, seq * 7 + R.randint(0, 6)),
                             uid=u["id"], typ=typ, statut=statut, depot=depot, trait=trait,
                             pc=pc, lien=lien, obs=obs, canal=R.choice(["web", "web", "web",
                                                                        "guichet", "courrier"])))
        seq += 1
for d in demandes:
    assert len(d["dossier"]) == 14

# ----------------------------------------------------------------- paiements
TARIF = {"Inscription restauration scolaire": None, "Macaron stationnement résident": 45.00,
         "Inscription périscolaire": None}
pay_users_iban = {}
paiements = []
pseq = 1
ref_luhn = 0
for d in demandes:
    if d["typ"] in TYPES_EC or d["statut"] == "refusée":
        continue
    u = next(x for x in usagers if x["id"] == d["uid"])
    n_p = 1 if d["typ"] == "Macaron stationnement résident" else R.randint(1, 4)
    mode = "CB"
    if d["typ"] != "Macaron stationnement résident" and R.random() < 0.35:
        mode = "prélèvement"
    for k in range(n_p):
        when = d["depot"] + dt.timedelta(days=30 * k + R.randint(0, 3), minutes=R.randint(1, 50))
        if when > dt.datetime(2024, 9, 16, 6, 0):
            break
        ln = R.randint(16, 19)
        ref = when.strftime("%Y%m%d") + "".join(str(R.randint(0, 9)) for _ in range(ln - 8))
        if luhn_ok(ref):
            ref_luhn += 1
        montant = TARIF.get(d["typ"]) or round(R.choice([3.1, 3.85, 4.6, 5.2]) * R.randint(8, 18), 2)
        iban = bic = titulaire = c4 = None
        if mode == "prélèvement":
            if u["id"] not in pay_users_iban:
                ib = iban_fr(R.random() < 0.5)
                pay_users_iban[u["id"]] = ib
            iban = pay_users_iban[u["id"]]
            bic = BICS[iban.replace(" ", "")[4:9]]
            titulaire = "%s %s" % (u["civ"], u["nom"].upper() + " " + u["prenom"])
            if R.random() < 0.3:
                titulaire = "M. ou Mme %s %s" % (u["nom"].upper(), u["prenom"])
        else:
            c4 = "%04d" % R.randint(0, 9999)
        paiements.append(dict(id=pseq, did=d["id"], ref=ref, psp=str(uuid.UUID(int=R.getrandbits(128))),
                              montant=montant, mode=mode, iban=iban, bic=bic, tit=titulaire,
                              c4=c4, date=when,
                              statut=R.choice(["validé"] * 9 + ["rejeté"])))
        pseq += 1


# ----------------------------------------------------------------- pg_dump
def pgv(v):
    if v is None:
        return r"\N"
    if isinstance(v, bool):
        return "t" if v else "f"
    if isinstance(v, dt.datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S") + "+01" if v.month in (1, 2, 3, 11, 12) \
            else v.strftime("%Y-%m-%d %H:%M:%S") + "+02"
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, float):
        return "%.2f" % v
    s = str(v)
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


out = io.StringIO()
w = out.write
w("""--
-- PostgreSQL database dump
--

-- Dumped from database version 13.14 (Debian 13.14-1.pgdg110+1)
-- Dumped by pg_dump version 13.14 (Debian 13.14-1.pgdg110+1)

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

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: usagers; Type: TABLE; Schema: public; Owner: eserv_app
--

CREATE TABLE public.usagers (
    id_usager integer NOT NULL,
    civilite character varying(4),
    nom character varying(80) NOT NULL,
    prenom character varying(80) NOT NULL,
    nom_naissance character varying(80),
    date_naissance date,
    lieu_naissance character varying(120),
    nir character varying(21),
    adresse character varying(200),
    complement_adresse character varying(120),
    code_postal character(5),
    commune character varying(80),
    telephone_mobile character varying(20),
    telephone_fixe character varying(20),
    courriel character varying(150),
    identifiant character varying(150) NOT NULL,
    mot_de_passe character varying(72),
    mdp_modifie_le timestamp with time zone,
    statut_compte character varying(30) DEFAULT 'en attente de validation'::character varying,
    date_inscription timestamp with time zone DEFAULT now() NOT NULL,
    derniere_connexion timestamp with time zone
);


ALTER TABLE public.usagers OWNER TO eserv_app;

--
-- Name: demandes; Type: TABLE; Schema: public; Owner: eserv_app
--

CREATE TABLE public.demandes (
    id_demande integer NOT NULL,
    numero_dossier character(14) NOT NULL,
    id_usager integer NOT NULL,
    type_demande character varying(80) NOT NULL,
    canal character varying(12),
    personne_concernee character varying(160),
    lien_demandeur character varying(20),
    statut character varying(12) DEFAULT 'déposée'::character varying NOT NULL,
    date_depot timestamp with time zone NOT NULL,
    date_traitement timestamp with time zone,
    observations text,
    CONSTRAINT demandes_statut_check CHECK (((statut)::text = ANY ((ARRAY['déposée'::character varying, 'instruite'::character varying, 'refusée'::character varying])::text[])))
);


ALTER TABLE public.demandes OWNER TO eserv_app;

--
-- Name: paiements; Type: TABLE; Schema: public; Owner: eserv_app
--

CREATE TABLE public.paiements (
    id_paiement integer NOT NULL,
    id_demande integer NOT NULL,
    reference_transaction character varying(19) NOT NULL,
    id_psp uuid,
    montant numeric(8,2) NOT NULL,
    moyen_paiement character varying(20) NOT NULL,
    iban character varying(34),
    bic character varying(11),
    titulaire_compte character varying(120),
    carte_4_derniers character(4),
    date_paiement timestamp with time zone NOT NULL,
    statut_paiement character varying(10)
);


ALTER TABLE public.paiements OWNER TO eserv_app;

""")
w("--\n-- Data for Name: usagers; Type: TABLE DATA; Schema: public; Owner: eserv_app\n--\n\n")
w("COPY public.usagers (id_usager, civilite, nom, prenom, nom_naissance, date_naissance, "
  "lieu_naissance, nir, adresse, complement_adresse, code_postal, commune, telephone_mobile, "
  "telephone_fixe, courriel, identifiant, mot_de_passe, mdp_modifie_le, statut_compte, "
  "date_inscription, derniere_connexion) FROM stdin;\n")
for u in usagers:
    row = [u["id"], u["civ"], u["nom"].upper(), u["prenom"], u["nom_naiss"] and u["nom_naiss"].upper(),
           u["dob"], u["lieu"], u["nir"], u["adresse"], u["compl"], u["cp"], u["commune"],
           u["mob"], u["fixe"], u["email"], u["login"], u["mdp"], u["mdp_mod"], u["statut"],
           u["inscr"], u["derniere"]]
    w("\t".join(pgv(x) for x in row) + "\n")
w("\\.\n\n\n")
w("--\n-- Data for Name: demandes; Type: TABLE DATA; Schema: public; Owner: eserv_app\n--\n\n")
w("COPY public.demandes (id_demande, numero_dossier, id_usager, type_demande, canal, "
  "personne_concernee, lien_demandeur, statut, date_depot, date_traitement, observations) FROM stdin;\n")
for d in demandes:
    row = [d["id"], d["dossier"], d["uid"], d["typ"], d["canal"], d["pc"], d["lien"], d["statut"],
           d["depot"], d["trait"], d["obs"]]
    w("\t".join(pgv(x) for x in row) + "\n")
w("\\.\n\n\n")
w("--\n-- Data for Name: paiements; Type: TABLE DATA; Schema: public; Owner: eserv_app\n--\n\n")
w("COPY public.paiements (id_paiement, id_demande, reference_transaction, id_psp, montant, "
  "moyen_paiement, iban, bic, titulaire_compte, carte_4_derniers, date_paiement, statut_paiement) FROM stdin;\n")
for p in paiements:
    row = [p["id"], p["did"], p["ref"], p["psp"], p["montant"], p["mode"], p["iban"], p["bic"],
           p["tit"], p["c4"], p["date"], p["statut"]]
    w("\t".join(pgv(x) for x in row) + "\n")
w("\\.\n\n\n")
for t, pk in (("usagers", "id_usager"), ("demandes", "id_demande"), ("paiements", "id_paiement")):
    w("--\n-- Name: %s %s_pkey; Type: CONSTRAINT; Schema: public; Owner: eserv_app\n--\n\n" % (t, t))
    w("ALTER TABLE ONLY public.%s\n    ADD CONSTRAINT %s_pkey PRIMARY KEY (%s);\n\n\n" % (t, t, pk))
w("""--
-- Name: demandes demandes_id_usager_fkey; Type: FK CONSTRAINT; Schema: public; Owner: eserv_app
--

ALTER TABLE ONLY public.demandes
    ADD CONSTRAINT demandes_id_usager_fkey FOREIGN KEY (id_usager) REFERENCES public.usagers(id_usager);


--
-- Name: paiements paiements_id_demande_fkey; Type: FK CONSTRAINT; Schema: public; Owner: eserv_app
--

ALTER TABLE ONLY public.paiements
    ADD CONSTRAINT paiements_id_demande_fkey FOREIGN KEY (id_demande) REFERENCES public.demandes(id_demande);


--
-- PostgreSQL database dump complete
--

""")
with open(os.path.join(DATA, "eservices_20240916.sql"), "w", encoding="utf-8", newline="\n") as f:
    f.write(out.getvalue())

# ----------------------------------------------------------------- cantine CSV (cp1252, ;)
parents = [u for u in usagers if 1978 <= u["dob"].year <= 1995]
R.shuffle(parents)
parents = parents[:40]
enfants = []
allergy_cats = set()
for p in parents:
    for _ in range(R.choice([1, 1, 2, 2, 3])):
        g = R.random() < 0.5
        dob = rdate("2013-09-01", "2021-08-31")
        age = 2024 - dob.year
        ecole = R.choice(ECOLES)
        if age <= 5:
            classe = CLASSES_MAT[max(0, min(2, age - 3))]
            ecole = R.choice([e for e in ECOLES if "maternelle" in e or "Groupe" in e])
        else:
            classe = CLASSES_ELEM[max(0, min(4, age - 6))]
            ecole = R.choice([e for e in ECOLES if "élémentaire" in e or "Groupe" in e])
        x = R.random()
        allergies = ""
        if x < 0.45:
            allergies = ""
        elif x < 0.6:
            allergies = R.choice(["Aucune", "RAS", "néant"])
        elif x < 0.75:
            allergies = R.choice(["Allergie arachides et fruits à coque", "Intolérance au lactose",
                                  "Allergie œuf (cuit toléré)", "Maladie cœliaque - sans gluten",
                                  "Allergie kiwi", "Asthme à l'effort, Ventoline dans le cartable"])
        elif x < 0.88:
            allergies = "PAI arachides signé par %s, trousse d'urgence à l'école" % R.choice(MEDECINS)
            allergy_cats.add("name")
        else:
            allergies = "Allergie poisson - en cas de réaction appeler %s au %s" % ("la maman" if p["sexe"] == "F" else "le papa", p["mob"])
            allergy_cats.add("phone")
        enfants.append(dict(fam="F%05d" % (p["id"] * 3 + 7), nom=p["nom"].upper(),
                            prenom=R.choice(PRENOMS_ENF_G if g else PRENOMS_ENF_F), dob=dob,
                            ecole=ecole, classe=classe, allergies=allergies,
                            regime=R.choice(["Standard"] * 5 + ["Sans porc", "Sans porc",
                                                                 "Végétarien", "Sans viande"]),
                            resp="%s %s" % (p["nom"].upper(), p["prenom"]),
                            mail=p["email"], tel=p["mob"],
                            qf=R.choice(["A", "B", "C", "D", "E", "F", "G"]),
                            jours=R.choice(["L-M-J-V", "L-M-J-V", "L-J", "M-V", "L-M-J"])))
for e in enfants:
    persons.add((e["prenom"], e["nom"]))
with open(os.path.join(DATA, "cantine_inscriptions_2024-2025.csv"), "w", encoding="cp1252",
          newline="") as f:
    cw = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    cw.writerow(["N° famille", "Nom enfant", "Prénom enfant", "Date de naissance", "École",
                 "Classe", "Allergies / PAI", "Régime", "Responsable légal", "Courriel parent",
                 "Téléphone parent", "Tranche QF", "Jours de présence"])
    for e in enfants:
        cw.writerow([e["fam"], e["nom"], e["prenom"], e["dob"].strftime("%d/%m/%Y"), e["ecole"],
                     e["classe"], e["allergies"], e["regime"], e["resp"], e["mail"], e["tel"],
                     e["qf"], e["jours"]])

# ----------------------------------------------------------------- audit JSONL
UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.53 Mobile Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0",
       "Mozilla/5.0 (Linux; Android 13; Redmi Note 12) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36"]
for u in usagers:
    u["ua"] = R.choice(UAS)
events = []
dossiers_by_user = {}
for d in demandes:
    dossiers_by_user.setdefault(d["uid"], []).append(d["dossier"])
for _ in range(640):
    u = R.choice(usagers)
    ts = rdt("2024-07-01T06:00:00", "2024-09-15T23:30:00")
    sess = "%032x" % R.getrandbits(128)
    ip = u["ip"] if R.random() < 0.85 else "%d.%d.%d.%d" % (R.choice([90, 176, 82]), R.randint(0, 255),
                                                             R.randint(0, 255), R.randint(1, 254))
    seqs = []
    if R.random() < 0.1:
        seqs.append(("login", "failure", None, {"motif": "mot de passe incorrect"}))
    seqs.append(("login", "success", sess, {"methode": R.choice(["mot_de_passe", "franceconnect"])}))
    for _k in range(R.randint(0, 3)):
        act = R.choice(["consultation_dossier", "depot_demande", "paiement", "modification_profil",
                        "telechargement_document"])
        det = {}
        if act in ("consultation_dossier", "depot_demande", "telechargement_document") and \
                dossiers_by_user.get(u["id"]):
            det["dossier"] = R.choice(dossiers_by_user[u["id"]])
        if act == "paiement":
            det["montant"] = R.choice([45.0, 31.2, 52.8, 61.6])
        if act == "modification_profil":
            det["champs"] = R.sample(["telephone_mobile", "adresse", "courriel", "mot_de_passe"],
                                     R.randint(1, 2))
        seqs.append((act, "success", sess, det))
    if R.random() < 0.6:
        seqs.append(("logout", "success", sess, {}))
    for act, res, s, det in seqs:
        ts += dt.timedelta(seconds=R.randint(4, 420))
        ev = {"ts": ts.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d+02:00" % R.randint(0, 999),
              "level": "INFO" if res == "success" else "WARN",
              "service": "portail-usagers",
              "request_id": str(uuid.UUID(int=R.getrandbits(128))),
              "ip": ip,
              "user": {"login": u["login"], "id": u["id"]},
              "action": act, "result": res,
              "session": s,
              "ua": u["ua"]}
        if det:
            ev["details"] = det
        events.append(ev)
events.sort(key=lambda e: e["ts"])
with open(os.path.join(DATA, "audit_portail_2024-Q3.jsonl"), "w", encoding="utf-8") as f:
    for ev in events:
        f.write(json.dumps(ev, ensure_ascii=False, separators=(",", ":")) + "\n")

# ----------------------------------------------------------------- communes INSEE (control)
COMMUNES = [("93001", "Aubervilliers", "93300", 88948, 48.9146, 2.3821),
            ("93005", "Aulnay-sous-Bois", "93600", 87364, 48.9386, 2.4975),
            ("93006", "Bagnolet", "93170", 36779, 48.8692, 2.4181),
            ("93007", "Le Blanc-Mesnil", "93150", 57561, 48.9386, 2.4614),
            ("93008", "Bobigny", "93000", 55212, 48.9077, 2.4392),
            ("93010", "Bondy", "93140", 54158, 48.9022, 2.4828),
            ("93027", "La Courneuve", "93120", 44624, 48.9322, 2.3967),
            ("93029", "Drancy", "93700", 72341, 48.9230, 2.4455),
            ("93031", "Épinay-sur-Seine", "93800", 55593, 48.9553, 2.3092),
            ("93045", "Les Lilas", "93260", 23365, 48.8799, 2.4196),
            ("93047", "Montfermeil", "93370", 27143, 48.8983, 2.5667),
            ("93048", "Montreuil", "93100", 111367, 48.8638, 2.4485),
            ("93049", "Neuilly-Plaisance", "93360", 21271, 48.8631, 2.5097),
            ("93050", "Neuilly-sur-Marne", "93330", 35936, 48.8536, 2.5306),
            ("93051", "Noisy-le-Grand", "93160", 69571, 48.8486, 2.5528),
            ("93053", "Noisy-le-Sec", "93130", 44389, 48.8914, 2.4597),
            ("93055", "Pantin", "93500", 60053, 48.8944, 2.4094),
            ("93061", "Le Pré-Saint-Gervais", "93310", 17809, 48.8853, 2.4042),
            ("93063", "Romainville", "93230", 31233, 48.8850, 2.4344),
            ("93064", "Rosny-sous-Bois", "93110", 46189, 48.8747, 2.4861),
            ("93066", "Saint-Denis", "93200", 113942, 48.9356, 2.3539),
            ("93070", "Saint-Ouen-sur-Seine", "93400", 51966, 48.9119, 2.3342),
            ("93077", "Villemomble", "93250", 30716, 48.8833, 2.5083),
            ("93078", "Villepinte", "93420", 37591, 48.9619, 2.5331),
            ("94017", "Champigny-sur-Marne", "94500", 77409, 48.8172, 2.5156),
            ("94028", "Créteil", "94000", 92984, 48.7904, 2.4556),
            ("94033", "Fontenay-sous-Bois", "94120", 53980, 48.8511, 2.4769),
            ("94052", "Nogent-sur-Marne", "94130", 33354, 48.8372, 2.4828),
            ("94058", "Le Perreux-sur-Marne", "94170", 34826, 48.8422, 2.5036),
            ("94067", "Saint-Mandé", "94160", 22656, 48.8422, 2.4186),
            ("94080", "Vincennes", "94300", 49849, 48.8474, 2.4390),
            ("75120", "Paris 20e Arrondissement", "75020", 187642, 48.8634, 2.4012)]
with open(os.path.join(DATA, "ref_communes_insee.csv"), "w", encoding="utf-8", newline="") as f:
    cw = csv.writer(f, delimiter=";", lineterminator="\n")
    cw.writerow(["code_insee", "libelle_commune", "code_postal", "code_departement",
                 "population_municipale_2021", "latitude_mairie", "longitude_mairie", "epci"])
    for c in COMMUNES:
        epci = "Est Ensemble" if c[0] in ("93006", "93008", "93010", "93045", "93048", "93053",
                                          "93055", "93061", "93063") else ""
        cw.writerow([c[0], c[1], c[2], c[0][:2], c[3], "%.4f" % c[4], "%.4f" % c[5], epci])

# ----------------------------------------------------------------- properties config
tok = "".join(R.choice("abcdef0123456789") for _ in range(40))
fc_secret = "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(48))
with open(os.path.join(DATA, "config", "portail-eservices.properties"), "w", encoding="utf-8") as f:
    f.write("""# ---------------------------------------------------------------
# Portail e-services usagers - instance Ville de Montreuil (93048)
# Citéo Services - fichier généré par le déploiement 4.12.3
# NE PAS VERSIONNER
# ---------------------------------------------------------------
app.name=portail-eservices
app.instance=montreuil-prod
app.base-url=https://montreuil.citeo-services.fr
app.locale=fr_FR
app.timezone=Europe/Paris
server.port=8443

spring.datasource.url=jdbc:postgresql://pg-eserv-01.citeo.local:5432/eservices
spring.datasource.username=eserv_app
spring.datasource.password=Qm7!vLr2#eServ-93
spring.datasource.hikari.maximum-pool-size=20

mail.smtp.host=smtp-relay.citeo-services.fr
mail.smtp.port=587
mail.smtp.starttls.enable=true
mail.smtp.auth=true
mail.smtp.username=eservices-montreuil
mail.smtp.password=Tr4vers!e-Hiver2024
mail.from=Ville de Montreuil <ne-pas-repondre@citeo-services.fr>

payfip.endpoint=https://www.tipi.budget.gouv.fr/tpa/paiementws.web
payfip.numcli=093048
payfip.api.token=%s

franceconnect.client-id=7c1f0e2a9b3d4e5f8a6b7c8d9e0f1a2b
franceconnect.client-secret=%s
franceconnect.scope=openid given_name family_name birthdate email

ants.api.base-url=https://api.ants.gouv.fr/etat-civil/v2
ants.api.key=ak_live_%s

upload.max-size=10MB
upload.allowed-types=pdf,jpg,jpeg,png
session.timeout-minutes=30
audit.log.path=/var/log/eservices/audit.jsonl
""" % (tok, fc_secret, "".join(R.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(32))))

# ----------------------------------------------------------------- parking XLSX
wb = openpyxl.Workbook()
wb.properties.creator = "Citeo e-services"
wb.properties.created = dt.datetime(2024, 9, 16, 7, 12, 0)
wb.properties.modified = dt.datetime(2024, 9, 16, 7, 12, 0)
ws = wb.active
ws.title = "Macarons 2024"
ws["A1"] = "Ville de Montreuil - Direction de l'Espace Public - Service Stationnement"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Liste des macarons résidents et professionnels en cours de validité au 15/09/2024"
ws["A3"] = "Extraction Citéo e-services - document interne"
hdr = ["N° macaron", "Type", "Nom", "Prénom", "Adresse", "Code postal", "Immatriculation",
       "Véhicule", "Zone", "Date début", "Date fin", "Montant payé (€)"]
ws.append([])
ws.append(hdr)
for c in ws[5]:
    c.font = Font(bold=True)
holders = [u for u in usagers if u["commune"] == "Montreuil"]
R.shuffle(holders)
n_mac = 0
for u in holders[:48]:
    deb = rdate("2023-10-01", "2024-09-01")
    typ = R.choice(["Résident"] * 6 + ["Professionnel mobile", "Professionnel de santé"])
    ws.append(["M%s-%05d" % (deb.year, R.randint(1, 99999)), typ, u["nom"].upper(), u["prenom"],
               u["adresse"], u["cp"], plaque(), R.choice(VOITURES),
               R.choice(["Zone A - Centre", "Zone B - Croix de Chavaux", "Zone C - Bas Montreuil",
                         "Zone D - Mairie"]),
               deb, dt.date(deb.year + 1, deb.month, min(deb.day, 28)) - dt.timedelta(days=1),
               45.0 if typ == "Résident" else 120.0])
    n_mac += 1
for row in ws.iter_rows(min_row=6, min_col=10, max_col=11):
    for c in row:
        c.number_format = "DD/MM/YYYY"
for col, wdt in zip("ABCDEFGHIJKL", [14, 22, 16, 14, 34, 11, 15, 18, 26, 12, 12, 16]):
    ws.column_dimensions[col].width = wdt
wb.save(os.path.join(DATA, "macarons_stationnement_2024.xlsx"))

# ----------------------------------------------------------------- truth
persons |= set(tuple(n.split(" ", 1)) for n in pc_names)
n_people = len(persons)

obs_list = sorted(obs_cats)
allergy_list = sorted(allergy_cats)
truth = {
    "brief": ("Export of the e-services vendor (Citéo Services) of a French town hall (Ville de "
              "Montreuil, 93): a PostgreSQL pg_dump (COPY) of the citizen portal (usagers, "
              "demandes d'état civil / cantine / macarons, paiements with a few SEPA IBANs), a "
              "cp1252 semicolon CSV of school canteen registrations (children and parents), a "
              "JSON-lines audit log of the portal, an INSEE communes gazetteer (control), a Java "
              "properties config with DB/SMTP passwords and API tokens, and an XLSX of resident "
              "parking permits with title rows. All in French."),
    "people": n_people,
    "fields": {
        "eservices_20240916.sql": {
            "usagers.nom": "name",
            "usagers.prenom": "name",
            "usagers.nom_naissance": "name",
            "usagers.date_naissance": "date_of_birth",
            "usagers.lieu_naissance": "location",
            "usagers.nir": "government_id",
            "usagers.adresse": "location",
            "usagers.complement_adresse": ["location", "name"] if compl_name else "location",
            "usagers.code_postal": "location",
            "usagers.commune": "location",
            "usagers.telephone_mobile": "phone",
            "usagers.telephone_fixe": "phone",
            "usagers.courriel": "email",
            "usagers.identifiant": ["username", "email"],
            "usagers.mot_de_passe": "password",
            "usagers.statut_compte": "account_type",
            "usagers.date_inscription": "activity",
            "usagers.derniere_connexion": "activity",
            "demandes.personne_concernee": "name",
            "demandes.date_depot": "activity",
            "demandes.observations": obs_list,
            "paiements.iban": "bank_account",
            "paiements.titulaire_compte": "name",
            "paiements.date_paiement": "activity",
        },
        "cantine_inscriptions_2024-2025.csv": {
            "Nom enfant": "name",
            "Prénom enfant": "name",
            "Date de naissance": "date_of_birth",
            "Allergies / PAI": allergy_list,
            "Responsable légal": "name",
            "Courriel parent": "email",
            "Téléphone parent": "phone",
        },
        "audit_portail_2024-Q3.jsonl": {
            "ts": "activity",
            "ip": "ip_address",
            "user.login": ["username", "email"],
            "session": "secret",
            "ua": "device",
        },
        "macarons_stationnement_2024.xlsx": {
            "Nom": "name",
            "Prénom": "name",
            "Adresse": "location",
            "Code postal": "location",
        },
    },
    "text": {
        "config/portail-eservices.properties": ["secret"],
    },
    "controls": ["ref_communes_insee.csv"],
    "ambiguous": {
        "macarons_stationnement_2024.xlsx": ["Immatriculation"],
        "eservices_20240916.sql": ["paiements.bic", "demandes.date_traitement"],
        "audit_portail_2024-Q3.jsonl": ["action"],
        "cantine_inscriptions_2024-2025.csv": ["École"],
    },
    "lookalikes": {
        "eservices_20240916.sql": {
            "demandes.numero_dossier": "14-digit case numbers (93048 + year + sequence)",
            "paiements.reference_transaction": (
                "16-19 digit PayFiP transaction references (YYYYMMDD + random digits); %d of %d "
                "pass Luhn by chance, none is a card" % (ref_luhn, len(paiements))),
            "paiements.id_psp": "UUIDs of the payment provider",
            "paiements.carte_4_derniers": "last four digits of the card only",
            "usagers.mdp_modifie_le": "timestamp of the last password change, not a password",
            "usagers.id_usager": "internal id",
        },
        "cantine_inscriptions_2024-2025.csv": {
            "N° famille": "family file number F#####",
            "Tranche QF": "quotient familial bracket A-G",
        },
        "audit_portail_2024-Q3.jsonl": {
            "request_id": "UUIDs",
            "details.dossier": "14-digit case numbers",
            "user.id": "internal user id",
        },
        "macarons_stationnement_2024.xlsx": {
            "N° macaron": "permit numbers",
            "Date début": "permit validity start",
            "Date fin": "permit expiry",
        },
    },
    "notes": (
        "NIR: 15 digits incl. the 2-digit key (97 - n mod 97, Corsica 2A/2B mapped to 19/18), "
        "consistent with sex, birth year/month and birth place INSEE code (99xxx abroad); about "
        "30%% written with spaces '1 85 05 78 006 084 91'. IBANs (FR, valid RIB key and mod-97) "
        "only on 'prélèvement' payments of %d usagers, half written in groups of 4. "
        "usagers.identifiant and audit user.login are the same login: ~35%% are the user's "
        "email address, the rest handles like 'jdupont85'. usagers.complement_adresse holds "
        "building/floor details and sometimes 'Chez M. et Mme <NOM>' (hence name). "
        "Licence plates (Immatriculation): personal data under GDPR (CNIL: a plate indirectly "
        "identifies the keeper), but no category in the list fits - marked ambiguous. "
        "'Allergies / PAI' is health data (no category) and is listed only for the doctor "
        "names / parent phone numbers some rows contain; 'Régime' (sans porc, végétarien) is "
        "likewise not a category. demandes.statut / paiements.statut_paiement / moyen_paiement "
        "are request/payment statuses, not account types. The .properties config holds a DB "
        "password, SMTP password, PayFiP API token, FranceConnect client secret and ANTS API key "
        "(listed under text as the contract names no key paths for properties). "
        "People = usagers + children + named non-user persons concerned by civil-status requests."
        % len(pay_users_iban)),
}
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=2)
print("usagers", len(usagers), "demandes", len(demandes), "paiements", len(paiements),
      "enfants", len(enfants), "events", len(events), "people", n_people,
      "iban users", len(pay_users_iban), "ref luhn", ref_luhn, "macarons", n_mac,
      "obs", obs_list, "allergy", allergy_list)
