//! Archives copied redacted: a tar's and a zip's members each redacted as
//! a file would be (nested containers too), written back under the same
//! name, mode and time; a zip member the redaction leaves unchanged is
//! copied compressed as it was, byte for byte. A member that cannot be
//! redacted is left out of the copy and listed (`export.zip!photo.heic`).
//! A workbook (XLSX) goes to `table`; an ODS is refused, as nothing here
//! can write one.

use super::held::Gaps;
use super::Job;
use crate::scan::Scanner;
use crate::sniff::Format;
use std::io::{self, Cursor, Read, Write};
use std::path::Path;

/// The redacted copy of the tar `raw`, and the values replaced.
pub(super) fn tar(
    job: &Job,
    scanner: &mut Scanner,
    label: &str,
    raw: &[u8],
    depth: u32,
    gaps: &mut Gaps,
) -> Result<(Vec<u8>, u64), String> {
    let mut archive = tar::Archive::new(raw);
    let mut out = tar::Builder::new(Vec::new());
    out.mode(tar::HeaderMode::Complete);
    let mut replaced = 0;
    let limit = job.ctx.opts.limits.max_expanded;
    for entry in archive.entries().map_err(|e| format!("corrupt tar: {e}"))? {
        let mut entry = entry.map_err(|e| format!("corrupt tar: {e}: not rewritten"))?;
        let mut header = entry.header().clone();
        let path = entry.path().map_err(|e| format!("corrupt tar: {e}"))?.into_owned();
        let member = format!("{label}!{}", path.display());
        if !header.entry_type().is_file() {
            if header.entry_type().is_dir() || header.entry_type().is_symlink() {
                out.append_data(&mut header, &path, io::empty())
                    .map_err(|e| format!("cannot write the tar: {e}"))?;
            }
            continue;
        }
        if entry.size() > limit {
            gaps.push((member, format!("over {limit} bytes: too large to redact in memory")));
            continue;
        }
        let mut bytes = Vec::with_capacity(entry.size() as usize);
        if let Err(e) = entry.read_to_end(&mut bytes) {
            gaps.push((member, format!("tar member unreadable: {e}")));
            continue;
        }
        match job.held(scanner, &path, &member, &bytes, depth + 1, gaps) {
            Ok(h) => {
                replaced += h.replaced;
                header.set_size(h.bytes.len() as u64);
                out.append_data(&mut header, &path, &h.bytes[..])
                    .map_err(|e| format!("cannot write the tar: {e}"))?;
            }
            Err(why) => gaps.push((member, why)),
        }
    }
    let bytes = out.into_inner().map_err(|e| format!("cannot write the tar: {e}"))?;
    Ok((bytes, replaced))
}

/// The redacted copy of the zip `raw` (or of an XLSX workbook), and the
/// values replaced.
pub(super) fn zip(
    job: &Job,
    scanner: &mut Scanner,
    label: &str,
    raw: &[u8],
    depth: u32,
    gaps: &mut Gaps,
) -> Result<(Vec<u8>, u64), String> {
    let mut archive = zip::ZipArchive::new(Cursor::new(raw)).map_err(|e| format!("corrupt zip: {e}"))?;
    match crate::container::archive::spreadsheet(&mut archive) {
        Some(Format::Xlsx) => return super::table::xlsx(job, scanner, Path::new(label), raw),
        Some(_) => {
            return Err(
                "an ODS spreadsheet: pii-scan has no ODS writer (save it as XLSX or CSV and redact that)".into(),
            )
        }
        None => {}
    }
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let mut replaced = 0;
    let limit = job.ctx.opts.limits.max_expanded;
    let failed = |e: zip::result::ZipError| format!("cannot write the zip: {e}");
    for i in 0..archive.len() {
        let (name, options, dir, encrypted, size) = {
            let f = archive.by_index_raw(i).map_err(|e| format!("corrupt zip: {e}"))?;
            let name = f.name().map_err(|e| format!("corrupt zip: {e}"))?.into_owned();
            let method = match f.compression() {
                zip::CompressionMethod::Stored => zip::CompressionMethod::Stored,
                _ => zip::CompressionMethod::Deflated,
            };
            let mut options = zip::write::SimpleFileOptions::default()
                .compression_method(method)
                .large_file(f.size() >= u32::MAX as u64);
            if let Some(t) = f.last_modified() {
                options = options.last_modified_time(t);
            }
            if let Some(mode) = f.unix_mode() {
                options = options.unix_permissions(mode);
            }
            (name, options, f.is_dir(), f.encrypted(), f.size())
        };
        let member = format!("{label}!{name}");
        if dir {
            out.add_directory(name, options).map_err(failed)?;
            continue;
        }
        if encrypted {
            gaps.push((member, "encrypted: cannot be read, so cannot be redacted".into()));
            continue;
        }
        if size > limit {
            gaps.push((member, format!("over {limit} bytes: too large to redact in memory")));
            continue;
        }
        let mut bytes = Vec::with_capacity(size as usize);
        let read = archive
            .by_index(i)
            .map_err(io::Error::other)
            .and_then(|f| f.take(limit + 1).read_to_end(&mut bytes));
        if let Err(e) = read {
            gaps.push((member, format!("zip member unreadable: {e}")));
            continue;
        }
        match job.held(scanner, Path::new(&name), &member, &bytes, depth + 1, gaps) {
            Ok(h) if h.bytes[..] == bytes[..] => {
                // Unchanged: its compressed bytes as they were.
                let f = archive.by_index_raw(i).map_err(|e| format!("corrupt zip: {e}"))?;
                out.raw_copy_file(f).map_err(failed)?;
            }
            Ok(h) => {
                replaced += h.replaced;
                out.start_file(name, options).map_err(failed)?;
                out.write_all(&h.bytes).map_err(|e| format!("cannot write the zip: {e}"))?;
            }
            Err(why) => gaps.push((member, why)),
        }
    }
    let bytes = out.finish().map_err(failed)?.into_inner();
    Ok((bytes, replaced))
}
