//! SARIF 2.1.0, for code-scanning dashboards: one rule per category (its
//! detectors listed in the rule's properties, help text and a help URI into
//! the README), one result per file and field holding a category, located
//! by path (`uri` relative to its root's `originalUriBaseIds` entry), by the
//! first line holding a value of its category (`region.startLine`, where the
//! scan saw one: [`Lines`]) and by field (a logical location). Archive
//! members are artifacts nested in their archive (`parentIndex`). Values
//! appear only as the report's masked samples; skipped files are tool
//! notifications. Validated against the official schema in a test.

use crate::report::{FieldRow, Report};
use crate::category::Category;
use crate::detect::Detector;
use crate::scan::findings::{Finding, FindingSink};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::io::Write;
use std::sync::Mutex;

/// The first line of each file holding each category, gathered from the
/// scan's findings (a result's `region`). Only values a detector found
/// have lines; categories read from structure alone (a name column) do
/// not, nor do merged parts.
#[derive(Debug, Default)]
pub struct Lines(Mutex<HashMap<(String, Category), u64>>);

impl FindingSink for Lines {
    fn file_findings(&self, path: &str, findings: &[Finding]) {
        let mut m = self.0.lock().unwrap_or_else(|e| e.into_inner());
        for f in findings {
            let line = m.entry((path.to_string(), f.category)).or_insert(f.line);
            *line = (*line).min(f.line);
        }
    }
}

/// `--format sarif`: the first lines gathered while the scan runs, the
/// document written at the end.
pub struct Sarif<'a> {
    out: super::Out<'a>,
    detectors: &'a [Detector],
    lines: Lines,
}

impl<'a> Sarif<'a> {
    pub fn new(out: super::Out<'a>, detectors: &'a [Detector]) -> Self {
        Sarif {
            out,
            detectors,
            lines: Lines::default(),
        }
    }
}

impl super::Renderer for Sarif<'_> {
    fn findings(&self) -> Option<&dyn FindingSink> {
        Some(&self.lines)
    }

    fn finish(mut self: Box<Self>, report: &Report) -> std::io::Result<()> {
        let doc = render(report, self.detectors, Some(&self.lines));
        serde_json::to_writer_pretty(&mut self.out, &doc).map_err(std::io::Error::from)?;
        writeln!(self.out)?;
        self.out.flush()
    }
}

impl Lines {
    fn first(&self, path: &str, c: Category) -> Option<u64> {
        let m = self.0.lock().unwrap_or_else(|e| e.into_inner());
        m.get(&(path.to_string(), c)).copied()
    }
}

/// The run's artifacts: each file a result or notification names, and each
/// archive member nested in the artifact it came from (`parentIndex`), its
/// `uri` relative to that parent (`a.zip!inner/x.csv` is `inner/x.csv` in
/// `a.zip`).
#[derive(Default)]
struct Artifacts {
    list: Vec<Value>,
    by_path: HashMap<String, usize>,
}

impl Artifacts {
    fn index(&mut self, path: &str, bases: &Bases, bytes: &HashMap<&str, u64>) -> usize {
        if let Some(&i) = self.by_path.get(path) {
            return i;
        }
        let mut a = match path.rsplit_once('!') {
            Some((parent, member)) => {
                let p = self.index(parent, bases, bytes);
                // A decompressed stream (`x.log.gz!`) is named as its
                // content: the parent's name without the compression suffix.
                let member = match member {
                    "" => {
                        let name = parent.rsplit(['/', '!']).next().unwrap_or(parent);
                        name.rsplit_once('.').map_or(name, |(stem, _)| stem)
                    }
                    m => m,
                };
                json!({"location": {"uri": uri(member)}, "parentIndex": p})
            }
            None => json!({"location": bases.location(path)}),
        };
        if let Some(n) = bytes.get(path) {
            a["length"] = json!(n);
        }
        self.list.push(a);
        self.by_path.insert(path.to_string(), self.list.len() - 1);
        self.list.len() - 1
    }

    /// An `artifactLocation` for `path`: its artifact's location and index.
    fn location(&mut self, path: &str, bases: &Bases, bytes: &HashMap<&str, u64>) -> Value {
        let i = self.index(path, bases, bytes);
        let mut loc = self.list[i]["location"].clone();
        loc["index"] = json!(i);
        loc
    }
}

/// Where the README explains a category's findings.
const HELP_URI: &str = "https://github.com/pii-scan/pii-scan#structure-which-field-holds-which-data";

