//! What the scanner is handed: an [`Origin`] (what a byte sequence is called
//! and where it sits) and a [`Source`] (how its bytes arrive). Every way in —
//! a file on disk, an archive member, a decompressed stream, text rendered
//! from a database or a photo — is one of these pairs.

use crate::read::Mapped;
use crate::sniff::Format;
use std::fs::File;
use std::io::Read;
use std::path::PathBuf;

/// A byte sequence's identity.
#[derive(Clone, Debug)]
pub struct Origin {
    /// The report's path: `dump/users.csv`, `dump/a.tar.gz!users.csv`.
    pub label: String,
    /// The name the content's format is guessed by (`app.log` for the
    /// content of `app.log.gz`).
    pub name: String,
    /// Its size when known before reading (files), `None` for members.
    pub size: Option<u64>,
    /// Containers it is nested in (0 for a file on disk).
    pub depth: u32,
    /// Set for text rendered from a container: read it as this format,
    /// report it under the container's.
    pub rendered: Option<Rendered>,
}

/// How rendered text is read and reported.
#[derive(Clone, Copy, Debug)]
pub struct Rendered {
    /// The structure its text is parsed with (`Sql`, `Ndjson`, `Json`).
    pub parse_as: Format,
    /// The container's own format (`Sqlite`, `Xlsx`, `Jpeg`).
    pub report_as: Format,
    /// The container's bytes (what the report counts as scanned); `None`:
    /// the rendered text's own length (a table streamed from a server).
    pub bytes: Option<u64>,
}

impl Origin {
    /// A file on disk of `size` bytes.
    pub fn file(path: &std::path::Path, size: u64) -> Origin {
        let label = path.to_string_lossy().into_owned();
        Origin {
            name: label.clone(),
            label,
            size: Some(size),
            depth: 0,
            rendered: None,
        }
    }

    /// A member `label` (sniffed by `name`) of a container nested `depth`
    /// levels deep.
    pub fn member(label: String, name: String, depth: u32) -> Origin {
        Origin {
            label,
            name,
            size: None,
            depth,
            rendered: None,
        }
    }

    /// Text rendered from the container at `self`.
    pub fn rendering(&self, r: Rendered) -> Origin {
        Origin {
            rendered: Some(r),
            ..self.clone()
        }
    }

    pub fn is_member(&self) -> bool {
        self.depth > 0
    }
}

/// How a byte sequence's bytes arrive.
pub enum Source<'s> {
    /// Held in memory: scanned whole.
    Bytes(&'s [u8]),
    /// A memory-mapped file: scanned in windows on every core.
    Mapped(&'s Mapped),
    /// A reader: held whole if it is small, else scanned in windows as it
    /// is read.
    Stream(&'s mut dyn Read),
    /// A file on disk, opened: the scanner chooses how to read it (read
    /// whole, mapped, streamed) from its size and `--mmap`.
    File(File, PathBuf),
}
