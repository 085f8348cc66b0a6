//! Parts: what one shard (`--shard K/N --format part`) writes, and the
//! merge that turns N of them into the totals one run would have had. A
//! part is a versioned JSON document (zstd-compressed as written; a plain
//! JSON part reads too) holding a shard's [`Totals`] whole:
//! counts, per-file and per-field summaries, skipped entries, sampled
//! tables, the people-linking state, and distinct values as mergeable sets
//! (exact 64-bit fingerprints while small, HyperLogLog registers past
//! [`distinct::EXACT_LIMIT`]). Samples are masked before they are written
//! unless the shard ran with `--show-values`: a part never holds more of
//! the leak than a report would.
//!
//! A merge refuses parts that cannot be joined exactly: another format
//! version, pii-scan version, fingerprint, sketch or sharding scheme,
//! other roots or shard count, another `--min-confidence`, a shard given
//! twice, and a shard missing (a worker that crashed is named, never
//! silently left out).

use crate::aggregate::{distinct, Samples, Totals};
use crate::category::Category;
use crate::shard::Shard;
use serde::{Deserialize, Serialize};
use std::io::{self, Write};
use std::path::Path;

/// The part format; a reader refuses any other.
pub const FORMAT: u32 = 2;

/// How distinct values are held.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sketch {
    pub kind: String,
    pub precision: u32,
    pub exact_limit: usize,
}

impl Sketch {
    fn current() -> Sketch {
        Sketch {
            kind: "hll".into(),
            precision: distinct::P,
            exact_limit: distinct::EXACT_LIMIT,
        }
    }
}

/// Everything one shard hands the merge.
#[derive(Debug, Serialize, Deserialize)]
pub struct Part {
    pub pii_scan_part: u32,
    pub version: String,
    /// How inputs are assigned to shards ([`crate::shard::SCHEME`]).
    pub sharding: String,
    /// How values are fingerprinted ([`crate::detect::normalize::SCHEME`]).
    pub fingerprint: String,
    pub sketch: Sketch,
    /// The custom categories the shard knew, in the order it numbered
    /// them (its totals' per-category arrays are in that order).
    #[serde(default)]
    pub custom: Vec<String>,
    #[serde(flatten)]
    pub run: Run,
    pub totals: Totals,
}

/// What a part says about the run it belongs to, besides its totals.
#[derive(Debug, Serialize, Deserialize)]
pub struct Run {
    pub shard: Shard,
    pub roots: Vec<String>,
    pub values_masked: bool,
    pub min_confidence: f32,
    pub detectors: usize,
    pub threads: usize,
    pub duration_ms: u64,
}

/// Writes `totals` as shard `run.shard`'s part, masking its samples first
/// unless the values may be shown.
pub fn write(w: &mut dyn Write, run: Run, mut totals: Totals) -> io::Result<()> {
    if run.values_masked {
        mask_samples(&mut totals);
    }
    let part = Part {
        pii_scan_part: FORMAT,
        version: env!("CARGO_PKG_VERSION").into(),
        sharding: crate::shard::SCHEME.into(),
        fingerprint: crate::detect::normalize::SCHEME.into(),
        sketch: Sketch::current(),
        custom: Category::known()
            .into_iter()
            .filter(|c| c.is_custom())
            .map(|c| c.id().to_string())
            .collect(),
        run,
        totals,
    };
    // Fingerprints written as decimal text compress about 2.2 times.
    let mut z = zstd::Encoder::new(w, 3)?;
    serde_json::to_writer(&mut z, &part).map_err(io::Error::from)?;
    writeln!(z)?;
    z.finish()?;
    Ok(())
}

/// Every sample of `t`, masked as a report would show it.
fn mask_samples(t: &mut Totals) {
    let mask = |cat: Category, s: &mut Samples| s.rewrite(|v| crate::mask::render(cat, v, false).into_bytes());
    for (cat, acc) in Category::known().into_iter().zip(&mut t.cats) {
        mask(cat, &mut acc.samples);
    }
    for f in &mut t.files {
        for (cat, s) in &mut f.cats {
            mask(*cat, &mut s.samples);
        }
        if let Some(st) = &mut f.structure {
            for field in &mut st.fields {
                mask(field.category, &mut field.summary.samples);
            }
            for (cat, s) in &mut st.free {
                mask(*cat, &mut s.samples);
            }
        }
    }
}

