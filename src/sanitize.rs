//! Making strings taken from scanned files safe to print on a terminal:
//! control characters, escape sequences and bidirectional overrides are
//! shown as `\u{..}` escapes instead of being interpreted.

/// Escapes what a terminal would interpret. Plain text passes unchanged.
pub fn terminal(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if is_unsafe(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_controls_and_bidi() {
        assert_eq!(super::terminal("a\x1b[31mb"), "a\\u{1b}[31mb");
        assert_eq!(super::terminal("x\u{202e}y\n"), "x\\u{202e}y\\u{a}");
        assert_eq!(super::terminal("dump/users.csv"), "dump/users.csv");
    }
}
