#!/usr/bin/env python3
"""Build the Lumora (R1) breach export: real pg_dump + mysqldump + side files + truth.
Seeded and deterministic (apart from the dump tools' own timestamps).

usage: python3 generate.py            # build everything (keeps source DBs)
       python3 generate.py --drop     # drop the source databases afterwards
"""
import os, sys, json, csv, io, gzip, tarfile, zipfile, subprocess, datetime as dt, urllib.parse
from decimal import Decimal
import people as P
from people import R

BASE = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
OUT = os.path.join(BASE, "export")
TRUTH_DIR = os.path.join(BASE, "truth")
WORK = os.path.join(BASE, "gen", "work")
for d in (OUT, TRUTH_DIR, WORK, os.path.join(OUT, "nginx"), os.path.join(OUT, "reports"), os.path.join(OUT, "archive")):
    os.makedirs(d, exist_ok=True)

PG = dict(host="127.0.0.1", port="35187", user="postgres", pw="pii-scan-admin", db="lumora_r1")
MY = dict(host="127.0.0.1", port="55887", user="admin", pw="pii-scan-admin", db="lumora_support_r1")

# ------------------------------------------------------------------ truth registry
TRUTH = {}           # value -> category
def T(v, cat):
    v = str(v)
    if len(v) >= 6 and v not in TRUTH:
        TRUTH[v] = cat
    return v

def reg_person_name(p, split=False):
    T(p["full"], "name")
    if split:
        T(p["first"], "name"); T(p["last"], "name")

UTC = dt.timezone.utc
def ts(d):        # timestamptz literal
    return d.strftime("%Y-%m-%d %H:%M:%S+00")

# ------------------------------------------------------------------ population
persons = []
eai_slots = {17, 88, 141, 233}
for i in range(300):
    cc = None
    if i in eai_slots:
        cc = "FR" if i % 2 else "DE"
    persons.append(P.make_person(cc, eai=i in eai_slots))
support_only = [P.make_person() for _ in range(35)]
crm_leads = [P.make_person() for _ in range(30)]
STAFF = P.make_staff()
creators = persons

T0 = dt.datetime(2021, 3, 1, tzinfo=UTC); T1 = dt.datetime(2024, 6, 12, tzinfo=UTC)
for p in creators:
    p["created"] = P.rdt(T0, dt.datetime(2024, 3, 1, tzinfo=UTC))
    p["status"] = R.choices(["active", "pending_kyc", "suspended", "banned", "deleted"], [80, 8, 5, 3, 4])[0]

def sqlq(s):
    if s is None:
        return "NULL"
    return "'" + str(s).replace("'", "''") + "'"

def rel():
    return R.choice(["mother", "father", "partner", "sister", "brother", "friend", "spouse"])

# ================================================================== PostgreSQL
pg_rows = {}
pg_sql = io.StringIO()
pg_sql.write("""
CREATE TYPE public.creator_status AS ENUM ('pending_kyc','active','suspended','banned','deleted');
CREATE TYPE public.payout_method AS ENUM ('sepa','faster_payments','ach','paypal');
CREATE TYPE public.report_reason AS ENUM ('copyright','privacy','harassment','spam','nudity','impersonation','other');
CREATE TYPE public.report_state AS ENUM ('open','in_review','actioned','dismissed');

CREATE TABLE public.creators (
    id uuid PRIMARY KEY,
    username varchar(30) NOT NULL,
    email varchar(254) NOT NULL,
    legal_name varchar(120) NOT NULL,
    birth_date date NOT NULL,
    country_code char(2) NOT NULL,
    phone_e164 varchar(16),
    status public.creator_status NOT NULL DEFAULT 'pending_kyc',
    signup_ip inet,
    profile jsonb NOT NULL DEFAULT '{}'::jsonb,
    interests text[] NOT NULL DEFAULT '{}'::text[],
    previous_emails text[],
    followers_count integer NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamp without time zone,
    CONSTRAINT creators_email_key UNIQUE (email),
    CONSTRAINT creators_username_key UNIQUE (username),
    CONSTRAINT creators_username_check CHECK (username ~ '^[a-z0-9._]{3,30}$')
);
COMMENT ON TABLE public.creators IS 'Creator accounts eligible for payouts (KYC data in profile)';

CREATE TABLE public.payout_accounts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    creator_id uuid NOT NULL REFERENCES public.creators(id) ON DELETE CASCADE,
    method public.payout_method NOT NULL,
    account_holder varchar(120) NOT NULL,
    iban varchar(34),
    bic varchar(11),
    ach_routing char(9),
    ach_account varchar(17),
    paypal_email varchar(254),
    currency char(3) NOT NULL DEFAULT 'EUR',
    is_default boolean NOT NULL DEFAULT false,
    verified_at timestamptz,
    created_at timestamptz NOT NULL,
    CONSTRAINT payout_accounts_target_check CHECK (iban IS NOT NULL OR ach_account IS NOT NULL OR paypal_email IS NOT NULL)
);
CREATE INDEX payout_accounts_creator_idx ON public.payout_accounts (creator_id);

CREATE TABLE public.uploads (
    id bigserial PRIMARY KEY,
    creator_id uuid NOT NULL REFERENCES public.creators(id),
    uploader_username varchar(30) NOT NULL REFERENCES public.creators(username) ON UPDATE CASCADE,
    storage_key varchar(120) NOT NULL,
    sha256 char(64) NOT NULL UNIQUE,
    mime_type varchar(20) NOT NULL,
    width smallint,
    height smallint,
    bytes integer,
    camera varchar(60),
    taken_at timestamp without time zone,
    gps_lat numeric(9,6),
    gps_lon numeric(9,6),
    gps_alt_m double precision,
    tags text[],
    is_public boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL
);
CREATE INDEX uploads_creator_idx ON public.uploads (creator_id);

CREATE TABLE public.moderation_reports (
    id serial PRIMARY KEY,
    upload_id bigint REFERENCES public.uploads(id) ON DELETE SET NULL,
    reporter_email varchar(254) NOT NULL REFERENCES public.creators(email) ON UPDATE CASCADE,
    reason public.report_reason NOT NULL,
    state public.report_state NOT NULL DEFAULT 'open',
    details text NOT NULL,
    reviewed_by varchar(40),
    reviewer_note text,
    created_at timestamptz NOT NULL,
    resolved_at timestamptz
);

CREATE TABLE public.login_events (
    id bigint PRIMARY KEY,
    creator_id uuid NOT NULL REFERENCES public.creators(id) ON DELETE CASCADE,
    login_identifier varchar(254) NOT NULL,
    ip inet NOT NULL,
    user_agent text,
    device_lat double precision,
    device_lon double precision,
    success boolean NOT NULL,
    mfa_method varchar(8),
    occurred_at timestamptz NOT NULL
);
CREATE INDEX login_events_creator_time_idx ON public.login_events (creator_id, occurred_at DESC);
""")

