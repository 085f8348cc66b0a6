//! The effective settings of a run, resolved once (ripgrep's `HiArgs`): the
//! parsed command line over the policy file (`pii-scan.toml`) over the
//! defaults, turned into everything a run needs — what to do, the complete
//! scan options, the policy, the patterns to load, where the report goes and
//! what the report says about its run. Owns finding and applying the policy
//! file; `config` owns reading it, `cli` parsing the command line, and
//! `args` (with the `cli` feature) turning the parsed command line into
//! settings. The library builds its settings here too
//! ([`Settings::library`]), from a [`PolicyRequest`].

#[cfg(feature = "cli")]
mod args;

use crate::allow::Allowlist;
use crate::category::Category;
use crate::config::{self, Config, ConfigError};
use crate::report;
use crate::report::render::Spec as Format;
use crate::scan::{ScanOptions, DEFAULT_MIN_CONFIDENCE};
use crate::walk::WalkOptions;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The smallest chunk a large file is cut into, whatever `--chunk-size` says.
const MIN_CHUNK_SIZE: usize = 64 << 10;

/// What the run does.
#[derive(Debug)]
pub enum Mode {
    /// Scan and write the report.
    Scan,
    /// `--list-detectors`: print the detectors and exit.
    ListDetectors,
    /// `baseline create -o FILE`: scan and write a baseline to `output`.
    BaselineCreate,
    /// `redact SRC -o DST`: write a redacted copy.
    #[cfg(feature = "cli")]
    Redact {
        src: PathBuf,
        dst: PathBuf,
        choices: crate::redact::Choices,
    },
    /// `config check [FILE]`: validate the policy file and print the
    /// effective policy.
    ConfigCheck,
    /// `merge PART...`: join shards' parts into one report.
    Merge { parts: Vec<PathBuf> },
}

/// Everything a run needs, resolved from the command line and the policy file.
#[derive(Debug)]
pub struct Settings {
    pub mode: Mode,
    /// The policy file used, if any.
    pub config_path: Option<PathBuf>,
    pub config: Config,
    /// The complete scan options: the walk (with the policy's excluded
    /// paths), the resolved thread count, min confidence, allowlists,
    /// limits. `exclude` is left empty: the report file is known only once
    /// it is opened.
    pub scan: ScanOptions,
    /// Categories whose presence fails the run (exit 1).
    pub fail_on: Vec<Category>,
    /// Pattern directories to load besides the built-in detectors.
    pub patterns: Vec<PathBuf>,
    pub format: &'static Format,
    /// Where the report (or, for `baseline create`, the baseline) goes;
    /// `None` is stdout.
    pub output: Option<PathBuf>,
    /// The baseline to compare with (`--baseline`).
    pub baseline: Option<PathBuf>,
    /// Exit 2 if any file could not be read.
    pub strict: bool,
    /// Draw a progress bar (when stderr is a terminal).
    pub progress: bool,
}

/// Settings that cannot be resolved (exit 2).
#[derive(Debug)]
pub enum SettingsError {
    /// The policy file cannot be read or is invalid.
    Config(ConfigError),
    /// The shard the environment names is not one.
    Shard(String),
    /// `config check` without a file, and none found from here.
    NoPolicyFile,
    /// A store URL this build cannot read (its feature is off).
    Store(String),
}

impl fmt::Display for SettingsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SettingsError::Config(e) => e.fmt(f),
            SettingsError::Shard(e) | SettingsError::Store(e) => e.fmt(f),
            SettingsError::NoPolicyFile => write!(f, "no {} found here or in a parent directory", config::FILE_NAME),
        }
    }
}

/// The cause is part of the message (`Display`), so `source` is not set.
impl std::error::Error for SettingsError {}

impl From<ConfigError> for SettingsError {
    fn from(e: ConfigError) -> Self {
        SettingsError::Config(e)
    }
}

