//! `pii-scan redact`: CSV, NDJSON, an SQL dump and a log keep their
//! structure, a re-scan of the copy finds nothing that was redacted, hash
//! tokens join across files, and the refusal cases.

use crate::util::*;
use std::path::Path;

const SQL: &str = "CREATE TABLE users (id int, email varchar(99), phone varchar(30), last_ip varchar(45), card varchar(30));\n\
INSERT INTO users VALUES (1,'ana.lopez@gmail.com','+33 6 12 34 56 78','81.2.69.160','4556 7375 8689 9855'),(2,'o''brien@web.de','+44 20 7123 4567','2a02:1810::7',NULL);\n\
CREATE TABLE logins (user_id int, ip varchar(45), at varchar(30));\n\
INSERT INTO logins VALUES (1,'81.2.69.160','2024-01-02 10:00:00'),(2,'85.214.132.117','2024-01-03 11:00:00');\n";

const HASH: pii_scan::redact::Choices = pii_scan::redact::Choices {
    mode: pii_scan::redact::Mode::Hash,
    keep_hashed: false,
    redact_allowed: false,
};

fn src() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path().join("src");
    std::fs::create_dir_all(s.join("logs")).unwrap();
    for f in ["users.csv", "events.ndjson", "access.log"] {
        let to = if f.ends_with(".log") {
            s.join("logs").join(f)
        } else {
            s.join(f)
        };
        std::fs::copy(fixtures().join(f), to).unwrap();
    }
    std::fs::write(s.join("dump.sql"), SQL).unwrap();
    std::fs::copy(fixtures().join("containers/export.zip"), s.join("export.zip")).unwrap();
    dir
}

fn redact(dir: &Path, mode: &str) -> std::process::Output {
    let o = run_in(dir, &["redact", "src", "-o", "out", "--mode", mode]);
    assert_eq!(code(&o), 0, "{}", String::from_utf8_lossy(&o.stderr));
    o
}

fn tree(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut v: Vec<(String, Vec<u8>)> = ignore::WalkBuilder::new(dir)
        .standard_filters(false)
        .build()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_some_and(|t| t.is_file()))
        .map(|e| (e.path().display().to_string(), std::fs::read(e.path()).unwrap()))
        .collect();
    v.sort();
    v
}

