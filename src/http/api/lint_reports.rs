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
use crate::lint::upload::{Located, RuleCount, Upload};
use crate::model::artifact::Level;
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

/// Which rule rows the caller may see: a playbook rule (`standard/n`) only when a standard of
/// that slug is in a space the caller reads; an ad-hoc detector's id (no `/`) always. Every
/// count the caller gets is summed from the rows it may see, so a report says nothing about
/// standards of spaces it cannot read (cross-space answers go through `readable_spaces`).
struct Visible(std::collections::HashSet<String>);

impl Visible {
    fn of(call: &Call<'_>) -> Result<Visible, HttpError> {
        let ids: Vec<i64> = call.readable_spaces()?.iter().map(|s| s.id).collect();
        Ok(Visible(call.state.store.standard_slugs(&ids)?))
    }

    fn rule(&self, label: &str) -> bool {
        match label.split_once('/') {
            Some((slug, _)) => self.0.contains(slug),
            None => true,
        }
    }

    fn rules<'a>(&self, rows: &'a [RuleCount]) -> Vec<&'a RuleCount> {
        rows.iter().filter(|r| self.rule(&r.rule)).collect()
    }
}

/// Totals by level of the rows shown: (errors, warnings, infos, suppressed, findings).
fn totals(rows: &[&RuleCount]) -> (u64, u64, u64, u64, u64) {
    let mut t = (0, 0, 0, 0, 0);
    for r in rows {
        match r.level {
            Level::Error => t.0 += r.violations,
            Level::Warning => t.1 += r.violations,
            Level::Info => t.2 += r.violations,
        }
        t.3 += r.suppressed;
        t.4 += r.violations;
    }
    t
}

fn report_json(r: &LintReportRow, rows: &[&RuleCount]) -> Value {
    let (errors, warnings, infos, suppressed, findings) = totals(rows);
    json!({
        "id": r.id, "path": r.path, "commit": r.commit_id, "reported_by": r.reported_by,
        "reported_at": rfc3339(r.reported_at), "files_checked": r.files_checked,
        "errors": errors, "warnings": warnings, "infos": infos,
        "suppressed": suppressed, "findings_total": findings,
    })
}

fn rule_json(r: &RuleCount) -> Value {
    json!({ "rule": r.rule, "level": r.level.as_str(), "message": r.message,
            "violations": r.violations, "suppressed": r.suppressed })
}

/// Per rule label over the newest run of each place.
#[derive(Default)]
struct RuleSum {
    level: Option<Level>,
    message: String,
    violations: u64,
    places_violating: u64,
    places_checked: u64,
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
    let visible = Visible::of(call)?;
    let now = call.state.clock.now_unix();
    let since = (now.div_euclid(86_400) - i64::from(days) + 1) * 86_400;
    let repos = call.state.store.repositories(org)?;
    let reports = call.state.store.lint_reports_since(org, since)?;

    // Places in repository order, each with its runs oldest first.
    let mut places: BTreeMap<(i64, String), Vec<&RunWithRules>> = BTreeMap::new();
    for r in &reports {
        places
            .entry((r.0.repository_id, r.0.path.clone()))
            .or_default()
            .push(r);
    }
    let mut rows = Vec::new();
    let mut rules: BTreeMap<String, RuleSum> = BTreeMap::new();
    for repo in &repos {
        for ((rid, path), runs) in places.range((repo.id, String::new())..) {
            if *rid != repo.id {
                break;
            }
            let Some(newest) = runs.last() else { continue };
            let shown = visible.rules(&newest.1);
            // One place counts once per label, whatever levels its detectors report at.
            let mut here: BTreeMap<&str, (Level, &str, u64)> = BTreeMap::new();
            for rc in &shown {
                let e = here
                    .entry(rc.rule.as_str())
                    .or_insert((rc.level, rc.message.as_str(), 0));
                e.0 = e.0.max(rc.level);
                e.2 += rc.violations;
            }
            for (label, (level, message, violations)) in here {
                let e = rules.entry(label.to_string()).or_default();
                e.level = Some(e.level.map_or(level, |l| l.max(level)));
                if e.message.is_empty() {
                    e.message = message.to_string();
                }
                e.violations += violations;
                e.places_violating += u64::from(violations > 0);
                e.places_checked += 1;
            }
            let history: Vec<Value> = runs
                .iter()
                .rev()
                .take(HISTORY)
                .map(|r| {
                    let (errors, warnings, infos, _, _) = totals(&visible.rules(&r.1));
                    json!({ "id": r.0.id, "reported_at": rfc3339(r.0.reported_at), "commit": r.0.commit_id,
                            "errors": errors, "warnings": warnings, "infos": infos })
                })
                .collect();
            rows.push(json!({
                "repository": repo.id, "url": repo.url, "branch": repo.branch, "path": path,
                "latest": report_json(&newest.0, &shown), "history": history,
            }));
        }
    }
    let points: Vec<Point> = reports
        .iter()
        .map(|(r, rc)| {
            let mut by_rule = BTreeMap::new();
            for c in visible.rules(rc) {
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
        .map(|(rule, sum)| {
            let series: Vec<u64> = daily
                .iter()
                .map(|d| d.by_rule.get(&rule).copied().unwrap_or(0))
                .collect();
            json!({ "rule": rule, "level": sum.level.unwrap_or(Level::Warning).as_str(),
                    "message": sum.message, "violations": sum.violations,
                    "places_violating": sum.places_violating, "places_checked": sum.places_checked,
                    "series": series })
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

/// `GET /api/v1/orgs/{org}/lint/reports/{id}`: one run with its rules and located findings
/// (those of rules the caller may see).
pub fn show(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let id = call.id_param("id")?;
    let org = call.org()?.id;
    let visible = Visible::of(call)?;
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
    let shown = visible.rules(&rules);
    let mut out = report_json(&report, &shown);
    out["url"] = json!(repo.url);
    out["branch"] = json!(repo.branch);
    out["rules"] = Value::Array(shown.iter().map(|r| rule_json(r)).collect());
    let located: Vec<Located> = serde_json::from_str(&findings).unwrap_or_default();
    out["findings"] = json!(
        located
            .iter()
            .filter(|f| visible.rule(&f.rule))
            .collect::<Vec<_>>()
    );
    Ok(Reply::json(200, &out))
}
