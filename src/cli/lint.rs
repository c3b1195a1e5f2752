//! `rulebook lint [PATHS]`: the playbook's declarative detectors (ast-grep rules or regexes)
//! over a repository, offline, fast enough for a pre-commit hook: one parse per file for every
//! detector of its language, files in parallel, a text prefilter that spares files a pattern
//! cannot match. Human, IDE, JSON, SARIF 2.1.0 and GitLab Code Quality output. Exit 0 clean,
//! 1 when an error (or more warnings than `--max-warnings`) is found, 2 on a usage or
//! configuration error (including no usable detector).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::cli::CliError;
use crate::cli::lint_files::{self, Candidate};
use crate::config::Paths;
use crate::install::{lock, source};
use crate::lint::compose;
use crate::lint::report::Report;
use crate::lint::{Detector, FileResult, Linter};

/// Where an installed playbook's detectors are, in the repository.
pub const DETECTORS_DIR: &str = ".rulebook/detectors";

/// What `rulebook lint` takes.
#[derive(clap::Args, Debug)]
pub struct LintCmd {
    /// Files or folders to check (folders are walked with .gitignore and .rulebookignore).
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,
    /// A detector file (ast-grep rule YAML or a regex detector; several documents separated by
    /// `---`); repeat for more. Without it, the detectors in .rulebook/detectors/ are used.
    #[arg(long = "detector", value_name = "FILE")]
    pub detectors: Vec<PathBuf>,
    /// Take the detectors from the server instead of .rulebook/detectors/: those of the
    /// packages rulebook.json names, at the releases rulebook.lock pins (else the latest), as
    /// `rulebook install` would fetch them; nothing is written.
    #[arg(long, conflicts_with = "detectors")]
    pub server: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Write the report to this file instead of standard output (the summary still goes to
    /// standard error).
    #[arg(long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Exit 1 when there are more warnings than this (errors always fail).
    #[arg(long, value_name = "N")]
    pub max_warnings: Option<usize>,
    /// Files larger than this many bytes are skipped and reported.
    #[arg(long, value_name = "BYTES", default_value_t = 1 << 20)]
    pub max_file_size: u64,
    /// Check only files changed against --base (for pre-commit hooks).
    #[arg(long)]
    pub changed_files: bool,
    /// Report only findings on lines changed against --base.
    #[arg(long)]
    pub changed_lines: bool,
    /// The revision --changed-files and --changed-lines compare with (the working tree and the
    /// index against it).
    #[arg(long, value_name = "REF", default_value = "HEAD")]
    pub base: String,
    /// Worker threads (default: one per core).
    #[arg(long, value_name = "N")]
    pub jobs: Option<usize>,
    /// Upload the run to the server for the organization's lint overview: counts per rule
    /// and where the first findings are, never code. Kept for tracked repository branches.
    /// Not with --changed-files or --changed-lines: a partial run is not the repository's state.
    #[arg(long, conflicts_with_all = ["changed_files", "changed_lines"])]
    pub report: bool,
    /// The branch to report the run under; default: the branch checked out, or on a detached
    /// HEAD (as CI checks out) the CI system's variable (CI_COMMIT_REF_NAME, GITHUB_REF_NAME,
    /// BRANCH_NAME, GIT_BRANCH). Required in GitHub pull-request runs.
    #[arg(long, value_name = "NAME", requires = "report")]
    pub report_branch: Option<String>,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Grouped by file, with each rule's hint.
    Human,
    /// `file:line:col: severity: message [standard/rule]`, for editors' problem matchers.
    Ide,
    Json,
    /// SARIF 2.1.0, for GitHub and GitLab code scanning.
    Sarif,
    /// GitLab Code Quality.
    Codequality,
}

impl Format {
    fn name(self) -> &'static str {
        match self {
            Format::Human => "human",
            Format::Ide => "ide",
            Format::Json => "json",
            Format::Sarif => "sarif",
            Format::Codequality => "codequality",
        }
    }
}

fn usage(msg: String) -> CliError {
    CliError::Other("RB-CLI-USAGE", msg)
}

