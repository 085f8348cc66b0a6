#!/usr/bin/env python3
"""Blind test dump C/za-insure: Protea Shield Insurance call-centre vendor export (Ubuntu Contact Solutions).
Deterministic (seeded). Standard library only. Writes data/ and truth.json."""
import csv, json, os, random, uuid, hashlib, datetime as dt

R = random.Random(27112024)
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
for d in ("", "config", "build"):
    os.makedirs(os.path.join(DATA, d), exist_ok=True)

# ---------------------------------------------------------------- names (group -> firsts (name, sex), surnames, language)
GROUPS = {
 "afr": ([("Pieter","M"),("Johan","M"),("Ruan","M"),("Jacques","M"),("Willem","M"),("Hendrik","M"),("Christo","M"),
          ("Danie","M"),("Riaan","M"),("Wian","M"),("Marike","F"),("Anneke","F"),("Liezl","F"),("Elmarie","F"),
          ("Annelie","F"),("Sunette","F"),("Jana","F"),("Karlien","F")],
         ["van der Merwe","Botha","Pretorius","du Plessis","Steyn","Fourie","Venter","Nel","Coetzee","Kruger",
          "Swanepoel","van Wyk","Smit","le Roux","Joubert","Visser","Erasmus"], ["Afrikaans"]),
 "col": ([("Chad","M"),("Faizel","M"),("Reagan","M"),("Cheslyn","M"),("Mogamat","M"),("Fatima","F"),("Shireen","F"),
          ("Natasha","F"),("Nadia","F"),("Chantal","F")],
         ["Adams","Jacobs","Hendricks","Isaacs","Petersen","February","Arendse","Abrahams","Daniels","Williams"],
         ["Afrikaans","English"]),
 "ngu": ([("Sipho","M"),("Ayanda","F"),("Andile","M"),("Kagiso","M"),("Bongani","M"),("Tshepo","M"),("Mpho","F"),
          ("Thabo","M"),("Siyabonga","M"),("Lwazi","M"),("Themba","M"),("Sibusiso","M"),("Thandiwe","F"),
          ("Lerato","F"),("Nomvula","F"),("Naledi","F"),("Zanele","F"),("Lindiwe","F"),("Nandi","F"),
          ("Khanyisile","F"),("Palesa","F"),("Refilwe","F"),("Zodwa","F"),("Nokuthula","F")],
         ["Dlamini","Nkosi","Mokoena","Khumalo","Ndlovu","Zulu","Molefe","Mthembu","Mahlangu","Sithole","Maseko",
          "Shabalala","Ngcobo","Mabaso","Radebe","Mkhize","Gumede","Nxumalo","Mofokeng","Tshabalala","Cele",
          "Zwane","Mbatha","Mathebula"], ["isiZulu","English","Sesotho","isiXhosa","Setswana"]),
 "ind": ([("Kevin","M"),("Yusuf","M"),("Ravi","M"),("Dhiren","M"),("Priya","F"),("Kamini","F"),("Shamila","F"),
          ("Nirvashni","F")], ["Naidoo","Pillay","Govender","Moodley","Reddy","Patel","Singh","Chetty"], ["English"]),
 "eng": ([("James","M"),("Michael","M"),("Craig","M"),("Bradley","M"),("Gareth","M"),("Warren","M"),("Sarah","F"),
          ("Jessica","F"),("Kerry","F"),("Lauren","F"),("Nicole","F"),("Megan","F")],
         ["Smith","Brown","Taylor","Wilson","Murray","Campbell","Stewart","Thompson","Walker","Edwards","Harris"],
         ["English"]),
}
GW = [("afr", 3), ("col", 2), ("ngu", 6), ("ind", 2), ("eng", 2)]
def person():
    g = R.choices([g for g, _ in GW], [w for _, w in GW])[0]
    firsts, surs, langs = GROUPS[g]
    f, sex = R.choice(firsts)
    return {"first": f, "sex": sex, "sur": R.choice(surs), "lang": R.choice(langs), "group": g}

