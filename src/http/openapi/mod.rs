//! The OpenAPI 3.1 description of the API, built from the route table itself so it cannot
//! drift from what the server answers: every path, method, path parameter and the permission
//! each route needs (`x-rulebook-need`) come from `http::router::ROUTES`; what each operation
//! takes and answers comes from `ops.rs` (one row per route) and `schemas.rs` (the named
//! wire shapes). The `{kind}` routes become one path per kind, since the kinds' bodies differ.
//!
//! A unit test below fails when a route has no row; the schemathesis contract test
//! (`tests/it/openapi_contract.rs`) checks the real server's answers against the schemas.

mod ops;
mod schemas;

use serde_json::{Map, Value, json};

use crate::http::router::{ROUTES, Route};
use crate::model::access::Need;
use ops::{Body, OPS, Op, Res};
use schemas::KINDS;

fn need_name(need: Need) -> String {
    match need {
        Need::Public => "public".into(),
        Need::Authenticated => "authenticated".into(),
        Need::Org(role) => format!("org:{}", role.as_str()),
        Need::InstanceAdmin => "instance-admin".into(),
        Need::Monitoring => "monitoring".into(),
    }
}

/// The operation row of a route, if any.
fn op_for(route: &Route) -> Option<&'static Op> {
    OPS.iter()
        .find(|o| o.method == route.method && o.pattern == route.pattern)
}

