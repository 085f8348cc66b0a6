//! The detector engine on arbitrary bytes: no panic, every hit inside the
//! haystack, non-empty, in offset order, with a known detector.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pii_scan::detect::{Engine, Window};
use std::sync::OnceLock;

fn engine() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(|| Engine::new(&pii_scan::patterns::load(&[]).unwrap()).unwrap())
}

fuzz_target!(|data: &[u8]| {
    let e = engine();
    let mut scratch = e.scratch();
    let mut last = 0;
    e.scan(&mut scratch, data, &Window::whole(data.len()), |h| {
        assert!(
            h.start < h.end && h.end <= data.len(),
            "{}..{} of {}",
            h.start,
            h.end,
            data.len()
        );
        assert!(h.start >= last, "hits in offset order");
        assert!(h.detector() < e.detectors().len());
        assert!((0.0..=1.0).contains(&h.confidence));
        last = h.start;
    });
});
