//! `hookbench serve`

use std::io::Write;
use std::net::SocketAddr;
use std::process::ExitCode;

use clap::Args;

use hookbench::config::Config;
use hookbench::serve::{self, ServeOptions, DEFAULT_API, DEFAULT_RECEIVER};
use hookbench::{Engine, Result};

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address of the capture server (127.0.0.1:0 picks a free port)
    #[arg(long, value_name = "ADDR", default_value_t = DEFAULT_RECEIVER)]
    receiver: SocketAddr,
    /// Address of the API and UI, loopback only (127.0.0.1:0 picks a free port)
    #[arg(long, value_name = "ADDR", default_value_t = DEFAULT_API)]
    api: SocketAddr,
}

pub async fn run(config: Config, args: ServeArgs) -> Result<ExitCode> {
    let data_dir = config.data_dir.clone();
    let engine = Engine::open(config)?;
    let options = ServeOptions {
        receiver: args.receiver,
        api: args.api,
    };
    let running = match serve::start(engine.clone(), options).await {
        Ok(running) => running,
        Err(e) => {
            engine.close();
            return Err(e);
        }
    };
    {
        // One line each, flushed: scripts and tests read these.
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "receiver {}", running.receiver_url());
        let _ = writeln!(out, "ui {}", running.ui_url());
        let _ = writeln!(out, "data {}", data_dir.display());
        let _ = out.flush();
    }
    wait_for_stop().await;
    running.shutdown().await;
    Ok(ExitCode::SUCCESS)
}

async fn wait_for_stop() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        if let Ok(mut terminate) = signal(SignalKind::terminate()) {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = terminate.recv() => {}
            }
            return;
        }
    }
    let _ = tokio::signal::ctrl_c().await;
}
