//! The bomb guard: a reader over a member's expanded bytes that stops at the
//! limits (expanded bytes, expansion ratio), and turns a read error into an
//! early end with a reason — so whatever reads a member sees a clean stream,
//! and the container reports afterwards why it ended early.

use super::{Limits, RATIO_FLOOR};
use std::cell::Cell;
use std::io::{self, Read, Seek, SeekFrom};
use std::rc::Rc;

/// Counts the compressed bytes a decoder pulls from its source.
pub struct Counted<R> {
    inner: R,
    count: Rc<Cell<u64>>,
}

impl<R: Read> Counted<R> {
    pub fn new(inner: R) -> (Self, Rc<Cell<u64>>) {
        let count = Rc::new(Cell::new(0));
        (
            Counted {
                inner,
                count: count.clone(),
            },
            count,
        )
    }
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.set(self.count.get() + n as u64);
        Ok(n)
    }
}

impl<R: Seek> Seek for Counted<R> {
    fn seek(&mut self, pos: SeekFrom) -> io::Result<u64> {
        self.inner.seek(pos)
    }
}

/// Where the compressed size comes from: the bytes a decoder consumed since
/// it started (counted at its source), or a declared size.
pub enum Input {
    Counted { count: Rc<Cell<u64>>, base: u64 },
#[cfg(any(test, feature = "internals"))]
    Declared(u64),
}

impl Input {
    /// Compressed bytes consumed from now on, counted by `count`.
    pub fn from_now(count: &Rc<Cell<u64>>) -> Self {
        Input::Counted {
            count: count.clone(),
            base: count.get(),
        }
    }

    fn get(&self) -> u64 {
        match self {
            Input::Counted { count, base } => count.get() - base,
#[cfg(any(test, feature = "internals"))]
            Input::Declared(n) => *n,
        }
    }
}

/// A member's expanded bytes, within the limits.
pub struct Budget<R> {
    inner: R,
    input: Input,
    limits: Limits,
    /// What is being decoded, for messages ("gzip stream", "zip member").
    what: &'static str,
    out: u64,
    /// Why the stream ended early, once it has.
    pub stopped: Option<String>,
}

impl<R: Read> Budget<R> {
    pub fn new(inner: R, input: Input, limits: Limits, what: &'static str) -> Self {
        Budget {
            inner,
            input,
            limits,
            what,
            out: 0,
            stopped: None,
        }
    }

    #[cfg(any(test, feature = "internals"))]
    /// Expanded bytes handed out so far.
    pub fn expanded(&self) -> u64 {
        self.out
    }

    #[cfg(any(test, feature = "internals"))]
    /// Compressed bytes consumed so far.
    pub fn consumed(&self) -> u64 {
        self.input.get()
    }
}

impl<R: Read> Read for Budget<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.stopped.is_some() || buf.is_empty() {
            return Ok(0);
        }
        let room = self.limits.max_expanded.saturating_sub(self.out);
        if room == 0 {
            self.stopped = Some(format!(
                "expanded past the limit of {} bytes (--max-expanded); scanned up to the limit",
                self.limits.max_expanded
            ));
            return Ok(0);
        }
        let want = buf.len().min(usize::try_from(room).unwrap_or(usize::MAX));
        let n = match self.inner.read(&mut buf[..want]) {
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => return Err(e),
            Err(e) => {
                let at = self.input.get();
                let why = if e.kind() == io::ErrorKind::UnexpectedEof {
                    format!("truncated ({e})")
                } else {
                    e.to_string()
                };
                self.stopped = Some(format!(
                    "corrupt {} at byte {at}: {why}; the {} bytes before it were scanned",
                    self.what, self.out
                ));
                return Ok(0);
            }
        };
        self.out += n as u64;
        let input = self.input.get().max(1);
        if self.out >= RATIO_FLOOR && self.out / input > self.limits.max_ratio {
            self.stopped = Some(format!(
                "expansion ratio over {}:1 ({} bytes from {input}; --max-ratio), a likely decompression bomb; scanned up to that point",
                self.limits.max_ratio, self.out
            ));
        }
        Ok(n)
    }
}

/// A reader whose first error ends it early and is kept for the report.
pub struct Catch<R> {
    inner: R,
    pub error: Option<io::Error>,
}

impl<R: Read> Catch<R> {
    pub fn new(inner: R) -> Self {
        Catch { inner, error: None }
    }
}

impl<R: Read> Read for Catch<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.error.is_some() {
            return Ok(0);
        }
        match self.inner.read(buf) {
            Err(e) if e.kind() != io::ErrorKind::Interrupted => {
                self.error = Some(e);
                Ok(0)
            }
            r => r,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits(max_expanded: u64, max_ratio: u64) -> Limits {
        Limits {
            max_expanded,
            max_ratio,
            max_depth: 3,
        }
    }

    #[test]
    fn stops_at_the_expanded_limit() {
        let src = io::repeat(b'a').take(1000);
        let mut b = Budget::new(src, Input::Declared(1000), limits(300, 1000), "zip member");
        let mut out = Vec::new();
        b.read_to_end(&mut out).unwrap();
        assert_eq!(out.len(), 300);
        assert!(b.stopped.as_deref().unwrap().contains("--max-expanded"));
    }

    #[test]
    fn stops_at_the_ratio_past_the_floor() {
        let src = io::repeat(0).take(RATIO_FLOOR * 2);
        let mut b = Budget::new(src, Input::Declared(1024), limits(u64::MAX, 100), "zip member");
        let n = io::copy(&mut b, &mut io::sink()).unwrap();
        assert!((RATIO_FLOOR..RATIO_FLOOR + (1 << 20)).contains(&n), "{n}");
        assert!(b.stopped.as_deref().unwrap().contains("--max-ratio"));
    }

    #[test]
    fn an_error_ends_the_stream_with_a_reason() {
        struct Fails(u8);
        impl Read for Fails {
            fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
                if self.0 == 0 {
                    return Err(io::Error::new(io::ErrorKind::InvalidData, "bad block"));
                }
                self.0 -= 1;
                buf[0] = b'x';
                Ok(1)
            }
        }
        let (counted, count) = Counted::new(io::Cursor::new(vec![0u8; 10]));
        let _ = counted;
        let mut b = Budget::new(Fails(3), Input::from_now(&count), limits(u64::MAX, 100), "gzip stream");
        let mut out = Vec::new();
        b.read_to_end(&mut out).unwrap();
        assert_eq!(out, b"xxx");
        assert_eq!(
            b.stopped.as_deref(),
            Some("corrupt gzip stream at byte 0: bad block; the 3 bytes before it were scanned")
        );
    }
}
