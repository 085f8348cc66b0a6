//! Phone numbers: international and national forms, and French numbers.

use super::*;

/// A French national number in its printed form, `01 23 45 67 89` or
/// `01.23.45.67.89`: one separator throughout, not part of a longer run.
/// ARCEP reserves `01 99 00 xx xx` and the like for fiction.
pub(super) fn phone_fr(c: &Candidate) -> Verdict {
    let b = c.bytes();
    if is_alnum(c.before(1)) || matches!(c.before(1), Some(b'+' | b'.' | b'-' | b'/' | b':')) {
        return Verdict::Invalid;
    }
    if is_digit(c.after(0)) || matches!(c.after(0), Some(b'.' | b' ' | b'-' | b':')) && is_digit(c.after(1)) {
        return Verdict::Invalid;
    }
    if preceding_word(c).is_some_and(|w| VERSION_WORDS.iter().any(|v| w.eq_ignore_ascii_case(v.as_bytes()))) {
        return Verdict::Invalid;
    }
    let sep = b[2];
    if b.iter().filter(|x| !x.is_ascii_digit()).any(|&x| x != sep) {
        return Verdict::Invalid;
    }
    let (buf, n) = digits_of(b);
    let d = &buf[..n];
    if n != 10 || d[1..].iter().all(|&x| x == d[1]) {
        return Verdict::Invalid;
    }
    if crate::detect::fiction::is_reserved(b) {
        return Verdict::Placeholder;
    }
    Verdict::Valid
}

pub(super) fn phone(c: &Candidate) -> Verdict {
    let b = c.bytes();
    if is_alnum(c.before(1)) || matches!(c.before(1), Some(b'+' | b'.' | b'-')) {
        return Verdict::Invalid;
    }
    if is_digit(c.after(0)) || matches!(c.after(0), Some(b'-' | b'.')) && is_digit(c.after(1)) {
        return Verdict::Invalid;
    }
    let (buf, n) = digits_of(b);
    let digits = &buf[..n];
    let international = b[0] == b'+';
    let national: &[u8] = if international {
        if digits[0] == b'0' || !(8..=15).contains(&n) {
            return Verdict::Invalid;
        }
        if digits[0] == b'1' && n == 11 {
            &digits[1..]
        } else if crate::detect::fiction::is_reserved(b) {
            return Verdict::Placeholder;
        } else {
            return Verdict::Valid;
        }
    } else {
        // NANP: the separators between exchange and line agree.
        let mut seps = b.iter().filter(|x| matches!(x, b'.' | b'-'));
        let first = seps.next();
        if seps.any(|s| Some(s) != first) {
            return Verdict::Invalid;
        }
        digits
    };
    if national.len() != 10 || national[0] < b'2' || national[3] < b'2' {
        return Verdict::Invalid;
    }
    if national.iter().all(|&d| d == national[0]) {
        return Verdict::Invalid;
    }
    if crate::detect::fiction::is_reserved(b) {
        return Verdict::Placeholder;
    }
    Verdict::Valid
}
