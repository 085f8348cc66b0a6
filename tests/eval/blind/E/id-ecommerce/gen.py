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
SEED = 5303
R = random.Random(SEED)
T = Truth()
reset_out()
NOW = dt.datetime(2024, 5, 31, 23, 0, 0)
WIB = '+07:00'

M_N = ['Budi', 'Agus', 'Andi', 'Dedi', 'Eko', 'Hendra', 'Irfan', 'Joko', 'Rudi', 'Slamet', 'Bambang', 'Wahyu', 'Yusuf',
       'Fajar', 'Rizky', 'Dimas', 'Arif', 'Teguh', 'Hadi', 'Ahmad', 'Muhammad', 'Reza', 'Gilang', 'Bayu', 'Dwi', 'Hasan',
       'Iwan', 'Taufik', 'Yoga', 'Aditya', 'Rangga', 'Ilham', 'Fikri', 'Kevin', 'Hendri', 'Sutrisno', 'Darmawan']
F_N = ['Siti', 'Sri', 'Dewi', 'Ratna', 'Rina', 'Wulan', 'Putri', 'Ayu', 'Indah', 'Fitri', 'Nur', 'Lestari', 'Yuliana',
       'Nadia', 'Anisa', 'Dian', 'Maya', 'Kartika', 'Intan', 'Mega', 'Novi', 'Evi', 'Linda', 'Sari', 'Melati', 'Nurul',
       'Tika', 'Rani', 'Vina', 'Yanti', 'Wati', 'Hesti']
LAST_M = ['Santoso', 'Wijaya', 'Saputra', 'Pratama', 'Hidayat', 'Kurniawan', 'Setiawan', 'Nugroho', 'Susanto', 'Gunawan',
          'Purnomo', 'Hartono', 'Siregar', 'Nasution', 'Simanjuntak', 'Harahap', 'Lubis', 'Sitompul', 'Wibowo', 'Halim',
          'Tanjung', 'Rahman', 'Hakim', 'Permana', 'Suryadi', 'Firmansyah', 'Utomo', 'Sembiring', 'Pangaribuan', 'Tanoto']
LAST_F = ['Lestari', 'Rahmawati', 'Handayani', 'Puspitasari', 'Wulandari', 'Susanti', 'Safitri', 'Anggraini', 'Kusumawati',
          'Permatasari', 'Siregar', 'Nasution', 'Wijaya', 'Halim', 'Lubis', 'Sembiring', 'Maharani', 'Oktaviani']
