//! A real engine (issue 19): `contrib/spark/pii_scan_spark.py` on Apache
//! Spark in local mode (`local[2]`, PySpark from PyPI on the machine's
//! JDK) ships the binary, runs one shard per task and merges the parts;
//! the report equals the single-machine run over the same roots (the
//! fixtures and a generated corpus). Without PySpark the test says it did
//! not run; with `PII_SCAN_REQUIRE_SERVERS=1` (CI, which installs it) that
//! is a failure.

use crate::shards::{comparable, corpus};
use crate::util::*;
use std::process::Command;

fn pyspark() -> bool {
    let ok = Command::new("python3")
        .args(["-c", "import pyspark"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            std::env::var("PII_SCAN_REQUIRE_SERVERS").as_deref() != Ok("1"),
            "PII_SCAN_REQUIRE_SERVERS=1 but pyspark cannot be imported"
        );
        let _ = std::io::Write::write_all(
            &mut std::io::stderr(),
            b"NOT RUN: spark::a_spark_job_gives_the_single_run_report: no PySpark (python3 -m pip install pyspark)\n",
        );
    }
    ok
}

#[test]
fn a_spark_job_gives_the_single_run_report() {
    if !pyspark() {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let gen = tmp.path().join("corpus");
    corpus(&gen);
    let (fx, gen) = (
        fixtures().to_string_lossy().into_owned(),
        gen.to_string_lossy().into_owned(),
    );
    let out = tmp.path().join("report.json");
    let o = Command::new("python3")
        .arg(root().join("contrib/spark/pii_scan_spark.py"))
        .args(["--master", "local[2]", "--shards", "5", "--binary", bin()])
        .arg("--parts")
        .arg(tmp.path().join("parts"))
        .args([
            "--format",
            "json",
            "--scan-args=--no-config",
            "--merge-args=--no-config",
            "-o",
        ])
        .arg(&out)
        .args(["--", &fx, &gen])
        .current_dir(tmp.path())
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "exit {:?}\n{}",
        o.status.code(),
        String::from_utf8_lossy(&o.stderr)
    );
    let parts: Vec<_> = std::fs::read_dir(tmp.path().join("parts")).unwrap().collect();
    assert_eq!(parts.len(), 5, "one part per task");
    let merged: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    let single = json(&["--no-config", &fx, &gen]);
    assert_eq!(comparable(merged), comparable(single));
}
