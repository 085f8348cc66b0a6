//! Containers, the scanner's side of `crate::container`: a container becomes
//! members, each an [`Origin`] (`outer!member`, one level deeper) and a
//! [`Source`] handed back to [`Scanner::scan`]; databases, spreadsheets,
//! Parquet files and photos become rendered text, scanned with structure
//! under the container's own path. Nothing is scanned here.
//!
//! Parallelism: a compressed stream or tar is decoded on the thread that
//! opened it while its members are scanned on the pool (bounded bytes in
//! flight); a large zip's members are read by every pool thread at once.

use super::origin::{Origin, Rendered, Source};
use super::scanner::{Handoff, Scanner};
use crate::aggregate::FileAcc;
use crate::container::archive::Opened;
use crate::container::{self, archive, budget::Counted, photo, table, Kind, Unreadable, Visitor, HEAD, IN_MEMORY};
use crate::read::{Mapped, MMAP_THRESHOLD};
use crate::sniff::Format;
use rayon::prelude::*;
use std::fs::File;
use std::io::{BufReader, Cursor, Read, Seek};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};
use std::sync::Mutex;

/// Zips whose members expand to at least this many bytes have their members
/// scanned in parallel.
const PARALLEL_ZIP: u64 = 8 << 20;

/// Bytes of stream members handed to the pool and not yet scanned: past
/// this, the thread decoding the stream scans the next member itself.
const IN_FLIGHT: usize = 64 << 20;

/// A container file on disk (its first bytes said `kind`).
pub(super) fn file(sc: &mut Scanner, origin: &Origin, path: &Path, mut file: File, kind: Kind) {
    if let Err(e) = file.rewind() {
        return sc.read_error(origin, &e);
    }
    let size = origin.size.unwrap_or(0);
    match kind {
        Kind::Sqlite => rendered(sc, origin, kind.format(), size, table::sqlite_file(path)),
        Kind::Parquet => rendered(sc, origin, kind.format(), size, table::parquet(file)),
        Kind::Image(format) => {
            let exif = photo::exif_json(&mut BufReader::new(file));
            self::photo(sc, origin, format, size, exif);
        }
        Kind::Zip if size >= MMAP_THRESHOLD => match Mapped::new(&file) {
            Ok(Some(map)) => {
                zip(sc, origin, map.bytes());
                if map.truncated() {
                    sc.sink.fail(
                        origin.label.clone(),
                        "truncated during the scan; members past the new end were read as zeros",
                    );
                }
            }
            _ => sc
                .sink
                .fail(origin.label.clone(), "cannot memory-map the zip; not scanned"),
        },
        Kind::Zip => {
            let mut buf = Vec::new();
            match file.read_to_end(&mut buf) {
                Ok(_) => zip(sc, origin, &buf),
                Err(e) => sc.read_error(origin, &e),
            }
        }
        _ => {
            let source = crate::interrupt::Stoppable(BufReader::with_capacity(256 << 10, file));
            let (mut counted, count) = Counted::new(source);
            stream_members(sc, origin, kind, &mut counted);
            done(sc, origin, kind, count.get());
        }
    }
}

/// A container arriving as a stream (a member of another one).
pub(super) fn stream(sc: &mut Scanner, origin: &Origin, kind: Kind, reader: &mut dyn Read) {
    if kind.streams() {
        let (mut counted, count) = Counted::new(reader);
        stream_members(sc, origin, kind, &mut counted);
        return done(sc, origin, kind, count.get());
    }
    let mut buf = Vec::new();
    let held = container::hold(reader, IN_MEMORY, &mut buf).is_ok();
    if held && buf.len() <= IN_MEMORY {
        return bytes(sc, origin, kind, &buf);
    }
    let _ = std::io::copy(reader, &mut std::io::sink());
    sc.sink.fail(
        origin.label.clone(),
        format!(
            "{} member larger than {IN_MEMORY} bytes: only containers on disk are opened past that size; not scanned",
            kind.format()
        ),
    );
}

/// A container held whole in memory.
pub(super) fn bytes(sc: &mut Scanner, origin: &Origin, kind: Kind, bytes: &[u8]) {
    let size = bytes.len() as u64;
    match kind {
        Kind::Zip => zip(sc, origin, bytes),
        Kind::Sqlite => rendered(sc, origin, kind.format(), size, table::sqlite_bytes(bytes)),
        Kind::Parquet => {
            let bytes = bytes::Bytes::copy_from_slice(bytes);
            rendered(sc, origin, kind.format(), size, table::parquet(bytes));
        }
        Kind::Image(format) => {
            let exif = photo::exif_json(&mut Cursor::new(bytes));
            photo(sc, origin, format, size, exif);
        }
        k => stream(sc, origin, k, &mut Cursor::new(bytes)),
    }
}

