//! Personal data a scan must not miss (issue 14): formats recognised by
//! their content or conventional names, not only by their extension.

use crate::util::*;

/// The field rows of one file, without its path.
fn rows(report: &serde_json::Value, path: &str) -> Vec<(String, String, u64, u64)> {
    fields_of(report, path).into_iter().collect()
}

/// An access log named `access_log`, rotated (`access.log.1`) or with no
/// extension at all, a CSV and a TSV with none: each read with the fields
/// of its format, exactly as under its usual name.
#[test]
fn formats_are_sniffed_by_content_and_conventional_names() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let log = std::fs::read(fixtures().join("access.log")).unwrap();
    let csv = std::fs::read(fixtures().join("users.csv")).unwrap();
    for name in ["access.log", "access_log", "access.log.1", "requests-2024-10-10"] {
        std::fs::write(d.join(name), &log).unwrap();
    }
    std::fs::write(d.join("users.csv"), &csv).unwrap();
    std::fs::write(d.join("users-export"), &csv).unwrap();
    let report = json_in(d, &["--no-config", "."]);
    let reference = rows(&report, "./access.log");
    assert!(reference.len() >= 3, "{reference:?}");
    for name in ["access_log", "access.log.1", "requests-2024-10-10"] {
        assert_eq!(rows(&report, &format!("./{name}")), reference, "{name}");
    }
    let reference = rows(&report, "./users.csv");
    assert!(reference.len() >= 3, "{reference:?}");
    assert_eq!(rows(&report, "./users-export"), reference);
    let format_of = |p: &str| {
        report["files"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["path"] == p)
            .map(|f| f["format"].as_str().unwrap().to_string())
    };
    assert_eq!(format_of("./access_log").as_deref(), Some("log"));
    assert_eq!(format_of("./users-export").as_deref(), Some("csv"));
}

/// Users named by PAM, su, sudo, login and FTP daemons are usernames, in
/// fields of their own, like sshd's.
#[test]
fn usernames_in_auth_logs_beyond_sshd() {
    let dir = tempfile::tempdir().unwrap();
    let mut log = String::new();
    let users = ["root", "carol", "dave", "erin", "frank", "grace"];
    for i in 0..50 {
        let u = users[i % users.len()];
        log += &format!("Mar  3 04:12:{:02} web1 sshd[1]: pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=81.2.69.{} user={u}\n", i % 60, i + 1);
        log += &format!(
            "Mar  3 04:13:{:02} web1 su[2]: pam_unix(su:session): session opened for user {u} by (uid=0)\n",
            i % 60
        );
        log += &format!(
            "Mar  3 04:14:{:02} web1 sudo: {u} : TTY=pts/0 ; PWD=/home/{u} ; USER=root ; COMMAND=/bin/ls\n",
            i % 60
        );
    }
    std::fs::write(dir.path().join("secure"), log).unwrap();
    let report = json_in(dir.path(), &["--no-config", "."]);
    let rows = rows(&report, "./secure");
    let user = rows.iter().find(|r| r.0 == "user" && r.1 == "username");
    assert_eq!(user.map(|r| (r.2, r.3)), Some((150, 6)), "{rows:?}");
    assert!(
        rows.iter().any(|r| r.0 == "rhost" && r.1 == "ip_address" && r.2 == 50),
        "{rows:?}"
    );
}

/// A column of places under a header in any language, or none, is a
/// location column when the records hold people; a lookup table of places
/// (no person in its records) is not personal data, whatever its header.
#[test]
fn places_are_recognised_by_their_values_and_lookup_tables_are_not_personal() {
    let dir = tempfile::tempdir().unwrap();
    let cities = [
        "Kraków",
        "Warszawa",
        "Gdańsk",
        "Poznań",
        "Wrocław",
        "Łódź",
        "İstanbul",
        "東京",
        "서울",
        "Groningen",
    ];
    let mut polish = String::from("imie;email;miasto\n");
    let mut headerless = String::new();
    let mut lookup = String::from("city,country,population\n");
    for (i, c) in cities.iter().cycle().take(40).enumerate() {
        polish += &format!("osoba{i};osoba{i}@poczta.pl;{c}\n");
        headerless += &format!("{i},user{i}@mail-box.net,{c},{}\n", 1000 + i);
        lookup += &format!("{c},Somewhere,{}\n", 100_000 + i);
    }
    std::fs::write(dir.path().join("klienci.csv"), polish).unwrap();
    std::fs::write(dir.path().join("export.csv"), headerless).unwrap();
    std::fs::write(dir.path().join("cities.csv"), lookup).unwrap();
    let report = json_in(dir.path(), &["--no-config", "."]);
    let loc = |path: &str| -> Vec<(String, u64)> {
        rows(&report, path)
            .into_iter()
            .filter(|r| r.1 == "location")
            .map(|r| (r.0, r.2))
            .collect()
    };
    assert_eq!(loc("./klienci.csv"), [("miasto".to_string(), 40)]);
    assert_eq!(loc("./export.csv"), [("col3".to_string(), 40)]);
    assert!(loc("./cities.csv").is_empty(), "{:?}", rows(&report, "./cities.csv"));
    let notes = report["field_notes"].as_array().unwrap();
    assert!(
        notes.iter().any(|n| n["path"] == "./cities.csv"
            && n["field"] == "city"
            && n["note"].as_str().unwrap().contains("lookup table")),
        "{notes:?}"
    );
}

