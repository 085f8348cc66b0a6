//! People across files: each file's people ([`PeoplePart`], linked within
//! it by `people::linker`) are linked to the others' by their identifier
//! keys (union-find over keyed fingerprints), so the same person in a CSV
//! export, an SQL dump and an access log is counted once; then by the
//! dump's own keys (`uploads.user_id` naming a row of `users`), once every
//! file is in and it is known which entities' keys are people's. Records
//! tied to no one are bounded, not multiplied: `low` counts people
//! established by identifiers and keys, `total` adds people known only by
//! a name, `high` adds one per IP address of records tied to no one.
//!
//! Exact while the identifiers fit [`EXACT_KEYS`] (63 bytes each at peak,
//! measured by `examples/people_bound.rs`: 10 M in 600 MiB); past it, new
//! identifiers no longer link and each new person is counted on its own,
//! so the total is an upper bound and says it is not exact. Two partial
//! states merge (walker threads now, shards later).


use super::forest::Forest;
use super::identity::KeyMap;
use super::keys;
use super::linker::PeoplePart;
use super::record::Handles;
use super::EXACT_KEYS;
use crate::category::Category;
use crate::jurisdiction::residence::Lived;
use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};

/// An entity is a person's when at most one in this many of its key values
/// goes with two people's identifiers (a product id goes with many).
const CONFLICTS_PER_KEY: u64 = 20;

/// A column: `(source, field)`.
type Column = (u32, u32);

/// The ids one person has in a table of people (two or three accounts):
/// an identifier tied in one column to more of them is shared.
const IDS_PER_PERSON: usize = 3;

#[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
struct Source {
    path: String,
    /// One key per person it holds (its people are the distinct roots).
    reps: Vec<u64>,
    /// Its people counted on their own past the bound.
    overflowed: u64,
    /// Records linked by a strong identifier.
    identified: u64,
}

#[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct People {
    nodes: KeyMap<u32>,
    forest: Forest,
    /// Per node, meaningful at roots: the person's categories.
    cats: Vec<u32>,
    /// Per node, meaningful at roots: where the person lives.
    #[serde(default)]
    lived: Vec<Lived>,
    /// Per node: held by an identifier other than a username seen only in
    /// a log's requests (a person is one if any of their nodes is).
    confirmed: Vec<bool>,
    sources: Vec<Source>,
    /// `(entity, item, node, (source, field))`: key columns of records
    /// with identifiers.
    key_edges: Vec<(u64, u64, u32, Column)>,
    /// `(entity, item, categories, source)`: records without an identifier
    /// naming a key item.
    key_cats: Vec<(u64, u64, u32, u32)>,
    /// `(entity, item, name, lived)`: where the people key items name
    /// live, by the name of the record that says so.
    #[serde(default)]
    key_lived: Vec<(u64, u64, u64, Lived)>,
    /// `(entity, item, entity, item)`: named by one record without an
    /// identifier.
    key_pairs: Vec<(u64, u64, u64, u64)>,
    /// `(entities, handles, categories, source, records)`.
    keyed: Vec<(Vec<u64>, Handles, u32, u32, u64)>,
    /// `(handles, categories, source, records)`.
    weak: Vec<(Handles, u32, u32, u64)>,
    /// Names and addresses of identified people -> `(rank, node)`: where
    /// one handle is several people's (two people at one address), the
    /// person whose smallest identifier key is smallest keeps it, whatever
    /// order files and partial states arrive in.
    handles: KeyMap<(u64, u32)>,
    /// People not linked because the bound was passed, by categories.
    overflow: HashMap<u32, u64>,
    /// Values in files without records (free text): not attributable.
    pub unattributed: u64,
}

/// Handle `h` goes to the person ranked first (see `People::handles`).
fn keep_handle(handles: &mut KeyMap<(u64, u32)>, h: u64, candidate: (u64, u32)) {
    handles
        .entry(h)
        .and_modify(|held| {
            if candidate.0 < held.0 {
                *held = candidate;
            }
        })
        .or_insert(candidate);
}

/// How a source's records were tied to people.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Linked {
    /// By a strong identifier of their own (email, phone, username, id…).
    pub identifier: u64,
    /// By a key column naming a person's row (`user_id`).
    pub key: u64,
    /// By a name only (a person of their own unless an identified person
    /// has it).
    pub name: u64,
    /// By an IP address only: an identified person's, or a visitor counted
    /// only in the upper bound.
    pub ip_address: u64,
    /// By nothing: records with personal data but nothing that tells whose.
    pub none: u64,
}

