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
SEED = 5505
R = random.Random(SEED)
T = Truth()
reset_out()
NOW = dt.datetime(2024, 5, 14, 23, 30, 0)

AR_M = [('Mohammed', 'محمد'), ('Ahmed', 'أحمد'), ('Khalid', 'خالد'), ('Omar', 'عمر'), ('Youssef', 'يوسف'), ('Saeed', 'سعيد'),
        ('Rashid', 'راشد'), ('Sultan', 'سلطان'), ('Hamdan', 'حمدان'), ('Abdullah', 'عبدالله'), ('Faisal', 'فيصل'), ('Hassan', 'حسن'),
        ('Ali', 'علي'), ('Majid', 'ماجد'), ('Tariq', 'طارق'), ('Karim', 'كريم'), ('Salem', 'سالم'), ('Ibrahim', 'إبراهيم')]
AR_F = [('Fatima', 'فاطمة'), ('Aisha', 'عائشة'), ('Mariam', 'مريم'), ('Noura', 'نورة'), ('Layla', 'ليلى'), ('Huda', 'هدى'),
        ('Shamma', 'شما'), ('Hessa', 'حصة'), ('Reem', 'ريم'), ('Salma', 'سلمى'), ('Amal', 'أمل'), ('Yasmin', 'ياسمين'), ('Dana', 'دانة')]
AR_LAST = {'ARE': [('Al Mansoori', 'المنصوري'), ('Al Nuaimi', 'النعيمي'), ('Al Shamsi', 'الشامسي'), ('Al Hashimi', 'الهاشمي'),
                   ('Al Marzouqi', 'المرزوقي'), ('Al Ketbi', 'الكتبي'), ('Al Zaabi', 'الزعابي'), ('Al Suwaidi', 'السويدي'),
                   ('Al Falasi', 'الفلاسي'), ('Al Mazrouei', 'المزروعي')],
           'SAU': [('Al Qahtani', 'القحطاني'), ('Al Otaibi', 'العتيبي'), ('Al Ghamdi', 'الغامدي'), ('Al Harbi', 'الحربي')],
           'EGY': [('Abdelrahman', 'عبدالرحمن'), ('El Sayed', 'السيد'), ('Mansour', 'منصور'), ('Fathy', 'فتحي')],
           'LBN': [('Haddad', 'حداد'), ('Khoury', 'خوري'), ('Nasser', 'ناصر'), ('Saleh', 'صالح')],
           'JOR': [('Al Khatib', 'الخطيب'), ('Haddad', 'حداد'), ('Obeidat', 'عبيدات')]}
