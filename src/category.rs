//! The data categories of the report contract (`shared/spec/report-v1.md`).
//!
//! Owns the fixed, lowercase category ids and which of them count as
//! "sensitive" for the human report's not-found list.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// One contract category. The serde form is the contract id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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

    /// The contract id (`ip_address`, `payment_card`, ...).
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
        }
    }

    /// Dense index, for per-category arrays on the hot path.
    pub fn index(self) -> usize {
        self as usize
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
        Category::ALL.into_iter().find(|c| c.id() == s).ok_or_else(|| {
            let ids: Vec<&str> = Category::ALL.iter().map(|c| c.id()).collect();
            let close = ids
                .iter()
                .map(|id| (strsim::jaro_winkler(&s.to_ascii_lowercase(), id), *id))
                .filter(|(score, _)| *score > 0.8)
                .max_by(|a, b| a.0.total_cmp(&b.0));
            match close {
                Some((_, id)) => format!(
                    "unknown category '{s}' (did you mean '{id}'? expected one of: {})",
                    ids.join(", ")
                ),
                None => format!("unknown category '{s}' (expected one of: {})", ids.join(", ")),
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
}
