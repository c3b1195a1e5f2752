//! The outbound allowlist and the address guard, as pure functions.
//!
//! A site must be able to say exactly where Rulebook may connect. The allowlist names hosts
//! (`git.example.internal`, `git.example.internal:8443`), whole subdomains
//! (`*.example.internal`, which does not match `example.internal` itself) or IP literals
//! (`10.1.2.3`, `[fd00::1]:443`). An entry without a port allows every port of that host.
//! Names are checked before any DNS query, so a name that is not listed is never even looked
//! up. After DNS, each address is checked again: loopback, link-local (where cloud metadata
//! services live), unspecified, multicast and broadcast addresses are refused unless an entry
//! names that very IP literally; this check runs for every connection, so a name that is
//! re-pointed (DNS rebinding) after an earlier check cannot reach them.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// One allowlist entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    /// A host name, exactly (lowercase, no trailing dot).
    Host { host: String, port: Option<u16> },
    /// Any name strictly below `suffix` (`*.example.internal` stores `example.internal`).
    Suffix { suffix: String, port: Option<u16> },
    /// An IP literal.
    Ip { ip: IpAddr, port: Option<u16> },
}

impl std::fmt::Display for Entry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let port = |p: &Option<u16>| p.map(|p| format!(":{p}")).unwrap_or_default();
        match self {
            Entry::Host { host, port: p } => write!(f, "{host}{}", port(p)),
            Entry::Suffix { suffix, port: p } => write!(f, "*.{suffix}{}", port(p)),
            Entry::Ip {
                ip: IpAddr::V6(ip),
                port: Some(p),
            } => write!(f, "[{ip}]:{p}"),
            Entry::Ip { ip, port: p } => write!(f, "{ip}{}", port(p)),
        }
    }
}

impl Entry {
    /// Parses `host[:port]`, `*.suffix[:port]`, `IPv4[:port]`, `IPv6` or `[IPv6][:port]`.
    pub fn parse(text: &str) -> Result<Entry, String> {
        let t = text.trim();
        if t.is_empty() {
            return Err("an empty entry".into());
        }
        if t.contains("://") || t.contains('/') || t.contains('@') {
            return Err(format!(
                "{t:?}: give a host name or address with an optional port, not a URL"
            ));
        }
        // A bare IPv6 literal (several colons, no brackets).
        if let Ok(ip) = t.parse::<Ipv6Addr>() {
            return Ok(Entry::Ip {
                ip: IpAddr::V6(ip),
                port: None,
            });
        }
        let (host, port) = split_host_port(t)?;
        if let Some(v6) = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
            let ip = v6
                .parse::<Ipv6Addr>()
                .map_err(|_| format!("{t:?}: not an IPv6 address"))?;
            return Ok(Entry::Ip {
                ip: IpAddr::V6(ip),
                port,
            });
        }
        if let Ok(ip) = host.parse::<Ipv4Addr>() {
            return Ok(Entry::Ip {
                ip: IpAddr::V4(ip),
                port,
            });
        }
        if let Some(suffix) = host.strip_prefix("*.") {
            let suffix = normalize_name(suffix).map_err(|e| format!("{t:?}: {e}"))?;
            if !suffix.contains('.') {
                return Err(format!(
                    "{t:?}: a wildcard must keep at least two labels (*.example.internal)"
                ));
            }
            return Ok(Entry::Suffix { suffix, port });
        }
        let host = normalize_name(host).map_err(|e| format!("{t:?}: {e}"))?;
        Ok(Entry::Host { host, port })
    }

    fn port(&self) -> Option<u16> {
        match self {
            Entry::Host { port, .. } | Entry::Suffix { port, .. } | Entry::Ip { port, .. } => *port,
        }
    }

    /// True if this entry allows connecting to `host` (as written in a URL) on `port`.
    pub fn matches(&self, host: &str, port: u16) -> bool {
        if self.port().is_some_and(|p| p != port) {
            return false;
        }
        let bare = host.trim_start_matches('[').trim_end_matches(']');
        match self {
            Entry::Ip { ip, .. } => bare.parse::<IpAddr>().is_ok_and(|h| canonical(h) == *ip),
            Entry::Host { host: h, .. } => normalize_name(host).is_ok_and(|n| n == *h),
            Entry::Suffix { suffix, .. } => normalize_name(host)
                .is_ok_and(|n| n.len() > suffix.len() + 1 && n.ends_with(&format!(".{suffix}"))),
        }
    }
}

