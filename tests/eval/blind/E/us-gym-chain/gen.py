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
SEED = 5101
R = random.Random(SEED)
T = Truth()
reset_out()
NOW = dt.datetime(2024, 5, 14, 23, 59, 0)

FIRST_F = ['Jennifer', 'Ashley', 'Megan', 'Brittany', 'Lauren', 'Emily', 'Sarah', 'Jessica', 'Amanda', 'Rachel',
           'Kayla', 'Hannah', 'Olivia', 'Madison', 'Samantha', 'Nicole', 'Stephanie', 'Maria', 'Guadalupe', 'Alyssa',
           'Courtney', 'Danielle', 'Heather', 'Kimberly', 'Vanessa', 'Brianna', 'Taylor', 'Chloe', 'Natalie', 'Linda',
           'Patricia', 'Monica', 'Andrea', 'Erin', 'Kelsey', 'Destiny', 'Jasmine', 'Morgan', 'Lindsey', 'Crystal']
FIRST_M = ['Michael', 'Christopher', 'Matthew', 'Joshua', 'David', 'James', 'Daniel', 'Robert', 'John', 'Joseph',
           'Andrew', 'Ryan', 'Brandon', 'Jason', 'Justin', 'William', 'Tyler', 'Kevin', 'Jose', 'Juan', 'Eric',
           'Brian', 'Cody', 'Austin', 'Dylan', 'Jacob', 'Nathan', 'Marcus', 'Travis', 'Derek', 'Carlos', 'Luis',
           'Trevor', 'Kyle', 'Caleb', 'Logan', 'Garrett', 'Dustin', 'Shane', 'Terrence']
LAST = ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez',
        'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin',
        'Lee', 'Perez', 'Thompson', 'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson', 'Walker',
        'Young', 'Allen', 'King', 'Wright', 'Scott', 'Torres', 'Nguyen', 'Hill', 'Flores', 'Green', 'Adams',
        'Nelson', 'Baker', 'Hall', 'Rivera', 'Campbell', 'Mitchell', 'Carter', 'Roberts', 'Guerrero', 'Whitaker',
        'Delgado', 'Okafor', 'Patel', 'Kowalski', 'Brennan', 'Fitzgerald', 'Castillo', 'Vaughn']
STREETS = ['Oak Hollow Dr', 'Ranch Road 620', 'Burnet Rd', 'Parmer Ln', 'Lamar Blvd', 'Slaughter Ln', 'Mesa Dr',
           'Pecan St', 'Cedar Bend Dr', 'Shoal Creek Blvd', 'Wells Branch Pkwy', 'Anderson Mill Rd', 'Blanco Rd',
           'Huebner Rd', 'Bandera Rd', 'Westheimer Rd', 'Bellaire Blvd', 'Kirby Dr', 'Shepherd Dr', 'Colfax Ave',
           'Alameda Ave', 'Mississippi Ave', 'Hampden Ave', 'Quebec St', 'Evans Ave', 'Maple Ridge Ct',
           'Sunset Canyon Dr', 'Bluebonnet Ln', 'Post Oak Blvd', 'Champions Dr']

CLUBS = [  # code, name, street, city, state, zip, area codes
    ('ATX01', 'Ironline Fitness - North Lamar', '8820 N Lamar Blvd', 'Austin', 'TX', '78753', ['512', '737']),
    ('ATX02', 'Ironline Fitness - South Congress', '4001 S Congress Ave', 'Austin', 'TX', '78745', ['512', '737']),
    ('ATX03', 'Ironline Fitness - Round Rock', '2701 Parker Dr', 'Round Rock', 'TX', '78681', ['512', '737']),
    ('SAT01', 'Ironline Fitness - Stone Oak', '20907 Stone Oak Pkwy', 'San Antonio', 'TX', '78258', ['210', '726']),
    ('SAT02', 'Ironline Fitness - Alamo Heights', '5100 Broadway St', 'San Antonio', 'TX', '78209', ['210']),
    ('HOU01', 'Ironline Fitness - Heights', '1035 W 20th St', 'Houston', 'TX', '77008', ['713', '832', '281']),
    ('HOU02', 'Ironline Fitness - Galleria', '5085 Westheimer Rd', 'Houston', 'TX', '77056', ['713', '832']),
    ('DEN01', 'Ironline Fitness - Capitol Hill', '1250 E Colfax Ave', 'Denver', 'CO', '80218', ['303', '720']),
    ('DEN02', 'Ironline Fitness - Aurora', '14200 E Alameda Ave', 'Aurora', 'CO', '80012', ['303', '720']),
]
CITY_ZIPS = {'Austin': ['78701', '78702', '78704', '78723', '78731', '78745', '78748', '78753', '78757', '78759'],
             'Round Rock': ['78664', '78665', '78681'], 'San Antonio': ['78209', '78213', '78230', '78249', '78258'],
             'Houston': ['77004', '77007', '77008', '77019', '77056', '77098'], 'Denver': ['80203', '80206', '80210', '80218', '80220'],
             'Aurora': ['80010', '80012', '80014', '80015']}
