//! A field's value profile: what its values *are* (timestamps, dates,
//! integers, decimals, flags, UUIDs, digests, identifiers, text), kept in
//! the same pass in a few counters per field. The verdict rules read it to
//! decide which categories a field's values allow, whatever its name says:
//! `password_reset_sent_at` holds timestamps, so it is no password column.

use crate::detect::national::{self, Scheme, SCHEME_COUNT};
use std::sync::OnceLock;

/// The type of one value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A date and a time of day other than midnight (`2024-03-01 12:34:56`),
    /// or Unix seconds / milliseconds of this century.
    Timestamp,
    /// A calendar date, possibly with a midnight time (`1987-04-12`).
    Date,
    Integer,
    /// A number with a decimal point or comma (`53,4808`, `-0.12`).
    Decimal,
    /// `true`, `false`, `yes`, `no`, `t`, `f`.
    Boolean,
    Uuid,
    /// A hex digest (MD5, SHA-1, SHA-256, SHA-512).
    Digest,
    Text,
}

impl Kind {
    pub const ALL: [Kind; 8] = [
        Kind::Timestamp,
        Kind::Date,
        Kind::Integer,
        Kind::Decimal,
        Kind::Boolean,
        Kind::Uuid,
        Kind::Digest,
        Kind::Text,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Kind::Timestamp => "timestamp",
            Kind::Date => "date",
            Kind::Integer => "integer",
            Kind::Decimal => "decimal",
            Kind::Boolean => "boolean",
            Kind::Uuid => "uuid",
            Kind::Digest => "digest",
            Kind::Text => "text",
        }
    }

    /// The plural a note uses (`timestamps, not passwords`).
    pub fn plural(self) -> &'static str {
        match self {
            Kind::Timestamp => "timestamps",
            Kind::Date => "dates",
            Kind::Integer => "integers",
            Kind::Decimal => "decimal numbers",
            Kind::Boolean => "true/false flags",
            Kind::Uuid => "UUIDs",
            Kind::Digest => "hex digests",
            Kind::Text => "text",
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

impl std::str::FromStr for Kind {
    type Err = String;
    fn from_str(s: &str) -> Result<Kind, String> {
        Kind::ALL
            .into_iter()
            .find(|k| k.id() == s)
            .ok_or_else(|| format!("unknown value type '{s}'"))
    }
}

/// The counters of one field.
#[derive(Clone, Debug, Default)]
pub struct Profile {
    counts: [u64; 8],
    /// Values that are long digit identifiers (9 to 19 digits, maybe
    /// grouped by spaces or dashes): what checksummed categories are tested
    /// against (how many of these pass is the evidence).
    pub digit_ids: u64,
    /// Earliest and latest year of the dates and timestamps, and how many
    /// lie after this year.
    pub years: Option<(u16, u16)>,
    pub future: u64,
    /// Dates whose year is at least 16 years ago (birth dates of adults
    /// mostly are), of those with a year.
    pub old: u64,
    pub dated: u64,
    /// Per national-id scheme (`detect::national::schemes`), the values
    /// that pass its check digits.
    pub id_passes: [u64; SCHEME_COUNT],
    /// Long numbers (10 to 13 digits, not starting with `+`) that
    /// start with a calendar date, and the span of those dates' two-digit
    /// years: national ids built on a birth date.
    pub date_ids: u64,
    pub date_id_years: Option<(u8, u8)>,
}

impl Profile {
    /// Counts value `v`; returns its type, and whether it passed a national
    /// id's check or starts with a date as birth-date ids do.
    pub fn add(&mut self, v: &[u8]) -> (Kind, bool) {
        let (kind, year) = kind_of(v);
        // A dump's NULL is no value of any type.
        if matches!(v.trim_ascii(), b"NULL" | b"null" | b"\\N") {
            return (kind, false);
        }
        self.counts[kind.index()] += 1;
        if let Some(y) = year {
            self.dated += 1;
            self.years = Some(match self.years {
                None => (y, y),
                Some((lo, hi)) => (lo.min(y), hi.max(y)),
            });
            let now = this_year();
            if y > now {
                self.future += 1;
            }
            if y + 16 <= now {
                self.old += 1;
            }
        }
        let mut id_like = false;
        let v = v.trim_ascii();
        // A digit identifier starts with a digit and is short: most values
        // are neither, and are not scanned again.
        let candidate = matches!(kind, Kind::Integer | Kind::Text)
            && v.len() <= 24
            && v.first().is_some_and(u8::is_ascii_digit)
            && is_digit_id(v);
        if candidate {
            self.digit_ids += 1;
            if let Some((d, n)) = national::digits(v) {
                let d = &d[..n];
                national::passes_digits(d, |i| {
                    self.id_passes[i] += 1;
                    id_like = true;
                });
                if let Some(y) = national::date_year(d).filter(|_| (10..=13).contains(&n)) {
                    id_like = true;
                    self.date_ids += 1;
                    self.date_id_years = Some(match self.date_id_years {
                        None => (y, y),
                        Some((lo, hi)) => (lo.min(y), hi.max(y)),
                    });
                }
            }
        }
        (kind, id_like)
    }

    pub fn count(&self, k: Kind) -> u64 {
        self.counts[k.index()]
    }

    pub fn total(&self) -> u64 {
        self.counts.iter().sum()
    }

    /// The type of at least four in five values, if one is.
    pub fn dominant(&self) -> Option<(Kind, f64)> {
        let total = self.total();
        if total == 0 {
            return None;
        }
        Kind::ALL
            .into_iter()
            .map(|k| (k, self.count(k) as f64 / total as f64))
            .find(|&(_, share)| share >= 0.8)
    }

    /// The national-id scheme nine in ten of the long numbers pass, when
    /// they are most of the values and far more pass than chance allows:
    /// (scheme, share passing).
    pub fn id_scheme(&self) -> Option<(&'static Scheme, f64)> {
        if self.digit_ids < 5 || self.digit_ids * 10 < self.total() * 8 {
            return None;
        }
        national::schemes()
            .map(|(i, s)| (s, self.id_passes[i] as f64 / self.digit_ids as f64))
            .filter(|&(s, share)| share >= 0.9 && s.chance <= 0.12)
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.chance.total_cmp(&a.0.chance)))
    }

    /// Dates (or timestamps) in the share `min` or more of the values.
    pub fn mostly_dates(&self, min: f64) -> bool {
        let total = self.total();
        total > 0 && (self.count(Kind::Date) + self.count(Kind::Timestamp)) as f64 >= min * total as f64
    }

    /// Whether the long numbers are national ids built on a birth date
    /// (Norway's fødselsnummer, the Czech rodné číslo, South Africa's ID):
    /// nine in ten start with a date (random digits do about one time in
    /// five, counting the months ids encode), born over fifteen years or
    /// more (an order number that starts with its date spans a few).
    pub fn birth_date_ids(&self) -> Option<f64> {
        let (lo, hi) = self.date_id_years?;
        let share = self.date_ids as f64 / self.digit_ids.max(1) as f64;
        (self.digit_ids >= 5 && self.digit_ids * 10 >= self.total() * 8 && share >= 0.9 && hi >= lo + 15)
            .then_some(share)
    }

    /// Whether the dates read as birth dates: spread over two decades or
    /// more, most of them at least 16 years ago, none in the future.
    pub fn birth_like(&self) -> bool {
        let Some((lo, hi)) = self.years else { return false };
        self.future == 0 && hi >= lo + 20 && self.old * 10 >= self.dated * 8
    }
}

