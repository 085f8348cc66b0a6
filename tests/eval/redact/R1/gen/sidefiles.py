"""Non-SQL files of the Lumora export. Called from generate.py with its globals."""
import os, io, csv, json, gzip, tarfile, zipfile, time, datetime as dt, urllib.parse
from fractions import Fraction

COUNTRY_NAME = {"IE": "Ireland", "GB": "United Kingdom", "DE": "Germany", "FR": "France", "US": "United States",
                "ES": "Spain", "NL": "Netherlands", "IT": "Italy", "PL": "Poland"}


def eu_num(x, dec=2):
    s = f"{x:,.{dec}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def build(g):
    P, R, T, OUT = g["P"], g["R"], g["T"], g["OUT"]
    UTC = dt.timezone.utc
    creators, support_only, crm_leads, STAFF = g["creators"], g["support_only"], g["crm_leads"], g["STAFF"]
    uploads, tickets, customers, payout_accts = g["uploads"], g["tickets"], g["customers"], g["payout_accts"]

    # ------------------------------------------------------------ crm_export.csv
    rows = R.sample(creators, 150) + R.sample(support_only, 20) + crm_leads
    R.shuffle(rows)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["Contact ID", "First name", "Last name", "E-mail", "Phone", "Date of birth", "Street address",
                "Postcode", "City", "Country", "Latitude", "Longitude", "Lifetime revenue (EUR)", "Last activity",
                "Newsletter", "Source"])
    for i, p in enumerate(sorted(rows, key=lambda p: p["full"])):
        cid = f"C-{10231 + i * 7 + R.randint(0, 6)}"
        T(p["first"], "name"); T(p["last"], "name")
        T(p["email"], "email")
        phone = T(p["phone"]["national"], "phone") if R.random() < 0.9 else ""
        dob = T(p["dob"].strftime("%d.%m.%Y"), "date_of_birth") if R.random() < 0.8 else ""
        T(p["line1"], "address"); T(p["postcode"], "address")
        lat = T(f"{p['home'][0]:.4f}".replace(".", ","), "location")
        lon = T(f"{p['home'][1]:.4f}".replace(".", ","), "location")
        rev = eu_num(R.choice([0, 0, R.uniform(5, 300), R.uniform(300, 9000)]))
        last = P.rdt(dt.datetime(2023, 6, 1), dt.datetime(2024, 6, 10)).strftime("%d.%m.%Y %H:%M")
        src = R.choice(["Lumora signup", "Newsletter", "Photo Week Dublin 2023", "Referral", "Webinar", "Import 2022"])
        w.writerow([cid, p["first"], p["last"], p["email"], phone, dob, p["line1"], p["postcode"], p["city"],
                    COUNTRY_NAME[p["cc"]], lat, lon, rev, last, R.choice(["yes", "no"]), src])
    with open(os.path.join(OUT, "crm_export.csv"), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())

    # ------------------------------------------------------------ events.ndjson
    evs = []
    active = [c for c in creators if c["status"] in ("active", "suspended")]
    for i in range(400):
        p = R.choice(active)
        at = P.rdt(dt.datetime(2024, 6, 1, tzinfo=UTC), dt.datetime(2024, 6, 14, 23, 59, tzinfo=UTC))
        ip = R.choice(p["ips"]); T(ip, "ip_address")
        base = {"ts": at.strftime("%Y-%m-%dT%H:%M:%S.") + f"{R.randint(0, 999):03d}Z",
                "event_id": P.rand_uuid(), "source": R.choice(["web", "ios", "android", "api"])}
        k = R.randrange(7)
        user = {"id": p["uuid"], "username": T(p["username"], "username")}
        if k == 0:
            geo = None
            if base["source"] in ("ios", "android"):
                la = round(p["home"][0] + R.gauss(0, 0.002), 5); lo = round(p["home"][1] + R.gauss(0, 0.002), 5)
                T(repr(la), "location"); T(repr(lo), "location")
                geo = {"lat": la, "lon": lo, "accuracy_m": R.choice([5, 8, 12, 35, 65])}
            user["email"] = T(p["email"], "email")
            e = dict(base, event="auth.login", user=user,
                     ctx={"ip": ip, "ua": R.choice(p["ua"]), "geo": geo, "mfa": R.choice([None, "totp", "sms"])})
        elif k == 1:
            ups = [u for u in uploads if u["creator"] is p and u["gps"]]
            u = R.choice(ups) if ups else None
            user["display_name"] = T(p["full"], "name")
            upl = {"id": u["id"] if u else R.randint(60000, 70000), "camera": u["cam"] if u else R.choice(P.CAMERAS)}
            if u:
                la, lo = float(u["gps"][0]), float(u["gps"][1])
                T(repr(la), "location"); T(repr(lo), "location")
                upl["exif"] = {"gps": {"lat": la, "lon": lo, "alt": u["gps"][2]}, "taken_at": u["taken"].strftime("%Y-%m-%dT%H:%M:%S")}
            base["source"] = "api"
            e = dict(base, event="upload.reprocessed", job="exif-backfill-2024-06", user=user, upload=upl,
                     ctx={"triggered_by": "scheduler", "owner_last_ip": ip})
        elif k == 2:
            user["name"] = T(p["full"], "name")
            kk = R.randrange(3)
            if kk == 0:
                old = P.make_phone(p["cc"])["e164"]
                ch = {"phone": {"from": T(old, "phone"), "to": T(p["phone"]["e164"], "phone")}}
            elif kk == 1:
                old = P.make_email(p["first"], p["last"], p["dob"], p["cc"])
                ch = {"email": {"from": T(old, "email"), "to": T(p["email"], "email")}}
            else:
                ch = {"address": {"to": {"line1": T(p["line1"], "address"), "city": p["city"],
                                          "postcode": T(p["postcode"], "address"), "country": p["cc"]}}}
            e = dict(base, event="profile.updated", user=user, changes=ch, ctx={"ip": ip, "ua": R.choice(p["ua"])})
        elif k == 3:
            user["email"] = T(p["email"], "email"); user["name"] = T(p["full"], "name")
            a = p.get("acct")
            dest = {"type": a["method"] if a else "sepa"}
            if a and a.get("iban"):
                dest["iban_masked"] = a["iban"][:4] + " **** **** " + a["iban"][-4:]
            e = dict(base, event="payout.requested", user=user,
                     amount={"value": round(R.uniform(20, 1800), 2), "currency": a["currency"] if a else "EUR"},
                     destination=dest, ctx={"ip": ip})
        elif k == 4:
            tgt = R.choice(creators)
            e = dict(base, event="report.filed", reporter={"id": p["uuid"], "email": T(p["email"], "email")},
                     target={"username": T(tgt["username"], "username")},
                     reason=R.choice(["copyright", "privacy", "harassment", "spam"]), ctx={"ip": ip})
        elif k == 5:
            tgt = R.choice(creators)
            q = tgt["full"] if R.random() < 0.6 else tgt["username"]
            T(q, "name" if q == tgt["full"] else "username")
            e = dict(base, event="search.performed", user=user, query=q, results=R.randint(0, 40), ctx={"ip": ip})
        else:
            e = dict(base, event="session.heartbeat", user={"id": p["uuid"]}, ctx={"ip": ip, "ua": R.choice(p["ua"])})
        evs.append(e)
    evs.sort(key=lambda e: e["ts"])
    with open(os.path.join(OUT, "events.ndjson"), "w", encoding="utf-8") as f:
        for e in evs:
            # backend-emitted events are ASCII-escaped, client SDK events are raw UTF-8
            f.write(json.dumps(e, ensure_ascii=(e["source"] == "api" or e["source"] == "web" and R.random() < 0.5),
                               separators=(",", ":")) + "\n")

    # ------------------------------------------------------------ nginx logs
    BOTS = [("66.249.66.%d" % n, "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)") for n in (1, 17, 83)] + \
           [("157.55.39.%d" % n, "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)") for n in (12, 201)]
    q = urllib.parse.quote

    def log_day(day, n):
        lines = []
        t = dt.datetime(day.year, day.month, day.day, 0, 0, 3)
        for i in range(n):
            t = t + dt.timedelta(seconds=R.randint(20, 220))
            if R.random() < 0.05:
                ip, ua = R.choice(BOTS)
                u = R.choice(creators)
                req = f"GET /u/{T(u['username'], 'username')} HTTP/1.1"
                lines.append(f'{ip} - - [{t.strftime("%d/%b/%Y:%H:%M:%S")} +0000] "{req}" 200 {R.randint(8000, 40000)} "-" "{ua}"')
                continue
            p = R.choice(creators)
            ip = R.choice(p["ips"] + p.get("ips_extra", []))
            ua = R.choice(p["ua"])
            ruser = "-"
            ref = "-"
            status, size = 200, R.randint(400, 60000)
            k = R.randrange(12)
            other = R.choice(creators)
            if k == 0:
                req = f"GET /u/{T(other['username'], 'username')} HTTP/2.0"; ref = "https://www.google.com/"
            elif k == 1:
                ups = [u for u in uploads if u["creator"] is other]
                uid = ups[0]["id"] if ups else R.randint(48000, 62000)
                req = f"GET /u/{T(other['username'], 'username')}/photos/{uid} HTTP/2.0"
                ref = f"https://lumora.ie/u/{other['username']}"
            elif k == 2:
                req = f"GET /api/v1/users/{T(other['username'], 'username')}/followers?page={R.randint(1, 5)}&limit=24 HTTP/2.0"
                ref = f"https://lumora.ie/u/{other['username']}/followers"; size = R.randint(900, 9000)
            elif k == 3:
                em = q(p["email"], safe="")
                T(em, "email")
                req = f"GET /api/v1/lookup?user={T(p['username'], 'username')}&email={em} HTTP/2.0"
                status = R.choice([200, 200, 404]); size = R.randint(60, 900)
            elif k == 4:
                req = "POST /api/v1/auth/login HTTP/2.0"; status = R.choice([200, 200, 200, 401, 429]); size = R.randint(80, 700)
                ref = "https://lumora.ie/login"
            elif k == 5:
                em = q(p["email"], safe=""); T(em, "email")
                req = f"GET /account/reset-password?email={em}&utm_source=app HTTP/1.1"; size = R.randint(3000, 9000)
            elif k == 6:
                sq = urllib.parse.quote_plus(other["full"]); T(sq, "name")
                req = f"GET /search?q={sq}&type=people HTTP/2.0"; ref = "https://lumora.ie/explore"
            elif k == 7:
                req = f"GET /static/js/app.{R.choice(['3f9a1c', '3f9a1c', 'b71e02'])}.js HTTP/2.0"; size = R.randint(180000, 240000)
                ref = "https://lumora.ie/"
            elif k == 8:
                req = f"GET /api/v1/me/payouts?creator_email={q(p['email'], safe='')} HTTP/2.0"
                T(q(p["email"], safe=""), "email"); ref = "https://lumora.ie/studio/payouts"
            elif k == 9:
                st = R.choice(STAFF)
                ruser = T(st["basic"], "username")
                ip = st.setdefault("ip", P.make_ip("IE")); T(ip, "ip_address")
                ua = P.UAS[1]
                req = f"GET /admin/moderation/reports?reporter={q(p['email'], safe='')}&state=open HTTP/1.1"
                T(q(p["email"], safe=""), "email")
            elif k == 10:
                req = "GET /favicon.ico HTTP/2.0"; status = 304; size = 0
            else:
                req = f"GET /u/{T(p['username'], 'username')}/settings/privacy HTTP/2.0"
                ref = f"https://lumora.ie/u/{p['username']}"
            T(ip, "ip_address")
            lines.append(f'{ip} - {ruser} [{t.strftime("%d/%b/%Y:%H:%M:%S")} +0000] "{req}" {status} {size} "{ref}" "{ua}"')
        return lines

    day1 = log_day(dt.date(2024, 6, 13), 560)
    day2 = log_day(dt.date(2024, 6, 14), 640)
    os.makedirs(os.path.join(OUT, "nginx"), exist_ok=True)
    with open(os.path.join(OUT, "nginx", "access.log"), "w") as f:
        f.write("\n".join(day2) + "\n")
    raw = ("\n".join(day1) + "\n").encode()
    with open(os.path.join(OUT, "nginx", "access.log.1.gz"), "wb") as f:
        with gzip.GzipFile(filename="access.log.1", mode="wb", fileobj=f, mtime=1718323200) as gz:
            gz.write(raw)

    # ------------------------------------------------------------ payouts.xlsx
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill, Alignment
    wb = Workbook()
    ws = wb.active
    ws.title = "Payouts Q2 2024"
    ws["A1"] = "Lumora Ltd — Creator payouts, April–June 2024 (CONFIDENTIAL – Finance only)"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:M1")
    hdr = ["Payout ref", "Payout date", "Creator", "Username", "Email", "Country", "IBAN", "BIC",
           "Gross", "Platform fee", "Net", "Currency", "Status"]
    ws.append(hdr)
    for c in ws[2]:
        c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="305496")
    sepa = [a for a in payout_accts if a.get("iban") and a["creator"]["status"] in ("active", "suspended")]
    prow = []
    for a in sepa:
        for _ in range(R.choice([0, 1, 1, 2])):
            prow.append((a, P.rdate(dt.date(2024, 4, 2), dt.date(2024, 6, 28))))
    prow.sort(key=lambda x: x[1])
    for i, (a, d) in enumerate(prow[:230]):
        p = a["creator"]
        gross = round(R.uniform(12, 2400), 2); fee = round(gross * 0.12, 2)
        ws.append([f"PO-2024-{5001 + i}", d, T(p["full"], "name"), T(p["username"], "username"), T(p["email"], "email"),
                   p["cc"], T(P.spaced(a["iban"]), "bank_account"), a["bic"], gross, fee, round(gross - fee, 2),
                   a["currency"], R.choice(["paid", "paid", "paid", "paid", "returned", "processing"])])
        r = ws.max_row
        ws.cell(r, 2).number_format = "DD/MM/YYYY"
        for col in (9, 10, 11):
            ws.cell(r, col).number_format = "#,##0.00"
    for col, wdt in zip("ABCDEFGHIJKLM", [14, 12, 26, 22, 34, 8, 34, 13, 10, 12, 10, 9, 11]):
        ws.column_dimensions[col].width = wdt
    ws.freeze_panes = "A3"
    ws2 = wb.create_sheet("On hold")
    ws2.append(["Creator", "Email", "Phone", "IBAN", "Amount (EUR)", "Held since", "Reason", "Owner"])
    for c in ws2[1]:
        c.font = Font(bold=True)
    held = R.sample(sepa, 36)
    reasons = ["Name mismatch with bank", "KYC expired", "Returned by bank (AC01)", "Suspected fraud – see ticket",
               "Tax residency unconfirmed", "Account closed (AC04)"]
    for a in held:
        p = a["creator"]
        ws2.append([T(p["full"], "name"), T(p["email"], "email"), T(p["phone"]["intl"], "phone"), T(a["iban"], "bank_account"),
                    round(R.uniform(30, 3100), 2), P.rdate(dt.date(2024, 2, 1), dt.date(2024, 6, 20)),
                    R.choice(reasons), T(R.choice(STAFF)["full"], "name")])
        r = ws2.max_row
        ws2.cell(r, 5).number_format = "#,##0.00"; ws2.cell(r, 6).number_format = "DD/MM/YYYY"
    for col, wdt in zip("ABCDEFGH", [26, 34, 20, 32, 13, 12, 30, 18]):
        ws2.column_dimensions[col].width = wdt
    wb.properties.creator = T(STAFF[2]["full"], "name")
    wb.properties.title = "Creator payouts Q2 2024"
    os.makedirs(os.path.join(OUT, "reports"), exist_ok=True)
    wb.save(os.path.join(OUT, "reports", "payouts.xlsx"))
    g["XLSX_META_NAME"] = "Nóra Keane"

    # ------------------------------------------------------------ archive/support_2024.tar.gz
    ph_tickets = [t for t in tickets if t["channel"] in ("phone", "chat", "email")]
    cb = io.StringIO()
    cw = csv.writer(cb, lineterminator="\n")
    cw.writerow(["ticket_id", "customer_name", "phone", "email", "preferred_time", "agent", "notes"])
    for t in R.sample(ph_tickets, min(70, len(ph_tickets))):
        p = t["p"]
        cw.writerow([t["id"], T(p["full"], "name"), T(p["phone"]["intl"], "phone"), T(t["c"]["email"], "email"),
                     R.choice(["morning", "after 5pm", "lunchtime", "any", "weekends only"]),
                     T(t["agent"]["full"], "name") if t["agent"] else "",
                     R.choice([lambda: "", lambda: "prefers WhatsApp", lambda: f"partner answers, ask for {T(p['first'], 'name')}",
                               lambda: "hard of hearing – speak slowly", lambda: "payout issue", lambda: "called twice, no answer"])()])
    esc = []
    for t in R.sample(tickets, 26):
        p, c = t["p"], t["c"]
        o = {"ticket": t["id"], "opened": t["created"].strftime("%Y-%m-%dT%H:%M:%SZ"),
             "severity": R.choice(["S2", "S3", "S1"]),
             "customer": {"name": T(p["full"], "name"), "email": T(c["email"], "email"),
                          "phone": T(p["phone"]["e164"], "phone"), "date_of_birth": T(p["dob"].isoformat(), "date_of_birth"),
                          "address": {"line1": T(p["line1"], "address"), "city": p["city"], "postcode": T(p["postcode"], "address"),
                                      "country": p["cc"]}},
             "notes": [f"Escalated by {T(t['agent']['full'], 'name') if t['agent'] else 'triage bot'}",
                       R.choice(["Customer threatening chargeback", "Possible account takeover – login from new country",
                                 "DPC complaint mentioned", "Payout returned twice"])]}
        a = p.get("acct")
        if a and a.get("iban"):
            o["payout"] = {"iban": T(a["iban"], "bank_account"), "bic": a["bic"], "pending_amount": round(R.uniform(50, 2500), 2)}
        if p.get("ips"):
            o["last_login_ip"] = T(p["ips"][-1], "ip_address")
        esc.append(o)
    chat = []
    ct = dt.datetime(2024, 5, 2, 9, 0, 0)
    chat_tix = [t for t in tickets if t["channel"] == "chat"] or tickets[:20]
    for n in range(140):
        t = R.choice(chat_tix); p = t["p"]
        ct += dt.timedelta(seconds=R.randint(30, 4000))
        ip = T(R.choice(p["ips"]), "ip_address")
        who = R.random()
        if who < 0.55:
            msg = R.choice([lambda: f"hi, my email is {T(t['c']['email'], 'email')} and my payout is missing",
                            lambda: f"my number is {T(p['phone']['national'], 'phone')} if easier",
                            lambda: f"username {T(p['username'], 'username')}",
                            lambda: f"I live at {T(p['line1'], 'address')}, {p['city']}",
                            lambda: "ok thanks", lambda: "still waiting...", lambda: f"its {T(p['full'], 'name')} on the bank account"])()
            chat.append(f"{ct:%Y-%m-%d %H:%M:%S} [chat:{t['id']}] visitor ip={ip} email={T(t['c']['email'], 'email')}: {msg}")
        else:
            a = t["agent"] or R.choice(STAFF)
            chat.append(f"{ct:%Y-%m-%d %H:%M:%S} [chat:{t['id']}] agent={T(a['email'], 'email')}: " +
                        R.choice([lambda: "Thanks, checking that now.", lambda: "Can you confirm your date of birth please?",
                                  lambda: f"I've found the account for {T(p['full'], 'name')}.", lambda: "The payout was returned by your bank."])())
    tbuf = io.BytesIO()
    mt = int(dt.datetime(2024, 6, 14, 17, 2, tzinfo=UTC).timestamp())
    with tarfile.open(fileobj=tbuf, mode="w:gz", format=tarfile.PAX_FORMAT) as tf:
        for name, data in [("support_2024/callbacks.csv", cb.getvalue().encode()),
                           ("support_2024/escalations.json", json.dumps(esc, indent=2, ensure_ascii=False).encode()),
                           ("support_2024/chat_2024-05.log", ("\n".join(chat) + "\n").encode())]:
            ti = tarfile.TarInfo(name); ti.size = len(data); ti.mtime = mt; ti.mode = 0o640
            ti.uname = "svc-support"; ti.gname = "support"
            tf.addfile(ti, io.BytesIO(data))
    os.makedirs(os.path.join(OUT, "archive"), exist_ok=True)
    with open(os.path.join(OUT, "archive", "support_2024.tar.gz"), "wb") as f:
        f.write(tbuf.getvalue())

    # ------------------------------------------------------------ archive/attachments.zip
    cand = [t for t in tickets if dt.datetime(2024, 3, 3, tzinfo=UTC) < t["created"] < dt.datetime(2024, 3, 25, tzinfo=UTC) and t["p"]["cc"] == "IE" and t["p"]["full"].isascii() and t["p"].get("acct") and t["p"]["acct"].get("iban")]
    t = cand[0]; p = t["p"]
    letter = (f"{p['full']}\n{p['line1']}\n{p['city']}\n{p['postcode']}\n\n{t['created']:%d %B %Y}\n\n"
              f"Lumora Ltd\nData Protection Officer\n\nRe: ticket #{t['id']} – photo of my home published without consent\n\n"
              f"Dear Sir or Madam,\n\nI am writing about an image uploaded to your platform that shows my home and was published "
              f"with its location. I attach the original photo (IMG_20240302_141522.jpg) that I took myself so you can compare it.\n\n"
              f"For verification: my date of birth is {p['dob']:%d/%m/%Y}, my registered email is {t['c']['email']} and my "
              f"mobile is {p['phone']['national']}. Please also correct the payout account on my profile to "
              f"{P.spaced(p['acct']['iban'])}.\n\nYours faithfully,\n\n{p['full']}\n")
    for v, c in [(p["full"], "name"), (p["line1"], "address"), (p["postcode"], "address"), (p["dob"].strftime("%d/%m/%Y"), "date_of_birth"),
                 (t["c"]["email"], "email"), (p["phone"]["national"], "phone"), (P.spaced(p["acct"]["iban"]), "bank_account")]:
        T(v, c)
    jpg, gps = make_jpeg(p, R)
    g["EXIF_INFO"] = dict(person=p["full"], lat=gps[0], lon=gps[1], ticket=t["id"])
    zpath = os.path.join(OUT, "archive", "attachments.zip")
    with zipfile.ZipFile(zpath, "w", compression=zipfile.ZIP_DEFLATED) as z:
        zi = zipfile.ZipInfo(f"ticket_{t['id']}/letter_to_lumora.txt", date_time=t["created"].timetuple()[:6])
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, letter.encode("utf-8"))
        zi = zipfile.ZipInfo(f"ticket_{t['id']}/IMG_20240302_141522.jpg", date_time=(2024, 3, 2, 14, 15, 22))
        zi.compress_type = zipfile.ZIP_STORED
        z.writestr(zi, jpg)


