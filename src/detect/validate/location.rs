//! Coordinates: latitude and longitude in range, not version numbers.

use super::*;

pub(super) fn latlon(c: &Candidate) -> Verdict {
    // Part of a longer list of numbers (a metrics row), not a coordinate pair.
    if is_digit(c.before(1)) || c.before(1) == Some(b'.') && is_digit(c.before(2)) {
        return Verdict::Invalid;
    }
    if c.before(1) == Some(b',') && (is_digit(c.before(2)) || is_digit(c.before(3))) {
        return Verdict::Invalid;
    }
    if c.after(0) == Some(b',') && (is_digit(c.after(1)) || is_digit(c.after(2))) {
        return Verdict::Invalid;
    }
    if is_digit(c.after(0)) || c.after(0) == Some(b'.') && is_digit(c.after(1)) {
        return Verdict::Invalid;
    }
    let s = text(c.bytes());
    let mut parts = s.split(',').map(|p| p.trim().parse::<f64>());
    let (Some(Ok(lat)), Some(Ok(lon))) = (parts.next(), parts.next()) else {
        return Verdict::Invalid;
    };
    if lat.abs() > 90.0 || lon.abs() > 180.0 || (lat == 0.0 && lon == 0.0) {
        return Verdict::Invalid;
    }
    Verdict::Valid
}
