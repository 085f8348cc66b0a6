//! Compiles a sorted, de-duplicated list of names (one per line) into an
//! fst set: `patterns/places/places.fst`, made by
//! `patterns/places/build.py`. With `--map`, each line is `name<TAB>value`
//! (an unsigned integer) and the output an fst map:
//! `patterns/residence/cities.fst`, made by `patterns/residence/build.py`.

use std::io::{BufRead, BufReader};

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let map = args.first().is_some_and(|a| a == "--map");
    if map {
        args.remove(0);
    }
    let [list, out] = &args[..] else {
        eprintln!("usage: build_places [--map] LIST OUT.fst");
        std::process::exit(2);
    };
    let lines = BufReader::new(std::fs::File::open(list).expect("open the list"));
    let w = std::io::BufWriter::new(std::fs::File::create(out).expect("create the fst"));
    let mut n = 0u64;
    if map {
        let mut b = fst::MapBuilder::new(w).expect("start the fst");
        for line in lines.lines() {
            let line = line.expect("read the list");
            let Some((name, value)) = line.split_once('\t') else {
                continue;
            };
            let value = value.parse().expect("a value is an unsigned integer");
            b.insert(name.as_bytes(), value).expect("names are sorted and unique");
            n += 1;
        }
        b.finish().expect("write the fst");
    } else {
        let mut b = fst::SetBuilder::new(w).expect("start the fst");
        for line in lines.lines() {
            let line = line.expect("read the list");
            if !line.is_empty() {
                b.insert(line.as_bytes()).expect("names are sorted and unique");
                n += 1;
            }
        }
        b.finish().expect("write the fst");
    }
    eprintln!("{n} names");
}
