//! The contract every Git provider implements, the table of providers, and the JSON-over-
//! HTTPS helper the API providers share (all of it through the egress client).
//!
//! Adding a provider is one file implementing `Host` plus one row in `PROVIDERS`.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde_json::Value;

use super::DistError;
use crate::egress::client::{Call, Purpose};
use crate::egress::service::EgressService;
use crate::install::planner::Changes;
use crate::install::tree::Entry;
use crate::secrets::Secret;

/// A branch as read: its head commit and the flat listing of its tree.
#[derive(Debug, Clone, Default)]
pub struct Snapshot {
    pub head: String,
    /// The head commit's tree id (providers that build trees need it).
    pub tree: String,
    pub message: String,
    pub parents: Vec<String>,
    /// Every path of the tree (files, symlinks, submodules), repository-relative.
    pub listing: BTreeMap<String, Entry>,
}

/// A commit to make.
pub struct CommitRequest<'a> {
    /// The branch to move (created when `create`).
    pub branch: &'a str,
    /// The snapshot the changes were planned on (the new commit's parent).
    pub base: &'a Snapshot,
    /// The branch `base` was read from (the target branch; for a pull request, the branch
    /// it goes into).
    pub base_branch: &'a str,
    /// Paths relative to the repository root.
    pub changes: &'a Changes,
    pub message: &'a str,
    pub author: Option<&'a Ident>,
    /// Create `branch` at the new commit (it does not exist yet).
    pub create: bool,
    /// Move `branch` even if it is not an ancestor (Rulebook's own rolling branch only).
    pub force: bool,
}

/// A commit author/committer identity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ident {
    pub name: String,
    pub email: String,
}

/// A pull/merge request as the provider reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PullRequest {
    pub number: i64,
    pub url: String,
    /// `open`, `merged` or `closed`.
    pub state: String,
}

/// What "Test connection" found.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Probe {
    /// Who the credentials belong to.
    pub user: Option<String>,
    /// Token scopes or the permissions the repository grants (provider terms).
    pub permissions: Vec<String>,
    pub can_push: Option<bool>,
    pub default_branch: Option<String>,
    /// Requests left in the current rate-limit window, and the window's size.
    pub rate_remaining: Option<u64>,
    pub rate_limit: Option<u64>,
    pub notes: Vec<String>,
}

/// One Git server, as a job uses it.
pub trait Host {
    /// Checks the credentials against `repo` (`owner/name`, a project path, or a URL path).
    fn test(&mut self, repo: &str) -> Result<Probe, DistError>;
    /// The branch's head and tree; `None` if the branch does not exist.
    fn snapshot(&mut self, repo: &str, branch: &str) -> Result<Option<Snapshot>, DistError>;
    /// A blob's bytes by the id the listing gave.
    fn blob(&mut self, repo: &str, id: &str) -> Result<Vec<u8>, DistError>;
    /// Makes one commit with every change on top of `req.base` and moves the branch to it;
    /// `Err(DistError::Moved)` if the branch is no longer at `req.base.head`.
    fn commit(&mut self, repo: &str, req: &CommitRequest<'_>) -> Result<String, DistError>;
    /// Opens (or updates) the one pull request from `head` into `base`.
    fn pull_request(
        &mut self,
        _repo: &str,
        _head: &str,
        _base: &str,
        _title: &str,
        _body: &str,
    ) -> Result<PullRequest, DistError> {
        Err(DistError::Unsupported(
            "this provider has no pull requests: use direct commits".into(),
        ))
    }
    /// A pull request's current state.
    fn pull_request_state(&mut self, _repo: &str, _number: i64) -> Result<PullRequest, DistError> {
        Err(DistError::Unsupported(
            "this provider has no pull requests".into(),
        ))
    }
    /// The repository's address for people (the overview links to it).
    fn web_url(&self, repo: &str) -> String;
}

/// What a provider needs to open.
pub struct Opening {
    pub base_url: String,
    pub username: String,
    pub token: Secret,
    pub egress: Arc<EgressService>,
    /// Who the calls are for (audited on refusal): `distribution:<job>` or a user.
    pub actor: String,
    /// A GitHub App's `(app id, installation id)`: `token` is then its private key (PEM).
    pub app: Option<(String, String)>,
    /// Now (Unix seconds), for tokens the provider signs.
    pub now: i64,
}

impl Opening {
    /// The sealed token as text, trimmed.
    pub fn token_text(&self) -> Result<String, DistError> {
        Ok(self
            .token
            .expose_str()
            .ok_or_else(|| DistError::Auth("the token is not text".into()))?
            .trim()
            .to_string())
    }

