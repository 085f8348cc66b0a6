//! The `pii-scan` binary: parse the command line, run the scan, render the
//! report, map the outcome to the contract's exit status. All the work is in
//! the library.

use anyhow::{Context as _, Result};
use clap::Parser;
use pii_scan::cli::{Args, BaselineAction, Command, ConfigAction, Format};
use pii_scan::detect::Engine;
use pii_scan::output::Output;
use pii_scan::progress::{Counters, Ticker};
use pii_scan::report::{self, Report};
use pii_scan::scan::{self, Outputs, ScanError};
use pii_scan::settings::Settings;
use pii_scan::{interrupt, patterns, walk};
use std::io::{IsTerminal, Write};
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

const EXIT_OK: i32 = 0;
const EXIT_POLICY: i32 = 1;
const EXIT_ERROR: i32 = 2;
const EXIT_INTERRUPTED: i32 = 130;

fn main() {
    // A closed stdout (`| head`) ends the process quietly, as for any filter.
    // SAFETY: restoring the default disposition of SIGPIPE before any thread starts.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    interrupt::install();
    pii_scan::container::install_panic_hook();
    let args = Args::parse();
    let code = match dispatch(&args) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("pii-scan: {e:#}");
            EXIT_ERROR
        }
    };
    std::process::exit(code);
}

fn dispatch(args: &Args) -> Result<i32> {
    match &args.command {
        Some(Command::Config {
            action: ConfigAction::Check { file },
        }) => config_check(file.as_deref()),
        Some(Command::Baseline {
            action: BaselineAction::Create { output, scan },
        }) => {
            let inner = Args::try_parse_from(std::iter::once("pii-scan".to_string()).chain(scan.iter().cloned()))?;
            anyhow::ensure!(
                inner.output.is_none(),
                "baseline create: use -o before the scan arguments"
            );
            run(&inner, Some(output))
        }
        Some(Command::Redact {
            src,
            output,
            mode,
            config,
            no_config,
        }) => {
            let mut scan = vec!["pii-scan".to_string(), src.to_string_lossy().into_owned()];
            if let Some(c) = config {
                scan.extend(["--config".to_string(), c.to_string_lossy().into_owned()]);
            }
            if *no_config {
                scan.push("--no-config".into());
            }
            redact(&Args::try_parse_from(scan)?, src, output, *mode)
        }
        None => run(args, None),
    }
}

