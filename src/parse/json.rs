//! JSON, NDJSON and JSON logs, streamed: a byte-level tokenizer that keeps
//! only the current key path (never a tree), so a 5 GB array costs no more
//! memory than a 5 KB one. Depth is bounded; truncated or invalid input ends
//! the parse or skips a byte, never panics. Keys are joined with `.`, array
//! indices dropped (`user.geo.lat`).

use super::{Event, Names, Parser};

/// Deeper containers are walked but their values are not attributed.
pub const MAX_DEPTH: usize = 128;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Object,
    Array,
}

/// Whether an object is a record: a document, an element of a top-level
/// array, or an element of an array inside a record (nested).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Record {
    No,
    Top,
    Nested,
}

#[derive(Clone, Copy)]
struct Frame {
    kind: Kind,
    record: Record,
    /// Length of `path` when the container opened.
    base: usize,
    expect_key: bool,
}

pub struct Json {
    pos: usize,
    frames: Vec<Frame>,
    path: String,
    pending_end: bool,
    /// Deepest nesting seen, and whether the input ended inside a value.
    deepest: usize,
    truncated: bool,
}

impl Json {
    pub fn new() -> Json {
        Json {
            pos: 0,
            frames: Vec::new(),
            path: String::new(),
            pending_end: false,
            deepest: 0,
            truncated: false,
        }
    }

    fn field(&self, names: &mut Names) -> Option<u32> {
        if self.frames.len() > MAX_DEPTH {
            return None;
        }
        Some(names.intern(if self.path.is_empty() { "value" } else { &self.path }))
    }

    /// After a value or a closed container inside an object, the key is spent.
    fn value_done(&mut self) {
        if let Some(f) = self.frames.last_mut() {
            if f.kind == Kind::Object {
                f.expect_key = true;
                self.path.truncate(f.base);
            }
        }
    }

    /// What an object opening now is: a document or an element of an array
    /// that sits in no record is a record; an element of an array inside
    /// a record is a nested one; any other object is part of its record.
    fn opens(&self) -> Record {
        match self.frames.last() {
            None => Record::Top,
            Some(f) if f.kind == Kind::Array => {
                if self.frames.iter().any(|f| f.record != Record::No) {
                    Record::Nested
                } else {
                    Record::Top
                }
            }
            Some(_) => Record::No,
        }
    }
}

impl Default for Json {
    fn default() -> Self {
        Json::new()
    }
}

/// The index just past the closing quote of a string opening at `open`.
fn string_end(hay: &[u8], open: usize) -> Option<usize> {
    let mut i = open + 1;
    while i < hay.len() {
        match memchr::memchr2(b'"', b'\\', &hay[i..]) {
            Some(k) if hay[i + k] == b'\\' => i += k + 2,
            Some(k) => return Some(i + k + 1),
            None => return None,
        }
    }
    None
}

impl Parser for Json {
    fn needed(&self) -> usize {
        self.pos
    }

    fn rebase(&mut self, by: usize) {
        self.pos -= by;
    }

    fn next(&mut self, hay: &[u8], names: &mut Names) -> Option<Event> {
        if self.pending_end {
            self.pending_end = false;
            return Some(Event::EndRecord);
        }
        while self.pos < hay.len() {
            let b = hay[self.pos];
            match b {
                b'{' | b'[' => {
                    let base = self.path.len();
                    let kind = if b == b'{' { Kind::Object } else { Kind::Array };
                    let record = if kind == Kind::Object && self.frames.len() < MAX_DEPTH {
                        self.opens()
                    } else {
                        Record::No
                    };
                    self.frames.push(Frame {
                        kind,
                        record,
                        base,
                        expect_key: kind == Kind::Object,
                    });
                    self.deepest = self.deepest.max(self.frames.len());
                    self.pos += 1;
                    if record == Record::Nested {
                        return Some(Event::BeginRecord);
                    }
                }
                b'}' | b']' => {
                    self.pos += 1;
                    if let Some(f) = self.frames.pop() {
                        self.path.truncate(f.base);
                        self.value_done();
                        if f.record != Record::No && (f.kind == Kind::Object) {
                            return Some(Event::EndRecord);
                        }
                    }
                }
                b'"' => {
                    let Some(end) = string_end(hay, self.pos) else {
                        self.pos = hay.len();
                        self.truncated = true;
                        return None;
                    };
                    let (s, e) = (self.pos + 1, end - 1);
                    self.pos = end;
                    let in_key = self
                        .frames
                        .last()
                        .is_some_and(|f| f.kind == Kind::Object && f.expect_key);
                    if in_key {
                        let f = *self.frames.last().unwrap();
                        self.path.truncate(f.base);
                        if !self.path.is_empty() {
                            self.path.push('.');
                        }
                        self.path.push_str(&String::from_utf8_lossy(&hay[s..e]));
                        self.frames.last_mut().unwrap().expect_key = false;
                        continue;
                    }
                    let field = self.field(names);
                    let top = self.frames.is_empty();
                    self.value_done();
                    if let Some(field) = field {
                        self.pending_end = top;
                        return Some(Event::Value {
                            field,
                            start: s,
                            end: e,
                        });
                    }
                }
                b',' => {
                    self.pos += 1;
                    if let Some(f) = self.frames.last_mut() {
                        if f.kind == Kind::Object {
                            f.expect_key = true;
                            self.path.truncate(f.base);
                        }
                    }
                }
                b':' | b' ' | b'\t' | b'\r' | b'\n' => self.pos += 1,
                b'-' | b'0'..=b'9' | b't' | b'f' | b'n' => {
                    let s = self.pos;
                    let len = hay[s..]
                        .iter()
                        .position(|c| matches!(c, b',' | b'}' | b']' | b' ' | b'\t' | b'\r' | b'\n'))
                        .unwrap_or(hay.len() - s);
                    self.pos = s + len;
                    let literal_null = &hay[s..s + len] == b"null";
                    let field = self.field(names);
                    let top = self.frames.is_empty();
                    self.value_done();
                    if let (Some(field), false) = (field, literal_null) {
                        self.pending_end = top;
                        return Some(Event::Value {
                            field,
                            start: s,
                            end: s + len,
                        });
                    }
                }
                _ => self.pos += 1, // not JSON here: skip the byte
            }
        }
        self.truncated |= !self.frames.is_empty();
        None
    }