/// Splits `host:port` (a port is optional; IPv6 must be bracketed to carry one).
fn split_host_port(t: &str) -> Result<(&str, Option<u16>), String> {
    let (host, port) = match t.rfind(':') {
        Some(i) if !t[..i].contains(':') || t[..i].ends_with(']') => (&t[..i], Some(&t[i + 1..])),
        _ => (t, None),
    };
    let port = match port {
        None => None,
        Some(p) => Some(
            p.parse::<u16>()
                .ok()
                .filter(|p| *p > 0)
                .ok_or_else(|| format!("{t:?}: the port must be 1-65535"))?,
        ),
    };
    Ok((host, port))
}

/// Lowercases a DNS name and checks its shape (ASCII letters, digits, `-`, dots; IDNs must be
/// given in their `xn--` form). A trailing dot is dropped.
pub fn normalize_name(name: &str) -> Result<String, String> {
    let n = name.trim_end_matches('.').to_ascii_lowercase();
    if n.is_empty() || n.len() > 253 {
        return Err("not a host name".into());
    }
    for label in n.split('.') {
        if label.is_empty()
            || label.len() > 63
            || label.starts_with('-')
            || label.ends_with('-')
            || !label
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            return Err(format!(
                "{name:?} is not a host name (international names go in their xn-- form)"
            ));
        }
    }
    Ok(n)
}

/// The allowlist: empty by default, so a fresh install connects nowhere.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Allowlist {
    entries: Vec<Entry>,
}

impl Allowlist {
    /// Parses every entry; the first bad one is the error.
    pub fn parse<'a>(items: impl IntoIterator<Item = &'a str>) -> Result<Allowlist, String> {
        let mut entries: Vec<Entry> = Vec::new();
        for item in items {
            let e = Entry::parse(item)?;
            if !entries.contains(&e) {
                entries.push(e);
            }
        }
        Ok(Allowlist { entries })
    }

    /// The entries in their canonical text form.
    pub fn entries(&self) -> Vec<String> {
        self.entries.iter().map(ToString::to_string).collect()
    }

    /// True if no entry is set (no outbound connection at all).
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entry that allows `host:port`, if any. Checked before DNS.
    pub fn allows(&self, host: &str, port: u16) -> Option<&Entry> {
        self.entries.iter().find(|e| e.matches(host, port))
    }

    /// True if an entry names `ip` literally (with this port or no port): only then may a
    /// guarded address be reached.
    pub fn names_ip(&self, ip: IpAddr, port: u16) -> bool {
        let ip = canonical(ip);
        self.entries.iter().any(|e| match e {
            Entry::Ip { ip: i, port: p } => *i == ip && p.is_none_or(|p| p == port),
            _ => false,
        })
    }
}

/// IPv4-mapped IPv6 addresses (`::ffff:127.0.0.1`) are judged as the IPv4 address they carry.
pub fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => IpAddr::V6(v6),
        },
        v4 => v4,
    }
}

