//! `rulebook archive export|import` against a running server, and `rulebook templates`
//! (embedded, no server): moving playbooks across an air gap as portable archives.

use std::path::PathBuf;

use crate::cli::remote::{client, org};
use crate::cli::{CliError, RemoteArgs};
use crate::model::templates;

/// `rulebook archive ...`.
#[derive(Debug, clap::Subcommand)]
pub enum ArchiveCommand {
    /// Download a space (or one package) as a portable archive (docs/ARCHIVE.md).
    Export {
        /// Where to write the archive (`-` for stdout).
        #[arg(long, short)]
        out: PathBuf,
        /// Export one package instead of the whole space.
        #[arg(long)]
        package: Option<String>,
        /// With --package: a release version, or `latest`.
        #[arg(long, requires = "package")]
        release: Option<String>,
        #[command(flatten)]
        remote: RemoteArgs,
    },
    /// Import a portable archive into a space (all or nothing).
    Import {
        /// The archive file.
        file: PathBuf,
        /// Report what would change; write nothing.
        #[arg(long)]
        dry_run: bool,
        /// The message of every version the import writes.
        #[arg(long)]
        message: Option<String>,
        #[command(flatten)]
        remote: RemoteArgs,
    },
}

/// `rulebook templates ...`.
#[derive(Debug, clap::Subcommand)]
pub enum TemplatesCommand {
    /// List the starter standards built into this binary.
    List {
        /// Only those with this tag (a language or framework).
        #[arg(long)]
        tag: Option<String>,
    },
    /// Print one starter standard (JSON).
    Show { slug: String },
}

/// Percent-encodes a query-string value (the server decodes it in `Call::query_param`).
pub(crate) fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

pub fn run(cmd: &ArchiveCommand, paths: &crate::config::Paths) -> Result<(), CliError> {
    match cmd {
        ArchiveCommand::Export {
            out,
            package,
            release,
            remote,
        } => {
            let c = client(remote, paths)?;
            let base = format!(
                "/api/v1/orgs/{}/spaces/{}",
                org(remote, paths)?,
                remote.space
            );
            let path = match (package, release) {
                (Some(p), Some(r)) => format!("{base}/packages/{p}/export?release={}", encode(r)),
                (Some(p), None) => format!("{base}/packages/{p}/export"),
                _ => format!("{base}/export"),
            };
            let bytes = {
                let _working = crate::cli::progress::Activity::start("exporting");
                c.get_bytes(&path)?
            };
            if out.as_os_str() == "-" {
                use std::io::Write;
                std::io::stdout()
                    .write_all(&bytes)
                    .map_err(|e| CliError::Other("RB-CLI-IO", format!("stdout: {e}")))?;
            } else {
                crate::ops::files::write_atomic(out, &bytes, 0o600).map_err(|e| {
                    CliError::Other("RB-CLI-IO", format!("cannot write {}: {e}", out.display()))
                })?;
                eprintln!("wrote {} ({} bytes)", out.display(), bytes.len());
            }
            Ok(())
        }
        ArchiveCommand::Import {
            file,
            dry_run,
            message,
            remote,
        } => {
            let bytes = std::fs::read(file).map_err(|e| {
                CliError::Other("RB-CLI-IO", format!("cannot read {}: {e}", file.display()))
            })?;
            let c = client(remote, paths)?;
            let mut path = format!(
                "/api/v1/orgs/{}/spaces/{}/import?dry_run={}",
                org(remote, paths)?,
                remote.space,
                u8::from(*dry_run)
            );
            if let Some(m) = message {
                path.push_str(&format!("&message={}", encode(m)));
            }
            let report = {
                let _working = crate::cli::progress::Activity::start("importing");
                c.send_bytes("POST", &path, "application/zip", &bytes, &[])?
            };
            for a in report["artifacts"].as_array().cloned().unwrap_or_default() {
                println!(
                    "{:<10} {:<9} {}",
                    a["action"].as_str().unwrap_or(""),
                    a["kind"].as_str().unwrap_or(""),
                    a["slug"].as_str().unwrap_or("")
                );
            }
            for p in report["packages"].as_array().cloned().unwrap_or_default() {
                println!(
                    "{:<10} {:<9} {}",
                    p["action"].as_str().unwrap_or(""),
                    "package",
                    p["slug"].as_str().unwrap_or("")
                );
            }
            if *dry_run {
                eprintln!("dry run: nothing was written");
            }
            Ok(())
        }
    }
}

pub fn templates(cmd: &TemplatesCommand) -> Result<(), CliError> {
    match cmd {
        TemplatesCommand::List { tag } => {
            for t in templates::all() {
                if tag.as_ref().is_some_and(|g| !t.tags.contains(g)) {
                    continue;
                }
                println!(
                    "{:<28} {:<24} {}",
                    t.slug,
                    t.tags.join(","),
                    t.standard.name
                );
            }
            Ok(())
        }
        TemplatesCommand::Show { slug } => {
            let t = templates::get(slug).ok_or_else(|| {
                CliError::Other(
                    "RB-CLI-USAGE",
                    format!("no starter template {slug:?}; see `rulebook templates list`"),
                )
            })?;
            let json = crate::http::content_json(&t.content());
            println!(
                "{}",
                serde_json::to_string_pretty(&json).unwrap_or_default()
            );
            Ok(())
        }
    }
}