OTHER = {
    'IND': (['Rahul', 'Arjun', 'Vikram', 'Sanjay', 'Rohan', 'Karthik', 'Aditya', 'Nikhil'], ['Priya', 'Ananya', 'Deepa', 'Sneha', 'Kavya', 'Meera'],
            ['Sharma', 'Nair', 'Menon', 'Iyer', 'Reddy', 'Gupta', 'Pillai', 'Kapoor', 'Desai', 'Kulkarni']),
    'PAK': (['Bilal', 'Usman', 'Hamza', 'Faisal', 'Asad'], ['Ayesha', 'Hina', 'Sana', 'Zainab'], ['Qureshi', 'Siddiqui', 'Malik', 'Butt', 'Chaudhry']),
    'PHL': (['Jose', 'Mark', 'John Paul', 'Rommel'], ['Maria', 'Angelica', 'Kristine', 'Rowena', 'Jasmine'], ['Santos', 'Dela Cruz', 'Reyes', 'Villanueva', 'Bautista', 'Garcia']),
    'GBR': (['Oliver', 'James', 'Thomas', 'Harry', 'William', 'Daniel'], ['Charlotte', 'Emily', 'Sophie', 'Hannah', 'Lucy'], ['Bennett', 'Hughes', 'Whitfield', 'Clarke', 'Hargreaves', 'Lambert', 'Fletcher', 'Ashworth']),
    'RUS': (['Dmitry', 'Sergey', 'Alexei', 'Ivan'], ['Anastasia', 'Ekaterina', 'Olga', 'Natalia'], ['Volkov', 'Sokolov', 'Morozov', 'Petrov', 'Kuznetsov']),
    'DEU': (['Lukas', 'Jonas', 'Felix', 'Matthias'], ['Anna', 'Lea', 'Katharina', 'Julia'], ['Becker', 'Schneider', 'Weber', 'Fischer', 'Hoffmann']),
    'USA': (['Michael', 'Ryan', 'Brandon', 'Kevin'], ['Jessica', 'Ashley', 'Megan', 'Lauren'], ['Reynolds', 'Moore', 'Carter', 'Sullivan', 'Price']),
    'CHN': (['Lei', 'Wei', 'Hao', 'Jun'], ['Na', 'Jing', 'Xin', 'Yan'], ['Wang', 'Zhang', 'Li', 'Chen', 'Liu']),
}
NATS = [('ARE', 22), ('SAU', 6), ('EGY', 6), ('LBN', 4), ('JOR', 3), ('IND', 18), ('PAK', 6), ('PHL', 6), ('GBR', 12), ('RUS', 6), ('DEU', 4), ('USA', 4), ('CHN', 3)]
PHONE_FMT = {'ARE': lambda: '+971 5%s %03d %04d' % (R.choice('024568'), R.randint(0, 999), R.randint(0, 9999)),
             'SAU': lambda: '+966 5%d %03d %04d' % (R.randint(0, 9), R.randint(0, 999), R.randint(0, 9999)),
             'EGY': lambda: '+20 1%s %03d %04d' % (R.choice(['00', '01', '11', '22', '06']), R.randint(0, 999), R.randint(0, 9999)),
             'LBN': lambda: '+961 %d %03d %03d' % (R.choice([3, 70, 71, 76, 81]), R.randint(0, 999), R.randint(0, 999)),
             'JOR': lambda: '+962 7%d %03d %04d' % (R.choice([7, 8, 9]), R.randint(0, 999), R.randint(0, 9999)),
             'IND': lambda: '+91 %d%04d %05d' % (R.choice([9, 8, 7]), R.randint(0, 9999), R.randint(0, 99999)),
             'PAK': lambda: '+92 3%02d %07d' % (R.randint(0, 49), R.randint(0, 9999999)),
             'PHL': lambda: '+63 9%02d %03d %04d' % (R.randint(5, 99), R.randint(0, 999), R.randint(0, 9999)),
             'GBR': lambda: '+44 7%03d %06d' % (R.randint(400, 999), R.randint(0, 999999)),
             'RUS': lambda: '+7 9%02d %03d-%02d-%02d' % (R.randint(0, 99), R.randint(0, 999), R.randint(0, 99), R.randint(0, 99)),
             'DEU': lambda: '+49 15%d %08d' % (R.randint(1, 9), R.randint(0, 99999999)),
             'USA': lambda: '+1 %d %03d %04d' % (R.choice([917, 646, 312, 415, 212, 713]), R.randint(200, 999), R.randint(0, 9999)),
             'CHN': lambda: '+86 1%d%d %04d %04d' % (R.choice([3, 5, 8]), R.randint(0, 9), R.randint(0, 9999), R.randint(0, 9999))}
UAE_LOCAL = lambda: '05%s %03d %04d' % (R.choice('024568'), R.randint(0, 999), R.randint(0, 9999))


def passport(nat):
    d = lambda n: ''.join(R.choice(string.digits) for _ in range(n))
    L = lambda n: ''.join(R.choice(string.ascii_uppercase) for _ in range(n))
    return {'ARE': lambda: 'N' + d(7), 'SAU': lambda: L(1) + d(6), 'EGY': lambda: 'A' + d(8), 'LBN': lambda: 'LR' + d(7),
            'JOR': lambda: L(1) + d(6), 'IND': lambda: L(1) + d(7), 'PAK': lambda: L(2) + d(7), 'PHL': lambda: 'P' + d(7) + L(1),
            'GBR': lambda: d(9), 'RUS': lambda: '7' + d(1) + ' ' + d(7), 'USA': lambda: d(9), 'CHN': lambda: 'E' + L(1) + d(7),
            'DEU': lambda: ''.join(R.choice('CFGHJKLMNPRTVWXYZ0123456789') for _ in range(9))}[nat]()


def emirates_id(year):
    body = '784%04d%07d' % (year, R.randint(0, 9999999))
    c = luhn_digit(body)
    return '784-%04d-%s-%s' % (year, body[7:14], c)


def mkname(nat):
    g = R.choice('MF')
    if nat in AR_LAST:
        f = R.choice(AR_M if g == 'M' else AR_F)
        l = R.choice(AR_LAST[nat])
        if R.random() < 0.5:
            fa = R.choice(AR_M)
            return g, f[0], fa[0] + ' ' + l[0], '%s %s %s' % (f[1], fa[1], l[1])
        return g, f[0], l[0], '%s %s' % (f[1], l[1])
    m, fl, ll = OTHER[nat]
    return g, R.choice(m if g == 'M' else fl), R.choice(ll), None


