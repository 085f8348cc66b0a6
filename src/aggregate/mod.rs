//! Aggregation: hits become counts. Each worker keeps its own [`FileAcc`] for
//! the file it is scanning and its own [`Totals`]; they are merged once at the
//! end, so there is no shared lock on the hot path.
//!
//! Only fingerprints (for distinct counts) and at most [`SAMPLES`] raw sample
//! values per category are kept; samples are masked when rendered.

pub mod distinct;

use crate::category::Category;
use crate::detect::normalize::fingerprint;
use crate::sniff::Format;
pub use distinct::Distinct;
pub use crate::people::{People, PeopleSummary};

/// Samples kept per category (per file and overall).
pub const SAMPLES: usize = 3;
const N: usize = Category::CAPACITY;

/// A deterministic sample: the values with the smallest fingerprints, so the
/// same input gives the same samples whatever the thread interleaving.
#[derive(Clone, Debug, Default)]
pub struct Samples(Vec<(u64, Vec<u8>)>);

/// As text (a part): what a report would show of them, which is the text
/// (`from_utf8_lossy`) of their bytes.
impl serde::Serialize for Samples {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let mut seq = s.serialize_seq(Some(self.0.len()))?;
        for (fp, v) in &self.0 {
            seq.serialize_element(&(fp, String::from_utf8_lossy(v)))?;
        }
        seq.end()
    }
}

impl<'de> serde::Deserialize<'de> for Samples {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Samples, D::Error> {
        let v: Vec<(u64, String)> = serde::Deserialize::deserialize(d)?;
        Ok(Samples(v.into_iter().map(|(fp, s)| (fp, s.into_bytes())).collect()))
    }
}

impl Samples {
    pub fn offer(&mut self, fp: u64, value: &[u8]) {
        if self.0.len() == SAMPLES && fp > self.0[SAMPLES - 1].0 {
            return;
        }
        match self.0.binary_search_by_key(&fp, |s| s.0) {
            Err(i) => {
                self.0.insert(i, (fp, value.to_vec()));
                self.0.truncate(SAMPLES);
            }
            // One value written two ways (`%40` and `@`): the smaller
            // form, whichever file or thread came first.
            Ok(i) if value < self.0[i].1.as_slice() => {
                self.0[i].1.clear();
                self.0[i].1.extend_from_slice(value);
            }
            Ok(_) => {}
        }
    }

    fn merge(&mut self, other: &Samples) {
        for (fp, v) in &other.0 {
            self.offer(*fp, v);
        }
    }

    pub fn values(&self) -> impl Iterator<Item = &[u8]> {
        self.0.iter().map(|(_, v)| v.as_slice())
    }

    /// Replaces every value by `f` of it (masking before a part is written);
    /// the order, by fingerprint, is kept.
    pub fn rewrite(&mut self, f: impl Fn(&[u8]) -> Vec<u8>) {
        for (_, v) in &mut self.0 {
            *v = f(v);
        }
    }
}

/// Counts for one category (in one file, or overall).
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct CatAcc {
    pub matches: u64,
    pub distinct: Distinct,
    pub confidence_sum: f64,
    pub samples: Samples,
    /// Files with at least one match (overall counts only).
    pub files: u64,
    /// For `ip_address`: matches in private, shared or unique-local ranges
    /// (an organisation's own network, not a subscriber's address).
    pub internal: u64,
}

impl CatAcc {
    pub fn merge(&mut self, other: &CatAcc) {
        self.matches += other.matches;
        self.distinct.merge(&other.distinct);
        self.confidence_sum += other.confidence_sum;
        self.samples.merge(&other.samples);
        self.files += other.files;
        self.internal += other.internal;
    }

    pub fn mean_confidence(&self) -> f64 {
        if self.matches == 0 {
            0.0
        } else {
            self.confidence_sum / self.matches as f64
        }
    }
}

