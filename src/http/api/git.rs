//! Git distribution over the API: connections (admin; the token is sealed and never shown
//! again), targets and their packages, distributing (jobs), cancelling, "Test connection",
//! and the overview of what landed where.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::{Value, json};

use crate::clock::rfc3339;
use crate::distribute::host::{PROVIDERS, provider};
use crate::distribute::worker::{Distributor, package_key};
use crate::error::Coded;
use crate::http::HttpError;
use crate::http::api::egress::vault_error;
use crate::http::call::Call;
use crate::http::reply::Reply;
use crate::render::Agent;
use crate::store::gitdist::{ConnectionRow, JobRow, NewConnection, NewTarget, TargetRow};

/// How long a job may take from being queued to finishing.
const JOB_DEADLINE_SECS: i64 = 3600;

fn distributor<'a>(call: &'a Call<'_>) -> Result<&'a std::sync::Arc<Distributor>, HttpError> {
    call.state
        .distributor
        .as_ref()
        .ok_or_else(|| HttpError::Unavailable("distribution is not running in this process".into()))
}

fn secret_name(org_id: i64, name: &str) -> String {
    format!("org.{org_id}.git.{name}.token")
}

fn connection_json(c: &ConnectionRow, token: Option<crate::secrets::vault::SecretStatus>) -> Value {
    json!({
        "name": c.name, "provider": c.provider, "base_url": c.base_url, "username": c.username,
        "app_id": c.app_id, "installation_id": c.installation_id,
        "max_concurrency": c.max_concurrency, "author_name": c.author_name, "author_email": c.author_email,
        "created_at": rfc3339(c.created_at),
        "token": token.map(|t| json!({ "hint": t.meta.hint, "updated_at": t.meta.updated_at, "usable": t.usable, "problem": t.problem })),
    })
}

/// `GET /api/v1/orgs/{org}/git/providers`.
pub fn providers(_call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let list: Vec<Value> = PROVIDERS
        .iter()
        .map(|p| json!({ "id": p.id, "name": p.name, "pull_requests": p.pull_requests, "example": p.example }))
        .collect();
    Ok(Reply::json(200, &json!({ "providers": list })))
}