def mail(first, last):
    a = ''.join(ch for ch in first.lower() if ch.isalpha())
    b = ''.join(ch for ch in last.lower() if ch.isalpha())
    return R.choice(['%s.%s', '%s%s', '%s_%s']) % (a, b) + R.choice(['', '', str(R.randint(1, 99))]) + '@' + \
        R.choice(['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'eim.ae', 'emirates.net.ae', 'mail.ru', 'yandex.ru', 'web.de', 'qq.com'])


PROGS = [('Falcon Black', 6), ('Falcon Gold', 14), ('Priority Pass', 30), ('LoungeKey', 14), ('DragonPass', 8), ('Walk-in', 28)]
guests = []
luhn_pass = 0
nmem = 0
for i in range(1, 141):
    nat = R.choices([n for n, _ in NATS], [w for _, w in NATS])[0]
    g, first, last, ar = mkname(nat)
    dob = rdate(R, dt.date(1950, 1, 1), dt.date(2003, 12, 31))
    resident = nat == 'ARE' or (nat in ('IND', 'PAK', 'PHL', 'EGY', 'LBN', 'JOR', 'GBR') and R.random() < 0.55)
    prog = R.choices([p for p, _ in PROGS], [w for _, w in PROGS])[0]
    memno = None
    if prog != 'Walk-in':
        memno = R.choice(['9', '7']) + ''.join(R.choice(string.digits) for _ in range(15))
        nmem += 1
        luhn_pass += luhn_ok(memno)
    gst = dict(id=i, pid='guest:%d' % i, nat=nat, g=g, first=first, last=last, ar=ar, dob=dob, resident=resident,
               pp=passport(nat), ppexp=rdate(R, dt.date(2024, 8, 1), dt.date(2033, 12, 31)),
               eid=emirates_id(dob.year) if resident else None, eidexp=rdate(R, dt.date(2024, 7, 1), dt.date(2027, 12, 31)) if resident else None,
               mobile=(UAE_LOCAL() if R.random() < 0.4 else PHONE_FMT['ARE']()) if resident else PHONE_FMT[nat](),
               email=mail(first, last) if R.random() < 0.88 else None, prog=prog, memno=memno,
               created=rdt(R, dt.datetime(2019, 1, 1), dt.datetime(2024, 4, 30)),
               gref='FPL-%06d' % (R.randint(100000, 999999)))
    gst['api'] = 'gst_' + alnum(R, 14, string.ascii_lowercase + string.digits)
    guests.append(gst)

staff = []
for k in range(1, 17):
    nat = R.choice(['ARE', 'PHL', 'IND', 'EGY', 'LBN', 'PHL', 'IND'])
    g, first, last, ar = mkname(nat)
    user = (first.split()[0][0] + last.split()[-1]).lower().replace(' ', '')
    if user in [x['user'] for x in staff]:
        user += str(k)
    staff.append(dict(id=k, pid='staff:%d' % k, first=first, last=last, ar=ar, user=user, empno='FPL-E%04d' % (300 + k * 7),
                      role='supervisor' if k <= 3 else ('duty_manager' if k <= 5 else 'reception'),
                      ip='10.55.%d.%d' % (R.randint(1, 4), R.randint(10, 200))))

LOUNGES = [(1, 'DXB-T3-A', 'Falcon Lounge Concourse A', 'T3', 'A', 420), (2, 'DXB-T3-B', 'Falcon Lounge Concourse B', 'T3', 'B', 350),
           (3, 'DXB-T3-C', 'Falcon Lounge Concourse C', 'T3', 'C', 280), (4, 'DXB-T1-D', 'Falcon Lounge Concourse D', 'T1', 'D', 300)]
FLIGHTS = [('EK', '001', 'LHR', 'T3'), ('EK', '029', 'LGW', 'T3'), ('EK', '203', 'JFK', 'T3'), ('EK', '500', 'BOM', 'T3'),
           ('EK', '332', 'MNL', 'T3'), ('EK', '622', 'KHI', 'T3'), ('EK', '131', 'DME', 'T3'), ('EK', '043', 'FRA', 'T3'),
           ('EK', '306', 'PEK', 'T3'), ('EK', '819', 'RUH', 'T3'), ('EK', '923', 'CAI', 'T3'), ('EK', '957', 'BEY', 'T3'),
           ('EK', '903', 'AMM', 'T3'), ('FZ', '1431', 'COK', 'T3'), ('BA', '106', 'LHR', 'T1'), ('LH', '631', 'FRA', 'T1'),
           ('AI', '984', 'BOM', 'T1'), ('PR', '659', 'MNL', 'T1'), ('SV', '555', 'JED', 'T1'), ('PK', '214', 'ISB', 'T1')]
NAT_DEST = {'ARE': ['LHR', 'JFK', 'FRA', 'CAI', 'BEY', 'RUH'], 'SAU': ['RUH', 'JED'], 'EGY': ['CAI'], 'LBN': ['BEY'], 'JOR': ['AMM'],
            'IND': ['BOM', 'COK'], 'PAK': ['KHI', 'ISB'], 'PHL': ['MNL'], 'GBR': ['LHR', 'LGW'], 'RUS': ['DME'], 'DEU': ['FRA'],
            'USA': ['JFK'], 'CHN': ['PEK']}


def bcbp(last, first, pnr, frm, to, carrier, fno, d, cls, seat, seq):
    nm = ('%s/%s' % (last.upper().replace(' ', ''), first.upper().replace(' ', '')))[:20].ljust(20)
    return 'M1%sE%s%s%s%-3s%s %03d%s%s%04d 00' % (nm, pnr.ljust(7), frm, to, carrier, fno.rjust(4, '0')[-4:], d.timetuple().tm_yday, cls,
                                                  seat.rjust(4, '0'), seq)


visits = []
for gst in guests:
    n = R.choices([1, 2, 3, 4, 6, 9, 14], [30, 20, 15, 12, 10, 8, 5])[0]
    for _ in range(n):
        t = rdt(R, max(gst['created'], dt.datetime(2023, 6, 1)), NOW - dt.timedelta(hours=2))
        dests = NAT_DEST[gst['nat']] + ['LHR', 'BOM', 'FRA']
        dest = R.choice(dests)
        fl = R.choice([f for f in FLIGHTS if f[2] == dest] or FLIGHTS)
        lounge = R.choice([l for l in LOUNGES if l[3] == fl[3]])
        visits.append(dict(g=gst, t=t, fl=fl, lounge=lounge, stay=R.randint(25, 240)))
visits.sort(key=lambda v: v['t'])
for gst in guests:
    gst['visits'] = [v for v in visits if v['g'] is gst]

# ---------------- PostgreSQL dump
SQLF = 'loungeos_prod.sql'
OWN = 'loungeos'
out = [pg_header('16.2')]
l_cols = [('id', 'integer NOT NULL', None), ('code', 'character varying(12) NOT NULL', None), ('name', 'character varying(80) NOT NULL', None),
          ('terminal', 'character varying(4) NOT NULL', None), ('concourse', 'character(1) NOT NULL', None), ('capacity', 'integer NOT NULL', None)]
l_rows = [Row(list(l)) for l in LOUNGES]
g_cols = [('id', 'integer NOT NULL', None), ('guest_ref', 'character varying(12) NOT NULL', None),
          ('full_name_en', 'character varying(160) NOT NULL', 'name'), ('full_name_ar', 'character varying(160)', 'name'),
          ('gender', 'character(1)', None), ('date_of_birth', 'date', 'date_of_birth'), ('nationality', 'character(3)', None),
          ('passport_no', 'character varying(16)', 'government_id'), ('passport_country', 'character(3)', None),
          ('passport_expiry', 'date', None), ('emirates_id', 'character varying(18)', 'government_id'),
          ('emirates_id_expiry', 'date', None), ('mobile', 'character varying(24)', 'phone'), ('email', 'character varying(160)', 'email'),
          ('programme', 'character varying(24) NOT NULL', 'account_type'), ('programme_member_no', 'character varying(20)', None),
          ('marketing_consent', 'boolean DEFAULT false NOT NULL', None), ('created_at', 'timestamp with time zone DEFAULT now() NOT NULL', 'activity')]
g_rows = [Row([g['id'], g['gref'], '%s %s' % (g['first'], g['last']), g['ar'], g['g'], g['dob'], g['nat'], g['pp'], g['nat'], g['ppexp'],
               g['eid'], g['eidexp'], g['mobile'], g['email'], g['prog'], g['memno'], R.random() < 0.35,
               g['created'].strftime('%Y-%m-%d %H:%M:%S') + '+04'], pid=g['pid']) for g in guests]
s_cols = [('id', 'integer NOT NULL', None), ('employee_no', 'character varying(12) NOT NULL', None),
          ('full_name_en', 'character varying(160) NOT NULL', 'name'), ('full_name_ar', 'character varying(160)', 'name'),
          ('username', 'character varying(40) NOT NULL', 'username'), ('password_hash', 'character varying(100) NOT NULL', 'password'),
          ('role', 'character varying(20) NOT NULL', 'account_type'), ('home_lounge_id', 'integer', None),
          ('last_login_at', 'timestamp with time zone', 'activity'), ('active', 'boolean DEFAULT true NOT NULL', None)]
s_rows = [Row([s['id'], s['empno'], '%s %s' % (s['first'], s['last']), s['ar'], s['user'], bcrypt_like(R, 12, '2a'), s['role'],
               R.randint(1, 4), (rdt(R, NOW - dt.timedelta(days=3), NOW)).strftime('%Y-%m-%d %H:%M:%S') + '+04', True], pid=s['pid']) for s in staff]
v_cols = [('id', 'integer NOT NULL', None), ('guest_id', 'integer NOT NULL', None), ('lounge_id', 'integer NOT NULL', None),
          ('flight_no', 'character varying(8)', None), ('destination', 'character(3)', None), ('travel_class', 'character(1)', None),
          ('pnr', 'character(6)', None), ('seat', 'character varying(4)', None), ('bcbp_raw', 'text', 'name'),
          ('entry_at', 'timestamp with time zone NOT NULL', 'activity'), ('exit_at', 'timestamp with time zone', 'activity'),
          ('access_type', 'character varying(24) NOT NULL', None), ('companions', 'smallint DEFAULT 0 NOT NULL', None),
          ('amount_aed', 'numeric(8,2)', None), ('card_brand', 'character varying(12)', None), ('card_last4', 'character(4)', None),
          ('admitted_by', 'integer', None)]
v_rows = []
for k, v in enumerate(visits, 1):
    g = v['g']
    pnr = ''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(6))
    cls = R.choice(['J', 'J', 'F', 'Y', 'W'])
    seat = '%d%s' % (R.randint(1, 45), R.choice('ABCDEFGHJK'))
    acc = {'Falcon Black': 'Falcon Membership', 'Falcon Gold': 'Falcon Membership', 'Walk-in': 'Paid walk-in'}.get(g['prog'], g['prog'])
    paid = acc == 'Paid walk-in'
    comp = R.choices([0, 1, 2, 3], [60, 25, 10, 5])[0]
    v['comp'] = comp
    v_rows.append(Row([k, g['id'], v['lounge'][0], v['fl'][0] + v['fl'][1], v['fl'][2], cls, pnr, seat,
                       bcbp(g['last'], g['first'], pnr, 'DXB', v['fl'][2], v['fl'][0], v['fl'][1], v['t'].date(), cls, seat, R.randint(1, 400)),
                       v['t'].strftime('%Y-%m-%d %H:%M:%S') + '+04', (v['t'] + dt.timedelta(minutes=v['stay'])).strftime('%Y-%m-%d %H:%M:%S') + '+04',
                       acc, comp, ('%.2f' % (280 * (1 + comp))) if paid else None,
                       R.choice(['VISA', 'MASTERCARD', 'AMEX']) if paid else None, '%04d' % R.randint(0, 9999) if paid else None,
                       R.randint(1, 16)], pid=g['pid']))
for tn, c in [('lounges', l_cols), ('guests', g_cols), ('staff', s_cols), ('visits', v_cols)]:
    out.append(pg_create(tn, c, OWN))
out.append(pg_copy(T, SQLF, 'guests', g_cols, g_rows, OWN))
out.append(pg_copy(T, SQLF, 'lounges', l_cols, l_rows, OWN))
out.append(pg_copy(T, SQLF, 'staff', s_cols, s_rows, OWN))
out.append(pg_copy(T, SQLF, 'visits', v_cols, v_rows, OWN))
out.append(pg_footer([('guests', len(g_rows)), ('lounges', 4), ('staff', len(s_rows)), ('visits', len(v_rows))],
                     [('visits', 'guest_id', 'guests'), ('visits', 'lounge_id', 'lounges'), ('visits', 'admitted_by', 'staff')],
                     [('idx_visits_guest', 'visits', 'guest_id'), ('idx_visits_entry', 'visits', 'entry_at'), ('idx_guests_passport', 'guests', 'passport_no')]))
wtext(SQLF, ''.join(out))
T.look(SQLF, 'guests.programme_member_no', '16-digit lounge-programme membership numbers; %d of %d pass Luhn by chance (not card numbers)' % (luhn_pass, nmem))
T.look(SQLF, 'guests.passport_expiry', 'document expiry date')
T.look(SQLF, 'guests.emirates_id_expiry', 'document expiry date')
T.look(SQLF, 'guests.guest_ref', 'guest reference')
T.look(SQLF, 'visits.pnr', 'airline booking reference')
T.look(SQLF, 'visits.flight_no', 'flight number')
T.look(SQLF, 'visits.destination', 'destination airport code of the trip')
T.look(SQLF, 'visits.card_last4', 'last four digits of the card only')
T.look(SQLF, 'visits.card_brand', 'card brand')
T.look(SQLF, 'staff.employee_no', 'employee number')
T.amb(SQLF, 'guests.nationality')
T.amb(SQLF, 'guests.passport_country')

# ---------------- JSON API export (members of the Falcon programmes + their registered companions)
JF = 'guests_api_export_p1.json'
data = []
members = [g for g in guests if g['prog'] in ('Falcon Black', 'Falcon Gold', 'Priority Pass')][:100]
ncomp = 0
for g in members:
    docs = [OrderedDict([('type', 'passport'), ('number', g['pp']), ('issuing_country', g['nat']), ('expiry', g['ppexp'].isoformat())])]
    T.rec(JF, 'data.attributes.documents.number', 'government_id', g['pid'])
    if g['eid']:
        docs.append(OrderedDict([('type', 'emirates_id'), ('number', g['eid']), ('issuing_country', 'ARE'), ('expiry', g['eidexp'].isoformat())]))
    comps = []
    if g['prog'].startswith('Falcon') and R.random() < 0.5:
        for _ in range(R.choice([1, 1, 2])):
            ncomp += 1
            gage = (NOW.date() - g['dob']).days // 365
            rel = R.choice(['spouse', 'child', 'child', 'parent', 'assistant'])
            if rel == 'child' and gage < 24:
                rel = 'spouse'
            if rel == 'parent' and gage > 62:
                rel = 'child'
            age = {'spouse': max(19, gage + R.randint(-8, 6)), 'child': R.randint(2, max(3, gage - 22)),
                   'parent': min(95, gage + R.randint(20, 34)), 'assistant': R.randint(23, 50)}[rel]
            while True:
                cg, cf, cl, car = mkname(g['nat'])
                cl = g['last'] if (rel != 'assistant' and R.random() < 0.7) else cl
                if (cf, cl) != (g['first'], g['last']):
                    break
            cpid = 'companion:%d' % ncomp
            comps.append(OrderedDict([('name', '%s %s' % (cf, cl)), ('relationship', rel), ('age', age)]))
            T.rec(JF, 'data.attributes.companions.name', 'name', cpid)
            T.rec(JF, 'data.attributes.companions.age', 'date_of_birth', cpid)
    vs = g['visits']
    attrs = OrderedDict([
        ('name', OrderedDict([('first', g['first']), ('last', g['last']), ('ar', g['ar'])])),
        ('contact', OrderedDict([('email', g['email']), ('mobile', g['mobile'])])),
        ('dob', g['dob'].isoformat()),
        ('documents', docs),
        ('membership', OrderedDict([('programme', g['prog']), ('number', g['memno']),
                                    ('status', R.choice(['active', 'active', 'active', 'suspended']))])),
        ('companions', comps),
        ('preferences', OrderedDict([('language', 'ar' if g['ar'] else 'en'), ('dietary', R.choice([None, 'halal', 'vegetarian', 'gluten_free']))])),
        ('created_at', g['created'].strftime('%Y-%m-%dT%H:%M:%S+04:00')),
        ('last_visit_at', vs[-1]['t'].strftime('%Y-%m-%dT%H:%M:%S+04:00') if vs else None),
    ])
    for f, c, v in [('name.first', 'name', g['first']), ('name.last', 'name', g['last']), ('name.ar', 'name', g['ar']),
                    ('contact.email', 'email', g['email']), ('contact.mobile', 'phone', g['mobile']), ('dob', 'date_of_birth', 1),
                    ('membership.programme', 'account_type', 1), ('membership.status', 'account_type', 1), ('created_at', 'activity', 1),
                    ('last_visit_at', 'activity', vs)]:
        if v:
            T.rec(JF, 'data.attributes.' + f, c, g['pid'])
    data.append(OrderedDict([('id', g['api']), ('type', 'guest'), ('attributes', attrs),
                             ('relationships', OrderedDict([('visits', OrderedDict([('meta', OrderedDict([('count', len(vs))])),
                                                                                    ('links', OrderedDict([('related', '/v2/guests/%s/visits' % g['api'])]))]))])),
                             ('links', OrderedDict([('self', '/v2/guests/%s' % g['api'])]))]))
doc = OrderedDict([('data', data), ('meta', OrderedDict([('page', 1), ('per_page', 100), ('total', len(data)),
                                                         ('exported_at', NOW.strftime('%Y-%m-%dT%H:%M:%S+04:00'))])),
                   ('links', OrderedDict([('self', '/v2/guests?page=1&filter[programme]=falcon,priority_pass'), ('next', None)]))])
wtext(JF, json.dumps(doc, ensure_ascii=False, indent=2) + '\n')
T.look(JF, 'data.attributes.membership.number', '16-digit programme numbers (not card numbers)')
T.look(JF, 'data.attributes.documents.expiry', 'document expiry')
T.look(JF, 'data.attributes.documents.type', 'document type')
T.look(JF, 'data.id', 'API object id')
T.amb(JF, 'data.attributes.documents.issuing_country')

# ---------------- nginx access log: member app API + lounge Wi-Fi portal + anonymous website visitors
LF = 'api-gateway-access.log'
lines = []
LSTART = dt.datetime(2024, 5, 12, 0, 0, 0)
recentv = [v for v in visits if v['t'] >= LSTART - dt.timedelta(hours=6)]
for g in members:
    g['ip'] = public_ipv4(R, ['94.200', '94.204', '5.195', '86.98', '2.50', '91.73', '176.205', '37.245'])
    g['ua'] = 'FalconLounges/3.8.%d (%s)' % (R.randint(0, 4), R.choice(['iPhone15,2; iOS 17.4.1', 'iPhone14,5; iOS 17.3', 'SM-S928B; Android 14', 'Pixel 8; Android 14']))
for g in members:
    if R.random() < 0.45:
        continue
    for _ in range(R.randint(1, 5)):
        t = rdt(R, LSTART, NOW)
        for meth, path, code in [('GET', '/v2/me', 200), ('GET', '/v2/guests/%s/visits?limit=10' % g['api'], 200),
                                 ('GET', '/v2/lounges/%s/occupancy' % R.choice(LOUNGES)[1], 200)][:R.randint(1, 3)]:
            t += dt.timedelta(seconds=R.randint(1, 30))
            lines.append((t, '%s - - [%s] "%s %s HTTP/2.0" %d %d "-" "%s" rt=%.3f' % (g['ip'], clf_time(t, '+0400'), meth, path, code,
                                                                                       R.randint(300, 4000), g['ua'], R.uniform(0.01, 0.3))))
            T.txt(LF, 'ip_address', g['pid']); T.txt(LF, 'activity', g['pid']); T.txt(LF, 'device', g['pid'])
for v in recentv:
    g = v['g']
    if not g['email'] or R.random() < 0.4:
        continue
    t = v['t'] + dt.timedelta(minutes=R.randint(2, 15))
    ip = '172.20.%d.%d' % (v['lounge'][0], R.randint(2, 250))
    ua = R.choice(UA_MOBILE + UA_DESKTOP[:2])
    lines.append((t, '%s - - [%s] "GET /wifi/portal/login?lounge=%s&email=%s&lang=%s HTTP/1.1" 302 0 "https://wifi.falconlounges.ae/" "%s" rt=0.041' % (
        ip, clf_time(t, '+0400'), v['lounge'][1], g['email'].replace('@', '%40'), 'ar' if g['ar'] else 'en', ua)))
    T.txt(LF, 'email', g['pid']); T.txt(LF, 'ip_address', g['pid']); T.txt(LF, 'activity', g['pid']); T.txt(LF, 'device', g['pid'])
for _ in range(700):
    t = rdt(R, LSTART, NOW)
    path = R.choice(['/', '/en', '/ar', '/en/lounges/dxb-t3-concourse-b', '/ar/lounges/dxb-t3-concourse-a', '/en/offers', '/v2/lounges',
                     '/en/membership/falcon-gold', '/robots.txt', '/sitemap.xml', '/static/app.8f3c1e.js', '/healthz'])
    if path == '/healthz':
        lines.append((t, '10.55.0.%d - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28" rt=0.001' % (R.randint(2, 9), clf_time(t, '+0400'))))
    else:
        lines.append((t, '%s - - [%s] "GET %s HTTP/2.0" 200 %d "%s" "%s" rt=%.3f' % (
            public_ipv4(R), clf_time(t, '+0400'), path, R.randint(500, 90000), R.choice(['-', 'https://www.google.com/', 'https://www.falconlounges.ae/']),
            R.choice(UA_MOBILE + UA_DESKTOP + UA_BOTS), R.uniform(0.002, 0.2))))
lines.sort(key=lambda x: x[0])
wtext(LF, ''.join(l + '\n' for _, l in lines))

# ---------------- .env of the LoungeOS service
EF = 'loungeos.env'
env = [('# LoungeOS production environment', None), ('NODE_ENV', 'production'), ('TZ', 'Asia/Dubai'),
       ('DATABASE_URL', 'postgres://loungeos:%s@pg-loungeos.prod.internal:5432/loungeos' % alnum(R, 22)),
       ('REDIS_URL', 'redis://cache.prod.internal:6379/0'), ('JWT_SECRET', alnum(R, 64)),
       ('PRIORITY_PASS_API_KEY', 'ppk_live_' + alnum(R, 32)), ('LOUNGEKEY_CLIENT_ID', 'fpl-dxb'),
       ('LOUNGEKEY_CLIENT_SECRET', alnum(R, 40)), ('EIDA_READER_LICENSE', '-'.join(alnum(R, 5, string.ascii_uppercase + string.digits) for _ in range(5))),
       ('SMTP_HOST', 'smtp.office365.com'), ('SMTP_USER', 'noreply@falconlounges.ae'), ('SMTP_PASS', alnum(R, 16)),
       ('PAYMENT_GATEWAY', 'network-international'), ('NI_API_KEY', base64.b64encode(('%s:%s' % (uuid4(R), uuid4(R))).encode()).decode()),
       ('WIFI_PORTAL_SHARED_SECRET', hexstr(R, 32)), ('LOG_LEVEL', 'info')]
wtext(EF, ''.join((k + '\n') if v is None else '%s=%s\n' % (k, v) for k, v in env))
for k in ['DATABASE_URL', 'JWT_SECRET', 'PRIORITY_PASS_API_KEY', 'LOUNGEKEY_CLIENT_SECRET', 'EIDA_READER_LICENSE', 'SMTP_PASS', 'NI_API_KEY', 'WIFI_PORTAL_SHARED_SECRET']:
    T.rec(EF, k, 'secret', None)

# ---------------- control: departures schedule
CF = 'dxb_departures_2024-05-14.csv'
crow = []
for f in FLIGHTS:
    for dep in sorted(R.sample(range(0, 24 * 60, 5), 1)):
        crow.append(Row([f[0] + f[1], {'EK': 'Emirates', 'FZ': 'flydubai', 'BA': 'British Airways', 'LH': 'Lufthansa', 'AI': 'Air India',
                                       'PR': 'Philippine Airlines', 'SV': 'Saudia', 'PK': 'PIA'}[f[0]], f[2], f[3],
                         R.choice(['A', 'B', 'C']) if f[3] == 'T3' else 'D', '2024-05-14 %02d:%02d' % (dep // 60, dep % 60),
                         '%s%d' % (R.choice('ABCD'), R.randint(1, 45)), R.choice(['Scheduled', 'Boarding', 'Departed', 'Delayed'])]))
write_csv(T, CF, [('flight', None), ('airline', None), ('destination', None), ('terminal', None), ('concourse', None),
                  ('scheduled_departure', None), ('gate', None), ('status', None)], crow)
T.control(CF)

T.write(
    brief='Falcon Premium Lounges, an airport-lounge operator at Dubai International (DXB), running LoungeOS. English with '
          'Arabic-script names. PostgreSQL pg_dump (lounges, guests with passport numbers and Emirates IDs, staff logins, '
          'visits with the raw IATA boarding-pass barcode string that embeds the passenger name), a JSON:API export of '
          'programme members with nested documents and companions arrays, the nginx access log of the member-app API, '
          'lounge Wi-Fi portal (e-mail in the query string) and public website, the service .env, and a public departures '
          'board (control).',
    notes='People = guests + companions registered in the JSON export (name and age only) + staff. Emirates IDs are '
          '784-YYYY-NNNNNNN-C with YYYY the birth year and a Luhn check digit over the 15 digits. visits.bcbp_raw is the '
          'scanned boarding-pass string (M1SURNAME/GIVEN...) and holds the guest name. Wi-Fi portal lines come from the '
          'lounge network (172.20.x.x) but belong to the guest whose e-mail is in the query string; member-app lines carry '
          'the guest API id in the path and the app user-agent and count for that guest. Website visitors, bots and '
          'kube probes are anonymous and not counted. nationality / passport_country / issuing_country are kept ambiguous. '
          '.env fields are named by variable.',
    zero_cats=['secret'])
print('ok', len(guests), ncomp, len(staff), len(visits), len(lines))
