//! Scanning one window of one file's bytes: run the engine, apply the
//! confidence threshold, record counts, and (for per-finding outputs) build
//! findings with line numbers.

use super::findings::Finding;
use super::ScanOptions;
use crate::aggregate::FileAcc;
use crate::detect::normalize::fingerprint;
use crate::detect::{Engine, Hit, Scratch, Window};
use crate::mask;

/// What a window scan needs that does not change from file to file.
#[derive(Clone, Copy)]
pub struct Ctx<'a> {
    pub engine: &'a Engine,
    pub opts: &'a ScanOptions,
    pub hints: &'a crate::classify::Hints,
    /// Whether to build [`Finding`]s (only for ndjson).
    pub want_findings: bool,
    /// The pool large files' chunks and big archives' members run on.
    pub pool: &'a rayon::ThreadPool,
}

/// Scans `w` of `hay` into `acc`. With `findings`, pushes one per reported
/// hit: `offset` is the stream offset of `hay[0]`, `line_base` the number of
/// newlines before `w.own.start`. Returns the newlines inside `w.own` (0 when
/// findings are not wanted: nobody needs them then).
#[allow(clippy::too_many_arguments)]
pub fn scan_window(
    ctx: Ctx,
    scratch: &mut Scratch,
    hay: &[u8],
    w: &Window,
    acc: &mut FileAcc,
    findings: Option<&mut Vec<Finding>>,
    offset: u64,
    line_base: u64,
) -> u64 {
    let Some(out) = findings else {
        let dets = ctx.engine.detectors();
        ctx.engine.scan(scratch, hay, w, |h| {
            if reported(ctx, acc, hay, &h) {
                acc.record(dets[h.detector].category, &hay[h.start..h.end], h.confidence);
            }
        });
        return 0;
    };
    // Per-finding output is the slow path anyway: collect, then record.
    let (mut hits, mut fps) = (Vec::new(), Vec::new());
    collect_hits(ctx, scratch, hay, w, acc, &mut hits);
    record_hits(
        ctx,
        hay,
        &hits,
        w.own.clone(),
        acc,
        &mut fps,
        Some(out),
        offset,
        line_base,
    )
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
    let category = ctx.engine.detectors()[h.detector].category;
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

/// Counts collected hits into `acc` and (optionally) builds their findings.
/// Each hit's fingerprint is pushed to `fps` (attribution reuses it rather
/// than hashing the value again). `own` is the range the hits came from, for
/// line numbering as in [`scan_window`]; returns the newlines in it (0
/// without findings).
#[allow(clippy::too_many_arguments)]
pub fn record_hits(
    ctx: Ctx,
    hay: &[u8],
    hits: &[Hit],
    own: std::ops::Range<usize>,
    acc: &mut FileAcc,
    fps: &mut Vec<u64>,
    findings: Option<&mut Vec<Finding>>,
    offset: u64,
    line_base: u64,
) -> u64 {
    let dets = ctx.engine.detectors();
    for h in hits {
        let cat = dets[h.detector].category;
        let value = &hay[h.start..h.end];
        let fp = fingerprint(cat, value);
        acc.record_fp(cat, fp, value, h.confidence);
        fps.push(fp);
    }
    let Some(out) = findings else { return 0 };
    let (mut pos, mut lines) = (own.start, 0u64);
    for h in hits {
        let cat = dets[h.detector].category;
        lines += newlines(&hay[pos..h.start]);
        pos = h.start;
        out.push(Finding {
            line: line_base + lines + 1,
            offset: offset + h.start as u64,
            detector: h.detector,
            category: cat,
            confidence: h.confidence,
            value: mask::render(cat, &hay[h.start..h.end], ctx.opts.reveal),
        });
    }
    lines + newlines(&hay[pos..own.end])
}