#[test]
fn structure_is_kept_and_a_rescan_finds_nothing_redacted() {
    for mode in ["mask", "fake"] {
        let dir = src();
        let before = tree(&dir.path().join("src"));
        let o = redact(dir.path(), mode);
        assert_eq!(tree(&dir.path().join("src")), before, "the input is untouched");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(!err.contains("not copied"), "{err}");
        let out = dir.path().join("out");
        // The zip is copied, its CSV member redacted with its shape kept.
        let member = |p: &Path| {
            let mut zip = zip::ZipArchive::new(std::fs::File::open(p).unwrap()).unwrap();
            let mut text = String::new();
            std::io::Read::read_to_string(&mut zip.by_name("users.csv").unwrap(), &mut text).unwrap();
            text
        };
        let (was, now) = (
            member(&dir.path().join("src/export.zip")),
            member(&out.join("export.zip")),
        );
        let shape = |t: &str| -> Vec<usize> {
            csv::Reader::from_reader(t.as_bytes())
                .records()
                .map(|r| r.unwrap().len())
                .collect()
        };
        assert_eq!(shape(&now), shape(&was), "{mode}");
        let emails: Vec<&str> = was.split([',', '\n']).filter(|v| v.contains('@')).collect();
        assert!(
            !emails.is_empty() && emails.iter().all(|e| !now.contains(e)),
            "{mode}: {now}"
        );

        // CSV: same rows, same columns.
        let rows = |p: &Path| -> Vec<usize> {
            csv::Reader::from_path(p)
                .unwrap()
                .records()
                .map(|r| r.unwrap().len())
                .collect()
        };
        assert_eq!(
            rows(&out.join("users.csv")),
            rows(&dir.path().join("src/users.csv")),
            "{mode}"
        );
        // NDJSON: every line still a JSON document.
        let lines = std::fs::read_to_string(out.join("events.ndjson")).unwrap();
        assert_eq!(lines.lines().count(), 150);
        for l in lines.lines() {
            serde_json::from_str::<serde_json::Value>(l).unwrap_or_else(|e| panic!("{mode}: {e}: {l}"));
        }
        // SQL: the redacted dump still loads, with every row.
        let db = rusqlite::Connection::open_in_memory().unwrap();
        db.execute_batch(&std::fs::read_to_string(out.join("dump.sql")).unwrap())
            .unwrap();
        let n: i64 = db.query_row("SELECT count(*) FROM users", [], |r| r.get(0)).unwrap();
        assert_eq!(n, 2);
        // Log: as many lines, still read as the same log format.
        let log = std::fs::read_to_string(out.join("logs/access.log")).unwrap();
        assert_eq!(log.lines().count(), 300);

        // The re-scan finds nothing: every value was replaced, and without
        // a person's identifier the records are no longer activity.
        let report = json_in(dir.path(), &["--no-config", "out"]);
        let left: Vec<&str> = report["categories"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["category"].as_str().unwrap())
            .collect();
        if mode == "fake" {
            // The fake card is the test card 4111 1111 1111 1111: a
            // placeholder for the detector, but a column named `card`
            // holding card-shaped values is still classified by its name.
            assert!(
                left.iter().all(|c| *c == "payment_card"),
                "{mode}: {}",
                report["categories"]
            );
            let distinct = report["categories"][0]["distinct"].as_u64();
            assert!(left.is_empty() || distinct == Some(1), "{}", report["categories"]);
        } else {
            assert!(left.is_empty(), "{mode}: {}", report["categories"]);
        }
        // The log still parses line by line in its format, same fields.
        let fields = |p: &Path| {
            let hay = std::fs::read(p).unwrap();
            let mut parser = pii_scan::parse::parser_for(pii_scan::sniff::Format::Log, &hay).unwrap();
            let (values, records, _) = pii_scan::parse::collect(&mut *parser, &hay);
            let names: std::collections::BTreeSet<String> = values.into_iter().map(|(f, _)| f).collect();
            (records, names)
        };
        let (records, names) = fields(&out.join("logs/access.log"));
        assert_eq!(records, 300, "{mode}");
        assert_eq!(names, fields(&dir.path().join("src/logs/access.log")).1, "{mode}");
    }
}

#[test]
fn hash_tokens_are_keyed_and_join_across_files() {
    let dir = src();
    std::fs::write(dir.path().join("src/other.csv"), "contact\nAna.Lopez@gmail.com\n").unwrap();
    let run = |key: &str, out: &str| {
        let o = std::process::Command::new(bin())
            .args(["redact", "src", "-o", out, "--mode", "hash"])
            .current_dir(dir.path())
            .env("PII_SCAN_REDACT_KEY", key)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(0));
    };
    run("k1", "a");
    run("k1", "b");
    run("k2", "c");
    let sql = |d: &str| std::fs::read_to_string(dir.path().join(d).join("dump.sql")).unwrap();
    let other = std::fs::read_to_string(dir.path().join("a/other.csv")).unwrap();
    let token = other.lines().nth(1).unwrap();
    assert!(token.starts_with("email_"), "{token}");
    assert!(sql("a").contains(token), "the same email, another file, the same token");
    assert_eq!(sql("a"), sql("b"), "stable across runs with one key");
    assert!(!sql("c").contains(token), "another key, other tokens");
    assert!(!sql("a").contains("gmail"));
}

