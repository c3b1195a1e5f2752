//! `rulebook serve`: lock the instance, unlock and open the database, print the first-run
//! setup link if no user exists yet, start the listener.

use std::sync::Arc;

use crate::cli::unlock::Unlock;
use crate::cli::{CliError, ServeArgs};
use crate::clock::Clock;
use crate::config::Paths;
use crate::http::state::{AppState, Gate, RateLimiter, SessionSettings};
use crate::http::{self, ServeOptions};
use crate::ops::instance_lock::InstanceLock;
use crate::store::audit::AuditEvent;
use crate::store::{OpenMode, Store};

/// How long the first-run setup link stays valid.
const SETUP_TTL: i64 = 3600;

pub fn run(
    args: &ServeArgs,
    paths: &Paths,
    unlock: &Unlock,
    clock: &Clock,
) -> Result<(), CliError> {
    // Before any thread starts, so every thread inherits the mask.
    let signals = crate::ops::signals::block_termination();
    paths.ensure_data_dir()?;
    let _lock = InstanceLock::try_acquire(&paths.lock_file())
        .map_err(|e| CliError::Other("RB-CLI-LOCK", format!("cannot open the instance lock: {e}")))?
        .ok_or_else(|| CliError::Locked(format!("serve on {}", paths.data_dir.display())))?;
    let tls = match (&args.tls_cert, &args.tls_key) {
        (Some(cert), Some(key)) => Some(http::tls::server_config(cert, key)?),
        _ => None,
    };
    // A damaged file is refused before anything writes to it, and never checkpointed into.
    let store = unlock
        .open_store_checked(paths, clock, OpenMode::Create, true)?
        .guard_checkpoint()
        .limit_database_threads(database_threads(args.database_threads));
    crate::cli::audit::check_at_start(&store, args.accept_broken_audit)?;
    log::info!(
        "database: at most {} threads at once",
        store.database_threads().0
    );
    log::info!(
        "rulebook {} database {} (key: {})",
        crate::version::long(),
        paths.db_file().display(),
        unlock.source
    );
    if let Some(line) = crate::ops::c_alloc::report() {
        log::info!("{line}");
    }
    let setup_token = issue_setup_token(&store)?;
    // Remember the highest version that ever ran here: older signed bundles are refused.
    if let (Ok(highest), Some(ours)) = (
        crate::ops::upgrade::highest_installed(&store),
        crate::ops::upgrade::Version::parse(crate::version::VERSION),
    ) && ours >= highest
    {
        store.set_meta("highest_version", crate::version::VERSION)?;
    }
    let opts = ServeOptions {
        listen: args.listen,
        workers: usize::from(args.workers),
        max_body: args.max_body,
        max_connections: usize::try_from(args.max_connections).unwrap_or(256),
        tls: tls.clone(),
        signals,
        access_log: args.access_log,
        allow_clients: cidrs("--allow-clients", args.allow_clients.as_deref())?,
        trusted_proxies: cidrs("--trusted-proxy", args.trusted_proxy.as_deref())?,
    };
    let store = Arc::new(store);
    let backups = crate::ops::schedule::SharedStatus::default();
    if let Some(every) = &args.backup_every {
        let interval = crate::ops::schedule::parse_interval(every).ok_or_else(|| {
            CliError::Other(
                "RB-CLI-USAGE",
                format!("--backup-every {every:?}: use a number with s, m, h or d"),
            )
        })?;
        let sealing =
            crate::cli::backup::sealing(paths, &[], args.backup_recipients_file.as_deref(), None)?;
        let dir = match &args.backup_dir {
            Some(d) => d.clone(),
            None => crate::cli::backup::default_dir(paths, store.setting("backup.dir")?),
        };
        log::info!("scheduled backups every {every} into {}", dir.display());
        let schedule = crate::ops::schedule::Schedule {
            interval,
            dir,
            keep: args.backup_keep,
            sealing,
        };
        crate::ops::schedule::start(store.clone(), schedule, clock.clone(), backups.clone());
    }
    let metrics_token = match &args.metrics_token_file {
        Some(p) => Some(
            std::fs::read_to_string(p)
                .map_err(|e| {
                    CliError::Other("RB-CLI-USAGE", format!("cannot read {}: {e}", p.display()))
                })?
                .trim()
                .to_string(),
        )
        .filter(|t| t.len() >= 16),
        None => None,
    };
    if args.metrics_token_file.is_some() && metrics_token.is_none() {
        return Err(CliError::Other(
            "RB-CLI-USAGE",
            "the metrics token must have at least 16 characters".into(),
        ));
    }
    let hosts = Arc::new(http::hosts::Hosts::new(
        args.listen,
        tls.is_some(),
        args.public_url.clone(),
    ));
    let vault = Arc::new(crate::secrets::vault::Vault::new(
        store.clone(),
        unlock.secrets.clone(),
    ));
    report_secrets(&vault);
    let egress = Arc::new(crate::egress::service::EgressService::new(
        store.clone(),
        vault.clone(),
        args.egress_ca_file.clone(),
    ));
    let distributor = crate::distribute::worker::Distributor::start(
        store.clone(),
        vault.clone(),
        egress.clone(),
        clock.clone(),
        usize::from(args.distribution_workers),
        i64::from(args.distribution_retry_secs),
        i64::from(args.distribution_pr_refresh_secs),
    );
    crate::ops::mailer::Mailer {
        store: store.clone(),
        vault: vault.clone(),
        egress: egress.clone(),
        clock: clock.clone(),
        host: args
            .public_url
            .as_ref()
            .map(|o| o.host.trim_matches(['[', ']']).to_string())
            .unwrap_or_else(|| "rulebook.invalid".into()),
        origin: args.public_url.as_ref().map(|o| o.to_url()),
    }
    .start();
    let state = AppState {
        distributor: Some(distributor),
        vault,
        egress,
        refused_clients: Default::default(),
        mcp: http::mcp::McpState::new(args.mcp_rate_per_minute),
        oauth: Default::default(),
        sso: Default::default(),
        directory: Default::default(),
        hosts: hosts.clone(),
        metrics: Default::default(),
        metrics_token,
        metrics_loopback: !args.metrics_no_loopback,
        started_at: clock.now_unix(),
        devices: Default::default(),
        store,
        backups,
        clock: clock.clone(),
        sessions: SessionSettings {
            idle_secs: i64::from(args.session_idle_minutes) * 60,
            max_secs: i64::from(args.session_max_hours) * 3600,
        },
        tls: tls.is_some(),
        login_limiter: RateLimiter::new(args.login_rate_per_minute, 60),
        callback_limiter: RateLimiter::new(args.login_rate_per_minute, 60),
        hash_gate: Gate::new(cores()),
    };
    let pinned_cert = match &args.tls_cert {
        Some(p) => http::tls::first_certificate(p),
        None => None,
    };
    let cert_der = pinned_cert.clone();
    http::serve(opts, state, |url, bound| {
        hosts.bound(bound);
        crate::ops::watchdog::notify(&format!(
            "READY=1\nSTATUS=listening on {url}\nMAINPID={}",
            std::process::id()
        ));
        crate::ops::watchdog::start(bound, pinned_cert);
        // Tests and scripts read this line to learn the bound port. Written without
        // `eprintln!`, which would panic (and stop the server) if stderr were closed.
        use std::io::Write as _;
        let mut err = std::io::stderr().lock();
        let _ = writeln!(err, "rulebook listening on {url}");
        if let Some(token) = &setup_token {
            print_setup_links(&mut err, bound, &hosts, cert_der.as_deref(), token);
        }
    })?;
    Ok(())
}

