//! The checks behind `rulebook doctor`: key file permissions and placement, data dir
//! permissions, free disk, database health. Each finding carries its fix.

use std::os::unix::fs::MetadataExt;
use std::path::Path;

use crate::config::Paths;
use crate::crypto::KeySource;
use crate::store::Store;

/// How a check came out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Ok,
    Warn,
    Fail,
}

/// One check's result.
#[derive(Debug, Clone)]
pub struct Finding {
    pub check: &'static str,
    pub status: Status,
    pub detail: String,
    pub fix: String,
}

impl Finding {
    fn new(check: &'static str, status: Status, detail: String, fix: &str) -> Self {
        Finding {
            check,
            status,
            detail,
            fix: fix.to_string(),
        }
    }
    /// A passing check.
    pub fn ok(check: &'static str, detail: String) -> Self {
        Finding::new(check, Status::Ok, detail, "")
    }
    /// A failing check.
    pub fn fail(check: &'static str, detail: String, fix: &str) -> Self {
        Finding::new(check, Status::Fail, detail, fix)
    }
    /// A warning.
    pub fn warn(check: &'static str, detail: String, fix: &str) -> Self {
        Finding::new(check, Status::Warn, detail, fix)
    }
}

/// File-system checks that need no open database.
pub fn check_files(paths: &Paths, source: &KeySource) -> Vec<Finding> {
    let mut out = vec![
        check_build(),
        check_key(paths, source),
        check_data_dir(&paths.data_dir),
    ];
    out.push(check_disk(&paths.data_dir));
    out
}

/// What this binary is: version, commit, target, and the digest of the SBOM it carries (to
/// compare with the `rulebook.cdx.json` of the release bundle it came in).
fn check_build() -> Finding {
    let crates = serde_json::from_str::<serde_json::Value>(crate::version::SBOM)
        .ok()
        .and_then(|b| b["components"].as_array().map(|c| c.len()))
        .unwrap_or(0);
    Finding::ok(
        "build",
        format!(
            "rulebook {}; SBOM sha256 {} ({crates} crates; `rulebook --sbom` prints it)",
            crate::version::long(),
            crate::version::sbom_digest()
        ),
    )
}

fn check_key(paths: &Paths, source: &KeySource) -> Finding {
    let Some(path) = source.path() else {
        return Finding::ok("key", "passphrase mode: no key file on disk".into());
    };
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => {
            return Finding::fail(
                "key",
                format!("{source}: {e}"),
                "run `rulebook init`, or point --key-file at the key",
            );
        }
    };
    let mode = meta.mode() & 0o777;
    if mode & 0o077 != 0 {
        return Finding::fail(
            "key",
            format!("{} has mode {mode:03o}", path.display()),
            &format!("chmod 600 {}", path.display()),
        );
    }
    let inside_data = std::fs::canonicalize(path)
        .ok()
        .zip(std::fs::canonicalize(&paths.data_dir).ok())
        .is_some_and(|(k, d)| k.starts_with(d));
    if inside_data {
        return Finding::warn(
            "key",
            format!(
                "{} is inside the data dir, so copies and backups of the data carry the key",
                path.display()
            ),
            "move the key to the config dir (or a systemd credential) and pass --key-file",
        );
    }
    Finding::ok(
        "key",
        format!("{source}, mode {mode:03o}, kept apart from the data"),
    )
}

fn check_data_dir(dir: &Path) -> Finding {
    match std::fs::metadata(dir) {
        Ok(m) if m.mode() & 0o077 != 0 => Finding::warn(
            "data dir",
            format!("{} has mode {:03o}", dir.display(), m.mode() & 0o777),
            &format!("chmod 700 {}", dir.display()),
        ),
        Ok(_) => Finding::ok("data dir", format!("{} (mode 700)", dir.display())),
        Err(e) => Finding::fail(
            "data dir",
            format!("{}: {e}", dir.display()),
            "run `rulebook init`",
        ),
    }
}

/// Free bytes on the file system holding `dir`.
pub fn free_bytes(dir: &Path) -> Option<u64> {
    use std::os::unix::ffi::OsStrExt;
    let c = std::ffi::CString::new(dir.as_os_str().as_bytes()).ok()?;
    // SAFETY: statvfs fills the zeroed struct we own from a valid NUL-terminated path.
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    let rc = unsafe { libc::statvfs(c.as_ptr(), &mut st) };
    if rc != 0 {
        return None;
    }
    Some(st.f_bavail.saturating_mul(st.f_frsize))
}

