//! Records become people, within one file: the values of one record (a CSV
//! row, a JSON object, an SQL tuple, a log line) belong to one person, and
//! records sharing a strong identifier (email, phone, username, government
//! id, card number, device id) are the same person. Weak identifiers (names,
//! cities, IP addresses) never link on their own.
//!
//! Per record it keeps the identifiers' keys; at the record's end it links
//! them (union-find) and ORs the record's signature (its fields and hit
//! categories, turned into categories once the fields' verdicts are known)
//! into the person's. The file's result, a [`PeoplePart`], is linked across
//! files by `aggregate::people`.

use crate::category::Category;
use crate::detect::normalize::fingerprint;
use foldhash::{HashMap, HashMapExt, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// Categories whose values identify one person: they link records.
pub fn is_strong(c: Category) -> bool {
    matches!(
        c,
        Category::Email
            | Category::Phone
            | Category::Username
            | Category::GovernmentId
            | Category::PaymentCard
            | Category::Device
    )
}

/// The key a strong identifier links by: its fingerprint `fp` (case-folded,
/// separators dropped), except where a provider is known to deliver two
/// spellings to one mailbox: `+tags` at the big providers, and at Gmail the
/// dots of the local part too.
pub fn key(category: Category, value: &[u8], fp: u64) -> u64 {
    if category == Category::Phone {
        return phone_key(value, fp);
    }
    if category != Category::Email {
        return fp;
    }
    let Some(at) = value.iter().rposition(|&b| b == b'@') else {
        return fp;
    };
    let domain = &value[at + 1..];
    let is = |d: &[u8]| domain.eq_ignore_ascii_case(d);
    let gmail = is(b"gmail.com") || is(b"googlemail.com");
    let yahoo = is(b"yahoo.com");
    let plus = gmail
        || yahoo
        || [
            &b"outlook.com"[..],
            b"hotmail.com",
            b"live.com",
            b"icloud.com",
            b"me.com",
            b"proton.me",
            b"protonmail.com",
            b"fastmail.com",
        ]
        .iter()
        .any(|d| is(d));
    if !plus {
        return fp;
    }
    let tag = if yahoo { b'-' } else { b'+' };
    let local = &value[..at];
    let local = &local[..local.iter().position(|&b| b == tag).unwrap_or(local.len())];
    let mut canon = [0u8; 96];
    let mut n = 0;
    for &b in local.iter().filter(|&&b| !(gmail && b == b'.')) {
        if n == 64 {
            return fp; // longer than an address can be: as it is
        }
        canon[n] = b;
        n += 1;
    }
    let domain: &[u8] = if gmail { b"gmail.com" } else { domain };
    if domain.len() > canon.len() - n - 1 {
        return fp;
    }
    canon[n] = b'@';
    canon[n + 1..n + 1 + domain.len()].copy_from_slice(domain);
    fingerprint(category, &canon[..n + 1 + domain.len()])
}

/// A phone number's key: its national significant number, so the forms one
/// number is written in are one key: international (`+27 82 123 4567`,
/// `0027 82 …`: the country code dropped, 1 to 3 digits by E.164's
/// assignment), national with a trunk `0` (`082 123 4567`: the 0 dropped),
/// North American with or without its `1`. Two countries' numbers with the
/// same national digits are one key: within one dump, a chance not worth a
/// guess at the country of every national form.
fn phone_key(value: &[u8], fp: u64) -> u64 {
    let mut digits = [0u8; 24];
    let mut n = 0;
    for &b in value.iter().filter(|b| b.is_ascii_digit()) {
        if n == digits.len() {
            return fp;
        }
        digits[n] = b;
        n += 1;
    }
    let d = &digits[..n];
    if n < 7 {
        return fingerprint(Category::Phone, d);
    }
    let international = value.trim_ascii_start().first() == Some(&b'+');
    let nsn: &[u8] = if international {
        &d[country_code_len(d)..]
    } else if let Some(rest) = d.strip_prefix(b"00") {
        &rest[country_code_len(rest)..]
    } else if let Some(rest) = d.strip_prefix(b"0") {
        rest
    } else if n == 11 && d[0] == b'1' {
        &d[1..]
    } else {
        d
    };
    fingerprint(Category::Phone, nsn)
}

/// The length of the country calling code `d` starts with: 1 for North
/// America (1) and Russia/Kazakhstan (7), 2 for the two-digit codes E.164
/// assigns, 3 for every other.
fn country_code_len(d: &[u8]) -> usize {
    const TWO: [&[u8; 2]; 44] = [
        b"20", b"27", b"30", b"31", b"32", b"33", b"34", b"36", b"39", b"40", b"41", b"43", b"44", b"45", b"46",
        b"47", b"48", b"49", b"51", b"52", b"53", b"54", b"55", b"56", b"57", b"58", b"60", b"61", b"62", b"63",
        b"64", b"65", b"66", b"81", b"82", b"84", b"86", b"90", b"91", b"92", b"93", b"94", b"95", b"98",
    ];
    match d.first() {
        Some(b'1' | b'7') => 1,
        _ if d.len() >= 2 && TWO.iter().any(|c| &d[..2] == *c) => 2,
        _ => 3.min(d.len()),
    }
}

/// A map keyed by fingerprints, which are already well-mixed hashes.
pub type KeyMap<V> = std::collections::HashMap<u64, V, BuildHasherDefault<KeyHasher>>;

#[derive(Default)]
pub struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// A union-find forest over node ids `0..len` (path halving; the smaller
/// root is kept, so ids are stable whatever the union order). What a node
/// carries lives beside it, indexed by the same ids.
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct Forest {
    parent: Vec<u32>,
}

impl Forest {
    /// `n` nodes, each its own root.
    pub fn singletons(n: usize) -> Forest {
        Forest {
            parent: (0..n as u32).collect(),
        }
    }

    pub fn len(&self) -> usize {
        self.parent.len()
    }

    pub fn is_empty(&self) -> bool {
        self.parent.is_empty()
    }

    /// A new node, its own root.
    pub fn add(&mut self) -> u32 {
        let n = self.parent.len() as u32;
        self.parent.push(n);
        n
    }

    pub fn is_root(&self, n: u32) -> bool {
        self.parent[n as usize] == n
    }

    pub fn find(&mut self, mut n: u32) -> u32 {
        while self.parent[n as usize] != n {
            let p = self.parent[n as usize];
            self.parent[n as usize] = self.parent[p as usize];
            n = p;
        }
        n
    }

    /// Joins the trees of `a` and `b`: `(kept root, absorbed root)`, or
    /// `None` when they were one already.
    pub fn union(&mut self, a: u32, b: u32) -> Option<(u32, u32)> {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra == rb {
            return None;
        }
        let (keep, gone) = (ra.min(rb), ra.max(rb));
        self.parent[gone as usize] = keep;
        Some((keep, gone))
    }
}

/// What one record holds: its fields (a bit each, as in the file's
/// combinations) and its detector hits' categories (a bit per index).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Signature {
    pub fields: u64,
    pub hits: u32,
}

