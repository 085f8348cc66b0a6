//! The public library API (`pii_scan::Scanner`) against the binary: the
//! same inputs give the same v1 document, whichever way in (paths, bytes, a
//! reader), and the typed report passes the contract checker.

use super::util::{fixtures, json};
use pii_scan::{Category, Scanner};
use serde_json::Value;

/// The contract's own checker, on a typed report.
fn check_contract(v: &Value) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.json");
    std::fs::write(&path, serde_json::to_vec(v).unwrap()).unwrap();
    super::contract::check(&path);
}

/// The parts of a report that depend on the run, not on the data.
fn without_run(mut v: Value) -> Value {
    let s = v["summary"].as_object_mut().unwrap();
    s.remove("duration_ms");
    s.remove("threads");
    v
}

#[test]
fn scanning_paths_gives_the_binarys_json_report() {
    let root = fixtures();
    let report = Scanner::builder()
        .threads(2)
        .build()
        .unwrap()
        .scan_paths([&root])
        .unwrap();
    let lib = serde_json::to_value(&report).unwrap();
    check_contract(&lib);
    let cli = json(&["--no-config", "-j", "2", root.to_str().unwrap()]);
    assert_eq!(without_run(lib), without_run(cli));
}

#[test]
fn bytes_and_a_reader_give_what_the_file_gives() {
    let path = fixtures().join("users.csv");
    let bytes = std::fs::read(&path).unwrap();
    let scanner = Scanner::builder().build().unwrap();
    let from_file = serde_json::to_value(scanner.scan_paths([&path]).unwrap()).unwrap();
    // A reader that hands out 7 bytes at a time: windows and records cut anywhere.
    struct Trickle<'a>(&'a [u8]);
    impl std::io::Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let n = buf.len().min(7).min(self.0.len());
            buf[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }
    let label = path.to_string_lossy().into_owned();
    for report in [
        scanner.scan_bytes(&label, &bytes),
        scanner.scan_reader(&label, Trickle(&bytes)),
    ] {
        let v = serde_json::to_value(&report).unwrap();
        check_contract(&v);
        for key in ["categories", "fields", "files", "records", "people", "not_found"] {
            assert_eq!(v[key], from_file[key], "{key}");
        }
    }
}

#[test]
fn a_read_error_is_listed_in_skipped_with_what_was_read_counted() {
    struct Broken(usize);
    impl std::io::Read for Broken {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            if self.0 == 0 {
                return Err(std::io::Error::other("device gone"));
            }
            self.0 -= 1;
            let line = b"ana@posteo.de\n";
            buf[..line.len()].copy_from_slice(line);
            Ok(line.len())
        }
    }
    let report = Scanner::builder().build().unwrap().scan_reader("mail.txt", Broken(3));
    assert_eq!(report.skipped.len(), 1, "{:?}", report.skipped);
    assert!(report.skipped[0].reason.contains("device gone"), "{:?}", report.skipped);
    assert_eq!(report.skipped[0].path, "mail.txt");
}

#[test]
fn the_builder_applies_policy_patterns_and_show_values() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("ids.toml"),
        r#"[[detector]]
id = "staff_badge"
category = "government_id"
regex = '\bBADGE-\d{6}\b'
confidence = 0.9
"#,
    )
    .unwrap();
    let text = b"badge BADGE-123456 issued to ana@posteo.de\n";
    let plain = Scanner::builder().build().unwrap().scan_bytes("notes.txt", text);
    assert!(!plain.found(Category::GovernmentId));
    let scanner = Scanner::builder()
        .patterns(dir.path())
        .fail_on([Category::GovernmentId])
        .show_values(true)
        .build()
        .unwrap();
    assert!(scanner
        .detectors()
        .any(|(id, c)| id == "staff_badge" && c == Category::GovernmentId));
    let r = scanner.scan_bytes("notes.txt", text);
    assert!(r.found(Category::GovernmentId));
    assert_eq!(r.policy.violations, [Category::GovernmentId]);
    assert!(!r.summary.values_masked);
    let gov = r
        .categories
        .iter()
        .find(|c| c.category == Category::GovernmentId)
        .unwrap();
    assert_eq!(gov.samples, ["BADGE-123456"]);

    // A policy file: its min_confidence hides the 0.9 detector.
    let elsewhere = tempfile::tempdir().unwrap();
    let policy = elsewhere.path().join("pii-scan.toml");
    std::fs::write(&policy, "min_confidence = 0.95\n").unwrap();
    let strict = Scanner::builder().patterns(dir.path()).config(&policy).build().unwrap();
    assert!(!strict.scan_bytes("notes.txt", text).found(Category::GovernmentId));

    // Errors name what is wrong.
    std::fs::write(dir.path().join("bad.toml"), "[[detector]]\nid = 'x'\n").unwrap();
    let e = Scanner::builder().patterns(dir.path()).build().err().unwrap();
    assert!(matches!(e, pii_scan::Error::Patterns(_)), "{e}");
    assert!(e.to_string().contains("bad.toml"), "{e}");
    let e = Scanner::builder()
        .build()
        .unwrap()
        .scan_paths(["/no/such/dir"])
        .unwrap_err();
    assert!(matches!(e, pii_scan::Error::Scan(_)), "{e}");
    assert!(e.to_string().contains("/no/such/dir"), "{e}");
}
