//! The scan, as ripgrep's searcher is built: the walk finds files, each
//! becomes an [`Origin`] and a [`Source`], and one routine,
//! [`Scanner::scan`], reads, sniffs, detects and classifies it into its
//! [`sink::Sink`]. Small files are scanned by the walker's own threads, each
//! with its own scanner; files of at least `MMAP_THRESHOLD` bytes are set
//! aside and scanned after the walk, memory-mapped and cut into windows that
//! rayon spreads over every core. Totals are merged once, at the end.
//!
//! Modules: `origin` (what is scanned), `scanner` (the routine), `window`
//! (one window through the engine), `structured` (field verdicts folded in),
//! `spans` (what a redaction replaces, in order),
//! `container` (members back to origins), `sink` (where results go),
//! `findings` (per-value output).

mod container;
pub mod findings;
#[cfg(feature = "cli")]
pub mod known;
mod objects;
pub mod origin;
mod pipeline;
pub mod scanner;
pub mod sink;
#[cfg(feature = "cli")]
pub mod spans;
mod store;
pub mod structured;
pub mod window;

use crate::aggregate::Totals;
use crate::detect::Engine;
use crate::interrupt;
use crate::progress::Counters;
use crate::read::MmapMode;
use crate::walk::{self, Entry, WalkOptions};
use findings::FindingSink;
use ignore::WalkState;
#[cfg(feature = "cli")]
pub use origin::Origin;
pub use origin::Source;
pub use scanner::Scanner;
use scanner::{Deferred, Handoff};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use window::Ctx;

/// Values below this confidence are not reported unless the command line or
/// the policy file says otherwise.
pub const DEFAULT_MIN_CONFIDENCE: f32 = 0.5;

/// How `skipped` names a root given on the command line that could not be
/// scanned (the exit status is then 2).
pub const ROOT_NOT_SCANNED: &str = "root not scanned: ";

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
    /// Raw values in findings and samples (`--show-values`).
    pub reveal: bool,
    /// Decompression-bomb and nesting limits for containers.
    pub limits: crate::container::Limits,
    /// Values the policy file allows (counted apart, not reported).
    pub allow: Option<std::sync::Arc<crate::allow::Allowlist>>,
    /// Keep every reported value's fingerprint (for baselines).
    pub collect_values: bool,
    /// Whether records are linked into people (off for a redaction's
    /// first pass, which needs field verdicts only).
    pub people: bool,
    /// Data stores named by URL among the roots (`postgres://…`).
    pub stores: Vec<crate::store::Target>,
    /// How stores are read (sampling, timeouts).
    pub store: crate::store::StoreOptions,
    /// `--shard K/N`: only this shard's files, tables and objects.
    pub shard: Option<crate::shard::Shard>,
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
            min_confidence: DEFAULT_MIN_CONFIDENCE,
            chunk_size: 4 << 20,
            reveal: false,
            limits: crate::container::Limits::default(),
            allow: None,
            collect_values: false,
            people: true,
            stores: Vec::new(),
            store: crate::store::StoreOptions::default(),
            shard: None,
        }
    }
}

/// Why a scan could not run at all (exit status 2).
#[derive(Debug)]
pub enum ScanError {
    /// A root is missing or unreadable.
    Root(walk::WalkError),
    /// The walk cannot be set up (an invalid glob).
    Walk(walk::WalkError),
    /// The worker threads cannot be started.
    Threads(rayon::ThreadPoolBuildError),
    /// A data store cannot be reached, logged into or listed.
    Store(String),
}

impl std::fmt::Display for ScanError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ScanError::Root(e) | ScanError::Walk(e) => e.fmt(f),
            ScanError::Threads(e) => write!(f, "cannot start threads: {e}"),
            ScanError::Store(e) => f.write_str(e),
        }
    }
}

impl std::error::Error for ScanError {}

/// Where a scan's side outputs go.
#[derive(Clone, Copy, Default)]
pub struct Outputs<'a> {
    pub findings: Option<&'a dyn FindingSink>,
    pub progress: Option<&'a Counters>,
    /// Files the run writes (the report), canonical paths: never scanned.
    pub writes: &'a [PathBuf],
}

/// What every scan of a run shares: the thread pool large files' windows
/// and big archives' members run on, and the field hints.
pub struct Runtime {
    threads: usize,
    pool: rayon::ThreadPool,
    hints: crate::classify::Hints,
}

impl Runtime {
    /// Starts `opts.walk.threads` threads (0: one per core).
    pub fn new(opts: &ScanOptions) -> Result<Runtime, ScanError> {
        let threads = if opts.walk.threads == 0 {
            std::thread::available_parallelism().map_or(2, |n| n.get())
        } else {
            opts.walk.threads
        };
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .map_err(ScanError::Threads)?;
        Ok(Runtime {
            threads,
            pool,
            hints: crate::classify::Hints::builtin(),
        })
    }

    /// The context scanners of this run share.
    pub fn ctx<'a>(&'a self, engine: &'a Engine, opts: &'a ScanOptions, want_findings: bool) -> Ctx<'a> {
        Ctx {
            engine,
            opts,
            hints: &self.hints,
            want_findings,
            pool: &self.pool,
        }
    }

    /// The walk of `opts`, on this run's number of threads.
    pub fn walk_options(&self, opts: &ScanOptions) -> WalkOptions {
        WalkOptions {
            threads: self.threads,
            ..opts.walk.clone()
        }
    }
}

