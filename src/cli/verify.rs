//! `rulebook verify ARCHIVE`, and the signature check `install --from` runs before writing:
//! who signed an archive (key id, fingerprint, trusted here or not) and what it holds.

use std::path::{Path, PathBuf};

use crate::archive::portable::Bundle;
use crate::archive::signed::Signature;
use crate::cli::CliError;
use crate::config::Paths;
use crate::crypto::signing::fingerprint;
use crate::install::lock::LockedPackage;
use crate::install::source;
use crate::install::verify::{Verdict, decide, effective};
use crate::model::artifact::Content;

/// `(lock key, bundle, locked package)`, as the installer takes them.
type Fetched = (String, Bundle, LockedPackage);

/// `rulebook verify`.
#[derive(Debug, clap::Args)]
pub struct VerifyCmd {
    /// The archive (zip file or unpacked folder).
    archive: PathBuf,
}

fn files(b: &Bundle) -> usize {
    b.items
        .iter()
        .map(|i| match &i.content {
            Content::Skill(s) => 1 + s.files.len(),
            _ => 1,
        })
        .sum()
}

fn what(b: &Bundle) -> String {
    let s = &b.source;
    let mut w = match &s.package {
        Some(p) => format!("package {p} of {}/{}", s.org, s.space),
        None => format!("space {}/{}", s.org, s.space),
    };
    if let Some(r) = &s.release {
        w.push_str(&format!(", release {r}"));
    }
    w
}

pub fn run(cmd: &VerifyCmd, paths: &Paths) -> Result<(), CliError> {
    let (bundle, sig) = source::from_path_signed(&cmd.archive)?;
    let trusted = crate::cli::trust::trusted(paths)?;
    println!("content:     {}", what(&bundle));
    let versions: Vec<String> = bundle
        .items
        .iter()
        .map(|i| format!("{} {} v{}", i.content.kind().as_str(), i.slug, i.version))
        .collect();
    println!(
        "artifacts:   {} ({} files; exported {})",
        bundle.items.len(),
        files(&bundle),
        bundle.source.exported_at
    );
    for v in versions {
        println!("  {v}");
    }
    match &sig {
        Signature::Unsigned => println!("signature:   none"),
        Signature::Bad(e) => println!("signature:   INVALID: {e}"),
        Signature::Signed(s) => {
            println!("signed by:   key {}", s.key_id);
            println!("fingerprint: {}", fingerprint(&s.public_key));
            println!("digest:      sha256:{}", s.digest);
            println!(
                "trusted:     {}",
                if trusted.contains(&s.public_key) {
                    "yes (in your trust store)"
                } else {
                    "NO (not in your trust store)"
                }
            );
        }
    }
    decide(
        &cmd.archive.display().to_string(),
        &sig,
        &trusted,
        false,
        false,
    )?;
    println!("verified");
    Ok(())
}

/// The bundles of an archive to install, with what its signature says (judged by
/// [`judge_archive`] before anything is written).
pub(crate) fn read_archive(path: &Path) -> Result<(Vec<Fetched>, Signature), CliError> {
    let (bundle, sig) = source::from_path_signed(path)?;
    let key = bundle
        .source
        .package
        .clone()
        .unwrap_or_else(|| format!("space:{}", bundle.source.space));
    let lp = LockedPackage {
        release: bundle.source.release.clone(),
        source: "archive".into(),
        ..LockedPackage::default()
    };
    Ok((vec![(key, bundle, lp)], sig))
}

/// An archive for `render --from` and `mcp --from`, checked exactly as `install --from` checks
/// it (no entry point reads a carried archive unverified): refused unless signed by a trusted
/// key or `allow_unsigned`.
pub(crate) fn checked_archive(
    path: &Path,
    allow_unsigned: bool,
    pinned: &[String],
    paths: &Paths,
) -> Result<Vec<Fetched>, CliError> {
    let (mut bundles, sig) = read_archive(path)?;
    judge_archive(path, &mut bundles, &sig, allow_unsigned, pinned, paths)?;
    Ok(bundles)
}

/// Refuses an archive unless signed by a trusted key (the repository's pins, else the user's
/// trust store) or `allow_unsigned`; records the verdict in the lock entries.
pub(crate) fn judge_archive(
    path: &Path,
    bundles: &mut [Fetched],
    sig: &Signature,
    allow_unsigned: bool,
    pinned: &[String],
    paths: &Paths,
) -> Result<(), CliError> {
    let trusted = effective(&crate::cli::trust::trusted(paths)?, pinned)?;
    let verdict = if path.is_dir() && *sig == Signature::Unsigned {
        // An unpacked folder without a signature is the repository's own playbook-as-code
        // (local files, like any other in the checkout), not a carried archive: installed,
        // and locked as unverified.
        eprintln!(
            "note: {} is an unsigned folder: installed as local, unverified content",
            path.display()
        );
        Verdict::Unverified(String::new())
    } else {
        decide(
            &path.display().to_string(),
            sig,
            &trusted,
            !pinned.is_empty(),
            allow_unsigned,
        )?
    };
    for (_, _, lp) in bundles.iter_mut() {
        record(lp, &verdict);
    }
    Ok(())
}

