//! Against a real PostgreSQL server (`tests/servers/postgres.sh`).

use super::{assert_no_category, check_contract, human_report_hides_the_password, users_csv_fields, READER_PASSWORD};
use crate::util::*;
use postgres::{Client, NoTls};

fn server(test: &str) -> Option<String> {
    super::server(
        "PII_SCAN_TEST_POSTGRES",
        "tests/servers/postgres.sh start /tmp/pg",
        test,
    )
}

/// A new database `name` with a login `name_reader` that may read what
/// `setup` grants it; returns an admin client on it and the reader's URL.
fn database(admin: &str, name: &str) -> (Client, String) {
    let mut c = Client::connect(admin, NoTls).expect("the test server answers");
    let reader = format!("{name}_reader");
    // One statement at a time: DROP and CREATE DATABASE refuse to run in
    // the transaction a multi-statement batch is.
    for sql in [
        format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
        format!("CREATE DATABASE {name}"),
        format!("DROP ROLE IF EXISTS {reader}"),
        format!("CREATE ROLE {reader} LOGIN PASSWORD '{READER_PASSWORD}'"),
    ] {
        c.batch_execute(&sql).unwrap();
    }
    let (base, _) = admin.rsplit_once('/').unwrap();
    let db = Client::connect(&format!("{base}/{name}"), NoTls).unwrap();
    let authority = base.split_once('@').unwrap().1;
    (db, format!("postgres://{reader}:{READER_PASSWORD}@{authority}/{name}"))
}

/// `users` loaded from the fixture CSV, with a binary column beside it.
fn load_users(db: &mut Client, reader: &str) {
    db.batch_execute(
        "CREATE TABLE users (id int, first_name text, last_name text, email varchar(120), signup_ip inet,
                             plan text, phone text, city text, created_at timestamp, avatar bytea);",
    )
    .unwrap();
    let csv = std::fs::read(fixtures().join("users.csv")).unwrap();
    let mut w = db
        .copy_in(
            "COPY users (id, first_name, last_name, email, signup_ip, plan, phone, city, created_at) FROM STDIN (FORMAT csv, HEADER)",
        )
        .unwrap();
    std::io::Write::write_all(&mut w, &csv).unwrap();
    w.finish().unwrap();
    db.batch_execute(&format!("GRANT SELECT ON users TO {reader}; ANALYZE users;"))
        .unwrap();
}

fn reader_role(url: &str) -> String {
    url.split("://").nth(1).unwrap().split(':').next().unwrap().to_string()
}

/// A table's columns are classified as the same data in a CSV file is:
/// every field of `fixtures/users.csv` has its row as
/// `public.users.<column>` with the same category, counts and distinct
/// counts; the password is in no output; the binary column and a table
/// this login may not read are listed in `skipped`, and the scan goes on.
#[test]
fn a_table_is_classified_like_the_same_rows_in_a_csv() {
    let Some(admin) = server("a_table_is_classified_like_the_same_rows_in_a_csv") else {
        return;
    };
    let (mut db, url) = database(&admin, "pii_t_users");
    let reader = reader_role(&url);
    load_users(&mut db, &reader);
    db.batch_execute(
        "CREATE TABLE payroll (iban text); INSERT INTO payroll VALUES ('GB33BUKB20201555555555');
         CREATE SCHEMA app; CREATE TABLE app.notes (body text, prefs jsonb);
         INSERT INTO app.notes VALUES ('call ana.lopez@gmail.com about 81.2.69.160',
           '{\"contact\": {\"email\": \"bob.kim@web.de\"}, \"logins\": [{\"ip\": \"81.2.69.161\"}]}');",
    )
    .unwrap();
    db.batch_execute(&format!(
        "GRANT USAGE ON SCHEMA app TO {reader}; GRANT SELECT ON app.notes TO {reader};"
    ))
    .unwrap();

    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("r.json");
    let o = run(&["--no-progress", "--format", "json", "-o", out.to_str().unwrap(), &url]);
    assert_eq!(code(&o), 0, "{}", String::from_utf8_lossy(&o.stderr));
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(!text.contains(READER_PASSWORD), "the password is masked");
    let r: serde_json::Value = serde_json::from_str(&text).unwrap();
    check_contract(&out);
    let masked = url.replace(READER_PASSWORD, "***");
    assert_eq!(r["summary"]["roots"], serde_json::json!([masked]));

    let table = format!("{masked}!public.users");
    let from_db = fields_of(&r, &table);
    assert_eq!(from_db, users_csv_fields("public"), "the table's fields are the CSV's");
    let file = r["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"] == table.as_str())
        .unwrap();
    assert_eq!(file["format"], "postgres");
    let notes = fields_of(&r, &format!("{masked}!app.notes"));
    for (field, category) in [
        ("app.notes.body", "email"),
        ("app.notes.prefs.contact.email", "email"),
        ("app.notes.prefs.logins.ip", "ip_address"),
    ] {
        assert!(
            notes.iter().any(|(f, c, _, _)| f == field && c == category),
            "a jsonb column's key paths are fields: {field} {notes:?}"
        );
    }

    let skipped = skipped_all(&r);
    assert!(
        skipped.contains(&(format!("{table}.avatar"), "binary column (bytea): not read".into())),
        "{skipped:?}"
    );
    let denied = skipped
        .iter()
        .find(|(p, _)| p == &format!("{masked}!public.payroll"))
        .unwrap();
    assert!(denied.1.contains("permission denied"), "{denied:?}");
    assert_no_category(&r, "bank_account");

    // The human report and stderr never show the password either.
    human_report_hides_the_password(&url, "public.users.email");
}

