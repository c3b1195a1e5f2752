//! `rulebook probe`: one health request to this host's own server, for container health checks
//! (the image has no shell and no curl). Loopback only, so it is no way around the egress
//! allowlist; with TLS it trusts exactly the server's own certificate, as the systemd watchdog
//! does.

use std::net::SocketAddr;
use std::path::PathBuf;

use crate::cli::CliError;

/// What `rulebook probe` takes.
#[derive(clap::Args, Debug)]
pub struct ProbeCmd {
    /// The server's listen address (an address on every interface is probed on loopback).
    #[arg(env = "RULEBOOK_LISTEN", default_value = "127.0.0.1:8420")]
    pub addr: SocketAddr,
    /// Which check: /readyz (ready for traffic) or /healthz (alive).
    #[arg(long, default_value = "/readyz", value_parser = ["/readyz", "/healthz"])]
    pub path: String,
    /// The server's TLS certificate (as given to `serve --tls-cert`): probe over HTTPS, trusting
    /// that certificate only.
    #[arg(long, value_name = "FILE")]
    pub tls_cert: Option<PathBuf>,
}

pub fn run(cmd: &ProbeCmd) -> Result<(), CliError> {
    let addr = crate::ops::watchdog::probe_addr(cmd.addr);
    if !addr.ip().is_loopback() {
        return Err(CliError::Other(
            "RB-CLI-USAGE",
            format!("probe checks this host's own server only: {addr} is not a loopback address"),
        ));
    }
    let cert = match &cmd.tls_cert {
        None => None,
        Some(p) => Some(crate::http::tls::first_certificate(p).ok_or_else(|| {
            CliError::Other("RB-CLI-USAGE", format!("no certificate in {}", p.display()))
        })?),
    };
    let scheme = if cert.is_some() { "https" } else { "http" };
    if crate::ops::watchdog::probe_path(addr, &cmd.path, cert.as_deref()) {
        println!("ok: {scheme}://{addr}{} answered 200", cmd.path);
        Ok(())
    } else {
        Err(CliError::Other(
            "RB-PROBE-FAILED",
            format!("{scheme}://{addr}{} did not answer 200", cmd.path),
        ))
    }
}
