//! The validators' tests, family by family.

use super::*;
use super::{bank::*, card::*, email::*, location::*, net::*, phone::*, secret::*, ssn::*};

fn check(v: Validator, s: &str) -> Verdict {
    v(&Candidate {
        hay: s.as_bytes(),
        start: 0,
        end: s.len(),
    })
}

#[test]
fn parse_ipv4_agrees_with_std_on_canonical_quads_and_refuses_the_rest() {
    for v in ["0.0.0.0", "1.2.3.4", "255.255.255.255", "192.168.1.10", "10.0.0.1"] {
        assert_eq!(parse_ipv4(v.as_bytes()), v.parse().ok(), "{v}");
    }
    for v in [
        "256.1.1.1",
        "1.2.3",
        "1.2.3.4.5",
        "01.2.3.4",
        "1..2.3",
        "1.2.3.",
        "a.b.c.d",
        "1234.1.1.1",
        "",
    ] {
        assert_eq!(parse_ipv4(v.as_bytes()), None, "{v}");
    }
}

#[test]
fn luhn_accepts_valid_and_rejects_one_digit_off() {
    assert!(luhn(b"4556737586899855"));
    assert!(!luhn(b"4556737586899856"));
    assert!(luhn(b"79927398713"));
}

#[test]
fn cards_need_issuer_grouping_and_luhn() {
    assert_eq!(check(card, "4556 7375 8689 9855"), Verdict::Valid);
    assert_eq!(check(card, "4556-7375-8689-9855"), Verdict::Valid);
    assert_eq!(check(card, "4556 7375-8689 9855"), Verdict::Invalid);
    assert_eq!(check(card, "455 67375 86899 855"), Verdict::Invalid);
    assert_eq!(check(card, "1234567890123452"), Verdict::Invalid); // no issuer
    assert_eq!(check(card, "4111111111111111"), Verdict::Placeholder);
    assert_eq!(check(card, "3782 822463 10005"), Verdict::Placeholder);
}

#[test]
fn internal_ranges() {
    for ip in [
        "10.0.0.1",
        "172.16.4.2",
        "172.31.255.1",
        "192.168.1.1",
        "100.64.0.1",
        "fd12:3456::1",
    ] {
        assert!(is_internal_ip(ip.as_bytes()), "{ip}");
    }
    for ip in ["81.2.69.160", "172.32.0.1", "100.128.0.1", "1.10.0.1", "2a00:1450::1"] {
        assert!(!is_internal_ip(ip.as_bytes()), "{ip}");
    }
}

/// `value` as it sits inside `hay` (its first occurrence).
fn check_in(v: Validator, hay: &str, value: &str) -> Verdict {
    let start = hay.find(value).unwrap();
    v(&Candidate {
        hay: hay.as_bytes(),
        start,
        end: start + value.len(),
    })
}

#[test]
fn identifiers_and_decimals_are_not_cards() {
    let pan = "4556737586899855";
    for hay in [
        "Received block blk_-4556737586899855 of size 67108864",
        "trace id=4556737586899855 done",
        "\"trace_id\": \"4556737586899855\"",
        "span-id: 4556737586899855",
        "took 0.4556737586899855 s",
        "4556737586899855.25 EUR",
        "ref 4556737586899855-b",
        "order #4556737586899855",
    ] {
        assert_eq!(check_in(card, hay, pan), Verdict::Invalid, "{hay}");
    }
    for hay in [
        "card 4556737586899855 exp",
        "\"pan\": \"4556737586899855\"",
        "4556737586899855,Ana",
        "cc=4556737586899855",
        "c1,4556737586899855,x",
        "12,4556737586899855",
    ] {
        assert_eq!(check_in(card, hay, pan), Verdict::Valid, "{hay}");
    }
}

#[test]
fn card_rules_are_data_and_know_every_brand() {
    let c = Cards::parse(CARDS_TOML).unwrap();
    for (digits, brand) in [
        ("4556737586899855", "visa"),
        ("5425233430109903", "mastercard"),
        ("2223000048410010", "mastercard"),
        ("374245455400126", "amex"),
        ("6011556677889904", "discover"),
        ("3530111333300000", "jcb"),
        ("2200000000000004", "mir"),
        ("6761000000000006", "maestro"),
        ("36227206271667", "diners"),
        ("6200000000000005", "unionpay"),
        ("9792000000000001", "troy"),
    ] {
        assert_eq!(c.brand(digits.as_bytes()), Some(brand), "{digits}");
    }
    assert_eq!(c.brand(b"1700000000123"), None);
    assert_eq!(c.brand(b"45567375868998"), None, "Visa has no 14-digit numbers");
    assert!(
        Cards::parse("[[brand]]\nname='x'\nprefixes=['1-23']\nlengths=[16]\n[context]\nidentifier_keys=[]")
            .is_err()
    );
}

#[test]
fn iban_mod97_and_country_length() {
    assert!(iban_mod97(b"FR7630006000011234567890189"));
    assert!(!iban_mod97(b"FR7630006000011234567890188"));
    assert_eq!(check(iban, "NL91 ABNA 0417 1643 00"), Verdict::Valid);
    assert_eq!(check(iban, "NL91ABNA041716430"), Verdict::Invalid);
    assert_eq!(check(iban, "XX91ABNA0417164300"), Verdict::Invalid);
}

