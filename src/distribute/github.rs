//! GitHub Enterprise Server and github.com: one atomic multi-file commit with the Git Data
//! API (blobs, a tree on the base tree with modes and deletions, a commit, then
//! `PATCH refs/heads/<branch>` with `force: false`, which GitHub refuses with 422 when the
//! head moved), and pull requests from Rulebook's rolling branch.
//!
//! The base URL is the API root: `https://github.example.com/api/v3` for GitHub Enterprise
//! Server, `https://api.github.com` for github.com. Nothing is hard-coded to a public host.

use base64::Engine;
use serde_json::{Value, json};

use super::DistError;
use super::host::{
    Api, CommitRequest, Host, Opening, Probe, PullRequest, Snapshot, base64_at, encode, git_mode,
    github_like_pr, listing_of, owner_repo, parent_shas, str_at,
};
use crate::install::tree::Entry;

/// Largest file sent inline in a tree request rather than as a blob of its own.
const INLINE_MAX: usize = 512 * 1024;
/// Most bytes of file content inline in one tree request (the rest goes as blobs), which
/// bounds what each job holds in memory while it sends.
const INLINE_BUDGET: usize = 4 * 1024 * 1024;

/// A GitHub API client for one token.
pub struct GitHub {
    api: Api,
    /// `<app id>, installation <id>` for a GitHub App connection.
    app: Option<String>,
}

/// Opens the provider (the `PROVIDERS` row). A GitHub App connection mints an
/// installation token now, valid for this job only.
pub fn open(o: Opening) -> Result<Box<dyn Host>, DistError> {
    let secret = o.token_text()?;
    let mut api = o.api(
        o.base_url.clone(),
        vec![
            ("Accept".into(), "application/vnd.github+json".into()),
            ("X-GitHub-Api-Version".into(), "2022-11-28".into()),
        ],
    );
    let token = match &o.app {
        None => secret,
        Some((app_id, installation)) => {
            installation_token(&mut api, &secret, app_id, installation, o.now)?
        }
    };
    api.headers
        .push(("Authorization".into(), format!("Bearer {token}")));
    let app = o
        .app
        .as_ref()
        .map(|(a, i)| format!("{a}, installation {i}"));
    Ok(Box::new(GitHub { api, app }))
}

/// Signs the App's JWT (valid 9 minutes, issued a minute back for clock skew) and exchanges
/// it for an installation token.
fn installation_token(
    api: &mut Api,
    key_pem: &str,
    app_id: &str,
    installation: &str,
    now: i64,
) -> Result<String, DistError> {
    let iss: Value = app_id
        .parse::<u64>()
        .map(Value::from)
        .unwrap_or_else(|_| json!(app_id));
    let jwt = crate::crypto::jwt::sign_rs256(
        key_pem,
        &json!({ "iat": now - 60, "exp": now + 540, "iss": iss }),
    )
    .map_err(|e| DistError::Auth(format!("the GitHub App key: {e}")))?;
    api.headers
        .push(("Authorization".into(), format!("Bearer {jwt}")));
    let r = api.call(
        "POST",
        &format!(
            "/app/installations/{}/access_tokens",
            encode(installation, false)
        ),
        Some(&json!({})),
        &[],
    );
    api.headers.retain(|(k, _)| k != "Authorization");
    let v = r?.json()?;
    Ok(str_at(&v, "/token")?.to_string())
}

impl Host for GitHub {
    fn test(&mut self, repo: &str) -> Result<Probe, DistError> {
        let mut p = Probe::default();
        if let Some(app) = &self.app {
            // An installation token has no user (GitHub answers /user with 403).
            p.user = Some(format!("GitHub App {app}"));
        } else {
            let user = self.api.call("GET", "/user", None, &[])?;
            p.user = user.json()?["login"].as_str().map(str::to_string);
            if let Some(scopes) = user.header("x-oauth-scopes") {
                p.permissions = scopes
                    .split(',')
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect();
            }
        }
        let r = self
            .api
            .call("GET", &owner_repo(repo, "GitHub")?, None, &[])?;
        p.rate_remaining = r
            .header("x-ratelimit-remaining")
            .and_then(|v| v.parse().ok());
        p.rate_limit = r.header("x-ratelimit-limit").and_then(|v| v.parse().ok());
        let v = r.json()?;
        p.default_branch = v["default_branch"].as_str().map(str::to_string);
        p.can_push = v["permissions"]["push"].as_bool();
        if p.can_push == Some(false) {
            p.notes
                .push("the token cannot push to this repository".into());
        }
        Ok(p)
    }

    fn snapshot(&mut self, repo: &str, branch: &str) -> Result<Option<Snapshot>, DistError> {
        let base = owner_repo(repo, "GitHub")?;
        let r = self.api.call(
            "GET",
            &format!("{base}/git/ref/heads/{}", encode(branch, true)),
            None,
            &[404],
        )?;
        if r.status == 404 {
            return Ok(None);
        }
        let head = str_at(&r.json()?, "/object/sha")?.to_string();
        let c = self
            .api
            .call("GET", &format!("{base}/git/commits/{head}"), None, &[])?
            .json()?;
        let tree = str_at(&c, "/tree/sha")?.to_string();
        let t = self
            .api
            .call(
                "GET",
                &format!("{base}/git/trees/{tree}?recursive=1"),
                None,
                &[],
            )?
            .json()?;
        if t["truncated"].as_bool() == Some(true) {
            return Err(DistError::Unsupported(format!(
                "{repo} has more files than GitHub lists in one tree: use a folder target or the plain Git provider"
            )));
        }
        let listing = listing_of(&t["tree"])?;
        Ok(Some(Snapshot {
            head,
            tree,
            message: c["message"].as_str().unwrap_or_default().to_string(),
            parents: parent_shas(&c["parents"]),
            listing,
        }))
    }

