//! The pattern-file loader on arbitrary text: a valid file compiles, an
//! invalid one is an error naming the file, never a panic or a hang.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pii_scan::detect::Engine;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    match pii_scan::patterns::parse("fuzz.toml", text) {
        // (An empty file adds nothing; the built-ins are always there.)
        Ok(specs) if specs.is_empty() => {}
        Ok(specs) => {
            if let Err(e) = Engine::new(&specs) {
                assert!(e.to_string().contains("fuzz.toml"), "{e}");
            }
        }
        Err(e) => assert!(e.to_string().contains("fuzz.toml"), "{e}"),
    }
});