# kode wilayah (kab/kota), nama, provinsi, kode pos prefix, kecamatan list
WIL = [
    ('3171', 'Kota Jakarta Selatan', 'DKI Jakarta', '12', ['Kebayoran Baru', 'Tebet', 'Pancoran', 'Cilandak', 'Pasar Minggu', 'Mampang Prapatan']),
    ('3172', 'Kota Jakarta Timur', 'DKI Jakarta', '13', ['Duren Sawit', 'Cakung', 'Jatinegara', 'Pulo Gadung', 'Kramat Jati']),
    ('3173', 'Kota Jakarta Pusat', 'DKI Jakarta', '10', ['Tanah Abang', 'Menteng', 'Senen', 'Gambir', 'Kemayoran']),
    ('3174', 'Kota Jakarta Barat', 'DKI Jakarta', '11', ['Kebon Jeruk', 'Grogol Petamburan', 'Cengkareng', 'Palmerah', 'Tambora']),
    ('3175', 'Kota Jakarta Utara', 'DKI Jakarta', '14', ['Penjaringan', 'Kelapa Gading', 'Tanjung Priok', 'Koja']),
    ('3273', 'Kota Bandung', 'Jawa Barat', '40', ['Coblong', 'Sukajadi', 'Buahbatu', 'Antapani', 'Cicendo']),
    ('3275', 'Kota Bekasi', 'Jawa Barat', '17', ['Bekasi Barat', 'Bekasi Timur', 'Rawalumbu', 'Medan Satria']),
    ('3276', 'Kota Depok', 'Jawa Barat', '16', ['Beji', 'Pancoran Mas', 'Sukmajaya', 'Cimanggis']),
    ('3374', 'Kota Semarang', 'Jawa Tengah', '50', ['Semarang Tengah', 'Banyumanik', 'Tembalang', 'Pedurungan']),
    ('3372', 'Kota Surakarta', 'Jawa Tengah', '57', ['Laweyan', 'Banjarsari', 'Jebres', 'Pasar Kliwon']),
    ('3471', 'Kota Yogyakarta', 'DI Yogyakarta', '55', ['Gondokusuman', 'Umbulharjo', 'Mergangsan', 'Jetis']),
    ('3404', 'Kabupaten Sleman', 'DI Yogyakarta', '55', ['Depok', 'Mlati', 'Ngaglik', 'Gamping']),
    ('3578', 'Kota Surabaya', 'Jawa Timur', '60', ['Gubeng', 'Wonokromo', 'Tegalsari', 'Sukolilo', 'Rungkut', 'Tambaksari']),
    ('3573', 'Kota Malang', 'Jawa Timur', '65', ['Lowokwaru', 'Klojen', 'Blimbing', 'Sukun']),
    ('3515', 'Kabupaten Sidoarjo', 'Jawa Timur', '61', ['Sidoarjo', 'Waru', 'Taman', 'Candi']),
    ('5171', 'Kota Denpasar', 'Bali', '80', ['Denpasar Selatan', 'Denpasar Barat', 'Denpasar Timur', 'Denpasar Utara']),
    ('1271', 'Kota Medan', 'Sumatera Utara', '20', ['Medan Baru', 'Medan Petisah', 'Medan Sunggal', 'Medan Helvetia']),
    ('7371', 'Kota Makassar', 'Sulawesi Selatan', '90', ['Panakkukang', 'Tamalanrea', 'Rappocini', 'Mamajang']),
    ('3674', 'Kota Tangerang Selatan', 'Banten', '15', ['Serpong', 'Pondok Aren', 'Ciputat', 'Pamulang']),
]
JALAN = ['Jl. Kebon Jeruk Raya', 'Jl. Margonda Raya', 'Jl. Melati', 'Jl. Kenanga', 'Jl. Cempaka Putih', 'Jl. Diponegoro',
         'Jl. Sudirman', 'Jl. Gatot Subroto', 'Jl. Ahmad Yani', 'Jl. Pahlawan', 'Jl. Merdeka', 'Jl. Mawar', 'Gg. Masjid',
         'Jl. Raya Bogor', 'Jl. Kaliurang', 'Jl. Imam Bonjol', 'Jl. Hayam Wuruk', 'Jl. Gajah Mada', 'Jl. Teuku Umar',
         'Jl. Pemuda', 'Jl. Veteran', 'Perum Griya Asri Blok C', 'Jl. Anggrek', 'Jl. Flamboyan', 'Jl. Dahlia']
TOKO_A = ['Toko', 'Berkah', 'Sumber', 'Cahaya', 'Mitra', 'Grosir', 'Rumah', 'Dapur', 'Gudang', 'Pusat', 'Kios', 'Warung']
TOKO_B = ['Jaya', 'Abadi', 'Makmur', 'Sentosa', 'Barokah', 'Sejahtera', 'Mandiri', 'Fashion', 'Gadget', 'Hijab', 'Sepatu',
          'Kosmetik', 'Elektronik', 'Mainan Anak', 'Batik', 'Herbal', 'Sparepart Motor', 'Perabot', 'Kopi', 'Snack']
TIPE = [('Official Store', 6), ('Power Merchant Pro', 14), ('Power Merchant', 30), ('Regular', 50)]
BANKS = [('BCA', 10), ('Mandiri', 13), ('BRI', 15), ('BNI', 10), ('BSI', 10), ('CIMB Niaga', 13), ('Bank Jago', 12)]
PFX = ['0812', '0813', '0821', '0822', '0852', '0856', '0857', '0817', '0818', '0819', '0859', '0877', '0878', '0896', '0881', '0838']


