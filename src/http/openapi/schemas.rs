//! The named component schemas of the OpenAPI document: the wire shapes the handlers accept
//! and answer, written next to the operations table (`ops.rs`) that refers to them by name.
//! They are JSON Schema (OpenAPI 3.1) values; the schemathesis contract test
//! (`tests/it/openapi_contract.rs`) checks the real answers against them, so a handler that
//! changes its shape without changing its schema fails a test.
//!
//! Artifact schemas exist once per kind (`Standard`, `StandardIn`, ...): the kinds' bodies
//! differ, and a generated client is friendlier with one type per kind.

use serde_json::{Map, Value, json};

/// The artifact kinds as their path segment, their singular and their schema prefix.
pub const KINDS: [(&str, &str, &str); 5] = [
    ("standards", "standard", "Standard"),
    ("commands", "command", "Command"),
    ("skills", "skill", "Skill"),
    ("subagents", "subagent", "Subagent"),
    ("policies", "policy", "Policy"),
];

/// A policy's permission rules and hooks (`model::policy`), as sent and answered.
fn policy_parts(is_input: bool) -> Value {
    use crate::model::policy::{self as p, Effect, Event, Tool};
    let effects: Vec<&str> = Effect::ALL.iter().map(|e| e.as_str()).collect();
    let tools: Vec<&str> = Tool::ALL.iter().map(|t| t.as_str()).collect();
    let events: Vec<&str> = Event::ALL.iter().map(|e| e.as_str()).collect();
    let rule = json!({
        "effect": { "enum": effects },
        "on": { "enum": tools },
        "match": { "type": "string", "minLength": 1, "maxLength": p::PATTERN_CHARS,
                   "description": "shell: a command prefix (git push); read/edit: a gitignore pattern from the repository root; web: a domain or *.domain; mcp: server/tool, server/prefix* or server/*." },
    });
    let hook = json!({
        "event": { "enum": events },
        "command": { "type": "string", "minLength": 1, "maxLength": p::COMMAND_CHARS,
                     "description": "A script of the repository, relative to its root, then its arguments." },
        "timeout_s": { "type": "integer", "minimum": 1, "maximum": p::MAX_TIMEOUT_S },
    });
    let (rule, hook) = if is_input {
        (
            input(&["effect", "on", "match"], rule),
            input(&["event", "command"], hook),
        )
    } else {
        let mut h = answer(hook);
        if let Some(req) = h.pointer_mut("/required").and_then(Value::as_array_mut) {
            req.retain(|k| k != "timeout_s");
        }
        (answer(rule), h)
    };
    json!({
        "permissions": { "type": "array", "maxItems": p::MAX_PERMISSIONS, "items": rule },
        "hooks": { "type": "array", "maxItems": p::MAX_HOOKS, "items": hook },
    })
}

fn r(name: &str) -> Value {
    json!({ "$ref": format!("#/components/schemas/{name}") })
}

fn string() -> Value {
    json!({ "type": "string" })
}

fn nullable(t: &str) -> Value {
    json!({ "type": [t, "null"] })
}

fn strings() -> Value {
    json!({ "type": "array", "items": { "type": "string" } })
}

fn time() -> Value {
    json!({ "type": "string", "format": "date-time" })
}

fn time_opt() -> Value {
    json!({ "type": ["string", "null"], "format": "date-time" })
}

/// An object with these properties, all of them required (what the server always sends).
fn answer(props: Value) -> Value {
    let required: Vec<String> = props
        .as_object()
        .map(|o| o.keys().cloned().collect())
        .unwrap_or_default();
    json!({ "type": "object", "required": required, "properties": props })
}

/// An answer whose `required` properties are only some of them.
fn json_object(required: &[&str], props: Value) -> Value {
    json!({ "type": "object", "required": required, "properties": props })
}

/// A request body: only these properties (the handlers use `deny_unknown_fields`).
fn input(required: &[&str], props: Value) -> Value {
    json!({ "type": "object", "additionalProperties": false, "required": required, "properties": props })
}

/// An install policy layer (`install::policy::InstallPolicy`): every field optional.
fn install_policy() -> Value {
    input(
        &[],
        json!({
            "allowed_agents": strings(),
            "allowed_packages": { "type": "array", "items": { "type": "string", "pattern": "^[^/]+/[^/]+$" } },
            "max_always_on_bytes": { "type": "integer", "minimum": 1 },
            "forbidden_findings": { "type": "string", "enum": ["warning", "high", "critical"] },
            "never_read": { "type": "array", "maxItems": 200, "items": { "type": "string", "minLength": 1, "maxLength": 256 } },
            "hooks": { "type": "boolean", "description": "Agent policies' hooks: true consents to writing them (they run scripts on developers' machines); false refuses them whatever another layer says." },
            "allow_rules": { "type": "boolean", "description": "Agent policies' allow rules (what an agent may do without asking): false leaves them out, so agents ask, whatever another layer says; true or absent writes them." }
        }),
    )
}

/// The mail relay (`mail::settings::MailSettings`); the request may carry the password.
fn mail_settings(with_password: bool) -> Value {
    let mut props = json!({
        "enabled": { "type": "boolean" },
        "host": { "type": "string", "minLength": 1, "maxLength": 253 },
        "port": { "type": "integer", "minimum": 1, "maximum": 65535 },
        "security": { "type": "string", "enum": ["tls", "starttls", "none"] },
        "username": { "type": "string", "minLength": 1, "maxLength": 256 },
        "from_address": { "type": "string", "maxLength": 254 },
        "from_name": { "type": "string", "maxLength": 100 },
    });
    if with_password {
        props["password"] =
            json!({ "type": "string", "minLength": 1, "maxLength": 1024, "writeOnly": true });
    }
    input(&["host", "port", "security", "from_address"], props)
}

/// A group rule (`sso::settings::GroupRule`), shared by the OpenID and directory settings.
fn group_rule() -> Value {
    input(
        &["group", "org", "role"],
        json!({
            "group": { "type": "string", "minLength": 1, "maxLength": 256 },
            "org": string(),
            "role": { "type": "string", "enum": ["viewer", "member", "admin"] },
            "space": string(),
            "space_role": { "type": "string", "enum": ["member", "admin"] },
        }),
    )
}

