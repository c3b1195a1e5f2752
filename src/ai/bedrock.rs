//! AWS Bedrock's Converse API (`POST {base}/model/{modelId}/converse`, or `/converse-stream`
//! when streaming), signed with SigV4 (`sigv4.rs`, service `bedrock`). The base URL defaults
//! to the region's runtime endpoint (`https://bedrock-runtime.{region}.amazonaws.com`); a VPC
//! endpoint's URL replaces it. The sealed secret is the secret access key; the access key id
//! is configuration. ConverseStream answers in AWS's binary event-stream encoding
//! (`eventstream.rs`, every checksum verified): text deltas, `messageStop` with the stop
//! reason, `metadata` with the usage; an exception message or a stream without `messageStop`
//! is a bad response.

use serde_json::{Value, json};

use super::eventstream;
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
    let action = if r.stream {
        "converse-stream"
    } else {
        "converse"
    };
    let path = format!("{prefix}/model/{}/{action}", encode_segment(&e.model));
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

/// A ConverseStream body: deltas joined, the stop reason, the usage.
fn streamed_reply(body: &[u8]) -> Result<Reply, AiError> {
    let mut out = Reply::default();
    let mut stopped = false;
    for m in eventstream::messages(body).map_err(AiError::BadResponse)? {
        let v: Value = serde_json::from_slice(&m.payload).unwrap_or(Value::Null);
        match m.header(":message-type") {
            Some("exception") => {
                return Err(AiError::BadResponse(format!(
                    "the stream ended with {}: {}",
                    m.header(":exception-type").unwrap_or("an exception"),
                    short_message(&v).unwrap_or_default()
                )));
            }
            Some("error") => {
                return Err(AiError::BadResponse(format!(
                    "the stream ended with {}: {}",
                    m.header(":error-code").unwrap_or("an error"),
                    m.header(":error-message").unwrap_or_default()
                )));
            }
            _ => {}
        }
        match m.header(":event-type") {
            Some("contentBlockDelta") => {
                if let Some(t) = v["delta"]["text"].as_str() {
                    out.text.push_str(t);
                }
            }
            Some("messageStop") => {
                stopped = true;
                out.finish = v["stopReason"].as_str().unwrap_or_default().into();
            }
            Some("metadata") => {
                out.tokens_in = v["usage"]["inputTokens"].as_u64().unwrap_or(0);
                out.tokens_out = v["usage"]["outputTokens"].as_u64().unwrap_or(0);
            }
            _ => {}
        }
    }
    if !stopped {
        return Err(AiError::BadResponse(
            "the stream was cut before messageStop".into(),
        ));
    }
    Ok(out)
}

fn reply(body: &[u8], streamed: bool) -> Result<Reply, AiError> {
    if streamed {
        return streamed_reply(body);
    }
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
            "https://bedrock-runtime.eu-central-1.amazonaws.com/model/anthropic.claude-3-haiku-20240307-v1%3A0/converse-stream"
        );
        let whole = ChatRequest {
            stream: false,
            ..r.clone()
        };
        assert!(chat(&e, &c, &whole).unwrap().url.ends_with("/converse"));
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
        // ConverseStream: deltas, stop, usage; cut before messageStop; an exception.
        let ev = |t: &str, p: &str| {
            eventstream::encode(
                &[(":event-type", t), (":message-type", "event")],
                p.as_bytes(),
            )
        };
        let parts = [
            ev("messageStart", r#"{"role":"assistant"}"#),
            ev(
                "contentBlockDelta",
                r#"{"contentBlockIndex":0,"delta":{"text":"he"}}"#,
            ),
            ev(
                "contentBlockDelta",
                r#"{"contentBlockIndex":0,"delta":{"text":"llo"}}"#,
            ),
            ev("messageStop", r#"{"stopReason":"end_turn"}"#),
            ev(
                "metadata",
                r#"{"usage":{"inputTokens":5,"outputTokens":2}}"#,
            ),
        ];
        let a = reply(&parts.concat(), true).unwrap();
        assert_eq!(
            (
                a.text.as_str(),
                a.finish.as_str(),
                a.tokens_in,
                a.tokens_out
            ),
            ("hello", "end_turn", 5, 2)
        );
        assert!(
            reply(&parts[..3].concat(), true)
                .unwrap_err()
                .to_string()
                .contains("messageStop")
        );
        let exc = eventstream::encode(
            &[
                (":message-type", "exception"),
                (":exception-type", "throttlingException"),
            ],
            br#"{"message":"slow down"}"#,
        );
        let err = reply(&[parts[1].clone(), exc].concat(), true)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("throttlingException") && err.contains("slow down"),
            "{err}"
        );
        let e3 = eventstream::encode(
            &[
                (":message-type", "error"),
                (":error-code", "InternalFailure"),
                (":error-message", "boom"),
            ],
            b"",
        );
        let err = reply(&e3, true).unwrap_err().to_string();
        assert!(
            err.contains("InternalFailure") && err.contains("boom"),
            "{err}"
        );
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
