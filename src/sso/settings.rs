//! The instance's OpenID Connect settings, as an instance admin writes them (stored as JSON
//! under [`SETTING_KEY`]; the client secret is a sealed secret kept apart, [`SECRET_NAME`]),
//! and their validation. Pure: no I/O.

use serde::{Deserialize, Serialize};

use crate::model::access::OrgRole;
use crate::model::names;

/// Where the settings are stored.
pub const SETTING_KEY: &str = "sso.oidc";
/// The sealed client secret's name.
pub const SECRET_NAME: &str = "sso.oidc.client_secret";
/// Most group rules.
pub const MAX_RULES: usize = 500;

/// Which claims carry what (OpenID Connect Core §5.1 names by default).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ClaimMap {
    pub username: String,
    pub display_name: String,
    pub email: String,
    pub groups: String,
    /// `alice@corp.example` becomes `alice` (for a `upn` or `email` username claim).
    pub strip_domain: bool,
}

impl Default for ClaimMap {
    fn default() -> Self {
        ClaimMap {
            username: "preferred_username".into(),
            display_name: "name".into(),
            email: "email".into(),
            groups: "groups".into(),
            strip_domain: false,
        }
    }
}

/// One IdP group's grant: a role in an organization and, optionally, in one of its spaces.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupRule {
    pub group: String,
    pub org: String,
    pub role: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub space: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub space_role: Option<String>,
}

/// The provider and how its users map to Rulebook accounts and roles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OidcSettings {
    #[serde(default)]
    pub enabled: bool,
    pub issuer: String,
    pub client_id: String,
    #[serde(default = "default_scopes")]
    pub scopes: Vec<String>,
    #[serde(default)]
    pub claims: ClaimMap,
    /// Group rules; organizations named here are managed by the IdP for users who sign in
    /// through it (roles set at each sign-in, membership removed when no group grants one).
    #[serde(default)]
    pub groups: Vec<GroupRule>,
    /// Let a first SSO sign-in take over a local account of the same username (off: such a
    /// sign-in is refused, as the IdP's username is not proof of owning that account).
    #[serde(default)]
    pub link_existing_by_username: bool,
    /// The sign-in page's button text.
    #[serde(default = "default_label")]
    pub button_label: String,
    /// Allowed clock difference with the IdP, seconds.
    #[serde(default = "default_skew")]
    pub clock_skew_secs: u32,
}

fn default_scopes() -> Vec<String> {
    ["openid", "profile", "email", "groups"]
        .map(String::from)
        .to_vec()
}
fn default_label() -> String {
    "Sign in with single sign-on".into()
}
fn default_skew() -> u32 {
    120
}

/// True for an `http://` URL whose host is a loopback IP literal: a provider on the same host
/// (and the tests' provider). Every other issuer must use https.
pub fn loopback_http(url: &str) -> bool {
    let Some(rest) = url.strip_prefix("http://") else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = match host.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or(""),
        None => host.rsplit_once(':').map_or(host, |(h, _)| h),
    };
    host.parse::<std::net::IpAddr>()
        .is_ok_and(|ip| ip.is_loopback())
}

/// Checks an endpoint URL the settings or the discovery document name.
pub fn check_url(what: &str, url: &str) -> Result<(), String> {
    if url.len() > 2048 || url.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return Err(format!("{what}: not a usable URL"));
    }
    if !(url.starts_with("https://") || loopback_http(url)) {
        return Err(format!(
            "{what}: must be an https:// URL (plain http only to a loopback address)"
        ));
    }
    let authority = url.split_once("://").map(|(_, r)| r).unwrap_or("");
    let host = authority.split(['/', '?', '#']).next().unwrap_or("");
    if host.is_empty() || host.contains('@') {
        return Err(format!("{what}: needs a host and no user information"));
    }
    if url.contains('#') {
        return Err(format!("{what}: may not have a fragment"));
    }
    Ok(())
}

fn token_ok(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 128
        && s.bytes()
            .all(|b| b.is_ascii_graphic() && b != b'"' && b != b'\\')
}

/// Checks group rules (shared by the OpenID and the directory settings).
pub fn check_rules(rules: &[GroupRule]) -> Result<(), String> {
    if rules.len() > MAX_RULES {
        return Err(format!("groups: at most {MAX_RULES} rules"));
    }
    for (i, r) in rules.iter().enumerate() {
        let at = format!("groups[{i}]");
        if r.group.is_empty() || r.group.len() > 256 || r.group.chars().any(char::is_control) {
            return Err(format!("{at}.group: 1-256 characters"));
        }
        names::slug(&r.org).map_err(|e| format!("{at}.org: {e}"))?;
        OrgRole::parse(&r.role).ok_or(format!("{at}.role: viewer, member or admin"))?;
        match (&r.space, &r.space_role) {
            (None, None) => {}
            (Some(space), Some(role)) => {
                names::slug(space).map_err(|e| format!("{at}.space: {e}"))?;
                if !matches!(role.as_str(), "member" | "admin") {
                    return Err(format!("{at}.space_role: member or admin"));
                }
            }
            _ => return Err(format!("{at}: space and space_role go together")),
        }
    }
    Ok(())
}

