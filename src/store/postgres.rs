//! PostgreSQL through the synchronous `postgres` crate: connect read-only
//! and light (`default_transaction_read_only=on`, a `statement_timeout` and
//! a `lock_timeout`, so a scan never writes and never waits behind a
//! migration), the password from the URL, `PGPASSWORD` or the password file
//! as `psql` finds them; list tables and columns from the catalog with
//! row counts from the statistics (`pg_class.reltuples`, never `COUNT(*)`);
//! read a table with `COPY (SELECT …) TO STDOUT (FORMAT csv)`, streamed.
//! TLS as libpq does it (`sslmode`, `sslrootcert`): `pgtls`.

use super::sample::{Method, Plan, Sampling};
use super::{Column, Connection, Contents, Store, StoreOptions, Table, Target};
use crate::sniff::Format;
use postgres::config::Host;
use postgres::{Client, Config, NoTls};
use std::io::{self, Read};
use std::time::Duration;

/// PostgreSQL, named by `postgres://` and `postgresql://`.
pub struct Postgres;

impl Store for Postgres {
    fn schemes(&self) -> &'static [&'static str] {
        &["postgres", "postgresql"]
    }

    fn format(&self) -> Format {
        Format::Postgres
    }

    fn list(&self, t: &Target, opts: &StoreOptions) -> Result<Contents, String> {
        list(t, opts).map(Contents::Tables)
    }

    fn connect(&self, t: &Target, opts: &StoreOptions) -> Result<Box<dyn Connection>, String> {
        Ok(Box::new(Conn(connect(t, opts)?)))
    }

    fn reason(&self, e: &io::Error) -> String {
        e.get_ref()
            .and_then(|inner| inner.downcast_ref::<postgres::Error>())
            .map_or_else(|| e.to_string(), reason)
    }
}

/// A read-only connection.
struct Conn(Client);

impl Connection for Conn {
    fn read(
        &mut self,
        table: &Table,
        plan: Option<Plan>,
        sampling: Option<Sampling>,
        read: &mut dyn FnMut(&mut dyn Read),
    ) -> Result<Option<Plan>, String> {
        let seed = sampling.map_or(0, |s| s.seed);
        let statement = copy_statement(table, plan.as_ref(), seed);
        let mut reader = self.0.copy_out(statement.as_str()).map_err(|e| reason(&e))?;
        read(&mut reader);
        Ok(plan)
    }

    fn healthy(&self) -> bool {
        !self.0.is_closed()
    }
}

/// Types whose text is not text: binary and geometry columns are not read.
const NOT_TEXT: [(&str, &str); 8] = [
    ("bytea", "binary"),
    ("_bytea", "binary"),
    ("geometry", "geometry"),
    ("geography", "geometry"),
    ("raster", "raster"),
    ("box2d", "geometry"),
    ("box3d", "geometry"),
    ("lo", "large object"),
];

/// A connection to `t`, read-only, with the options' timeouts.
pub fn connect(t: &Target, opts: &StoreOptions) -> Result<Client, String> {
    let (url, tls) = super::pgtls::split(t.secret()).map_err(|e| format!("{}: {e}", t.label))?;
    let mut cfg: Config = url
        .parse()
        .map_err(|e| format!("{}: not a PostgreSQL URL: {e}", t.label))?;
    defaults(&mut cfg);
    let timeout_ms = opts.statement_timeout.as_millis().max(1);
    let options = format!(
        "{} -c default_transaction_read_only=on -c statement_timeout={timeout_ms} -c lock_timeout=10000 -c idle_in_transaction_session_timeout={timeout_ms}",
        cfg.get_options().unwrap_or("")
    );
    cfg.options(options.trim_start());
    cfg.application_name("pii-scan");
    if cfg.get_connect_timeout().is_none() {
        cfg.connect_timeout(Duration::from_secs(15));
    }
    let tls = super::pgtls::config(&tls).map_err(|e| format!("{}: {e}", t.label))?;
    let connected = match tls {
        None => cfg.connect(NoTls),
        Some(c) => cfg.connect(tokio_postgres_rustls::MakeRustlsConnect::new(c)),
    };
    let mut client = connected.map_err(|e| format!("{}: cannot connect: {}", t.label, reason(&e)))?;
    let ro: String = client
        .query_one("SHOW default_transaction_read_only", &[])
        .map_err(|e| format!("{}: {}", t.label, reason(&e)))?
        .get(0);
    if ro != "on" {
        return Err(format!("{}: the session could not be made read-only", t.label));
    }
    Ok(client)
}

/// What libpq fills in when the URL does not say: `PGHOST`, `PGPORT`,
/// `PGUSER`, `PGDATABASE`, the local socket, the login name; the password
/// from `PGPASSWORD`, then the password file.
fn defaults(cfg: &mut Config) {
    let env = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    if cfg.get_hosts().is_empty() {
        let host = env("PGHOST").unwrap_or_else(|| {
            ["/var/run/postgresql", "/tmp"]
                .into_iter()
                .find(|d| std::path::Path::new(d).join(".s.PGSQL.5432").exists())
                .unwrap_or("localhost")
                .to_string()
        });
        cfg.host(&host);
    }
    if cfg.get_ports().is_empty() {
        if let Some(p) = env("PGPORT").and_then(|p| p.parse().ok()) {
            cfg.port(p);
        }
    }
    if cfg.get_user().is_none() {
        let user = env("PGUSER")
            .or_else(|| env("USER"))
            .unwrap_or_else(|| "postgres".into());
        cfg.user(&user);
    }
    if cfg.get_dbname().is_none() {
        let db = env("PGDATABASE").unwrap_or_else(|| cfg.get_user().unwrap_or_default().to_string());
        cfg.dbname(&db);
    }
    if cfg.get_password().is_none() {
        let host = match cfg.get_hosts().first() {
            Some(Host::Tcp(h)) => h.clone(),
            Some(Host::Unix(_)) | None => "localhost".into(),
        };
        let port = cfg.get_ports().first().copied().unwrap_or(5432);
        let password = env("PGPASSWORD").or_else(|| {
            super::pgpass::lookup(
                &host,
                port,
                cfg.get_dbname().unwrap_or_default(),
                cfg.get_user().unwrap_or_default(),
            )
        });
        if let Some(p) = password {
            cfg.password(p);
        }
    }
}

