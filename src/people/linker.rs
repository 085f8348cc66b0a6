//! Linking within one file: ended records join by their strong
//! identifiers (union-find), and each person's signature is the OR of its
//! records'. Records without a strong identifier are kept by their keys
//! and handles, to be linked or bounded across files ([`super::merge`]).

use super::forest::Forest;
use super::identity::KeyMap;
use super::record::{Ended, Handles, Record, Signature};
use super::EXACT_KEYS;
use crate::jurisdiction::residence::Lived;
use foldhash::{HashMap, HashMapExt, HashSet};

/// A node's person, as far as its records tell.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Node {
    /// An index into `signatures` (a file's records have few distinct
    /// signatures; 4 bytes a node, not 16).
    signature: u32,
    lived: Lived,
}

/// Links ended records by their identifiers, keys and handles.
#[derive(Debug, Default)]
pub struct Linker {
    /// Identifier key -> node.
    pub(super) nodes: KeyMap<u32>,
    pub(super) forest: Forest,
    /// Per node, meaningful at roots: its signature and residence, side by
    /// side (a record settles both: one cache miss, not two).
    pub(super) at: Vec<Node>,
    pub(super) signatures: Vec<Signature>,
    pub(super) signature_ids: HashMap<Signature, u32>,
    /// Keys of records with strong identifiers: `(entity, item, node)`.
    pub(super) key_edges: Vec<(u64, u64, u32, u32)>,
    /// Items named by records without a strong identifier: `keys::slot`
    /// -> `(entity, item, signature id)`.
    pub(super) key_sigs: KeyMap<(u64, u64, u32)>,
    /// Where the people key items name live, as records without an
    /// identifier say, by the name those records carry (0: none):
    /// `(entity, item, name)` -> lived.
    pub(super) key_lived: HashMap<(u64, u64, u64), Lived>,
    /// Items of two entities named by one such record.
    pub(super) key_pairs: HashSet<(u64, u64, u64, u64)>,
    /// Records without a strong identifier but with keys, by the entities
    /// their keys name (an index into `entity_sets`), handles and signature.
    pub(super) keyed: HashMap<(u32, Handles, u32), u64>,
    pub(super) entity_sets: Vec<Vec<u64>>,
    /// Records with neither, by handles and signature.
    pub(super) weak: HashMap<(Handles, u32), u64>,
    /// Handles of records with strong identifiers -> node.
    pub(super) handles: KeyMap<u32>,
    /// Records linked by a strong identifier.
    pub(super) identified: u64,
    /// Records past the bound none of whose identifiers was held.
    pub(super) overflow: HashMap<Signature, u64>,
    /// Identifiers held (default `EXACT_KEYS`; smaller in tests).
    pub(super) bound: Option<usize>,
    /// A record unpacked from `Ended` (reused).
    pub(super) scratch: Record,
}

/// One file's people, ready to be linked with other files': every
/// identifier key with its person (an index into `people`), each person's
/// categories (a bit per index), and what records without a strong
/// identifier hold (keys and handles), linked or bounded once every file
/// is in (`people::merge`).
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct PeoplePart {
    pub nodes: KeyMap<u32>,
    pub people: Vec<u32>,
    /// Per person, where they live (as `people`; empty in parts written
    /// before it was known).
    #[serde(default)]
    pub lived: Vec<Lived>,
    /// `(entity, item, person, field)`: key columns of records with
    /// identifiers.
    pub key_edges: Vec<(u64, u64, u32, u32)>,
    /// `(entity, item, categories)`: what records without an identifier
    /// hold, per key item they name.
    pub key_cats: Vec<(u64, u64, u32)>,
    /// `(entity, item, name, lived)`: where the person a key item names
    /// lives, as records without an identifier say (a shipping address),
    /// by the name they carry (0: none).
    #[serde(default)]
    pub key_lived: Vec<(u64, u64, u64, Lived)>,
    /// `(entity, item, entity, item)`: two items one record without an
    /// identifier names (an upload's `user_id` and `album_id`).
    pub key_pairs: Vec<(u64, u64, u64, u64)>,
    /// `(entities, handles, categories, records)`: records without an
    /// identifier but with keys.
    pub keyed: Vec<(Vec<u64>, Handles, u32, u64)>,
    /// `(handles, categories, records)`: records with neither.
    pub weak: Vec<(Handles, u32, u64)>,
    /// `(handle, person)`: the names and IP addresses of identified people.
    pub handles: Vec<(u64, u32)>,
    /// Records linked by a strong identifier.
    pub identified: u64,
    /// Keys of usernames seen only in a log's requests: they confirm no one
    /// on their own (`people::merge`).
    pub log_usernames: Vec<u64>,
    /// `(categories, records)`: records counted on their own because the
    /// bound on identifiers was passed.
    pub overflow: Vec<(u32, u64)>,
}

