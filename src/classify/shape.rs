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
        Category::Name => (1..=64).contains(&chars) && s.chars().any(char::is_alphabetic) && s.chars().all(name_char),
        // A handle has a letter (`user=0.02` in a GC log is a timing).
        // A masked value (`c***@l***.ie`) is no one's handle.
        Category::Username => {
            (2..=64).contains(&chars)
                && !s.chars().any(char::is_whitespace)
                && s.chars().any(char::is_alphabetic)
                && !s.contains("***")
        }
        // A decimal comma (`53,4808`) is a decimal point in much of Europe.
        // A whole degree written without decimals (about 100 km, what a
        // redacted copy keeps) locates no one: a coordinate is written with
        // its decimals (`10.00000` is one).
        Category::Location if lat_lon => {
            s.split_once(['.', ',']).is_some_and(|(_, frac)| frac.starts_with(|c: char| c.is_ascii_digit()))
                && s.replacen(',', ".", 1)
                    .parse::<f64>()
                    .is_ok_and(|x| x.abs() <= 180.0 && x != 0.0)
        }
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
            // A date with a midnight time (`1962-02-18 00:00:00`, `…T00:00:00Z`).
            let s = s.split([' ', 'T']).next().unwrap_or(s);
            let digits = s.chars().filter(char::is_ascii_digit).count();
            (s.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '-' | '/' | '.' | ' '))
                && (6..=8).contains(&digits))
                || s.parse::<u8>().is_ok_and(|age| (1..=120).contains(&age))
                // A birth year (`birthyear`, `rok_urodzenia`).
                || (s.len() == 4 && s.parse::<u16>().is_ok_and(|y| (1500..=2030).contains(&y)))
        }
        Category::Password => chars >= 4,
        Category::Phone => {
            let s = without_phone_label(s);
            let digits = s.chars().filter(char::is_ascii_digit).count();
            (7..=15).contains(&digits) && s.chars().all(|c| c.is_ascii_digit() || " +-().".contains(c))
        }
        Category::PaymentCard => {
            let digits = s.chars().filter(char::is_ascii_digit).count();
            s.chars().all(|c| c.is_ascii_digit() || " -/".contains(c)) && (3..=19).contains(&digits)
        }
        // `123456789/0800`: a Czech or Slovak account and its bank's code.
        Category::BankAccount => {
            (6..=34).contains(&chars)
                && s.chars().any(|c| c.is_ascii_digit())
                && s.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, ' ' | '-' | '/'))
        }
        Category::GovernmentId => {
            (5..=20).contains(&chars)
                && s.chars().filter(char::is_ascii_digit).count() >= 4
                && s.chars().all(|c| c.is_ascii_alphanumeric() || c == ' ' || c == '-')
        }
        Category::Device => chars >= 6,
        Category::Secret => chars >= 16 && !s.contains(' '),
        // An intranet address (`tammy.bryant@internalmail`): a host without
        // a dot, which the email detector (it wants a domain) leaves alone.
        // URL-encoded in a query string (`anna%40example.org`).
        Category::Email if s.contains("%40") => s.split_once("%40").is_some_and(|(local, host)| {
            !local.is_empty()
                && host.contains('.')
                && !host.ends_with('.')
                && s.bytes().all(|b| b.is_ascii_alphanumeric() || b"%._+-".contains(&b))
        }),
        Category::Email => s.split_once('@').is_some_and(|(local, host)| {
            !local.is_empty()
                && !host.is_empty()
                && !host.contains(['.', '@'])
                && !s.contains(char::is_whitespace)
                && host.chars().all(|c| c.is_alphanumeric() || c == '-')
        }),
        // Detector categories: a value's shape is not evidence on its own.
        Category::IpAddress | Category::Activity | Category::Custom(_) => false,
    }
}

/// Whether `v`, a value of a log line's field classified as `category`, is
/// as a whole a value of it, so a redaction replaces it whole: a value
/// known by its field (a name, a city, a plan, a time) always; an email, a
/// phone, an address or a number only where the value is written as one (a
/// request line whose query holds emails is not an email: the hits in it
/// are replaced where they stand, and the line still parses).
pub fn is_whole(category: Category, v: &[u8]) -> bool {
    let t = v.trim_ascii();
    match category {
        Category::Email => {
            !t.iter().any(u8::is_ascii_whitespace)
                && (t.contains(&b'@') || t.windows(3).any(|w| w == b"%40"))
                && t.len() <= 254
        }
        Category::IpAddress => std::str::from_utf8(t).is_ok_and(|s| s.parse::<std::net::IpAddr>().is_ok()),
        Category::Phone | Category::PaymentCard | Category::BankAccount | Category::GovernmentId => {
            fits(category, t, false)
        }
        Category::Secret => !t.iter().any(u8::is_ascii_whitespace),
        _ => true,
    }
}

/// A character a person's name is written with: letters, spaces, and the
/// punctuation of `O'Neil`, `Lopez, Ana`, `J.P.`, `サトウ・タロウ`, `Jansen (Jan)`.
pub fn name_char(c: char) -> bool {
    c.is_alphabetic() || c.is_whitespace() || matches!(c, '-' | '\'' | '’' | '.' | ',' | '・' | '(' | ')')
}

