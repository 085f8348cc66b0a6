//! Sniffing what a file is: binary or text, and its format label for the
//! report (`csv`, `json`, `sql`, ...). Content wins over the extension where
//! the content is telling; the extension is only a hint.

use std::path::Path;

/// How many leading bytes are looked at for a content guess.
const HEAD: usize = 8192;

/// Whether the bytes hold a NUL: such a file is reported as `binary`, and its
/// text runs are still scanned (NUL is a separator no detector matches).
pub fn is_binary(bytes: &[u8]) -> bool {
    memchr::memchr(0, bytes).is_some()
}

/// The report's `format` label.
pub fn format(path: &Path, bytes: &[u8], binary: bool) -> &'static str {
    if binary {
        return "binary";
    }
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let by_ext = match ext.as_str() {
        "csv" => Some("csv"),
        "tsv" | "tab" => Some("tsv"),
        "ndjson" | "jsonl" => Some("ndjson"),
        "json" => Some("json"),
        "sql" => Some("sql"),
        "log" => Some("log"),
        "xml" => Some("xml"),
        "html" | "htm" => Some("html"),
        _ => None,
    };
    let head = &bytes[..bytes.len().min(HEAD)];
    let first = head.iter().copied().find(|b| !b.is_ascii_whitespace());
    let by_content = match first {
        Some(b'{') => {
            let second_line = memchr::memchr(b'\n', head).map(|i| &head[i + 1..]);
            let second = second_line.and_then(|l| l.iter().copied().find(|b| !b.is_ascii_whitespace()));
            let first_line_closes =
                memchr::memchr(b'\n', head).is_some_and(|i| head[..i].trim_ascii_end().ends_with(b"}"));
            Some(if second == Some(b'{') && first_line_closes {
                "ndjson"
            } else {
                "json"
            })
        }
        Some(b'[') if by_ext.is_none() => Some("json"),
        _ if starts_like_sql(head) => Some("sql"),
        _ => None,
    };
    by_content.or(by_ext).unwrap_or("text")
}

fn starts_like_sql(head: &[u8]) -> bool {
    const MARKERS: &[&[u8]] = &[
        b"-- MySQL dump",
        b"-- PostgreSQL database dump",
        b"INSERT INTO ",
        b"CREATE TABLE ",
        b"PRAGMA foreign_keys",
    ];
    let head = &head[..head.len().min(2048)];
    MARKERS.iter().any(|m| memchr::memmem::find(head, m).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_and_extension() {
        let p = Path::new;
        assert_eq!(format(p("a.csv"), b"email,name\n", false), "csv");
        assert_eq!(format(p("a.txt"), b"{\"a\":1}\n{\"a\":2}\n", false), "ndjson");
        assert_eq!(format(p("a.json"), b"{\n  \"a\": 1\n}\n", false), "json");
        assert_eq!(format(p("dump"), b"-- MySQL dump 10.13\nCREATE TABLE x", false), "sql");
        assert_eq!(format(p("a.csv"), b"x\0y", true), "binary");
        assert_eq!(format(p("notes"), b"hello", false), "text");
        assert!(is_binary(b"ab\0c") && !is_binary(b"abc"));
    }
}
