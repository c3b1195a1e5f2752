//! AI providers and authoring help over REST (issue 21).
//!
//! Org admins configure providers (the key is sealed at once and never shown again, only its
//! last four characters), the organization's AI settings and see usage. Authors (space
//! members) ask for a drafted standard or suggested examples: each is one explicit request,
//! answered with a draft that nothing saves; `"dry_run": true` answers with exactly what
//! would be sent instead, and sends nothing. With no provider configured every AI route
//! answers 409 `RB-AI-NOT-CONFIGURED` and no connection is made.

use serde::Deserialize;
use serde_json::{Value, json};

use crate::ai::payload::SendScope;
use crate::ai::prompts::{self, Prompt, Source};
use crate::ai::service::{self, Asker, Deps, Resolved};
use crate::ai::settings::{AiSettings, ProviderConfig, setting_key};
use crate::ai::{AiError, Feature, KeyNeed, PROVIDERS, draft};
use crate::clock::rfc3339;
use crate::http::HttpError;
use crate::http::api::egress::vault_error;
use crate::http::call::Call;
use crate::http::reply::Reply;
use crate::model::artifact::{Content, Kind};
use crate::scan::{Options, scan_content};
use crate::store::ai::ProviderRow;

fn deps<'a>(call: &'a Call<'_>) -> Deps<'a> {
    Deps {
        store: &call.state.store,
        vault: &call.state.vault,
        egress: &call.state.egress,
        clock: &call.state.clock,
    }
}

fn secret_name(org_id: i64, name: &str) -> String {
    format!("org.{org_id}.ai.{name}.key")
}

fn provider_json(call: &Call<'_>, row: &ProviderRow) -> Value {
    let config: Value = serde_json::from_str(&row.config).unwrap_or(Value::Null);
    let key = if row.secret_name.is_empty() {
        Value::Null
    } else {
        match call.state.store.secret_meta(&row.secret_name) {
            Ok(Some(m)) => json!({ "hint": m.hint, "updated_at": m.updated_at }),
            _ => Value::Null,
        }
    };
    json!({ "name": row.name, "config": config, "key": key, "created_at": rfc3339(row.created_at) })
}

