//! Validators: the Rust half of a detector. A regex proposes a candidate; a
//! validator looks at its bytes (and a few bytes around it) and says whether it
//! is a real value, a placeholder (documentation ranges, test cards, example
//! domains) or not a value at all.
//!
//! Validators run only on candidates, never per byte.

use super::national;
use std::net::{Ipv4Addr, Ipv6Addr};

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

// ---- email -----------------------------------------------------------------

/// TLDs that are really file extensions (`logo@2x.png`) or code.
const NOT_TLDS: &[&str] = &[
    "png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico", "css", "js", "ts", "map", "json", "xml", "html", "htm",
    "txt", "log", "zip", "gz", "md", "py", "rs", "go", "java", "php",
];

fn email(c: &Candidate) -> Verdict {
    let b = c.bytes();
    // `@`, or `%40` in a URL.
    let (at, sep) = match memchr::memchr(b'@', b) {
        Some(at) => (at, 1),
        None => match memchr::memmem::find(b, b"%40") {
            Some(at) => (at, 3),
            None => return Verdict::Invalid,
        },
    };
    let (local, domain) = (&b[..at], &b[at + sep..]);
    if local.len() > 64 || domain.split(|&x| x == b'.').any(|l| l.len() > 63) {
        return Verdict::Invalid;
    }
    // The character before must not continue a local part we could not see.
    if matches!(c.before(1), Some(b'.' | b'+' | b'-' | b'%' | b'_' | b'@')) {
        return Verdict::Invalid;
    }
    if local.ends_with(b".") || local.windows(2).any(|w| w == b"..") || domain.windows(2).any(|w| w == b"..") {
        return Verdict::Invalid;
    }
    let tld = domain.rsplit(|&x| x == b'.').next().unwrap_or(b"");
    if NOT_TLDS.iter().any(|t| tld.eq_ignore_ascii_case(t.as_bytes())) {
        return Verdict::Invalid;
    }
    if is_protocol_name(local, domain) {
        return Verdict::Invalid;
    }
    if is_placeholder_domain(domain) {
        return Verdict::Placeholder;
    }
    Verdict::Valid
}

/// SSH and TLS algorithm names in the `name@domain` form of RFC 4251
/// (`curve25519-sha256@libssh.org`, `hmac-sha2-256-etm@openssh.com`): a
/// protocol identifier, not a mailbox.
fn is_protocol_name(local: &[u8], domain: &[u8]) -> bool {
    const DOMAINS: &[&[u8]] = &[
        b"libssh.org",
        b"openssh.com",
        b"openssh.org",
        b"ssh.com",
        b"putty.projects.tartarus.org",
    ];
    const ALGORITHM_PARTS: &[&[u8]] = &[
        b"sha",
        b"hmac",
        b"curve",
        b"ssh",
        b"etm",
        b"aes",
        b"chacha",
        b"poly1305",
        b"gcm",
        b"umac",
        b"ed25519",
        b"ed448",
        b"nistp",
        b"cert",
        b"sntrup",
        b"mlkem",
        b"zlib",
        b"rsa",
        b"dss",
        b"ecdh",
        b"ecdsa",
        b"kex",
        b"sk-",
    ];
    let lower = local.to_ascii_lowercase();
    DOMAINS.iter().any(|d| domain.eq_ignore_ascii_case(d))
        && ALGORITHM_PARTS
            .iter()
            .any(|p| memchr::memmem::find(&lower, p).is_some())
}

