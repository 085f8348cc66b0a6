//! The effective settings of a run, resolved once (ripgrep's `HiArgs`): the
//! parsed command line over the policy file (`pii-scan.toml`) over the
//! defaults, turned into everything a run needs — what to do, the complete
//! scan options, the policy, the patterns to load, where the report goes and
//! what the report says about its run. Owns finding and applying the policy
//! file; `config` owns reading it, `cli` parsing the command line.

use crate::allow::Allowlist;
use crate::category::Category;
use crate::cli::{Args, BaselineAction, Command, ConfigAction, ConfigArgs, Format, PolicyArgs, ScanArgs};
use crate::config::{self, Config, ConfigError};
use crate::report;
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
    pub format: Format,
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
}

impl fmt::Display for SettingsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SettingsError::Config(e) => e.fmt(f),
            SettingsError::Shard(e) => e.fmt(f),
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
    /// Resolves the settings for `args`. An explicit `--config` that cannot
    /// be read, or any invalid policy file, is an error (exit 2).
    pub fn resolve(args: &Args) -> Result<Settings, SettingsError> {
        match &args.command {
            None => {
                let r = &args.report;
                let mode = if r.list_detectors {
                    Mode::ListDetectors
                } else {
                    Mode::Scan
                };
                let mut s = Settings::scan(mode, &args.scan, &args.policy)?;
                s.format = r.format;
                s.output = r.output.clone();
                s.scan.collect_values = r.baseline.is_some();
                s.baseline = r.baseline.clone();
                s.strict = r.strict;
                Ok(s)
            }
            Some(Command::Baseline {
                action: BaselineAction::Create { output, scan, policy },
            }) => {
                let mut s = Settings::scan(Mode::BaselineCreate, scan, policy)?;
                s.output = Some(output.clone());
                s.scan.collect_values = true;
                Ok(s)
            }
            Some(Command::Redact {
                src,
                output,
                mode,
                keep_hashed,
                redact_allowed,
                config,
            }) => {
                let mode = Mode::Redact {
                    src: src.clone(),
                    dst: output.clone(),
                    choices: crate::redact::Choices {
                        mode: *mode,
                        keep_hashed: *keep_hashed,
                        redact_allowed: *redact_allowed,
                    },
                };
                Settings::defaults(mode, src, config)
            }
            Some(Command::Merge {
                parts,
                format,
                output,
                strict,
                policy,
            }) => {
                let p = Policy::resolve(policy, None)?;
                let opts = ScanOptions {
                    min_confidence: p.min_confidence,
                    allow: p.allow.clone(),
                    ..ScanOptions::default()
                };
                let mut s = Settings::new(Mode::Merge { parts: parts.clone() }, p, opts, false);
                s.format = *format;
                s.output = output.clone();
                s.strict = *strict;
                Ok(s)
            }
            Some(Command::Config {
                action: ConfigAction::Check { file },
            }) => {
                let path = match file {
                    Some(p) => p.clone(),
                    None => Config::discover(Path::new(".")).ok_or(SettingsError::NoPolicyFile)?,
                };
                let config = ConfigArgs {
                    config: Some(path),
                    no_config: false,
                };
                Settings::defaults(Mode::ConfigCheck, Path::new("."), &config)
            }
        }
    }

    /// A scan (or baseline) of `scan.paths` under `policy`; the report
    /// options are the defaults.
    fn scan(mode: Mode, scan: &ScanArgs, policy: &PolicyArgs) -> Result<Settings, SettingsError> {
        let (roots, stores) = split_roots(&scan.paths);
        let first_path = scan.paths.iter().find(|p| !crate::store::is_url(&p.to_string_lossy()));
        let p = Policy::resolve(policy, first_path.map(PathBuf::as_path))?;
        let mut globs = scan.globs.clone();
        globs.extend(p.config.allow.paths.iter().map(|g| format!("!{g}")));
        let opts = ScanOptions {
            walk: WalkOptions {
                roots,
                threads: scan.threads,
                follow: scan.follow,
                respect_ignore: scan.respect_ignore,
                globs,
            },
            max_filesize: scan.max_filesize,
            mmap: scan.mmap,
            min_confidence: p.min_confidence,
            chunk_size: usize::try_from(scan.chunk_size)
                .unwrap_or(usize::MAX)
                .max(MIN_CHUNK_SIZE),
            exclude: Vec::new(),
            reveal: scan.show_values,
            allow: p.allow.clone(),
            collect_values: false,
            people: true,
            limits: crate::container::Limits {
                max_expanded: scan.max_expanded,
                max_ratio: scan.max_ratio,
                max_depth: scan.archive_depth,
            },
            stores,
            store: crate::store::StoreOptions {
                sample: scan.sample.map(|rows| crate::store::sample::Sampling {
                    rows,
                    seed: scan.seed,
                    fast: scan.sample_fast,
                }),
                statement_timeout: std::time::Duration::from_secs(scan.statement_timeout.max(1)),
                s3_endpoint: scan.s3_endpoint.clone(),
            },
            shard: match scan.shard {
                Some(s) => Some(s),
                None => crate::shard::Shard::from_env().map_err(SettingsError::Shard)?,
            },
        };
        Ok(Settings::new(mode, p, opts, !scan.no_progress))
    }

    /// The library's settings: `opts` (roots are given per scan) under
    /// `policy`, whose file is never looked for, only read when named.
    pub fn library(mut opts: ScanOptions, policy: &PolicyArgs) -> Result<Settings, SettingsError> {
        let p = Policy::resolve(policy, None)?;
        opts.min_confidence = p.min_confidence;
        opts.allow = p.allow.clone();
        opts.walk.globs.extend(p.config.allow.paths.iter().map(|g| format!("!{g}")));
        Ok(Settings::new(Mode::Scan, p, opts, false))
    }

    /// A run of `root` with the default scan options (the command line's
    /// defaults, which are the library's: a test holds them equal) under the
    /// policy file `config` picks.
    fn defaults(mode: Mode, root: &Path, config: &ConfigArgs) -> Result<Settings, SettingsError> {
        let policy = PolicyArgs {
            config: ConfigArgs {
                config: config.config.clone(),
                no_config: config.no_config,
            },
            ..PolicyArgs::default()
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
            format: Format::Human,
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
/// (whose label stands in the roots, for the report).
pub fn split_roots(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<crate::store::Target>) {
    let (mut roots, mut stores) = (Vec::new(), Vec::new());
    for path in paths {
        match crate::store::Target::parse(&path.to_string_lossy()) {
            Some(t) => {
                roots.push(PathBuf::from(&t.label));
                stores.push(t);
            }
            None => roots.push(path.clone()),
        }
    }
    (roots, stores)
}

impl Policy {
    /// The policy file `args` picks (`--config`, none with `--no-config`,
    /// else the one found from `root`) under the command line's overrides.
    fn resolve(args: &PolicyArgs, root: Option<&Path>) -> Result<Policy, ConfigError> {
        let path = if args.config.no_config {
            None
        } else if let Some(p) = &args.config.config {
            Some(p.clone())
        } else {
            root.and_then(Config::discover)
        };
        let config = match &path {
            Some(p) => Config::load(p)?,
            None => Config::default(),
        };
        let fail_on = match &args.fail_on {
            Some(set) => set.0.clone(),
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

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    fn resolve(argv: &[&str]) -> Settings {
        let args = Args::try_parse_from(std::iter::once("pii-scan").chain(argv.iter().copied())).unwrap();
        Settings::resolve(&args).unwrap()
    }

    /// `redact` and `config check` take no scan options: they run with the
    /// library's defaults, which must be the command line's.
    #[test]
    fn command_line_defaults_are_the_library_defaults() {
        let from_cli = resolve(&["--no-config", "."]);
        let from_lib = Settings::defaults(
            Mode::Scan,
            Path::new("."),
            &ConfigArgs {
                config: None,
                no_config: true,
            },
        )
        .unwrap();
        assert_eq!(format!("{:?}", from_cli.scan), format!("{:?}", from_lib.scan));
        assert_eq!(from_cli.scan.min_confidence, DEFAULT_MIN_CONFIDENCE);
        assert_eq!(ScanOptions::default().min_confidence, DEFAULT_MIN_CONFIDENCE);
    }

    #[test]
    fn subcommands_share_the_scan_and_policy_groups() {
        let s = resolve(&[
            "baseline",
            "create",
            "-o",
            "b.json",
            "--no-progress",
            "--no-config",
            "--min-confidence",
            "0.9",
            "-j",
            "3",
            "dump",
        ]);
        assert!(matches!(s.mode, Mode::BaselineCreate));
        assert_eq!(s.output.as_deref(), Some(Path::new("b.json")));
        assert_eq!(s.scan.walk.roots, [PathBuf::from("dump")]);
        assert_eq!(s.scan.walk.threads, 3);
        assert_eq!(s.scan.min_confidence, 0.9);
        assert!(s.scan.collect_values && !s.progress);
        let s = resolve(&["redact", "src", "-o", "out", "--mode", "hash", "--no-config"]);
        assert!(matches!(s.mode, Mode::Redact { .. }));
        assert_eq!(s.scan.walk.roots, [PathBuf::from("src")]);
    }

    #[test]
    fn an_allowlist_error_names_the_file_the_list_and_the_entry() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("p.toml");
        std::fs::write(&file, "[allow]\nvalue_regexes = ['ok', 'a(b']\n").unwrap();
        let args = Args::try_parse_from(["pii-scan", "--config", file.to_str().unwrap()]).unwrap();
        let e = Settings::resolve(&args).unwrap_err().to_string();
        assert_eq!(
            e,
            format!("{}: allow.value_regexes: 'a(b': unclosed group", file.display())
        );
    }
}
