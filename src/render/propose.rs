//! Turning a hand edit of a generated file back into a change to the artifact it came from
//! (`rulebook diff`). Agent files carry less than the artifact (rules without their examples,
//! the first line of a description), so the edit is laid over the installed version: what
//! the file carries replaces the artifact's field; what it cannot carry is kept.
//!
//! An edited rule keeps its examples and severity when it is still recognisably the same
//! rule: the same text, or at least half the words in common (word Jaccard >= 0.5), the
//! measure Packmind uses for the same purpose.

use std::collections::BTreeSet;

use crate::model::artifact::{Content, Rule, Standard};

fn words(s: &str) -> BTreeSet<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Word Jaccard similarity of two sentences, 0.0..=1.0.
pub fn similarity(a: &str, b: &str) -> f64 {
    let (a, b) = (words(a), words(b));
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    a.intersection(&b).count() as f64 / a.union(&b).count() as f64
}

fn merge_rules(base: &[Rule], edited: &[Rule]) -> Vec<Rule> {
    let mut used = vec![false; base.len()];
    let mut out = Vec::new();
    for e in edited {
        let exact = base
            .iter()
            .enumerate()
            .position(|(i, b)| !used[i] && b.text == e.text);
        let similar = exact.or_else(|| {
            base.iter()
                .enumerate()
                .filter(|(i, b)| !used[*i] && similarity(&b.text, &e.text) >= 0.5)
                .max_by(|x, y| {
                    similarity(&x.1.text, &e.text).total_cmp(&similarity(&y.1.text, &e.text))
                })
                .map(|(i, _)| i)
        });
        match similar {
            Some(i) => {
                used[i] = true;
                out.push(Rule {
                    // Rendered files do not carry detectors: the base rule's stay.
                    detectors: base[i].detectors.clone(),
                    text: e.text.clone(),
                    severity: e.severity.or(base[i].severity),
                    examples: if e.examples.is_empty() {
                        base[i].examples.clone()
                    } else {
                        e.examples.clone()
                    },
                });
            }
            None => out.push(e.clone()),
        }
    }
    out
}

fn merge_standard(base: &Standard, edited: &Standard, full: bool) -> Standard {
    if full {
        return edited.clone();
    }
    let mut s = base.clone();
    s.name = edited.name.clone();
    s.rules = merge_rules(&base.rules, &edited.rules);
    if !edited.scope.is_empty() || base.scope.is_empty() {
        s.scope = edited.scope.clone();
    }
    // The agent file holds the description's first line; an edit there replaces that line.
    let base_first = base.description.lines().next().unwrap_or("");
    let edited_first = edited.description.lines().next().unwrap_or("");
    if !edited_first.is_empty()
        && edited_first.trim() != crate::render::markdown::first_line(&base.description)
    {
        s.description = match base.description.split_once('\n') {
            Some((_, rest)) if !base_first.is_empty() => format!("{edited_first}\n{rest}"),
            _ => format!("{edited_first}\n"),
        };
    }
    s
}

/// The artifact as the edit would leave it; `None` when the edit changes nothing the
/// artifact holds. `full` says the edited file carried everything (`.rulebook/` copies).
pub fn proposal(base: &Content, edited: &Content, full: bool) -> Option<Content> {
    let proposed = match (base, edited) {
        (Content::Standard(b), Content::Standard(e)) => {
            Content::Standard(merge_standard(b, e, full))
        }
        (Content::Command(b), Content::Command(e)) => {
            let mut c = b.clone();
            c.body = e.body.clone();
            if !e.description.trim().is_empty()
                && e.description.trim() != crate::render::markdown::first_line(&b.description)
            {
                c.description = e.description.clone();
            }
            Content::Command(c)
        }
        (Content::Subagent(b), Content::Subagent(e)) => {
            let mut a = b.clone();
            a.body = e.body.clone();
            if !e.tools.is_empty() {
                a.tools = e.tools.clone();
            }
            if e.model.is_some() {
                a.model = e.model.clone();
            }
            Content::Subagent(a)
        }
        (Content::Skill(b), Content::Skill(e)) => {
            let mut s = e.clone();
            // Shared skill folders drop client-specific fields; keep the installed ones.
            for (k, v) in &b.extra {
                s.extra.entry(k.clone()).or_insert_with(|| v.clone());
            }
            Content::Skill(s)
        }
        _ => return None,
    };
    (proposed != *base).then_some(proposed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::artifact::{Example, Severity};

    fn rule(text: &str, example: bool) -> Rule {
        Rule {
            detectors: Vec::new(),
            text: text.into(),
            severity: Some(Severity::Error),
            examples: if example {
                vec![Example {
                    language: "rust".into(),
                    good: "a".into(),
                    bad: "b".into(),
                }]
            } else {
                vec![]
            },
        }
    }

    #[test]
    fn an_edited_rule_keeps_its_examples_and_new_rules_come_bare() {
        let base = Standard {
            name: "Errors".into(),
            description: "First line.\nMore.\n".into(),
            scope: vec!["src/**".into()],
            rules: vec![
                rule("Return errors with the question mark operator.", true),
                rule("Log once.", true),
            ],
        };
        let mut edited = base.clone();
        edited.description = "Better first line.\n".into();
        edited.scope = vec![];
        edited.rules = vec![
            Rule {
                detectors: Vec::new(),
                text: "Return errors with the `?` operator.".into(),
                severity: None,
                examples: vec![],
            },
            Rule {
                detectors: Vec::new(),
                text: "Name every error code.".into(),
                severity: None,
                examples: vec![],
            },
        ];
        let Some(Content::Standard(p)) = proposal(
            &Content::Standard(base.clone()),
            &Content::Standard(edited),
            false,
        ) else {
            panic!("no proposal")
        };
        assert_eq!(
            p.rules[0].examples, base.rules[0].examples,
            "similar rule keeps its examples"
        );
        assert_eq!(p.rules[0].severity, Some(Severity::Error));
        assert!(p.rules[1].examples.is_empty());
        assert_eq!(p.rules.len(), 2, "the dropped rule is gone");
        assert_eq!(p.description, "Better first line.\nMore.\n");
        assert_eq!(
            p.scope, base.scope,
            "a file without scope keeps the artifact's scope"
        );
        assert!(
            proposal(
                &Content::Standard(base.clone()),
                &Content::Standard(base),
                true
            )
            .is_none()
        );
        assert!(similarity("a b c d", "a b c e") >= 0.5 && similarity("x", "y") < 0.5);
    }
}
