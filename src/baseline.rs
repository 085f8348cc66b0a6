//! Baselines: accept what a dump holds today, fail only on what is new.
//! A baseline records, per file, the fields each category was found in and,
//! per file and category, either a keyed hash of every value found (with
//! `PII_SCAN_BASELINE_KEY`, kept as a CI secret: the file then reveals
//! nothing without it) or, without a key, only how many distinct values
//! there were: a hash whose key sits beside it in a committed file could be
//! reversed by enumerating card numbers, SSNs or phone numbers, so without a
//! secret none is written. Never a value. Entries are keyed by content and
//! field, not line numbers, so a baseline does not churn when rows move, and
//! by paths relative to the scanned root (an archive member relative to its
//! archive), so the same export typed another way, or moved, matches.
//!
//! Its input is narrow — where each category was found ([`FieldEntry`]) and
//! the fingerprints of the values seen — so it knows nothing of the report;
//! the report takes a [`Diff`] back.

use crate::category::Category;
use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

pub const SCHEMA: &str = "pii-scan.baseline.v1";
/// The environment variable holding the baseline key.
pub const KEY_ENV: &str = "PII_SCAN_BASELINE_KEY";

#[derive(Debug, Serialize, Deserialize)]
pub struct Baseline {
    pub schema: String,
    pub created_by: String,
    /// `env` (values hashed with PII_SCAN_BASELINE_KEY), `none` (no key:
    /// distinct counts only), or `salt` (older baselines: the key is `salt`).
    pub key: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salt: Option<String>,
    /// `(path, field, category)`: where each category was found.
    pub fields: Vec<FieldEntry>,
    /// Per file and category, the keyed hashes of the values found.
    pub values: Vec<ValueEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct FieldEntry {
    pub path: String,
    pub field: Option<String>,
    pub category: Category,
}

impl FieldEntry {
    /// Category `category` found in `field` of `path` (`None`: free text);
    /// a leading `./` is dropped, so `./a.csv` and `a.csv` are one entry.
    pub fn new(path: &str, field: Option<&str>, category: Category) -> FieldEntry {
        FieldEntry {
            path: path.strip_prefix("./").unwrap_or(path).to_string(),
            field: field.map(str::to_string),
            category,
        }
    }
}

/// The values a scan saw: per file, each value's category and fingerprint
/// (the scan's `Totals::seen`).
pub type Seen = [(String, Vec<(Category, u64)>)];

/// A baseline that cannot be read or used (exit 2).
#[derive(Debug)]
pub enum BaselineError {
    /// The file cannot be read.
    Read { path: PathBuf, error: std::io::Error },
    /// The file is not a baseline document.
    NotABaseline { path: PathBuf, error: serde_json::Error },
    /// A baseline of another schema version.
    Schema { path: PathBuf, schema: String },
    /// Made with `PII_SCAN_BASELINE_KEY`, which is not set now.
    KeyNeeded,
    /// Neither a stored salt nor an environment key.
    NoKey,
}

impl fmt::Display for BaselineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BaselineError::Read { path, error } => write!(f, "--baseline {}: {error}", path.display()),
            BaselineError::NotABaseline { path, error } => {
                write!(f, "--baseline {}: not a baseline: {error}", path.display())
            }
            BaselineError::Schema { path, schema } => {
                write!(f, "--baseline {}: schema {schema} is not {SCHEMA}", path.display())
            }
            BaselineError::KeyNeeded => write!(f, "the baseline was made with a key: set {KEY_ENV}"),
            BaselineError::NoKey => f.write_str("the baseline has no usable key"),
        }
    }
}

/// The cause is part of the message (`Display`), so `source` is not set.
impl std::error::Error for BaselineError {}

#[derive(Debug, Serialize, Deserialize)]
pub struct ValueEntry {
    pub path: String,
    pub category: Category,
    /// Keyed hashes of the values (with a key).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hashes: Vec<String>,
    /// Without a key: how many distinct values there were.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distinct: Option<u64>,
}

/// What a scan holds that its baseline does not.
#[derive(Debug, Default, Serialize)]
pub struct Diff {
    pub baseline: String,
    /// `values` (keyed hashes compared) or `counts` (a baseline made without
    /// a key: a file and category is new when it holds more distinct values
    /// than it did; a value replaced by another is not seen).
    pub compared: &'static str,
    /// The scanned roots, that report paths are made relative to.
    #[serde(skip)]
    pub roots: Vec<String>,
    /// Fields holding a category they did not hold before.
    pub new_fields: Vec<FieldEntry>,
    /// Files with values of a category not in the baseline.
    pub new_values: Vec<NewValues>,
}

#[derive(Debug, Serialize)]
pub struct NewValues {
    pub path: String,
    pub category: Category,
    /// Distinct values not in the baseline.
    pub count: u64,
}

