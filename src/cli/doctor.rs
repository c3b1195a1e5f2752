//! `rulebook doctor`: print each check with its status and, when it fails, the fix.

use crate::cli::CliError;
use crate::cli::unlock::Unlock;
use crate::clock::Clock;
use crate::config::Paths;
use crate::ops::doctor::{self, Status};

pub fn run(paths: &Paths, unlock: &Unlock, _clock: &Clock) -> Result<(), CliError> {
    let mut findings = doctor::check_files(paths, &unlock.source);
    match unlock.open_unmigrated(paths) {
        Ok(store) => findings.push(doctor::check_database(&store)),
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
