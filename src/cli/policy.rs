//! Enforcing the install-time policy in the CLI (`install`, `update`, `status`): gathers the
//! layers (the organization's policy from the server, the repository's `"policy"` in
//! `rulebook.json`) and what is about to be installed, and refuses before anything is written.
//! The rules themselves are in `install::policy` (pure); this file only fetches and reports.

use crate::archive::portable::Bundle;
use crate::cli::CliError;
use crate::client::{ApiClient, ClientError};
use crate::install::lock::{Lock, LockedPackage, RepoConfig};
use crate::install::policy::{self, InstallPolicy, Layer, Subject, Violation};

/// What names the organization's layer in messages.
pub const ORG: &str = policy::ORG_LAYER;
/// What names the repository's layer in messages.
pub const REPO: &str = "rulebook.json's policy";

/// The organization's policy, or `None` from a server that predates install policies (it
/// answers 404 for the route; the organization itself was already checked by the caller).
pub fn org_policy(api: &ApiClient, org: &str) -> Result<Option<InstallPolicy>, CliError> {
    match api.get(&format!("/api/v1/orgs/{org}/settings/install-policy")) {
        Ok(v) => serde_json::from_value(v["policy"].clone())
            .map(Some)
            .map_err(|e| {
                CliError::Other(
                    "RB-INSTALL-POLICY",
                    format!("the server's install policy cannot be read: {e}"),
                )
            }),
        Err(ClientError::Server { status: 404, .. }) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// The layers to apply, organization first. The repository's layer is checked on its own, so
/// it can only tighten.
pub fn layers<'a>(
    org: Option<&'a InstallPolicy>,
    config: Option<&'a RepoConfig>,
) -> Vec<Layer<'a>> {
    let mut out = Vec::new();
    if let Some(p) = org.filter(|p| !p.is_empty()) {
        out.push(Layer {
            source: ORG,
            policy: p,
        });
    }
    if let Some(p) = config
        .and_then(|c| c.policy.as_ref())
        .filter(|p| !p.is_empty())
    {
        out.push(Layer {
            source: REPO,
            policy: p,
        });
    }
    out
}

/// Refuses, listing every violation, when the bundles about to be installed break a layer.
pub fn enforce(
    layers: &[Layer],
    bundles: &[(String, Bundle, LockedPackage)],
    agents: &[String],
) -> Result<(), CliError> {
    refuse(
        &policy::check_bundles(layers, bundles, agents),
        "refused by the install policy, nothing was written",
    )
}

/// What an installed tree breaks now (for `status`): agents and packages from the lock.
pub fn violations_of_lock(layers: &[Layer], lock: &Lock) -> Vec<Violation> {
    let packages: Vec<String> = lock
        .packages
        .keys()
        .map(|k| policy::package_key(k))
        .collect();
    policy::check(
        layers,
        &Subject {
            agents: &lock.agents,
            packages: &packages,
            findings: &[],
        },
    )
}

/// `Err` listing every violation under `headline`, or `Ok` when there is none.
pub fn refuse(violations: &[Violation], headline: &str) -> Result<(), CliError> {
    if violations.is_empty() {
        return Ok(());
    }
    let lines: Vec<String> = violations
        .iter()
        .map(|v| format!("  - {}: {}", v.source, v.message))
        .collect();
    Err(CliError::Other(
        "RB-INSTALL-POLICY",
        format!("{headline}:\n{}", lines.join("\n")),
    ))
}

/// The organization's policy for a repository installed from the server (`None` when not
/// logged in to an organization, or from an older server).
pub fn for_repo(
    config: &RepoConfig,
    paths: &crate::config::Paths,
) -> Result<Option<InstallPolicy>, CliError> {
    let creds = crate::cli::install::credentials(paths)?;
    let Some(org) = config.org.clone().or(creds.org.clone()) else {
        return Ok(None);
    };
    org_policy(&crate::cli::install::client(&creds)?, &org)
}
