//! Field-name hints (`patterns/fields.toml`): what a column or key name says.
//! Names are normalised (lower case, camelCase split, separators folded to
//! `_`) and matched with one `aho-corasick` automaton over every term; a term
//! must cover whole `_`-separated tokens.

use super::profile::Kind;
use crate::category::Category;
use aho_corasick::{AhoCorasick, MatchKind};
use serde::Deserialize;

pub const BUILTIN: &str = include_str!("../../patterns/fields.toml");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HintFile {
    hint: Vec<HintSpec>,
    marker: Vec<MarkerSpec>,
    #[serde(default)]
    not_person: NotPersonSpec,
    #[serde(default)]
    not_plan: NotPlanSpec,
    /// Per category, the value types its values cannot have.
    #[serde(default)]
    compat: std::collections::BTreeMap<String, Vec<String>>,
    /// Words of plans, tiers, roles and account states.
    #[serde(default)]
    plan_words: PlanWordsSpec,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct PlanWordsSpec {
    #[serde(default)]
    values: Vec<String>,
}

/// What makes a column of a few repeated words not a plan, tier, role or
/// status column.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct NotPlanSpec {
    /// Values of flags, genders and the like (`true`, `yes`, `female`).
    #[serde(default)]
    values: Vec<String>,
    /// Words of field names about something other than an account
    /// (`order_status`, `shipping_method`).
    #[serde(default)]
    fields: Vec<String>,
}

/// Words in a value that say a "name" is not a person's.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct NotPersonSpec {
    /// Legal forms and other words of organisation names (`GmbH`, `Inc.`,
    /// `株式会社`).
    #[serde(default)]
    company_words: Vec<String>,
    /// Placeholder text (lorem ipsum).
    #[serde(default)]
    placeholder_words: Vec<String>,
    /// Words of street names (`Avenue`, `Calle`, `Straße`): a value with
    /// one names a street, not a person.
    #[serde(default)]
    street_words: Vec<String>,
}

/// Why a value in a name-like field is not a person's name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotPerson {
    Company,
    Placeholder,
    Street,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HintSpec {
    category: String,
    strength: f32,
    names: Vec<String>,
    /// For `category = "none"`: detector categories whose hits in such a
    /// field are not values of that category (a version is not an address).
    #[serde(default)]
    excludes: Vec<String>,
    /// For `category = "none"`: a note the report gives such a field.
    #[serde(default)]
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MarkerSpec {
    kind: String,
    names: Vec<String>,
}

/// What a name says.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Said {
    /// Values of this field are likely of this category.
    Category(Category, f32),
    /// Looks like a hint but is not personal data (`file_name`); hits of
    /// the `excludes` categories (a bit per category index) in it are not
    /// values, and `note` (an index for [`Hints::note`]) describes it.
    NotPersonal { excludes: u32, note: Option<u16> },
}

/// Role of a field in an activity record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Marker {
    Time,
    Action,
    PersonId,
}

#[derive(Clone, Copy)]
enum Term {
    Hint(Category, f32),
    NotPersonal(u32, Option<u16>),
    Marker(Marker),
}

pub struct Hints {
    ac: AhoCorasick,
    terms: Vec<Term>,
    lens: Vec<usize>,
    /// Terms in scripts written without spaces (`氏名`, `이름`): they match
    /// at the end of a token (`議員氏名`, `회원이름`), compounds being written
    /// as one word.
    suffix: Vec<bool>,
    notes: Vec<String>,
    /// Lower-case words (matched as whole words of a value) and, for
    /// scripts written without spaces, marks matched anywhere in it.
    company_words: std::collections::HashSet<String>,
    company_marks: Vec<String>,
    placeholder_words: std::collections::HashSet<String>,
    street_words: std::collections::HashSet<String>,
    not_plan_values: std::collections::HashSet<String>,
    not_plan_fields: Vec<String>,
    /// Per category index, the value types (a bit per [`Kind`]) it excludes.
    excluded_kinds: Vec<u16>,
    plan_words: std::collections::HashSet<String>,
}

/// `eMailAddress`, `E-Mail Adresse`, `user.geo.lat` → `e_mail_address`,
/// `e_mail_adresse`, `user_geo_lat`.
pub fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    let mut prev_lower = false;
    for c in name.chars() {
        if c.is_alphanumeric() {
            if c.is_uppercase() && prev_lower {
                out.push('_');
            }
            prev_lower = c.is_lowercase() || c.is_ascii_digit();
            out.extend(c.to_lowercase());
        } else {
            if !out.is_empty() && !out.ends_with('_') {
                out.push('_');
            }
            prev_lower = false;
        }
    }
    while out.ends_with('_') {
        out.pop();
    }
    out
}

impl Hints {
    pub fn builtin() -> Hints {
        Hints::parse(BUILTIN).expect("the built-in patterns/fields.toml is valid")
    }

