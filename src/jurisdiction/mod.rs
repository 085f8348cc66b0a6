//! Who must be told: where the affected people live ([`residence`]), the
//! breach-notification laws of those places ([`rules`], as data), and the
//! report's section that puts them together ([`summary`]). A triage aid,
//! not legal advice.

pub mod residence;
pub mod rules;
pub mod summary;
