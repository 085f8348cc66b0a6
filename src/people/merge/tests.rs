//! Linking across files, by keys, and bounded.

use super::*;

fn part(keys: &[(u64, u32)], people: &[u32]) -> PeoplePart {
    PeoplePart {
        nodes: keys.iter().copied().collect(),
        people: people.to_vec(),
        ..PeoplePart::default()
    }
}

#[test]
fn a_person_in_two_files_is_one_and_merging_states_changes_nothing() {
    let email = 1 << Category::Email.index();
    let pass = 1 << Category::Password.index();
    let ip = 1 << Category::IpAddress.index();
    let a = part(&[(10, 0), (11, 1)], &[email | pass, email]);
    let b = part(&[(10, 0), (12, 0), (13, 1)], &[ip, ip]);
    let mut one = People::default();
    one.add("a.csv", a.clone());
    one.add("b.log", b.clone());
    let s = one.summary();
    assert_eq!(s.total, 3);
    assert!(s.exact);
    let sources: Vec<(&str, u64)> = s.sources.iter().map(|s| (s.path.as_str(), s.people)).collect();
    assert_eq!(sources, vec![("a.csv", 2), ("b.log", 2)]);
    assert!(s.by_category.contains(&(Category::IpAddress, 2)));
    assert!(s.by_category.contains(&(Category::Password, 1)));
    assert!(s.by_category.contains(&(Category::Email, 2)));

    let (mut x, mut y) = (People::default(), People::default());
    x.add("a.csv", a);
    y.add("b.log", b);
    x.merge(y);
    assert_eq!(x.summary(), s);
}

use crate::people::{FilePeople, Signature};
use crate::detect::normalize::fingerprint;

fn sig(c: Category) -> Signature {
    Signature {
        fields: 0,
        hits: 1 << c.index(),
    }
}

/// `users(id, email, plan_id)` and `uploads(id, user_id, ip, taken_at)`:
/// uploads belong to their users; the plan, shared by everyone, links
/// no one; an upload naming a user not in the dump is one more person;
/// log lines with only an address are bounded by their addresses.
#[test]
fn rows_are_linked_by_person_keys_and_the_rest_bounded() {
    let user = keys::entity("users", "id").unwrap();
    let plan = keys::entity("users", "plan_id").unwrap();
    let upload = keys::entity("uploads", "id").unwrap();
    let item = |_: u64, v: &str| keys::item(v.as_bytes()).unwrap();
    let ip = |v: &str| fingerprint(Category::IpAddress, v.as_bytes());
    let mut users = FilePeople::default();
    for i in 1..=4 {
        let email = format!("u{i}@example.org");
        users.identifier(Category::Email, email.as_bytes(), fingerprint(Category::Email, email.as_bytes()), 0, 0);
        users.key(user, item(user, &i.to_string()), 0);
        users.key(plan, item(plan, "1"), 1);
        let addr = format!("81.2.69.{i}");
        users.ip(ip(&addr), addr.as_bytes());
        users.end_record(sig(Category::Email));
    }
    let mut uploads = FilePeople::default();
    for (n, owner) in ["1", "2", "2", "3", "9"].iter().enumerate() {
        uploads.key(upload, item(upload, &(100 + n).to_string()), 0);
        uploads.key(user, item(user, owner), 1);
        uploads.end_record(sig(Category::Location));
    }
    let mut log = FilePeople::default();
    for addr in ["81.2.69.1", "81.2.69.1", "10.0.0.7", "10.0.0.8", "10.0.0.8"] {
        log.ip(ip(addr), addr.as_bytes());
        log.end_record(sig(Category::IpAddress));
    }
    let hits = |s: Signature| s.hits;
    let mut p = People::default();
    p.add("users.sql", users.finish(hits));
    p.add("uploads.sql", uploads.finish(hits));
    p.add("access.log", log.finish(hits));
    let s = p.summary();
    // Four users, and user 9 named only by an upload.
    assert_eq!((s.low, s.total, s.high), (5, 5, 7), "{s:?}");
    assert!(s.by_category.contains(&(Category::Location, 4)), "{s:?}");
    assert!(s.by_category.contains(&(Category::Email, 4)), "{s:?}");
    let uploads = s.sources.iter().find(|x| x.path == "uploads.sql").unwrap();
    assert_eq!((uploads.people, uploads.records.key), (4, 5));
    let log = s.sources.iter().find(|x| x.path == "access.log").unwrap();
    assert_eq!((log.people, log.records.ip_address), (1, 5));
    assert_eq!(s.unlinked, 5);
}