# ---------------------------------------------------------------- places
PLACES = [  # suburb, city, postal, lat, lng, streets, landline area
 ("Sandton","Johannesburg","2196",-26.107,28.056,["Rivonia Road","West Street","Katherine Street","Grayston Drive"],"011"),
 ("Randburg","Johannesburg","2194",-26.094,28.001,["Republic Road","Bram Fischer Drive","Hill Street"],"011"),
 ("Melville","Johannesburg","2092",-26.176,28.009,["7th Street","4th Avenue","Main Road"],"011"),
 ("Orlando West","Soweto","1804",-26.238,27.908,["Vilakazi Street","Moema Street","Kumalo Street"],"011"),
 ("Fourways","Johannesburg","2055",-26.018,28.007,["William Nicol Drive","Witkoppen Road","Cedar Road"],"011"),
 ("Hatfield","Pretoria","0083",-25.748,28.238,["Burnett Street","Festival Street","Arcadia Street"],"012"),
 ("Centurion","Pretoria","0157",-25.861,28.189,["Lenchen Avenue North","Jean Avenue","Embankment Road"],"012"),
 ("Mamelodi West","Pretoria","0122",-25.719,28.358,["Tsamaya Avenue","Serene Street"],"012"),
 ("Sea Point","Cape Town","8005",-33.915,18.388,["Main Road","Beach Road","Regent Road","Kloof Road"],"021"),
 ("Claremont","Cape Town","7708",-33.981,18.465,["Main Road","Protea Road","Belvedere Road"],"021"),
 ("Bellville","Cape Town","7530",-33.900,18.629,["Voortrekker Road","Durban Road","Kasselsvlei Road"],"021"),
 ("Durbanville","Cape Town","7550",-33.832,18.647,["Wellington Road","Oxford Street","Church Street"],"021"),
 ("Mitchells Plain","Cape Town","7785",-34.045,18.618,["AZ Berman Drive","Morgenster Road","Spine Road"],"021"),
 ("Stellenbosch Central","Stellenbosch","7600",-33.936,18.861,["Dorp Street","Bird Street","Andringa Street"],"021"),
 ("Umhlanga","Durban","4319",-29.727,31.085,["Lighthouse Road","Chartwell Drive","Ridge Road"],"031"),
 ("Morningside","Durban","4001",-29.829,31.013,["Florida Road","Musgrave Road","Innes Road"],"031"),
 ("Chatsworth","Durban","4092",-29.914,30.886,["Havenside Drive","Road 701","Croftdene Drive"],"031"),
 ("Umlazi","Durban","4031",-29.970,30.880,["Mangosuthu Highway","Griffiths Mxenge Highway"],"031"),
 ("Summerstrand","Gqeberha","6001",-34.000,25.665,["Marine Drive","Admiralty Way"],"041"),
 ("Westdene","Bloemfontein","9301",-29.110,26.205,["Zastron Street","Second Avenue","Kellner Street"],"051"),
 ("Bendor","Polokwane","0699",-23.880,29.487,["Thabo Mbeki Street","Veldspaat Street"],"015"),
]
CELL_PFX = ["060","061","062","063","064","065","066","067","068","071","072","073","074","076","078","079",
            "081","082","083","084"]
def cell():
    return R.choice(CELL_PFX) + "".join(R.choice("0123456789") for _ in range(7))
def fmt_cell(c, style=None):
    s = R.random() if style is None else style
    if s < 0.55: return f"{c[:3]} {c[3:6]} {c[6:]}"
    if s < 0.85: return f"+27 {c[1:3]} {c[3:6]} {c[6:]}"
    return c
def e164(c): return "+27" + c[1:]

# ---------------------------------------------------------------- SA ID (YYMMDD SSSS C A Z, Luhn)
def luhn_digit(partial):
    s = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        s += d
    return str((10 - s % 10) % 10)
def luhn_ok(n): return luhn_digit(n[:-1]) == n[-1]
def sa_id(birth, sex, citizen):
    ssss = R.randint(5000, 9999) if sex == "M" else R.randint(0, 4999)
    first12 = birth.strftime("%y%m%d") + f"{ssss:04d}" + ("0" if citizen else "1") + "8"
    return first12 + luhn_digit(first12)

def rdate(a, b): return a + dt.timedelta(days=R.randint(0, (b - a).days))

# ================================================================ policyholders
N = 130
EMAIL_DOM = ["gmail.com","gmail.com","webmail.co.za","mweb.co.za","telkomsa.net","vodamail.co.za","outlook.com",
             "icloud.com","yahoo.com"]
