//! Install-time policy: what an organization (and, tighter, a repository) allows to be installed
//! into a repository, checked by the CLI before it writes anything and by `status`.
//!
//! A policy has up to four limits: the agents that may be rendered for, the packages that may be
//! installed (`space/package`, or `space/*` for a whole space), the most bytes an always-on file
//! may hold, and the lowest content-finding severity that is refused.
//!
//! Policies come in layers: the organization's (served by the server, `GET
//! /api/v1/orgs/{org}/install-policy`) and the repository's own (`"policy"` in `rulebook.json`,
//! which also makes the policy enforceable offline). Every layer is checked on its own, so a
//! repository's policy can only add refusals: it may tighten the organization's policy, never
//! loosen it. That is the invariant this module exists for, and it holds by construction: there is
//! no merge step that could let a lower layer widen an upper one.
//!
//! Pure logic: no I/O. Callers gather the [`Subject`] (what is about to be installed).

use serde::{Deserialize, Serialize};

use crate::archive::portable::Bundle;
use crate::install::lock::LockedPackage;
use crate::scan::{self, Finding, Severity};

/// How messages name the organization's layer.
pub const ORG_LAYER: &str = "the organization's install policy";

/// The instance setting that holds an organization's policy (JSON; absent = no limits).
pub fn setting_key(org_id: i64) -> String {
    format!("org.{org_id}.install_policy")
}

/// The policy from its stored setting. A value that does not parse (written by a newer build,
/// say) is an error, never read as "no limits".
pub fn from_setting(value: Option<&str>) -> Result<InstallPolicy, String> {
    match value {
        None => Ok(InstallPolicy::default()),
        Some(text) => serde_json::from_str(text).map_err(|e| {
            format!("the stored install policy cannot be read ({e}); an org admin can set it again")
        }),
    }
}

/// One layer of install policy. A missing field means "no limit from this layer".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InstallPolicy {
    /// Agent ids that may be rendered for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_agents: Option<Vec<String>>,
    /// Packages that may be installed: `space/package` or `space/*`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_packages: Option<Vec<String>>,
    /// Most bytes an always-on file (or shared-file section) may hold.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_always_on_bytes: Option<usize>,
    /// Content findings at this severity or above are refused.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub forbidden_findings: Option<Severity>,
    /// Paths agents must never read (gitignore patterns): written into each agent's ignore
    /// file (`render::ignore`). Every layer's patterns apply.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub never_read: Option<Vec<String>>,
    /// Agent policies' hooks: `true` consents to writing them (they run code on developers'
    /// machines), `false` refuses them whatever another layer says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hooks: Option<bool>,
    /// Agent policies' allow rules (commands, edits, sites and MCP tools an agent may use
    /// without asking): `false` leaves them out, so agents ask, whatever another layer says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_rules: Option<bool>,
}

impl InstallPolicy {
    /// True when the layer sets no limit at all.
    pub fn is_empty(&self) -> bool {
        *self == InstallPolicy::default()
    }

    /// Checks the layer's own values (so a bad policy is refused when it is set, not when it
    /// is first applied).
    pub fn validate(&self) -> Result<(), String> {
        if let Some(agents) = &self.allowed_agents {
            for a in agents {
                if crate::render::Agent::parse(a).is_none() {
                    return Err(format!("allowed_agents: unknown agent '{a}'"));
                }
            }
        }
        if let Some(packages) = &self.allowed_packages {
            for p in packages {
                let ok = p.split_once('/').is_some_and(|(space, pkg)| {
                    crate::model::names::slug(space).is_ok()
                        && (pkg == "*" || crate::model::names::slug(pkg).is_ok())
                });
                if !ok {
                    return Err(format!(
                        "allowed_packages: '{p}' is not 'space/package' or 'space/*'"
                    ));
                }
            }
        }
        if let Some(patterns) = &self.never_read {
            if patterns.len() > crate::render::ignore::MAX_PATTERNS {
                return Err(format!(
                    "never_read: at most {} patterns",
                    crate::render::ignore::MAX_PATTERNS
                ));
            }
            for p in patterns {
                crate::render::ignore::check_pattern(p)?;
            }
        }
        if self.max_always_on_bytes == Some(0) {
            return Err("max_always_on_bytes must be at least 1".into());
        }
        Ok(())
    }
}

