//! The command line as parsed, nothing more: clap definitions in argument
//! groups (`ScanArgs`, `PolicyArgs`, `ConfigArgs`, `ReportArgs`) that the
//! main command and its subcommands flatten in, and the parsers of their
//! values. `settings` resolves them into what a run needs; nothing here
//! reads files, scans or prints.

use crate::category::Category;
use crate::read::MmapMode;
use clap::{Parser, ValueEnum};
use std::path::PathBuf;

/// An output format (`report::render::FORMATS`).
pub type Format = &'static crate::report::render::Spec;

/// `--format`'s values: every format with its help line.
fn formats() -> impl clap::builder::TypedValueParser<Value = Format> {
    use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
    let names = crate::report::render::FORMATS
        .iter()
        .map(|f| PossibleValue::new(f.name).help(f.help));
    PossibleValuesParser::new(names).map(|name| {
        crate::report::render::Spec::named(&name).unwrap_or_else(crate::report::render::Spec::human)
    })
}

/// `--mmap`'s values, with their help.
impl ValueEnum for MmapMode {
    fn value_variants<'a>() -> &'a [Self] {
        &[MmapMode::Auto, MmapMode::Always, MmapMode::Never]
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        use clap::builder::PossibleValue;
        Some(match self {
            MmapMode::Auto => PossibleValue::new("auto").help("Map large files, read small ones"),
            MmapMode::Always => PossibleValue::new("always").help("Map every non-empty regular file"),
            MmapMode::Never => PossibleValue::new("never").help("Never map; stream large files"),
        })
    }
}

/// `redact --mode`'s values.
impl ValueEnum for crate::redact::Mode {
    fn value_variants<'a>() -> &'a [Self] {
        use crate::redact::Mode;
        &[Mode::Mask, Mode::Hash, Mode::Fake]
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        use crate::redact::Mode;
        Some(clap::builder::PossibleValue::new(match self {
            Mode::Mask => "mask",
            Mode::Hash => "hash",
            Mode::Fake => "fake",
        }))
    }
}

/// Tell which categories of personal data a pile of files exposes.
///
/// pii-scan walks the given files and directories (hidden and .gitignored
/// files included: a dump is scanned whole), finds emails, IP addresses,
/// phone numbers, payment cards, national ids, IBANs, coordinates, device ids,
/// secrets and password hashes, and reports per category how many values and
/// how many distinct values it found, and where. In CSV/TSV, JSON, SQL dumps
/// and logs it also says which field holds which category — names,
/// usernames, places, account types and activity included — and which data
/// each record exposes together. Values are masked.
///
/// Exit status: 0 scan done, no --fail-on category found; 1 a --fail-on
/// category was found; 2 the scan could not run (bad arguments, unreadable
/// root, invalid patterns); 130 interrupted.
#[derive(Debug, Parser)]
#[command(
    name = "pii-scan",
    version,
    max_term_width = 100,
    args_conflicts_with_subcommands = true
)]
pub struct Args {
    #[command(subcommand)]
    pub command: Option<Command>,

    #[command(flatten)]
    pub scan: ScanArgs,

    #[command(flatten)]
    pub policy: PolicyArgs,

    #[command(flatten)]
    pub report: ReportArgs,
}

// `display_order` keeps `--help` in the order the options had before they
// were split into groups: report options, policy, then how to scan.

/// What to scan and how: the paths, the walk, reading and container limits.
/// Shared by a scan and `baseline create`.
#[derive(Debug, clap::Args)]
pub struct ScanArgs {
    /// Files and directories to scan, and data stores by URL
    /// (`postgres://user@host:port/db`, `mysql://…` or `mariadb://…`; the
    /// password from the URL, PGPASSWORD / ~/.pgpass or MYSQL_PWD /
    /// ~/.my.cnf, and masked in every output), and object storage
    /// (`s3://bucket/prefix`).
    #[arg(value_name = "PATH", default_value = ".")]
    pub paths: Vec<PathBuf>,

