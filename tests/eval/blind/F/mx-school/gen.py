#!/usr/bin/env python3
"""Blind evaluation dump F/mx-school: export of a Mexican private school network (SIGE escolar).
Deterministic (seeded), stdlib only. Writes data/ and truth.json."""
import csv
import datetime as dt
import json
import os
import random
import shutil
import unicodedata
import urllib.parse

SEED = 5255
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
if os.path.isdir(DATA):
    shutil.rmtree(DATA)
os.makedirs(DATA)
CST = dt.timezone(dt.timedelta(hours=-6))


class People:
    def __init__(self):
        self.cats = {}

    def add(self, pid, *cats):
        self.cats.setdefault(pid, set()).update(cats)

    def count(self):
        return len(self.cats)

    def by_cat(self):
        out = {}
        for cs in self.cats.values():
            for c in cs:
                out[c] = out.get(c, 0) + 1
        return dict(sorted(out.items()))


P = People()


def rdt(a, b):
    s = int((b - a).total_seconds())
    return a if s <= 0 else a + dt.timedelta(seconds=R.randint(0, s))


def rchars(n, a="./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(a) for _ in range(n))


# ------------------------------------------------------------------ names and places
H_M = ["José Luis", "Juan Carlos", "Luis", "Carlos", "Miguel Ángel", "Jorge", "Alejandro", "Fernando", "Ricardo",
       "Francisco", "Eduardo", "Roberto", "Héctor", "Arturo", "Raúl", "Sergio", "Javier", "Óscar", "Gerardo", "Rodrigo"]
H_F = ["María Guadalupe", "Patricia", "Verónica", "Claudia", "Laura", "Gabriela", "Adriana", "Alejandra", "Rocío",
       "Mónica", "Leticia", "Araceli", "Norma", "Karla", "Diana", "Elizabeth", "Lorena", "María Fernanda", "Paola", "Silvia"]
K_M = ["Santiago", "Sebastián", "Diego", "Emiliano", "Mateo", "Leonardo", "Matías", "Iker", "Rodrigo", "Gael",
       "Daniel", "Emilio", "José Pablo", "Andrés", "Nicolás", "Maximiliano", "Ángel", "Damián"]
K_F = ["María José", "Ximena", "Valentina", "Regina", "Camila", "Sofía", "Valeria", "Renata", "Natalia", "Fernanda",
       "Ana Sofía", "Victoria", "Isabella", "Romina", "Daniela", "Andrea", "Mariana", "Paulina"]
APE = ["Hernández", "García", "Martínez", "López", "González", "Rodríguez", "Pérez", "Sánchez", "Ramírez", "Cruz",
       "Flores", "Gómez", "Morales", "Vázquez", "Jiménez", "Reyes", "Díaz", "Torres", "Gutiérrez", "Ruiz",
       "Mendoza", "Aguilar", "Ortiz", "Moreno", "Castillo", "Romero", "Álvarez", "Méndez", "Chávez", "Rivera",
       "Juárez", "Ramos", "Domínguez", "Herrera", "Medina", "Castro", "Vargas", "Guzmán", "Velázquez", "Rojas",
       "Contreras", "Salazar", "Luna", "Ortega", "Guerrero", "Estrada", "Bautista", "Núñez", "Ibarra", "Peña"]
PLANTELES = [
    (1, "09PPR0417K", "Colegio Ateneo del Valle – Plantel Del Valle", "Ciudad de México", "Benito Juárez", "DF",
     [("Del Valle Centro", "03100"), ("Narvarte Poniente", "03020"), ("Portales Norte", "03300"), ("Xoco", "03330"),
      ("Letrán Valle", "03650")], ["Pestalozzi", "Adolfo Prieto", "Gabriel Mancera", "Av. Universidad", "Amores", "Xochicalco"],
     "55"),
    (2, "14PPR0932B", "Colegio Ateneo del Valle – Plantel Providencia", "Guadalajara", "Guadalajara", "JC",
     [("Providencia", "44630"), ("Chapalita", "44500"), ("Ladrón de Guevara", "44600"), ("Jardines del Bosque", "44520")],
     ["Av. Rubén Darío", "Calle Colomos", "Av. Guadalupe", "Calle Lope de Vega", "Av. Terranova"], "33"),
    (3, "19PPR0228S", "Colegio Ateneo del Valle – Plantel Cumbres", "Monterrey", "Monterrey", "NL",
     [("Cumbres 2o Sector", "64610"), ("Mitras Centro", "64460"), ("Cumbres Elite", "64349"), ("Contry", "64860")],
     ["Av. Paseo de los Leones", "Calle Alfonso Reyes", "Av. Lincoln", "Calle Cerro de la Silla"], "81"),
    (4, "21PPR0610M", "Colegio Ateneo del Valle – Plantel Angelópolis", "Puebla", "San Andrés Cholula", "PL",
     [("Lomas de Angelópolis", "72830"), ("La Vista Country Club", "72810"), ("Zavaleta", "72176")],
     ["Blvd. Atlixcáyotl", "Calle Vía Atlixcáyotl", "Calle Nogal", "Av. Zeta del Cochero"], "222")]
ESTADO_NOMBRE = {"DF": "Ciudad de México", "JC": "Jalisco", "NL": "Nuevo León", "PL": "Puebla"}
BIRTH_STATES = ["DF", "DF", "MC", "JC", "NL", "PL", "VZ", "GT", "MN", "OC", "CH", "YN", "QT", "HG", "SP"]
OCUP = ["Contador público", "Ingeniera industrial", "Médico general", "Abogado", "Empresaria", "Arquitecto",
        "Docente", "Comerciante", "Gerente de ventas", "Odontóloga", "Hogar", "Programador", "Administradora",
        "Funcionario público", "Psicóloga", "Ingeniero civil"]
EMPRESAS = ["BBVA México", "Grupo Bimbo", "CEMEX", "Pemex", "IMSS", "Liverpool", "FEMSA", "Independiente", "Telmex",
            "Gobierno del Estado", "Volkswagen de México", "Hospital Ángeles", None, None]


def strip(s):
    s = s.upper().replace("Ñ", "\x00")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
    return s.replace("\x00", "X")


VOW = "AEIOU"
BAD = {"BACA", "BAKA", "BUEI", "BUEY", "CACA", "CACO", "CAGA", "CAGO", "CAKA", "COGE", "COJA", "COJE", "COJI", "COJO",
       "CULO", "FETO", "GUEY", "JOTO", "KACA", "KACO", "KAGA", "KAGO", "KOGE", "KOJO", "KAKA", "KULO", "MAME", "MAMO",
       "MEAR", "MEAS", "MEON", "MION", "MOCO", "MULA", "PEDA", "PEDO", "PENE", "PUTA", "PUTO", "QULO", "RATA", "RUIN"}


def first_given(nombre):
    parts = strip(nombre).split()
    if len(parts) > 1 and parts[0] in ("MARIA", "MA.", "MA", "JOSE", "J", "J."):
        return parts[1]
    return parts[0]


def internal_cons(w):
    for c in w[1:]:
        if c.isalpha() and c not in VOW:
            return c
    return "X"


def base4(nombre, ap, am):
    a, m, n = strip(ap).replace(" ", ""), strip(am).replace(" ", "") if am else "", first_given(nombre)
    iv = next((c for c in a[1:] if c in VOW), "X")
    b = a[0] + iv + (m[0] if m else "X") + n[0]
    if b in BAD:
        b = b[0] + "X" + b[2:]
    return b, a, m, n


CURP_D = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
used_ids = set()


def curp(nombre, ap, am, dob, sexo, estado):
    b, a, m, n = base4(nombre, ap, am)
    while True:
        hc = str(R.randint(0, 9)) if dob.year < 2000 else R.choice("ABCDEFGHIJ")
        s17 = b + dob.strftime("%y%m%d") + sexo + estado + internal_cons(a) + (internal_cons(m) if m else "X") + internal_cons(n) + hc
        tot = sum(CURP_D.index(c) * (18 - i) for i, c in enumerate(s17))
        v = s17 + str((10 - tot % 10) % 10)
        if v not in used_ids:
            used_ids.add(v)
            return v


RFC_D = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"


def rfc(nombre, ap, am, dob):
    b, _, _, _ = base4(nombre, ap, am)
    s12 = b + dob.strftime("%y%m%d") + R.choice("123456789ABCDEFGHIJKLMNPQRSTUVWXYZ") + R.choice("123456789ABCDEFGHIJKLMNPQRSTUVWXYZ")
    tot = sum(RFC_D.index(c) * (13 - i) for i, c in enumerate(s12))
    r = 11 - tot % 11
    return s12 + ("0" if r == 11 else "A" if r == 10 else str(r))


def clabe():
    bank = R.choice(["002", "012", "014", "021", "072", "044", "127", "137", "036", "058"])
    body = bank + R.choice(["180", "320", "580", "650", "010"]) + "%011d" % R.randint(0, 10**11 - 1)
    w = [3, 7, 1] * 6
    s = sum((int(d) * w[i]) % 10 for i, d in enumerate(body))
    return body + str((10 - s % 10) % 10)


used_tel = set()


def cel(lada):
    while True:
        n = lada + "%0*d" % (10 - len(lada), R.randint(0, 10 ** (10 - len(lada)) - 1))
        if n[len(lada)] == "0":
            continue
        if n not in used_tel:
            used_tel.add(n)
            return n


def tel_fmt(n, lada):
    k = R.random()
    rest = n[len(lada):]
    if k < 0.35:
        return n
    if k < 0.6:
        return "%s %s %s" % (lada, rest[:len(rest) - 4], rest[-4:])
    if k < 0.8:
        return "+52 %s %s %s" % (lada, rest[:len(rest) - 4], rest[-4:])
    return "(%s) %s-%s" % (lada, rest[:len(rest) - 4], rest[-4:])


def ascii_low(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn").lower().replace(" ", "")


# ------------------------------------------------------------------ families
EXPORT = dt.datetime(2024, 2, 29, 22, 0, tzinfo=CST)
NIVELES = [("Preescolar", 3, 5), ("Primaria", 6, 11), ("Secundaria", 12, 14), ("Preparatoria", 15, 17)]
families, tutores, alumnos, links = [], [], [], []
for fi in range(72):
    pl = R.choice(PLANTELES)
    col, cp = R.choice(pl[6])
    ap_p, ap_m = R.choice(APE), R.choice(APE)
    fam = {"id": "FAM-%04d" % (120 + fi * 7), "pl": pl, "ap_p": ap_p, "ap_m": ap_m, "tutores": [], "hijos": [],
           "dom": {"calle": R.choice(pl[7]), "num_ext": str(R.randint(12, 2900)), "num_int": R.choice([None, None, "A", "3", "Depto. 402", "Casa 7"]),
                   "colonia": col, "cp": cp, "municipio": pl[4], "estado": ESTADO_NOMBRE[pl[5]]}}
    two_parents = R.random() < 0.72
    roles = ["PADRE", "MADRE"] if two_parents else [R.choice(["MADRE", "MADRE", "PADRE", "ABUELA", "TUTOR"])]
    for role in roles:
        female = role in ("MADRE", "ABUELA")
        if role == "PADRE":
            ap, am = ap_p, R.choice(APE)
        elif role == "MADRE":
            ap, am = ap_m, R.choice(APE)
        elif role == "ABUELA":
            ap, am = ap_m, R.choice(APE)
        else:
            ap, am = R.choice(APE), R.choice(APE)
        nombre = R.choice(H_F if female else H_M)
        dob = dt.date(R.randint(1952, 1962) if role == "ABUELA" else R.randint(1972, 1993), R.randint(1, 12), R.randint(1, 28))
        t = {"id": len(tutores) + 1, "pid": "tutor:%d" % (len(tutores) + 1), "nombre": nombre, "ap": ap, "am": am,
             "dob": dob, "sexo": "M" if female else "H", "role": role, "fam": fam,
             "curp": curp(nombre, ap, am, dob, "M" if female else "H", R.choice(BIRTH_STATES)),
             "rfc": rfc(nombre, ap, am, dob) if R.random() < 0.85 else None,
             "email": None, "cel": cel(pl[8]), "casa": cel(pl[8]) if R.random() < 0.3 else None,
             "ocup": R.choice(OCUP), "empresa": R.choice(EMPRESAS),
             "created": rdt(dt.datetime(2016, 6, 1, tzinfo=CST), dt.datetime(2023, 8, 15, tzinfo=CST))}
        if R.random() < 0.93:
            t["email"] = R.choice(["%s.%s" % (ascii_low(nombre.split()[0]), ascii_low(ap)), "%s%s%d" % (ascii_low(nombre)[0], ascii_low(ap), dob.year % 100),
                                   "%s_%s" % (ascii_low(nombre.split()[0]), ascii_low(am))]) + "@" + R.choice(
                ["gmail.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx", "prodigy.net.mx", "icloud.com", "live.com.mx"])
        fam["tutores"].append(t)
        tutores.append(t)
    for k in range(R.choices([1, 2, 3], [40, 45, 15])[0]):
        female = R.random() < 0.5
        nivel = R.choice(NIVELES)
        age = R.randint(nivel[1], nivel[2])
        dob = dt.date(2023 - age, R.randint(1, 12), R.randint(1, 28))
        grado = {"Preescolar": age - 2, "Primaria": age - 5, "Secundaria": age - 11, "Preparatoria": age - 14}[nivel[0]]
        nombre = R.choice(K_F if female else K_M)
        ingreso = dt.date(max(2016, dob.year + nivel[1] - (1 if R.random() < 0.5 else 0) + R.randint(0, 2)), 8, R.randint(19, 28))
        if ingreso > dt.date(2023, 8, 28):
            ingreso = dt.date(2023, 8, R.randint(19, 28))
        a = {"id": len(alumnos) + 1, "pid": "alumno:%d" % (len(alumnos) + 1), "nombre": nombre, "ap": ap_p, "am": ap_m,
             "dob": dob, "sexo": "M" if female else "H", "nivel": nivel[0], "grado": grado,
             "grupo": R.choice("ABC"), "pl": pl, "fam": fam, "ingreso": ingreso,
             "curp": curp(nombre, ap_p, ap_m, dob, "M" if female else "H", pl[5]),
             "matricula": "%s%02d%04d" % ("ADV"[0] + str(pl[0]), ingreso.year % 100, R.randint(1, 9999)),
             "estatus": "ACTIVO" if R.random() < 0.95 else "BAJA_TEMPORAL", "beca": R.choice([0, 0, 0, 0, 10, 15, 25, 50]),
             "email_inst": None}
        if nivel[0] in ("Secundaria", "Preparatoria"):
            a["email_inst"] = "%s.%s%02d@alumnos.ateneodelvalle.edu.mx" % (ascii_low(nombre.split()[0]), ascii_low(ap_p), R.randint(1, 99))
        if len(fam["tutores"]) == 1 and fam["tutores"][0]["role"] in ("ABUELA", "TUTOR"):
            pass
        fam["hijos"].append(a)
        alumnos.append(a)
        for t in fam["tutores"]:
            links.append({"a": a, "t": t, "par": t["role"], "pago": t is fam["tutores"][0], "recoger": R.random() < 0.9})
    if R.random() < 0.4:
        ef = R.random() < 0.65
        fam["emerg"] = {"pid": "emerg:%s" % fam["id"], "nombre": "%s %s %s" % (R.choice(H_F if ef else H_M), R.choice([ap_p, ap_m, R.choice(APE)]), R.choice(APE)),
                        "tel": cel(pl[8]), "rel": R.choice(["Abuela", "Tía", "Madrina", "Vecina"] if ef else ["Abuelo", "Tío", "Padrino"])}
    else:
        fam["emerg"] = None
    families.append(fam)

# portal users (one per responsible guardian, some second guardians)
usuarios = []
for t in tutores:
    if t is t["fam"]["tutores"][0] or R.random() < 0.45:
        usuarios.append({"id": len(usuarios) + 1, "t": t,
                         "usuario": R.choice([ascii_low(t["nombre"].split()[0])[0] + ascii_low(t["ap"]) + str(t["dob"].year % 100),
                                              ascii_low(t["nombre"].split()[0]) + "." + ascii_low(t["ap"]),
                                              ascii_low(t["ap"]) + str(R.randint(1, 999))]),
                         "hash": "$2y$10$" + rchars(53), "rol": "TUTOR_RESPONSABLE" if t is t["fam"]["tutores"][0] else "TUTOR",
                         "activo": R.random() < 0.96, "creado": t["created"] + dt.timedelta(days=R.randint(0, 30)),
                         "reset": rchars(40, "abcdef0123456789") if R.random() < 0.06 else None, "ip": None, "last": None})


def mx_ip():
    a = R.choice([(187, R.randint(188, 190)), (189, R.randint(130, 254)), (201, R.randint(141, 175)), (177, R.randint(226, 249)),
                  (200, 68), (148, 244)])
    return "%d.%d.%d.%d" % (a[0], a[1], R.randint(0, 255), R.randint(1, 254))


for u in usuarios:
    u["ip"] = mx_ip()
    u["ua"] = R.choice([
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (Linux; Android 13; moto g54 5G) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.164 Mobile Safari/537.36",
        "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.178 Mobile Safari/537.36",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2.1 Safari/605.1.15",
        "Mozilla/5.0 (Linux; Android 12; 22120RN86G) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.210 Mobile Safari/537.36"])

# tuition payments
COLEG = {"Preescolar": 5200, "Primaria": 6850, "Secundaria": 7600, "Preparatoria": 8400}
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
pagos = []
periods = [(2023, 8), (2023, 9), (2023, 10), (2023, 11), (2023, 12), (2024, 1), (2024, 2)]
for a in alumnos:
    payer = a["fam"]["tutores"][0]
    payer_clabe = clabe()
    behind = R.choices([0, 0, 0, 0, 1, 2, 3], k=1)[0]
    for j, (y, m) in enumerate(periods):
        if y == 2023 and m == 8:
            concepto, monto = "Inscripción ciclo 2023-2024", COLEG[a["nivel"]] * 1.1
        else:
            concepto, monto = "Colegiatura %s %d" % (MESES[m - 1], y), COLEG[a["nivel"]] * (1 - a["beca"] / 100)
        limite = dt.date(y, m, 10)
        unpaid = j >= len(periods) - behind
        metodo = R.choices(["SPEI", "TARJETA", "OXXO", "DOMICILIACION", "EFECTIVO_CAJA"], [45, 25, 10, 15, 5])[0]
        fp = None if unpaid else dt.datetime.combine(limite, dt.time(R.randint(7, 22), R.randint(0, 59), R.randint(0, 59)), tzinfo=CST) - dt.timedelta(days=R.randint(-12, 9))
        late = fp is not None and fp.date() > limite
        pagos.append({"id": len(pagos) + 1, "folio": "COL-%d-%06d" % (y, R.randint(0, 999999)), "a": a,
                      "t": payer, "concepto": concepto, "periodo": "%d-%02d" % (y, m), "monto": round(monto, 2),
                      "recargo": round(monto * 0.05, 2) if late else 0.0, "limite": limite, "fp": fp,
                      "metodo": None if unpaid else metodo,
                      "ref": ("%020d" % R.randint(0, 10**20 - 1)) if not unpaid else None,
                      "clabe": payer_clabe if (not unpaid and metodo in ("SPEI", "DOMICILIACION")) else None,
                      "ult4": "%04d" % R.randint(0, 9999) if (not unpaid and metodo == "TARJETA") else None,
                      "cfdi": ("%08X-%04X-%04X-%04X-%012X" % (R.getrandbits(32), R.getrandbits(16), R.getrandbits(16), R.getrandbits(16), R.getrandbits(48))) if not unpaid else None,
                      "estatus": "VENCIDO" if unpaid and limite < EXPORT.date() else ("PENDIENTE" if unpaid else "PAGADO")})


# ------------------------------------------------------------------ pg_dump
def pgv(v):
    if v is None:
        return "\\N"
    if isinstance(v, bool):
        return "t" if v else "f"
    if isinstance(v, float):
        return "%.2f" % v
    if isinstance(v, dt.datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S-06")
    if isinstance(v, dt.date):
        return v.isoformat()
    return str(v).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


out = []
w = out.append
w("--\n-- PostgreSQL database dump\n--\n\n-- Dumped from database version 14.11 (Ubuntu 14.11-0ubuntu0.22.04.1)\n"
  "-- Dumped by pg_dump version 14.11 (Ubuntu 14.11-0ubuntu0.22.04.1)\n\n"
  "SET statement_timeout = 0;\nSET lock_timeout = 0;\nSET idle_in_transaction_session_timeout = 0;\n"
  "SET client_encoding = 'UTF8';\nSET standard_conforming_strings = on;\n"
  "SELECT pg_catalog.set_config('search_path', '', false);\nSET check_function_bodies = false;\n"
  "SET xmloption = content;\nSET client_min_messages = warning;\nSET row_security = off;\n\n"
  "--\n-- Name: escolar; Type: SCHEMA; Schema: -; Owner: sige\n--\n\nCREATE SCHEMA escolar;\n\n\nALTER SCHEMA escolar OWNER TO sige;\n\n"
  "SET default_tablespace = '';\n\nSET default_table_access_method = heap;\n\n")
TABLES = []


def create(name, cols, pk="id"):
    w("--\n-- Name: %s; Type: TABLE; Schema: escolar; Owner: sige\n--\n\n" % name)
    w("CREATE TABLE escolar.%s (\n%s\n);\n\n\nALTER TABLE escolar.%s OWNER TO sige;\n\n" %
      (name, ",\n".join("    %s %s" % c for c in cols), name))
    TABLES.append((name, [c[0] for c in cols], pk))


create("planteles", [("id", "integer NOT NULL"), ("clave_ct", "character varying(10) NOT NULL"), ("nombre", "character varying(120) NOT NULL"),
                     ("ciudad", "character varying(60)"), ("estado", "character varying(40)")])
create("alumnos", [("id", "integer NOT NULL"), ("matricula", "character varying(10) NOT NULL"), ("curp", "character(18)"),
                   ("nombre", "character varying(80) NOT NULL"), ("apellido_paterno", "character varying(60) NOT NULL"),
                   ("apellido_materno", "character varying(60)"), ("fecha_nacimiento", "date NOT NULL"), ("sexo", "character(1)"),
                   ("plantel_id", "integer NOT NULL"), ("nivel", "character varying(20) NOT NULL"), ("grado", "smallint NOT NULL"),
                   ("grupo", "character(1)"), ("estatus", "character varying(20) DEFAULT 'ACTIVO'::character varying NOT NULL"),
                   ("fecha_ingreso", "date"), ("beca_porcentaje", "smallint DEFAULT 0 NOT NULL"),
                   ("email_institucional", "character varying(120)")])
create("tutores", [("id", "integer NOT NULL"), ("nombre", "character varying(80) NOT NULL"), ("apellido_paterno", "character varying(60) NOT NULL"),
                   ("apellido_materno", "character varying(60)"), ("fecha_nacimiento", "date"), ("curp", "character(18)"), ("rfc", "character varying(13)"),
                   ("email", "character varying(120)"), ("telefono_celular", "character varying(20)"), ("telefono_casa", "character varying(20)"),
                   ("calle", "character varying(120)"), ("num_ext", "character varying(10)"), ("num_int", "character varying(20)"),
                   ("colonia", "character varying(80)"), ("codigo_postal", "character(5)"), ("municipio", "character varying(60)"),
                   ("estado", "character varying(40)"), ("ocupacion", "character varying(60)"), ("empresa", "character varying(80)"),
                   ("creado_en", "timestamp with time zone DEFAULT now() NOT NULL")])
create("alumno_tutor", [("alumno_id", "integer NOT NULL"), ("tutor_id", "integer NOT NULL"), ("parentesco", "character varying(20) NOT NULL"),
                        ("responsable_pago", "boolean DEFAULT false NOT NULL"), ("autorizado_recoger", "boolean DEFAULT true NOT NULL")],
       pk="alumno_id, tutor_id")
create("colegiaturas", [("id", "integer NOT NULL"), ("folio", "character varying(16) NOT NULL"), ("alumno_id", "integer NOT NULL"),
                        ("tutor_pagador_id", "integer"), ("concepto", "character varying(80) NOT NULL"), ("periodo", "character(7) NOT NULL"),
                        ("monto", "numeric(10,2) NOT NULL"), ("recargo", "numeric(10,2) DEFAULT 0 NOT NULL"), ("fecha_limite", "date NOT NULL"),
                        ("fecha_pago", "timestamp with time zone"), ("metodo_pago", "character varying(20)"),
                        ("referencia_bancaria", "character varying(20)"), ("clabe_origen", "character(18)"),
                        ("tarjeta_ultimos4", "character(4)"), ("uuid_cfdi", "uuid"), ("estatus", "character varying(12) NOT NULL")])
create("usuarios_portal", [("id", "integer NOT NULL"), ("tutor_id", "integer NOT NULL"), ("usuario", "character varying(60) NOT NULL"),
                           ("password_hash", "character varying(60) NOT NULL"), ("rol", "character varying(20) NOT NULL"),
                           ("activo", "boolean DEFAULT true NOT NULL"), ("creado_en", "timestamp with time zone NOT NULL"),
                           ("ultimo_acceso", "timestamp with time zone"), ("ultima_ip", "inet"),
                           ("token_recuperacion", "character varying(64)")])

ROWS = {"planteles": [[p[0], p[1], p[2], p[3], ESTADO_NOMBRE[p[5]]] for p in PLANTELES]}
ROWS["alumnos"] = []
for a in alumnos:
    P.add(a["pid"], "name", "government_id", "date_of_birth", "activity")
    if a["email_inst"]:
        P.add(a["pid"], "email")
    ROWS["alumnos"].append([a["id"], a["matricula"], a["curp"], a["nombre"], a["ap"], a["am"], a["dob"], a["sexo"], a["pl"][0],
                            a["nivel"], a["grado"], a["grupo"], a["estatus"], a["ingreso"], a["beca"], a["email_inst"]])
ROWS["tutores"] = []
for t in tutores:
    d = t["fam"]["dom"]
    P.add(t["pid"], "name", "government_id", "date_of_birth", "phone", "location")
    if t["email"]:
        P.add(t["pid"], "email")
    lada = t["fam"]["pl"][8]
    ROWS["tutores"].append([t["id"], t["nombre"], t["ap"], t["am"], t["dob"], t["curp"], t["rfc"], t["email"], tel_fmt(t["cel"], lada),
                            tel_fmt(t["casa"], lada) if t["casa"] else None, d["calle"], d["num_ext"], d["num_int"], d["colonia"],
                            d["cp"], d["municipio"], d["estado"], t["ocup"], t["empresa"], t["created"]])
ROWS["alumno_tutor"] = [[l["a"]["id"], l["t"]["id"], l["par"], l["pago"], l["recoger"]] for l in links]
ROWS["colegiaturas"] = []
for p in pagos:
    if p["fp"]:
        P.add(p["t"]["pid"], "activity")
    if p["clabe"]:
        P.add(p["t"]["pid"], "bank_account")
    ROWS["colegiaturas"].append([p["id"], p["folio"], p["a"]["id"], p["t"]["id"], p["concepto"], p["periodo"], p["monto"], p["recargo"],
                                 p["limite"], p["fp"], p["metodo"], p["ref"], p["clabe"], p["ult4"], p["cfdi"].lower() if p["cfdi"] else None,
                                 p["estatus"]])

# access log is generated first so that ultimo_acceso / ultima_ip agree with it
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def nts(t):
    return "%02d/%s/%d:%02d:%02d:%02d -0600" % (t.day, MON[t.month - 1], t.year, t.hour, t.minute, t.second)


log = []
LOG_FROM = dt.datetime(2024, 2, 19, tzinfo=CST)
for u in usuarios:
    if not u["activo"]:
        continue
    t_ = u["t"]
    kids = t_["fam"]["hijos"]
    for _ in range(R.choice([0, 1, 1, 2, 3, 4])):
        t = rdt(LOG_FROM, EXPORT - dt.timedelta(hours=1))
        ip = u["ip"] if R.random() < 0.75 else mx_ip()
        P.add(t_["pid"], "ip_address", "device", "activity", "username")
        seq = [("GET", "/portal/login", 200, 4811), ("POST", "/portal/login", 302, 0),
               ("GET", "/portal/inicio", 200, R.randint(15000, 21000)),
               ("GET", "/api/v1/tutores/%s/avisos?no_leidos=1" % u["usuario"], 200, R.randint(200, 3000))]
        for _k in range(R.randint(1, 4)):
            k = R.choice(kids)
            seq.append(("GET", R.choice(["/portal/alumnos/%s/calificaciones?bimestre=3" % k["matricula"],
                                         "/portal/alumnos/%s/tareas" % k["matricula"],
                                         "/portal/alumnos/%s/asistencias" % k["matricula"],
                                         "/portal/pagos/estado-de-cuenta?tutor=%d" % t_["id"],
                                         "/portal/pagos/%s/ficha-oxxo.pdf" % R.choice([p["folio"] for p in pagos if p["a"] is k]),
                                         "/portal/circulares/2024-02-%02d.pdf" % R.randint(1, 28)]), 200, R.randint(3000, 90000)))
        if R.random() < 0.4:
            seq.append(("GET", "/portal/logout", 302, 0))
        for m, pth, code, size in seq:
            log.append((t, '%s - - [%s] "%s %s HTTP/1.1" %d %d "https://padres.ateneodelvalle.edu.mx/portal/inicio" "%s"'
                        % (ip, nts(t), m, pth, code, size, u["ua"])))
            t += dt.timedelta(seconds=R.randint(2, 80))
        if u["last"] is None or t > u["last"]:
            u["last"], u["ip"] = t, ip
    # password recovery with the email in the query string
    if R.random() < 0.08 and t_["email"]:
        t = rdt(LOG_FROM, EXPORT)
        ip = mx_ip()
        P.add(t_["pid"], "email", "ip_address", "activity", "device")
        log.append((t, '%s - - [%s] "GET /portal/recuperar-contrasena?email=%s HTTP/1.1" 200 3904 "https://padres.ateneodelvalle.edu.mx/portal/login" "%s"'
                    % (ip, nts(t), urllib.parse.quote(t_["email"], safe="@"), u["ua"])))
anon = set()
for _ in range(60):
    ip = mx_ip()
    anon.add(ip)
    t = rdt(LOG_FROM, EXPORT)
    ua = R.choice([u["ua"] for u in usuarios])
    for pth in R.sample(["/", "/admisiones", "/admisiones/solicitud", "/portal/login", "/planteles/cumbres", "/planteles/del-valle",
                         "/costos-2024-2025", "/aviso-de-privacidad"], R.randint(1, 3)):
        log.append((t, '%s - - [%s] "GET %s HTTP/1.1" 200 %d "https://www.google.com.mx/" "%s"' % (ip, nts(t), pth, R.randint(5000, 40000), ua)))
        t += dt.timedelta(seconds=R.randint(3, 100))
for _ in range(100):
    t = rdt(LOG_FROM, EXPORT)
    log.append((t, R.choice([
        '10.0.3.%d - - [%s] "GET /health HTTP/1.1" 200 2 "-" "Go-http-client/1.1"' % (R.randint(2, 5), nts(t)),
        '66.249.68.%d - - [%s] "GET /admisiones HTTP/1.1" 200 22190 "-" "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"' % (R.randint(1, 200), nts(t)),
        '45.%d.%d.%d - - [%s] "POST /xmlrpc.php HTTP/1.1" 404 162 "-" "Mozilla/5.0"' % (R.randint(1, 250), R.randint(0, 255), R.randint(1, 254), nts(t))])))
log.sort(key=lambda x: x[0])
with open(os.path.join(DATA, "padres_portal_access.log"), "w", encoding="utf-8") as f:
    f.write("\n".join(l for _, l in log) + "\n")

ROWS["usuarios_portal"] = []
for u in usuarios:
    P.add(u["t"]["pid"], "username", "password", "account_type", "activity")
    if u["last"]:
        P.add(u["t"]["pid"], "ip_address")
    if u["reset"]:
        P.add(u["t"]["pid"], "secret")
    ROWS["usuarios_portal"].append([u["id"], u["t"]["id"], u["usuario"], u["hash"], u["rol"], u["activo"], u["creado"],
                                    u["last"], u["ip"] if u["last"] else None, u["reset"]])

for name, cols, pk in TABLES:
    w("--\n-- Data for Name: %s; Type: TABLE DATA; Schema: escolar; Owner: sige\n--\n\n" % name)
    w("COPY escolar.%s (%s) FROM stdin;\n" % (name, ", ".join(cols)))
    for r in ROWS[name]:
        w("\t".join(pgv(v) for v in r) + "\n")
    w("\\.\n\n\n")
for name, cols, pk in TABLES:
    w("--\n-- Name: %s %s_pkey; Type: CONSTRAINT; Schema: escolar; Owner: sige\n--\n\n"
      "ALTER TABLE ONLY escolar.%s\n    ADD CONSTRAINT %s_pkey PRIMARY KEY (%s);\n\n\n" % (name, name, name, name, pk))
for tbl, col, ref in [("alumnos", "plantel_id", "planteles"), ("alumno_tutor", "alumno_id", "alumnos"),
                      ("alumno_tutor", "tutor_id", "tutores"), ("colegiaturas", "alumno_id", "alumnos"),
                      ("colegiaturas", "tutor_pagador_id", "tutores"), ("usuarios_portal", "tutor_id", "tutores")]:
    w("--\n-- Name: %s %s_%s_fkey; Type: FK CONSTRAINT; Schema: escolar; Owner: sige\n--\n\n"
      "ALTER TABLE ONLY escolar.%s\n    ADD CONSTRAINT %s_%s_fkey FOREIGN KEY (%s) REFERENCES escolar.%s(id);\n\n\n"
      % (tbl, tbl, col, tbl, tbl, col, col, ref))
w("--\n-- PostgreSQL database dump complete\n--\n\n")
SQL = "sige_escolar_2024-02-29.sql"
with open(os.path.join(DATA, SQL), "w", encoding="utf-8") as f:
    f.write("".join(out))

# ------------------------------------------------------------------ families JSON (admissions CRM)
fam_out = []
for fam in families:
    tl = []
    for t in fam["tutores"]:
        P.add(t["pid"], "name", "phone", "government_id")
        if t["email"]:
            P.add(t["pid"], "email")
        tl.append({"nombre_completo": "%s %s %s" % (t["nombre"], t["ap"], t["am"]), "parentesco": t["role"].capitalize(),
                   "email": t["email"], "celular": tel_fmt(t["cel"], fam["pl"][8]), "rfc": t["rfc"], "curp": t["curp"],
                   "ocupacion": t["ocup"], "responsable_pago": t is fam["tutores"][0]})
    hl = []
    for a in fam["hijos"]:
        P.add(a["pid"], "name", "government_id", "date_of_birth")
        hl.append({"matricula": a["matricula"], "nombre": a["nombre"], "apellidos": "%s %s" % (a["ap"], a["am"]), "curp": a["curp"],
                   "fecha_nacimiento": a["dob"].strftime("%d/%m/%Y"), "nivel": a["nivel"], "grado": a["grado"], "grupo": a["grupo"],
                   "beca": "%d%%" % a["beca"] if a["beca"] else None})
    for t in fam["tutores"]:
        P.add(t["pid"], "location")
    for a in fam["hijos"]:
        P.add(a["pid"], "location")  # household address of the children
    rec = {"id_familia": fam["id"], "apellidos": "%s %s" % (fam["ap_p"], fam["ap_m"]), "plantel": fam["pl"][1],
           "domicilio": {"calle": fam["dom"]["calle"], "numero": fam["dom"]["num_ext"] + (" int. " + fam["dom"]["num_int"] if fam["dom"]["num_int"] else ""),
                         "colonia": fam["dom"]["colonia"], "cp": fam["dom"]["cp"], "municipio": fam["dom"]["municipio"], "estado": fam["dom"]["estado"]},
           "tutores": tl, "hijos": hl,
           "saldo_pendiente": round(sum(p["monto"] + p["recargo"] for p in pagos if p["a"]["fam"] is fam and p["fp"] is None), 2),
           "contacto_emergencia": None}
    if fam["emerg"]:
        e = fam["emerg"]
        P.add(e["pid"], "name", "phone")
        rec["contacto_emergencia"] = {"nombre": e["nombre"], "telefono": tel_fmt(e["tel"], fam["pl"][8]), "relacion": e["rel"]}
    fam_out.append(rec)
FAMJ = "familias_export_2024-02.json"
with open(os.path.join(DATA, FAMJ), "w", encoding="utf-8") as f:
    json.dump({"sistema": "SIGE Admisiones", "generado": "2024-02-29T21:40:12-06:00", "ciclo": "2023-2024", "total_familias": len(fam_out),
               "familias": fam_out}, f, ensure_ascii=False, indent=2)

# ------------------------------------------------------------------ cobranza CSV (overdue tuition)
COB = "adeudos_colegiaturas_feb2024.csv"
with open(os.path.join(DATA, COB), "w", encoding="utf-8-sig", newline="") as f:
    cw = csv.writer(f)
    cw.writerow(["Plantel", "Matrícula", "Alumno", "Nivel", "Grado y grupo", "Tutor responsable", "Teléfono", "Correo",
                 "Meses vencidos", "Adeudo total (MXN)", "Último pago", "Gestor de cobranza"])
    GESTORES = ["Cobranza CDMX", "Cobranza GDL", "Cobranza MTY", "Cobranza PUE"]
    for a in alumnos:
        unpaid = [p for p in pagos if p["a"] is a and p["fp"] is None and p["estatus"] == "VENCIDO"]
        if not unpaid:
            continue
        t = a["fam"]["tutores"][0]
        paid = [p["fp"] for p in pagos if p["a"] is a and p["fp"]]
        P.add(a["pid"], "name")
        P.add(t["pid"], "name", "phone")
        if t["email"]:
            P.add(t["pid"], "email")
        if paid:
            P.add(t["pid"], "activity")
        cw.writerow([a["pl"][3], a["matricula"], "%s %s %s" % (a["ap"], a["am"], a["nombre"]), a["nivel"], "%d°%s" % (a["grado"], a["grupo"]),
                     "%s %s %s" % (t["nombre"], t["ap"], t["am"]), tel_fmt(t["cel"], a["pl"][8]), t["email"] or "", len(unpaid),
                     "{:,.2f}".format(sum(p["monto"] + p["recargo"] for p in unpaid)), max(paid).strftime("%d/%m/%Y") if paid else "",
                     GESTORES[a["pl"][0] - 1]])

# ------------------------------------------------------------------ control: planteles
with open(os.path.join(DATA, "planteles_sep.csv"), "w", encoding="utf-8", newline="") as f:
    cw = csv.writer(f)
    cw.writerow(["clave_ct", "nombre", "domicilio", "colonia", "cp", "municipio", "estado", "niveles", "turno", "telefono_recepcion"])
    DOMS = {1: ("Av. Coyoacán 1622", "Del Valle Centro", "03100", "55 5534 2210"), 2: ("Av. Providencia 2390", "Providencia", "44630", "33 3641 0087"),
            3: ("Av. Paseo de los Leones 3400", "Cumbres 2o Sector", "64610", "81 8333 1490"), 4: ("Blvd. Atlixcáyotl 5208", "Lomas de Angelópolis", "72830", "222 225 0911")}
    for p in PLANTELES:
        d = DOMS[p[0]]
        cw.writerow([p[1], p[2], d[0], d[1], d[2], p[4], ESTADO_NOMBRE[p[5]], "Preescolar, Primaria, Secundaria, Preparatoria", "Matutino", d[3]])

# ------------------------------------------------------------------ truth
truth = {
    "brief": "Colegio Ateneo del Valle (Mexican private school network, 4 campuses) export: a pg_dump of the school "
             "management DB (schema escolar: planteles, alumnos, tutores, alumno_tutor link table, colegiaturas "
             "payments, usuarios_portal), a JSON export of families from the admissions CRM with nested tutores and "
             "hijos arrays, a CSV of overdue tuition for collections, the nginx access log of the parents' portal, and "
             "a control CSV of campuses (SEP school codes). Spanish; CURP (18 chars, valid check digit), RFC (13 chars, "
             "valid check digit), CLABE (18 digits, valid check digit), Mexican 10-digit phone numbers.",
    "people": P.count(),
    "people_by_category": P.by_cat(),
    "fields": {
        SQL: {
            "alumnos.curp": "government_id", "alumnos.nombre": "name", "alumnos.apellido_paterno": "name",
            "alumnos.apellido_materno": "name", "alumnos.fecha_nacimiento": "date_of_birth", "alumnos.fecha_ingreso": "activity",
            "alumnos.email_institucional": "email",
            "tutores.nombre": "name", "tutores.apellido_paterno": "name", "tutores.apellido_materno": "name",
            "tutores.fecha_nacimiento": "date_of_birth", "tutores.curp": "government_id", "tutores.rfc": "government_id",
            "tutores.email": "email", "tutores.telefono_celular": "phone", "tutores.telefono_casa": "phone",
            "tutores.calle": "location", "tutores.num_ext": "location", "tutores.num_int": "location", "tutores.colonia": "location",
            "tutores.codigo_postal": "location", "tutores.municipio": "location", "tutores.estado": "location",
            "colegiaturas.fecha_pago": "activity", "colegiaturas.clabe_origen": "bank_account",
            "usuarios_portal.usuario": "username", "usuarios_portal.password_hash": "password", "usuarios_portal.rol": "account_type",
            "usuarios_portal.creado_en": "activity", "usuarios_portal.ultimo_acceso": "activity",
            "usuarios_portal.ultima_ip": "ip_address", "usuarios_portal.token_recuperacion": "secret",
        },
        FAMJ: {
            "familias.apellidos": "name", "familias.domicilio.calle": "location", "familias.domicilio.numero": "location",
            "familias.domicilio.colonia": "location", "familias.domicilio.cp": "location", "familias.domicilio.municipio": "location",
            "familias.domicilio.estado": "location",
            "familias.tutores.nombre_completo": "name", "familias.tutores.email": "email", "familias.tutores.celular": "phone",
            "familias.tutores.rfc": "government_id", "familias.tutores.curp": "government_id",
            "familias.hijos.nombre": "name", "familias.hijos.apellidos": "name", "familias.hijos.curp": "government_id",
            "familias.hijos.fecha_nacimiento": "date_of_birth",
            "familias.contacto_emergencia.nombre": "name", "familias.contacto_emergencia.telefono": "phone",
        },
        COB: {"Alumno": "name", "Tutor responsable": "name", "Teléfono": "phone", "Correo": "email", "Último pago": "activity"},
    },
    "text": {"padres_portal_access.log": ["ip_address", "activity", "device", "username", "email"]},
    "controls": ["planteles_sep.csv"],
    "ambiguous": {
        SQL: ["tutores.ocupacion", "tutores.empresa", "alumnos.estatus", "alumnos.beca_porcentaje", "tutores.creado_en",
              "alumno_tutor.parentesco"],
        FAMJ: ["familias.tutores.ocupacion", "familias.hijos.beca", "familias.tutores.parentesco", "familias.saldo_pendiente"],
        COB: ["Meses vencidos", "Adeudo total (MXN)"],
    },
    "lookalikes": {
        SQL: {"alumnos.matricula": "student numbers (8 chars)", "colegiaturas.folio": "receipt folios",
              "colegiaturas.referencia_bancaria": "20-digit bank payment references",
              "colegiaturas.uuid_cfdi": "CFDI invoice UUIDs", "colegiaturas.tarjeta_ultimos4": "card last four",
              "planteles.clave_ct": "SEP school codes like 09PPR0417K", "colegiaturas.periodo": "billing periods",
              "colegiaturas.fecha_limite": "due dates"},
        FAMJ: {"familias.id_familia": "family ids", "familias.hijos.matricula": "student numbers", "familias.plantel": "campus codes"},
        COB: {"Matrícula": "student numbers", "Gestor de cobranza": "collection team names (not people)"},
        "planteles_sep.csv": {"telefono_recepcion": "campus switchboard numbers", "domicilio": "campus addresses",
                              "clave_ct": "SEP work-centre codes"},
        "padres_portal_access.log": {"ficha-oxxo.pdf": "receipt folios in URLs", "?tutor=N": "internal guardian ids"},
    },
    "notes": ("People = %d students (alumnos/hijos) + %d guardians (tutores) + %d emergency contacts in the families "
              "JSON. Guardians link to students through alumno_tutor; colegiaturas references alumno_id and the paying "
              "tutor. alumnos.fecha_ingreso (enrolment) counted as activity. The parents' portal log names guardians "
              "via /api/v1/tutores/<usuario>/avisos and, for password recovery, the email in the query string; %d "
              "anonymous visitor IPs (admissions pages), bots and health checks are NOT counted. The familias.domicilio household address is counted as location of "
              "guardians and children. CLABE present only "
              "for SPEI/direct-debit payments. Student emails exist only for secundaria/preparatoria.")
             % (len(alumnos), len(tutores), sum(1 for f in families if f["emerg"]), len(anon)),
}
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=2)
print(json.dumps({"people": truth["people"], "by_cat": truth["people_by_category"]}, indent=1))
for fn in sorted(os.listdir(DATA)):
    print(fn, os.path.getsize(os.path.join(DATA, fn)))
