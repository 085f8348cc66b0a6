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
SEED = 5202
R = random.Random(SEED)
T = Truth()
reset_out()
NOW = dt.datetime(2024, 5, 14, 18, 22, 0)

F_F = ['Maria', 'Ana', 'Joana', 'Inês', 'Beatriz', 'Sofia', 'Mariana', 'Catarina', 'Rita', 'Marta', 'Carla', 'Sara',
       'Filipa', 'Teresa', 'Patrícia', 'Cláudia', 'Helena', 'Isabel', 'Leonor', 'Matilde', 'Francisca', 'Margarida',
       'Raquel', 'Sandra', 'Susana', 'Vera', 'Lúcia', 'Fernanda', 'Rosa', 'Adelaide']
F_M = ['João', 'José', 'António', 'Francisco', 'Pedro', 'Miguel', 'Tiago', 'Rui', 'Luís', 'Carlos', 'Paulo', 'Nuno',
       'Ricardo', 'André', 'Diogo', 'Rodrigo', 'Gonçalo', 'Duarte', 'Bruno', 'Hugo', 'Manuel', 'Fernando', 'Jorge',
       'Vasco', 'Afonso', 'Tomás', 'Sérgio', 'Joaquim', 'Artur', 'Henrique']
APEL = ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa', 'Rodrigues', 'Martins', 'Jesus', 'Sousa',
        'Fernandes', 'Gonçalves', 'Gomes', 'Lopes', 'Marques', 'Alves', 'Almeida', 'Ribeiro', 'Pinto', 'Carvalho',
        'Teixeira', 'Moreira', 'Correia', 'Mendes', 'Nunes', 'Soares', 'Vieira', 'Monteiro', 'Cardoso', 'Rocha',
        'Neves', 'Coelho', 'Cruz', 'Cunha', 'Pires', 'Ramos', 'Reis', 'Simões', 'Antunes', 'Matos', 'Fonseca',
        'Machado', 'Araújo', 'Barbosa', 'Tavares', 'Lourenço', 'Castro', 'Figueiredo', 'Azevedo', 'Freitas']
CLIN = [  # nome, morada, cp, localidade, indicativo fixo, ruas da zona, prefixos CP
    ('Sorriso Atlântico Avenidas Novas', 'Avenida da República, 41, 1.º', '1050-187', 'Lisboa', '21',
     ['Avenida de Roma', 'Rua Marquês de Fronteira', 'Rua de Campolide', 'Avenida Almirante Reis', 'Rua Morais Soares',
      'Rua Actor Taborda', 'Avenida de Berna', 'Rua Dona Estefânia', 'Rua Filipe Folque'], ['1000', '1050', '1070', '1150', '1170', '1600', '1700']),
    ('Sorriso Atlântico Boavista', 'Avenida da Boavista, 1203, 3.º', '4100-130', 'Porto', '22',
     ['Rua de Santa Catarina', 'Rua de Cedofeita', 'Rua do Campo Alegre', 'Rua Faria Guimarães', 'Rua Costa Cabral',
      'Avenida Fernão de Magalhães', 'Rua de Pedro Hispano'], ['4000', '4050', '4100', '4150', '4200', '4250', '4300']),
    ('Sorriso Atlântico Braga', 'Avenida da Liberdade, 780', '4710-251', 'Braga', '253',
     ['Rua do Souto', 'Avenida João XXI', 'Rua de São Vicente', 'Rua Dom Pedro V', 'Rua Nova de Santa Cruz'], ['4700', '4705', '4710', '4715']),
    ('Sorriso Atlântico Coimbra', 'Rua Lourenço de Almeida Azevedo, 21', '3000-250', 'Coimbra', '239',
     ['Rua Ferreira Borges', 'Avenida Sá da Bandeira', 'Rua do Brasil', 'Rua General Humberto Delgado', 'Rua de Aveiro'], ['3000', '3020', '3030', '3040']),
    ('Sorriso Atlântico Setúbal', 'Avenida Luísa Todi, 302', '2900-459', 'Setúbal', '265',
     ['Rua Almirante Reis', 'Avenida 5 de Outubro', 'Rua Dr. António José Baptista', 'Rua de São João'], ['2900', '2910']),
    ('Sorriso Atlântico Faro', 'Rua de Santo António, 54', '8000-283', 'Faro', '289',
     ['Rua Conselheiro Bívar', 'Avenida 5 de Outubro', 'Rua do Alportel', 'Rua Serpa Pinto', 'Estrada da Penha'], ['8000', '8005']),
]
SEGUROS = [(None, 40), ('Médis', 14), ('Multicare', 12), ('AdvanceCare', 10), ('ADSE', 12), ('SAMS', 4), ('Allianz Saúde', 4), ('Future Healthcare', 4)]
NIPC = None


def nif_check(body8):
    s = sum(int(body8[i]) * (9 - i) for i in range(8))
    r = s % 11
    return '0' if r < 2 else str(11 - r)