# ---- creators
prev_emails = {}
for p in creators:
    reg_person_name(p)
    T(p["username"], "username"); T(p["email"], "email")
    T(p["dob"].isoformat(), "date_of_birth")
    has_phone = R.random() < 0.9
    p["pg_phone"] = has_phone
    if has_phone:
        T(p["phone"]["e164"], "phone")
    T(p["ips"][0], "ip_address")
    T(p["line1"], "address"); T(p["postcode"], "address")
    disp = p["full"] if R.random() < 0.6 else f"{p['full']} Photography"
    prof = {
        "display_name": disp,
        "bio": R.choice(["Chasing light along the Wild Atlantic Way", "Street & portrait. Prints available.",
                         "Analogue at heart.", "Drone pilot, weekend wanderer", "Weddings & events",
                         "Amateur astro, pro insomniac", ""]),
        "address": {"line1": p["line1"], "city": p["city"], "postcode": p["postcode"], "country": p["cc"]},
        "kyc": {"provider": R.choice(["Onfido", "Veriff"]), "result": R.choice(["clear", "clear", "clear", "consider"]),
                "document": {"type": R.choice(["passport", "driving_licence", "national_identity_card"]),
                             "issuing_country": p["cc"], "expires": P.rdate(dt.date(2025, 1, 1), dt.date(2033, 12, 31)).isoformat()},
                "checked_at": (p["created"] + dt.timedelta(days=R.randint(0, 20))).strftime("%Y-%m-%dT%H:%M:%SZ")},
        "tax": {"residency": p["cc"], "form": "W-9" if p["cc"] == "US" else "DAC7", "tin_on_file": R.random() < 0.8},
        "notifications": {"email": R.random() < 0.7, "push": R.random() < 0.5, "sms": has_phone and R.random() < 0.3},
    }
    if R.random() < 0.4:
        ec = P.make_person(p["cc"])
        ec_name = f"{ec['first']} {p['last']}" if R.random() < 0.5 else ec["full"]
        prof["emergency_contact"] = {"name": T(ec_name, "name"), "phone": T(ec["phone"]["intl"], "phone"), "relation": rel()}
    p["profile"] = prof
    pe = []
    if R.random() < 0.15:
        for _ in range(R.choice([1, 1, 2])):
            e = P.make_email(p["first"], p["last"], p["dob"], p["cc"])
            pe.append(T(e, "email"))
    prev_emails[p["uuid"]] = pe
    p["prev_emails"] = pe

pg_sql.write("\n")
for p in creators:
    upd = p["created"] + dt.timedelta(days=R.randint(1, 400), seconds=R.randint(0, 86399))
    upd = min(upd, T1)
    arr = "ARRAY[" + ",".join(sqlq(x) for x in R.sample(P.INTERESTS, R.randint(1, 4))) + "]::text[]"
    pe = ("ARRAY[" + ",".join(sqlq(x) for x in p["prev_emails"]) + "]::text[]") if p["prev_emails"] else "NULL"
    pg_sql.write("INSERT INTO public.creators VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s::jsonb,%s,%s,%d,%s,%s);\n" % (
        sqlq(p["uuid"]), sqlq(p["username"]), sqlq(p["email"]), sqlq(p["full"]), sqlq(p["dob"].isoformat()), sqlq(p["cc"]),
        sqlq(p["phone"]["e164"] if p["pg_phone"] else None), sqlq(p["status"]), sqlq(p["ips"][0]),
        sqlq(json.dumps(p["profile"], ensure_ascii=False)), arr, pe, int(R.paretovariate(1.3) * 40),
        sqlq(ts(p["created"])), sqlq(upd.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3])))
pg_rows["creators"] = len(creators)

# ---- payout accounts
payout_accts = []
for p in creators:
    if p["status"] in ("pending_kyc",) and R.random() < 0.7:
        continue
    if p["status"] in ("deleted", "banned") and R.random() < 0.5:
        continue
    cc = p["cc"]
    if cc in ("DE", "FR", "ES", "IT", "NL", "PL") and R.random() < 0.12:
        cc = "LT"
    b = P.make_bank(cc)
    k = R.random()
    holder = p["full"] if k < 0.75 else (p["full"].upper() if k < 0.9 else f"{p['full']} Photography Ltd")
    if holder.isupper():
        T(holder, "name")
    a = dict(creator=p, method=b["method"], holder=holder, iban=b.get("iban"), bic=b.get("bic"),
             routing=b.get("routing"), account=b.get("account"), paypal=None, currency=b["currency"], default=True)
    if a["iban"]: T(a["iban"], "bank_account")
    if a["account"]: T(a["account"], "bank_account")
    payout_accts.append(a); p["acct"] = a
