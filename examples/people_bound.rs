//! Measures what exact people linking costs in memory: N identifier keys in
//! files of a million records (one email and, for one record in four, a phone
//! shared with the record before), folded into one `People`, then counted.
//!
//!     cargo run --release --example people_bound -- 10000000
//!
//! Prints the keys, the people, the peak RSS of the process (VmHWM) and the
//! bytes per key. The README's "People" bound is this program's output.

use pii_scan::people::{People, PeoplePart};

fn main() {
    let n: u64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10_000_000);
    let before = hwm_kib();
    let t = std::time::Instant::now();
    let mut people = People::default();
    let mut next = 0u64;
    let mut file = 0;
    while next < n {
        let mut part = PeoplePart::default();
        let mut person = 0u32;
        while next < n && part.nodes.len() < 1_000_000 {
            let key = mix(next);
            next += 1;
            part.nodes.insert(key, person);
            if next.is_multiple_of(4) && next < n {
                // A second identifier of the same person.
                part.nodes.insert(mix(next), person);
                next += 1;
            }
            part.people.push(1);
            person += 1;
        }
        people.add(&format!("file{file}"), part);
        file += 1;
    }
    let s = people.summary();
    let peak = hwm_kib().saturating_sub(before);
    println!(
        "{n} keys, {} people, exact {}: peak RSS +{} MiB, {:.1} bytes per key, {:.1} s",
        s.total,
        s.exact,
        peak / 1024,
        peak as f64 * 1024.0 / n as f64,
        t.elapsed().as_secs_f64()
    );
}

fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

fn hwm_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}
