"""Build the in-memory model of Fotovia's photo-walk programme (members, guides, walks, bookings,
payments, devices, check-ins). Deterministic for a given seed."""
import datetime as dt
import ipaddress
import random
import uuid

from people import (FIRST, LAST, CITIES, PT_POSTAL, PT_STREETS, PT_FLOORS, ES_POSTAL, ES_STREETS,
                    ES_FLOORS, BR_CEP, BR_STREETS, FR_STREETS, FR_POSTAL, US_STREETS, EMAIL_DOMAINS,
                    IP4_PREFIX, IP6_PREFIX, IBAN, fold, wpick, nif, dni, cpf, new_phone)

SEED = 20240630
EXPORT_DAY = dt.date(2024, 6, 30)
UTC = dt.timezone.utc

CITY_CENTRE = {
    "Lisboa": (38.7223, -9.1393), "Porto": (41.1579, -8.6291), "Braga": (41.5454, -8.4265),
    "Coimbra": (40.2033, -8.4103), "Setúbal": (38.5244, -8.8882), "Cascais": (38.6979, -9.4215),
    "Almada": (38.6790, -9.1569), "Faro": (37.0194, -7.9322), "Madrid": (40.4168, -3.7038),
    "Barcelona": (41.3874, 2.1686), "Sevilla": (37.3891, -5.9845), "Valencia": (39.4699, -0.3763),
    "Vigo": (42.2406, -8.7207), "São Paulo": (-23.5505, -46.6333), "Rio de Janeiro": (-22.9068, -43.1729),
    "Belo Horizonte": (-19.9167, -43.9345), "Curitiba": (-25.4284, -49.2733),
    "Porto Alegre": (-30.0346, -51.2177), "Paris": (48.8566, 2.3522), "Lyon": (45.7640, 4.8357),
    "Bordeaux": (44.8378, -0.5792), "New York": (40.7128, -74.0060), "San Francisco": (37.7749, -122.4194),
    "Boston": (42.3601, -71.0589), "Chicago": (41.8781, -87.6298),
}

# Public meeting points (not personal data).
# Public meeting points (not personal data), each with the walks run from it.
MEETING = {
    "Lisboa": [("Miradouro de Santa Luzia", 38.711780, -9.129940, ["Alfama ao nascer do sol", "Azulejos e pormenores"]),
               ("Praça do Comércio", 38.707570, -9.136590, ["Fotografia de rua na Baixa", "Lisboa noturna: luzes e elétricos"]),
               ("Cais do Sodré", 38.706300, -9.144600, ["Reflexos no Tejo", "Lisboa noturna: luzes e elétricos"]),
               ("Miradouro da Senhora do Monte", 38.719200, -9.132700, ["Golden hour nos miradouros"]),
               ("Largo do Chiado", 38.710600, -9.142500, ["Retrato de rua no Bairro Alto", "Fotografia de rua na Baixa"]),
               ("Padrão dos Descobrimentos", 38.693600, -9.205700, ["Reflexos no Tejo", "Golden hour nos miradouros"])],
    "Porto": [("Cais da Ribeira", 41.140600, -8.613100, ["Ribeira ao entardecer", "Porto a preto e branco"]),
              ("Jardim do Morro", 41.137600, -8.609100, ["Pontes do Douro em longa exposição"]),
              ("Torre dos Clérigos", 41.145700, -8.614600, ["Porto a preto e branco"]),
              ("Farol de Felgueiras", 41.149800, -8.675000, ["Foz: mar e farol"])],
    "Sintra": [("Palácio da Pena", 38.787600, -9.390600, ["Nevoeiro em Sintra", "Palácios e jardins"]),
               ("Quinta da Regaleira", 38.796300, -9.396000, ["Palácios e jardins"])],
    "Madrid": [("Puerta del Sol", 40.416900, -3.703500, ["Madrid de noche"]),
               ("Templo de Debod", 40.424000, -3.717800, ["Atardecer en el Templo de Debod"]),
               ("Plaza de Lavapiés", 40.408800, -3.700900, ["Fotografía callejera en Lavapiés"]),
               ("Parque del Retiro", 40.415300, -3.684500, ["Retratos en el Retiro"])],
    "Barcelona": [("Passeig de Gràcia", 41.391700, 2.164900, ["Arquitectura modernista"]),
                  ("Bunkers del Carmel", 41.419000, 2.161800, ["Panorámicas desde el Carmel"]),
                  ("Platja de la Barceloneta", 41.380600, 2.189800, ["Amanecer en la Barceloneta"])],
    "Sevilla": [("Plaza de España", 37.377200, -5.986900, ["Geometrías de la Plaza de España"]),
                ("Setas de Sevilla", 37.393300, -5.991700, ["Luz de Sevilla"])],
    "São Paulo": [("Vão livre do MASP", -23.561400, -46.655900, ["Concreto e céu na Paulista"]),
                  ("Beco do Batman", -23.556000, -46.686000, ["Grafite na Vila Madalena"]),
                  ("Parque Ibirapuera", -23.587400, -46.657600, ["Ibirapuera em movimento"])],
    "Rio de Janeiro": [("Escadaria Selarón", -22.915300, -43.179100, ["Cores da Selarón"]),
                       ("Pedra do Arpoador", -22.988700, -43.192800, ["Pôr do sol no Arpoador", "Rio em contraluz"]),
                       ("Mirante do Leblon", -22.988000, -43.228900, ["Rio em contraluz"])],
}
SUNRISE, SUNSET, NIGHT = ("nascer", "Amanecer", "Nevoeiro"), ("entardecer", "Golden", "Atardecer", "Pôr do sol", "contraluz", "Reflexos"), ("noturna", "noche", "longa exposição")
WALK_CITY = {"PT": [("Lisboa", 0.6), ("Porto", 0.3), ("Sintra", 0.1)],
             "ES": [("Madrid", 0.5), ("Barcelona", 0.35), ("Sevilla", 0.15)],
             "BR": [("São Paulo", 0.55), ("Rio de Janeiro", 0.45)]}