impl Signature {
    fn or(&mut self, other: Signature) {
        self.fields |= other.fields;
        self.hits |= other.hits;
    }

    fn is_empty(&self) -> bool {
        self.fields == 0 && self.hits == 0
    }
}

/// A record's weak handles: what could tell two records without a strong
/// identifier apart, or tie one to a known person. Never links on its own.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct Handles {
    /// The record's name (the sum of its name words' fingerprints, so
    /// `Ana Lopez` and first `Ana`, last `Lopez` are one), 0 if none.
    pub name: u64,
    /// Its first IP address's fingerprint, 0 if none.
    pub ip: u64,
}

/// A record being read: its strong identifiers' keys, its key columns'
/// `(entity, item)` and its handles.
#[derive(Debug, Default)]
struct Record {
    ids: Vec<u64>,
    /// The field each identifier category was first seen in.
    fields: Vec<(Category, u32)>,
    /// Identifiers of other people the record names.
    others: Vec<u64>,
    /// Identifiers that only link (see `FilePeople::link_only`).
    links: Vec<u64>,
    /// The object (`classify::fields`' group) each of `ids` sits in.
    groups: Vec<u64>,
    /// The objects that hold a name.
    named_groups: Vec<u64>,
    /// Its names, each field's and the first fields' together.
    names: Vec<u64>,
    /// `(entity, item, field)`.
    keys: Vec<(u64, u64, u32)>,
    handles: Handles,
}

