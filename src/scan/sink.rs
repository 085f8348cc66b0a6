//! Where a scanner's results go: the one place a scanned sequence reaches the
//! totals, plus the findings stream (ndjson) and the progress counters.

use super::findings::{Finding, FindingSink};
use super::Outputs;
use crate::aggregate::{FileAcc, Structure, Totals};
use crate::sniff::Format;

/// One scanner's results.
pub struct Sink<'a> {
    totals: Totals,
    out: Outputs<'a>,
}

impl<'a> Sink<'a> {
    pub fn new(out: Outputs<'a>) -> Sink<'a> {
        Sink {
            totals: Totals::new(),
            out,
        }
    }

    /// A scanned sequence: its counts and, for structured text, its fields.
    pub fn file(&mut self, label: String, format: Format, bytes: u64, acc: FileAcc, structure: Option<Structure>) {
        self.totals.add_file(label, format, bytes, acc, structure);
    }

    /// Findings of `label`, in order (called once or more per sequence).
    pub fn findings(&self, label: &str, found: &[Finding]) {
        if let Some(sink) = self.out.findings {
            sink.file_findings(label, found);
        }
    }


    /// Progress: `bytes` read.
    pub fn progress(&self, bytes: u64) {
        if let Some(p) = self.out.progress {
            p.add_bytes(bytes);
        }
    }

    /// Progress: the values `acc` holds were found.
    pub fn found(&self, acc: &FileAcc) {
        if let Some(p) = self.out.progress {
            p.add_findings(acc.cats.iter().map(|c| c.matches).sum());
        }
    }

    /// Progress: a file, object or table given or found under the roots
    /// starts (`Some`, its label) or is done (`None`).
    pub fn top_level(&self, label: Option<&str>) {
        if let Some(p) = self.out.progress {
            match label {
                Some(l) => p.start(l),
                None => p.file_done(),
            }
        }
    }

    /// An entry skipped by design (a FIFO, a size limit).
    pub fn skip(&mut self, path: impl Into<String>, reason: impl Into<String>) {
        self.totals.skip(path, reason);
    }

    /// An entry that could not be read, or not whole.
    pub fn fail(&mut self, path: impl Into<String>, reason: impl Into<String>) {
        self.totals.fail(path, reason);
    }

    /// Folds in another scanner's totals.
    pub fn merge(&mut self, other: Totals) {
        self.totals.merge(other);
    }

    pub fn into_totals(self) -> Totals {
        self.totals
    }

    pub fn outputs(&self) -> Outputs<'a> {
        self.out
    }
}

impl FindingSink for Sink<'_> {
    fn file_findings(&self, path: &str, findings: &[Finding]) {
        self.findings(path, findings);
    }
}
