//! Compiles a sorted, de-duplicated list of place names (one per line) into
//! the fst set `patterns/places/places.fst`. Run by
//! `patterns/places/build.py`, which makes the list.

use std::io::{BufRead, BufReader};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, list, out] = &args[..] else {
        eprintln!("usage: build_places LIST OUT.fst");
        std::process::exit(2);
    };
    let lines = BufReader::new(std::fs::File::open(list).expect("open the list"));
    let mut b = fst::SetBuilder::new(std::io::BufWriter::new(
        std::fs::File::create(out).expect("create the fst"),
    ))
    .expect("start the fst");
    let mut n = 0u64;
    for line in lines.lines() {
        let line = line.expect("read the list");
        if !line.is_empty() {
            b.insert(line.as_bytes()).expect("names are sorted and unique");
            n += 1;
        }
    }
    b.finish().expect("write the fst");
    eprintln!("{n} names");
}
