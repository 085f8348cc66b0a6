#!/usr/bin/env python3
"""Blind test dump B/ru-school: vendor export of a Russian online school ("Умникум").
Standard library only, seeded and deterministic. Writes data/ and truth.json."""
import json
import os
import random
import shutil
import string
import uuid
from datetime import date, datetime, timedelta

R = random.Random(20240917)
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
if os.path.isdir(DATA):
    shutil.rmtree(DATA)
os.makedirs(DATA)

N_STUDENTS = 160
N_TEACHERS = 24

# ---------------------------------------------------------------- name lists
SURNAMES = [
    "Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов",
    "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров",
    "Павлов", "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин",
    "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев", "Романов", "Воробьёв",
    "Сергеев", "Кузьмин", "Фролов", "Александров", "Дмитриев", "Королёв", "Гусев", "Киселёв",
    "Ильин", "Максимов", "Поляков", "Сорокин", "Виноградов", "Ковалёв", "Белов", "Медведев",
    "Антонов", "Тарасов", "Жуков", "Баранов", "Филиппов", "Комаров", "Давыдов", "Беляев",
    "Герасимов", "Богданов", "Осипов", "Сидоров", "Матвеев", "Титов", "Марков", "Миронов",
    "Крылов", "Куликов", "Карпов", "Власов", "Мельников", "Денисов", "Гаврилов", "Тихонов",
    "Казаков", "Афанасьев", "Вишневский", "Покровский", "Шевченко", "Ковальчук", "Бондаренко",
    "Гарипов", "Хабибуллин", "Садыков", "Ким", "Цой",
]
MALE = [
    "Александр", "Дмитрий", "Максим", "Сергей", "Андрей", "Алексей", "Артём", "Илья", "Кирилл",
    "Михаил", "Никита", "Матвей", "Роман", "Егор", "Арсений", "Иван", "Денис", "Евгений",
    "Даниил", "Тимофей", "Владислав", "Игорь", "Владимир", "Павел", "Руслан", "Марк",
    "Константин", "Тимур", "Олег", "Ярослав", "Антон", "Николай", "Глеб", "Савелий", "Вадим",
    "Степан", "Юрий", "Богдан", "Фёдор", "Лев",
]
FEMALE = [
    "Анастасия", "Мария", "Анна", "Виктория", "Екатерина", "Наталья", "Марина", "Полина",
    "София", "Дарья", "Алиса", "Ксения", "Александра", "Елена", "Ольга", "Татьяна", "Ирина",
    "Юлия", "Светлана", "Вероника", "Варвара", "Ева", "Кристина", "Милана", "Арина",
    "Валерия", "Таисия", "Ульяна", "Василиса", "Елизавета",
]
PATRONYMICS = [  # (male, female)
    ("Александрович", "Александровна"), ("Дмитриевич", "Дмитриевна"), ("Сергеевич", "Сергеевна"),
    ("Андреевич", "Андреевна"), ("Алексеевич", "Алексеевна"), ("Ильич", "Ильинична"),
    ("Михайлович", "Михайловна"), ("Иванович", "Ивановна"), ("Николаевич", "Николаевна"),
    ("Игоревич", "Игоревна"), ("Юрьевич", "Юрьевна"), ("Павлович", "Павловна"),
    ("Евгеньевич", "Евгеньевна"), ("Владимирович", "Владимировна"), ("Олегович", "Олеговна"),
    ("Романович", "Романовна"), ("Константинович", "Константиновна"), ("Викторович", "Викторовна"),
    ("Васильевич", "Васильевна"), ("Анатольевич", "Анатольевна"), ("Вадимович", "Вадимовна"),
    ("Денисович", "Денисовна"), ("Антонович", "Антоновна"), ("Максимович", "Максимовна"),
    ("Геннадьевич", "Геннадьевна"), ("Русланович", "Руслановна"), ("Тимурович", "Тимуровна"),
]
CITIES = [
    "Москва", "Москва", "Москва", "Санкт-Петербург", "Санкт-Петербург", "Екатеринбург",
    "Новосибирск", "Казань", "Нижний Новгород", "Пермь", "Самара", "Уфа", "Краснодар",
    "Челябинск", "Омск", "Воронеж", "Тюмень", "Ростов-на-Дону", "Красноярск", "Иркутск",
    "Ярославль", "Сургут", "Калининград", "Томск", "Владивосток",
]
MOBILE_CODES = ["900", "902", "903", "905", "906", "908", "909", "912", "913", "915", "916",
                "917", "919", "920", "921", "922", "925", "926", "929", "950", "951", "952",
                "953", "958", "960", "961", "962", "977", "981", "985", "987", "999"]
