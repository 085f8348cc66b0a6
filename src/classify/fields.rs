//! Per-file field statistics and the verdict for each field: which category,
//! how confident, how many values and distinct values; per-record category
//! combinations; and whether a source is an `activity` record.
//!
//! Confidence combines two kinds of evidence. For categories detectors see,
//! the share of the field's values holding a detector hit, weighted by the
//! hits' own confidence, plus a bonus when the field name agrees. For the
//! others (names, usernames, cities, plans, ...), the name hint's strength
//! times the share of values with the right shape.

use super::hints::{Hints, Marker, Said};
use super::shape;
use crate::aggregate::CatAcc;
use crate::category::Category;
use crate::detect::normalize::fingerprint;
use std::collections::HashMap;

/// Fields tracked in per-record combinations (a bit each).
const MASK_FIELDS: u32 = 64;

/// Values of a field looked up in the place names before the lookups stop
/// for a field fewer than half of whose values were places.
const PLACE_PROBE: u64 = 32;

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
    marker: Option<Marker>,
    lat_lon: bool,
    postal: bool,
    values: u64,
    non_empty: u64,
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
}

pub struct FileFields<'h> {
    hints: &'h Hints,
    fields: Vec<FieldAcc>,
    value_index: u64,
    record_mask: u64,
    record_hits: u16,
    combos: HashMap<(u64, u16), u64>,
    /// Categories with excluded hits (a bit per category index).
    excluded: u32,
    /// Reused for normalising values looked up in the place names.
    place_buf: String,
}

impl<'h> FileFields<'h> {
    pub fn new(hints: &'h Hints) -> Self {
        FileFields {
            hints,
            fields: Vec::new(),
            value_index: 0,
            record_mask: 0,
            record_hits: 0,
            combos: HashMap::new(),
            excluded: 0,
            place_buf: String::new(),
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
            let leaf = name.rsplit('.').next().unwrap_or(name);
            f.said = self.hints.category(leaf);
            f.marker = self.hints.marker(leaf);
            let last = super::hints::normalize(name);
            let last = last.rsplit('_').next().unwrap_or("");
            f.lat_lon = matches!(last, "lat" | "lng" | "lon" | "latitude" | "longitude");
            f.postal = matches!(last, "zip" | "zipcode" | "postcode" | "plz" | "postal")
                || name.to_lowercase().contains("post");
        }
        f
    }

