//! HTTP-layer errors: what a client gets as `{"error": {"code", "message", "request_id"}}`,
//! plus `field` and `problems` for content that breaks the model's rules, so a person reads
//! "rule 1: text is required" while a client still gets the path `rules[0].text`.

use std::fmt;

use crate::error::Coded;

/// An error answered to a client, or one that stops the listener.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HttpError {
    /// No such route or asset.
    NotFound,
    /// Not signed in (or the session or key is no longer valid).
    Unauthenticated,
    /// Signed in, but the role or key scope does not allow this.
    Forbidden,
    /// A state-changing cookie request without the matching CSRF token.
    Csrf,
    /// A request from a foreign Origin.
    Origin,
    /// Wrong username or password (the same answer for unknown users).
    BadCredentials,
    /// Too many attempts: retry after this many seconds.
    TooMany(i64),
    /// The account is locked after too many failures: unlocked after this many seconds.
    Locked(i64),
    /// A password sign-in of a member of an organization that requires single sign-on.
    SsoRequired(String),
    /// An org admin acting on an account the organization does not own alone (it belongs to
    /// another organization too, or is an instance administrator).
    AccountBeyondOrg,
    /// The request's `Host` is not a name this server answers to (DNS-rebinding guard).
    MisdirectedHost(String),
    /// Input that is well-formed but not acceptable (policy, validation).
    Invalid(String),
    /// Content that breaks the model's rules: each problem with its field's path (422).
    Problems(Vec<crate::model::artifact::Problem>),
    /// The name is taken or the resource changed.
    Conflict(String),
    /// A link or token that is invalid, expired or used; or a refused state change.
    Refused(String),
    /// If-Match names a version that is no longer current.
    Stale(i64),
    /// An update without If-Match.
    PreconditionRequired,
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
    /// An uploaded archive was refused.
    Archive(crate::archive::ArchiveError),
    /// Content with findings the organization's policy blocks (the findings, as JSON).
    ContentBlocked(serde_json::Value),
    /// Content with findings that need an org admin's acknowledgement (`?acknowledge=`).
    ContentAckRequired(serde_json::Value),
    /// An AI call refused or failed (issue 21).
    Ai(crate::ai::AiError),
}

impl HttpError {
    /// The HTTP status for this error.
    pub fn status(&self) -> u16 {
        match self {
            HttpError::NotFound => 404,
            HttpError::Unauthenticated | HttpError::BadCredentials => 401,
            HttpError::Forbidden
            | HttpError::Csrf
            | HttpError::Origin
            | HttpError::AccountBeyondOrg
            | HttpError::SsoRequired(_) => 403,
            HttpError::MisdirectedHost(_) => 421,
            HttpError::TooMany(_) | HttpError::Locked(_) => 429,
            HttpError::Invalid(_)
            | HttpError::Problems(_)
            | HttpError::ContentBlocked(_)
            | HttpError::ContentAckRequired(_) => 422,
            HttpError::Conflict(_) => 409,
            HttpError::Refused(_) => 410,
            HttpError::Stale(_) => 412,
            HttpError::PreconditionRequired => 428,
            HttpError::MethodNotAllowed => 405,
            HttpError::PayloadTooLarge { .. } => 413,
            HttpError::BadRequest(_) => 400,
            HttpError::Archive(a) => match a {
                crate::archive::ArchiveError::TooLarge(_)
                | crate::archive::ArchiveError::Bomb(_) => 413,
                _ => 422,
            },
            HttpError::Unavailable(_) => 503,
            HttpError::Ai(e) => e.status(),
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
            HttpError::Unauthenticated => "RB-AUTH-REQUIRED",
            HttpError::Forbidden => "RB-AUTH-FORBIDDEN",
            HttpError::Csrf => "RB-AUTH-CSRF",
            HttpError::Origin => "RB-AUTH-ORIGIN",
            HttpError::BadCredentials => "RB-AUTH-BAD-CREDENTIALS",
            HttpError::TooMany(_) => "RB-AUTH-RATE-LIMITED",
            HttpError::Locked(_) => "RB-AUTH-LOCKED",
            HttpError::SsoRequired(_) => "RB-AUTH-SSO-REQUIRED",
            HttpError::AccountBeyondOrg => "RB-AUTH-ACCOUNT-BEYOND-ORG",
            HttpError::MisdirectedHost(_) => "RB-HTTP-MISDIRECTED",
            HttpError::Invalid(_) | HttpError::Problems(_) => "RB-HTTP-INVALID",
            HttpError::Conflict(_) => "RB-HTTP-CONFLICT",
            HttpError::Refused(_) => "RB-HTTP-GONE",
            HttpError::Stale(_) => "RB-HTTP-STALE",
            HttpError::PreconditionRequired => "RB-HTTP-IF-MATCH-REQUIRED",
            HttpError::MethodNotAllowed => "RB-HTTP-METHOD",
            HttpError::PayloadTooLarge { .. } => "RB-HTTP-TOO-LARGE",
            HttpError::BadRequest(_) => "RB-HTTP-BAD-REQUEST",
            HttpError::Unavailable(_) => "RB-HTTP-UNAVAILABLE",
            HttpError::Internal => "RB-HTTP-INTERNAL",
            HttpError::Bind(..) => "RB-HTTP-BIND",
            HttpError::Tls(_) => "RB-TLS-CONFIG",
            HttpError::WeakKey(_) => "RB-TLS-WEAK-KEY",
            HttpError::Archive(a) => a.code(),
            HttpError::ContentBlocked(_) => "RB-CONTENT-BLOCKED",
            HttpError::ContentAckRequired(_) => "RB-CONTENT-ACK-REQUIRED",
            HttpError::Ai(e) => e.code(),
        }
    }
}

