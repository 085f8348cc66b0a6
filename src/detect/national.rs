//! National identifiers and their check digits: the validators of the
//! `government_id` detectors in `patterns/detectors.toml`, and the schemes a
//! field's values are tested against (`classify::profile`), so that a column
//! of Dutch BSNs is found by its 11-proof whatever its header says.
//!
//! Each scheme says how often a number that is not an id of its kind passes
//! its check by chance (`chance`): a column counts as ids only when far more
//! of its values pass.

use super::validate::{luhn, Candidate, Verdict};

/// A national identifier scheme checked on digits alone.
#[derive(Clone, Copy, Debug)]
pub struct Scheme {
    pub id: &'static str,
    /// What it is, for a field note.
    pub what: &'static str,
    pub digits: usize,
    /// The share of random digit strings of this length that pass.
    pub chance: f64,
    check: fn(&[u8]) -> bool,
}

/// The schemes tested on digit-only values, by length.
pub const SCHEMES: [Scheme; 13] = [
    Scheme { id: "bsn", what: "Dutch BSN (11-proof)", digits: 9, chance: 0.09, check: bsn },
    Scheme { id: "sin", what: "Canadian SIN (Luhn)", digits: 9, chance: 0.08, check: sin },
    Scheme { id: "tfn", what: "Australian TFN (weighted mod 11)", digits: 9, chance: 0.09, check: tfn },
    Scheme { id: "personnummer", what: "Swedish personnummer (date and Luhn)", digits: 10, chance: 0.01, check: personnummer },
    Scheme { id: "pesel", what: "Polish PESEL (date and weighted check)", digits: 11, chance: 0.02, check: pesel },
    Scheme { id: "cpf", what: "Brazilian CPF (two mod-11 digits)", digits: 11, chance: 0.01, check: cpf },
    Scheme { id: "insz", what: "Belgian INSZ/NISS (date and mod 97)", digits: 11, chance: 0.01, check: insz },
    Scheme { id: "steuer_id", what: "German Steuer-ID (ISO 7064 mod 11,10)", digits: 11, chance: 0.09, check: steuer_id },
    Scheme { id: "my_number", what: "Japanese My Number (mod 11)", digits: 12, chance: 0.1, check: my_number },
    Scheme { id: "aadhaar", what: "Indian Aadhaar (Verhoeff)", digits: 12, chance: 0.08, check: aadhaar },
    Scheme { id: "medicare", what: "Australian Medicare number (weighted check)", digits: 10, chance: 0.05, check: medicare },
    Scheme { id: "inn", what: "Russian personal INN (two check digits)", digits: 12, chance: 0.01, check: inn },
    Scheme { id: "teudat_zehut", what: "Israeli identity number (Luhn-like check)", digits: 9, chance: 0.1, check: teudat_zehut },
];

/// Korean RRN is 13 digits (with a date and a weighted check): tested too.
const RRN: Scheme = Scheme { id: "rrn", what: "Korean RRN (date and weighted check)", digits: 13, chance: 0.01, check: rrn };

/// Every scheme, for iteration by index.
pub fn schemes() -> impl Iterator<Item = (usize, &'static Scheme)> {
    SCHEMES.iter().chain(std::iter::once(&RRN)).enumerate()
}

pub const SCHEME_COUNT: usize = SCHEMES.len() + 1;

/// The digits of `v` when it is written as an id is (digits, maybe grouped
/// by spaces, dots or dashes), at most 13 of them.
pub fn digits(v: &[u8]) -> Option<([u8; 13], usize)> {
    let mut out = [0u8; 13];
    let mut n = 0;
    for &b in v {
        match b {
            b'0'..=b'9' => {
                if n == out.len() {
                    return None;
                }
                out[n] = b - b'0';
                n += 1;
            }
            b' ' | b'-' | b'.' | b'/' => {}
            _ => return None,
        }
    }
    Some((out, n))
}

/// Calls `pass(i)` for each scheme (its index in [`schemes`]) that `v`
/// passes.
#[cfg(test)]
pub fn passes(v: &[u8], pass: impl FnMut(usize)) {
    if let Some((d, n)) = digits(v) {
        passes_digits(&d[..n], pass);
    }
}

