//! Tables that are not text, copied redacted cell by cell: an SQLite
//! database (a copy with the changed values updated in place, its schema,
//! indexes and row ids intact, old values wiped by `secure_delete`) and an
//! XLSX workbook (every sheet rewritten with `rust_xlsxwriter`: the same
//! cells at the same places, numbers still numbers, dates still dates;
//! formulas, styles and merged cells are not carried over). Each table is
//! rendered as the scan renders it (`container::table`: SQL rows, fields
//! `table.column`), that text redacted as any dump is, and the values read
//! back, so a cell is replaced exactly where a scan reports it.

use super::Job;
use crate::container::table::{cell_text, layout, value_text, Layout, SqlRows};
use crate::container::IN_MEMORY;
use crate::parse::{Event, Names, Parser};
use crate::scan::Scanner;
use std::collections::HashMap;
use std::path::Path;

/// A cell: (row, column) within its table.
type At = (usize, usize);

/// The cells of one table whose redacted value differs, and the values
/// replaced. `create` is the table's declaration, where it has one (its
/// types and keys shape the replacements: `redact::fit`).
fn redact_rows(
    job: &Job,
    scanner: &mut Scanner,
    name: &Path,
    create: Option<&str>,
    table: &str,
    columns: &[String],
    rows: &[Vec<Option<Vec<u8>>>],
) -> Result<(HashMap<At, Vec<u8>>, u64), String> {
    let mut text = Vec::new();
    if let Some(c) = create {
        text.extend_from_slice(c.as_bytes());
        text.extend_from_slice(b";\n");
    }
    let sql = SqlRows::new(table, columns);
    let mut at = Vec::new();
    for (r, row) in rows.iter().enumerate() {
        sql.row(&mut text, row.iter().map(|c| c.as_deref()));
        at.extend(row.iter().enumerate().filter(|(_, c)| c.is_some()).map(|(k, _)| (r, k)));
        if text.len() > IN_MEMORY {
            return Err(format!(
                "table {table} renders past {IN_MEMORY} bytes: too large to redact in memory"
            ));
        }
    }
    let (copy, replaced) = job.text(scanner, &name.with_extension("sql"), &text);
    let (before, after) = (values(&text), values(&copy));
    if before.len() != at.len() || after.len() != at.len() {
        return Err(format!("table {table}: its redacted rows do not read back cell for cell"));
    }
    let changed = at
        .into_iter()
        .zip(before.into_iter().zip(after))
        .filter(|(_, (b, a))| b != a)
        .map(|(at, (_, a))| (at, a))
        .collect();
    Ok((changed, replaced))
}

/// Every value of SQL rows `hay`, in order, unescaped as `SqlRows` wrote
/// them.
fn values(hay: &[u8]) -> Vec<Vec<u8>> {
    let mut parser = crate::parse::sql::Sql::new();
    let mut names = Names::default();
    let mut out = Vec::new();
    while let Some(ev) = parser.next(hay, &mut names) {
        if let Event::Value { start, end, .. } = ev {
            let mut v = Vec::with_capacity(end - start);
            let mut i = start;
            while i < end {
                if (hay[i] == b'\'' || hay[i] == b'\\') && i + 1 < end && hay[i + 1] == hay[i] {
                    i += 1;
                }
                v.push(hay[i]);
                i += 1;
            }
            out.push(v);
        }
    }
    out
}

/// The redacted copy of the SQLite database `raw`, and the values
/// replaced.
pub(super) fn sqlite(job: &Job, scanner: &mut Scanner, name: &Path, raw: &[u8]) -> Result<(Vec<u8>, u64), String> {
    use rusqlite::types::Value;
    let failed = |e: rusqlite::Error| format!("SQLite database: {e}: cannot be rewritten");
    let mut bytes = raw.to_vec();
    // A database in WAL mode is rewritten as a rollback-journal one: the
    // copy is a single file.
    if bytes.len() > 19 && bytes[18] == 2 {
        bytes[18] = 1;
        bytes[19] = 1;
    }
    let mut c = rusqlite::Connection::open_in_memory().map_err(failed)?;
    let len = bytes.len();
    c.deserialize_read_exact(rusqlite::MAIN_DB, &bytes[..], len, false)
        .map_err(|e| format!("cannot open SQLite database: {e}"))?;
    // Overwritten values are wiped from the file, not left in free space.
    c.pragma_update(None, "secure_delete", true).map_err(failed)?;
    let tables: Vec<(String, Option<String>)> = {
        let mut st = c
            .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            .map_err(failed)?;
        let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).map_err(failed)?;
        rows.collect::<Result<_, _>>().map_err(failed)?
    };
    // Every table's declaration heads each table's rows: a key another
    // table refers to is known as one.
    let schema: String = tables
        .iter()
        .filter_map(|(_, c)| c.as_deref())
        .collect::<Vec<_>>()
        .join(";\n");
    // Keys are replaced by the same keyed token in every table, so the
    // references still hold; they are not checked one update at a time.
    c.pragma_update(None, "foreign_keys", false).map_err(failed)?;
    let mut replaced = 0;
    for (table, _) in tables {
        let quoted = table.replace('"', "\"\"");
        let (columns, ids, rows, kinds) = {
            let mut st = c
                .prepare(&format!("SELECT rowid, * FROM \"{quoted}\""))
                .map_err(|e| format!("table {table}: {e}: cannot be rewritten"))?;
            let columns: Vec<String> = st.column_names().into_iter().skip(1).map(String::from).collect();
            let (mut ids, mut rows, mut kinds) = (Vec::new(), Vec::new(), Vec::new());
            let mut q = st.query([]).map_err(failed)?;
            while let Some(row) = q.next().map_err(failed)? {
                ids.push(row.get::<_, i64>(0).map_err(failed)?);
                let (mut cells, mut kind) = (Vec::new(), Vec::new());
                for k in 1..=columns.len() {
                    let v = row.get_ref(k).map_err(failed)?;
                    kind.push(v.data_type());
                    cells.push(value_text(v));
                }
                rows.push(cells);
                kinds.push(kind);
            }
            (columns, ids, rows, kinds)
        };
        let (changed, n) = redact_rows(job, scanner, name, Some(&schema), &table, &columns, &rows)?;
        replaced += n;
        for ((r, k), new) in changed {
            use rusqlite::types::Type;
            let text = String::from_utf8_lossy(&new).into_owned();
            let value = match kinds[r][k] {
                Type::Integer => text.parse().map(Value::Integer).unwrap_or(Value::Text(text)),
                Type::Real => text.parse().map(Value::Real).unwrap_or(Value::Text(text)),
                Type::Blob => Value::Blob(new),
                _ => Value::Text(text),
            };
            let column = columns[k].replace('"', "\"\"");
            c.execute(
                &format!("UPDATE \"{quoted}\" SET \"{column}\" = ?1 WHERE rowid = ?2"),
                rusqlite::params![value, ids[r]],
            )
            .map_err(|e| format!("table {table}: {e}: cannot be rewritten"))?;
        }
    }
    let data = c.serialize(rusqlite::MAIN_DB).map_err(failed)?;
    Ok((data.to_vec(), replaced))
}

