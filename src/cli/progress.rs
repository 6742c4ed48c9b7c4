//! Progress of a long export on standard error: rewritten in place on a terminal, one line per
//! second elsewhere (`--progress` into a log).

use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

pub struct Progress {
    enabled: bool,
    terminal: bool,
    total: usize,
    last: Option<Instant>,
}

impl Progress {
    pub fn new(enabled: bool, total: usize) -> Progress {
        Progress {
            enabled,
            terminal: std::io::stderr().is_terminal(),
            total,
            last: None,
        }
    }

    /// Shows `done` of the total and the bytes written, at most every 200 ms (1 s off a
    /// terminal).
    pub fn update(&mut self, done: usize, bytes: u64) {
        let every = if self.terminal {
            Duration::from_millis(200)
        } else {
            Duration::from_secs(1)
        };
        if !self.enabled || self.last.is_some_and(|last| last.elapsed() < every) {
            return;
        }
        self.last = Some(Instant::now());
        self.show(&format!(
            "{done}/{} captures, {}",
            self.total,
            human_bytes(bytes)
        ));
    }

    /// The closing line (also when progress was not shown, unless `quiet`).
    pub fn finish(&mut self, summary: &str) {
        if self.enabled && self.terminal && self.last.is_some() {
            self.show("");
        }
        self.enabled = false;
        eprintln!("{summary}");
    }

    fn show(&self, text: &str) {
        let mut err = std::io::stderr().lock();
        // Progress is a courtesy: a closed stderr must not fail the export.
        let _ = if self.terminal {
            write!(err, "\r\x1b[K{text}")
        } else {
            writeln!(err, "{text}")
        };
        let _ = err.flush();
    }
}

pub fn human_bytes(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["B", "KiB", "MiB", "GiB"];
    let mut value = bytes as f64;
    let mut unit = 0;
    while value >= 1024.0 && unit < UNITS.len() - 1 {
        value /= 1024.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{bytes} B")
    } else {
        format!("{value:.1} {}", UNITS[unit])
    }
}
