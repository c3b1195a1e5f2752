//! `rulebook.json` (what a repository wants) and `rulebook.lock` (what was installed: exact
//! releases and artifact versions, and a hash of every file or section Rulebook wrote).
//! Both are JSON, sorted and without timestamps, so they diff cleanly and a re-install that
//! changes nothing leaves them byte for byte as they were.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::InstallError;

/// The repository's configuration file name.
pub const CONFIG_FILE: &str = "rulebook.json";
/// The lock file name.
pub const LOCK_FILE: &str = "rulebook.lock";
/// Where an install's lock and `rulebook.json` sit, relative to the folder it installs into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// A repository: at its top, where the team reviews and commits them.
    Repository,
    /// The home folder (`install --global`): in `.rulebook/`, so the top of the home folder
    /// gets no file of Rulebook's own.
    Home,
}

impl Scope {
    /// The folder, relative to the install's root, holding the lock and `rulebook.json`.
    pub fn state_dir(self) -> &'static str {
        match self {
            Scope::Repository => "",
            Scope::Home => ".rulebook",
        }
    }

    /// The lock's path relative to the install's root.
    pub fn lock_file(self) -> &'static str {
        match self {
            Scope::Repository => LOCK_FILE,
            Scope::Home => ".rulebook/rulebook.lock",
        }
    }

    /// `rulebook.json`'s path relative to the install's root.
    pub fn config_file(self) -> &'static str {
        match self {
            Scope::Repository => CONFIG_FILE,
            Scope::Home => ".rulebook/rulebook.json",
        }
    }

    /// Whether a lock of this scope may name `path`: a place Rulebook writes in this scope,
    /// never the lock or `rulebook.json` themselves (in `.rulebook/` at home).
    pub fn may_name(self, path: &str) -> bool {
        crate::render::owned_path(path, self == Scope::Home)
            && path != self.lock_file()
            && path != self.config_file()
    }
}

/// The newest lock format this build reads.
pub const LOCK_VERSION: u64 = 5;

/// The format a lock of these files needs: 2 when a file records owned list entries
/// (`LockedFile::entries`, which an older build would take for a corrupt lock), else 1, so
/// locks without them stay readable by older builds. A lock that records the organization's
/// MCP servers is 3, one whose files an agent's folder move put elsewhere is 4
/// ([`Lock::version`]), one whose entries name their list (`list.path<TAB>item`, from agent
/// policies: a build that reads format 2 would take them for strings of one list) is 5.
pub fn version_for(files: &BTreeMap<String, LockedFile>) -> u64 {
    if files
        .values()
        .any(|f| f.made || f.entries.iter().any(|e| e.contains('\t')))
    {
        5
    } else if files.values().any(|f| !f.entries.is_empty()) {
        2
    } else {
        1
    }
}

/// `rulebook.json`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RepoConfig {
    /// Organization slug (else the one from `rulebook login`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org: Option<String>,
    /// `[space/]package` → release version or `latest`.
    #[serde(default)]
    pub packages: BTreeMap<String, String>,
    /// Agent ids to render for.
    #[serde(default)]
    pub agents: Vec<String>,
    /// Most bytes an always-on file may hold (the organisation's cap).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub always_on_cap: Option<usize>,
    /// The repository's own install policy: checked besides the organization's, so it can
    /// only tighten it (see `install::policy`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy: Option<super::policy::InstallPolicy>,
    /// Signing public keys (base64 or hex) this repository trusts; when set, only these.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub trusted_keys: Vec<String>,
}

/// One installed package.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LockedPackage {
    /// The release installed (`None` for an archive without a release).
    pub release: Option<String>,
    /// `server` or `archive`.
    pub source: String,
    /// SHA-256 of the signed manifest (the release digest), when the signature verified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub digest: Option<String>,
    /// Key id of the signer, when the signature verified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed_by: Option<String>,
    /// Installed with `--allow-unsigned` without a valid trusted signature.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unverified: bool,
}

/// One installed artifact.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LockedArtifact {
    pub kind: String,
    pub slug: String,
    pub version: i64,
    pub package: String,
}

