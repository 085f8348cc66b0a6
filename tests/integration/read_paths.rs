//! One input through every read path — read whole, memory-mapped, mapped and
//! split into parallel chunks of several sizes, streamed in windows,
//! decompressed from a gzip member — gives
//! identical results. Values are planted to straddle 64 KiB ± 1 boundaries.

use crate::util::*;

/// A file of `copies` concatenated fixtures plus values planted around
/// 64 KiB multiples; returned with the number of emails planted.
fn build(dir: &std::path::Path, copies: usize) -> std::path::PathBuf {
    let mut text = Vec::new();
    for name in ["users.csv", "events.ndjson", "access.log", "dump.sql", "tickets.txt"] {
        text.extend(std::fs::read(fixtures().join(name)).unwrap());
    }
    let mut all = Vec::new();
    for _ in 0..copies {
        all.extend_from_slice(&text);
    }
    for k in 1..all.len() / 65_536 {
        for delta in [-1i64, 0, 1] {
            let at = (k as i64 * 65_536 + delta - 12) as usize;
            let planted = b" edge.case@boundary.org ";
            all[at..at + planted.len()].copy_from_slice(planted);
        }
    }
    let path = dir.join("big.txt");
    std::fs::write(&path, &all).unwrap();
    path
}

#[test]
fn every_read_path_and_chunk_size_gives_identical_results() {
    let dir = tempfile::tempdir().unwrap();
    let path = build(dir.path(), 200); // ~22 MB: over the mmap threshold
    let p = path.to_str().unwrap();
    let base = json(&["--mmap", "never", "--chunk-size", "1G", p]);
    let expect = categories(&base);
    assert!(expect["email"].0 > 90_000);
    for args in [
        vec!["--mmap", "auto"],
        vec!["--mmap", "always", "--chunk-size", "64K", "-j", "2"],
        vec!["--mmap", "auto", "--chunk-size", "1M", "-j", "1"],
        vec!["--mmap", "never", "--chunk-size", "64K"],
        vec!["--mmap", "never", "--chunk-size", "4M"],
    ] {
        let mut a = args.clone();
        a.push(p);
        assert_eq!(categories(&json(&a)), expect, "{args:?}");
    }
    // The decompressed-stream path: the same bytes inside a gzip file.
    let gz = dir.path().join("big.txt.gz");
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    std::io::Write::write_all(&mut e, &std::fs::read(&path).unwrap()).unwrap();
    std::fs::write(&gz, e.finish().unwrap()).unwrap();
    assert_eq!(categories(&json(&[gz.to_str().unwrap()])), expect, "gzip member");
}

