//! `rulebook service install [--print]`: the hardened systemd unit, and the key files it loads.

use std::net::SocketAddr;
use std::path::PathBuf;

use crate::cli::CliError;
use crate::crypto::DbKey;
use crate::crypto::keyfile;
use crate::ops::service::{UnitOptions, unit};

/// `rulebook service install` options.
#[derive(Debug, clap::Args)]
pub struct InstallArgs {
    /// Print the unit instead of writing it.
    #[arg(long)]
    pub print: bool,
    /// The binary the unit runs.
    #[arg(long, default_value = "/usr/local/bin/rulebook")]
    pub bin: PathBuf,
    /// Address the service listens on.
    #[arg(long, default_value = "127.0.0.1:8420")]
    pub listen: SocketAddr,
    /// Folder for the unit file.
    #[arg(long, default_value = "/etc/systemd/system")]
    pub unit_dir: PathBuf,
    /// Config folder of the service (TLS files, backup recipients; read-only to it).
    #[arg(long, default_value = "/etc/rulebook")]
    pub service_config_dir: PathBuf,
    /// Database key loaded as the credential rulebook-db-key (created if missing).
    #[arg(long, default_value = "/etc/rulebook/db.key")]
    pub db_key: PathBuf,
    /// Audit key loaded as the credential rulebook-audit-key (created if missing).
    #[arg(long, default_value = "/etc/rulebook/audit.key")]
    pub audit_key: PathBuf,
    /// Folder scheduled backups go to (made writable for the service).
    #[arg(long)]
    pub backup_dir: Option<PathBuf>,
    /// More `serve` arguments, e.g. "--backup-every 6h --tls-cert ... --tls-key ...".
    #[arg(long, default_value = "")]
    pub serve_args: String,
    /// WatchdogSec= of the unit.
    #[arg(long, default_value_t = 30, value_parser = clap::value_parser!(u32).range(2..=3600))]
    pub watchdog_secs: u32,
}

pub fn install(args: &InstallArgs) -> Result<(), CliError> {
    let text = unit(&UnitOptions {
        binary: &args.bin,
        listen: args.listen,
        config_dir: &args.service_config_dir,
        key_file: &args.db_key,
        audit_key_file: &args.audit_key,
        backup_dir: args.backup_dir.as_deref(),
        extra_args: &args.serve_args,
        watchdog_secs: args.watchdog_secs,
    });
    if args.print {
        print!("{text}");
        return Ok(());
    }
    for path in [&args.db_key, &args.audit_key] {
        if !path.exists() {
            keyfile::write_new_key_file(path, &DbKey::generate()?)?;
            println!(
                "created {} (mode 0600): back it up apart from the data",
                path.display()
            );
        }
    }
    let unit_path = args.unit_dir.join("rulebook.service");
    let tmp = args.unit_dir.join(".rulebook.service.tmp");
    let io = |e: std::io::Error| {
        CliError::Other(
            "RB-SERVICE-WRITE",
            format!("cannot write {}: {e}", unit_path.display()),
        )
    };
    std::fs::write(&tmp, &text).map_err(io)?;
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(0o644)).map_err(io)?;
    }
    std::fs::rename(&tmp, &unit_path).map_err(io)?;
    println!("wrote {}", unit_path.display());
    println!("next: systemctl daemon-reload && systemctl enable --now rulebook");
    println!("      journalctl -u rulebook   # shows the one-time setup link on first start");
    Ok(())
}
