//! Detectors: declarative checks, never code. A detector is either an **ast-grep rule** (the
//! YAML users of ast-grep already write: `id`, `language`, `rule` with pattern / kind / regex
//! / inside / has / not / all / any, `constraints`, `utils`, `message`, `severity`, `files`,
//! `ignores`, `metadata`) or a **regex** detector (`id`, `regex`, `files`, `message`,
//! `severity`) for text any file may hold. `metadata.standard` and `metadata.rule` tie a
//! detector to the playbook's standard and rule it checks.
//!
//! Parsing compiles everything once (ast-grep's matcher, the regex, the globs) and derives a
//! text prefilter, so a file that cannot match is never parsed for it: the literal words a
//! pattern needs, and the rule's own `regex` conditions (top level and in a top-level `all`),
//! searched in the whole file with every assertion (`^`, `$`, `\b`) relaxed. A node's text
//! is a slice of the file, so a node that matches the regex puts a match of the relaxed regex
//! in the file: the prefilter only ever skips files that cannot match.

use ast_grep_config::{GlobalRules, RuleConfig, from_str, from_yaml_string};
use globset::{Glob, GlobSet, GlobSetBuilder};
use regex_automata::meta::Regex;
use serde_json::Value;

use super::lang::Lang;
use crate::model::scope::Scope;

pub use crate::model::artifact::Level;

/// What a detector matches with.
pub enum Matcher {
    Ast {
        lang: Lang,
        rule: Box<RuleConfig<Lang>>,
    },
    Regex(Regex),
}

/// A compiled detector.
pub struct Detector {
    pub id: String,
    pub message: String,
    pub level: Level,
    /// `standard/rule` from the metadata, when the detector belongs to a playbook rule.
    pub standard: Option<String>,
    pub rule: Option<usize>,
    /// A fix hint (ast-grep's `note`).
    pub note: Option<String>,
    pub matcher: Matcher,
    files: Option<GlobSet>,
    ignores: Option<GlobSet>,
    /// The scope of the standard the detector belongs to (`metadata.scope`).
    scope: Option<Scope>,
    /// A regex detector's `language`: it then applies to that language's files only.
    only: Option<Lang>,
    /// Words the text must contain for the detector to possibly match.
    pub needs: Vec<String>,
    /// Regexes the text must match for the detector to possibly match.
    pub needs_re: Vec<Regex>,
}

fn globs(v: &Value, key: &str) -> Result<Option<GlobSet>, String> {
    let Some(list) = v.get(key) else {
        return Ok(None);
    };
    let items = list
        .as_array()
        .ok_or_else(|| format!("`{key}` must be a list of globs"))?;
    let mut b = GlobSetBuilder::new();
    for g in items {
        let text = g
            .as_str()
            .or_else(|| g.get("glob").and_then(Value::as_str))
            .ok_or_else(|| format!("`{key}` entries are glob strings"))?;
        b.add(Glob::new(text).map_err(|e| format!("`{key}`: {e}"))?);
    }
    b.build().map(Some).map_err(|e| format!("`{key}`: {e}"))
}

/// The literal words a pattern needs (identifiers of 2+ characters outside metavariables).
fn words(pattern: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut meta = false;
    for c in pattern.chars().chain(std::iter::once(' ')) {
        if c.is_alphanumeric() || c == '_' {
            cur.push(c);
            continue;
        }
        if !meta && cur.chars().count() >= 2 && !out.contains(&cur) {
            out.push(cur.clone());
        }
        cur.clear();
        meta = c == '$';
    }
    out
}

/// `hir` with every look-around assertion (`^`, `$`, `\b`, …) replaced by the empty match:
/// it matches wherever `hir` matches, in any context.
fn relaxed(hir: &regex_syntax::hir::Hir) -> regex_syntax::hir::Hir {
    use regex_syntax::hir::{Capture, Hir, HirKind, Repetition};
    match hir.kind() {
        HirKind::Look(_) => Hir::empty(),
        HirKind::Empty | HirKind::Literal(_) | HirKind::Class(_) => hir.clone(),
        HirKind::Repetition(r) => Hir::repetition(Repetition {
            sub: Box::new(relaxed(&r.sub)),
            ..r.clone()
        }),
        HirKind::Capture(c) => Hir::capture(Capture {
            sub: Box::new(relaxed(&c.sub)),
            ..c.clone()
        }),
        HirKind::Concat(v) => Hir::concat(v.iter().map(relaxed).collect()),
        HirKind::Alternation(v) => Hir::alternation(v.iter().map(relaxed).collect()),
    }
}

