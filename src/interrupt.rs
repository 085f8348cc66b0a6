//! Ctrl-C: the first SIGINT asks workers to stop (they check between files
//! and chunks) so the binary can exit 130 without writing a partial report;
//! a second one exits at once.

use std::sync::atomic::{AtomicBool, Ordering};

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Set while a progress line is on the terminal: a second Ctrl-C clears it
/// before exiting.
pub static PROGRESS_DRAWN: AtomicBool = AtomicBool::new(false);

/// Installs the SIGINT (and SIGTERM) handler.
pub fn install() {
    // SAFETY: the handler only touches an atomic and calls _exit, both
    // async-signal-safe.
    unsafe {
        libc::signal(libc::SIGINT, on_signal as *const () as libc::sighandler_t);
        libc::signal(libc::SIGTERM, on_signal as *const () as libc::sighandler_t);
    }
}

extern "C" fn on_signal(_: libc::c_int) {
    if INTERRUPTED.swap(true, Ordering::SeqCst) {
        if PROGRESS_DRAWN.load(Ordering::SeqCst) {
            const CLEAR: &[u8] = b"\r\x1b[2K";
            // SAFETY: write(2) is async-signal-safe; CLEAR outlives the call.
            unsafe { libc::write(libc::STDERR_FILENO, CLEAR.as_ptr().cast(), CLEAR.len()) };
        }
        // SAFETY: _exit is async-signal-safe; a second Ctrl-C means "now".
        unsafe { libc::_exit(130) };
    }
}

/// Whether the user asked the scan to stop.
pub fn requested() -> bool {
    INTERRUPTED.load(Ordering::Relaxed)
}

/// A reader that ends (as if at end of input) once the user asked the scan
/// to stop: streams and decoders then wind down within one read.
pub struct Stoppable<R>(pub R);

impl<R: std::io::Read> std::io::Read for Stoppable<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if requested() {
            return Ok(0);
        }
        self.0.read(buf)
    }
}
