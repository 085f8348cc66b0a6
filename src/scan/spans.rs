//! The spans a redaction replaces, in file order, window by window: every
//! reported detector hit (the same triage as a scan) and every value of a
//! field whose verdict makes the whole value personal data. Windows are
//! detected in batches on the pool (a producer thread one batch ahead)
//! while this thread merges the previous batch with the parser's events
//! and hands the spans to the writer, so a file of any size is redacted
//! with bounded memory: nothing is held beyond two batches of windows.

use super::window::{collect_hits, stable_copy, Ctx, WINDOWS_PER_THREAD};
use crate::aggregate::FileAcc;
use crate::category::Category;
use crate::chunk;
use crate::detect::{Hit, Window};
use super::known::Known;
use crate::parse::column::{Column, SqlType};
use crate::parse::{Event, Names, Parser};
use crate::sniff::Format;
use rayon::prelude::*;
use std::collections::{HashMap, VecDeque};
use std::io;
use std::sync::Arc;

/// One replaced range of the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub category: Category,
    /// The SQL value the span lies in, with its declared column (SQL dumps
    /// only: what a replacement must be for the dump to load).
    pub cell: Option<Cell>,
}

/// One value of an SQL dump (a quoted string's content, a bare token, a
/// `COPY` field) and its column's declaration, where the dump has one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cell {
    pub start: usize,
    pub end: usize,
    pub column: Option<Arc<Column>>,
}

/// Calls `emit` with every span of `hay` to replace, in order, overlapping
/// ones merged (the first one's category wins). `whole` are the fields
/// whose every value is replaced; `known` their values that identify
/// someone, replaced wherever else they are mentioned; `format` says how
/// `hay` parses. Returns the number of spans.
pub fn spans(
    ctx: Ctx,
    hay: &[u8],
    format: Format,
    whole: &[(String, Category)],
    known: Option<&Known>,
    emit: &mut dyn FnMut(Span) -> io::Result<()>,
) -> io::Result<u64> {
    let mut fields = Fields::new(format, hay, whole, ctx.opts.allow.as_deref());
    let batch_len = (ctx.pool.current_num_threads() * WINDOWS_PER_THREAD).max(1);
    let dets = ctx.engine.detectors();
    let (mut pending, mut count): (Option<Span>, u64) = (None, 0);
    let mut here = Vec::new();
    // Batches of windows are detected on the pool, one batch ahead, while
    // this thread merges the previous one with the parser's events and
    // writes it: the serial part overlaps the parallel one.
    std::thread::scope(|scope| -> io::Result<()> {
        type Found = (Vec<Hit>, Vec<(usize, usize, Category)>);
        let (tx, rx) = std::sync::mpsc::sync_channel::<(Vec<Window>, Vec<Found>)>(1);
        scope.spawn(move || {
            let mut windows = chunk::Planner::new(ctx.engine, hay, ctx.opts.chunk_size);
            loop {
                let batch: Vec<Window> = windows.by_ref().take(batch_len).collect();
                if batch.is_empty() {
                    return;
                }
                let detected: Vec<Found> = ctx.pool.install(|| {
                    batch
                        .par_iter()
                        .map_init(
                            || (ctx.engine.scratch(), Vec::new()),
                            |(s, copy), w| {
                                let mentions = known.map(|k| k.mentions(hay, w.own.clone())).unwrap_or_default();
                                (hits(ctx, s, copy, hay, w), mentions)
                            },
                        )
                        .collect()
                });
                // The receiver gone (a write failed): stop.
                if tx.send((batch, detected)).is_err() {
                    return;
                }
            }
        });
        for (batch, detected) in rx {
            for (w, (hits, mentions)) in batch.iter().zip(detected) {
                here.clear();
                here.extend(hits.iter().map(|h| Span {
                    start: h.start,
                    end: h.end,
                    category: dets[h.detector()].category,
                    cell: None,
                }));
                here.extend(mentions.into_iter().map(|(start, end, category)| Span {
                    start,
                    end,
                    category,
                    cell: None,
                }));
                fields.before(w.own.end, &mut here);
                here.sort_by_key(|s| (s.start, std::cmp::Reverse(s.end)));
                for s in here.drain(..) {
                    match pending.as_mut() {
                        Some(p) if s.start < p.end => p.end = p.end.max(s.end),
                        _ => {
                            if let Some(p) = pending.replace(s) {
                                emit(fields.placed(p))?;
                                count += 1;
                            }
                        }
                    }
                }
                fields.forget_before(pending.as_ref().map_or(w.own.end, |p| p.start));
            }
        }
        Ok(())
    })?;
    if let Some(p) = pending {
        emit(fields.placed(p))?;
        count += 1;
    }
    Ok(count)
}

