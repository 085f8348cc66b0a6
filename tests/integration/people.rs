//! People, not values: the `people` section on a corpus whose ground truth
//! is people (generated with it, by `examples/common/people.rs`).

use crate::util::*;
use serde_json::Value;
use std::collections::BTreeMap;

#[allow(dead_code, clippy::all)]
#[path = "../../examples/common/mod.rs"]
mod common;

fn scan_corpus(args: &[&str]) -> (Value, common::people::PeopleTruth) {
    let (files, truth) = common::people::corpus();
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in files {
        std::fs::write(dir.path().join(name), bytes).unwrap();
    }
    let mut all = vec!["."];
    all.extend_from_slice(args);
    let report = json_in(dir.path(), &all);
    (report, truth)
}

fn counts(v: &Value) -> BTreeMap<String, u64> {
    v.as_object()
        .unwrap()
        .iter()
        .map(|(k, n)| (k.clone(), n.as_u64().unwrap()))
        .collect()
}

#[test]
fn the_same_person_across_a_csv_an_sql_dump_and_a_log_is_counted_once() {
    let (r, t) = scan_corpus(&[]);
    let p = &r["people"];
    assert_eq!(p["total"], t.total, "{p:#}");
    assert_eq!((&p["low"], &p["high"]), (&t.low.into(), &t.high.into()), "{p:#}");
    assert_eq!(p["exact"], true);
    assert_eq!(p["unlinked_records"], t.unlinked_records);
    assert_eq!(p["unattributed_values"], t.unattributed_values);
    let want: BTreeMap<String, u64> = t.by_category.iter().map(|(k, v)| (k.to_string(), *v)).collect();
    assert_eq!(counts(&p["by_category"]), want, "{:#}", r["fields"]);
    let sources: BTreeMap<String, u64> = p["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["path"].as_str().unwrap().trim_start_matches("./").to_string(),
                s["people"].as_u64().unwrap(),
            )
        })
        .collect();
    let want: BTreeMap<String, u64> = t.sources.iter().map(|(k, v)| (k.to_string(), *v)).collect();
    assert_eq!(sources, want);
}

#[test]
fn people_counts_do_not_depend_on_threads_and_values_never_appear() {
    let (one, _) = scan_corpus(&["-j1"]);
    let (two, _) = scan_corpus(&["-j2"]);
    assert_eq!(one["people"], two["people"]);
    let text = one["people"].to_string();
    assert!(!text.contains('@'), "{text}");
}

#[test]
fn the_human_report_leads_with_people() {
    let (files, t) = common::people::corpus();
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in files {
        std::fs::write(dir.path().join(name), bytes).unwrap();
    }
    let o = run_in(dir.path(), &["--no-progress", "."]);
    let out = String::from_utf8_lossy(&o.stdout);
    let lead = out
        .lines()
        .find(|l| !l.trim().is_empty() && !l.starts_with("pii-scan "))
        .unwrap();
    assert!(
        lead.contains(&format!("about {} people affected ({} to {})", t.total, t.low, t.high)),
        "{out}"
    );
    assert!(
        lead.contains(&format!("password of {}", t.by_category["password"])),
        "{lead}"
    );
}