/// One source's people.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SourceSummary {
    pub path: String,
    pub people: u64,
    pub records: Linked,
}

/// What the report says of people.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PeopleSummary {
    /// The best estimate: `low` plus people known only by a name.
    pub total: u64,
    /// People established by strong identifiers and person keys.
    pub low: u64,
    /// `total` plus one per IP address of records tied to no one, and one
    /// per username only a log's requests carry.
    pub high: u64,
    pub exact: bool,
    pub by_category: Vec<(Category, u64)>,
    pub sources: Vec<SourceSummary>,
    /// Records with no strong identifier and no person key.
    pub unlinked: u64,
    pub unattributed_values: u64,
    /// Identified people by where they live (as far as the dump says) and
    /// the categories they lost: `(lived, categories, people)`.
    pub residents: Vec<(Lived, u32, u64)>,
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
        for k in &mut self.key_cats {
            k.2 = map(k.2);
        }
        for k in &mut self.keyed {
            k.2 = map(k.2);
        }
        for w in &mut self.weak {
            w.1 = map(w.1);
        }
        self.overflow = std::mem::take(&mut self.overflow)
            .into_iter()
            .fold(HashMap::new(), |mut h, (k, n)| {
                *h.entry(map(k)).or_default() += n;
                h
            });
    }

    /// Adds the people of the file (or table source) at `path`.
    pub fn add(&mut self, path: &str, part: PeoplePart) {
        let mut reps: Vec<Option<u64>> = vec![None; part.people.len()];
        let mut rank = vec![u64::MAX; part.people.len()];
        for (&key, &p) in &part.nodes {
            rank[p as usize] = rank[p as usize].min(key);
        }
        let mut first: Vec<Option<u32>> = vec![None; part.people.len()];
        let mut overflowed = 0;
        if self.forest.is_empty() && part.nodes.len() <= EXACT_KEYS {
            // The first file of this state: its people are the state.
            let log: HashSet<u64> = part.log_usernames.iter().copied().collect();
            self.confirmed = vec![false; part.people.len()];
            for (&key, &p) in &part.nodes {
                reps[p as usize].get_or_insert(key);
                first[p as usize] = Some(p);
                self.confirmed[p as usize] |= !log.contains(&key);
            }
            self.nodes = part.nodes;
            self.forest = Forest::singletons(part.people.len());
            self.lived = part.lived;
            self.lived.resize(part.people.len(), Lived::default());
            self.cats = part.people;
        } else {
            let log: HashSet<u64> = part.log_usernames.iter().copied().collect();
            for (&key, &p) in &part.nodes {
                let Some(n) = self.node(key) else {
                    continue; // past the bound: this key links nothing
                };
                self.confirmed[n as usize] |= !log.contains(&key);
                match first[p as usize] {
                    None => {
                        first[p as usize] = Some(n);
                        reps[p as usize] = Some(key);
                    }
                    Some(f) => self.union(f, n),
                }
            }
            for (p, cats) in part.people.iter().enumerate() {
                match first[p] {
                    Some(n) => {
                        let r = self.forest.find(n) as usize;
                        self.cats[r] |= cats;
                        let lived = part.lived.get(p).copied().unwrap_or_default();
                        self.lived[r] = self.lived[r].join(lived);
                    }
                    None => {
                        *self.overflow.entry(*cats).or_default() += 1;
                        overflowed += 1;
                    }
                }
            }
        }
        for &(cats, n) in &part.overflow {
            *self.overflow.entry(cats).or_default() += n;
            overflowed += n;
        }
        let src = self.sources.len() as u32;
        let node = |p: u32| first.get(p as usize).copied().flatten();
        for &(e, i, p, f) in &part.key_edges {
            if let Some(n) = node(p) {
                self.key_edges.push((e, i, n, (src, f)));
            }
        }
        for &(h, p) in &part.handles {
            if let Some(n) = node(p) {
                keep_handle(&mut self.handles, h, (rank[p as usize], n));
            }
        }
        self.key_cats.extend(part.key_cats.iter().map(|&(e, i, c)| (e, i, c, src)));
        self.key_lived.extend_from_slice(&part.key_lived);
        self.key_pairs.extend_from_slice(&part.key_pairs);
        self.keyed.extend(part.keyed.into_iter().map(|(e, h, c, n)| (e, h, c, src, n)));
        self.weak.extend(part.weak.iter().map(|&(h, c, n)| (h, c, src, n)));
        self.sources.push(Source {
            path: path.to_string(),
            reps: reps.into_iter().flatten().collect(),
            overflowed,
            identified: part.identified,
        });
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
            self.confirmed[here as usize] |= other.confirmed[n as usize];
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
                    let root = self.forest.find(j) as usize;
                    self.cats[root] |= cats;
                    let lived = other.lived.get(r).copied().unwrap_or_default();
                    self.lived[root] = self.lived[root].join(lived);
                }
            }
        }
        let mut here = |n: u32| Some(joined[other.forest.find(n) as usize]).filter(|&j| j != u32::MAX);
        let off = self.sources.len() as u32;
        for &(e, i, n, (s, f)) in &other.key_edges {
            if let Some(h) = here(n) {
                self.key_edges.push((e, i, h, (s + off, f)));
            }
        }
        for (&h, &(rank, n)) in &other.handles {
            if let Some(m) = here(n) {
                keep_handle(&mut self.handles, h, (rank, m));
            }
        }
        self.key_pairs.append(&mut other.key_pairs);
        self.key_cats.extend(other.key_cats.into_iter().map(|(e, i, c, s)| (e, i, c, s + off)));
        self.key_lived.append(&mut other.key_lived);
        self.keyed.extend(other.keyed.into_iter().map(|(e, h, c, s, n)| (e, h, c, s + off, n)));
        self.weak.extend(other.weak.into_iter().map(|(h, c, s, n)| (h, c, s + off, n)));
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
        self.lived.push(Lived::default());
        self.confirmed.push(false);
        Some(n)
    }

    fn union(&mut self, a: u32, b: u32) {
        let (ra, rb) = (self.forest.find(a) as usize, self.forest.find(b) as usize);
        let lived = self.lived[ra].join(self.lived[rb]);
        union(&mut self.forest, &mut self.cats, a, b);
        self.lived[self.forest.find(a) as usize] = lived;
    }

    /// The entities whose keys are people's: the key column of a person
    /// table. Within one column of one file, each of its values goes with one
    /// identified person (rarely two), where a product's or a plan's go
    /// with many; and most of its values anywhere are such a person's (an
    /// entity seen with identifiers on a few rows, like payments carrying a
    /// card, is not a table of people).
    fn person_entities(&mut self, forest: &mut Forest) -> HashSet<u64> {
        // Sorted, one item's edges are one run, and a column's a run in it
        // (no map as large as the edges).
        self.key_edges.sort_unstable_by_key(|&(e, i, _, c)| (e, i, c));
        // Per entity: its values with identified people, the conflicting
        // ones, and every value named anywhere.
        let mut per: HashMap<u64, (u64, u64, u64)> = HashMap::new();
        for run in self.key_edges.chunk_by(|a, b| (a.0, a.1) == (b.0, b.1)) {
            let conflict = run.chunk_by(|a, b| a.3 == b.3).any(|column| {
                let r = forest.find(column[0].2);
                column[1..].iter().any(|x| forest.find(x.2) != r)
            });
            let p = per.entry(run[0].0).or_default();
            p.0 += 1;
            p.1 += u64::from(conflict);
            p.2 += 1;
        }
        let mut named: Vec<(u64, u64)> = self.key_cats.iter().map(|k| (k.0, k.1)).collect();
        named.sort_unstable();
        named.dedup();
        for (e, item) in named {
            if self.edge_of(e, item).is_none() {
                if let Some(p) = per.get_mut(&e) {
                    p.2 += 1;
                }
            }
        }
        per.into_iter()
            .filter(|(_, (items, conflicts, all))| conflicts * CONFLICTS_PER_KEY <= *items && items * 2 >= *all)
            .map(|(e, _)| e)
            .collect()
    }

    /// An entity whose ids are each one person's (a column where nearly
    /// every id has its own identified person: a table of people) gives
    /// each person one id, or two or three. An identifier tied in one
    /// column to more of its ids is not a person's but shared by them (a
    /// clinic's sender number on every patient's reminder, a friend list's
    /// owner): its key edges in that column link no one. An entity whose
    /// ids are many per person (orders) has no such column and keeps all.
    fn drop_shared_identifiers(&mut self) {
        let mut forest = self.forest.clone();
        // Edges per (entity, column, person): the ids (edges are unique).
        let mut ids: HashMap<(u64, Column, u32), u32> = HashMap::new();
        for &(e, _, n, c) in &self.key_edges {
            *ids.entry((e, c, forest.find(n))).or_default() += 1;
        }
        if ids.values().all(|&n| n as usize <= IDS_PER_PERSON) {
            return;
        }
        // Per (entity, column): its ids and its people.
        let mut columns: HashMap<(u64, Column), (usize, usize)> = HashMap::new();
        for (&(e, c, _), &n) in &ids {
            let x = columns.entry((e, c)).or_default();
            x.0 += n as usize;
            x.1 += 1;
        }
        let one_to_one: HashSet<u64> = columns
            .iter()
            .filter(|(_, &(ids, people))| ids >= 10 && people * 10 >= ids * 9)
            .map(|(&(e, _), _)| e)
            .collect();
        let shared: HashSet<(u64, Column, u32)> = ids
            .into_iter()
            .filter(|&((e, _, _), n)| n as usize > IDS_PER_PERSON && one_to_one.contains(&e))
            .map(|(k, _)| k)
            .collect();
        if !shared.is_empty() {
            self.key_edges.retain(|&(e, _, n, c)| !shared.contains(&(e, c, forest.find(n))));
        }
    }

    /// Two differently named key columns of one system (`customer_no` in
    /// one file, `Kundennummer` in another) are one entity when their
    /// distinctive values (`C-100001`, not `42`) mostly agree: at least
    /// half of the smaller one's values, and at least three, are the
    /// other's. The entities are renamed to one in every list.
    fn alias_entities(&mut self) {
        let mut seen: Vec<(u64, u64)> = Vec::new();
        let mut push = |e: u64, i: u64| {
            if keys::is_distinctive(i) {
                seen.push((i, e));
            }
        };
        for x in &self.key_edges {
            push(x.0, x.1);
        }
        for x in &self.key_cats {
            push(x.0, x.1);
        }
        for x in &self.key_pairs {
            push(x.0, x.1);
            push(x.2, x.3);
        }
        seen.sort_unstable();
        seen.dedup();
        let mut size: HashMap<u64, u64> = HashMap::new();
        for &(_, e) in &seen {
            *size.entry(e).or_default() += 1;
        }
        let mut overlap: HashMap<(u64, u64), u64> = HashMap::new();
        for run in seen.chunk_by(|a, b| a.0 == b.0).filter(|r| r.len() > 1) {
            for (k, a) in run.iter().enumerate() {
                for b in &run[k + 1..] {
                    *overlap.entry((a.1.min(b.1), a.1.max(b.1))).or_default() += 1;
                }
            }
        }
        // Entities by index, joined in a forest like people.
        let mut entities: Vec<u64> = size.keys().copied().collect();
        entities.sort_unstable();
        let index = |e: u64| entities.binary_search(&e).map_or(u32::MAX, |i| i as u32);
        let mut joined = Forest::singletons(entities.len());
        let mut any = false;
        for ((a, b), n) in overlap {
            if n >= 3 && n * 2 >= size[&a].min(size[&b]) {
                any |= joined.union(index(a), index(b)).is_some();
            }
        }
        if !any {
            return;
        }
        let mut to = |e: &mut u64| {
            let i = index(*e);
            if i != u32::MAX {
                *e = entities[joined.find(i) as usize];
            }
        };
        for x in &mut self.key_edges {
            to(&mut x.0);
        }
        for x in &mut self.key_cats {
            to(&mut x.0);
        }
        for x in &mut self.key_pairs {
            to(&mut x.0);
            to(&mut x.2);
        }
        for x in &mut self.keyed {
            x.0.iter_mut().for_each(&mut to);
            x.0.sort_unstable();
            x.0.dedup();
        }
    }

    /// A node of an identified person key item `item` of entity `e` goes
    /// with (`key_edges` sorted).
    fn edge_of(&self, e: u64, item: u64) -> Option<u32> {
        self.key_edges
            .binary_search_by(|x| (x.0, x.1).cmp(&(e, item)))
            .ok()
            .map(|i| self.key_edges[i].2)
    }

    /// The counts. Records with identifiers are people, linked by them;
    /// key columns of person entities link more records to them, or stand
    /// for a person of their own (a row whose key names a person not in
    /// the dump); records tied to no one are weighed by their handles: a
    /// name is a person unless an identified person has it, an IP address
    /// an identified person's or one more at most (`high`).
    pub fn summary(&mut self) -> PeopleSummary {
        self.alias_entities();
        let mut forest = self.forest.clone();
        let mut cats = self.cats.clone();
        let mut lived = self.lived.clone();
        let person = self.person_entities(&mut forest);
        self.drop_shared_identifiers();
        // One person key's identified people are one.
        for run in self.key_edges.chunk_by(|a, b| (a.0, a.1) == (b.0, b.1)) {
            if person.contains(&run[0].0) {
                for x in &run[1..] {
                    let (ra, rb) = (forest.find(run[0].2) as usize, forest.find(x.2) as usize);
                    let joined = lived[ra].join(lived[rb]);
                    union(&mut forest, &mut cats, run[0].2, x.2);
                    lived[forest.find(ra as u32) as usize] = joined;
                }
            }
        }
        // Nodes of person keys no identified record has (a row naming a
        // person missing from the dump).
        let mut dangling: KeyMap<u32> = KeyMap::default();
        let this = &*self;
        let mut node_of = |e: u64, item: u64, forest: &mut Forest, cats: &mut Vec<u32>| {
            this.edge_of(e, item).unwrap_or_else(|| {
                *dangling.entry(keys::slot(e, item)).or_insert_with(|| {
                    cats.push(0);
                    forest.add()
                })
            })
        };
        // Two identified people (an appointment's patient and doctor) stay
        // two: a tree holds an identified person iff its root is one of
        // theirs (the smaller root is kept, and theirs come first).
        let identified = self.forest.len() as u32;
        for &(ea, a, eb, b) in &self.key_pairs {
            if person.contains(&ea) && person.contains(&eb) {
                let (x, y) = (node_of(ea, a, &mut forest, &mut cats), node_of(eb, b, &mut forest, &mut cats));
                let (rx, ry) = (forest.find(x), forest.find(y));
                if rx < identified && ry < identified {
                    continue;
                }
                union(&mut forest, &mut cats, rx, ry);
            }
        }
        let n_src = self.sources.len();
        let mut records = vec![Linked::default(); n_src];
        // Per source, its people: roots, or name handles (tagged).
        let mut of_source: Vec<Vec<u64>> = vec![Vec::new(); n_src];
        for &(e, item, c, src) in &self.key_cats {
            if !person.contains(&e) {
                continue;
            }
            let n = node_of(e, item, &mut forest, &mut cats);
            let r = forest.find(n);
            cats[r as usize] |= c;
            of_source[src as usize].push(u64::from(r));
        }
        // A record naming a person by key tells where that person lives
        // unless it carries another person's name (a gift's shipping
        // address: its recipient's).
        // Where the people only such records name live (below).
        let mut named_lived: KeyMap<Lived> = KeyMap::default();
        for &(e, item, name, l) in &self.key_lived {
            if person.contains(&e) {
                let n = node_of(e, item, &mut forest, &mut cats);
                let r = forest.find(n) as usize;
                let named = self.handles.get(&name).map(|&(_, m)| forest.find(m) as usize);
                if name != 0 && named != Some(r) {
                    // A name no identified person has, with an address, on
                    // a record of an identified person: a person of their
                    // own (a gift's recipient). On a key no identified
                    // record holds, the name may be that key's person's.
                    if named.is_none() && l.residence().is_some() && (r as u32) < identified {
                        let x = named_lived.entry(name).or_default();
                        *x = x.join(l);
                    }
                    continue;
                }
                if lived.len() <= r {
                    lived.resize(r + 1, Lived::default());
                }
                lived[r] = lived[r].join(l);
            }
        }
        let mut weak: Vec<(Handles, u32, u32, u64)> = Vec::new();
        let name_bit = 1u32 << Category::Name.index();
        let location_bit = 1u32 << Category::Location.index();
        let mut named: KeyMap<u32> = KeyMap::default();
        for &h in named_lived.keys() {
            named.insert(h, name_bit | location_bit);
        }
        const NAMED: u64 = 1 << 63;
        for (entities, h, c, src, n) in &self.keyed {
            if entities.iter().any(|e| person.contains(e)) {
                records[*src as usize].key += n;
            } else {
                weak.push((*h, *c, *src, *n));
            }
        }
        weak.extend_from_slice(&self.weak);
        let ip_bit = 1u32 << Category::IpAddress.index();
        let mut visitors: HashSet<u64> = HashSet::new();
        let mut unlinked = 0;
        for (h, c, src, n) in weak {
            unlinked += n;
            let rec = &mut records[src as usize];
            let (handle, is_name) = if c & name_bit != 0 && h.name != 0 {
                rec.name += n;
                (h.name, true)
            } else if c & ip_bit != 0 && h.ip != 0 {
                rec.ip_address += n;
                (h.ip, false)
            } else {
                rec.none += n;
                continue;
            };
            if let Some(&(_, node)) = self.handles.get(&handle) {
                let r = forest.find(node);
                cats[r as usize] |= c;
                of_source[src as usize].push(u64::from(r));
            } else if is_name {
                *named.entry(handle).or_default() |= c;
                of_source[src as usize].push(handle | NAMED);
            } else {
                visitors.insert(handle);
            }
        }
        let mut per_cat = [0u64; 32];
        let mut count = |c: u32, n: u64| {
            for (i, p) in per_cat.iter_mut().enumerate() {
                if c & (1 << i) != 0 {
                    *p += n;
                }
            }
        };
        // A person only a log's requests name by a username (`/u/NAME`
        // of an account no other file holds) is one more at most, like an
        // address; one named anywhere else, or by a key, is a person.
        let mut confirmed = vec![false; forest.len()];
        for n in 0..forest.len() as u32 {
            if self.confirmed.get(n as usize).copied().unwrap_or(true) {
                confirmed[forest.find(n) as usize] = true;
            }
        }
        let (mut linked, mut unconfirmed) = (0u64, 0u64);
        let mut residents: HashMap<(Lived, u32), u64> = HashMap::new();
        for n in 0..forest.len() as u32 {
            if forest.is_root(n) && cats[n as usize] != 0 {
                if confirmed[n as usize] {
                    linked += 1;
                    count(cats[n as usize], 1);
                    let l = lived.get(n as usize).copied().unwrap_or_default();
                    *residents.entry((l, cats[n as usize])).or_default() += 1;
                } else {
                    unconfirmed += 1;
                }
            }
        }
        for (h, &c) in named.iter() {
            let l = named_lived.get(h).copied().unwrap_or_default();
            *residents.entry((l, c)).or_default() += 1;
        }
        let mut residents: Vec<(Lived, u32, u64)> = residents.into_iter().map(|((l, c), n)| (l, c, n)).collect();
        residents.sort_unstable_by_key(|r| (r.0 .0, r.1));
        for &c in named.values() {
            count(c, 1);
        }
        let overflow: u64 = self.overflow.values().sum();
        for (&c, &n) in &self.overflow {
            count(c, n);
        }
        let mut by_path: HashMap<&str, (Vec<u64>, u64, Linked)> = HashMap::new();
        for (i, s) in self.sources.iter().enumerate() {
            let e = by_path.entry(&s.path).or_default();
            for k in &s.reps {
                e.0.push(u64::from(forest.find(self.nodes[k])));
            }
            e.0.append(&mut of_source[i]);
            e.0.retain(|&r| r & NAMED != 0 || confirmed[r as usize]);
            e.1 += s.overflowed;
            let r = &records[i];
            e.2.identifier += s.identified;
            e.2.key += r.key;
            e.2.name += r.name;
            e.2.ip_address += r.ip_address;
            e.2.none += r.none;
        }
        let mut sources: Vec<SourceSummary> = by_path
            .into_iter()
            .map(|(path, (mut people, own, records))| {
                people.sort_unstable();
                people.dedup();
                SourceSummary {
                    path: path.to_string(),
                    people: people.len() as u64 + own,
                    records,
                }
            })
            .filter(|s| s.people > 0 || s.records != Linked::default())
            .collect();
        sources.sort_by(|a, b| a.path.cmp(&b.path));
        let low = linked + overflow;
        let total = low + named.len() as u64;
        PeopleSummary {
            total,
            low,
            high: total + unconfirmed + visitors.len() as u64,
            exact: overflow == 0,
            by_category: Category::known()
                .into_iter()
                .filter(|c| per_cat[c.index()] > 0)
                .map(|c| (c, per_cat[c.index()]))
                .collect(),
            sources,
            unlinked,
            unattributed_values: self.unattributed,
            residents,
        }
    }
}

/// Joins two nodes' trees, their categories with them.
fn union(forest: &mut Forest, cats: &mut [u32], a: u32, b: u32) {
    if let Some((keep, gone)) = forest.union(a, b) {
        let c = cats[gone as usize];
        cats[keep as usize] |= c;
    }
}
#[cfg(test)]
mod tests;
