//! The `pii-scan` command line: parse it, resolve it once into `Settings`,
//! wire a [`Session`] from them, run what they say (scan, baseline, redact,
//! merge, config check) and hand the report to the renderer its format
//! names; then map the outcome to the contract's exit status. The binary
//! (`src/main.rs`) only calls [`main`].

use crate::cli::Args;
use crate::detect::Engine;
use crate::output::Output;
use crate::progress::{Counters, Ticker};
use crate::report::render::{self, Renderer};
use crate::report::Report;
use crate::scan::{self, Outputs, ScanError};
use crate::session::Session;
use crate::settings::{Mode, Settings};
use crate::{interrupt, walk};
use anyhow::{Context as _, Result};
use clap::Parser;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

const EXIT_OK: i32 = 0;
const EXIT_POLICY: i32 = 1;
const EXIT_ERROR: i32 = 2;
const EXIT_INTERRUPTED: i32 = 130;

pub fn main() -> ! {
    // A closed stdout (`| head`) ends the process quietly, as for any filter.
    // SAFETY: restoring the default disposition of SIGPIPE before any thread starts.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    limit_malloc_arenas();
    interrupt::install();
    crate::container::install_panic_hook();
    let args = Args::parse();
    if let Some(kind) = args.report.generate {
        std::process::exit(match generate(kind) {
            Ok(()) => EXIT_OK,
            Err(e) => {
                eprintln!("pii-scan: --generate: {e}");
                EXIT_ERROR
            }
        });
    }
    let code = match dispatch(&args) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("pii-scan: {e:#}");
            EXIT_ERROR
        }
    };
    std::process::exit(code);
}

/// glibc gives each thread that allocates an arena of its own, up to 8 per
/// core, each reserving 64 MiB of address space: under a hard memory limit
/// (`ulimit -v`) the reservations, not the scan, exhaust it. Under such a
/// limit the arenas' reservations may take an eighth of it (one arena under
/// 512 MiB, at most one per core), and large buffers are mapped whole;
/// without a limit the defaults stay (capping cost ~6% on 100,000 small
/// files, measured). Measured on the bomb fixture (`--max-ratio 1000000`,
/// 100 MiB streamed; the test holds it within 192 MiB): with one arena per
/// core, peak address space 185 MiB and 14 runs in 20 within 184 MiB; now
/// 122–130 MiB, and 10 runs in 10 within 128 MiB.
fn limit_malloc_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        if std::env::var_os("MALLOC_ARENA_MAX").is_some() {
            return; // the user's own setting wins
        }
        let mut lim = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        // SAFETY: getrlimit writes into the struct it is given.
        if unsafe { libc::getrlimit(libc::RLIMIT_AS, &mut lim) } != 0 || lim.rlim_cur == libc::RLIM_INFINITY {
            return; // no address-space limit: more arenas are faster
        }
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        let share = usize::try_from(lim.rlim_cur / (8 * (64 << 20))).unwrap_or(usize::MAX);
        let arenas = libc::c_int::try_from(share.clamp(1, cores)).unwrap_or(libc::c_int::MAX);
        // SAFETY: mallopt only sets an allocator tunable; called before any
        // thread is started.
        unsafe {
            libc::mallopt(libc::M_ARENA_MAX, arenas);
        }
        // Large buffers (a stream's 8 MiB batches) are mapped and unmapped
        // whole: left to glibc's dynamic threshold, a freed one raises it
        // and the next is carved from an arena, whose new 64 MiB heaps
        // exhaust the limit by reservation.
        // SAFETY: as above.
        unsafe {
            libc::mallopt(libc::M_MMAP_THRESHOLD, 1 << 20);
        }
    }
}

/// `--generate`: the man page or a completion script, from the clap
/// definitions themselves, on stdout.
fn generate(kind: crate::cli::Generate) -> std::io::Result<()> {
    use clap::CommandFactory;
    use clap_complete::Shell;
    use crate::cli::Generate;
    let mut cmd = Args::command();
    let mut out = std::io::stdout().lock();
    let shell = match kind {
        Generate::Man => return clap_mangen::Man::new(cmd).render(&mut out),
        Generate::CompleteBash => Shell::Bash,
        Generate::CompleteZsh => Shell::Zsh,
        Generate::CompleteFish => Shell::Fish,
        Generate::CompletePowershell => Shell::PowerShell,
    };
    clap_complete::generate(shell, &mut cmd, "pii-scan", &mut out);
    Ok(())
}