/// Writes a verdict into a lock entry, warning loudly when it is not verified.
pub(crate) fn record(lp: &mut LockedPackage, verdict: &Verdict) {
    match verdict {
        Verdict::Verified { key_id, digest } => {
            lp.signed_by = Some(key_id.clone());
            lp.digest = Some(digest.clone());
        }
        Verdict::Unverified(why) if why.is_empty() => lp.unverified = true,
        Verdict::Unverified(why) => {
            eprintln!("WARNING: --allow-unsigned: installing UNVERIFIED content: {why}");
            eprintln!("WARNING: rulebook.lock records it as unverified");
            lp.unverified = true;
        }
    }
}

/// `install` options about signatures.
#[derive(Debug, Default, clap::Args)]
pub struct TrustArgs {
    /// Install content that is unsigned, wrongly signed or signed by an untrusted key (a loud
    /// warning; rulebook.lock records it as unverified).
    #[arg(long)]
    pub allow_unsigned: bool,
    /// Install a release older than the one rulebook.lock records.
    #[arg(long)]
    pub allow_downgrade: bool,
}

/// Records what a fetched release's signature says (judged later by [`judge_fetched`]).
pub(crate) fn note_signature(lp: &mut LockedPackage, sig: &Signature) {
    match sig {
        Signature::Signed(s) => {
            lp.signed_by = Some(s.key_id.clone());
            lp.digest = Some(s.digest.clone());
        }
        Signature::Unsigned | Signature::Bad(_) => lp.unverified = true,
    }
}

/// Dotted numeric parts of a release version (`None` if it is not one).
fn version_parts(v: &str) -> Option<Vec<u64>> {
    v.trim_start_matches('v')
        .split('.')
        .map(|p| p.parse().ok())
        .collect()
}

/// Judges releases fetched from the server before anything is written: a missing or bad
/// signature, or a signer the repository does not pin, is refused unless `--allow-unsigned`;
/// the locked version with other content is always refused; an older release than the locked
/// one is refused unless `--allow-downgrade`.
pub(crate) fn judge_fetched(
    bundles: &mut [Fetched],
    config: &crate::install::lock::RepoConfig,
    old: Option<&crate::install::lock::Lock>,
    trust: &TrustArgs,
) -> Result<(), CliError> {
    use crate::install::InstallError;
    let pinned: Vec<String> = effective(&[], &config.trusted_keys)?
        .iter()
        .map(crate::crypto::signing::key_id)
        .collect();
    for (key, _, lp) in bundles.iter_mut() {
        let release = lp.release.clone().unwrap_or_default();
        let problem = if lp.unverified {
            Some(format!(
                "release {release} of {key} has no valid signature (unsigned, or altered after signing)"
            ))
        } else {
            match &lp.signed_by {
                Some(id) if !pinned.is_empty() && !pinned.contains(id) => Some(format!(
                    "release {release} of {key} is signed by key {id}, which rulebook.json trusted_keys does not list"
                )),
                _ => None,
            }
        };
        if let Some(problem) = problem {
            if !trust.allow_unsigned {
                return Err(InstallError::Signature(format!(
                    "{problem}; refusing to install it (pass --allow-unsigned to install it unverified)"
                ))
                .into());
            }
            record(lp, &Verdict::Unverified(problem));
        }
        let Some(prev) = old.and_then(|l| l.packages.get(key.as_str())) else {
            continue;
        };
        if prev.release == lp.release
            && let (Some(a), Some(b)) = (&prev.digest, &lp.digest)
            && a != b
        {
            return Err(InstallError::Replay(format!(
                "release {release} of {key} has other content than rulebook.lock records (digest {b} instead of {a}): a release never changes, so this one was altered or replayed; refusing it"
            ))
            .into());
        }
        if let (Some(new), Some(locked)) = (
            version_parts(&release),
            prev.release.as_deref().and_then(version_parts),
        ) && new < locked
            && !trust.allow_downgrade
        {
            return Err(InstallError::Replay(format!(
                "release {release} of {key} is older than the locked release {}; refusing a downgrade (pass --allow-downgrade if you mean it)",
                prev.release.as_deref().unwrap_or_default()
            ))
            .into());
        }
    }
    Ok(())
}
