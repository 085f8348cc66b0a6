//! A table's CSV as the scanner reads it: a header line the store module
//! writes, then the server's `COPY … TO STDOUT (FORMAT csv)` stream. The
//! reader counts the records that pass (a line break outside quotes ends
//! one: exact for CSV as servers write it) and keeps the first read error
//! instead of passing it on, so what was read before a statement timeout or
//! a dropped table is still scanned, and the error is reported beside it.

use std::io::{self, Read};

pub struct Rows<R> {
    header: io::Cursor<Vec<u8>>,
    inner: R,
    quoted: bool,
    pub records: u64,
    pub bytes: u64,
    pub error: Option<io::Error>,
}

impl<R: Read> Rows<R> {
    /// `inner` after a header naming `columns` (quoted as CSV).
    pub fn new(columns: &[String], inner: R) -> Self {
        let mut header = Vec::new();
        for (i, c) in columns.iter().enumerate() {
            if i > 0 {
                header.push(b',');
            }
            header.push(b'"');
            header.extend_from_slice(c.replace('"', "\"\"").as_bytes());
            header.push(b'"');
        }
        header.push(b'\n');
        Rows {
            header: io::Cursor::new(header),
            inner,
            quoted: false,
            records: 0,
            bytes: 0,
            error: None,
        }
    }

    fn count(&mut self, buf: &[u8]) {
        for &b in buf {
            match b {
                b'"' => self.quoted = !self.quoted,
                b'\n' if !self.quoted => self.records += 1,
                _ => {}
            }
        }
    }
}

impl<R: Read> Read for Rows<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.header.read(buf)?;
        if n > 0 {
            return Ok(n);
        }
        if self.error.is_some() {
            return Ok(0);
        }
        loop {
            match self.inner.read(buf) {
                Ok(n) => {
                    self.count(&buf[..n]);
                    self.bytes += n as u64;
                    return Ok(n);
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    self.error = Some(e);
                    return Ok(0);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Failing(&'static [u8], bool);

    impl Read for Failing {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            if self.1 {
                return Err(io::Error::other("canceling statement due to statement timeout"));
            }
            self.1 = true;
            buf[..self.0.len()].copy_from_slice(self.0);
            Ok(self.0.len())
        }
    }

    #[test]
    fn records_are_counted_outside_quotes_and_errors_kept() {
        let body: &[u8] = b"1,\"two\nlines\",x\n2,\"a \"\"q\"\"\",y\n";
        let mut r = Rows::new(&["public.t.id".into(), "a \"b\"".into()], Failing(body, false));
        let mut out = Vec::new();
        r.read_to_end(&mut out).unwrap();
        assert!(out.starts_with(b"\"public.t.id\",\"a \"\"b\"\"\"\n1,"));
        assert_eq!(r.records, 2);
        assert_eq!(r.bytes, body.len() as u64);
        assert!(r.error.unwrap().to_string().contains("statement timeout"));
    }
}
