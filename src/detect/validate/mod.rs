//! Validators: the Rust half of a detector. A regex proposes a candidate; a
//! validator looks at its bytes (and a few bytes around it) and says whether it
//! is a real value, a placeholder (documentation ranges, test cards, example
//! domains) or not a value at all.
//!
//! Validators run only on candidates, never per byte. One module per
//! family: [`email`], [`net`], [`card`], [`ssn`], [`phone`], [`bank`], [`location`], [`secret`]; national ids are in
//! `detect::national`.

pub mod bank;
pub mod card;
pub mod email;
pub mod location;
pub mod net;
pub mod phone;
pub mod secret;
pub mod ssn;
#[cfg(test)]
mod tests;

use super::national;
use bank::iban;
use card::card;
pub use card::luhn;
use email::email;
use location::latlon;
use net::{ipv4, ipv6, mac};
pub use net::{is_internal_ip, parse_ipv4};
use phone::{phone, phone_fr};
use secret::{aws_key, crypt, jwt};
use ssn::ssn;

/// What a validator decided about a candidate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// A real value: counted as exposed personal data.
    Valid,
    /// Well-formed, but a documentation or test value: counted apart.
    Placeholder,
    /// Not a value of this kind.
    Invalid,
}

/// A candidate match: its span in the haystack, with the haystack for context.
#[derive(Clone, Copy)]
pub struct Candidate<'h> {
    pub hay: &'h [u8],
    pub start: usize,
    pub end: usize,
}

impl<'h> Candidate<'h> {
    pub fn bytes(&self) -> &'h [u8] {
        &self.hay[self.start..self.end]
    }
    /// The byte `n` positions before the match (1 = the one just before).
    fn before(&self, n: usize) -> Option<u8> {
        self.start.checked_sub(n).map(|i| self.hay[i])
    }
    /// The byte `n` positions after the match (0 = the one just after).
    fn after(&self, n: usize) -> Option<u8> {
        self.hay.get(self.end + n).copied()
    }
}

pub type Validator = fn(&Candidate) -> Verdict;

/// Looks a validator up by the name used in pattern files.
pub fn by_name(name: &str) -> Option<Validator> {
    Some(match name {
        "email" => email,
        "mac" => mac,
        "ipv4" => ipv4,
        "ipv6" => ipv6,
        "card" => card,
        "ssn" => ssn,
        "phone" => phone,
        "phone_fr" => phone_fr,
        "iban" => iban,
        "latlon" => latlon,
        "aws_key" => aws_key,
        "jwt" => jwt,
        "crypt" => crypt,
        "bsn" => national::v_bsn,
        "sin" => national::v_sin,
        "tfn" => national::v_tfn,
        "personnummer" => national::v_personnummer,
        "pesel" => national::v_pesel,
        "cpf" => national::v_cpf,
        "insz" => national::v_insz,
        "steuer_id" => national::v_steuer_id,
        "my_number" => national::v_my_number,
        "aadhaar" => national::v_aadhaar,
        "rrn" => national::v_rrn,
        "dni" => national::v_dni,
        "codice_fiscale" => national::v_codice_fiscale,
        "nir" => national::v_nir,
        "nino" => national::v_nino,
        "curp" => national::v_curp,
        "national_named" => national::v_named,
        _ => return None,
    })
}

/// The names `by_name` knows, for error messages.
pub const NAMES: &[&str] = &[
    "email", "mac", "ipv4", "ipv6", "card", "ssn", "phone", "phone_fr", "iban", "latlon", "aws_key", "jwt", "crypt", "bsn",
    "sin", "tfn", "personnummer", "pesel", "cpf", "insz", "steuer_id", "my_number", "aadhaar", "rrn", "dni",
    "codice_fiscale", "nir", "nino", "curp", "national_named",
];

fn is_digit(b: Option<u8>) -> bool {
    b.is_some_and(|b| b.is_ascii_digit())
}

fn is_hex(b: Option<u8>) -> bool {
    b.is_some_and(|b| b.is_ascii_hexdigit())
}

fn is_alnum(b: Option<u8>) -> bool {
    b.is_some_and(|b| b.is_ascii_alphanumeric())
}

fn text(bytes: &[u8]) -> &str {
    // Every detector regex is ASCII-only, so a match is always valid UTF-8.
    std::str::from_utf8(bytes).unwrap_or("")
}

const VERSION_WORDS: &[&str] = &[
    "version", "ver", "v", "build", "release", "firmware", "fw", "rev", "rv", "sdk", "os", "nt", "kernel", "android",
];

/// A Markdown heading at the start of a line: `## 1.2.3.4` in a changelog.
fn after_heading(c: &Candidate) -> bool {
    let mut i = c.start;
    while i > 0 && c.hay[i - 1] == b' ' {
        i -= 1;
    }
    if i == c.start || i == 0 || c.hay[i - 1] != b'#' {
        return false;
    }
    while i > 0 && c.hay[i - 1] == b'#' {
        i -= 1;
    }
    i == 0 || c.hay[i - 1] == b'\n'
}

/// The word just before the match, skipping one separator (`version 1.2.3.4`,
/// `build: 1.2.3.4`).
fn preceding_word<'h>(c: &Candidate<'h>) -> Option<&'h [u8]> {
    let mut end = c.start;
    while end > 0 && end + 3 > c.start && matches!(c.hay[end - 1], b' ' | b':' | b'=' | b'\t') {
        end -= 1;
    }
    if end == c.start {
        return None;
    }
    let mut start = end;
    while start > 0 && end - start < 16 && c.hay[start - 1].is_ascii_alphabetic() {
        start -= 1;
    }
    (start < end).then(|| &c.hay[start..end])
}

/// The ASCII digits of `b`, in a stack buffer (candidates are short).
fn digits_of(b: &[u8]) -> ([u8; 32], usize) {
    let mut out = [0u8; 32];
    let mut n = 0;
    for &x in b.iter().filter(|x| x.is_ascii_digit()) {
        if n == out.len() {
            break;
        }
        out[n] = x;
        n += 1;
    }
    (out, n)
}