impl Diff {
    pub fn is_new(&self, path: &str, field: Option<&str>, category: Category) -> bool {
        let path = relative(path, &self.roots);
        self.new_fields
            .iter()
            .any(|f| f.path == path && f.field.as_deref() == field && f.category == category)
            || self.new_values.iter().any(|v| v.path == path && v.category == category)
    }

    /// New distinct values of `category` in the file at `path` (a report path).
    pub fn new_values_in(&self, path: &str, category: Category) -> u64 {
        let path = relative(path, &self.roots);
        self.new_values
            .iter()
            .find(|n| n.path == path && n.category == category)
            .map_or(0, |n| n.count)
    }
}

/// The key values are hashed with.
pub struct Key(Vec<u8>);

impl Key {
    /// The environment's key, if one is set.
    pub fn from_env() -> Option<Key> {
        std::env::var(KEY_ENV)
            .ok()
            .filter(|k| !k.is_empty())
            .map(|k| Key(k.into_bytes()))
    }

    /// The key a baseline was made with; `None` for a counts-only one.
    pub fn of(b: &Baseline) -> Result<Option<Key>, BaselineError> {
        match (b.key.as_str(), &b.salt) {
            ("none", _) => Ok(None),
            ("salt", Some(s)) => Ok(Some(Key(s.clone().into_bytes()))),
            ("env", _) => Key::from_env().map(Some).ok_or(BaselineError::KeyNeeded),
            _ => Err(BaselineError::NoKey),
        }
    }

    /// HMAC-SHA256 of a value's fingerprint, 16 hex digits.
    pub fn hash(&self, category: Category, fp: u64) -> String {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.0).expect("HMAC takes any key length");
        mac.update(category.id().as_bytes());
        mac.update(&fp.to_le_bytes());
        let out = mac.finalize().into_bytes();
        out[..8].iter().map(|b| format!("{b:02x}")).collect()
    }
}

/// `path` (as the scan shows it) relative to the root it was found under:
/// `export/a.csv`, `./export/a.csv` and `/abs/export/a.csv` are all `a.csv`
/// when the root was typed that way; a root that is a file is its name; an
/// archive member stays relative to its archive (`b.zip!c.csv`).
pub fn relative(path: &str, roots: &[String]) -> String {
    let path = path.strip_prefix("./").unwrap_or(path);
    let best = roots
        .iter()
        .map(|r| match r.trim_end_matches('/') {
            "." | "" => "",
            r => r.strip_prefix("./").unwrap_or(r),
        })
        .filter_map(|r| {
            if path == r || path.strip_prefix(r).is_some_and(|rest| rest.starts_with('!')) {
                // The root is the file itself (or an archive given as the root).
                let name = r.rsplit('/').next().unwrap_or(r);
                Some((r.len(), format!("{name}{}", &path[r.len()..])))
            } else if r.is_empty() {
                None
            } else {
                path.strip_prefix(r)
                    .and_then(|rest| rest.strip_prefix('/'))
                    .map(|rest| (r.len(), rest.to_string()))
            }
        })
        .max_by_key(|(n, _)| *n);
    match best {
        Some((_, rel)) => rel,
        None => path.to_string(),
    }
}

/// A baseline of where each category was found (`fields`, e.g. a report's
/// field rows) and the values seen, paths relative to `roots`. Values are
/// hashed with the environment's key, or only counted without one.
pub fn create(fields: impl IntoIterator<Item = FieldEntry>, seen: &Seen, roots: &[String]) -> Baseline {
    let key = Key::from_env();
    let fields: BTreeSet<FieldEntry> = fields
        .into_iter()
        .map(|f| FieldEntry {
            path: relative(&f.path, roots),
            ..f
        })
        .collect();
    let mut hashed: BTreeMap<(String, Category), BTreeSet<String>> = BTreeMap::new();
    let mut counted: BTreeMap<(String, Category), BTreeSet<u64>> = BTreeMap::new();
    for (path, fps) in seen {
        let path = relative(path, roots);
        for &(cat, fp) in fps {
            match &key {
                Some(k) => {
                    hashed.entry((path.clone(), cat)).or_default().insert(k.hash(cat, fp));
                }
                None => {
                    counted.entry((path.clone(), cat)).or_default().insert(fp);
                }
            }
        }
    }
    let values = hashed
        .into_iter()
        .map(|((path, category), h)| ValueEntry {
            path,
            category,
            hashes: h.into_iter().collect(),
            distinct: None,
        })
        .chain(counted.into_iter().map(|((path, category), fps)| ValueEntry {
            path,
            category,
            hashes: Vec::new(),
            distinct: Some(fps.len() as u64),
        }))
        .collect();
    Baseline {
        schema: SCHEMA.into(),
        created_by: format!("pii-scan {}", env!("CARGO_PKG_VERSION")),
        key: if key.is_some() { "env" } else { "none" }.into(),
        salt: None,
        fields: fields.into_iter().collect(),
        values,
    }
}