impl Record {
    /// Empty, its buffers kept (every field named: a new one must be
    /// cleared here too).
    fn clear(&mut self) {
        let Record {
            ids,
            fields,
            others,
            links,
            groups,
            named_groups,
            names,
            keys,
            handles,
        } = self;
        ids.clear();
        fields.clear();
        others.clear();
        links.clear();
        groups.clear();
        named_groups.clear();
        names.clear();
        keys.clear();
        *handles = Handles::default();
    }
}

/// One file's people, as linked within it: the record being read, and
/// the [`Linker`] its ended records go to. The linker may be detached
/// ([`FilePeople::detach`]) to run on another thread: ended records then
/// wait in order ([`FilePeople::take_ended`]) until it settles them.
#[derive(Debug, Default)]
pub struct FilePeople {
    /// Not linking (a redaction's first pass needs field verdicts only):
    /// records are still told apart as they are when linking (a nested
    /// record with an identity of its own), but no person is made, and the
    /// file has no people.
    off: bool,
    record: Record,
    /// The records a nested record sits in (a JSON array element inside
    /// an object), innermost last.
    parents: Vec<Record>,
    /// A log: its usernames are only seen in requests.
    log: bool,
    log_usernames: HashSet<u64>,
    linker: Linker,
    /// The linker is elsewhere: ended records wait in `ended`.
    detached: bool,
    ended: Ended,
}

/// Records ended and not yet linked, in order, packed: no allocation per
/// record (a batch of a large CSV ends a hundred thousand of them).
#[derive(Debug, Default)]
pub struct Ended {
    heads: Vec<Head>,
    /// Each record's `ids`, `groups`, `named_groups`, `others`, `links` and
    /// `names`, one after another.
    words: Vec<u64>,
    keys: Vec<(u64, u64, u32)>,
}

/// One packed record: its signature, handles and list lengths.
#[derive(Debug)]
struct Head {
    sig: Signature,
    handles: Handles,
    lens: [u32; 6],
    keys: u32,
}

impl Ended {
    /// Packs `record` (what linking reads of it) and empties it.
    fn push(&mut self, record: &mut Record, sig: Signature) {
        let lists = [
            &record.ids,
            &record.groups,
            &record.named_groups,
            &record.others,
            &record.links,
            &record.names,
        ];
        let mut lens = [0u32; 6];
        for (len, list) in lens.iter_mut().zip(lists) {
            *len = list.len() as u32;
            self.words.extend_from_slice(list);
        }
        self.keys.extend_from_slice(&record.keys);
        self.heads.push(Head {
            sig,
            handles: record.handles,
            lens,
            keys: record.keys.len() as u32,
        });
        record.clear();
    }

    pub fn is_empty(&self) -> bool {
        self.heads.is_empty()
    }

    /// Unpacks each record into `scratch`, in order, for `f`; then empties.
    fn drain(&mut self, scratch: &mut Record, mut f: impl FnMut(&mut Record, Signature)) {
        let (mut w, mut k) = (0usize, 0usize);
        for h in &self.heads {
            scratch.clear();
            let lists = [
                &mut scratch.ids,
                &mut scratch.groups,
                &mut scratch.named_groups,
                &mut scratch.others,
                &mut scratch.links,
                &mut scratch.names,
            ];
            for (len, list) in h.lens.iter().zip(lists) {
                let n = *len as usize;
                list.extend_from_slice(&self.words[w..w + n]);
                w += n;
            }
            let n = h.keys as usize;
            scratch.keys.extend_from_slice(&self.keys[k..k + n]);
            k += n;
            scratch.handles = h.handles;
            f(scratch, h.sig);
        }
        self.heads.clear();
        self.words.clear();
        self.keys.clear();
    }
}