#[test]
fn refuses_to_overwrite_or_to_write_inside_its_input() {
    let dir = src();
    std::fs::create_dir(dir.path().join("exists")).unwrap();
    for (dst, why) in [("exists", "exists"), ("src/copy", "inside"), ("src", "exists")] {
        let o = run_in(dir.path(), &["redact", "src", "-o", dst]);
        assert_eq!(code(&o), 2, "{dst}");
        assert!(
            String::from_utf8_lossy(&o.stderr).contains(why),
            "{dst}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
    assert!(!dir.path().join("src/copy").exists());
    // A single file works too.
    let o = run_in(dir.path(), &["redact", "src/users.csv", "-o", "users.redacted.csv"]);
    assert_eq!(code(&o), 0);
    assert!(dir.path().join("users.redacted.csv").is_file());
}

/// The copy of a file large enough to be memory-mapped and cut into windows
/// (16 MiB and more) is the same, byte for byte, whatever the read path
/// (mapped or read whole), the window size or the number of threads; and a
/// copy of a small file equals that file's part of the large copy (the same
/// rows, the same replacements), so windows change nothing.
#[test]
fn a_large_copy_is_the_same_by_every_read_path_chunk_size_and_thread_count() {
    use pii_scan::read::MmapMode;
    use pii_scan::redact::run;
    use pii_scan::scan::ScanOptions;
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("src");
    std::fs::create_dir(&src).unwrap();
    // Rows from the fixture, repeated past the mapping threshold; the JSON
    // lines get a long single line in between (no separator near a cut).
    let users = std::fs::read_to_string(fixtures().join("users.csv")).unwrap();
    let (header, rows) = users.split_once('\n').unwrap();
    let mut big = String::from(header);
    big.push('\n');
    while big.len() < 17 << 20 {
        big.push_str(rows);
    }
    std::fs::write(src.join("users.csv"), &big).unwrap();
    let events = std::fs::read_to_string(fixtures().join("events.ndjson")).unwrap();
    let mut nd = String::new();
    while nd.len() < 17 << 20 {
        nd.push_str(&events);
        nd.push_str(&format!("{{\"note\":\"{}\"}}\n", "x".repeat(300_000)));
    }
    std::fs::write(src.join("events.ndjson"), &nd).unwrap();
    let engine = pii_scan::detect::Engine::new(&pii_scan::patterns::load(&[]).unwrap()).unwrap();
    let copy = |name: &str, mmap: MmapMode, chunk: usize, threads: usize| {
        let mut opts = ScanOptions {
            mmap,
            chunk_size: chunk,
            ..ScanOptions::default()
        };
        opts.walk.threads = threads;
        let out = dir.path().join(name);
        let s = run(&engine, &opts, &src, &out, HASH, b"key").unwrap();
        assert_eq!(s.files, 2);
        assert!(s.replaced > 10_000, "{}", s.replaced);
        (
            std::fs::read(out.join("users.csv")).unwrap(),
            std::fs::read(out.join("events.ndjson")).unwrap(),
            s.replaced,
        )
    };
    let reference = copy("read", MmapMode::Never, 4 << 20, 1);
    for (name, mmap, chunk, threads) in [
        ("mapped", MmapMode::Auto, 4 << 20, 2),
        ("small-windows", MmapMode::Auto, 64 << 10, 2),
        ("one-thread", MmapMode::Auto, 1 << 20, 1),
    ] {
        let got = copy(name, mmap, chunk, threads);
        assert!(got.0 == reference.0, "{name}: users.csv differs");
        assert!(got.1 == reference.1, "{name}: events.ndjson differs");
        assert_eq!(got.2, reference.2, "{name}");
    }
    // The fixture redacted alone gives the same rows as the large copy's.
    std::fs::create_dir(dir.path().join("one")).unwrap();
    std::fs::write(dir.path().join("one/users.csv"), &users).unwrap();
    let mut opts = ScanOptions::default();
    opts.walk.threads = 1;
    run(
        &engine,
        &opts,
        &dir.path().join("one"),
        &dir.path().join("one-out"),
        HASH,
        b"key",
    )
    .unwrap();
    let small = std::fs::read_to_string(dir.path().join("one-out/users.csv")).unwrap();
    let large = String::from_utf8(reference.0).unwrap();
    assert!(
        large.starts_with(&small),
        "the first rows of the large copy are the small copy"
    );
    assert!(!large.contains("@gmail.com"));
}

/// Issue 17: in every mode, the copy of the whole sample passes
/// `--fail-on any`; hash-mode tokens are counted as redacted, not as data.
#[test]
fn every_mode_gives_a_copy_that_passes_fail_on_any() {
    for mode in ["mask", "hash", "fake"] {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("copy");
        let o = run(&[
            "redact",
            fixtures().to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "--mode",
            mode,
        ]);
        // What cannot be rewritten is listed, and the exit status says the
        // copy is incomplete.
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(code(&o), 1, "{mode}: {err}");
        let listed: Vec<&str> = err
            .lines()
            .filter_map(|l| l.split("not copied: ").nth(1))
            .map(|l| l.split(": ").next().unwrap())
            .map(|p| p.rsplit("fixtures/").next().unwrap())
            .collect();
        assert_eq!(
            listed,
            [
                "blobs/session.bin",
                "containers/broken/corrupt.zip!second.csv",
                "containers/broken/encrypted.zip!secret.csv",
                "containers/broken/truncated.csv.gz",
                "containers/members.ods",
                "containers/orders.parquet",
                "photos/IMG_2043.heic",
                "photos/scan.tiff",
            ],
            "{mode}: {err}"
        );
        let o = run(&["--no-progress", "--fail-on", "any", out.to_str().unwrap()]);
        assert_eq!(
            code(&o),
            0,
            "{mode}: {}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        );
        let r = json(&[out.to_str().unwrap()]);
        assert_eq!(r["categories"], serde_json::json!([]), "{mode}");
        assert_eq!(r["fields"], serde_json::json!([]), "{mode}");
        let redacted = r["redacted"].as_u64().unwrap();
        // Tokens, stand-ins, and in every mode the dates written as
        // 1970-01-01 (a time's stand-in).
        assert!(redacted > 0, "{mode}: {redacted} tokens or stand-ins");
        if mode == "fake" {
            // Stand-ins a test system can use: the columns keep their kind.
            let mut rows = csv::Reader::from_path(out.join("users.csv")).unwrap();
            let h = rows.headers().unwrap().clone();
            let col = |name: &str| h.iter().position(|c| c == name).unwrap();
            let (first, phone, city, email) = (col("first_name"), col("phone"), col("city"), col("email"));
            for row in rows.records() {
                let row = row.unwrap();
                assert!(row[first].ends_with(" Example"), "{:?}", &row);
                assert!(row[phone].starts_with("(202) 555-01"), "{:?}", &row);
                assert_eq!(&row[city], "Example City");
                assert!(row[email].ends_with("@example.com"), "{:?}", &row);
            }
        }
    }
}

/// Issue 17: a `.csv.gz` comes out a `.csv.gz` whose content is exactly the
/// redacted copy of the plain CSV.
#[test]
fn a_compressed_file_comes_out_compressed_the_same_way() {
    use std::io::{Read, Write};
    let dir = tempfile::tempdir().unwrap();
    let (plain, packed) = (dir.path().join("plain"), dir.path().join("packed"));
    std::fs::create_dir_all(&plain).unwrap();
    std::fs::create_dir_all(&packed).unwrap();
    let csv = std::fs::read(fixtures().join("users.csv")).unwrap();
    std::fs::write(plain.join("users.csv"), &csv).unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(&csv).unwrap();
    std::fs::write(packed.join("users.csv.gz"), gz.finish().unwrap()).unwrap();
    for mode in ["mask", "hash", "fake"] {
        let (a, b) = (
            dir.path().join(format!("a-{mode}")),
            dir.path().join(format!("b-{mode}")),
        );
        for (from, to) in [(&plain, &a), (&packed, &b)] {
            // One key for both runs, so hash tokens are the same.
            let o = std::process::Command::new(bin())
                .args([
                    "redact",
                    from.to_str().unwrap(),
                    "-o",
                    to.to_str().unwrap(),
                    "--mode",
                    mode,
                ])
                .env("PII_SCAN_REDACT_KEY", "test-key")
                .output()
                .unwrap();
            assert_eq!(code(&o), 0, "{mode}: {}", String::from_utf8_lossy(&o.stderr));
        }
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(std::fs::File::open(b.join("users.csv.gz")).unwrap())
            .read_to_end(&mut out)
            .unwrap();
        let want = std::fs::read(a.join("users.csv")).unwrap();
        assert!(out == want, "{mode}: the decompressed copy differs from the plain copy");
        assert_ne!(out, csv, "{mode}: something was replaced");
        let o = run(&["--no-progress", "--fail-on", "any", b.to_str().unwrap()]);
        assert_eq!(code(&o), 0, "{mode}: {}", String::from_utf8_lossy(&o.stdout));
    }
}

/// Issue 17: outside the replaced values the copy is the input, byte for
/// byte: CRLF line endings, quoting (a quoted name with a comma, a doubled
/// quote), and every column that holds nothing personal.
#[test]
fn a_copy_is_byte_exact_outside_what_it_replaces() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("src");
    std::fs::create_dir_all(&src).unwrap();
    let mut text = String::from("id,full_name,email,note,amount\r\n");
    let (firsts, lasts) = (
        ["Ana", "Jonas", "Chloe", "Farid", "Grace", "Hiro"],
        ["Lopez", "Kim", "Martin", "Haddad", "Silva"],
    );
    for i in 0..60 {
        text += &format!(
            "{i},\"{}, {}\",ana.lopez{i}@gmail.com,\"said \"\"ok\"\", item {i}\",{}.50\r\n",
            lasts[i % 5],
            firsts[i % 6],
            10 + i
        );
    }
    std::fs::write(src.join("crm.csv"), &text).unwrap();
    for mode in ["mask", "hash", "fake"] {
        let out = dir.path().join(format!("out-{mode}"));
        let o = run(&[
            "redact",
            src.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "--mode",
            mode,
        ]);
        assert_eq!(code(&o), 0, "{}", String::from_utf8_lossy(&o.stderr));
        let copy = std::fs::read_to_string(out.join("crm.csv")).unwrap();
        assert_eq!(copy.matches("\r\n").count(), 61, "{mode}: line endings");
        assert!(!copy.replace("\r\n", "").contains('\n'), "{mode}: no bare LF");
        let (mut a, mut b) = (
            csv::Reader::from_reader(text.as_bytes()),
            csv::Reader::from_reader(copy.as_bytes()),
        );
        assert_eq!(a.headers().unwrap(), b.headers().unwrap());
        for (x, y) in a.records().zip(b.records()) {
            let (x, y) = (x.unwrap(), y.unwrap());
            assert_eq!(x.len(), y.len(), "{mode}: columns");
            for k in [0, 3, 4] {
                assert_eq!(x.get(k), y.get(k), "{mode}: column {k} is not personal and is kept");
            }
            assert_ne!(x.get(1), y.get(1), "{mode}: the name is replaced");
            assert_ne!(x.get(2), y.get(2), "{mode}: the email is replaced");
        }
        // Raw bytes too: each line's note field keeps its quoting.
        for line in copy.lines().skip(1) {
            assert!(line.contains(",\"said \"\"ok\"\", item "), "{mode}: {line}");
        }
    }
}

/// Issue 17: a column of hashed identifiers (SHA-256 of emails) is replaced
/// too, unless `--keep-hashed`.
#[test]
fn hashed_identifier_columns_are_replaced_unless_kept() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("src");
    std::fs::create_dir_all(&src).unwrap();
    std::fs::copy(fixtures().join("newsletter.csv"), src.join("newsletter.csv")).unwrap();
    let column = |p: &Path| -> Vec<String> {
        let mut r = csv::Reader::from_path(p).unwrap();
        let k = r.headers().unwrap().iter().position(|h| h == "email").unwrap();
        r.records().map(|x| x.unwrap()[k].to_string()).collect()
    };
    let original = column(&src.join("newsletter.csv"));
    assert!(
        original.iter().all(|v| v.len() == 64),
        "the fixture holds SHA-256 digests"
    );
    for (extra, kept) in [(None, false), (Some("--keep-hashed"), true)] {
        let out = dir.path().join(format!("out-{kept}"));
        let mut args = vec!["redact", "src", "-o", out.to_str().unwrap(), "--mode", "hash"];
        args.extend(extra);
        let o = run_in(dir.path(), &args);
        assert_eq!(code(&o), 0, "{}", String::from_utf8_lossy(&o.stderr));
        let copy = column(&out.join("newsletter.csv"));
        assert_eq!(copy.len(), original.len());
        if kept {
            assert_eq!(copy, original);
        } else {
            assert!(copy.iter().zip(&original).all(|(c, o)| c != o), "{:?}", &copy[..2]);
        }
    }
}

/// Issue 17: values the policy allows (the company's own domain) are kept.
#[test]
fn allowlisted_values_are_kept_as_they_are() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("src")).unwrap();
    std::fs::write(
        dir.path().join("src/u.csv"),
        "id,email,note\n1,ana.lopez@gmail.com,x\n2,qa@mycorp.de,y\n3,bob.kim@web.de,z\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("policy.toml"),
        "[allow]\nemail_domains = [\"mycorp.de\"]\n",
    )
    .unwrap();
    for mode in ["mask", "hash", "fake"] {
        let out = format!("out-{mode}");
        let o = run_in(
            dir.path(),
            &["redact", "src", "-o", &out, "--mode", mode, "--config", "policy.toml"],
        );
        assert_eq!(code(&o), 0, "{}", String::from_utf8_lossy(&o.stderr));
        let copy = std::fs::read_to_string(dir.path().join(&out).join("u.csv")).unwrap();
        assert!(copy.contains("\n2,qa@mycorp.de,y\n"), "{mode}: {copy}");
        assert!(
            !copy.contains("ana.lopez@gmail.com") && !copy.contains("bob.kim@web.de"),
            "{mode}: {copy}"
        );
    }
}