/// Reads one part file.
pub fn read(path: &Path) -> Result<Part, String> {
    let shown = path.display();
    let mut file = io::BufReader::new(std::fs::File::open(path).map_err(|e| format!("{shown}: {e}"))?);
    let compressed = io::BufRead::fill_buf(&mut file)
        .map_err(|e| format!("{shown}: {e}"))?
        .starts_with(&[0x28, 0xB5, 0x2F, 0xFD]);
    let reader: Box<dyn io::Read> = if compressed {
        Box::new(zstd::Decoder::with_buffer(file).map_err(|e| format!("{shown}: {e}"))?)
    } else {
        Box::new(file)
    };
    // Whole, then the version checked before the rest is interpreted, so
    // an old or foreign file says what it is.
    let head: serde_json::Value = serde_json::from_reader(io::BufReader::new(reader))
        .map_err(|e| format!("{shown}: not a pii-scan part: {e}"))?;
    match head.get("pii_scan_part").and_then(|v| v.as_u64()) {
        Some(v) if v == u64::from(FORMAT) => {}
        Some(v) => return Err(format!("{shown}: part format {v}, this pii-scan reads {FORMAT}")),
        None => return Err(format!("{shown}: not a pii-scan part (no pii_scan_part)")),
    }
    let mut part: Part = serde_json::from_value(head).map_err(|e| format!("{shown}: a damaged part: {e}"))?;
    // Its per-category arrays are in the shard's numbering of its custom
    // categories; this process may have numbered them otherwise (another
    // `--fail-on`): renumber to this process's.
    let mut to: Vec<usize> = (0..Category::CAPACITY).collect();
    for (i, id) in part.custom.iter().enumerate() {
        let c: Category = id.parse().map_err(|e| format!("{shown}: {e}"))?;
        to[Category::ALL.len() + i] = c.index();
    }
    if to.iter().enumerate().any(|(i, &t)| i != t) {
        part.totals.renumber(&to);
    }
    Ok(part)
}

/// Joins the parts of every shard of one run: the run they describe and
/// its totals, or why they cannot be joined exactly.
pub fn merge(parts: Vec<(String, Part)>) -> Result<(Run, Totals), String> {
    let Some((first_name, first)) = parts.first() else {
        return Err("no parts".into());
    };
    let n = first.run.shard.count;
    for (name, p) in &parts {
        let differs = |what: &str, a: &dyn std::fmt::Debug, b: &dyn std::fmt::Debug| {
            format!("{name} and {first_name} cannot be merged: {what} differs ({a:?} vs {b:?})")
        };
        if p.version != first.version {
            return Err(differs("the pii-scan version", &p.version, &first.version));
        }
        if p.sharding != first.sharding || p.fingerprint != first.fingerprint || p.sketch != first.sketch {
            return Err(differs(
                "the sharding, fingerprint or sketch scheme",
                &(&p.sharding, &p.fingerprint, &p.sketch),
                &(&first.sharding, &first.fingerprint, &first.sketch),
            ));
        }
        if p.run.shard.count != n {
            return Err(differs("the shard count", &p.run.shard.count, &n));
        }
        if p.run.roots != first.run.roots {
            return Err(differs("the roots", &p.run.roots, &first.run.roots));
        }
        if p.run.min_confidence != first.run.min_confidence || p.run.values_masked != first.run.values_masked {
            return Err(differs(
                "--min-confidence or --show-values",
                &(p.run.min_confidence, p.run.values_masked),
                &(first.run.min_confidence, first.run.values_masked),
            ));
        }
    }
    let mut seen: Vec<Option<&str>> = vec![None; n as usize];
    for (name, p) in &parts {
        match seen[p.run.shard.index as usize] {
            Some(other) => {
                return Err(format!(
                    "shard {}/{n} is given twice ({other} and {name})",
                    p.run.shard.index
                ))
            }
            None => seen[p.run.shard.index as usize] = Some(name),
        }
    }
    let missing: Vec<String> = (0..n)
        .filter(|&k| seen[k as usize].is_none())
        .map(|k| k.to_string())
        .collect();
    if !missing.is_empty() {
        return Err(format!(
            "missing shard{} {} of {n}: the worker did not finish (or its part is elsewhere); nothing merged",
            if missing.len() == 1 { "" } else { "s" },
            missing.join(", ")
        ));
    }
    let run = Run {
        shard: Shard { index: 0, count: n },
        roots: first.run.roots.clone(),
        values_masked: first.run.values_masked,
        min_confidence: first.run.min_confidence,
        detectors: first.run.detectors,
        threads: parts.iter().map(|(_, p)| p.run.threads).sum(),
        duration_ms: parts.iter().map(|(_, p)| p.run.duration_ms).max().unwrap_or(0),
    };
    let mut totals = Totals::new();
    for (_, p) in parts {
        totals.merge(p.totals);
    }
    totals.finish();
    Ok((run, totals))
}
