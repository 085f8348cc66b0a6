//! `--format ndjson`: one JSON object per line, written while the scan runs.
//! `{"type":"finding",...}` for each reported value (masked, with the
//! `field` it sits in when it sits in one), then, once
//! the scan is done, what the JSON report holds besides: a `field` line per
//! field row (categories that come from structure — names, places, plans,
//! activity — included, with counts), a `field_note`, `records` and
//! `warning` line per entry of those sections, a `skipped` line per skipped
//! entry, and a closing `summary` line with the summary, categories, people and policy.

use crate::report::Report;
use crate::detect::Detector;
use crate::scan::findings::{Finding, FindingSink};
use serde::Serialize;
use std::io::Write;
use std::sync::Mutex;

/// Writes findings as they arrive; a file's findings are written together.
pub struct Sink<'a> {
    out: Mutex<Box<dyn Write + Send + 'a>>,
    detectors: &'a [Detector],
    /// The first write error (a closed pipe, a full disk), reported at the end.
    error: Mutex<Option<std::io::Error>>,
}

#[derive(Serialize)]
struct Line<'a> {
    r#type: &'static str,
    path: &'a str,
    line: u64,
    offset: u64,
    detector: &'a str,
    category: crate::category::Category,
    confidence: f32,
    value: &'a str,
    /// The field the value sits in; absent in free text.
    #[serde(skip_serializing_if = "Option::is_none")]
    field: Option<&'a str>,
}

impl<'a> Sink<'a> {
    pub fn new(out: Box<dyn Write + Send + 'a>, detectors: &'a [Detector]) -> Self {
        Sink {
            out: Mutex::new(out),
            detectors,
            error: Mutex::new(None),
        }
    }

    /// Writes the trailer lines and flushes; returns the first write error.
    pub fn finish(self, report: &Report) -> std::io::Result<()> {
        let mut out = self.out.into_inner().unwrap_or_else(|e| e.into_inner());
        if let Some(e) = self.error.into_inner().unwrap_or_else(|e| e.into_inner()) {
            return Err(e);
        }
        for f in &report.fields {
            writeln!(out, "{}", typed("field", f)?)?;
        }
        for n in &report.field_notes {
            writeln!(out, "{}", typed("field_note", n)?)?;
        }
        for r in &report.records {
            writeln!(out, "{}", typed("records", r)?)?;
        }
        for w in &report.warnings {
            writeln!(out, "{}", typed("warning", w)?)?;
        }
        for s in &report.skipped {
            let line = serde_json::json!({"type": "skipped", "path": s.path, "reason": s.reason});
            writeln!(out, "{line}")?;
        }
        let summary = serde_json::json!({
            "type": "summary",
            "schema": report.schema,
            "summary": report.summary,
            "categories": report.categories,
            "not_found": report.not_found,
            "people": report.people,
            "policy": report.policy,
        });
        writeln!(out, "{summary}")?;
        out.flush()
    }
}

impl super::Renderer for Sink<'_> {
    fn findings(&self) -> Option<&dyn FindingSink> {
        Some(self)
    }

    fn finish(self: Box<Self>, report: &Report) -> std::io::Result<()> {
        Sink::finish(*self, report)
    }
}

impl FindingSink for Sink<'_> {
    fn file_findings(&self, path: &str, findings: &[Finding]) {
        if findings.is_empty() {
            return;
        }
        let mut buf = Vec::with_capacity(findings.len() * 160);
        for f in findings {
            let line = Line {
                r#type: "finding",
                path,
                line: f.line,
                offset: f.offset,
                detector: &self.detectors[f.detector].id,
                category: f.category,
                confidence: f.confidence,
                value: &f.value,
                field: f.field.as_deref(),
            };
            // Serializing plain structs into a Vec cannot fail.
            let _ = serde_json::to_writer(&mut buf, &line);
            buf.push(b'\n');
        }
        let mut out = self.out.lock().unwrap_or_else(|e| e.into_inner());
        if let Err(e) = out.write_all(&buf) {
            self.error.lock().unwrap_or_else(|e| e.into_inner()).get_or_insert(e);
        }
    }
}

/// A report row as one JSON object with its `type`.
fn typed<T: Serialize>(kind: &str, row: &T) -> std::io::Result<serde_json::Value> {
    let mut v = serde_json::to_value(row).map_err(std::io::Error::from)?;
    if let Some(map) = v.as_object_mut() {
        map.insert("type".to_string(), serde_json::Value::from(kind));
    }
    Ok(v)
}
