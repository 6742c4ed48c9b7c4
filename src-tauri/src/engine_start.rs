//! Opens the engine where the CLI looks for it and starts its servers.

use std::net::SocketAddr;
use std::path::PathBuf;

use hookbench::emulator::DEFAULT_EMULATOR;
use hookbench::receiver::{Limits, DEFAULT_BODY_LIMIT};
use hookbench::serve::{self, Running, ServeOptions, DEFAULT_RECEIVER};
use hookbench::{Config, Engine};

/// The same data directory as the CLI's (`HOOKBENCH_DATA`, else the OS's one), so
/// `hookbench captures list` finds the desktop app through its `instance.json`.
pub fn data_dir() -> Result<PathBuf, String> {
    Config::resolve(None)
        .map(|config| config.data_dir)
        .map_err(|e| e.to_string())
}

pub fn start(data_dir: PathBuf) -> Result<Running, String> {
    let explicit = match std::env::var("HOOKBENCH_RECEIVER") {
        Ok(addr) => Some(addr.parse::<SocketAddr>().map_err(|e| {
            format!("HOOKBENCH_RECEIVER={addr} is not an address like 127.0.0.1:8787: {e}")
        })?),
        Err(_) => None,
    };
    let emulator = match std::env::var("HOOKBENCH_EMULATOR") {
        Ok(addr) => addr.parse::<SocketAddr>().map_err(|e| {
            format!("HOOKBENCH_EMULATOR={addr} is not an address like 127.0.0.1:8789: {e}")
        })?,
        Err(_) => DEFAULT_EMULATOR,
    };
    let engine = Engine::open(Config::new(data_dir)).map_err(|e| e.to_string())?;
    tauri::async_runtime::block_on(async {
        let saved = engine
            .settings()
            .get()
            .await
            .map_err(|e| e.to_string())?
            .receiver;
        let options = ServeOptions {
            receiver: explicit
                .or(saved.map(|r| r.socket_addr()))
                .unwrap_or(DEFAULT_RECEIVER),
            api: SocketAddr::from(([127, 0, 0, 1], 0)),
            expose_api: false,
            limits: Limits {
                max_body: saved
                    .and_then(|r| usize::try_from(r.max_body).ok())
                    .unwrap_or(DEFAULT_BODY_LIMIT),
                ..Limits::default()
            },
            emulator: Some(emulator),
            emulator_keys: Vec::new(),
        };
        serve::start(engine.clone(), options)
            .await
            .map_err(|e| e.to_string())
    })
    .map_err(|e| {
        engine.close();
        // The desktop app has no --receiver flag: say what it has instead.
        e.replace(
            "with --receiver",
            "by setting HOOKBENCH_RECEIVER (or stop the other instance)",
        )
        .replace(
            "with --emulator",
            "by setting HOOKBENCH_EMULATOR (or stop the other instance)",
        )
    })
}
