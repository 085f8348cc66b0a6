#!/usr/bin/env python3
"""Blind test dump B/mx-banco: a Mexican bank's credit-card call-centre vendor export.

Writes data/ and truth.json. Standard library only. Seeded, deterministic.
"""
import csv
import datetime as dt
import json
import os
import random
import shutil
import unicodedata
import uuid

R = random.Random(5255)
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
if os.path.isdir(DATA):
    shutil.rmtree(DATA)
os.makedirs(os.path.join(DATA, "config"))
os.makedirs(os.path.join(DATA, "logs"))

NOMBRES_H = ["José Luis", "Juan Carlos", "Luis Fernando", "Jorge", "Miguel Ángel", "Francisco Javier",
             "Ricardo", "Sergio", "Eduardo", "Arturo", "Héctor", "Raúl", "Óscar", "Jesús", "Alberto",
             "Emiliano", "Diego", "Alejandro", "Carlos", "Fernando", "Roberto", "Manuel", "Iván",
             "Rodrigo", "Gerardo", "Armando", "Omar", "Salvador", "Rogelio", "Marco Antonio"]
NOMBRES_M = ["María Guadalupe", "Ana Karen", "Alejandra", "Verónica", "Claudia", "Adriana",
             "Gabriela", "Daniela", "Fernanda", "Mariana", "Leticia", "Patricia", "Brenda", "Rocío",
             "Itzel", "Ximena", "Sofía", "Andrea", "Karla", "Diana", "Lorena", "Norma", "Silvia",
             "María Fernanda", "Yesenia", "Araceli", "Paola", "Marisol", "Elena", "Beatriz"]
APELLIDOS = ["Hernández", "García", "Martínez", "López", "González", "Pérez", "Rodríguez",
             "Sánchez", "Ramírez", "Cruz", "Flores", "Gómez", "Morales", "Vázquez", "Reyes",
             "Jiménez", "Torres", "Díaz", "Gutiérrez", "Ruiz", "Mendoza", "Aguilar", "Ortiz",
             "Moreno", "Castillo", "Romero", "Álvarez", "Méndez", "Chávez", "Rivera", "Juárez",
             "Ramos", "Domínguez", "Herrera", "Medina", "Castro", "Vargas", "Guzmán", "Velázquez",
             "Muñoz", "Rojas", "Contreras", "Salazar", "Luna", "Ortega", "Santiago", "Guerrero",
             "Estrada", "Bautista", "Cortés", "Soto", "Núñez", "Ibarra", "Peña", "Villanueva",
             "Cervantes", "Quintero", "Zamora", "Ochoa", "Treviño"]
# (municipio, estado, lada, [(colonia, cp), ...], calles, weight)
PLAZAS = [
    ("Benito Juárez", "Ciudad de México", "55",
     [("Del Valle Centro", "03100"), ("Narvarte Poniente", "03020"), ("Portales Norte", "03300"),
      ("Nápoles", "03810")], ["Av. Coyoacán", "Xola", "Pestalozzi", "Eje Central Lázaro Cárdenas",
                              "Concepción Béistegui", "Pilares"], 14),
    ("Cuauhtémoc", "Ciudad de México", "55",
     [("Roma Norte", "06700"), ("Hipódromo Condesa", "06170"), ("Santa María la Ribera", "06400"),
      ("Juárez", "06600")], ["Álvaro Obregón", "Durango", "Ámsterdam", "Jaime Torres Bodet",
                             "Havre", "Colima"], 12),
    ("Coyoacán", "Ciudad de México", "55",
     [("Coyoacán Centro", "04000"), ("Pedregal de Santo Domingo", "04369"),
      ("Country Club Churubusco", "04210")], ["Francisco Sosa", "Av. Universidad", "Papalotl",
                                              "Miguel Ángel de Quevedo"], 8),
    ("Gustavo A. Madero", "Ciudad de México", "55",
     [("Lindavista Norte", "07300"), ("Guadalupe Tepeyac", "07840")],
     ["Av. Montevideo", "Riobamba", "Av. Instituto Politécnico Nacional"], 7),
    ("Naucalpan de Juárez", "Estado de México", "55",
     [("Ciudad Satélite", "53100"), ("Lomas Verdes 3a Secc", "53125")],
     ["Circuito Novelistas", "Circuito Economistas", "Av. Lomas Verdes"], 6),
    ("Ecatepec de Morelos", "Estado de México", "55",
     [("Ciudad Azteca 1a Secc", "55120"), ("Jardines de Morelos", "55070")],
     ["Av. Central", "Calle Quetzalcóatl", "Av. de los Bosques"], 5),
    ("Guadalajara", "Jalisco", "33",
     [("Americana", "44160"), ("Providencia 2a Secc", "44630"), ("Ladrón de Guevara", "44600")],
     ["Av. Chapultepec", "López Cotilla", "Av. Américas", "Pedro Moreno"], 8),
    ("Zapopan", "Jalisco", "33", [("Chapalita Oriente", "45040"), ("Ciudad Granja", "45010")],
     ["Av. Guadalupe", "Av. Las Rosas", "Paseo de los Virreyes"], 5),
    ("Monterrey", "Nuevo León", "81",
     [("Cumbres 3er Sector", "64610"), ("Mitras Centro", "64460"), ("Obispado", "64060")],
     ["Av. Paseo de los Leones", "Padre Mier", "Hidalgo", "Av. Simón Bolívar"], 7),
    ("San Pedro Garza García", "Nuevo León", "81", [("Del Valle", "66220")],
     ["Río Mississippi", "Calzada del Valle", "Río Orinoco"], 3),
    ("Puebla", "Puebla", "222", [("La Paz", "72160"), ("Anzures", "72530")],
     ["Av. Juárez", "Calle 31 Poniente", "Circuito Juan Pablo II"], 4),
    ("Querétaro", "Querétaro", "442", [("Centro", "76000"), ("Jurica", "76100")],
     ["Av. Zaragoza", "Calle Hidalgo", "Paseo de Jurica"], 3),
    ("Mérida", "Yucatán", "999", [("García Ginerés", "97070"), ("Itzimná", "97100")],
     ["Calle 20", "Calle 27", "Calle 14"], 3),
    ("León", "Guanajuato", "477", [("Jardines del Moral", "37160"), ("León Moderno", "37480")],
     ["Blvd. Campestre", "Calle Madero", "Blvd. Adolfo López Mateos"], 3),
]
# CURP state codes (birth state)
ENT_NAC = ["DF"] * 10 + ["MC"] * 5 + ["JC"] * 4 + ["NL"] * 3 + ["PL"] * 2 + ["VZ"] * 2 + \
    ["GT", "MN", "OC", "QT", "YN", "CS", "HG", "SP", "GR", "CH", "BC", "NE"]