/// The current year (UTC), read once.
pub fn this_year() -> u16 {
    static YEAR: OnceLock<u16> = OnceLock::new();
    *YEAR.get_or_init(|| {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        // Days to a civil year (the proleptic Gregorian calendar).
        let days = (secs / 86_400) as i64 + 719_468;
        let era = days.div_euclid(146_097);
        let doe = days - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let year = yoe + era * 400 + i64::from(mp >= 10);
        u16::try_from(year).unwrap_or(2026)
    })
}

/// 9 to 19 digits, alone or in groups joined by separators (`4532 0151
/// 1283 0366`, `1234-5678-9012`, `730119/1234`): an identifier or a number
/// with a check digit.
pub fn is_digit_id(v: &[u8]) -> bool {
    let digits = v.iter().filter(|b| b.is_ascii_digit()).count();
    (9..=19).contains(&digits) && v.iter().all(|b| b.is_ascii_digit() || matches!(b, b' ' | b'-' | b'.' | b'/'))
}

/// The type of a value, and its year when it is a date or timestamp.
pub fn kind_of(v: &[u8]) -> (Kind, Option<u16>) {
    let v = v.trim_ascii();
    let Some(&first) = v.first() else {
        return (Kind::Text, None);
    };
    // Runs on every value of every field: decide by the first byte and the
    // length before parsing anything (most values are text).
    if !(first.is_ascii_digit() || matches!(first, b'-' | b'+')) {
        if v.len() <= 5 && ["true", "false", "yes", "no", "t", "f"].iter().any(|b| v.eq_ignore_ascii_case(b.as_bytes())) {
            return (Kind::Boolean, None);
        }
        if is_uuid(v) {
            return (Kind::Uuid, None);
        }
        if super::shape::is_hex_digest(v) {
            return (Kind::Digest, None);
        }
        return (Kind::Text, None);
    }
    let digits = |t: &[u8]| !t.is_empty() && t.iter().all(u8::is_ascii_digit);
    let unsigned = v.strip_prefix(b"-").or_else(|| v.strip_prefix(b"+")).unwrap_or(v);
    if digits(unsigned) {
        // Unix seconds (2001-2033) or milliseconds of the same years.
        if unsigned.len() == v.len() && matches!(v.len(), 10 | 13) {
            let n = v.iter().fold(0u64, |a, &b| a * 10 + u64::from(b - b'0'));
            if (v.len() == 10 && (1_000_000_000..2_000_000_000).contains(&n))
                || (v.len() == 13 && (1_000_000_000_000..2_000_000_000_000).contains(&n))
            {
                let secs = if v.len() == 13 { n / 1000 } else { n };
                return (Kind::Timestamp, Some((1970 + secs / 31_556_952) as u16));
            }
        }
        return (Kind::Integer, None);
    }
    if let Some(i) = unsigned.iter().position(|&b| b == b'.' || b == b',') {
        let (a, b) = (&unsigned[..i], &unsigned[i + 1..]);
        if digits(a) && digits(b) && a.len() <= 12 {
            return (Kind::Decimal, None);
        }
    }
    if let Some((kind, year)) = datetime(v) {
        return (kind, Some(year));
    }
    if is_uuid(v) {
        return (Kind::Uuid, None);
    }
    if super::shape::is_hex_digest(v) {
        return (Kind::Digest, None);
    }
    (Kind::Text, None)
}

