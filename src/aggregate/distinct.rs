//! Distinct counting with bounded memory: an exact set of 64-bit fingerprints
//! while it is small, then a HyperLogLog sketch (2^14 registers, ~0.8%
//! standard error, 16 KiB) once it passes `EXACT_LIMIT`. Counts stay exact for
//! every realistic field and file; a terabyte dump cannot exhaust memory.
//!
//! The exact set is a sorted, deduplicated vector plus an unsorted buffer of
//! new fingerprints, folded in (sort, dedup, one linear merge) when the buffer
//! is as long as the sorted part. An insert is a push, not a probe into a
//! table larger than the cache, and merging two sets is one sequential pass:
//! every value goes through several sets (window, field, file, run), so this
//! is most of what counting costs (measured: a hash set's inserts and rehashes
//! were 15% of a dense scan).

/// Past this many distinct values a set turns into a sketch: a set this full
/// holds 2 MiB, the sketch 16 KiB.
pub const EXACT_LIMIT: usize = 1 << 18;
/// The buffer is folded in once it holds as many as the sorted part, but at
/// least `PENDING_MIN` and at most `PENDING_MAX` (a set near the limit then
/// holds 2 MiB sorted and 512 KiB pending, and a fold costs a few sequential
/// reads per insert).
const PENDING_MIN: usize = 512;
const PENDING_MAX: usize = 1 << 16;
/// HyperLogLog precision: 2^P registers (a part records it; a merge of
/// parts with another is refused).
pub const P: u32 = 14;
const M: usize = 1 << P;

#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub enum Distinct {
    Exact(Exact),
    Sketch(#[serde(with = "registers")] Box<[u8; M]>),
}

/// A sketch's registers as a byte string (serde has no arrays this long);
/// a part with the wrong number of them does not load.
mod registers {
    use super::M;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(regs: &[u8; M], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bytes(regs)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Box<[u8; M]>, D::Error> {
        let v: Vec<u8> = Vec::deserialize(d)?;
        let n = v.len();
        v.into_boxed_slice()
            .try_into()
            .map_err(|_| serde::de::Error::custom(format!("a sketch of {n} registers, not {M}")))
    }
}

/// A set of fingerprints: `sorted` (ascending, no duplicates) and `pending`.
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct Exact {
    sorted: Vec<u64>,
    pending: Vec<u64>,
}

impl Default for Distinct {
    fn default() -> Self {
        Distinct::Exact(Exact::default())
    }
}

impl Exact {
    fn push(&mut self, fp: u64) -> bool {
        self.pending.push(fp);
        self.full()
    }

    /// Folds `pending` into `sorted`.
    fn compact(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        self.pending.sort_unstable();
        self.pending.dedup();
        let merged = union(&self.sorted, &self.pending);
        self.sorted = merged;
        self.pending.clear();
        self.pending.shrink_to(PENDING_MAX);
    }

    /// Adds `other`'s fingerprints: one linear merge when the two are of
    /// comparable size, else into the buffer (adding many small sets to one
    /// large one stays linear in what is added).
    fn absorb(&mut self, other: &Exact) -> bool {
        if other.sorted.len() * 8 >= self.sorted.len() {
            self.sorted = union(&self.sorted, &other.sorted);
        } else {
            self.pending.extend_from_slice(&other.sorted);
        }
        self.pending.extend_from_slice(&other.pending);
        self.full()
    }

    fn full(&self) -> bool {
        self.pending.len() >= self.sorted.len().clamp(PENDING_MIN, PENDING_MAX)
    }

    fn len(&self) -> usize {
        if self.pending.is_empty() {
            return self.sorted.len();
        }
        let mut p = self.pending.clone();
        p.sort_unstable();
        p.dedup();
        self.sorted.len() + p.iter().filter(|fp| self.sorted.binary_search(fp).is_err()).count()
    }

    fn iter(&self) -> impl Iterator<Item = &u64> {
        self.sorted.iter().chain(&self.pending)
    }
}

/// The sorted union of two sorted, deduplicated slices.
fn union(a: &[u64], b: &[u64]) -> Vec<u64> {
    if a.is_empty() {
        return b.to_vec();
    }
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        let (x, y) = (a[i], b[j]);
        out.push(x.min(y));
        i += usize::from(x <= y);
        j += usize::from(y <= x);
    }
    out.extend_from_slice(&a[i..]);
    out.extend_from_slice(&b[j..]);
    out
}

impl Distinct {
    pub fn insert(&mut self, fp: u64) {
        match self {
            Distinct::Exact(set) => {
                if set.push(fp) {
                    self.settle();
                }
            }
            Distinct::Sketch(regs) => sketch_insert(regs, fp),
        }
    }