fn check_disk(dir: &Path) -> Finding {
    const MIN: u64 = 1 << 30;
    match free_bytes(dir) {
        Some(free) if free < MIN => Finding::warn(
            "disk",
            format!("{} MiB free under {}", free >> 20, dir.display()),
            "free space or move the data dir: writes and backups need room",
        ),
        Some(free) => Finding::ok("disk", format!("{} MiB free", free >> 20)),
        None => Finding::warn(
            "disk",
            "cannot read free space".into(),
            "check that the data dir exists",
        ),
    }
}

/// Database integrity, page authentication and invariants.
pub fn check_database(store: &Store) -> Finding {
    match store.verify() {
        Ok(r) if r.is_ok() => Finding::ok(
            "database",
            format!("verified (schema {})", r.schema_version),
        ),
        Ok(r) => Finding::fail(
            "database",
            r.problems().join("; "),
            "restore from a backup (docs/OPERATIONS.md)",
        ),
        Err(e) => Finding::fail(
            "database",
            e.to_string(),
            "run `rulebook db verify` for details",
        ),
    }
}

/// TLS certificate expiry: fail when expired, warn within 30 days.
/// The audit chain, checked with the audit key (`None`: the key is missing). A broken chain
/// fails: the server refuses to start on it without `--accept-broken-audit`.
pub fn check_audit(store: &Store, key: Option<crate::store::audit::AuditKey>) -> Finding {
    use crate::store::audit::ChainStatus;
    let Some(key) = key else {
        return Finding::fail(
            "audit",
            "the audit key is missing, so the chain cannot be checked".into(),
            "restore the audit key (audit.key beside the database key) from your key backup",
        );
    };
    let pending = store
        .schema_status()
        .map(|s| s.current < s.latest)
        .unwrap_or(false);
    if pending {
        return Finding::warn(
            "audit",
            "not checked: schema migrations are pending".into(),
            "start the server or run `rulebook init` to migrate, then `rulebook audit verify`",
        );
    }
    // A second handle, so the caller's store stays as it was opened (without the audit key).
    let status = Store::open_unmigrated(store.path(), store.db_key().clone())
        .and_then(|s| s.with_audit_key(key).audit_verify());
    match status {
        Ok(ChainStatus::Intact { rows }) => {
            Finding::ok("audit", format!("chain intact ({rows} rows)"))
        }
        Ok(broken @ ChainStatus::Broken { .. }) => Finding::fail(
            "audit",
            format!("chain {broken}"),
            "the server refuses to start on it: investigate with `rulebook audit verify` and an export or backup; restore, or start with --accept-broken-audit",
        ),
        Err(e) => Finding::warn(
            "audit",
            format!("cannot check the chain: {e}"),
            "run `rulebook audit verify`",
        ),
    }
}

pub fn check_tls(cert: &Path, now: i64) -> Finding {
    use rustls::pki_types::CertificateDer;
    use rustls::pki_types::pem::PemObject;
    let der = match CertificateDer::pem_file_iter(cert)
        .ok()
        .and_then(|mut i| i.next())
        .and_then(Result::ok)
    {
        Some(d) => d,
        None => {
            return Finding::fail(
                "tls",
                format!("cannot read a certificate from {}", cert.display()),
                "check --tls-cert",
            );
        }
    };
    match not_after(der.as_ref()) {
        Some(t) if t < now => Finding::fail(
            "tls",
            format!("{} expired on {}", cert.display(), crate::clock::rfc3339(t)),
            "renew it (rulebook tls self-signed for a first install) and restart",
        ),
        Some(t) if t - now < 30 * 86_400 => Finding::warn(
            "tls",
            format!("{} expires on {}", cert.display(), crate::clock::rfc3339(t)),
            "renew it before it expires",
        ),
        Some(t) => Finding::ok(
            "tls",
            format!(
                "{} valid until {}",
                cert.display(),
                crate::clock::rfc3339(t)
            ),
        ),
        None => Finding::warn(
            "tls",
            "cannot read the certificate's expiry".into(),
            "check the certificate",
        ),
    }
}

