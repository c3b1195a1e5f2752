//! The instance's mail relay, as an instance admin sets it (`mail.smtp`; the password is a
//! sealed secret, [`SECRET_NAME`]). Pure.

use serde::{Deserialize, Serialize};

use super::message::check_address;

pub const SETTING_KEY: &str = "mail.smtp";
pub const SECRET_NAME: &str = "mail.smtp.password";

/// How the connection to the relay is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Security {
    /// TLS from the first byte (port 465).
    Tls,
    /// Plain, upgraded with STARTTLS before anything else is said (port 587); a relay that
    /// does not offer it is refused.
    Starttls,
    /// No TLS: only to a relay on this host (a loopback address).
    None,
}

/// The relay.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MailSettings {
    #[serde(default)]
    pub enabled: bool,
    pub host: String,
    pub port: u16,
    pub security: Security,
    /// Who signs in to the relay (AUTH PLAIN over TLS); none: no AUTH.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    pub from_address: String,
    #[serde(default = "default_name")]
    pub from_name: String,
}

fn default_name() -> String {
    "Rulebook".into()
}

impl MailSettings {
    pub fn from_setting(text: Option<&str>) -> Result<Option<MailSettings>, String> {
        text.map(|t| {
            serde_json::from_str(t)
                .map_err(|e| format!("the stored mail settings are unreadable: {e}"))
        })
        .transpose()
    }

    pub fn validate(&self) -> Result<(), String> {
        crate::egress::policy::normalize_name(&self.host)
            .or_else(|e| {
                self.host
                    .parse::<std::net::IpAddr>()
                    .map(|_| String::new())
                    .map_err(|_| e)
            })
            .map_err(|e| format!("host: {e}"))?;
        if self.port == 0 {
            return Err("port: 1-65535".into());
        }
        if self.security == Security::None {
            let loopback = self
                .host
                .parse::<std::net::IpAddr>()
                .is_ok_and(|ip| ip.is_loopback());
            if !loopback {
                return Err("security: none is allowed only to a relay on this host (127.0.0.1 or ::1); use starttls or tls".into());
            }
            if self.username.is_some() {
                return Err("username: a password is never sent without TLS".into());
            }
        }
        if let Some(u) = &self.username
            && (u.is_empty() || u.len() > 256 || u.chars().any(char::is_control))
        {
            return Err("username: 1-256 printable characters".into());
        }
        check_address(&self.from_address).map_err(|e| format!("from_address: {e}"))?;
        if self.from_name.chars().count() > 100 || self.from_name.chars().any(char::is_control) {
            return Err("from_name: at most 100 printable characters".into());
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> MailSettings {
        serde_json::from_str(r#"{"host":"smtp.corp.example","port":587,"security":"starttls","from_address":"rulebook@corp.example"}"#).unwrap()
    }

    #[test]
    fn plain_text_only_to_a_local_relay_and_never_with_a_password() {
        assert!(base().validate().is_ok());
        let mut s = base();
        s.security = Security::None;
        assert!(s.validate().unwrap_err().contains("this host"));
        s.host = "127.0.0.1".into();
        assert!(s.validate().is_ok());
        s.username = Some("relay".into());
        assert!(s.validate().unwrap_err().contains("without TLS"));
        let mut s = base();
        s.from_address = "rulebook@corp.example\r\nBcc: x@y.example".into();
        assert!(s.validate().is_err());
        s = base();
        s.host = "smtp corp".into();
        assert!(s.validate().is_err());
        assert!(
            serde_json::from_str::<MailSettings>(
                r#"{"host":"h","port":1,"security":"ssl","from_address":"a@b.c"}"#
            )
            .is_err()
        );
    }
}
