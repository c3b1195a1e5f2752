//! The site's directory (LDAP or Active Directory), as an instance admin sets it
//! (`sso.ldap`; the service account's password is a sealed secret, [`SECRET_NAME`]). Pure.

use serde::{Deserialize, Serialize};

use super::filter;
use crate::sso::settings::{GroupRule, check_rules};

pub const SETTING_KEY: &str = "sso.ldap";
pub const SECRET_NAME: &str = "sso.ldap.bind_password";

/// Which attributes carry what (OpenLDAP's `inetOrgPerson` names by default; Active
/// Directory: `sAMAccountName`, `displayName`, `mail`, `objectGUID`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Attributes {
    pub username: String,
    pub display_name: String,
    pub email: String,
    /// What identifies the person for good (a rename keeps it): `entryUUID`, `objectGUID`.
    pub id: String,
}

impl Default for Attributes {
    fn default() -> Self {
        Attributes {
            username: "uid".into(),
            display_name: "cn".into(),
            email: "mail".into(),
            id: "entryUUID".into(),
        }
    }
}

/// The directory and how its people map to Rulebook accounts and roles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LdapSettings {
    #[serde(default)]
    pub enabled: bool,
    /// `ldaps://host[:636]`, or `ldap://host[:389]` with `starttls` (plain only to loopback).
    pub url: String,
    #[serde(default)]
    pub starttls: bool,
    /// The service account that searches (its password is sealed).
    pub bind_dn: String,
    /// Where people are searched (subtree).
    pub user_base: String,
    /// Finds one person by `{username}` (escaped, RFC 4515). Leave disabled accounts out here
    /// (Active Directory: `(!(userAccountControl:1.2.840.113556.1.4.803:=2))`).
    #[serde(default = "default_user_filter")]
    pub user_filter: String,
    #[serde(default)]
    pub attributes: Attributes,
    /// Where groups are searched; none: groups are not read (roles stay as they are).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_base: Option<String>,
    /// Finds a person's groups by `{dn}` (Active Directory, nested:
    /// `(member:1.2.840.113556.1.4.1941:={dn})`).
    #[serde(default = "default_group_filter")]
    pub group_filter: String,
    /// The group attribute that group rules name (also matched: the group's full DN).
    #[serde(default = "default_group_name")]
    pub group_name_attribute: String,
    #[serde(default)]
    pub groups: Vec<GroupRule>,
    /// Let a first directory sign-in take over a local account of the same username.
    #[serde(default)]
    pub link_existing_by_username: bool,
    /// Connect and answer timeout, seconds.
    #[serde(default = "default_timeout")]
    pub timeout_secs: u64,
}

fn default_user_filter() -> String {
    "(&(objectClass=inetOrgPerson)(uid={username}))".into()
}
fn default_group_filter() -> String {
    "(&(objectClass=groupOfNames)(member={dn}))".into()
}
fn default_group_name() -> String {
    "cn".into()
}
fn default_timeout() -> u64 {
    10
}

/// Where the directory is and how the connection is protected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    pub host: String,
    pub port: u16,
    /// TLS from the first byte (`ldaps://`).
    pub implicit_tls: bool,
}

fn dn_ok(dn: &str) -> bool {
    !dn.trim().is_empty() && dn.len() <= 1024 && !dn.chars().any(char::is_control)
}

