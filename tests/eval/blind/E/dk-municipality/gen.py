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
SEED = 5404
R = random.Random(SEED)
T = Truth()
reset_out()
NOW = dt.datetime(2024, 5, 14, 6, 0, 2)
KOMMUNE, KKODE = 'Silkeborg Kommune', '0740'

M_N = ['Peter', 'Jens', 'Lars', 'Søren', 'Niels', 'Michael', 'Henrik', 'Thomas', 'Jesper', 'Martin', 'Anders', 'Rasmus',
       'Mads', 'Mikkel', 'Christian', 'Frederik', 'Jonas', 'Emil', 'Ole', 'Poul', 'Bent', 'Erik', 'Kim', 'Morten', 'Kasper',
       'Jakob', 'Brian', 'Torben', 'Flemming', 'Ahmad', 'Mehmet']
F_N = ['Anne', 'Kirsten', 'Mette', 'Hanne', 'Susanne', 'Lene', 'Maria', 'Camilla', 'Louise', 'Charlotte', 'Pia', 'Tina',
       'Julie', 'Sofie', 'Karen', 'Inge', 'Birgit', 'Lone', 'Helle', 'Signe', 'Marianne', 'Bodil', 'Rikke', 'Trine',
       'Malene', 'Gitte', 'Fatima', 'Ayse']
KID_M = ['Noah', 'Oliver', 'William', 'Lucas', 'Carl', 'Magnus', 'Emil', 'Victor', 'Aksel', 'Alfred', 'Malthe', 'Elias', 'Valdemar', 'Otto']
KID_F = ['Emma', 'Ida', 'Freja', 'Clara', 'Alma', 'Laura', 'Ella', 'Agnes', 'Karla', 'Olivia', 'Josefine', 'Asta', 'Nora', 'Liva']
EFTER = ['Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Jørgensen',
         'Petersen', 'Madsen', 'Kristensen', 'Olsen', 'Thomsen', 'Christiansen', 'Poulsen', 'Johansen', 'Møller', 'Mortensen',
         'Knudsen', 'Jakobsen', 'Mikkelsen', 'Lund', 'Holm', 'Schmidt', 'Kjær', 'Bach', 'Dam', 'Østergaard', 'Lauridsen',
         'Vestergaard', 'Frandsen', 'Bertelsen', 'Iversen', 'Bech', 'Ahmed', 'Yilmaz', 'Nguyen', 'Bisgaard']
POST = [('8600', 'Silkeborg', 60), ('8620', 'Kjellerup', 10), ('8632', 'Lemming', 3), ('8643', 'Ans By', 3), ('8653', 'Them', 6),
        ('8654', 'Bryrup', 4), ('8680', 'Ry', 10), ('8641', 'Sorring', 4)]
VEJE = {'8600': ['Vestergade', 'Østergade', 'Nygade', 'Tværgade', 'Borgergade', 'Drewsensvej', 'Christian 8.s Vej', 'Frederiksberggade',
                 'Hostrupsgade', 'Kejlstrupvej', 'Århusvej', 'Viborgvej', 'Grauballevej', 'Funder Bygade', 'Balle Kirkevej', 'Sejs Bakke',
                 'Lyngbygade', 'Papirfabrikken', 'Estrupsvej', 'Nørreskov Bakke', 'Hulevej', 'Virklundvej', 'Gødvad Bakke', 'Skovvej',
                 'Marienlundsvej', 'Tulipanvej', 'Enebærvej', 'Ahornvej'],
        '8620': ['Østergade', 'Vestergade', 'Markedsgade', 'Søndergade', 'Nørregade', 'Rådhusvej', 'Grønnegade', 'Skovvænget'],
        '8632': ['Lemming Bygade', 'Kirkebakken', 'Grønhøjvej'], '8643': ['Ans Bygade', 'Tange Sø Vej', 'Skovgårdsvej'],
        '8653': ['Silkeborgvej', 'Vestergade', 'Bøgevej', 'Kildevej', 'Birkevej'], '8654': ['Bryrup Bygade', 'Vestergade', 'Stationsvej', 'Klostervej'],
        '8680': ['Skanderborgvej', 'Klostervej', 'Kildebrinken', 'Siimtoften', 'Nørregade', 'Ry Bygade', 'Søtoften', 'Bjerggårdsvej'],
        '8641': ['Sorring Bygade', 'Hovedgaden', 'Præstegårdsvej', 'Ørnevej']}
