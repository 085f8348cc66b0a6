//! A JSON document inside one quoted CSV cell (a `json`/`jsonb` column a
//! server streamed as CSV): its leaf values as spans of the raw cell, each
//! with its key path, so a report says `public.users.profile.email`, not
//! just the column. In the cell every `"` of the JSON is written `""`, so
//! this walks the raw bytes with `""` as the quote; it copies nothing.
//! Anything that is not one well-formed document (text that starts with
//! `[INFO]`, a truncated value) gives `None`, and the cell stays one value.

/// A leaf value: its key path (`a.b`, array indices dropped; empty for a
/// top-level scalar) and its span in the haystack.
#[derive(Debug, PartialEq, Eq)]
pub struct Leaf {
    pub path: String,
    pub start: usize,
    pub end: usize,
}

/// Documents nested deeper than this are left as one value.
const MAX_DEPTH: usize = 64;

/// The leaves of the JSON document `hay[start..end]` (the cell without its
/// outer quotes), or `None` when it is not one.
pub fn leaves(hay: &[u8], start: usize, end: usize) -> Option<Vec<Leaf>> {
    let cell = &hay[start..end];
    let first = cell.iter().position(|b| !b.is_ascii_whitespace())?;
    if !matches!(cell[first], b'{' | b'[') {
        return None;
    }
    let mut w = Walker {
        hay: cell,
        pos: first,
        path: Vec::new(),
        out: Vec::new(),
        base: start,
    };
    w.value(0)?;
    w.skip_ws();
    (w.pos == cell.len()).then_some(w.out)
}

struct Walker<'a> {
    hay: &'a [u8],
    pos: usize,
    path: Vec<(usize, usize)>,
    out: Vec<Leaf>,
    base: usize,
}

impl Walker<'_> {
    fn skip_ws(&mut self) {
        while self.pos < self.hay.len() && self.hay[self.pos].is_ascii_whitespace() {
            self.pos += 1;
        }
    }

    fn eat(&mut self, b: u8) -> Option<()> {
        self.skip_ws();
        (self.hay.get(self.pos) == Some(&b)).then(|| self.pos += 1)
    }

    /// A string opened by `""` at `pos`: the span of its content.
    fn string(&mut self) -> Option<(usize, usize)> {
        self.skip_ws();
        if !self.hay[self.pos..].starts_with(b"\"\"") {
            return None;
        }
        let open = self.pos + 2;
        let mut i = open;
        loop {
            match self.hay.get(i)? {
                // `\"` of the JSON is `\""` in the cell.
                b'\\' if self.hay[i + 1..].starts_with(b"\"\"") => i += 3,
                b'\\' => i += 2,
                b'"' if self.hay.get(i + 1) == Some(&b'"') => break,
                // A lone quote cannot be in a CSV-quoted cell.
                b'"' => return None,
                _ => i += 1,
            }
        }
        self.pos = i + 2;
        Some((open, i))
    }

    fn leaf(&mut self, start: usize, end: usize) {
        let path = self
            .path
            .iter()
            .map(|&(s, e)| String::from_utf8_lossy(&self.hay[s..e]))
            .collect::<Vec<_>>()
            .join(".");
        self.out.push(Leaf {
            path,
            start: self.base + start,
            end: self.base + end,
        });
    }

    fn value(&mut self, depth: usize) -> Option<()> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.skip_ws();
        match *self.hay.get(self.pos)? {
            b'{' => {
                self.pos += 1;
                if self.eat(b'}').is_some() {
                    return Some(());
                }
                loop {
                    let key = self.string()?;
                    self.eat(b':')?;
                    self.path.push(key);
                    self.value(depth + 1)?;
                    self.path.pop();
                    if self.eat(b',').is_none() {
                        return self.eat(b'}');
                    }
                }
            }
            b'[' => {
                self.pos += 1;
                if self.eat(b']').is_some() {
                    return Some(());
                }
                loop {
                    self.value(depth + 1)?;
                    if self.eat(b',').is_none() {
                        return self.eat(b']');
                    }
                }
            }
            b'"' => {
                let (s, e) = self.string()?;
                if e > s {
                    self.leaf(s, e);
                }
                Some(())
            }
            _ => {
                // A number, true, false or null.
                let s = self.pos;
                while self.pos < self.hay.len() && !matches!(self.hay[self.pos], b',' | b'}' | b']') {
                    self.pos += 1;
                }
                let mut e = self.pos;
                while e > s && self.hay[e - 1].is_ascii_whitespace() {
                    e -= 1;
                }
                let word = &self.hay[s..e];
                if word.is_empty() || !word.iter().all(|b| b.is_ascii_alphanumeric() || b"+-.".contains(b)) {
                    return None;
                }
                if !matches!(word, b"true" | b"false" | b"null") {
                    self.leaf(s, e);
                }
                Some(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paths(cell: &str) -> Option<Vec<(String, String)>> {
        let hay = cell.as_bytes();
        leaves(hay, 0, hay.len()).map(|v| {
            v.into_iter()
                .map(|l| (l.path, cell[l.start..l.end].to_string()))
                .collect()
        })
    }

    #[test]
    fn key_paths_of_a_document_in_a_cell() {
        let cell = r#"{""contact"": {""email"": ""ana@x.org"", ""phones"": [""+34 600"", 42]}, ""ok"": true, ""q"": ""say \""hi\""""}"#;
        assert_eq!(
            paths(cell).unwrap(),
            vec![
                ("contact.email".into(), "ana@x.org".into()),
                ("contact.phones".into(), "+34 600".into()),
                ("contact.phones".into(), "42".into()),
                ("q".into(), r#"say \""hi\"""#.into()),
            ]
        );
        assert_eq!(paths(r#"[{""ip"": ""81.2.69.160""}]"#).unwrap()[0].0, "ip");
        assert_eq!(paths("[]").unwrap(), vec![]);
    }

    #[test]
    fn text_that_is_not_one_document_stays_a_cell() {
        for cell in [
            "[INFO] started",
            r#"{""a"": 1"#,
            r#"{""a"": 1} trailing"#,
            "plain text",
            r#"{"a": 1}"#,
        ] {
            assert_eq!(paths(cell), None, "{cell}");
        }
        let deep = format!("{}{}", "[".repeat(100), "]".repeat(100));
        assert_eq!(paths(&deep), None);
    }
}
