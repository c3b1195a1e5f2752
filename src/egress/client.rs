//! Sending one outbound HTTP(S) request under the site's policy.
//!
//! Order of checks for every request and every redirect hop: the URL's scheme (http or https)
//! and host; the allowlist (before any DNS query); a per-host concurrency slot; then ureq
//! connects through `GuardedResolver`, which refuses guarded addresses (loopback, link-local,
//! ...) for every connection it makes. Redirects are followed here, not by ureq, so each hop
//! is checked again (at most 3), an https request is never redirected to plain http, and a
//! hop to another origin loses the caller's credentials (headers and client certificate).
//! Through a proxy the proxy resolves the target's name, so there the allowlist (by name) is
//! the guard and the address check applies to the proxy only. The response body is read up
//! to the cap and no further.
//! Errors name the host, never the URL's query, a header or a credential.

use std::collections::HashMap;
use std::fmt;
use std::io::Read;
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use ureq::unversioned::resolver::{DefaultResolver, ResolvedSocketAddrs, Resolver};
use ureq::unversioned::transport::NextTimeout;

use crate::egress::policy::{Allowlist, guarded};
use crate::error::Coded;

/// Most redirects followed for one request.
pub const MAX_REDIRECTS: usize = 3;

/// Everything the client needs, compiled from the instance's settings.
#[derive(Clone)]
pub struct Config {
    pub allow: Allowlist,
    /// An outbound proxy (`http://host:port`), with credentials if it needs them.
    pub proxy: Option<ProxyConfig>,
    /// Trust anchors (DER) for https: the site's CA bundle. Empty: the built-in roots are not
    /// compiled in, so https needs a CA file.
    pub roots: Vec<Vec<u8>>,
    pub connect_timeout: Duration,
    pub read_timeout: Duration,
    pub max_response_bytes: u64,
    pub per_host_concurrency: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            allow: Allowlist::default(),
            proxy: None,
            roots: Vec::new(),
            connect_timeout: Duration::from_secs(10),
            read_timeout: Duration::from_secs(60),
            max_response_bytes: 16 * 1024 * 1024,
            per_host_concurrency: 8,
        }
    }
}

/// An outbound proxy.
#[derive(Clone)]
pub struct ProxyConfig {
    pub host: String,
    pub port: u16,
    pub username: Option<String>,
    /// Opened from a sealed secret by the caller; never printed.
    pub password: Option<String>,
    /// Hosts reached directly (`no_proxy`): names or `*.suffix`.
    pub no_proxy: Vec<String>,
}

impl fmt::Debug for ProxyConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ProxyConfig({}:{})", self.host, self.port)
    }
}

/// A client certificate for mutual TLS (PEM chain and key).
pub struct ClientIdentity {
    pub chain_pem: Vec<u8>,
    pub key: crate::secrets::Secret,
}

/// Who and what a request is for: audited on refusal.
#[derive(Debug, Clone, Copy)]
pub struct Purpose<'a> {
    pub feature: &'a str,
    pub actor: &'a str,
}

/// One outbound request.
pub struct Call<'a> {
    pub method: &'a str,
    pub url: &'a str,
    pub headers: Vec<(String, String)>,
    pub body: Option<Vec<u8>>,
    pub purpose: Purpose<'a>,
    pub identity: Option<&'a ClientIdentity>,
    /// A whole-request deadline shorter or longer than the client's read timeout (an AI
    /// provider's configured timeout); `None`: the client's timeouts only.
    pub timeout: Option<Duration>,
}

/// What came back.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// The URL that answered (after redirects), without its query.
    pub final_host: String,
}

