//! Issue 30: containers are copied redacted. Every archive, compressed
//! stream, workbook, SQLite database and photo of `fixtures/containers` and
//! `fixtures/photos` comes out with the same members, sheets, tables and
//! shapes; none of the values a scan of the original reports (its
//! `--show-values` samples) is left anywhere in the copy, decoded or not
//! (an SQLite file's free pages included); a re-scan of the copy finds
//! nothing; and what cannot be rewritten (an ODS, a Parquet file, a HEIC
//! or TIFF photo with GPS, a corrupt or encrypted member) is listed and
//! makes the exit status 1.

use crate::util::*;
use std::collections::BTreeSet;
use std::io::{Cursor, Read};
use std::path::Path;

/// The text of `bytes`, every container opened (members, sheet cells,
/// decompressed streams), as a reader of the copy would see it. An SQLite
/// file is its raw bytes: free pages included.
fn plain(name: &str, bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let decoded = |r: &mut dyn Read| {
        let mut v = Vec::new();
        r.read_to_end(&mut v).unwrap();
        v
    };
    if bytes.starts_with(&[0x1f, 0x8b]) {
        return plain(name, &decoded(&mut flate2::read::MultiGzDecoder::new(bytes)));
    }
    if bytes.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
        return plain(name, &zstd::decode_all(bytes).unwrap());
    }
    if bytes.starts_with(b"BZh") {
        return plain(name, &decoded(&mut bzip2::read::MultiBzDecoder::new(bytes)));
    }
    if bytes.starts_with(&[0xfd, b'7', b'z', b'X', b'Z', 0]) {
        return plain(name, &decoded(&mut lzma_rust2::XzReader::new(bytes, true)));
    }
    if bytes.starts_with(b"PK\x03\x04") && name.ends_with(".xlsx") {
        use calamine::Reader;
        let mut wb = calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).unwrap();
        for sheet in wb.sheet_names() {
            for row in wb.worksheet_range(&sheet).unwrap().rows() {
                for c in row {
                    out.extend_from_slice(c.to_string().as_bytes());
                    out.push(b'\n');
                }
            }
        }
        return out;
    }
    if bytes.starts_with(b"PK\x03\x04") {
        let mut z = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
        for i in 0..z.len() {
            let mut f = z.by_index(i).unwrap();
            let n = f.name().unwrap().to_string();
            let b = decoded(&mut f);
            out.extend(plain(&n, &b));
        }
        return out;
    }
    if bytes.len() > 262 && &bytes[257..262] == b"ustar" {
        let mut t = tar::Archive::new(bytes);
        for e in t.entries().unwrap() {
            let mut e = e.unwrap();
            let n = e.path().unwrap().display().to_string();
            let b = decoded(&mut e);
            out.extend(plain(&n, &b));
        }
        return out;
    }
    bytes.to_vec()
}

/// Member names of an archive copy (decompressed first).
fn members(bytes: &[u8]) -> BTreeSet<String> {
    if bytes.starts_with(&[0x1f, 0x8b]) {
        let mut v = Vec::new();
        flate2::read::MultiGzDecoder::new(bytes).read_to_end(&mut v).unwrap();
        return members(&v);
    }
    if bytes.starts_with(b"PK\x03\x04") {
        let z = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
        return z.file_names().map(|n| n.unwrap().to_string()).collect();
    }
    let mut t = tar::Archive::new(bytes);
    t.entries()
        .unwrap()
        .map(|e| e.unwrap().path().unwrap().display().to_string())
        .collect()
}

/// Each sheet's name and shape (rows, columns, cells filled).
fn sheets(path: &Path) -> Vec<(String, (usize, usize), usize)> {
    use calamine::Reader;
    let mut wb = calamine::open_workbook_auto(path).unwrap();
    wb.sheet_names()
        .into_iter()
        .map(|s| {
            let r = wb.worksheet_range(&s).unwrap();
            let filled = r.used_cells().count();
            (s, r.get_size(), filled)
        })
        .collect()
}

/// Each table's declaration and row count.
fn tables(path: &Path) -> Vec<(String, String, i64)> {
    let c = rusqlite::Connection::open(path).unwrap();
    let names: Vec<(String, String)> = c
        .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    names
        .into_iter()
        .map(|(n, sql)| {
            let rows = c
                .query_row(&format!("SELECT count(*) FROM \"{n}\""), [], |r| r.get(0))
                .unwrap();
            (n, sql, rows)
        })
        .collect()
}

