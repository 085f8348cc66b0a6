//! What a replacement must be where it goes. A value in an SQL dump's typed
//! column gets a value of that type (`parse::column`): a number a number, a
//! date a valid date, an enum one of its members, a UUID a UUID, an `inet`
//! an address, text no longer than its `varchar(n)`, and NULL never where
//! the column is `NOT NULL`. A key's value (primary, unique or foreign) is
//! replaced by its keyed token in every mode, so keys stay distinct and
//! joins still join. Elsewhere the value's own shape decides: an unquoted
//! number stays a number (a phone, account, id or card number stored as
//! one, and no key, becomes 0: keyed digits would still read as one), a
//! coordinate becomes its whole degree, a time or a birth date keeps its
//! written form (`detect::fiction_date`). A `json` or array column known by
//! its name as a whole becomes an empty one.

use super::{keyed, replacement, Mode};
use crate::category::Category;
use crate::parse::column::{Column, SqlType};
use crate::scan::spans::Span;
use crate::sniff::Format;

/// The replacement of `span` in `hay`.
pub fn replace(span: &Span, hay: &[u8], format: Format, mode: Mode, key: &[u8]) -> String {
    let cat = span.category;
    let value = &hay[span.start..span.end];
    let cell = span.cell.as_ref();
    let whole_cell = cell.is_some_and(|c| hay[c.start..c.end].trim_ascii() == value.trim_ascii());
    let column = cell.filter(|_| whole_cell).and_then(|c| c.column.as_deref());
    if let Some(r) = column.and_then(|c| typed(c, cat, value, key)) {
        return r;
    }
    if !column.is_some_and(|c| c.key) && is_number(value) && !matches!(cat, Category::Location) {
        // A phone, account or id number stored as a number and no key:
        // zero, which is no one's (keyed digits would still read as one).
        if let Some(zero) = zero(cat, span, hay, format, column) {
            return zero;
        }
    }
    // A key keeps its joins and stays distinct: its keyed token.
    // So does a value a CHECK constrains: a token of letters, digits and
    // `_` is what such checks most often accept.
    let mode = if column.is_some_and(|c| c.key || c.checked) { Mode::Hash } else { mode };
    let r = untyped(span, hay, format, mode, key, column);
    // A log's field is never empty: its grammar wants a token (`-`).
    if r.is_empty() && format == Format::Log {
        return "-".into();
    }
    let declared = cell.and_then(|c| c.column.as_deref());
    match declared.map(|c| &c.ty) {
        // Within `varchar(n)`: a whole value's replacement at most n
        // characters, a part's no longer than the part. A token that does
        // not fit gives way to the masked form, else to nothing (a key's
        // is cut short: it must stay a value).
        Some(SqlType::Text(Some(n))) => {
            let limit = if whole_cell { *n } else { String::from_utf8_lossy(value).chars().count() };
            if r.chars().count() <= limit {
                return r;
            }
            let is_key = declared.is_some_and(|c| c.key || c.checked);
            if is_key {
                // A key stays distinct: the short token (`*` and 12 hex
                // digits) where it fits, else as many hex digits as fit.
                let full = replacement(cat, value, Mode::Hash, key);
                let token = format!("*{}", &full[full.len().saturating_sub(12)..]);
                return if token.len() <= limit {
                    token
                } else {
                    token[1..].chars().take(limit).collect()
                };
            }
            let masked = replacement(cat, value, Mode::Mask, key);
            if masked.chars().count() <= limit {
                masked
            } else {
                String::new()
            }
        }
        _ => r,
    }
}

/// A value of `column`'s type, where the type asks for one.
fn typed(column: &Column, cat: Category, value: &[u8], key: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(value);
    let birth = cat == Category::DateOfBirth;
    let date = |default: &str| {
        crate::detect::fiction_date::stand_in(text.trim(), birth).unwrap_or_else(|| default.to_string())
    };
    Some(match &column.ty {
        SqlType::Integer if !column.key && is_sensitive_number(cat) => "0".into(),
        SqlType::Number if !column.key && is_sensitive_number(cat) => "0".into(),
        SqlType::Integer => number(cat, value, key).filter(|n| !n.contains('.')).unwrap_or_else(|| "0".into()),
        SqlType::Number => number(cat, value, key).unwrap_or_else(|| "0".into()),
        SqlType::Date => date(if birth { "1900-01-01" } else { "1970-01-01" }),
        SqlType::Timestamp => date(if birth { "1900-01-01 00:00:00" } else { "1970-01-01 00:00:00" }),
        SqlType::Time => "00:00:00".into(),
        SqlType::Year => (if birth { "1900" } else { "1970" }).into(),
        SqlType::Enum(members) => members.first()?.clone(),
        SqlType::Uuid => uuid(cat, value, key),
        SqlType::Bool => text.into_owned(),
        SqlType::Inet => {
            let n = u16::from_le_bytes(keyed(cat, value, key, 2)[..2].try_into().expect("2 bytes"));
            if value.contains(&b':') {
                format!("2001:db8::{n:x}")
            } else {
                format!("192.0.2.{}", n % 254 + 1)
            }
        }
        // A document or an array known by its column as a whole: an empty
        // one (hits inside are replaced where they stand).
        SqlType::Json => match text.trim_start().as_bytes().first() {
            Some(b'[') => "[]".into(),
            Some(b'{') => "{}".into(),
            _ => "null".into(),
        },
        SqlType::Array => "{}".into(),
        SqlType::Text(_) | SqlType::Other => return None,
    })
}

