//! Containers: compressed files, archives, databases, spreadsheets and
//! photos are scanned inside; broken ones end in `skipped` with a reason;
//! bombs stop at their budget; nothing is ever written to disk.

use crate::util::*;
use std::io::Write;
use std::path::Path;

fn zip_of(members: &[(&str, &[u8])]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, bytes) in members {
        w.start_file(*name, zip::write::SimpleFileOptions::default()).unwrap();
        w.write_all(bytes).unwrap();
    }
    w.finish().unwrap().into_inner()
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

#[test]
fn broken_containers_are_listed_with_reasons_and_readable_parts_kept() {
    let report = json(&["fixtures/containers/broken"]);
    let truth: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root().join("tests/ground-truth.json")).unwrap()).unwrap();
    let want = truth["skipped"].as_array().unwrap();
    let got = skipped_all(&report);
    assert_eq!(got.len(), want.len(), "{got:?}");
    for w in want {
        let path = format!("fixtures/{}", w["path"].as_str().unwrap());
        let start = w["reason_starts_with"].as_str().unwrap();
        let reason = skipped(&report, &path).unwrap_or_else(|| panic!("{path} not skipped: {got:?}"));
        assert!(
            reason.starts_with(start),
            "{path}: {reason:?} should start with {start:?}"
        );
    }
    // What was read before each problem is reported (ground truth has the
    // exact counts; here: the partial members are there at all).
    for member in [
        "bomb.zip!filler.txt",
        "corrupt.zip!first.csv",
        "corrupt.zip!second.csv",
        "truncated.csv.gz!",
    ] {
        assert!(file_counts(&report, member).is_some(), "{member} findings kept");
    }
    assert!(file_counts(&report, "encrypted.zip!secret.csv").is_none());
}

/// The same CSV reads the same whether on disk, gzip'd, zstd'd, in a zip or
/// in a tar.xz: same fields, categories, counts and distinct counts.
#[test]
fn a_member_reads_like_the_same_file_on_disk() {
    let dir = tempfile::tempdir().unwrap();
    let csv = std::fs::read(fixtures().join("users.csv")).unwrap();
    let put = |name: &str, bytes: &[u8]| std::fs::write(dir.path().join(name), bytes).unwrap();
    put("users.csv", &csv);
    // Two gzip members back to back (as `cat a.gz b.gz` makes): one stream.
    let half = csv.len() / 2;
    put("users.csv.gz", &[gzip(&csv[..half]), gzip(&csv[half..])].concat());
    put("users.csv.zst", &zstd::stream::encode_all(&csv[..], 1).unwrap());
    put("export.zip", &zip_of(&[("users.csv", &csv)]));
    let mut tar = tar::Builder::new(Vec::new());
    let mut h = tar::Header::new_ustar();
    h.set_size(csv.len() as u64);
    h.set_cksum();
    tar.append_data(&mut h, "in/users.csv", &csv[..]).unwrap();
    let mut xz = lzma_rust2::XzWriter::new(Vec::new(), lzma_rust2::XzOptions::default()).unwrap();
    xz.write_all(&tar.into_inner().unwrap()).unwrap();
    put("logs.tar.xz", &xz.finish().unwrap());

    let report = json_in(dir.path(), &["."]);
    let plain = fields_of(&report, "./users.csv");
    assert!(plain.len() >= 6, "{plain:?}");
    for member in [
        "./users.csv.gz!",
        "./users.csv.zst!",
        "./export.zip!users.csv",
        "./logs.tar.xz!in/users.csv",
    ] {
        assert_eq!(fields_of(&report, member), plain, "{member}");
        assert_eq!(
            file_counts(&report, member),
            file_counts(&report, "./users.csv"),
            "{member}"
        );
    }
    assert_eq!(report["skipped"].as_array().unwrap().len(), 0);
}

#[test]
fn a_bomb_stops_at_the_expanded_limit_and_keeps_what_it_read() {
    let report = json(&["--max-expanded", "10M", "fixtures/containers/broken/bomb.zip"]);
    let reason = skipped(&report, "bomb.zip!filler.txt").expect("the bomb is listed");
    assert_eq!(
        reason,
        "expanded past the limit of 10485760 bytes (--max-expanded); scanned up to the limit"
    );
    assert_eq!(file_counts(&report, "bomb.zip!filler.txt").unwrap()["email"], 1);
}

