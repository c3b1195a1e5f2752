//! What an org admin configures: providers (kind, URL, model, extra headers, limits; the key
//! is a sealed secret kept apart) and the organization's AI settings (what may be sent, the
//! monthly token budget, the default provider of each feature).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::payload::SendScope;
use super::{Endpoint, Feature, KeyNeed, Kind, kind};

/// A provider as configured (stored as JSON beside its name; never holds the key).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProviderConfig {
    pub kind: String,
    #[serde(default)]
    pub base_url: String,
    #[serde(default)]
    pub model: String,
    #[serde(default)]
    pub headers: BTreeMap<String, String>,
    #[serde(default)]
    pub api_version: String,
    #[serde(default)]
    pub region: String,
    #[serde(default)]
    pub access_key_id: String,
    /// Ask for a streamed answer where the provider streams.
    #[serde(default = "yes")]
    pub stream: bool,
    /// The cap on output tokens of every call.
    #[serde(default = "default_max_output")]
    pub max_output_tokens: u32,
    #[serde(default = "default_timeout")]
    pub timeout_secs: u32,
    /// Retries on 429 and 5xx (with backoff, honouring `Retry-After`).
    #[serde(default = "default_retries")]
    pub max_retries: u32,
}

fn yes() -> bool {
    true
}
fn default_max_output() -> u32 {
    2048
}
fn default_timeout() -> u32 {
    120
}
fn default_retries() -> u32 {
    2
}

/// Headers that carry credentials: those go in the sealed key, never in plain configuration.
const SECRET_HEADERS: &[&str] = &[
    "authorization",
    "proxy-authorization",
    "api-key",
    "x-api-key",
    "x-goog-api-key",
    "cookie",
];

impl ProviderConfig {
    /// The provider kind, once validated.
    pub fn kind(&self) -> Result<&'static Kind, String> {
        kind(&self.kind).ok_or_else(|| {
            let ids: Vec<&str> = super::PROVIDERS.iter().map(|k| k.id).collect();
            format!(
                "unknown provider kind {:?}; one of {}",
                self.kind,
                ids.join(", ")
            )
        })
    }

    /// Fills the kind's default base URL and checks every field.
    pub fn normalized(mut self) -> Result<ProviderConfig, String> {
        let k = self.kind()?;
        self.base_url = self.base_url.trim().trim_end_matches('/').to_string();
        if self.base_url.is_empty() {
            self.base_url = k.default_base.to_string();
        }
        if self.base_url.is_empty() && k.id != "bedrock" {
            return Err(format!("a {} provider needs base_url", k.label));
        }
        if !self.base_url.is_empty() {
            check_url(&self.base_url)?;
        }
        if self.model.trim().is_empty()
            || self.model.len() > 200
            || self.model.contains(char::is_control)
        {
            return Err("model: 1 to 200 characters, no control characters".into());
        }
        if self.headers.len() > 20 {
            return Err("at most 20 extra headers".into());
        }
        for (name, value) in &self.headers {
            let token = !name.is_empty()
                && name.len() <= 100
                && name
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-_".contains(&b));
            if !token {
                return Err(format!(
                    "header name {name:?} is not a valid HTTP header name"
                ));
            }
            if SECRET_HEADERS.contains(&name.to_ascii_lowercase().as_str()) {
                return Err(format!(
                    "header {name} carries a credential: give it as the provider's key (sealed), not as a plain header"
                ));
            }
            if value.len() > 1000 || value.contains(char::is_control) {
                return Err(format!(
                    "header {name}: at most 1000 characters, no control characters"
                ));
            }
        }
        for need in k.requires {
            let v = match *need {
                "api_version" => &self.api_version,
                "region" => &self.region,
                _ => &self.access_key_id,
            };
            let ok = !v.is_empty()
                && v.len() <= 128
                && v.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b));
            if !ok {
                return Err(format!(
                    "a {} provider needs {need} (letters, digits, - _ .)",
                    k.label
                ));
            }
        }
        if !(1..=65_536).contains(&self.max_output_tokens) {
            return Err("max_output_tokens: 1 to 65536".into());
        }
        if !(1..=600).contains(&self.timeout_secs) {
            return Err("timeout_secs: 1 to 600".into());
        }
        if self.max_retries > 5 {
            return Err("max_retries: 0 to 5".into());
        }
        Ok(self)
    }

    pub fn key_need(&self) -> KeyNeed {
        self.kind().map(|k| k.key).unwrap_or(KeyNeed::Required)
    }

    pub fn endpoint(&self) -> Endpoint {
        Endpoint {
            base_url: self.base_url.clone(),
            model: self.model.clone(),
            headers: self
                .headers
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
            api_version: self.api_version.clone(),
            region: self.region.clone(),
            access_key_id: self.access_key_id.clone(),
        }
    }
}

