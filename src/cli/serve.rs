//! `rulebook serve`: lock the instance, unlock and open the database, start the listener.

use std::sync::Arc;

use crate::cli::unlock::Unlock;
use crate::cli::{CliError, ServeArgs};
use crate::clock::Clock;
use crate::config::Paths;
use crate::http::{self, ServeOptions};
use crate::ops::instance_lock::InstanceLock;
use crate::store::OpenMode;

pub fn run(
    args: &ServeArgs,
    paths: &Paths,
    unlock: &Unlock,
    clock: &Clock,
) -> Result<(), CliError> {
    paths.ensure_data_dir()?;
    let _lock = InstanceLock::try_acquire(&paths.lock_file())
        .map_err(|e| CliError::Other("RB-CLI-LOCK", format!("cannot open the instance lock: {e}")))?
        .ok_or_else(|| CliError::Locked(format!("serve on {}", paths.data_dir.display())))?;
    let tls = match (&args.tls_cert, &args.tls_key) {
        (Some(cert), Some(key)) => Some(http::tls::server_config(cert, key)?),
        _ => None,
    };
    let store = unlock.open_store(paths, clock, OpenMode::Create)?;
    log::info!(
        "rulebook {} database {} (key: {})",
        crate::version::long(),
        paths.db_file().display(),
        unlock.source
    );
    let opts = ServeOptions {
        listen: args.listen,
        workers: usize::from(args.workers),
        max_body: args.max_body,
        max_connections: usize::try_from(args.max_connections).unwrap_or(256),
        tls,
    };
    http::serve(opts, Arc::new(store), |url| {
        // Tests and scripts read this line to learn the bound port.
        eprintln!("rulebook listening on {url}");
    })?;
    Ok(())
}
