//! Upgrades carried in on a USB stick: a static binary plus its minisign signature.
//!
//! The signature's trusted comment (signed with the file) names what the bundle is:
//! `rulebook <version> <target> [notes]`. A bundle is accepted only if a trusted key signed
//! it, it is for this architecture, and it is newer than the highest version ever installed
//! on this instance (recorded in the database), unless an audited override says otherwise.
//!
//! `apply` takes a verified snapshot of the database, writes the new binary beside the old,
//! fsyncs, keeps the old one as `rulebook.prev`, and renames the new one into place: killed
//! at any step, the install path holds a runnable old or new binary. `rollback` puts the
//! previous binary and the pre-upgrade database back.

use std::cmp::Ordering;
use std::fs;
use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use minisign_verify::{PublicKey, Signature};

use crate::crypto::keyfile::sync_dir;
use crate::error::Coded;
use crate::store::{Store, StoreError};

const COMPILED_KEYS: &str = include_str!("release-keys.txt");

/// Upgrade refusals and failures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UpgradeError {
    /// No signature file, or it cannot be parsed.
    BadSignatureFile(String),
    /// No trusted key signed it, or the bytes or the trusted comment were changed.
    Untrusted(String),
    /// The trusted comment is not `rulebook <version> <target>`.
    BadComment(String),
    /// Built for another architecture.
    WrongTarget { bundle: String, ours: String },
    /// Not newer than what was installed.
    Downgrade { bundle: String, installed: String },
    /// File-system trouble.
    Io(String),
    /// Nothing to roll back to.
    NothingToRollBack(String),
    /// The store refused.
    Store(StoreError),
}

impl Coded for UpgradeError {
    fn code(&self) -> &'static str {
        match self {
            UpgradeError::BadSignatureFile(_) => "RB-UPGRADE-SIGNATURE-FILE",
            UpgradeError::Untrusted(_) => "RB-UPGRADE-UNTRUSTED",
            UpgradeError::BadComment(_) => "RB-UPGRADE-BAD-COMMENT",
            UpgradeError::WrongTarget { .. } => "RB-UPGRADE-WRONG-TARGET",
            UpgradeError::Downgrade { .. } => "RB-UPGRADE-DOWNGRADE",
            UpgradeError::Io(_) => "RB-UPGRADE-IO",
            UpgradeError::NothingToRollBack(_) => "RB-UPGRADE-NO-ROLLBACK",
            UpgradeError::Store(e) => e.code(),
        }
    }
}

impl std::fmt::Display for UpgradeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            UpgradeError::BadSignatureFile(m) => write!(f, "signature file: {m}"),
            UpgradeError::Untrusted(m) => write!(
                f,
                "the bundle is not signed by a trusted key, or was altered: {m}"
            ),
            UpgradeError::BadComment(c) => write!(
                f,
                "the signed comment {c:?} is not `rulebook <version> <target>` with a semver version (1.2.3, 1.2.3-rc.1)"
            ),
            UpgradeError::WrongTarget { bundle, ours } => {
                write!(f, "the bundle is for {bundle}, this host runs {ours}")
            }
            UpgradeError::Downgrade { bundle, installed } => write!(
                f,
                "the bundle is version {bundle} but {installed} was already installed here; older bundles are refused (rollback attack) unless --allow-downgrade"
            ),
            UpgradeError::Io(m) => f.write_str(m),
            UpgradeError::NothingToRollBack(m) => write!(f, "nothing to roll back: {m}"),
            UpgradeError::Store(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for UpgradeError {}

impl From<StoreError> for UpgradeError {
    fn from(e: StoreError) -> Self {
        UpgradeError::Store(e)
    }
}

fn io(what: &str) -> impl Fn(std::io::Error) -> UpgradeError + '_ {
    move |e| UpgradeError::Io(format!("{what}: {e}"))
}

/// A semantic version (semver 2.0.0): `MAJOR.MINOR.PATCH`, an optional `-pre.release` and an
/// optional `+build`. Parsed strictly because the version reaches file names (the
/// pre-upgrade snapshot) and audit rows: nothing but ASCII letters, digits, `-` and `.`
/// (and one `+`) gets through, so no `/`, no `..` component and no control character.
/// Precedence is semver's: numeric core, a pre-release sorts before its release, build
/// metadata is ignored.
#[derive(Debug, Clone)]
pub struct Version {
    core: [u64; 3],
    pre: Vec<Ident>,
    text: String,
}

/// One dot-separated pre-release identifier.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Ident {
    Num(u64),
    Alnum(String),
}

