//! pii-scan: which personal data does a pile of files expose?
//!
//! The pipeline flows one way, one module per stage:
//! `walk` (which files) → `read` (their bytes) → `sniff` (binary? format?) →
//! `chunk` (windows for parallel or streamed scans) → `detect` (one
//! multi-pattern pass, validators) → `aggregate` (counts, distinct values,
//! samples) → `report` (the v1 document and its renderings). `container` opens
//! archives, compressed streams, databases, spreadsheets and photos, whose
//! members re-enter the pipeline at `sniff`.
//!
//! Around the scan: `cli` parses the command line, `config` reads the policy
//! file, `settings` resolves both, once, into everything a run needs (scan
//! options, policy, report context), `allow` applies its allowlists to hits
//! and fields, `baseline` records and compares keyed hashes of what was
//! found, and `redact` writes a copy with every finding replaced. `scan`
//! wires the stages together; `mask` is the only way a found value becomes
//! text.

pub mod aggregate;
pub mod allow;
pub mod baseline;
pub mod category;
pub mod chunk;
pub mod classify;
pub mod cli;
pub mod config;
pub mod container;
pub mod detect;
pub mod interrupt;
pub mod mask;
pub mod output;
pub mod parse;
pub mod part;
pub mod patterns;
pub mod progress;
pub mod read;
pub mod redact;
pub mod report;
pub mod sanitize;
pub mod scan;
pub mod settings;
pub mod shard;
pub mod sniff;
pub mod store;
pub mod walk;