    pub fn parse(text: &str) -> Result<Hints, String> {
        let file: HintFile = toml::from_str(text).map_err(|e| e.to_string())?;
        let mut patterns = Vec::new();
        let mut terms = Vec::new();
        let mut notes = Vec::new();
        for h in &file.hint {
            let term = if h.category == "none" {
                let mut excludes = 0u32;
                for c in &h.excludes {
                    excludes |= 1 << c.parse::<Category>()?.index();
                }
                let note = h.note.as_ref().map(|n| {
                    notes.push(n.clone());
                    (notes.len() - 1) as u16
                });
                Term::NotPersonal(excludes, note)
            } else {
                if !h.excludes.is_empty() || h.note.is_some() {
                    return Err(format!(
                        "hint {:?}: excludes and note are only for category \"none\"",
                        h.names.first()
                    ));
                }
                Term::Hint(h.category.parse::<Category>()?, h.strength)
            };
            for n in &h.names {
                patterns.push(normalize(n));
                terms.push(term);
            }
        }
        for m in &file.marker {
            let kind = match m.kind.as_str() {
                "time" => Marker::Time,
                "action" => Marker::Action,
                "person_id" => Marker::PersonId,
                other => return Err(format!("unknown marker kind '{other}'")),
            };
            for n in &m.names {
                patterns.push(normalize(n));
                terms.push(Term::Marker(kind));
            }
        }
        let lens = patterns.iter().map(String::len).collect();
        let suffix = patterns
            .iter()
            .map(|p| p.chars().next().is_some_and(|c| c as u32 >= 0x3000))
            .collect();
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&patterns)
            .map_err(|e| e.to_string())?;
        let lower = |w: &String| w.to_lowercase();
        let (marks, words): (Vec<String>, Vec<String>) = file
            .not_person
            .company_words
            .iter()
            .map(lower)
            .partition(|w| w.chars().any(|c| c as u32 >= 0x3000));
        let mut excluded_kinds = vec![0u16; 32];
        for (cat, kinds) in &file.compat {
            let c = cat.parse::<Category>()?;
            for k in kinds {
                excluded_kinds[c.index()] |= 1 << (k.parse::<Kind>()? as u16);
            }
        }
        Ok(Hints {
            excluded_kinds,
            plan_words: file.plan_words.values.iter().map(lower).collect(),
            ac,
            terms,
            lens,
            suffix,
            notes,
            company_words: words.into_iter().collect(),
            company_marks: marks,
            placeholder_words: file.not_person.placeholder_words.iter().map(lower).collect(),
            street_words: file.not_person.street_words.iter().map(lower).collect(),
            not_plan_values: file.not_plan.values.iter().map(lower).collect(),
            not_plan_fields: file.not_plan.fields.iter().map(|f| normalize(f)).collect(),
        })
    }

    /// Whether values of type `kind` rule `category` out (`compat` in
    /// `patterns/fields.toml`).
    pub fn excludes_kind(&self, category: Category, kind: Kind) -> bool {
        self.excluded_kinds.get(category.index()).is_some_and(|m| m & (1 << kind as u16) != 0)
    }

    /// Whether a value names a plan, tier, role or account state (`pro`,
    /// `gratis`, `ゴールド`).
    pub fn is_plan_word(&self, v: &[u8]) -> bool {
        v.len() <= 40 && std::str::from_utf8(v).is_ok_and(|s| self.plan_words.contains(&s.trim().to_lowercase()))
    }

    /// Whether a value of a few-valued column says it is not a plan (a flag,
    /// a gender).
    pub fn not_a_plan(&self, v: &[u8]) -> bool {
        v.len() <= 24 && std::str::from_utf8(v).is_ok_and(|s| self.not_plan_values.contains(&s.trim().to_lowercase()))
    }

    /// Whether a field's name says it is about something other than an
    /// account (an order's status, a shipping method).
    pub fn not_a_plan_field(&self, name: &str) -> bool {
        let norm = normalize(name);
        norm.split('_').any(|t| self.not_plan_fields.iter().any(|f| f == t))
    }

    /// Whether a value of a name-like field names an organisation or is
    /// placeholder text rather than a person.
    /// `word_buf` is reused for each word's lower-case form.
    pub fn not_a_person(&self, v: &str, word_buf: &mut String) -> Option<NotPerson> {
        if !v.is_ascii() && self.company_marks.iter().any(|m| v.contains(m.as_str())) {
            return Some(NotPerson::Company);
        }
        for w in v.split(|c: char| c.is_whitespace() || c == ',') {
            if w.is_empty() {
                continue;
            }
            word_buf.clear();
            word_buf.extend(w.chars().flat_map(char::to_lowercase));
            if self.company_words.contains(word_buf.as_str()) {
                return Some(NotPerson::Company);
            }
            let bare = word_buf.trim_matches(|c: char| !c.is_alphanumeric());
            if self.placeholder_words.contains(bare) {
                return Some(NotPerson::Placeholder);
            }
            if self.street_words.contains(bare) {
                return Some(NotPerson::Street);
            }
        }
        None
    }

    /// Term matches covering whole tokens: (end, length, term index).
    fn matches(&self, norm: &str) -> Vec<(usize, usize, usize)> {
        let b = norm.as_bytes();
        self.ac
            .find_overlapping_iter(norm)
            .filter(|m| {
                let whole_start = m.start() == 0 || b[m.start() - 1] == b'_' || self.suffix[m.pattern().as_usize()];
                whole_start && (m.end() == b.len() || b[m.end()] == b'_')
            })
            .map(|m| (m.end(), self.lens[m.pattern().as_usize()], m.pattern().as_usize()))
            .collect()
    }

    /// The hint of a field name: the match ending furthest right, then the longest.
    pub fn category(&self, name: &str) -> Option<Said> {
        let norm = normalize(name);
        self.matches(&norm)
            .into_iter()
            .filter_map(|(end, len, i)| match self.terms[i] {
                Term::Hint(c, s) => Some((end, len, Said::Category(c, s))),
                Term::NotPersonal(excludes, note) => Some((end, len, Said::NotPersonal { excludes, note })),
                Term::Marker(_) => None,
            })
            .max_by_key(|&(end, len, _)| (end, len))
            .map(|(_, _, said)| said)
    }

    /// The text of a note a `none` hint gives its fields.
    pub fn note(&self, i: u16) -> &str {
        &self.notes[usize::from(i)]
    }

    /// The activity role of a field name, judged by its last token group.
    pub fn marker(&self, name: &str) -> Option<Marker> {
        let norm = normalize(name);
        let best = self
            .matches(&norm)
            .into_iter()
            .max_by_key(|&(end, len, _)| (end, len))?;
        if best.0 != norm.len() {
            return None;
        }
        self.matches(&norm)
            .into_iter()
            .filter(|&(end, _, _)| end == norm.len())
            .find_map(|(_, _, i)| match self.terms[i] {
                Term::Marker(m) => Some(m),
                Term::Hint(..) | Term::NotPersonal(..) => None,
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalisation() {
        assert_eq!(normalize("eMailAddress"), "e_mail_address");
        assert_eq!(normalize("E-Mail-Adresse"), "e_mail_adresse");
        assert_eq!(normalize("user.geo.lat"), "user_geo_lat");
        assert_eq!(normalize("Mot de passe"), "mot_de_passe");
        assert_eq!(normalize("lastLoginIP"), "last_login_ip");
    }

    #[test]
    fn names_in_several_languages_and_shapes() {
        let h = Hints::builtin();
        let cat = |n: &str| match h.category(n) {
            Some(Said::Category(c, _)) => Some(c),
            _ => None,
        };
        assert_eq!(cat("Email Address"), Some(Category::Email));
        assert_eq!(cat("courriel"), Some(Category::Email));
        assert_eq!(cat("E-Mail-Adresse"), Some(Category::Email));
        assert_eq!(cat("user.email"), Some(Category::Email));
        assert_eq!(cat("firstName"), Some(Category::Name));
        assert_eq!(cat("Nachname"), Some(Category::Name));
        assert_eq!(cat("user_name"), Some(Category::Username));
        assert_eq!(cat("Benutzername"), Some(Category::Username));
        assert_eq!(cat("lastLoginIP"), Some(Category::IpAddress));
        assert_eq!(cat("zip"), Some(Category::Location));
        assert_eq!(cat("ship_to"), None);
        assert_eq!(cat("Kennwort"), Some(Category::Password));
        assert_eq!(cat("contraseña"), Some(Category::Password));
        assert_eq!(cat("is_pro"), Some(Category::AccountType));
        assert_eq!(cat("Geburtsdatum"), Some(Category::DateOfBirth));
        assert_eq!(cat("議員氏名"), Some(Category::Name));
        assert_eq!(cat("회원이름"), Some(Category::Name));
        assert_eq!(cat("Nazwisko i imiona"), Some(Category::Name));
        assert_eq!(cat("Miejsce zamieszkania"), Some(Category::Location));
        assert_eq!(
            h.category("file_name"),
            Some(Said::NotPersonal {
                excludes: 0,
                note: None
            })
        );
        let version = h.category("sdkVersion");
        assert!(
            matches!(version, Some(Said::NotPersonal { excludes, .. }) if excludes & (1 << Category::IpAddress.index()) != 0),
            "{version:?}"
        );
        for n in ["card_last4", "cardExp", "card_bin", "card_token", "card_brand", "cvv"] {
            match h.category(n) {
                Some(Said::NotPersonal {
                    excludes,
                    note: Some(i),
                }) => {
                    assert!(excludes & (1 << Category::PaymentCard.index()) != 0, "{n}");
                    assert!(h.note(i).contains("card"), "{n}");
                }
                other => panic!("{n}: {other:?}"),
            }
        }
        assert_eq!(cat("card_number"), Some(Category::PaymentCard));
        assert_eq!(cat("username"), Some(Category::Username));
        assert_eq!(h.marker("created_at"), Some(Marker::Time));
        assert_eq!(h.marker("action"), Some(Marker::Action));
        assert_eq!(h.marker("user_id"), Some(Marker::PersonId));
        assert_eq!(h.marker("email"), None);
    }
}
