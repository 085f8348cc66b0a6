//! The parsed command line turned into [`Settings`]: the main command,
//! `baseline create`, `redact`, `merge` and `config check`, each resolved
//! once over the policy file and the defaults.

use super::{split_roots, Mode, Policy, PolicyRequest, Settings, SettingsError, MIN_CHUNK_SIZE};
use crate::cli::{Args, BaselineAction, Command, ConfigAction, PolicyArgs, ScanArgs};
use crate::config::Config;
use crate::scan::ScanOptions;
#[cfg(test)]
use crate::scan::DEFAULT_MIN_CONFIDENCE;
use crate::walk::WalkOptions;
use std::path::{Path, PathBuf};

impl PolicyArgs {
    /// What the command line asks of the policy.
    pub fn request(&self) -> PolicyRequest {
        PolicyRequest {
            config: self.config.config.clone(),
            no_config: self.config.no_config,
            fail_on: self.fail_on.as_ref().map(|set| set.0.clone()),
            min_confidence: self.min_confidence,
            patterns: self.patterns.clone(),
        }
    }
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
                Settings::defaults(mode, src, config.config.clone(), config.no_config)
            }
            Some(Command::Merge {
                parts,
                format,
                output,
                strict,
                policy,
            }) => {
                let p = Policy::resolve(&policy.request(), None)?;
                let opts = ScanOptions {
                    min_confidence: p.min_confidence,
                    allow: p.allow.clone(),
                    ..ScanOptions::default()
                };
                let mut s = Settings::new(Mode::Merge { parts: parts.clone() }, p, opts, false);
                s.format = format;
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
                Settings::defaults(Mode::ConfigCheck, Path::new("."), Some(path), false)
            }
        }
    }

    /// A scan (or baseline) of `scan.paths` under `policy`; the report
    /// options are the defaults.
    fn scan(mode: Mode, scan: &ScanArgs, policy: &PolicyArgs) -> Result<Settings, SettingsError> {
        let (roots, stores) = split_roots(&scan.paths).map_err(SettingsError::Store)?;
        let first_path = scan.paths.iter().find(|p| !crate::store::is_url(&p.to_string_lossy()));
        let p = Policy::resolve(&policy.request(), first_path.map(PathBuf::as_path))?;
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
            None,
            true,
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
