//! `rulebook ai draft|examples|detector|condense|review`: the server's AI help from a terminal or a
//! script, with an API key. Each is one explicit call; drafts are printed (JSON on stdout,
//! usage on stderr) and nothing is saved, except `condense`, which files a proposal a
//! reviewer decides on. `--dry-run` prints exactly what would be sent, and sends nothing.

use std::io::Read;
use std::path::PathBuf;

use clap::Subcommand;
use serde_json::{Value, json};

use crate::cli::remote::{client, org};
use crate::cli::{CliError, RemoteArgs};
use crate::config::Paths;

/// `rulebook ai ...`.
#[derive(Debug, clap::Args)]
pub struct AiCmd {
    #[command(subcommand)]
    pub command: AiCommand,
}

#[derive(Debug, Subcommand)]
pub enum AiCommand {
    /// Draft a standard from a description, code, a diff or documentation (read from --file
    /// or stdin); prints the draft as JSON.
    Draft {
        /// description, code, diff or documentation.
        #[arg(long, default_value = "description")]
        source: String,
        /// The material (default: stdin).
        #[arg(long, value_name = "FILE")]
        file: Option<PathBuf>,
        /// The language of the examples (a language id: go, python, typescript...).
        #[arg(long)]
        language: Option<String>,
        #[command(flatten)]
        common: Common,
    },
    /// Suggest good/bad examples for one rule of a standard.
    Examples {
        /// The standard's slug.
        #[arg(long)]
        standard: String,
        /// The rule's number (1-based).
        #[arg(long)]
        rule: usize,
        #[arg(long)]
        language: String,
        #[command(flatten)]
        common: Common,
    },
    /// Generate a detector for one rule, kept only if it validates on the rule's examples
    /// (each failed attempt is sent back with the reason); prints every attempt.
    Detector {
        #[arg(long)]
        standard: String,
        /// The rule's number (1-based).
        #[arg(long)]
        rule: usize,
        /// typescript, tsx, javascript, python, java, go, rust or csharp.
        #[arg(long)]
        language: String,
        /// Most model calls (1 to 5).
        #[arg(long, default_value_t = 3)]
        attempts: usize,
        #[command(flatten)]
        common: Common,
    },
    /// Condense a standard for small always-on budgets, filed as an AI-written proposal.
    Condense {
        #[arg(long)]
        standard: String,
        /// The character budget of description and rules (default: half of today's).
        #[arg(long)]
        max_chars: Option<usize>,
        #[command(flatten)]
        common: Common,
    },
    /// An AI-written advisory review of a proposal, stored beside it.
    Review {
        #[arg(long)]
        standard: String,
        #[arg(long)]
        proposal: i64,
        #[command(flatten)]
        common: Common,
    },
}

/// Options every AI command takes.
#[derive(Debug, clap::Args)]
pub struct Common {
    /// The provider to use (default: the feature's default, or the only one).
    #[arg(long)]
    provider: Option<String>,
    /// Print exactly what would be sent, and send nothing.
    #[arg(long)]
    dry_run: bool,
    #[command(flatten)]
    remote: RemoteArgs,
}

fn with_common(mut body: Value, c: &Common) -> Value {
    if let Some(p) = &c.provider {
        body["provider"] = json!(p);
    }
    if c.dry_run {
        body["dry_run"] = json!(true);
    }
    body
}

fn material(file: Option<&PathBuf>) -> Result<String, CliError> {
    let mut text = String::new();
    match file {
        Some(f) => {
            text = std::fs::read_to_string(f).map_err(|e| {
                CliError::Other(
                    "RB-CLI-INVALID",
                    format!("cannot read {}: {e}", f.to_string_lossy()),
                )
            })?;
        }
        None => {
            std::io::stdin().read_to_string(&mut text).map_err(|e| {
                CliError::Other("RB-CLI-INVALID", format!("cannot read stdin: {e}"))
            })?;
        }
    }
    Ok(text)
}

pub fn run(cmd: &AiCmd, paths: &Paths) -> Result<(), CliError> {
    let remote = match &cmd.command {
        AiCommand::Draft { common, .. }
        | AiCommand::Examples { common, .. }
        | AiCommand::Detector { common, .. }
        | AiCommand::Condense { common, .. }
        | AiCommand::Review { common, .. } => &common.remote,
    };
    let c = client(remote, paths)?;
    let space = format!(
        "/api/v1/orgs/{}/spaces/{}",
        org(remote, paths)?,
        remote.space
    );
    let (path, body) = match &cmd.command {
        AiCommand::Draft {
            source,
            file,
            language,
            common,
        } => {
            let mut b = json!({ "source": source, "text": material(file.as_ref())? });
            if let Some(l) = language {
                b["language"] = json!(l);
            }
            (format!("{space}/ai/draft-standard"), with_common(b, common))
        }
        AiCommand::Examples {
            standard,
            rule,
            language,
            common,
        } => (
            format!("{space}/ai/suggest-examples"),
            with_common(
                json!({ "standard": standard, "rule": rule, "language": language }),
                common,
            ),
        ),
        AiCommand::Detector {
            standard,
            rule,
            language,
            attempts,
            common,
        } => (
            format!("{space}/ai/generate-detector"),
            with_common(
                json!({ "standard": standard, "rule": rule, "language": language, "attempts": attempts }),
                common,
            ),
        ),
        AiCommand::Condense {
            standard,
            max_chars,
            common,
        } => {
            let mut b = json!({});
            if let Some(m) = max_chars {
                b["max_chars"] = json!(m);
            }
            (
                format!("{space}/standards/{standard}/ai/condense"),
                with_common(b, common),
            )
        }
        AiCommand::Review {
            standard,
            proposal,
            common,
        } => (
            format!("{space}/standards/{standard}/proposals/{proposal}/ai-review"),
            with_common(json!({}), common),
        ),
    };
    let answer = c.send_json("POST", &path, &body)?;
    if let Some(u) = answer.get("usage") {
        eprintln!(
            "AI-written by {} ({}): {} tokens in, {} out, {} ms",
            u["provider"].as_str().unwrap_or("?"),
            u["model"].as_str().unwrap_or("?"),
            u["tokens_in"],
            u["tokens_out"],
            u["ms"]
        );
    }
    let shown = match &cmd.command {
        AiCommand::Draft { .. } if answer.get("draft").is_some() => &answer["draft"],
        _ => &answer,
    };
    println!(
        "{}",
        serde_json::to_string_pretty(shown).unwrap_or_default()
    );
    Ok(())
}
