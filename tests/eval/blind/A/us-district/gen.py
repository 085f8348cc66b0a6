#!/usr/bin/env python3
"""Blind test dump A/us-district: student information system export of a US school district.
Standard library only. Seeded and deterministic."""
import csv, datetime as dt, hashlib, io, json, os, random, string, uuid, zipfile

SEED = 207207
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "data")
os.makedirs(OUT, exist_ok=True)
DOMAIN = "lpsd207.org"

HISP_M = ["Mateo", "Santiago", "Diego", "José", "Luis", "Alejandro", "Emiliano", "Carlos", "Miguel", "Ángel",
          "Daniel", "Adrián", "Julián", "Sebastián", "Leonardo", "Jesús", "Fernando", "Ricardo", "Juan", "Eduardo"]
HISP_F = ["Sofía", "Valentina", "Camila", "Ximena", "Guadalupe", "Isabella", "Daniela", "Mariana", "Lucía",
          "Natalia", "Fernanda", "Andrea", "Gabriela", "Alejandra", "María", "Rosa", "Yesenia", "Carmen", "Verónica"]
HISP_L = ["Hernández", "García", "Martínez", "López", "Rodríguez", "González", "Pérez", "Sánchez", "Ramírez",
          "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Cruz", "Morales", "Reyes", "Gutiérrez", "Ortiz", "Chávez",
          "Mendoza", "Vargas", "Castillo", "Jiménez", "Ruiz", "Aguilar", "Salazar", "Delgado"]
ANG_M = ["Liam", "Noah", "Mason", "Ethan", "Logan", "Jackson", "Aiden", "Owen", "Caleb", "Jayden", "Malik", "Elijah",
         "Michael", "David", "Brian", "Kevin", "Christopher", "Anthony", "Marcus", "Tyrone", "Ryan", "Patrick"]
ANG_F = ["Olivia", "Emma", "Ava", "Harper", "Chloe", "Madison", "Aaliyah", "Imani", "Brooklyn", "Zoe", "Nevaeh",
         "Jessica", "Ashley", "Jennifer", "Tiffany", "Latoya", "Megan", "Kimberly", "Nicole", "Erin"]
ANG_L = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Thomas",
         "Jackson", "White", "Harris", "O'Brien", "Murphy", "Sullivan", "Washington", "Robinson", "Walker", "Coleman"]
POL_M = ["Jakub", "Kacper", "Szymon", "Piotr", "Tomasz", "Marek", "Krzysztof", "Adam"]
POL_F = ["Zofia", "Julia", "Maja", "Natalia", "Agnieszka", "Katarzyna", "Magdalena", "Anna"]
POL_L = ["Nowak", "Kowalski", "Wiśniewski", "Lewandowski", "Wójcik", "Kamiński", "Zieliński", "Szymański", "Mazur"]
STREETS = ["S Austin Blvd", "W 26th St", "S Cicero Ave", "W Cermak Rd", "S Laramie Ave", "W 16th St",
           "S Oak Park Ave", "S Ridgeland Ave", "W Roosevelt Rd", "S Harlem Ave", "S 59th Ct", "S 61st Ave",
           "S Clarence Ave", "W 31st St", "S Grove Ave", "S East Ave", "W Ogden Ave", "S Wesley Ave", "S Home Ave"]
CITIES = [("Cicero", "60804", "708"), ("Berwyn", "60402", "708"), ("Stickney", "60402", "708"),
          ("Lyons", "60534", "708"), ("Forest View", "60402", "708"), ("Chicago", "60623", "773"),
          ("Chicago", "60632", "773"), ("Riverside", "60546", "708")]
SCHOOLS = [("LES", "Lincoln Elementary School", "K-5"), ("RES", "Roosevelt Elementary School", "K-5"),
           ("BJE", "Benito Juárez Elementary School", "K-5"), ("PVM", "Prairie View Middle School", "6-8"),
           ("MMS", "Morton Middle School", "6-8"), ("LPH", "Lakeshore Prairie High School", "9-12")]
