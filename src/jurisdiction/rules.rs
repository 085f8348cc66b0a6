//! The breach-notification rules of `patterns/jurisdictions.toml`, as data:
//! per jurisdiction, which exposed combinations of categories make
//! "personal information" under its law ([`Rule`]) and which duties a
//! number of affected residents triggers ([`Duty`]), each row with its
//! citation, source and the date it was checked. A triage aid, not legal
//! advice: rows that could not be encoded faithfully say so.

use crate::category::Category;
use serde::{Deserialize, Serialize};

/// The rules compiled in.
pub const JURISDICTIONS_TOML: &str = include_str!("../../patterns/jurisdictions.toml");

/// Every jurisdiction of the table.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Table {
    pub version: u32,
    #[serde(rename = "jurisdiction")]
    pub jurisdictions: Vec<Jurisdiction>,
}

/// One law of one jurisdiction.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Jurisdiction {
    /// ISO 3166-1 alpha-2 (`DE`) or ISO 3166-2 (`US-CA`); `EU` for the GDPR,
    /// whose `members` are the countries it covers.
    pub code: String,
    pub name: String,
    /// The citation, as a lawyer would write it.
    pub law: String,
    pub source: String,
    #[serde(default)]
    pub also: Vec<String>,
    /// When the row was checked against its sources (`YYYY-MM-DD`).
    pub checked: String,
    /// Whether every part of the law is encoded as it reads; where not,
    /// `note` says what is simplified.
    pub faithful: bool,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub members: Vec<String>,
    #[serde(rename = "definition")]
    pub rules: Vec<Rule>,
    #[serde(rename = "duty")]
    pub duties: Vec<Duty>,
}

/// One alternative of a law's definition of personal information: met
/// when the exposed categories hold all of `all`, at least one of `any`
/// (if any are listed), and, with `any_login`, a username or an email with
/// a password.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    #[serde(default)]
    pub all: Vec<Category>,
    #[serde(default)]
    pub any: Vec<Category>,
    #[serde(default)]
    pub any_login: bool,
    /// Elements of the law no detector sees (medical information,
    /// biometrics): the rule may also be met through them.
    #[serde(default)]
    pub unmapped: Vec<String>,
}

/// Whom a duty is owed to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum To {
    Individuals,
    Regulator,
    ConsumerReportingAgencies,
    Media,
}

/// A notification duty and the number of affected residents that
/// triggers it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Duty {
    pub to: To,
    pub who: String,
    /// The duty applies from this many affected residents on (the law's
    /// "more than 500" is 501).
    pub min_residents: u64,
    #[serde(default)]
    pub threshold_text: Option<String>,
    #[serde(default)]
    pub deadline_days: Option<u32>,
    #[serde(default)]
    pub deadline_hours: Option<u32>,
    pub deadline_text: String,
    /// The duty depends on a risk-of-harm assessment a dump cannot answer.
    pub risk_test: bool,
}

impl Rule {
    /// Whether a person who lost the categories in `cats` (a bit per
    /// category index) meets this alternative.
    pub fn met(&self, cats: u32) -> bool {
        let has = |c: &Category| cats & (1 << c.index()) != 0;
        let login = !self.any_login
            || ((has(&Category::Username) || has(&Category::Email)) && has(&Category::Password));
        self.all.iter().all(has) && (self.any.is_empty() || self.any.iter().any(has)) && login
    }
}

impl Jurisdiction {
    /// Whether a person who lost `cats` lost personal information under
    /// this law.
    pub fn covers(&self, cats: u32) -> bool {
        self.rules.iter().any(|r| r.met(cats))
    }

    /// The duties `residents` affected people trigger.
    pub fn duties(&self, residents: u64) -> impl Iterator<Item = &Duty> {
        self.duties
            .iter()
            .filter(move |d| residents > 0 && residents >= d.min_residents)
    }

    /// Whether a residence in `country` (ISO 3166-1) or `subdivision`
    /// (ISO 3166-2, `US-CA`) is this jurisdiction's.
    pub fn applies_to(&self, country: &str, subdivision: Option<&str>) -> bool {
        self.code == country || subdivision == Some(self.code.as_str()) || self.members.iter().any(|m| m == country)
    }
}

