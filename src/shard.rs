//! `--shard K/N`: which inputs one of N workers scans, with no coordinator.
//! An input belongs to shard `hash(key) mod N`, its key being what names it
//! the same way on every machine: a file's path relative to the root it was
//! found under, a table's `schema.table`, an object's key. The hash is
//! FNV-1a with a splitmix finaliser, fixed forever (a part records the
//! scheme, and a merge refuses parts of another), so N workers given the
//! same roots scan disjoint sets whose union is everything, each file
//! exactly once.
//!
//! Without `--shard`, a Kubernetes Indexed Job's `JOB_COMPLETION_INDEX`
//! with `PII_SCAN_SHARD_COUNT` (the Job's `completions`) gives it.

use std::path::{Path, PathBuf};

/// The hash scheme, as parts record it.
pub const SCHEME: &str = "fnv1a64-splitmix/relative-path";

/// One worker's place among `count`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Shard {
    /// 0-based: `0/3`, `1/3`, `2/3`.
    pub index: u32,
    pub count: u32,
}

impl Shard {
    /// `K/N` with `0 <= K < N`.
    pub fn parse(s: &str) -> Result<Shard, String> {
        let (k, n) = s
            .split_once('/')
            .ok_or_else(|| format!("{s:?} is not K/N (e.g. 0/4: the first of four shards)"))?;
        let index: u32 = k.trim().parse().map_err(|_| format!("{k:?} is not a shard number"))?;
        let count: u32 = n.trim().parse().map_err(|_| format!("{n:?} is not a shard count"))?;
        if count == 0 || index >= count {
            return Err(format!("shard {index}/{count}: K counts from 0 and is below N"));
        }
        Ok(Shard { index, count })
    }

    /// The shard a Kubernetes Indexed Job gives: `JOB_COMPLETION_INDEX` of
    /// `PII_SCAN_SHARD_COUNT`. An index without a count is an error: the
    /// pods would each scan everything.
    pub fn from_env() -> Result<Option<Shard>, String> {
        let get = |k: &str| std::env::var(k).ok().filter(|v| !v.trim().is_empty());
        match (get("JOB_COMPLETION_INDEX"), get("PII_SCAN_SHARD_COUNT")) {
            (Some(k), Some(n)) => Shard::parse(&format!("{k}/{n}")).map(Some),
            (Some(_), None) => Err(
                "JOB_COMPLETION_INDEX is set but PII_SCAN_SHARD_COUNT is not: set it to the Job's completions (or pass --shard K/N)"
                    .into(),
            ),
            _ => Ok(None),
        }
    }

    /// Whether the input named `key` is this shard's.
    pub fn owns(&self, key: &str) -> bool {
        self.count == 1 || bucket(key, self.count) == self.index
    }
}

/// The shard of `key` among `count`.
pub fn bucket(key: &str, count: u32) -> u32 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in key.as_bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h = (h ^ (h >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h = (h ^ (h >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    h ^= h >> 31;
    (h % u64::from(count)) as u32
}

/// A file's key: its path relative to the (longest) root it lies under, or
/// its file name when the root is the file itself; `/`-separated.
pub fn key(path: &Path, roots: &[PathBuf]) -> String {
    let rel = roots
        .iter()
        .filter_map(|r| path.strip_prefix(r).ok())
        .min_by_key(|rel| rel.as_os_str().len());
    let rel = match rel {
        Some(r) if !r.as_os_str().is_empty() => r,
        _ => Path::new(path.file_name().unwrap_or(path.as_os_str())),
    };
    let parts: Vec<_> = rel.components().map(|c| c.as_os_str().to_string_lossy()).collect();
    parts.join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn k_of_n_parses_and_every_key_has_exactly_one_shard() {
        assert_eq!(Shard::parse("2/7"), Ok(Shard { index: 2, count: 7 }));
        for bad in ["7/7", "1/0", "x/3", "3", "-1/3"] {
            assert!(Shard::parse(bad).is_err(), "{bad}");
        }
        let shards: Vec<Shard> = (0..5).map(|k| Shard { index: k, count: 5 }).collect();
        let mut per = [0usize; 5];
        for i in 0..5000 {
            let key = format!("dump/part-{i:05}.csv");
            let owners: Vec<_> = shards.iter().filter(|s| s.owns(&key)).collect();
            assert_eq!(owners.len(), 1, "{key}");
            per[owners[0].index as usize] += 1;
        }
        assert!(per.iter().all(|&n| (850..1150).contains(&n)), "{per:?}");
        assert_eq!(bucket("users.csv", 7), bucket("users.csv", 7));
    }

    #[test]
    fn keys_are_relative_to_their_root() {
        let roots = [PathBuf::from("/mnt/a/dump"), PathBuf::from("/mnt/a/dump/sub")];
        assert_eq!(key(Path::new("/mnt/a/dump/x/users.csv"), &roots), "x/users.csv");
        assert_eq!(key(Path::new("/mnt/a/dump/sub/y.csv"), &roots), "y.csv");
        assert_eq!(
            key(Path::new("/data/one.sql"), &[PathBuf::from("/data/one.sql")]),
            "one.sql"
        );
    }
}
