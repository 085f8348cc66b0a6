//! The policy file: discovery, fail_on, each allowlist kind, disabled
//! categories, invalid files, and `pii-scan config check`.

use crate::util::*;
use std::path::Path;

/// A dump with known values, and a policy file beside it.
fn dump(policy: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().join("dump");
    std::fs::create_dir(&d).unwrap();
    std::fs::write(
        d.join("users.csv"),
        "email,last_ip\nana@gmail.com,10.1.2.3\nbob@corp.example,81.2.69.160\nqa+7@test.shop,10.9.9.9\n",
    )
    .unwrap();
    std::fs::write(
        d.join("notes.txt"),
        "refund card 4111 1111 1111 1111? no: 4556 7375 8689 9855 to lena@web.de\n",
    )
    .unwrap();
    std::fs::create_dir(d.join("samples")).unwrap();
    std::fs::write(d.join("samples/seed.txt"), "seed owner: seed@web.de\n").unwrap();
    std::fs::write(dir.path().join("pii-scan.toml"), policy).unwrap();
    dir
}

fn scan(dir: &Path, extra: &[&str]) -> (i32, serde_json::Value, String) {
    let mut args = vec!["--format", "json", "--no-progress"];
    args.extend_from_slice(extra);
    args.push("dump");
    let o = run_in(dir, &args);
    let report = serde_json::from_slice(&o.stdout).unwrap_or(serde_json::Value::Null);
    (code(&o), report, String::from_utf8_lossy(&o.stderr).into_owned())
}

fn count(report: &serde_json::Value, cat: &str) -> u64 {
    report["categories"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["category"] == cat)
        .map_or(0, |c| c["matches"].as_u64().unwrap())
}

fn allowed(report: &serde_json::Value, cat: &str) -> u64 {
    report["policy"]["allowed"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["category"] == cat)
        .map_or(0, |c| c["matches"].as_u64().unwrap())
}

#[test]
fn the_policy_file_in_a_parent_of_the_root_is_applied() {
    let dir = dump("fail_on = [\"payment_card\"]\n");
    // Scanning `dump/` finds ../pii-scan.toml.
    let (status, report, err) = scan(dir.path(), &[]);
    assert_eq!(status, 1, "{err}");
    assert!(report["policy"]["config"].as_str().unwrap().ends_with("pii-scan.toml"));
    assert_eq!(report["policy"]["violations"], serde_json::json!(["payment_card"]));
    assert_eq!(
        report["policy"]["violating_fields"],
        serde_json::json!([{"path": "dump/notes.txt", "field": null, "category": "payment_card", "matches": 1}])
    );
    assert!(
        err.contains("payment_card in dump/notes.txt (free text): 1 matches"),
        "{err}"
    );
    // --no-config ignores it; --fail-on on the command line wins over it.
    assert_eq!(scan(dir.path(), &["--no-config"]).0, 0);
    assert_eq!(scan(dir.path(), &["--fail-on", "password"]).0, 0);
}

#[test]
fn each_allowlist_kind() {
    let cases: [(&str, &str, u64); 5] = [
        ("values = [\"ANA@gmail.com\"]", "email", 1),
        ("value_regexes = ['qa\\+\\d+@test\\.shop']", "email", 1),
        ("email_domains = [\"web.de\"]", "email", 2),
        ("ip_ranges = [\"10.0.0.0/8\"]", "ip_address", 2),
        ("paths = [\"**/samples/**\"]", "email", 0),
    ];
    let (_, base, _) = scan(dump("").path(), &["--no-config"]);
    for (rule, cat, n) in cases {
        let dir = dump(&format!("[allow]\n{rule}\n"));
        let (status, report, err) = scan(dir.path(), &[]);
        assert_eq!(status, 0, "{rule}: {err}");
        assert_eq!(allowed(&report, cat), n, "{rule}");
        if rule.starts_with("paths") {
            assert_eq!(
                count(&report, "email"),
                count(&base, "email") - 1,
                "{rule}: the sample is not scanned"
            );
        } else {
            assert_eq!(count(&report, cat), count(&base, cat) - n, "{rule}");
        }
    }
}

#[test]
fn an_allowed_field_does_not_violate_but_is_still_reported() {
    let dir = dump("fail_on = [\"email\"]\n[allow]\nfields = [\"users.csv:email\"]\n");
    let (status, report, err) = scan(dir.path(), &[]);
    assert_eq!(status, 1, "the free-text emails still violate: {err}");
    let users: Vec<_> = report["fields"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["path"] == "dump/users.csv" && f["field"] == "email")
        .collect();
    assert_eq!(users.len(), 1);
    assert_eq!(users[0]["allowed"], true);
    let v = report["policy"]["violating_fields"].as_array().unwrap();
    assert!(v.iter().all(|f| f["path"] != "dump/users.csv"), "{v:?}");
    assert!(!v.is_empty());
}

#[test]
fn a_disabled_category_is_neither_reported_nor_claimed_absent() {
    let dir = dump("disable = [\"payment_card\", \"ip_address\"]\n");
    let (_, report, _) = scan(dir.path(), &[]);
    assert_eq!(count(&report, "payment_card"), 0);
    assert_eq!(count(&report, "ip_address"), 0);
    let not_found: Vec<&str> = report["not_found"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    assert!(!not_found.contains(&"payment_card"), "{not_found:?}");
    assert_eq!(
        report["policy"]["disabled"],
        serde_json::json!(["payment_card", "ip_address"])
    );
}

#[test]
fn an_invalid_policy_exits_2_with_the_line_and_a_suggestion() {
    let dir = dump("min_confidence = 0.6\n[allow]\nemail_domain = [\"x.org\"]\n");
    let (status, _, err) = scan(dir.path(), &[]);
    assert_eq!(status, 2);
    assert!(err.contains("pii-scan.toml:3: unknown field `email_domain`"), "{err}");
    assert!(err.contains("did you mean `email_domains`?"), "{err}");
    let o = run_in(dir.path(), &["config", "check"]);
    assert_eq!(code(&o), 2);
    let o = run_in(dir.path(), &["--config", "missing.toml", "dump"]);
    assert_eq!(code(&o), 2);
}

#[test]
fn config_check_prints_the_effective_policy() {
    let dir = dump("fail_on = [\"any\"]\nmin_confidence = 0.8\n[allow]\nip_ranges = [\"10.0.0.0/8\"]\n");
    let o = run_in(dir.path(), &["config", "check"]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(code(&o), 0, "{}", String::from_utf8_lossy(&o.stderr));
    assert!(out.contains("min_confidence:  0.8"), "{out}");
    assert!(out.contains("allow.ip_ranges:       10.0.0.0/8"), "{out}");
    assert!(out.contains("fail_on:         email, name,"), "{out}");
    assert!(out.trim_end().ends_with("ok"));
}
