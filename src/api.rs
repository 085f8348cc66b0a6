//! The library's public face: [`Scanner`], built once with
//! [`Scanner::builder`], scans paths (files, directories, `postgres://`,
//! `mysql://` and `s3://` URLs), a byte buffer or a reader, and returns the
//! typed [`Report`](crate::Report): the same document `pii-scan --format json`
//! writes. Everything else in the crate is internal.

use crate::category::Category;
use crate::report::Report;
use crate::scan::{self, Outputs, ScanOptions};
use crate::session::{Session, SessionError};
use crate::settings::{PolicyRequest, Settings};
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Why a scanner could not be built, or a scan could not run at all.
///
/// A file that cannot be read is not an error: it is listed in the report's
/// [`skipped`](crate::Report::skipped) with its reason, and the scan goes on.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The policy file cannot be read or is invalid.
    Config(String),
    /// A detector definition cannot be read, parsed or compiled.
    Patterns(String),
    /// The scan could not run: every root is missing, a data store cannot
    /// be reached, the worker threads cannot start.
    Scan(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Config(m) | Error::Patterns(m) | Error::Scan(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for Error {}

/// Scans files, stores, buffers and readers for personal data.
///
/// Build one with [`Scanner::builder`] and reuse it: the detectors are
/// compiled and the worker threads started once.
///
/// ```
/// use pii_scan::{Category, Scanner};
///
/// let scanner = Scanner::builder().build()?;
/// let report = scanner.scan_bytes("users.csv", b"name,email\nAna Lima,ana.lima@posteo.de\n");
///
/// assert!(report.found(Category::Email));
/// let email = report.fields.iter().find(|f| f.category == Category::Email).unwrap();
/// assert_eq!(email.field.as_deref(), Some("email"));
/// // Values are masked unless the builder asked for raw ones.
/// assert!(!email.samples[0].contains("lima"));
/// # Ok::<(), pii_scan::Error>(())
/// ```
pub struct Scanner {
    session: Session,
}

/// Configures a [`Scanner`]; every setting has the command line's default.
///
/// ```
/// use pii_scan::{Category, Scanner};
///
/// let scanner = Scanner::builder()
///     .fail_on([Category::Password, Category::PaymentCard])
///     .min_confidence(0.7)
///     .threads(2)
///     .build()?;
/// let report = scanner.scan_bytes("app.log", b"login ok user=bo password=hunter2\n");
/// assert_eq!(report.policy.violations, [Category::Password]);
/// # Ok::<(), pii_scan::Error>(())
/// ```
#[derive(Debug)]
#[must_use]
pub struct ScannerBuilder {
    opts: ScanOptions,
    policy: PolicyRequest,
}

impl fmt::Debug for Scanner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let settings = &self.session.settings;
        f.debug_struct("Scanner")
            .field("detectors", &self.session.engine.detectors().len())
            .field("threads", &settings.scan.walk.threads)
            .field("min_confidence", &settings.scan.min_confidence)
            .field("fail_on", &settings.fail_on)
            .finish()
    }
}

impl Scanner {
    /// A builder with the defaults: the built-in detectors, no policy file,
    /// values masked, one thread per core.
    pub fn builder() -> ScannerBuilder {
        ScannerBuilder {
            opts: ScanOptions::default(),
            policy: PolicyRequest {
                no_config: true,
                ..PolicyRequest::default()
            },
        }
    }

    /// Scans every path: files and directories (walked in parallel,
    /// honouring the builder's globs), and data stores named by URL
    /// (`postgres://…`, `mysql://…`, `s3://bucket/prefix`).
    ///
    /// A missing root among others is listed in `skipped`; only when every
    /// root is missing, or a store cannot be reached, is it an error.
    ///
    /// ```
    /// use pii_scan::{Category, Scanner};
    ///
    /// let dir = tempfile::tempdir()?;
    /// std::fs::write(dir.path().join("access.log"), "81.2.69.160 - - [01/Dec/2026:10:00:00 +0000] \"GET / HTTP/1.1\" 200 5\n")?;
    /// let report = Scanner::builder().build()?.scan_paths([dir.path()])?;
    /// assert!(report.found(Category::IpAddress));
    /// assert_eq!(report.summary.files_scanned, 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// A store whose feature this build leaves out is refused, naming the
    /// feature (checked when built with `--no-default-features`):
    ///
    /// ```
    /// # #[cfg(not(feature = "postgres"))] {
    /// let scanner = pii_scan::Scanner::builder().build()?;
    /// let e = scanner.scan_paths(["postgres://db.internal/shop"]).unwrap_err();
    /// assert!(e.to_string().contains("without the `postgres` feature"), "{e}");
    /// # }
    /// # Ok::<(), pii_scan::Error>(())
    /// ```
    pub fn scan_paths<I, P>(&self, paths: I) -> Result<Report, Error>
    where
        I: IntoIterator<Item = P>,
        P: AsRef<Path>,
    {
        let started = Instant::now();
        let paths: Vec<PathBuf> = paths.into_iter().map(|p| p.as_ref().to_path_buf()).collect();
        let mut opts = self.session.settings.scan.clone();
        (opts.walk.roots, opts.stores) = crate::settings::split_roots(&paths).map_err(Error::Scan)?;
        let totals = self
            .session
            .scan(&opts, Outputs::default())
            .map_err(|e| Error::Scan(format!("cannot scan {e}")))?;
        Ok(self.session.report(totals, &opts.walk.roots, started))
    }

