//! The scan: walk the roots, read each file, detect, aggregate. Small files
//! are scanned in parallel by the walker's own threads, each with its own
//! buffers and totals; files of at least `MMAP_THRESHOLD` bytes are set aside
//! and scanned after the walk, memory-mapped and cut into chunks that rayon
//! spreads over every core. Totals are merged once, at the end.

mod container;
pub mod file;
pub mod findings;
pub mod structured;

use crate::aggregate::{FileAcc, Totals};
use crate::chunk;
use crate::detect::{Engine, Window, MAX_MATCH_LEN};
use crate::progress::Counters;
use crate::read::{self, Mapped, MmapMode};
use crate::walk::{self, Entry, WalkOptions};
use crate::{interrupt, sniff};
use file::{collect_hits, record_hits, scan_window, Ctx};
use findings::{Finding, FindingSink};
use ignore::WalkState;
use rayon::prelude::*;
use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Everything that shapes a scan, resolved from the command line.
#[derive(Clone, Debug)]
pub struct ScanOptions {
    pub walk: WalkOptions,
    pub max_filesize: Option<u64>,
    pub mmap: MmapMode,
    /// Hits below this confidence are not reported.
    pub min_confidence: f32,
    /// Chunk size for splitting large files (and stream windows).
    pub chunk_size: usize,
    /// Files never scanned (the report being written), canonical paths.
    pub exclude: Vec<PathBuf>,
    /// Raw values in findings and samples (`--show-values`).
    pub reveal: bool,
    /// Decompression-bomb and nesting limits for containers.
    pub limits: crate::container::Limits,
    /// Values the policy file allows (counted apart, not reported).
    pub allow: Option<std::sync::Arc<crate::allow::Allowlist>>,
    /// Keep every reported value's fingerprint (for baselines).
    pub collect_values: bool,
}

impl Default for ScanOptions {
    fn default() -> Self {
        ScanOptions {
            walk: WalkOptions {
                threads: 0,
                ..WalkOptions::default()
            },
            max_filesize: None,
            mmap: MmapMode::Auto,
            min_confidence: 0.5,
            chunk_size: 4 << 20,
            exclude: Vec::new(),
            reveal: false,
            limits: crate::container::Limits::default(),
            allow: None,
            collect_values: false,
        }
    }
}

/// Why a scan could not run at all (exit status 2).
#[derive(Debug)]
pub enum ScanError {
    Root(String),
    Setup(String),
}

impl std::fmt::Display for ScanError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ScanError::Root(m) | ScanError::Setup(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for ScanError {}

/// Where a scan's side outputs go.
#[derive(Clone, Copy, Default)]
pub struct Outputs<'a> {
    pub findings: Option<&'a dyn FindingSink>,
    pub progress: Option<&'a Counters>,
}

/// Runs a scan. Unreadable files become `skipped` entries in the totals; only
/// a missing or unreadable root, or a bad walk setup, is an error.
pub fn run(engine: &Engine, opts: &ScanOptions, out: Outputs) -> Result<Totals, ScanError> {
    for root in &opts.walk.roots {
        walk::check_root(root).map_err(ScanError::Root)?;
    }
    let threads = if opts.walk.threads == 0 {
        std::thread::available_parallelism().map_or(2, |n| n.get())
    } else {
        opts.walk.threads
    };
    let mut walk_opts = opts.walk.clone();
    walk_opts.threads = threads;
    let walker = walk::build(&walk_opts).map_err(ScanError::Setup)?;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|e| ScanError::Setup(format!("cannot start threads: {e}")))?;

    let hints = crate::classify::Hints::builtin();
    let ctx = Ctx {
        engine,
        opts,
        hints: &hints,
        want_findings: out.findings.is_some(),
        pool: &pool,
    };
    let finished: Mutex<Vec<WorkerResult>> = Mutex::new(Vec::new());
    walker.run(|| {
        let mut worker = Worker::new(ctx, out, &finished);
        Box::new(move |result| worker.visit(result))
    });

    let mut totals = Totals::new();
    let mut large = Vec::new();
    for (t, l) in finished.into_inner().unwrap_or_else(|e| e.into_inner()) {
        totals.merge(t);
        large.extend(l);
    }
    large.sort();
    for (path, size) in large {
        if interrupt::requested() {
            break;
        }
        if !scan_large(ctx, out, &pool, &path, size, &mut totals) {
            // Not mappable (address space exhausted, too many mappings):
            // stream it in windows on this thread instead.
            let finished = Mutex::new(Vec::new());
            Worker::new(ctx, out, &finished).streamed(&path, path.to_string_lossy().into_owned(), size);
            for (t, _) in finished.into_inner().unwrap_or_else(|e| e.into_inner()) {
                totals.merge(t);
            }
        }
    }
    totals.finish();
    Ok(totals)
}