/// Issue 17: `--redact-allowed` replaces what the allowlist would keep.
#[test]
fn allowlisted_values_are_replaced_with_redact_allowed() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("src")).unwrap();
    std::fs::write(
        dir.path().join("src/u.csv"),
        "id,email\n1,ana.lopez@gmail.com\n2,qa@mycorp.de\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("policy.toml"),
        "[allow]\nemail_domains = [\"mycorp.de\"]\n",
    )
    .unwrap();
    let o = run_in(
        dir.path(),
        &[
            "redact",
            "src",
            "-o",
            "out",
            "--config",
            "policy.toml",
            "--redact-allowed",
        ],
    );
    assert_eq!(code(&o), 0, "{}", String::from_utf8_lossy(&o.stderr));
    let copy = std::fs::read_to_string(dir.path().join("out/u.csv")).unwrap();
    assert!(
        !copy.contains("qa@mycorp.de") && !copy.contains("ana.lopez@gmail.com"),
        "{copy}"
    );
    assert!(copy.starts_with("id,email\n1,"), "{copy}");
}

/// Issue 17: fake phones keep the number's country and written form, come
/// from a range reserved for fiction where the country has one, and the
/// copy passes `--fail-on any`.
#[test]
fn fake_phones_keep_their_country_and_written_form() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("src")).unwrap();
    let rows = [
        ("ana.lopez@gmail.com", "+33 6 12 34 56 78", "+33 6 99 00 00 "),
        ("bob.kim@web.de", "+44 7911 123456", "+44 7700 9000"),
        ("eva.berg@gmx.de", "+49 30 12345678", "+49 30 000000"),
        ("joe.doe@yahoo.com", "(503) 506-1367", "(202) 555-01"),
        ("kim.lee@naver.com", "+82 2 788 2666", "+82 2 000 00"),
        ("li.wei@qq.com", "01 42 68 53 00", "01 99 00 00 "),
    ];
    let mut csv = String::from("id,email,phone\n");
    for (i, (email, phone, _)) in rows.iter().enumerate() {
        csv.push_str(&format!("{i},{email},{phone}\n"));
    }
    std::fs::write(dir.path().join("src/people.csv"), &csv).unwrap();
    redact(dir.path(), "fake");
    let mut copy = csv::Reader::from_path(dir.path().join("out/people.csv")).unwrap();
    let got: Vec<String> = copy.records().map(|r| r.unwrap()[2].to_string()).collect();
    for ((_, real, want), got) in rows.iter().zip(&got) {
        assert!(got.starts_with(want), "{real} became {got}, wanted {want}..");
        assert_eq!(got.len(), real.len(), "{real} → {got}: the written form is kept");
    }
    let out = dir.path().join("out");
    let o = run(&["--no-progress", "--fail-on", "any", out.to_str().unwrap()]);
    assert_eq!(code(&o), 0, "{}", String::from_utf8_lossy(&o.stdout));
    let r = json(&[out.to_str().unwrap()]);
    assert_eq!(r["categories"], serde_json::json!([]));
}