impl OidcSettings {
    /// Reads the stored settings (`None`: not configured).
    pub fn from_setting(text: Option<&str>) -> Result<Option<OidcSettings>, String> {
        text.map(|t| {
            serde_json::from_str(t)
                .map_err(|e| format!("the stored OIDC settings are unreadable: {e}"))
        })
        .transpose()
    }

    /// Checks every field; trims the issuer's trailing slash the way providers compare it
    /// (exactly: no trimming, the `iss` claim must equal it byte for byte).
    pub fn validate(&self) -> Result<(), String> {
        check_url("issuer", &self.issuer)?;
        if self.issuer.contains('?') {
            return Err("issuer: may not have a query".into());
        }
        if !token_ok(&self.client_id) {
            return Err("client_id: 1-128 printable characters".into());
        }
        if !self.scopes.iter().any(|s| s == "openid") {
            return Err("scopes: must include openid".into());
        }
        if self.scopes.len() > 20 || !self.scopes.iter().all(|s| token_ok(s)) {
            return Err("scopes: at most 20 scope names without spaces".into());
        }
        let c = &self.claims;
        for (what, name) in [
            ("claims.username", &c.username),
            ("claims.display_name", &c.display_name),
            ("claims.email", &c.email),
            ("claims.groups", &c.groups),
        ] {
            if !token_ok(name) {
                return Err(format!("{what}: a claim name"));
            }
        }
        check_rules(&self.groups)?;
        let label = self.button_label.trim();
        if label.is_empty() || label.chars().count() > 80 || label.chars().any(char::is_control) {
            return Err("button_label: 1-80 characters".into());
        }
        if self.clock_skew_secs > 600 {
            return Err("clock_skew_secs: at most 600".into());
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> OidcSettings {
        serde_json::from_str(r#"{"issuer":"https://idp.example","client_id":"rulebook"}"#).unwrap()
    }

    #[test]
    fn defaults_and_refusals() {
        let s = base();
        assert!(s.validate().is_ok());
        assert_eq!(s.claims.username, "preferred_username");
        assert!(s.scopes.contains(&"groups".to_string()));
        let bad = |f: &dyn Fn(&mut OidcSettings)| {
            let mut s = base();
            f(&mut s);
            s.validate().unwrap_err()
        };
        assert!(bad(&|s| s.issuer = "http://idp.example".into()).contains("https"));
        assert!(bad(&|s| s.issuer = "https://u:p@idp.example".into()).contains("user information"));
        assert!(bad(&|s| s.scopes = vec!["profile".into()]).contains("openid"));
        assert!(bad(&|s| s.client_id = "a b".into()).contains("client_id"));
        let rule = |role: &str, space: Option<&str>, space_role: Option<&str>| GroupRule {
            group: "g".into(),
            org: "acme".into(),
            role: role.into(),
            space: space.map(String::from),
            space_role: space_role.map(String::from),
        };
        assert!(bad(&|s| s.groups = vec![rule("owner", None, None)]).contains("role"));
        assert!(bad(&|s| s.groups = vec![rule("member", Some("web"), None)]).contains("together"));
        assert!(
            bad(&|s| s.groups = vec![rule("member", Some("web"), Some("viewer"))])
                .contains("space_role")
        );
        let mut ok = base();
        ok.groups = vec![rule("admin", Some("web"), Some("admin"))];
        assert!(ok.validate().is_ok());
        assert!(
            serde_json::from_str::<OidcSettings>(r#"{"issuer":"x","client_id":"y","secret":"z"}"#)
                .is_err()
        );
    }

    #[test]
    fn plain_http_only_to_loopback_literals() {
        assert!(loopback_http("http://127.0.0.1:8080"));
        assert!(loopback_http("http://[::1]:80/realm"));
        assert!(!loopback_http("http://localhost:8080"));
        assert!(!loopback_http("http://10.0.0.1"));
        assert!(!loopback_http("https://127.0.0.1"));
        assert!(check_url("x", "http://127.0.0.1:9/a").is_ok());
        assert!(check_url("x", "https://idp/a#frag").is_err());
    }
}
