#!/usr/bin/env python3
# -*- coding: utf-8 -*-
# Blind evaluation dump generator (set E). Deterministic: fixed seed, stdlib only (+openpyxl).
import os, sys, json, random, hashlib, base64, csv, io, zipfile, tarfile, gzip, string, shutil
import datetime as dt
from collections import defaultdict, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'data')


# ---------------------------------------------------------------- truth bookkeeping
class Truth:
    """Every personal value written is recorded here as it is written:
    rec(file, field, category, person_id) for named fields, txt(file, category, person_id)
    for free-text / log files. Counts in truth.json come only from these calls."""

    def __init__(self):
        self.fields = OrderedDict()
        self.text = OrderedDict()
        self.pbc = defaultdict(set)
        self.controls = []
        self.ambiguous = OrderedDict()
        self.lookalikes = OrderedDict()

    def rec(self, file, field, cat, pid):
        d = self.fields.setdefault(file, OrderedDict())
        s = d.setdefault(field, [])
        if cat not in s:
            s.append(cat)
        if pid is not None:
            self.pbc[cat].add(pid)

    def txt(self, file, cat, pid=None):
        s = self.text.setdefault(file, [])
        if cat not in s:
            s.append(cat)
        if pid is not None:
            self.pbc[cat].add(pid)

    def mark(self, pid, *cats):
        for c in cats:
            self.pbc[c].add(pid)

    def look(self, file, field, why):
        self.lookalikes.setdefault(file, OrderedDict())[field] = why

    def amb(self, file, field):
        self.ambiguous.setdefault(file, [])
        if field not in self.ambiguous[file]:
            self.ambiguous[file].append(field)

    def control(self, file):
        self.controls.append(file)

    def write(self, brief, notes, zero_cats=()):
        everyone = set()
        for s in self.pbc.values():
            everyone |= s
        fields = OrderedDict()
        for f, d in self.fields.items():
            fields[f] = OrderedDict((k, v[0] if len(v) == 1 else v) for k, v in d.items())
        pbc = OrderedDict((c, len(self.pbc[c])) for c in sorted(self.pbc))
        for c in zero_cats:
            pbc.setdefault(c, 0)
        truth = OrderedDict([
            ('brief', brief),
            ('people', len(everyone)),
            ('people_by_category', pbc),
            ('fields', fields),
            ('text', self.text),
            ('controls', self.controls),
            ('ambiguous', self.ambiguous),
            ('lookalikes', self.lookalikes),
            ('notes', notes),
        ])
        with open(os.path.join(HERE, 'truth.json'), 'w', encoding='utf-8') as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=2)
            fh.write('\n')
        return truth


class Row:
    """values: list in column order; pid: person the row belongs to;
    ov: {col: pid} when a column belongs to another person; ex: {col: [cats]} for free text."""
    __slots__ = ('v', 'pid', 'ov', 'ex')

    def __init__(self, v, pid=None, ov=None, ex=None):
        self.v, self.pid, self.ov, self.ex = v, pid, ov or {}, ex or {}


def _record_rows(T, file, prefix, cols, rows):
    for r in rows:
        for i, c in enumerate(cols):
            name, cat = c[0], c[-1]
            val = r.v[i]
            if val is None or val == '':
                continue
            owner = r.ov.get(name, r.pid)
            if cat:
                cats = cat if isinstance(cat, list) else [cat]
                for ct in cats:
                    T.rec(file, prefix + name, ct, owner)
            for ct in r.ex.get(name, []):
                T.rec(file, prefix + name, ct, owner)


# ---------------------------------------------------------------- checksums
def luhn_digit(payload):
    s = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    num = ''.join(ch for ch in num if ch.isdigit())
    return luhn_digit(num[:-1]) == num[-1]


def ean13(R, prefix):
    body = prefix + ''.join(R.choice(string.digits) for _ in range(12 - len(prefix)))
    s = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body))
    return body + str((10 - s % 10) % 10)


# ---------------------------------------------------------------- hashes / secrets
B64B = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'


def bcrypt_like(R, cost=10, v='2b'):
    return '$%s$%02d$%s' % (v, cost, ''.join(R.choice(B64B) for _ in range(53)))


def argon2_like(R):
    salt = base64.b64encode(bytes(R.getrandbits(8) for _ in range(16))).decode().rstrip('=')
    h = base64.b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode().rstrip('=')
    return '$argon2id$v=19$m=65536,t=3,p=4$%s$%s' % (salt, h)


