//! `pii-scan redact SRC -o DST`: a copy of a file or tree with every finding
//! replaced, structure kept (a redacted CSV parses with the same columns, a
//! redacted JSON is still JSON, a dump still loads). What is replaced is what
//! a scan reports: every detector hit, and every value of a field whose
//! verdict is a category (a `first_name` column's names). Replacements hold
//! no quote, backslash, delimiter or line break, so they fit any field.
//!
//! Modes: `mask` (`j***@g****.com`), `hash` (a keyed HMAC token, stable across
//! files and runs with the same key, so joins still work), `fake` (a
//! format-preserving value from a documentation range — `user-…@example.com`,
//! `192.0.2.x`, a test card, a phone from its country's fiction range in
//! its written form (`detect::fiction`) — which scans as a placeholder;
//! masked where no such range exists). A compressed file (`.gz`, `.zst`, `.bz2`, `.xz`) comes
//! out compressed with the same codec (`codec`); UTF-16 and Windows-1252
//! text is redacted as the UTF-8 a scan reads and written back in its own
//! encoding; archives, databases, photos and binary files are not copied (their bytes cannot be redacted in
//! place): they are listed instead. DST must not
//! exist and must not be inside SRC; nothing is ever written over the input.
//!
//! It runs on the scan's walker (FIFOs, sockets and links are triaged as a
//! scan triages them) with one thread per core, and on the scan's
//! [`Scanner`]: a first pass over each file gives the field verdicts, a
//! second (`scan::spans`) the spans to replace, in order, while the copy is
//! written. Large files are memory-mapped and their pages released behind
//! the writer, so memory stays bounded whatever the file size.

mod archive;
mod codec;
mod fit;
mod held;
mod photo;
mod table;

use crate::category::Category;
use crate::container::HEAD;
use crate::detect::MAX_MATCH_LEN;
use crate::read::decode::{self, Encoding, Utf16};
use crate::read::{Mapped, MMAP_THRESHOLD};
use crate::scan::spans::{spans, Span};
use crate::scan::window::Ctx;
use crate::scan::{Origin, Runtime, ScanOptions, Scanner, Source};
use crate::sniff::Format;
use crate::walk::{self, Entry};
use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::fmt;
use std::fs::File;
use std::io::{self, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Mask,
    Hash,
    Fake,
}

/// What a redaction replaces, and with what.
#[derive(Clone, Copy, Debug)]
pub struct Choices {
    pub mode: Mode,
    /// Columns of hashed identifiers are kept as they are.
    pub keep_hashed: bool,
    /// Values the policy's allowlists allow are replaced too.
    pub redact_allowed: bool,
}

/// The environment variable holding the `hash` mode's key.
pub const KEY_ENV: &str = "PII_SCAN_REDACT_KEY";

/// What a redaction did.
#[derive(Debug, Default)]
pub struct Summary {
    pub files: u64,
    pub replaced: u64,
    /// Files not copied, with the reason, sorted by path.
    pub not_copied: Vec<(String, String)>,
}

/// Why a redaction could not run or could not finish writing.
#[derive(Debug)]
pub enum RedactError {
    /// SRC or DST refused before anything was written.
    Paths(String),
    /// The scan could not be set up (threads, the walk).
    Setup(crate::scan::ScanError),
    /// Writing the copy failed.
    Write { path: PathBuf, source: io::Error },
    /// The user interrupted it.
    Interrupted,
}

impl fmt::Display for RedactError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RedactError::Paths(m) => f.write_str(m),
            RedactError::Setup(e) => e.fmt(f),
            RedactError::Write { path, source } => write!(f, "cannot write {}: {source}", path.display()),
            RedactError::Interrupted => f.write_str("interrupted"),
        }
    }
}

impl std::error::Error for RedactError {}

/// Checks SRC and DST before anything is written.
pub fn check_paths(src: &Path, dst: &Path) -> Result<(), RedactError> {
    let fail = RedactError::Paths;
    let src_abs = std::fs::canonicalize(src).map_err(|e| fail(format!("{}: {e}", src.display())))?;
    if dst.exists() || dst.symlink_metadata().is_ok() {
        return Err(fail(format!(
            "{} exists: redact never writes over anything",
            dst.display()
        )));
    }
    // DST does not exist yet: resolve its nearest existing ancestor.
    let parent = dst
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let parent_abs =
        std::fs::canonicalize(parent).map_err(|e| fail(format!("{}: cannot use its directory: {e}", dst.display())))?;
    let name = dst
        .file_name()
        .ok_or_else(|| fail("the destination has no file name".into()))?;
    if parent_abs.join(name).starts_with(&src_abs) {
        return Err(fail(format!(
            "{} is inside {}: the copy would be scanned as part of its own input",
            dst.display(),
            src.display()
        )));
    }
    Ok(())
}

