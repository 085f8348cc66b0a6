//! Per-file field statistics and the verdict for each field: which category,
//! how confident, how many values and distinct values; per-record category
//! combinations; and whether a source is an `activity` record.
//!
//! Confidence combines two kinds of evidence. For categories detectors see,
//! the share of the field's values holding a detector hit, weighted by the
//! hits' own confidence, plus a bonus when the field name agrees. For the
//! others (names, usernames, cities, plans, ...), the name hint's strength
//! times the share of values with the right shape.

use super::hints::{Hints, Marker, NotPerson, Said};
use super::names::{names as name_dictionary, Likeness};
use crate::people::{is_strong, keys, Ended, FilePeople, Linker, PeoplePart, Signature};
use super::profile::{Kind, Profile};
use super::shape;
use crate::aggregate::CatAcc;
use crate::category::Category;
use crate::detect::normalize::fingerprint;
use std::collections::HashMap;

/// Fields tracked in per-record combinations (a bit each).
const MASK_FIELDS: u32 = 64;

/// Values of a field looked up in the place names (or the person names)
/// before the lookups stop for a field fewer than half of whose values were
/// places (names).
const PLACE_PROBE: u64 = 32;

/// Values of a name-like field checked for organisation names and
/// placeholder text.
const PERSON_SAMPLE: u64 = 256;

/// Distinct values an account-type column (a plan, tier, role or status
/// enum) may have when no header says what it is.
const ENUM_MAX: usize = 8;

/// Values of a field whose place lookups are remembered.
const PLACE_MEMO: usize = 8;

/// Which coordinate a field's name says it holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Coord {
    #[default]
    None,
    Lat,
    Lon,
}

/// The few distinct values of a field while they are few.
#[derive(Default)]
struct Enum {
    /// `None` once the field has had more than [`ENUM_MAX`] distinct values
    /// or one that is not a word.
    values: Option<Vec<(u64, Vec<u8>)>>,
    /// The record (1-based) of the last value: a record with two values
    /// (a list of tags) is not one account's type.
    last_record: u64,
}

#[derive(Default)]
struct HitAcc {
    acc: CatAcc,
    values_with_hit: u64,
    last_value: u64,
}

