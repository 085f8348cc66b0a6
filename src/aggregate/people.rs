//! People across files: each file's people ([`PeoplePart`], linked within
//! it by `classify::people`) are linked to the others' by their identifier
//! keys (union-find over keyed fingerprints), so the same person in a CSV
//! export, an SQL dump and an access log is counted once.
//!
//! Exact while the identifiers fit [`EXACT_KEYS`] (63 bytes each at peak,
//! measured by `examples/people_bound.rs`: 10 M in 600 MiB); past it, new identifiers no longer link and each new person
//! is counted on its own, so the total is an upper bound and says it is not
//! exact. Two partial states merge (walker threads now, shards later).

use crate::category::Category;
pub use crate::classify::people::PeoplePart;
use crate::classify::people::{Forest, KeyMap};
use std::collections::HashMap;

/// Identifier keys held for exact linking: about 600 MiB at the bound.
pub const EXACT_KEYS: usize = 10_000_000;

#[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct People {
    nodes: KeyMap<u32>,
    forest: Forest,
    /// Per node, meaningful at roots: the person's categories.
    cats: Vec<u32>,
    /// Per source, one key per person it holds (its people are the distinct
    /// roots of these), and its records without an identifier.
    sources: Vec<(String, Vec<u64>, u64)>,
    /// Records without a strong identifier, each its own person, by their
    /// categories.
    unlinked: HashMap<u32, u64>,
    /// People not linked because the bound was passed, by categories.
    overflow: HashMap<u32, u64>,
    /// Values in files without records (free text): not attributable.
    pub unattributed: u64,
}

/// What the report says of people.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PeopleSummary {
    pub total: u64,
    pub exact: bool,
    pub by_category: Vec<(Category, u64)>,
    pub sources: Vec<(String, u64)>,
    /// People counted from a record with no strong identifier.
    pub unlinked: u64,
    pub unattributed_values: u64,
}

impl People {
    /// Renumbers the category bit sets (see [`super::Totals::renumber`]).
    pub fn renumber(&mut self, to: &[usize]) {
        let map = |bits: u32| -> u32 {
            (0..32)
                .filter(|i| bits & (1 << i) != 0)
                .fold(0, |b, i| b | 1 << to.get(i).copied().unwrap_or(i))
        };
        for c in &mut self.cats {
            *c = map(*c);
        }
        for m in [&mut self.unlinked, &mut self.overflow] {
            *m = std::mem::take(m).into_iter().fold(HashMap::new(), |mut h, (k, n)| {
                *h.entry(map(k)).or_default() += n;
                h
            });
        }
    }

    /// Adds the people of the file (or table source) at `path`.
    pub fn add(&mut self, path: &str, part: PeoplePart) {
        let mut reps: Vec<Option<u64>> = vec![None; part.people.len()];
        if self.forest.is_empty() && part.nodes.len() <= EXACT_KEYS {
            // The first file of this state: its people are the state.
            for (&key, &p) in &part.nodes {
                reps[p as usize].get_or_insert(key);
            }
            self.nodes = part.nodes;
            self.forest = Forest::singletons(part.people.len());
            self.cats = part.people;
            let over = self.add_overflow(&part.overflow);
            return self.add_source(path, reps, over, &part.unlinked);
        }
        let mut first: Vec<Option<u32>> = vec![None; part.people.len()];
        for (&key, &p) in &part.nodes {
            let Some(n) = self.node(key) else {
                continue; // past the bound: this key links nothing
            };
            match first[p as usize] {
                None => {
                    first[p as usize] = Some(n);
                    reps[p as usize] = Some(key);
                }
                Some(f) => self.union(f, n),
            }
        }
        let mut overflowed = 0;
        for (p, cats) in part.people.iter().enumerate() {
            match first[p] {
                Some(n) => {
                    let r = self.forest.find(n);
                    self.cats[r as usize] |= cats;
                }
                None => {
                    *self.overflow.entry(*cats).or_default() += 1;
                    overflowed += 1;
                }
            }
        }
        let over = self.add_overflow(&part.overflow);
        self.add_source(path, reps, overflowed + over, &part.unlinked);
    }

    /// A part's records counted on their own past the bound.
    fn add_overflow(&mut self, overflow: &[(u32, u64)]) -> u64 {
        for &(cats, n) in overflow {
            *self.overflow.entry(cats).or_default() += n;
        }
        overflow.iter().map(|(_, n)| n).sum()
    }

    fn add_source(&mut self, path: &str, reps: Vec<Option<u64>>, overflowed: u64, unlinked: &[(u32, u64)]) {
        let mut own = overflowed;
        for &(cats, n) in unlinked {
            *self.unlinked.entry(cats).or_default() += n;
            own += n;
        }
        let reps: Vec<u64> = reps.into_iter().flatten().collect();
        if !reps.is_empty() || own > 0 {
            self.sources.push((path.to_string(), reps, own));
        }
    }

