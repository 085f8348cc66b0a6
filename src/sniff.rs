//! Sniffing what a file is: binary or text, and its [`Format`] (`csv`,
//! `json`, `sql`, ...). Content wins over the extension where the content is
//! telling; the extension is only a hint. `Format` is also the report's
//! `format` label, containers' included.

use std::path::Path;

/// What a scanned byte sequence is, as the report labels it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Format {
    #[default]
    Text,
    /// Holds a NUL: its text runs are still scanned.
    Binary,
    Csv,
    Tsv,
    Json,
    Ndjson,
    Sql,
    Log,
    /// `.env`, YAML, INI, Java properties, TOML.
    Config,
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
    /// A PostgreSQL table, read by `COPY` (`store::postgres`).
    Postgres,
    /// A MySQL or MariaDB table, read by `SELECT` (`store::mysql`).
    Mysql,
    /// CSV with a header line, however few its columns: how a table
    /// streamed from a server is parsed (never sniffed from a file).
    TableCsv,
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
            Format::Config => "config",
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
            Format::Postgres => "postgres",
            Format::Mysql => "mysql",
            Format::TableCsv => "csv",
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

/// Every format a report labels a file with (`TableCsv` is only ever how
/// a table is parsed): what a part's labels are read back into.
const LABELLED: [Format; 27] = [
    Format::Text,
    Format::Binary,
    Format::Csv,
    Format::Tsv,
    Format::Json,
    Format::Ndjson,
    Format::Sql,
    Format::Log,
    Format::Config,
    Format::Xml,
    Format::Html,
    Format::Gzip,
    Format::Zstd,
    Format::Bzip2,
    Format::Xz,
    Format::Tar,
    Format::Zip,
    Format::Xlsx,
    Format::Ods,
    Format::Sqlite,
    Format::Postgres,
    Format::Mysql,
    Format::Parquet,
    Format::Jpeg,
    Format::Png,
    Format::Tiff,
    Format::Heic,
];

impl<'de> serde::Deserialize<'de> for Format {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Format, D::Error> {
        let label = String::deserialize(d)?;
        LABELLED
            .into_iter()
            .find(|f| f.label() == label)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown format {label:?}")))
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
        "env" | "yml" | "yaml" | "ini" | "cfg" | "conf" | "properties" | "toml" => Some(Format::Config),
        _ => None,
    };
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    let by_ext = by_ext.or_else(|| (name == ".env" || name.starts_with(".env.")).then_some(Format::Config));
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
        _ if starts_like_log(head) => Some(Format::Log),
        _ => None,
    };
    by_content
        .or(by_ext)
        .or_else(|| log_by_name(path))
        .or_else(|| path.extension().is_none().then(|| delimited_by_content(head)).flatten())
        .unwrap_or(Format::Text)
}

/// The first line of an access log (`81.2.69.160 - bob [10/Oct/2024:13:55:36
/// +0000] "GET / …`) or of syslog (`Mar  3 04:12:09 host sshd[1]: …`).
fn starts_like_log(head: &[u8]) -> bool {
    let line = head
        .split(|&b| b == b'\n')
        .find(|l| !l.trim_ascii().is_empty())
        .unwrap_or(b"");
    let fields: Vec<&[u8]> = line.splitn(5, |&b| b == b' ').collect();
    let access = fields.len() == 5
        && fields[3].starts_with(b"[")
        && memchr::memmem::find(line, b"] \"").is_some()
        && fields[0]
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || b".:-_".contains(b));
    const MONTHS: [&[u8]; 12] = [
        b"Jan", b"Feb", b"Mar", b"Apr", b"May", b"Jun", b"Jul", b"Aug", b"Sep", b"Oct", b"Nov", b"Dec",
    ];
    let syslog = line.len() > 16
        && MONTHS.iter().any(|m| line.starts_with(m))
        && line[3] == b' '
        && (line[4] == b' ' || line[4].is_ascii_digit())
        && line[5].is_ascii_digit()
        && line[6] == b' '
        && line[9] == b':'
        && line[12] == b':';
    access || syslog
}

/// Rotated and conventional log names: `access.log.1`, `access_log`,
/// `error_log`.
fn log_by_name(path: &Path) -> Option<Format> {
    let name = path.file_name()?.to_str()?.to_ascii_lowercase();
    let rotated = name
        .rsplit_once(".log.")
        .is_some_and(|(_, n)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    (rotated || name.ends_with("_log")).then_some(Format::Log)
}

/// Text with no extension whose first lines split into the same number
/// (two or more) of fields on one delimiter: CSV (or TSV for tabs). A
/// `.txt` stays text: its name says so.
fn delimited_by_content(head: &[u8]) -> Option<Format> {
    let lines: Vec<&[u8]> = head.split(|&b| b == b'\n').take(6).filter(|l| !l.is_empty()).collect();
    if lines.len() < 3 || head.len() == HEAD && lines.len() < 6 {
        return None; // too few lines, or lines too long to be rows
    }
    let lines = &lines[..lines.len() - usize::from(head.len() == HEAD)];
    for (d, format) in [
        (b'\t', Format::Tsv),
        (b',', Format::Csv),
        (b';', Format::Csv),
        (b'|', Format::Csv),
    ] {
        let n = memchr::memchr_iter(d, lines[0]).count();
        if n >= 2 && lines.iter().all(|l| memchr::memchr_iter(d, l).count() == n) {
            return Some(format);
        }
    }
    None
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
    fn labels_read_back() {
        for f in LABELLED {
            let text = serde_json::to_string(&f).unwrap();
            assert_eq!(serde_json::from_str::<Format>(&text).unwrap(), f);
        }
        assert!(serde_json::from_str::<Format>("\"nope\"").is_err());
    }

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
        let access = b"81.2.69.160 - bob [10/Oct/2024:13:55:36 +0000] \"GET / HTTP/1.1\" 200 5 \"-\" \"curl\"\n";
        assert_eq!(format(p("access_log"), access, false), Format::Log);
        assert_eq!(format(p("logs/2024-10-10"), access, false), Format::Log);
        let syslog = b"Mar  3 04:12:09 web1 sshd[811]: Failed password for bob from 81.2.69.161 port 22 ssh2\n";
        assert_eq!(format(p("auth"), syslog, false), Format::Log);
        assert_eq!(format(p("access.log.1"), b"anything\n", false), Format::Log);
        assert_eq!(format(p("error_log"), b"anything\n", false), Format::Log);
        assert_eq!(
            format(p("export"), b"id,email,city\n1,a@b.de,Berlin\n2,c@d.fr,Paris\n", false),
            Format::Csv
        );
        assert_eq!(
            format(
                p("export"),
                b"id\temail\tcity\n1\ta@b.de\tBerlin\n2\tc@d.fr\tParis\n",
                false
            ),
            Format::Tsv
        );
        assert_eq!(
            format(
                p("README"),
                b"Hello, world, again.\nNo table here.\nJust prose, really.\n",
                false
            ),
            Format::Text
        );
        assert!(is_binary(b"ab\0c") && !is_binary(b"abc"));
    }
}
