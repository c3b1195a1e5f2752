//! `rulebook render --claude-marketplace NAME --out DIR`: the packages as Claude Code plugins
//! in a marketplace folder, ready to push to one of the site's Git servers (see
//! `render::plugin` for what a plugin holds). The folder's `.claude-plugin/` and `plugins/`
//! are Rulebook's and are replaced whole on each run, so a plugin or file dropped from the
//! packages does not linger; anything else in the folder (a README, `.git`) is left alone. A
//! folder with a `plugins/` or `.claude-plugin/` but no `marketplace.json` is refused: it is
//! someone's project, not a marketplace, and nothing in it is deleted.

use std::path::Path;

use crate::archive::portable::Bundle;
use crate::cli::CliError;
use crate::install::lock::LockedPackage;
use crate::install::source;
use crate::render::plugin::{self, Plugin};

fn io(what: String) -> impl Fn(std::io::Error) -> CliError {
    move |e| CliError::Other("RB-CLI-IO", format!("{what}: {e}"))
}

fn usage(message: String) -> CliError {
    CliError::Other("RB-CLI-USAGE", message)
}

/// Writes the marketplace `name` (owned by `owner`, default the organization) into `dir`.
pub(crate) fn write_marketplace(
    dir: &Path,
    name: &str,
    owner: Option<&str>,
    bundles: Vec<(String, Bundle, LockedPackage)>,
) -> Result<(), CliError> {
    plugin::check_name(name).map_err(|e| usage(format!("--claude-marketplace: {e}")))?;
    let owner = owner
        .map(str::to_string)
        .or_else(|| bundles.first().map(|(_, b, _)| b.source.org.clone()))
        .unwrap_or_else(|| name.to_string());
    // Render everything before touching the folder.
    let mut plugins: Vec<(Plugin, Vec<crate::render::FileOp>)> = Vec::new();
    for (key, bundle, _) in bundles {
        let slug = bundle
            .source
            .package
            .clone()
            .unwrap_or_else(|| bundle.source.space.clone());
        plugin::check_name(&slug).map_err(|e| usage(format!("package {key}: {e}")))?;
        if plugins.iter().any(|(p, _)| p.name == slug) {
            return Err(usage(format!("two packages are named {slug}")));
        }
        let description = bundle
            .packages
            .iter()
            .find(|p| p.slug == slug)
            .map(|p| p.description.trim().to_string())
            .filter(|d| !d.is_empty())
            .unwrap_or_else(|| {
                format!(
                    "The {}/{} playbook, from Rulebook",
                    bundle.source.org, bundle.source.space
                )
            });
        let meta = Plugin {
            name: slug,
            version: bundle.source.release.clone(),
            description,
        };
        let (playbook, _) = source::playbook(&[(key, bundle)])?;
        let files = plugin::plugin_files(&meta, &playbook)?;
        plugins.push((meta, files));
    }
    std::fs::create_dir_all(dir).map_err(io("cannot create the output folder".into()))?;
    // Only a marketplace folder is replaced: a repository's own `plugins/` is never deleted.
    let marketplace = dir.join(".claude-plugin/marketplace.json");
    let ours = std::fs::symlink_metadata(&marketplace).is_ok_and(|m| m.is_file());
    for owned in [".claude-plugin", "plugins"] {
        let p = dir.join(owned);
        if !ours && std::fs::symlink_metadata(&p).is_ok() {
            return Err(usage(format!(
                "{} exists but {} is not a marketplace (it has no .claude-plugin/marketplace.json); \
                 write to an empty folder or to a marketplace folder",
                p.display(),
                dir.display()
            )));
        }
    }
    for owned in [".claude-plugin", "plugins"] {
        let p = dir.join(owned);
        match std::fs::symlink_metadata(&p) {
            Ok(m) if m.file_type().is_symlink() || !m.is_dir() => {
                return Err(usage(format!(
                    "{} is not a folder; remove it, then run again",
                    p.display()
                )));
            }
            Ok(_) => std::fs::remove_dir_all(&p)
                .map_err(io(format!("cannot replace {}", p.display())))?,
            Err(_) => {}
        }
    }
    let metas: Vec<Plugin> = plugins.iter().map(|(m, _)| m.clone()).collect();
    let mut count = 0;
    let mut write = |rel: &str, bytes: &[u8], mode: u32| -> Result<(), CliError> {
        crate::model::artifact::check_relative_path(rel)
            .map_err(|e| usage(format!("{rel}: {e}")))?;
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(io(format!("cannot create {rel}")))?;
        }
        std::fs::write(&path, bytes).map_err(io(format!("cannot write {rel}")))?;
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode))
            .map_err(io(format!("cannot set the mode of {rel}")))?;
        count += 1;
        Ok(())
    };
    write(
        ".claude-plugin/marketplace.json",
        plugin::marketplace_json(name, &owner, &metas).as_bytes(),
        0o644,
    )?;
    for (meta, files) in &plugins {
        for f in files {
            write(&format!("plugins/{}/{}", meta.name, f.path()), f.bytes(), {
                match f {
                    crate::render::FileOp::Write { mode, .. } => *mode,
                    crate::render::FileOp::Section { .. } => 0o644,
                }
            })?;
        }
    }
    println!(
        "marketplace {name}: {} plugin(s), {count} files in {}; push the folder to a Git server, then `/plugin marketplace add <its URL>` in Claude Code",
        metas.len(),
        dir.display()
    );
    Ok(())
}
