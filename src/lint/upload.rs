//! The lint report a CI run uploads (`rulebook lint --report`) and the server keeps, so a team
//! sees per repository and per rule whether its standards are followed over time.
//!
//! It carries counts for every rule that was checked (a rule with no violation shows as
//! followed, not as absent) and where the first [`MAX_FINDINGS`] findings are: path, line,
//! column, rule and level. Never the code: no snippet and no message with metavariables filled
//! in leaves the runner, so a report cannot carry a secret the linted code holds. One shape for
//! the CLI that builds it and the server that checks it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::detector::{Detector, Level};
use super::report::Report;

/// Most rule rows in one report.
pub const MAX_RULES: usize = 2000;
/// Most located findings in one report (the count covers all of them).
pub const MAX_FINDINGS: usize = 1000;
/// Longest path, rule label and message kept.
pub const MAX_TEXT: usize = 500;

/// Counts of one rule (or ad-hoc detector) at one level.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct RuleCount {
    /// `standard/rule` (1-based) for a playbook rule, else the detector's id.
    pub rule: String,
    /// The rule's text as the detector states it (the rule's first line).
    pub message: String,
    pub level: Level,
    pub violations: u64,
    pub suppressed: u64,
}

/// Where one finding is.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Located {
    pub path: String,
    pub line: u64,
    pub column: u64,
    pub rule: String,
    pub level: Level,
}

/// One uploaded lint run of one path of one repository branch.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Upload {
    /// The repository's URL (the server drops credentials and a `.git` suffix).
    pub url: String,
    pub branch: String,
    /// Where in the repository the run was made (`""` at the top), as install reports it.
    #[serde(default)]
    pub path: String,
    #[serde(default)]
    pub commit: String,
    pub files_checked: u64,
    pub rules: Vec<RuleCount>,
    /// The first findings, in report order.
    pub findings: Vec<Located>,
    /// Every finding, including those not located above.
    pub findings_total: u64,
}

/// Totals of an upload by level.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Totals {
    pub errors: u64,
    pub warnings: u64,
    pub infos: u64,
    pub suppressed: u64,
}

/// Most bytes of an upload's JSON the CLI sends (the server takes 1 MiB bodies); located
/// findings are dropped from the end to fit.
pub const MAX_BYTES: usize = 900 * 1024;

/// Text as the server keeps it: the first line, control characters as spaces, at most
/// [`MAX_TEXT`] characters (a detector's block-scalar message or a tab in a file name is not
/// a reason to lose the run).
fn clip(s: &str) -> String {
    s.lines()
        .next()
        .unwrap_or("")
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(MAX_TEXT)
        .collect()
}

impl Upload {
    /// The upload of a finished run: every detector's rule with its counts (zero when
    /// followed), and the first findings' places.
    pub fn of(
        report: &Report,
        detectors: &[Detector],
        place: (String, String, String, String),
    ) -> Upload {
        let (url, branch, path, commit) = place;
        let mut rules: BTreeMap<(String, Level), RuleCount> = BTreeMap::new();
        for d in detectors {
            let key = (clip(&d.label()), d.level);
            rules.entry(key).or_insert_with(|| RuleCount {
                rule: clip(&d.label()),
                message: clip(&d.message),
                level: d.level,
                violations: 0,
                suppressed: 0,
            });
        }
        let mut findings = Vec::new();
        let mut total = 0u64;
        for (file, r) in &report.files {
            for f in &r.findings {
                let d = &detectors[f.detector];
                if let Some(c) = rules.get_mut(&(clip(&d.label()), d.level)) {
                    c.violations += 1;
                }
                total += 1;
                if findings.len() < MAX_FINDINGS {
                    findings.push(Located {
                        path: clip(file),
                        line: f.line as u64,
                        column: f.column as u64,
                        rule: clip(&d.label()),
                        level: d.level,
                    });
                }
            }
            for (f, _) in &r.suppressed {
                let d = &detectors[f.detector];
                if let Some(c) = rules.get_mut(&(clip(&d.label()), d.level)) {
                    c.suppressed += 1;
                }
            }
        }
        let mut rules: Vec<RuleCount> = rules.into_values().collect();
        // Over the cap, the rules with violations are the ones worth keeping; the counts and
        // places then cover the rules kept, so the upload stays consistent.
        if rules.len() > MAX_RULES {
            rules.sort_by(|a, b| b.violations.cmp(&a.violations).then(a.rule.cmp(&b.rule)));
            rules.truncate(MAX_RULES);
            let kept: std::collections::BTreeSet<(String, Level)> =
                rules.iter().map(|r| (r.rule.clone(), r.level)).collect();
            findings.retain(|f| kept.contains(&(f.rule.clone(), f.level)));
            total = rules.iter().map(|r| r.violations).sum();
        }
        rules.sort_by(|a, b| (&a.rule, a.level).cmp(&(&b.rule, b.level)));
        let mut upload = Upload {
            url,
            branch,
            path,
            commit,
            files_checked: report.checked as u64,
            rules,
            findings,
            findings_total: total,
        };
        while !upload.findings.is_empty()
            && serde_json::to_vec(&upload).map_or(0, |v| v.len()) > MAX_BYTES
        {
            let keep = upload.findings.len() / 2;
            upload.findings.truncate(keep);
        }
        upload
    }

