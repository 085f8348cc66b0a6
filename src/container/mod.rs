//! Containers: compressed streams, archives, SQLite databases, spreadsheets,
//! Parquet files and photos. This module owns recognising them by their magic
//! bytes, opening them read-only and in memory (nothing is ever extracted to
//! the file system: member names are only labels), and the bomb limits. Each
//! member is handed to a [`Visitor`] as a reader; what scanning a member
//! means is the visitor's business (`scan` does it with the same pipeline as
//! a file, recursing into nested containers).

pub mod archive;
pub mod budget;
pub mod photo;
pub mod table;

use crate::sniff::Format;
use std::io::Read;

/// Bytes a container sniff looks at (a tar header is 512 bytes).
pub const HEAD: usize = 512;

/// Members (and rendered tables) up to this size are held in memory and
/// scanned whole, with structure; larger ones are streamed as text windows.
pub const IN_MEMORY: usize = 64 << 20;

/// Why a container, or a part of it, could not be read: the reason as the
/// report's `skipped` entry words it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreadable(pub String);

impl std::fmt::Display for Unreadable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Unreadable {}

impl From<String> for Unreadable {
    fn from(reason: String) -> Self {
        Unreadable(reason)
    }
}

/// A panic caught in third-party decoding, with its message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Panicked(pub String);

impl std::fmt::Display for Panicked {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Panicked {}

/// What a file's first bytes say it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Gzip,
    Zstd,
    Bzip2,
    Xz,
    Tar,
    /// Zip, including XLSX and ODS (told apart once the directory is read).
    Zip,
    Sqlite,
    Parquet,
    /// A photo format whose EXIF block is read (`Jpeg`, `Png`, `Tiff`, `Heic`).
    Image(Format),
}

impl Kind {
    /// Decoded as a stream: no seeking, no whole copy in memory.
    pub fn streams(self) -> bool {
        matches!(self, Kind::Gzip | Kind::Zstd | Kind::Bzip2 | Kind::Xz | Kind::Tar)
    }

    /// The container's format in the report.
    pub fn format(self) -> Format {
        match self {
            Kind::Gzip => Format::Gzip,
            Kind::Zstd => Format::Zstd,
            Kind::Bzip2 => Format::Bzip2,
            Kind::Xz => Format::Xz,
            Kind::Tar => Format::Tar,
            Kind::Zip => Format::Zip,
            Kind::Sqlite => Format::Sqlite,
            Kind::Parquet => Format::Parquet,
            Kind::Image(f) => f,
        }
    }

    /// The extensions a compressed stream's name drops (`app.log.gz` holds
    /// `app.log`), used to guess the content's format from its name.
    fn extensions(self) -> &'static [&'static str] {
        match self {
            Kind::Gzip => &["gz", "gzip", "tgz"],
            Kind::Zstd => &["zst", "zstd", "tzst"],
            Kind::Bzip2 => &["bz2", "tbz2", "tbz"],
            Kind::Xz => &["xz", "txz"],
            _ => &[],
        }
    }

    /// `app.log.gz` → `app.log`: the name a compressed stream's content is
    /// sniffed by.
    pub fn inner_name(self, outer: &str) -> String {
        if let Some((stem, ext)) = outer.rsplit_once('.') {
            if self.extensions().iter().any(|e| ext.eq_ignore_ascii_case(e)) {
                return stem.to_string();
            }
        }
        outer.to_string()
    }
}

/// Recognises a container from a file's first bytes (up to [`HEAD`]).
pub fn sniff(head: &[u8]) -> Option<Kind> {
    const HEIF: [&[u8]; 7] = [b"heic", b"heix", b"mif1", b"msf1", b"heim", b"heis", b"avif"];
    let kind = match head {
        [0x1f, 0x8b, 8, ..] => Kind::Gzip,
        [0x28, 0xb5, 0x2f, 0xfd, ..] => Kind::Zstd,
        [b'B', b'Z', b'h', b'1'..=b'9', 0x31, 0x41, 0x59, 0x26, ..] => Kind::Bzip2,
        [b'B', b'Z', b'h', b'1'..=b'9', 0x17, 0x72, 0x45, 0x38, ..] => Kind::Bzip2,
        [0xfd, b'7', b'z', b'X', b'Z', 0, ..] => Kind::Xz,
        [b'P', b'K', 3, 4, ..] | [b'P', b'K', 5, 6, ..] => Kind::Zip,
        [0xff, 0xd8, 0xff, ..] => Kind::Image(Format::Jpeg),
        h if h.starts_with(b"SQLite format 3\0") => Kind::Sqlite,
        h if h.starts_with(b"PAR1") => Kind::Parquet,
        h if h.starts_with(b"\x89PNG\r\n\x1a\n") => Kind::Image(Format::Png),
        h if h.starts_with(b"II*\0") || h.starts_with(b"MM\0*") => Kind::Image(Format::Tiff),
        h if h.len() >= 12 && &h[4..8] == b"ftyp" && HEIF.contains(&&h[8..12]) => Kind::Image(Format::Heic),
        h if is_tar(h) => Kind::Tar,
        _ => return None,
    };
    Some(kind)
}

/// A POSIX (`ustar\0`) or GNU (`ustar  \0`) tar header.
fn is_tar(h: &[u8]) -> bool {
    h.len() >= 263 && &h[257..262] == b"ustar" && (h[262] == 0 || h[262] == b' ')
}

