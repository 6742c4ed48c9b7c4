//! The main window: opening it, showing it again, and what closing it does.

use tauri::{AppHandle, Manager, WebviewUrl, WebviewWindow, WebviewWindowBuilder, WindowEvent};

use crate::shell::Shell;

pub const MAIN: &str = "main";

pub fn open(app: &AppHandle, url: WebviewUrl) -> tauri::Result<WebviewWindow> {
    let window = WebviewWindowBuilder::new(app, MAIN, url)
        .title("Hookbench")
        .inner_size(1280.0, 800.0)
        .min_inner_size(720.0, 480.0)
        .build()?;
    lighten(&window);
    Ok(window)
}

/// Shows, restores and focuses the window (tray Open, a second launch).
pub fn show(app: &AppHandle) {
    if let Some(window) = app.get_webview_window(MAIN) {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
}

/// Closing the window quits, unless the user chose to keep Hookbench running in the tray: then
/// the window hides and the receiver keeps capturing. Either way nothing is asked or lost:
/// captures are durable once answered and the outbox is in the store.
pub fn on_event(window: &tauri::Window, event: &WindowEvent) {
    if let WindowEvent::CloseRequested { api, .. } = event {
        let keep = window
            .app_handle()
            .try_state::<Shell>()
            .is_some_and(|shell| shell.desktop().keep_running_in_tray);
        if keep {
            api.prevent_close();
            let _ = window.hide();
        }
    }
}

/// WebKitGTK settings for a page that is one local app: no GPU compositing (nothing here
/// animates, and the GL context alone costs tens of MB per process), no page cache, and the
/// smallest cache model, since every resource comes from loopback.
fn lighten(window: &WebviewWindow) {
    #[cfg(target_os = "linux")]
    {
        let result = window.with_webview(|webview| {
            use webkit2gtk::{
                CacheModel, HardwareAccelerationPolicy, SettingsExt, WebContextExt, WebViewExt,
            };
            let view = webview.inner();
            if let Some(settings) = WebViewExt::settings(&view) {
                settings.set_hardware_acceleration_policy(HardwareAccelerationPolicy::Never);
                settings.set_enable_page_cache(false);
            }
            if let Some(context) = view.context() {
                context.set_cache_model(CacheModel::DocumentViewer);
            }
        });
        if let Err(e) = result {
            tracing::debug!("WebKit settings not applied: {e}");
        }
    }
}
