//! Foreign keys an SQL dump declares: `owner_id integer REFERENCES
//! users(id)` in a `CREATE TABLE`, `FOREIGN KEY (owner_id) REFERENCES
//! users (id)` as its constraint, or pg_dump's `ALTER TABLE ONLY
//! public.favourites ADD CONSTRAINT … FOREIGN KEY (owner_id) REFERENCES
//! public.users(id)` at the end of the dump. They say which table a column
//! whose name does not (`owner_id`, `created_by`) refers to, for linking
//! rows into people (`people::keys`). A text search over the bytes, no
//! SQL grammar: what it cannot read it leaves out.

use memchr::memmem;

/// How far back from a `REFERENCES` the statement's start is looked for.
const LOOK_BACK: usize = 64 * 1024;

/// `("table.column", "referenced_table")` for each foreign key in `hay`,
/// schemas dropped (`public.users` is `users`).
pub fn foreign_keys(hay: &[u8]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for pos in memmem::find_iter(hay, b"REFERENCES") {
        let Some(target) = ident_after(hay, pos + b"REFERENCES".len()) else {
            continue;
        };
        let from = pos.saturating_sub(LOOK_BACK);
        let before = &hay[from..pos];
        let Some(table) = statement_table(before) else {
            continue;
        };
        // `FOREIGN KEY (a, b)` just before, else the column this line
        // defines.
        let columns = match memmem::rfind(before, b"FOREIGN KEY") {
            Some(fk) if !before[fk..].contains(&b';') => list(&before[fk + b"FOREIGN KEY".len()..]),
            _ => column_of_line(before).into_iter().collect(),
        };
        for c in columns {
            out.push((format!("{table}.{c}"), target.clone()));
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Columns whose values must stay distinct and join: `table.column` for
/// every primary key, unique key and foreign key declared in `hay`, and
/// every column a foreign key refers to (`REFERENCES users(id)` makes
/// `users.id` one), whether declared inline, as a table constraint or in
/// pg_dump's closing `ALTER TABLE … ADD CONSTRAINT`.
pub fn key_columns(hay: &[u8]) -> Vec<String> {
    let mut out = Vec::new();
    for word in [&b"PRIMARY KEY"[..], b"UNIQUE", b"FOREIGN KEY", b"REFERENCES"] {
        for pos in memmem::find_iter(hay, word) {
            let before = &hay[pos.saturating_sub(LOOK_BACK)..pos];
            let mut after = &hay[pos + word.len()..hay.len().min(pos + word.len() + 512)];
            if word == b"REFERENCES" {
                // `REFERENCES public.users (id)`: the target's listed columns.
                let Some(target) = ident_after(after, 0) else { continue };
                let stop = after.iter().position(|&b| matches!(b, b'(' | b';' | b'\n' | b',')).unwrap_or(0);
                if after.get(stop) == Some(&b'(') {
                    out.extend(list(&after[stop..]).into_iter().map(|c| format!("{target}.{c}")));
                }
                if let Some(table) = statement_table(before) {
                    if memmem::rfind(before, b"FOREIGN KEY").is_none_or(|fk| before[fk..].contains(&b';')) {
                        out.extend(column_of_line(before).map(|c| format!("{table}.{c}")));
                    }
                }
                continue;
            }
            let Some(table) = statement_table(before) else { continue };
            // `UNIQUE KEY name (…)`, `UNIQUE INDEX (…)`: the name skipped.
            let i = skip_ws(after, 0);
            if after.get(i) != Some(&b'(') {
                for w in [&b"KEY"[..], b"INDEX"] {
                    if after[i..].len() >= w.len() && after[i..i + w.len()].eq_ignore_ascii_case(w) {
                        after = &after[i + w.len()..];
                        break;
                    }
                }
                let j = skip_ws(after, 0);
                if after.get(j) != Some(&b'(') {
                    if let Some((_, end)) = ident_at(after, j) {
                        if after[end..].iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'(') {
                            after = &after[end..];
                        }
                    }
                }
            }
            let cols = list(after);
            if cols.is_empty() {
                out.extend(column_of_line(before).map(|c| format!("{table}.{c}")));
            } else {
                out.extend(cols.into_iter().map(|c| format!("{table}.{c}")));
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// The table of the statement `before` ends inside: the last `CREATE
/// TABLE` or `ALTER TABLE` with no `;` after it.
fn statement_table(before: &[u8]) -> Option<String> {
    let create = memmem::rfind(before, b"CREATE TABLE");
    let alter = memmem::rfind(before, b"ALTER TABLE");
    let (at, len) = match (create, alter) {
        (Some(c), Some(a)) if a > c => (a, b"ALTER TABLE".len()),
        (Some(c), _) => (c, b"CREATE TABLE".len()),
        (None, Some(a)) => (a, b"ALTER TABLE".len()),
        (None, None) => return None,
    };
    if before[at..].contains(&b';') {
        return None;
    }
    let mut i = at + len;
    // `IF NOT EXISTS`, `ONLY`.
    for word in [&b"IF NOT EXISTS"[..], b"ONLY"] {
        let j = skip_ws(before, i);
        if before[j..].starts_with(word) {
            i = j + word.len();
        }
    }
    ident_after(before, i)
}

/// The identifier after `i` (spaces skipped), unquoted, its schema dropped.
fn ident_after(hay: &[u8], i: usize) -> Option<String> {
    let mut i = skip_ws(hay, i);
    loop {
        let (name, end) = ident_at(hay, i)?;
        if hay.get(end) != Some(&b'.') {
            return Some(name);
        }
        i = end + 1;
    }
}

/// One identifier at `i`: quoted (`"x"`, `` `x` ``, `[x]`) or bare.
fn ident_at(hay: &[u8], i: usize) -> Option<(String, usize)> {
    let close = match hay.get(i)? {
        b'"' => b'"',
        b'`' => b'`',
        b'[' => b']',
        _ => {
            let end = i + hay[i..]
                .iter()
                .position(|b| !(b.is_ascii_alphanumeric() || *b == b'_' || *b >= 0x80))
                .unwrap_or(hay.len() - i);
            return (end > i).then(|| (String::from_utf8_lossy(&hay[i..end]).into_owned(), end));
        }
    };
    let len = hay[i + 1..].iter().position(|&b| b == close)?;
    Some((String::from_utf8_lossy(&hay[i + 1..i + 1 + len]).into_owned(), i + len + 2))
}

/// The names of a parenthesised list at the start of `s` (spaces skipped).
fn list(s: &[u8]) -> Vec<String> {
    let i = skip_ws(s, 0);
    if s.get(i) != Some(&b'(') {
        return Vec::new();
    }
    let Some(len) = s[i..].iter().position(|&b| b == b')') else {
        return Vec::new();
    };
    s[i + 1..i + len]
        .split(|&b| b == b',')
        .filter_map(|part| ident_after(part, 0))
        .collect()
}

/// The column a definition line names: the first identifier after the
/// last line break or `(` / `,` that starts it.
fn column_of_line(before: &[u8]) -> Option<String> {
    let start = before
        .iter()
        .rposition(|&b| b == b'\n' || b == b'(' || b == b',')
        .map_or(0, |p| p + 1);
    ident_after(before, start)
}

fn skip_ws(hay: &[u8], mut i: usize) -> usize {
    while hay.get(i).is_some_and(u8::is_ascii_whitespace) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn foreign_keys_of_mysql_and_pg_dumps() {
        let mysql = b"CREATE TABLE `favourites` (\n  `id` int NOT NULL,\n  `owner_id` int NOT NULL,\n  \
            PRIMARY KEY (`id`),\n  CONSTRAINT `fk_owner` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`)\n) ENGINE=InnoDB;\n";
        assert_eq!(foreign_keys(mysql), vec![("favourites.owner_id".into(), "users".into())]);
        let pg = b"CREATE TABLE public.uploads (\n    id bigint NOT NULL,\n    created_by integer REFERENCES public.users(id),\n    \
            taken_at timestamp\n);\nINSERT INTO x VALUES (1);\n\
            ALTER TABLE ONLY public.favourites\n    ADD CONSTRAINT favourites_owner_fkey FOREIGN KEY (owner_id) REFERENCES public.users(id);\n";
        assert_eq!(
            foreign_keys(pg),
            vec![
                ("favourites.owner_id".into(), "users".into()),
                ("uploads.created_by".into(), "users".into())
            ]
        );
        assert!(foreign_keys(b"INSERT INTO t VALUES ('see REFERENCES users');").is_empty());
    }

    #[test]
    fn key_columns_of_mysql_and_pg_dumps() {
        let mysql = b"CREATE TABLE `users` (\n  `id` int NOT NULL,\n  `email` varchar(80) NOT NULL,\n  \
            PRIMARY KEY (`id`),\n  UNIQUE KEY `users_email` (`email`)\n);\n\
            CREATE TABLE `favourites` (\n  `id` int NOT NULL PRIMARY KEY,\n  `owner_id` int NOT NULL,\n  \
            CONSTRAINT `fk_owner` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`)\n);\n\
            INSERT INTO notes VALUES ('UNIQUE (x)');\n";
        assert_eq!(
            key_columns(mysql),
            ["favourites.id", "favourites.owner_id", "users.email", "users.id"]
        );
        let pg = b"CREATE TABLE public.uploads (\n    id uuid NOT NULL,\n    owner_id integer REFERENCES public.users(id)\n);\n\
            ALTER TABLE ONLY public.uploads\n    ADD CONSTRAINT uploads_pkey PRIMARY KEY (id);\n\
            ALTER TABLE ONLY public.users\n    ADD CONSTRAINT users_email_key UNIQUE (email);\n";
        assert_eq!(
            key_columns(pg),
            ["uploads.id", "uploads.owner_id", "users.email", "users.id"]
        );
    }
}