PLANS = [('BASE', 2499), ('PEAK', 3999), ('PEAK_PLUS', 5999), ('STUDENT', 1999), ('CORPORATE', 2999)]


def us_phone(codes):
    return '(%s) %d%02d-%04d' % (R.choice(codes), R.randint(2, 9), R.randint(10, 99), R.randint(0, 9999))


def email_for(first, last, byear):
    dom = R.choice(['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com', 'icloud.com', 'att.net', 'comcast.net'])
    pat = R.randint(0, 4)
    if pat == 0:
        u = '%s.%s' % (first, last)
    elif pat == 1:
        u = '%s%s%d' % (first[0], last, byear % 100)
    elif pat == 2:
        u = '%s_%s%d' % (first, last[:3], R.randint(1, 99))
    elif pat == 3:
        u = '%s%s' % (first, last)
    else:
        u = '%s.%s%d' % (first, last, byear)
    return u.lower().replace(' ', '') + '@' + dom


# ---------------- members
N = 150
members = []
used_names = set()
for i in range(1, N + 1):
    while True:
        g = R.choice('FM')
        first = R.choice(FIRST_F if g == 'F' else FIRST_M)
        last = R.choice(LAST)
        if (first, last) not in used_names:
            used_names.add((first, last))
            break
    club = R.randrange(len(CLUBS))
    c = CLUBS[club]
    dob = rdate(R, dt.date(1956, 1, 1), dt.date(2006, 4, 30))
    joined = rdt(R, dt.datetime(2018, 3, 1), dt.datetime(2024, 4, 30))
    plan = R.choices(PLANS, weights=[30, 35, 15, 8, 12])[0]
    if dob.year >= 2000 and R.random() < 0.5:
        plan = PLANS[3]
    status = R.choices(['active', 'frozen', 'cancelled', 'past_due'], weights=[70, 6, 18, 6])[0]
    cancelled = rdt(R, joined + dt.timedelta(days=60), NOW - dt.timedelta(days=1)) if status == 'cancelled' and joined < NOW - dt.timedelta(days=90) else None
    if status == 'cancelled' and cancelled is None:
        status = 'active'
    app = R.random() < 0.78
    m = dict(id=i, pid='member:%d' % i, first=first, last=last, g=g, club=club, dob=dob, joined=joined, plan=plan,
             status=status, cancelled=cancelled, app=app,
             member_no='%s%06d' % (c[0][:3], 100000 + i * 37 + R.randint(0, 30)),
             email=email_for(first, last, dob.year), phone=us_phone(c[6]),
             addr='%d %s' % (R.randint(100, 19999), R.choice(STREETS)),
             addr2=(R.choice(['Apt ', 'Unit ', '#']) + str(R.randint(101, 2420))) if R.random() < 0.35 else None,
             city=c[3], state=c[4], zip=R.choice(CITY_ZIPS[c[3]]))
    if R.random() < 0.68:
        eg = R.choice('FM')
        efirst = R.choice(FIRST_F if eg == 'F' else FIRST_M)
        elast = last if R.random() < 0.6 else R.choice(LAST)
        m['ec'] = ('%s %s' % (efirst, elast), us_phone(c[6]), 'emergency:%d' % i)
    else:
        m['ec'] = None
    members.append(m)

SQLF = 'clubhub_prod.sql'
sql = [mysql_header('clubhub_ironline', host='clubhub-prod-db.internal')]

# clubs (business places: negatives)
club_cols = [('id', 'smallint unsigned NOT NULL AUTO_INCREMENT', None), ('club_code', 'char(5) NOT NULL', None),
             ('name', 'varchar(80) NOT NULL', None), ('street', 'varchar(120) NOT NULL', None),
             ('city', 'varchar(60) NOT NULL', None), ('state', 'char(2) NOT NULL', None), ('zip', 'char(5) NOT NULL', None),
             ('front_desk_phone', 'varchar(20) DEFAULT NULL', None), ('opened_on', 'date NOT NULL', None),
             ('timezone', "varchar(40) NOT NULL DEFAULT 'America/Chicago'", None)]