/// What a walker thread hands back: its totals and the large files it set aside.
type WorkerResult = (Totals, Vec<(PathBuf, u64)>);

/// One walker thread's state: reused buffers and its own totals, handed to
/// `finished` when the walker drops it.
struct Worker<'a> {
    ctx: Ctx<'a>,
    out: Outputs<'a>,
    scratch: crate::detect::Scratch,
    buf: Vec<u8>,
    findings: Vec<Finding>,
    hits: Vec<crate::detect::Hit>,
    totals: Totals,
    large: Vec<(PathBuf, u64)>,
    finished: &'a Mutex<Vec<WorkerResult>>,
}

impl Drop for Worker<'_> {
    fn drop(&mut self) {
        let t = std::mem::take(&mut self.totals);
        let l = std::mem::take(&mut self.large);
        self.finished.lock().unwrap_or_else(|e| e.into_inner()).push((t, l));
    }
}

impl<'a> Worker<'a> {
    fn new(ctx: Ctx<'a>, out: Outputs<'a>, finished: &'a Mutex<Vec<WorkerResult>>) -> Self {
        Worker {
            ctx,
            out,
            scratch: ctx.engine.scratch(),
            buf: Vec::new(),
            findings: Vec::new(),
            hits: Vec::new(),
            totals: Totals::new(),
            large: Vec::new(),
            finished,
        }
    }

    fn visit(&mut self, result: Result<ignore::DirEntry, ignore::Error>) -> WalkState {
        if interrupt::requested() {
            return WalkState::Quit;
        }
        match walk::classify(result) {
            Entry::Nothing => {}
            Entry::Skip {
                path,
                reason,
                error: false,
            } => self.totals.skip(path, reason),
            Entry::Skip {
                path,
                reason,
                error: true,
            } => self.totals.fail(path, reason),
            Entry::File { path, size } => self.file(path, size),
        }
        WalkState::Continue
    }

    fn file(&mut self, path: PathBuf, size: u64) {
        let opts = self.ctx.opts;
        if is_excluded(&path, &opts.exclude) {
            return;
        }
        let display = path.to_string_lossy().into_owned();
        if let Some(max) = opts.max_filesize {
            if size > max {
                self.totals.skip(
                    display,
                    format!("{size} bytes, larger than --max-filesize ({max} bytes)"),
                );
                return;
            }
        }
        // The first bytes say whether this is a container (archive,
        // compressed stream, database, photo) rather than text.
        let mut file = match File::open(&path) {
            Ok(f) => f,
            Err(e) => return self.totals.fail(display, walk::io_reason(&e)),
        };
        let mut buf = std::mem::take(&mut self.buf);
        buf.clear();
        buf.reserve(
            usize::try_from(size.min(read::MMAP_THRESHOLD))
                .unwrap_or(0)
                .saturating_add(1),
        );
        if let Err(e) = (&mut file).take(crate::container::HEAD as u64).read_to_end(&mut buf) {
            self.buf = buf;
            return self
                .totals
                .fail(display, format!("read error: {}", walk::io_reason(&e)));
        }
        if let Some(kind) = crate::container::sniff(&buf) {
            self.buf = buf;
            return self.container_file(&path, display, size, file, kind);
        }
        let big = size >= read::MMAP_THRESHOLD;
        match opts.mmap {
            MmapMode::Auto | MmapMode::Always if big => self.large.push((path, size)),
            MmapMode::Always if size > 0 => self.mapped(&path, display, size),
            MmapMode::Never if big => self.streamed(&path, display, size),
            _ => return self.read_rest(&path, display, size, file, buf),
        }
        self.buf = buf;
    }

