//! Secrets and passwords: AWS keys, JWTs (their header decodes to JSON with `alg`) and crypt-style password hashes.

use super::*;

pub(super) fn aws_key(c: &Candidate) -> Verdict {
    if c.bytes().ends_with(b"EXAMPLE") {
        Verdict::Placeholder
    } else {
        Verdict::Valid
    }
}

/// Decodes unpadded base64url; `None` on a character outside the alphabet.
pub(super) fn base64url(s: &[u8]) -> Option<Vec<u8>> {
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

pub(super) fn jwt(c: &Candidate) -> Verdict {
    let header = c.bytes().split(|&b| b == b'.').next().unwrap_or(b"");
    match base64url(header) {
        Some(h) if h.starts_with(b"{") && h.windows(5).any(|w| w == b"\"alg\"") => Verdict::Valid,
        _ => Verdict::Invalid,
    }
}

// ---- password --------------------------------------------------------------

/// Password hash strings in modular crypt and framework formats: the regex
/// finds the shape (unbounded, for speed); this checks each scheme's lengths.
pub(super) fn crypt(c: &Candidate) -> Verdict {
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
