//! The policy file `pii-scan.toml`: what fails a CI run, what is allowed to
//! be there, and which categories and patterns apply. Found in the scanned
//! root or its parents (or given with `--config`); unknown keys are refused
//! with the file, the line and a suggestion. This module owns reading and
//! checking it; `allow` owns the `[allow]` section's type and applying it.

use crate::allow::{Allow, AllowError, Allowlist};
use crate::category::Category;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::path::{Path, PathBuf};

/// The file name looked for in the scanned root and its parents.
pub const FILE_NAME: &str = "pii-scan.toml";

#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Categories whose presence fails the run (exit 1); `["any"]` for all.
    #[serde(default)]
    pub fail_on: Vec<String>,
    /// Hits below this confidence are not reported.
    pub min_confidence: Option<f32>,
    /// Categories not reported at all.
    #[serde(default)]
    pub disable: Vec<Category>,
    /// Extra detector directories, relative to the config file.
    #[serde(default)]
    pub patterns: Vec<PathBuf>,
    #[serde(default)]
    pub allow: Allow,
}

/// A policy file that could not be used (exit 2): the file, as named in
/// messages, and what is wrong with it.
#[derive(Debug)]
pub struct ConfigError {
    pub file: String,
    pub kind: ConfigErrorKind,
}

#[derive(Debug)]
pub enum ConfigErrorKind {
    /// The file cannot be read.
    Read(std::io::Error),
    /// Not valid TOML, or a key or value of the wrong kind; `message`
    /// carries any "did you mean" suggestion.
    Syntax { line: Option<usize>, message: String },
    /// A value out of its range: the key, and why.
    Invalid { key: &'static str, message: String },
    /// An `[allow]` entry that does not compile.
    Allow(AllowError),
}

impl ConfigError {
    fn new(file: &str, kind: ConfigErrorKind) -> ConfigError {
        ConfigError {
            file: file.to_string(),
            kind,
        }
    }

    /// An `[allow]` section of the file `file` that does not compile.
    pub fn allow(file: &str, e: AllowError) -> ConfigError {
        ConfigError::new(file, ConfigErrorKind::Allow(e))
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let file = &self.file;
        match &self.kind {
            ConfigErrorKind::Read(e) => write!(f, "{file}: cannot read: {e}"),
            ConfigErrorKind::Syntax { line: Some(l), message } => write!(f, "{file}:{l}: {message}"),
            ConfigErrorKind::Syntax { line: None, message } => write!(f, "{file}: {message}"),
            ConfigErrorKind::Invalid { key, message } => write!(f, "{file}: {key}: {message}"),
            ConfigErrorKind::Allow(e) => write!(f, "{file}: allow.{e}"),
        }
    }
}

/// The cause is part of the message (`Display`), so `source` is not set.
impl std::error::Error for ConfigError {}

const KEYS: &[&str] = &[
    "fail_on",
    "min_confidence",
    "disable",
    "patterns",
    "allow",
    "values",
    "value_regexes",
    "email_domains",
    "ip_ranges",
    "paths",
    "fields",
];

impl Config {
    /// Parses a config's text; `name` is used in messages.
    pub fn parse(name: &str, text: &str) -> Result<Config, ConfigError> {
        let config: Config = toml::from_str(text).map_err(|e| {
            let line = e
                .span()
                .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1);
            let msg = e.message().trim();
            let message = format!("{msg}{}", suggestion(msg));
            ConfigError::new(name, ConfigErrorKind::Syntax { line, message })
        })?;
        config.check(name)?;
        Ok(config)
    }