/// The directory settings (`ldap::settings::LdapSettings`); the request may carry the service
/// account's password, the answer never does.
fn ldap_settings(with_password: bool) -> Value {
    let dn = json!({ "type": "string", "minLength": 1, "maxLength": 1024 });
    let attr =
        json!({ "type": "string", "minLength": 1, "maxLength": 64, "pattern": "^[A-Za-z0-9-]+$" });
    let filter = json!({ "type": "string", "minLength": 1, "maxLength": 4096 });
    let mut props = json!({
        "enabled": { "type": "boolean" },
        "url": { "type": "string", "pattern": "^ldaps?://" },
        "starttls": { "type": "boolean" },
        "bind_dn": dn, "user_base": dn, "group_base": dn,
        "user_filter": filter, "group_filter": filter,
        "attributes": input(&[], json!({ "username": attr, "display_name": attr, "email": attr, "id": attr })),
        "group_name_attribute": attr,
        "groups": { "type": "array", "maxItems": 500, "items": group_rule() },
        "link_existing_by_username": { "type": "boolean" },
        "timeout_secs": { "type": "integer", "minimum": 1, "maximum": 60 },
    });
    if with_password {
        props["bind_password"] =
            json!({ "type": "string", "minLength": 1, "maxLength": 1024, "writeOnly": true });
    }
    input(&["url", "bind_dn", "user_base"], props)
}

/// The OpenID Connect settings (`sso::settings::OidcSettings`); the request may carry the
/// client secret, the answer never does.
fn oidc_settings(with_secret: bool) -> Value {
    let name = json!({ "type": "string", "minLength": 1, "maxLength": 128 });
    let rule = group_rule();
    let mut props = json!({
        "enabled": { "type": "boolean" },
        "issuer": { "type": "string", "maxLength": 2048 },
        "client_id": name,
        "scopes": { "type": "array", "maxItems": 20, "items": name },
        "claims": input(&[], json!({ "username": name, "display_name": name, "email": name, "groups": name, "strip_domain": { "type": "boolean" } })),
        "groups": { "type": "array", "maxItems": 500, "items": rule },
        "link_existing_by_username": { "type": "boolean" },
        "button_label": { "type": "string", "minLength": 1, "maxLength": 80 },
        "clock_skew_secs": { "type": "integer", "minimum": 0, "maximum": 600 },
    });
    if with_secret {
        props["client_secret"] =
            json!({ "type": "string", "minLength": 1, "maxLength": 4096, "writeOnly": true });
    }
    input(&["issuer", "client_id"], props)
}

