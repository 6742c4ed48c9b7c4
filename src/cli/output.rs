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

/// A unix time in milliseconds as RFC 3339 in UTC (`2026-05-01T12:00:00.123Z`).
pub fn timestamp(millis: i64) -> String {
    use time::format_description::well_known::Rfc3339;
    time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(millis) * 1_000_000)
        .ok()
        .and_then(|at| at.format(&Rfc3339).ok())
        .unwrap_or_else(|| millis.to_string())
}
