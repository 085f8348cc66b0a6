//! The process and its outputs: terminal escapes, closed pipes, Ctrl-C,
//! report files that cannot be written.

use super::*;

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

#[test]
fn ctrl_c_exits_130_without_a_report() {
    ctrl_c_on(slow_tree(), &[]);
}

/// The same inside one large compressed member, and while streaming a
/// large file (`--mmap never`): the decoding or reading stops too.
#[test]
fn ctrl_c_stops_a_compressed_member_and_a_stream() {
    let dir = slow_tree();
    let big = dir.path().join("big.txt");
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    std::io::Write::write_all(&mut e, &std::fs::read(&big).unwrap()).unwrap();
    std::fs::write(dir.path().join("big.txt.gz"), e.finish().unwrap()).unwrap();
    std::fs::remove_file(&big).unwrap();
    ctrl_c_on(dir, &[]);
    ctrl_c_on(slow_tree(), &["--mmap", "never"]);
}

/// Interrupts a one-thread scan of `dir` after 150 ms: exit 130, no report,
/// nothing left behind.
fn ctrl_c_on(dir: tempfile::TempDir, extra: &[&str]) {
    let out = dir.path().join("report.json");
    let child = Command::new(bin())
        .args(["--format", "json", "-j", "1", "-o", out.to_str().unwrap()])
        .args(extra)
        .arg(dir.path())
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

/// A disk that fills up while the report is written (simulated with a file
/// size limit on the child): exit 2 with the reason, and neither the report
/// nor its temporary file is left behind.
#[test]
fn output_on_a_full_disk_exits_2_and_leaves_nothing() {
    use std::os::unix::process::CommandExt;
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.json");
    let mut cmd = Command::new(bin());
    cmd.args([
        "--format",
        "json",
        "--no-progress",
        "-o",
        out.to_str().unwrap(),
        "fixtures",
    ])
    .current_dir(root());
    // SAFETY: setrlimit and signal are async-signal-safe.
    unsafe {
        cmd.pre_exec(|| {
            libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
            let lim = libc::rlimit {
                rlim_cur: 4096,
                rlim_max: 4096,
            };
            if libc::setrlimit(libc::RLIMIT_FSIZE, &lim) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let o = cmd.output().unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("--output") || err.contains("report"), "{err}");
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().filter_map(Result::ok).collect();
    assert!(left.is_empty(), "nothing left behind: {left:?}");
}

#[test]
fn output_into_a_read_only_directory_exits_2() {
    if is_root() {
        eprintln!("skipped: running as root, a read-only directory does not stop root");
        return;
    }
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let ro = dir.path().join("ro");
    std::fs::create_dir(&ro).unwrap();
    std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o555)).unwrap();
    let out = ro.join("report.json");
    let o = run(&["--format", "json", "-o", out.to_str().unwrap(), "fixtures"]);
    std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(code(&o), 2);
    assert!(!out.exists());
    assert_eq!(std::fs::read_dir(&ro).unwrap().count(), 0);
}

/// The atomically written report gets the mode any new file gets (the
/// temporary file it starts as is private).
#[test]
fn the_output_file_gets_the_usual_mode() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.json");
    let o = run(&["--format", "json", "-o", out.to_str().unwrap(), "fixtures/users.csv"]);
    assert_eq!(code(&o), 0);
    // SAFETY: reading the umask by setting and restoring it.
    let mask = unsafe {
        let m = libc::umask(0o022);
        libc::umask(m);
        m
    };
    let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o666 & !mask);
}
