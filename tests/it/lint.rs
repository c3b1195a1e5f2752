//! `rulebook lint` through the real binary on a fixture repository: an ast-grep rule, a
//! TypeScript pattern with a metavariable and a regex detector find what they should, in every
//! format, with the exit codes the docs give; a suppression with a reason silences its line and
//! is counted; .gitignore and .rulebookignore are honoured; binary, oversized and non-UTF-8
//! files and a symlink loop are reported and skipped; a broken detector is named and skipped;
//! `--changed-lines` keeps only what the working tree changed.

use std::path::Path;
use std::process::{Command, Output};

use crate::harness::{Instance, TempDir, code};

const DETECTORS: &str = "id: bare-except
language: python
severity: error
message: a bare except hides errors
note: catch the exception you expect
rule:
  kind: except_clause
  regex: '^except\\s*:'
metadata:
  standard: python-errors
  rule: 1
---
id: no-console
language: typescript
message: use the logger, not console.$M
rule:
  pattern: console.$M($$$A)
---
id: todo-owner
regex: 'TODO\\(\\)'
severity: info
files: ['**/*.md']
message: every TODO names an owner
---
id: broken-one
language: cobol
rule:
  pattern: x
";

fn write(root: &Path, rel: &str, bytes: &[u8]) {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, bytes).unwrap();
}

fn lint(inst: &Instance, repo: &Path, args: &[&str]) -> Output {
    let mut all = vec!["lint", "--detector", "detectors.yml"];
    all.extend_from_slice(args);
    inst.cmd(&all).current_dir(repo).output().unwrap()
}

