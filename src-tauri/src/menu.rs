//! The native menu bar: File, Edit (GTK's own copy/paste in every text field), View (reload,
//! zoom, theme), Help (about with the version, data directory and receiver URL).

use hookbench::model::Theme;
use tauri::menu::{AboutMetadata, Menu, MenuEvent, MenuItem, PredefinedMenuItem, Submenu};
use tauri::{AppHandle, Manager, Wry};

use crate::shell::Shell;
use crate::window;

const ZOOM_STEP: f64 = 0.1;

pub fn build(app: &AppHandle, shell: &Shell) -> tauri::Result<Menu<Wry>> {
    let file = Submenu::with_items(
        app,
        "&File",
        true,
        &[
            &MenuItem::with_id(app, "close", "&Close Window", true, Some("CmdOrCtrl+W"))?,
            &MenuItem::with_id(app, "quit", "&Quit", true, Some("CmdOrCtrl+Q"))?,
        ],
    )?;
    let edit = Submenu::with_items(
        app,
        "&Edit",
        true,
        &[
            &PredefinedMenuItem::cut(app, Some("Cu&t"))?,
            &PredefinedMenuItem::copy(app, Some("&Copy"))?,
            &PredefinedMenuItem::paste(app, Some("&Paste"))?,
            &PredefinedMenuItem::separator(app)?,
            &PredefinedMenuItem::select_all(app, Some("Select &All"))?,
        ],
    )?;
    let view = Submenu::with_items(
        app,
        "&View",
        true,
        &[
            &MenuItem::with_id(app, "reload", "&Reload", true, Some("CmdOrCtrl+R"))?,
            &PredefinedMenuItem::separator(app)?,
            &MenuItem::with_id(app, "zoom-in", "Zoom &In", true, Some("CmdOrCtrl+="))?,
            &MenuItem::with_id(app, "zoom-out", "Zoom &Out", true, Some("CmdOrCtrl+-"))?,
            &MenuItem::with_id(app, "zoom-reset", "&Actual Size", true, Some("CmdOrCtrl+0"))?,
            &PredefinedMenuItem::separator(app)?,
            &MenuItem::with_id(
                app,
                "theme",
                "Toggle &Theme",
                true,
                Some("CmdOrCtrl+Shift+L"),
            )?,
            &MenuItem::with_id(app, "fullscreen", "&Full Screen", true, Some("F11"))?,
        ],
    )?;
    let about = AboutMetadata {
        name: Some("Hookbench".into()),
        version: Some(hookbench::VERSION.into()),
        comments: Some(format!(
            "A webhook workbench: capture, inspect, sign and deliver webhooks.\n\n\
             Receiver: {}\nData directory: {}",
            shell.receiver_url(),
            shell.data_dir
        )),
        license: Some("MIT".into()),
        icon: app.default_window_icon().cloned(),
        ..AboutMetadata::default()
    };
    let help = Submenu::with_items(
        app,
        "&Help",
        true,
        &[&PredefinedMenuItem::about(
            app,
            Some("&About Hookbench"),
            Some(about),
        )?],
    )?;
    Menu::with_items(app, &[&file, &edit, &view, &help])
}

pub fn handle(app: &AppHandle, event: MenuEvent) {
    let Some(shell) = app.try_state::<Shell>() else {
        return;
    };
    let main = app.get_webview_window(window::MAIN);
    match event.id().as_ref() {
        "quit" => app.exit(0),
        "close" => {
            if let Some(main) = main {
                let _ = main.close();
            }
        }
        "reload" => {
            if let Some(main) = main {
                let _ = main.eval("location.reload()");
            }
        }
        "zoom-in" | "zoom-out" | "zoom-reset" => {
            let Ok(mut zoom) = shell.zoom.lock() else {
                return;
            };
            *zoom = match event.id().as_ref() {
                "zoom-in" => (*zoom + ZOOM_STEP).min(3.0),
                "zoom-out" => (*zoom - ZOOM_STEP).max(0.5),
                _ => 1.0,
            };
            if let Some(main) = main {
                let _ = main.set_zoom(*zoom);
            }
        }
        "fullscreen" => {
            if let Some(main) = main {
                let full = main.is_fullscreen().unwrap_or(false);
                let _ = main.set_fullscreen(!full);
            }
        }
        "theme" => {
            let system_is_dark = main
                .and_then(|main| main.theme().ok())
                .is_some_and(|theme| theme == tauri::Theme::Dark);
            let engine = shell.engine.clone();
            tauri::async_runtime::spawn(async move {
                if let Err(e) = toggle_theme(&engine, system_is_dark).await {
                    tracing::warn!("the theme could not be saved: {e}");
                }
            });
        }
        _ => {}
    }
}

/// Saved like any other setting: the UI follows the `settings.changed` event.
async fn toggle_theme(engine: &hookbench::Engine, system_is_dark: bool) -> hookbench::Result<()> {
    let mut settings = engine.settings().get().await?;
    settings.theme = Theme::toggled(settings.theme, system_is_dark);
    engine.settings().update(settings).await.map(|_| ())
}
