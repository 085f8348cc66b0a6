//! Scanning a structured file: hits are collected instead of counted
//! straight away, attributed to fields by `classify`, and the verdicts folded
//! into the file's totals (a `first_name` column's values count as `name`).

use super::file::{collect_hits, record_hits, Ctx};
use super::findings::Finding;
use crate::aggregate::{CatAcc, CatSummary, FieldSummary, FileAcc, Structure};
use crate::category::Category;
use crate::classify::{Attributor, Outcome};
use crate::detect::normalize::fingerprint;
use crate::detect::{Hit, Scratch, Window};

/// Scans a whole in-memory file with structure. Returns its structure; the
/// file's counts go into `acc`, its findings (if wanted) into `findings`.
#[allow(clippy::too_many_arguments)]
pub fn scan_whole(
    ctx: Ctx,
    scratch: &mut Scratch,
    hay: &[u8],
    parser: Box<dyn crate::parse::Parser>,
    path: &str,
    tables: bool,
    acc: &mut FileAcc,
    hits: &mut Vec<Hit>,
    findings: Option<&mut Vec<Finding>>,
) -> Structure {
    hits.clear();
    let w = Window::whole(hay.len());
    collect_hits(ctx, scratch, hay, &w, acc, hits);
    let mut fps = Vec::with_capacity(hits.len());
    record_hits(ctx, hay, hits, w.own.clone(), acc, &mut fps, findings, 0, 0);
    let mut attr = Attributor::new(parser, ctx.hints);
    attr.feed(hay, hits, &fps, hay.len(), ctx.engine.detectors());
    finish(ctx, attr, hay, path, tables, acc)
}

/// Finishes an attribution and folds its verdicts into the file's totals.
pub fn finish(ctx: Ctx, attr: Attributor, hay: &[u8], path: &str, tables: bool, acc: &mut FileAcc) -> Structure {
    let (outcome, free, _) = attr.finish(hay, ctx.opts.min_confidence, tables);
    fold(outcome, &free, acc, path)
}

fn fold(outcome: Outcome, free: &FileAcc, acc: &mut FileAcc, path: &str) -> Structure {
    let mut fields = Vec::with_capacity(outcome.verdicts.len());
    for v in outcome.verdicts {
        let mut summary = CatSummary::of(&v.acc);
        summary.confidence = v.confidence;
        if let Some(n) = v.distinct_override {
            summary.distinct = n;
            summary.distinct_is_estimate = false;
        }
        if v.from_hint {
            // Values no detector saw (names, cities, plans, activity records)
            // count in the file's and the scan's totals too.
            let total = &mut acc.cats[v.category.index()];
            if v.category == Category::Activity {
                let mut a = CatAcc {
                    matches: v.acc.matches,
                    confidence_sum: v.acc.confidence_sum,
                    ..CatAcc::default()
                };
                for i in 0..v.acc.matches {
                    let key = format!("{path}\0{}\0{i}", v.field);
                    a.distinct.insert(fingerprint(Category::Activity, key.as_bytes()));
                }
                total.merge(&a);
            } else {
                total.merge(&v.acc);
            }
        }
        fields.push(FieldSummary {
            field: v.field,
            category: v.category,
            summary,
        });
    }
    fields.sort_by(|a, b| a.field.cmp(&b.field).then(a.category.cmp(&b.category)));
    let free = Category::ALL
        .into_iter()
        .zip(&free.cats)
        .filter(|(_, c)| c.matches > 0)
        .map(|(cat, c)| (cat, CatSummary::of(c)))
        .collect();
    Structure {
        fields,
        free,
        records: outcome.records,
        combinations: outcome.combinations,
        notes: outcome.notes,
        warning: outcome.warning,
    }
}