impl PartialOrd for Ident {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Ident {
    /// Numeric identifiers compare numerically and sort before alphanumeric ones.
    fn cmp(&self, other: &Self) -> Ordering {
        match (self, other) {
            (Ident::Num(a), Ident::Num(b)) => a.cmp(b),
            (Ident::Num(_), Ident::Alnum(_)) => Ordering::Less,
            (Ident::Alnum(_), Ident::Num(_)) => Ordering::Greater,
            (Ident::Alnum(a), Ident::Alnum(b)) => a.cmp(b),
        }
    }
}

/// Digits only, no leading zero (except `0` itself), fits in a u64.
fn numeric(s: &str) -> Option<u64> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) || (s.len() > 1 && s.starts_with('0'))
    {
        return None;
    }
    s.parse().ok()
}

/// Non-empty, ASCII letters, digits and `-` only.
fn ident_chars(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

impl Version {
    /// Parses `1.2.3`, `1.2.3-rc.1` or `1.2.3-rc.1+build.5`; anything else is `None`.
    pub fn parse(s: &str) -> Option<Version> {
        if s.len() > 128 {
            return None;
        }
        let (rest, build) = match s.split_once('+') {
            Some((r, b)) => (r, Some(b)),
            None => (s, None),
        };
        if let Some(b) = build
            && !b.split('.').all(ident_chars)
        {
            return None;
        }
        let (core, pre) = match rest.split_once('-') {
            Some((c, p)) => (c, Some(p)),
            None => (rest, None),
        };
        let mut nums = core.split('.');
        let core = [
            numeric(nums.next()?)?,
            numeric(nums.next()?)?,
            numeric(nums.next()?)?,
        ];
        if nums.next().is_some() {
            return None;
        }
        let mut idents = Vec::new();
        if let Some(p) = pre {
            for id in p.split('.') {
                if !ident_chars(id) {
                    return None;
                }
                if id.bytes().all(|b| b.is_ascii_digit()) {
                    idents.push(Ident::Num(numeric(id)?));
                } else {
                    idents.push(Ident::Alnum(id.to_string()));
                }
            }
        }
        Some(Version {
            core,
            pre: idents,
            text: s.to_string(),
        })
    }
}

impl std::fmt::Display for Version {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

impl PartialEq for Version {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Version {}

impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Version {
    fn cmp(&self, other: &Self) -> Ordering {
        self.core.cmp(&other.core).then_with(|| {
            match (self.pre.is_empty(), other.pre.is_empty()) {
                (true, true) => Ordering::Equal,
                (true, false) => Ordering::Greater,
                (false, true) => Ordering::Less,
                // Identifier by identifier; a longer list wins a tie (Vec's order).
                (false, false) => self.pre.cmp(&other.pre),
            }
        })
    }
}

/// What a verified bundle says about itself.
#[derive(Debug, Clone)]
pub struct Bundle {
    pub path: PathBuf,
    pub version: Version,
    pub target: String,
    pub notes: String,
    pub key_id: String,
}

/// Trusted keys: compiled in, plus `extra` files (minisign `.pub`, or bare base64 keys).
pub fn trusted_keys(extra: &[PathBuf]) -> Result<Vec<(String, PublicKey)>, UpgradeError> {
    let mut keys = Vec::new();
    for line in COMPILED_KEYS
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let k = PublicKey::from_base64(line)
            .map_err(|e| UpgradeError::BadSignatureFile(format!("compiled-in key: {e}")))?;
        keys.push(("compiled-in".to_string(), k));
    }
    for p in extra {
        let text = fs::read_to_string(p).map_err(io("read trusted key"))?;
        let k = PublicKey::decode(&text)
            .or_else(|_| PublicKey::from_base64(text.trim()))
            .map_err(|e| UpgradeError::BadSignatureFile(format!("{}: {e}", p.display())))?;
        keys.push((p.display().to_string(), k));
    }
    Ok(keys)
}

/// The trusted-key files an administrator configured in `<config dir>/trusted-keys/`.
pub fn configured_key_files(config_dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(config_dir.join("trusted-keys")) else {
        return Vec::new();
    };
    let mut out: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "pub"))
        .collect();
    out.sort();
    out
}

fn signature_path(bundle: &Path) -> PathBuf {
    let mut s = bundle.as_os_str().to_os_string();
    s.push(".minisig");
    PathBuf::from(s)
}