vejkoder = {}
for pn, vs in VEJE.items():
    for v in vs:
        vejkoder[(pn, v)] = '%04d' % R.randint(100, 9899)

W = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]
used_cpr = set()


def cpr(dob, sex):
    yy = dob.year % 100
    while True:
        if dob.year < 2000:
            d7 = R.choice('0123') if yy < 37 else R.choice('012349')
        else:
            d7 = R.choice('4956789') if yy <= 36 else R.choice('5678')
        base = '%02d%02d%02d%s%02d' % (dob.day, dob.month, yy, d7, R.randint(0, 99))
        if dob.year < 2007:
            s = sum(int(base[i]) * W[i] for i in range(9))
            last = (-s) % 11
            if last == 10:
                continue
        else:
            last = R.randint(0, 9)
        if (last % 2 == 0) != (sex == 'F'):
            continue
        n = base + str(last)
        if n in used_cpr:
            continue
        used_cpr.add(n)
        return n[:6] + '-' + n[6:]


def tlf(style=None):
    first = R.choice(['2', '2', '3', '4', '5', '6', '7', '9', '2', '5'])
    digits = first + ''.join(R.choice(string.digits) for _ in range(7))
    if first == '4':
        digits = '4' + R.choice('012') + digits[2:]
    style = R.randint(0, 3) if style is None else style
    if style == 0:
        return ' '.join(digits[i:i + 2] for i in range(0, 8, 2))
    if style == 1:
        return '+45 ' + ' '.join(digits[i:i + 2] for i in range(0, 8, 2))
    if style == 2:
        return digits
    return '+45' + digits


def mail(f, l, y):
    tr = str.maketrans({'ø': 'oe', 'æ': 'ae', 'å': 'aa', 'Ø': 'Oe', 'Æ': 'Ae', 'Å': 'Aa'})
    f2, l2 = f.translate(tr).lower(), l.translate(tr).lower()
    return R.choice(['%s.%s' % (f2, l2), '%s%s' % (f2, l2[:3]), '%s%d' % (f2, y % 100), '%s.%s%d' % (l2, f2, R.randint(1, 99))]) + \
        '@' + R.choice(['gmail.com', 'hotmail.com', 'live.dk', 'mail.dk', 'outlook.dk', 'stofanet.dk', 'jubii.dk', 'yahoo.dk'])


persons = {}


def new_person(kind, sex, first, last, dob):
    pid = '%s:%d' % (kind, len(persons) + 1)
    p = dict(pid=pid, sex=sex, first=first, last=last, dob=dob, cpr=cpr(dob, sex))
    persons[pid] = p
    return p


