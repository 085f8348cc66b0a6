//! Records being read, within one file: the values of one record (a CSV
//! row, a JSON object, an SQL tuple, a log line) belong to one person. Per
//! record [`FilePeople`] keeps the identifiers' keys, the key columns and
//! the weak handles; at the record's end it packs them ([`Ended`]) for the
//! [`Linker`], in order.

use super::identity::key;
use crate::jurisdiction::residence::{self, Lived, Signal};
use super::linker::{Linker, PeoplePart};
use crate::category::Category;
use foldhash::HashSet;

/// What one record holds: its fields (a bit each, as in the file's
/// combinations) and its detector hits' categories (a bit per index).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Signature {
    pub fields: u64,
    pub hits: u32,
}

impl Signature {
    pub(super) fn or(&mut self, other: Signature) {
        self.fields |= other.fields;
        self.hits |= other.hits;
    }

    pub(super) fn is_empty(&self) -> bool {
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
pub(super) struct Record {
    pub(super) ids: Vec<u64>,
    /// The field each identifier category was first seen in.
    pub(super) fields: Vec<(Category, u32)>,
    /// Identifiers of other people the record names.
    pub(super) others: Vec<u64>,
    /// Identifiers that only link (see `FilePeople::link_only`).
    pub(super) links: Vec<u64>,
    /// The object (`classify::fields`' group) each of `ids` sits in.
    pub(super) groups: Vec<u64>,
    /// The objects that hold a name.
    pub(super) named_groups: Vec<u64>,
    /// Its names, each field's and the first fields' together.
    pub(super) names: Vec<u64>,
    /// `(entity, item, field)`.
    pub(super) keys: Vec<(u64, u64, u32)>,
    pub(super) handles: Handles,
    /// Where its person lives, as far as its values say.
    pub(super) lived: Lived,
    /// A postal code's place, for a US resident whose state is not told.
    pub(super) postal: Option<residence::Residence>,
    /// What its state, province and ZIP fields say (see
    /// [`Lived::with_state`]).
    pub(super) regional: Lived,
    /// Its first IP address, looked up when the record ends, and only if
    /// it is someone's (a log line of an anonymous visitor is not).
    pub(super) ip: Vec<u8>,
}

impl Record {
    /// Empty, its buffers kept (every field named: a new one must be
    /// cleared here too).
    pub(super) fn clear(&mut self) {
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
            lived,
            postal,
            regional,
            ip,
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
        *lived = Lived::default();
        *postal = None;
        *regional = Lived::default();
        ip.clear();
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
    lived: Lived,
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
            lived: record.lived,
            lens,
            keys: record.keys.len() as u32,
        });
        record.clear();
    }

    pub fn is_empty(&self) -> bool {
        self.heads.is_empty()
    }

    /// Unpacks each record into `scratch`, in order, for `f`; then empties.
    pub(super) fn drain(&mut self, scratch: &mut Record, mut f: impl FnMut(&mut Record, Signature)) {
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
            scratch.lived = h.lived;
            f(scratch, h.sig);
        }
        self.heads.clear();
        self.words.clear();
        self.keys.clear();
    }
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
        match category {
            Category::Phone => self.lives_by(Signal::Phone, value, |v| residence::phone(std::str::from_utf8(v).ok()?)),
            Category::Email => self.lives_by(Signal::EmailDomain, value, |v| residence::email(v)),
            _ => {}
        }
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

    /// A key column's value in the current record (see `people::keys`).
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

    /// An IP address in the current record: the first one is its handle,
    /// and tells where its person may be.
    pub fn ip(&mut self, fp: u64, value: &[u8]) {
        if self.off {
            return;
        }
        if self.record.handles.ip == 0 {
            self.record.handles.ip = fp;
            self.record.ip.extend_from_slice(value);
        }
    }

    /// A postal code of the current record (see [`Lived::with_postal`]).
    pub fn postal(&mut self, value: &[u8]) {
        if !self.off && self.record.postal.is_none() {
            self.record.postal = std::str::from_utf8(value).ok().and_then(residence::zip);
        }
    }

    /// A state, province or ZIP field's value of the current record,
    /// read by `read`: it places the person only where nothing else says
    /// another country (applied when the record ends).
    pub fn regional(&mut self, value: &[u8], read: impl Fn(&str) -> Option<residence::Residence>) {
        if self.off {
            return;
        }
        if let Some(r) = std::str::from_utf8(value).ok().and_then(read) {
            self.record.regional = self.record.regional.join(Lived::new(Signal::Address, r));
        }
    }

    /// Where the current record's person lives, by `signal`: a weaker
    /// signal than one already seen is not even read.
    pub fn lives_by(&mut self, signal: Signal, value: &[u8], read: impl Fn(&[u8]) -> Option<residence::Residence>) {
        if self.off || self.record.lived.signal() > Some(signal) {
            return;
        }
        if let Some(r) = read(value) {
            self.record.lived = self.record.lived.join(Lived::new(signal, r));
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
            self.record.ip = child.ip;
        }
        self.record.lived = self.record.lived.join(child.lived);
        self.record.postal = self.record.postal.or(child.postal);
        self.record.regional = self.record.regional.join(child.regional);
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
        if !self.record.ip.is_empty() && (!self.record.ids.is_empty() || !self.record.keys.is_empty()) {
            let ip = std::mem::take(&mut self.record.ip);
            self.lives_by(Signal::Ip, &ip, |v| residence::ip(v));
            self.record.ip = ip;
        }
        self.record.lived = self.record.lived.with_state(self.record.regional).with_postal(self.record.postal);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::normalize::fingerprint;

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