impl Answer {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Why an outbound request did not happen or failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EgressError {
    /// Not http(s), no host, or otherwise unusable.
    BadUrl(String),
    /// The host is not on the allowlist (refused before DNS).
    Denied { host: String },
    /// The host resolved only to guarded addresses.
    Guarded { host: String, reason: String },
    /// DNS failed.
    Dns(String),
    /// TCP connect failed.
    Connect(String),
    /// TLS failed (unknown CA, expired, name mismatch...).
    Tls(String),
    /// The proxy refused (e.g. 407) or failed.
    Proxy(String),
    /// Connect or read took too long.
    Timeout(String),
    /// The response was larger than the cap.
    TooLarge { limit: u64 },
    /// Too many redirects, or a redirect without a usable Location.
    Redirect(String),
    /// Any other transport failure.
    Transport(String),
    /// The TLS material in the settings is unusable.
    Config(String),
}

impl Coded for EgressError {
    fn code(&self) -> &'static str {
        match self {
            EgressError::BadUrl(_) => "RB-EGRESS-URL",
            EgressError::Denied { .. } => "RB-EGRESS-DENIED",
            EgressError::Guarded { .. } => "RB-EGRESS-GUARDED",
            EgressError::Dns(_) => "RB-EGRESS-DNS",
            EgressError::Connect(_) => "RB-EGRESS-CONNECT",
            EgressError::Tls(_) => "RB-EGRESS-TLS",
            EgressError::Proxy(_) => "RB-EGRESS-PROXY",
            EgressError::Timeout(_) => "RB-EGRESS-TIMEOUT",
            EgressError::TooLarge { .. } => "RB-EGRESS-TOO-LARGE",
            EgressError::Redirect(_) => "RB-EGRESS-REDIRECT",
            EgressError::Transport(_) => "RB-EGRESS-TRANSPORT",
            EgressError::Config(_) => "RB-EGRESS-CONFIG",
        }
    }
}

impl fmt::Display for EgressError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EgressError::BadUrl(m) => write!(f, "unusable URL: {m}"),
            EgressError::Denied { host } => write!(
                f,
                "{host} is not on the egress allowlist (an instance admin adds it with `rulebook egress allow {host}`)"
            ),
            EgressError::Guarded { host, reason } => write!(
                f,
                "{host} resolves only to guarded addresses ({reason}); allow the IP literally if this is intended"
            ),
            EgressError::Dns(m) => write!(f, "DNS lookup failed: {m}"),
            EgressError::Connect(m) => write!(f, "TCP connection failed: {m}"),
            EgressError::Tls(m) => write!(f, "TLS failed: {m}"),
            EgressError::Proxy(m) => write!(f, "proxy: {m}"),
            EgressError::Timeout(m) => write!(f, "timed out: {m}"),
            EgressError::TooLarge { limit } => {
                write!(f, "the response is larger than the cap of {limit} bytes")
            }
            EgressError::Redirect(m) => write!(f, "redirect: {m}"),
            EgressError::Transport(m) => write!(f, "transport: {m}"),
            EgressError::Config(m) => write!(f, "egress settings: {m}"),
        }
    }
}

impl std::error::Error for EgressError {}