fn dispatch(args: &Args) -> Result<i32> {
    let settings = Settings::resolve(args)?;
    if let Mode::Merge { parts } = &settings.mode {
        let parts = parts.clone();
        return merge(settings, &parts);
    }
    let session = Session::new(settings)?;
    match &session.settings.mode {
        Mode::ConfigCheck => {
            print!("{}", session.settings.describe());
            println!("ok");
            Ok(EXIT_OK)
        }
        Mode::ListDetectors => {
            list_detectors(&session.engine);
            Ok(EXIT_OK)
        }
        Mode::Redact { src, dst, choices } => redact(&session, src, dst, *choices),
        Mode::Scan | Mode::BaselineCreate | Mode::Merge { .. } => run(&session),
    }
}

/// `pii-scan redact SRC -o DST`.
fn redact(session: &Session, src: &Path, dst: &Path, choices: crate::redact::Choices) -> Result<i32> {
    use crate::redact;
    let (engine, opts) = (&session.engine, &session.settings.scan);
    let key = match std::env::var(redact::KEY_ENV) {
        Ok(k) if !k.is_empty() => k.into_bytes(),
        _ => {
            if choices.mode == redact::Mode::Hash {
                eprintln!(
                    "pii-scan: {} is not set: tokens use a random key, so they join within this copy only",
                    redact::KEY_ENV
                );
            }
            let mut k = [0u8; 32];
            std::fs::File::open("/dev/urandom")
                .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut k))
                .context("cannot read a random key")?;
            k.to_vec()
        }
    };
    let summary = redact::run(engine, opts, src, dst, choices, &key).context("redact")?;
    eprintln!(
        "pii-scan: redacted {} file(s) into {}: {} value(s) replaced",
        summary.files,
        dst.display(),
        summary.replaced
    );
    for (path, why) in &summary.not_copied {
        eprintln!("pii-scan:   not copied: {}: {why}", crate::sanitize::terminal(path));
    }
    if summary.not_copied.is_empty() {
        return Ok(EXIT_OK);
    }
    // The copy is there, but it lacks what is listed: a caller that ships
    // it must know.
    eprintln!(
        "pii-scan: the copy is incomplete: {} file(s) or member(s) not copied",
        summary.not_copied.len()
    );
    Ok(EXIT_POLICY)
}

