//! The human report: breach scope first (what was found, how much, how many
//! distinct values), then what sensitive data was *not* found, then what could
//! not be read, then the numbers that make those statements believable.
//! Every string that came from scanned data is escaped for the terminal.

use crate::report::Report;
use crate::category::Category;
use crate::sanitize::terminal;
use std::io::{self, Write};
pub use crate::numbers::thousands;

/// Where the people live, and what their numbers may require: after the
/// people line.
fn jurisdictions(r: &Report, out: &mut dyn Write) -> io::Result<()> {
    let j = &r.jurisdictions;
    if j.people_located == 0 {
        return Ok(());
    }
    writeln!(out, "Where they live: {}", j.headline())?;
    writeln!(out, "  {}", j.places())?;
    for row in &j.rows {
        let Some(law) = row.law.as_ref().filter(|l| l.people_covered > 0) else {
            continue;
        };
        writeln!(out, "  {}", law.line(&row.code))?;
        for d in law.duties.iter().filter(|d| d.may_apply) {
            writeln!(out, "    - {}", d.line())?;
        }
    }
    writeln!(out, "  {}", crate::jurisdiction::summary::NOTE)
}

/// The lead: how many people, and for how many of them the most sensitive
/// data found ("about 12,400 people affected; for 3,100 of them a password").
fn people(r: &Report, out: &mut dyn Write) -> io::Result<()> {
    let p = &r.people;
    if p.total == 0 {
        return Ok(());
    }
    let mut line = p.headline();
    let sensitive: Vec<String> = Category::SENSITIVE
        .into_iter()
        .filter_map(|c| {
            p.by_category
                .get(&c)
                .map(|n| format!("{} of {}", c.id(), thousands(*n)))
        })
        .collect();
    if !sensitive.is_empty() {
        line.push_str(&format!("; sensitive data exposed: {}", sensitive.join(", ")));
    }
    writeln!(out, "{line}")?;
    let cats: Vec<String> = p
        .by_category
        .iter()
        .map(|(c, n)| format!("{} {}", c.id(), thousands(*n)))
        .collect();
    writeln!(out, "  exposed, in people: {}", cats.join(", "))?;
    if p.low != p.total || p.high != p.total {
        writeln!(
            out,
            "  {} by email, phone, username, id, card, device or a key naming their row; {} more known only by a name; at most {} more behind {} records tied to no one",
            thousands(p.low),
            thousands(p.total - p.low),
            thousands(p.high - p.total),
            thousands(p.unlinked_records)
        )?;
    }
    if !p.exact {
        writeln!(
            out,
            "  more identifiers than can be linked exactly: the count is an upper bound"
        )?;
    }
    let loose: Vec<String> = r
        .categories
        .iter()
        .filter(|c| Category::SENSITIVE.contains(&c.category) && !p.by_category.contains_key(&c.category))
        .map(|c| format!("{} ({} values)", c.category.id(), thousands(c.matches)))
        .collect();
    if !loose.is_empty() {
        writeln!(
            out,
            "  found too, but in no record tied to a person: {}",
            loose.join(", ")
        )?;
    }
    if p.unattributed_values > 0 {
        writeln!(
            out,
            "  {} values outside any record (free text) are not attributed to a person",
            thousands(p.unattributed_values)
        )?;
    }
    writeln!(out)
}

/// How many files the file table lists.
const TOP_FILES: usize = 20;

