//! Email addresses: a real domain (not a file name, a protocol's `user@host` or an example domain).

use super::*;

/// TLDs that are really file extensions (`logo@2x.png`) or code.
pub(super) const NOT_TLDS: &[&str] = &[
    "png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico", "css", "js", "ts", "map", "json", "xml", "html", "htm",
    "txt", "log", "zip", "gz", "md", "py", "rs", "go", "java", "php",
];

pub(super) fn email(c: &Candidate) -> Verdict {
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
pub(super) fn is_protocol_name(local: &[u8], domain: &[u8]) -> bool {
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

pub(super) fn ends_with_ci(s: &[u8], suffix: &[u8]) -> bool {
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
