//! The desktop shell: opens the engine in the app data directory, serves the API and UI on
//! loopback, and shows that UI in a native window. No business logic lives here.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod alerts;

#[global_allocator]
static ALLOCATOR: hookbench::Allocator = hookbench::Allocator;

use std::net::SocketAddr;
use std::sync::Mutex;

use hookbench::serve::{self, Running, ServeOptions, DEFAULT_RECEIVER};
use hookbench::{Config, Engine};
use tauri::{Manager, RunEvent, WebviewUrl, WebviewWindowBuilder};

/// The running engine, taken out at exit to shut it down cleanly.
struct Instance(Mutex<Option<Running>>);

fn main() {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn")),
        )
        .init();
    let app = tauri::Builder::default()
        .plugin(tauri_plugin_notification::init())
        .setup(|app| {
            let started = start_engine(app.handle());
            if let Ok(running) = &started {
                alerts::forward(app.handle().clone(), running.engine());
            }
            let url = match &started {
                Ok(running) => WebviewUrl::External(running.ui_url().parse()?),
                Err(reason) => {
                    tracing::error!("{reason}");
                    WebviewUrl::App(format!("index.html#{}", encode_fragment(reason)).into())
                }
            };
            WebviewWindowBuilder::new(app, "main", url)
                .title("Hookbench")
                .inner_size(1280.0, 800.0)
                .min_inner_size(720.0, 480.0)
                .build()?;
            app.manage(Instance(Mutex::new(started.ok())));
            exit_on_signal(app.handle().clone());
            Ok(())
        })
        .build(tauri::generate_context!());
    let app = match app {
        Ok(app) => app,
        Err(e) => {
            eprintln!("error: Hookbench could not start its window: {e}");
            std::process::exit(1);
        }
    };
    app.run(|handle, event| {
        if let RunEvent::Exit = event {
            let running = handle
                .try_state::<Instance>()
                .and_then(|instance| instance.0.lock().ok()?.take());
            if let Some(running) = running {
                tauri::async_runtime::block_on(running.shutdown());
            }
        }
    });
}

/// SIGTERM (logout, `kill`) and SIGINT (Ctrl-C in a terminal) close the app the same way the
/// window does, so the engine is shut down cleanly rather than cut off.
fn exit_on_signal(app: tauri::AppHandle) {
    #[cfg(unix)]
    tauri::async_runtime::spawn(async move {
        use tokio::signal::unix::{signal, SignalKind};
        let (Ok(mut terminate), Ok(mut interrupt)) = (
            signal(SignalKind::terminate()),
            signal(SignalKind::interrupt()),
        ) else {
            return;
        };
        tokio::select! {
            _ = terminate.recv() => {}
            _ = interrupt.recv() => {}
        }
        app.exit(0);
    });
}

fn start_engine(app: &tauri::AppHandle) -> Result<Running, String> {
    let data_dir = match std::env::var_os(hookbench::config::DATA_ENV).filter(|v| !v.is_empty()) {
        Some(dir) => dir.into(),
        None => app
            .path()
            .app_data_dir()
            .map_err(|e| format!("no data directory for this user: {e}"))?,
    };
    let receiver = match std::env::var("HOOKBENCH_RECEIVER") {
        Ok(addr) => addr.parse::<SocketAddr>().map_err(|e| {
            format!("HOOKBENCH_RECEIVER={addr} is not an address like 127.0.0.1:8787: {e}")
        })?,
        Err(_) => DEFAULT_RECEIVER,
    };
    let engine = Engine::open(Config::new(data_dir)).map_err(|e| e.to_string())?;
    let options = ServeOptions {
        receiver,
        api: SocketAddr::from(([127, 0, 0, 1], 0)),
        ..ServeOptions::default()
    };
    tauri::async_runtime::block_on(serve::start(engine.clone(), options)).map_err(|e| {
        engine.close();
        // The desktop app has no --receiver flag: say what it has instead.
        e.to_string().replace(
            "with --receiver",
            "by setting HOOKBENCH_RECEIVER (or stop the other instance)",
        )
    })
}

fn encode_fragment(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}