/// A scan, reported (or, for `baseline create`, recorded as a baseline).
fn run(session: &Session) -> Result<i32> {
    let settings = &session.settings;
    let baseline = match &settings.baseline {
        Some(p) => Some(crate::baseline::load(p)?),
        None => None,
    };
    let output = match &settings.output {
        Some(path) => Some(Output::create(path)?),
        None => None,
    };
    let writes: Vec<PathBuf> = output
        .iter()
        .filter_map(|o| o.regular_target())
        .map(Path::to_path_buf)
        .collect();
    let opts = &settings.scan;
    let part = settings.format.is(render::PART);
    if let (Some(shard), false) = (opts.shard, part) {
        eprintln!(
            "pii-scan: shard {}/{}: this report covers one shard only (write --format part and join the parts with `pii-scan merge`)",
            shard.index, shard.count
        );
    }

    let counters = Arc::new(Counters::default());
    let show_progress = settings.progress && std::io::stderr().is_terminal();
    let _ticker = show_progress.then(|| {
        spawn_size_walk(opts, &writes, Arc::clone(&counters));
        Ticker::start(Arc::clone(&counters))
    });

    let started = Instant::now();
    let baseline_out = matches!(settings.mode, Mode::BaselineCreate);
    let renderer = (!part && !baseline_out)
        .then(|| open_renderer(settings, output.as_ref(), &session.engine))
        .transpose()?;
    let outputs = Outputs {
        findings: renderer.as_ref().and_then(|r| r.findings()),
        progress: show_progress.then_some(&*counters),
        writes: &writes,
    };
    let mut totals = match session.scan(opts, outputs) {
        Ok(t) => t,
        Err(ScanError::Root(m)) => anyhow::bail!("cannot scan {m}"),
        Err(e) => return Err(e.into()),
    };
    drop(_ticker);
    if interrupt::requested() {
        eprintln!("pii-scan: interrupted; no report written");
        return Ok(EXIT_INTERRUPTED);
    }
    if part {
        return write_part(settings, output, totals, started, session.engine.detectors().len());
    }
    let seen = std::mem::take(&mut totals.seen);
    let mut report = session.report(totals, &opts.walk.roots, started);
    let roots: Vec<String> = opts
        .walk
        .roots
        .iter()
        .map(|r| r.to_string_lossy().into_owned())
        .collect();
    if let (Mode::BaselineCreate, Some(path)) = (&settings.mode, &settings.output) {
        let b = crate::baseline::create(report.found_fields(), &seen, &roots);
        let o = output.context("baseline output")?;
        let mut w = std::io::BufWriter::new(o.writer().context("cannot write the baseline")?);
        serde_json::to_writer_pretty(&mut w, &b)
            .map_err(std::io::Error::from)
            .and_then(|()| w.flush())
            .with_context(|| format!("cannot write the baseline to {}", path.display()))?;
        drop(w);
        o.commit()?;
        if b.key == "env" {
            let values: usize = b.values.iter().map(|v| v.hashes.len()).sum();
            eprintln!(
                "pii-scan: baseline {}: {} fields, {values} values as hashes keyed with {}",
                path.display(),
                b.fields.len(),
                crate::baseline::KEY_ENV
            );
        } else {
            eprintln!(
                "pii-scan: baseline {}: {} fields and distinct counts only (set {} to a secret to record keyed hashes of values, so a changed value is caught; without a secret they could be reversed by enumeration)",
                path.display(),
                b.fields.len(),
                crate::baseline::KEY_ENV
            );
        }
        return Ok(EXIT_OK);
    }
    if let (Some(b), Some(path)) = (&baseline, &settings.baseline) {
        let diff = crate::baseline::compare(b, &path.display().to_string(), report.found_fields(), &seen, &roots)?;
        report.apply_baseline(diff);
    }
    let renderer = renderer.context("renderer")?;
    deliver(settings, &report, output, renderer)
}

/// The renderer `settings.format` names, on the report's destination.
fn open_renderer<'a>(
    settings: &Settings,
    output: Option<&Output>,
    engine: &'a Engine,
) -> Result<Box<dyn Renderer + 'a>> {
    let out: render::Out<'a> = match output {
        Some(o) => Box::new(std::io::BufWriter::with_capacity(
            1 << 16,
            o.writer().context("cannot write the report")?,
        )),
        None => Box::new(std::io::BufWriter::with_capacity(1 << 16, std::io::stdout())),
    };
    Ok(settings.format.open(out, engine.detectors()))
}

