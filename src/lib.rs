//! pii-scan: which personal data does a pile of files expose?
//!
//! # The library
//!
//! [`Scanner`] is the whole public API: build it once, scan paths, bytes or
//! a reader, get the typed [`Report`] (the document `pii-scan --format
//! json` writes, `shared/spec/report-v1.md`). Values in it are masked
//! unless the builder asked for raw ones.
//!
//! ```
//! use pii_scan::{Category, Scanner};
//!
//! let scanner = Scanner::builder().fail_on([Category::Password]).build()?;
//! let report = scanner.scan_bytes(
//!     "users.sql",
//!     b"INSERT INTO users (id, email, password) VALUES (1, 'ana@posteo.de', '$2b$12$abcdefghijklmnopqrstuuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZa');",
//! );
//! assert!(report.found(Category::Email));
//! let password = report.fields.iter().find(|f| f.category == Category::Password).unwrap();
//! assert_eq!(password.field.as_deref(), Some("users.password"));
//! assert_eq!(report.policy.violations, [Category::Password]);
//! # Ok::<(), pii_scan::Error>(())
//! ```
//!
//! # How it works
//!
//! The pipeline flows one way, one module per stage:
//! `walk` (which files) → `read` (their bytes) → `sniff` (binary? format?) →
//! `chunk` (windows for parallel or streamed scans) → `detect` (one
//! multi-pattern pass, validators) → `parse` + `classify` (fields and their
//! verdicts) → `people` (records linked into people) → `aggregate` (counts,
//! distinct values, samples) → `report` (the v1 document; `report::render`
//! its formats). `container` opens archives, compressed streams, databases,
//! spreadsheets and photos, whose members re-enter the pipeline at `sniff`;
//! `store` reads databases and buckets where they live.
//!
//! Around the scan: `cli` parses the command line, `config` reads the policy
//! file, `settings` resolves both, once, into everything a run needs (scan
//! options, policy, report context), and `session` wires a run from them
//! once (detectors, threads, the report); `app` is the command, `api` the
//! library's `Scanner`, both on a session. `allow` applies the allowlists
//! to hits and fields, `baseline` records and compares keyed hashes of what
//! was found, and `redact` writes a copy with every finding replaced.
//! `scan` wires the stages together; `mask` is the only way a found value
//! becomes text.
//!
//! # Features
//!
//! `cli` (the `pii-scan` binary), `postgres`, `mysql` and `s3` (the store
//! drivers) are on by default; without them the library is the scan core
//! and [`Scanner`] alone, with no clap, tokio or database driver.

// Without the `cli` feature the library is the scan core and `Scanner`:
// what only the command line calls (baselines, progress bars, shard
// arguments, the command's settings) is compiled but unused there. The
// full build, which CI lints with `-D warnings`, keeps the lint whole.
#![cfg_attr(not(feature = "cli"), allow(dead_code))]

/// Internal modules: `pub(crate)`, or public but hidden with the
/// `internals` feature, which only pii-scan's own tests, benches, examples
/// and fuzz targets turn on (no stability promise).
macro_rules! internal {
    ($($name:ident)*) => {$(
        #[cfg(feature = "internals")]
        #[doc(hidden)]
        pub mod $name;
        #[cfg(not(feature = "internals"))]
        pub(crate) mod $name;
    )*};
}

mod api;
pub mod category;
pub mod report;

pub use api::{Error, Scanner, ScannerBuilder};
pub use category::Category;
pub use report::Report;
pub use sniff::Format;

internal! {
    aggregate
    allow
    baseline
    chunk
    classify
    config
    container
    detect
    interrupt
    jurisdiction
    mask
    numbers
    parse
    patterns
    people
    progress
    read
    sanitize
    scan
    session
    settings
    shard
    sniff
    store
    walk
}

// What only the command line reaches: its argument parsing, the report
// file, shards' parts and redacted copies.
#[cfg(feature = "cli")]
internal! {
    app
    cli
    output
    part
    redact
}

/// The `pii-scan` command line (the binary's `main`).
#[cfg(feature = "cli")]
#[doc(hidden)]
pub fn main() -> ! {
    app::main()
}
