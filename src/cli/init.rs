//! `rulebook init`: create the key file and the database, print where they are.

use crate::cli::CliError;
use crate::cli::unlock::Unlock;
use crate::clock::Clock;
use crate::config::Paths;
use crate::store::OpenMode;

pub fn run(paths: &Paths, unlock: &Unlock, clock: &Clock) -> Result<(), CliError> {
    let existed = paths.db_file().exists();
    let store = unlock.open_store(paths, clock, OpenMode::Create)?;
    let status = store.schema_status()?;
    store.close()?;
    println!(
        "{} database {} (schema {})",
        if existed { "existing" } else { "created" },
        paths.db_file().display(),
        status.current
    );
    println!("key: {}", unlock.source);
    Ok(())
}
