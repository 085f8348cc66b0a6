//! Shared by the fixture and corpus generators: a seeded RNG, realistic value
//! makers (each records what it planted in a [`Truth`]), and the ground truth.
#![allow(dead_code)]

pub mod people;

use std::collections::{BTreeMap, BTreeSet};

pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    pub fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.below(hi - lo + 1)
    }
    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len() as u64) as usize]
    }
    pub fn chars(&mut self, alphabet: &[u8], n: usize) -> String {
        (0..n).map(|_| *self.pick(alphabet) as char).collect()
    }
}

pub const B64: &[u8] = b"./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
pub const B64URL: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
pub const FIRST: &[&str] = &[
    "ana", "bob", "chloe", "dmitri", "emma", "farid", "grace", "hiro", "ines", "jonas", "kemal", "lucia", "mateo",
    "nora", "olga", "pierre",
];
pub const LAST: &[&str] = &[
    "lopez", "smith", "martin", "ivanov", "muller", "haddad", "kim", "tanaka", "silva", "novak", "rossi", "dubois",
];
pub const DOMAINS: &[&str] = &[
    "gmail.com",
    "yahoo.fr",
    "proton.me",
    "outlook.com",
    "mail.ru",
    "web.de",
    "gmx.net",
];
pub const CITIES: &[&str] = &["Paris", "Lyon", "Berlin", "Madrid", "Porto", "Austin", "Osaka", "Leeds"];