MAIL_DOMAINS = ["mail.ru", "mail.ru", "yandex.ru", "yandex.ru", "gmail.com", "bk.ru",
                "inbox.ru", "list.ru", "rambler.ru", "ya.ru"]
SUBJECTS = ["Математика", "Русский язык", "Физика", "Химия", "Английский язык",
            "Информатика", "Биология", "История", "Обществознание", "Литература", "География"]

TR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
              ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o",
               "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e",
               "yu", "ya"]))


def tr(s):
    return "".join(TR.get(c, c) for c in s.lower()).replace("-", "")


def fem_surname(s):
    if s.endswith(("ов", "ев", "ёв", "ин")):
        return s + "а"
    if s.endswith("ский"):
        return s[:-4] + "ская"
    return s  # Шевченко, Ковальчук, Ким, Цой


def person(adult_ratio):
    female = R.random() < 0.5
    first = R.choice(FEMALE if female else MALE)
    last = R.choice(SURNAMES)
    if female:
        last = fem_surname(last)
    pat = R.choice(PATRONYMICS)[1 if female else 0]
    return female, last, first, pat


def phone():
    code = R.choice(MOBILE_CODES)
    a, b, c = R.randint(100, 999), R.randint(0, 99), R.randint(0, 99)
    if R.random() < 0.55:
        return f"+7 ({code}) {a}-{b:02d}-{c:02d}"
    return f"8 {code} {a} {b:02d} {c:02d}"


def snils():
    d = str(R.randint(100000000, 999999999))
    s = sum(int(d[i]) * (9 - i) for i in range(9))
    if s < 100:
        c = s
    elif s in (100, 101):
        c = 0
    else:
        c = s % 101
        if c == 100:
            c = 0
    return f"{d[0:3]}-{d[3:6]}-{d[6:9]} {c:02d}"


def snils_ok(v):
    d = v.replace("-", "").replace(" ", "")
    s = sum(int(d[i]) * (9 - i) for i in range(9))
    c = s if s < 100 else (0 if s in (100, 101) else s % 101 % 100)
    return int(d[9:]) == c


def inn12():
    region = R.choice(["77", "50", "78", "66", "54", "16", "52", "59", "63", "02", "23", "74"])
    d = [int(x) for x in region + f"{R.randint(1, 51):02d}" + f"{R.randint(0, 999999):06d}"]
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(w1, d)) % 11 % 10)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(w2, d)) % 11 % 10)
    return "".join(map(str, d))


def inn_ok(v):
    d = [int(x) for x in v]
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    return (sum(a * b for a, b in zip(w1, d)) % 11 % 10 == d[10]
            and sum(a * b for a, b in zip(w2, d)) % 11 % 10 == d[11])


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        n = int(ch)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def rand_dt(start, end):
    span = int((end - start).total_seconds())
    return start + timedelta(seconds=R.randint(0, span))


RU_IP_NETS = ["95.24", "95.25", "178.140", "178.141", "188.162", "5.18", "31.173", "37.110",
              "46.39", "77.37", "85.140", "91.77", "176.59", "188.170", "213.87", "94.25",
              "109.252", "92.100", "83.220", "217.66"]


def ru_ip():
    return f"{R.choice(RU_IP_NETS)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