impl fmt::Display for HttpError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HttpError::NotFound => f.write_str("not found"),
            HttpError::Unauthenticated => {
                f.write_str("sign in first (session expired, or no valid API key)")
            }
            HttpError::Forbidden => f.write_str("your role or key scope does not allow this"),
            HttpError::Csrf => f.write_str("missing or wrong X-CSRF-Token header for this session"),
            HttpError::Origin => f.write_str("requests from another origin are refused"),
            HttpError::BadCredentials => f.write_str("invalid username or password"),
            HttpError::TooMany(secs) => write!(f, "too many attempts; retry in {secs} s"),
            HttpError::Locked(secs) => write!(
                f,
                "too many failed attempts: the account is locked for {secs} s more; an administrator can release it"
            ),
            HttpError::SsoRequired(orgs) => write!(
                f,
                "{orgs} requires single sign-on: use \"Sign in with single sign-on\" instead of a password"
            ),
            HttpError::AccountBeyondOrg => f.write_str(
                "this account also belongs to another organization or is an instance administrator: \
                 only an instance administrator may reset, disable, enable or unlock it; \
                 an organization admin may change its role here or remove it from this organization",
            ),
            HttpError::MisdirectedHost(host) => write!(
                f,
                "this server does not answer to the host {host:?}; use its public URL (serve --public-url) or its address"
            ),
            HttpError::Invalid(m) | HttpError::Conflict(m) | HttpError::Refused(m) => {
                f.write_str(m)
            }
            HttpError::Problems(p) => {
                let messages: Vec<&str> = p.iter().map(|p| p.message.as_str()).collect();
                f.write_str(&messages.join("; "))
            }
            HttpError::Stale(v) => write!(
                f,
                "someone saved version {v} meanwhile; reload it and apply your change again"
            ),
            HttpError::PreconditionRequired => {
                f.write_str("send If-Match with the version you edited (the ETag of the GET)")
            }
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
            HttpError::Archive(a) => write!(f, "{a}"),
            HttpError::Ai(e) => write!(f, "{e}"),
            HttpError::ContentBlocked(found) => write!(
                f,
                "the content has {} the organization's content policy refuses: {}",
                count(found),
                first(found)
            ),
            HttpError::ContentAckRequired(found) => write!(
                f,
                "the content has {} that an organization admin must acknowledge: {}; an admin \
                 sends the same request again with ?acknowledge=REASON, anyone else can propose \
                 the change for review",
                count(found),
                first(found)
            ),
        }
    }
}

fn count(found: &serde_json::Value) -> String {
    match found.as_array().map_or(0, Vec::len) {
        1 => "1 finding".into(),
        n => format!("{n} findings"),
    }
}

fn first(found: &serde_json::Value) -> String {
    let f = &found[0];
    let more = found.as_array().map_or(0, Vec::len).saturating_sub(1);
    format!(
        "{} ({}) in {} at line {}{}",
        f["rule"].as_str().unwrap_or("?"),
        f["severity"].as_str().unwrap_or("?"),
        f["place"].as_str().unwrap_or("?"),
        f["line"],
        if more > 0 {
            format!(", and {more} more")
        } else {
            String::new()
        }
    )
}

impl HttpError {
    /// The findings a content refusal carries, for the error body.
    pub fn findings(&self) -> Option<&serde_json::Value> {
        match self {
            HttpError::ContentBlocked(f) | HttpError::ContentAckRequired(f) => Some(f),
            _ => None,
        }
    }

    /// The machine side of a validation error, for the error body: `field` (the first
    /// problem's path, e.g. `rules[0].text`) and `problems` (every `{field, message}`).
    pub fn details(&self) -> Option<(String, serde_json::Value)> {
        let HttpError::Problems(p) = self else {
            return None;
        };
        let first = p.first()?.field.clone();
        let all = p
            .iter()
            .map(|p| serde_json::json!({ "field": p.field, "message": p.message }))
            .collect();
        Some((first, serde_json::Value::Array(all)))
    }
}

impl std::error::Error for HttpError {}

impl From<crate::store::StoreError> for HttpError {
    fn from(e: crate::store::StoreError) -> Self {
        use crate::store::StoreError;
        match e {
            StoreError::Conflict(m) => HttpError::Conflict(m),
            StoreError::NotFound(_) => HttpError::NotFound,
            StoreError::Refused(m) => HttpError::Refused(m),
            StoreError::Stale { current } => HttpError::Stale(current),
            StoreError::Invalid(m) => HttpError::Invalid(m),
            StoreError::Busy => HttpError::Unavailable("the database is busy; retry".into()),
            StoreError::NoAuditKey => HttpError::Unavailable(
                "the server runs without its audit key, so audited changes are refused".into(),
            ),
            other => {
                log::error!(
                    "store error [{}]: {other}",
                    crate::error::Coded::code(&other)
                );
                HttpError::Internal
            }
        }
    }
}

impl From<crate::ai::AiError> for HttpError {
    fn from(e: crate::ai::AiError) -> Self {
        HttpError::Ai(e)
    }
}

impl From<crate::archive::ArchiveError> for HttpError {
    fn from(e: crate::archive::ArchiveError) -> Self {
        HttpError::Archive(e)
    }
}