/// `--format part`: the shard's totals for `pii-scan merge` (no policy
/// verdict: that is the merged report's).
fn write_part(
    settings: &Settings,
    output: Option<Output>,
    totals: crate::aggregate::Totals,
    started: Instant,
    detectors: usize,
) -> Result<i32> {
    let opts = &settings.scan;
    let run = crate::part::Run {
        shard: opts.shard.unwrap_or(crate::shard::Shard { index: 0, count: 1 }),
        roots: opts
            .walk
            .roots
            .iter()
            .map(|r| r.to_string_lossy().into_owned())
            .collect(),
        values_masked: !opts.reveal,
        min_confidence: opts.min_confidence,
        detectors,
        threads: opts.walk.threads,
        duration_ms: started.elapsed().as_millis() as u64,
    };
    let errors = totals.skipped.iter().filter(|s| s.error).count();
    let target = match &output {
        Some(o) => format!("cannot write the part to {} (--output)", o.path().display()),
        None => "cannot write the part".to_string(),
    };
    let mut w: Box<dyn Write> = match &output {
        Some(o) => Box::new(std::io::BufWriter::new(o.writer().context(target.clone())?)),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    crate::part::write(&mut w, run, totals)
        .and_then(|()| w.flush())
        .context(target)?;
    drop(w);
    if let Some(o) = output {
        o.commit()?;
    }
    if settings.strict && errors > 0 {
        eprintln!("pii-scan: --strict: {errors} entries could not be read");
        return Ok(EXIT_ERROR);
    }
    Ok(EXIT_OK)
}

/// `pii-scan merge PART...`: the report one run would have given, with the
/// policy of this command line applied to it.
fn merge(settings: Settings, paths: &[PathBuf]) -> Result<i32> {
    let mut parts = Vec::new();
    for p in paths {
        let part = crate::part::read(p).map_err(|e| anyhow::anyhow!("merge: {e}"))?;
        parts.push((p.display().to_string(), part));
    }
    let custom: Vec<crate::category::Category> = parts
        .iter()
        .flat_map(|(_, p)| p.custom.iter().filter_map(|id| id.parse().ok()))
        .collect();
    let session = Session::defining(settings, &custom)?;
    let settings = &session.settings;
    let (run, totals) = crate::part::merge(parts).map_err(|e| anyhow::anyhow!("merge: {e}"))?;
    let report = session.merged_report(run, totals);
    let output = match &settings.output {
        Some(path) => Some(Output::create(path)?),
        None => None,
    };
    let renderer = open_renderer(settings, output.as_ref(), &session.engine)?;
    deliver(settings, &report, output, renderer)
}

/// Writes `report` with its renderer and gives the exit status: the
/// policy's verdict, then `--strict`.
fn deliver(settings: &Settings, report: &Report, output: Option<Output>, renderer: Box<dyn Renderer + '_>) -> Result<i32> {
    let target = match &output {
        Some(o) => format!("cannot write the report to {} (--output)", o.path().display()),
        None => "cannot write the report".to_string(),
    };
    renderer.finish(report).context(target)?;
    if let Some(o) = output {
        o.commit()?;
    }
    if !report.policy.fail_on.is_empty() && report.summary.files_scanned == 0 {
        eprintln!("pii-scan: nothing was read: the policy cannot pass on no data");
        return Ok(EXIT_ERROR);
    }
    if !report.policy.violations.is_empty() {
        let v: Vec<&str> = report.policy.violations.iter().map(|c| c.id()).collect();
        eprintln!("pii-scan: policy violation: found {}", v.join(", "));
        for f in &report.policy.violating_fields {
            eprintln!("pii-scan:   {}", render::human::violation_line(f));
        }
        return Ok(EXIT_POLICY);
    }
    // A root named on the command line that could not be scanned is an
    // error, as in ripgrep, though the other roots were scanned.
    let missing: Vec<&str> = report
        .skipped
        .iter()
        .filter(|s| s.reason.starts_with(scan::ROOT_NOT_SCANNED))
        .map(|s| s.path.as_str())
        .collect();
    if !missing.is_empty() {
        for m in &missing {
            eprintln!("pii-scan: {m}: not scanned (see skipped)");
        }
        return Ok(EXIT_ERROR);
    }
    if settings.strict && report.summary.errors > 0 {
        eprintln!(
            "pii-scan: --strict: {} entries could not be read",
            report.summary.errors
        );
        return Ok(EXIT_ERROR);
    }
    Ok(EXIT_OK)
}

fn list_detectors(engine: &Engine) {
    println!(
        "{:<22} {:<14} {:<10} {:>5}  regex",
        "id", "category", "validator", "conf"
    );
    for d in engine.detectors() {
        println!(
            "{:<22} {:<14} {:<10} {:>5.2}  {}",
            d.id,
            d.category.id(),
            d.validator_name.as_deref().unwrap_or("-"),
            d.confidence,
            d.regex
        );
    }
}

/// Sums file sizes in the background so the progress bar can show a total.
fn spawn_size_walk(scan_opts: &scan::ScanOptions, writes: &[PathBuf], counters: Arc<Counters>) {
    let scan_opts = scan_opts.clone();
    let writes = writes.to_vec();
    let mut opts = scan_opts.walk.clone();
    opts.threads = 1;
    std::thread::spawn(move || {
        let Ok(walker) = walk::build(&opts) else {
            return;
        };
        let total = std::sync::atomic::AtomicU64::new(0);
        let files = std::sync::atomic::AtomicU64::new(0);
        walker.run(|| {
            Box::new(|e| {
                if let walk::Entry::File { size, path } = walk::classify(e) {
                    if !scan::is_ours(&scan_opts, &writes, &path) {
                        return ignore::WalkState::Continue;
                    }
                    total.fetch_add(size, std::sync::atomic::Ordering::Relaxed);
                    files.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                }
                ignore::WalkState::Continue
            })
        });
        counters.set_total(files.into_inner(), total.into_inner());
    });
}
