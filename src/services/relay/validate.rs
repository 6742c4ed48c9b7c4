//! Checks on a replay's re-sign, with messages that say what to change (its target is checked
//! like any outgoing target, by the delivery service).

use super::plan::resign_scheme;
use crate::base::error::{Error, Result};
use crate::model::Resign;
use crate::signing::{self, Message, Scheme};

/// A re-sign is checked before anything is queued: the profile signs, and the secret can sign.
pub fn validate_resign(resign: &Resign) -> Result<()> {
    let scheme = resign_scheme(resign)?;
    if matches!(scheme, Scheme::None) {
        return bad(format!(
            "provider `{}` does not sign its webhooks: choose a profile that does to re-sign",
            resign.provider
        ));
    }
    if resign.secret.trim().is_empty() {
        return bad("re-signing needs the secret the consumer verifies with".into());
    }
    signing::sign(
        &scheme,
        std::slice::from_ref(&resign.secret),
        &Message {
            id: "msg_check",
            timestamp: 0,
            body: b"",
        },
    )
    .map_err(|e| Error::BadRequest(format!("the secret cannot re-sign: {e}")))?;
    Ok(())
}

fn bad<T>(message: String) -> Result<T> {
    Err(Error::BadRequest(message))
}
