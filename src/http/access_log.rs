//! Which requests get an access-log line, and at what level.
//!
//! A line per request was 1.3 GB under a 10-second load test: too much to keep for a busy
//! site. The default keeps the lines an operator acts on (writes, errors, slow requests) and
//! drops the rest to `debug`; health and metrics probes never log at `info`, since a monitor
//! polls them all day. `--access-log all` restores a line for everything, `errors` keeps only
//! 4xx/5xx and slow ones, `off` none (errors that are the server's fault still log as warnings
//! elsewhere).
//!
//! Line format (fields separated by one space; the path never carries its query string, and
//! the logger escapes control characters):
//! `req=<id> <METHOD> <path> <status> <bytes>B <ms>ms`

use log::Level;

/// What the access log records (`--access-log`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum AccessLog {
    /// No access log.
    Off,
    /// Failed (4xx/5xx) and slow requests.
    Errors,
    /// Writes, failed and slow requests (the default).
    #[default]
    Writes,
    /// Every request (health and metrics probes at debug).
    All,
}

/// A request that took this long is logged in every mode but `off`.
pub const SLOW_MS: f64 = 1000.0;

/// Health and metrics probes: polled all day by monitors.
fn is_probe(path: &str) -> bool {
    matches!(path, "/healthz" | "/readyz" | "/metrics")
}

/// The level to log a finished request at, or `None` to skip it (below `debug`).
pub fn level(mode: AccessLog, method: &str, path: &str, status: u16, ms: f64) -> Option<Level> {
    let failed = status >= 400;
    let slow = ms >= SLOW_MS;
    let write = !matches!(method, "GET" | "HEAD" | "OPTIONS");
    let notable = match mode {
        AccessLog::Off => return None,
        AccessLog::Errors => failed || slow,
        AccessLog::Writes => failed || slow || write,
        AccessLog::All => true,
    };
    if !notable || (is_probe(path) && !failed && !slow) {
        Some(Level::Debug)
    } else {
        Some(Level::Info)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_logs_writes_errors_and_slow_requests_not_probes() {
        let m = AccessLog::Writes;
        assert_eq!(
            level(m, "GET", "/api/v1/orgs", 200, 1.0),
            Some(Level::Debug)
        );
        assert_eq!(
            level(m, "POST", "/api/v1/orgs", 201, 1.0),
            Some(Level::Info)
        );
        assert_eq!(level(m, "GET", "/api/v1/orgs", 404, 1.0), Some(Level::Info));
        assert_eq!(
            level(m, "GET", "/api/v1/orgs", 200, 1500.0),
            Some(Level::Info)
        );
        assert_eq!(level(m, "GET", "/healthz", 200, 1.0), Some(Level::Debug));
        assert_eq!(level(m, "GET", "/readyz", 503, 1.0), Some(Level::Info));
    }

    #[test]
    fn modes() {
        assert_eq!(level(AccessLog::Off, "POST", "/x", 500, 9e9), None);
        assert_eq!(
            level(AccessLog::Errors, "POST", "/x", 201, 1.0),
            Some(Level::Debug)
        );
        assert_eq!(
            level(AccessLog::Errors, "GET", "/x", 403, 1.0),
            Some(Level::Info)
        );
        assert_eq!(
            level(AccessLog::All, "GET", "/x", 200, 1.0),
            Some(Level::Info)
        );
        assert_eq!(
            level(AccessLog::All, "GET", "/metrics", 200, 1.0),
            Some(Level::Debug)
        );
    }
}