fn is_uuid(v: &[u8]) -> bool {
    let v = v.strip_prefix(b"{").and_then(|x| x.strip_suffix(b"}")).unwrap_or(v);
    v.len() == 36
        && v.iter().enumerate().all(|(i, &b)| {
            if matches!(i, 8 | 13 | 18 | 23) {
                b == b'-'
            } else {
                b.is_ascii_hexdigit()
            }
        })
}

/// A date, or a date and time: ISO 8601 and SQL (`2024-03-01`,
/// `2024-03-01 12:34:56`, `2024-03-01T12:34:56.123+01:00`), day first or
/// month first (`01.03.2024 08:15`, `03/01/2024`), and the common log
/// format (`10/Oct/2024:13:55:36 +0000`).
fn datetime(b: &[u8]) -> Option<(Kind, u16)> {
    if b.len() < 8 || b.len() > 40 {
        return None;
    }
    // Cheap refusals first: a date separates its parts within its first
    // five bytes, and an address or a version (`81.2.69.160`) has more
    // parts than a date.
    let sep = *b.iter().take(5).find(|&&c| matches!(c, b'-' | b'/' | b'.'))?;
    let head = b.iter().position(|&c| c == b' ' || c == b'T').unwrap_or(b.len());
    if b[..head].iter().filter(|&&c| c == sep).count() != 2 {
        return None;
    }
    let s = std::str::from_utf8(b).ok()?;
    let (date, time) = match s.find(['T', ' ']) {
        Some(i) if s.as_bytes()[i] == b'T' || s[i + 1..].starts_with(|c: char| c.is_ascii_digit()) => {
            (&s[..i], Some(&s[i + 1..]))
        }
        Some(_) => return None,
        None => (s, None),
    };
    let year = match super::shape::date_year(date.as_bytes()) {
        Some(y) => y,
        None => clf_date(date)?,
    };
    let kind = match time {
        None => Kind::Date,
        Some(t) => {
            let t = t.trim_start();
            let b = t.as_bytes();
            let ok = b.len() >= 5 && b[0].is_ascii_digit() && b[1].is_ascii_digit() && b[2] == b':';
            if !ok {
                return None;
            }
            let midnight = b
                .iter()
                .take_while(|c| c.is_ascii_digit() || **c == b':')
                .all(|&c| c == b'0' || c == b':');
            if midnight {
                Kind::Date
            } else {
                Kind::Timestamp
            }
        }
    };
    Some((kind, year))
}

