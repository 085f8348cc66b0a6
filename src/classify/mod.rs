//! Classification of structured files: field-name hints, value shapes, hit
//! attribution and per-field verdicts. Fed by `parse` (where fields are) and
//! `detect` (what values are); produces field rows, record combinations and
//! activity for the report.

pub mod attribute;
pub mod fields;
pub mod hints;
pub mod names;
pub mod places;
pub mod profile;
pub mod shape;

pub use attribute::Attributor;
pub use fields::Outcome;
pub use hints::Hints;
