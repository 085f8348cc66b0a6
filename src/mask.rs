//! The one masking path. Every output format gets a found value's text from
//! [`render`]; nothing else turns matched bytes into report text, so a value
//! cannot leak through a format that forgot to mask.

use crate::category::Category;

/// The text of a found value for a report: masked, unless `reveal` (the
/// user's explicit `--show-values`). Invalid UTF-8 becomes U+FFFD.
pub fn render(category: Category, value: &[u8], reveal: bool) -> String {
    let text = String::from_utf8_lossy(value);
    if reveal {
        return text.into_owned();
    }
    mask(category, &text)
}

fn mask(category: Category, v: &str) -> String {
    match category {
        Category::Email => mask_email(v),
        Category::IpAddress => mask_ip(v),
        Category::PaymentCard | Category::GovernmentId | Category::Phone => {
            keep_last_alnum(v, 4.min(alnum_count(v) / 4))
        }
        Category::BankAccount => keep_first_and_last(v, 2, 2),
        Category::Password | Category::Secret => mask_secret(category, v),
        Category::Location => mask_location(v),
        Category::Device => keep_first_and_last(v, 8, 0),
        _ => keep_first_and_last(v, 1, 0),
    }
}

fn alnum_count(v: &str) -> usize {
    v.chars().filter(|c| c.is_ascii_alphanumeric()).count()
}

/// `john.doe@mail.example.com` → `j***@m***.e******.com`.
fn mask_email(v: &str) -> String {
    // `%40` (in a URL) kept as it is written.
    let Some((local, sep, domain)) = v
        .rsplit_once('@')
        .map(|(l, d)| (l, "@", d))
        .or_else(|| v.rsplit_once("%40").map(|(l, d)| (l, "%40", d)))
    else {
        return keep_first_and_last(v, 1, 0);
    };
    let mut out = String::new();
    out.extend(local.chars().take(1));
    out.push_str("***");
    out.push_str(sep);
    let labels: Vec<&str> = domain.split('.').collect();
    for (i, label) in labels.iter().enumerate() {
        if i + 1 == labels.len() {
            out.push_str(label);
        } else {
            let mut chars = label.chars();
            out.extend(chars.next());
            out.extend(chars.map(|_| '*'));
            out.push('.');
        }
    }
    out
}

/// `81.2.69.160` → `81.*.*.*`; IPv6 keeps its first group.
fn mask_ip(v: &str) -> String {
    if let Some((first, rest)) = v.split_once('.') {
        let stars = rest.split('.').map(|_| "*").collect::<Vec<_>>().join(".");
        return format!("{first}.{stars}");
    }
    match v.split_once(':') {
        Some((first, _)) => format!("{first}:****:****"),
        None => "****".to_string(),
    }
}

/// Keeps the last `n` alphanumerics, keeps separators, stars the rest.
fn keep_last_alnum(v: &str, n: usize) -> String {
    let total = alnum_count(v);
    let mut seen = 0;
    v.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                seen += 1;
                if seen > total - n {
                    c
                } else {
                    '*'
                }
            } else {
                c
            }
        })
        .collect()
}

/// Keeps `head` leading and `tail` trailing characters, stars the rest
/// (separators `: - .` kept so the shape stays readable).
fn keep_first_and_last(v: &str, head: usize, tail: usize) -> String {
    let n = v.chars().count();
    v.chars()
        .enumerate()
        .map(|(i, c)| {
            if i < head || i + tail >= n || matches!(c, ':' | '-' | '.' | ' ') {
                c
            } else {
                '*'
            }
        })
        .collect()
}

/// Hash scheme prefixes (`$2b$12$`, `pbkdf2_sha256$`) say what kind of hash it
/// is without revealing it; the rest never shows, not even its length.
fn mask_secret(category: Category, v: &str) -> String {
    let prefix_len = if v.starts_with('$') || v.starts_with("pbkdf2") {
        // Up to and including the last `$` before the salt.
        v.match_indices('$').nth(2).map_or(4, |(i, _)| i + 1).min(24)
    } else if v.starts_with("-----") {
        v.len()
    } else if category == Category::Password {
        0 // a plaintext password: not one character of it
    } else {
        4
    };
    let head: String = v.chars().take(prefix_len).collect();
    if head.len() == v.len() {
        head
    } else {
        format!("{head}****")
    }
}

/// `48.85837, 2.29448` → `48.*****, 2.*****`: the degree stays (that is a
/// region, not an address).
/// Coordinates keep their whole degrees (`48.*****, 2.*****`); a value with
/// digits otherwise is a street address or a postal code, masked but its
/// first character (`1*******…`, `7****`); a place name alone (`Berlin`) is a
/// general location, shown as it is.
fn mask_location(v: &str) -> String {
    let coordinates = v.contains('.') && v.chars().all(|c| c.is_ascii_digit() || " .,-+;".contains(c));
    if coordinates {
        mask_coordinates(v)
    } else if v.chars().any(|c| c.is_ascii_digit()) {
        keep_first_and_last(v, 1, 0)
    } else {
        v.to_string()
    }
}

fn mask_coordinates(v: &str) -> String {
    let mut after_dot = false;
    v.chars()
        .map(|c| {
            if c == '.' {
                after_dot = true;
                c
            } else if c.is_ascii_digit() && after_dot {
                '*'
            } else {
                after_dot = after_dot && c.is_ascii_digit();
                c
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_keep_shape_but_not_value() {
        let m = |c, v: &str| render(c, v.as_bytes(), false);
        assert_eq!(m(Category::Email, "john.doe@gmail.com"), "j***@g****.com");
        assert_eq!(m(Category::IpAddress, "81.2.69.160"), "81.*.*.*");
        assert_eq!(m(Category::IpAddress, "2a03:2880::1"), "2a03:****:****");
        assert_eq!(m(Category::PaymentCard, "4556 7375 8689 9855"), "**** **** **** 9855");
        assert_eq!(m(Category::GovernmentId, "512-44-3378"), "***-**-**78");
        assert_eq!(m(Category::Location, "48.85837, 2.29448"), "48.*****, 2.*****");
        assert_eq!(m(Category::Location, "Berlin"), "Berlin");
        let street = m(Category::Location, "12 Rue de Rivoli");
        assert!(!street.contains("12") && !street.contains("Rivoli"), "{street}");
        assert_eq!(m(Category::Location, "75001"), "7****");
        assert!(!m(Category::Location, "SW1A 1AA").contains("1AA"));
        assert_eq!(m(Category::Device, "3c:22:fb:1a:9e:04"), "3c:22:fb:**:**:**");
        assert_eq!(m(Category::Password, "$2b$12$EixZaYVK1fsbw1ZfbX3OXe"), "$2b$12$****");
        assert_eq!(m(Category::Secret, "AKIA4ZKQ7LQ2MNBV3XYW"), "AKIA****");
        assert_eq!(m(Category::Password, "Sommer2024!"), "****");
        assert_eq!(m(Category::BankAccount, "NL91ABNA0417164300"), "NL**************00");
    }

    #[test]
    fn reveal_is_explicit_and_invalid_utf8_is_replaced() {
        assert_eq!(render(Category::Email, b"a@b.com", true), "a@b.com");
        assert_eq!(render(Category::Name, b"J\xffn", true), "J\u{fffd}n");
        assert!(!render(Category::Name, b"Jonathan", false).contains("onathan"));
    }
}
