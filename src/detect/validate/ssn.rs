//! US Social Security numbers: the area, group and serial rules.

use super::*;

pub(super) fn ssn(c: &Candidate) -> Verdict {
    let b = c.bytes();
    if b[3] != b[6] {
        return Verdict::Invalid;
    }
    let area: u32 = text(&b[0..3]).parse().unwrap_or(0);
    let group: u32 = text(&b[4..6]).parse().unwrap_or(0);
    let serial: u32 = text(&b[7..11]).parse().unwrap_or(0);
    if area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0 {
        return Verdict::Invalid;
    }
    // The Woolworth wallet card, the SSA's advertising number, and the
    // sequence everyone types into forms.
    if matches!((area, group, serial), (78, 5, 1120) | (219, 9, 9999) | (123, 45, 6789)) {
        return Verdict::Placeholder;
    }
    Verdict::Valid
}
