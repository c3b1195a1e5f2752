//! The `lint_snippet` tool: an agent checks the code it is about to write against the playbook's
//! active detectors for that path (the standards whose scope covers it), and gets each finding
//! with its rule and the fix hint, the same answer `rulebook lint` gives in the repository.
//! Nothing is stored; the snippet is capped at [`CODE_BYTES`].

use serde_json::{Value, json};

use super::source::Source;
use super::tools::{Args, Failure, obj, only, required, space_prop, spaces};
use crate::lint::{Detector, Linter, compose};
use crate::model::scope::normalize;

/// Most bytes of code one call checks.
pub const CODE_BYTES: usize = 256 * 1024;

pub fn definition() -> Value {
    json!({
        "name": "lint_snippet",
        "title": "Check code against the playbook",
        "description": "Runs the playbook's detectors (checks proved on each rule's own examples) that apply to a path on the code given, and returns each finding with its standard, rule and a fix hint. Call it on code you wrote before you finish.",
        "inputSchema": obj(json!({
            "path": {"type": "string", "description": "Repository-relative path the code lives at, e.g. src/api/user.ts (its language and the standards' scopes come from it)"},
            "code": {"type": "string", "description": "The file's text (at most 256 KiB)"},
            "space": space_prop()
        }), &["path", "code"]),
        "outputSchema": obj(json!({
            "path": {"type": "string"},
            "detectors": {"type": "integer", "description": "How many detectors applied to the path"},
            "findings": {"type": "array", "items": obj(json!({
                "space": {"type": "string"}, "standard": {"type": "string"}, "rule": {"type": "integer"},
                "severity": {"type": "string"}, "line": {"type": "integer"}, "column": {"type": "integer"},
                "message": {"type": "string"}, "snippet": {"type": "string"},
                "hint": {"anyOf": [{"type": "string"}, {"type": "null"}]}
            }), &["space", "standard", "rule", "severity", "line", "column", "message", "snippet", "hint"])},
            "suppressed": {"type": "integer"},
            "syntax_errors": {"type": "boolean"}
        }), &["path", "detectors", "findings", "suppressed", "syntax_errors"]),
    })
}

pub(super) fn call(source: &dyn Source, args: &Args) -> Result<Value, Failure> {
    only(args, &["path", "code", "space"])?;
    let path = normalize(required(args, "path")?);
    if path.contains('\0') {
        return Err(Failure("path must not contain NUL".into()));
    }
    let code = match args.get("code") {
        Some(Value::String(s)) if s.len() <= CODE_BYTES => s.as_str(),
        Some(Value::String(s)) => {
            return Err(Failure(format!(
                "code is {} bytes; at most {CODE_BYTES} are checked",
                s.len()
            )));
        }
        Some(_) => return Err(Failure("code must be a string".into())),
        None => return Err(Failure("code is required".into())),
    };
    // Each detector with the space it came from.
    let mut detectors = Vec::new();
    let mut origin = Vec::new();
    for space in spaces(source, args)? {
        let ix = source.scope_index(&space)?;
        for i in ix.matching(&path) {
            let (slug, s) = &ix.standards[i];
            let Some(file) = compose::detectors_file(slug, s) else {
                continue;
            };
            for d in Detector::parse_all(&file).into_iter().flatten() {
                if d.applies(&path) {
                    origin.push(space.clone());
                    detectors.push(d);
                }
            }
        }
    }
    let linter = Linter::new(detectors);
    let result = linter.check(&path, code);
    let findings: Vec<Value> = result
        .findings
        .iter()
        .map(|f| {
            let d = &linter.detectors[f.detector];
            json!({
                "space": origin[f.detector], "standard": d.standard.clone().unwrap_or_default(),
                "rule": d.rule.unwrap_or(0), "severity": d.level.as_str(), "line": f.line,
                "column": f.column, "message": f.message, "snippet": f.snippet, "hint": d.note,
            })
        })
        .collect();
    Ok(json!({
        "path": path, "detectors": linter.detectors.len(), "findings": findings,
        "suppressed": result.suppressed.len(), "syntax_errors": result.syntax_errors,
    }))
}
