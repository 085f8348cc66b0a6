//! Tables that are not text: SQLite databases, spreadsheets (XLSX, ODS) and
//! Parquet files, read through their own libraries and rendered as text the
//! structure parsers already know — SQL `INSERT`s with a column list (fields
//! `table.column`, `Sheet.Column`) or NDJSON (Parquet, nested columns as key
//! paths). So a database column is classified exactly like a dump's.
//!
//! Rendering stops at [`IN_MEMORY`] bytes; what was left out is reported.

use super::{Unreadable, IN_MEMORY};
use crate::sniff::Format;
use std::io::{Cursor, Write};
use std::path::Path;

/// A container's tables as text, and what could not be rendered.
#[derive(Debug)]
pub struct Rendered {
    pub text: Vec<u8>,
    /// The structure parser that reads `text` (`Sql` or `Ndjson`).
    pub parse_as: Format,
    /// Tables, sheets or row groups left out, with the reason.
    pub gaps: Vec<String>,
}

impl Rendered {
    fn new(parse_as: Format) -> Self {
        Rendered {
            text: Vec::new(),
            parse_as,
            gaps: Vec::new(),
        }
    }

    fn full(&self) -> bool {
        self.text.len() >= IN_MEMORY
    }
}

/// One SQL row: `INSERT INTO "t" ("a","b") VALUES ('x',1);`.
pub struct SqlRows {
    prefix: Vec<u8>,
}

impl SqlRows {
    pub fn new(table: &str, columns: &[String]) -> Self {
        let mut prefix = b"INSERT INTO ".to_vec();
        ident(&mut prefix, table);
        prefix.extend_from_slice(b" (");
        for (i, c) in columns.iter().enumerate() {
            if i > 0 {
                prefix.push(b',');
            }
            ident(&mut prefix, c);
        }
        prefix.extend_from_slice(b") VALUES (");
        SqlRows { prefix }
    }

    pub fn row<'v>(&self, out: &mut Vec<u8>, values: impl Iterator<Item = Option<&'v [u8]>>) {
        out.extend_from_slice(&self.prefix);
        for (i, v) in values.enumerate() {
            if i > 0 {
                out.push(b',');
            }
            match v {
                None => out.extend_from_slice(b"NULL"),
                Some(v) => string(out, v),
            }
        }
        out.extend_from_slice(b");\n");
    }
}

fn ident(out: &mut Vec<u8>, name: &str) {
    out.push(b'"');
    out.extend_from_slice(name.replace('"', "\"\"").as_bytes());
    out.push(b'"');
}

fn string(out: &mut Vec<u8>, v: &[u8]) {
    out.push(b'\'');
    for &b in v {
        match b {
            b'\'' => out.extend_from_slice(b"''"),
            b'\\' => out.extend_from_slice(b"\\\\"),
            _ => out.push(b),
        }
    }
    out.push(b'\'');
}

/// A SQLite database file on disk, opened read-only. A locked database (or
/// one in WAL mode in a read-only directory) is read as an immutable file,
/// with a note that the write-ahead log was not applied.
pub fn sqlite_file(path: &Path) -> Result<Rendered, Unreadable> {
    use rusqlite::{Connection, OpenFlags};
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let first = Connection::open_with_flags(path, flags).and_then(|c| {
        c.busy_timeout(std::time::Duration::from_millis(200))?;
        sqlite(&c)
    });
    match first {
        Ok(r) => Ok(r),
        Err(e) => {
            // Locked, or its -shm cannot be created: read the main file as it is.
            let uri = format!("file:{}?immutable=1", uri_path(path));
            let c = Connection::open_with_flags(uri, flags | OpenFlags::SQLITE_OPEN_URI)
                .map_err(|e2| format!("cannot open SQLite database: {e} ({e2})"))?;
            let mut r = sqlite(&c).map_err(|e| format!("corrupt SQLite database: {e}"))?;
            r.gaps.push(format!(
                "opened as an immutable file after: {e}; changes still in a write-ahead log were not read"
            ));
            Ok(r)
        }
    }
}

fn uri_path(path: &Path) -> String {
    let mut s = String::new();
    for b in path.to_string_lossy().bytes() {
        match b {
            b'?' | b'#' | b'%' => s.push_str(&format!("%{b:02X}")),
            _ => s.push(b as char),
        }
    }
    s
}

/// A SQLite database held in memory (a member of an archive).
pub fn sqlite_bytes(bytes: &[u8]) -> Result<Rendered, Unreadable> {
    let mut c = rusqlite::Connection::open_in_memory().map_err(|e| e.to_string())?;
    c.deserialize_read_exact(rusqlite::MAIN_DB, bytes, bytes.len(), true)
        .map_err(|e| format!("cannot open SQLite database: {e}"))?;
    sqlite(&c).map_err(|e| Unreadable(format!("corrupt SQLite database: {e}")))
}