/// A policy layer and where it comes from, as violations name it.
#[derive(Debug, Clone, Copy)]
pub struct Layer<'a> {
    /// e.g. "the organization's policy" or "rulebook.json".
    pub source: &'a str,
    pub policy: &'a InstallPolicy,
}

/// What is about to be installed.
#[derive(Debug, Clone, Copy, Default)]
pub struct Subject<'a> {
    /// Agent ids.
    pub agents: &'a [String],
    /// `space/package` keys.
    pub packages: &'a [String],
    /// Content findings, each with the artifact it is in (`standard api-errors`).
    pub findings: &'a [(String, Finding)],
}

/// One thing the policy refuses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Violation {
    /// Which layer refuses it.
    pub source: String,
    /// What and why, in one sentence.
    pub message: String,
}

/// The always-on cap to render with: the smallest of what was asked for and every layer's
/// maximum (a repository or a command line cannot raise the organization's maximum).
pub fn effective_cap(layers: &[Layer], requested: Option<usize>) -> Option<usize> {
    layers
        .iter()
        .filter_map(|l| l.policy.max_always_on_bytes)
        .chain(requested)
        .min()
}

/// The paths agents must never read: every layer's patterns, sorted, once each (a layer can
/// add paths, never take one away).
pub fn never_read(layers: &[Layer]) -> Vec<String> {
    let mut all: Vec<String> = layers
        .iter()
        .flat_map(|l| l.policy.never_read.iter().flatten().cloned())
        .collect();
    all.sort();
    all.dedup();
    all
}

/// What the layers together say an install writes besides the playbook.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RepoPolicy {
    /// The never_read paths ([`never_read`]).
    pub never_read: Vec<String>,
    /// Whether agent policies' hooks are written ([`hooks_allowed`]).
    pub hooks: bool,
    /// Whether agent policies' allow rules are left out (some layer says
    /// `"allow_rules": false`).
    pub refuse_allows: bool,
}

/// The layers' [`RepoPolicy`].
pub fn repo_policy(layers: &[Layer]) -> RepoPolicy {
    RepoPolicy {
        never_read: never_read(layers),
        hooks: hooks_allowed(layers),
        refuse_allows: layers.iter().any(|l| l.policy.allow_rules == Some(false)),
    }
}

/// Whether hooks (scripts agents run on developers' machines) may be written: some layer
/// consents (`"hooks": true`, normally the repository's own rulebook.json) and none refuses
/// (`"hooks": false`, an organization that wants no hooks anywhere).
pub fn hooks_allowed(layers: &[Layer]) -> bool {
    layers.iter().any(|l| l.policy.hooks == Some(true))
        && !layers.iter().any(|l| l.policy.hooks == Some(false))
}

/// Everything in `subject` that some layer refuses, in layer order.
pub fn check(layers: &[Layer], subject: &Subject) -> Vec<Violation> {
    let mut out = Vec::new();
    for layer in layers {
        let p = layer.policy;
        let mut refuse = |message: String| {
            out.push(Violation {
                source: layer.source.to_string(),
                message,
            })
        };
        if let Some(allowed) = &p.allowed_agents {
            for a in subject.agents {
                if !allowed.iter().any(|x| x == a) {
                    refuse(format!(
                        "agent '{a}' is not allowed (allowed: {})",
                        list(allowed)
                    ));
                }
            }
        }
        if let Some(allowed) = &p.allowed_packages {
            for pkg in subject.packages {
                if !allowed.iter().any(|pattern| package_matches(pattern, pkg)) {
                    refuse(format!(
                        "package '{pkg}' is not allowed (allowed: {})",
                        list(allowed)
                    ));
                }
            }
        }
        if let Some(floor) = p.forbidden_findings {
            for (artifact, f) in subject.findings {
                if f.severity >= floor {
                    refuse(format!(
                        "{artifact}, {}: {} finding {} ({}); findings at {} or above are refused",
                        f.place,
                        f.severity.as_str(),
                        f.rule,
                        f.message,
                        floor.as_str()
                    ));
                }
            }
        }
    }
    out
}

