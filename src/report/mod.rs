//! The typed report: the v1 document of `shared/spec/report-v1.md` as serde
//! types ([`Report`] and its rows), built once from the merged totals, then
//! rendered by one module per format under `report::render` (`human`, `markdown`,
//! `ndjson`, `sarif`, `csv`, `html`; JSON is the serde form itself). Values
//! reach it only through `mask::render`. A baseline's [`Diff`] is applied to
//! it; the baseline is made from its field rows (`Report::found_fields`).
//!
//! Additions to the contract (allowed: "adding fields is fine"): per-category
//! `confidence` and `samples`, `placeholders`, `not_found`, and `policy`.

internal! {
    render
}

use crate::aggregate::Totals;
pub use crate::baseline::{Diff, FieldEntry};
use crate::category::Category;
use crate::mask;
use serde::Serialize;
use std::collections::BTreeMap;

pub use crate::baseline::NewValues;
pub use crate::sniff::Format;
pub use crate::store::sample::{Method as SampleMethod, Note as SampleNote};

pub const SCHEMA: &str = "pii-scan.report.v1";

#[derive(Debug, Serialize)]
pub struct Report {
    pub schema: &'static str,
    pub tool: Tool,
    pub summary: Summary,
    /// Every category found, the contract's and custom ones (in the JSON
    /// form, custom ones are under `custom` instead: the contract's lists
    /// hold contract ids only).
    #[serde(serialize_with = "contract_rows")]
    pub categories: Vec<CategoryRow>,
    /// Per file and field (`null`: free text), each category found there.
    #[serde(serialize_with = "contract_rows")]
    pub fields: Vec<FieldRow>,
    pub files: Vec<FileRow>,
    /// The custom categories' rows (`custom:employee_id`), as the JSON
    /// report carries them: beside the contract's, not in its lists.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) custom: Option<CustomRows>,
    pub skipped: Vec<SkipRow>,
    /// Documentation and test values found, counted apart from `categories`.
    pub placeholders: Vec<PlaceholderRow>,
    /// Per structured source: records, and how many records hold each
    /// combination of categories (who lost which data together).
    pub records: Vec<RecordsRow>,
    /// Plain-language notes on fields (hashed identifiers).
    pub field_notes: Vec<FieldNote>,
    /// Files whose structure could not be read whole (truncated JSON, nesting
    /// past the depth bound): their bytes were still scanned.
    pub warnings: Vec<SkipRow>,
    /// Sensitive categories with no finding: what a notice can say was not exposed.
    pub not_found: Vec<Category>,
    /// How many individuals the records belong to (see README, "People").
    pub people: PeopleRow,
    /// Where the affected people live, and the notification duties their
    /// numbers may trigger (see README, "Who must be told").
    pub jurisdictions: crate::jurisdiction::summary::Jurisdictions,
    /// Field values that were pii-scan's own redaction tokens (a redacted
    /// copy re-scanned): counted apart, never as their category.
    pub redacted: u64,
    /// Database tables read as a sample (`--sample`): how the rows were
    /// drawn and, for a row-random sample, the share of rows a category
    /// not found could still be in (95% confidence). Absent without
    /// `--sample`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sampled: Vec<crate::store::sample::Note>,
    pub policy: Policy,
    /// With `--baseline`: what is new since the baseline (only new findings
    /// violate the policy).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub baseline: Option<Diff>,
}

#[derive(Debug, Serialize)]
pub struct Tool {
    pub name: &'static str,
    pub version: &'static str,
}

