//! The one window loop. Every byte sequence a scanner reads reaches the
//! engine here, prepared once (its format sniffed and its parser chosen by
//! [`Run::new`]): a file held whole, a mapped file, or a stream (a table, an
//! object, a decompressed member, stdin, a file under `--mmap never`). The
//! sequence is cut into windows; a batch of windows is detected on every
//! core while the previous batch is folded in, in order, on this thread:
//! counts, findings with their lines, and the attribution of hits to
//! fields. The strategies differ only in where a batch's bytes live: in the
//! one slice ([`Run::slice`]) or in the batch's own buffer
//! ([`Run::stream`]), whose records the fold holds until they are
//! attributed.

use super::findings::Finding;
use super::sink::Sink;
use super::structured;
use super::window::{collect_hits, record_hits, scan_window, stable_copy, At, Collected, Ctx, WINDOWS_PER_THREAD};
use crate::aggregate::{FileAcc, Structure};
use crate::chunk::{Batch, Batches, Planner};
use crate::people::{Ended, Linker};
use crate::classify::Attributor;
use crate::detect::{Hit, Window};
use crate::interrupt;
use crate::read::Mapped;
use crate::sniff::Format;
use rayon::prelude::*;
use std::io::Read;

/// A record of streamed text held longer than this (bytes) ends the
/// attribution of its fields: the rest is scanned as text.
const MAX_HOLD: usize = 64 << 20;

/// Bytes between the parse and the end of what a stream has delivered: a
/// value that starts before this point is whole in the held bytes (unless
/// longer than this).
const PARSE_MARGIN: usize = 1 << 20;

/// Sequences up to this many windows are detected on the calling thread
/// (a walker thread has files of its own to go on with).
const INLINE_WINDOWS: usize = 2;

/// One sequence's scan: what its batches add up to.
pub(super) struct Run<'a> {
    ctx: Ctx<'a>,
    format: Format,
    acc: FileAcc,
    binary: bool,
    lines: u64,
    attr: Option<Attributor<'a>>,
    /// Hits not yet attributed (sequence offsets) and their fingerprints.
    pending: Collected,
    /// Their findings, when findings are wanted: written once attributed,
    /// with their field.
    found: Vec<Finding>,
    /// Each attributed hit's field (reused).
    placed: Vec<Option<u32>>,
    /// Hits being attributed, in the held bytes' positions (reused).
    moved: Vec<Hit>,
    structure: Option<Structure>,
    /// Whether windows count in the progress bar's bytes (a top-level
    /// sequence's; a member's are counted by its container).
    progress: bool,
    /// The people linker, while it runs beside the fold, and the records
    /// it links next (those the previous fold ended).
    link: Option<(Linker, Ended)>,
    /// A streamed record held too long: where the stream was (see
    /// [`Run::give_up`]).
    overlong: Option<u64>,
}

/// The bytes a stream's fold still holds: from stream offset `offset`.
struct Held {
    bytes: Vec<u8>,
    offset: u64,
}

impl<'a> Run<'a> {
    /// A sequence of `format` named `name` (its path: the table a bare `id`
    /// keys), whose first bytes are `first`.
    pub fn new(ctx: Ctx<'a>, format: Format, first: &[u8], name: &str, progress: bool) -> Self {
        let attr = crate::parse::parser_for(format, first).map(|p| Attributor::new(p, ctx.hints, name, ctx.opts.people));
        Run {
            ctx,
            format,
            acc: FileAcc::new(ctx.opts.collect_values),
            binary: false,
            lines: 0,
            attr,
            pending: Collected::default(),
            found: Vec::new(),
            placed: Vec::new(),
            moved: Vec::new(),
            structure: None,
            progress,
            link: None,
            overlong: None,
        }
    }

