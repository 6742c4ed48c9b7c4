//! Secrets at rest. Webhook and inbox configurations hold signing secrets, so they are stored
//! sealed (ChaCha20-Poly1305) under a key kept in the OS keychain (Secret Service on Linux).
//! Where no keychain answers (a bare X server, CI, a server), the key lives in `secret.key` in
//! the data directory, readable by its owner only, and the status says so. SQL reads and writes
//! the column through the `seal()` and `unseal()` functions registered on every connection.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};
use rusqlite::functions::FunctionFlags;
use rusqlite::Connection;

use crate::base::encoding::{base64, base64_decode};
use crate::base::error::{Error, Result};

const PREFIX: &str = "sealed:v1:";
const KEY_FILE: &str = "secret.key";
const KEYCHAIN_SERVICE: &str = "hookbench";
/// A keychain that does not answer within this is taken as absent.
const KEYCHAIN_WAIT: Duration = Duration::from_secs(3);
/// Set (to anything) to skip the OS keychain and use the key file.
pub const NO_KEYCHAIN_ENV: &str = "HOOKBENCH_NO_KEYCHAIN";

/// Where the sealing key is kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeySource {
    Keychain,
    File(PathBuf),
    /// An in-memory store: a random key that dies with it.
    Ephemeral,
}

impl KeySource {
    /// For the status line and the settings screen.
    pub fn describe(&self) -> String {
        match self {
            KeySource::Keychain => "sealed with a key in the OS keychain".to_owned(),
            KeySource::File(path) => format!(
                "sealed with a key in {} (no OS keychain answered): anyone who can read that \
                 file can read the secrets",
                path.display()
            ),
            KeySource::Ephemeral => "in memory only".to_owned(),
        }
    }
}

pub struct Sealer {
    cipher: ChaCha20Poly1305,
    pub source: KeySource,
}

impl Sealer {
    /// The key of this data directory: from the keychain, else from (or into) its key file.
    pub fn for_data_dir(dir: &Path) -> Result<Sealer> {
        if std::env::var_os(NO_KEYCHAIN_ENV).is_none() {
            if let Some(key) = keychain_key(dir) {
                return Ok(Sealer::with_key(&key, KeySource::Keychain));
            }
        }
        let path = dir.join(KEY_FILE);
        let key = file_key(&path)?;
        Ok(Sealer::with_key(&key, KeySource::File(path)))
    }

    pub fn ephemeral() -> Sealer {
        Sealer::with_key(&random_key(), KeySource::Ephemeral)
    }

    fn with_key(key: &[u8; 32], source: KeySource) -> Sealer {
        Sealer {
            cipher: ChaCha20Poly1305::new(Key::from_slice(key)),
            source,
        }
    }

    pub fn seal(&self, plain: &str) -> Result<String> {
        let mut nonce = [0u8; 12];
        getrandom::fill(&mut nonce)
            .map_err(|e| Error::Internal(format!("no randomness for sealing: {e}")))?;
        let sealed = self
            .cipher
            .encrypt(Nonce::from_slice(&nonce), plain.as_bytes())
            .map_err(|_| Error::Internal("a configuration could not be sealed".into()))?;
        Ok(format!(
            "{PREFIX}{}",
            base64(&[nonce.as_slice(), &sealed].concat())
        ))
    }

    /// The plain text; text that was never sealed (written before sealing existed) as it is.
    pub fn unseal(&self, text: &str) -> Result<String> {
        let Some(encoded) = text.strip_prefix(PREFIX) else {
            return Ok(text.to_owned());
        };
        let unreadable = || {
            Error::Internal(
                "a stored configuration cannot be unsealed with this data directory's key: was \
                 the key (OS keychain entry or secret.key) replaced?"
                    .into(),
            )
        };
        let bytes = base64_decode(encoded)
            .filter(|b| b.len() > 12)
            .ok_or_else(unreadable)?;
        let (nonce, sealed) = bytes.split_at(12);
        let plain = self
            .cipher
            .decrypt(Nonce::from_slice(nonce), sealed)
            .map_err(|_| unreadable())?;
        String::from_utf8(plain).map_err(|_| unreadable())
    }

    /// Makes `seal(text)` and `unseal(text)` available to SQL on this connection.
    pub fn register(self: &Arc<Self>, conn: &Connection) -> rusqlite::Result<()> {
        let sealer = self.clone();
        conn.create_scalar_function("seal", 1, FunctionFlags::SQLITE_UTF8, move |ctx| {
            let plain: String = ctx.get(0)?;
            sealer.seal(&plain).map_err(user_error)
        })?;
        let sealer = self.clone();
        conn.create_scalar_function(
            "unseal",
            1,
            FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
            move |ctx| {
                let text: String = ctx.get(0)?;
                sealer.unseal(&text).map_err(user_error)
            },
        )
    }
}

fn user_error(error: Error) -> rusqlite::Error {
    rusqlite::Error::UserFunctionError(Box::new(error))
}

fn random_key() -> [u8; 32] {
    let mut key = [0u8; 32];
    // The OS random source does not fail in practice; a zero key would still seal, not leak.
    let _ = getrandom::fill(&mut key);
    key
}

/// The key from the OS keychain, created there on first use; None when no keychain answers.
/// Asked on its own thread: keychain clients may block or want their own runtime.
fn keychain_key(dir: &Path) -> Option<[u8; 32]> {
    let account = format!("data key for {}", dir.display());
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::Builder::new()
        .name("hookbench-keychain".into())
        .spawn(move || {
            let _ = sender.send(keychain_lookup(&account));
        })
        .ok()?;
    receiver.recv_timeout(KEYCHAIN_WAIT).ok().flatten()
}

fn keychain_lookup(account: &str) -> Option<[u8; 32]> {
    let entry = keyring::Entry::new(KEYCHAIN_SERVICE, account).ok()?;
    match entry.get_password() {
        Ok(text) => decode_key(&text),
        Err(keyring::Error::NoEntry) => {
            let key = random_key();
            entry.set_password(&base64(&key)).ok()?;
            // Only trust a keychain that gives back what it was given.
            (entry.get_password().ok().as_deref().and_then(decode_key) == Some(key)).then_some(key)
        }
        Err(_) => None,
    }
}

fn file_key(path: &Path) -> Result<[u8; 32]> {
    let io = |e| Error::io(format!("the key file {} cannot be used", path.display()), e);
    match std::fs::read_to_string(path) {
        Ok(text) => decode_key(&text).ok_or_else(|| {
            Error::Internal(format!(
                "the key file {} is damaged; restore it, or move the data directory aside",
                path.display()
            ))
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let key = random_key();
            let mut options = std::fs::OpenOptions::new();
            options.write(true).create_new(true);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
            let mut file = options.open(path).map_err(io)?;
            file.write_all(base64(&key).as_bytes()).map_err(io)?;
            file.sync_all().map_err(io)?;
            Ok(key)
        }
        Err(e) => Err(io(e)),
    }
}

fn decode_key(text: &str) -> Option<[u8; 32]> {
    base64_decode(text.trim())?.try_into().ok()
}
