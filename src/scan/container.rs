//! Scanning containers: the walker's side of `crate::container`. A container
//! file is opened read-only, its members go through the same pipeline as
//! files (sniff → parse → detect → classify), under the path
//! `outer!member`, recursing into nested containers up to the depth limit.
//! Databases, spreadsheets, Parquet files and photos are rendered as text
//! by `container` and scanned with structure.
//!
//! Parallelism: a compressed stream or tar is decoded on the thread that
//! opened it while its members are scanned on the pool (bounded bytes in
//! flight); a large zip's members are read by every pool thread at once.

use super::Worker;
use crate::chunk;
use crate::container::archive::Opened;
use crate::container::{self, archive, budget::Counted, photo, table, Kind, Visitor, HEAD, IN_MEMORY};
use crate::read::{Mapped, MMAP_THRESHOLD};
use crate::walk;
use rayon::prelude::*;
use std::fs::File;
use std::io::{BufReader, Cursor, Read, Seek};
use std::path::Path;

/// Zips whose members expand to at least this many bytes have their members
/// scanned in parallel.
const PARALLEL_ZIP: u64 = 8 << 20;

/// Bytes of stream members handed to the pool and not yet scanned: past
/// this, the thread decoding the stream scans the next member itself.
const IN_FLIGHT: usize = 64 << 20;

/// Hands one container's members back to the worker.
struct Members<'w, 'a, 's, 'f, 'p> {
    worker: &'w mut Worker<'a>,
    /// The container's own path (`dump/export.zip`).
    outer: String,
    /// The name a compressed stream's content is sniffed by (`app.log`).
    stem: String,
    /// Nesting depth of the members.
    depth: u32,
    /// For streams: where whole members are sent to be scanned on the pool
    /// while the stream decodes on.
    parallel: Option<&'p Parallel<'s, 'f, 'p>>,
}

/// The pool side of a stream's members: a scope to spawn in, idle workers
/// (each with its own buffers and totals), and the bytes in flight.
struct Parallel<'s, 'f, 'p> {
    scope: &'p rayon::Scope<'s>,
    idle: &'s std::sync::Mutex<Vec<Worker<'f>>>,
    finished: &'f std::sync::Mutex<Vec<super::WorkerResult>>,
    in_flight: &'s std::sync::atomic::AtomicUsize,
    ctx: super::file::Ctx<'f>,
    out: super::Outputs<'f>,
}

impl Visitor for Members<'_, '_, '_, '_, '_> {
    fn member(&mut self, name: &str, reader: &mut dyn Read) {
        let label = format!("{}!{name}", self.outer);
        let sniff_name = if name.is_empty() { &self.stem } else { name };
        let sniff_name = sniff_name.to_string();
        let Some(p) = self.parallel else {
            return self.worker.member(label, &sniff_name, reader, self.depth);
        };
        // A plain member that fits in memory goes to the pool; containers,
        // huge members, or too many bytes in flight stay on this thread.
        let head = container::read_head(reader, HEAD);
        let mut rest = Cursor::new(head).chain(reader);
        if container::sniff(rest.get_ref().0.get_ref()).is_none() {
            let mut buf = Vec::new();
            let held = (&mut rest).take(IN_MEMORY as u64 + 1).read_to_end(&mut buf).is_ok();
            use std::sync::atomic::Ordering::SeqCst;
            if held && buf.len() <= IN_MEMORY && p.in_flight.load(SeqCst) + buf.len() <= IN_FLIGHT {
                p.in_flight.fetch_add(buf.len(), SeqCst);
                let (idle, finished, in_flight, ctx, out) = (p.idle, p.finished, p.in_flight, p.ctx, p.out);
                p.scope.spawn(move |_| {
                    let taken = idle.lock().unwrap_or_else(|e| e.into_inner()).pop();
                    let mut w = taken.unwrap_or_else(|| Worker::new(ctx, out, finished));
                    w.bytes(Path::new(&sniff_name), label, &buf);
                    in_flight.fetch_sub(buf.len(), SeqCst);
                    idle.lock().unwrap_or_else(|e| e.into_inner()).push(w);
                });
                return;
            }
            return self
                .worker
                .member(label, &sniff_name, &mut Cursor::new(buf).chain(rest), self.depth);
        }
        self.worker.member(label, &sniff_name, &mut rest, self.depth);
    }

    fn skip(&mut self, name: &str, reason: String) {
        let path = if name.is_empty() {
            self.outer.clone()
        } else {
            format!("{}!{name}", self.outer)
        };
        self.worker.totals.fail(path, reason);
    }
}

