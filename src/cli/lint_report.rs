//! `rulebook lint --report`: uploads a run's counts per rule and where its first findings are
//! (never code) to the server, for the organization's lint overview. The repository, branch,
//! commit and path come from the checkout; on a detached HEAD (how CI systems check out) the
//! branch comes from `--report-branch` or the CI system's own variable. The server keeps runs of
//! tracked repository branches only and says when one is not tracked.

use std::path::Path;

use crate::cli::CliError;
use crate::config::Paths;
use crate::install::{git, lock};
use crate::lint::Detector;
use crate::lint::report::Report;
use crate::lint::upload::Upload;

/// CI variables that name the branch a detached checkout is on: GitLab, GitHub Actions
/// (pushes), Jenkins multibranch, Jenkins' Git plugin.
const BRANCH_VARS: &[&str] = &[
    "CI_COMMIT_REF_NAME",
    "GITHUB_REF_NAME",
    "BRANCH_NAME",
    "GIT_BRANCH",
];

fn usage(msg: String) -> CliError {
    CliError::Other("RB-CLI-USAGE", msg)
}

/// A GitHub pull-request run checks out a merge commit that is no branch's state (and a
/// fork's `main` would pass for the base's): such runs are reported only with an explicit
/// `--report-branch`.
fn pull_request_run() -> bool {
    std::env::var("GITHUB_EVENT_NAME").is_ok_and(|e| e.starts_with("pull_request"))
}

/// The branch for a detached HEAD: the flag, else the first CI variable set.
fn detached_branch(flag: Option<&str>) -> Option<String> {
    flag.map(str::to_string).or_else(|| {
        BRANCH_VARS.iter().find_map(|v| {
            std::env::var(v)
                .ok()
                .filter(|b| !b.trim().is_empty())
                .map(|b| b.trim().trim_start_matches("origin/").to_string())
        })
    })
}

/// Uploads the run; prints what the server did with it. Errors are configuration errors
/// (exit 2): asked to report, a run that cannot be reported is not silently dropped.
pub fn upload(
    report: &Report,
    detectors: &[Detector],
    branch_flag: Option<&str>,
    paths: &Paths,
) -> Result<(), CliError> {
    let here = Path::new(".");
    if branch_flag.is_none() && pull_request_run() {
        return Err(usage(
            "--report in a pull-request run: its merge commit is no branch's state; report on pushes to the tracked branch, or name one with --report-branch"
                .into(),
        ));
    }
    let branch = detached_branch(branch_flag);
    let co = git::checkout_on(here, branch.as_deref()).ok_or_else(|| {
        usage(
            "--report needs a Git checkout with an `origin` remote, on a branch (on a detached HEAD, give --report-branch NAME)"
                .into(),
        )
    })?;
    let creds = crate::cli::install::credentials(paths)?;
    let config = lock::read_config(here).map_err(|e| usage(e.to_string()))?;
    let org = config
        .and_then(|c| c.org)
        .or(creds.org.clone())
        .ok_or_else(|| {
            usage("--report needs an organization: RULEBOOK_ORG, `rulebook login --org`, or rulebook.json's org".into())
        })?;
    // Credentials of CI checkouts (`https://gitlab-ci-token:…@host/…`) never leave the runner.
    let place = (
        crate::http::normalize_url(&co.url),
        branch_flag.map(str::to_string).unwrap_or(co.branch),
        co.path,
        co.commit,
    );
    let body = Upload::of(report, detectors, place);
    let value = serde_json::to_value(&body).map_err(|e| usage(format!("report: {e}")))?;
    let api = crate::cli::install::client(&creds)?;
    let answer = api
        .send_json("POST", &format!("/api/v1/orgs/{org}/lint/reports"), &value)
        .map_err(|e| usage(format!("the lint report was not uploaded: {e}")))?;
    if answer["recorded"].as_bool() == Some(true) {
        eprintln!(
            "rulebook lint: report {} uploaded for {} ({})",
            answer["id"],
            crate::http::normalize_url(&body.url),
            body.branch
        );
    } else {
        eprintln!(
            "rulebook lint: report not kept: {}",
            answer["reason"]
                .as_str()
                .unwrap_or("the repository is not tracked")
        );
    }
    Ok(())
}
