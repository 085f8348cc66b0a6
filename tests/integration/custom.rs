//! Custom categories (`category = "custom:employee_id"` in a user's
//! patterns): reported beside the contract's (the JSON report's `custom`
//! section, outside the contract's lists), in every format, in the policy,
//! and merged exactly across shards whatever order a process named them in.

use super::outputs::check_sarif;
use super::shards::comparable;
use super::util::{code, json_in, run_in};
use serde_json::Value;
use std::path::Path;

const PATTERNS: &str = r#"
[[detector]]
id = "employee_id"
category = "custom:employee_id"
regex = '\bEMP-\d{6}\b'
confidence = 0.9

[[detector]]
id = "badge"
category = "custom:badge"
regex = '\bBDG\d{5}\b'
confidence = 0.9
"#;

/// A staff export and free-text notes; returns how many employee ids and
/// badges each file holds (the ground truth, written with the data).
fn dataset(dir: &Path) -> [(String, u64, u64); 2] {
    std::fs::create_dir_all(dir.join("pat")).unwrap();
    std::fs::write(dir.join("pat/staff.toml"), PATTERNS).unwrap();
    std::fs::create_dir_all(dir.join("data")).unwrap();
    let mut csv = String::from("name,email,staff_no\n");
    let people = [
        ("Ana Lima", "ana.lima@posteo.de"),
        ("Bo Berg", "bo.berg@gmx.net"),
        ("Cai Wen", "cai.wen@web.de"),
    ];
    for (i, (name, email)) in people.iter().enumerate() {
        csv += &format!("{name},{email},EMP-{:06}\n", 100_000 + i);
    }
    std::fs::write(dir.join("data/staff.csv"), csv).unwrap();
    std::fs::write(
        dir.join("data/notes.txt"),
        "EMP-200001 lent badge BDG10001 to EMP-200002\nBDG10002 lost; EMP-200001 again\n",
    )
    .unwrap();
    [("data/notes.txt".into(), 3, 2), ("data/staff.csv".into(), 3, 0)]
}

fn scan(dir: &Path, extra: &[&str]) -> Value {
    let mut args = vec!["--no-config", "--patterns", "pat"];
    args.extend_from_slice(extra);
    args.push("data");
    json_in(dir, &args)
}