/// The whole-file prefilter of an ast-grep rule's `regex` condition (`None` when the regex
/// does not parse here: no prefilter, ast-grep decides).
fn file_prefilter(re: &str) -> Option<Regex> {
    let hir = regex_syntax::ParserBuilder::new()
        .nest_limit(250)
        .build()
        .parse(re)
        .ok()?;
    Regex::builder().build_from_hir(&relaxed(&hir)).ok()
}

/// The `regex` conditions every match of `rule` must meet: its own and those of a top-level
/// `all` (an `any`, `not`, `inside` or `has` says nothing about the matched node's text).
fn rule_regexes(rule: &Value) -> Vec<Regex> {
    let own = rule.get("regex").and_then(Value::as_str);
    let all = rule
        .get("all")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|r| r.get("regex").and_then(Value::as_str));
    own.into_iter()
        .chain(all)
        .filter_map(file_prefilter)
        .collect()
}

/// An error with its causes, `: `-separated (ast-grep's top error alone says only that the
/// YAML is not a rule).
fn chain(e: &dyn std::error::Error) -> String {
    // Each cause's first line: the parser's own causes draw the YAML under the message.
    let first = |e: &dyn std::error::Error| {
        e.to_string()
            .lines()
            .next()
            .unwrap_or("")
            .trim()
            .to_string()
    };
    let mut out = first(e);
    let mut cur = e.source();
    while let Some(c) = cur {
        out.push_str(": ");
        out.push_str(&first(c));
        cur = c.source();
    }
    out
}

impl Detector {
    /// Parses one YAML document.
    pub fn parse(yaml: &str) -> Result<Detector, String> {
        let v: Value = from_str(yaml).map_err(|e| format!("not YAML: {e}"))?;
        if !v.is_object() {
            return Err("a detector is a YAML mapping".into());
        }
        let id = v["id"]
            .as_str()
            .filter(|s| !s.trim().is_empty())
            .ok_or("a detector needs an `id`")?
            .to_string();
        let level = match v.get("severity").and_then(Value::as_str) {
            None => Level::Warning,
            Some(s) => Level::parse(s)
                .ok_or_else(|| format!("{id}: severity is error, warning or info (got {s:?})"))?,
        };
        let meta = &v["metadata"];
        let standard = meta["standard"].as_str().map(str::to_string);
        let rule = meta["rule"].as_u64().and_then(|n| usize::try_from(n).ok());
        let message = v["message"].as_str().unwrap_or_default().to_string();
        let note = v["note"].as_str().map(str::to_string);
        let scope = match meta.get("scope") {
            None | Some(Value::Null) => None,
            Some(list) => {
                let globs: Option<Vec<String>> = list
                    .as_array()
                    .and_then(|a| a.iter().map(|g| g.as_str().map(str::to_string)).collect());
                let globs =
                    globs.ok_or_else(|| format!("{id}: `metadata.scope` is a list of globs"))?;
                let scope = Scope::new(&globs);
                if let Some((g, why)) = scope.invalid().next() {
                    return Err(format!("{id}: scope glob {g:?}: {why}"));
                }
                Some(scope)
            }
        };
        let files = globs(&v, "files").map_err(|e| format!("{id}: {e}"))?;
        let ignores = globs(&v, "ignores").map_err(|e| format!("{id}: {e}"))?;
        let mut only = None;
        let mut needs_re = Vec::new();
        let (matcher, needs) = if v.get("rule").is_some() {
            let mut rules = from_yaml_string::<Lang>(yaml, &GlobalRules::default())
                .map_err(|e| format!("{id}: {}", chain(&e)))?;
            if rules.len() != 1 {
                return Err(format!("{id}: one detector per document"));
            }
            let rule = rules.remove(0);
            let needs = match (v["rule"]["pattern"].as_str(), v["rule"].get("any")) {
                (Some(p), None) => words(p),
                _ => Vec::new(),
            };
            needs_re = rule_regexes(&v["rule"]);
            let lang = rule.language;
            (
                Matcher::Ast {
                    lang,
                    rule: Box::new(rule),
                },
                needs,
            )
        } else if let Some(re) = v["regex"].as_str() {
            let r = Regex::new(re).map_err(|e| format!("{id}: regex: {e}"))?;
            if let Some(l) = v.get("language").and_then(Value::as_str) {
                only = Some(Lang::parse(l).ok_or_else(|| format!("{id}: unknown language {l:?}"))?);
            }
            (Matcher::Regex(r), Vec::new())
        } else {
            return Err(format!(
                "{id}: a detector needs `rule` (ast-grep) or `regex`"
            ));
        };
        Ok(Detector {
            id,
            message,
            level,
            standard,
            rule,
            note,
            matcher,
            files,
            ignores,
            scope,
            only,
            needs,
            needs_re,
        })
    }

