//! Compressed streams (gzip, zstd, bzip2, xz), tar and zip: decoded in
//! memory, member by member, each behind a [`Budget`]. A compressed stream
//! holding a tar is read as the tar's members (`logs.tar.gz!app.log`); any
//! other content is the one member `""` (`app.log.gz!`).

use super::budget::{Budget, Catch, Counted, Input};
use super::{read_head, Kind, Limits, Visitor, HEAD};
use crate::sniff::Format;
use std::io::{self, Cursor, Read, Seek};

/// Decodes a compressed stream (or reads a plain tar) from `src`.
pub fn stream(kind: Kind, src: &mut dyn Read, limits: Limits, v: &mut dyn Visitor) {
    if kind == Kind::Tar {
        // A plain tar: nothing expands, only the members' reads can fail.
        return tar(src, v);
    }
    let (counted, count) = Counted::new(src);
    // Counted from before the decoder starts: it reads ahead on creation.
    let input = Input::from_now(&count);
    let decoder: Box<dyn Read + '_> = match kind {
        Kind::Gzip => Box::new(flate2::read::MultiGzDecoder::new(counted)),
        Kind::Zstd => match zstd::stream::read::Decoder::new(counted) {
            Ok(d) => Box::new(d),
            Err(e) => return v.skip("", format!("cannot start the zstd decoder: {e}")),
        },
        Kind::Bzip2 => Box::new(bzip2::read::MultiBzDecoder::new(counted)),
        Kind::Xz => Box::new(lzma_rust2::XzReader::new(counted, true)),
        _ => unreachable!("not a compressed stream: {kind:?}"),
    };
    let what = match kind {
        Kind::Gzip => "gzip stream",
        Kind::Zstd => "zstd stream",
        Kind::Bzip2 => "bzip2 stream",
        _ => "xz stream",
    };
    let mut budget = Budget::new(decoder, input, limits, what);
    let head = read_head(&mut budget, HEAD);
    let mut content = Cursor::new(&head[..]).chain(&mut budget);
    if super::sniff(&head) == Some(Kind::Tar) {
        tar(&mut content, v);
    } else {
        v.member("", &mut content);
        // Whatever the member's reader left unread still counts (and may
        // hold the corruption): drain it so the end is checked.
        let _ = io::copy(&mut content, &mut io::sink());
    }
    if let Some(reason) = budget.stopped.take() {
        v.skip("", reason);
    }
}

/// A tar's members, in order. Only regular files are members.
fn tar(src: &mut dyn Read, v: &mut dyn Visitor) {
    let mut archive = tar::Archive::new(src);
    let entries = match archive.entries() {
        Ok(e) => e,
        Err(e) => return v.skip("", format!("corrupt tar: {e}")),
    };
    for entry in entries {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => return v.skip("", format!("corrupt tar: {e}; later members not scanned")),
        };
        if !entry.header().entry_type().is_file() {
            continue;
        }
        let name = String::from_utf8_lossy(&entry.path_bytes()).into_owned();
        let size = entry.size();
        let mut member = Catch::new(entry);
        v.member(&name, &mut member);
        let _ = io::copy(&mut member, &mut io::sink());
        if let Some(e) = member.error {
            v.skip(&name, format!("tar member unreadable: {e} (declared {size} bytes)"));
        }
    }
}

/// An opened zip: its directory read, members readable by index.
pub type Zip<R> = zip::ZipArchive<Counted<R>>;

/// What a zip turned out to be once its directory was read.
pub enum Opened<R> {
    Members(Box<Zip<R>>, std::rc::Rc<std::cell::Cell<u64>>),
    /// An XLSX or ODS workbook (which one, told by its content): read it as
    /// a spreadsheet.
    Spreadsheet(Format),
    /// Unreadable: the reason has been reported to the visitor.
    Corrupt,
}

/// Opens a zip's directory. Counting what the archive reads gives each
/// member's compressed bytes consumed so far (a bomb's ratio shows long
/// before its end).
pub fn open_zip<R: Read + Seek>(src: R, v: &mut dyn Visitor) -> Opened<R> {
    let (src, count) = Counted::new(src);
    match zip::ZipArchive::new(src) {
        Ok(mut a) => {
            if let Some(format) = spreadsheet(&mut a) {
                Opened::Spreadsheet(format)
            } else {
                Opened::Members(Box::new(a), count)
            }
        }
        Err(e) => {
            v.skip("", format!("corrupt zip: {e}"));
            Opened::Corrupt
        }
    }
}

/// Member `i` of a zip (directories skipped, encrypted members reported).
/// `count` counts the archive's reads.
pub fn zip_member<R: Read + Seek>(
    archive: &mut Zip<R>,
    count: &std::rc::Rc<std::cell::Cell<u64>>,
    i: usize,
    limits: Limits,
    v: &mut dyn Visitor,
) {
    let (name, encrypted, dir) = match archive.by_index_raw(i) {
        Ok(f) => (
            f.name().map(|n| n.into_owned()).unwrap_or_else(|_| format!("#{i}")),
            f.encrypted(),
            f.is_dir(),
        ),
        Err(e) => return v.skip(&format!("#{i}"), format!("corrupt zip entry: {e}")),
    };
    if dir {
        return;
    }
    if encrypted {
        return v.skip(&name, "encrypted zip member; not scanned (no password)".into());
    }
    let consumed = Input::from_now(count);
    let file = match archive.by_index(i) {
        Ok(f) => f,
        Err(e) => return v.skip(&name, format!("zip member unreadable: {e}")),
    };
    let mut budget = Budget::new(file, consumed, limits, "zip member");
    v.member(&name, &mut budget);
    // Reading to the end is what checks the member's CRC.
    let _ = io::copy(&mut budget, &mut io::sink());
    if let Some(reason) = budget.stopped.take() {
        v.skip(&name, reason);
    }
}

/// `Xlsx` (an `xl/workbook.xml` part) or `Ods` (an OpenDocument spreadsheet
/// `mimetype`), whatever the file is called.
pub fn spreadsheet<R: Read + Seek>(archive: &mut zip::ZipArchive<R>) -> Option<Format> {
    if archive.index_for_name("xl/workbook.xml").is_some() {
        return Some(Format::Xlsx);
    }
    let i = archive.index_for_name("mimetype")?;
    let mut mime = Vec::new();
    if let Ok(f) = archive.by_index(i) {
        let _ = f.take(100).read_to_end(&mut mime);
    }
    mime.starts_with(b"application/vnd.oasis.opendocument.spreadsheet")
        .then_some(Format::Ods)
}
