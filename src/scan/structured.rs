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
                // One key per event, without a string per event: the
                // field's fingerprint mixed with the event's number.
                let base = fingerprint(Category::Activity, format!("{path}\0{}", v.field).as_bytes());
                for i in 0..v.acc.matches {
                    a.distinct.insert(splitmix64(base ^ i));
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

/// A well-mixed 64-bit value of `x` (SplitMix64's finaliser): distinct
/// inputs give distinct outputs.
fn splitmix64(x: u64) -> u64 {
    let mut z = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}
