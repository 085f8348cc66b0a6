//! The `pii-scan` binary: the command line lives in the library
//! (`pii_scan::main`), beside the scan it drives.

fn main() {
    pii_scan::main()
}
