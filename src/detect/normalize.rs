//! Canonical forms of found values, so that `John@Mail.com` and
//! `john@mail.com`, or `4556 7375 8689 9855` and `4556737586899855`, count as
//! one distinct value. Only a 64-bit fingerprint is kept, never the value.

use crate::category::Category;
use std::hash::{Hash, Hasher};
use std::net::IpAddr;

/// The fingerprint of a value's canonical form, for distinct counting.
pub fn fingerprint(category: Category, value: &[u8]) -> u64 {
    let mut h = std::hash::DefaultHasher::new();
    category.hash(&mut h);
    match category {
        Category::Email => value.to_ascii_lowercase().hash(&mut h),
        Category::IpAddress => match std::str::from_utf8(value)
            .ok()
            .and_then(|s| s.parse::<IpAddr>().ok())
        {
            Some(ip) => ip.hash(&mut h),
            None => value.hash(&mut h),
        },
        Category::PaymentCard
        | Category::GovernmentId
        | Category::Phone
        | Category::BankAccount => {
            for b in value.iter().filter(|b| b.is_ascii_alphanumeric()) {
                b.to_ascii_uppercase().hash(&mut h);
            }
        }
        Category::Device => {
            for b in value.iter().filter(|b| b.is_ascii_hexdigit()) {
                b.to_ascii_lowercase().hash(&mut h);
            }
        }
        _ => value.hash(&mut h),
    }
    h.finish()
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
        assert_ne!(
            f(Category::Email, b"a@b.com"),
            f(Category::Email, b"a@c.com")
        );
    }
}
