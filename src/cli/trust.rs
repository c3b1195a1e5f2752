//! `rulebook trust add|server|list|remove`: the signing keys this user trusts for archives and
//! releases, kept in `<config dir>/trusted-keys.json` beside the login (`credentials.json`).
//!
//! Nothing is trusted by default, and nothing is trusted silently: a server's keys are shown
//! with their fingerprints by `rulebook trust server` and recorded only with `--yes` (compare
//! the fingerprints with the ones the server's administrator reads from `rulebook signing
//! show` on the host). A repository can pin its own keys in `rulebook.json` instead.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::cli::{CliError, RemoteArgs};
use crate::config::Paths;
use crate::crypto::signing::{fingerprint, key_id, parse_public_key};

/// The trust store's file name inside the config dir.
pub const TRUST_FILE: &str = "trusted-keys.json";

/// One trusted public key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TrustedKey {
    pub key_id: String,
    /// Raw public key, base64.
    pub public_key: String,
    /// Where it came from (a server URL, or `manual`).
    #[serde(default)]
    pub source: String,
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct TrustFile {
    keys: Vec<TrustedKey>,
}

/// `rulebook trust ...`.
#[derive(Debug, clap::Subcommand)]
pub enum TrustCommand {
    /// Trust a signing public key: base64 or hex, or a file holding one.
    Add {
        /// The key, or a file holding it.
        key: String,
    },
    /// Show a server's signing keys with fingerprints; record them with --yes.
    Server {
        /// Record the keys shown (after comparing their fingerprints out of band).
        #[arg(long)]
        yes: bool,
        #[command(flatten)]
        remote: RemoteArgs,
    },
    /// The trusted keys, with fingerprints.
    List,
    /// Stop trusting a key (by key id).
    Remove { key_id: String },
}

fn io(what: String) -> impl FnOnce(std::io::Error) -> CliError {
    move |e| CliError::Other("RB-CLI-IO", format!("{what}: {e}"))
}

fn file(paths: &Paths) -> std::path::PathBuf {
    paths.config_dir.join(TRUST_FILE)
}

fn load_file(paths: &Paths) -> Result<TrustFile, CliError> {
    let path = file(paths);
    match std::fs::read(&path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(TrustFile::default()),
        Err(e) => Err(io(format!("cannot read {}", path.display()))(e)),
        Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| {
            CliError::Other(
                "RB-CLI-CONFIG",
                format!("{} is not a trust store: {e}", path.display()),
            )
        }),
    }
}

fn save(paths: &Paths, t: &TrustFile) -> Result<(), CliError> {
    let path = file(paths);
    std::fs::create_dir_all(&paths.config_dir)
        .map_err(io(format!("cannot create {}", paths.config_dir.display())))?;
    let mut text = serde_json::to_string_pretty(t).unwrap_or_default();
    text.push('\n');
    crate::ops::files::write_atomic(&path, text.as_bytes(), 0o600)
        .map_err(io(format!("cannot write {}", path.display())))
}

/// The raw public keys this user trusts.
pub fn trusted(paths: &Paths) -> Result<Vec<[u8; 32]>, CliError> {
    Ok(load_file(paths)?
        .keys
        .iter()
        .filter_map(|k| parse_public_key(&k.public_key).ok())
        .collect())
}

fn add_key(t: &mut TrustFile, public: [u8; 32], source: &str) -> bool {
    use base64::Engine as _;
    let id = key_id(&public);
    if t.keys.iter().any(|k| k.key_id == id) {
        return false;
    }
    t.keys.push(TrustedKey {
        key_id: id,
        public_key: base64::engine::general_purpose::STANDARD.encode(public),
        source: source.to_string(),
    });
    true
}

fn key_text(arg: &str) -> Result<String, CliError> {
    if parse_public_key(arg).is_ok() {
        return Ok(arg.to_string());
    }
    let p = Path::new(arg);
    if p.is_file() {
        return std::fs::read_to_string(p).map_err(io(format!("cannot read {arg}")));
    }
    Ok(arg.to_string())
}

pub fn run(cmd: &TrustCommand, paths: &Paths) -> Result<(), CliError> {
    match cmd {
        TrustCommand::Add { key } => {
            let public = parse_public_key(&key_text(key)?)
                .map_err(|e| CliError::Other("RB-CLI-USAGE", e))?;
            let mut t = load_file(paths)?;
            if add_key(&mut t, public, "manual") {
                save(paths, &t)?;
                println!("trusted {}  {}", key_id(&public), fingerprint(&public));
            } else {
                println!("already trusted: {}", key_id(&public));
            }
            Ok(())
        }
        TrustCommand::Server { yes, remote } => {
            let c = crate::cli::remote::client(remote, paths)?;
            let answer = c.get("/api/v1/signing-keys")?;
            let mut keys = Vec::new();
            for k in answer["keys"].as_array().cloned().unwrap_or_default() {
                let text = k["public_key"].as_str().unwrap_or_default();
                let public = parse_public_key(text).map_err(|e| {
                    CliError::Other("RB-CLI-SERVER", format!("the server sent a bad key: {e}"))
                })?;
                println!(
                    "{}  {:<8} {}",
                    key_id(&public),
                    k["status"].as_str().unwrap_or(""),
                    fingerprint(&public)
                );
                keys.push(public);
            }
            if keys.is_empty() {
                return Err(CliError::Other(
                    "RB-CLI-SERVER",
                    "the server lists no signing keys".into(),
                ));
            }
            if !yes {
                eprintln!(
                    "not recorded: compare these fingerprints with `rulebook signing show` on the server's host, then run this again with --yes"
                );
                return Ok(());
            }
            let source = remote.server.clone().unwrap_or_else(|| "login".into());
            let mut t = load_file(paths)?;
            let added = keys
                .into_iter()
                .filter(|k| add_key(&mut t, *k, &source))
                .count();
            save(paths, &t)?;
            println!("recorded {added} key(s) in {}", file(paths).display());
            Ok(())
        }
        TrustCommand::List => {
            for k in load_file(paths)?.keys {
                let fp = parse_public_key(&k.public_key)
                    .map(|p| fingerprint(&p))
                    .unwrap_or_else(|e| e);
                println!("{}  {}  {}", k.key_id, fp, k.source);
            }
            Ok(())
        }
        TrustCommand::Remove { key_id } => {
            let mut t = load_file(paths)?;
            let before = t.keys.len();
            t.keys.retain(|k| &k.key_id != key_id);
            if t.keys.len() == before {
                return Err(CliError::Other(
                    "RB-CLI-USAGE",
                    format!("{key_id} is not in the trust store (`rulebook trust list`)"),
                ));
            }
            save(paths, &t)?;
            println!("removed {key_id}");
            Ok(())
        }
    }
}
