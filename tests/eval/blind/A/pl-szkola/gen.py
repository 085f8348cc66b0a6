#!/usr/bin/env python3
"""Blind test dump A/pl-szkola: Polish secondary school, student-information-system export (Polish).

Writes data/ and truth.json. Seeded and deterministic; standard library + openpyxl.
"""
import csv
import json
import os
import random
import shutil
from datetime import date, datetime, timedelta
from urllib.parse import quote

import openpyxl
from openpyxl.styles import Font

SEED = 60123456
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
SCHOOL = "Społeczne Liceum Ogólnokształcące nr 5 im. Marii Skłodowskiej-Curie w Krakowie"
DOMAIN = "slo5.krakow.pl"
PORTAL = "e-dziennik.slo5.krakow.pl"

IMIONA_M = ["Jakub", "Antoni", "Jan", "Szymon", "Filip", "Franciszek", "Aleksander", "Mikołaj", "Wojciech",
            "Kacper", "Adam", "Michał", "Marcel", "Stanisław", "Wiktor", "Piotr", "Igor", "Bartosz", "Mateusz", "Oskar"]
IMIONA_F = ["Zuzanna", "Julia", "Maja", "Zofia", "Hanna", "Lena", "Alicja", "Maria", "Amelia", "Oliwia",
            "Aleksandra", "Wiktoria", "Natalia", "Emilia", "Gabriela", "Antonina", "Laura", "Pola", "Iga", "Nikola"]
RODZICE_M = ["Tomasz", "Krzysztof", "Paweł", "Marcin", "Piotr", "Andrzej", "Łukasz", "Grzegorz", "Michał",
             "Rafał", "Robert", "Dariusz", "Jacek", "Wojciech", "Artur", "Sławomir"]
RODZICE_F = ["Agnieszka", "Katarzyna", "Anna", "Magdalena", "Joanna", "Monika", "Małgorzata", "Ewa", "Justyna",
             "Beata", "Dorota", "Marta", "Aneta", "Karolina", "Sylwia", "Iwona"]
# (male form, female form)
NAZWISKA = [("Nowak", "Nowak"), ("Kowalski", "Kowalska"), ("Wiśniewski", "Wiśniewska"), ("Wójcik", "Wójcik"),
            ("Kowalczyk", "Kowalczyk"), ("Kamiński", "Kamińska"), ("Lewandowski", "Lewandowska"),
            ("Zieliński", "Zielińska"), ("Szymański", "Szymańska"), ("Woźniak", "Woźniak"), ("Dąbrowski", "Dąbrowska"),
            ("Kozłowski", "Kozłowska"), ("Jankowski", "Jankowska"), ("Mazur", "Mazur"), ("Kwiatkowski", "Kwiatkowska"),
            ("Krawczyk", "Krawczyk"), ("Piotrowski", "Piotrowska"), ("Grabowski", "Grabowska"), ("Nowakowski", "Nowakowska"),
            ("Pawłowski", "Pawłowska"), ("Michalski", "Michalska"), ("Król", "Król"), ("Wieczorek", "Wieczorek"),
            ("Jabłoński", "Jabłońska"), ("Wróbel", "Wróbel"), ("Majewski", "Majewska"), ("Olszewski", "Olszewska"),
            ("Stępień", "Stępień"), ("Malinowski", "Malinowska"), ("Jaworski", "Jaworska"), ("Górecki", "Górecka"),
            ("Sikora", "Sikora"), ("Walczak", "Walczak"), ("Baran", "Baran"), ("Duda", "Duda"), ("Zając", "Zając"),
            ("Pietrzak", "Pietrzak"), ("Kurek", "Kurek"), ("Mróz", "Mróz"), ("Bielecki", "Bielecka")]
