//! Detector definitions as data: the TOML schema of `patterns/*.toml`, the
//! built-in file embedded at build time, and loading a user's `--patterns DIR`.
//!
//! This module only parses and checks the shape of the data; compiling the
//! regexes and checking their limits is `detect::engine`'s job.

use crate::category::Category;
use serde::Deserialize;
use std::fmt;
use std::path::{Path, PathBuf};

/// The built-in detectors, compiled into the binary.
pub const BUILTIN: &str = include_str!("../patterns/detectors.toml");
/// The name under which the built-in file is reported in errors.
pub const BUILTIN_NAME: &str = "<built-in patterns/detectors.toml>";

/// One `*.toml` file of detectors.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PatternFile {
    #[serde(default)]
    detector: Vec<DetectorSpec>,
}

/// One `[[detector]]` entry, as written.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DetectorSpec {
    pub id: String,
    pub category: Category,
    pub regex: String,
    #[serde(default)]
    pub validator: Option<String>,
    /// The longest valid match; required when the regex is unbounded.
    #[serde(default)]
    pub max_len: Option<usize>,
    pub confidence: f32,
    #[serde(default)]
    pub context: Vec<String>,
    #[serde(default)]
    pub context_boost: f32,
    #[serde(default)]
    #[cfg_attr(not(any(test, feature = "internals")), allow(dead_code, reason = "read by the detectors' own tests"))]
    pub examples: Examples,
    /// Where this detector was defined (set by the loader, not the file).
    #[serde(skip)]
    pub source: String,
}

/// Examples kept beside the detector, checked by a test.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(not(any(test, feature = "internals")), allow(dead_code, reason = "read by the detectors' own tests"))]
pub struct Examples {
    #[serde(default, rename = "match")]
    pub matches: Vec<String>,
    #[serde(default)]
    pub reject: Vec<String>,
    #[serde(default)]
    pub placeholder: Vec<String>,
}

/// A pattern file or detector that cannot be used. Always names the file and,
/// where known, the detector id.
#[derive(Debug)]
pub struct PatternError {
    pub file: String,
    pub detector: Option<String>,
    pub message: String,
}

impl fmt::Display for PatternError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.detector {
            Some(id) => write!(f, "{}: detector '{}': {}", self.file, id, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

impl std::error::Error for PatternError {}

impl PatternError {
    pub fn new(file: &str, detector: Option<&str>, message: impl Into<String>) -> Self {
        PatternError {
            file: file.to_string(),
            detector: detector.map(str::to_string),
            message: message.into(),
        }
    }
}

/// Parses one pattern file's text. `name` is used in errors.
pub fn parse(name: &str, text: &str) -> Result<Vec<DetectorSpec>, PatternError> {
    let file: PatternFile = toml::from_str(text).map_err(|e| PatternError::new(name, None, e.to_string()))?;
    let mut specs = file.detector;
    for spec in &mut specs {
        spec.source = name.to_string();
        check_shape(spec)?;
    }
    Ok(specs)
}

fn check_shape(spec: &DetectorSpec) -> Result<(), PatternError> {
    let err = |m: String| PatternError::new(&spec.source, Some(&spec.id), m);
    let id_ok = !spec.id.is_empty()
        && spec.id.len() <= 64
        && spec
            .id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    if !id_ok {
        return Err(err("id must be 1-64 characters of [A-Za-z0-9_-]".into()));
    }
    if !(0.0..=1.0).contains(&spec.confidence) {
        return Err(err(format!("confidence {} is outside 0..1", spec.confidence)));
    }
    if !(0.0..=1.0).contains(&spec.context_boost) {
        return Err(err(format!("context_boost {} is outside 0..1", spec.context_boost)));
    }
    if spec.context.iter().any(|k| k.is_empty() || k.len() > 48) {
        return Err(err("context keywords must be 1-48 bytes long".into()));
    }
    Ok(())
}

/// The built-in detectors followed by every `*.toml` in `dirs` (sorted by
/// file name, so the order — and therefore the results — is stable).
pub fn load(dirs: &[PathBuf]) -> Result<Vec<DetectorSpec>, PatternError> {
    let mut specs = parse(BUILTIN_NAME, BUILTIN)?;
    for dir in dirs {
        specs.extend(load_dir(dir)?);
    }
    let mut seen = std::collections::HashSet::new();
    for spec in &specs {
        if !seen.insert(spec.id.as_str()) {
            return Err(PatternError::new(
                &spec.source,
                Some(&spec.id),
                "this id is already defined by another detector",
            ));
        }
    }
    Ok(specs)
}

fn load_dir(dir: &Path) -> Result<Vec<DetectorSpec>, PatternError> {
    let name = dir.display().to_string();
    let entries =
        std::fs::read_dir(dir).map_err(|e| PatternError::new(&name, None, format!("cannot read directory: {e}")))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(PatternError::new(
            &name,
            None,
            "no *.toml pattern files in this directory",
        ));
    }
    let mut specs = Vec::new();
    for file in files {
        let fname = file.display().to_string();
        let text =
            std::fs::read_to_string(&file).map_err(|e| PatternError::new(&fname, None, format!("cannot read: {e}")))?;
        specs.extend(parse(&fname, &text)?);
    }
    Ok(specs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_file_parses() {
        let specs = parse(BUILTIN_NAME, BUILTIN).unwrap();
        assert!(specs.len() >= 15);
        assert!(specs.iter().any(|s| s.id == "email" && s.category == Category::Email));
    }

    #[test]
    fn unknown_key_and_bad_category_name_the_file_and_detector() {
        let bad = "[[detector]]\nid='x'\ncategory='email'\nregex='a'\nconfidence=0.5\nfoo=1\n";
        let e = parse("mine.toml", bad).unwrap_err().to_string();
        assert!(e.contains("mine.toml") && e.contains("foo"), "{e}");
        let bad = "[[detector]]\nid='x'\ncategory='credit'\nregex='a'\nconfidence=0.5\n";
        assert!(parse("mine.toml", bad).is_err());
        let bad = "[[detector]]\nid='x y'\ncategory='email'\nregex='a'\nconfidence=0.5\n";
        let e = parse("mine.toml", bad).unwrap_err().to_string();
        assert!(e.contains("detector 'x y'"), "{e}");
    }
}
