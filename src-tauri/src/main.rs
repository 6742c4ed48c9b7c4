//! The desktop shell: opens the engine in the data directory the CLI uses, serves the API and
//! UI on loopback, and shows that UI in a native window with a menu and a tray icon. No business
//! logic lives here.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod alerts;
mod engine_start;
mod menu;
mod shell;
mod single_instance;
mod tray;
mod window;

#[global_allocator]
static ALLOCATOR: hookbench::Allocator = hookbench::Allocator;

use single_instance::Launch;
use tauri::{Manager, RunEvent, WebviewUrl};

use shell::Shell;

fn main() {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn")),
        )
        .init();
    // One app per data directory: a second launch shows the first one's window and ends.
    let data_dir = engine_start::data_dir();
    let mut claim = match data_dir.as_deref().map(single_instance::claim) {
        Ok(Ok(Launch::First(claim))) => Some(claim),
        Ok(Ok(Launch::Handed)) => return,
        Ok(Err(reason)) => {
            tracing::error!("{reason}");
            None
        }
        // The engine's start reports it in the window.
        Err(_) => None,
    };
    // `claim` holds the lock until the process ends; only its request socket moves on.
    let requests = claim.as_mut().and_then(|claim| claim.requests());
    let app = tauri::Builder::default()
        .plugin(tauri_plugin_notification::init())
        .plugin(
            tauri_plugin_window_state::Builder::new()
                .with_state_flags(window_state_flags())
                .build(),
        )
        .on_menu_event(menu::handle)
        .on_window_event(window::on_event)
        .setup(move |app| {
            exit_on_signal(app.handle().clone());
            let started = data_dir.and_then(engine_start::start);
            let url = match &started {
                Ok(running) => WebviewUrl::External(running.ui_url().parse()?),
                Err(reason) => {
                    tracing::error!("{reason}");
                    WebviewUrl::App(format!("index.html#{}", encode_fragment(reason)).into())
                }
            };
            if let Ok(running) = started {
                let desktop = tauri::async_runtime::block_on(running.engine().settings().get())
                    .map(|settings| settings.desktop)
                    .unwrap_or_default();
                let shell = Shell::new(running, desktop);
                alerts::follow(app.handle().clone(), &shell.engine);
                app.set_menu(menu::build(app.handle(), &shell)?)?;
                if let Err(e) = tray::create(app.handle(), &shell.receiver_url()) {
                    tracing::info!("no tray icon: {e}");
                }
                app.manage(shell);
            }
            window::open(app.handle(), url)?;
            if let Some(requests) = requests {
                let handle = app.handle().clone();
                requests.serve(move || window::show(&handle));
            }
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
    app.run(move |handle, event| {
        let _held = &claim;
        if let RunEvent::Exit = event {
            let running = handle
                .try_state::<Shell>()
                .and_then(|shell| shell.running.lock().ok()?.take());
            if let Some(running) = running {
                tauri::async_runtime::block_on(running.shutdown());
            }
        }
    });
}

fn window_state_flags() -> tauri_plugin_window_state::StateFlags {
    use tauri_plugin_window_state::StateFlags;
    StateFlags::SIZE | StateFlags::POSITION | StateFlags::MAXIMIZED | StateFlags::FULLSCREEN
}

/// SIGTERM (logout, `kill`) and SIGINT (Ctrl-C in a terminal) close the app the same way the
/// window does, so the engine is shut down cleanly rather than cut off. The handlers are in
/// place before the engine starts: from then on a signal never takes the default, abrupt exit.
fn exit_on_signal(app: tauri::AppHandle) {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let signals = tauri::async_runtime::block_on(async {
            (
                signal(SignalKind::terminate()),
                signal(SignalKind::interrupt()),
            )
        });
        let (Ok(mut terminate), Ok(mut interrupt)) = signals else {
            return;
        };
        tauri::async_runtime::spawn(async move {
            tokio::select! {
                _ = terminate.recv() => {}
                _ = interrupt.recv() => {}
            }
            app.exit(0);
        });
    }
}

fn encode_fragment(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}