def hp_raw():
    p = R.choice(PFX)
    return p + ''.join(R.choice(string.digits) for _ in range(R.choice([7, 8, 8, 8])))


def hp_fmt(raw, style=None):
    style = R.randint(0, 3) if style is None else style
    if style == 0:
        return raw
    if style == 1:
        return '%s-%s-%s' % (raw[:4], raw[4:8], raw[8:])
    if style == 2:
        return '+62 %s-%s-%s' % (raw[1:4], raw[4:8], raw[8:])
    return '62' + raw[1:]


used_nik = set()


def make_nik(wil, dob, g):
    while True:
        kec = '%02d' % R.randint(1, 12)
        dd = dob.day + (40 if g == 'F' else 0)
        n = '%s%s%02d%02d%02d%04d' % (wil[0], kec, dd, dob.month, dob.year % 100, R.randint(1, 40))
        if n not in used_nik:
            used_nik.add(n)
            return n


def strip(s):
    return ''.join(ch for ch in s.lower() if ch.isalnum())


# ---------------- sellers
sellers = []
toko_used = set()
for i in range(1, 171):
    g = R.choice('MF')
    first = R.choice(M_N if g == 'M' else F_N)
    if R.random() < 0.12:
        name = first if first in ('Sutrisno', 'Darmawan', 'Slamet', 'Yanti', 'Wati') else first + ' ' + R.choice(LAST_M if g == 'M' else LAST_F)
    else:
        mid = (' ' + R.choice(M_N if g == 'M' else F_N)) if R.random() < 0.25 else ''
        name = first + mid + ' ' + R.choice(LAST_M if g == 'M' else LAST_F)
    dob = rdate(R, dt.date(1965, 1, 1), dt.date(2004, 6, 30))
    born = R.choice(WIL)
    live = born if R.random() < 0.7 else R.choice(WIL)
    while True:
        toko = R.choice(TOKO_A) + ' ' + R.choice(TOKO_B)
        if R.random() < 0.2:
            toko = R.choice(['Official ', '']) + R.choice(['Kopiku', 'Batikita', 'SnackNusa', 'GadgetIn', 'RumahHijab', 'Sepatuku', 'AromaBali', 'LampuKita']) + (str(R.randint(1, 99)) if R.random() < 0.3 else '')
        if toko not in toko_used:
            toko_used.add(toko)
            break
    bank = R.choice(BANKS)
    hp = hp_raw()
    tipe = R.choices([t for t, _ in TIPE], [w for _, w in TIPE])[0]
    s = dict(id=i, pid='penjual:%d' % i, sid='%d' % (104000000 + i * 1733 + R.randint(0, 900)), name=name, g=g, dob=dob,
             nik=make_nik(born, dob, g), hp=hp, toko=toko, wil=live,
             email=R.choice(['%s.%s', '%s%s', '%s_%s']) % (strip(name.split()[0]), strip(name.split()[-1]) if len(name.split()) > 1 else str(R.randint(10, 99))) +
             R.choice(['', str(dob.year % 100), str(R.randint(1, 999))]) + '@' + R.choice(['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.co.id', 'yahoo.com', 'ymail.com', 'outlook.co.id']),
             alamat='%s No. %d%s, RT %03d/RW %03d' % (R.choice(JALAN), R.randint(1, 250), R.choice(['', '', 'A', 'B']), R.randint(1, 15), R.randint(1, 12)),
             kec=R.choice(live[4]), kodepos=live[3] + '%03d' % R.randint(110, 999),
             bank=bank[0], rek=''.join(R.choice(string.digits) for _ in range(bank[1])),
             rekname=name.upper() if R.random() < 0.9 else None, tipe=tipe,
             status=R.choices(['aktif', 'aktif', 'aktif', 'dibekukan', 'moderasi', 'tutup_sementara'], [40, 40, 40, 5, 5, 6])[0],
             joined=rdt(R, dt.datetime(2017, 6, 1), dt.datetime(2024, 3, 31)),
             npwp=('%02d.%03d.%03d.%d-%03d.000' % (R.randint(1, 99), R.randint(0, 999), R.randint(0, 999), R.randint(0, 9), R.randint(1, 999))) if R.random() < 0.35 else None)
    if s['rekname'] is None:  # account held by spouse/relative
        rg = R.choice('MF')
        s['rekname'] = (R.choice(M_N if rg == 'M' else F_N) + ' ' + name.split()[-1]).upper()
        s['rekpid'] = 'pemilik_rekening:%d' % i
    else:
        s['rekpid'] = s['pid']
    sellers.append(s)