MAIL = ["gmail.com", "gmail.com", "yahoo.com", "hotmail.com", "icloud.com", "outlook.com", "att.net", "sbcglobal.net",
        "comcast.net"]
SCHOOL_YEAR_START = dt.date(2023, 8, 21)
SCHOOL_YEAR_END = dt.date(2024, 5, 31)
EXPORT = dt.datetime(2024, 6, 7, 5, 30)

def phone(area):
    ex = R.randint(200, 999)
    while ex in (555, 911, 411, 611):
        ex = R.randint(200, 999)
    line = R.randint(1000, 9999)
    f = R.random()
    if f < 0.7:
        return f"({area}) {ex}-{line}"
    if f < 0.9:
        return f"{area}-{ex}-{line}"
    return f"{area}{ex}{line}"

def ssn():
    area = R.randint(1, 899)
    while area == 666:
        area = R.randint(1, 899)
    return f"{area:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"

def ssn_ok(v):
    d = v.replace("-", "")
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return len(d) == 9 and a not in (0, 666) and a < 900 and g > 0 and s > 0

def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0

def ascii_fold(s):
    return s.translate(str.maketrans("áéíóúÁÉÍÓÚñÑüśńźżłąęćŚŁ'", "aeiouAEIOUnNusnzzlaecSL_")).replace("_", "")

def pick_ethnic():
    e = R.choices(["hisp", "ang", "pol"], [62, 28, 10])[0]
    return e, {"hisp": (HISP_M, HISP_F, HISP_L), "ang": (ANG_M, ANG_F, ANG_L), "pol": (POL_M, POL_F, POL_L)}[e]

def school_days():
    d, out = SCHOOL_YEAR_START, []
    breaks = [(dt.date(2023, 11, 22), dt.date(2023, 11, 24)), (dt.date(2023, 12, 22), dt.date(2024, 1, 5)),
              (dt.date(2024, 3, 25), dt.date(2024, 3, 29))]
    holidays = {dt.date(2023, 9, 4), dt.date(2023, 10, 9), dt.date(2024, 1, 15), dt.date(2024, 2, 19), dt.date(2024, 5, 27)}
    while d <= SCHOOL_YEAR_END:
        if d.weekday() < 5 and d not in holidays and not any(a <= d <= b for a, b in breaks):
            out.append(d)
        d += dt.timedelta(days=1)
    return out
DAYS = school_days()

