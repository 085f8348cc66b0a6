//! Delimited text (CSV, TSV, `;` and `|` separated) with `csv-core`, which
//! reports how many input bytes each field consumed: exactly the raw byte
//! spans attribution needs, quotes and embedded newlines included.

use super::{Event, Names, Parser};
use csv_core::{ReadFieldResult, Reader, ReaderBuilder};

pub struct Delimited {
    reader: Reader,
    delimiter: u8,
    pos: usize,
    col: usize,
    header: Option<Vec<u32>>,
    /// Interned `colN` names of columns without a header label, by index.
    unnamed: Vec<u32>,
    has_header: bool,
    started: bool,
    pending_end: bool,
    out: Vec<u8>,
    /// Set when a field ran past [`MAX_FIELD`]: parsing stopped there.
    warning: Option<String>,
    /// Cells holding a JSON document are split into its key paths (a
    /// table a server streamed: `json`/`jsonb` columns).
    json_cells: bool,
    /// The leaves of such a cell not yet returned.
    queue: std::collections::VecDeque<Event>,
}

/// A field longer than this (an unclosed quote swallowing the rest of the
/// file, a blob in a cell) ends the structured parse: the rest of the file
/// is still scanned, as free text, and the report says so.
pub const MAX_FIELD: usize = 1 << 20;

impl Delimited {
    /// Picks the delimiter and decides whether the first row is a header.
    /// `None` when the text does not look delimited at all.
    pub fn sniff(hay: &[u8]) -> Option<Delimited> {
        let bom = super::bom_len(hay);
        let head = &hay[bom..hay.len().min(64 * 1024).max(bom)];
        let (delimiter, _) = [b',', b'\t', b';', b'|']
            .into_iter()
            .map(|d| {
                let counts: Vec<usize> = split_records(head, d, 20).iter().map(Vec::len).collect();
                let mode = counts
                    .iter()
                    .copied()
                    .max_by_key(|c| counts.iter().filter(|x| *x == c).count())
                    .unwrap_or(0);
                let agree = counts.iter().filter(|&&c| c == mode).count();
                // Ragged rows are common: a delimiter splitting every record
                // counts as much as one giving them all the same width.
                let splits_all = counts.iter().all(|&c| c > 1);
                (
                    d,
                    if mode > 1 && (agree * 2 >= counts.len() || splits_all) {
                        mode
                    } else {
                        0
                    },
                )
            })
            .max_by_key(|&(_, n)| n)
            .filter(|&(_, n)| n > 1)?;
        let rows = split_records(head, delimiter, 20);
        let has_header = rows.first().is_some_and(|first| {
            let labels = first.iter().all(|c| looks_like_label(c));
            let second_differs = rows
                .get(1)
                .is_none_or(|second| second.iter().any(|c| !looks_like_label(c)));
            labels && (second_differs || shorter_than_its_columns(&rows))
        });
        Some(Delimited::new(delimiter, has_header, bom))
    }

    /// Text known to be delimited by `delimiter` with a header line (a
    /// table a server streamed, its header written by pii-scan), however
    /// few its columns. A cell holding one JSON document is reported by its
    /// key paths: `column.key.path`.
    pub fn with_header(delimiter: u8) -> Delimited {
        Delimited {
            json_cells: true,
            ..Delimited::new(delimiter, true, 0)
        }
    }

    fn new(delimiter: u8, has_header: bool, pos: usize) -> Delimited {
        Delimited {
            reader: ReaderBuilder::new().delimiter(delimiter).build(),
            delimiter,
            pos,
            col: 0,
            header: None,
            unnamed: Vec::new(),
            has_header,
            started: false,
            pending_end: false,
            out: vec![0; 4096],
            warning: None,
            json_cells: false,
            queue: std::collections::VecDeque::new(),
        }
    }

    #[cfg(any(test, feature = "internals"))]
    pub fn delimiter(&self) -> u8 {
        self.delimiter
    }