/// Told about refusals and outcomes (audit log, metrics). Implemented by the server.
pub trait Observer: Send + Sync {
    /// A request was refused by policy (allowlist or address guard).
    fn refused(&self, host: &str, purpose: Purpose<'_>, error: &EgressError);
    /// A request went out and ended with `outcome` ("2xx", "4xx", an error code...).
    fn finished(&self, host: &str, outcome: &str);
}

/// An observer that does nothing (CLI use).
pub struct Quiet;

impl Observer for Quiet {
    fn refused(&self, _: &str, _: Purpose<'_>, _: &EgressError) {}
    fn finished(&self, _: &str, _: &str) {}
}

/// A parsed target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub https: bool,
    pub host: String,
    pub port: u16,
}

/// Parses the scheme, host and port of an http(s) URL. User info in the URL is refused:
/// credentials go in sealed secrets, not URLs.
pub fn target(url: &str) -> Result<Target, EgressError> {
    let bad = |m: &str| EgressError::BadUrl(m.to_string());
    let (scheme, rest) = url
        .split_once("://")
        .ok_or_else(|| bad("no scheme (use https:// or http://)"))?;
    let https = match scheme.to_ascii_lowercase().as_str() {
        "https" => true,
        "http" => false,
        _ => return Err(bad("only http and https are allowed")),
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if authority.contains('@') {
        return Err(bad(
            "credentials in a URL are refused; store them as a secret",
        ));
    }
    let (host, port) = match authority.rfind(':') {
        Some(i) if !authority[..i].contains(':') || authority[..i].ends_with(']') => {
            let port = authority[i + 1..]
                .parse::<u16>()
                .ok()
                .filter(|p| *p > 0)
                .ok_or_else(|| bad("bad port"))?;
            (&authority[..i], port)
        }
        _ => (authority, if https { 443 } else { 80 }),
    };
    if host.is_empty() {
        return Err(bad("no host"));
    }
    Ok(Target {
        https,
        host: host.to_ascii_lowercase(),
        port,
    })
}

/// The outbound client. One per server; cheap to share.
pub struct Egress {
    config: Mutex<Arc<Config>>,
    agent: Mutex<Option<(usize, ureq::Agent)>>,
    generation: Mutex<usize>,
    slots: Mutex<HashMap<String, usize>>,
    freed: Condvar,
    observer: Box<dyn Observer>,
}

impl Egress {
    pub fn new(config: Config, observer: Box<dyn Observer>) -> Egress {
        Egress {
            config: Mutex::new(Arc::new(config)),
            agent: Mutex::new(None),
            generation: Mutex::new(0),
            slots: Mutex::new(HashMap::new()),
            freed: Condvar::new(),
            observer,
        }
    }

    /// Replaces the settings (after an admin changed them); later requests use the new ones.
    pub fn reconfigure(&self, config: Config) {
        if let Ok(mut c) = self.config.lock() {
            *c = Arc::new(config);
        }
        if let Ok(mut g) = self.generation.lock() {
            *g += 1;
        }
    }

    /// The settings in force.
    pub fn config(&self) -> Arc<Config> {
        self.config
            .lock()
            .map(|c| c.clone())
            .unwrap_or_else(|p| p.into_inner().clone())
    }

    /// Reports a refusal found outside `send` (the probe's own DNS stage) to the observer,
    /// so every refusal is audited and counted the same way.
    pub fn report_refused(&self, host: &str, purpose: Purpose<'_>, error: &EgressError) {
        self.observer.refused(host, purpose, error);
    }

    /// Checks `url` against the allowlist without connecting (the first check of `send`).
    pub fn check(&self, url: &str, purpose: Purpose<'_>) -> Result<Target, EgressError> {
        let t = target(url)?;
        if self.config().allow.allows(&t.host, t.port).is_none() {
            let e = EgressError::Denied {
                host: t.host.clone(),
            };
            self.observer.refused(&t.host, purpose, &e);
            return Err(e);
        }
        Ok(t)
    }

    /// Sends `call`, following up to 3 redirects to allowed hosts.
    pub fn send(&self, call: Call<'_>) -> Result<Answer, EgressError> {
        let mut method = call.method.to_string();
        let mut url = call.url.to_string();
        let mut body = call.body;
        let origin = target(&url)?;
        let mut headers = call.headers;
        let mut identity = call.identity;
        for _hop in 0..=MAX_REDIRECTS {
            let t = self.check(&url, call.purpose)?;
            if origin.https && !t.https {
                return Err(EgressError::Redirect(format!(
                    "refused a redirect from https to plain http ({})",
                    t.host
                )));
            }
            if t != origin {
                // Credentials belong to the origin they were given for: another host (or
                // port) gets the request without them.
                headers.retain(|(k, _)| {
                    ["accept", "content-type", "user-agent"]
                        .contains(&k.to_ascii_lowercase().as_str())
                });
                identity = None;
            }
            let answer = {
                let _slot = self.slot(&format!("{}:{}", t.host, t.port));
                self.once(
                    &method,
                    &url,
                    &headers,
                    body.as_deref(),
                    identity,
                    call.timeout,
                )
            };
            let answer = match answer {
                Ok(a) => a,
                Err(e) => {
                    if matches!(e, EgressError::Guarded { .. }) {
                        self.observer.refused(&t.host, call.purpose, &e);
                    }
                    self.observer.finished(&t.host, e.code());
                    return Err(e);
                }
            };
            self.observer
                .finished(&t.host, &format!("{}xx", answer.status / 100));
            if !matches!(answer.status, 301 | 302 | 303 | 307 | 308) {
                return Ok(Answer {
                    final_host: t.host,
                    ..answer
                });
            }
            let location = answer.header("Location").ok_or_else(|| {
                EgressError::Redirect(format!(
                    "{} answered {} without Location",
                    t.host, answer.status
                ))
            })?;
            url = join(&url, location)?;
            if matches!(answer.status, 301..=303) && method != "HEAD" {
                method = "GET".into();
                body = None;
            }
        }
        Err(EgressError::Redirect(format!(
            "more than {MAX_REDIRECTS} redirects"
        )))
    }

    /// Waits for a free per-host slot.
    fn slot(&self, key: &str) -> Slot<'_> {
        let cap = self.config().per_host_concurrency.max(1);
        let mut slots = self.slots.lock().unwrap_or_else(|p| p.into_inner());
        while slots.get(key).copied().unwrap_or(0) >= cap {
            slots = self.freed.wait(slots).unwrap_or_else(|p| p.into_inner());
        }
        *slots.entry(key.to_string()).or_insert(0) += 1;
        Slot {
            egress: self,
            key: key.to_string(),
        }
    }

    fn agent(&self, identity: Option<&ClientIdentity>) -> Result<ureq::Agent, EgressError> {
        let generation = self.generation.lock().map(|g| *g).unwrap_or(0);
        if identity.is_none()
            && let Ok(cached) = self.agent.lock()
            && let Some((g, a)) = cached.as_ref()
            && *g == generation
        {
            return Ok(a.clone());
        }
        let agent = build_agent(&self.config(), identity)?;
        if identity.is_none()
            && let Ok(mut cached) = self.agent.lock()
        {
            *cached = Some((generation, agent.clone()));
        }
        Ok(agent)
    }

    fn once(
        &self,
        method: &str,
        url: &str,
        headers: &[(String, String)],
        body: Option<&[u8]>,
        identity: Option<&ClientIdentity>,
        timeout: Option<Duration>,
    ) -> Result<Answer, EgressError> {
        let agent = self.agent(identity)?;
        let cap = self.config().max_response_bytes;
        let mut builder = ureq::http::Request::builder().method(method).uri(url);
        for (k, v) in headers {
            builder = builder.header(k.as_str(), v.as_str());
        }
        let request = builder
            .body(body.map(<[u8]>::to_vec).unwrap_or_default())
            .map_err(|e| EgressError::BadUrl(e.to_string()))?;
        let request = match timeout {
            Some(t) => agent
                .configure_request(request)
                .timeout_global(Some(t))
                .build(),
            None => request,
        };
        let response = agent.run(request).map_err(|e| map_error(e, url))?;
        let status = response.status().as_u16();
        let headers: Vec<(String, String)> = response
            .headers()
            .iter()
            .map(|(k, v)| {
                (
                    k.as_str().to_string(),
                    String::from_utf8_lossy(v.as_bytes()).into_owned(),
                )
            })
            .collect();
        if let Some(n) = headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
            .and_then(|(_, v)| v.trim().parse::<u64>().ok())
            && n > cap
        {
            return Err(EgressError::TooLarge { limit: cap });
        }
        let mut body = Vec::new();
        response
            .into_body()
            .into_reader()
            .take(cap.saturating_add(1))
            .read_to_end(&mut body)
            .map_err(|e| classify_io(&e.to_string()))?;
        if body.len() as u64 > cap {
            return Err(EgressError::TooLarge { limit: cap });
        }
        Ok(Answer {
            status,
            headers,
            body,
            final_host: String::new(),
        })
    }
}

struct Slot<'a> {
    egress: &'a Egress,
    key: String,
}

