//! A column's declared type and constraints, read from its definition in an
//! SQL dump's `CREATE TABLE` (`plan enum('free','pro') NOT NULL`, `lat
//! double precision`, `id uuid PRIMARY KEY`): what a value written into it
//! must be for the dump to load. The parser records them as it passes each
//! `CREATE TABLE` (`parse::sql`); redaction writes replacements that fit.
//! Types it does not know are `Other`: nothing is promised about them.

/// What a column holds, as far as a replacement must respect it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SqlType {
    /// Whole numbers (`int`, `bigint`, `serial`).
    Integer,
    /// Other numbers (`double precision`, `numeric(9,6)`, `real`).
    Number,
    Date,
    /// A date and a time (`timestamp`, `datetime`, `timestamptz`).
    Timestamp,
    Time,
    Year,
    /// One of these members (`enum('free','pro')`, MySQL's `set`, a
    /// PostgreSQL `CREATE TYPE … AS ENUM`).
    Enum(Vec<String>),
    Uuid,
    Bool,
    /// An IP address (PostgreSQL `inet`, `cidr`).
    Inet,
    /// Text, at most this many characters when bounded (`varchar(40)`).
    Text(Option<usize>),
    /// A JSON document (`json`, `jsonb`).
    Json,
    /// A PostgreSQL array (`text[]`, `integer ARRAY`).
    Array,
    Other,
}

/// A column's type and whether a value must be present and unique.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column {
    pub ty: SqlType,
    /// `NOT NULL` (or a primary key): NULL does not load.
    pub not_null: bool,
    /// A primary or unique key, or a foreign key's end: its values must
    /// stay distinct and join.
    pub key: bool,
    /// A `CHECK` constraint names it: what it accepts is not known here.
    pub checked: bool,
}

impl Column {
    /// The column defined by `def`, the text after its name (`varchar(40)
    /// NOT NULL DEFAULT ''`); `enums` are the dump's named enum types.
    pub fn parse(def: &str, enums: &[(String, Vec<String>)]) -> Column {
        let lower = def.trim().to_ascii_lowercase();
        let word: String = lower
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '.' || *c == '"')
            .collect::<String>()
            .replace('"', "");
        let base = word.rsplit('.').next().unwrap_or(&word);
        let bound = || {
            let open = lower.find('(')?;
            let close = lower[open..].find(')')? + open;
            lower[open + 1..close].trim().parse().ok()
        };
        let array = lower.split_whitespace().next().is_some_and(|w| w.ends_with("[]"))
            || lower.split_whitespace().nth(1) == Some("array");
        let ty = match base {
            _ if array => SqlType::Array,
            "json" | "jsonb" => SqlType::Json,
            "int" | "integer" | "smallint" | "tinyint" | "mediumint" | "bigint" | "serial" | "bigserial"
            | "smallserial" | "int2" | "int4" | "int8" => SqlType::Integer,
            "decimal" | "numeric" | "real" | "float" | "double" | "float4" | "float8" | "dec" | "fixed" => {
                SqlType::Number
            }
            "date" => SqlType::Date,
            "datetime" | "timestamp" | "timestamptz" | "smalldatetime" | "datetime2" => SqlType::Timestamp,
            "time" | "timetz" => SqlType::Time,
            "year" => SqlType::Year,
            "enum" | "set" => SqlType::Enum(members(def)),
            "uuid" | "uniqueidentifier" => SqlType::Uuid,
            "bool" | "boolean" | "bit" => SqlType::Bool,
            "inet" | "cidr" => SqlType::Inet,
            "char" | "varchar" | "nchar" | "nvarchar" | "varchar2" | "nvarchar2" | "character" => {
                // `character varying(40)`, `char(2)`; bare `char` is one.
                SqlType::Text(bound().or((base == "char" || base == "character").then_some(1)))
            }
            "text" | "tinytext" | "mediumtext" | "longtext" | "clob" | "citext" | "string" | "ntext" => {
                SqlType::Text(None)
            }
            _ => match enums.iter().find(|(name, _)| name.eq_ignore_ascii_case(base)) {
                Some((_, m)) => SqlType::Enum(m.clone()),
                None => SqlType::Other,
            },
        };
        let key = lower.contains("primary key") || lower.contains("unique") || lower.contains("references");
        Column {
            ty,
            not_null: lower.contains("not null") || lower.contains("primary key"),
            key,
            checked: lower.contains("check"),
        }
    }
}

/// The quoted members of `enum('a','b''c')` / `AS ENUM ('a', 'b')`.
pub fn members(def: &str) -> Vec<String> {
    let Some(open) = def.find('(') else {
        return Vec::new();
    };
    let b = def.as_bytes();
    let (mut out, mut i) = (Vec::new(), open + 1);
    while i < b.len() && b[i] != b')' {
        if b[i] == b'\'' {
            let mut s = Vec::new();
            i += 1;
            while i < b.len() {
                match b[i] {
                    b'\'' if b.get(i + 1) == Some(&b'\'') => {
                        s.push(b'\'');
                        i += 1;
                    }
                    b'\'' => break,
                    b'\\' if i + 1 < b.len() => {
                        s.push(b[i + 1]);
                        i += 1;
                    }
                    c => s.push(c),
                }
                i += 1;
            }
            out.push(String::from_utf8_lossy(&s).into_owned());
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mysql_and_postgres_definitions() {
        let c = |d: &str| Column::parse(d, &[]);
        assert_eq!(c("int(11) NOT NULL AUTO_INCREMENT").ty, SqlType::Integer);
        assert!(c("int(11) NOT NULL AUTO_INCREMENT").not_null);
        assert_eq!(c("double precision").ty, SqlType::Number);
        assert!(!c("double precision").not_null);
        assert_eq!(c("decimal(9,6) DEFAULT NULL").ty, SqlType::Number);
        assert_eq!(
            c("enum('free','pro','it''s') NOT NULL DEFAULT 'free'").ty,
            SqlType::Enum(vec!["free".into(), "pro".into(), "it's".into()])
        );
        assert_eq!(c("character varying(40)").ty, SqlType::Text(Some(40)));
        assert_eq!(c("varchar(255) COLLATE utf8mb4_unicode_ci").ty, SqlType::Text(Some(255)));
        assert_eq!(c("timestamp with time zone").ty, SqlType::Timestamp);
        assert_eq!(c("datetime DEFAULT NULL").ty, SqlType::Timestamp);
        assert_eq!(c("uuid DEFAULT gen_random_uuid() NOT NULL").ty, SqlType::Uuid);
        assert_eq!(c("inet").ty, SqlType::Inet);
        assert_eq!(c("text[]").ty, SqlType::Array);
        assert_eq!(c("jsonb NOT NULL").ty, SqlType::Json);
        assert!(c("bigint PRIMARY KEY").key && c("bigint PRIMARY KEY").not_null);
        assert!(c("integer REFERENCES public.users(id)").key);
        let enums = vec![("plan".to_string(), vec!["free".to_string(), "pro".to_string()])];
        assert_eq!(
            Column::parse("public.plan NOT NULL", &enums).ty,
            SqlType::Enum(vec!["free".into(), "pro".into()])
        );
    }
}