GUIDE_BASE = {"Lisboa": "Lisboa", "Porto": "Porto", "Sintra": "Lisboa", "Madrid": "Madrid",
              "Barcelona": "Barcelona", "Sevilla": "Sevilla", "São Paulo": "São Paulo",
              "Rio de Janeiro": "Rio de Janeiro"}


def slot_for(title, rng):
    if any(k in title for k in SUNRISE):
        return rng.choice(["06:30:00", "07:00:00"])
    if any(k in title for k in SUNSET):
        return rng.choice(["17:30:00", "18:30:00", "19:45:00"])
    if any(k in title for k in NIGHT):
        return rng.choice(["21:00:00", "21:30:00"])
    return rng.choice(["09:30:00", "10:00:00", "15:00:00"])


CURRENCY = {"PT": "EUR", "ES": "EUR", "BR": "BRL"}
SUFFIX = ["foto", "fotos", "photo", "clicks", "lens", "shots", "snaps", "captures", "analog", "frames", "street"]
COUNTRY_QUOTA = [("PT", 120), ("ES", 60), ("BR", 65), ("FR", 30), ("US", 25)]
UA = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.165 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0",
    "Fotovia/4.12.1 (iPhone15,3; iOS 17.5.1; Scale/3.00)",
    "Fotovia/4.12.0 (Android 14; Pixel 8)",
]
DEVICE_MODELS = {"ios": ["iPhone 13", "iPhone 14 Pro", "iPhone 15", "iPhone 12 mini", "iPhone SE"],
                 "android": ["Galaxy S23", "Galaxy A54", "Pixel 8", "Pixel 7a", "Redmi Note 12", "Xperia 10 V"]}


class Person:
    pass


def jitter(rng, lat, lon, km):
    return (lat + rng.uniform(-km, km) / 111.0, lon + rng.uniform(-km, km) / 85.0)


def r6(x):
    return round(x, 6)


def jit6(rng, lat, lon, km):
    """Jittered point whose coordinates print with exactly six decimals (no trailing zero)."""
    while True:
        a, b = jitter(rng, lat, lon, km)
        a, b = r6(a), r6(b)
        if all(len(repr(v).split(".")[1]) == 6 for v in (a, b)):
            return a, b


