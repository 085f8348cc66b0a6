//! Where a person lives, from what one value says, and how strongly: a
//! country or US state named in an address field (its name in 40
//! languages, its ISO code, a US ZIP code), a phone number in international
//! form (its calling code; a North American area code's country and state),
//! an IP address (its registry's country), an email's country-code domain.
//! The tables are data under `patterns/residence/`, rebuilt by its
//! `build.py` from GeoNames, CLDR, libphonenumber, the USPS's ZIP prefixes
//! and the RIRs' delegations; nothing is looked up on the network.
//!
//! A residence is a small code ([`Residence`]): a country, and for the US
//! a state or territory. A value that says nothing certain (a `+1` number
//! without a known area code, `.com`, `.io`) gives none: a residence is
//! never guessed.

use std::collections::HashMap;
use std::sync::OnceLock;

const COUNTRIES: &str = include_str!("../../patterns/residence/countries.tsv");
const NAMES: &str = include_str!("../../patterns/residence/country_names.tsv");
const ISO_NAMES: &str = include_str!("../../patterns/residence/country_names_iso.tsv");
const STATES: &str = include_str!("../../patterns/residence/us_states.tsv");
const STATE_NAMES: &str = include_str!("../../patterns/residence/us_state_names.tsv");
const NANP: &str = include_str!("../../patterns/residence/nanp.tsv");
const ZIP3: &str = include_str!("../../patterns/residence/zip3.tsv");
static CITIES: &[u8] = include_bytes!("../../patterns/residence/cities.fst");
static IPV4: &[u8] = include_bytes!("../../patterns/residence/ipv4.bin");
static IPV6: &[u8] = include_bytes!("../../patterns/residence/ipv6.bin");

/// A calling code is a country's when that country holds this share of
/// the people of every country sharing it (`+44`: the UK, not Jersey;
/// `+7`: Russia and Kazakhstan, so neither).
const CALLING_SHARE: f64 = 0.95;

/// Country-code domains sold to anyone (`.io`, `.co`, `.tv`): they say
/// nothing of where a person lives.
const GENERIC_CCTLDS: [&str; 19] = [
    "io", "co", "me", "tv", "ai", "fm", "ly", "to", "ws", "cc", "sh", "gg", "la", "nu", "tk", "ml", "ga", "cf", "gq",
];

/// What a residence was established by, weakest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Signal {
    EmailDomain,
    Ip,
    Place,
    Phone,
    Address,
}

impl Signal {
    pub const ALL: [Signal; 5] = [Signal::Address, Signal::Phone, Signal::Place, Signal::Ip, Signal::EmailDomain];
}

/// A country (its row in `countries.tsv`), and in the US a state or
/// territory (its row in `us_states.tsv`, plus one; 0 for none).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Residence(u16);

impl Residence {
    fn new(country: u8, subdivision: u8) -> Residence {
        Residence(u16::from(country) << 8 | u16::from(subdivision))
    }

    /// The ISO 3166-1 alpha-2 code of the country (`US` for a US
    /// territory: its subdivision says which).
    pub fn country(self) -> &'static str {
        &tables().countries[usize::from(self.0 >> 8)].iso
    }

    /// The ISO 3166-2 code of the US state or territory (`US-CA`), if known.
    pub fn subdivision(self) -> Option<&'static str> {
        let s = usize::from(self.0 & 0xff);
        (s > 0).then(|| tables().states[s - 1].code.as_str())
    }

}

/// What is known of where one person lives, packed in 32 bits (0:
/// nothing): the strongest signal's residence (a weaker one that disagrees
/// is overruled), and whether signals of that strength disagreed
/// (`conflict`: no residence is then taken). [`Lived::join`] is
/// commutative and associative, so records and files may join in any
/// order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct Lived(pub u32);

const CONFLICT: u32 = 1 << 16;

impl Lived {
    pub fn new(signal: Signal, r: Residence) -> Lived {
        Lived((signal as u32 + 1) << 24 | u32::from(r.0))
    }

    pub fn is_known(self) -> bool {
        self.0 != 0
    }

    /// The strongest signal, if any.
    pub fn signal(self) -> Option<Signal> {
        match self.0 >> 24 {
            0 => None,
            s => Some(Signal::ALL[Signal::ALL.len() - s as usize]),
        }
    }

    fn code(self) -> u16 {
        self.0 as u16
    }

    /// The residence, unless signals of the same strength disagreed.
    pub fn residence(self) -> Option<Residence> {
        (self.is_known() && self.0 & CONFLICT == 0).then_some(Residence(self.code()))
    }

    pub fn conflict(self) -> bool {
        self.0 & CONFLICT != 0
    }

    /// A US resident whose state is not told, placed by a postal code
    /// (`postal_code` = 23299: Virginia); anyone else unchanged.
    pub fn with_postal(self, postal: Option<Residence>) -> Lived {
        match (self.residence(), postal) {
            (Some(r), Some(p)) if r.0 & 0xff == 0 && r.0 >> 8 == p.0 >> 8 => Lived(self.0 & !0xffff | u32::from(p.0)),
            _ => self,
        }
    }

