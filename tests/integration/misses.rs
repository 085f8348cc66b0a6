//! Personal data a scan must not miss (issue 14): formats recognised by
//! their content or conventional names, not only by their extension.

use crate::util::*;

/// The field rows of one file, without its path.
fn rows(report: &serde_json::Value, path: &str) -> Vec<(String, String, u64, u64)> {
    fields_of(report, path).into_iter().collect()
}

/// An access log named `access_log`, rotated (`access.log.1`) or with no
/// extension at all, a CSV and a TSV with none: each read with the fields
/// of its format, exactly as under its usual name.
#[test]
fn formats_are_sniffed_by_content_and_conventional_names() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let log = std::fs::read(fixtures().join("access.log")).unwrap();
    let csv = std::fs::read(fixtures().join("users.csv")).unwrap();
    for name in ["access.log", "access_log", "access.log.1", "requests-2024-10-10"] {
        std::fs::write(d.join(name), &log).unwrap();
    }
    std::fs::write(d.join("users.csv"), &csv).unwrap();
    std::fs::write(d.join("users-export"), &csv).unwrap();
    let report = json_in(d, &["--no-config", "."]);
    let reference = rows(&report, "./access.log");
    assert!(reference.len() >= 3, "{reference:?}");
    for name in ["access_log", "access.log.1", "requests-2024-10-10"] {
        assert_eq!(rows(&report, &format!("./{name}")), reference, "{name}");
    }
    let reference = rows(&report, "./users.csv");
    assert!(reference.len() >= 3, "{reference:?}");
    assert_eq!(rows(&report, "./users-export"), reference);
    let format_of = |p: &str| {
        report["files"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["path"] == p)
            .map(|f| f["format"].as_str().unwrap().to_string())
    };
    assert_eq!(format_of("./access_log").as_deref(), Some("log"));
    assert_eq!(format_of("./users-export").as_deref(), Some("csv"));
}
