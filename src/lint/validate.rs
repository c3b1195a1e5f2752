//! Rules that check themselves: a detector is **active** only when it flags every bad example
//! of its rule in its language and none of the good ones; otherwise it is a **draft** and is
//! not exported to repositories. The result is a pure function of the artifact's version, so
//! every version's validation can be shown again exactly as it was, and editing a rule's
//! examples re-validates its detectors by construction.

use serde::Serialize;

use super::compose::{self, example_language};
use super::detector::Detector;
use super::engine::Linter;
use super::lang::Lang;
use crate::model::artifact::{RuleDetector, Standard};

/// One example checked: which example, which side, whether it came out as it should, and the
/// lines the detector flagged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Check {
    /// 1-based index among the rule's examples.
    pub example: usize,
    /// `bad` must be flagged, `good` must not.
    pub side: &'static str,
    pub passed: bool,
    /// 1-based lines of the findings in that snippet.
    pub lines: Vec<usize>,
}

/// A detector's validation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Validation {
    /// 1-based rule and detector numbers.
    pub rule: usize,
    pub detector: usize,
    pub language: String,
    /// `active` or `draft`.
    pub status: &'static str,
    /// Why it is a draft (the detector does not parse, no bad example, examples failed).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    pub checks: Vec<Check>,
}

impl Validation {
    pub fn active(&self) -> bool {
        self.status == "active"
    }
}

/// The path a snippet of `lang` is checked as.
fn example_path(lang: Lang) -> String {
    format!("example.{}", lang.row().extensions[0])
}

/// Validates detector `k` of rule `i` (0-based) of `s`.
pub fn detector(s: &Standard, i: usize, k: usize) -> Validation {
    let mut all = rule(s, i);
    if k < all.len() {
        all.swap_remove(k)
    } else {
        Validation {
            rule: i + 1,
            detector: k + 1,
            language: String::new(),
            status: "draft",
            reason: Some("no such detector".into()),
            checks: Vec::new(),
        }
    }
}

/// Validates every detector of rule `i` (0-based) of `s`. The detectors of one language run
/// together, so each example is parsed once however many detectors the rule has.
pub fn rule(s: &Standard, i: usize) -> Vec<Validation> {
    let Some(r) = s.rules.get(i) else {
        return Vec::new();
    };
    let mut out: Vec<Validation> = r
        .detectors
        .iter()
        .enumerate()
        .map(|(k, d)| Validation {
            rule: i + 1,
            detector: k + 1,
            language: d.language.clone(),
            status: "draft",
            reason: None,
            checks: Vec::new(),
        })
        .collect();
    // Compile each; group the ones that compile by language.
    let mut groups: Vec<(Lang, Vec<usize>, Vec<Detector>)> = Vec::new();
    for (k, d) in r.detectors.iter().enumerate() {
        let compiled = compose::document("standard", s, i, k).and_then(|doc| Detector::parse(&doc));
        let lang = Lang::parse(&d.language);
        match (compiled, lang) {
            (Ok(det), Some(lang)) => match groups.iter_mut().find(|g| g.0 == lang) {
                Some(g) => {
                    g.1.push(k);
                    g.2.push(det.ignoring_paths());
                }
                None => groups.push((lang, vec![k], vec![det.ignoring_paths()])),
            },
            (Err(e), _) => out[k].reason = Some(e),
            (Ok(_), None) => out[k].reason = Some(format!("unknown language {:?}", d.language)),
        }
    }
    for (lang, ks, detectors) in groups {
        let linter = Linter::new(detectors);
        let path = example_path(lang);
        for (j, e) in r.examples.iter().enumerate() {
            if e.language != example_language(lang.id()) {
                continue;
            }
            for (side, text) in [("bad", &e.bad), ("good", &e.good)] {
                if text.trim().is_empty() {
                    continue;
                }
                let found = linter.check(&path, text).findings;
                for (n, &k) in ks.iter().enumerate() {
                    let mut lines: Vec<usize> = found
                        .iter()
                        .filter(|f| f.detector == n)
                        .map(|f| f.line)
                        .collect();
                    lines.dedup();
                    let passed = (side == "bad") != lines.is_empty();
                    out[k].checks.push(Check {
                        example: j + 1,
                        side,
                        passed,
                        lines,
                    });
                }
            }
        }
        for &k in &ks {
            out[k].reason = verdict(&out[k].checks, lang.id());
        }
    }
    for v in &mut out {
        if v.reason.is_none() {
            v.status = "active";
        }
    }
    out
}

/// Why checks make a draft, or `None` when they make the detector active.
fn verdict(checks: &[Check], language: &str) -> Option<String> {
    if !checks.iter().any(|c| c.side == "bad") {
        return Some(format!(
            "the rule has no bad example in {} to prove the detector on",
            example_language(language)
        ));
    }
    let failed: Vec<String> = checks
        .iter()
        .filter(|c| !c.passed)
        .map(|c| match c.side {
            "bad" => format!("bad example {} is not flagged", c.example),
            _ => format!("good example {} is flagged", c.example),
        })
        .collect();
    (!failed.is_empty()).then(|| failed.join("; "))
}

