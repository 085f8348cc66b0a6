//! Dates that are no one's: the stand-in a redaction writes for a time or
//! a birth date, in the value's own written form (`2024-10-10 13:55:36` →
//! `1970-01-01 00:00:00`, `10/Oct/2024:13:55:36 +0000` →
//! `01/Oct/1970:00:00:00 +0000`, a birth date's year 1900), so a typed
//! column still loads and a log line still parses; and the test a scan uses
//! to count such a value as redacted, never as someone's date. One module
//! owns both, as `fiction` does for phones.

/// The year a stand-in for a time carries (the Unix epoch's).
const TIME_YEAR: &str = "1970";
/// The year a stand-in for a birth date carries (the usual "unknown").
const BIRTH_YEAR: &str = "1900";

/// The stand-in for the date or time `v`, its separators, letters and
/// widths kept: the year becomes 1970 (1900 for a birth date), the day and
/// month 1, the time and its fraction 0, a time-zone offset `+0000`. `None`
/// where `v` is not written as a date (three date parts, one a year or all
/// three short and separated by `/`, `.` or `-`).
pub fn stand_in(v: &str, birth: bool) -> Option<String> {
    let runs = runs(v);
    let digit_runs: Vec<&Run> = runs.iter().filter(|r| r.digits).collect();
    let year = digit_runs
        .iter()
        .position(|r| r.len == 4 && !r.after_sign && v[r.start..r.start + 4].parse::<u32>().is_ok_and(|y| (1000..3000).contains(&y)));
    // `05.01.61`: three short parts, one separator twice (and not a
    // fourth time: `81.2.69.160` is an address).
    let gap = |i: usize| &v[digit_runs[i].start + digit_runs[i].len..digit_runs[i + 1].start];
    let short_date = digit_runs.len() >= 3
        && digit_runs[..3].iter().all(|r| r.len <= 2)
        && matches!(gap(0), "/" | "." | "-")
        && gap(1) == gap(0)
        && (digit_runs.len() == 3 || gap(2) != gap(0));
    if (year.is_none() && !short_date) || digit_runs.len() < 2 {
        return None;
    }
    let mut out = String::with_capacity(v.len());
    let (mut date_parts, mut pos, mut seen_digits, mut year_done) = (0usize, 0usize, false, false);
    for r in &runs {
        out.push_str(&v[pos..r.start]);
        let text = &v[r.start..r.start + r.len];
        pos = r.start + r.len;
        if !r.digits {
            // A month's name between the day and the year is a date part.
            if seen_digits && date_parts < 3 && r.len >= 3 {
                date_parts += 1;
            }
            out.push_str(text);
            continue;
        }
        seen_digits = true;
        if r.after_sign && year_done {
            // A time-zone offset.
            out.extend(std::iter::repeat_n('0', r.len));
        } else if r.len == 4 && !year_done && year.is_some() {
            out.push_str(if birth { BIRTH_YEAR } else { TIME_YEAR });
            year_done = true;
            date_parts += 1;
        } else if r.len <= 2 && date_parts < 3 {
            out.push_str(if r.len == 1 { "1" } else { "01" });
            date_parts += 1;
            year_done |= date_parts == 3;
        } else {
            out.extend(std::iter::repeat_n('0', r.len));
        }
    }
    out.push_str(&v[pos..]);
    Some(out)
}

/// One of `stand_in`'s dates, in any written form.
pub fn is_stand_in(v: &[u8]) -> bool {
    let v = v.trim_ascii();
    // Runs on every value of every field: refuse by length and by the two
    // years before anything else.
    let year = |y: &str| v.windows(4).any(|w| w == y.as_bytes());
    if v.len() < 6 || v.len() > 40 || !(year(TIME_YEAR) || year(BIRTH_YEAR)) {
        return false;
    }
    let Ok(v) = std::str::from_utf8(v) else {
        return false;
    };
    let runs = runs(v);
    let mut years = 0;
    for r in runs.iter().filter(|r| r.digits) {
        let t = &v[r.start..r.start + r.len];
        if t == TIME_YEAR || t == BIRTH_YEAR {
            years += 1;
        } else if !(t.bytes().all(|b| b == b'0') || t == "1" || t == "01") {
            return false;
        }
    }
    years == 1 && stand_in(v, v.contains(BIRTH_YEAR)).as_deref() == Some(v)
}

/// A run of ASCII digits or of letters in a value.
struct Run {
    start: usize,
    len: usize,
    digits: bool,
    /// Right after a `+` or `-` that follows a digit or a space (`+0000`,
    /// `-05:00`): an offset, not a date part.
    after_sign: bool,
}

fn runs(v: &str) -> Vec<Run> {
    let b = v.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let digits = b[i].is_ascii_digit();
        if !digits && !b[i].is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && (if digits { b[i].is_ascii_digit() } else { b[i].is_ascii_alphabetic() }) {
            i += 1;
        }
        let after_sign = start >= 2 && matches!(b[start - 1], b'+' | b'-') && (b[start - 2] == b' ' || b[start - 2].is_ascii_digit()) && out.iter().filter(|r: &&Run| r.digits).count() >= 4;
        out.push(Run {
            start,
            len: i - start,
            digits,
            after_sign,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stand_ins_keep_the_written_form() {
        let s = |v: &str| stand_in(v, false);
        assert_eq!(s("2024-10-10 13:55:36").as_deref(), Some("1970-01-01 00:00:00"));
        assert_eq!(s("2024-10-10T13:55:36.123456+02:00").as_deref(), Some("1970-01-01T00:00:00.000000+00:00"));
        assert_eq!(
            s("10/Oct/2024:13:55:36 +0000").as_deref(),
            Some("01/Oct/1970:00:00:00 +0000")
        );
        assert_eq!(s("2024-03-01 09:00:00-05").as_deref(), Some("1970-01-01 00:00:00-00"));
        assert_eq!(stand_in("5 January 1990", true).as_deref(), Some("1 January 1900"));
        assert_eq!(stand_in("05.01.61", true).as_deref(), Some("01.01.01"));
        assert_eq!(s("Thu, 10 Oct 2024 13:55:36 GMT").as_deref(), Some("Thu, 01 Oct 1970 00:00:00 GMT"));
        assert_eq!(s("2024"), None, "a year alone is a number");
        for not in ["emma@example.org", "53.4808", "81.2.69.160", "order 12"] {
            assert_eq!(s(not), None, "{not}");
        }
    }

    #[test]
    fn a_scan_knows_them() {
        for v in ["2024-10-10 13:55:36", "10/Oct/2024:13:55:36 +0000", "1961-01-05"] {
            for birth in [false, true] {
                let r = stand_in(v, birth).unwrap();
                assert!(is_stand_in(r.as_bytes()), "{r}");
            }
        }
        for not in ["1970-01-02", "2024-01-01", "1970-01-01 12:00:00", "1970"] {
            assert!(!is_stand_in(not.as_bytes()), "{not}");
        }
    }
}
