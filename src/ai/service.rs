//! The one place that sends AI calls: it picks the provider of a feature, checks what would
//! be sent (data setting, credentials) and the org's monthly token budget, opens the key from
//! the vault just before the call, sends through the egress client with the provider's
//! timeout, retries 429 and 5xx with backoff (honouring `Retry-After`, at most 30 s a wait),
//! and records usage together with an audit row that names feature, provider, model, token
//! counts and outcome, never the content.

use std::time::{Duration, Instant};

use serde_json::{Value, json};

use super::payload::{self, SendScope};
use super::prompts::{self, Prompt};
use super::settings::{AiSettings, ProviderConfig, setting_key};
use super::{AiError, ChatRequest, Credential, Feature, KeyNeed, Reply, Role};
use crate::clock::Clock;
use crate::egress::client::{Call, Purpose};
use crate::egress::service::EgressService;
use crate::error::Coded;
use crate::secrets::vault::Vault;
use crate::store::Store;
use crate::store::ai::{ProviderRow, UsageRow};
use crate::store::audit::AuditEvent;

/// What a call needs from the running process.
pub struct Deps<'a> {
    pub store: &'a Store,
    pub vault: &'a Vault,
    pub egress: &'a EgressService,
    pub clock: &'a Clock,
}

/// Who asks, for what organization.
pub struct Asker<'a> {
    pub org_id: i64,
    pub actor: &'a str,
    /// Audit fields of the request (ip, request id...), copied into every AI audit row.
    pub event: &'a AuditEvent,
}

/// A provider ready to use.
#[derive(Debug, Clone)]
pub struct Resolved {
    pub row: ProviderRow,
    pub config: ProviderConfig,
}

/// A finished call.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub reply: Reply,
    pub provider: String,
    pub model: String,
    pub attempts: u32,
    pub ms: u64,
}

fn store_err(e: impl std::fmt::Display) -> AiError {
    AiError::Config(format!("the AI settings cannot be read: {e}"))
}

/// The organization's AI settings (defaults when none are stored).
pub fn settings(store: &Store, org_id: i64) -> Result<AiSettings, AiError> {
    match store.setting(&setting_key(org_id)).map_err(store_err)? {
        None => Ok(AiSettings::default()),
        Some(t) => serde_json::from_str(&t).map_err(store_err),
    }
}

/// A stored provider's configuration.
pub fn config_of(row: &ProviderRow) -> Result<ProviderConfig, AiError> {
    serde_json::from_str(&row.config).map_err(store_err)
}

/// The provider `feature` uses: `explicit` if given, else the feature's default, else the
/// only provider.
pub fn resolve(
    store: &Store,
    org_id: i64,
    feature: Feature,
    settings: &AiSettings,
    explicit: Option<&str>,
) -> Result<Resolved, AiError> {
    let name = explicit
        .map(str::to_string)
        .or_else(|| settings.defaults.get(feature.as_str()).cloned());
    let row = match name {
        Some(n) => store
            .ai_provider(org_id, &n)
            .map_err(store_err)?
            .ok_or_else(|| AiError::NotConfigured(format!("no AI provider is named {n:?}")))?,
        None => {
            let mut all = store.ai_providers(org_id).map_err(store_err)?;
            match all.len() {
                0 => {
                    return Err(AiError::NotConfigured(
                        "no AI provider is configured for this organization; an org admin can add one (Admin → AI providers)".into(),
                    ));
                }
                1 => all.remove(0),
                _ => {
                    return Err(AiError::NotConfigured(format!(
                        "several AI providers are configured and none is the default for {}; choose one or set a default",
                        feature.as_str()
                    )));
                }
            }
        }
    };
    let config = config_of(&row)?;
    Ok(Resolved { row, config })
}

/// The month usage is counted in (`YYYY-MM`, UTC).
pub fn month(clock: &Clock) -> String {
    clock.now_rfc3339().chars().take(7).collect()
}