/// The `notAfter` of a DER certificate, as Unix seconds (UTCTime or GeneralizedTime).
fn not_after(der: &[u8]) -> Option<i64> {
    // Validity is the first SEQUENCE of two time values in TBSCertificate; scan for it.
    for i in 0..der.len().saturating_sub(40) {
        let tags = (der.get(i)?, der.get(i + 1)?);
        if *tags.0 != 0x30 {
            continue;
        }
        let body = i + 2;
        let (t1, l1) = (*der.get(body)?, *der.get(body + 1)? as usize);
        if !(t1 == 0x17 || t1 == 0x18) || !(13..=15).contains(&l1) {
            continue;
        }
        let second = body + 2 + l1;
        let (t2, l2) = (*der.get(second)?, *der.get(second + 1)? as usize);
        if !(t2 == 0x17 || t2 == 0x18) {
            continue;
        }
        let text = std::str::from_utf8(der.get(second + 2..second + 2 + l2)?).ok()?;
        return parse_asn1_time(text, t2 == 0x18);
    }
    None
}

fn parse_asn1_time(s: &str, generalized: bool) -> Option<i64> {
    let s = s.strip_suffix('Z')?;
    let (year, rest) = if generalized {
        (s.get(0..4)?.parse::<i64>().ok()?, s.get(4..)?)
    } else {
        let y = s.get(0..2)?.parse::<i64>().ok()?;
        (if y >= 50 { 1900 + y } else { 2000 + y }, s.get(2..)?)
    };
    let num = |r: std::ops::Range<usize>| rest.get(r).and_then(|v| v.parse::<i64>().ok());
    let (m, d, hh, mm, ss) = (
        num(0..2)?,
        num(2..4)?,
        num(4..6)?,
        num(6..8)?,
        num(8..10).unwrap_or(0),
    );
    // Days from civil (inverse of clock's algorithm).
    let y = if m <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(days * 86_400 + hh * 3600 + mm * 60 + ss)
}

/// Age of the newest backup in `dir`: warn after 2 days, fail after 7, warn if none.
pub fn check_backups(dir: &Path, now: i64) -> Finding {
    let newest = std::fs::read_dir(dir).ok().and_then(|entries| {
        entries
            .flatten()
            .filter(|e| e.path().extension().is_some_and(|x| x == "age"))
            .filter_map(|e| {
                e.metadata()
                    .ok()?
                    .modified()
                    .ok()?
                    .duration_since(std::time::UNIX_EPOCH)
                    .ok()
            })
            .map(|d| d.as_secs() as i64)
            .max()
    });
    match newest {
        None => Finding::warn(
            "backups",
            format!("no backup in {}", dir.display()),
            "configure recipients and run `rulebook backup`, or serve with --backup-every 6h",
        ),
        Some(t) if now - t > 7 * 86_400 => Finding::fail(
            "backups",
            format!(
                "the newest backup in {} is {} days old",
                dir.display(),
                (now - t) / 86_400
            ),
            "check the backup schedule (GET /api/v1/admin/backups) and take one now",
        ),
        Some(t) if now - t > 2 * 86_400 => Finding::warn(
            "backups",
            format!("the newest backup is {} days old", (now - t) / 86_400),
            "check the backup schedule",
        ),
        Some(t) => Finding::ok(
            "backups",
            format!("newest backup {}", crate::clock::rfc3339(t)),
        ),
    }
}

/// The key must not sit where backups go: a backup and its key together open everything.
pub fn check_key_apart_from_backups(source: &KeySource, backup_dir: &Path) -> Option<Finding> {
    let key = std::fs::canonicalize(source.path()?).ok()?;
    let dir = std::fs::canonicalize(backup_dir).ok()?;
    key.starts_with(&dir).then(|| {
        Finding::fail(
            "key",
            format!(
                "{} is inside the backup folder {}",
                key.display(),
                dir.display()
            ),
            "keep the key apart from backups (config dir, systemd credential, offline copy)",
        )
    })
}

/// Clock sanity: not before the database was created, not before 2025.
pub fn check_clock(now: i64, db_created: Option<&str>) -> Finding {
    const EARLIEST: i64 = 1_735_689_600; // 2025-01-01
    if now < EARLIEST {
        return Finding::fail(
            "clock",
            format!("the clock says {}", crate::clock::rfc3339(now)),
            "set the time (NTP on the local network)",
        );
    }
    if let Some(created) = db_created
        && crate::clock::rfc3339(now + 86_400).as_str() < created
    {
        return Finding::fail(
            "clock",
            format!(
                "the clock ({}) is before the database was created ({created})",
                crate::clock::rfc3339(now)
            ),
            "fix the time: expiry, lockouts and audit times depend on it",
        );
    }
    Finding::ok("clock", crate::clock::rfc3339(now))
}

