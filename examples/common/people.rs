//! A small breach whose ground truth is people, not values: the same person
//! under an email in a CSV export, the same email (spelled another way) in
//! an SQL dump, their username in an access log; uploads that name their
//! user only by a declared foreign key (one of them a user missing from the dump);
//! profiles under a key with their devices and children nested; households
//! sharing a city; two people with the same name; log lines with no
//! identifier, one from a known user's address; emails in free text. The
//! truth is computed from the planted people, never from a scan. Used by
//! `tests/integration/people.rs`.
#![allow(dead_code)]

use super::{luhn_complete, Rng, B64, CITIES, FIRST, LAST};
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// What a correct report's `people` section says of the corpus.
#[derive(Debug, Default)]
pub struct PeopleTruth {
    pub total: u64,
    pub low: u64,
    pub high: u64,
    pub unlinked_records: u64,
    pub by_category: BTreeMap<&'static str, u64>,
    pub sources: BTreeMap<&'static str, u64>,
    pub unattributed_values: u64,
}

struct Person {
    first: &'static str,
    last: &'static str,
    email: String,
    username: String,
    city: &'static str,
}

/// The files (relative path, bytes) and their truth.
pub fn corpus() -> (Vec<(&'static str, Vec<u8>)>, PeopleTruth) {
    let mut r = Rng(0x9E0_91E5);
    let people: Vec<Person> = (0..120)
        .map(|i| {
            // Persons 0 and 1 share a name; they are two people.
            let (first, last) = if i < 2 {
                ("anna", "berg")
            } else {
                (*r.pick(FIRST), *r.pick(LAST))
            };
            let domain = if i % 3 == 0 {
                "gmail.com"
            } else {
                *r.pick(&["web.de", "mail.ru", "yahoo.fr"])
            };
            Person {
                first,
                last,
                email: format!("{first}.{last}{i}@{domain}"),
                username: format!("{first}_{last}{i}"),
                city: CITIES[i % 3], // households: three cities for everyone
            }
        })
        .collect();
    let mut files = Vec::new();
    let mut t = PeopleTruth::default();
    let mut exposed: Vec<Vec<&'static str>> = vec![Vec::new(); people.len()];

    // The users export: persons 0..100.
    let mut s = String::from("id,first_name,last_name,email,username,city,plan\n");
    for (i, p) in people.iter().enumerate().take(100) {
        let plan = *r.pick(&["free", "pro", "business"]);
        let first = capitalise(p.first);
        let last = capitalise(p.last);
        writeln!(
            s,
            "{},{first},{last},{},{},{},{plan}",
            1000 + i,
            p.email,
            p.username,
            p.city
        )
        .unwrap();
        exposed[i].extend(["email", "name", "username", "location", "account_type"]);
    }
    files.push(("users.csv", s.into_bytes()));
    t.sources.insert("users.csv", 100);

    // The accounts table of an SQL dump: persons 50..120; Gmail addresses
    // spelled as their owners type them (case, dots, +tags).
    let mut s = String::from(
        "CREATE TABLE `accounts` (\n  `id` int NOT NULL,\n  `email` varchar(255),\n  `password_hash` varchar(64),\n  `signup_ip` varchar(45)\n);\n",
    );
    for (i, p) in people.iter().enumerate().skip(50) {
        let email = if p.email.ends_with("@gmail.com") {
            let local = p.email.split('@').next().unwrap_or_default().replace('.', "");
            format!("{}+photos@GMail.com", local.to_uppercase())
        } else {
            p.email.clone()
        };
        let hash = format!("$2b$12${}", r.chars(B64, 53));
        let ip = format!(
            "{}.{}.{}.{}",
            r.range(11, 90),
            r.range(0, 255),
            r.range(0, 255),
            r.range(1, 254)
        );
        writeln!(
            s,
            "INSERT INTO `accounts` VALUES ({},'{email}','{hash}','{ip}');",
            1000 + i
        )
        .unwrap();
        exposed[i].extend(["email", "password", "ip_address"]);
    }
    files.push(("dump.sql", s.into_bytes()));
    t.sources.insert("dump.sql", 70);

    // Uploads naming their user only by `owner_id`, which the DDL declares
    // a reference to `users` (the users export's `id`): persons 0..20,
    // three each, and two of a user not in the dump (one more person).
    let mut s = String::from(
        "CREATE TABLE `uploads` (\n  `id` int NOT NULL,\n  `owner_id` int NOT NULL,\n  `uploaded_at` datetime,\n  `upload_ip` varchar(45),\n  CONSTRAINT `uploads_owner` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`)\n);\n",
    );
    let upload = |s: &mut String, user: usize, r: &mut Rng, n: usize| {
        writeln!(
            s,
            "INSERT INTO `uploads` VALUES ({},{user},'2024-0{}-{:02} 1{}:{:02}:00','{}.{}.{}.{}');",
            70_000 + n,
            1 + n % 9,
            1 + n % 28,
            n % 10,
            n % 60,
            r.range(11, 90),
            r.range(0, 255),
            r.range(0, 255),
            r.range(1, 254)
        )
        .unwrap();
    };
    for (i, e) in exposed.iter_mut().enumerate().take(20) {
        for k in 0..3 {
            upload(&mut s, 1000 + i, &mut r, 3 * i + k);
        }
        e.extend(["ip_address", "activity"]);
    }
    upload(&mut s, 5000, &mut r, 60);
    upload(&mut s, 5000, &mut r, 61);
    files.push(("uploads.sql", s.into_bytes()));
    t.sources.insert("uploads.sql", 21);
    let missing_user = 1;

    // Profiles under a key, each with its devices (its own data) and a
    // child (a person known only by a name): persons 103..107.
    let mut s = String::from("{\"profiles\": [\n");
    for (k, i) in (103..107).enumerate() {
        let p = &people[i];
        let child = format!("{} {}", ["Liv", "Oskar", "Mila", "Theo"][k], capitalise(p.last));
        writeln!(
            s,
            "{}{{\"email\": \"{}\", \"name\": \"{} {}\", \"devices\": [{{\"ip\": \"81.2.{k}.{}\"}}], \"children\": [{{\"name\": \"{child}\"}}]}}",
            if k == 0 { "" } else { "," },
            p.email,
            capitalise(p.first),
            capitalise(p.last),
            10 + k
        )
        .unwrap();
        exposed[i].extend(["email", "name", "ip_address"]);
    }
    s.push_str("]}\n");
    files.push(("profiles.json", s.into_bytes()));
    t.sources.insert("profiles.json", 8);
    let children = 4;

    // An access log: persons 0..40 by username, three requests each, and
    // five requests with no user from three addresses: one of them person
    // 0's (theirs), two no one's (at most two more people).
    let ua = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";
    let mut s = String::new();
    let mut first_ip = String::new();
    let line = |s: &mut String, user: &str, r: &mut Rng, n: usize, ip: Option<&str>| -> String {
        let ip = ip.map(str::to_string).unwrap_or_else(|| {
            format!(
                "{}.{}.{}.{}",
                r.range(11, 90),
                r.range(0, 255),
                r.range(0, 255),
                r.range(1, 254)
            )
        });
        writeln!(
            s,
            "{ip} - {user} [10/Oct/2024:13:{:02}:{:02} +0000] \"GET /photos/{} HTTP/1.1\" 200 {} \"-\" \"{ua}\"",
            n / 60 % 60,
            n % 60,
            8000 + n,
            500 + n
        )
        .unwrap();
        ip
    };
    let mut n = 0;
    for round in 0..3 {
        for (i, p) in people.iter().enumerate().take(40) {
            let ip = line(&mut s, &p.username, &mut r, n, None);
            if n == 0 {
                first_ip = ip;
            }
            n += 1;
            if round == 0 {
                exposed[i].extend(["username", "ip_address", "activity", "device"]);
            }
        }
    }
    for ip in [
        first_ip.as_str(),
        "93.184.216.7",
        "93.184.216.7",
        "93.184.216.8",
        first_ip.as_str(),
    ] {
        line(&mut s, "-", &mut r, n, Some(ip));
        n += 1;
    }
    files.push(("access.log", s.into_bytes()));
    t.sources.insert("access.log", 40);
    t.unlinked_records = 5;
    let visitors = 2;

    // Card payments of persons 10..13.
    let mut s = String::from("email,card_number,amount\n");
    for (i, p) in people.iter().enumerate().skip(10).take(3) {
        let card = luhn_complete(&format!("4539{:011}", r.below(100_000_000_000)));
        writeln!(s, "{},{card},{}.00", p.email, 10 + i).unwrap();
        exposed[i].extend(["email", "payment_card"]);
    }
    files.push(("payments.csv", s.into_bytes()));
    t.sources.insert("payments.csv", 3);

    // Free text: values, but no records to tie them to a person.
    let s = format!(
        "Escalation: {} and {} asked for their data; {} too.\n",
        people[100].email, people[101].email, people[102].email
    );
    files.push(("notes.txt", s.into_bytes()));
    t.unattributed_values = 3;

    t.low = people.iter().zip(&exposed).filter(|(_, e)| !e.is_empty()).count() as u64 + missing_user;
    t.total = t.low + children;
    t.unlinked_records += children; // tied by a name only
    t.high = t.total + visitors;
    for e in &mut exposed {
        e.sort_unstable();
        e.dedup();
        for c in e.iter() {
            *t.by_category.entry(c).or_default() += 1;
        }
    }
    for c in ["ip_address", "activity"] {
        *t.by_category.entry(c).or_default() += missing_user;
    }
    *t.by_category.entry("name").or_default() += children;
    (files, t)
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}