def _dms(x):
    x = abs(x)
    d = int(x); m = int((x - d) * 60); s = (x - d - m / 60) * 3600
    return ((d, 1), (m, 1), (int(round(s * 10000)), 10000))


def make_jpeg(p, R):
    from PIL import Image, ImageDraw
    import piexif
    lat = round(p["home"][0] + 0.00012, 6); lon = round(p["home"][1] - 0.00009, 6)
    img = Image.new("RGB", (160, 120), (120, 150, 190))
    d = ImageDraw.Draw(img)
    d.rectangle([40, 50, 120, 110], fill=(200, 190, 170)); d.polygon([(30, 55), (80, 20), (130, 55)], fill=(120, 60, 50))
    d.rectangle([70, 80, 90, 110], fill=(80, 50, 40))
    exif = {
        "0th": {piexif.ImageIFD.Make: b"Apple", piexif.ImageIFD.Model: b"iPhone 13",
                piexif.ImageIFD.Artist: p["full"].encode("ascii"), piexif.ImageIFD.Software: b"17.3.1",
                piexif.ImageIFD.DateTime: b"2024:03:02 14:15:22"},
        "Exif": {piexif.ExifIFD.DateTimeOriginal: b"2024:03:02 14:15:22", piexif.ExifIFD.LensModel: b"iPhone 13 back dual wide camera 5.1mm f/1.6"},
        "GPS": {piexif.GPSIFD.GPSVersionID: (2, 2, 0, 0),
                piexif.GPSIFD.GPSLatitudeRef: b"N" if lat >= 0 else b"S", piexif.GPSIFD.GPSLatitude: _dms(lat),
                piexif.GPSIFD.GPSLongitudeRef: b"E" if lon >= 0 else b"W", piexif.GPSIFD.GPSLongitude: _dms(lon),
                piexif.GPSIFD.GPSAltitudeRef: 0, piexif.GPSIFD.GPSAltitude: (2350, 100),
                piexif.GPSIFD.GPSDateStamp: b"2024:03:02"},
    }
    b = io.BytesIO()
    img.save(b, "JPEG", quality=82, exif=piexif.dump(exif))
    return b.getvalue(), (lat, lon)
