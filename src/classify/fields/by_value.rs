//! Rules by values alone, for fields whose name says nothing or too
//! little: a field's values say it holds names, Windows accounts, birth
//! dates, phones, places, account types, national ids or a person's
//! activity times. Each rule is one function, run in the order of
//! [`FileFields::by_values`]; a field one rule took is closed to the later
//! ones. A place, plan or name counts only beside an identifier of a
//! person (in the same record source): alone, it is a lookup table.

use super::evidence::FieldAcc;
use super::verdict::{is_plan_enum, name_share, not_people, source_of, value_verdict};
use super::{FileFields, Outcome};
use crate::aggregate::CatAcc;
use crate::category::Category;
use crate::classify::hints::{Marker, Said};
use crate::classify::profile::Kind;
use crate::parse::Names;

/// Values seen before a column counts as a column of places or names.
const MIN_VALUES: u64 = 5;
/// Share of its values that must be places or names.
const MIN_SHARE: f64 = 0.6;

/// Per field, the categories accepted so far and whether each came from
/// the name and values (`true`) or from detector hits.
type Accepted = [Vec<(Category, bool)>];

/// What every rule reads: each field's name, its record source (its
/// table in a dump, the file otherwise) and the confidence a verdict needs.
struct Scope<'n> {
    names: &'n Names,
    sources: Vec<&'n str>,
    min_confidence: f32,
}

impl<'n> Scope<'n> {
    fn new(names: &'n Names, n: usize, tables: bool, min_confidence: f32) -> Self {
        let sources = (0..n).map(|i| source_of(names.get(i as u32), tables)).collect();
        Scope {
            names,
            sources,
            min_confidence,
        }
    }

    fn name(&self, i: usize) -> &'n str {
        self.names.get(i as u32)
    }

    fn too_weak(&self, confidence: f64) -> bool {
        confidence < f64::from(self.min_confidence)
    }

    /// Whether another field of `i`'s source identifies a person.
    fn beside(&self, i: usize, accepted: &Accepted, fields: &[FieldAcc]) -> bool {
        (0..fields.len()).any(|j| j != i && self.sources[j] == self.sources[i] && identifies(&fields[j], &accepted[j]))
    }
}

fn share(matches: u64, lookups: u64) -> f64 {
    matches as f64 / lookups.max(1) as f64
}

/// A name field identifies a person when its values are known names (a
/// `name` column of airports or countries does not).
fn known_names(f: &FieldAcc) -> bool {
    f.non_empty < MIN_VALUES || name_share(f) >= 0.5
}