    fn warning(&self) -> Option<String> {
        let mut w = Vec::new();
        if self.deepest > MAX_DEPTH {
            w.push(format!(
                "JSON nested {} levels deep; values below level {MAX_DEPTH} are not attributed to fields",
                self.deepest
            ));
        }
        if self.truncated {
            w.push(
                "JSON ends inside a value or container (truncated?); fields before that point are reported".to_string(),
            );
        }
        (!w.is_empty()).then(|| w.join("; "))
    }
}

#[cfg(test)]
mod tests {
    use super::super::collect;
    use super::*;

    #[test]
    fn ndjson_nested_paths_arrays_and_records() {
        let hay = br#"{"user":{"email":"a@b.com","geo":{"lat":48.8,"lon":2.3}},"tags":["x","y"],"n":null}
{"user":{"email":"c@d.org"},"events":[{"ip":"81.2.69.160"},{"ip":"81.2.69.161"}]}
"#;
        let (values, records, _) = collect(&mut Json::new(), hay);
        let got: Vec<(&str, &str)> = values.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(
            got,
            vec![
                ("user.email", "a@b.com"),
                ("user.geo.lat", "48.8"),
                ("user.geo.lon", "2.3"),
                ("tags", "x"),
                ("tags", "y"),
                ("user.email", "c@d.org"),
                ("events.ip", "81.2.69.160"),
                ("events.ip", "81.2.69.161"),
            ]
        );
        assert_eq!(records, 2);
    }

    #[test]
    fn array_elements_are_records_wherever_the_array_sits() {
        let hay = br#"{"profiles":[{"email":"a@b.com","children":[{"name":"Ana"}]},{"email":"c@d.org"}]}"#;
        let mut p = Json::new();
        let mut names = Names::default();
        let mut events = Vec::new();
        while let Some(ev) = p.next(hay, &mut names) {
            events.push(match ev {
                Event::Value { field, .. } => names.get(field).to_string(),
                Event::BeginRecord => "(".to_string(),
                Event::EndRecord => ")".to_string(),
            });
        }
        assert_eq!(
            events.join(" "),
            "( profiles.email ( profiles.children.name ) ) ( profiles.email ) )"
        );
    }

    #[test]
    fn pretty_array_of_objects_counts_each_element_as_a_record() {
        let hay = b"[\n  {\"name\": \"Ana \\\"A\\\" Lopez\", \"age\": 31},\n  {\"name\": \"Bob\"}\n]\n";
        let (values, records, _) = collect(&mut Json::new(), hay);
        assert_eq!(values[0], ("name".into(), "Ana \\\"A\\\" Lopez".into()));
        assert_eq!(values[1], ("age".into(), "31".into()));
        assert_eq!(records, 2);
    }

    #[test]
    fn truncated_and_deep_input_ends_cleanly() {
        let mut p = Json::new();
        let (values, _, _) = collect(&mut p, br#"{"a":"x","b":"unterminated"#);
        assert_eq!(values, vec![("a".into(), "x".into())]);
        assert!(p.warning().unwrap().contains("truncated"));
        let deep = "[".repeat(10_000) + "\"v\"" + &"]".repeat(10_000);
        let mut p = Json::new();
        let (values, _, _) = collect(&mut p, deep.as_bytes());
        assert!(values.is_empty(), "values past MAX_DEPTH are not attributed");
        assert!(p.warning().unwrap().contains("10000 levels"));
        let mut p = Json::new();
        collect(&mut p, b"{\"a\": [1, 2]}\n");
        assert_eq!(p.warning(), None);
    }
}
