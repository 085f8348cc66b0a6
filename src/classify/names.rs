//! Person names, for recognising a column of names by its values whatever
//! its header says (or when it has none): given names and surnames of many
//! countries and scripts, from the public sources listed in
//! `patterns/names/SOURCES.md`. Compiled into `patterns/names/names.fst` (a
//! map from the normalised name to its kinds) by `patterns/names/build.py`;
//! looked up in place, nothing is loaded.

use std::sync::OnceLock;

static NAMES_FST: &[u8] = include_bytes!("../../patterns/names/names.fst");

/// A given name (the map's value is a set of these bits).
pub const GIVEN: u64 = 1;
/// A surname.
pub const SURNAME: u64 = 2;

/// Words between the parts of a name (`van der`, `de la`, `bin`): neither
/// evidence for nor against a name.
const PARTICLES: &[&str] = &[
    "van", "der", "den", "de", "del", "della", "degli", "di", "da", "das", "do", "dos", "du", "la", "le", "von", "zu",
    "ten", "ter", "te", "het", "'t", "bin", "binti", "ibn", "bint", "al", "el", "y", "e", "i", "und",
];

/// How much a value reads as a person's name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Likeness {
    No,
    /// A known surname followed by characters that are not a known given
    /// name, in a script without spaces.
    Weak,
    Strong,
}

/// The name map.
pub struct Names(fst::Map<&'static [u8]>);

/// The built-in map (checked once, on first use).
pub fn names() -> &'static Names {
    static N: OnceLock<Names> = OnceLock::new();
    N.get_or_init(|| {
        Names(
            fst::Map::new(NAMES_FST)
                .expect("patterns/names/names.fst is a valid fst map (rebuild it with patterns/names/build.py)"),
        )
    })
}

/// A script without letter case, whose names are written without spaces
/// (`佐藤太郎`, `김민준`).
fn uncased(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF // kana
        | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF // Han
        | 0xAC00..=0xD7A3) // Hangul syllables
}

impl Names {
    /// The kinds of a normalised name (0 when unknown).
    pub fn kind(&self, name: &str) -> u64 {
        self.0.get(name).unwrap_or(0)
    }

    /// How much `v` reads as a person's name: letters only, and its words
    /// (particles and initials aside) known given names or surnames, all of
    /// them up to two words, all but one beyond. In a script written without
    /// spaces, a word is a known surname of one or two characters and a
    /// given name of one to three: [`Likeness::Strong`] when the given name
    /// is known too, [`Likeness::Weak`] when not (`정당인`, "party member",
    /// starts with the surname 정). `buf` is reused for the normalised form.
    pub fn likeness(&self, v: &[u8], buf: &mut String) -> Likeness {
        let Ok(s) = std::str::from_utf8(v) else {
            return Likeness::No;
        };
        let s = s.trim();
        if !(1..=64).contains(&s.len()) || !s.chars().all(super::shape::name_char) {
            return Likeness::No;
        }
        buf.clear();
        buf.extend(s.chars().flat_map(char::to_lowercase));
        let (mut words, mut strong, mut weak) = (0usize, 0usize, 0usize);
        for word in buf.split(|c: char| c.is_whitespace() || matches!(c, ',' | '・')) {
            // `Jansen, J.P. (Jan)`: a nickname in parentheses is a name too.
            let word = word.trim_matches(|c| matches!(c, '.' | '\'' | '’' | '-' | '(' | ')'));
            if word.is_empty() || PARTICLES.contains(&word) {
                continue;
            }
            let first = word.chars().next().unwrap_or(' ');
            let single = word.chars().nth(1).is_none();
            let likeness = if uncased(first) {
                self.uncased_word(word)
            } else if single || word.split('.').all(|p| p.chars().count() <= 1) {
                continue; // an initial (`J.`, `J.P.`)
            } else if self.kind(word) != 0 || (word.contains('-') && word.split('-').all(|p| self.kind(p) != 0)) {
                Likeness::Strong
            } else {
                Likeness::No
            };
            words += 1;
            if words > 6 {
                return Likeness::No;
            }
            match likeness {
                Likeness::Strong => strong += 1,
                Likeness::Weak => weak += 1,
                Likeness::No => {}
            }
        }
        let known = strong + weak;
        let unknown = words - known;
        // One character of a script without spaces is a surname alone, or
        // a word (`남`, "male").
        if words == 1 && uncased(buf.chars().next().unwrap_or(' ')) && buf.trim().chars().nth(1).is_none() {
            return Likeness::No;
        }
        let name = match words {
            0 => false,
            1 | 2 => unknown == 0,
            _ => unknown <= 1,
        };
        match (name, weak == 0 && unknown == 0) {
            (false, _) => Likeness::No,
            (true, true) => Likeness::Strong,
            (true, false) => Likeness::Weak,
        }
    }

    #[cfg(any(test, feature = "internals"))]
    /// Whether `v` reads as a person's name (strongly or weakly).
    pub fn is_person_name(&self, v: &[u8], buf: &mut String) -> bool {
        self.likeness(v, buf) != Likeness::No
    }

    /// `佐藤太郎`, `김민준`, `王小明`: a known surname of one or two characters
    /// and a given name of one to three (known or not); or a known name as
    /// a whole.
    fn uncased_word(&self, word: &str) -> Likeness {
        let chars: Vec<(usize, char)> = word.char_indices().collect();
        if chars.len() >= 2 && self.kind(word) != 0 {
            return Likeness::Strong;
        }
        if chars.len() == 1 {
            return if self.kind(word) != 0 {
                Likeness::Strong
            } else {
                Likeness::No
            };
        }
        if chars.len() > 5 || !chars.iter().all(|&(_, c)| uncased(c)) {
            return Likeness::No;
        }
        let mut best = Likeness::No;
        for k in 1..=2 {
            let rest = chars.len().saturating_sub(k);
            if !(1..=3).contains(&rest) || self.kind(&word[..chars[k].0]) & SURNAME == 0 {
                continue;
            }
            if self.kind(&word[chars[k].0..]) & GIVEN != 0 {
                return Likeness::Strong;
            }
            best = Likeness::Weak;
        }
        best
    }

    #[cfg(any(test, feature = "internals"))]
    pub fn len(&self) -> usize {
        self.0.len()
    }

    #[cfg(any(test, feature = "internals"))]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_many_languages_and_scripts() {
        let n = names();
        let mut buf = String::new();
        for v in [
            "Anna Nowak",
            "Mehmet Yılmaz",
            "José García",
            "Jan de Vries",
            "MÜLLER, Jürgen",
            "Иван Иванов",
            "佐藤太郎",
            "佐藤 太郎",
            "김민준",
            "王小明",
            "Mary-Jane O'Neil",
            "J. R. Smith",
        ] {
            assert!(n.is_person_name(v.as_bytes(), &mut buf), "{v}");
        }
        for v in [
            "Widget Pro 3000",
            "ana.lopez@gmail.com",
            "Heavy Metal",
            "premium",
            "Lorem ipsum dolor",
            "",
            "東京都港区",
            "남",
            "Livingston Municipal",
        ] {
            assert!(!n.is_person_name(v.as_bytes(), &mut buf), "{v}");
        }
        assert_eq!(n.likeness("강창희".as_bytes(), &mut buf), Likeness::Strong);
        assert_eq!(n.likeness("정당인".as_bytes(), &mut buf), Likeness::Weak);
    }
}