def hexstr(R, n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def alnum(R, n, alphabet=string.ascii_letters + string.digits):
    return ''.join(R.choice(alphabet) for _ in range(n))


def uuid4(R):
    h = hexstr(R, 32)
    h = h[:12] + '4' + h[13:16] + R.choice('89ab') + h[17:]
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


# ---------------------------------------------------------------- dates
def rdate(R, a, b):
    """random date between date a and b (inclusive)"""
    return a + dt.timedelta(days=R.randint(0, (b - a).days))


def rdt(R, a, b):
    """random datetime between datetimes a and b"""
    return a + dt.timedelta(seconds=R.randint(0, int((b - a).total_seconds())))


def fmt_dt(x):
    return x.strftime('%Y-%m-%d %H:%M:%S')


MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def clf_time(x, tz='+0000'):
    return '%02d/%s/%04d:%02d:%02d:%02d %s' % (x.day, MONTHS_EN[x.month - 1], x.year, x.hour, x.minute, x.second, tz)


# ---------------------------------------------------------------- IPs / UAs
def public_ipv4(R, pools=None):
    if pools:
        p = R.choice(pools)
        return '%s.%d.%d' % (p, R.randint(0, 255), R.randint(1, 254))
    while True:
        a = R.randint(24, 223)
        if a in (10, 100, 127, 169, 172, 192, 198, 203):
            continue
        return '%d.%d.%d.%d' % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def ipv6(R, prefix):
    return prefix + ':'.join('%x' % R.randint(0, 0xffff) for _ in range(4))


UA_MOBILE = [
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 16_7_8 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36',
    'Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.99 Mobile Safari/537.36',
    'Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.119 Mobile Safari/537.36',
    'Mozilla/5.0 (Linux; Android 13; 2201117TY) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.113 Mobile Safari/537.36',
    'Mozilla/5.0 (Linux; Android 11; SM-A125F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.230 Mobile Safari/537.36',
]
UA_DESKTOP = [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0',
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.67',
]
UA_BOTS = [
    'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
    'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
    'Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)',
    'Mozilla/5.0 (compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)',
    'curl/8.5.0',
    'python-requests/2.31.0',
]


# ---------------------------------------------------------------- dump writers
def _my(v):
    if v is None:
        return 'NULL'
    if isinstance(v, bool):
        return '1' if v else '0'
    if isinstance(v, (int, float)):
        return repr(v) if isinstance(v, float) else str(v)
    if isinstance(v, (dt.datetime,)):
        return "'" + fmt_dt(v) + "'"
    if isinstance(v, dt.date):
        return "'" + v.isoformat() + "'"
    s = str(v).replace('\\', '\\\\').replace("'", "\\'").replace('\n', '\\n').replace('\r', '\\r')
    return "'" + s + "'"


def mysql_header(db, host='localhost', version='8.0.36'):
    return ("-- MySQL dump 10.13  Distrib %s, for Linux (x86_64)\n--\n-- Host: %s    Database: %s\n"
            "-- ------------------------------------------------------\n-- Server version\t%s\n\n"
            "/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;\n"
            "/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;\n"
            "/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;\n"
            "/*!50503 SET NAMES utf8mb4 */;\n"
            "/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;\n"
            "/*!40103 SET TIME_ZONE='+00:00' */;\n"
            "/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;\n"
            "/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;\n"
            "/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;\n"
            "/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;\n\n") % (version, host, db, version)


def mysql_footer(when):
    return ("/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;\n\n"
            "/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;\n"
            "/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;\n"
            "/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;\n"
            "/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;\n"
            "/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;\n"
            "/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;\n"
            "/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;\n\n"
            "-- Dump completed on %s\n") % fmt_dt(when)


def mysql_table(T, file, table, cols, rows, keys=(), ai=True):
    """cols: (name, sqltype, cat) ; keys: extra DDL lines (PRIMARY KEY etc.)"""
    out = ['--\n-- Table structure for table `%s`\n--\n\n' % table,
           'DROP TABLE IF EXISTS `%s`;\n' % table,
           '/*!40101 SET @saved_cs_client     = @@character_set_client */;\n',
           '/*!50503 SET character_set_client = utf8mb4 */;\n',
           'CREATE TABLE `%s` (\n' % table]
    lines = ['  `%s` %s' % (c[0], c[1]) for c in cols] + ['  ' + k for k in keys]
    out.append(',\n'.join(lines) + '\n')
    out.append(') ENGINE=InnoDB%s DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;\n'
               % ((' AUTO_INCREMENT=%d' % (len(rows) + 1)) if ai and rows else ''))
    out.append('/*!40101 SET character_set_client = @saved_cs_client */;\n\n')
    out.append('--\n-- Dumping data for table `%s`\n--\n\n' % table)
    out.append('LOCK TABLES `%s` WRITE;\n/*!40000 ALTER TABLE `%s` DISABLE KEYS */;\n' % (table, table))
    for i in range(0, len(rows), 400):
        chunk = rows[i:i + 400]
        out.append('INSERT INTO `%s` VALUES ' % table +
                   ','.join('(' + ','.join(_my(x) for x in r.v) + ')' for r in chunk) + ';\n')
    out.append('/*!40000 ALTER TABLE `%s` ENABLE KEYS */;\nUNLOCK TABLES;\n\n' % table)
    _record_rows(T, file, table + '.', cols, rows)
    return ''.join(out)


def _pg(v):
    if v is None:
        return '\\N'
    if isinstance(v, bool):
        return 't' if v else 'f'
    if isinstance(v, dt.datetime):
        return fmt_dt(v)
    if isinstance(v, dt.date):
        return v.isoformat()
    return str(v).replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n').replace('\r', '\\r')


def pg_header(version='15.6'):
    return ("--\n-- PostgreSQL database dump\n--\n\n-- Dumped from database version %s (Debian %s-1.pgdg120+2)\n"
            "-- Dumped by pg_dump version %s (Debian %s-1.pgdg120+2)\n\n"
            "SET statement_timeout = 0;\nSET lock_timeout = 0;\nSET idle_in_transaction_session_timeout = 0;\n"
            "SET client_encoding = 'UTF8';\nSET standard_conforming_strings = on;\n"
            "SELECT pg_catalog.set_config('search_path', '', false);\nSET check_function_bodies = false;\n"
            "SET xmloption = content;\nSET client_min_messages = warning;\nSET row_security = off;\n\n"
            "SET default_tablespace = '';\n\nSET default_table_access_method = heap;\n\n") % (version, version, version, version)


def pg_create(table, cols, owner):
    s = '--\n-- Name: %s; Type: TABLE; Schema: public; Owner: %s\n--\n\n' % (table, owner)
    s += 'CREATE TABLE public.%s (\n' % table
    s += ',\n'.join('    %s %s' % (c[0], c[1]) for c in cols) + '\n);\n\n\n'
    s += 'ALTER TABLE public.%s OWNER TO %s;\n\n' % (table, owner)
    s += ('--\n-- Name: %s_id_seq; Type: SEQUENCE; Schema: public; Owner: %s\n--\n\n'
          'CREATE SEQUENCE public.%s_id_seq\n    AS integer\n    START WITH 1\n    INCREMENT BY 1\n'
          '    NO MINVALUE\n    NO MAXVALUE\n    CACHE 1;\n\n\nALTER TABLE public.%s_id_seq OWNER TO %s;\n\n'
          'ALTER SEQUENCE public.%s_id_seq OWNED BY public.%s.id;\n\n\n') % (table, owner, table, table, owner, table, table)
    return s


def pg_copy(T, file, table, cols, rows, owner):
    s = '--\n-- Data for Name: %s; Type: TABLE DATA; Schema: public; Owner: %s\n--\n\n' % (table, owner)
    s += 'COPY public.%s (%s) FROM stdin;\n' % (table, ', '.join(c[0] for c in cols))
    s += ''.join('\t'.join(_pg(x) for x in r.v) + '\n' for r in rows)
    s += '\\.\n\n\n'
    _record_rows(T, file, table + '.', cols, rows)
    return s


def pg_footer(tables, fks, indexes):
    s = ''
    for t, n in tables:
        s += ("--\n-- Name: %s_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -\n--\n\n"
              "SELECT pg_catalog.setval('public.%s_id_seq', %d, true);\n\n\n") % (t, t, max(n, 1))
    for t, n in tables:
        s += ("--\n-- Name: %s %s_pkey; Type: CONSTRAINT; Schema: public; Owner: -\n--\n\n"
              "ALTER TABLE ONLY public.%s\n    ADD CONSTRAINT %s_pkey PRIMARY KEY (id);\n\n\n") % (t, t, t, t)
    for name, t, col in indexes:
        s += ("--\n-- Name: %s; Type: INDEX; Schema: public; Owner: -\n--\n\n"
              "CREATE INDEX %s ON public.%s USING btree (%s);\n\n\n") % (name, name, t, col)
    for t, col, ref in fks:
        s += ("--\n-- Name: %s %s_%s_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -\n--\n\n"
              "ALTER TABLE ONLY public.%s\n    ADD CONSTRAINT %s_%s_fkey FOREIGN KEY (%s) REFERENCES public.%s(id);\n\n\n"
              ) % (t, t, col, t, t, col, col, ref)
    s += '--\n-- PostgreSQL database dump complete\n--\n\n'
    return s


def write_csv(T, file, cols, rows, delimiter=',', encoding='utf-8', quoting=csv.QUOTE_MINIMAL, header=True,
              path=None, lineterminator='\r\n'):
    """cols: (header, cat). Returns bytes if path is False (for archives)."""
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, quoting=quoting, lineterminator=lineterminator)
    if header:
        w.writerow([c[0] for c in cols])
    for r in rows:
        w.writerow(['' if x is None else x for x in r.v])
    hdr_cols = cols if header else [('col%d' % (i + 1), c[-1]) for i, c in enumerate(cols)]
    _record_rows(T, file, '', hdr_cols, rows)
    data = buf.getvalue().encode(encoding)
    if path is False:
        return data
    with open(os.path.join(OUT, file), 'wb') as fh:
        fh.write(data)
    return data