/// Redacts `src` (a file or a directory) into `dst`. `opts` are the scan's
/// (threads, confidence threshold, allowlists); its roots are replaced by
/// `src`.
pub fn run(
    engine: &crate::detect::Engine,
    opts: &ScanOptions,
    src: &Path,
    dst: &Path,
    choices: Choices,
    key: &[u8],
) -> Result<Summary, RedactError> {
    check_paths(src, dst)?;
    let mut opts = opts.clone();
    opts.walk.roots = vec![src.to_path_buf()];
    if choices.redact_allowed {
        opts.allow = None;
    }
    // Every file is copied or listed: the policy's allowed paths are
    // excluded from a scan's findings, not from the copy.
    opts.walk.globs.clear();
    // The first pass needs the field verdicts, not who the people are.
    opts.people = false;
    let rt = Runtime::new(&opts).map_err(RedactError::Setup)?;
    let ctx = rt.ctx(engine, &opts, false);
    let walker =
        walk::build(&rt.walk_options(&opts)).map_err(|e| RedactError::Setup(crate::scan::ScanError::Walk(e)))?;
    let single = !src.is_dir();
    // All or nothing: the copy is written beside DST under a name that
    // says it is unfinished, and renamed to DST once every file is in.
    let staging = staging(dst);
    let job = Job {
        ctx,
        src,
        dst: &staging,
        single,
        mode: choices.mode,
        key,
        keep_hashed: choices.keep_hashed,
    };
    let state = Mutex::new((Summary::default(), None::<RedactError>));
    walker.run(|| {
        let (job, state) = (&job, &state);
        let mut scanner = Scanner::new(ctx, Default::default());
        Box::new(move |entry| {
            if crate::interrupt::requested() {
                return ignore::WalkState::Quit;
            }
            let outcome = match walk::classify(entry) {
                Entry::Nothing => return ignore::WalkState::Continue,
                Entry::Skip { path, reason, .. } => Outcome::NotCopied(path, reason),
                Entry::File { path, size } => job.file(&mut scanner, &path, size),
            };
            let mut st = state.lock().unwrap_or_else(|e| e.into_inner());
            match outcome {
                Outcome::Copied(n, gaps) => {
                    st.0.files += 1;
                    st.0.replaced += n;
                    st.0.not_copied.extend(gaps);
                }
                Outcome::NotCopied(path, why) => st.0.not_copied.push((path, why)),
                Outcome::Failed(e) => {
                    st.1.get_or_insert(e);
                    return ignore::WalkState::Quit;
                }
            }
            ignore::WalkState::Continue
        })
    });
    let (mut summary, failed) = state.into_inner().unwrap_or_else(|e| e.into_inner());
    let failed = failed.or_else(|| crate::interrupt::requested().then_some(RedactError::Interrupted));
    if let Some(e) = failed {
        remove(&staging);
        return Err(match e {
            RedactError::Write { path, source } => RedactError::Write {
                path: path.strip_prefix(&staging).map_or(path.clone(), |rel| dst.join(rel)),
                source,
            },
            e => e,
        });
    }
    if staging.symlink_metadata().is_ok() {
        if dst.symlink_metadata().is_ok() {
            remove(&staging);
            return Err(RedactError::Paths(format!(
                "{} appeared while the copy was written: redact never writes over anything",
                dst.display()
            )));
        }
        std::fs::rename(&staging, dst).map_err(|source| {
            remove(&staging);
            RedactError::Write {
                path: dst.to_path_buf(),
                source,
            }
        })?;
    }
    summary.not_copied.sort();
    Ok(summary)
}

/// Where the copy of `dst` is written until it is complete: beside it,
/// hidden, named as unfinished (`.NAME.pii-scan-partial-PID`).
fn staging(dst: &Path) -> PathBuf {
    let name = dst.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    dst.with_file_name(format!(".{name}.pii-scan-partial-{}", std::process::id()))
}

