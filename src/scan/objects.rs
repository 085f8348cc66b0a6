//! A bucket's objects turned into origins: each listed object is one byte
//! stream (a [`Bucket`]'s reader) scanned by the one [`Scanner`] exactly as a local
//! file read without a map is, containers and formats included, reported
//! as `s3://bucket/key`. Objects run several at once on the pool. One
//! larger than `--max-filesize`, one whose read cannot start (archive
//! tier, access denied) and one whose body stops part way are listed in
//! `skipped`; the scan goes on.

use super::origin::Origin;
use super::{Outputs, Scanner, Source};
use crate::aggregate::Totals;
use crate::interrupt;
use crate::scan::window::Ctx;
use crate::store::{Bucket, Contents, Listed, Object};
use rayon::prelude::*;

/// Scans every listed object of every bucket.
pub fn scan(
    pool: &rayon::ThreadPool,
    ctx: Ctx,
    out: Outputs,
    listed: &[Listed],
    max: u64,
    shard: Option<crate::shard::Shard>,
) -> Totals {
    let mut totals = Totals::new();
    let mut jobs = Vec::new();
    let buckets = listed.iter().filter_map(|l| match &l.contents {
        Contents::Objects(bucket, objects) => Some((bucket.as_ref(), objects)),
        Contents::Tables(_) => None,
    });
    for (bucket, objects) in buckets {
        // A shard's objects: by key.
        for o in objects.iter().filter(|o| shard.is_none_or(|s| s.owns(&o.key))) {
            if o.size > max {
                totals.skip(
                    bucket.label(o),
                    format!("{} bytes, larger than --max-filesize ({max} bytes)", o.size),
                );
            } else {
                jobs.push((bucket, o));
            }
        }
    }
    let scanned = pool.install(|| {
        jobs.par_iter()
            .with_max_len(1)
            .fold(
                || Scanner::new(ctx, out),
                |mut scanner, (bucket, o)| {
                    if !interrupt::requested() {
                        object_scan(&mut scanner, *bucket, o);
                    }
                    scanner
                },
            )
            .map(|mut scanner| scanner.take().0)
            .reduce(Totals::new, |mut a, b| {
                a.merge(b);
                a
            })
    });
    totals.merge(scanned);
    totals
}

fn object_scan(scanner: &mut Scanner, bucket: &dyn Bucket, o: &Object) {
    let label = bucket.label(o);
    let mut reader = match bucket.reader(o) {
        Ok(r) => r,
        Err(why) => return scanner.sink.fail(&label, format!("cannot be read: {why}")),
    };
    let origin = Origin {
        label: label.clone(),
        name: o.key.clone(),
        size: Some(o.size),
        depth: 0,
        rendered: None,
    };
    scanner.scan_top(&origin, Source::Stream(&mut *reader));
    if let Some(why) = reader.stopped() {
        scanner.sink.fail(
            &label,
            format!("read stopped after {} of {} bytes: {why}", reader.bytes_read(), o.size),
        );
    }
}