/// Everything found in one file (or one chunk of it, before merging).
#[derive(Clone, Debug)]
pub struct FileAcc {
    pub cats: Vec<CatAcc>,
    pub placeholders: [u64; N],
    /// Values the policy's allowlists allow, counted apart.
    pub allowed: [u64; N],
    /// Every reported value's fingerprint, for a baseline (only collected
    /// when one is made or compared against).
    pub seen: Option<Vec<(Category, u64)>>,
}

impl Default for FileAcc {
    fn default() -> Self {
        FileAcc {
            cats: vec![CatAcc::default(); N],
            placeholders: [0; N],
            allowed: [0; N],
            seen: None,
        }
    }
}

impl FileAcc {
    /// An accumulator that also keeps every value's fingerprint when
    /// `collect` (baselines).
    pub fn new(collect: bool) -> FileAcc {
        FileAcc {
            seen: collect.then(Vec::new),
            ..FileAcc::default()
        }
    }

    pub fn record(&mut self, category: Category, value: &[u8], confidence: f32) {
        self.record_fp(category, fingerprint(category, value), value, confidence);
    }

    /// [`FileAcc::record`] with the value's fingerprint already computed.
    pub fn record_fp(&mut self, category: Category, fp: u64, value: &[u8], confidence: f32) {
        let acc = &mut self.cats[category.index()];
        acc.matches += 1;
        acc.distinct.insert(fp);
        acc.confidence_sum += f64::from(confidence);
        acc.samples.offer(fp, value);
        if category == Category::IpAddress && crate::detect::validate::is_internal_ip(value) {
            acc.internal += 1;
        }
        if let Some(seen) = &mut self.seen {
            seen.push((category, fp));
        }
    }

    pub fn record_placeholder(&mut self, category: Category) {
        self.placeholders[category.index()] += 1;
    }

    pub fn record_allowed(&mut self, category: Category) {
        self.allowed[category.index()] += 1;
    }

    pub fn merge(&mut self, other: &FileAcc) {
        for (a, b) in self.cats.iter_mut().zip(&other.cats) {
            a.merge(b);
        }
        for (a, b) in self.placeholders.iter_mut().zip(other.placeholders) {
            *a += b;
        }
        for (a, b) in self.allowed.iter_mut().zip(other.allowed) {
            *a += b;
        }
        if let (Some(a), Some(b)) = (&mut self.seen, &other.seen) {
            a.extend_from_slice(b);
        }
    }

    pub fn is_empty(&self) -> bool {
        self.cats.iter().all(|c| c.matches == 0)
    }
}

/// What one scanned file contributes to the report.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct FileSummary {
    pub path: String,
    pub format: Format,
    pub bytes: u64,
    /// Per category (by index): matches, distinct count, estimate flag, mean
    /// confidence, samples.
    pub cats: Vec<(Category, CatSummary)>,
    /// For structured files: per-field verdicts, records and combinations.
    pub structure: Option<Structure>,
}

/// What structure parsing and classification found in one file.
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct Structure {
    pub fields: Vec<FieldSummary>,
    /// Hits outside every field (`field: null`).
    pub free: Vec<(Category, CatSummary)>,
    /// Records per source (`""` is the file itself, else an SQL table).
    pub records: Vec<(String, u64)>,
    pub combinations: Vec<Combination>,
    pub notes: Vec<(String, String)>,
    pub warning: Option<String>,
    /// The file's people, until they are linked into the run's.
    pub people: Option<crate::people::PeoplePart>,
    /// Field values that were pii-scan's own redaction tokens.
    pub redacted: u64,
    /// Fields of hashed identifiers, with the category their name gives.
    pub hashed: Vec<(String, Category)>,
}

/// How many records of a source hold exactly this set of categories.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Combination {
    pub source: String,
    pub categories: Vec<Category>,
    pub records: u64,
}

#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct FieldSummary {
    pub field: String,
    pub category: Category,
    pub summary: CatSummary,
}

