//! The data categories of the report contract (`shared/spec/report-v1.md`),
//! and the custom ones users' patterns define (`custom:employee_id`).
//!
//! Owns the fixed, lowercase category ids, which of them count as
//! "sensitive" for the human report's not-found list, and the process-wide
//! registry of custom categories (at most [`MAX_CUSTOM`], named once, never
//! forgotten: a category is a small `Copy` value on the hot path).

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;
use std::sync::RwLock;

/// How many custom categories one process can know.
pub const MAX_CUSTOM: usize = 16;

/// The prefix of a custom category's id.
pub const CUSTOM_PREFIX: &str = "custom:";

/// Custom categories' ids (`custom:employee_id`), in the order they were
/// first named; a [`Category::Custom`] is an index into it.
static CUSTOM: RwLock<Vec<&'static str>> = RwLock::new(Vec::new());

/// A data category: one of the contract's, or a custom one. The serde form
/// is the id (`email`, `ip_address`, `custom:employee_id`).
///
/// ```
/// use pii_scan::Category;
///
/// assert_eq!(Category::IpAddress.id(), "ip_address");
/// assert_eq!("payment_card".parse::<Category>(), Ok(Category::PaymentCard));
/// let badge: Category = "custom:badge_id".parse().unwrap();
/// assert!(badge.is_custom());
/// assert_eq!(badge.id(), "custom:badge_id");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Category {
    Email,
    Name,
    Username,
    IpAddress,
    Location,
    Phone,
    DateOfBirth,
    GovernmentId,
    PaymentCard,
    BankAccount,
    Password,
    Secret,
    Device,
    AccountType,
    Activity,
    /// A category a user's patterns define, by its registry index (see
    /// [`Category::custom`]).
    Custom(u8),
}

impl Category {
    /// Every category, in contract order.
    pub const ALL: [Category; 15] = [
        Category::Email,
        Category::Name,
        Category::Username,
        Category::IpAddress,
        Category::Location,
        Category::Phone,
        Category::DateOfBirth,
        Category::GovernmentId,
        Category::PaymentCard,
        Category::BankAccount,
        Category::Password,
        Category::Secret,
        Category::Device,
        Category::AccountType,
        Category::Activity,
    ];

    /// Categories whose absence a breach notice wants stated explicitly.
    pub const SENSITIVE: [Category; 5] = [
        Category::Password,
        Category::PaymentCard,
        Category::BankAccount,
        Category::GovernmentId,
        Category::Secret,
    ];

    /// How many categories there can be: the contract's and the custom
    /// ones (per-category arrays are this long).
    pub const CAPACITY: usize = Category::ALL.len() + MAX_CUSTOM;

    /// The custom category `custom:{name}`, registered on first use.
    /// `name` is lowercase ASCII letters, digits and `_`, starting with a
    /// letter, at most 48 bytes.
    pub fn custom(name: &str) -> Result<Category, String> {
        let valid = name.len() <= 48
            && name.starts_with(|c: char| c.is_ascii_lowercase())
            && name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
        if !valid {
            return Err(format!(
                "invalid custom category '{CUSTOM_PREFIX}{name}': after '{CUSTOM_PREFIX}', use lowercase letters, digits and '_', starting with a letter (at most 48)"
            ));
        }
        let id = format!("{CUSTOM_PREFIX}{name}");
        let find = |v: &[&'static str]| v.iter().position(|x| *x == id);
        if let Some(i) = find(&CUSTOM.read().unwrap_or_else(|e| e.into_inner())) {
            return Ok(Category::Custom(i as u8));
        }
        let mut v = CUSTOM.write().unwrap_or_else(|e| e.into_inner());
        if let Some(i) = find(&v) {
            return Ok(Category::Custom(i as u8));
        }
        if v.len() >= MAX_CUSTOM {
            return Err(format!(
                "cannot add custom category '{id}': at most {MAX_CUSTOM} custom categories ({} are defined)",
                v.join(", ")
            ));
        }
        // Leaked once per distinct name (at most MAX_CUSTOM): ids stay `&'static`.
        v.push(Box::leak(id.into_boxed_str()));
        Ok(Category::Custom((v.len() - 1) as u8))
    }

    /// Whether this is a custom category (outside the contract's ids).
    pub fn is_custom(self) -> bool {
        matches!(self, Category::Custom(_))
    }

    /// Every category known now: the contract's, then the custom ones.
    pub fn known() -> Vec<Category> {
        let n = CUSTOM.read().map_or(0, |v| v.len());
        Category::ALL
            .into_iter()
            .chain((0..n).map(|i| Category::Custom(i as u8)))
            .collect()
    }

    /// Whether `id` is the id of a contract or registered custom category.
    pub fn is_known_id(id: &[u8]) -> bool {
        Category::ALL.iter().any(|c| c.id().as_bytes() == id)
            || (id.starts_with(CUSTOM_PREFIX.as_bytes())
                && CUSTOM.read().is_ok_and(|v| v.iter().any(|x| x.as_bytes() == id)))
    }

    /// The category at a dense [`index`](Category::index), if one is there.
    pub fn from_index(i: usize) -> Option<Category> {
        match i.checked_sub(Category::ALL.len()) {
            None => Some(Category::ALL[i]),
            Some(k) if k < CUSTOM.read().map_or(0, |v| v.len()) => Some(Category::Custom(k as u8)),
            Some(_) => None,
        }
    }

    /// The id (`ip_address`, `payment_card`, `custom:employee_id`, ...).
    pub fn id(self) -> &'static str {
        match self {
            Category::Email => "email",
            Category::Name => "name",
            Category::Username => "username",
            Category::IpAddress => "ip_address",
            Category::Location => "location",
            Category::Phone => "phone",
            Category::DateOfBirth => "date_of_birth",
            Category::GovernmentId => "government_id",
            Category::PaymentCard => "payment_card",
            Category::BankAccount => "bank_account",
            Category::Password => "password",
            Category::Secret => "secret",
            Category::Device => "device",
            Category::AccountType => "account_type",
            Category::Activity => "activity",
            Category::Custom(i) => CUSTOM
                .read()
                .map_or("custom:?", |v| v.get(usize::from(i)).copied().unwrap_or("custom:?")),
        }
    }

