//! Azure DevOps Server: one atomic commit through the pushes API
//! (`POST {collection}/{project}/_apis/git/repositories/{repo}/pushes`, several changes,
//! `oldObjectId` = the head that was read, so a moved head is refused with 409), and pull
//! requests through its REST API.
//!
//! Azure's REST API reports no file modes and its changes carry none, so the branch is read
//! over Git (smart HTTP, the same token) to know which files are executable, and a change
//! that must set or clear an executable bit, or rebuild Rulebook's rolling branch, is made
//! by a real push checked against the same head. The API version is 6.0 (Azure DevOps
//! Server 2020 and later).
//!
//! The base URL is the collection (`https://ado.example.com/tfs/DefaultCollection`);
//! repositories are named `project/repo`.

use base64::Engine;
use serde_json::{Value, json};

use super::DistError;
use super::git::PlainGit;
use super::host::{Api, CommitRequest, Host, Opening, Probe, PullRequest, Snapshot, encode};
use crate::install::tree::Entry;

const API_VERSION: &str = "api-version=6.0";

/// An Azure DevOps Server collection.
pub struct Azure {
    api: Api,
    git: PlainGit,
    web: String,
}

/// Opens the provider (the `PROVIDERS` row).
pub fn open(o: Opening) -> Result<Box<dyn Host>, DistError> {
    let token = o.token_text()?;
    let web = o.web();
    let basic = base64::engine::general_purpose::STANDARD.encode(format!(":{token}"));
    Ok(Box::new(Azure {
        git: o.git(&web, "pat")?,
        api: o.api(
            web.clone(),
            vec![
                ("Authorization".into(), format!("Basic {basic}")),
                ("Accept".into(), "application/json".into()),
            ],
        ),
        web,
    }))
}

/// `project/repo` → (the REST path of the repository, its Git path below the collection).
fn paths(repo: &str) -> Result<(String, String), DistError> {
    match repo.split_once('/') {
        Some((p, r)) if !p.is_empty() && !r.is_empty() && !r.contains('/') => Ok((
            format!(
                "/{}/_apis/git/repositories/{}",
                encode(p, false),
                encode(r, false)
            ),
            format!("{p}/_git/{r}"),
        )),
        _ => Err(DistError::Rejected(format!(
            "{repo:?} is not an Azure DevOps repository (project/repo)"
        ))),
    }
}

fn needs_git(req: &CommitRequest<'_>) -> bool {
    req.force && !req.create
        || req.changes.writes.iter().any(|(path, _, mode)| {
            let exec = mode & 0o111 != 0;
            match req.base.listing.get(path) {
                Some(Entry::Blob { mode: old, .. }) => (old & 0o111 != 0) != exec,
                _ => exec,
            }
        })
}

fn pr_of(v: &Value, web: &str, repo: &str) -> Result<PullRequest, DistError> {
    let state = match v["status"].as_str() {
        Some("active") => "open",
        Some("completed") => "merged",
        Some(_) => "closed",
        None => {
            return Err(DistError::Protocol(
                "a pull request without a status".into(),
            ));
        }
    };
    let number = v["pullRequestId"]
        .as_i64()
        .ok_or_else(|| DistError::Protocol("a pull request without an id".into()))?;
    let url = match paths(repo) {
        Ok((_, git)) => format!("{web}/{git}/pullrequest/{number}"),
        Err(_) => String::new(),
    };
    Ok(PullRequest {
        number,
        url,
        state: state.to_string(),
    })
}

impl Host for Azure {
    fn test(&mut self, repo: &str) -> Result<Probe, DistError> {
        let (rest, git) = paths(repo)?;
        let v = self
            .api
            .call("GET", &format!("{rest}?{API_VERSION}"), None, &[])?
            .json()?;
        let mut p = self.git.test(&git)?;
        p.user = Some("personal access token".into());
        p.default_branch = v["defaultBranch"]
            .as_str()
            .map(|b| b.trim_start_matches("refs/heads/").to_string())
            .or(p.default_branch);
        p.notes.push(
            "files are read and executable files pushed over Git (the REST API has no file modes)"
                .into(),
        );
        Ok(p)
    }

    fn snapshot(&mut self, repo: &str, branch: &str) -> Result<Option<Snapshot>, DistError> {
        let (_, git) = paths(repo)?;
        self.git.snapshot(&git, branch)
    }

