//! Where a report goes (`-o`). A regular file (or a name not yet taken) is
//! written atomically: a temporary file beside it, renamed into place at the
//! end, so a report is whole or absent. Everything else is written into, as
//! a shell's `>` does: `-` is standard output; a character device, a FIFO or
//! a Unix socket is opened and written directly (never replaced); a symlink
//! is followed and its target written atomically. A directory or a block
//! device is refused.

use std::fmt;
use std::fs::File;
use std::io::{self, Write};
use std::os::unix::fs::FileTypeExt;
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};

/// Symlinks followed before giving up (Linux's own limit).
const MAX_LINKS: usize = 40;

/// Why a report destination cannot be used.
#[derive(Debug)]
pub struct OutputError {
    path: PathBuf,
    what: String,
    source: Option<io::Error>,
}

impl OutputError {
    fn new(path: &Path, what: impl Into<String>, source: Option<io::Error>) -> OutputError {
        OutputError {
            path: path.to_path_buf(),
            what: what.into(),
            source,
        }
    }
}

impl fmt::Display for OutputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "--output {}: {}", self.path.display(), self.what)?;
        if let Some(e) = &self.source {
            write!(f, ": {e}")?;
        }
        Ok(())
    }
}

/// The cause is part of the message (`Display`), so `source` is not set.
impl std::error::Error for OutputError {}

/// An open report destination.
pub struct Output {
    kind: Kind,
    /// The path as the user gave it, for messages.
    given: PathBuf,
}

enum Kind {
    Stdout,
    /// A character device or a FIFO, opened for writing.
    Direct(File),
    Socket(UnixStream),
    Atomic {
        file: tempfile::NamedTempFile,
        target: PathBuf,
    },
}

impl Output {
    /// Opens `path` as a report destination. A FIFO blocks here until a
    /// reader opens it, as it does for a shell.
    pub fn create(path: &Path) -> Result<Output, OutputError> {
        let kind = if path.as_os_str() == "-" {
            Kind::Stdout
        } else {
            open(path)?
        };
        Ok(Output {
            kind,
            given: path.to_path_buf(),
        })
    }

    /// The file the report will become, when it is a regular file: the scan
    /// must not read it (nor its temporary file).
    pub fn regular_target(&self) -> Option<&Path> {
        match &self.kind {
            Kind::Atomic { target, .. } => Some(target),
            _ => None,
        }
    }

    /// The path as given on the command line.
    pub fn path(&self) -> &Path {
        &self.given
    }

    /// A writer on the destination, unbuffered; each call gives a new
    /// handle on the same destination.
    pub fn writer(&self) -> io::Result<Box<dyn Write + Send>> {
        Ok(match &self.kind {
            Kind::Stdout => Box::new(io::stdout()),
            Kind::Direct(f) => Box::new(f.try_clone()?),
            Kind::Socket(s) => Box::new(s.try_clone()?),
            Kind::Atomic { file, .. } => Box::new(file.reopen()?),
        })
    }

    /// Ends the report: flushes what was written and, for a regular file,
    /// renames it into place with the mode any new file gets (0666 less the
    /// umask, as `> report.json` gives).
    pub fn commit(self) -> Result<(), OutputError> {
        let given = self.given;
        let fail = |e: io::Error| OutputError::new(&given, "cannot write the report", Some(e));
        match self.kind {
            Kind::Stdout => io::stdout().flush().map_err(fail),
            Kind::Direct(_) | Kind::Socket(_) => Ok(()),
            Kind::Atomic { file, target } => {
                use std::os::unix::fs::PermissionsExt;
                let mode = 0o666 & !umask();
                file.as_file()
                    .set_permissions(std::fs::Permissions::from_mode(mode))
                    .map_err(fail)?;
                file.as_file().sync_all().map_err(fail)?;
                file.persist(&target).map_err(|e| {
                    OutputError::new(
                        &given,
                        format!("cannot rename the report into {}", target.display()),
                        Some(e.error),
                    )
                })?;
                Ok(())
            }
        }
    }
}

/// Resolves `path` (following symlinks) and opens what it names.
fn open(path: &Path) -> Result<Kind, OutputError> {
    let given = path;
    let mut path = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        let meta = match std::fs::symlink_metadata(&path) {
            Ok(m) => m,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return atomic(given, &path),
            Err(e) => return Err(OutputError::new(given, "cannot use it", Some(e))),
        };
        let t = meta.file_type();
        if t.is_symlink() {
            let link =
                std::fs::read_link(&path).map_err(|e| OutputError::new(given, "cannot read the link", Some(e)))?;
            path = match path.parent() {
                Some(dir) if link.is_relative() => dir.join(link),
                _ => link,
            };
            continue;
        }
        if t.is_dir() {
            return Err(OutputError::new(given, "is a directory; give a file name", None));
        }
        if t.is_block_device() {
            return Err(OutputError::new(
                given,
                "is a block device; refusing to write a report over it",
                None,
            ));
        }
        if t.is_char_device() || t.is_fifo() {
            let f = std::fs::OpenOptions::new()
                .write(true)
                .open(&path)
                .map_err(|e| OutputError::new(given, "cannot open it for writing", Some(e)))?;
            return Ok(Kind::Direct(f));
        }
        if t.is_socket() {
            let s = UnixStream::connect(&path)
                .map_err(|e| OutputError::new(given, "cannot connect to the socket", Some(e)))?;
            return Ok(Kind::Socket(s));
        }
        return atomic(given, &path);
    }
    Err(OutputError::new(
        given,
        format!("more than {MAX_LINKS} symbolic links"),
        None,
    ))
}

/// A temporary file beside `target`, renamed over it by `commit`.
fn atomic(given: &Path, target: &Path) -> Result<Kind, OutputError> {
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = target
        .file_name()
        .ok_or_else(|| OutputError::new(given, "not a file name", None))?;
    let dir = dir
        .canonicalize()
        .map_err(|e| OutputError::new(given, format!("cannot use its directory {}", dir.display()), Some(e)))?;
    let file = tempfile::Builder::new()
        .prefix(".pii-scan-report-")
        .tempfile_in(&dir)
        .map_err(|e| OutputError::new(given, format!("cannot create a file in {}", dir.display()), Some(e)))?;
    Ok(Kind::Atomic {
        file,
        target: dir.join(name),
    })
}

/// The process's file-creation mask.
fn umask() -> u32 {
    // SAFETY: umask only swaps the process's file-creation mask; it is set
    // back at once, before any other file is created by this thread.
    unsafe {
        let m = libc::umask(0o022);
        libc::umask(m);
        m
    }
}