/// The reported hits of window `w`, detected on a stable copy of it, in
/// `hay`'s offsets.
fn hits(ctx: Ctx, scratch: &mut crate::detect::Scratch, copy: &mut Vec<u8>, hay: &[u8], w: &Window) -> Vec<Hit> {
    let (local, lo) = stable_copy(hay, w, copy);
    let mut found = Vec::new();
    // Placeholders and allowed values are counted into a throwaway total:
    // they are kept as they are.
    collect_hits(ctx, scratch, copy, &local, &mut FileAcc::default(), &mut found);
    for h in &mut found {
        h.start += lo;
        h.end += lo;
    }
    found
}

/// The values of the `whole` fields, in file order, from the parser.
struct Fields<'h, 'w> {
    parser: Option<Box<dyn Parser>>,
    names: Names,
    hay: &'h [u8],
    whole: &'w [(String, Category)],
    /// The policy's allowlists: a value they allow is kept as it is.
    allow: Option<&'w crate::allow::Allowlist>,
    /// An event read ahead: it starts in a later window.
    next: Option<Span>,
    /// SQL values read and not yet passed (SQL dumps only), and each
    /// field's declared column, looked up once.
    cells: Option<VecDeque<Cell>>,
    columns: HashMap<u32, Option<Arc<Column>>>,
    /// The file is a log (its fields are parts of a line's grammar).
    log: bool,
}

impl<'h, 'w> Fields<'h, 'w> {
    fn new(
        format: Format,
        hay: &'h [u8],
        whole: &'w [(String, Category)],
        allow: Option<&'w crate::allow::Allowlist>,
    ) -> Self {
        let sql = format == Format::Sql;
        let parser = if whole.is_empty() && !sql {
            None
        } else {
            crate::parse::parser_for(format, hay)
        };
        Fields {
            parser,
            names: Names::default(),
            hay,
            whole,
            allow,
            next: None,
            cells: sql.then(VecDeque::new),
            columns: HashMap::new(),
            log: format == Format::Log,
        }
    }

    /// `span` with the SQL value it lies wholly in, if any.
    fn placed(&mut self, mut span: Span) -> Span {
        self.forget_before(span.start);
        if let Some(c) = self.cells.as_ref().and_then(|q| q.front()) {
            if c.start <= span.start && span.end <= c.end {
                span.cell = Some(c.clone());
            }
        }
        span
    }

    /// Drops the values that end before `pos`.
    fn forget_before(&mut self, pos: usize) {
        if let Some(q) = self.cells.as_mut() {
            while q.front().is_some_and(|c| c.end < pos || (c.end == pos && c.start < pos)) {
                q.pop_front();
            }
        }
    }

    /// Pushes the spans of whole-field values starting before `end`.
    fn before(&mut self, end: usize, out: &mut Vec<Span>) {
        loop {
            let s = match self.next.take() {
                Some(s) => s,
                None => match self.pull() {
                    Some(s) => s,
                    None => return,
                },
            };
            if s.start >= end {
                self.next = Some(s);
                return;
            }
            out.push(s);
        }
    }

    fn pull(&mut self) -> Option<Span> {
        let parser = self.parser.as_mut()?;
        while let Some(ev) = parser.next(self.hay, &mut self.names) {
            let Event::Value { field, start, end } = ev else {
                continue;
            };
            let name = self.names.get(field);
            let mut cell = None;
            if let Some(q) = self.cells.as_mut() {
                let column = self
                    .columns
                    .entry(field)
                    .or_insert_with(|| parser.column(name).cloned().map(Arc::new))
                    .clone();
                let c = Cell { start, end, column };
                q.push_back(c.clone());
                cell = Some(c);
            }
            if let Some((_, cat)) = self.whole.iter().find(|(f, _)| f == name) {
                let v = &self.hay[start..end];
                let allowed = self.allow.is_some_and(|a| a.allows(*cat, v.trim_ascii()));
                // A `json` or array column is a document: replaced whole
                // (its nested values are not read as fields).
                let document = cell
                    .as_ref()
                    .and_then(|c| c.column.as_deref())
                    .is_some_and(|c| matches!(c.ty, SqlType::Json | SqlType::Array));
                // A table's cell is replaced whole (its field holds the
                // category); a log line's field only where its value is one,
                // else where the detectors find them: the line's grammar
                // must stay.
                let whole = document || !self.log || crate::classify::shape::is_whole(*cat, v);
                if end > start && !is_null(v) && !allowed && whole {
                    return Some(Span {
                        start,
                        end,
                        category: *cat,
                        cell,
                    });
                }
            }
        }
        self.parser = None;
        None
    }
}

/// A value that stands for "no value" and is kept as it is.
fn is_null(v: &[u8]) -> bool {
    matches!(v, b"NULL" | b"null" | b"\\N" | b"-")
}
