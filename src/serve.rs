//! Starting and stopping a whole instance: receiver + API (+ UI), as `hookbench serve` and the
//! desktop shell both do.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::time::Duration;

use tokio::net::TcpListener;
use tokio::sync::watch;

use crate::api::{self, ApiContext, Token};
use crate::base::error::{Error, Result};
use crate::base::instance::{self, Instance};
use crate::base::net::url_of;
use crate::emulator::{EmulatorServer, EmulatorState};
use crate::engine::Engine;
use crate::model::Status;
use crate::receiver;
use crate::receiver::slot::ReceiverSlot;
use crate::services::delivery::http::reach::OwnServer;
use crate::services::delivery::spawn_worker;
use crate::store::KeySource;

pub const DEFAULT_RECEIVER: SocketAddr =
    SocketAddr::new(std::net::IpAddr::V4(Ipv4Addr::LOCALHOST), 8787);
pub const DEFAULT_API: SocketAddr =
    SocketAddr::new(std::net::IpAddr::V4(Ipv4Addr::LOCALHOST), 8788);

#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub receiver: SocketAddr,
    pub api: SocketAddr,
    /// Lets `api` be a non-loopback address (`--expose-api`); the token is still required.
    pub expose_api: bool,
    pub limits: receiver::Limits,
    /// The provider emulator's address; None: no emulator.
    pub emulator: Option<SocketAddr>,
    /// Emulator keys accepted for this run only (`--emulator-key`), besides the saved ones.
    pub emulator_keys: Vec<String>,
}

impl Default for ServeOptions {
    fn default() -> Self {
        ServeOptions {
            receiver: DEFAULT_RECEIVER,
            api: DEFAULT_API,
            expose_api: false,
            limits: receiver::Limits::default(),
            emulator: None,
            emulator_keys: Vec::new(),
        }
    }
}

/// A running instance. Call `shutdown` to stop it cleanly.
pub struct Running {
    retention: tokio::task::JoinHandle<()>,
    /// The delivery worker; aborting it leaves waiting deliveries in the store's outbox.
    sender: tokio::task::JoinHandle<()>,
    /// Rewrites the instance file when Settings move the receiver.
    instance_file: Option<tokio::task::JoinHandle<()>>,
    engine: Engine,
    receiver: ReceiverSlot,
    api_addr: SocketAddr,
    token: Token,
    api_stop: watch::Sender<bool>,
    api_task: tokio::task::JoinHandle<()>,
    emulator: Option<EmulatorServer>,
}

pub async fn start(engine: Engine, options: ServeOptions) -> Result<Running> {
    if !options.api.ip().is_loopback() && !options.expose_api {
        return Err(Error::BadRequest(format!(
            "the API address {} is not a loopback address: the control API only listens on \
             127.0.0.1 or [::1] unless --expose-api is given too (use --receiver to expose the \
             capture server instead)",
            options.api
        )));
    }
    let settings = engine.settings().get().await?;
    engine
        .outgoing_rules()
        .set_allow_private_network(settings.outgoing.allow_private_network);
    let receiver_listener = bind(options.receiver, "receiver", "--receiver").await?;
    let api_listener = bind(options.api, "API", "--api").await?;
    let emulator_listener = match options.emulator {
        Some(addr) => Some(bind(addr, "provider emulator", "--emulator").await?),
        None => None,
    };
    let receiver = ReceiverSlot::start(engine.clone(), receiver_listener, options.limits)?;
    let api_addr = local_addr(&api_listener)?;
    let token = Token::generate()?;
    let receiver_addr = receiver.local_addr();
    let policy = engine.outgoing_rules();
    policy.listening(OwnServer::Api, api_addr);
    policy.listening(OwnServer::Receiver, receiver_addr);
    let emulator = match emulator_listener {
        Some(listener) => Some(EmulatorServer::start(
            listener,
            EmulatorState::new(engine.clone(), options.emulator_keys),
        )?),
        None => None,
    };
    if let Some(emulator) = &emulator {
        policy.listening(OwnServer::Emulator, emulator.local_addr());
    }
    let status = Status {
        version: crate::base::VERSION.to_owned(),
        receiver_url: url_of(receiver_addr),
        receiver_exposed: !receiver_addr.ip().is_loopback(),
        secrets_at_rest: engine.key_source().describe(),
        secrets_in_keychain: !matches!(engine.key_source(), KeySource::File(_)),
        data_dir: engine
            .data_dir()
            .map(|dir| dir.display().to_string())
            .unwrap_or_else(|| "(in memory)".to_owned()),
        max_body: receiver.max_body(),
        emulator_url: emulator.as_ref().map(|e| url_of(e.local_addr())),
        emulator_exposed: emulator
            .as_ref()
            .is_some_and(|e| !e.local_addr().ip().is_loopback()),
        api_exposed: !api_addr.ip().is_loopback(),
    };
    let router = api::router(ApiContext {
        engine: engine.clone(),
        token: token.clone(),
        port: api_addr.port(),
        exposed_on: (!api_addr.ip().is_loopback()).then(|| api_addr.ip()),
        status,
        receiver: receiver.clone(),
    });
    let (api_stop, mut stopped) = watch::channel(false);
    let api_task = tokio::spawn(async move {
        let server = axum::serve(api_listener, router).with_graceful_shutdown(async move {
            let _ = stopped.changed().await;
        });
        if let Err(e) = server.await {
            tracing::error!("the API server stopped: {e}");
        }
    });
    let retention = tokio::spawn(run_retention(engine.clone()));
    // Captures stored before recognition existed are named while the instance runs.
    engine
        .captures()
        .rename_in_background(crate::store::Renaming::Backlog);
    let sender = spawn_worker(
        engine.deliveries().clone(),
        std::sync::Arc::new(crate::services::delivery::http::Pool::default()),
    );
    let mut running = Running {
        retention,
        sender,
        instance_file: None,
        engine,
        receiver,
        api_addr,
        token,
        api_stop,
        api_task,
        emulator,
    };
    if let Some(dir) = running.engine.data_dir() {
        instance::write(dir, &running.instance())?;
        running.instance_file = Some(tokio::spawn(follow_receiver(
            dir.to_path_buf(),
            running.instance(),
            running.receiver.watch(),
        )));
    }
    Ok(running)
}