/// Limits against decompression bombs.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Expanded bytes per member (or compressed stream).
    pub max_expanded: u64,
    /// Expanded / compressed bytes, checked once [`RATIO_FLOOR`] bytes have
    /// been expanded (small members may compress as well as they like).
    pub max_ratio: u64,
    /// Containers inside containers (`a.tar.gz!b.zip!c.csv` is depth 2).
    pub max_depth: u32,
}

/// Expanded bytes below which the ratio limit does not apply.
pub const RATIO_FLOOR: u64 = 32 << 20;

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_expanded: 64 << 30,
            max_ratio: 250,
            max_depth: 5,
        }
    }
}

/// What a container hands its members to.
pub trait Visitor {
    /// One member: `name` is its label inside the container (`""` for the
    /// content of a compressed stream). Read errors never reach the visitor:
    /// the reader ends early and the container reports the reason.
    fn member(&mut self, name: &str, reader: &mut dyn Read);
    /// A member (or the container itself, `name == ""`) that could not be read
    /// whole, with the reason.
    fn skip(&mut self, name: &str, reason: String);
}

thread_local! {
    static GUARDED: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Runs third-party decoding (and the scanning of what it yields) so that a
/// panic in a decoder fed hostile bytes becomes an error message for the
/// report instead of the end of the scan.
pub fn guard<T>(f: impl FnOnce() -> T) -> Result<T, Panicked> {
    GUARDED.with(|g| g.set(g.get() + 1));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    GUARDED.with(|g| g.set(g.get() - 1));
    result.map_err(|p| {
        Panicked(
            p.downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| p.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".into()),
        )
    })
}

/// Installs a panic hook that stays quiet for panics [`guard`] catches (they
/// are reported in `skipped`); every other panic is printed as usual.
pub fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if GUARDED.with(|g| g.get()) == 0 {
            previous(info);
        }
    }));
}

/// Fills `buf` with up to `n` bytes from `r` (fewer only at the end).
pub fn read_head(r: &mut dyn Read, n: usize) -> Vec<u8> {
    let mut head = Vec::with_capacity(n);
    let _ = r.take(n as u64).read_to_end(&mut head);
    head
}

/// Reads up to `limit + 1` bytes of `r` into `buf` (so `buf.len() > limit`
/// says there was more), growing it by doubling but never past `limit + 1`:
/// `read_to_end` would double a 64 MiB buffer to 128 MiB for the last byte.
/// On an error `buf` holds what was read before it.
pub fn hold(r: &mut dyn Read, limit: usize, buf: &mut Vec<u8>) -> std::io::Result<()> {
    let cap = limit.saturating_add(1);
    // Room is zeroed once as it doubles, not once per read: a reader that
    // hands over a few bytes at a time (a database row) costs what it reads.
    let mut filled = buf.len();
    let result = loop {
        if filled >= cap {
            break Ok(());
        }
        if filled == buf.len() {
            let want = buf.len().saturating_mul(2).clamp(8192, cap);
            buf.reserve_exact(want - buf.len());
            buf.resize(want, 0);
        }
        match r.read(&mut buf[filled..]) {
            Ok(0) => break Ok(()),
            Ok(n) => filled += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => break Err(e),
        }
    };
    buf.truncate(filled);
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hold_stops_one_byte_past_the_limit_without_doubling_past_it() {
        let data = vec![7u8; 100_000];
        let mut buf = Vec::new();
        hold(&mut &data[..], 50_000, &mut buf).unwrap();
        assert_eq!(buf.len(), 50_001);
        assert!(buf.capacity() <= 50_001, "{}", buf.capacity());
        let mut buf = Vec::new();
        hold(&mut &data[..], 200_000, &mut buf).unwrap();
        assert_eq!(buf, data);
    }

    #[test]
    fn a_guarded_panic_becomes_an_error() {
        assert_eq!(guard(|| 7), Ok(7));
        let r: Result<(), Panicked> = guard(|| panic!("bad page {}", 3));
        assert_eq!(r, Err(Panicked("bad page 3".into())));
    }

    #[test]
    fn magic_bytes() {
        assert_eq!(sniff(&[0x1f, 0x8b, 8, 0]), Some(Kind::Gzip));
        assert_eq!(sniff(b"PK\x03\x04rest"), Some(Kind::Zip));
        assert_eq!(sniff(b"SQLite format 3\0..."), Some(Kind::Sqlite));
        assert_eq!(sniff(b"\xff\xd8\xff\xe1"), Some(Kind::Image(Format::Jpeg)));
        assert_eq!(sniff(b"BZh91AY&SY"), Some(Kind::Bzip2));
        assert_eq!(sniff(b"BZh9 is not bzip2"), None);
        assert_eq!(sniff(b"email,name\n"), None);
        let mut tar = vec![0u8; 512];
        tar[257..263].copy_from_slice(b"ustar\0");
        assert_eq!(sniff(&tar), Some(Kind::Tar));
        assert_eq!(Kind::Gzip.inner_name("logs/app.log.gz"), "logs/app.log");
        assert_eq!(Kind::Zstd.inner_name("events.ndjson.zst"), "events.ndjson");
        assert_eq!(Kind::Gzip.inner_name("blob"), "blob");
    }
}
