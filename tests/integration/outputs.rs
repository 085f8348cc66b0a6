//! SARIF, CSV and Markdown outputs: SARIF validates against the official
//! 2.1.0 schema; CSV and Markdown match golden files (regenerate them with
//! `UPDATE_GOLDEN=1 cargo test --release outputs`, then review the diff).

use crate::util::*;

/// A small, fixed input: a CSV, a shadow file, a broken zip (a skip) and a
/// policy that fails on passwords.
const ARGS: &[&str] = &[
    "--no-progress",
    "--fail-on",
    "password",
    "fixtures/users.csv",
    "fixtures/etc",
    "fixtures/containers/broken/encrypted.zip",
];

fn render(format: &str) -> (i32, String) {
    let mut args = vec!["--format", format];
    args.extend_from_slice(ARGS);
    let o = run(&args);
    (code(&o), String::from_utf8(o.stdout).unwrap())
}

/// Fails the test unless `text` is valid SARIF 2.1.0 (the official schema).
pub(crate) fn check_sarif(text: &str) {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("report.sarif");
    std::fs::write(&doc, text).unwrap();
    let schema = shared("spec/sarif-schema-2.1.0.json");
    let check = std::process::Command::new("python3")
        .args([
            "-c",
            "import json,sys,jsonschema; s=json.load(open(sys.argv[1])); d=json.load(open(sys.argv[2])); \
             errs=list(jsonschema.Draft4Validator(s).iter_errors(d)); [print(e.message[:300], list(e.path)) for e in errs]; \
             sys.exit(1 if errs else 0)",
            schema.to_str().unwrap(),
            doc.to_str().unwrap(),
        ])
        .output()
        .expect("python3");
    assert!(
        check.status.success(),
        "SARIF invalid (needs python3 -m pip install jsonschema): {}{}",
        String::from_utf8_lossy(&check.stdout),
        String::from_utf8_lossy(&check.stderr)
    );
}

#[test]
fn sarif_validates_against_the_schema_and_has_a_result_per_field() {
    let (status, text) = render("sarif");
    assert_eq!(status, 1);
    check_sarif(&text);
    let sarif: serde_json::Value = serde_json::from_str(&text).unwrap();
    let mut args = vec!["--format", "json"];
    args.extend_from_slice(ARGS);
    let report: serde_json::Value = serde_json::from_slice(&run(&args).stdout).unwrap();
    let run0 = &sarif["runs"][0];
    let results = run0["results"].as_array().unwrap();
    assert_eq!(results.len(), report["fields"].as_array().unwrap().len());
    let shadow = results
        .iter()
        .find(|r| r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "shadow")
        .unwrap();
    // Artifact URIs are relative to the scanned root they were found under
    // (`fixtures/etc`, the second root), named in originalUriBaseIds.
    let loc = &shadow["locations"][0]["physicalLocation"]["artifactLocation"];
    assert_eq!(loc["uriBaseId"], "ROOT1");
    let base = run0["originalUriBaseIds"]["ROOT1"]["uri"].as_str().unwrap();
    assert!(
        base.starts_with("file:///") && base.ends_with("/fixtures/etc/"),
        "{base}"
    );
    let users = results
        .iter()
        .find(|r| r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "users.csv")
        .unwrap();
    assert_eq!(
        users["locations"][0]["physicalLocation"]["artifactLocation"]["uriBaseId"],
        "ROOT0"
    );
    let rule = &run0["tool"]["driver"]["rules"][0];
    assert!(rule["help"]["text"].as_str().is_some_and(|t| !t.is_empty()));
    assert!(rule["helpUri"].as_str().unwrap().starts_with("https://"));
    assert_eq!(shadow["ruleId"], "password");
    assert_eq!(shadow["level"], "error", "fail_on categories are errors");
    let email = results.iter().find(|r| r["ruleId"] == "email").unwrap();
    assert_eq!(email["locations"][0]["logicalLocations"][0]["name"], "email");
    let notes = run0["invocations"][0]["toolExecutionNotifications"].as_array().unwrap();
    assert_eq!(notes.len(), 1, "the encrypted member is a notification");
}

