//! GitLab self-managed: one commit with several actions through
//! `POST /projects/:id/repository/commits` (create, update, delete, and chmod for the
//! executable bit), and merge requests from Rulebook's rolling branch.
//!
//! GitLab's commit API cannot make a commit conditional on the branch head. What it can
//! guard, it does here: every update and delete carries the `last_commit_id` of its file as
//! read (fetched with the file), so a file changed since it was read fails the whole commit
//! (retried by the job as a moved head), and a create fails if the file appeared. A
//! concurrent commit that touched only other files is kept: the commit lands on top of it.
//! The rolling branch of merge requests is rebuilt with `start_sha` (and `force`), which is
//! atomic.
//!
//! The base URL is the instance root (`https://gitlab.example.com`); the API is `/api/v4`.

use std::collections::HashMap;

use base64::Engine;
use serde_json::{Value, json};

use super::DistError;
use super::host::{
    Api, CommitRequest, Host, Opening, Probe, PullRequest, Snapshot, encode, entry_of,
};
use crate::install::tree::Entry;

/// A GitLab API client for one token.
pub struct GitLab {
    api: Api,
    web: String,
    /// `(head, path)` → the last commit that touched the file, learnt when it was read.
    last_commits: HashMap<(String, String), String>,
}

/// Opens the provider (the `PROVIDERS` row).
pub fn open(o: Opening) -> Result<Box<dyn Host>, DistError> {
    let token = o.token_text()?;
    let web = o.web();
    Ok(Box::new(GitLab {
        api: o.api(
            format!("{web}/api/v4"),
            vec![
                ("PRIVATE-TOKEN".into(), token),
                ("Accept".into(), "application/json".into()),
            ],
        ),
        web,
        last_commits: HashMap::new(),
    }))
}

fn project(repo: &str) -> Result<String, DistError> {
    if repo.is_empty() || repo.starts_with('/') || repo.ends_with('/') || repo.contains("//") {
        return Err(DistError::Rejected(format!(
            "{repo:?} is not a GitLab project path (group/name)"
        )));
    }
    Ok(format!("/projects/{}", encode(repo, false)))
}

fn mr_of(v: &Value) -> Result<PullRequest, DistError> {
    let state = match v["state"].as_str() {
        Some("opened") => "open",
        Some("merged") => "merged",
        Some(_) => "closed",
        None => {
            return Err(DistError::Protocol(
                "a merge request without a state".into(),
            ));
        }
    };
    Ok(PullRequest {
        number: v["iid"]
            .as_i64()
            .ok_or_else(|| DistError::Protocol("a merge request without an iid".into()))?,
        url: v["web_url"].as_str().unwrap_or_default().to_string(),
        state: state.to_string(),
    })
}

/// True for GitLab's answers that mean "the files changed since they were read".
fn stale(message: &str) -> bool {
    let m = message.to_ascii_lowercase();
    m.contains("has changed since")
        || m.contains("already exists")
        || m.contains("doesn't exist")
        || m.contains("does not exist")
}

impl Host for GitLab {
    fn test(&mut self, repo: &str) -> Result<Probe, DistError> {
        let mut p = Probe::default();
        let user = self.api.call("GET", "/user", None, &[])?;
        p.user = user.json()?["username"].as_str().map(str::to_string);
        if let Ok(t) = self
            .api
            .call("GET", "/personal_access_tokens/self", None, &[])
            && let Ok(v) = t.json()
        {
            {
                p.permissions = v["scopes"]
                    .as_array()
                    .map(|a| {
                        a.iter()
                            .filter_map(|s| s.as_str().map(str::to_string))
                            .collect()
                    })
                    .unwrap_or_default();
            }
        }
        let r = self.api.call("GET", &project(repo)?, None, &[])?;
        p.rate_remaining = r.header("ratelimit-remaining").and_then(|v| v.parse().ok());
        p.rate_limit = r.header("ratelimit-limit").and_then(|v| v.parse().ok());
        let v = r.json()?;
        p.default_branch = v["default_branch"].as_str().map(str::to_string);
        let level = [
            v.pointer("/permissions/project_access/access_level"),
            v.pointer("/permissions/group_access/access_level"),
        ]
        .into_iter()
        .flatten()
        .filter_map(Value::as_i64)
        .max();
        if let Some(l) = level {
            p.can_push = Some(l >= 30);
            p.permissions.push(format!("access_level {l}"));
        }
        if p.can_push == Some(false) {
            p.notes
                .push("the token's user cannot push (needs Developer or above)".into());
        }
        Ok(p)
    }

