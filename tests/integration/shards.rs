//! Shards and merges (issue 19): `--shard K/N --format part` on N workers,
//! then `pii-scan merge`, gives the report one run gives — on the fixtures
//! and on a generated corpus whose people recur across files (so linking
//! them across shards is tested) — for N = 1, 3 and 7; a missing or
//! repeated shard is refused; the policy is applied to the merged result;
//! Kubernetes' `JOB_COMPLETION_INDEX` shards exactly as `--shard` does.

use crate::util::*;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The report without what differs between any two runs (time, threads).
pub fn comparable(mut r: Value) -> Value {
    let s = r["summary"].as_object_mut().unwrap();
    s.remove("duration_ms");
    s.remove("threads");
    r
}

/// Runs shard k of n over `root` for every k, writing `dir/k.part`.
fn shards(root: &Path, n: u32, dir: &Path, extra: &[&str]) -> Vec<PathBuf> {
    (0..n)
        .map(|k| {
            let part = dir.join(format!("{k}-of-{n}.part"));
            let shard = format!("{k}/{n}");
            let mut args = vec![
                "--no-progress",
                "--no-config",
                "--format",
                "part",
                "--shard",
                &shard,
                "-o",
                part.to_str().unwrap(),
            ];
            args.extend_from_slice(extra);
            args.push(root.to_str().unwrap());
            let o = run(&args);
            assert_eq!(code(&o), 0, "{}", String::from_utf8_lossy(&o.stderr));
            part
        })
        .collect()
}

fn merge(parts: &[PathBuf], args: &[&str]) -> std::process::Output {
    let mut all = vec!["merge", "--no-config"];
    all.extend_from_slice(args);
    all.extend(parts.iter().map(|p| p.to_str().unwrap()));
    run(&all)
}

fn merged_json(parts: &[PathBuf]) -> Value {
    let o = merge(parts, &["--format", "json"]);
    assert_eq!(code(&o), 0, "{}", String::from_utf8_lossy(&o.stderr));
    serde_json::from_slice(&o.stdout).unwrap()
}

/// The files each part scanned: disjoint, and together every file.
/// A part's JSON text (parts are written zstd-compressed).
fn part_text(p: &Path) -> String {
    let raw = std::fs::read(p).unwrap();
    assert!(raw.starts_with(&[0x28, 0xB5, 0x2F, 0xFD]), "a zstd frame");
    String::from_utf8(zstd::decode_all(raw.as_slice()).unwrap()).unwrap()
}