    /// The base URL without a trailing `/`.
    pub fn web(&self) -> String {
        self.base_url.trim_end_matches('/').to_string()
    }

    /// An API client at `base` sending `headers` (and a `User-Agent`) on every request.
    pub fn api(&self, base: String, mut headers: Vec<(String, String)>) -> Api {
        headers.push(("User-Agent".into(), "rulebook".into()));
        Api {
            base,
            egress: self.egress.clone(),
            actor: self.actor.clone(),
            headers,
            calls: 0,
        }
    }

    /// The plain Git client for pushes to repositories below `base`, with this token as the
    /// password and `default_user` when the connection names no user.
    pub fn git(&self, base: &str, default_user: &str) -> Result<super::git::PlainGit, DistError> {
        let user = if self.username.is_empty() {
            default_user.to_string()
        } else {
            self.username.clone()
        };
        Ok(super::git::PlainGit::over_http(
            base,
            user,
            Secret::new(self.token_text()?.into_bytes()),
            self.egress.clone(),
            self.actor.clone(),
        ))
    }
}

/// A string at a JSON pointer, or a protocol error naming it.
pub fn str_at<'v>(v: &'v Value, ptr: &str) -> Result<&'v str, DistError> {
    v.pointer(ptr)
        .and_then(Value::as_str)
        .ok_or_else(|| DistError::Protocol(format!("no {ptr} in the answer")))
}

/// Base64 content at a JSON pointer (line breaks allowed, as GitHub and Gitea send it).
pub fn base64_at(v: &Value, ptr: &str) -> Result<Vec<u8>, DistError> {
    use base64::Engine;
    let content: String = str_at(v, ptr)?
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    base64::engine::general_purpose::STANDARD
        .decode(content)
        .map_err(|e| DistError::Protocol(format!("{ptr} is not base64: {e}")))
}

/// `owner/name` → `/repos/owner/name` (GitHub and Gitea address repositories alike).
pub fn owner_repo(repo: &str, provider: &str) -> Result<String, DistError> {
    match repo.split_once('/') {
        Some((o, n)) if !o.is_empty() && !n.is_empty() && !n.contains('/') => {
            Ok(format!("/repos/{}/{}", encode(o, false), encode(n, false)))
        }
        _ => Err(DistError::Rejected(format!(
            "{repo:?} is not a {provider} repository (owner/name)"
        ))),
    }
}

/// A flat listing from tree entries shaped `{path, mode, type, sha}` (GitHub, Gitea).
pub fn listing_of(entries: &Value) -> Result<BTreeMap<String, Entry>, DistError> {
    let mut listing = BTreeMap::new();
    for e in entries.as_array().map(Vec::as_slice).unwrap_or_default() {
        let (Some(path), Some(mode), Some(kind), Some(sha)) = (
            e["path"].as_str(),
            e["mode"].as_str(),
            e["type"].as_str(),
            e["sha"].as_str(),
        ) else {
            return Err(DistError::Protocol("a tree entry lacks a field".into()));
        };
        if let Some(entry) = entry_of(mode, kind, sha) {
            listing.insert(path.to_string(), entry);
        }
    }
    Ok(listing)
}

