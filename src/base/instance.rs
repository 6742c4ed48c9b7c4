//! The instance file: where a running Hookbench tells the CLI its API address and token.
//! Written into the data directory at start (owner-only), removed at shutdown.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::base::error::{Error, Result};

const FILE: &str = "instance.json";

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Instance {
    pub api_url: String,
    pub token: String,
    pub receiver_url: String,
    pub pid: u32,
    pub version: String,
}

pub fn path(data_dir: &Path) -> PathBuf {
    data_dir.join(FILE)
}

pub fn write(data_dir: &Path, instance: &Instance) -> Result<()> {
    let file = path(data_dir);
    let json = serde_json::to_vec_pretty(instance)
        .map_err(|e| Error::Internal(format!("the instance file could not be encoded: {e}")))?;
    let temporary = data_dir.join(format!(".{FILE}.{}", std::process::id()));
    write_private(&temporary, &json)
        .and_then(|()| std::fs::rename(&temporary, &file))
        .map_err(|e| Error::io(format!("could not write {}", file.display()), e))
}

#[cfg(unix)]
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)?;
    file.write_all(bytes)
}

#[cfg(not(unix))]
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    std::fs::write(path, bytes)
}

/// The running instance for this data directory, if its file is there.
pub fn read(data_dir: &Path) -> Result<Instance> {
    let file = path(data_dir);
    let text = match std::fs::read_to_string(&file) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(Error::NotRunning(data_dir.to_path_buf()))
        }
        Err(e) => return Err(Error::io(format!("could not read {}", file.display()), e)),
    };
    serde_json::from_str(&text).map_err(|e| {
        Error::Internal(format!(
            "{} is not a Hookbench instance file ({e}): delete it and restart Hookbench",
            file.display()
        ))
    })
}

/// Removes the file if it still describes this process (a newer instance may have replaced it).
pub fn remove(data_dir: &Path, token: &str) {
    if read(data_dir).is_ok_and(|current| current.token == token) {
        let _ = std::fs::remove_file(path(data_dir));
    }
}
