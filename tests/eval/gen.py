#!/usr/bin/env python3
"""Writes the evaluation corpus (tests/eval/corpus/) and its truth
(tests/eval/truth.json): per file, which field holds which category.

Multilingual exports (Polish, Turkish, Dutch, Japanese, Korean, a headerless
CSV) and negative controls that hold no personal data at all (a product
catalogue, metrics, a build log, a changelog, an HDFS-style log, a lookup
table of cities, device versions). Names and cities are real, common ones
typed from public registers' most-frequent lists (no fake-data generator's
word lists); values are deterministic. Run from the repository root:

    python3 tests/eval/gen.py
"""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus")
rnd = random.Random(14)

def iban(country, bban):
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(digits) % 97
    return f"{country}{check:02d}{bban}"

def luhn_complete(prefix, n):
    body = prefix + "".join(str(rnd.randrange(10)) for _ in range(n - len(prefix) - 1))
    for d in "0123456789":
        s = body + d
        t = sum((int(c) * 2 - 9 if int(c) * 2 > 9 else int(c) * 2) if i % 2 else int(c)
                for i, c in enumerate(reversed(s)))
        if t % 10 == 0:
            return s

PEOPLE = {
    "pl": (["Anna", "Piotr", "Katarzyna", "Krzysztof", "Maria", "Tomasz", "Agnieszka", "Marcin"],
           ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński"],
           ["Warszawa", "Kraków", "Łódź", "Wrocław", "Poznań", "Gdańsk", "Szczecin", "Lublin"]),
    "tr": (["Mehmet", "Ayşe", "Mustafa", "Fatma", "Ahmet", "Emine", "Ali", "Hatice"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk"],
           ["İstanbul", "Ankara", "İzmir", "Bursa", "Antalya", "Konya", "Adana", "Gaziantep"]),
    "nl": (["Daan", "Emma", "Sem", "Julia", "Lucas", "Mila", "Levi", "Tess"],
           ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser"],
           ["Amsterdam", "Rotterdam", "Utrecht", "Groningen", "Eindhoven", "Tilburg", "Almere", "Breda"]),
    "ja": (["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村"],
           ["太郎", "花子", "一郎", "美咲", "健太", "陽子", "翔", "愛"],
           ["東京", "大阪", "横浜", "名古屋", "札幌", "福岡", "神戸", "京都"]),
    "ko": (["김", "이", "박", "최", "정", "강", "조", "윤"],
           ["민준", "서연", "도윤", "지우", "하준", "서윤", "은우", "하은"],
           ["서울", "부산", "인천", "대구", "대전", "광주", "울산", "수원"]),
}
DOMAINS = ["gmail.com", "wp.pl", "onet.pl", "hotmail.com", "yahoo.co.jp", "naver.com", "ziggo.nl", "outlook.com"]

def email(i, lang):
    return f"{lang}.user{i}@{DOMAINS[i % len(DOMAINS)]}"

def write(name, text):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(text)

def main():
    os.makedirs(OUT, exist_ok=True)
    truth = {}
    n = 60
    # Polish: imię;nazwisko;e-mail;miasto;telefon
    first, last, cities = PEOPLE["pl"]
    rows = ["imię;nazwisko;e-mail;miasto;telefon"]
    for i in range(n):
        rows.append(f"{first[i % 8]};{last[(i * 3) % 8]};{email(i, 'pl')};{cities[(i * 5) % 8]};+48 {rnd.randrange(500, 900)} {rnd.randrange(100, 999)} {rnd.randrange(100, 999)}")
    write("klienci.csv", "\n".join(rows) + "\n")
    truth["klienci.csv"] = {"imię": "name", "nazwisko": "name", "e-mail": "email", "miasto": "location", "telefon": "phone"}
    # Turkish
    first, last, cities = PEOPLE["tr"]
    rows = ["ad,soyad,eposta,şehir,cep_telefonu"]
    for i in range(n):
        rows.append(f"{first[i % 8]},{last[(i * 3) % 8]},{email(i, 'tr')},{cities[(i * 5) % 8]},+90 5{rnd.randrange(30, 59)} {rnd.randrange(100, 999)} {rnd.randrange(10, 99)} {rnd.randrange(10, 99)}")
    write("musteriler.csv", "\n".join(rows) + "\n")
    truth["musteriler.csv"] = {"ad": "name", "soyad": "name", "eposta": "email", "şehir": "location", "cep_telefonu": "phone"}
    # Dutch, with IBANs
    first, last, cities = PEOPLE["nl"]
    rows = ["voornaam,achternaam,email,woonplaats,rekeningnummer"]
    for i in range(n):
        bban = "ABNA" + f"{rnd.randrange(10**9, 10**10):010d}"
        rows.append(f"{first[i % 8]},{last[(i * 3) % 8]},{email(i, 'nl')},{cities[(i * 5) % 8]},{iban('NL', bban)}")
    write("klanten.csv", "\n".join(rows) + "\n")
    truth["klanten.csv"] = {"voornaam": "name", "achternaam": "name", "email": "email", "woonplaats": "location", "rekeningnummer": "bank_account"}
    # Japanese
    first, last, cities = PEOPLE["ja"]
    rows = ["氏名,メールアドレス,都市"]
    for i in range(n):
        rows.append(f"{first[i % 8]}{last[(i * 3) % 8]},{email(i, 'ja')},{cities[(i * 5) % 8]}")
    write("kokyaku.csv", "\n".join(rows) + "\n")
    truth["kokyaku.csv"] = {"氏名": "name", "メールアドレス": "email", "都市": "location"}
    # Korean
    first, last, cities = PEOPLE["ko"]
    rows = ["이름,이메일,도시"]
    for i in range(n):
        rows.append(f"{first[i % 8]}{last[(i * 3) % 8]},{email(i, 'ko')},{cities[(i * 5) % 8]}")
    write("gogaek.csv", "\n".join(rows) + "\n")
    truth["gogaek.csv"] = {"이름": "name", "이메일": "email", "도시": "location"}
    # Headerless: id, email, city, card
    rows = []
    all_cities = PEOPLE["pl"][2] + PEOPLE["nl"][2]
    for i in range(n):
        rows.append(f"{1000 + i},{email(i, 'x')},{all_cities[i % 16]},{luhn_complete('4', 16)}")
    write("export", "\n".join(rows) + "\n")
    truth["export"] = {"col2": "email", "col3": "location", "col4": "payment_card"}
    # Negative controls: no personal data at all.
    rows = ["sku,product_name,category,price,ean"]
    for i in range(n):
        rows.append(f"SKU-{i:05d},Garden Chair {i},Furniture,{rnd.randrange(10, 500)}.{rnd.randrange(100):02d},{luhn_complete('40', 13)}")
    write("catalogue.csv", "\n".join(rows) + "\n")
    rows = ["host,metric,value,duration_s"]
    for i in range(n):
        rows.append(f"web{i % 4},latency,{rnd.random():.16f},0.{luhn_complete('4', 16)}")
    write("metrics.csv", "\n".join(rows) + "\n")
    lines = []
    for i in range(n):
        lines.append(f"[build] step {i}: gcc 12.2.0, cmake 3.{i % 30}.1, artifact v1.{i % 9}.{i % 7}.{i % 5} sha256={rnd.getrandbits(256):064x}")
    write("build.log", "\n".join(lines) + "\n")
    write("CHANGELOG.md", "# Changelog\n\n## 2.4.1.7\n- Fixed crash on start\n\n## 2.4.0.12\n- Uses curve25519-sha256@libssh.org and hmac-sha2-256-etm@openssh.com\n- Firefox rv:115.0.3.1 support\n")
    lines = []
    for i in range(n):
        blk = luhn_complete('4', 16)
        lines.append(f"081109 2036{i % 60:02d} 148 INFO dfs.DataNode$PacketResponder: PacketResponder 1 for block blk_-{blk} terminating")
        lines.append(f"081109 2036{i % 60:02d} 35 INFO dfs.FSNamesystem: BLOCK* NameSystem.allocateBlock: /user/root/rand/_temporary/part-{i:05d}. blk_{luhn_complete('5', 16)}")
    write("hdfs.log", "\n".join(lines) + "\n")
    rows = ["city,country,population"]
    for i, c in enumerate(PEOPLE["pl"][2] + PEOPLE["tr"][2]):
        rows.append(f"{c},{'Poland' if i < 8 else 'Turkey'},{rnd.randrange(200000, 9000000)}")
    write("cities.csv", "\n".join(rows) + "\n")
    rows = ["device_model,sdk_version,firmware,build,card_last4,card_brand"]
    for i in range(n):
        rows.append(f"Model-{i % 7},{i % 9 + 1}.{i % 13}.{i % 11}.{i % 17},{i % 4 + 1}.{i % 8}.{i % 6}.{i % 99},10.{i % 9}.{i % 7}.{i + 3},{rnd.randrange(1000, 9999)},visa")
    write("devices.csv", "\n".join(rows) + "\n")
    controls = ["catalogue.csv", "metrics.csv", "build.log", "CHANGELOG.md", "hdfs.log", "cities.csv", "devices.csv"]
    for c in controls:
        truth[c] = {}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump({"generator": "tests/eval/gen.py", "controls": controls, "fields": truth}, f, ensure_ascii=False, indent=1, sort_keys=True)

if __name__ == "__main__":
    main()
