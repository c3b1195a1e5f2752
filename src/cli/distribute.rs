//! `rulebook distribute`: a distribution for a repository Rulebook cannot reach, written as a
//! file that crosses the air gap. The branch is read from what was carried in (a clone, a
//! mirror, or a `git bundle` of it), the same planner and commit builder as server-side
//! distribution make the commit, and it is written as a bundle (`git pull --ff-only FILE
//! BRANCH` applies it) and/or an mbox patch (`git am FILE`).

use std::path::PathBuf;

use crate::cli::CliError;
use crate::cli::install::{PackageRef, RenderArgs, agents, credentials, fetch};
use crate::config::Paths;
use crate::distribute::git::PlainGit;
use crate::distribute::host::{Host, Ident};
use crate::distribute::job::{self, Job, Mode, Outcome};
use crate::distribute::remote_tree::RemoteTree;
use crate::install::planner;

/// `rulebook distribute`.
#[derive(Debug, clap::Args)]
pub struct DistributeCmd {
    /// Packages (`[space/]slug[@release]`); none = what rulebook.json on the branch lists.
    packages: Vec<String>,
    /// The repository as carried in: a clone, a mirror, or a `git bundle` file of the branch.
    #[arg(long, value_name = "PATH")]
    repo: PathBuf,
    /// The branch to build on.
    #[arg(long, default_value = "main")]
    branch: String,
    /// The folder inside the repository (monorepos).
    #[arg(long, default_value = "")]
    path: String,
    /// Write the commit as a git bundle (apply: `git pull --ff-only FILE BRANCH`).
    #[arg(long, value_name = "FILE")]
    bundle_out: Option<PathBuf>,
    /// Write the commit as an mbox patch (apply: `git am FILE`).
    #[arg(long, value_name = "FILE")]
    patch_out: Option<PathBuf>,
    /// Commit author (`Name <email>`); default `Rulebook <rulebook@localhost>`.
    #[arg(long)]
    author: Option<String>,
    /// With --from: commit an archive that is unsigned, wrongly signed or signed by an
    /// untrusted key (a loud warning).
    #[arg(long, requires = "from")]
    allow_unsigned: bool,
    #[command(flatten)]
    render: RenderArgs,
}

fn usage(m: impl Into<String>) -> CliError {
    CliError::Other("RB-CLI-USAGE", m.into())
}

fn dist(e: crate::distribute::DistError) -> CliError {
    use crate::error::Coded;
    CliError::Other(e.code(), e.to_string())
}

/// Runs `rulebook distribute`.
pub fn run(cmd: &DistributeCmd, paths: &Paths) -> Result<(), CliError> {
    if cmd.bundle_out.is_none() && cmd.patch_out.is_none() {
        return Err(usage(
            "name an output: --bundle-out FILE and/or --patch-out FILE",
        ));
    }
    let path = cmd.path.trim_matches('/').to_string();
    let author = match &cmd.author {
        None => None,
        Some(a) => {
            let (name, rest) = a
                .split_once('<')
                .ok_or_else(|| usage("--author must look like `Name <email>`"))?;
            Some(Ident {
                name: name.trim().to_string(),
                email: rest.trim_end_matches('>').trim().to_string(),
            })
        }
    };
    let mut host = PlainGit::from_local(&cmd.repo);
    let snap = host
        .snapshot("local", &cmd.branch)
        .map_err(dist)?
        .ok_or_else(|| {
            usage(format!(
                "{} has no branch {}",
                cmd.repo.display(),
                cmd.branch
            ))
        })?;
    let (mut config, old) = {
        let tree = RemoteTree::new(&mut host, "local", &snap, &path);
        (
            planner::read_config(&tree)?.unwrap_or_default(),
            planner::read_lock(&tree)?,
        )
    };
    for p in &cmd.packages {
        let r = PackageRef::parse(p)?;
        config.packages.insert(
            r.key(),
            r.release.clone().unwrap_or_else(|| "latest".into()),
        );
    }
    if config.packages.is_empty() {
        return Err(usage(
            "name packages, or carry a branch whose rulebook.json lists them",
        ));
    }
    let agents = agents(&cmd.render, Some(&config))?;
    if !cmd.render.agents.is_empty() {
        config.agents = crate::render::Agent::ids(&agents);
        config.agents.sort();
    }
    let bundles = match &cmd.render.from {
        Some(archive) => crate::cli::verify::checked_archive(
            archive,
            cmd.allow_unsigned,
            &config.trusted_keys,
            paths,
        )?,
        None => {
            let refs: Vec<(String, String)> = config
                .packages
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            if config.org.is_none() {
                config.org = credentials(paths)?.org;
            }
            fetch(&refs, old.as_ref(), false, config.org.as_deref(), paths)?
        }
    };
    // From the server, the organization's install policy applies as to an install (its
    // limits, never_read paths, hooks refusal and allow_rules); from an archive there is no
    // server to ask, and only the branch's rulebook.json applies.
    let org_policy = match &cmd.render.from {
        Some(_) => None,
        None => crate::cli::policy::for_repo(&config, paths)?,
    };
    let layers = crate::cli::policy::layers(org_policy.as_ref(), Some(&config));
    crate::cli::policy::enforce(&layers, &bundles, &crate::render::Agent::ids(&agents))?;
    let always_on_cap = crate::install::policy::effective_cap(
        &layers,
        cmd.render.always_on_cap.or(config.always_on_cap),
    );
    let repo_policy = crate::install::policy::repo_policy(&layers);
    let job = Job {
        label: format!(
            "offline-{}-{}",
            crate::clock::Clock::system().now_unix(),
            crate::crypto::hex::encode(
                &crate::clock::random_bytes::<4>()
                    .map_err(|e| { CliError::Other("RB-CLI-RANDOM", e.to_string()) })?
            )
        ),
        repo: "local",
        branch: &cmd.branch,
        path: &path,
        mode: Mode::Commit,
        bundles,
        agents,
        always_on_cap,
        repo_policy,
        config: config.clone(),
        author,
    };
    match job::run(&mut host, &job, &mut || false).map_err(dist)? {
        Outcome::NoChanges { .. } => {
            println!(
                "{} ({}) already holds this playbook: nothing written",
                cmd.repo.display(),
                cmd.branch
            );
            Ok(())
        }
        Outcome::Cancelled => Err(usage("cancelled")),
        Outcome::Committed { commit, files, .. } => {
            if let Some(out) = &cmd.bundle_out {
                host.write_bundle(out).map_err(dist)?;
                println!(
                    "wrote {} (commit {commit}, {files} file(s)); apply on the other side with:\n  git pull --ff-only {} {}",
                    out.display(),
                    out.display(),
                    cmd.branch
                );
            }
            if let Some(out) = &cmd.patch_out {
                host.write_patch(out).map_err(dist)?;
                println!(
                    "wrote {} (commit {commit}, {files} file(s)); apply on the other side with:\n  git am {}",
                    out.display(),
                    out.display()
                );
            }
            Ok(())
        }
    }
}
