//! People: records become people, within a file and across files.
//!
//! The values of one record (a CSV row, a JSON object, an SQL tuple, a log
//! line) belong to one person, and records sharing a strong identifier
//! (email, phone, username, government id, card number, device id) are the
//! same person. Weak identifiers (names, cities, IP addresses) never link
//! on their own. The flow is one way:
//!
//! - [`identity`]: which categories identify, and the key each value links by;
//! - [`keys`]: key columns (`users.id`, `uploads.user_id`) and the entity each names;
//! - [`record`]: [`FilePeople`], the record being read, packed at its end ([`Ended`]);
//! - [`linker`]: [`Linker`], ended records joined within a file into a [`PeoplePart`];
//! - [`merge`]: [`People`], every file's part linked across files, then by the
//!   dump's own keys, and summarised ([`PeopleSummary`]).
//!
//! Only keyed fingerprints are kept, never values.

mod forest;
pub mod identity;
pub mod keys;
pub mod linker;
pub mod merge;
pub mod record;

pub use identity::is_strong;
pub use linker::{Linker, PeoplePart};
pub use merge::{Linked, People, PeopleSummary};
pub use record::{Ended, FilePeople, Signature};

/// Identifier keys held for exact linking: about 600 MiB at the bound.
pub const EXACT_KEYS: usize = 10_000_000;