# ---------------------------------------------------------------- students
students = []
used_logins = set()
for i in range(1, N_STUDENTS + 1):
    adult = R.random() < 0.3
    female, last, first, pat = person(0.3)
    if adult:
        dob = date(1968, 1, 1) + timedelta(days=R.randint(0, 365 * 35))
    else:
        dob = date(2006, 9, 1) + timedelta(days=R.randint(0, 365 * 10))
    fl, ll = tr(first), tr(last)
    styles = [f"{fl}.{ll}", f"{ll}{dob.year % 100:02d}", f"{fl[0]}{ll}{R.randint(1, 99)}",
              f"{ll}.{fl[0]}", f"{fl}_{ll}{dob.year}"]
    local = R.choice(styles)
    email = f"{local}@{R.choice(MAIL_DOMAINS)}"
    lstyles = [f"{fl}_{ll}", f"{ll}{dob.year}", f"{fl}{ll[:3]}{R.randint(1, 999)}",
               f"{fl[:4]}_{R.randint(10, 99)}", f"{ll}_{fl[0]}"]
    login = R.choice(lstyles)
    while login in used_logins:
        login += str(R.randint(0, 9))
    used_logins.add(login)
    reg = rand_dt(datetime(2021, 8, 1), datetime(2024, 9, 10))
    students.append(dict(
        id=i, login=login, last=last, first=first, pat=pat, dob=dob, email=email,
        phone=phone(), city=R.choice(CITIES), snils=snils() if R.random() < 0.85 else None,
        tariff=R.choices(["базовый", "премиум", "бесплатный"], [5, 3, 2])[0],
        reg=reg, last_ip=ru_ip(),
        utm=R.choice(["yandex_direct", "vk_ads", "organic", "telegram", "referral", None]),
    ))

# ---------------------------------------------------------------- teachers
teachers = []
for j in range(N_TEACHERS):
    female, last, first, pat = person(1)
    teachers.append(dict(
        id=101 + j, fio=f"{last} {first} {pat}",
        email=f"{tr(first)[0]}.{tr(last)}@umnikum.ru",
        phone=phone(), subjects=sorted(R.sample(SUBJECTS, R.choice([1, 1, 2, 2, 3]))),
        inn=inn12(), hired_on=(date(2019, 6, 1) + timedelta(days=R.randint(0, 1800))).isoformat(),
        rate=R.choice([900, 1000, 1200, 1500, 1800, 2000, 2500]),
        active=R.random() < 0.9,
    ))

# ---------------------------------------------------------------- payments
PRICE = {"базовый": [2490.00, 6990.00], "премиум": [5990.00, 15990.00], "бесплатный": [0.0]}
payments = []
order_numbers = []
pid = 0
for s in students:
    if s["tariff"] == "бесплатный" and R.random() < 0.8:
        continue
    for _ in range(R.randint(1, 5)):
        pid += 1
        created = rand_dt(s["reg"], datetime(2024, 9, 15))
        num = "".join(str(R.randint(0, 9)) for _ in range(16))
        num = "10" + num[2:]
        order_numbers.append(num)
        method = R.choice(["карта", "карта", "СБП", "SberPay", "ЮMoney"])
        if method == "карта":
            bin6 = R.choice(["220220", "220070", "220015", "427638", "546938", "220024"])
            mask = f"{bin6}******{R.randint(0, 9999):04d}"
        else:
            mask = None
        amount = R.choice(PRICE[s["tariff"]] if s["tariff"] != "бесплатный" else [990.00, 1490.00])
        payments.append(dict(
            id=pid, sid=s["id"], num=num, amount=amount,
            status=R.choices(["оплачен", "ожидает", "отменён", "возврат"], [80, 6, 10, 4])[0],
            method=method, mask=mask, ykid=str(uuid.UUID(int=R.getrandbits(128), version=4)),
            created=created))
payments.sort(key=lambda p: p["created"])
for k, p in enumerate(payments, 1):
    p["id"] = k

# ---------------------------------------------------------------- lessons
lessons = []
lid = 480000
for _ in range(900):
    lid += R.randint(1, 9)
    t = R.choice(teachers)
    s = R.choice(students)
    st = rand_dt(max(s["reg"], datetime(2024, 1, 9)), datetime(2024, 9, 20))
    st = st.replace(hour=R.randint(9, 21), minute=R.choice([0, 0, 30]), second=0)
    room = "rm-" + "".join(R.choice(string.ascii_lowercase + string.digits) for _ in range(4)) + \
        "-" + "".join(R.choice(string.ascii_lowercase + string.digits) for _ in range(4))
    lessons.append(dict(id=lid, tid=t["id"], sid=s["id"], started=st,
                        dur=R.choice([45, 45, 60, 90]), room=room, subj=R.choice(t["subjects"])))
lessons.sort(key=lambda x: x["started"])


# ---------------------------------------------------------------- pg_dump
def pgv(v):
    if v is None:
        return "\\N"
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S") + "+03"
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, float):
        return f"{v:.2f}"
    return str(v).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def q(ident):
    return ident if all(c in "abcdefghijklmnopqrstuvwxyz0123456789_" for c in ident) else f'"{ident}"'


