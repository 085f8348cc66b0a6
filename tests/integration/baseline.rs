//! Baselines: create → scan the unchanged tree → exit 0; add one new email
//! → exit 1 naming the file, field and the one new value; the baseline file
//! holds keyed hashes (with a key) or counts (without), never a value; paths
//! are relative to the scanned root; the wording says what a baseline hid.

use crate::util::*;

fn tree() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("dump")).unwrap();
    std::fs::copy(fixtures().join("users.csv"), dir.path().join("dump/users.csv")).unwrap();
    std::fs::copy(fixtures().join("tickets.txt"), dir.path().join("dump/tickets.txt")).unwrap();
    dir
}

#[test]
fn baseline_round_trip() {
    let dir = tree();
    let o = run_in(
        dir.path(),
        &[
            "baseline",
            "create",
            "-o",
            ".pii-baseline.json",
            "--no-progress",
            "dump",
        ],
    );
    assert_eq!(code(&o), 0, "{}", String::from_utf8_lossy(&o.stderr));
    let text = std::fs::read_to_string(dir.path().join(".pii-baseline.json")).unwrap();
    // No value from the dump is in the baseline.
    let csv = std::fs::read_to_string(dir.path().join("dump/users.csv")).unwrap();
    for email in csv.lines().skip(1).filter_map(|l| l.split(',').nth(3)) {
        assert!(!text.contains(email), "{email} leaked into the baseline");
    }
    let scan = |extra: &[&str]| {
        let mut args = vec![
            "--format",
            "json",
            "--no-progress",
            "--fail-on",
            "email,payment_card",
            "--baseline",
            ".pii-baseline.json",
        ];
        args.extend_from_slice(extra);
        args.push("dump");
        let o = run_in(dir.path(), &args);
        (
            code(&o),
            serde_json::from_slice::<serde_json::Value>(&o.stdout).unwrap(),
            String::from_utf8_lossy(&o.stderr).into_owned(),
        )
    };
    let (status, report, err) = scan(&[]);
    assert_eq!(status, 0, "unchanged tree passes: {err}");
    assert_eq!(report["baseline"]["new_values"], serde_json::json!([]));
    assert_eq!(report["baseline"]["new_fields"], serde_json::json!([]));
    // Without the baseline the same tree fails.
    let o = run_in(dir.path(), &["--no-progress", "--fail-on", "email", "dump"]);
    assert_eq!(code(&o), 1);

    // Rows moved around do not churn; one new email fails, named.
    let mut lines: Vec<&str> = csv.lines().collect();
    lines[1..].reverse();
    let mut moved = lines.join("\n");
    moved += "\n999,Neu,Person,new.person@posteo.de,81.2.69.160,pro,(212) 555-0199,Berlin,2024-01-01 10:00:00\n";
    std::fs::write(dir.path().join("dump/users.csv"), moved).unwrap();
    let (status, report, err) = scan(&[]);
    assert_eq!(status, 1, "{err}");
    assert_eq!(
        report["baseline"]["new_values"],
        serde_json::json!([
            {"path": "users.csv", "category": "email", "count": 1},
            {"path": "users.csv", "category": "ip_address", "count": 1}
        ])
    );
    assert_eq!(report["policy"]["violations"], serde_json::json!(["email"]));
    assert!(
        err.contains("email in dump/users.csv field email: 197 matches, 1 new since the baseline"),
        "{err}"
    );
    assert!(
        !err.contains("tickets.txt"),
        "old findings elsewhere do not fail: {err}"
    );
}

#[test]
fn a_baseline_made_with_a_key_needs_it() {
    let dir = tree();
    let create = std::process::Command::new(bin())
        .args(["baseline", "create", "-o", "b.json", "--no-progress", "dump"])
        .current_dir(dir.path())
        .env("PII_SCAN_BASELINE_KEY", "ci-secret")
        .output()
        .unwrap();
    assert_eq!(create.status.code(), Some(0));
    let text = std::fs::read_to_string(dir.path().join("b.json")).unwrap();
    assert!(
        text.contains("\"key\": \"env\"") && !text.contains("salt"),
        "{text:.200}"
    );
    let o = run_in(dir.path(), &["--no-progress", "--baseline", "b.json", "dump"]);
    assert_eq!(code(&o), 2);
    assert!(String::from_utf8_lossy(&o.stderr).contains("PII_SCAN_BASELINE_KEY"));
    let with_key = std::process::Command::new(bin())
        .args(["--no-progress", "--fail-on", "any", "--baseline", "b.json", "dump"])
        .current_dir(dir.path())
        .env("PII_SCAN_BASELINE_KEY", "ci-secret")
        .output()
        .unwrap();
    assert_eq!(
        with_key.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&with_key.stderr)
    );
}

