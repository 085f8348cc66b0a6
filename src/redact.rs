//! `pii-scan redact SRC -o DST`: a copy of a file or tree with every finding
//! replaced, structure kept (a redacted CSV parses with the same columns, a
//! redacted JSON is still JSON, a dump still loads). What is replaced is what
//! a scan reports: every detector hit, and every value of a field whose
//! verdict is a category (a `first_name` column's names). Replacements hold
//! no quote, backslash, delimiter or line break, so they fit any field.
//!
//! Modes: `mask` (`j***@g****.com`), `hash` (a keyed HMAC token, stable across
//! files and runs with the same key, so joins still work), `fake` (a
//! format-preserving value from a documentation range — `user-…@example.com`,
//! `192.0.2.x`, a test card — which scans as a placeholder; masked where no
//! such range exists). Containers and binary files are not copied (their
//! bytes cannot be redacted in place): they are listed instead. DST must not
//! exist and must not be inside SRC; nothing is ever written over the input.

use crate::aggregate::FileAcc;
use crate::category::Category;
use crate::classify::{Attributor, Hints};
use crate::detect::{Engine, Window};
use crate::parse::{parser_for, Event, Names};
use crate::scan::window::{collect_hits, record_hits, At, Collected, Ctx};
use crate::scan::ScanOptions;
use crate::sniff::Format;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::path::{Path, PathBuf};

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Mode {
    Mask,
    Hash,
    Fake,
}

/// The environment variable holding the `hash` mode's key.
pub const KEY_ENV: &str = "PII_SCAN_REDACT_KEY";

/// What a redaction did.
#[derive(Debug, Default)]
pub struct Summary {
    pub files: u64,
    pub replaced: u64,
    /// Files not copied, with the reason.
    pub not_copied: Vec<(String, String)>,
}

/// Checks SRC and DST before anything is written.
pub fn check_paths(src: &Path, dst: &Path) -> Result<(), String> {
    let src_abs = std::fs::canonicalize(src).map_err(|e| format!("{}: {e}", src.display()))?;
    if dst.exists() || dst.symlink_metadata().is_ok() {
        return Err(format!("{} exists: redact never writes over anything", dst.display()));
    }
    // DST does not exist yet: resolve its nearest existing ancestor.
    let parent = dst
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let parent_abs =
        std::fs::canonicalize(parent).map_err(|e| format!("{}: cannot use its directory: {e}", dst.display()))?;
    let dst_abs = parent_abs.join(dst.file_name().ok_or("the destination has no file name")?);
    if dst_abs.starts_with(&src_abs) {
        return Err(format!(
            "{} is inside {}: the copy would be scanned as part of its own input",
            dst.display(),
            src.display()
        ));
    }
    Ok(())
}

/// Redacts `src` (a file or a directory) into `dst`.
pub fn run(
    engine: &Engine,
    opts: &ScanOptions,
    src: &Path,
    dst: &Path,
    mode: Mode,
    key: &[u8],
) -> Result<Summary, String> {
    check_paths(src, dst)?;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .map_err(|e| e.to_string())?;
    let hints = Hints::builtin();
    let ctx = Ctx {
        engine,
        opts,
        hints: &hints,
        want_findings: false,
        pool: &pool,
    };
    let mut summary = Summary::default();
    let files: Vec<(PathBuf, PathBuf)> = if src.is_dir() {
        let mut v = Vec::new();
        for entry in ignore::WalkBuilder::new(src).standard_filters(false).build() {
            let entry = entry.map_err(|e| e.to_string())?;
            if entry.file_type().is_some_and(|t| t.is_file()) {
                let rel = entry.path().strip_prefix(src).map_err(|e| e.to_string())?.to_path_buf();
                v.push((entry.path().to_path_buf(), dst.join(rel)));
            } else if entry.file_type().is_some_and(|t| !t.is_dir()) {
                summary
                    .not_copied
                    .push((entry.path().display().to_string(), "not a regular file".into()));
            }
        }
        v.sort();
        v
    } else {
        vec![(src.to_path_buf(), dst.to_path_buf())]
    };
    let mut scratch = engine.scratch();
    for (from, to) in files {
        let bytes = std::fs::read(&from).map_err(|e| format!("{}: {e}", from.display()))?;
        let shown = from.display().to_string();
        if crate::container::sniff(&bytes).is_some() {
            summary.not_copied.push((
                shown,
                "a container (archive, compressed file, database or photo): redact its contents after extracting them"
                    .into(),
            ));
            continue;
        }
        if crate::sniff::is_binary(&bytes) || crate::read::utf16_bom(&bytes).is_some() {
            summary
                .not_copied
                .push((shown, "binary or UTF-16: cannot be redacted in place".into()));
            continue;
        }
        let format = crate::sniff::format(&from, &bytes, false);
        let spans = spans(ctx, &mut scratch, format, &bytes);
        let out = apply(&bytes, &spans, mode, key, format);
        summary.replaced += spans.len() as u64;
        summary.files += 1;
        if let Some(dir) = to.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&to)
            .map_err(|e| format!("{}: {e}", to.display()))?;
        std::io::Write::write_all(&mut f, &out).map_err(|e| format!("{}: {e}", to.display()))?;
    }
    Ok(summary)
}

