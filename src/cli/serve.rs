//! `hookbench serve`

use std::io::Write;
use std::net::SocketAddr;
use std::process::ExitCode;

use clap::Args;

use hookbench::base::config::Config;
use hookbench::emulator::DEFAULT_EMULATOR;
use std::time::Duration;

use hookbench::receiver::{Limits, DEFAULT_BODY_LIMIT, DEFAULT_MAX_CONNECTIONS};
use hookbench::serve::{self, ServeOptions, DEFAULT_API, DEFAULT_RECEIVER};
use hookbench::{Engine, Result};

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address of the capture server (127.0.0.1:0 picks a free port) [default: the one saved
    /// in Settings, else 127.0.0.1:8787]
    #[arg(long, value_name = "ADDR")]
    receiver: Option<SocketAddr>,
    /// Address of the API and UI, loopback unless --expose-api (127.0.0.1:0 picks a free port)
    #[arg(long, value_name = "ADDR", default_value_t = DEFAULT_API)]
    api: SocketAddr,
    /// Let --api be an address other machines can reach (0.0.0.0:8788, one interface's
    /// address); requests still need the API token
    #[arg(long)]
    expose_api: bool,
    /// Largest request body the receiver takes, in bytes (K, M and G suffixes: 25M) [default:
    /// the one saved in Settings, else 25M]
    #[arg(long, value_name = "SIZE", value_parser = parse_size)]
    max_body: Option<usize>,
    /// Seconds a client may take to send its headers; also the longest a connection may sit
    /// idle before its first request or between kept-alive requests
    #[arg(long, value_name = "SECONDS", default_value_t = 10)]
    header_timeout: u64,
    /// Seconds a client may take to send its body
    #[arg(long, value_name = "SECONDS", default_value_t = 60)]
    body_timeout: u64,
    /// Connections the receiver holds open at once; one more is answered 503 and closed
    #[arg(long, value_name = "N", default_value_t = DEFAULT_MAX_CONNECTIONS)]
    max_connections: usize,
    /// Address of the provider emulator: ConnectGain's and Connectly's webhook registration
    /// APIs at their documented paths (127.0.0.1:0 picks a free port)
    #[arg(long, value_name = "ADDR", default_value_t = DEFAULT_EMULATOR)]
    emulator: SocketAddr,
    /// An emulator API key accepted for this run only, besides the keys made in Settings
    /// (repeatable)
    #[arg(
        long = "emulator-key",
        value_name = "KEY",
        env = "HOOKBENCH_EMULATOR_KEY"
    )]
    emulator_keys: Vec<String>,
}

fn parse_size(text: &str) -> Result<usize, String> {
    let text = text.trim();
    let (digits, factor) = match text.char_indices().last() {
        Some((i, 'K' | 'k')) => (&text[..i], 1024),
        Some((i, 'M' | 'm')) => (&text[..i], 1024 * 1024),
        Some((i, 'G' | 'g')) => (&text[..i], 1024 * 1024 * 1024),
        _ => (text, 1),
    };
    digits
        .parse::<usize>()
        .ok()
        .and_then(|n| n.checked_mul(factor))
        .filter(|n| *n > 0)
        .ok_or_else(|| format!("`{text}` is not a size like 1048576, 512K or 25M"))
}

pub async fn run(config: Config, args: ServeArgs) -> Result<ExitCode> {
    let data_dir = config.data_dir.clone();
    let engine = Engine::open(config)?;
    if args.header_timeout == 0 || args.body_timeout == 0 {
        return Err(hookbench::Error::BadRequest(
            "timeouts must be at least 1 second".into(),
        ));
    }
    if args.max_connections == 0 {
        return Err(hookbench::Error::BadRequest(
            "--max-connections must be at least 1".into(),
        ));
    }
    if args.emulator_keys.iter().any(|key| key.trim().is_empty()) {
        engine.close();
        return Err(hookbench::Error::BadRequest(
            "--emulator-key needs a non-empty key".into(),
        ));
    }
    // The command line wins over what Settings saved, which wins over the defaults.
    let saved = match engine.settings().get().await {
        Ok(settings) => settings.receiver,
        Err(e) => {
            engine.close();
            return Err(e);
        }
    };
    let options = ServeOptions {
        receiver: args
            .receiver
            .or(saved.map(|r| r.socket_addr()))
            .unwrap_or(DEFAULT_RECEIVER),
        api: args.api,
        expose_api: args.expose_api,
        limits: Limits {
            max_body: args
                .max_body
                .or(saved.and_then(|r| usize::try_from(r.max_body).ok()))
                .unwrap_or(DEFAULT_BODY_LIMIT),
            header_timeout: Duration::from_secs(args.header_timeout),
            body_timeout: Duration::from_secs(args.body_timeout),
            max_connections: args.max_connections,
        },
        emulator: Some(args.emulator),
        emulator_keys: args.emulator_keys,
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
        if let Some(url) = running.emulator_url() {
            let _ = writeln!(out, "emulator {url}");
        }
        let _ = out.flush();
    }
    if !args.emulator.ip().is_loopback() {
        eprintln!(
            "warning: the provider emulator listens on {} beyond this machine: anyone who can \
             reach it and holds an emulator key can register webhooks",
            running.emulator_url().unwrap_or_default()
        );
    }
    let api = running.api_addr();
    if !api.ip().is_loopback() {
        eprintln!(
            "WARNING: the control API and UI listen on {api} (--expose-api), beyond this \
             machine. Anyone who can reach it and learns the API token controls this Hookbench: \
             its captures, webhooks and secrets. The token travels in clear over plain HTTP, so \
             use this only on a network you trust; restart without --expose-api (and with \
             --api 127.0.0.1:{}) to go back to this machine only",
            api.port()
        );
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
