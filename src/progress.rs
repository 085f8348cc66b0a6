//! Progress on stderr (only when stderr is a terminal): workers bump atomic
//! counters per file or chunk and name the file they start; a ticker thread
//! draws the `indicatif` bar, so the hot path never touches the terminal.
//! The line shows files done (of files found, once a background walk has
//! counted them), bytes and rate, findings so far and the file being read;
//! it is cleared when the scan ends or the user presses Ctrl-C.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use crate::numbers::thousands;
use std::time::Duration;

/// Counters the scan updates.
#[derive(Default)]
pub struct Counters {
    pub bytes: AtomicU64,
    /// Files (and objects, tables) given on or found under the roots, done.
    pub files: AtomicU64,
    /// Values found so far.
    pub findings: AtomicU64,
    /// Total bytes to scan, once a background size walk knows it (0 = unknown).
    pub total: AtomicU64,
    /// Files the background walk found (0 = not known yet).
    pub found: AtomicU64,
    /// The file most recently started.
    current: Mutex<String>,
    done: AtomicBool,
}

impl Counters {
    /// `bytes` more were read.
    pub fn add_bytes(&self, bytes: u64) {
        self.bytes.fetch_add(bytes, Ordering::Relaxed);
    }

    /// A file, object or table is being read.
    pub fn start(&self, label: &str) {
        if let Ok(mut c) = self.current.lock() {
            c.clear();
            c.push_str(label);
        }
    }

    /// A file, object or table is done.
    pub fn file_done(&self) {
        self.files.fetch_add(1, Ordering::Relaxed);
    }

    /// `n` values were found.
    pub fn add_findings(&self, n: u64) {
        if n > 0 {
            self.findings.fetch_add(n, Ordering::Relaxed);
        }
    }

    /// The background walk is done: `files` files of `bytes` bytes in all.
    pub fn set_total(&self, files: u64, bytes: u64) {
        self.found.store(files.max(1), Ordering::Relaxed);
        self.total.store(bytes.max(1), Ordering::Relaxed);
    }

    /// The progress line's message: `12 / 40 files · 1,234 found · dump/users.csv`.
    pub fn message(&self, width: usize) -> String {
        let files = self.files.load(Ordering::Relaxed);
        let found = self.found.load(Ordering::Relaxed);
        let files = if found > 0 {
            format!("{} / {} files", thousands(files), thousands(found.max(files)))
        } else {
            format!("{} files", thousands(files))
        };
        let findings = thousands(self.findings.load(Ordering::Relaxed));
        let current = self.current.lock().map(|c| c.clone()).unwrap_or_default();
        let head = format!("{files} · {findings} found");
        let room = width.saturating_sub(head.chars().count() + 3);
        if current.is_empty() || room < 8 {
            return head;
        }
        format!("{head} · {}", tail(&crate::sanitize::terminal(&current), room))
    }
}

/// The last `room` characters of `s`, with `…` where it was cut.
fn tail(s: &str, room: usize) -> String {
    let n = s.chars().count();
    if n <= room {
        return s.to_string();
    }
    let keep: String = s.chars().skip(n - room + 1).collect();
    format!("…{keep}")
}

/// The drawing thread; stops and clears the bar on drop, or as soon as the
/// user presses Ctrl-C.
pub struct Ticker {
    counters: Arc<Counters>,
    thread: Option<JoinHandle<()>>,
}

impl Ticker {
    pub fn start(counters: Arc<Counters>) -> Ticker {
        let c = Arc::clone(&counters);
        let thread = std::thread::spawn(move || {
            let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr_with_hz(10));
            let spinner = ProgressStyle::with_template("{spinner} {bytes} {binary_bytes_per_sec} {wide_msg}")
                .expect("valid template");
            let with_total = ProgressStyle::with_template(
                "{bar:20} {bytes}/{total_bytes} {binary_bytes_per_sec} ETA {eta} {wide_msg}",
            )
            .expect("valid template");
            bar.set_style(spinner);
            crate::interrupt::PROGRESS_DRAWN.store(true, Ordering::SeqCst);
            let mut styled = false;
            while !c.done.load(Ordering::Relaxed) && !crate::interrupt::requested() {
                let total = c.total.load(Ordering::Relaxed);
                if total > 0 && !styled {
                    bar.set_length(total);
                    bar.set_style(with_total.clone());
                    styled = true;
                }
                bar.set_position(c.bytes.load(Ordering::Relaxed));
                let width = console_width().saturating_sub(if styled { 60 } else { 30 });
                bar.set_message(c.message(width));
                bar.tick();
                std::thread::sleep(Duration::from_millis(100));
            }
            bar.finish_and_clear();
            crate::interrupt::PROGRESS_DRAWN.store(false, Ordering::SeqCst);
        });
        Ticker {
            counters,
            thread: Some(thread),
        }
    }
}

/// The terminal's width on stderr (80 when it cannot be asked).
fn console_width() -> usize {
    // SAFETY: TIOCGWINSZ fills a winsize; a failure leaves it zeroed.
    let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
    let ok = unsafe { libc::ioctl(libc::STDERR_FILENO, libc::TIOCGWINSZ, &mut ws) } == 0;
    if ok && ws.ws_col > 0 {
        usize::from(ws.ws_col)
    } else {
        80
    }
}

impl Drop for Ticker {
    fn drop(&mut self) {
        self.counters.done.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_message_counts_files_of_found_findings_and_names_the_file() {
        let c = Counters::default();
        c.start("dump/users.csv");
        c.file_done();
        c.add_findings(1234);
        assert_eq!(c.message(80), "1 files · 1,234 found · dump/users.csv");
        c.set_total(40, 1 << 20);
        assert_eq!(c.message(80), "1 / 40 files · 1,234 found · dump/users.csv");
        // A narrow terminal keeps the end of the path.
        c.start("dump/a/very/long/directory/name/users.csv");
        let m = c.message(40);
        assert!(m.ends_with("…/users.csv"), "{m}");
        assert!(m.chars().count() <= 40, "{m}");
        // No room: no path at all rather than a useless stub.
        assert_eq!(c.message(20), "1 / 40 files · 1,234 found");
    }
}
