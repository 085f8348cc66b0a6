//! Data stores read where they live. A `postgres://` (or `postgresql://`),
//! `mysql://` (or `mariadb://`) or `s3://bucket/prefix` URL on the command
//! line is a root like a directory; this module owns
//! what such a root is — the [`Store`] its scheme names, its connection
//! string (a secret), and the label every output shows instead, with the
//! password masked — and what is read from it: each table, listed before
//! the walk so that an unreachable server or a refused login stops the run
//! (exit 2), then read as CSV whose header names every column
//! `schema.table.column`, so a table's columns are classified exactly as a
//! dump's; a bucket's objects are listed the same way. `scan::store` and
//! `scan::objects` feed them to the scanner; `sample` says what a sample of
//! a table is worth.
//!
//! A store is one module implementing [`Store`] (and [`Connection`] for
//! tables, or [`Bucket`] for objects), registered by one line in
//! [`STORES`]; its driver is a Cargo feature of the crate.

#[cfg(feature = "mysql")]
mod mycnf;
#[cfg(feature = "mysql")]
pub mod mysql;
#[cfg(feature = "postgres")]
mod pgpass;
#[cfg(feature = "postgres")]
pub mod pgtls;
#[cfg(feature = "postgres")]
pub mod postgres;
pub mod rows;
#[cfg(feature = "s3")]
pub mod s3;
pub mod sample;

use crate::sniff::Format;
use std::fmt;
use std::io::{self, Read};
use std::time::Duration;

/// Every store this build reads, by the schemes that name it.
pub static STORES: &[&dyn Store] = &[
    #[cfg(feature = "postgres")]
    &postgres::Postgres,
    #[cfg(feature = "mysql")]
    &mysql::Mysql,
    #[cfg(feature = "s3")]
    &s3::S3,
];

/// Schemes of stores a build may leave out, and the feature that reads
/// them: such a URL is refused with the feature to turn on, not taken
/// for a path.
const FEATURES: &[(&str, &str)] = &[
    ("postgres", "postgres"),
    ("postgresql", "postgres"),
    ("mysql", "mysql"),
    ("mariadb", "mysql"),
    ("s3", "s3"),
];

/// A kind of data store: the URL schemes that name it, how what it holds
/// is listed, and how it is read.
pub trait Store: Sync {
    /// The URL schemes (lowercase) that name it.
    fn schemes(&self) -> &'static [&'static str];

    /// The report's `format` of its tables.
    fn format(&self) -> Format {
        Format::TableCsv
    }

    /// Connects and lists its tables or objects. An unreachable server, a
    /// refused login or a catalog or listing that cannot be read is an
    /// error for the run.
    fn list(&self, t: &Target, opts: &StoreOptions) -> Result<Contents, String>;

    /// A connection that streams tables (a store of tables only).
    fn connect(&self, t: &Target, _opts: &StoreOptions) -> Result<Box<dyn Connection>, String> {
        Err(format!("{}: an object store has no tables", t.label))
    }

    /// Why a stream from it stopped, in the driver's words.
    fn reason(&self, e: &io::Error) -> String {
        e.to_string()
    }
}

/// An open connection to a store of tables.
pub trait Connection: Send {
    /// Streams `table`'s readable columns as CSV rows (no header) into
    /// `read`, drawn by `plan`; returns how they were drawn in the end, or
    /// why the read could not start.
    fn read(
        &mut self,
        table: &Table,
        plan: Option<sample::Plan>,
        sampling: Option<sample::Sampling>,
        read: &mut dyn FnMut(&mut dyn Read),
    ) -> Result<Option<sample::Plan>, String>;

    /// Whether it can serve another table.
    fn healthy(&self) -> bool {
        true
    }
}

/// A bucket of objects, reachable.
pub trait Bucket: Send + Sync {
    /// What the report calls `o` (`s3://bucket/key`).
    fn label(&self, o: &Object) -> String;

    /// The object's bytes as a stream, or why its read could not start.
    fn reader(&self, o: &Object) -> Result<Box<dyn ObjectRead>, String>;
}

/// An object's body. An error part way ends the stream (the bytes before
/// it are scanned) and is kept for the caller to list.
pub trait ObjectRead: Read {
    /// Bytes handed out so far.
    fn bytes_read(&self) -> u64;

    /// Why the body stopped early, if it did.
    fn stopped(&mut self) -> Option<String>;
}

/// An object listed under a bucket's prefix.
#[derive(Clone, Debug)]
pub struct Object {
    pub key: String,
    pub size: u64,
}

/// What a store holds.
pub enum Contents {
    Tables(Vec<Table>),
    Objects(Box<dyn Bucket>, Vec<Object>),
}

/// A store named on the command line.
#[derive(Clone)]
pub struct Target {
    pub store: &'static dyn Store,
    /// The URL as given, password included: only ever handed to the driver.
    secret: String,
    /// The URL with its password masked: what every output shows.
    pub label: String,
}

impl fmt::Debug for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Target")
            .field("store", &self.store.schemes()[0])
            .field("label", &self.label)
            .finish()
    }
}

impl Target {
    /// The store `arg` names, `Ok(None)` when it is a path, or why a store
    /// URL cannot be read by this build (its feature is off).
    pub fn resolve(arg: &str) -> Result<Option<Target>, String> {
        let Some((scheme, _)) = arg.split_once("://") else {
            return Ok(None);
        };
        let scheme = scheme.to_ascii_lowercase();
        let Some(store) = STORES.iter().find(|s| s.schemes().contains(&scheme.as_str())) else {
            return match FEATURES.iter().find(|(s, _)| *s == scheme) {
                Some((_, feature)) => Err(format!(
                    "{}: this pii-scan was built without the `{feature}` feature, which reads {scheme}:// stores",
                    mask(arg)
                )),
                None => Ok(None),
            };
        };
        Ok(Some(Target {
            store: *store,
            secret: arg.to_string(),
            label: mask(arg),
        }))
    }