pub fn write(r: &Report, out: &mut dyn Write) -> io::Result<()> {
    let s = &r.summary;
    let secs = s.duration_ms as f64 / 1000.0;
    let rate = if secs > 0.0 {
        s.bytes_scanned as f64 / secs / 1e6
    } else {
        0.0
    };
    writeln!(
        out,
        "pii-scan {}: {} files, {} scanned in {:.2} s ({:.1} MB/s, {} threads); {}",
        r.tool.version,
        thousands(s.files_scanned),
        bytes(s.bytes_scanned),
        secs,
        rate,
        s.threads,
        skipped_phrase(s.files_skipped, s.errors)
    )?;
    writeln!(out)?;
    people(r, out)?;
    jurisdictions(r, out)?;
    if r.categories.is_empty() {
        writeln!(out, "No personal data found (confidence >= {}).", s.min_confidence)?;
    } else {
        writeln!(out, "Personal data found")?;
        let w = category_width(r);
        writeln!(
            out,
            "  {:<w$} {:>12} {:>12} {:>7} {:>6}  samples",
            "category", "matches", "distinct", "files", "conf"
        )?;
        for c in &r.categories {
            let est = if c.distinct_is_estimate { "~" } else { "" };
            writeln!(
                out,
                "  {:<w$} {:>12} {:>12} {:>7} {:>6.2}  {}",
                c.category.id(),
                thousands(c.matches),
                format!("{est}{}", thousands(c.distinct)),
                thousands(c.files),
                c.confidence,
                terminal(&c.samples.iter().map(|s| short(s)).collect::<Vec<_>>().join(", "))
            )?;
        }
    }
    writeln!(out)?;
    writeln!(out, "{}", absence_line(r))?;
    if let Some(ip) = r.categories.iter().find(|c| c.internal.is_some_and(|n| n > 0)) {
        writeln!(
            out,
            "IP addresses: {} public, {} internal (private, shared or unique-local ranges)",
            thousands(ip.matches - ip.internal.unwrap_or(0)),
            thousands(ip.internal.unwrap_or(0))
        )?;
    }
    if !r.sampled.is_empty() {
        writeln!(out, "Sampled tables (--sample):")?;
        for n in &r.sampled {
            writeln!(out, "  {}", crate::sanitize::terminal(&n.sentence()))?;
            if n.row_random && !n.not_found.is_empty() {
                writeln!(out, "    not found there: {}", n.not_found.join(", "))?;
            }
        }
    }
    if r.redacted > 0 {
        writeln!(
            out,
            "Redacted: {} values are pii-scan's own redaction tokens (counted apart, not as data)",
            thousands(r.redacted)
        )?;
    }
    if !r.placeholders.is_empty() {
        let p: Vec<String> = r
            .placeholders
            .iter()
            .map(|p| format!("{} {}", p.category, thousands(p.matches)))
            .collect();
        writeln!(
            out,
            "Placeholders counted apart (documentation/test values): {}",
            p.join(", ")
        )?;
    }
    if !r.files.is_empty() {
        let mut files: Vec<_> = r.files.iter().collect();
        files.sort_by_key(|f| std::cmp::Reverse(f.categories.values().sum::<u64>()));
        writeln!(out)?;
        writeln!(
            out,
            "Files with findings ({} of {}, most matches first)",
            files.len().min(TOP_FILES),
            files.len()
        )?;
        for f in files.iter().take(TOP_FILES) {
            let cats: Vec<String> = f
                .categories
                .iter()
                .map(|(c, n)| format!("{c} {}", thousands(*n)))
                .collect();
            writeln!(out, "  {}  [{}]  {}", terminal(&f.path), f.format, cats.join(", "))?;
        }
    }
    write_fields(r, out)?;
    write_records(r, out)?;
    if !r.warnings.is_empty() {
        writeln!(out)?;
        writeln!(out, "Warnings ({})", r.warnings.len())?;
        for w in &r.warnings {
            writeln!(out, "  {}: {}", terminal(&w.path), terminal(&w.reason))?;
        }
    }
    if !r.skipped.is_empty() {
        writeln!(out)?;
        writeln!(out, "Skipped ({})", r.skipped.len())?;
        for sk in &r.skipped {
            writeln!(out, "  {}: {}", terminal(&sk.path), terminal(&sk.reason))?;
        }
    }
    if let Some(b) = &r.baseline {
        let values: u64 = b.new_values.iter().map(|v| v.count).sum();
        writeln!(
            out,
            "Baseline {}: {} new field(s), {} new value(s) in {} file/category pair(s)",
            terminal(&b.baseline),
            b.new_fields.len(),
            values,
            b.new_values.len()
        )?;
    }
    let p = &r.policy;
    if !p.allowed.is_empty() {
        let a: Vec<String> = p
            .allowed
            .iter()
            .map(|x| format!("{} {}", x.category, x.matches))
            .collect();
        writeln!(
            out,
            "Allowed by the policy's allowlists (not counted): {}",
            a.join(", ")
        )?;
    }
    if !p.fail_on.is_empty() {
        writeln!(out)?;
        let named: Vec<&str> = p.fail_on.iter().map(|c| c.id()).collect();
        let from = p
            .config
            .as_deref()
            .map_or(String::new(), |c| format!(", policy {}", terminal(c)));
        if p.violated() {
            let v: Vec<&str> = p.violations.iter().map(|c| c.id()).collect();
            let new = if r.baseline.is_some() {
                " new since the baseline"
            } else {
                ""
            };
            writeln!(
                out,
                "POLICY VIOLATION: found{new} {} (fail_on {}{from})",
                v.join(", "),
                named.join(",")
            )?;
            for f in &p.violating_fields {
                writeln!(out, "  {}", violation_line(f))?;
            }
            if !p.known.is_empty() {
                writeln!(out, "  {}", known_phrase(&p.known))?;
            }
        } else if r.summary.files_scanned == 0 {
            writeln!(out, "Policy NOT passed: nothing was read{from}")?;
        } else {
            writeln!(out, "Policy passed: {}{from}", passed_phrase(p))?;
        }
    }
    Ok(())
}