/// The session cannot write: a write through pii-scan's own connection is
/// refused by the server.
#[test]
fn the_connection_is_read_only() {
    let Some(admin) = server("the_connection_is_read_only") else {
        return;
    };
    let (_db, url) = database(&admin, "pii_t_readonly");
    let target = pii_scan::store::Target::resolve(&url).unwrap().unwrap();
    let mut c = pii_scan::store::postgres::connect(&target, &Default::default()).unwrap();
    let e = c.batch_execute("CREATE TABLE t (x int)").unwrap_err();
    assert!(
        pii_scan::store::postgres::reason(&e).contains("read-only transaction"),
        "{e}"
    );
    let timeout: String = c.query_one("SHOW statement_timeout", &[]).unwrap().get(0);
    assert_eq!(timeout, "1h");
}

/// A refused login and an unreachable server end the run (exit 2) with a
/// message naming the store by its masked URL.
#[test]
fn a_refused_login_or_an_unreachable_server_exits_2_without_the_password() {
    // Nothing listens on port 1: no server needed.
    let o = run(&["--no-progress", "postgres://ana:hunter2-pw@127.0.0.1:1/shop", "."]);
    assert_eq!(code(&o), 2);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("postgres://ana:***@127.0.0.1:1/shop") && err.contains("cannot connect"),
        "{err}"
    );
    assert!(!err.contains("hunter2"), "{err}");
    let Some(admin) = server("a_refused_login_or_an_unreachable_server_exits_2_without_the_password") else {
        return;
    };
    let (_db, url) = database(&admin, "pii_t_login");
    let wrong = url.replace(READER_PASSWORD, "not-the-password");
    let o = run(&["--no-progress", &wrong]);
    assert_eq!(code(&o), 2);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("password authentication failed") && !err.contains("not-the-password"),
        "{err}"
    );
}

/// A table locked by a migration is given up after the statement timeout
/// and listed; the other tables are still scanned.
#[test]
fn a_statement_timeout_skips_the_table_and_the_scan_goes_on() {
    let Some(admin) = server("a_statement_timeout_skips_the_table_and_the_scan_goes_on") else {
        return;
    };
    let (mut db, url) = database(&admin, "pii_t_timeout");
    let reader = reader_role(&url);
    load_users(&mut db, &reader);
    db.batch_execute(&format!(
        "CREATE TABLE locked (email text); INSERT INTO locked VALUES ('bob.kim@web.de');
         GRANT SELECT ON locked TO {reader};"
    ))
    .unwrap();
    let (base, _) = admin.rsplit_once('/').unwrap();
    let mut migration = Client::connect(&format!("{base}/pii_t_timeout"), NoTls).unwrap();
    let mut tx = migration.transaction().unwrap();
    tx.batch_execute("LOCK TABLE locked IN ACCESS EXCLUSIVE MODE").unwrap();
    let r = json(&["--statement-timeout", "1", &url]);
    tx.rollback().unwrap();
    let masked = url.replace(READER_PASSWORD, "***");
    let skipped = skipped_all(&r);
    let locked = skipped.iter().find(|(p, _)| p == &format!("{masked}!public.locked"));
    assert!(
        locked.is_some_and(|(_, why)| why.contains("statement timeout") || why.contains("lock timeout")),
        "{skipped:?}"
    );
    assert!(!fields_of(&r, &format!("{masked}!public.users")).is_empty());
}