/// Which policy file, and what overrides it: the command line's
/// `--config`, `--no-config`, `--fail-on`, `--min-confidence` and
/// `--patterns`, or a library builder's.
#[derive(Clone, Debug, Default)]
pub struct PolicyRequest {
    /// This policy file instead of one looked for from the scanned root.
    pub config: Option<PathBuf>,
    /// No policy file at all.
    pub no_config: bool,
    pub fail_on: Option<Vec<Category>>,
    pub min_confidence: Option<f32>,
    /// Pattern directories besides the built-in detectors.
    pub patterns: Vec<PathBuf>,
}

/// The policy file and the command line's overrides of it.
struct Policy {
    config_path: Option<PathBuf>,
    config: Config,
    fail_on: Vec<Category>,
    min_confidence: f32,
    patterns: Vec<PathBuf>,
    allow: Option<Arc<Allowlist>>,
}

impl Settings {
    /// The library's settings: `opts` (roots are given per scan) under
    /// `policy`, whose file is never looked for, only read when named.
    pub fn library(mut opts: ScanOptions, policy: &PolicyRequest) -> Result<Settings, SettingsError> {
        let p = Policy::resolve(policy, None)?;
        opts.min_confidence = p.min_confidence;
        opts.allow = p.allow.clone();
        opts.walk.globs.extend(p.config.allow.paths.iter().map(|g| format!("!{g}")));
        Ok(Settings::new(Mode::Scan, p, opts, false))
    }

    /// A run of `root` with the default scan options (the command line's
    /// defaults, which are the library's: a test holds them equal) under the
    /// policy file `config` picks.
    fn defaults(mode: Mode, root: &Path, config: Option<PathBuf>, no_config: bool) -> Result<Settings, SettingsError> {
        let policy = PolicyRequest {
            config,
            no_config,
            ..PolicyRequest::default()
        };
        let p = Policy::resolve(&policy, Some(root))?;
        let opts = ScanOptions {
            walk: WalkOptions {
                roots: vec![root.to_path_buf()],
                ..ScanOptions::default().walk
            },
            min_confidence: p.min_confidence,
            allow: p.allow.clone(),
            ..ScanOptions::default()
        };
        Ok(Settings::new(mode, p, opts, true))
    }

    fn new(mode: Mode, p: Policy, mut scan: ScanOptions, progress: bool) -> Settings {
        // Resolved once: the scan runs with it and the report states it.
        if scan.walk.threads == 0 {
            scan.walk.threads = std::thread::available_parallelism().map_or(2, |n| n.get());
        }
        Settings {
            mode,
            config_path: p.config_path,
            config: p.config,
            scan,
            fail_on: p.fail_on,
            patterns: p.patterns,
            format: Format::human(),
            output: None,
            baseline: None,
            strict: false,
            progress,
        }
    }

    /// What the report says about this run besides the totals: `duration_ms`
    /// and the number of `detectors` are known only once it ran.
    pub(crate) fn report_context(&self, duration_ms: u64, detectors: usize) -> report::Context {
        report::Context {
            roots: self
                .scan
                .walk
                .roots
                .iter()
                .map(|p| p.to_string_lossy().into_owned())
                .collect(),
            duration_ms,
            threads: self.scan.walk.threads,
            detectors,
            min_confidence: self.scan.min_confidence,
            reveal: self.scan.reveal,
            fail_on: self.fail_on.clone(),
            config: self.config_path.as_ref().map(|p| p.display().to_string()),
            disabled: self.config.disable.clone(),
            allow: self.scan.allow.clone(),
        }
    }

