//! An organization's content policy: what each finding severity does when content is written on
//! the server (issue 20). A finding can **block** the write, require an org admin's
//! **acknowledgement** (audited, with a reason), or only **warn** (the write goes through and
//! the answer carries the finding).
//!
//! The default is the strict one a bank or defence site expects out of the box: critical
//! findings (hidden Unicode instructions, private keys, provider tokens) block, high ones
//! (download-and-execute, reverse shells, TLS disabled) need an acknowledgement, warnings warn.
//!
//! An acknowledgement covers a finding by its rule and excerpt, not its line, so an edit
//! elsewhere in the artifact does not ask for the same acknowledgement again; a new risky line
//! does. Pure logic (no I/O): the HTTP layer loads the stored policy and the acknowledgements
//! and applies [`judge`].

use serde::{Deserialize, Serialize};

use super::{Finding, Options, Severity};

/// What a finding of some severity does to a write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    Warn,
    Acknowledge,
    Block,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Warn => "warn",
            Action::Acknowledge => "acknowledge",
            Action::Block => "block",
        }
    }
}

/// The policy of one organization. Missing fields take the strict defaults.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ContentPolicy {
    pub critical: Action,
    pub high: Action,
    pub warning: Action,
    /// Hosts links may point to without a finding: exact names or `*.suffix`.
    pub link_allowlist: Vec<String>,
}

impl Default for ContentPolicy {
    fn default() -> Self {
        ContentPolicy {
            critical: Action::Block,
            high: Action::Acknowledge,
            warning: Action::Warn,
            link_allowlist: Vec::new(),
        }
    }
}

/// Most hosts in the link allowlist.
pub const MAX_ALLOWLIST: usize = 500;

impl ContentPolicy {
    /// What a finding of this severity does.
    pub fn action(&self, s: Severity) -> Action {
        match s {
            Severity::Critical => self.critical,
            Severity::High => self.high,
            Severity::Warning => self.warning,
        }
    }

    /// The scanner options this policy implies.
    pub fn options(&self) -> Options {
        Options {
            link_allowlist: self.link_allowlist.clone(),
        }
    }

    /// Refuses a policy a person could not have meant: a milder action for a worse severity
    /// (critical findings warned while warnings block), or an allowlist entry that is not a
    /// host name or `*.suffix`.
    pub fn validate(&self) -> Result<(), String> {
        if self.critical < self.high || self.high < self.warning {
            return Err(
                "a more severe finding cannot get a milder action (critical >= high >= warning)"
                    .into(),
            );
        }
        if self.link_allowlist.len() > MAX_ALLOWLIST {
            return Err(format!("at most {MAX_ALLOWLIST} hosts in link_allowlist"));
        }
        for h in &self.link_allowlist {
            let name = h.strip_prefix("*.").unwrap_or(h);
            let ok = !name.is_empty()
                && name.len() <= 253
                && name.split('.').all(|l| {
                    !l.is_empty()
                        && l.len() <= 63
                        && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
                        && !l.starts_with('-')
                        && !l.ends_with('-')
                });
            if !ok {
                return Err(format!(
                    "link_allowlist: {h:?} is not a host name or *.suffix"
                ));
            }
        }
        Ok(())
    }

    /// The same policy with the allowlist lower-cased, sorted and without repeats.
    pub fn normalized(mut self) -> Self {
        for h in &mut self.link_allowlist {
            *h = h.trim().to_ascii_lowercase();
        }
        self.link_allowlist.sort();
        self.link_allowlist.dedup();
        self
    }
}

/// The instance setting that holds an organization's content policy (JSON; absent = default).
pub fn setting_key(org_id: i64) -> String {
    format!("org.{org_id}.content_policy")
}

/// The policy from its stored setting. A value that does not parse is an error, never read
/// as the default.
pub fn from_setting(value: Option<&str>) -> Result<ContentPolicy, String> {
    match value {
        None => Ok(ContentPolicy::default()),
        Some(text) => serde_json::from_str(text).map_err(|e| {
            format!("the stored content policy cannot be read ({e}); an org admin can set it again")
        }),
    }
}

/// What identifies a finding across versions for an acknowledgement: its rule and its
/// (already redacted) excerpt.
pub fn ack_key(f: &Finding) -> String {
    format!("{}\u{1f}{}", f.rule, f.excerpt)
}

/// One finding with what the policy does to it and whether an earlier acknowledgement covers it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Judged {
    pub finding: Finding,
    pub action: Action,
    /// Index into the acknowledgements passed to [`judge`].
    pub acknowledged: Option<usize>,
}

/// The policy's verdict on one piece of content.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Verdict {
    pub judged: Vec<Judged>,
}

impl Verdict {
    /// Findings that refuse the write outright.
    pub fn blocking(&self) -> Vec<&Judged> {
        self.judged
            .iter()
            .filter(|j| j.action == Action::Block)
            .collect()
    }