def rand_ip(rng, cc, v6=False):
    if v6:
        groups = [f"{rng.randint(0x1000, 0xffff):x}" for _ in range(6)]
        return str(ipaddress.ip_address(IP6_PREFIX[cc] + ":" + ":".join(groups)))
    a, lo, hi = rng.choice(IP4_PREFIX[cc])
    return f"{a}.{rng.randint(lo, hi)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def make_address(rng, cc, city):
    if cc == "PT":
        streets = PT_STREETS.get(city) or [f"Rua {x}" for x in ("Dr. Manuel de Arriaga", "da Liberdade",
                                                                "de São João", "Cândido dos Reis")]
        line = f"{rng.choice(streets)} {rng.randint(2, 240)}, {rng.choice(PT_FLOORS)}"
        pre = rng.choice(PT_POSTAL[city])
        postal = f"{pre}-{rng.randint(1, 499):03d}"
    elif cc == "ES":
        line = f"{rng.choice(ES_STREETS[city])} {rng.randint(2, 210)}, {rng.choice(ES_FLOORS)}"
        lo, hi = ES_POSTAL[city]
        postal = f"{rng.randint(lo, hi):05d}"
    elif cc == "BR":
        line = f"{rng.choice(BR_STREETS[city])}, {rng.randint(40, 2400)}, apto {rng.randint(1, 24)}{rng.choice(['01', '02', '03', '04', '11', '12'])}"
        postal = f"{BR_CEP[city]}{rng.randint(1000, 9999)}-{rng.randint(0, 999):03d}"
    elif cc == "FR":
        line = f"{rng.randint(1, 140)} {rng.choice(FR_STREETS[city])}"
        postal = rng.choice(FR_POSTAL[city])
    else:
        streets, state, zips = US_STREETS[city]
        line = f"{rng.randint(12, 2400)} {rng.choice(streets)} Apt {rng.randint(1, 9)}{rng.choice('ABCDF')}"
        postal = f"{state} {rng.choice(zips)}"
    return line, postal


def full_address(p):
    if p.cc == "US":
        return f"{p.street}, {p.city}, {p.postal}"
    if p.cc == "BR":
        return f"{p.street}, {p.city}, CEP {p.postal}"
    return f"{p.street}, {p.postal} {p.city}"


