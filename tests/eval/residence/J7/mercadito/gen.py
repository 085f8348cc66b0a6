#!/usr/bin/env python3
"""Generate the Mercadito blind dump (data/ + truth.json).  Standard library only.

Mercadito: online marketplace for handmade goods, HQ Guadalajara (MX).
Seeded and deterministic; every count in truth.json is computed from what is written.
"""
import csv
import datetime as dt
import io
import json
import os
import random
import shutil
import unicodedata
import zipfile

SEED = 7707
R = random.Random(SEED)
BASE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(BASE, "data")

SQLF = "mercadito_prod.sql"
PAYF = "pagos_vendedores_2024T3.csv"
CHATF = "soporte_chat_export.json"
LOGF = "storefront_access.log"
MKTF = "mailing_suscriptores.csv"
ZIPF = "respaldo_vendedores_2021.zip"
ZIPM = "vendedores_export_2021-03-31.csv"
TARF = "tarifas_envio.csv"

# ---------------------------------------------------------------- truth bookkeeping
FIELDS = {}      # file -> field -> set(categories)
TEXT = {}        # file -> set(categories)
PBC = {}         # category -> set(pid)
SIGS = {}        # pid -> list of (kind, country, sub, candidates)
STRENGTH = ["address", "phone", "place", "ip", "email_cctld"]


def emit(f, field, cat, pid=None):
    FIELDS.setdefault(f, {}).setdefault(field, set()).add(cat)
    if pid:
        PBC.setdefault(cat, set()).add(pid)


def emit_text(f, cat, pid=None):
    TEXT.setdefault(f, set()).add(cat)
    if pid:
        PBC.setdefault(cat, set()).add(pid)


def sig(pid, kind, country, sub=None, cands=None):
    SIGS.setdefault(pid, []).append((kind, country, sub, cands))


CCTLD = [(".com.mx", "MX"), (".net.mx", "MX"), (".unam.mx", "MX"), (".mx", "MX"),
         (".es", "ES"), (".net.co", "CO"), (".edu.co", "CO"), (".co", "CO"),
         (".com.ar", "AR"), (".cl", "CL"), (".edu.pe", "PE"), (".com.br", "BR"),
         (".de", "DE"), (".ca", "CA")]


def email_cc(email):
    d = email.lower().rsplit("@", 1)[1]
    for suf, cc in CCTLD:
        if d.endswith(suf):
            return cc
    return None


def emit_email(f, field, pid, email, text=False):
    if text:
        emit_text(f, "email", pid)
    else:
        emit(f, field, "email", pid)
    cc = email_cc(email)
    if cc:
        sig(pid, "email_cctld", cc)


def emit_phone(f, field, pid, ph, form):
    """form: 'intl' | 'e164' | 'nat' (a national form does not tell the country)."""
    emit(f, field, "phone", pid)
    if form in ("intl", "e164"):
        sig(pid, "phone", ph["cc"])
    return phone_str(ph, form)