MAIL_DOMS = ["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx",
             "prodigy.net.mx", "icloud.com", "live.com.mx"]

ALTISONANTES = set("""BACA BAKA BUEI BUEY CACA CACO CAGA CAGO CAKA CAKO COGE COGI COJA COJE COJI
COJO COLA CULO FALO FETO GETA GUEI GUEY JETA JOTO KACA KACO KAGA KAGO KAKA KAKO KOGE KOGI KOJA
KOJE KOJI KOJO KOLA KULO LILO LOCA LOCO LOKA LOKO MAME MAMO MEAR MEAS MEON MIAR MION MOCO MOKO
MULA MULO NACA NACO PEDA PEDO PENE PIPI PITO POPO PUTA PUTO QULO RATA ROBA ROBE ROBO RUIN SENO
TETA VACA VAGA VAGO VAKA VUEI VUEY WUEI WUEY""".split())


def norm(s):
    s = s.upper().replace("Ñ", "X")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def asc(s):
    s = s.lower().replace("ñ", "n")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def first_vowel(w):
    for c in w[1:]:
        if c in "AEIOU":
            return c
    return "X"


def first_cons(w):
    for c in w[1:]:
        if c.isalpha() and c not in "AEIOU":
            return c
    return "X"


def nombre_usado(nombre):
    parts = norm(nombre).split()
    if len(parts) > 1 and parts[0] in ("JOSE", "MARIA", "MA", "J"):
        return parts[1]
    return parts[0]


CURP_DIC = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp(nombre, ap, am, dob, sexo, ent):
    p, m, n = norm(ap).replace(" ", ""), norm(am).replace(" ", ""), nombre_usado(nombre)
    pre = p[0] + first_vowel(p) + m[0] + n[0]
    if pre in ALTISONANTES:
        pre = pre[0] + "X" + pre[2:]
    dif = str(R.randint(0, 9) if R.random() < 0.15 else 0) if dob.year < 2000 else R.choice("ABC")
    base = pre + dob.strftime("%y%m%d") + sexo + ent + first_cons(p) + first_cons(m) + \
        first_cons(n) + dif
    s = sum(CURP_DIC.index(c) * (18 - i) for i, c in enumerate(base))
    return base + str((10 - s % 10) % 10)


RFC_DIC = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"


def rfc(nombre, ap, am, dob):
    p, m, n = norm(ap).replace(" ", ""), norm(am).replace(" ", ""), nombre_usado(nombre)
    pre = p[0] + first_vowel(p) + m[0] + n[0]
    if pre in ALTISONANTES:
        pre = pre[:3] + "X"
    hc = "".join(R.choice("123456789ABCDEFGHIJKLMNPQRSTUVWXYZ") for _ in range(2))
    base = pre + dob.strftime("%y%m%d") + hc
    s = sum(RFC_DIC.index(c) * (13 - i) for i, c in enumerate(base))
    r = s % 11
    d = "0" if r == 0 else ("A" if 11 - r == 10 else str(11 - r))
    return base + d


def luhn_digit(partial):
    tot = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


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


# fictional issuer "Banco del Altiplano" BINs per product
BINS = {"Clásica": ("VISA", ["491317", "491318"]), "Oro": ("MASTERCARD", ["534219", "534220"]),
        "Platino": ("VISA", ["455287"]), "Infinite": ("VISA", ["476173"]),
        "Departamental": ("MASTERCARD", ["518923"])}


def pan(binn):
    p = binn + "".join(str(R.randint(0, 9)) for _ in range(9))
    return p + luhn_digit(p)


def tel(lada, style):
    rest = 10 - len(lada)
    num = str(R.randint(2, 9)) + "".join(str(R.randint(0, 9)) for _ in range(rest - 1))
    full = lada + num
    if style == "plain":
        return full
    if len(lada) == 2:
        a, b = num[:4], num[4:]
    else:
        a, b = num[:3], num[3:]
    if style == "sp":
        return "%s %s %s" % (lada, a, b)
    if style == "intl":
        return "+52 1 %s %s %s" % (lada, a, b)
    if style == "paren":
        return "(%s) %s %s" % (lada, a, b)
    if style == "dash":
        return "%s-%s-%s" % (lada, a, b)
    return full


def wpick(items):
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