/// `appointments(patient_id, doctor_id)` between two tables of
/// identified people joins neither to the other.
#[test]
fn a_record_naming_two_identified_people_merges_neither() {
    let patient = keys::entity("patients", "id").unwrap();
    let doctor = keys::entity("doctors", "id").unwrap();
    let item = |_: u64, v: &str| keys::item(v.as_bytes()).unwrap();
    let mut f = FilePeople::default();
    for (e, prefix) in [(patient, "p"), (doctor, "d")] {
        for i in 1..=3 {
            let email = format!("{prefix}{i}@example.org");
            f.identifier(Category::Email, email.as_bytes(), fingerprint(Category::Email, email.as_bytes()), 0, 0);
            f.key(e, item(e, &i.to_string()), 0);
            f.end_record(sig(Category::Email));
        }
    }
    for (pa, d) in [("1", "1"), ("2", "1"), ("3", "2"), ("1", "2")] {
        f.key(patient, item(patient, pa), 1);
        f.key(doctor, item(doctor, d), 2);
        f.end_record(sig(Category::Activity));
    }
    let mut p = People::default();
    p.add("clinic.sql", f.finish(|s| s.hits));
    let s = p.summary();
    assert_eq!((s.low, s.total), (6, 6), "{s:?}");
}

/// A username only a log's requests carry is an account no file of the
/// dump holds: one more person at most, not one established.
#[test]
fn a_username_only_a_log_names_is_one_more_at_most() {
    let u = |p: &mut FilePeople, v: &str| {
        p.identifier(Category::Username, v.as_bytes(), fingerprint(Category::Username, v.as_bytes()), 0, 0)
    };
    let mut users = FilePeople::default();
    u(&mut users, "anna");
    users.end_record(sig(Category::Username));
    let mut log = FilePeople::default();
    log.log(true);
    for name in ["anna", "bob", "bob", "cy"] {
        u(&mut log, name);
        log.end_record(sig(Category::Activity));
    }
    let mut p = People::default();
    p.add("users.csv", users.finish(|s| s.hits));
    p.add("access.log", log.finish(|s| s.hits));
    let s = p.summary();
    assert_eq!((s.low, s.total, s.high), (1, 1, 3), "{s:?}");
    assert!(s.by_category.contains(&(Category::Activity, 1)), "{s:?}");
}

/// A CRM export's `customer_no` and an order export's `Kundennummer`
/// share their values (`C-1001`): one entity, so orders belong to the
/// CRM's people; small numbers two columns share by chance do not.
#[test]
fn key_columns_of_one_system_named_apart_are_one_entity_by_their_values() {
    let crm = keys::entity("crm", "customer_no").unwrap();
    let orders = keys::entity("orders", "Kundennummer").unwrap();
    let shop = keys::entity("orders", "shop_id").unwrap();
    let item = |v: &str| keys::item(v.as_bytes()).unwrap();
    let mut a = FilePeople::default();
    for i in 1..=5 {
        let email = format!("c{i}@example.org");
        a.identifier(Category::Email, email.as_bytes(), fingerprint(Category::Email, email.as_bytes()), 0, 0);
        a.key(crm, item(&format!("C-100{i}")), 1);
        a.key(shop, item(&i.to_string()), 2);
        a.end_record(sig(Category::Email));
    }
    let mut b = FilePeople::default();
    for i in [1, 2, 2, 3, 4, 5, 5] {
        b.key(orders, item(&format!("c-100{i}")), 0);
        b.end_record(sig(Category::Activity));
    }
    let mut p = People::default();
    p.add("crm.csv", a.finish(|s| s.hits));
    p.add("orders.csv", b.finish(|s| s.hits));
    let s = p.summary();
    assert_eq!((s.low, s.total), (5, 5), "{s:?}");
    assert!(s.by_category.contains(&(Category::Activity, 5)), "{s:?}");
    let orders = s.sources.iter().find(|x| x.path == "orders.csv").unwrap();
    assert_eq!(orders.records.key, 7);
}

