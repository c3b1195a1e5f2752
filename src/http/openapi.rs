//! The OpenAPI 3.1 description of the API, generated from the route table itself so it
//! cannot drift from what the server answers: every path, method, path parameter and the
//! permission each route needs (`x-rulebook-need`).

use serde_json::{Map, Value, json};

use crate::http::router::ROUTES;
use crate::model::access::Need;

fn need_name(need: Need) -> String {
    match need {
        Need::Public => "public".into(),
        Need::Authenticated => "authenticated".into(),
        Need::Org(role) => format!("org:{}", role.as_str()),
        Need::InstanceAdmin => "instance-admin".into(),
        Need::Monitoring => "monitoring".into(),
    }
}

/// The document.
pub fn document() -> Value {
    let mut paths = Map::new();
    for r in ROUTES {
        let params: Vec<Value> = r
            .pattern
            .split('/')
            .filter_map(|seg| seg.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
            .map(|name| json!({ "name": name, "in": "path", "required": true, "schema": { "type": "string" } }))
            .collect();
        let security = match r.need {
            Need::Public => json!([]),
            Need::Monitoring => json!([{}, { "session": [] }, { "bearer": [] }]),
            _ if r.session_only => json!([{ "session": [] }]),
            _ => json!([{ "session": [] }, { "bearer": [] }]),
        };
        let mut op = json!({
            "operationId": format!("{} {}", r.method, r.pattern),
            "parameters": params,
            "security": security,
            "x-rulebook-need": need_name(r.need),
            "responses": {
                "200": { "description": "success" },
                "4XX": { "description": "error", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } }
            }
        });
        if matches!(r.method, "POST" | "PUT") {
            op["requestBody"] = json!({ "required": false, "content": { "application/json": { "schema": { "type": "object" } } } });
        }
        let entry = paths
            .entry(r.pattern.to_string())
            .or_insert_with(|| json!({}));
        entry[r.method.to_ascii_lowercase()] = op;
    }
    json!({
        "openapi": "3.1.0",
        "info": { "title": "Rulebook API", "version": crate::version::VERSION },
        "paths": paths,
        "components": {
            "securitySchemes": {
                "session": { "type": "apiKey", "in": "cookie", "name": "rb_session",
                             "description": "Browser session; state changes also need X-CSRF-Token." },
                "bearer": { "type": "http", "scheme": "bearer", "description": "API key (rbk_...)." }
            },
            "schemas": {
                "Error": {
                    "type": "object",
                    "required": ["error"],
                    "properties": { "error": { "type": "object", "required": ["code", "message", "request_id"],
                        "properties": { "code": { "type": "string" }, "message": { "type": "string" }, "request_id": { "type": "string" } } } }
                }
            }
        }
    })
}