    /// Every detector of a file (YAML documents separated by `---`); each error names the
    /// document's place.
    pub fn parse_all(text: &str) -> Vec<Result<Detector, String>> {
        let mut docs: Vec<String> = vec![String::new()];
        for line in text.lines() {
            if line.trim_end() == "---" {
                docs.push(String::new());
            } else if let Some(d) = docs.last_mut() {
                d.push_str(line);
                d.push('\n');
            }
        }
        docs.into_iter()
            .filter(|d| {
                d.lines()
                    .any(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
            })
            .map(|d| Detector::parse(&d))
            .collect()
    }

    /// The language an ast-grep detector parses (`None` for a regex).
    pub fn lang(&self) -> Option<Lang> {
        match &self.matcher {
            Matcher::Ast { lang, .. } => Some(*lang),
            Matcher::Regex(_) => None,
        }
    }

    /// Whether the detector applies to `path` (repository-relative, `/`-separated): its
    /// language, its `files` and `ignores`, and its standard's scope.
    pub fn applies(&self, path: &str) -> bool {
        if let Some(l) = self.lang().or(self.only)
            && Lang::of_path(path) != Some(l)
        {
            return false;
        }
        self.files.as_ref().is_none_or(|f| f.is_match(path))
            && !self.ignores.as_ref().is_some_and(|i| i.is_match(path))
            && self.scope.as_ref().is_none_or(|s| s.covers(path))
    }

    /// The same detector with its path filters dropped (`files`, `ignores`, the scope), as
    /// validation runs it on a rule's examples, which have no path.
    pub fn ignoring_paths(mut self) -> Detector {
        self.files = None;
        self.ignores = None;
        self.scope = None;
        self
    }

    /// `standard/rule` (1-based) when tied to the playbook, else the id.
    pub fn label(&self) -> String {
        match (&self.standard, self.rule) {
            (Some(s), Some(r)) => format!("{s}/{r}"),
            _ => self.id.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_ast_grep_and_regex_detectors() {
        let d = Detector::parse(
            "id: no-console\nlanguage: TypeScript\nseverity: error\nmessage: no console\nrule:\n  pattern: console.log($$$A)\nfiles: [\"src/**\"]\nmetadata:\n  standard: logging\n  rule: 2\n",
        )
        .unwrap();
        assert_eq!(d.lang(), Some(Lang::TypeScript));
        assert_eq!(d.needs, ["console", "log"]);
        assert_eq!(d.label(), "logging/2");
        assert!(d.applies("src/a.ts"));
        assert!(!d.applies("test/a.ts"));
        assert!(!d.applies("src/a.py"));
        let r = Detector::parse("id: todo\nregex: 'TODO\\('\n").unwrap();
        assert!(r.lang().is_none() && r.applies("any/file.md"));
        for bad in [
            "",
            "- a\n- b\n",
            "language: python\nrule:\n  pattern: x\n",
            "id: x\nlanguage: klingon\nrule:\n  pattern: x\n",
            "id: x\nlanguage: python\nrule:\n  nonsense: 1\n",
            "id: x\nlanguage: python\nrule:\n  pattern: x\nseverity: fatal\n",
            "id: x\nregex: '('\n",
            "id: x\n",
            "id: x\nregex: a\nfiles: [\"[\"]\n",
        ] {
            assert!(Detector::parse(bad).is_err(), "{bad:?}");
        }
        let all = Detector::parse_all("id: a\nregex: a\n---\n# nothing\n---\nid: b\nregex: '('\n");
        assert_eq!(all.len(), 2);
        assert!(all[0].is_ok() && all[1].is_err());
        assert_eq!(words("$A.unwrap()"), ["unwrap"]);
        assert_eq!(words("print($$$ARGS)"), ["print"]);
    }
}