for p in R.sample([c for c in creators if "acct" in c], 30):
    pe = p["email"] if R.random() < 0.5 else T(P.make_email(p["first"], p["last"], p["dob"], p["cc"]), "email")
    p["paypal"] = pe
    payout_accts.append(dict(creator=p, method="paypal", holder=p["full"], iban=None, bic=None, routing=None,
                             account=None, paypal=pe, currency="USD" if p["cc"] == "US" else "EUR", default=False))
R.shuffle(payout_accts)
for a in payout_accts:
    p = a["creator"]
    cr = p["created"] + dt.timedelta(days=R.randint(0, 60), seconds=R.randint(0, 86399))
    ver = cr + dt.timedelta(hours=R.randint(1, 96)) if R.random() < 0.85 else None
    a["created"] = cr
    pg_sql.write("INSERT INTO public.payout_accounts (creator_id, method, account_holder, iban, bic, ach_routing, ach_account, paypal_email, currency, is_default, verified_at, created_at) VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s);\n" % (
        sqlq(p["uuid"]), sqlq(a["method"]), sqlq(a["holder"]), sqlq(a["iban"]), sqlq(a["bic"]), sqlq(a["routing"]),
        sqlq(a["account"]), sqlq(a["paypal"]), sqlq(a["currency"]), "true" if a["default"] else "false",
        sqlq(ts(ver)) if ver else "NULL", sqlq(ts(cr))))
pg_rows["payout_accounts"] = len(payout_accts)

# ---- uploads
def fmt6(x):
    return f"{x:.6f}"

uploads = []
up_creators = [c for c in creators if c["status"] != "pending_kyc"]
weights = [R.paretovariate(1.5) for _ in up_creators]
for i in range(400):
    p = R.choices(up_creators, weights)[0]
    cam = R.choice(P.CAMERAS)
    taken = P.rdt(max(p["created"], dt.datetime(2022, 1, 1, tzinfo=UTC)), T1)
    gps = None
    if R.random() < 0.72:
        k = R.random()
        if k < 0.45:
            base = p["home"]; sd = 0.0004
        elif k < 0.8:
            base = p["city_center"]; sd = 0.02
        else:
            cc2 = R.choice(list(P.CITIES)); c2 = R.choice(P.CITIES[cc2]); base = (c2[1], c2[2]); sd = 0.05
        lat = round(base[0] + R.gauss(0, sd), 6); lon = round(base[1] + R.gauss(0, sd), 6)
        gps = (fmt6(lat), fmt6(lon), round(R.uniform(2, 420), 1))
        T(gps[0], "location"); T(gps[1], "location")
    sha = "%064x" % R.getrandbits(256)
    w, h = R.choice([(4032, 3024), (6000, 4000), (3024, 4032), (4000, 6000), (8192, 5464), (1080, 1350)])
    up = dict(id=100000 + i * R.randint(1, 3) + i * 7, creator=p, sha=sha, cam=cam, taken=taken, gps=gps,
              created=taken + dt.timedelta(minutes=R.randint(3, 60 * 24 * 20)), w=w, h=h)
    uploads.append(up)
# make ids unique/increasing
uploads.sort(key=lambda u: u["created"])
nid = 48113
for u in uploads:
    nid += R.randint(1, 40); u["id"] = nid
    if u["created"] > T1:
        u["created"] = T1 - dt.timedelta(minutes=R.randint(1, 900))
for u in uploads:
    p = u["creator"]
    tags = R.sample(P.INTERESTS + ["dublin", "galway", "sunset", "golden hour", "fog", "rain", "coast", "night"], R.randint(0, 4))
    arr = ("ARRAY[" + ",".join(sqlq(x) for x in tags) + "]::text[]") if tags else "NULL"
    g = u["gps"]
    pg_sql.write("INSERT INTO public.uploads (id, creator_id, uploader_username, storage_key, sha256, mime_type, width, height, bytes, camera, taken_at, gps_lat, gps_lon, gps_alt_m, tags, is_public, created_at) VALUES (%d,%s,%s,%s,%s,%s,%d,%d,%d,%s,%s,%s,%s,%s,%s,%s,%s);\n" % (
        u["id"], sqlq(p["uuid"]), sqlq(p["username"]), sqlq(f"orig/{u['sha'][:2]}/{u['sha'][2:4]}/{u['sha']}.jpg"), sqlq(u["sha"]),
        sqlq(R.choice(["image/jpeg", "image/jpeg", "image/heic", "image/png"])), u["w"], u["h"], R.randint(900_000, 24_000_000),
        sqlq(u["cam"]), sqlq(u["taken"].strftime("%Y-%m-%d %H:%M:%S")),
        g[0] if g else "NULL", g[1] if g else "NULL", repr(g[2]) if g else "NULL", arr,
        "true" if R.random() < 0.9 else "false", sqlq(ts(u["created"]))))
pg_sql.write("SELECT pg_catalog.setval('public.uploads_id_seq', %d, true);\n" % nid)
pg_rows["uploads"] = len(uploads)

# ---- moderation reports
def other_creator(not_p):
    while True:
        c = R.choice(creators)
        if c is not not_p and c["status"] != "deleted":
            return c