impl Drop for Slot<'_> {
    fn drop(&mut self) {
        let mut slots = self.egress.slots.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(n) = slots.get_mut(&self.key) {
            *n = n.saturating_sub(1);
            if *n == 0 {
                slots.remove(&self.key);
            }
        }
        self.egress.freed.notify_all();
    }
}

/// Resolves a redirect's Location against the URL that sent it.
fn join(base: &str, location: &str) -> Result<String, EgressError> {
    // Absolute when it starts with a scheme (RFC 3986 §3.1), not when `://` appears later
    // (`/next?u=http://x` is relative).
    let scheme_len = location.find(':').filter(|&i| {
        i > 0
            && location.as_bytes()[0].is_ascii_alphabetic()
            && location[..i]
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'))
    });
    if scheme_len.is_some() {
        return Ok(location.to_string());
    }
    let t = target(base)?;
    let origin = format!(
        "{}://{}{}",
        if t.https { "https" } else { "http" },
        if t.host.contains(':') {
            format!("[{}]", t.host.trim_matches(['[', ']']))
        } else {
            t.host.clone()
        },
        format_args!(":{}", t.port)
    );
    if let Some(rest) = location.strip_prefix("//") {
        return Ok(format!(
            "{}://{rest}",
            if t.https { "https" } else { "http" }
        ));
    }
    if location.starts_with('/') {
        return Ok(format!("{origin}{location}"));
    }
    let path = base
        .split_once("://")
        .map(|(_, r)| r)
        .and_then(|r| r.find('/').map(|i| &r[i..]))
        .unwrap_or("/");
    let path = path.split(['?', '#']).next().unwrap_or("/");
    let dir = &path[..path.rfind('/').map_or(0, |i| i + 1)];
    Ok(format!("{origin}{dir}{location}"))
}

