//! AI providers on the site's own endpoints (issue 21): authoring help that is always a draft
//! a person accepts, and nothing sent unless an org admin configured a provider.
//!
//! This floor is pure except `service.rs`: each provider file turns a [`ChatRequest`] into
//! the HTTP request its documented API takes and parses the answer (whole or streamed) back
//! into a [`Reply`]; `prompts.rs` builds the prompts of each feature, `draft.rs` checks what a
//! model answered against the schema the feature asked for, and `payload.rs` decides what may
//! be sent. `service.rs` is the one place that sends, through the egress client (allowlist,
//! address guard, the site's CA), with retries, the org's token budget, usage accounting and
//! an audit row per call that never holds the content.
//!
//! Adding a provider is one file with a [`Kind`] and one row in [`PROVIDERS`].

pub mod anthropic;
pub mod azure;
pub mod bedrock;
pub mod draft;
pub mod eventstream;
pub mod gemini;
pub mod openai;
pub mod payload;
pub mod prompts;
pub mod service;
pub mod settings;
pub mod sigv4;
pub mod sse;

use std::fmt;

use serde_json::Value;

use crate::error::Coded;

/// Who says a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    User,
    Assistant,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::User => "user",
            Role::Assistant => "assistant",
        }
    }
}

/// One completion to ask for.
#[derive(Debug, Clone)]
pub struct ChatRequest {
    /// Instructions, sent in the provider's system slot (never mixed with user material).
    pub system: String,
    pub messages: Vec<(Role, String)>,
    /// The cap on output tokens.
    pub max_tokens: u32,
    /// Ask the provider to stream, where it can.
    pub stream: bool,
}

/// What a provider answered.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reply {
    pub text: String,
    pub tokens_in: u64,
    pub tokens_out: u64,
    /// True when the provider reported no usage and the counts are estimated (4 bytes a token).
    pub estimated: bool,
    /// Why generation stopped, as the provider says it (`stop`, `length`, `end_turn`...).
    pub finish: String,
}

impl Reply {
    /// Fills in estimated counts when the provider gave none.
    pub fn estimate_usage(mut self, request: &ChatRequest) -> Reply {
        if self.tokens_in == 0 && self.tokens_out == 0 {
            let sent: usize =
                request.system.len() + request.messages.iter().map(|(_, t)| t.len()).sum::<usize>();
            self.tokens_in = (sent as u64).div_ceil(4);
            self.tokens_out = (self.text.len() as u64).div_ceil(4);
            self.estimated = true;
        }
        self
    }
}

/// An HTTP request a provider wants sent.
#[derive(Debug, Clone)]
pub struct HttpRequest {
    pub method: &'static str,
    pub url: String,
    pub headers: Vec<(String, String)>,
    pub body: Option<Vec<u8>>,
}

/// A configured endpoint, as the provider files need it (the key comes separately).
#[derive(Debug, Clone, Default)]
pub struct Endpoint {
    /// `https://host[:port][/prefix]`, no trailing slash.
    pub base_url: String,
    /// Model id (Azure: the deployment name; Bedrock: the model id).
    pub model: String,
    /// Extra headers sent with every call (LiteLLM tags, gateway routing); never secrets.
    pub headers: Vec<(String, String)>,
    /// Azure OpenAI `api-version`.
    pub api_version: String,
    /// AWS region (Bedrock).
    pub region: String,
    /// AWS access key id (Bedrock; the secret access key is the sealed secret).
    pub access_key_id: String,
}

/// The credential a call carries, opened from the vault just before sending.
pub struct Credential<'a> {
    pub key: Option<&'a str>,
    /// Seconds since the Unix epoch (request signing).
    pub now: i64,
}

/// Whether a provider kind needs a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyNeed {
    Required,
    Optional,
}