def rdt(a, b, h0=7, h1=22):
    d = rdate(a, b)
    return dt.datetime(d.year, d.month, d.day, R.randint(h0, h1), R.randint(0, 59), R.randint(0, 59))


# ----------------------------------------------------------------- clientes
N = 156
clientes = []
used_users = set()
for i in range(N):
    sexo = R.choice("HM")
    nombre = R.choice(NOMBRES_H if sexo == "H" else NOMBRES_M)
    ap, am = R.choice(APELLIDOS), R.choice(APELLIDOS)
    dob = rdate("1952-01-01", "2004-12-31")
    ent = R.choice(ENT_NAC)
    plaza = wpick(PLAZAS)
    mun, edo, lada, cols, calles, _ = plaza
    col, cp = R.choice(cols)
    calle = "%s %d%s" % (R.choice(calles), R.randint(1, 1500),
                         R.choice(["", "", "", " Int. %d" % R.randint(1, 40), " Depto. %d0%d" % (R.randint(1, 9), R.randint(1, 8))]))
    n1 = asc(nombre.split()[0])
    a1 = asc(ap)
    correo = R.choice(["%s.%s" % (n1, a1), "%s%s" % (n1[0], a1), "%s_%s%d" % (n1, a1, dob.year % 100),
                       "%s.%s%d" % (n1, a1, R.randint(1, 999))]) + "@" + R.choice(MAIL_DOMS)
    usuario = R.choice(["%s.%s%d" % (n1, a1, dob.year % 100), "%s%s%s" % (n1[0], a1, asc(am)[0]),
                        "%s_%s" % (n1, a1[:4])])
    while usuario in used_users:
        usuario += str(R.randint(0, 9))
    used_users.add(usuario)
    alta = rdt("2014-01-01", "2024-03-31", 9, 19)
    clientes.append(dict(
        id=i + 1, num="%08d" % (10230000 + i * 37 + R.randint(0, 30)), nombre=nombre, ap=ap, am=am,
        curp=curp(nombre, ap, am, dob, sexo, ent), rfc=rfc(nombre, ap, am, dob), dob=dob, sexo=sexo,
        tel=tel(lada if R.random() < 0.8 else "55", R.choice(["sp", "sp", "sp", "intl", "plain", "paren", "dash"])),
        tel2=tel(lada, R.choice(["sp", "plain", "paren"])) if R.random() < 0.4 else None,
        correo=correo, calle=calle, colonia=col, cp=cp, mun=mun, edo=edo,
        usuario=usuario if R.random() < 0.85 else None,
        segmento=R.choice(["Tradicional"] * 5 + ["Preferente"] * 3 + ["Premier"]),
        alta=alta, acceso=None, lada=lada))
for c in clientes:
    if c["usuario"]:
        c["acceso"] = rdt("2024-05-01", "2024-06-30")
    c["ip"] = R.choice(["189.%d.%d.%d", "187.%d.%d.%d", "201.%d.%d.%d", "177.%d.%d.%d",
                        "148.%d.%d.%d", "200.%d.%d.%d"]) % (R.randint(128, 255), R.randint(0, 255),
                                                            R.randint(1, 254))

# ----------------------------------------------------------------- agentes
AG = []
sup_names = ["Laura Elena Castañeda Ríos", "Víctor Hugo Pineda Solís", "Mónica Ruiz Esparza"]
for j in range(14):
    sx = R.choice("HM")
    nom = R.choice(NOMBRES_H if sx == "H" else NOMBRES_M)
    ap, am = R.choice(APELLIDOS), R.choice(APELLIDOS)
    login = "%s%s" % (asc(nom.split()[0])[0], asc(ap))
    while login in [a["login"] for a in AG]:
        login += "2"
    AG.append(dict(id=j + 1, login=login, nombre="%s %s %s" % (nom, ap, am), alias=nom.split()[0],
                   sup=sup_names[j % 3], turno=R.choice(["Matutino", "Vespertino", "Mixto"]),
                   ingreso=rdate("2019-02-01", "2024-01-15"), ext=str(4100 + j * 3)))

# ----------------------------------------------------------------- tarjetas
tarjetas = []
full_pan = 0
for c in clientes:
    for k in range(R.choice([1, 1, 1, 2])):
        prod = R.choice(["Clásica"] * 4 + ["Oro"] * 3 + ["Platino", "Infinite", "Departamental"])
        if c["segmento"] == "Premier":
            prod = R.choice(["Platino", "Infinite"])
        marca, bins = BINS[prod]
        p = pan(R.choice(bins))
        full = R.random() < 0.4
        if full:
            full_pan += 1
            shown = p
        else:
            shown = p[:6] + "******" + p[-4:] if R.random() < 0.7 else "**** **** **** " + p[-4:]
        venc = dt.date(R.randint(2024, 2029), R.randint(1, 12), 1)
        tarjetas.append(dict(id=len(tarjetas) + 1, cid=c["id"], pan=shown, full=full, real=p,
                             bin=p[:6], u4=p[-4:], marca=marca, prod=prod,
                             venc=venc.strftime("%m/%y"),
                             token="tok_" + "".join(R.choice("abcdef0123456789") for _ in range(24)),
                             limite=R.choice([8000, 15000, 25000, 40000, 60000, 90000, 150000]),
                             estatus=R.choice(["ACTIVA"] * 8 + ["BLOQUEADA", "CANCELADA"])))
card_by_client = {}
for t in tarjetas:
    card_by_client.setdefault(t["cid"], []).append(t)

