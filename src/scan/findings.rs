//! Individual findings, for outputs that list each one (`--format ndjson`).
//! The summary formats never build these: they only need counts.

use crate::category::Category;

/// One reported value. `value` was already rendered by `mask::render`.
#[derive(Clone, Debug)]
pub struct Finding {
    /// 1-based line number (after UTF-16 transcoding, for UTF-16 files).
    pub line: u64,
    /// Byte offset of the value's first byte in the scanned text.
    pub offset: u64,
    pub detector: usize,
    pub category: Category,
    pub confidence: f32,
    pub value: String,
    /// The field the value sits in (`users.email`, `user.geo.lat`), as
    /// the report names fields; `None` in free text.
    pub field: Option<String>,
}

/// Where findings go while the scan runs. Called once or more per file, with
/// that file's findings in order; never with two files interleaved.
pub trait FindingSink: Send + Sync {
    fn file_findings(&self, path: &str, findings: &[Finding]);
}
