//! Verdicts: once a file is read, what each field is. Detector evidence
//! first (its share of values and the hits' confidence, a bonus when the
//! name agrees), then the name's hint where the values' shapes agree, then
//! the rules by values alone ([`super::by_value`]); a name contradicted by
//! the values is dropped with a note.

use crate::classify::hints::{Hints, Marker, Said};
use crate::classify::profile::Kind;
use crate::aggregate::CatAcc;
use crate::category::Category;
use std::collections::HashMap;
use super::evidence::{Coord, FieldAcc, ENUM_MAX};
use super::{Combination, FieldVerdict, FileFields, Outcome};

impl<'h> FileFields<'h> {
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
pub(super) fn source_of(name: &str, tables: bool) -> &str {
    if tables {
        name.split('.').next().unwrap_or("")
    } else {
        ""
    }
}

/// The share of a field's looked-up values that read as names, a weak
/// name counting half.
pub(super) fn name_share(f: &FieldAcc) -> f64 {
    f.name_score as f64 / (2 * f.name_lookups).max(1) as f64
}

/// A verdict from a field's values alone.
pub(super) fn value_verdict(field: &str, category: Category, confidence: f64, acc: CatAcc) -> FieldVerdict {
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
pub(super) fn not_people(f: &FieldAcc) -> Option<String> {
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
pub(super) fn is_plan_enum(values: &[(u64, Vec<u8>)], count: u64, hints: &Hints) -> bool {
    let words = values.iter().filter(|(_, v)| hints.is_plan_word(v)).count();
    (1..=ENUM_MAX).contains(&values.len())
        && count >= 2 * values.len() as u64
        && count >= 5
        && words * 2 > values.len()
        && words >= values.len().min(2)
}

pub(super) fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}