#[test]
fn custom_categories_are_reported_beside_the_contracts() {
    let dir = tempfile::tempdir().unwrap();
    let truth = dataset(dir.path());
    let r = scan(dir.path(), &[]);
    // The contract's lists hold contract ids only: its checker passes.
    let report = dir.path().join("r.json");
    std::fs::write(&report, r.to_string()).unwrap();
    super::contract::check(&report);
    let ids = |v: &Value| -> Vec<String> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|c| c["category"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(ids(&r["categories"]).iter().all(|c| !c.starts_with("custom:")));
    assert!(ids(&r["categories"]).contains(&"email".to_string()));
    let custom = &r["custom"];
    assert_eq!(ids(&custom["categories"]), ["custom:badge", "custom:employee_id"]);
    let total = |id: &str| {
        custom["categories"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["category"] == id)
            .unwrap()["matches"]
            .as_u64()
    };
    assert_eq!(total("custom:employee_id"), Some(truth.iter().map(|t| t.1).sum()));
    assert_eq!(total("custom:badge"), Some(truth.iter().map(|t| t.2).sum()));
    // Distinct: EMP-200001 twice in the notes.
    let emp = &custom["categories"][1];
    assert_eq!(emp["distinct"], 5);
    // Per file, and the CSV column that holds them.
    for (path, emp, badge) in &truth {
        let file = custom["files"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["path"] == path.as_str())
            .unwrap();
        assert_eq!(file["categories"]["custom:employee_id"].as_u64(), Some(*emp), "{path}");
        assert_eq!(
            file["categories"]["custom:badge"].as_u64().unwrap_or(0),
            *badge,
            "{path}"
        );
        let contract = r["files"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["path"] == path.as_str());
        assert!(contract.is_none_or(|f| f["categories"]
            .as_object()
            .unwrap()
            .keys()
            .all(|k| !k.starts_with("custom:"))));
    }
    let column = custom["fields"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"] == "data/staff.csv")
        .unwrap();
    assert_eq!(column["field"], "staff_no");
    assert_eq!(column["matches"], 3);
    // Masked like every value.
    assert!(!r.to_string().contains("EMP-100000") && !r.to_string().contains("BDG10001"));
    // The records say which data each staff row exposes together.
    let combos = &r["records"][0]["combinations"][0]["categories"];
    assert!(
        combos.as_array().unwrap().iter().any(|c| c == "custom:employee_id"),
        "{combos}"
    );

    // The human report and SARIF show them too.
    let human = run_in(
        dir.path(),
        &["--no-config", "--no-progress", "--patterns", "pat", "data"],
    );
    let text = String::from_utf8_lossy(&human.stdout);
    let row = text
        .lines()
        .find(|l| l.trim_start().starts_with("custom:employee_id"))
        .expect(&text);
    assert!(row.split_whitespace().nth(1) == Some("6"), "{row}");
    let sarif = run_in(
        dir.path(),
        &["--no-config", "--patterns", "pat", "--format", "sarif", "data"],
    );
    let sarif_text = String::from_utf8(sarif.stdout).unwrap();
    check_sarif(&sarif_text);
    let s: Value = serde_json::from_str(&sarif_text).unwrap();
    let rules = ids_of(&s["runs"][0]["tool"]["driver"]["rules"]);
    assert!(rules.contains(&"custom:employee_id".to_string()), "{rules:?}");
    // ndjson: a finding per value, with its category.
    let nd = run_in(
        dir.path(),
        &["--no-config", "--patterns", "pat", "--format", "ndjson", "data"],
    );
    let found = String::from_utf8_lossy(&nd.stdout)
        .lines()
        .filter(|l| l.contains("\"type\":\"finding\"") && l.contains("\"custom:badge\""))
        .count();
    assert_eq!(found, 2);
}

fn ids_of(rules: &Value) -> Vec<String> {
    rules
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn the_policy_fails_on_custom_categories_and_catches_a_misspelt_one() {
    let dir = tempfile::tempdir().unwrap();
    dataset(dir.path());
    let args = |fail: &'static str| {
        [
            "--no-config",
            "--no-progress",
            "--patterns",
            "pat",
            "--fail-on",
            fail,
            "data",
        ]
    };
    let o = run_in(dir.path(), &args("custom:badge"));
    assert_eq!(code(&o), 1, "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stderr).contains("custom:badge in data/notes.txt"));
    // `any` takes in the custom ones.
    let r = scan(dir.path(), &["--fail-on", "any"]);
    let v = r["policy"]["violations"].as_array().unwrap();
    assert!(
        v.iter().any(|c| c == "custom:employee_id") && v.iter().any(|c| c == "email"),
        "{v:?}"
    );
    // A name no detector defines is a mistake, not a pass.
    let o = run_in(dir.path(), &args("custom:employe_id"));
    assert_eq!(code(&o), 2);
    let e = String::from_utf8_lossy(&o.stderr);
    assert!(
        e.contains("custom:employe_id") && e.contains("did you mean custom:employee_id?"),
        "{e}"
    );
    // So is an invalid id in a pattern file.
    std::fs::write(
        dir.path().join("pat/bad.toml"),
        "[[detector]]\nid='x'\ncategory='custom:Employee'\nregex='x'\nconfidence=0.9\n",
    )
    .unwrap();
    let o = run_in(dir.path(), &["--no-config", "--patterns", "pat", "data"]);
    assert_eq!(code(&o), 2);
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("custom:Employee"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn shards_merge_exactly_whatever_order_each_process_named_them_in() {
    let dir = tempfile::tempdir().unwrap();
    dataset(dir.path());
    let one = scan(dir.path(), &["--fail-on", "custom:badge"]);
    let mut parts = Vec::new();
    for k in 0..2 {
        let part = dir.path().join(format!("p{k}.part"));
        let shard = format!("{k}/2");
        let o = run_in(
            dir.path(),
            &[
                "--no-config",
                "--no-progress",
                "--patterns",
                "pat",
                "--shard",
                &shard,
                "--format",
                "part",
                "-o",
                part.to_str().unwrap(),
                "data",
            ],
        );
        assert_eq!(code(&o), 0, "{}", String::from_utf8_lossy(&o.stderr));
        parts.push(part.to_string_lossy().into_owned());
    }
    // The shards numbered employee_id first (their patterns' order); this
    // merge names badge first (its --fail-on, parsed before any part).
    let mut args = vec!["merge", "--no-config", "--fail-on", "custom:badge", "--format", "json"];
    args.extend(parts.iter().map(String::as_str));
    let o = run_in(dir.path(), &args);
    assert_eq!(code(&o), 1, "{}", String::from_utf8_lossy(&o.stderr));
    let merged: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(comparable(merged), comparable(one));
}