#[test]
fn sarif_results_have_their_first_line_and_members_nest_in_their_archives() {
    let dir = tempfile::tempdir().unwrap();
    let lines = [
        "hello",
        "nothing here",
        "login from 81.2.69.160",
        "ok",
        "mail ana.lima@posteo.de",
        "again 81.2.69.161",
    ];
    std::fs::write(dir.path().join("notes.txt"), lines.join("\n")).unwrap();
    let first = |needle: &str| lines.iter().position(|l| l.contains(needle)).unwrap() as u64 + 1;
    let backup = fixtures().join("containers/backup.tar");
    let o = run(&[
        "--no-config",
        "--format",
        "sarif",
        dir.path().to_str().unwrap(),
        backup.to_str().unwrap(),
    ]);
    let text = String::from_utf8(o.stdout).unwrap();
    check_sarif(&text);
    let sarif: serde_json::Value = serde_json::from_str(&text).unwrap();
    let run0 = &sarif["runs"][0];
    let results = run0["results"].as_array().unwrap();
    let of = |path_end: &str, rule: &str| {
        results
            .iter()
            .find(|r| r["ruleId"] == rule && r["properties"]["path"].as_str().unwrap().ends_with(path_end))
            .unwrap_or_else(|| panic!("no {rule} result for {path_end}"))
    };
    let start = |r: &serde_json::Value| r["locations"][0]["physicalLocation"]["region"]["startLine"].as_u64();
    assert_eq!(start(of("notes.txt", "ip_address")), Some(first("81.2.69.160")));
    assert_eq!(start(of("notes.txt", "email")), Some(first("ana.lima@")));
    // backup.tar!inner.zip!customers.csv: an artifact in an artifact in the root file.
    let artifacts = run0["artifacts"].as_array().unwrap();
    let customers = of("backup.tar!inner.zip!customers.csv", "email");
    let loc = &customers["locations"][0]["physicalLocation"]["artifactLocation"];
    let a = &artifacts[loc["index"].as_u64().unwrap() as usize];
    assert_eq!(a["location"]["uri"], "customers.csv");
    assert_eq!(loc["uri"], "customers.csv");
    let zip = &artifacts[a["parentIndex"].as_u64().unwrap() as usize];
    assert_eq!(zip["location"]["uri"], "inner.zip");
    let tar = &artifacts[zip["parentIndex"].as_u64().unwrap() as usize];
    assert_eq!(tar["location"]["uri"], "backup.tar");
    assert_eq!(tar["location"]["uriBaseId"], "ROOT1");
    assert!(tar.get("parentIndex").is_none());
}

fn golden(name: &str, got: &str) {
    let path = root().join("tests/golden").join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, got).unwrap();
    }
    let want = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        got == want,
        "{name} differs from its golden file (UPDATE_GOLDEN=1 to rewrite it):\n--- got\n{got}\n--- want\n{want}"
    );
}

#[test]
fn csv_matches_its_golden_file_and_parses_back() {
    let (status, text) = render("csv");
    assert_eq!(status, 1);
    golden("report.csv", &text);
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let width = r.headers().unwrap().len();
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert!(rows.len() >= 8);
    assert!(rows.iter().all(|row| row.len() == width));
}

#[test]
fn markdown_matches_its_golden_file() {
    let (status, text) = render("markdown");
    assert_eq!(status, 1);
    golden("report.md", &text);
}

/// `--generate` prints the man page and every shell's completions from the
/// clap definitions (ripgrep's convention), without scanning anything.
#[test]
fn man_page_and_completions_are_generated() {
    let text = |kind: &str| {
        let o = run(&["--generate", kind]);
        assert_eq!(code(&o), 0, "{kind}");
        String::from_utf8(o.stdout).unwrap()
    };
    let man = text("man");
    assert!(
        man.starts_with(".ie") || man.contains(".TH pii-scan"),
        "{}",
        &man[..200.min(man.len())]
    );
    assert!(
        man.contains("fail\\-on") && man.contains("Exit status"),
        "the options and the exit status are documented"
    );
    assert!(text("complete-bash").contains("complete -F _pii__scan"));
    assert!(text("complete-zsh").contains("#compdef pii-scan"));
    assert!(text("complete-fish").contains("complete -c pii-scan"));
    assert!(text("complete-powershell").contains("Register-ArgumentCompleter"));
    for shell in ["complete-bash", "complete-zsh", "complete-fish"] {
        assert!(
            text(shell).contains("min-confidence"),
            "{shell} completes the long options"
        );
    }
}