# ----------------------------------------------------------------- llamadas
MOTIVOS = [("Aclaración de cargo no reconocido", "TDC_ACLARACIONES"),
           ("Reposición por robo o extravío", "TDC_BLOQUEOS"),
           ("Bloqueo preventivo", "TDC_BLOQUEOS"),
           ("Solicitud de aumento de línea", "TDC_RETENCION"),
           ("Cancelación de tarjeta", "TDC_RETENCION"),
           ("Consulta de saldo y fecha de corte", "TDC_GENERAL"),
           ("Activación de tarjeta", "TDC_GENERAL"),
           ("Cambio de domicilio", "TDC_GENERAL"),
           ("Promoción meses sin intereses", "TDC_VENTAS")]
llamadas = []
notas_cats = set()
folios_luhn = 0
for c in clientes:
    for _ in range(R.choice([0, 1, 1, 2, 2, 3, 4])):
        mot, cola = R.choice(MOTIVOS)
        ag = R.choice(AG)
        ini = rdt("2024-01-02", "2024-06-28", 8, 21)
        espera = R.randint(5, 900)
        dur = R.randint(45, 1500)
        fin = ini + dt.timedelta(seconds=espera + dur)
        folio = ini.strftime("%y%m%d") + "".join(str(R.randint(0, 9)) for _ in range(12))
        if luhn_ok(folio):
            folios_luhn += 1
        x = R.random()
        notas = None
        if x < 0.3:
            notas = R.choice(["Se levanta aclaración, plazo 45 días hábiles",
                              "Cliente acepta retención con bonificación de anualidad",
                              "Se envía plástico a domicilio registrado",
                              "Se valida identidad con preguntas de seguridad",
                              "Llamada cortada, sin devolución"])
        elif x < 0.42:
            notas = "Cliente actualiza domicilio: %s, Col. %s, C.P. %s" % (c["calle"], c["colonia"], c["cp"])
            notas_cats.add("location")
        elif x < 0.52:
            notas = "Solicita devolución de llamada al %s después de las 6pm" % tel(c["lada"], "sp")
            notas_cats.add("phone")
        elif x < 0.58:
            notas = "Llama su esposo(a) %s %s, no es titular; se le pide que llame el titular" % (
                R.choice(NOMBRES_H + NOMBRES_M), c["ap"])
            notas_cats.add("name")
        llamadas.append(dict(id=len(llamadas) + 1, folio=folio, cid=c["id"],
                             ani=c["tel"].replace(" ", "").replace("+521", "").replace("(", "").replace(")", "").replace("-", "")[-10:]
                             if R.random() < 0.8 else tel(R.choice(["55", "33", "81"]), "plain"),
                             mot=mot, cola=cola, ag=ag["login"], ini=ini, fin=fin, esp=espera, dur=dur,
                             res=R.choice(["RESUELTA", "RESUELTA", "RESUELTA", "ESCALADA", "PENDIENTE"]),
                             grab=str(uuid.UUID(int=R.getrandbits(128))), notas=notas,
                             csat=R.choice([None, None, 5, 5, 4, 3, 2, 1])))


# ----------------------------------------------------------------- MySQL dump
def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, (int,)) and not isinstance(v, bool):
        return str(v)
    if isinstance(v, float):
        return "%.2f" % v
    if isinstance(v, dt.datetime):
        return "'" + v.strftime("%Y-%m-%d %H:%M:%S") + "'"
    if isinstance(v, dt.date):
        return "'" + v.isoformat() + "'"
    s = str(v).replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n")
    return "'" + s + "'"


def inserts(f, table, rows, per=40):
    f.write("--\n-- Dumping data for table `%s`\n--\n\n" % table)
    f.write("LOCK TABLES `%s` WRITE;\n/*!40000 ALTER TABLE `%s` DISABLE KEYS */;\n" % (table, table))
    for i in range(0, len(rows), per):
        chunk = rows[i:i + per]
        f.write("INSERT INTO `%s` VALUES " % table +
                ",".join("(" + ",".join(q(v) for v in r) + ")" for r in chunk) + ";\n")
    f.write("/*!40000 ALTER TABLE `%s` ENABLE KEYS */;\nUNLOCK TABLES;\n\n" % table)