/// One kind's names for a `{kind}` template: (path segment, singular, schema prefix).
type KindNames = (&'static str, &'static str, &'static str);

/// Fills a template with a kind's names (`{Kinds}`, `{Kind}`, `{kinds}`, `{kind}`).
fn fill(text: &str, kind: Option<KindNames>) -> String {
    match kind {
        None => text.to_string(),
        Some((seg, one, name)) => {
            let plural = format!("{}{}", &name[..1], &seg[1..]);
            text.replace("{Kinds}", &plural)
                .replace("{Kind}", name)
                .replace("{kinds}", seg)
                .replace("{kind}", one)
        }
    }
}

fn schema_ref(name: &str, kind: Option<KindNames>) -> Value {
    json!({ "$ref": format!("#/components/schemas/{}", fill(name, kind)) })
}

/// An example for a path parameter, matching the sample content the documentation uses.
fn path_example(name: &str, kind: Option<KindNames>) -> Option<Value> {
    Some(match name {
        "org" => json!("acme"),
        "space" => json!("default"),
        "package" => json!("baseline"),
        "release" => json!("latest"),
        "n" => json!(1),
        "template" => json!("rust-error-handling"),
        "slug" => json!(match kind {
            Some((_, "standard", _)) | None => "error-handling",
            Some((_, "command", _)) => "review",
            Some((_, "skill", _)) => "pdf-tools",
            Some(_) => "reviewer",
        }),
        _ => return None,
    })
}

fn path_params(pattern: &str, kind: Option<KindNames>) -> Vec<Value> {
    pattern
        .split('/')
        .filter_map(|seg| seg.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
        .filter(|name| *name != "kind")
        .map(|name| {
            let ty = if matches!(name, "id" | "n" | "proposal") {
                "integer"
            } else {
                "string"
            };
            let mut p =
                json!({ "name": name, "in": "path", "required": true, "schema": { "type": ty } });
            if let Some(e) = path_example(name, kind) {
                p["example"] = e;
            }
            p
        })
        .collect()
}

fn request_body(body: &Body, kind: Option<KindNames>) -> Option<Value> {
    let binary = json!({ "schema": { "type": "string", "format": "binary" } });
    Some(match body {
        Body::No => return None,
        Body::Json(name) | Body::OptJson(name) => json!({
            "required": matches!(body, Body::Json(_)),
            "content": { "application/json": { "schema": schema_ref(name, kind) } },
        }),
        Body::Archive => json!({
            "required": true,
            "description": "A zip, tar or tar.gz archive (any Content-Type: the bytes tell the format).",
            "content": { "application/octet-stream": binary },
        }),
        Body::Form => json!({
            "required": true,
            "content": { "application/x-www-form-urlencoded": { "schema": { "type": "object", "properties": {
                "grant_type": { "type": "string" }, "code": { "type": "string" }, "redirect_uri": { "type": "string" },
                "client_id": { "type": "string" }, "code_verifier": { "type": "string" } } } } },
        }),
    })
}

fn response(res: &Res, kind: Option<KindNames>) -> Value {
    match res {
        Res::J(name) => json!({ "description": "success",
            "content": { "application/json": { "schema": schema_ref(name, kind) } } }),
        Res::Empty => json!({ "description": "done (no body)" }),
        Res::Zip => json!({ "description": "a zip archive",
            "content": { "application/zip": { "schema": { "type": "string", "format": "binary" } } } }),
        Res::Text => json!({ "description": "Prometheus text format",
            "content": { "text/plain": { "schema": { "type": "string" } } } }),
        Res::Redirect => json!({ "description": "redirect",
            "headers": { "Location": { "schema": { "type": "string" } } } }),
    }
}

/// `application/json` content moved to `application/scim+json`.
fn scim_content(mut v: Value) -> Value {
    if let Some(schema) = v
        .get_mut("content")
        .and_then(|c| c.as_object_mut())
        .and_then(|c| c.remove("application/json"))
    {
        v["content"]["application/scim+json"] = schema;
    }
    v
}

fn operation(route: &Route, op: &Op, kind: Option<KindNames>) -> Value {
    let mut params = path_params(route.pattern, kind);
    for p in op.params {
        let mut schema = json!({ "type": p.ty });
        if p.name == "If-Match" {
            // The ETag of the version edited, as a GET answers it.
            schema["pattern"] = json!("^\"v[0-9]{1,9}\"$");
            schema["examples"] = json!(["\"v1\""]);
        }
        params
            .push(json!({ "name": p.name, "in": p.at, "required": p.required, "schema": schema }));
    }
    let security = match route.need {
        Need::Public => json!([]),
        Need::Monitoring => json!([{}, { "session": [] }, { "bearer": [] }]),
        _ if route.session_only => json!([{ "session": [] }]),
        _ => json!([{ "session": [] }, { "bearer": [] }]),
    };
    // OAuth protocol endpoints answer RFC 6749 errors; everything else the one Error shape.
    let error = if route.pattern.starts_with("/oauth/") {
        json!({ "anyOf": [{ "$ref": "#/components/schemas/Error" }, { "$ref": "#/components/schemas/OAuthError" }] })
    } else {
        json!({ "$ref": "#/components/schemas/Error" })
    };
    // SCIM (RFC 7644) answers and takes application/scim+json, errors in its own shape.
    let scim = route.pattern.starts_with("/scim/");
    let mut responses = Map::new();
    for (status, res) in op.ok {
        let mut r = response(res, kind);
        if scim {
            r = scim_content(r);
        }
        responses.insert(status.to_string(), r);
    }
    // The listener refuses an oversized request head before any route runs: no body.
    responses.insert(
        "431".into(),
        json!({ "description": "request line or headers too large (refused before routing, no body)" }),
    );
    responses.insert(
        "4XX".into(),
        if scim {
            json!({ "description": "refused: a SCIM error (RFC 7644 §3.12), or the one Error shape for a malformed Authorization header",
                    "content": { "application/scim+json": { "schema": { "$ref": "#/components/schemas/ScimError" } },
                                 "application/json": { "schema": error } } })
        } else {
            json!({ "description": "refused: see error.code and error.message",
                    "content": { "application/json": { "schema": error } } })
        },
    );
    let mut v = json!({
        "operationId": fill(op.id, kind),
        "summary": fill(op.summary, kind),
        "parameters": params,
        "security": security,
        "x-rulebook-need": need_name(route.need),
        "responses": responses,
    });
    if let Some(b) = request_body(&op.body, kind) {
        v["requestBody"] = if scim { scim_content(b) } else { b };
    }
    if scim {
        v["security"] = json!([{ "scim": [] }]);
    }
    if route.session_only {
        v["description"] = json!("Only a browser session may call this, not an API key.");
    }
    v
}

/// The document.
pub fn document() -> Value {
    let mut paths = Map::new();
    for r in ROUTES {
        let Some(op) = op_for(r) else {
            continue; // the unit test below makes this unreachable
        };
        let kinds: Vec<Option<KindNames>> = if r.pattern.contains("{kind}") {
            KINDS.iter().copied().map(Some).collect()
        } else {
            vec![None]
        };
        for kind in kinds {
            let path = match kind {
                Some((seg, _, _)) => r.pattern.replace("{kind}", seg),
                None => r.pattern.to_string(),
            };
            let entry = paths.entry(path).or_insert_with(|| json!({}));
            entry[r.method.to_ascii_lowercase()] = operation(r, op, kind);
        }
    }
    let mut schemas = schemas::all();
    schemas.insert(
        "OAuthError".into(),
        json!({ "type": "object", "required": ["error"], "properties": {
            "error": { "type": "string" }, "error_description": { "type": "string" } } }),
    );
    json!({
        "openapi": "3.1.0",
        "info": { "title": "Rulebook API", "version": crate::version::VERSION,
                  "description": "Every operation answers errors as {\"error\": {\"code\", \"message\", \"request_id\"}}; validation errors add the invalid field's path (field) and every problem (problems)." },
        "paths": paths,
        "components": {
            "securitySchemes": {
                "session": { "type": "apiKey", "in": "cookie", "name": "rb_session",
                             "description": "Browser session; state changes also need X-CSRF-Token." },
                "bearer": { "type": "http", "scheme": "bearer", "description": "API key (rbk_...)." },
                "scim": { "type": "http", "scheme": "bearer", "description": "The SCIM token (rbscim_...) an instance administrator minted." }
            },
            "schemas": schemas,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_has_one_operation_and_every_operation_a_route() {
        for r in ROUTES {
            let n = OPS
                .iter()
                .filter(|o| o.method == r.method && o.pattern == r.pattern)
                .count();
            assert_eq!(
                n, 1,
                "{} {} needs exactly one row in openapi/ops.rs",
                r.method, r.pattern
            );
        }
        for o in OPS {
            assert!(
                ROUTES
                    .iter()
                    .any(|r| r.method == o.method && r.pattern == o.pattern),
                "{} {} in openapi/ops.rs is not a route",
                o.method,
                o.pattern
            );
        }
    }

    #[test]
    fn operation_ids_are_unique_camel_case_and_refs_resolve() {
        let doc = document();
        let mut ids = std::collections::BTreeSet::new();
        for (path, item) in doc["paths"].as_object().unwrap() {
            for (method, op) in item.as_object().unwrap() {
                let id = op["operationId"].as_str().unwrap().to_string();
                assert!(
                    id.chars().next().unwrap().is_ascii_lowercase()
                        && id.chars().all(|c| c.is_ascii_alphanumeric()),
                    "{method} {path}: {id:?} is not camelCase"
                );
                assert!(ids.insert(id.clone()), "operationId {id} twice");
                assert!(!op["summary"].as_str().unwrap().is_empty());
                assert!(!path.contains("{kind}"), "{path}");
            }
        }
        // Every $ref names a schema that exists.
        let text = doc.to_string();
        let schemas = doc["components"]["schemas"].as_object().unwrap();
        for part in text.split("#/components/schemas/").skip(1) {
            let name: String = part.chars().take_while(|c| *c != '"').collect();
            assert!(schemas.contains_key(&name), "missing schema {name}");
        }
        assert_eq!(
            doc["paths"]["/api/v1/orgs/{org}/spaces/{space}/standards"]["post"]["operationId"],
            "createStandard"
        );
        assert_eq!(
            doc["paths"]["/api/v1/orgs/{org}/spaces/{space}/subagents/{slug}/versions"]["get"]["operationId"],
            "listSubagentVersions"
        );
    }
}
