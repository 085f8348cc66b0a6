//! The human report: breach scope first (what was found, how much, how many
//! distinct values), then what sensitive data was *not* found, then what could
//! not be read, then the numbers that make those statements believable.
//! Every string that came from scanned data is escaped for the terminal.

use super::Report;
use crate::sanitize::terminal;
use std::io::{self, Write};

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
        "pii-scan {}: {} files, {} scanned in {:.2} s ({:.1} MB/s, {} threads); {} skipped, {} errors",
        r.tool.version,
        thousands(s.files_scanned),
        bytes(s.bytes_scanned),
        secs,
        rate,
        s.threads,
        s.files_skipped,
        s.errors
    )?;
    writeln!(out)?;
    if r.categories.is_empty() {
        writeln!(
            out,
            "No personal data found (confidence >= {}).",
            s.min_confidence
        )?;
    } else {
        writeln!(out, "Personal data found")?;
        writeln!(
            out,
            "  {:<14} {:>12} {:>12} {:>7} {:>6}  samples",
            "category", "matches", "distinct", "files", "conf"
        )?;
        for c in &r.categories {
            let est = if c.distinct_is_estimate { "~" } else { "" };
            writeln!(
                out,
                "  {:<14} {:>12} {:>12} {:>7} {:>6.2}  {}",
                c.category.id(),
                thousands(c.matches),
                format!("{est}{}", thousands(c.distinct)),
                thousands(c.files),
                c.confidence,
                terminal(&c.samples.join(", "))
            )?;
        }
    }
    writeln!(out)?;
    if r.not_found.is_empty() {
        writeln!(out, "Every sensitive category was found.")?;
    } else {
        let ids: Vec<&str> = r.not_found.iter().map(|c| c.id()).collect();
        writeln!(out, "Sensitive categories NOT found: {}", ids.join(", "))?;
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
            writeln!(
                out,
                "  {}  [{}]  {}",
                terminal(&f.path),
                f.format,
                cats.join(", ")
            )?;
        }
    }
    if !r.skipped.is_empty() {
        writeln!(out)?;
        writeln!(out, "Skipped ({})", r.skipped.len())?;
        for sk in &r.skipped {
            writeln!(out, "  {}: {}", terminal(&sk.path), terminal(&sk.reason))?;
        }
    }
    if !r.policy.fail_on.is_empty() {
        writeln!(out)?;
        let named: Vec<&str> = r.policy.fail_on.iter().map(|c| c.id()).collect();
        if r.policy.violated() {
            let v: Vec<&str> = r.policy.violations.iter().map(|c| c.id()).collect();
            writeln!(
                out,
                "POLICY VIOLATION: found {} (--fail-on {})",
                v.join(", "),
                named.join(",")
            )?;
        } else {
            writeln!(out, "Policy passed: none of {} found", named.join(", "))?;
        }
    }
    Ok(())
}

fn thousands(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, ch) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
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
        assert_eq!(super::thousands(1234567), "1,234,567");
        assert_eq!(super::thousands(999), "999");
        assert_eq!(super::bytes(104_857_600), "104.9 MB");
    }
}
