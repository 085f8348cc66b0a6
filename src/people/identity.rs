//! Identifiers: which categories identify one person ([`is_strong`]),
//! and the key each value links by (a provider's spellings of one mailbox,
//! a number written nationally or internationally, are one key).

use crate::category::Category;
use crate::detect::normalize::fingerprint;
use std::hash::{BuildHasherDefault, Hasher};

/// Categories whose values identify one person: they link records.
pub fn is_strong(c: Category) -> bool {
    matches!(
        c,
        Category::Email
            | Category::Phone
            | Category::Username
            | Category::GovernmentId
            | Category::PaymentCard
            | Category::Device
    )
}

/// The key a strong identifier links by: its fingerprint `fp` (case-folded,
/// separators dropped), except where a provider is known to deliver two
/// spellings to one mailbox: `+tags` at the big providers, and at Gmail the
/// dots of the local part too.
pub fn key(category: Category, value: &[u8], fp: u64) -> u64 {
    if category == Category::Phone {
        return phone_key(value, fp);
    }
    if category != Category::Email {
        return fp;
    }
    let Some(at) = value.iter().rposition(|&b| b == b'@') else {
        return fp;
    };
    let domain = &value[at + 1..];
    let is = |d: &[u8]| domain.eq_ignore_ascii_case(d);
    let gmail = is(b"gmail.com") || is(b"googlemail.com");
    let yahoo = is(b"yahoo.com");
    let plus = gmail
        || yahoo
        || [
            &b"outlook.com"[..],
            b"hotmail.com",
            b"live.com",
            b"icloud.com",
            b"me.com",
            b"proton.me",
            b"protonmail.com",
            b"fastmail.com",
        ]
        .iter()
        .any(|d| is(d));
    if !plus {
        return fp;
    }
    let tag = if yahoo { b'-' } else { b'+' };
    let local = &value[..at];
    let local = &local[..local.iter().position(|&b| b == tag).unwrap_or(local.len())];
    let mut canon = [0u8; 96];
    let mut n = 0;
    for &b in local.iter().filter(|&&b| !(gmail && b == b'.')) {
        if n == 64 {
            return fp; // longer than an address can be: as it is
        }
        canon[n] = b;
        n += 1;
    }
    let domain: &[u8] = if gmail { b"gmail.com" } else { domain };
    if domain.len() > canon.len() - n - 1 {
        return fp;
    }
    canon[n] = b'@';
    canon[n + 1..n + 1 + domain.len()].copy_from_slice(domain);
    fingerprint(category, &canon[..n + 1 + domain.len()])
}

/// A phone number's key: its national significant number, so the forms one
/// number is written in are one key: international (`+27 82 123 4567`,
/// `0027 82 …`: the country code dropped, 1 to 3 digits by E.164's
/// assignment), national with a trunk `0` (`082 123 4567`: the 0 dropped),
/// North American with or without its `1`. Two countries' numbers with the
/// same national digits are one key: within one dump, a chance not worth a
/// guess at the country of every national form.
fn phone_key(value: &[u8], fp: u64) -> u64 {
    let mut digits = [0u8; 24];
    let mut n = 0;
    for &b in value.iter().filter(|b| b.is_ascii_digit()) {
        if n == digits.len() {
            return fp;
        }
        digits[n] = b;
        n += 1;
    }
    let d = &digits[..n];
    if n < 7 {
        return fingerprint(Category::Phone, d);
    }
    let international = value.trim_ascii_start().first() == Some(&b'+');
    let nsn: &[u8] = if international {
        &d[country_code_len(d)..]
    } else if let Some(rest) = d.strip_prefix(b"00") {
        &rest[country_code_len(rest)..]
    } else if let Some(rest) = d.strip_prefix(b"0") {
        rest
    } else if n == 11 && d[0] == b'1' {
        &d[1..]
    } else {
        d
    };
    fingerprint(Category::Phone, nsn)
}

/// The length of the country calling code `d` starts with: 1 for North
/// America (1) and Russia/Kazakhstan (7), 2 for the two-digit codes E.164
/// assigns, 3 for every other.
fn country_code_len(d: &[u8]) -> usize {
    const TWO: [&[u8; 2]; 44] = [
        b"20", b"27", b"30", b"31", b"32", b"33", b"34", b"36", b"39", b"40", b"41", b"43", b"44", b"45", b"46",
        b"47", b"48", b"49", b"51", b"52", b"53", b"54", b"55", b"56", b"57", b"58", b"60", b"61", b"62", b"63",
        b"64", b"65", b"66", b"81", b"82", b"84", b"86", b"90", b"91", b"92", b"93", b"94", b"95", b"98",
    ];
    match d.first() {
        Some(b'1' | b'7') => 1,
        _ if d.len() >= 2 && TWO.iter().any(|c| &d[..2] == *c) => 2,
        _ => 3.min(d.len()),
    }
}

/// A map keyed by fingerprints, which are already well-mixed hashes.
pub type KeyMap<V> = std::collections::HashMap<u64, V, BuildHasherDefault<KeyHasher>>;

#[derive(Default)]
pub struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn provider_rules_make_one_address_of_its_spellings() {
        let k = |s: &str| {
            key(
                Category::Email,
                s.as_bytes(),
                fingerprint(Category::Email, s.as_bytes()),
            )
        };
        assert_eq!(k("Jane.Doe+shop@gmail.com"), k("janedoe@googlemail.com"));
        assert_eq!(k("jane+x@outlook.com"), k("JANE@outlook.com"));
        // Dots matter outside Gmail, and tags where the provider is unknown.
        assert_ne!(k("jane.doe@outlook.com"), k("janedoe@outlook.com"));
        assert_ne!(k("jane+x@example.org"), k("jane@example.org"));
    }

    #[test]
    fn a_number_is_one_key_written_nationally_or_internationally() {
        let k = |s: &str| {
            key(
                Category::Phone,
                s.as_bytes(),
                fingerprint(Category::Phone, s.as_bytes()),
            )
        };
        assert_eq!(k("(202) 555-0101"), k("+1 202 555 0101"));
        assert_eq!(k("202-555-0101"), k("001 202 555 0101"));
        assert_eq!(k("+33 6 12 34 56 78"), k("0033 6 12 34 56 78"));
        // National forms with a trunk 0 are their international form.
        assert_eq!(k("+33 6 12 34 56 78"), k("06 12 34 56 78"));
        assert_eq!(k("082 123 4567"), k("+27 82 123 4567"));
        assert_eq!(k("08179433266"), k("+234 817 943 3266"));
        assert_eq!(k("0470 12 34 56"), k("+32 470 12 34 56"));
        assert_ne!(k("(202) 555-0101"), k("(202) 555-0102"));
    }
}