/// The year of a calendar date without a time (`1961-01-05`, `05.01.1961`,
/// `01/05/1961`), if it is one from 1900 on.
pub fn date_year(v: &[u8]) -> Option<u16> {
    let s = std::str::from_utf8(v).ok()?.trim();
    let sep = s.chars().find(|c| matches!(c, '-' | '/' | '.'))?;
    let mut parts = s.split(sep);
    let (Some(a), Some(b), Some(c), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
        return None;
    };
    if ![a, b, c]
        .iter()
        .all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|x| x.is_ascii_digit()))
    {
        return None;
    }
    let n = |p: &str| p.parse::<u16>().ok();
    let (year, m, d) = match (a.len(), c.len()) {
        (4, 1..=2) => (n(a)?, n(b)?, n(c)?),
        (1..=2, 4) => (n(c)?, n(a)?, n(b)?),
        _ => return None,
    };
    let (lo, hi) = (m.min(d), m.max(d));
    ((1900..=2100).contains(&year) && (1..=12).contains(&lo) && (1..=31).contains(&hi)).then_some(year)
}

/// A phone number written with separators (`02-784-1322`, `(206) 555-9857`,
/// `+82 2 788 2666`): 8 to 15 digits in three or more groups (or after a
/// `+`), not a date and not a dotted address.
pub fn is_phone_like(v: &[u8]) -> bool {
    let Ok(s) = std::str::from_utf8(v) else { return false };
    // The first of several numbers (`… / 788-2469`), without an extension
    // range (`02-784-1781~3`).
    let s = s.split('/').next().unwrap_or(s).trim();
    let s = match s.rsplit_once('~') {
        Some((number, ext)) if !ext.is_empty() && ext.bytes().all(|b| b.is_ascii_digit()) => number,
        _ => s,
    };
    let digits = s.bytes().filter(u8::is_ascii_digit).count();
    if !(8..=15).contains(&digits) || !s.bytes().all(|b| b.is_ascii_digit() || b" +-.()".contains(&b)) {
        return false;
    }
    let groups = || s.split([' ', '-', '.', '(', ')']).filter(|g| !g.is_empty());
    let count = groups().count();
    let dotted_quad = s.contains('.') && count == 4 && groups().all(|g| g.len() <= 3);
    (count >= 3 || s.starts_with('+')) && !dotted_quad && date_year(v).is_none()
}

/// A phone number without the label before it (`tel. (12) 257 90 32`,
/// `Tel: …`, `ph …`).
fn without_phone_label(s: &str) -> &str {
    let letters = s.find(|c: char| !c.is_alphabetic()).unwrap_or(s.len());
    if (1..=5).contains(&letters) {
        let rest = s[letters..].trim_start_matches(['.', ':']).trim_start();
        if rest.starts_with(|c: char| c.is_ascii_digit() || c == '+' || c == '(') {
            return rest;
        }
    }
    s
}

/// A Windows account (`adventure-works\ken0`, `CORP\j.doe`): a domain and a
/// user name joined by a backslash.
pub fn is_domain_account(v: &[u8]) -> bool {
    let Some(i) = memchr::memchr(b'\\', v) else {
        return false;
    };
    let (domain, user) = (&v[..i], &v[i + 1..]);
    let word = |p: &[u8]| {
        p.iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
    };
    (2..=15).contains(&domain.len())
        && domain[0].is_ascii_alphabetic()
        && (1..=20).contains(&user.len())
        && word(domain)
        && word(user)
        && user.iter().any(u8::is_ascii_alphabetic)
}

/// A postcode: 3-10 digits, letters and single spaces or dashes (`75001`,
/// `SW1A 1AA`, `10115`).
pub fn is_postcode(v: &[u8]) -> bool {
    (3..=10).contains(&v.len())
        && v.iter().any(u8::is_ascii_digit)
        && v.iter().all(|b| b.is_ascii_alphanumeric() || *b == b' ' || *b == b'-')
}

/// The value of a secret-named setting in a configuration file: six
/// characters or more without spaces, not a reference to one kept
/// elsewhere (`${DB_PASSWORD}`, `%(pw)s`, `<secret>`) nor a placeholder
/// (`changeme`, `xxxxxx`).
pub fn is_config_secret(v: &[u8]) -> bool {
    let Ok(s) = std::str::from_utf8(v.trim_ascii()) else { return false };
    let lower = s.to_ascii_lowercase();
    s.chars().count() >= 6
        && !s.contains(char::is_whitespace)
        && !s.starts_with("${")
        && !s.starts_with("%(")
        && !s.starts_with("{{")
        && !s.starts_with('<')
        && !s.chars().all(|c| c == s.chars().next().unwrap_or(' '))
        && !["changeme", "change_me", "password", "secret", "example", "placeholder", "your_", "xxx", "null", "none", "true", "false"]
            .iter()
            .any(|p| lower.starts_with(p))
}