def phone_form(p, forms=("intl", "national", "e164")):
    v = p["phone"][R.choice(forms)]
    return T(v, "phone")

def third_party():
    x = P.make_person()
    return x

reports = []
for i in range(180):
    with_upload = i % 6 != 0
    u = R.choice(uploads) if with_upload else None
    target = u["creator"] if u else R.choice(creators)
    rep = other_creator(target)
    k = R.randrange(10)
    reason = ["copyright", "privacy", "harassment", "spam", "impersonation", "harassment", "nudity", "copyright",
              R.choice(["copyright", "other", "spam"]), "privacy"][k]
    if k == 0:
        d = (f"This is my photo, taken on my own camera. {target['username']} reposted it without credit. "
             f"Original is on my profile. You can reach me at {rep['email']} or {phone_form(rep)}.")
        T(target["username"], "username")
    elif k == 1:
        d = (f"The picture shows the front of my house at {rep['line1']}, {rep['city']} and the GPS location is visible "
             f"in the metadata. Please remove it. My name is {rep['full']}, mobile {phone_form(rep)}.")
        T(rep["line1"], "address")
    elif k == 2:
        tp = third_party()
        d = (f"User is posting my friend's phone number ({T(tp['phone']['national'], 'phone')}) in the captions and telling people to text her. "
             f"Her name is {T(tp['full'], 'name')}. She doesn't have an account, her email is {T(tp['email'], 'email')}")
    elif k == 3:
        b = P.make_bank(R.choice(["IE", "LT", "GB", "DE"]))
        d = (f"Spam account. Sends DMs asking people to pay a 'verification fee' to {T(b['iban'], 'bank_account')} "
             f"(account name {T(target['full'].upper(), 'name')}). Also gives out {T(target['phone']['intl'], 'phone')} on WhatsApp.")
    elif k == 4:
        d = (f"Someone made a fake profile using my name ({rep['full']}) and my portfolio. "
             f"Fake account: {target['username']}. My real account is {T(rep['username'], 'username')}, email {rep['email']}.")
        T(target["username"], "username")
    elif k == 5:
        d = (f"Harassment: this user keeps commenting on my uploads and emailed me at {rep['email']} from "
             f"{T(target['email'], 'email')}. I have screenshots. Please call me back on {phone_form(rep)}")
    elif k == 6:
        d = "Nudity, not tagged as sensitive. Visible in feed with safe search on."
    elif k == 7:
        d = f"Copyright claim on behalf of {rep['full']}. Licence was never granted. Contact {rep['email']}."
    elif k == 8:
        d = "Duplicate of an earlier report, same image re-uploaded with a crop."
    else:
        d = (f"Photo was taken inside my flat through the window, location shows {T(u['gps'][0] if u and u['gps'] else fmt6(rep['home'][0]), 'location')}, "
             f"{T(u['gps'][1] if u and u['gps'] else fmt6(rep['home'][1]), 'location')}. I'm {rep['full']} ({T(rep['dob'].strftime('%d/%m/%Y'), 'date_of_birth')}).")
    created = P.rdt(u["created"] if u else dt.datetime(2023, 1, 1, tzinfo=UTC), T1)
    state = R.choice(["open", "in_review", "actioned", "actioned", "dismissed"])
    mod = R.choice(STAFF) if state != "open" else None
    note = None
    if mod:
        T(mod["mod"], "username")
        note = R.choice([
            lambda: f"Contacted uploader {T(target['username'], 'username')} at {T(target['email'], 'email')}; image removed, EXIF stripped.",
            lambda: "No violation found.",
            lambda: f"Verified reporter by phone ({T(rep['phone']['e164'], 'phone')}). Actioned.",
            lambda: f"Escalated to legal ({T(STAFF[4]['email'], 'email')}).",
            lambda: "Strike issued.",
        ])()
    resolved = created + dt.timedelta(hours=R.randint(2, 300)) if state in ("actioned", "dismissed") else None
    reports.append(dict(u=u, rep=rep, reason=reason, state=state, details=d, mod=mod, note=note, created=created, resolved=resolved))
reports.sort(key=lambda r: r["created"])
for r in reports:
    pg_sql.write("INSERT INTO public.moderation_reports (upload_id, reporter_email, reason, state, details, reviewed_by, reviewer_note, created_at, resolved_at) VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s);\n" % (
        r["u"]["id"] if r["u"] else "NULL", sqlq(r["rep"]["email"]), sqlq(r["reason"]), sqlq(r["state"]), sqlq(r["details"]),
        sqlq(r["mod"]["mod"]) if r["mod"] else "NULL", sqlq(r["note"]), sqlq(ts(r["created"])),
        sqlq(ts(r["resolved"])) if r["resolved"] else "NULL"))
    T(r["rep"]["email"], "email")
pg_rows["moderation_reports"] = len(reports)

# ---- login events
logins = []
for i in range(400):
    p = R.choice([c for c in creators if c["status"] != "deleted"])
    ident = p["username"] if R.random() < 0.6 else p["email"]
    if R.random() < 0.88:
        ip = R.choice(p["ips"])
    else:
        ip = P.make_ip(R.choice(list(P.IP4)))
        p["ips_extra"] = p.get("ips_extra", []) + [ip]
    T(ip, "ip_address")
    ua = R.choice(p["ua"] + [P.UAS[8], P.UAS[9]])
    lat = lon = None
    if ua.startswith("Lumora/") and R.random() < 0.85:
        lat = round(p["home"][0] + R.gauss(0, 0.003), 7); lon = round(p["home"][1] + R.gauss(0, 0.003), 7)
        T(repr(lat), "location"); T(repr(lon), "location")
    ok = R.random() < 0.9
    logins.append(dict(p=p, ident=ident, ip=ip, ua=ua, lat=lat, lon=lon, ok=ok,
                       mfa=R.choice([None, "totp", "sms", "totp"]) if ok else None, at=P.rdt(dt.datetime(2024, 4, 1, tzinfo=UTC), T1)))