/// The memory bound: the bomb (100 MiB behind 130 KB) is scanned in
/// a 192 MiB address space, with the ratio limit off too (the whole 100 MiB
/// is then streamed through in windows).
#[test]
fn a_bomb_fits_in_a_hard_memory_limit() {
    for extra in [&[][..], &["--max-ratio", "1000000"][..]] {
        let mut args = extra.to_vec();
        args.push("fixtures/containers/broken/bomb.zip");
        let (status, report) = json_limited(&root(), 192 << 20, &args);
        assert_eq!(status, 0, "{extra:?}");
        assert_eq!(file_counts(&report, "bomb.zip!filler.txt").unwrap()["email"], 1);
        let bytes = report["summary"]["bytes_scanned"].as_u64().unwrap();
        let expected = if extra.is_empty() { 32 << 20 } else { 100 << 20 };
        assert!(bytes >= expected, "{extra:?}: {bytes} bytes scanned");
    }
}

#[test]
fn containers_nested_past_the_depth_limit_are_not_opened() {
    let report = json(&["--archive-depth", "1", "fixtures/containers/backup.tar"]);
    assert_eq!(
        skipped(&report, "backup.tar!inner.zip"),
        Some("container nested deeper than 1 levels (--archive-depth); not opened")
    );
    assert!(file_counts(&report, "inner.zip!customers.csv").is_none());
    let report = json(&["fixtures/containers/backup.tar"]);
    assert!(file_counts(&report, "backup.tar!inner.zip!customers.csv").is_some());
}

/// Member names with `../` or an absolute path are labels: nothing appears
/// on disk, wherever the name points.
#[test]
fn member_paths_are_only_labels() {
    let dir = tempfile::tempdir().unwrap();
    let scan = dir.path().join("scan");
    std::fs::create_dir(&scan).unwrap();
    let abs = dir.path().join("absolute.csv");
    let abs_name = abs.to_str().unwrap().to_string();
    let row = b"email\nlena.berg7@proton.me\n";
    std::fs::write(
        scan.join("evil.zip"),
        zip_of(&[("../../escape.csv", row), (&abs_name, row)]),
    )
    .unwrap();
    let report = json_in(&scan, &["."]);
    assert_eq!(file_counts(&report, "./evil.zip!../../escape.csv").unwrap()["email"], 1);
    assert_eq!(
        file_counts(&report, &format!("./evil.zip!{abs_name}")).unwrap()["email"],
        1
    );
    let mut left: Vec<_> = walk(dir.path());
    left.sort();
    assert_eq!(left, vec![scan.join("evil.zip")], "nothing was written");
    assert!(!Path::new("/escape.csv").exists());
}

fn walk(p: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(p).unwrap() {
        let e = e.unwrap();
        if e.file_type().unwrap().is_dir() {
            out.extend(walk(&e.path()));
        } else {
            out.push(e.path());
        }
    }
    out
}

fn users_db(path: &Path, wal: bool, rows: usize) -> rusqlite::Connection {
    let c = rusqlite::Connection::open(path).unwrap();
    if wal {
        c.pragma_update(None, "journal_mode", "wal").unwrap();
        c.pragma_update(None, "wal_autocheckpoint", 0).unwrap();
    }
    c.execute_batch("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT)")
        .unwrap();
    for i in 0..rows {
        c.execute(
            "INSERT INTO users (email) VALUES (?1)",
            [format!("member{i}@posteo.de")],
        )
        .unwrap();
    }
    c
}

/// A database in WAL mode whose rows are still only in the log, its writer
/// connection open: the scan reads them, and leaves the files untouched.
#[test]
fn sqlite_in_wal_mode_is_read_and_not_modified() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("app.db");
    let _writer = users_db(&db, true, 25);
    assert!(dir.path().join("app.db-wal").exists());
    let before = std::fs::read(&db).unwrap();
    let report = json_in(dir.path(), &["--glob", "*.db", "."]);
    assert_eq!(
        fields_of(&report, "./app.db"),
        [("users.email".to_string(), "email".to_string(), 25, 25)].into()
    );
    assert_eq!(std::fs::read(&db).unwrap(), before, "the database file is unchanged");
}