/// What the scan can say was not exposed, and of what: nothing when
/// nothing was read, "in the N of M files read" when some could not be.
pub fn absence_line(r: &Report) -> String {
    let s = &r.summary;
    if s.files_scanned == 0 {
        return "Nothing was read: no verdict on any category (no file could be scanned).".to_string();
    }
    if r.not_found.is_empty() {
        return "Every sensitive category was found.".to_string();
    }
    let ids: Vec<&str> = r.not_found.iter().map(|c| c.id()).collect();
    if s.errors > 0 {
        format!(
            "Sensitive categories NOT found in the {} of {} files read: {} ({} could not be read)",
            thousands(s.files_scanned),
            thousands(s.files_scanned + s.errors),
            ids.join(", "),
            thousands(s.errors)
        )
    } else {
        format!("Sensitive categories NOT found: {}", ids.join(", "))
    }
}

/// "4 skipped (3 unreadable)": a file is counted once, whether skipped by
/// design or because it could not be read.
pub fn skipped_phrase(skipped: u64, errors: u64) -> String {
    match (skipped, errors) {
        (0, _) => "nothing skipped".to_string(),
        (n, 0) => format!("{n} skipped"),
        (n, e) => format!("{n} skipped ({e} unreadable)"),
    }
}

/// "payment_card, password found, all known in the baseline".
pub fn known_phrase(known: &[Category]) -> String {
    let k: Vec<&str> = known.iter().map(|c| c.id()).collect();
    format!("{} found, all known in the baseline", k.join(", "))
}

/// What a passed policy found and did not: "none of payment_card found",
/// or with a baseline "password found, all known in the baseline; none of
/// payment_card found".
pub fn passed_phrase(p: &crate::report::Policy) -> String {
    let rest: Vec<&str> = p
        .fail_on
        .iter()
        .filter(|c| !p.known.contains(c))
        .map(|c| c.id())
        .collect();
    let none = (!rest.is_empty()).then(|| format!("none of {} found", rest.join(", ")));
    let known = (!p.known.is_empty()).then(|| known_phrase(&p.known));
    [known, none].into_iter().flatten().collect::<Vec<_>>().join("; ")
}

/// `payment_card in dump/tickets.txt (free text): 5 matches`, escaped for a
/// terminal; also what stderr lists.
pub fn violation_line(v: &crate::report::Violation) -> String {
    let field = v
        .field
        .as_deref()
        .map_or(" (free text)".to_string(), |f| format!(" field {}", terminal(f)));
    let new = match v.new_values {
        Some(0) => ", a field new since the baseline".to_string(),
        Some(n) => format!(", {n} new since the baseline"),
        None => String::new(),
    };
    format!(
        "{} in {}{field}: {} matches{new}",
        v.category,
        terminal(&v.path),
        v.matches
    )
}

/// How many field rows the field table lists.
const TOP_FIELDS: usize = 40;