# ---------------- households
households = []
for h in range(1, 86):
    pn, by, _ = R.choices(POST, [w for _, _, w in POST])[0]
    vej = R.choice(VEJE[pn])
    typ = R.choices(['par_med_boern', 'par', 'enlig', 'enlig_med_boern', 'aeldre_enlig'], [32, 22, 20, 12, 14])[0]
    last = R.choice(EFTER)
    adults = []
    if typ == 'aeldre_enlig':
        sx = R.choice('FM')
        adults.append(new_person('borger', sx, R.choice(F_N if sx == 'F' else M_N), last, rdate(R, dt.date(1929, 1, 1), dt.date(1952, 12, 31))))
    else:
        sx = R.choice('FM')
        base = rdate(R, dt.date(1958, 1, 1), dt.date(2001, 12, 31))
        if typ in ('par_med_boern', 'enlig_med_boern'):
            base = rdate(R, dt.date(1974, 1, 1), dt.date(1996, 12, 31))
        adults.append(new_person('borger', sx, R.choice(F_N if sx == 'F' else M_N), last, base))
        if typ.startswith('par'):
            sx2 = 'M' if sx == 'F' else 'F'
            l2 = last if R.random() < 0.55 else R.choice(EFTER)
            adults.append(new_person('borger', sx2, R.choice(F_N if sx2 == 'F' else M_N), l2,
                                     min(dt.date(2003, 12, 31), base + dt.timedelta(days=R.randint(-2500, 2500)))))
    kids = []
    if typ.endswith('med_boern'):
        mom = adults[0]
        for _ in range(R.choice([1, 1, 2, 2, 3])):
            lo = max(mom['dob'] + dt.timedelta(days=20 * 365), dt.date(2006, 6, 1))
            hi = min(mom['dob'] + dt.timedelta(days=42 * 365), dt.date(2024, 3, 1))
            if lo >= hi:
                continue
            ks = R.choice('FM')
            kids.append(new_person('barn', ks, R.choice(KID_F if ks == 'F' else KID_M), last, rdate(R, lo, hi)))
    contact = None
    if typ == 'aeldre_enlig' and R.random() < 0.8:
        cs = R.choice('FM')
        contact = dict(pid='kontakt:%d' % h, navn='%s %s' % (R.choice(F_N if cs == 'F' else M_N), R.choice([last, R.choice(EFTER)])),
                       tlf=tlf(0), rel=R.choice(['søn', 'datter', 'nabo', 'værge', 'datter', 'søn']))
    for a in adults:
        a['tlf'] = tlf() if R.random() < 0.92 else None
        a['email'] = mail(a['first'], a['last'], a['dob'].year) if (R.random() < 0.75 and a['dob'].year > 1940) else None
    etage = R.choice([None, None, 'st', '1', '2', '3', '4']) if pn in ('8600', '8620') else None
    hh = dict(id='H-%s-%05d' % (KKODE, 1000 + h * 13), vej=vej, nr=str(R.randint(1, 140)) + R.choice(['', '', '', 'A', 'B']),
              etage=etage, doer=R.choice(['th', 'tv', 'mf']) if etage else None, pn=pn, by=by, typ=typ,
              bolig=R.choice(['ejerbolig', 'lejebolig', 'andelsbolig', 'almen bolig']) if typ != 'aeldre_enlig' else R.choice(['ejerbolig', 'plejebolig', 'ældrebolig']),
              ind=rdate(R, dt.date(1985, 1, 1), dt.date(2024, 4, 1)), adults=adults, kids=kids, contact=contact)
    households.append(hh)

caseworkers = []
for k, (f, l, afd) in enumerate([('Mette', 'Kjærgaard', 'Borgerservice'), ('Lars', 'Bech', 'Borgerservice'), ('Hanne', 'Dalsgaard', 'Jobcenter'),
                                 ('Søren', 'Vinther', 'Jobcenter'), ('Pia', 'Lykke', 'Familie og Børn'), ('Trine', 'Munk', 'Familie og Børn'),
                                 ('Anders', 'Høj', 'Sundhed og Omsorg'), ('Birgit', 'Skou', 'Sundhed og Omsorg'), ('Jakob', 'Thygesen', 'Ydelsescenter'),
                                 ('Rikke', 'Gram', 'Ydelsescenter'), ('Camilla', 'Friis', 'Borgerservice'), ('Morten', 'Ravn', 'Jobcenter')], 1):
    init = (f[0] + l[:2]).lower().replace('ø', 'o').replace('æ', 'a').replace('å', 'a')
    caseworkers.append(dict(pid='medarbejder:%d' % k, navn='%s %s' % (f, l), init=init, afd=afd,
                            ip='10.140.%d.%d' % (R.randint(10, 30), R.randint(20, 230))))

