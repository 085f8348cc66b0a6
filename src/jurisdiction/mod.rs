//! Who must be told: where the affected people live ([`residence`]), and
//! the breach-notification laws of those places ([`rules`]), as data.
//! A triage aid, not legal advice.

// Until people carry a residence (issue 33, in progress), the tables are
// reached by their tests only.
#![allow(dead_code)]

pub mod residence;
pub mod rules;