/// The table compiled in, parsed (a test holds every row valid).
pub fn builtin() -> &'static Table {
    static TABLE: std::sync::OnceLock<Table> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let t: Table = toml::from_str(JURISDICTIONS_TOML).expect("patterns/jurisdictions.toml parses (tested)");
        assert_eq!(t.version, 1, "patterns/jurisdictions.toml: a version this build reads");
        t
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_parses_has_a_source_a_date_and_rules() {
        let t: Table = toml::from_str(JURISDICTIONS_TOML).unwrap();
        assert_eq!(t.version, 1);
        assert!(t.jurisdictions.len() >= 60, "{}", t.jurisdictions.len());
        let mut codes = std::collections::HashSet::new();
        for j in &t.jurisdictions {
            assert!(codes.insert(j.code.as_str()), "{} twice", j.code);
            let iso = j.code.len() == 2 && j.code.bytes().all(|b| b.is_ascii_uppercase());
            let sub = j.code.len() == 5 && j.code.starts_with("US-");
            assert!(iso || sub, "{}: not an ISO 3166 code", j.code);
            assert!(j.source.starts_with("https://") || j.source.starts_with("http://"), "{}", j.code);
            assert!(!j.law.is_empty() && !j.name.is_empty(), "{}", j.code);
            let d = j.checked.as_bytes();
            assert!(d.len() == 10 && d[4] == b'-' && d[7] == b'-', "{}: checked {}", j.code, j.checked);
            assert!(!j.rules.is_empty() && !j.duties.is_empty(), "{}", j.code);
            assert!(j.faithful || !j.note.is_empty(), "{}: unfaithful rows say why", j.code);
            assert!(j.duties.iter().any(|d| d.to == To::Individuals), "{}", j.code);
            assert!(j.duties.iter().all(|d| d.min_residents >= 1), "{}", j.code);
        }
        for state in ["US-CA", "US-NY", "US-TX", "US-DC", "US-PR"] {
            assert!(codes.contains(state), "{state}");
        }
        let eu = t.jurisdictions.iter().find(|j| j.code == "EU").unwrap();
        assert!(eu.applies_to("DE", None) && eu.applies_to("NO", None) && !eu.applies_to("GB", None));
    }

    /// Each threshold applies at its boundary: a duty from 501 residents
    /// ("more than 500") is not owed for 500, and is for 501.
    #[test]
    fn thresholds_apply_at_their_boundary() {
        for j in &builtin().jurisdictions {
            for d in &j.duties {
                let owed = |n: u64| j.duties(n).any(|x| std::ptr::eq(x, d));
                assert!(!owed(d.min_residents - 1) || d.min_residents == 1, "{} {:?}", j.code, d.to);
                assert!(owed(d.min_residents) && owed(d.min_residents + 1), "{} {:?}", j.code, d.to);
            }
        }
        let ca = builtin().jurisdictions.iter().find(|j| j.code == "US-CA").unwrap();
        let to_ag = |n: u64| ca.duties(n).any(|d| d.to == To::Regulator);
        assert_eq!((to_ag(499), to_ag(500), to_ag(501)), (false, false, true));
        assert_eq!(ca.duties(0).count(), 0, "no resident, no duty");
    }

    #[test]
    fn rules_need_all_any_and_a_login() {
        let bits = |cs: &[Category]| cs.iter().fold(0u32, |b, c| b | 1 << c.index());
        let ca = builtin().jurisdictions.iter().find(|j| j.code == "US-CA").unwrap();
        assert!(!ca.covers(bits(&[Category::Name, Category::Email, Category::IpAddress])));
        assert!(ca.covers(bits(&[Category::Name, Category::GovernmentId])));
        assert!(ca.covers(bits(&[Category::Email, Category::Password])), "a login");
        assert!(!ca.covers(bits(&[Category::Password])));
        let eu = builtin().jurisdictions.iter().find(|j| j.code == "EU").unwrap();
        assert!(eu.covers(bits(&[Category::IpAddress])), "any personal data");
    }
}
