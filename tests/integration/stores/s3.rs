//! Against a real S3-compatible server (`tests/servers/s3.sh`: SeaweedFS),
//! by `s3://bucket/prefix` URL: the fixtures uploaded as objects are
//! classified exactly as the files are, containers included; an object
//! over `--max-filesize` is listed in `skipped`; a missing bucket or a
//! refused key ends the run with exit 2 and no secret in the message.

use super::check_contract;
use crate::util::*;
use object_store::aws::AmazonS3Builder;
use object_store::{ObjectStoreExt, PutPayload};
use std::process::Command;

const KEY: &str = "pii-scan-test";
const SECRET: &str = "pii-scan-test-secret";

fn server(test: &str) -> Option<String> {
    super::server("PII_SCAN_TEST_S3", "tests/servers/s3.sh start /tmp/s3", test)
}

/// Uploads `files` (path, key) to `bucket` (created on the first write).
fn upload(endpoint: &str, bucket: &str, files: &[(std::path::PathBuf, String)]) {
    let store = AmazonS3Builder::new()
        .with_endpoint(endpoint)
        .with_allow_http(true)
        .with_region("us-east-1")
        .with_bucket_name(bucket)
        .with_access_key_id(KEY)
        .with_secret_access_key(SECRET)
        .build()
        .unwrap();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        for (path, key) in files {
            let bytes = std::fs::read(path).unwrap();
            store
                .put(&object_store::path::Path::from(key.as_str()), PutPayload::from(bytes))
                .await
                .unwrap();
        }
    });
}

/// pii-scan with the test server's credentials in its environment.
fn scan(endpoint: &str, secret: &str, args: &[&str]) -> std::process::Output {
    let mut cmd = Command::new(bin());
    cmd.args(["--no-progress", "--no-config", "--s3-endpoint", endpoint])
        .args(args)
        .current_dir(root())
        .env("AWS_ACCESS_KEY_ID", KEY)
        .env("AWS_SECRET_ACCESS_KEY", secret)
        .env_remove("AWS_ENDPOINT_URL")
        .env_remove("AWS_PROFILE");
    run_cmd(cmd)
}

/// The report's fields, categories and files with `from` in every path
/// replaced by `to`: (path, field, category, matches, distinct).
fn summary(r: &serde_json::Value, from: &str, to: &str) -> (Vec<String>, Vec<String>, Vec<String>) {
    let rows = |key: &str, cols: &[&str]| {
        let mut v: Vec<String> = r[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| {
                cols.iter()
                    .map(|c| x[*c].to_string())
                    .collect::<Vec<_>>()
                    .join(" ")
                    .replace(from, to)
            })
            .collect();
        v.sort();
        v
    };
    (
        rows("fields", &["path", "field", "category", "matches", "distinct"]),
        rows("categories", &["category", "matches", "distinct"]),
        rows("files", &["path", "format"]),
    )
}

/// Every file of `fixtures/` the local scan reads, uploaded under a prefix
/// and scanned by URL, gives the same fields, categories and files (nested
/// archive members included) with `s3://bucket/prefix/` for the directory.
#[test]
fn objects_are_classified_like_the_same_files() {
    let Some(endpoint) = server("objects_are_classified_like_the_same_files") else {
        return;
    };
    let dir = fixtures();
    let base = format!("{}/", dir.to_string_lossy());
    let local = json(&["--no-config", dir.to_str().unwrap()]);
    let mut files = Vec::new();
    every_file(&dir, &mut files);
    let files: Vec<(std::path::PathBuf, String)> = files
        .into_iter()
        .map(|p| {
            let key = format!("export/{}", p.strip_prefix(&dir).unwrap().to_string_lossy());
            (p, key)
        })
        .collect();
    assert!(files.len() >= 15, "{files:?}");
    upload(&endpoint, "pii-dump", &files);

    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("r.json");
    let o = scan(
        &endpoint,
        SECRET,
        &["--format", "json", "-o", out.to_str().unwrap(), "s3://pii-dump/export"],
    );
    assert_eq!(code(&o), 0, "{}", String::from_utf8_lossy(&o.stderr));
    check_contract(&out);
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(!text.contains(SECRET));
    let remote: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(remote["summary"]["roots"], serde_json::json!(["s3://pii-dump/export"]));
    let want = summary(&local, &base, "s3://pii-dump/export/");
    let got = summary(&remote, "", "");
    assert_eq!(got.2, want.2, "the same files and members");
    assert_eq!(got.0, want.0, "the same fields");
    assert_eq!(got.1, want.1, "the same categories");
    assert_eq!(
        remote["summary"]["bytes_scanned"], local["summary"]["bytes_scanned"],
        "every byte read"
    );

    // A narrower prefix lists only what is under it.
    let r = json_of(&scan(
        &endpoint,
        SECRET,
        &["--format", "json", "s3://pii-dump/export/containers"],
    ));
    let paths: Vec<&str> = r["files"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| f["path"].as_str())
        .collect();
    assert!(
        !paths.is_empty() && paths.iter().all(|p| p.starts_with("s3://pii-dump/export/containers/")),
        "{paths:?}"
    );
}

/// Every regular file under `dir`, recursively (the fixtures hold no
/// hidden or ignored file, so the local walk reads them all).
fn every_file(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            every_file(&p, out);
        } else {
            out.push(p);
        }
    }
}

fn json_of(o: &std::process::Output) -> serde_json::Value {
    assert!(code(o) <= 1, "{}", String::from_utf8_lossy(&o.stderr));
    serde_json::from_slice(&o.stdout).unwrap()
}

/// An object over `--max-filesize` is listed with its size and not read;
/// a bucket that does not exist and a refused secret exit 2, naming the
/// bucket and never the secret.
#[test]
fn limits_and_refusals_are_stated() {
    let Some(endpoint) = server("limits_and_refusals_are_stated") else {
        return;
    };
    let users = fixtures().join("users.csv");
    let size = std::fs::metadata(&users).unwrap().len();
    upload(
        &endpoint,
        "pii-limits",
        &[
            (users.clone(), "a/users.csv".into()),
            (fixtures().join("app.log"), "a/app.log".into()),
        ],
    );
    let limit = (size - 1).to_string();
    let r = json_of(&scan(
        &endpoint,
        SECRET,
        &["--format", "json", "--max-filesize", &limit, "s3://pii-limits/a/"],
    ));
    let skipped = skipped_all(&r);
    assert!(
        skipped.contains(&(
            "s3://pii-limits/a/users.csv".into(),
            format!("{size} bytes, larger than --max-filesize ({limit} bytes)")
        )),
        "{skipped:?}"
    );
    assert!(fields_of(&r, "s3://pii-limits/a/users.csv").is_empty());

    let o = scan(&endpoint, SECRET, &["s3://pii-no-such-bucket/x"]);
    assert_eq!(code(&o), 2);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("s3://pii-no-such-bucket") && err.contains("cannot list"),
        "{err}"
    );

    let o = scan(&endpoint, "not-the-secret-at-all", &["s3://pii-limits/a"]);
    assert_eq!(code(&o), 2, "{}", String::from_utf8_lossy(&o.stdout));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("cannot list") && !err.contains("not-the-secret-at-all"),
        "{err}"
    );
}