logins.sort(key=lambda x: x["at"])
for i, l in enumerate(logins):
    pg_sql.write("INSERT INTO public.login_events VALUES (%d,%s,%s,%s,%s,%s,%s,%s,%s,%s);\n" % (
        90_211_000 + i * 3 + R.randint(0, 2), sqlq(l["p"]["uuid"]), sqlq(l["ident"]), sqlq(l["ip"]), sqlq(l["ua"]),
        repr(l["lat"]) if l["lat"] is not None else "NULL", repr(l["lon"]) if l["lon"] is not None else "NULL",
        "true" if l["ok"] else "false", sqlq(l["mfa"]), sqlq(ts(l["at"]))))
pg_rows["login_events"] = len(logins)

PG_JOINS = [
    "SELECT count(*) FROM payout_accounts JOIN creators ON payout_accounts.creator_id = creators.id",
    "SELECT count(*) FROM uploads JOIN creators ON uploads.creator_id = creators.id",
    "SELECT count(*) FROM uploads JOIN creators ON uploads.uploader_username = creators.username",
    "SELECT count(*) FROM moderation_reports JOIN uploads ON moderation_reports.upload_id = uploads.id",
    "SELECT count(*) FROM moderation_reports JOIN creators ON moderation_reports.reporter_email = creators.email",
    "SELECT count(*) FROM login_events JOIN creators ON login_events.creator_id = creators.id",
]

# ================================================================== MariaDB (support desk)
my_rows = {}
my = io.StringIO()
my.write("""SET NAMES utf8mb4;
CREATE TABLE customers (
  id int(10) unsigned NOT NULL AUTO_INCREMENT,
  lumora_uuid uuid DEFAULT NULL,
  first_name varchar(60) NOT NULL,
  last_name varchar(80) NOT NULL,
  email varchar(190) NOT NULL,
  phone bigint(20) unsigned DEFAULT NULL COMMENT 'E.164 digits without +',
  date_of_birth date DEFAULT NULL,
  country char(2) NOT NULL,
  plan enum('free','plus','pro') NOT NULL DEFAULT 'free',
  marketing_opt_in tinyint(1) NOT NULL DEFAULT 0,
  created_at datetime NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_customers_email (email),
  UNIQUE KEY uq_customers_lumora_uuid (lumora_uuid)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE customer_addresses (
  id int(10) unsigned NOT NULL AUTO_INCREMENT,
  customer_id int(10) unsigned NOT NULL,
  kind enum('home','billing','shipping') NOT NULL DEFAULT 'home',
  line1 varchar(120) NOT NULL,
  city varchar(60) NOT NULL,
  postcode varchar(10) DEFAULT NULL,
  country char(2) NOT NULL,
  latitude decimal(9,6) DEFAULT NULL,
  longitude decimal(9,6) DEFAULT NULL,
  geocode_confidence double DEFAULT NULL,
  updated_at datetime NOT NULL,
  PRIMARY KEY (id),
  KEY idx_addr_customer (customer_id),
  CONSTRAINT fk_addr_customer FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE tickets (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  customer_id int(10) unsigned DEFAULT NULL,
  requester_email varchar(190) NOT NULL,
  subject varchar(160) NOT NULL,
  channel enum('email','chat','phone','web_form') NOT NULL,
  status enum('new','open','pending','solved','closed') NOT NULL DEFAULT 'new',
  priority enum('low','normal','high','urgent') NOT NULL DEFAULT 'normal',
  assignee_email varchar(190) DEFAULT NULL,
  created_at datetime NOT NULL,
  closed_at datetime DEFAULT NULL,
  PRIMARY KEY (id),
  KEY idx_tickets_customer (customer_id),
  KEY idx_tickets_requester (requester_email),
  CONSTRAINT fk_tickets_customer FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE SET NULL,
  CONSTRAINT fk_tickets_requester_email FOREIGN KEY (requester_email) REFERENCES customers (email) ON UPDATE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=4001 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE ticket_messages (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  ticket_id bigint(20) unsigned NOT NULL,
  sender enum('customer','agent','system') NOT NULL,
  author_email varchar(190) DEFAULT NULL,
  body text NOT NULL,
  client_ip varchar(45) DEFAULT NULL,
  sent_at datetime NOT NULL,
  PRIMARY KEY (id),
  KEY idx_msg_ticket (ticket_id),
  CONSTRAINT fk_msg_ticket FOREIGN KEY (ticket_id) REFERENCES tickets (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
""")

def myq(s):
    if s is None:
        return "NULL"
    return "'" + str(s).replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'"

def my_escaped_variant(v, cat):
    """mysqldump writes ' as \\' -- register that byte form as well"""
    if "'" in v:
        T(v.replace("'", "\\'"), cat)

def mdt(d):
    return d.strftime("%Y-%m-%d %H:%M:%S")

customers = []
for p in creators[40:300] + support_only:
    c = dict(p=p)
    if R.random() < 0.1:
        c["email"] = P.make_email(p["first"], p["last"], p["dob"], p["cc"])
    else:
        c["email"] = p["email"]
    T(c["email"], "email")
    T(p["first"], "name"); T(p["last"], "name"); my_escaped_variant(p["last"], "name")
    c["phone"] = p["phone"]["digits"] if R.random() < 0.92 else None
    if c["phone"]: T(c["phone"], "phone")
    c["dob"] = p["dob"] if R.random() < 0.85 else None
    if c["dob"]: T(c["dob"].isoformat(), "date_of_birth")
    c["created"] = P.rdt(dt.datetime(2021, 6, 1, tzinfo=UTC), dt.datetime(2024, 5, 1, tzinfo=UTC))
    customers.append(c)
