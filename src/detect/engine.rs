//! The detector engine: every detector compiled into ONE multi-pattern regex
//! (`regex-automata`'s meta engine, byte-oriented, ASCII classes), so N
//! detectors cost one pass over the bytes. Candidates go to their validator;
//! when one fails, the detectors listed after it are tried at the same start
//! with an anchored search, so a rejected card number can still be a phone.
//!
//! Compiling also checks each detector's limits: a bounded match length (so a
//! chunk overlap of `MAX_MATCH_LEN` always suffices), no empty matches, no
//! newline or NUL in a match (so a file can be cut at any newline), and a size
//! limit on the compiled automaton.

use super::validate::{self, Candidate, Validator, Verdict};
use crate::category::Category;
use crate::patterns::{DetectorSpec, PatternError};
use regex_automata::meta::{self, Regex};
use regex_automata::{Anchored, Input};
use regex_syntax::hir::{Class, Hir, HirKind};
use std::ops::Range;

/// The longest match any detector may produce, in bytes. Chunks overlap by
/// this much where they cannot be cut at a separator byte.
pub const MAX_MATCH_LEN: usize = 4096;
/// How far before a match context keywords are looked for.
pub const CONTEXT_WINDOW: usize = 48;
/// Per-detector limit on the compiled NFA (a user pattern like `\w{1000}{1000}`
/// is refused instead of eating memory).
const NFA_SIZE_LIMIT: usize = 2 << 20;

/// A compiled detector's metadata (its regex lives inside the engine's tiers).
#[derive(Debug)]
pub struct Detector {
    pub id: String,
    pub category: Category,
    /// The longest match that can be valid; longer candidates are skipped.
    pub max_len: usize,
    pub confidence: f32,
    pub validator: Option<Validator>,
    pub validator_name: Option<String>,
    /// Context keywords, one case-insensitive automaton per detector.
    context: Option<aho_corasick::AhoCorasick>,
    context_boost: f32,
    pub regex: String,
}

/// A validated match.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Hit {
    /// The detector's index (see [`Hit::detector`]); 16 bits keep a hit in
    /// 24 bytes, and a dense window holds a hundred thousand of them.
    pub det: u16,
    pub start: usize,
    pub end: usize,
    /// A documentation or test value, counted apart from real findings.
    pub placeholder: bool,
    pub confidence: f32,
}

impl Hit {
    /// The index of the detector that matched.
    #[inline]
    pub fn detector(&self) -> usize {
        usize::from(self.det)
    }
}

/// Which part of a haystack one call to [`Engine::scan`] is responsible for.
///
/// The search starts at `from` and stops at `limit`; only hits that start in
/// `own` are emitted. `from <= own.start` and `limit >= own.end`; bytes
/// outside `from..limit` are still visible to look-around (`\b`) and to
/// validators, which is what makes chunked scans identical to whole ones.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Window {
    pub from: usize,
    pub own: Range<usize>,
    pub limit: usize,
}

impl Window {
    /// The whole haystack.
    #[cfg(any(test, feature = "internals"))]
    pub fn whole(len: usize) -> Window {
        Window {
            from: 0,
            own: 0..len,
            limit: len,
        }
    }
}

/// Per-thread search state (lazy DFA caches). Create one per worker with
/// [`Engine::scratch`] and reuse it.
pub struct Scratch {
    caches: Vec<meta::Cache>,
}

/// All detectors, compiled.
pub struct Engine {
    detectors: Vec<Detector>,
    /// `tiers[k]` matches detectors `k..` (pattern id 0 is detector `k`);
    /// `tiers[0]` is the main scan, the others serve anchored retries.
    tiers: Vec<Regex>,
    /// `separator[b]`: no detector can match byte `b`, so no match spans it.
    separator: [bool; 256],
    /// Tells engines apart for [`Engine::with_scratch`].
    id: u64,
}

/// Engines built so far (each gets the next number as its id).
static ENGINES: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

thread_local! {
    /// This thread's scratch space, and the engine it belongs to: pool
    /// threads keep their lazy DFA caches warm from one batch to the next.
    static SCRATCH: std::cell::Cell<Option<(u64, Scratch)>> = const { std::cell::Cell::new(None) };
}