UA_M = ["Ołeksandr", "Dmytro", "Maksym", "Artem"]
UA_F = ["Anastasija", "Sofija", "Daryna", "Wiktorija"]
UA_SUR = ["Szewczenko", "Bondarenko", "Kowalenko", "Tkaczenko", "Melnyk", "Kryweć"]
KRAKOW_ULICE = [("ul. Karmelicka", "31-128"), ("ul. Długa", "31-147"), ("ul. Kalwaryjska", "30-504"),
                ("ul. Wielicka", "30-552"), ("ul. Lea", "30-048"), ("ul. Zakopiańska", "30-418"),
                ("ul. Bora-Komorowskiego", "31-876"), ("ul. Dobrego Pasterza", "31-416"), ("al. Pokoju", "31-548"),
                ("ul. Kapelanka", "30-347"), ("ul. Słowackiego", "30-018"), ("ul. Mogilska", "31-545"),
                ("ul. Opolska", "31-277"), ("ul. Kobierzyńska", "30-382"), ("ul. Balicka", "30-149"),
                ("os. Złotej Jesieni", "31-826"), ("os. Oświecenia", "31-636"), ("ul. Krowoderskich Zuchów", "31-272")]
PODKRAKOWSKIE = [("Wieliczka", "32-020", ["ul. Słowackiego", "ul. Asnyka", "ul. Kościuszki"]),
                 ("Skawina", "32-050", ["ul. Żwirki i Wigury", "ul. Piłsudskiego"]),
                 ("Zielonki", "32-087", ["ul. Krakowska", "ul. Galicyjska"]),
                 ("Zabierzów", "32-080", ["ul. Kolejowa", "ul. Szkolna"]),
                 ("Niepołomice", "32-005", ["ul. Zabierzowska", "ul. Bocheńska"]),
                 ("Liszki", "32-060", ["Liszki"])]
MIEJSCA_UR = ["Kraków"] * 10 + ["Wieliczka", "Tarnów", "Nowy Sącz", "Katowice", "Warszawa", "Oświęcim", "Myślenice",
                                  "Bochnia", "Zakopane", "Rzeszów"]
UA_MIEJSCA = ["Lwów", "Kijów", "Charków", "Odessa"]
EMAIL_DOM = ["wp.pl", "wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com", "gmail.com", "op.pl", "poczta.fm"]
MOBILE_PFX = ["501", "502", "505", "507", "510", "512", "530", "535", "570", "601", "602", "604", "605", "660",
              "661", "664", "691", "693", "695", "720", "724", "781", "783", "790", "791", "798", "880", "883", "886"]
KLASY = ["1a", "1b", "2a", "2b", "3a", "3b", "4a"]
ROCZNIK = {"1": 2010, "2": 2009, "3": 2008, "4": 2007}
TRANS = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")


def ascii_pl(s):
    return s.translate(TRANS).lower().replace(" ", "").replace("-", "")


def pesel(dob, male):
    y = dob.year
    m = dob.month + (20 if 2000 <= y < 2100 else 0)
    body = "%02d%02d%02d" % (y % 100, m, dob.day) + "%03d" % rng.randint(0, 999)
    sex = rng.choice([1, 3, 5, 7, 9]) if male else rng.choice([0, 2, 4, 6, 8])
    body += str(sex)
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    s = sum(int(c) * k for c, k in zip(body, w))
    return body + str((10 - s % 10) % 10)


def pesel_valid(p):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return len(p) == 11 and (10 - sum(int(c) * k for c, k in zip(p, w)) % 10) % 10 == int(p[10])


def phone(style):
    d = rng.choice(MOBILE_PFX) + "%06d" % rng.randint(0, 999999)
    if style == 0:
        return "+48 %s %s %s" % (d[:3], d[3:6], d[6:])
    if style == 1:
        return "%s %s %s" % (d[:3], d[3:6], d[6:])
    if style == 2:
        return "+48" + d
    return "%s-%s-%s" % (d[:3], d[3:6], d[6:])


def rand_dt(a, b):
    return a + timedelta(seconds=rng.randint(0, int((b - a).total_seconds())))