customers.sort(key=lambda c: c["created"])
for i, c in enumerate(customers, 1):
    c["id"] = i
    p = c["p"]
    my.write("INSERT INTO customers VALUES (%d,%s,%s,%s,%s,%s,%s,%s,%s,%d,%s);\n" % (
        i, myq(p["uuid"]) if p in creators else "NULL", myq(p["first"]), myq(p["last"]), myq(c["email"]),
        c["phone"] or "NULL", myq(c["dob"].isoformat()) if c["dob"] else "NULL", myq(p["cc"]),
        myq(R.choice(["free", "free", "plus", "pro"])), R.random() < 0.4, myq(mdt(c["created"]))))
my_rows["customers"] = len(customers)

addr_rows = []
for c in customers:
    p = c["p"]
    addr_rows.append(dict(c=c, kind="home", line1=p["line1"], city=p["city"], pc=p["postcode"], cc=p["cc"], ll=p["home"]))
    if R.random() < 0.16:
        a = P.make_address(p["cc"])
        addr_rows.append(dict(c=c, kind=R.choice(["billing", "shipping"]), line1=a["line1"], city=a["city"], pc=a["postcode"], cc=p["cc"], ll=a["home"]))
for i, a in enumerate(addr_rows, 1):
    T(a["line1"], "address"); my_escaped_variant(a["line1"], "address"); T(a["pc"], "address")
    geo = R.random() < 0.93
    if geo:
        T(fmt6(a["ll"][0]), "location"); T(fmt6(a["ll"][1]), "location")
    my.write("INSERT INTO customer_addresses VALUES (%d,%d,%s,%s,%s,%s,%s,%s,%s,%s,%s);\n" % (
        i, a["c"]["id"], myq(a["kind"]), myq(a["line1"]), myq(a["city"]), myq(a["pc"]), myq(a["cc"]),
        fmt6(a["ll"][0]) if geo else "NULL", fmt6(a["ll"][1]) if geo else "NULL",
        repr(round(R.uniform(0.62, 1.0), 4)) if geo else "NULL",
        myq(mdt(a["c"]["created"] + dt.timedelta(days=R.randint(0, 30))))))
my_rows["customer_addresses"] = len(addr_rows)

SUBJECTS = ["Payout not received", "Can't log in after changing phone", "Please delete my account (GDPR)",
            "Wrong IBAN on my payout account", "Someone is impersonating me", "Data access request",
            "Tax form question", "2FA codes not arriving", "Photo removed by mistake", "Change of address"]
tickets = []
for i in range(200):
    c = R.choice(customers)
    p = c["p"]
    subj = R.choice(SUBJECTS)
    if R.random() < 0.08:
        subj = f"Account {T(p['username'], 'username')} locked"
    created = P.rdt(max(c["created"], dt.datetime(2023, 9, 1, tzinfo=UTC)), T1)
    status = R.choice(["new", "open", "pending", "solved", "closed", "closed"])
    t = dict(id=4001 + i, c=c, p=p, subj=subj, channel=R.choice(["email", "email", "chat", "phone", "web_form"]),
             status=status, prio=R.choice(["low", "normal", "normal", "high", "urgent"]),
             agent=R.choice(STAFF) if status != "new" else None, created=created,
             closed=created + dt.timedelta(hours=R.randint(1, 200)) if status in ("solved", "closed") else None,
             linked=R.random() > 0.09)
    if t["agent"]: T(t["agent"]["email"], "email")
    tickets.append(t)
tickets.sort(key=lambda t: t["created"])
for i, t in enumerate(tickets):
    t["id"] = 4001 + i
    my.write("INSERT INTO tickets VALUES (%d,%s,%s,%s,%s,%s,%s,%s,%s,%s);\n" % (
        t["id"], t["c"]["id"] if t["linked"] else "NULL", myq(t["c"]["email"]), myq(t["subj"]), myq(t["channel"]),
        myq(t["status"]), myq(t["prio"]), myq(t["agent"]["email"]) if t["agent"] else "NULL", myq(mdt(t["created"])),
        myq(mdt(t["closed"])) if t["closed"] else "NULL"))
my_rows["tickets"] = len(tickets)

