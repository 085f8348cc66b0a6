//! Against a real MariaDB server (`tests/servers/mariadb.sh`), by
//! `mysql://` URL: the same people as `fixtures/`, classified as the CSV
//! is; a session that cannot write; refused logins; samples drawn by
//! random primary-key values.

use super::{assert_no_category, check_contract, human_report_hides_the_password, users_csv_fields, READER_PASSWORD};
use crate::util::*;
use mysql::prelude::Queryable;
use mysql::{Conn, Opts};

fn server(test: &str) -> Option<String> {
    super::server("PII_SCAN_TEST_MARIADB", "tests/servers/mariadb.sh start /tmp/mdb", test)
}

/// A new database `name` and a login `name_r` (from 127.0.0.1) that may
/// read what the test grants it; returns an admin connection on the
/// database and the reader's URL.
fn database(admin: &str, name: &str) -> (Conn, String) {
    let mut c = Conn::new(Opts::from_url(admin).unwrap()).expect("the test server answers");
    let reader = format!("{name}_r");
    for sql in [
        format!("DROP DATABASE IF EXISTS {name}"),
        format!("CREATE DATABASE {name}"),
        format!("DROP USER IF EXISTS '{reader}'@'127.0.0.1'"),
        format!("CREATE USER '{reader}'@'127.0.0.1' IDENTIFIED BY '{READER_PASSWORD}'"),
        format!("USE {name}"),
    ] {
        c.query_drop(&sql).unwrap();
    }
    let (base, _) = admin.rsplit_once('/').unwrap();
    let authority = base.split_once('@').unwrap().1;
    (c, format!("mysql://{reader}:{READER_PASSWORD}@{authority}/{name}"))
}

fn grant(c: &mut Conn, what: &str, db: &str, table: &str) {
    c.query_drop(format!("GRANT {what} ON {db}.{table} TO '{db}_r'@'127.0.0.1'"))
        .unwrap();
}

/// `users` loaded from the fixture CSV (empty cells as NULL), with a
/// binary and a geometry column beside it.
fn load_users(c: &mut Conn) {
    c.query_drop(
        "CREATE TABLE users (id INT PRIMARY KEY, first_name VARCHAR(80), last_name VARCHAR(80),
                             email VARCHAR(120), signup_ip VARCHAR(45), plan VARCHAR(20), phone VARCHAR(40),
                             city VARCHAR(80), created_at DATETIME, avatar BLOB, home POINT)",
    )
    .unwrap();
    let mut csv = csv::Reader::from_path(fixtures().join("users.csv")).unwrap();
    let rows: Vec<Vec<Option<String>>> = csv
        .records()
        .map(|r| {
            r.unwrap()
                .iter()
                .map(|v| (!v.is_empty()).then(|| v.to_string()))
                .collect()
        })
        .collect();
    assert!(rows.iter().all(|r| r.len() == 9));
    c.exec_batch(
        "INSERT INTO users (id, first_name, last_name, email, signup_ip, plan, phone, city, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows.iter()
            .map(|r| mysql::Params::Positional(r.iter().map(|v| v.clone().into()).collect())),
    )
    .unwrap();
    c.query_drop("UPDATE users SET avatar = X'89504E47', home = POINT(2.35, 48.85) WHERE id % 7 = 0")
        .unwrap();
}

/// A table's columns are classified as the same data in a CSV file is:
/// every field of `fixtures/users.csv` has its row as
/// `db.users.<column>` with the same category, counts and distinct counts;
/// a JSON column goes through the detectors; binary and geometry columns
/// are listed in `skipped`; a table the login may not read gives nothing;
/// the password is in no output.
#[test]
fn a_table_is_classified_like_the_same_rows_in_a_csv() {
    let Some(admin) = server("a_table_is_classified_like_the_same_rows_in_a_csv") else {
        return;
    };
    let db = "pii_m_users";
    let (mut c, url) = database(&admin, db);
    load_users(&mut c);
    c.query_drop(
        "CREATE TABLE payroll (iban VARCHAR(40)); INSERT INTO payroll VALUES ('GB33BUKB20201555555555');
         CREATE TABLE notes (id INT, body JSON);
         INSERT INTO notes VALUES (1, '{\"contact\": \"ana.lopez@gmail.com\", \"seen_from\": \"81.2.69.160\"}');",
    )
    .unwrap();
    grant(&mut c, "SELECT", db, "users");
    grant(&mut c, "SELECT", db, "notes");
    c.query_drop("ANALYZE TABLE users, notes").unwrap();

    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("r.json");
    let o = run(&["--no-progress", "--format", "json", "-o", out.to_str().unwrap(), &url]);
    assert_eq!(code(&o), 0, "{}", String::from_utf8_lossy(&o.stderr));
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(!text.contains(READER_PASSWORD), "the password is masked");
    check_contract(&out);
    let r: serde_json::Value = serde_json::from_str(&text).unwrap();
    let masked = url.replace(READER_PASSWORD, "***");
    assert_eq!(r["summary"]["roots"], serde_json::json!([masked]));

    let table = format!("{masked}!{db}.users");
    assert_eq!(
        fields_of(&r, &table),
        users_csv_fields(db),
        "the table's fields are the CSV's"
    );
    let file = r["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"] == table.as_str())
        .unwrap();
    assert_eq!(file["format"], "mysql");
    let notes = fields_of(&r, &format!("{masked}!{db}.notes"));
    for (field, category) in [("body.contact", "email"), ("body.seen_from", "ip_address")] {
        let field = format!("{db}.notes.{field}");
        assert!(
            notes.iter().any(|(f, c, _, _)| *f == field && c == category),
            "a JSON column's key paths are fields: {field} {notes:?}"
        );
    }

    let skipped = skipped_all(&r);
    for (col, why) in [
        ("avatar", "binary column (blob): not read"),
        ("home", "geometry column (point): not read"),
    ] {
        assert!(
            skipped.contains(&(format!("{table}.{col}"), why.into())),
            "{col}: {skipped:?}"
        );
    }
    assert_no_category(&r, "bank_account");

    human_report_hides_the_password(&url, &format!("{db}.users.email"));
}