# ---------------------------------------------------------------- families and students
uczniowie = []
rodziny = []
sizes = {k: (18 if k == "2b" else rng.randint(14, 17)) for k in KLASY}
slots = [k for k in KLASY for _ in range(sizes[k])]
rng.shuffle(slots)
used_logins = set()
while slots:
    foreign = rng.random() < 0.05
    if foreign:
        sur_m = sur_f = rng.choice(UA_SUR)
    else:
        sur_m, sur_f = rng.choice(NAZWISKA)
    if rng.random() < 0.25:
        city, kod, streets = rng.choice(PODKRAKOWSKIE)
        st = rng.choice(streets)
        adres = ("%s %d" % (st, rng.randint(1, 220))) if st != city else "%s %d" % (city, rng.randint(1, 400))
    else:
        city = "Kraków"
        st, kod = rng.choice(KRAKOW_ULICE)
        adres = "%s %d" % (st, rng.randint(1, 120)) + (" m. %d" % rng.randint(1, 60) if rng.random() < 0.6 else "")
    n_kids = 2 if (rng.random() < 0.15 and len(slots) >= 2) else 1
    kids = []
    for _ in range(n_kids):
        klasa = slots.pop()
        male = rng.random() < 0.48
        rok = ROCZNIK[klasa[0]]
        dob = date(rok, 1, 1) + timedelta(days=rng.randint(0, 364))
        if dob.month >= 9 and rng.random() < 0.3:
            dob = date(rok + 1, rng.randint(1, 2), rng.randint(1, 28))  # a few started school early
        if foreign:
            imie = rng.choice(UA_M if male else UA_F)
            pes = None
            dok = rng.choice(["FT", "FX", "FU", "GA"]) + "%06d" % rng.randint(0, 999999)
            mur = rng.choice(UA_MIEJSCA)
        else:
            imie = rng.choice(IMIONA_M if male else IMIONA_F)
            pes = pesel(dob, male)
            dok = ""
            mur = rng.choice(MIEJSCA_UR)
        drugie = rng.choice(IMIONA_M if male else IMIONA_F) if (rng.random() < 0.5 and not foreign) else ""
        if drugie == imie:
            drugie = ""
        nazw = sur_m if male else sur_f
        base = "%s.%s%02d" % (ascii_pl(imie), ascii_pl(nazw), dob.year % 100)
        login = base
        k = 2
        while login in used_logins:
            login = base + str(k)
            k += 1
        used_logins.add(login)
        u = dict(imie=imie, drugie=drugie, nazwisko=nazw, pesel=pes, dok=dok, dob=dob, mur=mur, klasa=klasa,
                 adres=adres, kod=kod, miasto=city, male=male, login=login)
        uczniowie.append(u)
        kids.append(u)
    guardians = []
    roles = ["matka", "ojciec"] if rng.random() < 0.6 else [rng.choice(["matka", "matka", "ojciec", "opiekun prawny"])]
    for rel in roles:
        male = rel == "ojciec" or (rel == "opiekun prawny" and rng.random() < 0.5)
        if foreign:
            gi = rng.choice(["Andrij", "Serhij", "Wołodymyr"] if male else ["Ołena", "Natalija", "Tetiana"])
        else:
            gi = rng.choice(RODZICE_M if male else RODZICE_F)
        gn = sur_m if male else sur_f
        if not male and rng.random() < 0.12 and not foreign:  # double-barrelled surname
            gn = gn + "-" + rng.choice(NAZWISKA)[1]
        yob = kids[0]["dob"].year - rng.randint(24, 42)
        style = rng.random()
        if style < 0.5:
            local = "%s.%s" % (ascii_pl(gi), ascii_pl(gn.split("-")[0]))
        elif style < 0.8:
            local = "%s%s%d" % (ascii_pl(gi)[0], ascii_pl(gn.split("-")[0]), yob % 100)
        else:
            local = "%s_%s%d" % (ascii_pl(gn.split("-")[0]), ascii_pl(gi), rng.randint(1, 99))
        email = local + "@" + rng.choice(EMAIL_DOM)
        plogin = "%s.%s" % (ascii_pl(gn.split("-")[0]), ascii_pl(gi))
        k = 2
        while plogin in used_logins:
            plogin = "%s.%s%d" % (ascii_pl(gn.split("-")[0]), ascii_pl(gi), k)
            k += 1
        used_logins.add(plogin)
        guardians.append(dict(imie=gi, nazwisko=gn, email=email, telefon=phone(0 if rng.random() < 0.7 else rng.randint(1, 3)),
                              relacja=rel, login=plogin, status=rng.choice(["aktywne"] * 8 + ["zablokowane", "nieaktywowane"]),
                              ostatnie=rand_dt(datetime(2025, 9, 1), datetime(2025, 11, 20, 22)),
                              zgoda=rng.random() < 0.85, male=male))
    rodziny.append(dict(kids=kids, guardians=guardians))

