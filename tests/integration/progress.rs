//! The progress line, drawn on a real terminal (a pseudo-terminal as
//! stderr): files done of files found, bytes and rate, findings so far, the
//! file being read; cleared when Ctrl-C stops the scan.

use super::util::bin;
use std::io::{Read, Write};
use std::os::fd::{FromRawFd, OwnedFd};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A pseudo-terminal 120 columns wide: (master, slave).
fn pty() -> (OwnedFd, OwnedFd) {
    let (mut master, mut slave) = (-1, -1);
    let ws = libc::winsize {
        ws_row: 40,
        ws_col: 120,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: openpty writes two descriptors; the rest may be null.
    let rc = unsafe { libc::openpty(&mut master, &mut slave, std::ptr::null_mut(), std::ptr::null(), &ws) };
    assert_eq!(rc, 0, "openpty: {}", std::io::Error::last_os_error());
    // SAFETY: both descriptors were just opened and are owned here only.
    unsafe { (OwnedFd::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) }
}

#[test]
fn progress_shows_files_of_found_bytes_findings_and_the_file_and_is_cleared_on_ctrl_c() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("small.csv"), "email\nana@example.org\nbo@example.net\n").unwrap();
    // Big enough that one thread is still reading it when Ctrl-C comes.
    let mut big = std::io::BufWriter::new(std::fs::File::create(dir.path().join("big.log")).unwrap());
    for i in 0..1_500_000u32 {
        writeln!(
            big,
            "10.{}.{}.{} - - [02/Dec/2026:10:00:00 +0000] \"GET /photo/{i} HTTP/1.1\" 200 512 user{i}@example.com",
            i % 200,
            (i / 200) % 250,
            i % 250 + 1
        )
        .unwrap();
    }
    big.into_inner().unwrap().sync_all().unwrap();

    let (master, slave) = pty();
    let mut child = Command::new(bin())
        .args(["--format", "json", "-j", "1"])
        .arg(dir.path())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::from(slave))
        .spawn()
        .unwrap();
    let screen = Arc::new(Mutex::new(Vec::<u8>::new()));
    let reader = {
        let screen = Arc::clone(&screen);
        let mut master = std::fs::File::from(master);
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            // Ends with EIO once the child, the last holder of the slave, exits.
            while let Ok(n @ 1..) = master.read(&mut buf) {
                screen.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        })
    };
    let mut stdout = child.stdout.take().unwrap();
    let out = std::thread::spawn(move || {
        let mut v = Vec::new();
        stdout.read_to_end(&mut v).unwrap();
        v
    });

    // The count of values found so far, in the last line drawn.
    fn found_so_far(s: &str) -> u64 {
        let Some(last) = s.split('\r').rfind(|d| d.contains(" found")) else {
            return 0;
        };
        last[..last.find(" found").unwrap()]
            .rsplit(' ')
            .next()
            .unwrap_or("")
            .chars()
            .filter(char::is_ascii_digit)
            .collect::<String>()
            .parse()
            .unwrap_or(0)
    }
    // Waits for big.log's first windows to be counted (on a loaded machine
    // the line can be drawn before any window is scanned).
    let shown = |s: &str| s.contains("/ 2 files") && s.contains("big.log") && found_so_far(s) > 0;
    let start = Instant::now();
    loop {
        let text = String::from_utf8_lossy(&screen.lock().unwrap()).into_owned();
        if shown(&text) {
            break;
        }
        assert!(
            child.try_wait().unwrap().is_none(),
            "the scan ended before the progress line named big.log of 2 files: {text:?}"
        );
        assert!(start.elapsed() < Duration::from_secs(60), "no progress line: {text:?}");
        std::thread::sleep(Duration::from_millis(20));
    }
    // SAFETY: the child is ours and still running.
    unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
    let status = child.wait().unwrap();
    reader.join().unwrap();
    let report = out.join().unwrap();
    let screen = String::from_utf8_lossy(&screen.lock().unwrap()).into_owned();

    assert_eq!(status.code(), Some(130), "{screen:?}");
    assert!(report.is_empty(), "no partial report on Ctrl-C");
    // Bytes and a rate were shown.
    assert!(screen.contains("/s"), "{screen:?}");
    // The last line drawn was cleared before the message.
    let at = screen.find("interrupted").expect("the interrupt message");
    let before = &screen[..at];
    let last_clear = before.rfind("\x1b[2K").expect("a line clear");
    let after_clear = &before[last_clear + 4..];
    assert!(
        !after_clear.contains("found"),
        "the progress line was left on the screen: {after_clear:?}"
    );
    // Findings so far were counted while big.log was read (its windows
    // count as they are scanned): the last number before "found" is > 0.
    let draws: Vec<&str> = before.split('\r').filter(|d| d.contains(" found")).collect();
    let last = draws.last().unwrap();
    let n: String = last[..last.find(" found").unwrap()]
        .rsplit(' ')
        .next()
        .unwrap()
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    assert!(n.parse::<u64>().unwrap() > 0, "{last:?}");
}
