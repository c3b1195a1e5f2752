//! `POST /api/v1/orgs/{org}/lint`: the detector editor's "run against examples" and scratch
//! snippet. The standard comes as the editor holds it (saved or not); the answer is every
//! detector's validation on the rule examples and, when asked, one detector's findings on a
//! posted snippet. Nothing is stored. Caps: the standard within the instance's limits (as a
//! save), at most [`CODE_BYTES`] of snippet; matching is linear in the text (tree-sitter
//! parse, ast-grep's traversal, a regex engine without backtracking).

use serde::Deserialize;
use serde_json::{Value, json};

use crate::http::HttpError;
use crate::http::api::artifacts::{ArtifactIn, check, to_content};
use crate::http::call::Call;
use crate::http::reply::Reply;
use crate::lint::compose;
use crate::lint::lang::Lang;
use crate::lint::{Detector, Linter, validate};
use crate::model::artifact::{Content, Kind};

/// Most bytes of a scratch snippet.
pub const CODE_BYTES: usize = 256 * 1024;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LintIn {
    /// A standard, in the shape of a create or update.
    content: ArtifactIn,
    #[serde(default)]
    slug: Option<String>,
    /// The 1-based rule and detector to run on `code`.
    #[serde(default)]
    rule: Option<usize>,
    #[serde(default)]
    detector: Option<usize>,
    #[serde(default)]
    code: Option<String>,
    /// Where the snippet would live: the detector's `files`, `ignores` and the scope then
    /// apply. Without it the snippet is checked as a file of the detector's language.
    #[serde(default)]
    path: Option<String>,
}

pub fn lint(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let body: LintIn = call.json()?;
    let content = to_content(Kind::Standard, body.content)?;
    check(call, &content)?;
    let Content::Standard(s) = content else {
        return Err(HttpError::Invalid("lint needs a standard".into()));
    };
    let slug = body
        .slug
        .filter(|x| crate::model::names::slug(x).is_ok())
        .unwrap_or_else(|| crate::model::names::slugify(&s.name));
    let mut out = json!({ "detectors": validate::standard(&s) });
    let Some(code) = body.code else {
        return Ok(Reply::json(200, &out));
    };
    if code.len() > CODE_BYTES {
        return Err(HttpError::Invalid(format!(
            "the snippet is {} bytes; at most {CODE_BYTES} are checked",
            code.len()
        )));
    }
    let (Some(r), Some(d)) = (body.rule, body.detector) else {
        return Err(HttpError::Invalid(
            "to run a snippet, name the `rule` and `detector` (1-based)".into(),
        ));
    };
    let rd = r
        .checked_sub(1)
        .and_then(|i| s.rules.get(i))
        .and_then(|rule| d.checked_sub(1).and_then(|k| rule.detectors.get(k)))
        .ok_or_else(|| HttpError::Invalid(format!("rule {r} has no detector {d}")))?;
    let detector = compose::document(&slug, &s, r - 1, d - 1)
        .and_then(|doc| Detector::parse(&doc))
        .map_err(|e| HttpError::Invalid(format!("detector {r}/{d}: {e}")))?;
    let lang = Lang::parse(&rd.language)
        .ok_or_else(|| HttpError::Invalid(format!("unknown language {:?}", rd.language)))?;
    let (path, detector) = match body.path {
        Some(p) => (crate::model::scope::normalize(&p), detector),
        None => (
            format!("snippet.{}", lang.row().extensions[0]),
            detector.ignoring_paths(),
        ),
    };
    let linter = Linter::new(vec![detector]);
    let applies = linter.detectors[0].applies(&path);
    let result = linter.check(&path, &code);
    let findings: Vec<Value> = result
        .findings
        .iter()
        .map(|f| {
            json!({ "line": f.line, "column": f.column, "end_line": f.end_line,
                    "end_column": f.end_column, "message": f.message, "snippet": f.snippet })
        })
        .collect();
    out["path"] = json!(path);
    out["applies"] = json!(applies);
    out["findings"] = json!(findings);
    out["syntax_errors"] = json!(result.syntax_errors);
    out["suppressed"] = json!(result.suppressed.len());
    Ok(Reply::json(200, &out))
}