/// Parent ids from `[{sha}]`.
pub fn parent_shas(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|p| p["sha"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// A pull request shaped `{number, html_url, state, merged}` (GitHub, Gitea).
pub fn github_like_pr(v: &Value) -> Result<PullRequest, DistError> {
    let merged = v["merged"].as_bool() == Some(true) || v["merged_at"].is_string();
    let state = match v["state"].as_str() {
        _ if merged => "merged",
        Some("open") => "open",
        Some(_) => "closed",
        None => return Err(DistError::Protocol("a pull request without a state".into())),
    };
    Ok(PullRequest {
        number: v["number"]
            .as_i64()
            .ok_or_else(|| DistError::Protocol("a pull request without a number".into()))?,
        url: v["html_url"].as_str().unwrap_or_default().to_string(),
        state: state.to_string(),
    })
}

/// A provider row.
pub struct Provider {
    pub id: &'static str,
    pub name: &'static str,
    /// Whether it can open pull/merge requests.
    pub pull_requests: bool,
    /// Whether it may run the system `git` (a push).
    pub pushes: bool,
    /// An example base URL (shown in the UI).
    pub example: &'static str,
    pub open: fn(Opening) -> Result<Box<dyn Host>, DistError>,
}

/// Every provider.
pub const PROVIDERS: &[Provider] = &[
    Provider {
        id: "github",
        name: "GitHub (Enterprise Server or github.com)",
        pull_requests: true,
        pushes: false,
        example: "https://github.example.com/api/v3",
        open: super::github::open,
    },
    Provider {
        id: "gitlab",
        name: "GitLab (self-managed)",
        pull_requests: true,
        pushes: false,
        example: "https://gitlab.example.com",
        open: super::gitlab::open,
    },
    Provider {
        id: "gitea",
        name: "Gitea / Forgejo",
        pull_requests: true,
        pushes: true,
        example: "https://gitea.example.com",
        open: super::gitea::open,
    },
    Provider {
        id: "azure",
        name: "Azure DevOps Server",
        pull_requests: true,
        pushes: true,
        example: "https://ado.example.com/tfs/DefaultCollection",
        open: super::azure::open,
    },
    Provider {
        id: "bitbucket",
        name: "Bitbucket Data Center (push, pull requests by REST)",
        pull_requests: true,
        pushes: true,
        example: "https://bitbucket.example.com",
        open: super::bitbucket::open,
    },
    Provider {
        id: "git",
        name: "Any Git server (smart HTTP push)",
        pull_requests: false,
        pushes: true,
        example: "https://git.example.com/scm",
        open: super::git::open,
    },
];

/// The provider named `id`.
pub fn provider(id: &str) -> Option<&'static Provider> {
    PROVIDERS.iter().find(|p| p.id == id)
}

/// An HTTP answer from a provider API.
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn json(&self) -> Result<Value, DistError> {
        serde_json::from_slice(&self.body)
            .map_err(|e| DistError::Protocol(format!("a response is not JSON: {e}")))
    }

    /// The provider's error message, shortened (never echoes request headers).
    pub fn message(&self) -> String {
        let text = match serde_json::from_slice::<Value>(&self.body) {
            Ok(v) => match (&v["message"], &v["error"]) {
                (Value::String(m), _) => m.clone(),
                (Value::Array(a), _) => a
                    .iter()
                    .filter_map(|m| m.as_str())
                    .collect::<Vec<_>>()
                    .join("; "),
                (_, Value::String(e)) => e.clone(),
                _ => String::from_utf8_lossy(&self.body).into_owned(),
            },
            Err(_) => String::from_utf8_lossy(&self.body).into_owned(),
        };
        let mut t: String = text.chars().filter(|c| !c.is_control()).take(300).collect();
        if t.is_empty() {
            t = format!("HTTP {}", self.status);
        }
        t
    }
}

/// A JSON API client for one provider base URL and credential.
pub struct Api {
    pub base: String,
    pub egress: Arc<EgressService>,
    pub actor: String,
    /// Headers on every request (the credential among them).
    pub headers: Vec<(String, String)>,
    /// Requests sent (for the benchmark and tests).
    pub calls: u64,
}

