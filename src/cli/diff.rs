//! `rulebook diff`: what a developer changed in the agents' files, sent back as change
//! proposals, so the playbook (not one repository) is where a rule changes.
//!
//! Three kinds of local change are looked at: hand edits of generated files (proposals against
//! the installed version), new hand-written rule files in the agents' folders (proposals for a
//! new artifact), and deleted generated files (listed as ignored, with why: a deletion is not a
//! content change a reviewer can accept). Running it twice proposes nothing twice: an open
//! proposal by the same author with the same content is reported as already proposed.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::cli::CliError;
use crate::cli::install::{
    Credentials, PackageRef, client, credentials, fetch, modified_files, read_repository,
};
use crate::client::ApiClient;
use crate::config::Paths;
use crate::install::lock::{self, Lock};
use crate::install::{InstallError, apply};
use crate::model::artifact::Content;
use crate::render;

/// `rulebook diff`.
#[derive(Debug, clap::Args)]
pub struct DiffCmd {
    /// The repository (the folder with rulebook.lock).
    #[arg(long, short = 'p', default_value = ".")]
    path: PathBuf,
    /// Show what would be proposed, with the content diff; send nothing.
    #[arg(long)]
    dry_run: bool,
    /// The proposals' message.
    #[arg(long, short = 'm', default_value = "Local edit of generated files")]
    message: String,
    /// The space new hand-written rule files are proposed to (default: the one space the
    /// installed packages come from).
    #[arg(long)]
    space: Option<String>,
}

/// A proposal to send: where it goes and what it says.
struct Outgoing {
    /// `standard api-errors`, for messages.
    what: String,
    /// The file it was read from.
    source: String,
    space: String,
    /// The proposals collection it is posted to.
    post: String,
    /// The artifact's proposals (edits), or `None` for a new artifact.
    edit_of: Option<(String, i64)>,
    kind: String,
    slug: String,
    content: Value,
    /// The unified content diff, for `--dry-run`.
    unified: String,
}

