//! Where `-o` writes: `-` is standard output; a device, FIFO or socket is
//! written into and never replaced; a symlink is followed; a directory is
//! refused. Each case runs as this user and, when that is root, also as
//! `nobody`, in a temporary directory that user owns.

use crate::util::*;
use serde_json::Value;
use std::os::unix::fs::FileTypeExt;
use std::path::Path;
use std::process::Output;

const NOBODY: u32 = 65534;

/// Who runs the binary.
#[derive(Clone, Copy, Debug)]
enum User {
    Me,
    Nobody,
}

fn users() -> Vec<User> {
    if is_root() {
        vec![User::Me, User::Nobody]
    } else {
        vec![User::Me]
    }
}

impl User {
    fn run(self, cwd: &Path, args: &[&str]) -> Output {
        match self {
            User::Me => run_in(cwd, args),
            User::Nobody => run_as(NOBODY, cwd, args),
        }
    }

    /// Hands `path` (not following a symlink) to this user.
    fn own(self, path: &Path) {
        if let User::Nobody = self {
            let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
            // SAFETY: a valid NUL-terminated path.
            assert_eq!(unsafe { libc::lchown(c.as_ptr(), NOBODY, NOBODY) }, 0, "chown {path:?}");
        }
    }
}

/// A temporary directory owned by `user` holding `input.csv` with one email.
fn workdir(user: User) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("input.csv"), "email\nana.lopez@gmail.com\n").unwrap();
    user.own(dir.path());
    user.own(&dir.path().join("input.csv"));
    dir
}

const SCAN: [&str; 4] = ["--format", "json", "--no-progress", "input.csv"];

fn scan_to(user: User, dir: &Path, out: &str) -> Output {
    let mut args = vec!["-o", out];
    args.extend_from_slice(&SCAN);
    user.run(dir, &args)
}

fn assert_report(bytes: &[u8]) {
    let v: Value = serde_json::from_slice(bytes).expect("a whole JSON report");
    assert_eq!(v["schema"], "pii-scan.report.v1");
    assert_eq!(categories(&v)["email"].0, 1);
}

fn entries(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn dash_is_standard_output() {
    for user in users() {
        let dir = workdir(user);
        let o = scan_to(user, dir.path(), "-");
        assert_eq!(code(&o), 0, "{user:?}: {}", String::from_utf8_lossy(&o.stderr));
        assert_report(&o.stdout);
        assert_eq!(entries(dir.path()), ["input.csv"], "{user:?}: no file named '-'");
    }
}

/// `/dev/null` as a device made with mknod in a temporary directory (so a
/// regression cannot replace the system's), then the real one as a user
/// who could not replace it anyway.
#[test]
fn a_character_device_is_written_into_not_replaced() {
    use std::os::unix::fs::MetadataExt;
    for user in users() {
        let dir = workdir(user);
        if is_root() {
            let null = dir.path().join("null");
            let c = std::ffi::CString::new(null.as_os_str().as_encoded_bytes()).unwrap();
            // SAFETY: a valid path; makedev(1, 3) is /dev/null's device number.
            assert_eq!(
                unsafe { libc::mknod(c.as_ptr(), libc::S_IFCHR | 0o666, libc::makedev(1, 3)) },
                0
            );
            std::fs::set_permissions(&null, std::os::unix::fs::PermissionsExt::from_mode(0o666)).unwrap();
            let o = scan_to(user, dir.path(), "null");
            assert_eq!(code(&o), 0, "{user:?}: {}", String::from_utf8_lossy(&o.stderr));
            let meta = std::fs::symlink_metadata(&null).unwrap();
            assert!(
                meta.file_type().is_char_device(),
                "{user:?}: the device is still a device"
            );
            assert_eq!(meta.rdev(), libc::makedev(1, 3));
            assert_eq!(
                entries(dir.path()),
                ["input.csv", "null"],
                "{user:?}: nothing else written"
            );
        }
        if !is_root() || matches!(user, User::Nobody) {
            let o = scan_to(user, dir.path(), "/dev/null");
            assert_eq!(code(&o), 0, "{user:?}: {}", String::from_utf8_lossy(&o.stderr));
            assert!(std::fs::metadata("/dev/null").unwrap().file_type().is_char_device());
        }
    }
}

#[test]
fn a_fifo_is_written_into() {
    for user in users() {
        let dir = workdir(user);
        let fifo = dir.path().join("report.fifo");
        let c = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes()).unwrap();
        // SAFETY: a valid path.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        user.own(&fifo);
        let reader = {
            let fifo = fifo.clone();
            std::thread::spawn(move || std::fs::read(fifo).unwrap())
        };
        let o = scan_to(user, dir.path(), "report.fifo");
        assert_eq!(code(&o), 0, "{user:?}: {}", String::from_utf8_lossy(&o.stderr));
        // Checked before joining: a reader of a replaced FIFO waits forever.
        assert!(std::fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());
        assert_report(&reader.join().unwrap());
        assert_eq!(entries(dir.path()), ["input.csv", "report.fifo"]);
    }
}