    /// Reads and checks a config file.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| ConfigError::new(&name, ConfigErrorKind::Read(e)))?;
        let mut config = Config::parse(&name, &text)?;
        // Pattern directories are relative to the file that names them.
        let base = path.parent().unwrap_or(Path::new("."));
        for p in &mut config.patterns {
            if p.is_relative() {
                *p = base.join(&*p);
            }
        }
        Ok(config)
    }

    /// The config for a scan of `root`: `pii-scan.toml` in it or its nearest
    /// parent that has one.
    pub fn discover(root: &Path) -> Option<PathBuf> {
        let start = std::fs::canonicalize(root).ok()?;
        let dir = if start.is_dir() {
            start
        } else {
            start.parent()?.to_path_buf()
        };
        dir.ancestors().map(|d| d.join(FILE_NAME)).find(|p| p.is_file())
    }

    fn check(&self, name: &str) -> Result<(), ConfigError> {
        let bad = |key, message| Err(ConfigError::new(name, ConfigErrorKind::Invalid { key, message }));
        for c in &self.fail_on {
            if c != "any" {
                if let Err(e) = c.parse::<Category>() {
                    return bad("fail_on", e);
                }
            }
        }
        if let Some(x) = self.min_confidence {
            if !(0.0..=1.0).contains(&x) {
                return bad("min_confidence", format!("{x} is outside 0..1"));
            }
        }
        self.allowlist(name)?;
        Ok(())
    }

    /// The compiled `[allow]` section; `name` is the file, for messages.
    pub fn allowlist(&self, name: &str) -> Result<Allowlist, ConfigError> {
        Allowlist::new(&self.allow).map_err(|e| ConfigError::allow(name, e))
    }

    /// The categories `fail_on` names.
    pub fn fail_on_categories(&self) -> Vec<Category> {
        if self.fail_on.iter().any(|c| c == "any") {
            return Category::ALL.to_vec();
        }
        self.fail_on.iter().filter_map(|c| c.parse().ok()).collect()
    }
}

/// ` (did you mean `fail_on`?)` for an unknown key close to a known one.
fn suggestion(msg: &str) -> String {
    let Some(rest) = msg.strip_prefix("unknown field `") else {
        return String::new();
    };
    let key = rest.split('`').next().unwrap_or_default();
    KEYS.iter()
        .map(|k| (strsim::jaro_winkler(key, k), k))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map_or(String::new(), |(_, k)| format!(" (did you mean `{k}`?)"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_config_parses() {
        let c = Config::parse(
            "p.toml",
            r#"
fail_on = ["payment_card", "password"]
min_confidence = 0.7
disable = ["device"]
[allow]
values = ["support@shop.example"]
value_regexes = ['^qa\+.*@corp\.de$']
email_domains = ["example.com"]
ip_ranges = ["10.0.0.0/8", "2001:db8::/32"]
paths = ["fixtures/**"]
fields = ["users.csv:email"]
"#,
        )
        .unwrap();
        assert_eq!(c.fail_on_categories(), [Category::PaymentCard, Category::Password]);
        assert_eq!(c.disable, [Category::Device]);
        assert_eq!(c.allow.ip_ranges.len(), 2);
    }

    #[test]
    fn errors_name_the_file_the_line_and_a_suggestion() {
        let e = Config::parse("p.toml", "min_confidence = 0.5\nfail-on = [\"email\"]\n").unwrap_err();
        assert!(e.to_string().starts_with("p.toml:2: unknown field `fail-on`"), "{e}");
        assert!(e.to_string().ends_with("(did you mean `fail_on`?)"), "{e}");
        let e = Config::parse("p.toml", "[allow]\nemail_domain = [\"a.b\"]\n").unwrap_err();
        assert!(
            e.to_string().contains("p.toml:2:") && e.to_string().contains("did you mean `email_domains`"),
            "{e}"
        );
        let e = Config::parse("p.toml", "fail_on = [\"credit_card\"]\n").unwrap_err();
        assert!(e.to_string().contains("unknown category 'credit_card'"), "{e}");
        let e = Config::parse("p.toml", "[allow]\nip_ranges = [\"10.0.0.0/33\"]\n").unwrap_err();
        assert!(
            e.to_string().contains("allow.ip_ranges") && e.to_string().contains("10.0.0.0/33"),
            "{e}"
        );
        let e = Config::parse("p.toml", "disable = [\"emails\"]\n").unwrap_err();
        assert!(e.to_string().contains("p.toml:1:"), "{e}");
    }
}
