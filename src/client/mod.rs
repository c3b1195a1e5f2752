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
        if !key.is_empty() && !key.starts_with(crate::crypto::token::API_KEY_PREFIX) {
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

    /// A client without a key, for the device-login endpoints.
    pub fn anonymous(server: &str, ca_file: Option<&Path>) -> Result<ApiClient, ClientError> {
        ApiClient::new(server, "", ca_file)
    }

    /// One MCP message to the server's `/mcp` endpoint, whatever the status: `(status,
    /// content type, Mcp-Session-Id, body)`. `method` is POST or DELETE.
    pub fn mcp(
        &self,
        method: &str,
        body: &[u8],
        headers: &[(&str, String)],
    ) -> Result<(u16, String, Option<String>, Vec<u8>), ClientError> {
        let url = format!("{}/mcp", self.base);
        let auth = format!("Bearer {}", self.key);
        let mut rq = match method {
            "DELETE" => self.agent.delete(&url).force_send_body(),
            _ => self.agent.post(&url),
        }
        .header("Content-Type", "application/json")
        .header("Accept", "application/json, text/event-stream")
        .header("Authorization", &auth);
        for (k, v) in headers {
            rq = rq.header(*k, v.as_str());
        }
        let mut resp = rq
            .send(body)
            .map_err(|e| ClientError::Connect(e.to_string()))?;
        let status = resp.status().as_u16();
        let header = |name: &str| {
            resp.headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        let ctype = header("content-type").unwrap_or_default();
        let session = header("mcp-session-id");
        let bytes = resp
            .body_mut()
            .with_config()
            .limit(64 * 1024 * 1024)
            .read_to_vec()
            .map_err(|e| ClientError::Connect(format!("reading the answer: {e}")))?;
        Ok((status, ctype, session, bytes))
    }

    /// POSTs JSON and returns (status, JSON answer) for any 2xx status.
    pub fn post_status(&self, path: &str, body: &Value) -> Result<(u16, Value), ClientError> {
        let text = body.to_string();
        let (status, bytes) = self.exchange(
            "POST",
            path,
            Some(("application/json", text.as_bytes())),
            &[],
        )?;
        Ok((status, Self::json(&bytes)?))
    }

    /// Sends a request and returns the status and body; `body` is (content type, bytes).
    fn exchange(
        &self,
        method: &str,
        path: &str,
        body: Option<(&str, &[u8])>,
        headers: &[(&str, &str)],
    ) -> Result<(u16, Vec<u8>), ClientError> {
        let url = format!("{}{path}", self.base);
        let auth = format!("Bearer {}", self.key);
        let sent = match (method, body) {
            ("GET", _) => {
                let mut rq = self.agent.get(&url);
                if !self.key.is_empty() {
                    rq = rq.header("Authorization", &auth);
                }
                for (k, v) in headers {
                    rq = rq.header(*k, *v);
                }
                rq.call()
            }
            (_, body) => {
                let (ctype, bytes) = body.unwrap_or(("application/json", b"{}"));
                let mut rq = match method {
                    "PUT" => self.agent.put(&url),
                    "DELETE" => self.agent.delete(&url).force_send_body(),
                    _ => self.agent.post(&url),
                }
                .header("Content-Type", ctype);
                if !self.key.is_empty() {
                    rq = rq.header("Authorization", &auth);
                }
                for (k, v) in headers {
                    rq = rq.header(*k, *v);
                }
                rq.send(bytes)
            }
        };
        let mut resp = sent.map_err(|e| ClientError::Connect(e.to_string()))?;
        let status = resp.status().as_u16();
        let bytes = resp
            .body_mut()
            .with_config()
            .limit(512 * 1024 * 1024)
            .read_to_vec()
            .map_err(|e| ClientError::Connect(format!("reading the answer: {e}")))?;
        if status >= 400 {
            let body: Value = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
            return Err(ClientError::Server {
                status,
                code: body["error"]["code"].as_str().unwrap_or("").to_string(),
                message: body["error"]["message"].as_str().unwrap_or("").to_string(),
            });
        }
        Ok((status, bytes))
    }

    fn json(bytes: &[u8]) -> Result<Value, ClientError> {
        if bytes.is_empty() {
            return Ok(Value::Null);
        }
        serde_json::from_slice(bytes)
            .map_err(|e| ClientError::Connect(format!("the answer is not JSON: {e}")))
    }

    /// GETs a JSON document from an API path.
    pub fn get(&self, path: &str) -> Result<Value, ClientError> {
        let (_, bytes) = self.exchange("GET", path, None, &[("Accept", "application/json")])?;
        Self::json(&bytes)
    }

    /// GETs raw bytes (archives).
    pub fn get_bytes(&self, path: &str) -> Result<Vec<u8>, ClientError> {
        Ok(self.exchange("GET", path, None, &[])?.1)
    }

    /// Sends a JSON body; returns the JSON answer.
    pub fn send_json(&self, method: &str, path: &str, body: &Value) -> Result<Value, ClientError> {
        let text = body.to_string();
        let (_, bytes) = self.exchange(
            method,
            path,
            Some(("application/json", text.as_bytes())),
            &[],
        )?;
        Self::json(&bytes)
    }

    /// Sends raw bytes (archives) with extra headers; returns the JSON answer.
    pub fn send_bytes(
        &self,
        method: &str,
        path: &str,
        content_type: &str,
        body: &[u8],
        headers: &[(&str, &str)],
    ) -> Result<Value, ClientError> {
        let (_, bytes) = self.exchange(method, path, Some((content_type, body)), headers)?;
        Self::json(&bytes)
    }
}