people, used = [], set()
for i in range(N):
    p = person()
    birth = rdate(dt.date(1948, 1, 1), dt.date(2003, 12, 31))
    p["birth"] = birth
    p["id"] = sa_id(birth, p["sex"], R.random() < 0.93)
    assert len(p["id"]) == 13 and luhn_ok(p["id"])
    while True:
        c = cell()
        if c not in used: used.add(c); break
    p["cell"] = c
    pl = R.choice(PLACES)
    p["place"] = pl
    streetno = R.randint(1, 480)
    street = f"{streetno} {R.choice(pl[5])}"
    if R.random() < 0.25:
        street = R.choice([f"Unit {R.randint(1,80)}, {R.choice(['Sunhill','Protea Gardens','Die Eike','Umhlanga Ridge','Kingfisher'])} Estate, {street}",
                           f"Flat {R.randint(1,40)}{R.choice('ABC')}, {R.choice(['Bel Air','Seapoint Heights','Villa Rosa','Jacaranda Court'])}, {street}"])
    p["street"] = street
    local = R.choice([f"{p['first']}.{p['sur']}", f"{p['first'][0]}{p['sur']}", f"{p['first']}{R.randint(1,99)}",
                      f"{p['sur']}.{p['first'][0]}{birth.year % 100:02d}"]).lower().replace(" ", "")
    p["email"] = f"{local}@{R.choice(EMAIL_DOM)}"
    p["work"] = (f"{pl[6]} {R.randint(200,899)} {R.randint(1000,9999)}" if R.random() < 0.35 else "")
    p["tier"] = R.choices(["Bronze","Silver","Gold"], [5, 4, 2])[0]
    p["start"] = rdate(dt.date(2015, 1, 1), dt.date(2024, 10, 1)).replace(day=1)
    p["policy"] = f"PSI{R.randint(10000000, 99999999)}"
    people.append(p)

with open(os.path.join(DATA, "policyholders_export_20241105.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["Policy Number","First Name","Surname","SA ID Number","Date of Birth","Cell","Work Tel","Email",
                "Street","Suburb","City","Postal Code","Preferred Language","Policy Tier","Policy Start Date","Debit Order Day"])
    for p in people:
        pl = p["place"]
        w.writerow([p["policy"], p["first"], p["sur"], p["id"], p["birth"].strftime("%Y/%m/%d"), fmt_cell(p["cell"]),
                    p["work"], p["email"], p["street"], pl[0], pl[1], pl[2], p["lang"], p["tier"],
                    p["start"].strftime("%Y/%m/%d"), R.choice([1, 15, 20, 25, 31])])

# ================================================================ claims JSON
BANKS = [("FNB","250655",lambda: "62" + "".join(R.choice("0123456789") for _ in range(9))),
         ("ABSA","632005",lambda: R.choice(["40","41","92"]) + "".join(R.choice("0123456789") for _ in range(8))),
         ("Standard Bank","051001",lambda: R.choice(["0","1","2"]) + "".join(R.choice("0123456789") for _ in range(8))),
         ("Nedbank","198765",lambda: "1" + "".join(R.choice("0123456789") for _ in range(9))),
         ("Capitec","470010",lambda: "1" + "".join(R.choice("0123456789") for _ in range(9))),
         ("TymeBank","678910",lambda: "51" + "".join(R.choice("0123456789") for _ in range(9)))]
ASSESSORS = []
for _ in range(5):
    a = person(); ASSESSORS.append(f"{a['first']} {a['sur']}")
