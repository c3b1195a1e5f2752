//! Bitbucket Data Center (Server): the commit is a real push over smart HTTP(S) (Bitbucket has
//! no multi-file commit API), made by the plain Git provider at `<base>/scm/<PROJECT>/<repo>.git`
//! with the HTTP access token as the Basic password; pull requests go through the REST API
//! 1.0 (`/rest/api/1.0/projects/<PROJECT>/repos/<repo>/pull-requests`), updated with the
//! optimistic `version` Bitbucket requires.
//!
//! The base URL is the instance root (`https://bitbucket.example.com`); repositories are
//! named `PROJECT/repo`.

use serde_json::{Value, json};

use super::DistError;
use super::git::PlainGit;
use super::host::{Api, CommitRequest, Host, Opening, Probe, PullRequest, Snapshot, encode};

/// A Bitbucket Data Center repository host.
pub struct Bitbucket {
    git: PlainGit,
    api: Api,
    web: String,
}

/// Opens the provider (the `PROVIDERS` row).
pub fn open(o: Opening) -> Result<Box<dyn Host>, DistError> {
    let token = o.token_text()?;
    let web = o.web();
    Ok(Box::new(Bitbucket {
        git: o.git(&format!("{web}/scm"), "x-token-auth")?,
        api: o.api(
            format!("{web}/rest/api/1.0"),
            vec![
                ("Authorization".into(), format!("Bearer {token}")),
                ("Accept".into(), "application/json".into()),
            ],
        ),
        web,
    }))
}

/// `PROJECT/repo` → (`/projects/PROJECT/repos/repo`, `PROJECT/repo.git`).
fn paths(repo: &str) -> Result<(String, String), DistError> {
    match repo.split_once('/') {
        Some((p, r)) if !p.is_empty() && !r.is_empty() && !r.contains('/') => {
            let r = r.trim_end_matches(".git");
            Ok((
                format!("/projects/{}/repos/{}", encode(p, false), encode(r, false)),
                format!("{p}/{r}.git"),
            ))
        }
        _ => Err(DistError::Rejected(format!(
            "{repo:?} is not a Bitbucket repository (PROJECT/repo)"
        ))),
    }
}

fn pr_of(v: &Value) -> Result<PullRequest, DistError> {
    let state = match v["state"].as_str() {
        Some("OPEN") => "open",
        Some("MERGED") => "merged",
        Some(_) => "closed",
        None => return Err(DistError::Protocol("a pull request without a state".into())),
    };
    Ok(PullRequest {
        number: v["id"]
            .as_i64()
            .ok_or_else(|| DistError::Protocol("a pull request without an id".into()))?,
        url: v
            .pointer("/links/self/0/href")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string(),
        state: state.to_string(),
    })
}

impl Host for Bitbucket {
    fn test(&mut self, repo: &str) -> Result<Probe, DistError> {
        let (rest, git) = paths(repo)?;
        let r = self.api.call("GET", &rest, None, &[])?;
        let user = r.header("x-ausername").map(str::to_string);
        let b = self
            .api
            .call("GET", &format!("{rest}/branches/default"), None, &[])?
            .json()?;
        let mut p = self.git.test(&git)?;
        p.user = user.or(p.user);
        p.default_branch = b["displayId"]
            .as_str()
            .map(str::to_string)
            .or(p.default_branch);
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
        let (_, git) = paths(repo)?;
        self.git.commit(&git, req)
    }

    fn pull_request(
        &mut self,
        repo: &str,
        head: &str,
        base: &str,
        title: &str,
        body: &str,
    ) -> Result<PullRequest, DistError> {
        let (rest, _) = paths(repo)?;
        let from = format!("refs/heads/{head}");
        let to = format!("refs/heads/{base}");
        let open = self
            .api
            .call(
                "GET",
                &format!(
                    "{rest}/pull-requests?direction=OUTGOING&at={}&state=OPEN&limit=50",
                    encode(&from, false)
                ),
                None,
                &[],
            )?
            .json()?;
        let existing = open["values"]
            .as_array()
            .and_then(|a| a.iter().find(|p| p["toRef"]["id"] == to.as_str()))
            .cloned();
        if let Some(pr) = existing {
            let id = pr_of(&pr)?.number;
            let v = self
                .api
                .call(
                    "PUT",
                    &format!("{rest}/pull-requests/{id}"),
                    Some(&json!({ "version": pr["version"], "title": title, "description": body })),
                    &[],
                )?
                .json()?;
            return pr_of(&v);
        }
        let v = self
            .api
            .call(
                "POST",
                &format!("{rest}/pull-requests"),
                Some(&json!({ "title": title, "description": body,
                              "fromRef": { "id": from }, "toRef": { "id": to } })),
                &[],
            )?
            .json()?;
        pr_of(&v)
    }

    fn pull_request_state(&mut self, repo: &str, number: i64) -> Result<PullRequest, DistError> {
        let (rest, _) = paths(repo)?;
        let v = self
            .api
            .call("GET", &format!("{rest}/pull-requests/{number}"), None, &[])?
            .json()?;
        pr_of(&v)
    }

    fn web_url(&self, repo: &str) -> String {
        match paths(repo) {
            Ok((rest, _)) => format!("{}{rest}", self.web),
            Err(_) => self.web.clone(),
        }
    }
}
