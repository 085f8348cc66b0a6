//! `--format markdown`: the report a responder pastes into an incident
//! ticket — scope table, fields table, what was not found, coverage (what
//! was scanned and what could not be), and the policy verdict. Values are the
//! masked samples; every cell is escaped for Markdown tables.

use crate::report::Report;
use std::io::{self, Write};

pub fn write(r: &Report, out: &mut dyn Write) -> io::Result<()> {
    let s = &r.summary;
    writeln!(out, "# pii-scan report\n")?;
    writeln!(
        out,
        "Scanned {} ({} files, {} bytes); {} skipped, {} of them unreadable. Values are {}.\n",
        s.roots
            .iter()
            .map(|x| format!("`{}`", cell(x)))
            .collect::<Vec<_>>()
            .join(", "),
        s.files_scanned,
        s.bytes_scanned,
        s.files_skipped,
        s.errors,
        if s.values_masked {
            "masked"
        } else {
            "shown raw (--show-values)"
        }
    )?;
    writeln!(out, "## Scope\n")?;
    let p = &r.people;
    if p.total > 0 {
        let cats: Vec<String> = p.by_category.iter().map(|(c, n)| format!("{c} {n}")).collect();
        writeln!(
            out,
            "**{}** ({} established by identifiers and keys; {} records tied to no one); exposed, in people: {}.\n",
            p.headline(),
            p.low,
            p.unlinked_records,
            cats.join(", ")
        )?;
    }
    let j = &r.jurisdictions;
    if j.people_located > 0 {
        writeln!(out, "## Where they live\n")?;
        writeln!(out, "{}.\n", j.headline())?;
        writeln!(out, "| place | people | law | residents covered | may require |")?;
        writeln!(out, "|---|---|---|---|---|")?;
        for row in &j.rows {
            let (law, covered, duties) = match &row.law {
                Some(l) => (
                    format!("[{}]({})", cell(&l.citation), l.source),
                    l.people_covered.to_string(),
                    l.duties
                        .iter()
                        .filter(|d| d.may_apply)
                        .map(|d| cell(&d.line()))
                        .collect::<Vec<_>>()
                        .join("<br>"),
                ),
                None => (String::new(), String::new(), String::new()),
            };
            writeln!(out, "| {} | {} | {law} | {covered} | {duties} |", row.code, row.people)?;
        }
        writeln!(out, "\n_{}_\n", crate::jurisdiction::summary::NOTE)?;
    }
    if r.categories.is_empty() {
        writeln!(out, "No personal data found.\n")?;
    } else {
        writeln!(out, "| category | matches | distinct | files | samples |")?;
        writeln!(out, "|---|---:|---:|---:|---|")?;
        for c in &r.categories {
            let est = if c.distinct_is_estimate { " (est.)" } else { "" };
            writeln!(
                out,
                "| {} | {} | {}{est} | {} | {} |",
                c.category,
                c.matches,
                c.distinct,
                c.files,
                cell(&c.samples.join(", "))
            )?;
        }
        writeln!(out)?;
    }
    let counted = |rows: &[crate::report::PlaceholderRow]| -> String {
        rows.iter()
            .map(|x| format!("{} {}", x.category, x.matches))
            .collect::<Vec<_>>()
            .join(", ")
    };
    if !r.placeholders.is_empty() {
        writeln!(
            out,
            "Placeholders counted apart (documentation/test values): {}.\n",
            counted(&r.placeholders)
        )?;
    }
    if !r.policy.allowed.is_empty() {
        writeln!(
            out,
            "Allowed by the policy's allowlists (not counted): {}.\n",
            counted(&r.policy.allowed)
        )?;
    }
    writeln!(out, "## Not found\n")?;
    if r.summary.files_scanned == 0 {
        writeln!(out, "Nothing was read: no verdict on any category.\n")?;
    } else if r.not_found.is_empty() {
        writeln!(out, "Every sensitive category was found.\n")?;
    } else {
        let ids: Vec<&str> = r.not_found.iter().map(|c| c.id()).collect();
        let of = if r.summary.errors > 0 {
            format!(
                " (the {} of {} files read)",
                r.summary.files_scanned,
                r.summary.files_scanned + r.summary.errors
            )
        } else {
            String::new()
        };
        writeln!(out, "No {} was found in the scanned files{of}.\n", ids.join(", "))?;
    }
    if !r.field_notes.is_empty() {
        writeln!(out, "## Why these fields are not what their names say\n")?;
        for n in &r.field_notes {
            writeln!(out, "- `{}` {}: {}", cell(&n.path), cell(&n.field), cell(&n.note))?;
        }
        writeln!(out)?;
    }
    if !r.fields.is_empty() {
        writeln!(out, "## Fields\n")?;
        writeln!(
            out,
            "| file | field | category | confidence | matches | distinct | sample |"
        )?;
        writeln!(out, "|---|---|---|---:|---:|---:|---|")?;
        for f in &r.fields {
            let allowed = if f.allowed { " (allowed)" } else { "" };
            writeln!(
                out,
                "| {} | {}{allowed} | {} | {} | {} | {} | {} |",
                cell(&f.path),
                f.field.as_deref().map_or("*(free text)*".to_string(), cell),
                f.category,
                f.confidence,
                f.matches,
                f.distinct,
                cell(f.samples.first().map_or("", String::as_str))
            )?;
        }
        writeln!(out)?;
    }
    writeln!(out, "## Coverage\n")?;
    writeln!(out, "- files scanned: {}", s.files_scanned)?;
    writeln!(out, "- bytes scanned: {}", s.bytes_scanned)?;
    writeln!(
        out,
        "- detectors: {}, minimum confidence {}",
        s.detectors, s.min_confidence
    )?;
    if r.skipped.is_empty() {
        writeln!(out, "- nothing was skipped")?;
    } else {
        writeln!(out, "- skipped ({}):", r.skipped.len())?;
        for k in &r.skipped {
            writeln!(out, "  - `{}`: {}", cell(&k.path), cell(&k.reason))?;
        }
    }
    for w in &r.warnings {
        writeln!(out, "- warning, `{}`: {}", cell(&w.path), cell(&w.reason))?;
    }
    let p = &r.policy;
    if !p.fail_on.is_empty() {
        writeln!(out, "\n## Policy\n")?;
        let named: Vec<&str> = p.fail_on.iter().map(|c| c.id()).collect();
        if p.violated() {
            let found: Vec<&str> = p.violations.iter().map(|c| c.id()).collect();
            let new = if r.baseline.is_some() {
                " new since the baseline"
            } else {
                ""
            };
            writeln!(
                out,
                "**Violated**: found{new} {} (fail_on {}).\n",
                found.join(", "),
                named.join(", ")
            )?;
            for v in &p.violating_fields {
                writeln!(out, "- {}", cell(&super::human::violation_line(v)))?;
            }
            if !p.known.is_empty() {
                writeln!(out, "\n{}.", super::human::known_phrase(&p.known))?;
            }
        } else {
            writeln!(out, "Passed: {}.", super::human::passed_phrase(p))?;
        }
    }
    Ok(())
}

/// Text safe inside a Markdown table cell: pipes escaped, no line breaks,
/// no control characters, backticks neutralised.
fn cell(s: &str) -> String {
    crate::sanitize::terminal(s)
        .replace('|', "\\|")
        .replace('`', "'")
        .replace(['\n', '\r'], " ")
}
