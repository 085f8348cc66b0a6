//! Scanning one window of one byte sequence: run the engine, triage each hit
//! (placeholder, allowed, below the threshold), record counts, and (for
//! per-finding outputs) build findings with line numbers.

use super::findings::Finding;
use super::ScanOptions;
use crate::aggregate::FileAcc;
use crate::detect::normalize::fingerprint;
use crate::detect::{Engine, Hit, Scratch, Window};
use crate::mask;

/// What a scan needs that does not change from file to file.
#[derive(Clone, Copy)]
pub struct Ctx<'a> {
    pub engine: &'a Engine,
    pub opts: &'a ScanOptions,
    pub hints: &'a crate::classify::Hints,
    /// Whether to build [`Finding`]s (only for ndjson).
    pub want_findings: bool,
    /// The pool large files' windows and big archives' members run on.
    pub pool: &'a rayon::ThreadPool,
}

/// Bytes past a window's search limit that validators may look at.
const WINDOW_TAIL: usize = 64;

/// Windows of a mapped file detected at once, per pool thread: bounds the
/// hits and findings held in memory and the mapped pages resident at a time.
pub const WINDOWS_PER_THREAD: usize = 2;

/// Copies window `w` of `hay` (with the context the regex and validators
/// look at) into `copy`, so that a mapped file truncated meanwhile cannot
/// change bytes between the regex's passes. Returns the window in `copy`'s
/// offsets and the offset of `copy[0]` in `hay`.
pub fn stable_copy(hay: &[u8], w: &Window, copy: &mut Vec<u8>) -> (Window, usize) {
    let lo = w.from.saturating_sub(crate::detect::MAX_MATCH_LEN);
    let hi = (w.limit + WINDOW_TAIL).min(hay.len());
    copy.clear();
    copy.extend_from_slice(&hay[lo..hi]);
    let local = Window {
        from: w.from - lo,
        own: w.own.start - lo..w.own.end - lo,
        limit: w.limit - lo,
    };
    (local, lo)
}

/// Where a window's buffer sits in the sequence it was cut from, for the
/// findings' offsets and line numbers.
#[derive(Clone, Copy, Debug, Default)]
pub struct At {
    /// Offset of the buffer's first byte in the sequence.
    pub offset: u64,
    /// Newlines before the window's own range.
    pub line_base: u64,
}

/// A window's reported hits, in order, with their values' fingerprints
/// (attribution reuses them rather than hashing the values again).
#[derive(Debug, Default)]
pub struct Collected {
    pub hits: Vec<Hit>,
    pub fps: Vec<u64>,
}

impl Collected {
    pub fn clear(&mut self) {
        self.hits.clear();
        self.fps.clear();
    }
}

/// Scans `w` of `hay` into `acc`. With `findings`, pushes one per reported
/// hit, placed by `at`. Returns the newlines inside `w.own` (0 when findings
/// are not wanted: nobody needs them then).
pub fn scan_window(
    ctx: Ctx,
    scratch: &mut Scratch,
    hay: &[u8],
    w: &Window,
    acc: &mut FileAcc,
    findings: Option<&mut Vec<Finding>>,
    at: At,
) -> u64 {
    let Some(out) = findings else {
        let dets = ctx.engine.detectors();
        ctx.engine.scan(scratch, hay, w, |h| {
            if reported(ctx, acc, hay, &h) {
                acc.record(dets[h.detector()].category, &hay[h.start..h.end], h.confidence);
            }
        });
        return 0;
    };
    // Per-finding output is the slow path anyway: collect, then record.
    let mut c = Collected::default();
    collect_hits(ctx, scratch, hay, w, acc, &mut c.hits);
    record_hits(ctx, hay, &mut c, w.own.clone(), acc, Some(out), at)
}

fn newlines(bytes: &[u8]) -> u64 {
    memchr::memchr_iter(b'\n', bytes).count() as u64
}

/// Collects the reported hits of window `w` (placeholders are only counted,
/// into `acc`), for files whose hits are attributed to fields.
pub fn collect_hits(ctx: Ctx, scratch: &mut Scratch, hay: &[u8], w: &Window, acc: &mut FileAcc, out: &mut Vec<Hit>) {
    ctx.engine.scan(scratch, hay, w, |h| {
        if reported(ctx, acc, hay, &h) {
            out.push(h);
        }
    });
}

/// The one triage of a hit: a placeholder, or a value the policy allows, is
/// counted apart; otherwise it is reported if it reaches the confidence
/// threshold.
#[inline]
fn reported(ctx: Ctx, acc: &mut FileAcc, hay: &[u8], h: &Hit) -> bool {
    let category = ctx.engine.detectors()[h.detector()].category;
    if h.placeholder {
        acc.record_placeholder(category);
        false
    } else if h.confidence < ctx.opts.min_confidence {
        false
    } else if ctx
        .opts
        .allow
        .as_deref()
        .is_some_and(|a| a.allows(category, &hay[h.start..h.end]))
    {
        acc.record_allowed(category);
        false
    } else {
        true
    }
}

/// Counts the collected hits `c.hits` into `acc`, pushing each one's
/// fingerprint to `c.fps`, and (optionally) builds their findings. `own` is
/// the range the hits came from, for line numbering as in [`scan_window`];
/// returns the newlines in it (0 without findings).
pub fn record_hits(
    ctx: Ctx,
    hay: &[u8],
    c: &mut Collected,
    own: std::ops::Range<usize>,
    acc: &mut FileAcc,
    findings: Option<&mut Vec<Finding>>,
    at: At,
) -> u64 {
    let dets = ctx.engine.detectors();
    for h in &c.hits {
        let cat = dets[h.detector()].category;
        let value = &hay[h.start..h.end];
        let fp = fingerprint(cat, value);
        acc.record_fp(cat, fp, value, h.confidence);
        c.fps.push(fp);
    }
    let Some(out) = findings else { return 0 };
    let (mut pos, mut lines) = (own.start, 0u64);
    for h in &c.hits {
        let cat = dets[h.detector()].category;
        lines += newlines(&hay[pos..h.start]);
        pos = h.start;
        out.push(Finding {
            line: at.line_base + lines + 1,
            offset: at.offset + h.start as u64,
            detector: h.detector(),
            category: cat,
            confidence: h.confidence,
            value: mask::render(cat, &hay[h.start..h.end], ctx.opts.reveal),
            field: None,
        });
    }
    lines + newlines(&hay[pos..own.end])
}