/// Issue 17: UTF-16 (either byte order, with its mark) and Windows-1252
/// text is redacted and written back in its own encoding: the copy,
/// decoded, is the redacted copy of the same text in UTF-8. Text whose
/// encoding does not round-trip (an unpaired surrogate) is not copied.
#[test]
fn utf16_and_single_byte_text_is_redacted_in_its_encoding() {
    let text =
        "id,first_name,email,city\r\n1,Jürgen,jürgen.müller@web.de,Köln\r\n2,Zoë,zoe.lefevre@gmail.com,Besançon\r\n";
    let le: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let be: Vec<u8> = [0xFE, 0xFF]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
        .collect();
    let (latin, _, bad) = encoding_rs::WINDOWS_1252.encode(text);
    assert!(!bad);
    let mut broken = le.clone();
    broken.extend_from_slice(&0xD800u16.to_le_bytes());
    broken.extend_from_slice(&u16::from(b'\n').to_le_bytes());
    for mode in ["mask", "hash", "fake"] {
        let dir = tempfile::tempdir().unwrap();
        let src = dir.path().join("src");
        std::fs::create_dir_all(&src).unwrap();
        std::fs::write(src.join("utf8.csv"), text).unwrap();
        std::fs::write(src.join("le.csv"), &le).unwrap();
        std::fs::write(src.join("be.csv"), &be).unwrap();
        std::fs::write(src.join("latin.csv"), &latin).unwrap();
        std::fs::write(src.join("broken.csv"), &broken).unwrap();
        let o = std::process::Command::new(bin())
            .current_dir(dir.path())
            .args(["redact", "src", "-o", "out", "--mode", mode])
            .env("PII_SCAN_REDACT_KEY", "k")
            .output()
            .unwrap();
        assert_eq!(
            code(&o),
            1,
            "the copy lacks a file: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains("not copied: src/broken.csv"), "{err}");
        let out = dir.path().join("out");
        let want = std::fs::read_to_string(out.join("utf8.csv")).unwrap();
        assert!(!want.contains("müller") && !want.contains("Köln"), "{mode}: {want}");
        assert!(want.starts_with("id,first_name,email,city\r\n1,"), "{mode}: {want}");
        let le_copy = std::fs::read(out.join("le.csv")).unwrap();
        let be_copy = std::fs::read(out.join("be.csv")).unwrap();
        assert_eq!(&le_copy[..2], [0xFF, 0xFE], "{mode}: the mark is kept");
        assert_eq!(&be_copy[..2], [0xFE, 0xFF], "{mode}: the mark is kept");
        assert_eq!(
            encoding_rs::UTF_16LE.decode_with_bom_removal(&le_copy).0,
            want,
            "{mode}"
        );
        assert_eq!(
            encoding_rs::UTF_16BE.decode_with_bom_removal(&be_copy).0,
            want,
            "{mode}"
        );
        let latin_copy = std::fs::read(out.join("latin.csv")).unwrap();
        assert_eq!(
            encoding_rs::WINDOWS_1252.decode_without_bom_handling(&latin_copy).0,
            want,
            "{mode}"
        );
        let o = run(&["--no-progress", "--fail-on", "any", out.to_str().unwrap()]);
        assert_eq!(code(&o), 0, "{mode}: {}", String::from_utf8_lossy(&o.stdout));
    }
}

/// All or nothing: a copy that cannot be finished (here the file-size limit
/// stands in for a full disk: the write fails with EFBIG) leaves no DST and
/// nothing beside it that looks like a copy, and exits 2; a finished one
/// leaves only DST.
#[test]
fn an_unfinished_copy_is_removed_and_a_finished_one_renamed_into_place() {
    use std::os::unix::process::CommandExt;
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path().join("src");
    std::fs::create_dir_all(&s).unwrap();
    std::fs::write(s.join("small.csv"), "email\nana.lopez@gmail.com\n").unwrap();
    let mut big = String::from("id,email\n");
    for i in 0..4000 {
        big.push_str(&format!("{i},person{i}@example-mail.de\n"));
    }
    std::fs::write(s.join("zz_big.csv"), &big).unwrap();
    let mut cmd = std::process::Command::new(bin());
    cmd.current_dir(dir.path()).args(["redact", "src", "-o", "out"]);
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        cmd.pre_exec(|| {
            libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
            let lim = libc::rlimit {
                rlim_cur: 16 * 1024,
                rlim_max: 16 * 1024,
            };
            libc::setrlimit(libc::RLIMIT_FSIZE, &lim);
            Ok(())
        });
    }
    let o = run_cmd(cmd);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(code(&o), 2, "{err}");
    assert!(err.contains("cannot write"), "{err}");
    assert!(err.contains("out"), "the error names DST, not a staging path: {err}");
    let left: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(left, vec!["src".to_string()], "nothing but the source is left");

    let o = run_in(dir.path(), &["redact", "src", "-o", "out"]);
    assert_eq!(code(&o), 0, "{}", String::from_utf8_lossy(&o.stderr));
    let mut left: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(left, vec!["out".to_string(), "src".to_string()]);
    assert!(dir.path().join("out/zz_big.csv").is_file());
}

