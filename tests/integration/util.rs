//! Running the binary and reading its reports.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_pii-scan")
}

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A contract file: `../shared/REL` beside the checkout, else its copy in
/// `tests/contract/` (a clone without `../shared`).
pub fn shared(rel: &str) -> PathBuf {
    let original = root().join("../shared").join(rel);
    if original.exists() {
        return original;
    }
    let name = Path::new(rel).file_name().unwrap();
    root().join("tests/contract").join(name)
}

pub fn fixtures() -> PathBuf {
    root().join("fixtures")
}

/// Runs pii-scan with `args` in `cwd`, failing the test if it takes more
/// than 60 s (a hang is a bug: a FIFO opened, a loop followed).
pub fn run_in(cwd: &Path, args: &[&str]) -> Output {
    let mut cmd = Command::new(bin());
    cmd.args(args).current_dir(cwd);
    run_cmd(cmd)
}

/// As `run_in`, as the user and group `uid` (the test must be root). The
/// binary runs from a copy any user can reach: the clone it was built in
/// may sit under a directory only its owner can enter (a 0700 home, a
/// `mktemp -d`).
pub fn run_as(uid: u32, cwd: &Path, args: &[&str]) -> Output {
    use std::os::unix::process::CommandExt;
    let mut cmd = Command::new(reachable_bin());
    cmd.args(args).current_dir(cwd).uid(uid).gid(uid);
    run_cmd(cmd)
}

/// A copy of the binary in a fresh world-readable directory under the
/// system's temporary directory, made once per test run and removed when
/// the test process exits (a static is never dropped).
fn reachable_bin() -> &'static Path {
    use std::os::unix::fs::PermissionsExt;
    static COPY: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    extern "C" fn remove_copy() {
        if let Some(bin) = COPY.get() {
            if let Some(dir) = bin.parent() {
                let _ = std::fs::remove_dir_all(dir);
            }
        }
    }
    COPY.get_or_init(|| {
        let dir = tempfile::Builder::new()
            .prefix("pii-scan-bin")
            .tempdir()
            .expect("temporary directory")
            .keep();
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
        let path = dir.join("pii-scan");
        std::fs::copy(bin(), &path).expect("copy the binary");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
        // SAFETY: registers a plain function to run at process exit.
        unsafe { libc::atexit(remove_copy) };
        path
    })
}

/// Runs a prepared pii-scan command with no stdin, collecting its output;
/// fails the test after 60 s or on a panic.
pub fn run_cmd(mut cmd: Command) -> Output {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start pii-scan");
    let start = Instant::now();
    // Drain pipes on threads so a large report cannot block the child.
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let t_out = std::thread::spawn(move || {
        let mut v = Vec::new();
        std::io::Read::read_to_end(&mut out, &mut v).unwrap();
        v
    });
    let t_err = std::thread::spawn(move || {
        let mut v = Vec::new();
        std::io::Read::read_to_end(&mut err, &mut v).unwrap();
        v
    });
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            let stdout = t_out.join().unwrap();
            let stderr = t_err.join().unwrap();
            let text = String::from_utf8_lossy(&stderr);
            assert!(!text.contains("panicked"), "pii-scan panicked: {text}");
            return Output { status, stdout, stderr };
        }
        if start.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            panic!("pii-scan {cmd:?} did not finish within 60 s");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

pub fn run(args: &[&str]) -> Output {
    run_in(&root(), args)
}

pub fn code(o: &Output) -> i32 {
    o.status.code().unwrap_or(-1)
}

/// Runs with `--format json` and parses the report.
pub fn json_in(cwd: &Path, args: &[&str]) -> Value {
    let mut all = vec!["--format", "json", "--no-progress"];
    all.extend_from_slice(args);
    let o = run_in(cwd, &all);
    assert!(
        matches!(code(&o), 0 | 1),
        "exit {} stderr {}",
        code(&o),
        String::from_utf8_lossy(&o.stderr)
    );
    serde_json::from_slice(&o.stdout).expect("stdout is one JSON document")
}

pub fn json(args: &[&str]) -> Value {
    json_in(&root(), args)
}

/// `category -> (matches, distinct, files)` of a report.
pub fn categories(report: &Value) -> std::collections::BTreeMap<String, (u64, u64, u64)> {
    report["categories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["category"].as_str().unwrap().to_string(),
                (
                    c["matches"].as_u64().unwrap(),
                    c["distinct"].as_u64().unwrap(),
                    c["files"].as_u64().unwrap(),
                ),
            )
        })
        .collect()
}

/// The skipped entry for a path ending in `suffix`, if any.
pub fn skipped<'a>(report: &'a Value, suffix: &str) -> Option<&'a str> {
    report["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["path"].as_str().unwrap().ends_with(suffix))
        .map(|s| s["reason"].as_str().unwrap())
}

/// `path suffix -> {category: matches}` of a report's files.
pub fn file_counts(report: &Value, suffix: &str) -> Option<Value> {
    report["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"].as_str().unwrap().ends_with(suffix))
        .map(|f| f["categories"].clone())
}

pub fn is_root() -> bool {
    // SAFETY: geteuid has no preconditions.
    unsafe { libc::geteuid() == 0 }
}

/// Runs pii-scan with `--format json` under a hard address-space limit of
/// `bytes` (RLIMIT_AS, set in the child before exec): a scan that needs
/// more fails to allocate and aborts.
pub fn json_limited(cwd: &Path, bytes: u64, args: &[&str]) -> (i32, Value) {
    use std::os::unix::process::CommandExt;
    let mut cmd = Command::new(bin());
    cmd.args(["--format", "json", "--no-progress"])
        .args(args)
        .current_dir(cwd);
    // SAFETY: setrlimit is async-signal-safe; nothing else runs between
    // fork and exec.
    unsafe {
        cmd.pre_exec(move || {
            let lim = libc::rlimit {
                rlim_cur: bytes,
                rlim_max: bytes,
            };
            if libc::setrlimit(libc::RLIMIT_AS, &lim) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let o = cmd.output().expect("start pii-scan");
    let text = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.code().is_some(), "killed by a signal under the limit: {text}");
    let report = serde_json::from_slice(&o.stdout).unwrap_or_else(|_| panic!("no report; stderr: {text}"));
    (code(&o), report)
}

/// `(path, reason)` of every skipped entry.
pub fn skipped_all(report: &Value) -> std::collections::BTreeSet<(String, String)> {
    report["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["path"].as_str().unwrap().to_string(),
                s["reason"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// `(field, category, matches, distinct)` of every field row of one file.
pub fn fields_of(report: &Value, path: &str) -> std::collections::BTreeSet<(String, String, u64, u64)> {
    report["fields"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["path"] == path)
        .map(|f| {
            (
                f["field"].as_str().unwrap_or("").to_string(),
                f["category"].as_str().unwrap().to_string(),
                f["matches"].as_u64().unwrap(),
                f["distinct"].as_u64().unwrap(),
            )
        })
        .collect()
}
