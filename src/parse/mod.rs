//! Structure: which *field* each byte of a structured file belongs to.
//!
//! A parser is a pull iterator of [`Event`]s in file order: a field value's
//! byte span with the field's name, and record ends. It never copies values
//! and never runs detectors; `classify` walks these events beside the
//! detector's hits (both in offset order) to attribute hits to fields. So the
//! bytes are detected once, and structure costs one light extra pass.
//!
//! Field names follow the report contract: CSV header cell (or `colN`), JSON
//! key path joined with `.` (array indices dropped), SQL `table.column`, log
//! format field names or `key=value` keys, configuration key paths.

pub mod cell_json;
pub mod config;
pub mod column;
pub mod ddl;
pub mod delimited;
pub mod json;
pub mod log;
pub mod sql;

use crate::sniff::Format;
use std::collections::HashMap;

/// Distinct field names kept per file; later ones share one `…` field.
pub const MAX_FIELDS: usize = 512;

/// One step of a parse.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    /// A value of field `field` (an index into [`Names`]) at `start..end`.
    Value { field: u32, start: usize, end: usize },
    /// The end of a record (a row, a JSON document or array element, an
    /// SQL tuple, a log line).
    EndRecord,
    /// A record opens inside the current one (an array element nested in a
    /// JSON record); its `EndRecord` returns to the enclosing one.
    BeginRecord,
}

/// Interned field names of one file.
#[derive(Debug, Default)]
pub struct Names {
    names: Vec<String>,
    /// Looked up once per value: a fast hash, not SipHash.
    index: HashMap<String, u32, foldhash::fast::FixedState>,
}

impl Names {
    pub fn intern(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.index.get(name) {
            return i;
        }
        if self.names.len() >= MAX_FIELDS {
            return self.intern_overflow();
        }
        let i = self.names.len() as u32;
        self.names.push(name.to_string());
        self.index.insert(name.to_string(), i);
        i
    }

    fn intern_overflow(&mut self) -> u32 {
        const OTHER: &str = "…";
        if let Some(&i) = self.index.get(OTHER) {
            return i;
        }
        let i = self.names.len() as u32;
        self.names.push(OTHER.to_string());
        self.index.insert(OTHER.to_string(), i);
        i
    }

    pub fn get(&self, i: u32) -> &str {
        &self.names[i as usize]
    }

    #[cfg(any(test, feature = "internals"))]
    pub fn len(&self) -> usize {
        self.names.len()
    }

    #[cfg(any(test, feature = "internals"))]
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

/// A structure parser: the next event at or after its position, or `None`
/// at the end of `hay`. It is always handed the same, whole haystack.
pub trait Parser: Send {
    fn next(&mut self, hay: &[u8], names: &mut Names) -> Option<Event>;

    /// After the last event: what the parse could not read as structure
    /// (truncated input, nesting past the depth bound). Values before the
    /// problem are attributed; the rest of the bytes were still scanned.
    fn warning(&self) -> Option<String> {
        None
    }

    /// The first byte the parser still refers to (its position, and the
    /// events it has read but not returned): a streamed parse may drop the
    /// bytes before it.
    fn needed(&self) -> usize;

    /// The first `by` bytes of the haystack were dropped: every position
    /// moves back by `by` (never past [`Parser::needed`]).
    fn rebase(&mut self, by: usize);

    /// Whether field names are paths whose last `.`-separated part names
    /// the value (`user.email`, `users.email`); a CSV header is a name as
    /// it stands (`Gmina m. z.`).
    fn dotted_names(&self) -> bool {
        true
    }

    /// Whether the file is configuration (`.env`, YAML, INI): a password
    /// there is a service's credential, a secret.
    fn is_config(&self) -> bool {
        false
    }

    /// Whether the file is a log: its lines' usernames (`/u/NAME`, a
    /// `remote_user`) are what a visitor typed or was routed to, not an
    /// account record.
    fn is_log(&self) -> bool {
        false
    }

    /// The declared type of field `name` (an SQL dump's `CREATE TABLE`
    /// column), once the parse has passed its declaration.
    fn column(&self, _name: &str) -> Option<&column::Column> {
        None
    }