def nif_ok(n):
    return len(n) == 9 and n.isdigit() and nif_check(n[:8]) == n[8]


def make_nif(first_digit):
    b = first_digit + ''.join(R.choice(string.digits) for _ in range(7))
    return b + nif_check(b)


NIPC = make_nif('5')
used_nif = set()


def person_nif():
    while True:
        n = make_nif(R.choice('1122223'))
        if n not in used_nif and n != '999999990':
            used_nif.add(n)
            return n


def movel():
    return '9%s%d %03d %03d' % (R.choice('1236'), R.randint(0, 9), R.randint(0, 999), R.randint(0, 999))


def fixo(ind):
    if len(ind) == 2:
        return '%s %03d %04d' % (ind, R.randint(0, 999), R.randint(0, 9999))
    return '%s %03d %03d' % (ind, R.randint(0, 999), R.randint(0, 999))


def strip_acc(s):
    tr = str.maketrans('áàâãéêíóôõúçÁÂÉÍÓÚÇ', 'aaaaeeiooouc' + 'AAEIOUC')
    return s.translate(tr)


def email_of(nome, apel, y):
    dom = R.choice(['gmail.com', 'gmail.com', 'sapo.pt', 'hotmail.com', 'outlook.pt', 'iol.pt', 'netcabo.pt', 'live.com.pt'])
    n1 = strip_acc(nome.split()[0]).lower()
    a1 = strip_acc(apel.split()[-1]).lower()
    return R.choice(['%s.%s' % (n1, a1), '%s%s' % (n1, a1), '%s.%s%d' % (n1, a1, y % 100), '%s_%s' % (n1[0], a1),
                     '%s%d' % (n1, R.randint(1, 999))]) + '@' + dom


def morada(ci):
    c = CLIN[ci]
    s = '%s, %d' % (R.choice(c[5]), R.randint(1, 450))
    r = R.random()
    if r < 0.5:
        s += ', %d.º %s' % (R.randint(1, 9), R.choice(['Esq.', 'Dto.', 'A', 'B', 'D', 'Frente']))
    elif r < 0.6:
        s += ', R/C'
    cp = '%s-%03d' % (R.choice(c[6]), R.randint(1, 599))
    return s, cp, c[3]


# ---------------- people
patients = []
for i in range(1, 166):
    g = R.choice('FM')
    nome = R.choice(F_F if g == 'F' else F_M)
    if R.random() < 0.55:
        nome += ' ' + R.choice([x for x in (F_F if g == 'F' else F_M) if x != nome])
    apel = R.choice(APEL) + ' ' + R.choice(APEL)
    dob = rdate(R, dt.date(1938, 1, 1), dt.date(2019, 12, 31))
    ci = R.choices(range(6), [30, 26, 12, 12, 10, 10])[0]
    mor, cp, loc = morada(ci)
    seg = R.choices([s for s, _ in SEGUROS], [w for _, w in SEGUROS])[0]
    p = dict(id=i, pid='paciente:%d' % i, nome=nome, apel=apel, g=g, dob=dob, ci=ci, mor=mor, cp=cp, loc=loc,
             nif=person_nif(), utente='%d%08d' % (R.randint(1, 3), R.randint(0, 99999999)),
             seg=seg, benef=(('%d' % R.randint(10000000, 99999999)) if seg == 'ADSE' else ('%03d%09d' % (R.randint(100, 999), R.randint(0, 999999999))) if seg else None),
             email=email_of(nome, apel, dob.year) if R.random() < 0.82 else None,
             movel=movel(), fixo=fixo(CLIN[ci][4]) if R.random() < 0.25 else None,
             criado=rdt(R, dt.datetime(2016, 1, 1), dt.datetime(2024, 4, 30)).replace(hour=R.randint(9, 19)))
    p['proc'] = 'SA%d/%05d' % (p['criado'].year, i * 3 + R.randint(0, 2))
    patients.append(p)
adults = [p for p in patients if (NOW.date() - p['dob']).days > 18 * 365 + 5]
guardians = []
for p in patients:
    p['resp'] = None
    if (NOW.date() - p['dob']).days < 18 * 365:
        same = [a for a in adults if a['apel'].split()[-1] == p['apel'].split()[-1] and 20 * 365 < (p['dob'] - a['dob']).days < 45 * 365]
        if same and R.random() < 0.7:
            a = same[0]
            p['resp'] = dict(pid=a['pid'], nome='%s %s' % (a['nome'], a['apel']), nif=a['nif'], movel=a['movel'])
            p['ci'], p['mor'], p['cp'], p['loc'] = a['ci'], a['mor'], a['cp'], a['loc']
        else:
            g = R.choice('FM')
            k = len(guardians) + 1
            r = dict(pid='responsavel:%d' % k, nome='%s %s %s' % (R.choice(F_F if g == 'F' else F_M), R.choice(APEL), p['apel'].split()[-1]),
                     nif=person_nif(), movel=movel())
            guardians.append(r)
            p['resp'] = r
        p['email'] = None
        p['movel'] = None

