//! `rulebook egress show|allow|deny|set|test`: the instance's outbound policy, edited in the
//! database (a running server picks changes up on its next outbound request), and a
//! stage-by-stage connection test from this host.

use std::path::PathBuf;
use std::sync::Arc;

use crate::cli::CliError;
use crate::cli::unlock::Unlock;
use crate::clock::Clock;
use crate::config::Paths;
use crate::egress::client::Purpose;
use crate::egress::service::EgressService;
use crate::error::Coded;
use crate::secrets::vault::Vault;
use crate::store::OpenMode;
use crate::store::audit::AuditEvent;

/// `rulebook egress ...`.
#[derive(Debug, clap::Subcommand)]
pub enum EgressCommand {
    /// Print the settings as JSON.
    Show,
    /// Add allowlist entries: host[:port], *.suffix[:port] or an IP literal.
    Allow {
        #[arg(required = true)]
        entries: Vec<String>,
    },
    /// Remove allowlist entries.
    Deny {
        #[arg(required = true)]
        entries: Vec<String>,
    },
    /// Change the proxy, CA bundle, timeouts and caps.
    Set(SetArgs),
    /// Test a URL stage by stage (policy, DNS, TCP, proxy, TLS, HTTP); exit 1 if a stage fails.
    Test {
        url: String,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
    },
}

/// `rulebook egress set`.
#[derive(Debug, clap::Args)]
pub struct SetArgs {
    /// Outbound proxy, http://host:port (https goes through it with CONNECT).
    #[arg(long, conflicts_with = "clear_proxy")]
    proxy: Option<String>,
    /// Remove the proxy setting (the https_proxy environment still applies).
    #[arg(long)]
    clear_proxy: bool,
    /// Proxy user; the password is the secret egress.proxy-password.
    #[arg(long)]
    proxy_username: Option<String>,
    /// Host reached without the proxy (repeatable; replaces the list).
    #[arg(long = "no-proxy", value_name = "HOST")]
    no_proxy: Vec<String>,
    /// PEM bundle of the site's CA certificates (absolute path).
    #[arg(long, conflicts_with = "clear_ca_file")]
    ca_file: Option<PathBuf>,
    /// Remove the CA bundle setting.
    #[arg(long)]
    clear_ca_file: bool,
    #[arg(long, value_name = "SECS")]
    connect_timeout: Option<u64>,
    #[arg(long, value_name = "SECS")]
    read_timeout: Option<u64>,
    #[arg(long, value_name = "BYTES")]
    max_response_bytes: Option<u64>,
    /// Most requests at once to one host.
    #[arg(long, value_name = "N")]
    per_host: Option<u32>,
}

fn egress_error(e: crate::egress::client::EgressError) -> CliError {
    CliError::Other(e.code(), e.to_string())
}

pub fn run(
    cmd: &EgressCommand,
    paths: &Paths,
    unlock: &Unlock,
    clock: &Clock,
) -> Result<(), CliError> {
    let store = Arc::new(unlock.open_store(paths, clock, OpenMode::Existing)?);
    let vault = Arc::new(Vault::new(store.clone(), unlock.secrets.clone()));
    let service = EgressService::new(store, vault, None);
    let mut settings = service.settings().map_err(egress_error)?;
    let detail = match cmd {
        EgressCommand::Show => {
            println!(
                "{}",
                serde_json::to_string_pretty(&settings).unwrap_or_default()
            );
            return Ok(());
        }
        EgressCommand::Test { url, json } => {
            let report = service.probe(
                url,
                Purpose {
                    feature: "egress.test",
                    actor: "cli",
                },
            );
            if *json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&report).unwrap_or_default()
                );
            } else {
                for s in &report.stages {
                    let mark = if s.ok { "ok  " } else { "FAIL" };
                    println!("{mark} {:<8} {} ({} ms)", s.stage, s.detail, s.ms);
                }
            }
            return if report.ok {
                Ok(())
            } else {
                Err(CliError::Other(
                    "RB-EGRESS-TEST-FAILED",
                    format!(
                        "{} is not reachable (see the failed stage above)",
                        report.url
                    ),
                ))
            };
        }
        EgressCommand::Allow { entries } => {
            for e in entries {
                let canonical = crate::egress::policy::Entry::parse(e)
                    .map_err(|m| CliError::Other("RB-EGRESS-CONFIG", m))?
                    .to_string();
                if !settings.allow.contains(&canonical) {
                    settings.allow.push(canonical);
                }
            }
            format!("allow +{}", entries.join(" +"))
        }
        EgressCommand::Deny { entries } => {
            let gone: Vec<String> = entries
                .iter()
                .map(|e| {
                    crate::egress::policy::Entry::parse(e)
                        .map(|x| x.to_string())
                        .unwrap_or_else(|_| e.clone())
                })
                .collect();
            if let Some(missing) = gone.iter().find(|g| !settings.allow.contains(g)) {
                return Err(CliError::Other(
                    "RB-EGRESS-CONFIG",
                    format!("{missing} is not on the allowlist (`rulebook egress show` lists it)"),
                ));
            }
            settings.allow.retain(|a| !gone.contains(a));
            format!("allow -{}", entries.join(" -"))
        }
        EgressCommand::Set(a) => {
            if let Some(p) = &a.proxy {
                settings.proxy = Some(p.clone());
            }
            if a.clear_proxy {
                settings.proxy = None;
            }
            if a.proxy_username.is_some() {
                settings.proxy_username = a.proxy_username.clone();
            }
            if !a.no_proxy.is_empty() {
                settings.no_proxy = a.no_proxy.clone();
            }
            if let Some(f) = &a.ca_file {
                settings.ca_file = Some(f.clone());
            }
            if a.clear_ca_file {
                settings.ca_file = None;
            }
            if let Some(v) = a.connect_timeout {
                settings.connect_timeout_secs = v;
            }
            if let Some(v) = a.read_timeout {
                settings.read_timeout_secs = v;
            }
            if let Some(v) = a.max_response_bytes {
                settings.max_response_bytes = v;
            }
            if let Some(v) = a.per_host {
                settings.per_host_concurrency = v;
            }
            "settings".to_string()
        }
    };
    let event = AuditEvent {
        actor: "cli".into(),
        action: "egress.changed".into(),
        target: "egress".into(),
        outcome: "success".into(),
        detail,
        ..AuditEvent::default()
    };
    service.update(&settings, &event).map_err(egress_error)?;
    println!(
        "{}",
        serde_json::to_string_pretty(&settings).unwrap_or_default()
    );
    Ok(())
}