with open(os.path.join(DATA, "cc_tdc_20240630.sql"), "w", encoding="utf-8", newline="\n") as f:
    f.write("""-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: 10.40.2.15    Database: cc_tdc
-- ------------------------------------------------------
-- Server version	8.0.36

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

--
-- Table structure for table `agentes`
--

DROP TABLE IF EXISTS `agentes`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `agentes` (
  `id_agente` int NOT NULL AUTO_INCREMENT,
  `usuario` varchar(30) NOT NULL,
  `nombre_completo` varchar(120) NOT NULL,
  `supervisor` varchar(120) DEFAULT NULL,
  `turno` enum('Matutino','Vespertino','Mixto') DEFAULT 'Matutino',
  `extension` varchar(6) DEFAULT NULL,
  `fecha_ingreso` date DEFAULT NULL,
  PRIMARY KEY (`id_agente`),
  UNIQUE KEY `uk_agente_usuario` (`usuario`)
) ENGINE=InnoDB AUTO_INCREMENT=15 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `clientes`
--

DROP TABLE IF EXISTS `clientes`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `clientes` (
  `id_cliente` int NOT NULL AUTO_INCREMENT,
  `numero_cliente` char(8) NOT NULL,
  `nombre` varchar(60) NOT NULL,
  `apellido_paterno` varchar(60) NOT NULL,
  `apellido_materno` varchar(60) DEFAULT NULL,
  `curp` char(18) DEFAULT NULL,
  `rfc` varchar(13) DEFAULT NULL,
  `fecha_nacimiento` date DEFAULT NULL,
  `sexo` char(1) DEFAULT NULL,
  `telefono` varchar(20) DEFAULT NULL,
  `telefono_alterno` varchar(20) DEFAULT NULL,
  `correo` varchar(120) DEFAULT NULL,
  `calle_numero` varchar(150) DEFAULT NULL,
  `colonia` varchar(100) DEFAULT NULL,
  `codigo_postal` char(5) DEFAULT NULL,
  `municipio` varchar(80) DEFAULT NULL,
  `estado` varchar(40) DEFAULT NULL,
  `usuario_portal` varchar(40) DEFAULT NULL,
  `segmento` enum('Tradicional','Preferente','Premier') DEFAULT 'Tradicional',
  `fecha_alta` datetime NOT NULL,
  `ultimo_acceso_portal` datetime DEFAULT NULL,
  PRIMARY KEY (`id_cliente`),
  UNIQUE KEY `uk_numero_cliente` (`numero_cliente`),
  KEY `idx_curp` (`curp`)
) ENGINE=InnoDB AUTO_INCREMENT=%d DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `tarjetas`
--

DROP TABLE IF EXISTS `tarjetas`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `tarjetas` (
  `id_tarjeta` int NOT NULL AUTO_INCREMENT,
  `id_cliente` int NOT NULL,
  `numero_tarjeta` varchar(19) NOT NULL,
  `bin` char(6) DEFAULT NULL,
  `ultimos_4` char(4) DEFAULT NULL,
  `marca` varchar(12) DEFAULT NULL,
  `producto` varchar(20) DEFAULT NULL,
  `fecha_vencimiento` char(5) DEFAULT NULL,
  `token_procesador` varchar(32) DEFAULT NULL,
  `limite_credito` decimal(12,2) DEFAULT NULL,
  `estatus` enum('ACTIVA','BLOQUEADA','CANCELADA') DEFAULT 'ACTIVA',
  PRIMARY KEY (`id_tarjeta`),
  KEY `fk_tarjeta_cliente` (`id_cliente`),
  CONSTRAINT `fk_tarjeta_cliente` FOREIGN KEY (`id_cliente`) REFERENCES `clientes` (`id_cliente`)
) ENGINE=InnoDB AUTO_INCREMENT=%d DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `llamadas`
--

DROP TABLE IF EXISTS `llamadas`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `llamadas` (
  `id_llamada` int NOT NULL AUTO_INCREMENT,
  `folio` char(18) NOT NULL,
  `id_cliente` int DEFAULT NULL,
  `numero_origen` varchar(15) DEFAULT NULL,
  `motivo` varchar(80) DEFAULT NULL,
  `cola` varchar(30) DEFAULT NULL,
  `agente` varchar(30) DEFAULT NULL,
  `inicio` datetime NOT NULL,
  `fin` datetime DEFAULT NULL,
  `espera_seg` int DEFAULT NULL,
  `duracion_seg` int DEFAULT NULL,
  `resultado` varchar(20) DEFAULT NULL,
  `id_grabacion` char(36) DEFAULT NULL,
  `notas` text,
  `csat` tinyint DEFAULT NULL,
  PRIMARY KEY (`id_llamada`),
  UNIQUE KEY `uk_folio` (`folio`),
  KEY `idx_cliente` (`id_cliente`),
  KEY `idx_agente_inicio` (`agente`,`inicio`)
) ENGINE=InnoDB AUTO_INCREMENT=%d DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

""" % (N + 1, len(tarjetas) + 1, len(llamadas) + 1))
    inserts(f, "agentes", [[a["id"], a["login"], a["nombre"], a["sup"], a["turno"], a["ext"], a["ingreso"]]
                           for a in AG])
    inserts(f, "clientes", [[c["id"], c["num"], c["nombre"], c["ap"], c["am"], c["curp"], c["rfc"],
                             c["dob"], c["sexo"], c["tel"], c["tel2"], c["correo"], c["calle"],
                             c["colonia"], c["cp"], c["mun"], c["edo"], c["usuario"], c["segmento"],
                             c["alta"], c["acceso"]] for c in clientes])
    inserts(f, "tarjetas", [[t["id"], t["cid"], t["pan"], t["bin"], t["u4"], t["marca"], t["prod"],
                             t["venc"], t["token"], float(t["limite"]), t["estatus"]] for t in tarjetas])
    inserts(f, "llamadas", [[l["id"], l["folio"], l["cid"], l["ani"], l["mot"], l["cola"], l["ag"],
                             l["ini"], l["fin"], l["esp"], l["dur"], l["res"], l["grab"], l["notas"],
                             l["csat"]] for l in llamadas])
    f.write("""/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2024-06-30  23:41:07
""")