def cust_body(t):
    c, p = t["c"], t["p"]
    k = R.randrange(7)
    sig = p["first"]
    if k == 0:
        ib = p.get("acct", {}).get("iban") if p.get("acct") else None
        ib = ib or P.make_bank(p["cc"] if p["cc"] != "US" else "IE")["iban"]
        ibs = P.spaced(ib)
        return (f"Hi,\n\nMy payout for last month still hasn't arrived. My IBAN is {T(ibs, 'bank_account')} and the account is "
                f"in the name of {T(p['full'], 'name')}. Username {T(p['username'], 'username')}.\n"
                f"Phone: {T(p['phone']['national'], 'phone')}\n\nThanks,\n{sig}")
    if k == 1:
        old = P.make_phone(p["cc"])["national"]
        return (f"Hello, I changed my number from {T(old, 'phone')} to {T(p['phone']['national'], 'phone')} and now I can't get "
                f"the 2FA codes. Email on the account is {T(c['email'], 'email')}. DOB {T(p['dob'].strftime('%d/%m/%Y'), 'date_of_birth')} if you need to verify.\n{sig}")
    if k == 2:
        return (f"Under Article 15 GDPR I request a copy of all personal data you hold about me.\n"
                f"Name: {T(p['full'], 'name')}\nAddress: {T(p['line1'], 'address')}, {p['city']} {T(p['postcode'], 'address')}\n"
                f"Date of birth: {T(p['dob'].strftime('%d %B %Y'), 'date_of_birth')}\nEmail: {T(c['email'], 'email')}")
    if k == 3:
        fake = P.make_username(p["first"], p["last"], p["dob"])
        return (f"There is an account called {T(fake, 'username')} using my photos and my name. My real account is "
                f"{T(p['username'], 'username')}. Please take it down, it's really upsetting.\n\n{T(p['full'], 'name')}\n{T(p['phone']['intl'], 'phone')}")
    if k == 4:
        return (f"hi my address changed, new one is {T(p['line1'], 'address')}, {p['city']}. can you update it for the tax forms? "
                f"thanks {sig}")
    if k == 5:
        return f"Any update on this?? Its been a week. Call me {T(p['phone']['intl'], 'phone')}"
    return "Thanks, that worked!"

messages = []
ns = [R.choice([1, 2, 2, 2, 3]) for _ in tickets]
while sum(ns) > 400:
    j = R.randrange(len(ns))
    if ns[j] > 1: ns[j] -= 1
for t, n in zip(tickets, ns):
    at = t["created"]
    for j in range(n):
        if j == 0 or R.random() < 0.35:
            body = cust_body(t)
            ip = R.choice(t["p"]["ips"]) if t["channel"] in ("chat", "web_form") or R.random() < 0.3 else None
            if ip: T(ip, "ip_address")
            messages.append(dict(t=t, sender="customer", author=t["c"]["email"], body=body, ip=ip, at=at))
        elif t["agent"] and R.random() < 0.85:
            a = t["agent"]; p = t["p"]
            greet = f"Hi {p['first']},"
            if len(p["first"]) >= 6: T(p["first"], "name")
            body = R.choice([
                lambda: f"{greet}\n\nThanks for getting in touch. I've verified your identity against the phone number ending {p['phone']['e164'][-4:]} and updated your details.\n\nKind regards,\n{T(a['full'], 'name')}\nLumora Creator Support",
                lambda: f"{greet}\n\nI can see the payout was returned by the bank. Could you confirm the account holder name exactly as it appears on your statement?\n\nKind regards,\n{T(a['full'], 'name')}\nLumora Creator Support",
                lambda: f"{greet}\n\nWe've removed the impersonating account. If it appears again please reply to this ticket.\n\nBest,\n{T(a['full'], 'name')}",
                lambda: f"{greet}\n\nYour data export is ready and was sent to {T(t['c']['email'], 'email')}. The link expires in 7 days.\n\n{T(a['full'], 'name')}\nLumora Privacy Team",
            ])()
            messages.append(dict(t=t, sender="agent", author=a["email"], body=body, ip=None, at=at))
        else:
            messages.append(dict(t=t, sender="system", author=None, body=f"Auto-reply sent to {T(t['c']['email'], 'email')}. SLA: 48h.", ip=None, at=at))
        at = at + dt.timedelta(minutes=R.randint(5, 3000))
messages.sort(key=lambda m: m["at"])
for i, m in enumerate(messages, 1):
    my.write("INSERT INTO ticket_messages VALUES (%d,%d,%s,%s,%s,%s,%s);\n" % (
        i, m["t"]["id"], myq(m["sender"]), myq(m["author"]), myq(m["body"]), myq(m["ip"]), myq(mdt(m["at"]))))
my_rows["ticket_messages"] = len(messages)

MY_JOINS = [
    "SELECT count(*) FROM customer_addresses JOIN customers ON customer_addresses.customer_id = customers.id",
    "SELECT count(*) FROM tickets JOIN customers ON tickets.customer_id = customers.id",
    "SELECT count(*) FROM tickets JOIN customers ON tickets.requester_email = customers.email",
    "SELECT count(*) FROM ticket_messages JOIN tickets ON ticket_messages.ticket_id = tickets.id",
]

# ------------------------------------------------------------------ load + dump
def pg_env():
    e = dict(os.environ); e["PGPASSWORD"] = PG["pw"]; return e
def my_env():
    e = dict(os.environ); e["MYSQL_PWD"] = MY["pw"]; return e
PGC = ["-h", PG["host"], "-p", PG["port"], "-U", PG["user"]]
MYC = ["--protocol=TCP", "-h", MY["host"], "-P", MY["port"], "-u", MY["user"], "--default-character-set=utf8mb4"]

def run(cmd, env, stdin=None, out=None):
    r = subprocess.run(cmd, env=env, input=stdin, stdout=out or subprocess.PIPE, stderr=subprocess.PIPE)
    if r.returncode != 0:
        sys.exit(f"FAILED {cmd[0]}: {r.stderr.decode()[:3000]}")
    return r.stdout.decode() if r.stdout is not None else ""

def pg_q(db, sql):
    return run(["psql", *PGC, "-d", db, "-tAqc", sql], pg_env()).strip()
def my_q(db, sql):
    return run(["mysql", *MYC, "-N", "-B", db, "-e", sql], my_env()).strip()

open(os.path.join(WORK, "pg_load.sql"), "w").write(pg_sql.getvalue())
open(os.path.join(WORK, "my_load.sql"), "w").write(my.getvalue())