/// A SHA-256, kept as its 32 bytes and written in the lock as lower-case hex: a large lock
/// holds one per file (77,943 for 4,000 standards and every agent), and a 64-character string
/// each cost three times the memory.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Sha256(pub [u8; 32]);

impl Sha256 {
    pub fn of(data: &[u8]) -> Sha256 {
        let mut out = [0; 32];
        out.copy_from_slice(ring::digest::digest(&ring::digest::SHA256, data).as_ref());
        Sha256(out)
    }

    /// Lower-case hex, as the lock writes it.
    pub fn hex(&self) -> String {
        crate::crypto::hex::encode(&self.0)
    }
}

impl std::fmt::Debug for Sha256 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.hex())
    }
}

impl Serialize for Sha256 {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.hex())
    }
}

impl<'de> Deserialize<'de> for Sha256 {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Sha256, D::Error> {
        let text = std::borrow::Cow::<'de, str>::deserialize(d)?;
        crate::crypto::hex::decode(&text)
            .and_then(|b| <[u8; 32]>::try_from(b).ok())
            .map(Sha256)
            .ok_or_else(|| serde::de::Error::custom("a sha256 is 64 hex digits"))
    }
}

/// One file Rulebook wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LockedFile {
    /// SHA-256 of the file, or of Rulebook's section for shared files.
    pub sha256: Sha256,
    /// True for a marked section in a shared file.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub section: bool,
    /// For a list Rulebook shares in a JSON settings file (`render::settings_list`): the
    /// entries it owns there, the only ones it ever removes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub entries: Vec<String>,
    /// Rulebook made this shared settings file (there was none): it goes once it holds
    /// nothing but empty lists; a file the team made stays.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub made: bool,
}

impl LockedFile {
    /// Who made this shared settings file, as far as the lock knows (entries that do not name
    /// their list come from a lock written before `made` was recorded).
    pub fn made_by(&self) -> crate::render::settings_list::Made {
        use crate::render::settings_list::Made;
        match (self.made, self.entries.iter().all(|e| e.contains('\t'))) {
            (true, _) => Made::Rulebook,
            (false, true) => Made::Team,
            (false, false) => Made::Unknown,
        }
    }
}

/// MCP file → the organization's servers Rulebook wrote there.
pub type McpRecord = BTreeMap<String, Vec<String>>;

/// `rulebook.lock`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lock {
    pub lockfile_version: u64,
    pub packages: BTreeMap<String, LockedPackage>,
    pub agents: Vec<String>,
    pub artifacts: Vec<LockedArtifact>,
    pub files: BTreeMap<String, LockedFile>,
    /// The organization's MCP servers `install --mcp` wrote, per MCP file (relative to the
    /// root): the only entries it ever removes from that file.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub mcp_servers: McpRecord,
    /// At user scope, agents' folders this install found moved (`$CODEX_HOME`): usual folder
    /// → where its files are. The paths in `files` are where they are; this says where the
    /// renderer put them, so the next install can check and remove them after another move.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub moved: BTreeMap<String, String>,
}

impl Lock {
    /// The format this lock needs (see [`version_for`]).
    pub fn version(&self) -> u64 {
        let mut v = version_for(&self.files);
        if !self.mcp_servers.is_empty() {
            v = v.max(3);
        }
        if !self.moved.is_empty() {
            v = v.max(4);
        }
        v
    }

    /// Writes the lock as on disk (the bytes of [`Lock::to_bytes`]) without holding it whole.
    pub fn write_to(&self, w: &mut dyn std::io::Write) -> std::io::Result<()> {
        serde_json::to_writer_pretty(&mut *w, self)?;
        w.write_all(b"\n")
    }

    /// The lock as written to disk.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut s = serde_json::to_string_pretty(self).unwrap_or_default();
        s.push('\n');
        s.into_bytes()
    }
}

