//! The one scan routine. [`Scanner::scan`] takes any [`Origin`] and
//! [`Source`]: it recognises containers (handing them to `container`, which
//! turns their members back into origins and sources), decodes UTF-16,
//! single-byte text and JSON escapes,
//! sniffs the [`Format`], chooses how to read — whole, windows of a stream,
//! or windows of a mapping on every core — runs detection and structure, and
//! feeds its [`Sink`]. A scanner is one thread's state: reused buffers,
//! detector scratch space and its own totals.

use super::container::{self as members, broke};
use super::origin::{Origin, Source};
use super::sink::Sink;
use super::pipeline::{self, Run};
use super::window::Ctx;
use super::Outputs;
use crate::aggregate::{FileAcc, Totals};
use crate::container::{self, Kind, HEAD, IN_MEMORY};
use crate::read::decode::{self, unescape_json, MAX_TRANSCODE};
use crate::read::{self, Mapped, MmapMode, MMAP_THRESHOLD};
use crate::sniff::{self, Format};
use crate::{interrupt, walk};
use std::borrow::Cow;
use std::fs::File;
use std::io::{Cursor, Read, Seek};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Large files set aside by a walker thread, scanned after the walk.
pub type Deferred = Vec<(PathBuf, u64)>;

/// One thread's scan state.
pub struct Scanner<'a> {
    pub(super) ctx: Ctx<'a>,
    pub(super) sink: Sink<'a>,
    buf: Vec<u8>,
    /// `Some` on walker threads: large files wait until the walk is done
    /// and are then scanned one at a time on every core.
    deferred: Option<Deferred>,
}

impl<'a> Scanner<'a> {
    pub fn new(ctx: Ctx<'a>, out: Outputs<'a>) -> Self {
        Scanner {
            ctx,
            sink: Sink::new(out),
            buf: Vec::new(),
            deferred: None,
        }
    }

    /// A scanner that sets large files aside instead of mapping them.
    pub fn deferring(mut self) -> Self {
        self.deferred = Some(Vec::new());
        self
    }

    /// Hands over what was scanned and what was set aside.
    pub fn take(&mut self) -> (Totals, Deferred) {
        let out = self.sink.outputs();
        let sink = std::mem::replace(&mut self.sink, Sink::new(out));
        (sink.into_totals(), self.deferred.take().unwrap_or_default())
    }

    /// The file at `path`, of `size` bytes when the walk saw it.
    pub fn scan_path(&mut self, path: &Path, size: u64) {
        match File::open(path) {
            Ok(file) => self.scan_top(&Origin::file(path, size), Source::File(file, path.to_path_buf())),
            Err(e) => {
                self.sink.fail(path.to_string_lossy(), walk::io_reason(&e));
                self.sink.top_level(None);
            }
        }
    }

    /// A file, object or table given or found under the roots (progress
    /// counts these).
    pub fn scan_top(&mut self, origin: &Origin, source: Source) {
        let deferred = self.deferred.as_ref().map_or(0, Vec::len);
        self.sink.top_level(Some(&origin.label));
        self.scan(origin, source);
        // A file set aside is counted when it is scanned.
        if self.deferred.as_ref().map_or(0, Vec::len) == deferred {
            self.sink.top_level(None);
        }
    }

    /// Scans one byte sequence into this scanner's sink.
    pub fn scan(&mut self, origin: &Origin, source: Source) {
        if interrupt::requested() {
            return;
        }
        match source {
            Source::Bytes(bytes) => self.bytes(origin, bytes),
            Source::Mapped(map) => self.parallel(origin, map),
            Source::Stream(reader) => self.stream(origin, reader),
            Source::File(file, path) => self.file(origin, file, &path),
        }
    }

    fn bytes(&mut self, origin: &Origin, raw: &[u8]) {
        if origin.rendered.is_none() {
            if let Some(kind) = container::sniff(&raw[..raw.len().min(HEAD)]) {
                return self.container(origin, kind, |sc| members::bytes(sc, origin, kind, raw));
            }
        }
        self.whole(origin, raw);
    }