/// Builds a provider's model-list request.
pub type ModelsRequest = fn(&Endpoint, &Credential<'_>) -> Result<HttpRequest, AiError>;

/// One provider kind: its documented API, as functions.
pub struct Kind {
    pub id: &'static str,
    pub label: &'static str,
    pub key: KeyNeed,
    /// The base URL when none is given (empty: it must be given).
    pub default_base: &'static str,
    /// Fields of [`Endpoint`] this kind requires besides the base URL and model.
    pub requires: &'static [&'static str],
    pub chat: fn(&Endpoint, &Credential<'_>, &ChatRequest) -> Result<HttpRequest, AiError>,
    /// Parses a 2xx body; `streamed` says whether it is an event stream.
    pub reply: fn(&[u8], bool) -> Result<Reply, AiError>,
    /// The model list request, where the API has one.
    pub models: Option<ModelsRequest>,
    pub parse_models: fn(&[u8]) -> Result<Vec<String>, AiError>,
    /// The error message in a non-2xx body.
    pub error_message: fn(&[u8]) -> Option<String>,
}

/// Every provider kind; adding one is one file and one row.
pub const PROVIDERS: &[&Kind] = &[
    &openai::COMPATIBLE,
    &openai::OPENAI,
    &azure::AZURE,
    &anthropic::ANTHROPIC,
    &gemini::GEMINI,
    &bedrock::BEDROCK,
];

/// The provider kind named `id`.
pub fn kind(id: &str) -> Option<&'static Kind> {
    PROVIDERS.iter().copied().find(|k| k.id == id)
}

/// An authoring feature that may call a provider; one default provider each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Feature {
    DraftStandard,
    SuggestExamples,
    Condense,
    ReviewProposal,
    GenerateDetector,
    TestConnection,
}

impl Feature {
    pub const ALL: [Feature; 6] = [
        Feature::DraftStandard,
        Feature::SuggestExamples,
        Feature::Condense,
        Feature::ReviewProposal,
        Feature::GenerateDetector,
        Feature::TestConnection,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Feature::DraftStandard => "draft-standard",
            Feature::SuggestExamples => "suggest-examples",
            Feature::Condense => "condense",
            Feature::ReviewProposal => "review-proposal",
            Feature::GenerateDetector => "generate-detector",
            Feature::TestConnection => "test-connection",
        }
    }
    pub fn parse(s: &str) -> Option<Feature> {
        Feature::ALL.into_iter().find(|f| f.as_str() == s)
    }
}

/// Why an AI call did not happen or gave nothing usable. Messages never hold the content
/// sent, a key, or a provider body beyond a short, key-redacted error message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AiError {
    /// No provider is configured for this feature (the feature is simply unavailable).
    NotConfigured(String),
    /// A provider's configuration is invalid.
    Config(String),
    /// The organization's monthly token budget is used up.
    Budget { used: u64, budget: u64 },
    /// The payload holds what looks like a credential (places named, values not).
    PayloadSecret(Vec<String>),
    /// The org's data setting does not allow sending this kind of material.
    PayloadPolicy(String),
    /// The provider refused the credentials (401/403).
    Auth(u16),
    /// Still rate-limited (429) after the retries.
    RateLimited,
    /// The provider failed (other non-2xx), with its short message.
    Provider(u16, String),
    /// The egress client refused or failed (allowlist, address guard, TLS, timeout...).
    Egress(String, String),
    /// The provider's answer does not follow its documented shape (or a stream was cut).
    BadResponse(String),
    /// The model's output is not valid for the feature's schema.
    InvalidOutput(String),
}

impl Coded for AiError {
    fn code(&self) -> &'static str {
        match self {
            AiError::NotConfigured(_) => "RB-AI-NOT-CONFIGURED",
            AiError::Config(_) => "RB-AI-CONFIG",
            AiError::Budget { .. } => "RB-AI-BUDGET",
            AiError::PayloadSecret(_) => "RB-AI-PAYLOAD-SECRET",
            AiError::PayloadPolicy(_) => "RB-AI-PAYLOAD-POLICY",
            AiError::Auth(_) => "RB-AI-AUTH",
            AiError::RateLimited => "RB-AI-RATE-LIMITED",
            AiError::Provider(..) => "RB-AI-PROVIDER",
            AiError::Egress(..) => "RB-AI-UNREACHABLE",
            AiError::BadResponse(_) => "RB-AI-BAD-RESPONSE",
            AiError::InvalidOutput(_) => "RB-AI-INVALID-OUTPUT",
        }
    }
}

