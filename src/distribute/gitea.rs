//! Gitea and Forgejo: one commit with several files through `POST /repos/{o}/{r}/contents`
//! (ChangeFilesOptions, each update and delete carrying the blob sha it was planned on, so a
//! file changed meanwhile fails the whole commit), and pull requests.
//!
//! Gitea's file operations carry no mode: new files are 100644 and updates keep the old
//! mode. A change that must set or clear an executable bit (a skill's script), and the
//! rebuild of Rulebook's rolling branch (the API cannot move a branch), are therefore made
//! by a real push over smart HTTP with the same token, checked against the same head; the
//! executable bit is never dropped silently.
//!
//! The base URL is the instance root (`https://gitea.example.com`); the API is `/api/v1`.

use base64::Engine;
use serde_json::{Value, json};

use super::DistError;
use super::git::PlainGit;
use super::host::{
    Api, CommitRequest, Host, Opening, Probe, PullRequest, Snapshot, encode, entry_of,
};
use crate::install::tree::Entry;
use crate::secrets::Secret;

/// A Gitea or Forgejo API client for one token, with a push fallback.
pub struct Gitea {
    api: Api,
    git: PlainGit,
    web: String,
}

/// Opens the provider (the `PROVIDERS` row).
pub fn open(o: Opening) -> Result<Box<dyn Host>, DistError> {
    let token = o
        .token
        .expose_str()
        .ok_or_else(|| DistError::Auth("the token is not text".into()))?
        .trim()
        .to_string();
    let web = o.base_url.trim_end_matches('/').to_string();
    let username = if o.username.is_empty() {
        "rulebook".to_string()
    } else {
        o.username.clone()
    };
    Ok(Box::new(Gitea {
        git: PlainGit::over_http(
            &web,
            username,
            Secret::new(token.clone().into_bytes()),
            o.egress.clone(),
            o.actor.clone(),
        ),
        api: Api {
            base: format!("{web}/api/v1"),
            egress: o.egress,
            actor: o.actor,
            headers: vec![
                ("Authorization".into(), format!("token {token}")),
                ("Accept".into(), "application/json".into()),
                ("User-Agent".into(), "rulebook".into()),
            ],
            calls: 0,
        },
        web,
    }))
}

fn repo_path(repo: &str) -> Result<String, DistError> {
    match repo.split_once('/') {
        Some((o, n)) if !o.is_empty() && !n.is_empty() && !n.contains('/') => {
            Ok(format!("/repos/{}/{}", encode(o, false), encode(n, false)))
        }
        _ => Err(DistError::Rejected(format!(
            "{repo:?} is not a Gitea repository (owner/name)"
        ))),
    }
}

fn str_at<'v>(v: &'v Value, ptr: &str) -> Result<&'v str, DistError> {
    v.pointer(ptr)
        .and_then(Value::as_str)
        .ok_or_else(|| DistError::Protocol(format!("no {ptr} in the answer")))
}

fn pr_of(v: &Value) -> Result<PullRequest, DistError> {
    let state = match (v["state"].as_str(), v["merged"].as_bool()) {
        (_, Some(true)) => "merged",
        (Some("open"), _) => "open",
        (Some(_), _) => "closed",
        (None, _) => return Err(DistError::Protocol("a pull request without a state".into())),
    };
    Ok(PullRequest {
        number: v["number"]
            .as_i64()
            .ok_or_else(|| DistError::Protocol("a pull request without a number".into()))?,
        url: v["html_url"].as_str().unwrap_or_default().to_string(),
        state: state.to_string(),
    })
}

/// True when the change needs a mode the contents API cannot set.
fn needs_mode(req: &CommitRequest<'_>) -> bool {
    req.changes.writes.iter().any(|(path, _, mode)| {
        let exec = mode & 0o111 != 0;
        match req.base.listing.get(path) {
            Some(Entry::Blob { mode: old, .. }) => (old & 0o111 != 0) != exec,
            _ => exec,
        }
    })
}

impl Gitea {
    /// The change as a real push: the branch the plan was read from is fetched, its head must
    /// still be the planned base, and the commit is built on it and pushed.
    fn push(&mut self, repo: &str, req: &CommitRequest<'_>) -> Result<String, DistError> {
        let git_repo = format!("{repo}.git");
        let now = self.git.snapshot(&git_repo, req.base_branch)?;
        if now.map(|s| s.head) != Some(req.base.head.clone()) {
            return Err(DistError::Moved);
        }
        self.git.commit(&git_repo, req)
    }
}

impl Host for Gitea {
    fn test(&mut self, repo: &str) -> Result<Probe, DistError> {
        let mut p = Probe::default();
        let user = self.api.call("GET", "/user", None, &[])?.json()?;
        p.user = user["login"].as_str().map(str::to_string);
        let v = self.api.call("GET", &repo_path(repo)?, None, &[])?.json()?;
        p.default_branch = v["default_branch"].as_str().map(str::to_string);
        p.can_push = v["permissions"]["push"].as_bool();
        for (k, on) in v["permissions"].as_object().cloned().unwrap_or_default() {
            if on.as_bool() == Some(true) {
                p.permissions.push(k);
            }
        }
        p.notes.push(
            "executable files are pushed over Git (the contents API has no file mode)".into(),
        );
        Ok(p)
    }