#[derive(Default)]
struct FieldAcc {
    looked_up: bool,
    said: Option<Said>,
    /// The entity this field may be a key of (see `people::keys`).
    key_entity: Option<u64>,
    /// The object this field sits in (a hash of its key path's parent;
    /// one per table in SQL): a record's second object with a name of its
    /// own is another person (a complaint's customer and its agent).
    group: u64,
    marker: Option<Marker>,
    coord: Coord,
    postal: bool,
    values: u64,
    non_empty: u64,
    /// Values that are pii-scan's own redaction tokens.
    redacted: u64,
    shape_ok: u64,
    hex_digests: u64,
    /// Values counted under the hinted category (when their shape fits).
    hinted: CatAcc,
    hits: Vec<(Category, HitAcc)>,
    /// Hits the field's name says are not values (a version is not an IP).
    excluded: u64,
    /// For a field whose name says nothing: its values that name a place.
    places: CatAcc,
    /// Values looked up in the place names (the lookups stop once a field
    /// has shown it is not a column of places).
    place_lookups: u64,
    /// The last values looked up in the places and what they were (a
    /// city or country field repeats a few values).
    place_memo: Vec<(Vec<u8>, bool, bool)>,
    /// For a field whose name says nothing or says `name`: its values that
    /// read as person names, and how many were looked up.
    names: CatAcc,
    name_lookups: u64,
    /// Two per strong name, one per weak one (see `names::Likeness`).
    name_score: u64,
    /// Values of a name-like field that name organisations, or are
    /// placeholder text.
    companies: u64,
    placeholders: u64,
    /// Values naming streets (`Seedley Avenue`).
    streets: u64,
    /// The first words of the sampled values with their counts, while few:
    /// one word starting most values is a brand (`Move Well Physio
    /// Parramatta`, `Move Well Physio Chatswood`), not a given name.
    first_words: Vec<(u64, u32)>,
    /// Sampled values of two words or more.
    multiword: u64,
    /// Values checked for the two above (the first [`PERSON_SAMPLE`]).
    person_checks: u64,
    /// For a field whose name says nothing: its values while they are few,
    /// its values that are dates (with their earliest and latest year) and
    /// those that are phone numbers.
    enumeration: Enum,
    dates: u64,
    years: (u16, u16),
    phones: u64,
    /// Values that are Windows accounts (`DOMAIN\user`).
    accounts: u64,
    /// Values read as names that have two words or more (full names).
    full_names: u64,
    /// Dates, phones and accounts found by value, counted like a hinted
    /// field's.
    by_value: CatAcc,
    /// What the values are (types, digit identifiers, years).
    profile: Profile,
    /// Dates and timestamps, while most values are: a person's activity
    /// when the record holds a person.
    times: CatAcc,
    /// Values that pass a national id's check digits.
    ids: CatAcc,
    /// The name's hint was ruled out by the values (timestamps in a
    /// `password_reset_sent_at`): metadata of what the name says, not a
    /// person's action.
    refuted: Option<Category>,
}

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

    fn field(&mut self, id: u32, names: &crate::parse::Names) -> &mut FieldAcc {
        let i = id as usize;
        if self.fields.len() <= i {
            self.fields.resize_with(i + 1, FieldAcc::default);
        }
        let f = &mut self.fields[i];
        if !f.looked_up {
            f.looked_up = true;
            let name = names.get(id);
            // The leaf of a key path or `table.column` names the value.
            // (A spreadsheet header may end in a dot: `Sheet.Employee No.`.)
            let path = name.trim_end_matches('.');
            let leaf = if self.dotted {
                path.rsplit('.').next().unwrap_or(name)
            } else {
                name
            };
            f.said = self.hints.category(leaf);
            if self.config {
                // A configuration's settings describe services: its
                // passwords and keys are secrets, its user names, hosts,
                // regions and sender addresses no one's personal data.
                f.said = match f.said {
                    Some(Said::Category(Category::Password | Category::Secret, s)) => {
                        Some(Said::Category(Category::Secret, s))
                    }
                    Some(Said::Category(..)) => Some(Said::NotPersonal {
                        excludes: 1 << Category::IpAddress.index(),
                        note: None,
                    }),
                    other => other,
                };
            }
            f.marker = self.hints.marker(leaf);
            let last = super::hints::normalize(name);
            let last = last.rsplit('_').next().unwrap_or("");
            f.coord = match last {
                "lat" | "latitude" | "breitengrad" | "latitud" | "latitudine" | "breedtegraad" | "широта" | "緯度"
                | "위도" => Coord::Lat,
                "lng" | "lon" | "long" | "longitude" | "längengrad" | "laengengrad" | "longitud" | "longitudine"
                | "lengtegraad" | "долгота" | "経度" | "경도" => Coord::Lon,
                _ => Coord::None,
            };
            if f.said.is_none() {
                f.enumeration.values = Some(Vec::new());
            }
            // A key column may be named like a username or an id
            // (`user_id`, `student_number`); not like the other categories,
            // whose values link by themselves or are no keys.
            if !matches!(f.said, Some(Said::Category(c, _))
                if !matches!(c, Category::Username | Category::GovernmentId | Category::AccountType))
            {
                let table = if self.dotted {
                    path.rsplit('.').nth(1).unwrap_or(&self.source)
                } else {
                    &self.source
                };
                f.key_entity = keys::entity(table, leaf);
            }
            if let Some(&e) = self.references.get(name) {
                f.key_entity = Some(e);
            }
            if self.dotted {
                if let Some((parent, _)) = path.rsplit_once('.') {
                    f.group = fingerprint(Category::Name, parent.as_bytes());
                }
            }
            let lower = name.to_lowercase();
            f.postal = matches!(last, "zip" | "zipcode" | "postcode" | "plz" | "postal" | "cap" | "cep" | "pincode")
                || ["post", "zip", "pincode", "pin_code", "pocztow", "郵便", "우편", "индекс"]
                    .iter()
                    .any(|w| lower.contains(w));
        }
        f
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

    /// A value of field `id` (named `name`); returns the value's index, for hits.
    pub fn value(&mut self, id: u32, names: &crate::parse::Names, v: &[u8]) -> u64 {
        self.value_index += 1;
        let index = self.value_index;
        let v = v.trim_ascii();
        let f = self.field(id, names);
        if let Some(e) = f.key_entity {
            if let Some(item) = keys::item(v).filter(|_| !shape::is_redaction_token(v)) {
                self.people.key(e, item, id);
            }
        }
        let f = &mut self.fields[id as usize];
        f.values += 1;
        if v.is_empty() {
            return index;
        }
        f.non_empty += 1;
        if shape::is_redaction_token(v) {
            // A redacted copy's token: not the category, not a marker of
            // its record (a redacted time makes no event).
            f.redacted += 1;
            self.redacted += 1;
            return index;
        }
        if shape::is_hex_digest(v) {
            f.hex_digests += 1;
        }
        let (kind, id_like) = f.profile.add(v);
        if id_like {
            let fp = fingerprint(Category::GovernmentId, v);
            f.ids.matches += 1;
            f.ids.distinct.insert(fp);
            f.ids.samples.offer(fp, v);
        }
        if matches!(kind, Kind::Timestamp | Kind::Date) && f.profile.mostly_dates(0.8) {
            // Each time is one event (its distinct count is its count): no
            // fingerprint sketch, a few samples.
            f.times.matches += 1;
            if f.times.matches <= 16 {
                let fp = fingerprint(Category::Activity, v);
                f.times.samples.offer(fp, v);
            }
        }
        let name_like = match f.said {
            None => true,
            Some(Said::Category(c, _)) => c == Category::Name,
            Some(Said::NotPersonal { .. }) => false,
        };
        if name_like {
            self.name_evidence(id, v);
        }
        let f = &mut self.fields[id as usize];
        let record = self.records + 1;
        if f.enumeration.values.is_some() {
            if f.enumeration.last_record == record {
                f.enumeration.values = None;
            }
            f.enumeration.last_record = record;
        }
        // A value already among the enumeration's is a word already seen
        // (most values of such a field are).
        let known = f.enumeration.values.as_ref().is_some_and(|vs| vs.iter().any(|(_, x)| x == v));
        if let Some(values) = f.enumeration.values.as_mut().filter(|_| !known) {
            let word = shape::fits(Category::AccountType, v, false) && v.iter().any(u8::is_ascii_alphabetic);
            let fp = fingerprint(Category::AccountType, v);
            if !word {
                f.enumeration.values = None;
            } else if !values.iter().any(|(x, _)| *x == fp) {
                if values.len() == ENUM_MAX {
                    f.enumeration.values = None;
                } else {
                    values.push((fp, v.to_vec()));
                }
            }
        }
        // Tracked while nine in ten values are dates or phones.
        let tracking = f.non_empty <= PLACE_PROBE || f.by_value.matches * 10 >= f.non_empty * 9;
        if f.said.is_none() && f.hits.is_empty() && tracking {
            let fp = if let Some(year) = shape::date_year(v) {
                f.dates += 1;
                f.years = if f.dates == 1 {
                    (year, year)
                } else {
                    (f.years.0.min(year), f.years.1.max(year))
                };
                Some(fingerprint(Category::DateOfBirth, v))
            } else if shape::is_phone_like(v) {
                f.phones += 1;
                Some(fingerprint(Category::Phone, v))
            } else if shape::is_domain_account(v) {
                f.accounts += 1;
                Some(fingerprint(Category::Username, v))
            } else {
                None
            };
            if let Some(fp) = fp {
                f.by_value.matches += 1;
                f.by_value.distinct.insert(fp);
                f.by_value.samples.offer(fp, v);
            }
        }
        // `male` is not Malé, `true` no town.
        let undecided = f.place_lookups < PLACE_PROBE || f.places.matches * 2 >= f.place_lookups;
        if f.said.is_none() && undecided && {
            // `(not a plan, a place)`, computed once per distinct value
            // among the memo's.
            let (plain, place) = match f.place_memo.iter().find(|(x, _, _)| x == v) {
                Some(&(_, plain, place)) => (plain, place),
                None => {
                    let plain = !self.hints.not_a_plan(v);
                    let place = plain && super::places::places().contains(v, &mut self.buf);
                    // A ring: the oldest entry's buffer is reused.
                    if f.place_memo.len() < PLACE_MEMO {
                        f.place_memo.push((v.to_vec(), plain, place));
                    } else {
                        let slot = &mut f.place_memo[(f.place_lookups as usize + f.values as usize) % PLACE_MEMO];
                        slot.0.clear();
                        slot.0.extend_from_slice(v);
                        (slot.1, slot.2) = (plain, place);
                    }
                    (plain, place)
                }
            };
            f.place_lookups += u64::from(plain);
            place
        } {
            let f = &mut self.fields[id as usize];
            let fp = fingerprint(Category::Location, v);
            f.places.matches += 1;
            f.places.distinct.insert(fp);
            f.places.samples.offer(fp, v);
        }
        let f = &mut self.fields[id as usize];
        if let Some(Said::Category(cat, _)) = f.said {
            let coord = if cat == Category::Location {
                f.coord
            } else {
                Coord::None
            };
            let fits = if cat == Category::Location && f.postal {
                shape::is_postcode(v)
            } else if cat == Category::Secret && self.config {
                shape::is_config_secret(v)
            } else {
                shape::fits(cat, v, coord != Coord::None)
            };
            if fits && coord != Coord::None {
                let k = usize::from(coord == Coord::Lon);
                self.coords[k].clear();
                self.coords[k].push_str(std::str::from_utf8(v).unwrap_or_default());
                self.have_coords[k] = true;
            }
            let f = &mut self.fields[id as usize];
            if fits {
                f.shape_ok += 1;
                let fp = fingerprint(cat, v);
                f.hinted.matches += 1;
                f.hinted.distinct.insert(fp);
                f.hinted.samples.offer(fp, v);
                // A username or a national id in a field named for it
                // identifies its person (the detectors take few national
                // ids alone); a phone in a phone field links only (as an
                // identifier of its own, a courier's or a shop's phone made
                // people of orders: worse on the blind sets).
                if matches!(cat, Category::Username | Category::GovernmentId) {
                    let group = self.fields[id as usize].group;
                    self.people.identifier(cat, v, fp, id, group);
                } else if cat == Category::Phone {
                    self.people.link_only(cat, v, fp, id);
                }
                if cat == Category::Name {
                    // The record's name, word by word (first and last name
                    // fields make the same name as one full-name field);
                    // initials (`D.`) left out.
                    let mut sum = 0u64;
                    for w in String::from_utf8_lossy(v).split(|c: char| c.is_whitespace() || c == ',') {
                        let w = w.trim_end_matches('.');
                        if w.chars().count() > 1 {
                            self.buf.clear();
                            self.buf.extend(w.chars().flat_map(char::to_lowercase));
                            sum = sum.wrapping_add(fingerprint(Category::Name, self.buf.as_bytes()));
                        }
                    }
                    let group = self.fields[id as usize].group;
                    self.people.name(sum, group);
                }
            }
        }
        if id < MASK_FIELDS {
            self.record_mask |= 1 << id;
        }
        index
    }

    /// A detector hit inside value `index` of field `id`.
    pub fn hit(&mut self, id: u32, names: &crate::parse::Names, index: u64, hit: FieldHit) {
        let FieldHit {
            category,
            fp,
            value: v,
            confidence,
        } = hit;
        let config = self.config;
        let f = self.field(id, names);
        if let Some(Said::NotPersonal { excludes, .. }) = f.said {
            if excludes & (1 << category.index()) != 0 {
                f.excluded += 1;
                self.excluded |= 1 << category.index();
                return;
            }
        }
        // In a configuration, an address is a host's and an email inside
        // a credential setting (`postgres://user:pw@db`) is no one's.
        if config
            && (category == Category::IpAddress
                || (category == Category::Email && matches!(f.said, Some(Said::Category(Category::Secret, _)))))
        {
            f.excluded += 1;
            self.excluded |= 1 << category.index();
            return;
        }
        self.record_hits |= 1 << category.index();
        if is_strong(category) {
            let group = self.fields[id as usize].group;
            self.people.identifier(category, v, fp, id, group);
        } else if category == Category::IpAddress {
            self.people.ip(fp);
        }
        let f = &mut self.fields[id as usize];
        let pos = match f.hits.iter().position(|(c, _)| *c == category) {
            Some(p) => p,
            None => {
                f.hits.push((category, HitAcc::default()));
                f.hits.len() - 1
            }
        };
        let h = &mut f.hits[pos].1;
        h.acc.matches += 1;
        h.acc.distinct.insert(fp);
        h.acc.confidence_sum += f64::from(confidence);
        h.acc.samples.offer(fp, v);
        if category == Category::IpAddress && crate::detect::validate::is_internal_ip(v) {
            h.acc.internal += 1;
        }
        if h.last_value != index {
            h.last_value = index;
            h.values_with_hit += 1;
        }
    }

    /// What value `v` of name-like field `id` says: an organisation, a
    /// placeholder, or (while the field is undecided) a person's name.
    fn name_evidence(&mut self, id: u32, v: &[u8]) {
        let f = &mut self.fields[id as usize];
        // Organisations and placeholder text are judged on a sample.
        if f.person_checks < PERSON_SAMPLE {
            f.person_checks += 1;
            if let Ok(s) = std::str::from_utf8(v) {
                match self.hints.not_a_person(s, &mut self.buf) {
                    Some(NotPerson::Company) => f.companies += 1,
                    Some(NotPerson::Placeholder) => f.placeholders += 1,
                    Some(NotPerson::Street) => f.streets += 1,
                    None => {}
                }
                // A title (`Mr`, `Frau`) is not the name's first word.
                let mut words = s
                    .split_whitespace()
                    .skip_while(|w| self.hints.not_a_plan(w.trim_end_matches('.').as_bytes()))
                    .peekable();
                if let (Some(first), Some(_)) = (words.next(), words.peek()) {
                    f.multiword += 1;
                    let fp = fingerprint(Category::Name, first.to_lowercase().as_bytes());
                    if let Some((_, n)) = f.first_words.iter_mut().find(|(w, _)| *w == fp) {
                        *n += 1;
                    } else if f.first_words.len() < 32 {
                        f.first_words.push((fp, 1));
                    }
                }
            }
        }
        let probing = f.name_lookups < PLACE_PROBE || (f.said.is_none() && f.name_score >= f.name_lookups);
        if probing {
            f.name_lookups += 1;
            let likeness = name_dictionary().likeness(v, &mut self.buf);
            f.name_score += match likeness {
                Likeness::Strong => 2,
                Likeness::Weak => 1,
                Likeness::No => 0,
            };
            if likeness != Likeness::No {
                if v.iter().any(|&b| b == b' ' || b == b',')
                    || std::str::from_utf8(v).is_ok_and(|s| s.contains('\u{3000}'))
                {
                    f.full_names += 1;
                }
                let fp = fingerprint(Category::Name, v);
                f.names.matches += 1;
                f.names.distinct.insert(fp);
                f.names.samples.offer(fp, v);
            }
        }
    }

    /// A record opens inside the current one (an array element nested in
    /// a JSON object): it is a record of its own if it says whose it is
    /// (an identifier, a name), else part of its parent.
    pub fn begin_record(&mut self) {
        let coords = std::mem::take(&mut self.coords);
        self.parents.push((self.record_mask, self.record_hits, self.have_coords, coords));
        self.record_mask = 0;
        self.record_hits = 0;
        self.have_coords = [false; 2];
        self.people.begin_nested();
    }

    pub fn end_record(&mut self) {
        self.count_pair();
        let Some((mask, hits, have, coords)) = self.parents.pop() else {
            return self.close_record();
        };
        if self.people.has_identity() {
            self.close_record();
            self.people.resume_parent();
            self.record_mask = mask;
            self.record_hits = hits;
        } else {
            self.people.fold_into_parent();
            self.record_mask |= mask;
            self.record_hits |= hits;
        }
        self.have_coords = have;
        self.coords = coords;
    }

    /// A latitude/longitude pair of the current record is one location.
    fn count_pair(&mut self) {
        if self.have_coords == [true, true] {
            let pair = format!("{},{}", self.coords[0], self.coords[1]);
            let fp = fingerprint(Category::Location, pair.as_bytes());
            self.pairs.matches += 1;
            self.pairs.distinct.insert(fp);
            self.pairs.samples.offer(fp, pair.as_bytes());
        }
        self.have_coords = [false; 2];
    }

    fn close_record(&mut self) {
        self.records += 1;
        self.people.end_record(Signature {
            fields: self.record_mask,
            hits: self.record_hits,
        });
        if self.record_mask != 0 || self.record_hits != 0 {
            *self.combos.entry((self.record_mask, self.record_hits)).or_default() += 1;
        }
        self.record_mask = 0;
        self.record_hits = 0;
    }

    /// Verdicts for every field, at or above `min_confidence`.
    pub fn finish(mut self, names: &crate::parse::Names, min_confidence: f32, tables: bool) -> Outcome {
        while !self.parents.is_empty() {
            self.end_record();
        }
        self.end_record();
        let mut out = Outcome::default();
        let mut accepted: Vec<Vec<(Category, bool)>> = vec![Vec::new(); self.fields.len()];
        if self.pairs.matches > 0 {
            // Coordinates a detector saw in a latitude or longitude field
            // are counted with their record's pair.
            for f in self.fields.iter_mut().filter(|f| f.coord != Coord::None) {
                let before = f.hits.len();
                f.hits.retain(|(c, _)| *c != Category::Location);
                if f.hits.len() != before {
                    self.excluded |= 1 << Category::Location.index();
                }
            }
        }
        self.refute(names, &mut out);
        self.registers(names, tables, &mut out);
        let excluded = self.excluded;
        let mut recount: Vec<(Category, CatAcc)> = Category::known()
            .into_iter()
            .filter(|c| excluded & (1 << c.index()) != 0)
            .map(|c| (c, CatAcc::default()))
            .collect();
        for (i, f) in self.fields.iter_mut().enumerate() {
            let name = names.get(i as u32).to_string();
            for (cat, h) in &f.hits {
                if let Some((_, r)) = recount.iter_mut().find(|(c, _)| c == cat) {
                    r.merge(&h.acc);
                }
            }
            if f.non_empty == 0 {
                continue;
            }
            if let Some(Said::NotPersonal { note: Some(n), .. }) = f.said {
                out.notes.push((name.clone(), self.hints.note(n).to_string()));
            }
            let hinted_cat = match f.said {
                Some(Said::Category(c, s)) => Some((c, s)),
                _ => None,
            };
            for (cat, h) in std::mem::take(&mut f.hits) {
                let share = h.values_with_hit as f64 / f.non_empty as f64;
                let bonus = if hinted_cat.is_some_and(|(c, _)| c == cat) {
                    0.15
                } else {
                    0.0
                };
                let confidence = (h.acc.mean_confidence() * (0.55 + 0.45 * share.min(1.0)) + bonus).min(1.0);
                if confidence >= f64::from(min_confidence) {
                    accepted[i].push((cat, false));
                    out.verdicts.push(FieldVerdict {
                        field: name.clone(),
                        category: cat,
                        confidence: round3(confidence),
                        acc: h.acc,
                        from_hint: false,
                        distinct_override: None,
                        paired: false,
                    });
                }
            }
            let Some((cat, strength)) = hinted_cat else { continue };
            let digests = f.hex_digests as f64 / f.non_empty as f64;
            if digests >= 0.8 && !matches!(cat, Category::Password | Category::Secret | Category::Device) {
                out.notes.push((name.clone(), format!(
                    "named like {cat}, but {:.0}% of its values are hex digests: a hashed identifier, not exposed {cat} values",
                    digests * 100.0
                )));
                out.hashed.push((name.clone(), cat));
                continue;
            }
            if accepted[i].iter().any(|(c, _)| *c == cat) || cat == Category::IpAddress {
                continue; // detector evidence already decided, or none exists
            }
            if cat == Category::PaymentCard {
                // Only full card numbers are cards, and only the detector
                // (issuer range, length, Luhn) says a value is one.
                out.notes.push((
                    name.clone(),
                    "named like a card field, but its values are not full card numbers (none has a card issuer's prefix, length and check digit)".to_string(),
                ));
                continue;
            }
            if cat == Category::Name {
                if let Some(note) = not_people(f) {
                    out.notes.push((name.clone(), note));
                    continue;
                }
            }
            let share = f.shape_ok as f64 / f.non_empty as f64;
            let mut confidence = f64::from(strength) * share;
            if cat == Category::AccountType {
                let (distinct, _) = f.hinted.distinct.count();
                if distinct > 32 {
                    confidence *= 0.5; // a plan or role has few values
                }
                // One plan in every one of many rows (a redacted copy's
                // enum, a single-tier service) tells nothing of anyone.
                if distinct == 1 && f.hinted.matches >= 20 {
                    out.notes.push((
                        name.clone(),
                        format!(
                            "one value in all {} rows: says nothing about any one person",
                            f.hinted.matches
                        ),
                    ));
                    continue;
                }
            }
            if confidence >= f64::from(min_confidence) && f.hinted.matches > 0 {
                accepted[i].push((cat, true));
                f.hinted.confidence_sum = confidence * f.hinted.matches as f64;
                out.verdicts.push(FieldVerdict {
                    field: name.clone(),
                    category: cat,
                    confidence: round3(confidence),
                    acc: std::mem::take(&mut f.hinted),
                    from_hint: true,
                    distinct_override: None,
                    paired: cat == Category::Location && f.coord != Coord::None && self.pairs.matches > 0,
                });
            }
        }
        self.by_values(names, tables, min_confidence, &mut accepted, &mut out);
        self.combinations(names, &accepted, tables, &mut out);
        out.redacted = self.redacted;
        let people = std::mem::take(&mut self.people);
        out.people = people.finish(|sig| {
            let (cats, activity) = self.categories_of(&accepted, sig.fields, sig.hits);
            let bits = cats.iter().fold(0u32, |b, c| b | 1 << c.index());
            bits | activity.map_or(0, |_| 1 << Category::Activity.index())
        });
        self.pair_coordinates(&mut out);
        out.recount = recount;
        out
    }

    /// Evidence before names. A name hint whose field's values are mostly
    /// of a type the category cannot have (`compat` in
    /// `patterns/fields.toml`) is dropped with a note, and so are detector
    /// hits of such a category. Hits of a checksummed category (a card's
    /// Luhn digit, a national id's check) in a column of long numbers count
    /// only when most of its numbers pass: numbers that are not cards pass
    /// about one time in ten, so a column where few pass holds identifiers.
    fn refute(&mut self, names: &crate::parse::Names, out: &mut Outcome) {
        let hints = self.hints;
        for (i, f) in self.fields.iter_mut().enumerate() {
            if f.non_empty == 0 {
                continue;
            }
            let name = names.get(i as u32);
            let dominant = f.profile.dominant();
            if let (Some(Said::Category(cat, _)), Some((kind, share))) = (f.said, dominant) {
                // Digests have their own note (a hashed identifier).
                if kind != Kind::Digest && hints.excludes_kind(cat, kind) {
                    out.notes.push((
                        name.to_string(),
                        format!(
                            "named like {cat}, but {:.0}% of its values are {}: not {cat} values",
                            share * 100.0,
                            kind.plural()
                        ),
                    ));
                    f.said = None;
                    f.refuted = Some(cat);
                    f.hinted = CatAcc::default();
                }
            }
            let digit_ids = f.profile.digit_ids;
            let mut dropped = 0u32;
            f.hits.retain(|(cat, h)| {
                if let Some((kind, share)) = dominant {
                    if hints.excludes_kind(*cat, kind) {
                        out.notes.push((
                            name.to_string(),
                            format!("{:.0}% of its values are {}: not {cat} values", share * 100.0, kind.plural()),
                        ));
                        dropped |= 1 << cat.index();
                        return false;
                    }
                }
                let checked = matches!(cat, Category::PaymentCard | Category::GovernmentId | Category::BankAccount);
                if checked && digit_ids >= 5 && h.values_with_hit * 10 < digit_ids * 8 {
                    let pct = 100.0 * h.values_with_hit as f64 / digit_ids as f64;
                    let check = if *cat == Category::PaymentCard {
                        "a card's checks (issuer range, length and Luhn digit)"
                    } else {
                        "the check digit of its format"
                    };
                    out.notes.push((
                        name.to_string(),
                        format!(
                            "{digit_ids} long numbers, {pct:.0}% of which pass {check}; numbers that are not {cat} pass about one time in ten: identifiers, not {cat}"
                        ),
                    ));
                    dropped |= 1 << cat.index();
                    return false;
                }
                true
            });
            self.excluded |= dropped;
        }
    }

    /// Registers of organisations and places: a source whose name column
    /// names businesses or streets (see [`not_people`]) and that holds no
    /// person's own identifier (an email, a username, an id, a birth date, a
    /// password) lists sites, not people: the phone numbers in it are the
    /// organisations' (dropped with a note), and with them the last reason
    /// to read its places as anyone's.
    fn registers(&mut self, names: &crate::parse::Names, tables: bool, out: &mut Outcome) {
        let source = |i: usize| source_of(names.get(i as u32), tables);
        let personal = |f: &FieldAcc| {
            let hinted = matches!(
                f.said,
                Some(Said::Category(
                    Category::Email
                        | Category::Username
                        | Category::GovernmentId
                        | Category::DateOfBirth
                        | Category::Password
                        | Category::PaymentCard
                        | Category::BankAccount,
                    _
                ))
            );
            let hits = f.hits.iter().any(|(c, h)| {
                !matches!(c, Category::Phone | Category::Location | Category::IpAddress | Category::Device)
                    && h.values_with_hit * 2 >= f.non_empty.max(1)
            });
            hinted || hits
        };
        let mut registers: Vec<&str> = Vec::new();
        for (i, f) in self.fields.iter().enumerate() {
            let named = matches!(f.said, Some(Said::Category(Category::Name, _)));
            if named && f.non_empty > 0 && not_people(f).is_some() {
                let src = source(i);
                let people = (0..self.fields.len()).any(|j| source(j) == src && personal(&self.fields[j]));
                if !people && !registers.contains(&src) {
                    registers.push(src);
                }
            }
        }
        if registers.is_empty() {
            return;
        }
        for i in 0..self.fields.len() {
            if !registers.contains(&source(i)) {
                continue;
            }
            let f = &mut self.fields[i];
            let before = f.hits.len();
            f.hits.retain(|(c, _)| *c != Category::Phone);
            let hinted = matches!(f.said, Some(Said::Category(Category::Phone, _)));
            if hinted {
                f.said = Some(Said::NotPersonal {
                    excludes: 1 << Category::Phone.index(),
                    note: None,
                });
            }
            if f.hits.len() != before || hinted {
                self.excluded |= 1 << Category::Phone.index();
                out.notes.push((
                    names.get(i as u32).to_string(),
                    "phone numbers of a register of businesses or places (its names are not people's, and no record holds a person's own identifier): the organisations' numbers, not personal data".to_string(),
                ));
            }
        }
    }

    /// Latitude and longitude fields of the same records: one location per
    /// pair in the file's totals (the fields keep their own rows).
    fn pair_coordinates(&mut self, out: &mut Outcome) {
        let paired: Vec<f64> = out.verdicts.iter().filter(|v| v.paired).map(|v| v.confidence).collect();
        if paired.is_empty() {
            return;
        }
        let mut pairs = std::mem::take(&mut self.pairs);
        pairs.confidence_sum = paired.iter().sum::<f64>() / paired.len() as f64 * pairs.matches as f64;
        out.pairs = Some(pairs);
    }

    /// Verdicts from values where names say nothing, and the lookup-table
    /// rule. A field whose name says nothing (another language, `col3`) is
    /// a column of names when most of its values are known given names or
    /// surnames, of places when most name places, and of account types when
    /// it is a handful of words repeated over many records; each only where
    /// the records it sits in hold a person (an email, a phone, a name...
    /// in another field of the same file or table). A field named like a
    /// place, plan or name in a table that holds no person is a lookup
    /// table, not anyone's data.
    fn by_values(
        &mut self,
        names: &crate::parse::Names,
        tables: bool,
        min_confidence: f32,
        accepted: &mut [Vec<(Category, bool)>],
        out: &mut Outcome,
    ) {
        /// Values seen before a column counts as a column of places or names.
        const MIN_VALUES: u64 = 5;
        /// Share of its values that must be places or names.
        const MIN_SHARE: f64 = 0.6;
        let n = self.fields.len();
        let source = |i: usize| source_of(names.get(i as u32), tables);
        let share = |matches: u64, lookups: u64| matches as f64 / lookups.max(1) as f64;
        // A name field identifies a person when its values are known names
        // (a `name` column of airports or countries does not).
        let known_names = |f: &FieldAcc| f.non_empty < MIN_VALUES || name_share(f) >= 0.5;
        let identifies = |i: usize, accepted: &[Vec<(Category, bool)>], fields: &[FieldAcc]| {
            fields[i].marker == Some(Marker::PersonId)
                || accepted[i].iter().any(|(c, _)| {
                    (*c == Category::Name && known_names(&fields[i]))
                        || matches!(
                            c,
                            Category::Email
                                | Category::Phone
                                | Category::Username
                                | Category::GovernmentId
                                | Category::DateOfBirth
                                | Category::PaymentCard
                                | Category::BankAccount
                                | Category::IpAddress
                                | Category::Device
                        )
                })
        };
        // Whether another field of `i`'s source identifies a person.
        let beside = |i: usize, accepted: &[Vec<(Category, bool)>], fields: &[FieldAcc]| {
            (0..n).any(|j| j != i && source(j) == source(i) && identifies(j, accepted, fields))
        };

        // Lookup tables: a place, plan or name named by its header is
        // someone's only if the table holds people (and a name column whose
        // values are mostly known names is people by itself).
        // Names first: a name column that is not people's names cannot make
        // the places beside it anyone's.
        // Alone in its table, a name column must be nearly all known names
        // (a table of languages reads `English`, `French`, `German`).
        // Full names (two known words or more) are people even alone.
        let alone_names = |f: &FieldAcc| {
            f.non_empty < MIN_VALUES
                || name_share(f) >= 0.9
                || (name_share(f) >= 0.5 && f.full_names * 2 >= f.names.matches)
        };
        let weak_names: Vec<usize> = (0..n)
            .filter(|&i| !beside(i, accepted, &self.fields) && !alone_names(&self.fields[i]))
            .filter(|&i| accepted[i].iter().any(|(c, hint)| *hint && *c == Category::Name))
            .collect();
        for &i in &weak_names {
            accepted[i].retain(|(c, hint)| !(*hint && *c == Category::Name));
        }
        let mut lookup: Vec<usize> = (0..n)
            .filter(|&i| !beside(i, accepted, &self.fields))
            .filter(|&i| {
                accepted[i]
                    .iter()
                    .any(|(c, hint)| *hint && matches!(c, Category::Location | Category::AccountType))
            })
            .collect();
        lookup.extend(weak_names);
        lookup.sort_unstable();
        lookup.dedup();
        for &i in &lookup {
            let name = names.get(i as u32);
            let table = |c: &Category| matches!(c, Category::Location | Category::AccountType | Category::Name);
            accepted[i].retain(|(c, hint)| !(*hint && table(c)));
            out.verdicts
                .retain(|v| !(v.from_hint && v.field == name && table(&v.category)));
            out.notes.push((
                name.to_string(),
                "named like a place, plan or name, but no record beside it holds a person (no email, phone or other identifier): a lookup table, not personal data".to_string(),
            ));
        }

        // Columns of names by their values.
        let open = |f: &FieldAcc, i: usize, accepted: &[Vec<(Category, bool)>]| {
            f.said.is_none() && f.non_empty >= MIN_VALUES && accepted[i].is_empty()
        };
        // People's names vary: a column of three titles or two genders that
        // happen to read as names is not one.
        let varied = |f: &FieldAcc| {
            let (distinct, _) = f.names.distinct.count();
            distinct >= 5 || distinct * 2 >= f.names.matches.max(1)
        };
        // A name beside a name already known (the same person's name in
        // another script or romanised) needs less of its own evidence: a
        // second round looks again beside the names the first found.
        for _round in 0..2 {
            let named: Vec<&str> = (0..n)
                .filter(|&i| accepted[i].iter().any(|(c, _)| *c == Category::Name))
                .map(source)
                .collect();
            let name_columns: Vec<usize> = (0..n)
                .filter(|&i| {
                    let f = &self.fields[i];
                    let names = name_share(f);
                    let needed = if named.contains(&source(i)) { 0.45 } else { MIN_SHARE };
                    open(f, i, accepted)
                        && names >= needed
                        && names > share(f.places.matches, f.place_lookups)
                        && not_people(f).is_none()
                        && varied(f)
                })
                .collect();
            let mut found = Vec::new();
            for &i in &name_columns {
                // Beside another column of names, beside an identifier, or
                // nearly every value a known given name and surname.
                let pair = name_columns.iter().any(|&j| j != i && source(j) == source(i));
                if pair || beside(i, accepted, &self.fields) || name_share(&self.fields[i]) >= 0.9 {
                    found.push(i);
                }
            }
            for i in found {
                let f = &mut self.fields[i];
                let confidence = 0.5 + 0.4 * name_share(f).min(1.0);
                if confidence < f64::from(min_confidence) {
                    continue;
                }
                accepted[i].push((Category::Name, true));
                let mut acc = std::mem::take(&mut f.names);
                acc.confidence_sum = confidence * acc.matches as f64;
                out.verdicts
                    .push(value_verdict(names.get(i as u32), Category::Name, confidence, acc));
            }
        }

        // Windows accounts (`DOMAIN\user`: an identifier by itself), then
        // birth dates (dates from 1900 on, spread over ten years or more:
        // sign-up dates cluster) and phone numbers (mostly distinct) beside
        // an identifier, by their values.
        for accounts in [true, false] {
            for i in 0..n {
                let f = &self.fields[i];
                if !open(f, i, accepted) || f.by_value.matches * 10 < f.non_empty * 9 {
                    continue;
                }
                let (distinct, _) = f.by_value.distinct.count();
                let category = if f.accounts == f.by_value.matches {
                    Category::Username
                } else if f.dates == f.by_value.matches && f.profile.birth_like() && f.marker != Some(Marker::Time) {
                    Category::DateOfBirth
                } else if f.phones == f.by_value.matches && distinct * 2 >= f.by_value.matches {
                    Category::Phone
                } else {
                    continue;
                };
                if (category == Category::Username) != accounts || (!accounts && !beside(i, accepted, &self.fields)) {
                    continue;
                }
                let confidence = 0.7 * share(f.by_value.matches, f.non_empty);
                if confidence < f64::from(min_confidence) {
                    continue;
                }
                accepted[i].push((category, true));
                let f = &mut self.fields[i];
                let mut acc = std::mem::take(&mut f.by_value);
                acc.confidence_sum = confidence * acc.matches as f64;
                out.verdicts
                    .push(value_verdict(names.get(i as u32), category, confidence, acc));
            }
        }

        // Columns of places by their values.
        for i in 0..n {
            let f = &self.fields[i];
            let places = share(f.places.matches, f.place_lookups);
            if !open(f, i, accepted) || f.places.matches == 0 || places < MIN_SHARE {
                continue;
            }
            let confidence = 0.8 * places;
            if !beside(i, accepted, &self.fields) || confidence < f64::from(min_confidence) {
                continue;
            }
            accepted[i].push((Category::Location, true));
            let f = &mut self.fields[i];
            let mut acc = std::mem::take(&mut f.places);
            acc.confidence_sum = confidence * acc.matches as f64;
            out.verdicts
                .push(value_verdict(names.get(i as u32), Category::Location, confidence, acc));
        }

        // Account types: a handful of words repeated over many records.
        for i in 0..n {
            let f = &self.fields[i];
            if !open(f, i, accepted)
                || !beside(i, accepted, &self.fields)
                || self.hints.not_a_plan_field(names.get(i as u32))
            {
                continue;
            }
            let Some(values) = f.enumeration.values.as_ref() else {
                continue;
            };
            if !is_plan_enum(values, f.non_empty, self.hints) {
                continue;
            }
            if share(f.places.matches, f.place_lookups) >= 0.5 || name_share(f) >= 0.5 {
                continue;
            }
            let confidence = 0.6;
            if confidence < f64::from(min_confidence) {
                continue;
            }
            let mut acc = CatAcc {
                matches: f.non_empty,
                confidence_sum: confidence * f.non_empty as f64,
                ..CatAcc::default()
            };
            for (fp, v) in values {
                acc.distinct.insert(*fp);
                acc.samples.offer(*fp, v);
            }
            accepted[i].push((Category::AccountType, true));
            out.verdicts.push(value_verdict(
                names.get(i as u32),
                Category::AccountType,
                confidence,
                acc,
            ));
        }

        // National ids by their check digits: a column whose long numbers
        // nine in ten pass one scheme's check, where chance is one in ten.
        for (i, taken) in accepted.iter_mut().enumerate().take(n) {
            let f = &self.fields[i];
            let open = matches!(f.said, None | Some(Said::Category(Category::GovernmentId, _)))
                && !taken.iter().any(|(c, _)| *c == Category::GovernmentId);
            if !open {
                continue;
            }
            let phone = matches!(f.said, Some(Said::Category(Category::Phone, _)))
                || f.hits.iter().any(|(c, _)| *c == Category::Phone);
            let (share, note) = if let Some((scheme, share)) = f.profile.id_scheme() {
                let note = format!(
                    "{:.0}% of its {} numbers pass the check of a {}; numbers that are not pass about {:.0}% of the time",
                    share * 100.0,
                    f.profile.digit_ids,
                    scheme.what,
                    scheme.chance * 100.0
                );
                (share, note)
            } else if let Some(share) = f.profile.birth_date_ids().filter(|_| !phone) {
                let note = format!(
                    "{:.0}% of its {} numbers start with a date, spread over decades: a national id built on the birth date (random numbers start with a date about one time in five)",
                    share * 100.0,
                    f.profile.digit_ids
                );
                (share, note)
            } else {
                continue;
            };
            let confidence = 0.9 * share;
            if confidence < f64::from(min_confidence) {
                continue;
            }
            let name = names.get(i as u32);
            out.verdicts.retain(|v| !(v.field == name && v.category == Category::GovernmentId));
            out.notes.push((name.to_string(), note));
            taken.push((Category::GovernmentId, true));
            let f = &mut self.fields[i];
            let mut acc = std::mem::take(&mut f.ids);
            acc.confidence_sum = confidence * acc.matches as f64;
            out.verdicts
                .push(value_verdict(name, Category::GovernmentId, confidence, acc));
        }

        self.activity_times(names, min_confidence, accepted, out, beside);
    }

    /// Times of a person's actions: a field of timestamps (or of dates,
    /// where its name says it is a time) in records that hold a person,
    /// that no other rule took (a birth date is no action).
    fn activity_times(
        &mut self,
        names: &crate::parse::Names,
        min_confidence: f32,
        accepted: &mut [Vec<(Category, bool)>],
        out: &mut Outcome,
        person_in: impl Fn(usize, &[Vec<(Category, bool)>], &[FieldAcc]) -> bool,
    ) {
        const CONFIDENCE: f64 = 0.8;
        for i in 0..self.fields.len() {
            let f = &self.fields[i];
            // A time named after a credential (`password_changed_at`) is
            // the credential's metadata, not something the person did.
            let credential = f.refuted.is_some_and(|c| Category::SENSITIVE.contains(&c));
            let open = f.said.is_none() && !credential && accepted[i].is_empty() && f.times.matches >= 2;
            if !open || !f.profile.mostly_dates(0.8) {
                continue;
            }
            let timed = f.profile.count(Kind::Timestamp) * 2 >= f.profile.total() || f.marker == Some(Marker::Time);
            if !timed || f.profile.future * 5 > f.profile.dated || !person_in(i, accepted, &self.fields) {
                continue;
            }
            if CONFIDENCE < f64::from(min_confidence) {
                continue;
            }
            let name = names.get(i as u32);
            if out
                .verdicts
                .iter()
                .any(|v| v.field == name && v.category == Category::Activity)
            {
                continue;
            }
            accepted[i].push((Category::Activity, true));
            let f = &mut self.fields[i];
            let mut acc = std::mem::take(&mut f.times);
            acc.confidence_sum = CONFIDENCE * acc.matches as f64;
            // Each time is one event, as an activity record is: two people
            // signing up in the same second are two sign-ups.
            let mut verdict = value_verdict(name, Category::Activity, CONFIDENCE, acc);
            verdict.distinct_override = Some(verdict.acc.matches);
            out.verdicts.push(verdict);
        }
    }

    /// The categories a record holding fields `mask` and hits `hits`
    /// exposes: detector categories from its own hits (a placeholder email is
    /// not an exposed one), the others from its fields' verdicts. With the
    /// time field, when the record is an activity record (a person id, a
    /// time and an action).
    fn categories_of(
        &self,
        accepted: &[Vec<(Category, bool)>],
        mask: u64,
        hits: u32,
    ) -> (Vec<Category>, Option<usize>) {
        let mut cats: Vec<Category> = Category::known()
            .into_iter()
            .filter(|c| hits & (1 << c.index()) != 0)
            .collect();
        let (mut person, mut time, mut action) = (false, None, false);
        for i in (0..64).filter(|b| mask & (1 << b) != 0) {
            let Some(f) = self.fields.get(i) else { continue };
            cats.extend(
                accepted
                    .get(i)
                    .into_iter()
                    .flatten()
                    .filter(|(_, hint)| *hint)
                    .map(|(c, _)| *c),
            );
            person |= f.marker == Some(Marker::PersonId)
                || accepted.get(i).is_some_and(|a| {
                    a.iter()
                        .any(|(c, _)| matches!(c, Category::Email | Category::Username | Category::IpAddress))
                });
            // A birth date is no event's time.
            let birth = accepted
                .get(i)
                .is_some_and(|a| a.iter().any(|(c, _)| *c == Category::DateOfBirth));
            // Nor is a hire date or a row's bookkeeping time.
            let not_personal = matches!(f.said, Some(Said::NotPersonal { .. }));
            if f.marker == Some(Marker::Time) && !birth && !not_personal {
                time.get_or_insert(i);
            }
            action |= f.marker == Some(Marker::Action);
        }
        cats.sort();
        cats.dedup();
        (cats, if person && action { time } else { None })
    }

    fn combinations(
        &self,
        names: &crate::parse::Names,
        accepted: &[Vec<(Category, bool)>],
        tables: bool,
        out: &mut Outcome,
    ) {
        let source_of = |id: usize| source_of(names.get(id as u32), tables).to_string();
        let mut combos: HashMap<(String, Vec<Category>), u64> = HashMap::new();
        let mut records: HashMap<String, u64> = HashMap::new();
        // Activity: per source, records with a person id, a time and an action.
        let mut activity: HashMap<String, (u64, usize)> = HashMap::new();
        for (&(mask, hits), &n) in &self.combos {
            let ids: Vec<usize> = (0..64).filter(|b| mask & (1 << b) != 0).collect();
            let source = ids.first().map(|&i| source_of(i)).unwrap_or_default();
            let (mut cats, activity_time) = self.categories_of(accepted, mask, hits);
            if let Some(t) = activity_time {
                let e = activity.entry(source.clone()).or_insert((0, t));
                e.0 += n;
                cats.push(Category::Activity);
            }
            *records.entry(source.clone()).or_default() += n;
            *combos.entry((source, cats)).or_default() += n;
        }
        for (source, (n, time_field)) in activity {
            let acc = CatAcc {
                matches: n,
                confidence_sum: 0.85 * n as f64,
                ..CatAcc::default()
            };
            let field = names.get(time_field as u32).to_string();
            debug_assert!(!tables || field.starts_with(&source));
            // The records' own count replaces the field's times (one event
            // per record, counted once).
            out.verdicts
                .retain(|v| !(v.category == Category::Activity && v.field == field));
            // Each activity record is one event: distinct = records.
            out.verdicts.push(FieldVerdict {
                field,
                category: Category::Activity,
                confidence: 0.85,
                acc,
                from_hint: true,
                distinct_override: Some(n),
                paired: false,
            });
        }
        let mut combos: Vec<Combination> = combos
            .into_iter()
            .map(|((source, categories), records)| Combination {
                source,
                categories,
                records,
            })
            .collect();
        combos.sort_by(|a, b| {
            a.source
                .cmp(&b.source)
                .then(b.records.cmp(&a.records))
                .then(a.categories.cmp(&b.categories))
        });
        out.combinations = combos;
        let mut records: Vec<(String, u64)> = records.into_iter().collect();
        records.sort();
        out.records = records;
    }
}

