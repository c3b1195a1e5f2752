//! The egress settings as an instance admin writes them (one JSON setting, `egress`), their
//! validation, and their compilation into the client's `Config`.
//!
//! Credentials are not part of the settings: the proxy password and a client-certificate key
//! are sealed secrets (`egress.proxy-password`, `egress.client-key`), looked up by name when
//! the configuration is compiled.

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::egress::client::{Config, EgressError, ProxyConfig};
use crate::egress::policy::Allowlist;

/// The sealed secret holding the proxy password.
pub const PROXY_PASSWORD: &str = "egress.proxy-password";
/// The settings key in the store.
pub const SETTING: &str = "egress";

/// What an admin sets. Every field has a safe default; an empty allowlist means no outbound
/// connection at all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Settings {
    /// `host[:port]`, `*.suffix[:port]` or IP literals.
    pub allow: Vec<String>,
    /// `http://host:port` of an outbound proxy (CONNECT for https); `None` uses the
    /// server's `https_proxy`/`HTTPS_PROXY` environment, if set.
    pub proxy: Option<String>,
    /// User name for the proxy; the password is the sealed secret `egress.proxy-password`.
    pub proxy_username: Option<String>,
    /// Hosts reached without the proxy (`no_proxy`).
    pub no_proxy: Vec<String>,
    /// PEM bundle of the site's CA certificates, trusted for https.
    pub ca_file: Option<PathBuf>,
    pub connect_timeout_secs: u64,
    pub read_timeout_secs: u64,
    pub max_response_bytes: u64,
    pub per_host_concurrency: u32,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            allow: Vec::new(),
            proxy: None,
            proxy_username: None,
            no_proxy: Vec::new(),
            ca_file: None,
            connect_timeout_secs: 10,
            read_timeout_secs: 60,
            max_response_bytes: 16 * 1024 * 1024,
            per_host_concurrency: 8,
        }
    }
}

impl Settings {
    /// Parses the stored JSON (absent: defaults).
    pub fn from_json(text: Option<&str>) -> Result<Settings, String> {
        match text {
            None => Ok(Settings::default()),
            Some(t) => serde_json::from_str(t).map_err(|e| format!("egress settings: {e}")),
        }
    }

    /// Checks every field; the message names the field.
    pub fn validate(&self) -> Result<Allowlist, String> {
        let allow = Allowlist::parse(self.allow.iter().map(String::as_str))
            .map_err(|e| format!("allow: {e}"))?;
        if let Some(p) = &self.proxy {
            parse_proxy(p).map_err(|e| format!("proxy: {e}"))?;
        }
        for n in &self.no_proxy {
            crate::egress::policy::normalize_name(n.trim_start_matches("*."))
                .map_err(|e| format!("no_proxy: {e}"))?;
        }
        if let Some(u) = &self.proxy_username
            && (u.is_empty() || u.len() > 256 || u.contains([':', '@', '\n', '\r']))
        {
            return Err("proxy_username: 1-256 characters, no ':' or '@'".into());
        }
        if let Some(f) = &self.ca_file
            && !f.is_absolute()
        {
            return Err("ca_file: give an absolute path".into());
        }
        if !(1..=300).contains(&self.connect_timeout_secs) {
            return Err("connect_timeout_secs: 1 to 300".into());
        }
        if !(1..=3600).contains(&self.read_timeout_secs) {
            return Err("read_timeout_secs: 1 to 3600".into());
        }
        if !(1024..=1024 * 1024 * 1024).contains(&self.max_response_bytes) {
            return Err("max_response_bytes: 1 KiB to 1 GiB".into());
        }
        if !(1..=256).contains(&self.per_host_concurrency) {
            return Err("per_host_concurrency: 1 to 256".into());
        }
        Ok(allow)
    }

    /// The proxy in force: the setting, else the environment (`https_proxy`, `HTTPS_PROXY`,
    /// `http_proxy`, `HTTP_PROXY`; `no_proxy`/`NO_PROXY` add to the list).
    pub fn effective_proxy(&self) -> Option<(String, Vec<String>)> {
        let env = |names: &[&str]| {
            names
                .iter()
                .find_map(|n| std::env::var(n).ok().filter(|v| !v.trim().is_empty()))
        };
        let url = self
            .proxy
            .clone()
            .or_else(|| env(&["https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY"]))?;
        let mut no_proxy = self.no_proxy.clone();
        if let Some(v) = env(&["no_proxy", "NO_PROXY"]) {
            no_proxy.extend(
                v.split(',')
                    .map(|s| s.trim().trim_start_matches('.').to_string())
                    .filter(|s| !s.is_empty()),
            );
        }
        Some((url, no_proxy))
    }

