//! `rulebook scan [PATH]`: the server's content scanner over a repository's existing agent files
//! (CLAUDE.md, AGENTS.md, .cursor/rules, skills and their scripts, …), offline, so a site can
//! audit what is already in its repositories. Text, JSON or SARIF (for code-scanning
//! dashboards); exit 1 when a finding reaches `--fail-on`.

use std::path::{Path, PathBuf};

use crate::cli::CliError;
use crate::scan::{self, Finding, Options, Severity};

/// What `rulebook scan` takes.
#[derive(clap::Args, Debug)]
pub struct ScanCmd {
    /// The repository or folder to scan.
    #[arg(default_value = ".")]
    pub path: PathBuf,
    /// Read every text file, not only the files coding agents read.
    #[arg(long)]
    pub all: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// A host links may point to without a finding (`git.corp.internal`, `*.corp.internal`);
    /// repeat for more.
    #[arg(long = "allow-host", value_name = "HOST")]
    pub allow_host: Vec<String>,
    /// Exit 1 when a finding is at least this severe.
    #[arg(long, value_enum, default_value_t = Level::High)]
    pub fail_on: Level,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Sarif,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    Warning,
    High,
    Critical,
    /// Never fail (report only).
    Never,
}

/// Folders no agent reads and that can be huge.
const SKIPPED_DIRS: &[&str] = &[
    ".git",
    "node_modules",
    "target",
    "vendor",
    ".venv",
    "dist",
    "build",
];
/// Files above this are not agent instructions.
const MAX_FILE: u64 = 2 << 20;

/// Every file under `root` to scan, as sorted repository-relative paths.
fn files(root: &Path, all: bool) -> Result<Vec<String>, CliError> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let entries = std::fs::read_dir(&dir).map_err(|e| {
            CliError::Other(
                "RB-SCAN-READ",
                format!("cannot read {}: {e}", dir.display()),
            )
        })?;
        for entry in entries.flatten() {
            let path = entry.path();
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            let name = entry.file_name().to_string_lossy().to_string();
            if kind.is_dir() {
                if !SKIPPED_DIRS.contains(&name.as_str()) {
                    stack.push(path);
                }
            } else if kind.is_file() {
                let rel = path
                    .strip_prefix(root)
                    .unwrap_or(&path)
                    .to_string_lossy()
                    .replace('\\', "/");
                if all || crate::render::import::is_agent_file(&rel) {
                    out.push(rel);
                }
            }
        }
    }
    out.sort();
    Ok(out)
}

fn fails(f: &Finding, level: Level) -> bool {
    match level {
        Level::Never => false,
        Level::Warning => true,
        Level::High => f.severity >= Severity::High,
        Level::Critical => f.severity >= Severity::Critical,
    }
}

/// Runs the scan and prints the report on standard output.
pub fn run(cmd: &ScanCmd) -> Result<(), CliError> {
    let root = &cmd.path;
    if !root.is_dir() {
        return Err(CliError::Other(
            "RB-CLI-USAGE",
            format!("{} is not a folder", root.display()),
        ));
    }
    let opts = Options {
        link_allowlist: cmd.allow_host.clone(),
    };
    let mut findings = Vec::new();
    let (mut scanned, mut skipped) = (0usize, Vec::new());
    for rel in files(root, cmd.all)? {
        let path = root.join(&rel);
        let too_big = std::fs::metadata(&path)
            .map(|m| m.len() > MAX_FILE)
            .unwrap_or(true);
        let text = if too_big {
            None
        } else {
            std::fs::read(&path)
                .ok()
                .and_then(|b| String::from_utf8(b).ok())
        };
        match text {
            Some(t) => {
                scanned += 1;
                findings.extend(scan::file::scan_file(&rel, &t, &opts));
            }
            None => skipped.push(rel),
        }
    }
    let out = match cmd.format {
        Format::Sarif => format!("{:#}\n", scan::sarif::log(&findings)),
        Format::Json => format!(
            "{:#}\n",
            serde_json::json!({ "scanned": scanned, "skipped": skipped, "findings": findings })
        ),
        Format::Text => text_report(&findings, scanned, &skipped),
    };
    use std::io::Write as _;
    let _ = std::io::stdout().lock().write_all(out.as_bytes());
    let failing = findings.iter().filter(|f| fails(f, cmd.fail_on)).count();
    if failing > 0 {
        return Err(CliError::Other(
            "RB-SCAN-FINDINGS",
            format!(
                "{failing} finding(s) at or above --fail-on {:?}",
                cmd.fail_on
            )
            .to_lowercase(),
        ));
    }
    Ok(())
}

fn text_report(findings: &[Finding], scanned: usize, skipped: &[String]) -> String {
    let mut out = String::new();
    for f in findings {
        out.push_str(&format!(
            "{}:{}:{}: {} [{}] {}\n    {}\n",
            f.place,
            f.line,
            f.column,
            f.severity.as_str(),
            f.rule,
            f.message,
            f.excerpt
        ));
    }
    out.push_str(&format!(
        "{} finding(s) in {scanned} file(s){}\n",
        findings.len(),
        if skipped.is_empty() {
            String::new()
        } else {
            format!(
                "; {} skipped (not UTF-8 text or over 2 MiB): {}",
                skipped.len(),
                skipped.join(", ")
            )
        }
    ));
    out
}