    /// What the server refuses: over a cap, control characters, a commit that is not a hex
    /// object id, one rule twice at a level, findings that name no reported rule or outnumber
    /// the counts.
    pub fn check(&self) -> Result<(), String> {
        let text = |what: &str, v: &str, empty_ok: bool| {
            if (!empty_ok && v.is_empty())
                || v.chars().count() > MAX_TEXT
                || v.chars().any(char::is_control)
            {
                Err(format!(
                    "{what} must be {}-{MAX_TEXT} characters without control characters",
                    u8::from(!empty_ok)
                ))
            } else {
                Ok(())
            }
        };
        text("path", &self.path, true)?;
        let object_id =
            |c: &str| matches!(c.len(), 40 | 64) && c.chars().all(|x| x.is_ascii_hexdigit());
        if !self.commit.is_empty() && !object_id(&self.commit) {
            return Err("commit must be a full hexadecimal object id".into());
        }
        if self.rules.len() > MAX_RULES {
            return Err(format!("at most {MAX_RULES} rules per report"));
        }
        if self.findings.len() > MAX_FINDINGS {
            return Err(format!(
                "at most {MAX_FINDINGS} located findings per report"
            ));
        }
        let mut seen = std::collections::BTreeSet::new();
        for r in &self.rules {
            text("rule", &r.rule, false)?;
            text("message", &r.message, true)?;
            if r.violations > u32::MAX as u64 || r.suppressed > u32::MAX as u64 {
                return Err(format!("rule {}: count out of range", r.rule));
            }
            if !seen.insert((r.rule.as_str(), r.level)) {
                return Err(format!(
                    "rule {} appears twice at level {}",
                    r.rule,
                    r.level.as_str()
                ));
            }
        }
        let mut located: std::collections::BTreeMap<(&str, Level), u64> = Default::default();
        for f in &self.findings {
            text("finding path", &f.path, false)?;
            *located.entry((f.rule.as_str(), f.level)).or_default() += 1;
            if !seen.contains(&(f.rule.as_str(), f.level)) {
                return Err(format!(
                    "finding at {}:{} names rule {} ({}), which the report does not count",
                    f.path,
                    f.line,
                    f.rule,
                    f.level.as_str()
                ));
            }
        }
        for r in &self.rules {
            if located
                .get(&(r.rule.as_str(), r.level))
                .copied()
                .unwrap_or(0)
                > r.violations
            {
                return Err(format!(
                    "rule {} has more located findings than violations",
                    r.rule
                ));
            }
        }
        let counted: u64 = self.rules.iter().map(|r| r.violations).sum();
        if counted != self.findings_total || (self.findings.len() as u64) > self.findings_total {
            return Err(format!(
                "findings_total ({}) must equal the rules' violations ({counted}) and cover the located findings",
                self.findings_total
            ));
        }
        if self.files_checked > u32::MAX as u64 {
            return Err("files_checked out of range".into());
        }
        Ok(())
    }

    pub fn totals(&self) -> Totals {
        let mut t = Totals::default();
        for r in &self.rules {
            match r.level {
                Level::Error => t.errors += r.violations,
                Level::Warning => t.warnings += r.violations,
                Level::Info => t.infos += r.violations,
            }
            t.suppressed += r.suppressed;
        }
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::Linter;

    fn run(code: &str) -> (Report, Vec<Detector>) {
        let d = Detector::parse_all(
            "id: a\nregex: 'TODO'\nmessage: no todo\nseverity: error\n---\nid: b\nregex: 'XXX'\nmessage: no xxx\nseverity: info\n",
        )
        .into_iter()
        .collect::<Result<Vec<_>, _>>()
        .unwrap();
        let linter = Linter::new(d);
        let r = linter.check("src/a.txt", code);
        let mut report = Report {
            checked: 1,
            ..Report::default()
        };
        report.files.push(("src/a.txt".into(), r));
        (report, linter.detectors)
    }

    #[test]
    fn counts_every_rule_and_locates_findings_without_code() {
        let (report, d) = run("TODO one // secret=hunter2\nok\nTODO two\n");
        let place = (
            "https://git.example/x".into(),
            "main".into(),
            "".into(),
            "".into(),
        );
        let u = Upload::of(&report, &d, place);
        assert_eq!(u.rules.len(), 2);
        assert_eq!((u.rules[0].rule.as_str(), u.rules[0].violations), ("a", 2));
        assert_eq!((u.rules[1].rule.as_str(), u.rules[1].violations), ("b", 0));
        assert_eq!(u.findings.len(), 2);
        assert_eq!((u.findings[1].line, u.findings[1].column), (3, 1));
        assert_eq!(
            u.totals(),
            Totals {
                errors: 2,
                warnings: 0,
                infos: 0,
                suppressed: 0
            }
        );
        assert!(!serde_json::to_string(&u).unwrap().contains("hunter2"));
        u.check().unwrap();
    }

    #[test]
    fn refuses_inconsistent_or_oversized_uploads() {
        let (report, d) = run("TODO\n");
        let place = ("u".into(), "main".into(), "".into(), "".into());
        let good = Upload::of(&report, &d, place);
        let mut bad = good.clone();
        bad.findings_total = 7;
        assert!(bad.check().unwrap_err().contains("findings_total"));
        let mut bad = good.clone();
        bad.findings[0].rule = "elsewhere".into();
        assert!(bad.check().is_err());
        let mut bad = good.clone();
        bad.rules.push(bad.rules[0].clone());
        assert!(bad.check().unwrap_err().contains("twice"));
        let mut bad = good.clone();
        bad.commit = "main; rm -rf /".into();
        assert!(bad.check().is_err());
        let mut bad = good.clone();
        bad.path = "a\nb".into();
        assert!(bad.check().is_err());
        let mut bad = good.clone();
        bad.findings = vec![bad.findings[0].clone(); MAX_FINDINGS + 1];
        bad.findings_total = (MAX_FINDINGS + 1) as u64;
        bad.rules[0].violations = bad.findings_total;
        assert!(bad.check().unwrap_err().contains("at most"));
    }
}
