//! What the bytes hold: invalid UTF-8, NUL bytes, huge lines, empty files,
//! broken JSON and CSV, UTF-16.

use super::*;

#[test]
fn invalid_utf8_in_content_and_name() {
    let dir = tree();
    let name = std::ffi::OsStr::from_bytes(b"bad-\xff-name.txt");
    std::fs::write(
        dir.path().join(name),
        b"\xc3\x28\xff contact: mia.rossi@web.de \xe2\x28\xa1\n",
    )
    .unwrap();
    let report = scan(dir.path(), &["--show-values"]);
    let f = report["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"].as_str().unwrap().contains("bad-"))
        .unwrap();
    assert!(
        f["path"].as_str().unwrap().contains("bad-\u{fffd}-name.txt"),
        "lossy path: {f}"
    );
    assert_eq!(f["categories"]["email"], 1);
    good_intact(&report);
}

#[test]
fn one_fifty_megabyte_line_without_newline() {
    let dir = tree();
    let mut big = vec![b'a'; 50 << 20];
    // Plant emails every 3 MiB + 7 bytes, some straddling 4 MiB chunk cuts.
    let mut planted = 0;
    let mut at = 1000;
    while at + 64 < big.len() {
        let v = format!(" p{planted}.x@mail-host.net ");
        big[at..at + v.len()].copy_from_slice(v.as_bytes());
        planted += 1;
        at += (3 << 20) + 7;
    }
    for k in 1..12 {
        let at = k * (4 << 20) - 9;
        let v = format!(" cut{k}@mail-host.net ");
        big[at..at + v.len()].copy_from_slice(v.as_bytes());
        planted += 1;
    }
    std::fs::write(dir.path().join("oneline.txt"), &big).unwrap();
    drop(big);
    let report = scan(dir.path(), &[]);
    assert_eq!(file_counts(&report, "oneline.txt").unwrap()["email"], planted);
    good_intact(&report);
}

#[test]
fn empty_file_is_scanned_and_counted() {
    let dir = tree();
    std::fs::write(dir.path().join("empty.txt"), b"").unwrap();
    let report = scan(dir.path(), &[]);
    assert_eq!(report["summary"]["files_scanned"], 2);
    assert!(report["skipped"].as_array().unwrap().is_empty());
}

#[test]
fn nul_bytes_mark_binary_and_text_runs_are_scanned() {
    let dir = tree();
    std::fs::write(dir.path().join("page.db"), b"\0\0\x01SQLite\0lena.kim@gmx.net\0\x7f\0").unwrap();
    let report = scan(dir.path(), &[]);
    let f = report["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"].as_str().unwrap().ends_with("page.db"))
        .unwrap();
    assert_eq!(f["format"], "binary");
    assert_eq!(f["categories"]["email"], 1);
}

#[test]
fn truncated_and_deeply_nested_json_keep_partial_fields_with_a_warning() {
    let dir = tree();
    std::fs::write(
        dir.path().join("cut.json"),
        r#"[{"email": "ana.lopez@gmail.com"}, {"email": "bob.smith@proton.me"}, {"email": "cut.h"#,
    )
    .unwrap();
    let deep = "[".repeat(5000) + "\"deep.user@mail-host.net\"" + &"]".repeat(5000);
    std::fs::write(dir.path().join("deep.json"), deep).unwrap();
    let report = scan(dir.path(), &[]);
    let warning = |f: &str| warning(&report, f);
    assert!(warning("cut.json").unwrap().contains("truncated"));
    assert!(warning("deep.json").unwrap().contains("5000 levels"));
    // Partial findings are kept: the two complete emails in their field, the
    // deep one as free text.
    let rows: Vec<_> = report["fields"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["path"].as_str().unwrap().ends_with("cut.json"))
        .collect();
    assert!(
        rows.iter().any(|r| r["field"] == "email" && r["matches"] == 2),
        "{rows:?}"
    );
    assert_eq!(file_counts(&report, "deep.json").unwrap()["email"], 1);
    assert!(warning("good.csv").is_none());
    good_intact(&report);
}