/// Whether field `f`, with the categories `accepted` for it, identifies a
/// person.
fn identifies(f: &FieldAcc, accepted: &[(Category, bool)]) -> bool {
    f.marker == Some(Marker::PersonId)
        || accepted.iter().any(|(c, _)| {
            (*c == Category::Name && known_names(f))
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
}

/// Alone in its table, a name column must be nearly all known names (a
/// table of languages reads `English`, `French`, `German`); full names
/// (two known words or more) are people even alone.
fn alone_names(f: &FieldAcc) -> bool {
    f.non_empty < MIN_VALUES || name_share(f) >= 0.9 || (name_share(f) >= 0.5 && f.full_names * 2 >= f.names.matches)
}

/// A field no name and no earlier rule decided, with values enough.
fn open(f: &FieldAcc, accepted: &[(Category, bool)]) -> bool {
    f.said.is_none() && f.non_empty >= MIN_VALUES && accepted.is_empty()
}

/// People's names vary: a column of three titles or two genders that
/// happen to read as names is not one.
fn varied(f: &FieldAcc) -> bool {
    let (distinct, _) = f.names.distinct.count();
    distinct >= 5 || distinct * 2 >= f.names.matches.max(1)
}

impl<'h> FileFields<'h> {
    /// Verdicts from values where names say nothing, and the lookup-table
    /// rule. A field whose name says nothing (another language, `col3`) is
    /// a column of names when most of its values are known given names or
    /// surnames, of places when most name places, and of account types when
    /// it is a handful of words repeated over many records; each only where
    /// the records it sits in hold a person (an email, a phone, a name...
    /// in another field of the same file or table). A field named like a
    /// place, plan or name in a table that holds no person is a lookup
    /// table, not anyone's data.
    pub(super) fn by_values(
        &mut self,
        names: &Names,
        tables: bool,
        min_confidence: f32,
        accepted: &mut Accepted,
        out: &mut Outcome,
    ) {
        let scope = Scope::new(names, self.fields.len(), tables, min_confidence);
        self.lookup_tables(&scope, accepted, out);
        // A name beside a name already known (the same person's name in
        // another script or romanised) needs less of its own evidence: a
        // second round looks again beside the names the first found.
        for _round in 0..2 {
            self.name_columns(&scope, accepted, out);
        }
        // Windows accounts first: an identifier by itself, so the dates
        // and phones beside it are a person's.
        for accounts in [true, false] {
            self.accounts_dates_phones(&scope, accounts, accepted, out);
        }
        self.place_columns(&scope, accepted, out);
        self.plan_columns(&scope, accepted, out);
        self.national_ids(&scope, accepted, out);
        self.activity_times(&scope, accepted, out);
    }

    /// Lookup tables: a place, plan or name named by its header is
    /// someone's only if the table holds people (and a name column whose
    /// values are mostly known names is people by itself). Names first: a
    /// name column that is not people's names cannot make the places
    /// beside it anyone's.
    fn lookup_tables(&mut self, scope: &Scope, accepted: &mut Accepted, out: &mut Outcome) {
        let n = self.fields.len();
        let weak_names: Vec<usize> = (0..n)
            .filter(|&i| !scope.beside(i, accepted, &self.fields) && !alone_names(&self.fields[i]))
            .filter(|&i| accepted[i].iter().any(|(c, hint)| *hint && *c == Category::Name))
            .collect();
        for &i in &weak_names {
            accepted[i].retain(|(c, hint)| !(*hint && *c == Category::Name));
        }
        let mut lookup: Vec<usize> = (0..n)
            .filter(|&i| !scope.beside(i, accepted, &self.fields))
            .filter(|&i| {
                accepted[i]
                    .iter()
                    .any(|(c, hint)| *hint && matches!(c, Category::Location | Category::AccountType))
            })
            .collect();
        lookup.extend(weak_names);
        lookup.sort_unstable();
        lookup.dedup();
        let table = |c: &Category| matches!(c, Category::Location | Category::AccountType | Category::Name);
        for &i in &lookup {
            let name = scope.name(i);
            accepted[i].retain(|(c, hint)| !(*hint && table(c)));
            out.verdicts
                .retain(|v| !(v.from_hint && v.field == name && table(&v.category)));
            out.notes.push((
                name.to_string(),
                "named like a place, plan or name, but no record beside it holds a person (no email, phone or other identifier): a lookup table, not personal data".to_string(),
            ));
        }
    }

    /// Columns of names by their values: mostly known names, more names
    /// than places, varied, and beside another column of names, beside an
    /// identifier, or nearly every value a known given name and surname.
    fn name_columns(&mut self, scope: &Scope, accepted: &mut Accepted, out: &mut Outcome) {
        let n = self.fields.len();
        let named: Vec<&str> = (0..n)
            .filter(|&i| accepted[i].iter().any(|(c, _)| *c == Category::Name))
            .map(|i| scope.sources[i])
            .collect();
        let name_columns: Vec<usize> = (0..n)
            .filter(|&i| {
                let f = &self.fields[i];
                let names = name_share(f);
                let needed = if named.contains(&scope.sources[i]) {
                    0.45
                } else {
                    MIN_SHARE
                };
                open(f, &accepted[i])
                    && names >= needed
                    && names > share(f.places.matches, f.place_lookups)
                    && not_people(f).is_none()
                    && varied(f)
            })
            .collect();
        let mut found = Vec::new();
        for &i in &name_columns {
            let pair = name_columns
                .iter()
                .any(|&j| j != i && scope.sources[j] == scope.sources[i]);
            if pair || scope.beside(i, accepted, &self.fields) || name_share(&self.fields[i]) >= 0.9 {
                found.push(i);
            }
        }
        for i in found {
            let f = &mut self.fields[i];
            let confidence = 0.5 + 0.4 * name_share(f).min(1.0);
            if scope.too_weak(confidence) {
                continue;
            }
            accepted[i].push((Category::Name, true));
            let mut acc = std::mem::take(&mut f.names);
            acc.confidence_sum = confidence * acc.matches as f64;
            out.verdicts
                .push(value_verdict(scope.name(i), Category::Name, confidence, acc));
        }
    }

    /// Windows accounts (`DOMAIN\user`: an identifier by itself) when
    /// `accounts`; otherwise birth dates (dates from 1900 on, spread over
    /// ten years or more: sign-up dates cluster) and phone numbers (mostly
    /// distinct) beside an identifier.
    fn accounts_dates_phones(&mut self, scope: &Scope, accounts: bool, accepted: &mut Accepted, out: &mut Outcome) {
        for i in 0..self.fields.len() {
            let f = &self.fields[i];
            if !open(f, &accepted[i]) || f.by_value.matches * 10 < f.non_empty * 9 {
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
            if (category == Category::Username) != accounts || (!accounts && !scope.beside(i, accepted, &self.fields)) {
                continue;
            }
            let confidence = 0.7 * share(f.by_value.matches, f.non_empty);
            if scope.too_weak(confidence) {
                continue;
            }
            accepted[i].push((category, true));
            let f = &mut self.fields[i];
            let mut acc = std::mem::take(&mut f.by_value);
            acc.confidence_sum = confidence * acc.matches as f64;
            out.verdicts
                .push(value_verdict(scope.name(i), category, confidence, acc));
        }
    }

    /// Columns of places by their values, beside an identifier.
    fn place_columns(&mut self, scope: &Scope, accepted: &mut Accepted, out: &mut Outcome) {
        for i in 0..self.fields.len() {
            let f = &self.fields[i];
            let places = share(f.places.matches, f.place_lookups);
            if !open(f, &accepted[i]) || f.places.matches == 0 || places < MIN_SHARE {
                continue;
            }
            let confidence = 0.8 * places;
            if !scope.beside(i, accepted, &self.fields) || scope.too_weak(confidence) {
                continue;
            }
            accepted[i].push((Category::Location, true));
            let f = &mut self.fields[i];
            let mut acc = std::mem::take(&mut f.places);
            acc.confidence_sum = confidence * acc.matches as f64;
            out.verdicts
                .push(value_verdict(scope.name(i), Category::Location, confidence, acc));
        }
    }

    /// Account types: a handful of plan words repeated over many records,
    /// beside an identifier.
    fn plan_columns(&mut self, scope: &Scope, accepted: &mut Accepted, out: &mut Outcome) {
        const CONFIDENCE: f64 = 0.6;
        for i in 0..self.fields.len() {
            let f = &self.fields[i];
            if !open(f, &accepted[i])
                || !scope.beside(i, accepted, &self.fields)
                || self.hints.not_a_plan_field(scope.name(i))
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
            if scope.too_weak(CONFIDENCE) {
                continue;
            }
            let mut acc = CatAcc {
                matches: f.non_empty,
                confidence_sum: CONFIDENCE * f.non_empty as f64,
                ..CatAcc::default()
            };
            for (fp, v) in values {
                acc.distinct.insert(*fp);
                acc.samples.offer(*fp, v);
            }
            accepted[i].push((Category::AccountType, true));
            out.verdicts
                .push(value_verdict(scope.name(i), Category::AccountType, CONFIDENCE, acc));
        }
    }

    /// National ids by their check digits: a column whose long numbers
    /// nine in ten pass one scheme's check, where chance is one in ten (or
    /// that start with a birth date spread over decades).
    fn national_ids(&mut self, scope: &Scope, accepted: &mut Accepted, out: &mut Outcome) {
        for (i, taken) in accepted.iter_mut().enumerate() {
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
            if scope.too_weak(confidence) {
                continue;
            }
            let name = scope.name(i);
            out.verdicts
                .retain(|v| !(v.field == name && v.category == Category::GovernmentId));
            out.notes.push((name.to_string(), note));
            taken.push((Category::GovernmentId, true));
            let f = &mut self.fields[i];
            let mut acc = std::mem::take(&mut f.ids);
            acc.confidence_sum = confidence * acc.matches as f64;
            out.verdicts
                .push(value_verdict(name, Category::GovernmentId, confidence, acc));
        }
    }

    /// Times of a person's actions: a field of timestamps (or of dates,
    /// where its name says it is a time) in records that hold a person,
    /// that no other rule took (a birth date is no action).
    fn activity_times(&mut self, scope: &Scope, accepted: &mut Accepted, out: &mut Outcome) {
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
            if !timed || f.profile.future * 5 > f.profile.dated || !scope.beside(i, accepted, &self.fields) {
                continue;
            }
            if scope.too_weak(CONFIDENCE) {
                continue;
            }
            let name = scope.name(i);
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
}