# ---------------------------------------------------------------- families, students
families, students, guardians = [], [], []
snum = 2140000
used_user = set()
while len(students) < 125:
    eth, (FM, FF, LN) = pick_ethnic()
    last = R.choice(LN)
    city, zipc, area = R.choice(CITIES)
    addr = f"{R.randint(1200, 6999)} {R.choice(STREETS)}" + R.choice(["", "", "", f" Apt {R.randint(1, 3)}{R.choice('ABCD')}", f" Unit {R.randint(1, 12)}", " 2nd Fl"])
    lang = {"hisp": R.choices(["es", "en"], [65, 35])[0], "ang": "en", "pol": R.choices(["pl", "en"], [40, 60])[0]}[eth]
    fam = dict(last=last, city=city, zip=zipc, addr=addr, lang=lang, eth=eth, kids=[], guardians=[])
    # guardians
    for gi in range(R.choices([1, 2], [55, 45])[0]):
        female = gi == 0 if R.random() < 0.8 else gi == 1
        gfirst = R.choice(FF if female else FM)
        glast = last if R.random() < 0.85 else R.choice(LN)
        if eth == "hisp" and R.random() < 0.3:
            glast = f"{glast} {R.choice(LN)}"
        rel_en = R.choices(["Mother" if female else "Father", "Grandmother" if female else "Grandfather",
                            "Aunt" if female else "Uncle", "Legal Guardian"], [82, 8, 5, 5])[0]
        rel_es = {"Mother": "Madre", "Father": "Padre", "Grandmother": "Abuela", "Grandfather": "Abuelo",
                  "Aunt": "Tía", "Uncle": "Tío", "Legal Guardian": "Tutor legal"}[rel_en]
        f0, l0 = ascii_fold(gfirst).lower(), ascii_fold(glast.split()[0]).lower()
        born = R.randint(1968, 1999)
        email = R.choice([f"{f0}.{l0}", f"{f0}{l0}{born % 100:02d}", f"{f0[0]}{l0}{R.randint(1, 999)}", f"{l0}.{f0}"]) + "@" + R.choice(MAIL)
        user = f"{f0[0]}{l0}{born % 100:02d}"
        while user in used_user:
            user += str(R.randint(0, 9))
        used_user.add(user)
        g = dict(id=f"G{len(guardians) + 30001}", first=gfirst, last=glast, name=f"{gfirst} {glast}", email=email,
                 phone=phone(area if R.random() < 0.6 else R.choice(["708", "773", "312", "630", "872"])),
                 lang=lang if lang != "pl" or R.random() < 0.5 else "en",
                 relationship=rel_es if lang == "es" else rel_en, username=user, fam=fam)
        fam["guardians"].append(g)
        guardians.append(g)
    nkids = R.choices([1, 2, 3, 4], [45, 35, 15, 5])[0]
    for _ in range(nkids):
        male = R.random() < 0.5
        grade = R.randint(0, 12)
        # age cut-off 1 September
        y = 2023 - 5 - grade
        born = dt.date(y, 9, 1) + dt.timedelta(days=R.randint(0, 364))
        school = {0: None}.get(grade)
        if grade <= 5:
            school = R.choice(SCHOOLS[:3])
        elif grade <= 8:
            school = R.choice(SCHOOLS[3:5])
        else:
            school = SCHOOLS[5]
        snum += R.randint(1, 37)
        middle = R.choice(["", "", "", R.choice(FM if male else FF)])
        enrolled = max(born + dt.timedelta(days=365 * 5), dt.date(2012, 8, 20)) + dt.timedelta(days=R.randint(0, 2000))
        enrolled = min(enrolled, dt.date(2024, 2, 1))
        st = dict(num=str(snum), first=R.choice(FM if male else FF), middle=middle, last=last, gender="M" if male else "F",
                  dob=born, grade="K" if grade == 0 else str(grade), school=school, fam=fam, enrolled=enrolled,
                  home_language={"es": "Spanish", "en": "English", "pl": "Polish"}[lang] if R.random() < 0.9 else "English")
        fam["kids"].append(st)
        students.append(st)
    families.append(fam)

# ---------------------------------------------------------------- students.csv
with open(os.path.join(OUT, "students_active_2023-24.csv"), "w", encoding="utf-8", newline="") as f:
    cw = csv.writer(f, lineterminator="\r\n")
    cw.writerow(["student_number", "last_name", "first_name", "middle_name", "dob", "gender", "grade", "school_code",
                 "school_name", "home_address", "city", "state", "zip", "guardian_phone", "home_language", "entry_date"])
    for s in students:
        fam = s["fam"]
        cw.writerow([s["num"], s["last"], s["first"], s["middle"], s["dob"].strftime("%m/%d/%Y"), s["gender"], s["grade"],
                     s["school"][0], s["school"][1], fam["addr"], fam["city"], "IL", fam["zip"], fam["guardians"][0]["phone"],
                     s["home_language"], s["enrolled"].strftime("%m/%d/%Y")])

# ---------------------------------------------------------------- portal JSON
gl = []
for g in guardians:
    last_login = EXPORT - dt.timedelta(minutes=R.randint(30, 60 * 24 * 200))
    status = R.choices(["active", "active", "pending_activation", "locked", "disabled"], [70, 10, 10, 5, 5])[0]
    gl.append({
        "guardian_id": g["id"],
        "name": g["name"],
        "relationship": g["relationship"],
        "email": g["email"],
        "phone": g["phone"],
        "preferred_language": g["lang"],
        "portal": {"username": g["username"], "status": status,
                   "last_login": None if status == "pending_activation" else last_login.strftime("%Y-%m-%dT%H:%M:%S-05:00")},
        "notification_preferences": {"attendance_sms": R.random() < 0.8, "lunch_balance_email": R.random() < 0.6,
                                     "newsletter": R.random() < 0.5},
        "children": [{"student_number": k["num"], "name": f"{k['first']} {k['last']}", "grade": k["grade"],
                      "school": k["school"][1]} for k in g["fam"]["kids"]],
    })