impl Engine {
    /// Compiles detector specs, in order (earlier wins at the same position).
    pub fn new(specs: &[DetectorSpec]) -> Result<Engine, PatternError> {
        if specs.is_empty() {
            return Err(PatternError::new("<patterns>", None, "no detectors defined"));
        }
        if specs.len() > usize::from(u16::MAX) {
            return Err(PatternError::new(
                "<patterns>",
                None,
                format!("{} detectors; at most {} are supported", specs.len(), u16::MAX),
            ));
        }
        let mut hirs = Vec::with_capacity(specs.len());
        let mut detectors = Vec::with_capacity(specs.len());
        let mut matchable = [false; 256];
        for spec in specs {
            let (hir, bytes, max_len) = compile_one(spec)?;
            for (m, b) in matchable.iter_mut().zip(bytes) {
                *m |= b;
            }
            hirs.push(hir);
            detectors.push(detector_of(spec, max_len)?);
        }
        let tiers = (0..hirs.len())
            .map(|k| build(&hirs[k..]))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| PatternError::new("<patterns>", None, format!("cannot compile detectors together: {e}")))?;
        let mut separator = [false; 256];
        for (s, m) in separator.iter_mut().zip(matchable) {
            *s = !m;
        }
        Ok(Engine {
            detectors,
            tiers,
            separator,
            id: ENGINES.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        })
    }

    pub fn detectors(&self) -> &[Detector] {
        &self.detectors
    }

    /// Whether no detector can match byte `b`: a position right after such a
    /// byte is a safe place to cut a haystack.
    pub fn is_separator(&self, b: u8) -> bool {
        self.separator[usize::from(b)]
    }

    pub fn scratch(&self) -> Scratch {
        Scratch {
            caches: self.tiers.iter().map(Regex::create_cache).collect(),
        }
    }

    /// Runs `f` with this thread's scratch space for this engine, kept for
    /// the thread's next call (a new one is made for another engine, or
    /// when a call is nested).
    pub fn with_scratch<T>(&self, f: impl FnOnce(&mut Scratch) -> T) -> T {
        let mut scratch = match SCRATCH.take() {
            Some((id, s)) if id == self.id => s,
            _ => self.scratch(),
        };
        let out = f(&mut scratch);
        SCRATCH.set(Some((self.id, scratch)));
        out
    }

    /// Emits every validated hit (placeholders included, flagged) that starts
    /// in `w.own`, in order of position.
    pub fn scan(&self, scratch: &mut Scratch, hay: &[u8], w: &Window, mut emit: impl FnMut(Hit)) {
        let mut at = w.from;
        while at < w.limit {
            let input = Input::new(hay).range(at..w.limit);
            let Some(m) = self.tiers[0].search_with(&mut scratch.caches[0], &input) else {
                break;
            };
            if m.start() >= w.own.end {
                break;
            }
            match self.confirm(scratch, hay, w.limit, m.pattern().as_usize(), m.start(), m.end()) {
                Some(hit) => {
                    if hit.start >= w.own.start {
                        emit(hit);
                    }
                    at = hit.end;
                }
                // An overlong run (a megabyte of `a.a.a…@x.com`) is skipped
                // whole: retrying inside it would be quadratic.
                None if m.len() > self.detectors[m.pattern().as_usize()].max_len => at = m.end(),
                // Resume one byte later, not at the candidate's end: a shorter
                // valid value may start inside a rejected candidate.
                None => at = m.start() + 1,
            }
        }
    }

    /// Validates the candidate of detector `d`; on rejection, tries the
    /// detectors after it, anchored at the same start.
    fn confirm(
        &self,
        scratch: &mut Scratch,
        hay: &[u8],
        limit: usize,
        mut d: usize,
        start: usize,
        mut end: usize,
    ) -> Option<Hit> {
        loop {
            let det = &self.detectors[d];
            let cand = Candidate { hay, start, end };
            let verdict = if end - start > det.max_len {
                Verdict::Invalid
            } else {
                det.validator.map_or(Verdict::Valid, |v| v(&cand))
            };
            if verdict != Verdict::Invalid {
                return Some(Hit {
                    det: d as u16,
                    start,
                    end,
                    placeholder: verdict == Verdict::Placeholder,
                    confidence: det.confidence_at(hay, start),
                });
            }
            let next = d + 1;
            if next >= self.tiers.len() {
                return None;
            }
            let input = Input::new(hay).range(start..limit).anchored(Anchored::Yes);
            let m = self.tiers[next].search_with(&mut scratch.caches[next], &input)?;
            d = next + m.pattern().as_usize();
            end = m.end();
        }
    }
}

impl Detector {
    /// Base confidence, raised when a context keyword precedes the match.
    fn confidence_at(&self, hay: &[u8], start: usize) -> f32 {
        let Some(ac) = &self.context else {
            return self.confidence;
        };
        if ac.is_match(&hay[start.saturating_sub(CONTEXT_WINDOW)..start]) {
            (self.confidence + self.context_boost).min(1.0)
        } else {
            self.confidence
        }
    }
}