/// `space/package` for a lock or config key (`package` alone is in the default space).
pub fn package_key(key: &str) -> String {
    if key.contains('/') {
        key.to_string()
    } else {
        format!("default/{key}")
    }
}

/// The key a bundle is checked under: its package, or `space/*` for a whole-space archive
/// (which only a space-wide allowance admits).
fn bundle_key(lock_key: &str, b: &Bundle) -> String {
    match &b.source.package {
        Some(p) if !b.source.space.is_empty() => format!("{}/{p}", b.source.space),
        Some(_) => package_key(lock_key),
        None if b.source.space.is_empty() => package_key(lock_key),
        None => format!("{}/*", b.source.space),
    }
}

/// Everything some layer refuses in bundles about to be installed (by the CLI or a Git
/// distribution) for `agents`. Content is scanned only when a layer forbids a severity.
pub fn check_bundles(
    layers: &[Layer],
    bundles: &[(String, Bundle, LockedPackage)],
    agents: &[String],
) -> Vec<Violation> {
    if layers.is_empty() {
        return Vec::new();
    }
    let packages: Vec<String> = bundles.iter().map(|(k, b, _)| bundle_key(k, b)).collect();
    let scan_needed = layers.iter().any(|l| l.policy.forbidden_findings.is_some());
    let findings: Vec<(String, Finding)> = bundles
        .iter()
        .filter(|_| scan_needed)
        .flat_map(|(_, b, _)| b.items.iter())
        .flat_map(|item| {
            let label = format!("{} {}", item.content.kind().as_str(), item.slug);
            scan::scan_content(&item.content, &scan::Options::default())
                .into_iter()
                .map(move |f| (label.clone(), f))
        })
        .collect();
    check(
        layers,
        &Subject {
            agents,
            packages: &packages,
            findings: &findings,
        },
    )
}

fn list(items: &[String]) -> String {
    if items.is_empty() {
        "none".into()
    } else {
        items.join(", ")
    }
}