/// `--sample` on a table of a million rows: about the sample is read, row
/// by row at random, the same rows for the same seed, and the report states
/// the bound for what was not found ("under 0.030% of rows at 95%
/// confidence"); `--sample-fast` says it is a block sample and states none.
#[test]
fn a_sample_of_a_million_rows_states_its_bound() {
    let Some(admin) = server("a_sample_of_a_million_rows_states_its_bound") else {
        return;
    };
    let (mut db, url) = database(&admin, "pii_t_sample");
    let reader = reader_role(&url);
    db.batch_execute(&format!(
        "CREATE TABLE visits AS SELECT i AS id, 'user' || i || '@gmail.com' AS email, now() AS at
         FROM generate_series(1, 1000000) i;
         ANALYZE visits; GRANT SELECT ON visits TO {reader};"
    ))
    .unwrap();
    let masked = url.replace(READER_PASSWORD, "***");
    let table = format!("{masked}!public.visits");
    let sampled = |args: &[&str]| {
        let mut all = vec!["--sample", "10000"];
        all.extend_from_slice(args);
        all.push(&url);
        let r = json(&all);
        let notes = r["sampled"].as_array().unwrap().clone();
        assert_eq!(notes.len(), 1, "{notes:?}");
        (r, notes[0].clone())
    };
    let (r, note) = sampled(&["--seed", "7"]);
    assert_eq!(note["path"], table.as_str());
    assert_eq!(note["method"], "bernoulli");
    assert_eq!(note["row_random"], true);
    let rows = note["rows"].as_u64().unwrap();
    assert!((9_000..=11_000).contains(&rows), "{rows} rows for a sample of 10,000");
    let email = fields_of(&r, &table)
        .into_iter()
        .find(|(f, _, _, _)| f == "public.visits.email")
        .unwrap();
    assert_eq!(
        email.2, rows,
        "every sampled row's email, and no more: the run stayed within the sample"
    );
    let bound = note["not_found_bound_95"].as_f64().unwrap();
    assert!((bound - (1.0 - 0.05f64.powf(1.0 / rows as f64))).abs() < 1e-12);
    let not_found: Vec<&str> = note["not_found"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert!(
        not_found.contains(&"payment_card") && !not_found.contains(&"email"),
        "{not_found:?}"
    );
    let (_, again) = sampled(&["--seed", "7"]);
    assert_eq!(again["rows"], note["rows"], "the same seed draws the same rows");

    let mut args = vec!["--no-progress", "--sample", "10000", "--seed", "7"];
    args.push(&url);
    let human = String::from_utf8_lossy(&run(&args).stdout).into_owned();
    assert!(
        human.contains(&format!(
            "{} of ~1,000,000 rows drawn at random (seed 7)",
            thousands(rows)
        )) && human.contains("a category not found is in under 0.030% of rows at 95% confidence"),
        "{human}"
    );

    let (_, fast) = sampled(&["--sample-fast"]);
    assert_eq!(fast["method"], "system");
    assert_eq!(fast["row_random"], false);
    assert!(fast.get("not_found_bound_95").is_none() && fast["pages"].as_u64().unwrap() > 0);
}

fn thousands(n: u64) -> String {
    pii_scan::numbers::thousands(n)
}

/// TLS as libpq does it: `sslmode=require` encrypts (the server says so),
/// `verify-full` checks the chain and the host name against `sslrootcert`,
/// `verify-ca` the chain only, and a certificate no root vouches for is
/// refused with exit 2 naming the store.
#[test]
fn tls_is_used_and_checked_as_libpq_does() {
    let Some(admin) = server("tls_is_used_and_checked_as_libpq_does") else {
        return;
    };
    let mut c = Client::connect(&admin, NoTls).unwrap();
    let cert: String = c.query_one("SHOW ssl_cert_file", &[]).unwrap().get(0);
    let ssl: String = c.query_one("SHOW ssl", &[]).unwrap().get(0);
    assert_eq!(ssl, "on", "tests/servers/postgres.sh starts the server with TLS");
    let ca = std::path::Path::new(&cert).with_file_name("ca.crt");
    let ca = ca.to_str().unwrap();
    let (_db, url) = database(&admin, "pii_t_tls");
    let encrypted = |url: &str| -> Result<bool, String> {
        let target = pii_scan::store::Target::resolve(url).unwrap().unwrap();
        let mut c = pii_scan::store::postgres::connect(&target, &Default::default())?;
        Ok(
            c.query_one("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()", &[])
                .unwrap()
                .get(0),
        )
    };
    assert_eq!(encrypted(&format!("{url}?sslmode=disable")), Ok(false));
    assert_eq!(encrypted(&format!("{url}?sslmode=require")), Ok(true));
    assert_eq!(encrypted(&url), Ok(true), "prefer, the default, encrypts when offered");
    assert_eq!(
        encrypted(&format!("{url}?sslmode=verify-full&sslrootcert={ca}")),
        Ok(true)
    );
    let by_name = url.replace("127.0.0.1", "localhost");
    let e = encrypted(&format!("{by_name}?sslmode=verify-full&sslrootcert={ca}")).unwrap_err();
    assert!(e.contains("cannot connect") && e.contains("certificate"), "{e}");
    assert_eq!(
        encrypted(&format!("{by_name}?sslmode=verify-ca&sslrootcert={ca}")),
        Ok(true),
        "verify-ca does not check the name"
    );
    let wrong = format!("{url}?sslmode=verify-full&sslrootcert=system");
    let o = run(&["--no-progress", &wrong]);
    assert_eq!(code(&o), 2);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("cannot connect") && err.contains("UnknownIssuer") && !err.contains(READER_PASSWORD),
        "{err}"
    );
    let o = run(&["--no-progress", &format!("{url}?sslmode=verify-full&sslrootcert={ca}")]);
    assert_eq!(code(&o), 0, "{}", String::from_utf8_lossy(&o.stderr));
}
