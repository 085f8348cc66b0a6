//! `--format csv`: one row per (file, field, category) finding — the rows a
//! spreadsheet or a ticket attachment wants. Values are the masked samples.

use crate::report::Report;
use std::io::{self, Write};

/// Writes the CSV document: a header, then one row per field row of `r`.
pub fn write(r: &Report, out: &mut dyn Write) -> io::Result<()> {
    let mut w = ::csv::Writer::from_writer(out);
    w.write_record([
        "path",
        "field",
        "category",
        "confidence",
        "matches",
        "distinct",
        "distinct_is_estimate",
        "allowed",
        "samples",
    ])?;
    for f in &r.fields {
        w.write_record([
            f.path.as_str(),
            f.field.as_deref().unwrap_or(""),
            f.category.id(),
            &f.confidence.to_string(),
            &f.matches.to_string(),
            &f.distinct.to_string(),
            &f.distinct_is_estimate.to_string(),
            &f.allowed.to_string(),
            &f.samples.join(" | "),
        ])?;
    }
    w.flush()
}
