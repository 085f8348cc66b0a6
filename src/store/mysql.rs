//! MySQL and MariaDB through the synchronous `mysql` crate: connect
//! read-only and light (`SET SESSION TRANSACTION READ ONLY`, the server's
//! statement time limit — `max_execution_time` on MySQL,
//! `max_statement_time` on MariaDB — and a short `lock_wait_timeout`), the
//! password from the URL, `MYSQL_PWD` or the `[client]` section of
//! `~/.my.cnf` as the native client finds them; list tables and columns
//! from `information_schema` with row counts from its statistics
//! (`TABLE_ROWS`, never `COUNT(*)`); read a table as a streamed text-protocol
//! result rendered as CSV. A sample draws random primary-key values on an
//! integer key (row-random, and cheap: index seeks), else orders by
//! `RAND(seed)` (row-random, but every row is read), and says which.

use super::sample::{Method, Plan, Sampling};
use super::{Column, Connection, Contents, Store, StoreOptions, Table, Target};
use crate::sniff::Format;
use mysql::prelude::Queryable;
use mysql::{Conn, Opts, OptsBuilder, Row, Value};
use std::collections::{HashSet, VecDeque};
use std::io::{self, Read};
use std::time::Duration;

/// MySQL and MariaDB, named by `mysql://` and `mariadb://`.
pub struct Mysql;

impl Store for Mysql {
    fn schemes(&self) -> &'static [&'static str] {
        &["mysql", "mariadb"]
    }

    fn format(&self) -> Format {
        Format::Mysql
    }

    fn list(&self, t: &Target, opts: &StoreOptions) -> Result<Contents, String> {
        list(t, opts).map(Contents::Tables)
    }

    fn connect(&self, t: &Target, opts: &StoreOptions) -> Result<Box<dyn Connection>, String> {
        Ok(Box::new(connect(t, opts)?))
    }
}

impl Connection for Conn {
    fn read(
        &mut self,
        table: &Table,
        plan: Option<Plan>,
        sampling: Option<Sampling>,
        rows: &mut dyn FnMut(&mut dyn Read),
    ) -> Result<Option<Plan>, String> {
        read(self, table, plan, sampling, rows)
    }
}

/// Types whose text is not text.
const NOT_TEXT: [(&str, &str); 14] = [
    ("tinyblob", "binary"),
    ("blob", "binary"),
    ("mediumblob", "binary"),
    ("longblob", "binary"),
    ("binary", "binary"),
    ("varbinary", "binary"),
    ("geometry", "geometry"),
    ("point", "geometry"),
    ("linestring", "geometry"),
    ("polygon", "geometry"),
    ("multipoint", "geometry"),
    ("multilinestring", "geometry"),
    ("multipolygon", "geometry"),
    ("geometrycollection", "geometry"),
];

const INTEGER: [&str; 5] = ["tinyint", "smallint", "mediumint", "int", "bigint"];

const SYSTEM_SCHEMAS: &str = "'mysql', 'information_schema', 'performance_schema', 'sys'";

/// The server's message, without the driver's wrapping.
pub fn reason(e: &mysql::Error) -> String {
    match e {
        mysql::Error::MySqlError(m) => format!("{} ({})", m.message, m.code),
        e => e.to_string(),
    }
}

/// A connection to `t`, read-only, with the options' time limits.
pub fn connect(t: &Target, opts: &StoreOptions) -> Result<Conn, String> {
    let url = t
        .secret()
        .replacen("mariadb://", "mysql://", 1)
        .replacen("MARIADB://", "mysql://", 1);
    let parsed = Opts::from_url(&url).map_err(|e| format!("{}: not a MySQL URL: {e}", t.label))?;
    let cnf = super::mycnf::client();
    let env = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    let mut b = OptsBuilder::from_opts(parsed.clone())
        .prefer_socket(false)
        .tcp_connect_timeout(Some(Duration::from_secs(15)));
    if parsed.get_user().is_none() {
        b = b.user(cnf.get("user").cloned().or_else(|| env("USER")));
    }
    if parsed.get_pass().is_none() {
        b = b.pass(env("MYSQL_PWD").or_else(|| cnf.get("password").cloned()));
    }
    let mut conn = Conn::new(b).map_err(|e| format!("{}: cannot connect: {}", t.label, reason(&e)))?;
    let fail = |e: mysql::Error| format!("{}: {}", t.label, reason(&e));
    let version: String = conn.query_first("SELECT VERSION()").map_err(fail)?.unwrap_or_default();
    let secs = opts.statement_timeout.as_secs().max(1);
    let limit = if version.contains("MariaDB") {
        format!("SET SESSION max_statement_time = {secs}")
    } else {
        format!("SET SESSION max_execution_time = {}", secs * 1000)
    };
    for sql in [
        "SET SESSION TRANSACTION READ ONLY",
        "SET SESSION lock_wait_timeout = 10",
        limit.as_str(),
    ] {
        conn.query_drop(sql).map_err(fail)?;
    }
    Ok(conn)
}