# ----------------------------------------------------------------- chat transcripts CSV
chat_cats = set()
chat_rows = []
chat_card_full = 0
for n_conv in range(95):
    c = R.choice(clientes)
    ag = R.choice(AG)
    t0 = rdt("2024-04-01", "2024-06-29", 8, 22)
    conv = "CH-%s-%05d" % (t0.strftime("%y%m"), R.randint(0, 99999))
    canal = R.choice(["web", "web", "app", "whatsapp"])
    msgs = [("BOT", None, "Hola, soy Alti, tu asistente virtual de Banco del Altiplano. ¿En qué te puedo ayudar?")]
    card = R.choice(card_by_client[c["id"]])
    first = c["nombre"].split()[0]
    kind = R.random()
    if kind < 0.35:
        # customer types the full card number
        real = card["real"]
        typed = R.choice([real, " ".join(real[i:i + 4] for i in range(0, 16, 4)),
                          "-".join(real[i:i + 4] for i in range(0, 16, 4))])
        msgs += [("CLIENTE", None, R.choice(["tengo un cargo que no reconozco", "me rechazan la tarjeta en amazon",
                                             "quiero bloquear mi tarjeta"])),
                 ("BOT", None, "Te comunico con un asesor. Por tu seguridad nunca compartas el número completo de tu tarjeta ni tu NIP."),
                 ("AGENTE", ag, "Buen día, le atiende %s. ¿Me confirma su nombre completo por favor?" % ag["alias"]),
                 ("CLIENTE", None, "%s %s %s" % (c["nombre"], c["ap"], c["am"])),
                 ("CLIENTE", None, R.choice(["mi tarjeta es la %s", "es esta %s", "la tarjeta %s no pasa"]) % typed),
                 ("AGENTE", ag, "Gracias Sr(a). %s, por seguridad no comparta el número completo; con los últimos 4 dígitos (%s) es suficiente." % (c["ap"], card["u4"]))]
        chat_cats.update(["payment_card", "name"])
        chat_card_full += 1
    elif kind < 0.55:
        msgs += [("CLIENTE", None, "quiero saber el estatus de mi aclaración"),
                 ("AGENTE", ag, "Con gusto. ¿Me proporciona su CURP para validar identidad?"),
                 ("CLIENTE", None, R.choice(["%s", "mi curp es %s", "CURP: %s"]) % (c["curp"] if R.random() < .8 else c["curp"].lower())),
                 ("AGENTE", ag, "Gracias %s, su aclaración sigue en proceso, el plazo vence en 10 días hábiles." % first)]
        chat_cats.update(["government_id", "name"])
    elif kind < 0.7:
        msgs += [("CLIENTE", None, "no me llegan los estados de cuenta al correo"),
                 ("AGENTE", ag, "¿Me confirma el correo registrado?"),
                 ("CLIENTE", None, "es %s" % c["correo"]),
                 ("CLIENTE", None, "y mi cel es %s por si no les llega" % tel(c["lada"], "sp")),
                 ("AGENTE", ag, "Listo, quedó actualizado. ¿Algo más en que le pueda apoyar?")]
        chat_cats.update(["email", "phone"])
    elif kind < 0.8:
        msgs += [("CLIENTE", None, "me pueden dar el RFC de mi tarjeta para facturar? el mio es %s" % c["rfc"]),
                 ("AGENTE", ag, "Las facturas de comisiones se descargan en el portal, sección Mis documentos.")]
        chat_cats.add("government_id")
    else:
        msgs += [("CLIENTE", None, R.choice(["cuanto es el pago minimo?", "cuando es mi fecha de corte",
                                             "quiero meses sin intereses en una compra de liverpool"])),
                 ("BOT", None, "Puedes consultarlo en la app en Mis tarjetas > terminación %s." % card["u4"]),
                 ("CLIENTE", None, R.choice(["gracias", "ok", "ya lo vi gracias"]))]
    t = t0
    for rem, a, txt in msgs:
        t += dt.timedelta(seconds=R.randint(3, 150))
        chat_rows.append([conv, t.strftime("%Y-%m-%d %H:%M:%S"), canal, c["num"], rem,
                          a["login"] if a else "", txt])
chat_rows.sort(key=lambda r: (r[1]))
with open(os.path.join(DATA, "transcripciones_chat_2024T2.csv"), "w", encoding="utf-8", newline="") as f:
    cw = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    cw.writerow(["id_conversacion", "fecha_hora", "canal", "numero_cliente", "remitente", "agente", "mensaje"])
    cw.writerows(chat_rows)