    fn stream(&mut self, origin: &Origin, reader: &mut dyn Read) {
        let head = container::read_head(reader, HEAD);
        if let Some(kind) = container::sniff(&head).filter(|_| origin.rendered.is_none()) {
            let mut reader = Cursor::new(head).chain(reader);
            return self.container(origin, kind, |sc| members::stream(sc, origin, kind, &mut reader));
        }
        let mut reader = Cursor::new(head).chain(reader);
        let mut buf = Vec::new();
        // Read errors end a member's reader (its container reports them);
        // an error here is memory running out: stream the rest instead.
        let held = container::hold(&mut reader, IN_MEMORY, &mut buf).is_ok();
        if held && buf.len() <= IN_MEMORY {
            return self.whole(origin, &buf);
        }
        // Too large to hold: decoded as it streams, as it would be held.
        let rendered = origin.rendered.is_some();
        let read = std::cell::Cell::new(buf.len() as u64);
        let counted = Counted { inner: reader, n: &read };
        let mut text: Box<dyn Read> = if rendered {
            Box::new(decode::Freed::new(buf).chain(counted))
        } else {
            decode::streamed(buf, counted)
        };
        let _ = self.windows(origin, &mut text, &read);
    }

    /// A file on disk: its first bytes say whether it is a container; its
    /// size and `--mmap` how it is read.
    fn file(&mut self, origin: &Origin, mut file: File, path: &Path) {
        let size = origin.size.unwrap_or(0);
        let mut buf = std::mem::take(&mut self.buf);
        buf.clear();
        buf.reserve(usize::try_from(size.min(MMAP_THRESHOLD)).unwrap_or(0).saturating_add(1));
        if let Err(e) = (&mut file).take(HEAD as u64).read_to_end(&mut buf) {
            self.buf = buf;
            return self.read_error(origin, &e);
        }
        if let Some(kind) = container::sniff(&buf) {
            self.buf = buf;
            return self.container(origin, kind, |sc| members::file(sc, origin, path, file, kind));
        }
        let big = size >= MMAP_THRESHOLD;
        match self.ctx.opts.mmap {
            MmapMode::Auto | MmapMode::Always if big => {
                self.buf = buf;
                if let Some(d) = self.deferred.as_mut() {
                    return d.push((path.to_path_buf(), size));
                }
                match Mapped::new(&file) {
                    Ok(Some(map)) => {
                        self.parallel(origin, &map);
                        self.check_mapped(origin, &file, &map);
                    }
                    // Not mappable (address space exhausted, too many
                    // mappings): windows of a stream instead.
                    _ => self.stream_file(origin, file),
                }
            }
            MmapMode::Always if size > 0 => match Mapped::new(&file) {
                Ok(Some(map)) => {
                    // Scan a copy: the regex engine needs bytes that cannot
                    // change between its forward and reverse passes.
                    buf.clear();
                    buf.extend_from_slice(map.bytes());
                    self.whole(origin, &buf);
                    self.buf = buf;
                    self.check_mapped(origin, &file, &map);
                }
                _ => self.read_rest(origin, file, buf),
            },
            MmapMode::Never if big => {
                self.buf = buf;
                self.stream_file(origin, file);
            }
            _ => self.read_rest(origin, file, buf),
        }
    }

    /// Reads the rest of `file` after the bytes already in `buf`, then scans
    /// it whole.
    fn read_rest(&mut self, origin: &Origin, mut file: File, mut buf: Vec<u8>) {
        let head = buf.len();
        match file.read_to_end(&mut buf) {
            Ok(rest) => {
                self.check_size(origin, &file, (head + rest) as u64);
                self.whole(origin, &buf);
            }
            Err(e) => self.read_error(origin, &e),
        }
        self.buf = buf;
    }

    /// A large file read as a stream, in windows, on this thread, decoded
    /// as it streams (UTF-16, a single-byte code page).
    fn stream_file(&mut self, origin: &Origin, mut file: File) {
        if let Err(e) = file.rewind() {
            return self.read_error(origin, &e);
        }
        let head = container::read_head(&mut file, decode::PROBE);
        let read = std::cell::Cell::new(head.len() as u64);
        let counted = Counted { inner: &file, n: &read };
        let result = self.windows(origin, &mut decode::streamed(head, counted), &read);
        if result.is_ok() {
            self.check_size(origin, &file, read.get());
        }
    }