fn attr_ok(a: &str) -> bool {
    !a.is_empty() && a.len() <= 64 && a.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

impl LdapSettings {
    pub fn from_setting(text: Option<&str>) -> Result<Option<LdapSettings>, String> {
        text.map(|t| {
            serde_json::from_str(t)
                .map_err(|e| format!("the stored directory settings are unreadable: {e}"))
        })
        .transpose()
    }

    /// The host, port and TLS mode of `url`.
    pub fn endpoint(&self) -> Result<Endpoint, String> {
        let (implicit_tls, rest, default_port) = if let Some(r) = self.url.strip_prefix("ldaps://")
        {
            (true, r, 636)
        } else if let Some(r) = self.url.strip_prefix("ldap://") {
            (false, r, 389)
        } else {
            return Err("url: ldaps://host[:port] or ldap://host[:port]".into());
        };
        let authority = rest.trim_end_matches('/');
        if authority.is_empty() || authority.contains(['/', '?', '#', '@', ' ']) {
            return Err("url: a host and an optional port, nothing else".into());
        }
        let (host, port) = match authority.strip_prefix('[') {
            Some(v6) => {
                let (h, after) = v6.split_once(']').ok_or("url: a bad IPv6 address")?;
                (h.to_string(), after.strip_prefix(':'))
            }
            None => match authority.rsplit_once(':') {
                Some((h, p)) => (h.to_string(), Some(p)),
                None => (authority.to_string(), None),
            },
        };
        let port = match port {
            Some(p) => p
                .parse::<u16>()
                .ok()
                .filter(|p| *p > 0)
                .ok_or("url: a bad port")?,
            None => default_port,
        };
        crate::egress::policy::normalize_name(&host)
            .map(|_| ())
            .or_else(|e| host.parse::<std::net::IpAddr>().map(|_| ()).map_err(|_| e))
            .map_err(|e| format!("url: {e}"))?;
        Ok(Endpoint {
            host,
            port,
            implicit_tls,
        })
    }

    pub fn validate(&self) -> Result<(), String> {
        let e = self.endpoint()?;
        if e.implicit_tls && self.starttls {
            return Err("starttls: not with ldaps:// (already TLS)".into());
        }
        let loopback = e
            .host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback());
        if !e.implicit_tls && !self.starttls && !loopback {
            return Err(
                "url: passwords cross this connection, so use ldaps:// or starttls (plain only to a loopback address)"
                    .into(),
            );
        }
        for (what, dn) in [("bind_dn", &self.bind_dn), ("user_base", &self.user_base)] {
            if !dn_ok(dn) {
                return Err(format!("{what}: a DN of 1-1024 characters"));
            }
        }
        if let Some(base) = &self.group_base
            && !dn_ok(base)
        {
            return Err("group_base: a DN of 1-1024 characters".into());
        }
        if !self.user_filter.contains("{username}") {
            return Err("user_filter: must contain {username}".into());
        }
        filter::parse(&filter::fill(&self.user_filter, &[("username", "x")]))
            .map_err(|e| format!("user_filter: {e}"))?;
        if !self.group_filter.contains("{dn}") {
            return Err("group_filter: must contain {dn}".into());
        }
        filter::parse(&filter::fill(&self.group_filter, &[("dn", "cn=x")]))
            .map_err(|e| format!("group_filter: {e}"))?;
        let a = &self.attributes;
        for (what, name) in [
            ("attributes.username", &a.username),
            ("attributes.display_name", &a.display_name),
            ("attributes.email", &a.email),
            ("attributes.id", &a.id),
            ("group_name_attribute", &self.group_name_attribute),
        ] {
            if !attr_ok(name) {
                return Err(format!("{what}: an attribute name"));
            }
        }
        check_rules(&self.groups)?;
        if !(1..=60).contains(&self.timeout_secs) {
            return Err("timeout_secs: 1-60".into());
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn good() -> LdapSettings {
        serde_json::from_value(serde_json::json!({
            "url": "ldaps://ldap.corp.example", "bind_dn": "cn=rulebook,ou=services,dc=corp",
            "user_base": "ou=people,dc=corp", "group_base": "ou=groups,dc=corp",
        }))
        .unwrap()
    }

    #[test]
    fn settings_are_checked() {
        let s = good();
        s.validate().unwrap();
        assert_eq!(
            s.endpoint().unwrap(),
            Endpoint {
                host: "ldap.corp.example".into(),
                port: 636,
                implicit_tls: true
            }
        );
        let bad = |f: &dyn Fn(&mut LdapSettings)| {
            let mut s = good();
            f(&mut s);
            s.validate().unwrap_err()
        };
        assert!(bad(&|s| s.url = "ldap://ldap.corp.example".into()).contains("starttls"));
        assert!(bad(&|s| s.url = "http://x".into()).contains("url"));
        assert!(bad(&|s| s.url = "ldaps://u@x".into()).contains("url"));
        assert!(bad(&|s| s.url = "ldaps://x:0".into()).contains("port"));
        assert!(bad(&|s| s.starttls = true).contains("starttls"));
        assert!(bad(&|s| s.user_filter = "(uid=x)".into()).contains("{username}"));
        assert!(bad(&|s| s.user_filter = "(uid={username}".into()).contains("user_filter"));
        assert!(bad(&|s| s.group_filter = "(member=x)".into()).contains("{dn}"));
        assert!(bad(&|s| s.attributes.id = "a b".into()).contains("attributes.id"));
        assert!(bad(&|s| s.bind_dn = String::new()).contains("bind_dn"));
        assert!(bad(&|s| s.timeout_secs = 0).contains("timeout"));
        let mut plain = good();
        plain.url = "ldap://127.0.0.1:3389".into();
        plain.validate().unwrap();
        plain.url = "ldap://ldap.corp.example".into();
        plain.starttls = true;
        plain.validate().unwrap();
        assert_eq!(plain.endpoint().unwrap().port, 389);
        plain.url = "ldaps://[::1]:1636".into();
        plain.starttls = false;
        assert_eq!(plain.endpoint().unwrap().host, "::1");
    }
}