/// Links ended records by their identifiers, keys and handles.
#[derive(Debug, Default)]
pub struct Linker {
    /// Identifier key -> node.
    nodes: KeyMap<u32>,
    forest: Forest,
    /// Per node, meaningful at roots: an index into `signatures` (a file's
    /// records have few distinct signatures; 4 bytes a node, not 16).
    signature: Vec<u32>,
    signatures: Vec<Signature>,
    signature_ids: HashMap<Signature, u32>,
    /// Keys of records with strong identifiers: `(entity, item, node)`.
    key_edges: Vec<(u64, u64, u32, u32)>,
    /// Items named by records without a strong identifier: `keys::slot`
    /// -> `(entity, item, signature id)`.
    key_sigs: KeyMap<(u64, u64, u32)>,
    /// Items of two entities named by one such record.
    key_pairs: HashSet<(u64, u64, u64, u64)>,
    /// Records without a strong identifier but with keys, by the entities
    /// their keys name (an index into `entity_sets`), handles and signature.
    keyed: HashMap<(u32, Handles, u32), u64>,
    entity_sets: Vec<Vec<u64>>,
    /// Records with neither, by handles and signature.
    weak: HashMap<(Handles, u32), u64>,
    /// Handles of records with strong identifiers -> node.
    handles: KeyMap<u32>,
    /// Records linked by a strong identifier.
    identified: u64,
    /// Records past the bound none of whose identifiers was held.
    overflow: HashMap<Signature, u64>,
    /// Identifiers held (default `EXACT_KEYS`; smaller in tests).
    bound: Option<usize>,
    /// A record unpacked from `Ended` (reused).
    scratch: Record,
}

/// One file's people, ready to be linked with other files': every
/// identifier key with its person (an index into `people`), each person's
/// categories (a bit per index), and what records without a strong
/// identifier hold (keys and handles), linked or bounded once every file
/// is in (`aggregate::people`).
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct PeoplePart {
    pub nodes: KeyMap<u32>,
    pub people: Vec<u32>,
    /// `(entity, item, person, field)`: key columns of records with
    /// identifiers.
    pub key_edges: Vec<(u64, u64, u32, u32)>,
    /// `(entity, item, categories)`: what records without an identifier
    /// hold, per key item they name.
    pub key_cats: Vec<(u64, u64, u32)>,
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
    /// on their own (`aggregate::people`).
    pub log_usernames: Vec<u64>,
    /// `(categories, records)`: records counted on their own because the
    /// bound on identifiers was passed.
    pub overflow: Vec<(u32, u64)>,
}

impl FilePeople {
    /// Marks the file as a log.
    /// Linking turned off: no people, at little cost.
    pub fn off() -> FilePeople {
        FilePeople {
            off: true,
            ..FilePeople::default()
        }
    }

    pub fn log(&mut self, log: bool) {
        self.log = log;
    }

    /// A strong identifier in field `field` of the current record, with its
    /// fingerprint. The first field holding a category says whose record it
    /// is; the same category in another field (`anvandare_b` beside
    /// `anvandare_a`, a recipient's address beside the sender's) is another
    /// person's.
    pub fn identifier(&mut self, category: Category, value: &[u8], fp: u64, field: u32, group: u64) {
        let k = key(category, value, fp);
        if self.log && category == Category::Username {
            self.log_usernames.insert(k);
        }
        if self.primary(category, field) {
            if !self.record.ids.contains(&k) {
                self.record.ids.push(k);
                self.record.groups.push(group);
            }
        } else if !self.record.others.contains(&k) {
            self.record.others.push(k);
        }
    }