/// Removes an unfinished copy (a file or a tree), best effort.
fn remove(path: &Path) {
    let _ = match path.symlink_metadata() {
        Ok(m) if m.is_dir() => std::fs::remove_dir_all(path),
        Ok(_) => std::fs::remove_file(path),
        Err(_) => Ok(()),
    };
}

/// What became of one walk entry.
enum Outcome {
    /// Written, with this many values replaced, and the members of a
    /// container left out of the copy (with the reason).
    Copied(u64, Vec<(String, String)>),
    NotCopied(String, String),
    Failed(RedactError),
}

/// One redaction's fixed inputs.
struct Job<'a> {
    ctx: Ctx<'a>,
    src: &'a Path,
    dst: &'a Path,
    /// SRC is a file: DST is the copy itself.
    single: bool,
    mode: Mode,
    key: &'a [u8],
    /// Columns of hashed identifiers are kept as they are.
    keep_hashed: bool,
}

/// A file's bytes: read whole, mapped when large, or held already.
enum Text<'a> {
    Read(Vec<u8>),
    Mapped(Mapped),
    Slice(&'a [u8]),
}

impl Text<'_> {
    fn bytes(&self) -> &[u8] {
        match self {
            Text::Read(v) => v,
            Text::Mapped(m) => m.bytes(),
            Text::Slice(s) => s,
        }
    }

    /// Lets the pages before `end` go (mapped files only).
    fn release_before(&self, end: usize) {
        if let Text::Mapped(m) = self {
            m.release_before(end);
        }
    }
}

/// How far behind the writer mapped pages are released: well past any
/// look-back of a replacement's context check.
const KEEP_BEHIND: usize = 2 * MAX_MATCH_LEN + (1 << 20);

/// The largest file whose own usernames and names are looked for in its
/// free text (`scan::known`).
const KNOWN_LIMIT: usize = 256 << 20;

/// How much is written between two releases of mapped pages: often enough
/// that the mapped pages held stay a few MiB (a syscall per 8 MiB).
const RELEASE_STEP: usize = 8 << 20;

