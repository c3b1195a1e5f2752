//! The DNS-rebinding guard: which `Host` names this server answers to, and which `Origin`s are
//! its own.
//!
//! A page on `http://evil.example:8420` whose name an attacker re-points at this server's
//! address sends `Host: evil.example:8420` and `Origin: http://evil.example:8420`; comparing
//! the two with each other would let it through. So both are compared with names the operator
//! configured instead: the public URL (`serve --public-url`), and the listen address: its IP
//! literal, plus `localhost`, `127.0.0.1` and `[::1]` when it is a loopback address. On an
//! unspecified address (`0.0.0.0`, `::`) any IP literal is accepted (an IP literal cannot be
//! re-pointed), with `localhost`; other names need `--public-url`. Health and metrics probes
//! are exempt from the `Host` check (monitors send all kinds of `Host`).

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::atomic::{AtomicU16, Ordering};

/// A scheme, host and port: an origin, or the public URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub https: bool,
    /// Lower-case name, IPv4 literal, or bracketed IPv6 literal (`[::1]`).
    pub host: String,
    pub port: u16,
}

impl Origin {
    /// Parses `scheme://host[:port]` with an optional trailing `/` (nothing else: no path,
    /// query or credentials).
    pub fn parse(s: &str) -> Option<Origin> {
        let (scheme, rest) = s.split_once("://")?;
        let https = match scheme.to_ascii_lowercase().as_str() {
            "https" => true,
            "http" => false,
            _ => return None,
        };
        let rest = rest.strip_suffix('/').unwrap_or(rest);
        let (host, port) = split_host(rest)?;
        Some(Origin {
            https,
            host,
            port: port.unwrap_or(if https { 443 } else { 80 }),
        })
    }

    /// `scheme://host[:port]`, the port left out when it is the scheme's default.
    pub fn to_url(&self) -> String {
        let scheme = if self.https { "https" } else { "http" };
        let default = if self.https { 443 } else { 80 };
        if self.port == default {
            format!("{scheme}://{}", self.host)
        } else {
            format!("{scheme}://{}:{}", self.host, self.port)
        }
    }
}

/// Parses `serve --public-url`: `http(s)://host[:port]` with nothing after the host.
pub fn parse_public_url(s: &str) -> Result<Origin, String> {
    Origin::parse(s).ok_or_else(|| {
        format!("{s:?} is not an http(s)://host[:port] URL (no path, user or query)")
    })
}

/// Splits `host[:port]` (IPv6 in brackets), lower-casing the host. `None` if malformed.
fn split_host(s: &str) -> Option<(String, Option<u16>)> {
    let (host, port) = if let Some(rest) = s.strip_prefix('[') {
        let (inner, after) = rest.split_once(']')?;
        inner.parse::<Ipv6Addr>().ok()?;
        let port = match after {
            "" => None,
            p => Some(p.strip_prefix(':')?),
        };
        (format!("[{}]", inner.to_ascii_lowercase()), port)
    } else {
        match s.rsplit_once(':') {
            Some((h, p)) => (h.to_ascii_lowercase(), Some(p)),
            None => (s.to_ascii_lowercase(), None),
        }
    };
    let valid = !host.is_empty()
        && host.len() <= 253
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'[' | b']' | b':'));
    if !valid {
        return None;
    }
    let port = match port {
        None => None,
        Some(p) if !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()) => Some(p.parse().ok()?),
        Some(_) => return None,
    };
    Some((host, port))
}

/// The IP address a host string names, if it is an IP literal.
fn ip_literal(host: &str) -> Option<IpAddr> {
    match host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        Some(v6) => v6.parse::<Ipv6Addr>().ok().map(IpAddr::V6),
        None => host.parse::<Ipv4Addr>().ok().map(IpAddr::V4),
    }
}

/// The names this server answers to.
#[derive(Debug)]
pub struct Hosts {
    public: Option<Origin>,
    listen: IpAddr,
    tls: bool,
    /// The bound port (known once the listener is bound; `--listen ...:0` picks one).
    port: AtomicU16,
}

/// Paths answered whatever the `Host`: health and metrics probes.
pub const HOST_EXEMPT: [&str; 3] = ["/healthz", "/readyz", "/metrics"];

impl Hosts {
    /// The guard for a server listening on `listen` (with TLS or not), reached at `public`.
    pub fn new(listen: SocketAddr, tls: bool, public: Option<Origin>) -> Hosts {
        Hosts {
            public,
            listen: listen.ip(),
            tls,
            port: AtomicU16::new(listen.port()),
        }
    }