    fn snapshot(&mut self, repo: &str, branch: &str) -> Result<Option<Snapshot>, DistError> {
        let base = project(repo)?;
        let b = self.api.call(
            "GET",
            &format!("{base}/repository/branches/{}", encode(branch, false)),
            None,
            &[404],
        )?;
        if b.status == 404 {
            return Ok(None);
        }
        let head = b.json()?["commit"]["id"]
            .as_str()
            .ok_or_else(|| DistError::Protocol("a branch without a commit".into()))?
            .to_string();
        let c = self
            .api
            .call(
                "GET",
                &format!("{base}/repository/commits/{head}"),
                None,
                &[],
            )?
            .json()?;
        let mut listing = std::collections::BTreeMap::new();
        let mut page = "1".to_string();
        for _ in 0..10_000 {
            let r = self.api.call(
                "GET",
                &format!(
                    "{base}/repository/tree?ref={head}&recursive=true&per_page=100&page={page}"
                ),
                None,
                &[],
            )?;
            for e in r.json()?.as_array().cloned().unwrap_or_default() {
                let (Some(path), Some(mode), Some(kind)) =
                    (e["path"].as_str(), e["mode"].as_str(), e["type"].as_str())
                else {
                    return Err(DistError::Protocol("a tree entry lacks a field".into()));
                };
                if let Some(entry) = entry_of(mode, kind, &format!("{head}:{path}")) {
                    listing.insert(path.to_string(), entry);
                }
            }
            match r.header("x-next-page").map(str::trim) {
                Some(n) if !n.is_empty() => page = n.to_string(),
                _ => break,
            }
        }
        Ok(Some(Snapshot {
            tree: String::new(),
            message: c["message"].as_str().unwrap_or_default().to_string(),
            parents: c["parent_ids"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|p| p.as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default(),
            head,
            listing,
        }))
    }

    fn blob(&mut self, repo: &str, id: &str) -> Result<Vec<u8>, DistError> {
        let (head, path) = id
            .split_once(':')
            .ok_or_else(|| DistError::Protocol(format!("bad blob id {id:?}")))?;
        let v = self
            .api
            .call(
                "GET",
                &format!(
                    "{}/repository/files/{}?ref={head}",
                    project(repo)?,
                    encode(path, false)
                ),
                None,
                &[],
            )?
            .json()?;
        if let Some(last) = v["last_commit_id"].as_str() {
            self.last_commits
                .insert((head.to_string(), path.to_string()), last.to_string());
        }
        let content: String = v["content"]
            .as_str()
            .ok_or_else(|| DistError::Protocol("a file without content".into()))?
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        base64::engine::general_purpose::STANDARD
            .decode(content)
            .map_err(|e| DistError::Protocol(format!("a file is not base64: {e}")))
    }

    fn commit(&mut self, repo: &str, req: &CommitRequest<'_>) -> Result<String, DistError> {
        let head = &req.base.head;
        let last = |path: &str| {
            self.last_commits
                .get(&(head.clone(), path.to_string()))
                .cloned()
        };
        let mut actions = Vec::new();
        for (path, bytes, mode) in &req.changes.writes {
            let content = base64::engine::general_purpose::STANDARD.encode(bytes);
            let exec = mode & 0o111 != 0;
            match req.base.listing.get(path) {
                Some(Entry::Blob { mode: old, .. }) => {
                    let mut a = json!({ "action": "update", "file_path": path, "content": content, "encoding": "base64" });
                    if let Some(l) = last(path) {
                        a["last_commit_id"] = json!(l);
                    }
                    actions.push(a);
                    if (old & 0o111 != 0) != exec {
                        actions.push(json!({ "action": "chmod", "file_path": path, "execute_filemode": exec }));
                    }
                }
                _ => {
                    actions.push(json!({ "action": "create", "file_path": path, "content": content, "encoding": "base64", "execute_filemode": exec }));
                }
            }
        }
        for path in &req.changes.deletes {
            let mut a = json!({ "action": "delete", "file_path": path });
            if let Some(l) = last(path) {
                a["last_commit_id"] = json!(l);
            }
            actions.push(a);
        }
        let mut body = json!({
            "branch": req.branch,
            "commit_message": req.message,
            "actions": actions,
        });
        if req.create || req.force {
            body["start_sha"] = json!(head);
        }
        if req.force && !req.create {
            body["force"] = json!(true);
        }
        if let Some(a) = req.author {
            body["author_name"] = json!(a.name);
            body["author_email"] = json!(a.email);
        }
        let r = self.api.send(
            "POST",
            &format!("{}/repository/commits", project(repo)?),
            Some(&body),
        )?;
        match r.status {
            200..=299 => {
                let v = r.json()?;
                let id = v["id"]
                    .as_str()
                    .ok_or_else(|| DistError::Protocol("a commit without an id".into()))?
                    .to_string();
                if !req.force && v["parent_ids"][0].as_str() != Some(head.as_str()) {
                    log::info!(
                        "distribution to {repo}: the branch moved during the commit; GitLab applied it on top (only other files had changed)"
                    );
                }
                Ok(id)
            }
            400 if stale(&r.message()) => Err(DistError::Moved),
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
        let base = project(repo)?;
        let open = self
            .api
            .call(
                "GET",
                &format!(
                    "{base}/merge_requests?state=opened&source_branch={}&target_branch={}",
                    encode(head, false),
                    encode(base_branch, false)
                ),
                None,
                &[],
            )?
            .json()?;
        if let Some(existing) = open.as_array().and_then(|a| a.first()) {
            let mr = mr_of(existing)?;
            let v = self
                .api
                .call(
                    "PUT",
                    &format!("{base}/merge_requests/{}", mr.number),
                    Some(&json!({ "title": title, "description": body })),
                    &[],
                )?
                .json()?;
            return mr_of(&v);
        }
        let v = self
            .api
            .call(
                "POST",
                &format!("{base}/merge_requests"),
                Some(&json!({ "source_branch": head, "target_branch": base_branch, "title": title, "description": body })),
                &[],
            )?
            .json()?;
        mr_of(&v)
    }

    fn pull_request_state(&mut self, repo: &str, number: i64) -> Result<PullRequest, DistError> {
        let v = self
            .api
            .call(
                "GET",
                &format!("{}/merge_requests/{number}", project(repo)?),
                None,
                &[],
            )?
            .json()?;
        mr_of(&v)
    }

    fn web_url(&self, repo: &str) -> String {
        format!("{}/{repo}", self.web)
    }
}
