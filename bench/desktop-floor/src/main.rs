//! The floor of `make bench-desktop`: the desktop app's window, built as src-tauri/src/window.rs
//! builds it (size, WebKit settings), showing a static page. No engine, menu, tray or plugins:
//! whatever Hookbench's start-up and idle memory take beyond this is Hookbench's own.

use tauri::{WebviewUrl, WebviewWindow, WebviewWindowBuilder};

fn main() {
    let app = tauri::Builder::default()
        .setup(|app| {
            let window =
                WebviewWindowBuilder::new(app, "main", WebviewUrl::App("index.html".into()))
                    .title("Hookbench floor")
                    .inner_size(1280.0, 800.0)
                    .min_inner_size(720.0, 480.0)
                    .build()?;
            lighten(&window);
            Ok(())
        })
        .build(tauri::generate_context!());
    match app {
        Ok(app) => app.run(|_, _| {}),
        Err(e) => {
            eprintln!("error: the floor could not start its window: {e}");
            std::process::exit(1);
        }
    }
}

/// The WebKitGTK settings of Hookbench's window (src-tauri/src/window.rs), kept in step with it:
/// a floor with GPU compositing or a bigger cache would cost more than the app does.
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
            eprintln!("WebKit settings not applied: {e}");
        }
    }
}