/// A database locked by a writer in the middle of a transaction: the
/// committed rows are read from the file as it is, and the report says so.
#[test]
fn a_locked_sqlite_database_is_read_as_it_is_on_disk() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("locked.sqlite");
    let writer = users_db(&db, false, 10);
    writer
        .execute_batch("BEGIN EXCLUSIVE; INSERT INTO users (email) VALUES ('pending@posteo.de');")
        .unwrap();
    let report = json_in(dir.path(), &["."]);
    assert_eq!(file_counts(&report, "./locked.sqlite").unwrap()["email"], 10);
    let reason = skipped(&report, "./locked.sqlite").expect("the lock is reported");
    assert!(reason.contains("immutable"), "{reason}");
    writer.execute_batch("ROLLBACK").unwrap();
}

#[test]
fn a_corrupt_database_is_skipped_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = std::fs::read(fixtures().join("containers/app.sqlite3")).unwrap();
    bytes.truncate(1024); // the header survives, the pages do not
    std::fs::write(dir.path().join("cut.sqlite3"), &bytes).unwrap();
    let report = json_in(dir.path(), &["."]);
    let reason = skipped(&report, "./cut.sqlite3").expect("listed");
    assert!(reason.contains("SQLite"), "{reason}");
}

/// Photos: only the EXIF block matters; a photo without one is scanned and
/// clean.
#[test]
fn photo_gps_and_artist_are_reported_as_location_and_name() {
    let report = json(&["fixtures/photos"]);
    for photo in ["IMG_2041.jpg", "screenshot.png", "scan.tiff", "IMG_2043.heic"] {
        let fields = fields_of(&report, &format!("fixtures/photos/{photo}"));
        let names: Vec<(&str, &str)> = fields.iter().map(|f| (f.0.as_str(), f.1.as_str())).collect();
        assert_eq!(names, [("exif.artist", "name"), ("exif.gps", "location")], "{photo}");
    }
    assert!(file_counts(&report, "IMG_2042.jpg").is_none());
    assert_eq!(report["summary"]["files_scanned"], 5);
    assert_eq!(report["skipped"].as_array().unwrap().len(), 0);
}

/// The offset of the GPS IFD's next-IFD pointer in a big-endian TIFF.
fn gps_next_ifd(tiff: &[u8]) -> usize {
    let u16_at = |i: usize| usize::from(u16::from_be_bytes([tiff[i], tiff[i + 1]]));
    let u32_at = |i: usize| u32::from_be_bytes(tiff[i..i + 4].try_into().unwrap()) as usize;
    assert_eq!(&tiff[..4], b"MM\0*", "the fixture is a big-endian TIFF");
    let ifd0 = u32_at(4);
    let gps = (0..u16_at(ifd0))
        .map(|k| ifd0 + 2 + 12 * k)
        .find(|&e| u16_at(e) == 0x8825)
        .map(|e| u32_at(e + 8))
        .expect("a GPS IFD pointer");
    gps + 2 + 12 * u16_at(gps)
}

/// A photo whose EXIF block breaks the standard the way some imaging
/// libraries write it (a GPS IFD with a next-IFD pointer: "Unexpected next
/// IFD") is still read: what it holds is reported, and it is not skipped.
#[test]
fn a_damaged_exif_block_is_read_tolerantly() {
    let dir = tempfile::tempdir().unwrap();
    let mut tiff = std::fs::read(fixtures().join("photos/scan.tiff")).unwrap();
    let at = gps_next_ifd(&tiff);
    tiff[at..at + 4].copy_from_slice(&8u32.to_be_bytes());
    std::fs::write(dir.path().join("damaged.tiff"), &tiff).unwrap();
    let mut jpeg = vec![0xFF, 0xD8, 0xFF, 0xE1];
    jpeg.extend_from_slice(&((tiff.len() + 8) as u16).to_be_bytes());
    jpeg.extend_from_slice(b"Exif\0\0");
    jpeg.extend_from_slice(&tiff);
    jpeg.extend_from_slice(&[0xFF, 0xD9]);
    std::fs::write(dir.path().join("damaged.jpg"), &jpeg).unwrap();
    let report = json_in(dir.path(), &["."]);
    assert_eq!(skipped_all(&report).len(), 0, "{:?}", skipped_all(&report));
    for photo in ["./damaged.tiff", "./damaged.jpg"] {
        let fields = fields_of(&report, photo);
        let names: Vec<(&str, &str)> = fields.iter().map(|f| (f.0.as_str(), f.1.as_str())).collect();
        assert_eq!(names, [("exif.artist", "name"), ("exif.gps", "location")], "{photo}");
    }
}