/// The detectors of `new` that are drafts now (`now` is `standard(new)`) but were active in
/// `old`, matched by their rule's text and their own content, so a save that breaks one can
/// say so.
pub fn demoted<'a>(old: &Standard, new: &Standard, now: &'a [Validation]) -> Vec<&'a Validation> {
    let before = standard(old);
    let was_active = |text: &str, d: &RuleDetector| {
        before.iter().any(|v| {
            v.active()
                && old
                    .rules
                    .get(v.rule - 1)
                    .is_some_and(|r| r.text == text && r.detectors.get(v.detector - 1) == Some(d))
        })
    };
    now.iter()
        .filter(|v| !v.active())
        .filter(|v| {
            new.rules.get(v.rule - 1).is_some_and(|r| {
                r.detectors
                    .get(v.detector - 1)
                    .is_some_and(|d| was_active(&r.text, d))
            })
        })
        .collect()
}

/// Every detector of `s`, in rule order.
pub fn standard(s: &Standard) -> Vec<Validation> {
    (0..s.rules.len()).flat_map(|i| rule(s, i)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::artifact::{Example, Level, Rule, RuleDetector, Severity};

    fn standard(yaml: &str, good: &str, bad: &str) -> Standard {
        Standard {
            name: "Python errors".into(),
            description: "d".into(),
            scope: vec!["src/**/*.py".into()],
            rules: vec![Rule {
                text: "Never use a bare `except:`.\nIt hides errors.".into(),
                severity: Some(Severity::Error),
                examples: vec![Example {
                    language: "python".into(),
                    good: good.into(),
                    bad: bad.into(),
                }],
                detectors: vec![RuleDetector {
                    language: "python".into(),
                    level: None,
                    yaml: yaml.into(),
                }],
            }],
        }
    }

    const BARE: &str = "rule:\n  kind: except_clause\n  regex: '^except\\s*:'\n";
    const GOOD: &str = "try:\n    f()\nexcept ValueError:\n    pass\n";
    const BAD: &str = "try:\n    f()\nexcept:\n    pass\n";

    #[test]
    fn a_detector_that_flags_bad_and_not_good_is_active_and_exported() {
        let s = standard(BARE, GOOD, BAD);
        let v = detector(&s, 0, 0);
        assert!(v.active(), "{v:?}");
        assert_eq!(v.checks.len(), 2);
        assert_eq!(v.checks[0].lines, [3]);
        let file = compose::detectors_file("py-errors", &s).unwrap();
        let parsed = Detector::parse_all(&file);
        assert_eq!(parsed.len(), 1);
        let d = parsed.into_iter().next().unwrap().unwrap();
        assert_eq!(d.id, "py-errors/1/1");
        assert_eq!(d.label(), "py-errors/1");
        assert_eq!(d.level, Level::Error);
        assert_eq!(d.message, "Never use a bare `except:`.");
        assert!(d.note.as_deref().unwrap().contains("except ValueError"));
        // The standard's scope applies.
        assert!(d.applies("src/app/x.py") && !d.applies("tools/x.py"));
    }

    #[test]
    fn drafts_say_why_and_are_not_exported() {
        // Flags the good example too.
        let s = standard("rule:\n  kind: except_clause\n", GOOD, BAD);
        let v = detector(&s, 0, 0);
        assert_eq!(v.status, "draft");
        assert_eq!(v.reason.as_deref(), Some("good example 1 is flagged"));
        assert!(compose::detectors_file("x", &s).is_none());
        // Misses the bad example (the examples were edited).
        let v = detector(&standard(BARE, GOOD, "raise Oops()\n"), 0, 0);
        assert_eq!(v.reason.as_deref(), Some("bad example 1 is not flagged"));
        // No bad example in its language.
        let mut s = standard(BARE, GOOD, BAD);
        s.rules[0].examples[0].language = "go".into();
        assert!(
            detector(&s, 0, 0)
                .reason
                .unwrap()
                .contains("no bad example")
        );
        // Broken or managed YAML.
        for (yaml, why) in [
            ("rule:\n  nonsense: 1\n", "standard/1/1"),
            (
                "id: mine\nrule:\n  kind: except_clause\n",
                "`id` is written by Rulebook",
            ),
            ("- a\n", "must be a mapping"),
            ("rule: [\n", "not YAML"),
        ] {
            let v = detector(&standard(yaml, GOOD, BAD), 0, 0);
            assert!(
                v.reason.as_deref().unwrap_or("").contains(why),
                "{yaml:?}: {v:?}"
            );
        }
    }

    #[test]
    fn regex_detectors_keep_to_their_language() {
        let mut s = standard("regex: '\\bexcept\\s*:'\n", GOOD, BAD);
        s.rules[0].detectors[0].level = Some(Level::Info);
        assert!(detector(&s, 0, 0).active());
        let file = compose::detectors_file("p", &s).unwrap();
        let d = Detector::parse(&file).unwrap();
        assert_eq!(d.level, Level::Info);
        assert!(d.applies("src/a.py") && !d.applies("src/a.ts"));
    }

    #[test]
    fn every_starter_template_detector_proves_itself() {
        let mut n = 0;
        for t in crate::model::templates::all() {
            for v in super::standard(&t.standard) {
                assert!(v.active(), "{}: {v:?}", t.slug);
                n += 1;
            }
        }
        assert!(n >= 20, "{n} template detectors");
    }

    #[test]
    fn detector_languages_are_the_linters() {
        let ids: Vec<&str> = super::super::lang::LANGS.iter().map(|r| r.id).collect();
        assert_eq!(ids, crate::model::artifact::DETECTOR_LANGUAGES);
    }
}
