//! The OpenAI Chat Completions API (`POST {base}/chat/completions`, `GET {base}/models`), and
//! every server that speaks it: vLLM, Ollama, llama.cpp's server, LM Studio, LiteLLM, TGI.
//! The base URL is the API root including its version (`http://gpu01:8000/v1`), as in the
//! OpenAI SDKs. Streams ask for `stream_options.include_usage` so the last chunk carries the
//! token counts; a server that sends none gets estimated counts.

use serde_json::{Value, json};

use super::{
    AiError, ChatRequest, Credential, Endpoint, HttpRequest, KeyNeed, Kind, Reply, join, json_body,
    short_message, sse,
};

/// Any OpenAI-compatible server; the key is optional (many local servers need none).
pub const COMPATIBLE: Kind = Kind {
    id: "openai-compatible",
    label: "OpenAI-compatible (vLLM, Ollama, llama.cpp, LM Studio, LiteLLM, TGI)",
    key: KeyNeed::Optional,
    default_base: "",
    requires: &[],
    chat: |e, c, r| Ok(chat_request(e, c, r, "max_tokens")),
    reply,
    models: Some(models_request),
    parse_models,
    error_message,
};

/// OpenAI itself.
pub const OPENAI: Kind = Kind {
    id: "openai",
    label: "OpenAI",
    key: KeyNeed::Required,
    default_base: "https://api.openai.com/v1",
    requires: &[],
    chat: |e, c, r| Ok(chat_request(e, c, r, "max_completion_tokens")),
    reply,
    models: Some(models_request),
    parse_models,
    error_message,
};

/// The body every Chat Completions server takes; `max_field` is the output cap's name.
pub(crate) fn chat_body(model: Option<&str>, r: &ChatRequest, max_field: &str) -> Value {
    let mut messages = vec![json!({ "role": "system", "content": r.system })];
    messages.extend(
        r.messages
            .iter()
            .map(|(role, text)| json!({ "role": role.as_str(), "content": text })),
    );
    let mut body = json!({ "messages": messages, "stream": r.stream });
    body[max_field] = json!(r.max_tokens);
    if let Some(m) = model {
        body["model"] = json!(m);
    }
    if r.stream {
        body["stream_options"] = json!({ "include_usage": true });
    }
    body
}

fn chat_request(e: &Endpoint, c: &Credential<'_>, r: &ChatRequest, max: &str) -> HttpRequest {
    let mut headers = vec![("Content-Type".to_string(), "application/json".to_string())];
    if let Some(k) = c.key {
        headers.push(("Authorization".into(), format!("Bearer {k}")));
    }
    if r.stream {
        headers.push(("Accept".into(), "text/event-stream".into()));
    }
    headers.extend(e.headers.iter().cloned());
    HttpRequest {
        method: "POST",
        url: join(&e.base_url, "/chat/completions"),
        headers,
        body: Some(chat_body(Some(&e.model), r, max).to_string().into_bytes()),
    }
}

fn models_request(e: &Endpoint, c: &Credential<'_>) -> Result<HttpRequest, AiError> {
    let mut headers = Vec::new();
    if let Some(k) = c.key {
        headers.push(("Authorization".into(), format!("Bearer {k}")));
    }
    headers.extend(e.headers.iter().cloned());
    Ok(HttpRequest {
        method: "GET",
        url: join(&e.base_url, "/models"),
        headers,
        body: None,
    })
}

fn parse_models(body: &[u8]) -> Result<Vec<String>, AiError> {
    let v = json_body(body, "the model list")?;
    let data = v["data"]
        .as_array()
        .ok_or_else(|| AiError::BadResponse("the model list has no `data` array".into()))?;
    Ok(data
        .iter()
        .filter_map(|m| m["id"].as_str().map(str::to_string))
        .collect())
}

pub(crate) fn error_message(body: &[u8]) -> Option<String> {
    short_message(&serde_json::from_slice(body).ok()?)
}

fn usage(v: &Value, r: &mut Reply) {
    if let (Some(i), Some(o)) = (
        v["usage"]["prompt_tokens"].as_u64(),
        v["usage"]["completion_tokens"].as_u64(),
    ) {
        r.tokens_in = i;
        r.tokens_out = o;
    }
}