/// UTF-16 LE and BE files with a BOM give the findings of the same text in
/// UTF-8.
#[test]
fn utf16_with_a_bom_reads_like_utf8() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Kontakt: jürgen.weiß@web.de, Tel. +49 30 1234567\r\nIP 81.2.69.160 — 📷\r\n";
    let (mut le, mut be) = (vec![0xFF, 0xFE], vec![0xFE, 0xFF]);
    for u in text.encode_utf16() {
        le.extend(u.to_le_bytes());
        be.extend(u.to_be_bytes());
    }
    std::fs::write(dir.path().join("utf8.txt"), text).unwrap();
    std::fs::write(dir.path().join("le.txt"), le).unwrap();
    std::fs::write(dir.path().join("be.txt"), be).unwrap();
    let report = scan(dir.path(), &[]);
    let want = file_counts(&report, "utf8.txt").expect("utf-8 findings");
    assert!(want.as_object().unwrap().len() >= 2, "{want}");
    assert_eq!(file_counts(&report, "le.txt").as_ref(), Some(&want));
    assert_eq!(file_counts(&report, "be.txt").as_ref(), Some(&want));
}

/// Ragged rows parse flexibly; an unclosed quote or a 10 MB field ends the
/// structured parse with a warning, and the rest is still scanned as text.
#[test]
fn ragged_csv_unclosed_quotes_and_huge_fields() {
    let dir = tree();
    let mut ragged = String::from("id,email,city\n");
    for i in 0..30 {
        match i % 3 {
            0 => ragged += &format!("{i},r{i}@posteo.de\n"),
            1 => ragged += &format!("{i},r{i}@posteo.de,Berlin,extra,cells\n"),
            _ => ragged += &format!("{i},r{i}@posteo.de,Lyon\n"),
        }
    }
    std::fs::write(dir.path().join("ragged.csv"), ragged).unwrap();
    let mut unclosed = String::from("id,email,notes\n");
    for i in 0..20 {
        unclosed += &format!("{i},u{i}@posteo.de,fine\n");
    }
    unclosed += "20,late@posteo.de,\"this quote never closes\n";
    for i in 0..30_000 {
        unclosed += &format!("{i},after{i}@posteo.de,padding padding padding padding\n");
    }
    std::fs::write(dir.path().join("unclosed.csv"), unclosed).unwrap();
    let mut huge = String::from("id,email,blob\n1,a1@posteo.de,");
    huge += &"x".repeat(10 << 20);
    huge += "\n2,a2@posteo.de,short\n";
    std::fs::write(dir.path().join("huge.csv"), huge).unwrap();

    let report = scan(dir.path(), &[]);
    good_intact(&report);
    let fields = fields_of(&report, &format!("{}/ragged.csv", dir.path().display()));
    assert!(fields.contains(&("email".into(), "email".into(), 30, 30)), "{fields:?}");
    let warning = |f: &str| warning(&report, f);
    assert!(warning("ragged.csv").is_none());
    let w = warning("unclosed.csv").expect("a warning for the unclosed quote");
    assert!(w.contains("unclosed quote") && w.contains("free text"), "{w}");
    assert!(warning("huge.csv")
        .expect("a warning for the 10 MB field")
        .contains("longer than 1 MiB"));
    // Every email is still counted: 21 in the field, the rest as free text.
    assert_eq!(file_counts(&report, "unclosed.csv").unwrap()["email"], 30_021);
    let unclosed = fields_of(&report, &format!("{}/unclosed.csv", dir.path().display()));
    assert!(unclosed.iter().any(|f| f.0 == "email" && f.2 == 21), "{unclosed:?}");
    assert_eq!(file_counts(&report, "huge.csv").unwrap()["email"], 2);
}