TABLES = [
    ("ученики", [
        ("id", "integer NOT NULL"), ("login", "character varying(64) NOT NULL"),
        ("фамилия", "character varying(100) NOT NULL"), ("имя", "character varying(100) NOT NULL"),
        ("отчество", "character varying(100)"), ("дата_рождения", "date"),
        ("email", "character varying(255) NOT NULL"), ("телефон", "character varying(32)"),
        ("город", "character varying(100)"), ("снилс", "character(14)"),
        ("тариф", "character varying(16) DEFAULT 'бесплатный'::character varying NOT NULL"),
        ("дата_регистрации", "timestamp with time zone DEFAULT now() NOT NULL"),
        ("last_ip", "inet"), ("utm_source", "character varying(64)"),
    ], [(s["id"], s["login"], s["last"], s["first"], s["pat"], s["dob"], s["email"], s["phone"],
         s["city"], s["snils"], s["tariff"], s["reg"], s["last_ip"], s["utm"]) for s in students]),
    ("платежи", [
        ("id", "integer NOT NULL"), ("ученик_id", "integer NOT NULL"),
        ("номер_заказа", "character(16) NOT NULL"), ("сумма", "numeric(10,2) NOT NULL"),
        ("статус", "character varying(16) NOT NULL"), ("способ_оплаты", "character varying(16)"),
        ("card_mask", "character varying(19)"), ("yookassa_id", "uuid"),
        ("created_at", "timestamp with time zone DEFAULT now() NOT NULL"),
    ], [(p["id"], p["sid"], p["num"], p["amount"], p["status"], p["method"], p["mask"],
         p["ykid"], p["created"]) for p in payments]),
    ("уроки", [
        ("id", "bigint NOT NULL"), ("teacher_id", "integer NOT NULL"),
        ("ученик_id", "integer NOT NULL"), ("предмет", "character varying(64)"),
        ("started_at", "timestamp with time zone NOT NULL"),
        ("duration_min", "smallint DEFAULT 45 NOT NULL"), ("room_code", "character varying(16)"),
    ], [(l["id"], l["tid"], l["sid"], l["subj"], l["started"], l["dur"], l["room"]) for l in lessons]),
]

out = ["--", "-- PostgreSQL database dump", "--", "",
       "-- Dumped from database version 14.11 (Ubuntu 14.11-1.pgdg22.04+1)",
       "-- Dumped by pg_dump version 14.11 (Ubuntu 14.11-1.pgdg22.04+1)", "",
       "SET statement_timeout = 0;", "SET lock_timeout = 0;",
       "SET idle_in_transaction_session_timeout = 0;", "SET client_encoding = 'UTF8';",
       "SET standard_conforming_strings = on;",
       "SELECT pg_catalog.set_config('search_path', '', false);",
       "SET check_function_bodies = false;", "SET xmloption = content;",
       "SET client_min_messages = warning;", "SET row_security = off;", "",
       "SET default_tablespace = '';", "", "SET default_table_access_method = heap;", ""]
for name, cols, rows in TABLES:
    out += ["--", f"-- Name: {name}; Type: TABLE; Schema: public; Owner: school", "--", "",
            f"CREATE TABLE public.{q(name)} ("]
    out.append(",\n".join(f"    {q(c)} {t}" for c, t in cols))
    out += [");", "", "", f"ALTER TABLE public.{q(name)} OWNER TO school;", ""]
    if name != "уроки":
        seq = f"{name}_id_seq"
        out += ["--", f"-- Name: {seq}; Type: SEQUENCE; Schema: public; Owner: school", "--", "",
                f"CREATE SEQUENCE public.{q(seq)}", "    AS integer", "    START WITH 1",
                "    INCREMENT BY 1", "    NO MINVALUE", "    NO MAXVALUE", "    CACHE 1;", "", "",
                f"ALTER TABLE public.{q(seq)} OWNER TO school;", "",
                "--", f"-- Name: {seq}; Type: SEQUENCE OWNED BY; Schema: public; Owner: school",
                "--", "", f"ALTER SEQUENCE public.{q(seq)} OWNED BY public.{q(name)}.id;", ""]