/// A zip large enough to have its members scanned in parallel reports
/// exactly what one thread reports.
#[test]
fn a_large_zip_scanned_in_parallel_equals_one_thread() {
    let dir = tempfile::tempdir().unwrap();
    let csv = std::fs::read(fixtures().join("users.csv")).unwrap();
    let (header, rows) = csv.split_at(csv.iter().position(|&b| b == b'\n').unwrap() + 1);
    let mut big = header.to_vec();
    while big.len() < 4 << 20 {
        big.extend_from_slice(rows);
    }
    let parts: Vec<(String, Vec<u8>)> = (0..3).map(|k| (format!("part{k}.csv"), big.clone())).collect();
    let refs: Vec<(&str, &[u8])> = parts.iter().map(|(n, b)| (n.as_str(), &b[..])).collect();
    std::fs::write(dir.path().join("big.zip"), zip_of(&refs)).unwrap();
    let one = one_vs_two_threads(dir.path());
    assert_eq!(
        fields_of(&one, "./big.zip!part2.csv"),
        fields_of(&one, "./big.zip!part0.csv")
    );
    assert!(!fields_of(&one, "./big.zip!part1.csv").is_empty());
}

/// Found by the `containers` fuzz target: the parquet crate panics on a
/// file whose column chunk has a negative offset. The scan lists it with the
/// reason and goes on; no panic message reaches the user.
#[test]
fn a_decoder_panic_is_a_skip_not_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        root().join("tests/data/parquet-negative-offset.parquet"),
        dir.path().join("bad.parquet"),
    )
    .unwrap();
    std::fs::write(dir.path().join("good.csv"), "email\nana.lopez@gmail.com\n").unwrap();
    let o = run_in(dir.path(), &["--format", "json", "--no-progress", "."]);
    assert_eq!(code(&o), 0);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!err.contains("panicked"), "{err}");
    let report: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let reason = skipped(&report, "bad.parquet").expect("listed");
    assert!(
        reason
            .starts_with("the parquet decoder failed on these bytes (column start and length should not be negative)"),
        "{reason}"
    );
    assert_eq!(file_counts(&report, "good.csv").unwrap()["email"], 1);
}

/// A tar.gz's members are scanned on the pool while the stream decodes:
/// the report is exactly the one-thread report.
#[test]
fn a_tar_gz_scanned_in_parallel_equals_one_thread() {
    let dir = tempfile::tempdir().unwrap();
    let csv = std::fs::read(fixtures().join("users.csv")).unwrap();
    let log = std::fs::read(fixtures().join("access.log")).unwrap();
    let mut tar = tar::Builder::new(Vec::new());
    for k in 0..6 {
        let body = if k % 2 == 0 { csv.repeat(40) } else { log.repeat(20) };
        let mut h = tar::Header::new_ustar();
        h.set_size(body.len() as u64);
        h.set_cksum();
        let name = if k % 2 == 0 {
            format!("d/part{k}.csv")
        } else {
            format!("d/part{k}.log")
        };
        tar.append_data(&mut h, name, &body[..]).unwrap();
    }
    std::fs::write(dir.path().join("logs.tar.gz"), gzip(&tar.into_inner().unwrap())).unwrap();
    let one = one_vs_two_threads(dir.path());
    assert_eq!(one["summary"]["files_scanned"], 7, "six members and the archive");
    assert!(!fields_of(&one, "./logs.tar.gz!d/part5.log").is_empty());
}

/// The report of a scan of `dir` at -j1, asserted equal to the -j2 report
/// (timing and thread count aside).
fn one_vs_two_threads(dir: &Path) -> serde_json::Value {
    let strip = |mut r: serde_json::Value| {
        let s = r["summary"].as_object_mut().unwrap();
        s.remove("duration_ms");
        s.remove("threads");
        r
    };
    let one = strip(json_in(dir, &["-j1", "."]));
    let two = strip(json_in(dir, &["-j2", "."]));
    assert_eq!(one, two, "-j1 and -j2 reports differ");
    one
}