    /// Compiles into the client's config: reads the CA file (`ca_override`, from
    /// `--egress-ca-file`, wins) and fills in the proxy password.
    pub fn compile(
        &self,
        ca_override: Option<&Path>,
        proxy_password: Option<String>,
    ) -> Result<Config, EgressError> {
        let allow = self.validate().map_err(EgressError::Config)?;
        let mut roots = Vec::new();
        if let Some(path) = ca_override.or(self.ca_file.as_deref()) {
            roots = read_ca_file(path)?;
        }
        let proxy = match self.effective_proxy() {
            None => None,
            Some((url, no_proxy)) => {
                let (host, port) = parse_proxy(&url).map_err(EgressError::Config)?;
                Some(ProxyConfig {
                    host,
                    port,
                    username: self.proxy_username.clone(),
                    password: proxy_password,
                    no_proxy,
                })
            }
        };
        Ok(Config {
            allow,
            proxy,
            roots,
            connect_timeout: Duration::from_secs(self.connect_timeout_secs),
            read_timeout: Duration::from_secs(self.read_timeout_secs),
            max_response_bytes: self.max_response_bytes,
            per_host_concurrency: self.per_host_concurrency as usize,
        })
    }
}

/// `http://host:port` → (host, port). Credentials in the URL are refused: the password is a
/// sealed secret.
pub fn parse_proxy(url: &str) -> Result<(String, u16), String> {
    let rest = url.strip_prefix("http://").ok_or_else(|| {
        "the proxy must be an http:// URL (https is tunnelled with CONNECT)".to_string()
    })?;
    let authority = rest.trim_end_matches('/');
    if authority.contains('@') {
        return Err("no credentials in the proxy URL: set proxy_username and the secret egress.proxy-password".into());
    }
    if authority.contains('/') {
        return Err("the proxy URL takes no path".into());
    }
    let t =
        crate::egress::client::target(&format!("http://{authority}")).map_err(|e| e.to_string())?;
    let port = if authority
        .rsplit(':')
        .next()
        .is_some_and(|p| p.parse::<u16>().is_ok())
    {
        t.port
    } else {
        3128
    };
    Ok((t.host, port))
}

/// Reads a PEM bundle of CA certificates into DER; an empty or unreadable file is an error.
pub fn read_ca_file(path: &Path) -> Result<Vec<Vec<u8>>, EgressError> {
    let pem = std::fs::read(path).map_err(|e| {
        EgressError::Config(format!("cannot read the CA file {}: {e}", path.display()))
    })?;
    let certs: Vec<Vec<u8>> = ureq::tls::parse_pem(&pem)
        .filter_map(|item| match item {
            Ok(ureq::tls::PemItem::Certificate(c)) => Some(c.der().to_vec()),
            _ => None,
        })
        .collect();
    if certs.is_empty() {
        return Err(EgressError::Config(format!(
            "{} holds no PEM certificate",
            path.display()
        )));
    }
    Ok(certs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_allow_nothing_and_validate() {
        let s = Settings::from_json(None).unwrap();
        assert!(s.validate().unwrap().is_empty());
        let s = Settings::from_json(Some(r#"{"allow":["git.example.internal"]}"#)).unwrap();
        assert_eq!(
            s.validate().unwrap().entries(),
            vec!["git.example.internal"]
        );
        assert!(Settings::from_json(Some(r#"{"allow":[],"bogus":1}"#)).is_err());
    }

    #[test]
    fn bad_fields_are_named() {
        let mut s = Settings {
            allow: vec!["https://x".into()],
            ..Settings::default()
        };
        assert!(s.validate().unwrap_err().starts_with("allow:"));
        s.allow.clear();
        s.proxy = Some("http://user:pw@proxy:3128".into());
        assert!(s.validate().unwrap_err().starts_with("proxy:"));
        s.proxy = Some("http://proxy.internal:3128".into());
        assert!(s.validate().is_ok());
        s.ca_file = Some("relative.pem".into());
        assert!(s.validate().unwrap_err().starts_with("ca_file:"));
        s.ca_file = None;
        s.read_timeout_secs = 0;
        assert!(s.validate().unwrap_err().starts_with("read_timeout_secs"));
    }

    #[test]
    fn proxies() {
        assert_eq!(
            parse_proxy("http://proxy.internal:8080/").unwrap(),
            ("proxy.internal".into(), 8080)
        );
        assert_eq!(parse_proxy("http://proxy.internal").unwrap().1, 3128);
        assert!(parse_proxy("https://proxy").is_err());
        assert!(parse_proxy("socks5://proxy").is_err());
    }
}
