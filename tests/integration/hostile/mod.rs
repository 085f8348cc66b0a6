//! Broken and hostile inputs (`shared/spec/hostile-inputs.md`): each ends in
//! a scanned file or a `skipped` entry with a reason, never a hang or a
//! panic, and the other files' findings stay intact. One module per concern;
//! every row of the spec has a named test:
//!
//! | spec row | test |
//! |---|---|
//! | file truncated or grown during the scan | `changes::a_file_truncated_mid_scan_is_survived_and_reported`, `changes::a_file_growing_during_the_scan_is_reported` |
//! | NUL bytes / binary blobs | `content::nul_bytes_mark_binary_and_text_runs_are_scanned` |
//! | invalid UTF-8 in content or name | `content::invalid_utf8_in_content_and_name` |
//! | UTF-16 LE/BE with a BOM | `content::utf16_with_a_bom_reads_like_utf8` |
//! | one multi-gigabyte line | `memory::a_multi_gigabyte_single_line_under_a_memory_limit`, `content::one_fifty_megabyte_line_without_newline`, `read_paths::*` |
//! | empty file | `content::empty_file_is_scanned_and_counted` |
//! | symlink loop, dangling link | `fs::symlink_loop_and_dangling_link` |
//! | unreadable file or directory | `fs::unreadable_file_and_directory_are_skipped` |
//! | unreadable or missing root | `exit_codes::two_for_a_missing_root_a_bad_flag_or_a_bad_category`, `fs::an_unreadable_root_exits_2` |
//! | FIFO, socket, device | `fs::fifo_is_never_opened`, `fs::sockets_and_devices_are_never_opened` |
//! | the report file inside the tree | `fs::the_report_file_itself_is_not_scanned` |
//! | hidden and gitignored files | `fs::hidden_and_gitignored_files_are_scanned_by_default` |
//! | compressed bomb | `containers::a_bomb_fits_in_a_hard_memory_limit`, `containers::a_bomb_stops_at_the_expanded_limit_and_keeps_what_it_read` |
//! | truncated or corrupt gzip / zip, CRC error | `containers::broken_containers_are_listed_with_reasons_and_readable_parts_kept` |
//! | member paths with `../` or absolute | `containers::member_paths_are_only_labels` |
//! | CSV ragged rows, unclosed quote, 10 MB field | `content::ragged_csv_unclosed_quotes_and_huge_fields` |
//! | deeply nested or truncated JSON | `content::truncated_and_deeply_nested_json_keep_partial_fields_with_a_warning` |
//! | a user pattern too large or invalid | `exit_codes::two_for_an_invalid_user_pattern_naming_file_and_detector`, `exit_codes::two_for_a_user_pattern_too_large` |
//! | terminal escapes in values or names | `process::terminal_escapes_in_names_and_values_are_escaped_in_human_output` |
//! | stdout closed early | `process::closed_stdout_exits_quietly` |
//! | Ctrl-C mid-scan | `process::ctrl_c_exits_130_without_a_report` |
//! | `--output` on a full or read-only disk | `process::output_on_a_full_disk_exits_2_and_leaves_nothing`, `process::output_into_a_missing_directory_exits_2_and_writes_nothing`, `process::output_into_a_read_only_directory_exits_2` |

mod changes;
mod content;
mod fs;
mod memory;
mod process;

pub use crate::util::*;
pub use std::ffi::CString;
pub use std::io::Read;
pub use std::os::unix::ffi::OsStrExt;
pub use std::path::Path;
pub use std::process::{Command, Stdio};

/// A tree with one known-good file beside whatever the test adds.
pub fn tree() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("good.csv"),
        "email\nana.lopez@gmail.com\nbob.smith@proton.me\n",
    )
    .unwrap();
    dir
}

pub fn good_intact(report: &serde_json::Value) {
    assert_eq!(
        file_counts(report, "good.csv").unwrap()["email"],
        2,
        "the good file's findings are intact"
    );
}

pub fn scan(dir: &Path, extra: &[&str]) -> serde_json::Value {
    let mut a = extra.to_vec();
    let p = dir.to_str().unwrap();
    a.push(p);
    json(&a)
}

/// A large tree for tests that need a scan to take a while.
pub fn slow_tree() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read(fixtures().join("tickets.txt")).unwrap();
    let mut big = Vec::with_capacity(130 << 20);
    while big.len() < (128 << 20) {
        big.extend_from_slice(&text);
    }
    std::fs::write(dir.path().join("big.txt"), &big).unwrap();
    dir
}

/// The warning reported for the file whose path ends with `suffix`.
pub fn warning(report: &serde_json::Value, suffix: &str) -> Option<String> {
    report["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|w| w["path"].as_str().unwrap().ends_with(suffix))
        .map(|w| w["reason"].as_str().unwrap().to_string())
}

/// A slow tree with the known-good file, scanned by a child on one thread
/// (`extra` arguments first): the caller changes a file while it runs.
pub fn spawn_slow_scan(extra: &[&str]) -> (tempfile::TempDir, std::process::Child) {
    let dir = slow_tree();
    std::fs::write(
        dir.path().join("good.csv"),
        "email\nana.lopez@gmail.com\nbob.smith@proton.me\n",
    )
    .unwrap();
    let mut args = vec!["--format", "json", "-j", "1"];
    args.extend_from_slice(extra);
    args.push(dir.path().to_str().unwrap());
    let child = Command::new(bin())
        .args(&args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    (dir, child)
}