/// French national numbers in their printed forms are phones.
#[test]
fn french_phone_numbers_are_phones() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("contacts.txt"),
        "Tél : 01.23.45.67.89\nportable 06 12 34 56 78\nfixe 04 78 12 34 56.\nversion 06.12.34.56.78\n",
    )
    .unwrap();
    let report = json_in(dir.path(), &["--no-config", "."]);
    assert_eq!(
        categories(&report).get("phone").map(|c| c.0),
        Some(3),
        "{}",
        report["categories"]
    );
}

/// The same export in Windows-1252 (Latin-1), UTF-16 with and without a
/// byte-order mark, and JSON whose non-ASCII characters are `\uXXXX`
/// escapes (as Python's `json.dumps` writes them): every field found as in
/// the UTF-8 original.
#[test]
fn encodings_and_json_escapes_are_decoded_before_detection() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let people = [
        ("José García", "Málaga", "josé.garcía@correo.es"),
        ("Jürgen Müller", "Zürich", "jürgen@web.de"),
        ("Zoë Brontë", "Besançon", "zoe@exemple.fr"),
        ("Søren Ærø", "Århus", "soren@mail.dk"),
        ("Françoise Léger", "Orléans", "francoise@exemple.fr"),
        ("Ana Peña", "Logroño", "ana@correo.es"),
    ];
    let mut csv = String::from("nombre,ciudad,correo\n");
    let mut ndjson = String::new();
    for (name, city, email) in people {
        csv += &format!("{name},{city},{email}\n");
        ndjson += &serde_json::json!({"name": name, "city": city, "email": email, "user_id": 7}).to_string();
        ndjson.push('\n');
    }
    std::fs::write(d.join("utf8.csv"), &csv).unwrap();
    let (latin1, _, lossy) = encoding_rs::WINDOWS_1252.encode(&csv);
    assert!(!lossy);
    std::fs::write(d.join("latin1.csv"), &latin1).unwrap();
    let le: Vec<u8> = csv.encode_utf16().flat_map(u16::to_le_bytes).collect();
    std::fs::write(d.join("utf16le.csv"), &le).unwrap();
    let mut be = vec![0xFE, 0xFF];
    be.extend(csv.encode_utf16().flat_map(u16::to_be_bytes));
    std::fs::write(d.join("utf16be.csv"), &be).unwrap();
    std::fs::write(d.join("utf8.ndjson"), &ndjson).unwrap();
    let escaped: String = ndjson
        .chars()
        .map(|c| {
            if c.is_ascii() {
                c.to_string()
            } else {
                format!("\\u{:04x}", c as u32)
            }
        })
        .collect();
    std::fs::write(d.join("escaped.ndjson"), &escaped).unwrap();
    let report = json_in(d, &["--no-config", "."]);
    let reference = rows(&report, "./utf8.csv");
    let cats: Vec<&str> = reference.iter().map(|r| r.1.as_str()).collect();
    assert_eq!(cats, ["location", "email", "name"], "{reference:?}");
    assert!(reference.iter().all(|r| r.2 == 6), "{reference:?}");
    for name in ["latin1.csv", "utf16le.csv", "utf16be.csv"] {
        assert_eq!(rows(&report, &format!("./{name}")), reference, "{name}");
    }
    let reference = rows(&report, "./utf8.ndjson");
    assert_eq!(reference.len(), 3, "{reference:?}");
    assert_eq!(rows(&report, "./escaped.ndjson"), reference);
    let samples = |p: &str| {
        report["fields"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["path"] == p)
            .map(|f| f["samples"].to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(samples("./escaped.ndjson"), samples("./utf8.ndjson"));
}

/// Columns whose headers say nothing (a language without hints, or no
/// header at all) are recognised by their values: full names, given names
/// and surnames in several scripts, and a plan column (a few words repeated
/// over many people); a latitude/longitude pair counts once per record.
#[test]
fn names_plans_and_coordinates_are_recognised_by_their_values() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let given = [
        "Anna", "Mehmet", "María", "Jan", "Sophie", "Ivan", "Ayşe", "Lukas", "Emma", "Piotr",
    ];
    let family = [
        "Nowak", "Yılmaz", "García", "de Vries", "Müller", "Petrov", "Kaya", "Schmidt", "Jansen", "Kowalski",
    ];
    let plans = ["basis", "plus", "zakelijk"];
    // Finnish-like headers no hint knows.
    let mut csv = String::from("etunimi;sukunimi;sähköposti;jäsenyys\n");
    let mut headerless = String::new();
    let mut cjk = String::from("顧客,連絡先\n");
    for i in 0..60 {
        let (g, f) = (given[i % given.len()], family[(i * 7 + 3) % family.len()]);
        csv += &format!("{g};{f};member{i}@gmail.com;{}\n", plans[i % plans.len()]);
        headerless += &format!("{i},{g} {f},user{i}@web.de\n");
        let (jf, jg) = (
            ["佐藤", "鈴木", "高橋", "田中", "김", "이", "박"][i % 7],
            ["太郎", "花子", "翔", "美咲", "민준", "지우", "서연"][i % 7],
        );
        cjk += &format!("{jf}{jg},cjk{i}@naver.com\n");
    }
    std::fs::write(d.join("jasenet.csv"), &csv).unwrap();
    std::fs::write(d.join("export.csv"), &headerless).unwrap();
    std::fs::write(d.join("kokyaku.csv"), &cjk).unwrap();
    let mut geo = String::from("email,lat,lon\n");
    for i in 0..40 {
        geo += &format!(
            "geo{i}@gmail.com,{}.{:05},{}.{:05}\n",
            10 + i,
            i * 37 % 99_999,
            20 + i,
            i * 53 % 99_999
        );
    }
    std::fs::write(d.join("geo.csv"), &geo).unwrap();
    let report = json_in(d, &["--no-config", "."]);
    let cats = |p: &str| -> Vec<(String, String)> { rows(&report, p).into_iter().map(|r| (r.0, r.1)).collect() };
    let got = cats("./jasenet.csv");
    for (f, c) in [
        ("etunimi", "name"),
        ("sukunimi", "name"),
        ("jäsenyys", "account_type"),
        ("sähköposti", "email"),
    ] {
        assert!(got.contains(&(f.into(), c.into())), "{f}: {got:?}");
    }
    let got = cats("./export.csv");
    assert!(got.contains(&("col2".into(), "name".into())), "{got:?}");
    assert!(!got.iter().any(|(f, _)| f == "col1"), "{got:?}");
    let got = cats("./kokyaku.csv");
    assert!(got.contains(&("顧客".into(), "name".into())), "{got:?}");
    let location = report["categories"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["category"] == "location")
        .cloned()
        .unwrap();
    let geo_file = file_counts(&report, "./geo.csv").unwrap();
    assert_eq!(geo_file["location"], 40, "one location per lat/lon pair: {geo_file}");
    assert!(location["matches"].as_u64().unwrap() >= 40);
    let geo_fields = cats("./geo.csv");
    assert!(
        geo_fields.contains(&("lat".into(), "location".into()))
            && geo_fields.contains(&("lon".into(), "location".into()))
    );
}

