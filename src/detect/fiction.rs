//! Phone numbers that are nobody's: the ranges national plans reserve for
//! fiction (North America's 555-0100..0199, the UK's Ofcom drama numbers,
//! France's 0X 99 00), and the stand-ins `redact --mode fake` writes in a
//! number's own written form (its country code, grouping and separators).
//! One module owns both, so what fake mode writes is what a scan knows as a
//! placeholder.

/// Where no country range for fiction is known, a stand-in keeps the
/// country code (or the trunk prefix and first digit) and fills the rest
/// with zeros but the last two digits: a subscriber number that starts with
/// a zero is one no numbering plan assigns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Plan {
    Nanp,
    Uk,
    Fr,
    Other,
}

/// The digits of a written number, at most 16 of them.
struct Digits {
    d: [u8; 16],
    n: usize,
    international: bool,
}

impl Digits {
    fn of(v: &[u8]) -> Option<Digits> {
        let v = v.trim_ascii();
        let mut d = Digits {
            d: [0; 16],
            n: 0,
            international: v.first() == Some(&b'+'),
        };
        for &b in v.iter().filter(|b| b.is_ascii_digit()) {
            if d.n == d.d.len() {
                return None;
            }
            d.d[d.n] = b;
            d.n += 1;
        }
        (d.n >= 7).then_some(d)
    }

    fn all(&self) -> &[u8] {
        &self.d[..self.n]
    }

    /// The plan the number belongs to, and how many leading digits are not
    /// its national number (the country code, or a trunk `0` or `1`).
    fn plan(&self, written: &[u8]) -> (Plan, usize) {
        let d = self.all();
        if self.international {
            return match d {
                [b'1', ..] if d.len() == 11 => (Plan::Nanp, 1),
                [b'4', b'4', ..] if d.len() == 12 => (Plan::Uk, 2),
                [b'3', b'3', ..] if d.len() == 11 => (Plan::Fr, 2),
                _ => (Plan::Other, 3.min(d.len() - 4)),
            };
        }
        match d {
            [b'2'..=b'9', ..] if d.len() == 10 => (Plan::Nanp, 0),
            [b'1', ..] if d.len() == 11 => (Plan::Nanp, 1),
            [b'0', b'1' | b'2' | b'7', ..] if d.len() == 11 => (Plan::Uk, 1),
            [b'0', ..] if d.len() == 10 && in_pairs(written) => (Plan::Fr, 1),
            _ => (Plan::Other, 2),
        }
    }
}

/// `0X XX XX XX XX`: the French written form (five groups of two).
fn in_pairs(v: &[u8]) -> bool {
    let mut groups = 0;
    for g in v
        .trim_ascii()
        .split(|b| matches!(b, b' ' | b'.' | b'-'))
        .filter(|g| !g.is_empty())
    {
        if g.len() != 2 || groups == 5 {
            return false;
        }
        groups += 1;
    }
    groups == 5
}

/// The national digits of a stand-in for a national number `national` of
/// `plan`; `tail` is the last two digits.
fn stand_in_national(plan: Plan, national: &[u8], tail: [u8; 2]) -> Vec<u8> {
    let mut out: Vec<u8> = match plan {
        Plan::Nanp => b"20255501".to_vec(),
        Plan::Uk if national.first() == Some(&b'7') => b"77009000".to_vec(),
        Plan::Uk => b"20794600".to_vec(),
        Plan::Fr => {
            let area = national
                .first()
                .copied()
                .filter(|b| (b'1'..=b'5').contains(b))
                .unwrap_or(b'6');
            [area, b'9', b'9', b'0', b'0', b'0', b'0'].to_vec()
        }
        Plan::Other => vec![b'0'; national.len().saturating_sub(2)],
    };
    out.extend_from_slice(&tail);
    out
}

/// Whether `national` is what `stand_in_national` writes for `plan`.
fn is_stand_in_national(plan: Plan, national: &[u8]) -> bool {
    let Some((head, tail)) = national.split_last_chunk::<2>() else {
        return false;
    };
    if !tail.iter().all(u8::is_ascii_digit) {
        return false;
    }
    match plan {
        Plan::Nanp => head == b"20255501",
        Plan::Uk => head == b"77009000" || head == b"20794600",
        Plan::Fr => head.len() == 7 && (b'1'..=b'6').contains(&head[0]) && &head[1..] == b"990000",
        Plan::Other => head.len() >= 3 && head.iter().all(|&b| b == b'0'),
    }
}

/// A stand-in for the phone number `value`, in its written form, from a
/// range reserved for fiction where its country has one, `n` choosing the
/// last two digits. `None` where `value` has too few digits to be a phone.
pub fn stand_in(value: &[u8], n: u32) -> Option<String> {
    let digits = Digits::of(value)?;
    let d = digits.all();
    let (plan, prefix) = digits.plan(value);
    let tail = [b'0' + (n % 100 / 10) as u8, b'0' + (n % 10) as u8];
    let mut new = d[..prefix].to_vec();
    new.extend(stand_in_national(plan, &d[prefix..], tail));
    let value = value.trim_ascii();
    if new.len() == d.len() {
        let mut it = new.into_iter();
        return Some(
            value
                .iter()
                .map(|&b| {
                    if b.is_ascii_digit() {
                        char::from(it.next().unwrap_or(b'0'))
                    } else {
                        char::from(b)
                    }
                })
                .collect(),
        );
    }
    // The plan's number has another length than the value: its usual form.
    let national = String::from_utf8(new[prefix..].to_vec()).unwrap_or_default();
    let lead = String::from_utf8(new[..prefix].to_vec()).unwrap_or_default();
    Some(if digits.international {
        format!("+{lead} {national}")
    } else {
        format!("{lead}{national}")
    })
}