/// `space/*` matches every package of the space; otherwise the key must be equal. A key
/// without a space (`package`) matches only a pattern for any space, which does not exist:
/// callers pass full `space/package` keys.
fn package_matches(pattern: &str, key: &str) -> bool {
    match (pattern.split_once('/'), key.split_once('/')) {
        (Some((ps, "*")), Some((ks, _))) => ps == ks,
        _ => pattern == key,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layer<'a>(source: &'a str, policy: &'a InstallPolicy) -> Layer<'a> {
        Layer { source, policy }
    }

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    fn finding(severity: Severity) -> Finding {
        Finding {
            rule: "secret.private-key",
            severity,
            place: "rule 1".into(),
            line: 1,
            column: 1,
            message: "a private key".into(),
            excerpt: "-----BEGIN ***".into(),
        }
    }

    #[test]
    fn a_repository_layer_only_adds_refusals() {
        let org = InstallPolicy {
            allowed_agents: Some(strings(&["claude", "cursor"])),
            ..Default::default()
        };
        // The repository "allows" windsurf too: that cannot loosen the organization's list.
        let repo = InstallPolicy {
            allowed_agents: Some(strings(&["claude", "windsurf"])),
            ..Default::default()
        };
        let layers = [layer("org", &org), layer("repo", &repo)];
        let agents = strings(&["claude", "cursor", "windsurf"]);
        let v = check(
            &layers,
            &Subject {
                agents: &agents,
                ..Default::default()
            },
        );
        let got: Vec<(&str, bool)> = v
            .iter()
            .map(|v| (v.source.as_str(), v.message.starts_with("agent 'windsurf'")))
            .collect();
        // org refuses windsurf, repo refuses cursor (tightening); claude passes both.
        assert_eq!(got, vec![("org", true), ("repo", false)]);
        assert!(v[1].message.contains("'cursor'"));
    }

    #[test]
    fn packages_match_exactly_or_by_space() {
        assert!(package_matches("platform/*", "platform/api"));
        assert!(package_matches("platform/api", "platform/api"));
        assert!(!package_matches("platform/*", "security/api"));
        assert!(!package_matches("platform/api", "platform/api2"));
        assert!(!package_matches("platform/api", "api"));
        let org = InstallPolicy {
            allowed_packages: Some(strings(&["platform/*"])),
            ..Default::default()
        };
        let pkgs = strings(&["platform/api", "security/secrets"]);
        let v = check(
            &[layer("org", &org)],
            &Subject {
                packages: &pkgs,
                ..Default::default()
            },
        );
        assert_eq!(v.len(), 1);
        assert!(v[0].message.contains("security/secrets"), "{v:?}");
    }

    #[test]
    fn findings_at_or_above_the_floor_are_refused() {
        let p = InstallPolicy {
            forbidden_findings: Some(Severity::High),
            ..Default::default()
        };
        let findings = vec![
            ("standard a".to_string(), finding(Severity::Warning)),
            ("standard b".to_string(), finding(Severity::High)),
            ("skill c".to_string(), finding(Severity::Critical)),
        ];
        let v = check(
            &[layer("org", &p)],
            &Subject {
                findings: &findings,
                ..Default::default()
            },
        );
        assert_eq!(v.len(), 2);
        assert!(v[0].message.starts_with("standard b, rule 1: high finding"));
        assert!(v[1].message.starts_with("skill c"));
    }

    #[test]
    fn the_cap_is_the_smallest_asked_for() {
        let org = InstallPolicy {
            max_always_on_bytes: Some(8000),
            ..Default::default()
        };
        let repo = InstallPolicy::default();
        let layers = [layer("org", &org), layer("repo", &repo)];
        assert_eq!(effective_cap(&layers, Some(20_000)), Some(8000));
        assert_eq!(effective_cap(&layers, Some(4000)), Some(4000));
        assert_eq!(effective_cap(&layers, None), Some(8000));
        assert_eq!(effective_cap(&[], None), None);
    }

    #[test]
    fn one_layer_refusing_allow_rules_leaves_them_out() {
        let no = InstallPolicy {
            allow_rules: Some(false),
            ..Default::default()
        };
        let yes = InstallPolicy {
            allow_rules: Some(true),
            ..Default::default()
        };
        assert!(repo_policy(&[layer("org", &no), layer("repo", &yes)]).refuse_allows);
        assert!(repo_policy(&[layer("org", &yes), layer("repo", &no)]).refuse_allows);
        assert!(!repo_policy(&[layer("org", &yes)]).refuse_allows);
        assert!(!repo_policy(&[]).refuse_allows);
    }

    #[test]
    fn bad_policies_are_refused_when_set() {
        let bad = |p: InstallPolicy| p.validate().unwrap_err();
        assert!(
            bad(InstallPolicy {
                allowed_agents: Some(strings(&["notepad"])),
                ..Default::default()
            })
            .contains("notepad")
        );
        assert!(
            bad(InstallPolicy {
                allowed_packages: Some(strings(&["no-slash"])),
                ..Default::default()
            })
            .contains("no-slash")
        );
        assert!(
            bad(InstallPolicy {
                allowed_packages: Some(strings(&["Bad Space/x"])),
                ..Default::default()
            })
            .contains("Bad Space")
        );
        assert!(
            bad(InstallPolicy {
                max_always_on_bytes: Some(0),
                ..Default::default()
            })
            .contains("at least 1")
        );
        let json = r#"{"allowed_agents":["claude"],"forbidden_findings":"critical"}"#;
        let p: InstallPolicy = serde_json::from_str(json).unwrap();
        assert_eq!(p.forbidden_findings, Some(Severity::Critical));
        assert!(p.validate().is_ok());
        assert!(serde_json::from_str::<InstallPolicy>(r#"{"allow_agents":[]}"#).is_err());
        assert!(serde_json::from_str::<InstallPolicy>(r#"{"forbidden_findings":"meh"}"#).is_err());
    }
}