club_phones = []
club_rows = []
for k, c in enumerate(CLUBS, 1):
    ph = us_phone(c[6])
    club_phones.append(ph)
    club_rows.append(Row([k, c[0], c[1], c[2], c[3], c[4], c[5], ph, rdate(R, dt.date(2009, 1, 1), dt.date(2021, 6, 1)),
                          'America/Denver' if c[4] == 'CO' else 'America/Chicago']))
sql.append(mysql_table(T, SQLF, 'clubs', club_cols, club_rows, ['PRIMARY KEY (`id`)', 'UNIQUE KEY `uq_club_code` (`club_code`)']))
T.look(SQLF, 'clubs.street', 'club (business) street address, not a person\'s')
T.look(SQLF, 'clubs.front_desk_phone', 'front-desk phone of a club, not a person\'s')

mem_cols = [
    ('id', 'int unsigned NOT NULL AUTO_INCREMENT', None),
    ('member_no', 'varchar(12) NOT NULL', None),
    ('first_name', 'varchar(60) NOT NULL', 'name'),
    ('last_name', 'varchar(60) NOT NULL', 'name'),
    ('email', 'varchar(190) DEFAULT NULL', 'email'),
    ('mobile_phone', 'varchar(20) DEFAULT NULL', 'phone'),
    ('date_of_birth', 'date DEFAULT NULL', 'date_of_birth'),
    ('gender', 'enum(\'F\',\'M\',\'X\',\'U\') NOT NULL DEFAULT \'U\'', None),
    ('address_line1', 'varchar(120) DEFAULT NULL', 'location'),
    ('address_line2', 'varchar(60) DEFAULT NULL', 'location'),
    ('city', 'varchar(60) DEFAULT NULL', 'location'),
    ('state', 'char(2) DEFAULT NULL', 'location'),
    ('postal_code', 'varchar(10) DEFAULT NULL', 'location'),
    ('home_club_id', 'smallint unsigned NOT NULL', None),
    ('plan_code', 'varchar(16) NOT NULL', 'account_type'),
    ('membership_status', "enum('active','frozen','cancelled','past_due') NOT NULL DEFAULT 'active'", 'account_type'),
    ('keytag_barcode', 'char(12) DEFAULT NULL', None),
    ('joined_at', 'datetime NOT NULL', 'activity'),
    ('cancelled_at', 'datetime DEFAULT NULL', 'activity'),
    ('app_password_hash', 'varchar(60) DEFAULT NULL', 'password'),
    ('password_changed_at', 'datetime DEFAULT NULL', None),
    ('last_app_login_at', 'datetime DEFAULT NULL', 'activity'),
    ('emergency_contact_name', 'varchar(120) DEFAULT NULL', 'name'),
    ('emergency_contact_phone', 'varchar(20) DEFAULT NULL', 'phone'),
    ('sms_opt_in', 'tinyint(1) NOT NULL DEFAULT \'0\'', None),
    ('created_at', 'datetime NOT NULL DEFAULT CURRENT_TIMESTAMP', 'activity'),
    ('updated_at', 'datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP', None),
]
mem_rows = []
for m in members:
    pw = bcrypt_like(R, 10) if m['app'] else None
    pwc = rdt(R, m['joined'], NOW) if m['app'] else None
    ll = rdt(R, NOW - dt.timedelta(days=40), NOW) if m['app'] else None
    m['last_login'] = ll
    ec = m['ec']
    upd = rdt(R, m['joined'], NOW)
    mem_rows.append(Row([m['id'], m['member_no'], m['first'], m['last'], m['email'], m['phone'], m['dob'], m['g'],
                         m['addr'], m['addr2'], m['city'], m['state'], m['zip'], m['club'] + 1, m['plan'][0], m['status'],
                         ean13(R, '2')[:12], m['joined'], m['cancelled'], pw, pwc, ll,
                         ec[0] if ec else None, ec[1] if ec else None, R.random() < 0.4, m['joined'], upd],
                        pid=m['pid'],
                        ov={'emergency_contact_name': ec[2], 'emergency_contact_phone': ec[2]} if ec else {}))
sql.append(mysql_table(T, SQLF, 'members', mem_cols, mem_rows,
                       ['PRIMARY KEY (`id`)', 'UNIQUE KEY `uq_member_no` (`member_no`)', 'KEY `idx_email` (`email`)',
                        'KEY `fk_members_club` (`home_club_id`)',
                        'CONSTRAINT `fk_members_club` FOREIGN KEY (`home_club_id`) REFERENCES `clubs` (`id`)']))
T.look(SQLF, 'members.password_changed_at', 'timestamp in a column named after the password')
T.look(SQLF, 'members.keytag_barcode', '12-digit key-tag barcode (club internal id)')
T.look(SQLF, 'members.member_no', 'membership number (internal account key)')
T.amb(SQLF, 'members.updated_at')

