//! Progress on stderr (only when stderr is a terminal): workers bump atomic
//! counters per file or chunk; a ticker thread draws the `indicatif` bar, so
//! the hot path never touches the terminal.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

/// Counters the scan updates.
#[derive(Default)]
pub struct Counters {
    pub bytes: AtomicU64,
    pub files: AtomicU64,
    /// Total bytes to scan, once a background size walk knows it (0 = unknown).
    pub total: AtomicU64,
    done: AtomicBool,
}

impl Counters {
    pub fn add(&self, bytes: u64, files: u64) {
        self.bytes.fetch_add(bytes, Ordering::Relaxed);
        self.files.fetch_add(files, Ordering::Relaxed);
    }
}

/// The drawing thread; stops and clears the bar on drop.
pub struct Ticker {
    counters: Arc<Counters>,
    thread: Option<JoinHandle<()>>,
}

impl Ticker {
    pub fn start(counters: Arc<Counters>) -> Ticker {
        let c = Arc::clone(&counters);
        let thread = std::thread::spawn(move || {
            let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr_with_hz(10));
            let spinner = ProgressStyle::with_template("{spinner} {msg}").expect("valid template");
            let with_total =
                ProgressStyle::with_template("{bar:30} {bytes}/{total_bytes} {msg} {bytes_per_sec} ETA {eta}")
                    .expect("valid template");
            bar.set_style(spinner);
            let mut styled = false;
            while !c.done.load(Ordering::Relaxed) {
                let total = c.total.load(Ordering::Relaxed);
                if total > 0 && !styled {
                    bar.set_length(total);
                    bar.set_style(with_total.clone());
                    styled = true;
                }
                bar.set_position(c.bytes.load(Ordering::Relaxed));
                bar.set_message(format!("{} files", c.files.load(Ordering::Relaxed)));
                bar.tick();
                std::thread::sleep(Duration::from_millis(100));
            }
            bar.finish_and_clear();
        });
        Ticker {
            counters,
            thread: Some(thread),
        }
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
