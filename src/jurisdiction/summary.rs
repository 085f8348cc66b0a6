//! The report's `jurisdictions` section: the affected people by where they
//! live (ISO 3166-1 countries, ISO 3166-2 US states), how that was
//! established, and for each place with a breach-notification law in
//! `patterns/jurisdictions.toml`, how many of its residents lost what that
//! law calls personal information and which duties their number may
//! trigger. Worded as a triage aid: "may require", with the citation.

use super::residence::{Lived, Residence, Signal};
use super::rules::{self, Jurisdiction, To};
use serde::Serialize;
use std::collections::BTreeMap;

/// The one-line caveat every rendering shows.
pub const NOTE: &str = "A triage aid, not legal advice: residence is inferred from the dump (addresses, international phone numbers, IP registries, email domains), and each law has conditions a dump cannot answer (encryption, risk of harm, who holds the data). Have counsel confirm every duty.";

#[derive(Debug, Default, Serialize)]
pub struct Jurisdictions {
    pub note: &'static str,
    /// Affected people whose residence the dump tells.
    pub people_located: u64,
    /// Affected people whose signals of equal strength disagree (two
    /// addresses in two countries): no residence is taken.
    pub people_conflicting: u64,
    /// Affected people about whom the dump tells nothing of where they
    /// live (people known only by a name or an address among them).
    pub people_unknown: u64,
    /// How residence was established, by its strongest signal.
    pub by_signal: BTreeMap<Signal, u64>,
    /// One row per place with affected residents, most first.
    pub rows: Vec<JurisdictionRow>,
}

#[derive(Debug, Serialize)]
pub struct JurisdictionRow {
    /// `US-CA`, `DE`, `US` (a US resident whose state is not told), `EU`
    /// (the GDPR's, over its member countries' rows).
    pub code: String,
    /// Affected people resident there.
    pub people: u64,
    pub by_signal: BTreeMap<Signal, u64>,
    /// Its breach-notification law, where the table has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub law: Option<LawRow>,
}

#[derive(Debug, Serialize)]
pub struct LawRow {
    pub name: String,
    pub citation: String,
    pub source: String,
    /// Other pages the row was checked against.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<String>,
    pub checked: String,
    /// False where the table says part of the law could not be encoded as
    /// it reads (`note` says what).
    pub faithful: bool,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// Residents whose exposed categories meet the law's definition of
    /// personal information.
    pub people_covered: u64,
    /// Residents who may meet it through data no detector sees (medical,
    /// biometric): the law lists such elements beside what was found.
    pub people_possibly_covered: u64,
    pub duties: Vec<DutyRow>,
}

#[derive(Debug, Serialize)]
pub struct DutyRow {
    pub to: To,
    pub who: String,
    pub min_residents: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub threshold: Option<String>,
    /// Whether the covered residents reach the threshold: the duty may
    /// apply.
    pub may_apply: bool,
    pub deadline: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline_days: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline_hours: Option<u32>,
    /// The duty depends on a risk-of-harm assessment the dump cannot make.
    pub risk_test: bool,
}

impl Jurisdictions {
    /// "191 of 212 people located (address 124, phone 14, IP address 47,
    /// email domain 6); 21 unknown".
    pub fn headline(&self) -> String {
        let n = crate::numbers::thousands;
        let signals: Vec<String> = Signal::ALL
            .iter()
            .filter_map(|s| self.by_signal.get(s).map(|c| format!("{} {}", s.label(), n(*c))))
            .collect();
        let mut line = format!(
            "{} of {} people located ({})",
            n(self.people_located),
            n(self.people_located + self.people_conflicting + self.people_unknown),
            signals.join(", ")
        );
        line.push_str(&format!("; {} unknown", n(self.people_unknown)));
        if self.people_conflicting > 0 {
            line.push_str(&format!(", {} with conflicting addresses", n(self.people_conflicting)));
        }
        line
    }

    /// The places, most people first: `US-CA 12, GB 22, …`.
    pub fn places(&self) -> String {
        let n = crate::numbers::thousands;
        let rows: Vec<String> = self.rows.iter().map(|r| format!("{} {}", r.code, n(r.people))).collect();
        rows.join(", ")
    }
}

impl Signal {
    pub fn label(self) -> &'static str {
        match self {
            Signal::Address => "address",
            Signal::Phone => "phone",
            Signal::Place => "place",
            Signal::Ip => "IP address",
            Signal::EmailDomain => "email domain",
        }
    }
}

impl LawRow {
    /// "Cal. Civ. Code § 1798.82: 12 residents lost what it calls personal
    /// information".
    pub fn line(&self, code: &str) -> String {
        let n = crate::numbers::thousands;
        let mut l = format!(
            "{code} ({}): {} resident(s) lost what it calls personal information",
            self.citation,
            n(self.people_covered)
        );
        if self.people_possibly_covered > 0 {
            l.push_str(&format!(
                ", {} more may have (through data no detector sees)",
                n(self.people_possibly_covered)
            ));
        }
        if !self.faithful {
            l.push_str(" [rule simplified: see the row's note]");
        }
        l
    }
}

impl DutyRow {
    /// "may require notice to the California Attorney General (more than
    /// 500 California residents): within 15 days".
    pub fn line(&self) -> String {
        let mut l = format!("may require notice to {}", self.who);
        if let Some(t) = &self.threshold {
            l.push_str(&format!(" ({t})"));
        }
        l.push_str(&format!(": {}", self.deadline));
        if self.risk_test {
            l.push_str(" (unless a risk-of-harm assessment finds none)");
        }
        l
    }
}