impl Job<'_> {
    fn target(&self, path: &Path) -> PathBuf {
        if self.single {
            return self.dst.to_path_buf();
        }
        match path.strip_prefix(self.src) {
            Ok(rel) => self.dst.join(rel),
            Err(_) => self.dst.join(path.file_name().unwrap_or_default()),
        }
    }

    fn file(&self, scanner: &mut Scanner, path: &Path, size: u64) -> Outcome {
        let shown = path.display().to_string();
        let text = match open(path, size, self.ctx.opts.mmap) {
            Ok(t) => t,
            Err(e) => return Outcome::NotCopied(shown, format!("cannot be read: {}", walk::io_reason(&e))),
        };
        let hay = text.bytes();
        let to = self.target(path);
        let plain = crate::container::sniff(&hay[..hay.len().min(HEAD)]).is_none()
            && decode::detect(hay) == Encoding::Utf8
            && !is_binary(&text);
        if plain {
            // Text of any size: streamed, its pages released behind.
            let format = crate::sniff::format(path, hay, false);
            let whole = self.whole_fields(scanner, path, &text, format);
            return match self.write(&text, format, &whole, &to) {
                Ok(n) => Outcome::Copied(n, Vec::new()),
                Err(source) => Outcome::Failed(RedactError::Write { path: to, source }),
            };
        }
        // Containers, photos, binary files and text in another encoding
        // are redacted in memory.
        let mut gaps = Vec::new();
        let held = match self.held(scanner, path, &shown, hay, 0, &mut gaps) {
            Ok(h) => h,
            Err(why) => return Outcome::NotCopied(shown, why),
        };
        let written = (|| {
            let mut file = create(&to)?;
            file.write_all(&held.bytes)?;
            file.sync_all()
        })();
        match written {
            Ok(()) => Outcome::Copied(held.replaced, gaps),
            Err(source) => Outcome::Failed(RedactError::Write { path: to, source }),
        }
    }

    /// Text in UTF-16 or Windows-1252: redacted as the UTF-8 a scan reads,
    /// then written back in its own encoding (byte order and mark kept).
    /// Refused where the round trip would change a byte outside what is
    /// replaced (an unpaired surrogate), or where the text is too large to
    /// hold twice. Returns the copy's bytes and the replacements made.
    fn recoded(
        &self,
        scanner: &mut Scanner,
        name: &Path,
        raw: &[u8],
        enc: Encoding,
    ) -> Result<(Vec<u8>, u64), &'static str> {
        if raw.len() > decode::MAX_TRANSCODE {
            return Err("UTF-16 or single-byte text over 256 MiB: cannot be redacted in its encoding");
        }
        let utf8 = match enc {
            Encoding::Utf16(order, bom) => decode::transcode_utf16(&raw[bom..], order),
            Encoding::Legacy(e) => e.decode_without_bom_handling(raw).0.into_owned().into_bytes(),
            Encoding::Utf8 => raw.to_vec(),
        };
        if encoded(&utf8, enc, raw).as_deref() != Some(raw) {
            return Err("its encoding does not round-trip (an unpaired surrogate or an odd length): cannot be redacted in place");
        }
        let (copy, n) = self.text(scanner, name, &utf8);
        let bytes = encoded(&copy, enc, raw).ok_or("a replacement cannot be written in the file's encoding")?;
        Ok((bytes, n))
    }

    /// UTF-8 text held in memory, redacted: the copy and the replacements
    /// made.
    fn text(&self, scanner: &mut Scanner, name: &Path, hay: &[u8]) -> (Vec<u8>, u64) {
        let text = Text::Slice(hay);
        let format = crate::sniff::format(name, hay, false);
        let whole = self.whole_fields(scanner, name, &text, format);
        let mut copy = Vec::with_capacity(hay.len());
        let n = self
            .write_to(&text, format, &whole, &mut copy)
            .expect("writing into memory does not fail");
        (copy, n)
    }

    /// The first pass: the scan's field verdicts. Fields whose values are
    /// personal data as a whole (names, cities, plans) are replaced value by
    /// value; so is an activity record's time (what a person did is
    /// theirs by when: without it the record is no longer an event).
    fn whole_fields(&self, scanner: &mut Scanner, path: &Path, text: &Text, format: Format) -> Vec<(String, Category)> {
        if crate::parse::parser_for(format, text.bytes()).is_none() {
            return Vec::new();
        }
        let origin = Origin::file(path, text.bytes().len() as u64);
        let source = match text {
            Text::Read(v) => Source::Bytes(v),
            Text::Slice(v) => Source::Bytes(v),
            Text::Mapped(m) => Source::Mapped(m),
        };
        scanner.scan(&origin, source);
        let (totals, _) = scanner.take();
        let mut whole: Vec<(String, Category)> = totals
            .files
            .into_iter()
            .filter_map(|f| f.structure)
            .flat_map(|s| {
                let hashed = if self.keep_hashed { Vec::new() } else { s.hashed };
                s.fields.into_iter().map(|f| (f.field, f.category)).chain(hashed)
            })
            .collect();
        // A field with two verdicts is replaced as what it is known to be
        // by its field (a user agent, not the version numbers in it that
        // read as an address).
        whole.sort_by_key(|(_, c)| !whole_value(*c));
        whole
    }

    /// The second pass: the copy, written as the spans arrive.
    fn write(&self, text: &Text, format: Format, whole: &[(String, Category)], to: &Path) -> io::Result<u64> {
        let mut out = BufWriter::with_capacity(1 << 16, create(to)?);
        let n = self.write_to(text, format, whole, &mut out)?;
        out.into_inner().map_err(|e| e.into_error())?.sync_all()?;
        Ok(n)
    }

    /// The copy of `text` into `out`: every byte outside a replaced span as
    /// it was.
    fn write_to(
        &self,
        text: &Text,
        format: Format,
        whole: &[(String, Category)],
        out: &mut dyn Write,
    ) -> io::Result<u64> {
        let hay = text.bytes();
        let (mut pos, mut released) = (0usize, 0usize);
        // Mentions of the file's own usernames and names elsewhere in it;
        // looked for in files up to 256 MiB (the values are held, and the
        // file read once more).
        let known = (hay.len() <= KNOWN_LIMIT)
            .then(|| crate::scan::known::Known::collect(format, hay, whole))
            .flatten();
        let n = spans(self.ctx, hay, format, whole, known.as_ref(), &mut |s: Span| {
            out.write_all(&hay[pos..s.start])?;
            out.write_all(fit::replace(&s, hay, format, self.mode, self.key).as_bytes())?;
            pos = s.end;
            if pos > released + KEEP_BEHIND + RELEASE_STEP {
                released = pos - KEEP_BEHIND;
                text.release_before(released);
            }
            Ok(())
        })?;
        out.write_all(&hay[pos..])?;
        Ok(n)
    }
}