/// Every span to replace in one file, sorted, overlaps merged.
fn spans(ctx: Ctx, scratch: &mut crate::detect::Scratch, format: Format, hay: &[u8]) -> Vec<(usize, usize, Category)> {
    let mut acc = FileAcc::default();
    let mut c = Collected::default();
    let w = Window::whole(hay.len());
    collect_hits(ctx, scratch, hay, &w, &mut acc, &mut c.hits);
    let dets = ctx.engine.detectors();
    let mut spans: Vec<(usize, usize, Category)> = c
        .hits
        .iter()
        .map(|h| (h.start, h.end, dets[h.detector].category))
        .collect();
    if let Some(parser) = parser_for(format, hay) {
        record_hits(ctx, hay, &mut c, w.own.clone(), &mut acc, None, At::START);
        let mut attr = Attributor::new(parser, ctx.hints);
        attr.feed(hay, &c.hits, &c.fps, hay.len(), dets);
        let (outcome, _, _) = attr.finish(hay, ctx.opts.min_confidence, format.has_tables());
        // Fields whose values are personal data as a whole (names, cities,
        // plans): every value goes. Activity is the record's time: kept.
        let whole: Vec<(String, Category)> = outcome
            .verdicts
            .into_iter()
            .filter(|v| v.category != Category::Activity)
            .map(|v| (v.field, v.category))
            .collect();
        if !whole.is_empty() {
            let mut p = parser_for(format, hay).expect("the same format parses again");
            let mut names = Names::default();
            while let Some(ev) = p.next(hay, &mut names) {
                if let Event::Value { field, start, end } = ev {
                    let name = names.get(field);
                    if let Some((_, cat)) = whole.iter().find(|(f, _)| f == name) {
                        if end > start && !is_null(&hay[start..end]) {
                            spans.push((start, end, *cat));
                        }
                    }
                }
            }
        }
    }
    spans.sort_by_key(|s| (s.0, std::cmp::Reverse(s.1)));
    let mut merged: Vec<(usize, usize, Category)> = Vec::with_capacity(spans.len());
    for s in spans {
        match merged.last_mut() {
            Some(last) if s.0 < last.1 => last.1 = last.1.max(s.1),
            _ => merged.push(s),
        }
    }
    merged
}

/// Whether `s..e` is a whole unquoted token: what precedes it (spaces
/// aside) is one of `before`, what follows one of `after`.
fn bare(hay: &[u8], s: usize, e: usize, before: &[u8], after: &[u8]) -> bool {
    let prev = hay[..s].iter().rev().find(|b| !b.is_ascii_whitespace());
    let next = hay[e..].iter().find(|b| !b.is_ascii_whitespace());
    prev.is_some_and(|b| before.contains(b)) && next.is_none_or(|b| after.contains(b))
}

fn is_null(v: &[u8]) -> bool {
    matches!(v, b"NULL" | b"null" | b"\\N" | b"-")
}