/// `patients(id, phone)` and reminders, each sent from the clinic's one
/// number to a patient (`from`, `to`, `patient_id`): the sender's number
/// is every reminder's first phone, but it is tied to twelve patients'
/// ids, so it is shared, not a person's, and joins none of them.
#[test]
fn an_identifier_tied_to_many_ids_of_a_table_of_people_joins_none() {
    let patient = keys::entity("patients", "id").unwrap();
    let item = |v: &str| keys::item(v.as_bytes()).unwrap();
    let phone = |v: &str| fingerprint(Category::Phone, v.as_bytes());
    let mut patients = FilePeople::default();
    for i in 1..=12 {
        let p = format!("+1415555{i:04}");
        patients.identifier(Category::Phone, p.as_bytes(), phone(&p), 0, 0);
        patients.key(patient, item(&i.to_string()), 1);
        patients.end_record(sig(Category::Phone));
    }
    let mut sms = FilePeople::default();
    for i in 1..=12 {
        let (from, to) = ("+18449270316".to_string(), format!("+1415555{i:04}"));
        sms.identifier(Category::Phone, from.as_bytes(), phone(&from), 0, 0);
        sms.identifier(Category::Phone, to.as_bytes(), phone(&to), 1, 1);
        sms.key(patient, item(&i.to_string()), 2);
        sms.end_record(sig(Category::Phone));
    }
    let mut p = People::default();
    p.add("patients.sql", patients.finish(|s| s.hits));
    p.add("sms.json", sms.finish(|s| s.hits));
    let s = p.summary();
    // Twelve patients and the sender's number (a number, counted as one).
    assert_eq!(s.total, 13, "{s:?}");

    // Two ids (a guardian's number on two children's reminders) still
    // join: a person may have two or three.
    let mut patients = FilePeople::default();
    for i in 1..=12 {
        let p = format!("+1415555{i:04}");
        patients.identifier(Category::Phone, p.as_bytes(), phone(&p), 0, 0);
        patients.key(patient, item(&i.to_string()), 1);
        patients.end_record(sig(Category::Phone));
    }
    let mut sms = FilePeople::default();
    for i in [1, 2] {
        let guardian = "+14155550099".to_string();
        sms.identifier(Category::Phone, guardian.as_bytes(), phone(&guardian), 0, 0);
        sms.key(patient, item(&i.to_string()), 2);
        sms.end_record(sig(Category::Phone));
    }
    let mut p = People::default();
    p.add("patients.sql", patients.finish(|s| s.hits));
    p.add("sms.json", sms.finish(|s| s.hits));
    assert_eq!(p.summary().total, 11);
}

/// `users(id, email, name)` and `shipping_addresses(user_id, recipient,
/// country)`: a user's own address tells where they live; a gift's
/// recipient, a name no identified person has, on an identified user's
/// row, is a person of their own, living at that address.
#[test]
fn a_gift_recipient_on_a_users_address_is_a_person_living_there() {
    use crate::jurisdiction::residence::{self, Signal};
    let user = keys::entity("users", "id").unwrap();
    let item = |v: &str| keys::item(v.as_bytes()).unwrap();
    let name = |v: &str| v.split(' ').map(|w| fingerprint(Category::Name, w.as_bytes())).fold(0u64, u64::wrapping_add);
    let country = |v: &[u8]| residence::country_named(std::str::from_utf8(v).ok()?);
    let mut f = FilePeople::default();
    for (i, who) in [(1, "Ada Lovelace"), (2, "Alan Turing")] {
        let email = format!("u{i}@example.org");
        f.identifier(Category::Email, email.as_bytes(), fingerprint(Category::Email, email.as_bytes()), 0, 0);
        f.key(user, item(&i.to_string()), 1);
        f.name(name(who), 0);
        f.end_record(sig(Category::Email));
    }
    for (owner, who, land) in [("1", "Ada Lovelace", "GB"), ("2", "Grace Hopper", "US")] {
        f.key(user, item(owner), 0);
        f.name(name(who), 0);
        f.lives_by(Signal::Address, land.as_bytes(), country);
        f.end_record(sig(Category::Location));
    }
    let mut p = People::default();
    p.add("shop.sql", f.finish(|s| s.hits));
    let s = p.summary();
    assert_eq!(s.total, 3, "{s:?}");
    let mut placed: Vec<&str> =
        s.residents.iter().filter_map(|r| r.0.residence()).map(|r| r.country()).collect();
    placed.sort_unstable();
    assert_eq!(placed, ["GB", "US"], "Ada in Britain, Grace (not Alan) in the US");
}
