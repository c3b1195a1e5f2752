//! The linter where teams run it: the exact `rulebook lint` lines docs/LINT.md gives for
//! GitLab CI, GitHub Actions and Jenkins run on a fixture repository (exit codes, a Code
//! Quality report that GitLab reads, SARIF valid against the official schema), and the
//! repository's `.pre-commit-hooks.yaml` runs through the real pre-commit tool: a commit that
//! adds a violation is stopped with the finding, one that does not goes through, and a
//! violation already in the file does not block an unrelated change.

use std::path::Path;
use std::process::{Command, Output};

use crate::harness::{BIN, TempDir};

const DETECTORS: &str = "id: py-errors/1/1
language: python
severity: error
message: Never write a bare `except:`.
rule:
  kind: except_clause
  regex: '^except\\s*:'
metadata: {\"standard\": \"py-errors\", \"rule\": 1, \"scope\": [\"src/**\"]}
---
id: py-errors/2/1
language: python
severity: warning
message: Use the logger, not print.
rule:
  pattern: print($$$A)
metadata: {\"standard\": \"py-errors\", \"rule\": 2}
";

const BAD: &str = "try:\n    load()\nexcept:\n    pass\n";

fn write(root: &Path, rel: &str, text: &str) {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

/// A command with the binary's folder first on PATH, a private HOME, and git's identity.
fn shell(dir: &Path, home: &Path, line: &str) -> Output {
    let bin_dir = Path::new(BIN).parent().unwrap();
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    Command::new("sh")
        .args(["-c", line])
        .current_dir(dir)
        .env("PATH", path)
        .env("HOME", home)
        .env("PRE_COMMIT_HOME", home.join("pre-commit"))
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", "t")
        .env("GIT_AUTHOR_EMAIL", "t@example.com")
        .env("GIT_COMMITTER_NAME", "t")
        .env("GIT_COMMITTER_EMAIL", "t@example.com")
        .env_remove("RULEBOOK_SERVER")
        .env_remove("RULEBOOK_API_KEY")
        .output()
        .unwrap()
}

fn ok(dir: &Path, home: &Path, line: &str) {
    let o = shell(dir, home, line);
    assert!(
        o.status.success(),
        "{line}: {}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
}

/// The `rulebook lint …` lines of docs/LINT.md's "In CI" section, as a shell runs them.
fn ci_commands() -> Vec<String> {
    let doc = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/LINT.md"))
        .unwrap();
    let section = doc.split("\n## In CI\n").nth(1).expect("an In CI section");
    let section = section.split("\n## ").next().unwrap();
    section
        .lines()
        .filter(|l| l.contains("rulebook lint ") && !l.trim_start().starts_with("- name:"))
        .map(|l| {
            let l = l.trim();
            let l = l.strip_prefix("- ").unwrap_or(l);
            let l = l.strip_prefix("run: ").unwrap_or(l);
            let l = l.strip_prefix("sh '").unwrap_or(l);
            l.trim_end_matches('\'').to_string()
        })
        .collect()
}

fn fixture(home: &Path) -> TempDir {
    let repo = TempDir::new("lint-ci-repo");
    let r = repo.path();
    write(r, ".rulebook/detectors/py-errors.yml", DETECTORS);
    write(r, "src/app/load.py", BAD);
    write(r, "src/app/ok.py", "def f() -> None:\n    return None\n");
    write(r, "tools/script.py", BAD);
    ok(
        r,
        home,
        "git init -q -b main . && git add -A && git commit -qm fixture",
    );
    repo
}

#[test]
fn the_documented_ci_jobs_run_as_written() {
    let home = TempDir::new("lint-ci-home");
    let repo = fixture(home.path());
    let r = repo.path();
    let commands = ci_commands();
    assert_eq!(commands.len(), 3, "{commands:?}");
    for line in &commands {
        assert!(line.starts_with("rulebook lint --format "), "{line}");
        let o = shell(r, home.path(), line);
        // The bare except in src/ is an error: the job fails, and writes its report anyway.
        assert_eq!(
            o.status.code(),
            Some(1),
            "{line}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        let output = line
            .split("--output ")
            .nth(1)
            .and_then(|s| s.split_whitespace().next())
            .expect("--output FILE");
        let report = r.join(output);
        if line.contains("codequality") {
            let v: serde_json::Value =
                serde_json::from_slice(&std::fs::read(&report).unwrap()).unwrap();
            let items = v.as_array().unwrap();
            assert_eq!(items.len(), 1, "{v:#}");
            assert_eq!(items[0]["severity"], "major");
            assert_eq!(items[0]["location"]["path"], "src/app/load.py");
            assert_eq!(items[0]["location"]["lines"]["begin"], 3);
            assert!(
                items[0]["fingerprint"]
                    .as_str()
                    .is_some_and(|f| !f.is_empty())
            );
        } else {
            crate::lint::validate_sarif(&report);
            let v: serde_json::Value =
                serde_json::from_slice(&std::fs::read(&report).unwrap()).unwrap();
            let results = v["runs"][0]["results"].as_array().unwrap();
            assert_eq!(results.len(), 1, "{v:#}");
            assert_eq!(results[0]["ruleId"], "py-errors/1");
        }
    }
}

#[test]
fn the_pre_commit_hook_stops_a_commit_that_adds_a_violation() {
    let home = TempDir::new("lint-hook-home");
    let h = home.path();
    let pre_commit = format!(
        "{}/bin/pre-commit",
        Path::new(
            &std::env::var("RULEBOOK_TEST_PYTHON").unwrap_or_else(|_| format!(
                "{}/target/test-venv/bin/python",
                env!("CARGO_MANIFEST_DIR")
            ))
        )
        .parent()
        .unwrap()
        .parent()
        .unwrap()
        .display()
    );
    assert!(
        Path::new(&pre_commit).is_file(),
        "pre-commit is not installed in the test venv (scripts/test.sh installs it)"
    );
    // A hook repository holding exactly the repository's .pre-commit-hooks.yaml.
    let hooks = TempDir::new("lint-hook-repo");
    let hooks_file = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join(".pre-commit-hooks.yaml"),
    )
    .unwrap();
    write(hooks.path(), ".pre-commit-hooks.yaml", &hooks_file);
    ok(
        hooks.path(),
        h,
        "git init -q -b main . && git add -A && git commit -qm hooks",
    );
    let repo = fixture(h);
    let r = repo.path();
    let hook = format!(
        "{pre_commit} try-repo {} rulebook-lint --verbose",
        hooks.path().display()
    );

    // An unrelated change to a file that already holds a violation: not blocked.
    write(
        r,
        "src/app/load.py",
        &format!("{BAD}\n\ndef g() -> int:\n    return 1\n"),
    );
    ok(r, h, "git add -A");
    let o = shell(r, h, &hook);
    assert!(
        o.status.success(),
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    ok(r, h, "git commit -qm unrelated");

    // A change that adds a bare except: stopped, with the finding.
    write(r, "src/app/new.py", "try:\n    g()\nexcept:\n    raise\n");
    ok(r, h, "git add -A");
    let o = shell(r, h, &hook);
    let text = String::from_utf8_lossy(&o.stdout).into_owned();
    assert!(!o.status.success(), "{text}");
    assert!(
        text.contains("src/app/new.py:3:1: error: Never write a bare `except:`. [py-errors/1]"),
        "{text}{}",
        String::from_utf8_lossy(&o.stderr)
    );
}