fn build_agent(
    config: &Config,
    identity: Option<&ClientIdentity>,
) -> Result<ureq::Agent, EgressError> {
    use ureq::tls::{Certificate, ClientCert, PrivateKey, RootCerts, TlsConfig};
    let roots: Vec<Certificate<'static>> = config
        .roots
        .iter()
        .map(|der| Certificate::from_der(der).to_owned())
        .collect();
    let mut tls = TlsConfig::builder().root_certs(RootCerts::Specific(Arc::new(roots)));
    if let Some(id) = identity {
        let chain: Vec<Certificate<'static>> = ureq::tls::parse_pem(&id.chain_pem)
            .filter_map(|item| match item {
                Ok(ureq::tls::PemItem::Certificate(c)) => Some(c),
                _ => None,
            })
            .collect();
        if chain.is_empty() {
            return Err(EgressError::Config(
                "the client certificate holds no PEM certificate".into(),
            ));
        }
        let key = PrivateKey::from_pem(id.key.expose())
            .map_err(|_| EgressError::Config("the client key is not a PEM private key".into()))?;
        tls = tls.client_cert(Some(ClientCert::new_with_certs(&chain, key)));
    }
    let mut builder = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .max_redirects(0)
        .timeout_connect(Some(config.connect_timeout))
        .timeout_resolve(Some(config.connect_timeout))
        .timeout_recv_response(Some(config.read_timeout))
        .timeout_recv_body(Some(config.read_timeout))
        .timeout_send_body(Some(config.read_timeout))
        .user_agent(format!("rulebook/{}", crate::version::VERSION))
        .tls_config(tls.build());
    let mut proxy_host = None;
    if let Some(p) = &config.proxy {
        let mut pb = ureq::Proxy::builder(ureq::ProxyProtocol::Http)
            .host(&p.host)
            .port(p.port);
        if let Some(u) = &p.username {
            pb = pb.username(u);
        }
        if let Some(pw) = &p.password {
            pb = pb.password(pw);
        }
        for n in &p.no_proxy {
            pb = pb.no_proxy(n);
        }
        let proxy = pb
            .build()
            .map_err(|_| EgressError::Config(format!("bad proxy {}:{}", p.host, p.port)))?;
        builder = builder.proxy(Some(proxy));
        proxy_host = Some(p.host.to_ascii_lowercase());
    }
    let resolver = GuardedResolver {
        allow: config.allow.clone(),
        proxy_host,
        inner: DefaultResolver::default(),
    };
    Ok(ureq::Agent::with_parts(
        builder.build(),
        ureq::unversioned::transport::DefaultConnector::default(),
        resolver,
    ))
}