def wtext(file, text, encoding='utf-8'):
    with open(os.path.join(OUT, file), 'w', encoding=encoding, newline='') as fh:
        fh.write(text)


def reset_out():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)

# ================================================================ dump-specific part
SEED = 5606
R = random.Random(SEED)
T = Truth()
reset_out()
NOW = dt.datetime(2024, 5, 14, 23, 50, 0)

M_N = ['Juan', 'Martín', 'Santiago', 'Mateo', 'Lucas', 'Nicolás', 'Tomás', 'Facundo', 'Agustín', 'Franco', 'Gonzalo', 'Matías',
       'Lautaro', 'Ezequiel', 'Federico', 'Diego', 'Pablo', 'Maximiliano', 'Joaquín', 'Bruno', 'Thiago', 'Ignacio', 'Emiliano', 'Rodrigo']
F_N = ['Sofía', 'Valentina', 'Camila', 'Martina', 'Lucía', 'Florencia', 'Agustina', 'Micaela', 'Julieta', 'Milagros', 'Carolina',
       'Antonella', 'Rocío', 'Paula', 'Daniela', 'Victoria', 'Brenda', 'Belén', 'Catalina', 'Josefina', 'Luciana', 'Aldana']
APE = ['González', 'Rodríguez', 'Gómez', 'Fernández', 'López', 'Díaz', 'Martínez', 'Pérez', 'García', 'Sánchez', 'Romero', 'Sosa',
       'Álvarez', 'Torres', 'Ruiz', 'Ramírez', 'Flores', 'Acosta', 'Benítez', 'Medina', 'Herrera', 'Suárez', 'Aguirre', 'Giménez',
       'Gutiérrez', 'Pereyra', 'Rojas', 'Molina', 'Castro', 'Ortiz', 'Silva', 'Núñez', 'Luna', 'Juárez', 'Cabrera', 'Ríos',
       'Ferreyra', 'Godoy', 'Morales', 'Domínguez', 'Bianchi', 'Rossi', 'Ferrari', 'Russo', 'Romano', 'Moretti', 'Kowalczyk', 'Schneider']
CIUDADES = [('Ciudad Autónoma de Buenos Aires', 'CABA', 'C', ['1405', '1414', '1425', '1426', '1428', '1406', '1437', '1416'], '11', 38),
            ('La Plata', 'Buenos Aires', 'B', ['1900', '1902', '1904'], '221', 6), ('Mar del Plata', 'Buenos Aires', 'B', ['7600', '7602'], '223', 5),
            ('Quilmes', 'Buenos Aires', 'B', ['1878', '1879'], '11', 5), ('Córdoba', 'Córdoba', 'X', ['5000', '5003', '5009', '5016'], '351', 12),
            ('Rosario', 'Santa Fe', 'S', ['2000', '2002', '2005'], '341', 10), ('Mendoza', 'Mendoza', 'M', ['5500', '5501'], '261', 6),
            ('San Miguel de Tucumán', 'Tucumán', 'T', ['4000'], '381', 4), ('Neuquén', 'Neuquén', 'Q', ['8300'], '299', 3),
            ('Salta', 'Salta', 'A', ['4400'], '387', 3), ('Santa Fe', 'Santa Fe', 'S', ['3000'], '342', 3)]
