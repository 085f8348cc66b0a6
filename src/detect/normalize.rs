//! Canonical forms of found values, so that `John@Mail.com` and
//! `john@mail.com`, or `4556 7375 8689 9855` and `4556737586899855`, count as
//! one distinct value. Only a 64-bit fingerprint is kept, never the value.

use crate::category::Category;
use std::hash::{BuildHasher, Hasher};
use std::net::IpAddr;

/// Fixed seed: fingerprints (and so samples) are the same on every run.
const SEED: u64 = 0x7069_692d_7363_616e;

/// The fingerprint scheme, as parts record it: shards whose fingerprints
/// differ cannot be merged.
pub const SCHEME: &str = "foldhash-fast-0.2/seed=0x7069692d7363616e/canonical-v1";

/// The fingerprint of a value's canonical form, for distinct counting.
pub fn fingerprint(category: Category, value: &[u8]) -> u64 {
    let mut h = foldhash::fast::FixedState::with_seed(SEED).build_hasher();
    match category {
        // By id, not by index: a custom category's index is the order this
        // process named it in, which another shard's need not share.
        Category::Custom(_) => {
            h.write_u8(u8::MAX);
            h.write(category.id().as_bytes());
        }
        c => h.write_u8(c.index() as u8),
    }
    let mut buf = [0u8; 64];
    match category {
        Category::Email => {
            // `%40` (a URL's) is the `@` it stands for.
            let decoded;
            let value = match memchr::memmem::find(value, b"%40") {
                Some(at) if !value.contains(&b'@') => {
                    decoded = [&value[..at], b"@", &value[at + 3..]].concat();
                    &decoded[..]
                }
                _ => value,
            };
            // Lower-cased in stack-sized pieces: no allocation per value.
            for piece in value.chunks(buf.len()) {
                let out = &mut buf[..piece.len()];
                out.copy_from_slice(piece);
                out.make_ascii_lowercase();
                h.write(out);
            }
        }
        Category::IpAddress => match crate::detect::validate::parse_ipv4(value) {
            Some(ip) => h.write(&ip.to_ipv6_mapped().octets()),
            None => match std::str::from_utf8(value).ok().and_then(|s| s.parse::<IpAddr>().ok()) {
                Some(IpAddr::V4(ip)) => h.write(&ip.to_ipv6_mapped().octets()),
                Some(IpAddr::V6(ip)) => h.write(&ip.octets()),
                None => h.write(value),
            },
        },
        Category::PaymentCard | Category::GovernmentId | Category::Phone | Category::BankAccount | Category::Device => {
            let keep = |b: &u8| match category {
                Category::Device => b.is_ascii_hexdigit(),
                _ => b.is_ascii_alphanumeric(),
            };
            let mut n = 0;
            for &b in value.iter().filter(|b| keep(b)) {
                if n == buf.len() {
                    h.write(&buf);
                    n = 0;
                }
                buf[n] = b.to_ascii_uppercase();
                n += 1;
            }
            h.write(&buf[..n]);
        }
        _ => h.write(value),
    }
    mix(h.finish())
}

/// MurmurHash3's finalizer: every output bit depends on every input bit, which
/// the HyperLogLog sketch relies on (it reads the top bits and leading zeros).
fn mix(mut x: u64) -> u64 {
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    x = x.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    x ^ (x >> 33)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equivalent_spellings_share_a_fingerprint() {
        let f = fingerprint;
        assert_eq!(
            f(Category::Email, b"John@Mail.com"),
            f(Category::Email, b"john@mail.com")
        );
        assert_eq!(
            f(Category::IpAddress, b"2001:DB8:0:0::1"),
            f(Category::IpAddress, b"2001:db8::1")
        );
        assert_eq!(
            f(Category::PaymentCard, b"4556 7375 8689 9855"),
            f(Category::PaymentCard, b"4556-7375-8689-9855")
        );
        assert_eq!(
            f(Category::Device, b"3C-22-FB-1A-9E-04"),
            f(Category::Device, b"3c:22:fb:1a:9e:04")
        );
        assert_ne!(f(Category::Email, b"a@b.com"), f(Category::Email, b"a@c.com"));
        assert_ne!(f(Category::Email, b"a@b.com"), f(Category::Name, b"a@b.com"));
        let long = "x".repeat(200) + "@mail.com";
        assert_eq!(
            f(Category::Email, long.to_uppercase().as_bytes()),
            f(Category::Email, long.as_bytes())
        );
    }
}