impl<'a> Worker<'a> {
    /// A container file on disk (its first bytes said `kind`).
    pub(super) fn container_file(&mut self, path: &Path, display: String, size: u64, file: File, kind: Kind) {
        let label = display.clone();
        if let Err(panic) = container::guard(|| self.open_file(path, display, size, file, kind)) {
            self.totals.fail(label, broke(kind, &panic));
        }
    }

    fn open_file(&mut self, path: &Path, display: String, size: u64, mut file: File, kind: Kind) {
        if let Err(e) = file.rewind() {
            return self
                .totals
                .fail(display, format!("read error: {}", walk::io_reason(&e)));
        }
        let name = path.to_string_lossy().into_owned();
        match kind {
            Kind::Sqlite => {
                let rendered = table::sqlite_file(path);
                self.rendered(display, kind.label(), size, rendered);
            }
            Kind::Parquet => self.rendered(display, kind.label(), size, table::parquet(file)),
            Kind::Image(_) => {
                let exif = photo::exif_json(&mut BufReader::new(file));
                self.photo(display, kind.label(), size, exif);
            }
            Kind::Zip if size >= MMAP_THRESHOLD => match Mapped::new(&file) {
                Ok(Some(map)) => {
                    self.zip(display, &name, map.bytes(), 0);
                    if map.truncated() {
                        self.totals.fail(
                            name,
                            "truncated during the scan; members past the new end were read as zeros",
                        );
                    }
                }
                _ => self.totals.fail(display, "cannot memory-map the zip; not scanned"),
            },
            Kind::Zip => {
                let mut buf = Vec::new();
                match file.read_to_end(&mut buf) {
                    Ok(_) => self.zip(display, &name, &buf, 0),
                    Err(e) => self
                        .totals
                        .fail(display, format!("read error: {}", walk::io_reason(&e))),
                }
            }
            _ => {
                let source = crate::interrupt::Stoppable(BufReader::with_capacity(256 << 10, file));
                let (mut counted, count) = Counted::new(source);
                self.stream(display.clone(), &name, kind, &mut counted, 0);
                self.container_done(display, kind, count.get());
            }
        }
    }

    /// Counts an opened container as a scanned file (its findings are its
    /// members').
    fn container_done(&mut self, display: String, kind: Kind, bytes: u64) {
        self.progress(bytes);
        self.totals.add_file(display, kind.label(), bytes, Default::default());
    }

    /// A compressed stream or tar, from `reader`.
    /// Members are decoded on this thread and scanned on the pool.
    fn stream(&mut self, display: String, name: &str, kind: Kind, reader: &mut dyn Read, depth: u32) {
        let (ctx, out, limits) = (self.ctx, self.out, self.ctx.opts.limits);
        let finished = std::sync::Mutex::new(Vec::new());
        let idle = std::sync::Mutex::new(Vec::new());
        let in_flight = std::sync::atomic::AtomicUsize::new(0);
        ctx.pool.in_place_scope(|scope| {
            let parallel = Parallel {
                scope,
                idle: &idle,
                finished: &finished,
                in_flight: &in_flight,
                ctx,
                out,
            };
            let mut members = Members {
                worker: self,
                stem: kind.inner_name(name),
                outer: display,
                depth: depth + 1,
                parallel: Some(&parallel),
            };
            archive::stream(kind, reader, limits, &mut members);
        });
        // Dropping the idle workers hands their totals to `finished`.
        drop(std::mem::take(&mut *idle.lock().unwrap_or_else(|e| e.into_inner())));
        let done = std::mem::take(&mut *finished.lock().unwrap_or_else(|e| e.into_inner()));
        for (totals, _) in done {
            self.totals.merge(totals);
        }
    }

