//! Where the engine keeps its data.

use std::path::{Path, PathBuf};

use crate::base::error::{Error, Result};

/// The environment variable that overrides the data directory (as `--data` does).
pub const DATA_ENV: &str = "HOOKBENCH_DATA";

#[derive(Debug, Clone)]
pub struct Config {
    pub data_dir: PathBuf,
}

impl Config {
    pub fn new(data_dir: impl Into<PathBuf>) -> Self {
        Config {
            data_dir: data_dir.into(),
        }
    }

    /// `--data DIR` if given, else `HOOKBENCH_DATA`, else the OS's per-user data directory.
    pub fn resolve(explicit: Option<&Path>) -> Result<Self> {
        if let Some(dir) = explicit {
            return Ok(Config::new(dir));
        }
        if let Some(dir) = std::env::var_os(DATA_ENV).filter(|v| !v.is_empty()) {
            return Ok(Config::new(PathBuf::from(dir)));
        }
        default_data_dir().map(Config::new)
    }
}

/// The OS's data directory for Hookbench, e.g. `~/.local/share/hookbench` on Linux.
pub fn default_data_dir() -> Result<PathBuf> {
    directories::ProjectDirs::from("dev", "hookbench", "hookbench")
        .map(|dirs| dirs.data_dir().to_path_buf())
        .ok_or(Error::NoDataDir)
}
