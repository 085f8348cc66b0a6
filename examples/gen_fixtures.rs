//! Writes the bundled breach-style sample in `fixtures/` and its ground truth
//! in `tests/ground-truth.json`.
//!
//!     cargo run --example gen_fixtures -- fixtures         # (re)write
//!     cargo run --example gen_fixtures -- --check fixtures # fail if stale
//!
//! Deterministic (a fixed-seed splitmix64): the same bytes every run. Every
//! value it plants is recorded with its file, category and canonical form, and
//! `ground-truth.json` is computed from those records — never from a scan.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;
#[path = "common/mod.rs"]
mod common;
#[path = "common/containers.rs"]
mod containers;

use common::*;

/// The fixture files, and the ground truth (kept outside `fixtures/` so a
/// scan of the sample does not read its own answers).
fn generate() -> (BTreeMap<String, Vec<u8>>, String) {
    let mut g = Gen {
        r: Rng(0x005E_ED0F_D017),
        t: Truth::default(),
    };
    let mut files: BTreeMap<String, Vec<u8>> = BTreeMap::new();

    // A users export: one row per person, a few repeat emails, two placeholders.
    let f = "users.csv";
    let mut s = String::from("id,first_name,last_name,email,signup_ip,plan,phone,city,created_at\n");
    for i in 1..=200 {
        g.t.at(Some("email"));
        let email = if i % 50 == 0 {
            g.t.placeholder(f, "email");
            format!("qa{i}@example.com")
        } else {
            g.email(f)
        };
        let (first, last) = (*g.r.pick(FIRST), *g.r.pick(LAST));
        g.t.at(Some("first_name"));
        g.t.add(f, "name", first);
        g.t.at(Some("last_name"));
        g.t.add(f, "name", last);
        g.t.at(Some("signup_ip"));
        let ip = g.ipv4(f);
        g.t.at(Some("phone"));
        let phone = g.phone_us(f);
        let plan = *g.r.pick(&["free", "pro", "business"]);
        g.t.at(Some("plan"));
        g.t.add(f, "account_type", plan);
        let city = *g.r.pick(CITIES);
        g.t.at(Some("city"));
        g.t.add(f, "location", city);
        // A sign-up time in a person's row: an event of theirs.
        g.t.at(Some("created_at"));
        g.t.add(f, "activity", format!("{f}#{i}"));
        g.t.at(None);
        writeln!(
            s,
            "{i},{first},{last},{email},{ip},{plan},{phone},{city},2024-0{}-1{} 10:2{}:00",
            1 + i % 9,
            i % 10,
            i % 10
        )
        .unwrap();
    }
    files.insert(f.into(), s.into_bytes());

    // Activity events, NDJSON, with IPv6 and coordinates named as geo.
    let f = "events.ndjson";
    let mut s = String::new();
    for i in 0..150 {
        g.t.at(Some("user.email"));
        let email = g.email(f);
        g.t.at(Some("ip"));
        let ip = if i % 3 == 0 { g.ipv6(f) } else { g.ipv4(f) };
        let action = *g.r.pick(&["login", "upload", "share", "delete", "comment"]);
        g.t.at(Some("geo"));
        let geo = if i % 5 == 0 {
            format!(",\"geo\":\"{}\"", g.coords(f))
        } else {
            String::new()
        };
        // A person (user.email), a time (ts) and an action: an activity record.
        g.t.at(Some("ts"));
        g.t.add(f, "activity", format!("{f}#{i}"));
        g.t.at(None);
        writeln!(s, "{{\"ts\":\"2024-05-{:02}T1{}:0{}:00Z\",\"user\":{{\"email\":\"{email}\",\"id\":{}}},\"ip\":\"{ip}\",\"action\":\"{action}\",\"photo_id\":\"123e4567-e89b-12d3-a456-4266141740{:02}\"{geo}}}", 1 + i % 28, i % 10, i % 10, 1000 + i, i % 100).unwrap();
    }
    files.insert(f.into(), s.into_bytes());

    // An nginx access log; documentation-range clients are placeholders.
    let f = "access.log";
    let mut s = String::new();
    for i in 0..300 {
        g.t.at(Some("remote_addr"));
        let ip = if i % 30 == 0 {
            g.t.placeholder(f, "ip_address");
            format!("203.0.113.{}", i % 250)
        } else {
            g.ipv4(f)
        };
        g.t.at(Some("time_local"));
        g.t.add(f, "activity", format!("{f}#{i}"));
        let path = *g.r.pick(&[
            "/photos/8812",
            "/api/v2/feed?page=3",
            "/u/settings",
            "/static/app.4f2a1c.js",
        ]);
        let ua = *g.r.pick(&[
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 Version/17.1 Mobile/15E148",
            "curl/8.4.0",
        ]);
        // A user-agent tied to a client address is a `device` value.
        g.t.at(Some("http_user_agent"));
        g.t.add(f, "device", ua);
        g.t.at(None);
        writeln!(
            s,
            "{ip} - - [1{}/Oct/2024:13:55:{:02} +0000] \"GET {path} HTTP/1.1\" {} {} \"-\" \"{ua}\"",
            i % 10,
            i % 60,
            [200, 304, 404][i % 3],
            100 + i * 7
        )
        .unwrap();
    }
    files.insert(f.into(), s.into_bytes());

    // A MySQL dump: users with password hashes, and login IPs.
    let f = "dump.sql";
    let mut s = String::from("-- MySQL dump 10.13  Distrib 8.0.35\n--\n-- Server version\t8.0.35\n\nCREATE TABLE `users` (\n  `id` int NOT NULL,\n  `email` varchar(255),\n  `password_hash` varchar(255),\n  `last_login_ip` varchar(45),\n  `created_at` datetime\n);\n\nINSERT INTO `users` VALUES ");
    let rows: Vec<String> = (0..80)
        .map(|i| {
            g.t.at(Some("users.email"));
            let email = g.email(f);
            g.t.at(Some("users.password_hash"));
            let hash = if i % 4 == 0 { g.argon2(f) } else { g.bcrypt(f) };
            g.t.at(Some("users.last_login_ip"));
            let ip = g.ipv4(f);
            g.t.at(Some("users.created_at"));
            g.t.add(f, "activity", format!("{f}#users#{i}"));
            g.t.at(None);
            format!(
                "({},'{email}','{hash}','{ip}','2023-1{}-0{} 08:00:00')",
                i + 1,
                i % 3,
                1 + i % 9
            )
        })
        .collect();
    s += &rows.join(",");
    s += ";\n";
    // With a column list: who logged in from where, when, doing what.
    s += "INSERT INTO `logins` (`user_id`, `ip`, `logged_at`, `action`) VALUES ";
    let rows: Vec<String> = (0..40)
        .map(|i| {
            g.t.at(Some("logins.ip"));
            let ip = g.ipv4(f);
            g.t.at(Some("logins.logged_at"));
            g.t.add(f, "activity", format!("{f}#{i}"));
            g.t.at(None);
            format!("({},'{ip}','2024-04-{:02} 07:30:00','login')", 1 + i % 80, 1 + i % 28)
        })
        .collect();
    s += &rows.join(",");
    s += ";\n";
    files.insert(f.into(), s.into_bytes());

    // Free-text support tickets: payment and identity data, and negative
    // controls that must not be counted (versions, timestamps, UUIDs, order
    // numbers that fail Luhn, bare float pairs, semver).
    let f = "tickets.txt";
    let mut s = String::new();
    for i in 0..40 {
        let who = g.email(f);
        writeln!(s, "Ticket #{} from {who}", 70000 + i).unwrap();
        match i % 8 {
            0 => writeln!(
                s,
                "Customer says card {} was charged twice; order 4556737586899856 (app version 10.2.3.4).",
                g.card(f)
            )
            .unwrap(),
            1 => writeln!(
                s,
                "Identity check: SSN {} confirmed by phone {}.",
                g.ssn(f),
                g.phone_intl(f)
            )
            .unwrap(),
            2 => writeln!(
                s,
                "Refund to IBAN {} requested at 1700000000123 (build v1.4.22.7).",
                g.iban(f)
            )
            .unwrap(),
            3 => writeln!(
                s,
                "Device {} kept uploading; photo location gps {}.",
                g.mac(f),
                g.coords(f)
            )
            .unwrap(),
            4 => writeln!(s, "Leaked key in a paste: {} and session token {}", g.aws(f), g.jwt(f)).unwrap(),
            5 => writeln!(
                s,
                "Request id 6f9619ff-8b86-d011-b42d-00c04fc964ff; ratio 3.14159, 2.71828; release 2.10.0-rc.1"
            )
            .unwrap(),
            6 => {
                g.t.placeholder(f, "payment_card");
                let phone = g.phone_us(f);
                writeln!(s, "QA used test card 4111 1111 1111 1111 on staging; callback {phone}.").unwrap()
            }
            _ => writeln!(s, "Call back on {} about card ending 1234.", g.phone_us(f)).unwrap(),
        }
        s.push('\n');
    }
    files.insert(f.into(), s.into_bytes());

    // A German CRM export: `;`-separated, header names in German and camelCase,
    // plaintext passwords (the worst case a breach notice must name).
    let f = "crm_export.csv";
    let mut s = String::from("Vorname;Nachname;E-Mail-Adresse;Stadt;PLZ;Geburtsdatum;Kennwort;accountType\n");
    for _ in 0..60 {
        let (first, last) = (*g.r.pick(FIRST), *g.r.pick(LAST));
        g.t.at(Some("Vorname"));
        g.t.add(f, "name", first);
        g.t.at(Some("Nachname"));
        g.t.add(f, "name", last);
        g.t.at(Some("E-Mail-Adresse"));
        let email = g.email(f);
        let city = *g.r.pick(&["Berlin", "Hamburg", "Köln", "München"]);
        g.t.at(Some("Stadt"));
        g.t.add(f, "location", city);
        let plz = format!("{}", g.r.range(10000, 99999));
        g.t.at(Some("PLZ"));
        g.t.add(f, "location", plz.clone());
        let dob = format!(
            "19{}-{:02}-{:02}",
            g.r.range(50, 99),
            g.r.range(1, 12),
            g.r.range(1, 28)
        );
        g.t.at(Some("Geburtsdatum"));
        g.t.add(f, "date_of_birth", dob.clone());
        let pw = format!(
            "{}{}!",
            *g.r.pick(&["Sommer", "Winter", "Passwort", "Hallo"]),
            g.r.range(1000, 9999)
        );
        g.t.at(Some("Kennwort"));
        g.t.add(f, "password", pw.clone());
        let tier = *g.r.pick(&["basic", "premium"]);
        g.t.at(Some("accountType"));
        g.t.add(f, "account_type", tier);
        g.t.at(None);
        writeln!(s, "{first};{last};{email};{city};{plz};{dob};{pw};{tier}").unwrap();
    }
    files.insert(f.into(), s.into_bytes());

    // A CSV without a header row: fields are col1, col2, ...
    let f = "contacts_noheader.csv";
    let mut s = String::new();
    for i in 0..50 {
        g.t.at(Some("col2"));
        let email = g.email(f);
        g.t.at(Some("col3"));
        let ip = g.ipv4(f);
        g.t.at(None);
        writeln!(s, "{},{email},{ip},2024-02-{:02}", 500 + i, 1 + i % 28).unwrap();
    }
    files.insert(f.into(), s.into_bytes());

    // A pretty-printed JSON array of nested, camelCase profiles.
    let f = "profiles.json";
    let mut items = Vec::new();
    for i in 0..40 {
        let (first, last) = (*g.r.pick(FIRST), *g.r.pick(LAST));
        g.t.at(Some("firstName"));
        g.t.add(f, "name", first);
        g.t.at(Some("lastName"));
        g.t.add(f, "name", last);
        g.t.at(Some("emailAddress"));
        let email = g.email(f);
        let user = format!("{first}_{last}{}", g.r.below(100));
        g.t.at(Some("userName"));
        g.t.add(f, "username", user.clone());
        let city = *g.r.pick(CITIES);
        g.t.at(Some("address.city"));
        g.t.add(f, "location", city);
        let lat = format!("{:.5}", g.r.range(1_000_000, 60_000_000) as f64 / 1e6);
        let lng = format!("{:.5}", g.r.range(1_000_000, 150_000_000) as f64 / 1e6);
        // The two fields have their rows; the pair is one location.
        g.t.add_field_only(f, "address.geo.lat", "location", lat.clone());
        g.t.add_field_only(f, "address.geo.lng", "location", lng.clone());
        g.t.at(None);
        g.t.add(f, "location", format!("{lat},{lng}"));
        let pro = if i % 3 == 0 { "true" } else { "false" };
        g.t.at(Some("isPro"));
        g.t.add(f, "account_type", pro);
        g.t.at(None);
        items.push(format!(
            "  {{\n    \"firstName\": \"{first}\",\n    \"lastName\": \"{last}\",\n    \"emailAddress\": \"{email}\",\n    \"userName\": \"{user}\",\n    \"address\": {{\n      \"city\": \"{city}\",\n      \"geo\": {{\"lat\": {lat}, \"lng\": {lng}}}\n    }},\n    \"isPro\": {pro},\n    \"tags\": [\"photos\", \"travel\"]\n  }}"
        ));
    }
    files.insert(f.into(), format!("[\n{}\n]\n", items.join(",\n")).into_bytes());

    // A PostgreSQL dump with a COPY block.
    let f = "pg_dump.sql";
    let mut s = String::from("--\n-- PostgreSQL database dump\n--\n\nSET client_encoding = 'UTF8';\n\nCOPY public.accounts (id, username, email, country, plan, created_at) FROM stdin;\n");
    for i in 0..30 {
        let user = format!("{}{}", g.r.pick(FIRST), g.r.range(10, 99));
        g.t.at(Some("accounts.username"));
        g.t.add(f, "username", user.clone());
        g.t.at(Some("accounts.email"));
        let email = g.email(f);
        let country = *g.r.pick(&["France", "Germany", "Spain", "Japan"]);
        g.t.at(Some("accounts.country"));
        g.t.add(f, "location", country);
        let plan = *g.r.pick(&["free", "pro"]);
        g.t.at(Some("accounts.plan"));
        g.t.add(f, "account_type", plan);
        g.t.at(Some("accounts.created_at"));
        g.t.add(f, "activity", format!("{f}#{i}"));
        g.t.at(None);
        writeln!(
            s,
            "{}\t{user}\t{email}\t{country}\t{plan}\t2024-03-{:02} 12:00:00+00",
            i + 1,
            1 + i % 28
        )
        .unwrap();
    }
    s += "\\.\n\n";
    files.insert(f.into(), s.into_bytes());

    // sshd in auth.log: usernames tried and the addresses that tried them.
    let f = "auth.log";
    let mut s = String::new();
    for i in 0..30 {
        let user = *g.r.pick(&["admin", "oracle", "ubuntu", "deploy", "test"]);
        g.t.at(Some("user"));
        g.t.add(f, "username", user);
        g.t.at(Some("rhost"));
        let ip = g.ipv4(f);
        g.t.at(Some("timestamp"));
        g.t.add(f, "activity", format!("{f}#{i}"));
        g.t.at(None);
        let how = if i % 4 == 0 {
            "Accepted publickey for"
        } else {
            "Failed password for invalid user"
        };
        writeln!(
            s,
            "Mar {:>2} 04:{:02}:{:02} web1 sshd[{}]: {how} {user} from {ip} port {} ssh2",
            1 + i % 28,
            i % 60,
            (i * 7) % 60,
            2000 + i,
            50000 + i
        )
        .unwrap();
    }
    files.insert(f.into(), s.into_bytes());

    // An application log in logfmt.
    let f = "app.log";
    let mut s = String::new();
    for i in 0..40 {
        let user = format!("{}_{}", g.r.pick(FIRST), g.r.pick(LAST));
        g.t.at(Some("user"));
        g.t.add(f, "username", user.clone());
        g.t.at(Some("ip"));
        let ip = g.ipv4(f);
        g.t.at(Some("ts"));
        g.t.add(f, "activity", format!("{f}#{i}"));
        g.t.at(None);
        let action = *g.r.pick(&["upload", "login", "share"]);
        writeln!(s, "ts=2024-05-{:02}T09:{:02}:00Z level=info user={user} ip={ip} action={action} duration_ms={} msg=\"request done\"", 1 + i % 28, i % 60, 10 + i).unwrap();
    }
    files.insert(f.into(), s.into_bytes());

    // A column named email that holds SHA-256 digests: a hashed identifier.
    let f = "newsletter.csv";
    let mut s = String::from("email,subscribed_at\n");
    for i in 0..30 {
        writeln!(s, "{},2024-01-{:02}", g.r.chars(b"0123456789abcdef", 64), 1 + i % 28).unwrap();
    }
    files.insert(f.into(), s.into_bytes());

    // Free-text notes where 40% of the values hold an email.
    let f = "notes.csv";
    let mut s = String::from("id,notes\n");
    for i in 0..50 {
        if i % 5 < 2 {
            g.t.at(Some("notes"));
            let email = g.email(f);
            g.t.at(None);
            writeln!(s, "{i},\"Please contact {email} about the refund\"").unwrap();
        } else {
            writeln!(s, "{i},\"No contact info given\"").unwrap();
        }
    }
    files.insert(f.into(), s.into_bytes());

    // Negative controls: a product catalogue and a metrics file hold no
    // personal data (SKUs, prices, versions, 16-digit order ids, floats).
    let f = "catalogue.csv";
    let mut s = String::from("sku,product_name,price,version,order_id\n");
    for i in 0..40 {
        let order: String = (0..15).map(|_| char::from(b'0' + g.r.below(10) as u8)).collect();
        writeln!(
            s,
            "CAM-{:04},Camera Strap {},{}.99,2.{}.{},9{order}",
            i,
            i % 7,
            10 + i,
            i % 12,
            i % 5
        )
        .unwrap();
    }
    files.insert(f.into(), s.into_bytes());
    let f = "metrics.csv";
    let mut s = String::from("timestamp,host,cpu_pct,mem_mb,latency_ms\n");
    for i in 0..60 {
        writeln!(
            s,
            "2024-05-01T10:{:02}:00Z,web-{},{}.{:03},{}.5,{}.{:03}",
            i % 60,
            i % 3,
            i % 100,
            g.r.below(1000),
            2000 + i,
            i % 9,
            g.r.below(1000)
        )
        .unwrap();
    }
    files.insert(f.into(), s.into_bytes());

    // A shadow file: sha512-crypt hashes.
    let f = "etc/shadow";
    let mut s = String::new();
    for (i, user) in ["root", "deploy", "backup", "www"].iter().enumerate() {
        writeln!(s, "{user}:{}:19{}00:0:99999:7:::", g.sha512crypt(f), i).unwrap();
    }
    files.insert(f.into(), s.into_bytes());

    // A binary blob: NUL-separated text runs between non-ASCII bytes.
    let f = "blobs/session.bin";
    let mut b = Vec::new();
    for i in 0..64u8 {
        b.extend_from_slice(&[0, 0xff, 0xfe, 0x80 | i, 0]);
        if i % 16 == 0 {
            b.extend_from_slice(g.email(f).as_bytes());
            b.push(0);
        }
    }
    files.insert(f.into(), b);

    // UTF-16LE with a BOM (a Windows export).
    let f = "notes-utf16.txt";
    let text = format!("Contact {} or {}\r\n", g.email(f), g.phone_intl(f));
    let mut b = vec![0xFF, 0xFE];
    text.encode_utf16().for_each(|u| b.extend(u.to_le_bytes()));
    files.insert(f.into(), b);

    // Archives, compressed files, a database, a spreadsheet, Parquet, photos,
    // and broken or hostile containers.
    containers::containers(&mut g, &mut files);

    (files, g.t.to_json())
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let check = args.iter().any(|a| a == "--check");
    let dir = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .map_or("fixtures", String::as_str);
    let (files, truth) = generate();
    let truth_path = Path::new(dir)
        .parent()
        .unwrap_or(Path::new("."))
        .join("tests/ground-truth.json");
    let mut all: Vec<(std::path::PathBuf, Vec<u8>)> =
        files.into_iter().map(|(n, b)| (Path::new(dir).join(n), b)).collect();
    all.push((truth_path, truth.into_bytes()));
    let mut stale = Vec::new();
    for (path, bytes) in all {
        if check {
            if std::fs::read(&path).ok().as_deref() != Some(&bytes[..]) {
                stale.push(path.display().to_string());
            }
        } else {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, bytes).unwrap();
        }
    }
    if !stale.is_empty() {
        eprintln!(
            "fixtures are stale (regenerate with: cargo run --example gen_fixtures -- {dir}): {}",
            stale.join(", ")
        );
        std::process::exit(1);
    }
}
