//! The egress client as the server and the CLI use it: settings read from the store (so a
//! change made by `rulebook egress allow` reaches a running server on its next request), the
//! proxy password opened from the vault, refusals audited and counted for /metrics.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use crate::egress::client::{Answer, Call, Egress, EgressError, Observer, Purpose};
use crate::egress::probe::{Report, probe};
use crate::egress::settings::{PROXY_PASSWORD, SETTING, Settings};
use crate::error::Coded;
use crate::secrets::vault::{Vault, VaultError};
use crate::store::Store;
use crate::store::audit::AuditEvent;

/// Counters for /metrics.
#[derive(Default)]
pub struct Counters {
    /// Requests refused by policy (allowlist or address guard).
    pub denied: AtomicU64,
    /// Requests sent, by host and outcome (`2xx`, `4xx`, `RB-EGRESS-TIMEOUT`...).
    pub requests: Mutex<BTreeMap<(String, String), u64>>,
}

impl Counters {
    /// `(host, outcome, count)` rows.
    pub fn rows(&self) -> Vec<(String, String, u64)> {
        self.requests
            .lock()
            .map(|m| {
                m.iter()
                    .map(|((h, o), n)| (h.clone(), o.clone(), *n))
                    .collect()
            })
            .unwrap_or_default()
    }
}

struct Audit {
    store: Arc<Store>,
    counters: Arc<Counters>,
}

impl Observer for Audit {
    fn refused(&self, host: &str, purpose: Purpose<'_>, error: &EgressError) {
        self.counters.denied.fetch_add(1, Ordering::Relaxed);
        log::warn!(
            "egress refused: {host} for {} by {} [{}]",
            purpose.feature,
            purpose.actor,
            error.code()
        );
        let event = AuditEvent {
            actor: purpose.actor.to_string(),
            action: "egress.denied".into(),
            target: format!("host:{host}"),
            outcome: "refused".into(),
            detail: format!("feature={} [{}]", purpose.feature, error.code()),
            ..AuditEvent::default()
        };
        if let Err(e) = self.store.audit(&event) {
            log::warn!("cannot audit an egress refusal: {e}");
        }
    }

    fn finished(&self, host: &str, outcome: &str) {
        if let Ok(mut m) = self.counters.requests.lock() {
            *m.entry((host.to_string(), outcome.to_string()))
                .or_insert(0) += 1;
        }
    }
}

/// Settings, vault and client together.
pub struct EgressService {
    store: Arc<Store>,
    vault: Arc<Vault>,
    ca_override: Option<PathBuf>,
    egress: Egress,
    /// The settings text and proxy-password hint last compiled.
    loaded: Mutex<Option<String>>,
    pub counters: Arc<Counters>,
}

impl EgressService {
    pub fn new(store: Arc<Store>, vault: Arc<Vault>, ca_override: Option<PathBuf>) -> Self {
        let counters = Arc::new(Counters::default());
        let egress = Egress::new(
            crate::egress::client::Config::default(),
            Box::new(Audit {
                store: store.clone(),
                counters: counters.clone(),
            }),
        );
        EgressService {
            store,
            vault,
            ca_override,
            egress,
            loaded: Mutex::new(None),
            counters,
        }
    }

    /// The stored settings (defaults if none).
    pub fn settings(&self) -> Result<Settings, EgressError> {
        let text = self
            .store
            .setting(SETTING)
            .map_err(|e| EgressError::Config(e.to_string()))?;
        Settings::from_json(text.as_deref()).map_err(EgressError::Config)
    }

    /// Stores new settings after validating them, audited; the client picks them up on its
    /// next request.
    pub fn update(&self, settings: &Settings, event: &AuditEvent) -> Result<(), EgressError> {
        settings.validate().map_err(EgressError::Config)?;
        if let Some(ca) = &settings.ca_file {
            crate::egress::settings::read_ca_file(ca)?;
        }
        let text =
            serde_json::to_string(settings).map_err(|e| EgressError::Config(e.to_string()))?;
        self.store
            .set_setting(SETTING, Some(&text), event)
            .map_err(|e| EgressError::Config(e.to_string()))
    }

    /// Recompiles the client's config when the settings or the proxy password changed.
    fn refresh(&self) -> Result<(), EgressError> {
        let text = self
            .store
            .setting(SETTING)
            .map_err(|e| EgressError::Config(e.to_string()))?;
        let pw_meta = self
            .store
            .secret_meta(PROXY_PASSWORD)
            .map_err(|e| EgressError::Config(e.to_string()))?;
        let stamp = format!(
            "{}\0{}",
            text.as_deref().unwrap_or_default(),
            pw_meta
                .as_ref()
                .map(|m| m.updated_at.as_str())
                .unwrap_or_default()
        );
        let mut loaded = self.loaded.lock().unwrap_or_else(|p| p.into_inner());
        if loaded.as_deref() == Some(stamp.as_str()) {
            return Ok(());
        }
        let settings = Settings::from_json(text.as_deref()).map_err(EgressError::Config)?;
        let password = match pw_meta {
            None => None,
            Some(_) => match self.vault.open(PROXY_PASSWORD) {
                Ok(s) => s.expose_str().map(str::to_string),
                Err(e) => {
                    return Err(EgressError::Config(format!(
                        "the proxy password cannot be used: [{}] {}",
                        e.code(),
                        describe(&e)
                    )));
                }
            },
        };
        let config = settings.compile(self.ca_override.as_deref(), password)?;
        self.egress.reconfigure(config);
        *loaded = Some(stamp);
        Ok(())
    }

    /// Sends one request under the current settings.
    pub fn send(&self, call: Call<'_>) -> Result<Answer, EgressError> {
        self.refresh()?;
        self.egress.send(call)
    }

    /// Sends one message to the mail relay under the current settings.
    pub fn smtp(
        &self,
        relay: &crate::egress::smtp::Relay<'_>,
        envelope: &crate::egress::smtp::Envelope<'_>,
        purpose: Purpose<'_>,
    ) -> Result<(), EgressError> {
        self.refresh()?;
        crate::egress::smtp::send(&self.egress, relay, envelope, purpose)
    }

    /// Opens a connection to the site's directory under the current settings.
    pub fn ldap(
        &self,
        at: &crate::ldap::settings::Endpoint,
        starttls: bool,
        wait: std::time::Duration,
        purpose: Purpose<'_>,
    ) -> Result<crate::egress::ldap::Conn, EgressError> {
        self.refresh()?;
        crate::egress::ldap::open(&self.egress, at, starttls, wait, purpose)
    }

    /// Checks `url` against the current allowlist without connecting (refusals audited).
    pub fn check(
        &self,
        url: &str,
        purpose: Purpose<'_>,
    ) -> Result<crate::egress::client::Target, EgressError> {
        self.refresh()?;
        self.egress.check(url, purpose)
    }

    /// "Test connection" for `url`.
    pub fn probe(&self, url: &str, purpose: Purpose<'_>) -> Report {
        if let Err(e) = self.refresh() {
            return Report {
                url: url.split(['?', '#']).next().unwrap_or_default().to_string(),
                ok: false,
                stages: vec![crate::egress::probe::Stage {
                    stage: "settings",
                    ok: false,
                    detail: format!("[{}] {e}", e.code()),
                    ms: 0,
                }],
            };
        }
        probe(&self.egress, url, purpose)
    }
}

fn describe(e: &VaultError) -> String {
    e.to_string()
}
