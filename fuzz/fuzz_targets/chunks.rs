//! Chunk invariance: any input cut into windows of any size (first byte)
//! gives exactly the hits of one whole pass.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pii_scan::chunk;
use pii_scan::detect::{Engine, Window};
use std::sync::OnceLock;

fn engine() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(|| Engine::new(&pii_scan::patterns::load(&[]).unwrap()).unwrap())
}

fuzz_target!(|data: &[u8]| {
    let Some((&size, hay)) = data.split_first() else { return };
    let e = engine();
    let mut scratch = e.scratch();
    let mut whole = Vec::new();
    e.scan(&mut scratch, hay, &Window::whole(hay.len()), |h| {
        whole.push((h.start, h.end, h.detector()))
    });
    let mut parts = Vec::new();
    for w in chunk::plan(e, hay, usize::from(size) + 1) {
        e.scan(&mut scratch, hay, &w, |h| parts.push((h.start, h.end, h.detector())));
    }
    assert_eq!(whole, parts, "chunk size {}", usize::from(size) + 1);
});