impl CatSummary {
    pub fn of(acc: &CatAcc) -> CatSummary {
        let (distinct, est) = acc.distinct.count();
        CatSummary {
            matches: acc.matches,
            distinct,
            distinct_is_estimate: est,
            confidence: acc.mean_confidence(),
            samples: acc.samples.clone(),
            internal: acc.internal,
        }
    }
}

#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct CatSummary {
    /// For `ip_address`: matches in internal ranges (see [`CatAcc::internal`]).
    pub internal: u64,
    pub matches: u64,
    pub distinct: u64,
    pub distinct_is_estimate: bool,
    pub confidence: f64,
    pub samples: Samples,
}

/// A file or entry that could not be (fully) scanned.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub struct Skip {
    pub path: String,
    pub reason: String,
    /// A failure (unreadable, corrupt) rather than a skip by design (a FIFO,
    /// a file over `--max-filesize`): counted in the summary's `errors`.
    pub error: bool,
}

/// The running totals of one worker, and after merging, of the whole scan.
#[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct Totals {
    pub cats: Vec<CatAcc>,
    pub placeholders: [u64; N],
    pub allowed: [u64; N],
    /// Per file: the fingerprints of its reported values (baselines only).
    pub seen: Vec<(String, Vec<(Category, u64)>)>,
    pub files: Vec<FileSummary>,
    pub skipped: Vec<Skip>,
    pub files_scanned: u64,
    pub bytes_scanned: u64,
    /// The people the records belong to, linked across files.
    pub people: People,
    /// Field values that were pii-scan's own redaction tokens.
    pub redacted: u64,
    /// Tables read as a sample (`--sample`), and what was drawn.
    pub sampled: Vec<crate::store::sample::Note>,
}

impl Totals {
    pub fn new() -> Totals {
        Totals {
            cats: vec![CatAcc::default(); N],
            ..Totals::default()
        }
    }

    /// Renumbers the per-category arrays and bit sets from another
    /// process's numbering of custom categories: what was at index `i`
    /// there is at `to[i]` here (a merged part's).
    pub fn renumber(&mut self, to: &[usize]) {
        let mut cats = vec![CatAcc::default(); N];
        for (i, acc) in std::mem::take(&mut self.cats).into_iter().enumerate() {
            cats[to[i]] = acc;
        }
        self.cats = cats;
        for a in [&mut self.placeholders, &mut self.allowed] {
            let old = *a;
            *a = [0; N];
            for (i, n) in old.into_iter().enumerate() {
                a[to[i]] = n;
            }
        }
        self.people.renumber(to);
    }

    /// Folds a finished file (and, for structured text, its fields) in. Its
    /// distinct sets are merged into the overall ones and dropped; only its
    /// counts are kept.
    pub fn add_file(
        &mut self,
        path: String,
        format: Format,
        bytes: u64,
        mut acc: FileAcc,
        mut structure: Option<Structure>,
    ) {
        match structure.as_mut() {
            Some(st) => {
                if let Some(part) = st.people.take() {
                    self.people.add(&path, part);
                }
                self.people.unattributed += st.free.iter().map(|(_, c)| c.matches).sum::<u64>();
                self.redacted += st.redacted;
            }
            None => self.people.unattributed += acc.cats.iter().map(|c| c.matches).sum::<u64>(),
        }
        self.files_scanned += 1;
        self.bytes_scanned += bytes;
        for (a, b) in self.placeholders.iter_mut().zip(acc.placeholders) {
            *a += b;
        }
        for (a, b) in self.allowed.iter_mut().zip(acc.allowed) {
            *a += b;
        }
        if let Some(mut seen) = acc.seen.take().filter(|s| !s.is_empty()) {
            seen.sort_unstable();
            seen.dedup();
            self.seen.push((path.clone(), seen));
        }
        if acc.is_empty() && structure.as_ref().is_none_or(|s| s.notes.is_empty()) {
            return;
        }
        let mut cats = Vec::new();
        // A structured file's rows come from its fields: its per-category
        // samples would only be held to the end of the scan (100,000 small
        // files: tens of MiB).
        let keep_samples = structure.is_none();
        for (i, mut fa) in acc.cats.into_iter().enumerate() {
            let Some(cat) = Category::from_index(i).filter(|_| fa.matches > 0) else {
                continue;
            };
            fa.distinct.settle();
            let total = &mut self.cats[cat.index()];
            total.merge(&fa);
            total.files += 1;
            let (distinct, est) = fa.distinct.count();
            cats.push((
                cat,
                CatSummary {
                    matches: fa.matches,
                    distinct,
                    distinct_is_estimate: est,
                    confidence: fa.mean_confidence(),
                    samples: if keep_samples { fa.samples } else { Samples::default() },
                    internal: fa.internal,
                },
            ));
        }
        // Custom categories by id, whatever order this process numbered them in.
        cats.sort_by_key(|(c, _)| *c);
        self.files.push(FileSummary {
            path,
            format,
            bytes,
            cats,
            structure,
        });
    }