    fn blob(&mut self, repo: &str, id: &str) -> Result<Vec<u8>, DistError> {
        let v = self
            .api
            .call(
                "GET",
                &format!(
                    "{}/git/blobs/{}",
                    owner_repo(repo, "GitHub")?,
                    encode(id, false)
                ),
                None,
                &[],
            )?
            .json()?;
        base64_at(&v, "/content")
    }

    fn commit(&mut self, repo: &str, req: &CommitRequest<'_>) -> Result<String, DistError> {
        let base = owner_repo(repo, "GitHub")?;
        let mut entries = Vec::new();
        let mut inline = 0;
        for (path, bytes, mode) in &req.changes.writes {
            // Text goes inside the tree request (one call for every file); binary files and
            // large ones are uploaded as blobs first.
            if let Ok(text) = std::str::from_utf8(bytes)
                && bytes.len() <= INLINE_MAX
                && inline + bytes.len() <= INLINE_BUDGET
                && !text.contains('\0')
            {
                inline += bytes.len();
                entries.push(json!({ "path": path, "mode": git_mode(*mode), "type": "blob", "content": text }));
                continue;
            }
            let b = self
                .api
                .call(
                    "POST",
                    &format!("{base}/git/blobs"),
                    Some(&json!({
                        "content": base64::engine::general_purpose::STANDARD.encode(bytes),
                        "encoding": "base64",
                    })),
                    &[],
                )?
                .json()?;
            entries.push(json!({ "path": path, "mode": git_mode(*mode), "type": "blob", "sha": str_at(&b, "/sha")? }));
        }
        for path in &req.changes.deletes {
            let mode = match req.base.listing.get(path) {
                Some(Entry::Blob { mode, .. }) => git_mode(*mode),
                _ => "100644",
            };
            entries.push(json!({ "path": path, "mode": mode, "type": "blob", "sha": Value::Null }));
        }
        let tree = self
            .api
            .call(
                "POST",
                &format!("{base}/git/trees"),
                Some(&json!({ "base_tree": req.base.tree, "tree": entries })),
                &[],
            )?
            .json()?;
        let mut body = json!({
            "message": req.message,
            "tree": str_at(&tree, "/sha")?,
            "parents": [req.base.head],
        });
        if let Some(a) = req.author {
            body["author"] = json!({ "name": a.name, "email": a.email });
            body["committer"] = json!({ "name": a.name, "email": a.email });
        }
        let commit = self
            .api
            .call("POST", &format!("{base}/git/commits"), Some(&body), &[])?
            .json()?;
        let sha = str_at(&commit, "/sha")?.to_string();
        let r = if req.create {
            self.api.send(
                "POST",
                &format!("{base}/git/refs"),
                Some(&json!({ "ref": format!("refs/heads/{}", req.branch), "sha": sha })),
            )?
        } else {
            self.api.send(
                "PATCH",
                &format!("{base}/git/refs/heads/{}", encode(req.branch, true)),
                Some(&json!({ "sha": sha, "force": req.force })),
            )?
        };
        match r.status {
            200..=299 => Ok(sha),
            409 | 422 => Err(DistError::Moved),
            _ => Err(super::host::status_error(&r, "moving the branch")),
        }
    }

    fn pull_request(
        &mut self,
        repo: &str,
        head: &str,
        base_branch: &str,
        title: &str,
        body: &str,
    ) -> Result<PullRequest, DistError> {
        let base = owner_repo(repo, "GitHub")?;
        let owner = repo.split('/').next().unwrap_or_default();
        let open = self
            .api
            .call(
                "GET",
                &format!(
                    "{base}/pulls?state=open&head={}&base={}&per_page=10",
                    encode(&format!("{owner}:{head}"), false),
                    encode(base_branch, false)
                ),
                None,
                &[],
            )?
            .json()?;
        if let Some(existing) = open.as_array().and_then(|a| a.first()) {
            let pr = github_like_pr(existing)?;
            let v = self
                .api
                .call(
                    "PATCH",
                    &format!("{base}/pulls/{}", pr.number),
                    Some(&json!({ "title": title, "body": body })),
                    &[],
                )?
                .json()?;
            return github_like_pr(&v);
        }
        let v = self
            .api
            .call(
                "POST",
                &format!("{base}/pulls"),
                Some(&json!({ "title": title, "head": head, "base": base_branch, "body": body })),
                &[],
            )?
            .json()?;
        github_like_pr(&v)
    }

    fn pull_request_state(&mut self, repo: &str, number: i64) -> Result<PullRequest, DistError> {
        let v = self
            .api
            .call(
                "GET",
                &format!("{}/pulls/{number}", owner_repo(repo, "GitHub")?),
                None,
                &[],
            )?
            .json()?;
        github_like_pr(&v)
    }

    fn web_url(&self, repo: &str) -> String {
        let base = self.api.base.trim_end_matches('/');
        let web = if let Some(h) = base.strip_suffix("/api/v3") {
            h.to_string()
        } else if base.contains("://api.github.com") {
            "https://github.com".to_string()
        } else {
            base.to_string()
        };
        format!("{web}/{repo}")
    }
}