/// The session cannot write, even where the login may: an INSERT the
/// grant allows is refused through pii-scan's own connection, and the
/// server's statement time limit is set.
#[test]
fn the_connection_is_read_only() {
    let Some(admin) = server("the_connection_is_read_only") else {
        return;
    };
    let db = "pii_m_readonly";
    let (mut c, url) = database(&admin, db);
    c.query_drop("CREATE TABLE t (x INT)").unwrap();
    grant(&mut c, "SELECT, INSERT", db, "t");
    let target = pii_scan::store::Target::resolve(&url).unwrap().unwrap();
    let mut mine = pii_scan::store::mysql::connect(&target, &Default::default()).unwrap();
    let e = mine.query_drop(format!("INSERT INTO {db}.t VALUES (1)")).unwrap_err();
    assert!(pii_scan::store::mysql::reason(&e).contains("READ ONLY"), "{e}");
    let limit: f64 = mine.query_first("SELECT @@max_statement_time").unwrap().unwrap();
    assert_eq!(limit, 3600.0);
    let rows: u64 = c.query_first(format!("SELECT COUNT(*) FROM {db}.t")).unwrap().unwrap();
    assert_eq!(rows, 0);
}

/// A refused login ends the run (exit 2) naming the store by its masked URL.
#[test]
fn a_refused_login_exits_2_without_the_password() {
    let Some(admin) = server("a_refused_login_exits_2_without_the_password") else {
        return;
    };
    let (_c, url) = database(&admin, "pii_m_login");
    let wrong = url.replace(READER_PASSWORD, "not-the-password");
    let o = run(&["--no-progress", &wrong]);
    assert_eq!(code(&o), 2);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("Access denied") && err.contains("pii_m_login_r:***@") && !err.contains("not-the-password"),
        "{err}"
    );
}

/// `--sample` on a million-row table with an integer key draws exactly the
/// sample by random key values, the same for the same seed, and states the
/// bound; a table without one falls back to ORDER BY RAND(seed) and says so.
#[test]
fn a_sample_of_a_million_rows_draws_random_keys() {
    let Some(admin) = server("a_sample_of_a_million_rows_draws_random_keys") else {
        return;
    };
    let db = "pii_m_sample";
    let (mut c, url) = database(&admin, db);
    c.query_drop(
        "CREATE TABLE visits (id INT PRIMARY KEY, email VARCHAR(60), at DATETIME);
         INSERT INTO visits SELECT seq, CONCAT('user', seq, '@gmail.com'), NOW() FROM seq_1_to_1000000;
         CREATE TABLE loose (email VARCHAR(60));
         INSERT INTO loose SELECT CONCAT('guest', seq, '@web.de') FROM seq_1_to_5000;
         ANALYZE TABLE visits, loose;",
    )
    .unwrap();
    grant(&mut c, "SELECT", db, "visits");
    grant(&mut c, "SELECT", db, "loose");
    let masked = url.replace(READER_PASSWORD, "***");
    let sampled = |seed: &str| {
        let r = json(&["--sample", "1000", "--seed", seed, "--show-values", &url]);
        let notes = r["sampled"].as_array().unwrap().clone();
        assert_eq!(notes.len(), 2, "{notes:?}");
        (r, notes)
    };
    let (r, notes) = sampled("7");
    let note = |path: &str| notes.iter().find(|n| n["path"] == path).unwrap().clone();
    let visits = note(&format!("{masked}!{db}.visits"));
    assert_eq!(visits["method"], "key_seeks");
    assert_eq!(visits["row_random"], true);
    assert_eq!(visits["rows"], 1000);
    let email = fields_of(&r, &format!("{masked}!{db}.visits"))
        .into_iter()
        .find(|(f, _, _, _)| f == &format!("{db}.visits.email"))
        .unwrap();
    assert_eq!((email.2, email.3), (1000, 1000), "1,000 rows, never one twice");
    let bound = visits["not_found_bound_95"].as_f64().unwrap();
    assert!((bound - (1.0 - 0.05f64.powf(1.0 / 1000.0))).abs() < 1e-12);
    let loose = note(&format!("{masked}!{db}.loose"));
    assert_eq!(loose["method"], "random_order");
    assert_eq!(loose["rows"], 1000);

    let (again, _) = sampled("7");
    let (other, _) = sampled("8");
    let samples = |r: &serde_json::Value| {
        r["fields"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["field"] == format!("{db}.visits.email").as_str())
            .map(|f| f["samples"].clone())
    };
    assert_eq!(samples(&again), samples(&r), "the same seed draws the same rows");
    assert_ne!(samples(&other), samples(&r), "another seed draws others");

    let human = String::from_utf8_lossy(&run(&["--no-progress", "--sample", "1000", &url]).stdout).into_owned();
    assert!(
        human.contains("rows drawn at random (seed 0, by random primary-key values)")
            && human.contains("ordered by RAND(seed): every row was read"),
        "{human}"
    );
}