    /// The effective policy, as `config check` prints it.
    pub fn describe(&self) -> String {
        let mut s = String::new();
        let path = self
            .config_path
            .as_ref()
            .map_or("(none: defaults)".to_string(), |p| p.display().to_string());
        s += &format!("policy file:     {path}\n");
        let ids = |v: &[Category]| {
            if v.is_empty() {
                "(none)".to_string()
            } else {
                v.iter().map(|c| c.id()).collect::<Vec<_>>().join(", ")
            }
        };
        s += &format!("fail_on:         {}\n", ids(&self.fail_on));
        s += &format!("min_confidence:  {}\n", self.scan.min_confidence);
        s += &format!("disabled:        {}\n", ids(&self.config.disable));
        let list = |v: &[String]| {
            if v.is_empty() {
                "(none)".to_string()
            } else {
                v.join(", ")
            }
        };
        s += &format!(
            "patterns:        {}\n",
            list(
                &self
                    .patterns
                    .iter()
                    .map(|p| p.display().to_string())
                    .collect::<Vec<_>>()
            )
        );
        let a = &self.config.allow;
        s += &format!("allow.values:          {} value(s)\n", a.values.len());
        s += &format!("allow.value_regexes:   {}\n", list(&a.value_regexes));
        s += &format!("allow.email_domains:   {}\n", list(&a.email_domains));
        s += &format!("allow.ip_ranges:       {}\n", list(&a.ip_ranges));
        s += &format!("allow.paths:           {}\n", list(&a.paths));
        s += &format!("allow.fields:          {}\n", list(&a.fields));
        s
    }
}

/// Checks that every custom category `fail_on` names is one a detector (or
/// a merged part) defines: a misspelt one would otherwise never fail.
pub fn check_custom_fail_on(fail_on: &[Category], defined: &[Category]) -> Result<(), String> {
    let Some(c) = fail_on.iter().find(|c| c.is_custom() && !defined.contains(c)) else {
        return Ok(());
    };
    let close = defined
        .iter()
        .filter(|d| d.is_custom())
        .map(|d| (strsim::jaro_winkler(c.id(), d.id()), d.id()))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0));
    Err(match close {
        Some((_, id)) => format!("fail_on names {c}, which no detector defines (did you mean {id}?)"),
        None => format!("fail_on names {c}, which no detector defines (custom categories come from --patterns)"),
    })
}

/// Roots as given, split into paths to walk and data stores named by URL
/// (whose label stands in the roots, for the report), or why a store URL
/// cannot be read by this build.
#[allow(clippy::type_complexity)]
pub fn split_roots(paths: &[PathBuf]) -> Result<(Vec<PathBuf>, Vec<crate::store::Target>), String> {
    let (mut roots, mut stores) = (Vec::new(), Vec::new());
    for path in paths {
        match crate::store::Target::resolve(&path.to_string_lossy())? {
            Some(t) => {
                roots.push(PathBuf::from(&t.label));
                stores.push(t);
            }
            None => roots.push(path.clone()),
        }
    }
    Ok((roots, stores))
}

impl Policy {
    /// The policy file `args` picks (`--config`, none with `--no-config`,
    /// else the one found from `root`) under the command line's overrides.
    fn resolve(args: &PolicyRequest, root: Option<&Path>) -> Result<Policy, ConfigError> {
        let path = if args.no_config {
            None
        } else if let Some(p) = &args.config {
            Some(p.clone())
        } else {
            root.and_then(Config::discover)
        };
        let config = match &path {
            Some(p) => Config::load(p)?,
            None => Config::default(),
        };
        let fail_on = match &args.fail_on {
            Some(set) => set.clone(),
            None => config.fail_on_categories(),
        };
        let min_confidence = args
            .min_confidence
            .or(config.min_confidence)
            .unwrap_or(DEFAULT_MIN_CONFIDENCE);
        let mut patterns = args.patterns.clone();
        patterns.extend(config.patterns.iter().cloned());
        let name = path.as_ref().map_or(String::new(), |p| p.display().to_string());
        let allow = Some(config.allowlist(&name)?).filter(|a| !a.is_empty()).map(Arc::new);
        Ok(Policy {
            config_path: path,
            config,
            fail_on,
            min_confidence,
            patterns,
            allow,
        })
    }
}