/// The first-run setup link, for each address a browser can open it from (never
/// `https://0.0.0.0:…`), and with TLS which names the certificate covers, warning about a link
/// the certificate does not cover. Tests and scripts read the first `first-run setup: open`.
fn print_setup_links(
    err: &mut impl std::io::Write,
    bound: std::net::SocketAddr,
    hosts: &http::hosts::Hosts,
    cert_der: Option<&[u8]>,
    token: &str,
) {
    use std::fmt::Write as _;
    // One write, so a reader never sees half a link.
    let mut text = String::new();
    let origins = http::hosts::setup_origins(
        bound,
        cert_der.is_some(),
        hosts.public(),
        &crate::ops::netif::addresses(),
    );
    for (i, o) in origins.iter().enumerate() {
        let lead = if i == 0 {
            "first-run setup: open"
        } else {
            "                 or open"
        };
        let _ = writeln!(text, "{lead} {}/#/setup/{token}", o.to_url());
    }
    let _ = writeln!(
        text,
        "  (single use, valid {} minutes; a restart issues a new link)",
        SETUP_TTL / 60
    );
    if let Some(der) = cert_der {
        certificate_lines(&mut text, der, &origins);
    }
    let _ = err.write_all(text.as_bytes());
}

/// Which names the TLS certificate covers, and a warning for each setup link it does not.
fn certificate_lines(text: &mut String, der: &[u8], origins: &[http::hosts::Origin]) {
    use std::fmt::Write as _;
    let names = http::tls::certificate_dns_names(der);
    let _ = writeln!(
        text,
        "  the TLS certificate's DNS names: {}",
        if names.is_empty() {
            "no DNS name".to_string()
        } else {
            names.join(", ")
        }
    );
    for o in origins
        .iter()
        .filter(|o| !http::tls::certificate_covers(der, &o.host))
    {
        let _ = writeln!(
            text,
            "  warning: the certificate does not cover {}: browsers will refuse {}; make one that does (`rulebook tls self-signed --help`) or set --public-url",
            o.host,
            o.to_url()
        );
    }
}