/// What would be sent, exactly as the provider would get it (the "Show what will be sent"
/// view): system and user text, and the parts with their places.
pub fn payload_json(p: &Prompt, r: &Resolved) -> Value {
    let parts: Vec<Value> = p
        .parts
        .iter()
        .map(|x| json!({ "place": x.place, "needs": x.needs.as_str(), "chars": x.text.chars().count() }))
        .collect();
    json!({
        "provider": r.row.name, "kind": r.config.kind, "model": r.config.model,
        "url": r.config.base_url, "max_output_tokens": r.config.max_output_tokens,
        "system": p.system, "user": p.user_message(), "parts": parts,
    })
}

fn record(
    d: &Deps<'_>,
    who: &Asker<'_>,
    feature: Feature,
    r: &Resolved,
    outcome: Option<&Outcome>,
    error: Option<&AiError>,
) {
    let (tin, tout) = outcome.map_or((0, 0), |o| (o.reply.tokens_in, o.reply.tokens_out));
    let row = UsageRow {
        month: month(d.clock),
        username: who.actor.to_string(),
        feature: feature.as_str().into(),
        provider: r.row.name.clone(),
        model: r.config.model.clone(),
        calls: 1,
        errors: i64::from(error.is_some()),
        tokens_in: i64::try_from(tin).unwrap_or(i64::MAX),
        tokens_out: i64::try_from(tout).unwrap_or(i64::MAX),
    };
    let mut event = who.event.clone();
    event.action = "ai.call".into();
    event.target = format!("ai-provider:{}", r.row.name);
    event.outcome = if error.is_some() {
        "failure"
    } else {
        "success"
    }
    .into();
    event.detail = format!("feature={} model={}", feature.as_str(), r.config.model);
    if let Some(o) = outcome {
        event.detail.push_str(&format!(
            " tokens_in={} tokens_out={}{} attempts={} ms={}",
            o.reply.tokens_in,
            o.reply.tokens_out,
            if o.reply.estimated {
                " (estimated)"
            } else {
                ""
            },
            o.attempts,
            o.ms
        ));
    }
    if let Some(e) = error {
        event.detail.push_str(&format!(" [{}]", e.code()));
    }
    if let Err(e) = d.store.record_ai_call(who.org_id, &row, &event) {
        log::warn!("cannot record an AI call's usage: {e}");
    }
}

/// Audits a call refused before sending (data setting, credential, budget).
fn refused(d: &Deps<'_>, who: &Asker<'_>, feature: Feature, r: &Resolved, e: &AiError) {
    let mut event = who.event.clone();
    event.action = "ai.call".into();
    event.target = format!("ai-provider:{}", r.row.name);
    event.outcome = "refused".into();
    event.detail = format!("feature={} [{}] {e}", feature.as_str(), e.code());
    if let Err(e) = d.store.audit(&event) {
        log::warn!("cannot audit a refused AI call: {e}");
    }
}

/// Sends `prompt` for `feature` to `r` after every check and reads the answer with `parse`
/// (the feature's schema); usage and audit are recorded, an unusable answer as an error with
/// the tokens it cost.
#[allow(clippy::too_many_arguments)]
pub fn complete<T>(
    d: &Deps<'_>,
    who: &Asker<'_>,
    feature: Feature,
    r: &Resolved,
    prompt: &Prompt,
    scope: SendScope,
    budget: Option<u64>,
    parse: impl FnOnce(&str) -> Result<T, AiError>,
) -> Result<(Outcome, T), AiError> {
    let (o, t) = complete_keeping(d, who, feature, r, prompt, scope, budget, parse)?;
    Ok((o, t?))
}

/// The same, for a feature that goes on after an unusable answer (a detector attempt that is
/// retried): the call is recorded as an error all the same, and the answer's error comes back
/// with the outcome instead of ending the request.
#[allow(clippy::too_many_arguments)]
pub fn complete_keeping<T>(
    d: &Deps<'_>,
    who: &Asker<'_>,
    feature: Feature,
    r: &Resolved,
    prompt: &Prompt,
    scope: SendScope,
    budget: Option<u64>,
    parse: impl FnOnce(&str) -> Result<T, AiError>,
) -> Result<(Outcome, Result<T, AiError>), AiError> {
    let checked = payload::check(&prompt.parts, scope).and_then(|()| {
        let used = d
            .store
            .ai_tokens_used(who.org_id, &month(d.clock))
            .map_err(store_err)?;
        match budget {
            Some(b) if used >= b => Err(AiError::Budget { used, budget: b }),
            _ => Ok(()),
        }
    });
    if let Err(e) = checked {
        refused(d, who, feature, r, &e);
        return Err(e);
    }
    match send(d, who, r, prompt) {
        Err(e) => {
            record(d, who, feature, r, None, Some(&e));
            Err(e)
        }
        Ok(o) => {
            let t = parse(&o.reply.text);
            record(d, who, feature, r, Some(&o), t.as_ref().err());
            Ok((o, t))
        }
    }
}

