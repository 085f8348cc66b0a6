#!/usr/bin/env python3
"""Blind evaluation dump D/cl-university: export of the learning platform ("Aula Virtual",
Moodle-based) of a Chilean university (Universidad Andina del Pacífico).  Writes data/ and
truth.json.  Seeded, stdlib only."""
import json, os, random, string, hashlib, urllib.parse, datetime as dt, unicodedata
from collections import defaultdict

SEED = 56_2024_1
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "data")
os.makedirs(OUT, exist_ok=True)
CLT = dt.timezone(dt.timedelta(hours=-4))

PEOPLE = defaultdict(set)
def mark(pid, *cats): PEOPLE[pid].update(cats)
fields = defaultdict(dict)
def F(path, field, cat): fields[path][field] = cat

def digits(n): return "".join(rng.choice(string.digits) for _ in range(n))
def rdt(a, b):
    a, b = dt.datetime.fromisoformat(a), dt.datetime.fromisoformat(b)
    return a + dt.timedelta(seconds=rng.randint(0, int((b - a).total_seconds())))
def rdate(a, b):
    a, b = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))
def ascii_(s): return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
def rut_dv(body):
    s, m = 0, 2
    for ch in reversed(str(body)):
        s += int(ch) * m
        m = 2 if m == 7 else m + 1
    r = 11 - s % 11
    return "0" if r == 11 else ("K" if r == 10 else str(r))
used_ruts = set()
def rut(lo, hi):
    while True:
        b = rng.randint(lo, hi)
        if b not in used_ruts:
            used_ruts.add(b); return b, rut_dv(b)
def rut_plain(b, dv): return f"{b}-{dv}"
def rut_dots(b, dv): return f"{b:,}".replace(",", ".") + f"-{dv}"
def rut_ok(s):
    b, dv = s.replace(".", "").split("-")
    return rut_dv(int(b)) == dv
BC = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
def bcrypt_like(): return "$2y$10$" + "".join(rng.choice(BC) for _ in range(53))

NOM_F = ["Camila", "Valentina", "Catalina", "Javiera", "Constanza", "Francisca", "Fernanda", "Antonia", "Isidora", "Martina", "Josefa", "Daniela", "Paula", "Ignacia", "Florencia", "Trinidad"]
NOM_M = ["Benjamín", "Martín", "Sebastián", "Matías", "Diego", "Vicente", "Tomás", "Joaquín", "Nicolás", "Felipe", "Cristóbal", "Ignacio", "Agustín", "Maximiliano", "Lucas", "Gaspar"]
SEG_F = ["Andrea", "Ignacia", "Belén", "Paz", "Alejandra", "Sofía", "Isabel", "Antonia", "Carolina"]
SEG_M = ["Ignacio", "Andrés", "Alonso", "Esteban", "José", "Antonio", "Alejandro", "Eduardo", "Javier"]
APE = ["González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva", "Martínez", "Sepúlveda", "Morales", "Rodríguez", "López", "Fuentes",
       "Hernández", "Torres", "Araya", "Flores", "Espinoza", "Valenzuela", "Castillo", "Tapia", "Reyes", "Gutiérrez", "Castro", "Pizarro", "Álvarez",
       "Vásquez", "Sánchez", "Fernández", "Carrasco", "Cortés", "Núñez", "Jara", "Vergara", "Figueroa", "Bravo", "Olivares", "Aguilera", "Zúñiga"]
GEO = [("Región de Valparaíso", [("Valparaíso", ["Av. Brasil", "Calle Blanco", "Av. Pedro Montt", "Cumming", "Av. Alemania", "Pasaje Templeman"], "32"),
                                 ("Viña del Mar", ["Av. Libertad", "Av. Valparaíso", "1 Norte", "5 Oriente", "Av. San Martín", "Quillota"], "32"),
                                 ("Quilpué", ["Av. Los Carrera", "Claudio Vicuña", "Pasaje Las Acacias"], "32"),
                                 ("Villa Alemana", ["Av. Valparaíso", "Buenos Aires", "Santiago"], "32"), ("Concón", ["Av. Borgoño", "Los Pinos"], "32")]),
       ("Región Metropolitana", [("Santiago", ["San Diego", "Av. Matta", "Santa Rosa"], "2"), ("Ñuñoa", ["Irarrázaval", "Av. Grecia", "Los Jardines"], "2"),
                                 ("Maipú", ["Av. Pajaritos", "5 de Abril"], "2"), ("La Florida", ["Av. Vicuña Mackenna", "Walker Martínez"], "2")]),
       ("Región de O'Higgins", [("Rancagua", ["Av. Brasil", "Estado", "Av. Kennedy"], "72")])]
def addr():
    reg, coms = rng.choices(GEO, [70, 22, 8])[0]
    com, streets, area = rng.choice(coms)
    st = rng.choice(streets)
    a = f"{st} {rng.randint(10, 2999)}" + (rng.choice(["", "", f", depto. {rng.randint(101, 1808)}", f", block {rng.randint(1, 30)} depto {rng.randint(11, 44)}"]))
    return a, com, reg, area
def mobile(): return rng.choice(["+56 9 ", "9 ", "+569", "09-"]) + (lambda d: f"{d[:4]} {d[4:]}")(digits(8))
def person(female=None):
    female = rng.random() < 0.5 if female is None else female
    n = rng.choice(NOM_F if female else NOM_M)
    if rng.random() < 0.7:
        n += " " + rng.choice([x for x in (SEG_F if female else SEG_M) if x != n])
    return dict(nombres=n, pat=rng.choice(APE), mat=rng.choice(APE), female=female)