agents = []
for k in range(1, 19):
    g = R.choice('MF')
    first = R.choice(M_N if g == 'M' else F_N)
    last = R.choice(LAST_M if g == 'M' else LAST_F)
    agents.append(dict(id='AG-%03d' % (k + 20), pid='agen:%d' % k, name='%s %s' % (first, last), first=first,
                       user='%s.%s' % (strip(first), strip(last)[0]), ip='10.20.%d.%d' % (R.randint(1, 4), R.randint(11, 240))))

# ---------------- tickets Feb-May 2024
KAT = ['pencairan_dana', 'verifikasi_toko', 'pesanan_komplain', 'pengiriman', 'akun_dibekukan', 'iklan_promosi', 'ubah_rekening', 'lainnya']


def order_no(t):
    return 'INV/%s/MPL/%d' % (t.strftime('%Y%m%d'), R.randint(3000000000, 3999999999))


def resi():
    return R.choice(['JP%d' % R.randint(1000000000, 9999999999), '0%d' % R.randint(10000000000000, 99999999999999),
                     '00%d' % R.randint(4000000000, 4999999999), 'SPXID0%d' % R.randint(10000000000, 99999999999)])


tickets = []
for s in sellers:
    for _ in range(R.choices([0, 1, 2, 3, 4, 6, 9], [8, 30, 24, 16, 10, 8, 4])[0]):
        t = rdt(R, dt.datetime(2024, 2, 1), dt.datetime(2024, 5, 31, 20))
        t = t.replace(hour=R.randint(7, 22))
        tickets.append(dict(t=t, s=s, kat=R.choice(KAT), a=R.choice(agents)))
tickets.sort(key=lambda x: x['t'])
for n, tk in enumerate(tickets, 1):
    tk['no'] = 'TKT-%s-%06d' % (tk['t'].strftime('%y%m%d'), 4000 + n)
    tk['closed'] = tk['t'] + dt.timedelta(minutes=R.randint(6, 60 * 30)) if R.random() < 0.92 else None
    tk['csat'] = R.choice([None, 3, 4, 5, 5, 5, 4, 2, 1]) if tk['closed'] else None

# ---------------- NDJSON of May chats
NF = 'chat_tiket_2024-05.ndjson'
OPEN_S = {
    'pencairan_dana': ['Halo kak, dana penjualan saya belum masuk ke rekening sudah 3 hari.', 'Min, saldo penghasilan saya tertahan, kenapa ya?',
                       'Selamat siang, penarikan dana saya statusnya gagal terus.'],
    'verifikasi_toko': ['Kak, verifikasi toko saya ditolak, alasannya foto KTP buram. Sudah saya upload ulang.', 'Mau tanya proses verifikasi KTP berapa lama ya kak?'],
    'pesanan_komplain': ['Pembeli komplain barang tidak sesuai, padahal sudah saya kirim sesuai foto.', 'Ada pembeli minta refund tapi barang belum dikembalikan.'],
    'pengiriman': ['Paket saya sudah dikirim tapi resi tidak update dari kemarin.', 'Kurir belum pickup paket dari pagi kak.'],
    'akun_dibekukan': ['Kenapa toko saya dibekukan? Saya tidak pernah melanggar aturan.', 'Akun saya tidak bisa login, katanya dibekukan sementara.'],
    'iklan_promosi': ['Saldo iklan saya terpotong tapi iklan tidak tayang.', 'Cara ikut campaign 6.6 gimana ya kak?'],
    'ubah_rekening': ['Saya mau ganti rekening pencairan dana.', 'Rekening lama saya sudah ditutup, mohon dibantu ganti.'],
    'lainnya': ['Halo kak, mau tanya soal biaya layanan yang baru.', 'Kak, bagaimana cara menambah admin toko?'],
}
BOT = 'Terima kasih telah menghubungi Pusat Bantuan Penjual TokoRaya. Agen kami akan segera membantu Anda.'
CLOSE_A = ['Terima kasih sudah menghubungi TokoRaya, semoga harinya menyenangkan kak.', 'Apakah ada lagi yang bisa kami bantu kak?',
           'Baik kak, tiket ini kami tutup ya. Terima kasih.']
