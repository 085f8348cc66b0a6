//! Integration tests: the real binary on real inputs. One test binary, a
//! module per concern; inputs that need OS state are built at test time.

mod baseline;
mod containers;
mod contract;
mod custom;
mod evaluation;
mod exit_codes;
mod false_alarms;
mod ground_truth;
mod hostile;
mod html;
mod library;
mod masking;
mod misses;
mod output;
mod outputs;
mod people;
mod policy;
mod progress;
mod read_paths;
mod redact;
mod redact_containers;
mod residence;
mod shards;
mod spark;
mod stores;
mod util;