    /// Small files: one read into the reused buffer, one whole-slice scan.
    fn read(&mut self, path: &Path, display: String, size: u64) {
        let file = match File::open(path) {
            Ok(f) => f,
            Err(e) => return self.totals.fail(display, walk::io_reason(&e)),
        };
        let mut buf = std::mem::take(&mut self.buf);
        buf.clear();
        self.read_rest(path, display, size, file, buf);
    }

    /// Reads the rest of `file` after the bytes already in `buf`, then scans.
    fn read_rest(&mut self, path: &Path, display: String, size: u64, mut file: File, mut buf: Vec<u8>) {
        let head = buf.len();
        match file.read_to_end(&mut buf) {
            Ok(rest) => {
                let n = head + rest;
                if let Some(reason) = changed_size(&file, size, n as u64) {
                    self.totals.fail(display.clone(), reason);
                }
                self.bytes(path, display, &buf);
            }
            Err(e) => self
                .totals
                .fail(display, format!("read error: {}", walk::io_reason(&e))),
        }
        self.buf = buf;
    }

    fn mapped(&mut self, path: &Path, display: String, size: u64) {
        let file = match File::open(path) {
            Ok(f) => f,
            Err(e) => return self.totals.fail(display, walk::io_reason(&e)),
        };
        match Mapped::new(&file) {
            Ok(Some(map)) => {
                // Scan a copy: the regex engine needs bytes that cannot change
                // between its forward and reverse passes (a truncation would).
                let mut buf = std::mem::take(&mut self.buf);
                buf.clear();
                buf.extend_from_slice(map.bytes());
                self.bytes(path, display.clone(), &buf);
                self.buf = buf;
                if let Some(reason) = truncated(&file, size, &map) {
                    self.totals.fail(display, reason);
                }
            }
            _ => self.read(path, display, size),
        }
    }

    /// Large files with `--mmap never`: windows of a stream, on this thread.
    fn streamed(&mut self, path: &Path, display: String, size: u64) {
        let file = match File::open(path) {
            Ok(f) => f,
            Err(e) => return self.totals.fail(display, walk::io_reason(&e)),
        };
        let (ctx, mut acc, mut binary, mut lines) = (self.ctx, FileAcc::new(self.ctx.opts.collect_values), false, 0u64);
        let mut findings = std::mem::take(&mut self.findings);
        findings.clear();
        let mut buf = std::mem::take(&mut self.buf);
        let mut head = Vec::new();
        let scratch = &mut self.scratch;
        let source = interrupt::Stoppable(&file);
        let result = chunk::stream(ctx.engine, source, &mut buf, ctx.opts.chunk_size, |b, w, off| {
            if head.is_empty() {
                head = b[..b.len().min(8192)].to_vec();
            }
            binary |= sniff::is_binary(&b[w.own.clone()]);
            let f = ctx.want_findings.then_some(&mut findings);
            lines += scan_window(ctx, scratch, b, w, &mut acc, f, off, lines);
        });
        self.buf = buf;
        match result {
            Ok(n) => {
                if let Some(reason) = changed_size(&file, size, n) {
                    self.totals.fail(display.clone(), reason);
                }
                if let Some(sink) = self.out.findings {
                    sink.file_findings(&display, &findings);
                }
                self.progress(n);
                let format = sniff::format(path, &head, binary);
                self.totals.add_file(display, format, n, acc);
            }
            Err(e) => self
                .totals
                .fail(display, format!("read error: {}", walk::io_reason(&e))),
        }
        self.findings = findings;
    }

    /// Scans a whole file's bytes (transcoding UTF-16 first).
    fn bytes(&mut self, path: &Path, display: String, raw: &[u8]) {
        let decoded = read::decoded(raw);
        let hay = &decoded[..];
        let binary = sniff::is_binary(hay);
        let format = sniff::format(path, hay, binary);
        self.scan_text(display, format, format, hay, raw.len() as u64);
    }