staff = []
STAFF_SPEC = [('Médica Dentista', 'Dra.'), ('Médico Dentista', 'Dr.'), ('Ortodontista', 'Dra.'), ('Ortodontista', 'Dr.'),
              ('Higienista Oral', None), ('Endodontista', 'Dr.'), ('Implantologista', 'Dr.'), ('Odontopediatra', 'Dra.')]
for k in range(1, 15):
    esp, tit = R.choice(STAFF_SPEC)
    g = 'F' if tit == 'Dra.' else ('M' if tit == 'Dr.' else R.choice('FM'))
    nome = R.choice(F_F if g == 'F' else F_M)
    apel = R.choice(APEL) + ' ' + R.choice(APEL)
    user = strip_acc('%s.%s' % (nome.split()[0], apel.split()[-1])).lower()
    staff.append(dict(id=k, pid='staff:%d' % k, nome=nome, apel=apel, esp=esp, ci=(k - 1) % 6, user=user,
                      tit=tit, cedula=('%05d' % R.randint(1200, 12999)) if esp != 'Higienista Oral' else None,
                      email='%s@sorrisoatlantico.pt' % user, movel=movel()))
DPO = dict(pid='dpo', nome='Joana Pimentel', email='joana.pimentel@sorrisoatlantico.pt')

# ---------------- PostgreSQL dump
SQLF = 'sorriso_prod.sql'
OWN = 'sorriso'
out = [pg_header('15.6')]
clin_cols = [('id', 'integer NOT NULL', None), ('nome', 'character varying(80) NOT NULL', None),
             ('morada', 'character varying(160)', None), ('codigo_postal', 'character varying(8)', None),
             ('localidade', 'character varying(60)', None), ('telefone', 'character varying(20)', None),
             ('nif_entidade', 'character(9)', None), ('ativa', 'boolean DEFAULT true NOT NULL', None)]
clin_rows = [Row([k + 1, c[0], c[1], c[2], c[3], fixo(c[4]), NIPC, True]) for k, c in enumerate(CLIN)]
pac_cols = [
    ('id', 'integer NOT NULL', None), ('numero_processo', 'character varying(16) NOT NULL', None),
    ('nome', 'character varying(80) NOT NULL', 'name'), ('apelidos', 'character varying(120) NOT NULL', 'name'),
    ('data_nascimento', 'date', 'date_of_birth'), ('sexo', 'character(1)', None),
    ('nif', 'character(9)', 'government_id'), ('numero_utente', 'character(9)', 'government_id'),
    ('email', 'character varying(160)', 'email'), ('telemovel', 'character varying(20)', 'phone'),
    ('telefone', 'character varying(20)', 'phone'), ('morada', 'character varying(200)', 'location'),
    ('codigo_postal', 'character varying(8)', 'location'), ('localidade', 'character varying(80)', 'location'),
    ('clinica_id', 'integer NOT NULL', None), ('seguradora', 'character varying(40)', None),
    ('numero_beneficiario', 'character varying(20)', 'government_id'),
    ('responsavel_nome', 'character varying(160)', 'name'), ('responsavel_nif', 'character(9)', 'government_id'),
    ('responsavel_telemovel', 'character varying(20)', 'phone'),
    ('alergias', 'text', None), ('consentimento_rgpd', 'boolean DEFAULT false NOT NULL', None),
    ('consentimento_em', 'timestamp without time zone', 'activity'),
    ('criado_em', 'timestamp without time zone DEFAULT now() NOT NULL', 'activity'),
]
ALERG = [None] * 8 + ['Penicilina', 'Látex', 'Ibuprofeno', 'Anestésicos com epinefrina - precaução', 'Nenhuma conhecida']
pac_rows = []
for p in patients:
    r = p['resp']
    cons = R.random() < 0.9
    pac_rows.append(Row([p['id'], p['proc'], p['nome'], p['apel'], p['dob'], p['g'], p['nif'], p['utente'], p['email'],
                         p['movel'], p['fixo'], p['mor'], p['cp'], p['loc'], p['ci'] + 1, p['seg'], p['benef'],
                         r['nome'] if r else None, r['nif'] if r else None, r['movel'] if r else None,
                         R.choice(ALERG), cons, p['criado'] + dt.timedelta(minutes=R.randint(1, 30)) if cons else None, p['criado']],
                        pid=p['pid'], ov={'responsavel_nome': r['pid'], 'responsavel_nif': r['pid'], 'responsavel_telemovel': r['pid']} if r else {}))
med_cols = [('id', 'integer NOT NULL', None), ('nome', 'character varying(160) NOT NULL', 'name'),
            ('titulo', 'character varying(8)', None), ('especialidade', 'character varying(60)', None),
            ('cedula_omd', 'character varying(8)', None), ('clinica_id', 'integer', None),
            ('email', 'character varying(160)', 'email'), ('telemovel', 'character varying(20)', 'phone'),
            ('utilizador', 'character varying(40) NOT NULL', 'username'), ('password_hash', 'character varying(128) NOT NULL', 'password'),
            ('ultimo_login', 'timestamp without time zone', 'activity'), ('perfil', 'character varying(20) NOT NULL', 'account_type'),
            ('ativo', 'boolean DEFAULT true NOT NULL', None)]