/// `pii-scan redact SRC -o DST`.
fn redact(args: &Args, src: &Path, dst: &Path, mode: pii_scan::redact::Mode) -> Result<i32> {
    use pii_scan::redact;
    let settings = Settings::resolve(args)?;
    let engine = Engine::new(&patterns::load(&settings.patterns)?)?;
    let mut opts = args.scan_options(Vec::new());
    opts.min_confidence = settings.min_confidence;
    opts.allow = settings.allow.clone();
    let key = match std::env::var(redact::KEY_ENV) {
        Ok(k) if !k.is_empty() => k.into_bytes(),
        _ => {
            if mode == redact::Mode::Hash {
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
    let summary = redact::run(&engine, &opts, src, dst, mode, &key).map_err(|e| anyhow::anyhow!("redact: {e}"))?;
    eprintln!(
        "pii-scan: redacted {} file(s) into {}: {} value(s) replaced",
        summary.files,
        dst.display(),
        summary.replaced
    );
    for (path, why) in &summary.not_copied {
        eprintln!("pii-scan:   not copied: {}: {why}", pii_scan::sanitize::terminal(path));
    }
    Ok(EXIT_OK)
}

/// A scan, reported (or, with `baseline_out`, recorded as a baseline).
fn run(args: &Args, baseline_out: Option<&Path>) -> Result<i32> {
    let settings = Settings::resolve(args)?;
    let specs = patterns::load(&settings.patterns)?;
    let engine = Engine::new(&specs)?;
    if args.list_detectors {
        list_detectors(&engine);
        return Ok(EXIT_OK);
    }
    let baseline = match &args.baseline {
        Some(p) => Some(pii_scan::baseline::load(p)?),
        None => None,
    };
    let output = match baseline_out.or(args.output.as_deref()) {
        Some(path) => Some(Output::create(path)?),
        None => None,
    };
    let exclude = output
        .iter()
        .filter_map(|o| o.regular_target())
        .map(Path::to_path_buf)
        .collect();
    let mut opts = args.scan_options(exclude);
    opts.min_confidence = settings.min_confidence;
    opts.allow = settings.allow.clone();
    opts.walk.globs.extend(settings.exclude_globs());
    opts.collect_values = baseline.is_some() || baseline_out.is_some();

    let counters = Arc::new(Counters::default());
    let show_progress = !args.no_progress && std::io::stderr().is_terminal();
    let _ticker = show_progress.then(|| {
        spawn_size_walk(&opts.walk, Arc::clone(&counters));
        Ticker::start(Arc::clone(&counters))
    });

    let started = Instant::now();
    let sink_out: Box<dyn Write + Send> = match &output {
        Some(o) => o.writer().context("cannot write the report")?,
        None => Box::new(std::io::BufWriter::with_capacity(1 << 16, std::io::stdout())),
    };
    let sink = (args.format == Format::Ndjson).then(|| report::ndjson::Sink::new(sink_out, engine.detectors()));
    let outputs = Outputs {
        findings: sink.as_ref().map(|s| s as &dyn scan::findings::FindingSink),
        progress: show_progress.then_some(&*counters),
    };
    let mut totals = match scan::run(&engine, &opts, outputs) {
        Ok(t) => t,
        Err(ScanError::Root(m)) => anyhow::bail!("cannot scan {m}"),
        Err(e) => return Err(e.into()),
    };
    drop(_ticker);
    if interrupt::requested() {
        eprintln!("pii-scan: interrupted; no report written");
        return Ok(EXIT_INTERRUPTED);
    }
    let threads = if args.threads == 0 {
        std::thread::available_parallelism().map_or(2, |n| n.get())
    } else {
        args.threads
    };
    let seen = std::mem::take(&mut totals.seen);
    let mut report = Report::build(
        totals,
        report::Context {
            roots: args.paths.iter().map(|p| p.to_string_lossy().into_owned()).collect(),
            duration_ms: started.elapsed().as_millis() as u64,
            threads,
            detectors: engine.detectors().len(),
            min_confidence: settings.min_confidence,
            reveal: args.show_values,
            fail_on: settings.fail_on.clone(),
            config: settings.config_path.as_ref().map(|p| p.display().to_string()),
            disabled: settings.config.disable.clone(),
            allow: settings.allow.clone(),
        },
    );
    if let Some(path) = baseline_out {
        let b = pii_scan::baseline::create(report.found_fields(), &seen);
        let o = output.context("baseline output")?;
        let mut w = std::io::BufWriter::new(o.writer().context("cannot write the baseline")?);
        serde_json::to_writer_pretty(&mut w, &b)
            .map_err(std::io::Error::from)
            .and_then(|()| w.flush())
            .with_context(|| format!("cannot write the baseline to {}", path.display()))?;
        drop(w);
        o.commit()?;
        let values: usize = b.values.iter().map(|v| v.hashes.len()).sum();
        eprintln!(
            "pii-scan: baseline {}: {} fields, {} values (keyed hashes; key: {})",
            path.display(),
            b.fields.len(),
            values,
            if b.key == "env" {
                "PII_SCAN_BASELINE_KEY"
            } else {
                "a salt stored in the file"
            }
        );
        return Ok(EXIT_OK);
    }
    if let (Some(b), Some(path)) = (&baseline, &args.baseline) {
        let diff = pii_scan::baseline::compare(b, &path.display().to_string(), report.found_fields(), &seen)?;
        report.apply_baseline(diff);
    }

    let target = match &output {
        Some(o) => format!("cannot write the report to {} (--output)", o.path().display()),
        None => "cannot write the report".to_string(),
    };
    match sink {
        Some(sink) => sink.finish(&report).context(target)?,
        None => {
            let mut w: Box<dyn Write> = match &output {
                Some(o) => Box::new(std::io::BufWriter::new(o.writer().context(target.clone())?)),
                None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
            };
            let written = match args.format {
                Format::Json => serde_json::to_writer_pretty(&mut w, &report)
                    .map_err(std::io::Error::from)
                    .and_then(|()| writeln!(w)),
                Format::Sarif => {
                    serde_json::to_writer_pretty(&mut w, &report::sarif::render(&report, engine.detectors()))
                        .map_err(std::io::Error::from)
                        .and_then(|()| writeln!(w))
                }
                Format::Csv => report::csv::write(&report, &mut w),
                Format::Markdown => report::markdown::write(&report, &mut w),
                Format::Human | Format::Ndjson => report::human::write(&report, &mut w),
            };
            written.and_then(|()| w.flush()).context(target)?;
        }
    }
    if let Some(o) = output {
        o.commit()?;
    }
    if !report.policy.violations.is_empty() {
        let v: Vec<&str> = report.policy.violations.iter().map(|c| c.id()).collect();
        eprintln!("pii-scan: policy violation: found {}", v.join(", "));
        for f in &report.policy.violating_fields {
            eprintln!("pii-scan:   {}", report::human::violation_line(f));
        }
        return Ok(EXIT_POLICY);
    }
    if args.strict && report.summary.errors > 0 {
        eprintln!(
            "pii-scan: --strict: {} entries could not be read",
            report.summary.errors
        );
        return Ok(EXIT_ERROR);
    }
    Ok(EXIT_OK)
}

/// `pii-scan config check [FILE]`: validates a policy file and prints the
/// effective policy (exit 0), or the problem (exit 2).
fn config_check(file: Option<&Path>) -> Result<i32> {
    let path = match file {
        Some(p) => Some(p.to_path_buf()),
        None => pii_scan::config::Config::discover(Path::new(".")),
    };
    let Some(path) = path else {
        anyhow::bail!("no {} found here or in a parent directory", pii_scan::config::FILE_NAME);
    };
    let args = Args::parse_from(["pii-scan", "--config", &path.to_string_lossy()]);
    let settings = Settings::resolve(&args)?;
    patterns::load(&settings.patterns).and_then(|s| Engine::new(&s))?;
    print!("{}", settings.describe());
    println!("ok");
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
fn spawn_size_walk(walk_opts: &walk::WalkOptions, counters: Arc<Counters>) {
    let mut opts = walk_opts.clone();
    opts.threads = 1;
    std::thread::spawn(move || {
        let Ok(walker) = walk::build(&opts) else {
            return;
        };
        let total = std::sync::atomic::AtomicU64::new(0);
        walker.run(|| {
            Box::new(|e| {
                if let walk::Entry::File { size, .. } = walk::classify(e) {
                    total.fetch_add(size, std::sync::atomic::Ordering::Relaxed);
                }
                ignore::WalkState::Continue
            })
        });
        counters
            .total
            .store(total.into_inner().max(1), std::sync::atomic::Ordering::Relaxed);
    });
}
