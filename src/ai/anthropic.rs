//! Anthropic's Messages API (`POST {base}/v1/messages`, `GET {base}/v1/models`), with the
//! `x-api-key` and `anthropic-version: 2023-06-01` headers; streams are server-sent events
//! ending in `message_stop`.

use serde_json::{Value, json};

use super::{
    AiError, ChatRequest, Credential, Endpoint, HttpRequest, KeyNeed, Kind, Reply, join, json_body,
    short_message, sse,
};

pub const ANTHROPIC: Kind = Kind {
    id: "anthropic",
    label: "Anthropic Messages",
    key: KeyNeed::Required,
    default_base: "https://api.anthropic.com",
    requires: &[],
    chat,
    reply,
    models: Some(models),
    parse_models,
    error_message: |b| short_message(&serde_json::from_slice(b).ok()?),
};

const VERSION: &str = "2023-06-01";

fn headers(e: &Endpoint, c: &Credential<'_>) -> Vec<(String, String)> {
    let mut h = vec![("anthropic-version".to_string(), VERSION.to_string())];
    if let Some(k) = c.key {
        h.push(("x-api-key".into(), k.to_string()));
    }
    h.extend(e.headers.iter().cloned());
    h
}

fn chat(e: &Endpoint, c: &Credential<'_>, r: &ChatRequest) -> Result<HttpRequest, AiError> {
    let messages: Vec<Value> = r
        .messages
        .iter()
        .map(|(role, text)| json!({ "role": role.as_str(), "content": text }))
        .collect();
    let body = json!({
        "model": e.model, "max_tokens": r.max_tokens, "system": r.system,
        "messages": messages, "stream": r.stream,
    });
    let mut h = headers(e, c);
    h.push(("Content-Type".into(), "application/json".into()));
    Ok(HttpRequest {
        method: "POST",
        url: join(&e.base_url, "/v1/messages"),
        headers: h,
        body: Some(body.to_string().into_bytes()),
    })
}

fn models(e: &Endpoint, c: &Credential<'_>) -> Result<HttpRequest, AiError> {
    Ok(HttpRequest {
        method: "GET",
        url: join(&e.base_url, "/v1/models"),
        headers: headers(e, c),
        body: None,
    })
}

fn parse_models(body: &[u8]) -> Result<Vec<String>, AiError> {
    let v = json_body(body, "the model list")?;
    Ok(v["data"]
        .as_array()
        .ok_or_else(|| AiError::BadResponse("the model list has no `data` array".into()))?
        .iter()
        .filter_map(|m| m["id"].as_str().map(str::to_string))
        .collect())
}

fn reply(body: &[u8], streamed: bool) -> Result<Reply, AiError> {
    let mut out = Reply::default();
    if !streamed {
        let v = json_body(body, "the provider")?;
        let blocks = v["content"]
            .as_array()
            .ok_or_else(|| AiError::BadResponse("no `content` array".into()))?;
        for b in blocks {
            if let Some(t) = b["text"].as_str() {
                out.text.push_str(t);
            }
        }
        out.finish = v["stop_reason"].as_str().unwrap_or_default().into();
        out.tokens_in = v["usage"]["input_tokens"].as_u64().unwrap_or(0);
        out.tokens_out = v["usage"]["output_tokens"].as_u64().unwrap_or(0);
        return Ok(out);
    }
    let mut stopped = false;
    for ev in sse::events(body) {
        let v: Value = serde_json::from_str(&ev.data)
            .map_err(|_| AiError::BadResponse("a stream event is not JSON".into()))?;
        match v["type"].as_str().unwrap_or(ev.name.as_str()) {
            "message_start" => {
                out.tokens_in = v["message"]["usage"]["input_tokens"].as_u64().unwrap_or(0);
            }
            "content_block_delta" => {
                if let Some(t) = v["delta"]["text"].as_str() {
                    out.text.push_str(t);
                }
            }
            "message_delta" => {
                if let Some(s) = v["delta"]["stop_reason"].as_str() {
                    out.finish = s.to_string();
                }
                if let Some(n) = v["usage"]["output_tokens"].as_u64() {
                    out.tokens_out = n;
                }
            }
            "message_stop" => stopped = true,
            "error" => {
                return Err(AiError::Provider(
                    200,
                    short_message(&v).unwrap_or_default(),
                ));
            }
            _ => {}
        }
    }
    if !stopped {
        return Err(AiError::BadResponse(
            "the stream ended before message_stop (truncated)".into(),
        ));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ai::Role;

    #[test]
    fn request_and_answers() {
        let e = Endpoint {
            base_url: ANTHROPIC.default_base.into(),
            model: "claude".into(),
            ..Endpoint::default()
        };
        let r = ChatRequest {
            system: "s".into(),
            messages: vec![(Role::User, "u".into())],
            max_tokens: 9,
            stream: true,
        };
        let h = chat(
            &e,
            &Credential {
                key: Some("k"),
                now: 0,
            },
            &r,
        )
        .unwrap();
        assert_eq!(h.url, "https://api.anthropic.com/v1/messages");
        assert!(h.headers.contains(&("x-api-key".into(), "k".into())));
        let b: Value = serde_json::from_slice(h.body.as_deref().unwrap()).unwrap();
        assert_eq!(b["system"], "s");
        assert_eq!(b["messages"][0]["role"], "user");
        let whole = br#"{"content":[{"type":"text","text":"hi"}],"stop_reason":"end_turn","usage":{"input_tokens":3,"output_tokens":1}}"#;
        let a = reply(whole, false).unwrap();
        assert_eq!((a.text.as_str(), a.tokens_in, a.tokens_out), ("hi", 3, 1));
        let s = b"event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"usage\":{\"input_tokens\":3}}}\n\nevent: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"delta\":{\"type\":\"text_delta\",\"text\":\"hi\"}}\n\nevent: message_delta\ndata: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\"},\"usage\":{\"output_tokens\":1}}\n\n";
        assert!(matches!(reply(s, true), Err(AiError::BadResponse(_))));
        let mut full = s.to_vec();
        full.extend_from_slice(b"event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n");
        assert_eq!(reply(&full, true).unwrap(), a);
    }
}