#[test]
fn containers_and_photos_are_copied_redacted() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("src");
    std::fs::create_dir_all(&src).unwrap();
    for f in std::fs::read_dir(fixtures().join("containers")).unwrap() {
        let f = f.unwrap();
        if f.file_type().unwrap().is_file() {
            std::fs::copy(f.path(), src.join(f.file_name())).unwrap();
        }
    }
    for f in ["IMG_2041.jpg", "IMG_2042.jpg", "screenshot.png", "scan.tiff"] {
        std::fs::copy(fixtures().join("photos").join(f), src.join(f)).unwrap();
    }
    // What a scan of the original shows: every sample of every field.
    let report = json_in(dir.path(), &["--no-config", "--show-values", "src"]);
    let not_rewritable = ["src/members.ods", "src/orders.parquet", "src/scan.tiff"];
    let samples: BTreeSet<String> = report["fields"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| {
            !not_rewritable
                .iter()
                .any(|p| f["path"].as_str().unwrap().starts_with(p))
        })
        .flat_map(|f| f["samples"].as_array().unwrap().iter())
        .filter_map(|s| s.as_str())
        .filter(|s| s.chars().count() >= 5)
        .map(String::from)
        .collect();
    assert!(samples.len() > 40, "{samples:?}");
    for mode in ["mask", "hash", "fake"] {
        let out = dir.path().join(format!("out-{mode}"));
        let o = run_in(
            dir.path(),
            &["redact", "src", "-o", out.to_str().unwrap(), "--mode", mode],
        );
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(code(&o), 1, "{mode}: an incomplete copy says so: {err}");
        for p in not_rewritable {
            assert!(err.contains(&format!("not copied: {p}: ")), "{mode}: {p}: {err}");
            assert!(!out.join(&p[4..]).exists(), "{mode}: {p}");
        }
        assert!(err.contains("the copy is incomplete: 3 "), "{mode}: {err}");

        // Same members, same sheets and shapes, same tables and rows.
        for f in ["export.zip", "backup.tar", "logs.tar.gz"] {
            let (a, b) = (std::fs::read(src.join(f)).unwrap(), std::fs::read(out.join(f)).unwrap());
            assert_eq!(members(&b), members(&a), "{mode}: {f}");
            assert_ne!(plain(f, &a), plain(f, &b), "{mode}: {f}: something was replaced");
        }
        // Mask mode empties a name cell as it empties a CSV field.
        let (a, b) = (sheets(&src.join("customers.xlsx")), sheets(&out.join("customers.xlsx")));
        let shape =
            |v: &[(String, (usize, usize), usize)]| v.iter().map(|(s, r, _)| (s.clone(), *r)).collect::<Vec<_>>();
        assert_eq!(shape(&b), shape(&a), "{mode}");
        if mode != "mask" {
            assert_eq!(b, a, "{mode}: every cell still filled");
        }
        let (before, after) = (tables(&src.join("app.sqlite3")), tables(&out.join("app.sqlite3")));
        assert_eq!(after, before, "{mode}: schema and rows intact");
        // Photos: the pixels kept, the metadata gone.
        for f in ["IMG_2041.jpg", "screenshot.png"] {
            let (a, b) = (std::fs::read(src.join(f)).unwrap(), std::fs::read(out.join(f)).unwrap());
            // One block (the metadata) cut out, every other byte kept.
            let cut = (2..b.len()).any(|k| a.starts_with(&b[..k]) && a.ends_with(&b[k..]));
            assert!(b.len() < a.len() && cut, "{mode}: {f}");
        }

        // Nothing the scan showed is left, decoded or not.
        let mut copy = Vec::new();
        for e in std::fs::read_dir(&out).unwrap() {
            let p = e.unwrap().path();
            copy.extend(plain(&p.display().to_string(), &std::fs::read(&p).unwrap()));
        }
        let copy = String::from_utf8_lossy(&copy);
        let left: Vec<&String> = samples.iter().filter(|s| copy.contains(s.as_str())).collect();
        assert!(left.is_empty(), "{mode}: left in the copy: {left:?}");
        let o = run_in(
            dir.path(),
            &[
                "--no-config",
                "--no-progress",
                "--fail-on",
                "any",
                out.to_str().unwrap(),
            ],
        );
        assert_eq!(code(&o), 0, "{mode}: {}", String::from_utf8_lossy(&o.stdout));
    }
}
