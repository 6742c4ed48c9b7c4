//! Desktop notifications for the engine events worth interrupting for. Where no notification
//! daemon runs (a bare X server, CI), showing one fails quietly: the UI banner still appears.

use hookbench::model::EngineEvent;
use hookbench::Engine;
use tauri_plugin_notification::NotificationExt;
use tokio::sync::broadcast::error::RecvError;

/// Listens to the engine's bus for as long as the app runs.
pub fn forward(app: tauri::AppHandle, engine: &Engine) {
    let mut events = engine.bus().subscribe();
    tauri::async_runtime::spawn(async move {
        loop {
            match events.recv().await {
                Ok(EngineEvent::WebhookDisabled { webhook, reason }) => {
                    notify(
                        &app,
                        &format!("Webhook “{}” disabled", webhook.config.name),
                        &reason,
                    );
                }
                Ok(_) | Err(RecvError::Lagged(_)) => {}
                Err(RecvError::Closed) => return,
            }
        }
    });
}

fn notify(app: &tauri::AppHandle, title: &str, body: &str) {
    if let Err(e) = app.notification().builder().title(title).body(body).show() {
        tracing::debug!("no desktop notification ({e}); the window shows the alert");
    }
}