    pub(crate) fn secret(&self) -> &str {
        &self.secret
    }
}

/// Whether a command-line root is a store URL rather than a path (one this
/// build cannot read included).
pub fn is_url(arg: &str) -> bool {
    !matches!(Target::resolve(arg), Ok(None))
}

/// `scheme://user:secret@host/db?password=x` → `scheme://user:***@host/db?password=***`.
pub fn mask(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    let (authority, tail) = match rest.find(['/', '?']) {
        Some(i) => rest.split_at(i),
        None => (rest, ""),
    };
    let authority = match authority.rsplit_once('@') {
        Some((userinfo, host)) => match userinfo.split_once(':') {
            Some((user, _)) => format!("{user}:***@{host}"),
            None => format!("{userinfo}@{host}"),
        },
        None => authority.to_string(),
    };
    let tail = match tail.split_once('?') {
        Some((path, query)) => {
            let query: Vec<String> = query
                .split('&')
                .map(|kv| match kv.split_once('=') {
                    Some((k, _)) if k.eq_ignore_ascii_case("password") || k.eq_ignore_ascii_case("sslpassword") => {
                        format!("{k}=***")
                    }
                    _ => kv.to_string(),
                })
                .collect();
            format!("{path}?{}", query.join("&"))
        }
        None => tail.to_string(),
    };
    format!("{scheme}://{authority}{tail}")
}

/// How stores are read.
#[derive(Clone, Debug)]
pub struct StoreOptions {
    /// `--sample N`: rows per table, drawn as `sample` says.
    pub sample: Option<sample::Sampling>,
    /// The longest one statement (or one object request) may run (the
    /// server cancels it).
    pub statement_timeout: Duration,
    /// `--s3-endpoint`: an S3-compatible server (over `AWS_ENDPOINT_URL`).
    pub s3_endpoint: Option<String>,
}

impl Default for StoreOptions {
    fn default() -> Self {
        StoreOptions {
            sample: None,
            statement_timeout: Duration::from_secs(3600),
            s3_endpoint: None,
        }
    }
}

/// A column of a table, and whether it is read.
#[derive(Clone, Debug)]
pub struct Column {
    pub name: String,
    /// Why it is not read (binary and geometry columns), if it is not.
    pub not_read: Option<String>,
}

/// A table of a store, as listed from the catalog.
#[derive(Clone, Debug)]
pub struct Table {
    pub schema: String,
    pub name: String,
    pub columns: Vec<Column>,
    /// Rows by the server's statistics; `None` when it has none (a table
    /// never analysed).
    pub rows_estimate: Option<u64>,
    /// Pages (blocks) by the statistics.
    pub pages: u64,
    /// Why it cannot be read (no SELECT permission), if it cannot.
    pub unreadable: Option<String>,
    /// A single-column integer primary key (MySQL samples seek on it).
    pub key: Option<String>,
}

impl Table {
    /// `schema.table`.
    pub fn qualified(&self) -> String {
        format!("{}.{}", self.schema, self.name)
    }

    /// The columns that are read (text), in table order.
    pub fn read_columns(&self) -> impl Iterator<Item = &Column> {
        self.columns.iter().filter(|c| c.not_read.is_none())
    }

    /// `SELECT a, b FROM schema.table` over the read columns, identifiers
    /// quoted as the server's dialect does (`quote`).
    pub fn select(&self, quote: fn(&str) -> String) -> String {
        let cols: Vec<String> = self.read_columns().map(|c| quote(&c.name)).collect();
        format!(
            "SELECT {} FROM {}.{}",
            cols.join(", "),
            quote(&self.schema),
            quote(&self.name)
        )
    }
}

/// A store's tables (a database) or objects (a bucket), listed before
/// anything is read.
pub struct Listed {
    pub target: Target,
    pub contents: Contents,
}

/// Connects to every store and lists its tables or objects (see
/// [`Store::list`]).
pub fn list(targets: &[Target], opts: &StoreOptions) -> Result<Vec<Listed>, String> {
    targets
        .iter()
        .map(|t| {
            Ok(Listed {
                target: t.clone(),
                contents: t.store.list(t, opts)?,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(all(feature = "postgres", feature = "mysql", feature = "s3"))]
    fn passwords_are_masked_and_paths_are_not_urls() {
        assert_eq!(
            mask("postgres://ana:s3cr%40t@db.internal:5433/shop?sslmode=require&password=x"),
            "postgres://ana:***@db.internal:5433/shop?sslmode=require&password=***"
        );
        assert_eq!(mask("postgresql://ana@h/db"), "postgresql://ana@h/db");
        assert_eq!(mask("postgres://h"), "postgres://h");
        let t = Target::resolve("postgres://u:pw@h/db").unwrap().unwrap();
        assert_eq!(t.label, "postgres://u:***@h/db");
        assert!(!format!("{t:?}").contains("pw"));
        assert!(Target::resolve("./dump").unwrap().is_none() && Target::resolve("file://x").unwrap().is_none());
        assert!(is_url("POSTGRESQL://h/db"));
        assert!(Target::resolve("s3://b/p").unwrap().is_some() && Target::resolve("MariaDB://h/db").unwrap().is_some());
    }
}
