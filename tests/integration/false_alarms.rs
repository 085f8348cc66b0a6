//! False sensitive findings that would trigger the wrong breach notice
//! (issue 14): identifiers that pass Luhn, partial card data, versions that
//! look like IPv4 addresses, SSH algorithm names that look like emails. Each
//! input is built here with what it holds known by construction, with a
//! positive control beside each negative one.

use crate::util::*;
use serde_json::Value;
use std::fmt::Write as _;

/// A deterministic stream of numbers (an LCG: no dependency, same every run).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 11
    }
}

fn luhn_ok(d: &str) -> bool {
    pii_scan::detect::validate::luhn(d.as_bytes())
}

/// `n` distinct 16-digit numbers starting with 4 that pass Luhn: valid Visa
/// card numbers by every rule but their context.
fn luhn_numbers(n: usize, seed: u64) -> Vec<String> {
    let mut r = Lcg(seed);
    let mut out = std::collections::BTreeSet::new();
    while out.len() < n {
        let d = format!("4{:015}", r.next() % 1_000_000_000_000_000);
        if luhn_ok(&d) && !d[1..].starts_with("111111") {
            out.insert(d);
        }
    }
    out.into_iter().collect()
}

fn scan(files: &[(&str, String)]) -> Value {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    json_in(dir.path(), &["--no-config", "."])
}

fn field_cats(report: &Value, path: &str) -> Vec<(String, String, u64)> {
    let mut v: Vec<(String, String, u64)> = fields_of(report, &format!("./{path}"))
        .into_iter()
        .map(|(f, c, m, _)| (f, c, m))
        .collect();
    v.sort();
    v
}

#[test]
fn numbers_glued_to_identifiers_or_decimals_are_not_cards() {
    let ids = luhn_numbers(200, 7);
    let mut log = String::new();
    for id in &ids {
        writeln!(
            log,
            "081109 203615 148 INFO dfs.DataNode: Received block blk_-{id} of size 67108864 from /10.250.19.102"
        )
        .unwrap();
        writeln!(log, "2024-01-01T10:00:00Z trace id={id} took 0.{id} s span_id: {id}").unwrap();
    }
    // The positive control: the same kind of numbers as card numbers.
    let mut cards = String::from("customer,card_number\n");
    for (i, id) in ids.iter().take(20).enumerate() {
        writeln!(cards, "c{i},{id}").unwrap();
    }
    let r = scan(&[("hdfs.log", log), ("billing.csv", cards)]);
    let cats = categories(&r);
    assert_eq!(
        cats.get("payment_card").map(|c| c.0),
        Some(20),
        "only the card column: {cats:?}"
    );
    assert_eq!(file_counts(&r, "hdfs.log").unwrap().get("payment_card"), None);
}