med_rows = []
for s in staff:
    pw = 'pbkdf2_sha256$600000$%s$%s' % (alnum(R, 22), base64.b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode())
    med_rows.append(Row([s['id'], '%s %s' % (s['nome'], s['apel']), s['tit'] if s['cedula'] else None, s['esp'], s['cedula'],
                         s['ci'] + 1, s['email'], s['movel'], s['user'], pw, rdt(R, NOW - dt.timedelta(days=20), NOW),
                         'diretor_clinico' if s['id'] in (1, 2) else ('clinico' if s['cedula'] else 'assistente'), True], pid=s['pid']))
# consultas
TIPOS = [('Consulta de avaliação', 30), ('Destartarização', 45), ('Restauração', 45), ('Endodontia', 60), ('Ortodontia - manutenção', 20),
         ('Extração', 30), ('Branqueamento', 60), ('Implante - cirurgia', 90), ('Consulta de urgência', 30), ('Odontopediatria', 30)]
OBS = ['Sem intercorrências.', 'Dor à percussão no 36. Rx periapical.', 'Paciente refere sensibilidade ao frio.',
       'Ajuste de arco superior.', 'Restauração classe II em compósito no 25.', 'Agendar controlo a 6 meses.',
       'Higiene oral deficiente, reforçar escovagem.', 'Anestesia local articaína 4%.', '', '', 'Faltou sem aviso.',
       'Remoção de pontos.', 'Orçamento entregue para reabilitação.']
cons = []
for p in patients:
    for _ in range(R.randint(1, 14)):
        t = rdt(R, max(p['criado'], dt.datetime(2021, 1, 1)), NOW + dt.timedelta(days=45))
        t = t.replace(hour=R.choice([9, 9, 10, 11, 12, 14, 15, 16, 17, 18, 19]), minute=R.choice([0, 15, 30, 45]), second=0)
        tipo, dur = R.choice(TIPOS)
        if (NOW.date() - p['dob']).days < 12 * 365:
            tipo, dur = R.choice([('Odontopediatria', 30), ('Consulta de avaliação', 30), ('Ortodontia - manutenção', 20)])
        est = 'agendada' if t > NOW else R.choices(['realizada', 'falta', 'desmarcada'], [86, 6, 8])[0]
        med = R.choice([s for s in staff if s['ci'] == p['ci']] or staff)
        cons.append((t, p, med, tipo, dur, est))
cons.sort(key=lambda x: x[0])
con_cols = [('id', 'integer NOT NULL', None), ('paciente_id', 'integer NOT NULL', None), ('medico_id', 'integer NOT NULL', None),
            ('clinica_id', 'integer NOT NULL', None), ('inicio', 'timestamp without time zone NOT NULL', 'activity'),
            ('fim', 'timestamp without time zone NOT NULL', 'activity'), ('tipo', 'character varying(60) NOT NULL', None),
            ('estado', 'character varying(16) NOT NULL', None), ('gabinete', 'character varying(4)', None), ('observacoes', 'text', None)]
con_rows = []
for i, (t, p, med, tipo, dur, est) in enumerate(cons, 1):
    p.setdefault('cons', []).append((t, est))
    con_rows.append(Row([i, p['id'], med['id'], p['ci'] + 1, t, t + dt.timedelta(minutes=dur), tipo, est, 'G%d' % R.randint(1, 4),
                         (R.choice(OBS) if est == 'realizada' else ('' if est == 'agendada' else 'Desmarcou por SMS.' if est == 'desmarcada' else 'Faltou sem aviso.'))],
                        pid=p['pid']))
# faturas
PRECO = {'Consulta de avaliação': 40, 'Destartarização': 55, 'Restauração': 70, 'Endodontia': 180, 'Ortodontia - manutenção': 60,
         'Extração': 65, 'Branqueamento': 250, 'Implante - cirurgia': 950, 'Consulta de urgência': 50, 'Odontopediatria': 35}
fat_cols = [('id', 'integer NOT NULL', None), ('numero', 'character varying(24) NOT NULL', None), ('atcud', 'character varying(24) NOT NULL', None),
            ('consulta_id', 'integer', None), ('paciente_id', 'integer NOT NULL', None),
            ('nif_adquirente', 'character(9) NOT NULL', 'government_id'), ('nome_adquirente', 'character varying(160)', 'name'),
            ('nif_emitente', 'character(9) NOT NULL', None), ('emitida_em', 'timestamp without time zone NOT NULL', 'activity'),
            ('total', 'numeric(10,2) NOT NULL', None), ('iva', 'numeric(10,2) DEFAULT 0 NOT NULL', None),
            ('metodo_pagamento', 'character varying(20)', None), ('entidade_mb', 'character(5)', None),
            ('referencia_mb', 'character(9)', None), ('estado', 'character varying(12) NOT NULL', None)]