for name, cols, rows in TABLES:
    if name != "уроки":
        out += ["--", f"-- Name: {name} id; Type: DEFAULT; Schema: public; Owner: school", "--", "",
                f"ALTER TABLE ONLY public.{q(name)} ALTER COLUMN id SET DEFAULT "
                f"nextval('public.{q(name + '_id_seq')}'::regclass);", ""]
for name, cols, rows in TABLES:
    out += ["--", f"-- Data for Name: {name}; Type: TABLE DATA; Schema: public; Owner: school",
            "--", "", f"COPY public.{q(name)} ({', '.join(q(c) for c, _ in cols)}) FROM stdin;"]
    for r in rows:
        out.append("\t".join(pgv(v) for v in r))
    out += ["\\.", "", ""]
for name, cols, rows in TABLES:
    if name != "уроки":
        seq = f"{name}_id_seq"
        out += ["--", f"-- Name: {seq}; Type: SEQUENCE SET; Schema: public; Owner: school", "--", "",
                f"SELECT pg_catalog.setval('public.{q(seq)}', {len(rows)}, true);", "", ""]
for name, cols, rows in TABLES:
    out += ["--", f"-- Name: {name} {name}_pkey; Type: CONSTRAINT; Schema: public; Owner: school",
            "--", "", f"ALTER TABLE ONLY public.{q(name)}",
            f"    ADD CONSTRAINT {q(name + '_pkey')} PRIMARY KEY (id);", "", ""]
out += ["--", "-- Name: ученики_email_key; Type: INDEX; Schema: public; Owner: school", "--", "",
        'CREATE UNIQUE INDEX "ученики_email_key" ON public."ученики" USING btree (email);', "", "",
        "--", "-- PostgreSQL database dump complete", "--", ""]
with open(os.path.join(DATA, "umnikum_prod.sql"), "w", encoding="utf-8") as f:
    f.write("\n".join(out))

# ---------------------------------------------------------------- teachers JSON
tj = {"exported_at": "2024-09-21T03:00:12+03:00", "source": "crm.umnikum.ru", "count": len(teachers),
      "teachers": [{"id": t["id"], "fio": t["fio"], "email": t["email"], "phone": t["phone"],
                    "subjects": t["subjects"], "inn": t["inn"], "hired_on": t["hired_on"],
                    "rate_per_hour": t["rate"], "active": t["active"]} for t in teachers]}
with open(os.path.join(DATA, "teachers_export.json"), "w", encoding="utf-8") as f:
    json.dump(tj, f, ensure_ascii=False, indent=2)

# ---------------------------------------------------------------- nginx access log
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 YaBrowser/24.7.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.6613.127 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 12; Redmi Note 10 Pro) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.6533.103 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:129.0) Gecko/20100101 Firefox/129.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36 Edg/128.0.0.0",
    "Umnikum/3.14.2 (Android 14; Pixel 7; build 3142)",
    "Umnikum/3.14.1 (iOS 17.5.1; iPhone14,5)",
]
BOT_UA = ["Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)",
          "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"]
log = []
t0 = datetime(2024, 9, 16, 0, 0, 0)
for _ in range(1800):
    t0 += timedelta(seconds=R.randint(1, 330))
    s = R.choice(students)
    ip = s["last_ip"] if R.random() < 0.6 else ru_ip()
    ua = R.choice(UAS)
    kind = R.random()
    ref = "https://umnikum.ru/dashboard"
    if kind < 0.25:
        req, st, sz = f"GET /profile/{s['login']} HTTP/2.0", 200, R.randint(14000, 42000)
    elif kind < 0.32:
        req, st, sz = f"GET /profile/{s['login']}/edit HTTP/2.0", R.choice([200, 200, 302]), R.randint(9000, 20000)
    elif kind < 0.40:
        req, st, sz = "POST /api/v1/auth/login HTTP/2.0", R.choice([200, 200, 200, 401]), R.randint(180, 900)
        ref = "https://umnikum.ru/login"
    elif kind < 0.60:
        l = R.choice(lessons)
        req, st, sz = f"GET /api/v1/lessons/{l['id']}/join?room={l['room']} HTTP/2.0", 200, R.randint(300, 1200)
    elif kind < 0.70:
        req, st, sz = "GET /api/v1/homework?status=open&page=1 HTTP/2.0", 200, R.randint(2000, 9000)
    elif kind < 0.75:
        req, st, sz = "POST /api/v1/payments/create HTTP/2.0", R.choice([201, 201, 400]), R.randint(200, 700)
        ref = "https://umnikum.ru/tariffs"
    elif kind < 0.95:
        req, st, sz = R.choice(["GET /static/js/app.8f3c21e.js HTTP/2.0", "GET /static/css/main.41ab90d.css HTTP/2.0",
                                "GET /favicon.ico HTTP/2.0", "GET /static/img/logo.svg HTTP/2.0"]), R.choice([200, 304]), R.randint(0, 380000)
    else:
        ip = R.choice(["5.255.253.", "213.180.203.", "66.249.66."]) + str(R.randint(1, 254))
        ua = R.choice(BOT_UA)
        req, st, sz = R.choice(["GET /courses/matematika-oge HTTP/1.1", "GET /robots.txt HTTP/1.1",
                                "GET /sitemap.xml HTTP/1.1"]), 200, R.randint(300, 30000)
        ref = "-"
    ts = t0.strftime("%d/%b/%Y:%H:%M:%S") + " +0300"
    log.append(f'{ip} - - [{ts}] "{req}" {st} {sz} "{ref}" "{ua}"')