# ---------------------------------------------------------------- helpers
def ascii_low(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return "".join(c for c in s.lower() if c.isalnum())


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def rdate(a, b):
    a = dt.date.fromisoformat(a)
    b = dt.date.fromisoformat(b)
    return a + dt.timedelta(days=R.randint(0, (b - a).days))


def rts(a, b):
    d = rdate(a, b)
    return dt.datetime(d.year, d.month, d.day, R.randint(7, 23), R.randint(0, 59), R.randint(0, 59))


def pg_ts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") + "-06"


def iso_ts(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + "-06:00"


# ---------------------------------------------------------------- check digits
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


def clabe(bank):
    body = bank + R.choice(["320", "180", "650", "680", "580", "540", "001"]) + digits(11)
    w = [3, 7, 1] * 6
    s = sum((int(d) * w[i]) % 10 for i, d in enumerate(body))
    return body + str((10 - s % 10) % 10)


def iban(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    return f"{cc}{chk:02d}{bban}"


def es_dc(s10):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(c) * w[i] for i, c in enumerate(s10)) % 11
    return {11: 0, 10: 1}.get(d, d)


def iban_es():
    bank = R.choice(["2100", "0049", "0182", "2038", "0081"])
    branch = digits(4)
    acc = digits(10)
    dc = f"{es_dc('00' + bank + branch)}{es_dc(acc)}"
    return iban("ES", bank + branch + dc + acc)


def iban_de():
    return iban("DE", R.choice(["10050000", "70150000", "37050198", "20050550"]) + digits(10))


def fmt_iban(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def cbu():
    b1 = R.choice(["007", "011", "017", "072", "285"]) + digits(4)
    w1 = [7, 1, 3, 9, 7, 1, 3]
    d1 = (10 - sum(int(c) * w1[i] for i, c in enumerate(b1)) % 10) % 10
    b2 = digits(13)
    w2 = [3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3]
    d2 = (10 - sum(int(c) * w2[i] for i, c in enumerate(b2)) % 10) % 10
    return f"{b1}{d1}{b2}{d2}"


RFC_MAP = {**{str(i): i for i in range(10)}, **{c: 10 + i for i, c in enumerate("ABCDEFGHIJKLMN")},
           "&": 24, **{c: 25 + i for i, c in enumerate("OPQRSTUVWXYZ")}, " ": 37, "Ñ": 38}


def rfc(first, ap1, ap2, dob):
    def clean(s):
        return unicodedata.normalize("NFKD", s.upper()).encode("ascii", "ignore").decode().replace(" ", "")
    a1, a2, n = clean(ap1), clean(ap2 or "X"), clean(first)
    vowel = next((c for c in a1[1:] if c in "AEIOU"), "X")
    head = a1[0] + vowel + (a2[0] + n[0] if ap2 else n[:2])
    if head in ("PUTO", "CACA", "PEDO", "MAME", "MEAR", "CULO", "BUEY", "KAKA", "MULA"):
        head = head[:3] + "X"
    body = head + dob.strftime("%y%m%d") + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ123456789") + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ123456789")
    s = sum(RFC_MAP[c] * (13 - i) for i, c in enumerate(body))
    r = s % 11
    dv = "0" if r == 0 else ("A" if 11 - r == 10 else str(11 - r))
    return body + dv


def dni_es():
    n = R.randint(10000000, 79999999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def cuit(gender):
    while True:
        pre = "27" if gender == "F" else "20"
        dni = str(R.randint(20000000, 42000000))
        body = pre + dni
        w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        r = 11 - sum(int(c) * w[i] for i, c in enumerate(body)) % 11
        if r == 10:
            continue
        return f"{pre}-{dni}-{0 if r == 11 else r}"


def rut_cl():
    n = R.randint(9000000, 21000000)
    s, m = 0, 2
    for c in reversed(str(n)):
        s += int(c) * m
        m = 2 if m == 7 else m + 1
    d = 11 - s % 11
    dv = {11: "0", 10: "K"}.get(d, str(d))
    return f"{n:,}".replace(",", ".") + "-" + dv, str(n)


def ruc_pe():
    body = "10" + str(R.randint(40000000, 79999999))
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    d = 11 - sum(int(c) * w[i] for i, c in enumerate(body)) % 11
    return body + str({10: 0, 11: 1}.get(d, d))


def nit_co():
    n = str(R.choice([R.randint(1000000000, 1152999999), R.randint(10000000, 98999999)]))
    w = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71]
    s = sum(int(c) * w[i] for i, c in enumerate(reversed(n))) % 11
    dv = s if s in (0, 1) else 11 - s
    return f"{n}-{dv}"


def steuer_id():
    while True:
        ds = list(range(10))
        R.shuffle(ds)
        missing = ds[9]
        body = ds[:9]
        dup = R.choice(body)
        body.insert(R.randint(0, 9), dup)
        if body[0] == 0:
            continue
        prod = 10
        for d in body:
            s = (d + prod) % 10
            if s == 0:
                s = 10
            prod = (s * 2) % 11
        chk = 11 - prod
        if chk == 10:
            chk = 0
        s = "".join(map(str, body)) + str(chk)
        return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def aba_ok(s):
    d = list(map(int, s))
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


ABAS = ["111000025", "021000021", "322271627", "121000248", "026009593"]
assert all(aba_ok(a) for a in ABAS)


def ean13(prefix="750"):
    body = prefix + digits(12 - len(prefix))
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


BCRYPT = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def bcrypt_hash():
    return "$2b$12$" + "".join(R.choice(BCRYPT) for _ in range(53))


# ---------------------------------------------------------------- names
MX_F = ["María", "Guadalupe", "Juana", "Verónica", "Alejandra", "Fernanda", "Ximena", "Daniela", "Karla", "Araceli",
        "Rocío", "Lucía", "Itzel", "Citlali", "Mariana", "Paola", "Gabriela", "Adriana", "Leticia", "Yolanda", "Rosa",
        "Beatriz", "Sofía", "Valeria", "Andrea", "Natalia", "Brenda", "Claudia", "Martha", "Patricia", "Elena",
        "Teresa", "Xóchitl", "Marisol", "Dulce", "Nayeli", "Lourdes", "Abril", "Renata", "Esperanza"]
MX_M = ["José", "Juan", "Luis", "Carlos", "Jorge", "Miguel", "Francisco", "Alejandro", "Jesús", "Ricardo", "Eduardo",
        "Fernando", "Roberto", "Arturo", "Sergio", "Héctor", "Raúl", "Emiliano", "Diego", "Santiago", "Mateo", "Iván",
        "Óscar", "Rodrigo", "Ernesto", "Gerardo", "Alfonso", "Salvador", "Ramón", "Joaquín", "Rubén", "Armando",
        "Efraín", "Tonatiuh", "Cuauhtémoc", "Abel"]
MX_L = ["Hernández", "García", "Martínez", "López", "González", "Pérez", "Rodríguez", "Sánchez", "Ramírez", "Cruz",
        "Flores", "Gómez", "Morales", "Vázquez", "Reyes", "Jiménez", "Torres", "Díaz", "Gutiérrez", "Ruiz", "Mendoza",
        "Aguilar", "Ortiz", "Moreno", "Castillo", "Romero", "Álvarez", "Méndez", "Chávez", "Rivera", "Juárez", "Ramos",
        "Domínguez", "Herrera", "Medina", "Castro", "Vargas", "Guzmán", "Velázquez", "Rojas", "Contreras", "Salazar",
        "Luna", "Ortega", "Cervantes", "Estrada", "Guerrero", "Ibarra", "Orozco", "Villaseñor", "Íñiguez", "Zúñiga",
        "Nava", "Ochoa", "Cárdenas", "Padilla", "Sandoval", "Quintero", "Tapia", "Bautista", "Cuautle", "Xolalpa",
        "Tecuapetla", "Magaña", "Barragán", "Anguiano"]
US_F = ["Jennifer", "Jessica", "Ashley", "Stephanie", "Vanessa", "Jasmine", "Emily", "Sarah", "Laura", "Michelle"]
US_M = ["Brian", "Kevin", "Anthony", "Christopher", "Daniel", "Michael", "David", "Ryan", "Jonathan", "Steven"]
US_L = ["Johnson", "Brown", "Miller", "Wilson", "Thompson", "Anderson", "Davis", "Clark", "Walker", "Young"]
ES_F = ["Lucía", "Carmen", "Pilar", "Nuria", "Laia", "Montserrat", "Marta", "Elena", "Irene", "Ainhoa"]
ES_M = ["Jordi", "Pau", "Álvaro", "Javier", "Iñaki", "Sergio", "Pablo", "Hugo", "Marc", "Rubén"]
ES_L = ["García", "Fernández", "Martín", "Sánchez", "Gómez", "Navarro", "Iglesias", "Puig", "Vidal", "Soler",
        "Ferrer", "Etxeberria", "Castaño", "Lozano", "Pascual"]
CO_F = ["Juliana", "Valentina", "Camila", "Yesenia", "Luisa Fernanda", "Manuela"]
CO_M = ["Andrés", "Felipe", "Sebastián", "Juan Camilo", "Esteban", "Jhon Jairo"]
CO_L = ["Restrepo", "Uribe", "Ospina", "Cardona", "Giraldo", "Zapata", "Londoño", "Montoya", "Arango", "Quintero"]
AR_F = ["Florencia", "Agustina", "Micaela", "Carolina", "Luciana", "Romina"]
AR_M = ["Lautaro", "Facundo", "Matías", "Gonzalo", "Nicolás", "Martín"]
AR_L = ["Fernández", "Romero", "Sosa", "Benítez", "Acosta", "Ferrari", "Rossi", "Bianchi", "Lombardi", "Gallo"]
CL_F = ["Constanza", "Francisca", "Javiera", "Catalina"]
CL_M = ["Benjamín", "Vicente", "Cristóbal", "Matías"]
CL_L = ["Muñoz", "Soto", "Contreras", "Silva", "Araya", "Fuentes", "Valenzuela", "Espinoza"]
PE_F = ["Milagros", "Rosa", "Luz", "Kiara"]
PE_M = ["Renzo", "Piero", "Jhon", "Wilmer"]
PE_L = ["Quispe", "Mamani", "Huamán", "Flores", "Chávez", "Vargas", "Condori", "Ccahuana"]
BR_F = ["Ana Paula", "Mariana", "Juliana"]
BR_M = ["João", "Thiago", "Lucas"]
BR_L = ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Almeida"]
DE_F = ["Lena", "Anna", "Katharina", "Sophie"]
DE_M = ["Jonas", "Felix", "Tobias", "Lukas"]
DE_L = ["Schmidt", "Becker", "Müller", "Wagner", "Hoffmann", "Schäfer", "Koch"]
CA_F = ["Émilie", "Geneviève"]
CA_M = ["Marc-André", "Olivier"]
CA_L = ["Tremblay", "Gagnon", "Bouchard", "Côté"]

POOLS = {"MX": (MX_F, MX_M, MX_L, 2), "ES": (ES_F, ES_M, ES_L, 2), "CO": (CO_F, CO_M, CO_L, 2),
         "AR": (AR_F, AR_M, AR_L, 1), "CL": (CL_F, CL_M, CL_L, 2), "PE": (PE_F, PE_M, PE_L, 2),
         "BR": (BR_F, BR_M, BR_L, 1), "DE": (DE_F, DE_M, DE_L, 1), "CA": (CA_F, CA_M, CA_L, 1),
         "USA": (US_F, US_M, US_L, 1)}

USED_NAMES = set()


def make_name(origin):
    while True:
        if origin == "US":
            origin2 = "USA" if R.random() < 0.25 else "MX"
        else:
            origin2 = origin
        fem, mal, lasts, nsur = POOLS[origin2]
        g = R.choice("FM")
        first = R.choice(fem if g == "F" else mal)
        if origin == "US" and origin2 == "MX" and R.random() < 0.3:
            first = R.choice(US_F if g == "F" else US_M)
        ap1 = R.choice(lasts)
        ap2 = R.choice(lasts) if nsur == 2 else None
        if origin == "US" and origin2 == "MX" and R.random() < 0.5:
            ap2 = None
        key = (first, ap1, ap2)
        if key not in USED_NAMES:
            USED_NAMES.add(key)
            return g, first, ap1, ap2


# ---------------------------------------------------------------- places
# MX: city, state, state display variants, [(colonia, cp)], phone area codes
MX_PLACES = [
    ("Guadalajara", "Jalisco", ["Jalisco", "Jalisco", "Jal.", "JALISCO"],
     [("Americana", "44160"), ("Providencia", "44630"), ("Chapalita", "44500"), ("Ladrón de Guevara", "44600"),
      ("Santa Teresita", "44600"), ("Jardines del Bosque", "44520"), ("Lafayette", "44150"), ("Oblatos", "44700"),
      ("Arcos Vallarta", "44130"), ("Mezquitán Country", "44260")], ["33"], 14),
    ("Zapopan", "Jalisco", ["Jalisco", "Jal."],
     [("Ciudad Granja", "45010"), ("Jardines Universidad", "45110"), ("Puerta de Hierro", "45116"),
      ("Tabachines", "45188"), ("Las Águilas", "45080")], ["33"], 6),
    ("San Pedro Tlaquepaque", "Jalisco", ["Jalisco"], [("Centro", "45500"), ("Las Juntas", "45590")], ["33"], 2),
    ("Tonalá", "Jalisco", ["Jalisco"], [("Centro", "45400"), ("Jauja", "45425")], ["33"], 2),
    ("Ciudad de México", "Ciudad de México", ["CDMX", "Ciudad de México", "CDMX", "Distrito Federal", "D.F."],
     [("Roma Norte", "06700"), ("Condesa", "06140"), ("Coyoacán Centro", "04000"), ("Del Valle Centro", "03100"),
      ("Narvarte Poniente", "03020"), ("Polanco V Sección", "11560"), ("Doctores", "06720"),
      ("Santa María la Ribera", "06400"), ("Escandón", "11800"), ("Portales Norte", "03300")], ["55", "56"], 14),
    ("Monterrey", "Nuevo León", ["Nuevo León", "N.L.", "Nuevo Leon"],
     [("Centro", "64000"), ("Obispado", "64060"), ("Mitras Centro", "64460"), ("Contry", "64860")], ["81"], 6),
    ("San Pedro Garza García", "Nuevo León", ["Nuevo León", "N.L."], [("Del Valle", "66220")], ["81"], 1),
    ("Puebla", "Puebla", ["Puebla", "Pue."], [("Centro", "72000"), ("La Paz", "72160"), ("Huexotitla", "72534")],
     ["222"], 4),
    ("Querétaro", "Querétaro", ["Querétaro", "Qro."], [("Centro", "76000"), ("Jurica", "76100"), ("Álamos", "76160")],
     ["442"], 3),
    ("Oaxaca de Juárez", "Oaxaca", ["Oaxaca", "Oax."], [("Centro", "68000"), ("Reforma", "68050"), ("Jalatlaco", "68080")],
     ["951"], 4),
    ("Teotitlán del Valle", "Oaxaca", ["Oaxaca"], [("Centro", "70420")], ["951"], 1),
    ("San Bartolo Coyotepec", "Oaxaca", ["Oaxaca"], [("Centro", "71256")], ["951"], 1),
    ("Mérida", "Yucatán", ["Yucatán", "Yuc."], [("Centro", "97000"), ("García Ginerés", "97070"), ("Itzimná", "97100")],
     ["999"], 3),
    ("León", "Guanajuato", ["Guanajuato", "Gto."], [("Centro", "37000"), ("Jardines del Moral", "37160")], ["477"], 2),
    ("Tijuana", "Baja California", ["Baja California", "B.C."], [("Zona Río", "22010"), ("Otay", "22430")], ["664"], 2),
    ("Morelia", "Michoacán", ["Michoacán", "Mich."], [("Centro", "58000"), ("Chapultepec Norte", "58260")], ["443"], 2),
    ("Pátzcuaro", "Michoacán", ["Michoacán"], [("Centro", "61600")], ["434"], 1),
    ("San Cristóbal de las Casas", "Chiapas", ["Chiapas", "Chis."], [("Centro", "29200"), ("Barrio de Mexicanos", "29240")],
     ["967"], 2),
    ("Cancún", "Quintana Roo", ["Quintana Roo", "Q. Roo"], [("Supermanzana 15", "77505"), ("Supermanzana 22", "77500")],
     ["998"], 2),
    ("Toluca", "Estado de México", ["Estado de México", "Edomex", "Méx."], [("Centro", "50000")], ["722"], 2),
    ("Metepec", "Estado de México", ["Estado de México"], [("Centro", "52140")], ["722"], 1),
    ("Chihuahua", "Chihuahua", ["Chihuahua", "Chih."], [("San Felipe", "31203")], ["614"], 1),
    ("Hermosillo", "Sonora", ["Sonora"], [("Centro", "83000")], ["662"], 1),
    ("Aguascalientes", "Aguascalientes", ["Aguascalientes", "Ags."], [("Centro", "20000")], ["449"], 1),
    ("San Luis Potosí", "San Luis Potosí", ["San Luis Potosí", "S.L.P."], [("Tequisquiapan", "78250")], ["444"], 1),
    ("Taxco de Alarcón", "Guerrero", ["Guerrero", "Gro."], [("Centro", "40200")], ["762"], 1),
    ("Veracruz", "Veracruz", ["Veracruz", "Ver."], [("Centro", "91700")], ["229"], 1),
]
MX_STREETS = ["Av. Juárez", "Calle Morelos", "Calle Hidalgo", "Av. Independencia", "Calle Allende", "Av. Revolución",
              "Calle 5 de Mayo", "Calle Guerrero", "Av. Constitución", "Calle Zaragoza", "Calle Pino Suárez",
              "Calle Aldama", "Calle Ocampo", "Calle Matamoros", "Calle Abasolo", "Calle Jacarandas", "Calle Colibrí",
              "Av. Chapultepec", "Av. Vallarta", "Calle Libertad", "Calle Pedro Moreno", "Calle Nicolás Bravo",
              "Privada Los Pinos", "Calle Emiliano Zapata", "Av. de las Américas"]

US_STATES = {"TX": ("Texas", "Texas"), "CA": ("California", "California"), "AZ": ("Arizona", "Arizona"),
             "IL": ("Illinois", "Illinois"), "FL": ("Florida", "Florida"), "NY": ("New York", "Nueva York"),
             "NM": ("New Mexico", "Nuevo México"), "NV": ("Nevada", "Nevada"), "CO": ("Colorado", "Colorado"),
             "GA": ("Georgia", "Georgia"), "NC": ("North Carolina", "Carolina del Norte"),
             "WA": ("Washington", "Washington"), "OR": ("Oregon", "Oregón"), "NJ": ("New Jersey", "Nueva Jersey")}
US_PLACES = [  # city, state, zips, areas, streets, weight
    ("Houston", "TX", ["77036", "77081", "77011", "77087"], ["713", "832", "281"],
     ["Bissonnet St", "Navigation Blvd", "Telephone Rd", "Hillcroft Ave", "Airline Dr"], 5),
    ("San Antonio", "TX", ["78207", "78228", "78237"], ["210"], ["Guadalupe St", "Culebra Rd", "Zarzamora St"], 4),
    ("Dallas", "TX", ["75211", "75216", "75228"], ["214", "469"], ["W Jefferson Blvd", "S Buckner Blvd"], 3),
    ("El Paso", "TX", ["79901", "79905", "79924"], ["915"], ["Alameda Ave", "Dyer St", "Montana Ave"], 3),
    ("McAllen", "TX", ["78501", "78504"], ["956"], ["N 10th St", "Pecan Blvd"], 2),
    ("Austin", "TX", ["78741", "78745"], ["512", "737"], ["E Riverside Dr", "S 1st St"], 1),
    ("Los Angeles", "CA", ["90022", "90033", "90011", "90063"], ["323", "213"],
     ["Whittier Blvd", "Cesar E Chavez Ave", "S Central Ave", "E 1st St"], 5),
    ("San Diego", "CA", ["92113", "92105"], ["619"], ["Logan Ave", "University Ave"], 2),
    ("Fresno", "CA", ["93701", "93702"], ["559"], ["E Ventura Ave", "N Blackstone Ave"], 1),
    ("Santa Ana", "CA", ["92701", "92703"], ["714"], ["W 4th St", "S Bristol St"], 2),
    ("Phoenix", "AZ", ["85009", "85033", "85041"], ["602", "480"], ["W McDowell Rd", "S Central Ave", "W Thomas Rd"], 3),
    ("Tucson", "AZ", ["85705", "85713"], ["520"], ["S 6th Ave", "W Ajo Way"], 1),
    ("Chicago", "IL", ["60608", "60623", "60632", "60647"], ["312", "773"],
     ["W Cermak Rd", "W 26th St", "S Ashland Ave", "N Milwaukee Ave"], 4),
    ("Cicero", "IL", ["60804"], ["708"], ["W Cermak Rd", "S Laramie Ave"], 1),
    ("Miami", "FL", ["33125", "33135", "33144"], ["305", "786"], ["SW 8th St", "NW 7th St", "W Flagler St"], 2),
    ("Orlando", "FL", ["32822", "32839"], ["407"], ["S Semoran Blvd", "Oak Ridge Rd"], 1),
    ("New York", "NY", ["10032", "10034", "10029"], ["212", "646", "917"], ["W 181st St", "Dyckman St", "E 116th St"], 2),
    ("Bronx", "NY", ["10453", "10458"], ["718", "347"], ["Grand Concourse", "E Fordham Rd"], 1),
    ("Albuquerque", "NM", ["87105", "87121"], ["505"], ["Isleta Blvd SW", "Central Ave SW"], 1),
    ("Las Vegas", "NV", ["89101", "89110"], ["702"], ["E Charleston Blvd", "N Nellis Blvd"], 1),
    ("Denver", "CO", ["80204", "80219"], ["303", "720"], ["W Alameda Ave", "S Federal Blvd"], 1),
    ("Doraville", "GA", ["30340"], ["678", "770"], ["Buford Hwy"], 1),
    ("Charlotte", "NC", ["28205"], ["704"], ["Central Ave"], 1),
    ("Yakima", "WA", ["98902"], ["509"], ["S 1st St"], 1),
    ("Portland", "OR", ["97266"], ["503"], ["SE 82nd Ave"], 1),
    ("Elizabeth", "NJ", ["07201"], ["908"], ["Elizabeth Ave"], 1),
]
ZIP_STATE = {z: st for (_c, st, zs, _a, _s, _w) in US_PLACES for z in zs}

# other countries: city, region (estado), [postal codes], [street lines], phone areas
INTL_PLACES = {
    "ES": [("Madrid", "Madrid", ["28005", "28012", "28045", "28039"],
            ["Calle de Toledo {n}, {p}º {l}", "Calle de Embajadores {n}, {p}º {l}", "Calle de Bravo Murillo {n}, {p}º {l}"], ["6"]),
           ("Barcelona", "Barcelona", ["08012", "08025", "08014"],
            ["Carrer de Mallorca {n}, {p}r {q}a", "Carrer de Verdi {n}, {p}r {q}a", "Carrer de Sants {n}, {p}r {q}a"], ["6"]),
           ("Sevilla", "Sevilla", ["41003", "41010"], ["Calle Feria {n}, {p}º {l}", "Calle Betis {n}"], ["6"]),
           ("Bilbao", "Bizkaia", ["48003"], ["Calle Ledesma {n}, {p}º {l}"], ["6"]),
           ("Málaga", "Málaga", ["29012"], ["Calle Carretería {n}, {p}º {l}"], ["6"])],
    "CO": [("Bogotá", "Bogotá D.C.", ["110111", "110221", "111311"],
            ["Cra. 7 # {a}-{b}", "Calle 53 # {a}-{b} Apto {p}0{q}", "Av. Calle 26 # {a}-{b}"], ["3"]),
           ("Medellín", "Antioquia", ["050021", "050012"], ["Cra. 43A # {a}-{b}", "Calle 10 # {a}-{b} Apto {p}0{q}"], ["3"]),
           ("Cali", "Valle del Cauca", ["760042"], ["Calle 5 # {a}-{b}"], ["3"]),
           ("Barranquilla", "Atlántico", ["080020"], ["Cra. 53 # {a}-{b}"], ["3"])],
    "AR": [("Buenos Aires", "CABA", ["C1414DBA", "C1043AAZ", "C1406GZB"],
            ["Av. Corrientes {n}, {p}° {l}", "Gorriti {n}", "Av. Rivadavia {n}, {p}° {l}"], ["11"]),
           ("Rosario", "Santa Fe", ["S2000", "2000"], ["Bv. Oroño {n}", "Córdoba {n}, {p}° {l}"], ["341"]),
           ("Córdoba", "Córdoba", ["X5000", "5000"], ["Av. Colón {n}", "Obispo Trejo {n}"], ["351"]),
           ("Mendoza", "Mendoza", ["M5500", "5500"], ["Av. San Martín {n}"], ["261"])],
    "CL": [("Providencia", "Región Metropolitana", ["7500000"], ["Av. Providencia {n}, depto {p}0{q}"], ["9"]),
           ("Ñuñoa", "Región Metropolitana", ["7750000"], ["Irarrázaval {n}, depto {p}0{q}"], ["9"]),
           ("Valparaíso", "Región de Valparaíso", ["2340000"], ["Templeman {n}"], ["9"]),
           ("Concepción", "Región del Biobío", ["4030000"], ["Barros Arana {n}"], ["9"])],
    "PE": [("Lima", "Lima", ["15074", "15047", "15063"], ["Av. Larco {n}, Miraflores", "Jr. Huancavelica {n}",
                                                           "Av. Primavera {n}, Surco"], ["9"]),
           ("Arequipa", "Arequipa", ["04001"], ["Calle Mercaderes {n}"], ["9"]),
           ("Cusco", "Cusco", ["08002"], ["Calle Tandapata {n}, San Blas"], ["9"])],
    "BR": [("São Paulo", "SP", ["05407-002", "01310-100"], ["Rua Fradique Coutinho {n}, apto {p}{q}"], ["11"]),
           ("Rio de Janeiro", "RJ", ["22041-001"], ["Rua Barata Ribeiro {n}, apto {p}0{q}"], ["21"])],
    "CA": [("Toronto", "ON", ["M6H 2L5", "M6G 1K9"], ["{n} Bloor St W, Unit {p}0{q}", "{n} Dundas St W"], ["416", "647"]),
           ("Montréal", "QC", ["H2S 2M5"], ["{n} Rue Saint-Hubert"], ["514"]),
           ("Vancouver", "BC", ["V5L 3X2"], ["{n} Commercial Dr"], ["604"])],
    "DE": [("Berlin", "Berlin", ["10245", "12047", "10999"], ["Warschauer Str. {n}", "Weserstr. {n}", "Oranienstr. {n}"], ["30"]),
           ("München", "Bayern", ["80337"], ["Lindwurmstr. {n}"], ["89"]),
           ("Köln", "Nordrhein-Westfalen", ["50823"], ["Venloer Str. {n}"], ["221"]),
           ("Hamburg", "Hamburg", ["22765"], ["Große Bergstraße {n}"], ["40"])],
}

PAIS_ES = {"MX": ["México", "México", "México", "Mexico", "MÉXICO"],
           "US": ["Estados Unidos", "EE. UU.", "EEUU", "Estados Unidos", "USA", "Estados Unidos de América"],
           "ES": ["España"], "CO": ["Colombia"], "AR": ["Argentina"], "CL": ["Chile"], "PE": ["Perú", "Peru"],
           "BR": ["Brasil"], "CA": ["Canadá"], "DE": ["Alemania"]}
PAIS_EN = {"MX": "Mexico", "US": "United States", "ES": "Spain", "CO": "Colombia", "AR": "Argentina", "CL": "Chile",
           "PE": "Peru", "BR": "Brazil", "CA": "Canada", "DE": "Germany"}


def make_address(cc, city=None):
    """Return an address dict for a person living in country cc."""
    if cc == "MX":
        places = [p for p in MX_PLACES if city is None or p[0] == city]
        pl = R.choices(places, weights=[p[5] for p in places])[0]
        col, cp = R.choice(pl[3])
        street = f"{R.choice(MX_STREETS)} {R.randint(12, 3890)}"
        if R.random() < 0.25:
            street += f" Int. {R.choice(['2', '3', '4', 'A', 'B', '5-B', '12'])}"
        est = R.choice(pl[2])
        return {"cc": "MX", "street": street, "colonia": col, "city": pl[0], "state": est, "state_canon": pl[1],
                "cp": cp, "area": R.choice(pl[4]), "sub": None,
                "line": f"{street}, Col. {col}, C.P. {cp}, {pl[0]}, {est}"}
    if cc == "US":
        places = [p for p in US_PLACES if city is None or p[0] == city]
        pl = R.choices(places, weights=[p[5] for p in places])[0]
        street = f"{R.randint(100, 9899)} {R.choice(pl[4])}"
        if R.random() < 0.35:
            street += f" Apt {R.choice(['2', '3B', '12', '104', '7A', '210'])}"
        z = R.choice(pl[2])
        return {"cc": "US", "street": street, "colonia": None, "city": pl[0], "state": pl[1], "state_canon": pl[1],
                "cp": z, "area": R.choice(pl[3]), "sub": "US-" + pl[1],
                "line": f"{street}, {pl[0]}, {pl[1]} {z}"}
    places = [p for p in INTL_PLACES[cc] if city is None or p[0] == city]
    pl = R.choice(places)
    street = R.choice(pl[3]).format(n=R.randint(3, 2400), p=R.randint(1, 9), l=R.choice("ABCDI"), q=R.randint(1, 4),
                                    a=R.randint(10, 99), b=R.randint(10, 99))
    cp = R.choice(pl[2])
    if cc in ("ES", "DE"):
        line = f"{street}, {cp} {pl[0]}"
    elif cc == "CA":
        line = f"{street}, {pl[0]}, {pl[1]} {cp}"
    else:
        line = f"{street}, {pl[0]}, {pl[1]}"
    return {"cc": cc, "street": street, "colonia": None, "city": pl[0], "state": pl[1], "state_canon": pl[1], "cp": cp,
            "area": R.choice(pl[4]), "sub": None, "line": line}


# ---------------------------------------------------------------- phones
def make_phone(cc, area=None):
    if cc == "MX":
        area = area or R.choice(["33", "55", "81", "222", "442", "951", "999", "477", "664", "443"])
        loc = str(R.randint(2, 9)) + digits(10 - len(area) - 1)
        return {"cc": "MX", "code": "52", "area": area, "loc": loc}
    if cc in ("US", "CA"):
        if area is None:
            area = R.choice(["713", "210", "323", "602", "773", "305", "915"]) if cc == "US" else "416"
        while True:
            exch = str(R.randint(2, 9)) + digits(2)
            if exch not in ("555", "911") and exch[1:] != "11":
                break
        return {"cc": cc, "code": "1", "area": area, "loc": exch + digits(4)}
    if cc == "ES":
        return {"cc": "ES", "code": "34", "area": "6", "loc": R.choice(["1", "2", "3", "5", "6", "7", "8", "9"]) + digits(7)}
    if cc == "CO":
        return {"cc": "CO", "code": "57", "area": "3", "loc": R.choice(["00", "01", "10", "12", "15", "20", "04", "16"]) + digits(7)}
    if cc == "AR":
        area = area or R.choice(["11", "341", "351"])
        return {"cc": "AR", "code": "54", "area": area, "loc": "" + str(R.randint(2, 6)) + digits(10 - len(area) - 1)}
    if cc == "CL":
        return {"cc": "CL", "code": "56", "area": "9", "loc": str(R.randint(5, 9)) + digits(7)}
    if cc == "PE":
        return {"cc": "PE", "code": "51", "area": "9", "loc": str(R.randint(1, 9)) + digits(7)}
    if cc == "BR":
        area = area or R.choice(["11", "21"])
        return {"cc": "BR", "code": "55", "area": area, "loc": "9" + str(R.randint(6, 9)) + digits(7)}
    if cc == "DE":
        return {"cc": "DE", "code": "49", "area": R.choice(["151", "160", "170", "176", "157"]), "loc": digits(8)}
    raise ValueError(cc)


def phone_str(ph, form):
    cc, a, l = ph["cc"], ph["area"], ph["loc"]
    if form == "e164":
        if cc == "AR":
            return f"+549{a}{l}"
        return f"+{ph['code']}{a}{l}"
    if cc == "MX":
        if len(a) == 2:
            grp = f"{a} {l[:4]} {l[4:]}"
            nat = R.choice([f"{a} {l[:4]} {l[4:]}", f"({a}) {l[:4]}-{l[4:]}", f"{a}{l}", f"{a}-{l[:4]}-{l[4:]}"])
        else:
            grp = f"{a} {l[:3]} {l[3:]}"
            nat = R.choice([f"{a} {l[:3]} {l[3:]}", f"({a}) {l[:3]}-{l[3:]}", f"{a}{l}"])
        return f"+52 {grp}" if form == "intl" else nat
    if cc in ("US", "CA"):
        if form == "intl":
            return R.choice([f"+1 {a} {l[:3]} {l[3:]}", f"+1 ({a}) {l[:3]}-{l[3:]}", f"+1-{a}-{l[:3]}-{l[3:]}"])
        return R.choice([f"({a}) {l[:3]}-{l[3:]}", f"{a}-{l[:3]}-{l[3:]}", f"{a}.{l[:3]}.{l[3:]}"])
    if cc == "ES":
        n = a + l
        return f"+34 {n[:3]} {n[3:6]} {n[6:]}" if form == "intl" else R.choice([f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", n])
    if cc == "CO":
        n = a + l
        return f"+57 {n[:3]} {n[3:6]} {n[6:]}" if form == "intl" else f"{n[:3]} {n[3:]}"
    if cc == "AR":
        k = len(l) - 4
        return f"+54 9 {a} {l[:k]}-{l[k:]}" if form == "intl" else f"0{a} 15-{l[:k]}-{l[k:]}"
    if cc == "CL":
        return f"+56 9 {l[:4]} {l[4:]}" if form == "intl" else f"9 {l[:4]} {l[4:]}"
    if cc == "PE":
        n = a + l
        return f"+51 {n[:3]} {n[3:6]} {n[6:]}" if form == "intl" else f"{n[:3]} {n[3:6]} {n[6:]}"
    if cc == "BR":
        return f"+55 {a} {l[:5]}-{l[5:]}" if form == "intl" else f"({a}) {l[:5]}-{l[5:]}"
    if cc == "DE":
        return f"+49 {a} {l}" if form == "intl" else f"0{a} {l}"
    raise ValueError(cc)


# ---------------------------------------------------------------- IP ranges (see notes)
def ip_for(cc):
    if cc == "MX":   # Telmex / Uninet "Infinitum" dynamic DSL pools (rDNS dsl-*-dyn.prod-infinitum.com.mx)
        return f"{R.choice(['189.133', '189.151', '189.155', '189.158', '187.201', '187.212', '201.124'])}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    if cc == "US":   # Comcast: 73.0.0.0/8 and 98.192.0.0/10
        if R.random() < 0.7:
            return f"73.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
        return f"98.{R.randint(192, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    if cc == "ES":   # Telefonica de Espana 83.32.0.0/11 (rima-tde.net)
        return f"83.{R.randint(32, 63)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    if cc == "DE":   # Deutsche Telekom 87.128.0.0/10, 91.0.0.0/10 (dip0.t-ipconnect.de)
        if R.random() < 0.5:
            return f"87.{R.randint(128, 191)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
        return f"91.{R.randint(0, 63)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    raise ValueError(cc)


IP_COUNTRIES = {"MX", "US", "ES", "DE"}

# ---------------------------------------------------------------- emails / usernames
GENERIC = ["gmail.com"] * 8 + ["hotmail.com"] * 4 + ["outlook.com"] * 2 + ["yahoo.com", "icloud.com", "live.com"]
CCDOM = {"MX": ["yahoo.com.mx", "prodigy.net.mx", "live.com.mx", "alumnos.unam.mx"], "ES": ["hotmail.es", "yahoo.es"],
         "CO": ["une.net.co", "unal.edu.co"], "AR": ["hotmail.com.ar", "yahoo.com.ar", "fibertel.com.ar"],
         "CL": ["uc.cl", "terra.cl"], "PE": ["pucp.edu.pe"], "BR": ["uol.com.br", "bol.com.br"], "DE": ["web.de", "gmx.de"],
         "CA": ["videotron.ca"]}
USED_EMAIL, USED_USER = set(), set()


def make_email(first, ap1, dob, dom):
    f, l = ascii_low(first.split()[0]), ascii_low(ap1)
    yy = dob.strftime("%y") if dob else str(R.randint(70, 99))
    while True:
        loc = R.choice([f"{f}.{l}", f"{f}{l}{yy}", f"{f[0]}{l}{R.randint(1, 99)}", f"{f}_{l}", f"{l}.{f}{R.randint(1, 9)}",
                        f"{f}{l[:3]}{yy}"])
        e = f"{loc}@{dom}"
        if e not in USED_EMAIL:
            USED_EMAIL.add(e)
            return e


CRAFT_WORDS = ["barro", "bordados", "telar", "talavera", "alebrijes", "plata", "cuero", "vidrio", "papel_picado",
               "madera", "ceramica", "chaquira", "palma", "cobre", "rebozos", "velas"]


def make_username(first, ap1, seller):
    f, l = ascii_low(first.split()[0]), ascii_low(ap1)
    while True:
        if seller and R.random() < 0.6:
            u = R.choice([f"{R.choice(CRAFT_WORDS)}_{f}", f"{f}_{R.choice(CRAFT_WORDS)}", f"taller{l}",
                          f"{R.choice(CRAFT_WORDS)}{l}"])
        else:
            u = R.choice([f"{f}{l}{R.randint(1, 99)}", f"{f}.{l[:4]}", f"{f[0]}{l}", f"{f}_{l}", f"{f}{R.randint(80, 2004)}"])
        if u not in USED_USER:
            USED_USER.add(u)
            return u


# ---------------------------------------------------------------- people
PEOPLE = []


def new_person(role, cc, profile, origin=None, **kw):
    pid = f"p{len(PEOPLE) + 1:04d}"
    g, first, ap1, ap2 = make_name(origin or (cc if cc in POOLS else "MX"))
    p = {"pid": pid, "role": role, "cc": cc, "profile": profile, "g": g, "first": first, "ap1": ap1, "ap2": ap2,
         "dob": rdate("1952-01-01", "2005-06-30"), "addr": None, "phone": None, "phone_form": None, "email": None,
         "ip": None, "seller": False, "buyer": False, "acct": None, "user": None, "city_only": None}
    p.update(kw)
    PEOPLE.append(p)
    return p


def full_name(p):
    return " ".join(x for x in (p["first"], p["ap1"], p["ap2"]) if x)


def apellidos(p):
    return " ".join(x for x in (p["ap1"], p["ap2"]) if x)


# Account plan: (country, profile, count)
ACCOUNT_PLAN = [
    ("MX", "full_intl", 25), ("MX", "full_nat", 35), ("MX", "state_only", 6), ("MX", "cp_pais", 3),
    ("MX", "city_only", 6), ("MX", "city_amb_cctld", 2), ("MX", "phone_only", 4), ("MX", "ip_only", 4),
    ("MX", "cctld_only", 4), ("MX", "conflict_phone", 2), ("MX", "shipaddr_only", 3),
    ("US", "full_intl", 8), ("US", "full_nat", 8), ("US", "zip_only", 3), ("US", "state_only", 3),
    ("US", "country_only", 2), ("US", "phone_only", 2), ("US", "ip_only", 2), ("US", "conflict_phone", 4),
    ("US", "conflict_email", 1),
    ("ES", "full_intl", 3), ("ES", "full_nat", 1), ("ES", "cctld_only", 1), ("ES", "ip_only", 1), ("ES", "conflict_phone", 1),
    ("CO", "full_intl", 3), ("CO", "city_only", 1), ("CO", "phone_only", 1), ("CO", "cctld_only", 1),
    ("AR", "full_intl", 2), ("AR", "city_only", 1), ("AR", "cctld_only", 1), ("AR", "city_amb_cctld", 1), ("AR", "phone_only", 1),
    ("CL", "full_intl", 2), ("CL", "cctld_only", 1), ("CL", "phone_only", 1),
    ("PE", "full_intl", 2), ("PE", "phone_only", 1),
    ("BR", "full_intl", 1), ("BR", "phone_only", 1),
    ("CA", "full_intl", 1), ("CA", "conflict_phone", 1),
    ("DE", "full_intl", 1), ("DE", "ip_only", 1),
    (None, "amb_only", 3), (None, "unknown", 8),
]
ADDR_PROFILES = {"full_intl", "full_nat", "conflict_phone", "conflict_email"}
CITY_ONLY = {"MX": ["Guadalajara", "Monterrey", "Zapopan", "Puebla", "Guadalajara", "Oaxaca de Juárez"],
             "CO": ["Bogotá"], "AR": ["Rosario"]}
AMB = {"Córdoba": ["AR", "ES", "MX"], "Mérida": ["MX", "ES", "VE"], "León": ["MX", "ES", "NI"],
       "Valencia": ["ES", "VE"], "Santiago": ["CL", "ES", "DO"]}
CONFLICT_PHONE_CC = {"MX": "US", "US": "MX", "ES": "AR", "CA": "MX"}

slots = []
for cc, prof, n in ACCOUNT_PLAN:
    slots += [(cc, prof)] * n
R.shuffle(slots)

amb_cycle = iter(["Santiago", "Valencia", "Córdoba"])
city_cycles = {k: iter(v) for k, v in CITY_ONLY.items()}
acct_id = 1000
for cc, prof in slots:
    origin = cc if cc else R.choice(["MX", "MX", "ES", "CL"])
    if cc == "DE" and prof == "full_intl":
        origin = "MX"   # a Mexican living in Berlin
    p = new_person("account", cc, prof, origin=origin)
    acct_id += R.randint(1, 9)
    p["acct"] = acct_id
    # address / place
    if prof in ADDR_PROFILES or prof in ("state_only", "cp_pais", "zip_only", "country_only", "shipaddr_only"):
        p["addr"] = make_address(cc)
    if prof == "city_only":
        p["city_only"] = next(city_cycles[cc])
    if prof == "amb_only":
        p["city_only"] = next(amb_cycle)
    if prof == "city_amb_cctld":
        p["city_only"] = "Mérida" if cc == "MX" else "Córdoba"
    # phone
    if prof == "full_intl":
        p["phone"] = make_phone(cc, p["addr"]["area"] if cc in ("MX", "US", "CA", "AR", "BR") else None)
        p["phone_form"] = R.choice(["intl", "e164"])
    elif prof in ("phone_only",):
        p["phone"] = make_phone(cc)
        p["phone_form"] = R.choice(["intl", "e164", "intl"])
    elif prof == "conflict_phone":
        p["phone"] = make_phone(CONFLICT_PHONE_CC[cc])
        p["phone_form"] = "intl"
    elif prof in ("full_nat", "state_only", "shipaddr_only", "conflict_email", "zip_only", "cp_pais") and R.random() < 0.85:
        p["phone"] = make_phone(cc, p["addr"]["area"] if cc in ("MX", "US") else None)
        p["phone_form"] = "nat"
    elif prof in ("unknown", "ip_only", "city_only", "cctld_only") and R.random() < 0.45:
        p["phone"] = make_phone(cc or "MX")
        p["phone_form"] = "nat"
    # email
    if prof in ("cctld_only", "city_amb_cctld"):
        dom = R.choice(CCDOM[cc])
    elif prof == "conflict_email":
        dom = "yahoo.com.mx"
    elif prof in ADDR_PROFILES and cc in CCDOM and R.random() < 0.3:
        dom = R.choice(CCDOM[cc])
    else:
        dom = R.choice(GENERIC)
    p["email"] = make_email(p["first"], p["ap1"], p["dob"], dom)
    # ip
    ip_ok = prof in ADDR_PROFILES or prof in ("state_only", "cp_pais", "zip_only", "country_only", "shipaddr_only", "ip_only")
    if prof == "ip_only" or (ip_ok and cc in IP_COUNTRIES and R.random() < 0.85):
        p["ip"] = ip_for(cc)
    p["buyer"] = prof in ADDR_PROFILES or prof == "shipaddr_only"

# sellers: mostly Mexican full-address account holders
sel_quota = {"MX": 30, "CO": 2, "AR": 1, "CL": 1, "PE": 1, "ES": 2, "DE": 0, "US": 2}
for cc, q in sel_quota.items():
    cands = [p for p in PEOPLE if p["cc"] == cc and p["profile"] in ("full_intl", "full_nat")]
    for p in cands[:q]:
        p["seller"] = True
        if cc == "MX" and R.random() < 0.5:
            p["buyer"] = p["buyer"] and R.random() < 0.4
SELLERS = [p for p in PEOPLE if p["seller"]]
for p in PEOPLE:
    if p["role"] == "account":
        p["user"] = make_username(p["first"], p["ap1"], p["seller"])
        if p["seller"]:
            p["created"] = rts("2019-03-01", "2023-06-30")
        else:
            p["created"] = rts("2020-01-15", "2024-10-20")

# ---------------------------------------------------------------- catalogue
CATS = [(1, "Textiles y bordados", "textiles"), (2, "Barro y cerámica", "barro-ceramica"), (3, "Talavera", "talavera"),
        (4, "Alebrijes y madera", "alebrijes-madera"), (5, "Joyería artesanal", "joyeria"), (6, "Piel y cuero", "piel"),
        (7, "Vidrio soplado", "vidrio"), (8, "Decoración y fiesta", "decoracion"), (9, "Hecho en Sudamérica", "sudamerica"),
        (10, "Hecho en España", "espana")]
PRODS_MX = [(1, "Rebozo de seda de Santa María del Río"), (1, "Huipil bordado a mano"), (1, "Camino de mesa de telar de cintura"),
            (1, "Blusa de manta con bordado de Tenango"), (2, "Jarrón de barro negro"), (2, "Cántaro de barro negro"),
            (2, "Cazuela de barro vidriado"), (3, "Plato de talavera poblana 30 cm"), (3, "Azulejo de talavera 10x10"),
            (3, "Maceta de talavera"), (4, "Alebrije jaguar tallado en copal"), (4, "Alebrije colibrí"),
            (4, "Molinillo de madera"), (4, "Máscara tallada de jaguar"), (5, "Aretes de filigrana de plata"),
            (5, "Collar de chaquira huichol"), (5, "Pulsera de plata de Taxco"), (6, "Bolsa de piel labrada"),
            (6, "Huaraches de piel"), (7, "Vaso de vidrio soplado (juego de 6)"), (7, "Jarra de vidrio soplado"),
            (8, "Papel picado Día de Muertos (10 tiras)"), (8, "Árbol de la vida de Metepec"), (8, "Catrina de barro"),
            (8, "Vela artesanal de cera de abeja")]
PRODS_INTL = {"CO": [(9, "Mochila wayuu"), (9, "Sombrero vueltiao")], "AR": [(9, "Mate de calabaza con virola"), (9, "Poncho de lana")],
              "CL": [(9, "Cerámica de Pomaire"), (9, "Aros de lapislázuli")], "PE": [(9, "Chullo de alpaca"), (9, "Retablo ayacuchano")],
              "ES": [(10, "Cerámica de Talavera de la Reina"), (10, "Espardeñas de yute")], "US": [(8, "Vela de soya con aroma a copal"), (8, "Cobija tejida a gancho")]}


def slugify(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    out = "".join(c if c.isalnum() else "-" for c in s)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")


PRODUCTS = []
pid_seq = 5000
for s in SELLERS:
    pool = PRODS_INTL.get(s["cc"], PRODS_MX)
    k = R.randint(2, 5) if s["cc"] == "MX" else 2
    for cat, title in R.sample(pool, min(k, len(pool))):
        pid_seq += R.randint(1, 4)
        price = R.choice([180, 250, 320, 450, 590, 780, 950, 1250, 1800, 2400, 3600])
        PRODUCTS.append({"id": pid_seq, "seller": s, "title": title, "slug": slugify(title) + f"-{pid_seq}", "cat": cat,
                         "price": price, "sku": f"MC-{ascii_low(s['ap1'])[:3].upper()}-{R.randint(100, 999)}",
                         "ean": ean13(), "stock": R.randint(0, 40), "active": R.random() < 0.9})

# ---------------------------------------------------------------- shipping addresses + orders
ADDRS = []     # rows of direcciones_envio
ORDERS = []
addr_seq = 300
order_seq = 48000
REFS = ["Casa azul con portón negro", "Entre calle Morelos y calle Hidalgo", "Frente a la tienda de abarrotes",
        "Tocar el timbre del departamento", "Dejar en caseta de vigilancia", "Casa de dos pisos, barda blanca",
        "A un costado de la farmacia", "Edificio con reja verde, 3er piso", "Segunda casa después del tope"]
GREET = ["¡Feliz cumpleaños, {r}! Con mucho cariño, {s}", "Para {r}, para que adornes tu casa. Te quiero, {s}",
         "Feliz Día de las Madres, {r}. Un abrazo enorme desde lejos, {s}", "{r}: felices fiestas. {s}",
         "Con amor para {r}. Te extrañamos, {s}"]


def add_ship_address(owner, recipient, addr, phone=None, phone_form=None, ref=True):
    global addr_seq
    addr_seq += R.randint(1, 3)
    row = {"id": addr_seq, "owner": owner, "recipient": recipient, "addr": addr, "phone": phone, "phone_form": phone_form,
           "ref": R.choice(REFS) if (ref and addr["cc"] == "MX" and R.random() < 0.45) else None,
           "gift": recipient is not owner, "default": False}
    ADDRS.append(row)
    return row


def card_brand():
    return R.choice(["visa", "visa", "mastercard", "mastercard", "amex"])


def make_order(buyer, ship, when, gift_note=None):
    global order_seq
    order_seq += R.randint(1, 17)
    cands = [pr for pr in PRODUCTS if pr["seller"] is not buyer]
    items = R.sample(cands, R.randint(1, 3))
    seller = items[0]["seller"]
    items = [it for it in items if it["seller"] is seller]
    sub = sum(it["price"] for it in items)
    cc_dest = ship["addr"]["cc"] if ship else "MX"
    envio = 0 if sub > 999 and cc_dest == "MX" else (R.choice([99, 129, 149]) if cc_dest == "MX" else R.choice([450, 690, 890]))
    metodo = R.choice(["tarjeta", "tarjeta", "tarjeta", "oxxo", "spei", "mercadopago", "paypal"])
    estatus = R.choices(["entregado", "enviado", "pagado", "cancelado", "devuelto"], [70, 10, 8, 9, 3])[0]
    paq = R.choice(["Estafeta", "DHL", "FedEx", "Redpack", "99minutos"]) if cc_dest == "MX" else R.choice(["DHL Express", "FedEx"])
    guia = {"Estafeta": lambda: digits(22), "DHL": lambda: digits(10), "DHL Express": lambda: digits(10),
            "FedEx": lambda: digits(12), "Redpack": lambda: digits(9), "99minutos": lambda: digits(14)}[paq]()
    paid = when + dt.timedelta(minutes=R.randint(1, 2000)) if estatus != "cancelado" and metodo in ("oxxo", "spei") else when
    delivered = when + dt.timedelta(days=R.randint(2, 12)) if estatus in ("entregado", "devuelto") else None
    o = {"id": order_seq, "folio": f"MCD-{when:%y%m}-{order_seq:07d}", "buyer": buyer, "seller": seller,
         "ship": ship, "gift": ship is not None and ship["gift"], "note": gift_note, "items": items, "subtotal": sub,
         "envio": envio, "moneda": "MXN", "metodo": metodo,
         "brand": card_brand() if metodo == "tarjeta" else None, "last4": digits(4) if metodo == "tarjeta" else None,
         "estatus": estatus, "paq": paq if estatus not in ("cancelado", "pagado") else None,
         "guia": guia if estatus not in ("cancelado", "pagado") else None, "created": when,
         "paid": paid if estatus != "cancelado" else None, "delivered": delivered}
    ORDERS.append(o)
    buyer.setdefault("orders", []).append(o)
    return o


# self-shipping addresses for buyers
for p in PEOPLE:
    if p["role"] != "account" or not p["buyer"]:
        continue
    ph = p["phone"] if p["profile"] != "conflict_phone" else None
    form = p["phone_form"] if ph else None
    main = add_ship_address(p, p, p["addr"], ph, form)
    main["default"] = True
    rows = [main]
    if R.random() < 0.2 and p["cc"] in ("MX", "US"):
        rows.append(add_ship_address(p, p, make_address(p["cc"], p["addr"]["city"]), ph, form))
    for _ in range(R.choices([1, 2, 3, 4, 5, 6, 8], [15, 20, 20, 15, 12, 10, 8])[0]):
        make_order(p, R.choice(rows), rts("2023-01-10", "2024-11-28"))

# gift orders -> recipients (new persons)
RECIPIENTS = []


def new_recipient(sender, cc, city=None):
    same_family = R.random() < 0.6 and sender["cc"] in ("MX", "US", None)
    r = new_person("recipient", cc, "gift_address", origin="MX" if cc in ("MX", "US") else cc)
    if same_family:
        r["ap1"] = sender["ap1"]
        r["ap2"] = R.choice(MX_L) if sender["ap2"] else None
    r["addr"] = make_address(cc, city)
    if R.random() < 0.6:
        r["phone"] = make_phone(cc, r["addr"]["area"] if cc in ("MX", "US") else None)
        r["phone_form"] = "intl" if R.random() < 0.25 else "nat"
    RECIPIENTS.append(r)
    return r


accounts = [p for p in PEOPLE if p["role"] == "account"]
us_full = [p for p in accounts if p["cc"] == "US" and p["buyer"]]
mx_full = [p for p in accounts if p["cc"] == "MX" and p["buyer"] and not p["seller"]]
es_full = [p for p in accounts if p["cc"] == "ES" and p["buyer"]]
ar_full = [p for p in accounts if p["cc"] == "AR" and p["buyer"]]
gift_only = ([p for p in accounts if p["profile"] == "unknown"][:3] + [p for p in accounts if p["profile"] == "phone_only"][:1]
             + [p for p in accounts if p["profile"] == "cctld_only" and p["cc"] == "MX"][:1]
             + [p for p in accounts if p["profile"] == "amb_only"][:1])
GIFT_PLAN = ([(s, "MX") for s in us_full[:8]] + [(s, "MX") for s in mx_full[:6]] + [(s, "US") for s in mx_full[6:9]]
             + [(es_full[0], "MX")] + [(ar_full[0], "ES")] + [(s, "MX") for s in gift_only])
for sender, rcc in GIFT_PLAN:
    rec = new_recipient(sender, rcc)
    ph = rec["phone"]
    row = add_ship_address(sender, rec, rec["addr"], ph, rec["phone_form"] if ph else None)
    for _ in range(R.choice([1, 1, 2])):
        note = R.choice(GREET).format(r=rec["first"].split()[0], s=sender["first"].split()[0]) if R.random() < 0.7 else None
        o = make_order(sender, row, rts("2023-02-01", "2024-11-28"), note)
        o["note_pids"] = [rec["pid"], sender["pid"]] if note else []

ORDERS.sort(key=lambda o: o["id"])

# ---------------------------------------------------------------- other people: chat-only, marketing-only, former sellers
CHAT_ONLY_PLAN = [("MX", "chat_addr_intl"), ("MX", "chat_addr_intl"), ("MX", "chat_addr_nat"), ("US", "chat_addr_nat"),
                  ("CO", "chat_addr_intl"), ("MX", "chat_phone"), ("US", "chat_phone"), ("CO", "chat_phone"),
                  ("ES", "chat_phone"), (None, "chat_unknown"), (None, "chat_unknown"), (None, "chat_unknown"),
                  ("AR", "chat_cctld"), ("MX", "chat_cctld"), ("ES", "chat_conflict")]
CHAT_ONLY = []
for cc, prof in CHAT_ONLY_PLAN:
    p = new_person("chat_only", cc, prof, origin=cc if cc != "ES" else "MX")
    if prof.startswith("chat_addr") or prof == "chat_conflict":
        p["addr"] = make_address(cc, "Chicago" if cc == "US" else ("Medellín" if cc == "CO" else None))
    if prof == "chat_addr_intl":
        p["phone"], p["phone_form"] = make_phone(cc, p["addr"]["area"] if cc == "MX" else None), "e164"
    elif prof == "chat_addr_nat":
        p["phone"], p["phone_form"] = make_phone(cc, p["addr"]["area"]), "nat"
    elif prof == "chat_phone":
        p["phone"], p["phone_form"] = make_phone(cc, "956" if cc == "US" else None), "e164"
    elif prof == "chat_unknown":
        p["phone"], p["phone_form"] = make_phone("MX"), "nat"
    elif prof == "chat_conflict":
        p["phone"], p["phone_form"] = make_phone("MX"), "e164"
    dom = R.choice(CCDOM[cc]) if prof == "chat_cctld" else R.choice(GENERIC)
    p["email"] = make_email(p["first"], p["ap1"], p["dob"], dom) if (prof == "chat_cctld" or R.random() < 0.6) else None
    CHAT_ONLY.append(p)

MKT_ONLY_PLAN = ([("MX", "mkt_region")] * 8 + [("US", "mkt_region")] * 4 + [("CO", "mkt_region"), ("ES", "mkt_region")]
                 + [("MX", "mkt_country")] * 2 + [("US", "mkt_country")] * 2 + [("AR", "mkt_country"), ("CL", "mkt_country"),
                                                                                ("PE", "mkt_country")]
                 + [("MX", "mkt_cctld"), ("ES", "mkt_cctld"), ("CL", "mkt_cctld")] + [(None, "mkt_unknown")] * 4)
MKT_ONLY = []
for cc, prof in MKT_ONLY_PLAN:
    p = new_person("mkt_only", cc, prof, origin=cc or "MX")
    if prof == "mkt_region":
        p["addr"] = make_address(cc)
    dom = R.choice(CCDOM[cc]) if prof == "mkt_cctld" else R.choice(GENERIC)
    p["email"] = make_email(p["first"], p["ap1"], p["dob"], dom)
    MKT_ONLY.append(p)

FORMER_PLAN = [("MX", "old_full")] * 5 + [("MX", "old_city")] * 2 + [(None, "old_amb"), (None, "old_unknown")]
FORMER = []
for cc, prof in FORMER_PLAN:
    p = new_person("former_seller", cc, prof, origin="MX")
    if prof == "old_full":
        p["addr"] = make_address("MX", R.choice(["Oaxaca de Juárez", "San Cristóbal de las Casas", "Tonalá", "Puebla",
                                                 "Pátzcuaro", "Taxco de Alarcón", "Metepec"]))
    elif prof == "old_city":
        p["city_only"] = R.choice(["Tonalá", "San Cristóbal de las Casas"]) if not FORMER or FORMER[-1]["city_only"] is None else "Oaxaca de Juárez"
    elif prof == "old_amb":
        p["city_only"] = "León"
    p["phone"] = make_phone("MX", p["addr"]["area"] if p["addr"] else None)
    p["phone_form"] = "nat"
    p["email"] = make_email(p["first"], p["ap1"], p["dob"], R.choice(GENERIC))
    p["seller"] = True
    p["user"] = None
    FORMER.append(p)

# ================================================================ writers
shutil.rmtree(DATA, ignore_errors=True)
os.makedirs(DATA)


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, Money):
        return f"{v:.2f}"
    if isinstance(v, (int, float)):
        return str(v)
    if isinstance(v, dt.datetime):
        return "'" + pg_ts(v) + "'"
    if isinstance(v, dt.date):
        return "'" + v.isoformat() + "'"
    return "'" + str(v).replace("'", "''") + "'"


def money(x):
    return f"{x:.2f}"


class Money(float):
    pass


# ---------------------------------------------------------------- SQL dump
sql = io.StringIO()
W = sql.write
W("""--
-- PostgreSQL database dump
--

-- Dumped from database version 15.6 (Debian 15.6-1.pgdg120+2)
-- Dumped by pg_dump version 15.6 (Debian 15.6-1.pgdg120+2)

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

""")
TABLES = {
    "categorias": [("id", "integer NOT NULL"), ("nombre", "character varying(80) NOT NULL"), ("slug", "character varying(80) NOT NULL")],
    "cuentas": [("id", "integer NOT NULL"), ("usuario", "character varying(40) NOT NULL"), ("nombre", "character varying(80) NOT NULL"),
                ("apellidos", "character varying(120)"), ("correo", "character varying(160) NOT NULL"),
                ("telefono", "character varying(32)"), ("password_hash", "character varying(72)"),
                ("proveedor_login", "character varying(16) DEFAULT 'correo'::character varying NOT NULL"),
                ("fecha_nacimiento", "date"), ("tipo_cuenta", "character varying(12) DEFAULT 'comprador'::character varying NOT NULL"),
                ("plan", "character varying(20) DEFAULT 'gratis'::character varying NOT NULL"),
                ("estatus", "character varying(24) DEFAULT 'activa'::character varying NOT NULL"),
                ("direccion", "character varying(200)"), ("ciudad", "character varying(80)"), ("estado", "character varying(80)"),
                ("pais", "character varying(60)"), ("codigo_postal", "character varying(12)"), ("ip_registro", "inet"),
                ("acepta_marketing", "boolean DEFAULT false NOT NULL"), ("creado_en", "timestamp with time zone DEFAULT now() NOT NULL"),
                ("ultimo_acceso", "timestamp with time zone"), ("password_actualizado_en", "timestamp with time zone")],
    "direcciones_envio": [("id", "integer NOT NULL"), ("cuenta_id", "integer NOT NULL"), ("destinatario", "character varying(120) NOT NULL"),
                          ("calle", "character varying(160) NOT NULL"), ("colonia", "character varying(100)"),
                          ("ciudad", "character varying(80) NOT NULL"), ("estado", "character varying(80)"),
                          ("codigo_postal", "character varying(12)"), ("pais_iso", "character(2) DEFAULT 'MX'::bpchar NOT NULL"),
                          ("telefono_contacto", "character varying(32)"), ("referencias", "text"),
                          ("es_regalo", "boolean DEFAULT false NOT NULL"), ("predeterminada", "boolean DEFAULT false NOT NULL")],
    "productos": [("id", "integer NOT NULL"), ("vendedor_id", "integer NOT NULL"), ("titulo", "character varying(160) NOT NULL"),
                  ("slug", "character varying(180) NOT NULL"), ("categoria_id", "integer"), ("precio", "numeric(10,2) NOT NULL"),
                  ("moneda", "character(3) DEFAULT 'MXN'::bpchar NOT NULL"), ("sku", "character varying(32)"), ("ean13", "character(13)"),
                  ("existencias", "integer DEFAULT 0 NOT NULL"), ("activo", "boolean DEFAULT true NOT NULL")],
    "pedidos": [("id", "bigint NOT NULL"), ("folio", "character varying(24) NOT NULL"), ("comprador_id", "integer NOT NULL"),
                ("vendedor_id", "integer NOT NULL"), ("direccion_envio_id", "integer"), ("es_regalo", "boolean DEFAULT false NOT NULL"),
                ("nota_regalo", "text"), ("subtotal", "numeric(10,2) NOT NULL"), ("costo_envio", "numeric(10,2) DEFAULT 0 NOT NULL"),
                ("total", "numeric(10,2) NOT NULL"), ("moneda", "character(3) DEFAULT 'MXN'::bpchar NOT NULL"),
                ("metodo_pago", "character varying(16) NOT NULL"), ("tarjeta_marca", "character varying(16)"),
                ("tarjeta_ultimos4", "character(4)"), ("estatus", "character varying(16) NOT NULL"),
                ("paqueteria", "character varying(24)"), ("numero_guia", "character varying(32)"),
                ("creado_en", "timestamp with time zone NOT NULL"), ("pagado_en", "timestamp with time zone"),
                ("entregado_en", "timestamp with time zone")],
    "pedido_items": [("id", "bigint NOT NULL"), ("pedido_id", "bigint NOT NULL"), ("producto_id", "integer NOT NULL"),
                     ("cantidad", "integer DEFAULT 1 NOT NULL"), ("precio_unitario", "numeric(10,2) NOT NULL")],
}
ORDER_T = ["categorias", "cuentas", "direcciones_envio", "pedido_items", "pedidos", "productos"]
for t in ORDER_T:
    cols = TABLES[t]
    W(f"--\n-- Name: {t}; Type: TABLE; Schema: public; Owner: mercadito\n--\n\nCREATE TABLE public.{t} (\n")
    W(",\n".join(f"    {c} {ty}" for c, ty in cols))
    W(f"\n);\n\n\nALTER TABLE public.{t} OWNER TO mercadito;\n\n")
    idt = "bigint" if cols[0][1].startswith("bigint") else "integer"
    W(f"--\n-- Name: {t}_id_seq; Type: SEQUENCE; Schema: public; Owner: mercadito\n--\n\n")
    W(f"CREATE SEQUENCE public.{t}_id_seq\n{'    AS integer' + chr(10) if idt == 'integer' else ''}    START WITH 1\n    INCREMENT BY 1\n"
      f"    NO MINVALUE\n    NO MAXVALUE\n    CACHE 1;\n\n\nALTER TABLE public.{t}_id_seq OWNER TO mercadito;\n\n")
    W(f"--\n-- Name: {t}_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: mercadito\n--\n\n"
      f"ALTER SEQUENCE public.{t}_id_seq OWNED BY public.{t}.id;\n\n\n")
for t in ORDER_T:
    W(f"--\n-- Name: {t} id; Type: DEFAULT; Schema: public; Owner: mercadito\n--\n\n"
      f"ALTER TABLE ONLY public.{t} ALTER COLUMN id SET DEFAULT nextval('public.{t}_id_seq'::regclass);\n\n\n")


def data_hdr(t):
    W(f"--\n-- Data for Name: {t}; Type: TABLE DATA; Schema: public; Owner: mercadito\n--\n\n")


def ins(t, vals):
    W(f"INSERT INTO public.{t} VALUES ({', '.join(q(v) for v in vals)});\n")


data_hdr("categorias")
for c in CATS:
    ins("categorias", list(c))
W("\n\n")

# cuentas
data_hdr("cuentas")
SQL_ACC = [p for p in PEOPLE if p["role"] == "account"]
SQL_ACC.sort(key=lambda p: p["acct"])
for p in SQL_ACC:
    pid, prof, cc = p["pid"], p["profile"], p["cc"]
    emit(SQLF, "cuentas.usuario", "username", pid)
    emit(SQLF, "cuentas.nombre", "name", pid)
    emit(SQLF, "cuentas.apellidos", "name", pid)
    emit_email(SQLF, "cuentas.correo", pid, p["email"])
    tel = None
    if p["phone"]:
        tel = emit_phone(SQLF, "cuentas.telefono", pid, p["phone"], p["phone_form"])
    prov = R.choices(["correo", "google", "facebook", "apple"], [70, 18, 8, 4])[0]
    pw = bcrypt_hash() if prov == "correo" or R.random() < 0.2 else None
    if pw:
        emit(SQLF, "cuentas.password_hash", "password", pid)
    dob = p["dob"] if (p["seller"] or R.random() < 0.45) else None
    if dob:
        emit(SQLF, "cuentas.fecha_nacimiento", "date_of_birth", pid)
    tipo = ("ambos" if p["buyer"] else "vendedor") if p["seller"] else "comprador"
    plan = R.choice(["artesano", "artesano", "artesano_pro"]) if p["seller"] else R.choices(["gratis", "plus"], [88, 12])[0]
    est = R.choices(["activa", "suspendida", "pendiente_verificacion", "cerrada"], [88, 3, 5, 4])[0]
    if p["seller"] or p["buyer"]:
        est = "activa" if R.random() < 0.95 else "suspendida"
    p["plan"], p["estatus"], p["tipo"] = plan, est, tipo
    for fld in ("tipo_cuenta", "plan", "estatus"):
        emit(SQLF, "cuentas." + fld, "account_type", pid)
    direccion = ciudad = estado = pais = cp = None
    a = p["addr"]
    if prof in ADDR_PROFILES:
        direccion = a["street"] + (f", Col. {a['colonia']}" if a["colonia"] else "")
        ciudad, estado, cp = a["city"], a["state"], a["cp"]
        if cc == "US":
            estado = R.choice([US_STATES[a["state"]][0], US_STATES[a["state"]][1], US_STATES[a["state"]][1], a["state"], a["state"]])
        pais = R.choice(PAIS_ES[cc])
        if cc == "US" and R.random() < 0.15:
            ciudad = None
    elif prof == "state_only":
        estado = a["state"] if cc == "MX" else R.choice([US_STATES[a["state"]][1], US_STATES[a["state"]][0], a["state"]])
        pais = R.choice(PAIS_ES[cc])
    elif prof in ("cp_pais", "zip_only"):
        cp, pais = a["cp"], R.choice(PAIS_ES[cc])
    elif prof == "country_only":
        pais = R.choice(PAIS_ES[cc])
    elif p["city_only"]:
        ciudad = p["city_only"]
    vals = {"direccion": direccion, "ciudad": ciudad, "estado": estado, "pais": pais, "codigo_postal": cp}
    for k, v in vals.items():
        if v:
            emit(SQLF, "cuentas." + k, "location", pid)
    if direccion or estado or pais or cp:
        sub = None
        if cc == "US" and (estado or cp):
            sub = "US-" + (a["state"] if estado else ZIP_STATE[cp])
        sig(pid, "address", cc, sub)
    elif ciudad:
        sig(pid, "place", None if ciudad in AMB else cc, None, AMB.get(ciudad))
    if p["ip"]:
        emit(SQLF, "cuentas.ip_registro", "ip_address", pid)
        sig(pid, "ip", cc)
    created = p["created"]
    last = created + dt.timedelta(days=R.randint(0, max(1, (dt.datetime(2024, 11, 30) - created).days)))
    pw_upd = (created + dt.timedelta(days=R.randint(30, 700))) if (pw and R.random() < 0.35) else None
    if pw_upd and pw_upd > dt.datetime(2024, 11, 29):
        pw_upd = None
    emit(SQLF, "cuentas.creado_en", "activity", pid)
    emit(SQLF, "cuentas.ultimo_acceso", "activity", pid)
    p["mkt"] = R.random() < 0.72
    p["last"] = last
    ins("cuentas", [p["acct"], p["user"], p["first"], apellidos(p), p["email"], tel, pw, prov, dob, tipo, plan, est,
                    direccion, ciudad, estado, pais, cp, p["ip"], p["mkt"], created, last, pw_upd])
W("\n\n")

# direcciones_envio
data_hdr("direcciones_envio")
for row in ADDRS:
    owner, rec, a = row["owner"], row["recipient"], row["addr"]
    rp = rec["pid"]
    emit(SQLF, "direcciones_envio.destinatario", "name", rp)
    for fld, val in (("calle", a["street"]), ("colonia", a["colonia"]), ("ciudad", a["city"]), ("estado", a["state"]),
                     ("codigo_postal", a["cp"]), ("pais_iso", a["cc"])):
        if val:
            emit(SQLF, "direcciones_envio." + fld, "location", rp)
    sig(rp, "address", a["cc"], a["sub"])
    tel = None
    if row["phone"]:
        tel = emit_phone(SQLF, "direcciones_envio.telefono_contacto", rp, row["phone"], row["phone_form"])
    if row["ref"]:
        emit(SQLF, "direcciones_envio.referencias", "location", rp)
    dest = full_name(rec) if R.random() < 0.8 else f"{rec['first']} {rec['ap1']}"
    est = a["state"]
    if a["cc"] == "US" and R.random() < 0.4:
        est = US_STATES[a["state"]][0]
    ins("direcciones_envio", [row["id"], owner["acct"], dest, a["street"], a["colonia"], a["city"], est, a["cp"], a["cc"],
                              tel, row["ref"], row["gift"], row["default"]])
W("\n\n")

# pedido_items
data_hdr("pedido_items")
item_seq = 90000
for o in ORDERS:
    for it in o["items"]:
        item_seq += 1
        ins("pedido_items", [item_seq, o["id"], it["id"], R.choice([1, 1, 1, 2, 3]), Money(it["price"])])
W("\n\n")

# pedidos
data_hdr("pedidos")
for o in ORDERS:
    b = o["buyer"]
    emit(SQLF, "pedidos.creado_en", "activity", b["pid"])
    if o["paid"]:
        emit(SQLF, "pedidos.pagado_en", "activity", b["pid"])
    if o["delivered"]:
        emit(SQLF, "pedidos.entregado_en", "activity", b["pid"])
    if o["note"]:
        for npid in o.get("note_pids", []):
            emit(SQLF, "pedidos.nota_regalo", "name", npid)
    total = o["subtotal"] + o["envio"]
    ins("pedidos", [o["id"], o["folio"], b["acct"], o["seller"]["acct"], o["ship"]["id"] if o["ship"] else None, o["gift"],
                    o["note"], Money(o["subtotal"]), Money(o["envio"]), Money(total), o["moneda"], o["metodo"], o["brand"],
                    o["last4"], o["estatus"], o["paq"], o["guia"], o["created"], o["paid"], o["delivered"]])
W("\n\n")

# productos
data_hdr("productos")
for pr in PRODUCTS:
    ins("productos", [pr["id"], pr["seller"]["acct"], pr["title"], pr["slug"], pr["cat"], Money(pr["price"]), "MXN", pr["sku"],
                      pr["ean"], pr["stock"], pr["active"]])
W("\n\n")
for t, last in (("categorias", len(CATS)), ("cuentas", acct_id), ("direcciones_envio", addr_seq), ("pedido_items", item_seq),
                ("pedidos", order_seq), ("productos", pid_seq)):
    W(f"--\n-- Name: {t}_id_seq; Type: SEQUENCE SET; Schema: public; Owner: mercadito\n--\n\n"
      f"SELECT pg_catalog.setval('public.{t}_id_seq', {last}, true);\n\n\n")
for t in ORDER_T:
    W(f"--\n-- Name: {t} {t}_pkey; Type: CONSTRAINT; Schema: public; Owner: mercadito\n--\n\n"
      f"ALTER TABLE ONLY public.{t}\n    ADD CONSTRAINT {t}_pkey PRIMARY KEY (id);\n\n\n")
W("--\n-- Name: cuentas cuentas_usuario_key; Type: CONSTRAINT; Schema: public; Owner: mercadito\n--\n\n"
  "ALTER TABLE ONLY public.cuentas\n    ADD CONSTRAINT cuentas_usuario_key UNIQUE (usuario);\n\n\n")
W("--\n-- Name: idx_pedidos_comprador; Type: INDEX; Schema: public; Owner: mercadito\n--\n\n"
  "CREATE INDEX idx_pedidos_comprador ON public.pedidos USING btree (comprador_id);\n\n\n")
for t, col, ref in (("direcciones_envio", "cuenta_id", "cuentas"), ("pedido_items", "pedido_id", "pedidos"),
                    ("pedido_items", "producto_id", "productos"), ("pedidos", "comprador_id", "cuentas"),
                    ("pedidos", "direccion_envio_id", "direcciones_envio"), ("pedidos", "vendedor_id", "cuentas"),
                    ("productos", "categoria_id", "categorias"), ("productos", "vendedor_id", "cuentas")):
    W(f"--\n-- Name: {t} {t}_{col}_fkey; Type: FK CONSTRAINT; Schema: public; Owner: mercadito\n--\n\n"
      f"ALTER TABLE ONLY public.{t}\n    ADD CONSTRAINT {t}_{col}_fkey FOREIGN KEY ({col}) REFERENCES public.{ref}(id);\n\n\n")
W("--\n-- PostgreSQL database dump complete\n--\n\n")
sqltext = sql.getvalue()
with open(os.path.join(DATA, SQLF), "w", encoding="utf-8", newline="\n") as fh:
    fh.write(sqltext)

# ---------------------------------------------------------------- payouts CSV
PAY_DATES = [dt.date(2024, 7, 1), dt.date(2024, 7, 15), dt.date(2024, 8, 1), dt.date(2024, 8, 15), dt.date(2024, 9, 2),
             dt.date(2024, 9, 16)]
BANKS_MX = [("002", "Banamex"), ("012", "BBVA México"), ("014", "Santander"), ("021", "HSBC"), ("072", "Banorte"),
            ("127", "Banco Azteca"), ("137", "BanCoppel"), ("058", "Banregio")]
pay_rows = []
pay_seq = 770000
for s in SELLERS:
    cc = s["cc"]
    if cc == "MX":
        bank = R.choice(BANKS_MX)
        s["bank"], s["acct_no"], s["fmt"], s["aba"] = bank[1], clabe(bank[0]), "CLABE", None
        s["taxkind"], s["taxid"] = "RFC", rfc(s["first"], s["ap1"], s["ap2"], s["dob"])
    elif cc == "ES":
        s["bank"], s["acct_no"], s["fmt"], s["aba"] = R.choice(["CaixaBank", "Banco Santander", "BBVA"]), fmt_iban(iban_es()), "IBAN", None
        s["taxkind"], s["taxid"] = "NIF", dni_es()
    elif cc == "DE":
        s["bank"], s["acct_no"], s["fmt"], s["aba"] = "Sparkasse", fmt_iban(iban_de()), "IBAN", None
        s["taxkind"], s["taxid"] = "Steuer-ID", steuer_id()
    elif cc == "AR":
        s["bank"], s["acct_no"], s["fmt"], s["aba"] = R.choice(["Banco Galicia", "Banco Nación", "Banco Macro"]), cbu(), "CBU", None
        s["taxkind"], s["taxid"] = "CUIT", cuit(s["g"])
    elif cc == "CO":
        s["bank"], s["acct_no"], s["fmt"], s["aba"] = "Bancolombia", digits(3) + "-" + digits(6) + "-" + digits(2), "AHORROS", None
        s["taxkind"], s["taxid"] = "NIT", nit_co()
    elif cc == "CL":
        r, n = rut_cl()
        s["bank"], s["acct_no"], s["fmt"], s["aba"] = "BancoEstado", n, "CUENTA_RUT", None
        s["taxkind"], s["taxid"] = "RUT", r
    elif cc == "PE":
        s["bank"], s["acct_no"], s["fmt"], s["aba"] = R.choice(["BCP", "Interbank"]), R.choice(["002", "003"]) + digits(17), "CCI", None
        s["taxkind"], s["taxid"] = "RUC", ruc_pe()
    elif cc == "US":
        s["bank"], s["acct_no"], s["fmt"], s["aba"] = R.choice(["Chase", "Bank of America", "Wells Fargo"]), digits(R.choice([9, 10, 12])), "ACH", R.choice(ABAS)
        s["taxkind"], s["taxid"] = "SSN", ssn()
    mon = {"MX": "MXN", "US": "USD", "ES": "EUR", "DE": "EUR"}.get(cc, "USD")
    s["mon"] = mon
    notif = s["email"] if R.random() < 0.8 else make_email(s["first"], s["ap1"], s["dob"], R.choice(GENERIC))
    s["notif"] = notif
    for d in PAY_DATES:
        if R.random() < 0.18:
            continue
        pay_seq += R.randint(1, 40)
        gross = round(R.uniform(350, 18500), 2) if mon == "MXN" else round(R.uniform(25, 900), 2)
        com = round(gross * 0.12, 2)
        isr = round(gross * 0.01, 2) if cc == "MX" else 0.0
        st = R.choices(["liquidado", "rechazado", "en_proceso"], [92, 3, 5])[0]
        rastreo = (f"MBAN{R.choice(['01', '02'])}{d:%y%m%d}{digits(14)}" if cc == "MX" else f"SWT{d:%y%m%d}{digits(10)}")
        pay_rows.append([d.isoformat(), f"PAG-{pay_seq}", s["acct"], full_name(s) if R.random() < 0.85 else full_name(s).upper(),
                         s["taxkind"], s["taxid"], cc, s["bank"], s["fmt"], s["acct_no"], s["aba"] or "", mon,
                         f"{gross:.2f}", f"{com:.2f}", f"{isr:.2f}", f"{gross - com - isr:.2f}", rastreo, st, notif])
        pid = s["pid"]
        emit(PAYF, "titular", "name", pid)
        emit(PAYF, "id_fiscal", "government_id", pid)
        emit(PAYF, "pais", "location", pid)
        sig(pid, "address", cc, s["addr"]["sub"] if (cc == "US" and False) else None)
        emit(PAYF, "cuenta_destino", "bank_account", pid)
        if s["aba"]:
            emit(PAYF, "codigo_ruteo", "bank_account", pid)
        emit_email(PAYF, "correo_notificacion", pid, notif)
pay_rows.sort(key=lambda r: (r[0], r[1]))
with open(os.path.join(DATA, PAYF), "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh, lineterminator="\r\n")
    w.writerow(["fecha_pago", "id_pago", "vendedor_id", "titular", "tipo_id_fiscal", "id_fiscal", "pais", "banco", "tipo_cuenta",
                "cuenta_destino", "codigo_ruteo", "moneda", "monto_bruto", "comision", "retencion_isr", "monto_neto",
                "clave_rastreo", "estatus", "correo_notificacion"])
    w.writerows(pay_rows)

# ---------------------------------------------------------------- chat JSON
CH = CHATF
MSGF = "clientes.conversaciones.mensajes.texto"


def chat_customer_msgs(p, order):
    """Return list of (author, text, [(cat, pid)], address_sig) for one conversation."""
    msgs = []
    first = p["first"].split()[0]
    if order is not None:
        msgs.append(("cliente", R.choice([f"Hola, buenas tardes. Hice el pedido {order['folio']} y todavía no me llega.",
                                          f"Buen día, ¿me pueden decir dónde viene mi pedido {order['folio']}?",
                                          f"Hola! El pedido {order['folio']} llegó con una pieza rota :(",
                                          f"Quiero cancelar el pedido {order['folio']}, me equivoqué de color."]), [], None))
    else:
        msgs.append(("cliente", R.choice(["Hola, ¿hacen envíos a mi ciudad?", "Buenas, tengo una duda sobre un rebozo que vi.",
                                          "Hola, ¿el alebrije grande viene con certificado del artesano?",
                                          "¿Cuánto tarda un envío internacional?", "No puedo entrar a mi cuenta, me ayudan?"]), [], None))
    msgs.append(("agente", R.choice([f"Hola {first}, gracias por escribir a Mercadito. Con gusto te ayudo.",
                                     f"¡Hola {first}! Soy del equipo de soporte, déjame revisar.",
                                     f"Buen día {first}, claro que sí, un momento por favor."]), [("name", p["pid"])], None))
    return msgs


def addr_msg(p, a):
    return R.choice([f"Mi dirección es {a['line']}, por favor confirmen que esté bien.",
                     f"Les confirmo mi domicilio: {a['line']}",
                     f"La dirección correcta es {a['line']}. Gracias!",
                     f"Vivo en {a['line']}, ¿sí llega hasta ahí la paquetería?"])


clientes = []
chat_acc = [p for p in SQL_ACC if R.random() < 0.3]
chat_people = chat_acc + CHAT_ONLY
R.shuffle(chat_people)
for p in chat_people:
    pid = p["pid"]
    prof = p["profile"]
    orders = p.get("orders", [])
    tel = tel2 = None
    # E.164 phone only for those whose profile allows an international number
    if p["phone"]:
        if p["phone_form"] in ("intl", "e164"):
            tel = emit_phone(CH, "clientes.telefono", pid, p["phone"], "e164")
        elif R.random() < 0.7:
            tel2 = emit_phone(CH, "clientes.telefono_alterno", pid, p["phone"], "nat")
    email = p["email"]
    if email:
        emit_email(CH, "clientes.correo", pid, email)
    emit(CH, "clientes.nombre", "name", pid)
    created = rts("2024-01-05", "2024-09-30")
    emit(CH, "clientes.creado", "activity", pid)
    convs = []
    nconv = R.choice([1, 1, 2, 3])
    for ci in range(nconv):
        start = created + dt.timedelta(days=R.randint(0, 55), minutes=R.randint(0, 600))
        order = R.choice(orders) if orders and R.random() < 0.8 else None
        msgs = chat_customer_msgs(p, order)
        # address in free text
        a = p["addr"]
        allowed_addr = prof in ADDR_PROFILES or prof in ("chat_addr_intl", "chat_addr_nat", "chat_conflict")
        if allowed_addr and a and (ci == 0 and (p["role"] == "chat_only" or R.random() < 0.4)):
            msgs.append(("cliente", addr_msg(p, a), [("location", pid)], (a["cc"], a["sub"])))
        if p["phone"] and R.random() < 0.35:
            form = "nat"
            msgs.append(("cliente", R.choice([f"Mi cel es {phone_str(p['phone'], form)} por si la paquetería necesita llamar.",
                                              f"Pueden marcarme al {phone_str(p['phone'], form)}"]), [("phone", pid)], None))
        if email and R.random() < 0.2:
            msgs.append(("cliente", f"Mejor escríbanme a {email}, casi no uso este chat.", [("email", pid)], None))
        if order is not None and order["guia"]:
            msgs.append(("agente", f"Tu pedido salió con {order['paq']}, número de guía {order['guia']}. "
                                   "En cuanto tenga movimiento te llega un correo.", [], None))
        msgs.append(("agente", R.choice(["Listo, quedó registrado. ¿Algo más en lo que te pueda ayudar?",
                                         "Gracias por tu paciencia, cualquier cosa aquí estamos.",
                                         "Ya levanté el reporte con la paquetería, te aviso en 48 h hábiles."]), [], None))
        msgs.append(("cliente", R.choice(["Muchas gracias!", "Ok, gracias", "Perfecto, quedo atenta.", "Gracias, saludos."]), [], None))
        out = []
        t = start
        for author, text, cats, asig in msgs:
            t += dt.timedelta(minutes=R.randint(1, 25), seconds=R.randint(0, 59))
            for cat, cp in cats:
                if cat == "email":
                    emit_email(CH, MSGF, cp, email)
                else:
                    emit(CH, MSGF, cat, cp)
            if asig:
                sig(pid, "address", asig[0], asig[1])
            emit(CH, "clientes.conversaciones.mensajes.enviado", "activity", pid)
            out.append({"autor": author, "enviado": iso_ts(t), "texto": text})
        emit(CH, "clientes.conversaciones.iniciada", "activity", pid)
        emit(CH, "clientes.conversaciones.cerrada", "activity", pid)
        convs.append({"id": f"conv_{R.randint(10**9, 10**10 - 1):x}", "canal": "whatsapp" if tel else R.choice(["web", "correo", "web"]),
                      "asunto": R.choice(["Estatus de envío", "Producto dañado", "Cancelación", "Duda de producto", "Acceso a cuenta"]),
                      "pedido_folio": order["folio"] if order else None, "estado": R.choice(["resuelta", "resuelta", "cerrada"]),
                      "asignado_a": R.choice(["equipo_gdl", "equipo_gdl", "equipo_vendedores"]),
                      "iniciada": iso_ts(start), "cerrada": iso_ts(t + dt.timedelta(minutes=R.randint(5, 300))),
                      "calificacion": R.choice([None, 3, 4, 5, 5, 5]), "etiquetas": R.sample(["envio", "devolucion", "pago", "producto", "cuenta"], 2),
                      "mensajes": out})
    clientes.append({"id_cliente": f"CL-{R.randint(100000, 999999)}", "cuenta_id": p["acct"], "nombre": full_name(p),
                     "correo": email, "telefono": tel, "telefono_alterno": tel2, "idioma": "es",
                     "creado": iso_ts(created), "conversaciones": convs})
chat = {"export": {"herramienta": "Charla Desk", "espacio": "mercadito-soporte", "generado": "2024-12-02T09:14:05-06:00",
                   "rango": {"desde": "2024-01-01", "hasta": "2024-11-30"}, "total_clientes": len(clientes)},
        "clientes": clientes}
with open(os.path.join(DATA, CHATF), "w", encoding="utf-8") as fh:
    json.dump(chat, fh, ensure_ascii=False, indent=2)

# ---------------------------------------------------------------- nginx access log
UAS = ["Mozilla/5.0 (Linux; Android 13; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.102 Mobile Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
       "Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.6668.100 Mobile Safari/537.36",
       "Mozilla/5.0 (Linux; Android 14; 23117RA68G) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.86 Mobile Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0",
       "Mercadito/5.14.2 (iPhone; iOS 18.1; Scale/3.00)", "Mercadito/5.14.1 (Android 13; SM-A536E)",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/130.0.6723.90 Mobile/15E148 Safari/604.1"]
BOTS = [("66.249.66.{}", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"),
        ("157.55.39.{}", "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)")]
SEARCHES = ["rebozo", "alebrije", "talavera", "barro+negro", "huipil", "aretes+filigrana", "catrina", "papel+picado",
            "mochila+wayuu", "molinillo", "vidrio+soplado"]
STATIC = ["/static/js/app.7c41e9.js", "/static/css/main.2b9f0d.css", "/static/img/logo-mercadito.svg", "/favicon.ico",
          "/static/fonts/Inter-var.woff2"]
log_entries = []
T0 = dt.datetime(2024, 11, 15, 0, 0, 0)


def logline(ip, t, method, path, status, size, ref, ua):
    return (t, f'{ip} - - [{t.strftime("%d/%b/%Y:%H:%M:%S")} -0600] "{method} {path} HTTP/2.0" {status} {size} "{ref}" "{ua}"')


def rand_t():
    return T0 + dt.timedelta(seconds=R.randint(0, 4 * 86400 - 1))


seller_users = [s["user"] for s in SELLERS]
log_users = [p for p in SQL_ACC if p["ip"] and R.random() < 0.8]
for p in SQL_ACC:
    if p["profile"] == "ip_only" and p not in log_users:
        log_users.append(p)
used_ips = {p["ip"] for p in SQL_ACC if p["ip"]}
for p in log_users:
    pid, u = p["pid"], p["user"]
    ua = R.choice(UAS)
    nsess = R.randint(1, 3)
    for _ in range(nsess):
        ip = p["ip"] if R.random() < 0.7 else ip_for(p["cc"])
        used_ips.add(ip)
        t = rand_t()
        paths = [("GET", "/", 200), ("GET", f"/u/{u}/pedidos", 200)]
        for _ in range(R.randint(2, 9)):
            pr = R.choice(PRODUCTS)
            paths.append(R.choice([("GET", f"/producto/{pr['slug']}", 200), ("GET", f"/buscar?q={R.choice(SEARCHES)}", 200),
                                   ("GET", f"/tienda/{pr['seller']['user']}", 200), ("GET", f"/u/{u}/favoritos", 200),
                                   ("POST", "/api/v1/carrito", 201), ("GET", f"/api/v1/usuarios/{u}/notificaciones", 200)]))
        if R.random() < 0.3:
            paths.append(("GET", f"/u/{u}/ajustes", 200))
        if R.random() < 0.25:
            paths.append(("POST", "/api/v1/checkout", 200))
        ref = "https://www.mercadito.mx/"
        for m, path, st in paths:
            t += dt.timedelta(seconds=R.randint(2, 140))
            log_entries.append(logline(ip, t, m, path, st, R.randint(320, 48000) if m == "GET" else R.randint(60, 900), ref, ua))
            ref = "https://www.mercadito.mx" + path.split("?")[0]
            if R.random() < 0.3:
                sp = R.choice(STATIC)
                log_entries.append(logline(ip, t, "GET", sp, 200 if R.random() < 0.7 else 304, R.randint(900, 240000), ref, ua))
        emit_text(LOGF, "ip_address", pid)
        emit_text(LOGF, "activity", pid)
        emit_text(LOGF, "username", pid)
        emit_text(LOGF, "device", pid)
        sig(pid, "ip", p["cc"])
    if R.random() < 0.08:
        t = rand_t()
        enc = p["email"].replace("@", "%40")
        log_entries.append(logline(p["ip"], t, "GET", f"/recuperar-contrasena?correo={enc}", 200, 5120,
                                   "https://www.mercadito.mx/login", ua))
        emit_email(LOGF, None, pid, p["email"], text=True)
# anonymous visitors (not counted as persons) and bots
for _ in range(260):
    while True:
        ip = ip_for(R.choice(["MX", "MX", "MX", "US", "US", "ES"]))
        if ip not in used_ips:
            break
    used_ips.add(ip)
    ua = R.choice(UAS)
    t = rand_t()
    ref = R.choice(["https://www.google.com/", "https://www.facebook.com/", "https://www.instagram.com/", "-"])
    for _ in range(R.randint(1, 7)):
        t += dt.timedelta(seconds=R.randint(3, 200))
        s = R.choice(SELLERS)
        m, path, st = R.choice([("GET", "/", 200), ("GET", f"/tienda/{s['user']}", 200),
                                ("GET", f"/producto/{R.choice(PRODUCTS)['slug']}", 200),
                                ("GET", f"/buscar?q={R.choice(SEARCHES)}", 200), ("GET", "/login", 200),
                                ("GET", f"/producto/{R.choice(PRODUCTS)['slug']}", 404), ("POST", "/login", 302)])
        log_entries.append(logline(ip, t, m, path, st, R.randint(300, 52000), ref, ua))
        ref = "https://www.mercadito.mx" + path.split("?")[0]
for _ in range(140):
    tmpl, ua = R.choice(BOTS)
    path = R.choice([f"/tienda/{R.choice(seller_users)}", f"/producto/{R.choice(PRODUCTS)['slug']}", "/robots.txt", "/sitemap.xml"])
    log_entries.append(logline(tmpl.format(R.randint(1, 254)), rand_t(), "GET", path, 200, R.randint(800, 60000), "-", ua))
for _ in range(30):
    ip = f"2601:{R.randint(0x200, 0x6ff):x}:{R.randint(0, 0xffff):x}:{R.randint(0, 0xffff):x}::{R.randint(1, 0xffff):x}"
    log_entries.append(logline(ip, rand_t(), "GET", R.choice(["/", f"/producto/{R.choice(PRODUCTS)['slug']}"]), 200,
                               R.randint(3000, 50000), "https://www.google.com/", R.choice(UAS)))
emit_text(LOGF, "ip_address")
emit_text(LOGF, "activity")
log_entries.sort(key=lambda e: e[0])
with open(os.path.join(DATA, LOGF), "w", encoding="utf-8", newline="\n") as fh:
    for _, line in log_entries:
        fh.write(line + "\n")

# ---------------------------------------------------------------- marketing CSV (email platform export, English headers)
mk_rows = []
mk_people = [p for p in SQL_ACC if p.get("mkt")] + MKT_ONLY
R.shuffle(mk_people)
STATE_EN = {"Ciudad de México": "Mexico City", "Nuevo León": "Nuevo Leon", "Estado de México": "Mexico State",
            "Michoacán": "Michoacan", "Querétaro": "Queretaro", "Yucatán": "Yucatan", "San Luis Potosí": "San Luis Potosi"}
for p in mk_people:
    pid, prof, a = p["pid"], p["profile"], p["addr"]
    country = region = ""
    if prof in ADDR_PROFILES or prof in ("state_only", "shipaddr_only", "mkt_region"):
        country = PAIS_EN[p["cc"]]
        st = a["state_canon"]
        if p["cc"] == "US":
            region = R.choice([US_STATES[st][0], st])
        elif p["cc"] == "MX":
            region = STATE_EN.get(st, st)
        else:
            region = st
    elif prof in ("zip_only", "cp_pais", "country_only", "mkt_country"):
        country = PAIS_EN[p["cc"]]
    emit_email(MKTF, "Email Address", pid, p["email"])
    emit(MKTF, "First Name", "name", pid)
    last = p["ap1"] if p["cc"] not in ("MX", "ES", "CO", "CL", "PE") or R.random() < 0.6 else apellidos(p)
    emit(MKTF, "Last Name", "name", pid)
    if country:
        emit(MKTF, "country", "location", pid)
        sub = ("US-" + a["state_canon"]) if (p["cc"] == "US" and region) else None
        sig(pid, "address", p["cc"], sub)
    if region:
        emit(MKTF, "region", "location", pid)
    opt = rts("2021-06-01", "2024-10-30")
    conf = opt + dt.timedelta(minutes=R.randint(1, 300))
    chg = min(conf + dt.timedelta(days=R.randint(0, 300)), dt.datetime(2024, 11, 30, 18, 0, 0) - dt.timedelta(minutes=R.randint(0, 9000)))
    chg = max(chg, conf)
    for f in ("OPTIN_TIME", "CONFIRM_TIME", "LAST_CHANGED"):
        emit(MKTF, f, "activity", pid)
    leid = R.randint(100000000, 999999999)
    euid = "".join(R.choice("0123456789abcdef") for _ in range(10))
    tags = ",".join(f'"{tg}"' for tg in R.sample(["Buen Fin 2023", "Día de Muertos", "Navidad 2023", "Hot Sale 2024", "Día de las Madres"], R.randint(0, 2)))
    mk_rows.append([p["email"], p["first"], last, country, region, R.choice(["es", "es", "es", "en"]) if p["cc"] == "US" else "es",
                    str(R.randint(1, 5)), opt.strftime("%Y-%m-%d %H:%M:%S"), conf.strftime("%Y-%m-%d %H:%M:%S"),
                    chg.strftime("%Y-%m-%d %H:%M:%S"), str(leid), euid, tags])
with open(os.path.join(DATA, MKTF), "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh, quoting=csv.QUOTE_ALL, lineterminator="\n")
    w.writerow(["Email Address", "First Name", "Last Name", "country", "region", "Language", "MEMBER_RATING", "OPTIN_TIME",
                "CONFIRM_TIME", "LAST_CHANGED", "LEID", "EUID", "TAGS"])
    w.writerows(mk_rows)

# ---------------------------------------------------------------- old sellers export (zip, cp1252)
SHOP_WORDS = ["Barro Negro del Valle", "Telar del Sur", "Manos de Oaxaca", "Raíces Talavera", "Chaquira y Color",
              "Vidrio de Tonalá", "El Copal Tallado", "Hilos de Chiapas", "Tierra Roja", "Cobre de Santa Clara",
              "Piel y Tradición", "Papel Picado Lindo", "Rebozos del Centro", "Palma Tejida", "Filigrana Fina",
              "Madera Viva", "Alebrijes Arcoíris", "Cerámica del Lago", "Azul Puebla", "Plata y Luna", "Colibrí Artesanal",
              "Árbol de Vida", "Bordados Mariposa", "Jícara Pintada", "Cántaro Antiguo", "Luz de Cera", "Tejidos Wayuu",
              "Alpaca Andina", "Barro Bruñido", "Textil Mixteco", "Pueblo Mágico", "Hoja de Maíz", "Tule Verde",
              "Laca de Olinalá", "Obsidiana Viva", "Ixtle y Fibra", "Cestería Fina", "Flor de Nochebuena",
              "Casa del Rebozo", "Sol de Taxco", "Marfil Vegetal", "Lana Merina Sur", "Viento del Norte"]
R.shuffle(SHOP_WORDS)
old_rows = []
old_sellers = [s for s in SELLERS if s["created"] < dt.datetime(2021, 3, 31)] + FORMER
old_sellers.sort(key=lambda s: (s["created"] if s.get("created") else dt.datetime(2019, 6, 1)))
vid = 100
for i, s in enumerate(old_sellers):
    pid = s["pid"]
    vid += R.randint(1, 6)
    created = s.get("created") or rts("2019-02-01", "2020-12-15")
    ciudad = estado = pais = ""
    if s["role"] == "account" or s["profile"] == "old_full":
        a = s["addr"]
        ciudad, estado = a["city"], a["state_canon"]
        pais = {"MX": "MEXICO", "ES": "ESPAÑA", "CO": "COLOMBIA", "AR": "ARGENTINA", "CL": "CHILE", "PE": "PERU", "US": "ESTADOS UNIDOS", "DE": "ALEMANIA"}[s["cc"]]
        sig(pid, "address", s["cc"], a["sub"])
    elif s["city_only"]:
        ciudad = s["city_only"]
        sig(pid, "place", None if ciudad in AMB else "MX", None, AMB.get(ciudad))
    for k, v in (("CIUDAD", ciudad), ("ESTADO", estado), ("PAIS", pais)):
        if v:
            emit(ZIPF + "!" + ZIPM, k, "location", pid)
    tel = ""
    if s["phone"]:
        form = s["phone_form"] if s["phone_form"] != "e164" else "intl"
        tel = emit_phone(ZIPF + "!" + ZIPM, "TELEFONO", pid, s["phone"], form)
    r = ""
    if s["cc"] == "MX" and s["profile"] != "old_unknown":
        r = s.get("taxid") or rfc(s["first"], s["ap1"], s["ap2"], s["dob"])
        emit(ZIPF + "!" + ZIPM, "RFC", "government_id", pid)
    emit(ZIPF + "!" + ZIPM, "NOMBRE_CONTACTO", "name", pid)
    emit_email(ZIPF + "!" + ZIPM, "CORREO", pid, s["email"])
    emit(ZIPF + "!" + ZIPM, "FECHA_ALTA", "activity", pid)
    estatus = "ACTIVO" if s["role"] == "account" else R.choice(["BAJA", "SUSPENDIDO", "BAJA"])
    emit(ZIPF + "!" + ZIPM, "ESTATUS", "account_type", pid)
    old_rows.append([str(vid), SHOP_WORDS[i % len(SHOP_WORDS)], full_name(s).upper() if R.random() < 0.5 else full_name(s),
                     s["email"], tel, r, ciudad, estado, pais, created.strftime("%d/%m/%Y"), R.choice(["10", "12", "12", "15"]),
                     estatus, R.choice([c[1] for c in CATS[:8]])])
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(["ID_VENDEDOR", "NOMBRE_TIENDA", "NOMBRE_CONTACTO", "CORREO", "TELEFONO", "RFC", "CIUDAD", "ESTADO", "PAIS",
            "FECHA_ALTA", "COMISION_PCT", "ESTATUS", "CATEGORIA_PRINCIPAL"])
w.writerows(old_rows)
zi = zipfile.ZipInfo(ZIPM, date_time=(2021, 4, 1, 9, 12, 0))
zi.compress_type = zipfile.ZIP_DEFLATED
with zipfile.ZipFile(os.path.join(DATA, ZIPF), "w") as zf:
    zf.writestr(zi, buf.getvalue().encode("cp1252"))

# ---------------------------------------------------------------- control: shipping rate table (places, no persons)
with open(os.path.join(DATA, TARF), "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["zona", "pais_iso", "estado_o_region", "paqueteria", "tarifa_estandar_mxn", "tarifa_express_mxn", "dias_habiles"])
    seen = set()
    for pl in MX_PLACES:
        if pl[1] in seen:
            continue
        seen.add(pl[1])
        z = 1 if pl[1] in ("Jalisco",) else (2 if pl[1] in ("Ciudad de México", "Nuevo León", "Guanajuato", "Querétaro", "Michoacán",
                                                             "Aguascalientes", "Estado de México", "San Luis Potosí") else 3)
        for paq in ("Estafeta", "DHL"):
            w.writerow([f"Z{z}", "MX", pl[1], paq, 99 + 30 * z, 189 + 45 * z, f"{z}-{z + 2}"])
    for st in US_STATES:
        w.writerow(["INT-1", "US", st, "DHL Express", 690, 1150, "5-8"])
    for cc, reg in (("CA", ""), ("ES", ""), ("DE", ""), ("CO", ""), ("AR", ""), ("CL", ""), ("PE", ""), ("BR", "")):
        w.writerow(["INT-2", cc, reg, "DHL Express", 890, 1490, "7-12"])

# ================================================================ residence resolution
RANK = {k: i for i, k in enumerate(STRENGTH)}
residents, counts, conflicts, amb_places = [], {}, [], {}
for p in PEOPLE:
    pid = p["pid"]
    ss = SIGS.get(pid, [])
    definite = [s for s in ss if s[1]]
    country = sub = None
    if definite:
        best = min(RANK[s[0]] for s in definite)
        top = {s[1] for s in definite if RANK[s[0]] == best}
        assert len(top) == 1, (pid, ss)
        country = top.pop()
        subs = {s[2] for s in definite if s[1] == country and s[2]}
        assert len(subs) <= 1, (pid, ss)
        sub = subs.pop() if subs else None
        if any(s[1] != country for s in definite):
            conflicts.append(pid)
    kinds = []
    for s in ss:
        ok = (s[1] == country and country is not None) or (s[1] is None and s[3] and (country in s[3] or country is None))
        if ok and s[0] not in kinds:
            kinds.append(s[0])
    kinds.sort(key=lambda k: RANK[k])
    if any(s[1] is None and s[3] for s in ss):
        amb_places[pid] = next(s for s in ss if s[1] is None and s[3])[3]
    rec = {"id": pid, "country": country, "subdivision": sub if country == "US" else None, "signals": kinds}
    if pid in conflicts:
        rec["conflicting_signals"] = sorted({s[0] for s in definite if s[1] != country}, key=lambda k: RANK[k])
    residents.append(rec)
    key = sub if (country == "US" and sub) else (country or "unknown")
    counts[key] = counts.get(key, 0) + 1
    p["res"] = rec

# sanity: designed residence vs resolved
for p in PEOPLE:
    if p["cc"] and p["profile"] not in ("chat_unknown", "mkt_unknown", "old_unknown", "unknown", "amb_only", "old_amb"):
        assert p["res"]["country"] == p["cc"], (p["pid"], p["profile"], p["cc"], p["res"], SIGS.get(p["pid"]))
    if p["profile"] in ("unknown", "chat_unknown", "mkt_unknown", "old_unknown"):
        assert p["res"]["country"] is None, (p["pid"], p["res"])

people_by_category = {k: len(v) for k, v in sorted(PBC.items())}
fields = {f: {k: (sorted(v)[0] if len(v) == 1 else sorted(v)) for k, v in sorted(d.items()) if k} for f, d in sorted(FIELDS.items())}
text = {f: sorted(v) for f, v in sorted(TEXT.items())}
zip_only_ids = [p["pid"] for p in PEOPLE if p["profile"] == "zip_only"]
by_role = {}
for p in PEOPLE:
    by_role[p["role"]] = by_role.get(p["role"], 0) + 1

truth = {
    "brief": ("Mercadito, an online marketplace for handmade goods headquartered in Guadalajara, Mexico, with buyers and "
              "sellers mostly in Mexico, many Spanish-speaking buyers in the United States, and some in Spain, Colombia, "
              "Argentina, Chile, Peru, Brazil, Canada and Germany. Systems: a PostgreSQL pg_dump (--inserts) of accounts "
              "(Spanish column names), shipping addresses (some to gift recipients), orders, order items, products; a CSV of "
              "seller payouts (CLABE/IBAN/CBU/CCI accounts, RFC/NIF/CUIT/NIT/RUT/RUC/Steuer-ID/SSN tax ids); a JSON export of "
              "the customer-service chat tool (customers -> conversations -> messages with free text); an nginx combined "
              "access log of the storefront; a Mailchimp-style subscriber CSV with English headers and English country names; "
              "a zip holding a 2021 cp1252 CSV export of sellers; and a shipping-rate table (control). Languages: Spanish "
              "(data, columns), English (marketing export headers/countries)."),
    "people": len(PEOPLE),
    "people_by_category": people_by_category,
    "fields": fields,
    "text": text,
    "controls": [TARF],
    "ambiguous": {
        SQLF: ["cuentas.password_actualizado_en"],
        PAYF: ["fecha_pago"],  # payout date: a transaction on the seller's account, not something the seller did
    },
    "lookalikes": {
        SQLF: {"pedidos.folio": "order folio MCD-YYMM-NNNNNNN", "pedidos.numero_guia": "carrier tracking numbers, 9-22 digits",
               "pedidos.tarjeta_ultimos4": "card last four only (not payment_card)", "pedidos.tarjeta_marca": "card brand",
               "productos.ean13": "EAN-13 barcodes (750 prefix, valid check digit)", "productos.sku": "SKUs",
               "cuentas.proveedor_login": "login method", "pedidos.metodo_pago": "payment method",
               "pedidos.estatus": "order status (not account_type)"},
        PAYF: {"tipo_cuenta": "BANK account format (CLABE/IBAN/...), not the person's account tier",
               "clave_rastreo": "SPEI/SWIFT transfer tracking keys", "id_pago": "payout ids", "banco": "bank names",
               "estatus": "payout status"},
        CHATF: {"clientes.conversaciones.pedido_folio": "order folios", "clientes.id_cliente": "chat-tool customer ids",
                "clientes.conversaciones.id": "conversation ids"},
        MKTF: {"LEID": "list member ids", "EUID": "10-hex member ids", "MEMBER_RATING": "engagement stars 1-5"},
        ZIPF + "!" + ZIPM: {"NOMBRE_TIENDA": "shop names (not person names)", "ID_VENDEDOR": "seller ids"},
    },
    "residents": residents,
    "residence_counts": dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))),
    "conflicts": conflicts,
    "notes": (
        f"People by role: {json.dumps(by_role)}. Accounts are the cuentas rows; gift recipients are persons named on "
        "direcciones_envio rows with es_regalo=true (their address is THEIR residence, not the buyer's; some buyers with no own "
        "address only send gifts, and stay unknown); chat_only are chat customers with cuenta_id null; mkt_only are subscribers "
        "found only in the marketing CSV; former_seller appear only in the zipped 2021 seller export. "
        "IP addresses are used only from ranges whose country is certain: Mexico = Telmex/Uninet Infinitum dynamic DSL /16s "
        "189.133, 189.151, 189.155, 189.158, 187.201, 187.212, 201.124 (rDNS dsl-*-dyn.prod-infinitum.com.mx); US = Comcast "
        "73.0.0.0/8 and 98.192.0.0/10 (country only, never a state); Spain = Telefonica de Espana 83.32.0.0/11 (rima-tde.net); "
        "Germany = Deutsche Telekom 87.128.0.0/10 and 91.0.0.0/10. Account holders in other countries have no IP. "
        "In the access log, lines on /u/<usuario>/..., /api/v1/usuarios/<usuario>/... belong to that user and their IP/UA is "
        "theirs; /tienda/<usuario> pages name a seller but are hit by anonymous visitors, bots (Googlebot 66.249.66.x, "
        "bingbot 157.55.39.x) and Comcast IPv6 visitors: those IPs are not generated persons and are NOT counted in people "
        "or people_by_category (ip_address/device/activity count only known users' own lines plus cuentas.ip_registro). "
        "Residence signals: 'address' = any country/state/region/postcode field of the person's record (cuentas, "
        "direcciones_envio, payout pais, marketing country/region, old export) or a postal address written in a chat message. "
        "Phones in national form (33 1234 5678, (713) 482-1937, 011 15-...) are not a signal; E.164 and +CC forms are. "
        "US subdivision is set when the state is written (estado 'Texas'/'Nueva York'/'TX', marketing region) or when only "
        f"a US ZIP is given (ZIP prefix tells the state): zip-only US people are {zip_only_ids}. "
        "A +1 phone alone (no address) is taken as US/CA from its area code, with no subdivision. "
        "City-only people: Guadalajara, Monterrey, Zapopan, Puebla, Oaxaca de Juárez, Tonalá, San Cristóbal de las Casas -> MX; "
        "Bogotá -> CO; Rosario -> AR (judgement: Guadalajara also exists in Spain, but for this Guadalajara-based marketplace "
        "MX is the honest reading). Ambiguous city names alone (Santiago, Valencia, Córdoba, León) give country null, "
        "signals ['place'], counted under 'unknown'; with a matching ccTLD email (Mérida + .mx, Córdoba + .com.ar) they "
        f"resolve to that country. Ambiguous-place persons: {json.dumps(amb_places, ensure_ascii=False)}. "
        "Conflicts: the strongest signal wins (address > phone > place > ip > email_cctld); each conflict record also carries "
        "'conflicting_signals' (mostly a foreign +52/+1/+54 mobile with an address elsewhere; one US resident with a "
        "yahoo.com.mx email; one chat customer who wrote a Madrid address but has a +52 WhatsApp number). "
        "Tax ids (RFC etc.) are not used as residence signals. pedidos.nota_regalo holds first names of sender and recipient. "
        "Free-text chat messages hold names (agent greets the customer by first name), postal addresses, national phones "
        "and emails; they also contain carrier tracking numbers (lookalikes). Card data: only brand and last four."),
}
with open(os.path.join(BASE, "truth.json"), "w", encoding="utf-8") as fh:
    json.dump(truth, fh, ensure_ascii=False, indent=2)
print("people", len(PEOPLE), "by role", by_role)
print("residence_counts", truth["residence_counts"])
print("conflicts", conflicts)
