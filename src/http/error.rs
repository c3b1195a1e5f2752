//! HTTP-layer errors: what a client gets as `{"error": {"code", "message", "request_id"}}`.

use std::fmt;

use crate::error::Coded;

/// An error answered to a client, or one that stops the listener.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HttpError {
    /// No such route or asset.
    NotFound,
    /// The route exists but not for this method.
    MethodNotAllowed,
    /// The declared or actual body is larger than the limit.
    PayloadTooLarge { limit: u64 },
    /// The body is malformed.
    BadRequest(String),
    /// The database is not ready.
    Unavailable(String),
    /// Something failed on our side; details are logged, not sent.
    Internal,
    /// The listen address cannot be bound.
    Bind(String, String),
    /// The TLS certificate or key is unusable.
    Tls(String),
    /// The TLS key is too weak.
    WeakKey(String),
}

impl HttpError {
    /// The HTTP status for this error.
    pub fn status(&self) -> u16 {
        match self {
            HttpError::NotFound => 404,
            HttpError::MethodNotAllowed => 405,
            HttpError::PayloadTooLarge { .. } => 413,
            HttpError::BadRequest(_) => 400,
            HttpError::Unavailable(_) => 503,
            HttpError::Internal
            | HttpError::Bind(..)
            | HttpError::Tls(_)
            | HttpError::WeakKey(_) => 500,
        }
    }
}

impl Coded for HttpError {
    fn code(&self) -> &'static str {
        match self {
            HttpError::NotFound => "RB-HTTP-NOT-FOUND",
            HttpError::MethodNotAllowed => "RB-HTTP-METHOD",
            HttpError::PayloadTooLarge { .. } => "RB-HTTP-TOO-LARGE",
            HttpError::BadRequest(_) => "RB-HTTP-BAD-REQUEST",
            HttpError::Unavailable(_) => "RB-HTTP-UNAVAILABLE",
            HttpError::Internal => "RB-HTTP-INTERNAL",
            HttpError::Bind(..) => "RB-HTTP-BIND",
            HttpError::Tls(_) => "RB-TLS-CONFIG",
            HttpError::WeakKey(_) => "RB-TLS-WEAK-KEY",
        }
    }
}

impl fmt::Display for HttpError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HttpError::NotFound => f.write_str("not found"),
            HttpError::MethodNotAllowed => f.write_str("method not allowed on this resource"),
            HttpError::PayloadTooLarge { limit } => {
                write!(f, "request body larger than the limit of {limit} bytes")
            }
            HttpError::BadRequest(m) => write!(f, "bad request: {m}"),
            HttpError::Unavailable(m) => write!(f, "not ready: {m}"),
            HttpError::Internal => {
                f.write_str("internal error; the server log has details under this request id")
            }
            HttpError::Bind(addr, e) => write!(
                f,
                "cannot listen on {addr}: {e}; choose another address with --listen"
            ),
            HttpError::Tls(m) => write!(f, "TLS configuration: {m}"),
            HttpError::WeakKey(m) => write!(f, "TLS key refused: {m}"),
        }
    }
}

impl std::error::Error for HttpError {}
