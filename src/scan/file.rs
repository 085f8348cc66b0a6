//! Scanning one window of one file's bytes: run the engine, apply the
//! confidence threshold, record counts, and (for per-finding outputs) build
//! findings with line numbers.

use super::findings::Finding;
use super::ScanOptions;
use crate::aggregate::FileAcc;
use crate::detect::{Engine, Scratch, Window};
use crate::mask;

/// What a window scan needs that does not change from file to file.
#[derive(Clone, Copy)]
pub struct Ctx<'a> {
    pub engine: &'a Engine,
    pub opts: &'a ScanOptions,
    /// Whether to build [`Finding`]s (only for ndjson).
    pub want_findings: bool,
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
    let dets = ctx.engine.detectors();
    let min = ctx.opts.min_confidence;
    let Some(out) = findings else {
        ctx.engine.scan(scratch, hay, w, |h| {
            let cat = dets[h.detector].category;
            if h.placeholder {
                acc.record_placeholder(cat);
            } else if h.confidence >= min {
                acc.record(cat, &hay[h.start..h.end], h.confidence);
            }
        });
        return 0;
    };
    let (mut pos, mut lines) = (w.own.start, 0u64);
    ctx.engine.scan(scratch, hay, w, |h| {
        let cat = dets[h.detector].category;
        if h.placeholder {
            acc.record_placeholder(cat);
            return;
        }
        if h.confidence < min {
            return;
        }
        let value = &hay[h.start..h.end];
        acc.record(cat, value, h.confidence);
        lines += newlines(&hay[pos..h.start]);
        pos = h.start;
        out.push(Finding {
            line: line_base + lines + 1,
            offset: offset + h.start as u64,
            detector: h.detector,
            category: cat,
            confidence: h.confidence,
            value: mask::render(cat, value, ctx.opts.reveal),
        });
    });
    lines + newlines(&hay[pos..w.own.end])
}

fn newlines(bytes: &[u8]) -> u64 {
    memchr::memchr_iter(b'\n', bytes).count() as u64
}