def build(rng=None):
    rng = rng or random.Random(SEED)
    U = uuid.UUID
    used_user, used_email, used_id, used_phone = set(), set(), set(), set()

    def phone(cc, city):
        while True:
            ph = new_phone(rng, cc, city)
            if ph.nsn not in used_phone:
                used_phone.add(ph.nsn)
                return ph

    def person_name(cc, gender=None):
        g = gender if gender is not None else rng.randint(0, 1)
        first = rng.choice(FIRST[cc][g])
        if cc == "ES":
            last = " ".join(rng.sample(LAST["ES"], 2))
        elif cc == "PT" and rng.random() < 0.55:
            a, b = rng.sample(LAST["PT"], 2)
            last = f"{a} {b}"
        elif cc == "BR" and rng.random() < 0.4:
            a, b = rng.sample(LAST["BR"], 2)
            last = f"{a} {b}"
        else:
            last = rng.choice(LAST[cc])
        return first, last

    members = []
    for cc, n in COUNTRY_QUOTA:
        for _ in range(n):
            p = Person()
            p.cc = cc
            p.gender = rng.randint(0, 1)
            p.first, p.last = person_name(cc, p.gender)
            while f"{p.first} {p.last}" in {m.full for m in members}:
                p.first, p.last = person_name(cc, p.gender)
            p.full = f"{p.first} {p.last}"
            p.city = wpick(rng, CITIES[cc])
            p.dob = dt.date(1955, 1, 1) + dt.timedelta(days=rng.randint(0, 365 * 49))
            f = fold(p.first).lower()
            lparts = [fold(x).lower().replace("'", "") for x in p.last.split() if x not in ("da", "dos", "de")]
            l = lparts[-1] if cc != "ES" else lparts[0]
            yy = f"{p.dob.year % 100:02d}"
            while True:
                pat = rng.randint(0, 8)
                cand = [f"{f}{l}", f"{f}.{l}", f"{f}_{l}", f"{f}{l}{rng.randint(1, 99)}",
                        f"{f}_{rng.choice(SUFFIX)}", f"{l}.{f[0]}{rng.randint(1, 9)}",
                        f"{f[0]}{l}_{rng.choice(SUFFIX)}", f"{f}.{l}.{rng.choice(SUFFIX)}",
                        f"{l}{f[0]}_{yy}"][pat]
                if 6 <= len(cand) <= 30 and cand not in used_user:
                    break
            p.username = cand
            used_user.add(cand)
            dom = wpick(rng, EMAIL_DOMAINS[cc])
            while True:
                pat = rng.randint(0, 6)
                local = [f"{f}.{l}", f"{f}{l}{yy}", f"{f[0]}{l}", f"{f}_{l}{rng.randint(1, 999)}",
                         f"{l}.{f}", f"{f}.{'.'.join(lparts)}", f"{f}{rng.randint(70, 2005)}"][pat]
                em = f"{local}@{dom}"
                if em not in used_email:
                    break
                dom = wpick(rng, EMAIL_DOMAINS[cc])
            p.email = em
            used_email.add(em)
            p.phone = phone(cc, p.city)
            p.phone2 = phone(cc, p.city) if rng.random() < 0.22 else None
            p.nid = p.nid_plain = None
            if cc in ("PT", "ES", "BR"):
                while True:
                    if cc == "PT":
                        p.nid = p.nid_plain = nif(rng)
                    elif cc == "ES":
                        p.nid = p.nid_plain = dni(rng)
                    else:
                        p.nid_plain, p.nid = cpf(rng)
                    if p.nid_plain not in used_id:
                        used_id.add(p.nid_plain)
                        break
            p.iban = IBAN[cc](rng) if cc in IBAN else None
            p.ips = [rand_ip(rng, cc, v6=rng.random() < 0.15)]
            if rng.random() < 0.5:
                p.ips.append(rand_ip(rng, cc, v6=rng.random() < 0.3))
            p.street, p.postal = make_address(rng, cc, p.city)
            p.address_full = full_address(p)
            # previous address (only in an old API event), same city
            p.old_street, p.old_postal = make_address(rng, cc, p.city)
            efirst, elast = person_name(cc)
            if rng.random() < 0.5:
                elast = p.last
            p.emerg_name = f"{efirst} {elast}"
            p.emerg_rel = rng.choice(["cônjuge", "mãe", "pai", "irmão", "irmã", "amigo"] if cc in ("PT", "BR")
                                     else ["pareja", "madre", "padre", "hermano"] if cc == "ES"
                                     else ["conjoint", "mère", "frère"] if cc == "FR"
                                     else ["spouse", "mother", "brother", "friend"])
            p.emerg_phone = phone(cc, p.city)
            p.instagram = None
            if rng.random() < 0.55:
                while True:
                    h = rng.choice([f"{f}.{l}.foto", f"{f}{l}photography", f"{f}_{l}_ph", f"{l}.{f}.shots",
                                    f"{f}.{l}{yy}"])
                    if h not in used_user:
                        used_user.add(h)
                        p.instagram = h
                        break
            p.created = dt.datetime(2021, 3, 1, tzinfo=UTC) + dt.timedelta(seconds=rng.randint(0, 3 * 365 * 86400))
            p.last_login = dt.datetime(2024, 5, 1, tzinfo=UTC) + dt.timedelta(seconds=rng.randint(0, 60 * 86400))
            p.uuid = str(U(int=rng.getrandbits(128), version=4))
            p.camera = rng.choice(["Fujifilm X-T30", "Sony A7 III", "Canon EOS R6", "Nikon Z6 II", "Ricoh GR III",
                                   "iPhone", "Olympus OM-D E-M10", "Leica Q2", None])
            p.newsletter = rng.random() < 0.62
            p.lang = {"PT": "pt-PT", "BR": "pt-BR", "ES": "es-ES", "FR": "fr-FR", "US": "en-US"}[cc]
            members.append(p)

    by_user = {m.username: m for m in members}

    # guides: members from PT/ES/BR
    guides = []
    quota = {"PT": 55, "ES": 27, "BR": 28}
    for cc, n in quota.items():
        pool = [m for m in members if m.cc == cc]
        for m in rng.sample(pool, n):
            g = Person()
            g.m = m
            # base walk city for the guide
            wc = wpick(rng, WALK_CITY[cc])
            g.base = GUIDE_BASE[wc]
            g.cc = cc
            lat, lon = jitter(rng, *CITY_CENTRE[g.base], 5.0)
            g.home_lat, g.home_lon = f"{lat:.7f}", f"{lon:.7f}"
            g.rate = round(rng.uniform(18, 45) if cc != "BR" else rng.uniform(60, 160), 2)
            g.langs = {"PT": ["pt", "en"], "ES": ["es", "en"], "BR": ["pt"]}[cc] + (
                [rng.choice(["fr", "es", "it", "de"])] if rng.random() < 0.4 else [])
            g.since = dt.date(2016, 1, 1) + dt.timedelta(days=rng.randint(0, 365 * 8))
            g.active = rng.random() < 0.92
            guides.append(g)
    rng.shuffle(guides)
    for i, g in enumerate(guides, 1):
        g.id = i
        g.m.guide = g
    guide_users = {g.m.username for g in guides}

    # walks
    walks = []
    wq = {"PT": 85, "ES": 50, "BR": 45}
    start = dt.date(2023, 10, 1)
    for cc, n in wq.items():
        for _ in range(n):
            w = Person()
            w.cc = cc
            w.city = wpick(rng, WALK_CITY[cc])
            base = GUIDE_BASE[w.city]
            cands = [g for g in guides if g.cc == cc and g.base == base and g.active] or \
                    [g for g in guides if g.cc == cc]
            w.guide = rng.choice(cands)
            w.date = start + dt.timedelta(days=rng.randint(0, 335))
            mp = rng.choice(MEETING[w.city])
            w.mp_name, w.mp_lat, w.mp_lon, titles = mp
            w.title = rng.choice(titles)
            w.time = slot_for(w.title, rng)
            w.level = rng.choice(["beginner", "beginner", "intermediate", "intermediate", "advanced"])
            w.currency = CURRENCY[cc]
            w.price = rng.choice([15, 20, 25, 30, 35, 45]) if cc != "BR" else rng.choice([60, 80, 90, 120, 150])
            w.capacity = rng.randint(8, 14)
            w.duration = rng.choice([90, 120, 150, 180])
            walks.append(w)
    walks.sort(key=lambda w: (w.date, w.time))
    for i, w in enumerate(walks, 1):
        w.id = i
    # a handful of future walks still without a confirmed guide
    future = [w for w in walks if w.date > EXPORT_DAY]
    for w in rng.sample(future, 6):
        w.guide = None

    # bookings
    bookings = []
    pairs = set()
    taken = {w.id: 0 for w in walks}
    bid = 10400
    local = {cc: [m for m in members if m.cc == cc] for cc in ("PT", "ES", "BR", "FR", "US")}
    while len(bookings) < 400:
        w = rng.choice(walks)
        if taken[w.id] >= w.capacity:
            continue
        r = rng.random()
        if r < 0.6:
            m = rng.choice(local[w.cc])
        else:
            m = rng.choice(members)
        if (w.id, m.username) in pairs or (w.guide and w.guide.m is m):
            continue
        pairs.add((w.id, m.username))
        taken[w.id] += 1
        b = Person()
        b.w, b.m = w, m
        walk_dt = dt.datetime.combine(w.date, dt.time.fromisoformat(w.time), tzinfo=UTC)
        b.booked = walk_dt - dt.timedelta(days=rng.randint(1, 40), seconds=rng.randint(0, 86400))
        if b.booked < m.created + dt.timedelta(hours=1):
            pairs.discard((w.id, m.username))
            taken[w.id] -= 1
            continue
        b.ip = rng.choice(m.ips)
        if w.date < EXPORT_DAY:
            b.status = wpick(rng, [("attended", 0.75), ("no_show", 0.08), ("cancelled", 0.17)])
        else:
            b.status = wpick(rng, [("confirmed", 0.72), ("pending", 0.16), ("cancelled", 0.12)])
        b.party = 1 if rng.random() < 0.85 else 2
        b.note = rng.choice([None, None, None, None, "Levo tripé", "Primeira vez", "Vegetariano(a)",
                             "Chego 5 min atrasado", "Preciso de recibo com NIF", "Traigo trípode"])
        b.ua = rng.choice(UA)
        bookings.append(b)
    bookings.sort(key=lambda b: b.booked)
    for b in bookings:
        bid += rng.randint(1, 7)
        b.id = bid

    # payments
    payments = []
    pid = 5000
    inv = 1800
    for b in bookings:
        if b.status in ("pending",):
            continue
        if b.status == "cancelled" and rng.random() < 0.55:
            continue
        m, w = b.m, b.w
        pay = Person()
        pay.b = b
        pay.m = m
        pay.amount = f"{w.price * b.party:.2f}"
        pay.currency = w.currency
        if w.cc == "BR" and m.cc == "BR" and rng.random() < 0.65:
            pay.method = "pix"
        elif m.cc == "PT" and w.cc == "PT" and rng.random() < 0.3:
            pay.method = "mbway"
        elif m.cc in ("PT", "ES", "FR") and w.cc != "BR" and rng.random() < 0.3:
            pay.method = "sepa"
        else:
            pay.method = "card"
        pay.card_last4 = pay.card_brand = pay.card_holder = pay.card_exp = pay.iban = pay.wallet_ref = None
        pay.wallet_kind = None
        if pay.method == "card":
            if not hasattr(m, "card"):
                m.card = (f"{rng.randint(0, 9999):04d}", rng.choice(["visa", "visa", "mastercard", "amex"]),
                          f"{rng.randint(1, 12):02d}/{rng.randint(25, 29)}")
            pay.card_last4, pay.card_brand, pay.card_exp = m.card
            pay.card_holder = fold(m.full).upper()
        elif pay.method == "sepa":
            pay.iban = m.iban
        elif pay.method == "pix":
            k = rng.choice(["cpf", "email", "phone"])
            pay.wallet_kind = k
            pay.wallet_ref = {"cpf": m.nid_plain, "email": m.email, "phone": m.phone.e164}[k]
        else:
            pay.wallet_kind = "mbway"
            pay.wallet_ref = m.phone.mbway
        pay.paid = b.booked + dt.timedelta(seconds=rng.randint(20, 900))
        pay.refunded = b.status == "cancelled"
        pid += rng.randint(1, 3)
        pay.id = pid
        pay.psp_ref = f"{rng.randint(10**15, 10**16 - 1)}"  # 16-digit PSP transaction id (lookalike)
        inv += 1
        pay.invoice = f"FT 2024/{inv:06d}" if pay.paid.year == 2024 else f"FT 2023/{inv:06d}"
        payments.append(pay)

    # devices + check-ins (mobile app)
    attended = [b for b in bookings if b.status == "attended"]
    devices = []
    owners = []
    for b in attended:
        if b.m not in owners:
            owners.append(b.m)
    others = [m for m in members if m not in owners]
    rng.shuffle(others)
    dev_owners = list(owners)
    for m in others:
        if len(dev_owners) >= 170:
            break
        dev_owners.append(m)
    second = rng.sample(dev_owners, max(0, 200 - len(dev_owners)))
    for m in dev_owners + second:
        d = Person()
        d.m = m
        d.platform = rng.choice(["ios", "android"])
        d.model = rng.choice(DEVICE_MODELS[d.platform])
        if d.platform == "ios":
            d.id = str(U(int=rng.getrandbits(128), version=4)).upper()
        else:
            d.id = f"{rng.getrandbits(64):016x}"
        short = d.model.split()[0]
        d.label = {"PT": f"{short} de {m.first}", "BR": f"{short} de {m.first}", "ES": f"{short} de {m.first}",
                   "FR": f"{short} de {m.first}", "US": f"{m.first}'s {short}"}[m.cc]
        d.registered = m.created + dt.timedelta(days=rng.randint(0, 200))
        d.app_version = rng.choice(["4.10.2", "4.11.0", "4.12.0", "4.12.1"])
        m.devices = getattr(m, "devices", []) + [d]
        devices.append(d)
    checkins = []
    for b in attended:
        c = Person()
        c.b, c.m, c.w = b, b.m, b.w
        devs = getattr(b.m, "devices", [])
        if devs and rng.random() < 0.93:
            c.device = rng.choice(devs)
            c.lat, c.lon = jit6(rng, b.w.mp_lat, b.w.mp_lon, 0.06)
            c.acc = round(rng.uniform(3, 35), 1)
            c.method = "qr"
        else:
            c.device = None
            c.lat = c.lon = c.acc = None
            c.method = "manual"
        walk_dt = dt.datetime.combine(b.w.date, dt.time.fromisoformat(b.w.time), tzinfo=UTC)
        c.at = walk_dt + dt.timedelta(seconds=rng.randint(-900, 600))
        checkins.append(c)
    checkins.sort(key=lambda c: c.at)
    # a device is registered before its first check-in (and after its owner signed up)
    for c in checkins:
        d = c.device
        if d is not None and d.registered >= c.at:
            lo = max(c.m.created, c.b.booked - dt.timedelta(days=30))
            d.registered = lo + dt.timedelta(seconds=rng.randint(0, max(60, int((c.b.booked - lo).total_seconds()))))
    for i, c in enumerate(checkins, 1):
        c.id = i

    return dict(rng=rng, members=members, by_user=by_user, guides=guides, walks=walks, bookings=bookings,
                payments=payments, devices=devices, checkins=checkins)