/// One input that is not a path: bytes in memory or a reader.
pub enum Input<'a> {
    Bytes(&'a [u8]),
    Stream(&'a mut dyn std::io::Read),
}

/// Scans one input called `name` (the name guides the format) as a file
/// at the root would be.
pub fn run_source(rt: &Runtime, engine: &Engine, opts: &ScanOptions, name: &str, input: Input) -> Totals {
    let ctx = rt.ctx(engine, opts, false);
    let mut scanner = Scanner::new(ctx, Outputs::default());
    let origin = origin::Origin::member(name.to_string(), name.to_string(), 0);
    let origin = origin::Origin {
        size: match input {
            Input::Bytes(b) => Some(b.len() as u64),
            Input::Stream(_) => None,
        },
        ..origin
    };
    match input {
        Input::Bytes(b) => scanner.scan_top(&origin, Source::Bytes(b)),
        Input::Stream(r) => scanner.scan_top(&origin, Source::Stream(r)),
    }
    let mut totals = scanner.take().0;
    totals.finish();
    totals
}

/// [`run`] on the threads of `rt` (a library scanner reuses them).
pub fn run_in(rt: &Runtime, engine: &Engine, opts: &ScanOptions, out: Outputs) -> Result<Totals, ScanError> {
    // A missing or unreadable root among others is listed and the rest are
    // scanned; only when every root fails does the scan not run.
    let (mut roots, mut missing) = (Vec::new(), Vec::new());
    // Stores are reached before anything is read: an unreachable server or
    // a refused login ends the run.
    let listed = crate::store::list(&opts.stores, &opts.store).map_err(ScanError::Store)?;
    for root in opts
        .walk
        .roots
        .iter()
        .filter(|r| !crate::store::is_url(&r.to_string_lossy()))
    {
        match walk::check_root(root) {
            Ok(()) => roots.push(root.clone()),
            Err(e) => missing.push((root, e)),
        }
    }
    if roots.is_empty() && !missing.is_empty() && listed.is_empty() {
        return Err(ScanError::Root(missing.swap_remove(0).1));
    }
    let mut walk_opts = rt.walk_options(opts);
    walk_opts.roots = roots;
    let ctx = rt.ctx(engine, opts, out.findings.is_some());
    let finished: Mutex<Vec<(Totals, Deferred)>> = Mutex::new(Vec::new());
    if !walk_opts.roots.is_empty() {
        let walker = walk::build(&walk_opts).map_err(ScanError::Walk)?;
        walker.run(|| {
            let mut h = Handoff::new(Scanner::new(ctx, out).deferring(), &finished);
            Box::new(move |result| visit(&mut h.scanner, result))
        });
    }

    let mut totals = Totals::new();
    for (root, e) in missing {
        let shown = root.to_string_lossy().into_owned();
        let reason = e.0.strip_prefix(&format!("{shown}: ")).unwrap_or(&e.0).to_string();
        totals.fail(shown, format!("{ROOT_NOT_SCANNED}{reason}"));
    }
    let mut large = Vec::new();
    for (t, l) in finished.into_inner().unwrap_or_else(|e| e.into_inner()) {
        totals.merge(t);
        large.extend(l);
    }
    large.sort();
    totals.merge(scan_large(rt, ctx, out, &large));
    totals.merge(store::scan(&rt.pool, ctx, out, &listed, &opts.store, opts.shard));
    totals.merge(objects::scan(
        &rt.pool,
        ctx,
        out,
        &listed,
        opts.max_filesize.unwrap_or(u64::MAX),
        opts.shard,
    ));
    totals.finish();
    Ok(totals)
}

/// The large files set aside by the walk, several at once on the pool: each
/// is cut into windows detected in parallel, but its fields are attributed in
/// file order on one thread, so one file at a time would leave cores idle
/// while that runs. Work stealing shares the cores between files and windows.
fn scan_large(rt: &Runtime, ctx: Ctx, out: Outputs, large: &[(PathBuf, u64)]) -> Totals {
    use rayon::prelude::*;
    rt.pool.install(|| {
        large
            .par_iter()
            .with_max_len(1)
            .fold(
                || Scanner::new(ctx, out),
                |mut scanner, (path, size)| {
                    if !interrupt::requested() {
                        scanner.scan_path(path, *size);
                    }
                    scanner
                },
            )
            .map(|mut scanner| scanner.take().0)
            .reduce(Totals::new, |mut a, b| {
                a.merge(b);
                a
            })
    })
}

/// One walk entry, on a walker thread.
fn visit(scanner: &mut Scanner, result: Result<ignore::DirEntry, ignore::Error>) -> WalkState {
    if interrupt::requested() {
        return WalkState::Quit;
    }
    match walk::classify(result) {
        Entry::Nothing => {}
        Entry::Skip {
            path,
            reason,
            error: false,
        } => scanner.sink.skip(path, reason),
        Entry::Skip {
            path,
            reason,
            error: true,
        } => scanner.sink.fail(path, reason),
        Entry::File { path, size } => {
            let opts = scanner.ctx.opts;
            if !is_ours(opts, scanner.sink.outputs().writes, &path) {
                return WalkState::Continue;
            }
            match opts.max_filesize {
                Some(max) if size > max => scanner.sink.skip(
                    path.to_string_lossy(),
                    format!("{size} bytes, larger than --max-filesize ({max} bytes)"),
                ),
                _ => scanner.scan_path(&path, size),
            }
        }
    }
    WalkState::Continue
}

/// Whether a file the walk found is this run's to scan: not the report
/// being written, and in this run's shard.
pub fn is_ours(opts: &ScanOptions, writes: &[PathBuf], path: &Path) -> bool {
    !is_excluded(path, writes)
        && opts
            .shard
            .is_none_or(|shard| shard.owns(&crate::shard::key(path, &opts.walk.roots)))
}

fn is_excluded(path: &Path, exclude: &[PathBuf]) -> bool {
    exclude
        .iter()
        .any(|x| x.file_name() == path.file_name() && path.canonicalize().is_ok_and(|c| &c == x))
}
