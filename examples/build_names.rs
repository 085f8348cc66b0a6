//! Compiles a sorted, de-duplicated list of names with their kinds (one
//! `name<TAB>flags` per line; flags 1 = given name, 2 = surname) into the
//! fst map `patterns/names/names.fst`. Run by `patterns/names/build.py`,
//! which makes the list.

use std::io::{BufRead, BufReader};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, list, out] = &args[..] else {
        eprintln!("usage: build_names LIST.tsv OUT.fst");
        std::process::exit(2);
    };
    let lines = BufReader::new(std::fs::File::open(list).expect("open the list"));
    let mut b = fst::MapBuilder::new(std::io::BufWriter::new(
        std::fs::File::create(out).expect("create the fst"),
    ))
    .expect("start the fst");
    let mut n = 0u64;
    for line in lines.lines() {
        let line = line.expect("read the list");
        let Some((name, flags)) = line.split_once('\t') else {
            continue;
        };
        let flags: u64 = flags.trim().parse().expect("flags are a number");
        assert!((1..=3).contains(&flags), "flags 1, 2 or 3: {line:?}");
        b.insert(name.as_bytes(), flags).expect("names are sorted and unique");
        n += 1;
    }
    b.finish().expect("write the fst");
    eprintln!("{n} names");
}