    /// Scans text whole: parsed as `format` where that format has structure,
    /// reported as a file of format `label` and `bytes` bytes.
    fn scan_text(&mut self, display: String, format: &str, label: &'static str, hay: &[u8], bytes: u64) {
        let mut acc = FileAcc::new(self.ctx.opts.collect_values);
        self.findings.clear();
        let f = self.ctx.want_findings.then_some(&mut self.findings);
        let structure = match crate::parse::parser_for(format, hay) {
            Some(parser) => Some(structured::scan_whole(
                self.ctx,
                &mut self.scratch,
                hay,
                parser,
                &display,
                format == "sql",
                &mut acc,
                &mut self.hits,
                f,
            )),
            None => {
                let w = Window::whole(hay.len());
                scan_window(self.ctx, &mut self.scratch, hay, &w, &mut acc, f, 0, 0);
                None
            }
        };
        if let Some(sink) = self.out.findings {
            sink.file_findings(&display, &self.findings);
        }
        self.progress(bytes);
        self.totals.add_file_with(display, label, bytes, acc, structure);
    }

    fn progress(&self, bytes: u64) {
        if let Some(p) = self.out.progress {
            p.add(bytes, 1);
        }
    }
}

/// Windows of a large file scanned at once, per thread: bounds the findings
/// held in memory and the mapped pages resident at a time.
const WINDOWS_PER_THREAD: usize = 4;
/// What scanning one window of a large file produced.
struct Part {
    acc: FileAcc,
    found: Option<Vec<Finding>>,
    newlines: u64,
    binary: bool,
    /// For structured files: the window's reported hits, in order, and their
    /// values' fingerprints.
    hits: Vec<crate::detect::Hit>,
    fps: Vec<u64>,
    /// End of the window's own range.
    end: usize,
}

/// Bytes past a window's search limit that validators may look at.
const WINDOW_TAIL: usize = 64;

