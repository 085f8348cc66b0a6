//! Exit status per the contract: 0 done, 1 a --fail-on category found, 2 the
//! scan could not run.

use crate::util::*;

#[test]
fn zero_when_policy_holds_one_when_violated() {
    assert_eq!(code(&run(&["--no-progress", "fixtures/users.csv"])), 0);
    assert_eq!(
        code(&run(&[
            "--no-progress",
            "--fail-on",
            "password,payment_card",
            "fixtures/users.csv"
        ])),
        0
    );
    let o = run(&["--no-progress", "--fail-on", "password,payment_card", "fixtures"]);
    assert_eq!(code(&o), 1);
    assert!(String::from_utf8_lossy(&o.stderr).contains("policy violation: found password, payment_card"));
    assert_eq!(
        code(&run(&["--no-progress", "--fail-on", "any", "fixtures/users.csv"])),
        1
    );
}

#[test]
fn two_for_a_missing_root_a_bad_flag_or_a_bad_category() {
    let o = run(&["no/such/dir"]);
    assert_eq!(code(&o), 2);
    assert!(String::from_utf8_lossy(&o.stderr).contains("no/such/dir"));
    assert_eq!(code(&run(&["--no-such-flag"])), 2);
    let o = run(&["--fail-on", "credit_card", "fixtures"]);
    assert_eq!(code(&o), 2);
    assert!(String::from_utf8_lossy(&o.stderr).contains("unknown category"));
    assert_eq!(code(&run(&["--min-confidence", "1.5", "fixtures"])), 2);
}

/// Of several roots, a missing one is listed in `skipped`, named on stderr,
/// and the others are scanned; the exit status is 2 (as in ripgrep: the
/// scan did not cover what was asked), 1 if a policy category was found.
#[test]
fn a_missing_root_among_others_is_scanned_around_and_exits_2() {
    let o = run(&["--format", "json", "--no-progress", "fixtures/users.csv", "no/such/dir"]);
    assert_eq!(code(&o), 2);
    assert!(String::from_utf8_lossy(&o.stderr).contains("no/such/dir"));
    let report: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(
        skipped(&report, "no/such/dir"),
        Some("root not scanned: No such file or directory (os error 2)")
    );
    assert!(categories(&report).contains_key("email"));
    let o = run(&["--fail-on", "email", "fixtures/users.csv", "no/such/dir"]);
    assert_eq!(code(&o), 1);
    let o = run(&["no/such/dir", "no/other"]);
    assert_eq!(code(&o), 2);
    assert!(String::from_utf8_lossy(&o.stderr).contains("no/such/dir"));
}

/// Absence is only said of what was read: an empty directory gets no
/// "NOT found" line and a policy cannot pass on it.
#[test]
fn nothing_read_is_no_verdict_and_no_policy_pass() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().to_str().unwrap();
    let o = run(&["--no-progress", root]);
    assert_eq!(code(&o), 0);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("Nothing was read: no verdict"), "{out}");
    assert!(!out.contains("NOT found"), "{out}");
    let o = run(&["--no-progress", "--fail-on", "password", root]);
    assert_eq!(code(&o), 2);
    assert!(String::from_utf8_lossy(&o.stderr).contains("nothing was read"));
    assert!(!String::from_utf8_lossy(&o.stdout).contains("Policy passed"));
    let report = json(&[root]);
    assert_eq!(report["not_found"], serde_json::json!([]));
}

#[test]
fn two_for_an_invalid_user_pattern_naming_file_and_detector() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("mine.toml"),
        "[[detector]]\nid = \"order_id\"\ncategory = \"secret\"\nregex = '''ORD-\\d+'''\nconfidence = 0.9\n",
    )
    .unwrap();
    let o = run(&["--patterns", dir.path().to_str().unwrap(), "fixtures"]);
    assert_eq!(code(&o), 2);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("mine.toml") && err.contains("order_id") && err.contains("bounded"),
        "{err}"
    );
}

#[test]
fn a_user_pattern_is_used() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("mine.toml"),
        "[[detector]]\nid = \"employee_id\"\ncategory = \"government_id\"\nregex = '''\\bEMP-\\d{6}\\b'''\nconfidence = 0.9\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("hr.txt"), "EMP-123456 and EMP-654321, EMP-123456\n").unwrap();
    let report = json(&[
        "--patterns",
        dir.path().to_str().unwrap(),
        dir.path().join("hr.txt").to_str().unwrap(),
    ]);
    assert_eq!(categories(&report)["government_id"], (3, 2, 1));
}

#[test]
fn strict_makes_unreadable_files_an_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("ok.txt"), "hello").unwrap();
    let o = run(&["--strict", dir.path().to_str().unwrap()]);
    assert_eq!(code(&o), 0);
}

#[test]
fn list_detectors_names_every_builtin() {
    let o = run(&["--list-detectors"]);
    assert_eq!(code(&o), 0);
    let text = String::from_utf8(o.stdout).unwrap();
    for id in [
        "email",
        "ipv4",
        "ipv6",
        "payment_card",
        "us_ssn",
        "iban",
        "lat_lon",
        "mac_address",
        "jwt",
        "bcrypt_hash",
    ] {
        assert!(text.lines().any(|l| l.starts_with(id)), "{id}");
    }
}

#[test]
fn globs_include_and_exclude() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.csv"), "email\nana.lopez@gmail.com\n").unwrap();
    std::fs::write(dir.path().join("b.log"), "bob.smith@proton.me\n").unwrap();
    let d = dir.path().to_str().unwrap();
    let only_csv = json(&["-g", "*.csv", d]);
    assert_eq!(only_csv["summary"]["files_scanned"], 1);
    assert!(file_counts(&only_csv, "a.csv").is_some());
    let no_csv = json(&["-g", "!*.csv", d]);
    assert_eq!(no_csv["summary"]["files_scanned"], 1);
    assert!(file_counts(&no_csv, "b.log").is_some());
}

/// Patterns that are too large — as text (40,000 alternatives), or once
/// compiled (a thousand Unicode word characters) — are refused with exit 2,
/// naming the file and the detector.
#[test]
fn two_for_a_user_pattern_too_large() {
    let words: Vec<String> = (0..40_000).map(|i| format!("k{:011}", i * 7919)).collect();
    let cases = [
        (format!("(?:{})", words.join("|")), "limit is 8192"),
        ("(?u:\\w{1,1000})x".to_string(), "too large"),
    ];
    for (regex, why) in cases {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("huge.toml"),
            format!(
                "[[detector]]\nid = \"many_words\"\ncategory = \"secret\"\nregex = '''{regex}'''\nconfidence = 0.9\n"
            ),
        )
        .unwrap();
        let o = run(&["--patterns", dir.path().to_str().unwrap(), "fixtures"]);
        assert_eq!(code(&o), 2);
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(
            err.contains("huge.toml") && err.contains("many_words") && err.contains(why),
            "{err}"
        );
    }
}