/// Reads a file that must not be a symlink; `None` if it does not exist.
fn read_plain(path: &Path) -> Result<Option<Vec<u8>>, InstallError> {
    match std::fs::symlink_metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(InstallError::Io(format!(
            "cannot read {}: {e}",
            path.display()
        ))),
        Ok(m) if !m.file_type().is_file() => Err(InstallError::Unsafe(format!(
            "{} is not a regular file (a symlink or directory)",
            path.display()
        ))),
        Ok(_) => std::fs::read(path)
            .map(Some)
            .map_err(|e| InstallError::Io(format!("cannot read {}: {e}", path.display()))),
    }
}

/// Reads `rulebook.json` in `dir` (`None` if absent).
pub fn read_config(dir: &Path) -> Result<Option<RepoConfig>, InstallError> {
    let path = dir.join(CONFIG_FILE);
    let Some(bytes) = read_plain(&path)? else {
        return Ok(None);
    };
    parse_config(&path, &bytes).map(Some)
}

/// Parses and checks `rulebook.json` (`path` names it in errors).
pub fn parse_config(path: &Path, bytes: &[u8]) -> Result<RepoConfig, InstallError> {
    let config: RepoConfig = serde_json::from_slice(bytes)
        .map_err(|e| InstallError::Config(format!("{} is not valid: {e}", path.display())))?;
    // These values end up in API paths: only plain slugs are accepted.
    let slug = |s: &str| crate::model::names::slug(s).is_ok();
    if let Some(org) = &config.org
        && !slug(org)
    {
        return Err(InstallError::Config(format!(
            "{}: org {org:?} is not a valid slug",
            path.display()
        )));
    }
    for key in config.packages.keys() {
        let ok = match key.split_once('/') {
            Some((space, pkg)) => slug(space) && slug(pkg),
            None => slug(key),
        };
        if !ok {
            return Err(InstallError::Config(format!(
                "{}: package {key:?} must be `slug` or `space/slug`",
                path.display()
            )));
        }
    }
    if let Some(policy) = &config.policy {
        policy
            .validate()
            .map_err(|e| InstallError::Config(format!("{}: policy: {e}", path.display())))?;
    }
    for release in config.packages.values() {
        let ok = (1..=64).contains(&release.len())
            && release
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '+'));
        if !ok {
            return Err(InstallError::Config(format!(
                "{}: release {release:?} is not valid",
                path.display()
            )));
        }
    }
    Ok(config)
}

/// Reads `rulebook.lock` in the repository `dir` (`None` if absent); a newer or corrupt lock
/// is refused.
pub fn read_lock(dir: &Path) -> Result<Option<Lock>, InstallError> {
    read_lock_in(dir, Scope::Repository)
}

/// Reads the lock of the install at `root` in `scope` (`None` if absent).
pub fn read_lock_in(root: &Path, scope: Scope) -> Result<Option<Lock>, InstallError> {
    let path = root.join(scope.lock_file());
    let Some(bytes) = read_plain(&path)? else {
        return Ok(None);
    };
    parse_lock_in(&path, &bytes, scope).map(Some)
}

/// Parses and checks a repository's `rulebook.lock` (`path` names it in errors).
pub fn parse_lock(path: &Path, bytes: &[u8]) -> Result<Lock, InstallError> {
    parse_lock_in(path, bytes, Scope::Repository)
}

