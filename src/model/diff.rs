//! Differences between two versions of an artifact: unified text diffs of the Markdown and
//! code fields, and for standards the rules added, removed and changed. A rule whose text was
//! edited (a removed rule much like an added one) is reported once, in `rules_edited`, with a
//! word diff, instead of as one removed and one added rule. A rule's detectors changing is a
//! field diff of their YAML.

use serde::Serialize;
use similar::TextDiff;

use crate::model::artifact::{Content, Rule};

/// One field's change, as a unified diff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldDiff {
    pub field: String,
    pub unified: String,
}

/// What changed between two versions.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Diff {
    pub fields: Vec<FieldDiff>,
    pub rules_added: Vec<String>,
    pub rules_removed: Vec<String>,
    pub rules_changed: Vec<String>,
    pub rules_edited: Vec<RuleEdit>,
}

/// A rule whose text changed: both texts and the word-level steps from one to the other.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RuleEdit {
    pub before: String,
    pub after: String,
    pub words: Vec<WordChange>,
}

/// A run of words kept (`equal`), removed (`delete`) or added (`insert`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WordChange {
    pub op: &'static str,
    pub text: String,
}

/// How alike two rule texts must be (similar's ratio, 0..1) to count as one edited rule.
const EDIT_LIKENESS: f32 = 0.5;

impl Diff {
    /// True when nothing changed.
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
            && self.rules_added.is_empty()
            && self.rules_removed.is_empty()
            && self.rules_changed.is_empty()
            && self.rules_edited.is_empty()
    }
}

fn text(field: &str, old: &str, new: &str, out: &mut Vec<FieldDiff>) {
    if old == new {
        return;
    }
    let unified = TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(3)
        .header("before", "after")
        .to_string();
    out.push(FieldDiff {
        field: field.to_string(),
        unified,
    });
}

fn lines(v: &[String]) -> String {
    v.iter().map(|s| format!("{s}\n")).collect()
}

/// Diffs two contents of the same kind (a kind change is reported as a whole-field change).
pub fn diff(old: &Content, new: &Content) -> Diff {
    let mut d = Diff::default();
    let f = &mut d.fields;
    match (old, new) {
        (Content::Standard(a), Content::Standard(b)) => {
            text("name", &a.name, &b.name, f);
            text("description", &a.description, &b.description, f);
            text("scope", &lines(&a.scope), &lines(&b.scope), f);
            rules(&a.rules, &b.rules, &mut d);
        }
        (Content::Command(a), Content::Command(b)) => {
            text("name", &a.name, &b.name, f);
            text("description", &a.description, &b.description, f);
            text("body", &a.body, &b.body, f);
        }
        (Content::Subagent(a), Content::Subagent(b)) => {
            text("name", &a.name, &b.name, f);
            text("description", &a.description, &b.description, f);
            text("tools", &lines(&a.tools), &lines(&b.tools), f);
            text(
                "model",
                a.model.as_deref().unwrap_or(""),
                b.model.as_deref().unwrap_or(""),
                f,
            );
            text("body", &a.body, &b.body, f);
        }
        (Content::Policy(a), Content::Policy(b)) => {
            text("name", &a.name, &b.name, f);
            text("description", &a.description, &b.description, f);
            let perms = |p: &crate::model::policy::Policy| {
                p.permissions
                    .iter()
                    .map(|r| format!("{} {} {}", r.effect.as_str(), r.on.as_str(), r.pattern))
                    .collect::<Vec<_>>()
            };
            let hooks = |p: &crate::model::policy::Policy| {
                p.hooks
                    .iter()
                    .map(|h| match h.timeout_s {
                        Some(t) => format!("{} {} (timeout {t}s)", h.event.as_str(), h.command),
                        None => format!("{} {}", h.event.as_str(), h.command),
                    })
                    .collect::<Vec<_>>()
            };
            text("permissions", &lines(&perms(a)), &lines(&perms(b)), f);
            text("hooks", &lines(&hooks(a)), &lines(&hooks(b)), f);
        }
        (Content::Skill(a), Content::Skill(b)) => {
            text("name", &a.name, &b.name, f);
            text("description", &a.description, &b.description, f);
            text("body", &a.body, &b.body, f);
            let names = |s: &crate::model::artifact::Skill| {
                s.files
                    .iter()
                    .map(|x| format!("{} {:o}", x.path, x.mode))
                    .collect::<Vec<_>>()
            };
            text("files", &lines(&names(a)), &lines(&names(b)), f);
            for fb in &b.files {
                if let Some(fa) = a.files.iter().find(|x| x.path == fb.path)
                    && !fa.base64
                    && !fb.base64
                {
                    text(&format!("files/{}", fb.path), &fa.content, &fb.content, f);
                }
            }
        }
        (a, b) => {
            let ja = serde_json::to_string_pretty(a).unwrap_or_default();
            let jb = serde_json::to_string_pretty(b).unwrap_or_default();
            text("content", &ja, &jb, f);
        }
    }
    d
}