PLANES = [('free', 0, 44), ('premium_individual', 2999, 30), ('premium_duo', 3999, 8), ('premium_familiar', 4999, 8), ('estudiante', 1499, 10)]


def strip(s):
    return s.translate(str.maketrans('áéíóúñÁÉÍÓÚÑü', 'aeiounAEIOUNu')).lower()


def cuil(dni, sex):
    pre = '20' if sex == 'M' else '27'
    body = pre + '%08d' % dni
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    s = sum(int(body[i]) * w[i] for i in range(10))
    r = 11 - s % 11
    if r == 11:
        r = 0
    elif r == 10:
        pre = '23'
        r = 9 if sex == 'M' else 4
        body = pre + body[2:]
    return '%s-%s-%d' % (pre, body[2:], r)


def cuil_ok(c):
    d = c.replace('-', '')
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    s = sum(int(d[i]) * w[i] for i in range(10))
    r = 11 - s % 11
    r = 0 if r == 11 else (9 if r == 10 else r)
    return r == int(d[10]) or (d[:2] == '23')


def telefono(area):
    n = len(area)
    local = ''.join(R.choice(string.digits) for _ in range(10 - n))
    local = str(R.randint(2, 6)) + local[1:]
    st = R.randint(0, 3)
    if area == '11':
        a, b = local[:4], local[4:]
        return ['+54 9 11 %s-%s' % (a, b), '11 %s-%s' % (a, b), '+54911%s%s' % (a, b), '15-%s-%s' % (a, b)][st]
    return ['+54 9 %s %s-%s' % (area, local[:3], local[3:]), '0%s 15-%s-%s' % (area, local[:3], local[3:]),
            '+549%s%s' % (area, local), '(0%s) 15 %s %s' % (area, local[:3], local[3:])][st]


users = []
unames = set()
for i in range(1, 161):
    g = R.choice('MF')
    nom = R.choice(M_N if g == 'M' else F_N)
    ape = R.choice(APE)
    dob = rdate(R, dt.date(1966, 1, 1), dt.date(2008, 12, 31))
    c = R.choices(CIUDADES, [x[5] for x in CIUDADES])[0]
    while True:
        base = R.choice(['%s_%s' % (strip(nom)[:4], strip(ape)[:2]), '%s.%s' % (strip(nom), strip(ape)), '%s%d' % (strip(nom), dob.year % 100),
                         '%s_%s' % (strip(nom), R.choice(['rock', 'indie', 'cumbia', 'beats', 'trap', 'tango', 'vinilo', 'ok'])),
                         '%s%s%d' % (strip(nom)[0], strip(ape), R.randint(1, 99)), 'la_%s' % strip(nom) if g == 'F' else 'el_%s' % strip(nom)])
        if base not in unames:
            unames.add(base)
            break
    plan = R.choices(PLANES, [p[2] for p in PLANES])[0]
    if plan[0] == 'estudiante' and dob.year < 1996:
        plan = PLANES[1]
    created = rdt(R, dt.datetime(2021, 3, 1), dt.datetime(2024, 4, 30))
    dni = int(21000000 + (dob.year - 1970) * 700000 + R.randint(-900000, 900000))
    paid = plan[0] != 'free'
    u = dict(id=i, pid='usuario:%d' % i, g=g, nom=nom, ape=ape, dob=dob, c=c, user=base, plan=plan, created=created,
             email=R.choice(['%s.%s', '%s%s', '%s_%s']) % (strip(nom), strip(ape)) + R.choice(['', str(dob.year % 100), str(R.randint(1, 999))]) + '@' +
             R.choice(['gmail.com', 'gmail.com', 'gmail.com', 'hotmail.com', 'hotmail.com.ar', 'yahoo.com.ar', 'outlook.com', 'live.com.ar', 'fibertel.com.ar']),
             dni=dni if (paid or R.random() < 0.2) else None, tel=telefono(c[4]) if R.random() < 0.7 else None,
             cp=(c[2] + R.choice(c[3]) + ''.join(R.choice(string.ascii_uppercase) for _ in range(3))) if R.random() < 0.5 else R.choice(c[3]),
             estado=R.choices(['activa', 'activa', 'suspendida', 'baja'], [45, 45, 4, 6])[0],
             pwd=argon2_like(R) if created > dt.datetime(2023, 8, 1) else bcrypt_like(R, 10))
    u['cuil'] = cuil(dni, g) if (u['dni'] and paid and R.random() < 0.75) else None
    u['last'] = rdt(R, max(created, NOW - dt.timedelta(days=60)), NOW) if u['estado'] != 'baja' else rdt(R, created, created + dt.timedelta(days=200))
    users.append(u)
FOUNDER = dict(pid='fundador:1', email='mati.bianchi@sonora.com.ar')

# ---------------- MySQL dump
SQLF = 'sonora_prod.sql'
sql = [mysql_header('sonora', host='db-primary.sonora.internal', version='8.0.35')]
u_cols = [('id', 'int unsigned NOT NULL AUTO_INCREMENT', None), ('username', 'varchar(32) NOT NULL', 'username'),
          ('email', 'varchar(190) NOT NULL', 'email'), ('password_hash', 'varchar(255) NOT NULL', 'password'),
          ('password_actualizado_en', 'datetime DEFAULT NULL', None), ('nombre', 'varchar(80) DEFAULT NULL', 'name'),
          ('apellido', 'varchar(80) DEFAULT NULL', 'name'), ('dni', 'varchar(10) DEFAULT NULL', 'government_id'),
          ('cuil', 'varchar(13) DEFAULT NULL', 'government_id'), ('fecha_nacimiento', 'date DEFAULT NULL', 'date_of_birth'),
          ('genero', "enum('M','F','X','N') DEFAULT 'N'", None), ('telefono', 'varchar(24) DEFAULT NULL', 'phone'),
          ('ciudad', 'varchar(80) DEFAULT NULL', 'location'), ('provincia', 'varchar(60) DEFAULT NULL', 'location'),
          ('codigo_postal', 'varchar(8) DEFAULT NULL', 'location'), ('pais', "char(2) NOT NULL DEFAULT 'AR'", None),
          ('plan', "varchar(24) NOT NULL DEFAULT 'free'", 'account_type'), ('estado', "enum('activa','suspendida','baja') NOT NULL DEFAULT 'activa'", 'account_type'),
          ('email_verificado', "tinyint(1) NOT NULL DEFAULT '0'", None), ('avatar_key', 'varchar(64) DEFAULT NULL', None),
          ('creado_en', 'datetime NOT NULL', 'activity'), ('ultimo_login', 'datetime DEFAULT NULL', 'activity')]
