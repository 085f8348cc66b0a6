//! Micro benchmarks of the detector engine. Each benchmark checks its match
//! count first, so a benchmark is also a correctness check.
//!
//!     cargo bench --bench engine

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use pii_scan::classify::{Attributor, Hints};
use pii_scan::detect::normalize::fingerprint;
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
    // Every validator through the engine, on its detector's first example:
    // the cost of one candidate, end to end (search + validation).
    let specs = patterns::load(&[]).unwrap();
    let engine = Engine::new(&specs).unwrap();
    let mut s = engine.scratch();
    let mut g = c.benchmark_group("detector_example");
    for spec in specs.iter().filter(|d| !d.examples.matches.is_empty()) {
        let ex = spec.examples.matches[0].as_bytes().to_vec();
        assert!(count(&engine, &mut s, &ex) >= 1, "{}", spec.id);
        g.bench_function(&spec.id, |b| b.iter(|| count(&engine, &mut s, black_box(&ex))));
    }
    g.finish();
    let mut g = c.benchmark_group("validators");
    g.bench_function("luhn_16", |b| b.iter(|| validate::luhn(black_box(b"4556737586899855"))));
    g.bench_function("iban_mod97", |b| {
        b.iter(|| validate::bank::iban_mod97(black_box(b"FR7630006000011234567890189")))
    });
    g.finish();
}

fn classification_benches(c: &mut Criterion) {
    // Field attribution and verdicts over the fixtures' users CSV (1 MiB).
    let specs = patterns::load(&[]).unwrap();
    let engine = Engine::new(&specs).unwrap();
    let hints = Hints::builtin();
    let text = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/users.csv")).unwrap();
    let (header, body) = text.split_at(text.iter().position(|&b| b == b'\n').unwrap() + 1);
    let mut csv = header.to_vec();
    while csv.len() < 1 << 20 {
        csv.extend_from_slice(body);
    }
    let mut s = engine.scratch();
    let mut hits = Vec::new();
    engine.scan(&mut s, &csv, &Window::whole(csv.len()), |h| hits.push(h));
    let classify = |hits: &[pii_scan::detect::Hit]| {
        let parser = pii_scan::parse::parser_for(pii_scan::sniff::Format::Csv, &csv).unwrap();
        let mut attr = Attributor::new(parser, &hints, "bench.csv", true);
        let fps: Vec<u64> = hits
            .iter()
            .map(|h| fingerprint(engine.detectors()[h.detector()].category, &csv[h.start..h.end]))
            .collect();
        attr.feed(&csv, hits, &fps, csv.len(), engine.detectors(), None);
        attr.finish(&csv, 0.5, false).0.verdicts.len()
    };
    assert_eq!(classify(&hits), 7, "the users CSV has seven personal fields");
    let mut g = c.benchmark_group("classify");
    g.throughput(Throughput::Bytes(csv.len() as u64));
    g.bench_function("users_csv_1mib", |b| b.iter(|| classify(black_box(&hits))));
    g.finish();
}

criterion_group!(benches, engine_benches, validator_benches, classification_benches);
criterion_main!(benches);
