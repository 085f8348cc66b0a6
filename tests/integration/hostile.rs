//! Broken and hostile inputs (shared/spec/hostile-inputs.md): each ends in a
//! scanned file or a `skipped` entry with a reason, never a hang or a panic,
//! and the other files' findings stay intact.

use crate::util::*;
use std::ffi::CString;
use std::io::Read;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;
use std::process::{Command, Stdio};

/// A tree with one known-good file beside whatever the test adds.
fn tree() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("good.csv"),
        "email\nana.lopez@gmail.com\nbob.smith@proton.me\n",
    )
    .unwrap();
    dir
}

fn good_intact(report: &serde_json::Value) {
    assert_eq!(
        file_counts(report, "good.csv").unwrap()["email"],
        2,
        "the good file's findings are intact"
    );
}

fn scan(dir: &Path, extra: &[&str]) -> serde_json::Value {
    let mut a = extra.to_vec();
    let p = dir.to_str().unwrap();
    a.push(p);
    json(&a)
}

#[test]
fn fifo_is_never_opened() {
    let dir = tree();
    let fifo = CString::new(dir.path().join("pipe").as_os_str().as_bytes()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o644) }, 0);
    let report = scan(dir.path(), &[]);
    assert_eq!(skipped(&report, "pipe"), Some("FIFO (named pipe); never opened"));
    good_intact(&report);
}

#[test]
fn symlink_loop_and_dangling_link() {
    let dir = tree();
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    std::os::unix::fs::symlink("..", dir.path().join("sub/up")).unwrap();
    std::os::unix::fs::symlink("nowhere", dir.path().join("dangling")).unwrap();
    let report = scan(dir.path(), &[]);
    assert_eq!(
        skipped(&report, "dangling"),
        Some("symbolic link, not followed (use --follow)")
    );
    assert_eq!(
        skipped(&report, "sub/up"),
        Some("symbolic link, not followed (use --follow)")
    );
    good_intact(&report);

    let report = scan(dir.path(), &["--follow"]);
    assert!(
        skipped(&report, "sub/up").unwrap().contains("symbolic link loop"),
        "{report}"
    );
    assert!(skipped(&report, "dangling").unwrap().contains("not found"), "{report}");
    assert_eq!(
        report["files"].as_array().unwrap().len(),
        1,
        "the loop is not scanned twice"
    );
    good_intact(&report);
}

#[test]
fn unreadable_file_and_directory_are_skipped() {
    if is_root() {
        eprintln!("skipped: running as root, permissions do not deny reads");
        return;
    }
    use std::os::unix::fs::PermissionsExt;
    let dir = tree();
    let f = dir.path().join("secret.txt");
    std::fs::write(&f, "x@y.org").unwrap();
    std::fs::set_permissions(&f, std::fs::Permissions::from_mode(0o000)).unwrap();
    let d = dir.path().join("locked");
    std::fs::create_dir(&d).unwrap();
    std::fs::set_permissions(&d, std::fs::Permissions::from_mode(0o000)).unwrap();
    let report = scan(dir.path(), &[]);
    assert_eq!(skipped(&report, "secret.txt"), Some("permission denied"));
    assert_eq!(skipped(&report, "locked"), Some("permission denied"));
    assert_eq!(report["summary"]["errors"], 2);
    good_intact(&report);
    std::fs::set_permissions(&d, std::fs::Permissions::from_mode(0o755)).unwrap();
}

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
fn hidden_and_gitignored_files_are_scanned_by_default() {
    let dir = tree();
    std::fs::write(dir.path().join(".gitignore"), "*.env\n").unwrap();
    std::fs::write(dir.path().join(".env"), "ADMIN_EMAIL=root.admin@corp-mail.com\n").unwrap();
    std::fs::write(dir.path().join("prod.env"), "OWNER=owner.one@corp-mail.com\n").unwrap();
    let report = scan(dir.path(), &[]);
    assert!(file_counts(&report, ".env").is_some());
    assert!(file_counts(&report, "prod.env").is_some());
    let report = scan(dir.path(), &["--respect-ignore"]);
    assert!(file_counts(&report, "prod.env").is_none());
    assert!(file_counts(&report, "/.env").is_none());
}

