//! Lint results from CI: `rulebook lint --report` uploads a run (`POST …/lint/reports`), kept
//! for tracked repository branches only, like install reports; the overview (`GET
//! …/lint/reports`) shows per repository and path the newest run and its recent history, and
//! per rule how many violations the newest runs count and how that moved day by day; one run
//! (`GET …/lint/reports/{id}`) lists its rules and where its first findings are.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use crate::clock::rfc3339;
use crate::http::HttpError;
use crate::http::api::distributions::{checked, normalize_url};
use crate::http::call::Call;
use crate::http::reply::Reply;
use crate::lint::trend::{self, Point};
use crate::lint::upload::{RuleCount, Upload};
use crate::store::lint_reports::{LintReportRow, RunWithRules};

/// Days the overview's trend covers by default, and at most.
const DAYS: u32 = 30;
const MAX_DAYS: u32 = 365;
/// Runs of each place listed in the overview's history.
const HISTORY: usize = 20;

/// `POST /api/v1/orgs/{org}/lint/reports`: a CI run's report; stored only for a tracked
/// repository branch (`{"recorded": false}` otherwise, 200).
pub fn upload(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let mut body: Upload = call.json()?;
    body.url = normalize_url(&body.url);
    checked("url", &body.url, 500)?;
    checked("branch", &body.branch, 200)?;
    body.check().map_err(HttpError::Invalid)?;
    let org = call.org()?.id;
    let who = call.who()?.username.clone();
    let t = body.totals();
    let event = call.event(
        "lint.reported",
        format!("repository:{}#{}:{}", body.url, body.branch, body.path),
        "success",
    );
    let id = call
        .state
        .store
        .record_lint_report(org, &body, &who, &event)?;
    Ok(match id {
        Some(id) => Reply::json(
            201,
            &json!({ "recorded": true, "id": id, "errors": t.errors, "warnings": t.warnings,
                     "infos": t.infos, "suppressed": t.suppressed }),
        ),
        None => Reply::json(
            200,
            &json!({ "recorded": false,
                     "reason": format!("{} ({}) is not a tracked repository: an organization admin tracks it under Distribution", body.url, body.branch) }),
        ),
    })
}

fn report_json(r: &LintReportRow) -> Value {
    json!({
        "id": r.id, "path": r.path, "commit": r.commit_id, "reported_by": r.reported_by,
        "reported_at": rfc3339(r.reported_at), "files_checked": r.files_checked,
        "errors": r.errors, "warnings": r.warnings, "infos": r.infos,
        "suppressed": r.suppressed, "findings_total": r.findings_total,
    })
}

fn rule_json(r: &RuleCount) -> Value {
    json!({ "rule": r.rule, "level": r.level.as_str(), "message": r.message,
            "violations": r.violations, "suppressed": r.suppressed })
}

/// `GET /api/v1/orgs/{org}/lint/reports[?days=N]`: per tracked repository and path, the newest
/// run and the recent ones; per rule, the violations the newest runs count, in how many
/// places, and the daily trend over the window.
pub fn overview(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let days = match call.query_param("days") {
        None => DAYS,
        Some(d) => d
            .parse::<u32>()
            .ok()
            .filter(|d| (1..=MAX_DAYS).contains(d))
            .ok_or_else(|| HttpError::Invalid(format!("days must be 1-{MAX_DAYS}")))?,
    };
    let org = call.org()?.id;
    let now = call.state.clock.now_unix();
    let since = (now.div_euclid(86_400) - i64::from(days) + 1) * 86_400;
    let repos = call.state.store.repositories(org)?;
    let reports = call.state.store.lint_reports_since(org, since)?;

    // Places in repository order, each with its runs newest first.
    let mut places: BTreeMap<(i64, String), Vec<&RunWithRules>> = BTreeMap::new();
    for r in &reports {
        places
            .entry((r.0.repository_id, r.0.path.clone()))
            .or_default()
            .push(r);
    }
    let mut rows = Vec::new();
    // Per rule over the newest run of each place: (level, message, violations, places with
    // violations, places that checked it).
    let mut rules: BTreeMap<String, (String, String, u64, u64, u64)> = BTreeMap::new();
    for repo in &repos {
        for ((rid, path), runs) in places.range((repo.id, String::new())..) {
            if *rid != repo.id {
                break;
            }
            let Some(newest) = runs.last() else { continue };
            for rc in &newest.1 {
                let e = rules
                    .entry(rc.rule.clone())
                    .or_insert_with(|| (rc.level.as_str().into(), rc.message.clone(), 0, 0, 0));
                if rc.level > crate::model::artifact::Level::parse(&e.0).unwrap_or(rc.level) {
                    e.0 = rc.level.as_str().into();
                }
                e.2 += rc.violations;
                e.3 += u64::from(rc.violations > 0);
                e.4 += 1;
            }
            let history: Vec<Value> = runs
                .iter()
                .rev()
                .take(HISTORY)
                .map(|r| {
                    json!({ "id": r.0.id, "reported_at": rfc3339(r.0.reported_at), "commit": r.0.commit_id,
                            "errors": r.0.errors, "warnings": r.0.warnings, "infos": r.0.infos })
                })
                .collect();
            rows.push(json!({
                "repository": repo.id, "url": repo.url, "branch": repo.branch, "path": path,
                "latest": report_json(&newest.0), "history": history,
            }));
        }
    }
    let points: Vec<Point> = reports
        .iter()
        .map(|(r, rc)| {
            let mut by_rule = BTreeMap::new();
            for c in rc {
                *by_rule.entry(c.rule.clone()).or_default() += c.violations;
            }
            Point {
                place: (r.repository_id, r.path.clone()),
                id: r.id,
                at: r.reported_at,
                rules: by_rule,
            }
        })
        .collect();
    let daily = trend::daily(&points, now, days);
    let rule_rows: Vec<Value> = rules
        .into_iter()
        .map(|(rule, (level, message, violations, failing, checked))| {
            let series: Vec<u64> = daily
                .iter()
                .map(|d| d.by_rule.get(&rule).copied().unwrap_or(0))
                .collect();
            json!({ "rule": rule, "level": level, "message": message, "violations": violations,
                    "places_violating": failing, "places_checked": checked, "series": series })
        })
        .collect();
    let series: Vec<Value> = daily
        .iter()
        .map(|d| json!({ "date": d.date, "violations": d.total }))
        .collect();
    Ok(Reply::json(
        200,
        &json!({ "days": days, "places": rows, "rules": rule_rows, "series": series }),
    ))
}

/// `GET /api/v1/orgs/{org}/lint/reports/{id}`: one run with its rules and located findings.
pub fn show(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let id = call.id_param("id")?;
    let org = call.org()?.id;
    let (report, rules, findings) = call
        .state
        .store
        .lint_report(org, id)?
        .ok_or(HttpError::NotFound)?;
    let repo = call
        .state
        .store
        .repositories(org)?
        .into_iter()
        .find(|r| r.id == report.repository_id)
        .ok_or(HttpError::NotFound)?;
    let mut out = report_json(&report);
    out["url"] = json!(repo.url);
    out["branch"] = json!(repo.branch);
    out["rules"] = Value::Array(rules.iter().map(rule_json).collect());
    out["findings"] = serde_json::from_str(&findings).unwrap_or_else(|_| json!([]));
    Ok(Reply::json(200, &out))
}