nd_lines = []
msg_cats = set()
for tk in tickets:
    if tk['t'] < dt.datetime(2024, 5, 1):
        continue
    s, a, t = tk['s'], tk['a'], tk['t']
    first = s['name'].split()[0]
    msgs = []

    def add(frm, text, cats=(), owner=None, gap=(20, 400)):
        global t
        t = t + dt.timedelta(seconds=R.randint(*gap))
        msgs.append(OrderedDict([('from', frm), ('sent_at', t.strftime('%Y-%m-%dT%H:%M:%S') + WIB), ('text', text)]))
        sender = s['pid'] if frm == 'penjual' else (a['pid'] if frm == 'agen' else None)
        if sender:
            T.rec(NF, 'messages.sent_at', 'activity', sender)
        for c in cats:
            T.rec(NF, 'messages.text', c, owner or s['pid'])
        if not cats:
            T.fields.setdefault(NF, OrderedDict())
    add('bot', BOT, gap=(1, 3))
    add('penjual', R.choice(OPEN_S[tk['kat']]), gap=(5, 60))
    add('agen', 'Halo kak %s, saya %s dari tim Seller Care. Mohon ditunggu, saya bantu cek ya.' % (first, a['first']), ['name'], None, (30, 240))
    T.rec(NF, 'messages.text', 'name', a['pid'])
    k = tk['kat']
    refs = []
    if k in ('pencairan_dana', 'ubah_rekening'):
        add('agen', 'Boleh dibantu konfirmasi nomor rekening dan nama pemilik rekening yang terdaftar kak?')
        add('penjual', 'Rekening %s %s a.n. %s' % (s['bank'], s['rek'], s['rekname'].title()), ['bank_account', 'name'], s['rekpid'])
        wid = '%d' % R.randint(1000000000000000, 9999999999999999)
        add('agen', 'Terima kasih kak. ID penarikan %s sudah kami eskalasi ke tim finance, estimasi 1x24 jam hari kerja.' % wid)
    elif k == 'verifikasi_toko':
        add('agen', 'Untuk verifikasi ulang, mohon infokan NIK sesuai KTP ya kak.')
        add('penjual', 'NIK saya %s kak' % s['nik'], ['government_id'])
        add('agen', 'Data sudah kami teruskan ke tim verifikasi. Hasilnya akan dikirim lewat email %s.' % s['email'], ['email'])
    elif k in ('pesanan_komplain', 'pengiriman'):
        o = order_no(t)
        refs.append(o)
        if k == 'pengiriman':
            add('penjual', 'No pesanan %s, resi %s' % (o, resi()))
        else:
            add('penjual', 'Nomor pesanannya %s kak' % o)
        add('agen', 'Baik kak, kami sudah buat laporan ke tim terkait. Mohon kesediaannya menunggu 2x24 jam.')
    elif k == 'akun_dibekukan':
        add('agen', 'Toko kakak terdeteksi melanggar kebijakan produk terlarang. Silakan ajukan banding via menu Pusat Edukasi.')
        if R.random() < 0.5:
            alt = hp_fmt(hp_raw())
            add('penjual', 'Tolong hubungi saya di nomor %s saja kak, nomor lama sudah tidak aktif.' % alt, ['phone'])
            s.setdefault('alt_hp', alt)
    else:
        add('agen', 'Informasinya bisa dilihat di Pusat Edukasi Seller ya kak.')
        if R.random() < 0.3:
            add('penjual', 'Kalau ada update bisa WA ke %s ya' % hp_fmt(s['hp']), ['phone'])
    if tk['closed']:
        add('agen', R.choice(CLOSE_A))
    tk['closed'] = t + dt.timedelta(minutes=R.randint(1, 30)) if tk['closed'] else None
    obj = OrderedDict([
        ('ticket_id', tk['no']), ('channel', R.choice(['live_chat', 'live_chat', 'whatsapp', 'in_app'])),
        ('category', k), ('priority', R.choice(['normal', 'normal', 'tinggi'])),
        ('status', 'selesai' if tk['closed'] else 'menunggu_penjual'),
        ('created_at', tk['t'].strftime('%Y-%m-%dT%H:%M:%S') + WIB),
        ('closed_at', tk['closed'].strftime('%Y-%m-%dT%H:%M:%S') + WIB if tk['closed'] else None),
        ('seller', OrderedDict([('seller_id', s['sid']), ('shop_name', s['toko']), ('owner_name', s['name']),
                                ('phone', hp_fmt(s['hp'], 2)), ('email', s['email']), ('tier', s['tipe'])])),
        ('agent', OrderedDict([('agent_id', a['id']), ('name', a['name']), ('username', a['user'])])),
        ('messages', msgs),
        ('order_refs', refs),
        ('csat', OrderedDict([('score', tk['csat']), ('comment', R.choice(['', 'Cepat tanggap', 'Kurang membantu', 'Mantap, terima kasih', '']) if tk['csat'] else None)])),
    ])
    nd_lines.append(json.dumps(obj, ensure_ascii=False))
    T.rec(NF, 'created_at', 'activity', s['pid'])
    for f, c in [('owner_name', 'name'), ('phone', 'phone'), ('email', 'email'), ('tier', 'account_type')]:
        T.rec(NF, 'seller.' + f, c, s['pid'])
    T.rec(NF, 'agent.name', 'name', a['pid'])
    T.rec(NF, 'agent.username', 'username', a['pid'])