fn sqlite(c: &rusqlite::Connection) -> Result<Rendered, rusqlite::Error> {
    c.pragma_update(None, "query_only", true)?;
    let mut tables: Vec<String> = Vec::new();
    {
        let mut st = c.prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
        )?;
        let mut rows = st.query([])?;
        while let Some(row) = rows.next()? {
            tables.push(row.get(0)?);
        }
    }
    let mut out = Rendered::new(Format::Sql);
    for (i, table) in tables.iter().enumerate() {
        if out.full() {
            out.gaps.push(format!(
                "tables {} not read: the rendered rows reached {IN_MEMORY} bytes",
                tables[i..].join(", ")
            ));
            break;
        }
        let quoted = table.replace('"', "\"\"");
        let read = (|| -> Result<u64, rusqlite::Error> {
            let mut st = c.prepare(&format!("SELECT * FROM \"{quoted}\""))?;
            let columns: Vec<String> = st.column_names().into_iter().map(String::from).collect();
            let sql = SqlRows::new(table, &columns);
            let mut rows = st.query([])?;
            let (mut n, mut cells) = (0u64, Vec::<Option<Vec<u8>>>::new());
            while let Some(row) = rows.next()? {
                cells.clear();
                for k in 0..columns.len() {
                    cells.push(value_text(row.get_ref(k)?));
                }
                sql.row(&mut out.text, cells.iter().map(|c| c.as_deref()));
                n += 1;
                if out.full() {
                    break;
                }
            }
            Ok(n)
        })();
        match read {
            Ok(n) if out.full() => out.gaps.push(format!(
                "table {table}: only the first {n} rows were read (rendered rows reached {IN_MEMORY} bytes)"
            )),
            Ok(_) => {}
            Err(e) => out.gaps.push(format!("table {table} unreadable: {e}")),
        }
    }
    Ok(out)
}

/// An XLSX or ODS workbook: every sheet, the first row as the header when
/// it is all text (`colN` otherwise).
pub fn spreadsheet(bytes: &[u8]) -> Result<Rendered, Unreadable> {
    use calamine::{Data, Reader};
    let mut wb =
        calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|e| format!("corrupt spreadsheet: {e}"))?;
    let mut out = Rendered::new(Format::Sql);
    for sheet in wb.sheet_names() {
        let range = match wb.worksheet_range(&sheet) {
            Ok(r) => r,
            Err(e) => {
                out.gaps.push(format!("sheet {sheet} unreadable: {e}"));
                continue;
            }
        };
        let grid: Vec<&[Data]> = range.rows().collect();
        let Some(Layout { columns, rows }) = layout(&grid) else {
            continue;
        };
        let sql = SqlRows::new(&sheet, &columns);
        for row in rows.iter().map(|&i| grid[i]) {
            let cells: Vec<Option<Vec<u8>>> = row.iter().take(columns.len()).map(cell_text).collect();
            sql.row(&mut out.text, cells.iter().map(|c| c.as_deref()));
            if out.full() {
                out.gaps
                    .push(format!("sheet {sheet}: rows past {IN_MEMORY} rendered bytes not read"));
                return Ok(out);
            }
        }
    }
    Ok(out)
}

/// A sheet cell's text as the scan reads it; `None` when empty. A date
/// cell is a serial number of days; written as the date it is, it reads as
/// one (a birth date, a sign-up).
pub fn cell_text(c: &calamine::Data) -> Option<Vec<u8>> {
    use calamine::Data;
    match c {
        Data::Empty => None,
        Data::DateTime(d) if d.is_datetime() => Some(excel_date(d.as_f64()).into_bytes()),
        other => Some(other.to_string().into_bytes()),
    }
}

/// A database value's text as the scan reads it; `None` for NULL.
pub fn value_text(v: rusqlite::types::ValueRef<'_>) -> Option<Vec<u8>> {
    use rusqlite::types::ValueRef;
    match v {
        ValueRef::Null => None,
        ValueRef::Integer(v) => Some(v.to_string().into_bytes()),
        ValueRef::Real(v) => Some(v.to_string().into_bytes()),
        ValueRef::Text(t) | ValueRef::Blob(t) => Some(t.to_vec()),
    }
}

/// How a sheet reads as a table: its column names, and the rows (indices
/// into the sheet's rows) that are its values, in order.
pub struct Layout {
    pub columns: Vec<String>,
    pub rows: Vec<usize>,
}

