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
//! format field names or `key=value` keys.

pub mod delimited;
pub mod json;
pub mod log;
pub mod sql;

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

    pub fn len(&self) -> usize {
        self.names.len()
    }

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
}

/// The parser for a sniffed format, if the format has structure.
pub fn parser_for(format: &str, hay: &[u8]) -> Option<Box<dyn Parser>> {
    match format {
        "csv" | "tsv" => delimited::Delimited::sniff(hay).map(|p| Box::new(p) as Box<dyn Parser>),
        "json" | "ndjson" => Some(Box::new(json::Json::new())),
        "sql" => Some(Box::new(sql::Sql::new())),
        "log" => Some(Box::new(log::Log::new())),
        _ => None,
    }
}

/// Collects every event of a parse (for tests).
pub fn collect(p: &mut dyn Parser, hay: &[u8]) -> (Vec<(String, String)>, usize, Names) {
    let mut names = Names::default();
    let mut values = Vec::new();
    let mut records = 0;
    while let Some(ev) = p.next(hay, &mut names) {
        match ev {
            Event::Value { field, start, end } => values.push((
                names.get(field).to_string(),
                String::from_utf8_lossy(&hay[start..end]).into_owned(),
            )),
            Event::EndRecord => records += 1,
        }
    }
    (values, records, names)
}