    /// Column `col`'s name: its header label, else `colN`, interned once
    /// into `unnamed` (not formatted per value).
    fn name(&mut self, col: usize, names: &mut Names) -> u32 {
        match &self.header {
            Some(h) if col < h.len() => h[col],
            _ => {
                while self.unnamed.len() <= col {
                    self.unnamed
                        .push(names.intern(&format!("col{}", self.unnamed.len() + 1)));
                }
                self.unnamed[col]
            }
        }
    }

    /// The events of a cell `s..e` of column `field`: its JSON leaves under
    /// `column.path` when it holds a document, else the cell.
    fn cell(&mut self, hay: &[u8], field: u32, s: usize, e: usize, names: &mut Names) -> Event {
        let whole = Event::Value {
            field,
            start: s,
            end: e,
        };
        if !self.json_cells {
            return whole;
        }
        let leaves = match super::cell_json::leaves(hay, s, e) {
            Some(l) if !l.is_empty() => l,
            _ => return whole,
        };
        let column = names.get(field).to_string();
        for l in leaves {
            let name = if l.path.is_empty() {
                column.clone()
            } else {
                format!("{column}.{}", l.path)
            };
            self.queue.push_back(Event::Value {
                field: names.intern(&name),
                start: l.start,
                end: l.end,
            });
        }
        self.queue.pop_front().unwrap_or(whole)
    }
}

