//! The CLI's side of the wire: a small API client for scripting against a Rulebook server
//! (`rulebook standards list`, ...). Outbound requests go only to the server the user names,
//! over TLS verified against the CA file they give (no public roots are built in).

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use serde_json::Value;

use crate::error::Coded;

/// A client bound to one server and one API key.
pub struct ApiClient {
    base: String,
    key: String,
    agent: ureq::Agent,
}

/// Why a remote call failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClientError {
    /// Missing or bad connection settings.
    Config(String),
    /// The server could not be reached.
    Connect(String),
    /// The server answered with an error.
    Server {
        status: u16,
        code: String,
        message: String,
    },
}

impl Coded for ClientError {
    fn code(&self) -> &'static str {
        match self {
            ClientError::Config(_) => "RB-CLIENT-CONFIG",
            ClientError::Connect(_) => "RB-CLIENT-CONNECT",
            ClientError::Server { .. } => "RB-CLIENT-SERVER",
        }
    }
}

impl std::fmt::Display for ClientError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ClientError::Config(m) => f.write_str(m),
            ClientError::Connect(m) => write!(f, "cannot reach the server: {m}"),
            ClientError::Server {
                status,
                code,
                message,
            } => write!(f, "the server answered {status} [{code}]: {message}"),
        }
    }
}

impl std::error::Error for ClientError {}

impl ApiClient {
    /// A client for `server` (http or https URL) with an API key; `ca_file` (PEM) is the only
    /// trust anchor for https.
    pub fn new(server: &str, key: &str, ca_file: Option<&Path>) -> Result<ApiClient, ClientError> {
        let base = server.trim_end_matches('/').to_string();
        if !(base.starts_with("http://") || base.starts_with("https://")) {
            return Err(ClientError::Config(format!(
                "--server {server:?} must start with http:// or https://"
            )));
        }
        if !key.starts_with(crate::crypto::token::API_KEY_PREFIX) {
            return Err(ClientError::Config("the API key must start with rbk_ (create one in the UI or with `rulebook apikey create`)".into()));
        }
        let mut config = ureq::Agent::config_builder()
            .timeout_global(Some(Duration::from_secs(30)))
            .http_status_as_error(false);
        if base.starts_with("https://") {
            let ca = ca_file.ok_or_else(|| {
                ClientError::Config(
                    "https needs --ca-file with the server's certificate or CA (PEM)".into(),
                )
            })?;
            let pem = std::fs::read(ca)
                .map_err(|e| ClientError::Config(format!("cannot read {}: {e}", ca.display())))?;
            let cert = ureq::tls::Certificate::from_pem(&pem)
                .map_err(|e| ClientError::Config(format!("bad CA file: {e}")))?;
            let tls = ureq::tls::TlsConfig::builder()
                .root_certs(ureq::tls::RootCerts::Specific(Arc::new(vec![cert])))
                .build();
            config = config.tls_config(tls);
        }
        Ok(ApiClient {
            base,
            key: key.to_string(),
            agent: config.build().into(),
        })
    }

    /// GETs a JSON document from an API path.
    pub fn get(&self, path: &str) -> Result<Value, ClientError> {
        let url = format!("{}{path}", self.base);
        let mut resp = self
            .agent
            .get(&url)
            .header("Authorization", &format!("Bearer {}", self.key))
            .header("Accept", "application/json")
            .call()
            .map_err(|e| ClientError::Connect(e.to_string()))?;
        let status = resp.status().as_u16();
        let text = resp
            .body_mut()
            .with_config()
            .limit(64 * 1024 * 1024)
            .read_to_string()
            .map_err(|e| ClientError::Connect(format!("reading the answer: {e}")))?;
        let body: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
        if status >= 400 {
            return Err(ClientError::Server {
                status,
                code: body["error"]["code"].as_str().unwrap_or("").to_string(),
                message: body["error"]["message"].as_str().unwrap_or("").to_string(),
            });
        }
        Ok(body)
    }
}