opiekunowie = [g for r in rodziny for g in r["guardians"]]

# ---------------------------------------------------------------- teachers
PRZEDMIOTY = ["Język polski", "Matematyka", "Język angielski", "Język niemiecki", "Historia", "Biologia",
              "Chemia", "Fizyka", "Geografia", "Informatyka", "Wychowanie fizyczne", "Wiedza o społeczeństwie",
              "Religia/Etyka", "Edukacja dla bezpieczeństwa", "Biznes i zarządzanie"]
nauczyciele = []
used_skr = set()
for i in range(22):
    male = rng.random() < 0.3
    im = rng.choice(RODZICE_M if male else RODZICE_F)
    nz = rng.choice(NAZWISKA)[0 if male else 1]
    skr = (im[0] + nz[0]).upper().translate(str.maketrans("ŁŚŻŹĆ", "LSZZC"))
    while skr in used_skr:
        skr = skr[:1] + nz[:2].upper().translate(str.maketrans("ŁŚŻŹĆĄĘÓŃ", "LSZZCAEON"))[1:] + str(len(used_skr))
    used_skr.add(skr)
    subj = PRZEDMIOTY[i % len(PRZEDMIOTY)]
    subj2 = rng.choice(PRZEDMIOTY) if rng.random() < 0.3 else ""
    tlogin = ascii_pl(im)[0] + ascii_pl(nz)
    while tlogin in used_logins:
        tlogin += "1"
    used_logins.add(tlogin)
    nauczyciele.append(dict(imie=im, nazwisko=nz, skrot=skr, przedmiot=subj + (", " + subj2 if subj2 and subj2 != subj else ""),
                            main=subj, email="%s.%s@%s" % (ascii_pl(im)[0], ascii_pl(nz), DOMAIN),
                            telefon=phone(rng.randint(1, 3)) if rng.random() < 0.85 else "",
                            zatr=date(1994, 9, 1) + timedelta(days=rng.randint(0, 11000)),
                            stopien=rng.choice(["nauczyciel początkujący", "nauczyciel mianowany", "nauczyciel dyplomowany", "nauczyciel dyplomowany"]),
                            login=tlogin, male=male))
for n in nauczyciele:
    if n["zatr"] > date(2025, 9, 1):
        n["zatr"] = date(2025, 9, 1)
    n["zatr"] = n["zatr"] if n["zatr"].month in (9, 10, 2) else n["zatr"].replace(month=9, day=1)
wych = {}
for k, n in zip(KLASY, rng.sample(nauczyciele, len(KLASY))):
    wych[k] = n

# ---------------------------------------------------------------- write
if os.path.isdir(DATA):
    shutil.rmtree(DATA)
os.makedirs(DATA)

uczniowie.sort(key=lambda u: (u["klasa"], u["nazwisko"], u["imie"]))
nr = {}
for u in uczniowie:
    nr[u["klasa"]] = nr.get(u["klasa"], 0) + 1
    u["nr"] = nr[u["klasa"]]

