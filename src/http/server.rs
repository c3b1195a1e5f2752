//! The listener and the worker threads.
//!
//! tiny_http (patched, see `patches/README.md`) accepts connections on its own thread, caps
//! them, applies read/write timeouts and head limits, and queues parsed requests; a fixed
//! number of our worker threads take requests from that queue. The connection cap is derived
//! from the process's file-descriptor limit so EMFILE cannot starve the database.

use std::net::{SocketAddr, TcpListener};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use std::io::Read;
use std::net::{IpAddr, Ipv4Addr};

use crate::error::Coded;
use crate::http::HttpError;
use crate::http::call::Call;
use crate::http::reply::{Reply, into_response};
use crate::http::router::dispatch;
use crate::http::state::AppState;

/// How to serve.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// Address to listen on.
    pub listen: SocketAddr,
    /// Number of worker threads handling requests.
    pub workers: usize,
    /// Largest accepted request body in bytes.
    pub max_body: u64,
    /// Most connections at once (further capped by the fd limit).
    pub max_connections: usize,
    /// TLS configuration, if serving HTTPS.
    pub tls: Option<Arc<rustls::ServerConfig>>,
    /// Termination signals blocked at start, to stop gracefully on.
    pub signals: Option<crate::ops::signals::Blocked>,
    /// Which requests get an access-log line.
    pub access_log: crate::http::access_log::AccessLog,
    /// Client addresses served (empty: all); others are closed before any byte is read.
    pub allow_clients: Vec<crate::model::net::Cidr>,
    /// Reverse proxies whose `X-Forwarded-For` is believed.
    pub trusted_proxies: Vec<crate::model::net::Cidr>,
}

/// Binds, prints the URL, and serves until the process ends.
pub fn serve(
    opts: ServeOptions,
    state: AppState,
    on_ready: impl FnOnce(&str, SocketAddr),
) -> Result<(), HttpError> {
    let state = Arc::new(state);
    let listener = TcpListener::bind(opts.listen)
        .map_err(|e| HttpError::Bind(opts.listen.to_string(), e.to_string()))?;
    let local = listener
        .local_addr()
        .map_err(|e| HttpError::Bind(opts.listen.to_string(), e.to_string()))?;
    let limits = tiny_http::Limits {
        max_connections: connection_cap(opts.max_connections, opts.workers),
        max_body_bytes: opts.max_body,
        client_filter: client_filter(&opts, &state),
        ..tiny_http::Limits::default()
    };
    log::info!(
        "limits: {} connections, head {} bytes, body {} bytes, {} workers",
        limits.max_connections,
        limits.max_head_bytes,
        opts.max_body,
        opts.workers
    );
    let tls = opts.tls.is_some();
    let server = tiny_http::Server::from_listener_with(listener, opts.tls.clone(), limits)
        .map_err(|e| HttpError::Bind(local.to_string(), e.to_string()))?;
    let server = Arc::new(server);
    let scheme = if tls { "https" } else { "http" };
    on_ready(&format!("{scheme}://{local}"), local);

    let prefix = request_id_prefix();
    let counter = Arc::new(AtomicU64::new(0));
    let mut handles = Vec::new();
    for i in 0..opts.workers.max(1) {
        let server = server.clone();
        let state = state.clone();
        let counter = counter.clone();
        let prefix = prefix.clone();
        let max_body = opts.max_body;
        let access_log = opts.access_log;
        let inbound = Inbound {
            allow: opts.allow_clients.clone(),
            trusted: opts.trusted_proxies.clone(),
        };
        let h = std::thread::Builder::new()
            .name(format!("http-worker-{i}"))
            .spawn(move || {
                while let Ok(rq) = server.recv() {
                    let id = format!("{prefix}-{}", counter.fetch_add(1, Ordering::Relaxed));
                    handle(rq, &state, &id, tls, max_body, access_log, &inbound);
                }
            })
            .map_err(|e| HttpError::Bind(local.to_string(), e.to_string()))?;
        handles.push(h);
    }
    // SIGTERM/SIGINT: take no new work, let every worker finish what is queued, then return.
    if let Some(blocked) = opts.signals {
        let server = server.clone();
        let workers = handles.len();
        crate::ops::signals::on_termination(blocked, move |sig| {
            log::info!("signal {sig}: stopping (finishing queued requests)");
            crate::ops::watchdog::notify("STOPPING=1");
            for _ in 0..workers {
                server.unblock();
            }
        });
    }
    for h in handles {
        let _ = h.join();
    }
    log::info!("stopped");
    Ok(())
}

/// The connection-level allowlist: a peer outside `--allow-clients` (and not a trusted proxy,
/// whose clients are judged per request) is closed before any parsing, and counted.
fn client_filter(opts: &ServeOptions, state: &Arc<AppState>) -> Option<tiny_http::ClientFilter> {
    if opts.allow_clients.is_empty() {
        return None;
    }
    let allowed: Vec<_> = opts
        .allow_clients
        .iter()
        .chain(opts.trusted_proxies.iter())
        .copied()
        .collect();
    let state = state.clone();
    Some(tiny_http::ClientFilter(Arc::new(move |ip| {
        let ok = allowed.iter().any(|c| c.contains(ip));
        if !ok {
            state.refused_clients.fetch_add(1, Ordering::Relaxed);
        }
        ok
    })))
}

