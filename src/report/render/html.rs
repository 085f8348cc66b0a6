//! `--format html`: one self-contained page for the people who read the
//! scope rather than a terminal (legal, privacy officers, regulators). It
//! shows, in order:
//!
//! - the breach-scope verdict: what was found and what was not, with
//!   coverage (what was read, what could not be);
//! - a bar chart of categories by values, and by people when they were
//!   counted;
//! - a heat map of files × categories;
//! - the fields table, with masked samples and confidence;
//! - record combinations, skipped entries and why, and the policy verdict.
//!
//! The page holds inline CSS and SVG only. Its Content-Security-Policy
//! forbids every script, font, image or frame source, so opening it makes
//! no request. Every text is HTML-escaped. Key figures carry `data-*`
//! attributes a test reads back.

use crate::report::Report;
use crate::category::Category;
use std::io::{self, Write};

/// `<`, `>`, `&`, `"` and `'` escaped.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = "body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:1100px;color:#1b1f24;padding:0 1em}\
h1{font-size:1.6em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #d0d7de}\
table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border:1px solid #d0d7de;padding:3px 6px;text-align:left;vertical-align:top}\
td.n{text-align:right;font-variant-numeric:tabular-nums}th{background:#f6f8fa}\
.found{color:#a40e26}.clean{color:#116329}.verdict{font-size:1.15em;padding:.6em 1em;border-radius:6px;background:#fff8f0;border:1px solid #f0c8a0}\
.ok{background:#effaf2;border-color:#a6d8b4}code{font-family:ui-monospace,monospace;font-size:.92em;word-break:break-all}\
.bad{background:#fff0ee;border-color:#e8a598}#sensitive{width:auto}\
.heat{table-layout:fixed}.heat th{vertical-align:bottom;height:8.5em;padding:2px}.heat th span{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap}\
.heat th:first-child{width:34%;vertical-align:bottom}.heat th.s{background:#fbe3df}\
.heat td{text-align:center;font-size:.8em;padding:2px;overflow:hidden}.heat td:first-child{text-align:left;white-space:nowrap;text-overflow:ellipsis}\
.heat code{word-break:normal}.wide{overflow-x:auto}svg text{font:12px system-ui,sans-serif}";

pub fn write(r: &Report, out: &mut dyn Write) -> io::Result<()> {
    let s = &r.summary;
    writeln!(out, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")?;
    // Nothing may load: no script, font, image, frame or connection.
    writeln!(
        out,
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">"
    )?;
    writeln!(out, "<title>pii-scan report</title><style>{STYLE}</style></head><body>")?;
    writeln!(out, "<h1>Personal data exposed: pii-scan report</h1>")?;
    let roots: Vec<String> = s.roots.iter().map(|x| format!("<code>{}</code>", esc(x))).collect();
    writeln!(
        out,
        "<p id=\"coverage\" data-files=\"{0}\" data-bytes=\"{1}\" data-skipped=\"{2}\" data-errors=\"{3}\">Scanned {4}: \
         <b>{0}</b> files, {1} bytes; <b>{2}</b> entries skipped, {3} of them unreadable. Values are {5}.</p>",
        s.files_scanned,
        s.bytes_scanned,
        s.files_skipped,
        s.errors,
        roots.join(", "),
        if s.values_masked {
            "masked"
        } else {
            "shown raw (--show-values)"
        }
    )?;
    verdict(r, out)?;
    places(r, out)?;
    chart(r, out)?;
    heat(r, out)?;
    fields(r, out)?;
    notes(r, out)?;
    combinations(r, out)?;
    skipped(r, out)?;
    policy(r, out)?;
    writeln!(
        out,
        "<p><small>{} {}, {} detectors, min confidence {}.</small></p></body></html>",
        r.tool.name, r.tool.version, s.detectors, s.min_confidence
    )
}

/// The page opens with what a notice must say: each sensitive category
/// found or not (and of how much was read), the policy's result, then the
/// people and the other categories.
fn verdict(r: &Report, out: &mut dyn Write) -> io::Result<()> {
    let s = &r.summary;
    writeln!(out, "<h2>Sensitive data: the verdict</h2>")?;
    let any_sensitive = r.categories.iter().any(|c| Category::SENSITIVE.contains(&c.category));
    let class = if s.files_scanned == 0 {
        "verdict"
    } else if any_sensitive {
        "verdict bad"
    } else {
        "verdict ok"
    };
    writeln!(out, "<div class=\"{class}\" id=\"verdict\">")?;
    let of_read = if s.files_scanned == 0 {
        String::new()
    } else if s.errors > 0 {
        format!(" in the {} of {} files read", s.files_scanned, s.files_scanned + s.errors)
    } else {
        format!(" in the {} files read", s.files_scanned)
    };
    writeln!(out, "<table id=\"sensitive\"><tr><th>sensitive category</th><th>verdict</th></tr>")?;
    for cat in Category::SENSITIVE {
        if r.policy.disabled.contains(&cat) {
            continue;
        }
        let row = r.categories.iter().find(|c| c.category == cat);
        let (state, text) = match row {
            Some(c) => (
                "found",
                format!("<b class=\"found\">FOUND</b>: {} values in {} files", c.matches, c.files),
            ),
            None if s.files_scanned == 0 => ("none", "no verdict: nothing was read".to_string()),
            None => ("not_found", format!("<span class=\"clean\">not found</span>{of_read}")),
        };
        writeln!(
            out,
            "<tr data-sensitive=\"{cat}\" data-state=\"{state}\"><td>{cat}</td><td>{text}</td></tr>"
        )?;
    }
    writeln!(out, "</table>")?;
    if s.errors > 0 && s.files_scanned > 0 {
        writeln!(
            out,
            "<p><b>{} entries could not be read</b>: a category not found may be in them.</p>",
            s.errors
        )?;
    }
    let p = &r.policy;
    if !p.fail_on.is_empty() {
        let result = if s.files_scanned == 0 {
            "<b class=\"found\">not passed</b>: nothing was read".to_string()
        } else if p.violations.is_empty() {
            "<span class=\"clean\">passed</span>".to_string()
        } else {
            let v: Vec<&str> = p.violations.iter().map(|c| c.id()).collect();
            format!("<b class=\"found\">violated</b>: found {}", v.join(", "))
        };
        writeln!(out, "<p>Policy: {result}.</p>")?;
    }
    if r.people.total > 0 {
        writeln!(
            out,
            "<p><b id=\"people\" data-people=\"{}\">{}</b>.</p>",
            r.people.total,
            r.people.headline()
        )?;
    }
    let other: Vec<String> = r
        .categories
        .iter()
        .filter(|c| !Category::SENSITIVE.contains(&c.category))
        .map(|c| format!("<span class=\"found\">{}</span>", c.category))
        .collect();
    if r.categories.is_empty() && s.files_scanned > 0 {
        writeln!(out, "<p class=\"clean\">No personal data found.</p>")?;
    } else if !other.is_empty() {
        writeln!(out, "<p>Other personal data found: {}.</p>", other.join(", "))?;
    }
    writeln!(out, "</div>")
}

/// Why lookalikes are not what their names say (`order_id`: identifiers,
/// not cards; `password_reset_sent_at`: timestamps).
fn notes(r: &Report, out: &mut dyn Write) -> io::Result<()> {
    if r.field_notes.is_empty() {
        return Ok(());
    }
    writeln!(out, "<h2>Why these fields are not what their names say</h2><ul id=\"notes\">")?;
    for n in &r.field_notes {
        writeln!(
            out,
            "<li><code>{}</code> {}: {}</li>",
            esc(&n.path),
            esc(&n.field),
            esc(&n.note)
        )?;
    }
    writeln!(out, "</ul>")
}

/// Where the people live: a bar per place, and a table of the laws that
/// may require notice.
fn places(r: &Report, out: &mut dyn Write) -> io::Result<()> {
    let j = &r.jurisdictions;
    if j.people_located == 0 {
        return Ok(());
    }
    writeln!(out, "<h2>Where they live</h2><p id=\"located\" data-located=\"{}\">{}.</p>", j.people_located, esc(&j.headline()))?;
    let rows: Vec<_> = j.rows.iter().filter(|r| r.code != "EU").take(30).collect();
    let max = rows.iter().map(|r| r.people).max().unwrap_or(1).max(1);
    let h = 22 * rows.len() + 24;
    writeln!(
        out,
        "<svg role=\"img\" aria-label=\"people per place\" width=\"760\" height=\"{h}\" viewBox=\"0 0 760 {h}\"><text x=\"0\" y=\"14\" font-weight=\"bold\">people per place</text>"
    )?;
    for (i, row) in rows.iter().enumerate() {
        let y = 24 + i * 22;
        let w = (row.people as f64 / max as f64 * 500.0).max(1.0);
        writeln!(
            out,
            "<text x=\"0\" y=\"{}\">{}</text><rect class=\"place\" data-code=\"{}\" x=\"140\" y=\"{y}\" width=\"{w:.1}\" height=\"16\" fill=\"#3366aa\"/><text x=\"{:.1}\" y=\"{}\">{}</text>",
            y + 13,
            esc(&row.code),
            esc(&row.code),
            146.0 + w,
            y + 13,
            row.people
        )?;
    }
    writeln!(out, "</svg>")?;
    writeln!(out, "<table id=\"jurisdictions\"><tr><th>place</th><th>people</th><th>law</th><th>residents covered</th><th>may require</th></tr>")?;
    for row in &j.rows {
        let (law, covered, duties) = match &row.law {
            Some(l) => (
                // Cited, not linked: the page loads nothing (the JSON
                // report has each law's source).
                esc(&l.citation),
                l.people_covered.to_string(),
                l.duties
                    .iter()
                    .filter(|d| d.may_apply)
                    .map(|d| esc(&d.line()))
                    .collect::<Vec<_>>()
                    .join("<br>"),
            ),
            None => (String::new(), String::new(), String::new()),
        };
        writeln!(
            out,
            "<tr data-code=\"{}\" data-people=\"{}\"><td>{}</td><td class=\"n\">{}</td><td>{law}</td><td class=\"n\">{covered}</td><td>{duties}</td></tr>",
            esc(&row.code),
            row.people,
            esc(&row.code),
            row.people
        )?;
    }
    writeln!(out, "</table><p><i>{}</i></p>", esc(crate::jurisdiction::summary::NOTE))
}

/// Horizontal bars: values per category, and people per category.
fn chart(r: &Report, out: &mut dyn Write) -> io::Result<()> {
    if r.categories.is_empty() {
        return Ok(());
    }
    writeln!(out, "<h2>Categories</h2>")?;
    let bars = |title: &str, rows: Vec<(Category, u64)>, out: &mut dyn Write| -> io::Result<()> {
        let max = rows.iter().map(|r| r.1).max().unwrap_or(1).max(1);
        let h = 22 * rows.len() + 24;
        writeln!(
            out,
            "<svg role=\"img\" aria-label=\"{title}\" width=\"760\" height=\"{h}\" viewBox=\"0 0 760 {h}\"><text x=\"0\" y=\"14\" font-weight=\"bold\">{title}</text>"
        )?;
        for (i, (cat, n)) in rows.iter().enumerate() {
            let y = 24 + i * 22;
            let w = (*n as f64 / max as f64 * 500.0).max(1.0);
            writeln!(
                out,
                "<text x=\"0\" y=\"{}\">{cat}</text><rect x=\"140\" y=\"{y}\" width=\"{w:.1}\" height=\"16\" fill=\"#cf4a33\"/><text x=\"{:.1}\" y=\"{}\">{n}</text>",
                y + 13,
                146.0 + w,
                y + 13
            )?;
        }
        writeln!(out, "</svg>")
    };
    bars(
        "values per category",
        r.categories.iter().map(|c| (c.category, c.matches)).collect(),
        out,
    )?;
    if r.people.total > 0 {
        bars(
            "people per category",
            r.people.by_category.iter().map(|(c, n)| (*c, *n)).collect(),
            out,
        )?;
    }
    writeln!(out, "<table id=\"categories\"><tr><th>category</th><th>values</th><th>distinct</th><th>files</th><th>confidence</th><th>samples (masked)</th></tr>")?;
    for c in &r.categories {
        writeln!(
            out,
            "<tr data-category=\"{}\" data-matches=\"{}\" data-distinct=\"{}\"><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}{}</td><td class=\"n\">{}</td><td class=\"n\">{:.2}</td><td><code>{}</code></td></tr>",
            c.category,
            c.matches,
            c.distinct,
            c.category,
            c.matches,
            c.distinct,
            if c.distinct_is_estimate { " (est.)" } else { "" },
            c.files,
            c.confidence,
            esc(&c.samples.join(", "))
        )?;
    }
    writeln!(out, "</table>")
}

/// Files × categories, shaded by values.
fn heat(r: &Report, out: &mut dyn Write) -> io::Result<()> {
    // Sensitive categories first, marked.
    let mut cats: Vec<Category> = r.categories.iter().map(|c| c.category).collect();
    cats.sort_by_key(|c| !Category::SENSITIVE.contains(c));
    let files: Vec<_> = r.files.iter().filter(|f| !f.categories.is_empty()).take(200).collect();
    if cats.is_empty() || files.is_empty() {
        return Ok(());
    }
    writeln!(
        out,
        "<h2>Files × categories</h2><div class=\"wide\"><table class=\"heat\"><tr><th>file (under its root)</th>"
    )?;
    for c in &cats {
        let class = if Category::SENSITIVE.contains(c) { " class=\"s\"" } else { "" };
        write!(out, "<th{class}><span>{c}</span></th>")?;
    }
    writeln!(out, "</tr>")?;
    let max = files
        .iter()
        .flat_map(|f| f.categories.values())
        .copied()
        .max()
        .unwrap_or(1)
        .max(1) as f64;
    for f in &files {
        // Under its root: the root is said once, above.
        let shown = r
            .summary
            .roots
            .iter()
            .find_map(|root| f.path.strip_prefix(root.as_str()).map(|p| p.trim_start_matches('/')))
            .filter(|p| !p.is_empty())
            .unwrap_or(&f.path);
        write!(out, "<tr><td><code>{}</code></td>", esc(shown))?;
        for c in &cats {
            match f.categories.get(c) {
                Some(&n) => {
                    // Log-scaled shade: one value is visible, the most is dark.
                    let a = 0.15 + 0.85 * ((n as f64).ln_1p() / max.ln_1p());
                    write!(out, "<td style=\"background:rgba(207,74,51,{a:.2})\">{n}</td>")?;
                }
                None => write!(out, "<td></td>")?,
            }
        }
        writeln!(out, "</tr>")?;
    }
    if r.files.len() > files.len() {
        writeln!(
            out,
            "</table></div><p>(the first {} files with findings)</p>",
            files.len()
        )
    } else {
        writeln!(out, "</table></div>")
    }
}

fn fields(r: &Report, out: &mut dyn Write) -> io::Result<()> {
    if r.fields.is_empty() {
        return Ok(());
    }
    writeln!(out, "<h2>Fields</h2><table id=\"fields\"><tr><th>file</th><th>field</th><th>category</th><th>confidence</th><th>values</th><th>distinct</th><th>samples (masked)</th></tr>")?;
    for f in &r.fields {
        writeln!(
            out,
            "<tr><td><code>{}</code></td><td><code>{}</code></td><td>{}</td><td class=\"n\">{:.2}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td><code>{}</code></td></tr>",
            esc(&f.path),
            esc(f.field.as_deref().unwrap_or("(free text)")),
            f.category,
            f.confidence,
            f.matches,
            f.distinct,
            esc(&f.samples.join(", "))
        )?;
    }
    writeln!(out, "</table>")
}

fn combinations(r: &Report, out: &mut dyn Write) -> io::Result<()> {
    let rows: Vec<_> = r.records.iter().filter(|x| !x.combinations.is_empty()).collect();
    if rows.is_empty() {
        return Ok(());
    }
    writeln!(out, "<h2>What records hold together</h2><table><tr><th>source</th><th>records</th><th>categories in one record</th><th>records</th></tr>")?;
    for x in rows {
        let source = match &x.source {
            Some(s) => format!("{}!{}", x.path, s),
            None => x.path.clone(),
        };
        for c in &x.combinations {
            let cats: Vec<&str> = c.categories.iter().map(|c| c.id()).collect();
            writeln!(
                out,
                "<tr><td><code>{}</code></td><td class=\"n\">{}</td><td>{}</td><td class=\"n\">{}</td></tr>",
                esc(&source),
                x.records,
                cats.join(" + "),
                c.records
            )?;
        }
    }
    writeln!(out, "</table>")
}

fn skipped(r: &Report, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "<h2>Not read</h2>")?;
    if r.skipped.is_empty() {
        return writeln!(out, "<p>Every file found was read.</p>");
    }
    writeln!(out, "<table id=\"skipped\"><tr><th>entry</th><th>why</th></tr>")?;
    for s in &r.skipped {
        writeln!(
            out,
            "<tr><td><code>{}</code></td><td>{}</td></tr>",
            esc(&s.path),
            esc(&s.reason)
        )?;
    }
    writeln!(out, "</table>")
}

fn policy(r: &Report, out: &mut dyn Write) -> io::Result<()> {
    let p = &r.policy;
    writeln!(out, "<h2>Policy</h2>")?;
    if p.fail_on.is_empty() {
        return writeln!(
            out,
            "<p id=\"policy\" data-violations=\"0\">No category is forbidden (no <code>--fail-on</code>).</p>"
        );
    }
    let forbidden: Vec<&str> = p.fail_on.iter().map(|c| c.id()).collect();
    if p.violations.is_empty() {
        return writeln!(
            out,
            "<p id=\"policy\" data-violations=\"0\" class=\"clean\">Passed: none of {} found.</p>",
            forbidden.join(", ")
        );
    }
    let v: Vec<&str> = p.violations.iter().map(|c| c.id()).collect();
    writeln!(
        out,
        "<p id=\"policy\" data-violations=\"{}\" class=\"found\"><b>Violated</b>: found {} (forbidden: {}).</p><ul>",
        v.len(),
        v.join(", "),
        forbidden.join(", ")
    )?;
    for f in &p.violating_fields {
        writeln!(
            out,
            "<li><code>{}</code> {} — {} ({})</li>",
            esc(&f.path),
            esc(f.field.as_deref().unwrap_or("(free text)")),
            f.category,
            f.matches
        )?;
    }
    writeln!(out, "</ul>")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            esc("<a href='x'>&\"</a>"),
            "&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;"
        );
        assert_eq!(esc("a\u{1b}[31m"), "a\u{FFFD}[31m");
    }
}