# ---------------- JSON export
JF = 'husstande_eksport_2024-05-14.json'
hs_json = []
for hh in households:
    meds = []
    for j, a in enumerate(hh['adults']):
        m = OrderedDict([('cpr', a['cpr']), ('fornavn', a['first']), ('efternavn', a['last']), ('foedselsdato', a['dob'].isoformat()),
                         ('koen', 'K' if a['sex'] == 'F' else 'M'), ('rolle', 'voksen'),
                         ('civilstand', 'gift' if hh['typ'].startswith('par') and R.random() < 0.7 else R.choice(['ugift', 'fraskilt', 'enke/enkemand' if hh['typ'] == 'aeldre_enlig' else 'ugift'])),
                         ('telefon', a['tlf']), ('email', a['email']), ('digital_post', R.random() < 0.9 if a['dob'].year > 1935 else False)])
        T.rec(JF, 'husstande.medlemmer.cpr', 'government_id', a['pid'])
        T.rec(JF, 'husstande.medlemmer.fornavn', 'name', a['pid'])
        T.rec(JF, 'husstande.medlemmer.efternavn', 'name', a['pid'])
        T.rec(JF, 'husstande.medlemmer.foedselsdato', 'date_of_birth', a['pid'])
        if a['tlf']:
            T.rec(JF, 'husstande.medlemmer.telefon', 'phone', a['pid'])
        if a['email']:
            T.rec(JF, 'husstande.medlemmer.email', 'email', a['pid'])
        if j == 0 and hh['kids']:
            boern = []
            for kd in hh['kids']:
                boern.append(OrderedDict([('cpr', kd['cpr']), ('fornavn', kd['first']), ('efternavn', kd['last']),
                                          ('foedselsdato', kd['dob'].isoformat()), ('koen', 'K' if kd['sex'] == 'F' else 'M'),
                                          ('forældremyndighed', 'fælles' if len(hh['adults']) > 1 else 'eneforældremyndighed')]))
                T.rec(JF, 'husstande.medlemmer.boern.cpr', 'government_id', kd['pid'])
                T.rec(JF, 'husstande.medlemmer.boern.fornavn', 'name', kd['pid'])
                T.rec(JF, 'husstande.medlemmer.boern.efternavn', 'name', kd['pid'])
                T.rec(JF, 'husstande.medlemmer.boern.foedselsdato', 'date_of_birth', kd['pid'])
            m['boern'] = boern
        else:
            m['boern'] = []
        meds.append(m)
    everyone = hh['adults'] + hh['kids']
    adr = OrderedDict([('kommunekode', KKODE), ('vejkode', vejkoder[(hh['pn'], hh['vej'])]), ('vejnavn', hh['vej']), ('husnr', hh['nr']),
                       ('etage', hh['etage']), ('doer', hh['doer']), ('postnr', hh['pn']), ('postdistrikt', hh['by'])])
    for f in ('vejnavn', 'husnr', 'etage', 'doer', 'postnr', 'postdistrikt'):
        if adr[f]:
            for p in everyone:
                T.rec(JF, 'husstande.adresse.' + f, 'location', p['pid'])
    obj = OrderedDict([('husstand_id', hh['id']), ('adresse', adr), ('boligtype', hh['bolig']), ('husstandstype', hh['typ']),
                       ('tilflytningsdato', hh['ind'].isoformat()), ('antal_personer', len(everyone)), ('medlemmer', meds)])
    if hh['contact']:
        c = hh['contact']
        obj['kontaktperson'] = OrderedDict([('navn', c['navn']), ('telefon', c['tlf']), ('relation', c['rel'])])
        T.rec(JF, 'husstande.kontaktperson.navn', 'name', c['pid'])
        T.rec(JF, 'husstande.kontaktperson.telefon', 'phone', c['pid'])
    hs_json.append(obj)
doc = OrderedDict([('eksport', OrderedDict([('system', 'BorgerSag 4.2'), ('kommune', KOMMUNE), ('kommunekode', KKODE),
                                            ('genereret', NOW.strftime('%Y-%m-%dT%H:%M:%S') + '+02:00'), ('antal_husstande', len(hs_json)),
                                            ('udtrukket_af', 'integration-bruger: bs-eksport')])),
                   ('husstande', hs_json)])
wtext(JF, json.dumps(doc, ensure_ascii=False, indent=2) + '\n')
T.look(JF, 'husstande.adresse.vejkode', '4-digit road code')
T.look(JF, 'husstande.adresse.kommunekode', 'municipality code')
T.look(JF, 'husstande.husstand_id', 'household id')
T.amb(JF, 'husstande.tilflytningsdato')