/// Listening exposure: a non-loopback address without TLS sends passwords in clear.
pub fn check_listen(listen: std::net::SocketAddr, tls: bool) -> Finding {
    if listen.ip().is_loopback() {
        return Finding::ok("listen", format!("{listen} (loopback only)"));
    }
    if tls {
        return Finding::ok("listen", format!("{listen} with TLS"));
    }
    Finding::fail(
        "listen",
        format!(
            "{listen} is reachable from the network without TLS: passwords and sessions travel in clear"
        ),
        "add --tls-cert/--tls-key (rulebook tls self-signed for a first install) or listen on 127.0.0.1 behind a TLS proxy",
    )
}

/// Sealed secrets: how many, and whether each opens with the secrets key found.
pub fn check_secrets(vault: &crate::secrets::vault::Vault) -> Finding {
    match vault.list("") {
        Ok(list) if list.is_empty() => Finding::ok(
            "secrets",
            format!("none stored (key: {})", vault.location()),
        ),
        Ok(list) => {
            let bad: Vec<&str> = list
                .iter()
                .filter(|s| !s.usable)
                .map(|s| s.meta.name.as_str())
                .collect();
            if bad.is_empty() {
                Finding::ok(
                    "secrets",
                    format!(
                        "{} sealed, all usable (key: {})",
                        list.len(),
                        vault.location()
                    ),
                )
            } else {
                Finding::fail(
                    "secrets",
                    format!(
                        "{} of {} cannot be opened: {} ({})",
                        bad.len(),
                        list.len(),
                        bad.join(", "),
                        list.iter()
                            .find_map(|s| s.problem.clone())
                            .unwrap_or_default()
                    ),
                    "restore the secrets key file they were sealed with, or set them again (docs/OPERATIONS.md, Sealed secrets)",
                )
            }
        }
        Err(e) => Finding::warn(
            "secrets",
            format!("cannot list: {e}"),
            "start the server once to bring the database to the current schema",
        ),
    }
}

/// The system `git`, which the plain Git provider (and executable files on providers whose
/// API carries no file mode) push with. `needed`: a connection uses such a provider.
pub fn check_git(needed: bool) -> Finding {
    let dir = std::env::temp_dir();
    let mut cmd = crate::egress::git::command(&dir);
    cmd.arg("--version");
    match crate::egress::git::run_with_deadline(cmd, None, std::time::Duration::from_secs(10)) {
        Ok(out) if out.status.success() => Finding::ok(
            "git",
            String::from_utf8_lossy(&out.stdout).trim().to_string(),
        ),
        _ if needed => Finding::fail(
            "git",
            "the git program is missing, and a Git connection needs it to push".into(),
            "install git (Debian: apt-get install git) on this host",
        ),
        _ => Finding::warn(
            "git",
            "the git program is missing: only the plain Git provider and executable files on Gitea or Azure DevOps need it".into(),
            "install git if you distribute to such servers",
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn asn1_times() {
        assert_eq!(parse_asn1_time("260101000000Z", false), Some(1_767_225_600));
        assert_eq!(
            parse_asn1_time("20260101000000Z", true),
            Some(1_767_225_600)
        );
        assert_eq!(parse_asn1_time("garbage", false), None);
    }

    #[test]
    fn clock_and_listen() {
        assert_eq!(check_clock(0, None).status, Status::Fail);
        assert_eq!(
            check_clock(1_800_000_000, Some("2030-01-01T00:00:00Z")).status,
            Status::Fail
        );
        assert_eq!(
            check_clock(1_800_000_000, Some("2026-01-01T00:00:00Z")).status,
            Status::Ok
        );
        assert_eq!(
            check_listen("0.0.0.0:8420".parse().unwrap(), false).status,
            Status::Fail
        );
        assert_eq!(
            check_listen("0.0.0.0:8443".parse().unwrap(), true).status,
            Status::Ok
        );
        assert_eq!(
            check_listen("127.0.0.1:8420".parse().unwrap(), false).status,
            Status::Ok
        );
    }
}