/// A new file (never one that exists), its directory made.
fn create(to: &Path) -> io::Result<File> {
    if let Some(dir) = to.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::OpenOptions::new().write(true).create_new(true).open(to)
}

/// A file's bytes: mapped when large (read if it cannot be mapped, or with
/// `--mmap never`).
fn open(path: &Path, size: u64, mmap: crate::read::MmapMode) -> io::Result<Text<'static>> {
    let mut file = File::open(path)?;
    if size >= MMAP_THRESHOLD && mmap != crate::read::MmapMode::Never {
        if let Ok(Some(map)) = Mapped::new(&file) {
            return Ok(Text::Mapped(map));
        }
    }
    let mut buf = Vec::with_capacity(usize::try_from(size).unwrap_or(0).saturating_add(1));
    file.read_to_end(&mut buf)?;
    Ok(Text::Read(buf))
}

/// `utf8` written in `enc`, as `original` was (its byte-order mark kept);
/// `None` where a character has no form in it.
fn encoded(utf8: &[u8], enc: Encoding, original: &[u8]) -> Option<Vec<u8>> {
    let text = std::str::from_utf8(utf8).ok()?;
    match enc {
        Encoding::Utf8 => Some(utf8.to_vec()),
        Encoding::Legacy(e) => {
            let (bytes, _, unmappable) = e.encode(text);
            (!unmappable).then(|| bytes.into_owned())
        }
        Encoding::Utf16(order, bom) => {
            let mut out = Vec::with_capacity(bom + text.len() * 2);
            out.extend_from_slice(&original[..bom]);
            for unit in text.encode_utf16() {
                out.extend_from_slice(&match order {
                    Utf16::Le => unit.to_le_bytes(),
                    Utf16::Be => unit.to_be_bytes(),
                });
            }
            Some(out)
        }
    }
}

/// A NUL anywhere, looked for 64 MiB at a time (pages released behind).
fn is_binary(text: &Text) -> bool {
    let hay = text.bytes();
    let step = 64 << 20;
    let mut at = 0;
    while at < hay.len() {
        let end = (at + step).min(hay.len());
        if crate::sniff::is_binary(&hay[at..end]) {
            return true;
        }
        text.release_before(end);
        at = end;
    }
    false
}

/// The replacement for one value: only characters that are safe in any
/// field of any format (no quotes, backslashes, delimiters, line breaks).
pub fn replacement(cat: Category, value: &[u8], mode: Mode, key: &[u8]) -> String {
    let token = || keyed(cat, value, key, 0)[..6].iter().map(|b| format!("{b:02x}")).collect::<String>();
    let text = match (mode, whole_value(cat)) {
        // A password or secret has no safe partial form: it is emptied.
        _ if matches!(cat, Category::Password | Category::Secret) => String::new(),
        // Values known by their field (names, places, plans, user agents):
        // emptied, as any stand-in in such a field would read as one; in
        // hash mode a token keeps joins (a pseudonym, still classified by its
        // field's name on a re-scan).
        // A username's token is one a username column accepts.
        (Mode::Hash, true) if cat == Category::Username => format!("{}_{}", cat.id(), token()),
        (Mode::Hash, true) => format!("*{}", token()),
        (Mode::Fake, true) => fake_whole(cat, &token()),
        (_, true) => String::new(),
        (Mode::Mask, false) => crate::mask::render(cat, value, false),
        (Mode::Hash, false) => format!("{}_{}", cat.id(), token()),
        (Mode::Fake, false) => fake(cat, value, &token()).unwrap_or_else(|| crate::mask::render(cat, value, false)),
    };
    text.chars()
        .map(|c| {
            if c.is_alphanumeric() || "@.*_-+:()/ %".contains(c) {
                c
            } else {
                '*'
            }
        })
        .collect()
}

