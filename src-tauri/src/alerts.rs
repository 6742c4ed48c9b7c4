//! Follows the engine's bus for the shell: desktop notifications for the events worth
//! interrupting for (a webhook turned off; a capture on an inbox marked "notify"), and the
//! settings the shell acts on (notifications, tray, the receiver's address in the tray and the
//! About box). Where no notification daemon runs (a bare X server, CI), showing one fails
//! quietly: the UI still shows the alert.

use std::collections::{HashMap, HashSet};
use std::time::{Duration, Instant};

use hookbench::model::EngineEvent;
use hookbench::Engine;
use tauri::Manager;
use tauri_plugin_notification::NotificationExt;
use tokio::sync::broadcast::error::RecvError;

use crate::shell::Shell;

/// At most one capture notification per inbox in this time; the next one counts the rest.
const CAPTURE_QUIET: Duration = Duration::from_secs(10);

pub fn follow(app: tauri::AppHandle, engine: &Engine) {
    let mut events = engine.bus().subscribe();
    let engine = engine.clone();
    tauri::async_runtime::spawn(async move {
        let mut notified = notify_inboxes(&engine).await;
        let mut last: HashMap<String, (Instant, u32)> = HashMap::new();
        loop {
            let event = match events.recv().await {
                Ok(event) => event,
                Err(RecvError::Lagged(_)) => continue,
                Err(RecvError::Closed) => return,
            };
            let Some(shell) = app.try_state::<Shell>() else {
                continue;
            };
            match event {
                EngineEvent::WebhookDisabled { webhook, reason }
                    if shell.desktop().notifications =>
                {
                    let title = format!("Webhook “{}” turned off", webhook.config.name);
                    notify(&app, &title, &reason);
                }
                EngineEvent::CaptureStored { capture } if notified.contains(&capture.inbox) => {
                    if !shell.desktop().notifications {
                        continue;
                    }
                    let now = Instant::now();
                    let entry = last.entry(capture.inbox.clone()).or_insert((now, 0));
                    if entry.1 > 0 && now.duration_since(entry.0) < CAPTURE_QUIET {
                        entry.1 += 1;
                        continue;
                    }
                    let more = entry.1.saturating_sub(1);
                    *entry = (now, 1);
                    let title =
                        format!("{} {} in “{}”", capture.method, capture.path, capture.inbox);
                    let body = if more > 0 {
                        format!("and {more} more request(s) since the last notification")
                    } else {
                        format!("{} bytes", capture.body_size)
                    };
                    notify(&app, &title, &body);
                }
                EngineEvent::InboxesChanged => notified = notify_inboxes(&engine).await,
                EngineEvent::SettingsChanged => settings_changed(&app, &shell).await,
                _ => {}
            }
        }
    });
}

async fn settings_changed(app: &tauri::AppHandle, shell: &Shell) {
    if let Ok(settings) = shell.engine.settings().get().await {
        if let Ok(mut desktop) = shell.desktop.lock() {
            *desktop = settings.desktop;
        }
    }
    let url = shell.receiver_url();
    crate::tray::update(app, &url);
    if let Ok(menu) = crate::menu::build(app, shell) {
        let _ = app.set_menu(menu);
    }
}

async fn notify_inboxes(engine: &Engine) -> HashSet<String> {
    match engine.inboxes().list().await {
        Ok(inboxes) => inboxes
            .into_iter()
            .filter(|inbox| inbox.config.notify)
            .map(|inbox| inbox.slug)
            .collect(),
        Err(e) => {
            tracing::warn!("inboxes to notify for are unknown: {e}");
            HashSet::new()
        }
    }
}

fn notify(app: &tauri::AppHandle, title: &str, body: &str) {
    if let Err(e) = app.notification().builder().title(title).body(body).show() {
        tracing::debug!("no desktop notification ({e}); the window shows the alert");
    }
}