with open(os.path.join(DATA, "access.log"), "w", encoding="utf-8") as f:
    f.write("\n".join(log) + "\n")


# ---------------------------------------------------------------- .env
def tok(n, alpha=string.ascii_letters + string.digits):
    return "".join(R.choice(alpha) for _ in range(n))


env = f"""# Umnikum backend — production
APP_ENV=production
APP_DEBUG=false
APP_URL=https://umnikum.ru
TZ=Europe/Moscow

DATABASE_URL=postgresql://school_app:{tok(24)}@pg-master.internal:5432/umnikum_prod
DATABASE_POOL_SIZE=20
REDIS_URL=redis://:{tok(32)}@redis.internal:6379/0

SECRET_KEY={tok(50, string.ascii_letters + string.digits + '!@#%^&*(-_=+)')}
JWT_SECRET={tok(64, '0123456789abcdef')}
JWT_TTL_MINUTES=60

YOOKASSA_SHOP_ID=284731
YOOKASSA_SECRET_KEY=live_{tok(43, string.ascii_letters + string.digits + '_-')}

SMTP_HOST=smtp.yandex.ru
SMTP_PORT=465
SMTP_USER=no-reply@umnikum.ru
SMTP_PASSWORD={tok(16, string.ascii_lowercase)}

S3_ENDPOINT=https://storage.yandexcloud.net
S3_BUCKET=umnikum-homework
S3_ACCESS_KEY_ID=YCAJE{tok(20, string.ascii_letters + string.digits + '_-')}
S3_SECRET_ACCESS_KEY=YCP{tok(37, string.ascii_letters + string.digits + '_-')}

SMSRU_API_ID={tok(8, '0123456789ABCDEF')}-{tok(4, '0123456789ABCDEF')}-{tok(4, '0123456789ABCDEF')}-{tok(4, '0123456789ABCDEF')}-{tok(12, '0123456789ABCDEF')}
TELEGRAM_BOT_TOKEN={R.randint(6000000000, 7999999999)}:AA{tok(33, string.ascii_letters + string.digits + '_-')}
SENTRY_DSN=https://{tok(32, '0123456789abcdef')}@o{R.randint(100000, 999999)}.ingest.sentry.io/{R.randint(1000000, 9999999)}

VIDEO_PROVIDER=jitsi
JITSI_APP_ID=umnikum
JITSI_APP_SECRET={tok(40, '0123456789abcdef')}
"""
with open(os.path.join(DATA, ".env"), "w", encoding="utf-8") as f:
    f.write(env)

# ---------------------------------------------------------------- course catalogue (CONTROL)
LEVEL = ["5 класс", "6 класс", "7 класс", "8 класс", "9 класс (ОГЭ)", "10 класс", "11 класс (ЕГЭ)", "взрослые"]
COURSE_KIND = ["Интенсив", "Годовой курс", "Мини-группа", "Индивидуально", "Летняя школа"]
SUBJ_CODE = {"Математика": "MAT", "Русский язык": "RUS", "Физика": "PHY", "Химия": "CHE",
             "Английский язык": "ENG", "Информатика": "INF", "Биология": "BIO", "История": "HIS",
             "Обществознание": "SOC", "Литература": "LIT", "География": "GEO"}
