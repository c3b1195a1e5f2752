//! Lint reports in every format a person, an editor or a CI system reads: `human` (grouped by
//! file, with the rule's hint), `ide` (`file:line:col: severity: message [label]`, what
//! editors' problem matchers parse), `json` (Rulebook's own, versioned), SARIF 2.1.0 (GitHub
//! and GitLab code scanning; suppressed findings carry an in-source suppression with its
//! reason) and GitLab Code Quality. Pure functions of the report: no I/O.

use serde_json::{Value, json};

use super::detector::{Detector, Level};
use super::engine::{FileResult, Finding};

/// What a lint run found, over every file it looked at.
#[derive(Default)]
pub struct Report {
    /// Files with findings or suppressions, in path order.
    pub files: Vec<(String, FileResult)>,
    /// Files read and checked.
    pub checked: usize,
    /// Of those, files parsed (the prefilter spared the rest).
    pub parsed: usize,
    /// Files not checked, and why (binary, too large, not UTF-8, unreadable).
    pub skipped: Vec<(String, String)>,
    /// Files the parser recovered from syntax errors in.
    pub syntax_errors: Vec<String>,
    /// Detectors that did not compile, each with its id in the message.
    pub broken: Vec<String>,
}

/// Totals by severity, after suppressions.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Totals {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    pub suppressed: usize,
    /// Suppressions that silenced nothing, or gave no reason.
    pub unused_suppressions: usize,
}

/// The output formats, by the name `--format` takes.
pub const FORMATS: &[&str] = &["human", "ide", "json", "sarif", "codequality"];

impl Report {
    pub fn totals(&self, detectors: &[Detector]) -> Totals {
        let mut t = Totals::default();
        for (_, r) in &self.files {
            for f in &r.findings {
                match detectors[f.detector].level {
                    Level::Error => t.errors += 1,
                    Level::Warning => t.warnings += 1,
                    Level::Info => t.infos += 1,
                }
            }
            t.suppressed += r.suppressed.len();
            t.unused_suppressions += r.suppressions.iter().filter(|s| !s.used).count();
        }
        t
    }

    fn findings(&self) -> impl Iterator<Item = (&str, &Finding)> {
        self.files
            .iter()
            .flat_map(|(p, r)| r.findings.iter().map(move |f| (p.as_str(), f)))
    }

    /// The report in `format` (one of [`FORMATS`]).
    pub fn render(&self, format: &str, detectors: &[Detector]) -> Option<String> {
        Some(match format {
            "human" => self.human(detectors),
            "ide" => self.ide(detectors),
            "json" => pretty(&self.json(detectors)),
            "sarif" => pretty(&self.sarif(detectors)),
            "codequality" => pretty(&self.code_quality(detectors)),
            _ => return None,
        })
    }

    pub fn summary(&self, detectors: &[Detector]) -> String {
        let t = self.totals(detectors);
        let mut s = format!(
            "{} error(s), {} warning(s), {} info in {} file(s); {} file(s) checked, {} parsed",
            t.errors,
            t.warnings,
            t.infos,
            self.files
                .iter()
                .filter(|(_, r)| !r.findings.is_empty())
                .count(),
            self.checked,
            self.parsed
        );
        if t.suppressed > 0 {
            s.push_str(&format!("; {} suppressed", t.suppressed));
        }
        if t.unused_suppressions > 0 {
            s.push_str(&format!(
                "; {} suppression(s) silenced nothing (no reason given, or nothing on the next line)",
                t.unused_suppressions
            ));
        }
        if !self.skipped.is_empty() {
            s.push_str(&format!("; {} skipped", self.skipped.len()));
        }
        if !self.broken.is_empty() {
            s.push_str(&format!(
                "; {} broken detector(s) skipped",
                self.broken.len()
            ));
        }
        s
    }

