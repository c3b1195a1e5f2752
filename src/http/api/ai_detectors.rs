//! `POST /api/v1/orgs/{org}/spaces/{space}/ai/generate-detector` (issues 21 and 18): a model
//! writes a detector for one rule in one language, and Rulebook keeps it only if it validates
//! on the rule's own examples (`lint::validate`). A detector that fails is sent back with the
//! reason, up to `attempts` calls; every attempt is answered with its YAML, status, reason and
//! checks, so the author sees what was tried. Nothing is saved: the author adds the detector
//! in the editor. An answer that is not the JSON asked for counts as a failed attempt.

use serde::Deserialize;
use serde_json::{Value, json};

use crate::ai::{AiError, Feature, draft, prompts};
use crate::http::HttpError;
use crate::http::api::ai::{Asked, ask_keeping, dry, saved_rule, usage_json};
use crate::http::call::Call;
use crate::http::reply::Reply;
use crate::lint::validate;
use crate::model::artifact::{DETECTOR_LANGUAGES, RuleDetector};

/// Most model calls one request may make.
pub const MAX_ATTEMPTS: usize = 5;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DetectorIn {
    standard: String,
    /// 1-based, as users count rules.
    rule: usize,
    language: String,
    #[serde(default)]
    attempts: Option<usize>,
    #[serde(default)]
    provider: Option<String>,
    #[serde(default)]
    dry_run: bool,
}

pub fn generate_detector(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let body: DetectorIn = call.json()?;
    let s = saved_rule(call, &body.standard, body.rule)?;
    if !DETECTOR_LANGUAGES.contains(&body.language.as_str()) {
        return Err(HttpError::Invalid(format!(
            "language {:?}: detectors are written for {}",
            body.language,
            DETECTOR_LANGUAGES.join(", ")
        )));
    }
    let max = body.attempts.unwrap_or(3);
    if !(1..=MAX_ATTEMPTS).contains(&max) {
        return Err(HttpError::Invalid(format!("attempts: 1 to {MAX_ATTEMPTS}")));
    }
    let i = body.rule - 1;
    let mut earlier: Vec<(String, String)> = Vec::new();
    let mut attempts: Vec<Value> = Vec::new();
    let mut kept: Option<Value> = None;
    for _ in 0..max {
        let asked = ask_keeping(
            call,
            Feature::GenerateDetector,
            body.provider.as_deref(),
            body.dry_run,
            |scope| {
                prompts::generate_detector(&s, i, &body.language, scope, &earlier)
                    .ok_or(HttpError::NotFound)
            },
            // An unusable answer is a failed attempt (recorded as an error), not the end of
            // the request.
            draft::detector,
        )?;
        let (o, yaml) = match asked {
            Asked::DryRun(payload) => return Ok(dry(payload)),
            Asked::Sent(o, y) => (o, y),
        };
        let yaml = match yaml {
            Ok(y) => y,
            Err(e) => {
                let why = match e {
                    AiError::InvalidOutput(m) => m,
                    other => other.to_string(),
                };
                attempts.push(json!({ "yaml": null, "status": "draft", "reason": why, "checks": [], "usage": usage_json(&o) }));
                earlier.push((String::new(), format!("the answer was unusable: {why}")));
                continue;
            }
        };
        let mut candidate = s.clone();
        candidate.rules[i].detectors.push(RuleDetector {
            language: body.language.clone(),
            level: None,
            yaml: yaml.clone(),
        });
        let k = candidate.rules[i].detectors.len() - 1;
        let v = validate::detector(&candidate, i, k);
        attempts.push(
            json!({ "yaml": yaml, "status": v.status, "reason": v.reason,
                              "checks": v.checks, "usage": usage_json(&o) }),
        );
        if v.active() {
            kept = Some(json!({ "language": body.language, "yaml": yaml }));
            break;
        }
        earlier.push((yaml, v.reason.unwrap_or_default()));
    }
    Ok(Reply::json(
        200,
        &json!({ "ai_written": true, "rule": body.rule, "language": body.language,
                 "detector": kept, "attempts": attempts }),
    ))
}