/// Every planted value: (file, category, canonical value, placeholder?,
/// field). `field` is the structured field the value sits in, if any.
#[derive(Default)]
pub struct Truth {
    pub planted: Vec<(String, &'static str, String, bool, Option<String>)>,
    /// Values counted in their field's row but not in the totals (a
    /// latitude and a longitude: their pair is the one location).
    pub field_only: Vec<(String, &'static str, String, String)>,
    pub field: Option<String>,
    /// Only count matches per category (a large corpus): no values kept.
    pub count_only: bool,
    pub counts: BTreeMap<&'static str, u64>,
    /// Expected `skipped` entries: (path, the reason's stable beginning).
    pub skipped: Vec<(String, String)>,
}

impl Truth {
    pub fn add(&mut self, file: &str, cat: &'static str, canon: impl Into<String>) {
        *self.counts.entry(cat).or_default() += 1;
        if !self.count_only {
            self.planted
                .push((file.to_string(), cat, canon.into(), false, self.field.clone()));
        }
    }
    pub fn placeholder(&mut self, file: &str, cat: &'static str) {
        self.planted.push((file.to_string(), cat, String::new(), true, None));
    }
    /// A value of `field` counted in that field's row only.
    pub fn add_field_only(&mut self, file: &str, field: &str, cat: &'static str, canon: impl Into<String>) {
        self.field_only
            .push((file.to_string(), cat, canon.into(), field.to_string()));
    }
    /// Values added from now on sit in `field` (None: free text).
    pub fn at(&mut self, field: Option<&str>) {
        self.field = field.map(str::to_string);
    }

    pub fn to_json(&self) -> String {
        let mut cats: BTreeMap<&str, (u64, BTreeSet<&str>, BTreeSet<&str>)> = BTreeMap::new();
        let mut files: BTreeMap<&str, BTreeMap<&str, u64>> = BTreeMap::new();
        let mut placeholders: BTreeMap<&str, u64> = BTreeMap::new();
        let mut fields: BTreeMap<(&str, &str, &str), (u64, BTreeSet<&str>)> = BTreeMap::new();
        for (file, cat, canon, field) in &self.field_only {
            let e = fields.entry((file, field, cat)).or_default();
            e.0 += 1;
            e.1.insert(canon);
        }
        for (file, cat, canon, ph, field) in &self.planted {
            if let (false, Some(field)) = (*ph, field) {
                let e = fields.entry((file, field, cat)).or_default();
                e.0 += 1;
                e.1.insert(canon);
            }
            if *ph {
                *placeholders.entry(cat).or_default() += 1;
                continue;
            }
            let e = cats.entry(cat).or_default();
            e.0 += 1;
            e.1.insert(canon);
            e.2.insert(file);
            *files.entry(file).or_default().entry(cat).or_default() += 1;
        }
        let mut s = String::from(
            "{\n  \"generator\": \"cargo run --example gen_fixtures -- fixtures\",\n  \"categories\": {\n",
        );
        let rows: Vec<String> = cats
            .iter()
            .map(|(c, (m, d, f))| {
                format!(
                    "    \"{c}\": {{\"matches\": {m}, \"distinct\": {}, \"files\": {}}}",
                    d.len(),
                    f.len()
                )
            })
            .collect();
        s += &rows.join(",\n");
        s += "\n  },\n  \"placeholders\": {";
        let rows: Vec<String> = placeholders.iter().map(|(c, n)| format!("\"{c}\": {n}")).collect();
        s += &rows.join(", ");
        s += "},\n  \"files\": {\n";
        let rows: Vec<String> = files
            .iter()
            .map(|(f, m)| {
                let inner: Vec<String> = m.iter().map(|(c, n)| format!("\"{c}\": {n}")).collect();
                format!("    \"{f}\": {{{}}}", inner.join(", "))
            })
            .collect();
        s += &rows.join(",\n");
        s += "\n  },\n  \"fields\": [\n";
        let rows: Vec<String> = fields
            .iter()
            .map(|((file, field, cat), (m, d))| {
                format!("    {{\"file\": \"{file}\", \"field\": \"{field}\", \"category\": \"{cat}\", \"matches\": {m}, \"distinct\": {}}}", d.len())
            })
            .collect();
        s += &rows.join(",\n");
        s += "\n  ],\n  \"skipped\": [\n";
        let rows: Vec<String> = self
            .skipped
            .iter()
            .map(|(p, r)| format!("    {{\"path\": {p:?}, \"reason_starts_with\": {r:?}}}"))
            .collect();
        s += &rows.join(",\n");
        s += "\n  ]\n}\n";
        s
    }
}

pub fn luhn_complete(prefix: &str) -> String {
    for d in 0..10 {
        let s = format!("{prefix}{d}");
        let sum: u32 = s
            .bytes()
            .rev()
            .enumerate()
            .map(|(i, b)| {
                let v = u32::from(b - b'0');
                if i % 2 == 1 {
                    if v * 2 > 9 {
                        v * 2 - 9
                    } else {
                        v * 2
                    }
                } else {
                    v
                }
            })
            .sum();
        if sum.is_multiple_of(10) {
            return s;
        }
    }
    unreachable!()
}

pub fn iban_de(r: &mut Rng) -> String {
    let bban: String = (0..18).map(|_| char::from(b'0' + r.below(10) as u8)).collect();
    // Check digits: 98 - (BBAN + "DE00" as digits) mod 97; D=13, E=14.
    let digits = format!("{bban}131400");
    let rem = digits
        .bytes()
        .fold(0u32, |acc, b| (acc * 10 + u32::from(b - b'0')) % 97);
    format!("DE{:02}{bban}", 98 - rem)
}

pub struct Gen {
    pub r: Rng,
    pub t: Truth,
}

impl Gen {
    pub fn email(&mut self, file: &str) -> String {
        let e = format!(
            "{}.{}{}@{}",
            self.r.pick(FIRST),
            self.r.pick(LAST),
            self.r.below(60),
            self.r.pick(DOMAINS)
        );
        self.t.add(file, "email", e.clone());
        e
    }
    pub fn ipv4(&mut self, file: &str) -> String {
        let first = *self.r.pick(&[23u64, 31, 45, 62, 81, 85, 91, 101, 151, 178, 185, 212]);
        let ip = format!(
            "{first}.{}.{}.{}",
            self.r.below(256),
            self.r.below(256),
            self.r.range(1, 254)
        );
        self.t.add(file, "ip_address", ip.clone());
        ip
    }
    pub fn ipv6(&mut self, file: &str) -> String {
        let ip = format!(
            "2a02:{:x}:{:x}::{:x}",
            self.r.range(0x100, 0xffff),
            self.r.range(1, 0xffff),
            self.r.range(1, 0xffff)
        );
        self.t.add(file, "ip_address", ip.clone());
        ip
    }
    pub fn phone_us(&mut self, file: &str) -> String {
        let (a, e, l) = (self.r.range(201, 989), self.r.range(200, 554), self.r.range(0, 9999));
        self.t.add(file, "phone", format!("{a}{e}{l:04}"));
        format!("({a}) {e}-{l:04}")
    }
    pub fn phone_intl(&mut self, file: &str) -> String {
        let n: Vec<u64> = (0..4).map(|_| self.r.range(10, 99)).collect();
        self.t
            .add(file, "phone", format!("336{}{}{}{}", n[0], n[1], n[2], n[3]));
        format!("+33 6 {} {} {} {}", n[0], n[1], n[2], n[3])
    }
    pub fn card(&mut self, file: &str) -> String {
        let body: String = (0..14).map(|_| char::from(b'0' + self.r.below(10) as u8)).collect();
        let c = luhn_complete(&format!("4{body}"));
        self.t.add(file, "payment_card", c.clone());
        let sep = if self.r.below(2) == 0 { " " } else { "-" };
        format!("{}{sep}{}{sep}{}{sep}{}", &c[0..4], &c[4..8], &c[8..12], &c[12..16])
    }
    pub fn ssn(&mut self, file: &str) -> String {
        let area = loop {
            let a = self.r.range(1, 665);
            if a != 78 && a != 123 && a != 219 {
                break a;
            }
        };
        let (g, s) = (self.r.range(1, 99), self.r.range(1, 9999));
        self.t.add(file, "government_id", format!("{area:03}{g:02}{s:04}"));
        format!("{area:03}-{g:02}-{s:04}")
    }
    pub fn iban(&mut self, file: &str) -> String {
        let i = iban_de(&mut self.r);
        self.t.add(file, "bank_account", i.clone());
        i
    }
    pub fn mac(&mut self, file: &str) -> String {
        let b: Vec<String> = (0..6)
            .map(|i| format!("{:02x}", if i == 0 { 0x3c } else { self.r.below(256) }))
            .collect();
        let m = b.join(":");
        self.t.add(file, "device", m.replace(':', ""));
        m
    }
    pub fn coords(&mut self, file: &str) -> String {
        let lat = self.r.range(0, 120_000_000) as f64 / 1e6 - 60.0;
        let lon = self.r.range(0, 340_000_000) as f64 / 1e6 - 170.0;
        let c = format!("{lat:.5},{lon:.5}");
        self.t.add(file, "location", c.clone());
        c
    }
    pub fn bcrypt(&mut self, file: &str) -> String {
        let h = format!("$2b$12${}", self.r.chars(B64, 53));
        self.t.add(file, "password", h.clone());
        h
    }
    pub fn argon2(&mut self, file: &str) -> String {
        let h = format!(
            "$argon2id$v=19$m=65536,t=3,p=4${}${}",
            self.r.chars(&B64[2..], 22),
            self.r.chars(&B64[2..], 43)
        );
        self.t.add(file, "password", h.clone());
        h
    }
    pub fn sha512crypt(&mut self, file: &str) -> String {
        let h = format!("$6${}${}", self.r.chars(B64, 16), self.r.chars(B64, 86));
        self.t.add(file, "password", h.clone());
        h
    }
    pub fn aws(&mut self, file: &str) -> String {
        let k = format!("AKIA{}", self.r.chars(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16));
        self.t.add(file, "secret", k.clone());
        k
    }
    pub fn jwt(&mut self, file: &str) -> String {
        let sub = self.r.range(1000, 9999);
        // base64url of {"sub":"NNNN"} — exactly 18 bytes, no padding needed.
        let payload = b64url(format!("{{\"sub\":\"{sub}\"}}").as_bytes());
        let j = format!(
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.{payload}.{}",
            self.r.chars(B64URL, 43)
        );
        self.t.add(file, "secret", j.clone());
        j
    }
}

pub fn b64url(bytes: &[u8]) -> String {
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |acc, (i, &b)| acc | u32::from(b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(B64URL[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}
