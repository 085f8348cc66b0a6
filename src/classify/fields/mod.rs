//! Per-file field statistics and the verdict for each field: which category,
//! how confident, how many values and distinct values; per-record category
//! combinations; and whether a source is an `activity` record.
//!
//! Confidence combines two kinds of evidence. For categories detectors see,
//! the share of the field's values holding a detector hit, weighted by the
//! hits' own confidence, plus a bonus when the field name agrees. For the
//! others (names, usernames, cities, plans, ...), the name hint's strength
//! times the share of values with the right shape.
//!
//! Two halves, one way: [`evidence`] accumulates what each field's values
//! are while the file is read (hits, shapes, dictionary lookups, profiles,
//! records), and [`verdict`] decides, once the file is read, what each
//! field is: detector evidence first, then the name's hint where the values
//! agree, then the rules that read a field by its values alone
//! ([`by_value`]).

mod by_value;
mod evidence;
mod verdict;

use crate::people::{keys, Ended, FilePeople, Linker, PeoplePart};
use super::hints::Hints;
use crate::aggregate::CatAcc;
use crate::category::Category;
use evidence::FieldAcc;
use std::collections::HashMap;

/// The verdict on one field for one category.
#[derive(Debug)]
pub struct FieldVerdict {
    pub field: String,
    pub category: Category,
    pub confidence: f64,
    pub acc: CatAcc,
    /// From the name and shapes (counted into the file's totals by the caller).
    pub from_hint: bool,
    /// A count known without fingerprints (activity: one per record).
    pub distinct_override: Option<u64>,
    /// A latitude or longitude field whose values are counted in the
    /// file's totals as pairs ([`Outcome::pairs`]), not one by one.
    pub paired: bool,
}

pub use crate::aggregate::Combination;

/// A detector hit as a field sees it: its category, its value's
/// fingerprint, the value and the hit's confidence.
#[derive(Clone, Copy, Debug)]
pub struct FieldHit<'v> {
    pub category: Category,
    pub fp: u64,
    pub value: &'v [u8],
    pub confidence: f32,
}

#[derive(Debug, Default)]
pub struct Outcome {
    pub verdicts: Vec<FieldVerdict>,
    pub combinations: Vec<Combination>,
    /// Records per source.
    pub records: Vec<(String, u64)>,
    /// Plain-language notes on fields (hashed identifiers, partial card
    /// data).
    pub notes: Vec<(String, String)>,
    /// Categories some of whose hits were excluded by their field's name,
    /// with the hits of every other field: the file's count of such a
    /// category is this plus its hits outside fields.
    pub recount: Vec<(Category, CatAcc)>,
    /// What the structure parser could not read (see `Parser::warning`).
    pub warning: Option<String>,
    /// Latitude/longitude pairs of one record, each one location value:
    /// counted in the file's totals instead of the paired fields' values.
    pub pairs: Option<CatAcc>,
    /// The file's people, linked within it.
    pub people: PeoplePart,
    /// Values that were pii-scan's own redaction tokens (counted apart).
    pub redacted: u64,
    /// Fields of hashed identifiers (digests of emails), with the category
    /// their name gives: a redacted copy replaces them too.
    pub hashed: Vec<(String, Category)>,
}

pub struct FileFields<'h> {
    hints: &'h Hints,
    dotted: bool,
    fields: Vec<FieldAcc>,
    value_index: u64,
    record_mask: u64,
    record_hits: u32,
    combos: HashMap<(u64, u32), u64>,
    /// Categories with excluded hits (a bit per category index).
    excluded: u32,
    /// Reused for normalising values looked up in the place and person
    /// names.
    buf: String,
    /// The current record's latitude and longitude (a pair is one
    /// location), and the pairs seen.
    coords: [String; 2],
    have_coords: [bool; 2],
    pairs: CatAcc,
    /// Records ended so far.
    records: u64,
    /// Records linked into people by their identifiers.
    people: FilePeople,
    /// Values that were pii-scan's own redaction tokens.
    redacted: u64,
    /// A configuration file: its passwords are services' secrets.
    config: bool,
    /// The file's name without its extension: the table its `id` keys.
    source: String,
    /// Fields declared to refer to a table (`favourites.owner_id` to
    /// `users`), with that table's entity.
    references: HashMap<String, u64>,
    /// The records a nested record sits in: their fields, hits and
    /// coordinates, innermost last.
    parents: Vec<(u64, u32, [bool; 2], [String; 2])>,
}

impl<'h> FileFields<'h> {
    /// Marks the file as configuration (`.env`, YAML, INI).
    pub fn config(mut self, config: bool) -> Self {
        self.config = config;
        self
    }

    /// Marks the file as a log (see `FilePeople::log`).
    pub fn log(mut self, log: bool) -> Self {
        self.people.log(log);
        self
    }

    /// Whether records are linked into people (a redaction's first pass
    /// needs the field verdicts only). Call before [`FileFields::log`].
    pub fn people(mut self, on: bool) -> Self {
        if !on {
            self.people = FilePeople::off();
        }
        self
    }

    /// The file's declared foreign keys: `("table.column", "table")`.
    pub fn references(mut self, refs: Vec<(String, String)>) -> Self {
        self.references = refs
            .into_iter()
            .filter_map(|(field, table)| Some((field, keys::table(&table)?)))
            .collect();
        self
    }

    /// Names the file (its path): the table a bare `id` column keys.
    pub fn source(mut self, path: &str) -> Self {
        let file = path.rsplit(['/', '\\', '!']).next().unwrap_or(path);
        self.source = file.split('.').next().unwrap_or(file).to_string();
        self
    }

    /// `dotted`: field names are paths (`user.email`) whose last part names
    /// the value.
    pub fn new(hints: &'h Hints, dotted: bool) -> Self {
        FileFields {
            hints,
            dotted,
            fields: Vec::new(),
            value_index: 0,
            record_mask: 0,
            record_hits: 0,
            combos: HashMap::new(),
            excluded: 0,
            buf: String::new(),
            coords: [String::new(), String::new()],
            have_coords: [false; 2],
            pairs: CatAcc::default(),
            records: 0,
            people: FilePeople::default(),
            redacted: 0,
            config: false,
            source: String::new(),
            references: HashMap::new(),
            parents: Vec::new(),
        }
    }

    /// See [`FilePeople::detach`].
    pub fn detach_people(&mut self) -> Linker {
        self.people.detach()
    }

    /// See [`FilePeople::attach`].
    pub fn attach_people(&mut self, linker: Linker) {
        self.people.attach(linker);
    }

    /// See [`FilePeople::take_ended`].
    pub fn take_ended(&mut self, spare: &mut Ended) {
        self.people.take_ended(spare);
    }
}
