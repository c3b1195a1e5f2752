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
                detectors: Vec::new(),
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

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CondensedRule {
    text: String,
    #[serde(default)]
    from: Vec<usize>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Condensed {
    description: String,
    rules: Vec<CondensedRule>,
}

/// Characters of a standard's description and rule texts (what an always-on file carries
/// besides examples).
pub fn text_chars(s: &Standard) -> usize {
    s.description.chars().count()
        + s.rules
            .iter()
            .map(|r| r.text.chars().count())
            .sum::<usize>()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DetectorDraft {
    yaml: String,
}

/// A generated detector's YAML: one document within the model's limits (whether it works is
/// for `lint::validate` to say).
pub fn detector(text: &str) -> Result<String, AiError> {
    let d: DetectorDraft = serde_json::from_value(json_object(text)?).map_err(shape_error)?;
    let yaml = d.yaml.trim().to_string() + "\n";
    if yaml.trim().is_empty() || yaml.chars().count() > crate::model::artifact::DETECTOR_CHARS {
        return Err(AiError::InvalidOutput(
            "the detector is empty or too long".into(),
        ));
    }
    if yaml
        .lines()
        .any(|l| matches!(l.trim_end(), "---" | "...") || l.starts_with('%'))
    {
        return Err(AiError::InvalidOutput(
            "the detector is not one YAML document".into(),
        ));
    }
    Ok(yaml)
}

/// A condensed version of `s`: shorter than the original, every `from` a rule of `s`, the
/// examples, detectors (and severity) of the rules it replaces carried over.
pub fn condensed(text: &str, s: &Standard) -> Result<Standard, AiError> {
    let c: Condensed = serde_json::from_value(json_object(text)?).map_err(shape_error)?;
    if c.rules.is_empty() {
        return Err(AiError::InvalidOutput(
            "the condensed standard has no rules".into(),
        ));
    }
    let mut rules = Vec::new();
    for r in c.rules {
        let mut rule = Rule {
            detectors: Vec::new(),
            text: r.text.trim().to_string(),
            severity: None,
            examples: Vec::new(),
        };
        for n in r.from {
            let original = n
                .checked_sub(1)
                .and_then(|i| s.rules.get(i))
                .ok_or_else(|| {
                    AiError::InvalidOutput(format!("`from` names rule {n}, which does not exist"))
                })?;
            rule.severity = rule.severity.or(original.severity);
            for e in &original.examples {
                if !rule.examples.contains(e) {
                    rule.examples.push(e.clone());
                }
            }
            for d in &original.detectors {
                if !rule.detectors.contains(d) {
                    rule.detectors.push(d.clone());
                }
            }
        }
        rules.push(rule);
    }
    let out = Standard {
        name: s.name.clone(),
        description: c.description.trim().to_string(),
        scope: s.scope.clone(),
        rules,
    };
    if text_chars(&out) >= text_chars(s) {
        return Err(AiError::InvalidOutput(
            "the condensed standard is not shorter than the original".into(),
        ));
    }
    valid(out)
}

/// An advisory review of a proposal.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    pub summary: String,
    #[serde(default)]
    pub concerns: Vec<String>,
    pub verdict: String,
}

/// A review, checked: a verdict of `looks-good` or `needs-changes`, bounded text.
pub fn review(text: &str) -> Result<Review, AiError> {
    let r: Review = serde_json::from_value(json_object(text)?).map_err(shape_error)?;
    if !matches!(r.verdict.as_str(), "looks-good" | "needs-changes") {
        return Err(AiError::InvalidOutput(
            "verdict must be looks-good or needs-changes".into(),
        ));
    }
    let long = r.summary.chars().count() > 4000
        || r.concerns.len() > 20
        || r.concerns.iter().any(|c| c.chars().count() > 1000);
    if r.summary.trim().is_empty() || long {
        return Err(AiError::InvalidOutput(
            "a review needs a summary (at most 4000 characters) and at most 20 concerns of 1000"
                .into(),
        ));
    }
    Ok(r)
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

    #[test]
    fn condensed_versions_are_shorter_and_keep_examples() {
        let long = Standard {
            name: "Errors".into(),
            description: "A long description that repeats itself, repeats itself, and again."
                .into(),
            scope: vec!["**/*.go".into()],
            rules: vec![
                Rule {
                    detectors: Vec::new(),
                    text: "Wrap errors with context when returning them up".into(),
                    severity: None,
                    examples: vec![Example {
                        language: "go".into(),
                        good: "g".into(),
                        bad: "b".into(),
                    }],
                },
                Rule {
                    detectors: Vec::new(),
                    text: "Always add context to errors you return".into(),
                    severity: None,
                    examples: vec![],
                },
            ],
        };
        let c = condensed(r#"{"description":"Errors carry context.","rules":[{"text":"Wrap returned errors with context","from":[1,2]}]}"#, &long).unwrap();
        assert_eq!(c.rules.len(), 1);
        assert_eq!(c.rules[0].examples.len(), 1);
        assert_eq!(c.scope, long.scope);
        assert!(
            condensed(
                r#"{"description":"x","rules":[{"text":"y","from":[3]}]}"#,
                &long
            )
            .is_err()
        );
        let longer = format!(
            r#"{{"description":"{}","rules":[{{"text":"y"}}]}}"#,
            "z".repeat(500)
        );
        assert!(condensed(&longer, &long).is_err());
        assert!(review(r#"{"summary":"ok","concerns":[],"verdict":"looks-good"}"#).is_ok());
        assert!(review(r#"{"summary":"ok","verdict":"merge it now"}"#).is_err());
        assert!(review(r#"{"summary":"","verdict":"looks-good"}"#).is_err());
    }
}