# ------------------------------------------------------------------ carreras (control) and cursos
CARRERAS = [("INF", "Ingeniería Civil Informática", "Facultad de Ingeniería", "Diurna", 12, "Valparaíso", 90),
            ("ICO", "Ingeniería Comercial", "Facultad de Economía y Negocios", "Diurna", 10, "Valparaíso", 120),
            ("PSI", "Psicología", "Facultad de Ciencias Sociales", "Diurna", 10, "Viña del Mar", 80),
            ("ENF", "Enfermería", "Facultad de Ciencias de la Salud", "Diurna", 10, "Viña del Mar", 70),
            ("DER", "Derecho", "Facultad de Derecho", "Vespertina", 10, "Valparaíso", 100),
            ("PED", "Pedagogía en Educación Básica", "Facultad de Educación", "Diurna", 8, "Valparaíso", 60)]
with open(os.path.join(OUT, "carreras.csv"), "w", encoding="utf-8", newline="") as f:
    f.write("codigo;nombre;facultad;jornada;duracion_semestres;sede;vacantes_2024;acreditacion_anios\n")
    for c in CARRERAS:
        f.write(";".join(str(x) for x in c) + f";{rng.choice([4, 5, 6, 7])}\n")
CURSOS_DEF = [("INF-1110", "Introducción a la Programación", "INF"), ("INF-2241", "Estructuras de Datos", "INF"), ("INF-3320", "Bases de Datos", "INF"),
              ("ICO-1201", "Contabilidad I", "ICO"), ("ICO-2305", "Microeconomía", "ICO"), ("PSI-1102", "Psicología del Desarrollo", "PSI"),
              ("ENF-1150", "Anatomía", "ENF"), ("DER-1101", "Derecho Romano", "DER"), ("PED-1203", "Didáctica de la Matemática", "PED"),
              ("FIS-1001", "Cálculo I", "INF"), ("FIS-1001", "Cálculo I", "ICO"), ("CEG-1000", "Comunicación Oral y Escrita", "*"), ("ING-1001", "Inglés I", "*")]

