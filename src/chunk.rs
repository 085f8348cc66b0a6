//! Cutting a haystack into windows that can be scanned independently — in
//! parallel for a large mapped file, or in batches read from a stream — with
//! results identical to one pass over the whole.
//!
//! A cut is placed right after a *separator*: a byte no detector can match
//! (`\n` always is one). No match can span such a cut, so each window starts
//! exactly where a whole-file scan would be. Where no separator is near (one
//! multi-gigabyte line of base64), the cut is plain and the next window starts
//! searching `MAX_MATCH_LEN` bytes early; hits are owned by the window their
//! start falls in, so nothing is counted twice.

use crate::detect::{Engine, Window, MAX_MATCH_LEN};
use std::io::{self, Read};

/// How far from a nominal cut point a separator is looked for.
pub const SNAP_LIMIT: usize = 64 * 1024;

#[cfg(any(test, feature = "internals"))]
/// Windows covering all of `hay`, each about `size` bytes.
pub fn plan(engine: &Engine, hay: &[u8], size: usize) -> Vec<Window> {
    Planner::new(engine, hay, size).collect()
}

/// The windows of [`plan`], computed one at a time: a huge mapped file is
/// only touched near the cuts it is about to scan (touching every cut up front
/// faulted in hundreds of megabytes of page-cache folios).
pub struct Planner<'a> {
    engine: &'a Engine,
    hay: &'a [u8],
    size: usize,
    start: usize,
    exact: bool,
    done: bool,
}

impl<'a> Planner<'a> {
    pub fn new(engine: &'a Engine, hay: &'a [u8], size: usize) -> Self {
        Planner {
            engine,
            hay,
            size: size.max(1),
            start: 0,
            exact: true,
            done: false,
        }
    }
}

impl Iterator for Planner<'_> {
    type Item = Window;

    fn next(&mut self) -> Option<Window> {
        if self.done {
            return None;
        }
        let hay = self.hay;
        let nominal = self.start.saturating_add(self.size);
        let (end, next_exact) = if nominal >= hay.len() {
            (hay.len(), true)
        } else {
            let search_end = (nominal + SNAP_LIMIT).min(hay.len());
            match hay[nominal..search_end]
                .iter()
                .position(|&b| self.engine.is_separator(b))
            {
                Some(i) => (nominal + i + 1, true),
                None => (nominal, false),
            }
        };
        let w = window(self.start, end, self.exact, hay.len());
        self.start = end;
        self.exact = next_exact;
        self.done = end >= hay.len();
        Some(w)
    }
}

fn window(own_start: usize, own_end: usize, exact: bool, len: usize) -> Window {
    Window {
        from: if exact {
            own_start
        } else {
            own_start.saturating_sub(MAX_MATCH_LEN)
        },
        own: own_start..own_end,
        limit: (own_end + MAX_MATCH_LEN).min(len),
    }
}

/// A stream cut into batches of windows: each batch is its own buffer
/// (so one can be detected while the previous one is still being folded),
/// holding the detector's context before its first window and after its
/// last. The windows are those [`stream`] would give with the same `size`
/// (cuts right after a separator, or plain cuts with `MAX_MATCH_LEN` of
/// overlap), so the hits are those of one whole pass.
pub struct Batches<'e, R> {
    engine: &'e Engine,
    reader: R,
    size: usize,
    /// Windows per batch.
    count: usize,
    /// The bytes after the last cut, with the detector's context before it.
    carry: Vec<u8>,
    /// Stream offset of `carry[0]`.
    offset: u64,
    /// Where in `carry` the next window's own range starts.
    own_from: usize,
    /// Whether that start is right after a separator.
    exact: bool,
    done: bool,
}

/// One batch of [`Batches`]: `bytes[i]` is stream offset `offset + i`.
pub struct Batch {
    pub bytes: Vec<u8>,
    pub offset: u64,
    pub windows: Vec<Window>,
    /// The stream ends with this batch.
    pub last: bool,
}

impl Batch {
    /// The stream offsets this batch's windows own.
    pub fn owned(&self) -> std::ops::Range<u64> {
        let lo = self.windows.first().map_or(0, |w| w.own.start);
        let hi = self.windows.last().map_or(0, |w| w.own.end);
        self.offset + lo as u64..self.offset + hi as u64
    }
}

impl<'e, R: Read> Batches<'e, R> {
    pub fn new(engine: &'e Engine, reader: R, size: usize, count: usize) -> Self {
        Batches {
            engine,
            reader,
            size: size.max(1),
            count: count.max(1),
            carry: Vec::new(),
            offset: 0,
            own_from: 0,
            exact: true,
            done: false,
        }
    }