fn part_files(p: &Path) -> Vec<String> {
    let v: Value = serde_json::from_str(&part_text(p)).unwrap();
    v["totals"]["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap().to_string())
        .collect()
}

/// 80 CSV, NDJSON and log files of records drawn from 300 people, each
/// person in several files: a merge must link them as one run does.
pub fn corpus(dir: &Path) {
    let mut x: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let first = [
        "ana", "bruno", "chloe", "dmitri", "elif", "farah", "goran", "hana", "ines", "jonas",
    ];
    let last = [
        "lopez", "kim", "muller", "tanaka", "haddad", "silva", "nowak", "yilmaz", "jansen", "park",
    ];
    for f in 0..80 {
        let sub = dir.join(format!("d{}", f % 6));
        std::fs::create_dir_all(&sub).unwrap();
        let mut text = String::new();
        let kind = f % 3;
        if kind == 0 {
            text.push_str("id,first_name,last_name,email,signup_ip,plan\n");
        }
        for r in 0..40 {
            let p = next() % 300;
            let (fi, la) = (first[(p % 10) as usize], last[(p / 10 % 10) as usize]);
            let email = format!("{fi}.{la}{p}@gmail.com");
            let ip = format!("81.{}.{}.{}", p % 200 + 2, (p * 7) % 250 + 1, r + 1);
            match kind {
                0 => text.push_str(&format!(
                    "{r},{fi},{la},{email},{ip},{}\n",
                    ["free", "pro", "business"][(p % 3) as usize]
                )),
                1 => text.push_str(&format!(
                    "{{\"user\": {{\"email\": \"{email}\", \"name\": \"{fi} {la}\"}}, \"ip\": \"{ip}\"}}\n"
                )),
                _ => text.push_str(&format!(
                    "{ip} - - [11/Feb/2024:10:21:{:02} +0000] \"GET /u/{p} HTTP/1.1\" 200 512 \"-\" \"Mozilla/5.0\"\n",
                    r % 60
                )),
            }
        }
        let ext = ["csv", "ndjson", "log"][kind as usize];
        std::fs::write(sub.join(format!("export-{f:03}.{ext}")), text).unwrap();
    }
}

#[test]
fn merged_shards_equal_one_run_on_the_fixtures_and_a_corpus() {
    let tmp = tempfile::tempdir().unwrap();
    let gen = tmp.path().join("corpus");
    corpus(&gen);
    for root in [fixtures(), gen] {
        let single = comparable(json(&["--no-config", root.to_str().unwrap()]));
        for n in [1, 3, 7] {
            let dir = tmp.path().join(format!("parts-{n}"));
            std::fs::create_dir_all(&dir).unwrap();
            let parts = shards(&root, n, &dir, &[]);
            let mut all: Vec<String> = parts.iter().flat_map(|p| part_files(p)).collect();
            let count = all.len();
            all.sort();
            all.dedup();
            assert_eq!(count, all.len(), "no file is in two shards (n = {n})");
            if n == 7 {
                let busy = parts.iter().filter(|p| !part_files(p).is_empty()).count();
                assert!(busy >= 5, "the files spread over the shards: {busy} of 7 have any");
            }
            let merged = comparable(merged_json(&parts));
            assert_eq!(
                merged["summary"]["files_scanned"],
                single["summary"]["files_scanned"],
                "n = {n}, {}",
                root.display()
            );
            assert_eq!(
                merged["people"], single["people"],
                "people linked across shards, n = {n}"
            );
            assert_eq!(
                merged,
                single,
                "the merged report is the single run's (n = {n}, {})",
                root.display()
            );
        }
    }
}

/// Where people live goes through parts exactly: the blind residence sets
/// (people linked by keys and gifts' recipients across files) give the
/// single run's `jurisdictions` and `people` when sharded.
#[test]
fn merged_shards_carry_residence() {
    let tmp = tempfile::tempdir().unwrap();
    for set in ["J3/harborline_telehealth", "J7/mercadito"] {
        let root = crate::util::root().join("tests/eval/residence").join(set).join("data");
        let single = json(&["--no-config", root.to_str().unwrap()]);
        let dir = tmp.path().join(set.replace('/', "-"));
        std::fs::create_dir_all(&dir).unwrap();
        let merged = merged_json(&shards(&root, 3, &dir, &[]));
        assert!(
            single["jurisdictions"]["people_located"].as_u64().unwrap() > 100,
            "{set}"
        );
        assert_eq!(merged["jurisdictions"], single["jurisdictions"], "{set}");
        assert_eq!(merged["people"], single["people"], "{set}");
    }
}

#[test]
fn a_missing_repeated_or_foreign_shard_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let parts = shards(&fixtures(), 3, tmp.path(), &[]);
    let o = merge(&[parts[0].clone(), parts[2].clone()], &[]);
    assert_eq!(code(&o), 2);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("missing shard 1 of 3") && err.contains("nothing merged"),
        "{err}"
    );
    let o = merge(
        &[parts[0].clone(), parts[1].clone(), parts[1].clone(), parts[2].clone()],
        &[],
    );
    assert_eq!(code(&o), 2);
    assert!(String::from_utf8_lossy(&o.stderr).contains("shard 1/3 is given twice"));
    let other = tmp.path().join("other");
    std::fs::create_dir(&other).unwrap();
    let two = shards(&fixtures(), 2, &other, &[]);
    let o = merge(&[parts[0].clone(), parts[1].clone(), two[1].clone()], &[]);
    assert_eq!(code(&o), 2);
    assert!(String::from_utf8_lossy(&o.stderr).contains("the shard count differs"));
    let junk = tmp.path().join("junk.part");
    std::fs::write(&junk, "{\"pii_scan_part\": 99}").unwrap();
    let o = merge(&[junk], &[]);
    assert_eq!(code(&o), 2);
    assert!(String::from_utf8_lossy(&o.stderr).contains("part format 99"));
}