/// A stream consumer sees everything the JSON report has: after the
/// findings, one `field` line per field row (structure-derived categories
/// included), then notes, records, skips and the summary.
#[test]
fn ndjson_carries_every_field_row_of_the_json_report() {
    let o = run(&["--format", "ndjson", "--no-progress", "fixtures"]);
    let lines: Vec<serde_json::Value> = String::from_utf8(o.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let of = |t: &str| -> Vec<serde_json::Value> {
        lines
            .iter()
            .filter(|l| l["type"] == t)
            .map(|l| {
                let mut l = l.clone();
                l.as_object_mut().unwrap().remove("type");
                l
            })
            .collect()
    };
    let report = json(&["fixtures"]);
    assert_eq!(of("field"), *report["fields"].as_array().unwrap());
    assert_eq!(of("field_note"), *report["field_notes"].as_array().unwrap());
    assert_eq!(of("records"), *report["records"].as_array().unwrap());
    assert!(
        of("field").iter().any(|f| f["category"] == "name"),
        "structure-derived categories are there"
    );
    assert_eq!(lines.last().unwrap()["type"], "summary");
}

#[test]
fn the_header_line_counts_a_skipped_file_once() {
    let r = json(&["fixtures"]);
    let (skipped, errors) = (
        r["summary"]["files_skipped"].as_u64().unwrap(),
        r["summary"]["errors"].as_u64().unwrap(),
    );
    assert!(skipped > 0 && errors > 0, "the fixtures hold unreadable files");
    let o = run(&["--no-progress", "fixtures"]);
    let out = String::from_utf8_lossy(&o.stdout);
    let header = out.lines().next().unwrap();
    assert!(
        header.ends_with(&format!("; {skipped} skipped ({errors} unreadable)")),
        "{header}"
    );
    assert!(!header.contains("errors"), "{header}");
}

/// NDJSON findings are written once attributed, with the field they sit
/// in, named as the report names fields: so per file, field and category
/// the findings add up to the field row's matches.
#[test]
fn ndjson_findings_name_the_field_they_sit_in() {
    let o = run(&["--format", "ndjson", "--no-progress", "fixtures"]);
    let report = json(&["fixtures"]);
    let mut rows = std::collections::BTreeMap::new();
    for f in report["fields"].as_array().unwrap() {
        if let Some(field) = f["field"].as_str() {
            let key = (
                f["path"].as_str().unwrap().to_string(),
                field.to_string(),
                f["category"].as_str().unwrap().to_string(),
            );
            rows.insert(key, f["matches"].as_u64().unwrap());
        }
    }
    let mut found = std::collections::BTreeMap::new();
    let (mut free, mut csv_free) = (0, 0);
    for l in String::from_utf8(o.stdout).unwrap().lines() {
        let v: serde_json::Value = serde_json::from_str(l).unwrap();
        if v["type"] != "finding" {
            continue;
        }
        let path = v["path"].as_str().unwrap().to_string();
        match v["field"].as_str() {
            Some(field) => {
                let key = (path, field.to_string(), v["category"].as_str().unwrap().to_string());
                *found.entry(key).or_insert(0u64) += 1;
            }
            None => {
                free += 1;
                csv_free += u64::from(path.ends_with(".csv"));
            }
        }
    }
    assert_eq!(csv_free, 0, "every value of a CSV sits in a column");
    assert!(free > 0, "free text (tickets.txt) has findings without a field");
    assert!(
        found
            .keys()
            .any(|(p, f, _)| p.ends_with("dump.sql") && f == "users.email"),
        "SQL fields are table.column: {:?}",
        found
            .keys()
            .filter(|(p, _, _)| p.ends_with("dump.sql"))
            .collect::<Vec<_>>()
    );
    let mut agreed = 0;
    for (key, n) in &found {
        // Coordinates are counted as pairs in the report.
        if key.2 == "location" {
            continue;
        }
        if let Some(m) = rows.get(key) {
            assert_eq!(m, n, "{key:?}: the report's matches and the findings");
            agreed += 1;
        }
    }
    assert!(agreed >= 10, "{agreed} field rows checked against their findings");
}

/// A large CSV gets the same findings, fields included, mapped and cut
/// into parallel windows or streamed in batches.
#[test]
fn ndjson_fields_agree_between_chunked_and_streamed_scans() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read(fixtures().join("users.csv")).unwrap();
    let (header, body) = text.split_at(text.iter().position(|&b| b == b'\n').unwrap() + 1);
    let mut all = header.to_vec();
    while all.len() < (20 << 20) {
        all.extend_from_slice(body);
    }
    let path = dir.path().join("big.csv");
    std::fs::write(&path, &all).unwrap();
    let findings = |extra: &[&str]| -> Vec<(u64, u64, String)> {
        let mut a = vec!["--format", "ndjson", "--no-progress", "--chunk-size", "64K"];
        a.extend_from_slice(extra);
        a.push(path.to_str().unwrap());
        String::from_utf8(run(&a).stdout)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
            .filter(|v| v["type"] == "finding")
            .map(|v| {
                (
                    v["offset"].as_u64().unwrap(),
                    v["line"].as_u64().unwrap(),
                    v["field"].as_str().unwrap_or("(none)").to_string(),
                )
            })
            .collect()
    };
    let chunked = findings(&["-j2", "--mmap", "always"]);
    let streamed = findings(&["-j2", "--mmap", "never"]);
    assert!(chunked.len() > 100_000);
    assert!(
        chunked.iter().all(|(_, _, f)| f != "(none)"),
        "every value sits in a column"
    );
    assert_eq!(chunked, streamed);
}