/// Counts an opened container as a scanned file (its findings are its
/// members').
fn done(sc: &mut Scanner, origin: &Origin, kind: Kind, bytes: u64) {
    if !origin.is_member() {
        sc.sink.progress(bytes);
    }
    sc.sink
        .file(origin.label.clone(), kind.format(), bytes, FileAcc::default(), None);
}

/// A compressed stream or tar: members are decoded on this thread and
/// scanned on the pool.
fn stream_members(sc: &mut Scanner, origin: &Origin, kind: Kind, reader: &mut dyn Read) {
    let (ctx, out, limits) = (sc.ctx, sc.sink.outputs(), sc.ctx.opts.limits);
    let idle: Mutex<Vec<Scanner>> = Mutex::new(Vec::new());
    let in_flight = AtomicUsize::new(0);
    let make = || Scanner::new(ctx, out);
    ctx.pool.in_place_scope(|scope| {
        let parallel = Parallel {
            scope,
            idle: &idle,
            in_flight: &in_flight,
            make: &make,
        };
        let mut members = Members {
            scanner: sc,
            stem: kind.inner_name(&origin.name),
            outer: origin.label.clone(),
            depth: origin.depth + 1,
            parallel: Some(&parallel),
        };
        archive::stream(kind, reader, limits, &mut members);
    });
    for mut s in idle.into_inner().unwrap_or_else(|e| e.into_inner()) {
        sc.sink.merge(s.take().0);
    }
}

/// A zip held in memory (or mapped): its members, or a spreadsheet.
fn zip(sc: &mut Scanner, origin: &Origin, bytes: &[u8]) {
    let limits = sc.ctx.opts.limits;
    let mut members = Members::of(sc, origin);
    match archive::open_zip(Cursor::new(bytes), &mut members) {
        Opened::Spreadsheet(format) => {
            let sheets = table::spreadsheet(bytes);
            return rendered(sc, origin, format, bytes.len() as u64, sheets);
        }
        Opened::Members(mut zip, count) => {
            let n = zip.len();
            let expanded: u64 = (0..n).filter_map(|i| zip.by_index_raw(i).ok().map(|f| f.size())).sum();
            if n > 1 && expanded >= PARALLEL_ZIP {
                drop(zip);
                zip_parallel(sc, origin, bytes, n);
            } else {
                for i in 0..n {
                    archive::zip_member(&mut zip, &count, i, limits, &mut members);
                }
            }
        }
        Opened::Corrupt => {}
    }
    done(sc, origin, Kind::Zip, bytes.len() as u64);
}

/// A large zip's `n` members on the pool: each pool thread opens its own
/// reader of the archive and has its own scanner; their totals are merged
/// afterwards.
fn zip_parallel(sc: &mut Scanner, origin: &Origin, bytes: &[u8], n: usize) {
    let (ctx, out, limits) = (sc.ctx, sc.sink.outputs(), sc.ctx.opts.limits);
    let finished = Mutex::new(Vec::new());
    ctx.pool.install(|| {
        (0..n).into_par_iter().for_each_init(
            || {
                let mut h = Handoff::new(Scanner::new(ctx, out), &finished);
                let zip = match archive::open_zip(Cursor::new(bytes), &mut Members::of(&mut h.scanner, origin)) {
                    Opened::Members(zip, count) => Some((zip, count)),
                    _ => None,
                };
                (h, zip)
            },
            |(h, zip), i| {
                if let Some((zip, count)) = zip.as_mut() {
                    archive::zip_member(zip, count, i, limits, &mut Members::of(&mut h.scanner, origin));
                }
            },
        )
    });
    for (totals, _) in finished.into_inner().unwrap_or_else(|e| e.into_inner()) {
        sc.sink.merge(totals);
    }
}

/// A photo's EXIF rendering.
fn photo(sc: &mut Scanner, origin: &Origin, format: Format, size: u64, exif: Result<Option<Vec<u8>>, Unreadable>) {
    let r = exif.map(|doc| table::Rendered {
        text: doc.unwrap_or_default(),
        parse_as: Format::Json,
        gaps: Vec::new(),
    });
    rendered(sc, origin, format, size, r);
}