/// Marks the resolver's refusals so they can be told apart from other I/O errors.
const GUARD_MARK: &str = "rulebook-egress-guard: ";

/// Resolves with the system resolver, then drops every guarded address that the allowlist
/// does not name literally. Runs for every connection ureq opens, so a name re-pointed after
/// an earlier check is judged on its new address. The inner resolver is a type parameter only
/// so that unit tests can feed it fixed answers; `build_agent` always uses the system's.
#[derive(Debug)]
struct GuardedResolver<R = DefaultResolver> {
    allow: Allowlist,
    /// The configured proxy: an admin chose it, so its address is not guarded.
    proxy_host: Option<String>,
    inner: R,
}

impl<R: Resolver> Resolver for GuardedResolver<R> {
    fn resolve(
        &self,
        uri: &ureq::http::Uri,
        config: &ureq::config::Config,
        timeout: NextTimeout,
    ) -> Result<ResolvedSocketAddrs, ureq::Error> {
        let host = uri.host().unwrap_or_default().to_ascii_lowercase();
        let resolved = self.inner.resolve(uri, config, timeout)?;
        if self.proxy_host.as_deref() == Some(host.as_str()) {
            return Ok(resolved);
        }
        let mut kept = self.inner.empty();
        kept.truncate(0);
        let mut reason = "";
        for addr in resolved.iter() {
            match guarded(addr.ip()) {
                Some(r) if !self.allow.names_ip(addr.ip(), addr.port()) => reason = r,
                _ => kept.push(*addr),
            }
        }
        if kept.is_empty() {
            return Err(ureq::Error::Io(std::io::Error::new(
                std::io::ErrorKind::PermissionDenied,
                format!("{GUARD_MARK}{host}\0{reason}"),
            )));
        }
        Ok(kept)
    }
}

fn classify_io(m: &str) -> EgressError {
    let l = m.to_ascii_lowercase();
    if l.contains("timed out") || l.contains("timeout") {
        EgressError::Timeout(m.to_string())
    } else {
        EgressError::Transport(m.to_string())
    }
}