    /// Read about N rows of each database table, drawn row by row at random
    /// (PostgreSQL TABLESAMPLE BERNOULLI; MySQL random primary-key values,
    /// else ORDER BY RAND(seed)); the report states what finding
    /// nothing in them is worth.
    #[arg(long, value_name = "N", display_order = 22)]
    pub sample: Option<u64>,

    /// The seed of --sample: the same seed draws the same rows.
    #[arg(long, value_name = "S", default_value = "0", requires = "sample", display_order = 23)]
    pub seed: u64,

    /// With --sample, draw whole pages (TABLESAMPLE SYSTEM): far less I/O,
    /// but not row-random, so no bound is stated for what was not found.
    #[arg(long, requires = "sample", display_order = 24)]
    pub sample_fast: bool,

    /// The longest one database statement may run before the server
    /// cancels it (the table is then listed as skipped).
    #[arg(long, value_name = "SECS", default_value = "3600", display_order = 25)]
    pub statement_timeout: u64,

    /// An S3-compatible server for s3:// roots (MinIO, SeaweedFS, Ceph):
    /// `http://127.0.0.1:9000`. Default: AWS_ENDPOINT_URL, else AWS itself.
    /// Credentials and region come from the usual AWS_* variables.
    #[arg(long, value_name = "URL", display_order = 26)]
    pub s3_endpoint: Option<String>,

    /// Scan only shard K of N (0-based): files by their path relative to
    /// the root, tables by name, objects by key, so N workers given the same
    /// roots scan every input exactly once. Write `--format part` and join
    /// the parts with `pii-scan merge`. Default: JOB_COMPLETION_INDEX of
    /// PII_SCAN_SHARD_COUNT when both are set (a Kubernetes Indexed Job).
    #[arg(long, value_name = "K/N", value_parser = crate::shard::Shard::parse, display_order = 27)]
    pub shard: Option<crate::shard::Shard>,

    /// Worker threads (default: one per core).
    #[arg(short = 'j', long, value_name = "N", default_value = "0", display_order = 8)]
    pub threads: usize,

    /// Skip files larger than SIZE (e.g. 500M, 2G); they are listed as skipped.
    #[arg(long, value_name = "SIZE", value_parser = parse_size, display_order = 9)]
    pub max_filesize: Option<u64>,

    /// Include only paths matching GLOB; `!GLOB` excludes. Repeatable.
    #[arg(short = 'g', long = "glob", value_name = "GLOB", display_order = 10)]
    pub globs: Vec<String>,

    /// Follow symbolic links (loops and broken links are listed as skipped).
    #[arg(short = 'L', long, display_order = 11)]
    pub follow: bool,

    /// Honour .gitignore/.ignore files and skip hidden files (off by default:
    /// a breach dump is scanned whole).
    #[arg(long, display_order = 12)]
    pub respect_ignore: bool,

    /// Stop expanding a compressed member after SIZE bytes (decompression
    /// bombs); what was expanded is scanned and the member listed as skipped.
    #[arg(long, value_name = "SIZE", default_value = "64G", value_parser = parse_size, display_order = 13)]
    pub max_expanded: u64,

    /// Stop expanding a member whose expanded/compressed ratio exceeds N
    /// (checked past 32 MiB expanded).
    #[arg(long, value_name = "N", default_value = "250", display_order = 14)]
    pub max_ratio: u64,

    /// Open containers nested at most N levels deep (a.tar.gz!b.zip!c.csv is 2).
    #[arg(long, value_name = "N", default_value = "5", display_order = 15)]
    pub archive_depth: u32,

    /// Memory-map files: auto maps large files and splits them across cores.
    #[arg(long, value_enum, default_value = "auto", display_order = 16)]
    pub mmap: MmapMode,

    /// Size of the chunks a large file is split into.
    #[arg(long, value_name = "SIZE", default_value = "4M", value_parser = parse_size, display_order = 17)]
    pub chunk_size: u64,

    /// Show raw values in samples and findings. Without it, values are masked.
    #[arg(long, display_order = 19)]
    pub show_values: bool,

    /// No progress bar (it is only ever drawn on a terminal's stderr).
    #[arg(long, display_order = 21)]
    pub no_progress: bool,
}

