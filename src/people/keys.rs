//! Key columns: which fields may hold a row's own key or a reference to
//! another table's rows (`users.id`, `uploads.user_id`, `customer_no`,
//! `id_cliente`, `userId`, `Kundennummer`), and the entity each names, so
//! that rows of two tables, or two files of one system, carrying the same
//! key value can be linked into one person.
//!
//! A name only says a field *may* be a key of some entity; whether that
//! entity is a person is decided from the values, across the whole scan
//! (`people::merge`): an entity whose key values each go with one
//! person's strong identifiers is a person's, one whose values are shared
//! by many people (a product, a plan, a country) is not. Keys are hashed,
//! never kept.

use std::hash::BuildHasher;

/// Seed of the entity and item hashes (fixed: shards must agree).
const SEED: u64 = 0x6b65_7973_2d76_3031;

/// Word that ends a key column's name: `user_id`, `order_no`, `customerNumber`.
const SUFFIXES: [&str; 13] = [
    "id", "uuid", "guid", "no", "nr", "num", "number", "nummer", "numero", "número", "key", "ref", "reference",
];
/// Word that starts one: `id_cliente`, `numero_client`, `nr_klienta`.
const PREFIXES: [&str; 11] = ["id", "no", "nr", "num", "numero", "número", "n", "nº", "nr.", "cod", "codigo"];
/// Words between such a prefix and the entity (`N° de client`).
const LINKS: [&str; 7] = ["de", "du", "del", "da", "do", "di", "of"];
/// A row's own key, named without its entity: the entity is the table.
const BARE: [&str; 5] = ["id", "uuid", "guid", "pk", "_id"];

/// The entity a field named `leaf` in table (or file, or JSON array)
/// `table` is a key of, if its name is a key's: a hash of the entity's
/// normalised name (`users` and `user` are one entity).
pub fn entity(table: &str, leaf: &str) -> Option<u64> {
    let lower = leaf.trim().to_lowercase();
    if BARE.contains(&lower.as_str()) {
        return named(table);
    }
    let words = words(leaf);
    if words.len() >= 2 {
        let (first, last) = (&words[0], &words[words.len() - 1]);
        if SUFFIXES.contains(&last.as_str()) {
            return named(&words[..words.len() - 1].concat());
        }
        if PREFIXES.contains(&first.as_str()) {
            let rest = &words[1..];
            let skip = rest.iter().take_while(|w| LINKS.contains(&w.as_str())).count();
            return named(&rest[skip..].concat());
        }
        return None;
    }
    // One word: German compounds (`kundennummer`, `kundennr`).
    let w = words.first()?;
    ["nummer", "nr"]
        .iter()
        .find_map(|s| w.strip_suffix(s))
        .filter(|stem| stem.chars().count() >= 4)
        .and_then(named)
}

