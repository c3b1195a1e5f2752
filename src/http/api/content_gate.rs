//! The content gate every server write path passes (issue 20): the scanner runs over the
//! content about to be stored, and the organization's content policy (`scan::policy`) decides
//! what each finding does. Editor saves, restores, skill uploads, archive imports, template
//! copies and proposal acceptances all call [`gate`] before they write and [`Gate::record`]
//! after; proposals are gated when made (blocking findings refused, the rest shown to the
//! reviewer) and again when accepted.
//!
//! A finding that needs an acknowledgement refuses the write (422 `RB-CONTENT-ACK-REQUIRED`)
//! until an org admin sends the same request with `?acknowledge=REASON`; the acknowledgement
//! is stored with the version and audited (`content.acknowledged`). Members propose instead.

use serde_json::{Value, json};

use crate::clock::rfc3339;
use crate::http::HttpError;
use crate::http::call::Call;
use crate::model::access::OrgRole;
use crate::model::artifact::{Content, Kind};
use crate::scan::policy::{self, Action, ContentPolicy, Judged, Verdict};
use crate::store::content_acks::AckRow;

/// Why content is being gated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stage {
    /// It is about to be stored as a version.
    Write,
    /// It is proposed: blocking findings are refused, the rest wait for the reviewer.
    Proposal,
    /// Nothing is stored: findings are only reported.
    Preview,
}

/// The organization's content policy (the strict default when none was set); a stored one
/// that no longer parses is refused rather than read as the default.
pub(crate) fn load_policy(call: &Call<'_>) -> Result<ContentPolicy, HttpError> {
    let org = call.org()?.id;
    let stored = call.state.store.setting(&policy::setting_key(org))?;
    policy::from_setting(stored.as_deref()).map_err(HttpError::Unavailable)
}

/// Every acknowledgement of a space's artifacts, by kind and slug (the Findings page and an
/// import judge many artifacts at once).
pub(crate) fn space_acks(
    call: &Call<'_>,
    space_id: i64,
) -> Result<std::collections::HashMap<(Kind, String), Vec<AckRow>>, HttpError> {
    let mut by_artifact: std::collections::HashMap<(Kind, String), Vec<AckRow>> =
        Default::default();
    for (kind, slug, ack) in call.state.store.space_acks(space_id)? {
        by_artifact.entry((kind, slug)).or_default().push(ack);
    }
    Ok(by_artifact)
}

/// The keys each acknowledgement covered.
fn covered(acks: &[AckRow]) -> Vec<Vec<String>> {
    acks.iter()
        .map(|a| {
            serde_json::from_str::<Vec<Value>>(&a.findings)
                .unwrap_or_default()
                .iter()
                .filter_map(|f| f["key"].as_str().map(str::to_string))
                .collect()
        })
        .collect()
}

/// The findings of content as the policy judges them, given earlier acknowledgements.
pub(crate) fn verdict(content: &Content, policy: &ContentPolicy, acks: &[AckRow]) -> Verdict {
    let found = crate::scan::scan_content(content, &policy.options());
    policy::judge(found, policy, &covered(acks))
}

/// One finding as the API shows it.
pub(crate) fn finding_json(j: &Judged, acks: &[AckRow]) -> Value {
    let f = &j.finding;
    let acknowledged = j.acknowledged.and_then(|i| acks.get(i)).map(|a| {
        json!({ "by": a.username, "at": rfc3339(a.created_at), "reason": a.reason, "version": a.version })
    });
    json!({
        "rule": f.rule, "severity": f.severity.as_str(), "place": f.place, "line": f.line,
        "column": f.column, "message": f.message, "excerpt": f.excerpt,
        "action": j.action.as_str(), "acknowledged": acknowledged,
    })
}

fn list(js: &[&Judged], acks: &[AckRow]) -> Value {
    Value::Array(js.iter().map(|j| finding_json(j, acks)).collect())
}