#[test]
fn ndjson_line_numbers_agree_between_chunked_and_streamed_scans() {
    let dir = tempfile::tempdir().unwrap();
    let path = build(dir.path(), 160);
    let p = path.to_str().unwrap();
    let lines = |extra: &[&str]| -> Vec<(u64, u64, String)> {
        let mut a = vec!["--format", "ndjson"];
        a.extend_from_slice(extra);
        a.push(p);
        let o = run(&a);
        String::from_utf8(o.stdout)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
            .filter(|v| v["type"] == "finding")
            .map(|v| {
                (
                    v["offset"].as_u64().unwrap(),
                    v["line"].as_u64().unwrap(),
                    v["detector"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    let chunked = lines(&["--mmap", "auto", "--chunk-size", "64K"]);
    let streamed = lines(&["--mmap", "never", "--chunk-size", "64K"]);
    assert!(chunked.len() > 100_000);
    assert_eq!(chunked, streamed);
    let bytes = std::fs::read(&path).unwrap();
    let (off, line, _) = &chunked[chunked.len() / 2];
    let want = bytes[..*off as usize].iter().filter(|&&b| b == b'\n').count() as u64 + 1;
    assert_eq!(*line, want);
}

/// A large CSV (mapped, cut into parallel chunks, attributed batch by batch)
/// gets the same field verdicts as one whole pass, whatever the chunk size.
#[test]
fn field_verdicts_do_not_depend_on_chunking() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read(fixtures().join("users.csv")).unwrap();
    let (header, body) = text.split_at(text.iter().position(|&b| b == b'\n').unwrap() + 1);
    let mut all = header.to_vec();
    while all.len() < (20 << 20) {
        all.extend_from_slice(body);
    }
    let path = dir.path().join("big.csv");
    std::fs::write(&path, &all).unwrap();
    let p = path.to_str().unwrap();
    let fields = |extra: &[&str]| -> Vec<(String, String, u64, u64)> {
        let mut a = extra.to_vec();
        a.push(p);
        let r = json(&a);
        let mut v: Vec<_> = r["fields"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                (
                    f["field"].as_str().unwrap_or("-").to_string(),
                    f["category"].as_str().unwrap().to_string(),
                    f["matches"].as_u64().unwrap(),
                    f["distinct"].as_u64().unwrap(),
                )
            })
            .collect();
        v.sort();
        v
    };
    let whole = fields(&["--chunk-size", "1G"]);
    assert!(whole.iter().any(|f| f.0 == "first_name" && f.1 == "name"));
    assert_eq!(fields(&["--chunk-size", "64K", "-j", "2"]), whole);
    assert_eq!(fields(&["--chunk-size", "1M", "-j", "1"]), whole);
}

/// Issue 31: a UTF-16 file read as a stream (`--mmap never`, past the
/// mapping threshold) is decoded as it streams, as the mapped file is: the
/// same emails in the same field. It used to report none.
#[test]
fn utf16_text_streamed_is_read_as_mapped() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("u16.csv");
    let mut text = String::from("id,email\n");
    for i in 0..300_000 {
        text.push_str(&format!("{i},user{i}.name@gmail.com\n"));
    }
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    assert!(bytes.len() as u64 > 16 << 20, "past the mapping threshold");
    std::fs::write(&path, &bytes).unwrap();
    let p = path.to_str().unwrap();
    let fields = |mode: &str| {
        let r = json(&["--no-config", "--mmap", mode, p]);
        assert_eq!(r["skipped"], serde_json::json!([]), "{mode}");
        (categories(&r), fields_of(&r, p))
    };
    let (mapped, streamed) = (fields("auto"), fields("never"));
    assert_eq!(mapped.0.get("email").map(|c| c.0), Some(300_000));
    assert_eq!(streamed, mapped);
}

/// Issue 31: bytes that start with a UTF-16 byte-order mark but do not
/// decode as text (a binary blob) are read as they are: the email in them
/// is found, as it is without the mark.
#[test]
fn a_byte_order_mark_on_binary_bytes_is_no_mark() {
    let dir = tempfile::tempdir().unwrap();
    let mut blob = vec![0xFF, 0xFE];
    let mut x: u32 = 7;
    for _ in 0..4000 {
        x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        blob.push((x >> 16) as u8 | 0x80);
    }
    blob.extend_from_slice(b" contact: ana.lopez@gmail.com ");
    blob.extend_from_slice(&[0x00, 0x91, 0xFF, 0x03]);
    let path = dir.path().join("blob.bin");
    std::fs::write(&path, &blob).unwrap();
    let r = json(&["--no-config", path.to_str().unwrap()]);
    assert_eq!(categories(&r).get("email").map(|c| c.0), Some(1), "{}", r["categories"]);
}

/// Issue 31: a Shift_JIS export (a Japanese shop's) is read as Shift_JIS,
/// not as a Latin code page: its headers are its fields, and the copy a
/// redaction writes is Shift_JIS again.
#[test]
fn a_shift_jis_csv_is_read_in_its_encoding() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::from("顧客番号,氏名,電話番号,メールアドレス\r\n");
    for i in 0..100 {
        text.push_str(&format!("{i},山田 太郎,03-1234-{i:04},taro{i}@docomo.ne.jp\r\n"));
    }
    let (bytes, _, bad) = encoding_rs::SHIFT_JIS.encode(&text);
    assert!(!bad);
    let path = dir.path().join("sjis.csv");
    std::fs::write(&path, &bytes).unwrap();
    let p = path.to_str().unwrap();
    let r = json(&["--no-config", p]);
    let fields: Vec<(String, String)> = fields_of(&r, p).into_iter().map(|(f, c, _, _)| (f, c)).collect();
    assert!(fields.contains(&("電話番号".into(), "phone".into())), "{fields:?}");
    assert!(
        fields.contains(&("メールアドレス".into(), "email".into())),
        "{fields:?}"
    );
    let copy = dir.path().join("copy.csv");
    let o = run(&["redact", p, "-o", copy.to_str().unwrap(), "--mode", "mask"]);
    assert_eq!(code(&o), 0, "{}", String::from_utf8_lossy(&o.stderr));
    let written = std::fs::read(&copy).unwrap();
    let (back, _, bad) = encoding_rs::SHIFT_JIS.decode(&written);
    assert!(
        !bad && back.starts_with("顧客番号,氏名,電話番号") && !back.contains("taro1@"),
        "{back}"
    );
}

/// Issue 31: the whole report (every field verdict, person count, sample and
/// distinct count, not only the category totals) is the same at any thread
/// count, chunk size and read mode, for large files of every structured
/// format (each past the mapping threshold, so cut into windows detected in
/// parallel and folded in order, or streamed in batches), a UTF-16 file
/// larger than a window, and a gzip member.
#[test]
fn whole_reports_agree_across_threads_chunk_sizes_and_read_modes() {
    let dir = tempfile::tempdir().unwrap();
    let grow = |name: &str, to: usize| -> Vec<u8> {
        let text = std::fs::read(fixtures().join(name)).unwrap();
        // A header (CSV) or a schema (SQL) once, then the body again and
        // again: the records are the file's, many times.
        let cut = match name {
            "users.csv" => text.iter().position(|&b| b == b'\n').unwrap() + 1,
            _ => 0,
        };
        let mut all = text.clone();
        while all.len() < to {
            all.extend_from_slice(&text[cut..]);
        }
        all
    };
    let big = 17 << 20;
    for (name, out) in [
        ("users.csv", "users.csv"),
        ("events.ndjson", "events.ndjson"),
        ("dump.sql", "dump.sql"),
        ("access.log", "access.log"),
    ] {
        std::fs::write(dir.path().join(out), grow(name, big)).unwrap();
    }
    let text = String::from_utf8(grow("users.csv", 9 << 20)).unwrap();
    let mut u16 = vec![0xFF, 0xFE];
    u16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    std::fs::write(dir.path().join("users16.csv"), u16).unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    std::io::Write::write_all(&mut gz, &grow("events.ndjson", 4 << 20)).unwrap();
    std::fs::write(dir.path().join("events.ndjson.gz"), gz.finish().unwrap()).unwrap();
    let d = dir.path().to_str().unwrap();
    let report = |extra: &[&str]| {
        let mut a = vec!["--no-config"];
        a.extend_from_slice(extra);
        a.push(d);
        let mut r = json(&a);
        let s = r["summary"].as_object_mut().unwrap();
        s.remove("duration_ms");
        s.remove("threads");
        r
    };
    let expect = report(&["-j", "1"]);
    assert_eq!(expect["skipped"], serde_json::json!([]));
    assert!(expect["fields"].as_array().unwrap().len() >= 10, "{}", expect["fields"]);
    for args in [
        ["-j", "2", "--mmap", "auto", "--chunk-size", "4M"],
        ["-j", "2", "--mmap", "never", "--chunk-size", "1M"],
        ["-j", "1", "--mmap", "never", "--chunk-size", "64K"],
        ["-j", "2", "--mmap", "always", "--chunk-size", "300K"],
        ["-j", "3", "--mmap", "auto", "--chunk-size", "64K"],
    ] {
        assert!(report(&args) == expect, "the report changed with {args:?}");
    }
}
