//! Text in the encodings exports come in, turned into the UTF-8 the detectors
//! and parsers read: UTF-16 with or without a byte-order mark, Windows-1252
//! (which Latin-1 exports are, for every printable character), and JSON's
//! `\uXXXX` escapes (Python's `json.dumps` writes every non-ASCII character
//! that way). Each encoding is decided from the first bytes.

use std::borrow::Cow;

/// Bytes looked at to decide an encoding.
pub const PROBE: usize = 64 << 10;

/// Single-byte text larger than this is scanned as it is (its ASCII is still
/// read; its accented names are not): transcoding holds a copy in memory.
pub const MAX_TRANSCODE: usize = 256 << 20;

/// The byte order of UTF-16 text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Utf16 {
    Le,
    Be,
}

/// What a text's first bytes say it is encoded in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    /// With the length of its byte-order mark (0 or 2).
    Utf16(Utf16, usize),
    /// A legacy code page: Windows-1252 for Western text, or the CJK
    /// encoding `chardetng` recognises (Shift_JIS, EUC-JP, GBK, Big5,
    /// EUC-KR: exports from Japanese, Chinese and Korean systems).
    Legacy(&'static encoding_rs::Encoding),
}

/// The byte order announced by a UTF-16 byte-order mark.
pub fn utf16_bom(bytes: &[u8]) -> Option<Utf16> {
    match bytes {
        [0xFF, 0xFE, ..] if !bytes.starts_with(&[0xFF, 0xFE, 0, 0]) => Some(Utf16::Le),
        [0xFE, 0xFF, ..] => Some(Utf16::Be),
        _ => None,
    }
}

/// The encoding of text starting with `head`.
pub fn detect(head: &[u8]) -> Encoding {
    let head = &head[..head.len().min(PROBE)];
    // A byte-order mark on bytes that do not decode as text (a binary blob
    // that starts with `FF FE`) is no mark: those bytes are read as they are.
    if let Some(order) = utf16_bom(head).filter(|&o| is_text_utf16(&head[2..], o)) {
        return Encoding::Utf16(order, 2);
    }
    // The common case, checked first and fast: no NUL (so no unmarked
    // UTF-16) and valid UTF-8 up to a character cut at the probe's end.
    let nul = memchr::memchr(0, head).is_some();
    if !nul {
        match std::str::from_utf8(head) {
            Ok(_) => return Encoding::Utf8,
            Err(e) if e.error_len().is_none() => return Encoding::Utf8,
            Err(_) => {}
        }
    } else if let Some(order) = utf16_unmarked(head) {
        return Encoding::Utf16(order, 0);
    }
    if single_byte(head) {
        return Encoding::Legacy(legacy(head));
    }
    Encoding::Utf8
}

/// Whether `bytes` read as UTF-16 in `order` are mostly text: nine in ten
/// code units a printable character or a line break, none an unpaired
/// surrogate.
fn is_text_utf16(bytes: &[u8], order: Utf16) -> bool {
    let units = bytes.chunks_exact(2).map(|p| match order {
        Utf16::Le => u16::from_le_bytes([p[0], p[1]]),
        Utf16::Be => u16::from_be_bytes([p[0], p[1]]),
    });
    let (mut all, mut text) = (0usize, 0usize);
    for c in char::decode_utf16(units) {
        all += 1;
        match c {
            Ok(c) if !c.is_control() || matches!(c, '\t' | '\n' | '\r') => text += 1,
            Ok(_) => {}
            Err(_) => return false,
        }
    }
    text * 10 >= all * 9
}

/// A reader of `reader`'s text as UTF-8, `head` (its first bytes, already
/// read) in front: transcoded as it streams where `head` says the text is
/// UTF-16 (with or without a mark) or a single-byte code page, so a stream
/// is read as the same bytes held whole would be (`decoded`).
pub fn streamed<'a>(head: Vec<u8>, reader: impl std::io::Read + 'a) -> Box<dyn std::io::Read + 'a> {
    let encoding = match detect(&head) {
        Encoding::Utf8 => None,
        Encoding::Utf16(Utf16::Le, _) => Some(encoding_rs::UTF_16LE),
        Encoding::Utf16(Utf16::Be, _) => Some(encoding_rs::UTF_16BE),
        Encoding::Legacy(e) => Some(e),
    };
    let chained = std::io::Read::chain(Freed::new(head), reader);
    match encoding {
        None => Box::new(chained),
        Some(e) => Box::new(
            encoding_rs_io::DecodeReaderBytesBuilder::new()
                .encoding(Some(e))
                .build(chained),
        ),
    }
}

/// Bytes already held, read once and then let go: a stream too large to
/// hold goes on without its first 64 MiB still allocated.
pub struct Freed(std::io::Cursor<Vec<u8>>);

impl Freed {
    pub fn new(bytes: Vec<u8>) -> Self {
        Freed(std::io::Cursor::new(bytes))
    }
}