u_rows = [Row([u['id'], u['user'], u['email'], u['pwd'], rdt(R, u['created'], NOW) if R.random() < 0.4 else None, u['nom'], u['ape'],
               str(u['dni']) if u['dni'] else None, u['cuil'], u['dob'] if (u['dni'] or R.random() < 0.6) else None, u['g'], u['tel'],
               u['c'][0], u['c'][1], u['cp'] if u['dni'] else None, 'AR', u['plan'][0], u['estado'], R.random() < 0.85,
               ('avatars/%s.webp' % hexstr(R, 32)) if R.random() < 0.5 else None, u['created'], u['last']], pid=u['pid']) for u in users]
sql.append(mysql_table(T, SQLF, 'usuarios', u_cols, u_rows, ['PRIMARY KEY (`id`)', 'UNIQUE KEY `uq_username` (`username`)', 'UNIQUE KEY `uq_email` (`email`)']))
T.look(SQLF, 'usuarios.password_actualizado_en', 'timestamp in a column named after the password')
T.look(SQLF, 'usuarios.avatar_key', 'object-storage key (hex)')

# subscriptions
s_cols = [('id', 'int unsigned NOT NULL AUTO_INCREMENT', None), ('usuario_id', 'int unsigned NOT NULL', None),
          ('plan', 'varchar(24) NOT NULL', 'account_type'), ('estado', "enum('activa','pausada','cancelada','vencida') NOT NULL", 'account_type'),
          ('inicio', 'datetime NOT NULL', 'activity'), ('cancelada_en', 'datetime DEFAULT NULL', 'activity'),
          ('proxima_renovacion', 'date DEFAULT NULL', None), ('medio_pago', 'varchar(20) NOT NULL', None),
          ('tarjeta_marca', 'varchar(16) DEFAULT NULL', None), ('tarjeta_ultimos4', 'char(4) DEFAULT NULL', None),
          ('mp_preapproval_id', 'varchar(40) DEFAULT NULL', None), ('monto_ars', 'decimal(10,2) NOT NULL', None)]
subs = []
for u in users:
    if u['plan'][0] == 'free':
        if R.random() < 0.25:  # former premium
            ini = rdt(R, u['created'], NOW - dt.timedelta(days=90))
            subs.append((u, PLANES[1], 'cancelada', ini, ini + dt.timedelta(days=R.randint(30, 80))))
        continue
    ini = rdt(R, u['created'], NOW - dt.timedelta(days=5))
    st = 'activa' if u['estado'] == 'activa' else ('pausada' if u['estado'] == 'suspendida' else 'cancelada')
    subs.append((u, u['plan'], st, ini, rdt(R, ini, NOW) if st == 'cancelada' else None))
s_rows = []
for k, (u, plan, st, ini, canc) in enumerate(subs, 1):
    mp = R.choice(['mercadopago', 'mercadopago', 'tarjeta_credito', 'tarjeta_debito'])
    brand = R.choice(['visa', 'master', 'amex', 'naranja', 'cabal']) if mp != 'mercadopago' or R.random() < 0.6 else None
    u.setdefault('subs', []).append(k)
    u['brand'] = brand
    nxt = (NOW + dt.timedelta(days=R.randint(1, 30))).date() if st == 'activa' else None
    s_rows.append(Row([k, u['id'], plan[0], st, ini, canc, nxt, mp, brand, '%04d' % R.randint(0, 9999) if brand else None,
                       hexstr(R, 32) if mp == 'mercadopago' else None, '%.2f' % (plan[1] or 2999)], pid=u['pid']))
sql.append(mysql_table(T, SQLF, 'suscripciones', s_cols, s_rows, ['PRIMARY KEY (`id`)', 'KEY `idx_sus_usuario` (`usuario_id`)',
                                                                   'CONSTRAINT `fk_sus_usuario` FOREIGN KEY (`usuario_id`) REFERENCES `usuarios` (`id`)']))
T.look(SQLF, 'suscripciones.tarjeta_ultimos4', 'last four digits of the card only')
T.look(SQLF, 'suscripciones.tarjeta_marca', 'card brand')
T.look(SQLF, 'suscripciones.mp_preapproval_id', 'Mercado Pago preapproval id (32 hex)')
T.look(SQLF, 'suscripciones.proxima_renovacion', 'next renewal date (scheduled by the system)')

# devices
MODELS = [('android', 'Samsung SM-A325M'), ('android', 'Motorola moto g32'), ('android', 'Xiaomi Redmi Note 12'), ('android', 'Samsung SM-A145M'),
          ('ios', 'iPhone 13'), ('ios', 'iPhone 11'), ('ios', 'iPhone 15 Pro'), ('web', 'Chrome 124 / Windows'), ('web', 'Firefox 125 / Linux'),
          ('smart_tv', 'Samsung Tizen TV'), ('smart_tv', 'Android TV - TCL')]