/// The detector files: `--detector` as given, else every `.yml`/`.yaml` in
/// .rulebook/detectors/ (sorted).
fn detector_files(cmd: &LintCmd) -> Result<Vec<PathBuf>, CliError> {
    if !cmd.detectors.is_empty() {
        return Ok(cmd.detectors.clone());
    }
    let dir = Path::new(DETECTORS_DIR);
    let entries = std::fs::read_dir(dir).map_err(|_| {
        usage(format!(
            "no detectors: give --detector FILE, or install a playbook with detectors ({DETECTORS_DIR}/ is missing)"
        ))
    })?;
    let mut files: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.is_file() && matches!(p.extension().and_then(|e| e.to_str()), Some("yml" | "yaml"))
        })
        .collect();
    files.sort();
    Ok(files)
}

/// `--server`: the active detectors of the packages rulebook.json (in the current folder)
/// names, fetched as install fetches them and rendered in memory, as `(label, text)`.
fn server_detectors(paths: &Paths) -> Result<Vec<(String, String)>, CliError> {
    let here = Path::new(".");
    let config = lock::read_config(here)
        .map_err(|e| usage(e.to_string()))?
        .ok_or_else(|| {
            usage("--server needs rulebook.json in this folder (rulebook install writes it)".into())
        })?;
    let old = lock::read_lock(here).map_err(|e| usage(e.to_string()))?;
    let refs: Vec<(String, String)> = config
        .packages
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let bundles =
        crate::cli::install::fetch(&refs, old.as_ref(), false, config.org.as_deref(), paths)
            .map_err(|e| usage(format!("--server: {e}")))?;
    let pairs: Vec<(String, crate::archive::portable::Bundle)> =
        bundles.into_iter().map(|(k, b, _)| (k, b)).collect();
    let (playbook, _) = source::playbook(&pairs).map_err(|e| usage(e.to_string()))?;
    Ok(playbook
        .standards
        .iter()
        .filter_map(|(slug, s)| {
            compose::detectors_file(slug, s).map(|t| (format!("server: {slug}"), t))
        })
        .collect())
}

/// Every detector file's text, as `(label, text)`.
fn read_files(files: &[PathBuf]) -> Result<Vec<(String, String)>, CliError> {
    let mut out = Vec::new();
    for f in files {
        let meta = std::fs::metadata(f)
            .map_err(|e| usage(format!("detector file {}: {e}", f.display())))?;
        if meta.len() > 1 << 20 {
            return Err(usage(format!(
                "detector file {} is over 1 MiB",
                f.display()
            )));
        }
        let text = std::fs::read_to_string(f)
            .map_err(|e| usage(format!("detector file {}: {e}", f.display())))?;
        out.push((f.display().to_string(), text));
    }
    Ok(out)
}

/// Every detector of the texts, and the ones that did not compile (each message names its
/// file and document and, where it has one, its id).
fn load(texts: &[(String, String)]) -> (Vec<Detector>, Vec<String>) {
    let (mut good, mut broken) = (Vec::new(), Vec::new());
    for (label, text) in texts {
        for (n, d) in Detector::parse_all(text).into_iter().enumerate() {
            match d {
                Ok(d) => good.push(d),
                Err(e) => broken.push(format!("{label} (document {}): {e}", n + 1)),
            }
        }
    }
    (good, broken)
}