/// One of `stand_in`'s numbers, in any written form.
pub fn is_stand_in(v: &[u8]) -> bool {
    let v = v.trim_ascii();
    if !v.iter().all(|b| b.is_ascii_digit() || b" +()-.".contains(b)) || !v.iter().any(u8::is_ascii_digit) {
        return false;
    }
    // Every stand-in holds at least two zeros (`202 555 01xx`, `…000xx`):
    // most real numbers are refused here, before their digits are read.
    if v.iter().filter(|&&b| b == b'0').count() < 2 {
        return false;
    }
    let Some(digits) = Digits::of(v) else {
        return false;
    };
    let (plan, prefix) = digits.plan(v);
    // Zeros but two digits are a stand-in only where written as a phone
    // (a `+` or a separator), and after a significant prefix: a round
    // amount (`2000000000`) or a zero run is not one.
    let d = digits.all();
    if plan == Plan::Other && (!written_as_phone(v) || d.len() < 8 || (!digits.international && d[..2] == *b"00")) {
        return false;
    }
    is_stand_in_national(plan, &d[prefix..])
}

/// A leading `+` or `(`, or a space, `-` or parenthesis between digits: how
/// phones are written, not amounts (`2000000000`) or coordinates
/// (`-33.000000`).
fn written_as_phone(v: &[u8]) -> bool {
    matches!(v.first(), Some(b'+' | b'('))
        || v.windows(3).any(|w| {
            (w[0].is_ascii_digit() || w[0] == b')')
                && matches!(w[1], b' ' | b'-' | b'(' | b')')
                && w[2].is_ascii_digit()
        })
}

/// A number reserved for fiction, in any written form: North America's
/// 555-0100..0199, the UK's drama ranges (mobile 07700 900xxx, the
/// fictional area 01632 960xxx, London 020 7946 0xxx, and the 496 0xxx
/// block of the large cities' codes), France's 0X 99 00 xx xx; or one of
/// fake mode's stand-ins.
pub fn is_reserved(v: &[u8]) -> bool {
    let Some(digits) = Digits::of(v) else {
        return false;
    };
    let (plan, prefix) = digits.plan(v);
    let national = &digits.all()[prefix..];
    if is_stand_in_national(plan, national) {
        return true;
    }
    match plan {
        Plan::Nanp => national.len() == 10 && &national[3..6] == b"555" && &national[6..8] == b"01",
        Plan::Uk => {
            national.starts_with(b"7700900")
                || national.starts_with(b"1632960")
                || national.starts_with(b"2079460")
                || (national.len() == 10
                    && national[0] == b'1'
                    && (national[1] == b'1' || national[2] == b'1')
                    && &national[3..7] == b"4960")
        }
        Plan::Fr => national.len() == 9 && &national[1..5] == b"9900",
        Plan::Other => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stand_ins_keep_the_written_form_and_are_known_as_reserved() {
        for (real, fake) in [
            ("(503) 506-1367", "(202) 555-0145"),
            ("503-506-1367", "202-555-0145"),
            ("+1 503 506 1367", "+1 202 555 0145"),
            ("+44 20 7123 4567", "+44 20 7946 0045"),
            ("+44 7911 123456", "+44 7700 900045"),
            ("07911 123456", "07700 900045"),
            ("+33 6 12 34 56 78", "+33 6 99 00 00 45"),
            ("01 42 68 53 00", "01 99 00 00 45"),
            ("+49 30 12345678", "+49 30 00000045"),
            ("+82 2 788 2666", "+82 2 000 0045"),
            ("03-1234-5678", "03-0000-0045"),
            ("090-1234-5678", "090-0000-0045"),
        ] {
            let s = stand_in(real.as_bytes(), 45).unwrap();
            assert_eq!(s, fake, "{real}");
            assert!(is_stand_in(s.as_bytes()) && is_reserved(s.as_bytes()), "{s}");
            assert!(!is_stand_in(real.as_bytes()) && !is_reserved(real.as_bytes()), "{real}");
        }
        assert_eq!(stand_in(b"12", 1), None);
        for not in [
            "2000000000",
            "00-0000-0000",
            "20000045",
            "(202) 555-0299",
            "10.00000",
            "-33.000000",
            "12.0000045",
        ] {
            assert!(!is_stand_in(not.as_bytes()), "{not}");
        }
    }

    #[test]
    fn fiction_ranges() {
        for v in [
            "+1 202 555 0199",
            "(312) 555-0123",
            "07700 900461",
            "+44 113 496 0000",
            "0116 496 0123",
            "01632 960001",
            "+33 1 99 00 12 34",
        ] {
            assert!(is_reserved(v.as_bytes()), "{v}");
        }
        for v in [
            "+1 202 555 0200",
            "07700 901461",
            "+44 113 497 0000",
            "+33 1 98 00 12 34",
            "+49 30 901820",
        ] {
            assert!(!is_reserved(v.as_bytes()), "{v}");
        }
    }
}