impl Api {
    /// Sends one request; `body` is JSON. Statuses are returned, not mapped.
    pub fn send(
        &mut self,
        method: &str,
        path: &str,
        body: Option<&Value>,
    ) -> Result<Reply, DistError> {
        let url = format!("{}{}", self.base.trim_end_matches('/'), path);
        let mut headers = self.headers.clone();
        let body = body.map(|b| {
            headers.push(("Content-Type".into(), "application/json".into()));
            serde_json::to_vec(b).unwrap_or_default()
        });
        self.calls += 1;
        let answer = self
            .egress
            .send(Call {
                method,
                url: &url,
                headers,
                body,
                purpose: Purpose {
                    feature: "distribution",
                    actor: &self.actor,
                },
                identity: None,
                timeout: None,
            })
            .map_err(super::egress_error)?;
        Ok(Reply {
            status: answer.status,
            headers: answer.headers,
            body: answer.body,
        })
    }

    /// Sends and maps failures: 401/403 → `Auth`, 404 → `NotFound`, 429/5xx → `Transient`
    /// (with `Retry-After`), other 4xx → `Rejected`. `ok` lists statuses returned as-is.
    pub fn call(
        &mut self,
        method: &str,
        path: &str,
        body: Option<&Value>,
        ok: &[u16],
    ) -> Result<Reply, DistError> {
        let r = self.send(method, path, body)?;
        if (200..300).contains(&r.status) || ok.contains(&r.status) {
            return Ok(r);
        }
        Err(status_error(&r, &format!("{method} {}", strip_query(path))))
    }
}

fn strip_query(path: &str) -> &str {
    path.split('?').next().unwrap_or(path)
}

/// The error for a failed answer.
pub fn status_error(r: &Reply, what: &str) -> DistError {
    let msg = format!("{what}: HTTP {}: {}", r.status, r.message());
    match r.status {
        401 | 403 if r.header("retry-after").is_none() && !rate_limited(r) => DistError::Auth(msg),
        404 => DistError::NotFound(msg),
        403 | 429 | 500..=599 => DistError::Transient {
            detail: msg,
            retry_after: retry_after(r),
        },
        _ => DistError::Rejected(msg),
    }
}

/// GitHub answers a spent rate limit with 403 and `X-RateLimit-Remaining: 0`.
fn rate_limited(r: &Reply) -> bool {
    r.header("x-ratelimit-remaining") == Some("0")
}

/// Seconds from `Retry-After` (delta seconds only; HTTP dates fall back to the backoff).
pub fn retry_after(r: &Reply) -> Option<u64> {
    r.header("retry-after")
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map(|s| s.min(3600))
}

/// Percent-encodes one path segment (or a whole path with `/` kept when `keep_slash`).
pub fn encode(s: &str, keep_slash: bool) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric()
            || matches!(b, b'-' | b'_' | b'.' | b'~')
            || (keep_slash && b == b'/')
        {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// `0o755` → `100755`, anything else → `100644` (Git records no other file modes).
pub fn git_mode(mode: u32) -> &'static str {
    if mode & 0o111 != 0 {
        "100755"
    } else {
        "100644"
    }
}

/// A tree entry as the listing records it: `100755` → `0o755`, `100644` → `0o644`;
/// symlinks and submodules are recorded as such; directories are not listed (`None`).
pub fn entry_of(mode: &str, kind: &str, id: &str) -> Option<Entry> {
    Some(match (kind, mode) {
        ("tree", _) | (_, "040000") | (_, "40000") => return None,
        ("blob", "100755") => Entry::Blob {
            mode: 0o755,
            id: id.to_string(),
        },
        ("blob", "100644") | ("blob", "100664") => Entry::Blob {
            mode: 0o644,
            id: id.to_string(),
        },
        ("blob", "120000") => Entry::Other("symlink".into()),
        ("commit", _) | (_, "160000") => Entry::Other("submodule".into()),
        _ => Entry::Other(format!("{kind} {mode}")),
    })
}