# ------------------------------------------------------------------ people: docentes, estudiantes
docentes = []
for i in range(14):
    p = person()
    b, dv = rut(6_500_000, 17_900_000)
    nm = f"{p['nombres'].split()[0]} {p['pat']} {p['mat']}"
    em = f"{ascii_(p['nombres'].split()[0]).lower()}.{ascii_(p['pat']).lower()}@uandinap.cl"
    docentes.append(dict(id=i + 1, pid=f"d{i + 1}", rut=rut_plain(b, dv), nombre_completo=nm, email=em, rol="profesor" if i < 11 else "ayudante",
                         departamento=rng.choice(["Informática", "Matemática", "Economía", "Psicología", "Salud", "Derecho", "Educación", "Idiomas"]),
                         fecha_contratacion=rdate("2004-03-01", "2023-08-01"), first=p["nombres"].split()[0], ip=f"146.83.{rng.choice([196, 197, 200])}.{rng.randint(10, 250)}",
                         ua=rng.choice(["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
                                        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15"])))
cursos = []
for i, (cod, nom, car) in enumerate(CURSOS_DEF):
    cursos.append(dict(id=100 + i, codigo=cod, nombre=nom, carrera=car, semestre="2024-1", seccion=1 + sum(1 for c in cursos if c["codigo"] == cod),
                       docente_id=docentes[i % len(docentes)]["id"], creditos=rng.choice([4, 5, 6]), moodle_id=1200 + i * 7))
ISP = ["190.160.{}.{}", "190.161.{}.{}", "181.43.{}.{}", "200.104.{}.{}", "186.11.{}.{}", "152.172.{}.{}", "191.125.{}.{}", "179.57.{}.{}"]
UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Linux; Android 13; SM-A145M) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.165 Mobile Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0",
       "Mozilla/5.0 (Linux; Android 12; moto g(20)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.179 Mobile Safari/537.36",
       "MoodleMobile 4.3.0 (43000)", "Mozilla/5.0 (Linux; Android 14; 23053RN02L Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/125.0.6422.165 Mobile Safari/537.36 MoodleMobile 4.4.0 (44000)"]
N = 130
estudiantes = []
users_taken = set()
for i in range(N):
    p = person()
    ingreso = rng.choices([2024, 2023, 2022, 2021, 2020, 2019], [32, 22, 18, 12, 10, 6])[0]
    dob = rdate(f"{ingreso - 20}-04-01", f"{ingreso - 18}-03-31") if rng.random() < 0.88 else rdate("1985-01-01", f"{ingreso - 21}-12-31")
    lo = 20_100_000 + (dob.year - 1999) * 330_000
    b, dv = rut(max(9_000_000, lo), max(9_100_000, lo + 330_000))
    a, com, reg, area = addr()
    f1 = ascii_(p["nombres"].split()[0]).lower(); pat = ascii_(p["pat"]).lower().replace(" ", ""); mat = ascii_(p["mat"]).lower()
    un = f"{f1[0]}{pat}{mat[0]}"
    while un in users_taken: un += str(rng.randint(1, 9))
    users_taken.add(un)
    car = rng.choice(CARRERAS)[0]
    creado = rdt(f"{ingreso}-02-20T09:00:00", f"{ingreso}-03-10T18:00:00")
    e = dict(id=5001 + i, pid=f"e{5001 + i}", rut=rut_plain(b, dv), rut_b=b, rut_dv=dv, nombres=p["nombres"], apellido_paterno=p["pat"], apellido_materno=p["mat"], female=p["female"],
             email_institucional=f"{f1}.{pat}{'' if rng.random() < 0.8 else rng.randint(1, 9)}@alumnos.uandinap.cl",
             email_personal=(rng.choice([f"{f1}.{pat}", f"{f1}{pat}{dob.year % 100:02d}", f"{f1[0]}{pat}{rng.randint(1, 999)}", f"{pat}.{f1}"]) + "@" +
                             rng.choice(["gmail.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.es"])) if rng.random() < 0.7 else None,
             telefono=mobile(), fecha_nacimiento=dob, direccion=a, comuna=com, region=reg, carrera_codigo=car, anio_ingreso=ingreso,
             estado=rng.choices(["regular", "regular", "regular", "congelado", "eliminado"], [60, 20, 10, 6, 4])[0], username=un,
             password_hash=bcrypt_like() if rng.random() < 0.9 else hashlib.md5(f"{un}{rng.random()}".encode()).hexdigest(),
             ultimo_acceso=None, creado_en=creado, ips=[ISP[rng.randrange(len(ISP))].format(rng.randint(0, 255), rng.randint(1, 254)) for _ in range(rng.choice([1, 2, 2]))],
             ua=rng.choice(UAS))
    estudiantes.append(e)

# ------------------------------------------------------------------ inscripciones, entregas
inscripciones, entregas = [], []
TAREAS = ["Tarea 1", "Tarea 2", "Control 1", "Informe de laboratorio", "Ensayo final", "Proyecto semestral"]
for e in estudiantes:
    own = [c for c in cursos if c["carrera"] in (e["carrera_codigo"], "*")]
    if len(own) < 3: own += rng.sample([c for c in cursos if c not in own], 3 - len(own))
    for c in rng.sample(own, min(len(own), rng.randint(3, 5))):
        ins = dict(id=len(inscripciones) + 1, estudiante_id=e["id"], curso_id=c["id"], e=e, c=c,
                   fecha_inscripcion=rdt("2024-03-04T08:00:00", "2024-03-15T20:00:00"), nota_final=round(rng.uniform(2.5, 6.9), 1) if rng.random() < 0.3 else None,
                   estado=rng.choices(["inscrito", "retirado"], [94, 6])[0])
        inscripciones.append(ins)
        if ins["estado"] == "retirado": continue
        for t in rng.sample(TAREAS, rng.randint(2, 4)):
            env = rdt("2024-04-01T08:00:00", "2024-06-28T23:59:00")
            doc = next(d for d in docentes if d["id"] == c["docente_id"])
            graded = rng.random() < 0.8
            com = None
            if graded and rng.random() < 0.35:
                nm1 = e["nombres"].split()[0]
                com = rng.choice([f"Buen trabajo, {nm1}.", f"{nm1}, revisa la sección 3: faltan referencias.", "Bien estructurado. Falta conclusión.",
                                  "Entrega fuera de plazo, se descuenta 1 punto.", f"Excelente análisis {nm1}!", "Revisar formato APA."])
            entregas.append(dict(id=len(entregas) + 1, estudiante_id=e["id"], curso_id=c["id"], e=e, doc=doc, tarea=t, enviado_en=env,
                                 archivo=f"entrega_{rng.randint(100000, 999999)}.{rng.choice(['pdf', 'pdf', 'docx', 'zip'])}",
                                 sha1=hashlib.sha1(f"{e['id']}{t}{env}".encode()).hexdigest(), ip_envio=rng.choice(e["ips"] + [f"146.83.196.{rng.randint(2, 30)}"]),
                                 calificacion=round(rng.uniform(1.0, 7.0), 1) if graded else None, comentario_docente=com,
                                 calificado_por=doc["id"] if graded else None, calificado_en=env + dt.timedelta(days=rng.randint(2, 14), hours=rng.randint(0, 10)) if graded else None))
for e in estudiantes:
    e["ultimo_acceso"] = rdt("2024-06-20T08:00:00", "2024-06-30T23:00:00") if e["estado"] != "eliminado" else e["creado_en"] + dt.timedelta(days=rng.randint(20, 90), seconds=rng.randint(0, 50000))

# ------------------------------------------------------------------ pg_dump
def pv(v):
    if v is None: return "\\N"
    if isinstance(v, bool): return "t" if v else "f"
    if isinstance(v, dt.datetime): return v.strftime("%Y-%m-%d %H:%M:%S") + "-04"
    if isinstance(v, dt.date): return v.isoformat()
    return str(v).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
SQL = "aulavirtual_2024-1.sql"
out = ["--", "-- PostgreSQL database dump", "--", "", "-- Dumped from database version 13.14 (Debian 13.14-1.pgdg110+1)", "-- Dumped by pg_dump version 13.14 (Debian 13.14-1.pgdg110+1)", "",
       "SET statement_timeout = 0;", "SET lock_timeout = 0;", "SET idle_in_transaction_session_timeout = 0;", "SET client_encoding = 'UTF8';",
       "SET standard_conforming_strings = on;", "SELECT pg_catalog.set_config('search_path', '', false);", "SET check_function_bodies = false;",
       "SET xmloption = content;", "SET client_min_messages = warning;", "SET row_security = off;", "", "SET default_tablespace = '';", "",
       "SET default_table_access_method = heap;", ""]
tables = []
def pgtable(name, coldefs, rows, pk, fks=()):
    cols = [c.split()[0] for c in coldefs]
    out.extend(["--", f"-- Name: {name}; Type: TABLE; Schema: academico; Owner: aula", "--", "", f"CREATE TABLE academico.{name} ("])
    out.append(",\n".join("    " + c for c in coldefs)); out.extend([");", "", "", f"ALTER TABLE academico.{name} OWNER TO aula;", ""])
    tables.append((name, cols, rows, pk, fks))
out.extend(["CREATE SCHEMA academico;", "", "", "ALTER SCHEMA academico OWNER TO aula;", ""])
pgtable("estudiantes", ["id integer NOT NULL", "rut character varying(12) NOT NULL", "nombres character varying(80) NOT NULL", "apellido_paterno character varying(60) NOT NULL",
                        "apellido_materno character varying(60)", "email_institucional character varying(120) NOT NULL", "email_personal character varying(120)",
                        "telefono character varying(20)", "fecha_nacimiento date", "direccion character varying(160)", "comuna character varying(60)", "region character varying(60)",
                        "carrera_codigo character varying(5) NOT NULL", "anio_ingreso smallint NOT NULL", "estado character varying(12) DEFAULT 'regular'::character varying NOT NULL",
                        "username character varying(40) NOT NULL", "password_hash character varying(255) NOT NULL", "ultimo_acceso timestamp with time zone",
                        "creado_en timestamp with time zone DEFAULT now() NOT NULL"], estudiantes, "id")
pgtable("docentes", ["id integer NOT NULL", "rut character varying(12) NOT NULL", "nombre_completo character varying(160) NOT NULL", "email character varying(120) NOT NULL",
                     "rol character varying(12) NOT NULL", "departamento character varying(60)", "fecha_contratacion date"], docentes, "id")
pgtable("cursos", ["id integer NOT NULL", "codigo character varying(10) NOT NULL", "nombre character varying(120) NOT NULL", "semestre character varying(6) NOT NULL",
                   "seccion smallint DEFAULT 1 NOT NULL", "docente_id integer", "creditos smallint", "moodle_id integer"], cursos, "id", [("docente_id", "docentes")])
pgtable("inscripciones", ["id integer NOT NULL", "estudiante_id integer NOT NULL", "curso_id integer NOT NULL", "fecha_inscripcion timestamp with time zone NOT NULL",
                          "nota_final numeric(2,1)", "estado character varying(10) NOT NULL"], inscripciones, "id", [("estudiante_id", "estudiantes"), ("curso_id", "cursos")])
pgtable("entregas", ["id integer NOT NULL", "estudiante_id integer NOT NULL", "curso_id integer NOT NULL", "tarea character varying(60) NOT NULL",
                     "enviado_en timestamp with time zone NOT NULL", "archivo character varying(120)", "sha1 character(40)", "ip_envio inet",
                     "calificacion numeric(2,1)", "comentario_docente text", "calificado_por integer", "calificado_en timestamp with time zone"], entregas, "id",
        [("estudiante_id", "estudiantes"), ("curso_id", "cursos"), ("calificado_por", "docentes")])
for name, cols, rows, pk, fks in tables:
    out.extend(["--", f"-- Data for Name: {name}; Type: TABLE DATA; Schema: academico; Owner: aula", "--", "", f"COPY academico.{name} ({', '.join(cols)}) FROM stdin;"])
    out.extend("\t".join(pv(r[c]) for c in cols) for r in rows)
    out.extend(["\\.", "", ""])
for name, cols, rows, pk, fks in tables:
    out.extend(["--", f"-- Name: {name} {name}_pkey; Type: CONSTRAINT; Schema: academico; Owner: aula", "--", "", f"ALTER TABLE ONLY academico.{name}",
                f"    ADD CONSTRAINT {name}_pkey PRIMARY KEY ({pk});", ""])
out.extend(["CREATE UNIQUE INDEX estudiantes_rut_key ON academico.estudiantes USING btree (rut);", "", "CREATE UNIQUE INDEX estudiantes_username_key ON academico.estudiantes USING btree (username);", ""])
for name, cols, rows, pk, fks in tables:
    for col, ref in fks:
        out.extend(["--", f"-- Name: {name} {name}_{col}_fkey; Type: FK CONSTRAINT; Schema: academico; Owner: aula", "--", "", f"ALTER TABLE ONLY academico.{name}",
                    f"    ADD CONSTRAINT {name}_{col}_fkey FOREIGN KEY ({col}) REFERENCES academico.{ref}(id);", ""])
out.extend(["--", "-- PostgreSQL database dump complete", "--", ""])
with open(os.path.join(OUT, SQL), "w", encoding="utf-8") as f:
    f.write("\n".join(out))
for c, cat in [("rut", "government_id"), ("nombres", "name"), ("apellido_paterno", "name"), ("apellido_materno", "name"), ("email_institucional", "email"),
               ("email_personal", "email"), ("telefono", "phone"), ("fecha_nacimiento", "date_of_birth"), ("direccion", "location"), ("comuna", "location"),
               ("region", "location"), ("username", "username"), ("password_hash", "password"), ("ultimo_acceso", "activity"), ("creado_en", "activity")]:
    F(SQL, f"estudiantes.{c}", cat)
for c, cat in [("rut", "government_id"), ("nombre_completo", "name"), ("email", "email"), ("rol", "account_type")]:
    F(SQL, f"docentes.{c}", cat)
F(SQL, "inscripciones.fecha_inscripcion", "activity")
F(SQL, "entregas.enviado_en", "activity"); F(SQL, "entregas.ip_envio", "ip_address"); F(SQL, "entregas.calificado_en", "activity")
F(SQL, "entregas.comentario_docente", "name")
for e in estudiantes:
    mark(e["pid"], "government_id", "name", "email", "phone", "date_of_birth", "location", "username", "password", "activity")
for d in docentes: mark(d["pid"], "government_id", "name", "email", "account_type")
for s in entregas:
    mark(s["e"]["pid"], "activity", "ip_address")
    if s["calificado_en"]: mark(s["doc"]["pid"], "activity")
    if s["comentario_docente"] and s["e"]["nombres"].split()[0] in s["comentario_docente"]: mark(s["e"]["pid"], "name")

# ------------------------------------------------------------------ Moodle log report export (CSV)
MLOG = "registros_aula_2024-06.csv"
rows = []
byid = {c["id"]: c for c in cursos}
def mtime(t): return t.strftime("%d/%m/%y, %H:%M:%S")
for e in estudiantes:
    if e["estado"] == "eliminado": continue
    my = [i["c"] for i in inscripciones if i["e"] is e and i["estado"] == "inscrito"]
    full = f"{e['nombres']} {e['apellido_paterno']} {e['apellido_materno']}"
    for _ in range(rng.randint(8, 30)):
        t = rdt("2024-06-01T07:00:00", "2024-06-30T23:59:00")
        ip = rng.choice(e["ips"])
        c = rng.choice(my) if my else cursos[0]
        k = rng.random()
        if k < 0.12:
            rows.append((t, full, "-", "Sistema", "Sistema", "Usuario ha iniciado sesión", f"The user with id '{e['id']}' has logged in.", "web", ip))
        elif k < 0.55:
            rows.append((t, full, "-", f"Curso: {c['codigo']} {c['nombre']}", "Sistema", "Curso visto", f"The user with id '{e['id']}' viewed the course with id '{c['moodle_id']}'.", "web", ip))
        elif k < 0.8:
            cm = c["moodle_id"] * 10 + rng.randint(1, 9)
            rows.append((t, full, "-", f"Archivo: Apuntes semana {rng.randint(1, 14)}", "Archivo", "Módulo de curso visto",
                         f"The user with id '{e['id']}' viewed the 'resource' activity with course module id '{cm}'.", rng.choice(["web", "ws"]), ip))
        elif k < 0.92:
            cm = c["moodle_id"] * 10 + rng.randint(1, 9)
            rows.append((t, full, "-", f"Tarea: {rng.choice(TAREAS)}", "Tarea", "Se ha enviado una entrega",
                         f"The user with id '{e['id']}' has submitted the submission with id '{rng.randint(20000, 40000)}' for the assignment with course module id '{cm}'.", "web", ip))
        else:
            rows.append((t, full, "-", f"Foro: Consultas {c['codigo']}", "Foro", "Mensaje creado",
                         f"The user with id '{e['id']}' has created the post with id '{rng.randint(5000, 9000)}' in the discussion with id '{rng.randint(800, 1200)}' in the forum with course module id '{c['moodle_id'] * 10}'.", "web", ip))
        mark(e["pid"], "name", "activity", "ip_address")
for s in entregas:
    if s["calificado_en"] and s["calificado_en"] >= dt.datetime(2024, 6, 1) and s["calificado_en"] <= dt.datetime(2024, 6, 30, 23, 59):
        d = s["doc"]
        rows.append((s["calificado_en"], d["nombre_completo"], f"{s['e']['nombres']} {s['e']['apellido_paterno']} {s['e']['apellido_materno']}", f"Tarea: {s['tarea']}",
                     "Tarea", "Calificación de entrega actualizada", f"The user with id '{1000 + d['id']}' has updated the grade with id '{rng.randint(60000, 90000)}' for the user with id '{s['e']['id']}'.",
                     "web", d["ip"]))
        mark(d["pid"], "name", "activity", "ip_address"); mark(s["e"]["pid"], "name")
for day in range(1, 31):
    t = dt.datetime(2024, 6, day, 3, 0, rng.randint(0, 59))
    rows.append((t, "Usuario Administrador", "-", "Sistema", "Sistema", "Tarea programada completada", "Scheduled task \\core\\task\\send_new_user_passwords_task completed.", "cli", ""))
rows.sort(key=lambda r: r[0], reverse=True)
def cq(v): return '"' + v.replace('"', '""') + '"' if any(ch in v for ch in ',"\n') else v
with open(os.path.join(OUT, MLOG), "w", encoding="utf-8-sig", newline="") as f:
    f.write("Hora,Nombre completo del usuario,Usuario afectado,Contexto del evento,Componente,Nombre evento,Descripción,Origen,Dirección IP\r\n")
    for r in rows:
        f.write(",".join(cq(x) for x in [mtime(r[0])] + list(r[1:])) + "\r\n")
F(MLOG, "Hora", "activity"); F(MLOG, "Nombre completo del usuario", "name"); F(MLOG, "Usuario afectado", "name"); F(MLOG, "Dirección IP", "ip_address")

# ------------------------------------------------------------------ Apache access log
ALOG = "aula_access.log"
ev = []
def A(t, ip, m, path, st, size, ref, ua):
    ev.append((t, f'{ip} - - [{t.strftime("%d/%b/%Y:%H:%M:%S")} -0400] "{m} {path} HTTP/1.1" {st} {size} "{ref}" "{ua}"'))
for e in estudiantes:
    if e["estado"] == "eliminado": continue
    my = [i["c"] for i in inscripciones if i["e"] is e and i["estado"] == "inscrito"] or cursos[:1]
    mobile_app = "MoodleMobile" in e["ua"]
    wstoken = hashlib.md5(f"tok{e['id']}".encode()).hexdigest()
    for _ in range(rng.randint(2, 6)):
        t = rdt("2024-06-24T07:00:00", "2024-06-30T23:30:00")
        ip = rng.choice(e["ips"])
        if mobile_app:
            A(t, ip, "POST", "/webservice/rest/server.php?moodlewsrestformat=json&wsfunction=core_course_get_enrolled_courses_by_timeline_classification", 200, rng.randint(2000, 9000), "-", e["ua"])
            for _ in range(rng.randint(1, 4)):
                t += dt.timedelta(seconds=rng.randint(3, 300))
                c = rng.choice(my)
                A(t, ip, "GET", f"/webservice/pluginfile.php/{c['moodle_id'] * 3}/mod_resource/content/{rng.randint(1, 4)}/apuntes_{c['codigo'].lower()}_s{rng.randint(1, 14)}.pdf?forcedownload=1&token={wstoken}", 200, rng.randint(200000, 3000000), "-", e["ua"])
            mark(e["pid"], "secret")
        else:
            A(t, ip, "GET", "/login/index.php", 200, 11873, "https://aula.uandinap.cl/", e["ua"])
            t += dt.timedelta(seconds=rng.randint(5, 30))
            A(t, ip, "POST", "/login/index.php", 303, 0, "https://aula.uandinap.cl/login/index.php", e["ua"])
            t += dt.timedelta(seconds=1)
            A(t, ip, "GET", "/my/", 200, rng.randint(40000, 70000), "https://aula.uandinap.cl/login/index.php", e["ua"])
            for _ in range(rng.randint(2, 7)):
                t += dt.timedelta(seconds=rng.randint(10, 600))
                c = rng.choice(my)
                k = rng.random()
                if k < 0.5: A(t, ip, "GET", f"/course/view.php?id={c['moodle_id']}", 200, rng.randint(50000, 120000), "https://aula.uandinap.cl/my/", e["ua"])
                elif k < 0.8: A(t, ip, "GET", f"/mod/resource/view.php?id={c['moodle_id'] * 10 + rng.randint(1, 9)}", 303, 0, f"https://aula.uandinap.cl/course/view.php?id={c['moodle_id']}", e["ua"])
                elif k < 0.9: A(t, ip, "GET", f"/mod/assign/view.php?id={c['moodle_id'] * 10 + rng.randint(1, 9)}&action=editsubmission", 200, rng.randint(30000, 60000), f"https://aula.uandinap.cl/course/view.php?id={c['moodle_id']}", e["ua"])
                else: A(t, ip, "GET", f"/user/profile.php?id={e['id']}", 200, rng.randint(20000, 30000), "https://aula.uandinap.cl/my/", e["ua"])
            t += dt.timedelta(seconds=rng.randint(10, 600))
            A(t, ip, "GET", f"/login/logout.php?sesskey={''.join(rng.choice(string.ascii_letters + string.digits) for _ in range(10))}", 303, 0, "https://aula.uandinap.cl/my/", e["ua"])
            mark(e["pid"], "secret")
        mark(e["pid"], "ip_address", "activity", "device")
# legacy mobile-app token requests with credentials in the query string
legacy = rng.sample([e for e in estudiantes if e["estado"] != "eliminado"], 9)
for e in legacy:
    t = rdt("2024-06-24T07:00:00", "2024-06-30T23:30:00")
    pw = rng.choice(["Valpo2024", "camila.123", "Colocolo91", "hola1234", "Uandina#24", "wanderers1892", "Pa$$w0rd", "chile2024!", "matias2005"])
    A(t, rng.choice(e["ips"]), "GET", f"/login/token.php?username={e['username']}&password={urllib.parse.quote(pw)}&service=moodle_mobile_app", 200, 146, "-",
      "MoodleMobile 3.9.5 (3950)")
    mark(e["pid"], "username", "password", "ip_address", "activity", "device")
for d in docentes:
    for _ in range(rng.randint(3, 8)):
        t = rdt("2024-06-24T08:00:00", "2024-06-30T20:00:00")
        c = rng.choice([c for c in cursos if c["docente_id"] == d["id"]] or cursos)
        A(t, d["ip"], "GET", f"/mod/assign/view.php?id={c['moodle_id'] * 10 + 3}&action=grading", 200, rng.randint(80000, 200000), f"https://aula.uandinap.cl/course/view.php?id={c['moodle_id']}", d["ua"])
        A(t + dt.timedelta(seconds=rng.randint(30, 400)), d["ip"], "POST", "/mod/assign/view.php", 303, 0, f"https://aula.uandinap.cl/mod/assign/view.php?id={c['moodle_id'] * 10 + 3}&action=grader", d["ua"])
    mark(d["pid"], "ip_address", "activity", "device")
for _ in range(900):
    t = rdt("2024-06-24T00:00:00", "2024-06-30T23:59:00")
    ip = rng.choice(["66.249.79.12", "66.249.79.40", "157.55.39.8", "207.46.13.91"] + [f"{rng.choice([45, 185, 103, 194])}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}" for _ in range(3)])
    path = rng.choice(["/", "/login/index.php", "/theme/image.php/boost/core/1718990000/t/collapsed", "/lib/javascript.php/1718990000/lib/requirejs/require.min.js",
                       "/theme/styles.php/boost/1718990000_1/all", "/robots.txt", "/wp-login.php", "/.env", "/admin/tool/mobile/launch.php", "/favicon.ico"])
    st = 404 if path in ("/wp-login.php", "/.env") else 200
    A(t, ip, "GET", path, st, rng.randint(200, 90000), "-", rng.choice(["Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)", "curl/7.88.1", UAS[0]]))
ev.sort(key=lambda x: x[0])
with open(os.path.join(OUT, ALOG), "w", encoding="utf-8") as f:
    f.write("\n".join(l for _, l in ev) + "\n")

# ------------------------------------------------------------------ guardians JSON with nested children
J = "apoderados_2024.json"
apoderados = []
minors = [e for e in estudiantes if (dt.date(2024, 3, 1) - e["fecha_nacimiento"]).days < 365 * 19 + 200 and e["anio_ingreso"] >= 2023]
rng.shuffle(minors)
kid_students = minors[:28]
n_prope = 0
gi = 0
queue = list(kid_students)
while queue or gi < 46:
    gi += 1
    if gi > 70: break
    female = rng.random() < 0.62
    p = person(female)
    b, dv = rut(7_200_000, 16_800_000)
    a, com, reg, area = addr()
    kids = []
    kid_mat = rng.choice(APE)
    kid_pat = rng.choice(APE)
    if queue:
        e = queue.pop()
        p["pat"] = e["apellido_paterno"] if not female or rng.random() < 0.3 else p["pat"]
        if female: p["pat"], p["mat"] = e["apellido_materno"], p["mat"]
        a, com, reg = e["direccion"], e["comuna"], e["region"]
        kid_mat = e["apellido_materno"]
        kid_pat = e["apellido_paterno"]
        kids.append(dict(rut=rut_dots(e["rut_b"], e["rut_dv"]), nombre=f"{e['nombres']} {e['apellido_paterno']} {e['apellido_materno']}",
                         fecha_nacimiento=e["fecha_nacimiento"].isoformat(), programa=f"{next(c[1] for c in CARRERAS if c[0] == e['carrera_codigo'])} (ingreso {e['anio_ingreso']})",
                         parentesco="hija" if e["female"] else "hijo", pid=e["pid"]))
    if not kids or rng.random() < 0.35:
        for _ in range(rng.randint(1, 2)):
            kf = rng.random() < 0.5
            kp = person(kf)
            kdob = rdate("2006-09-01", "2009-08-31")
            kb, kdv = rut(22_300_000, 23_300_000)
            n_prope += 1
            kids.append(dict(rut=rut_dots(kb, kdv), nombre=f"{kp['nombres']} {p['pat'] if not female else kid_pat} {kid_mat if not female else p['pat']}",
                             fecha_nacimiento=kdob.isoformat(), programa=rng.choice(["Programa Propedéutico 2024", "PACE – Preparación en Educación Media", "Escuela de Verano Científica"]),
                             parentesco="hija" if kf else "hijo", pid=f"k{n_prope}"))
    tel = mobile() if rng.random() < 0.85 else f"+56 {area} {digits(3 if area in ('32', '72') else 4)} {digits(4)}"
    em = f"{ascii_(p['nombres'].split()[0]).lower()}.{ascii_(p['pat']).lower().replace(' ', '')}{rng.choice(['', str(rng.randint(1, 99))])}@{rng.choice(['gmail.com', 'hotmail.com', 'yahoo.com', 'vtr.net'])}"
    g = dict(rut=rut_dots(b, dv), nombres=p["nombres"], apellidos=f"{p['pat']} {p['mat']}", email=em if rng.random() < 0.9 else None, telefono=tel,
             direccion=dict(calle=a, comuna=com, region=reg), tipo=rng.choice(["sostenedor_economico", "apoderado_academico"]),
             autoriza_comunicaciones=rng.random() < 0.7, pupilos=kids, pid=f"g{gi}")
    apoderados.append(g)
jout = {"institucion": "Universidad Andina del Pacífico", "sistema": "Aula Virtual – módulo Apoderados v2.3", "generado": "2024-07-01T09:00:12-04:00",
        "total": len(apoderados),
        "apoderados": [{k: (v if k != "pupilos" else [{kk: vv for kk, vv in kid.items() if kk != "pid"} for kid in v]) for k, v in g.items() if k != "pid"} for g in apoderados]}
with open(os.path.join(OUT, J), "w", encoding="utf-8") as f:
    json.dump(jout, f, ensure_ascii=False, indent=2)
for k, c in [("apoderados.rut", "government_id"), ("apoderados.nombres", "name"), ("apoderados.apellidos", "name"), ("apoderados.email", "email"), ("apoderados.telefono", "phone"),
             ("apoderados.direccion.calle", "location"), ("apoderados.direccion.comuna", "location"), ("apoderados.direccion.region", "location"),
             ("apoderados.pupilos.rut", "government_id"), ("apoderados.pupilos.nombre", "name"), ("apoderados.pupilos.fecha_nacimiento", "date_of_birth")]:
    F(J, k, c)
for g in apoderados:
    mark(g["pid"], "government_id", "name", "phone", "location")
    if g["email"]: mark(g["pid"], "email")
    for kid in g["pupilos"]: mark(kid["pid"], "government_id", "name", "date_of_birth")

# ------------------------------------------------------------------ Moodle config.php
rs = lambda n: "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(n))
cfg = f"""<?php  // Moodle configuration file
// Aula Virtual UANDINAP – producción. Mantenido por: Rodrigo Valdés Ibarra (rvaldes@uandinap.cl, anexo +56 32 250 7713)

unset($CFG);
global $CFG;
$CFG = new stdClass();

$CFG->dbtype    = 'pgsql';
$CFG->dblibrary = 'native';
$CFG->dbhost    = '10.1.20.5';
$CFG->dbname    = 'aulavirtual';
$CFG->dbuser    = 'moodle';
$CFG->dbpass    = '{rs(18)}';
$CFG->prefix    = 'mdl_';
$CFG->dboptions = array (
  'dbpersist' => 0,
  'dbport' => 5432,
  'dbsocket' => '',
);

$CFG->wwwroot   = 'https://aula.uandinap.cl';
$CFG->dataroot  = '/var/moodledata';
$CFG->admin     = 'admin';
$CFG->passwordsaltmain = '{rs(32)}!{rs(6)}';
$CFG->smtphosts = 'smtp.office365.com:587';
$CFG->smtpsecure = 'tls';
$CFG->smtpuser  = 'aula-noreply@uandinap.cl';
$CFG->smtppass  = '{rs(16)}';
$CFG->noreplyaddress = 'noreply@uandinap.cl';
$CFG->supportemail = 'mesadeayuda@uandinap.cl';
$CFG->session_handler_class = '\\core\\session\\redis';
$CFG->session_redis_host = '10.1.20.9';
$CFG->session_redis_auth = '{rs(24)}';
$CFG->directorypermissions = 02777;

require_once(__DIR__ . '/lib/setup.php');

// There is no php closing tag in this file,
// it is intentional because it prevents trailing whitespace problems!
"""
with open(os.path.join(OUT, "config.php"), "w", encoding="utf-8") as f:
    f.write(cfg)
mark("staff_rvaldes", "name", "email", "phone")

# ------------------------------------------------------------------ truth
people = {p: c for p, c in PEOPLE.items() if c}
by_cat = defaultdict(int)
for cats in people.values():
    for c in cats: by_cat[c] += 1
text = {ALOG: ["ip_address", "activity", "device", "secret", "username", "password"], "config.php": ["secret", "name", "email", "phone"]}
truth = {
    "brief": "Export of Aula Virtual, the Moodle-based learning platform of Universidad Andina del Pacífico (Valparaíso, Chile): a PostgreSQL pg_dump "
             "(schema academico) of students (RUT with mod-11 check digit, institutional and personal e-mails, +56 9 phones, addresses by comuna/región, "
             "Moodle usernames and password hashes), teachers, courses, enrolments and assignment submissions; the Moodle log report export (CSV, Spanish "
             "headers, English event descriptions) for June 2024; the Apache access log of aula.uandinap.cl; a JSON export of guardians (apoderados) with "
             "nested children (pupilos); Moodle's config.php; and the list of degree programmes. Language: Spanish.",
    "people": len(people),
    "people_by_category": dict(sorted(by_cat.items())),
    "fields": {k: dict(v) for k, v in fields.items()},
    "text": text,
    "controls": ["carreras.csv"],
    "ambiguous": {SQL: ["estudiantes.estado"], MLOG: ["Descripción"]},
    "lookalikes": {
        SQL: {"estudiantes.anio_ingreso": "year of admission", "docentes.fecha_contratacion": "hire dates", "entregas.sha1": "SHA-1 of uploaded files",
              "entregas.archivo": "generated file names", "cursos.codigo": "course codes", "entregas.calificacion": "grades", "inscripciones.nota_final": "grades"},
        MLOG: {"Nombre completo del usuario": "also holds 'Usuario Administrador' (Moodle's built-in admin account, cron lines) besides real persons",
               "Contexto del evento": "course/activity names", "Origen": "web/ws/cli"},
        J: {"apoderados.pupilos.programa": "programme names", "apoderados.tipo": "guardian type", "apoderados.pupilos.parentesco": "relationship"},
    },
    "notes": f"Persons: {N} students, {len(docentes)} teachers, {len(apoderados)} guardians, {n_prope} children of guardians who are in outreach "
             f"programmes (only in the JSON), {len(kid_students)} pupilos who are also students (same RUT, counted once), 1 platform administrator "
             f"named in a comment of config.php. Access log: every non-bot line belongs to a known student or teacher (IPs, user agents counted for them); "
             f"mobile-app lines carry the user's web-service token in the query string and browser sessions a logout sesskey (Moodle session key; both counted as secret of "
             f"that student); {len(legacy)} legacy /login/token.php lines carry username and plaintext password. ~900 crawler/scanner lines are anonymous "
             f"and not counted. Moodle config secrets (dbpass, passwordsaltmain, smtppass, redis auth) belong to no person. entregas.comentario_docente "
             f"sometimes addresses the student by first name. The 'Usuario afectado' column names the graded student in grading events.",
}
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=2)
assert all(rut_ok(e["rut"]) for e in estudiantes) and all(rut_ok(d["rut"]) for d in docentes)
assert all(rut_ok(g["rut"]) and all(rut_ok(k["rut"]) for k in g["pupilos"]) for g in apoderados)
for fn in os.listdir(OUT):
    assert os.path.getsize(os.path.join(OUT, fn)) < 2_000_000, fn
print("people", len(people), dict(by_cat), "entregas", len(entregas), "mlog", len(rows), "alog", len(ev), "apod", len(apoderados), "prope", n_prope)