    /// Scans `hay`, one slice (held, or `map`'s mapping). Returns false if
    /// interrupted.
    pub fn slice(&mut self, sink: &Sink, label: &str, hay: &[u8], map: Option<&Mapped>) -> bool {
        let ctx = self.ctx;
        let size = ctx.opts.chunk_size;
        let inline = hay.len() <= INLINE_WINDOWS.saturating_mul(size);
        let mut windows = Planner::new(ctx.engine, hay, window_size(ctx, hay.len()));
        let batch_len = batch_len(ctx);
        let structured = self.attr.is_some();
        let mapped = map.is_some_and(|m| m.bytes().as_ptr() == hay.as_ptr());
        let mut pending: Vec<Part> = Vec::new();
        loop {
            let batch: Vec<Window> = windows.by_ref().take(batch_len).collect();
            if batch.is_empty() {
                break;
            }
            if interrupt::requested() {
                return false;
            }
            let previous = std::mem::take(&mut pending);
            let detect = Detect {
                ctx,
                sink,
                hay,
                base: 0,
                structured,
                stable: map.is_some(),
                progress: self.progress,
            };
            if inline {
                self.fold(sink, label, previous, hay, 0, None);
                pending = detect.inline(&batch);
            } else {
                pending = self.overlapped(detect, &batch, |run| run.fold(sink, label, previous, hay, 0, None));
            }
            if let (Some(m), true, Some(w)) = (map, mapped, batch.first()) {
                // Everything before this batch is folded in.
                m.release_before(w.own.start.saturating_sub(2 * crate::detect::MAX_MATCH_LEN));
            }
        }
        self.fold(sink, label, pending, hay, 0, None);
        true
    }

    /// Scans a stream, read in batches of windows, each batch detected
    /// while the previous one is folded in and the next one is read.
    /// Returns the bytes read; a read error ends the stream.
    pub fn stream(&mut self, sink: &Sink, label: &str, first: Batch, batches: &mut Batches<impl Read>) -> Result<u64, (u64, std::io::Error)> {
        let ctx = self.ctx;
        let structured = self.attr.is_some();
        let mut held = Held {
            bytes: Vec::new(),
            offset: 0,
        };
        let mut next = Some(first);
        let mut pending: Option<(Batch, Vec<Part>)> = None;
        let mut spare = Vec::new();
        let mut read = 0u64;
        let mut failed = None;
        while let Some(batch) = next.take() {
            if interrupt::requested() {
                break;
            }
            read = batch.owned().end;
            let previous = pending.take();
            let detect = Detect {
                ctx,
                sink,
                hay: &batch.bytes,
                base: batch.offset,
                structured,
                stable: false,
                progress: self.progress,
            };
            let parts = self.overlapped(detect, &batch.windows, |run| {
                if let Some((b, p)) = previous {
                    run.fold_stream(sink, label, &mut held, &b, p);
                    spare = b.bytes;
                }
                if !batch.last {
                    match batches.next_batch(std::mem::take(&mut spare)) {
                        Ok(b) => next = b,
                        Err(e) => failed = Some(e),
                    }
                }
            });
            self.give_up(sink, label, &mut held);
            pending = Some((batch, parts));
        }
        if let Some((b, p)) = pending {
            self.fold_stream(sink, label, &mut held, &b, p);
            self.give_up(sink, label, &mut held);
        }
        // A stream cut short (a read error, an interrupt) leaves hits the
        // attribution never reached.
        self.unattributed(sink, label);
        self.reattach();
        if let Some(attr) = self.attr.take() {
            self.structure = Some(structured::finish(ctx, attr, &held.bytes, label, self.format, &mut self.acc));
        }
        match failed {
            Some(e) => Err((read, e)),
            None => Ok(read),
        }
    }

