//! Writing to stdout without panicking: a closed pipe (`hookbench ... | head`) ends the
//! program quietly instead of aborting it with a panic.

use std::io::Write;

pub fn line(text: std::fmt::Arguments) {
    let mut out = std::io::stdout().lock();
    if let Err(e) = out.write_fmt(text).and_then(|()| out.write_all(b"\n")) {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("error: could not write the output: {e}");
        std::process::exit(1);
    }
}

/// `println!` that ends the program quietly when stdout is closed.
macro_rules! outln {
    () => { $crate::cli::output::line(format_args!("")) };
    ($($arg:tt)*) => { $crate::cli::output::line(format_args!($($arg)*)) };
}
pub(crate) use outln;

/// For `map_err`: the API's 404 worded for the command line (`explain` gets the API's
/// message); any other error as it is.
pub fn when_not_found(
    explain: impl FnOnce(String) -> String,
) -> impl FnOnce(hookbench::Error) -> hookbench::Error {
    move |error| match error {
        hookbench::Error::NotFound(message) => hookbench::Error::NotFound(explain(message)),
        other => other,
    }
}
