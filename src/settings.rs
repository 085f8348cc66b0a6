//! The effective settings of a run: the command line over the policy file
//! (`pii-scan.toml`) over the defaults. Owns finding and applying the policy
//! file; `config` owns reading it.

use crate::allow::Allowlist;
use crate::category::Category;
use crate::cli::Args;
use crate::config::{Config, ConfigError};
use std::path::PathBuf;
use std::sync::Arc;

/// What a scan runs with, once the policy file is applied.
#[derive(Debug, Default)]
pub struct Settings {
    /// The policy file used, if any.
    pub config_path: Option<PathBuf>,
    pub config: Config,
    pub fail_on: Vec<Category>,
    pub min_confidence: f32,
    pub patterns: Vec<PathBuf>,
    pub allow: Option<Arc<Allowlist>>,
}

impl Settings {
    /// Resolves the settings for `args`. An explicit `--config` that cannot
    /// be read, or any invalid policy file, is an error (exit 2).
    pub fn resolve(args: &Args) -> Result<Settings, ConfigError> {
        let path = if args.no_config {
            None
        } else if let Some(p) = &args.config {
            Some(p.clone())
        } else {
            args.paths.first().and_then(|root| Config::discover(root))
        };
        let config = match &path {
            Some(p) => Config::load(p)?,
            None => Config::default(),
        };
        Ok(Settings::from_config(path, config, args))
    }

    fn from_config(config_path: Option<PathBuf>, config: Config, args: &Args) -> Settings {
        let fail_on = match &args.fail_on {
            Some(set) => set.0.clone(),
            None => config.fail_on_categories(),
        };
        let min_confidence = args.min_confidence.or(config.min_confidence).unwrap_or(0.5);
        let mut patterns = args.patterns.clone();
        patterns.extend(config.patterns.iter().cloned());
        // Checked when the config was parsed: cannot fail here.
        let allow = Allowlist::new(&config.allow)
            .ok()
            .filter(|a| !a.is_empty())
            .map(Arc::new);
        Settings {
            config_path,
            config,
            fail_on,
            min_confidence,
            patterns,
            allow,
        }
    }

    /// Walker globs excluding the allowed paths (`!GLOB`).
    pub fn exclude_globs(&self) -> Vec<String> {
        self.config.allow.paths.iter().map(|p| format!("!{p}")).collect()
    }

    /// The effective policy, as `config check` prints it.
    pub fn describe(&self) -> String {
        let mut s = String::new();
        let path = self
            .config_path
            .as_ref()
            .map_or("(none: defaults)".to_string(), |p| p.display().to_string());
        s += &format!("policy file:     {path}\n");
        let ids = |v: &[Category]| {
            if v.is_empty() {
                "(none)".to_string()
            } else {
                v.iter().map(|c| c.id()).collect::<Vec<_>>().join(", ")
            }
        };
        s += &format!("fail_on:         {}\n", ids(&self.fail_on));
        s += &format!("min_confidence:  {}\n", self.min_confidence);
        s += &format!("disabled:        {}\n", ids(&self.config.disable));
        let list = |v: &[String]| {
            if v.is_empty() {
                "(none)".to_string()
            } else {
                v.join(", ")
            }
        };
        s += &format!(
            "patterns:        {}\n",
            list(
                &self
                    .patterns
                    .iter()
                    .map(|p| p.display().to_string())
                    .collect::<Vec<_>>()
            )
        );
        let a = &self.config.allow;
        s += &format!("allow.values:          {} value(s)\n", a.values.len());
        s += &format!("allow.value_regexes:   {}\n", list(&a.value_regexes));
        s += &format!("allow.email_domains:   {}\n", list(&a.email_domains));
        s += &format!("allow.ip_ranges:       {}\n", list(&a.ip_ranges));
        s += &format!("allow.paths:           {}\n", list(&a.paths));
        s += &format!("allow.fields:          {}\n", list(&a.fields));
        s
    }
}
