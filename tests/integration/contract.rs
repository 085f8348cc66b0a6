//! The JSON report keeps shared/spec/report-v1.md, checked by the contract's
//! own checker.

use crate::util::*;
use std::process::Command;

fn checker() -> std::path::PathBuf {
    let p = shared("tools/check-report.py");
    assert!(p.exists(), "the contract checker {} is missing", p.display());
    p
}

/// The copies in `tests/contract/` (for a clone without `../shared`) are
/// the shared originals, byte for byte.
#[test]
fn the_copies_match_shared() {
    for rel in ["tools/check-report.py", "spec/sarif-schema-2.1.0.json"] {
        let name = std::path::Path::new(rel).file_name().unwrap();
        let copy = std::fs::read(root().join("tests/contract").join(name)).unwrap();
        let original = root().join("../shared").join(rel);
        if original.exists() {
            assert!(
                std::fs::read(&original).unwrap() == copy,
                "tests/contract/{} differs from {}",
                name.to_string_lossy(),
                original.display()
            );
        }
    }
}

pub(crate) fn check(report_path: &std::path::Path) {
    let out = Command::new("python3")
        .arg(checker())
        .arg(report_path)
        .output()
        .expect("python3 runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stdout));
}

#[test]
fn fixtures_report_passes_the_contract_checker() {
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("report.json");
    let o = run(&["--format", "json", "-o", report.to_str().unwrap(), "fixtures"]);
    assert_eq!(code(&o), 0, "{}", String::from_utf8_lossy(&o.stderr));
    assert!(o.stdout.is_empty(), "with -o nothing goes to stdout");
    check(&report);
}

#[test]
fn report_with_skips_and_policy_passes_the_checker() {
    let dir = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink("missing", dir.path().join("dangling")).unwrap();
    std::fs::write(dir.path().join("a.txt"), "card 4556 7375 8689 9855\n").unwrap();
    let report = dir.path().join("out/report.json");
    std::fs::create_dir(dir.path().join("out")).unwrap();
    let o = run(&[
        "--format",
        "json",
        "--fail-on",
        "payment_card",
        "-o",
        report.to_str().unwrap(),
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(code(&o), 1);
    check(&report);
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&report).unwrap()).unwrap();
    assert_eq!(v["schema"], "pii-scan.report.v1");
    assert_eq!(v["summary"]["files_skipped"], 1);
    assert_eq!(v["policy"]["violations"][0], "payment_card");
    assert_eq!(
        v["fields"][0]["field"],
        serde_json::Value::Null,
        "free text has field null"
    );
}