/// `rulebook diff`.
pub fn diff(cmd: &DiffCmd, paths: &Paths) -> Result<(), CliError> {
    let root = &cmd.path;
    let lock = lock::read_lock(root)?.ok_or_else(|| {
        InstallError::Config(format!(
            "nothing installed in {} (no rulebook.lock)",
            root.display()
        ))
    })?;
    let modified = modified_files(root, &lock)?;
    let (deleted, edited): (Vec<String>, Vec<String>) = modified
        .into_iter()
        .partition(|m| m.ends_with(" (missing)"));
    for d in &deleted {
        println!(
            "ignored: {} was deleted: a deletion is not proposed (remove the artifact from the package on the server); `rulebook update --force` puts the file back",
            d.trim_end_matches(" (missing)")
        );
    }
    let new_files = hand_written(root, &lock);
    if edited.is_empty() && new_files.is_empty() {
        println!("no local edits to generated files and no new rule files");
        return Ok(());
    }
    let creds = credentials(paths)?;
    let config = lock::read_config(root)?.unwrap_or_default();
    let org = config.org.clone().or(creds.org.clone()).unwrap_or_default();
    let mut out = edits(root, &lock, &edited, &org, config.org.as_deref(), paths)?;
    out.extend(additions(cmd, &lock, new_files, &org)?);
    let api = client(&creds)?;
    let me = api.get("/api/v1/auth/me")?["user"]["username"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let mut sent = 0;
    for o in &out {
        if let Some(id) = already_proposed(&api, &org, o, &me)? {
            println!(
                "already proposed: {}",
                review_url(&creds, &org, &o.space, id)
            );
            continue;
        }
        if cmd.dry_run {
            println!("would propose {} from {}", o.what, o.source);
            print!("{}", o.unified);
            continue;
        }
        match send(&api, o, &cmd.message)? {
            Ok(answer) => {
                sent += 1;
                let conflict = if answer["conflict"].as_bool() == Some(true) {
                    " (conflict: the server has a newer version)"
                } else {
                    ""
                };
                println!(
                    "proposed {} as #{}{conflict}: {}",
                    o.what,
                    answer["id"],
                    review_url(&creds, &org, &o.space, answer["id"].as_i64().unwrap_or(0))
                );
            }
            Err(why) => println!("ignored: {}: {why}", o.source),
        }
    }
    if !cmd.dry_run {
        eprintln!(
            "{sent} proposal(s) sent; a reviewer accepts them on the server, a maintainer publishes a release of the package, then `rulebook update` brings them here"
        );
    }
    Ok(())
}

/// Where a reviewer opens proposal `id` in the UI.
fn review_url(creds: &Credentials, org: &str, space: &str, id: i64) -> String {
    format!(
        "{}/#/{org}/{space}/proposals/{id}",
        creds.host.trim_end_matches('/')
    )
}

/// Reads `rel` files under `root` as archive entries (missing ones are left out).
fn entries(root: &Path, rels: &BTreeSet<String>) -> Result<Vec<crate::archive::Entry>, CliError> {
    use std::os::unix::fs::PermissionsExt;
    let mut out = Vec::new();
    for rel in rels {
        let abs = apply::target(root, rel)?;
        if let Ok(data) = std::fs::read(&abs) {
            let exec = std::fs::metadata(&abs).is_ok_and(|m| m.permissions().mode() & 0o111 != 0);
            out.push(crate::archive::Entry {
                path: rel.clone(),
                data,
                mode: if exec { 0o755 } else { 0o644 },
            });
        }
    }
    Ok(out)
}

/// The skill folder (`.../skills/<name>/`) a path lies in, if any.
fn skill_folder(path: &str) -> Option<&str> {
    let i = path.find("/skills/")?;
    let end = path[i + 8..].find('/')? + i + 8 + 1;
    Some(&path[..end])
}

/// Hand edits of generated files, as proposals against the installed versions.
fn edits(
    root: &Path,
    lock: &Lock,
    edited: &[String],
    org: &str,
    org_override: Option<&str>,
    paths: &Paths,
) -> Result<Vec<Outgoing>, CliError> {
    if edited.is_empty() {
        return Ok(Vec::new());
    }
    // The edited files, and the whole folder of any skill one of them belongs to.
    let mut wanted: BTreeSet<String> = edited.iter().cloned().collect();
    for m in edited {
        if let Some(prefix) = skill_folder(m) {
            wanted.extend(lock.files.keys().filter(|k| k.starts_with(prefix)).cloned());
        }
    }
    let found = render::import::import(&entries(root, &wanted)?);
    let refs: Vec<(String, String)> = lock
        .packages
        .iter()
        .filter(|(_, p)| p.source == "server")
        .map(|(k, p)| {
            (
                k.clone(),
                p.release.clone().unwrap_or_else(|| "latest".into()),
            )
        })
        .collect();
    let bundles = fetch(&refs, Some(lock), false, org_override, paths)?;
    let mut out = Vec::new();
    for (slug, content) in found.playbook.contents() {
        let kind = content.kind();
        let source = source_of(&found, kind.as_str(), slug);
        let Some((key, item)) = bundles.iter().find_map(|(key, b, _)| {
            b.items
                .iter()
                .find(|i| i.slug == *slug && i.content.kind() == kind)
                .map(|i| (key, i))
        }) else {
            println!(
                "ignored: {source}: {} {slug} is not from an installed server package",
                kind.as_str()
            );
            continue;
        };
        let full = source.starts_with(".rulebook/");
        let Some(new) = render::propose::proposal(&item.content, &content, full) else {
            println!(
                "unchanged: {source} (the edit changes nothing {} {slug} holds)",
                kind.as_str()
            );
            continue;
        };
        let space = PackageRef::parse(key)?.space;
        let artifact = format!("/api/v1/orgs/{org}/spaces/{space}/{}/{slug}", kind.plural());
        out.push(Outgoing {
            what: format!("{} {slug} (base v{})", kind.as_str(), item.version),
            source,
            space,
            post: format!("{artifact}/proposals"),
            edit_of: Some((artifact, item.version)),
            kind: kind.as_str().to_string(),
            slug: slug.to_string(),
            content: crate::http::content_json(&new),
            unified: unified(&item.content, &new),
        });
    }
    Ok(out)
}

/// The file an imported artifact was read from.
fn source_of(found: &render::import::Imported, kind: &str, slug: &str) -> String {
    found
        .sources
        .iter()
        .find(|(k, s, _)| k == kind && s == slug)
        .map(|x| x.2.clone())
        .unwrap_or_default()
}

/// Artifacts read from files in the agents' folders that Rulebook did not write (top-level
/// shared files such as AGENTS.md hold hand-written text Rulebook keeps; they are not rules).
fn hand_written(root: &Path, lock: &Lock) -> Vec<(String, Content, String)> {
    let (found, _) = read_repository(root);
    let generated = |path: &str| {
        lock.files.contains_key(path)
            || skill_folder(path)
                .is_some_and(|folder| lock.files.keys().any(|k| k.starts_with(folder)))
    };
    found
        .playbook
        .contents()
        .into_iter()
        .filter_map(|(slug, content)| {
            let source = source_of(&found, content.kind().as_str(), slug);
            (source.contains('/') && !generated(&source))
                .then(|| (slug.to_string(), content, source))
        })
        .collect()
}

/// New hand-written rule files, as proposals for new artifacts in one space.
fn additions(
    cmd: &DiffCmd,
    lock: &Lock,
    files: Vec<(String, Content, String)>,
    org: &str,
) -> Result<Vec<Outgoing>, CliError> {
    let spaces: BTreeSet<String> = lock
        .packages
        .iter()
        .filter(|(_, p)| p.source == "server")
        .map(|(k, _)| PackageRef::parse(k).map(|r| r.space))
        .collect::<Result<_, _>>()?;
    let space = match (&cmd.space, spaces.len()) {
        (Some(s), _) => s.clone(),
        (None, 1) => spaces.into_iter().next().unwrap_or_default(),
        (None, _) => {
            for (_, _, source) in &files {
                println!(
                    "ignored: {source}: a new rule file, and the installed packages come from {} spaces: pass --space to propose it",
                    spaces.len()
                );
            }
            return Ok(Vec::new());
        }
    };
    Ok(files
        .into_iter()
        .map(|(slug, content, source)| {
            let kind = content.kind().as_str().to_string();
            let mut body = crate::http::content_json(&content);
            body["slug"] = Value::String(slug.clone());
            Outgoing {
                what: format!("new {kind} {slug}"),
                source,
                post: format!("/api/v1/orgs/{org}/spaces/{space}/proposals"),
                space: space.clone(),
                edit_of: None,
                unified: added(&body),
                kind,
                slug,
                content: body,
            }
        })
        .collect())
}

/// The unified diff of an edit, field by field (standards' rules as one rule a line).
fn unified(old: &Content, new: &Content) -> String {
    let d = crate::model::diff::diff(old, new);
    let mut out = String::new();
    for f in &d.fields {
        out.push_str(&format!("  {}:\n", f.field));
        for line in f.unified.lines() {
            out.push_str(&format!("    {line}\n"));
        }
    }
    let rules = [
        ("rule removed", &d.rules_removed, '-'),
        ("rule added", &d.rules_added, '+'),
        ("rule changed", &d.rules_changed, '~'),
    ];
    for (what, list, sign) in rules {
        for r in list {
            out.push_str(&format!("  {sign} {what}: {r}\n"));
        }
    }
    out
}

/// A new artifact's content as added lines.
fn added(body: &Value) -> String {
    serde_json::to_string_pretty(body)
        .unwrap_or_default()
        .lines()
        .map(|l| format!("    +{l}\n"))
        .collect()
}

/// The id of an open proposal by `me` with exactly this content, if one exists.
fn already_proposed(
    api: &ApiClient,
    org: &str,
    o: &Outgoing,
    me: &str,
) -> Result<Option<i64>, CliError> {
    let (list, show_base) = match &o.edit_of {
        Some((artifact, _)) => (
            format!("{artifact}/proposals"),
            format!("{artifact}/proposals"),
        ),
        None => {
            let base = format!("/api/v1/orgs/{org}/spaces/{}/proposals", o.space);
            (base.clone(), base)
        }
    };
    let listed = match api.get(&list) {
        Ok(v) => v,
        // A space or artifact the key cannot see has no proposal of ours.
        Err(crate::client::ClientError::Server { status: 404, .. }) => return Ok(None),
        Err(e) => return Err(e.into()),
    };
    let candidates = listed["proposals"].as_array().cloned().unwrap_or_default();
    for p in candidates.iter().filter(|p| {
        p["status"] == "open"
            && p["author"] == me
            && p["kind"] == o.kind.as_str()
            && p["slug"] == o.slug.as_str()
            && p["new"].as_bool() == Some(o.edit_of.is_none())
    }) {
        let Some(id) = p["id"].as_i64() else { continue };
        let shown = api.get(&format!("{show_base}/{id}"))?;
        if same_content(&shown["content"], &o.content) {
            return Ok(Some(id));
        }
    }
    Ok(None)
}

/// The same content, whatever fields only one side names (a new artifact's body also carries
/// its slug).
fn same_content(shown: &Value, sent: &Value) -> bool {
    let strip = |v: &Value| {
        let mut v = v.clone();
        if let Some(m) = v.as_object_mut() {
            m.remove("slug");
        }
        v
    };
    strip(shown) == strip(sent)
}

/// Posts one proposal. A refusal the developer can act on (the slug is taken, the content is
/// invalid, the space is out of the key's reach) is returned as `Err(why)` so the other
/// proposals still go.
fn send(api: &ApiClient, o: &Outgoing, message: &str) -> Result<Result<Value, String>, CliError> {
    let (body, if_match) = match &o.edit_of {
        Some((_, version)) => {
            let mut b = o.content.clone();
            b["message"] = Value::String(message.to_string());
            (b, Some(format!("\"v{version}\"")))
        }
        None => (
            serde_json::json!({ "kind": o.kind, "content": o.content, "message": message }),
            None,
        ),
    };
    let headers: Vec<(&str, &str)> = if_match
        .as_deref()
        .map(|v| vec![("If-Match", v)])
        .unwrap_or_default();
    let text = body.to_string();
    match api.send_bytes(
        "POST",
        &o.post,
        "application/json",
        text.as_bytes(),
        &headers,
    ) {
        Ok(answer) => Ok(Ok(answer)),
        Err(crate::client::ClientError::Server {
            status: 403 | 404 | 409 | 422,
            message,
            ..
        }) => Ok(Err(message)),
        Err(e) => Err(e.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skill_folders_are_found_in_paths() {
        assert_eq!(
            skill_folder(".claude/skills/pdf/SKILL.md"),
            Some(".claude/skills/pdf/")
        );
        assert_eq!(skill_folder(".claude/skills/pdf"), None);
        assert_eq!(skill_folder(".claude/rules/x.md"), None);
    }

    #[test]
    fn content_compares_without_the_slug() {
        let a = serde_json::json!({ "name": "X", "body": "b" });
        let b = serde_json::json!({ "name": "X", "body": "b", "slug": "x" });
        assert!(same_content(&a, &b));
        assert!(!same_content(
            &a,
            &serde_json::json!({ "name": "X", "body": "c" })
        ));
    }
}