ISP = ['181.46', '181.47', '190.18', '186.22', '200.114', '190.231', '201.212', '152.170', '186.139', '179.37']
d_cols = [('id', 'int unsigned NOT NULL AUTO_INCREMENT', None), ('usuario_id', 'int unsigned NOT NULL', None),
          ('tipo', "enum('android','ios','web','smart_tv') NOT NULL", None), ('modelo', 'varchar(64) DEFAULT NULL', None),
          ('install_id', 'char(36) NOT NULL', 'device'), ('push_token', 'varchar(200) DEFAULT NULL', 'device'),
          ('ultima_ip', 'varchar(45) DEFAULT NULL', 'ip_address'), ('registrado_en', 'datetime NOT NULL', 'activity')]
d_rows = []
for u in users:
    u['devs'] = []
    u['ip'] = public_ipv4(R, ISP)
    for _ in range(R.choice([1, 1, 2, 2, 3])):
        tp, mo = R.choice(MODELS)
        did = len(d_rows) + 1
        u['devs'].append((did, tp, mo))
        d_rows.append(Row([did, u['id'], tp, mo, uuid4(R), (alnum(R, 22) + ':APA91b' + alnum(R, 134, string.ascii_letters + string.digits + '-_')) if tp == 'android' else (hexstr(R, 64) if tp == 'ios' else None),
                           u['ip'] if R.random() < 0.7 else public_ipv4(R, ISP), rdt(R, u['created'], NOW)], pid=u['pid']))
sql.append(mysql_table(T, SQLF, 'dispositivos', d_cols, d_rows, ['PRIMARY KEY (`id`)', 'KEY `idx_disp_usuario` (`usuario_id`)']))

# plays (many per user)
N_SONGS = 240
p_cols = [('id', 'bigint unsigned NOT NULL AUTO_INCREMENT', None), ('usuario_id', 'int unsigned NOT NULL', None),
          ('cancion_id', 'int unsigned NOT NULL', None), ('dispositivo_id', 'int unsigned DEFAULT NULL', None),
          ('reproducido_en', 'datetime(3) NOT NULL', 'activity'), ('segundos', 'smallint unsigned NOT NULL', None),
          ('origen', "enum('playlist','album','radio','busqueda','perfil') NOT NULL", None), ('offline', "tinyint(1) NOT NULL DEFAULT '0'", None)]
plays = []
for u in users:
    if u['estado'] == 'baja':
        continue
    n = R.choices([0, 5, 15, 30, 60, 90], [5, 20, 25, 25, 17, 8])[0] + R.randint(0, 10)
    fav = R.sample(range(1, N_SONGS + 1), 20)
    for _ in range(n):
        t = rdt(R, max(u['created'], NOW - dt.timedelta(days=30)), NOW)
        plays.append((t, u, R.choice(fav) if R.random() < 0.6 else R.randint(1, N_SONGS), R.choice(u['devs'])[0]))
plays.sort(key=lambda x: x[0])
p_rows = [Row([k, u['id'], song, dev, t.strftime('%Y-%m-%d %H:%M:%S') + '.%03d' % R.randint(0, 999), R.randint(12, 290),
               R.choice(['playlist', 'playlist', 'album', 'radio', 'busqueda', 'perfil']), R.random() < 0.1], pid=u['pid'])
          for k, (t, u, song, dev) in enumerate(plays, 1)]
sql.append(mysql_table(T, SQLF, 'reproducciones', p_cols, p_rows, ['PRIMARY KEY (`id`)', 'KEY `idx_rep_usuario_fecha` (`usuario_id`,`reproducido_en`)',
                                                                    'KEY `idx_rep_cancion` (`cancion_id`)']))
sql.append(mysql_footer(NOW + dt.timedelta(hours=4)))
wtext(SQLF, ''.join(sql))

# ---------------- Mercado Pago webhook/payment NDJSON
NF = 'mp_pagos_2024-04.ndjson'
nd = []
other = 0
pay_ids_lookalike = 0
for u in users:
    if u['plan'][0] == 'free' or u['estado'] == 'baja':
        continue
    t = rdt(R, dt.datetime(2024, 4, 1), dt.datetime(2024, 4, 30, 23))
    holder_pid, holder_name, holder_doc = u['pid'], ('%s %s' % (strip(u['nom']), strip(u['ape']))).upper(), ('DNI', str(u['dni']))
    if u['dob'] > dt.date(2004, 1, 1) or R.random() < 0.06:  # paid by a parent / relative
        other += 1
        g2 = R.choice('MF')
        pn = '%s %s' % (R.choice(M_N if g2 == 'M' else F_N), u['ape'] if R.random() < 0.8 else R.choice(APE))
        holder_pid, holder_name = 'titular_tarjeta:%d' % other, strip(pn).upper()
        holder_doc = ('DNI', str(R.randint(14000000, 30000000)))
    brand = u.get('brand') or R.choice(['visa', 'master'])
    bin6 = {'visa': '450995', 'master': '503175', 'amex': '371180', 'naranja': '589562', 'cabal': '604201'}[brand]
    pid_num = R.randint(70000000000, 79999999999)
    doc_type, doc_num = ('CUIL', u['cuil'].replace('-', '')) if (u['cuil'] and R.random() < 0.3) else ('DNI', str(u['dni']))
    obj = OrderedDict([
        ('id', R.randint(10000000000, 19999999999)), ('live_mode', True), ('type', 'payment'),
        ('date_created', t.strftime('%Y-%m-%dT%H:%M:%S.000-03:00')), ('user_id', '1298374561'), ('api_version', 'v1'),
        ('action', 'payment.created'), ('data', OrderedDict([('id', str(pid_num))])),
        ('payment', OrderedDict([
            ('id', pid_num), ('status', R.choices(['approved', 'rejected', 'in_process'], [90, 7, 3])[0]),
            ('status_detail', 'accredited'), ('date_approved', (t + dt.timedelta(seconds=R.randint(2, 40))).strftime('%Y-%m-%dT%H:%M:%S.000-03:00')),
            ('transaction_amount', float(u['plan'][1])), ('currency_id', 'ARS'), ('description', 'Sonora %s - mensual' % u['plan'][0]),
            ('external_reference', 'sus_%d' % u['subs'][-1]), ('payment_method_id', brand), ('payment_type_id', 'credit_card' if brand in ('visa', 'master', 'amex', 'naranja') else 'debit_card'),
            ('installments', 1),
            ('payer', OrderedDict([('id', str(R.randint(100000000, 1999999999))), ('email', u['email']),
                                   ('first_name', u['nom']), ('last_name', u['ape']),
                                   ('identification', OrderedDict([('type', doc_type), ('number', doc_num)]))])),
            ('card', OrderedDict([('first_six_digits', bin6), ('last_four_digits', '%04d' % R.randint(0, 9999)),
                                  ('expiration_month', R.randint(1, 12)), ('expiration_year', R.randint(2024, 2030)),
                                  ('cardholder', OrderedDict([('name', holder_name), ('identification', OrderedDict([('type', holder_doc[0]), ('number', holder_doc[1])]))]))])),
        ])),
    ])
    nd.append(json.dumps(obj, ensure_ascii=False))
    for f, c in [('payer.email', 'email'), ('payer.first_name', 'name'), ('payer.last_name', 'name'), ('payer.identification.number', 'government_id'),
                 ('date_approved', 'activity')]:
        T.rec(NF, 'payment.' + f, c, u['pid'])
    T.rec(NF, 'date_created', 'activity', u['pid'])
    T.rec(NF, 'payment.card.cardholder.name', 'name', holder_pid)
    T.rec(NF, 'payment.card.cardholder.identification.number', 'government_id', holder_pid)