impl AiError {
    /// The HTTP status a handler answers with.
    pub fn status(&self) -> u16 {
        match self {
            AiError::NotConfigured(_) => 409,
            AiError::Config(_) | AiError::PayloadSecret(_) => 422,
            AiError::PayloadPolicy(_) => 403,
            AiError::Budget { .. } | AiError::RateLimited => 429,
            AiError::Egress(code, _) if code == "RB-EGRESS-TIMEOUT" => 504,
            AiError::Auth(_)
            | AiError::Provider(..)
            | AiError::Egress(..)
            | AiError::BadResponse(_)
            | AiError::InvalidOutput(_) => 502,
        }
    }
}

impl fmt::Display for AiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AiError::NotConfigured(m) | AiError::Config(m) | AiError::PayloadPolicy(m) => {
                f.write_str(m)
            }
            AiError::Budget { used, budget } => write!(
                f,
                "the organization's AI token budget for this month is used up ({used} of {budget} tokens); an org admin can raise it"
            ),
            AiError::PayloadSecret(places) => write!(
                f,
                "nothing was sent: what would be sent holds what looks like a credential, in {}; remove it and try again",
                places.join(", ")
            ),
            AiError::Auth(s) => write!(
                f,
                "the AI provider refused the credentials (HTTP {s}); an org admin can replace the key"
            ),
            AiError::RateLimited => {
                f.write_str("the AI provider is still rate-limiting after retries; try again later")
            }
            AiError::Provider(s, m) if m.is_empty() => {
                write!(f, "the AI provider failed (HTTP {s})")
            }
            AiError::Provider(s, m) => write!(f, "the AI provider failed (HTTP {s}): {m}"),
            AiError::Egress(code, m) => {
                write!(f, "the AI provider cannot be reached [{code}]: {m}")
            }
            AiError::BadResponse(m) => write!(f, "the AI provider's answer is unusable: {m}"),
            AiError::InvalidOutput(m) => write!(
                f,
                "the model's output was not a valid draft and was discarded: {m}"
            ),
        }
    }
}

/// Parses a JSON body, or says which provider answered something else.
pub(crate) fn json_body(body: &[u8], what: &str) -> Result<Value, AiError> {
    serde_json::from_slice(body).map_err(|e| {
        AiError::BadResponse(format!(
            "{what} answered with something that is not JSON ({e})"
        ))
    })
}

/// A provider's short error message: `error.message` (or `message`), one line, capped.
pub(crate) fn short_message(v: &Value) -> Option<String> {
    let m = v["error"]["message"]
        .as_str()
        .or_else(|| v["message"].as_str())
        .or_else(|| v["error"].as_str())?;
    let one: String = m.split_whitespace().collect::<Vec<_>>().join(" ");
    Some(one.chars().take(200).collect())
}

/// Joins a base URL and a path.
pub(crate) fn join(base: &str, path: &str) -> String {
    format!("{}{}", base.trim_end_matches('/'), path)
}

/// Percent-encodes one path segment (RFC 3986 unreserved characters kept).
pub(crate) fn encode_segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_is_in_the_table_once() {
        let mut ids: Vec<&str> = PROVIDERS.iter().map(|k| k.id).collect();
        ids.sort_unstable();
        let n = ids.len();
        ids.dedup();
        assert_eq!(ids.len(), n);
        assert!(kind("openai-compatible").is_some());
        assert!(kind("nope").is_none());
    }

    #[test]
    fn features_round_trip() {
        for f in Feature::ALL {
            assert_eq!(Feature::parse(f.as_str()), Some(f));
        }
    }

    #[test]
    fn usage_is_estimated_only_when_missing() {
        let req = ChatRequest {
            system: "abcd".into(),
            messages: vec![(Role::User, "efgh".into())],
            max_tokens: 10,
            stream: false,
        };
        let r = Reply {
            text: "12345678".into(),
            ..Reply::default()
        }
        .estimate_usage(&req);
        assert_eq!((r.tokens_in, r.tokens_out, r.estimated), (2, 2, true));
        let r = Reply {
            tokens_in: 7,
            ..Reply::default()
        }
        .estimate_usage(&req);
        assert!(!r.estimated);
        assert_eq!(encode_segment("a b:c"), "a%20b%3Ac");
    }
}
