//! Containers on arbitrary bytes (gzip, zstd, bzip2, xz, tar, zip, SQLite,
//! spreadsheets, Parquet, EXIF): whatever the magic bytes claim, decoding
//! ends (within the limits) without a panic, reading every member.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pii_scan::container::{self, archive, photo, table, Kind, Limits, Visitor};
use std::io::{Cursor, Read};

struct Drain(u32);

impl Visitor for Drain {
    fn member(&mut self, _name: &str, reader: &mut dyn Read) {
        let mut head = [0u8; 512];
        let n = reader.read(&mut head).unwrap_or(0);
        // A nested container is opened too (one level).
        if self.0 < 1 {
            if let Some(kind) = container::sniff(&head[..n]) {
                let mut rest = Vec::new();
                let _ = reader.take(1 << 20).read_to_end(&mut rest);
                let mut all = head[..n].to_vec();
                all.extend(rest);
                open(kind, &all, self.0 + 1);
            }
        }
        let _ = std::io::copy(&mut reader.take(4 << 20), &mut std::io::sink());
    }
    fn skip(&mut self, _name: &str, reason: String) {
        assert!(!reason.is_empty());
    }
}

fn open(kind: Kind, data: &[u8], depth: u32) {
    let limits = Limits {
        max_expanded: 4 << 20,
        max_ratio: 250,
        max_depth: 2,
    };
    let mut v = Drain(depth);
    match kind {
        k if k.streams() => archive::stream(k, &mut Cursor::new(data), limits, &mut v),
        Kind::Zip => match archive::open_zip(Cursor::new(data), &mut v) {
            archive::Opened::Members(mut zip, count) => {
                for i in 0..zip.len().min(64) {
                    archive::zip_member(&mut zip, &count, i, limits, &mut v);
                }
            }
            archive::Opened::Spreadsheet(_) => {
                let _ = table::spreadsheet(data);
            }
            archive::Opened::Corrupt => {}
        },
        Kind::Sqlite => {
            let _ = table::sqlite_bytes(data);
        }
        Kind::Parquet => {
            let _ = table::parquet(bytes::Bytes::copy_from_slice(data));
        }
        Kind::Image(_) => {
            let _ = photo::exif_json(&mut Cursor::new(data));
        }
        _ => {}
    }
}

fuzz_target!(
    // The scanner runs third-party decoders under `container::guard`: a panic
    // in one becomes a `skipped` entry. Do the same here (libfuzzer-sys's hook
    // would abort first), so the fuzzer keeps looking for panics of our own.
    // Known third-party panic, caught this way: parquet 60 asserts on a
    // negative column offset (tests/data/parquet-negative-offset.parquet).
    init: pii_scan::container::install_panic_hook(),
    |data: &[u8]| {
    // The first byte picks a claimed kind, so every decoder sees the input
    // even without its magic; real magic bytes are also sniffed.
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let claimed = [
        Kind::Gzip,
        Kind::Zstd,
        Kind::Bzip2,
        Kind::Xz,
        Kind::Tar,
        Kind::Zip,
        Kind::Sqlite,
        Kind::Parquet,
        Kind::Image(pii_scan::sniff::Format::Jpeg),
    ];
    let kind = container::sniff(rest).unwrap_or(claimed[usize::from(pick) % claimed.len()]);
    // Third-party decoders may panic on hostile bytes: the scan catches that
    // (container::guard); the fuzzer reports it so it can be fixed or noted.
    let _ = container::guard(|| open(kind, rest, 0));
});