# ---------------- checkins (many per member)
chk_cols = [('id', 'bigint unsigned NOT NULL AUTO_INCREMENT', None), ('member_id', 'int unsigned NOT NULL', None),
            ('club_id', 'smallint unsigned NOT NULL', None), ('checked_in_at', 'datetime NOT NULL', 'activity'),
            ('method', "enum('keytag','app_qr','front_desk') NOT NULL", None), ('door', 'varchar(12) NOT NULL', None),
            ('result', "varchar(24) NOT NULL DEFAULT 'granted'", None), ('reader_serial', 'varchar(16) DEFAULT NULL', None)]
readers = {k: ['HID-%s' % hexstr(R, 8).upper() for _ in range(2)] for k in range(len(CLUBS))}
chk = []
for m in members:
    if m['status'] == 'cancelled':
        start, end, n = max(m['joined'], m['cancelled'] - dt.timedelta(days=120)), m['cancelled'], R.randint(3, 25)
    else:
        start, end, n = max(m['joined'], NOW - dt.timedelta(days=120)), NOW, R.randint(2, 55)
    if m['status'] == 'frozen':
        n = R.randint(0, 4)
    for _ in range(n):
        club = m['club'] if R.random() < 0.85 else R.randrange(len(CLUBS))
        t = rdt(R, start, end).replace(hour=R.choice([5, 6, 6, 7, 8, 11, 12, 16, 17, 17, 18, 18, 19, 20]))
        meth = R.choices(['keytag', 'app_qr', 'front_desk'], [55, 38 if m['app'] else 0, 7])[0]
        res = 'granted' if m['status'] != 'past_due' or R.random() < 0.7 else 'denied_past_due'
        chk.append((t, m, club, meth, res))
chk.sort(key=lambda x: x[0])
chk_rows = [Row([i, m['id'], club + 1, t, meth, R.choice(['MAIN', 'MAIN', 'MAIN', 'POOL', 'KIDS']), res, R.choice(readers[club])], pid=m['pid'])
            for i, (t, m, club, meth, res) in enumerate(chk, 1)]
sql.append(mysql_table(T, SQLF, 'checkins', chk_cols, chk_rows,
                       ['PRIMARY KEY (`id`)', 'KEY `idx_member_time` (`member_id`,`checked_in_at`)', 'KEY `idx_club` (`club_id`)']))

# ---------------- payment methods (brand/last4/expiry only)
BRANDS = [('visa', '4'), ('mastercard', '5'), ('amex', '3'), ('discover', '6')]


def make_pan(brand):
    if brand == 'visa':
        p = '4' + ''.join(R.choice(string.digits) for _ in range(14))
    elif brand == 'mastercard':
        p = str(R.randint(51, 55)) + ''.join(R.choice(string.digits) for _ in range(13))
    elif brand == 'amex':
        p = R.choice(['34', '37']) + ''.join(R.choice(string.digits) for _ in range(12))
    else:
        p = '6011' + ''.join(R.choice(string.digits) for _ in range(11))
    return p + luhn_digit(p)


legacy_ids = sorted(R.sample([m['id'] for m in members if m['joined'] < dt.datetime(2019, 2, 1)] or [m['id'] for m in members], 9))
pm_cols = [('id', 'int unsigned NOT NULL AUTO_INCREMENT', None), ('member_id', 'int unsigned NOT NULL', None),
           ('processor', "varchar(16) NOT NULL DEFAULT 'stripe'", None), ('processor_pm_id', 'varchar(40) NOT NULL', None),
           ('card_brand', 'varchar(16) DEFAULT NULL', None), ('card_last4', 'char(4) DEFAULT NULL', None),
           ('exp_month', 'tinyint unsigned DEFAULT NULL', None), ('exp_year', 'smallint unsigned DEFAULT NULL', None),
           ('billing_zip', 'varchar(10) DEFAULT NULL', 'location'), ('is_default', 'tinyint(1) NOT NULL DEFAULT \'1\'', None),
           ('added_at', 'datetime NOT NULL', 'activity')]
pm_rows = []
legacy = {}
for m in members:
    brand = R.choices(BRANDS, [52, 30, 10, 8])[0][0]
    pan = make_pan(brand)
    if m['id'] in legacy_ids:
        legacy[m['id']] = (pan, brand)
    m['pm_id'] = len(pm_rows) + 1
    m['last4'] = pan[-4:]
    pm_rows.append(Row([len(pm_rows) + 1, m['id'], 'stripe', 'pm_1' + alnum(R, 23), brand, pan[-4:], R.randint(1, 12),
                        R.randint(2024, 2030), m['zip'] if R.random() < 0.9 else R.choice(CITY_ZIPS[m['city']]), True,
                        rdt(R, m['joined'], min(NOW, m['joined'] + dt.timedelta(days=400)))], pid=m['pid']))
