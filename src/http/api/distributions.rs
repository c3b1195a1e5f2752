//! Tracked repositories and the distribution overview: which release of which package each
//! tracked repository (and path, for monorepos) has installed, and whether it is the newest.
//! `rulebook install` reports after a successful install; only tracked repositories are kept.

use serde::Deserialize;
use serde_json::{Value, json};

use crate::clock::rfc3339;
use crate::http::HttpError;
use crate::http::call::Call;
use crate::http::reply::Reply;
use crate::store::accounts::SpaceRow;
use crate::store::distributions::Report;

/// A repository URL as compared and stored: trimmed, without credentials (`user:token@`
/// of CI checkouts), a trailing `/` or `.git`.
pub fn normalize_url(url: &str) -> String {
    let u = url.trim().trim_end_matches('/');
    let u = u.strip_suffix(".git").unwrap_or(u);
    match u.split_once("://") {
        Some((scheme, rest)) => {
            let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
            let host = host.rsplit_once('@').map(|(_, h)| h).unwrap_or(host);
            if path.is_empty() {
                format!("{scheme}://{host}")
            } else {
                format!("{scheme}://{host}/{path}")
            }
        }
        None => u.to_string(),
    }
}

/// Refuses an empty value, one over `max` characters, or one with spaces or control characters.
pub(crate) fn checked(what: &str, v: &str, max: usize) -> Result<(), HttpError> {
    if v.is_empty()
        || v.chars().count() > max
        || v.chars().any(|c| c.is_control() || c.is_whitespace())
    {
        return Err(HttpError::Invalid(format!(
            "{what} must be 1-{max} characters without spaces"
        )));
    }
    Ok(())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TrackIn {
    url: String,
    branch: String,
}

/// `POST /api/v1/orgs/{org}/repositories` (org admins): track a repository branch.
pub fn track(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let body: TrackIn = call.json()?;
    let url = normalize_url(&body.url);
    checked("url", &url, 500)?;
    checked("branch", &body.branch, 200)?;
    let org = call.org()?.id;
    let event = call.event(
        "repository.tracked",
        format!("repository:{url}#{}", body.branch),
        "success",
    );
    let r = call
        .state
        .store
        .track_repository(org, &url, &body.branch, &event)?;
    Ok(Reply::json(
        201,
        &json!({ "id": r.id, "url": r.url, "branch": r.branch }),
    ))
}

/// A package as named in a report and in `rulebook.lock`: `[space/]slug` (`default` when
/// no space is given).
fn package_ref(key: &str) -> (&str, &str) {
    key.split_once('/').unwrap_or(("default", key))
}

/// What the caller may know about a reported package: `None` if its space is not one the
/// caller reads (the entry is then left out entirely), else whether the package exists and
/// its newest release.
fn readable_package(
    call: &Call<'_>,
    spaces: &[SpaceRow],
    key: &str,
) -> Result<Option<Option<String>>, HttpError> {
    let (space, slug) = package_ref(key);
    let Some(s) = spaces.iter().find(|s| s.slug == space) else {
        return Ok(None);
    };
    let Some(p) = call.state.store.package(s.id, slug)? else {
        return Ok(Some(None));
    };
    Ok(Some(
        call.state
            .store
            .releases(p.id)?
            .into_iter()
            .next()
            .map(|r| r.version),
    ))
}

/// `GET /api/v1/orgs/{org}/repositories`: tracked repositories with what each path
/// installed, limited to packages (and their artifacts) in spaces the caller reads.
pub fn list(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let org = call.org()?.id;
    let spaces = call.readable_spaces()?;
    let repos = call.state.store.repositories(org)?;
    let dists = call.state.store.latest_distributions(org)?;
    let mut out = Vec::new();
    for r in repos {
        let mut paths = Vec::new();
        for d in dists.iter().filter(|d| d.repository_id == r.id) {
            let packages: serde_json::Map<String, Value> =
                serde_json::from_str(&d.packages).unwrap_or_default();
            let mut rows = Vec::new();
            let mut shown = Vec::new();
            for (key, installed) in packages {
                let Some(latest) = readable_package(call, &spaces, &key)? else {
                    continue;
                };
                let installed = installed.as_str().map(str::to_string);
                let state = match (&installed, &latest) {
                    (_, None) => "removed",
                    (Some(i), Some(l)) if i == l => "up to date",
                    _ => "outdated",
                };
                rows.push(json!({ "package": key, "installed": installed, "latest": latest, "status": state }));
                shown.push(key);
            }
            let artifacts: Vec<Value> = serde_json::from_str::<Vec<Value>>(&d.artifacts)
                .unwrap_or_default()
                .into_iter()
                .filter(|a| {
                    a["package"]
                        .as_str()
                        .is_some_and(|p| shown.iter().any(|k| k == p))
                })
                .collect();
            paths.push(json!({
                "path": d.path, "commit": d.commit_id, "reported_by": d.reported_by, "reported_at": rfc3339(d.reported_at),
                "packages": rows,
                "agents": serde_json::from_str::<Value>(&d.agents).unwrap_or(Value::Null),
                "artifacts": artifacts,
            }));
        }
        out.push(json!({ "id": r.id, "url": r.url, "branch": r.branch, "tracked_since": rfc3339(r.created_at), "installs": paths }));
    }
    Ok(Reply::json(200, &json!({ "repositories": out })))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReportIn {
    url: String,
    branch: String,
    #[serde(default)]
    path: String,
    #[serde(default)]
    commit: String,
    packages: serde_json::Map<String, Value>,
    artifacts: Vec<Value>,
    agents: Vec<String>,
}

/// `POST /api/v1/orgs/{org}/distributions`: an install's report; kept only for tracked
/// repositories (`{"recorded": false}` otherwise).
pub fn report(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let body: ReportIn = call.json()?;
    let url = normalize_url(&body.url);
    checked("url", &url, 500)?;
    checked("branch", &body.branch, 200)?;
    if body.path.len() > 500
        || body.commit.len() > 64
        || body.artifacts.len() > 10_000
        || body.packages.len() > 1000
    {
        return Err(HttpError::Invalid("report too large".into()));
    }
    // A report names only packages the reporter can read, and artifacts of those packages:
    // anything else is refused as a whole (one answer for "no such package" and "not yours",
    // so a report cannot probe for private packages).
    let spaces = call.readable_spaces()?;
    let mut refused = Vec::new();
    for key in body.packages.keys() {
        if !matches!(readable_package(call, &spaces, key)?, Some(Some(_))) {
            refused.push(key.clone());
        }
    }
    if !refused.is_empty() {
        return Err(HttpError::Invalid(format!(
            "the report names packages that do not exist or that you cannot read: {}",
            refused.join(", ")
        )));
    }
    if body.artifacts.iter().any(|a| {
        a["package"]
            .as_str()
            .is_none_or(|p| !body.packages.contains_key(p))
    }) {
        return Err(HttpError::Invalid(
            "every reported artifact must name one of the reported packages".into(),
        ));
    }
    let org = call.org()?.id;
    let who = call.who()?.username.clone();
    let json = |v: Value| v.to_string();
    let packages = json(Value::Object(body.packages));
    let artifacts = json(Value::Array(body.artifacts));
    let agents = json(json!(body.agents));
    let report = Report {
        url: &url,
        branch: &body.branch,
        path: &body.path,
        commit_id: &body.commit,
        reported_by: &who,
        packages: &packages,
        artifacts: &artifacts,
        agents: &agents,
    };
    let event = call.event(
        "distribution.reported",
        format!("repository:{url}#{}:{}", body.branch, body.path),
        "success",
    );
    let recorded = call.state.store.record_distribution(org, &report, &event)?;
    Ok(Reply::json(
        if recorded { 201 } else { 200 },
        &json!({ "recorded": recorded }),
    ))
}

#[cfg(test)]
mod tests {
    use super::normalize_url;

    #[test]
    fn credentials_and_suffixes_are_dropped() {
        assert_eq!(
            normalize_url("https://gitlab-ci-token:XYZ@git.example/team/api.git/"),
            "https://git.example/team/api"
        );
        assert_eq!(
            normalize_url("ssh://git@git.example:2222/team/api.git"),
            "ssh://git.example:2222/team/api"
        );
        assert_eq!(
            normalize_url("git@git.example:team/api.git"),
            "git@git.example:team/api"
        );
    }
}