/// Every base table outside the system schemas (of the URL's database
/// when it names one), with its columns and statistics.
pub fn list(t: &Target, opts: &StoreOptions) -> Result<Vec<Table>, String> {
    let mut conn = connect(t, opts)?;
    let fail = |e: mysql::Error| format!("{}: cannot list tables: {}", t.label, reason(&e));
    let only: Option<String> = conn.query_first("SELECT DATABASE()").map_err(fail)?.flatten();
    let filter = match &only {
        Some(db) => format!("TABLE_SCHEMA = '{}'", db.replace('\\', "\\\\").replace('\'', "''")),
        None => format!("TABLE_SCHEMA NOT IN ({SYSTEM_SCHEMAS})"),
    };
    let tables: Vec<(String, String, Option<u64>, Option<u64>)> = conn
        .query(format!(
            "SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_ROWS, DATA_LENGTH FROM information_schema.TABLES
             WHERE TABLE_TYPE = 'BASE TABLE' AND {filter} ORDER BY 1, 2"
        ))
        .map_err(fail)?;
    let columns: Vec<(String, String, String, String, String)> = conn
        .query(format!(
            "SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, DATA_TYPE, COLUMN_KEY FROM information_schema.COLUMNS
             WHERE {filter} ORDER BY TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION"
        ))
        .map_err(fail)?;
    Ok(tables
        .into_iter()
        .map(|(schema, name, rows, bytes)| {
            let mine: Vec<_> = columns.iter().filter(|c| c.0 == schema && c.1 == name).collect();
            let keys: Vec<_> = mine.iter().filter(|c| c.4 == "PRI").collect();
            let key = match keys.as_slice() {
                [k] if INTEGER.contains(&k.3.to_ascii_lowercase().as_str()) => Some(k.2.clone()),
                _ => None,
            };
            Table {
                columns: mine
                    .iter()
                    .map(|c| {
                        let ty = c.3.to_ascii_lowercase();
                        Column {
                            name: c.2.clone(),
                            not_read: NOT_TEXT
                                .iter()
                                .find(|(t, _)| *t == ty)
                                .map(|(_, what)| format!("{what} column ({ty}): not read")),
                        }
                    })
                    .collect(),
                schema,
                name,
                rows_estimate: rows,
                pages: bytes.unwrap_or(0) / 16384,
                unreadable: None,
                key,
            }
        })
        .collect())
}

/// `` `a``b` ``: an identifier quoted.
fn quote(ident: &str) -> String {
    format!("`{}`", ident.replace('`', "``"))
}

/// Streams `table` as CSV rows into `read`; returns how the rows were
/// drawn (a sample's plan becomes a key-seek or random-order plan here).
pub fn read(
    conn: &mut Conn,
    table: &Table,
    plan: Option<Plan>,
    sampling: Option<Sampling>,
    read: &mut dyn FnMut(&mut dyn Read),
) -> Result<Option<Plan>, String> {
    let base = table.select(quote);
    let seed = sampling.map_or(0, |s| s.seed);
    let sampled = plan.filter(|p| p.method != Method::All);
    let Some(plan) = sampled else {
        let rows = conn.query_iter(base).map_err(|e| reason(&e))?;
        read(&mut Csv::new(rows.map(|r| r.map_err(|e| reason(&e)))));
        return Ok(plan);
    };
    let n = sampling.map_or(0, |s| s.rows);
    match (&table.key, plan.method) {
        (Some(key), Method::Bernoulli | Method::System) => {
            let q = quote(key);
            let (lo, hi): (Option<i64>, Option<i64>) = conn
                .query_first(format!(
                    "SELECT MIN({q}), MAX({q}) FROM {}.{}",
                    quote(&table.schema),
                    quote(&table.name)
                ))
                .map_err(|e| reason(&e))?
                .unwrap_or((None, None));
            let (Some(lo), Some(hi)) = (lo, hi) else {
                return Ok(Some(plan));
            };
            let seeks = KeySeeks {
                conn,
                base: format!("{base} WHERE {q} IN "),
                lo,
                hi,
                want: n,
                found: 0,
                tried: HashSet::new(),
                rng: seed ^ 0x9E37_79B9_7F4A_7C15,
                queue: VecDeque::new(),
                done: false,
            };
            read(&mut Csv::new(seeks));
            Ok(Some(Plan {
                method: Method::KeySeeks,
                ..plan
            }))
        }
        _ => {
            let rows = conn
                .query_iter(format!("{base} ORDER BY RAND({seed}) LIMIT {n}"))
                .map_err(|e| reason(&e))?;
            read(&mut Csv::new(rows.map(|r| r.map_err(|e| reason(&e)))));
            Ok(Some(Plan {
                method: Method::RandomOrder,
                ..plan
            }))
        }
    }
}