rows = [["код_курса", "название", "предмет", "уровень", "формат", "уроков", "длительность_мин",
         "цена_руб", "доступен_в_тарифе", "старт_потока", "мест_в_группе"]]
k = 0
for subj in SUBJECTS:
    for lvl in R.sample(LEVEL, 4):
        k += 1
        kind = R.choice(COURSE_KIND)
        code = f"{SUBJ_CODE[subj]}-{LEVEL.index(lvl) + 5:02d}-{k:03d}"
        rows.append([code, f"{subj}: {kind.lower()} — {lvl}", subj, lvl, kind,
                     str(R.choice([8, 12, 16, 32, 64])), str(R.choice([45, 60, 90])),
                     f"{R.choice([2490, 3990, 5990, 7990, 12990, 19990])},00",
                     R.choice(["базовый", "премиум", "премиум", "базовый, премиум"]),
                     (date(2024, 9, 2) + timedelta(days=7 * R.randint(0, 12))).strftime("%d.%m.%Y"),
                     str(R.choice([1, 6, 8, 12, 20]))])


def csvq(v):
    return '"' + v.replace('"', '""') + '"' if any(c in v for c in ';"\n') else v


with open(os.path.join(DATA, "courses_catalog.csv"), "w", encoding="utf-8-sig", newline="") as f:
    for r in rows:
        f.write(";".join(csvq(v) for v in r) + "\r\n")

# ---------------------------------------------------------------- prometheus metrics (CONTROL)
m = []
m += ["# HELP go_goroutines Number of goroutines that currently exist.", "# TYPE go_goroutines gauge",
      f"go_goroutines {R.randint(80, 300)}",
      "# HELP process_resident_memory_bytes Resident memory size in bytes.",
      "# TYPE process_resident_memory_bytes gauge",
      f"process_resident_memory_bytes {R.randint(180000000, 600000000)}",
      "# HELP process_start_time_seconds Start time of the process since unix epoch in seconds.",
      "# TYPE process_start_time_seconds gauge", "process_start_time_seconds 1.72639871213e+09",
      "# HELP http_requests_total Total HTTP requests processed.", "# TYPE http_requests_total counter"]
for h in ["/api/v1/auth/login", "/api/v1/lessons/{id}/join", "/api/v1/homework",
          "/api/v1/payments/create", "/profile/{login}", "/static/*"]:
    for meth, codes in (("GET", ["200", "304", "404"]), ("POST", ["200", "201", "400", "401"])):
        if (meth == "POST") != (h in ("/api/v1/auth/login", "/api/v1/payments/create")):
            continue
        for c in codes:
            m.append(f'http_requests_total{{handler="{h}",method="{meth}",code="{c}"}} {R.randint(10, 9000000)}')
m += ["# HELP http_request_duration_seconds HTTP request latency.",
      "# TYPE http_request_duration_seconds histogram"]
cum = 0
for le in ["0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1", "2.5", "5", "10"]:
    cum += R.randint(1000, 900000)
    m.append(f'http_request_duration_seconds_bucket{{handler="/api/v1/homework",le="{le}"}} {cum}')
m += [f'http_request_duration_seconds_bucket{{handler="/api/v1/homework",le="+Inf"}} {cum}',
      f'http_request_duration_seconds_sum{{handler="/api/v1/homework"}} {cum * 0.083:.3f}',
      f'http_request_duration_seconds_count{{handler="/api/v1/homework"}} {cum}',
      "# HELP umnikum_active_rooms Video rooms currently open.", "# TYPE umnikum_active_rooms gauge",
      f"umnikum_active_rooms {R.randint(10, 140)}",
      "# HELP umnikum_payments_total Payments by status.", "# TYPE umnikum_payments_total counter"]
for st in ["succeeded", "pending", "canceled", "refunded"]:
    m.append(f'umnikum_payments_total{{provider="yookassa",status="{st}"}} {R.randint(10, 60000)}')
m += ["# HELP umnikum_db_pool_connections DB pool connections.", "# TYPE umnikum_db_pool_connections gauge",
      f'umnikum_db_pool_connections{{state="idle"}} {R.randint(2, 15)}',
      f'umnikum_db_pool_connections{{state="in_use"}} {R.randint(2, 15)}',
      "# HELP umnikum_bytes_uploaded_total Homework upload bytes.", "# TYPE umnikum_bytes_uploaded_total counter",
      f"umnikum_bytes_uploaded_total {R.randint(10**11, 10**12)}"]