    /// Findings that need a new acknowledgement.
    pub fn unacknowledged(&self) -> Vec<&Judged> {
        self.judged
            .iter()
            .filter(|j| j.action == Action::Acknowledge && j.acknowledged.is_none())
            .collect()
    }
}

/// Applies the policy to findings. `acked` holds, per earlier acknowledgement, the keys
/// ([`ack_key`]) it covered.
pub fn judge(findings: Vec<Finding>, policy: &ContentPolicy, acked: &[Vec<String>]) -> Verdict {
    let judged = findings
        .into_iter()
        .map(|finding| {
            let action = policy.action(finding.severity);
            let key = ack_key(&finding);
            let acknowledged = (action == Action::Acknowledge)
                .then(|| acked.iter().position(|keys| keys.contains(&key)))
                .flatten();
            Judged {
                finding,
                action,
                acknowledged,
            }
        })
        .collect();
    Verdict { judged }
}

/// Checks an acknowledgement's reason: 1 to 500 characters, no control characters.
pub fn check_reason(reason: &str) -> Result<String, String> {
    let r = reason.trim();
    if r.is_empty() || r.chars().count() > 500 {
        return Err("an acknowledgement needs a reason of 1 to 500 characters".into());
    }
    if r.chars().any(|c| c.is_control()) {
        return Err("the acknowledgement's reason holds control characters".into());
    }
    Ok(r.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(rule: &'static str, severity: Severity, excerpt: &str) -> Finding {
        Finding {
            rule,
            severity,
            place: "body".into(),
            line: 1,
            column: 1,
            message: "m".into(),
            excerpt: excerpt.into(),
        }
    }

    #[test]
    fn the_default_blocks_critical_and_asks_for_high() {
        let p = ContentPolicy::default();
        let v = judge(
            vec![
                finding("secret.private-key", Severity::Critical, "-----BEGIN…"),
                finding("exec.download-pipe-shell", Severity::High, "curl x | sh"),
                finding("link.external", Severity::Warning, "https://x"),
            ],
            &p,
            &[],
        );
        assert_eq!(v.blocking().len(), 1);
        assert_eq!(v.unacknowledged().len(), 1);
        assert_eq!(v.judged[2].action, Action::Warn);
    }

    #[test]
    fn an_acknowledgement_covers_the_same_excerpt_only() {
        let p = ContentPolicy::default();
        let old = finding("exec.download-pipe-shell", Severity::High, "curl x | sh");
        let acked = vec![vec![ack_key(&old)]];
        let v = judge(vec![old.clone()], &p, &acked);
        assert!(v.unacknowledged().is_empty());
        assert_eq!(v.judged[0].acknowledged, Some(0));
        let new = finding("exec.download-pipe-shell", Severity::High, "curl y | sh");
        assert_eq!(judge(vec![new], &p, &acked).unacknowledged().len(), 1);
    }

    #[test]
    fn a_milder_action_for_a_worse_severity_is_refused() {
        let p = ContentPolicy {
            critical: Action::Warn,
            high: Action::Block,
            ..ContentPolicy::default()
        };
        assert!(p.validate().is_err());
        let all_warn = ContentPolicy {
            critical: Action::Warn,
            high: Action::Warn,
            warning: Action::Warn,
            link_allowlist: vec!["git.corp.example".into(), "*.corp.example".into()],
        };
        assert!(all_warn.validate().is_ok());
        for bad in ["", "*.", "a b", "http://x", "-x.example", "x..y"] {
            let p = ContentPolicy {
                link_allowlist: vec![bad.into()],
                ..ContentPolicy::default()
            };
            assert!(p.validate().is_err(), "{bad:?}");
        }
    }

    #[test]
    fn an_unreadable_stored_policy_is_an_error_not_the_default() {
        assert!(from_setting(Some("{\"critical\":\"maybe\"}")).is_err());
        assert_eq!(from_setting(None).unwrap(), ContentPolicy::default());
        let p = from_setting(Some("{\"high\":\"warn\"}")).unwrap();
        assert_eq!((p.critical, p.high), (Action::Block, Action::Warn));
    }

    #[test]
    fn every_starter_template_passes_the_default_gate() {
        let p = ContentPolicy::default();
        for t in crate::model::templates::all() {
            let found = crate::scan::scan_content(&t.content(), &p.options());
            let v = judge(found, &p, &[]);
            assert!(
                v.blocking().is_empty() && v.unacknowledged().is_empty(),
                "template {}: {:?}",
                t.slug,
                v.judged
            );
        }
    }

    #[test]
    fn reasons_are_bounded() {
        assert!(check_reason("  ").is_err());
        assert!(check_reason(&"x".repeat(501)).is_err());
        assert!(check_reason("a\u{7}b").is_err());
        assert_eq!(check_reason(" vetted by sec ").unwrap(), "vetted by sec");
    }
}