    /// Fields the file declares to refer to another table's rows:
    /// `("table.column", "referenced_table")` (an SQL dump's foreign keys).
    fn references(&self) -> Vec<(String, String)> {
        Vec::new()
    }
}

/// The length of a UTF-8 byte-order mark at the start of `hay` (0 or 3):
/// parsers start after it, so the first header is `id`, not `\u{feff}id`.
pub fn bom_len(hay: &[u8]) -> usize {
    if hay.starts_with(&[0xEF, 0xBB, 0xBF]) {
        3
    } else {
        0
    }
}

/// The parser for a sniffed format, if the format has structure.
pub fn parser_for(format: Format, hay: &[u8]) -> Option<Box<dyn Parser>> {
    match format {
        Format::Csv | Format::Tsv => delimited::Delimited::sniff(hay).map(|p| Box::new(p) as Box<dyn Parser>),
        Format::TableCsv => Some(Box::new(delimited::Delimited::with_header(b','))),
        Format::Json | Format::Ndjson => Some(Box::new(json::Json::new())),
        Format::Sql => Some(Box::new(sql::Sql::new().with_ddl(hay))),
        Format::Log => Some(Box::new(log::Log::new())),
        Format::Config => Some(Box::new(config::Config::new())),
        _ => None,
    }
}

#[cfg(any(test, feature = "internals"))]
/// Collects every event of a parse (for tests): values, and records not
/// counting nested ones.
pub fn collect(p: &mut dyn Parser, hay: &[u8]) -> (Vec<(String, String)>, usize, Names) {
    let mut names = Names::default();
    let mut values = Vec::new();
    let (mut records, mut nested) = (0, 0);
    while let Some(ev) = p.next(hay, &mut names) {
        match ev {
            Event::Value { field, start, end } => values.push((
                names.get(field).to_string(),
                String::from_utf8_lossy(&hay[start..end]).into_owned(),
            )),
            Event::BeginRecord => nested += 1,
            Event::EndRecord if nested > 0 => nested -= 1,
            Event::EndRecord => records += 1,
        }
    }
    (values, records, names)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every parser survives every truncation of realistic input (a dump cut
    /// off mid-transfer): no panic, and it always ends.
    #[test]
    fn every_prefix_of_every_format_parses_without_panic() {
        let samples: [(Format, &[u8]); 5] = [
            (Format::Csv, b"id,email,notes\n1,a@b.com,\"x, \"\"y\"\"\nz\"\n2,c@d.org,w\n"),
            (Format::Json, br#"[{"a": {"b": [1, "x\"y", null, true]}, "c": "d@e.org"}, {"f": -1.5e3}]"#),
            (Format::Sql, b"CREATE TABLE t (a int, b varchar(9));\nINSERT INTO t VALUES (1,'x''y'),(2,NULL);\nCOPY u (a, b) FROM stdin;\n1\tq\n\\.\n"),
            (Format::Log, b"81.2.69.160 - bob [10/Oct/2024:13:55:36 +0000] \"GET / HTTP/1.1\" 200 5 \"-\" \"curl\"\nMar  3 04:12:09 web1 sshd[1]: Failed password for invalid user x from 81.2.69.161 port 2 ssh2\nts=1 user=a msg=\"b c\"\n"),
            (Format::Ndjson, b"{\"a\":1}\n{\"b\":\"x\"}\n"),
        ];
        for (format, full) in samples {
            for cut in 0..=full.len() {
                let hay = &full[..cut];
                if let Some(mut p) = parser_for(format, hay) {
                    let mut names = Names::default();
                    let mut n = 0;
                    while let Some(ev) = p.next(hay, &mut names) {
                        if let Event::Value { start, end, .. } = ev {
                            assert!(start <= end && end <= hay.len(), "{format} cut {cut}: {start}..{end}");
                        }
                        n += 1;
                        assert!(n < 10_000, "{format} cut {cut}: parser does not end");
                    }
                    let _ = p.warning();
                }
            }
        }
    }
}
