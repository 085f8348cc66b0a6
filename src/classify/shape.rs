//! Value shapes: does a value look like what its field name says? Used for
//! the categories no detector sees (names, usernames, cities, plans, birth
//! dates) and to catch hashed identifiers in fields named like PII.

use crate::category::Category;

/// Whether `v` has the shape of a `category` value. `lat_lon` says the field
/// name was a coordinate (`lat`, `lng`), which wants a number in range.
pub fn fits(category: Category, v: &[u8], lat_lon: bool) -> bool {
    // Invalid UTF-8 is not a name, a city or a plan.
    let Ok(s) = std::str::from_utf8(v) else {
        return matches!(category, Category::Password | Category::Device | Category::Secret) && v.len() >= 4;
    };
    let s = s.trim();
    let chars = if s.is_ascii() { s.len() } else { s.chars().count() };
    match category {
        Category::Name => {
            (1..=64).contains(&chars)
                && s.chars().any(char::is_alphabetic)
                && s.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '.' | ','))
        }
        Category::Username => {
            (2..=64).contains(&chars) && !s.chars().any(char::is_whitespace) && !s.chars().all(|c| c.is_ascii_digit())
        }
        Category::Location if lat_lon => s.parse::<f64>().is_ok_and(|x| x.abs() <= 180.0 && x != 0.0),
        // A place name or an address; bare numbers only where the caller
        // knows the field holds postcodes (passed as `lat_lon` false and a
        // postcode check below).
        Category::Location => (1..=128).contains(&chars) && s.chars().any(char::is_alphabetic),
        // A plan, tier or role name, or a flag (`is_pro`): not a count.
        Category::AccountType => {
            (1..=32).contains(&chars)
                && s.chars().all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | ' '))
                && (s.chars().any(char::is_alphabetic) || s == "0" || s == "1")
        }
        Category::DateOfBirth => {
            let digits = s.chars().filter(char::is_ascii_digit).count();
            (s.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '-' | '/' | '.' | ' '))
                && (6..=8).contains(&digits))
                || s.parse::<u8>().is_ok_and(|age| (1..=120).contains(&age))
        }
        Category::Password => chars >= 4,
        Category::Phone => {
            let digits = s.chars().filter(char::is_ascii_digit).count();
            (7..=15).contains(&digits) && s.chars().all(|c| c.is_ascii_digit() || " +-().".contains(c))
        }
        Category::PaymentCard => {
            let digits = s.chars().filter(char::is_ascii_digit).count();
            s.chars().all(|c| c.is_ascii_digit() || " -/".contains(c)) && (3..=19).contains(&digits)
        }
        Category::BankAccount => {
            (6..=34).contains(&chars) && s.chars().all(|c| c.is_ascii_alphanumeric() || c == ' ' || c == '-')
        }
        Category::GovernmentId => {
            (5..=20).contains(&chars)
                && s.chars().filter(char::is_ascii_digit).count() >= 4
                && s.chars().all(|c| c.is_ascii_alphanumeric() || c == ' ' || c == '-')
        }
        Category::Device => chars >= 6,
        Category::Secret => chars >= 16 && !s.contains(' '),
        // Detector categories: a value's shape is not evidence on its own.
        Category::Email | Category::IpAddress | Category::Activity => false,
    }
}

/// A postcode: 3-10 digits, letters and single spaces or dashes (`75001`,
/// `SW1A 1AA`, `10115`).
pub fn is_postcode(v: &[u8]) -> bool {
    (3..=10).contains(&v.len())
        && v.iter().any(u8::is_ascii_digit)
        && v.iter().all(|b| b.is_ascii_alphanumeric() || *b == b' ' || *b == b'-')
}

/// A hex digest (MD5, SHA-1, SHA-256, SHA-512): a hashed identifier.
pub fn is_hex_digest(v: &[u8]) -> bool {
    matches!(v.len(), 32 | 40 | 64 | 128) && v.iter().all(u8::is_ascii_hexdigit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        assert!(fits(Category::Name, "Ana-María O'Neil".as_bytes(), false));
        assert!(!fits(Category::Name, b"ana42", false));
        assert!(fits(Category::Username, b"ana_lopez", false));
        assert!(!fits(Category::Username, b"12345", false));
        assert!(fits(Category::Location, "Zürich".as_bytes(), false));
        assert!(fits(Category::Location, b"48.85837", true));
        assert!(!fits(Category::Location, b"12.50", false));
        assert!(!fits(Category::Location, b"35", false));
        assert!(is_postcode(b"SW1A 1AA") && is_postcode(b"75001") && !is_postcode(b"Paris"));
        assert!(fits(Category::AccountType, b"pro", false));
        assert!(fits(Category::AccountType, b"1", false) && !fits(Category::AccountType, b"200", false));
        assert!(fits(Category::DateOfBirth, b"1987-04-12", false));
        assert!(!fits(Category::DateOfBirth, b"yesterday", false));
        assert!(fits(Category::Phone, b"06 12 34 56 78", false));
        assert!(is_hex_digest(
            b"5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8"
        ));
        assert!(!is_hex_digest(b"hello"));
    }
}