desc_cats = set()
PAARL = ("Paarl", "Paarl", "7646", -33.734, 18.962, [], "021")
def description(p, inc):
    pl = p["place"]
    other = R.choice(PLACES)
    st = f"{R.choice(other[5])}, {other[0]}"
    k = R.randint(0, 9)
    case = f"CAS {R.randint(10, 450)}/{inc.month}/{inc.year}"
    if k == 0:
        tp = person(); desc_cats.update({"name", "phone"})
        return ("Motor - Accident", f"Insured was rear-ended at the traffic lights on {st}. Third party driver "
                f"{tp['first']} {tp['sur']} ({fmt_cell(cell())}) admitted liability. Bumper and boot damaged."), other
    if k == 1:
        desc_cats.add("location")
        return ("Motor - Theft/Hijack", f"Vehicle hijacked in the driveway at {p['street']}, {pl[0]}. Insured unharmed. "
                f"Reported at SAPS {pl[0]}, {case}. Tracking company notified."), pl
    if k == 2:
        return ("Household - Geyser", "Geyser burst in the ceiling, water damage to main bedroom and passage. "
                "Plumber attended same day, quote attached."), pl
    if k == 3:
        return ("Household - Burglary", f"Burglary while family was away for the weekend; TV, laptop and jewellery stolen. "
                f"Entry via kitchen window. {case}."), pl
    if k == 4:
        desc_cats.add("location")
        return ("Motor - Theft/Hijack", f"Voertuig gesteel terwyl dit geparkeer was by {st}. Saak aangemeld by SAPD, {case}."), other
    if k == 5:
        desc_cats.add("name")
        return ("Household - Storm", f"Haelskade aan dak en motor. Versekerde {p['first']} {p['sur']} was tuis toe die storm "
                "begin het. Dakteëls gebreek, plafon in sitkamer beskadig."), pl
    if k == 6:
        return ("Motor - Glass", "Windscreen cracked by a stone on the N1 near Paarl. Insured requests approved fitment centre."), PAARL
    if k == 7:
        desc_cats.add("location")
        return ("Household - Fire", f"Kitchen fire at {p['street']}, {pl[0]} {pl[2]} caused by stove left on. "
                "Fire department attended."), pl
    if k == 8:
        tp = person(); desc_cats.add("name")
        return ("Motor - Accident", f"Bots met 'n ander voertuig by die vierrigtingstop in {other[0]}. Ander bestuurder: "
                f"{tp['first']} {tp['sur']}. Geen beserings nie."), other
    return ("Personal Liability", "Insured's dog bit a delivery driver at the gate. Medical bills submitted by claimant's attorney."), pl

claims = []
for i, p in enumerate(R.sample(people, 72)):
    inc = rdate(dt.date(2024, 8, 1), dt.date(2024, 10, 31))
    lodged = dt.datetime.combine(inc + dt.timedelta(days=R.randint(0, 12)), dt.time(R.randint(7, 19), R.randint(0, 59), R.randint(0, 59)))
    (ctype, desc), pl = description(p, inc)
    bname, bcode, acc = R.choice(BANKS)
    claims.append({
        "claim_no": f"CLM24-{R.randint(100000, 999999)}",
        "policy_no": p["policy"],
        "claim_type": ctype,
        "status": R.choice(["Lodged", "Assessing", "Approved", "Paid", "Repudiated"]),
        "lodged_at": lodged.strftime("%Y-%m-%dT%H:%M:%S+02:00"),
        "policyholder": {"id_number": p["id"], "name": f"{p['first']} {p['sur']}"},
        "incident": {"date": inc.isoformat(), "description": desc,
                     "location": {"lat": round(pl[3] + R.uniform(-0.03, 0.03), 6), "lng": round(pl[4] + R.uniform(-0.03, 0.03), 6)}},
        "amount_claimed": {"value": round(R.uniform(1800, 185000), 2), "currency": "ZAR"},
        "excess": R.choice([0, 2500, 5000, 7500]),
        "assessor": R.choice(ASSESSORS),
        "bank": {"bank_name": bname, "account_no": acc(), "branch_code": bcode,
                 "account_type": R.choice(["Cheque", "Savings", "Transmission"])}})
claims.sort(key=lambda c: c["lodged_at"])
with open(os.path.join(DATA, "claims_2024Q4.json"), "w", encoding="utf-8") as f:
    json.dump({"exported_at": "2024-11-05T04:00:02+02:00", "source": "ClaimsHub", "count": len(claims), "claims": claims},
              f, ensure_ascii=False, indent=2)

# ================================================================ call recordings metadata
AGENTS = []
for _ in range(12):
    a = person(); AGENTS.append(f"{a['first']} {a['sur']}")
QUEUES = ["Claims", "Claims", "Eise (Afrikaans)", "New Business", "Retention", "Roadside Assist", "Billing"]
DNIS = {"Claims": "0860 776 832", "Eise (Afrikaans)": "0860 776 833", "New Business": "0861 000 747",
        "Retention": "0861 000 747", "Roadside Assist": "0800 112 233", "Billing": "0860 776 832"}
