//! AWS Bedrock's Converse API (`POST {base}/model/{modelId}/converse`), signed with SigV4
//! (`sigv4.rs`, service `bedrock`). The base URL defaults to the region's runtime endpoint
//! (`https://bedrock-runtime.{region}.amazonaws.com`); a VPC endpoint's URL replaces it. The
//! sealed secret is the secret access key; the access key id is configuration. Bedrock
//! streams in AWS's binary event-stream encoding, not server-sent events, so Rulebook asks
//! for the whole answer here (the output cap still applies).

use serde_json::{Value, json};

use super::sigv4;
use super::{
    AiError, ChatRequest, Credential, Endpoint, HttpRequest, KeyNeed, Kind, Reply, encode_segment,
    json_body, short_message,
};

pub const BEDROCK: Kind = Kind {
    id: "bedrock",
    label: "AWS Bedrock (Converse)",
    key: KeyNeed::Required,
    default_base: "",
    requires: &["region", "access_key_id"],
    chat,
    reply,
    models: None,
    parse_models: |_| Ok(Vec::new()),
    error_message: |b| short_message(&serde_json::from_slice(b).ok()?),
};

/// The runtime URL for `e`.
pub fn base(e: &Endpoint) -> String {
    if e.base_url.is_empty() {
        format!("https://bedrock-runtime.{}.amazonaws.com", e.region)
    } else {
        e.base_url.trim_end_matches('/').to_string()
    }
}

/// `(host[:port], path prefix)` of a base URL.
fn split(base: &str) -> Result<(String, String), AiError> {
    let rest = base
        .strip_prefix("https://")
        .or_else(|| base.strip_prefix("http://"))
        .ok_or_else(|| AiError::Config("the Bedrock URL must start with https://".into()))?;
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let path = if path.is_empty() {
        String::new()
    } else {
        format!("/{path}")
    };
    Ok((host.to_string(), path))
}

fn chat(e: &Endpoint, c: &Credential<'_>, r: &ChatRequest) -> Result<HttpRequest, AiError> {
    let secret = c
        .key
        .ok_or_else(|| AiError::Config("Bedrock needs a secret access key".into()))?;
    let messages: Vec<Value> = r
        .messages
        .iter()
        .map(|(role, text)| json!({ "role": role.as_str(), "content": [{ "text": text }] }))
        .collect();
    let body = json!({
        "messages": messages,
        "system": [{ "text": r.system }],
        "inferenceConfig": { "maxTokens": r.max_tokens },
    })
    .to_string()
    .into_bytes();
    let base = base(e);
    let (host, prefix) = split(&base)?;
    let path = format!("{prefix}/model/{}/converse", encode_segment(&e.model));
    let mut headers = vec![("content-type".to_string(), "application/json".to_string())];
    headers.extend(e.headers.iter().cloned());
    let signed = sigv4::sign(
        &sigv4::Request {
            method: "POST",
            host: &host,
            path: &path,
            query: "",
            headers: &headers,
            body: &body,
        },
        &sigv4::Credentials {
            access_key_id: &e.access_key_id,
            secret_access_key: secret,
            session_token: None,
        },
        &e.region,
        "bedrock",
        &sigv4::amz_date(c.now),
        false,
    );
    headers.extend(signed);
    Ok(HttpRequest {
        method: "POST",
        url: format!(
            "{}{path}",
            base.get(..base.len() - prefix.len()).unwrap_or(&base)
        ),
        headers,
        body: Some(body),
    })
}

fn reply(body: &[u8], _streamed: bool) -> Result<Reply, AiError> {
    let v = json_body(body, "the provider")?;
    let blocks = v["output"]["message"]["content"]
        .as_array()
        .ok_or_else(|| AiError::BadResponse("no output.message.content".into()))?;
    let mut out = Reply::default();
    for b in blocks {
        if let Some(t) = b["text"].as_str() {
            out.text.push_str(t);
        }
    }
    out.finish = v["stopReason"].as_str().unwrap_or_default().into();
    out.tokens_in = v["usage"]["inputTokens"].as_u64().unwrap_or(0);
    out.tokens_out = v["usage"]["outputTokens"].as_u64().unwrap_or(0);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ai::Role;

    #[test]
    fn signed_converse_request() {
        let e = Endpoint {
            model: "anthropic.claude-3-haiku-20240307-v1:0".into(),
            region: "eu-central-1".into(),
            access_key_id: "AKIDEXAMPLE".into(),
            ..Endpoint::default()
        };
        let r = ChatRequest {
            system: "s".into(),
            messages: vec![(Role::User, "u".into())],
            max_tokens: 9,
            stream: true,
        };
        let c = Credential {
            key: Some("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
            now: 1_440_938_160,
        };
        let h = chat(&e, &c, &r).unwrap();
        assert_eq!(
            h.url,
            "https://bedrock-runtime.eu-central-1.amazonaws.com/model/anthropic.claude-3-haiku-20240307-v1%3A0/converse"
        );
        let auth = h
            .headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("authorization"))
            .map(|(_, v)| v.as_str())
            .unwrap();
        assert!(
            auth.starts_with(
                "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/eu-central-1/bedrock/aws4_request"
            ),
            "{auth}"
        );
        assert!(!auth.contains("wJalr"));
        assert!(chat(&e, &Credential { key: None, now: 0 }, &r).is_err());
        let a = reply(
            br#"{"output":{"message":{"role":"assistant","content":[{"text":"hi"}]}},"stopReason":"end_turn","usage":{"inputTokens":3,"outputTokens":1}}"#,
            false,
        )
        .unwrap();
        assert_eq!((a.text.as_str(), a.tokens_in, a.tokens_out), ("hi", 3, 1));
        let e2 = Endpoint {
            base_url: "https://vpce-1.bedrock-runtime.eu-central-1.vpce.amazonaws.com/".into(),
            ..e
        };
        assert!(
            chat(&e2, &c, &r)
                .unwrap()
                .url
                .starts_with("https://vpce-1.")
        );
    }
}