/// Parses a comma-separated CIDR list option.
fn cidrs(flag: &str, text: Option<&str>) -> Result<Vec<crate::model::net::Cidr>, CliError> {
    crate::model::net::parse_list(text.unwrap_or_default())
        .map_err(|e| CliError::Other("RB-CLI-USAGE", format!("{flag}: {e}")))
}

/// Says at start whether the sealed secrets open with the secrets key found; a missing or
/// wrong key never stops the server, only the features that need a secret.
fn report_secrets(vault: &crate::secrets::vault::Vault) {
    match vault.list("") {
        Ok(list) => {
            let bad = list.iter().filter(|s| !s.usable).count();
            if bad > 0 {
                log::warn!(
                    "{bad} of {} sealed secrets cannot be opened with the secrets key ({}): {}",
                    list.len(),
                    vault.location(),
                    list.iter()
                        .find_map(|s| s.problem.clone())
                        .unwrap_or_default()
                );
            } else if !list.is_empty() {
                log::info!("{} sealed secrets, key {}", list.len(), vault.location());
            }
        }
        Err(e) => log::warn!("cannot list sealed secrets: {e}"),
    }
}

/// While no user exists, issues a fresh one-time setup token (only its hash is stored).
fn issue_setup_token(store: &Store) -> Result<Option<String>, CliError> {
    if !store.setup_needed()? {
        return Ok(None);
    }
    let (token, hash) = crate::crypto::token::new_token()
        .map_err(|e| CliError::Other("RB-KEY-RANDOM", e.to_string()))?;
    let event = AuditEvent {
        actor: "system".into(),
        action: "setup.token_issued".into(),
        target: "setup".into(),
        outcome: "success".into(),
        ..AuditEvent::default()
    };
    store.new_setup_token(&hash, SETUP_TTL, &event)?;
    Ok(Some(token))
}

/// CPU cores this process may use (its cgroup quota and affinity count; 2 if unknown).
fn cores() -> usize {
    std::thread::available_parallelism().map_or(2, std::num::NonZeroUsize::get)
}

/// `--database-threads`: 0 means one per core (at least two, so one slow read cannot hold
/// every request back).
fn database_threads(flag: u16) -> usize {
    match flag {
        0 => cores().max(2),
        n => usize::from(n),
    }
}
