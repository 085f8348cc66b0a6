//! `--format html` (issue 13), opened for real in headless Chromium
//! (Debian's `chromium`; `.ci/run` installs it): the page loads with no
//! console message (a blocked request or a script error would log one), its
//! key figures in the DOM equal the JSON report's, a screenshot is written
//! to `html-report.png` in the target directory's `tmp` (wherever
//! `CARGO_TARGET_DIR` points), and no raw value is in the
//! file unless `--show-values`.

use crate::util::*;
use std::process::Command;

fn chromium() -> Option<&'static str> {
    let found = ["chromium", "chromium-browser", "google-chrome"].into_iter().find(|b| {
        Command::new(b)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    });
    if found.is_none() {
        assert!(
            std::env::var("PII_SCAN_REQUIRE_SERVERS").as_deref() != Ok("1"),
            "PII_SCAN_REQUIRE_SERVERS=1 but no chromium"
        );
        let _ = std::io::Write::write_all(
            &mut std::io::stderr(),
            b"NOT RUN: html::the_page_loads_clean_and_shows_the_json_figures: no chromium (apt-get install chromium)\n",
        );
    }
    found
}

/// `data-NAME="VALUE"` of the element with `id="ID"` in `dom`.
fn data(dom: &str, id: &str, name: &str) -> String {
    let at = dom
        .find(&format!("id=\"{id}\""))
        .unwrap_or_else(|| panic!("#{id} in the DOM"));
    let tag = &dom[dom[..at].rfind('<').unwrap()..];
    let tag = &tag[..tag.find('>').unwrap()];
    let key = format!("data-{name}=\"");
    let v = &tag[tag.find(&key).unwrap_or_else(|| panic!("{key} in {tag}")) + key.len()..];
    v[..v.find('"').unwrap()].to_string()
}

#[test]
fn the_page_loads_clean_and_shows_the_json_figures() {
    let tmp = tempfile::tempdir().unwrap();
    let page = tmp.path().join("report.html");
    let fx = fixtures();
    let o = run(&[
        "--no-progress",
        "--no-config",
        "--format",
        "html",
        "-o",
        page.to_str().unwrap(),
        fx.to_str().unwrap(),
    ]);
    assert_eq!(code(&o), 0, "{}", String::from_utf8_lossy(&o.stderr));
    let html = std::fs::read_to_string(&page).unwrap();
    let r = json(&["--no-config", fx.to_str().unwrap()]);
    let raw = "mateo.silva39@gmail.com";
    assert!(!html.contains(raw), "a raw value in the page");
    assert!(!html.contains("<script") && !html.contains("http://") && !html.contains("https://"));
    let shown = run(&[
        "--no-progress",
        "--no-config",
        "--format",
        "html",
        "--show-values",
        fx.to_str().unwrap(),
    ]);
    let shown = String::from_utf8_lossy(&shown.stdout);
    let raw_json = json(&["--no-config", "--show-values", fx.to_str().unwrap()]);
    let email = raw_json["categories"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["category"] == "email")
        .unwrap()["samples"][0]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        !email.contains('*') && shown.contains(&email),
        "--show-values shows {email}"
    );
    assert!(!html.contains(&email), "and only then");

    let Some(browser) = chromium() else {
        return;
    };
    let url = format!("file://{}", page.display());
    let headless = |extra: &[&str]| {
        Command::new(browser)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--enable-logging=stderr",
                "--v=0",
            ])
            .args(extra)
            .arg(&url)
            .output()
            .unwrap()
    };
    let o = headless(&["--dump-dom"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let dom = String::from_utf8_lossy(&o.stdout).into_owned();
    let log = String::from_utf8_lossy(&o.stderr);
    assert!(
        !log.lines().any(|l| l.contains(":CONSOLE(") || l.contains("Refused to")),
        "console messages: {log}"
    );
    let s = &r["summary"];
    assert_eq!(data(&dom, "coverage", "files"), s["files_scanned"].to_string());
    assert_eq!(data(&dom, "coverage", "bytes"), s["bytes_scanned"].to_string());
    assert_eq!(data(&dom, "coverage", "skipped"), s["files_skipped"].to_string());
    assert_eq!(data(&dom, "people", "people"), r["people"]["total"].to_string());
    // Where they live: the figure, a bar and a table row per place, as
    // the JSON's jurisdictions say.
    let j = &r["jurisdictions"];
    assert!(
        j["people_located"].as_u64().unwrap() > 0,
        "the fixtures tell where some people live"
    );
    assert_eq!(data(&dom, "located", "located"), j["people_located"].to_string());
    for row in j["rows"].as_array().unwrap() {
        let tr = format!(
            "data-code=\"{}\" data-people=\"{}\"",
            row["code"].as_str().unwrap(),
            row["people"]
        );
        assert!(dom.contains(&tr), "{tr}");
    }
    assert!(dom.contains("not legal advice"));
    for c in r["categories"].as_array().unwrap() {
        let cat = c["category"].as_str().unwrap();
        let row = format!(
            "data-category=\"{cat}\" data-matches=\"{}\" data-distinct=\"{}\"",
            c["matches"], c["distinct"]
        );
        assert!(dom.contains(&row), "{row}");
    }
    // The page opens with the sensitive verdict: each sensitive category
    // found or not, as the JSON says.
    let found: Vec<&str> = r["categories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["category"].as_str().unwrap())
        .collect();
    for cat in ["password", "payment_card", "bank_account", "government_id", "secret"] {
        let state = if found.contains(&cat) { "found" } else { "not_found" };
        let row = format!("data-sensitive=\"{cat}\" data-state=\"{state}\"");
        assert!(dom.contains(&row), "{row}");
    }
    assert!(
        dom.find("id=\"sensitive\"").unwrap() < dom.find("id=\"categories\"").unwrap(),
        "the sensitive verdict comes first"
    );
    // Under the real target directory (CARGO_TARGET_DIR may move it), at a
    // laptop's width.
    let shot = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("html-report.png");
    let _ = std::fs::remove_file(&shot);
    let o = headless(&["--window-size=1280,2400", &format!("--screenshot={}", shot.display())]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let png = std::fs::read(&shot).unwrap();
    assert!(
        png.starts_with(b"\x89PNG") && png.len() > 10_000,
        "a screenshot of the page"
    );
}
