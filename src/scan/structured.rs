//! The end of a structured scan: the attribution of hits to fields (by
//! `classify`) finished, and its verdicts folded into the file's totals (a
//! `first_name` column's values count as `name`).

use super::window::Ctx;
use crate::aggregate::{CatAcc, CatSummary, FieldSummary, FileAcc, Structure};
use crate::category::Category;
use crate::classify::{Attributor, Outcome};
use crate::detect::normalize::fingerprint;
use crate::sniff::Format;

/// Finishes an attribution and folds its verdicts into the file's totals.
pub fn finish(ctx: Ctx, attr: Attributor, hay: &[u8], path: &str, format: Format, acc: &mut FileAcc) -> Structure {
    let (outcome, free, _) = attr.finish(hay, ctx.opts.min_confidence, format.has_tables());
    fold(outcome, &free, acc, path)
}

fn fold(outcome: Outcome, free: &FileAcc, acc: &mut FileAcc, path: &str) -> Structure {
    // Hits a field's name excludes (versions are not addresses) leave the
    // file's totals: those categories are counted again from every other
    // field and the hits outside fields.
    for (cat, mut kept) in outcome.recount {
        kept.merge(&free.cats[cat.index()]);
        acc.cats[cat.index()] = kept;
    }
    let mut fields = Vec::with_capacity(outcome.verdicts.len());
    for v in outcome.verdicts {
        let mut summary = CatSummary::of(&v.acc);
        summary.confidence = v.confidence;
        if let Some(n) = v.distinct_override {
            summary.distinct = n;
            summary.distinct_is_estimate = false;
        }
        if v.from_hint && !v.paired {
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
    // A record's latitude and longitude are one location.
    if let Some(pairs) = &outcome.pairs {
        acc.cats[Category::Location.index()].merge(pairs);
    }
    fields.sort_by(|a, b| a.field.cmp(&b.field).then(a.category.cmp(&b.category)));
    let mut free: Vec<_> = free
        .cats
        .iter()
        .enumerate()
        .filter(|(_, c)| c.matches > 0)
        .filter_map(|(i, c)| Some((Category::from_index(i)?, CatSummary::of(c))))
        .collect();
    free.sort_by_key(|(c, _)| *c);
    Structure {
        fields,
        free,
        records: outcome.records,
        combinations: outcome.combinations,
        notes: outcome.notes,
        warning: outcome.warning,
        people: Some(outcome.people),
        redacted: outcome.redacted,
        hashed: outcome.hashed,
    }
}
