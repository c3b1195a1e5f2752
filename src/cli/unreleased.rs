//! What `status` and `update` say when a repository follows `latest`, is up to date with the
//! newest release, and its package has accepted changes that are not released yet.
//!
//! Accepting a proposal does not move `latest`: releases stay deliberate (a regulated site
//! wants to know exactly what each repository got and when). Without this note, a developer
//! whose proposal was accepted would run `update`, see "up to date", and not know why the
//! change is missing.

use serde_json::Value;

use crate::cli::CliError;
use crate::cli::install::{Credentials, PackageRef};
use crate::client::ApiClient;

/// The package's API path on the server.
pub(crate) fn package_path(org: &str, r: &PackageRef) -> String {
    format!("/api/v1/orgs/{org}/spaces/{}/packages/{}", r.space, r.slug)
}

/// The note for package `key` (its server answer is `package`), installed at release
/// `installed`: `None` unless the installed release is the newest and changes wait for a
/// release.
pub(crate) fn note(
    key: &str,
    installed: Option<&str>,
    package: &Value,
    host: &str,
    path: &str,
) -> Option<String> {
    let newest = package["releases"][0]["version"].as_str()?;
    let n = package["unreleased_changes"].as_u64().unwrap_or(0);
    if n == 0 || installed != Some(newest) {
        return None;
    }
    let (changes, them) = if n == 1 {
        ("1 accepted change is".to_string(), "it")
    } else {
        (format!("{n} accepted changes are"), "them")
    };
    Some(format!(
        "up to date with {key} {newest}; {changes} not released yet — a maintainer publishes {them} with a release (UI: Packages › Publish, or POST {}{path}/releases)",
        host.trim_end_matches('/')
    ))
}

/// After `update` at `site`: the note for every server package that follows `latest`.
pub(crate) fn after_update(
    site: &crate::cli::site::Site,
    creds: &Credentials,
    api: &ApiClient,
) -> Result<(), CliError> {
    let (Some(config), Some(lock)) = (site.read_config()?, site.read_lock()?) else {
        return Ok(());
    };
    let org = config.org.clone().or(creds.org.clone()).unwrap_or_default();
    for (key, wanted) in &config.packages {
        let Some(locked) = lock.packages.get(key).filter(|p| p.source == "server") else {
            continue;
        };
        if wanted != "latest" {
            continue;
        }
        let path = package_path(&org, &PackageRef::parse(key)?);
        let package = api.get(&path)?;
        if let Some(n) = note(key, locked.release.as_deref(), &package, &creds.host, &path) {
            println!("{n}");
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn only_an_up_to_date_install_with_waiting_changes_gets_a_note() {
        let p = |n: u64| json!({ "releases": [{ "version": "2" }, { "version": "1" }], "unreleased_changes": n });
        let path = "/api/v1/orgs/o/spaces/default/packages/backend";
        assert_eq!(note("backend", Some("2"), &p(0), "https://h", path), None);
        assert_eq!(note("backend", Some("1"), &p(3), "https://h", path), None);
        assert_eq!(
            note("backend", Some("2"), &json!({}), "https://h", path),
            None
        );
        let one = note("backend", Some("2"), &p(1), "https://h/", path).unwrap();
        assert!(
            one.starts_with("up to date with backend 2; 1 accepted change is not released yet")
                && one.ends_with(
                    "POST https://h/api/v1/orgs/o/spaces/default/packages/backend/releases)"
                ),
            "{one}"
        );
        let many = note("backend", Some("2"), &p(3), "https://h", path).unwrap();
        assert!(
            many.contains("3 accepted changes are not released yet — a maintainer publishes them"),
            "{many}"
        );
    }
}
