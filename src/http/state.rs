//! What every request handler shares: the store, the clock, limits on expensive work, and
//! session settings.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};

use crate::clock::Clock;
use crate::store::Store;

/// Session lifetime settings.
#[derive(Debug, Clone, Copy)]
pub struct SessionSettings {
    /// A session unused this long ends (seconds).
    pub idle_secs: i64,
    /// A session ends this long after login whatever happens (seconds).
    pub max_secs: i64,
}

impl Default for SessionSettings {
    fn default() -> Self {
        SessionSettings {
            idle_secs: 8 * 3600,
            max_secs: 7 * 24 * 3600,
        }
    }
}

/// Shared state.
pub struct AppState {
    pub store: Arc<Store>,
    pub clock: Clock,
    pub sessions: SessionSettings,
    pub tls: bool,
    pub login_limiter: RateLimiter,
    /// The same rate for single sign-on callbacks (a bucket of their own, so a sign-in through
    /// the IdP costs one start and one callback, not two sign-ins).
    pub callback_limiter: RateLimiter,
    pub hash_gate: Gate,
    /// What the backup scheduler last did.
    pub backups: crate::ops::schedule::SharedStatus,
    /// Request metrics.
    pub metrics: crate::http::metrics::Metrics,
    /// Bearer token that may read /metrics (besides loopback and instance admins).
    pub metrics_token: Option<String>,
    /// Whether scrapers on loopback may read /metrics without credentials.
    pub metrics_loopback: bool,
    /// When the server started (Unix seconds).
    pub started_at: i64,
    /// The names this server answers to (the DNS-rebinding guard).
    pub hosts: Arc<crate::http::hosts::Hosts>,
    /// Pending CLI device logins (in memory only).
    pub devices: crate::http::api::device::DeviceGrants,
    /// Sealed credentials.
    pub vault: Arc<crate::secrets::vault::Vault>,
    /// The one outbound client, under the instance's egress policy.
    pub egress: Arc<crate::egress::service::EgressService>,
    /// Connections and requests refused by `--allow-clients`.
    pub refused_clients: std::sync::atomic::AtomicU64,
    /// The MCP endpoint's sessions, compiled scopes and per-key rate limit.
    pub mcp: crate::http::mcp::McpState,
    /// OAuth authorization codes waiting to be exchanged (MCP clients' browser sign-in).
    pub oauth: crate::http::oauth::OAuthState,
    /// Single sign-on: pending sign-ins and the IdP's cached documents.
    pub sso: crate::sso::oidc::OidcState,
    /// The directory's idle service-bound connections.
    pub directory: crate::sso::directory::DirectoryState,
    /// The Git distribution worker pool (absent where no worker runs).
    pub distributor: Option<Arc<crate::distribute::worker::Distributor>>,
}

impl AppState {
    /// Whether cookies carry `Secure`: over TLS, and behind a TLS-terminating proxy whose
    /// public URL is https (the browser speaks https even though this listener does not).
    pub fn secure_cookies(&self) -> bool {
        self.tls || self.hosts.public().is_some_and(|o| o.https)
    }
}

/// Caps concurrent password hashes so a login storm cannot exhaust CPU or memory.
pub use crate::gate::Gate;

/// A fixed-window limiter per client address.
pub struct RateLimiter {
    per_window: u32,
    window_secs: i64,
    seen: Mutex<HashMap<IpAddr, (i64, u32)>>,
}

impl RateLimiter {
    pub fn new(per_window: u32, window_secs: i64) -> RateLimiter {
        RateLimiter {
            per_window,
            window_secs,
            seen: Mutex::new(HashMap::new()),
        }
    }

    /// Counts an attempt from `ip` at `now`; false if over the limit.
    pub fn allow(&self, ip: IpAddr, now: i64) -> bool {
        let Ok(mut seen) = self.seen.lock() else {
            return false;
        };
        if seen.len() > 100_000 {
            let window = self.window_secs;
            seen.retain(|_, (start, _)| now - *start < window);
        }
        let entry = seen.entry(ip).or_insert((now, 0));
        if now - entry.0 >= self.window_secs {
            *entry = (now, 0);
        }
        entry.1 += 1;
        entry.1 <= self.per_window
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limiter_windows() {
        let l = RateLimiter::new(2, 60);
        let ip: IpAddr = "127.0.0.1".parse().unwrap();
        assert!(l.allow(ip, 0) && l.allow(ip, 1));
        assert!(!l.allow(ip, 2));
        assert!(l.allow(ip, 61));
    }
}