    /// Records an entry skipped by design (FIFO, link, size limit).
    pub fn skip(&mut self, path: impl Into<String>, reason: impl Into<String>) {
        self.skipped.push(Skip {
            path: path.into(),
            reason: reason.into(),
            error: false,
        });
    }

    /// Records an entry that could not be read, or not read whole.
    pub fn fail(&mut self, path: impl Into<String>, reason: impl Into<String>) {
        self.skipped.push(Skip {
            path: path.into(),
            reason: reason.into(),
            error: true,
        });
    }

    pub fn merge(&mut self, other: Totals) {
        if self.cats.is_empty() {
            self.cats = vec![CatAcc::default(); N];
        }
        for (a, b) in self.cats.iter_mut().zip(&other.cats) {
            a.merge(b);
        }
        for (a, b) in self.placeholders.iter_mut().zip(other.placeholders) {
            *a += b;
        }
        for (a, b) in self.allowed.iter_mut().zip(other.allowed) {
            *a += b;
        }
        self.seen.extend(other.seen);
        self.files.extend(other.files);
        self.skipped.extend(other.skipped);
        self.files_scanned += other.files_scanned;
        self.bytes_scanned += other.bytes_scanned;
        self.people.merge(other.people);
        self.redacted += other.redacted;
        self.sampled.extend(other.sampled);
    }

    /// Sorts files and skips by path, so reports are identical run to run.
    pub fn finish(&mut self) {
        self.files.sort_by(|a, b| a.path.cmp(&b.path));
        self.skipped.sort();
        self.skipped.dedup();
        self.sampled.sort_by(|a, b| a.path.cmp(&b.path));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merging_chunks_equals_one_pass_and_samples_are_order_free() {
        let values: Vec<String> = (0..50).map(|i| format!("user{}@mail.com", i % 20)).collect();
        let mut whole = FileAcc::default();
        values
            .iter()
            .for_each(|v| whole.record(Category::Email, v.as_bytes(), 0.9));
        let (mut a, mut b) = (FileAcc::default(), FileAcc::default());
        values[..17]
            .iter()
            .rev()
            .for_each(|v| a.record(Category::Email, v.as_bytes(), 0.9));
        values[17..]
            .iter()
            .for_each(|v| b.record(Category::Email, v.as_bytes(), 0.9));
        b.merge(&a);
        let (w, m) = (&whole.cats[0], &b.cats[0]);
        assert_eq!((w.matches, w.distinct.count()), (50, (20, false)));
        assert_eq!((m.matches, m.distinct.count()), (50, (20, false)));
        let ws: Vec<_> = w.samples.values().collect();
        let ms: Vec<_> = m.samples.values().collect();
        assert_eq!(ws, ms);
        assert_eq!(ws.len(), SAMPLES);
    }
}