with open(os.path.join(OUT, "parent_portal_export.json"), "w", encoding="utf-8") as f:
    json.dump({"district": "Lakeshore Prairie School District 207", "generated_at": EXPORT.strftime("%Y-%m-%dT%H:%M:%S-05:00"),
               "school_year": "2023-2024", "guardians": gl}, f, ensure_ascii=False, indent=2)

# ---------------------------------------------------------------- staff
ROLES = [("Teacher", 30), ("Paraprofessional", 8), ("Principal", 1), ("Assistant Principal", 1), ("Counselor", 2),
         ("School Nurse", 1), ("Secretary", 2), ("Custodian", 3), ("Food Service Worker", 3), ("Bus Driver", 2),
         ("Social Worker", 1), ("Speech-Language Pathologist", 1)]
staff = []
eid = 10300
for i in range(44):
    eth, (FM, FF, LN) = pick_ethnic()
    female = R.random() < 0.68
    first, last = R.choice(FF if female else FM), R.choice(LN)
    role = R.choices([r for r, _ in ROLES], [w for _, w in ROLES])[0]
    if i < 6:
        role, school = "Principal", SCHOOLS[i]
    else:
        school = R.choice(SCHOOLS)
    eid += R.randint(1, 60)
    hire = dt.date(1996, 8, 1) + dt.timedelta(days=R.randint(0, 27 * 365))
    hire = min(hire, dt.date(2024, 1, 8))
    s = ssn()
    if R.random() < 0.15:
        s = s.replace("-", "")
    staff.append(dict(eid=f"E{eid}", first=first, last=last, ssn=s, hire=hire, role=role, school=school,
                      email=f"{ascii_fold(first).lower()[0]}{ascii_fold(last).lower().replace(' ', '')}@{DOMAIN}",
                      status=R.choices(["Active", "Active", "Leave of Absence"], [90, 5, 5])[0],
                      fte=R.choice(["1.0", "1.0", "1.0", "0.5", "0.8"])))
staff_sorted = sorted(staff, key=lambda s: (ascii_fold(s["last"]), ascii_fold(s["first"])))
with open(os.path.join(OUT, "staff_roster_hr.csv"), "w", encoding="utf-8", newline="") as f:
    cw = csv.writer(f, lineterminator="\r\n")
    cw.writerow(["employee_id", "last_name", "first_name", "ssn", "hire_date", "role", "building", "fte",
                 "employment_status", "district_email"])
    for s in staff_sorted:
        cw.writerow([s["eid"], s["last"], s["first"], s["ssn"], s["hire"].isoformat(), s["role"], s["school"][0], s["fte"],
                     s["status"], s["email"]])

# ---------------------------------------------------------------- lunch payments
txids = []
rows = []
for s in students:
    bal = round(R.uniform(0, 30), 2)
    fam = s["fam"]
    # free-meal students rarely pay
    n = R.choice([0, 1, 2, 3, 4, 6])
    dates = sorted(R.sample(DAYS, n))
    for d in dates:
        method = R.choices(["Online - Card", "Online - ACH", "Cash", "Check"], [55, 10, 25, 10])[0]
        amt = R.choice([10.00, 20.00, 25.00, 40.00, 50.00, 5.00, 15.00])
        spend = round(R.uniform(0, 28), 2)
        bal = round(max(-9.25, bal - spend) + amt, 2)
        t = dt.datetime.combine(d, dt.time(R.randint(6, 22), R.randint(0, 59), R.randint(0, 59)))
        if method.startswith("Cash") or method == "Check":
            t = dt.datetime.combine(d, dt.time(R.randint(7, 8), R.randint(0, 59), R.randint(0, 59)))
        payer = R.choice(fam["guardians"])["name"] if method != "Cash" else ""
        tx = f"{R.randint(1, 9)}{R.randint(0, 10**18 - 1):018d}"
        txids.append(tx)
        brand = R.choice(["Visa", "Mastercard", "Discover", "Amex"]) if method == "Online - Card" else ""
        last4 = f"{R.randint(0, 9999):04d}" if brand else ""
        check_no = str(R.randint(1001, 4999)) if method == "Check" else ""
        rows.append([tx, t.strftime("%Y-%m-%d %H:%M:%S"), s["num"], s["school"][0], payer, method, brand, last4, check_no,
                     f"{amt:.2f}", f"{bal:.2f}"])