rows = []
t = dt.datetime(2024, 11, 1, 7, 30)
for i in range(320):
    t += dt.timedelta(seconds=R.randint(30, 2400))
    if t.hour >= 19: t = (t + dt.timedelta(days=1)).replace(hour=7, minute=R.randint(30, 59))
    q = R.choice(QUEUES)
    r = R.random()
    num = e164(R.choice(people)["cell"]) if r < 0.8 else ("anonymous" if r < 0.83 else e164(cell()))
    cid = str(uuid.UUID(int=R.getrandbits(128), version=4))
    rows.append([cid, R.choice(AGENTS), num, DNIS[q], t.strftime("%Y-%m-%dT%H:%M:%S+02:00"), R.randint(35, 1900), q,
                 R.choice(["inbound"] * 6 + ["callback"]), R.choice(["Resolved","Resolved","Transferred","Follow-up","Abandoned"]),
                 f"s3://ubuntu-cc-rec-af-south-1/proteashield/{t:%Y/%m/%d}/{cid}.opus"])
with open(os.path.join(DATA, "call_recordings_meta.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["call_id","agent","caller_number","dnis","started_at","duration_s","queue","direction","disposition","recording_uri"])
    w.writerows(rows)

# ================================================================ YAML config
def tok(n, alpha="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(alpha) for _ in range(n))
yaml = f"""# dialler-bridge — Protea Shield <-> Ubuntu Contact Solutions
# managed by ops; do not edit on the box
environment: production
region: af-south-1

server:
  port: 8443
  tls:
    cert_file: /etc/dialler-bridge/tls/server.crt
    key_file: /etc/dialler-bridge/tls/server.key

smtp:
  host: smtp.office365.com
  port: 587
  starttls: true
  username: claims-notify@proteashield.co.za
  password: "{tok(6)}#{tok(5)}!{tok(3)}"
  from: "Protea Shield Claims <claims-notify@proteashield.co.za>"

crm:
  base_url: https://api.crm.proteashield.co.za/v2
  api_key: "psk_live_{tok(40)}"
  timeout_ms: 8000

telephony:
  provider: genesys-cloud
  org_region: euw2
  client_id: "{uuid.UUID(int=R.getrandbits(128), version=4)}"
  client_secret: "{tok(43, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_')}"
  queues:
    claims: "{uuid.UUID(int=R.getrandbits(128), version=4)}"
    eise_afrikaans: "{uuid.UUID(int=R.getrandbits(128), version=4)}"
    new_business: "{uuid.UUID(int=R.getrandbits(128), version=4)}"

recordings:
  bucket: ubuntu-cc-rec-af-south-1
  prefix: proteashield/
  kms_key_arn: arn:aws:kms:af-south-1:{R.randint(100000000000, 999999999999)}:key/{uuid.UUID(int=R.getrandbits(128), version=4)}
  retention_days: 2555

alerts:
  email: ops-alerts@ubuntucontact.co.za
  slack_channel: "#ps-dialler-prod"
"""
with open(os.path.join(DATA, "config", "dialler-bridge.yaml"), "w", encoding="utf-8") as f:
    f.write(yaml)

# ================================================================ build log (CONTROL)
bt = dt.datetime(2024, 11, 5, 4, 12, 3)
def ts():
    global bt
    bt += dt.timedelta(milliseconds=R.randint(5, 4000))
    return f"[{bt.strftime('%Y-%m-%dT%H:%M:%S')}.{bt.microsecond // 1000:03d}Z]"
sha = hashlib.sha1(b"dialler-bridge-2.7.3").hexdigest()
L = ["Started by an SCM change", "Obtained Jenkinsfile from git https://git.ubuntucontact.co.za/integrations/dialler-bridge.git",
     "[Pipeline] Start of Pipeline", "[Pipeline] node", "Running on build-agent-03 in /var/jenkins/workspace/dialler-bridge_main",
     "[Pipeline] {", "[Pipeline] stage", "[Pipeline] { (Checkout)"]
L += [f"{ts()} Fetching changes from the remote Git repository",
      f"{ts()} Checking out Revision {sha} (refs/remotes/origin/main)",
      f"{ts()} Commit message: \"CC-412: route Afrikaans claims queue to new skill group\"",
      "[Pipeline] }", "[Pipeline] stage", "[Pipeline] { (Build)", f"{ts()} + ./mvnw -B -Pci clean verify",
      f"{ts()} [INFO] Scanning for projects...", f"{ts()} [INFO] ",
      f"{ts()} [INFO] ------------------< za.co.ubuntucontact:dialler-bridge >------------------",
      f"{ts()} [INFO] Building dialler-bridge 2.7.3", f"{ts()} [INFO] --------------------------------[ jar ]---------------------------------"]
for art in ["spring-boot-starter-web/3.2.5", "jackson-databind/2.17.0", "resilience4j-circuitbreaker/2.2.0",
            "micrometer-registry-prometheus/1.12.5", "snakeyaml/2.2", "aws-java-sdk-s3/1.12.701"]:
    L.append(f"{ts()} [INFO] Downloaded from central: https://repo.maven.apache.org/maven2/{art}.jar ({R.randint(40, 2400)} kB at {R.randint(2, 30)}.{R.randint(0,9)} MB/s)")
L += [f"{ts()} [INFO] --- maven-compiler-plugin:3.11.0:compile (default-compile) @ dialler-bridge ---",
      f"{ts()} [INFO] Compiling 142 source files with javac [debug release 17] to target/classes",
      f"{ts()} [WARNING] /var/jenkins/workspace/dialler-bridge_main/src/main/java/za/co/ubuntucontact/dialler/QueueRouter.java:[88,21] [deprecation] getSkillId() in SkillGroup has been deprecated",
      f"{ts()} [INFO] --- maven-surefire-plugin:3.2.5:test (default-test) @ dialler-bridge ---",
      f"{ts()} [INFO] ", f"{ts()} [INFO] -------------------------------------------------------",
      f"{ts()} [INFO]  T E S T S", f"{ts()} [INFO] -------------------------------------------------------"]
tot = 0
for cls in ["QueueRouterTest", "RecordingUploaderTest", "CrmClientTest", "SmtpNotifierTest", "CallMetadataMapperTest",
            "LanguageSkillMatcherTest", "RetryPolicyTest", "HealthEndpointTest"]:
    n = R.randint(3, 24); tot += n
    L.append(f"{ts()} [INFO] Running za.co.ubuntucontact.dialler.{cls}")
    L.append(f"{ts()} [INFO] Tests run: {n}, Failures: 0, Errors: 0, Skipped: {R.choice([0,0,1])}, Time elapsed: {R.uniform(0.05, 4.5):.3f} s -- in za.co.ubuntucontact.dialler.{cls}")
L += [f"{ts()} [INFO] ", f"{ts()} [INFO] Results:", f"{ts()} [INFO] ", f"{ts()} [INFO] Tests run: {tot}, Failures: 0, Errors: 0, Skipped: 2",
      f"{ts()} [INFO] --- jacoco-maven-plugin:0.8.11:report (report) @ dialler-bridge ---",
      f"{ts()} [INFO] Analyzed bundle 'dialler-bridge' with 131 classes",
      f"{ts()} [INFO] --- maven-jar-plugin:3.3.0:jar (default-jar) @ dialler-bridge ---",
      f"{ts()} [INFO] Building jar: /var/jenkins/workspace/dialler-bridge_main/target/dialler-bridge-2.7.3.jar",
      f"{ts()} [INFO] ------------------------------------------------------------------------",
      f"{ts()} [INFO] BUILD SUCCESS", f"{ts()} [INFO] ------------------------------------------------------------------------",
      f"{ts()} [INFO] Total time:  01:{R.randint(10,59)} min", "[Pipeline] }", "[Pipeline] stage", "[Pipeline] { (Docker)",
      f"{ts()} + docker build -t registry.ubuntucontact.co.za/integrations/dialler-bridge:2.7.3 ."]
steps = ["FROM eclipse-temurin:17-jre-alpine", "RUN addgroup -S app && adduser -S app -G app", "WORKDIR /opt/app",
         "COPY target/dialler-bridge-2.7.3.jar app.jar", "USER app", "EXPOSE 8443",
         'ENTRYPOINT ["java","-XX:MaxRAMPercentage=75","-jar","app.jar"]']
for i, s in enumerate(steps, 1):
    L.append(f"{ts()} Step {i}/{len(steps)} : {s}")
    L.append(f"{ts()}  ---> {'Using cache' if i < 4 else 'Running in ' + hashlib.md5(s.encode()).hexdigest()[:12]}")
    L.append(f"{ts()}  ---> {hashlib.sha256(s.encode()).hexdigest()[:12]}")
L += [f"{ts()} Successfully built {hashlib.sha256(b'img').hexdigest()[:12]}",
      f"{ts()} Successfully tagged registry.ubuntucontact.co.za/integrations/dialler-bridge:2.7.3",
      f"{ts()} + docker push registry.ubuntucontact.co.za/integrations/dialler-bridge:2.7.3",
      f"{ts()} 2.7.3: digest: sha256:{hashlib.sha256(b'dialler-bridge:2.7.3').hexdigest()} size: 1789",
      "[Pipeline] }", "[Pipeline] // stage", "[Pipeline] }", "[Pipeline] // node", "[Pipeline] End of Pipeline", "Finished: SUCCESS"]
with open(os.path.join(DATA, "build", "jenkins-dialler-bridge-1487.log"), "w", encoding="utf-8") as f:
    f.write("\n".join(L) + "\n")

# ================================================================ branch offices (CONTROL)
BR = [("Sandton City","Shop U14, Sandton City, 83 Rivonia Road","Sandhurst","Johannesburg","Gauteng","2196","011 783 4120"),
      ("Rosebank","Shop 41, The Zone, 177 Oxford Road","Rosebank","Johannesburg","Gauteng","2196","011 447 2815"),
      ("Menlyn","Shop G82, Menlyn Park, Atterbury Road","Menlyn","Pretoria","Gauteng","0181","012 368 1140"),
      ("Centurion Mall","Shop 210, Centurion Mall, Heuwel Avenue","Centurion","Pretoria","Gauteng","0157","012 663 9021"),
      ("Maponya Mall","Shop 118, Maponya Mall, 2127 Chris Hani Road","Klipspruit","Soweto","Gauteng","1809","011 938 5502"),
      ("Tygervalley","Shop 355, Tyger Valley Centre, Willie van Schoor Drive","Bellville","Cape Town","Western Cape","7530","021 914 6630"),
      ("Cavendish","Shop 12, Cavendish Square, Dreyer Street","Claremont","Cape Town","Western Cape","7708","021 671 2290"),
      ("Stellenbosch","Eikestad Mall, 43 Andringa Street","Stellenbosch Central","Stellenbosch","Western Cape","7600","021 883 9174"),
      ("Gateway","Shop G301, Gateway Theatre of Shopping, 1 Palm Boulevard","Umhlanga Ridge","Durban","KwaZulu-Natal","4319","031 566 7012"),
      ("Pavilion","Shop 228, The Pavilion, Jack Martens Drive","Westville","Durban","KwaZulu-Natal","3629","031 265 0488"),
      ("Walmer Park","Shop 74, Walmer Park, Main Road","Walmer","Gqeberha","Eastern Cape","6070","041 368 2201"),
      ("Mimosa","Shop 8, Mimosa Mall, 131 Kellner Street","Brandwag","Bloemfontein","Free State","9301","051 444 3316"),
      ("Mall of the North","Shop 97, Mall of the North, Cnr N1 and R81","Bendor","Polokwane","Limpopo","0699","015 265 1873"),
      ("Riverside","Shop 44, Riverside Mall, Government Boulevard","Riverside Park","Mbombela","Mpumalanga","1201","013 757 0912"),
      ("Head Office","Protea Shield House, 12 Fricker Road","Illovo","Johannesburg","Gauteng","2196","0860 776 832")]
with open(os.path.join(DATA, "branch_offices.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["Branch","Street Address","Suburb","City","Province","Postal Code","Telephone","Trading Hours","Walk-in Claims"])
    for b in BR:
        w.writerow(list(b) + [R.choice(["Mon-Fri 08:00-17:00; Sat 09:00-13:00", "Ma-Vr 08:00-17:00; Sa 09:00-13:00",
                                        "Mon-Fri 08:30-16:30"]), R.choice(["Yes", "No"])])

# ================================================================ truth
PH, CL, CA, Y = "policyholders_export_20241105.csv", "claims_2024Q4.json", "call_recordings_meta.csv", "config/dialler-bridge.yaml"
truth = {
    "brief": ("Protea Shield Insurance (South Africa, fictional) — export from its outsourced call centre Ubuntu Contact "
              "Solutions (Durban): policyholder CSV with SA ID numbers, ClaimsHub claims JSON with bank details, "
              "call-recording metadata CSV from the telephony platform, the dialler-bridge YAML config, a Jenkins build "
              "log and the public branch-office list. South African English with some Afrikaans (claim descriptions, "
              "queue name, trading hours); names English/Afrikaans/Nguni/Sotho/Indian-SA."),
    "people": N + len(AGENTS) + len(ASSESSORS),
    "fields": {
        PH: {"First Name": "name", "Surname": "name", "SA ID Number": "government_id", "Date of Birth": "date_of_birth",
             "Cell": "phone", "Work Tel": "phone", "Email": "email", "Street": "location", "Suburb": "location",
             "City": "location", "Postal Code": "location", "Policy Tier": "account_type"},
        CL: {"claims.lodged_at": "activity", "claims.policyholder.id_number": "government_id",
             "claims.policyholder.name": "name", "claims.incident.description": sorted(desc_cats),
             "claims.incident.location.lat": "location", "claims.incident.location.lng": "location",
             "claims.assessor": "name", "claims.bank.account_no": "bank_account", "claims.bank.branch_code": "bank_account"},
        CA: {"agent": "name", "caller_number": "phone", "started_at": "activity"},
        Y: {"smtp.password": "secret", "crm.api_key": "secret", "telephony.client_secret": "secret"},
    },
    "text": {},
    "controls": ["build/jenkins-dialler-bridge-1487.log", "branch_offices.csv"],
    "ambiguous": {CL: ["claims.incident.date"]},
    "lookalikes": {
        PH: {"Policy Number": "PSI + 8 digits", "Policy Start Date": "policy start date (not a sign-up timestamp)",
             "Debit Order Day": "day of month", "Preferred Language": "language preference, not a category"},
        CL: {"claims.claim_no": "claim reference", "claims.policy_no": "policy reference",
             "claims.bank.account_type": "Cheque/Savings/Transmission = kind of bank account, not a plan/tier",
             "claims.bank.bank_name": "bank name", "claims.amount_claimed.value": "amount", "claims.excess": "amount",
             "claims.status": "claim status", "claims.claim_type": "claim type"},
        CA: {"call_id": "UUID", "dnis": "the insurer's own 0860/0861/0800 numbers dialled", "duration_s": "seconds",
             "queue": "queue name", "recording_uri": "S3 path with call UUID"},
        Y: {"smtp.username": "role mailbox of the service", "smtp.from": "role mailbox", "alerts.email": "ops role mailbox",
            "telephony.client_id": "OAuth client id (UUID, public half)", "telephony.queues.claims": "queue UUID",
            "recordings.kms_key_arn": "AWS ARN with 12-digit account id"},
        "branch_offices.csv": {"Telephone": "public branch landlines / share-call numbers", "Street Address": "shopping-centre addresses"},
        "build/jenkins-dialler-bridge-1487.log": {"*": "git SHA, docker digests, test counts, timestamps"}},
    "notes": ("people = 130 policyholders + 12 call-centre agents + 5 assessors (plus third parties named inside claim "
              "descriptions). SA ID numbers: YYMMDD + SSSS (<5000 female) + citizenship 0/1 + 8 + Luhn digit, consistent "
              "with Date of Birth. Cell formats 082 123 4567 / +27 82 123 4567 / 0821234567; caller_number is E.164 "
              "(+27821234567) or 'anonymous'. claims.bank.branch_code holds universal branch codes (250655, 632005, ...), "
              "labelled bank_account as the SA routing number; FNB account numbers are 11 digits starting 62 (not cards). "
              "claims.incident.date is the date of the insured event (ambiguous for activity). Descriptions mention SAPS "
              "case numbers (CAS 123/10/2024) and place names like 'N1 near Paarl', which are not personal. "
              "The YAML secrets are the SMTP password, CRM API key and telephony OAuth client secret.")}
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=2)
print("policyholders", N, "claims", len(claims), "calls", len(rows), "desc cats", sorted(desc_cats))