fat_rows = []
mb_pass = 0
mb_n = 0
serie = 'JJ3B7K2M'
for i, r in enumerate([r for r in con_rows if r.v[7] == 'realizada'], 1):
    p = patients[r.v[1] - 1]
    t = r.v[5] + dt.timedelta(minutes=R.randint(1, 15))
    buyer = p['resp'] if p['resp'] else p
    if R.random() < 0.08:
        nif_a, nome_a, bpid = '999999990', 'Consumidor final', None
    else:
        nif_a = buyer['nif']
        nome_a = buyer['nome'] if p['resp'] else '%s %s' % (p['nome'], p['apel'])
        bpid = buyer['pid']
    met = R.choices(['Multibanco', 'MB WAY', 'Numerário', 'Cartão', 'Referência MB', 'Transferência'], [30, 25, 10, 20, 10, 5])[0]
    ref = None
    ent = None
    if met == 'Referência MB':
        ent = '21%03d' % R.randint(100, 999)
        ref = '%09d' % R.randint(0, 999999999)
        mb_n += 1
        mb_pass += nif_ok(ref)
    fat_rows.append(Row([i, 'FR %s%d/%d' % ('SA', t.year, i), '%s-%d' % (serie, i), r.v[0], p['id'], nif_a, nome_a, NIPC, t,
                         '%.2f' % PRECO[r.v[6]], '0.00', met, ent, ref, R.choices(['paga', 'anulada', 'pendente'], [94, 2, 4])[0]],
                        pid=bpid))
    if bpid is None:
        pass

out.append(pg_create('clinicas', clin_cols, OWN))
out.append(pg_create('pacientes', pac_cols, OWN))
out.append(pg_create('medicos', med_cols, OWN))
out.append(pg_create('consultas', con_cols, OWN))
out.append(pg_create('faturas', fat_cols, OWN))
for tn in ['clinicas', 'pacientes', 'medicos', 'consultas', 'faturas']:
    out.append('--\n-- Name: %s id; Type: DEFAULT; Schema: public; Owner: %s\n--\n\n'
               "ALTER TABLE ONLY public.%s ALTER COLUMN id SET DEFAULT nextval('public.%s_id_seq'::regclass);\n\n\n" % (tn, OWN, tn, tn))
out.append(pg_copy(T, SQLF, 'clinicas', clin_cols, clin_rows, OWN))
out.append(pg_copy(T, SQLF, 'consultas', con_cols, con_rows, OWN))
out.append(pg_copy(T, SQLF, 'faturas', fat_cols, fat_rows, OWN))
out.append(pg_copy(T, SQLF, 'medicos', med_cols, med_rows, OWN))
out.append(pg_copy(T, SQLF, 'pacientes', pac_cols, pac_rows, OWN))
out.append(pg_footer([('clinicas', len(clin_rows)), ('consultas', len(con_rows)), ('faturas', len(fat_rows)), ('medicos', len(med_rows)), ('pacientes', len(pac_rows))],
                     [('consultas', 'paciente_id', 'pacientes'), ('consultas', 'medico_id', 'medicos'), ('faturas', 'paciente_id', 'pacientes'),
                      ('faturas', 'consulta_id', 'consultas'), ('pacientes', 'clinica_id', 'clinicas')],
                     [('idx_consultas_paciente', 'consultas', 'paciente_id'), ('idx_consultas_inicio', 'consultas', 'inicio'),
                      ('idx_pacientes_nif', 'pacientes', 'nif'), ('idx_faturas_paciente', 'faturas', 'paciente_id')]))
wtext(SQLF, ''.join(out))
T.look(SQLF, 'clinicas.nif_entidade', 'NIPC of the clinic company (valid mod-11, a legal person)')
T.look(SQLF, 'faturas.nif_emitente', 'NIPC of the clinic company (valid mod-11, a legal person)')
T.look(SQLF, 'faturas.referencia_mb', '9-digit Multibanco payment references, same length as a NIF; %d of %d pass the NIF mod-11 check by chance' % (mb_pass, mb_n))
T.look(SQLF, 'faturas.numero', 'invoice number')
T.look(SQLF, 'faturas.atcud', 'ATCUD invoice code')
T.look(SQLF, 'pacientes.numero_processo', 'patient file number')
T.look(SQLF, 'medicos.cedula_omd', 'professional registration number of the dentists\' order (not a national id)')
T.look(SQLF, 'clinicas.morada', 'clinic address')
T.look(SQLF, 'clinicas.telefone', 'clinic phone')
T.look(SQLF, 'pacientes.alergias', 'clinical free text, no identifiers')
T.look(SQLF, 'consultas.observacoes', 'clinical notes, no identifiers')