    /// Folds a stream batch's parts: its owned bytes join the held ones,
    /// hits are attributed up to `PARSE_MARGIN` before the end (all of
    /// them at the end), and bytes no record needs are let go.
    fn fold_stream(&mut self, sink: &Sink, label: &str, held: &mut Held, batch: &Batch, parts: Vec<Part>) {
        if self.attr.is_none() {
            return self.fold(sink, label, parts, &[], batch.offset, None);
        }
        let owned = batch.owned();
        let lo = (owned.start - batch.offset) as usize;
        let hi = (owned.end - batch.offset) as usize;
        held.bytes.extend_from_slice(&batch.bytes[lo..hi]);
        let end = held.offset + held.bytes.len() as u64;
        let upto = if batch.last {
            end
        } else {
            end.saturating_sub(PARSE_MARGIN as u64).max(held.offset)
        };
        self.fold(sink, label, parts, &held.bytes, held.offset, Some(upto));
        let Some(attr) = self.attr.as_ref() else {
            return;
        };
        let first = self.pending.hits.first().map_or(usize::MAX, |h| (h.start as u64 - held.offset) as usize);
        let needed = first.min(attr.needed()).min(held.bytes.len());
        if held.bytes.len() - needed > MAX_HOLD && !batch.last {
            // Given up once the linker is back (see `Run::give_up`).
            self.overlong = Some(end);
            return;
        }
        if needed > 0 {
            held.bytes.drain(..needed);
            held.offset += needed as u64;
            if let Some(a) = self.attr.as_mut() {
                a.rebase(needed);
            }
        }
    }

    /// Detects `windows` on the pool while, on this thread, the linker
    /// settles the previous fold's records beside `fold` (which folds the
    /// previous batch); the records `fold` ended then wait for the next
    /// call. Returns the windows' parts, in order.
    fn overlapped(&mut self, detect: Detect, windows: &[Window], fold: impl FnOnce(&mut Self)) -> Vec<Part> {
        self.detach();
        let mut parts = Vec::new();
        let mut link = self.link.take();
        self.ctx.pool.in_place_scope(|s| {
            s.spawn(|_| parts = detect.parallel(windows));
            if let Some((linker, ended)) = link.as_mut() {
                s.spawn(|_| linker.settle_all(ended));
            }
            fold(self);
        });
        self.link = link;
        self.ended();
        parts
    }

    /// A record held longer than [`MAX_HOLD`] ends the attribution: the
    /// fields' verdicts are made from what was read, the rest of the stream
    /// is scanned as text.
    fn give_up(&mut self, sink: &Sink, label: &str, held: &mut Held) {
        let Some(end) = self.overlong.take() else {
            return;
        };
        self.reattach();
        let attr = self.attr.take().expect("a stream given up was attributed");
        let mut structure = structured::finish(self.ctx, attr, &held.bytes, label, self.format, &mut self.acc);
        let note = format!(
            "a record longer than {} MiB: fields are attributed up to byte {end}, the rest was scanned as text",
            MAX_HOLD >> 20,
        );
        structure.warning = Some(structure.warning.map_or(note.clone(), |w| format!("{w}; {note}")));
        self.structure = Some(structure);
        // Hits not attributed stay counted in the file's totals.
        self.pending.clear();
        self.unattributed(sink, label);
        held.offset += held.bytes.len() as u64;
        held.bytes.clear();
    }

    /// The people linker leaves for the pool (once): from now on it links
    /// each fold's records while the next fold runs.
    fn detach(&mut self) {
        if self.link.is_none() {
            if let Some(a) = self.attr.as_mut() {
                self.link = Some((a.detach_people(), Ended::default()));
            }
        }
    }

    /// The records the last fold ended go to the linker's queue (settled,
    /// and so empty, by now).
    fn ended(&mut self) {
        if let (Some(a), Some((_, ended))) = (self.attr.as_mut(), self.link.as_mut()) {
            a.take_ended(ended);
        }
    }

    /// The linker comes back, every ended record settled in order.
    fn reattach(&mut self) {
        let Some((mut linker, mut ended)) = self.link.take() else {
            return;
        };
        linker.settle_all(&mut ended);
        if let Some(a) = self.attr.as_mut() {
            a.take_ended(&mut ended);
            linker.settle_all(&mut ended);
            a.attach_people(linker);
        }
    }

