//! One desktop app per data directory. The first launch holds `desktop.lock` and listens on
//! `desktop.sock`; a second launch finds the lock taken, asks the first to show its window and
//! exits, instead of failing on the busy receiver port. Per data directory (not per user), so a
//! second data directory (`HOOKBENCH_DATA`) runs its own app, as `hookbench serve` would.

use std::fs::File;
use std::io::{BufRead, BufReader, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The first launch's claim; released when the process ends.
pub struct Claim {
    _lock: File,
    listener: Option<UnixListener>,
}

pub enum Launch {
    First(Claim),
    /// Another app runs for this data directory and was asked to show its window.
    Handed,
}

const SHOW: &str = "show";

pub fn claim(data_dir: &Path) -> Result<Launch, String> {
    std::fs::create_dir_all(data_dir).map_err(|e| {
        format!(
            "could not create the data directory {}: {e}",
            data_dir.display()
        )
    })?;
    let lock_path = data_dir.join("desktop.lock");
    let lock = File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
        .map_err(|e| format!("could not open {}: {e}", lock_path.display()))?;
    let socket = data_dir.join("desktop.sock");
    match lock.try_lock() {
        Ok(()) => {
            let _ = std::fs::remove_file(&socket);
            let listener = UnixListener::bind(&socket)
                .map_err(|e| tracing::warn!("no single-instance socket {}: {e}", socket.display()))
                .ok();
            Ok(Launch::First(Claim {
                _lock: lock,
                listener,
            }))
        }
        Err(std::fs::TryLockError::WouldBlock) => hand_over(&socket).map(|()| Launch::Handed),
        Err(std::fs::TryLockError::Error(e)) => {
            Err(format!("could not lock {}: {e}", lock_path.display()))
        }
    }
}

/// The running app may still be starting: its socket answers within a few seconds.
fn hand_over(socket: &PathBuf) -> Result<(), String> {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        match UnixStream::connect(socket) {
            Ok(mut stream) => {
                return writeln!(stream, "{SHOW}")
                    .map_err(|e| format!("Hookbench is already running but did not answer: {e}"))
            }
            Err(e) if Instant::now() >= deadline => {
                return Err(format!(
                    "Hookbench is already running for this data directory but its window could \
                     not be asked to show ({e}). Switch to it, or quit it and start again."
                ))
            }
            Err(_) => std::thread::sleep(Duration::from_millis(100)),
        }
    }
}

/// Where later launches ask the first one to show its window.
pub struct Requests(UnixListener);

impl Claim {
    pub fn requests(&mut self) -> Option<Requests> {
        self.listener.take().map(Requests)
    }
}

impl Requests {
    /// Calls `show` each time another launch asks, on a thread of its own.
    pub fn serve(self, show: impl Fn() + Send + 'static) {
        let listener = self.0;
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let mut line = String::new();
                let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
                if BufReader::new(stream).read_line(&mut line).is_ok() && line.trim() == SHOW {
                    show();
                }
            }
        });
    }
}