impl Linker {
    /// Settles `ended` in order, leaving it empty (its buffers kept).
    pub fn settle_all(&mut self, ended: &mut Ended) {
        let mut scratch = std::mem::take(&mut self.scratch);
        ended.drain(&mut scratch, |record, sig| self.settle(record, sig));
        self.scratch = scratch;
    }

    /// Links an ended record.
    pub(super) fn settle(&mut self, record: &mut Record, sig: Signature) {
        // Two objects of one record with a name each are two people: the
        // identifiers of the second are another person's.
        if record.named_groups.len() > 1 && record.groups.len() == record.ids.len() {
            if let Some(&first) = record.groups.first() {
                if record.named_groups.contains(&first) {
                    let mut keep = Vec::new();
                    for (k, g) in record.ids.iter().zip(&record.groups) {
                        if *g != first && record.named_groups.contains(g) {
                            record.others.push(*k);
                        } else {
                            keep.push(*k);
                        }
                    }
                    record.ids = keep;
                }
            }
        }
        if !record.others.is_empty() && !sig.is_empty() {
            let full = self.forest.len() >= self.bound.unwrap_or(EXACT_KEYS);
            for &k in &record.others {
                if let Some(n) = if full { self.nodes.get(&k).copied() } else { Some(self.node(k)) } {
                    let root = self.forest.find(n) as usize;
                    self.at[root].signature = self.joined(self.at[root].signature, sig);
                }
            }
        }
        if record.ids.is_empty() {
            if !sig.is_empty() {
                let s = self.joined(0, sig);
                if record.keys.is_empty() {
                    *self.weak.entry((record.handles, s)).or_default() += 1;
                } else {
                    let mut entities: Vec<u64> = record.keys.iter().map(|k| k.0).collect();
                    entities.sort_unstable();
                    entities.dedup();
                    let set = match self.entity_sets.iter().position(|e| *e == entities) {
                        Some(i) => i,
                        None => {
                            self.entity_sets.push(entities);
                            self.entity_sets.len() - 1
                        }
                    } as u32;
                    *self.keyed.entry((set, record.handles, s)).or_default() += 1;
                    for (n, &(entity, item, _)) in record.keys.iter().enumerate() {
                        let slot = super::keys::slot(entity, item);
                        let old = self.key_sigs.get(&slot).map_or(0, |e| e.2);
                        let joined = self.joined(old, sig);
                        self.key_sigs.insert(slot, (entity, item, joined));
                        if record.lived.is_known() {
                            let l = self.key_lived.entry((entity, item, record.handles.name)).or_default();
                            *l = l.join(record.lived);
                        }
                        for &(e2, i2, _) in &record.keys[n + 1..] {
                            if e2 != entity && self.key_pairs.len() < EXACT_KEYS {
                                self.key_pairs.insert((entity, item, e2, i2));
                            }
                        }
                    }
                }
            }
            return;
        }
        for k in std::mem::take(&mut record.links) {
            if !record.ids.contains(&k) {
                record.ids.push(k);
            }
        }
        // Past the bound, only identifiers already held link; a record with
        // none of them is a person of its own (the count is then an upper
        // bound, and says so).
        let full = self.forest.len() >= self.bound.unwrap_or(EXACT_KEYS);
        let mut linked = record.ids.iter().filter_map(|&k| {
            if full {
                self.nodes.get(&k).copied()
            } else {
                Some(self.node(k))
            }
        });
        let Some(first) = linked.next() else {
            *self.overflow.entry(sig).or_default() += 1;
            return;
        };
        let rest: Vec<u32> = linked.collect();
        for n in rest {
            self.union(first, n);
        }
        self.identified += 1;
        let root = self.forest.find(first) as usize;
        self.at[root].signature = self.joined(self.at[root].signature, sig);
        self.at[root].lived = self.at[root].lived.join(record.lived);
        if self.key_edges.len() < self.bound.unwrap_or(EXACT_KEYS) {
            self.key_edges.extend(record.keys.drain(..).map(|(e, i, f)| (e, i, first, f)));
        }
        if !full {
            for &h in record.names.iter().chain([&record.handles.ip]) {
                if h != 0 {
                    self.handles.entry(h).or_insert(first);
                }
            }
        }
    }

    /// Signature 0, the empty one, made on first use.
    fn empty_signature(&mut self) {
        if self.signatures.is_empty() {
            self.signatures.push(Signature::default());
            self.signature_ids.insert(Signature::default(), 0);
        }
    }

    /// The id of signature `id` joined with `sig`.
    fn joined(&mut self, id: u32, sig: Signature) -> u32 {
        self.empty_signature();
        let mut s = self.signatures[id as usize];
        s.or(sig);
        if s == self.signatures[id as usize] {
            return id;
        }
        let next = self.signatures.len() as u32;
        let n = *self.signature_ids.entry(s).or_insert(next);
        if n == next {
            self.signatures.push(s);
        }
        n
    }

