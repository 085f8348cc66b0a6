//! Distinct counting with bounded memory: an exact set of 64-bit fingerprints
//! while it is small, then a HyperLogLog sketch (2^14 registers, ~0.8%
//! standard error, 16 KiB) once it passes `EXACT_LIMIT`. Counts stay exact for
//! every realistic field and file; a terabyte dump cannot exhaust memory.

use crate::detect::normalize::FingerprintSet;

/// Past this many distinct values a set turns into a sketch: a set this full
/// holds ~4.5 MiB, the sketch 16 KiB.
pub const EXACT_LIMIT: usize = 1 << 18;
const P: u32 = 14;
const M: usize = 1 << P;

#[derive(Clone, Debug)]
pub enum Distinct {
    Exact(FingerprintSet),
    Sketch(Box<[u8; M]>),
}

impl Default for Distinct {
    fn default() -> Self {
        Distinct::Exact(FingerprintSet::default())
    }
}

impl Distinct {
    pub fn insert(&mut self, fp: u64) {
        match self {
            Distinct::Exact(set) => {
                set.insert(fp);
                if set.len() > EXACT_LIMIT {
                    self.make_sketch();
                }
            }
            Distinct::Sketch(regs) => sketch_insert(regs, fp),
        }
    }

    pub fn merge(&mut self, other: &Distinct) {
        match other {
            Distinct::Exact(set) => set.iter().for_each(|&fp| self.insert(fp)),
            Distinct::Sketch(theirs) => {
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
            Distinct::Exact(set) => (set.len() as u64, false),
            Distinct::Sketch(regs) => (estimate(regs), true),
        }
    }

    fn make_sketch(&mut self) {
        if let Distinct::Exact(set) = self {
            let mut regs = Box::new([0u8; M]);
            set.iter().for_each(|&fp| sketch_insert(&mut regs, fp));
            *self = Distinct::Sketch(regs);
        }
    }
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
}
