//! A small breach whose ground truth is people, not values: the same person
//! under an email in a CSV export, the same email (spelled another way) in
//! an SQL dump, their username in an access log; households sharing a city;
//! two people with the same name; log lines with no identifier; emails in
//! free text. The truth is computed from the planted people, never from a
//! scan. Used by `tests/integration/people.rs`.
#![allow(dead_code)]

use super::{luhn_complete, Rng, B64, CITIES, FIRST, LAST};
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// What a correct report's `people` section says of the corpus.
#[derive(Debug, Default)]
pub struct PeopleTruth {
    pub total: u64,
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

    // An access log: persons 0..40 by username, three requests each, and
    // five requests with no user (each its own person).
    let ua = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";
    let mut s = String::new();
    let line = |s: &mut String, user: &str, r: &mut Rng, n: usize| {
        let ip = format!(
            "{}.{}.{}.{}",
            r.range(11, 90),
            r.range(0, 255),
            r.range(0, 255),
            r.range(1, 254)
        );
        writeln!(
            s,
            "{ip} - {user} [10/Oct/2024:13:{:02}:{:02} +0000] \"GET /photos/{} HTTP/1.1\" 200 {} \"-\" \"{ua}\"",
            n / 60 % 60,
            n % 60,
            8000 + n,
            500 + n
        )
        .unwrap();
    };
    let mut n = 0;
    for round in 0..3 {
        for (i, p) in people.iter().enumerate().take(40) {
            line(&mut s, &p.username, &mut r, n);
            n += 1;
            if round == 0 {
                exposed[i].extend(["username", "ip_address", "activity", "device"]);
            }
        }
    }
    for _ in 0..5 {
        line(&mut s, "-", &mut r, n);
        n += 1;
    }
    files.push(("access.log", s.into_bytes()));
    t.sources.insert("access.log", 45);
    t.unlinked_records = 5;

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

    t.total = people.iter().zip(&exposed).filter(|(_, e)| !e.is_empty()).count() as u64 + t.unlinked_records;
    for e in &mut exposed {
        e.sort_unstable();
        e.dedup();
        for c in e.iter() {
            *t.by_category.entry(c).or_default() += 1;
        }
    }
    for c in ["ip_address", "activity", "device"] {
        *t.by_category.entry(c).or_default() += t.unlinked_records;
    }
    (files, t)
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}