/// Which policy applies: the policy file and what the command line puts
/// over it. Shared by a scan and `baseline create`.
#[derive(Debug, Default, clap::Args)]
pub struct PolicyArgs {
    #[command(flatten)]
    pub config: ConfigArgs,

    /// Exit 1 when any of these categories is found: a comma-separated list
    /// of category ids (payment_card,password), or `any`.
    #[arg(long, value_name = "CATEGORIES", value_parser = parse_fail_on, display_order = 3)]
    pub fail_on: Option<CategorySet>,

    /// Only report values at or above this confidence (0..1; default 0.5,
    /// or the policy file's).
    #[arg(long, value_name = "X", value_parser = parse_unit, display_order = 4)]
    pub min_confidence: Option<f32>,

    /// Add the detectors of every *.toml file in DIR (see patterns/). Repeatable.
    #[arg(long = "patterns", value_name = "DIR", display_order = 18)]
    pub patterns: Vec<PathBuf>,
}

/// Which policy file: shared by a scan, `baseline create` and `redact`.
#[derive(Debug, Default, clap::Args)]
pub struct ConfigArgs {
    /// Use this policy file instead of looking for pii-scan.toml in the
    /// scanned root and its parents.
    #[arg(long, value_name = "FILE", conflicts_with = "no_config", display_order = 5)]
    pub config: Option<PathBuf>,

    /// Ignore any pii-scan.toml.
    #[arg(long, display_order = 6)]
    pub no_config: bool,
}

/// What a scan reports, where, and when it fails: the main command's own.
#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// Output format.
    #[arg(long, value_parser = formats(), default_value = "human", display_order = 1)]
    pub format: Format,

    /// Write the report to FILE instead of stdout: a regular file atomically
    /// (whole or not at all; a symlink's target), `-` is stdout, a device,
    /// FIFO or socket is written into.
    #[arg(short, long, value_name = "FILE", display_order = 2)]
    pub output: Option<PathBuf>,

    /// Only what is not in this baseline (see `pii-scan baseline create`)
    /// counts against the policy; the report lists what is new.
    #[arg(long, value_name = "FILE", display_order = 7)]
    pub baseline: Option<PathBuf>,

    /// Exit 2 if any file could not be read (by default unreadable files are
    /// listed as skipped and the exit status is unchanged).
    #[arg(long, display_order = 20)]
    pub strict: bool,

    /// List the detectors and exit.
    #[arg(long, display_order = 22)]
    pub list_detectors: bool,

    /// Print the man page or a shell completion script and exit:
    /// `pii-scan --generate man > pii-scan.1`.
    #[arg(long, value_enum, value_name = "KIND", display_order = 23)]
    pub generate: Option<Generate>,
}

/// What `--generate` prints, as ripgrep names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Generate {
    /// A roff man page (`man -l pii-scan.1`).
    Man,
    CompleteBash,
    CompleteZsh,
    CompleteFish,
    CompletePowershell,
}

/// What else pii-scan does besides scanning.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Policy files: `pii-scan config check [FILE]` validates one and prints
    /// the effective policy.
    Config {
        #[command(subcommand)]
        action: ConfigAction,
    },
    /// Baselines: `pii-scan baseline create -o FILE PATH...`, then scan with
    /// `--baseline FILE` to fail only on new findings.
    Baseline {
        #[command(subcommand)]
        action: BaselineAction,
    },
    /// Join the parts shards wrote (`--shard K/N --format part`) into the
    /// report one run over everything would give; every shard of N must be
    /// there exactly once.
    Merge {
        /// The part files, one per shard.
        #[arg(required = true, value_name = "PART")]
        parts: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_parser = formats(), default_value = "human")]
        format: Format,
        /// Write the report to FILE instead of stdout.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Exit 2 if any shard could not read a file.
        #[arg(long)]
        strict: bool,
        #[command(flatten)]
        policy: PolicyArgs,
    },
    /// Write a copy of SRC (a file or a tree) to DST with every finding
    /// replaced, keeping CSV/JSON/SQL/log structure valid.
    Redact {
        /// The file or directory to redact (never modified).
        src: PathBuf,
        /// Where the copy goes: must not exist, must not be inside SRC.
        #[arg(short, long, value_name = "DST")]
        output: PathBuf,
        /// mask (j***@g****.com), hash (a keyed HMAC token; key from
        /// PII_SCAN_REDACT_KEY, stable across files and runs), or fake
        /// (documentation-range values such as user-…@example.com).
        #[arg(long, value_enum, default_value = "mask")]
        mode: crate::redact::Mode,
        /// Keep columns of hashed identifiers (a column named `email`
        /// holding SHA-256 digests) as they are; by default they are
        /// replaced too, since a digest of an email still identifies.
        #[arg(long)]
        keep_hashed: bool,
        /// Replace values the policy allows too (its `allow` lists: the
        /// company's own test domain); by default they are kept as they are.
        #[arg(long)]
        redact_allowed: bool,
        #[command(flatten)]
        config: ConfigArgs,
    },
}

