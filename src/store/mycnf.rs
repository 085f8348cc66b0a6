//! The `[client]` section of MySQL's option file (`~/.my.cnf`), as the
//! native client reads it for a login's defaults: `user`, `password`,
//! `host`, `port`. Like the client, a file others can write is ignored.

use std::collections::HashMap;

/// The `[client]` keys of `~/.my.cnf` (empty when there is none).
pub fn client() -> HashMap<String, String> {
    let Some(home) = std::env::var_os("HOME") else {
        return HashMap::new();
    };
    let path = std::path::Path::new(&home).join(".my.cnf");
    use std::os::unix::fs::PermissionsExt;
    match std::fs::metadata(&path) {
        Ok(m) if m.is_file() && m.permissions().mode() & 0o022 == 0 => {}
        _ => return HashMap::new(),
    }
    std::fs::read_to_string(&path).map(|t| parse(&t)).unwrap_or_default()
}

fn parse(text: &str) -> HashMap<String, String> {
    let mut out = HashMap::new();
    let mut in_client = false;
    for line in text.lines().map(str::trim) {
        if line.starts_with('#') || line.starts_with(';') || line.is_empty() {
            continue;
        }
        if let Some(section) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            in_client = section.trim() == "client";
            continue;
        }
        if let (true, Some((k, v))) = (in_client, line.split_once('=')) {
            let v = v.trim();
            let v = v
                .strip_prefix('"')
                .and_then(|v| v.strip_suffix('"'))
                .or_else(|| v.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
                .unwrap_or(v);
            out.insert(k.trim().replace('-', "_"), v.to_string());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_client_section_only() {
        let m = super::parse("[mysqld]\npassword=no\n[client]\nuser = ana\npassword=\"p w\"\n# c\n[mysql]\nuser=x\n");
        assert_eq!(m.get("user").map(String::as_str), Some("ana"));
        assert_eq!(m.get("password").map(String::as_str), Some("p w"));
    }
}
