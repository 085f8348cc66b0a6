//! Photos copied without their metadata: a JPEG's EXIF and XMP (APP1),
//! IPTC (APP13) and comment segments, a PNG's `eXIf` and text chunks, are
//! dropped, the pixels kept byte for byte. That is where a photo's GPS
//! position, camera serial and owner's name live (`container::photo` reads
//! them). Other photo formats are copied only when a scan finds nothing in
//! them (`held`).

use crate::sniff::Format;

/// `raw` without its metadata, or `None` where the format is not handled
/// or the file is malformed.
pub(super) fn without_metadata(format: Format, raw: &[u8]) -> Option<Vec<u8>> {
    match format {
        Format::Jpeg => jpeg(raw),
        Format::Png => png(raw),
        _ => None,
    }
}

fn jpeg(raw: &[u8]) -> Option<Vec<u8>> {
    if !raw.starts_with(&[0xFF, 0xD8]) {
        return None;
    }
    let mut out = Vec::with_capacity(raw.len());
    out.extend_from_slice(&raw[..2]);
    let mut i = 2;
    while i < raw.len() {
        if raw[i] != 0xFF {
            return None;
        }
        let marker = *raw.get(i + 1)?;
        match marker {
            // Fill bytes.
            0xFF => {
                i += 1;
                continue;
            }
            // The image data follows (to the end), or the end.
            0xDA | 0xD9 => {
                out.extend_from_slice(&raw[i..]);
                return Some(out);
            }
            0x01 | 0xD0..=0xD7 => {
                out.extend_from_slice(&raw[i..i + 2]);
                i += 2;
                continue;
            }
            _ => {}
        }
        let len = usize::from(u16::from_be_bytes([*raw.get(i + 2)?, *raw.get(i + 3)?]));
        let end = i + 2 + len;
        if len < 2 || end > raw.len() {
            return None;
        }
        // APP1 (EXIF, XMP), APP13 (IPTC), COM: dropped.
        if !matches!(marker, 0xE1 | 0xED | 0xFE) {
            out.extend_from_slice(&raw[i..end]);
        }
        i = end;
    }
    Some(out)
}

fn png(raw: &[u8]) -> Option<Vec<u8>> {
    const SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";
    if !raw.starts_with(SIGNATURE) {
        return None;
    }
    let mut out = Vec::with_capacity(raw.len());
    out.extend_from_slice(SIGNATURE);
    let mut i = SIGNATURE.len();
    while i < raw.len() {
        let len = u32::from_be_bytes(raw.get(i..i + 4)?.try_into().ok()?) as usize;
        let kind = raw.get(i + 4..i + 8)?;
        let end = i.checked_add(12)?.checked_add(len)?;
        if end > raw.len() {
            return None;
        }
        if !matches!(kind, b"eXIf" | b"tEXt" | b"iTXt" | b"zTXt") {
            out.extend_from_slice(&raw[i..end]);
        }
        i = end;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_jpeg_loses_its_exif_and_keeps_its_pixels() {
        let exif = [&[0xFF, 0xE1, 0x00, 0x08][..], b"Exif\0\0"].concat();
        let quant = [0xFF, 0xDB, 0x00, 0x04, 0x01, 0x02];
        let scan = [0xFF, 0xDA, 0x00, 0x02, 0x11, 0x22, 0xFF, 0xD9];
        let raw = [&[0xFF, 0xD8][..], &exif, &quant, &scan].concat();
        let out = jpeg(&raw).unwrap();
        assert_eq!(out, [&[0xFF, 0xD8][..], &quant, &scan].concat());
        assert_eq!(jpeg(&raw[..7]), None, "a truncated segment is malformed");
    }

    #[test]
    fn a_png_loses_its_text_chunks() {
        let chunk = |kind: &[u8], data: &[u8]| {
            [&(data.len() as u32).to_be_bytes()[..], kind, data, &[0, 0, 0, 0]].concat()
        };
        let ihdr = chunk(b"IHDR", &[0; 13]);
        let text = chunk(b"tEXt", b"Author\0Emma Thompson");
        let iend = chunk(b"IEND", b"");
        let raw = [&b"\x89PNG\r\n\x1a\n"[..], &ihdr, &text, &iend].concat();
        assert_eq!(png(&raw).unwrap(), [&b"\x89PNG\r\n\x1a\n"[..], &ihdr, &iend].concat());
    }
}