with open(os.path.join(DATA, "metrics.prom"), "w", encoding="utf-8") as f:
    f.write("\n".join(m) + "\n")

# ---------------------------------------------------------------- self-checks
assert all(snils_ok(s["snils"]) for s in students if s["snils"])
assert all(inn_ok(t["inn"]) for t in teachers)
luhn_hits = sum(luhn_ok(n) for n in order_numbers)
for fn in os.listdir(DATA):
    assert os.path.getsize(os.path.join(DATA, fn)) < 2 * 1024 * 1024, fn

# ---------------------------------------------------------------- truth
truth = {
    "brief": "Vendor export of 'Умникум', a Russian online school (K-12 and adult courses): PostgreSQL "
             "pg_dump with Cyrillic table/column names (ученики, платежи, уроки; COPY format), a CRM "
             "JSON export of teachers, the nginx access log of the web app, the backend .env, a course "
             "catalogue CSV (semicolon, UTF-8 BOM, Russian headers) and a Prometheus metrics scrape. "
             "Russian language and Cyrillic script throughout, some English technical columns.",
    "people": N_STUDENTS + N_TEACHERS,
    "fields": {
        "umnikum_prod.sql": {
            "ученики.login": "username",
            "ученики.фамилия": "name",
            "ученики.имя": "name",
            "ученики.отчество": "name",
            "ученики.дата_рождения": "date_of_birth",
            "ученики.email": "email",
            "ученики.телефон": "phone",
            "ученики.город": "location",
            "ученики.снилс": "government_id",
            "ученики.тариф": "account_type",
            "ученики.дата_регистрации": "activity",
            "ученики.last_ip": "ip_address",
            "платежи.created_at": "activity",
            "уроки.started_at": "activity",
        },
        "teachers_export.json": {
            "teachers.fio": "name",
            "teachers.email": "email",
            "teachers.phone": "phone",
            "teachers.inn": "government_id",
        },
    },
    "text": {
        "access.log": ["ip_address", "activity", "username", "device"],
        ".env": ["secret"],
    },
    "controls": ["courses_catalog.csv", "metrics.prom"],
    "ambiguous": {},
    "lookalikes": {
        "umnikum_prod.sql": {
            "платежи.номер_заказа": f"16-digit order numbers; {luhn_hits} of {len(order_numbers)} pass Luhn by chance",
            "платежи.card_mask": "masked card (BIN + ****** + last four), not a full PAN",
            "платежи.yookassa_id": "payment-provider UUID",
            "платежи.статус": "payment status, not an account status",
            "уроки.room_code": "video room codes",
            "уроки.id": "lesson ids",
            "уроки.teacher_id": "internal teacher ids",
            "ученики.utm_source": "marketing source",
        },
        "teachers_export.json": {
            "teachers.hired_on": "hire date (not a birth date)",
            "teachers.subjects": "subject names",
        },
        ".env": {"SMTP_USER": "no-reply@ system mailbox, not a person"},
        "courses_catalog.csv": {"старт_потока": "course start dates", "доступен_в_тарифе": "tariff names of products, not of a person"},
    },
    "notes": "СНИЛС written '123-456-789 01' with a valid check number (about 15% of students have NULL). "
             "ИНН are 12-digit individual INNs with both check digits valid. Phones mix '+7 (9xx) xxx-xx-xx' "
             "and '8 9xx xxx xx xx'. About 70% of students are minors (born 2006-2016), the rest adults. "
             "уроки rows tie a student to a lesson start time, so started_at is counted as activity. "
             "access.log: /profile/<login> paths carry student logins; user agents include browsers and the "
             "school's mobile app; a few search-bot lines. .env holds DB/Redis passwords, Django-style secret key, "
             "JWT secret, YooKassa key, SMTP password, S3 keys, Telegram bot token, Sentry DSN. No IPs or "
             "personal e-mails in the .env. metrics.prom has no instance/IP labels.",
}
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=2)
print("students", N_STUDENTS, "teachers", N_TEACHERS, "payments", len(payments),
      "lessons", len(lessons), "luhn", luhn_hits)
