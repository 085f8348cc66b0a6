//! A data store's tables turned into origins: each readable table is one
//! CSV stream (`store::rows`) scanned by the one [`Scanner`], reported as
//! `URL!schema.table` with fields `schema.table.column`. Tables run several
//! at once on the pool, each on a connection taken from a small free list
//! (at most one per thread: `-j` bounds the connections). A table this
//! login may not read, a column that is not text, and a read that fails
//! part way (a statement timeout, a table dropped mid-scan) are listed in
//! `skipped`; the scan goes on. Sampled tables get a `sample::Note`.

use super::origin::{Origin, Rendered};
use super::{Outputs, Scanner, Source};
use crate::aggregate::Totals;
use crate::interrupt;
use crate::scan::window::Ctx;
use crate::sniff::Format;
use crate::store::sample::Note;
use crate::store::{rows::Rows, Connection, Contents, Listed, StoreOptions, Table, Target};
use rayon::prelude::*;
use std::sync::Mutex;

/// Scans every listed table of every store.
pub fn scan(
    pool: &rayon::ThreadPool,
    ctx: Ctx,
    out: Outputs,
    listed: &[Listed],
    opts: &StoreOptions,
    shard: Option<crate::shard::Shard>,
) -> Totals {
    let mut totals = Totals::new();
    let mut jobs = Vec::new();
    for l in listed {
        // A shard's tables: by `schema.table`, the same on every worker.
        let Contents::Tables(tables) = &l.contents else {
            continue;
        };
        for t in tables.iter().filter(|t| shard.is_none_or(|s| s.owns(&t.qualified()))) {
            let label = format!("{}!{}", l.target.label, t.qualified());
            if let Some(why) = &t.unreadable {
                totals.fail(label, why.clone());
                continue;
            }
            for c in t.columns.iter().filter(|c| c.not_read.is_some()) {
                totals.skip(format!("{label}.{}", c.name), c.not_read.clone().unwrap_or_default());
            }
            if t.read_columns().next().is_some() {
                jobs.push((&l.target, t, label));
            }
        }
    }
    let free: Mutex<Vec<(String, Box<dyn Connection>)>> = Mutex::new(Vec::new());
    let scanned = pool.install(|| {
        jobs.par_iter()
            .with_max_len(1)
            .fold(
                || (Scanner::new(ctx, out), Vec::new()),
                |(mut scanner, mut notes), (target, table, label)| {
                    if !interrupt::requested() {
                        if let Some(n) = table_scan(&mut scanner, &free, target, table, label, opts) {
                            notes.push(n);
                        }
                    }
                    (scanner, notes)
                },
            )
            .map(|(mut scanner, notes)| {
                let mut t = scanner.take().0;
                t.sampled = notes;
                t
            })
            .reduce(Totals::new, |mut a, b| {
                a.merge(b);
                a
            })
    });
    totals.merge(scanned);
    totals
}

/// One table, on a connection from `free` (or a new one).
fn table_scan(
    scanner: &mut Scanner,
    free: &Mutex<Vec<(String, Box<dyn Connection>)>>,
    target: &Target,
    table: &Table,
    label: &str,
    opts: &StoreOptions,
) -> Option<Note> {
    let taken = {
        let mut f = free.lock().unwrap_or_else(|e| e.into_inner());
        f.iter()
            .position(|(l, _)| *l == target.label)
            .map(|i| f.swap_remove(i).1)
    };
    let mut conn = match taken {
        Some(c) => c,
        None => match target.store.connect(target, opts) {
            Ok(c) => c,
            Err(e) => {
                scanner.sink.fail(label, e);
                return None;
            }
        },
    };
    let plan = opts.sample.map(|s| s.plan(table.rows_estimate));
    let columns: Vec<String> = table
        .read_columns()
        .map(|c| format!("{}.{}", table.qualified(), c.name))
        .collect();
    let origin = Origin {
        label: label.to_string(),
        name: format!("{}.csv", table.qualified()),
        size: None,
        depth: 0,
        rendered: Some(Rendered {
            parse_as: Format::TableCsv,
            report_as: target.store.format(),
            bytes: None,
        }),
    };
    let (mut read, mut failed) = (0, None);
    let drawn = conn.read(table, plan, opts.sample, &mut |reader| {
        let mut rows = Rows::new(&columns, reader);
        scanner.scan_top(&origin, Source::Stream(&mut rows));
        read = rows.records;
        failed = rows.error.take().map(|e| {
            format!(
                "read stopped after {} rows: {}",
                rows.records,
                target.store.reason(&e)
            )
        });
    });
    let drawn = match drawn {
        Ok(d) => d,
        Err(why) => {
            failed = Some(format!("cannot be read: {why}"));
            None
        }
    };
    let healthy = failed.is_none() && conn.healthy();
    if let Some(why) = failed {
        scanner.sink.fail(label, why);
    }
    if healthy {
        free.lock()
            .unwrap_or_else(|e| e.into_inner())
            .push((target.label.clone(), conn));
    }
    let plan = drawn?;
    let seed = opts.sample.map_or(0, |s| s.seed);
    Some(Note::new(
        label.to_string(),
        plan,
        read,
        table.rows_estimate,
        table.pages,
        seed,
    ))
}