/// Text rendered from a database, spreadsheet, Parquet file or photo.
fn rendered(sc: &mut Scanner, origin: &Origin, report_as: Format, size: u64, r: Result<table::Rendered, Unreadable>) {
    match r {
        Ok(r) => {
            for gap in r.gaps {
                sc.sink.fail(origin.label.clone(), gap);
            }
            let how = Rendered {
                parse_as: r.parse_as,
                report_as,
                bytes: Some(size),
            };
            sc.scan(&origin.rendering(how), Source::Bytes(&r.text));
        }
        Err(reason) => {
            sc.sink.progress(size);
            sc.sink.fail(origin.label.clone(), reason.0);
        }
    }
}

/// The skip reason for a decoder that panicked on a container's bytes.
pub(super) fn broke(kind: Kind, panic: &container::Panicked) -> String {
    format!(
        "the {} decoder failed on these bytes ({panic}); the rest of it was not scanned",
        kind.format()
    )
}

/// Hands one container's members to a scanner.
struct Members<'m, 'a, 's, 'p> {
    scanner: &'m mut Scanner<'a>,
    /// The container's own path (`dump/export.zip`).
    outer: String,
    /// The name a compressed stream's content is sniffed by (`app.log`).
    stem: String,
    /// Nesting depth of the members.
    depth: u32,
    /// For streams: where whole members are sent to be scanned on the pool
    /// while the stream decodes on.
    parallel: Option<&'p Parallel<'s, 'p, 'a>>,
}

impl<'m, 'a> Members<'m, 'a, '_, '_> {
    /// The members of `origin`, scanned on this thread.
    fn of(scanner: &'m mut Scanner<'a>, origin: &Origin) -> Self {
        Members {
            scanner,
            stem: origin.name.clone(),
            outer: origin.label.clone(),
            depth: origin.depth + 1,
            parallel: None,
        }
    }
}

/// The pool side of a stream's members: a scope to spawn in, idle scanners
/// (each with its own buffers and totals), and the bytes in flight.
struct Parallel<'s, 'p, 'a> {
    scope: &'p rayon::Scope<'s>,
    idle: &'s Mutex<Vec<Scanner<'a>>>,
    in_flight: &'s AtomicUsize,
    make: &'s (dyn Fn() -> Scanner<'a> + Sync),
}

impl Visitor for Members<'_, '_, '_, '_> {
    fn member(&mut self, name: &str, reader: &mut dyn Read) {
        let label = format!("{}!{name}", self.outer);
        let sniff_name = if name.is_empty() { &self.stem } else { name };
        let origin = Origin::member(label, sniff_name.to_string(), self.depth);
        let Some(p) = self.parallel else {
            return self.scanner.scan(&origin, Source::Stream(reader));
        };
        // A plain member that fits in memory goes to the pool; containers,
        // huge members, or too many bytes in flight stay on this thread.
        let head = container::read_head(reader, HEAD);
        let mut rest = Cursor::new(head).chain(reader);
        if container::sniff(rest.get_ref().0.get_ref()).is_some() {
            return self.scanner.scan(&origin, Source::Stream(&mut rest));
        }
        let mut buf = Vec::new();
        let held = container::hold(&mut rest, IN_MEMORY, &mut buf).is_ok();
        if held && buf.len() <= IN_MEMORY && p.in_flight.load(SeqCst) + buf.len() <= IN_FLIGHT {
            p.in_flight.fetch_add(buf.len(), SeqCst);
            let (idle, in_flight, make) = (p.idle, p.in_flight, p.make);
            p.scope.spawn(move |_| {
                let taken = idle.lock().unwrap_or_else(|e| e.into_inner()).pop();
                let mut s = taken.unwrap_or_else(make);
                s.scan(&origin, Source::Bytes(&buf));
                in_flight.fetch_sub(buf.len(), SeqCst);
                idle.lock().unwrap_or_else(|e| e.into_inner()).push(s);
            });
            return;
        }
        self.scanner
            .scan(&origin, Source::Stream(&mut Cursor::new(buf).chain(rest)));
    }

    fn skip(&mut self, name: &str, reason: String) {
        let path = if name.is_empty() {
            self.outer.clone()
        } else {
            format!("{}!{name}", self.outer)
        };
        self.scanner.sink.fail(path, reason);
    }
}