# ---------------- cases CSV (';', UTF-8 with BOM)
CF = 'sager_aktive_2024.csv'
SAGSTYPER = [('Ansøgning om boligstøtte', '27.24.00', 'Ydelsescenter'), ('Kontanthjælp', '15.20.02', 'Jobcenter'),
             ('Sygedagpenge', '32.21.00', 'Jobcenter'), ('Hjemmehjælp - praktisk hjælp', '27.12.04', 'Sundhed og Omsorg'),
             ('Hjælpemidler - rollator', '27.36.04', 'Sundhed og Omsorg'), ('Skoleskift', '17.04.00', 'Familie og Børn'),
             ('Økonomisk fripladstilskud', '28.09.04', 'Familie og Børn'), ('Nyt sundhedskort', '29.09.00', 'Borgerservice'),
             ('Pas - udstedelse', '29.03.04', 'Borgerservice'), ('Flytning - adresseændring', '23.00.00', 'Borgerservice'),
             ('Personligt tillæg (pension)', '32.06.10', 'Ydelsescenter'), ('Tandpleje - børn', '29.15.08', 'Familie og Børn')]
NOTAT = ['Afventer dokumentation fra borger.', 'Partshøring sendt via Digital Post.', 'Sagen er oplyst, klar til afgørelse.',
         'Lønsedler modtaget.', 'Bevilget jf. servicelovens § 83.', 'Afslag sendt - klagevejledning vedlagt.', '', '']
case_rows = []
cases = []
n = 0
for hh in households:
    for p in hh['adults'] + hh['kids']:
        is_kid = p['pid'].startswith('barn')
        if R.random() > (0.35 if is_kid else 0.7):
            continue
        for _ in range(R.choice([1, 1, 1, 2, 2, 3])):
            n += 1
            pool = [s for s in SAGSTYPER if (s[2] == 'Familie og Børn') == is_kid or (not is_kid and s[2] == 'Borgerservice')]
            if (NOW.date() - p['dob']).days > 67 * 365:
                pool = [s for s in SAGSTYPER if s[2] in ('Sundhed og Omsorg', 'Borgerservice') or s[0].startswith('Personligt')]
            st, kle, afd = R.choice(pool)
            cw = R.choice([c for c in caseworkers if c['afd'] == afd])
            opr = rdt(R, dt.datetime(2023, 9, 1), NOW - dt.timedelta(days=1)).replace(hour=R.randint(8, 15))
            status = R.choices(['Under behandling', 'Afventer borger', 'Afgjort', 'Lukket', 'Modtaget'], [30, 20, 20, 15, 15])[0]
            note = R.choice(NOTAT)
            ex = {}
            ov = {}
            guardian = hh['adults'][0]
            if R.random() < 0.22:
                who = guardian if is_kid else p
                if who.get('tlf'):
                    note = 'Borger ringede fra %s vedr. status på sagen. %s' % (who['tlf'], note)
                    ex['Seneste notat'] = ['phone']
                    ov['Seneste notat'] = who['pid']
            elif is_kid and R.random() < 0.5:
                note = 'Samtale med mor/far %s %s. %s' % (guardian['first'], guardian['last'], note)
                ex['Seneste notat'] = ['name']
                ov['Seneste notat'] = guardian['pid']
            frist = (opr + dt.timedelta(days=R.choice([14, 28, 30, 56, 90]))).date()
            sagsnr = '%s-%s-%06d' % (opr.strftime('%y'), kle.replace('.', '')[:4], 4000 + n * 11)
            cases.append(dict(nr=sagsnr, p=p, cw=cw, opr=opr, st=st))
            case_rows.append(Row([sagsnr, p['cpr'], '%s %s' % (p['first'], p['last']), st, '%s.G01' % kle, opr.strftime('%d-%m-%Y %H:%M'),
                                  status, cw['navn'], cw['init'].upper(), afd, frist.strftime('%d-%m-%Y'), note],
                                 pid=p['pid'], ov=dict(ov, **{'Sagsbehandler': cw['pid'], 'Initialer': cw['pid']}), ex=ex))
data = write_csv(T, CF, [('Sagsnr', None), ('CPR-nr', 'government_id'), ('Navn', 'name'), ('Sagstype', None), ('KLE-nr', None),
                         ('Oprettet', 'activity'), ('Status', None), ('Sagsbehandler', 'name'), ('Initialer', None), ('Afdeling', None),
                         ('Frist', None), ('Seneste notat', None)], case_rows, delimiter=';', encoding='utf-8-sig')
