//! The file system's traps: FIFOs, links, permissions, hidden files, the
//! report's own file, size limits.

use super::*;

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
fn sockets_and_devices_are_never_opened() {
    let dir = tree();
    let _listener = std::os::unix::net::UnixListener::bind(dir.path().join("agent.sock")).unwrap();
    // A character device needs CAP_MKNOD: made when the test may, else only
    // the socket is checked.
    let dev = CString::new(dir.path().join("null").as_os_str().as_bytes()).unwrap();
    // SAFETY: mknod on a path we own; makedev(1, 3) is /dev/null's number.
    let made = unsafe { libc::mknod(dev.as_ptr(), libc::S_IFCHR | 0o666, libc::makedev(1, 3)) } == 0;
    let report = scan(dir.path(), &[]);
    assert_eq!(skipped(&report, "agent.sock"), Some("socket; never opened"));
    if made {
        assert_eq!(skipped(&report, "/null"), Some("character device; never opened"));
    } else {
        eprintln!("note: cannot mknod here (no CAP_MKNOD); device case not checked");
    }
    good_intact(&report);
}

#[test]
fn an_unreadable_root_exits_2() {
    if is_root() {
        eprintln!("skipped: running as root, permissions do not apply");
        return;
    }
    let dir = tree();
    let locked = dir.path().join("locked");
    std::fs::create_dir(&locked).unwrap();
    std::fs::set_permissions(&locked, std::os::unix::fs::PermissionsExt::from_mode(0o000)).unwrap();
    let o = run(&[locked.to_str().unwrap()]);
    std::fs::set_permissions(&locked, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    assert_eq!(code(&o), 2);
    assert!(String::from_utf8_lossy(&o.stderr).contains("ermission denied"));
}