/// The keyed hash of a value (HMAC-SHA-256 of its category, a `domain`
/// byte telling the uses apart, and its fingerprint): what every keyed
/// replacement is drawn from, so a value gets the same one in every file.
fn keyed(cat: Category, value: &[u8], key: &[u8], domain: u8) -> [u8; 32] {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes any key length");
    mac.update(cat.id().as_bytes());
    mac.update(&[domain]);
    mac.update(&crate::detect::normalize::fingerprint(cat, value).to_le_bytes());
    mac.finalize().into_bytes().into()
}

/// Categories whose masked form would still read as one (a city is shown
/// as it is; a user agent keeps its product): replaced whole.
fn whole_value(cat: Category) -> bool {
    matches!(
        cat,
        Category::Activity
            | Category::Name
            | Category::Username
            | Category::Location
            | Category::AccountType
            | Category::DateOfBirth
            | Category::Device
    )
}

/// A stand-in for a value known by its field, realistic enough for a test
/// system and one a re-scan knows as pii-scan's own
/// (`classify::shape::is_redaction_token`): `Robin Example`,
/// `example_3f2a9c`, `Example City`, `1900-01-01` (the usual "unknown
/// date"). Plans, user agents and activity times are emptied.
fn fake_whole(cat: Category, token: &str) -> String {
    let n = usize::from_str_radix(&token[..4], 16).unwrap_or(0);
    let fakes = crate::classify::shape::FAKE_FIRST_NAMES;
    match cat {
        Category::Name => format!("{} Example", fakes[n % fakes.len()]),
        Category::Username => format!("example_{}", &token[..6]),
        Category::Location => "Example City".into(),
        Category::DateOfBirth => crate::detect::fiction_date::stand_in("2000-01-01", true).unwrap_or_default(),
        _ => String::new(),
    }
}

/// A format-preserving fake from a documentation or test range, which a
/// scan counts as a placeholder; `None` where there is no such range.
fn fake(cat: Category, value: &[u8], token: &str) -> Option<String> {
    let n = u32::from_str_radix(&token[..4], 16).unwrap_or(0);
    Some(match cat {
        Category::Email => format!("user-{}@example.com", &token[..8]),
        Category::IpAddress if value.contains(&b':') => format!("2001:db8::{:x}", n),
        Category::IpAddress => format!("192.0.2.{}", n % 254 + 1),
        Category::PaymentCard => "4111 1111 1111 1111".into(),
        Category::GovernmentId => "078-05-1120".into(),
        Category::BankAccount => "GB82WEST12345698765432".into(),
        // From a range reserved for fiction, in the number's written form.
        Category::Phone => return crate::detect::fiction::stand_in(value, n),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_tokens_are_recognised_as_redacted_on_a_rescan() {
        for cat in Category::ALL {
            let r = replacement(cat, b"ana@mail.net", Mode::Hash, b"k");
            assert!(
                r.is_empty() || crate::classify::shape::is_redaction_token(r.as_bytes()),
                "{cat:?}: {r}"
            );
        }
        assert!(!crate::classify::shape::is_redaction_token(b"user_1234567890ab"));
        assert!(!crate::classify::shape::is_redaction_token(b"*12345678"));
    }

    #[test]
    fn replacements_are_safe_in_any_field_and_stable() {
        for mode in [Mode::Mask, Mode::Hash, Mode::Fake] {
            for (cat, v) in [
                (Category::Email, &b"O'Brien\"x\\@mail.net"[..]),
                (Category::Name, b"Ana, \"Lopez\""),
                (Category::IpAddress, b"81.2.69.160"),
                (Category::Phone, b"+33 6 12 34 56 78"),
            ] {
                let r = replacement(cat, v, mode, b"k");
                assert!(
                    !r.contains(['"', '\'', '\\', ',', ';', '|', '\t', '\n']),
                    "{mode:?} {r}"
                );
                assert_eq!(r, replacement(cat, v, mode, b"k"));
            }
        }
        let a = replacement(Category::Email, b"Ana@Mail.net", Mode::Hash, b"k");
        assert_eq!(
            a,
            replacement(Category::Email, b"ana@mail.net", Mode::Hash, b"k"),
            "joins survive case"
        );
        assert_ne!(
            a,
            replacement(Category::Email, b"ana@mail.net", Mode::Hash, b"other key")
        );
        assert!(a.starts_with("email_") && !a.contains('@'));
    }
}