rows.sort(key=lambda r: r[1])
with open(os.path.join(OUT, "lunch_payments_2023-24.csv"), "w", encoding="utf-8", newline="") as f:
    cw = csv.writer(f, lineterminator="\r\n")
    cw.writerow(["transaction_id", "posted_at", "student_number", "site", "payer_name", "payment_method", "card_brand",
                 "card_last4", "check_number", "amount", "balance_after"])
    cw.writerows(rows)

# ---------------------------------------------------------------- attendance (zipped)
CODES = [("A", "Absent - Unexcused"), ("E", "Absent - Excused"), ("T", "Tardy"), ("EM", "Excused - Medical"),
         ("S", "Suspension - Out of School"), ("FT", "Field Trip")]
teachers = {sc[0]: [s for s in staff if s["school"] == sc and s["role"] in ("Teacher", "Secretary")] or
            [s for s in staff if s["school"] == sc] for sc in SCHOOLS}
att = []
for s in students:
    for d in sorted(R.sample(DAYS, R.choice([0, 1, 2, 3, 4, 6, 9]))):
        code, desc = R.choices(CODES, [25, 30, 30, 8, 2, 5])[0]
        period = "ALL DAY" if s["school"][2] == "K-5" or code not in ("T",) else str(R.randint(1, 7))
        rec = R.choice(teachers[s["school"][0]])["eid"]
        att.append([s["num"], s["school"][0], d.isoformat(), period, code, desc, rec])
att.sort(key=lambda r: (r[2], r[0]))
buf = io.StringIO()
cw = csv.writer(buf, lineterminator="\r\n")
cw.writerow(["student_number", "school_code", "attendance_date", "period", "att_code", "att_description", "entered_by"])
cw.writerows(att)
zi = zipfile.ZipInfo("attendance_exceptions_2023-24.csv", date_time=(2024, 6, 7, 5, 30, 0))
zi.compress_type = zipfile.ZIP_DEFLATED
with zipfile.ZipFile(os.path.join(OUT, "attendance_2023-24.zip"), "w") as z:
    z.writestr(zi, buf.getvalue().encode("utf-8"))

# ---------------------------------------------------------------- family notifications (en/es)
notif = []
stu_by_num = {s["num"]: s for s in students}
for r in att:
    if r[4] not in ("A", "E", "T") or R.random() < 0.35:
        continue
    s = stu_by_num[r[0]]
    g = s["fam"]["guardians"][0]
    sms = R.random() < 0.75
    t = dt.datetime.fromisoformat(r[2]) + dt.timedelta(hours=9 if r[4] != "T" else 10, minutes=R.randint(0, 50))
    if g["lang"] == "es":
        msg = (f"LPSD 207: {s['first']} llegó tarde hoy a {s['school'][1]}." if r[4] == "T" else
               f"LPSD 207: {s['first']} {s['last']} estuvo ausente hoy en {s['school'][1]}. Si la ausencia es justificada, por favor comuníquese con la oficina escolar.")
    else:
        msg = (f"LPSD 207: {s['first']} was tardy today at {s['school'][1]}." if r[4] == "T" else
               f"LPSD 207: {s['first']} {s['last']} was marked absent today at {s['school'][1]}. If this absence is excused, please contact the school office.")
    notif.append([str(uuid.UUID(int=R.getrandbits(128), version=4)), t.strftime("%Y-%m-%dT%H:%M:%S"),
                  "sms" if sms else "email", g["phone"] if sms else g["email"], g["lang"] if g["lang"] != "pl" else "en",
                  "ATTENDANCE_TARDY" if r[4] == "T" else "ATTENDANCE_ABSENCE", msg,
                  R.choices(["delivered", "delivered", "failed", "opened"], [60, 20, 5, 15])[0] if not sms else R.choice(["delivered", "delivered", "undeliverable"])])