fn send(d: &Deps<'_>, who: &Asker<'_>, r: &Resolved, prompt: &Prompt) -> Result<Outcome, AiError> {
    let kind = r.config.kind().map_err(AiError::Config)?;
    let key = match (r.row.secret_name.is_empty(), kind.key) {
        (true, KeyNeed::Required) => {
            return Err(AiError::Config(format!(
                "the provider {} has no key",
                r.row.name
            )));
        }
        (true, KeyNeed::Optional) => None,
        (false, _) => Some(
            d.vault
                .open(&r.row.secret_name)
                .map_err(|e| AiError::Config(format!("the provider's key cannot be used: {e}")))?,
        ),
    };
    let key_text = match &key {
        Some(k) => Some(
            k.expose_str()
                .ok_or_else(|| AiError::Config("the provider's key is not text".into()))?,
        ),
        None => None,
    };
    let chat = ChatRequest {
        system: prompt.system.clone(),
        messages: vec![(Role::User, prompt.user_message())],
        max_tokens: r.config.max_output_tokens,
        stream: r.config.stream,
    };
    let endpoint = r.config.endpoint();
    let started = Instant::now();
    let mut attempt = 0u32;
    loop {
        attempt += 1;
        let cred = Credential {
            key: key_text,
            now: d.clock.now_unix(),
        };
        let req = (kind.chat)(&endpoint, &cred, &chat)?;
        let answer = d.egress.send(Call {
            method: req.method,
            url: &req.url,
            headers: req.headers,
            body: req.body,
            purpose: Purpose {
                feature: "ai",
                actor: who.actor,
            },
            identity: None,
            timeout: Some(Duration::from_secs(u64::from(r.config.timeout_secs))),
        });
        let answer = answer.map_err(|e| AiError::Egress(e.code().to_string(), e.to_string()))?;
        let status = answer.status;
        if (200..300).contains(&status) {
            let streamed = chat.stream
                && answer
                    .header("content-type")
                    .is_some_and(|t| t.contains("event-stream") || t.contains("eventstream"));
            let reply = (kind.reply)(&answer.body, streamed)?.estimate_usage(&chat);
            return Ok(Outcome {
                reply,
                provider: r.row.name.clone(),
                model: r.config.model.clone(),
                attempts: attempt,
                ms: u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX),
            });
        }
        let message = (kind.error_message)(&answer.body)
            .map(|m| redact(&m, key_text))
            .unwrap_or_default();
        let retryable = status == 429 || status >= 500;
        if retryable && attempt <= r.config.max_retries {
            d.clock
                .sleep(backoff(answer.header("retry-after"), attempt));
            continue;
        }
        return Err(match status {
            401 | 403 => AiError::Auth(status),
            429 => AiError::RateLimited,
            _ => AiError::Provider(status, message),
        });
    }
}

/// How long to wait before retry `attempt` (1-based): `Retry-After` seconds if given (at most
/// 30), else 0.5 s doubled each time (at most 8 s).
pub fn backoff(retry_after: Option<&str>, attempt: u32) -> Duration {
    if let Some(secs) = retry_after.and_then(|v| v.trim().parse::<u64>().ok()) {
        return Duration::from_secs(secs.min(30));
    }
    Duration::from_millis((500u64 << attempt.saturating_sub(1).min(4)).min(8_000))
}