/// [`passes`] on digit values already taken out of their written form.
pub fn passes_digits(d: &[u8], mut pass: impl FnMut(usize)) {
    let n = d.len();
    if !(9..=13).contains(&n) || d.iter().all(|&x| x == d[0]) {
        return;
    }
    for (i, s) in schemes() {
        if s.digits == n && (s.check)(d) {
            pass(i);
        }
    }
}

fn weighted(d: &[u8], w: &[u32]) -> u32 {
    d.iter().zip(w).map(|(&x, &w)| u32::from(x) * w).sum()
}

fn bsn(d: &[u8]) -> bool {
    let s = i64::from(weighted(&d[..8], &[9, 8, 7, 6, 5, 4, 3, 2])) - i64::from(d[8]);
    s > 0 && s % 11 == 0
}

fn sin(d: &[u8]) -> bool {
    let ascii: Vec<u8> = d.iter().map(|x| x + b'0').collect();
    !matches!(d[0], 0 | 8) && luhn(&ascii)
}

fn tfn(d: &[u8]) -> bool {
    weighted(d, &[1, 4, 3, 7, 5, 8, 6, 9, 10]).is_multiple_of(11)
}

fn date_ok(m: u32, day: u32) -> bool {
    (1..=12).contains(&m) && (1..=31).contains(&day)
}

fn num(d: &[u8]) -> u64 {
    d.iter().fold(0, |a, &x| a * 10 + u64::from(x))
}

fn personnummer(d: &[u8]) -> bool {
    let ascii: Vec<u8> = d.iter().map(|x| x + b'0').collect();
    let (m, day) = (num(&d[2..4]) as u32, num(&d[4..6]) as u32);
    // Samordningsnummer add 60 to the day.
    let day = if day > 60 { day - 60 } else { day };
    date_ok(m, day) && luhn(&ascii)
}

fn pesel(d: &[u8]) -> bool {
    let m = num(&d[2..4]) as u32 % 20;
    let day = num(&d[4..6]) as u32;
    let s = weighted(&d[..10], &[1, 3, 7, 9, 1, 3, 7, 9, 1, 3]);
    date_ok(m, day) && (10 - s % 10) % 10 == u32::from(d[10])
}

fn cpf(d: &[u8]) -> bool {
    let check = |n: usize| {
        let s: u32 = (0..n).map(|i| u32::from(d[i]) * (n as u32 + 1 - i as u32)).sum();
        (s * 10 % 11) % 10
    };
    check(9) == u32::from(d[9]) && check(10) == u32::from(d[10])
}

fn insz(d: &[u8]) -> bool {
    let (m, day) = (num(&d[2..4]) as u32, num(&d[4..6]) as u32);
    // Bis numbers add 20 or 40 to the month; month 0 is an unknown date.
    let m = m % 20;
    if m > 12 || day > 31 {
        return false;
    }
    let base = num(&d[..9]);
    let check = num(&d[9..11]);
    97 - base % 97 == check || 97 - (2_000_000_000 + base) % 97 == check
}

fn steuer_id(d: &[u8]) -> bool {
    if d[0] == 0 {
        return false;
    }
    let mut product = 10u32;
    for &x in &d[..10] {
        let mut sum = (u32::from(x) + product) % 10;
        if sum == 0 {
            sum = 10;
        }
        product = (2 * sum) % 11;
    }
    let check = (11 - product) % 10;
    check == u32::from(d[10])
}

fn my_number(d: &[u8]) -> bool {
    let s: u32 = (1..=11)
        .map(|n| {
            let p = u32::from(d[11 - n]);
            let q = if n <= 6 { n as u32 + 1 } else { n as u32 - 5 };
            p * q
        })
        .sum();
    let r = s % 11;
    let check = if r <= 1 { 0 } else { 11 - r };
    check == u32::from(d[11])
}