    pub fn merge(&mut self, other: &Distinct) {
        match (&mut *self, other) {
            (Distinct::Exact(ours), Distinct::Exact(theirs)) => {
                if ours.absorb(theirs) || ours.sorted.len() > EXACT_LIMIT {
                    self.settle();
                }
            }
            (Distinct::Sketch(ours), Distinct::Exact(theirs)) => theirs.iter().for_each(|&fp| sketch_insert(ours, fp)),
            (_, Distinct::Sketch(theirs)) => {
                self.make_sketch();
                if let Distinct::Sketch(ours) = self {
                    for (a, b) in ours.iter_mut().zip(theirs.iter()) {
                        *a = (*a).max(*b);
                    }
                }
            }
        }
    }

    /// The count, and whether it is an estimate.
    pub fn count(&self) -> (u64, bool) {
        match self {
            // Past the limit the count is the sketch's whatever the order
            // of inserts and merges (a set over it may not have settled yet).
            Distinct::Exact(set) => match set.len() {
                n if n > EXACT_LIMIT => (estimate(&sketch_of(set)), true),
                n => (n as u64, false),
            },
            Distinct::Sketch(regs) => (estimate(regs), true),
        }
    }

    /// Folds the buffer in; past `EXACT_LIMIT`, becomes a sketch. Done as
    /// the buffer fills, and by a set's owner before it is counted or merged
    /// more than once.
    pub fn settle(&mut self) {
        if let Distinct::Exact(set) = self {
            set.compact();
            if set.sorted.len() > EXACT_LIMIT {
                self.make_sketch();
            }
        }
    }

    fn make_sketch(&mut self) {
        if let Distinct::Exact(set) = self {
            *self = Distinct::Sketch(sketch_of(set));
        }
    }
}

fn sketch_of(set: &Exact) -> Box<[u8; M]> {
    let mut regs = Box::new([0u8; M]);
    set.iter().for_each(|&fp| sketch_insert(&mut regs, fp));
    regs
}

fn sketch_insert(regs: &mut [u8; M], fp: u64) {
    // Fingerprints come from SipHash, so their bits are already well mixed.
    let idx = (fp >> (64 - P)) as usize;
    let rank = ((fp << P) | (1 << (P - 1))).leading_zeros() as u8 + 1;
    regs[idx] = regs[idx].max(rank);
}

fn estimate(regs: &[u8; M]) -> u64 {
    let m = M as f64;
    let alpha = 0.7213 / (1.0 + 1.079 / m);
    let sum: f64 = regs.iter().map(|&r| 2f64.powi(-i32::from(r))).sum();
    let raw = alpha * m * m / sum;
    let zeros = regs.iter().filter(|&&r| r == 0).count();
    let e = if raw <= 2.5 * m && zeros > 0 {
        m * (m / zeros as f64).ln() // linear counting for the small range
    } else {
        raw
    };
    e.round() as u64
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::{DefaultHasher, Hash, Hasher};

    fn fp(i: u64) -> u64 {
        let mut h = DefaultHasher::new();
        i.hash(&mut h);
        h.finish()
    }

    #[test]
    fn exact_while_small_estimate_within_two_percent_when_large() {
        let mut d = Distinct::default();
        for i in 0..1000 {
            d.insert(fp(i % 500));
        }
        assert_eq!(d.count(), (500, false));

        let n = EXACT_LIMIT as u64 * 2;
        let (mut a, mut b) = (Distinct::default(), Distinct::default());
        for i in 0..n {
            if i % 2 == 0 {
                a.insert(fp(i))
            } else {
                b.insert(fp(i))
            }
        }
        a.merge(&b);
        let (est, is_est) = a.count();
        assert!(is_est);
        let err = (est as f64 - n as f64).abs() / n as f64;
        assert!(err < 0.02, "estimate {est} vs {n}");
    }

    #[test]
    fn counts_equal_a_hash_set_through_inserts_and_merges_of_any_size() {
        use std::collections::HashSet;
        let (mut big, mut want) = (Distinct::default(), HashSet::new());
        for round in 0..40u64 {
            // Parts of very different sizes, with repeats inside and across.
            let mut part = Distinct::default();
            for i in 0..(round * round * 7 % 5000) {
                let v = fp((round * 131 + i * 17) % 20_000);
                part.insert(v);
                want.insert(v);
            }
            let before = part.count();
            big.merge(&part);
            assert_eq!(part.count(), before);
            assert_eq!(big.count(), (want.len() as u64, false), "round {round}");
            big.insert(fp(round));
            want.insert(fp(round));
        }
        let mut empty = Distinct::default();
        empty.merge(&big);
        assert_eq!(empty.count(), big.count());
    }
}
