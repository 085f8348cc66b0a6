//! SQL dumps: MySQL/MariaDB `INSERT INTO t [(cols)] VALUES (…),(…);` (columns
//! from the list, else from the dump's `CREATE TABLE`), PostgreSQL `COPY t
//! (cols) FROM stdin;` blocks ending in `\.`, and SQLite `.dump` output (the
//! same statements). Fields are `table.column`. Multi-megabyte INSERT lines
//! are walked tuple by tuple; nothing but the current table's column list is
//! kept.

use super::column::Column;
use super::{Event, Names, Parser};
use std::collections::HashMap;

enum State {
    /// Between statements.
    Scan,
    /// Inside `VALUES`, `col` values into the current tuple (`None`: between tuples).
    Insert {
        cols: Vec<u32>,
        table: String,
        col: Option<usize>,
    },
    /// Inside a `COPY … FROM stdin` block, `col` fields into the current line.
    Copy { cols: Vec<u32>, table: String, col: usize },
}

pub struct Sql {
    pos: usize,
    state: State,
    tables: HashMap<String, Vec<String>>,
    pending_end: bool,
    /// Foreign keys declared in the bytes the parse started with.
    references: Vec<(String, String)>,
    /// Key columns declared there (`parse::ddl::key_columns`), sorted.
    keys: Vec<String>,
    /// Declared columns (`table.column`), as each `CREATE TABLE` passes.
    types: HashMap<String, Column>,
    /// Named enum types (`CREATE TYPE … AS ENUM`).
    enums: Vec<(String, Vec<String>)>,
}

impl Sql {
    pub fn new() -> Sql {
        Sql {
            pos: 0,
            state: State::Scan,
            tables: HashMap::new(),
            pending_end: false,
            references: Vec::new(),
            keys: Vec::new(),
            types: HashMap::new(),
            enums: Vec::new(),
        }
    }

    /// Reads the foreign keys `hay` declares (see `parse::ddl`).
    pub fn with_ddl(mut self, hay: &[u8]) -> Sql {
        self.references = super::ddl::foreign_keys(hay);
        self.keys = super::ddl::key_columns(hay);
        self
    }
}

impl Default for Sql {
    fn default() -> Self {
        Sql::new()
    }
}

fn starts_with_ci(hay: &[u8], at: usize, word: &[u8]) -> bool {
    hay.len() >= at + word.len() && hay[at..at + word.len()].eq_ignore_ascii_case(word)
}