/// A large file: memory-mapped, cut into chunks, chunks scanned in parallel.
/// Returns `false`, having scanned nothing, when the file cannot be mapped.
fn scan_large(ctx: Ctx, out: Outputs, pool: &rayon::ThreadPool, path: &Path, size: u64, totals: &mut Totals) -> bool {
    let display = path.to_string_lossy().into_owned();
    let file = match File::open(path) {
        Ok(f) => f,
        Err(e) => {
            totals.fail(display, walk::io_reason(&e));
            return true;
        }
    };
    let Ok(Some(map)) = Mapped::new(&file) else {
        return false;
    };
    let raw = map.bytes();
    let decoded = read::decoded(raw);
    let hay = &decoded[..];
    let mut windows = chunk::Planner::new(ctx.engine, hay, ctx.opts.chunk_size);
    let (mut acc, mut binary, mut lines) = (FileAcc::new(ctx.opts.collect_values), false, 0u64);
    let head = &hay[..hay.len().min(8192)];
    let format = sniff::format(path, head, sniff::is_binary(head));
    // Structured files: hits are collected per window and attributed to
    // fields in file order, one batch at a time.
    let mut attr = crate::parse::parser_for(format, hay).map(|p| crate::classify::Attributor::new(p, ctx.hints));
    let structured = attr.is_some();
    let batch_len = (pool.current_num_threads() * WINDOWS_PER_THREAD).max(1);
    // Detect one batch of windows in parallel while the previous batch's
    // hits are folded in (and, for structured files, attributed to fields in
    // file order): the serial part overlaps the parallel one.
    let detect = |batch: &[Window]| -> Vec<Part> {
        batch
            .par_iter()
            .map_init(
                || (ctx.engine.scratch(), Vec::new()),
                |(scratch, copy), w| {
                    let mut part = FileAcc::new(ctx.opts.collect_values);
                    let mut found = ctx.want_findings.then(Vec::new);
                    // Scan a stable copy of the window (plus the context
                    // validators look at): a mapped file truncated mid-scan
                    // must not change bytes between the regex's passes.
                    let lo = w.from.saturating_sub(MAX_MATCH_LEN);
                    let hi = (w.limit + WINDOW_TAIL).min(hay.len());
                    copy.clear();
                    copy.extend_from_slice(&hay[lo..hi]);
                    let local = Window {
                        from: w.from - lo,
                        own: w.own.start - lo..w.own.end - lo,
                        limit: w.limit - lo,
                    };
                    let (mut hits, mut fps) = (Vec::new(), Vec::new());
                    let nl = if structured {
                        collect_hits(ctx, scratch, copy, &local, &mut part, &mut hits);
                        let own = local.own.clone();
                        let nl = record_hits(ctx, copy, &hits, own, &mut part, &mut fps, found.as_mut(), lo as u64, 0);
                        hits.iter_mut().for_each(|h| {
                            h.start += lo;
                            h.end += lo;
                        });
                        nl
                    } else {
                        scan_window(ctx, scratch, copy, &local, &mut part, found.as_mut(), lo as u64, 0)
                    };
                    if let Some(p) = out.progress {
                        p.add(w.own.len() as u64, 0);
                    }
                    Part {
                        acc: part,
                        found,
                        newlines: nl,
                        binary: sniff::is_binary(&copy[local.own]),
                        hits,
                        fps,
                        end: w.own.end,
                    }
                },
            )
            .collect()
    };
    let mut fold = |parts: Vec<Part>| {
        for part in parts {
            acc.merge(&part.acc);
            binary |= part.binary;
            if let (Some(sink), Some(mut found)) = (out.findings, part.found) {
                found.iter_mut().for_each(|f| f.line += lines);
                sink.file_findings(&display, &found);
            }
            lines += part.newlines;
            if let Some(a) = attr.as_mut() {
                a.feed(hay, &part.hits, &part.fps, part.end, ctx.engine.detectors());
            }
            if hay.as_ptr() == raw.as_ptr() {
                map.release_before(part.end.saturating_sub(2 * MAX_MATCH_LEN + ctx.opts.chunk_size));
            }
        }
    };
    let mut pending: Vec<Part> = Vec::new();
    loop {
        let batch: Vec<Window> = windows.by_ref().take(batch_len).collect();
        if batch.is_empty() {
            break;
        }
        if interrupt::requested() {
            return true;
        }
        let previous = std::mem::take(&mut pending);
        let (parts, ()) = pool.install(|| rayon::join(|| detect(&batch), || fold(previous)));
        pending = parts;
    }
    fold(pending);
    let structure = attr.map(|a| structured::finish(ctx, a, hay, &display, format == "sql", &mut acc));
    if let Some(p) = out.progress {
        p.add(0, 1);
    }
    if let Some(reason) = truncated(&file, size, &map) {
        totals.fail(display.clone(), reason);
    }
    let format = if binary { "binary" } else { format };
    totals.add_file_with(display, format, raw.len() as u64, acc, structure);
    true
}

fn is_excluded(path: &Path, exclude: &[PathBuf]) -> bool {
    exclude
        .iter()
        .any(|x| x.file_name() == path.file_name() && path.canonicalize().is_ok_and(|c| &c == x))
}

/// The skip reason for a file whose size changed between open and end of read.
fn changed_size(file: &File, at_open: u64, read: u64) -> Option<String> {
    let now = file.metadata().map_or(read, |m| m.len());
    (read != at_open || now != at_open).then(|| {
        format!("changed size during the scan ({at_open} bytes at open, {read} read, {now} now); findings from the bytes read are kept")
    })
}

fn truncated(file: &File, at_open: u64, map: &Mapped) -> Option<String> {
    let now = file.metadata().map_or(at_open, |m| m.len());
    if map.truncated() || now < at_open {
        Some(format!("truncated during the scan ({at_open} bytes at open, {now} now); bytes past the new end were read as zeros, findings before it are kept"))
    } else if now > at_open {
        Some(format!(
            "grew during the scan ({at_open} bytes at open, {now} now); only the first {at_open} bytes were scanned"
        ))
    } else {
        None
    }
}