#[test]
fn ssn_rules() {
    assert_eq!(check(ssn, "512-44-3378"), Verdict::Valid);
    for bad in [
        "000-44-3378",
        "666-44-3378",
        "900-44-3378",
        "512-00-3378",
        "512-44-0000",
        "512 44-3378",
    ] {
        assert_eq!(check(ssn, bad), Verdict::Invalid, "{bad}");
    }
    assert_eq!(check(ssn, "078-05-1120"), Verdict::Placeholder);
}

#[test]
fn ip_ranges() {
    assert_eq!(check(ipv4, "81.2.69.160"), Verdict::Valid);
    assert_eq!(check(ipv4, "256.1.1.1"), Verdict::Invalid);
    assert_eq!(check(ipv4, "10.01.1.1"), Verdict::Invalid);
    assert_eq!(check(ipv4, "203.0.113.5"), Verdict::Placeholder);
    assert_eq!(check(ipv6, "2a03:2880:f12f:83:face:b00c:0:25de"), Verdict::Valid);
    assert_eq!(check(ipv6, "2001:db8::1"), Verdict::Placeholder);
    assert_eq!(check(ipv6, "1:2:3"), Verdict::Invalid);
    assert_eq!(check(ipv6, "ab::cd"), Verdict::Invalid);
}

#[test]
fn coordinates_are_range_checked() {
    assert_eq!(check(latlon, "48.85837, 2.29448"), Verdict::Valid);
    assert_eq!(check(latlon, "-90.000,180.000"), Verdict::Valid);
    assert_eq!(check(latlon, "90.001,10.000"), Verdict::Invalid);
    assert_eq!(check(latlon, "10.000,-180.001"), Verdict::Invalid);
    // End of a sentence, not more digits.
    let hay = b"gps 48.85837, 2.29448.";
    assert_eq!(latlon(&Candidate { hay, start: 4, end: 21 }), Verdict::Valid);
}

#[test]
fn phone_rules() {
    assert_eq!(check(phone, "(415) 867-5309"), Verdict::Valid);
    assert_eq!(check(phone, "+44 20 7123 4567"), Verdict::Valid);
    // Ofcom's drama range and a fake-mode stand-in.
    assert_eq!(check(phone, "+44 20 7946 0958"), Verdict::Placeholder);
    assert_eq!(check(phone, "+49 30 00000045"), Verdict::Placeholder);
    assert_eq!(check(phone, "+1 415 555 0142"), Verdict::Placeholder);
    assert_eq!(check(phone, "+1 115 867 5309"), Verdict::Invalid);
    assert_eq!(check(phone, "+123456"), Verdict::Invalid);
}

#[test]
fn emails_and_placeholder_domains() {
    assert_eq!(check(email, "a.b@gmail.com"), Verdict::Valid);
    assert_eq!(check(email, "a.@gmail.com"), Verdict::Invalid);
    assert_eq!(check(email, "icon@2x.png"), Verdict::Invalid);
    assert_eq!(check(email, "a@example.com"), Verdict::Placeholder);
    assert_eq!(check(email, "a@mail.example.org"), Verdict::Placeholder);
    assert_eq!(check(email, "a@x.test"), Verdict::Placeholder);
    assert_eq!(check(email, "a@notexample.com"), Verdict::Valid);
    assert_eq!(check(email, "a.b%40gmail.com"), Verdict::Valid);
    assert_eq!(check(email, "a%40example.com"), Verdict::Placeholder);
}

#[test]
fn jwt_header_must_decode_to_json_with_alg() {
    assert_eq!(base64url(b"eyJhbGciOiJIUzI1NiJ9").unwrap(), b"{\"alg\":\"HS256\"}");
    assert_eq!(
        check(jwt, "eyJub3RoaW5nIjoxfQ.eyJzdWIiOiIxIn0.c2lnbmF0dXJlc2lnbmF0dXJl"),
        Verdict::Invalid
    );
}

#[test]
fn device_secret_and_hash_rules() {
    assert_eq!(check(mac, "3c:22:fb:1a:9e:04"), Verdict::Valid);
    assert_eq!(check(mac, "3c:22-fb:1a:9e:04"), Verdict::Invalid);
    assert_eq!(check(mac, "FF:FF:FF:FF:FF:FF"), Verdict::Placeholder);
    assert_eq!(check(aws_key, "AKIA4ZKQ7LQ2MNBV3XYW"), Verdict::Valid);
    assert_eq!(check(aws_key, "AKIAIOSFODNN7EXAMPLE"), Verdict::Placeholder);
    let h86 = format!("$6$salt${}", "a".repeat(86));
    assert_eq!(check(crypt, &h86), Verdict::Valid);
    assert_eq!(check(crypt, &format!("$5$salt${}", "a".repeat(86))), Verdict::Invalid);
    assert_eq!(check(crypt, &format!("$5$salt${}", "a".repeat(43))), Verdict::Valid);
    assert_eq!(check(crypt, &format!("$2b$12${}", "a".repeat(53))), Verdict::Valid);
    assert_eq!(check(crypt, &format!("$2b$12${}", "a".repeat(54))), Verdict::Invalid);
    assert_eq!(check(crypt, "$1$saltsalt$qjXMvbEw8oaL.CzflDugX/"), Verdict::Valid);
}

#[test]
fn every_name_resolves() {
    for n in NAMES {
        assert!(by_name(n).is_some(), "{n}");
    }
    assert!(by_name("nope").is_none());
}
