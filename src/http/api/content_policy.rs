//! An organization's content policy over REST, and the Findings page of a space (issue 20).
//! Every member may read both (authors need to know what will be refused); org admins change
//! the policy, audited. The Findings page scans the current version of every artifact of the
//! space (the trash excluded) with the policy in force now, so a finding let through under an
//! older, milder policy shows up with what the policy would do to it today.

use serde_json::{Value, json};

use crate::http::HttpError;
use crate::http::api::content_gate::{finding_json, load_policy, space_acks, verdict};
use crate::http::call::Call;
use crate::http::reply::Reply;
use crate::scan::Severity;
use crate::scan::policy::{self, ContentPolicy};

fn answer(p: &ContentPolicy) -> Value {
    json!({ "policy": p })
}

/// `GET /api/v1/orgs/{org}/settings/content-policy`.
pub fn show(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    Ok(Reply::json(200, &answer(&load_policy(call)?)))
}

/// `PUT /api/v1/orgs/{org}/settings/content-policy` (org admins): replaces the policy; missing
/// fields take the strict defaults.
pub fn update(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let p: ContentPolicy = call.json()?;
    let p = p.normalized();
    p.validate().map_err(HttpError::Invalid)?;
    let org = call.org()?;
    let stored = (p != ContentPolicy::default())
        .then(|| serde_json::to_string(&p).map_err(|_| HttpError::Internal))
        .transpose()?;
    let mut event = call.event(
        "settings.content_policy",
        format!("org:{}", org.slug),
        "success",
    );
    event.detail = format!(
        "critical {}, high {}, warning {}, {} allowed link hosts",
        p.critical.as_str(),
        p.high.as_str(),
        p.warning.as_str(),
        p.link_allowlist.len()
    );
    call.state
        .store
        .set_setting(&policy::setting_key(org.id), stored.as_deref(), &event)?;
    Ok(Reply::json(200, &answer(&p)))
}

/// `GET /api/v1/orgs/{org}/spaces/{space}/findings`: every artifact with findings, and counts.
pub fn space_findings(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let s = call.space.as_ref().ok_or(HttpError::NotFound)?.clone();
    let policy = load_policy(call)?;
    let mut acks = space_acks(call, s.id)?;
    let mut counts = [0usize; 3];
    let mut items = Vec::new();
    for (kind, slug, version, content) in call.state.store.space_contents(s.id)? {
        let mine = acks.remove(&(kind, slug.clone())).unwrap_or_default();
        let v = verdict(&content, &policy, &mine);
        if v.judged.is_empty() {
            continue;
        }
        for j in &v.judged {
            counts[match j.finding.severity {
                Severity::Critical => 0,
                Severity::High => 1,
                Severity::Warning => 2,
            }] += 1;
        }
        let findings: Vec<Value> = v.judged.iter().map(|j| finding_json(j, &mine)).collect();
        items.push(json!({
            "kind": kind.as_str(), "slug": slug, "name": content.name(), "version": version,
            "findings": findings,
        }));
    }
    Ok(Reply::json(
        200,
        &json!({
            "policy": policy,
            "counts": { "critical": counts[0], "high": counts[1], "warning": counts[2] },
            "items": items,
        }),
    ))
}
