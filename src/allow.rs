//! Allowlists from the policy file: values that may be there without being
//! counted (exact values, value regexes, email domains, IP ranges), and
//! fields that may hold what they hold. Owns the `[allow]` section as written
//! ([`Allow`], which `config` reads) and its compiled form ([`Allowlist`]),
//! compiled once and asked per hit.

use crate::category::Category;
use regex_automata::meta::Regex;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::fmt;
use std::net::IpAddr;

/// The `[allow]` section of a policy file, as written: what may be there
/// without counting against the policy.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Allow {
    /// Exact values (emails compared case-insensitively).
    #[serde(default)]
    pub values: Vec<String>,
    /// Regexes a whole value must match.
    #[serde(default)]
    pub value_regexes: Vec<String>,
    /// Email domains (and their subdomains).
    #[serde(default)]
    pub email_domains: Vec<String>,
    /// IP ranges in CIDR notation.
    #[serde(default)]
    pub ip_ranges: Vec<String>,
    /// Path globs not scanned at all.
    #[serde(default)]
    pub paths: Vec<String>,
    /// `PATH_GLOB:FIELD` — this field may hold what it holds.
    #[serde(default)]
    pub fields: Vec<String>,
}

/// An allow entry that cannot be compiled. The message names the list and
/// the bad entry (`value_regexes: 'a(b': unclosed group`); the policy file's
/// name is added by `config`.
#[derive(Debug)]
pub enum AllowError {
    /// A `value_regexes` entry (`None` when the error is not one entry's).
    ValueRegex { pattern: Option<String>, message: String },
    /// An `ip_ranges` entry that is not `address/prefix`.
    IpRange(String),
    /// A `fields` entry that is not `PATH_GLOB:FIELD`.
    FieldSpec(String),
    /// A `fields` entry whose glob does not parse.
    FieldGlob { entry: String, error: globset::Error },
    /// A `paths` glob that does not parse.
    PathGlob { glob: String, error: globset::Error },
}

impl fmt::Display for AllowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AllowError::ValueRegex {
                pattern: Some(p),
                message,
            } => write!(f, "value_regexes: '{p}': {message}"),
            AllowError::ValueRegex { pattern: None, message } => write!(f, "value_regexes: {message}"),
            AllowError::IpRange(r) => write!(f, "ip_ranges: '{r}' is not an address/prefix (CIDR)"),
            AllowError::FieldSpec(e) => write!(f, "fields: '{e}' is not PATH_GLOB:FIELD"),
            AllowError::FieldGlob { entry, error } => write!(f, "fields: '{entry}': {error}"),
            AllowError::PathGlob { glob, error } => write!(f, "paths: '{glob}': {error}"),
        }
    }
}

/// The cause is part of the message (`Display`), so `source` is not set.
impl std::error::Error for AllowError {}

impl AllowError {
    /// Names the `value_regexes` entry a build error is about, with the
    /// regex's own one-line reason.
    fn value_regex(patterns: &[String], e: &regex_automata::meta::BuildError) -> AllowError {
        let pattern = e.pattern().and_then(|id| patterns.get(id.as_usize())).cloned();
        let message = match e.syntax_error() {
            Some(regex_syntax::Error::Parse(p)) => p.kind().to_string(),
            Some(regex_syntax::Error::Translate(t)) => t.kind().to_string(),
            _ => e.to_string(),
        };
        AllowError::ValueRegex { pattern, message }
    }
}

/// A compiled [`Allow`] section.
#[derive(Debug, Default)]
pub struct Allowlist {
    values: HashSet<Vec<u8>>,
    regexes: Option<Regex>,
    domains: Vec<String>,
    ranges: Vec<(IpAddr, u8)>,
    /// `(path glob, field)` pairs.
    fields: Vec<(globset::GlobMatcher, String)>,
}

impl Allowlist {
    /// Compiles an allow section; errors name the list and the bad entry.
    pub fn new(a: &Allow) -> Result<Allowlist, AllowError> {
        let regexes = if a.value_regexes.is_empty() {
            None
        } else {
            let anchored: Vec<String> = a.value_regexes.iter().map(|r| format!("^(?:{r})$")).collect();
            Some(Regex::new_many(&anchored).map_err(|e| AllowError::value_regex(&a.value_regexes, &e))?)
        };
        let mut ranges = Vec::new();
        for r in &a.ip_ranges {
            ranges.push(cidr(r).ok_or_else(|| AllowError::IpRange(r.clone()))?);
        }
        let mut fields = Vec::new();
        for f in &a.fields {
            let (path, field) = f
                .rsplit_once(':')
                .filter(|(p, f)| !p.is_empty() && !f.is_empty())
                .ok_or_else(|| AllowError::FieldSpec(f.clone()))?;
            let glob = globset::GlobBuilder::new(path)
                .literal_separator(false)
                .build()
                .map_err(|error| AllowError::FieldGlob {
                    entry: f.clone(),
                    error,
                })?;
            fields.push((glob.compile_matcher(), field.to_string()));
        }
        // Paths are applied by the walker (as `!GLOB` overrides); checked here.
        for p in &a.paths {
            globset::Glob::new(p).map_err(|error| AllowError::PathGlob { glob: p.clone(), error })?;
        }
        Ok(Allowlist {
            values: a.values.iter().map(|v| v.to_ascii_lowercase().into_bytes()).collect(),
            regexes,
            domains: a
                .email_domains
                .iter()
                .map(|d| d.trim_start_matches('@').to_ascii_lowercase())
                .collect(),
            ranges,
            fields,
        })
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
            && self.regexes.is_none()
            && self.domains.is_empty()
            && self.ranges.is_empty()
            && self.fields.is_empty()
    }

