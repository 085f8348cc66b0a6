//! No output format copies a found value unless --show-values is given.

use crate::util::*;
use std::collections::BTreeSet;

fn raw_values() -> BTreeSet<String> {
    let o = run(&["--format", "ndjson", "--show-values", "fixtures"]);
    let text = String::from_utf8(o.stdout).unwrap();
    let values: BTreeSet<String> = text
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .filter(|v| v["type"] == "finding")
        .map(|v| v["value"].as_str().unwrap().to_string())
        .collect();
    assert!(values.len() > 1000, "the sample has many values");
    values
}

#[test]
fn no_raw_value_in_any_format_without_show_values() {
    let raw = raw_values();
    for format in ["human", "json", "ndjson", "sarif", "csv", "markdown"] {
        let o = run(&["--format", format, "--no-progress", "fixtures"]);
        let out = String::from_utf8(o.stdout).unwrap();
        // The JSON formats escape `/` never, but do escape nothing else here;
        // compare against both the plain and the JSON-escaped spelling.
        let leaked: Vec<&String> = raw
            .iter()
            .filter(|v| out.contains(v.as_str()) || out.contains(&serde_json::to_string(v).unwrap()[1..v.len() + 1]))
            .collect();
        assert!(
            leaked.is_empty(),
            "{format} leaks {} values, e.g. {:?}",
            leaked.len(),
            leaked.first()
        );
    }
}

#[test]
fn show_values_reveals_samples() {
    let report = json(&["--show-values", "fixtures/users.csv"]);
    let sample = report["categories"][0]["samples"][0].as_str().unwrap();
    assert!(!sample.contains('*'), "{sample}");
    assert_eq!(report["summary"]["values_masked"], false);
}

/// Street addresses and postal codes are masked like every other value; a
/// bare place name (a general location) is shown.
#[test]
fn addresses_and_postal_codes_are_masked() {
    let dir = tempfile::tempdir().unwrap();
    let mut csv = String::from("email,street,postcode,city\n");
    for i in 0..20 {
        csv += &format!("user{i}@mail-box.net,{} Rue de Rivoli,750{:02},Paris\n", i + 10, i);
    }
    std::fs::write(dir.path().join("addresses.csv"), csv).unwrap();
    let o = run_in(dir.path(), &["--format", "json", "--no-progress", "--no-config", "."]);
    let text = String::from_utf8(o.stdout).unwrap();
    assert!(text.contains("\"street\"") && text.contains("\"postcode\""), "{text}");
    assert!(!text.contains("Rivoli") && !text.contains("\"750"), "{text}");
    assert!(text.contains("Paris"));
}
