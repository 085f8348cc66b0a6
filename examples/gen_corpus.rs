//! Writes a deterministic, breach-shaped benchmark corpus of any size.
//!
//!     cargo run --release --example gen_corpus -- --size 1GiB --out /tmp/corpus
//!     cargo run --release --example gen_corpus -- --size 500MiB --files 100000 --out /tmp/small
//!
//! Shapes: a few large files (default: a users CSV, NDJSON events, an access
//! log, a MySQL dump, free-text tickets and PII-free prose, `--pii-share` of
//! the bytes breach-shaped, the rest prose), or `--files N` small files of
//! 1–10 KB. Beside the directory it writes `OUT.truth.json`: how many values
//! of each category were planted (the detector categories; structure-derived
//! ones such as `activity` are not planted and not listed), and for the
//! large-file shape the people the records belong to (`people`: linked by
//! email and phone as the scanner links them; see `Planted`).

#[path = "common/mod.rs"]
mod common;

use common::*;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

const PROSE_WORDS: &[&str] = &[
    "the",
    "upload",
    "queue",
    "was",
    "drained",
    "after",
    "a",
    "deploy",
    "of",
    "release",
    "cache",
    "hit",
    "ratio",
    "improved",
    "thumbnail",
    "service",
    "restarted",
    "without",
    "errors",
    "storage",
    "bucket",
    "rotation",
    "policy",
    "applies",
    "to",
    "every",
    "album",
    "and",
    "gallery",
    "export",
    "job",
    "finished",
    "in",
    "seconds",
    "while",
    "moderation",
    "backlog",
    "shrank",
    "overnight",
    "builds",
    "passed",
    "on",
    "all",
    "platforms",
];

fn parse_size(s: &str) -> u64 {
    let t = s.trim_end_matches("iB").trim_end_matches('B');
    let (n, m) = match t.chars().last() {
        Some('K') => (&t[..t.len() - 1], 1 << 10),
        Some('M') => (&t[..t.len() - 1], 1 << 20),
        Some('G') => (&t[..t.len() - 1], 1 << 30),
        _ => (t, 1),
    };
    n.parse::<u64>().expect("a size like 512MiB or 2GiB") * m
}

/// The people the records of the large-file shape belong to: records
/// linked by their emails (as the scanner folds them: case, Gmail's dots) and
/// phones (digits); access-log lines (an address, no identifier) are
/// records tied to no one: counted apart, not as people.
#[derive(Default)]
struct Planted {
    ids: std::collections::HashMap<String, u32>,
    parent: Vec<u32>,
    /// Per node, at roots: email, phone, password (bits 0, 1, 2).
    cats: Vec<u8>,
    unlinked: u64,
}

impl Planted {
    fn record(&mut self, ids: &[String], cats: u8) {
        let nodes: Vec<u32> = ids
            .iter()
            .map(|id| {
                let next = self.parent.len() as u32;
                let n = *self.ids.entry(id.clone()).or_insert(next);
                if n == next {
                    self.parent.push(n);
                    self.cats.push(0);
                }
                n
            })
            .collect();
        let root = self.find(nodes[0]);
        for &n in &nodes[1..] {
            let r = self.find(n);
            if r != root {
                self.parent[r as usize] = root;
                self.cats[root as usize] |= self.cats[r as usize];
            }
        }
        self.cats[root as usize] |= cats;
    }

    fn find(&mut self, mut n: u32) -> u32 {
        while self.parent[n as usize] != n {
            self.parent[n as usize] = self.parent[self.parent[n as usize] as usize];
            n = self.parent[n as usize];
        }
        n
    }

    fn email(e: &str) -> String {
        let e = e.to_lowercase();
        match e.strip_suffix("@gmail.com") {
            Some(local) => format!("e:{}@gmail.com", local.replace('.', "")),
            None => format!("e:{e}"),
        }
    }