/// The outcome of the gate for one piece of content.
pub(crate) struct Gate {
    verdict: Verdict,
    acks: Vec<AckRow>,
    /// The acknowledgement this request makes (the last of `acks`), to store with the version.
    pending: Option<Value>,
}

impl Gate {
    /// Every finding, with its action and acknowledgement.
    pub fn findings(&self) -> Value {
        let all: Vec<&Judged> = self.verdict.judged.iter().collect();
        list(&all, &self.acks)
    }

    /// Whether this request acknowledges findings (to be stored with [`Gate::record`]).
    pub fn acknowledges(&self) -> bool {
        self.pending.is_some()
    }

    /// Stores this request's acknowledgement with the version it let through, audited.
    pub fn record(
        &mut self,
        call: &Call<'_>,
        artifact_id: i64,
        version: i64,
        target: &str,
    ) -> Result<(), HttpError> {
        let (Some(covered), Some(ack)) = (&self.pending, self.acks.last_mut()) else {
            return Ok(());
        };
        ack.version = version;
        let rules: Vec<&str> = covered
            .as_array()
            .map(|a| a.iter().filter_map(|f| f["rule"].as_str()).collect())
            .unwrap_or_default();
        let mut event = call.event(
            "content.acknowledged",
            format!("{target} v{version}"),
            "success",
        );
        event.detail = format!("{}: {}", rules.join(", "), ack.reason);
        call.state.store.acknowledge_findings(
            artifact_id,
            version,
            &ack.username,
            &ack.reason,
            &covered.to_string(),
            &event,
        )?;
        Ok(())
    }
}

/// Scans content for a write path and applies the organization's policy. `artifact_id` is the
/// artifact being changed (its earlier acknowledgements count), `None` for a new one.
pub(crate) fn gate(
    call: &Call<'_>,
    content: &Content,
    stage: Stage,
    artifact_id: Option<i64>,
) -> Result<Gate, HttpError> {
    let policy = load_policy(call)?;
    let acks = match artifact_id {
        Some(id) => call.state.store.artifact_acks(id)?,
        None => Vec::new(),
    };
    gate_with(call, content, stage, &policy, acks)
}

/// [`gate`] with the policy and acknowledgements already loaded (an import gates many items).
pub(crate) fn gate_with(
    call: &Call<'_>,
    content: &Content,
    stage: Stage,
    policy: &ContentPolicy,
    mut acks: Vec<AckRow>,
) -> Result<Gate, HttpError> {
    let mut verdict = verdict(content, policy, &acks);
    if stage == Stage::Preview {
        return Ok(Gate {
            verdict,
            acks,
            pending: None,
        });
    }
    let blocking = verdict.blocking();
    if !blocking.is_empty() {
        return Err(HttpError::ContentBlocked(list(&blocking, &acks)));
    }
    let needed = verdict.unacknowledged();
    if stage == Stage::Proposal || needed.is_empty() {
        return Ok(Gate {
            verdict,
            acks,
            pending: None,
        });
    }
    let Some(reason) = call.query_param("acknowledge") else {
        return Err(HttpError::ContentAckRequired(list(&needed, &acks)));
    };
    if call.role < Some(OrgRole::Admin) {
        return Err(HttpError::Forbidden);
    }
    let reason = policy::check_reason(&reason).map_err(HttpError::Invalid)?;
    let pending: Vec<Value> = needed
        .iter()
        .map(|j| {
            let f = &j.finding;
            json!({ "rule": f.rule, "severity": f.severity.as_str(), "place": f.place,
                    "excerpt": f.excerpt, "key": policy::ack_key(f) })
        })
        .collect();
    acks.push(AckRow {
        version: 0,
        username: call.who()?.username.clone(),
        reason,
        findings: String::new(),
        created_at: call.state.clock.now_unix(),
    });
    let index = acks.len() - 1;
    for j in &mut verdict.judged {
        if j.action == Action::Acknowledge && j.acknowledged.is_none() {
            j.acknowledged = Some(index);
        }
    }
    Ok(Gate {
        verdict,
        acks,
        pending: Some(Value::Array(pending)),
    })
}
