//! pii-scan: which personal data does a pile of files expose?
//!
//! The pipeline flows one way:
//! walk → read → detect → aggregate → report.

pub mod aggregate;
pub mod category;
pub mod chunk;
pub mod detect;
pub mod mask;
pub mod patterns;
