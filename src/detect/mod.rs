//! Detection: bytes in, hits out. No I/O happens here.
//!
//! - `engine`: all detectors compiled into one multi-pattern pass;
//! - `validate`: the Rust checks (Luhn, mod-97, SSN rules, IP ranges, ...);
//! - `national`: national identifiers' check digits (BSN, PESEL, CPF, ...);
//! - `normalize`: the canonical form of a value, for distinct counting.

pub mod engine;
pub mod fiction;
pub mod fiction_date;
pub mod national;
pub mod normalize;
pub mod validate;

pub use engine::{Detector, Engine, Hit, Scratch, Window, MAX_MATCH_LEN};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::patterns::{self, DetectorSpec};

    fn builtin() -> (Vec<DetectorSpec>, Engine) {
        let specs = patterns::load(&[]).unwrap();
        let engine = Engine::new(&specs).unwrap();
        (specs, engine)
    }

    fn hits(engine: &Engine, text: &str) -> Vec<Hit> {
        let mut out = Vec::new();
        let mut scratch = engine.scratch();
        engine.scan(&mut scratch, text.as_bytes(), &Window::whole(text.len()), |h| {
            out.push(h)
        });
        out
    }

    /// Every example written beside a detector in patterns/*.toml holds.
    #[test]
    fn every_pattern_example_holds() {
        let (specs, engine) = builtin();
        let mut failures = Vec::new();
        for (d, spec) in specs.iter().enumerate() {
            for ex in &spec.examples.matches {
                if !hits(&engine, ex).iter().any(|h| h.detector() == d && !h.placeholder) {
                    failures.push(format!("{}: should match {ex:?}", spec.id));
                }
            }
            for ex in &spec.examples.reject {
                if hits(&engine, ex).iter().any(|h| h.detector() == d) {
                    failures.push(format!("{}: should reject {ex:?}", spec.id));
                }
            }
            for ex in &spec.examples.placeholder {
                let h = hits(&engine, ex);
                if !h.iter().any(|h| h.detector() == d && h.placeholder)
                    || h.iter().any(|h| h.detector() == d && !h.placeholder)
                {
                    failures.push(format!("{}: should be a placeholder {ex:?}", spec.id));
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    /// Accented local parts are part of an address; the CJK text around
    /// one is not.
    #[test]
    fn international_emails_keep_their_letters_and_only_them() {
        let (_, engine) = builtin();
        for (text, want) in [
            ("mail: jürgen.müller@web.de,", "jürgen.müller@web.de"),
            ("連絡先：tanaka@yahoo.co.jp です", "tanaka@yahoo.co.jp"),
            ("écrire à françois@orange.fr.", "françois@orange.fr"),
            ("почта иван@mail.ru нет", "иван@mail.ru"),
        ] {
            let got: Vec<&str> = hits(&engine, text).iter().map(|h| &text[h.start..h.end]).collect();
            let want: Vec<&str> = Some(want).filter(|w| !w.is_empty()).into_iter().collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn negative_controls_find_nothing() {
        let (_, engine) = builtin();
        let controls = [
            "release v1.2.3 and 10.2.3-beta, semver 2.10.0-rc.1+build.5",
            "timestamps 1700000000 1700000000123 2024-01-15T10:30:00Z 10:30:00.123",
            "uuid 123e4567-e89b-12d3-a456-426614174000 guid {6F9619FF-8B86-D011-B42D-00C04FC964FF}",
            "order 1234567890123456 and 4556737586899856 (non-Luhn)",
            "floats 3.14159 2.71828 1.41421 0.5772156649",
            "log 200 5123 \"GET /index.html HTTP/1.1\" 304 0",
            "sku AB-1234-XY price 19.99 qty 3 EAN 4006381333931",
        ];
        for c in controls {
            let h: Vec<_> = hits(&engine, c).into_iter().filter(|h| !h.placeholder).collect();
            assert!(
                h.is_empty(),
                "{c:?} produced {:?}",
                h.iter().map(|h| &c[h.start..h.end]).collect::<Vec<_>>()
            );
        }
    }

    #[test]
    fn a_rejected_candidate_falls_through_to_later_detectors() {
        let (specs, engine) = builtin();
        // `mac_address` comes before `ipv6` and claims this candidate first
        // only to reject it; the anchored retry must still find the IPv6.
        let text = "peer 2a03:2880:f12f:83:face:b00c:0:25de up";
        let h = hits(&engine, text);
        assert_eq!(h.len(), 1);
        assert_eq!(specs[h[0].detector()].id, "ipv6");
        assert_eq!(&text[h[0].start..h[0].end], "2a03:2880:f12f:83:face:b00c:0:25de");
    }

    #[test]
    fn context_keywords_raise_confidence() {
        let (_, engine) = builtin();
        let plain = hits(&engine, "ref 512-44-3378");
        let ctx = hits(&engine, "SSN: 512-44-3378");
        assert!(ctx[0].confidence > plain[0].confidence);
    }

    #[test]
    fn limits_name_the_detector() {
        let spec = |re: &str| {
            let t = format!("[[detector]]\nid='mine'\ncategory='email'\nregex='''{re}'''\nconfidence=0.5\n");
            patterns::parse("user.toml", &t).unwrap()
        };
        for (re, why) in [
            ("a+", "bounded"),
            ("[^x]{1,5}", "newline"),
            ("a{0,3}", "empty"),
            ("(", "invalid"),
        ] {
            let err = Engine::new(&spec(re)).err().unwrap().to_string();
            assert!(
                err.contains("user.toml") && err.contains("'mine'") && err.contains(why),
                "{re}: {err}"
            );
        }
    }
}