    fn human(&self, detectors: &[Detector]) -> String {
        let mut out = String::new();
        for (path, r) in &self.files {
            if r.findings.is_empty()
                && r.suppressed.is_empty()
                && r.suppressions.iter().all(|s| s.used)
            {
                continue;
            }
            out.push_str(path);
            out.push('\n');
            for f in &r.findings {
                let d = &detectors[f.detector];
                out.push_str(&format!(
                    "  {}:{}  {:<7}  {}  [{}]\n",
                    f.line,
                    f.column,
                    d.level.as_str(),
                    f.message_or(d),
                    d.label()
                ));
                if !f.snippet.is_empty() {
                    out.push_str(&format!("      | {}\n", f.snippet));
                }
                if let Some(n) = &d.note {
                    for l in n.trim().lines() {
                        out.push_str(&format!("      hint: {l}\n"));
                    }
                }
            }
            for (f, s) in &r.suppressed {
                let d = &detectors[f.detector];
                out.push_str(&format!(
                    "  {}:{}  suppressed  [{}]: {}\n",
                    f.line,
                    f.column,
                    d.label(),
                    r.suppressions[*s].reason
                ));
            }
            for s in r.suppressions.iter().filter(|s| !s.used) {
                let why = if s.reason.is_empty() {
                    "gives no reason, so it silences nothing"
                } else {
                    "silences nothing on the next line"
                };
                out.push_str(&format!(
                    "  {}:1  suppression of {} {why}\n",
                    s.line, s.label
                ));
            }
            out.push('\n');
        }
        for (p, why) in &self.skipped {
            out.push_str(&format!("skipped {p}: {why}\n"));
        }
        for p in &self.syntax_errors {
            out.push_str(&format!(
                "note: {p} has syntax errors; its findings may be incomplete\n"
            ));
        }
        for b in &self.broken {
            out.push_str(&format!("broken detector skipped: {b}\n"));
        }
        out.push_str(&self.summary(detectors));
        out.push('\n');
        out
    }

    fn ide(&self, detectors: &[Detector]) -> String {
        let mut out = String::new();
        for (path, f) in self.findings() {
            let d = &detectors[f.detector];
            out.push_str(&format!(
                "{path}:{}:{}: {}: {} [{}]\n",
                f.line,
                f.column,
                d.level.as_str(),
                f.message_or(d),
                d.label()
            ));
        }
        out
    }

    pub fn json(&self, detectors: &[Detector]) -> Value {
        let finding = |path: &str, f: &Finding| {
            let d = &detectors[f.detector];
            json!({
                "path": path, "line": f.line, "column": f.column,
                "end_line": f.end_line, "end_column": f.end_column,
                "severity": d.level.as_str(), "message": f.message_or(d),
                "detector": d.id, "label": d.label(), "standard": d.standard, "rule": d.rule,
                "snippet": f.snippet,
            })
        };
        let findings: Vec<Value> = self.findings().map(|(p, f)| finding(p, f)).collect();
        let mut suppressed = Vec::new();
        let mut unused = Vec::new();
        for (p, r) in &self.files {
            for (f, s) in &r.suppressed {
                let mut v = finding(p, f);
                v["reason"] = json!(r.suppressions[*s].reason);
                suppressed.push(v);
            }
            for s in r.suppressions.iter().filter(|s| !s.used) {
                unused
                    .push(json!({"path": p, "line": s.line, "label": s.label, "reason": s.reason}));
            }
        }
        let t = self.totals(detectors);
        json!({
            "version": 1,
            "findings": findings,
            "suppressed": suppressed,
            "unused_suppressions": unused,
            "skipped": self.skipped.iter().map(|(p, w)| json!({"path": p, "reason": w})).collect::<Vec<_>>(),
            "syntax_errors": self.syntax_errors,
            "broken_detectors": self.broken,
            "summary": {
                "errors": t.errors, "warnings": t.warnings, "infos": t.infos,
                "suppressed": t.suppressed, "unused_suppressions": t.unused_suppressions,
                "files_checked": self.checked, "files_parsed": self.parsed,
            },
        })
    }