#[test]
fn partial_card_data_is_a_note_never_a_card() {
    let mut r = Lcg(3);
    let mut csv = String::from("email,card_last4,card_exp,card_bin,card_token,card_brand,cvv,card\n");
    for i in 0..300 {
        writeln!(
            csv,
            "user{i}@mail-box.net,{},{:02}/{},{},tok_{:016x},visa,{:03},4111 1111 1111 1111",
            1000 + r.next() % 9000,
            1 + r.next() % 12,
            26 + r.next() % 5,
            ["411111", "545454", "371449"][(r.next() % 3) as usize],
            r.next(),
            r.next() % 1000,
        )
        .unwrap();
    }
    let report = scan(&[("payments.csv", csv)]);
    let cats = categories(&report);
    assert!(!cats.contains_key("payment_card"), "{cats:?}");
    assert!(!cats.contains_key("secret"), "{cats:?}");
    assert_eq!(
        field_cats(&report, "payments.csv"),
        [("email".to_string(), "email".to_string(), 300)]
    );
    // The documented test card is a placeholder, counted apart only.
    let placeholders = report["placeholders"].as_array().unwrap();
    assert!(
        placeholders
            .iter()
            .any(|p| p["category"] == "payment_card" && p["matches"] == 300),
        "{placeholders:?}"
    );
    let notes: Vec<(String, String)> = report["field_notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| {
            (
                n["field"].as_str().unwrap().to_string(),
                n["note"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    for f in ["card_last4", "card_exp", "card_bin", "card_token", "card_brand"] {
        assert!(
            notes.iter().any(|(n, t)| n == f && t.contains("truncated card data")),
            "{f}: {notes:?}"
        );
    }
    assert!(
        notes.iter().any(|(n, t)| n == "cvv" && t.contains("security codes")),
        "{notes:?}"
    );
    assert!(
        notes
            .iter()
            .any(|(n, t)| n == "card" && t.contains("not full card numbers")),
        "{notes:?}"
    );
    // The human report's headline does not list payment_card as found.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("p.csv"), "card\n4111 1111 1111 1111\n").unwrap();
    let o = run_in(dir.path(), &["--no-progress", "--no-config", "."]);
    let text = String::from_utf8_lossy(&o.stdout);
    let not_found = text
        .lines()
        .find(|l| l.starts_with("Sensitive categories NOT found"))
        .unwrap();
    assert!(not_found.contains("payment_card"), "{text}");
}

#[test]
fn versions_and_builds_are_not_ip_addresses() {
    let mut r = Lcg(11);
    let mut csv = String::from("id,sdk_version,app_version,build,firmware,last_ip\n");
    for i in 0..200 {
        let o = |r: &mut Lcg| r.next() % 200 + 1;
        writeln!(
            csv,
            "{i},{}.{}.{}.{},{}.{}.{}.{},10.{}.{}.{},{}.{}.{}.{},81.{}.{}.{}",
            o(&mut r) % 9 + 1,
            o(&mut r) % 20,
            o(&mut r),
            o(&mut r),
            o(&mut r) % 9 + 1,
            o(&mut r) % 9,
            o(&mut r) % 9,
            o(&mut r),
            o(&mut r),
            o(&mut r),
            o(&mut r),
            o(&mut r) % 5 + 1,
            o(&mut r),
            o(&mut r),
            o(&mut r),
            i / 250 + 2,
            i % 250 + 1,
            (i * 7) % 250 + 1,
        )
        .unwrap();
    }
    let text = "# Changelog\n\n## 1.2.3.4\n- fixed a crash\n\n### 2.10.0.1\n- faster\n\n\
        Mozilla/5.0 (Windows NT 6.1; rv:1.9.2.20) Gecko/20100101 Firefox/3.6.20\n\
        Server: Android 10.0.4.2 kernel 5.10.66.1\n\
        kex curve25519-sha256@libssh.org, mac hmac-sha2-256-etm@openssh.com, host key ssh-ed25519-cert-v01@openssh.com\n\
        contact: ana.lopez@mail-box.net from 85.214.132.117\n";
    let report = scan(&[("devices.csv", csv), ("CHANGES.md", text.to_string())]);
    assert_eq!(
        field_cats(&report, "devices.csv"),
        [("last_ip".to_string(), "ip_address".to_string(), 200)]
    );
    let cats = categories(&report);
    assert_eq!(cats["ip_address"].0, 201, "200 in last_ip and 1 in the text: {cats:?}");
    assert_eq!(cats["email"].0, 1, "the one mailbox, not the algorithm names: {cats:?}");
    let changes = file_counts(&report, "CHANGES.md").unwrap();
    assert_eq!(changes["ip_address"], 1, "{changes}");
}

/// Private, shared and unique-local addresses stay `ip_address` but are
/// counted apart as internal, in the category row and the field row.
#[test]
fn internal_addresses_are_counted_apart() {
    let mut csv = String::from("email,last_ip\n");
    let ips = [
        "10.1.2.3",
        "192.168.4.5",
        "172.20.0.9",
        "100.64.3.2",
        "fd12:3456:789a::1",
        "81.2.69.160",
        "85.214.132.117",
    ];
    for (i, ip) in ips.iter().cycle().take(70).enumerate() {
        csv += &format!("user{i}@mail-box.net,{ip}\n");
    }
    let report = scan(&[("logins.csv", csv)]);
    let ip = report["categories"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["category"] == "ip_address")
        .unwrap();
    assert_eq!(
        (ip["matches"].as_u64(), ip["internal"].as_u64()),
        (Some(70), Some(50)),
        "{ip}"
    );
    let field = report["fields"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["field"] == "last_ip")
        .unwrap();
    assert_eq!(field["internal"], 50, "{field}");
    assert!(report["categories"]
        .as_array()
        .unwrap()
        .iter()
        .all(|c| c["category"] == "ip_address" || c.get("internal").is_none()));
}

fn notes_of(report: &Value) -> Vec<(String, String)> {
    report["field_notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| {
            (
                n["field"].as_str().unwrap().to_string(),
                n["note"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// Things that are not people's names: a `name` column of companies, one of
/// lorem-ipsum text, the `name` of a lookup table (film categories,
/// languages) with no person beside it; and a column of flags or genders
/// is not an account type.
#[test]
fn companies_placeholders_and_lookup_tables_are_not_names() {
    let companies = [
        "Acme GmbH",
        "Globex Inc.",
        "Initech LLC",
        "Umbrella Corp.",
        "Hooli Ltd",
        "Soylent S.A.",
        "Stark Industries AG",
        "Wayne Enterprises Ltd.",
        "トヨタ自動車株式会社",
        "삼성전자 주식회사",
    ];
    let mut suppliers = String::from("name,contact_email,city\n");
    for (i, c) in companies.iter().cycle().take(40).enumerate() {
        suppliers += &format!("{c},sales{i}@supplier{i}.com,Berlin\n");
    }
    let lorem = [
        "Lorem ipsum",
        "Dolor sit amet",
        "Consectetur adipiscing",
        "Sed do eiusmod",
        "Tempor incididunt",
    ];
    let mut drafts = String::from("name,email\n");
    for (i, l) in lorem.iter().cycle().take(30).enumerate() {
        drafts += &format!("{l},writer{i}@gmail.com\n");
    }
    let sql = "CREATE TABLE category (category_id int, name varchar(25), last_update timestamp);\n\
INSERT INTO category VALUES (1,'Action','2006-02-15'),(2,'Animation','2006-02-15'),(3,'Children','2006-02-15'),(4,'Classics','2006-02-15'),(5,'Comedy','2006-02-15'),(6,'Documentary','2006-02-15'),(7,'Drama','2006-02-15'),(8,'Family','2006-02-15'),(9,'Foreign','2006-02-15'),(10,'Games','2006-02-15'),(11,'Horror','2006-02-15'),(12,'Music','2006-02-15'),(13,'New','2006-02-15'),(14,'Sci-Fi','2006-02-15'),(15,'Sports','2006-02-15'),(16,'Travel','2006-02-15');\n\
CREATE TABLE language (language_id int, name char(20));\n\
INSERT INTO language VALUES (1,'English'),(2,'Italian'),(3,'Japanese'),(4,'Mandarin'),(5,'French'),(6,'German');\n\
CREATE TABLE actor (actor_id int, first_name varchar(45), last_name varchar(45));\n\
INSERT INTO actor VALUES (1,'PENELOPE','GUINESS'),(2,'NICK','WAHLBERG'),(3,'ED','CHASE'),(4,'JENNIFER','DAVIS'),(5,'JOHNNY','LOLLOBRIGIDA'),(6,'BETTE','NICHOLSON');\n".to_string();
    let mut flags = String::from("email,opt_in,gender,verified_flag\n");
    for i in 0..60 {
        flags += &format!(
            "member{i}@gmail.com,{},{},{}\n",
            ["yes", "no"][i % 2],
            ["female", "male", "other"][i % 3],
            ["true", "false"][i % 2]
        );
    }
    let report = scan(&[
        ("suppliers.csv", suppliers),
        ("drafts.csv", drafts),
        ("films.sql", sql),
        ("members.csv", flags),
    ]);
    let cats =
        |p: &str| -> Vec<(String, String)> { field_cats(&report, p).into_iter().map(|(f, c, _)| (f, c)).collect() };
    assert!(
        !cats("suppliers.csv").iter().any(|(_, c)| c == "name"),
        "{:?}",
        cats("suppliers.csv")
    );
    assert!(
        !cats("drafts.csv").iter().any(|(_, c)| c == "name"),
        "{:?}",
        cats("drafts.csv")
    );
    let films = cats("films.sql");
    assert!(
        !films.iter().any(|(f, _)| f == "category.name" || f == "language.name"),
        "{films:?}"
    );
    assert!(films.contains(&("actor.first_name".into(), "name".into())), "{films:?}");
    assert!(films.contains(&("actor.last_name".into(), "name".into())), "{films:?}");
    assert!(
        !cats("members.csv").iter().any(|(_, c)| c == "account_type"),
        "{:?}",
        cats("members.csv")
    );
    let notes = notes_of(&report);
    let has = |field: &str, text: &str| notes.iter().any(|(f, t)| f == field && t.contains(text));
    assert!(has("name", "organisations"), "{notes:?}");
    assert!(has("name", "lorem ipsum"), "{notes:?}");
    assert!(has("category.name", "lookup table"), "{notes:?}");
}