/// Rank for the field table: the most sensitive categories first.
fn sensitivity(c: Category) -> u8 {
    match c {
        Category::Password
        | Category::PaymentCard
        | Category::BankAccount
        | Category::GovernmentId
        | Category::Secret => 0,
        Category::DateOfBirth | Category::Location | Category::Phone => 1,
        Category::Email | Category::Name | Category::Username | Category::IpAddress => 2,
        _ => 3,
    }
}

/// The category column: as wide as the longest id found (custom ones are
/// longer than the contract's), at least 14.
fn category_width(r: &Report) -> usize {
    r.categories.iter().map(|c| c.category.id().len()).max().unwrap_or(0).max(14)
}

fn write_fields(r: &Report, out: &mut dyn Write) -> io::Result<()> {
    let mut rows: Vec<_> = r.fields.iter().filter(|f| f.field.is_some()).collect();
    if rows.is_empty() && r.field_notes.is_empty() {
        return Ok(());
    }
    rows.sort_by_key(|f| (sensitivity(f.category), std::cmp::Reverse(f.matches)));
    writeln!(out)?;
    writeln!(
        out,
        "Fields ({} of {}, most sensitive and largest first)",
        rows.len().min(TOP_FIELDS),
        rows.len()
    )?;
    let w = category_width(r);
    writeln!(
        out,
        "  {:<28} {:<24} {:<w$} {:>5} {:>10} {:>10}  sample",
        "file", "field", "category", "conf", "matches", "distinct"
    )?;
    for f in rows.iter().take(TOP_FIELDS) {
        writeln!(
            out,
            "  {:<28} {:<24} {:<w$} {:>5.2} {:>10} {:>10}  {}",
            terminal(&f.path),
            terminal(f.field.as_deref().unwrap_or("")),
            f.category.id(),
            f.confidence,
            thousands(f.matches),
            format!(
                "{}{}",
                if f.distinct_is_estimate { "~" } else { "" },
                thousands(f.distinct)
            ),
            terminal(
                &f.samples
                    .first()
                    .map_or(String::new(), |s| s.chars().take(40).collect::<String>())
            )
        )?;
    }
    for n in &r.field_notes {
        writeln!(out, "  note: {} {}: {}", terminal(&n.path), terminal(&n.field), n.note)?;
    }
    Ok(())
}

fn write_records(r: &Report, out: &mut dyn Write) -> io::Result<()> {
    if r.records.is_empty() {
        return Ok(());
    }
    writeln!(out)?;
    writeln!(out, "Records: which data each record exposes together")?;
    for rec in &r.records {
        let source = match &rec.source {
            Some(t) => format!("{} (table {})", terminal(&rec.path), terminal(t)),
            None => terminal(&rec.path),
        };
        writeln!(out, "  {source}: {} records", thousands(rec.records))?;
        for c in rec.combinations.iter().take(5) {
            let cats: Vec<&str> = c.categories.iter().map(|c| c.id()).collect();
            let cats = if cats.is_empty() {
                "nothing personal".to_string()
            } else {
                cats.join(" + ")
            };
            writeln!(out, "    {:>10}  {}", thousands(c.records), cats)?;
        }
        if rec.combinations.len() > 5 {
            writeln!(out, "    … {} more combinations", rec.combinations.len() - 5)?;
        }
    }
    Ok(())
}

/// A sample cut to 40 characters for a table cell.
fn short(s: &str) -> String {
    if s.chars().count() <= 40 {
        s.to_string()
    } else {
        s.chars().take(39).chain(std::iter::once('…')).collect()
    }
}

fn bytes(n: u64) -> String {
    const UNITS: [&str; 5] = ["B", "KB", "MB", "GB", "TB"];
    let mut v = n as f64;
    let mut u = 0;
    while v >= 1000.0 && u + 1 < UNITS.len() {
        v /= 1000.0;
        u += 1;
    }
    if u == 0 {
        format!("{n} B")
    } else {
        format!("{v:.1} {}", UNITS[u])
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn number_formatting() {
        // `thousands` is tested where it lives (`numbers`).
        assert_eq!(super::bytes(104_857_600), "104.9 MB");
    }
}