    /// An identifier that only links: one the detectors do not take alone
    /// (a phone in a phone field, written in a national form). It joins a
    /// record that has an identifier of its own to others (a patient's
    /// `04xx xxx xxx` to the `+614…` of their reminders), never makes a
    /// person of a record that has none (a courier's phone on an order).
    pub fn link_only(&mut self, category: Category, value: &[u8], fp: u64, field: u32) {
        if self.off {
            return;
        }
        let k = key(category, value, fp);
        if self.primary(category, field) && !self.record.links.contains(&k) {
            self.record.links.push(k);
        }
    }

    /// Whether `field` is the first of the record to hold `category`.
    fn primary(&mut self, category: Category, field: u32) -> bool {
        match self.record.fields.iter().find(|(c, _)| *c == category) {
            Some(&(_, f)) => f == field,
            None => {
                self.record.fields.push((category, field));
                true
            }
        }
    }

    /// A key column's value in the current record (see `classify::keys`).
    pub fn key(&mut self, entity: u64, item: u64, field: u32) {
        if self.off {
            return;
        }
        if !self.record.keys.iter().any(|k| (k.0, k.1) == (entity, item)) {
            self.record.keys.push((entity, item, field));
        }
    }

    /// A name field's value in the current record: the sum of its words'
    /// fingerprints (0: no word). The record's name is the sum of its name
    /// fields; an identified record is also known by each field's name and
    /// by the names its first fields make (a last and a first name, before
    /// a middle name or an emergency contact's), for records tied to no one
    /// that carry only those.
    pub fn name(&mut self, sum: u64, group: u64) {
        if sum == 0 {
            return;
        }
        if !self.record.named_groups.contains(&group) {
            self.record.named_groups.push(group);
        }
        let h = &mut self.record.handles.name;
        *h = h.wrapping_add(sum);
        let total = *h;
        for part in [sum, total] {
            if !self.record.names.contains(&part) && self.record.names.len() < 8 {
                self.record.names.push(part);
            }
        }
    }

    /// An IP address in the current record: the first one is its handle.
    pub fn ip(&mut self, fp: u64) {
        if self.off {
            return;
        }
        if self.record.handles.ip == 0 {
            self.record.handles.ip = fp;
        }
    }

    /// A record opens inside the current one (an element of an array
    /// nested in a JSON object).
    pub fn begin_nested(&mut self) {
        self.parents.push(std::mem::take(&mut self.record));
    }

    /// Whether the current record says whose it is: a strong identifier or
    /// a name. A nested record that does not is its parent's data.
    pub fn has_identity(&self) -> bool {
        !self.record.ids.is_empty() || self.record.handles.name != 0
    }

    /// The current nested record ends as part of its parent: its keys and
    /// address join the parent's.
    pub fn fold_into_parent(&mut self) {
        let child = std::mem::take(&mut self.record);
        self.record = self.parents.pop().unwrap_or_default();
        for k in child.keys {
            if !self.record.keys.iter().any(|m| (m.0, m.1) == (k.0, k.1)) {
                self.record.keys.push(k);
            }
        }
        if self.record.handles.ip == 0 {
            self.record.handles.ip = child.handles.ip;
        }
    }

    /// Back to the parent of a nested record that ended on its own.
    pub fn resume_parent(&mut self) {
        self.record = self.parents.pop().unwrap_or_default();
    }


    /// The current record ends, holding `sig`.
    pub fn end_record(&mut self, sig: Signature) {
        if self.off {
            // Only what tells a nested record's identity is kept.
            self.record.clear();
            return;
        }
        if self.detached {
            return self.ended.push(&mut self.record, sig);
        }
        // The record's buffers are kept for the next one.
        self.linker.settle(&mut self.record, sig);
        self.record.clear();
    }

    /// The linker goes elsewhere (another thread): ended records wait
    /// until handed to it with [`FilePeople::take_ended`].
    pub fn detach(&mut self) -> Linker {
        self.detached = true;
        std::mem::take(&mut self.linker)
    }

    /// The linker is back, every ended record settled.
    pub fn attach(&mut self, linker: Linker) {
        debug_assert!(self.ended.is_empty());
        self.linker = linker;
        self.detached = false;
    }