/// The scanned roots as SARIF base URIs (`ROOT0`, `ROOT1`, …): each
/// artifact's `uri` is relative to the root it was found under (the
/// longest one that holds it; a file root holds itself and its members).
struct Bases {
    roots: Vec<Base>,
}

struct Base {
    /// The root as given (`fixtures`, `dump/users.csv`).
    given: String,
    /// Whether it names a file rather than a directory.
    file: bool,
    /// What its paths start with: the directory (for a file, its parent).
    dir: String,
    id: String,
    /// That directory as a `file://` URI ending in `/`.
    base: String,
}

impl Bases {
    fn new(roots: &[String]) -> Bases {
        let roots = roots
            .iter()
            .enumerate()
            .map(|(i, root)| {
                let p = std::path::Path::new(root);
                let file = !p.is_dir();
                let dir = if file {
                    p.parent().unwrap_or(std::path::Path::new(""))
                } else {
                    p
                };
                let shown = dir.to_string_lossy().trim_end_matches('/').to_string();
                let on_disk = if shown.is_empty() {
                    std::path::Path::new(".")
                } else {
                    dir
                };
                let abs = on_disk.canonicalize().unwrap_or_else(|_| on_disk.to_path_buf());
                let mut base = format!("file://{}", uri(&abs.to_string_lossy()));
                if !base.ends_with('/') {
                    base.push('/');
                }
                Base {
                    given: root.clone(),
                    file,
                    dir: shown,
                    id: format!("ROOT{i}"),
                    base,
                }
            })
            .collect();
        Bases { roots }
    }

    /// `{"uri": …, "uriBaseId": …}` for a report path.
    fn location(&self, path: &str) -> Value {
        let under = |b: &Base| -> Option<String> {
            if b.file && !(path == b.given || path.starts_with(&format!("{}!", b.given))) {
                return None;
            }
            let rel = if b.dir.is_empty() || b.dir == "." {
                path.strip_prefix("./").unwrap_or(path)
            } else {
                path.strip_prefix(b.dir.as_str())?.strip_prefix('/')?
            };
            Some(rel.to_string())
        };
        let best = self
            .roots
            .iter()
            .filter_map(|b| under(b).map(|rel| (b, rel)))
            .max_by_key(|(b, _)| (b.file, b.dir.len()));
        match best {
            Some((b, rel)) => json!({"uri": uri(&rel), "uriBaseId": b.id}),
            None => json!({"uri": uri(path)}),
        }
    }

    fn original(&self) -> Value {
        let map: serde_json::Map<String, Value> = self
            .roots
            .iter()
            .map(|b| (b.id.clone(), json!({"uri": b.base})))
            .collect();
        Value::Object(map)
    }
}

pub fn render(r: &Report, detectors: &[Detector], lines: Option<&Lines>) -> Value {
    let bases = Bases::new(&r.summary.roots);
    let bytes: HashMap<&str, u64> = r.files.iter().map(|f| (f.path.as_str(), f.bytes)).collect();
    let mut artifacts = Artifacts::default();
    let used: Vec<Category> = Category::known()
        .into_iter()
        .filter(|c| r.fields.iter().any(|f| f.category == *c))
        .collect();
    let rules: Vec<Value> = used
        .iter()
        .map(|c| {
            let ids: Vec<&str> = detectors
                .iter()
                .filter(|d| d.category == *c)
                .map(|d| d.id.as_str())
                .collect();
            json!({
                "id": c.id(),
                "name": c.id(),
                "shortDescription": {"text": format!("Personal data of category {}", c.id())},
                "fullDescription": {"text": description(*c)},
                "help": {
                    "text": format!("{} Each result is one field (or the free text) of one file holding {} values, with counts and masked samples; rerun with --format json for every detail.", description(*c), c.id()),
                    "markdown": format!("{}\n\nEach result is one field (or the free text) of one file holding `{}` values. See [how fields are classified]({HELP_URI}).", description(*c), c.id()),
                },
                "helpUri": HELP_URI,
                "defaultConfiguration": {"level": level(r, *c)},
                "properties": {"detectors": ids, "tags": ["privacy", "pii"]},
            })
        })
        .collect();
    let results: Vec<Value> = r
        .fields
        .iter()
        .map(|f| {
            let mut loc = json!({"artifactLocation": artifacts.location(&f.path, &bases, &bytes)});
            if let Some(line) = lines.and_then(|l| l.first(&f.path, f.category)) {
                loc["region"] = json!({"startLine": line});
            }
            result(r, f, &used, loc)
        })
        .collect();
    let notifications: Vec<Value> = r
        .skipped
        .iter()
        .map(|s| {
            json!({
                "level": "warning",
                "message": {"text": format!("not scanned: {}", s.reason)},
                "locations": [{"physicalLocation": {"artifactLocation": artifacts.location(&s.path, &bases, &bytes)}}],
            })
        })
        .collect();
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "pii-scan",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://github.com/pii-scan/pii-scan",
                "rules": rules,
            }},
            "invocations": [{
                "executionSuccessful": true,
                "toolExecutionNotifications": notifications,
            }],
            "originalUriBaseIds": bases.original(),
            "artifacts": artifacts.list,
            "results": results,
            "properties": {
                "files_scanned": r.summary.files_scanned,
                "bytes_scanned": r.summary.bytes_scanned,
                "not_found": r.not_found,
                "values_masked": r.summary.values_masked,
            },
        }],
    })
}