wtext(NF, ''.join(l + '\n' for l in nd_lines))
T.amb(NF, 'closed_at')
T.look(NF, 'order_refs', 'marketplace invoice numbers INV/YYYYMMDD/MPL/NNNNNNNNNN')
T.look(NF, 'seller.shop_name', 'shop (business) names')
T.look(NF, 'seller.seller_id', 'seller account number (9 digits)')
T.look(NF, 'ticket_id', 'ticket numbers')

# ---------------- sellers CSV
SF = 'penjual_aktif.csv'
s_cols = [('id_penjual', None), ('nama_toko', None), ('nama_pemilik', 'name'), ('nik', 'government_id'), ('npwp', 'government_id'),
          ('tanggal_lahir', 'date_of_birth'), ('no_hp', 'phone'), ('email', 'email'), ('alamat', 'location'), ('kecamatan', 'location'),
          ('kota_kabupaten', 'location'), ('provinsi', 'location'), ('kode_pos', 'location'), ('bank', None), ('no_rekening', 'bank_account'),
          ('nama_pemilik_rekening', 'name'), ('tipe_toko', 'account_type'), ('status_akun', 'account_type'), ('tanggal_bergabung', 'activity')]
s_rows = [Row([s['sid'], s['toko'], s['name'], s['nik'], s['npwp'], s['dob'].strftime('%d-%m-%Y'), hp_fmt(s['hp'], 0), s['email'],
               s['alamat'], s['kec'], s['wil'][1], s['wil'][2], s['kodepos'], s['bank'], s['rek'], s['rekname'], s['tipe'], s['status'],
               s['joined'].strftime('%Y-%m-%d %H:%M:%S')], pid=s['pid'],
              ov={'nama_pemilik_rekening': s['rekpid'], 'no_rekening': s['rekpid']}) for s in sellers]
write_csv(T, SF, s_cols, s_rows, quoting=csv.QUOTE_ALL, lineterminator='\n')
T.look(SF, 'id_penjual', 'seller account number (9 digits)')
T.look(SF, 'nama_toko', 'shop names')
T.look(SF, 'bank', 'bank name')

