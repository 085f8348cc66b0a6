//! Log lines: nginx/Apache combined and common format, syslog (with sshd's
//! `Failed password for [invalid user] NAME from IP port N` giving `user` and
//! `rhost`, and the users PAM, su, sudo, login and FTP daemons name), and
//! logfmt `key=value`. Each recognised line is a record; other
//! lines stay free text. Field names are the formats' own (`remote_addr`,
//! `time_local`, …) or the `key` of a pair.

use super::{Event, Names, Parser};
use std::collections::VecDeque;

pub struct Log {
    pos: usize,
    queue: VecDeque<Event>,
    /// Reused per line: the fields of a fixed-format line.
    fixed: Vec<(&'static str, usize, usize)>,
    /// Reused per line: logfmt pairs as (key start, key end, value start, value end).
    pairs: Vec<(usize, usize, usize, usize)>,
}

impl Log {
    pub fn new() -> Log {
        Log {
            pos: 0,
            queue: VecDeque::new(),
            fixed: Vec::new(),
            pairs: Vec::new(),
        }
    }
}

impl Default for Log {
    fn default() -> Self {
        Log::new()
    }
}

const COMBINED: [&str; 8] = [
    "remote_addr",
    "remote_user",
    "time_local",
    "request",
    "status",
    "body_bytes_sent",
    "http_referer",
    "http_user_agent",
];

/// Splits a combined/common log line into its fields, or `None`.
fn combined(line: &[u8], base: usize, out: &mut Vec<(&'static str, usize, usize)>) -> Option<()> {
    let tok = |i: usize| -> Option<usize> { memchr::memchr(b' ', line.get(i..)?).map(|k| i + k) };
    let a = tok(0)?;
    let b = tok(a + 1)?;
    let c = tok(b + 1)?;
    if line.get(c + 1) != Some(&b'[') {
        return None;
    }
    let t_end = c + 2 + memchr::memchr(b']', &line[c + 2..])?;
    if line.get(t_end + 1..t_end + 3) != Some(b" \"") {
        return None;
    }
    let q = |open: usize| -> Option<usize> {
        let mut i = open + 1;
        loop {
            // An escape as the line's last byte steps past its end.
            let k = memchr::memchr2(b'"', b'\\', line.get(i..)?)?;
            if line[i + k] == b'\\' {
                i += k + 2;
            } else {
                return Some(i + k);
            }
        }
    };
    let r_end = q(t_end + 2)?;
    let s = r_end + 2;
    let s_end = tok(s)?;
    if !(s_end == s + 3 && line[s..s_end].iter().all(u8::is_ascii_digit)) {
        return None;
    }
    let bytes_end = tok(s_end + 1).unwrap_or(line.len());
    out.push((COMBINED[0], base, base + a));
    if &line[b + 1..c] != b"-" {
        out.push((COMBINED[1], base + b + 1, base + c));
    }
    out.push((COMBINED[2], base + c + 2, base + t_end));
    request_fields(&line[t_end + 3..r_end], base + t_end + 3, out);
    out.push((COMBINED[4], base + s, base + s_end));
    out.push((COMBINED[5], base + s_end + 1, base + bytes_end));
    if line.get(bytes_end..bytes_end + 2) == Some(b" \"") {
        if let Some(ref_end) = q(bytes_end + 1) {
            let referer = &line[bytes_end + 2..ref_end];
            url_fields(referer, 0, referer.len(), &REFERER, base + bytes_end + 2, out);
            if line.get(ref_end + 1..ref_end + 3) == Some(b" \"") {
                if let Some(ua_end) = q(ref_end + 2) {
                    out.push((COMBINED[7], base + ref_end + 3, base + ua_end));
                }
            }
        }
    }
    Some(())
}

/// Path segments that name an account (`/u/NAME`, `/users/NAME`,
/// `/profile/NAME`, `/@NAME`) and query keys that carry one.
const USER_PATHS: [&[u8]; 12] = [
    b"/u/",
    b"/user/",
    b"/users/",
    b"/profile/",
    b"/profiles/",
    b"/profil/",
    b"/perfil/",
    b"/member/",
    b"/members/",
    b"/minside/",
    b"/people/",
    b"/@",
];
const USER_KEYS: [&[u8]; 7] = [b"user", b"username", b"login", b"u", b"handle", b"nick", b"account"];
const EMAIL_KEYS: [&[u8]; 4] = [b"email", b"mail", b"e-mail", b"e_mail"];

/// The names a URL field and the account names and addresses it carries
/// are reported under.
struct UrlNames {
    whole: &'static str,
    user: &'static str,
    email: &'static str,
}

const REQUEST: UrlNames = UrlNames {
    whole: "request",
    user: "request.user",
    email: "request.email",
};

const REFERER: UrlNames = UrlNames {
    whole: "http_referer",
    user: "http_referer.user",
    email: "http_referer.email",
};

/// The request line as `request`, with the account names and email
/// addresses its URL carries as `request.user` and `request.email` (the
/// request is cut around them, so events stay in offset order).
fn request_fields(req: &[u8], base: usize, out: &mut Vec<(&'static str, usize, usize)>) {
    let url_start = memchr::memchr(b' ', req).map_or(0, |i| i + 1);
    let url_end = memchr::memchr(b' ', &req[url_start..]).map_or(req.len(), |i| url_start + i);
    url_fields(req, url_start, url_end, &REQUEST, base, out);
}

/// The URL `text[url_start..url_end]` (a request's or a referer's), its
/// account names and addresses as their own fields.
fn url_fields(
    req: &[u8],
    url_start: usize,
    url_end: usize,
    names: &UrlNames,
    base: usize,
    out: &mut Vec<(&'static str, usize, usize)>,
) {
    let mut found: Vec<(&'static str, usize, usize)> = Vec::new();
    let url = &req[url_start..url_end];
    let query = memchr::memchr(b'?', url).unwrap_or(url.len());
    let stop = |b: u8| matches!(b, b'/' | b'?' | b'#' | b'&' | b';' | b' ');
    let plausible = |v: &[u8]| {
        (2..=64).contains(&v.len())
            && v.iter().any(u8::is_ascii_alphabetic)
            && !matches!(v, b"edit" | b"settings" | b"me" | b"login" | b"logout" | b"new" | b"search")
    };
    for p in USER_PATHS {
        if let Some(i) = url[..query].windows(p.len()).position(|w| w == p) {
            let s = i + p.len();
            let e = url[s..].iter().position(|&b| stop(b)).map_or(url.len(), |k| s + k);
            if plausible(&url[s..e]) {
                found.push((names.user, url_start + s, url_start + e));
            }
            break;
        }
    }
    if query < url.len() {
        let mut at = query + 1;
        for pair in url[query + 1..].split(|&b| b == b'&') {
            if let Some(eq) = memchr::memchr(b'=', pair) {
                let key = pair[..eq].to_ascii_lowercase();
                let (s, e) = (at + eq + 1, at + pair.len());
                let name = if USER_KEYS.contains(&key.as_slice()) {
                    Some(names.user)
                } else if EMAIL_KEYS.contains(&key.as_slice()) {
                    Some(names.email)
                } else {
                    None
                };
                if let Some(name) = name.filter(|_| plausible(&url[s..e])) {
                    found.push((name, url_start + s, url_start + e));
                }
            }
            at += pair.len() + 1;
        }
    }
    let mut pos = 0;
    for (name, s, e) in found {
        if s > pos {
            out.push((names.whole, base + pos, base + s));
        }
        out.push((name, base + s, base + e));
        pos = e;
    }
    if pos < req.len() || req.is_empty() {
        out.push((names.whole, base + pos, base + req.len()));
    }
}

/// `Mmm dd hh:mm:ss host program[pid]: message`, with sshd's user and host.
fn syslog(line: &[u8], base: usize, out: &mut Vec<(&'static str, usize, usize)>) -> Option<()> {
    let ok = line.len() > 16
        && line[0].is_ascii_uppercase()
        && line[1..3].iter().all(u8::is_ascii_lowercase)
        && line[3] == b' '
        && line[9] == b':'
        && line[12] == b':'
        && line[15] == b' ';
    if !ok {
        return None;
    }
    let host_end = 16 + memchr::memchr(b' ', &line[16..])?;
    let prog_end = host_end + 1 + memchr::memchr(b':', &line[host_end + 1..])?;
    let msg = prog_end + 2;
    out.push(("timestamp", base, base + 15));
    out.push(("host", base + 16, base + host_end));
    let prog = &line[host_end + 1..prog_end];
    let prog_name_end = memchr::memchr(b'[', prog).unwrap_or(prog.len());
    out.push(("program", base + host_end + 1, base + host_end + 1 + prog_name_end));
    let message = &line[msg.min(line.len())..];
    // sshd: "... for [invalid user ]NAME from IP port N", "Invalid user NAME from IP"
    let find = |pat: &[u8]| message.windows(pat.len()).position(|w| w == pat);
    let user_at = find(b" for invalid user ")
        .map(|k| k + 18)
        .or_else(|| find(b"Invalid user ").map(|k| k + 13))
        .or_else(|| {
            (find(b"Failed password for ").is_some() || find(b"Accepted ").is_some())
                .then(|| find(b" for ").map(|k| k + 5))
                .flatten()
        });
    if let (Some(u), Some(from)) = (user_at, find(b" from ")) {
        if u < from {
            out.push(("user", base + msg + u, base + msg + from));
            let ip = from + 6;
            let ip_end = memchr::memchr(b' ', &message[ip..]).map_or(message.len(), |k| ip + k);
            out.push(("rhost", base + msg + ip, base + msg + ip_end));
            return Some(());
        }
    }
    let m0 = msg.min(line.len());
    let before = out.len();
    login_users(&line[m0..], base + m0, out);
    if out.len() == before {
        out.push(("message", base + m0, base + line.len()));
    }
    Some(())
}

/// Users (and remote hosts) named by PAM, su, sudo, login and FTP daemons
/// in a syslog message: `user=bob ruser= rhost=…`, `session opened for user
/// bob`, `Successful su for bob by root`, `alice : TTY=pts/0 ; … USER=root`,
/// `FAILED LOGIN 1 FROM tty1 FOR bob,`, `[bob] OK LOGIN:`. Pushed in order.
fn login_users(m: &[u8], base: usize, out: &mut Vec<(&'static str, usize, usize)>) {
    let find = |pat: &[u8]| memchr::memmem::find(m, pat);
    let word_end = |from: usize, stops: &[u8]| {
        from + m[from..]
            .iter()
            .position(|b| b.is_ascii_whitespace() || stops.contains(b))
            .unwrap_or(m.len() - from)
    };
    let mut found: Vec<(&'static str, usize, usize)> = Vec::new();
    // PAM and sudo `key=value` pairs (empty values skipped).
    for (key, name) in [
        (&b"user="[..], "user"),
        (b"ruser=", "ruser"),
        (b"logname=", "logname"),
        (b"rhost=", "rhost"),
        (b"USER=", "run_as"),
    ] {
        let mut at = 0;
        while let Some(k) = memchr::memmem::find(&m[at..], key) {
            let s = at + k + key.len();
            let preceded = at + k == 0 || matches!(m[at + k - 1], b' ' | b';' | b'(');
            let e = word_end(s, b";,)");
            if preceded && e > s {
                found.push((name, s, e));
            }
            at = s;
        }
    }
    // `... for user NAME`, `su for NAME by`, `FOR NAME,`.
    for pat in [&b" for user "[..], b"su for ", b" FOR "] {
        if let Some(k) = find(pat) {
            let s = k + pat.len();
            let e = word_end(s, b",(");
            if e > s && !found.iter().any(|f| f.1 == s) {
                found.push(("user", s, e));
            }
        }
    }
    // sudo: `NAME : TTY=...`; vsftpd: `[NAME] OK LOGIN`.
    if let Some(k) = find(b" : TTY=") {
        if k > 0 && !m[..k].contains(&b' ') {
            found.push(("user", 0, k));
        }
    }
    if m.first() == Some(&b'[') {
        if let Some(k) = find(b"] ") {
            if k > 1 && find(b"LOGIN").is_some() {
                found.push(("user", 1, k));
            }
        }
    }
    found.sort_by_key(|f| f.1);
    found.dedup_by_key(|f| f.1);
    out.extend(found.into_iter().map(|(n, s, e)| (n, base + s, base + e)));
}

/// `key=value key2="quoted value"`; at least two pairs make a logfmt line.
fn logfmt(line: &[u8], base: usize, out: &mut Vec<(usize, usize, usize, usize)>) -> Option<()> {
    let mut i = 0;
    let start = out.len();
    while i < line.len() {
        while i < line.len() && line[i] == b' ' {
            i += 1;
        }
        let k = i;
        while i < line.len() && (line[i].is_ascii_alphanumeric() || matches!(line[i], b'_' | b'.' | b'-')) {
            i += 1;
        }
        if i == k || line.get(i) != Some(&b'=') {
            // Not a pair: skip this token.
            i = memchr::memchr(b' ', &line[i..]).map_or(line.len(), |n| i + n);
            continue;
        }
        let key = (base + k, base + i);
        i += 1;
        let (s, e) = if line.get(i) == Some(&b'"') {
            let mut j = i + 1;
            while j < line.len() && line[j] != b'"' {
                j += if line[j] == b'\\' { 2 } else { 1 };
            }
            let e = j.min(line.len());
            let s = i + 1;
            i = e + 1;
            (s, e)
        } else {
            let e = memchr::memchr(b' ', &line[i..]).map_or(line.len(), |n| i + n);
            let s = i;
            i = e;
            (s, e)
        };
        out.push((key.0, key.1, base + s, base + e));
    }
    (out.len() - start >= 2).then_some(())
}

impl Parser for Log {
    fn is_log(&self) -> bool {
        true
    }

    fn needed(&self) -> usize {
        let queued = self.queue.iter().filter_map(|e| match e {
            Event::Value { start, .. } => Some(*start),
            Event::EndRecord | Event::BeginRecord => None,
        });
        queued.min().unwrap_or(self.pos).min(self.pos)
    }

    fn rebase(&mut self, by: usize) {
        self.pos -= by;
        for e in &mut self.queue {
            if let Event::Value { start, end, .. } = e {
                *start -= by;
                *end -= by;
            }
        }
    }

    fn next(&mut self, hay: &[u8], names: &mut Names) -> Option<Event> {
        if self.pos == 0 {
            self.pos = super::bom_len(hay);
        }
        loop {
            if let Some(ev) = self.queue.pop_front() {
                return Some(ev);
            }
            if self.pos >= hay.len() {
                return None;
            }
            let base = self.pos;
            let end = memchr::memchr(b'\n', &hay[base..]).map_or(hay.len(), |k| base + k);
            self.pos = end + 1;
            let line = hay[base..end].strip_suffix(b"\r").unwrap_or(&hay[base..end]);
            self.fixed.clear();
            if combined(line, base, &mut self.fixed).is_some() || syslog(line, base, &mut self.fixed).is_some() {
                for &(name, s, e) in &self.fixed {
                    let field = names.intern(name);
                    self.queue.push_back(Event::Value {
                        field,
                        start: s,
                        end: e,
                    });
                }
                self.queue.push_back(Event::EndRecord);
                continue;
            }
            self.pairs.clear();
            if logfmt(line, base, &mut self.pairs).is_some() {
                for &(ks, ke, s, e) in &self.pairs {
                    let field = match std::str::from_utf8(&hay[ks..ke]) {
                        Ok(k) => names.intern(k),
                        Err(_) => names.intern(&String::from_utf8_lossy(&hay[ks..ke])),
                    };
                    self.queue.push_back(Event::Value {
                        field,
                        start: s,
                        end: e,
                    });
                }
                self.queue.push_back(Event::EndRecord);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::collect;
    use super::*;

    /// The values of field `k`, in order.
    fn pick(values: &[(String, String)], k: &str) -> Vec<String> {
        values.iter().filter(|(a, _)| a == k).map(|(_, b)| b.clone()).collect()
    }

    /// Found by the `parsers` fuzz target: a request field ending in a
    /// backslash at the end of the line stepped past the line's end.
    #[test]
    fn a_line_ending_in_an_escape_inside_quotes() {
        let hay = b"81.2.69.160 - - [10/Oct/2024:13:55:36 +0000] \"GET /a\\\n";
        let (values, _, _) = collect(&mut Log::new(), hay);
        assert!(values.len() <= 1, "{values:?}");
    }

    #[test]
    fn combined_log_fields() {
        let hay = b"81.2.69.160 - frank [10/Oct/2024:13:55:36 +0000] \"GET /a?q=\\\"x\\\" HTTP/1.1\" 200 2326 \"-\" \"curl/8.4.0\"\n";
        let (values, records, _) = collect(&mut Log::new(), hay);
        let got: Vec<(&str, &str)> = values.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(
            got,
            vec![
                ("remote_addr", "81.2.69.160"),
                ("remote_user", "frank"),
                ("time_local", "10/Oct/2024:13:55:36 +0000"),
                ("request", "GET /a?q=\\\"x\\\" HTTP/1.1"),
                ("status", "200"),
                ("body_bytes_sent", "2326"),
                ("http_referer", "-"),
                ("http_user_agent", "curl/8.4.0"),
            ]
        );
        assert_eq!(records, 1);
    }

    #[test]
    fn account_names_and_emails_in_request_urls() {
        let hay = b"81.2.69.160 - - [10/Oct/2024:13:55:36 +0000] \"GET /u/emma_shoots/favourites?page=2&email=emma%40example.org HTTP/1.1\" 200 12 \"-\" \"curl/8.4.0\"\n";
        let (values, _, _) = collect(&mut Log::new(), hay);
        let got: Vec<(&str, &str)> = values.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(
            got[2..6],
            [
                ("request", "GET /u/"),
                ("request.user", "emma_shoots"),
                ("request", "/favourites?page=2&email="),
                ("request.email", "emma%40example.org"),
            ]
        );
    }

    #[test]
    fn sshd_failed_password_gives_user_and_host() {
        let hay = b"Mar  3 04:12:09 web1 sshd[2211]: Failed password for invalid user admin from 81.2.69.160 port 52113 ssh2\nMar  3 04:12:11 web1 sshd[2211]: Accepted publickey for deploy from 81.2.69.161 port 52114 ssh2\n";
        let (values, records, _) = collect(&mut Log::new(), hay);
        let pick = |k: &str| pick(&values, k);
        assert_eq!(pick("user"), vec!["admin", "deploy"]);
        assert_eq!(pick("rhost"), vec!["81.2.69.160", "81.2.69.161"]);
        assert_eq!(pick("timestamp"), vec!["Mar  3 04:12:09", "Mar  3 04:12:11"]);
        assert_eq!(records, 2);
    }

    #[test]
    fn pam_su_sudo_login_and_ftp_name_their_users() {
        let hay = b"Mar  3 04:12:09 web1 sshd[1]: pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=81.2.69.160  user=root\n\
Mar  3 04:12:10 web1 su[2]: pam_unix(su:session): session opened for user carol by (uid=0)\n\
Mar  3 04:12:11 web1 su[3]: Successful su for dave by root\n\
Mar  3 04:12:12 web1 sudo: erin : TTY=pts/0 ; PWD=/home/erin ; USER=root ; COMMAND=/bin/ls\n\
Mar  3 04:12:13 web1 login[4]: FAILED LOGIN 1 FROM tty1 FOR frank, Authentication failure\n\
Mar  3 04:12:14 web1 vsftpd[5]: [grace] OK LOGIN: Client \"81.2.69.161\"\n\
Mar  3 04:12:15 web1 cron[6]: (root) CMD (run-parts /etc/cron.hourly)\n";
        let (values, records, _) = collect(&mut Log::new(), hay);
        let pick = |k: &str| pick(&values, k);
        assert_eq!(pick("user"), vec!["root", "carol", "dave", "erin", "frank", "grace"]);
        assert_eq!(pick("rhost"), vec!["81.2.69.160"]);
        assert_eq!(pick("run_as"), vec!["root"]);
        assert_eq!(pick("message"), vec!["(root) CMD (run-parts /etc/cron.hourly)"]);
        assert_eq!(records, 7);
    }

    #[test]
    fn logfmt_pairs_and_free_text() {
        let hay = b"ts=2024-05-01T10:00:00Z level=info user=ana msg=\"login ok\" ip=81.2.69.160\njust a sentence\n";
        let (values, records, _) = collect(&mut Log::new(), hay);
        let got: Vec<(&str, &str)> = values.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(
            got,
            vec![
                ("ts", "2024-05-01T10:00:00Z"),
                ("level", "info"),
                ("user", "ana"),
                ("msg", "login ok"),
                ("ip", "81.2.69.160")
            ]
        );
        assert_eq!(records, 1);
    }
}