    /// Folds parts in order into the sequence's totals: counts, findings
    /// (numbered by the lines before them), and the attribution of hits
    /// that start before `upto` (a sequence offset; the parts' end if
    /// `None`). `hay[i]` is sequence offset `base + i`.
    fn fold(&mut self, sink: &Sink, label: &str, parts: Vec<Part>, hay: &[u8], base: u64, upto: Option<u64>) {
        let mut end = base;
        for part in parts {
            self.acc.merge(&part.acc);
            self.binary |= part.binary;
            if let Some(mut found) = part.found {
                found.iter_mut().for_each(|f| f.line += self.lines);
                if self.attr.is_some() {
                    self.found.append(&mut found);
                } else {
                    sink.findings(label, &found);
                }
            }
            self.lines += part.newlines;
            end = part.end;
            if self.attr.is_some() {
                self.pending.hits.extend_from_slice(&part.collected.hits);
                self.pending.fps.extend_from_slice(&part.collected.fps);
            }
        }
        let Some(attr) = self.attr.as_mut() else {
            return;
        };
        let upto = upto.unwrap_or(end);
        let p = &mut self.pending;
        let k = p.hits.partition_point(|h| (h.start as u64) < upto);
        let hits: &[Hit] = if base == 0 {
            &p.hits[..k]
        } else {
            let by = base as usize;
            self.moved.clear();
            self.moved.extend(p.hits[..k].iter().map(|h| Hit {
                start: h.start - by,
                end: h.end - by,
                ..*h
            }));
            &self.moved
        };
        let want = self.ctx.want_findings;
        self.placed.clear();
        let placed = want.then_some(&mut self.placed);
        attr.feed(hay, hits, &p.fps[..k], (upto - base) as usize, self.ctx.engine.detectors(), placed);
        p.hits.drain(..k);
        p.fps.drain(..k);
        if want {
            for (f, id) in self.found.iter_mut().zip(&self.placed) {
                f.field = id.map(|id| attr.field_name(id).to_string());
            }
            sink.findings(label, &self.found[..k]);
            self.found.drain(..k);
        }
    }

    /// Writes the findings not attributed (a stream whose attribution was
    /// given up), without a field.
    fn unattributed(&mut self, sink: &Sink, label: &str) {
        if !self.found.is_empty() {
            sink.findings(label, &self.found);
            self.found.clear();
        }
    }

    /// Ends a sliced sequence: its fields' verdicts.
    pub fn finish_slice(&mut self, label: &str, hay: &[u8]) {
        self.reattach();
        if let Some(attr) = self.attr.take() {
            self.structure = Some(structured::finish(self.ctx, attr, hay, label, self.format, &mut self.acc));
        }
    }

    /// Hands the sequence to the sink, reported as `format` (the sniffed
    /// one if `None`; binary if its bytes were).
    pub fn into_sink(mut self, sink: &mut Sink, label: String, format: Option<Format>, bytes: u64) {
        self.unattributed(sink, &label);
        let format = format.unwrap_or(if self.binary { Format::Binary } else { self.format });
        sink.file(label, format, bytes, self.acc, self.structure);
    }
}

/// Windows detected at once: a few per pool thread, which bounds the hits,
/// findings and mapped pages held at a time.
fn batch_len(ctx: Ctx) -> usize {
    (ctx.pool.current_num_threads() * WINDOWS_PER_THREAD).max(1)
}

/// The windows of a sequence of `len` bytes: `--chunk-size`, or smaller
/// where that would give the pool fewer than [`PIPELINE_DEPTH`] batches
/// (the fold of the last batch is overlapped with nothing). Any size gives
/// the same hits.
fn window_size(ctx: Ctx, len: usize) -> usize {
    let windows = batch_len(ctx) * PIPELINE_DEPTH;
    let most = ctx.opts.chunk_size.max(1);
    (len / windows).clamp(MIN_WINDOW.min(most), most)
}