/// Keeps `instance.json` naming the receiver's address after Settings moved it.
async fn follow_receiver(
    dir: std::path::PathBuf,
    mut instance: Instance,
    mut moves: watch::Receiver<SocketAddr>,
) {
    while moves.changed().await.is_ok() {
        instance.receiver_url = url_of(*moves.borrow_and_update());
        if let Err(e) = instance::write(&dir, &instance) {
            tracing::warn!("{e}");
        }
    }
}

impl Running {
    pub fn receiver_url(&self) -> String {
        url_of(self.receiver.local_addr())
    }

    pub fn receiver_addr(&self) -> SocketAddr {
        self.receiver.local_addr()
    }

    /// The receiver, which Settings may move while the instance runs.
    pub fn receiver(&self) -> &ReceiverSlot {
        &self.receiver
    }

    /// The provider emulator's address, when it runs.
    pub fn emulator_url(&self) -> Option<String> {
        self.emulator.as_ref().map(|e| url_of(e.local_addr()))
    }

    /// The API's address for clients on this machine: loopback when it listens on every
    /// interface (`0.0.0.0`, `[::]`), which the Host check accepts and browsers open.
    pub fn api_url(&self) -> String {
        url_of(locally(self.api_addr))
    }

    /// Where the API listens, as bound (`0.0.0.0:PORT` when exposed on every interface).
    pub fn api_addr(&self) -> SocketAddr {
        self.api_addr
    }

    pub fn token(&self) -> &str {
        self.token.as_str()
    }

    /// The address a browser (or the desktop window) opens: the UI with its token.
    pub fn ui_url(&self) -> String {
        format!("{}/#token={}", self.api_url(), self.token.as_str())
    }

    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    fn instance(&self) -> Instance {
        Instance {
            api_url: self.api_url(),
            token: self.token.as_str().to_owned(),
            receiver_url: self.receiver_url(),
            pid: std::process::id(),
            version: crate::base::VERSION.to_owned(),
        }
    }

    /// Stops accepting, lets in-flight captures commit, closes the store.
    pub async fn shutdown(self) {
        self.retention.abort();
        self.sender.abort();
        if let Some(task) = &self.instance_file {
            task.abort();
        }
        self.receiver.shutdown().await;
        if let Some(emulator) = self.emulator {
            emulator.shutdown().await;
        }
        let _ = self.api_stop.send(true);
        let mut api_task = self.api_task;
        // Live event streams never end by themselves: give requests a moment, then cut.
        if tokio::time::timeout(Duration::from_secs(2), &mut api_task)
            .await
            .is_err()
        {
            api_task.abort();
        }
        if let Some(dir) = self.engine.data_dir() {
            instance::remove(dir, self.token.as_str());
        }
        let engine = self.engine;
        let _ = tokio::task::spawn_blocking(move || engine.close()).await;
    }
}

/// Applies the retention settings now and then every minute.
async fn run_retention(engine: Engine) {
    let mut ticks = tokio::time::interval(crate::services::settings::RETENTION_INTERVAL);
    loop {
        ticks.tick().await;
        if let Err(e) = engine.settings().apply_retention().await {
            tracing::warn!("retention could not run: {e}");
        }
    }
}

async fn bind(addr: SocketAddr, server: &'static str, flag: &'static str) -> Result<TcpListener> {
    TcpListener::bind(addr).await.map_err(|source| {
        if source.kind() == std::io::ErrorKind::AddrInUse {
            Error::AddressInUse { server, addr, flag }
        } else {
            Error::Bind {
                server,
                addr,
                flag,
                source,
            }
        }
    })
}

fn local_addr(listener: &TcpListener) -> Result<SocketAddr> {
    listener
        .local_addr()
        .map_err(|e| Error::io("the listening address is unknown", e))
}

/// `addr`, or loopback with its port when it is an unspecified (every interface) address.
fn locally(addr: SocketAddr) -> SocketAddr {
    match addr.ip() {
        IpAddr::V4(ip) if ip.is_unspecified() => (Ipv4Addr::LOCALHOST, addr.port()).into(),
        IpAddr::V6(ip) if ip.is_unspecified() => (Ipv6Addr::LOCALHOST, addr.port()).into(),
        _ => addr,
    }
}