/// The replacement where no declared type decides.
fn untyped(span: &Span, hay: &[u8], format: Format, mode: Mode, key: &[u8], column: Option<&Column>) -> String {
    let (cat, value) = (span.category, &hay[span.start..span.end]);
    // An unquoted value (a number, in SQL and JSON) stays a value of its
    // type: a number a number, else NULL / null.
    let null = match format {
        _ if !bare_token(span, hay, format) => None,
        Format::Sql if column.is_some_and(|c| c.not_null) => Some("''"),
        Format::Sql => Some("NULL"),
        _ => Some("null"),
    };
    if let Some(null) = null {
        return number(cat, value, key).unwrap_or_else(|| null.into());
    }
    // A `COPY` field is unquoted whatever its type: only an undeclared one
    // is typed by its value.
    let text_column = column.is_some_and(|c| matches!(c.ty, SqlType::Text(_) | SqlType::Json | SqlType::Array));
    if (unquoted_cell(span, hay) && !text_column) || cat == Category::Location {
        // A `COPY` field holding a number, a coordinate (`53,4808`).
        if let Some(n) = number(cat, value, key) {
            return n;
        }
    }
    if matches!(cat, Category::Activity | Category::DateOfBirth) {
        if let Some(d) = std::str::from_utf8(value)
            .ok()
            .and_then(|v| crate::detect::fiction_date::stand_in(v.trim(), cat == Category::DateOfBirth))
        {
            return d;
        }
    }
    replacement(cat, value, mode, key)
}

/// The replacement of a plain number, a number again, so it loads into a
/// typed column: a coordinate (or any decimal) its whole degree (about 100
/// km: no one's place; `53,4808` too); a whole number the same count of
/// digits drawn from a keyed hash of the value (the same value the same
/// number in every file, so joins still join), at most `i32::MAX` or
/// `i64::MAX` where the value was. `None` for what is not a plain number.
pub fn number(cat: Category, value: &[u8], key: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(value).ok()?.trim();
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'-' | b'+' | b'.' | b'e' | b'E' | b',')) {
        return None;
    }
    // A place is a number only as a coordinate, written with its decimals
    // (a postcode `80807` is not one).
    if cat == Category::Location && !text.contains(['.', ',']) {
        return None;
    }
    // A decimal comma, in a coordinate only (`1,234` is a thousand elsewhere).
    let dotted = if cat == Category::Location && text.matches(',').count() == 1 && !text.contains('.') {
        text.replace(',', ".")
    } else if text.contains(',') {
        return None;
    } else {
        text.to_string()
    };
    let x: f64 = dotted.parse().ok().filter(|x: &f64| x.is_finite())?;
    if cat == Category::Location || dotted.contains(['.', 'e', 'E']) {
        return Some(format!("{}", x.trunc() as i64));
    }
    let digits = text.bytes().filter(u8::is_ascii_digit).count().clamp(1, 18);
    let n = u64::from_le_bytes(keyed(cat, value, key, 1)[..8].try_into().expect("8 bytes"));
    let low = if digits == 1 { 0 } else { 10u64.pow(digits as u32 - 1) };
    let magnitude: u64 = text.trim_start_matches(['-', '+']).parse().unwrap_or(u64::MAX);
    let high = match magnitude {
        m if m <= i32::MAX as u64 => (10u64.pow(digits as u32) - 1).min(i32::MAX as u64),
        _ => (10u64.pow(digits as u32) - 1).min(i64::MAX as u64),
    };
    let sign = if text.starts_with('-') { "-" } else { "" };
    Some(format!("{sign}{}", low + n % (high - low + 1)))
}

/// A category a number identifies someone by.
fn is_sensitive_number(cat: Category) -> bool {
    matches!(
        cat,
        Category::Phone | Category::BankAccount | Category::GovernmentId | Category::PaymentCard
    )
}

/// Whether `v` is a plain whole number (digits, a sign).
fn is_number(v: &[u8]) -> bool {
    let t = v.trim_ascii();
    let digits = t.strip_prefix(b"-").unwrap_or(t);
    !digits.is_empty() && digits.iter().all(u8::is_ascii_digit)
}

/// `0` for a number of a category a number identifies (a phone, an
/// account, an id, a card) where the number is a number in the file (an
/// unquoted token, a numeric column, a `COPY` field of no declared type);
/// `None` elsewhere.
fn zero(cat: Category, span: &Span, hay: &[u8], format: Format, column: Option<&Column>) -> Option<String> {
    if !is_sensitive_number(cat) {
        return None;
    }
    let numeric_column = column.is_some_and(|c| matches!(c.ty, SqlType::Integer | SqlType::Number));
    let undeclared_copy = column.is_none() && unquoted_cell(span, hay);
    (numeric_column || bare_token(span, hay, format) || undeclared_copy).then(|| "0".to_string())
}