impl std::io::Read for Freed {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.0.read(buf)?;
        if n == 0 && !buf.is_empty() {
            *self.0.get_mut() = Vec::new();
        }
        Ok(n)
    }
}

/// UTF-16 without a mark: mostly Latin text, so every other byte is zero,
/// and the other bytes are printable.
fn utf16_unmarked(head: &[u8]) -> Option<Utf16> {
    let pairs = head.len() / 2;
    if pairs < 8 {
        return None;
    }
    let (mut zero_even, mut zero_odd, mut printable) = (0, 0, 0);
    for p in head.chunks_exact(2) {
        zero_even += usize::from(p[0] == 0);
        zero_odd += usize::from(p[1] == 0);
        let text = |b: u8| b.is_ascii_graphic() || matches!(b, b' ' | b'\t' | b'\r' | b'\n') || b >= 0x80;
        printable += usize::from(text(p[0]) || text(p[1]));
    }
    let most = pairs * 6 / 10;
    let few = pairs / 20;
    if printable * 10 < pairs * 9 {
        return None;
    }
    if zero_odd >= most && zero_even <= few {
        Some(Utf16::Le)
    } else if zero_even >= most && zero_odd <= few {
        Some(Utf16::Be)
    } else {
        None
    }
}

/// Text that is not UTF-8 and not binary: its invalid bytes outnumber its
/// valid multi-byte characters (a UTF-8 file with one corrupt byte stays
/// UTF-8).
/// The legacy code page of text that is not UTF-8: a CJK one where
/// `chardetng` (Firefox's detector) recognises it, else Windows-1252.
fn legacy(head: &[u8]) -> &'static encoding_rs::Encoding {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Allow);
    detector.feed(head, head.len() < PROBE);
    let guess = detector.guess(None, chardetng::Utf8Detection::Allow);
    let cjk = [
        encoding_rs::SHIFT_JIS,
        encoding_rs::EUC_JP,
        encoding_rs::ISO_2022_JP,
        encoding_rs::GBK,
        encoding_rs::GB18030,
        encoding_rs::BIG5,
        encoding_rs::EUC_KR,
    ];
    if cjk.contains(&guess) {
        guess
    } else {
        encoding_rs::WINDOWS_1252
    }
}

fn single_byte(head: &[u8]) -> bool {
    if memchr::memchr(0, head).is_some() {
        return false;
    }
    let (mut invalid, mut multibyte) = (0usize, 0usize);
    let mut chunks = head.utf8_chunks().peekable();
    while let Some(chunk) = chunks.next() {
        multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        let cut_at_end = chunks.peek().is_none() && head.len() == PROBE;
        if !chunk.invalid().is_empty() && !cut_at_end {
            invalid += 1;
        }
    }
    invalid > 0 && invalid * 4 > multibyte
}

/// The text to scan: UTF-16 and single-byte text transcoded to UTF-8
/// (unpaired surrogates become U+FFFD), UTF-8 as it is.
pub fn decoded(raw: &[u8]) -> Cow<'_, [u8]> {
    match detect(raw) {
        Encoding::Utf16(order, bom) => Cow::Owned(transcode_utf16(&raw[bom..], order)),
        Encoding::Legacy(e) if raw.len() <= MAX_TRANSCODE => {
            let (text, _) = e.decode_without_bom_handling(raw);
            Cow::Owned(text.into_owned().into_bytes())
        }
        _ => Cow::Borrowed(raw),
    }
}

/// UTF-16 code units to UTF-8; unpaired surrogates become U+FFFD.
pub fn transcode_utf16(bytes: &[u8], order: Utf16) -> Vec<u8> {
    let units = bytes.chunks_exact(2).map(|p| match order {
        Utf16::Le => u16::from_le_bytes([p[0], p[1]]),
        Utf16::Be => u16::from_be_bytes([p[0], p[1]]),
    });
    let mut out = String::with_capacity(bytes.len() / 2);
    out.extend(char::decode_utf16(units).map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER)));
    out.into_bytes()
}

/// JSON text with its `\uXXXX` escapes (and surrogate pairs) written as the
/// characters they stand for, or `None` when it has none. Escapes that must
/// stay escaped for the text to remain JSON (`\u0022`, `\u005c`, control
/// characters, unpaired surrogates) are kept, so the parser reads the same
/// structure: only string contents shrink.
pub fn unescape_json(text: &[u8]) -> Option<Vec<u8>> {
    memchr::memmem::find(text, b"\\u")?;
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    let mut changed = false;
    while let Some(k) = memchr::memchr(b'\\', &text[i..]) {
        let at = i + k;
        out.extend_from_slice(&text[i..at]);
        match text.get(at + 1) {
            Some(b'u') => match escaped_char(text, at) {
                Some((c, len)) => {
                    let mut b = [0; 4];
                    out.extend_from_slice(c.encode_utf8(&mut b).as_bytes());
                    changed = true;
                    i = at + len;
                }
                None => {
                    out.extend_from_slice(&text[at..at + 2]);
                    i = at + 2;
                }
            },
            Some(_) => {
                out.extend_from_slice(&text[at..at + 2]);
                i = at + 2;
            }
            None => {
                out.push(b'\\');
                i = at + 1;
            }
        }
    }
    out.extend_from_slice(&text[i..]);
    changed.then_some(out)
}