fn detector_of(spec: &DetectorSpec, max_len: usize) -> Result<Detector, PatternError> {
    let validator = match &spec.validator {
        None => None,
        Some(name) => Some(validate::by_name(name).ok_or_else(|| {
            PatternError::new(
                &spec.source,
                Some(&spec.id),
                format!("unknown validator '{name}' (known: {})", validate::NAMES.join(", ")),
            )
        })?),
    };
    Ok(Detector {
        id: spec.id.clone(),
        category: spec.category,
        max_len,
        confidence: spec.confidence,
        validator,
        validator_name: spec.validator.clone(),
        context: if spec.context.is_empty() {
            None
        } else {
            Some(
                aho_corasick::AhoCorasick::builder()
                    .ascii_case_insensitive(true)
                    .build(&spec.context)
                    .map_err(|e| PatternError::new(&spec.source, Some(&spec.id), format!("context keywords: {e}")))?,
            )
        },
        context_boost: spec.context_boost,
        regex: spec.regex.clone(),
    })
}

/// Parses one detector's regex and checks its limits. Returns the HIR, the
/// set of bytes it can match, and the longest valid match.
fn compile_one(spec: &DetectorSpec) -> Result<(Hir, [bool; 256], usize), PatternError> {
    let err = |m: String| PatternError::new(&spec.source, Some(&spec.id), m);
    if spec.regex.len() > 8192 {
        return Err(err(format!(
            "regex is {} bytes long; the limit is 8192",
            spec.regex.len()
        )));
    }
    let hir = regex_syntax::ParserBuilder::new()
        .unicode(false)
        .utf8(false)
        .nest_limit(64)
        .build()
        .parse(&spec.regex)
        .map_err(|e| err(format!("invalid regex: {e}")))?;
    let props = hir.properties();
    if props.minimum_len().unwrap_or(0) == 0 {
        return Err(err("regex can match the empty string".into()));
    }
    let max_len = match (props.maximum_len(), spec.max_len) {
        (_, Some(n)) if n == 0 || n > MAX_MATCH_LEN => {
            return Err(err(format!("max_len {n} is outside 1..={MAX_MATCH_LEN}")));
        }
        (Some(bound), Some(n)) => bound.min(n),
        (Some(bound), None) if bound <= MAX_MATCH_LEN => bound,
        (_, Some(n)) => n,
        _ => {
            return Err(err(format!(
                "regex has no bounded match length of at most {MAX_MATCH_LEN} bytes; set max_len, or bound every repetition"
            )))
        }
    };
    let mut bytes = [false; 256];
    matchable_bytes(&hir, &mut bytes);
    if bytes[usize::from(b'\n')] || bytes[0] {
        return Err(err(
            "regex can match a newline or NUL byte; use [ \\t] instead of \\s and exclude \\n from negated classes"
                .into(),
        ));
    }
    build(std::slice::from_ref(&hir)).map_err(|e| err(format!("regex too large or not compilable: {e}")))?;
    Ok((hir, bytes, max_len))
}

fn build(hirs: &[Hir]) -> Result<Regex, Box<regex_automata::meta::BuildError>> {
    Regex::builder()
        .configure(
            Regex::config()
                .match_kind(regex_automata::MatchKind::LeftmostFirst)
                .utf8_empty(false)
                .nfa_size_limit(Some(NFA_SIZE_LIMIT * hirs.len().max(1)))
                .hybrid_cache_capacity(8 << 20),
        )
        .build_many_from_hir(hirs)
        .map_err(Box::new)
}

/// Marks every byte that `hir` can match.
fn matchable_bytes(hir: &Hir, out: &mut [bool; 256]) {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => {}
        HirKind::Literal(lit) => {
            for &b in lit.0.iter() {
                out[usize::from(b)] = true;
            }
        }
        HirKind::Class(Class::Bytes(c)) => {
            for r in c.ranges() {
                for b in r.start()..=r.end() {
                    out[usize::from(b)] = true;
                }
            }
        }
        HirKind::Class(Class::Unicode(c)) => {
            for r in c.ranges() {
                let (lo, hi) = (u32::from(r.start()), u32::from(r.end()));
                for b in lo.min(0x80)..=hi.min(0x7f) {
                    out[b as usize] = true;
                }
                if hi >= 0x80 {
                    out[0x80..].iter_mut().for_each(|m| *m = true);
                }
            }
        }
        HirKind::Repetition(r) => matchable_bytes(&r.sub, out),
        HirKind::Capture(c) => matchable_bytes(&c.sub, out),
        HirKind::Concat(subs) | HirKind::Alternation(subs) => {
            subs.iter().for_each(|h| matchable_bytes(h, out));
        }
    }
}
