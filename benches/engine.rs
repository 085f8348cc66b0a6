//! Micro benchmarks of the detector engine. Each benchmark checks its match
//! count first, so a benchmark is also a correctness check.
//!
//!     cargo bench --bench engine

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use pii_scan::detect::{validate, Engine, Scratch, Window};
use pii_scan::patterns;
use std::hint::black_box;

fn fixtures_text() -> Vec<u8> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/");
    let mut text = Vec::new();
    for f in ["users.csv", "events.ndjson", "access.log", "dump.sql", "tickets.txt"] {
        text.extend(std::fs::read(format!("{dir}{f}")).expect("fixtures exist"));
    }
    text
}

fn mib_of(seed: &[u8]) -> Vec<u8> {
    let mut v = Vec::with_capacity(1 << 20);
    while v.len() < 1 << 20 {
        v.extend_from_slice(seed);
    }
    v.truncate(1 << 20);
    v
}

fn count(engine: &Engine, scratch: &mut Scratch, hay: &[u8]) -> usize {
    let mut n = 0;
    engine.scan(scratch, hay, &Window::whole(hay.len()), |h| {
        n += usize::from(!h.placeholder)
    });
    n
}

fn engine_benches(c: &mut Criterion) {
    let engine = Engine::new(&patterns::load(&[]).unwrap()).unwrap();
    let mixed = mib_of(&fixtures_text());
    let clean = mib_of(
        b"The quick brown fox jumps over the lazy dog; release 2.10.3 shipped on 2024-05-01 \
          at 10:30:00 with 1,234 fixes (build 7781, ratio 0.75). Lorem ipsum dolor sit amet.\n",
    );
    let mut s = engine.scratch();
    assert!(count(&engine, &mut s, &mixed) > 10_000, "mixed text has findings");
    assert_eq!(count(&engine, &mut s, &clean), 0, "clean text has none");

    let mut g = c.benchmark_group("engine");
    g.throughput(Throughput::Bytes(1 << 20));
    g.bench_function("mixed_1mib", |b| b.iter(|| count(&engine, &mut s, black_box(&mixed))));
    g.bench_function("no_pii_1mib", |b| b.iter(|| count(&engine, &mut s, black_box(&clean))));
    g.finish();
}

fn validator_benches(c: &mut Criterion) {
    let mut g = c.benchmark_group("validators");
    g.bench_function("luhn_16", |b| b.iter(|| validate::luhn(black_box(b"4556737586899855"))));
    g.bench_function("iban_mod97", |b| {
        b.iter(|| validate::iban_mod97(black_box(b"FR7630006000011234567890189")))
    });
    g.finish();
}

criterion_group!(benches, engine_benches, validator_benches);
criterion_main!(benches);