/// Rows drawn by random values of an integer primary key, uniform over
/// `lo..=hi` and never the same value twice: every row has the same chance,
/// whatever the gaps. Gives up after 50 tries per wanted row (a sparse key).
struct KeySeeks<'c> {
    conn: &'c mut Conn,
    base: String,
    lo: i64,
    hi: i64,
    want: u64,
    found: u64,
    tried: HashSet<i64>,
    rng: u64,
    queue: VecDeque<Row>,
    done: bool,
}

impl KeySeeks<'_> {
    /// splitmix64.
    fn next_random(&mut self) -> u64 {
        self.rng = self.rng.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.rng;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn batch(&mut self) -> Result<(), String> {
        let span = (self.hi as i128 - self.lo as i128 + 1) as u128;
        let left = self.want.saturating_sub(self.found);
        let size = (left.saturating_mul(2)).clamp(1, 1000);
        let mut keys = Vec::new();
        while (keys.len() as u64) < size && (self.tried.len() as u128) < span {
            let k = (self.lo as i128 + (self.next_random() as u128 % span) as i128) as i64;
            if self.tried.insert(k) {
                keys.push(k.to_string());
            }
        }
        if keys.is_empty() || self.tried.len() as u64 > self.want.saturating_mul(50) {
            self.done = true;
            return Ok(());
        }
        let rows: Vec<Row> = self
            .conn
            .query(format!("{}({})", self.base, keys.join(",")))
            .map_err(|e| reason(&e))?;
        self.queue.extend(rows);
        Ok(())
    }
}

impl Iterator for KeySeeks<'_> {
    type Item = Result<Row, String>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.found >= self.want {
                return None;
            }
            if let Some(r) = self.queue.pop_front() {
                self.found += 1;
                return Some(Ok(r));
            }
            if self.done {
                return None;
            }
            if let Err(e) = self.batch() {
                self.done = true;
                return Some(Err(e));
            }
        }
    }
}

/// Rows rendered as CSV: every value quoted, NULL empty.
struct Csv<I> {
    rows: I,
    buf: Vec<u8>,
    at: usize,
    /// An error met after rows already rendered: given once they are read.
    pending: Option<String>,
}

impl<I: Iterator<Item = Result<Row, String>>> Csv<I> {
    fn new(rows: I) -> Self {
        Csv {
            rows,
            buf: Vec::new(),
            at: 0,
            pending: None,
        }
    }

    fn render(&mut self, row: Row) {
        for (i, v) in row.unwrap().into_iter().enumerate() {
            if i > 0 {
                self.buf.push(b',');
            }
            let text = match v {
                Value::NULL => continue,
                Value::Bytes(b) => b,
                Value::Int(n) => n.to_string().into_bytes(),
                Value::UInt(n) => n.to_string().into_bytes(),
                Value::Float(f) => f.to_string().into_bytes(),
                Value::Double(f) => f.to_string().into_bytes(),
                Value::Date(y, mo, d, h, mi, s, us) => {
                    format!("{y:04}-{mo:02}-{d:02} {h:02}:{mi:02}:{s:02}.{us:06}").into_bytes()
                }
                Value::Time(neg, d, h, mi, s, us) => format!(
                    "{}{}:{mi:02}:{s:02}.{us:06}",
                    if neg { "-" } else { "" },
                    d * 24 + u32::from(h)
                )
                .into_bytes(),
            };
            self.buf.push(b'"');
            for b in text {
                if b == b'"' {
                    self.buf.push(b'"');
                }
                self.buf.push(b);
            }
            self.buf.push(b'"');
        }
        self.buf.push(b'\n');
    }
}

impl<I: Iterator<Item = Result<Row, String>>> Read for Csv<I> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        while self.at == self.buf.len() {
            self.buf.clear();
            self.at = 0;
            if let Some(e) = self.pending.take() {
                return Err(io::Error::other(e));
            }
            // A few rows per call, so reads are large.
            while self.buf.len() < 64 << 10 {
                match self.rows.next() {
                    Some(Ok(row)) => self.render(row),
                    Some(Err(e)) => {
                        if self.buf.is_empty() {
                            return Err(io::Error::other(e));
                        }
                        self.pending = Some(e);
                        break;
                    }
                    None => break,
                }
            }
            if self.buf.is_empty() {
                return Ok(0);
            }
        }
        let n = out.len().min(self.buf.len() - self.at);
        out[..n].copy_from_slice(&self.buf[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}
