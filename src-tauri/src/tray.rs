//! The tray icon (where the desktop has a tray): whether the receiver listens and where, Open
//! and Quit. Without a tray (a bare X server) it is simply not shown.

use tauri::menu::{Menu, MenuItem, PredefinedMenuItem};
use tauri::tray::{MouseButton, MouseButtonState, TrayIcon, TrayIconBuilder, TrayIconEvent};
use tauri::{AppHandle, Wry};

use crate::window;

const ID: &str = "main";

pub fn create(app: &AppHandle, receiver_url: &str) -> tauri::Result<()> {
    let mut builder = TrayIconBuilder::with_id(ID)
        .tooltip(tooltip(receiver_url))
        .menu(&menu(app, receiver_url)?)
        .show_menu_on_left_click(false)
        .on_menu_event(|app, event| match event.id().as_ref() {
            "open" => window::show(app),
            "quit" => app.exit(0),
            _ => {}
        })
        .on_tray_icon_event(|tray, event| {
            if let TrayIconEvent::Click {
                button: MouseButton::Left,
                button_state: MouseButtonState::Up,
                ..
            } = event
            {
                window::show(tray.app_handle());
            }
        });
    if let Some(icon) = app.default_window_icon() {
        builder = builder.icon(icon.clone());
    }
    builder.build(app).map(|_: TrayIcon| ())
}

/// After Settings moved the receiver.
pub fn update(app: &AppHandle, receiver_url: &str) {
    if let Some(tray) = app.tray_by_id(ID) {
        let _ = tray.set_tooltip(Some(tooltip(receiver_url)));
        if let Ok(menu) = menu(app, receiver_url) {
            let _ = tray.set_menu(Some(menu));
        }
    }
}

fn tooltip(receiver_url: &str) -> String {
    format!("Hookbench: listening on {receiver_url}")
}

fn menu(app: &AppHandle, receiver_url: &str) -> tauri::Result<Menu<Wry>> {
    Menu::with_items(
        app,
        &[
            &MenuItem::with_id(
                app,
                "listening",
                format!("Listening on {receiver_url}"),
                false,
                None::<&str>,
            )?,
            &PredefinedMenuItem::separator(app)?,
            &MenuItem::with_id(app, "open", "Open Hookbench", true, None::<&str>)?,
            &MenuItem::with_id(app, "quit", "Quit", true, None::<&str>)?,
        ],
    )
}