/// Streamed text keeps its structure: a CSV, an NDJSON file and an SQL dump
/// too large to hold, read as a stream (`--mmap never`, small chunks so that
/// records straddle many windows), get exactly the field rows the mapped
/// file gets.
#[test]
fn streamed_structured_text_gets_the_same_fields_as_mapped_text() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let cities = ["Berlin", "Kraków", "Porto", "Lyon"];
    let (mut csv, mut ndjson) = (String::from("id,first_name,email,city\n"), String::new());
    let mut sql = String::from("CREATE TABLE users (id int, email varchar(64), ip varchar(15));\n");
    let mut i = 0usize;
    while csv.len() < 17 << 20 {
        let city = cities[i % cities.len()];
        csv += &format!("{i},{},user{i}@gmail.com,{city}\n", ["Anna", "Jan", "Maria"][i % 3]);
        ndjson += &format!("{{\"id\":{i},\"user\":{{\"email\":\"n{i}@web.de\",\"city\":\"{city}\"}}}}\n");
        if i.is_multiple_of(50) {
            sql += "INSERT INTO users VALUES ";
        }
        sql += &format!("({i},'s{i}@mail.ru','81.2.{}.{}')", i % 250, i % 200 + 1);
        sql += if i % 50 == 49 { ";\n" } else { "," };
        i += 1;
    }
    sql += "(0,'last@mail.ru','81.2.69.160');\n";
    std::fs::write(d.join("users.csv"), &csv).unwrap();
    std::fs::write(d.join("events.ndjson"), &ndjson).unwrap();
    std::fs::write(d.join("dump.sql"), &sql).unwrap();
    let mapped = json_in(d, &["--no-config", "."]);
    let streamed = json_in(d, &["--no-config", "--mmap", "never", "--chunk-size", "64K", "."]);
    for name in ["./users.csv", "./events.ndjson", "./dump.sql"] {
        let want = rows(&mapped, name);
        assert!(want.len() >= 2, "{name}: {want:?}");
        assert_eq!(rows(&streamed, name), want, "{name}");
    }
}