fn aadhaar(d: &[u8]) -> bool {
    const MUL: [[u8; 10]; 10] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
        [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
        [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
        [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
        [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
        [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
        [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
        [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
        [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
    ];
    const PERM: [[u8; 10]; 8] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
        [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
        [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
        [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
        [9, 4, 5, 3, 1, 2, 8, 7, 6, 0],
        [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
        [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
        [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
    ];
    if d[0] < 2 {
        return false;
    }
    let mut c = 0u8;
    for (i, &x) in d.iter().rev().enumerate() {
        c = MUL[usize::from(c)][usize::from(PERM[i % 8][usize::from(x)])];
    }
    c == 0
}

/// Australian Medicare: a card number whose ninth digit checks the first
/// eight (weights 1 3 7 9), then the issue number.
fn medicare(d: &[u8]) -> bool {
    (2..=6).contains(&d[0]) && weighted(&d[..8], &[1, 3, 7, 9, 1, 3, 7, 9]) % 10 == u32::from(d[8])
}

/// Israeli Teudat Zehut: digits weighted 1, 2, 1, 2 …, the digits of
/// each product summed, a multiple of ten.
fn teudat_zehut(d: &[u8]) -> bool {
    let s: u32 = d
        .iter()
        .enumerate()
        .map(|(i, &x)| {
            let p = u32::from(x) * if i % 2 == 0 { 1 } else { 2 };
            p / 10 + p % 10
        })
        .sum();
    s.is_multiple_of(10)
}

/// Whether `d` starts with a date (see [`date_year`]).
#[cfg(test)]
fn starts_with_date(d: &[u8]) -> bool {
    date_year(d).is_some()
}

/// The two-digit year of the calendar date that `d` (digit values) starts
/// with, if it starts with one: year first (`YYMMDD`: Swedish, Polish,
/// Czech, South African, Korean ids) or day first (`DDMMYY`: Norwegian,
/// Danish), months as national ids encode them (+20/+40/+60/+80 for the
/// century in PESEL, +50 for women in the Czech rodné číslo).
pub fn date_year(d: &[u8]) -> Option<u8> {
    if d.len() < 6 {
        return None;
    }
    let two = |i: usize| u32::from(d[i]) * 10 + u32::from(d[i + 1]);
    let month = |m: u32| (1..=12).contains(&(m % 20)) || (51..=62).contains(&m);
    let day = |x: u32| (1..=31).contains(&x) || (41..=71).contains(&x);
    if month(two(2)) && day(two(4)) {
        Some(two(0) as u8)
    } else if day(two(0)) && month(two(2)) {
        Some(two(4) as u8)
    } else {
        None
    }
}

/// Russian INN of a person: 12 digits, the last two checking the rest.
fn inn(d: &[u8]) -> bool {
    let c1 = weighted(&d[..10], &[7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11 % 10;
    let c2 = weighted(&d[..11], &[3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11 % 10;
    c1 == u32::from(d[10]) && c2 == u32::from(d[11])
}

/// Mexican CURP: 18 characters whose last digit checks the other 17.
pub fn v_curp(c: &Candidate) -> Verdict {
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ";
    let b = c.bytes();
    if b.len() != 18 {
        return Verdict::Invalid;
    }
    let mut sum = 0u32;
    for (i, &x) in b[..17].iter().enumerate() {
        let Some(v) = ALPHABET.iter().position(|&a| a == x.to_ascii_uppercase()) else {
            return Verdict::Invalid;
        };
        sum += v as u32 * (18 - i as u32);
    }
    if (10 - sum % 10) % 10 == u32::from(b[17].wrapping_sub(b'0')) {
        Verdict::Valid
    } else {
        Verdict::Invalid
    }
}

fn rrn(d: &[u8]) -> bool {
    let (m, day) = (num(&d[2..4]) as u32, num(&d[4..6]) as u32);
    let s = weighted(&d[..12], &[2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]);
    date_ok(m, day) && (1..=8).contains(&d[6]) && (11 - s % 11) % 10 == u32::from(d[12])
}

// ---- validators of detectors (free text and any field) ---------------------

fn scheme_validator(c: &Candidate, id: &str) -> Verdict {
    let Some((d, n)) = digits(c.bytes()) else { return Verdict::Invalid };
    let Some((_, s)) = schemes().find(|(_, s)| s.id == id) else { return Verdict::Invalid };
    if n != s.digits || d[..n].iter().all(|&x| x == d[0]) || !(s.check)(&d[..n]) {
        return Verdict::Invalid;
    }
    // Not the middle of a longer number or code.
    let glued = |b: Option<u8>| b.is_some_and(|b| b.is_ascii_alphanumeric());
    if glued(c.start.checked_sub(1).map(|i| c.hay[i])) || glued(c.hay.get(c.end).copied()) {
        return Verdict::Invalid;
    }
    Verdict::Valid
}

pub fn v_bsn(c: &Candidate) -> Verdict {
    scheme_validator(c, "bsn")
}
pub fn v_sin(c: &Candidate) -> Verdict {
    scheme_validator(c, "sin")
}
pub fn v_tfn(c: &Candidate) -> Verdict {
    scheme_validator(c, "tfn")
}
pub fn v_personnummer(c: &Candidate) -> Verdict {
    // The century form (`19850412-1234`) drops its first two digits.
    let b = c.bytes();
    if b.len() >= 12 && b[..8].iter().all(u8::is_ascii_digit) {
        let Some((d, 10)) = digits(&b[2..]) else { return Verdict::Invalid };
        return if matches!(&b[..2], b"19" | b"20") && personnummer(&d[..10]) {
            Verdict::Valid
        } else {
            Verdict::Invalid
        };
    }
    scheme_validator(c, "personnummer")
}
pub fn v_pesel(c: &Candidate) -> Verdict {
    scheme_validator(c, "pesel")
}
pub fn v_cpf(c: &Candidate) -> Verdict {
    scheme_validator(c, "cpf")
}
pub fn v_insz(c: &Candidate) -> Verdict {
    scheme_validator(c, "insz")
}
pub fn v_steuer_id(c: &Candidate) -> Verdict {
    scheme_validator(c, "steuer_id")
}
pub fn v_my_number(c: &Candidate) -> Verdict {
    scheme_validator(c, "my_number")
}
pub fn v_aadhaar(c: &Candidate) -> Verdict {
    scheme_validator(c, "aadhaar")
}
pub fn v_rrn(c: &Candidate) -> Verdict {
    scheme_validator(c, "rrn")
}

/// A national id after its name (`BSN: 111222333`, `マイナンバーは…`): the
/// digits that end the match pass the check of some scheme of their length.
pub fn v_named(c: &Candidate) -> Verdict {
    let b = c.bytes();
    // The digits and separators the match ends with.
    let start = b
        .iter()
        .rposition(|x| !(x.is_ascii_digit() || matches!(x, b' ' | b'-' | b'.')))
        .map_or(0, |i| i + 1);
    let Some((d, n)) = digits(b[start..].trim_ascii()) else {
        return Verdict::Invalid;
    };
    let mut ok = false;
    passes_digits(&d[..n], |_| ok = true);
    if ok {
        Verdict::Valid
    } else {
        Verdict::Invalid
    }
}

/// Spanish DNI (8 digits and a letter) and NIE (X, Y or Z, 7 digits and a
/// letter): the letter is the number mod 23.
pub fn v_dni(c: &Candidate) -> Verdict {
    const LETTERS: &[u8; 23] = b"TRWAGMYFPDXBNJZSQVHLCKE";
    let b: Vec<u8> = c.bytes().iter().copied().filter(|&x| x != b'-' && x != b' ').collect();
    if b.len() != 9 {
        return Verdict::Invalid;
    }
    let lead = match b[0].to_ascii_uppercase() {
        b'X' => 0,
        b'Y' => 1,
        b'Z' => 2,
        x if x.is_ascii_digit() => u64::from(x - b'0'),
        _ => return Verdict::Invalid,
    };
    if !b[1..8].iter().all(u8::is_ascii_digit) {
        return Verdict::Invalid;
    }
    let n = b[1..8].iter().fold(lead, |a, &x| a * 10 + u64::from(x - b'0'));
    if n == 0 {
        return Verdict::Invalid;
    }
    if LETTERS[(n % 23) as usize] == b[8].to_ascii_uppercase() {
        Verdict::Valid
    } else {
        Verdict::Invalid
    }
}

/// Italian codice fiscale: 16 characters whose last is a check letter.
pub fn v_codice_fiscale(c: &Candidate) -> Verdict {
    const ODD: [u32; 36] = [
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, // 0-9
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23, // A-Z
    ];
    let b = c.bytes();
    if b.len() != 16 || !b.iter().all(u8::is_ascii_alphanumeric) {
        return Verdict::Invalid;
    }
    let value = |x: u8| -> usize {
        let x = x.to_ascii_uppercase();
        if x.is_ascii_digit() {
            usize::from(x - b'0')
        } else {
            usize::from(x - b'A') + 10
        }
    };
    let mut sum = 0u32;
    for (i, &x) in b[..15].iter().enumerate() {
        let v = value(x);
        sum += if i % 2 == 0 {
            ODD[v]
        } else if v >= 10 {
            (v - 10) as u32
        } else {
            v as u32
        };
    }
    if u32::from(b[15].to_ascii_uppercase() - b'A') == sum % 26 {
        Verdict::Valid
    } else {
        Verdict::Invalid
    }
}

/// French NIR (numéro de sécurité sociale): 13 characters (Corsica's `2A`,
/// `2B` in the department) and a key, 97 minus the number mod 97.
pub fn v_nir(c: &Candidate) -> Verdict {
    let b: Vec<u8> = c.bytes().iter().copied().filter(|&x| x != b' ').collect();
    if b.len() != 15 || !matches!(b[0], b'1' | b'2' | b'7' | b'8') {
        return Verdict::Invalid;
    }
    let mut body = String::from_utf8_lossy(&b[..13]).to_ascii_uppercase();
    let shift = if body[5..7].eq("2A") {
        1_000_000
    } else if body[5..7].eq("2B") {
        2_000_000
    } else {
        0
    };
    body = body.replace("2A", "19").replace("2B", "18");
    let (Ok(n), Ok(key)) = (body.parse::<u64>(), String::from_utf8_lossy(&b[13..]).parse::<u64>()) else {
        return Verdict::Invalid;
    };
    let n = n - shift;
    let month = num(&b[3..5].iter().map(|x| x.wrapping_sub(b'0')).collect::<Vec<_>>());
    if !(1..=12).contains(&month) && !(20..=42).contains(&month) && month < 50 {
        return Verdict::Invalid;
    }
    if 97 - n % 97 == key {
        Verdict::Valid
    } else {
        Verdict::Invalid
    }
}

/// UK National Insurance number: two letters (not D, F, I, Q, U, V; the
/// second not O; not BG, GB, NK, KN, TN, NT, ZZ), six digits, A to D.
pub fn v_nino(c: &Candidate) -> Verdict {
    let b: Vec<u8> = c
        .bytes()
        .iter()
        .filter(|x| **x != b' ')
        .map(u8::to_ascii_uppercase)
        .collect();
    if b.len() != 9 {
        return Verdict::Invalid;
    }
    let bad = |x: u8| matches!(x, b'D' | b'F' | b'I' | b'Q' | b'U' | b'V');
    let prefix = &b[..2];
    if bad(b[0]) || bad(b[1]) || b[1] == b'O' || [b"BG", b"GB", b"NK", b"KN", b"TN", b"NT", b"ZZ"].iter().any(|p| prefix == *p) {
        return Verdict::Invalid;
    }
    if b[2..8].iter().all(u8::is_ascii_digit) && (b'A'..=b'D').contains(&b[8]) {
        Verdict::Valid
    } else {
        Verdict::Invalid
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(v: &str) -> Vec<&'static str> {
        let mut ids = Vec::new();
        passes(v.as_bytes(), |i| ids.push(schemes().nth(i).unwrap().1.id));
        ids
    }

    #[test]
    fn check_digits() {
        assert!(ok("111222333").contains(&"bsn"));
        assert!(!ok("111222334").contains(&"bsn"));
        assert!(ok("130 692 544").contains(&"sin") && !ok("046 454 286").contains(&"sin"));
        assert!(ok("123 456 782").contains(&"tfn"));
        assert!(ok("44051401359").contains(&"pesel"));
        assert!(ok("529.982.247-25").contains(&"cpf"));
        assert!(ok("85.07.30-033.28").contains(&"insz"));
        assert!(ok("86095742719").contains(&"steuer_id"));
        assert!(ok("123456789018").contains(&"my_number"));
        assert!(ok("2345 6789 0124").contains(&"aadhaar"));
        assert!(!ok("234567890125").contains(&"aadhaar"));
        assert!(ok("811218-9876").contains(&"personnummer"));
        assert!(ok("2123 45670 1").contains(&"medicare"));
        assert!(!ok("2123 45680 1").contains(&"medicare"));
        assert!(ok("500100732259").contains(&"inn"));
        assert!(ok("000000018").contains(&"teudat_zehut") && !ok("000000019").contains(&"teudat_zehut"));
        let n = |s: &str| s.bytes().map(|b| b - b'0').collect::<Vec<u8>>();
        assert!(starts_with_date(&n("8501154800089")) && starts_with_date(&n("15018512345")));
        assert!(!starts_with_date(&n("100001")) && !starts_with_date(&n("993399")));
        assert!(ok("900101-1234568").contains(&"rrn"));
    }
}