fn result(r: &Report, f: &FieldRow, rules: &[Category], physical: Value) -> Value {
    let field = f.field.as_deref();
    let where_ = field.map_or("free text".to_string(), |x| format!("field `{x}`"));
    let sample = f.samples.first().map_or(String::new(), |s| format!(", e.g. {s}"));
    let mut location = json!({"physicalLocation": physical});
    if let Some(x) = field {
        location["logicalLocations"] = json!([{"name": x, "kind": "member"}]);
    }
    let level = if f.allowed { "note" } else { level(r, f.category) };
    json!({
        "ruleId": f.category.id(),
        "ruleIndex": rules.iter().position(|c| *c == f.category).unwrap_or(0),
        "level": level,
        "message": {"text": format!(
            "{} in {where_}: {} matches, {} distinct (confidence {}){sample}",
            f.category, f.matches, f.distinct, f.confidence
        )},
        "locations": [location],
        "partialFingerprints": {"piiScanField/v1": fingerprint(&f.path, field, f.category)},
        "properties": {
            "path": f.path,
            "category": f.category,
            "field": field,
            "matches": f.matches,
            "distinct": f.distinct,
            "confidence": f.confidence,
            "samples": f.samples,
            "allowed": f.allowed,
        },
    })
}

/// `error` for a category the policy fails on, `warning` for sensitive
/// ones, `note` otherwise.
fn level(r: &Report, c: Category) -> &'static str {
    if r.policy.fail_on.contains(&c) {
        "error"
    } else if Category::SENSITIVE.contains(&c) {
        "warning"
    } else {
        "note"
    }
}

fn description(c: Category) -> &'static str {
    match c {
        Category::Email => "Email addresses.",
        Category::Name => "Person names (first, last, full, display name).",
        Category::Username => "Account handles, logins, screen names.",
        Category::IpAddress => "IPv4 and IPv6 addresses.",
        Category::Location => "Coordinates, addresses, postcodes, a person's city, region or country.",
        Category::Phone => "Phone and fax numbers.",
        Category::DateOfBirth => "Birth dates and ages tied to a person.",
        Category::GovernmentId => "SSNs and other national ids, passport and licence numbers, tax ids.",
        Category::PaymentCard => "Card numbers (Luhn-valid), CVV and expiry fields.",
        Category::BankAccount => "IBANs, account and routing numbers.",
        Category::Password => "Plaintext passwords and password hashes.",
        Category::Secret => "API keys, access tokens, private keys, session ids.",
        Category::Device => "MAC addresses, device and advertising ids, user agents tied to a person.",
        Category::AccountType => "A person's account plan, tier, role or status.",
        Category::Activity => "Records of what a person did and when.",
        Category::Custom(_) => "A category defined by the user's own patterns (--patterns).",
    }
}

/// A stable id for a (path, field, category): the same finding keeps it
/// across runs, so dashboards track it instead of opening a new alert.
fn fingerprint(path: &str, field: Option<&str>, c: Category) -> String {
    let key = format!("{path}\0{}\0{}", field.unwrap_or(""), c.id());
    format!("{:016x}", crate::detect::normalize::fingerprint(c, key.as_bytes()))
}

/// A path as a relative URI reference: bytes outside the unreserved set and
/// `/`, `!` percent-encoded (`a.zip!x y.csv` → `a.zip!x%20y.csv`).
pub fn uri(path: &str) -> String {
    let path = path.strip_prefix("./").unwrap_or(path);
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/!".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn uris_are_percent_encoded() {
        assert_eq!(super::uri("./dump/a b.zip!x#1.csv"), "dump/a%20b.zip!x%231.csv");
        assert_eq!(super::uri("/abs/é"), "/abs/%C3%A9");
    }
}