/// Verifies a bundle's signature with any trusted key and parses its trusted comment.
pub fn verify(bundle: &Path, keys: &[(String, PublicKey)]) -> Result<Bundle, UpgradeError> {
    let sig_path = signature_path(bundle);
    let sig_text = fs::read_to_string(&sig_path)
        .map_err(|e| UpgradeError::BadSignatureFile(format!("{}: {e}", sig_path.display())))?;
    let sig =
        Signature::decode(&sig_text).map_err(|e| UpgradeError::BadSignatureFile(e.to_string()))?;
    let data = fs::read(bundle).map_err(io("read bundle"))?;
    if keys.is_empty() {
        return Err(UpgradeError::Untrusted(
            "no trusted keys: add the release key to <config dir>/trusted-keys/ or pass --trusted-key".into(),
        ));
    }
    let signer = keys
        .iter()
        .find(|(_, k)| k.verify(&data, &sig, false).is_ok());
    let Some((key_id, _)) = signer else {
        return Err(UpgradeError::Untrusted(
            "no trusted key verifies this signature".into(),
        ));
    };
    let comment = sig.trusted_comment().trim().to_string();
    let mut parts = comment.splitn(4, ' ');
    let (Some("rulebook"), Some(v), Some(target)) = (parts.next(), parts.next(), parts.next())
    else {
        return Err(UpgradeError::BadComment(comment));
    };
    let version = Version::parse(v).ok_or_else(|| UpgradeError::BadComment(comment.clone()))?;
    Ok(Bundle {
        path: bundle.to_path_buf(),
        version,
        target: target.to_string(),
        notes: parts.next().unwrap_or("").to_string(),
        key_id: key_id.clone(),
    })
}

/// This binary's version.
pub fn own_version() -> Result<Version, UpgradeError> {
    Version::parse(crate::version::VERSION)
        .ok_or_else(|| UpgradeError::Io("bad own version".into()))
}

/// The highest version ever installed on this instance (at least this binary's).
pub fn highest_installed(store: &Store) -> Result<Version, UpgradeError> {
    let ours = own_version()?;
    let recorded = store
        .meta("highest_version")?
        .and_then(|v| Version::parse(&v));
    Ok(match recorded {
        Some(r) if r > ours => r,
        _ => ours,
    })
}

/// Checks that a verified bundle may be installed here.
pub fn check_installable(
    bundle: &Bundle,
    highest: &Version,
    allow_downgrade: bool,
) -> Result<(), UpgradeError> {
    if bundle.target != crate::version::TARGET {
        return Err(UpgradeError::WrongTarget {
            bundle: bundle.target.clone(),
            ours: crate::version::TARGET.into(),
        });
    }
    if bundle.version <= *highest && !allow_downgrade {
        return Err(UpgradeError::Downgrade {
            bundle: bundle.version.to_string(),
            installed: highest.to_string(),
        });
    }
    Ok(())
}

use crate::ops::pause_point;

fn sibling(path: &Path, name: &str) -> PathBuf {
    path.with_file_name(name)
}

/// Installs a verified bundle at `install` (the path of the running binary).
/// Returns the path of the pre-upgrade database snapshot.
pub fn apply(
    bundle: &Bundle,
    install: &Path,
    store: &Store,
    db: &Path,
) -> Result<PathBuf, UpgradeError> {
    let file_name = install
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("rulebook")
        .to_string();
    // 1. A verified snapshot of the database, encrypted like the database itself. The version
    // is strict semver (no `/`), so the name is one component beside the database; checked
    // again here because a file path is the one place a bad version would do harm.
    let snapshot_name = format!(
        "{}.pre-upgrade-{}",
        db.file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("rulebook.db"),
        bundle.version
    );
    if Version::parse(&bundle.version.to_string()).is_none()
        || Path::new(&snapshot_name).components().count() != 1
    {
        return Err(UpgradeError::BadComment(bundle.version.to_string()));
    }
    let snapshot = db.with_file_name(snapshot_name);
    let _ = fs::remove_file(&snapshot);
    store.snapshot_to(&snapshot)?;
    let check = Store::open_unmigrated(&snapshot, store.db_key().clone())?;
    let report = check.verify()?;
    check.close()?;
    if !report.integrity.is_empty() || !report.cipher.is_empty() {
        return Err(UpgradeError::Io(format!(
            "the pre-upgrade snapshot does not verify: {}",
            report.problems().join("; ")
        )));
    }
    pause_point("backed-up");
    // 2. The new binary beside the old one, fsynced, executable.
    let staged = sibling(install, &format!(".{file_name}.new"));
    let _ = fs::remove_file(&staged);
    let data = fs::read(&bundle.path).map_err(io("read bundle"))?;
    {
        let mut f = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&staged)
            .map_err(io("stage the new binary"))?;
        f.write_all(&data)
            .and_then(|_| f.sync_all())
            .map_err(io("stage the new binary"))?;
    }
    fs::set_permissions(&staged, fs::Permissions::from_mode(0o755))
        .map_err(io("chmod the new binary"))?;
    pause_point("staged");
    // 3. Keep the old binary as <name>.prev (replaced atomically).
    let prev = sibling(install, &format!("{file_name}.prev"));
    if install.exists() {
        let prev_tmp = sibling(install, &format!(".{file_name}.prev.tmp"));
        let _ = fs::remove_file(&prev_tmp);
        fs::hard_link(install, &prev_tmp).map_err(io("keep the previous binary"))?;
        fs::rename(&prev_tmp, &prev).map_err(io("keep the previous binary"))?;
    }
    pause_point("prev-kept");
    // 4. The atomic switch.
    fs::rename(&staged, install).map_err(io("install the new binary"))?;
    if let Some(dir) = install.parent() {
        sync_dir(dir);
    }
    pause_point("installed");
    store.set_meta("highest_version", &bundle.version.to_string())?;
    Ok(snapshot)
}