# ---------------- XLSX listing with title rows
import openpyxl
from openpyxl.styles import Font
XF = 'listagem_pacientes_2024-05.xlsx'
wb = openpyxl.Workbook()
ws = wb.active
ws.title = 'Pacientes'
ws['A1'] = 'Clínicas Sorriso Atlântico — Listagem de pacientes ativos'
ws['A1'].font = Font(bold=True, size=14)
ws['A2'] = 'Clínica: Todas    |    Período: 01/01/2023 a 14/05/2024    |    Exportado em 14/05/2024 18:22'
hdr = [('Nº Processo', None), ('Nome', 'name'), ('NIF', 'government_id'), ('Nº Utente SNS', 'government_id'),
       ('Data Nasc.', 'date_of_birth'), ('Telemóvel', 'phone'), ('E-mail', 'email'), ('Código Postal', 'location'),
       ('Localidade', 'location'), ('Seguradora', None), ('Última consulta', 'activity'), ('Próxima consulta', 'activity')]
for j, (h, _) in enumerate(hdr, 1):
    ws.cell(row=4, column=j, value=h).font = Font(bold=True)
xrows = []
for p in patients:
    past = [t for t, e in p.get('cons', []) if t <= NOW and e == 'realizada']
    fut = [t for t, e in p.get('cons', []) if t > NOW]
    if not past or max(past) < dt.datetime(2023, 1, 1):
        continue
    r = p['resp']
    xrows.append(Row([p['proc'], '%s %s' % (p['nome'], p['apel']), p['nif'], p['utente'], p['dob'],
                      p['movel'] or (r['movel'] if r else None), p['email'], p['cp'], p['loc'], p['seg'] or 'Particular',
                      max(past), min(fut) if fut else None], pid=p['pid'],
                     ov={'Telemóvel': r['pid']} if (r and not p['movel']) else {}))
for i, r in enumerate(xrows):
    for j, v in enumerate(r.v, 1):
        c = ws.cell(row=5 + i, column=j, value=v)
        if isinstance(v, dt.datetime):
            c.number_format = 'dd/mm/yyyy hh:mm'
        elif isinstance(v, dt.date):
            c.number_format = 'dd/mm/yyyy'
_record_rows(T, XF, '', hdr, xrows)
ws2 = wb.create_sheet('Resumo')
ws2.append(['Clínica', 'Pacientes ativos'])
for k, c in enumerate(CLIN):
    ws2.append([c[0], sum(1 for r in xrows if patients[[p['proc'] for p in patients].index(r.v[0])]['ci'] == k)])