#[test]
fn the_report_file_itself_is_not_scanned() {
    let dir = tree();
    let out = dir.path().join("report.json");
    std::fs::write(&out, "{\"leak\": \"old.report@mail-host.net\"}").unwrap();
    let o = run(&[
        "--format",
        "json",
        "-o",
        out.to_str().unwrap(),
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(code(&o), 0);
    let report: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert!(file_counts(&report, "report.json").is_none());
    good_intact(&report);
}

#[test]
fn files_over_max_filesize_are_skipped_with_the_reason() {
    let dir = tree();
    std::fs::write(dir.path().join("huge.log"), vec![b'z'; 5000]).unwrap();
    let report = scan(dir.path(), &["--max-filesize", "4K"]);
    assert_eq!(
        skipped(&report, "huge.log"),
        Some("5000 bytes, larger than --max-filesize (4096 bytes)")
    );
    good_intact(&report);
}

#[test]
fn terminal_escapes_in_names_and_values_are_escaped_in_human_output() {
    let dir = tree();
    std::fs::write(
        dir.path().join("evil\x1b[31m\u{202e}.txt"),
        "mail evil.name@mail-host.net",
    )
    .unwrap();
    let o = run(&["--no-progress", "--show-values", dir.path().to_str().unwrap()]);
    let text = String::from_utf8(o.stdout).unwrap();
    assert!(!text.contains('\x1b') && !text.contains('\u{202e}'), "{text}");
    assert!(text.contains("evil\\u{1b}[31m\\u{202e}.txt"), "{text}");
}

#[test]
fn closed_stdout_exits_quietly() {
    let mut child = Command::new(bin())
        .args(["--format", "ndjson", "fixtures"])
        .current_dir(root())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child.stdout.as_mut().unwrap().read_exact(&mut first).unwrap();
    drop(child.stdout.take());
    let mut err = String::new();
    child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    child.wait().unwrap();
    assert!(err.is_empty(), "nothing on stderr after a closed pipe: {err}");
}

#[test]
fn output_into_a_missing_directory_exits_2_and_writes_nothing() {
    let dir = tree();
    let out = dir.path().join("no/such/dir/report.json");
    let o = run(&[
        "--format",
        "json",
        "-o",
        out.to_str().unwrap(),
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(code(&o), 2);
    assert!(String::from_utf8_lossy(&o.stderr).contains("--output"));
    assert!(!out.exists());
}

/// A large tree for tests that need a scan to take a while.
fn slow_tree() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read(fixtures().join("tickets.txt")).unwrap();
    let mut big = Vec::with_capacity(130 << 20);
    while big.len() < (128 << 20) {
        big.extend_from_slice(&text);
    }
    std::fs::write(dir.path().join("big.txt"), &big).unwrap();
    dir
}

#[test]
fn ctrl_c_exits_130_without_a_report() {
    let dir = slow_tree();
    let out = dir.path().join("report.json");
    let child = Command::new(bin())
        .args([
            "--format",
            "json",
            "-j",
            "1",
            "-o",
            out.to_str().unwrap(),
            dir.path().to_str().unwrap(),
        ])
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(150));
    // SAFETY: sending a signal to our own child.
    unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(130), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(!out.exists(), "no report after an interrupt");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name())
        .collect();
    assert_eq!(leftovers.len(), 1, "no temporary report left behind: {leftovers:?}");
}

#[test]
fn a_file_truncated_mid_scan_is_survived_and_reported() {
    let dir = slow_tree();
    let big = dir.path().join("big.txt");
    std::fs::write(
        dir.path().join("good.csv"),
        "email\nana.lopez@gmail.com\nbob.smith@proton.me\n",
    )
    .unwrap();
    let child = Command::new(bin())
        .args([
            "--format",
            "json",
            "-j",
            "1",
            "--chunk-size",
            "1M",
            dir.path().to_str().unwrap(),
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
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
    let warning = |f: &str| {
        report["warnings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|w| w["path"].as_str().unwrap().ends_with(f))
            .map(|w| w["reason"].as_str().unwrap().to_string())
    };
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