    fn snapshot(&mut self, repo: &str, branch: &str) -> Result<Option<Snapshot>, DistError> {
        let base = repo_path(repo)?;
        let b = self.api.call(
            "GET",
            &format!("{base}/branches/{}", encode(branch, true)),
            None,
            &[404],
        )?;
        if b.status == 404 {
            return Ok(None);
        }
        let head = str_at(&b.json()?, "/commit/id")?.to_string();
        let c = self
            .api
            .call("GET", &format!("{base}/git/commits/{head}"), None, &[])?
            .json()?;
        let tree = str_at(&c, "/commit/tree/sha")?.to_string();
        let mut listing = std::collections::BTreeMap::new();
        for page in 1..10_000 {
            let t = self
                .api
                .call(
                    "GET",
                    &format!("{base}/git/trees/{tree}?recursive=true&per_page=1000&page={page}"),
                    None,
                    &[],
                )?
                .json()?;
            for e in t["tree"].as_array().cloned().unwrap_or_default() {
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
            if t["truncated"].as_bool() != Some(true) {
                break;
            }
        }
        Ok(Some(Snapshot {
            head,
            tree,
            message: c["commit"]["message"]
                .as_str()
                .unwrap_or_default()
                .to_string(),
            parents: c["parents"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|p| p["sha"].as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default(),
            listing,
        }))
    }

    fn blob(&mut self, repo: &str, id: &str) -> Result<Vec<u8>, DistError> {
        let v = self
            .api
            .call(
                "GET",
                &format!("{}/git/blobs/{}", repo_path(repo)?, encode(id, false)),
                None,
                &[],
            )?
            .json()?;
        let content: String = str_at(&v, "/content")?
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        base64::engine::general_purpose::STANDARD
            .decode(content)
            .map_err(|e| DistError::Protocol(format!("a blob is not base64: {e}")))
    }

    fn commit(&mut self, repo: &str, req: &CommitRequest<'_>) -> Result<String, DistError> {
        if needs_mode(req) || (req.force && !req.create) {
            return self.push(repo, req);
        }
        let mut files = Vec::new();
        for (path, bytes, _) in &req.changes.writes {
            let content = base64::engine::general_purpose::STANDARD.encode(bytes);
            match req.base.listing.get(path) {
                Some(Entry::Blob { id, .. }) => files.push(
                    json!({ "operation": "update", "path": path, "content": content, "sha": id }),
                ),
                _ => files.push(json!({ "operation": "create", "path": path, "content": content })),
            }
        }
        for path in &req.changes.deletes {
            let sha = match req.base.listing.get(path) {
                Some(Entry::Blob { id, .. }) => id.clone(),
                _ => continue,
            };
            files.push(json!({ "operation": "delete", "path": path, "sha": sha }));
        }
        let mut body = json!({ "message": req.message, "files": files });
        if req.create {
            body["branch"] = json!(req.base_branch);
            body["new_branch"] = json!(req.branch);
        } else {
            body["branch"] = json!(req.branch);
        }
        if let Some(a) = req.author {
            body["author"] = json!({ "name": a.name, "email": a.email });
            body["committer"] = json!({ "name": a.name, "email": a.email });
        }
        let r = self.api.send(
            "POST",
            &format!("{}/contents", repo_path(repo)?),
            Some(&body),
        )?;
        match r.status {
            200..=299 => {
                let v = r.json()?;
                let sha = str_at(&v, "/commit/sha")?.to_string();
                let parent = v
                    .pointer("/commit/parents/0/sha")
                    .and_then(Value::as_str)
                    .map(str::to_string);
                if !req.create && parent.as_deref().is_some_and(|p| p != req.base.head) {
                    log::info!(
                        "distribution to {repo}: the branch moved during the commit; Gitea applied it on top (only other files had changed)"
                    );
                }
                Ok(sha)
            }
            404 | 409 | 422 => Err(DistError::Moved),
            _ => Err(super::host::status_error(&r, "committing")),
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
        let base = repo_path(repo)?;
        let open = self
            .api
            .call(
                "GET",
                &format!("{base}/pulls?state=open&limit=50"),
                None,
                &[],
            )?
            .json()?;
        let existing = open.as_array().and_then(|a| {
            a.iter()
                .find(|p| p["head"]["ref"] == head && p["base"]["ref"] == base_branch)
                .cloned()
        });
        if let Some(pr) = existing {
            let n = pr_of(&pr)?.number;
            let v = self
                .api
                .call(
                    "PATCH",
                    &format!("{base}/pulls/{n}"),
                    Some(&json!({ "title": title, "body": body })),
                    &[],
                )?
                .json()?;
            return pr_of(&v);
        }
        let v = self
            .api
            .call(
                "POST",
                &format!("{base}/pulls"),
                Some(&json!({ "head": head, "base": base_branch, "title": title, "body": body })),
                &[],
            )?
            .json()?;
        pr_of(&v)
    }

    fn pull_request_state(&mut self, repo: &str, number: i64) -> Result<PullRequest, DistError> {
        let v = self
            .api
            .call(
                "GET",
                &format!("{}/pulls/{number}", repo_path(repo)?),
                None,
                &[],
            )?
            .json()?;
        pr_of(&v)
    }

    fn web_url(&self, repo: &str) -> String {
        format!("{}/{repo}", self.web)
    }
}
