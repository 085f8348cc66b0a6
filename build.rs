//! Checks the compiled dictionaries in `patterns/` before the crate embeds
//! them (`include_bytes!`): a missing or corrupt file fails the build with
//! a message saying how to rebuild it, instead of a scan failing later.

fn main() {
    for (path, script) in [
        ("patterns/places/places.fst", "python3 patterns/places/build.py"),
        ("patterns/names/names.fst", "python3 patterns/names/build.py"),
    ] {
        println!("cargo:rerun-if-changed={path}");
        let bytes =
            std::fs::read(path).unwrap_or_else(|e| panic!("{path} cannot be read ({e}); rebuild it with `{script}`"));
        let checked = fst::raw::Fst::new(bytes)
            .map_err(|e| e.to_string())
            .and_then(|f| f.verify().map_err(|e| e.to_string()).map(|()| f.len()));
        match checked {
            Ok(n) if n > 0 => {}
            Ok(_) => panic!("{path} is empty; rebuild it with `{script}`"),
            Err(e) => panic!("{path} is not a valid fst ({e}); rebuild it with `{script}`"),
        }
    }
}