/// Rules matched by text: new texts are added, missing ones removed, same text with other
/// severity or examples changed.
fn rules(a: &[Rule], b: &[Rule], d: &mut Diff) {
    for r in b {
        match a.iter().find(|x| x.text == r.text) {
            None => d.rules_added.push(r.text.clone()),
            Some(old) if old != r => {
                d.rules_changed.push(r.text.clone());
                if old.detectors != r.detectors {
                    let field = format!("detectors of rule {:?}", r.text);
                    text(&field, &detectors(old), &detectors(r), &mut d.fields);
                }
            }
            Some(_) => {}
        }
    }
    for r in a {
        if !b.iter().any(|x| x.text == r.text) {
            d.rules_removed.push(r.text.clone());
        }
    }
    pair_edits(d);
}

/// A rule's detectors as one text: a `# language severity` line above each one's YAML.
fn detectors(r: &Rule) -> String {
    r.detectors
        .iter()
        .map(|d| {
            let level = d.level.map_or("(rule's severity)", |l| l.as_str());
            format!("# {} {level}\n{}\n", d.language, d.yaml.trim_end())
        })
        .collect()
}

/// Moves each removed rule that is much like an added one (the most alike first) into
/// `rules_edited`.
fn pair_edits(d: &mut Diff) {
    let mut removed = std::mem::take(&mut d.rules_removed);
    for old in std::mem::take(&mut removed) {
        let best = d
            .rules_added
            .iter()
            .enumerate()
            .map(|(i, new)| (i, TextDiff::from_chars(old.as_str(), new.as_str()).ratio()))
            .filter(|(_, r)| *r >= EDIT_LIKENESS)
            .max_by(|x, y| x.1.total_cmp(&y.1));
        match best {
            Some((i, _)) => {
                let new = d.rules_added.remove(i);
                d.rules_edited.push(RuleEdit {
                    words: words(&old, &new),
                    before: old,
                    after: new,
                });
            }
            None => removed.push(old),
        }
    }
    d.rules_removed = removed;
}

