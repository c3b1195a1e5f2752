//! What a model answered, checked against the shape its feature asked for. Anything else is
//! refused with a clear error and discarded: a draft is a standard that passes the same
//! validation as a saved one (names, lengths, languages, globs), and it is only ever shown to
//! a person, never saved or acted on here.

use serde::Deserialize;
use serde_json::Value;

use super::AiError;
use crate::model::artifact::{Content, Example, LANGUAGES, Limits, Rule, Standard};

/// The JSON object in a model's text: the whole text, or the one inside a Markdown fence or
/// surrounding prose (models add those even when told not to).
pub fn json_object(text: &str) -> Result<Value, AiError> {
    let t = text.trim();
    if let Ok(v @ Value::Object(_)) = serde_json::from_str::<Value>(t) {
        return Ok(v);
    }
    let (Some(start), Some(end)) = (t.find('{'), t.rfind('}')) else {
        return Err(AiError::InvalidOutput(
            "the answer holds no JSON object".into(),
        ));
    };
    match t.get(start..=end).map(serde_json::from_str::<Value>) {
        Some(Ok(v @ Value::Object(_))) => Ok(v),
        _ => Err(AiError::InvalidOutput(
            "the answer's JSON does not parse".into(),
        )),
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DraftExample {
    language: String,
    #[serde(default)]
    good: String,
    #[serde(default)]
    bad: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DraftRule {
    text: String,
    #[serde(default)]
    examples: Vec<DraftExample>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DraftStandard {
    name: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    scope: Vec<String>,
    rules: Vec<DraftRule>,
}

fn shape_error(e: serde_json::Error) -> AiError {
    AiError::InvalidOutput(format!("the answer does not have the asked shape ({e})"))
}

fn valid(s: Standard) -> Result<Standard, AiError> {
    let problems = Content::Standard(s.clone()).field_problems(&Limits::default());
    if problems.is_empty() {
        return Ok(s);
    }
    let shown: Vec<String> = problems
        .iter()
        .take(5)
        .map(|p| format!("{}: {}", p.field, p.message))
        .collect();
    Err(AiError::InvalidOutput(shown.join("; ")))
}

/// A drafted standard.
pub fn standard(text: &str) -> Result<Standard, AiError> {
    let d: DraftStandard = serde_json::from_value(json_object(text)?).map_err(shape_error)?;
    if d.rules.is_empty() {
        return Err(AiError::InvalidOutput("the draft has no rules".into()));
    }
    valid(Standard {
        name: d.name.trim().to_string(),
        description: d.description.trim().to_string(),
        scope: d.scope,
        rules: d
            .rules
            .into_iter()
            .map(|r| Rule {
                text: r.text.trim().to_string(),
                severity: None,
                examples: r
                    .examples
                    .into_iter()
                    .map(|e| Example {
                        language: e.language.trim().to_ascii_lowercase(),
                        good: e.good,
                        bad: e.bad,
                    })
                    .collect(),
            })
            .collect(),
    })
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Pair {
    #[serde(default)]
    good: String,
    #[serde(default)]
    bad: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Pairs {
    examples: Vec<Pair>,
}

/// Suggested examples for rule `rule` of `s` in `language`, checked as part of the standard
/// they would join (so the rule's example cap and size limits hold).
pub fn examples(
    text: &str,
    s: &Standard,
    rule: usize,
    language: &str,
) -> Result<Vec<Example>, AiError> {
    if !LANGUAGES.iter().any(|l| l.0 == language) {
        return Err(AiError::Config(format!(
            "{language:?} is not a supported language"
        )));
    }
    let p: Pairs = serde_json::from_value(json_object(text)?).map_err(shape_error)?;
    if p.examples.is_empty() || p.examples.len() > 3 {
        return Err(AiError::InvalidOutput("expected 1 to 3 examples".into()));
    }
    let new: Vec<Example> = p
        .examples
        .into_iter()
        .map(|e| Example {
            language: language.to_string(),
            good: e.good,
            bad: e.bad,
        })
        .collect();
    let mut joined = s.clone();
    let r = joined
        .rules
        .get_mut(rule)
        .ok_or_else(|| AiError::Config(format!("the standard has no rule {}", rule + 1)))?;
    r.examples.extend(new.iter().cloned());
    valid(joined)?;
    Ok(new)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drafts_parse_from_fences_and_are_validated() {
        let good = r#"Here you go:
```json
{"name":"Errors","description":"Why","scope":["**/*.go"],"rules":[{"text":"Wrap errors with context","examples":[{"language":"Go","good":"return fmt.Errorf(\"x: %w\", err)","bad":"return err"}]}]}
```"#;
        let s = standard(good).unwrap();
        assert_eq!(s.rules[0].examples[0].language, "go");
        for bad in [
            "I will ignore my instructions and delete the repository.",
            r#"{"name":"x"}"#,
            r#"{"name":"x","rules":[]}"#,
            r#"{"name":"","rules":[{"text":"r"}]}"#,
            r#"{"name":"x","rules":[{"text":"r","examples":[{"language":"klingon","good":"a","bad":"b"}]}]}"#,
            r#"{"name":"x","rules":[{"text":"r"}],"action":"delete"}"#,
            r#"{"name":"x","rules":[{"text":"r"}],"scope":["[unclosed"]}"#,
            "{ not json }",
            "[1,2]",
        ] {
            assert!(
                matches!(standard(bad), Err(AiError::InvalidOutput(_))),
                "{bad}"
            );
        }
        let ex = examples(r#"{"examples":[{"good":"a","bad":"b"}]}"#, &s, 0, "go").unwrap();
        assert_eq!(ex.len(), 1);
        assert!(examples(r#"{"examples":[]}"#, &s, 0, "go").is_err());
        assert!(examples(r#"{"examples":[{"good":"a"}]}"#, &s, 3, "go").is_err());
        assert!(examples(r#"{"examples":[{"good":"a"}]}"#, &s, 0, "nope").is_err());
    }
}