/// Maps ureq's error to ours without echoing the URL (it may hold a token in its query).
fn map_error(e: ureq::Error, url: &str) -> EgressError {
    let host = target(url).map(|t| t.host).unwrap_or_default();
    match e {
        ureq::Error::Io(io) => {
            let m = io.to_string();
            if let Some(rest) = m.strip_prefix(GUARD_MARK) {
                let (h, reason) = rest.split_once('\0').unwrap_or((rest, "guarded"));
                return EgressError::Guarded {
                    host: h.to_string(),
                    reason: reason.to_string(),
                };
            }
            // rustls reports a failed handshake (an alert such as CertificateRequired, a
            // certificate it refused) as an I/O error that carries its own error.
            if io
                .get_ref()
                .is_some_and(|inner| inner.downcast_ref::<rustls::Error>().is_some())
            {
                return EgressError::Tls(format!("{host}: {m}"));
            }
            match io.kind() {
                std::io::ErrorKind::ConnectionRefused
                | std::io::ErrorKind::ConnectionReset
                | std::io::ErrorKind::HostUnreachable
                | std::io::ErrorKind::NetworkUnreachable => {
                    EgressError::Connect(format!("{host}: {m}"))
                }
                std::io::ErrorKind::TimedOut | std::io::ErrorKind::WouldBlock => {
                    EgressError::Timeout(format!("{host}: {m}"))
                }
                _ if m.contains("certificate") || m.contains("Tls") || m.contains("TLS") => {
                    EgressError::Tls(format!("{host}: {m}"))
                }
                _ => classify_io(&format!("{host}: {m}")),
            }
        }
        ureq::Error::Timeout(t) => EgressError::Timeout(format!("{host}: {t}")),
        ureq::Error::HostNotFound => EgressError::Dns(format!("{host} was not found")),
        ureq::Error::ConnectProxyFailed(m) => EgressError::Proxy(m),
        ureq::Error::ConnectionFailed => EgressError::Connect(format!("{host}: connection failed")),
        ureq::Error::BodyExceedsLimit(n) => EgressError::TooLarge { limit: n },
        ureq::Error::Rustls(t) => EgressError::Tls(format!("{host}: {t}")),
        other => {
            let m = other.to_string();
            if m.to_ascii_lowercase().contains("proxy") {
                EgressError::Proxy(m)
            } else if m.contains("certificate") || m.to_ascii_lowercase().contains("tls") {
                EgressError::Tls(format!("{host}: {m}"))
            } else {
                EgressError::Transport(format!("{host}: {m}"))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets() {
        assert_eq!(
            target("https://Git.Example:8443/a?b").unwrap(),
            Target {
                https: true,
                host: "git.example".into(),
                port: 8443
            }
        );
        assert_eq!(target("http://10.0.0.1/").unwrap().port, 80);
        assert_eq!(target("https://[fd00::1]/").unwrap().host, "[fd00::1]");
        assert_eq!(target("https://[fd00::1]:444/").unwrap().port, 444);
        for bad in [
            "ftp://x/",
            "file:///etc/passwd",
            "https://user:pw@x/",
            "x/y",
            "https:///path",
            "https://x:0/",
            "https://x:99999/",
        ] {
            assert!(target(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn redirects_resolve_against_the_base() {
        assert_eq!(
            join("https://a.example/x/y?q", "/z").unwrap(),
            "https://a.example:443/z"
        );
        assert_eq!(
            join("https://a.example/x/y", "z").unwrap(),
            "https://a.example:443/x/z"
        );
        assert_eq!(
            join("https://a.example/x", "http://b.example/").unwrap(),
            "http://b.example/"
        );
        assert_eq!(
            join("https://a.example/x", "//c.example/p").unwrap(),
            "https://c.example/p"
        );
        assert_eq!(
            join("https://a.example/x", "/next?u=http://b.example").unwrap(),
            "https://a.example:443/next?u=http://b.example"
        );
    }

    #[test]
    fn a_host_off_the_list_is_refused_before_any_connection() {
        let e = Egress::new(Config::default(), Box::new(Quiet));
        let err = e
            .send(Call {
                method: "GET",
                url: "https://no-such-host.invalid/x",
                headers: vec![],
                body: None,
                purpose: Purpose {
                    feature: "test",
                    actor: "t",
                },
                identity: None,
                timeout: None,
            })
            .unwrap_err();
        assert_eq!(err.code(), "RB-EGRESS-DENIED");
    }
}

#[cfg(test)]
mod guard_tests {
    //! The address guard on DNS answers, with a resolver that returns fixed addresses.

    use std::net::SocketAddr;

    use super::*;

    /// Answers every name with the same addresses.
    #[derive(Debug)]
    struct Fixed(Vec<SocketAddr>);

    impl Resolver for Fixed {
        fn resolve(
            &self,
            _: &ureq::http::Uri,
            _: &ureq::config::Config,
            _: NextTimeout,
        ) -> Result<ResolvedSocketAddrs, ureq::Error> {
            let mut out = self.empty();
            out.truncate(0);
            for a in &self.0 {
                out.push(*a);
            }
            Ok(out)
        }
    }

    /// Resolves `https://git.example.internal/` through the guard, the name resolving to `ips`
    /// (on port 443).
    fn resolve(allow: &[&str], ips: &[&str]) -> Result<Vec<SocketAddr>, EgressError> {
        let guard = GuardedResolver {
            allow: Allowlist::parse(allow.iter().copied()).unwrap(),
            proxy_host: None,
            inner: Fixed(
                ips.iter()
                    .map(|ip| SocketAddr::new(ip.parse().unwrap(), 443))
                    .collect(),
            ),
        };
        let url = "https://git.example.internal/repo.git?token=s3cret";
        let uri: ureq::http::Uri = url.parse().unwrap();
        guard
            .resolve(
                &uri,
                &ureq::config::Config::default(),
                NextTimeout::default(),
            )
            .map(|kept| kept.iter().copied().collect())
            .map_err(|e| map_error(e, url))
    }

    fn assert_guarded(ips: &[&str], reason: &str) {
        let err = resolve(&["git.example.internal"], ips).unwrap_err();
        assert_eq!(err.code(), "RB-EGRESS-GUARDED", "{ips:?}: {err:?}");
        match &err {
            EgressError::Guarded { host, reason: r } => {
                assert_eq!(host, "git.example.internal");
                assert!(
                    r.contains(reason),
                    "{ips:?}: reason {r:?}, wanted {reason:?}"
                );
            }
            other => panic!("{ips:?}: {other:?}"),
        }
        assert!(!err.to_string().contains("s3cret"), "{err}");
    }

    #[test]
    fn a_name_resolving_to_a_guarded_address_is_refused() {
        let reason = |ip: &str| guarded(ip.parse().unwrap()).unwrap();
        for ip in [
            "169.254.169.254",
            "::ffff:127.0.0.1",
            "fe80::1",
            "127.0.0.1",
            "::1",
        ] {
            assert_guarded(&[ip], reason(ip));
        }
        // Every address guarded: still refused.
        assert_guarded(&["127.0.0.1", "169.254.169.254"], reason("169.254.169.254"));
    }

    #[test]
    fn only_the_allowed_addresses_of_a_mixed_answer_are_kept() {
        let kept = resolve(&["git.example.internal"], &["169.254.169.254", "10.0.0.5"]).unwrap();
        assert_eq!(kept, vec!["10.0.0.5:443".parse::<SocketAddr>().unwrap()]);
        let kept = resolve(
            &["git.example.internal"],
            &["fe80::1", "10.0.0.5", "::ffff:127.0.0.1"],
        )
        .unwrap();
        assert_eq!(kept, vec!["10.0.0.5:443".parse::<SocketAddr>().unwrap()]);
    }

    #[test]
    fn a_literal_entry_for_the_guarded_ip_lets_it_through() {
        let kept = resolve(
            &["git.example.internal", "169.254.169.254"],
            &["169.254.169.254"],
        )
        .unwrap();
        assert_eq!(
            kept,
            vec!["169.254.169.254:443".parse::<SocketAddr>().unwrap()]
        );
        let kept = resolve(
            &["git.example.internal", "127.0.0.1:443"],
            &["::ffff:127.0.0.1"],
        )
        .unwrap();
        assert_eq!(kept.len(), 1);
        let kept = resolve(&["git.example.internal", "[fe80::1]:443"], &["fe80::1"]).unwrap();
        assert_eq!(kept, vec!["[fe80::1]:443".parse::<SocketAddr>().unwrap()]);
        // The literal entry must name this port (or none).
        let err = resolve(
            &["git.example.internal", "169.254.169.254:80"],
            &["169.254.169.254"],
        )
        .unwrap_err();
        assert_eq!(err.code(), "RB-EGRESS-GUARDED", "{err:?}");
        // A literal entry for one guarded address does not open another.
        let kept = resolve(
            &["git.example.internal", "169.254.169.254"],
            &["169.254.169.254", "127.0.0.1"],
        )
        .unwrap();
        assert_eq!(
            kept,
            vec!["169.254.169.254:443".parse::<SocketAddr>().unwrap()]
        );
    }
}