wtext(NF, ''.join(l + '\n' for l in nd))
T.look(NF, 'payment.card.first_six_digits', 'card BIN only')
T.look(NF, 'payment.card.last_four_digits', 'last four digits only')
T.look(NF, 'payment.card.expiration_month', 'card expiry')
T.look(NF, 'payment.card.expiration_year', 'card expiry')
T.look(NF, 'id', '11-digit notification ids')
T.look(NF, 'payment.id', '11-digit payment ids')
T.look(NF, 'data.id', '11-digit payment ids')
T.look(NF, 'payment.payer.id', 'Mercado Pago payer account id')
T.look(NF, 'payment.external_reference', 'subscription reference')

# ---------------- nginx access log
LF = 'nginx-access.log'
lines = []
LSTART = dt.datetime(2024, 5, 11, 0, 0, 0)
uas = {}
for u in users:
    tp, mo = R.choice(u['devs'])[1:]
    uas[u['id']] = R.choice(UA_DESKTOP) if tp in ('web', 'smart_tv') else ('Sonora/2.14.%d (%s; %s)' % (R.randint(0, 6), 'Android 13' if tp == 'android' else 'iOS 17.4', mo))
active = [u for u in users if u['estado'] == 'activa']
for u in active:
    if R.random() < 0.35:
        continue
    for _ in range(R.randint(1, 6)):
        t = rdt(R, LSTART, NOW)
        seq = [('GET', '/u/%s' % u['user'], 200), ('GET', '/api/v1/me', 200), ('GET', '/api/v1/me/player/recientes', 200)]
        if R.random() < 0.5:
            seq.append(('GET', '/u/%s/biblioteca' % u['user'], 200))
        for _ in range(R.randint(2, 8)):
            seq.append(('POST', '/api/v1/me/player/eventos', 204))
        if R.random() < 0.2:
            seq.append(('PUT', '/api/v1/me/playlists/%d' % R.randint(1000, 9999), 200))
        for meth, path, code in seq:
            t += dt.timedelta(seconds=R.randint(1, 200))
            lines.append((t, '%s - - [%s] "%s %s HTTP/2.0" %d %d "https://www.sonora.com.ar/" "%s"' % (
                u['ip'], clf_time(t, '-0300'), meth, path, code, 0 if code == 204 else R.randint(400, 30000), uas[u['id']])))
            T.txt(LF, 'ip_address', u['pid']); T.txt(LF, 'activity', u['pid']); T.txt(LF, 'device', u['pid'])
            if path.startswith('/u/'):
                T.txt(LF, 'username', u['pid'])
# anonymous visitors: public profiles of users, home, plans, artist pages; bots
public = R.sample(users, 45)
for _ in range(900):
    t = rdt(R, LSTART, NOW)
    r = R.random()
    if r < 0.35:
        v = R.choice(public)
        path = '/u/%s%s' % (v['user'], R.choice(['', '', '/playlists', '/playlists/%d' % R.randint(1000, 9999)]))
        T.txt(LF, 'username', v['pid'])
    else:
        path = R.choice(['/', '/planes', '/planes/estudiante', '/artista/niebla-austral', '/artista/los-pumas-del-sur', '/album/%d' % R.randint(100, 400),
                         '/buscar?q=cumbia', '/ingresar', '/registro', '/robots.txt', '/static/js/main.%s.js' % hexstr(R, 8), '/favicon.ico'])
    lines.append((t, '%s - - [%s] "GET %s HTTP/2.0" %d %d "%s" "%s"' % (
        public_ipv4(R), clf_time(t, '-0300'), path, R.choice([200, 200, 200, 304]), R.randint(200, 60000),
        R.choice(['-', 'https://www.google.com/', 'https://www.instagram.com/', 'https://t.co/']), R.choice(UA_MOBILE + UA_DESKTOP + UA_BOTS))))
lines.sort(key=lambda x: x[0])
wtext(LF, ''.join(l + '\n' for _, l in lines))