run(["psql", *PGC, "-d", "postgres", "-qc", f"DROP DATABASE IF EXISTS {PG['db']}"], pg_env())
run(["psql", *PGC, "-d", "postgres", "-qc", f"CREATE DATABASE {PG['db']} ENCODING 'UTF8' TEMPLATE template0"], pg_env())
run(["psql", *PGC, "-d", PG["db"], "-q", "-v", "ON_ERROR_STOP=1", "-f", os.path.join(WORK, "pg_load.sql")], pg_env())
run(["psql", *PGC, "-d", PG["db"], "-qc", "VACUUM ANALYZE"], pg_env())
with open(os.path.join(OUT, "lumora_pg.sql"), "wb") as f:
    run(["pg_dump", *PGC, "-d", PG["db"]], pg_env(), out=f)

run(["mysql", *MYC, "-e", f"DROP DATABASE IF EXISTS {MY['db']}; CREATE DATABASE {MY['db']} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"], my_env())
run(["mysql", *MYC, MY["db"]], my_env(), stdin=my.getvalue().encode())
with open(os.path.join(OUT, "lumora_mysql.sql"), "wb") as f:
    run(["mysqldump", *MYC, "--single-transaction", "--routines", "--triggers", MY["db"]], my_env(), out=f)

tables = {"lumora_pg.sql": {"rows": {}, "joins": []}, "lumora_mysql.sql": {"rows": {}, "joins": []}}
for t, n in pg_rows.items():
    c = int(pg_q(PG["db"], f"SELECT count(*) FROM {t}")); assert c == n, (t, c, n)
    tables["lumora_pg.sql"]["rows"][t] = c
for s in PG_JOINS:
    tables["lumora_pg.sql"]["joins"].append({"sql": s, "count": int(pg_q(PG["db"], s))})
for t, n in my_rows.items():
    c = int(my_q(MY["db"], f"SELECT count(*) FROM {t}")); assert c == n, (t, c, n)
    tables["lumora_mysql.sql"]["rows"][t] = c
for s in MY_JOINS:
    tables["lumora_mysql.sql"]["joins"].append({"sql": s, "count": int(my_q(MY["db"], s))})
json.dump(tables, open(os.path.join(TRUTH_DIR, "tables.json"), "w"), indent=2)

# ================================================================== side files
import sidefiles
sidefiles.build(globals())

# ================================================================== truth checks
import verify
texts = verify.collect(OUT)
for v, c in list(TRUTH.items()):
    if "'" in v and v.replace("'", "\\'") in texts["lumora_mysql.sql"]:
        T(v.replace("'", "\\'"), c)
allt = "\n".join(texts.values())
masked = dict(texts)
for v in sorted(TRUTH, key=len, reverse=True):
    for n in masked:
        if v in masked[n]:
            masked[n] = masked[n].replace(v, "\x00")
allm = "\n".join(masked.values())
missing = [v for v in TRUTH if v not in allt]
print("truth values not found in any file:", len(missing), missing[:20])
short = [v for v in TRUTH if len(v) < 6]
assert not short
# reverse check: known personal values of the population that occur in files but were not registered
import urllib.parse
unreg = {}
pop = creators + support_only + crm_leads
for p in pop:
    cand = [p["full"], p["full"].upper(), p["username"], p["email"], urllib.parse.quote(p["email"], safe=""),
            p["dob"].isoformat(), p["dob"].strftime("%d.%m.%Y"), p["dob"].strftime("%d/%m/%Y"), p["dob"].strftime("%d %B %Y"),
            p["line1"], p["postcode"], fmt6(p["home"][0]), fmt6(p["home"][1]), repr(p["home"][0]), repr(p["home"][1]),
            f"{p['home'][0]:.4f}".replace(".", ","), f"{p['home'][1]:.4f}".replace(".", ",")] + list(p["phone"].values()) + \
           p["ips"] + p.get("ips_extra", []) + p.get("prev_emails", [])
    a = p.get("acct")
    if a:
        cand += [x for x in (a.get("iban"), a.get("account")) if x]
        if a.get("iban"): cand.append(P.spaced(a["iban"]))
    if p.get("paypal"): cand.append(p["paypal"])
    for v in cand:
        if len(v) >= 6 and v not in TRUTH and v in allm:
            unreg[v] = [n for n, t in masked.items() if v in t]
for st in STAFF:
    for v in (st["full"], st["email"], st["mod"], st["basic"], st.get("ip") or "zzzzzzzzz"):
        if len(v) >= 6 and v not in TRUTH and v in allm:
            unreg[v] = [n for n, t in masked.items() if v in t]
print("unregistered personal values present in files:", len(unreg), list(unreg.items())[:30])
# standalone name values must not collide with non-personal vocabulary
vocab = "\n".join(sum(P.STREETS.values(), []) + [c[0] for v in P.CITIES.values() for c in v] + P.IE_BUILDINGS + P.CAMERAS + P.UAS + P.INTERESTS)
coll = [v for v, c in TRUTH.items() if c == "name" and v in vocab]
print("name values colliding with vocabulary:", coll)

# ================================================================== truth
with open(os.path.join(TRUTH_DIR, "values.txt"), "w", encoding="utf-8") as f:
    for v, cat in sorted(TRUTH.items(), key=lambda kv: (kv[1], kv[0])):
        assert "\t" not in v and "\n" not in v
        f.write(f"{v}\t{cat}\n")

if "--drop" in sys.argv:
    run(["psql", *PGC, "-d", "postgres", "-qc", f"DROP DATABASE {PG['db']}"], pg_env())
    run(["mysql", *MYC, "-e", f"DROP DATABASE {MY['db']}"], my_env())
print("done", len(TRUTH), "truth values")