#[derive(Debug, clap::Subcommand)]
pub enum BaselineAction {
    /// Scan and record what was found (keyed hashes, never values):
    /// `pii-scan baseline create -o .pii-baseline.json [SCAN OPTIONS] PATH...`
    Create {
        /// The baseline file to write.
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
        #[command(flatten)]
        scan: ScanArgs,
        #[command(flatten)]
        policy: PolicyArgs,
    },
}

#[derive(Debug, clap::Subcommand)]
pub enum ConfigAction {
    /// Validate a policy file (default: the pii-scan.toml found from the
    /// current directory) and print the effective policy.
    Check {
        /// The policy file.
        file: Option<PathBuf>,
    },
}

/// A list of categories given as one comma-separated argument.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CategorySet(pub Vec<Category>);

fn parse_fail_on(s: &str) -> Result<CategorySet, String> {
    if s.trim() == "any" {
        return Ok(CategorySet(Category::ALL.to_vec()));
    }
    s.split(',')
        .map(|c| c.trim().parse::<Category>())
        .collect::<Result<_, _>>()
        .map(CategorySet)
}

fn parse_unit(s: &str) -> Result<f32, String> {
    match s.parse::<f32>() {
        Ok(x) if (0.0..=1.0).contains(&x) => Ok(x),
        _ => Err(format!("'{s}' is not a number between 0 and 1")),
    }
}

/// `1024`, `64K`, `500M`, `2G`, `1T` (binary units; a trailing `B`/`iB` is allowed).
fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let t = t.strip_suffix("iB").or_else(|| t.strip_suffix('B')).unwrap_or(t);
    let (num, mult) = match t.char_indices().last() {
        Some((i, c)) if c.is_ascii_alphabetic() => {
            let m: u64 = match c.to_ascii_uppercase() {
                'K' => 1 << 10,
                'M' => 1 << 20,
                'G' => 1 << 30,
                'T' => 1 << 40,
                _ => return Err(format!("'{s}': unknown size unit '{c}' (use K, M, G or T)")),
            };
            (&t[..i], m)
        }
        _ => (t, 1),
    };
    let n: u64 = num
        .trim()
        .parse()
        .map_err(|_| format!("'{s}' is not a size (e.g. 500M, 2G)"))?;
    n.checked_mul(mult).ok_or_else(|| format!("'{s}' is too large"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_and_fail_on() {
        assert_eq!(parse_size("1024"), Ok(1024));
        assert_eq!(parse_size("64K"), Ok(65536));
        assert_eq!(parse_size("2GiB"), Ok(2 << 30));
        assert!(parse_size("12X").is_err());
        assert_eq!(
            parse_fail_on("payment_card, password").unwrap().0,
            vec![Category::PaymentCard, Category::Password]
        );
        assert_eq!(parse_fail_on("any").unwrap().0.len(), 15);
        assert!(parse_fail_on("credit").is_err());
        let e = parse_fail_on("email,passwords").unwrap_err();
        assert!(e.contains("did you mean 'password'?"), "{e}");
        assert!(!parse_fail_on("zzz").unwrap_err().contains("did you mean"));
    }

    #[test]
    fn clap_definition_is_consistent() {
        use clap::CommandFactory;
        Args::command().debug_assert();
    }
}