/// A hex digest (MD5, SHA-1, SHA-256, SHA-512): a hashed identifier.
pub fn is_hex_digest(v: &[u8]) -> bool {
    matches!(v.len(), 32 | 40 | 64 | 128) && v.iter().all(u8::is_ascii_hexdigit)
}

/// First names of `redact --mode fake`'s stand-ins (`Robin Example`).
pub const FAKE_FIRST_NAMES: [&str; 8] = ["Alex", "Sam", "Robin", "Jamie", "Kim", "Noa", "Toni", "Charlie"];

/// One of pii-scan's own redaction tokens: from `redact --mode hash`, `*`
/// and 12 hex digits for a value known by its field, `email_` (any category
/// id and `_`) and 12 hex digits for the others; from `--mode fake`, the
/// stand-ins of values known by their field (`Robin Example`,
/// `example_3f2a9c`, `Example City`), its dates in any mode
/// (`detect::fiction_date`: `1970-01-01 00:00:00`) and its phones
/// (`detect::fiction::stand_in`). A redacted copy holds these
/// where the values were: they are counted as redacted, never as data.
pub fn is_redaction_token(v: &[u8]) -> bool {
    let hex = |t: &[u8], n: usize| t.len() == n && t.iter().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
    let hex12 = |t: &[u8]| hex(t, 12);
    if let Some(t) = v.strip_prefix(b"*") {
        return hex12(t);
    }
    // Runs on every value of every field: every token below is longer.
    if v.len() < 6 {
        return false;
    }
    // `redact --mode fake` stand-ins.
    if let Some(t) = v.strip_prefix(b"example_") {
        return hex(t, 6);
    }
    if v == b"Example City" || crate::detect::fiction_date::is_stand_in(v) {
        return true;
    }
    // `--mode fake`'s card, national id and IBAN: documentation values.
    if matches!(v, b"4111 1111 1111 1111" | b"078-05-1120" | b"GB82WEST12345698765432") {
        return true;
    }
    // Phones: fake mode's stand-ins, in the number's own written form
    // (`(202) 555-0145`, `+44 7700 900045`); other fictional numbers stay
    // phones (sample databases are full of them).
    if crate::detect::fiction::is_stand_in(v) {
        return true;
    }
    if let Some(first) = v.strip_suffix(b" Example") {
        return FAKE_FIRST_NAMES.iter().any(|f| f.as_bytes() == first);
    }
    v.len() > 13
        && v[v.len() - 13] == b'_'
        && hex12(&v[v.len() - 12..])
        && Category::is_known_id(&v[..v.len() - 13])
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
        assert!(fits(Category::Location, b"48.85837", true) && fits(Category::Location, b"53,4808", true));
        assert!(!fits(Category::Location, b"12.50", false));
        assert!(!fits(Category::Location, b"35", false));
        assert!(is_postcode(b"SW1A 1AA") && is_postcode(b"75001") && !is_postcode(b"Paris"));
        assert!(fits(Category::AccountType, b"pro", false));
        assert!(fits(Category::AccountType, b"1", false) && !fits(Category::AccountType, b"200", false));
        assert!(fits(Category::DateOfBirth, b"1987-04-12", false));
        assert!(fits(Category::DateOfBirth, b"1962-02-18 00:00:00", false));
        assert!(!fits(Category::Username, b"0.02", false));
        assert!(fits(Category::DateOfBirth, b"1965", false) && !fits(Category::DateOfBirth, b"2150", false));
        assert!(fits(Category::Name, "青木\u{3000}愛".as_bytes(), false));
        assert_eq!(date_year(b"1961-01-05"), Some(1961));
        assert!(fits(Category::Phone, b"tel. (12) 257 90 32", false) && !fits(Category::Phone, b"tel. none", false));
        assert!(fits(Category::DateOfBirth, b"1757", false));
        assert!(
            is_domain_account(b"adventure-works\\ken0")
                && !is_domain_account(b"C:\\Users")
                && !is_domain_account(b"a\\b\\c")
        );
        assert_eq!(date_year(b"05.01.1961"), Some(1961));
        assert_eq!(date_year(b"12/31/1948"), Some(1948));
        assert_eq!(date_year(b"1961-13-45"), None);
        assert_eq!(date_year(b"1.2.3"), None);
        assert!(is_phone_like(b"02-784-1322") && is_phone_like(b"(206) 555-9857") && is_phone_like(b"+82 2 788 2666"));
        assert!(is_phone_like(b"02-784-1781~3") && is_phone_like(b"02)784-3396~8 / 788-2469"));
        assert!(!is_phone_like(b"1961-01-05") && !is_phone_like(b"10.20.30.40") && !is_phone_like(b"12345678"));
        assert!(!fits(Category::DateOfBirth, b"yesterday", false));
        assert!(fits(Category::Phone, b"06 12 34 56 78", false));
        assert!(is_hex_digest(
            b"5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8"
        ));
        assert!(!is_hex_digest(b"hello"));
        assert!(fits(Category::Email, b"emma%40example.org", false) && !fits(Category::Email, b"emma%40", false));
    }
}