# ---------------- .env
EF = '.env'
env = [('# Sonora API - producción', None), ('APP_ENV', 'production'), ('APP_URL', 'https://www.sonora.com.ar'), ('PORT', '8080'),
       ('DB_HOST', 'db-primary.sonora.internal'), ('DB_PORT', '3306'), ('DB_DATABASE', 'sonora'), ('DB_USERNAME', 'sonora_api'),
       ('DB_PASSWORD', alnum(R, 24)), ('JWT_SECRET', alnum(R, 64)), ('JWT_TTL', '3600'),
       ('MERCADOPAGO_PUBLIC_KEY', 'APP_USR-%s' % uuid4(R)),
       ('MERCADOPAGO_ACCESS_TOKEN', 'APP_USR-%d-%s-%s-%d' % (R.randint(1000000000000000, 9999999999999999), hexstr(R, 6) + '05', hexstr(R, 32), R.randint(100000000, 999999999))),
       ('MERCADOPAGO_WEBHOOK_SECRET', hexstr(R, 64)),
       ('AWS_ACCESS_KEY_ID', 'AKIA' + alnum(R, 16, string.ascii_uppercase + '234567')), ('AWS_SECRET_ACCESS_KEY', alnum(R, 40, string.ascii_letters + string.digits + '+/')),
       ('AWS_BUCKET_AUDIO', 'sonora-audio-prod'), ('SENTRY_DSN', 'https://%s@o%d.ingest.sentry.io/%d' % (hexstr(R, 32), R.randint(100000, 999999), R.randint(1000000, 9999999))),
       ('ADMIN_EMAIL', FOUNDER['email']), ('MAIL_FROM', 'hola@sonora.com.ar'), ('FEATURE_LYRICS', 'true')]
wtext(EF, ''.join((k + '\n') if v is None else '%s=%s\n' % (k, v) for k, v in env))
for k in ['DB_PASSWORD', 'JWT_SECRET', 'MERCADOPAGO_ACCESS_TOKEN', 'MERCADOPAGO_WEBHOOK_SECRET', 'AWS_SECRET_ACCESS_KEY']:
    T.rec(EF, k, 'secret', None)
T.rec(EF, 'ADMIN_EMAIL', 'email', FOUNDER['pid'])
T.amb(EF, 'SENTRY_DSN')
T.amb(EF, 'AWS_ACCESS_KEY_ID')
T.look(EF, 'MERCADOPAGO_PUBLIC_KEY', 'public key')
T.look(EF, 'MAIL_FROM', 'role mailbox')

# ---------------- control: song catalogue
CF = 'catalogo_canciones.csv'
ART = ['Los Pumas del Sur', 'Niebla Austral', 'La Ruta 40', 'Cumbia Satélite', 'Tango Eléctrico Porteño', 'Mar de Fondo', 'Los Chaqueños del Alba',
       'Fuego Lento', 'Pampa Sónica', 'Orquesta Típica Riachuelo', 'Sur Profundo', 'Club de la Siesta', 'Banda Ancha', 'Los Viejos Vinilos',
       'Trueno Andino', 'Costanera Beat', 'Nave Nodriza', 'Los Patos Salvajes']
W1 = ['Noche', 'Viento', 'Ciudad', 'Río', 'Luna', 'Fuego', 'Calle', 'Sombra', 'Mar', 'Tren', 'Invierno', 'Verano', 'Baile', 'Canción', 'Humo']
W2 = ['de Abril', 'del Sur', 'sin Nombre', 'Eterna', 'Dormida', 'de Neón', 'en Palermo', 'Lejana', 'Perdida', 'de Barrio', 'Azul', 'de Plata']
GEN = ['rock nacional', 'cumbia', 'folklore', 'tango', 'indie', 'trap', 'electrónica', 'cuarteto']
crow = []
albums = {}
for sid in range(1, N_SONGS + 1):
    a = R.choice(ART)
    if a not in albums or R.random() < 0.3:
        albums.setdefault(a, []).append(('%s %s' % (R.choice(W1), R.choice(W2)), ean13(R, '0')[:12], rdate(R, dt.date(1998, 1, 1), dt.date(2024, 4, 1))))
    alb = R.choice(albums[a])
    crow.append(Row([sid, 'AR-S%02d-%02d-%05d' % (R.randint(10, 99), alb[2].year % 100, R.randint(1, 99999)), '%s %s' % (R.choice(W1), R.choice(W2)), a, alb[0],
                     '%d:%02d' % (R.randint(2, 5), R.randint(0, 59)), R.choice(GEN), R.choice(['Sonora Records', 'Discos del Plata', 'Independiente', 'Pampa Music']),
                     alb[1], alb[2].isoformat()]))
write_csv(T, CF, [('id', None), ('isrc', None), ('titulo', None), ('artista', None), ('album', None), ('duracion', None), ('genero', None),
                  ('sello', None), ('upc', None), ('fecha_lanzamiento', None)], crow, lineterminator='\n')
T.control(CF)

T.write(
    brief='Sonora, an Argentine music-streaming startup (Buenos Aires). Spanish (Rioplatense). MySQL dump of the product '
          'database (usuarios with DNI / CUIL, suscripciones with card brand/last4 only, dispositivos with install ids, '
          'push tokens and last IP, and many reproducciones rows per user), Mercado Pago payment notifications as NDJSON '
          '(payer and cardholder with DNI/CUIL), the nginx access log of the web player (logged-in users load /u/<username> '
          'and the player API; anonymous visitors open public profiles /u/<username>, artist pages and plans), the API .env '
          'with secrets and the founder\'s admin e-mail, and the song catalogue (control).',
    notes='People = users + cardholders who pay for another user (a parent/relative; name and DNI in the card.cardholder '
          'object) + the founder (ADMIN_EMAIL in .env). CUILs are XX-DNI-C with the official mod-11 (prefix 23 when the '
          'check would be 10). Access log: lines of logged-in users carry their own /u/<username> and count for them '
          '(username, ip_address, activity, device); anonymous visitors (random IPs, bots) who open a public profile '
          'are not generated persons and are not counted, but the username in the path counts as username of the profile '
          'owner. The catalogue lists band names only. .env fields are named by variable; SENTRY_DSN and AWS_ACCESS_KEY_ID '
          'are ambiguous (key ids / DSNs are semi-public).',
    zero_cats=['secret'])
print('ok', len(users), other, len(s_rows), len(d_rows), len(p_rows), len(nd), len(lines))