    /// Folds another partial state in (the smaller into the larger: the
    /// counts do not depend on which).
    pub fn merge(&mut self, mut other: People) {
        if other.forest.len() > self.forest.len() {
            std::mem::swap(self, &mut other);
        }
        // For each of the other's roots, the node its keys joined here.
        let mut joined = vec![u32::MAX; other.forest.len()];
        let nodes = std::mem::take(&mut other.nodes);
        for (&key, &n) in &nodes {
            let r = other.forest.find(n) as usize;
            let Some(here) = self.node(key) else { continue };
            match joined[r] {
                u32::MAX => joined[r] = here,
                j => self.union(j, here),
            }
        }
        for (r, &j) in joined.iter().enumerate() {
            if !other.forest.is_root(r as u32) {
                continue;
            }
            let cats = other.cats[r];
            match j {
                u32::MAX => *self.overflow.entry(cats).or_default() += 1,
                j => {
                    let root = self.forest.find(j);
                    self.cats[root as usize] |= cats;
                }
            }
        }
        for (c, n) in other.unlinked {
            *self.unlinked.entry(c).or_default() += n;
        }
        for (c, n) in other.overflow {
            *self.overflow.entry(c).or_default() += n;
        }
        self.sources.append(&mut other.sources);
        self.unattributed += other.unattributed;
    }

    fn node(&mut self, key: u64) -> Option<u32> {
        if let Some(&n) = self.nodes.get(&key) {
            return Some(n);
        }
        if self.forest.len() >= EXACT_KEYS {
            return None;
        }
        let n = self.forest.add();
        self.nodes.insert(key, n);
        self.cats.push(0);
        Some(n)
    }

    fn union(&mut self, a: u32, b: u32) {
        if let Some((keep, gone)) = self.forest.union(a, b) {
            let c = self.cats[gone as usize];
            self.cats[keep as usize] |= c;
        }
    }

    /// The counts.
    pub fn summary(&mut self) -> PeopleSummary {
        let mut per_cat = [0u64; 32];
        let mut count = |cats: u32, n: u64| {
            for (i, c) in per_cat.iter_mut().enumerate() {
                if cats & (1 << i) != 0 {
                    *c += n;
                }
            }
        };
        let mut linked = 0u64;
        for n in 0..self.forest.len() as u32 {
            if self.forest.is_root(n) {
                linked += 1;
                count(self.cats[n as usize], 1);
            }
        }
        let unlinked: u64 = self.unlinked.values().sum();
        let overflow: u64 = self.overflow.values().sum();
        for (&c, &n) in self.unlinked.iter().chain(&self.overflow) {
            count(c, n);
        }
        let mut sources: Vec<(String, u64)> = Vec::new();
        let all = std::mem::take(&mut self.sources);
        let mut by_path: HashMap<String, (Vec<u32>, u64)> = HashMap::new();
        for (path, reps, un) in &all {
            let e = by_path.entry(path.clone()).or_default();
            for k in reps {
                let n = self.nodes[k];
                e.0.push(self.forest.find(n));
            }
            e.1 += un;
        }
        self.sources = all;
        for (path, (mut roots, un)) in by_path {
            roots.sort_unstable();
            roots.dedup();
            sources.push((path, roots.len() as u64 + un));
        }
        sources.sort();
        PeopleSummary {
            total: linked + unlinked + overflow,
            exact: overflow == 0,
            by_category: Category::known()
                .into_iter()
                .filter(|c| per_cat[c.index()] > 0)
                .map(|c| (c, per_cat[c.index()]))
                .collect(),
            sources,
            unlinked,
            unattributed_values: self.unattributed,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn part(keys: &[(u64, u32)], people: &[u32]) -> PeoplePart {
        PeoplePart {
            nodes: keys.iter().copied().collect(),
            overflow: Vec::new(),
            people: people.to_vec(),
            unlinked: Vec::new(),
        }
    }

    #[test]
    fn a_person_in_two_files_is_one_and_merging_states_changes_nothing() {
        let email = 1 << Category::Email.index();
        let pass = 1 << Category::Password.index();
        let ip = 1 << Category::IpAddress.index();
        let a = part(&[(10, 0), (11, 1)], &[email | pass, email]);
        let b = part(&[(10, 0), (12, 0), (13, 1)], &[ip, ip]);
        let mut one = People::default();
        one.add("a.csv", a.clone());
        one.add("b.log", b.clone());
        let s = one.summary();
        assert_eq!(s.total, 3);
        assert!(s.exact);
        assert_eq!(s.sources, vec![("a.csv".into(), 2), ("b.log".into(), 2)]);
        assert!(s.by_category.contains(&(Category::IpAddress, 2)));
        assert!(s.by_category.contains(&(Category::Password, 1)));
        assert!(s.by_category.contains(&(Category::Email, 2)));

        let (mut x, mut y) = (People::default(), People::default());
        x.add("a.csv", a);
        y.add("b.log", b);
        x.merge(y);
        assert_eq!(x.summary(), s);
    }
}