    /// A zip held in memory (or mapped): its members, or a spreadsheet.
    fn zip(&mut self, display: String, name: &str, bytes: &[u8], depth: u32) {
        let limits = self.ctx.opts.limits;
        let mut members = Members {
            worker: self,
            stem: name.to_string(),
            outer: display.clone(),
            depth: depth + 1,
            parallel: None,
        };
        match archive::open_zip(Cursor::new(bytes), &mut members) {
            Opened::Spreadsheet => {
                let sheets = table::spreadsheet(bytes);
                let label = if name.to_ascii_lowercase().ends_with(".ods") {
                    "ods"
                } else {
                    "xlsx"
                };
                return self.rendered(display, label, bytes.len() as u64, sheets);
            }
            Opened::Members(mut zip, count) => {
                let n = zip.len();
                let expanded: u64 = (0..n).filter_map(|i| zip.by_index_raw(i).ok().map(|f| f.size())).sum();
                if n > 1 && expanded >= PARALLEL_ZIP {
                    drop(zip);
                    self.zip_parallel(&display, name, bytes, n, depth);
                } else {
                    for i in 0..n {
                        archive::zip_member(&mut zip, &count, i, limits, &mut members);
                    }
                }
            }
            Opened::Corrupt => {}
        }
        self.container_done(display, Kind::Zip, bytes.len() as u64);
    }

    /// A large zip's `n` members on the pool: each pool thread opens its own
    /// reader of the archive and keeps its own worker state; their totals are
    /// merged afterwards.
    fn zip_parallel(&mut self, display: &str, name: &str, bytes: &[u8], n: usize, depth: u32) {
        let (ctx, out, limits) = (self.ctx, self.out, self.ctx.opts.limits);
        let finished = std::sync::Mutex::new(Vec::new());
        ctx.pool.install(|| {
            (0..n).into_par_iter().for_each_init(
                || {
                    let mut worker = Worker::new(ctx, out, &finished);
                    let mut members = Members {
                        worker: &mut worker,
                        stem: name.to_string(),
                        outer: display.to_string(),
                        depth: depth + 1,
                        parallel: None,
                    };
                    let zip = match archive::open_zip(Cursor::new(bytes), &mut members) {
                        Opened::Members(zip, count) => Some((zip, count)),
                        _ => None,
                    };
                    (worker, zip)
                },
                |(worker, zip), i| {
                    if let Some((zip, count)) = zip.as_mut() {
                        let mut members = Members {
                            worker,
                            stem: name.to_string(),
                            outer: display.to_string(),
                            depth: depth + 1,
                            parallel: None,
                        };
                        archive::zip_member(zip, count, i, limits, &mut members);
                    }
                },
            )
        });
        for (totals, _) in finished.into_inner().unwrap_or_else(|e| e.into_inner()) {
            self.totals.merge(totals);
        }
    }

    /// One member of a container, at nesting `depth`.
    fn member(&mut self, label: String, name: &str, reader: &mut dyn Read, depth: u32) {
        if crate::interrupt::requested() {
            return;
        }
        let head = container::read_head(reader, HEAD);
        let kind = container::sniff(&head);
        if kind.is_some() && depth >= self.ctx.opts.limits.max_depth {
            return self.totals.fail(
                label,
                format!(
                    "container nested deeper than {} levels (--archive-depth); not opened",
                    self.ctx.opts.limits.max_depth
                ),
            );
        }
        if let Some(kind) = kind {
            let what = label.clone();
            if let Err(panic) = container::guard(|| self.open_member(label, name, head, reader, kind, depth)) {
                self.totals.fail(what, broke(kind, &panic));
            }
            return;
        }
        let mut reader = Cursor::new(&head[..]).chain(reader);
        let mut buf = Vec::new();
        // Read errors end the member's reader (the container reports them);
        // an error here is memory running out: stream the rest instead.
        let held = (&mut reader).take(IN_MEMORY as u64 + 1).read_to_end(&mut buf).is_ok();
        if held && buf.len() <= IN_MEMORY {
            return self.bytes(Path::new(name), label, &buf);
        }
        self.member_stream(label, name, &mut Cursor::new(buf).chain(reader));
    }