/// Batches a sequence is cut into at least, so that detecting one batch
/// and folding the previous overlap for most of the sequence.
const PIPELINE_DEPTH: usize = 8;

/// Windows are not made smaller than this (each has a fixed cost).
const MIN_WINDOW: usize = 256 << 10;

/// Batches of a stream as [`Run::stream`] reads them.
pub(super) fn batches<'e, R: Read>(ctx: Ctx<'e>, reader: R) -> Batches<'e, R> {
    let count = batch_len(ctx);
    let most = ctx.opts.chunk_size.max(1);
    let size = (STREAM_BATCH / count).clamp(MIN_WINDOW.min(most), most);
    Batches::new(ctx.engine, reader, size, count)
}

/// A stream's batch is about this many bytes (two are held at a time: the
/// one detected and the one folded, then read into): a stream's read-ahead
/// stays small beside what a container holds.
const STREAM_BATCH: usize = 8 << 20;

/// Detection of a batch of windows of `hay`.
#[derive(Clone, Copy)]
struct Detect<'a, 's> {
    ctx: Ctx<'a>,
    sink: &'s Sink<'a>,
    hay: &'s [u8],
    /// The sequence offset of `hay[0]`.
    base: u64,
    structured: bool,
    /// Whether `hay` is a mapping that may change under the scan.
    stable: bool,
    progress: bool,
}

impl Detect<'_, '_> {
    fn parallel(self, batch: &[Window]) -> Vec<Part> {
        batch.par_iter().map_init(Vec::new, |copy, w| self.one(copy, w)).collect()
    }

    fn inline(self, batch: &[Window]) -> Vec<Part> {
        let mut copy = Vec::new();
        batch.iter().map(|w| self.one(&mut copy, w)).collect()
    }

    fn one(self, copy: &mut Vec<u8>, w: &Window) -> Part {
        let part = Part::detect(self, copy, w);
        if self.progress {
            self.sink.progress(w.own.len() as u64);
        }
        self.sink.found(&part.acc);
        part
    }
}

/// What detecting one window produced.
struct Part {
    acc: FileAcc,
    found: Option<Vec<Finding>>,
    newlines: u64,
    binary: bool,
    /// For structured text: the window's reported hits (sequence offsets)
    /// and their fingerprints.
    collected: Collected,
    /// End of the window's own range (a sequence offset).
    end: u64,
}

impl Part {
    /// Detects window `w`. A mapping is read through a stable copy (plus
    /// the context the validators look at): a file truncated mid-scan must
    /// not change bytes between the regex's passes.
    fn detect(d: Detect, copy: &mut Vec<u8>, w: &Window) -> Part {
        let ctx = d.ctx;
        let mut acc = FileAcc::new(ctx.opts.collect_values);
        let mut found = ctx.want_findings.then(Vec::new);
        let (hay, local, lo) = if d.stable {
            let (local, lo) = stable_copy(d.hay, w, copy);
            (&copy[..], local, lo)
        } else {
            (d.hay, w.clone(), 0)
        };
        let offset = d.base + lo as u64;
        let at = At { offset, line_base: 0 };
        let mut collected = Collected::default();
        let newlines = ctx.engine.with_scratch(|scratch| {
            if d.structured {
                collect_hits(ctx, scratch, hay, &local, &mut acc, &mut collected.hits);
                let nl = record_hits(ctx, hay, &mut collected, local.own.clone(), &mut acc, found.as_mut(), at);
                let by = offset as usize;
                collected.hits.iter_mut().for_each(|h| {
                    h.start += by;
                    h.end += by;
                });
                nl
            } else {
                scan_window(ctx, scratch, hay, &local, &mut acc, found.as_mut(), at)
            }
        });
        Part {
            acc,
            found,
            newlines,
            binary: crate::sniff::is_binary(&hay[local.own]),
            collected,
            end: d.base + w.own.end as u64,
        }
    }
}
