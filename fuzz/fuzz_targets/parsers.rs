//! Every structure parser (csv, json, sql, log; first byte picks one) on
//! arbitrary bytes: no panic, spans inside the input, and the parse ends.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pii_scan::parse::{parser_for, Event, Names};

fuzz_target!(|data: &[u8]| {
    let Some((&pick, hay)) = data.split_first() else { return };
    use pii_scan::sniff::Format;
    let format = [Format::Csv, Format::Tsv, Format::Json, Format::Ndjson, Format::Sql, Format::Log][usize::from(pick) % 6];
    let Some(mut p) = parser_for(format, hay) else { return };
    let mut names = Names::default();
    let mut events = 0usize;
    let mut last_end = 0;
    while let Some(ev) = p.next(hay, &mut names) {
        if let Event::Value { start, end, field } = ev {
            assert!(
                start <= end && end <= hay.len(),
                "{format}: {start}..{end} of {}",
                hay.len()
            );
            assert!((field as usize) < names.len());
            assert!(end >= last_end || format == Format::Json || format == Format::Ndjson || start >= last_end.min(start));
            last_end = end;
        }
        events += 1;
        // Each event consumes input or closes a record: a parse never
        // yields more events than about two per byte.
        assert!(events <= 2 * hay.len() + 4, "{format}: parser does not end");
    }
    let _ = p.warning();
});