wb.properties.creator = 'SorrisoGest 5.2'
wb.properties.created = NOW
_b = io.BytesIO()
wb.save(_b)
# make the file byte-for-byte reproducible: fixed modified time and zip entry dates
import re as _re
with zipfile.ZipFile(io.BytesIO(_b.getvalue())) as zin, zipfile.ZipFile(os.path.join(OUT, XF), 'w', zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == 'docProps/core.xml':
            data = _re.sub(rb'(<dcterms:modified[^>]*>)[^<]*(<)', rb'\g<1>2024-05-14T18:22:00Z\2', data)
        zi = zipfile.ZipInfo(item.filename, date_time=(2024, 5, 14, 18, 22, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zout.writestr(zi, data)
T.look(XF, 'Nº Processo', 'patient file number')
T.look(XF, 'Seguradora', 'insurer name')

# ---------------- application properties
PF = 'application-prod.properties'
props = [
    ('# SorrisoGest - configuração de produção', None),
    ('# gerado pelo instalador em 2023-11-02; editar apenas via Ansible', None),
    ('spring.datasource.url', 'jdbc:postgresql://pg-sorriso-01.lan:5432/sorriso_prod'),
    ('spring.datasource.username', 'sorriso'),
    ('spring.datasource.password', alnum(R, 20)),
    ('spring.datasource.hikari.maximum-pool-size', '15'),
    ('spring.jpa.open-in-view', 'false'),
    ('spring.mail.host', 'smtp.office365.com'),
    ('spring.mail.port', '587'),
    ('spring.mail.username', 'notificacoes@sorrisoatlantico.pt'),
    ('spring.mail.password', alnum(R, 16)),
    ('app.jwt.secret', base64.b64encode(bytes(R.getrandbits(8) for _ in range(48))).decode()),
    ('app.jwt.expiration-minutes', '480'),
    ('app.rgpd.dpo-email', DPO['email']),
    ('app.rgpd.dpo-nome', DPO['nome']),
    ('app.rgpd.retencao-anos', '10'),
    ('sms.gateway.url', 'https://api.smsgateway.pt/v2/send'),
    ('sms.gateway.api-key', hexstr(R, 32)),
    ('sms.gateway.remetente', 'SorrisoAtl'),
    ('sms.lembretes.cron', '0 0 9 * * MON-SAT'),
    ('faturacao.serie', serie),
    ('faturacao.nif-emitente', NIPC),
    ('faturacao.at.webservice.utilizador', '%s/3' % NIPC),
    ('faturacao.at.webservice.password', alnum(R, 12)),
    ('faturacao.ifthenpay.mb-key', 'ABC-%s' % alnum(R, 6, string.ascii_uppercase + string.digits)),
    ('faturacao.ifthenpay.anti-phishing-key', hexstr(R, 40)),
    ('logging.level.root', 'INFO'),
    ('logging.file.name', '/var/log/sorrisogest/app.log'),
]
wtext(PF, ''.join((k + '\n') if v is None else '%s=%s\n' % (k, v) for k, v in props))
for k in ['spring.datasource.password', 'spring.mail.password', 'app.jwt.secret', 'sms.gateway.api-key',
          'faturacao.at.webservice.password', 'faturacao.ifthenpay.mb-key', 'faturacao.ifthenpay.anti-phishing-key']:
    T.rec(PF, k, 'secret', None)
T.rec(PF, 'app.rgpd.dpo-email', 'email', DPO['pid'])
T.rec(PF, 'app.rgpd.dpo-nome', 'name', DPO['pid'])
T.look(PF, 'faturacao.nif-emitente', 'company NIPC')
T.look(PF, 'spring.mail.username', 'role mailbox of the clinic, not a person')

# ---------------- SMS reminder / portal application log
LF = 'sorrisogest-app.log'
ll = []
ISP = ['85.240', '85.243', '89.115', '94.60', '148.63', '188.81', '2.80', '95.93', '213.22', '176.79']
for p in patients:
    p['ip'] = public_ipv4(R, ISP)
LSTART = dt.datetime(2024, 5, 6, 0, 0, 0)
for (t, p, med, tipo, dur, est) in cons:
    if not (LSTART + dt.timedelta(days=1) <= t <= NOW + dt.timedelta(days=2)):
        continue
    dest = p['movel'] or (p['resp']['movel'] if p['resp'] else None)
    owner = p['pid'] if p['movel'] else (p['resp']['pid'] if p['resp'] else None)
    st = (t - dt.timedelta(days=1)).replace(hour=9, minute=0, second=R.randint(1, 59))
    if dest:
        ll.append((st, '%s.%03d INFO  [lembretes-scheduler] c.s.sms.LembreteJob - Lembrete enviado consulta=%d paciente=%d destino=+351%s gateway_id=%s' % (
            fmt_dt(st), R.randint(0, 999), cons.index((t, p, med, tipo, dur, est)) + 1, p['id'], dest.replace(' ', ''), hexstr(R, 12))))
        T.txt(LF, 'phone', owner)
        T.txt(LF, 'activity', p['pid'])
        if R.random() < 0.25:
            rt = st + dt.timedelta(minutes=R.randint(3, 300))
            ll.append((rt, '%s.%03d INFO  [sms-webhook] c.s.sms.RespostaController - Resposta SMS de +351%s: "%s" -> consulta=%d' % (
                fmt_dt(rt), R.randint(0, 999), dest.replace(' ', ''), R.choice(['SIM', 'Sim', 'ok', 'NAO', 'Confirmo']),
                cons.index((t, p, med, tipo, dur, est)) + 1)))
            T.txt(LF, 'phone', owner)
    else:
        ll.append((st, '%s.%03d WARN  [lembretes-scheduler] c.s.sms.LembreteJob - Paciente %d sem telemóvel; lembrete não enviado (consulta=%d)' % (
            fmt_dt(st), R.randint(0, 999), p['id'], cons.index((t, p, med, tipo, dur, est)) + 1)))
for p in R.sample([p for p in patients if not p['resp']], 38):
    for _ in range(R.randint(1, 3)):
        t = rdt(R, LSTART, NOW)
        ll.append((t, '%s.%03d INFO  [portal] c.s.portal.AuthController - Login portal paciente nif=%s ip=%s' % (fmt_dt(t), R.randint(0, 999), p['nif'], p['ip'])))
        T.txt(LF, 'government_id', p['pid'])
        T.txt(LF, 'ip_address', p['pid'])
        T.txt(LF, 'activity', p['pid'])
        if R.random() < 0.3:
            t2 = t + dt.timedelta(seconds=R.randint(20, 200))
            ll.append((t2, '%s.%03d INFO  [portal] c.s.portal.MarcacaoController - Pedido de marcação paciente=%d clinica=%d tipo="%s"' % (
                fmt_dt(t2), R.randint(0, 999), p['id'], p['ci'] + 1, R.choice(TIPOS)[0])))
for _ in range(6):
    t = rdt(R, LSTART, NOW)
    ll.append((t, '%s.%03d WARN  [portal] c.s.portal.AuthController - Falha de autenticação nif=%s ip=%s (tentativa 1/5)' % (
        fmt_dt(t), R.randint(0, 999), make_nif('2'), public_ipv4(R))))
for s in staff:
    for _ in range(R.randint(3, 8)):
        t = rdt(R, LSTART, NOW).replace(hour=R.choice([8, 9, 13, 14]))
        ll.append((t, '%s.%03d INFO  [http-nio-8080-exec-%d] c.s.security.LoginListener - Autenticação bem-sucedida utilizador=%s origem=10.12.%d.%d' % (
            fmt_dt(t), R.randint(0, 999), R.randint(1, 20), s['user'], s['ci'] + 1, R.randint(20, 90))))
        T.txt(LF, 'username', s['pid'])
        T.txt(LF, 'ip_address', s['pid'])
        T.txt(LF, 'activity', s['pid'])
for _ in range(40):
    t = rdt(R, LSTART, NOW)
    ll.append((t, '%s.%03d %s' % (fmt_dt(t), R.randint(0, 999), R.choice([
        'INFO  [scheduling-1] c.s.faturacao.ComunicacaoAT - Comunicação de faturas à AT concluída: 0 pendentes',
        'DEBUG [HikariPool-1 housekeeper] com.zaxxer.hikari.pool.HikariPool - HikariPool-1 - Pool stats (total=15, active=1, idle=14, waiting=0)',
        'INFO  [scheduling-1] c.s.backup.BackupJob - Backup incremental concluído (412 MB)',
        'WARN  [sms-webhook] c.s.sms.GatewayClient - Latência elevada do gateway SMS: 2140 ms']))))
ll.sort(key=lambda x: x[0])
wtext(LF, ''.join(l + '\n' for _, l in ll))
T.txt(LF, 'ip_address', None)  # failed logins from unknown IPs (not counted)

# ---------------- control: price table
CF = 'tabela_precos_2024.csv'
precos = [('CONS01', 'Consulta de avaliação', '40,00', 'Medicina Dentária Geral'), ('CONS02', 'Consulta de urgência', '50,00', 'Medicina Dentária Geral'),
          ('HIG01', 'Destartarização e polimento', '55,00', 'Higiene Oral'), ('HIG02', 'Aplicação de selantes (por dente)', '20,00', 'Higiene Oral'),
          ('DEN01', 'Restauração em compósito - 1 face', '60,00', 'Dentisteria'), ('DEN02', 'Restauração em compósito - 2 faces', '70,00', 'Dentisteria'),
          ('END01', 'Endodontia monorradicular', '150,00', 'Endodontia'), ('END02', 'Endodontia multirradicular', '220,00', 'Endodontia'),
          ('CIR01', 'Extração simples', '65,00', 'Cirurgia Oral'), ('CIR02', 'Extração de siso incluso', '180,00', 'Cirurgia Oral'),
          ('IMP01', 'Implante (cirurgia)', '950,00', 'Implantologia'), ('IMP02', 'Coroa sobre implante em zircónia', '750,00', 'Implantologia'),
          ('ORT01', 'Aparelho fixo metálico (por arcada)', '900,00', 'Ortodontia'), ('ORT02', 'Consulta de manutenção ortodôntica', '60,00', 'Ortodontia'),
          ('EST01', 'Branqueamento em consultório', '250,00', 'Estética'), ('PED01', 'Consulta de odontopediatria', '35,00', 'Odontopediatria'),
          ('RX01', 'Radiografia periapical', '15,00', 'Imagiologia'), ('RX02', 'Ortopantomografia', '35,00', 'Imagiologia')]
write_csv(T, CF, [('Código', None), ('Designação', None), ('Preço (€)', None), ('Área', None), ('IVA', None), ('Comparticipação ADSE', None)],
          [Row([a, b, c, d, 'Isento (art. 9.º CIVA)', R.choice(['Sim', 'Não'])]) for a, b, c, d in precos], delimiter=';', encoding='cp1252')
T.control(CF)

T.write(
    brief='Clínicas Sorriso Atlântico, a Portuguese dental clinic network (6 clinics, Lisboa to Faro), running the '
          'SorrisoGest practice software. Portuguese. PostgreSQL pg_dump (clinicas, pacientes with NIF / número de '
          'utente / insurance beneficiary number and, for minors, the guardian, medicos = clinical staff logins, '
          'consultas, faturas), an XLSX patient listing with title rows above the header (row 4), the Spring '
          'application-prod.properties with secrets and the DPO contact, the application log (SMS reminders, patient '
          'portal logins by NIF, staff logins) and a cp1252 ";" price table (control).',
    notes='People = patients + guardians of minor patients who are not patients themselves + clinical staff + the DPO '
          'named in the properties file. For minors whose guardian is an adult patient, the responsavel_* columns are '
          'attributed to that patient (no new person). Invoices whose buyer is "Consumidor final" use the generic NIF '
          '999999990 (not a person, not attributed). Failed portal logins with random NIFs/IPs are not generated persons '
          '(their NIFs are random and not counted). NIFs are valid mod-11 (first digit 1/2/3 individuals, 5 the clinic '
          'company). Número de utente has no public checksum (9 random digits). Properties fields are named by key. '
          'XLSX header is on row 4 of sheet Pacientes; sheet Resumo holds counts only.',
    zero_cats=['secret'])
print('ok', len(patients), len(guardians), len(con_rows), len(fat_rows), len(ll))