/// A short random prefix so request ids are unique across restarts.
fn request_id_prefix() -> String {
    let bytes: [u8; 4] = crate::clock::random_bytes().unwrap_or([0; 4]);
    crate::crypto::hex::encode(&bytes)
}

/// Connections allowed: the configured cap, lowered so that two descriptors per connection
/// plus the database's and the process's own always fit under `RLIMIT_NOFILE`.
fn connection_cap(configured: usize, workers: usize) -> usize {
    let reserve = 32 + 3 * (workers + 2);
    let nofile = nofile_limit().unwrap_or(1024);
    let by_fds = nofile.saturating_sub(reserve) / 2;
    configured.min(by_fds).max(4)
}

fn nofile_limit() -> Option<usize> {
    let mut rl = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit writes into the struct we own; the result is checked.
    let rc = unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut rl) };
    if rc != 0 {
        return None;
    }
    usize::try_from(rl.rlim_cur).ok()
}

fn handle(
    mut rq: tiny_http::Request,
    state: &AppState,
    id: &str,
    tls: bool,
    max_body: u64,
    access_log: crate::http::access_log::AccessLog,
    inbound: &Inbound,
) {
    let start = Instant::now();
    let method = rq.method().as_str().to_string();
    let url = rq.url().to_string();
    let (path, query) = url.split_once('?').unwrap_or((url.as_str(), ""));
    let headers: Vec<(String, String)> = rq
        .headers()
        .iter()
        .map(|h| {
            (
                h.field.as_str().as_str().to_string(),
                h.value.as_str().to_string(),
            )
        })
        .collect();
    let peer = rq
        .remote_addr()
        .map(|a| a.ip())
        .unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED));
    // Every X-Forwarded-For line, in order (a proxy may add its own line rather than append).
    let forwarded: Vec<&str> = headers
        .iter()
        .filter(|(k, _)| k.eq_ignore_ascii_case("X-Forwarded-For"))
        .map(|(_, v)| v.as_str())
        .collect();
    let forwarded = (!forwarded.is_empty()).then(|| forwarded.join(", "));
    let ip = crate::model::net::client_address(peer, forwarded.as_deref(), &inbound.trusted);
    let refused = !inbound.allow.is_empty() && !inbound.allow.iter().any(|c| c.contains(ip));
    let declared = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("Content-Length"))
        .and_then(|(_, v)| v.trim().parse::<u64>().ok());

    let mut set_cookie = None;
    let mut route = "unmatched";
    // The listener read the body already (bounded); an oversize one was never read.
    let result = if refused {
        state.refused_clients.fetch_add(1, Ordering::Relaxed);
        Err(HttpError::Forbidden)
    } else if rq.body_too_large() || declared.is_some_and(|n| n > max_body) {
        Err(HttpError::PayloadTooLarge { limit: max_body })
    } else {
        let mut body = Vec::new();
        match rq
            .as_reader()
            .take(max_body.saturating_add(1))
            .read_to_end(&mut body)
        {
            Err(e) => Err(HttpError::BadRequest(format!("cannot read the body: {e}"))),
            Ok(n) if n as u64 > max_body => Err(HttpError::PayloadTooLarge { limit: max_body }),
            Ok(_) => {
                let mut call = Call {
                    state,
                    method: &method,
                    path,
                    query,
                    headers: &headers,
                    body: &body,
                    ip,
                    request_id: id,
                    params: Vec::new(),
                    principal: None,
                    org: None,
                    role: None,
                    set_cookie: None,
                    route: "unmatched",
                    space: None,
                };
                let r =
                    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| dispatch(&mut call)));
                set_cookie = call.set_cookie.take();
                route = call.route;
                r.unwrap_or_else(|_| {
                    log::error!("req={id} handler panicked");
                    Err(HttpError::Internal)
                })
            }
        }
    };
    let mut reply = match result {
        Ok(r) => r,
        Err(e) => {
            if e.status() >= 500 {
                log::warn!("req={id} {}: {e}", e.code());
            }
            let mut r = Reply::error(&e, id);
            if let HttpError::TooMany(secs) = e {
                r.headers.push(("Retry-After", secs.max(1).to_string()));
            }
            r
        }
    };
    if let Some(c) = set_cookie {
        reply.headers.push(("Set-Cookie", c));
    }
    let status = reply.status;
    let bytes = reply.body.len();
    let response = into_response(reply, tls, id);
    let outcome = rq.respond(response);
    let secs = start.elapsed().as_secs_f64();
    state.metrics.observe(route, &method, status, secs);
    let ms = secs * 1000.0;
    // Never log the query string: it may carry a token.
    let Some(level) = crate::http::access_log::level(access_log, &method, path, status, ms) else {
        return;
    };
    match outcome {
        Ok(()) => log::log!(
            level,
            "req={id} {method} {path} {status} {bytes}B {ms:.1}ms"
        ),
        Err(e) => log::log!(level, "req={id} {method} {path} {status} write failed: {e}"),
    }
}

/// Inbound address rules applied per request (behind a trusted proxy, the client's address
/// comes from `X-Forwarded-For`).
struct Inbound {
    allow: Vec<crate::model::net::Cidr>,
    trusted: Vec<crate::model::net::Cidr>,
}