/// The policy is the merge's, applied to the merged totals: `--fail-on`
/// exits 1 exactly when the single run does, and the verdict is the same.
#[test]
fn the_policy_applies_to_the_merged_result_and_parts_hold_no_raw_value() {
    let tmp = tempfile::tempdir().unwrap();
    let parts = shards(&fixtures(), 3, tmp.path(), &[]);
    for fail_on in ["password", "payment_card,government_id"] {
        let fx = fixtures();
        let single = run(&[
            "--no-progress",
            "--no-config",
            "--format",
            "json",
            "--fail-on",
            fail_on,
            fx.to_str().unwrap(),
        ]);
        let merged = merge(&parts, &["--format", "json", "--fail-on", fail_on]);
        assert_eq!(code(&merged), code(&single), "--fail-on {fail_on}");
        let (a, b): (Value, Value) = (
            serde_json::from_slice(&single.stdout).unwrap(),
            serde_json::from_slice(&merged.stdout).unwrap(),
        );
        assert_eq!(a["policy"], b["policy"]);
    }
    // A raw value of users.csv is in no part; its masked sample is.
    let raw = "mateo.silva39@gmail.com";
    assert!(std::fs::read_to_string(fixtures().join("users.csv"))
        .unwrap()
        .contains(raw));
    for p in &parts {
        let text = part_text(p);
        assert!(!text.contains(raw), "{} holds a raw value", p.display());
        assert!(text.contains("m***"), "the masked samples are there");
    }
    // A part decompressed by hand (plain JSON) merges the same.
    let plain = tmp.path().join("plain-0.part");
    std::fs::write(&plain, part_text(&parts[0])).unwrap();
    let mut mixed = parts.clone();
    mixed[0] = plain;
    assert_eq!(comparable(merged_json(&mixed)), comparable(merged_json(&parts)));
    let human = merge(&parts, &[]);
    assert!(String::from_utf8_lossy(&human.stdout).contains("Personal data found"));
}

/// A Kubernetes Indexed Job: each pod has JOB_COMPLETION_INDEX and the
/// manifest's PII_SCAN_SHARD_COUNT; run as the pods would, the parts merge
/// into the single run. An index without a count is refused (the pods would
/// each scan everything).
#[test]
fn job_completion_index_shards_as_indexed_job_pods_would() {
    let tmp = tempfile::tempdir().unwrap();
    let parts: Vec<PathBuf> = (0..4)
        .map(|k| {
            let part = tmp.path().join(format!("pod-{k}.part"));
            let mut cmd = Command::new(bin());
            cmd.args(["--no-progress", "--no-config", "--format", "part", "-o"])
                .arg(&part)
                .arg(fixtures())
                .env("JOB_COMPLETION_INDEX", k.to_string())
                .env("PII_SCAN_SHARD_COUNT", "4");
            let o = run_cmd(cmd);
            assert_eq!(code(&o), 0, "{}", String::from_utf8_lossy(&o.stderr));
            part
        })
        .collect();
    let single = comparable(json(&["--no-config", fixtures().to_str().unwrap()]));
    assert_eq!(comparable(merged_json(&parts)), single);
    let mut cmd = Command::new(bin());
    cmd.args(["--no-progress", "--no-config"])
        .arg(fixtures())
        .env("JOB_COMPLETION_INDEX", "1")
        .env_remove("PII_SCAN_SHARD_COUNT");
    let o = run_cmd(cmd);
    assert_eq!(code(&o), 2);
    assert!(String::from_utf8_lossy(&o.stderr).contains("PII_SCAN_SHARD_COUNT is not"));
}
