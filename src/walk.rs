//! Walking the roots: `ignore`'s parallel walker with its filters off by
//! default (a breach dump is scanned whole: hidden files, `.gitignore`d
//! files, `.env`), and the triage of each entry into a file to scan or a
//! skip with a reason. FIFOs, sockets and devices are never opened.

use ignore::{overrides::OverrideBuilder, DirEntry, WalkBuilder, WalkParallel};
use std::io;
use std::os::unix::fs::FileTypeExt;
use std::path::{Path, PathBuf};

#[derive(Clone, Debug, Default)]
pub struct WalkOptions {
    pub roots: Vec<PathBuf>,
    pub threads: usize,
    pub follow: bool,
    pub respect_ignore: bool,
    /// ripgrep-style: `GLOB` includes, `!GLOB` excludes.
    pub globs: Vec<String>,
}

/// What the walker found at one place.
/// A root that cannot be scanned, or a walk that cannot be set up (a bad
/// glob): the message names the path or the glob.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WalkError(pub String);

impl std::fmt::Display for WalkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for WalkError {}

#[derive(Debug)]
pub enum Entry {
    File {
        path: PathBuf,
        size: u64,
    },
    /// `error`: a failure (permission, I/O) rather than a skip by design.
    Skip {
        path: String,
        reason: String,
        error: bool,
    },
    /// A directory or an entry the walk handles itself.
    Nothing,
}

/// Checks that a root exists and can be read; the scan cannot run otherwise.
pub fn check_root(root: &Path) -> Result<(), WalkError> {
    let why = |e: io::Error| WalkError(format!("{}: {e}", root.display()));
    let meta = std::fs::metadata(root).map_err(why)?;
    if meta.is_dir() {
        std::fs::read_dir(root).map_err(why)?;
    } else if meta.is_file() {
        std::fs::File::open(root).map_err(why)?;
    }
    Ok(())
}

/// Builds the parallel walker. Errors are bad globs (a command-line error).
pub fn build(opts: &WalkOptions) -> Result<WalkParallel, WalkError> {
    let mut roots = opts.roots.iter();
    let first = roots.next().ok_or_else(|| WalkError("no paths to scan".into()))?;
    let mut b = WalkBuilder::new(first);
    for r in roots {
        b.add(r);
    }
    let respect = opts.respect_ignore;
    b.hidden(respect)
        .ignore(respect)
        .git_ignore(respect)
        .git_global(respect)
        .git_exclude(respect)
        .parents(respect)
        .require_git(false)
        .follow_links(opts.follow)
        .threads(opts.threads);
    if !opts.globs.is_empty() {
        let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
        let mut ob = OverrideBuilder::new(cwd);
        for g in &opts.globs {
            ob.add(g).map_err(|e| WalkError(format!("invalid --glob '{g}': {e}")))?;
        }
        b.overrides(ob.build().map_err(|e| WalkError(format!("invalid --glob: {e}")))?);
    }
    Ok(b.build_parallel())
}

/// Sorts one walker result into a file to scan, a skip, or nothing.
pub fn classify(result: Result<DirEntry, ignore::Error>) -> Entry {
    let entry = match result {
        Ok(e) => e,
        Err(err) => {
            let (path, reason) = describe(&err);
            return Entry::Skip {
                path,
                reason,
                error: true,
            };
        }
    };
    let display = entry.path().to_string_lossy().into_owned();
    let Some(ft) = entry.file_type() else {
        return Entry::Nothing; // stdin
    };
    if ft.is_dir() {
        return Entry::Nothing;
    }
    if ft.is_symlink() {
        // Only reached without --follow (with it, the walker resolves links).
        return Entry::Skip {
            path: display,
            reason: "symbolic link, not followed (use --follow)".into(),
            error: false,
        };
    }
    let kind = if ft.is_fifo() {
        Some("FIFO (named pipe)")
    } else if ft.is_socket() {
        Some("socket")
    } else if ft.is_block_device() {
        Some("block device")
    } else if ft.is_char_device() {
        Some("character device")
    } else {
        None
    };
    if let Some(kind) = kind {
        return Entry::Skip {
            path: display,
            reason: format!("{kind}; never opened"),
            error: false,
        };
    }
    match entry.metadata() {
        Ok(m) => Entry::File {
            path: entry.into_path(),
            size: m.len(),
        },
        Err(err) => {
            let (_, reason) = describe(&err);
            Entry::Skip {
                path: display,
                reason,
                error: true,
            }
        }
    }
}

/// A walker error as (path, reason).
fn describe(err: &ignore::Error) -> (String, String) {
    match err {
        ignore::Error::WithPath { path, err } => (path.to_string_lossy().into_owned(), describe(err).1),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => describe(err),
        ignore::Error::Loop { child, ancestor } => (
            child.to_string_lossy().into_owned(),
            format!("symbolic link loop (points back to {})", ancestor.display()),
        ),
        ignore::Error::Io(e) => (String::new(), io_reason(e)),
        ignore::Error::Partial(errs) => errs.first().map(describe).unwrap_or_default(),
        other => (String::new(), other.to_string()),
    }
}

/// A short, stable reason for an I/O error.
pub fn io_reason(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        io::ErrorKind::NotFound => "not found (vanished during the scan, or a broken symbolic link)".into(),
        _ => e.to_string(),
    }
}