T.look(CF, 'Sagsnr', 'case numbers')
T.look(CF, 'KLE-nr', 'KLE classification code (dotted digits)')
T.look(CF, 'Frist', 'case deadline date')
T.look(CF, 'Status', 'case status')
T.amb(CF, 'Initialer')

# ---------------- audit log
AF = 'borgersag-audit.log'
al = []
LSTART = dt.datetime(2024, 5, 6, 0, 0, 0)
recent = [c for c in cases]
for c in caseworkers:
    for d in range(8):
        day = LSTART + dt.timedelta(days=d)
        if day.weekday() >= 5:
            continue
        t = day.replace(hour=R.choice([7, 8, 8, 9]), minute=R.randint(0, 59), second=R.randint(0, 59))
        al.append((t, '%s INFO  [auth] bruger=%s handling=LOGIN metode=AD-SSO klient=%s' % (t.strftime('%Y-%m-%dT%H:%M:%S.') + '%03d+02:00' % R.randint(0, 999), c['init'], c['ip'])))
        T.txt(AF, 'username', c['pid']); T.txt(AF, 'ip_address', c['pid']); T.txt(AF, 'activity', c['pid'])
        mine = [k for k in recent if k['cw'] is c]
        for k in R.sample(mine, min(len(mine), R.randint(1, 6))):
            t = t + dt.timedelta(minutes=R.randint(2, 50))
            act = R.choice(['VIS_SAG', 'VIS_SAG', 'OPDATER_SAG', 'OPSLAG_CPR', 'SEND_DIGITAL_POST', 'JOURNALISER'])
            al.append((t, '%s INFO  [audit] bruger=%s handling=%s sag=%s cpr=%s klient=%s' % (
                t.strftime('%Y-%m-%dT%H:%M:%S.') + '%03d+02:00' % R.randint(0, 999), c['init'], act, k['nr'], k['p']['cpr'], c['ip'])))
            T.txt(AF, 'government_id', k['p']['pid']); T.txt(AF, 'activity', c['pid'])
ISP = ['80.62', '87.49', '90.185', '77.241', '5.186', '188.176', '93.161', '2.104', '185.107']
for hh in households:
    for a in hh['adults']:
        if R.random() < 0.3 and (NOW.date() - a['dob']).days < 80 * 365:
            ip = public_ipv4(R, ISP)
            for _ in range(R.randint(1, 3)):
                t = rdt(R, LSTART, NOW)
                al.append((t, '%s INFO  [selvbetjening] handling=MITID_LOGIN cpr=%s klient=%s ua="%s"' % (
                    t.strftime('%Y-%m-%dT%H:%M:%S.') + '%03d+02:00' % R.randint(0, 999), a['cpr'], ip, R.choice(UA_MOBILE + UA_DESKTOP))))
                T.txt(AF, 'government_id', a['pid']); T.txt(AF, 'ip_address', a['pid']); T.txt(AF, 'activity', a['pid']); T.txt(AF, 'device', a['pid'])
for _ in range(60):
    t = rdt(R, LSTART, NOW)
    al.append((t, '%s %s' % (t.strftime('%Y-%m-%dT%H:%M:%S.') + '%03d+02:00' % R.randint(0, 999), R.choice([
        'INFO  [batch] job=CPR-OPDATERING status=OK poster=%d' % R.randint(10, 300),
        'WARN  [digitalpost] Forsendelse forsinket, kø=%d' % R.randint(1, 50),
        'INFO  [batch] job=EKSPORT-HUSSTANDE status=OK',
        'ERROR [serviceplatformen] Timeout mod CPR-replika (forsøg 1/3)']))))
al.sort(key=lambda x: x[0])
wtext(AF, ''.join(l + '\n' for _, l in al))

