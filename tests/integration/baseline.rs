//! Baselines: create → scan the unchanged tree → exit 0; add one new email
//! → exit 1 naming the file, field and the one new value; the baseline file
//! holds keyed hashes, never a value.

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
            {"path": "dump/users.csv", "category": "email", "count": 1},
            {"path": "dump/users.csv", "category": "ip_address", "count": 1}
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
