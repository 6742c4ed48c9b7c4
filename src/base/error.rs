//! The one error type. Every variant has a stable code (for the API and UI) and one HTTP status.

use std::net::SocketAddr;
use std::path::PathBuf;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(
        "the {server} could not listen on {addr}: the port is already in use. \
         Stop the program using it, or pick another address with {flag} 127.0.0.1:PORT \
         (127.0.0.1:0 picks a free port)"
    )]
    AddressInUse {
        server: &'static str,
        addr: SocketAddr,
        flag: &'static str,
    },
    #[error(
        "the {server} could not listen on {addr}: {source}. Check the address given with {flag}"
    )]
    Bind {
        server: &'static str,
        addr: SocketAddr,
        flag: &'static str,
        source: std::io::Error,
    },
    #[error("the data directory {path} cannot be used: {source}. Choose another with --data DIR or HOOKBENCH_DATA")]
    DataDir {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("no data directory could be determined for this user: pass --data DIR or set HOOKBENCH_DATA")]
    NoDataDir,
    /// A SQLite failure, classified (a full disk answers 507 everywhere it surfaces). Clone, so
    /// that one failed commit can fail every job of its group with the same error.
    #[error("the store failed: {}. {}", .0.message, .0.advice())]
    Store(StoreFailure),
    #[error("the store is closed: Hookbench is shutting down")]
    StoreClosed,
    #[error("no capture has the id {0}")]
    CaptureNotFound(String),
    #[error("{0}")]
    BadRequest(String),
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    Conflict(String),
    #[error("this request needs the API token: send `Authorization: Bearer TOKEN` (the token is printed by `hookbench serve`)")]
    Unauthorized,
    #[error("{0}")]
    Forbidden(String),
    #[error(
        "no running Hookbench was found for the data directory {0}: start one with `hookbench serve` \
         (or the desktop app), or point at its data with --data DIR"
    )]
    NotRunning(PathBuf),
    #[error("the running Hookbench at {url} could not be reached: {message}")]
    Unreachable { url: String, message: String },
    #[error("{0}")]
    Remote(String),
    /// A provider profile problem, classified by the catalog (which converts its own errors):
    /// an unknown provider, event or sample, a profile that does not load.
    #[error("{}", .0.message)]
    Catalog(CatalogFailure),
    /// A signing secret or scheme that cannot sign (converted from the signing errors).
    #[error("{0}")]
    Signing(String),
    #[error("{context}: {source}")]
    Io {
        context: String,
        source: std::io::Error,
    },
    #[error("internal error: {0}")]
    Internal(String),
}

impl Error {
    /// Stable, machine-readable code: clients match on this, never on the message.
    pub fn code(&self) -> &'static str {
        match self {
            Error::AddressInUse { .. } => "address_in_use",
            Error::Bind { .. } => "bind_failed",
            Error::DataDir { .. } => "data_dir_unusable",
            Error::NoDataDir => "no_data_dir",
            Error::Store(_) => "store_failed",
            Error::StoreClosed => "store_closed",
            Error::CaptureNotFound(_) => "capture_not_found",
            Error::BadRequest(_) => "bad_request",
            Error::NotFound(_) => "not_found",
            Error::Conflict(_) => "conflict",
            Error::Unauthorized => "unauthorized",
            Error::Forbidden(_) => "forbidden",
            Error::NotRunning(_) => "not_running",
            Error::Unreachable { .. } => "unreachable",
            Error::Remote(_) => "remote_error",
            Error::Catalog(failure) => failure.code,
            Error::Signing(_) => "signing_failed",
            Error::Io { .. } => "io_error",
            Error::Internal(_) => "internal",
        }
    }

    /// The HTTP status this error maps to in the API.
    pub fn status(&self) -> u16 {
        match self {
            Error::CaptureNotFound(_) | Error::NotFound(_) => 404,
            Error::BadRequest(_) => 400,
            Error::Conflict(_) => 409,
            Error::Unauthorized => 401,
            Error::Forbidden(_) => 403,
            Error::StoreClosed => 503,
            Error::Catalog(failure) if failure.unknown => 404,
            Error::Catalog(failure) if failure.user_error => 400,
            Error::Signing(_) => 400,
            Error::Store(failure) if failure.disk_full => 507,
            _ => 500,
        }
    }

    pub fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io {
            context: context.into(),
            source,
        }
    }
}

/// What a store failure was: enough to answer and advise, and cheap to copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoreFailure {
    /// SQLite ran out of disk space (SQLITE_FULL).
    pub disk_full: bool,
    pub message: String,
}

impl StoreFailure {
    fn advice(&self) -> &'static str {
        if self.disk_full {
            "The disk is full: free some space and retry; your data is unchanged"
        } else {
            "Your data is unchanged; if the disk is full, free some space and retry"
        }
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        Error::Store(StoreFailure {
            disk_full: matches!(e.sqlite_error_code(), Some(rusqlite::ErrorCode::DiskFull)),
            message: e.to_string(),
        })
    }
}

impl Error {
    /// The same error again, for each of several callers one failure concerns: a store failure
    /// keeps its kind (a full disk stays a full disk), anything else keeps its message.
    pub fn duplicate(&self) -> Error {
        match self {
            Error::Store(failure) => Error::Store(failure.clone()),
            other => Error::Internal(other.to_string()),
        }
    }
}

/// What the catalog says about one of its errors: enough to answer with the right status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogFailure {
    /// The catalog's stable code (`unknown_provider`, `catalog_duplicate_provider`...).
    pub code: &'static str,
    /// The provider, event or sample asked for does not exist (404).
    pub unknown: bool,
    /// The request was wrong, not the catalog (400).
    pub user_error: bool,
    pub message: String,
}