    fn blob(&mut self, repo: &str, id: &str) -> Result<Vec<u8>, DistError> {
        let (_, git) = paths(repo)?;
        self.git.blob(&git, id)
    }

    fn commit(&mut self, repo: &str, req: &CommitRequest<'_>) -> Result<String, DistError> {
        let (rest, git) = paths(repo)?;
        if needs_git(req) {
            let now = self.git.snapshot(&git, req.base_branch)?;
            if now.map(|s| s.head) != Some(req.base.head.clone()) {
                return Err(DistError::Moved);
            }
            return self.git.commit(&git, req);
        }
        let mut changes = Vec::new();
        for (path, bytes, _) in &req.changes.writes {
            let kind = if req.base.listing.contains_key(path) {
                "edit"
            } else {
                "add"
            };
            changes.push(json!({
                "changeType": kind, "item": { "path": format!("/{path}") },
                "newContent": { "content": base64::engine::general_purpose::STANDARD.encode(bytes), "contentType": "base64encoded" },
            }));
        }
        for path in &req.changes.deletes {
            changes.push(json!({ "changeType": "delete", "item": { "path": format!("/{path}") } }));
        }
        let mut commit = json!({ "comment": req.message, "changes": changes });
        let old = if req.create {
            commit["parents"] = json!([req.base.head]);
            "0".repeat(40)
        } else {
            req.base.head.clone()
        };
        if let Some(a) = req.author {
            commit["author"] = json!({ "name": a.name, "email": a.email });
            commit["committer"] = json!({ "name": a.name, "email": a.email });
        }
        let body = json!({
            "refUpdates": [{ "name": format!("refs/heads/{}", req.branch), "oldObjectId": old }],
            "commits": [commit],
        });
        let r = self
            .api
            .send("POST", &format!("{rest}/pushes?{API_VERSION}"), Some(&body))?;
        match r.status {
            200..=299 => {
                let v = r.json()?;
                v.pointer("/commits/0/commitId")
                    .and_then(Value::as_str)
                    .map(str::to_string)
                    .ok_or_else(|| DistError::Protocol("a push without a commit id".into()))
            }
            409 => Err(DistError::Moved),
            400 if {
                let m = r.message().to_ascii_lowercase();
                m.contains("already exists")
                    || m.contains("not found")
                    || m.contains("does not exist")
            } =>
            {
                Err(DistError::Moved)
            }
            _ => Err(super::host::status_error(&r, "pushing")),
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
        let (rest, _) = paths(repo)?;
        let from = format!("refs/heads/{head}");
        let to = format!("refs/heads/{base_branch}");
        let open = self
            .api
            .call(
                "GET",
                &format!(
                    "{rest}/pullrequests?searchCriteria.sourceRefName={}&searchCriteria.targetRefName={}&searchCriteria.status=active&{API_VERSION}",
                    encode(&from, false),
                    encode(&to, false)
                ),
                None,
                &[],
            )?
            .json()?;
        if let Some(id) = open["value"]
            .as_array()
            .and_then(|a| a.first())
            .and_then(|p| p["pullRequestId"].as_i64())
        {
            let v = self
                .api
                .call(
                    "PATCH",
                    &format!("{rest}/pullrequests/{id}?{API_VERSION}"),
                    Some(&json!({ "title": title, "description": body })),
                    &[],
                )?
                .json()?;
            return pr_of(&v, &self.web, repo);
        }
        let v = self
            .api
            .call(
                "POST",
                &format!("{rest}/pullrequests?{API_VERSION}"),
                Some(&json!({ "sourceRefName": from, "targetRefName": to, "title": title, "description": body })),
                &[],
            )?
            .json()?;
        pr_of(&v, &self.web, repo)
    }

    fn pull_request_state(&mut self, repo: &str, number: i64) -> Result<PullRequest, DistError> {
        let (rest, _) = paths(repo)?;
        let v = self
            .api
            .call(
                "GET",
                &format!("{rest}/pullrequests/{number}?{API_VERSION}"),
                None,
                &[],
            )?
            .json()?;
        pr_of(&v, &self.web, repo)
    }

    fn web_url(&self, repo: &str) -> String {
        match paths(repo) {
            Ok((_, git)) => format!("{}/{git}", self.web),
            Err(_) => self.web.clone(),
        }
    }
}