    /// A member that is itself a container.
    fn open_member(&mut self, label: String, name: &str, head: Vec<u8>, reader: &mut dyn Read, kind: Kind, depth: u32) {
        let mut reader = Cursor::new(&head[..]).chain(reader);
        if kind.streams() {
            let (mut counted, count) = Counted::new(&mut reader);
            self.stream(label.clone(), name, kind, &mut counted, depth);
            return self.container_done(label, kind, count.get());
        }
        let mut buf = Vec::new();
        let held = (&mut reader).take(IN_MEMORY as u64 + 1).read_to_end(&mut buf).is_ok();
        if held && buf.len() <= IN_MEMORY {
            return self.member_bytes(label, name, kind, &buf, depth);
        }
        let _ = std::io::copy(&mut reader, &mut std::io::sink());
        self.totals.fail(
            label,
            format!(
                "{} member larger than {IN_MEMORY} bytes: only containers on disk are opened past that size; not scanned",
                kind.label()
            ),
        );
    }

    /// A member held whole in memory.
    fn member_bytes(&mut self, label: String, name: &str, kind: Kind, bytes: &[u8], depth: u32) {
        let size = bytes.len() as u64;
        match kind {
            Kind::Zip => self.zip(label, name, bytes, depth),
            Kind::Sqlite => self.rendered(label, "sqlite", size, table::sqlite_bytes(bytes)),
            Kind::Parquet => {
                let bytes = bytes::Bytes::copy_from_slice(bytes);
                self.rendered(label, "parquet", size, table::parquet(bytes));
            }
            k @ Kind::Image(_) => {
                let exif = photo::exif_json(&mut Cursor::new(bytes));
                self.photo(label, k.label(), size, exif);
            }
            k => unreachable!("streamed kinds are not buffered: {k:?}"),
        }
    }

    /// A member too large to hold: scanned as text windows of its stream.
    fn member_stream(&mut self, label: String, name: &str, reader: &mut dyn Read) {
        let ctx = self.ctx;
        let (mut acc, mut binary, mut lines) = (crate::aggregate::FileAcc::new(ctx.opts.collect_values), false, 0u64);
        let mut findings = std::mem::take(&mut self.findings);
        findings.clear();
        let mut buf = Vec::new();
        let mut head = Vec::new();
        let scratch = &mut self.scratch;
        let reader = crate::interrupt::Stoppable(reader);
        let result = chunk::stream(ctx.engine, reader, &mut buf, ctx.opts.chunk_size, |b, w, off| {
            if head.is_empty() {
                head = b[..b.len().min(8192)].to_vec();
            }
            binary |= crate::sniff::is_binary(&b[w.own.clone()]);
            let f = ctx.want_findings.then_some(&mut findings);
            lines += super::file::scan_window(ctx, scratch, b, w, &mut acc, f, off, lines);
        });
        let n = result.unwrap_or(0);
        if let Some(sink) = self.out.findings {
            sink.file_findings(&label, &findings);
        }
        self.findings = findings;
        self.progress(n);
        let format = crate::sniff::format(Path::new(name), &head, binary);
        self.totals.add_file(label, format, n, acc);
    }

    /// A photo's EXIF rendering.
    fn photo(&mut self, display: String, label: &'static str, size: u64, exif: Result<Option<Vec<u8>>, String>) {
        let rendered = exif.map(|doc| table::Rendered {
            text: doc.unwrap_or_default(),
            parse_as: "json",
            gaps: Vec::new(),
        });
        self.rendered(display, label, size, rendered);
    }

    /// Text rendered from a database, spreadsheet, Parquet file or photo,
    /// scanned with structure and reported under the container's own path.
    fn rendered(&mut self, display: String, label: &'static str, size: u64, r: Result<table::Rendered, String>) {
        match r {
            Ok(r) => {
                for gap in r.gaps {
                    self.totals.fail(display.clone(), gap);
                }
                self.scan_text(display, r.parse_as, label, &r.text, size);
            }
            Err(reason) => {
                self.progress(size);
                self.totals.fail(display, reason);
            }
        }
    }
}

/// The skip reason for a decoder that panicked on a container's bytes.
fn broke(kind: Kind, panic: &str) -> String {
    format!(
        "the {} decoder failed on these bytes ({panic}); the rest of it was not scanned",
        kind.label()
    )
}
