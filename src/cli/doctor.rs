//! `rulebook doctor`: print each check with its status and, when it fails, the fix.

use crate::cli::unlock::Unlock;
use crate::cli::{CliError, DoctorArgs};
use crate::clock::Clock;
use crate::config::Paths;
use crate::ops::doctor::{self, Status};

pub fn run(
    args: &DoctorArgs,
    paths: &Paths,
    unlock: &Unlock,
    clock: &Clock,
) -> Result<(), CliError> {
    let now = clock.now_unix();
    let mut findings = doctor::check_files(paths, &unlock.source);
    findings.push(doctor::check_listen(args.listen, args.tls_cert.is_some()));
    if let Some(cert) = &args.tls_cert {
        findings.push(doctor::check_tls(cert, now));
    }
    match unlock.open_unmigrated(paths) {
        Ok(store) => {
            findings.push(doctor::check_database(&store));
            findings.push(doctor::check_audit(
                &store,
                unlock.existing_audit_key(&store),
            ));
            let created = store.meta("created_at").ok().flatten();
            findings.push(doctor::check_clock(now, created.as_deref()));
            let configured = store.setting("backup.dir").ok().flatten();
            let dir = args
                .backup_dir
                .clone()
                .unwrap_or_else(|| crate::cli::backup::default_dir(paths, configured));
            findings.push(doctor::check_backups(&dir, now));
            findings.extend(doctor::check_key_apart_from_backups(&unlock.source, &dir));
            let needs_git = store.git_providers_in_use().is_ok_and(|ps| {
                ps.iter()
                    .any(|p| crate::distribute::host::provider(p).is_some_and(|p| p.pushes))
            });
            findings.push(doctor::check_git(needs_git));
            let vault = crate::secrets::vault::Vault::new(
                std::sync::Arc::new(store),
                unlock.secrets.clone(),
            );
            findings.push(doctor::check_secrets(&vault));
        }
        Err(e) => findings.push(doctor::Finding::fail(
            "database",
            format!("cannot open: {e}"),
            "see the message; `rulebook db verify` gives details",
        )),
    }
    let mut failed = 0;
    for f in &findings {
        let tag = match f.status {
            Status::Ok => "ok  ",
            Status::Warn => "warn",
            Status::Fail => {
                failed += 1;
                "FAIL"
            }
        };
        println!("[{tag}] {}: {}", f.check, f.detail);
        if f.status != Status::Ok {
            println!("       fix: {}", f.fix);
        }
    }
    if failed > 0 {
        Err(CliError::DoctorFailed(failed))
    } else {
        Ok(())
    }
}