/// Whether `span` is a whole unquoted JSON or SQL token (a number, `true`,
/// a function call).
fn bare_token(span: &Span, hay: &[u8], format: Format) -> bool {
    let (s, e) = (span.start, span.end);
    match format {
        Format::Json | Format::Ndjson => bare(hay, s, e, b":,[", b",}]"),
        Format::Sql => bare(hay, s, e, b"(,", b",)"),
        _ => false,
    }
}

/// Whether `span` lies in an SQL value written without quotes (a bare
/// token, a `COPY` field).
fn unquoted_cell(span: &Span, hay: &[u8]) -> bool {
    span.cell.as_ref().is_some_and(|c| c.start == 0 || hay[c.start - 1] != b'\'')
}

/// A UUID drawn from a keyed hash of the value (version 4's bits set), the
/// same for the same value everywhere.
fn uuid(cat: Category, value: &[u8], key: &[u8]) -> String {
    let mut b = keyed(cat, value, key, 3);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h: String = b[..16].iter().map(|x| format!("{x:02x}")).collect();
    format!("{}-{}-{}-{}-{}", &h[..8], &h[8..12], &h[12..16], &h[16..20], &h[20..32])
}

/// Whether `s..e` is a whole unquoted token: what precedes it (spaces
/// aside) is one of `before`, what follows one of `after`.
fn bare(hay: &[u8], s: usize, e: usize, before: &[u8], after: &[u8]) -> bool {
    let prev = hay[..s].iter().rev().find(|b| !b.is_ascii_whitespace());
    let next = hay[e..].iter().find(|b| !b.is_ascii_whitespace());
    prev.is_some_and(|b| before.contains(b)) && next.is_none_or(|b| after.contains(b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scan::spans::Cell;
    use std::sync::Arc;

    #[test]
    fn unquoted_numbers_stay_numbers_of_their_shape() {
        let k = b"k";
        assert_eq!(number(Category::Location, b"53.4808", k).as_deref(), Some("53"));
        assert_eq!(number(Category::Location, b"-6.2603", k).as_deref(), Some("-6"));
        assert_eq!(number(Category::Location, b"53,4808", k).as_deref(), Some("53"));
        assert_eq!(number(Category::Phone, b"1,234", k), None);
        let phone = number(Category::Phone, b"33612345678", k).unwrap();
        assert_eq!(phone.len(), 11);
        assert_ne!(phone, "33612345678");
        assert_eq!(Some(phone), number(Category::Phone, b"33612345678", k), "stable: joins join");
        let int = number(Category::Phone, b"2061234567", k).unwrap();
        assert!(int.len() == 10 && int.parse::<i32>().is_ok(), "fits the int the value fitted: {int}");
        assert_eq!(number(Category::Email, b"true", k), None);
    }

    fn in_column(hay: &[u8], value: &str, cat: Category, def: &str) -> String {
        let start = hay.windows(value.len()).position(|w| w == value.as_bytes()).unwrap();
        let end = start + value.len();
        let column = Some(Arc::new(Column::parse(def, &[])));
        let span = Span {
            start,
            end,
            category: cat,
            cell: Some(Cell { start, end, column }),
        };
        replace(&span, hay, Format::Sql, Mode::Mask, b"k")
    }

    #[test]
    fn typed_columns_get_values_of_their_type() {
        let hay = b"INSERT INTO t VALUES (1,'pro','2024-10-10 13:55:36',53.4808,'emma@example.org','d3b07384-d113-4956-9a4c-6a1a4f0c8f21','81.2.69.160');";
        let r = |v: &str, cat, def: &str| in_column(hay, v, cat, def);
        assert_eq!(r("pro", Category::AccountType, "enum('free','pro')"), "free");
        assert_eq!(r("2024-10-10 13:55:36", Category::Activity, "datetime NOT NULL"), "1970-01-01 00:00:00");
        assert_eq!(r("53.4808", Category::Location, "double precision"), "53");
        let email = r("emma@example.org", Category::Email, "varchar(80) NOT NULL UNIQUE");
        assert!(email.starts_with("email_"), "a key's keyed token: {email}");
        let short = r("emma@example.org", Category::Email, "varchar(14) NOT NULL UNIQUE");
        assert_eq!(short, format!("*{}", &email[6..]), "the short token where the long one does not fit");
        let shorter = r("emma@example.org", Category::Email, "varchar(10) UNIQUE");
        assert_eq!(shorter, email[6..16], "as many of its hex digits as fit: still distinct");
        let plain = r("emma@example.org", Category::Email, "varchar(16)");
        assert_eq!(plain, "e***@e******.org", "no key: the masked form");
        let u = r("d3b07384-d113-4956-9a4c-6a1a4f0c8f21", Category::GovernmentId, "uuid");
        assert_eq!(u.len(), 36);
        assert_eq!(&u[14..15], "4");
        assert_ne!(u, "d3b07384-d113-4956-9a4c-6a1a4f0c8f21");
        assert!(r("81.2.69.160", Category::IpAddress, "inet").starts_with("192.0.2."));
    }
}