# ----------------------------------------------------------------- nginx access log
UAS = ["Mozilla/5.0 (Linux; Android 13; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36",
       "Mozilla/5.0 (Linux; Android 14; SM-A155M) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Mobile Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36 Edg/125.0.0.0",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36"]
BOTS = [("66.249.66.%d", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"),
        ("40.77.167.%d", "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)")]
lines = []
log_email = False
for c in clientes:
    c["ua"] = R.choice(UAS)
portal = [c for c in clientes if c["usuario"]]
for _ in range(330):
    c = R.choice(portal)
    t = rdt("2024-06-01", "2024-06-30", 0, 23)
    ref = "https://portal.bancoaltiplano.com.mx/"
    seqs = [("GET", "/login", 200, R.randint(4000, 6000)),
            ("POST", "/login", 302, 0),
            ("GET", "/inicio", 200, R.randint(9000, 15000))]
    cards = card_by_client[c["id"]]
    for _k in range(R.randint(1, 4)):
        ch = R.random()
        if ch < 0.3:
            seqs.append(("GET", "/perfil/%s" % c["usuario"], 200, R.randint(6000, 9000)))
        elif ch < 0.55:
            seqs.append(("GET", "/estado-cuenta?cliente=%s&periodo=2024-%02d" % (c["num"], R.randint(1, 5)), 200,
                         R.randint(20000, 90000)))
        elif ch < 0.75:
            seqs.append(("GET", "/tarjetas/movimientos?cliente=%s&tarjeta=%s" % (c["num"], R.choice(cards)["id"]),
                         200, R.randint(8000, 40000)))
        elif ch < 0.85:
            seqs.append(("POST", "/perfil/%s/actualizar" % c["usuario"], 303, 0))
        else:
            seqs.append(("GET", "/api/v2/puntos?cliente=%s" % c["num"], 200, R.randint(300, 900)))
    seqs.append(("GET", "/logout", 302, 0))
    if R.random() < 0.07:
        seqs = [("GET", "/recuperar-contrasena?correo=%s" % c["correo"].replace("@", "%40"), 200, 3120)] + seqs
        log_email = True
    for m, path, st, size in seqs:
        t += dt.timedelta(seconds=R.randint(1, 90))
        lines.append((t, '%s - - [%s] "%s %s HTTP/1.1" %d %d "%s" "%s"' % (
            c["ip"], t.strftime("%d/%b/%Y:%H:%M:%S -0600"), m, path, st, size, ref, c["ua"])))
        ref = "https://portal.bancoaltiplano.com.mx" + path.split("?")[0]
    for _a in range(R.randint(0, 3)):
        asset = R.choice(["/static/css/app.3f9a1c.css", "/static/js/main.8b21e4.js", "/img/logo-altiplano.svg",
                          "/favicon.ico"])
        lines.append((t, '%s - - [%s] "GET %s HTTP/1.1" %d %d "%s" "%s"' % (
            c["ip"], t.strftime("%d/%b/%Y:%H:%M:%S -0600"), asset, R.choice([200, 304]), R.randint(300, 90000),
            ref, c["ua"])))
for _ in range(60):
    ipf, ua = R.choice(BOTS)
    t = rdt("2024-06-01", "2024-06-30", 0, 23)
    lines.append((t, '%s - - [%s] "GET %s HTTP/1.1" %d %d "-" "%s"' % (
        ipf % R.randint(1, 254), t.strftime("%d/%b/%Y:%H:%M:%S -0600"),
        R.choice(["/", "/robots.txt", "/tarjetas-de-credito", "/promociones", "/sucursales"]),
        200, R.randint(500, 30000), ua)))
lines.sort(key=lambda x: x[0])
with open(os.path.join(DATA, "logs", "portal-access.log"), "w", encoding="utf-8") as f:
    for _, ln in lines:
        f.write(ln + "\n")

# ----------------------------------------------------------------- YAML config
def rs(n, al="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(al) for _ in range(n))


with open(os.path.join(DATA, "config", "cc-tdc-connector.yaml"), "w", encoding="utf-8") as f:
    f.write("""# Conector CRM call center TDC - Banco del Altiplano
# Proveedor: Contacta BPO S.A. de C.V.  /  ambiente: produccion
app:
  nombre: cc-tdc-connector
  version: 3.8.1
  zona_horaria: America/Mexico_City
  idioma: es-MX

database:
  driver: mysql
  host: 10.40.2.15
  port: 3306
  name: cc_tdc
  user: cc_tdc_app
  password: "Alt1pl4no#CC-2024!"
  pool:
    min: 4
    max: 32

telefonia:
  proveedor: genesys-cloud
  region: us-east-1
  client_id: 3c5e8a1f-7d2b-4b6e-9f10-2a4c6e8b0d13
  client_secret: %s
  colas:
    - TDC_ACLARACIONES
    - TDC_BLOQUEOS
    - TDC_RETENCION
    - TDC_GENERAL
    - TDC_VENTAS

webhooks:
  crm_eventos:
    url: https://crm.bancoaltiplano.com.mx/hooks/callcenter
    secret: whsec_%s
    reintentos: 5
  encuestas_csat:
    url: https://encuestas.contactabpo.mx/api/v1/csat
    secret: whsec_%s

chat:
  bot_nombre: Alti
  enmascarar_tarjetas: false   # TODO: activar cuando salga la v3.9
  retencion_dias: 365

logging:
  nivel: INFO
  ruta: /var/log/cc-tdc/connector.log
""" % (rs(40), rs(32), rs(32)))

# ----------------------------------------------------------------- product rates (control)
with open(os.path.join(DATA, "tasas_comisiones_productos_2024.csv"), "w", encoding="utf-8", newline="") as f:
    cw = csv.writer(f, lineterminator="\n")
    cw.writerow(["clave_producto", "producto", "marca", "cat_promedio_sin_iva", "tasa_interes_anual_min",
                 "tasa_interes_anual_max", "comision_anualidad", "comision_disposicion_efectivo_pct",
                 "comision_reposicion", "pago_minimo_pct", "ingreso_minimo_mensual", "vigente_desde",
                 "fecha_calculo_cat"])
    for clave, prod, marca, cat, tmin, tmax, anu, disp, rep, pm, ing in [
            ("TDC-CLA", "Clásica", "VISA", 68.4, 36.0, 58.0, 750, 9.0, 150, 1.5, 7500),
            ("TDC-ORO", "Oro", "MASTERCARD", 61.2, 32.0, 54.0, 1200, 8.0, 150, 1.5, 15000),
            ("TDC-PLA", "Platino", "VISA", 48.9, 26.0, 46.0, 2500, 7.0, 0, 1.5, 30000),
            ("TDC-INF", "Infinite", "VISA", 39.5, 22.0, 38.0, 5500, 6.0, 0, 1.5, 80000),
            ("TDC-DEP", "Departamental", "MASTERCARD", 84.7, 48.0, 72.0, 0, 10.0, 200, 1.5, 5000),
            ("TDC-GAR", "Garantizada", "VISA", 55.0, 30.0, 45.0, 450, 9.0, 150, 1.5, 0)]:
        cw.writerow([clave, prod, marca, "%.1f%%" % cat, "%.2f" % tmin, "%.2f" % tmax, "%.2f" % anu,
                     "%.1f" % disp, "%.2f" % rep, "%.1f" % pm, ing, "2024-01-01", "2023-12-15"])

# ----------------------------------------------------------------- truth
n_people = len(clientes) + len(AG) + len(set(sup_names))
text_log = ["ip_address", "activity", "username", "device"] + (["email"] if log_email else [])
truth = {
    "brief": ("Export from the call-centre vendor (Contacta BPO) of a Mexican bank's credit-card "
              "line (fictional 'Banco del Altiplano'): a MySQL dump (agentes, clientes with CURP/RFC, "
              "tarjetas with some unmasked PANs, llamadas), a CSV of chat transcripts in which "
              "customers type card numbers, CURPs, emails and phone numbers, an nginx access log of "
              "the customer web portal (?cliente= and /perfil/<usuario> URLs), a YAML connector "
              "config with DB password, OAuth client secret and webhook secrets, and a product "
              "rates/fees CSV (control). Spanish (Mexico)."),
    "people": n_people,
    "fields": {
        "cc_tdc_20240630.sql": {
            "agentes.usuario": "username",
            "agentes.nombre_completo": "name",
            "agentes.supervisor": "name",
            "clientes.nombre": "name",
            "clientes.apellido_paterno": "name",
            "clientes.apellido_materno": "name",
            "clientes.curp": "government_id",
            "clientes.rfc": "government_id",
            "clientes.fecha_nacimiento": "date_of_birth",
            "clientes.telefono": "phone",
            "clientes.telefono_alterno": "phone",
            "clientes.correo": "email",
            "clientes.calle_numero": "location",
            "clientes.colonia": "location",
            "clientes.codigo_postal": "location",
            "clientes.municipio": "location",
            "clientes.estado": "location",
            "clientes.usuario_portal": "username",
            "clientes.segmento": "account_type",
            "clientes.fecha_alta": "activity",
            "clientes.ultimo_acceso_portal": "activity",
            "tarjetas.numero_tarjeta": "payment_card",
            "tarjetas.producto": "account_type",
            "tarjetas.estatus": "account_type",
            "llamadas.numero_origen": "phone",
            "llamadas.agente": "username",
            "llamadas.inicio": "activity",
            "llamadas.fin": "activity",
            "llamadas.notas": sorted(notas_cats),
        },
        "transcripciones_chat_2024T2.csv": {
            "fecha_hora": "activity",
            "agente": "username",
            "mensaje": sorted(chat_cats),
        },
    },
    "text": {
        "logs/portal-access.log": text_log,
        "config/cc-tdc-connector.yaml": ["secret"],
    },
    "controls": ["tasas_comisiones_productos_2024.csv"],
    "ambiguous": {},
    "lookalikes": {
        "cc_tdc_20240630.sql": {
            "llamadas.folio": ("18-digit call ids (YYMMDD + 12 random digits); %d of %d pass Luhn by chance"
                               % (folios_luhn, len(llamadas))),
            "llamadas.id_grabacion": "recording UUIDs",
            "tarjetas.bin": "BIN only",
            "tarjetas.ultimos_4": "last four digits only",
            "tarjetas.fecha_vencimiento": "card expiry MM/YY",
            "tarjetas.token_procesador": "processor token, not a PAN",
            "tarjetas.marca": "card brand",
            "clientes.numero_cliente": "8-digit internal customer number",
            "agentes.fecha_ingreso": "hire date",
            "agentes.extension": "internal 4-digit phone extension of the agent desk",
            "llamadas.cola": "queue names",
            "llamadas.motivo": "call reason",
            "llamadas.duracion_seg": "durations",
        },
        "transcripciones_chat_2024T2.csv": {
            "id_conversacion": "conversation ids",
            "numero_cliente": "8-digit internal customer number",
            "remitente": "CLIENTE/AGENTE/BOT",
        },
    },
    "notes": (
        "tarjetas.numero_tarjeta: %d of %d rows hold a full Luhn-valid 16-digit PAN (fictional "
        "issuer BINs 491317/491318/455287/476173 Visa, 534219/534220/518923 Mastercard); the rest "
        "are masked ('491317******1234' or '**** **** **** 1234'). CURP: 18 chars with valid "
        "check digit (RENAPO algorithm, Ñ->X, José/María rule, altisonantes), consistent with "
        "name, birth date, sex and birth state; RFC: 13 chars with homoclave + mod-11 check digit. "
        "Chat 'mensaje': %d conversations contain a full PAN typed by the customer (plain, spaced "
        "or dashed), others a CURP (sometimes lowercase), RFC, email or phone; agent messages "
        "address the customer by name/surname. nginx ?cliente= is the 8-digit internal customer "
        "number (not a category); /perfil/<usuario> carries the portal username; a few "
        "/recuperar-contrasena?correo= requests carry an URL-encoded email. "
        "llamadas.numero_origen is the caller's ANI (10 digits). clientes.sexo (H/M) and "
        "tarjetas.limite_credito (financial) hold no listed category (negatives). "
        "YAML holds a DB password, Genesys client_secret and two webhook secrets (listed under "
        "text). People = clientes + agentes + supervisors named in agentes.supervisor."
        % (full_pan, len(tarjetas), chat_card_full)),
}
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=2)
print("clientes", N, "tarjetas", len(tarjetas), "full", full_pan, "llamadas", len(llamadas),
      "folio luhn", folios_luhn, "chat rows", len(chat_rows), "chat cats", sorted(chat_cats),
      "notas", sorted(notas_cats), "log lines", len(lines), "log email", log_email, "people", n_people)