    /// A value of field `id` (named `name`); returns the value's index, for hits.
    pub fn value(&mut self, id: u32, names: &crate::parse::Names, v: &[u8]) -> u64 {
        self.value_index += 1;
        let index = self.value_index;
        let v = v.trim_ascii();
        let f = self.field(id, names);
        f.values += 1;
        if v.is_empty() {
            return index;
        }
        f.non_empty += 1;
        if shape::is_hex_digest(v) {
            f.hex_digests += 1;
        }
        let undecided = f.place_lookups < PLACE_PROBE || f.places.matches * 2 >= f.place_lookups;
        if f.said.is_none() && undecided && {
            f.place_lookups += 1;
            super::places::places().contains(v, &mut self.place_buf)
        } {
            let f = &mut self.fields[id as usize];
            let fp = fingerprint(Category::Location, v);
            f.places.matches += 1;
            f.places.distinct.insert(fp);
            f.places.samples.offer(fp, v);
        }
        let f = &mut self.fields[id as usize];
        if let Some(Said::Category(cat, _)) = f.said {
            let fits = if cat == Category::Location && f.postal {
                shape::is_postcode(v)
            } else {
                shape::fits(cat, v, f.lat_lon)
            };
            if fits {
                f.shape_ok += 1;
                let fp = fingerprint(cat, v);
                f.hinted.matches += 1;
                f.hinted.distinct.insert(fp);
                f.hinted.samples.offer(fp, v);
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
        let f = self.field(id, names);
        if let Some(Said::NotPersonal { excludes, .. }) = f.said {
            if excludes & (1 << category.index()) != 0 {
                f.excluded += 1;
                self.excluded |= 1 << category.index();
                return;
            }
        }
        self.record_hits |= 1 << category.index();
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

    pub fn end_record(&mut self) {
        if self.record_mask != 0 || self.record_hits != 0 {
            *self.combos.entry((self.record_mask, self.record_hits)).or_default() += 1;
        }
        self.record_mask = 0;
        self.record_hits = 0;
    }

    /// Verdicts for every field, at or above `min_confidence`.
    pub fn finish(mut self, names: &crate::parse::Names, min_confidence: f32, tables: bool) -> Outcome {
        self.end_record();
        let mut out = Outcome::default();
        let mut accepted: Vec<Vec<(Category, bool)>> = vec![Vec::new(); self.fields.len()];
        let excluded = self.excluded;
        let mut recount: Vec<(Category, CatAcc)> = Category::ALL
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
                continue;
            }
            if accepted[i].iter().any(|(c, _)| *c == cat) || matches!(cat, Category::Email | Category::IpAddress) {
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
            let share = f.shape_ok as f64 / f.non_empty as f64;
            let mut confidence = f64::from(strength) * share;
            if cat == Category::AccountType {
                let (distinct, _) = f.hinted.distinct.count();
                if distinct > 32 {
                    confidence *= 0.5; // a plan or role has few values
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
                });
            }
        }
        self.places(names, tables, min_confidence, &mut accepted, &mut out);
        self.combinations(names, &accepted, tables, &mut out);
        out.recount = recount;
        out
    }

    /// Fields whose name says nothing (another language, `col3`) but most of
    /// whose values name places are locations, where the records they sit
    /// in hold a person (an email, phone, name... in another field of the
    /// same file or table); a lookup table of cities is not anyone's.
    fn places(
        &mut self,
        names: &crate::parse::Names,
        tables: bool,
        min_confidence: f32,
        accepted: &mut [Vec<(Category, bool)>],
        out: &mut Outcome,
    ) {
        /// Values seen before a column counts as a column of places.
        const MIN_VALUES: u64 = 5;
        /// Share of its values that must name places.
        const MIN_SHARE: f64 = 0.6;
        let source = |i: usize| -> &str {
            let n = names.get(i as u32);
            if tables {
                n.split('.').next().unwrap_or("")
            } else {
                ""
            }
        };
        let personal: Vec<&str> = (0..self.fields.len())
            .filter(|&i| {
                self.fields[i].marker == Some(Marker::PersonId)
                    || accepted[i].iter().any(|(c, _)| {
                        matches!(
                            c,
                            Category::Email
                                | Category::Phone
                                | Category::Name
                                | Category::Username
                                | Category::GovernmentId
                                | Category::DateOfBirth
                                | Category::PaymentCard
                                | Category::BankAccount
                                | Category::IpAddress
                                | Category::Device
                        )
                    })
            })
            .map(source)
            .collect();
        // A place or a plan named by its header is someone's only if the
        // table holds people: a lookup table of cities is not personal data.
        let lookup: Vec<usize> = (0..self.fields.len())
            .filter(|&i| !personal.contains(&source(i)))
            .filter(|&i| {
                accepted[i]
                    .iter()
                    .any(|(c, hint)| *hint && matches!(c, Category::Location | Category::AccountType))
            })
            .collect();
        for &i in &lookup {
            let name = names.get(i as u32);
            accepted[i].retain(|(c, hint)| !(*hint && matches!(c, Category::Location | Category::AccountType)));
            out.verdicts.retain(|v| {
                !(v.from_hint && v.field == name && matches!(v.category, Category::Location | Category::AccountType))
            });
            out.notes.push((
                name.to_string(),
                "named like a place or plan, but no record beside it holds a person (no email, phone, name or other identifier): a lookup table, not personal data".to_string(),
            ));
        }
        for (i, f) in self.fields.iter_mut().enumerate() {
            if f.said.is_some() || f.non_empty < MIN_VALUES || !accepted[i].is_empty() || f.places.matches == 0 {
                continue;
            }
            if !personal.contains(&source(i)) {
                continue;
            }
            let share = f.places.matches as f64 / f.place_lookups.max(1) as f64;
            let confidence = 0.8 * share;
            if share < MIN_SHARE || confidence < f64::from(min_confidence) {
                continue;
            }
            accepted[i].push((Category::Location, true));
            let mut acc = std::mem::take(&mut f.places);
            acc.confidence_sum = confidence * acc.matches as f64;
            out.verdicts.push(FieldVerdict {
                field: names.get(i as u32).to_string(),
                category: Category::Location,
                confidence: round3(confidence),
                acc,
                from_hint: true,
                distinct_override: None,
            });
        }
    }

    fn combinations(
        &self,
        names: &crate::parse::Names,
        accepted: &[Vec<(Category, bool)>],
        tables: bool,
        out: &mut Outcome,
    ) {
        let source_of = |id: usize| -> String {
            if tables {
                names.get(id as u32).split('.').next().unwrap_or("").to_string()
            } else {
                String::new()
            }
        };
        let mut combos: HashMap<(String, Vec<Category>), u64> = HashMap::new();
        let mut records: HashMap<String, u64> = HashMap::new();
        // Activity: per source, records with a person id, a time and an action.
        let mut activity: HashMap<String, (u64, usize)> = HashMap::new();
        for (&(mask, hits), &n) in &self.combos {
            let ids: Vec<usize> = (0..64).filter(|b| mask & (1 << b) != 0).collect();
            let source = ids.first().map(|&i| source_of(i)).unwrap_or_default();
            let mut cats: Vec<Category> = Category::ALL
                .into_iter()
                .filter(|c| hits & (1 << c.index()) != 0)
                .collect();
            let (mut person, mut time, mut action) = (false, None, false);
            for &i in &ids {
                let f = &self.fields[i];
                // Detector categories come from the record's own hits (a
                // placeholder email is not an exposed one); the others from
                // the field's verdict.
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
                if f.marker == Some(Marker::Time) {
                    time.get_or_insert(i);
                }
                action |= f.marker == Some(Marker::Action);
            }
            cats.sort();
            cats.dedup();
            if let (true, Some(t), true) = (person, time, action) {
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
            // Each activity record is one event: distinct = records.
            out.verdicts.push(FieldVerdict {
                field,
                category: Category::Activity,
                confidence: 0.85,
                acc,
                from_hint: true,
                distinct_override: Some(n),
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

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}