    /// The next batch (`None` once the stream has ended), read into
    /// `bytes` (a buffer given back by an earlier batch, or a new one).
    pub fn next_batch(&mut self, mut bytes: Vec<u8>) -> io::Result<Option<Batch>> {
        if self.done {
            return Ok(None);
        }
        bytes.clear();
        bytes.extend_from_slice(&self.carry);
        let eof = fill(&mut self.reader, &mut bytes, self.own_from + self.count * self.size + MAX_MATCH_LEN)?;
        let len = bytes.len();
        // Where this batch's last window ends, and whether right after a
        // separator.
        let (stop, stop_exact) = if eof {
            (len, true)
        } else {
            let nominal = len - MAX_MATCH_LEN;
            let low = nominal.saturating_sub(SNAP_LIMIT).max(self.own_from);
            match bytes[low..nominal].iter().rposition(|&b| self.engine.is_separator(b)) {
                Some(i) => (low + i + 1, true),
                None => (nominal, false),
            }
        };
        let mut windows = Vec::with_capacity(self.count);
        let (mut start, mut exact) = (self.own_from, self.exact);
        loop {
            let nominal = start.saturating_add(self.size);
            let (end, next_exact) = if nominal >= stop || windows.len() + 1 == self.count {
                (stop, stop_exact)
            } else {
                let search_end = (nominal + SNAP_LIMIT).min(stop);
                match bytes[nominal..search_end].iter().position(|&b| self.engine.is_separator(b)) {
                    Some(i) => (nominal + i + 1, true),
                    None => (nominal, false),
                }
            };
            windows.push(Window {
                from: if exact { start } else { start.saturating_sub(MAX_MATCH_LEN) },
                own: start..end,
                limit: (end + MAX_MATCH_LEN).min(len),
            });
            start = end;
            exact = next_exact;
            if start >= stop {
                break;
            }
        }
        if eof {
            self.done = true;
            self.carry.clear();
        } else {
            // Keep the detector's context before the cut and the bytes after.
            let keep = stop.saturating_sub(MAX_MATCH_LEN);
            self.carry.clear();
            self.carry.extend_from_slice(&bytes[keep..]);
            self.own_from = stop - keep;
            self.exact = stop_exact;
        }
        let batch = Batch {
            bytes,
            offset: self.offset,
            windows,
            last: eof,
        };
        if !eof {
            self.offset += stop.saturating_sub(MAX_MATCH_LEN) as u64;
        }
        Ok(Some(batch))
    }
}