sql.append(mysql_table(T, SQLF, 'payment_methods', pm_cols, pm_rows,
                       ['PRIMARY KEY (`id`)', 'KEY `idx_pm_member` (`member_id`)']))
T.look(SQLF, 'payment_methods.card_last4', 'last four digits of the card only')
T.look(SQLF, 'payment_methods.card_brand', 'card brand only')
T.look(SQLF, 'payment_methods.exp_month', 'card expiry month')
T.look(SQLF, 'payment_methods.exp_year', 'card expiry year')
T.look(SQLF, 'payment_methods.processor_pm_id', 'Stripe PaymentMethod id (token, not a PAN)')

# ---------------- billing charges (monthly dues)
ch_cols = [('id', 'bigint unsigned NOT NULL AUTO_INCREMENT', None), ('member_id', 'int unsigned NOT NULL', None),
           ('invoice_no', 'varchar(20) NOT NULL', None), ('gateway_ref', 'char(16) NOT NULL', None),
           ('payment_method_id', 'int unsigned DEFAULT NULL', None), ('amount_cents', 'int NOT NULL', None),
           ('currency', "char(3) NOT NULL DEFAULT 'USD'", None), ('description', 'varchar(120) NOT NULL', None),
           ('status', "enum('succeeded','failed','refunded','pending') NOT NULL", None),
           ('failure_code', 'varchar(32) DEFAULT NULL', None), ('charged_at', 'datetime NOT NULL', 'activity')]