fn skip_ws(hay: &[u8], mut i: usize) -> usize {
    while i < hay.len() && hay[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

/// An identifier (bare, `quoted`, "quoted" or [quoted]), possibly
/// schema-qualified; returns the last part and the index after it.
fn identifier(hay: &[u8], mut i: usize) -> Option<(String, usize)> {
    let mut last = None;
    loop {
        i = skip_ws(hay, i);
        let (s, e, next) = match *hay.get(i)? {
            q @ (b'`' | b'"' | b'[') => {
                let close = if q == b'[' { b']' } else { q };
                let e = i + 1 + memchr::memchr(close, &hay[i + 1..])?;
                (i + 1, e, e + 1)
            }
            c if c.is_ascii_alphanumeric() || c == b'_' => {
                let len = hay[i..]
                    .iter()
                    .position(|c| !(c.is_ascii_alphanumeric() || *c == b'_' || *c == b'$'))
                    .unwrap_or(hay.len() - i);
                (i, i + len, i + len)
            }
            _ => return last.map(|l| (l, i)),
        };
        last = Some(String::from_utf8_lossy(&hay[s..e]).into_owned());
        i = next;
        if hay.get(i) != Some(&b'.') {
            return last.map(|l| (l, i));
        }
        i += 1;
    }
}

/// A parenthesised, comma-separated identifier list starting at `(`.
fn column_list(hay: &[u8], i: usize) -> Option<(Vec<String>, usize)> {
    let mut i = skip_ws(hay, i);
    if hay.get(i) != Some(&b'(') {
        return None;
    }
    i += 1;
    let mut cols = Vec::new();
    loop {
        let (name, next) = identifier(hay, i)?;
        cols.push(name);
        i = skip_ws(hay, next);
        match hay.get(i)? {
            b',' => i += 1,
            b')' => return Some((cols, i + 1)),
            _ => return None,
        }
    }
}

const NOT_COLUMNS: &[&str] = &[
    "PRIMARY",
    "KEY",
    "UNIQUE",
    "CONSTRAINT",
    "INDEX",
    "FOREIGN",
    "CHECK",
    "FULLTEXT",
    "SPATIAL",
    "EXCLUDE",
];

/// A column's name and its definition (`varchar(40) NOT NULL`).
type Definition = (String, String);

/// Columns of `CREATE TABLE name (…)`, starting after `CREATE TABLE`, and
/// the index after it.
fn create_table(hay: &[u8], i: usize) -> Option<(String, Vec<Definition>, usize)> {
    let mut i = skip_ws(hay, i);
    if starts_with_ci(hay, i, b"IF NOT EXISTS") {
        i += 13;
    }
    let (table, mut i) = identifier(hay, i)?;
    i = skip_ws(hay, i);
    if hay.get(i) != Some(&b'(') {
        return None;
    }
    let (mut depth, mut item_start, mut cols) = (0usize, i + 1, Vec::new());
    while i < hay.len() {
        match hay[i] {
            b'(' => depth += 1,
            b'\'' => i = quoted_end(hay, i)? - 1,
            b',' | b')' if depth == 1 => {
                if let Some((name, after)) = identifier(hay, item_start) {
                    let def = String::from_utf8_lossy(&hay[after.min(i)..i]).into_owned();
                    cols.push((name, def));
                }
                item_start = i + 1;
                if hay[i] == b')' {
                    return Some((table, cols, i + 1));
                }
            }
            b')' => depth -= 1,
            _ => {}
        }
        i += 1;
    }
    None
}

/// Whether `word` stands in `text` as a word of its own.
fn names_word(text: &str, word: &str) -> bool {
    let part = |c: char| c.is_alphanumeric() || c == '_';
    text.match_indices(word).any(|(i, _)| {
        !text[..i].chars().next_back().is_some_and(part) && !text[i + word.len()..].chars().next().is_some_and(part)
    })
}

/// The index just past the closing quote of a '…' string opening at `open`
/// (`''` and backslash escapes handled).
fn quoted_end(hay: &[u8], open: usize) -> Option<usize> {
    let mut i = open + 1;
    loop {
        // An escape as the input's last byte steps past its end.
        let k = memchr::memchr2(b'\'', b'\\', hay.get(i..)?)?;
        i += k;
        // A backslash escape, or a doubled quote: skip both bytes.
        if hay[i] == b'\\' || hay.get(i + 1) == Some(&b'\'') {
            i += 2;
        } else {
            return Some(i + 1);
        }
    }
}

impl Sql {
    fn intern_cols(&self, table: &str, list: Option<Vec<String>>, names: &mut Names) -> Vec<u32> {
        let cols = list.or_else(|| self.tables.get(table).cloned()).unwrap_or_default();
        cols.iter().map(|c| names.intern(&format!("{table}.{c}"))).collect()
    }

    /// At a statement start: sets up the next state, or skips the line.
    fn statement(&mut self, hay: &[u8], names: &mut Names) {
        let i = skip_ws(hay, self.pos);
        if starts_with_ci(hay, i, b"CREATE TABLE") {
            if let Some((table, items, end)) = create_table(hay, i + 12) {
                // Table constraints (`CONSTRAINT c CHECK (…)`, `PRIMARY
                // KEY (…)`) are not columns; a CHECK's text names those it
                // constrains.
                let (constraints, cols): (Vec<_>, Vec<_>) = items
                    .into_iter()
                    .partition(|(name, _)| NOT_COLUMNS.iter().any(|k| name.eq_ignore_ascii_case(k)));
                let checks: Vec<String> = constraints
                    .iter()
                    .filter(|(_, def)| def.to_ascii_uppercase().contains("CHECK"))
                    .map(|(_, def)| def.to_ascii_lowercase())
                    .collect();
                for (name, def) in &cols {
                    let key = format!("{table}.{name}");
                    let mut column = Column::parse(def, &self.enums);
                    column.key |= self.keys.binary_search(&key).is_ok();
                    let lower = name.to_ascii_lowercase();
                    column.checked |= checks.iter().any(|c| names_word(c, &lower));
                    self.types.insert(key, column);
                }
                self.tables.insert(table, cols.into_iter().map(|(name, _)| name).collect());
                self.pos = end;
                return;
            }
        } else if starts_with_ci(hay, i, b"CREATE TYPE") {
            // PostgreSQL's `CREATE TYPE public.plan AS ENUM ('free', 'pro');`.
            if let Some((name, j)) = identifier(hay, i + 11) {
                let end = memchr::memchr(b';', &hay[j..]).map_or(hay.len(), |k| j + k);
                let def = String::from_utf8_lossy(&hay[j..end]);
                if def.trim_start().to_ascii_uppercase().starts_with("AS ENUM") {
                    self.enums.push((name, super::column::members(&def)));
                }
            }
        } else if let Some(after) = insert_target(hay, i) {
            if let Some((table, j)) = identifier(hay, after) {
                let (list, j) = match column_list(hay, j) {
                    Some((c, j)) => (Some(c), j),
                    None => (None, j),
                };
                let j = skip_ws(hay, j);
                if starts_with_ci(hay, j, b"VALUES") {
                    let cols = self.intern_cols(&table, list, names);
                    self.state = State::Insert { cols, table, col: None };
                    self.pos = j + 6;
                    return;
                }
            }
        } else if starts_with_ci(hay, i, b"COPY ") {
            if let Some((table, j)) = identifier(hay, i + 5) {
                let (list, j) = match column_list(hay, j) {
                    Some((c, j)) => (Some(c), j),
                    None => (None, j),
                };
                let line_end = memchr::memchr(b'\n', &hay[j..]).map_or(hay.len(), |k| j + k + 1);
                if hay[j..line_end].windows(5).any(|w| w.eq_ignore_ascii_case(b"STDIN")) {
                    let cols = self.intern_cols(&table, list, names);
                    self.state = State::Copy { cols, table, col: 0 };
                    self.pos = line_end;
                    return;
                }
            }
        }
        // Anything else (comments, SET, LOCK, …): skip the line.
        self.pos = memchr::memchr(b'\n', &hay[i.min(hay.len())..]).map_or(hay.len(), |k| i + k + 1);
    }
}

/// Where the table name of an `INSERT` / `REPLACE` statement at `i` starts:
/// after `INSERT [LOW_PRIORITY | DELAYED | HIGH_PRIORITY] [IGNORE] [INTO]`
/// (T-SQL and SQLite leave `INTO` out: `INSERT "Employees"(…) VALUES(…)`).
fn insert_target(hay: &[u8], i: usize) -> Option<usize> {
    let mut j = if starts_with_ci(hay, i, b"INSERT") {
        i + 6
    } else if starts_with_ci(hay, i, b"REPLACE") {
        i + 7
    } else {
        return None;
    };
    if hay.get(j).is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_') {
        return None; // `INSERTED`, a column name
    }
    for word in [&b"LOW_PRIORITY"[..], b"DELAYED", b"HIGH_PRIORITY", b"IGNORE", b"INTO"] {
        let k = skip_ws(hay, j);
        if starts_with_ci(hay, k, word)
            && !hay
                .get(k + word.len())
                .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
        {
            j = k + word.len();
        }
    }
    Some(j)
}

/// The name of column `col`; past the known ones, `table.colN`, interned once
/// into `cols` (not formatted per value).
fn column_name(cols: &mut Vec<u32>, table: &str, col: usize, names: &mut Names) -> u32 {
    while cols.len() <= col {
        cols.push(names.intern(&format!("{table}.col{}", cols.len() + 1)));
    }
    cols[col]
}

impl Parser for Sql {
    fn references(&self) -> Vec<(String, String)> {
        self.references.clone()
    }

    fn column(&self, name: &str) -> Option<&Column> {
        self.types.get(name)
    }

    fn needed(&self) -> usize {
        self.pos
    }

    fn rebase(&mut self, by: usize) {
        self.pos -= by;
    }

    fn next(&mut self, hay: &[u8], names: &mut Names) -> Option<Event> {
        if self.pos == 0 {
            self.pos = super::bom_len(hay);
        }
        if self.pending_end {
            self.pending_end = false;
            return Some(Event::EndRecord);
        }
        while self.pos < hay.len() {
            match &mut self.state {
                State::Scan => self.statement(hay, names),
                State::Insert { cols, table, col } => {
                    let i = skip_ws(hay, self.pos);
                    let Some(&c) = hay.get(i) else {
                        self.pos = hay.len();
                        break;
                    };
                    match (c, *col) {
                        (b'(', None) => {
                            *col = Some(0);
                            self.pos = i + 1;
                        }
                        (b',', None) => self.pos = i + 1,
                        (b';', None) => {
                            self.state = State::Scan;
                            self.pos = i + 1;
                        }
                        (_, None) => self.state = State::Scan, // not a tuple list
                        (b',', Some(k)) => {
                            *col = Some(k + 1);
                            self.pos = i + 1;
                        }
                        (b')', Some(_)) => {
                            *col = None;
                            self.pos = i + 1;
                            return Some(Event::EndRecord);
                        }
                        (b'\'', Some(k)) => {
                            let end = quoted_end(hay, i).unwrap_or(hay.len() + 1);
                            self.pos = end.min(hay.len());
                            let field = column_name(cols, table, k, names);
                            return Some(Event::Value {
                                field,
                                start: i + 1,
                                end: end - 1,
                            });
                        }
                        (_, Some(k)) => {
                            // A bare value: number, NULL, function call.
                            let mut j = i;
                            let mut depth = 0usize;
                            while j < hay.len() {
                                match hay[j] {
                                    b'(' => depth += 1,
                                    b')' if depth == 0 => break,
                                    b')' => depth -= 1,
                                    b',' if depth == 0 => break,
                                    b'\'' => j = quoted_end(hay, j).unwrap_or(hay.len()) - 1,
                                    _ => {}
                                }
                                j += 1;
                            }
                            self.pos = j;
                            let v = hay[i..j].trim_ascii_end();
                            if !v.eq_ignore_ascii_case(b"NULL") {
                                let field = column_name(cols, table, k, names);
                                return Some(Event::Value {
                                    field,
                                    start: i,
                                    end: i + v.len(),
                                });
                            }
                        }
                    }
                }
                State::Copy { cols, table, col } => {
                    let line_end = memchr::memchr(b'\n', &hay[self.pos..]).map_or(hay.len(), |k| self.pos + k);
                    if *col == 0 && hay[self.pos..line_end].trim_ascii_end() == b"\\." {
                        self.state = State::Scan;
                        self.pos = line_end + 1;
                        continue;
                    }
                    let s = self.pos;
                    let e = memchr::memchr(b'\t', &hay[s..line_end]).map_or(line_end, |k| s + k);
                    let k = *col;
                    let last = e == line_end;
                    if last {
                        *col = 0;
                        self.pos = line_end + 1;
                    } else {
                        *col += 1;
                        self.pos = e + 1;
                    }
                    let v = hay[s..e].trim_ascii_end();
                    self.pending_end = last;
                    if v != b"\\N" {
                        let field = column_name(cols, table, k, names);
                        return Some(Event::Value {
                            field,
                            start: s,
                            end: s + v.len(),
                        });
                    }
                    if last {
                        self.pending_end = false;
                        return Some(Event::EndRecord);
                    }
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::super::collect;
    use super::*;

    /// Found by the `parsers` fuzz target: a dump cut off right after a
    /// backslash inside a string stepped past the input's end.
    #[test]
    fn a_dump_ending_in_an_escape_inside_a_string() {
        for hay in [
            &b"INSERT INTO t VALUES ('abc\\"[..],
            b"INSERT INTO t VALUES ('a''",
            b"INSERT INTO t VALUES ('\\'",
        ] {
            let (values, _, _) = collect(&mut Sql::new(), hay);
            assert!(values.len() <= 1, "{values:?}");
        }
    }

    #[test]
    fn mysql_insert_with_and_without_column_lists() {
        let hay = b"-- dump\nCREATE TABLE `users` (\n  `id` int NOT NULL,\n  `email` varchar(255),\n  `price` decimal(10,2),\n  PRIMARY KEY (`id`)\n);\nINSERT INTO `users` VALUES (1,'a@b.com',NULL),(2,'it''s \\'x\\'',3.5);\nINSERT INTO logins (ip, at) VALUES ('81.2.69.160','2024-01-01');\n";
        let (values, records, _) = collect(&mut Sql::new(), hay);
        let got: Vec<(&str, &str)> = values.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(
            got,
            vec![
                ("users.id", "1"),
                ("users.email", "a@b.com"),
                ("users.id", "2"),
                ("users.email", "it''s \\'x\\'"),
                ("users.price", "3.5"),
                ("logins.ip", "81.2.69.160"),
                ("logins.at", "2024-01-01"),
            ]
        );
        assert_eq!(records, 3);
    }

    #[test]
    fn postgres_copy_block() {
        let hay =
            b"COPY public.users (id, email, city) FROM stdin;\n1\ta@b.com\tParis\n2\t\\N\tLyon\n\\.\n\nSELECT 1;\n";
        let (values, records, _) = collect(&mut Sql::new(), hay);
        let got: Vec<(&str, &str)> = values.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(
            got,
            vec![
                ("users.id", "1"),
                ("users.email", "a@b.com"),
                ("users.city", "Paris"),
                ("users.id", "2"),
                ("users.city", "Lyon")
            ]
        );
        assert_eq!(records, 2);
    }

    #[test]
    fn sqlite_dump_output() {
        let hay = b"INSERT \"Employees\"(\"EmployeeID\",\"LastName\") VALUES(1,'Davolio')\nGO\nINSERT IGNORE INTO t (a) VALUES ('x');\n";
        let (values, records, _) = collect(&mut Sql::new(), hay);
        assert_eq!(
            values,
            vec![
                ("Employees.EmployeeID".to_string(), "1".to_string()),
                ("Employees.LastName".to_string(), "Davolio".to_string()),
                ("t.a".to_string(), "x".to_string()),
            ]
        );
        assert_eq!(records, 2);
        let hay = b"PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\nCREATE TABLE users(id INTEGER PRIMARY KEY, username TEXT, email TEXT);\nINSERT INTO users VALUES(1,'ana_l','ana@b.com');\nINSERT INTO \"users\" VALUES(2,'bob','bob@c.org');\nCOMMIT;\n";
        let (values, records, _) = collect(&mut Sql::new(), hay);
        let got: Vec<(&str, &str)> = values.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(
            got,
            vec![
                ("users.id", "1"),
                ("users.username", "ana_l"),
                ("users.email", "ana@b.com"),
                ("users.id", "2"),
                ("users.username", "bob"),
                ("users.email", "bob@c.org"),
            ]
        );
        assert_eq!(records, 2);
    }
}