/// The redacted copy of the XLSX workbook `raw`, and the values replaced.
pub(super) fn xlsx(job: &Job, scanner: &mut Scanner, name: &Path, raw: &[u8]) -> Result<(Vec<u8>, u64), String> {
    use calamine::{Data, Reader};
    let failed = |e: rust_xlsxwriter::XlsxError| format!("cannot write the workbook: {e}");
    let mut wb = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(raw))
        .map_err(|e| format!("corrupt spreadsheet: {e}"))?;
    let mut book = rust_xlsxwriter::Workbook::new();
    let date = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd hh:mm:ss");
    let mut replaced = 0;
    for sheet in wb.sheet_names() {
        let range = wb
            .worksheet_range(&sheet)
            .map_err(|e| format!("sheet {sheet} unreadable: {e}"))?;
        let (r0, c0) = range.start().unwrap_or((0, 0));
        let grid: Vec<&[Data]> = range.rows().collect();
        // Read as the scan reads it: the same header, title rows, columns.
        let (columns, order) = match layout(&grid) {
            Some(Layout { columns, rows }) => (columns, rows),
            None => (Vec::new(), Vec::new()),
        };
        let rows: Vec<Vec<Option<Vec<u8>>>> = order
            .iter()
            .map(|&i| {
                grid[i]
                    .iter()
                    .take(columns.len())
                    .map(cell_text)
                    .collect()
            })
            .collect();
        let (changed, n) = redact_rows(job, scanner, name, None, &sheet, &columns, &rows)?;
        replaced += n;
        // Sheet row -> its place among the rendered rows.
        let at: HashMap<usize, usize> = order.iter().enumerate().map(|(k, &i)| (i, k)).collect();
        let ws = book.add_worksheet();
        ws.set_name(&sheet).map_err(failed)?;
        for (ri, row) in grid.iter().enumerate() {
            for (ci, cell) in row.iter().enumerate() {
                let (r, c) = (r0 + ri as u32, (c0 as usize + ci) as u16);
                let new = at.get(&ri).and_then(|&k| changed.get(&(k, ci)));
                match (cell, new) {
                    (Data::Empty | Data::Error(_), _) => {}
                    (Data::Int(_) | Data::Float(_), Some(v)) if String::from_utf8_lossy(v).parse::<f64>().is_ok() => {
                        ws.write_number(r, c, String::from_utf8_lossy(v).parse::<f64>().unwrap_or(0.0))
                            .map_err(failed)?;
                    }
                    (Data::DateTime(_), Some(v)) if crate::detect::fiction_date::is_stand_in(v) => {
                        // 1970-01-01 or 1900-01-01 as Excel counts days.
                        let serial = if v.windows(4).any(|w| w == b"1900") { 1.0 } else { 25569.0 };
                        ws.write_number_with_format(r, c, serial, &date).map_err(failed)?;
                    }
                    (_, Some(v)) => {
                        ws.write_string(r, c, String::from_utf8_lossy(v)).map_err(failed)?;
                    }
                    (Data::Int(i), None) => {
                        ws.write_number(r, c, *i as f64).map_err(failed)?;
                    }
                    (Data::Float(f), None) => {
                        ws.write_number(r, c, *f).map_err(failed)?;
                    }
                    (Data::Bool(b), None) => {
                        ws.write_boolean(r, c, *b).map_err(failed)?;
                    }
                    (Data::DateTime(d), None) => {
                        ws.write_number_with_format(r, c, d.as_f64(), &date).map_err(failed)?;
                    }
                    (Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s), None) => {
                        ws.write_string(r, c, s).map_err(failed)?;
                    }
                }
            }
        }
    }
    let bytes = book.save_to_buffer().map_err(failed)?;
    Ok((bytes, replaced))
}
