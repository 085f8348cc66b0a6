//! Data stores by URL (issue 18), against real servers: the ones
//! `tests/servers/*.sh` start (`.ci/run` starts them and sets
//! `PII_SCAN_TEST_POSTGRES`, `PII_SCAN_TEST_MARIADB` and `PII_SCAN_TEST_S3`). Without a server
//! these tests say that they did not run and why; with
//! `PII_SCAN_REQUIRE_SERVERS=1` (CI) that is a failure, never a silent pass.

mod mariadb;
mod postgres;
mod redacted_dumps;
mod s3;

pub const READER_PASSWORD: &str = "s3cret-Reader-pw";

/// The admin URL of the test server `env` names, or `None` (said on
/// stderr, with how to start one).
pub fn server(env: &str, start: &str, test: &str) -> Option<String> {
    match std::env::var(env) {
        Ok(url) if !url.is_empty() => Some(url),
        _ => {
            assert!(
                std::env::var("PII_SCAN_REQUIRE_SERVERS").as_deref() != Ok("1"),
                "{test}: PII_SCAN_REQUIRE_SERVERS=1 but {env} is not set"
            );
            // Straight to the terminal: the test harness hides what a
            // passing test prints with eprintln!.
            let _ = std::io::Write::write_all(
                &mut std::io::stderr(),
                format!("NOT RUN: stores::{test}: no server (start one with `export {env}=$({start})`)\n").as_bytes(),
            );
            None
        }
    }
}

/// The fields of `fixtures/users.csv` as a table `prefix.users` holds them:
/// (field, category, matches, distinct), field names prefixed.
pub fn users_csv_fields(prefix: &str) -> std::collections::BTreeSet<(String, String, u64, u64)> {
    use crate::util::*;
    let csv = json(&["--no-config", fixtures().join("users.csv").to_str().unwrap()]);
    let from_csv = fields_of(&csv, &fixtures().join("users.csv").to_string_lossy());
    assert!(!from_csv.is_empty());
    from_csv
        .into_iter()
        .map(|(f, c, m, d)| (format!("{prefix}.users.{f}"), c, m, d))
        .collect()
}

/// The report checked against the contract by `check-report.py`.
pub fn check_contract(path: &std::path::Path) {
    let check = std::process::Command::new("python3")
        .arg(crate::util::shared("tools/check-report.py"))
        .arg(path)
        .output()
        .unwrap();
    assert!(check.status.success(), "{}", String::from_utf8_lossy(&check.stdout));
}

/// No `category` anywhere in the report (a table the login may not read).
pub fn assert_no_category(r: &serde_json::Value, category: &str) {
    assert!(
        !r["categories"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["category"] == category),
        "nothing of the table it may not read: {category}"
    );
}

/// The human report and stderr of a scan of `url` name `field` and never
/// show the reader's password.
pub fn human_report_hides_the_password(url: &str, field: &str) {
    let o = crate::util::run(&["--no-progress", url]);
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(!all.contains(READER_PASSWORD) && all.contains(field), "{all}");
}
