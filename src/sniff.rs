//! Sniffing what a file is: binary or text, and its [`Format`] (`csv`,
//! `json`, `sql`, ...). Content wins over the extension where the content is
//! telling; the extension is only a hint. `Format` is also the report's
//! `format` label, containers' included.

use std::path::Path;

/// What a scanned byte sequence is, as the report labels it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Format {
    Text,
    /// Holds a NUL: its text runs are still scanned.
    Binary,
    Csv,
    Tsv,
    Json,
    Ndjson,
    Sql,
    Log,
    Xml,
    Html,
    Gzip,
    Zstd,
    Bzip2,
    Xz,
    Tar,
    Zip,
    Xlsx,
    Ods,
    Sqlite,
    Parquet,
    Jpeg,
    Png,
    Tiff,
    Heic,
}

impl Format {
    /// The report's `format` label.
    pub fn label(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Binary => "binary",
            Format::Csv => "csv",
            Format::Tsv => "tsv",
            Format::Json => "json",
            Format::Ndjson => "ndjson",
            Format::Sql => "sql",
            Format::Log => "log",
            Format::Xml => "xml",
            Format::Html => "html",
            Format::Gzip => "gzip",
            Format::Zstd => "zstd",
            Format::Bzip2 => "bzip2",
            Format::Xz => "xz",
            Format::Tar => "tar",
            Format::Zip => "zip",
            Format::Xlsx => "xlsx",
            Format::Ods => "ods",
            Format::Sqlite => "sqlite",
            Format::Parquet => "parquet",
            Format::Jpeg => "jpeg",
            Format::Png => "png",
            Format::Tiff => "tiff",
            Format::Heic => "heic",
        }
    }

    /// Whether field names are `table.column` (an SQL dump and what is
    /// rendered as one).
    pub fn has_tables(self) -> bool {
        self == Format::Sql
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.label())
    }
}

impl serde::Serialize for Format {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.label())
    }
}

/// How many leading bytes are looked at for a content guess.
const HEAD: usize = 8192;

/// Whether the bytes hold a NUL: such a file is reported as `binary`, and its
/// text runs are still scanned (NUL is a separator no detector matches).
pub fn is_binary(bytes: &[u8]) -> bool {
    memchr::memchr(0, bytes).is_some()
}

/// The format of text named `path` whose first bytes are `bytes`.
pub fn format(path: &Path, bytes: &[u8], binary: bool) -> Format {
    if binary {
        return Format::Binary;
    }
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let by_ext = match ext.as_str() {
        "csv" => Some(Format::Csv),
        "tsv" | "tab" => Some(Format::Tsv),
        "ndjson" | "jsonl" => Some(Format::Ndjson),
        "json" => Some(Format::Json),
        "sql" => Some(Format::Sql),
        "log" => Some(Format::Log),
        "xml" => Some(Format::Xml),
        "html" | "htm" => Some(Format::Html),
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
                Format::Ndjson
            } else {
                Format::Json
            })
        }
        Some(b'[') if by_ext.is_none() => Some(Format::Json),
        _ if starts_like_sql(head) => Some(Format::Sql),
        _ => None,
    };
    by_content.or(by_ext).unwrap_or(Format::Text)
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
        assert_eq!(format(p("a.csv"), b"email,name\n", false), Format::Csv);
        assert_eq!(format(p("a.txt"), b"{\"a\":1}\n{\"a\":2}\n", false), Format::Ndjson);
        assert_eq!(format(p("a.json"), b"{\n  \"a\": 1\n}\n", false), Format::Json);
        assert_eq!(
            format(p("dump"), b"-- MySQL dump 10.13\nCREATE TABLE x", false),
            Format::Sql
        );
        assert_eq!(format(p("a.csv"), b"x\0y", true), Format::Binary);
        assert_eq!(format(p("notes"), b"hello", false), Format::Text);
        assert_eq!(Format::Ndjson.to_string(), "ndjson");
        assert!(is_binary(b"ab\0c") && !is_binary(b"abc"));
    }
}
