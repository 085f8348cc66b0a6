//! Getting a file's bytes: read into a reused buffer, memory-mapped (with a
//! SIGBUS guard against truncation), or streamed. `decode` turns other
//! encodings into the UTF-8 the detectors read.
//!
//! `auto` maps files of at least [`MMAP_THRESHOLD`] bytes. Measured on the
//! 2-core CI machine, 256 MB as 256×1 MiB or 16×16 MiB files of PII-free text:
//! `read` and `mmap` take the same time (0.40–0.45 s either way; the regex,
//! not I/O, is the limit). So small files are read into a reused buffer (no
//! mapping set-up and tear-down per file), and large ones mapped: that lets
//! them be cut into chunks for every core without reading the file first.

pub mod decode;
pub mod sigbus;

pub use decode::decoded;

use memmap2::Mmap;
use std::fs::File;
use std::io;

/// Files at least this large are memory-mapped in `auto` mode, and split into
/// chunks scanned in parallel.
pub const MMAP_THRESHOLD: u64 = 16 << 20;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MmapMode {
    /// Map large files, read small ones.
    Auto,
    /// Map every non-empty regular file.
    Always,
    /// Never map; stream large files.
    Never,
}

/// A read-only mapping of a whole file, guarded against SIGBUS.
pub struct Mapped {
    map: Mmap,
    guard: sigbus::Guard,
}

impl Mapped {
    /// Maps `file`; `None` when the guard has no free slot (read instead).
    pub fn new(file: &File) -> io::Result<Option<Mapped>> {
        // SAFETY: the file may change under us while mapped. Truncation is
        // survived by the SIGBUS guard registered below (reads then see
        // zeros and `truncated()` reports it); other concurrent writes only
        // change which bytes we scan, never memory safety of our own data,
        // since the mapping is only ever read as plain bytes.
        let map = unsafe { Mmap::map(file)? };
        #[cfg(unix)]
        let _ = map.advise(memmap2::Advice::Sequential);
        Ok(sigbus::Guard::register(map.as_ptr(), map.len()).map(|guard| Mapped { map, guard }))
    }

    pub fn bytes(&self) -> &[u8] {
        &self.map
    }

    /// Whether part of the mapping vanished (the file shrank) while scanned.
    pub fn truncated(&self) -> bool {
        self.guard.faulted()
    }

    /// Drops the pages before `end` from this process's resident set (they
    /// stay in the page cache). Keeps RSS flat while a huge file is scanned.
    pub fn release_before(&self, end: usize) {
        let page = 4096;
        let end = end / page * page;
        if end == 0 {
            return;
        }
        // SAFETY: the mapping is read-only and file-backed; after DONTNEED a
        // later read of these pages faults them back in from the file, so no
        // reference into the mapping can observe different data than a
        // re-read of the file would give.
        let _ = unsafe {
            self.map
                .unchecked_advise_range(memmap2::UncheckedAdvice::DontNeed, 0, end)
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// The regression this guard exists for: reading a mapping after the file
    /// was truncated must not kill the process.
    #[test]
    fn truncating_a_mapped_file_is_survived_and_reported() {
        let mut tmp = tempfile::NamedTempFile::new().unwrap();
        let page = vec![b'a'; 1 << 16];
        for _ in 0..8 {
            tmp.write_all(&page).unwrap();
        }
        tmp.flush().unwrap();
        let file = File::open(tmp.path()).unwrap();
        let mapped = Mapped::new(&file).unwrap().expect("a free guard slot");
        assert!(!mapped.truncated());
        tmp.as_file().set_len(4096).unwrap();
        let sum: u64 = mapped.bytes().iter().map(|&b| u64::from(b)).sum();
        assert!(mapped.truncated());
        assert_eq!(sum, 4096 * u64::from(b'a'), "bytes past the new end read as zero");
    }
}