/// `GET /api/v1/orgs/{org}/ai/providers`: the kinds Rulebook speaks and the configured
/// providers (keys never shown).
pub fn list(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let org = call.org()?.id;
    let rows = call.state.store.ai_providers(org)?;
    let providers: Vec<Value> = rows.iter().map(|r| provider_json(call, r)).collect();
    let kinds: Vec<Value> = PROVIDERS
        .iter()
        .map(|k| {
            json!({ "id": k.id, "label": k.label, "key": if k.key == KeyNeed::Required { "required" } else { "optional" },
                    "default_base_url": k.default_base, "requires": k.requires })
        })
        .collect();
    Ok(Reply::json(
        200,
        &json!({ "providers": providers, "kinds": kinds }),
    ))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProviderIn {
    #[serde(flatten)]
    config: ProviderConfig,
    /// The key, sealed at once; left out on a replace, the stored key stays.
    #[serde(default)]
    key: Option<String>,
}

/// `PUT /api/v1/orgs/{org}/ai/providers/{name}` (org admins): creates or replaces a provider.
pub fn put(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let org = call.org()?.id;
    let name = call.param("name")?.to_string();
    crate::model::names::slug(&name).map_err(|e| HttpError::Invalid(format!("name: {e}")))?;
    let body: ProviderIn = call.json()?;
    let config = body.config.normalized().map_err(HttpError::Invalid)?;
    let existing = call.state.store.ai_provider(org, &name)?;
    let secret = match (&body.key, &existing) {
        (Some(k), _) => {
            if k.is_empty() || k.len() > 16 * 1024 || k.chars().any(char::is_control) {
                return Err(HttpError::Invalid(
                    "key: 1 to 16384 printable characters".into(),
                ));
            }
            let secret = secret_name(org, &name);
            let seal = call.event("secret.set", format!("secret:{secret}"), "success");
            call.state
                .vault
                .set(&secret, k, &seal)
                .map_err(vault_error)?;
            secret
        }
        (None, Some(row)) => row.secret_name.clone(),
        (None, None) => String::new(),
    };
    if secret.is_empty() && config.key_need() == KeyNeed::Required {
        return Err(HttpError::Invalid(format!(
            "a {} provider needs a key",
            config.kind
        )));
    }
    let text = serde_json::to_string(&config).map_err(|_| HttpError::Internal)?;
    let mut event = call.event(
        if existing.is_some() {
            "ai.provider.updated"
        } else {
            "ai.provider.created"
        },
        format!("ai-provider:{name}"),
        "success",
    );
    event.detail = format!(
        "kind={} model={} url={}",
        config.kind, config.model, config.base_url
    );
    let row = call
        .state
        .store
        .put_ai_provider(org, &name, &text, &secret, &event)?;
    let status = if existing.is_some() { 200 } else { 201 };
    Ok(Reply::json(status, &provider_json(call, &row)))
}

fn provider(call: &Call<'_>) -> Result<ProviderRow, HttpError> {
    let org = call.org()?.id;
    call.state
        .store
        .ai_provider(org, call.param("name")?)?
        .ok_or(HttpError::NotFound)
}

/// `DELETE /api/v1/orgs/{org}/ai/providers/{name}` (org admins): the key is deleted with it.
pub fn delete(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let row = provider(call)?;
    if !row.secret_name.is_empty() {
        let event = call.event(
            "secret.deleted",
            format!("secret:{}", row.secret_name),
            "success",
        );
        match call.state.vault.delete(&row.secret_name, &event) {
            Ok(()) | Err(crate::secrets::vault::VaultError::NotFound(_)) => {}
            Err(e) => return Err(vault_error(e)),
        }
    }
    let event = call.event(
        "ai.provider.deleted",
        format!("ai-provider:{}", row.name),
        "success",
    );
    call.state.store.delete_ai_provider(row.id, &event)?;
    Ok(Reply::empty(204))
}

/// `POST /api/v1/orgs/{org}/ai/providers/{name}/test` (org admins): auth, model list, the
/// smallest completion, with latencies; always 200 with `ok` and each stage.
pub fn test(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let row = provider(call)?;
    let config = service::config_of(&row)?;
    let settings = service::settings(&call.state.store, row.org_id)?;
    let event = call.event("ai.call", format!("ai-provider:{}", row.name), "success");
    let who = Asker {
        org_id: row.org_id,
        actor: &call.who()?.username,
        event: &event,
    };
    let r = Resolved { row, config };
    Ok(Reply::json(
        200,
        &service::test_connection(&deps(call), &who, &r, settings.monthly_token_budget),
    ))
}

fn settings_json(s: &AiSettings, used: u64, month: &str) -> Value {
    let mut v = serde_json::to_value(s).unwrap_or(Value::Null);
    v["used_this_month"] = json!(used);
    v["month"] = json!(month);
    v
}

/// `GET /api/v1/orgs/{org}/settings/ai`.
pub fn show_settings(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let org = call.org()?.id;
    let s = service::settings(&call.state.store, org)?;
    let month = service::month(&call.state.clock);
    let used = call.state.store.ai_tokens_used(org, &month)?;
    Ok(Reply::json(200, &settings_json(&s, used, &month)))
}

/// `PUT /api/v1/orgs/{org}/settings/ai` (org admins).
pub fn update_settings(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let org = call.org()?.id;
    let s: AiSettings = call.json()?;
    s.validate().map_err(HttpError::Invalid)?;
    for p in s.defaults.values() {
        if call.state.store.ai_provider(org, p)?.is_none() {
            return Err(HttpError::Invalid(format!(
                "defaults: no provider is named {p:?}"
            )));
        }
    }
    let mut event = call.event(
        "settings.ai",
        format!("org:{}", call.org()?.slug),
        "success",
    );
    event.detail = format!(
        "send {}, budget {}",
        s.send.as_str(),
        s.monthly_token_budget
            .map_or("none".into(), |b| b.to_string())
    );
    let text = serde_json::to_string(&s).map_err(|_| HttpError::Internal)?;
    call.state
        .store
        .set_setting(&setting_key(org), Some(&text), &event)?;
    let month = service::month(&call.state.clock);
    let used = call.state.store.ai_tokens_used(org, &month)?;
    Ok(Reply::json(200, &settings_json(&s, used, &month)))
}

/// `GET /api/v1/orgs/{org}/ai/usage?month=YYYY-MM` (org admins): calls, errors and tokens
/// per user, feature, provider and model.
pub fn usage(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let org = call.org()?.id;
    let month = call
        .query_param("month")
        .unwrap_or_else(|| service::month(&call.state.clock));
    let valid = month.len() == 7
        && month.bytes().enumerate().all(|(i, b)| {
            if i == 4 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    if !valid {
        return Err(HttpError::Invalid("month: YYYY-MM".into()));
    }
    let rows: Vec<Value> = call
        .state
        .store
        .ai_usage(org, Some(&month))?
        .into_iter()
        .map(|u| {
            json!({ "user": u.username, "feature": u.feature, "provider": u.provider, "model": u.model,
                    "calls": u.calls, "errors": u.errors, "tokens_in": u.tokens_in, "tokens_out": u.tokens_out })
        })
        .collect();
    let settings = service::settings(&call.state.store, org)?;
    let used = call.state.store.ai_tokens_used(org, &month)?;
    Ok(Reply::json(
        200,
        &json!({ "month": month, "used": used, "budget": settings.monthly_token_budget, "rows": rows }),
    ))
}

/// What `ask` did.
pub(crate) enum Asked<T> {
    Sent(service::Outcome, T),
    /// A dry run: exactly what would be sent.
    DryRun(Value),
}

/// Runs `prompt` for `feature` and reads the answer with `parse`, or, on a dry run, shows
/// what would be sent.
pub(crate) fn ask<T>(
    call: &Call<'_>,
    feature: Feature,
    explicit: Option<&str>,
    dry_run: bool,
    prompt: impl FnOnce(SendScope) -> Result<Prompt, HttpError>,
    parse: impl FnOnce(&str) -> Result<T, AiError>,
) -> Result<Asked<T>, HttpError> {
    Ok(
        match ask_keeping(call, feature, explicit, dry_run, prompt, parse)? {
            Asked::DryRun(v) => Asked::DryRun(v),
            Asked::Sent(o, t) => Asked::Sent(o, t?),
        },
    )
}

/// `ask` for a feature that goes on after an unusable answer: the answer's error comes back
/// with the outcome (the call is recorded as an error all the same).
pub(crate) fn ask_keeping<T>(
    call: &Call<'_>,
    feature: Feature,
    explicit: Option<&str>,
    dry_run: bool,
    prompt: impl FnOnce(SendScope) -> Result<Prompt, HttpError>,
    parse: impl FnOnce(&str) -> Result<T, AiError>,
) -> Result<Asked<Result<T, AiError>>, HttpError> {
    let org = call.org()?.id;
    let settings = service::settings(&call.state.store, org)?;
    let r = service::resolve(&call.state.store, org, feature, &settings, explicit)?;
    let p = prompt(settings.send)?;
    if dry_run {
        crate::ai::payload::check(&p.parts, settings.send)?;
        return Ok(Asked::DryRun(service::payload_json(&p, &r)));
    }
    let event = call.event("ai.call", "", "success");
    let who = Asker {
        org_id: org,
        actor: &call.who()?.username,
        event: &event,
    };
    let (o, t) = service::complete_keeping(
        &deps(call),
        &who,
        feature,
        &r,
        &p,
        settings.send,
        settings.monthly_token_budget,
        parse,
    )?;
    Ok(Asked::Sent(o, t))
}

pub(crate) fn usage_json(o: &service::Outcome) -> Value {
    json!({ "provider": o.provider, "model": o.model, "tokens_in": o.reply.tokens_in,
            "tokens_out": o.reply.tokens_out, "estimated": o.reply.estimated,
            "attempts": o.attempts, "ms": o.ms })
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DraftIn {
    source: String,
    text: String,
    #[serde(default)]
    language: Option<String>,
    #[serde(default)]
    provider: Option<String>,
    #[serde(default)]
    dry_run: bool,
}

fn material(text: &str) -> Result<(), HttpError> {
    if text.trim().is_empty() || text.len() > 200 * 1024 {
        return Err(HttpError::Invalid("text: 1 byte to 200 KiB".into()));
    }
    Ok(())
}

/// `POST /api/v1/orgs/{org}/spaces/{space}/ai/draft-standard`: a drafted standard, never
/// saved; with the findings the content scanner has on it.
pub fn draft_standard(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let body: DraftIn = call.json()?;
    let source = Source::parse(&body.source).ok_or_else(|| {
        HttpError::Invalid("source: description, code, diff or documentation".into())
    })?;
    material(&body.text)?;
    if let Some(l) = &body.language
        && !crate::model::artifact::LANGUAGES.iter().any(|x| x.0 == l)
    {
        return Err(HttpError::Invalid(format!(
            "language {l:?} is not supported"
        )));
    }
    let asked = ask(
        call,
        Feature::DraftStandard,
        body.provider.as_deref(),
        body.dry_run,
        |_| {
            Ok(prompts::draft_standard(
                source,
                &body.text,
                body.language.as_deref(),
            ))
        },
        draft::standard,
    )?;
    let (o, s) = match asked {
        Asked::DryRun(payload) => return Ok(dry(payload)),
        Asked::Sent(o, s) => (o, s),
    };
    let findings = scan_content(&Content::Standard(s.clone()), &Options::default());
    Ok(Reply::json(
        200,
        &json!({ "ai_written": true, "draft": s, "findings": findings, "usage": usage_json(&o) }),
    ))
}

pub(crate) fn dry(payload: Value) -> Reply {
    Reply::json(200, &json!({ "dry_run": true, "payload": payload }))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExamplesIn {
    standard: String,
    /// 1-based, as users count rules.
    rule: usize,
    language: String,
    #[serde(default)]
    provider: Option<String>,
    #[serde(default)]
    dry_run: bool,
}

/// `POST /api/v1/orgs/{org}/spaces/{space}/ai/suggest-examples`: good/bad examples for one
/// rule of a standard in one language, as a draft.
/// The saved standard `slug` of the call's space, with `rule` (1-based) checked against it.
pub(crate) fn saved_rule(
    call: &Call<'_>,
    slug: &str,
    rule: usize,
) -> Result<crate::model::artifact::Standard, HttpError> {
    let space = call.space.as_ref().ok_or(HttpError::NotFound)?.id;
    let (_, content) = call
        .state
        .store
        .artifact(space, Kind::Standard, slug)?
        .ok_or(HttpError::NotFound)?;
    let Content::Standard(s) = content else {
        return Err(HttpError::NotFound);
    };
    if rule == 0 || rule > s.rules.len() {
        return Err(HttpError::Invalid(format!(
            "rule: 1 to {} (the standard's rules)",
            s.rules.len()
        )));
    }
    Ok(s)
}

pub fn suggest_examples(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let body: ExamplesIn = call.json()?;
    let s = saved_rule(call, &body.standard, body.rule)?;
    if !crate::model::artifact::LANGUAGES
        .iter()
        .any(|x| x.0 == body.language)
    {
        return Err(HttpError::Invalid(format!(
            "language {:?} is not supported",
            body.language
        )));
    }
    let idx = body.rule - 1;
    let asked = ask(
        call,
        Feature::SuggestExamples,
        body.provider.as_deref(),
        body.dry_run,
        |scope| {
            prompts::suggest_examples(&s, idx, &body.language, scope).ok_or(HttpError::NotFound)
        },
        |text| draft::examples(text, &s, idx, &body.language),
    )?;
    let (o, examples) = match asked {
        Asked::DryRun(payload) => return Ok(dry(payload)),
        Asked::Sent(o, e) => (o, e),
    };
    Ok(Reply::json(
        200,
        &json!({ "ai_written": true, "rule": body.rule, "examples": examples, "usage": usage_json(&o) }),
    ))
}
