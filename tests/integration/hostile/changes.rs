//! Files that change while they are scanned.

use super::*;

#[test]
fn a_file_truncated_mid_scan_is_survived_and_reported() {
    let (dir, child) = spawn_slow_scan(&["--chunk-size", "1M"]);
    let big = dir.path().join("big.txt");
    std::thread::sleep(std::time::Duration::from_millis(100));
    std::fs::OpenOptions::new()
        .write(true)
        .open(&big)
        .unwrap()
        .set_len(1 << 20)
        .unwrap();
    let o = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(0), "no SIGBUS death: {err}");
    let report: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    good_intact(&report);
    match skipped(&report, "big.txt") {
        Some(reason) => assert!(reason.contains("truncated during the scan"), "{reason}"),
        // The scan may have finished before the truncation; then it saw it whole.
        None => assert!(file_counts(&report, "big.txt").is_some()),
    }
}

/// A large file appended to while it is scanned: the bytes present at open
/// are scanned, and the growth is reported.
#[test]
fn a_file_growing_during_the_scan_is_reported() {
    let (dir, child) = spawn_slow_scan(&[]);
    let big = dir.path().join("big.txt");
    std::thread::sleep(std::time::Duration::from_millis(100));
    let mut f = std::fs::OpenOptions::new().append(true).open(&big).unwrap();
    std::io::Write::write_all(&mut f, &vec![b'x'; 1 << 20]).unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let report: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    good_intact(&report);
    match skipped(&report, "big.txt") {
        Some(reason) => assert!(reason.contains("grew during the scan"), "{reason}"),
        // Opened after the append: then it was scanned whole.
        None => assert!(file_counts(&report, "big.txt").is_some()),
    }
}