# ---------------- monthly reports (zip of CSVs), Feb-Apr
ZF = 'laporan_bulanan_2024.zip'
zbuf = io.BytesIO()
with zipfile.ZipFile(zbuf, 'w', zipfile.ZIP_DEFLATED) as z:
    for mon in (2, 3, 4):
        member = 'laporan_tiket_2024-%02d.csv' % mon
        key = ZF + '!' + member
        rows = []
        for tk in tickets:
            if tk['t'].month != mon:
                continue
            s, a = tk['s'], tk['a']
            rows.append(Row([tk['no'], s['sid'], s['name'], tk['kat'], tk['t'].strftime('%d/%m/%Y %H:%M'),
                             tk['closed'].strftime('%d/%m/%Y %H:%M') if tk['closed'] else '', a['name'],
                             '' if tk['csat'] is None else tk['csat'],
                             '%d' % int(((tk['closed'] - tk['t']).total_seconds() // 60)) if tk['closed'] else ''],
                            pid=s['pid'], ov={'agen': a['pid']}))
        data = write_csv(T, key, [('no_tiket', None), ('id_penjual', None), ('nama_pemilik', 'name'), ('kategori', None),
                                  ('dibuat', 'activity'), ('diselesaikan', None), ('agen', 'name'), ('skor_csat', None),
                                  ('durasi_menit', None)], rows, path=False)
        zi = zipfile.ZipInfo(member, date_time=(2024, mon + 1, 1, 6, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, data)
        T.amb(key, 'diselesaikan')
with open(os.path.join(OUT, ZF), 'wb') as fh:
    fh.write(zbuf.getvalue())

# ---------------- application log
LF = 'seller-support-app.log'
ll = []
LSTART = dt.datetime(2024, 5, 27, 0, 0, 0)


def ts(x):
    return x.strftime('%Y-%m-%d %H:%M:%S') + ',%03d' % R.randint(0, 999)


for a in agents:
    for d in range(5):
        day = LSTART + dt.timedelta(days=d)
        t = day.replace(hour=R.choice([7, 8, 14, 15]), minute=R.randint(0, 59))
        ll.append((t, '%s INFO  [auth-service] Login berhasil user=%s agent_id=%s ip=%s' % (ts(t), a['user'], a['id'], a['ip'])))
        T.txt(LF, 'username', a['pid']); T.txt(LF, 'ip_address', a['pid']); T.txt(LF, 'activity', a['pid'])
        if R.random() < 0.15:
            t0 = t - dt.timedelta(seconds=R.randint(5, 60))
            ll.append((t0, '%s WARN  [auth-service] Login gagal user=%s ip=%s alasan=password_salah' % (ts(t0), a['user'], a['ip'])))
for tk in tickets:
    if tk['t'] < LSTART:
        continue
    s, a = tk['s'], tk['a']
    ll.append((tk['t'], '%s INFO  [ticket-router] Tiket %s (kategori=%s, seller_id=%s) ditugaskan ke %s' % (ts(tk['t']), tk['no'], tk['kat'], s['sid'], a['user'])))
    T.txt(LF, 'username', a['pid']); T.txt(LF, 'activity', s['pid'])
    if tk['kat'] == 'verifikasi_toko':
        t2 = tk['t'] + dt.timedelta(minutes=R.randint(3, 40))
        ll.append((t2, '%s INFO  [kyc-client] Cek Dukcapil nik=%s nama="%s" hasil=%s' % (ts(t2), s['nik'], s['name'].upper(), R.choice(['MATCH', 'MATCH', 'NAMA_TIDAK_SESUAI']))))
        T.txt(LF, 'government_id', s['pid']); T.txt(LF, 'name', s['pid'])
    if tk['kat'] in ('ubah_rekening', 'akun_dibekukan'):
        t2 = tk['t'] + dt.timedelta(minutes=R.randint(1, 20))
        ll.append((t2, '%s INFO  [otp-service] OTP dikirim via SMS ke %s untuk seller_id=%s (tujuan=%s)' % (ts(t2), hp_fmt(s['hp'], 3), s['sid'], tk['kat'])))
        T.txt(LF, 'phone', s['pid'])
        if tk['kat'] == 'ubah_rekening':
            t3 = t2 + dt.timedelta(minutes=R.randint(1, 5))
            ll.append((t3, '%s INFO  [payout-service] Rekening pencairan seller_id=%s diubah ke %s ****%s oleh %s' % (ts(t3), s['sid'], s['bank'], s['rek'][-4:], a['user'])))
    if tk['closed']:
        ll.append((tk['closed'], '%s INFO  [ticket-service] Tiket %s ditutup oleh %s durasi=%dm' % (ts(tk['closed']), tk['no'], a['user'], (tk['closed'] - tk['t']).total_seconds() // 60)))
for _ in range(120):
    t = rdt(R, LSTART, NOW)
    ll.append((t, '%s %s' % (ts(t), R.choice([
        'DEBUG [queue-worker] Ukuran antrean live_chat=%d whatsapp=%d' % (R.randint(0, 40), R.randint(0, 25)),
        'INFO  [sla-monitor] %d tiket melewati SLA first-response 15 menit' % R.randint(0, 6),
        'WARN  [wa-gateway] Webhook lambat: 2.%ds' % R.randint(1, 9),
        'INFO  [report-job] Laporan harian dikirim ke ops-seller-care@tokoraya.co.id',
        'ERROR [kyc-client] Timeout koneksi ke gateway Dukcapil (retry 1/3)']))))
ll.sort(key=lambda x: x[0])
wtext(LF, ''.join(l + '\n' for _, l in ll))
T.look(LF, 'payout account', 'masked bank account (last 4 digits only) in payout-service lines')

# ---------------- control: kode wilayah
CF = 'kode_wilayah.csv'
crow = []
for w in WIL:
    for j, kec in enumerate(w[4], 1):
        crow.append(Row([w[0][:2], w[2], w[0], w[1], '%s%02d' % (w[0], j), kec, w[3] + '%03d' % (100 + j * 7)]))
write_csv(T, CF, [('kode_provinsi', None), ('provinsi', None), ('kode_kab_kota', None), ('kab_kota', None),
                  ('kode_kecamatan', None), ('kecamatan', None), ('kode_pos_utama', None)], crow, lineterminator='\n')
T.control(CF)
T.lookalikes.pop(LF, None)

T.write(
    brief='Solusi Layanan Nusantara, the seller-support (Seller Care) vendor of an Indonesian marketplace, TokoRaya. '
          'Bahasa Indonesia. NDJSON of May 2024 support chats (one ticket per line, seller and agent objects, nested '
          'messages array whose free text carries bank accounts, NIK, e-mails, phone numbers and names), a CSV of '
          'sellers with NIK (16 digits: region code + birth date, +40 on the day for women) / NPWP / bank account, '
          'a zip of Feb-Apr monthly ticket reports (CSV), the support application log (agent logins, ticket routing, '
          'Dukcapil KYC checks, OTP SMS) and a public region-code register (control).',
    notes='People = sellers (shop owners) + a relative for the sellers whose payout account is held in another name '
          '(name and bank_account only) + support agents (vendor employees). NIKs are consistent with the seller\'s '
          'date of birth and sex. In messages.text a rekening holder named in the message is attributed to that '
          'holder. The 16-digit "ID penarikan" numbers inside agent messages are withdrawal ids, not NIKs. '
          'The monthly reports cover tickets created Feb-Apr; the NDJSON covers tickets created in May; the app log '
          'covers 27-31 May. Agent IPs (10.20.x.x, office) count for the agent. Masked accounts (****1234) in the log '
          'are not bank_account. shop names and bank names are not personal data. The log line naming '
          'ops-seller-care@tokoraya.co.id is a team mailbox, not a person.',
    zero_cats=[])
print('ok', len(sellers), len(agents), len(tickets), len(nd_lines), len(ll))