/// An organization's MCP servers (`mcp::config::org::OrgServers`): each a `url` (with the
/// name of the variable holding its token) or a `command`.
fn mcp_servers() -> Value {
    let var = json!({ "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "maxLength": 128 });
    let server = input(
        &["name"],
        json!({
            "name": { "type": "string", "pattern": "^[a-z0-9][a-z0-9_-]{0,62}$" },
            "url": { "type": "string", "maxLength": 2048 },
            "bearer_env": var,
            "command": { "type": "string", "minLength": 1, "maxLength": 256 },
            "args": { "type": "array", "maxItems": 64, "items": { "type": "string", "minLength": 1, "maxLength": 1024 } },
            "env": { "type": "array", "maxItems": 32, "items": var },
        }),
    );
    input(
        &[],
        json!({ "servers": { "type": "array", "maxItems": 50, "items": server } }),
    )
}

/// An organization's content policy (`scan::policy::ContentPolicy`): missing fields take the
/// strict defaults.
fn content_policy() -> Value {
    let action = json!({ "type": "string", "enum": ["block", "acknowledge", "warn"] });
    input(
        &[],
        json!({
            "critical": action, "high": action, "warning": action,
            "link_allowlist": { "type": "array", "maxItems": 500, "items": { "type": "string" } }
        }),
    )
}

/// One content finding as writes, previews, proposals and the Findings page report it.
fn finding() -> Value {
    answer(json!({
        "rule": string(), "severity": { "enum": ["critical", "high", "warning"] }, "place": string(),
        "line": { "type": "integer" }, "column": { "type": "integer" }, "message": string(),
        "excerpt": string(), "action": { "enum": ["block", "acknowledge", "warn"] },
        "acknowledged": { "oneOf": [{ "type": "null" }, answer(json!({
            "by": string(), "at": time(), "reason": string(), "version": { "type": "integer" },
        }))] },
    }))
}

fn list_of(key: &str, item: Value) -> Value {
    answer(json!({ key: { "type": "array", "items": item } }))
}

/// The content of one artifact of each kind, as answered.
fn content(kind: &str) -> Value {
    let base = json!({ "name": string(), "description": string() });
    let mut props = base.as_object().cloned().unwrap_or_default();
    let extra = match kind {
        "standard" => json!({
            "scope": strings(),
            "rules": { "type": "array", "items": answer(json!({
                "text": string(),
                "severity": { "enum": ["error", "warning", null] },
                "examples": { "type": "array", "items": answer(json!({ "language": string(), "good": string(), "bad": string() })) },
                "detectors": { "type": "array", "description": "Present when the rule has detectors.", "items": answer(json!({
                    "language": string(), "severity": { "enum": ["error", "warning", "info", null] }, "yaml": string() })) },
            })) },
        }),
        "command" => json!({ "body": string() }),
        "subagent" => json!({ "tools": strings(), "model": nullable("string"), "body": string() }),
        "policy" => policy_parts(false),
        _ => json!({
            "compatibility": nullable("string"),
            "extra": { "type": "object", "additionalProperties": string() },
            "body": string(),
            "files": { "type": "array", "items": answer(json!({
                "path": string(), "content": string(), "base64": { "type": "boolean" }, "executable": { "type": "boolean" },
            })) },
        }),
    };
    props.extend(extra.as_object().cloned().unwrap_or_default());
    let mut v = answer(Value::Object(props));
    // A rule's `detectors` is sent only when it has some.
    if let Some(req) = v.pointer_mut("/properties/rules/items/required")
        && let Some(list) = req.as_array_mut()
    {
        list.retain(|k| k != "detectors");
    }
    v
}

/// The body of a create or update of each kind (`model::wire::ArtifactIn`).
fn content_in(kind: &str) -> Value {
    let text = |max: u32| json!({ "type": "string", "maxLength": max });
    let mut props = json!({
        "name": { "type": "string", "minLength": 1, "maxLength": 200 },
        "message": { "type": "string", "maxLength": 1000, "description": "The version's change note." },
        "description": text(20000),
    });
    let extra = match kind {
        "standard" => json!({
            "slug": r("Slug"),
            "scope": { "type": "array", "items": { "type": "string" }, "description": "Globs the standard applies to, e.g. src/**/*.rs." },
            "rules": { "type": "array", "items": input(&["text"], json!({
                "text": { "type": "string", "minLength": 1 },
                "severity": { "enum": ["error", "warning"] },
                "examples": { "type": "array", "items": input(&["language"], json!({
                    "language": { "type": "string", "description": "A supported language id, e.g. rust." },
                    "good": string(), "bad": string(),
                })) },
                "detectors": { "type": "array", "maxItems": 20, "items": input(&["language", "yaml"], json!({
                    "language": { "enum": crate::model::artifact::DETECTOR_LANGUAGES },
                    "severity": { "enum": ["error", "warning", "info"], "description": "Default: the rule's severity, else warning." },
                    "yaml": { "type": "string", "minLength": 1, "maxLength": 20000,
                              "description": "An ast-grep rule (rule:, constraints:, files:, ignores:, message:, note:) or a regex: detector (docs/LINT.md); id, language, severity and metadata are written by Rulebook." },
                })) },
            })) },
        }),
        "command" => json!({ "slug": r("Slug"), "body": string() }),
        "subagent" => {
            json!({ "slug": r("Slug"), "body": string(), "tools": strings(), "model": string() })
        }
        "policy" => {
            let mut v = policy_parts(true);
            v["slug"] = r("Slug");
            v
        }
        _ => json!({
            "body": string(),
            "compatibility": string(),
            "extra": { "type": "object", "additionalProperties": string() },
            "files": { "type": "array", "items": input(&["path", "content"], json!({
                "path": string(), "content": string(),
                "base64": { "type": "boolean" }, "executable": { "type": "boolean" },
            })) },
        }),
    };
    if let (Some(p), Some(e)) = (props.as_object_mut(), extra.as_object()) {
        p.extend(e.clone());
    }
    input(&["name"], props)
}

fn content_example(kind: &str) -> Value {
    match kind {
        "standard" => json!({
            "name": "Error handling", "description": "How we handle errors.", "scope": ["src/**/*.rs"],
            "rules": [{ "text": "Return errors, do not panic on input.", "severity": "error",
                        "examples": [{ "language": "rust", "good": "fn f() -> Result<(), E>", "bad": "x.unwrap()" }] }],
        }),
        "command" => {
            json!({ "name": "Review", "description": "Review the diff.", "body": "Review the staged changes." })
        }
        "subagent" => {
            json!({ "name": "Reviewer", "description": "Reviews code.", "tools": ["Read"], "body": "You review code." })
        }
        "policy" => json!({
            "name": "Safe shell", "description": "What agents may run without asking.",
            "permissions": [{ "effect": "deny", "on": "shell", "match": "git push" },
                            { "effect": "allow", "on": "shell", "match": "cargo test" },
                            { "effect": "deny", "on": "read", "match": ".env*" }],
            "hooks": [{ "event": "before_shell", "command": "scripts/agent/guard.sh", "timeout_s": 30 }],
        }),
        _ => {
            json!({ "name": "pdf-tools", "description": "Work with PDF files.", "body": "Use these scripts.", "files": [] })
        }
    }
}

fn artifact_schemas(out: &mut Map<String, Value>) {
    for (_, kind, name) in KINDS {
        out.insert(format!("{name}Content"), content(kind));
        let mut body = content_in(kind);
        body["examples"] = json!([content_example(kind)]);
        out.insert(format!("{name}In"), body);
        let mut one = answer(json!({
            "kind": { "const": kind }, "slug": string(), "version": { "type": "integer" },
            "created_at": time(), "updated_at": time(), "trashed": { "type": "boolean" },
            "content": r(&format!("{name}Content")),
        }));
        if kind == "standard" {
            one["properties"]["detectors"] = json!({ "type": "array", "items": r("DetectorValidation"),
                "description": "Present when the standard has detectors: each one validated on its rule's examples." });
            one["properties"]["demoted"] = json!({ "type": "array", "items": { "type": "object" },
                "description": "After an update: detectors this version sent back to draft (rule, detector, reason)." });
        }
        one["examples"] = json!([{ "kind": kind, "slug": "example", "version": 1,
            "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z",
            "trashed": false, "content": content_example(kind) }]);
        out.insert(name.to_string(), one);
        out.insert(
            format!("{name}Version"),
            answer(json!({ "slug": string(), "version": { "type": "integer" }, "content": r(&format!("{name}Content")) })),
        );
        out.insert(
            format!("{name}ProposalIn"),
            json!({ "type": "object", "required": ["kind", "content"], "additionalProperties": false, "properties": {
                "kind": { "const": kind }, "content": r(&format!("{name}In")), "message": string() } }),
        );
        out.insert(
            format!("{name}ProposalDetail"),
            json!({ "allOf": [r("Proposal"), answer(json!({
                "content": r(&format!("{name}Content")), "diff_from_base": {}, "diff_from_current": {} }))] }),
        );
        out.insert(
            format!("{name}AcceptIn"),
            input(
                &[],
                json!({ "resolution": r(&format!("{name}In")), "comment": string() }),
            ),
        );
    }
}

fn ai_review() -> Value {
    json!({ "type": "object", "required": ["id", "ai_written", "requested_by", "provider", "model", "review", "created_at"],
        "properties": { "id": { "type": "integer" }, "ai_written": { "type": "boolean" }, "requested_by": string(),
        "provider": string(), "model": string(), "created_at": time(), "usage": { "type": "object" },
        "review": answer(json!({ "summary": string(), "concerns": strings(), "verdict": string() })) } })
}

fn git_connection() -> Value {
    json!({ "type": "object", "required": ["name", "provider", "base_url", "created_at"], "properties": {
        "name": string(), "provider": string(), "base_url": string(), "username": string(),
        "max_concurrency": { "type": ["integer", "null"] }, "created_at": time(),
        "token": { "type": ["object", "null"] } } })
}

fn git_target() -> Value {
    answer(
        json!({ "id": { "type": "integer" }, "connection": string(), "repo": string(), "branch": string(),
        "path": string(), "agents": strings(), "mode": string(), "packages": strings(), "created_at": time() }),
    )
}

fn git_job() -> Value {
    json!({ "type": "object", "required": ["id", "target", "state", "created_at"], "properties": {
        "id": { "type": "integer" }, "target": { "type": "integer" }, "state": string(),
        "cancel_requested": { "type": "boolean" }, "created_at": time(),
        "started_at": time_opt(), "finished_at": time_opt(),
        "pull_request": { "type": ["object", "null"] } } })
}

/// Every named schema.
pub fn all() -> Map<String, Value> {
    let mut s = Map::new();
    let id = json!({ "type": "integer" });
    let b = json!({ "type": "boolean" });
    let slug_item = answer(
        json!({ "kind": { "enum": ["standard", "command", "skill", "subagent", "policy"] }, "slug": string(), "version": { "type": "integer" } }),
    );
    let proposal = answer(json!({
        "id": id, "kind": string(), "slug": string(), "new": b, "base_version": id,
        "current_version": id, "conflict": b, "status": { "enum": ["open", "accepted", "rejected"] },
        "author": string(), "message": string(), "created_at": time(), "decided_by": nullable("string"),
        "comment": string(), "accepted_version": nullable("integer"),
    }));
    let release_row = answer(
        json!({ "version": string(), "notes": string(), "created_by": string(), "created_at": time() }),
    );
    let space = answer(
        json!({ "id": id, "slug": string(), "name": string(), "visibility": { "enum": ["default", "open", "restricted", "private"] } }),
    );
    let mut error = json!({
        "type": "object", "required": ["error"], "properties": { "error": {
            "type": "object", "required": ["code", "message", "request_id"],
            "properties": {
                "code": { "type": "string", "description": "A stable code, e.g. RB-HTTP-INVALID." },
                "message": { "type": "string", "description": "For people: fields named as users see them (\"rule 1: text is required\")." },
                "request_id": string(),
                "field": { "type": "string", "description": "The machine path of the first invalid field (e.g. rules[0].text)." },
                "problems": { "type": "array", "description": "Every validation problem.", "items": {
                    "type": "object", "required": ["message"],
                    "properties": { "field": string(), "message": string() } } },
            } } },
    });
    error["examples"] = json!([{ "error": { "code": "RB-HTTP-INVALID", "message": "rule 1: text is required",
        "request_id": "3f2a9c", "field": "rules[0].text",
        "problems": [{ "field": "rules[0].text", "message": "rule 1: text is required" }] } }]);
    let named: Vec<(&str, Value)> = vec![
        ("Error", error),
        (
            "Object",
            json!({ "type": "object", "description": "A JSON object (shape documented in the handler)." }),
        ),
        (
            "Slug",
            json!({ "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$", "maxLength": 64 }),
        ),
        ("Health", answer(json!({ "status": { "const": "ok" } }))),
        (
            "Ready",
            json!({ "type": "object", "required": ["status", "audit"], "properties": {
            "status": { "const": "ready" }, "audit": { "enum": ["intact", "broken"] }, "warning": string() } }),
        ),
        (
            "ApiRoot",
            answer(json!({ "name": string(), "api": string() })),
        ),
        ("SetupStatus", answer(json!({ "needed": b }))),
        (
            "SetupIn",
            input(
                &["token", "org_name", "username", "password"],
                json!({
            "token": string(), "org_name": string(), "org_slug": string(), "username": string(),
            "display_name": string(), "password": string() }),
            ),
        ),
        (
            "LoginIn",
            input(
                &["username", "password"],
                json!({ "username": string(), "password": string() }),
            ),
        ),
        (
            "Session",
            answer(json!({ "username": string(), "csrf_token": string() })),
        ),
        (
            "SignedOut",
            answer(json!({ "signed_out": b, "sso_logout_url": nullable("string") })),
        ),
        (
            "SsoOffer",
            answer(
                json!({ "oidc": { "type": ["object", "null"], "properties": { "label": string(), "start": string() } },
                        "error": { "type": ["string", "null"] } }),
            ),
        ),
        ("OidcSettingsIn", oidc_settings(true)),
        (
            "OidcSettingsOut",
            answer(json!({
                "settings": { "oneOf": [oidc_settings(false), { "type": "null" }] },
                "client_secret_set": b, "redirect_uri": string(), "post_logout_redirect_uri": string()
            })),
        ),
        (
            "OidcTest",
            json_object(
                &["ok"],
                json!({ "ok": b, "error": string(), "authorization_endpoint": string(),
                "token_endpoint": string(), "end_session_endpoint": nullable("string"), "algorithms": strings(), "keys": { "type": "integer" } }),
            ),
        ),
        ("LdapSettingsIn", ldap_settings(true)),
        (
            "LdapSettingsOut",
            answer(json!({
                "settings": { "oneOf": [ldap_settings(false), { "type": "null" }] },
                "bind_password_set": b
            })),
        ),
        (
            "LdapTestIn",
            input(
                &[],
                json!({ "username": { "type": "string", "maxLength": 256 } }),
            ),
        ),
        (
            "LdapTest",
            json_object(
                &["ok"],
                json!({ "ok": b, "error": string(), "dn": nullable("string"), "groups": strings() }),
            ),
        ),
        (
            "MailPrefs",
            json_object(
                &["email", "notifications", "relay"],
                json!({ "email": nullable("string"), "notifications": b, "relay": b }),
            ),
        ),
        (
            "MailPrefsIn",
            input(
                &["notifications"],
                json!({ "email": { "type": ["string", "null"], "maxLength": 254 }, "notifications": b }),
            ),
        ),
        ("MailSettingsIn", mail_settings(true)),
        (
            "MailSettingsOut",
            answer(
                json!({ "settings": { "oneOf": [mail_settings(false), { "type": "null" }] }, "password_set": b,
                        "outbox": json_object(&["queued", "sent", "failed", "last_error"], json!({ "queued": { "type": "integer" },
                            "sent": { "type": "integer" }, "failed": { "type": "integer" }, "last_error": nullable("string") })) }),
            ),
        ),
        (
            "MailTestIn",
            input(
                &["to"],
                json!({ "to": { "type": "string", "maxLength": 254 } }),
            ),
        ),
        (
            "MailTest",
            json_object(&["sent"], json!({ "sent": b, "error": string() })),
        ),
        (
            "ScimError",
            json_object(
                &["schemas", "status"],
                json!({ "schemas": strings(), "status": string(), "scimType": string(), "detail": string() }),
            ),
        ),
        (
            "ScimStatus",
            answer(json!({ "token_set": b, "base_url": string() })),
        ),
        (
            "ScimToken",
            answer(json!({ "token": string(), "base_url": string() })),
        ),
        (
            "SignInPolicy",
            answer(json!({ "sso_only": b, "oidc_enabled": b })),
        ),
        (
            "SignInPolicyIn",
            input(&["sso_only"], json!({ "sso_only": b })),
        ),
        (
            "Me",
            json!({ "type": "object", "required": ["orgs"], "properties": {
            "orgs": { "type": "array", "items": answer(json!({ "slug": string(), "name": string(), "role": string() })) },
            "can_create_orgs": b } }),
        ),
        (
            "PasswordChangeIn",
            input(
                &["current_password", "new_password"],
                json!({ "current_password": string(), "new_password": string() }),
            ),
        ),
        (
            "PasswordChanged",
            answer(json!({ "password_changed": b, "other_sessions_ended": b })),
        ),
        (
            "Sessions",
            list_of(
                "sessions",
                json!({ "type": "object", "required": ["id"], "properties": { "id": id, "created_at": time() } }),
            ),
        ),
        ("Revoked", answer(json!({ "revoked": id }))),
        (
            "InviteAcceptIn",
            input(
                &["token"],
                json!({
            "token": string(), "username": string(), "display_name": string(), "password": string() }),
            ),
        ),
        ("Account", answer(json!({ "id": id, "username": string() }))),
        (
            "InviteJoined",
            answer(json!({ "id": id, "username": string(), "org": string(), "role": string() })),
        ),
        (
            "InstanceSettings",
            answer(json!({ "users_can_create_orgs": b })),
        ),
        (
            "InstanceSettingsIn",
            input(&[], json!({ "users_can_create_orgs": b })),
        ),
        (
            "DeviceCode",
            json!({ "type": "object", "required": ["device_code", "user_code", "verification_uri"], "properties": {
            "device_code": string(), "user_code": string(), "verification_uri": string() } }),
        ),
        (
            "DeviceTokenIn",
            input(&["device_code"], json!({ "device_code": string() })),
        ),
        (
            "DeviceToken",
            json!({ "type": "object", "required": ["status"], "properties": {
            "status": { "enum": ["pending", "approved"] }, "api_key": string(), "org": string() } }),
        ),
        (
            "DeviceApproveIn",
            input(
                &["user_code"],
                json!({ "user_code": string(), "scope": { "type": ["string", "null"], "enum": ["read", "write", "admin", null] } }),
            ),
        ),
        (
            "DeviceApproved",
            answer(json!({ "approved": string(), "scope": string(), "expires_in_days": id })),
        ),
        (
            "PasswordResetIn",
            input(
                &["token", "password"],
                json!({ "token": string(), "password": string() }),
            ),
        ),
        (
            "PasswordReset",
            answer(json!({ "id": id, "password_changed": b })),
        ),
        (
            "OrgIn",
            input(&["name"], json!({ "name": string(), "slug": r("Slug") })),
        ),
        (
            "Org",
            json!({ "type": "object", "required": ["slug", "name"], "properties": { "slug": string(), "name": string(), "role": string() } }),
        ),
        ("SpaceIn", {
            let mut v = input(
                &["name", "visibility"],
                json!({ "name": string(), "slug": r("Slug"),
                "visibility": { "enum": ["open", "restricted", "private"] } }),
            );
            v["examples"] = json!([{ "name": "Backend", "slug": "backend", "visibility": "open" }]);
            v
        }),
        ("Space", space.clone()),
        ("Spaces", list_of("spaces", space)),
        ("SpaceDeleted", answer(json!({ "deleted": string() }))),
        (
            "SpaceMembers",
            answer(
                json!({ "space": string(), "members": { "type": "array", "items": answer(json!({ "id": id, "username": string(), "role": string() })) } }),
            ),
        ),
        ("RoleIn", input(&["role"], json!({ "role": string() }))),
        (
            "SpaceMember",
            answer(json!({ "space": string(), "id": id, "role": string() })),
        ),
        ("Removed", answer(json!({ "removed": id }))),
        (
            "ImportReport",
            answer(json!({ "dry_run": b,
            "artifacts": { "type": "array", "items": answer(json!({ "kind": string(), "slug": string(), "action": string() })) },
            "packages": { "type": "array", "items": answer(json!({ "slug": string(), "action": string() })) } })),
        ),
        ("TemplateCopyIn", input(&[], json!({ "slug": r("Slug") }))),
        ("PackageIn", {
            let mut v = input(
                &["name"],
                json!({ "name": { "type": "string", "minLength": 1, "maxLength": 200 }, "slug": r("Slug"),
                "description": { "type": "string", "maxLength": 20000 },
                "items": { "type": "array", "maxItems": 1000, "items": input(&["kind", "slug"], json!({
                    "kind": { "enum": ["standard", "command", "skill", "subagent", "policy", "standards", "commands", "skills", "subagents", "policies"] }, "slug": string() })) } }),
            );
            v["examples"] = json!([{ "name": "Backend baseline", "slug": "baseline", "description": "What every backend repository gets.",
                "items": [{ "kind": "standard", "slug": "error-handling" }] }]);
            v
        }),
        (
            "Package",
            answer(
                json!({ "slug": string(), "name": string(), "description": string(), "updated_at": time(),
            "items": { "type": "array", "items": slug_item.clone() }, "releases": { "type": "array", "items": release_row },
            "unreleased_changes": { "type": "integer", "minimum": 0, "description": "Artifacts added, changed or removed since the newest release (all of them when there is none)." } }),
            ),
        ),
        (
            "Packages",
            list_of(
                "packages",
                answer(json!({ "slug": string(), "name": string(), "description": string() })),
            ),
        ),
        (
            "ReleaseIn",
            input(
                &[],
                json!({ "version": { "type": "string", "pattern": "^[A-Za-z0-9.+-]{1,64}$" }, "notes": string() }),
            ),
        ),
        (
            "Release",
            answer(
                json!({ "version": string(), "notes": string(), "created_by": string(), "created_at": time(),
            "items": { "type": "array", "items": answer(json!({ "kind": string(), "slug": string(), "version": id, "content": { "type": "object" } })) } }),
            ),
        ),
        ("Proposal", proposal.clone()),
        (
            "Proposals",
            answer(
                json!({ "slug": string(), "proposals": { "type": "array", "items": proposal.clone() } }),
            ),
        ),
        (
            "SpaceProposals",
            answer(
                json!({ "space": string(), "proposals": { "type": "array", "items": proposal } }),
            ),
        ),
        (
            "SpaceProposalDetail",
            json!({ "allOf": [r("Proposal"), answer(json!({ "content": { "type": "object" } }))] }),
        ),
        (
            "Template",
            json!({ "type": "object", "required": ["slug", "name", "tags", "content"], "properties": {
                "slug": string(), "name": string(), "tags": strings(), "content": r("StandardContent") } }),
        ),
        (
            "Secrets",
            json!({ "type": "object", "required": ["secrets"], "properties": { "secrets": { "type": "array" } } }),
        ),
        ("GitConnection", git_connection()),
        ("GitConnections", list_of("connections", git_connection())),
        ("GitTarget", git_target()),
        ("GitTargets", list_of("targets", git_target())),
        ("GitJob", git_job()),
        ("GitJobs", list_of("jobs", git_job())),
        (
            "GitProviders",
            list_of(
                "providers",
                json!({ "type": "object", "required": ["id", "name"], "properties": { "id": string(), "name": string() } }),
            ),
        ),
        (
            "GitTestReport",
            json!({ "type": "object", "required": ["ok"], "properties": { "ok": { "type": "boolean" }, "ms": { "type": "integer" } } }),
        ),
        (
            "GitDistributed",
            json!({ "type": "object", "required": ["batch", "jobs"], "properties": { "jobs": { "type": "array" } } }),
        ),
        (
            "ProposalRejectIn",
            input(
                &["comment"],
                json!({ "comment": { "type": "string", "minLength": 1 } }),
            ),
        ),
        (
            "ProposalAccepted",
            json!({ "type": "object", "required": ["id", "status", "version", "packages_to_release"], "properties": {
            "id": id, "status": { "const": "accepted" }, "version": id, "kind": string(), "slug": string(),
            "packages_to_release": { "type": "array", "description": "Packages holding the artifact whose newest release does not carry the accepted version: accepting does not move `latest`; publish a release.",
                "items": answer(json!({ "slug": string(), "name": string(), "latest_version": nullable("string") })) } } }),
        ),
        (
            "ProposalRejected",
            answer(json!({ "id": id, "status": { "const": "rejected" } })),
        ),
        (
            "ArtifactList",
            answer(
                json!({ "items": { "type": "array", "items": answer(json!({ "slug": string(), "name": string(), "version": id, "updated_at": time() })) },
            "next_after": nullable("string") }),
            ),
        ),
        ("Trashed", answer(json!({ "slug": string(), "trashed": b }))),
        ("Purged", answer(json!({ "slug": string(), "purged": b }))),
        (
            "Versions",
            answer(
                json!({ "slug": string(), "current": id, "versions": { "type": "array", "items": answer(json!({
            "version": id, "author": string(), "created_at": time(), "message": string() })) } }),
            ),
        ),
        (
            "Diff",
            answer(json!({ "slug": string(), "from": id, "to": id, "diff": {} })),
        ),
        (
            "SearchResults",
            answer(
                json!({ "query": string(), "hits": { "type": "array", "items": answer(json!({
            "kind": string(), "space": string(), "slug": string(), "name": string(), "snippet": string(), "rank": { "type": "number" } })) } }),
            ),
        ),
        (
            "PreviewIn",
            json!({ "type": "object", "additionalProperties": false, "required": ["kind", "agents", "content"], "properties": {
            "kind": { "enum": ["standard", "command", "skill", "subagent", "policy"] }, "agents": strings(), "slug": string(),
            "content": { "type": "object", "description": "The artifact body of that kind (StandardIn, CommandIn, SkillIn, SubagentIn or PolicyIn)." } } }),
        ),
        (
            "Preview",
            json!({ "type": "object", "required": ["files", "notes"], "properties": {
            "files": { "type": "array", "items": { "type": "object", "required": ["path"], "properties": { "path": string(), "section": b } } },
            "notes": { "type": "array" } } }),
        ),
        (
            "LintIn",
            json!({ "type": "object", "additionalProperties": false, "required": ["content"], "properties": {
            "content": r("StandardIn"), "slug": string(),
            "rule": { "type": "integer", "minimum": 1 }, "detector": { "type": "integer", "minimum": 1 },
            "code": { "type": "string", "maxLength": 262144, "description": "A snippet to run detector `detector` of rule `rule` on." },
            "path": { "type": "string", "description": "Where the snippet would live (files, ignores and the scope then apply)." } } }),
        ),
        (
            "LintResult",
            json!({ "type": "object", "required": ["detectors"], "properties": {
            "detectors": { "type": "array", "items": r("DetectorValidation") },
            "path": string(), "applies": b, "syntax_errors": b, "suppressed": { "type": "integer" },
            "findings": { "type": "array", "items": answer(json!({ "line": { "type": "integer" }, "column": { "type": "integer" },
                "end_line": { "type": "integer" }, "end_column": { "type": "integer" }, "message": string(), "snippet": string() })) } } }),
        ),
        (
            "DetectorValidation",
            // Like `answer`, but `reason` comes only with a draft.
            json_object(
                &["rule", "detector", "language", "status", "checks"],
                json!({ "rule": { "type": "integer" }, "detector": { "type": "integer" }, "language": string(),
            "status": { "enum": ["active", "draft"] }, "reason": { "type": "string", "description": "Why it is a draft." },
            "checks": { "type": "array", "items": answer(json!({ "example": { "type": "integer" }, "side": { "enum": ["good", "bad"] },
                "passed": b, "lines": { "type": "array", "items": { "type": "integer" } } })) } }),
            ),
        ),
        (
            "Repositories",
            list_of(
                "repositories",
                json!({ "type": "object", "required": ["id", "url", "branch"], "properties": {
            "id": id, "url": string(), "branch": string(), "tracked_since": time(), "installs": { "type": "array" } } }),
            ),
        ),
        (
            "TrackIn",
            input(
                &["url", "branch"],
                json!({ "url": string(), "branch": string() }),
            ),
        ),
        (
            "Repository",
            answer(json!({ "id": id, "url": string(), "branch": string() })),
        ),
        (
            "DistributionIn",
            input(
                &["url", "branch", "packages", "artifacts", "agents"],
                json!({
            "url": string(), "branch": string(), "path": string(), "commit": string(),
            "packages": { "type": "object" }, "artifacts": { "type": "array" }, "agents": strings() }),
            ),
        ),
        ("DistributionRecorded", answer(json!({ "recorded": b }))),
        (
            "LintReportIn",
            input(
                &[
                    "url",
                    "branch",
                    "files_checked",
                    "rules",
                    "findings",
                    "findings_total",
                ],
                json!({
            "url": string(), "branch": string(), "path": string(),
            "commit": { "type": "string", "description": "A full hexadecimal object id, or empty." },
            "files_checked": { "type": "integer", "minimum": 0 },
            "rules": { "type": "array", "maxItems": 2000, "items": input(&["rule", "message", "level", "violations", "suppressed"], json!({
                "rule": string(), "message": string(), "level": { "enum": ["error", "warning", "info"] },
                "violations": { "type": "integer", "minimum": 0 }, "suppressed": { "type": "integer", "minimum": 0 } })) },
            "findings": { "type": "array", "maxItems": 1000, "items": input(&["path", "line", "column", "rule", "level"], json!({
                "path": string(), "line": { "type": "integer", "minimum": 0 }, "column": { "type": "integer", "minimum": 0 },
                "rule": string(), "level": { "enum": ["error", "warning", "info"] } })) },
            "findings_total": { "type": "integer", "minimum": 0, "description": "The rules' violations summed." } }),
            ),
        ),
        (
            "LintReportRecorded",
            json_object(
                &["recorded"],
                json!({ "recorded": b, "id": id, "errors": id, "warnings": id, "infos": id,
                "suppressed": id, "reason": { "type": "string", "description": "Why the run was not kept." } }),
            ),
        ),
        (
            "LintReport",
            json_object(
                &[
                    "id",
                    "url",
                    "branch",
                    "path",
                    "reported_at",
                    "errors",
                    "warnings",
                    "infos",
                    "rules",
                    "findings",
                ],
                json!({ "id": id, "url": string(), "branch": string(), "path": string(), "commit": string(),
                "reported_by": string(), "reported_at": time(), "files_checked": id, "errors": id, "warnings": id,
                "infos": id, "suppressed": id, "findings_total": id,
                "rules": { "type": "array", "items": { "type": "object" } },
                "findings": { "type": "array", "items": { "type": "object" } } }),
            ),
        ),
        (
            "LintOverview",
            json_object(
                &["days", "places", "rules", "series"],
                json!({ "days": id,
                "places": { "type": "array", "items": json_object(&["repository", "url", "branch", "path", "latest", "history"], json!({
                    "repository": id, "url": string(), "branch": string(), "path": string(),
                    "latest": { "type": "object" }, "history": { "type": "array", "items": { "type": "object" } } })) },
                "rules": { "type": "array", "items": json_object(&["rule", "level", "message", "violations", "series"], json!({
                    "rule": string(), "level": string(), "message": string(), "violations": id,
                    "places_violating": id, "places_checked": id,
                    "series": { "type": "array", "items": { "type": "integer" }, "description": "Violations per day, oldest first." } })) },
                "series": { "type": "array", "items": json_object(&["date", "violations"], json!({ "date": string(), "violations": id })) } }),
            ),
        ),
        (
            "GitConnectionIn",
            input(
                &["name", "provider", "base_url", "token"],
                json!({
            "name": string(), "provider": string(), "base_url": string(), "username": string(), "token": string(),
            "max_concurrency": nullable("integer"), "author_name": string(), "author_email": string(),
            "app_id": string(), "installation_id": string() }),
            ),
        ),
        (
            "GitTokenIn",
            input(&["token"], json!({ "token": string() })),
        ),
        ("GitTestIn", input(&["repo"], json!({ "repo": string() }))),
        (
            "GitTargetIn",
            input(
                &["connection", "repo", "branch", "agents"],
                json!({
            "connection": string(), "repo": string(), "branch": string(), "path": string(), "agents": strings(),
            "mode": string(), "packages": strings() }),
            ),
        ),
        (
            "GitPackagesIn",
            input(&["packages"], json!({ "packages": strings() })),
        ),
        (
            "DistributeIn",
            input(
                &[],
                json!({ "targets": { "type": "array", "items": { "type": "integer" } },
            "outdated": b, "package": nullable("string") }),
            ),
        ),
        (
            "RenderSettings",
            answer(
                json!({ "always_on_cap": nullable("integer"), "agents": strings(),
            "agent_catalog": { "type": "array", "items": answer(json!({ "id": string(), "product": string(), "writes": strings() })) } }),
            ),
        ),
        ("ContentPolicy", content_policy()),
        (
            "AiProviders",
            answer(json!({
                "providers": { "type": "array", "items": r("AiProvider") },
                "kinds": { "type": "array", "items": answer(json!({ "id": string(), "label": string(), "key": string(),
                    "default_base_url": string(), "requires": strings() })) },
            })),
        ),
        (
            "AiProvider",
            answer(json!({ "name": string(), "config": { "type": "object" },
                "key": { "type": ["object", "null"] }, "created_at": time() })),
        ),
        (
            "AiProviderIn",
            input(
                &["kind", "model"],
                json!({
                "kind": { "type": "string", "enum": crate::ai::PROVIDERS.iter().map(|k| k.id).collect::<Vec<_>>() },
                "base_url": string(), "model": string(), "headers": { "type": "object" },
                "api_version": string(), "region": string(), "access_key_id": string(),
                "stream": { "type": "boolean" }, "max_output_tokens": { "type": "integer" },
                "timeout_secs": { "type": "integer" }, "max_retries": { "type": "integer" },
                "key": { "type": "string", "writeOnly": true } }),
            ),
        ),
        (
            "AiTestReport",
            answer(
                json!({ "provider": string(), "ok": { "type": "boolean" }, "stages": { "type": "array" } }),
            ),
        ),
        (
            "AiSettings",
            input(
                &[],
                json!({
                "send": { "type": "string", "enum": ["artifact-text", "examples", "user-code"] },
                "monthly_token_budget": nullable("integer"), "defaults": { "type": "object" } }),
            ),
        ),
        (
            "AiSettingsOut",
            answer(json!({
                "send": string(), "monthly_token_budget": nullable("integer"), "defaults": { "type": "object" },
                "used_this_month": { "type": "integer" }, "month": string() })),
        ),
        (
            "AiUsage",
            answer(
                json!({ "month": string(), "used": { "type": "integer" }, "budget": nullable("integer"),
                "rows": { "type": "array", "items": answer(json!({ "user": string(), "feature": string(),
                    "provider": string(), "model": string(), "calls": { "type": "integer" }, "errors": { "type": "integer" },
                    "tokens_in": { "type": "integer" }, "tokens_out": { "type": "integer" } })) } }),
            ),
        ),
        (
            "AiDraftIn",
            input(
                &["source", "text"],
                json!({
                "source": { "type": "string", "enum": ["description", "code", "diff", "documentation"] },
                "text": string(), "language": string(), "provider": string(), "dry_run": { "type": "boolean" } }),
            ),
        ),
        (
            "AiExamplesIn",
            input(
                &["standard", "rule", "language"],
                json!({
                "standard": string(), "rule": { "type": "integer", "minimum": 1 }, "language": string(),
                "provider": string(), "dry_run": { "type": "boolean" } }),
            ),
        ),
        (
            "AiDraft",
            json!({ "type": "object", "description": "A draft (ai_written, draft, findings, usage), or with dry_run the exact payload that would be sent",
                "properties": { "ai_written": { "type": "boolean" }, "draft": { "type": "object" },
                "findings": { "type": "array", "items": r("Finding") }, "usage": { "type": "object" },
                "dry_run": { "type": "boolean" }, "payload": { "type": "object" } } }),
        ),
        (
            "AiCondenseIn",
            input(
                &[],
                json!({ "max_chars": { "type": "integer" }, "provider": string(), "dry_run": { "type": "boolean" } }),
            ),
        ),
        (
            "AiReviewIn",
            input(
                &[],
                json!({ "provider": string(), "dry_run": { "type": "boolean" } }),
            ),
        ),
        (
            "AiDryRun",
            answer(json!({ "dry_run": { "type": "boolean" }, "payload": { "type": "object" } })),
        ),
        (
            "AiCondensed",
            json!({ "type": "object", "required": ["id", "status", "message", "ai_written", "usage"], "properties": {
                "id": { "type": "integer" }, "status": string(), "message": string(),
                "ai_written": { "type": "boolean" }, "usage": { "type": "object" }, "findings": { "type": "array" } } }),
        ),
        ("AiReview", ai_review()),
        (
            "AiReviews",
            answer(json!({ "reviews": { "type": "array", "items": ai_review() } })),
        ),
        (
            "AiExamples",
            json!({ "type": "object", "description": "Suggested examples (ai_written, rule, examples, usage), or with dry_run the exact payload that would be sent",
                "properties": { "ai_written": { "type": "boolean" }, "rule": { "type": "integer" },
                "examples": { "type": "array" }, "usage": { "type": "object" },
                "dry_run": { "type": "boolean" }, "payload": { "type": "object" } } }),
        ),
        (
            "AiDetectorIn",
            input(
                &["standard", "rule", "language"],
                json!({
                "standard": string(), "rule": { "type": "integer", "minimum": 1 },
                "language": { "enum": crate::model::artifact::DETECTOR_LANGUAGES },
                "attempts": { "type": "integer", "minimum": 1, "maximum": 5, "default": 3 },
                "provider": string(), "dry_run": { "type": "boolean" } }),
            ),
        ),
        (
            "AiDetector",
            json!({ "type": "object", "description": "The first generated detector that validates on the rule's examples (null if none did) and every attempt with its YAML, status, reason, checks and usage; or with dry_run the exact payload of the first call",
                "properties": { "ai_written": { "type": "boolean" }, "rule": { "type": "integer" }, "language": { "type": "string" },
                "detector": { "type": ["object", "null"] }, "attempts": { "type": "array" },
                "dry_run": { "type": "boolean" }, "payload": { "type": "object" } } }),
        ),
        (
            "ContentPolicyOut",
            answer(json!({ "policy": content_policy() })),
        ),
        ("Finding", finding()),
        (
            "SpaceFindings",
            answer(json!({
                "policy": content_policy(),
                "counts": answer(json!({ "critical": { "type": "integer" }, "high": { "type": "integer" }, "warning": { "type": "integer" } })),
                "items": { "type": "array", "items": answer(json!({
                    "kind": string(), "slug": string(), "name": string(), "version": { "type": "integer" },
                    "findings": { "type": "array", "items": r("Finding") },
                })) },
            })),
        ),
        ("InstallPolicy", install_policy()),
        ("McpServers", mcp_servers()),
        (
            "InstallPolicyOut",
            answer(json!({ "policy": install_policy() })),
        ),
        (
            "RenderSettingsIn",
            input(
                &[],
                json!({ "always_on_cap": { "type": ["integer", "null"], "minimum": 0 }, "agents": strings() }),
            ),
        ),
        (
            "Members",
            list_of(
                "members",
                answer(
                    json!({ "id": id, "username": string(), "display_name": string(), "role": string(), "disabled": b }),
                ),
            ),
        ),
        ("MemberRole", answer(json!({ "id": id, "role": string() }))),
        ("MemberRemoved", answer(json!({ "id": id, "removed": b }))),
        ("MemberDisabled", answer(json!({ "id": id, "disabled": b }))),
        ("MemberUnlocked", answer(json!({ "id": id, "released": b }))),
        (
            "ResetLink",
            json_object(
                &["token", "url", "expires_at"],
                json!({ "token": string(), "url": string(), "expires_at": time(), "mailed": b, "mail_error": string() }),
            ),
        ),
        (
            "InviteIn",
            input(
                &["role"],
                json!({ "role": { "enum": ["viewer", "member", "admin"] }, "space": string(),
            "expires_in_hours": { "type": "integer", "minimum": 0 }, "username": string(),
            "email": { "type": "string", "maxLength": 254 } }),
            ),
        ),
        (
            "Invite",
            json_object(
                &["token", "url", "role", "expires_at"],
                json!({ "token": string(), "url": string(), "role": string(), "expires_at": time(),
                        "mailed": b, "mail_error": string() }),
            ),
        ),
        (
            "ApiKeys",
            list_of(
                "keys",
                answer(
                    json!({ "id": id, "name": string(), "prefix": string(), "scope": string(),
            "created_at": time(), "expires_at": time_opt(), "last_used_at": time_opt(), "revoked": b,
            "spaces": { "type": ["array", "null"], "items": { "type": "string" } } }),
                ),
            ),
        ),
        ("ApiKeyIn", {
            let mut v = input(
                &["name", "scope"],
                json!({ "name": string(), "scope": { "enum": ["read", "write", "admin"] },
                "expires_in_days": { "type": ["integer", "null"], "minimum": 0 },
                "spaces": { "type": ["array", "null"], "items": { "type": "string" } } }),
            );
            v["examples"] = json!([{ "name": "CI", "scope": "read", "expires_in_days": 90, "spaces": ["default"] }]);
            v
        }),
        (
            "NewApiKey",
            answer(
                json!({ "id": id, "key": string(), "prefix": string(), "scope": string(), "expires_at": time_opt(), "note": string() }),
            ),
        ),
        (
            "Limits",
            list_of(
                "limits",
                answer(json!({ "name": string(), "value": id, "default": id })),
            ),
        ),
        (
            "LimitsIn",
            json!({ "type": "object", "description": "Limit name to a positive integer, or null for the default.",
            "additionalProperties": { "type": ["integer", "null"], "minimum": 1 } }),
        ),
        (
            "Retention",
            answer(
                json!({ "classes": { "type": "array", "items": { "type": "object", "required": ["class", "days"] } }, "legal_hold": {} }),
            ),
        ),
        (
            "RetentionIn",
            json!({ "type": "object", "description": "Class name (or versions.keep) to days, or null to keep forever.",
            "additionalProperties": { "type": ["integer", "null"], "minimum": 1 } }),
        ),
        (
            "EgressTestIn",
            input(
                &["url"],
                json!({ "url": { "type": "string", "maxLength": 2048 } }),
            ),
        ),
        ("SecretIn", input(&["value"], json!({ "value": string() }))),
        (
            "MarkdownIn",
            input(
                &["texts"],
                json!({ "texts": { "type": "array", "maxItems": 1000, "items": string() } }),
            ),
        ),
        (
            "MarkdownTrees",
            list_of("trees", json!({ "type": "array" })),
        ),
        (
            "Templates",
            list_of(
                "items",
                json!({ "type": "object", "required": ["slug", "name"], "properties": { "slug": string(), "name": string(), "tags": strings() } }),
            ),
        ),
        (
            "AuditEvents",
            list_of("events", json!({ "type": "object" })),
        ),
        (
            "AuditVerify",
            json!({ "type": "object", "required": ["status"], "properties": { "status": { "enum": ["intact", "broken"] } } }),
        ),
        (
            "OAuthConsentIn",
            input(
                &[
                    "client_id",
                    "redirect_uri",
                    "code_challenge",
                    "org",
                    "approve",
                ],
                json!({
            "client_id": string(), "redirect_uri": string(), "code_challenge": string(), "state": string(), "scope": string(),
            "org": string(), "approve": b }),
            ),
        ),
        (
            "OAuthRegisterIn",
            json!({ "type": "object", "required": ["redirect_uris"], "properties": {
            "redirect_uris": strings(), "client_name": string(), "token_endpoint_auth_method": string(),
            "grant_types": strings(), "response_types": strings() } }),
        ),
    ];
    for (name, v) in named {
        s.insert(name.to_string(), v);
    }
    artifact_schemas(&mut s);
    let proposals: Vec<Value> = KINDS
        .iter()
        .map(|(_, _, n)| r(&format!("{n}ProposalIn")))
        .collect();
    s.insert("NewProposalIn".into(), json!({ "oneOf": proposals }));
    s.insert(
        "NewProposalAcceptIn".into(),
        input(&[], json!({ "resolution": { "type": "object", "description": "The content to accept instead, of the proposal's kind." }, "comment": string() })),
    );
    s
}
