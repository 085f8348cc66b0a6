//! Accuracy on the evaluation corpus (`tests/eval/`, written with its truth
//! by `tests/eval/gen.py`): field-level precision, recall and F1 per
//! category, false categories on the negative controls, and how often a
//! field reported at a confidence is right. The table is printed (run
//! `cargo test --release evaluation -- --nocapture` to see it; the README
//! quotes it) and the scores must not regress.

use crate::util::*;
use std::collections::{BTreeMap, BTreeSet};

type Key = (String, String, String); // file, field, category

#[test]
fn scores_on_the_evaluation_corpus() {
    let dir = root().join("tests/eval");
    let truth: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("truth.json")).unwrap()).unwrap();
    let mut expected: BTreeSet<Key> = BTreeSet::new();
    for (file, fields) in truth["fields"].as_object().unwrap() {
        for (field, cat) in fields.as_object().unwrap() {
            expected.insert((file.clone(), field.clone(), cat.as_str().unwrap().to_string()));
        }
    }
    let controls: BTreeSet<String> = truth["controls"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_string())
        .collect();
    let report = json_in(&dir.join("corpus"), &["--no-config", "."]);
    let strip = |p: &str| p.strip_prefix("./").unwrap_or(p).to_string();
    let mut found: BTreeMap<Key, f64> = BTreeMap::new();
    for f in report["fields"].as_array().unwrap() {
        let Some(field) = f["field"].as_str() else { continue };
        let key = (
            strip(f["path"].as_str().unwrap()),
            field.to_string(),
            f["category"].as_str().unwrap().to_string(),
        );
        found.insert(key, f["confidence"].as_f64().unwrap());
    }
    // Anything found in a control file, with or without a field, is false.
    let mut control_hits: Vec<String> = Vec::new();
    for f in report["files"].as_array().unwrap() {
        let path = strip(f["path"].as_str().unwrap());
        if controls.contains(&path) {
            for (cat, n) in f["categories"].as_object().unwrap() {
                control_hits.push(format!("{path}: {cat} {n}"));
            }
        }
    }
    let cats: BTreeSet<&str> = expected.iter().chain(found.keys()).map(|k| k.2.as_str()).collect();
    println!("\n| category | precision | recall | F1 | fields (true) |\n|---|---|---|---|---|");
    let mut worst = 1.0f64;
    for cat in &cats {
        let t: BTreeSet<&Key> = expected.iter().filter(|k| k.2 == *cat).collect();
        let p: BTreeSet<&Key> = found.keys().filter(|k| k.2 == *cat).collect();
        let tp = t.intersection(&p).count() as f64;
        let precision = if p.is_empty() { 1.0 } else { tp / p.len() as f64 };
        let recall = if t.is_empty() { 1.0 } else { tp / t.len() as f64 };
        let f1 = if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        };
        worst = worst.min(f1);
        println!("| {cat} | {precision:.2} | {recall:.2} | {f1:.2} | {} |", t.len());
        for k in p.difference(&t) {
            println!("|   false: {} {} | | | | |", k.0, k.1);
        }
        for k in t.difference(&p) {
            println!("|   missed: {} {} | | | | |", k.0, k.1);
        }
    }
    println!(
        "\nnegative controls ({}): {} false categories {control_hits:?}",
        controls.len(),
        control_hits.len()
    );
    // Calibration: of the fields reported at confidence c, how many are right.
    println!("\n| reported confidence | fields | right |\n|---|---|---|");
    for (lo, hi) in [(0.5, 0.7), (0.7, 0.85), (0.85, 0.95), (0.95, 1.01)] {
        let bucket: Vec<&Key> = found
            .iter()
            .filter(|(_, c)| **c >= lo && **c < hi)
            .map(|(k, _)| k)
            .collect();
        let right = bucket.iter().filter(|k| expected.contains(**k)).count();
        println!("| {lo:.2}–{:.2} | {} | {right} |", hi.min(1.0), bucket.len());
    }
    assert!(control_hits.is_empty(), "false findings on controls: {control_hits:?}");
    assert!(worst >= 0.95, "a category's F1 fell below 0.95: {worst:.2}");
}