    pub fn sarif(&self, detectors: &[Detector]) -> Value {
        let level = |l: Level| match l {
            Level::Error => "error",
            Level::Warning => "warning",
            Level::Info => "note",
        };
        let rules: Vec<Value> = detectors
            .iter()
            .map(|d| {
                let mut r = json!({
                    "id": d.label(),
                    "name": d.id,
                    "shortDescription": {"text": if d.message.is_empty() { d.id.clone() } else { d.message.clone() }},
                    "defaultConfiguration": {"level": level(d.level)},
                });
                if let Some(n) = &d.note {
                    r["help"] = json!({"text": n});
                }
                r
            })
            .collect();
        let result = |path: &str, f: &Finding| {
            let d = &detectors[f.detector];
            json!({
                "ruleId": d.label(),
                "ruleIndex": f.detector,
                "level": level(d.level),
                "message": {"text": f.message_or(d)},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": uri(path), "uriBaseId": "%SRCROOT%"},
                    "region": {"startLine": f.line, "startColumn": f.column,
                               "endLine": f.end_line, "endColumn": f.end_column},
                }}],
                "partialFingerprints": {"rulebook/v1": fingerprint(path, f, d)},
            })
        };
        let mut results: Vec<Value> = self.findings().map(|(p, f)| result(p, f)).collect();
        for (p, r) in &self.files {
            for (f, s) in &r.suppressed {
                let mut v = result(p, f);
                v["suppressions"] =
                    json!([{"kind": "inSource", "justification": r.suppressions[*s].reason}]);
                results.push(v);
            }
        }
        let notes: Vec<Value> = self
            .skipped
            .iter()
            .map(|(p, w)| {
                json!({"level": "warning", "message": {"text": format!("skipped: {w}")},
                       "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri(p), "uriBaseId": "%SRCROOT%"}}}]})
            })
            .chain(self.broken.iter().map(|b| {
                json!({"level": "error", "message": {"text": format!("broken detector skipped: {b}")}})
            }))
            .collect();
        json!({
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [{
                "tool": {"driver": {
                    "name": "rulebook",
                    "version": crate::version::VERSION,
                    "rules": rules,
                }},
                "invocations": [{"executionSuccessful": true, "toolExecutionNotifications": notes}],
                "originalUriBaseIds": {"%SRCROOT%": {"description": {"text": "The repository root"}}},
                "results": results,
            }],
        })
    }

    /// GitLab's Code Quality report (a JSON array of issues in its CodeClimate subset).
    pub fn code_quality(&self, detectors: &[Detector]) -> Value {
        let issues: Vec<Value> = self
            .findings()
            .map(|(path, f)| {
                let d = &detectors[f.detector];
                json!({
                    "description": f.message_or(d),
                    "check_name": d.label(),
                    "fingerprint": fingerprint(path, f, d),
                    "severity": match d.level { Level::Error => "major", Level::Warning => "minor", Level::Info => "info" },
                    "location": {"path": path, "lines": {"begin": f.line, "end": f.end_line}},
                })
            })
            .collect();
        Value::Array(issues)
    }
}

impl Finding {
    fn message_or<'a>(&'a self, d: &'a Detector) -> &'a str {
        if self.message.is_empty() {
            &d.id
        } else {
            &self.message
        }
    }
}

/// A repository path as a relative URI reference (percent-encoding what a URI cannot hold).
fn uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/!$&'()*+,;=:@".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Stable across unrelated edits: the rule, the file and the finding's line text, not its
/// line number.
fn fingerprint(path: &str, f: &Finding, d: &Detector) -> String {
    let input = format!("{}\0{}\0{}\0{}", d.label(), path, f.snippet, f.column);
    let h = ring::digest::digest(&ring::digest::SHA256, input.as_bytes());
    h.as_ref()[..16]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn pretty(v: &Value) -> String {
    let mut s = serde_json::to_string_pretty(v).unwrap_or_default();
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::Linter;

    #[test]
    fn every_format_carries_every_finding() {
        let l = Linter::new(vec![
            Detector::parse("id: no-print\nlanguage: python\nseverity: error\nmessage: no print of $A\nnote: use logging\nrule:\n  pattern: print($A)\nmetadata:\n  standard: logging\n  rule: 1\n").unwrap(),
        ]);
        let src = "print(x)\n# rulebook-ignore-next-line logging/1 a script's output\nprint(y)\n";
        let mut rep = Report {
            checked: 1,
            parsed: 1,
            ..Report::default()
        };
        rep.files
            .push(("dir/a b.py".into(), l.check("dir/a b.py", src)));
        rep.skipped
            .push(("big.py".into(), "larger than 1 MiB".into()));
        assert_eq!(
            rep.totals(&l.detectors),
            Totals {
                errors: 1,
                suppressed: 1,
                ..Totals::default()
            }
        );
        let ide = rep.render("ide", &l.detectors).unwrap();
        assert_eq!(ide, "dir/a b.py:1:1: error: no print of x [logging/1]\n");
        let human = rep.render("human", &l.detectors).unwrap();
        assert!(
            human.contains("hint: use logging") && human.contains("a script's output"),
            "{human}"
        );
        let j: Value = serde_json::from_str(&rep.render("json", &l.detectors).unwrap()).unwrap();
        assert_eq!(j["findings"][0]["label"], "logging/1");
        assert_eq!(j["suppressed"][0]["reason"], "a script's output");
        let s: Value = serde_json::from_str(&rep.render("sarif", &l.detectors).unwrap()).unwrap();
        let results = s["runs"][0]["results"].as_array().unwrap();
        assert_eq!(results.len(), 2);
        assert_eq!(
            results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            "dir/a%20b.py"
        );
        assert_eq!(results[1]["suppressions"][0]["kind"], "inSource");
        let cq: Value =
            serde_json::from_str(&rep.render("codequality", &l.detectors).unwrap()).unwrap();
        assert_eq!(cq[0]["severity"], "major");
        assert_eq!(cq[0]["location"]["lines"]["begin"], 1);
        assert!(rep.render("xml", &l.detectors).is_none());
    }
}
