//! Data stores read where they live. A `postgres://` (or `postgresql://`),
//! `mysql://` (or `mariadb://`) or `s3://bucket/prefix` URL on the command
//! line is a root like a directory; this module owns
//! what such a root is — its kind, its connection string (a secret), and the
//! label every output shows instead, with the password masked — and what is
//! read from it: each table, listed before the walk so that an unreachable
//! server or a refused login stops the run (exit 2), then read as CSV whose
//! header names every column `schema.table.column`, so a table's columns are
//! classified exactly as a dump's; a bucket's objects are listed the same
//! way (`s3`). `scan::store` and `scan::objects` feed them to the scanner;
//! `sample` says what a sample of a table is worth.

mod mycnf;
pub mod mysql;
mod pgpass;
pub mod pgtls;
pub mod postgres;
pub mod rows;
pub mod s3;
pub mod sample;

use std::fmt;
use std::time::Duration;

/// Which kind of store a URL names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Postgres,
    /// MySQL or MariaDB.
    Mysql,
    /// S3 or an S3-compatible object store.
    S3,
}

/// A store named on the command line.
#[derive(Clone)]
pub struct Target {
    pub kind: Kind,
    /// The URL as given, password included: only ever handed to the driver.
    secret: String,
    /// The URL with its password masked: what every output shows.
    pub label: String,
}

impl fmt::Debug for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Target")
            .field("kind", &self.kind)
            .field("label", &self.label)
            .finish()
    }
}

impl Target {
    /// The store `arg` names, or `None` when it is a path.
    pub fn parse(arg: &str) -> Option<Target> {
        let (scheme, _) = arg.split_once("://")?;
        let kind = match scheme.to_ascii_lowercase().as_str() {
            "postgres" | "postgresql" => Kind::Postgres,
            "mysql" | "mariadb" => Kind::Mysql,
            "s3" => Kind::S3,
            _ => return None,
        };
        Some(Target {
            kind,
            secret: arg.to_string(),
            label: mask(arg),
        })
    }

    pub(crate) fn secret(&self) -> &str {
        &self.secret
    }
}

/// Whether a command-line root is a store URL rather than a path.
pub fn is_url(arg: &str) -> bool {
    Target::parse(arg).is_some()
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

/// An open connection to a store.
pub enum Conn {
    Postgres(Box<::postgres::Client>),
    Mysql(::mysql::Conn),
}

impl Conn {
    pub fn open(t: &Target, opts: &StoreOptions) -> Result<Conn, String> {
        Ok(match t.kind {
            Kind::Postgres => Conn::Postgres(Box::new(postgres::connect(t, opts)?)),
            Kind::Mysql => Conn::Mysql(mysql::connect(t, opts)?),
            Kind::S3 => return Err(format!("{}: an object store has no tables", t.label)),
        })
    }

    /// Streams `table`'s readable columns as CSV rows (no header) into
    /// `read`, drawn by `plan`; returns how they were drawn in the end, or
    /// why the read could not start.
    pub fn read(
        &mut self,
        table: &Table,
        plan: Option<sample::Plan>,
        sampling: Option<sample::Sampling>,
        read: &mut dyn FnMut(&mut dyn std::io::Read),
    ) -> Result<Option<sample::Plan>, String> {
        match self {
            Conn::Postgres(c) => {
                let seed = sampling.map_or(0, |s| s.seed);
                let statement = postgres::copy_statement(table, plan.as_ref(), seed);
                let mut reader = c.copy_out(statement.as_str()).map_err(|e| postgres::reason(&e))?;
                read(&mut reader);
                Ok(plan)
            }
            Conn::Mysql(c) => mysql::read(c, table, plan, sampling, read),
        }
    }

    /// Whether it can serve another table.
    pub fn healthy(&self) -> bool {
        match self {
            Conn::Postgres(c) => !c.is_closed(),
            Conn::Mysql(_) => true,
        }
    }
}

/// Why a stream from a store stopped: the driver's own message.
pub fn io_reason(e: &std::io::Error) -> String {
    e.get_ref()
        .and_then(|inner| inner.downcast_ref::<::postgres::Error>())
        .map_or_else(|| e.to_string(), postgres::reason)
}

/// A store's tables (a database) or objects (a bucket), listed before
/// anything is read.
pub struct Listed {
    pub target: Target,
    pub tables: Vec<Table>,
    pub objects: Option<(s3::Bucket, Vec<s3::Object>)>,
}

/// Connects to every store and lists its tables or objects. An unreachable
/// server, a refused login or a catalog or listing that cannot be read is
/// an error for the run.
pub fn list(targets: &[Target], opts: &StoreOptions) -> Result<Vec<Listed>, String> {
    targets
        .iter()
        .map(|t| {
            let (tables, objects) = match t.kind {
                Kind::Postgres => (postgres::list(t, opts)?, None),
                Kind::Mysql => (mysql::list(t, opts)?, None),
                Kind::S3 => {
                    let bucket = s3::open(t, opts)?;
                    let objects = bucket.list()?;
                    (Vec::new(), Some((bucket, objects)))
                }
            };
            Ok(Listed {
                target: t.clone(),
                tables,
                objects,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_masked_and_paths_are_not_urls() {
        assert_eq!(
            mask("postgres://ana:s3cr%40t@db.internal:5433/shop?sslmode=require&password=x"),
            "postgres://ana:***@db.internal:5433/shop?sslmode=require&password=***"
        );
        assert_eq!(mask("postgresql://ana@h/db"), "postgresql://ana@h/db");
        assert_eq!(mask("postgres://h"), "postgres://h");
        let t = Target::parse("postgres://u:pw@h/db").unwrap();
        assert_eq!(t.label, "postgres://u:***@h/db");
        assert!(!format!("{t:?}").contains("pw"));
        assert!(Target::parse("./dump").is_none() && Target::parse("file://x").is_none());
        assert!(is_url("POSTGRESQL://h/db"));
    }
}