fn create(dir: &std::path::Path, root: &str, key: Option<&str>) -> String {
    let mut cmd = std::process::Command::new(bin());
    cmd.args(["baseline", "create", "-o", "b.json", "--no-progress", root])
        .current_dir(dir)
        .env_remove("PII_SCAN_BASELINE_KEY");
    if let Some(k) = key {
        cmd.env("PII_SCAN_BASELINE_KEY", k);
    }
    let o = cmd.output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn check(dir: &std::path::Path, root: &str, key: Option<&str>, format: &str) -> (i32, String) {
    let mut cmd = std::process::Command::new(bin());
    cmd.args([
        "--no-progress",
        "--format",
        format,
        "--fail-on",
        "email,password,payment_card",
        "--baseline",
    ])
    .arg(dir.join("b.json"))
    .arg(root)
    .current_dir(dir)
    .env_remove("PII_SCAN_BASELINE_KEY");
    if let Some(k) = key {
        cmd.env("PII_SCAN_BASELINE_KEY", k);
    }
    let o = cmd.output().unwrap();
    (
        o.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&o.stdout).into_owned(),
    )
}

#[test]
fn the_same_export_typed_another_way_or_moved_matches_its_baseline() {
    for key in [None, Some("ci-secret")] {
        let dir = tree();
        create(dir.path(), "dump", key);
        let abs = dir.path().join("dump").display().to_string();
        for root in ["dump", "./dump/", abs.as_str()] {
            let (status, out) = check(dir.path(), root, key, "json");
            let r: serde_json::Value = serde_json::from_str(&out).unwrap();
            assert_eq!(status, 0, "{root} with key {key:?}: {:#}", r["baseline"]);
            assert_eq!(r["baseline"]["new_values"], serde_json::json!([]), "{root}");
            assert_eq!(r["baseline"]["new_fields"], serde_json::json!([]), "{root}");
        }
        std::fs::rename(dir.path().join("dump"), dir.path().join("moved")).unwrap();
        assert_eq!(check(dir.path(), "moved", key, "json").0, 0, "moved, key {key:?}");
    }
}

#[test]
fn without_a_key_the_baseline_holds_counts_not_reversible_hashes() {
    let dir = tree();
    let err = create(dir.path(), "dump", None);
    assert!(
        err.contains("distinct counts only") && err.contains("PII_SCAN_BASELINE_KEY"),
        "{err}"
    );
    let text = std::fs::read_to_string(dir.path().join("b.json")).unwrap();
    let b: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(b["key"], "none");
    assert!(b.get("salt").is_none() && !text.contains("hashes"), "{text:.300}");
    let email = b["values"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["path"] == "users.csv" && v["category"] == "email")
        .expect("an email entry for users.csv");
    let scan = json_in(dir.path(), &["dump"]);
    let field = scan["fields"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"] == "dump/users.csv" && f["field"] == "email")
        .expect("the email field of users.csv");
    assert_eq!(email["distinct"], field["distinct"]);
    // With a key: hashes, and nothing else to reverse them with.
    let dir = tree();
    create(dir.path(), "dump", Some("ci-secret"));
    let b: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("b.json")).unwrap()).unwrap();
    assert_eq!(b["key"], "env");
    assert!(b["values"][0]["hashes"][0].as_str().is_some_and(|h| h.len() == 16));
}

#[test]
fn a_pass_says_what_the_baseline_held_and_a_violation_names_only_what_is_new() {
    let dir = tree();
    create(dir.path(), "dump", None);
    let (status, human) = check(dir.path(), "dump", None, "human");
    assert_eq!(status, 0, "{human}");
    assert!(
        human.contains("Policy passed: email, payment_card found, all known in the baseline; none of password found"),
        "{human}"
    );
    let (_, md) = check(dir.path(), "dump", None, "markdown");
    assert!(
        md.contains("Passed: email, payment_card found, all known in the baseline; none of password found."),
        "{md}"
    );
    // One new email: the violation names email only, new since the baseline.
    let csv = dir.path().join("dump/users.csv");
    let mut text = std::fs::read_to_string(&csv).unwrap();
    text += "999,Neu,Person,new.person@posteo.de,81.2.69.160,pro,(212) 555-0199,Berlin,2024-01-01 10:00:00\n";
    std::fs::write(&csv, text).unwrap();
    let (status, human) = check(dir.path(), "dump", None, "human");
    assert_eq!(status, 1);
    assert!(
        human.contains("POLICY VIOLATION: found new since the baseline email (fail_on"),
        "{human}"
    );
    assert!(
        human.contains("payment_card found, all known in the baseline"),
        "{human}"
    );
    let (_, md) = check(dir.path(), "dump", None, "markdown");
    assert!(
        md.contains("**Violated**: found new since the baseline email (fail_on email, password, payment_card)."),
        "{md}"
    );
}