#[test]
fn a_unix_socket_is_written_into() {
    for user in users() {
        let dir = workdir(user);
        let path = dir.path().join("report.sock");
        let listener = std::os::unix::net::UnixListener::bind(&path).unwrap();
        user.own(&path);
        let reader = std::thread::spawn(move || {
            let (mut s, _) = listener.accept().unwrap();
            let mut v = Vec::new();
            std::io::Read::read_to_end(&mut s, &mut v).unwrap();
            v
        });
        let o = scan_to(user, dir.path(), "report.sock");
        assert_eq!(code(&o), 0, "{user:?}: {}", String::from_utf8_lossy(&o.stderr));
        assert!(std::fs::symlink_metadata(&path).unwrap().file_type().is_socket());
        assert_report(&reader.join().unwrap());
    }
}

/// The link stays a link and its target gets the report, atomically; a
/// dangling link creates its target; a relative link resolves from the
/// link's directory, not the working directory.
#[test]
fn a_symlink_is_followed_and_its_target_written() {
    for user in users() {
        let dir = workdir(user);
        let d = dir.path();
        std::fs::write(d.join("real.json"), "old").unwrap();
        user.own(&d.join("real.json"));
        std::os::unix::fs::symlink("real.json", d.join("link.json")).unwrap();
        user.own(&d.join("link.json"));
        let o = scan_to(user, d, "link.json");
        assert_eq!(code(&o), 0, "{user:?}: {}", String::from_utf8_lossy(&o.stderr));
        assert!(std::fs::symlink_metadata(d.join("link.json"))
            .unwrap()
            .file_type()
            .is_symlink());
        assert_report(&std::fs::read(d.join("real.json")).unwrap());

        std::fs::create_dir(d.join("sub")).unwrap();
        user.own(&d.join("sub"));
        std::os::unix::fs::symlink("new.json", d.join("sub/dangling.json")).unwrap();
        user.own(&d.join("sub/dangling.json"));
        let o = scan_to(user, d, "sub/dangling.json");
        assert_eq!(code(&o), 0, "{user:?}: {}", String::from_utf8_lossy(&o.stderr));
        assert!(std::fs::symlink_metadata(d.join("sub/dangling.json"))
            .unwrap()
            .file_type()
            .is_symlink());
        assert_report(&std::fs::read(d.join("sub/new.json")).unwrap());
        assert_eq!(entries(d), ["input.csv", "link.json", "real.json", "sub"], "{user:?}");
        assert_eq!(entries(&d.join("sub")), ["dangling.json", "new.json"], "{user:?}");
    }
}

#[test]
fn an_existing_directory_exits_2_and_is_left_alone() {
    for user in users() {
        let dir = workdir(user);
        std::fs::create_dir(dir.path().join("out")).unwrap();
        user.own(&dir.path().join("out"));
        let o = scan_to(user, dir.path(), "out");
        assert_eq!(code(&o), 2, "{user:?}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains("--output out: is a directory"), "{err}");
        assert!(o.stdout.is_empty());
        assert!(std::fs::metadata(dir.path().join("out")).unwrap().is_dir());
        assert_eq!(entries(&dir.path().join("out")).len(), 0);
    }
}

/// Writing a report over a disk is never what was meant.
#[test]
fn a_block_device_is_refused() {
    if !is_root() {
        eprintln!("skipped: mknod of a block device needs root");
        return;
    }
    let dir = workdir(User::Me);
    let dev = dir.path().join("disk");
    let c = std::ffi::CString::new(dev.as_os_str().as_encoded_bytes()).unwrap();
    // SAFETY: a valid path; 7,0 is loop0, which is never opened here.
    assert_eq!(
        unsafe { libc::mknod(c.as_ptr(), libc::S_IFBLK | 0o600, libc::makedev(7, 0)) },
        0
    );
    let o = scan_to(User::Me, dir.path(), "disk");
    assert_eq!(code(&o), 2);
    assert!(String::from_utf8_lossy(&o.stderr).contains("block device"));
    assert!(std::fs::symlink_metadata(&dev).unwrap().file_type().is_block_device());
}
