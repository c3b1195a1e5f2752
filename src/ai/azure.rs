//! Azure OpenAI: the Chat Completions body without `model`, sent to
//! `{endpoint}/openai/deployments/{deployment}/chat/completions?api-version=...` with an
//! `api-key` header. The endpoint is the resource URL (`https://NAME.openai.azure.com`, or a
//! private endpoint's name); the model field holds the deployment name.

use super::{
    AiError, ChatRequest, Credential, Endpoint, HttpRequest, KeyNeed, Kind, encode_segment, join,
    openai,
};

pub const AZURE: Kind = Kind {
    id: "azure-openai",
    label: "Azure OpenAI",
    key: KeyNeed::Required,
    default_base: "",
    requires: &["api_version"],
    chat,
    reply: openai::reply,
    models: None,
    parse_models: |_| Ok(Vec::new()),
    error_message: openai::error_message,
};

fn chat(e: &Endpoint, c: &Credential<'_>, r: &ChatRequest) -> Result<HttpRequest, AiError> {
    let mut headers = vec![("Content-Type".to_string(), "application/json".to_string())];
    if let Some(k) = c.key {
        headers.push(("api-key".into(), k.to_string()));
    }
    headers.extend(e.headers.iter().cloned());
    let path = format!(
        "/openai/deployments/{}/chat/completions?api-version={}",
        encode_segment(&e.model),
        encode_segment(&e.api_version)
    );
    Ok(HttpRequest {
        method: "POST",
        url: join(&e.base_url, &path),
        headers,
        body: Some(
            openai::chat_body(None, r, "max_tokens")
                .to_string()
                .into_bytes(),
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ai::Role;

    #[test]
    fn deployment_url_and_api_key_header() {
        let e = Endpoint {
            base_url: "https://corp.openai.azure.com".into(),
            model: "gpt 4o".into(),
            api_version: "2024-10-21".into(),
            ..Endpoint::default()
        };
        let r = ChatRequest {
            system: "s".into(),
            messages: vec![(Role::User, "u".into())],
            max_tokens: 9,
            stream: false,
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
        assert_eq!(
            h.url,
            "https://corp.openai.azure.com/openai/deployments/gpt%204o/chat/completions?api-version=2024-10-21"
        );
        assert!(h.headers.contains(&("api-key".into(), "k".into())));
        let b: serde_json::Value = serde_json::from_slice(h.body.as_deref().unwrap()).unwrap();
        assert!(b.get("model").is_none());
    }
}