/// Word-level steps from `old` to `new`, with runs of the same kind merged.
fn words(old: &str, new: &str) -> Vec<WordChange> {
    let mut out: Vec<WordChange> = Vec::new();
    for c in TextDiff::from_words(old, new).iter_all_changes() {
        let op = match c.tag() {
            similar::ChangeTag::Equal => "equal",
            similar::ChangeTag::Delete => "delete",
            similar::ChangeTag::Insert => "insert",
        };
        match out.last_mut() {
            Some(last) if last.op == op => last.text.push_str(c.value()),
            _ => out.push(WordChange {
                op,
                text: c.value().to_string(),
            }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detector_changes_are_a_field_diff() {
        use crate::model::artifact::{RuleDetector, Standard};
        let rule = |yaml: &str| Rule {
            text: "No bare except.".into(),
            severity: None,
            examples: vec![],
            detectors: vec![RuleDetector {
                language: "python".into(),
                level: None,
                yaml: yaml.into(),
            }],
        };
        let s = |yaml: &str| {
            Content::Standard(Standard {
                name: "n".into(),
                description: "d".into(),
                scope: vec![],
                rules: vec![rule(yaml)],
            })
        };
        let d = diff(
            &s("rule:\n  kind: except_clause\n"),
            &s("rule:\n  kind: except_clause\n  regex: '^except:'\n"),
        );
        assert_eq!(d.rules_changed, ["No bare except."]);
        let f = &d.fields[0];
        assert_eq!(f.field, "detectors of rule \"No bare except.\"");
        assert!(f.unified.contains("+  regex: '^except:'"), "{}", f.unified);
        assert!(
            f.unified.contains("# python (rule's severity)"),
            "{}",
            f.unified
        );
    }
    use crate::model::artifact::{Command, Example, Standard};

    #[test]
    fn rule_level_changes() {
        let rule = |t: &str| Rule {
            detectors: Vec::new(),
            text: t.into(),
            severity: None,
            examples: vec![],
        };
        let a = Content::Standard(Standard {
            name: "S".into(),
            description: "one\n".into(),
            scope: vec![],
            rules: vec![rule("keep"), rule("drop"), rule("edit")],
        });
        let mut edited = rule("edit");
        edited.examples.push(Example {
            language: "go".into(),
            good: "a".into(),
            bad: "b".into(),
        });
        let b = Content::Standard(Standard {
            name: "S".into(),
            description: "two\n".into(),
            scope: vec![],
            rules: vec![rule("keep"), edited, rule("new")],
        });
        let d = diff(&a, &b);
        assert_eq!(d.rules_added, vec!["new"]);
        assert_eq!(d.rules_removed, vec!["drop"]);
        assert_eq!(d.rules_changed, vec!["edit"]);
        assert_eq!(d.fields.len(), 1);
        assert!(d.fields[0].unified.contains("-one") && d.fields[0].unified.contains("+two"));
        assert!(diff(&a, &a).is_empty());
    }

    #[test]
    fn an_edited_rule_is_one_edit_with_a_word_diff() {
        let std = |rules: &[&str]| {
            Content::Standard(Standard {
                name: "S".into(),
                description: String::new(),
                scope: vec![],
                rules: rules
                    .iter()
                    .map(|t| Rule {
                        detectors: Vec::new(),
                        text: (*t).into(),
                        severity: None,
                        examples: vec![],
                    })
                    .collect(),
            })
        };
        let d = diff(
            &std(&["Name functions in snake_case.", "Drop."]),
            &std(&["Name all functions in snake_case.", "Add."]),
        );
        assert_eq!(d.rules_added, vec!["Add."]);
        assert_eq!(d.rules_removed, vec!["Drop."]);
        assert_eq!(d.rules_edited.len(), 1);
        let e = &d.rules_edited[0];
        assert_eq!(e.before, "Name functions in snake_case.");
        assert_eq!(e.after, "Name all functions in snake_case.");
        let inserted: String = e
            .words
            .iter()
            .filter(|w| w.op == "insert")
            .map(|w| w.text.as_str())
            .collect();
        assert_eq!(inserted.trim(), "all");
        assert!(e.words.iter().all(|w| w.op != "delete"));
        let rebuilt: String = e
            .words
            .iter()
            .filter(|w| w.op != "delete")
            .map(|w| w.text.as_str())
            .collect();
        assert_eq!(rebuilt, e.after);
    }

    #[test]
    fn command_body_diff() {
        let c = |b: &str| {
            Content::Command(Command {
                name: "c".into(),
                description: String::new(),
                body: b.into(),
            })
        };
        let d = diff(&c("a\nb\n"), &c("a\nc\n"));
        assert_eq!(d.fields[0].field, "body");
    }
}