charges = []
for m in members:
    end = m['cancelled'] or NOW
    d = max(m['joined'], dt.datetime(2023, 5, 1))
    day = min(m['joined'].day, 28)
    cur = dt.datetime(d.year, d.month, day, R.randint(2, 5), R.randint(0, 59), R.randint(0, 59))
    if cur < d:
        cur = dt.datetime(cur.year + (cur.month // 12), cur.month % 12 + 1, day, cur.hour, cur.minute, cur.second)
    while cur <= end:
        if m['status'] == 'frozen' and cur > NOW - dt.timedelta(days=70):
            amt, desc = 900, 'Freeze fee'
        else:
            amt, desc = m['plan'][1], 'Monthly dues - %s' % m['plan'][0]
        st = 'succeeded'
        fc = None
        if m['status'] == 'past_due' and cur > NOW - dt.timedelta(days=45):
            st, fc = 'failed', R.choice(['card_declined', 'insufficient_funds', 'expired_card'])
        elif R.random() < 0.02:
            st, fc = 'failed', 'card_declined'
        charges.append((cur, m, amt, desc, st, fc))
        cur = dt.datetime(cur.year + (cur.month // 12), cur.month % 12 + 1, day, cur.hour, cur.minute, cur.second)
    if R.random() < 0.12:  # enrollment / PT packages
        charges.append((rdt(R, max(m['joined'], dt.datetime(2023, 5, 1)), end) if end > max(m['joined'], dt.datetime(2023, 5, 1)) else end,
                        m, R.choice([4900, 19900, 34900]), 'Personal training package', 'succeeded', None))
charges.sort(key=lambda x: x[0])
ch_rows = []
luhn_pass = 0
for i, (t, m, amt, desc, st, fc) in enumerate(charges, 1):
    ref = str(R.randint(1, 9)) + ''.join(R.choice(string.digits) for _ in range(15))
    luhn_pass += luhn_ok(ref)
    ch_rows.append(Row([i, m['id'], 'INV-%d-%07d' % (t.year, 100000 + i), ref, m['pm_id'], amt, 'USD', desc, st, fc, t], pid=m['pid']))
sql.append(mysql_table(T, SQLF, 'billing_charges', ch_cols, ch_rows,
                       ['PRIMARY KEY (`id`)', 'UNIQUE KEY `uq_invoice` (`invoice_no`)', 'KEY `idx_charge_member` (`member_id`)']))
T.look(SQLF, 'billing_charges.gateway_ref', '16-digit processor reference numbers; %d of %d (%.0f%%) pass Luhn by chance'
       % (luhn_pass, len(ch_rows), 100.0 * luhn_pass / len(ch_rows)))
T.look(SQLF, 'billing_charges.invoice_no', 'invoice numbers')

# ---------------- legacy card vault: full PANs for 9 members (pre-Stripe migration leftover)
lv_cols = [('id', 'int unsigned NOT NULL AUTO_INCREMENT', None), ('member_id', 'int unsigned NOT NULL', None),
           ('cardholder_name', 'varchar(120) DEFAULT NULL', 'name'), ('card_number', 'varchar(19) NOT NULL', 'payment_card'),
           ('card_exp', 'char(5) DEFAULT NULL', None), ('card_type', 'varchar(12) DEFAULT NULL', None),
           ('source_system', "varchar(24) NOT NULL DEFAULT 'ABC_DataTrak'", None), ('imported_at', 'datetime NOT NULL', None)]
lv_rows = []
bymid = {m['id']: m for m in members}
for k, mid in enumerate(legacy_ids, 1):
    m = bymid[mid]
    pan, brand = legacy[mid]
    assert luhn_ok(pan)
    lv_rows.append(Row([k, mid, ('%s %s' % (m['first'], m['last'])).upper(), pan, '%02d/%02d' % (R.randint(1, 12), R.randint(17, 21)),
                        {'visa': 'VISA', 'mastercard': 'MC', 'amex': 'AMEX', 'discover': 'DISC'}[brand], 'ABC_DataTrak',
                        dt.datetime(2019, 2, 17, 3, 12, 44)], pid=m['pid']))
sql.append(mysql_table(T, SQLF, 'legacy_card_vault', lv_cols, lv_rows, ['PRIMARY KEY (`id`)', 'KEY `idx_lcv_member` (`member_id`)']))
T.look(SQLF, 'legacy_card_vault.card_exp', 'card expiry only')
T.look(SQLF, 'legacy_card_vault.imported_at', 'batch import timestamp (same for every row, system action)')

# ---------------- trainers (employees) and PT sessions
trainers = []
for k in range(1, 23):
    g = R.choice('FM')
    first = R.choice(FIRST_F if g == 'F' else FIRST_M)
    last = R.choice(LAST)
    club = R.randrange(len(CLUBS))
    trainers.append(dict(id='E%05d' % (10200 + k * 7), pid='trainer:%d' % k, first=first, last=last, club=club,
                         email='%s.%s@ironlinefitness.com' % (first.lower(), last.lower()),
                         phone=us_phone(CLUBS[club][6]),
                         cert=R.choice(['NASM-CPT', 'ACE-CPT', 'ACSM-CPT', 'NSCA-CSCS', 'ISSA-CPT']),
                         certno=str(R.randint(1000000000, 9999999999)),
                         hire=rdate(R, dt.date(2014, 1, 1), dt.date(2024, 3, 1)),
                         rate='%.2f' % R.choice([22, 24, 25, 27.5, 30, 32, 35]),
                         status=R.choices(['Active', 'Active', 'Active', 'Leave', 'Terminated'], [5, 5, 5, 1, 1])[0]))
pt_cols = [('id', 'int unsigned NOT NULL AUTO_INCREMENT', None), ('member_id', 'int unsigned NOT NULL', None),
           ('trainer_employee_id', 'char(6) NOT NULL', None), ('club_id', 'smallint unsigned NOT NULL', None),
           ('session_start', 'datetime NOT NULL', 'activity'), ('duration_min', 'smallint NOT NULL DEFAULT \'60\'', None),
           ('session_type', 'varchar(24) NOT NULL', None), ('attended', 'tinyint(1) NOT NULL DEFAULT \'1\'', None)]
pt = []
for m in members:
    if m['status'] in ('active', 'past_due') and R.random() < 0.18:
        local = [t for t in trainers if t['club'] == m['club']] or trainers
        tr = R.choice(local)
        for _ in range(R.randint(2, 10)):
            pt.append((rdt(R, NOW - dt.timedelta(days=100), NOW), m, tr))
pt.sort(key=lambda x: x[0])
pt_rows = [Row([i, m['id'], tr['id'], tr['club'] + 1, t.replace(minute=R.choice([0, 30]), second=0), R.choice([30, 60, 60]),
                R.choice(['1:1', '1:1', 'Small group', 'Assessment']), R.random() < 0.92], pid=m['pid'])
           for i, (t, m, tr) in enumerate(pt, 1)]
sql.append(mysql_table(T, SQLF, 'pt_sessions', pt_cols, pt_rows, ['PRIMARY KEY (`id`)', 'KEY `idx_pt_member` (`member_id`)']))
sql.append(mysql_footer(NOW + dt.timedelta(hours=3, minutes=12)))
wtext(SQLF, ''.join(sql))

# ---------------- trainers.csv
TRF = 'trainers.csv'
tr_cols = [('Employee ID', None), ('First Name', 'name'), ('Last Name', 'name'), ('Work Email', 'email'),
           ('Mobile', 'phone'), ('Home Club', None), ('Certification', None), ('Cert Number', None),
           ('Hire Date', None), ('Hourly Rate', None), ('Status', None)]
tr_rows = [Row([t['id'], t['first'], t['last'], t['email'], t['phone'], CLUBS[t['club']][0], t['cert'], t['certno'],
                t['hire'].strftime('%m/%d/%Y'), t['rate'], t['status']], pid=t['pid']) for t in trainers]
write_csv(T, TRF, tr_cols, tr_rows)
T.look(TRF, 'Cert Number', '10-digit fitness certification number (not a government id)')
T.look(TRF, 'Hire Date', 'hire date')
T.look(TRF, 'Status', 'employment status')
T.look(TRF, 'Home Club', 'club code')

# ---------------- nginx access log of the members' app API
LOGF = 'members-app-access.log'
ISP = ['98.197', '70.112', '24.28', '107.77', '173.174', '99.42', '67.10', '76.184', '73.229', '71.56', '174.51']
for m in members:
    if m['app']:
        m['ips'] = [public_ipv4(R, ISP) for _ in range(R.choice([1, 1, 2, 3]))]
        if R.random() < 0.55:
            m['ua'] = 'IronlineApp/4.12.%d (iPhone; iOS %s; Scale/3.00)' % (R.randint(0, 3), R.choice(['17.4.1', '17.3', '16.7.8', '17.5']))
        else:
            m['ua'] = 'IronlineApp/4.12.%d (Android %d; %s) okhttp/4.12.0' % (R.randint(0, 3), R.choice([12, 13, 14]),
                                                                            R.choice(['SM-S918B', 'Pixel 7', 'SM-A536U', 'moto g stylus 5G', 'Pixel 8 Pro']))
LOG_START = dt.datetime(2024, 5, 8, 0, 0, 0)
lines = []
active_app = [m for m in members if m['app'] and m['status'] != 'cancelled']
for m in active_app:
    if R.random() < 0.15:
        continue
    for _ in range(R.randint(1, 6)):  # app sessions over the week
        t = rdt(R, LOG_START, NOW - dt.timedelta(minutes=30))
        ip = R.choice(m['ips'])
        seq = [('POST', '/api/v2/auth/token', 200, 612)] if R.random() < 0.4 else []
        seq += [('GET', '/api/v2/members/me', 200, R.randint(1400, 1900)),
                ('GET', '/api/v2/members/%s/checkins?limit=20' % m['member_no'], 200, R.randint(900, 5200))]
        if R.random() < 0.6:
            seq.append(('GET', '/api/v2/clubs/%d/classes?date=%s' % (m['club'] + 1, t.date().isoformat()), 200, R.randint(3000, 9000)))
        if R.random() < 0.3:
            seq.append(('POST', '/api/v2/classes/%d/bookings' % R.randint(8000, 9900), R.choice([201, 201, 409]), R.randint(80, 400)))
        if R.random() < 0.5:
            seq.append(('GET', '/api/v2/members/me/qr', 200, R.randint(700, 900)))
        if R.random() < 0.1:
            seq.append(('GET', '/api/v2/members/me/billing/charges?page=1', 200, R.randint(2000, 4000)))
        for meth, path, code, size in seq:
            t += dt.timedelta(seconds=R.randint(1, 40))
            lines.append((t, '%s - - [%s] "%s %s HTTP/1.1" %d %d "-" "%s" %.3f' % (
                ip, clf_time(t, '-0500'), meth, path, code, size, m['ua'], R.uniform(0.004, 0.4))))
            T.txt(LOGF, 'ip_address', m['pid'])
            T.txt(LOGF, 'activity', m['pid'])
            T.txt(LOGF, 'device', m['pid'])
# password-reset requests carry the e-mail in the query string
for m in R.sample(active_app, 7):
    t = rdt(R, LOG_START, NOW)
    ip = R.choice(m['ips'])
    q = m['email'].replace('@', '%40')
    lines.append((t, '%s - - [%s] "GET /api/v2/auth/password-reset?email=%s HTTP/1.1" 202 54 "-" "%s" 0.081' % (
        ip, clf_time(t, '-0500'), q, m['ua'])))
    T.txt(LOGF, 'email', m['pid'])
    T.txt(LOGF, 'ip_address', m['pid'])
    T.txt(LOGF, 'activity', m['pid'])
    T.txt(LOGF, 'device', m['pid'])
# anonymous: load-balancer health checks, bots, unauthenticated marketing/API hits
for _ in range(520):
    t = rdt(R, LOG_START, NOW)
    lines.append((t, '10.40.%d.%d - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "ELB-HealthChecker/2.0" 0.001' % (
        R.randint(1, 3), R.randint(10, 250), clf_time(t, '-0500'))))
for _ in range(260):
    t = rdt(R, LOG_START, NOW)
    path = R.choice(['/', '/robots.txt', '/api/v2/clubs', '/api/v2/clubs/%d' % R.randint(1, 9), '/api/v2/plans',
                     '/wp-login.php', '/.env', '/api/v2/members/me', '/favicon.ico', '/api/v2/clubs/%d/hours' % R.randint(1, 9)])
    code = 401 if path == '/api/v2/members/me' else (404 if path in ('/wp-login.php', '/.env') else 200)
    ua = R.choice(UA_BOTS + UA_DESKTOP)
    lines.append((t, '%s - - [%s] "GET %s HTTP/1.1" %d %d "-" "%s" %.3f' % (
        public_ipv4(R), clf_time(t, '-0500'), path, code, R.randint(0, 3000), ua, R.uniform(0.001, 0.1))))
lines.sort(key=lambda x: x[0])
wtext(LOGF, ''.join(l + '\n' for _, l in lines))

# ---------------- config (secrets of the service, no person)
CFG = 'clubhub.yml'
cfg = '''# ClubHub membership platform - production settings for tenant ironline
# managed by ops; do not commit changes without review
tenant:
  id: ironline
  display_name: "Ironline Fitness"
  default_timezone: America/Chicago
  billing_day_strategy: join_date
database:
  host: clubhub-prod-db.internal
  port: 3306
  name: clubhub_ironline
  user: clubhub_app
  password: "%s"
  pool_size: 20
redis:
  url: "redis://:%s@clubhub-cache.internal:6379/2"
stripe:
  publishable_key: pk_live_51%s
  secret_key: sk_live_51%s
  webhook_secret: whsec_%s
sendgrid:
  api_key: SG.%s.%s
  from_address: no-reply@ironlinefitness.com
jwt:
  signing_key: "%s"
  access_ttl_minutes: 30
  refresh_ttl_days: 60
access_control:
  vendor: hid
  api_base: https://acs.ironlinefitness.internal/v1
  api_token: %s
feature_flags:
  class_waitlist: true
  freeze_self_service: false
''' % (alnum(R, 24), alnum(R, 32), alnum(R, 96), alnum(R, 96), alnum(R, 32), alnum(R, 22), alnum(R, 43),
       base64.b64encode(bytes(R.getrandbits(8) for _ in range(48))).decode(), hexstr(R, 40))
wtext(CFG, cfg)
for k in ['database.password', 'redis.url', 'stripe.secret_key', 'stripe.webhook_secret', 'sendgrid.api_key',
          'jwt.signing_key', 'access_control.api_token']:
    T.rec(CFG, k, 'secret', None)
T.look(CFG, 'stripe.publishable_key', 'publishable (public) Stripe key')

# ---------------- control: club directory
DIRF = 'club_directory.csv'
dir_rows = [Row([c[0], c[1], c[2], c[3], c[4], c[5], club_phones[k], 'Mon-Fri 04:30-23:00; Sat-Sun 06:00-21:00',
                 'yes' if k % 3 != 1 else 'no', 'yes' if k % 2 == 0 else 'no']) for k, c in enumerate(CLUBS)]
write_csv(T, DIRF, [('club_code', None), ('club_name', None), ('street', None), ('city', None), ('state', None), ('zip', None),
                    ('phone', None), ('hours', None), ('pool', None), ('kids_club', None)], dir_rows)
T.control(DIRF)

T.write(
    brief='ClubHub, the membership-management vendor of Ironline Fitness (a US fitness-club chain with clubs in Texas '
          'and Colorado). English. MySQL dump of the tenant database (clubs, members with emergency contacts, '
          'door check-ins, Stripe payment methods holding brand/last4/expiry only, monthly billing charges, personal '
          'training sessions, and a legacy_card_vault table left over from the 2019 migration with full PANs for 9 '
          'members), nginx access log of the members\' mobile-app API, a CSV of trainers (employees), the service YAML '
          'config with secrets, and a public club directory (control).',
    notes='People = members + their emergency contacts (separate persons: name and phone only) + trainers. '
          'Emergency-contact columns are attributed to the contact, not the member. The access log: lines of the '
          'mobile app carry the member number in the path (/members/<member_no>/checkins) and the member\'s app '
          'user-agent; they count for that member (ip_address, activity, device); 7 password-reset lines carry the '
          'member e-mail in the query string. Health checks (10.40.x.x), bots and anonymous unauthenticated hits are '
          'not generated persons and are not counted. Config secrets belong to no person (people_by_category.secret = 0). '
          'The 9 legacy PANs are Luhn-valid and match card_last4 of the same member in payment_methods. '
          'For the YAML config, field names are the dotted key paths.',
    zero_cats=['secret'])
print('ok', N, len(chk_rows), len(ch_rows), len(lines))