fn check_url(url: &str) -> Result<(), String> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .ok_or(
            "base_url must start with https:// (or http:// for a server on the site's network)",
        )?;
    let host = rest.split('/').next().unwrap_or_default();
    if host.is_empty()
        || host.contains('@')
        || url.contains(['?', '#'])
        || url.contains(char::is_whitespace)
    {
        return Err(
            "base_url: a scheme, a host and an optional path; no credentials, query or fragment"
                .into(),
        );
    }
    Ok(())
}

/// The organization's AI settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct AiSettings {
    /// What may be sent (default: artifact text only).
    #[serde(default)]
    pub send: SendScope,
    /// Tokens (in + out) the organization may use per calendar month (UTC); none: no cap.
    #[serde(default)]
    pub monthly_token_budget: Option<u64>,
    /// The provider each feature uses (feature id → provider name); a feature without one
    /// uses the only provider if there is exactly one.
    #[serde(default)]
    pub defaults: BTreeMap<String, String>,
}

impl AiSettings {
    pub fn validate(&self) -> Result<(), String> {
        for f in self.defaults.keys() {
            if Feature::parse(f).is_none() {
                return Err(format!("unknown feature {f:?} in defaults"));
            }
        }
        Ok(())
    }
}

/// The setting key of an organization's AI settings.
pub fn setting_key(org_id: i64) -> String {
    format!("ai.settings.{org_id}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cfg(v: serde_json::Value) -> Result<ProviderConfig, String> {
        serde_json::from_value::<ProviderConfig>(v)
            .map_err(|e| e.to_string())?
            .normalized()
    }

    #[test]
    fn validates_providers() {
        let c = cfg(serde_json::json!({"kind":"openai","model":"gpt-4o-mini"})).unwrap();
        assert_eq!(c.base_url, "https://api.openai.com/v1");
        assert_eq!(c.max_output_tokens, 2048);
        assert!(cfg(serde_json::json!({"kind":"openai-compatible","model":"m"})).is_err());
        assert!(cfg(serde_json::json!({"kind":"openai-compatible","model":"m","base_url":"http://u:p@h/v1"})).is_err());
        assert!(
            cfg(serde_json::json!({"kind":"openai-compatible","model":"m","base_url":"ftp://h"}))
                .is_err()
        );
        let e = cfg(serde_json::json!({"kind":"openai-compatible","model":"m","base_url":"http://h/v1","headers":{"Authorization":"Bearer x"}})).unwrap_err();
        assert!(e.contains("sealed"), "{e}");
        assert!(
            cfg(serde_json::json!({"kind":"azure-openai","model":"d","base_url":"https://x"}))
                .is_err()
        );
        assert!(
            cfg(serde_json::json!({"kind":"bedrock","model":"m","region":"us-east-1"})).is_err()
        );
        assert!(cfg(serde_json::json!({"kind":"bedrock","model":"m","region":"us-east-1","access_key_id":"AKID"})).is_ok());
        assert!(cfg(serde_json::json!({"kind":"x","model":"m"})).is_err());
        assert!(cfg(serde_json::json!({"kind":"openai","model":"m","surprise":1})).is_err());
        assert!(
            cfg(serde_json::json!({"kind":"openai","model":"m","max_output_tokens":0})).is_err()
        );
    }

    #[test]
    fn settings_default_to_the_strictest_scope() {
        let s: AiSettings = serde_json::from_str("{}").unwrap();
        assert_eq!(s.send, SendScope::ArtifactText);
        let bad = AiSettings {
            defaults: [("nope".to_string(), "p".to_string())].into(),
            ..AiSettings::default()
        };
        assert!(bad.validate().is_err());
    }
}