fn ends_with_ci(s: &[u8], suffix: &[u8]) -> bool {
    s.len() >= suffix.len() && s[s.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
}

/// RFC 2606 / RFC 6761 names, reserved for documentation and tests.
pub fn is_placeholder_domain(domain: &[u8]) -> bool {
    const EXACT: &[&[u8]] = &[b"example.com", b"example.org", b"example.net", b"example.edu"];
    const SUFFIX: &[&[u8]] = &[b".example", b".test", b".invalid", b".localhost", b".local"];
    let exact = EXACT.iter().any(|d| {
        domain.eq_ignore_ascii_case(d) || (ends_with_ci(domain, d) && domain[domain.len() - d.len() - 1] == b'.')
    });
    exact || SUFFIX.iter().any(|s| ends_with_ci(domain, s))
}

// ---- device ----------------------------------------------------------------

fn mac(c: &Candidate) -> Verdict {
    let b = c.bytes();
    let sep = b[2];
    if (2..b.len()).step_by(3).any(|i| b[i] != sep) {
        return Verdict::Invalid;
    }
    // Part of a longer colon/dash run (an IPv6 address, a hex dump).
    if matches!(c.before(1), Some(b':' | b'-')) && is_hex(c.before(2)) {
        return Verdict::Invalid;
    }
    if matches!(c.after(0), Some(b':' | b'-')) && is_hex(c.after(1)) {
        return Verdict::Invalid;
    }
    let all = |v: u8| {
        (0..b.len())
            .step_by(3)
            .all(|i| b[i..i + 2].eq_ignore_ascii_case(&[v, v]))
    };
    if all(b'0') || all(b'f') {
        return Verdict::Placeholder;
    }
    Verdict::Valid
}

// ---- ip_address ------------------------------------------------------------

/// A dotted-quad IPv4 address in canonical form (four decimal octets of at
/// most 255, no leading zeros: `192.168.01.1` is ambiguous, octal to some
/// parsers, and usually not an IP). Hand-written: it runs for every address
/// found, up to three times (validation, fingerprint, range), and std's
/// parser wants a `str`.
pub fn parse_ipv4(v: &[u8]) -> Option<Ipv4Addr> {
    let (mut octets, mut k, mut n, mut digits) = ([0u8; 4], 0, 0u16, 0);
    for &b in v {
        match b {
            b'0'..=b'9' => {
                // A leading zero, or a fourth digit.
                if (digits == 1 && n == 0) || digits == 3 {
                    return None;
                }
                n = n * 10 + u16::from(b - b'0');
                digits += 1;
            }
            b'.' if digits > 0 && k < 3 => {
                octets[k] = u8::try_from(n).ok()?;
                (k, n, digits) = (k + 1, 0, 0);
            }
            _ => return None,
        }
    }
    if k != 3 || digits == 0 {
        return None;
    }
    octets[3] = u8::try_from(n).ok()?;
    Some(Ipv4Addr::from(octets))
}

fn ipv4(c: &Candidate) -> Verdict {
    let Some(ip) = parse_ipv4(c.bytes()) else {
        return Verdict::Invalid;
    };
    // Version strings (`v10.2.3.4`) and longer dotted runs (OIDs, `1.2.3.4.5`).
    if matches!(c.before(1), Some(b'v' | b'V')) {
        return Verdict::Invalid;
    }
    if c.before(1) == Some(b'.') && is_digit(c.before(2)) {
        return Verdict::Invalid;
    }
    if c.after(0) == Some(b'.') && is_digit(c.after(1)) {
        return Verdict::Invalid;
    }
    // `Chrome/120.0.0.0`, `version 10.2.3.4`, `build 1.4.22.7`.
    if c.before(1) == Some(b'/') && c.before(2).is_some_and(|b| b.is_ascii_alphabetic()) {
        return Verdict::Invalid;
    }
    if preceding_word(c).is_some_and(|w| VERSION_WORDS.iter().any(|v| w.eq_ignore_ascii_case(v.as_bytes()))) {
        return Verdict::Invalid;
    }
    if after_heading(c) {
        return Verdict::Invalid;
    }
    if is_placeholder_ipv4(ip) {
        return Verdict::Placeholder;
    }
    Verdict::Valid
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

/// Addresses that identify nobody: documentation, loopback, unspecified,
/// broadcast, multicast, link-local, and the big public resolvers.
pub fn is_placeholder_ipv4(ip: Ipv4Addr) -> bool {
    let o = ip.octets();
    ip.is_loopback()
        || ip.is_unspecified()
        || ip.is_broadcast()
        || ip.is_multicast()
        || ip.is_link_local()
        || ip.is_documentation()
        || o[0] == 0
        || o[0] >= 240
        || matches!(
            o,
            [8, 8, 8, 8] | [8, 8, 4, 4] | [1, 1, 1, 1] | [1, 0, 0, 1] | [9, 9, 9, 9]
        )
}

/// An address of an organisation's own network: RFC 1918 private ranges,
/// shared address space (100.64/10) and IPv6 unique-local (fc00::/7).
pub fn is_internal_ip(v: &[u8]) -> bool {
    // Called for every reported address: most are public, and a public
    // IPv4 address not starting 10., 100., 172. or 192.168. needs no parse.
    let v4_candidate =
        v.starts_with(b"10.") || v.starts_with(b"100.") || v.starts_with(b"172.") || v.starts_with(b"192.168.");
    if !v4_candidate && !v.contains(&b':') {
        return false;
    }
    if let Some(ip) = parse_ipv4(v) {
        let o = ip.octets();
        return ip.is_private() || (o[0] == 100 && (64..128).contains(&o[1]));
    }
    std::str::from_utf8(v)
        .ok()
        .and_then(|s| s.parse::<Ipv6Addr>().ok())
        .is_some_and(|ip| (ip.segments()[0] & 0xfe00) == 0xfc00)
}

fn ipv6(c: &Candidate) -> Verdict {
    // The regex has no boundaries of its own: `std::vector`, `a::b`.
    if is_alnum(c.before(1)) || matches!(c.before(1), Some(b':' | b'_')) {
        return Verdict::Invalid;
    }
    if is_alnum(c.after(0)) || matches!(c.after(0), Some(b':' | b'.' | b'_')) {
        return Verdict::Invalid;
    }
    let s = text(c.bytes());
    let Ok(ip) = s.parse::<Ipv6Addr>() else {
        return Verdict::Invalid;
    };
    let seg = ip.segments();
    let placeholder = ip.is_loopback()
        || ip.is_unspecified()
        || ip.is_multicast()
        || (seg[0] == 0x2001 && seg[1] == 0x0db8)
        || (seg[0] & 0xffc0) == 0xfe80 && s.len() <= 6;
    if placeholder {
        return Verdict::Placeholder;
    }
    // A compressed form needs some substance: `ab::cd` is more often code.
    let groups = s.split(':').filter(|g| !g.is_empty()).count();
    if s.contains("::") && groups < 3 {
        return Verdict::Invalid;
    }
    Verdict::Valid
}

// ---- payment_card ----------------------------------------------------------

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
pub const CARDS_TOML: &str = include_str!("../../patterns/cards.toml");

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct CardFile {
    brand: Vec<BrandSpec>,
    context: ContextSpec,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct BrandSpec {
    name: String,
    prefixes: Vec<String>,
    lengths: Vec<usize>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct ContextSpec {
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
fn known_issuer(d: &[u8]) -> bool {
    cards().brand(d).is_some()
}

/// Digits that are part of something larger: a decimal (`0.4556…`), a
/// token glued with a dash (`blk_-4556…`, `4556…-a`), or the value of a key
/// naming an identifier (`id=4556…`, `"trace_id": "4556…"`).
fn embedded_number(c: &Candidate) -> bool {
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
const TEST_CARDS: &[&str] = &[
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

fn card(c: &Candidate) -> Verdict {
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

// ---- government_id ---------------------------------------------------------

fn ssn(c: &Candidate) -> Verdict {
    let b = c.bytes();
    if b[3] != b[6] {
        return Verdict::Invalid;
    }
    let area: u32 = text(&b[0..3]).parse().unwrap_or(0);
    let group: u32 = text(&b[4..6]).parse().unwrap_or(0);
    let serial: u32 = text(&b[7..11]).parse().unwrap_or(0);
    if area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0 {
        return Verdict::Invalid;
    }
    // The Woolworth wallet card, the SSA's advertising number, and the
    // sequence everyone types into forms.
    if matches!((area, group, serial), (78, 5, 1120) | (219, 9, 9999) | (123, 45, 6789)) {
        return Verdict::Placeholder;
    }
    Verdict::Valid
}

// ---- phone -----------------------------------------------------------------

/// A French national number in its printed form, `01 23 45 67 89` or
/// `01.23.45.67.89`: one separator throughout, not part of a longer run.
/// ARCEP reserves `01 99 00 xx xx` and the like for fiction.
fn phone_fr(c: &Candidate) -> Verdict {
    let b = c.bytes();
    if is_alnum(c.before(1)) || matches!(c.before(1), Some(b'+' | b'.' | b'-' | b'/' | b':')) {
        return Verdict::Invalid;
    }
    if is_digit(c.after(0)) || matches!(c.after(0), Some(b'.' | b' ' | b'-' | b':')) && is_digit(c.after(1)) {
        return Verdict::Invalid;
    }
    if preceding_word(c).is_some_and(|w| VERSION_WORDS.iter().any(|v| w.eq_ignore_ascii_case(v.as_bytes()))) {
        return Verdict::Invalid;
    }
    let sep = b[2];
    if b.iter().filter(|x| !x.is_ascii_digit()).any(|&x| x != sep) {
        return Verdict::Invalid;
    }
    let (buf, n) = digits_of(b);
    let d = &buf[..n];
    if n != 10 || d[1..].iter().all(|&x| x == d[1]) {
        return Verdict::Invalid;
    }
    if super::fiction::is_reserved(b) {
        return Verdict::Placeholder;
    }
    Verdict::Valid
}

fn phone(c: &Candidate) -> Verdict {
    let b = c.bytes();
    if is_alnum(c.before(1)) || matches!(c.before(1), Some(b'+' | b'.' | b'-')) {
        return Verdict::Invalid;
    }
    if is_digit(c.after(0)) || matches!(c.after(0), Some(b'-' | b'.')) && is_digit(c.after(1)) {
        return Verdict::Invalid;
    }
    let (buf, n) = digits_of(b);
    let digits = &buf[..n];
    let international = b[0] == b'+';
    let national: &[u8] = if international {
        if digits[0] == b'0' || !(8..=15).contains(&n) {
            return Verdict::Invalid;
        }
        if digits[0] == b'1' && n == 11 {
            &digits[1..]
        } else if super::fiction::is_reserved(b) {
            return Verdict::Placeholder;
        } else {
            return Verdict::Valid;
        }
    } else {
        // NANP: the separators between exchange and line agree.
        let mut seps = b.iter().filter(|x| matches!(x, b'.' | b'-'));
        let first = seps.next();
        if seps.any(|s| Some(s) != first) {
            return Verdict::Invalid;
        }
        digits
    };
    if national.len() != 10 || national[0] < b'2' || national[3] < b'2' {
        return Verdict::Invalid;
    }
    if national.iter().all(|&d| d == national[0]) {
        return Verdict::Invalid;
    }
    if super::fiction::is_reserved(b) {
        return Verdict::Placeholder;
    }
    Verdict::Valid
}

// ---- bank_account ----------------------------------------------------------

/// IBAN length per country (ISO 13616 registry).
fn iban_length(cc: &str) -> Option<usize> {
    Some(match cc {
        "AD" => 24,
        "AE" => 23,
        "AL" => 28,
        "AT" => 20,
        "AZ" => 28,
        "BA" => 20,
        "BE" => 16,
        "BG" => 22,
        "BH" => 22,
        "BR" => 29,
        "BY" => 28,
        "CH" => 21,
        "CR" => 22,
        "CY" => 28,
        "CZ" => 24,
        "DE" => 22,
        "DK" => 18,
        "DO" => 28,
        "EE" => 20,
        "EG" => 29,
        "ES" => 24,
        "FI" => 18,
        "FO" => 18,
        "FR" => 27,
        "GB" => 22,
        "GE" => 22,
        "GI" => 23,
        "GL" => 18,
        "GR" => 27,
        "GT" => 28,
        "HR" => 21,
        "HU" => 28,
        "IE" => 22,
        "IL" => 23,
        "IQ" => 23,
        "IS" => 26,
        "IT" => 27,
        "JO" => 30,
        "KW" => 30,
        "KZ" => 20,
        "LB" => 28,
        "LC" => 32,
        "LI" => 21,
        "LT" => 20,
        "LU" => 20,
        "LV" => 21,
        "MC" => 27,
        "MD" => 24,
        "ME" => 22,
        "MK" => 19,
        "MR" => 27,
        "MT" => 31,
        "MU" => 30,
        "NL" => 18,
        "NO" => 15,
        "PK" => 24,
        "PL" => 28,
        "PS" => 29,
        "PT" => 25,
        "QA" => 29,
        "RO" => 24,
        "RS" => 22,
        "SA" => 24,
        "SC" => 31,
        "SE" => 24,
        "SI" => 19,
        "SK" => 24,
        "SM" => 27,
        "ST" => 25,
        "SV" => 28,
        "TL" => 23,
        "TN" => 24,
        "TR" => 26,
        "UA" => 29,
        "VA" => 22,
        "VG" => 24,
        "XK" => 20,
        _ => return None,
    })
}

/// ISO 7064 mod 97-10 over an IBAN without spaces.
pub fn iban_mod97(iban: &[u8]) -> bool {
    let rotated = iban[4..].iter().chain(&iban[..4]);
    let mut rem: u32 = 0;
    for &ch in rotated {
        let v = match ch {
            b'0'..=b'9' => u32::from(ch - b'0'),
            b'A'..=b'Z' => u32::from(ch - b'A') + 10,
            _ => return false,
        };
        rem = if v >= 10 {
            (rem * 100 + v) % 97
        } else {
            (rem * 10 + v) % 97
        };
    }
    rem == 1
}

fn iban(c: &Candidate) -> Verdict {
    let mut buf = [0u8; 40];
    let mut n = 0;
    for &x in c.bytes().iter().filter(|&&x| x != b' ').take(40) {
        buf[n] = x;
        n += 1;
    }
    let compact = &buf[..n];
    let cc = text(&compact[..2]);
    if iban_length(cc) != Some(compact.len()) || !iban_mod97(compact) {
        return Verdict::Invalid;
    }
    // The examples printed in ISO 13616 and in every bank's help pages.
    const EXAMPLES: &[&[u8]] = &[
        b"GB82WEST12345698765432",
        b"DE89370400440532013000",
        b"GB29NWBK60161331926819",
    ];
    if EXAMPLES.contains(&compact) {
        return Verdict::Placeholder;
    }
    Verdict::Valid
}

// ---- location --------------------------------------------------------------

fn latlon(c: &Candidate) -> Verdict {
    // Part of a longer list of numbers (a metrics row), not a coordinate pair.
    if is_digit(c.before(1)) || c.before(1) == Some(b'.') && is_digit(c.before(2)) {
        return Verdict::Invalid;
    }
    if c.before(1) == Some(b',') && (is_digit(c.before(2)) || is_digit(c.before(3))) {
        return Verdict::Invalid;
    }
    if c.after(0) == Some(b',') && (is_digit(c.after(1)) || is_digit(c.after(2))) {
        return Verdict::Invalid;
    }
    if is_digit(c.after(0)) || c.after(0) == Some(b'.') && is_digit(c.after(1)) {
        return Verdict::Invalid;
    }
    let s = text(c.bytes());
    let mut parts = s.split(',').map(|p| p.trim().parse::<f64>());
    let (Some(Ok(lat)), Some(Ok(lon))) = (parts.next(), parts.next()) else {
        return Verdict::Invalid;
    };
    if lat.abs() > 90.0 || lon.abs() > 180.0 || (lat == 0.0 && lon == 0.0) {
        return Verdict::Invalid;
    }
    Verdict::Valid
}

// ---- secret ----------------------------------------------------------------

fn aws_key(c: &Candidate) -> Verdict {
    if c.bytes().ends_with(b"EXAMPLE") {
        Verdict::Placeholder
    } else {
        Verdict::Valid
    }
}

/// Decodes unpadded base64url; `None` on a character outside the alphabet.
fn base64url(s: &[u8]) -> Option<Vec<u8>> {
    let val = |c: u8| -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' => 62,
            b'_' => 63,
            _ => return None,
        } as u32)
    };
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for &c in s {
        acc = (acc << 6) | val(c)?;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    Some(out)
}

fn jwt(c: &Candidate) -> Verdict {
    let header = c.bytes().split(|&b| b == b'.').next().unwrap_or(b"");
    match base64url(header) {
        Some(h) if h.starts_with(b"{") && h.windows(5).any(|w| w == b"\"alg\"") => Verdict::Valid,
        _ => Verdict::Invalid,
    }
}

// ---- password --------------------------------------------------------------

/// Password hash strings in modular crypt and framework formats: the regex
/// finds the shape (unbounded, for speed); this checks each scheme's lengths.
fn crypt(c: &Candidate) -> Verdict {
    let b = c.bytes();
    let parts: Vec<&[u8]> = b.split(|&x| x == b'$').collect();
    let len = |i: usize| parts.get(i).map_or(0, |p| p.len());
    let last = parts.last().map_or(0, |p| p.len());
    let ok = if b.starts_with(b"$2") {
        parts.len() == 4 && len(3) == 53
    } else if b.starts_with(b"$1$") || b.starts_with(b"$apr1$") {
        parts.len() == 4 && (1..=8).contains(&len(2)) && len(3) == 22
    } else if b.starts_with(b"$5$") || b.starts_with(b"$6$") {
        let want = if b[1] == b'5' { 43 } else { 86 };
        (4..=5).contains(&parts.len()) && (1..=16).contains(&len(parts.len() - 2)) && last == want
    } else if b.starts_with(b"$argon2") {
        (8..=128).contains(&len(parts.len() - 2)) && (16..=256).contains(&last)
    } else if b.starts_with(b"$scrypt$") {
        (4..=5).contains(&parts.len())
            && (8..=128).contains(&len(3))
            && (parts.len() == 4 || (16..=256).contains(&last))
    } else if b.starts_with(b"$7$") {
        b.len() >= 30
    } else if b.starts_with(b"pbkdf2_") {
        parts.len() == 4 && (1..=64).contains(&len(2)) && (20..=100).contains(&len(3))
    } else if b.starts_with(b"$pbkdf2") {
        parts.len() == 5 && (1..=64).contains(&len(3)) && (20..=100).contains(&len(4))
    } else {
        false
    };
    if ok {
        Verdict::Valid
    } else {
        Verdict::Invalid
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(v: Validator, s: &str) -> Verdict {
        v(&Candidate {
            hay: s.as_bytes(),
            start: 0,
            end: s.len(),
        })
    }

    #[test]
    fn parse_ipv4_agrees_with_std_on_canonical_quads_and_refuses_the_rest() {
        for v in ["0.0.0.0", "1.2.3.4", "255.255.255.255", "192.168.1.10", "10.0.0.1"] {
            assert_eq!(parse_ipv4(v.as_bytes()), v.parse().ok(), "{v}");
        }
        for v in [
            "256.1.1.1",
            "1.2.3",
            "1.2.3.4.5",
            "01.2.3.4",
            "1..2.3",
            "1.2.3.",
            "a.b.c.d",
            "1234.1.1.1",
            "",
        ] {
            assert_eq!(parse_ipv4(v.as_bytes()), None, "{v}");
        }
    }

    #[test]
    fn luhn_accepts_valid_and_rejects_one_digit_off() {
        assert!(luhn(b"4556737586899855"));
        assert!(!luhn(b"4556737586899856"));
        assert!(luhn(b"79927398713"));
    }

    #[test]
    fn cards_need_issuer_grouping_and_luhn() {
        assert_eq!(check(card, "4556 7375 8689 9855"), Verdict::Valid);
        assert_eq!(check(card, "4556-7375-8689-9855"), Verdict::Valid);
        assert_eq!(check(card, "4556 7375-8689 9855"), Verdict::Invalid);
        assert_eq!(check(card, "455 67375 86899 855"), Verdict::Invalid);
        assert_eq!(check(card, "1234567890123452"), Verdict::Invalid); // no issuer
        assert_eq!(check(card, "4111111111111111"), Verdict::Placeholder);
        assert_eq!(check(card, "3782 822463 10005"), Verdict::Placeholder);
    }

    #[test]
    fn internal_ranges() {
        for ip in [
            "10.0.0.1",
            "172.16.4.2",
            "172.31.255.1",
            "192.168.1.1",
            "100.64.0.1",
            "fd12:3456::1",
        ] {
            assert!(is_internal_ip(ip.as_bytes()), "{ip}");
        }
        for ip in ["81.2.69.160", "172.32.0.1", "100.128.0.1", "1.10.0.1", "2a00:1450::1"] {
            assert!(!is_internal_ip(ip.as_bytes()), "{ip}");
        }
    }

    /// `value` as it sits inside `hay` (its first occurrence).
    fn check_in(v: Validator, hay: &str, value: &str) -> Verdict {
        let start = hay.find(value).unwrap();
        v(&Candidate {
            hay: hay.as_bytes(),
            start,
            end: start + value.len(),
        })
    }

    #[test]
    fn identifiers_and_decimals_are_not_cards() {
        let pan = "4556737586899855";
        for hay in [
            "Received block blk_-4556737586899855 of size 67108864",
            "trace id=4556737586899855 done",
            "\"trace_id\": \"4556737586899855\"",
            "span-id: 4556737586899855",
            "took 0.4556737586899855 s",
            "4556737586899855.25 EUR",
            "ref 4556737586899855-b",
            "order #4556737586899855",
        ] {
            assert_eq!(check_in(card, hay, pan), Verdict::Invalid, "{hay}");
        }
        for hay in [
            "card 4556737586899855 exp",
            "\"pan\": \"4556737586899855\"",
            "4556737586899855,Ana",
            "cc=4556737586899855",
            "c1,4556737586899855,x",
            "12,4556737586899855",
        ] {
            assert_eq!(check_in(card, hay, pan), Verdict::Valid, "{hay}");
        }
    }

    #[test]
    fn card_rules_are_data_and_know_every_brand() {
        let c = Cards::parse(CARDS_TOML).unwrap();
        for (digits, brand) in [
            ("4556737586899855", "visa"),
            ("5425233430109903", "mastercard"),
            ("2223000048410010", "mastercard"),
            ("374245455400126", "amex"),
            ("6011556677889904", "discover"),
            ("3530111333300000", "jcb"),
            ("2200000000000004", "mir"),
            ("6761000000000006", "maestro"),
            ("36227206271667", "diners"),
            ("6200000000000005", "unionpay"),
            ("9792000000000001", "troy"),
        ] {
            assert_eq!(c.brand(digits.as_bytes()), Some(brand), "{digits}");
        }
        assert_eq!(c.brand(b"1700000000123"), None);
        assert_eq!(c.brand(b"45567375868998"), None, "Visa has no 14-digit numbers");
        assert!(
            Cards::parse("[[brand]]\nname='x'\nprefixes=['1-23']\nlengths=[16]\n[context]\nidentifier_keys=[]")
                .is_err()
        );
    }

    #[test]
    fn iban_mod97_and_country_length() {
        assert!(iban_mod97(b"FR7630006000011234567890189"));
        assert!(!iban_mod97(b"FR7630006000011234567890188"));
        assert_eq!(check(iban, "NL91 ABNA 0417 1643 00"), Verdict::Valid);
        assert_eq!(check(iban, "NL91ABNA041716430"), Verdict::Invalid);
        assert_eq!(check(iban, "XX91ABNA0417164300"), Verdict::Invalid);
    }

    #[test]
    fn ssn_rules() {
        assert_eq!(check(ssn, "512-44-3378"), Verdict::Valid);
        for bad in [
            "000-44-3378",
            "666-44-3378",
            "900-44-3378",
            "512-00-3378",
            "512-44-0000",
            "512 44-3378",
        ] {
            assert_eq!(check(ssn, bad), Verdict::Invalid, "{bad}");
        }
        assert_eq!(check(ssn, "078-05-1120"), Verdict::Placeholder);
    }

    #[test]
    fn ip_ranges() {
        assert_eq!(check(ipv4, "81.2.69.160"), Verdict::Valid);
        assert_eq!(check(ipv4, "256.1.1.1"), Verdict::Invalid);
        assert_eq!(check(ipv4, "10.01.1.1"), Verdict::Invalid);
        assert_eq!(check(ipv4, "203.0.113.5"), Verdict::Placeholder);
        assert_eq!(check(ipv6, "2a03:2880:f12f:83:face:b00c:0:25de"), Verdict::Valid);
        assert_eq!(check(ipv6, "2001:db8::1"), Verdict::Placeholder);
        assert_eq!(check(ipv6, "1:2:3"), Verdict::Invalid);
        assert_eq!(check(ipv6, "ab::cd"), Verdict::Invalid);
    }

    #[test]
    fn coordinates_are_range_checked() {
        assert_eq!(check(latlon, "48.85837, 2.29448"), Verdict::Valid);
        assert_eq!(check(latlon, "-90.000,180.000"), Verdict::Valid);
        assert_eq!(check(latlon, "90.001,10.000"), Verdict::Invalid);
        assert_eq!(check(latlon, "10.000,-180.001"), Verdict::Invalid);
        // End of a sentence, not more digits.
        let hay = b"gps 48.85837, 2.29448.";
        assert_eq!(latlon(&Candidate { hay, start: 4, end: 21 }), Verdict::Valid);
    }

    #[test]
    fn phone_rules() {
        assert_eq!(check(phone, "(415) 867-5309"), Verdict::Valid);
        assert_eq!(check(phone, "+44 20 7123 4567"), Verdict::Valid);
        // Ofcom's drama range and a fake-mode stand-in.
        assert_eq!(check(phone, "+44 20 7946 0958"), Verdict::Placeholder);
        assert_eq!(check(phone, "+49 30 00000045"), Verdict::Placeholder);
        assert_eq!(check(phone, "+1 415 555 0142"), Verdict::Placeholder);
        assert_eq!(check(phone, "+1 115 867 5309"), Verdict::Invalid);
        assert_eq!(check(phone, "+123456"), Verdict::Invalid);
    }

    #[test]
    fn emails_and_placeholder_domains() {
        assert_eq!(check(email, "a.b@gmail.com"), Verdict::Valid);
        assert_eq!(check(email, "a.@gmail.com"), Verdict::Invalid);
        assert_eq!(check(email, "icon@2x.png"), Verdict::Invalid);
        assert_eq!(check(email, "a@example.com"), Verdict::Placeholder);
        assert_eq!(check(email, "a@mail.example.org"), Verdict::Placeholder);
        assert_eq!(check(email, "a@x.test"), Verdict::Placeholder);
        assert_eq!(check(email, "a@notexample.com"), Verdict::Valid);
        assert_eq!(check(email, "a.b%40gmail.com"), Verdict::Valid);
        assert_eq!(check(email, "a%40example.com"), Verdict::Placeholder);
    }

    #[test]
    fn jwt_header_must_decode_to_json_with_alg() {
        assert_eq!(base64url(b"eyJhbGciOiJIUzI1NiJ9").unwrap(), b"{\"alg\":\"HS256\"}");
        assert_eq!(
            check(jwt, "eyJub3RoaW5nIjoxfQ.eyJzdWIiOiIxIn0.c2lnbmF0dXJlc2lnbmF0dXJl"),
            Verdict::Invalid
        );
    }

    #[test]
    fn device_secret_and_hash_rules() {
        assert_eq!(check(mac, "3c:22:fb:1a:9e:04"), Verdict::Valid);
        assert_eq!(check(mac, "3c:22-fb:1a:9e:04"), Verdict::Invalid);
        assert_eq!(check(mac, "FF:FF:FF:FF:FF:FF"), Verdict::Placeholder);
        assert_eq!(check(aws_key, "AKIA4ZKQ7LQ2MNBV3XYW"), Verdict::Valid);
        assert_eq!(check(aws_key, "AKIAIOSFODNN7EXAMPLE"), Verdict::Placeholder);
        let h86 = format!("$6$salt${}", "a".repeat(86));
        assert_eq!(check(crypt, &h86), Verdict::Valid);
        assert_eq!(check(crypt, &format!("$5$salt${}", "a".repeat(86))), Verdict::Invalid);
        assert_eq!(check(crypt, &format!("$5$salt${}", "a".repeat(43))), Verdict::Valid);
        assert_eq!(check(crypt, &format!("$2b$12${}", "a".repeat(53))), Verdict::Valid);
        assert_eq!(check(crypt, &format!("$2b$12${}", "a".repeat(54))), Verdict::Invalid);
        assert_eq!(check(crypt, "$1$saltsalt$qjXMvbEw8oaL.CzflDugX/"), Verdict::Valid);
    }

    #[test]
    fn every_name_resolves() {
        for n in NAMES {
            assert!(by_name(n).is_some(), "{n}");
        }
        assert!(by_name("nope").is_none());
    }
}