    /// `"people": {...}` for the truth file.
    fn json(&mut self) -> String {
        let (mut total, mut by) = (0, [0u64; 3]);
        for n in 0..self.parent.len() as u32 {
            if self.find(n) == n {
                total += 1;
                for (b, c) in by.iter_mut().enumerate() {
                    *c += u64::from(self.cats[n as usize] >> b & 1);
                }
            }
        }
        format!(
            "{{\"total\": {total}, \"unlinked_records\": {}, \"email\": {}, \"phone\": {}, \"password\": {}}}",
            self.unlinked, by[0], by[1], by[2]
        )
    }
}

/// One breach-shaped line of file kind `k`.
fn record(g: &mut Gen, p: &mut Planted, k: usize, i: u64, out: &mut String) {
    let f = "corpus";
    match k {
        0 => {
            let (e, ip, ph) = (g.email(f), g.ipv4(f), g.phone_us(f));
            let digits: String = ph.chars().filter(char::is_ascii_digit).collect();
            p.record(&[Planted::email(&e), format!("p:{digits}")], 0b011);
            writeln!(out, "{i},{e},{ip},{ph},2024-0{}-1{} 10:20:00", 1 + i % 9, i % 10).unwrap();
        }
        1 => {
            let e = g.email(f);
            p.record(&[Planted::email(&e)], 0b001);
            let ip = if i.is_multiple_of(3) { g.ipv6(f) } else { g.ipv4(f) };
            let geo = if i.is_multiple_of(7) {
                format!(",\"geo\":\"{}\"", g.coords(f))
            } else {
                String::new()
            };
            writeln!(out, "{{\"ts\":\"2024-05-01T10:00:{:02}Z\",\"user\":{{\"email\":\"{e}\"}},\"ip\":\"{ip}\",\"action\":\"upload\"{geo}}}", i % 60).unwrap();
        }
        2 => {
            p.unlinked += 1;
            let ip = g.ipv4(f);
            // The user-agent of a client address counts as `device`.
            g.t.add(f, "device", "curl/8.4.0");
            writeln!(
                out,
                "{ip} - - [10/Oct/2024:13:55:{:02} +0000] \"GET /photos/{i} HTTP/1.1\" 200 {} \"-\" \"curl/8.4.0\"",
                i % 60,
                100 + i % 9000
            )
            .unwrap();
        }
        3 => {
            let (e, h, ip) = (g.email(f), g.bcrypt(f), g.ipv4(f));
            p.record(&[Planted::email(&e)], 0b101);
            writeln!(out, "INSERT INTO `users` VALUES ({i},'{e}','{h}','{ip}');").unwrap();
        }
        _ => match i % 6 {
            0 => writeln!(
                out,
                "Ticket {i}: card {} charged twice, contact {}",
                g.card(f),
                g.email(f)
            )
            .unwrap(),
            1 => writeln!(out, "Ticket {i}: SSN {} verified, phone {}", g.ssn(f), g.phone_intl(f)).unwrap(),
            2 => writeln!(out, "Ticket {i}: refund to {} requested", g.iban(f)).unwrap(),
            3 => writeln!(out, "Ticket {i}: device {} near gps {}", g.mac(f), g.coords(f)).unwrap(),
            _ => writeln!(out, "Ticket {i}: customer {} asked about the export", g.email(f)).unwrap(),
        },
    }
}

fn prose(r: &mut Rng, out: &mut String, bytes: usize) {
    let start = out.len();
    while out.len() - start < bytes {
        for _ in 0..12 {
            let word: &str = PROSE_WORDS[r.below(PROSE_WORDS.len() as u64) as usize];
            out.push_str(word);
            out.push(' ');
        }
        let _ = writeln!(
            out,
            "build {} at 2024-05-{:02} took {} ms.",
            r.range(100, 999),
            r.range(1, 28),
            r.range(1, 500)
        );
    }
}