/// The file with each span replaced. In JSON and SQL a value that is a
/// bare token (a number, `true`) becomes `null` / `NULL`: text there would
/// break the syntax.
fn apply(hay: &[u8], spans: &[(usize, usize, Category)], mode: Mode, key: &[u8], format: Format) -> Vec<u8> {
    let mut out = Vec::with_capacity(hay.len());
    let mut pos = 0;
    for &(s, e, cat) in spans {
        out.extend_from_slice(&hay[pos..s]);
        let null: Option<&[u8]> = match format {
            Format::Json | Format::Ndjson if bare(hay, s, e, b":,[", b",}]") => Some(b"null"),
            Format::Sql if bare(hay, s, e, b"(,", b",)") => Some(b"NULL"),
            _ => None,
        };
        match null {
            Some(n) => out.extend_from_slice(n),
            None => out.extend_from_slice(replacement(cat, &hay[s..e], mode, key).as_bytes()),
        }
        pos = e;
    }
    out.extend_from_slice(&hay[pos..]);
    out
}

/// The replacement for one value: only characters that are safe in any
/// field of any format (no quotes, backslashes, delimiters, line breaks).
pub fn replacement(cat: Category, value: &[u8], mode: Mode, key: &[u8]) -> String {
    let token = || {
        let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes any key length");
        mac.update(cat.id().as_bytes());
        mac.update(&[0]);
        mac.update(&crate::detect::normalize::fingerprint(cat, value).to_le_bytes());
        let d = mac.finalize().into_bytes();
        d[..6].iter().map(|b| format!("{b:02x}")).collect::<String>()
    };
    let text = match (mode, whole_value(cat)) {
        // A password or secret has no safe partial form: it is emptied.
        _ if matches!(cat, Category::Password | Category::Secret) => String::new(),
        // Values known by their field (names, places, plans, user agents):
        // emptied, as any stand-in in such a field would read as one; in
        // hash mode a token keeps joins (a pseudonym, still classified by its
        // field's name on a re-scan).
        (Mode::Hash, true) => format!("*{}", token()),
        (_, true) => String::new(),
        (Mode::Mask, false) => crate::mask::render(cat, value, false),
        (Mode::Hash, false) => format!("{}_{}", cat.id(), token()),
        (Mode::Fake, false) => fake(cat, value, &token()).unwrap_or_else(|| crate::mask::render(cat, value, false)),
    };
    text.chars()
        .map(|c| {
            if c.is_alphanumeric() || "@.*_-+:()/ ".contains(c) {
                c
            } else {
                '*'
            }
        })
        .collect()
}

/// Categories whose masked form would still read as one (a city is shown
/// as it is; a user agent keeps its product): replaced whole.
fn whole_value(cat: Category) -> bool {
    matches!(
        cat,
        Category::Name
            | Category::Username
            | Category::Location
            | Category::AccountType
            | Category::DateOfBirth
            | Category::Device
    )
}

/// A format-preserving fake from a documentation or test range, which a
/// scan counts as a placeholder; `None` where there is no such range.
fn fake(cat: Category, value: &[u8], token: &str) -> Option<String> {
    let n = u32::from_str_radix(&token[..4], 16).unwrap_or(0);
    Some(match cat {
        Category::Email => format!("user-{}@example.com", &token[..8]),
        Category::IpAddress if value.contains(&b':') => format!("2001:db8::{:x}", n),
        Category::IpAddress => format!("192.0.2.{}", n % 254 + 1),
        Category::PaymentCard => "4111 1111 1111 1111".into(),
        Category::GovernmentId => "078-05-1120".into(),
        Category::BankAccount => "GB82WEST12345698765432".into(),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replacements_are_safe_in_any_field_and_stable() {
        for mode in [Mode::Mask, Mode::Hash, Mode::Fake] {
            for (cat, v) in [
                (Category::Email, &b"O'Brien\"x\\@mail.net"[..]),
                (Category::Name, b"Ana, \"Lopez\""),
                (Category::IpAddress, b"81.2.69.160"),
                (Category::Phone, b"+33 6 12 34 56 78"),
            ] {
                let r = replacement(cat, v, mode, b"k");
                assert!(
                    !r.contains(['"', '\'', '\\', ',', ';', '|', '\t', '\n']),
                    "{mode:?} {r}"
                );
                assert_eq!(r, replacement(cat, v, mode, b"k"));
            }
        }
        let a = replacement(Category::Email, b"Ana@Mail.net", Mode::Hash, b"k");
        assert_eq!(
            a,
            replacement(Category::Email, b"ana@mail.net", Mode::Hash, b"k"),
            "joins survive case"
        );
        assert_ne!(
            a,
            replacement(Category::Email, b"ana@mail.net", Mode::Hash, b"other key")
        );
        assert!(a.starts_with("email_") && !a.contains('@'));
    }
}
