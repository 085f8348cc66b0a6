//! Baselines: accept what a dump holds today, fail only on what is new.
//! A baseline records, per file, the fields each category was found in and
//! a keyed hash of every value found — never a value. The key comes from the
//! environment (`PII_SCAN_BASELINE_KEY`, kept as a CI secret: then the file
//! reveals nothing without it) or, without one, from a random salt stored in
//! the file. Entries are keyed by content and field, not line numbers, so a
//! baseline does not churn when rows move.
//!
//! Its input is narrow — where each category was found ([`FieldEntry`]) and
//! the fingerprints of the values seen — so it knows nothing of the report;
//! the report takes a [`Diff`] back.

use crate::category::Category;
use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

pub const SCHEMA: &str = "pii-scan.baseline.v1";
/// The environment variable holding the baseline key.
pub const KEY_ENV: &str = "PII_SCAN_BASELINE_KEY";

#[derive(Debug, Serialize, Deserialize)]
pub struct Baseline {
    pub schema: String,
    pub created_by: String,
    /// `env` (the key is PII_SCAN_BASELINE_KEY) or `salt` (the key is `salt`).
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
            path: norm(path),
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
    pub hashes: Vec<String>,
}

/// What a scan holds that its baseline does not.
#[derive(Debug, Default, Serialize)]
pub struct Diff {
    pub baseline: String,
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
        let path = norm(path);
        self.new_fields
            .iter()
            .any(|f| f.path == path && f.field.as_deref() == field && f.category == category)
            || self.new_values.iter().any(|v| v.path == path && v.category == category)
    }
}

/// The key values are hashed with.
pub struct Key(Vec<u8>);

impl Key {
    /// The environment's key, else a fresh random salt (returned for the file).
    pub fn for_new() -> (Key, Option<String>) {
        match std::env::var(KEY_ENV) {
            Ok(k) if !k.is_empty() => (Key(k.into_bytes()), None),
            _ => {
                let mut salt = [0u8; 16];
                let ok = std::fs::File::open("/dev/urandom")
                    .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut salt))
                    .is_ok();
                if !ok {
                    // Not secret then, still unique per baseline.
                    let t = std::time::SystemTime::now()
                        .duration_since(std::time::UNIX_EPOCH)
                        .map_or(0, |d| d.as_nanos());
                    salt = t.to_le_bytes();
                }
                let hex: String = salt.iter().map(|b| format!("{b:02x}")).collect();
                (Key(hex.clone().into_bytes()), Some(hex))
            }
        }
    }

    /// The key a baseline was made with.
    pub fn of(b: &Baseline) -> Result<Key, BaselineError> {
        match (b.key.as_str(), &b.salt) {
            ("salt", Some(s)) => Ok(Key(s.clone().into_bytes())),
            ("env", _) => std::env::var(KEY_ENV)
                .ok()
                .filter(|k| !k.is_empty())
                .map(|k| Key(k.into_bytes()))
                .ok_or(BaselineError::KeyNeeded),
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

fn norm(path: &str) -> String {
    path.strip_prefix("./").unwrap_or(path).to_string()
}

/// A baseline of where each category was found (`fields`, e.g. a report's
/// field rows) and the values seen.
pub fn create(fields: impl IntoIterator<Item = FieldEntry>, seen: &Seen) -> Baseline {
    let (key, salt) = Key::for_new();
    let fields: BTreeSet<FieldEntry> = fields.into_iter().collect();
    let mut values: BTreeMap<(String, Category), BTreeSet<String>> = BTreeMap::new();
    for (path, fps) in seen {
        for &(cat, fp) in fps {
            values.entry((norm(path), cat)).or_default().insert(key.hash(cat, fp));
        }
    }
    Baseline {
        schema: SCHEMA.into(),
        created_by: format!("pii-scan {}", env!("CARGO_PKG_VERSION")),
        key: if salt.is_some() { "salt" } else { "env" }.into(),
        salt,
        fields: fields.into_iter().collect(),
        values: values
            .into_iter()
            .map(|((path, category), h)| ValueEntry {
                path,
                category,
                hashes: h.into_iter().collect(),
            })
            .collect(),
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
/// beyond `b`; `name` is the baseline as the diff names it.
pub fn compare(
    b: &Baseline,
    name: &str,
    fields: impl IntoIterator<Item = FieldEntry>,
    seen: &Seen,
) -> Result<Diff, BaselineError> {
    let key = Key::of(b)?;
    let known_fields: HashSet<&FieldEntry> = b.fields.iter().collect();
    let known: HashSet<(&str, Category, &str)> = b
        .values
        .iter()
        .flat_map(|v| v.hashes.iter().map(move |h| (v.path.as_str(), v.category, h.as_str())))
        .collect();
    let new_fields = fields.into_iter().filter(|f| !known_fields.contains(f)).collect();
    let mut new: BTreeMap<(String, Category), BTreeSet<String>> = BTreeMap::new();
    for (path, fps) in seen {
        let path = norm(path);
        for &(cat, fp) in fps {
            let h = key.hash(cat, fp);
            if !known.contains(&(path.as_str(), cat, h.as_str())) {
                new.entry((path.clone(), cat)).or_default().insert(h);
            }
        }
    }
    Ok(Diff {
        baseline: name.to_string(),
        new_fields,
        new_values: new
            .into_iter()
            .map(|((path, category), h)| NewValues {
                path,
                category,
                count: h.len() as u64,
            })
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
}
