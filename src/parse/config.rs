//! Configuration files: `.env`, INI, Java properties, TOML and YAML. Each
//! setting is a field named by its key path (`smtp.password`, `[db] user`
//! → `db.user`, YAML nesting by indentation), so a secret-named key's value
//! is judged as a secret whatever its shape. The whole file is one record.

use super::{Event, Names, Parser};

pub struct Config {
    pos: usize,
    /// YAML: the keys of the enclosing mappings, with their indentation.
    stack: Vec<(usize, String)>,
    /// INI / TOML: the current `[section]`.
    section: String,
    pending: Option<Event>,
    ended: bool,
}

impl Config {
    pub fn new() -> Self {
        Config {
            pos: 0,
            stack: Vec::new(),
            section: String::new(),
            pending: None,
            ended: false,
        }
    }
}

impl Default for Config {
    fn default() -> Self {
        Config::new()
    }
}

/// A key: letters, digits and `_ - .`, not empty.
fn is_key(k: &[u8]) -> bool {
    !k.is_empty()
        && k.len() <= 128
        && k
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.') || b >= 0x80)
}

/// The value's span within `line` (from `from`), without quotes and a
/// trailing comment.
fn value_span(line: &[u8], from: usize) -> Option<(usize, usize)> {
    let mut s = from;
    while s < line.len() && line[s].is_ascii_whitespace() {
        s += 1;
    }
    let mut e = line.len();
    while e > s && line[e - 1].is_ascii_whitespace() {
        e -= 1;
    }
    if s >= e {
        return None;
    }
    match line[s] {
        q @ (b'"' | b'\'') => {
            let close = memchr::memchr(q, &line[s + 1..e])?;
            Some((s + 1, s + 1 + close))
        }
        _ => {
            // ` # comment` after an unquoted value.
            let cut = line[s..e]
                .windows(2)
                .position(|w| w == b" #")
                .map_or(e, |k| s + k);
            let mut e = cut;
            while e > s && line[e - 1].is_ascii_whitespace() {
                e -= 1;
            }
            (e > s).then_some((s, e))
        }
    }
}

impl Parser for Config {
    fn next(&mut self, hay: &[u8], names: &mut Names) -> Option<Event> {
        if let Some(e) = self.pending.take() {
            return Some(e);
        }
        if self.pos == 0 {
            self.pos = super::bom_len(hay);
        }
        while self.pos < hay.len() {
            let base = self.pos;
            let end = memchr::memchr(b'\n', &hay[base..]).map_or(hay.len(), |k| base + k);
            self.pos = end + 1;
            let line = hay[base..end].strip_suffix(b"\r").unwrap_or(&hay[base..end]);
            let indent = line.iter().take_while(|b| **b == b' ' || **b == b'\t').count();
            let mut body = &line[indent..];
            let mut at = indent;
            if body.is_empty() || matches!(body[0], b'#' | b';' | b'!') || body.starts_with(b"//") || body == b"---" {
                continue;
            }
            if body[0] == b'[' {
                if let Some(close) = memchr::memchr(b']', body) {
                    self.section = String::from_utf8_lossy(&body[1..close]).trim_matches('[').trim().to_string();
                    self.stack.clear();
                }
                continue;
            }
            // A YAML list item holds a value or a mapping of its parent key.
            if let Some(rest) = body.strip_prefix(b"- ") {
                body = rest;
                at += 2;
            }
            if let Some(rest) = body.strip_prefix(b"export ") {
                body = rest;
                at += 7;
            }
            // The first `=` or `:` (followed by a space or the end of the
            // line, so a URL's `https:` is no key) splits key and value.
            let split = body.iter().enumerate().find_map(|(i, &b)| match b {
                b'=' => Some((i, i + 1)),
                b':' if body.get(i + 1).is_none_or(|n| *n == b' ' || *n == b'\t') => Some((i, i + 1)),
                _ => None,
            });
            let Some((k_end, v_from)) = split else { continue };
            let key = body[..k_end].trim_ascii();
            let key = key.strip_prefix(b"\"").and_then(|k| k.strip_suffix(b"\"")).unwrap_or(key);
            if !is_key(key) {
                continue;
            }
            let key = String::from_utf8_lossy(key).into_owned();
            while self.stack.last().is_some_and(|(i, _)| *i >= indent) {
                self.stack.pop();
            }
            let mut path: Vec<&str> = Vec::new();
            if !self.section.is_empty() {
                path.push(&self.section);
            }
            path.extend(self.stack.iter().map(|(_, k)| k.as_str()));
            path.push(&key);
            let name = path.join(".");
            match value_span(body, v_from) {
                None => {
                    // A YAML mapping opens: its keys follow, indented.
                    self.stack.push((indent, key));
                }
                Some((s, e)) => {
                    let field = names.intern(&name);
                    return Some(Event::Value {
                        field,
                        start: base + at + s,
                        end: base + at + e,
                    });
                }
            }
        }
        if !self.ended {
            self.ended = true;
            return Some(Event::EndRecord);
        }
        None
    }

    fn needed(&self) -> usize {
        self.pos
    }

    fn rebase(&mut self, by: usize) {
        self.pos -= by;
    }

    fn is_config(&self) -> bool {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_values() {
        let text = b"# comment\nDB_PASSWORD=s3cr3t!x\nexport API_KEY=\"abc def\"\n[smtp]\nhost = mail.example\npassword = hunter22 # old\nsmtp:\n  user: alice\n  auth:\n    token: 'tok_123'\nurl: https://x.example/a:b\n";
        let (values, records, _) = crate::parse::collect(&mut Config::new(), text);
        let got: Vec<(&str, &str)> = values.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        assert_eq!(
            got,
            [
                ("DB_PASSWORD", "s3cr3t!x"),
                ("API_KEY", "abc def"),
                ("smtp.host", "mail.example"),
                ("smtp.password", "hunter22"),
                ("smtp.smtp.user", "alice"),
                ("smtp.smtp.auth.token", "tok_123"),
                ("smtp.url", "https://x.example/a:b"),
            ]
        );
        assert_eq!(records, 1);
    }
}