    /// Opens a container, unless it is nested too deep; a decoder that
    /// panics on hostile bytes is reported, and the scan goes on.
    fn container(&mut self, origin: &Origin, kind: Kind, open: impl FnOnce(&mut Self)) {
        let max = self.ctx.opts.limits.max_depth;
        if origin.is_member() && origin.depth >= max {
            return self.sink.fail(
                origin.label.clone(),
                format!("container nested deeper than {max} levels (--archive-depth); not opened"),
            );
        }
        if let Err(panic) = container::guard(|| open(self)) {
            self.sink.fail(origin.label.clone(), broke(kind, &panic));
        }
    }

    /// Text held whole: decoded, sniffed, then through the one window loop.
    fn whole(&mut self, origin: &Origin, raw: &[u8]) {
        let (decoded, format, label, bytes) = match origin.rendered {
            Some(r) => (
                std::borrow::Cow::Borrowed(raw),
                r.parse_as,
                r.report_as,
                r.bytes.unwrap_or(raw.len() as u64),
            ),
            None => {
                let decoded = read::decoded(raw);
                let format = sniff::format(Path::new(&origin.name), &decoded, sniff::is_binary(&decoded));
                (unescaped(decoded, format), format, format, raw.len() as u64)
            }
        };
        let hay = &decoded[..];
        let mut run = Run::new(self.ctx, format, hay, &origin.name, false);
        if !run.slice(&self.sink, &origin.label, hay, None) {
            return;
        }
        run.finish_slice(&origin.label, hay);
        if !origin.is_member() {
            self.sink.progress(bytes);
        }
        run.into_sink(&mut self.sink, origin.label.clone(), Some(label), bytes);
    }

    /// Text read as a stream, through the one window loop. A file's read
    /// error is reported and ends it unrecorded; a member's ends it (its
    /// container reports why). `raw` counts the source's bytes (before
    /// decoding): the sequence's size in the report.
    fn windows(&mut self, origin: &Origin, reader: &mut dyn Read, raw: &std::cell::Cell<u64>) -> Result<(), ()> {
        let ctx = self.ctx;
        let mut batches = pipeline::batches(ctx, interrupt::Stoppable(reader));
        let first = match batches.next_batch(std::mem::take(&mut self.buf)) {
            Ok(Some(b)) => b,
            Ok(None) => unreachable!("a stream's first batch is always given"),
            Err(_) if origin.is_member() => {
                self.sink.file(origin.label.clone(), Format::Text, 0, FileAcc::new(false), None);
                return Ok(());
            }
            Err(e) => {
                self.read_error(origin, &e);
                return Err(());
            }
        };
        let head = &first.bytes[..first.bytes.len().min(8192)];
        let format = match origin.rendered {
            Some(r) => r.parse_as,
            None => sniff::format(Path::new(&origin.name), head, sniff::is_binary(head)),
        };
        let mut run = Run::new(ctx, format, &first.bytes, &origin.name, !origin.is_member());
        let n = match run.stream(&self.sink, &origin.label, first, &mut batches) {
            Ok(_) => raw.get(),
            Err(_) if origin.is_member() => 0,
            Err((_, e)) => {
                self.read_error(origin, &e);
                return Err(());
            }
        };
        run.into_sink(&mut self.sink, origin.label.clone(), origin.rendered.map(|r| r.report_as), n);
        Ok(())
    }

    /// A mapped file: decoded and sniffed, then through the one window
    /// loop, its windows detected on every core.
    fn parallel(&mut self, origin: &Origin, map: &Mapped) {
        let raw = map.bytes();
        let decoded = read::decoded(raw);
        let head = &decoded[..decoded.len().min(8192)];
        let format = sniff::format(Path::new(&origin.name), head, sniff::is_binary(head));
        let decoded = if decoded.len() <= MAX_TRANSCODE && may_hold_escapes(format, &decoded, map) {
            unescaped(decoded, format)
        } else {
            decoded
        };
        let hay = &decoded[..];
        let mut run = Run::new(self.ctx, format, hay, &origin.name, true);
        if !run.slice(&self.sink, &origin.label, hay, Some(map)) {
            return;
        }
        run.finish_slice(&origin.label, hay);
        run.into_sink(&mut self.sink, origin.label.clone(), None, raw.len() as u64);
    }