with open(os.path.join(DATA, "uczniowie.csv"), "w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f, delimiter=";", lineterminator="\r\n")
    w.writerow(["imię", "drugie imię", "nazwisko", "PESEL", "nr dokumentu (cudzoziemcy)", "data urodzenia",
                "miejsce urodzenia", "klasa", "nr w dzienniku", "adres", "kod pocztowy", "miejscowość"])
    for u in uczniowie:
        w.writerow([u["imie"], u["drugie"], u["nazwisko"], u["pesel"] or "", u["dok"], u["dob"].strftime("%d.%m.%Y"),
                    u["mur"], u["klasa"], u["nr"], u["adres"], u["kod"], u["miasto"]])

portal = {"szkola": SCHOOL, "rok_szkolny": "2025/26", "wygenerowano": "2025-11-21T06:30:00+01:00", "opiekunowie": []}
gid = 4100
for r in rodziny:
    for g in r["guardians"]:
        gid += rng.randint(1, 7)
        portal["opiekunowie"].append({
            "id": gid,
            "imie": g["imie"],
            "nazwisko": g["nazwisko"],
            "relacja": g["relacja"],
            "email": g["email"],
            "telefon": g["telefon"],
            "konto": {"login": g["login"], "status": g["status"],
                      "ostatnie_logowanie": g["ostatnie"].strftime("%Y-%m-%dT%H:%M:%S") + ("+02:00" if g["ostatnie"] < datetime(2025, 10, 26, 3) else "+01:00") if g["status"] == "aktywne" else None,
                      "zgoda_rodo": g["zgoda"], "powiadomienia": rng.choice(["email", "sms", "push", "brak"])},
            "dzieci": [{"imie": k["imie"], "pesel": k["pesel"], "klasa": k["klasa"]} for k in r["kids"]],
        })
with open(os.path.join(DATA, "portal_opiekunowie.json"), "w", encoding="utf-8") as f:
    json.dump(portal, f, ensure_ascii=False, indent=2)

# gradebook XLSX (title rows above header)
SUBJ_2B = ["Język polski", "Matematyka", "Język angielski", "Język niemiecki", "Historia", "Biologia", "Chemia",
           "Fizyka", "Geografia", "Informatyka", "Wychowanie fizyczne"]
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Oceny śródroczne"
ws["A1"] = "Dziennik ocen — klasa 2b — 2025/26"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Wychowawca: mgr %s %s    |    stan na 20.11.2025" % (wych["2b"]["imie"], wych["2b"]["nazwisko"])
hdr = ["Lp.", "Uczeń"] + SUBJ_2B + ["Średnia", "Zachowanie"]
ws.append([])
ws.append(hdr)
for c in ws[4]:
    c.font = Font(bold=True)
kl2b = [u for u in uczniowie if u["klasa"] == "2b"]
for u in kl2b:
    grades = [rng.choice([2, 3, 3, 4, 4, 4, 5, 5, 6]) for _ in SUBJ_2B]
    ws.append([u["nr"], "%s %s" % (u["nazwisko"], u["imie"])] + grades +
              [round(sum(grades) / len(grades), 2), rng.choice(["wzorowe", "bardzo dobre", "dobre", "dobre", "poprawne", "nieodpowiednie"])])
ws.column_dimensions["B"].width = 28
ws2 = wb.create_sheet("Frekwencja")
ws2["A1"] = "Dziennik ocen — klasa 2b — 2025/26"
ws2["A1"].font = Font(bold=True, size=14)
ws2["A2"] = "Frekwencja 01.09.2025 – 20.11.2025"
ws2.append([])
ws2.append(["Lp.", "Uczeń", "Godziny lekcyjne", "Obecności", "Nieob. usprawiedliwione", "Nieob. nieusprawiedliwione", "Spóźnienia", "Frekwencja %"])
for u in kl2b:
    tot = 372
    nu = rng.randint(0, 40)
    nn = rng.randint(0, 8)
    ws2.append([u["nr"], "%s %s" % (u["nazwisko"], u["imie"]), tot, tot - nu - nn, nu, nn, rng.randint(0, 9),
                round(100 * (tot - nu - nn) / tot, 1)])
wb.properties.creator = "Dziennik elektroniczny — eksport"
wb.properties.created = datetime(2025, 11, 20, 15, 4, 0)
wb.properties.modified = datetime(2025, 11, 20, 15, 4, 0)
wb.save(os.path.join(DATA, "dziennik_ocen_2b_2025-26.xlsx"))

# teachers
with open(os.path.join(DATA, "nauczyciele.csv"), "w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f, delimiter=";", lineterminator="\r\n")
    w.writerow(["imię", "nazwisko", "skrót", "przedmioty", "wychowawca klasy", "email", "telefon", "login",
                "data_zatrudnienia", "stopień awansu zawodowego", "etat"])
    for n in nauczyciele:
        wk = ",".join(k for k, v in wych.items() if v is n)
        w.writerow([n["imie"], n["nazwisko"], n["skrot"], n["przedmiot"], wk, n["email"], n["telefon"], n["login"],
                    n["zatr"].isoformat(), n["stopien"], rng.choice(["1", "1", "1", "1/2", "18/18", "12/18"])])

# timetable (control)
GODZ = ["8:00-8:45", "8:55-9:40", "9:50-10:35", "10:50-11:35", "11:45-12:30", "12:40-13:25", "13:35-14:20", "14:30-15:15"]
SALE = ["101", "102", "104", "105", "201", "203", "204", "206", "s. gimn.", "lab. chem.", "lab. inf. 1", "lab. inf. 2", "aula"]
by_subj = {}
for n in nauczyciele:
    by_subj.setdefault(n["main"], []).append(n)
with open(os.path.join(DATA, "plan_lekcji_2025-26.csv"), "w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f, delimiter=";", lineterminator="\r\n")
    w.writerow(["dzień", "nr lekcji", "godziny", "klasa", "grupa", "przedmiot", "nauczyciel", "sala"])
    for dzien in ["poniedziałek", "wtorek", "środa", "czwartek", "piątek"]:
        for k in KLASY:
            for l in range(rng.randint(6, 8)):
                subj = rng.choice(list(by_subj))
                n = rng.choice(by_subj[subj])
                sala = "s. gimn." if subj == "Wychowanie fizyczne" else ("lab. chem." if subj == "Chemia" else (
                    rng.choice(["lab. inf. 1", "lab. inf. 2"]) if subj == "Informatyka" else rng.choice(SALE[:8])))
                grupa = rng.choice(["gr. 1", "gr. 2"]) if subj in ("Język angielski", "Język niemiecki", "Informatyka") else "cała klasa"
                w.writerow([dzien, l + 1, GODZ[l], k, grupa, subj, n["skrot"], sala])

# nginx access log of the e-dziennik portal
UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.102 Mobile Safari/537.36",
       "Mozilla/5.0 (Linux; Android 13; Redmi Note 12) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.6668.100 Mobile Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
       "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.86 Mobile Safari/537.36"]
IP_PFX = ["83.23", "83.27", "89.64", "89.70", "178.235", "188.146", "31.0", "5.173", "37.47", "46.204", "95.160", "91.94", "176.221"]
actors = []
for g in opiekunowie:
    actors.append(("opiekun", g["login"], g["email"]))
for u in uczniowie:
    actors.append(("uczen", u["login"], None))
for n in nauczyciele:
    actors.append(("nauczyciel", n["login"], None))
prof = {a[1]: ("%s.%d.%d" % (rng.choice(IP_PFX), rng.randint(0, 255), rng.randint(1, 254)), rng.choice(UAS)) for a in actors}
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
log = []
email_logins = 0


def clf(t):
    return "%02d/%s/%d:%s +0100" % (t.day, MONTHS[t.month - 1], t.year, t.strftime("%H:%M:%S"))


for _ in range(900):
    kind, login, email = rng.choice(actors)
    ip, ua = prof[login]
    t = rand_dt(datetime(2025, 11, 3, 6), datetime(2025, 11, 20, 23))
    lg = login
    if kind == "opiekun" and rng.random() < 0.2:
        lg = email  # some parents type their e-mail in the login box
        email_logins += 1
    q = "login=%s" % quote(lg, safe="")
    if rng.random() < 0.4:
        q += "&return=%2Fdziennik%2F" + rng.choice(["oceny", "frekwencja", "wiadomosci", "plan"])
    ok = rng.random() < 0.9
    reqs = [(t, "GET", "/logowanie?" + q, 200, rng.randint(4200, 4900), "https://%s/" % PORTAL),
            (t + timedelta(seconds=rng.randint(5, 30)), "POST", "/logowanie?" + q, 302 if ok else 401, 0 if ok else 4810,
             "https://%s/logowanie?%s" % (PORTAL, q))]
    if ok:
        tt = reqs[-1][0]
        for _ in range(rng.randint(1, 5)):
            tt += timedelta(seconds=rng.randint(3, 240))
            path = rng.choice(["/dziennik/oceny", "/dziennik/frekwencja", "/dziennik/plan", "/wiadomosci",
                               "/wiadomosci/%d" % rng.randint(20000, 29999), "/api/v2/oceny?uczen=%d" % rng.randint(1000, 1200),
                               "/ogloszenia", "/static/css/app.%08x.css" % rng.getrandbits(32)])
            reqs.append((tt, "GET", path, 200, rng.randint(900, 98000), "https://%s/dziennik/" % PORTAL))
        if rng.random() < 0.3:
            reqs.append((tt + timedelta(seconds=rng.randint(10, 600)), "GET", "/wyloguj", 302, 0, "https://%s/dziennik/" % PORTAL))
    for (tt, m, p, st, sz, ref) in reqs:
        log.append((tt, '%s - - [%s] "%s %s HTTP/1.1" %d %d "%s" "%s"' % (ip, clf(tt), m, p, st, sz, ref, ua)))
# monitoring noise
for i in range(120):
    t = datetime(2025, 11, 3, 6) + timedelta(minutes=i * 205)
    log.append((t, '10.12.0.5 - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"' % clf(t)))
log.sort(key=lambda x: x[0])
with open(os.path.join(DATA, "nginx_e-dziennik_access.log"), "w", encoding="utf-8", newline="\n") as f:
    for _, l in log:
        f.write(l + "\n")

# ---------------------------------------------------------------- checks and truth
assert all(pesel_valid(u["pesel"]) for u in uczniowie if u["pesel"])
assert email_logins > 0
n_people = len(uczniowie) + len(opiekunowie) + len(nauczyciele)
assert 30 <= n_people <= 300, n_people
XL = "dziennik_ocen_2b_2025-26.xlsx"
truth = {
    "brief": "Polish secondary school (%s), student-information-system / e-dziennik export in Polish: students CSV "
             "(';', UTF-8 BOM), parents' portal JSON with children, XLSX gradebook of class 2b with title rows, teachers "
             "CSV, timetable CSV, nginx access log of the e-dziennik portal." % SCHOOL,
    "people": n_people,
    "fields": {
        "uczniowie.csv": {
            "imię": "name",
            "drugie imię": "name",
            "nazwisko": "name",
            "PESEL": "government_id",
            "nr dokumentu (cudzoziemcy)": "government_id",
            "data urodzenia": "date_of_birth",
            "miejsce urodzenia": "location",
            "adres": "location",
            "kod pocztowy": "location",
            "miejscowość": "location",
        },
        "portal_opiekunowie.json": {
            "opiekunowie.imie": "name",
            "opiekunowie.nazwisko": "name",
            "opiekunowie.email": "email",
            "opiekunowie.telefon": "phone",
            "opiekunowie.konto.login": "username",
            "opiekunowie.konto.status": "account_type",
            "opiekunowie.konto.ostatnie_logowanie": "activity",
            "opiekunowie.dzieci.imie": "name",
            "opiekunowie.dzieci.pesel": "government_id",
        },
        XL: {
            "Uczeń": "name",
        },
        "nauczyciele.csv": {
            "imię": "name",
            "nazwisko": "name",
            "email": "email",
            "telefon": "phone",
            "login": "username",
        },
    },
    "text": {
        XL: ["name"],
        "nginx_e-dziennik_access.log": ["ip_address", "activity", "username", "email", "device"],
    },
    "controls": ["plan_lekcji_2025-26.csv"],
    "ambiguous": {
        "portal_opiekunowie.json": ["opiekunowie.relacja"],
    },
    "lookalikes": {
        "nauczyciele.csv": {"data_zatrudnienia": "hire date, not a birth date", "skrót": "2-3 letter teacher initials used in the timetable",
                            "stopień awansu zawodowego": "professional rank, not an account tier", "przedmioty": "subjects",
                            "wychowawca klasy": "class code"},
        "uczniowie.csv": {"klasa": "class code", "nr w dzienniku": "roll number 1-18"},
        "portal_opiekunowie.json": {"opiekunowie.id": "internal ids", "opiekunowie.dzieci.klasa": "class code",
                                    "opiekunowie.konto.zgoda_rodo": "consent flag",
                                    "opiekunowie.konto.powiadomienia": "notification channel"},
        XL: {"Średnia": "grade average", "Zachowanie": "conduct grade", "Frekwencja %": "attendance percentage"},
        "plan_lekcji_2025-26.csv": {"nauczyciel": "teacher initials (e.g. AN), not names", "sala": "room numbers"},
        "nginx_e-dziennik_access.log": {"(text)": "10.12.0.5 kube-probe health checks are infrastructure, hex asset hashes in CSS paths"},
    },
    "notes": "PESELs are valid (weights 1-3-7-9, month +20 for births 2000+, 10th digit odd for boys) and match the birth "
             "date; %d foreign (Ukrainian) students have no PESEL and a passport number in 'nr dokumentu (cudzoziemcy)' "
             "(also null pesel in the portal JSON). Dates of birth are dd.mm.yyyy. Gradebook XLSX has two sheets (Oceny "
             "śródroczne, Frekwencja), each with a title row, a sub-title row (sheet 1 names the form tutor: the 'text' name), "
             "a blank row, then the header on row 4; 'Uczeń' is 'Nazwisko Imię'. Teachers' data_zatrudnienia is a hire date. "
             "Parents' phones are mostly '+48 601 234 567', some '601 234 567', '+48601234567' or '601-234-567'. "
             "nginx log: combined format, ?login= carries the portal login (students imie.nazwiskoYY, parents nazwisko.imie, "
             "teachers inazwisko) and %d login attempts (GET+POST) of parents who typed their e-mail (URL-encoded %%40) instead; each "
             "person keeps one IP and one user agent. 'relacja' (matka/ojciec/opiekun prawny) is the guardian's relation "
             "to the child (ambiguous, not a listed category). People = %d students + %d guardians + %d teachers."
             % (sum(1 for u in uczniowie if not u["pesel"]), email_logins, len(uczniowie), len(opiekunowie), len(nauczyciele)),
}
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=2)
    f.write("\n")
print("uczniowie", len(uczniowie), "opiekunowie", len(opiekunowie), "nauczyciele", len(nauczyciele),
      "people", n_people, "log lines", len(log), "email logins", email_logins,
      "foreign", sum(1 for u in uczniowie if not u["pesel"]))
