//! The password file PostgreSQL's own clients read: `PGPASSFILE`, else
//! `~/.pgpass`; lines `host:port:database:user:password`, `*` matching
//! anything, `\:` and `\\` escaped, `#` comments. Like libpq, a file others
//! can read is ignored (it would be a shared secret).

use std::path::{Path, PathBuf};

/// The password for the first line matching `host`, `port`, `db`, `user`.
pub fn lookup(host: &str, port: u16, db: &str, user: &str) -> Option<String> {
    let path = file()?;
    if !private(&path) {
        return None;
    }
    let text = std::fs::read_to_string(&path).ok()?;
    find(&text, host, port, db, user)
}

fn file() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("PGPASSFILE") {
        return Some(PathBuf::from(p));
    }
    std::env::var_os("HOME").map(|h| Path::new(&h).join(".pgpass"))
}

/// Readable by its owner only (mode 0600 or stricter).
fn private(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o077 == 0)
}

fn find(text: &str, host: &str, port: u16, db: &str, user: &str) -> Option<String> {
    let port = port.to_string();
    let want = [host, port.as_str(), db, user];
    text.lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .filter_map(|l| {
            let f = fields(l);
            (f.len() == 5).then_some(f)
        })
        .find(|f| f.iter().zip(want).all(|(got, want)| got == "*" || got == want))
        .map(|f| f[4].clone())
}

/// A line's fields, unescaped.
fn fields(line: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(n) = chars.next() {
                    out.last_mut().expect("one field at least").push(n);
                }
            }
            ':' if out.len() < 5 => out.push(String::new()),
            c => out.last_mut().expect("one field at least").push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_match_like_libpq() {
        let text = "# comment\ndb.internal:5432:shop:ana:first\n*:*:*:bob:pa\\:ss\\\\w\nlocalhost:*:*:*:any:colon";
        assert_eq!(find(text, "db.internal", 5432, "shop", "ana").as_deref(), Some("first"));
        assert_eq!(find(text, "db.internal", 5433, "shop", "ana"), None);
        assert_eq!(find(text, "x", 1, "y", "bob").as_deref(), Some("pa:ss\\w"));
        assert_eq!(find(text, "localhost", 1, "y", "z").as_deref(), Some("any:colon"));
    }
}
