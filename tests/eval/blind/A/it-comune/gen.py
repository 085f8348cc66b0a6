#!/usr/bin/env python3
"""Comune di Frascati -- portale servizi al cittadino (prenotazioni CIE / SPID, pagoPA).
Writes data/ and truth.json. Deterministic (seeded)."""
import json, os, random, io, re, zipfile, shutil, string, datetime as dt
import openpyxl
from openpyxl.styles import Font, Alignment, PatternFill

R = random.Random(39_058)
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
if os.path.exists(DATA):
    shutil.rmtree(DATA)
os.makedirs(DATA)

MALE = ["Marco", "Luca", "Giuseppe", "Francesco", "Alessandro", "Andrea", "Matteo", "Lorenzo", "Davide",
        "Simone", "Giovanni", "Antonio", "Stefano", "Paolo", "Roberto", "Fabio", "Massimo", "Claudio",
        "Riccardo", "Emanuele", "Salvatore", "Vincenzo", "Pietro", "Tommaso"]
FEMALE = ["Giulia", "Francesca", "Chiara", "Sara", "Martina", "Valentina", "Alessia", "Elena", "Federica",
          "Silvia", "Laura", "Anna", "Maria", "Paola", "Giorgia", "Sofia", "Roberta", "Daniela",
          "Cristina", "Monica", "Ilaria", "Beatrice", "Serena", "Rita"]
SURN = ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
        "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti",
        "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi", "Caruso", "Ferrara", "Galli", "Martini",
        "Leone", "Longo", "Gentile", "Martinelli", "Vitale", "Lombardo", "Serra", "Coppola", "De Santis",
        "D'Angelo", "Marchetti", "Pace", "Fiorentini", "Cecchini", "Tozzi", "Di Giacomo"]
# place of birth -> Belfiore cadastral code
BIRTH = [("Roma", "H501", 40), ("Frascati", "D773", 10), ("Napoli", "F839", 5), ("Milano", "F205", 3),
         ("Palermo", "G273", 2), ("Bari", "A662", 2), ("Torino", "L219", 2), ("Firenze", "D612", 2),
         ("Velletri", "L719", 3), ("Latina", "E472", 2), ("Frosinone", "D810", 2), ("Genova", "D969", 1),
         ("Bologna", "A944", 1), ("Reggio di Calabria", "H224", 1)]
RESID = [("Frascati", "00044", "RM", 60), ("Grottaferrata", "00046", "RM", 10),
         ("Monte Porzio Catone", "00078", "RM", 5), ("Roma", "00173", "RM", 6), ("Roma", "00133", "RM", 4),
         ("Monte Compatri", "00077", "RM", 3), ("Rocca di Papa", "00040", "RM", 3)]
STREETS = ["Via Cavour", "Via Roma", "Piazza Marconi", "Via Tuscolana", "Viale Vittorio Veneto",
           "Via Enrico Fermi", "Via dei Ciliegi", "Via Giuseppe Garibaldi", "Via Anagnina", "Via della Sorgente",
           "Via Matteotti", "Viale Annibal Caro", "Via Colle Pizzuto", "Via di Vermicino", "Via Mazzini",
           "Largo Pentini", "Via del Tuscolo", "Via Luigi Pirandello"]

MONTHS = "ABCDEHLMPRST"
ODD = {c: v for c, v in zip("0123456789", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21])}
ODD.update({c: v for c, v in zip(string.ascii_uppercase,
           [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23])})
EVEN = {c: int(c) for c in "0123456789"}
EVEN.update({c: i for i, c in enumerate(string.ascii_uppercase)})

def cf_check(s15):
    tot = sum(ODD[c] if i % 2 == 0 else EVEN[c] for i, c in enumerate(s15))
    return string.ascii_uppercase[tot % 26]

def _letters(s):
    s = "".join(c for c in s.upper() if c.isalpha())
    cons = [c for c in s if c not in "AEIOU"]
    vow = [c for c in s if c in "AEIOU"]
    return cons, vow

def cf_surname(s):
    c, v = _letters(s)
    return "".join((c + v + ["X"] * 3)[:3])

def cf_name(s):
    c, v = _letters(s)
    if len(c) >= 4:
        return c[0] + c[2] + c[3]
    return "".join((c + v + ["X"] * 3)[:3])

def codice_fiscale(fn, ln, bd, female, belf):
    day = bd.day + (40 if female else 0)
    s = cf_surname(ln) + cf_name(fn) + f"{bd.year % 100:02d}" + MONTHS[bd.month - 1] + f"{day:02d}" + belf
    return s + cf_check(s)

assert codice_fiscale("Mario", "Rossi", dt.date(1980, 1, 1), False, "H501") == "RSSMRA80A01H501U"