    /// Records the port actually bound.
    pub fn bound(&self, addr: SocketAddr) {
        self.port.store(addr.port(), Ordering::Relaxed);
    }

    /// The public URL, if configured.
    pub fn public(&self) -> Option<&Origin> {
        self.public.as_ref()
    }

    /// Whether `(host, port)` is a listen name: `port` is the bound one and the host is the
    /// listen address, a loopback name when listening on loopback, or (on an unspecified
    /// address) any IP literal or `localhost`.
    fn is_listen_name(&self, host: &str, port: u16) -> bool {
        if port != self.port.load(Ordering::Relaxed) {
            return false;
        }
        let ip = ip_literal(host);
        if self.listen.is_unspecified() {
            return ip.is_some() || host == "localhost";
        }
        if ip == Some(self.listen) {
            return true;
        }
        self.listen.is_loopback() && (host == "localhost" || ip.is_some_and(|a| a.is_loopback()))
    }

    /// Checks a request's `Host` header. A missing one (HTTP/1.0) passes: browsers always
    /// send it, so a rebinding attack always has one. A `Host` without a port is judged by
    /// its name (reverse proxies often drop the port).
    pub fn check_host(&self, host: Option<&str>) -> Result<(), String> {
        let Some(raw) = host else { return Ok(()) };
        let refused = || Err(raw.chars().take(100).collect::<String>());
        let Some((name, port)) = split_host(raw.trim()) else {
            return refused();
        };
        if let Some(p) = &self.public
            && p.host == name
            && port.is_none_or(|port| port == p.port)
        {
            return Ok(());
        }
        let port = port.unwrap_or(self.port.load(Ordering::Relaxed));
        if self.is_listen_name(&name, port) {
            Ok(())
        } else {
            refused()
        }
    }

    /// Whether an `Origin` header names this server: the public URL's origin, or a listen
    /// name with the listener's scheme and bound port. `null` and anything else are foreign.
    pub fn origin_allowed(&self, origin: &str) -> bool {
        let Some(o) = Origin::parse(origin.trim()) else {
            return false;
        };
        if self.public.as_ref() == Some(&o) {
            return true;
        }
        o.https == self.tls && self.is_listen_name(&o.host, o.port)
    }

    /// The origin to put in links handed to users (invitations, reset links): the public URL
    /// if configured, else the request's (already checked) `Host`.
    pub fn link_origin(&self, host: Option<&str>) -> String {
        match (&self.public, host) {
            (Some(p), _) => p.to_url(),
            (None, Some(h)) => format!("{}://{h}", if self.tls { "https" } else { "http" }),
            (None, None) => String::new(),
        }
    }
}