#[derive(Debug, Serialize)]
pub struct Summary {
    pub roots: Vec<String>,
    pub files_scanned: u64,
    pub bytes_scanned: u64,
    pub files_skipped: u64,
    pub errors: u64,
    pub duration_ms: u64,
    pub threads: usize,
    pub detectors: usize,
    pub min_confidence: f32,
    pub values_masked: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct CategoryRow {
    pub category: Category,
    pub matches: u64,
    /// `ip_address` only: how many of `matches` are internal (private,
    /// shared or unique-local ranges), counted apart as Macie and DLP do.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub internal: Option<u64>,
    pub distinct: u64,
    pub distinct_is_estimate: bool,
    pub files: u64,
    pub confidence: f64,
    pub samples: Vec<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct FieldRow {
    pub path: String,
    /// `null` for free text (no structure known).
    pub field: Option<String>,
    pub category: Category,
    pub confidence: f64,
    pub matches: u64,
    /// `ip_address` only: internal addresses among `matches`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub internal: Option<u64>,
    pub distinct: u64,
    pub distinct_is_estimate: bool,
    pub samples: Vec<String>,
    /// The policy's `allow.fields` lets this field hold this data: it does
    /// not count against `fail_on`.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub allowed: bool,
}

#[derive(Debug, Serialize)]
pub struct FileRow {
    pub path: String,
    pub format: crate::sniff::Format,
    pub bytes: u64,
    #[serde(serialize_with = "contract_counts")]
    pub categories: BTreeMap<Category, u64>,
}

/// The JSON report's `custom` section: custom categories' rows, shaped as
/// the contract's `categories`, `fields` and `files` (a documented
/// extension, README "Custom categories").
#[derive(Debug, Serialize)]
pub(crate) struct CustomRows {
    categories: Vec<CategoryRow>,
    fields: Vec<FieldRow>,
    files: Vec<CustomFile>,
}

#[derive(Debug, Serialize)]
struct CustomFile {
    path: String,
    categories: BTreeMap<Category, u64>,
}

impl CustomRows {
    /// `None` when no custom category was found.
    fn of(categories: &[CategoryRow], fields: &[FieldRow], files: &[FileRow]) -> Option<CustomRows> {
        if !categories.iter().any(|c| c.category.is_custom()) {
            return None;
        }
        Some(CustomRows {
            categories: categories.iter().filter(|c| c.category.is_custom()).cloned().collect(),
            fields: fields.iter().filter(|f| f.category.is_custom()).cloned().collect(),
            files: files
                .iter()
                .filter(|f| f.categories.keys().any(|c| c.is_custom()))
                .map(|f| CustomFile {
                    path: f.path.clone(),
                    categories: f
                        .categories
                        .iter()
                        .filter(|(c, _)| c.is_custom())
                        .map(|(c, n)| (*c, *n))
                        .collect(),
                })
                .collect(),
        })
    }
}

/// A report row of one category.
trait OfCategory {
    fn category(&self) -> Category;
}

impl OfCategory for CategoryRow {
    fn category(&self) -> Category {
        self.category
    }
}

impl OfCategory for FieldRow {
    fn category(&self) -> Category {
        self.category
    }
}

/// The rows of contract categories only (custom ones go under `custom`).
fn contract_rows<S: serde::Serializer, T: OfCategory + Serialize>(rows: &[T], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(rows.iter().filter(|r| !r.category().is_custom()))
}

fn contract_counts<S: serde::Serializer>(counts: &BTreeMap<Category, u64>, s: S) -> Result<S::Ok, S::Error> {
    s.collect_map(counts.iter().filter(|(c, _)| !c.is_custom()))
}

/// People, not values: records linked by their strong identifiers and the
/// dump's own keys; records tied to no one bounded (see README, "People").
#[derive(Debug, Serialize)]
pub struct PeopleRow {
    /// The best estimate: `low` plus people known only by a name.
    pub total: u64,
    /// People established by strong identifiers (email, phone, username,
    /// national id, card, device) and by keys naming a person's row.
    pub low: u64,
    /// `total` plus the most the records tied to no one could add: one per
    /// IP address not already a known person's, one per username only a
    /// log's requests carry.
    pub high: u64,
    /// False once more identifiers were seen than can be linked exactly:
    /// the counts are then upper bounds.
    pub exact: bool,
    /// Per category: for how many of them it was exposed.
    pub by_category: BTreeMap<Category, u64>,
    /// Per file: how many people its records belong to, and how its
    /// records were tied to them.
    pub sources: Vec<PeopleSource>,
    /// Records with personal data but no strong identifier and no key of a
    /// person: weighed by their name or IP address, never one person each.
    pub unlinked_records: u64,
    /// Values outside any record (free text, hits outside fields): not
    /// attributable to a person, not in `total`.
    pub unattributed_values: u64,
    /// Identified people by residence and categories (for `jurisdictions`).
    #[serde(skip)]
    pub(crate) residents: Vec<(crate::jurisdiction::residence::Lived, u32, u64)>,
}

impl PeopleRow {
    /// "40 people affected", "about 40 people affected (38 to 52)".
    pub fn headline(&self) -> String {
        let n = crate::numbers::thousands;
        let bounded = self.low != self.total || self.high != self.total;
        let about = if !self.exact {
            "at most "
        } else if bounded {
            "about "
        } else {
            ""
        };
        let mut line = format!("{about}{} people affected", n(self.total));
        if bounded {
            line.push_str(&format!(" ({} to {})", n(self.low), n(self.high)));
        }
        line
    }
}

#[derive(Debug, Serialize)]
pub struct PeopleSource {
    pub path: String,
    pub people: u64,
    /// Its records, by what tied them to a person.
    pub records: crate::people::Linked,
}

#[derive(Debug, Serialize)]
pub struct SkipRow {
    pub path: String,
    pub reason: String,
}

#[derive(Debug, Serialize)]
pub struct RecordsRow {
    pub path: String,
    /// The SQL table, or `null` for the file itself.
    pub source: Option<String>,
    pub records: u64,
    pub combinations: Vec<CombinationRow>,
}

#[derive(Debug, Serialize)]
pub struct CombinationRow {
    pub categories: Vec<Category>,
    pub records: u64,
}

#[derive(Debug, Serialize)]
pub struct FieldNote {
    pub path: String,
    pub field: String,
    pub note: String,
}

#[derive(Debug, Serialize)]
pub struct PlaceholderRow {
    pub category: Category,
    pub matches: u64,
}

#[derive(Debug, Default, Serialize)]
pub struct Policy {
    /// The policy file applied, if any.
    pub config: Option<String>,
    pub fail_on: Vec<Category>,
    /// Categories named by `fail_on` that were found (outside allowed fields).
    pub violations: Vec<Category>,
    /// Each file and field holding a violating category.
    pub violating_fields: Vec<Violation>,
    /// Categories the policy turned off: neither reported nor "not found".
    pub disabled: Vec<Category>,
    /// Values the allowlists allowed, counted apart, per category.
    pub allowed: Vec<PlaceholderRow>,
    /// With a baseline: `fail_on` categories that were found, every finding
    /// of them known in the baseline (so not violations).
    #[serde(rename = "baseline_known", skip_serializing_if = "Vec::is_empty")]
    pub known: Vec<Category>,
}

#[derive(Debug, Serialize)]
pub struct Violation {
    pub path: String,
    pub field: Option<String>,
    pub category: Category,
    pub matches: u64,
    /// With a baseline: distinct values of this category in this file that
    /// the baseline does not hold.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_values: Option<u64>,
}

impl Policy {
    pub fn violated(&self) -> bool {
        !self.violations.is_empty()
    }
}

/// What the report needs besides the totals.
pub(crate) struct Context {
    pub roots: Vec<String>,
    pub duration_ms: u64,
    pub threads: usize,
    pub detectors: usize,
    pub min_confidence: f32,
    pub reveal: bool,
    pub fail_on: Vec<Category>,
    /// The policy file's path, its disabled categories and allowlists.
    pub config: Option<String>,
    pub disabled: Vec<Category>,
    pub allow: Option<std::sync::Arc<crate::allow::Allowlist>>,
}

impl Report {
    /// Consumes the totals: each file's summary is dropped once its rows are
    /// built, so a scan of very many files does not hold both at once.
    pub(crate) fn build(mut t: Totals, cx: Context) -> Report {
        let people = people_row(t.people.summary(), &cx.disabled);
        let jurisdictions = crate::jurisdiction::summary::build(&people.residents, people.total);
        let render = |cat: Category, s: &crate::aggregate::Samples| -> Vec<String> {
            s.values().map(|v| mask::render(cat, v, cx.reveal)).collect()
        };
        let categories: Vec<CategoryRow> = Category::known()
            .into_iter()
            .zip(&t.cats)
            .filter(|(_, acc)| acc.matches > 0)
            .map(|(cat, acc)| {
                let (distinct, est) = acc.distinct.count();
                CategoryRow {
                    category: cat,
                    matches: acc.matches,
                    internal: (cat == Category::IpAddress).then_some(acc.internal),
                    distinct,
                    distinct_is_estimate: est,
                    files: acc.files,
                    confidence: round3(acc.mean_confidence()),
                    samples: render(cat, &acc.samples),
                }
            })
            .collect();
        let mut fields = Vec::new();
        let mut files = Vec::new();
        let mut records = Vec::new();
        let mut field_notes = Vec::new();
        let mut warnings = Vec::new();
        let row = |path: &str, field: Option<&str>, cat: Category, s: &crate::aggregate::CatSummary| FieldRow {
            path: path.to_string(),
            field: field.map(str::to_string),
            category: cat,
            confidence: round3(s.confidence),
            matches: s.matches,
            internal: (cat == Category::IpAddress).then_some(s.internal),
            distinct: s.distinct,
            distinct_is_estimate: s.distinct_is_estimate,
            samples: render(cat, &s.samples),
            allowed: cx.allow.as_ref().is_some_and(|a| a.allows_field(path, field)),
        };
        for f in std::mem::take(&mut t.files) {
            match &f.structure {
                Some(st) => {
                    if let Some(w) = &st.warning {
                        warnings.push(SkipRow {
                            path: f.path.clone(),
                            reason: w.clone(),
                        });
                    }
                    fields.extend(
                        st.fields
                            .iter()
                            .map(|fs| row(&f.path, Some(&fs.field), fs.category, &fs.summary)),
                    );
                    fields.extend(st.free.iter().map(|(cat, s)| row(&f.path, None, *cat, s)));
                    for (source, n) in &st.records {
                        records.push(RecordsRow {
                            path: f.path.clone(),
                            source: (!source.is_empty()).then(|| source.clone()),
                            records: *n,
                            combinations: st
                                .combinations
                                .iter()
                                .filter(|c| &c.source == source)
                                .map(|c| CombinationRow {
                                    categories: c.categories.clone(),
                                    records: c.records,
                                })
                                .collect(),
                        });
                    }
                    field_notes.extend(st.notes.iter().map(|(field, note)| FieldNote {
                        path: f.path.clone(),
                        field: field.clone(),
                        note: note.clone(),
                    }));
                }
                None => fields.extend(f.cats.iter().map(|(cat, s)| row(&f.path, None, *cat, s))),
            }
            files.push(FileRow {
                path: f.path.clone(),
                format: f.format,
                bytes: f.bytes,
                categories: f.cats.iter().map(|(c, s)| (*c, s.matches)).collect(),
            });
        }
        let mut categories = categories;
        // Contract categories in contract order, then custom ones by id.
        categories.sort_by_key(|r| r.category);
        let off = |c: &Category| cx.disabled.contains(c);
        categories.retain(|r| !off(&r.category));
        fields.retain(|r| !off(&r.category));
        for f in &mut files {
            f.categories.retain(|c, _| !off(c));
        }
        let found = |c: &Category| categories.iter().any(|r| r.category == *c);
        // Absence is only said of what was read: with nothing read there is
        // no verdict on any category.
        let read_any = t.files_scanned > 0;
        let not_found = Category::SENSITIVE
            .into_iter()
            .filter(|c| read_any && !found(c) && !off(c))
            .collect();
        let mut sampled = std::mem::take(&mut t.sampled);
        for n in &mut sampled {
            let in_file = files.iter().find(|f| f.path == n.path);
            n.not_found = Category::ALL
                .into_iter()
                .filter(|c| !off(c))
                .filter(|c| !in_file.is_some_and(|f| f.categories.contains_key(c)))
                .filter(|c| !fields.iter().any(|r| r.path == n.path && r.category == *c))
                .map(|c| c.id().to_string())
                .collect();
        }
        // `any` (every contract category) takes in the custom ones too.
        let mut fail_on = cx.fail_on;
        if Category::ALL.iter().all(|c| fail_on.contains(c)) {
            let custom: Vec<Category> = Category::known()
                .into_iter()
                .filter(|c| c.is_custom() && !fail_on.contains(c))
                .collect();
            fail_on.extend(custom);
        }
        let violating_fields: Vec<Violation> = fields
            .iter()
            .filter(|r| fail_on.contains(&r.category) && !r.allowed)
            .map(|r| Violation {
                path: r.path.clone(),
                field: r.field.clone(),
                category: r.category,
                matches: r.matches,
                new_values: None,
            })
            .collect();
        let violations = fail_on
            .iter()
            .copied()
            .filter(|c| violating_fields.iter().any(|v| v.category == *c))
            .collect();
        // A category is no surer than the surest field behind it.
        for c in &mut categories {
            let surest = fields
                .iter()
                .filter(|f| f.category == c.category)
                .map(|f| f.confidence)
                .reduce(f64::max);
            if let Some(m) = surest {
                c.confidence = c.confidence.min(m);
            }
        }
        let custom = CustomRows::of(&categories, &fields, &files);
        Report {
            schema: SCHEMA,
            tool: Tool {
                name: "pii-scan",
                version: env!("CARGO_PKG_VERSION"),
            },
            summary: Summary {
                roots: cx.roots,
                files_scanned: t.files_scanned,
                bytes_scanned: t.bytes_scanned,
                files_skipped: t.skipped.len() as u64,
                errors: t.skipped.iter().filter(|s| s.error).count() as u64,
                duration_ms: cx.duration_ms,
                threads: cx.threads,
                detectors: cx.detectors,
                min_confidence: cx.min_confidence,
                values_masked: !cx.reveal,
            },
            categories,
            fields,
            files,
            custom,
            skipped: t
                .skipped
                .iter()
                .map(|s| SkipRow {
                    path: s.path.clone(),
                    reason: s.reason.clone(),
                })
                .collect(),
            placeholders: Category::known()
                .into_iter()
                .zip(t.placeholders)
                .filter(|(_, n)| *n > 0)
                .map(|(category, matches)| PlaceholderRow { category, matches })
                .collect(),
            records,
            field_notes,
            warnings,
            not_found,
            people,
            jurisdictions,
            redacted: t.redacted,
            sampled,
            baseline: None,
            policy: Policy {
                config: cx.config,
                fail_on,
                violations,
                violating_fields,
                disabled: cx.disabled,
                allowed: Category::known()
                    .into_iter()
                    .zip(t.allowed)
                    .filter(|(_, n)| *n > 0)
                    .map(|(category, matches)| PlaceholderRow { category, matches })
                    .collect(),
                known: Vec::new(),
            },
        }
    }
}

impl Report {
    /// Whether any value of `category` was reported (the categories a
    /// notice must name).
    pub fn found(&self, category: Category) -> bool {
        self.categories.iter().any(|c| c.category == category)
    }

    /// Where each category was found, as baseline entries.
    pub(crate) fn found_fields(&self) -> impl Iterator<Item = FieldEntry> + '_ {
        self.fields
            .iter()
            .map(|f| FieldEntry::new(&f.path, f.field.as_deref(), f.category))
    }

    /// Applies a baseline: only findings it does not hold can violate the
    /// policy.
    pub(crate) fn apply_baseline(&mut self, diff: Diff) {
        let p = &mut self.policy;
        p.violating_fields
            .retain(|v| diff.is_new(&v.path, v.field.as_deref(), v.category));
        for v in &mut p.violating_fields {
            v.new_values = Some(diff.new_values_in(&v.path, v.category));
        }
        let (still, known): (Vec<Category>, Vec<Category>) = p
            .violations
            .iter()
            .partition(|c| p.violating_fields.iter().any(|v| v.category == **c));
        p.violations = still;
        p.known = known;
        self.baseline = Some(diff);
    }
}

fn people_row(p: crate::aggregate::PeopleSummary, disabled: &[Category]) -> PeopleRow {
    PeopleRow {
        total: p.total,
        exact: p.exact,
        by_category: p
            .by_category
            .into_iter()
            .filter(|(c, _)| !disabled.contains(c))
            .collect(),
        low: p.low,
        high: p.high,
        sources: p
            .sources
            .into_iter()
            .map(|s| PeopleSource {
                path: s.path,
                people: s.people,
                records: s.records,
            })
            .collect(),
        unlinked_records: p.unlinked,
        unattributed_values: p.unattributed_values,
        residents: p.residents,
    }
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}
