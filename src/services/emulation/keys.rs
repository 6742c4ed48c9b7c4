//! Emulator API keys as the engine offers them: generated from the OS random source, sealed at
//! rest, shown once, checked in constant time.

use subtle::ConstantTimeEq;

use crate::base::clock::now_millis;
use crate::base::error::{Error, Result};
use crate::base::ids::next_id;
use crate::model::{CreatedEmulatorKey, EmulatorKey};

const PREFIX: &str = "hbk_";
const MAX_NAME: usize = 100;
const DEFAULT_NAME: &str = "Emulator key";

impl super::Emulation {
    pub async fn keys(&self) -> Result<Vec<EmulatorKey>> {
        self.store.emulator_keys().await
    }

    /// A new key; its value is in the answer and nowhere else in the clear.
    pub async fn create_key(&self, name: &str) -> Result<CreatedEmulatorKey> {
        let name = match name.trim() {
            "" => DEFAULT_NAME,
            name => name,
        };
        if name.chars().count() > MAX_NAME {
            return Err(Error::BadRequest(format!(
                "a key name has at most {MAX_NAME} characters"
            )));
        }
        let secret = generate()?;
        let key = EmulatorKey {
            id: next_id(),
            name: name.to_owned(),
            hint: hint(&secret),
            created_at: now_millis(),
        };
        self.store
            .insert_emulator_key(key.clone(), secret.clone())
            .await?;
        Ok(CreatedEmulatorKey { key, secret })
    }

    /// Revokes a key: requests carrying it are refused from now on.
    pub async fn revoke_key(&self, id: &str) -> Result<()> {
        self.store.delete_emulator_key(id.to_owned()).await
    }

    /// Whether `candidate` is a saved key or one of `extra` (given with --emulator-key).
    pub async fn key_matches(&self, candidate: &str, extra: &[String]) -> Result<bool> {
        // Keys given for this run are checked without the store.
        if any_matches(extra, candidate) {
            return Ok(true);
        }
        let saved = self.store.emulator_key_secrets().await?;
        Ok(any_matches(&saved, candidate))
    }
}

/// Every key is compared, so the time taken does not say which one (nearly) matched.
fn any_matches(keys: &[String], candidate: &str) -> bool {
    keys.iter()
        .fold(subtle::Choice::from(0), |found, key| {
            found | key.as_bytes().ct_eq(candidate.as_bytes())
        })
        .into()
}

fn generate() -> Result<String> {
    let mut bytes = [0u8; 24];
    getrandom::fill(&mut bytes)
        .map_err(|e| Error::Internal(format!("the OS random source failed: {e}")))?;
    Ok(format!("{PREFIX}{}", hex::encode(bytes)))
}

fn hint(secret: &str) -> String {
    let tail: String = secret
        .chars()
        .rev()
        .take(4)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    format!("…{tail}")
}