/// The server's message, without the driver's wrapping.
pub fn reason(e: &postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => format!("{} ({})", db.message(), db.code().code()),
        None => {
            let s = e.to_string();
            match std::error::Error::source(e) {
                Some(src) if !s.contains(&src.to_string()) => format!("{s}: {src}"),
                _ => s,
            }
        }
    }
}

/// Every table and materialised view outside the system schemas, with its
/// columns, statistics and whether this login may read it. Partitioned
/// tables are read through their partitions (listed themselves).
pub fn list(t: &Target, opts: &StoreOptions) -> Result<Vec<Table>, String> {
    let mut client = connect(t, opts)?;
    let fail = |e: postgres::Error| format!("{}: cannot list tables: {}", t.label, reason(&e));
    let rows = client
        .query(
            "SELECT c.oid::int8, n.nspname::text, c.relname::text, c.reltuples::float8, c.relpages::int8,
                    has_table_privilege(c.oid, 'SELECT')
             FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE c.relkind IN ('r', 'm')
               AND n.nspname NOT IN ('pg_catalog', 'information_schema')
               AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'
             ORDER BY 2, 3",
            &[],
        )
        .map_err(fail)?;
    let columns = client
        .query(
            "SELECT a.attrelid::int8, a.attname::text, format_type(a.atttypid, a.atttypmod), t.typname::text
             FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
             JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'm')
               AND n.nspname NOT IN ('pg_catalog', 'information_schema')
             ORDER BY 1, a.attnum",
            &[],
        )
        .map_err(fail)?;
    let mut by_table: std::collections::HashMap<i64, Vec<Column>> = std::collections::HashMap::new();
    for c in &columns {
        let typname: String = c.get(3);
        by_table.entry(c.get(0)).or_default().push(Column {
            name: c.get(1),
            not_read: NOT_TEXT
                .iter()
                .find(|(t, _)| *t == typname)
                .map(|(_, what)| format!("{what} column ({typname}): not read")),
        });
    }
    Ok(rows
        .iter()
        .map(|r| {
            let (schema, name): (String, String) = (r.get(1), r.get(2));
            let tuples: f64 = r.get(3);
            let readable: bool = r.get(5);
            Table {
                unreadable: (!readable).then(|| "permission denied: this login has no SELECT on it".to_string()),
                columns: by_table.remove(&r.get::<_, i64>(0)).unwrap_or_default(),
                schema,
                name,
                // -1 (PostgreSQL 14+) or 0 with no pages: never analysed.
                rows_estimate: (tuples >= 0.0 && !(tuples == 0.0 && r.get::<_, i64>(4) > 0)).then_some(tuples as u64),
                pages: r.get::<_, i64>(4).max(0) as u64,
                key: None,
            }
        })
        .collect())
}

/// `"a""b"`: an identifier quoted.
fn quote(ident: &str) -> String {
    format!("\"{}\"", ident.replace('"', "\"\""))
}

/// The `COPY` that streams `table`'s readable columns as CSV, drawn by
/// `plan`.
pub fn copy_statement(table: &Table, plan: Option<&Plan>, seed: u64) -> String {
    let (sample, limit) = match plan {
        None => (String::new(), String::new()),
        Some(p) => match p.method {
            Method::All | Method::KeySeeks | Method::RandomOrder => (String::new(), String::new()),
            Method::Bernoulli => (
                format!(" TABLESAMPLE BERNOULLI ({}) REPEATABLE ({seed})", p.percent),
                String::new(),
            ),
            Method::System => (
                format!(" TABLESAMPLE SYSTEM ({}) REPEATABLE ({seed})", p.percent),
                String::new(),
            ),
            Method::FirstRows => (String::new(), format!(" LIMIT {}", p.limit.unwrap_or(0))),
        },
    };
    format!("COPY ({}{sample}{limit}) TO STDOUT (FORMAT csv)", table.select(quote))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copy_statements_quote_and_sample() {
        let t = Table {
            schema: "public".into(),
            name: "us\"ers".into(),
            columns: vec![
                Column {
                    name: "email".into(),
                    not_read: None,
                },
                Column {
                    name: "photo".into(),
                    not_read: Some("binary".into()),
                },
            ],
            rows_estimate: Some(1_000_000),
            pages: 100,
            unreadable: None,
            key: None,
        };
        assert_eq!(
            copy_statement(&t, None, 0),
            "COPY (SELECT \"email\" FROM \"public\".\"us\"\"ers\") TO STDOUT (FORMAT csv)"
        );
        let s = super::super::sample::Sampling {
            rows: 10_000,
            seed: 3,
            fast: false,
        };
        let plan = s.plan(t.rows_estimate);
        assert!(copy_statement(&t, Some(&plan), 3).contains("TABLESAMPLE BERNOULLI (1) REPEATABLE (3)"));
    }
}