/// A provider message with the key (and anything key-shaped after a `key` word) removed.
fn redact(message: &str, key: Option<&str>) -> String {
    let mut m = message.to_string();
    if let Some(k) = key.filter(|k| k.len() >= 4) {
        m = m.replace(k, "[redacted]");
    }
    m.split_whitespace()
        .map(|w| {
            let long = w.len() >= 20 && w.chars().filter(char::is_ascii_alphanumeric).count() >= 16;
            if long { "[redacted]" } else { w }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// "Test connection": the model list where the API has one (auth, and whether the model is
/// listed), then the smallest completion, with each stage's latency.
pub fn test_connection(d: &Deps<'_>, who: &Asker<'_>, r: &Resolved, budget: Option<u64>) -> Value {
    let mut stages = Vec::new();
    let mut ok = true;
    if let Ok(kind) = r.config.kind()
        && let Some(models) = kind.models
    {
        let started = Instant::now();
        let key = (!r.row.secret_name.is_empty())
            .then(|| d.vault.open(&r.row.secret_name).ok())
            .flatten();
        let cred = Credential {
            key: key.as_ref().and_then(|k| k.expose_str()),
            now: d.clock.now_unix(),
        };
        let result = models(&r.config.endpoint(), &cred).and_then(|req| {
            let a = d
                .egress
                .send(Call {
                    method: req.method,
                    url: &req.url,
                    headers: req.headers,
                    body: None,
                    purpose: Purpose {
                        feature: "ai",
                        actor: who.actor,
                    },
                    identity: None,
                    timeout: Some(Duration::from_secs(u64::from(r.config.timeout_secs))),
                })
                .map_err(|e| AiError::Egress(e.code().to_string(), e.to_string()))?;
            match a.status {
                200..=299 => (kind.parse_models)(&a.body),
                401 | 403 => Err(AiError::Auth(a.status)),
                s => Err(AiError::Provider(s, String::new())),
            }
        });
        let ms = started.elapsed().as_millis();
        match result {
            Ok(list) => {
                let listed = list.contains(&r.config.model);
                stages.push(json!({ "stage": "models", "ok": true, "ms": ms,
                    "detail": format!("{} models; {} {}", list.len(), r.config.model, if listed { "is listed" } else { "is not listed" }) }));
            }
            Err(e) => {
                ok = false;
                stages.push(json!({ "stage": "models", "ok": false, "ms": ms, "code": e.code(), "detail": e.to_string() }));
            }
        }
    }
    if ok {
        let mut p = prompts::ping();
        p.parts.clear();
        let mut small = r.clone();
        small.config.max_output_tokens = small.config.max_output_tokens.min(16);
        let started = Instant::now();
        match complete(d, who, Feature::TestConnection, &small, &p, SendScope::ArtifactText, budget, |_| Ok(())) {
            Ok((o, ())) => stages.push(json!({ "stage": "completion", "ok": true,
                "ms": started.elapsed().as_millis(),
                "detail": format!("answered in {} attempt(s), {} tokens in, {} out", o.attempts, o.reply.tokens_in, o.reply.tokens_out) })),
            Err(e) => {
                ok = false;
                stages.push(json!({ "stage": "completion", "ok": false, "ms": started.elapsed().as_millis(), "code": e.code(), "detail": e.to_string() }));
            }
        }
    }
    json!({ "provider": r.row.name, "ok": ok, "stages": stages })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_honours_retry_after_with_a_cap() {
        assert_eq!(backoff(Some("2"), 1), Duration::from_secs(2));
        assert_eq!(backoff(Some("3600"), 1), Duration::from_secs(30));
        assert_eq!(backoff(None, 1), Duration::from_millis(500));
        assert_eq!(backoff(Some("soon"), 2), Duration::from_millis(1000));
        assert_eq!(backoff(None, 9), Duration::from_millis(8000));
    }

    #[test]
    fn provider_messages_lose_keys() {
        let m = redact(
            "Incorrect API key provided: sk-abc123. Find yours at x",
            Some("sk-abc123"),
        );
        assert!(!m.contains("sk-abc123"), "{m}");
        let m = redact("bad token AAAAAAAAAAbbbbbbbbbb1234", None);
        assert!(m.ends_with("[redacted]"), "{m}");
    }
}
