//! Values a file's own fields name as someone's, found again wherever the
//! file mentions them: a username column's `anderson_visuals` in a
//! ticket's "Account anderson_visuals locked", a name column's "Aisling
//! Costello" in a message. The field verdicts say what the values are; the
//! values then are evidence wherever they stand, where no detector could
//! tell a username or a name in free text. Redaction replaces them
//! (`spans`), so a copy holds no mention of a person its tables name.

use crate::category::Category;
use crate::parse::{Event, Names};
use crate::sniff::Format;
use aho_corasick::{AhoCorasick, MatchKind};
use std::collections::HashMap;

/// At most this many bytes of values are collected; past it, none is used
/// (a partial list would give a partial copy that looks whole).
const MAX_BYTES: usize = 64 << 20;

/// The values, and a matcher for them.
pub struct Known {
    ac: AhoCorasick,
    categories: Vec<Category>,
    longest: usize,
}

impl Known {
    /// The values of `whole` fields of `hay` that identify a person on
    /// their own: usernames of 5 characters or more, names of two words or
    /// more. `None` when there are none, or too many to hold.
    pub fn collect(format: Format, hay: &[u8], whole: &[(String, Category)]) -> Option<Known> {
        let wanted: Vec<&(String, Category)> = whole
            .iter()
            .filter(|(_, c)| matches!(c, Category::Username | Category::Name))
            .collect();
        if wanted.is_empty() {
            return None;
        }
        let mut parser = crate::parse::parser_for(format, hay)?;
        let mut names = Names::default();
        let mut values: HashMap<&[u8], Category> = HashMap::new();
        let mut bytes = 0usize;
        while let Some(ev) = parser.next(hay, &mut names) {
            let Event::Value { field, start, end } = ev else {
                continue;
            };
            let name = names.get(field);
            let Some((_, cat)) = wanted.iter().find(|(f, _)| f == name) else {
                continue;
            };
            let v = hay[start..end].trim_ascii();
            let identifying = match cat {
                Category::Username => v.len() >= 5,
                _ => v.len() >= 7 && v.contains(&b' ') && !v.contains(&b'\\'),
            };
            if identifying && !crate::classify::shape::is_redaction_token(v) && values.insert(v, *cat).is_none() {
                bytes += v.len();
                if bytes > MAX_BYTES {
                    return None;
                }
            }
        }
        if values.is_empty() {
            return None;
        }
        let (patterns, categories): (Vec<&[u8]>, Vec<Category>) = values.into_iter().unzip();
        let longest = patterns.iter().map(|p| p.len()).max().unwrap_or(0);
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .ok()?;
        Some(Known { ac, categories, longest })
    }

    /// The mentions in `hay` that start in `own`, each standing as a word
    /// (no letter, digit, `_` or `.`-joined word right before or after):
    /// `(start, end, category)`.
    pub fn mentions(&self, hay: &[u8], own: std::ops::Range<usize>) -> Vec<(usize, usize, Category)> {
        let end = (own.end + self.longest).min(hay.len());
        let word = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80;
        let joined = |i: usize| hay.get(i) == Some(&b'.') && hay.get(i + 1).is_some_and(|&b| word(b));
        self.ac
            .find_iter(&hay[own.start..end])
            .map(|m| (own.start + m.start(), own.start + m.end(), m.pattern().as_usize()))
            .filter(|&(s, _, _)| s < own.end)
            .filter(|&(s, e, _)| {
                let before_ok = s == 0 || !(word(hay[s - 1]) || (hay[s - 1] == b'.' && s >= 2 && word(hay[s - 2])));
                let after_ok = hay.get(e).is_none_or(|&b| !word(b)) && !joined(e);
                before_ok && after_ok
            })
            .map(|(s, e, p)| (s, e, self.categories[p]))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tables_usernames_and_names_are_found_in_its_free_text() {
        let hay = b"CREATE TABLE customers (id int, username varchar(40), full_name varchar(60));\n\
            INSERT INTO customers VALUES (1,'anderson_visuals','Aisling Costello'),(2,'bob','Li Na');\n\
            INSERT INTO tickets VALUES (7,'Account anderson_visuals locked; Aisling Costello called. anderson_visuals2 and x.anderson_visuals are others');\n";
        let whole = vec![
            ("customers.username".to_string(), Category::Username),
            ("customers.full_name".to_string(), Category::Name),
        ];
        let known = Known::collect(Format::Sql, hay, &whole).unwrap();
        let tickets = hay.windows(7).position(|w| w == b"tickets").unwrap();
        let found: Vec<(&str, Category)> = known
            .mentions(hay, tickets..hay.len())
            .into_iter()
            .map(|(s, e, c)| (std::str::from_utf8(&hay[s..e]).unwrap(), c))
            .collect();
        assert_eq!(
            found,
            [("anderson_visuals", Category::Username), ("Aisling Costello", Category::Name)],
            "short values (bob, Li Na) are not looked for; a longer word is not a mention"
        );
    }
}