    /// What a record's state, province and ZIP fields say (`UT`,
    /// `Ontario`, `44160`), joined: the person's residence at an address's
    /// strength, unless what else is known places them in another country
    /// (a Dutch `provincie` of `UT` is Utrecht, not Utah; a Mexican
    /// `ZIP / Postal Code` of 44160 is Guadalajara's, not Ohio's).
    pub fn with_state(self, regional: Lived) -> Lived {
        match (self.residence(), regional.residence()) {
            (Some(r), Some(s)) if r.0 >> 8 != s.0 >> 8 => self,
            (_, Some(_)) if !self.conflict() => self.join(regional),
            _ => self,
        }
    }

    /// Both persons' (or records') signals as one's.
    pub fn join(self, other: Lived) -> Lived {
        let (a, b) = (self, other);
        if !a.is_known() || !b.is_known() {
            return Lived(a.0 | b.0);
        }
        let flags = (a.0 | b.0) & CONFLICT;
        let (sa, sb) = (a.0 >> 24, b.0 >> 24);
        if sa != sb {
            return if sa > sb { a } else { b };
        }
        let (ca, cb) = (a.code(), b.code());
        let code = if ca == cb {
            ca
        } else if ca >> 8 == cb >> 8 && (ca & 0xff == 0 || cb & 0xff == 0) {
            ca.max(cb) // the same country, one with its state
        } else {
            return Lived(sa << 24 | flags | CONFLICT | u32::from(ca.min(cb)));
        };
        Lived(sa << 24 | flags | u32::from(code))
    }
}

struct Country {
    iso: String,
    tld: String,
    calling: String,
    population: u64,
}

struct State {
    /// ISO 3166-2 (`US-CA`).
    code: String,
}

struct Tables {
    countries: Vec<Country>,
    /// Names (40 languages), ISO 3166-1 alpha-2 and alpha-3 codes, lower case.
    by_name: HashMap<String, u8>,
    states: Vec<State>,
    /// Postal abbreviations and names, lower case -> row + 1.
    state_by_name: HashMap<String, u8>,
    /// Calling code -> country, where one country holds it.
    calling: HashMap<String, u8>,
    /// Two-letter domain (`de`: d*26+e) -> country row; 255 for none.
    tld: Vec<u8>,
    /// Area code -> residence.
    nanp: HashMap<u16, Residence>,
    /// ZIP prefix -> residence.
    zip3: HashMap<u16, Residence>,
    us: u8,
    ipv4_index: Vec<u32>,
    ipv6_index: Vec<u32>,
    ipv4_direct: Vec<u8>,
    ipv6_direct: Vec<u8>,
}

fn rows(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|l| l.split('\t').collect())
}

fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| {
        let countries: Vec<Country> = rows(COUNTRIES)
            .map(|r| Country {
                iso: r[0].to_string(),
                tld: r[3].to_string(),
                calling: r[4].to_string(),
                population: r[5].parse().unwrap_or(0),
            })
            .collect();
        let by_iso: HashMap<String, u8> = countries.iter().enumerate().map(|(i, c)| (c.iso.clone(), i as u8)).collect();
        let mut by_name = HashMap::new();
        for r in rows(COUNTRIES) {
            let i = by_iso[r[0]];
            by_name.insert(r[0].to_lowercase(), i);
            by_name.insert(r[1].to_lowercase(), i);
            by_name.insert(r[2].to_lowercase(), i);
        }
        for r in rows(NAMES).chain(rows(ISO_NAMES)) {
            if let Some(&i) = by_iso.get(r[1]) {
                by_name.entry(r[0].to_string()).or_insert(i);
            }
        }
        // Abbreviations as written in English, Spanish (`EE. UU.`, the
        // RAE's) and Portuguese (`EUA`).
        for (alias, iso) in [
            ("uk", "GB"),
            ("usa", "US"),
            ("u.s.", "US"),
            ("u.s.a.", "US"),
            ("u.k.", "GB"),
            ("ee. uu.", "US"),
            ("ee.uu.", "US"),
            ("eeuu", "US"),
            ("eua", "US"),
            ("e.u.a.", "US"),
        ] {
            by_name.insert(alias.to_string(), by_iso[iso]);
        }
        let mut states = Vec::new();
        let mut state_by_name = HashMap::new();
        for r in rows(STATES) {
            states.push(State {
                code: format!("US-{}", r[0]),
            });
            let n = states.len() as u8;
            state_by_name.insert(r[0].to_lowercase(), n);
            state_by_name.insert(r[1].to_lowercase(), n);
        }
        for r in rows(STATE_NAMES) {
            if let Some(&n) = state_by_name.get(&r[1].to_lowercase()) {
                state_by_name.entry(r[0].to_string()).or_insert(n);
            }
        }
        let us = by_iso["US"];
        let mut shared: HashMap<&str, Vec<(u64, u8)>> = HashMap::new();
        for (i, c) in countries.iter().enumerate() {
            if !c.calling.is_empty() {
                shared.entry(&c.calling).or_default().push((c.population, i as u8));
            }
        }
        let calling = shared
            .into_iter()
            .filter_map(|(code, mut cs)| {
                cs.sort_unstable_by(|a, b| b.cmp(a));
                let total: u64 = cs.iter().map(|c| c.0).sum();
                (code != "1" && cs[0].0 as f64 >= CALLING_SHARE * total.max(1) as f64).then(|| (code.to_string(), cs[0].1))
            })
            .collect();
        let mut tld = vec![u8::MAX; 26 * 26];
        for (i, c) in countries.iter().enumerate() {
            let b = c.tld.as_bytes();
            if b.len() == 2 && b.iter().all(u8::is_ascii_lowercase) && !GENERIC_CCTLDS.contains(&c.tld.as_str()) {
                tld[usize::from(b[0] - b'a') * 26 + usize::from(b[1] - b'a')] = i as u8;
            }
        }
        let state = |abbr: &str| state_by_name.get(&abbr.to_lowercase()).copied().unwrap_or(0);
        let nanp = rows(NANP)
            .filter_map(|r| {
                let country = *by_iso.get(r[1])?;
                Some((r[0].parse().ok()?, Residence::new(country, r.get(2).map_or(0, |s| state(s)))))
            })
            .collect();
        let zip3 = rows(ZIP3)
            .filter_map(|r| Some((r[0].parse().ok()?, Residence::new(us, state(r[1])))))
            .collect();
        assert!(countries.len() < usize::from(MIXED), "a country's row is a byte below MIXED");
        let (ipv4_index, ipv6_index) = (V4.index(), V6.index());
        Tables {
            countries,
            by_name,
            states,
            state_by_name,
            calling,
            tld,
            nanp,
            zip3,
            us,
            ipv4_direct: V4.direct(&ipv4_index),
            ipv6_direct: V6.direct(&ipv6_index),
            ipv4_index,
            ipv6_index,
        }
    })
}