/// Reads a baseline file.
pub fn load(path: &Path) -> Result<Baseline, BaselineError> {
    let text = std::fs::read_to_string(path).map_err(|error| BaselineError::Read {
        path: path.to_path_buf(),
        error,
    })?;
    let b: Baseline = serde_json::from_str(&text).map_err(|error| BaselineError::NotABaseline {
        path: path.to_path_buf(),
        error,
    })?;
    if b.schema != SCHEMA {
        return Err(BaselineError::Schema {
            path: path.to_path_buf(),
            schema: b.schema,
        });
    }
    Ok(b)
}

/// What a scan (where each category was found, and the values seen) holds
/// beyond `b`; `name` is the baseline as the diff names it, `roots` the
/// scanned roots (paths are compared relative to them).
pub fn compare(
    b: &Baseline,
    name: &str,
    fields: impl IntoIterator<Item = FieldEntry>,
    seen: &Seen,
    roots: &[String],
) -> Result<Diff, BaselineError> {
    let key = Key::of(b)?;
    let known_fields: HashSet<&FieldEntry> = b.fields.iter().collect();
    let new_fields = fields
        .into_iter()
        .map(|f| FieldEntry {
            path: relative(&f.path, roots),
            ..f
        })
        .filter(|f| !known_fields.contains(f))
        .collect();
    let mut new: BTreeMap<(String, Category), u64> = BTreeMap::new();
    match &key {
        Some(key) => {
            let known: HashSet<(&str, Category, &str)> = b
                .values
                .iter()
                .flat_map(|v| v.hashes.iter().map(move |h| (v.path.as_str(), v.category, h.as_str())))
                .collect();
            let mut hashes: BTreeMap<(String, Category), BTreeSet<String>> = BTreeMap::new();
            for (path, fps) in seen {
                let path = relative(path, roots);
                for &(cat, fp) in fps {
                    let h = key.hash(cat, fp);
                    if !known.contains(&(path.as_str(), cat, h.as_str())) {
                        hashes.entry((path.clone(), cat)).or_default().insert(h);
                    }
                }
            }
            new.extend(hashes.into_iter().map(|(k, h)| (k, h.len() as u64)));
        }
        None => {
            let before: HashMap<(&str, Category), u64> = b
                .values
                .iter()
                .map(|v| ((v.path.as_str(), v.category), v.distinct.unwrap_or(0)))
                .collect();
            let mut now: BTreeMap<(String, Category), BTreeSet<u64>> = BTreeMap::new();
            for (path, fps) in seen {
                let path = relative(path, roots);
                for &(cat, fp) in fps {
                    now.entry((path.clone(), cat)).or_default().insert(fp);
                }
            }
            for ((path, cat), fps) in now {
                let had = before.get(&(path.as_str(), cat)).copied().unwrap_or(0);
                let n = fps.len() as u64;
                if n > had {
                    new.insert((path, cat), n - had);
                }
            }
        }
    }
    Ok(Diff {
        baseline: name.to_string(),
        compared: if key.is_some() { "values" } else { "counts" },
        roots: roots.to_vec(),
        new_fields,
        new_values: new
            .into_iter()
            .map(|((path, category), count)| NewValues { path, category, count })
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_keyed_and_stable() {
        let (a, b) = (Key(b"k1".to_vec()), Key(b"k2".to_vec()));
        assert_eq!(a.hash(Category::Email, 42), a.hash(Category::Email, 42));
        assert_ne!(a.hash(Category::Email, 42), b.hash(Category::Email, 42));
        assert_ne!(a.hash(Category::Email, 42), a.hash(Category::Phone, 42));
        assert_eq!(a.hash(Category::Email, 42).len(), 16);
    }

    #[test]
    fn paths_are_relative_to_the_root_however_it_was_typed() {
        let r = |p: &str, root: &str| relative(p, &[root.to_string()]);
        assert_eq!(r("export/a.csv", "export"), "a.csv");
        assert_eq!(r("export/a.csv", "export/"), "a.csv");
        assert_eq!(r("./export/sub/a.csv", "./export"), "sub/a.csv");
        assert_eq!(r("/abs/to/export/b.zip!c.csv", "/abs/to/export"), "b.zip!c.csv");
        assert_eq!(r("/abs/to/dump.sql", "/abs/to/dump.sql"), "dump.sql");
        assert_eq!(r("/abs/to/b.zip!c.csv", "/abs/to/b.zip"), "b.zip!c.csv");
        assert_eq!(r("./a.csv", "."), "a.csv");
        // A longer root wins; a root that is only a prefix of a name does not.
        assert_eq!(relative("x/y/a.csv", &["x".into(), "x/y".into()]), "a.csv");
        assert_eq!(r("exports/a.csv", "export"), "exports/a.csv");
    }
}