    pub(super) fn read_error(&mut self, origin: &Origin, e: &std::io::Error) {
        self.sink
            .fail(origin.label.clone(), format!("read error: {}", walk::io_reason(e)));
    }

    /// A file whose size changed between open and the end of its read.
    fn check_size(&mut self, origin: &Origin, file: &File, read: u64) {
        let at_open = origin.size.unwrap_or(read);
        let now = file.metadata().map_or(read, |m| m.len());
        if read != at_open || now != at_open {
            self.sink.fail(
                origin.label.clone(),
                format!("changed size during the scan ({at_open} bytes at open, {read} read, {now} now); findings from the bytes read are kept"),
            );
        }
    }

    /// A mapped file truncated or grown while it was scanned.
    fn check_mapped(&mut self, origin: &Origin, file: &File, map: &Mapped) {
        let at_open = origin.size.unwrap_or(0);
        let now = file.metadata().map_or(at_open, |m| m.len());
        let reason = if map.truncated() || now < at_open {
            format!("truncated during the scan ({at_open} bytes at open, {now} now); bytes past the new end were read as zeros, findings before it are kept")
        } else if now > at_open {
            format!("grew during the scan ({at_open} bytes at open, {now} now); only the first {at_open} bytes were scanned")
        } else {
            return;
        };
        self.sink.fail(origin.label.clone(), reason);
    }
}

/// JSON text with its `\uXXXX` escapes decoded, so `M\u00fcller` is read
/// as the name it is; other text as it is.
/// Whether JSON text may hold `\uXXXX` escapes. Looked for in pieces of the
/// mapping, each let go once searched: one pass over a whole large file
/// would otherwise leave all of it resident (measured: a 257 MB NDJSON file,
/// 258 MB of its pages at once).
fn may_hold_escapes(format: Format, text: &[u8], map: &Mapped) -> bool {
    const PIECE: usize = 16 << 20;
    if !matches!(format, Format::Json | Format::Ndjson) {
        return false;
    }
    let mapped = text.as_ptr() == map.bytes().as_ptr();
    let mut at = 0;
    while at < text.len() {
        let end = (at + PIECE).min(text.len());
        // One byte of overlap: an escape cut between two pieces.
        if memchr::memmem::find(&text[at.saturating_sub(1)..end], b"\\u").is_some() {
            return true;
        }
        if mapped {
            map.release_before(end);
        }
        at = end;
    }
    false
}

fn unescaped(text: Cow<'_, [u8]>, format: Format) -> Cow<'_, [u8]> {
    match format {
        Format::Json | Format::Ndjson => unescape_json(&text).map_or(text, Cow::Owned),
        _ => text,
    }
}

/// A scanner whose results are handed to `to` when it is dropped: for the
/// per-thread state of the walker and of rayon's `for_each_init`, which
/// drop it without returning it.
pub struct Handoff<'a, 'm> {
    pub scanner: Scanner<'a>,
    to: &'m Mutex<Vec<(Totals, Deferred)>>,
}

impl<'a, 'm> Handoff<'a, 'm> {
    pub fn new(scanner: Scanner<'a>, to: &'m Mutex<Vec<(Totals, Deferred)>>) -> Self {
        Handoff { scanner, to }
    }
}

impl Drop for Handoff<'_, '_> {
    fn drop(&mut self) {
        let parts = self.scanner.take();
        self.to.lock().unwrap_or_else(|e| e.into_inner()).push(parts);
    }
}

/// A reader that counts the bytes it hands on (a file's own bytes, before
/// any decoding), for the size check.
struct Counted<'a, R> {
    inner: R,
    n: &'a std::cell::Cell<u64>,
}

impl<R: Read> Read for Counted<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let k = self.inner.read(buf)?;
        self.n.set(self.n.get() + k as u64);
        Ok(k)
    }
}