/// Reads until `buf` holds `want` bytes or the stream ends; true at the end.
/// The room is zeroed once, not once per read: a reader handing over a few
/// bytes at a time (a database row per read) costs what it reads.
fn fill<R: Read>(reader: &mut R, buf: &mut Vec<u8>, want: usize) -> io::Result<bool> {
    let mut filled = buf.len();
    if filled >= want {
        return Ok(false);
    }
    // Exactly: a reused buffer a few bytes short would otherwise double
    // (an 8 MiB batch taking 16 MiB of address space).
    buf.reserve_exact(want - filled);
    buf.resize(want, 0);
    let result = loop {
        if filled == want {
            break Ok(false);
        }
        match reader.read(&mut buf[filled..]) {
            Ok(0) => break Ok(true),
            Ok(n) => filled += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => break Err(e),
        }
    };
    buf.truncate(filled);
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::Hit;
    use crate::patterns;

    fn engine() -> Engine {
        Engine::new(&patterns::load(&[]).unwrap()).unwrap()
    }

    fn whole(e: &Engine, hay: &[u8]) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        e.scan(&mut e.scratch(), hay, &Window::whole(hay.len()), |h: Hit| {
            out.push((h.detector(), h.start, h.end))
        });
        out
    }

    fn chunked(e: &Engine, hay: &[u8], size: usize) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        let mut s = e.scratch();
        for w in plan(e, hay, size) {
            e.scan(&mut s, hay, &w, |h: Hit| out.push((h.detector(), h.start, h.end)));
        }
        out
    }

    fn batched(e: &Engine, hay: &[u8], size: usize, count: usize) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        let mut s = e.scratch();
        let mut batches = Batches::new(e, hay, size, count);
        let mut owned = 0u64;
        while let Some(b) = batches.next_batch(Vec::new()).unwrap() {
            assert_eq!(b.owned().start, owned, "batches own the stream in order, without gaps");
            owned = b.owned().end;
            for w in &b.windows {
                e.scan(&mut s, &b.bytes, w, |h: Hit| {
                    out.push((h.detector(), h.start + b.offset as usize, h.end + b.offset as usize))
                });
            }
        }
        assert_eq!(owned as usize, hay.len());
        out
    }

    fn sample(lines: usize, newlines: bool) -> Vec<u8> {
        let mut v = Vec::new();
        for i in 0..lines {
            let sep = if newlines { "\n" } else { " " };
            v.extend_from_slice(
                format!("id={i} mail=user.{i}@mail-host.net ip 81.2.{}.{} card 4556 7375 8689 9855 ssn 512-44-3378 pos 48.85837, 2.29448{sep}", i % 200, i % 250)
                    .as_bytes(),
            );
        }
        v
    }

    /// Every window size, cut at newlines or not, finds exactly the matches
    /// of one whole pass: none lost at a boundary, none counted twice.
    #[test]
    fn chunked_and_streamed_scans_equal_a_whole_scan() {
        let e = engine();
        for newlines in [true, false] {
            let hay = sample(300, newlines);
            let expect = whole(&e, &hay);
            assert_eq!(expect.len(), 300 * 5);
            for size in [7, 61, 4096, 65_536, 1 << 20] {
                assert_eq!(chunked(&e, &hay, size), expect, "plan size {size} newlines {newlines}");
                for count in [1, 3] {
                    assert_eq!(batched(&e, &hay, size, count), expect, "batches of {count} size {size}");
                }
            }
        }
    }

    #[test]
    fn a_value_straddling_a_cut_is_found_once() {
        let e = engine();
        for at in [65_535usize, 65_536, 65_537] {
            let mut hay = vec![b'x'; 70_000];
            // No separators nearby: a plain cut right through the email.
            let email = b"straddle.me@mail-host.net";
            let start = at - 10;
            hay[start - 1] = b' ';
            hay[start..start + email.len()].copy_from_slice(email);
            hay[start + email.len()] = b' ';
            let expect = whole(&e, &hay);
            assert_eq!(expect.len(), 1);
            assert_eq!(chunked(&e, &hay, at), expect);
            assert_eq!(batched(&e, &hay, at, 2), expect);
        }
    }

    #[test]
    fn empty_input_is_one_empty_window() {
        let e = engine();
        assert_eq!(plan(&e, b"", 10).len(), 1);
        assert!(batched(&e, b"", 10, 2).is_empty());
    }

    mod property {
        use super::*;
        use proptest::prelude::*;

        /// Values to plant, and filler bytes: separators (`\n`, NUL, `"`),
        /// characters every detector can continue over (`a`, `1`, `.`,
        /// ` `), so cuts land both at separators and in the middle of runs.
        const VALUES: &[&str] = &[
            "ana.lopez@gmail.com",
            "81.2.69.160",
            "4556 7375 8689 9855",
            "512-44-3378",
            "(415) 867-5309",
            "NL91ABNA0417164300",
            "3c:22:fb:1a:9e:04",
            "2a03:2880:f12f:83:face:b00c:0:25de",
            "$2b$12$EixZaYVK1fsbw1ZfbX3OXePaWxn96p36WQoeG6Lruj3vjPGga31lW",
        ];
        const FILLER: &[u8] = b"\n\0\"a1. x,:-@";

        fn input() -> impl Strategy<Value = Vec<u8>> {
            proptest::collection::vec(
                (0..VALUES.len(), proptest::collection::vec(0..FILLER.len(), 0..300)),
                1..60,
            )
            .prop_map(|parts| {
                let mut v = Vec::new();
                for (value, filler) in parts {
                    v.extend(filler.into_iter().map(|i| FILLER[i]));
                    v.extend_from_slice(VALUES[value].as_bytes());
                }
                v
            })
        }

        proptest! {
            #![proptest_config(ProptestConfig { cases: 128, .. ProptestConfig::default() })]

            /// Any input, any window size: chunked and streamed scans find
            /// exactly the hits of one whole pass.
            #[test]
            fn chunking_never_changes_hits(hay in input(), size in 1usize..5000) {
                let e = engine();
                let expect = whole(&e, &hay);
                prop_assert_eq!(chunked(&e, &hay, size), expect.clone());
                prop_assert_eq!(batched(&e, &hay, size, 1 + size % 4), expect);
            }
        }
    }
}
