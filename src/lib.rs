//! pii-scan: which personal data does a pile of files expose?
//!
//! The pipeline flows one way:
//! walk → read → detect → aggregate → report.

pub mod category;
pub mod detect;
pub mod patterns;