    /// Dense index below [`Category::CAPACITY`], for per-category arrays
    /// (and bit sets) on the hot path.
    #[inline]
    pub fn index(self) -> usize {
        match self {
            Category::Email => 0,
            Category::Name => 1,
            Category::Username => 2,
            Category::IpAddress => 3,
            Category::Location => 4,
            Category::Phone => 5,
            Category::DateOfBirth => 6,
            Category::GovernmentId => 7,
            Category::PaymentCard => 8,
            Category::BankAccount => 9,
            Category::Password => 10,
            Category::Secret => 11,
            Category::Device => 12,
            Category::AccountType => 13,
            Category::Activity => 14,
            Category::Custom(i) => Category::ALL.len() + usize::from(i),
        }
    }
}

/// Contract categories first, in contract order; custom ones after, by id.
impl Ord for Category {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        match (self, other) {
            (Category::Custom(_), Category::Custom(_)) => self.id().cmp(other.id()),
            _ => self.index().cmp(&other.index()),
        }
    }
}

impl PartialOrd for Category {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Serialize for Category {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

impl<'de> Deserialize<'de> for Category {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl FromStr for Category {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if let Some(name) = s.strip_prefix(CUSTOM_PREFIX) {
            return Category::custom(name);
        }
        Category::ALL.into_iter().find(|c| c.id() == s).ok_or_else(|| {
            let ids: Vec<&str> = Category::ALL.iter().map(|c| c.id()).collect();
            let close = ids
                .iter()
                .map(|id| (strsim::jaro_winkler(&s.to_ascii_lowercase(), id), *id))
                .filter(|(score, _)| *score > 0.8)
                .max_by(|a, b| a.0.total_cmp(&b.0));
            match close {
                Some((_, id)) => format!(
                    "unknown category '{s}' (did you mean '{id}'? expected one of: {}, or custom:NAME)",
                    ids.join(", ")
                ),
                None => format!(
                    "unknown category '{s}' (expected one of: {}, or custom:NAME)",
                    ids.join(", ")
                ),
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_through_serde_and_from_str() {
        for c in Category::ALL {
            let json = serde_json::to_string(&c).unwrap();
            assert_eq!(json, format!("\"{}\"", c.id()));
            assert_eq!(c.id().parse::<Category>().unwrap(), c);
            assert_eq!(Category::ALL[c.index()], c);
        }
        assert!("credit_card".parse::<Category>().is_err());
    }

    #[test]
    fn custom_categories_are_registered_once_and_sort_after_the_contracts() {
        let a: Category = "custom:zz_unit_badge".parse().unwrap();
        let b = Category::custom("zz_unit_badge").unwrap();
        assert_eq!(a, b);
        assert!(a.index() >= Category::ALL.len() && a.index() < Category::CAPACITY);
        assert_eq!(Category::from_index(a.index()), Some(a));
        assert!(Category::known().contains(&a));
        assert!(a > Category::Activity && Category::Email < a);
        assert_eq!(serde_json::to_string(&a).unwrap(), "\"custom:zz_unit_badge\"");
        assert_eq!(serde_json::from_str::<Category>("\"custom:zz_unit_badge\"").unwrap(), a);
        for bad in ["custom:", "custom:Badge", "custom:1x", "custom:a-b"] {
            let e = bad.parse::<Category>().unwrap_err();
            assert!(e.contains("lowercase letters"), "{bad}: {e}");
        }
    }
}