    /// The records ended since the last call, in order, swapped with
    /// `spare` (settled: empty, its buffers kept).
    pub fn take_ended(&mut self, spare: &mut Ended) {
        debug_assert!(spare.is_empty());
        std::mem::swap(&mut self.ended, spare);
    }

    /// The file's people, with each signature turned into categories by
    /// `categories` (which knows the fields' verdicts).
    pub fn finish(self, categories: impl Fn(Signature) -> u32) -> PeoplePart {
        if self.off {
            return PeoplePart::default();
        }
        let mut linker = self.linker;
        let mut ended = self.ended;
        linker.settle_all(&mut ended);
        linker.finish(categories, self.log_usernames)
    }
}

impl Linker {
    /// Settles `ended` in order, leaving it empty (its buffers kept).
    pub fn settle_all(&mut self, ended: &mut Ended) {
        let mut scratch = std::mem::take(&mut self.scratch);
        ended.drain(&mut scratch, |record, sig| self.settle(record, sig));
        self.scratch = scratch;
    }

    /// Links an ended record.
    fn settle(&mut self, record: &mut Record, sig: Signature) {
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
            let full = self.forest.len() >= self.bound.unwrap_or(crate::aggregate::people::EXACT_KEYS);
            for &k in &record.others {
                if let Some(n) = if full { self.nodes.get(&k).copied() } else { Some(self.node(k)) } {
                    let root = self.forest.find(n) as usize;
                    self.signature[root] = self.joined(self.signature[root], sig);
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
                        let slot = crate::classify::keys::slot(entity, item);
                        let old = self.key_sigs.get(&slot).map_or(0, |e| e.2);
                        let joined = self.joined(old, sig);
                        self.key_sigs.insert(slot, (entity, item, joined));
                        for &(e2, i2, _) in &record.keys[n + 1..] {
                            if e2 != entity && self.key_pairs.len() < crate::aggregate::people::EXACT_KEYS {
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
        let full = self.forest.len() >= self.bound.unwrap_or(crate::aggregate::people::EXACT_KEYS);
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
        self.signature[root] = self.joined(self.signature[root], sig);
        if self.key_edges.len() < self.bound.unwrap_or(crate::aggregate::people::EXACT_KEYS) {
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
            self.signature.push(0);
            self.empty_signature();
        }
        n
    }

    fn union(&mut self, a: u32, b: u32) {
        if let Some((keep, gone)) = self.forest.union(a, b) {
            let s = self.signatures[self.signature[gone as usize] as usize];
            self.signature[keep as usize] = self.joined(self.signature[keep as usize], s);
        }
    }

    fn finish(mut self, categories: impl Fn(Signature) -> u32, log_usernames: HashSet<u64>) -> PeoplePart {
        let mut person = vec![u32::MAX; self.forest.len()];
        let mut people = Vec::new();
        let mut nodes = std::mem::take(&mut self.nodes);
        for n in nodes.values_mut() {
            let root = self.forest.find(*n) as usize;
            if person[root] == u32::MAX {
                person[root] = people.len() as u32;
                people.push(categories(self.signatures[self.signature[root] as usize]));
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
            key_edges,
            key_cats,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn provider_rules_make_one_address_of_its_spellings() {
        let k = |s: &str| {
            key(
                Category::Email,
                s.as_bytes(),
                fingerprint(Category::Email, s.as_bytes()),
            )
        };
        assert_eq!(k("Jane.Doe+shop@gmail.com"), k("janedoe@googlemail.com"));
        assert_eq!(k("jane+x@outlook.com"), k("JANE@outlook.com"));
        // Dots matter outside Gmail, and tags where the provider is unknown.
        assert_ne!(k("jane.doe@outlook.com"), k("janedoe@outlook.com"));
        assert_ne!(k("jane+x@example.org"), k("jane@example.org"));
    }

    #[test]
    fn a_number_is_one_key_written_nationally_or_internationally() {
        let k = |s: &str| {
            key(
                Category::Phone,
                s.as_bytes(),
                fingerprint(Category::Phone, s.as_bytes()),
            )
        };
        assert_eq!(k("(202) 555-0101"), k("+1 202 555 0101"));
        assert_eq!(k("202-555-0101"), k("001 202 555 0101"));
        assert_eq!(k("+33 6 12 34 56 78"), k("0033 6 12 34 56 78"));
        // National forms with a trunk 0 are their international form.
        assert_eq!(k("+33 6 12 34 56 78"), k("06 12 34 56 78"));
        assert_eq!(k("082 123 4567"), k("+27 82 123 4567"));
        assert_eq!(k("08179433266"), k("+234 817 943 3266"));
        assert_eq!(k("0470 12 34 56"), k("+32 470 12 34 56"));
        assert_ne!(k("(202) 555-0101"), k("(202) 555-0102"));
    }

    #[test]
    fn records_sharing_an_identifier_are_one_person_with_both_records_data() {
        let mut p = FilePeople::default();
        let sig = |hits: u32| Signature { fields: 0, hits };
        let id = |p: &mut FilePeople, c: Category, v: &[u8]| p.identifier(c, v, fingerprint(c, v), 0, 0);
        id(&mut p, Category::Email, b"a@x.com");
        p.end_record(sig(1));
        id(&mut p, Category::Phone, b"+1 202 555 0101");
        p.end_record(sig(2));
        // Links the two above through both identifiers.
        id(&mut p, Category::Phone, b"+12025550101");
        id(&mut p, Category::Email, b"A@x.com");
        p.end_record(sig(4));
        id(&mut p, Category::Email, b"b@x.com");
        p.end_record(sig(8));
        p.end_record(sig(16)); // no identifier: its own person
        p.end_record(sig(16));
        p.end_record(sig(0)); // nothing personal: nobody
        let part = p.finish(|s| s.hits);
        let mut people = part.people.clone();
        people.sort_unstable();
        assert_eq!(people, vec![7, 8]);
        assert_eq!(part.weak, vec![(Handles::default(), 16, 2)]);
    }

    #[test]
    fn past_the_bound_only_held_identifiers_link_and_the_rest_are_counted_apart() {
        let mut p = FilePeople {
            linker: Linker {
                bound: Some(2),
                ..Linker::default()
            },
            ..FilePeople::default()
        };
        let sig = Signature { fields: 0, hits: 1 };
        let id = |p: &mut FilePeople, v: &[u8]| p.identifier(Category::Email, v, fingerprint(Category::Email, v), 0, 0);
        id(&mut p, b"a@x.com");
        p.end_record(sig);
        id(&mut p, b"b@x.com");
        p.end_record(sig);
        id(&mut p, b"c@x.com"); // nothing held: a person of its own
        p.end_record(sig);
        id(&mut p, b"d@x.com"); // links through a, which is held
        id(&mut p, b"a@x.com");
        p.end_record(sig);
        let part = p.finish(|s| s.hits);
        assert_eq!(part.people.len(), 2);
        assert_eq!(part.overflow, vec![(1, 1)]);
        assert_eq!(part.nodes.len(), 2);
    }

    /// A complaint naming its customer (an object with a name and an
    /// email) and its agent (an object with a name and a login): two
    /// people, so complaints of different customers handled by one agent
    /// do not become one person.
    #[test]
    fn two_named_objects_of_one_record_are_two_people() {
        let mut p = FilePeople::default();
        let (customer, agent) = (1u64, 2u64);
        for email in ["a@x.com", "b@x.com", "c@x.com"] {
            p.identifier(Category::Email, email.as_bytes(), fingerprint(Category::Email, email.as_bytes()), 0, customer);
            p.name(11, customer);
            p.identifier(Category::Username, b"a.kaminski", fingerprint(Category::Username, b"a.kaminski"), 1, agent);
            p.name(22, agent);
            p.end_record(Signature { fields: 0, hits: 1 });
        }
        let part = p.finish(|s| s.hits);
        assert_eq!(part.people.len(), 4, "three customers and the agent");
    }
}