/// Parses a Chat Completions answer, whole or streamed.
pub(crate) fn reply(body: &[u8], streamed: bool) -> Result<Reply, AiError> {
    let mut out = Reply::default();
    if !streamed {
        let v = json_body(body, "the provider")?;
        let choice = &v["choices"][0];
        out.text = choice["message"]["content"]
            .as_str()
            .ok_or_else(|| AiError::BadResponse("no choices[0].message.content".into()))?
            .to_string();
        out.finish = choice["finish_reason"].as_str().unwrap_or_default().into();
        usage(&v, &mut out);
        return Ok(out);
    }
    let mut done = false;
    for ev in sse::events(body) {
        if ev.data.trim() == "[DONE]" {
            done = true;
            break;
        }
        let v: Value = serde_json::from_str(&ev.data)
            .map_err(|_| AiError::BadResponse("a stream event is not JSON".into()))?;
        if v.get("error").is_some() {
            return Err(AiError::Provider(
                200,
                short_message(&v).unwrap_or_default(),
            ));
        }
        if let Some(t) = v["choices"][0]["delta"]["content"].as_str() {
            out.text.push_str(t);
        }
        if let Some(f) = v["choices"][0]["finish_reason"].as_str() {
            out.finish = f.to_string();
        }
        usage(&v, &mut out);
    }
    if !done && out.finish.is_empty() {
        return Err(AiError::BadResponse(
            "the stream ended before the provider finished (truncated)".into(),
        ));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ai::Role;

    fn req(stream: bool) -> ChatRequest {
        ChatRequest {
            system: "sys".into(),
            messages: vec![(Role::User, "hi".into())],
            max_tokens: 64,
            stream,
        }
    }

    #[test]
    fn request_shape() {
        let e = Endpoint {
            base_url: "http://gpu01:8000/v1/".into(),
            model: "qwen".into(),
            headers: vec![("X-Team".into(), "a".into())],
            ..Endpoint::default()
        };
        let c = Credential {
            key: Some("k"),
            now: 0,
        };
        let h = (COMPATIBLE.chat)(&e, &c, &req(true)).unwrap();
        assert_eq!(h.url, "http://gpu01:8000/v1/chat/completions");
        assert!(
            h.headers
                .contains(&("Authorization".into(), "Bearer k".into()))
        );
        assert!(h.headers.contains(&("X-Team".into(), "a".into())));
        let b: Value = serde_json::from_slice(h.body.as_deref().unwrap()).unwrap();
        assert_eq!(b["messages"][0]["role"], "system");
        assert_eq!(b["messages"][1]["content"], "hi");
        assert_eq!(b["max_tokens"], 64);
        assert_eq!(b["stream_options"]["include_usage"], true);
        let h = (OPENAI.chat)(&e, &Credential { key: None, now: 0 }, &req(false)).unwrap();
        let b: Value = serde_json::from_slice(h.body.as_deref().unwrap()).unwrap();
        assert_eq!(b["max_completion_tokens"], 64);
        assert!(!h.headers.iter().any(|(k, _)| k == "Authorization"));
    }

    #[test]
    fn parses_whole_and_streamed_answers() {
        let whole = br#"{"choices":[{"message":{"role":"assistant","content":"hey"},"finish_reason":"stop"}],"usage":{"prompt_tokens":5,"completion_tokens":1}}"#;
        let r = reply(whole, false).unwrap();
        assert_eq!((r.text.as_str(), r.tokens_in, r.tokens_out), ("hey", 5, 1));
        let stream = b"data: {\"choices\":[{\"delta\":{\"content\":\"he\"}}]}\n\ndata: {\"choices\":[{\"delta\":{\"content\":\"y\"},\"finish_reason\":\"stop\"}]}\n\ndata: {\"choices\":[],\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":2}}\n\ndata: [DONE]\n\n";
        let r = reply(stream, true).unwrap();
        assert_eq!((r.text.as_str(), r.tokens_out), ("hey", 2));
        let cut = b"data: {\"choices\":[{\"delta\":{\"content\":\"he\"}}]}\n\n";
        assert!(matches!(reply(cut, true), Err(AiError::BadResponse(_))));
        assert!(matches!(
            reply(b"<html>", false),
            Err(AiError::BadResponse(_))
        ));
        assert!(matches!(reply(b"{}", false), Err(AiError::BadResponse(_))));
        let err = b"data: {\"error\":{\"message\":\"overloaded\"}}\n\n";
        assert_eq!(
            reply(err, true),
            Err(AiError::Provider(200, "overloaded".into()))
        );
        assert_eq!(
            parse_models(br#"{"data":[{"id":"a"},{"id":"b"}]}"#).unwrap(),
            ["a", "b"]
        );
    }
}