    fn node(&mut self, key: u64) -> u32 {
        let next = self.forest.len() as u32;
        let n = *self.nodes.entry(key).or_insert(next);
        if n == next {
            self.forest.add();
            self.at.push(Node::default());
            self.empty_signature();
        }
        n
    }

    fn union(&mut self, a: u32, b: u32) {
        if let Some((keep, gone)) = self.forest.union(a, b) {
            let (keep, gone) = (keep as usize, gone as usize);
            let lived = self.at[gone].lived;
            self.at[keep].lived = self.at[keep].lived.join(lived);
            let s = self.signatures[self.at[gone].signature as usize];
            self.at[keep].signature = self.joined(self.at[keep].signature, s);
        }
    }

    pub(super) fn finish(mut self, categories: impl Fn(Signature) -> u32, log_usernames: HashSet<u64>) -> PeoplePart {
        let mut person = vec![u32::MAX; self.forest.len()];
        let (mut people, mut lived) = (Vec::new(), Vec::new());
        let mut nodes = std::mem::take(&mut self.nodes);
        for n in nodes.values_mut() {
            let root = self.forest.find(*n) as usize;
            if person[root] == u32::MAX {
                person[root] = people.len() as u32;
                people.push(categories(self.signatures[self.at[root].signature as usize]));
                lived.push(self.at[root].lived);
            }
            *n = person[root];
        }
        let mut of = |n: u32| person[self.forest.find(n) as usize];
        // In place: the edges are as many as the keyed rows.
        let mut key_edges = std::mem::take(&mut self.key_edges);
        for e in &mut key_edges {
            e.2 = of(e.2);
        }
        key_edges.sort_unstable();
        key_edges.dedup();
        key_edges.shrink_to_fit();
        let mut handles: Vec<(u64, u32)> = std::mem::take(&mut self.handles)
            .into_iter()
            .map(|(h, n)| (h, of(n)))
            .collect();
        handles.sort_unstable();
        let sigs = &self.signatures;
        let cats = |id: u32| categories(sigs[id as usize]);
        let mut key_cats: Vec<(u64, u64, u32)> = self
            .key_sigs
            .values()
            .map(|&(e, i, s)| (e, i, cats(s)))
            .filter(|k| k.2 != 0)
            .collect();
        key_cats.sort_unstable();
        let mut key_lived: Vec<(u64, u64, u64, Lived)> = self.key_lived.drain().map(|((e, i, n), l)| (e, i, n, l)).collect();
        key_lived.sort_unstable_by_key(|k| (k.0, k.1, k.2));
        let mut keyed: HashMap<(u32, Handles, u32), u64> = HashMap::new();
        for ((set, h, s), n) in &self.keyed {
            *keyed.entry((*set, *h, cats(*s))).or_default() += n;
        }
        let mut keyed: Vec<(Vec<u64>, Handles, u32, u64)> = keyed
            .into_iter()
            .filter(|(k, _)| k.2 != 0)
            .map(|((set, h, c), n)| (self.entity_sets[set as usize].clone(), h, c, n))
            .collect();
        keyed.sort_unstable_by_key(|k| (k.0.clone(), k.1.name, k.1.ip, k.2));
        // Consumed as it is read: a log's addresses are as many as its lines.
        let mut weak: HashMap<(Handles, u32), u64> = HashMap::new();
        for ((h, s), n) in std::mem::take(&mut self.weak) {
            *weak.entry((h, cats(s))).or_default() += n;
        }
        let mut weak: Vec<(Handles, u32, u64)> =
            weak.into_iter().filter(|(k, _)| k.1 != 0).map(|((h, c), n)| (h, c, n)).collect();
        weak.sort_unstable_by_key(|w| (w.0.name, w.0.ip, w.1));
        let mut overflow: HashMap<u32, u64> = HashMap::new();
        for (sig, n) in std::mem::take(&mut self.overflow) {
            *overflow.entry(categories(sig)).or_default() += n;
        }
        let mut overflow: Vec<(u32, u64)> = overflow.into_iter().filter(|(c, _)| *c != 0).collect();
        overflow.sort_unstable();
        let mut key_pairs: Vec<(u64, u64, u64, u64)> = self.key_pairs.drain().collect();
        key_pairs.sort_unstable();
        PeoplePart {
            nodes,
            people,
            lived,
            key_edges,
            key_cats,
            key_lived,
            key_pairs,
            keyed,
            weak,
            handles,
            identified: self.identified,
            log_usernames: log_usernames.into_iter().collect(),
            overflow,
        }
    }
}