# ---------------- INI config
IF = 'borgersag.ini'
DRIFT = dict(pid='drift:1', navn='Kasper Lindholm', email='kasper.lindholm@silkeborg.dk', tlf='89 70 %02d %02d' % (R.randint(10, 99), R.randint(10, 99)))
ini = '''; BorgerSag 4.2 - konfiguration for %s
; Vedligeholdes af Digitalisering & IT. Ændringer kræver change-request.

[generelt]
kommunekode = %s
miljoe = produktion
log_niveau = INFO
eksport_sti = /data/eksport

[database]
driver = mssql
host = sql-borgersag-p01.kommune.local
port = 1433
database = BorgerSag
bruger = bs_app
adgangskode = %s

[serviceplatformen]
endpoint = https://prod.serviceplatformen.dk/service/CPR/PersonBaseDataExtended/5
certifikat = /etc/borgersag/certs/foces-borgersag.p12
certifikat_kodeord = %s
tjenesteaftale_uuid = %s

[digital_post]
system_id = %s
api_noegle = %s

[sms]
udbyder = inMobile
api_token = %s
afsender = %s

[ldap]
server = ldaps://dc01.kommune.local
bind_dn = CN=svc-borgersag,OU=Servicekonti,DC=kommune,DC=local
bind_kodeord = %s

[faktura]
ean_lokationsnummer = %s
cvr = 29189854

[drift]
ansvarlig = %s
ansvarlig_email = %s
ansvarlig_telefon = %s
''' % (KOMMUNE, KKODE, alnum(R, 18), alnum(R, 14), uuid4(R), R.randint(10000, 99999), hexstr(R, 40), alnum(R, 40),
       'Silkeborg', alnum(R, 16), ean13(R, '579800'), DRIFT['navn'], DRIFT['email'], DRIFT['tlf'])
wtext(IF, ini)
for k in ['database.adgangskode', 'serviceplatformen.certifikat_kodeord', 'digital_post.api_noegle', 'sms.api_token', 'ldap.bind_kodeord']:
    T.rec(IF, k, 'secret', None)
T.rec(IF, 'drift.ansvarlig', 'name', DRIFT['pid'])
T.rec(IF, 'drift.ansvarlig_email', 'email', DRIFT['pid'])
T.rec(IF, 'drift.ansvarlig_telefon', 'phone', DRIFT['pid'])
T.look(IF, 'faktura.ean_lokationsnummer', 'EAN location number (13 digits, valid check digit) of the municipality')
T.look(IF, 'faktura.cvr', 'CVR number of the municipality (legal person)')
T.look(IF, 'serviceplatformen.tjenesteaftale_uuid', 'service-agreement UUID')

# ---------------- control: road register
VF = 'vejregister_0740.csv'
vrows = []
for (pn, v), kode in sorted(vejkoder.items(), key=lambda x: x[1]):
    vrows.append(Row([KKODE, kode, v, pn, dict((a, b) for a, b, _ in POST)[pn], R.choice(['Kommunevej', 'Kommunevej', 'Privat fællesvej']),
                      '%d' % R.randint(1880, 2015)]))
write_csv(T, VF, [('Kommunekode', None), ('Vejkode', None), ('Vejnavn', None), ('Postnr', None), ('Postdistrikt', None),
                  ('Vejstatus', None), ('Anlagt', None)], vrows, delimiter=';', encoding='utf-8-sig')
T.control(VF)

T.write(
    brief='BorgerSag, the citizen-services case system of a Danish municipality (Silkeborg Kommune). Danish. JSON export '
          'of households (address object, medlemmer array of adults, each with a nested boern array for the children, '
          'and a kontaktperson for elderly citizens living alone), a ";"-separated UTF-8-BOM CSV of open cases with the '
          'citizen CPR and the caseworker, the audit log (caseworker AD logins and case look-ups with CPR, citizen MitID '
          'logins), the INI configuration with secrets and the operations contact, and the municipal road register '
          '(control).',
    notes='People = adults + children of the households + contact persons of elderly citizens + caseworkers + the '
          'operations contact in the INI. Household address fields count as location for every member of that household '
          '(children included). CPR numbers are DDMMYY-SSSS with a century-consistent 7th digit and the sex parity rule; '
          'those of persons born before 2007 also pass the old mod-11 check, later ones generally do not (as in reality). '
          'Audit look-ups of a case are the caseworker\'s activity; the citizen\'s CPR in those lines counts as that '
          'citizen\'s government_id only. Case notes that quote a phone number are attributed to the citizen (or, for '
          'a child\'s case, the parent) who called. INI fields are named section.key. Sagsbehandler initials are kept '
          'ambiguous (3-letter initials of an employee).',
    zero_cats=['secret'])
print('ok', len(households), len(persons), len(case_rows), len(al))
