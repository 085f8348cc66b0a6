//! Output formats, one module each, chosen once from `--format`:
//! [`FORMATS`] lists each with its help and how it is opened. A
//! [`Renderer`] owns its writer and its streaming part: findings written
//! (`ndjson`) or gathered (`sarif`) as the scan reports them, then the
//! report once it is built. JSON is the report's serde form itself.
//!
//! A new format is one module here and one line in [`FORMATS`].

internal! {
    csv html human markdown ndjson sarif
}

use crate::detect::Detector;
use crate::report::Report;
use crate::scan::findings::FindingSink;
use std::fmt;
use std::io::{self, Write};

/// Where a renderer writes.
pub type Out<'a> = Box<dyn Write + Send + 'a>;

/// One output format, open on its writer.
pub trait Renderer {
    /// Where the scan sends each finding, for formats that use them.
    fn findings(&self) -> Option<&dyn FindingSink> {
        None
    }

    /// Writes the report (after whatever was streamed) and flushes.
    fn finish(self: Box<Self>, report: &Report) -> io::Result<()>;
}

/// A format: its `--format` name, its help line and how it is opened.
pub struct Spec {
    pub name: &'static str,
    pub help: &'static str,
    open: for<'a> fn(Out<'a>, &'a [Detector]) -> Box<dyn Renderer + 'a>,
}

/// Every format, in `--help` order.
pub static FORMATS: &[Spec] = &[
    Spec {
        name: "human",
        help: "A breach-scope summary for people",
        open: |out, _| Whole::open(out, human::write),
    },
    Spec {
        name: "json",
        help: "The v1 report document (shared/spec/report-v1.md)",
        open: |out, _| Whole::open(out, json),
    },
    Spec {
        name: "ndjson",
        help: "One finding per line, then skipped entries and a summary line",
        open: |out, detectors| Box::new(ndjson::Sink::new(out, detectors)),
    },
    Spec {
        name: "sarif",
        help: "SARIF 2.1.0, for code-scanning dashboards",
        open: |out, detectors| Box::new(sarif::Sarif::new(out, detectors)),
    },
    Spec {
        name: "csv",
        help: "One CSV row per file, field and category",
        open: |out, _| Whole::open(out, csv::write),
    },
    Spec {
        name: "markdown",
        help: "A Markdown report to paste into an incident ticket",
        open: |out, _| Whole::open(out, markdown::write),
    },
    Spec {
        name: "html",
        help: "One self-contained HTML page (inline CSS and SVG, nothing loaded)",
        open: |out, _| Whole::open(out, html::write),
    },
    // Not a rendering of a report: `pii-scan` writes a shard's totals
    // itself (`part::write`); opened as a renderer it is the summary.
    Spec {
        name: PART,
        help: "A shard's part (with `--shard`): everything `pii-scan merge` needs to give the report one run would have",
        open: |out, _| Whole::open(out, human::write),
    },
];

/// The name of the shard-part format.
pub const PART: &str = "part";

impl Spec {
    /// The format called `name`.
    pub fn named(name: &str) -> Option<&'static Spec> {
        FORMATS.iter().find(|s| s.name == name)
    }

    /// The default format: the human summary.
    pub fn human() -> &'static Spec {
        &FORMATS[0]
    }

    /// Opens the format on `out`; `detectors` name the findings.
    pub fn open<'a>(&self, out: Out<'a>, detectors: &'a [Detector]) -> Box<dyn Renderer + 'a> {
        (self.open)(out, detectors)
    }

    pub fn is(&self, name: &str) -> bool {
        self.name == name
    }
}

impl fmt::Debug for Spec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name)
    }
}

impl PartialEq for Spec {
    fn eq(&self, other: &Spec) -> bool {
        self.name == other.name
    }
}

/// A format written whole from the report, at the end.
struct Whole<'a> {
    out: Out<'a>,
    write: fn(&Report, &mut dyn Write) -> io::Result<()>,
}

impl<'a> Whole<'a> {
    fn open(out: Out<'a>, write: fn(&Report, &mut dyn Write) -> io::Result<()>) -> Box<dyn Renderer + 'a> {
        Box::new(Whole { out, write })
    }
}

impl Renderer for Whole<'_> {
    fn finish(mut self: Box<Self>, report: &Report) -> io::Result<()> {
        (self.write)(report, &mut self.out)?;
        self.out.flush()
    }
}

/// `--format json`: the report's serde form, pretty, and a newline.
fn json(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, report).map_err(io::Error::from)?;
    writeln!(out)
}