    /// Scans `bytes` as the content of a file called `name` (the name
    /// guides the format: `users.csv`, `dump.sql`, `export.json.gz`).
    /// Archives and compressed streams are opened as they are on disk.
    pub fn scan_bytes(&self, name: &str, bytes: &[u8]) -> Report {
        self.scan_input(name, scan::Input::Bytes(bytes))
    }

    /// Scans what `reader` yields as the content of a file called `name`,
    /// in bounded memory (large input is scanned in windows as it is read).
    /// A read error ends the input; it is listed in `skipped` with what was
    /// read before it counted.
    ///
    /// ```
    /// use pii_scan::{Category, Scanner};
    ///
    /// let csv = "id,email,card\n1,bo.berg@gmx.net,4556 7375 8689 9855\n";
    /// let report = Scanner::builder().build()?.scan_reader("orders.csv", csv.as_bytes());
    /// assert!(report.found(Category::PaymentCard));
    /// assert!(report.not_found.contains(&Category::Password));
    /// # Ok::<(), pii_scan::Error>(())
    /// ```
    pub fn scan_reader<R: Read>(&self, name: &str, mut reader: R) -> Report {
        self.scan_input(name, scan::Input::Stream(&mut reader))
    }

    /// The detectors this scanner runs, as `(id, category)`.
    pub fn detectors(&self) -> impl Iterator<Item = (&str, Category)> + '_ {
        self.session
            .engine
            .detectors()
            .iter()
            .map(|d| (d.id.as_str(), d.category))
    }

    fn scan_input(&self, name: &str, input: scan::Input) -> Report {
        let started = Instant::now();
        // The runtime was started when the scanner was built.
        let totals = self
            .session
            .scan_input(name, input)
            .unwrap_or_else(|_| crate::aggregate::Totals::new());
        self.session
            .report(totals, &self.session.settings.scan.walk.roots, started)
    }
}

impl ScannerBuilder {
    /// Reads this policy file (`pii-scan.toml`: `fail_on`, `min_confidence`,
    /// `disable`, `patterns`, `allow`). Without one, no policy file applies:
    /// a library does not go looking for one.
    pub fn config(mut self, path: impl Into<PathBuf>) -> Self {
        self.policy.config = Some(path.into());
        self.policy.no_config = false;
        self
    }

    /// Adds the detectors of every `*.toml` file in `dir` (the format of
    /// `patterns/detectors.toml`). May be called more than once.
    pub fn patterns(mut self, dir: impl Into<PathBuf>) -> Self {
        self.policy.patterns.push(dir.into());
        self
    }

    /// The categories whose presence violates the policy (over the policy
    /// file's `fail_on`); see [`Report::policy`](crate::Report::policy).
    pub fn fail_on(mut self, categories: impl IntoIterator<Item = Category>) -> Self {
        self.policy.fail_on = Some(categories.into_iter().collect());
        self
    }

    /// Only values at or above this confidence (0 to 1) are reported
    /// (default 0.5, or the policy file's).
    pub fn min_confidence(mut self, x: f32) -> Self {
        self.policy.min_confidence = Some(x.clamp(0.0, 1.0));
        self
    }

    /// Raw values in the report's samples instead of masked ones.
    pub fn show_values(mut self, yes: bool) -> Self {
        self.opts.reveal = yes;
        self
    }

    /// Worker threads (0, the default: one per core).
    pub fn threads(mut self, n: usize) -> Self {
        self.opts.walk.threads = n;
        self
    }

    /// Follow symbolic links while walking (default: no).
    pub fn follow_links(mut self, yes: bool) -> Self {
        self.opts.walk.follow = yes;
        self
    }

    /// Honour `.gitignore` and `.ignore` files while walking (default: no:
    /// a breach export is scanned whole).
    pub fn respect_ignore(mut self, yes: bool) -> Self {
        self.opts.walk.respect_ignore = yes;
        self
    }

    /// Only walk paths matching this glob (`!glob` excludes), as `-g`.
    pub fn glob(mut self, glob: impl Into<String>) -> Self {
        self.opts.walk.globs.push(glob.into());
        self
    }

    /// Skip files larger than this many bytes (listed in `skipped`).
    pub fn max_filesize(mut self, bytes: u64) -> Self {
        self.opts.max_filesize = Some(bytes);
        self
    }

    /// Compiles the detectors, reads the policy file and starts the worker
    /// threads.
    ///
    /// ```
    /// let e = pii_scan::Scanner::builder().config("/no/such/pii-scan.toml").build().unwrap_err();
    /// assert!(matches!(e, pii_scan::Error::Config(_)), "{e}");
    /// ```
    pub fn build(self) -> Result<Scanner, Error> {
        let settings = Settings::library(self.opts, &self.policy).map_err(|e| Error::Config(e.to_string()))?;
        let session = Session::new(settings).map_err(|e| match e {
            SessionError::Patterns(m) => Error::Patterns(m),
            SessionError::Policy(m) => Error::Config(m),
        })?;
        session.runtime().map_err(|e| Error::Scan(e.to_string()))?;
        Ok(Scanner { session })
    }
}