/// Why an address may not be reached through a name, or `None` if it may. Private ranges
/// (10/8, 172.16/12, 192.168/16, fc00::/7) are allowed: that is where a site's own Git and
/// model servers live.
pub fn guarded(ip: IpAddr) -> Option<&'static str> {
    match canonical(ip) {
        IpAddr::V4(v4) => {
            let o = v4.octets();
            if v4.is_loopback() {
                Some("loopback")
            } else if v4.is_link_local() {
                Some("link-local (cloud metadata)")
            } else if v4.is_unspecified() || o[0] == 0 {
                Some("unspecified")
            } else if v4.is_multicast() || v4.is_broadcast() {
                Some("multicast or broadcast")
            } else if o == [100, 100, 100, 200] {
                Some("cloud metadata")
            } else {
                None
            }
        }
        IpAddr::V6(v6) => {
            let s = v6.segments();
            if v6.is_loopback() {
                Some("loopback")
            } else if v6.is_unspecified() {
                Some("unspecified")
            } else if (s[0] & 0xffc0) == 0xfe80 {
                Some("link-local")
            } else if v6.is_multicast() {
                Some("multicast")
            } else if v6 == Ipv6Addr::new(0xfd00, 0xec2, 0, 0, 0, 0, 0, 0x254) {
                Some("cloud metadata")
            } else {
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(items: &[&str]) -> Allowlist {
        Allowlist::parse(items.iter().copied()).unwrap()
    }

    #[test]
    fn entries_parse_to_canonical_forms() {
        for (input, out) in [
            ("Git.Example.Internal.", "git.example.internal"),
            ("git.example.internal:8443", "git.example.internal:8443"),
            ("*.example.internal", "*.example.internal"),
            ("10.1.2.3", "10.1.2.3"),
            ("10.1.2.3:443", "10.1.2.3:443"),
            ("fd00::1", "fd00::1"),
            ("[fd00::1]:443", "[fd00::1]:443"),
        ] {
            assert_eq!(Entry::parse(input).unwrap().to_string(), out, "{input}");
        }
        for bad in [
            "",
            "https://git.example",
            "git.example/path",
            "user@git.example",
            "*.internal",
            "git.example:0",
            "git.example:99999",
            "gït.example",
            "-bad.example",
            "a..b",
            "[zz::1]:1",
        ] {
            assert!(Entry::parse(bad).is_err(), "{bad:?} parsed");
        }
    }

    #[test]
    fn matching_respects_names_suffixes_and_ports() {
        let l = list(&[
            "git.example.internal",
            "*.models.internal:8443",
            "10.1.2.3:443",
        ]);
        assert!(l.allows("GIT.example.internal", 443).is_some());
        assert!(l.allows("git.example.internal.", 22).is_some());
        assert!(l.allows("evil.git.example.internal", 443).is_none());
        assert!(l.allows("gpu1.models.internal", 8443).is_some());
        assert!(l.allows("models.internal", 8443).is_none());
        assert!(l.allows("gpu1.models.internal", 443).is_none());
        assert!(l.allows("xmodels.internal", 8443).is_none());
        assert!(l.allows("10.1.2.3", 443).is_some());
        assert!(l.allows("10.1.2.3", 80).is_none());
        assert!(
            Allowlist::default()
                .allows("git.example.internal", 443)
                .is_none()
        );
    }

    #[test]
    fn guarded_addresses() {
        for ip in [
            "127.0.0.1",
            "127.9.9.9",
            "::1",
            "169.254.169.254",
            "0.0.0.0",
            "0.1.2.3",
            "::",
            "fe80::1",
            "224.0.0.1",
            "255.255.255.255",
            "::ffff:127.0.0.1",
            "::ffff:169.254.169.254",
            "fd00:ec2::254",
            "100.100.100.200",
        ] {
            assert!(guarded(ip.parse().unwrap()).is_some(), "{ip} not guarded");
        }
        for ip in [
            "10.0.0.1",
            "192.168.1.1",
            "172.16.0.1",
            "fd00::1",
            "8.8.8.8",
        ] {
            assert!(guarded(ip.parse().unwrap()).is_none(), "{ip} guarded");
        }
        let l = list(&["127.0.0.1:9000"]);
        assert!(l.names_ip("127.0.0.1".parse().unwrap(), 9000));
        assert!(l.names_ip("::ffff:127.0.0.1".parse().unwrap(), 9000));
        assert!(!l.names_ip("127.0.0.1".parse().unwrap(), 9001));
    }
}