def iban_it(abi, cab, conto):
    bban_nocin = abi + cab + conto
    cin = cf_check(bban_nocin)          # CIN uses the same odd/even tables, mod 26
    bban = cin + bban_nocin
    num = "".join(str(int(c, 36)) for c in bban + "IT00")
    chk = 98 - int(num) % 97
    return f"IT{chk:02d}{bban}"

def iban_ok(ib):
    s = ib[4:] + ib[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1

ABI = ["03069", "02008", "05034", "01030", "07601", "03015", "08327", "03111"]

def phone():
    r = R.random()
    if r < 0.7:
        p = R.choice(["333", "335", "338", "339", "340", "347", "348", "349", "320", "328", "366", "380", "392"])
        n = f"{R.randint(0, 9999999):07d}"
        return R.choice([f"{p} {n}", f"{p} {n}", f"{p}{n}", f"+39 {p} {n}", f"{p}-{n}"])
    n = f"{R.randint(0, 99999999):08d}"
    if R.random() < 0.5:
        n = "94" + n[2:]          # 06 94xxxxxx: Castelli Romani numbering
    return R.choice([f"06 {n}", f"06{n}", f"06/{n}", f"06 {n[:4]} {n[4:]}"])

def asc(s):
    return s.lower().replace("'", "").replace(" ", "")

def rdt(a, b):
    return a + dt.timedelta(seconds=R.randint(0, int((b - a).total_seconds())))

# ------------------------------------------------------------------ citizens
N = 90
cit = []
cfs = set()
for i in range(N):
    female = R.random() < 0.52
    fn = R.choice(FEMALE if female else MALE)
    ln = R.choice(SURN)
    bd = dt.date(R.randint(1938, 2006), R.randint(1, 12), R.randint(1, 28))
    bp = R.choices(BIRTH, [b[2] for b in BIRTH])[0]
    cf = codice_fiscale(fn, ln, bd, female, bp[1])
    if cf in cfs:
        continue
    cfs.add(cf)
    res = R.choices(RESID, [r[3] for r in RESID])[0]
    addr = f"{R.choice(STREETS)}, {R.randint(1, 180)}" + (R.choice(["", "", "", "/A", " int. 4", " scala B"]))
    r = R.random()
    if r < 0.35:
        email = f"{asc(fn)}.{asc(ln)}@{R.choice(['pec.it', 'legalmail.it', 'pec.libero.it', 'postacertificata.gov.it'])}"
    elif r < 0.85:
        email = R.choice([f"{asc(fn)}.{asc(ln)}", f"{asc(fn)}{asc(ln)}{bd.year % 100}", f"{asc(fn)[0]}{asc(ln)}",
                          f"{asc(ln)}.{asc(fn)}{R.randint(1, 99)}"]) + "@" + R.choice(
            ["gmail.com", "gmail.com", "libero.it", "virgilio.it", "hotmail.it", "yahoo.it", "alice.it", "tiscali.it"])
    else:
        email = None
    cit.append(dict(id=i + 1, fn=fn, ln=ln, female=female, bd=bd, bp=bp[0], cf=cf, addr=addr, cap=res[1],
                    comune=res[0], prov=res[2], email=email, tel=phone() if R.random() < 0.9 else None,
                    reg=rdt(dt.datetime(2020, 9, 1), dt.datetime(2024, 2, 28)),
                    spid=R.choice(["PosteID", "PosteID", "ArubaID", "InfoCert ID", "SielteID", "TIM id", "Lepida ID", "CIE"]),
                    iban=(iban_it(R.choice(ABI), f"{R.randint(1000, 99999):05d}", f"{R.randint(0, 10**12 - 1):012d}")
                          if R.random() < 0.35 else None),
                    ip=f"{R.choice([93, 79, 151, 2, 87, 95, 5, 82])}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"))
OPER = [("Patrizia", "Cecchini", "operatore"), ("Maurizio", "Tozzi", "operatore"),
        ("Loredana", "Pace", "operatore"), ("Gianluca", "Fiorentini", "responsabile"),
        ("Elisa", "Marchetti", "operatore"), ("Sergio", "Di Giacomo", "amministratore")]
ops = []
for k, (fn, ln, role) in enumerate(OPER):
    ops.append(dict(id=k + 1, fn=fn, ln=ln, role=role, user=f"{asc(fn)[0]}{asc(ln)}",
                    email=f"{asc(fn)}.{asc(ln)}@comune.frascati.rm.it",
                    pw="$2a$10$" + "".join(R.choice("./" + string.ascii_letters + string.digits) for _ in range(53)),
                    last=rdt(dt.datetime(2024, 3, 1), dt.datetime(2024, 3, 15, 13)),
                    ip=f"10.12.{R.randint(1, 4)}.{R.randint(10, 200)}"))

TESORERIA_IBAN = iban_it("05034", "39090", "000000218907")   # Tesoreria comunale (ente, not a person)

# ------------------------------------------------------------------ bookings and payments
SERV = [("CIE", "Carta d'identità elettronica", 2279), ("CIE_RINNOVO", "Rinnovo CIE", 2279),
        ("CERT_ANAGR", "Certificato anagrafico", 52), ("RESIDENZA", "Cambio di residenza", 0),
        ("STATO_CIVILE", "Pubblicazioni di matrimonio", 1600)]
SPORT = ["Sportello 1 - Anagrafe", "Sportello 2 - Anagrafe", "Sportello 3 - CIE", "Sportello 4 - Stato civile",
         "URP Piazza Marconi"]
pren = []
pid = 1
for c in cit:
    for _ in range(R.choice([1, 1, 1, 2, 2, 3])):
        s = R.choices(SERV, [40, 25, 15, 12, 8])[0]
        lo = max(c["reg"], dt.datetime(2023, 3, 1) if R.random() < 0.5 else dt.datetime(2024, 1, 20))
        created = rdt(lo, dt.datetime(2024, 3, 14, 18))
        slot = (created + dt.timedelta(days=R.randint(2, 40))).replace(
            hour=R.choice([8, 9, 10, 11, 12, 15, 16]), minute=R.choice([0, 15, 30, 45]), second=0, microsecond=0)
        while slot.weekday() >= 5 or (slot.weekday() in (0, 2, 4) and slot.hour >= 13):
            slot += dt.timedelta(days=1)
        if slot > dt.datetime(2024, 3, 15):
            stato = R.choices(["confermata", "annullata"], [82, 18])[0]
        else:
            stato = R.choices(["completata", "annullata"], [80, 20])[0]
        pren.append(dict(id=pid, c=c, serv=s, created=created, slot=slot, sportello=R.choice(SPORT),
                         stato=stato, codice=f"PRN-{slot.year}-{pid * 7 + 1000:06d}",
                         note=R.choice([None, None, None, "Portare foto tessera", "Minore accompagnato da genitore",
                                        "Richiesto interprete LIS", "Denuncia di smarrimento allegata"])))
        pid += 1
pren.sort(key=lambda p: p["created"])

def iuv():
    return "0" + f"{R.randint(10**16, 10**17 - 1)}"      # 18 digits

pag = []
for p in pren:
    if p["serv"][2] == 0 or p["stato"] == "annullata" and R.random() < 0.6:
        continue
    refund = p["stato"] == "annullata"
    when = p["created"] + dt.timedelta(minutes=R.randint(3, 600))
    pag.append(dict(id=len(pag) + 1, p=p, iuv=iuv(), importo=p["serv"][2] / 100,
                    causale=f"{p['serv'][1]} - {p['codice']}", data=when,
                    esito=R.choices(["ESEGUITO", "NON_ESEGUITO"], [94, 6])[0] if not refund else "RIMBORSATO",
                    psp=R.choice(["Poste Italiane", "Intesa Sanpaolo", "Nexi Payments", "UniCredit", "Satispay", "PayPal Europe"]),
                    iban_rimborso=(p["c"]["iban"] or iban_it(R.choice(ABI), f"{R.randint(1000, 99999):05d}",
                                                              f"{R.randint(0, 10**12 - 1):012d}")) if refund else None))

# ------------------------------------------------------------------ pg_dump
def last_sunday(y, m):
    d = dt.date(y, m, 31)
    return d - dt.timedelta(days=(d.weekday() + 1) % 7)

def is_cest(v):
    return last_sunday(v.year, 3) <= v.date() < last_sunday(v.year, 10)

def cp(v):
    if v is None:
        return r"\N"
    if isinstance(v, bool):
        return "t" if v else "f"
    if isinstance(v, dt.datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S") + ("+02" if is_cest(v) else "+01")
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, float):
        return f"{v:.2f}"
    return str(v).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")

def copy_block(table, cols, rows):
    out = [f"--\n-- Data for Name: {table}; Type: TABLE DATA; Schema: public; Owner: portale\n--\n",
           f"COPY public.{table} ({', '.join(cols)}) FROM stdin;"]
    for r in rows:
        out.append("\t".join(cp(v) for v in r))
    out.append("\\.\n\n")
    return "\n".join(out)

ddl = """--
-- PostgreSQL database dump
--

-- Dumped from database version 14.10 (Debian 14.10-1.pgdg120+1)
-- Dumped by pg_dump version 14.10 (Debian 14.10-1.pgdg120+1)

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
-- Name: cittadini; Type: TABLE; Schema: public; Owner: portale
--

CREATE TABLE public.cittadini (
    id integer NOT NULL,
    codice_fiscale character(16) NOT NULL,
    nome character varying(80) NOT NULL,
    cognome character varying(80) NOT NULL,
    sesso character(1) NOT NULL,
    data_di_nascita date NOT NULL,
    luogo_di_nascita character varying(80),
    indirizzo character varying(160),
    cap character(5),
    comune character varying(80),
    provincia character(2),
    email_pec character varying(160),
    telefono character varying(20),
    provider_spid character varying(30),
    consenso_privacy boolean DEFAULT false NOT NULL,
    data_registrazione timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT cittadini_sesso_check CHECK ((sesso = ANY (ARRAY['M'::bpchar, 'F'::bpchar])))
);


ALTER TABLE public.cittadini OWNER TO portale;

--
-- Name: cittadini_id_seq; Type: SEQUENCE; Schema: public; Owner: portale
--

CREATE SEQUENCE public.cittadini_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.cittadini_id_seq OWNER TO portale;

ALTER SEQUENCE public.cittadini_id_seq OWNED BY public.cittadini.id;

--
-- Name: operatori; Type: TABLE; Schema: public; Owner: portale
--

CREATE TABLE public.operatori (
    id integer NOT NULL,
    username character varying(40) NOT NULL,
    nome character varying(80) NOT NULL,
    cognome character varying(80) NOT NULL,
    email character varying(160) NOT NULL,
    ruolo character varying(20) NOT NULL,
    password_hash character varying(72) NOT NULL,
    password_scadenza date,
    ultimo_accesso timestamp with time zone,
    attivo boolean DEFAULT true NOT NULL,
    CONSTRAINT operatori_ruolo_check CHECK (((ruolo)::text = ANY ((ARRAY['operatore'::character varying, 'responsabile'::character varying, 'amministratore'::character varying])::text[])))
);


ALTER TABLE public.operatori OWNER TO portale;

--
-- Name: prenotazioni; Type: TABLE; Schema: public; Owner: portale
--

CREATE TABLE public.prenotazioni (
    id integer NOT NULL,
    codice_prenotazione character varying(20) NOT NULL,
    cittadino_id integer NOT NULL,
    servizio character varying(20) NOT NULL,
    sportello character varying(40) NOT NULL,
    data_prenotazione timestamp with time zone NOT NULL,
    data_appuntamento timestamp with time zone NOT NULL,
    stato character varying(12) DEFAULT 'confermata'::character varying NOT NULL,
    note text,
    CONSTRAINT prenotazioni_stato_check CHECK (((stato)::text = ANY ((ARRAY['confermata'::character varying, 'annullata'::character varying, 'completata'::character varying])::text[])))
);


ALTER TABLE public.prenotazioni OWNER TO portale;

--
-- Name: pagamenti; Type: TABLE; Schema: public; Owner: portale
--

CREATE TABLE public.pagamenti (
    id integer NOT NULL,
    prenotazione_id integer,
    cittadino_id integer NOT NULL,
    iuv character(18) NOT NULL,
    importo numeric(10,2) NOT NULL,
    causale character varying(140) NOT NULL,
    iban_beneficiario character varying(27) NOT NULL,
    iban_rimborso character varying(27),
    psp character varying(60),
    esito character varying(14) NOT NULL,
    data_pagamento timestamp with time zone NOT NULL
);


ALTER TABLE public.pagamenti OWNER TO portale;

"""
body = [ddl]
body.append(copy_block("cittadini",
    ["id", "codice_fiscale", "nome", "cognome", "sesso", "data_di_nascita", "luogo_di_nascita", "indirizzo", "cap",
     "comune", "provincia", "email_pec", "telefono", "provider_spid", "consenso_privacy", "data_registrazione"],
    [[c["id"], c["cf"], c["fn"], c["ln"], "F" if c["female"] else "M", c["bd"], c["bp"], c["addr"], c["cap"],
      c["comune"], c["prov"], c["email"], c["tel"], c["spid"], R.random() < 0.97, c["reg"]] for c in cit]))
body.append(copy_block("operatori",
    ["id", "username", "nome", "cognome", "email", "ruolo", "password_hash", "password_scadenza", "ultimo_accesso", "attivo"],
    [[o["id"], o["user"], o["fn"], o["ln"], o["email"], o["role"], o["pw"],
      dt.date(2024, R.randint(4, 9), R.randint(1, 28)), o["last"], True] for o in ops]))
body.append(copy_block("prenotazioni",
    ["id", "codice_prenotazione", "cittadino_id", "servizio", "sportello", "data_prenotazione", "data_appuntamento",
     "stato", "note"],
    [[p["id"], p["codice"], p["c"]["id"], p["serv"][0], p["sportello"], p["created"], p["slot"], p["stato"], p["note"]]
     for p in sorted(pren, key=lambda p: p["id"])]))
body.append(copy_block("pagamenti",
    ["id", "prenotazione_id", "cittadino_id", "iuv", "importo", "causale", "iban_beneficiario", "iban_rimborso", "psp",
     "esito", "data_pagamento"],
    [[g["id"], g["p"]["id"], g["p"]["c"]["id"], g["iuv"], g["importo"], g["causale"], TESORERIA_IBAN,
      g["iban_rimborso"], g["psp"], g["esito"], g["data"]] for g in pag]))
body.append("""--
-- Name: cittadini_id_seq; Type: SEQUENCE SET; Schema: public; Owner: portale
--

SELECT pg_catalog.setval('public.cittadini_id_seq', %d, true);


--
-- Name: cittadini cittadini_pkey; Type: CONSTRAINT; Schema: public; Owner: portale
--

ALTER TABLE ONLY public.cittadini
    ADD CONSTRAINT cittadini_pkey PRIMARY KEY (id);


--
-- Name: cittadini cittadini_codice_fiscale_key; Type: CONSTRAINT; Schema: public; Owner: portale
--

ALTER TABLE ONLY public.cittadini
    ADD CONSTRAINT cittadini_codice_fiscale_key UNIQUE (codice_fiscale);


--
-- Name: prenotazioni prenotazioni_cittadino_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: portale
--

ALTER TABLE ONLY public.prenotazioni
    ADD CONSTRAINT prenotazioni_cittadino_id_fkey FOREIGN KEY (cittadino_id) REFERENCES public.cittadini(id);


--
-- PostgreSQL database dump complete
--

""" % len(cit))
with open(os.path.join(DATA, "portale_servizi.sql"), "w", encoding="utf-8") as f:
    f.write("".join(body))

# ------------------------------------------------------------------ gazetteer of comuni (CONTROL)
COMUNI = [("058040", "Frascati", "RM", 22431, 22.48), ("058047", "Grottaferrata", "RM", 20593, 18.40),
          ("058065", "Monte Porzio Catone", "RM", 8657, 9.12), ("058064", "Monte Compatri", "RM", 11880, 24.57),
          ("058084", "Rocca di Papa", "RM", 17350, 40.18), ("058083", "Rocca Priora", "RM", 12254, 28.07),
          ("058057", "Marino", "RM", 46290, 26.10), ("058022", "Castel Gandolfo", "RM", 8968, 14.20),
          ("058001", "Albano Laziale", "RM", 41715, 23.80), ("058048", "Genzano di Roma", "RM", 24191, 17.94),
          ("058050", "Lanuvio", "RM", 13911, 43.92), ("058049", "Ariccia", "RM", 18524, 18.59),
          ("058076", "Nemi", "RM", 1939, 7.36), ("058111", "Velletri", "RM", 52870, 113.21),
          ("058035", "Colonna", "RM", 4402, 3.55), ("058091", "Roma", "RM", 2749031, 1287.36),
          ("058034", "Ciampino", "RM", 38502, 13.00), ("058079", "Pomezia", "RM", 64209, 86.58),
          ("058104", "Tivoli", "RM", 55686, 68.65), ("058046", "Guidonia Montecelio", "RM", 89155, 79.47),
          ("058116", "Zagarolo", "RM", 18355, 28.04), ("058100", "San Cesareo", "RM", 15883, 23.68),
          ("058097", "Palestrina", "RM", 21925, 47.01), ("058032", "Cave", "RM", 11379, 17.85),
          ("059011", "Latina", "LT", 127564, 277.62), ("059001", "Aprilia", "LT", 74394, 178.11),
          ("059008", "Formia", "LT", 37571, 74.17), ("059032", "Terracina", "LT", 46348, 136.59),
          ("060038", "Frosinone", "FR", 43395, 46.85), ("060019", "Cassino", "FR", 35897, 83.42),
          ("060002", "Alatri", "FR", 28310, 96.64), ("060005", "Anagni", "FR", 21198, 113.13),
          ("056059", "Viterbo", "VT", 66940, 406.23), ("056012", "Civita Castellana", "VT", 15478, 84.24),
          ("057059", "Rieti", "RI", 46152, 206.46), ("057026", "Fara in Sabina", "RI", 13768, 55.04),
          ("015146", "Milano", "MI", 1371498, 181.67), ("063049", "Napoli", "NA", 913462, 119.02),
          ("001272", "Torino", "TO", 841600, 130.01), ("082053", "Palermo", "PA", 630167, 160.59),
          ("037006", "Bologna", "BO", 387971, 140.86), ("048017", "Firenze", "FI", 360930, 102.32)]
REG = {"RM": "Lazio", "LT": "Lazio", "FR": "Lazio", "VT": "Lazio", "RI": "Lazio", "MI": "Lombardia",
       "NA": "Campania", "TO": "Piemonte", "PA": "Sicilia", "BO": "Emilia-Romagna", "FI": "Toscana"}
g = ["Codice ISTAT;Denominazione;Provincia;Regione;Popolazione residente;Superficie (km²);Zona altimetrica"]
for code, name, pr, pop, sup in COMUNI:
    g.append(f"{code};{name};{pr};{REG[pr]};{pop};{str(sup).replace('.', ',')};"
             f"{R.choice(['Collina interna', 'Collina litoranea', 'Pianura', 'Montagna interna'])}")
with open(os.path.join(DATA, "elenco_comuni_istat.csv"), "w", encoding="utf-8", newline="") as f:
    f.write("\r\n".join(g) + "\r\n")

# ------------------------------------------------------------------ XLSX: appointments, two title rows
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Appuntamenti feb-mar"
ws["A1"] = "Comune di Frascati - Servizi Demografici"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Elenco appuntamenti sportello CIE e anagrafe dal 01/02/2024 al 31/03/2024 (estratto il 15/03/2024)"
ws["A2"].font = Font(italic=True)
HDR = ["N.", "Data", "Ora", "Sportello", "Cognome", "Nome", "Codice fiscale", "Telefono", "Servizio", "Stato",
       "Codice prenotazione"]
for j, h in enumerate(HDR, 1):
    c = ws.cell(row=3, column=j, value=h)
    c.font = Font(bold=True, color="FFFFFF")
    c.fill = PatternFill("solid", fgColor="1F4E78")
    c.alignment = Alignment(horizontal="center")
xl = [p for p in pren if dt.datetime(2024, 2, 1) <= p["slot"] < dt.datetime(2024, 4, 1)]
xl.sort(key=lambda p: p["slot"])
for k, p in enumerate(xl, 1):
    c = p["c"]
    row = [k, p["slot"].date(), p["slot"].strftime("%H:%M"), p["sportello"], c["ln"].upper(), c["fn"].upper(),
           c["cf"], c["tel"] or "", p["serv"][1], p["stato"].capitalize(), p["codice"]]
    ws.append(row)
    ws.cell(row=ws.max_row, column=2).number_format = "DD/MM/YYYY"
for col, w in zip("ABCDEFGHIJK", [5, 12, 7, 26, 16, 14, 19, 15, 30, 12, 18]):
    ws.column_dimensions[col].width = w
wb.properties.creator = "Servizi Demografici"
wb.properties.created = dt.datetime(2024, 3, 15, 9, 12)
wb.properties.modified = dt.datetime(2024, 3, 15, 9, 12)
_xb = io.BytesIO()
wb.save(_xb)
# re-pack with fixed timestamps so the file is byte-for-byte reproducible
with zipfile.ZipFile(io.BytesIO(_xb.getvalue())) as zin, \
        zipfile.ZipFile(os.path.join(DATA, "appuntamenti_feb_mar_2024.xlsx"), "w", zipfile.ZIP_DEFLATED) as zout:
    for it in zin.infolist():
        content = zin.read(it.filename)
        if it.filename == "docProps/core.xml":
            content = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2024-03-15T09:12:00Z", content)
        zi = zipfile.ZipInfo(it.filename, date_time=(2024, 3, 15, 9, 12, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zout.writestr(zi, content)

# ------------------------------------------------------------------ application log (Italian)
logl = []
def L(ts, lvl, th, cls, msg):
    logl.append((ts, f"{ts.strftime('%Y-%m-%d %H:%M:%S')},{R.randint(0, 999):03d} {lvl:<5} [{th}] {cls} - {msg}"))
thr = lambda: f"http-nio-8080-exec-{R.randint(1, 25)}"
day0 = dt.datetime(2024, 3, 4, 0, 0)
for p in pren:
    if not (day0 <= p["created"] < dt.datetime(2024, 3, 15)):
        continue
    c = p["c"]
    t = p["created"] - dt.timedelta(seconds=R.randint(30, 400))
    if c["spid"] == "CIE":
        L(t, "INFO", thr(), "i.c.p.auth.CieIdAuthFilter", f"Accesso con CieID riuscito: utente={c['cf']} ip={c['ip']}")
    else:
        L(t, "INFO", thr(), "i.c.p.auth.SpidAuthFilter",
          f"Login SPID riuscito: utente={c['cf']} idp={c['spid']} livello=SpidL2 ip={c['ip']}")
    L(p["created"], "INFO", thr(), "i.c.p.prenotazioni.PrenotazioneService",
      f"Nuova prenotazione {p['codice']} servizio={p['serv'][0]} slot={p['slot'].strftime('%Y-%m-%dT%H:%M')} cittadino_id={c['id']}")
    if c["email"] and R.random() < 0.8:
        ok = R.random() < 0.85
        t2 = p["created"] + dt.timedelta(seconds=R.randint(1, 20))
        if ok:
            L(t2, "INFO", "notifiche-pool-2", "i.c.p.notifiche.MailSender", f"Conferma inviata a {c['email']} ({p['codice']})")
        else:
            L(t2, "ERROR", "notifiche-pool-2", "i.c.p.notifiche.MailSender",
              f"Invio fallito a {c['email']}: 550 5.1.1 casella inesistente")
for gp in pag:
    if day0 <= gp["data"] < dt.datetime(2024, 3, 15):
        L(gp["data"], "INFO", "pagopa-rt-1", "i.c.p.pagopa.RtReceiver",
          f"Ricevuta telematica IUV={gp['iuv']} importo={gp['importo']:.2f} esito={gp['esito']}")
for o in ops:
    for d in [0, 1, 2, 3, 4, 7, 8, 9, 10]:
        t = dt.datetime(2024, 3, 4 + d, R.randint(7, 8), R.randint(0, 59), R.randint(0, 59))
        if R.random() < 0.15:
            L(t, "WARN", thr(), "i.c.p.auth.BackofficeLogin",
              f"Tentativo di accesso fallito: utente={o['user']} ip={o['ip']} motivo=password errata")
            t += dt.timedelta(seconds=R.randint(10, 60))
        L(t, "INFO", thr(), "i.c.p.auth.BackofficeLogin", f"Accesso backoffice: utente={o['user']} ruolo={o['role']} ip={o['ip']}")
        L(t + dt.timedelta(hours=R.randint(4, 6)), "INFO", thr(), "i.c.p.auth.BackofficeLogin", f"Logout: utente={o['user']}")
for d in range(11):
    base = dt.datetime(2024, 3, 4 + d)
    L(base + dt.timedelta(hours=2), "INFO", "scheduler-1", "i.c.p.jobs.PuliziaSlotJob", "Rilasciati 14 slot scaduti")
    L(base + dt.timedelta(hours=3), "INFO", "scheduler-1", "i.c.p.jobs.SincronizzaAnpr", "Sincronizzazione ANPR completata in 4128 ms")
    L(base + dt.timedelta(hours=11, minutes=7), "WARN", "pagopa-rt-1", "i.c.p.pagopa.NodoClient",
      "Timeout nodo pagoPA (30000 ms), nuovo tentativo 1/3")
    L(base + dt.timedelta(hours=R.randint(9, 17)), "ERROR", thr(), "o.a.c.c.C.[.[.[/portale].[dispatcherServlet]",
      "Servlet.service() per il servlet [dispatcherServlet] ha generato un'eccezione: java.net.SocketTimeoutException: Read timed out")
logl.sort(key=lambda x: x[0])
with open(os.path.join(DATA, "portale-servizi.log"), "w", encoding="utf-8") as f:
    for _, l in logl:
        f.write(l + "\n")

# ------------------------------------------------------------------ zip: pagoPA reconciliation 2023
rows = ["IUV;Importo;Data esito;Codice fiscale versante;Anagrafica versante;Causale;Esito;Codice PSP"]
n23 = 0
for gp in pag:
    if gp["data"].year != 2023:
        continue
    c = gp["p"]["c"]
    rows.append(";".join([gp["iuv"], f"{gp['importo']:.2f}".replace(".", ","), gp["data"].strftime("%d/%m/%Y %H:%M"),
                          c["cf"], f"{c['ln'].upper()} {c['fn'].upper()}", gp["causale"], gp["esito"],
                          R.choice(["BPPIITRRXXX", "BCITITMM", "UNCRITMM", "SATYLUL1", "PPAYITR1XXX"])]))
    n23 += 1
zb = ("\r\n".join(rows) + "\r\n").encode("cp1252")
with zipfile.ZipFile(os.path.join(DATA, "rendicontazione_pagopa_2023.zip"), "w", zipfile.ZIP_DEFLATED) as z:
    zi = zipfile.ZipInfo("rendicontazione_2023.csv", date_time=(2024, 1, 15, 10, 2, 0))
    zi.compress_type = zipfile.ZIP_DEFLATED
    z.writestr(zi, zb)

# ------------------------------------------------------------------ truth
assert all(iban_ok(c["iban"]) for c in cit if c["iban"]) and iban_ok(TESORERIA_IBAN)
assert all(iban_ok(g_["iban_rimborso"]) for g_ in pag if g_["iban_rimborso"])
n_refund = sum(1 for g_ in pag if g_["iban_rimborso"])
note_has_pd = False
truth = {
    "brief": ("Comune di Frascati (RM), portale dei servizi al cittadino: prenotazioni CIE/anagrafe via SPID/CieID "
              "and pagoPA payments. PostgreSQL pg_dump (cittadini, operatori, prenotazioni, pagamenti), ISTAT "
              "gazetteer CSV of comuni (control), XLSX of Feb-Mar 2024 appointments with two title rows, Java "
              "application log in Italian, zip with the 2023 pagoPA reconciliation CSV (cp1252, ';'). Italian headers."),
    "people": len(cit) + len(ops),
    "fields": {
        "portale_servizi.sql": {
            "cittadini.codice_fiscale": "government_id", "cittadini.nome": "name", "cittadini.cognome": "name",
            "cittadini.data_di_nascita": "date_of_birth", "cittadini.luogo_di_nascita": "location",
            "cittadini.indirizzo": "location", "cittadini.cap": "location", "cittadini.comune": "location",
            "cittadini.provincia": "location", "cittadini.email_pec": "email", "cittadini.telefono": "phone",
            "cittadini.data_registrazione": "activity",
            "operatori.username": "username", "operatori.nome": "name", "operatori.cognome": "name",
            "operatori.email": "email", "operatori.ruolo": "account_type", "operatori.password_hash": "password",
            "operatori.ultimo_accesso": "activity",
            "prenotazioni.data_prenotazione": "activity", "prenotazioni.data_appuntamento": "activity",
            "pagamenti.iban_rimborso": "bank_account", "pagamenti.data_pagamento": "activity",
        },
        "appuntamenti_feb_mar_2024.xlsx": {
            "Data": "activity", "Ora": "activity", "Cognome": "name", "Nome": "name",
            "Codice fiscale": "government_id", "Telefono": "phone",
        },
        "rendicontazione_pagopa_2023.zip!rendicontazione_2023.csv": {
            "Data esito": "activity", "Codice fiscale versante": "government_id", "Anagrafica versante": "name",
        },
    },
    "text": {"portale-servizi.log": ["government_id", "username", "ip_address", "activity", "email"]},
    "controls": ["elenco_comuni_istat.csv"],
    "ambiguous": {"portale_servizi.sql": ["cittadini.provider_spid", "operatori.password_scadenza"]},
    "lookalikes": {
        "portale_servizi.sql": {
            "pagamenti.iuv": "18-digit pagoPA IUV payment codes",
            "pagamenti.iban_beneficiario": "the comune treasury's own IBAN (valid mod-97, an organisation's account, same value in every row)",
            "prenotazioni.codice_prenotazione": "booking reference PRN-YYYY-NNNNNN",
            "prenotazioni.stato": "status enum confermata/annullata/completata",
            "prenotazioni.sportello": "desk names", "prenotazioni.servizio": "service codes",
            "pagamenti.esito": "status", "pagamenti.psp": "bank / PSP names", "pagamenti.causale": "service name + booking code",
            "cittadini.sesso": "M/F (not a category)",
        },
        "elenco_comuni_istat.csv": {"Codice ISTAT": "6-digit municipality codes", "Denominazione": "place names",
                                    "Popolazione residente": "integers"},
        "appuntamenti_feb_mar_2024.xlsx": {"Codice prenotazione": "booking ref", "Stato": "status", "Sportello": "desk"},
        "rendicontazione_pagopa_2023.zip!rendicontazione_2023.csv": {"IUV": "18-digit payment codes",
                                                                    "Codice PSP": "BIC of the payment provider"},
    },
    "notes": (f"people = {len(cit)} cittadini + {len(ops)} operatori. Codici fiscali are computed with the real "
              f"algorithm (valid check character; Belfiore codes of the birth places). pagamenti.iban_rimborso is set "
              f"only on refunded payments ({n_refund} rows, citizens' IBANs, valid mod-97 and CIN); NULL elsewhere. "
              f"The XLSX header is on row 3 (rows 1-2 are titles). The log's utente= carries the citizen's codice "
              f"fiscale for SPID/CieID logins and the operator username for backoffice logins; operator IPs are "
              f"internal 10.12.x.x. Zip member is cp1252. provider_spid (which SPID identity provider the citizen "
              f"uses) is ambiguous; password_scadenza is a password-expiry date (not a password, arguably not activity). "
              f"prenotazioni.note holds only service notes, no personal data."),
}
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=2)
print("cittadini", len(cit), "operatori", len(ops), "prenotazioni", len(pren), "pagamenti", len(pag),
      "refund", n_refund, "xlsx rows", len(xl), "zip rows", n23, "log lines", len(logl))