/// The words of a name: split at separators and at camelCase boundaries
/// (`customerID` → `customer`, `id`), lower-cased.
fn words(name: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for c in name.chars() {
        if !c.is_alphanumeric() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            prev_lower = false;
            continue;
        }
        if c.is_uppercase() && prev_lower && !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
        prev_lower = c.is_lowercase() || c.is_ascii_digit();
        cur.extend(c.to_lowercase());
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// The entity a table's rows are (a foreign key's target).
pub fn table(name: &str) -> Option<u64> {
    named(name)
}

/// An entity's hash from its name: letters only, lower-cased, without the
/// plural and case endings of the languages exports come in (`customers`,
/// `kunden`, `clientes`, `pacientes` are `customer`, `kund`, `client`,
/// `pacient`, as are their singulars).
fn named(name: &str) -> Option<u64> {
    let mut s: String = name.chars().filter(|c| c.is_alphabetic()).flat_map(char::to_lowercase).collect();
    for _ in 0..3 {
        match s.chars().last() {
            Some('s' | 'e' | 'n') if s.chars().count() > 3 => {
                s.pop();
            }
            _ => break,
        }
    }
    (s.chars().count() >= 2).then(|| foldhash::fast::FixedState::with_seed(SEED).hash_one(s.as_bytes()))
}

/// The item a key value names: the value trimmed and case-folded, a number
/// without its leading zeros, hashed without its entity (an item is named
/// by `(entity, item)`; hashed alone, two entities' values can be compared:
/// differently named key columns of one system whose values agree are one
/// entity, see `people::merge`). A distinctive value (a letter in it, or
/// six digits and more) has the top bit set ([`is_distinctive`]). `None` for
/// what names no row (empty, `NULL`, `0`, negative numbers) and long text.
pub fn item(value: &[u8]) -> Option<u64> {
    let v = value.trim_ascii();
    let v = v.strip_prefix(b"\"").and_then(|v| v.strip_suffix(b"\"")).unwrap_or(v);
    if v.is_empty() || v.len() > 64 || v.eq_ignore_ascii_case(b"null") || v == b"\\N" || v.starts_with(b"-") {
        return None;
    }
    let v = if v.iter().all(u8::is_ascii_digit) {
        &v[v.iter().position(|&b| b != b'0')?..]
    } else {
        v
    };
    let mut buf = [0u8; 64];
    let out = &mut buf[..v.len()];
    out.copy_from_slice(v);
    out.make_ascii_lowercase();
    let distinctive = v.iter().any(u8::is_ascii_alphabetic) || v.len() >= 6;
    let h = foldhash::fast::FixedState::with_seed(SEED).hash_one(&*out) >> 1;
    Some(h | u64::from(distinctive) << 63)
}

/// Whether an item's value could hardly be another entity's by chance.
pub fn is_distinctive(item: u64) -> bool {
    item >> 63 == 1
}

/// One key for `(entity, item)` in maps keyed by a `u64`.
pub fn slot(entity: u64, item: u64) -> u64 {
    (item ^ entity.rotate_left(23)).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_and_own_keys_name_one_entity() {
        let user = named("users");
        assert!(user.is_some());
        assert_eq!(entity("users", "id"), user);
        assert_eq!(entity("uploads", "user_id"), user);
        assert_eq!(entity("events", "userId"), user);
        assert_eq!(entity("x", "USER_ID"), user);
        assert_eq!(entity("x", "customer_no"), entity("customers", "id"));
        assert_eq!(entity("x", "customerNumber"), entity("customer", "uuid"));
        assert_eq!(entity("x", "id_cliente"), entity("clientes", "id"));
        assert_eq!(entity("x", "Kundennummer"), entity("x", "kunden_id"));
        assert_eq!(entity("x", "kundennr"), entity("kunde", "id"));
        assert_eq!(entity("x", "Tenant Ref"), entity("tenants", "id"));
        assert_eq!(entity("x", "Employee No"), entity("x", "employee_no"));
        assert_eq!(entity("x", "N° client"), entity("clients", "id"));
        assert_eq!(entity("x", "Nº de cliente"), entity("x", "id_cliente"));
        assert_ne!(entity("x", "order_id"), user);
    }

    #[test]
    fn other_names_are_not_keys() {
        for leaf in ["email", "paid", "valid", "created_at", "order_total", "android", "name"] {
            assert_eq!(entity("t", leaf), None, "{leaf}");
        }
        assert_eq!(entity("", "id"), None);
    }

    #[test]
    fn a_key_value_is_one_item_however_it_is_written() {
        assert_eq!(item(b"0042"), item(b"42"));
        assert_eq!(item(b" C-100 "), item(b"c-100"));
        assert_eq!(item(b"\"7\""), item(b"7"));
        assert_ne!(item(b"42"), item(b"43"));
        for none in [&b""[..], b"NULL", b"\\N", b"0", b"-1"] {
            assert_eq!(item(none), None);
        }
        assert!(is_distinctive(item(b"C-100").unwrap()) && is_distinctive(item(b"100001").unwrap()));
        assert!(!is_distinctive(item(b"42").unwrap()));
        let (u, o) = (entity("users", "id").unwrap(), entity("orders", "id").unwrap());
        assert_ne!(slot(u, item(b"42").unwrap()), slot(o, item(b"42").unwrap()));
    }
}