/// Parses and checks a lock of `scope`: it may name only that scope's places.
pub fn parse_lock_in(path: &Path, bytes: &[u8], scope: Scope) -> Result<Lock, InstallError> {
    // The version alone first (every other field skipped, no document tree built: a large
    // install's lock lists tens of thousands of files), so a newer lock is named as such.
    #[derive(Deserialize)]
    struct Version {
        lockfile_version: Option<serde_json::Value>,
    }
    let version: Version = serde_json::from_slice(bytes).map_err(|e| {
        InstallError::Config(format!(
            "{} is corrupt ({e}); restore it from version control, or delete it and install with --force",
            path.display()
        ))
    })?;
    match version.lockfile_version.as_ref().and_then(|v| v.as_u64()) {
        Some(v) if v > LOCK_VERSION => return Err(InstallError::LockTooNew(v)),
        Some(_) => {}
        None => {
            return Err(InstallError::Config(format!(
                "{} has no lockfile_version",
                path.display()
            )));
        }
    }
    let lock: Lock = serde_json::from_slice(bytes)
        .map_err(|e| InstallError::Config(format!("{} is corrupt: {e}", path.display())))?;
    // The record decides which entries of a developer's MCP files are removed: a name that
    // could not be an organization's server (Rulebook's own `rulebook`, say) is refused.
    for (file, names) in &lock.mcp_servers {
        let bad = crate::model::artifact::check_relative_path(file)
            .err()
            .or_else(|| {
                names
                    .iter()
                    .find_map(|n| crate::mcp::config::org::check_name(n).err())
            });
        if let Some(e) = bad {
            return Err(InstallError::Config(format!(
                "{} records MCP servers Rulebook could not have written ({file:?}: {e}); \
                 refusing to touch them (was the lock edited?)",
                path.display()
            )));
        }
    }
    // A recorded move may only be one an agent's own variable makes, at user scope, to a
    // plain folder of the home folder outside Rulebook's own.
    let moves = crate::render::Moves::recorded(&lock.moved)
        .filter(|_| scope == Scope::Home || lock.moved.is_empty());
    let Some(moves) = moves else {
        return Err(InstallError::Config(format!(
            "{} records a folder move Rulebook could not have made ({:?}); refusing to touch \
             it (was the lock edited?)",
            path.display(),
            lock.moved
        )));
    };
    if let Some(bad) = lock
        .files
        .keys()
        .find(|p| !scope.may_name(&moves.rendered(p)))
    {
        return Err(InstallError::Config(format!(
            "{} lists {bad:?}, a path Rulebook never writes; refusing to touch it (was the lock edited?)",
            path.display()
        )));
    }
    Ok(lock)
}

/// `rulebook.json` as written: pretty JSON with a trailing newline.
pub fn config_bytes(c: &RepoConfig) -> Vec<u8> {
    let mut s = serde_json::to_string_pretty(c).unwrap_or_default();
    s.push('\n');
    s.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lock_names_only_its_own_scopes_places_and_never_itself() {
        assert!(Scope::Home.may_name(".codex/AGENTS.md"));
        assert!(Scope::Home.may_name(".rulebook/standards/x.md"));
        for own in [".rulebook/rulebook.lock", ".rulebook/rulebook.json"] {
            assert!(!Scope::Home.may_name(own), "{own}");
        }
        assert!(!Scope::Home.may_name("AGENTS.md"));
        assert!(!Scope::Repository.may_name(".codex/AGENTS.md"));
        assert!(Scope::Repository.may_name("AGENTS.md"));
        assert!(!Scope::Repository.may_name("rulebook.lock"));
    }

    #[test]
    fn the_streamed_lock_is_byte_for_byte_the_lock() {
        let mut lock = Lock {
            lockfile_version: LOCK_VERSION,
            packages: BTreeMap::new(),
            agents: vec!["claude".into()],
            artifacts: vec![],
            files: BTreeMap::new(),
            mcp_servers: BTreeMap::new(),
            moved: Default::default(),
        };
        lock.files.insert(
            "AGENTS.md".into(),
            LockedFile {
                sha256: Sha256([0xab; 32]),
                section: true,
                entries: Vec::new(),
                made: false,
            },
        );
        let mut out = Vec::new();
        lock.write_to(&mut out).unwrap();
        assert_eq!(out, lock.to_bytes());
        assert_eq!(parse_lock(Path::new("rulebook.lock"), &out).unwrap(), lock);
        // Kept as bytes, written as the 64 lower-case hex digits it always was.
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.contains(&format!("\"sha256\": \"{}\"", "ab".repeat(32))),
            "{text}"
        );
        assert_eq!(Sha256::of(b"").hex(), crate::crypto::hex::sha256(b""));
        // Anything else where a hash belongs is a damaged lock, refused, not a local edit.
        for bad in ["ab", "zz".repeat(32).as_str(), "ab".repeat(33).as_str()] {
            let damaged = text.replace(&"ab".repeat(32), bad);
            assert!(
                parse_lock(Path::new("rulebook.lock"), damaged.as_bytes()).is_err(),
                "{bad}"
            );
        }
    }
}
