//! Compressed copies: a single compressed stream (`users.csv.gz`,
//! `.zst`, `.bz2`, `.xz`) is decoded in memory, its text redacted as a
//! file's would be, and written back compressed with the same codec, so
//! `users.csv.gz` comes out as a `users.csv.gz` a pipeline can read as
//! before; a tar inside is rewritten as any tar is (`archive`).

use crate::container::Kind;
use std::io::{self, Read, Write};

/// The largest expanded stream redacted (in memory); larger ones are listed.
pub const MAX_EXPANDED: u64 = 1 << 30;

/// The stream's content, or why it cannot be had.
pub fn decode(kind: Kind, bytes: &[u8], limit: u64) -> Result<Vec<u8>, String> {
    let mut decoder: Box<dyn Read + '_> = match kind {
        Kind::Gzip => Box::new(flate2::read::MultiGzDecoder::new(bytes)),
        Kind::Zstd => Box::new(
            zstd::stream::read::Decoder::new(bytes).map_err(|e| format!("cannot start the zstd decoder: {e}"))?,
        ),
        Kind::Bzip2 => Box::new(bzip2::read::MultiBzDecoder::new(bytes)),
        Kind::Xz => Box::new(lzma_rust2::XzReader::new(bytes, true)),
        _ => return Err(format!("{kind:?} is not a compressed stream")),
    };
    let mut out = Vec::new();
    (&mut decoder)
        .take(limit + 1)
        .read_to_end(&mut out)
        .map_err(|e| format!("corrupt compressed stream: {e}"))?;
    if out.len() as u64 > limit {
        return Err(format!("expands past {limit} bytes: too large to redact in memory"));
    }
    Ok(out)
}

/// Writes `write`'s output into `file` compressed as `kind`.
pub fn encode<W: Write>(
    kind: Kind,
    file: W,
    write: impl FnOnce(&mut dyn Write) -> io::Result<u64>,
) -> io::Result<(u64, W)> {
    match kind {
        Kind::Gzip => {
            let mut e = flate2::write::GzEncoder::new(file, flate2::Compression::default());
            let n = write(&mut e)?;
            Ok((n, e.finish()?))
        }
        Kind::Zstd => {
            let mut e = zstd::stream::write::Encoder::new(file, 0)?;
            let n = write(&mut e)?;
            Ok((n, e.finish()?))
        }
        Kind::Bzip2 => {
            let mut e = bzip2::write::BzEncoder::new(file, bzip2::Compression::default());
            let n = write(&mut e)?;
            Ok((n, e.finish()?))
        }
        Kind::Xz => {
            let mut e = lzma_rust2::XzWriter::new(file, lzma_rust2::XzOptions::with_preset(6))?;
            let n = write(&mut e)?;
            Ok((n, e.finish()?))
        }
        _ => Err(io::Error::other(format!("{kind:?} is not a compressed stream"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_codec_round_trips() {
        let text = b"id,email\n1,ana@mail.net\n".repeat(100);
        for kind in [Kind::Gzip, Kind::Zstd, Kind::Bzip2, Kind::Xz] {
            let (_, out) = encode(kind, Vec::new(), |w| w.write_all(&text).map(|()| 0)).unwrap();
            assert_eq!(crate::container::sniff(&out), Some(kind), "{kind:?}");
            assert_eq!(decode(kind, &out, 1 << 20).unwrap(), text, "{kind:?}");
            assert!(decode(kind, &out, 100).is_err(), "{kind:?}: the limit holds");
        }
    }
}
