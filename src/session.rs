//! A run wired once: the resolved [`Settings`], the detectors their
//! patterns compile to (a custom `fail_on` checked against them), the
//! worker threads, and the [`Report`] built from a run's totals with what
//! it says about the run. The command line (`app`) and the library
//! (`api`) both build one; nothing changes its settings afterwards.

use crate::aggregate::Totals;
use crate::category::Category;
use crate::detect::Engine;
use crate::report::Report;
use crate::scan::{self, Outputs, Runtime, ScanError, ScanOptions};
use crate::settings::{check_custom_fail_on, Settings};
use std::fmt;
use std::sync::OnceLock;
use std::time::Instant;

/// Why a session cannot be built.
#[derive(Debug)]
pub enum SessionError {
    /// A detector definition cannot be read, parsed or compiled.
    Patterns(String),
    /// The policy names a custom category no detector defines.
    Policy(String),
}

impl fmt::Display for SessionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SessionError::Patterns(m) | SessionError::Policy(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for SessionError {}

/// Settings, detectors and threads of one run (or, in the library, of
/// every scan of one `Scanner`).
pub struct Session {
    pub settings: Settings,
    pub engine: Engine,
    /// Started on the first scan: `config check` and `merge` need none.
    runtime: OnceLock<Runtime>,
}

impl Session {
    /// Compiles the detectors the settings name and checks the policy's
    /// custom categories against them.
    pub fn new(settings: Settings) -> Result<Session, SessionError> {
        Session::defining(settings, &[])
    }

    /// As [`Session::new`], where `also` are categories defined elsewhere
    /// (the custom categories of merged parts).
    pub fn defining(settings: Settings, also: &[Category]) -> Result<Session, SessionError> {
        let specs = crate::patterns::load(&settings.patterns).map_err(|e| SessionError::Patterns(e.to_string()))?;
        let engine = Engine::new(&specs).map_err(|e| SessionError::Patterns(e.to_string()))?;
        let mut defined: Vec<Category> = engine.detectors().iter().map(|d| d.category).collect();
        defined.extend_from_slice(also);
        check_custom_fail_on(&settings.fail_on, &defined).map_err(SessionError::Policy)?;
        Ok(Session {
            settings,
            engine,
            runtime: OnceLock::new(),
        })
    }

    /// The worker threads, started once.
    pub fn runtime(&self) -> Result<&Runtime, ScanError> {
        if let Some(rt) = self.runtime.get() {
            return Ok(rt);
        }
        let rt = Runtime::new(&self.settings.scan)?;
        Ok(self.runtime.get_or_init(|| rt))
    }

    /// Scans `opts`' roots and stores (the settings' own, or a library
    /// call's) into totals.
    pub fn scan(&self, opts: &ScanOptions, out: Outputs) -> Result<Totals, ScanError> {
        scan::run_in(self.runtime()?, &self.engine, opts, out)
    }

    /// Scans one input that is not a path, called `name`.
    pub fn scan_input(&self, name: &str, input: scan::Input) -> Result<Totals, ScanError> {
        Ok(scan::run_source(
            self.runtime()?,
            &self.engine,
            &self.settings.scan,
            name,
            input,
        ))
    }

    /// The report of a scan of `roots` that started at `started`.
    pub fn report(&self, totals: Totals, roots: &[std::path::PathBuf], started: Instant) -> Report {
        let mut cx = self
            .settings
            .report_context(started.elapsed().as_millis() as u64, self.engine.detectors().len());
        cx.roots = roots.iter().map(|r| r.to_string_lossy().into_owned()).collect();
        Report::build(totals, cx)
    }

    /// The report of shards' merged parts: their run's roots, threads,
    /// duration and confidence, this session's policy.
    #[cfg(feature = "cli")]
    pub fn merged_report(&self, run: crate::part::Run, totals: Totals) -> Report {
        let mut cx = self.settings.report_context(run.duration_ms, run.detectors);
        cx.roots = run.roots;
        cx.threads = run.threads;
        cx.min_confidence = run.min_confidence;
        // The parts' samples are already as the shards were told to show them.
        cx.reveal = true;
        let mut report = Report::build(totals, cx);
        report.summary.values_masked = run.values_masked;
        report
    }
}
