//! Payment cards: issuer ranges, lengths and the Luhn check, from `patterns/cards.toml`; test cards and identifiers that merely pass Luhn refused.

use super::*;

/// The Luhn (mod 10) check over ASCII digits.
pub fn luhn(digits: &[u8]) -> bool {
    let mut sum = 0u32;
    for (i, d) in digits.iter().rev().enumerate() {
        let mut v = u32::from(d - b'0');
        if i % 2 == 1 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    sum.is_multiple_of(10)
}

/// `patterns/cards.toml`: issuer ranges and the keys that name identifiers.
pub const CARDS_TOML: &str = include_str!("../../../patterns/cards.toml");

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct CardFile {
    brand: Vec<BrandSpec>,
    context: ContextSpec,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct BrandSpec {
    name: String,
    prefixes: Vec<String>,
    lengths: Vec<usize>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ContextSpec {
    identifier_keys: Vec<String>,
}

/// The card rules, parsed once.
pub struct Cards {
    /// (brand, first digits low, high, how many digits, lengths).
    ranges: Vec<(usize, u64, u64, usize, Vec<usize>)>,
    brands: Vec<String>,
    identifier_keys: Vec<String>,
}

impl Cards {
    /// Parses a card rules file (the schema of `patterns/cards.toml`).
    pub fn parse(text: &str) -> Result<Cards, String> {
        let file: CardFile = toml::from_str(text).map_err(|e| format!("cards.toml: {e}"))?;
        let mut ranges = Vec::new();
        let mut brands = Vec::new();
        for (i, b) in file.brand.iter().enumerate() {
            brands.push(b.name.clone());
            for p in &b.prefixes {
                let (lo, hi) = p.split_once('-').unwrap_or((p, p));
                let num = |x: &str| {
                    x.parse::<u64>()
                        .map_err(|_| format!("cards.toml: brand {}: '{p}' is not a prefix or a range", b.name))
                };
                if lo.len() != hi.len() || lo.is_empty() {
                    return Err(format!(
                        "cards.toml: brand {}: '{p}': both ends need as many digits",
                        b.name
                    ));
                }
                ranges.push((i, num(lo)?, num(hi)?, lo.len(), b.lengths.clone()));
            }
        }
        Ok(Cards {
            ranges,
            brands,
            identifier_keys: file.context.identifier_keys,
        })
    }

    /// The brand whose issuer range and lengths fit these digits.
    pub fn brand(&self, digits: &[u8]) -> Option<&str> {
        self.ranges
            .iter()
            .find(|(_, lo, hi, k, lengths)| {
                digits.len() >= *k
                    && lengths.contains(&digits.len())
                    && text(&digits[..*k])
                        .parse::<u64>()
                        .is_ok_and(|p| (*lo..=*hi).contains(&p))
            })
            .map(|(i, ..)| self.brands[*i].as_str())
    }

    /// Whether `key` (lower case) names an identifier: `id`, `trace_id`.
    fn is_identifier_key(&self, key: &str) -> bool {
        self.identifier_keys.iter().any(|k| {
            key == k
                || key
                    .strip_suffix(k.as_str())
                    .is_some_and(|rest| rest.ends_with(['_', '-', '.']))
        })
    }
}

/// The built-in card rules.
pub fn cards() -> &'static Cards {
    static CARDS: std::sync::OnceLock<Cards> = std::sync::OnceLock::new();
    CARDS.get_or_init(|| Cards::parse(CARDS_TOML).expect("the built-in patterns/cards.toml is valid"))
}

/// Whether the digits start with a known issuer prefix (IIN) of a length
/// that issuer uses.
pub(super) fn known_issuer(d: &[u8]) -> bool {
    cards().brand(d).is_some()
}

/// Digits that are part of something larger: a decimal (`0.4556…`), a
/// token glued with a dash (`blk_-4556…`, `4556…-a`), or the value of a key
/// naming an identifier (`id=4556…`, `"trace_id": "4556…"`).
pub(super) fn embedded_number(c: &Candidate) -> bool {
    // Only `.` marks a decimal: `,` separates CSV fields (`c1,4556…`).
    if c.before(1) == Some(b'.') && is_digit(c.before(2)) {
        return true;
    }
    if c.after(0) == Some(b'.') && is_digit(c.after(1)) {
        return true;
    }
    if c.before(1) == Some(b'-') && (is_alnum(c.before(2)) || c.before(2) == Some(b'_')) {
        return true;
    }
    if matches!(c.after(0), Some(b'-' | b'_')) && is_alnum(c.after(1)) {
        return true;
    }
    // The key before the value, across up to four separator bytes.
    let mut end = c.start;
    while end > 0 && c.start - end < 4 && matches!(c.hay[end - 1], b' ' | b'\t' | b':' | b'=' | b'"' | b'\'' | b'#') {
        end -= 1;
    }
    if end == c.start {
        return false;
    }
    let mut start = end;
    while start > 0
        && end - start < 32
        && (c.hay[start - 1].is_ascii_alphanumeric() || matches!(c.hay[start - 1], b'_' | b'-' | b'.'))
    {
        start -= 1;
    }
    start < end && cards().is_identifier_key(&text(&c.hay[start..end]).to_ascii_lowercase())
}

/// Public test numbers from the card networks' and processors' documentation.
pub(super) const TEST_CARDS: &[&str] = &[
    "4111111111111111",
    "4242424242424242",
    "4012888888881881",
    "4222222222222",
    "4000056655665556",
    "4000000000000002",
    "4000000000000077",
    "4000000000000093",
    "4000000000003220",
    "5555555555554444",
    "5105105105105100",
    "5200828282828210",
    "2223003122003222",
    "378282246310005",
    "371449635398431",
    "378734493671000",
    "6011111111111117",
    "6011000990139424",
    "6011000400000000",
    "3530111333300000",
    "3566002020360505",
    "30569309025904",
    "38520000023237",
    "36227206271667",
    "6200000000000005",
];

pub(super) fn card(c: &Candidate) -> Verdict {
    let b = c.bytes();
    let (buf, n) = digits_of(b);
    let digits = &buf[..n];
    if !(13..=19).contains(&n) {
        return Verdict::Invalid;
    }
    // Separators, if any, are all the same and group the digits the way
    // cards are printed: 4-4-4-4(-3), 4-6-5 (Amex), 4-6-4 (Diners).
    if let Some(&sep) = b.iter().find(|x| !x.is_ascii_digit()) {
        if b.iter().any(|&x| !x.is_ascii_digit() && x != sep) {
            return Verdict::Invalid;
        }
        let mut groups = [0usize; 20];
        let mut g = 0;
        for part in b.split(|&x| x == sep) {
            groups[g] = part.len();
            g += 1;
        }
        let groups = &groups[..g];
        let fours = groups[..g - 1].iter().all(|&x| x == 4) && (1..=4).contains(&groups[g - 1]);
        let amex = groups == [4, 6, 5] || groups == [4, 6, 4];
        if !(fours || amex) {
            return Verdict::Invalid;
        }
    }
    if digits.iter().all(|&d| d == digits[0]) || !known_issuer(digits) || !luhn(digits) || embedded_number(c) {
        return Verdict::Invalid;
    }
    if TEST_CARDS.contains(&text(digits)) {
        return Verdict::Placeholder;
    }
    Verdict::Valid
}