/// The first `max` complete records of `head`, split into raw cells by
/// `delimiter` outside quotes (a record may span lines inside quotes).
fn split_records(head: &[u8], delimiter: u8, max: usize) -> Vec<Vec<&[u8]>> {
    let (mut records, mut cells, mut start, mut quoted) = (Vec::new(), Vec::new(), 0, false);
    for (i, &b) in head.iter().enumerate() {
        match b {
            b'"' => quoted = !quoted,
            _ if quoted => {}
            b'\n' => {
                let end = if i > start && head[i - 1] == b'\r' { i - 1 } else { i };
                cells.push(&head[start..end]);
                records.push(std::mem::take(&mut cells));
                start = i + 1;
                if records.len() == max {
                    break;
                }
            }
            _ if b == delimiter => {
                cells.push(&head[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    records.retain(|r: &Vec<&[u8]>| !(r.len() == 1 && r[0].is_empty()));
    records
}

/// A header cell: short, not a number, not an email or URL.
/// A header of a table of text (`氏名,氏名かな,種別` over names and titles):
/// every first-row cell is shorter, in characters, than every value below
/// it in its column (as Python's
/// `csv.Sniffer.has_header` votes by length).
fn shorter_than_its_columns(rows: &[Vec<&[u8]>]) -> bool {
    let chars = |c: &[u8]| String::from_utf8_lossy(c.trim_ascii()).chars().count();
    let (first, data) = (&rows[0], &rows[1..]);
    data.len() >= 2
        && first.iter().enumerate().all(|(col, head)| {
            let values: Vec<&[u8]> = data.iter().filter_map(|r| r.get(col).copied()).collect();
            !values.is_empty() && values.iter().all(|v| chars(v) > chars(head))
        })
}

fn looks_like_label(cell: &[u8]) -> bool {
    let mut c = cell.trim_ascii();
    if c.len() >= 2 && c[0] == b'"' && c[c.len() - 1] == b'"' {
        c = c[1..c.len() - 1].trim_ascii();
    }
    !c.is_empty()
        && c.len() <= 64
        && !c.contains(&b'@')
        && !c.windows(3).any(|w| w == b"://")
        && !c
            .iter()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'+' | b' ' | b':' | b'/'))
}

impl Parser for Delimited {
    fn needed(&self) -> usize {
        match self.queue.front() {
            Some(Event::Value { start, .. }) => self.pos.min(*start),
            _ => self.pos,
        }
    }

    fn rebase(&mut self, by: usize) {
        self.pos -= by;
        for ev in &mut self.queue {
            if let Event::Value { start, end, .. } = ev {
                *start -= by;
                *end -= by;
            }
        }
    }

    fn warning(&self) -> Option<String> {
        self.warning.clone()
    }

    fn dotted_names(&self) -> bool {
        false
    }

    fn next(&mut self, hay: &[u8], names: &mut Names) -> Option<Event> {
        if let Some(ev) = self.queue.pop_front() {
            return Some(ev);
        }
        if self.pending_end {
            self.pending_end = false;
            return Some(Event::EndRecord);
        }
        if self.warning.is_some() {
            return None;
        }
        loop {
            let start = self.pos;
            let mut consumed = 0;
            let result = loop {
                // A field longer than the output buffer comes back in pieces.
                let (res, nin, _) = self.reader.read_field(&hay[self.pos..], &mut self.out);
                self.pos += nin;
                consumed += nin;
                if consumed > MAX_FIELD {
                    let why = if hay[start..].trim_ascii_start().first() == Some(&b'"') {
                        " (an unclosed quote?)"
                    } else {
                        ""
                    };
                    self.warning = Some(format!(
                        "a field at byte {start} is longer than {} MiB{why}: fields are reported up to there, the rest was scanned as free text",
                        MAX_FIELD >> 20
                    ));
                    return None;
                }
                if res != ReadFieldResult::OutputFull {
                    break res;
                }
            };
            let (end_field, end_record) = match result {
                ReadFieldResult::Field { record_end } => (true, record_end),
                ReadFieldResult::InputEmpty if self.pos >= hay.len() => {
                    // Flush the last field at end of input.
                    let (res, _, _) = self.reader.read_field(&[], &mut self.out);
                    match res {
                        ReadFieldResult::Field { record_end } => (true, record_end),
                        _ => return None,
                    }
                }
                ReadFieldResult::InputEmpty => continue,
                ReadFieldResult::End => return None,
                ReadFieldResult::OutputFull => unreachable!(),
            };
            if consumed == 0 && !end_field {
                return None;
            }
            // The raw span, without the delimiter or line end that closed it,
            // and without surrounding quotes.
            let mut end = self.pos;
            while end > start && matches!(hay[end - 1], b'\n' | b'\r') {
                end -= 1;
            }
            if end > start && hay[end - 1] == self.delimiter && end == self.pos {
                end -= 1;
            }
            let (mut s, mut e) = (start, end);
            // csv-core consumes a record's line end lazily (the `\n` of
            // `\r\n` arrives with the next field): skip it.
            while s < e && matches!(hay[s], b'\r' | b'\n') {
                s += 1;
            }
            if e > s + 1 && hay[s] == b'"' && hay[e - 1] == b'"' {
                s += 1;
                e -= 1;
            }
            let col = self.col;
            self.col = if end_record { 0 } else { self.col + 1 };
            if !self.started && self.has_header {
                // Header row: record the names, emit nothing.
                let label = String::from_utf8_lossy(&hay[s..e]).trim().to_string();
                let id = names.intern(&label);
                self.header.get_or_insert_with(Vec::new).push(id);
                if end_record {
                    self.started = true;
                }
                continue;
            }
            self.started = true;
            let field = self.name(col, names);
            self.pending_end = end_record;
            return Some(self.cell(hay, field, s, e, names));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::collect;
    use super::*;

    #[test]
    fn header_quotes_embedded_newlines_and_ragged_rows() {
        let hay = b"Email Address,name,notes\r\na@b.com,\"Lopez, Ana\",\"two\nlines\"\nc@d.org,Bob\n";
        let mut p = Delimited::sniff(hay).unwrap();
        let (values, records, _) = collect(&mut p, hay);
        assert_eq!(records, 2);
        assert_eq!(values[0], ("Email Address".into(), "a@b.com".into()));
        assert_eq!(values[1], ("name".into(), "Lopez, Ana".into()));
        assert_eq!(values[2], ("notes".into(), "two\nlines".into()));
        assert_eq!(values[4], ("name".into(), "Bob".into()));
    }

    /// A table streamed from a server: a cell holding a JSON document is
    /// reported by its key paths under the column, one that does not keeps
    /// the column's name; the row is still one record.
    #[test]
    fn json_cells_of_a_table_become_key_paths() {
        let hay = concat!(
            "public.u.id,public.u.profile\n",
            "1,\"{\"\"email\"\": \"\"ana@x.org\"\", \"\"ips\"\": [\"\"81.2.69.160\"\"]}\"\n",
            "2,[INFO] not json\n",
        )
        .as_bytes();
        let (values, records, _) = collect(&mut Delimited::with_header(b','), hay);
        assert_eq!(records, 2);
        assert_eq!(
            values,
            vec![
                ("public.u.id".into(), "1".into()),
                ("public.u.profile.email".into(), "ana@x.org".into()),
                ("public.u.profile.ips".into(), "81.2.69.160".into()),
                ("public.u.id".into(), "2".into()),
                ("public.u.profile".into(), "[INFO] not json".into()),
            ]
        );
        let (values, _, _) = collect(&mut Delimited::sniff(hay).unwrap(), hay);
        assert_eq!(values[1].0, "public.u.profile", "a CSV file's cells stay cells");
    }

    /// A byte-order mark is not part of the first header, and a table of
    /// text has its header found by the header's shorter cells.
    #[test]
    fn bom_and_a_header_over_text() {
        let hay = "\u{feff}氏名,氏名かな,肩書\n平井 卓也,ひらい たくや,デジタル大臣\n藤井 比早之,ふじい ひさゆき,デジタル副大臣\n".as_bytes();
        let mut p = Delimited::sniff(hay).unwrap();
        let (values, records, _) = collect(&mut p, hay);
        assert_eq!(records, 2);
        assert_eq!(values[0], ("氏名".into(), "平井 卓也".into()));
        assert_eq!(values[5], ("肩書".into(), "デジタル副大臣".into()));
        let hay = "ana,lopez\nbob,smith\ncarla,dominguez\n".as_bytes();
        let (values, _, _) = collect(&mut Delimited::sniff(hay).unwrap(), hay);
        assert_eq!(
            values[0],
            ("col1".into(), "ana".into()),
            "a first row no shorter than the rest is data"
        );
    }

    #[test]
    fn headerless_rows_get_column_numbers_and_tsv_is_detected() {
        let hay = b"1\tana@b.com\t81.2.69.160\n2\tbob@c.org\t81.2.69.161\n";
        let mut p = Delimited::sniff(hay).unwrap();
        assert_eq!(p.delimiter(), b'\t');
        let (values, records, _) = collect(&mut p, hay);
        assert_eq!(records, 2);
        assert_eq!(values[1], ("col2".into(), "ana@b.com".into()));
        assert_eq!(values[5], ("col3".into(), "81.2.69.161".into()));
    }

    #[test]
    fn a_last_line_without_newline_and_an_unclosed_quote_end_cleanly() {
        let hay = b"a;b\n1;2\n3;\"open";
        let mut p = Delimited::sniff(hay).unwrap();
        let (values, _, _) = collect(&mut p, hay);
        assert_eq!(values.last().unwrap().0, "b");
        assert!(Delimited::sniff(b"just some prose here\nand more prose\n").is_none());
    }

    #[test]
    fn pipe_separated_with_header() {
        let hay = b"user|mail|town\nana|ana@b.com|Lyon\nbob|bob@c.org|Porto\n";
        let mut p = Delimited::sniff(hay).unwrap();
        assert_eq!(p.delimiter(), b'|');
        let (values, records, _) = collect(&mut p, hay);
        assert_eq!(records, 2);
        assert_eq!(values[4], ("mail".into(), "bob@c.org".into()));
    }
}
