//! Memory stays bounded whatever the input: a multi-gigabyte file made of
//! one line is scanned under a hard address-space limit.

use super::*;
use std::io::Write;

/// 2 GiB without a single newline, emails planted every 256 KiB, scanned
/// in a 512 MiB address space (so the file cannot even be mapped: the scan
/// falls back to streaming it in windows). Every planted email is found
/// exactly once.
#[test]
fn a_multi_gigabyte_single_line_under_a_memory_limit() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("one-line.txt");
    let mut block = Vec::with_capacity(1 << 20);
    let mut planted = 0u64;
    while block.len() < 1 << 20 {
        if block.len() % (256 << 10) < 40 && block.len() >= planted as usize * (256 << 10) {
            block.extend_from_slice(format!(" contact line.user{planted}@posteo.de ").as_bytes());
            planted += 1;
        } else {
            block.extend_from_slice(b"lorem ipsum dolor sit amet ");
        }
    }
    let mut f = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    let blocks = 2048;
    for _ in 0..blocks {
        f.write_all(&block).unwrap();
    }
    f.flush().unwrap();
    drop(f);
    let (status, report) = json_limited(dir.path(), 512 << 20, &["."]);
    assert_eq!(status, 0);
    assert_eq!(report["skipped"].as_array().unwrap().len(), 0, "{}", report["skipped"]);
    assert_eq!(
        file_counts(&report, "one-line.txt").unwrap()["email"],
        planted * blocks,
        "each planted email once"
    );
    assert_eq!(
        report["summary"]["bytes_scanned"].as_u64().unwrap(),
        block.len() as u64 * blocks
    );
}
