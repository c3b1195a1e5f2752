//! Google Gemini's `generateContent` (`POST {base}/v1beta/models/{model}:generateContent`,
//! streamed as `:streamGenerateContent?alt=sse`), with the key in `x-goog-api-key`, never in
//! the URL. A stream is complete when a candidate reports its `finishReason`.

use serde_json::{Value, json};

use super::{
    AiError, ChatRequest, Credential, Endpoint, HttpRequest, KeyNeed, Kind, Reply, Role,
    encode_segment, join, json_body, short_message, sse,
};

pub const GEMINI: Kind = Kind {
    id: "gemini",
    label: "Google Gemini",
    key: KeyNeed::Required,
    default_base: "https://generativelanguage.googleapis.com",
    requires: &[],
    chat,
    reply,
    models: Some(models),
    parse_models,
    error_message: |b| short_message(&serde_json::from_slice(b).ok()?),
};

fn headers(e: &Endpoint, c: &Credential<'_>) -> Vec<(String, String)> {
    let mut h = Vec::new();
    if let Some(k) = c.key {
        h.push(("x-goog-api-key".to_string(), k.to_string()));
    }
    h.extend(e.headers.iter().cloned());
    h
}

fn chat(e: &Endpoint, c: &Credential<'_>, r: &ChatRequest) -> Result<HttpRequest, AiError> {
    let contents: Vec<Value> = r
        .messages
        .iter()
        .map(|(role, text)| {
            let role = match role {
                Role::User => "user",
                Role::Assistant => "model",
            };
            json!({ "role": role, "parts": [{ "text": text }] })
        })
        .collect();
    let body = json!({
        "systemInstruction": { "parts": [{ "text": r.system }] },
        "contents": contents,
        "generationConfig": { "maxOutputTokens": r.max_tokens },
    });
    let model = encode_segment(&e.model);
    let path = if r.stream {
        format!("/v1beta/models/{model}:streamGenerateContent?alt=sse")
    } else {
        format!("/v1beta/models/{model}:generateContent")
    };
    let mut h = headers(e, c);
    h.push(("Content-Type".into(), "application/json".into()));
    Ok(HttpRequest {
        method: "POST",
        url: join(&e.base_url, &path),
        headers: h,
        body: Some(body.to_string().into_bytes()),
    })
}

fn models(e: &Endpoint, c: &Credential<'_>) -> Result<HttpRequest, AiError> {
    Ok(HttpRequest {
        method: "GET",
        url: join(&e.base_url, "/v1beta/models"),
        headers: headers(e, c),
        body: None,
    })
}

fn parse_models(body: &[u8]) -> Result<Vec<String>, AiError> {
    let v = json_body(body, "the model list")?;
    Ok(v["models"]
        .as_array()
        .ok_or_else(|| AiError::BadResponse("the model list has no `models` array".into()))?
        .iter()
        .filter_map(|m| m["name"].as_str())
        .map(|n| n.strip_prefix("models/").unwrap_or(n).to_string())
        .collect())
}

fn absorb(v: &Value, out: &mut Reply) {
    let cand = &v["candidates"][0];
    if let Some(parts) = cand["content"]["parts"].as_array() {
        for p in parts {
            if let Some(t) = p["text"].as_str() {
                out.text.push_str(t);
            }
        }
    }
    if let Some(f) = cand["finishReason"].as_str() {
        out.finish = f.to_string();
    }
    if let Some(n) = v["usageMetadata"]["promptTokenCount"].as_u64() {
        out.tokens_in = n;
    }
    if let Some(n) = v["usageMetadata"]["candidatesTokenCount"].as_u64() {
        out.tokens_out = n;
    }
}

fn reply(body: &[u8], streamed: bool) -> Result<Reply, AiError> {
    let mut out = Reply::default();
    if !streamed {
        let v = json_body(body, "the provider")?;
        if v["candidates"].as_array().is_none_or(Vec::is_empty) {
            return Err(AiError::BadResponse(
                "no candidates (the prompt may have been blocked)".into(),
            ));
        }
        absorb(&v, &mut out);
        return Ok(out);
    }
    for ev in sse::events(body) {
        let v: Value = serde_json::from_str(&ev.data)
            .map_err(|_| AiError::BadResponse("a stream event is not JSON".into()))?;
        if v.get("error").is_some() {
            return Err(AiError::Provider(
                200,
                short_message(&v).unwrap_or_default(),
            ));
        }
        absorb(&v, &mut out);
    }
    if out.finish.is_empty() {
        return Err(AiError::BadResponse(
            "the stream ended before a finishReason (truncated)".into(),
        ));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_and_answers() {
        let e = Endpoint {
            base_url: GEMINI.default_base.into(),
            model: "gemini-2.0-flash".into(),
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
        assert!(
            h.url
                .ends_with("/v1beta/models/gemini-2.0-flash:streamGenerateContent?alt=sse")
        );
        assert!(!h.url.contains("key="));
        let s = b"data: {\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"h\"}]}}]}\n\ndata: {\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"i\"}]},\"finishReason\":\"STOP\"}],\"usageMetadata\":{\"promptTokenCount\":4,\"candidatesTokenCount\":2}}\n\n";
        let a = reply(s, true).unwrap();
        assert_eq!((a.text.as_str(), a.tokens_in, a.tokens_out), ("hi", 4, 2));
        assert!(reply(&s[..60], true).is_err());
        assert!(reply(br#"{"candidates":[]}"#, false).is_err());
        assert_eq!(
            parse_models(br#"{"models":[{"name":"models/g1"}]}"#).unwrap(),
            ["g1"]
        );
    }
}