/// Lower case, single spaces, no surrounding dots or quotes.
fn norm(v: &str) -> String {
    v.trim_matches(|c: char| c == '"' || c == '\'' || c.is_whitespace())
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The country `v` names (`Germany`, `Deutschland`, `DE`, `DEU`).
pub fn country_named(v: &str) -> Option<Residence> {
    let t = tables();
    t.by_name.get(&norm(v)).map(|&i| Residence::new(i, 0))
}

/// The US state or territory `v` names (`CA`, `California`).
pub fn us_state_named(v: &str) -> Option<Residence> {
    let t = tables();
    t.state_by_name.get(&norm(v)).map(|&s| Residence::new(t.us, s))
}

/// The country (and US state) of a place named alone: a country, a US
/// state, or a city whose name one country holds (`Lyon`, `Köln`,
/// `Portland`; see `patterns/residence/build.py`). A name places shared
/// by countries tells nothing.
pub fn place(v: &str) -> Option<Residence> {
    let t = tables();
    let v = norm(v);
    if let Some(&i) = t.by_name.get(&v) {
        return Some(Residence::new(i, 0));
    }
    if let Some(&s) = t.state_by_name.get(&v) {
        return Some(Residence::new(t.us, s));
    }
    static MAP: OnceLock<fst::Map<&'static [u8]>> = OnceLock::new();
    let map = MAP.get_or_init(|| {
        fst::Map::new(CITIES).expect("patterns/residence/cities.fst is an fst map (rebuild it with its build.py)")
    });
    let code = map.get(v)?.to_be_bytes();
    let (iso, state) = (std::str::from_utf8(&code[4..6]).ok()?, &code[6..8]);
    let country = country_named(iso)?;
    Some(match std::str::from_utf8(state) {
        Ok(s) if state != [0, 0] => us_state_named(s).unwrap_or(country),
        _ => country,
    })
}

/// The place an address's last part names, its postal code aside
/// (`Oudegracht 12, 3511 AB Utrecht`: Utrecht; `5 Rue X, Lyon`): a city
/// tells less than the address's country would (see [`place`]).
pub fn address_place(v: &str) -> Option<Residence> {
    let last = v.rsplit([',', '\n']).map(str::trim).find(|p| !p.is_empty())?;
    let words: Vec<&str> = last.split_whitespace().filter(|w| !w.bytes().any(|b| b.is_ascii_digit())).collect();
    // A postal code's letters (`AB` of `3511 AB`, `SW` of `SW1A`): short
    // capitals at either end.
    let code = |w: &&str| w.len() <= 3 && w.bytes().all(|b| b.is_ascii_uppercase());
    let start = words.iter().position(|w| !code(w))?;
    let end = words.iter().rposition(|w| !code(w))? + 1;
    place(&words[start..end].join(" "))
}

/// The US state or territory of ZIP code `v` (`94103`, `94103-1234`).
pub fn zip(v: &str) -> Option<Residence> {
    let v = v.trim().as_bytes();
    let digits = |b: &[u8]| b.iter().all(u8::is_ascii_digit);
    let ok = match v.len() {
        5 => digits(v),
        10 => digits(&v[..5]) && v[5] == b'-' && digits(&v[6..]),
        _ => false,
    };
    if !ok {
        return None;
    }
    let prefix = u16::from(v[0] - b'0') * 100 + u16::from(v[1] - b'0') * 10 + u16::from(v[2] - b'0');
    tables().zip3.get(&prefix).copied()
}

/// The country (and for North America the state) of a phone number in
/// international form (`+49 30 …`, `0049 30 …`, `+1 (415) …`); a number in
/// national form says no country.
pub fn phone(v: &str) -> Option<Residence> {
    let v = v.trim();
    let rest = v.strip_prefix('+').or_else(|| v.strip_prefix("00"))?;
    let mut buf = [0u8; 16];
    let mut n = 0;
    for &c in rest.as_bytes().iter().take_while(|c| c.is_ascii_digit() || b" -.()/".contains(c)) {
        if c.is_ascii_digit() {
            if n == buf.len() {
                return None;
            }
            buf[n] = c;
            n += 1;
        }
    }
    if !(8..=15).contains(&n) {
        return None;
    }
    // ASCII digits only.
    let digits = std::str::from_utf8(&buf[..n]).ok()?;
    let t = tables();
    if let Some(nanp) = digits.strip_prefix('1') {
        return t.nanp.get(&nanp.get(..3)?.parse().ok()?).copied();
    }
    (1..=3).find_map(|n| t.calling.get(digits.get(..n)?).map(|&i| Residence::new(i, 0)))
}

/// The country an IP address is registered to (IPv4 or IPv6).
pub fn ip(v: impl AsRef<[u8]>) -> Option<Residence> {
    let t = tables();
    let v = v.as_ref().trim_ascii();
    let (table, index, direct, key): (&IpTable, &[u32], &[u8], u64) = match ipv4(v) {
        Some(a) => (&V4, &t.ipv4_index, &t.ipv4_direct, u64::from(a)),
        None => match std::str::from_utf8(v).ok()?.parse::<std::net::IpAddr>().ok()? {
            std::net::IpAddr::V4(a) => (&V4, &t.ipv4_index, &t.ipv4_direct, u64::from(u32::from(a))),
            std::net::IpAddr::V6(a) => (&V6, &t.ipv6_index, &t.ipv6_direct, (u128::from(a) >> 64) as u64),
        },
    };
    let p = (key >> table.prefix_shift) as usize;
    let c = match direct[p] {
        MIXED => {
            // The entries whose start shares the address's first 16 bits;
            // the answer is the last entry starting at or before it
            // (before them all: the entry before the bucket).
            let (mut lo, mut hi) = (index[p] as usize, index[p + 1] as usize);
            while lo < hi {
                let mid = (lo + hi) / 2;
                if table.start(mid) <= key {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            table.country(lo.checked_sub(1)?)
        }
        c => c,
    };
    (usize::from(c) < t.countries.len()).then(|| Residence::new(c, 0))
}

/// A dotted-quad IPv4 address (`81.2.69.160`), read without the
/// standard library's general parser (an address per log line); `None`
/// for anything else, which that parser then reads.
fn ipv4(b: &[u8]) -> Option<u32> {
    let mut out = 0u32;
    let mut parts = b.split(|&c| c == b'.');
    for _ in 0..4 {
        let part = parts.next()?;
        if part.is_empty() || part.len() > 3 || (part.len() > 1 && part[0] == b'0') {
            return None;
        }
        let mut n = 0u32;
        for &d in part {
            if !d.is_ascii_digit() {
                return None;
            }
            n = n * 10 + u32::from(d - b'0');
        }
        if n > 255 {
            return None;
        }
        out = out << 8 | n;
    }
    parts.next().is_none().then_some(out)
}

/// In a 16-bit prefix's slot of the direct table: ranges of several
/// countries start in it (search the bucket).
const MIXED: u8 = 254;

/// One of the IP range tables: entries of a big-endian start address
/// (`width - 1` bytes) and a country byte.
struct IpTable {
    bytes: &'static [u8],
    width: usize,
    /// Shifts a key to its first 16 bits.
    prefix_shift: u32,
}

static V4: IpTable = IpTable {
    bytes: IPV4,
    width: 5,
    prefix_shift: 16,
};
static V6: IpTable = IpTable {
    bytes: IPV6,
    width: 9,
    prefix_shift: 48,
};

impl IpTable {
    fn len(&self) -> usize {
        self.bytes.len() / self.width
    }

    fn country(&self, i: usize) -> u8 {
        self.bytes[i * self.width + self.width - 1]
    }

    /// For each 16-bit prefix, its country when one entry covers the whole
    /// prefix (most do), else [`MIXED`]: most lookups read one byte of a
    /// 64 KiB table.
    fn direct(&self, index: &[u32]) -> Vec<u8> {
        (0..1usize << 16)
            .map(|p| {
                let (lo, hi) = (index[p] as usize, index[p + 1] as usize);
                let whole = |i: usize| Some(self.country(i)).filter(|&c| c != MIXED);
                let c = if lo == hi {
                    lo.checked_sub(1).and_then(whole)
                } else if hi - lo == 1 && self.start(lo) == (p as u64) << self.prefix_shift {
                    whole(lo)
                } else {
                    None
                };
                c.unwrap_or(MIXED)
            })
            .collect()
    }

    fn start(&self, i: usize) -> u64 {
        let e = &self.bytes[i * self.width..(i + 1) * self.width - 1];
        e.iter().fold(0u64, |acc, &b| acc << 8 | u64::from(b))
    }

    /// For each 16-bit prefix `p`, the first entry whose start's prefix is
    /// `p` or more (65,537 entries): a lookup searches one bucket, in
    /// cache, instead of the whole table.
    fn index(&self) -> Vec<u32> {
        let mut index = Vec::with_capacity((1 << 16) + 1);
        let mut i = 0;
        for p in 0..=(1u64 << 16) {
            while i < self.len() && self.start(i) >> self.prefix_shift < p {
                i += 1;
            }
            index.push(i as u32);
        }
        index
    }
}

/// The country of an email's country-code domain (`.de`, `.co.uk`);
/// `.com`, `.org` and country codes sold to anyone say nothing.
pub fn email(v: impl AsRef<[u8]>) -> Option<Residence> {
    let v = v.as_ref();
    let d = &v[v.iter().rposition(|&b| b == b'@')? + 1..];
    let n = d.len();
    if n < 4 || d[n - 3] != b'.' {
        return None;
    }
    let (a, b) = (d[n - 2].to_ascii_lowercase(), d[n - 1].to_ascii_lowercase());
    if !a.is_ascii_lowercase() || !b.is_ascii_lowercase() {
        return None;
    }
    let i = tables().tld[usize::from(a - b'a') * 26 + usize::from(b - b'a')];
    (i != u8::MAX).then(|| Residence::new(i, 0))
}

/// What an address field holds, by its name: the name only says where to
/// look; a value counts when it is a country, a state or a ZIP.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AddressField {
    Country,
    State,
    /// A US ZIP by its name (`zip`, `zip_code`).
    Zip,
    /// A postal code of any country (`postal_code`, `postcode`, `PLZ`): a
    /// US ZIP only for a person otherwise known to live in the US (see
    /// [`Lived::with_postal`]).
    Postal,
    /// A whole address (`Springfield, IL 62704, USA`).
    Address,
    /// A place, as a profile gives it (`location`: `Chicago, Illinois`):
    /// read as an address, but weaker than one (a place is where a person
    /// says they are, an address where their post goes).
    Place,
}

impl AddressField {
    /// The kind of address field `name` is, if it is one (`country`,
    /// `billing_country`, `Land`, `pays`, `state`, `region`, `zip`,
    /// `address`).
    pub fn of(name: &str) -> Option<AddressField> {
        let mut words = Vec::new();
        let mut w = String::new();
        let mut prev_lower = false;
        for c in name.chars() {
            if (!c.is_alphanumeric() || (c.is_uppercase() && prev_lower)) && !w.is_empty() {
                words.push(std::mem::take(&mut w));
            }
            prev_lower = c.is_lowercase();
            if c.is_alphanumeric() {
                w.extend(c.to_lowercase());
            }
        }
        if !w.is_empty() {
            words.push(w);
        }
        let has = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
        // Where someone was born, or a place that is not theirs (an event's
        // venue, a ride's station): not where they live.
        if has(&[
            "birth", "birthplace", "geboorte", "geboorteplaats", "geburt", "geburtsort", "naissance", "nacimiento", "nascita",
            "venue", "event", "station", "store", "shop", "office", "branch", "warehouse", "depot", "origin",
            "destination", "departure", "arrival", "pickup", "dropoff",
        ]) {
            return None;
        }
        if has(&["country", "countrycode", "land", "pays", "pais", "país", "paese", "kraj", "nationality", "staat"]) {
            Some(AddressField::Country)
        } else if has(&["zip", "zipcode"]) {
            // Only the US calls it a ZIP: a `postcode` or a `PLZ` of five
            // digits may be another country's (10117 is Berlin).
            Some(AddressField::Zip)
        } else if has(&["postal", "postcode", "plz", "postleitzahl"]) {
            Some(AddressField::Postal)
        } else if has(&[
            "state", "province", "region", "bundesland", "provincie", "provinz", "provincia", "província", "estado",
            "regione", "région", "región",
        ]) {
            Some(AddressField::State)
        } else if has(&["address", "addr", "adresse", "direccion", "dirección", "indirizzo", "anschrift"]) {
            Some(AddressField::Address)
        } else if has(&[
            "location", "hometown", "city", "town", "ort", "wohnort", "stadt", "woonplaats", "plaats", "ville",
            "ciudad", "città", "citta", "cidade", "miasto", "localidad", "locality", "municipality", "gemeente",
            "comune", "kommune",
        ]) {
            Some(AddressField::Place)
        } else {
            None
        }
    }

    /// The strength of what this field says.
    pub fn signal(self) -> Signal {
        match self {
            AddressField::Place => Signal::Place,
            _ => Signal::Address,
        }
    }

    /// Where a value of this field says its person lives.
    pub fn read(self, v: &str) -> Option<Residence> {
        match self {
            AddressField::Country => country_named(v),
            AddressField::State => state_or_province(v),
            AddressField::Zip | AddressField::Postal => zip(v),
            AddressField::Address => address(v),
            AddressField::Place => address(v).or_else(|| place(v)),
        }
    }

    /// What a value tells beyond [`AddressField::read`], as a place: an
    /// address naming no country or state ends with its city.
    pub fn read_as_place(self, v: &str) -> Option<Residence> {
        match self {
            AddressField::Address => address_place(v),
            _ => None,
        }
    }
}

/// Canada's provinces and territories, by abbreviation and name: an
/// address ending in one is Canadian.
const PROVINCES: [&str; 26] = [
    "ab", "bc", "mb", "nb", "nl", "ns", "nt", "nu", "on", "pe", "qc", "sk", "yt", "alberta", "british columbia",
    "manitoba", "new brunswick", "newfoundland and labrador", "nova scotia", "northwest territories", "nunavut",
    "ontario", "prince edward island", "quebec", "saskatchewan", "yukon",
];

/// A US state or a Canadian province (`OR`, `Oregon`, `Ontario`, `QC`).
pub fn state_or_province(v: &str) -> Option<Residence> {
    us_state_named(v).or_else(|| PROVINCES.contains(&norm(v).as_str()).then(|| country_named("CA")).flatten())
}

/// A whole address or a place: its last part a country (`…, Germany`), a
/// US state with or without its ZIP (`Springfield, IL 62704`, `Chicago,
/// Illinois`), or a Canadian province (`Toronto, ON M5K 1A1`).
pub fn address(v: &str) -> Option<Residence> {
    let parts: Vec<&str> = v.split([',', '\n']).map(str::trim).filter(|p| !p.is_empty()).collect();
    let last = parts.last()?;
    // A place and its state or province (`Chicago, Illinois`, `Austin,
    // TX`, `Hamilton, Ontario L8R 9X9`): the last part without its postal
    // code, a state's full name or its abbreviation as written, before a
    // country's name (`Atlanta, Georgia` is in the US).
    if parts.len() >= 2 {
        let words: Vec<&str> = last.split_whitespace().collect();
        let kept = words.iter().rposition(|w| !w.bytes().any(|b| b.is_ascii_digit())).map_or(0, |i| i + 1);
        let region = words[..kept].join(" ");
        let abbreviated = region.len() == 2 && region.bytes().all(|b| b.is_ascii_uppercase());
        if region.len() > 2 || abbreviated {
            if let Some(s) = us_state_named(&region) {
                // With a ZIP, the two must agree (below); without, the state.
                if kept == words.len() {
                    return Some(s);
                }
            }
        }
        if PROVINCES.contains(&norm(&region).as_str()) {
            return country_named("CA");
        }
    }
    let country = country_named(last);
    let state = parts.iter().rev().take(3).find_map(|p| {
        let mut t = p.split_whitespace().rev();
        let (zip_part, state_part) = (t.next()?, t.next()?);
        let z = zip(zip_part)?;
        (us_state_named(state_part) == Some(z)).then_some(z)
    });
    match (country, state) {
        (Some(c), Some(s)) if c.country() == "US" => Some(s),
        (Some(c), _) => Some(c),
        (None, s) => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(r: Option<Residence>) -> Option<String> {
        r.map(|r| r.subdivision().map_or_else(|| r.country().to_string(), str::to_string))
    }

    #[test]
    fn countries_by_name_code_and_language() {
        for (v, want) in [
            ("Germany", "DE"),
            ("Deutschland", "DE"),
            ("Allemagne", "DE"),
            (" belgique ", "BE"),
            ("DE", "DE"),
            ("deu", "DE"),
            ("United Kingdom", "GB"),
            ("UK", "GB"),
            ("USA", "US"),
            ("日本", "JP"),
            ("Estados Unidos de América", "US"),
            ("EE. UU.", "US"),
            ("MÉXICO", "MX"),
        ] {
            assert_eq!(code(country_named(v)).as_deref(), Some(want), "{v}");
        }
        assert_eq!(country_named("Springfield"), None);
    }

    #[test]
    fn us_states_and_zips() {
        assert_eq!(code(us_state_named("CA")).as_deref(), Some("US-CA"));
        assert_eq!(code(us_state_named("new york")).as_deref(), Some("US-NY"));
        assert_eq!(code(us_state_named("Puerto Rico")).as_deref(), Some("US-PR"));
        assert_eq!(code(us_state_named("Nueva York")).as_deref(), Some("US-NY"));
        assert_eq!(code(us_state_named("Caroline du Nord")).as_deref(), Some("US-NC"));
        for (z, want) in [("94103", "US-CA"), ("10001", "US-NY"), ("20500", "US-DC"), ("00907", "US-PR"), ("73301-0001", "US-TX")] {
            assert_eq!(code(zip(z)).as_deref(), Some(want), "{z}");
        }
        assert_eq!(zip("9410"), None);
        assert_eq!(zip("Jaurès"), None);
        assert_eq!(zip("éé9"), None);
        assert_eq!(address("12 rue Jaurès, 75010 Paris"), None);
        assert_eq!(zip("941034"), None);
    }

    #[test]
    fn phones_in_international_form_only() {
        for (p, want) in [
            ("+49 30 1234567", "DE"),
            ("0049 30 1234567", "DE"),
            ("+33 6 12 34 56 78", "FR"),
            ("+44 20 7946 0958", "GB"),
            ("+1 (415) 555-0100", "US-CA"),
            ("+1 212 555 0100", "US-NY"),
            ("+1 604 555 0100", "CA"),
            ("+1 787 555 0100", "US-PR"),
        ] {
            assert_eq!(code(phone(p)).as_deref(), Some(want), "{p}");
        }
        // National form, a shared calling code, a non-geographic area code.
        for p in ["030 1234567", "(415) 555-0100", "+7 701 123 4567", "+1 800 555 0100"] {
            assert_eq!(phone(p), None, "{p}");
        }
    }

    #[test]
    fn ips_by_their_registry() {
        // Well-known allocations: Deutsche Telekom, Orange France, NTT, Google.
        assert_eq!(code(ip("80.128.0.1")).as_deref(), Some("DE"));
        assert_eq!(code(ip("90.0.0.1")).as_deref(), Some("FR"));
        assert_eq!(code(ip("8.8.8.8")).as_deref(), Some("US"));
        assert_eq!(code(ip("2003::1")).as_deref(), Some("DE"));
        assert_eq!(ip("10.0.0.1"), None, "private");
        assert_eq!(ip("not an ip"), None);
    }

    #[test]
    fn dotted_quads_read_as_the_standard_parser_reads_them() {
        for v in ["81.2.69.160", "0.0.0.0", "255.255.255.255", "1.2.3", "1.2.3.4.5", "01.2.3.4", "256.1.1.1", "1..2.3", "1.2.3.4 ", "a.b.c.d", "1.2.3.-4", "", "1.2.3.4."] {
            let std = v.parse::<std::net::Ipv4Addr>().ok().map(u32::from);
            assert_eq!(ipv4(v.as_bytes()), std, "{v:?}");
        }
    }

    #[test]
    fn the_prefix_index_finds_what_a_whole_search_finds() {
        let whole = |table: &IpTable, key: u64| {
            let (mut lo, mut hi) = (0, table.len());
            while lo < hi {
                let mid = (lo + hi) / 2;
                if table.start(mid) <= key {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            lo.checked_sub(1).map(|i| table.bytes[i * table.width + table.width - 1])
        };
        let country = |r: Option<Residence>| r.map(|r| r.country());
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        for n in 0..200_000u64 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            // Random addresses, and every table entry's start and the
            // address before it (bucket edges included).
            let v4 = if n % 2 == 0 { x as u32 } else { (V4.start((x as usize) % V4.len()) as u32).wrapping_sub((n % 4 == 1) as u32) };
            let want = whole(&V4, u64::from(v4)).filter(|&c| usize::from(c) < tables().countries.len());
            let got = ip(std::net::Ipv4Addr::from(v4).to_string());
            assert_eq!(country(got), want.map(|c| Residence::new(c, 0).country()), "{v4}");
            let v6 = if n % 2 == 0 { x } else { V6.start((x as usize) % V6.len()) };
            let want = whole(&V6, v6).filter(|&c| usize::from(c) < tables().countries.len());
            let got = ip(std::net::Ipv6Addr::from(u128::from(v6) << 64).to_string());
            assert_eq!(country(got), want.map(|c| Residence::new(c, 0).country()), "{v6:x}");
        }
    }

    #[test]
    fn email_domains_of_countries_only() {
        assert_eq!(code(email("anna@web.de")).as_deref(), Some("DE"));
        assert_eq!(code(email("j@example.co.uk")).as_deref(), Some("GB"));
        assert_eq!(email("j@gmail.com"), None);
        assert_eq!(email("dev@startup.io"), None);
    }

    #[test]
    fn signals_join_by_strength_in_any_order() {
        let de_phone = Lived::new(Signal::Phone, phone("+49 30 1234567").unwrap());
        let fr_address = Lived::new(Signal::Address, country_named("France").unwrap());
        let de_address = Lived::new(Signal::Address, country_named("DE").unwrap());
        let us = Lived::new(Signal::Address, country_named("US").unwrap());
        let us_ca = Lived::new(Signal::Address, us_state_named("CA").unwrap());
        let us_ny = Lived::new(Signal::Address, us_state_named("NY").unwrap());
        let ip_fr = Lived::new(Signal::Ip, ip("90.0.0.1").unwrap());
        // The stronger wins, and the disagreement is told.
        let j = de_phone.join(fr_address);
        assert_eq!(j.residence().unwrap().country(), "FR");
        assert!(!j.conflict());
        assert_eq!(j.signal(), Some(Signal::Address));
        // The same strength, two countries: no residence.
        assert_eq!(fr_address.join(de_address).residence(), None);
        assert!(fr_address.join(de_address).conflict());
        // A country and its state are one residence.
        assert_eq!(us.join(us_ca).residence().unwrap().subdivision(), Some("US-CA"));
        // A postal code places a US resident in a state, no one else.
        assert_eq!(us.with_postal(zip("23299")).residence().unwrap().subdivision(), Some("US-VA"));
        assert_eq!(fr_address.with_postal(zip("75010")), fr_address);
        assert_eq!(us_ca.with_postal(zip("23299")), us_ca);
        assert!(us_ca.join(us_ny).conflict());
        assert_eq!(Lived::default().join(ip_fr), ip_fr);
        // Any order, any grouping.
        let all = [de_phone, fr_address, de_address, us, us_ca, us_ny, ip_fr, Lived::default()];
        for a in all {
            for b in all {
                assert_eq!(a.join(b), b.join(a), "{a:?} {b:?}");
                for c in all {
                    assert_eq!(a.join(b).join(c), a.join(b.join(c)), "{a:?} {b:?} {c:?}");
                }
            }
        }
    }

    #[test]
    fn address_fields_by_name_and_whole_addresses() {
        for (name, kind) in [
            ("country", AddressField::Country),
            ("billing_country", AddressField::Country),
            ("Land", AddressField::Country),
            ("countryCode", AddressField::Country),
            ("state", AddressField::State),
            ("shipping_state", AddressField::State),
            ("zip", AddressField::Zip),
            ("ZipCode", AddressField::Zip),
            ("street_address", AddressField::Address),
        ] {
            assert_eq!(AddressField::of(name), Some(kind), "{name}");
        }
        assert_eq!(AddressField::of("PLZ"), Some(AddressField::Postal));
        assert_eq!(AddressField::of("postal_code"), Some(AddressField::Postal));
        for name in ["island", "landing_page", "statement", "stateless", "email"] {
            assert_eq!(AddressField::of(name), None, "{name}");
        }
        assert_eq!(code(address("12 Main St, Springfield, IL 62704")).as_deref(), Some("US-IL"));
        assert_eq!(code(address("12 Main St, Springfield, IL 62704, USA")).as_deref(), Some("US-IL"));
        assert_eq!(code(address("Unter den Linden 5, 10117 Berlin, Deutschland")).as_deref(), Some("DE"));
        assert_eq!(address("12 Main St"), None);
        assert_eq!(code(address("Chicago, Illinois")).as_deref(), Some("US-IL"));
        assert_eq!(code(address("Atlanta, Georgia")).as_deref(), Some("US-GA"));
        assert_eq!(code(address("Austin, TX")).as_deref(), Some("US-TX"));
        assert_eq!(code(address("55 King St W, Toronto, ON M5K 1A1, Canada")).as_deref(), Some("CA"));
        assert_eq!(code(address("55 King St W, Toronto, ON M5K 1A1")).as_deref(), Some("CA"));
        assert_eq!(code(address("798 King St E, Hamilton, Ontario L8R 9X9")).as_deref(), Some("CA"));
        assert_eq!(code(address("1420 Elm St Apt 3, Austin, TX 78701")).as_deref(), Some("US-TX"));
        assert_eq!(code(address("Lyon, France")).as_deref(), Some("FR"));
        assert_eq!(code(AddressField::State.read("Texas")).as_deref(), Some("US-TX"));
    }

    #[test]
    fn places_by_the_country_most_people_so_named_live_in() {
        for (v, want) in [
            ("Lyon", "FR"),
            ("Köln", "DE"),
            ("Cologne", "DE"),
            ("gent", "BE"),
            ("London", "GB"),
            ("Austin", "US-TX"),
            // Portlands (Oregon's, Maine's) and Springfields in several
            // states: the country alone.
            ("Portland", "US"),
            ("Springfield", "US"),
            ("Deutschland", "DE"),
            ("California", "US-CA"),
        ] {
            assert_eq!(code(place(v)).as_deref(), Some(want), "{v}");
        }
        // Shared by countries (Spain's and Venezuela's; Norway's, the
        // Netherlands' and Mons): nothing said.
        for v in ["Valencia", "Bergen", "premium", "12 Main St"] {
            assert_eq!(place(v), None, "{v}");
        }
        assert_eq!(code(address_place("Oudegracht 12, 3511 AB Utrecht")).as_deref(), Some("NL"));
        assert_eq!(code(address_place("10 Downing St, London SW1A 2AA")).as_deref(), Some("GB"));
        assert_eq!(address_place("Hauptstr. 5"), None);
        assert_eq!(code(AddressField::Place.read("Chicago, Illinois")).as_deref(), Some("US-IL"));
        for (name, kind) in [("woonplaats", Some(AddressField::Place)), ("City", Some(AddressField::Place)), ("provincie", Some(AddressField::State))] {
            assert_eq!(AddressField::of(name), kind, "{name}");
        }
        for name in ["birth_city", "geboorteplaats", "venue_city", "start_station_city", "Geburtsort"] {
            assert_eq!(AddressField::of(name), None, "{name}");
        }
    }

    #[test]
    fn a_state_field_places_only_where_nothing_says_another_country() {
        let regional = |r: Option<Residence>| Lived::new(Signal::Address, r.unwrap());
        let ut = regional(state_or_province("UT"));
        let nl = Lived::new(Signal::Address, country_named("NL").unwrap());
        assert_eq!(nl.with_state(ut), nl, "a Dutch provincie UT is Utrecht");
        let weak_nl = Lived::new(Signal::EmailDomain, country_named("NL").unwrap());
        assert_eq!(weak_nl.with_state(ut), weak_nl);
        let us = Lived::new(Signal::Address, country_named("US").unwrap());
        assert_eq!(code(us.with_state(ut).residence()).as_deref(), Some("US-UT"));
        assert_eq!(code(Lived::default().with_state(ut).residence()).as_deref(), Some("US-UT"));
        assert_eq!(Lived::default().with_state(ut).signal(), Some(Signal::Address));
        assert_eq!(code(Lived::default().with_state(regional(state_or_province("Ontario"))).residence()).as_deref(), Some("CA"));
        let mx = Lived::new(Signal::Address, country_named("México").unwrap());
        assert_eq!(mx.with_state(regional(zip("44160"))), mx, "Guadalajara's postal code, not Ohio's ZIP");
        let ca = Lived::new(Signal::Address, us_state_named("CA").unwrap());
        assert!(ca.with_state(ut).conflict(), "two states at one strength");
    }

    #[test]
    fn a_residence_is_two_bytes() {
        let r = phone("+1 415 555 0100").unwrap();
        assert_eq!((r.country(), r.subdivision()), ("US", Some("US-CA")));
        assert_eq!(std::mem::size_of::<Residence>(), 2);
        assert_eq!(std::mem::size_of::<Lived>(), 4);
    }
}
