//! Surviving a file truncated while it is memory-mapped.
//!
//! Reading a mapped page past the new end of file raises SIGBUS, which would
//! kill the whole scan. While a mapping is registered here, a SIGBUS inside it
//! is answered by mapping a zero page over the faulting page and marking the
//! mapping; the read then sees zeros, the scan goes on, and the caller reports
//! the file as truncated. A SIGBUS anywhere else gets the default action.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Once;

const SLOTS: usize = 256;

struct Slot {
    start: AtomicUsize,
    len: AtomicUsize,
    faulted: AtomicBool,
}

#[allow(clippy::declare_interior_mutable_const)]
const EMPTY: Slot = Slot {
    start: AtomicUsize::new(0),
    len: AtomicUsize::new(0),
    faulted: AtomicBool::new(false),
};
static TABLE: [Slot; SLOTS] = [EMPTY; SLOTS];
static INSTALL: Once = Once::new();

/// A registered mapping; unregisters on drop.
pub struct Guard {
    slot: usize,
}

impl Guard {
    /// Registers `[start, start+len)`. `None` when every slot is taken (the
    /// caller then reads the file instead of mapping it).
    pub fn register(start: *const u8, len: usize) -> Option<Guard> {
        INSTALL.call_once(install);
        for (i, slot) in TABLE.iter().enumerate() {
            if slot
                .len
                .compare_exchange(0, usize::MAX, Ordering::AcqRel, Ordering::Relaxed)
                .is_ok()
            {
                slot.faulted.store(false, Ordering::Relaxed);
                slot.start.store(start as usize, Ordering::Release);
                slot.len.store(len.max(1), Ordering::Release);
                return Some(Guard { slot: i });
            }
        }
        None
    }

    /// Whether a read in this mapping hit a page past the end of the file.
    pub fn faulted(&self) -> bool {
        TABLE[self.slot].faulted.load(Ordering::Acquire)
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        let slot = &TABLE[self.slot];
        slot.start.store(0, Ordering::Release);
        slot.len.store(0, Ordering::Release);
    }
}

fn install() {
    // SAFETY: a zeroed sigaction is a valid starting value; we set the
    // handler, flags and an empty mask before passing it to the kernel.
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = handler as *const () as usize;
        sa.sa_flags = libc::SA_SIGINFO | libc::SA_NODEFER;
        libc::sigemptyset(&mut sa.sa_mask);
        libc::sigaction(libc::SIGBUS, &sa, std::ptr::null_mut());
    }
}

extern "C" fn handler(_sig: libc::c_int, info: *mut libc::siginfo_t, _ctx: *mut libc::c_void) {
    // Only async-signal-safe work here: atomics, mmap, sigaction.
    // SAFETY: the kernel passes a valid siginfo_t for SA_SIGINFO handlers.
    let addr = unsafe { (*info).si_addr() } as usize;
    for slot in TABLE.iter() {
        let len = slot.len.load(Ordering::Acquire);
        let start = slot.start.load(Ordering::Acquire);
        if len == 0 || len == usize::MAX || addr < start || addr >= start + len {
            continue;
        }
        // SAFETY: sysconf is async-signal-safe.
        let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) } as usize;
        let base = addr & !(page - 1);
        // SAFETY: the page lies inside a mapping we own (it is registered);
        // replacing it with an anonymous zero page only changes what our own
        // reads of a truncated file see.
        let p = unsafe {
            libc::mmap(
                base as *mut libc::c_void,
                page,
                libc::PROT_READ,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_FIXED,
                -1,
                0,
            )
        };
        if p != libc::MAP_FAILED {
            slot.faulted.store(true, Ordering::Release);
            return;
        }
    }
    // Not ours: restore the default action; the faulting access repeats and
    // the process dies as it would have.
    // SAFETY: resetting a signal to SIG_DFL is async-signal-safe.
    unsafe {
        libc::signal(libc::SIGBUS, libc::SIG_DFL);
    }
}
