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
    Api, CommitRequest, Host, Opening, Probe, PullRequest, Snapshot, base64_at, encode,
    github_like_pr, listing_of, owner_repo, parent_shas, str_at,
};
use crate::install::tree::Entry;

/// A Gitea or Forgejo API client for one token, with a push fallback.
pub struct Gitea {
    api: Api,
    git: PlainGit,
    web: String,
}

/// Opens the provider (the `PROVIDERS` row).
pub fn open(o: Opening) -> Result<Box<dyn Host>, DistError> {
    let token = o.token_text()?;
    let web = o.web();
    Ok(Box::new(Gitea {
        git: o.git(&web, "rulebook")?,
        api: o.api(
            format!("{web}/api/v1"),
            vec![
                ("Authorization".into(), format!("token {token}")),
                ("Accept".into(), "application/json".into()),
            ],
        ),
        web,
    }))
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
        let v = self
            .api
            .call("GET", &owner_repo(repo, "Gitea")?, None, &[])?
            .json()?;
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
        let base = owner_repo(repo, "Gitea")?;
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
            listing.extend(listing_of(&t["tree"])?);
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
                    owner_repo(repo, "Gitea")?,
                    encode(id, false)
                ),
                None,
                &[],
            )?
            .json()?;
        base64_at(&v, "/content")
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
            &format!("{}/contents", owner_repo(repo, "Gitea")?),
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
        let base = owner_repo(repo, "Gitea")?;
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
            let n = github_like_pr(&pr)?.number;
            let v = self
                .api
                .call(
                    "PATCH",
                    &format!("{base}/pulls/{n}"),
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
                Some(&json!({ "head": head, "base": base_branch, "title": title, "body": body })),
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
                &format!("{}/pulls/{number}", owner_repo(repo, "Gitea")?),
                None,
                &[],
            )?
            .json()?;
        github_like_pr(&v)
    }

    fn web_url(&self, repo: &str) -> String {
        format!("{}/{repo}", self.web)
    }
}