fn out(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn git(repo: &Path, args: &[&str]) {
    let s = Command::new("git")
        .args(["-c", "user.name=t", "-c", "user.email=t@example.com"])
        .args(args)
        .current_dir(repo)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .status()
        .unwrap();
    assert!(s.success(), "git {args:?}");
}

/// Validates a SARIF log against the official SARIF 2.1.0 JSON schema (Microsoft's, as
/// shipped in `@microsoft/jest-sarif`, installed by scripts/test.sh into tests/sarif) with the
/// `jsonschema` reference implementation.
pub(crate) fn validate_sarif(log: &Path) {
    let schema = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/sarif/node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
    assert!(
        schema.is_file(),
        "the SARIF schema is not installed: run `npm ci` in tests/sarif (scripts/test.sh does)"
    );
    let python = std::env::var("RULEBOOK_TEST_PYTHON")
        .unwrap_or_else(|_| format!("{}/target/test-venv/bin/python", env!("CARGO_MANIFEST_DIR")));
    let script = "import json, sys, jsonschema\n\
schema = json.load(open(sys.argv[1]))\n\
log = json.load(open(sys.argv[2]))\n\
errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(log), key=str)\n\
for e in errors: print(list(e.absolute_path), e.message)\n\
sys.exit(1 if errors else 0)\n";
    let o = Command::new(python)
        .args(["-c", script])
        .arg(&schema)
        .arg(log)
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "SARIF does not validate against the official schema:\n{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn lint_finds_reports_and_skips_in_every_format() {
    let inst = Instance::new("lint");
    let repo = TempDir::new("lint-repo");
    let r = repo.path();
    write(r, "detectors.yml", DETECTORS.as_bytes());
    write(
        r,
        "app/errors.py",
        b"try:\n    x()\nexcept:\n    pass\ntry:\n    y()\n# rulebook-ignore-next-line python-errors/1 legacy shim, tracked in OPS-7\nexcept:\n    pass\ntry:\n    z()\nexcept ValueError:\n    pass\n",
    );
    write(r, "web/main.ts", b"const a = 1;\n  console.warn('x', a);\n");
    write(r, "web/clean.ts", b"export const b = 2;\n");
    write(r, "NOTES.md", b"# Notes\n\nTODO() write more\n");
    write(r, "generated/out.py", b"try:\n  x()\nexcept:\n  pass\n");
    write(r, ".rulebookignore", b"generated/\n");
    write(r, "build/skip.py", b"try:\n  x()\nexcept:\n  pass\n");
    write(r, ".gitignore", b"build/\n");
    write(r, "app/blob.py", b"try:\0\nexcept:\n");
    write(r, "app/latin1.py", b"s = '\xe9'\nexcept:\n");
    let mut huge = b"try:\n  x()\nexcept:\n  pass\n".to_vec();
    huge.resize(3000, b'#');
    write(r, "app/huge.py", &huge);
    std::os::unix::fs::symlink(".", r.join("app/loop")).unwrap();
    git(r, &["init", "-q", "."]);

    // Human: grouped, with the hint; errors fail with exit 1.
    let o = lint(&inst, r, &["--max-file-size", "2000"]);
    assert_eq!(code(&o), 1, "{}{}", out(&o), err(&o));
    let text = out(&o);
    assert!(text.contains("app/errors.py\n  3:1  error"), "{text}");
    assert!(
        text.contains("hint: catch the exception you expect"),
        "{text}"
    );
    assert!(text.contains("use the logger, not console.warn"), "{text}");
    assert!(text.contains("every TODO names an owner"), "{text}");
    assert!(
        !text.contains("app/errors.py\n  8:1") && !text.contains("  8:1  error"),
        "the suppressed line was reported: {text}"
    );
    for skipped in [
        "app/blob.py: binary",
        "app/latin1.py: not UTF-8",
        "app/huge.py: 3000 bytes, over the 2000-byte cap",
        "app/loop: symbolic link, not followed",
    ] {
        assert!(text.contains(skipped), "{skipped} not reported: {text}");
    }
    assert!(
        !text.contains("generated/") && !text.contains("build/"),
        "{text}"
    );
    assert!(
        text.contains("broken-one") && text.contains("unsupported language"),
        "{text}"
    );
    assert!(text.contains("1 suppressed"), "{text}");
    assert!(err(&o).contains("RB-LINT-FINDINGS"), "{}", err(&o));

    // ide: one line per finding, exactly.
    let o = lint(&inst, r, &["--format", "ide", "--max-file-size", "2000"]);
    assert_eq!(code(&o), 1);
    let lines: Vec<String> = out(&o).lines().map(str::to_string).collect();
    assert_eq!(
        lines,
        [
            "NOTES.md:3:1: info: every TODO names an owner [todo-owner]",
            "app/errors.py:3:1: error: a bare except hides errors [python-errors/1]",
            "web/main.ts:2:3: warning: use the logger, not console.warn [no-console]",
        ]
    );

    // JSON: the findings, the skipped files and the broken detector.
    let o = lint(&inst, r, &["--format", "json", "--max-file-size", "2000"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!(v["findings"].as_array().unwrap().len(), 3, "{v:#}");
    assert_eq!(v["broken_detectors"].as_array().unwrap().len(), 1);
    assert!(v["skipped"].as_array().unwrap().len() >= 4, "{v:#}");

    // SARIF 2.1.0: each result names a declared rule; the suppression carries its reason.
    let sarif = r.join("lint.sarif");
    let o = lint(
        &inst,
        r,
        &[
            "--format",
            "sarif",
            "--max-file-size",
            "2000",
            "--output",
            sarif.to_str().unwrap(),
        ],
    );
    assert_eq!(code(&o), 1);
    assert!(out(&o).is_empty(), "--output wrote to stdout too");
    let log: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&sarif).unwrap()).expect("SARIF is JSON");
    assert_eq!(log["version"], "2.1.0");
    validate_sarif(&sarif);
    let run = &log["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), 4, "{results:#?}");
    for res in results {
        let i = res["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[i]["id"], res["ruleId"]);
        assert!(
            res["locations"][0]["physicalLocation"]["region"]["startLine"]
                .as_u64()
                .unwrap()
                >= 1
        );
    }
    let suppressed: Vec<_> = results
        .iter()
        .filter(|r| r["suppressions"].as_array().is_some_and(|s| !s.is_empty()))
        .collect();
    assert_eq!(suppressed.len(), 1, "{results:#?}");
    assert_eq!(suppressed[0]["suppressions"][0]["kind"], "inSource");
    assert!(
        suppressed[0]["suppressions"][0]["justification"]
            .as_str()
            .unwrap()
            .contains("OPS-7")
    );

    // GitLab Code Quality: error is major, warning minor.
    let o = lint(&inst, r, &["--format", "codequality"]);
    let cq: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    let sev: Vec<&str> = cq
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["severity"].as_str().unwrap())
        .collect();
    assert!(sev.contains(&"major") && sev.contains(&"minor"), "{cq:#}");
    for i in cq.as_array().unwrap() {
        assert!(i["fingerprint"].as_str().is_some_and(|f| !f.is_empty()));
        assert!(i["location"]["lines"]["begin"].as_u64().unwrap() >= 1);
    }

    // Only warnings: exit 0, unless over --max-warnings.
    let o = lint(&inst, r, &["web"]);
    assert_eq!(code(&o), 0, "{}", out(&o));
    let o = lint(&inst, r, &["web", "--max-warnings", "0"]);
    assert_eq!(code(&o), 1);
    let o = lint(&inst, r, &["web", "--max-warnings", "1"]);
    assert_eq!(code(&o), 0);

    // --changed-lines: after a commit, only the line added since is reported.
    git(r, &["add", "-A"]);
    git(r, &["commit", "-qm", "fixture"]);
    write(
        r,
        "web/main.ts",
        b"const a = 1;\n  console.warn('x', a);\nconsole.error('new');\n",
    );
    let o = lint(&inst, r, &["--format", "ide", "--changed-lines"]);
    assert_eq!(code(&o), 0, "{}", err(&o));
    assert_eq!(
        out(&o).trim(),
        "web/main.ts:3:1: warning: use the logger, not console.error [no-console]"
    );
    let o = lint(&inst, r, &["--format", "ide", "--changed-files"]);
    assert_eq!(out(&o).lines().count(), 2, "{}", out(&o));
}

#[test]
fn lint_usage_errors_exit_two() {
    let inst = Instance::new("lint-usage");
    let repo = TempDir::new("lint-usage-repo");
    let r = repo.path();
    write(r, "a.py", b"print(1)\n");
    // No detector anywhere.
    let o = inst.cmd(&["lint"]).current_dir(r).output().unwrap();
    assert_eq!(code(&o), 2, "{}", err(&o));
    assert!(err(&o).contains(".rulebook/detectors"), "{}", err(&o));
    // Only broken detectors: nothing usable.
    write(
        r,
        "detectors.yml",
        b"id: x\nlanguage: cobol\nrule:\n  pattern: x\n---\nid: y\nregex: '('\n",
    );
    let o = lint(&inst, r, &[]);
    assert_eq!(code(&o), 2, "{}", err(&o));
    assert!(err(&o).contains("no usable detector"), "{}", err(&o));
    // A missing detector file, and a base that is not a revision.
    let o = inst
        .cmd(&["lint", "--detector", "nope.yml"])
        .current_dir(r)
        .output()
        .unwrap();
    assert_eq!(code(&o), 2);
    write(
        r,
        "detectors.yml",
        b"id: p\nlanguage: python\nrule:\n  pattern: print($A)\n",
    );
    let o = lint(&inst, r, &["--changed-files", "--base=--output=x"]);
    assert_eq!(code(&o), 2, "{}", err(&o));
    // .rulebook/detectors/ is read when no --detector is given.
    write(
        r,
        ".rulebook/detectors/p.yml",
        b"id: p\nlanguage: python\nseverity: error\nrule:\n  pattern: print($A)\n",
    );
    let o = inst
        .cmd(&["lint", "--format", "ide"])
        .current_dir(r)
        .output()
        .unwrap();
    assert_eq!(code(&o), 1, "{}", err(&o));
    assert!(out(&o).starts_with("a.py:1:1: error"), "{}", out(&o));
}