/// `10/Oct/2024:13:55:36` (the date part of the common log format).
fn clf_date(s: &str) -> Option<u16> {
    let mut parts = s.splitn(3, '/');
    let (d, m, rest) = (parts.next()?, parts.next()?, parts.next()?);
    if d.len() > 2 || !d.bytes().all(|b| b.is_ascii_digit()) || m.len() != 3 || !m.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let y = rest.get(..4)?;
    y.parse::<u16>().ok().filter(|y| (1900..=2100).contains(y))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds() {
        let k = |s: &str| kind_of(s.as_bytes()).0;
        assert_eq!(k("2024-03-01 12:34:56"), Kind::Timestamp);
        assert_eq!(k("2024-03-01T12:34:56Z"), Kind::Timestamp);
        assert_eq!(k("2024-03-01T12:34:56.123+01:00"), Kind::Timestamp);
        assert_eq!(k("01.03.2024 08:15"), Kind::Timestamp);
        assert_eq!(k("1987-04-12"), Kind::Date);
        assert_eq!(k("1987-04-12 00:00:00"), Kind::Date);
        assert_eq!(k("1712345678"), Kind::Timestamp);
        assert_eq!(k("1712345678123"), Kind::Timestamp);
        assert_eq!(k("4532015112830366"), Kind::Integer);
        assert_eq!(k("53,4808"), Kind::Decimal);
        assert_eq!(k("-0.1275"), Kind::Decimal);
        assert_eq!(k("TRUE"), Kind::Boolean);
        assert_eq!(k("3f2504e0-4f89-11d3-9a0c-0305e82c3301"), Kind::Uuid);
        assert_eq!(k("5e884898da28047151d0e56f8dc62927"), Kind::Digest);
        assert_eq!(k("$2b$12$abcdefghijklmnopqrstuv"), Kind::Text);
        assert_eq!(k("Anna Svensson"), Kind::Text);
        assert_eq!(k("10/Oct/2024:13:55:36 +0000"), Kind::Text);
        assert!(is_digit_id(b"4532 0151 1283 0366") && !is_digit_id(b"12345678") && !is_digit_id(b"AB123456789"));
    }

    #[test]
    fn birth_dates_spread_over_decades() {
        let mut births = Profile::default();
        for y in [1948, 1961, 1975, 1983, 1990, 1999, 2002] {
            births.add(format!("{y}-05-17").as_bytes());
        }
        assert!(births.birth_like());
        let mut signups = Profile::default();
        for y in [2016, 2018, 2019, 2021, 2023, 2024] {
            signups.add(format!("{y}-05-17").as_bytes());
        }
        assert!(!signups.birth_like());
        assert_eq!(signups.dominant().map(|d| d.0), Some(Kind::Date));
    }
}
