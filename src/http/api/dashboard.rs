//! A space's dashboard in one call: per kind the live artifacts against those distributed,
//! the never-distributed ones, repositories and Git targets that hold an older release than
//! their package's latest, open proposals, the counts that tick the getting-started steps and
//! recent activity with who did what. What "distributed" means is defined in
//! `store::dashboard` and repeated in the reply (`distributed_means`) so the page can show it.

use serde_json::{Value, json};

use crate::clock::rfc3339;
use crate::http::HttpError;
use crate::http::api::artifacts::space;
use crate::http::call::Call;
use crate::http::reply::Reply;
use crate::store::dashboard::{Activity, LIST_CAP};

/// What "distributed" means, in words for the page's help line.
pub const DISTRIBUTED_MEANS: &str = "Distributed: pinned by a release of one of this space's packages that a repository holds now, \
according to its latest install report (rulebook install in a tracked repository) or the latest successful Git distribution to a target.";

fn activity_json(a: &Activity) -> Value {
    json!({
        "at": rfc3339(a.at), "who": a.who, "action": a.action, "kind": a.kind, "slug": a.slug,
        "name": a.name, "version": a.version, "proposal": a.proposal, "exists": a.exists,
    })
}

/// `GET /api/v1/orgs/{org}/spaces/{space}/dashboard`.
pub fn show(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let org = call.org()?.id;
    let user = call.who()?.user_id;
    let s = space(call)?.clone();
    let d = call.state.store.dashboard(org, s.id, &s.slug, user)?;
    // Every kind is listed, with zeros for kinds the space has none of.
    let kinds: Vec<Value> = crate::model::artifact::Kind::ALL
        .iter()
        .map(|k| k.as_str())
        .map(|k| {
            let c = d.kinds.iter().find(|c| c.kind == k);
            let (total, distributed) = c.map_or((0, 0), |c| (c.total, c.distributed));
            json!({ "kind": k, "total": total, "distributed": distributed })
        })
        .collect();
    let artifacts: i64 = d.kinds.iter().map(|c| c.total).sum();
    let never: Vec<Value> = d
        .never_distributed
        .iter()
        .map(|a| json!({ "kind": a.kind, "slug": a.slug, "name": a.name }))
        .collect();
    let outdated: Vec<Value> = d
        .outdated
        .iter()
        .map(|o| {
            json!({ "via": o.via, "location": o.location, "package": o.package, "package_name": o.package_name,
                    "installed": o.installed, "latest": o.latest })
        })
        .collect();
    let packages: Vec<Value> = d
        .package_lines
        .iter()
        .map(|p| {
            json!({ "slug": p.slug, "name": p.name, "latest": p.latest,
                    "latest_at": p.latest_at.map(rfc3339) })
        })
        .collect();
    let activity: Vec<Value> = d.activity.iter().map(activity_json).collect();
    Ok(Reply::json(
        200,
        &json!({
            "space": s.slug,
            "kinds": kinds,
            "distributed_means": DISTRIBUTED_MEANS,
            "never_distributed": never,
            "never_distributed_truncated": d.never_distributed.len() as i64 == LIST_CAP,
            "outdated": outdated,
            "open_proposals": d.open_proposals,
            "packages": packages,
            "setup": {
                "spaces": d.spaces, "artifacts": artifacts, "standards": kinds[0]["total"],
                "packages": d.packages, "releases": d.releases, "api_keys": d.api_keys,
                "installed_locations": d.locations,
            },
            "activity": activity,
        }),
    ))
}