    /// Whether a found value is allowed.
    pub fn allows(&self, category: Category, value: &[u8]) -> bool {
        if !self.values.is_empty() && self.values.contains(&value.to_ascii_lowercase()) {
            return true;
        }
        if let Some(re) = &self.regexes {
            if re.is_match(value) {
                return true;
            }
        }
        match category {
            Category::Email if !self.domains.is_empty() => {
                let Some(at) = memchr::memrchr(b'@', value) else {
                    return false;
                };
                let domain = value[at + 1..].to_ascii_lowercase();
                self.domains.iter().any(|d| {
                    domain == d.as_bytes()
                        || (domain.len() > d.len()
                            && domain.ends_with(d.as_bytes())
                            && domain[domain.len() - d.len() - 1] == b'.')
                })
            }
            Category::IpAddress if !self.ranges.is_empty() => {
                let text = String::from_utf8_lossy(value);
                let text = text.trim_matches(|c| c == '[' || c == ']');
                let text = text.split('%').next().unwrap_or_default();
                text.parse::<IpAddr>()
                    .is_ok_and(|ip| self.ranges.iter().any(|&(net, len)| contains(net, len, ip)))
            }
            _ => false,
        }
    }

    /// Whether `field` of the file at `path` is allowed to hold what it holds.
    pub fn allows_field(&self, path: &str, field: Option<&str>) -> bool {
        let Some(field) = field else { return false };
        let path = path.trim_start_matches("./");
        self.fields.iter().any(|(glob, f)| {
            f == field && (glob.is_match(path) || path.rsplit('/').next().is_some_and(|name| glob.is_match(name)))
        })
    }
}

/// `10.0.0.0/8` → (network, prefix length).
fn cidr(s: &str) -> Option<(IpAddr, u8)> {
    let (addr, len) = s.split_once('/')?;
    let ip: IpAddr = addr.trim().parse().ok()?;
    let len: u8 = len.trim().parse().ok()?;
    let max = if ip.is_ipv4() { 32 } else { 128 };
    (len <= max).then_some((ip, len))
}

fn contains(net: IpAddr, len: u8, ip: IpAddr) -> bool {
    let bits = |ip: IpAddr| -> (u128, u32) {
        match ip {
            IpAddr::V4(v) => (u128::from(u32::from(v)), 32),
            IpAddr::V6(v) => (u128::from(v), 128),
        }
    };
    let ((n, w1), (a, w2)) = (bits(net), bits(ip));
    if w1 != w2 {
        return false;
    }
    let shift = w1 - u32::from(len);
    shift >= w1 || (n >> shift) == (a >> shift)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list() -> Allowlist {
        Allowlist::new(&Allow {
            values: vec!["Support@Shop.example".into()],
            value_regexes: vec![r"qa\+[a-z0-9]+@corp\.de".into()],
            email_domains: vec!["example.com".into()],
            ip_ranges: vec!["10.0.0.0/8".into(), "2001:db8::/32".into(), "0.0.0.0/0".into()],
            paths: vec![],
            fields: vec!["users.csv:email".into(), "exports/*.sql:users.email".into()],
        })
        .unwrap()
    }

    #[test]
    fn each_kind_of_allowlist() {
        let a = list();
        assert!(a.allows(Category::Email, b"support@shop.example"));
        assert!(a.allows(Category::Email, b"qa+run7@corp.de"));
        assert!(!a.allows(Category::Email, b"xqa+run7@corp.de.evil"));
        assert!(a.allows(Category::Email, b"ana@example.com"));
        assert!(a.allows(Category::Email, b"ana@mail.EXAMPLE.com"));
        assert!(!a.allows(Category::Email, b"ana@notexample.com"));
        assert!(a.allows(Category::IpAddress, b"10.20.30.40"));
        assert!(a.allows(Category::IpAddress, b"2001:db8:1::7"));
        assert!(!a.allows(Category::IpAddress, b"2a02:db8::7"));
        assert!(a.allows_field("./users.csv", Some("email")));
        assert!(a.allows_field("dump/users.csv", Some("email")));
        assert!(!a.allows_field("users.csv", Some("phone")));
        assert!(a.allows_field("exports/db.sql", Some("users.email")));
        assert!(!a.allows_field("users.csv", None));
    }

    #[test]
    fn errors_name_the_list_and_the_entry() {
        let bad = |a: Allow| Allowlist::new(&a).unwrap_err().to_string();
        let e = bad(Allow {
            value_regexes: vec!["ok".into(), "a(b".into()],
            ..Allow::default()
        });
        assert_eq!(e, "value_regexes: 'a(b': unclosed group");
        let e = bad(Allow {
            fields: vec!["nocolon".into()],
            ..Allow::default()
        });
        assert_eq!(e, "fields: 'nocolon' is not PATH_GLOB:FIELD");
    }

    #[test]
    fn cidr_prefixes() {
        let v4 = |s: &str| s.parse::<IpAddr>().unwrap();
        assert!(contains(v4("192.168.0.0"), 16, v4("192.168.255.1")));
        assert!(!contains(v4("192.168.0.0"), 16, v4("192.169.0.1")));
        assert!(contains(v4("1.2.3.4"), 32, v4("1.2.3.4")));
        assert!(contains(v4("0.0.0.0"), 0, v4("8.8.8.8")));
        assert!(cidr("10.0.0.0/33").is_none());
    }
}