/// Unquoted numbers stay numbers, so a typed column still loads: a NOT NULL
/// latitude becomes its whole degree (which locates no one: a re-scan finds
/// no location), a phone stored as an integer a keyed number of the same
/// length; never NULL.
#[test]
fn unquoted_numbers_stay_numbers_and_whole_degrees_locate_no_one() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("src")).unwrap();
    std::fs::write(
        dir.path().join("src/dump.sql"),
        "CREATE TABLE uploads (id bigint NOT NULL, lat double precision NOT NULL, lon double precision NOT NULL, phone bigint NOT NULL);\n\
         INSERT INTO uploads VALUES (1,53.4808,-2.2426,447700900123),(2,51.5072,-0.1276,447700900456);\n",
    )
    .unwrap();
    redact(dir.path(), "mask");
    let copy = std::fs::read_to_string(dir.path().join("out/dump.sql")).unwrap();
    let row = copy.lines().find(|l| l.starts_with("INSERT")).unwrap();
    assert!(!row.contains("NULL"), "{row}");
    assert!(row.contains("(1,53,-2,"), "{row}");
    assert!(!row.contains("447700900123"), "{row}");
    let values: Vec<&str> = row.split(['(', ')', ',']).map(str::trim).collect();
    assert!(
        values
            .iter()
            .filter(|v| v.len() == 12)
            .all(|v| v.bytes().all(|b| b.is_ascii_digit())),
        "{row}"
    );
    let r = json_in(dir.path(), &["out"]);
    assert!(!categories(&r).contains_key("location"), "{:#}", r["categories"]);
}
