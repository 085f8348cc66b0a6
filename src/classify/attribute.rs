//! Attribution: walks a structure parser's field events and the detector's
//! hits side by side (both in offset order) and tells `FileFields` which
//! field each hit fell in. Hits outside every field stay free text.
//!
//! It can be fed in pieces (the hits of one batch of windows at a time), so a
//! large file's hits never need to be held all at once; and over a stream,
//! where the bytes before [`Attributor::needed`] are dropped as it goes.

use super::fields::{FileFields, Outcome};
use super::hints::Hints;
use crate::people::{Ended, Linker};
use crate::aggregate::FileAcc;
use crate::detect::{Detector, Hit};
use crate::parse::{Event, Names, Parser};

struct Current {
    field: u32,
    start: usize,
    end: usize,
    index: u64,
}

pub struct Attributor<'h> {
    parser: Box<dyn Parser>,
    names: Names,
    fields: FileFields<'h>,
    current: Option<Current>,
    /// An event pulled past the last hit, not yet processed.
    ahead: Option<Event>,
    done: bool,
    /// Hits that fell outside every field, per category (for `field: null`).
    pub free: FileAcc,
}

impl<'h> Attributor<'h> {
    /// `source` names the file (its path): the table its bare `id` keys;
    /// `people` whether its records are linked into people.
    pub fn new(parser: Box<dyn Parser>, hints: &'h Hints, source: &str, people: bool) -> Self {
        let dotted = parser.dotted_names();
        let config = parser.is_config();
        let references = parser.references();
        let log = parser.is_log();
        Attributor {
            parser,
            names: Names::default(),
            fields: FileFields::new(hints, dotted)
                .people(people)
                .config(config)
                .source(source)
                .references(references)
                .log(log),
            current: None,
            ahead: None,
            done: false,
            free: FileAcc::default(),
        }
    }

    /// Pulls the next event (or the one held back) and processes it.
    fn advance(&mut self, hay: &[u8]) -> bool {
        let ev = match self.ahead.take() {
            Some(e) => Some(e),
            None if self.done => None,
            None => self.parser.next(hay, &mut self.names),
        };
        match ev {
            None => {
                self.done = true;
                self.current = None;
                false
            }
            Some(Event::EndRecord) => {
                self.fields.end_record();
                true
            }
            Some(Event::BeginRecord) => {
                self.fields.begin_record();
                true
            }
            Some(Event::Value { field, start, end }) => {
                let index = self.fields.value(field, &self.names, &hay[start..end]);
                self.current = Some(Current {
                    field,
                    start,
                    end,
                    index,
                });
                true
            }
        }
    }

    fn peek_start(&mut self, hay: &[u8]) -> Option<usize> {
        if self.ahead.is_none() && !self.done {
            self.ahead = self.parser.next(hay, &mut self.names);
            if self.ahead.is_none() {
                self.done = true;
            }
        }
        match &self.ahead {
            Some(Event::Value { start, .. }) => Some(*start),
            Some(Event::EndRecord | Event::BeginRecord) => Some(0),
            None => None,
        }
    }

    /// Attributes `hits` (in order, already counted in the file's totals;
    /// `fps[i]` is the fingerprint of `hits[i]`'s value) and processes every
    /// field that starts before `upto`. With `placed`, pushes each hit's
    /// field id (`None` outside every field), for its finding.
    pub fn feed(
        &mut self,
        hay: &[u8],
        hits: &[Hit],
        fps: &[u64],
        upto: usize,
        detectors: &[Detector],
        mut placed: Option<&mut Vec<Option<u32>>>,
    ) {
        debug_assert_eq!(hits.len(), fps.len());
        for (h, &fp) in hits.iter().zip(fps) {
            // Move forward until the current field reaches this hit.
            loop {
                if let Some(c) = &self.current {
                    if h.start >= c.start && h.start < c.end {
                        break;
                    }
                    if c.start > h.start {
                        break;
                    }
                }
                match self.peek_start(hay) {
                    Some(s) if s <= h.start => {
                        self.advance(hay);
                    }
                    _ => break,
                }
            }
            let det = &detectors[h.detector()];
            let value = &hay[h.start..h.end];
            let field = match &self.current {
                Some(c) if h.start >= c.start && h.start < c.end => Some(c.field),
                _ => None,
            };
            if let Some(p) = placed.as_deref_mut() {
                p.push(field);
            }
            match &self.current {
                Some(c) if h.start >= c.start && h.start < c.end => {
                    self.fields.hit(
                        c.field,
                        &self.names,
                        c.index,
                        super::fields::FieldHit {
                            category: det.category,
                            fp,
                            value,
                            confidence: h.confidence,
                        },
                    );
                }
                _ => self.free.record_fp(det.category, fp, value, h.confidence),
            }
        }
        while let Some(s) = self.peek_start(hay) {
            if s >= upto {
                break;
            }
            self.advance(hay);
        }
    }

    /// What the report calls field `id`.
    pub fn field_name(&self, id: u32) -> &str {
        self.names.get(id)
    }

    /// The first byte of the haystack the attribution still needs (the
    /// current field, a field read ahead, the parser's position).
    pub fn needed(&self) -> usize {
        let mut n = self.parser.needed();
        if let Some(c) = &self.current {
            n = n.min(c.start);
        }
        if let Some(Event::Value { start, .. }) = &self.ahead {
            n = n.min(*start);
        }
        n
    }

    /// The first `by` bytes of the haystack were dropped (at most
    /// [`Attributor::needed`]): positions move back.
    pub fn rebase(&mut self, by: usize) {
        self.parser.rebase(by);
        if let Some(c) = &mut self.current {
            c.start -= by;
            c.end -= by;
        }
        if let Some(Event::Value { start, end, .. }) = &mut self.ahead {
            *start -= by;
            *end -= by;
        }
    }

    /// Links the file's records on another thread: the [`Linker`] is
    /// handed out, and the records ended meanwhile are taken with
    /// [`Attributor::take_ended`] and settled in order; it comes back with
    /// [`Attributor::attach_people`] before [`Attributor::finish`].
    pub fn detach_people(&mut self) -> Linker {
        self.fields.detach_people()
    }

    pub fn attach_people(&mut self, linker: Linker) {
        self.fields.attach_people(linker);
    }

    /// The records ended since the last call, swapped with `spare`.
    pub fn take_ended(&mut self, spare: &mut Ended) {
        self.fields.take_ended(spare);
    }

    /// Processes the remaining events and returns the verdicts.
    pub fn finish(mut self, hay: &[u8], min_confidence: f32, tables: bool) -> (Outcome, FileAcc, Names) {
        while self.advance(hay) {}
        let mut outcome = self.fields.finish(&self.names, min_confidence, tables);
        outcome.warning = self.parser.warning();
        (outcome, self.free, self.names)
    }
}