const NAMES: [&str; 6] = [
    "users.csv",
    "events.ndjson",
    "access.log",
    "dump.sql",
    "tickets.txt",
    "prose.txt",
];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let get = |k: &str| args.iter().position(|a| a == k).and_then(|i| args.get(i + 1)).cloned();
    let size = parse_size(&get("--size").unwrap_or_else(|| "256MiB".into()));
    let out = PathBuf::from(get("--out").expect("--out DIR"));
    let files: u64 = get("--files").map_or(0, |s| s.parse().expect("--files N"));
    let pii_share: f64 = get("--pii-share").map_or(0.3, |s| s.parse().expect("--pii-share 0..1"));
    let seed: u64 = get("--seed").map_or(0x00C0_FFEE, |s| s.parse().expect("--seed N"));
    std::fs::create_dir_all(&out).unwrap();
    let mut g = Gen {
        r: Rng(seed),
        t: Truth {
            count_only: true,
            ..Truth::default()
        },
    };
    let mut prose_rng = Rng(seed ^ 0x5555);
    let mut buf = String::with_capacity(1 << 20);
    let mut i = 0u64;
    let mut planted = Planted::default();
    if files == 0 {
        // A few large files; breach-shaped bytes split evenly over five kinds.
        let pii_bytes = (size as f64 * pii_share) as u64;
        for (k, name) in NAMES.iter().enumerate() {
            let target = if k == 5 { size - pii_bytes } else { pii_bytes / 5 };
            let mut w = std::io::BufWriter::with_capacity(1 << 20, std::fs::File::create(out.join(name)).unwrap());
            let mut written = 0u64;
            while written < target {
                buf.clear();
                if k == 5 {
                    prose(&mut prose_rng, &mut buf, (1 << 20).min((target - written) as usize));
                } else {
                    while buf.len() < 1 << 20 && written + (buf.len() as u64) < target {
                        record(&mut g, &mut planted, k, i, &mut buf);
                        i += 1;
                    }
                }
                w.write_all(buf.as_bytes()).unwrap();
                written += buf.len() as u64;
            }
        }
    } else {
        // Many small files of 1–10 KB, 1000 per directory.
        let per_file = size.checked_div(files).unwrap_or(size).max(1024);
        for n in 0..files {
            let dir = out.join(format!("d{:03}", n / 1000));
            if n % 1000 == 0 {
                std::fs::create_dir_all(&dir).unwrap();
            }
            let want = g.r.range(per_file / 5, per_file * 9 / 5).clamp(1024, 10 * 1024) as usize;
            buf.clear();
            let k = (n % 5) as usize;
            while buf.len() < want {
                if g.r.below(10) < (pii_share * 10.0) as u64 {
                    record(&mut g, &mut planted, k, i, &mut buf);
                    i += 1;
                } else {
                    prose(&mut prose_rng, &mut buf, 256);
                }
            }
            std::fs::write(
                dir.join(format!("f{n:06}.{}", ["csv", "ndjson", "log", "sql", "txt"][k])),
                &buf,
            )
            .unwrap();
        }
    }
    let counts: Vec<String> = g.t.counts.iter().map(|(c, n)| format!("    \"{c}\": {n}")).collect();
    // People only where records are records: small files mix prose lines
    // into their CSV and SQL.
    let people = if files == 0 {
        format!(",\n  \"people\": {}", planted.json())
    } else {
        String::new()
    };
    let truth = format!(
        "{{\n  \"size\": {size},\n  \"files\": {files},\n  \"seed\": {seed},\n  \"planted\": {{\n{}\n  }}{people}\n}}\n",
        counts.join(",\n")
    );
    let truth_path = Path::new(&format!("{}.truth.json", out.display())).to_path_buf();
    std::fs::write(&truth_path, truth).unwrap();
    eprintln!(
        "wrote {} ({} values planted); truth in {}",
        out.display(),
        g.t.counts.values().sum::<u64>(),
        truth_path.display()
    );
}
