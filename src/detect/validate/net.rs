//! Network identifiers: MAC addresses (`device`), IPv4 and IPv6 addresses, and which ranges are internal or for documentation.

use super::*;
use std::net::{Ipv4Addr, Ipv6Addr};

pub(super) fn mac(c: &Candidate) -> Verdict {
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

pub(super) fn ipv4(c: &Candidate) -> Verdict {
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

pub(super) fn ipv6(c: &Candidate) -> Verdict {
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