/// The source a field belongs to: its table in a dump (`users` of
/// `users.email`), the whole file otherwise.
fn source_of(name: &str, tables: bool) -> &str {
    if tables {
        name.split('.').next().unwrap_or("")
    } else {
        ""
    }
}

/// The share of a field's looked-up values that read as names, a weak
/// name counting half.
fn name_share(f: &FieldAcc) -> f64 {
    f.name_score as f64 / (2 * f.name_lookups).max(1) as f64
}

/// A verdict from a field's values alone.
fn value_verdict(field: &str, category: Category, confidence: f64, acc: CatAcc) -> FieldVerdict {
    FieldVerdict {
        field: field.to_string(),
        category,
        confidence: round3(confidence),
        acc,
        from_hint: true,
        distinct_override: None,
        paired: false,
    }
}

/// Why a name-like field's values are not people's names, when most of
/// them name organisations or are placeholder text.
fn not_people(f: &FieldAcc) -> Option<String> {
    let n = f.person_checks.max(1) as f64;
    let (companies, placeholders) = (f.companies as f64 / n, f.placeholders as f64 / n);
    if companies >= 0.5 {
        Some(format!(
            "named like a name or holding names, but {:.0}% of its values name organisations (Inc., GmbH, 株式会社...): not people's names",
            companies * 100.0
        ))
    } else if placeholders >= 0.5 {
        Some(format!(
            "{:.0}% of its values are placeholder text (lorem ipsum): not people's names",
            placeholders * 100.0
        ))
    } else if f.streets as f64 / n >= 0.5 {
        Some(format!(
            "{:.0}% of its values name streets (Avenue, Calle, Straße...): addresses, not people's names",
            f.streets as f64 / n * 100.0
        ))
    } else {
        brand_share(f).map(|share| {
            format!(
                "{:.0}% of its values start with the same word: a brand's branches or sites, not people's names",
                share * 100.0
            )
        })
    }
}

/// The share of a name-like field's sampled values that start with its
/// most common first word, when that is most of them (of five values or
/// more, of two words or more): branches of one business.
fn brand_share(f: &FieldAcc) -> Option<f64> {
    let top = f.first_words.iter().map(|(_, n)| u64::from(*n)).max()?;
    let share = top as f64 / f.person_checks.max(1) as f64;
    (f.multiword >= 5 && f.multiword * 2 >= f.person_checks && share >= 0.5).then_some(share)
}

/// A plan, tier, role or account-state column, by its vocabulary: one to
/// [`ENUM_MAX`] distinct values, repeated, most of which are plan words
/// (`free`, `pro`, `gratis`, `ゴールド`: `[plan_words]` in
/// `patterns/fields.toml`). How few values a column has says nothing: a
/// status, queue or camera-model column has few values too.
fn is_plan_enum(values: &[(u64, Vec<u8>)], count: u64, hints: &Hints) -> bool {
    let words = values.iter().filter(|(_, v)| hints.is_plan_word(v)).count();
    (1..=ENUM_MAX).contains(&values.len())
        && count >= 2 * values.len() as u64
        && count >= 5
        && words * 2 > values.len()
        && words >= values.len().min(2)
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}
