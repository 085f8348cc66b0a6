//! Scanning containers: the walker's side of `crate::container`. A container
//! file is opened read-only, its members go through the same pipeline as
//! files (sniff → parse → detect → classify), under the path
//! `outer!member`, recursing into nested containers up to the depth limit.
//! Databases, spreadsheets, Parquet files and photos are rendered as text
//! by `container` and scanned with structure.

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

/// Hands one container's members back to the worker.
struct Members<'w, 'a> {
    worker: &'w mut Worker<'a>,
    /// The container's own path (`dump/export.zip`).
    outer: String,
    /// The name a compressed stream's content is sniffed by (`app.log`).
    stem: String,
    /// Nesting depth of the members.
    depth: u32,
}

impl Visitor for Members<'_, '_> {
    fn member(&mut self, name: &str, reader: &mut dyn Read) {
        let label = format!("{}!{name}", self.outer);
        let sniff_name = if name.is_empty() { &self.stem } else { name };
        let sniff_name = sniff_name.to_string();
        self.worker.member(label, &sniff_name, reader, self.depth);
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
    fn stream(&mut self, display: String, name: &str, kind: Kind, reader: &mut dyn Read, depth: u32) {
        let limits = self.ctx.opts.limits;
        let mut members = Members {
            worker: self,
            stem: kind.inner_name(name),
            outer: display,
            depth: depth + 1,
        };
        archive::stream(kind, reader, limits, &mut members);
    }

    /// A zip held in memory (or mapped): its members, or a spreadsheet.
    fn zip(&mut self, display: String, name: &str, bytes: &[u8], depth: u32) {
        let limits = self.ctx.opts.limits;
        let mut members = Members {
            worker: self,
            stem: name.to_string(),
            outer: display.clone(),
            depth: depth + 1,
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