for r in rows:
    if float(r[10]) < 5 and R.random() < 0.8:
        s = stu_by_num[r[2]]
        g = s["fam"]["guardians"][0]
        t = dt.datetime.fromisoformat(r[1]) + dt.timedelta(days=1)
        t = t.replace(hour=16, minute=R.randint(0, 59))
        if g["lang"] == "es":
            msg = f"El saldo de la cuenta de almuerzo de {s['first']} es ${r[10]}. Puede recargar en línea en el portal para familias."
        else:
            msg = f"{s['first']}'s lunch account balance is ${r[10]}. You can add funds online through the family portal."
        notif.append([str(uuid.UUID(int=R.getrandbits(128), version=4)), t.strftime("%Y-%m-%dT%H:%M:%S"), "email", g["email"],
                      g["lang"] if g["lang"] != "pl" else "en", "LUNCH_LOW_BALANCE", msg, R.choice(["delivered", "opened"])])
notif.sort(key=lambda r: r[1])
with open(os.path.join(OUT, "family_notifications.csv"), "w", encoding="utf-8", newline="") as f:
    cw = csv.writer(f, lineterminator="\r\n")
    cw.writerow(["notification_id", "sent_at", "channel", "recipient", "language", "template", "message_body", "delivery_status"])
    cw.writerows(notif)

# ---------------------------------------------------------------- build log (control)
def h(s):
    return hashlib.sha256(s.encode()).hexdigest()
bl = []
t = dt.datetime(2024, 6, 6, 23, 0, 4)
def L(msg, dsec=1):
    global t
    t += dt.timedelta(seconds=dsec, milliseconds=R.randint(0, 999))
    bl.append(f"{t.strftime('%Y-%m-%dT%H:%M:%S.')}{t.microsecond // 1000:03d}Z {msg}")
L("Started by timer")
L("Running in Durability level: MAX_SURVIVABILITY")
L("[Pipeline] Start of Pipeline")
L("[Pipeline] node")
L("Running on build-agent-linux-03 in /var/lib/jenkins/workspace/sis-connector_release-4.2")
L("[Pipeline] { (Checkout)")
L(" > git fetch --tags --force --progress -- origin +refs/heads/release/4.2:refs/remotes/origin/release/4.2 # timeout=10")
commit = h("sis-connector-4.2.3")[:40]
L(f"Checking out Revision {commit} (refs/remotes/origin/release/4.2)")
L(f"Commit message: \"Bump version to 4.2.3\"")
L("[Pipeline] { (Build)")
L("+ ./gradlew clean build -Pversion=4.2.3 --no-daemon", 2)
L("Starting a Gradle Daemon (subsequent builds will be faster)", 4)
for task in ["compileJava", "processResources", "classes", "jar", "compileTestJava", "processTestResources", "testClasses"]:
    L(f"> Task :sis-core:{task}", R.randint(1, 9))
L("Note: Some input files use unchecked or unsafe operations.")
L("> Task :sis-core:test", 30)
suites = ["AttendanceImportTest", "EnrollmentSyncTest", "LunchLedgerTest", "PortalExportTest", "GradebookRollupTest",
          "StateReportingCsvTest", "ScheduleBuilderTest", "NotificationTemplateTest"]
tot = 0
for sname in suites:
    n = R.randint(8, 64); tot += n
    L(f"    edu.lpsd.sis.{sname.lower().replace('test', '')}.{sname} > {n} tests completed, 0 failed, 0 skipped ({R.randint(200, 9000)} ms)", R.randint(1, 6))
