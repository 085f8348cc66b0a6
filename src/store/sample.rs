//! What a sample of a table is, and what it proves. `--sample N` draws about
//! N rows of each table: by default row by row at random (PostgreSQL's
//! `TABLESAMPLE BERNOULLI(p) REPEATABLE(seed)`, p from the table's
//! statistics), so a category not found in n sampled rows is, at 95%
//! confidence, in fewer than 1 − 0.05^(1/n) of the table's rows (the
//! "rule of three": about 3/n). `--sample-fast` reads whole pages
//! (`TABLESAMPLE SYSTEM`): much less I/O, but rows on one page are alike
//! (inserted together), so no such bound is stated for it. A table with no
//! statistics is read from its start up to N rows, and said to be so.

use crate::numbers::thousands;
use serde::Serialize;

/// `--sample N [--seed S] [--sample-fast]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sampling {
    pub rows: u64,
    pub seed: u64,
    /// Whole pages instead of single rows.
    pub fast: bool,
}

/// How a table's rows were drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    /// Every row: the table holds no more than the sample.
    All,
    /// Each row kept with probability `percent` (row-random).
    Bernoulli,
    /// Whole pages kept with probability `percent` (not row-random).
    System,
    /// The first rows read, up to the sample (no statistics to draw by).
    FirstRows,
    /// Random values of an integer primary key, each looked up (MySQL):
    /// row-random.
    KeySeeks,
    /// Every row read, the first N by `RAND(seed)` kept (MySQL, no integer
    /// key): row-random.
    RandomOrder,
}

/// How one table is to be read.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Plan {
    pub method: Method,
    /// Percent of rows (Bernoulli) or pages (System) drawn.
    pub percent: f64,
    /// A row limit (`FirstRows`).
    pub limit: Option<u64>,
}

impl Sampling {
    /// The plan for a table of `rows` rows by its statistics (`None`: none).
    pub fn plan(&self, rows: Option<u64>) -> Plan {
        let all = Plan {
            method: Method::All,
            percent: 100.0,
            limit: None,
        };
        match rows {
            None => Plan {
                method: Method::FirstRows,
                percent: 100.0,
                limit: Some(self.rows),
            },
            Some(r) if r <= self.rows => all,
            Some(r) => Plan {
                method: if self.fast { Method::System } else { Method::Bernoulli },
                percent: (self.rows as f64 * 100.0 / r as f64).clamp(0.000_001, 100.0),
                limit: None,
            },
        }
    }
}

/// A sampled table, as the report states it.
#[derive(Clone, Debug, Serialize, serde::Deserialize)]
pub struct Note {
    /// The table's report path (`postgres://ana@h/db!public.users`).
    pub path: String,
    pub method: Method,
    /// Whether each row had the same chance to be drawn (what the bound
    /// needs).
    pub row_random: bool,
    /// Rows read.
    pub rows: u64,
    /// Rows in the table by the server's statistics (`null`: none).
    pub rows_estimated: Option<u64>,
    /// Percent of rows (or pages) drawn.
    pub percent: f64,
    pub seed: u64,
    /// Pages read, by the statistics (`system` only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pages: Option<u64>,
    /// For a row-random sample: a category not found in it is in fewer
    /// than this fraction of the table's rows, at 95% confidence.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not_found_bound_95: Option<f64>,
    /// The categories not found in this table (filled by the report).
    pub not_found: Vec<String>,
}

impl Note {
    pub fn new(path: String, plan: Plan, rows: u64, rows_estimated: Option<u64>, pages: u64, seed: u64) -> Note {
        let row_random = matches!(plan.method, Method::Bernoulli | Method::KeySeeks | Method::RandomOrder);
        Note {
            path,
            method: plan.method,
            row_random,
            rows,
            rows_estimated,
            percent: plan.percent,
            seed,
            pages: (plan.method == Method::System).then(|| (pages as f64 * plan.percent / 100.0).ceil() as u64),
            not_found_bound_95: (row_random && rows > 0).then(|| bound(rows)),
            not_found: Vec::new(),
        }
    }

    /// One line for people: what was read, and what a negative is worth.
    pub fn sentence(&self) -> String {
        let of = match self.rows_estimated {
            Some(r) => format!(" of ~{}", thousands(r)),
            None => String::new(),
        };
        let n = thousands(self.rows);
        match self.method {
            Method::All => format!("{}: all {n} rows read (not more than the sample)", self.path),
            Method::Bernoulli | Method::KeySeeks | Method::RandomOrder => format!(
                "{}: {n}{of} rows drawn at random (seed {}{}): a category not found is in under {} of rows at 95% confidence",
                self.path,
                self.seed,
                match self.method {
                    Method::KeySeeks => ", by random primary-key values",
                    Method::RandomOrder => ", ordered by RAND(seed): every row was read",
                    _ => "",
                },
                percent(self.not_found_bound_95.unwrap_or(1.0))
            ),
            Method::System => format!(
                "{}: {n}{of} rows from ~{} whole pages (block sample, seed {}): not row-random, so no bound is stated for what was not found",
                self.path,
                thousands(self.pages.unwrap_or(0)),
                self.seed
            ),
            Method::FirstRows => format!(
                "{}: the first {n} rows read (the table has no statistics to sample by; run ANALYZE): not random, no bound is stated",
                self.path
            ),
        }
    }
}

/// 1 − 0.05^(1/n): the largest fraction of rows a category absent from n
/// row-random draws can hold, at 95% confidence.
pub fn bound(n: u64) -> f64 {
    1.0 - 0.05f64.powf(1.0 / n as f64)
}

/// `0.03%`, `1.2%`, `0.0003%`: two significant digits.
pub fn percent(fraction: f64) -> String {
    let p = fraction * 100.0;
    let digits = if p >= 10.0 {
        0
    } else {
        (1 - p.log10().floor() as i32).clamp(0, 8) as usize
    };
    format!("{p:.digits$}%")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bound_is_the_rule_of_three() {
        assert!((bound(10_000) - 0.000_299_5).abs() < 1e-6, "{}", bound(10_000));
        assert_eq!(percent(bound(10_000)), "0.030%");
        assert_eq!(percent(bound(100)), "3.0%");
        assert_eq!(percent(bound(1)), "95%");
        assert_eq!(percent(bound(1_000_000)), "0.00030%");
    }

    #[test]
    fn plans_follow_the_statistics() {
        let s = Sampling {
            rows: 10_000,
            seed: 7,
            fast: false,
        };
        assert_eq!(s.plan(Some(5_000)).method, Method::All);
        let p = s.plan(Some(1_000_000));
        assert_eq!(p.method, Method::Bernoulli);
        assert!((p.percent - 1.0).abs() < 1e-9);
        assert_eq!(s.plan(None).limit, Some(10_000));
        let fast = Sampling { fast: true, ..s };
        assert_eq!(fast.plan(Some(1_000_000)).method, Method::System);
        let n = Note::new("t".into(), p, 10_012, Some(1_000_000), 8_000, 7);
        assert!(n.row_random && n.not_found_bound_95.is_some());
        assert!(
            n.sentence().contains("under 0.030% of rows at 95% confidence"),
            "{}",
            n.sentence()
        );
        let n = Note::new("t".into(), fast.plan(Some(1_000_000)), 9_000, Some(1_000_000), 8_000, 7);
        assert!(!n.row_random && n.not_found_bound_95.is_none() && n.pages == Some(80));
    }
}
