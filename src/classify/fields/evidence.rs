//! Evidence: what a field's values are, accumulated while the file is read
//! (detector hits, name-hint shapes, place and name lookups, dates, phones,
//! national-id checks, enumerations), and each record's combination and
//! people.

use crate::classify::hints::{Marker, NotPerson, Said};
use crate::classify::names::{names as name_dictionary, Likeness};
use crate::people::{is_strong, keys, Signature};
use crate::classify::profile::{Kind, Profile};
use crate::classify::shape;
use crate::aggregate::CatAcc;
use crate::category::Category;
use crate::jurisdiction::residence::{AddressField, Signal};
use crate::detect::normalize::fingerprint;
use super::{FieldHit, FileFields};

/// Fields tracked in per-record combinations (a bit each).
pub(super) const MASK_FIELDS: u32 = 64;

/// Values of a field looked up in the place names (or the person names)
/// before the lookups stop for a field fewer than half of whose values were
/// places (names).
pub(super) const PLACE_PROBE: u64 = 32;

/// Values of a name-like field checked for organisation names and
/// placeholder text.
pub(super) const PERSON_SAMPLE: u64 = 256;

/// Distinct values an account-type column (a plan, tier, role or status
/// enum) may have when no header says what it is.
pub(super) const ENUM_MAX: usize = 8;

/// Values of a field whose place lookups are remembered.
pub(super) const PLACE_MEMO: usize = 8;

/// Which coordinate a field's name says it holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) enum Coord {
    #[default]
    None,
    Lat,
    Lon,
}

/// The few distinct values of a field while they are few.
#[derive(Default)]
pub(super) struct Enum {
    /// `None` once the field has had more than [`ENUM_MAX`] distinct values
    /// or one that is not a word.
    pub(super) values: Option<Vec<(u64, Vec<u8>)>>,
    /// The record (1-based) of the last value: a record with two values
    /// (a list of tags) is not one account's type.
    pub(super) last_record: u64,
}

#[derive(Default)]
pub(super) struct HitAcc {
    pub(super) acc: CatAcc,
    pub(super) values_with_hit: u64,
    pub(super) last_value: u64,
}

#[derive(Default)]
pub(super) struct FieldAcc {
    pub(super) looked_up: bool,
    pub(super) said: Option<Said>,
    /// The entity this field may be a key of (see `people::keys`).
    pub(super) key_entity: Option<u64>,
    /// The object this field sits in (a hash of its key path's parent;
    /// one per table in SQL): a record's second object with a name of its
    /// own is another person (a complaint's customer and its agent).
    pub(super) group: u64,
    pub(super) marker: Option<Marker>,
    pub(super) coord: Coord,
    pub(super) postal: bool,
    pub(super) values: u64,
    pub(super) non_empty: u64,
    /// Values that are pii-scan's own redaction tokens.
    pub(super) redacted: u64,
    pub(super) shape_ok: u64,
    pub(super) hex_digests: u64,
    /// Values counted under the hinted category (when their shape fits).
    pub(super) hinted: CatAcc,
    pub(super) hits: Vec<(Category, HitAcc)>,
    /// Hits the field's name says are not values (a version is not an IP).
    pub(super) excluded: u64,
    /// For a field whose name says nothing: its values that name a place.
    pub(super) places: CatAcc,
    /// Values looked up in the place names (the lookups stop once a field
    /// has shown it is not a column of places).
    pub(super) place_lookups: u64,
    /// The last values looked up in the places and what they were (a
    /// city or country field repeats a few values).
    pub(super) place_memo: Vec<(Vec<u8>, bool, bool)>,
    /// For a field whose name says nothing or says `name`: its values that
    /// read as person names, and how many were looked up.
    pub(super) names: CatAcc,
    pub(super) name_lookups: u64,
    /// Two per strong name, one per weak one (see `names::Likeness`).
    pub(super) name_score: u64,
    /// Values of a name-like field that name organisations, or are
    /// placeholder text.
    pub(super) companies: u64,
    pub(super) placeholders: u64,
    /// Values naming streets (`Seedley Avenue`).
    pub(super) streets: u64,
    /// The first words of the sampled values with their counts, while few:
    /// one word starting most values is a brand (`Move Well Physio
    /// Parramatta`, `Move Well Physio Chatswood`), not a given name.
    pub(super) first_words: Vec<(u64, u32)>,
    /// Sampled values of two words or more.
    pub(super) multiword: u64,
    /// Values checked for the two above (the first [`PERSON_SAMPLE`]).
    pub(super) person_checks: u64,
    /// For a field whose name says nothing: its values while they are few,
    /// its values that are dates (with their earliest and latest year) and
    /// those that are phone numbers.
    pub(super) enumeration: Enum,
    pub(super) dates: u64,
    pub(super) years: (u16, u16),
    pub(super) phones: u64,
    /// Values that are Windows accounts (`DOMAIN\user`).
    pub(super) accounts: u64,
    /// Values read as names that have two words or more (full names).
    pub(super) full_names: u64,
    /// Dates, phones and accounts found by value, counted like a hinted
    /// field's.
    pub(super) by_value: CatAcc,
    /// What the values are (types, digit identifiers, years).
    pub(super) profile: Profile,
    /// Dates and timestamps, while most values are: a person's activity
    /// when the record holds a person.
    pub(super) times: CatAcc,
    /// Values that pass a national id's check digits.
    pub(super) ids: CatAcc,
    /// The name's hint was ruled out by the values (timestamps in a
    /// `password_reset_sent_at`): metadata of what the name says, not a
    /// person's action.
    pub(super) refuted: Option<Category>,
    /// What the field's name says of its values as an address (a country,
    /// a state, a ZIP): where its records' people live.
    pub(super) address: Option<AddressField>,
}

impl<'h> FileFields<'h> {
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
            f.address = AddressField::of(leaf);
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
            let last = crate::classify::hints::normalize(name);
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
        match f.address {
            Some(AddressField::Postal) => self.people.postal(v),
            Some(kind @ (AddressField::State | AddressField::Zip)) => self.people.regional(v, |s| kind.read(s)),
            Some(kind) => {
                self.people.lives_by(kind.signal(), v, |v| kind.read(std::str::from_utf8(v).ok()?));
                self.people.lives_by(Signal::Place, v, |v| kind.read_as_place(std::str::from_utf8(v).ok()?));
            }
            None => {}
        }
        let f = &mut self.fields[id as usize];
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
                    let place = plain && crate::classify::places::places().contains(v, &mut self.buf);
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
            self.people.ip(fp, v);
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

}