/// Puts `<name>.prev` back (the failed binary is kept as `<name>.failed`).
pub fn rollback_binary(install: &Path) -> Result<PathBuf, UpgradeError> {
    let file_name = install
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("rulebook")
        .to_string();
    let prev = sibling(install, &format!("{file_name}.prev"));
    if !prev.exists() {
        return Err(UpgradeError::NothingToRollBack(format!(
            "{} does not exist",
            prev.display()
        )));
    }
    let failed = sibling(install, &format!("{file_name}.failed"));
    if install.exists() {
        let _ = fs::remove_file(&failed);
        fs::hard_link(install, &failed).map_err(io("keep the failed binary"))?;
    }
    fs::rename(&prev, install).map_err(io("restore the previous binary"))?;
    if let Some(dir) = install.parent() {
        sync_dir(dir);
    }
    Ok(failed)
}

/// The newest pre-upgrade snapshot beside the database.
pub fn latest_snapshot(db: &Path) -> Option<PathBuf> {
    let name = db.file_name()?.to_str()?.to_string();
    let mut found: Vec<(std::time::SystemTime, PathBuf)> = fs::read_dir(db.parent()?)
        .ok()?
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with(&format!("{name}.pre-upgrade-"))
        })
        .filter_map(|e| Some((e.metadata().ok()?.modified().ok()?, e.path())))
        .collect();
    found.sort();
    found.pop().map(|(_, p)| p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_compare_numerically() {
        let v = |s| Version::parse(s).unwrap();
        assert!(v("0.10.0") > v("0.9.3"));
        assert!(v("1.0.0") > v("1.0.0-rc.1"));
        assert!(v("1.0.0+build.7") == v("1.0.0"));
        // semver.org's precedence example, in order.
        let chain = [
            "1.0.0-alpha",
            "1.0.0-alpha.1",
            "1.0.0-alpha.beta",
            "1.0.0-beta",
            "1.0.0-beta.2",
            "1.0.0-beta.11",
            "1.0.0-rc.1",
            "1.0.0",
        ];
        for w in chain.windows(2) {
            assert!(v(w[0]) < v(w[1]), "{} < {}", w[0], w[1]);
        }
    }

    #[test]
    fn versions_are_parsed_strictly() {
        for good in ["0.1.0", "1.2.3-rc.1", "1.2.3-x-y.0a+b-1.2", "10.20.30+meta"] {
            assert!(Version::parse(good).is_some(), "{good}");
        }
        for bad in [
            "",
            "x.y",
            "1.0",
            "1.2.3.4",
            "01.2.3",
            "1.2.3-01",
            "1.2.3-",
            "1.2.3-a..b",
            "1.2.3+",
            "1.2.3+a+b",
            "9.0.0-x/../../../../evil-snapshot",
            "9.0.0-x/y",
            "9.0.0+../x",
            "1.2.3-a b",
            "1.2.3-\u{1b}[31m",
            "1.2.3-\u{e9}",
            " 1.2.3",
            "18446744073709551616.0.0",
        ] {
            assert!(Version::parse(bad).is_none(), "{bad:?}");
        }
    }

    #[test]
    fn compiled_keys_parse() {
        assert!(trusted_keys(&[]).is_ok());
    }
}