/// Runs the linter and writes the report.
pub fn run(cmd: &LintCmd, paths: &Paths) -> Result<(), CliError> {
    if cmd.jobs == Some(0) {
        return Err(usage("--jobs must be at least 1".into()));
    }
    if cmd.report && cmd.paths.iter().any(|p| p != Path::new(".")) {
        return Err(usage(
            "--report records the state of the folder it runs in: run it there without PATHS"
                .into(),
        ));
    }
    let files = if cmd.server {
        server_detectors(paths)?
    } else {
        read_files(&detector_files(cmd)?)?
    };
    let (detectors, broken) = load(&files);
    let to_terminal = cmd.format == Format::Human && cmd.output.is_none();
    if !to_terminal {
        for b in &broken {
            eprintln!("rulebook lint: detector skipped: {b}");
        }
    }
    if detectors.is_empty() && cmd.server && broken.is_empty() {
        return Err(usage(
            "the packages rulebook.json names have no active detector on the server".into(),
        ));
    }
    if detectors.is_empty() {
        return Err(usage(format!(
            "no usable detector in {} file(s){}",
            files.len(),
            if broken.is_empty() {
                String::new()
            } else {
                format!(" ({} broken)", broken.len())
            }
        )));
    }
    let changed = if cmd.changed_files || cmd.changed_lines {
        Some(lint_files::changed(&cmd.base)?)
    } else {
        None
    };
    let linter = Linter::new(detectors);
    let (mut candidates, mut skipped) = lint_files::walk(&cmd.paths);
    candidates.retain(|c| linter.wants(&c.shown));
    if let Some(ch) = &changed {
        candidates.retain(|c| ch.contains_key(&c.shown));
        skipped.retain(|(p, _)| ch.contains_key(p));
    }
    let jobs = cmd.jobs.unwrap_or_else(|| {
        std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
    });
    let results = check_all(&linter, &candidates, cmd.max_file_size, jobs);
    let mut report = Report {
        broken,
        ..Report::default()
    };
    for (c, r) in candidates.iter().zip(results) {
        match r {
            Err(why) => skipped.push((c.shown.clone(), why)),
            Ok(mut r) => {
                report.checked += 1;
                report.parsed += usize::from(r.parsed);
                if r.syntax_errors {
                    report.syntax_errors.push(c.shown.clone());
                }
                if cmd.changed_lines
                    && let Some(lines) = changed.as_ref().and_then(|ch| ch.get(&c.shown))
                {
                    keep_changed(&mut r, lines);
                }
                if !r.findings.is_empty() || !r.suppressions.is_empty() {
                    report.files.push((c.shown.clone(), r));
                }
            }
        }
    }
    skipped.sort();
    report.skipped = skipped;
    let detectors = &linter.detectors;
    let text = report
        .render(cmd.format.name(), detectors)
        .unwrap_or_default();
    write_out(cmd.output.as_deref(), &text)?;
    if !to_terminal {
        eprintln!("rulebook lint: {}", report.summary(detectors));
    }
    if cmd.report {
        crate::cli::lint_report::upload(&report, detectors, cmd.report_branch.as_deref(), paths)?;
    }
    let t = report.totals(detectors);
    if t.errors > 0 {
        return Err(CliError::Other(
            "RB-LINT-FINDINGS",
            format!("{} error(s) found", t.errors),
        ));
    }
    if let Some(max) = cmd.max_warnings
        && t.warnings > max
    {
        return Err(CliError::Other(
            "RB-LINT-FINDINGS",
            format!("{} warning(s), over --max-warnings {max}", t.warnings),
        ));
    }
    Ok(())
}

/// Keeps only findings (and suppressions) whose lines changed.
fn keep_changed(r: &mut FileResult, lines: &BTreeSet<usize>) {
    let touches = |a: usize, b: usize| lines.range(a..=b.max(a)).next().is_some();
    r.findings.retain(|f| touches(f.line, f.end_line));
    r.suppressed.retain(|(f, _)| touches(f.line, f.end_line));
    r.suppressions.retain(|s| touches(s.line, s.line + 1));
}

const FAILED: &str = "not checked: the checker failed on this file (a bug; please report it)";

/// Checks every candidate on `jobs` threads; results in the candidates' order.
fn check_all(
    linter: &Linter,
    files: &[Candidate],
    max: u64,
    jobs: usize,
) -> Vec<Result<FileResult, String>> {
    let next = AtomicUsize::new(0);
    let mut out: BTreeMap<usize, Result<FileResult, String>> = BTreeMap::new();
    std::thread::scope(|s| {
        let workers: Vec<_> = (0..jobs.min(files.len()).max(1))
            .map(|_| {
                s.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(c) = files.get(i) else { break };
                        let r = lint_files::read(&c.path, max).and_then(|text| {
                            // A parser failing on one hostile file skips that file only.
                            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                                linter.check(&c.shown, &text)
                            }))
                            .map_err(|_| FAILED.to_string())
                        });
                        mine.push((i, r));
                    }
                    mine
                })
            })
            .collect();
        for w in workers {
            // A worker that died is reported file by file below, not lost.
            if let Ok(mine) = w.join() {
                out.extend(mine);
            }
        }
    });
    (0..files.len())
        .map(|i| out.remove(&i).unwrap_or_else(|| Err(FAILED.to_string())))
        .collect()
}

fn write_out(path: Option<&Path>, text: &str) -> Result<(), CliError> {
    use std::io::Write as _;
    match path {
        Some(p) => {
            std::fs::write(p, text).map_err(|e| usage(format!("cannot write {}: {e}", p.display())))
        }
        None => {
            let _ = std::io::stdout().lock().write_all(text.as_bytes());
            Ok(())
        }
    }
}