/// Where the first-run setup link can be opened from: the public URL alone when one is set; the
/// bound address when it is a specific one; on an unspecified address (`0.0.0.0`, `::`) each of
/// the host's own addresses that another machine can reach (of the listener's family; `::`
/// also takes IPv4 on Linux), then `localhost`. IPv6 link-local addresses are left out (a
/// browser needs a zone for them).
pub fn setup_origins(
    bound: SocketAddr,
    tls: bool,
    public: Option<&Origin>,
    host_addrs: &[IpAddr],
) -> Vec<Origin> {
    let origin = |host: String| Origin {
        https: tls,
        host,
        port: bound.port(),
    };
    let literal = |ip: &IpAddr| match ip {
        IpAddr::V4(a) => a.to_string(),
        IpAddr::V6(a) => format!("[{a}]"),
    };
    if let Some(p) = public {
        return vec![p.clone()];
    }
    if !bound.ip().is_unspecified() {
        return vec![origin(literal(&bound.ip()))];
    }
    let mut out: Vec<Origin> = host_addrs
        .iter()
        .filter(|ip| !ip.is_loopback() && (bound.is_ipv6() || ip.is_ipv4()))
        .filter(|ip| !matches!(ip, IpAddr::V6(a) if a.is_unicast_link_local()))
        .map(|ip| origin(literal(ip)))
        .collect();
    out.push(origin("localhost".into()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hosts(listen: &str, tls: bool, public: Option<&str>) -> Hosts {
        Hosts::new(
            listen.parse().unwrap(),
            tls,
            public.map(|p| Origin::parse(p).unwrap()),
        )
    }

    #[test]
    fn origins_parse_strictly() {
        let o = Origin::parse("HTTPS://Rulebook.Example.com/").unwrap();
        assert_eq!(
            (o.https, o.host.as_str(), o.port),
            (true, "rulebook.example.com", 443)
        );
        assert_eq!(o.to_url(), "https://rulebook.example.com");
        assert_eq!(Origin::parse("http://[::1]:8420").unwrap().host, "[::1]");
        for bad in [
            "null",
            "ftp://x",
            "http://",
            "http://a/b",
            "http://u@h",
            "http://h:",
            "http://h:99999",
            "http://[zz]:1",
        ] {
            assert_eq!(Origin::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn loopback_listener_answers_to_loopback_names_only() {
        let h = hosts("127.0.0.1:8420", false, None);
        for ok in [
            "127.0.0.1:8420",
            "localhost:8420",
            "LOCALHOST",
            "[::1]:8420",
            "127.0.0.1",
        ] {
            assert_eq!(h.check_host(Some(ok)), Ok(()), "{ok}");
        }
        for bad in [
            "evil.example",
            "evil.example:8420",
            "127.0.0.1:8421",
            "x",
            "a b",
            "",
        ] {
            assert!(h.check_host(Some(bad)).is_err(), "{bad}");
        }
        assert_eq!(h.check_host(None), Ok(()));
        assert!(h.origin_allowed("http://127.0.0.1:8420"));
        assert!(h.origin_allowed("http://localhost:8420"));
        // The reported bypass: Origin and Host both evil.example.
        assert!(h.check_host(Some("evil.example:8420")).is_err());
        assert!(!h.origin_allowed("http://evil.example:8420"));
        assert!(!h.origin_allowed("https://127.0.0.1:8420"), "wrong scheme");
        assert!(!h.origin_allowed("http://127.0.0.1:80"), "wrong port");
        assert!(!h.origin_allowed("null"));
    }

    #[test]
    fn the_bound_port_counts() {
        let h = hosts("127.0.0.1:0", true, None);
        h.bound("127.0.0.1:40123".parse().unwrap());
        assert!(h.origin_allowed("https://localhost:40123"));
        assert!(!h.origin_allowed("https://localhost:0"));
    }

    #[test]
    fn public_url_and_unspecified_listeners() {
        let h = hosts("0.0.0.0:8420", false, Some("https://rules.corp.example"));
        assert_eq!(h.check_host(Some("rules.corp.example")), Ok(()));
        assert_eq!(h.check_host(Some("rules.corp.example:443")), Ok(()));
        assert!(h.check_host(Some("rules.corp.example:8443")).is_err());
        assert_eq!(h.check_host(Some("10.1.2.3:8420")), Ok(()));
        assert_eq!(h.check_host(Some("localhost:8420")), Ok(()));
        assert!(h.check_host(Some("other.corp.example:8420")).is_err());
        assert!(h.origin_allowed("https://rules.corp.example"));
        assert!(!h.origin_allowed("http://rules.corp.example"));
        assert!(h.origin_allowed("http://10.1.2.3:8420"));
        assert_eq!(
            h.link_origin(Some("10.1.2.3:8420")),
            "https://rules.corp.example"
        );
        // A specific non-loopback address: that literal only.
        let h = hosts("192.0.2.7:8420", false, None);
        assert_eq!(h.check_host(Some("192.0.2.7:8420")), Ok(()));
        assert!(h.check_host(Some("localhost:8420")).is_err());
        assert!(h.check_host(Some("192.0.2.8:8420")).is_err());
        assert_eq!(
            h.link_origin(Some("192.0.2.7:8420")),
            "http://192.0.2.7:8420"
        );
    }

    #[test]
    fn setup_links_name_addresses_a_browser_can_open() {
        let addrs: Vec<IpAddr> = ["127.0.0.1", "10.0.0.5", "::1", "fe80::1", "fd00::5"]
            .iter()
            .map(|a| a.parse().unwrap())
            .collect();
        let urls = |listen: &str, public: Option<&Origin>| -> Vec<String> {
            setup_origins(listen.parse().unwrap(), true, public, &addrs)
                .iter()
                .map(Origin::to_url)
                .collect()
        };
        assert_eq!(
            urls("0.0.0.0:8443", None),
            ["https://10.0.0.5:8443", "https://localhost:8443"]
        );
        assert_eq!(
            urls("[::]:8443", None),
            [
                "https://10.0.0.5:8443",
                "https://[fd00::5]:8443",
                "https://localhost:8443"
            ]
        );
        assert_eq!(urls("127.0.0.1:8443", None), ["https://127.0.0.1:8443"]);
        let public = parse_public_url("https://rb.example").unwrap();
        assert_eq!(urls("0.0.0.0:8443", Some(&public)), ["https://rb.example"]);
    }
}
