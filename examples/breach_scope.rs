//! A breach-scope check written against the public library API only
//! (`pii_scan::Scanner` and the typed report): scans the paths given,
//! prints which categories were exposed (with where) and which sensitive
//! ones were not, and exits 1 when a password or card number is present.
//!
//!     cargo run --release --example breach_scope -- fixtures/sample

use pii_scan::{Category, Scanner};
use std::process::ExitCode;

fn main() -> ExitCode {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() {
        eprintln!("usage: breach_scope PATH...");
        return ExitCode::from(2);
    }
    let scanner = match Scanner::builder()
        .fail_on([Category::Password, Category::PaymentCard])
        .build()
    {
        Ok(s) => s,
        Err(e) => {
            eprintln!("breach_scope: {e}");
            return ExitCode::from(2);
        }
    };
    let report = match scanner.scan_paths(&paths) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("breach_scope: {e}");
            return ExitCode::from(2);
        }
    };
    println!(
        "{} files, {} bytes scanned",
        report.summary.files_scanned, report.summary.bytes_scanned
    );
    for c in &report.categories {
        let fields: Vec<String> = report
            .fields
            .iter()
            .filter(|f| f.category == c.category)
            .map(|f| match &f.field {
                Some(field) => format!("{}:{field}", f.path),
                None => f.path.clone(),
            })
            .collect();
        println!(
            "exposed  {:<14} {:>8} values ({} distinct) in {}",
            c.category.id(),
            c.matches,
            c.distinct,
            fields.join(", ")
        );
    }
    for c in &report.not_found {
        println!("absent   {}", c.id());
    }
    for s in &report.skipped {
        println!("unread   {}: {}", s.path, s.reason);
    }
    if report.policy.violated() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
