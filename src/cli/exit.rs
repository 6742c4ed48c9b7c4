//! Exit statuses: the same meaning for every command, so a script can tell "not running" from
//! "not found" from "bad input" without reading messages.

use std::process::ExitCode;

use hookbench::Error;

/// The command ran but the outcome is a failure (`send`: an answer the provider does not count
/// as delivered, a non-2xx or for Connectly a non-200; `replay`: a failed
/// replay; `captures check`: the signature or schema failed), or an error no other status names (a conflict, the instance failed, a file could
/// not be written).
pub const FAILURE: u8 = 1;
/// Bad usage or input: a malformed flag or `--match`, an unreadable or invalid file, a value the
/// instance refused as invalid, an unknown provider or event.
pub const BAD_INPUT: u8 = 2;
/// `send` only: the target gave no answer (blocked, refused, timed out, TLS or HTTP failed).
pub const NO_ANSWER: u8 = 3;
/// No running instance for the data directory, or it stopped answering.
pub const NO_INSTANCE: u8 = 4;
/// No capture, inbox, webhook, delivery, replay, emulator key or saved sample has the id or
/// name given.
pub const NOT_FOUND: u8 = 5;
/// `captures wait`: no matching capture arrived in time.
pub const TIMED_OUT: u8 = 6;

/// The table `--help` shows after every command's help.
pub const EXIT_HELP: &str = "Exit status (every command):\n  \
    0  success\n  \
    1  the outcome is a failure (send: a non-2xx answer, for Connectly a non-200; replay: a\n     \
       failed replay; captures check: the signature or schema failed), or another error: a\n     \
       conflict, the instance failed, a file could not be written\n  \
    2  bad usage or input: a malformed flag, --match or file; a value the instance refused;\n     \
       an unknown provider or event\n  \
    3  send: the target gave no answer (blocked, refused, timed out, TLS or HTTP failed)\n  \
    4  no running instance for the data directory: start one with `hookbench serve`\n  \
    5  not found: no capture, inbox, webhook, delivery, replay, emulator key or saved\n     \
       sample with that id or name\n  \
    6  captures wait: no matching capture arrived before --timeout";

/// The status an error ends the program with.
pub fn code_for(error: &Error) -> ExitCode {
    ExitCode::from(match error {
        Error::NotRunning(_) | Error::Unreachable { .. } => NO_INSTANCE,
        Error::NotFound(_) | Error::CaptureNotFound(_) => NOT_FOUND,
        Error::BadRequest(_) | Error::Signing(_) => BAD_INPUT,
        Error::Catalog(failure) if failure.user_error => BAD_INPUT,
        _ => FAILURE,
    })
}