/// The layout of a sheet's `grid`: the first row as the header when it is
/// all text (`colN` otherwise); title rows above the header (a report's
/// name, a date, a blank line), narrower than the table, are read too, as
/// values of the first columns (a tutor's name in a subtitle). `None` for
/// a sheet with nothing in it. Redaction reads a sheet by the same layout,
/// so it replaces what a scan reports.
pub fn layout(grid: &[&[calamine::Data]]) -> Option<Layout> {
    use calamine::Data;
    let filled = |r: &[Data]| r.iter().filter(|c| !matches!(c, Data::Empty)).count();
    let used: Vec<usize> = (0..grid.len()).filter(|&i| filled(grid[i]) > 0).collect();
    // The header is the first row of text as wide as the widest of the
    // first rows.
    let head: Vec<usize> = used.iter().copied().take(12).collect();
    let widest = head.iter().map(|&i| filled(grid[i])).max().unwrap_or(0);
    let titles = head
        .iter()
        .position(|&i| {
            filled(grid[i]) * 5 >= widest * 4 && grid[i].iter().all(|c| matches!(c, Data::String(_) | Data::Empty))
        })
        .filter(|&t| t > 0 && head[..t].iter().all(|&i| filled(grid[i]) * 2 <= widest))
        .unwrap_or(0);
    let first = *used.get(titles)?;
    let header = grid[first].iter().all(|c| matches!(c, Data::String(_) | Data::Empty));
    let columns = grid[first]
        .iter()
        .enumerate()
        .map(|(i, c)| match c {
            Data::String(s) if header && !s.trim().is_empty() => s.trim().to_string(),
            _ => format!("col{}", i + 1),
        })
        .collect();
    let mut rows: Vec<usize> = used[..titles].to_vec();
    rows.extend(used[titles..].iter().copied().filter(|&i| !header || i != first));
    Some(Layout { columns, rows })
}

/// An Excel serial date (days since 1899-12-30, the fraction the time of
/// day) as `YYYY-MM-DD`, with ` HH:MM:SS` when it has a time.
pub fn excel_date(serial: f64) -> String {
    let days = serial.floor() as i64;
    let secs = ((serial - serial.floor()) * 86_400.0).round() as i64;
    // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    let z = days - 25_569 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    if secs == 0 {
        format!("{y:04}-{m:02}-{d:02}")
    } else {
        format!("{y:04}-{m:02}-{d:02} {:02}:{:02}:{:02}", secs / 3600, secs / 60 % 60, secs % 60)
    }
}

/// A Parquet file: one NDJSON line per row, nested groups as objects (so a
/// field is its key path: `user.geo.lat`).
pub fn parquet<R: parquet::file::reader::ChunkReader + 'static>(src: R) -> Result<Rendered, Unreadable> {
    use parquet::file::reader::{FileReader, SerializedFileReader};
    let reader = SerializedFileReader::new(src).map_err(|e| format!("corrupt Parquet file: {e}"))?;
    let rows = reader
        .get_row_iter(None)
        .map_err(|e| format!("corrupt Parquet file: {e}"))?;
    let mut out = Rendered::new(Format::Ndjson);
    for (n, row) in rows.enumerate() {
        match row {
            Ok(row) => {
                let _ = serde_json::to_writer(&mut out.text, &row_json(&row));
                let _ = out.text.write_all(b"\n");
            }
            Err(e) => {
                out.gaps.push(format!("rows from {n} unreadable: {e}"));
                break;
            }
        }
        if out.full() {
            out.gaps.push(format!(
                "rows from {} not read: rendered rows reached {IN_MEMORY} bytes",
                n + 1
            ));
            break;
        }
    }
    Ok(out)
}

fn row_json(row: &parquet::record::Row) -> serde_json::Value {
    serde_json::Value::Object(row.get_column_iter().map(|(k, v)| (k.clone(), field_json(v))).collect())
}

fn field_json(f: &parquet::record::Field) -> serde_json::Value {
    use parquet::record::Field;
    use serde_json::Value;
    match f {
        Field::Null => Value::Null,
        Field::Bool(b) => Value::Bool(*b),
        Field::Str(s) => Value::String(s.clone()),
        Field::Bytes(b) => Value::String(String::from_utf8_lossy(b.data()).into_owned()),
        Field::Group(r) => row_json(r),
        Field::ListInternal(l) => Value::Array(l.elements().iter().map(field_json).collect()),
        Field::MapInternal(m) => Value::Object(
            m.entries()
                .iter()
                .map(|(k, v)| (k.to_string().trim_matches('"').to_string(), field_json(v)))
                .collect(),
        ),
        // Numbers stay numbers; dates and decimals become their display text.
        other => {
            let text = other.to_string();
            serde_json::from_str::<serde_json::Number>(&text)
                .map(Value::Number)
                .unwrap_or_else(|_| Value::String(text.trim_matches('"').to_string()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::excel_date;

    #[test]
    fn excel_dates() {
        assert_eq!(excel_date(31_149.0), "1985-04-12");
        assert_eq!(excel_date(45_292.5), "2024-01-01 12:00:00");
    }
}
