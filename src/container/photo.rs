//! Photos: the EXIF block of a JPEG, TIFF, PNG or HEIC file, read with
//! `kamadak-exif` from the file's headers (the pixels are never read).
//! GPS coordinates and the people named in it (artist, copyright holder,
//! camera owner) are rendered as a small JSON document — fields
//! `exif.gps`, `exif.artist`, ... — for the JSON parser and classifier.
//! A damaged block gives the fields read before the damage.

use exif::{In, Tag, Value};
use std::io::{BufRead, Seek};

/// The JSON rendering of a photo's personal EXIF fields; `Ok(None)` when the
/// photo carries no EXIF block.
pub fn exif_json<R: BufRead + Seek>(reader: &mut R) -> Result<Option<Vec<u8>>, super::Unreadable> {
    // Imaging libraries write EXIF blocks the standard does not allow (a
    // bad next-IFD offset, a truncated IFD): keep every field read before
    // the damage, as exiftool does.
    let read = exif::Reader::new().continue_on_error(true).read_from_container(reader);
    let exif = match read.map_err(|e| e.distill_partial_result(|_| ())) {
        Ok(e) | Err(Ok(e)) => e,
        Err(Err(exif::Error::NotFound(_))) => return Ok(None),
        Err(Err(e)) => return Err(format!("unreadable EXIF block: {e}").into()),
    };
    let mut fields = serde_json::Map::new();
    if let Some(gps) = gps(&exif) {
        fields.insert("gps".into(), gps.into());
    }
    for (tag, key) in [
        (Tag::Artist, "artist"),
        (Tag::Copyright, "copyright"),
        (Tag::CameraOwnerName, "camera_owner_name"),
    ] {
        if let Some(text) = exif.get_field(tag, In::PRIMARY).and_then(|f| ascii(&f.value)) {
            let text = if tag == Tag::Copyright { holder(&text) } else { text };
            if !text.is_empty() {
                fields.insert(key.into(), text.into());
            }
        }
    }
    let doc = serde_json::json!({ "exif": fields });
    Ok(Some(serde_json::to_vec(&doc).unwrap_or_default()))
}

/// `48.858370,2.294481` from the GPS IFD's degree/minute/second rationals.
fn gps(exif: &exif::Exif) -> Option<String> {
    let coord = |tag: Tag, reference: Tag, negative: u8| -> Option<f64> {
        let Value::Rational(parts) = &exif.get_field(tag, In::PRIMARY)?.value else {
            return None;
        };
        let mut deg = 0.0;
        for (r, scale) in parts.iter().zip([1.0, 60.0, 3600.0]) {
            if r.denom == 0 {
                return None;
            }
            deg += r.to_f64() / scale;
        }
        let sign = match &exif.get_field(reference, In::PRIMARY)?.value {
            Value::Ascii(v) if v.first().and_then(|s| s.first()) == Some(&negative) => -1.0,
            _ => 1.0,
        };
        Some(sign * deg)
    };
    let lat = coord(Tag::GPSLatitude, Tag::GPSLatitudeRef, b'S')?;
    let lon = coord(Tag::GPSLongitude, Tag::GPSLongitudeRef, b'W')?;
    ((-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon)).then(|| format!("{lat:.6},{lon:.6}"))
}

fn ascii(v: &Value) -> Option<String> {
    let Value::Ascii(parts) = v else { return None };
    let text: Vec<String> = parts
        .iter()
        .map(|p| {
            String::from_utf8_lossy(p)
                .trim_matches(|c: char| c == '\0' || c.is_whitespace())
                .to_string()
        })
        .filter(|p| !p.is_empty())
        .collect();
    (!text.is_empty()).then(|| text.join(" "))
}

/// `© 2024 Jane Doe. All rights reserved.` → `Jane Doe`: the holder's name.
fn holder(copyright: &str) -> String {
    let mut s = copyright.trim();
    for cut in ["all rights reserved", "some rights reserved"] {
        if let Some(i) = s.to_ascii_lowercase().find(cut) {
            s = &s[..i];
        }
    }
    let words: Vec<&str> = s
        .split_whitespace()
        .filter(|w| {
            let l = w.to_ascii_lowercase();
            !matches!(l.as_str(), "©" | "(c)" | "copyright" | "by")
                && !w
                    .trim_matches(|c: char| !c.is_alphanumeric())
                    .chars()
                    .all(|c| c.is_ascii_digit() || c == '-')
        })
        .collect();
    words.join(" ").trim_end_matches(['.', ',']).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copyright_holder() {
        assert_eq!(holder("© 2024 Jane Doe. All rights reserved."), "Jane Doe");
        assert_eq!(holder("Copyright (c) 2019-2021 by Ana Lima"), "Ana Lima");
        assert_eq!(holder("2024"), "");
    }
}