/// The character escaped at `at` (`\uXXXX`, or a surrogate pair of two) and
/// the escape's length, if it can be written as itself inside a JSON string.
fn escaped_char(text: &[u8], at: usize) -> Option<(char, usize)> {
    let unit = |p: usize| -> Option<u32> {
        let hex = text.get(p + 2..p + 6)?;
        if text.get(p..p + 2)? != b"\\u" {
            return None;
        }
        u32::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()
    };
    let u = unit(at)?;
    let (code, len) = match u {
        0xD800..=0xDBFF => {
            let low = unit(at + 6).filter(|l| (0xDC00..=0xDFFF).contains(l))?;
            (0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00), 12)
        }
        _ => (u, 6),
    };
    let c = char::from_u32(code)?;
    (!c.is_control() && c != '"' && c != '\\').then_some((c, len))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(text: &str, order: Utf16, bom: bool) -> Vec<u8> {
        let mut out = Vec::new();
        if bom {
            out.extend(match order {
                Utf16::Le => [0xFF, 0xFE],
                Utf16::Be => [0xFE, 0xFF],
            });
        }
        for u in text.encode_utf16() {
            out.extend(match order {
                Utf16::Le => u.to_le_bytes(),
                Utf16::Be => u.to_be_bytes(),
            });
        }
        out
    }

    #[test]
    fn utf16_with_and_without_a_mark() {
        let text = "mail: ana@mail.net, name: Jörg ☃\r\n";
        for order in [Utf16::Le, Utf16::Be] {
            for bom in [true, false] {
                let raw = utf16(text, order, bom);
                assert_eq!(detect(&raw), Encoding::Utf16(order, if bom { 2 } else { 0 }));
                assert_eq!(&decoded(&raw)[..], text.as_bytes(), "{order:?} bom {bom}");
            }
        }
        assert_eq!(utf16_bom(b"plain"), None);
        // Binary with zeros is not UTF-16.
        assert_eq!(
            detect(&[0u8, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7, 0, 8, 0, 9]),
            Encoding::Utf8
        );
    }

    #[test]
    fn latin1_is_transcoded_and_utf8_is_not() {
        let latin1 = b"nombre,ciudad\nJos\xe9 Garc\xeda,M\xe1laga\n\x80 5\n";
        assert_eq!(detect(latin1), Encoding::Legacy(encoding_rs::WINDOWS_1252));
        let (sjis, _, _) = encoding_rs::SHIFT_JIS.encode("顧客番号,氏名,電話番号,メールアドレス\n1,山田太郎,03-1234-5678,taro@example.jp\n2,佐藤花子,06-8765-4321,hanako@example.jp\n");
        assert_eq!(detect(&sjis), Encoding::Legacy(encoding_rs::SHIFT_JIS));
        assert!(std::str::from_utf8(&decoded(&sjis)).unwrap().starts_with("顧客番号,氏名,電話番号"));
        assert_eq!(
            std::str::from_utf8(&decoded(latin1)).unwrap(),
            "nombre,ciudad\nJosé García,Málaga\n€ 5\n"
        );
        let utf8 = "José García, Málaga, Zürich, Kraków".as_bytes();
        assert_eq!(detect(utf8), Encoding::Utf8);
        assert!(matches!(decoded(utf8), Cow::Borrowed(_)));
        // One corrupt byte among many UTF-8 characters: still UTF-8.
        let mut corrupt = utf8.to_vec();
        corrupt.push(0xFF);
        assert_eq!(detect(&corrupt), Encoding::Utf8);
    }

    #[test]
    fn json_escapes_become_characters_and_structure_is_kept() {
        let raw = br#"{"name":"M\u00fcller","email":"j\u00fcrgen@web.de","jp":"\u4f50\u85e4","emoji":"\ud83d\ude00","q":"a\u0022b\\u00fc\n","c":"\u0001"}"#;
        let out = unescape_json(raw).unwrap();
        assert_eq!(
            std::str::from_utf8(&out).unwrap(),
            r#"{"name":"Müller","email":"jürgen@web.de","jp":"佐藤","emoji":"😀","q":"a\u0022b\\u00fc\n","c":"\u0001"}"#
        );
        assert_eq!(unescape_json(br#"{"a":"plain \\u0041 \n"}"#), None);
        assert_eq!(unescape_json(br#"{"a":"\ud800 lone"}"#), None);
        assert_eq!(unescape_json(b"\\u12"), None, "a short escape at the end");
    }
}