/// The section from the identified people's residences and categories
/// (`(lived, categories, people)`), of `affected` people in all.
pub fn build(residents: &[(Lived, u32, u64)], affected: u64) -> Jurisdictions {
    let table = &rules::builtin().jurisdictions;
    let mut out = Jurisdictions {
        note: NOTE,
        ..Jurisdictions::default()
    };
    // Per place: people, signals, and per law the covered counts.
    let mut places: BTreeMap<String, (u64, BTreeMap<Signal, u64>)> = BTreeMap::new();
    let mut laws: Vec<(u64, u64, u64, BTreeMap<Signal, u64>)> = vec![(0, 0, 0, BTreeMap::new()); table.len()];
    for &(lived, cats, n) in residents {
        if lived.conflict() {
            out.people_conflicting += n;
            continue;
        }
        let (Some(r), Some(signal)) = (lived.residence(), lived.signal()) else {
            continue;
        };
        out.people_located += n;
        *out.by_signal.entry(signal).or_default() += n;
        let code = place(r);
        let p = places.entry(code).or_default();
        p.0 += n;
        *p.1.entry(signal).or_default() += n;
        for (j, law) in table.iter().enumerate() {
            if law.applies_to(r.country(), r.subdivision()) {
                let l = &mut laws[j];
                l.0 += n;
                if law.covers(cats) {
                    l.1 += n;
                } else if law.rules.iter().any(|rule| !rule.unmapped.is_empty()) {
                    l.2 += n;
                }
                *l.3.entry(signal).or_default() += n;
            }
        }
    }
    out.people_unknown = affected.saturating_sub(out.people_located + out.people_conflicting);
    for (code, (people, by_signal)) in places {
        let law = table.iter().position(|j| j.code == code);
        out.rows.push(JurisdictionRow {
            law: law.map(|j| law_row(&table[j], laws[j].1, laws[j].2)),
            code,
            people,
            by_signal,
        });
    }
    // Laws over several places (the GDPR): a row of their own.
    for (j, law) in table.iter().enumerate() {
        if !law.members.is_empty() && laws[j].0 > 0 {
            out.rows.push(JurisdictionRow {
                code: law.code.clone(),
                people: laws[j].0,
                by_signal: std::mem::take(&mut laws[j].3),
                law: Some(law_row(law, laws[j].1, laws[j].2)),
            });
        }
    }
    out.rows.sort_by(|a, b| b.people.cmp(&a.people).then_with(|| a.code.cmp(&b.code)));
    out
}

/// `US-CA` for a US resident whose state is told, else the country.
fn place(r: Residence) -> String {
    r.subdivision().map_or_else(|| r.country().to_string(), str::to_string)
}

fn law_row(j: &Jurisdiction, covered: u64, possibly: u64) -> LawRow {
    LawRow {
        name: j.name.clone(),
        citation: j.law.clone(),
        source: j.source.clone(),
        also: j.also.clone(),
        checked: j.checked.clone(),
        faithful: j.faithful,
        note: j.note.clone(),
        people_covered: covered,
        people_possibly_covered: possibly,
        duties: j
            .duties
            .iter()
            .map(|d| DutyRow {
                to: d.to,
                who: d.who.clone(),
                min_residents: d.min_residents,
                threshold: d.threshold_text.clone(),
                may_apply: j.duties(covered).any(|owed| std::ptr::eq(owed, d)),
                deadline: d.deadline_text.clone(),
                deadline_days: d.deadline_days,
                deadline_hours: d.deadline_hours,
                risk_test: d.risk_test,
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::category::Category;
    use crate::jurisdiction::residence::{country_named, us_state_named};

    fn bits(cs: &[Category]) -> u32 {
        cs.iter().fold(0, |b, c| b | 1 << c.index())
    }

    /// California's Attorney General is owed a notice for more than 500
    /// covered residents: not at 499 or 500, at 501.
    #[test]
    fn duties_follow_the_covered_residents_at_their_boundary() {
        let ca = Lived::new(Signal::Address, us_state_named("CA").unwrap());
        let login = bits(&[Category::Email, Category::Password]);
        for (n, want) in [(499, false), (500, false), (501, true)] {
            let s = build(&[(ca, login, n), (ca, bits(&[Category::Email]), 1000)], n + 1000);
            let row = s.rows.iter().find(|r| r.code == "US-CA").unwrap();
            assert_eq!(row.people, n + 1000);
            let law = row.law.as_ref().unwrap();
            assert_eq!(law.people_covered, n, "an email alone is not a Californian's personal information");
            let ag = law.duties.iter().find(|d| d.to == To::Regulator).unwrap();
            assert_eq!(ag.may_apply, want, "{n}");
            assert!(law.duties.iter().find(|d| d.to == To::Individuals).unwrap().may_apply);
        }
    }

    #[test]
    fn places_unknown_and_conflicting_people_are_counted_apart() {
        let de = Lived::new(Signal::Phone, country_named("DE").unwrap());
        let fr = Lived::new(Signal::Address, country_named("FR").unwrap());
        let conflict = fr.join(Lived::new(Signal::Address, country_named("BE").unwrap()));
        let email = bits(&[Category::Email]);
        let s = build(&[(de, email, 3), (fr, email, 2), (conflict, email, 1), (Lived::default(), email, 4)], 12);
        assert_eq!((s.people_located, s.people_conflicting, s.people_unknown), (5, 1, 6));
        let codes: Vec<(&str, u64)> = s.rows.iter().map(|r| (r.code.as_str(), r.people)).collect();
        assert_eq!(codes, vec![("EU", 5), ("DE", 3), ("FR", 2)]);
        let eu = s.rows.iter().find(|r| r.code == "EU").unwrap().law.as_ref().unwrap();
        assert_eq!(eu.people_covered, 5, "any personal data is the GDPR's");
        assert_eq!(s.by_signal[&Signal::Phone], 3);
    }
}