/// `GET /api/v1/orgs/{org}/git/connections`.
pub fn connections(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let org = call.org()?.id;
    let secrets = call
        .state
        .vault
        .list(&format!("org.{org}.git."))
        .map_err(vault_error)?;
    let list: Vec<Value> = call
        .state
        .store
        .git_connections(org)?
        .iter()
        .map(|c| {
            connection_json(
                c,
                secrets
                    .iter()
                    .find(|s| s.meta.name == c.secret_name)
                    .cloned(),
            )
        })
        .collect();
    Ok(Reply::json(200, &json!({ "connections": list })))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ConnectionIn {
    name: String,
    provider: String,
    base_url: String,
    #[serde(default)]
    username: String,
    token: String,
    #[serde(default)]
    max_concurrency: Option<i64>,
    #[serde(default)]
    author_name: String,
    #[serde(default)]
    author_email: String,
    /// A GitHub App instead of a token: `token` is then the App's private key (PEM).
    #[serde(default)]
    app_id: String,
    #[serde(default)]
    installation_id: String,
}

/// A token as an API accepts it: 1 to 16 KiB of printable characters.
fn check_token(token: &str) -> Result<(), HttpError> {
    if token.is_empty() || token.len() > 16 * 1024 || token.chars().any(char::is_control) {
        return Err(HttpError::Invalid(
            "the token must be 1 to 16384 printable characters".into(),
        ));
    }
    Ok(())
}

fn checked_text(what: &str, v: &str, max: usize) -> Result<(), HttpError> {
    if v.len() > max || v.chars().any(char::is_control) {
        return Err(HttpError::Invalid(format!(
            "{what} must be at most {max} characters without control characters"
        )));
    }
    Ok(())
}

/// `POST /api/v1/orgs/{org}/git/connections`: the token is sealed, then never returned.
pub fn create_connection(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let org = call.org()?.id;
    let body: ConnectionIn = call.json()?;
    crate::model::names::slug(&body.name).map_err(|e| HttpError::Invalid(format!("name: {e}")))?;
    if provider(&body.provider).is_none() {
        let ids: Vec<&str> = PROVIDERS.iter().map(|p| p.id).collect();
        return Err(HttpError::Invalid(format!(
            "unknown provider {:?}; known: {}",
            body.provider,
            ids.join(", ")
        )));
    }
    let base_url = body.base_url.trim().trim_end_matches('/').to_string();
    crate::egress::client::target(&base_url)
        .map_err(|e| HttpError::Invalid(format!("base_url: {e}")))?;
    checked_text("base_url", &base_url, 500)?;
    checked_text("username", &body.username, 200)?;
    checked_text("author_name", &body.author_name, 200)?;
    checked_text("author_email", &body.author_email, 200)?;
    let max = body.max_concurrency.unwrap_or(4);
    if !(1..=64).contains(&max) {
        return Err(HttpError::Invalid("max_concurrency must be 1-64".into()));
    }
    let token = body.token.trim();
    let app = !body.app_id.is_empty() || !body.installation_id.is_empty();
    if app {
        let digits =
            |v: &str| !v.is_empty() && v.len() <= 20 && v.bytes().all(|b| b.is_ascii_digit());
        if body.provider != "github" || !digits(&body.app_id) || !digits(&body.installation_id) {
            return Err(HttpError::Invalid(
                "a GitHub App connection needs provider github, a numeric app_id and installation_id".into(),
            ));
        }
        if !token.contains("PRIVATE KEY-----") || token.len() > 16 * 1024 {
            return Err(HttpError::Invalid(
                "for a GitHub App, the token is the App's private key (PEM)".into(),
            ));
        }
    } else {
        check_token(token)?;
    }
    if call.state.store.git_connection(org, &body.name)?.is_some() {
        return Err(HttpError::Conflict(format!(
            "a connection named {} exists",
            body.name
        )));
    }
    let secret = secret_name(org, &body.name);
    let seal = call.event("secret.set", format!("secret:{secret}"), "success");
    let meta = call
        .state
        .vault
        .set(&secret, token, &seal)
        .map_err(vault_error)?;
    let event = call.event(
        "git.connection.created",
        format!("git-connection:{}", body.name),
        "success",
    );
    let row = call.state.store.create_git_connection(
        org,
        &NewConnection {
            name: &body.name,
            provider: &body.provider,
            base_url: &base_url,
            username: &body.username,
            secret_name: &secret,
            app_id: &body.app_id,
            installation_id: &body.installation_id,
            max_concurrency: max,
            author_name: &body.author_name,
            author_email: &body.author_email,
        },
        &event,
    )?;
    let status = crate::secrets::vault::SecretStatus {
        meta,
        usable: true,
        problem: None,
    };
    Ok(Reply::json(201, &connection_json(&row, Some(status))))
}

fn connection(call: &Call<'_>) -> Result<ConnectionRow, HttpError> {
    let org = call.org()?.id;
    let name = call.param("name")?;
    call.state
        .store
        .git_connection(org, name)?
        .ok_or(HttpError::NotFound)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TokenIn {
    token: String,
}

/// `PUT /api/v1/orgs/{org}/git/connections/{name}/token`: replaces the sealed token.
pub fn rotate_token(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let c = connection(call)?;
    let body: TokenIn = call.json()?;
    let token = body.token.trim();
    check_token(token)?;
    let event = call.event("secret.set", format!("secret:{}", c.secret_name), "success");
    call.state
        .vault
        .set(&c.secret_name, token, &event)
        .map_err(vault_error)?;
    Ok(Reply::empty(204))
}

/// `DELETE /api/v1/orgs/{org}/git/connections/{name}` (refused while targets use it).
pub fn delete_connection(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let c = connection(call)?;
    let event = call.event(
        "git.connection.deleted",
        format!("git-connection:{}", c.name),
        "success",
    );
    call.state
        .store
        .delete_git_connection(c.org_id, &c.name, &event)?;
    let event = call.event(
        "secret.deleted",
        format!("secret:{}", c.secret_name),
        "success",
    );
    match call.state.vault.delete(&c.secret_name, &event) {
        Ok(()) | Err(crate::secrets::vault::VaultError::NotFound(_)) => {}
        Err(e) => return Err(vault_error(e)),
    }
    Ok(Reply::empty(204))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TestIn {
    repo: String,
}

/// `POST /api/v1/orgs/{org}/git/connections/{name}/test` with `{"repo"}`: auth, permissions,
/// default branch and rate-limit headroom, or the error (200 either way: it is a report).
pub fn test_connection(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let c = connection(call)?;
    let body: TestIn = call.json()?;
    check_repo(&body.repo)?;
    let actor = call.who()?.username.clone();
    let started = std::time::Instant::now();
    let report = match distributor(call)?.test(&c, &body.repo, &actor) {
        Ok(p) => json!({ "ok": true, "probe": p }),
        Err(e) => json!({ "ok": false, "error": { "code": e.code(), "message": e.to_string() } }),
    };
    let mut report = report;
    report["ms"] = json!(started.elapsed().as_millis() as u64);
    Ok(Reply::json(200, &report))
}

fn check_repo(repo: &str) -> Result<(), HttpError> {
    let ok = !repo.is_empty()
        && repo.len() <= 300
        && !repo.starts_with('/')
        && !repo.ends_with('/')
        && !repo.contains("..")
        && !repo.contains("//")
        && repo
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-' | b'/' | b'~'));
    if ok {
        Ok(())
    } else {
        Err(HttpError::Invalid(format!(
            "repo {repo:?} must be a path like owner/name (letters, digits, . _ - ~ /)"
        )))
    }
}

fn check_branch(b: &str) -> Result<(), HttpError> {
    let ok = !b.is_empty()
        && b.len() <= 200
        && !b.starts_with(['-', '/', '.'])
        && !b.ends_with(['/', '.'])
        && !b.ends_with(".lock")
        && !b.contains("..")
        && !b.contains("//")
        && !b.contains("@{")
        && b.bytes()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'-' | b'/'));
    if ok {
        Ok(())
    } else {
        Err(HttpError::Invalid(format!(
            "branch {b:?} is not a valid branch name"
        )))
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TargetIn {
    connection: String,
    repo: String,
    branch: String,
    #[serde(default)]
    path: String,
    agents: Vec<String>,
    #[serde(default = "default_mode")]
    mode: String,
    #[serde(default)]
    packages: Vec<String>,
}

fn default_mode() -> String {
    "commit".into()
}

/// Package ids for `space/slug` (or `slug` in the default space) keys.
fn package_ids(call: &Call<'_>, keys: &[String]) -> Result<Vec<i64>, HttpError> {
    let org = call.org()?.id;
    let mut out = Vec::new();
    for k in keys {
        let (space, slug) = k.split_once('/').unwrap_or(("default", k.as_str()));
        let s = call
            .state
            .store
            .space_by_slug(org, space)?
            .ok_or_else(|| HttpError::Invalid(format!("no space {space:?}")))?;
        let p = call
            .state
            .store
            .package(s.id, slug)?
            .ok_or_else(|| HttpError::Invalid(format!("no package {k:?}")))?;
        out.push(p.id);
    }
    Ok(out)
}

fn target_json(t: &TargetRow) -> Value {
    let packages: Vec<String> = t
        .packages
        .iter()
        .map(|p| package_key(&p.space, &p.slug))
        .collect();
    json!({
        "id": t.id, "connection": t.connection, "repo": t.repo, "branch": t.branch, "path": t.path,
        "agents": t.agents, "mode": t.mode, "packages": packages, "created_at": rfc3339(t.created_at),
    })
}

/// `GET /api/v1/orgs/{org}/git/targets`.
pub fn targets(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let org = call.org()?.id;
    let list: Vec<Value> = call
        .state
        .store
        .git_targets(org)?
        .iter()
        .map(target_json)
        .collect();
    Ok(Reply::json(200, &json!({ "targets": list })))
}

/// `POST /api/v1/orgs/{org}/git/targets`.
pub fn create_target(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let org = call.org()?.id;
    let body: TargetIn = call.json()?;
    let conn = call
        .state
        .store
        .git_connection(org, &body.connection)?
        .ok_or_else(|| HttpError::Invalid(format!("no connection {:?}", body.connection)))?;
    check_repo(&body.repo)?;
    check_branch(&body.branch)?;
    let path = body.path.trim_matches('/').to_string();
    if !path.is_empty() {
        crate::model::artifact::check_relative_path(&path)
            .map_err(|e| HttpError::Invalid(format!("path: {e}")))?;
    }
    let mut agents = Vec::new();
    for a in &body.agents {
        if a == "all" {
            agents = Agent::ALL.iter().map(|a| a.id().to_string()).collect();
            break;
        }
        let agent =
            Agent::parse(a).ok_or_else(|| HttpError::Invalid(format!("unknown agent {a:?}")))?;
        agents.push(agent.id().to_string());
    }
    agents.sort();
    agents.dedup();
    if agents.is_empty() {
        return Err(HttpError::Invalid("name at least one agent".into()));
    }
    let mode = crate::distribute::job::Mode::parse(&body.mode)
        .ok_or_else(|| HttpError::Invalid("mode must be commit or pull_request".into()))?;
    if mode == crate::distribute::job::Mode::PullRequest
        && !provider(&conn.provider).is_some_and(|p| p.pull_requests)
    {
        return Err(HttpError::Invalid(format!(
            "provider {} has no pull requests: use mode commit",
            conn.provider
        )));
    }
    let ids = package_ids(call, &body.packages)?;
    let event = call.event(
        "git.target.created",
        format!("git-target:{}:{}@{}", conn.name, body.repo, body.branch),
        "success",
    );
    let t = call.state.store.create_git_target(
        org,
        &NewTarget {
            connection_id: conn.id,
            repo: &body.repo,
            branch: &body.branch,
            path: &path,
            agents: &agents,
            mode: &body.mode,
            package_ids: &ids,
        },
        &event,
    )?;
    Ok(Reply::json(201, &target_json(&t)))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PackagesIn {
    packages: Vec<String>,
}

/// `PUT /api/v1/orgs/{org}/git/targets/{id}/packages`: the packages a target receives.
pub fn set_packages(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let org = call.org()?.id;
    let id = call.id_param("id")?;
    let body: PackagesIn = call.json()?;
    let ids = package_ids(call, &body.packages)?;
    let event = call.event("git.target.packages", format!("git-target:{id}"), "success");
    let t = call
        .state
        .store
        .set_git_target_packages(org, id, &ids, &event)?;
    Ok(Reply::json(200, &target_json(&t)))
}

/// `DELETE /api/v1/orgs/{org}/git/targets/{id}`.
pub fn delete_target(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let org = call.org()?.id;
    let id = call.id_param("id")?;
    let event = call.event("git.target.deleted", format!("git-target:{id}"), "success");
    call.state.store.delete_git_target(org, id, &event)?;
    Ok(Reply::empty(204))
}

fn job_json(j: &JobRow) -> Value {
    json!({
        "id": j.id, "target": j.target_id, "batch": j.batch, "state": j.state,
        "cancel_requested": j.cancel_requested, "attempts": j.attempts,
        "requested_by": j.requested_by, "created_at": rfc3339(j.created_at),
        "started_at": j.started_at.map(rfc3339), "finished_at": j.finished_at.map(rfc3339),
        "commit": j.commit_id,
        "pull_request": j.pr_number.map(|n| json!({ "number": n, "url": j.pr_url, "state": j.pr_state })),
        "releases": serde_json::from_str::<Value>(&j.releases).unwrap_or(Value::Null),
        "detail": j.detail,
    })
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DistributeIn {
    #[serde(default)]
    targets: Vec<i64>,
    /// Every target that is not up to date (optionally only for `package`).
    #[serde(default)]
    outdated: bool,
    #[serde(default)]
    package: Option<String>,
}

/// `POST /api/v1/orgs/{org}/git/distribute`: queues one job per target; 202 with the jobs.
pub fn distribute(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let org = call.org()?.id;
    let body: DistributeIn = call.json()?;
    let d = distributor(call)?.clone();
    let mut ids = body.targets.clone();
    if body.outdated {
        let over = overview_rows(call)?;
        for t in over {
            let stale = t["packages"].as_array().is_some_and(|ps| {
                ps.iter().any(|p| {
                    matches!(
                        p["status"].as_str(),
                        Some("outdated" | "never distributed" | "removed")
                    ) && body.package.as_deref().is_none_or(|k| p["package"] == k)
                })
            });
            if stale && let Some(id) = t["id"].as_i64() {
                ids.push(id);
            }
        }
    }
    ids.sort();
    ids.dedup();
    if ids.is_empty() {
        return Ok(Reply::json(
            202,
            &json!({ "batch": Value::Null, "jobs": [] }),
        ));
    }
    if ids.len() > 5000 {
        return Err(HttpError::Invalid(
            "at most 5000 targets per distribution".into(),
        ));
    }
    let batch_bytes: [u8; 6] = crate::clock::random_bytes().map_err(|_| HttpError::Internal)?;
    let batch = crate::crypto::hex::encode(&batch_bytes);
    let who = call.who()?.username.clone();
    let event = call.event("git.distribute", format!("git-batch:{batch}"), "success");
    let queued =
        call.state
            .store
            .enqueue_git_jobs(org, &ids, &batch, &who, JOB_DEADLINE_SECS, &event)?;
    d.wake();
    let jobs: Vec<Value> = queued
        .iter()
        .map(|(t, j, new)| json!({ "target": t, "job": j, "queued": new }))
        .collect();
    Ok(Reply::json(202, &json!({ "batch": batch, "jobs": jobs })))
}

/// `GET /api/v1/orgs/{org}/git/jobs[?target=&limit=]`.
pub fn jobs(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let org = call.org()?.id;
    let target = match call.query_param("target") {
        Some(t) => Some(
            t.parse::<i64>()
                .map_err(|_| HttpError::BadRequest("target must be a number".into()))?,
        ),
        None => None,
    };
    let limit = call
        .query_param("limit")
        .and_then(|l| l.parse::<i64>().ok())
        .unwrap_or(100)
        .clamp(1, 1000);
    let list: Vec<Value> = call
        .state
        .store
        .git_jobs(org, target, limit)?
        .iter()
        .map(job_json)
        .collect();
    Ok(Reply::json(200, &json!({ "jobs": list })))
}

/// `GET /api/v1/orgs/{org}/git/jobs/{id}`.
pub fn job(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let org = call.org()?.id;
    let id = call.id_param("id")?;
    let j = call
        .state
        .store
        .git_job(org, id)?
        .ok_or(HttpError::NotFound)?;
    Ok(Reply::json(200, &job_json(&j)))
}

/// `POST /api/v1/orgs/{org}/git/jobs/{id}/cancel`.
pub fn cancel(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let org = call.org()?.id;
    let id = call.id_param("id")?;
    let event = call.event("git.job.cancel", format!("git-job:{id}"), "success");
    let j = call.state.store.cancel_git_job(org, id, &event)?;
    Ok(Reply::json(200, &job_json(&j)))
}

/// A package's newest release: its version and `(kind, slug, version)` items.
type Latest = (String, Vec<(String, String, i64)>);

/// Per target: each assigned (or formerly distributed) package's status against its newest
/// release, and the last job.
fn overview_rows(call: &Call<'_>) -> Result<Vec<Value>, HttpError> {
    let org = call.org()?.id;
    let store = &call.state.store;
    let targets = store.git_targets(org)?;
    let jobs = store.latest_git_jobs(org)?;
    let mut latest_cache: BTreeMap<i64, Option<Latest>> = BTreeMap::new();
    let mut out = Vec::new();
    for t in &targets {
        let last = jobs.iter().find(|j| j.target_id == t.id);
        let landed = jobs
            .iter()
            .find(|j| j.target_id == t.id && matches!(j.state.as_str(), "done" | "no_changes"));
        let releases: serde_json::Map<String, Value> = landed
            .and_then(|j| serde_json::from_str(&j.releases).ok())
            .unwrap_or_default();
        let live: Vec<Value> = landed
            .and_then(|j| serde_json::from_str(&j.artifacts).ok())
            .unwrap_or_default();
        let mut rows = Vec::new();
        for p in &t.packages {
            let key = package_key(&p.space, &p.slug);
            let latest = latest_cache
                .entry(p.package_id)
                .or_insert_with(|| {
                    store
                        .release_content(p.package_id, "latest")
                        .ok()
                        .flatten()
                        .map(|(r, items)| {
                            (
                                r.version,
                                items
                                    .into_iter()
                                    .map(|(i, _)| (i.kind.as_str().to_string(), i.slug, i.version))
                                    .collect(),
                            )
                        })
                })
                .clone();
            let installed = releases
                .get(&key)
                .and_then(|v| v.as_str())
                .map(str::to_string);
            let (status, changed) = match (&installed, &latest) {
                (_, None) => ("no release", Vec::new()),
                (None, Some(_)) => ("never distributed", Vec::new()),
                (Some(i), Some((l, _))) if i == l => ("up to date", Vec::new()),
                (Some(_), Some((_, items))) => {
                    let changed: Vec<Value> = items
                        .iter()
                        .filter(|(k, s, v)| {
                            !live.iter().any(|a| {
                                a["kind"] == k.as_str()
                                    && a["slug"] == s.as_str()
                                    && a["version"] == *v
                            })
                        })
                        .map(|(k, s, v)| json!({ "kind": k, "slug": s, "version": v }))
                        .collect();
                    ("outdated", changed)
                }
            };
            rows.push(json!({
                "package": key, "installed": installed, "latest": latest.as_ref().map(|l| l.0.clone()),
                "status": status, "changed": changed,
            }));
        }
        for (key, release) in &releases {
            if !t
                .packages
                .iter()
                .any(|p| package_key(&p.space, &p.slug) == *key)
            {
                rows.push(json!({ "package": key, "installed": release, "latest": Value::Null, "status": "removed", "changed": [] }));
            }
        }
        let mut v = target_json(t);
        v["packages"] = json!(rows);
        v["last_job"] = last.map(job_json).unwrap_or(Value::Null);
        v["live"] = json!(live);
        out.push(v);
    }
    Ok(out)
}

/// `GET /api/v1/orgs/{org}/git/overview`: targets × packages, and per artifact where it is
/// live and at which version.
pub fn overview(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let rows = overview_rows(call)?;
    let mut artifacts: BTreeMap<(String, String), Vec<Value>> = BTreeMap::new();
    for t in &rows {
        for a in t["live"].as_array().cloned().unwrap_or_default() {
            let key = (
                a["kind"].as_str().unwrap_or_default().to_string(),
                a["slug"].as_str().unwrap_or_default().to_string(),
            );
            artifacts.entry(key).or_default().push(json!({
                "target": t["id"], "repo": t["repo"], "branch": t["branch"], "path": t["path"],
                "version": a["version"], "package": a["package"],
            }));
        }
    }
    let artifacts: Vec<Value> = artifacts
        .into_iter()
        .map(|((kind, slug), live)| json!({ "kind": kind, "slug": slug, "live": live }))
        .collect();
    Ok(Reply::json(
        200,
        &json!({ "targets": rows, "artifacts": artifacts }),
    ))
}
