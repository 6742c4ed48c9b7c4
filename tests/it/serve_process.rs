//! `hookbench serve` as a process whose standard output and error are both read to the end in
//! background threads (a chatty log can never fill a pipe and stall it), for tests that look at
//! everything it printed.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::cli::hookbench;

pub struct ServeProcess {
    /// Taken by `stop`.
    child: Option<Child>,
    /// The `name value` lines it printed at start (`receiver`, `ui`, `data`, `emulator`).
    pub printed: HashMap<String, String>,
    stdout: Arc<Mutex<Vec<String>>>,
    stderr: Arc<Mutex<Vec<String>>>,
    stderr_lines: Receiver<String>,
    readers: Vec<JoinHandle<()>>,
}

fn drain(
    pipe: impl Read + Send + 'static,
    into: Arc<Mutex<Vec<String>>>,
) -> (Receiver<String>, JoinHandle<()>) {
    let (send, receive) = channel();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(pipe).lines() {
            let Ok(line) = line else { return };
            into.lock().unwrap().push(line.clone());
            let _ = send.send(line);
        }
    });
    (receive, reader)
}

impl ServeProcess {
    /// Starts `hookbench serve ARGS --data DATA` with `env` and waits (at most 20 s) for its
    /// four start-up lines.
    pub fn start(args: &[&str], data: &std::path::Path, env: &[(&str, &str)]) -> ServeProcess {
        let mut command: Command = hookbench();
        command
            .arg("serve")
            .args(args)
            .arg("--data")
            .arg(data)
            .env("HOOKBENCH_NO_KEYCHAIN", "1")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        for (name, value) in env {
            command.env(name, value);
        }
        let mut child = command.spawn().unwrap();
        let stdout = Arc::new(Mutex::new(Vec::new()));
        let stderr = Arc::new(Mutex::new(Vec::new()));
        let (stdout_lines, out_reader) = drain(child.stdout.take().unwrap(), stdout.clone());
        let (stderr_lines, err_reader) = drain(child.stderr.take().unwrap(), stderr.clone());
        let mut printed = HashMap::new();
        let deadline = Instant::now() + Duration::from_secs(20);
        while printed.len() < 4 {
            let left = deadline.saturating_duration_since(Instant::now());
            let line = stdout_lines.recv_timeout(left).unwrap_or_else(|_| {
                panic!(
                    "serve did not print its addresses: {:?} {:?}",
                    stdout.lock().unwrap(),
                    stderr.lock().unwrap()
                )
            });
            if let Some((name, value)) = line.split_once(' ') {
                printed.insert(name.to_owned(), value.to_owned());
            }
        }
        ServeProcess {
            child: Some(child),
            printed,
            stdout,
            stderr,
            stderr_lines,
            readers: vec![out_reader, err_reader],
        }
    }

    pub fn printed(&self, name: &str) -> &str {
        &self.printed[name]
    }

    /// Waits (at most `limit`) for a line on standard error that contains `text`.
    pub fn await_stderr(&self, text: &str, limit: Duration) -> String {
        if let Some(line) = self
            .stderr
            .lock()
            .unwrap()
            .iter()
            .find(|l| l.contains(text))
        {
            return line.clone();
        }
        let deadline = Instant::now() + limit;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.stderr_lines.recv_timeout(left) {
                Ok(line) if line.contains(text) => return line,
                Ok(_) => {}
                Err(_) => panic!(
                    "no `{text}` on standard error within {limit:?}: {:?}",
                    self.stderr.lock().unwrap()
                ),
            }
        }
    }

    /// Stops it with SIGTERM and returns everything it printed: (stdout, stderr).
    pub fn stop(mut self) -> (String, String) {
        let mut child = self.child.take().unwrap();
        let pid = child.id().to_string();
        Command::new("kill").args(["-TERM", &pid]).status().unwrap();
        let (exited, exit) = channel();
        std::thread::spawn(move || {
            let _ = exited.send(child.wait());
        });
        if exit.recv_timeout(Duration::from_secs(10)).is_err() {
            Command::new("kill").args(["-KILL", &pid]).status().unwrap();
            panic!("serve did not stop within 10 s of SIGTERM");
        }
        for reader in self.readers.drain(..) {
            reader.join().unwrap();
        }
        let stdout = self.stdout.lock().unwrap().join("\n");
        let stderr = self.stderr.lock().unwrap().join("\n");
        (stdout, stderr)
    }
}

impl Drop for ServeProcess {
    fn drop(&mut self) {
        if let Some(child) = &mut self.child {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}