L(f"BUILD SUCCESSFUL in 2m {R.randint(10, 59)}s")
L(f"{R.randint(40, 70)} actionable tasks: {R.randint(40, 70)} executed")
L("[Pipeline] { (Package)")
for art in ["sis-core-4.2.3.jar", "sis-connector-4.2.3-all.jar", "sis-portal-export-4.2.3.jar"]:
    L(f"Archiving artifact build/libs/{art}  sha256:{h(art)}  size={R.randint(180000, 9800000)}")
L("+ docker build -t registry.internal/lpsd/sis-connector:4.2.3 .", 3)
DSTEPS = ['FROM eclipse-temurin:17-jre-jammy', 'WORKDIR /app', 'COPY build/libs/sis-connector-4.2.3-all.jar app.jar',
          'COPY config/application.yml config/', 'ENV TZ=America/Chicago', 'USER 10001', 'EXPOSE 8080',
          'ENTRYPOINT ["java","-jar","app.jar"]']
for i in range(1, 9):
    L(f"Step {i}/8 : {DSTEPS[i - 1]}", R.randint(1, 8))
    L(f" ---> {h('layer' + str(i))[:12]}")
L(f"Successfully built {h('image')[:12]}")
L("Successfully tagged registry.internal/lpsd/sis-connector:4.2.3")
L(f"4.2.3: digest: sha256:{h('digest')} size: 2419", 6)
L("[Pipeline] { (Deploy to staging)")
L("+ helm upgrade --install sis-connector charts/sis-connector --namespace sis-staging --set image.tag=4.2.3", 5)
L("Release \"sis-connector\" has been upgraded. Happy Helming!")
L("REVISION: 57")
L("[Pipeline] End of Pipeline")
L("Finished: SUCCESS")
with open(os.path.join(OUT, "sis-connector_build_1187.log"), "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(bl) + "\n")

# ---------------------------------------------------------------- CHANGELOG (control)
changelog = """# Changelog

All notable changes to the SIS connector are documented in this file.
The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),
and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).

## [4.2.3] - 2024-06-06
### Fixed
- Attendance import no longer drops rows when the period column is blank for elementary buildings (#512).
- Lunch ledger export rounds balances half-even, matching the point-of-sale vendor (#509).

## [4.2.2] - 2024-05-13
### Changed
- Parent portal export now writes `preferred_language` as an ISO 639-1 code instead of the display name.
- Bumped Jackson to 2.17.1 and PostgreSQL JDBC driver to 42.7.3.

### Fixed
- Spanish absence-alert template used the English school name for Benito Juárez Elementary (#498).

## [4.2.0] - 2024-03-18
### Added
- Low-balance lunch notifications (email) with an English and a Spanish template.
- `--since` flag for incremental attendance exports.

### Deprecated
- The `/v1/rosters` endpoint; use `/v2/rosters`. It will be removed in 5.0.

## [4.1.4] - 2024-01-09
### Security
- Upgraded Log4j to 2.22.1.
- Staff roster export now requires the `hr.export` scope.

### Fixed
- State reporting CSV wrote grade `K` as `0` for kindergarten (#455).

## [4.1.0] - 2023-08-14
### Added
- Support for the 2023-2024 school calendar, including the new March break.
- Tardy codes per period for middle and high schools.

### Removed
- Legacy FTP upload of nightly rosters.

## [4.0.0] - 2023-06-01
### Changed
- Requires Java 17.
- Configuration moved from `sis.properties` to `application.yml`.

[4.2.3]: https://git.internal/lpsd/sis-connector/compare/v4.2.2...v4.2.3
[4.2.2]: https://git.internal/lpsd/sis-connector/compare/v4.2.0...v4.2.2
[4.2.0]: https://git.internal/lpsd/sis-connector/compare/v4.1.4...v4.2.0
[4.1.4]: https://git.internal/lpsd/sis-connector/compare/v4.1.0...v4.1.4
[4.1.0]: https://git.internal/lpsd/sis-connector/compare/v4.0.0...v4.1.0
[4.0.0]: https://git.internal/lpsd/sis-connector/releases/tag/v4.0.0
"""
with open(os.path.join(OUT, "CHANGELOG.md"), "w", encoding="utf-8", newline="\n") as f:
    f.write(changelog)

# ---------------------------------------------------------------- truth
assert all(ssn_ok(s["ssn"]) for s in staff)
assert all(len(x) == 19 for x in txids)
truth = {
    "brief": ("Student information system export of Lakeshore Prairie School District 207 (Cicero/Berwyn area, Illinois): "
              "active students, parent-portal JSON export, HR staff roster with SSNs, cafeteria payment ledger, a zipped "
              "attendance-exceptions file, SMS/email family notifications in English and Spanish, plus the SIS connector's "
              "Jenkins build log and CHANGELOG. English with Spanish (and some Polish) family data."),
    "people": len(students) + len(guardians) + len(staff),
    "fields": {
        "students_active_2023-24.csv": {
            "last_name": "name", "first_name": "name", "middle_name": "name", "dob": "date_of_birth",
            "home_address": "location", "city": "location", "state": "location", "zip": "location",
            "guardian_phone": "phone",
        },
        "parent_portal_export.json": {
            "guardians.name": "name", "guardians.email": "email", "guardians.phone": "phone",
            "guardians.portal.username": "username", "guardians.portal.status": "account_type",
            "guardians.portal.last_login": "activity", "guardians.children.name": "name",
        },
        "staff_roster_hr.csv": {
            "last_name": "name", "first_name": "name", "ssn": "government_id", "district_email": "email",
        },
        "lunch_payments_2023-24.csv": {
            "posted_at": "activity", "payer_name": "name",
        },
        "attendance_2023-24.zip!attendance_exceptions_2023-24.csv": {
            "attendance_date": "activity",
        },
        "family_notifications.csv": {
            "sent_at": "activity", "recipient": ["phone", "email"], "message_body": "name",
        },
    },
    "text": {},
    "controls": ["sis-connector_build_1187.log", "CHANGELOG.md"],
    "ambiguous": {
        "staff_roster_hr.csv": ["role", "employment_status"],
    },
    "lookalikes": {
        "lunch_payments_2023-24.csv": {
            "transaction_id": f"19-digit POS transaction ids; {sum(luhn_ok(x) for x in txids)} of {len(txids)} pass Luhn by chance",
            "card_last4": "last four digits only", "card_brand": "brand only", "check_number": "cheque numbers",
            "amount": "amounts", "balance_after": "account balances",
        },
        "staff_roster_hr.csv": {"hire_date": "hire dates", "employee_id": "E + 5 digits", "fte": "FTE"},
        "students_active_2023-24.csv": {"entry_date": "enrolment dates", "student_number": "7-digit district student ids",
                                        "school_name": "school (place of the district)", "grade": "grade level"},
        "parent_portal_export.json": {"guardians.preferred_language": "language code", "guardians.relationship": "Madre/Mother etc.",
                                      "guardians.children.school": "school names"},
        "family_notifications.csv": {"notification_id": "UUIDv4", "template": "template code", "delivery_status": "status"},
    },
    "notes": ("SSNs follow issuance rules (area 001-899 except 666, group 01-99, serial 0001-9999); ~15% are written without dashes. "
              "Guardian phones are written (708) 652-4417, 708-652-4417 or 7086524417. students.state is always 'IL' (the student's "
              "home state). family_notifications.recipient holds a phone for sms rows and an email for email rows; message_body "
              "names the child (first or full name) and the school, no phone numbers. Attendance rows are exceptions only "
              "(absences, tardies) keyed by student_number; entered_by is a staff employee id. Staff role/employment_status "
              "are job attributes, not account tiers: ambiguous. Portal 'status' is the portal account status. "
              "The build log (control) holds sha256 artifact hashes, a git revision and docker layer ids/digests."),
}
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=2)
print("students", len(students), "guardians", len(guardians), "staff", len(staff), "lunch", len(rows), "att", len(att),
      "notif", len(notif))
