//! Redaction in memory, for what cannot be streamed: a compressed stream
//! (redacted inside, written back with its codec), an archive, a workbook
//! or an SQLite database (members and cells rewritten: `archive`,
//! `table`), a photo (its metadata dropped: `photo`), text in another
//! encoding, and binary files (copied as they are when a scan finds nothing
//! in them, else left out). Nested containers recurse. What a container's
//! rewrite leaves out is listed as `container!member` with the reason.

use super::{codec, Job};
use crate::container::{Kind, HEAD};
use crate::read::decode::{self, Encoding};
use crate::scan::{Origin, Scanner, Source};
use std::borrow::Cow;
use std::path::Path;

/// How deep containers nest before a member is left out.
const MAX_DEPTH: u32 = 8;

/// A redacted copy held in memory.
pub(super) struct Held<'a> {
    pub bytes: Cow<'a, [u8]>,
    pub replaced: u64,
}

/// Members left out of a container's copy: (`label!member`, reason).
pub(super) type Gaps = Vec<(String, String)>;

impl Job<'_> {
    /// The redacted copy of `raw`, named `name` (its extension picks the
    /// format) and shown as `label`; or why it cannot be made.
    pub(super) fn held<'a>(
        &self,
        scanner: &mut Scanner,
        name: &Path,
        label: &str,
        raw: &'a [u8],
        depth: u32,
        gaps: &mut Gaps,
    ) -> Result<Held<'a>, String> {
        if depth > MAX_DEPTH {
            return Err(format!("containers nested deeper than {MAX_DEPTH}: not rewritten"));
        }
        let owned = |bytes: Vec<u8>, replaced| Held {
            bytes: Cow::Owned(bytes),
            replaced,
        };
        match crate::container::sniff(&raw[..raw.len().min(HEAD)]) {
            Some(kind @ (Kind::Gzip | Kind::Zstd | Kind::Bzip2 | Kind::Xz)) => {
                let limit = self.ctx.opts.limits.max_expanded.min(codec::MAX_EXPANDED);
                let inner = codec::decode(kind, raw, limit)?;
                // Named by what is inside: `users.csv.gz` holds a CSV.
                let h = self.held(scanner, &name.with_extension(""), label, &inner, depth + 1, gaps)?;
                let (_, bytes) = codec::encode(kind, Vec::new(), |w| w.write_all(&h.bytes).map(|()| 0))
                    .map_err(|e| format!("cannot compress the copy: {e}"))?;
                Ok(owned(bytes, h.replaced))
            }
            Some(Kind::Tar) => super::archive::tar(self, scanner, label, raw, depth, gaps).map(|(b, n)| owned(b, n)),
            Some(Kind::Zip) => super::archive::zip(self, scanner, label, raw, depth, gaps).map(|(b, n)| owned(b, n)),
            Some(Kind::Sqlite) => super::table::sqlite(self, scanner, name, raw).map(|(b, n)| owned(b, n)),
            Some(Kind::Parquet) => Err("a Parquet file: pii-scan has no Parquet writer to rewrite it".into()),
            Some(Kind::Image(format)) => match super::photo::without_metadata(format, raw) {
                Some(bytes) => self.verbatim(scanner, name, Cow::Owned(bytes), "a photo"),
                None => self.verbatim(scanner, name, Cow::Borrowed(raw), "a photo"),
            },
            None => match decode::detect(raw) {
                Encoding::Utf8 if crate::sniff::is_binary(raw) => {
                    self.verbatim(scanner, name, Cow::Borrowed(raw), "a binary file")
                }
                Encoding::Utf8 => {
                    let (bytes, n) = self.text(scanner, name, raw);
                    Ok(owned(bytes, n))
                }
                enc => {
                    let (bytes, n) = self.recoded(scanner, name, raw, enc).map_err(String::from)?;
                    Ok(owned(bytes, n))
                }
            },
        }
    }

    /// `bytes` as they are, when a scan of them finds nothing (nothing in
    /// them that the scan can see, and nothing it could not read); else
    /// why they are left out.
    fn verbatim<'a>(&self, scanner: &mut Scanner, name: &Path, bytes: Cow<'a, [u8]>, what: &str) -> Result<Held<'a>, String> {
        scanner.scan(&Origin::file(name, bytes.len() as u64), Source::Bytes(&bytes));
        let (totals, _) = scanner.take();
        let found: Vec<&str> = crate::category::Category::ALL
            .iter()
            .filter(|c| totals.cats[c.index()].matches > 0)
            .map(|c| c.id())
            .collect();
        if !found.is_empty() {
            return Err(format!(
                "{what} holding {}: its bytes cannot be redacted in place",
                found.join(", ")
            ));
        }
        if let Some(skip) = totals.skipped.first() {
            return Err(format!("{what} the scan could not read whole ({}): not copied", skip.reason));
        }
        Ok(Held { bytes, replaced: 0 })
    }
}
