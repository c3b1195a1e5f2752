//! `rulebook mcp`: the MCP server on stdio (newline-delimited JSON-RPC on stdin and stdout,
//! logs only on stderr), for agents that start their MCP servers as child processes.
//!
//! Two ways: `--server URL` relays each message to the server's `/mcp` endpoint with the
//! key from `RULEBOOK_API_KEY` or the stored login (the key never travels through the agent's
//! configuration); `--from PATH` answers offline from a repository's installed playbook or a
//! portable archive. Both speak both protocol eras, as the HTTP endpoint does.
//! `rulebook mcp config --agent X` prints an agent's client configuration.

use std::io::{BufRead, Write};
use std::path::PathBuf;

use serde_json::Value;

use crate::cli::error::CliError;
use crate::client::ApiClient;
use crate::config::Paths;
use crate::mcp::handler;
use crate::mcp::offline::Offline;
use crate::mcp::protocol::{self, Era, MODERN, Message, RpcError, code};

/// Longest line read from stdin.
const MAX_LINE: usize = 4 * 1024 * 1024;

/// `rulebook mcp`.
#[derive(Debug, clap::Args)]
pub struct McpArgs {
    #[command(subcommand)]
    pub config: Option<McpCommand>,
    /// Relay to this Rulebook server (default: the stored login's; key from RULEBOOK_API_KEY,
    /// or the stored login's for its own server only).
    #[arg(long, value_name = "URL", conflicts_with = "from")]
    pub server: Option<String>,
    /// Serve offline from a repository (its .rulebook/ and agent files) or a portable archive.
    #[arg(long, value_name = "PATH")]
    pub from: Option<PathBuf>,
    /// With --from: serve an archive that is unsigned, wrongly signed or signed by an untrusted
    /// key (a loud warning on stderr).
    #[arg(long, requires = "from")]
    pub allow_unsigned: bool,
    /// CA certificate (PEM) for an https server.
    #[arg(long, value_name = "FILE")]
    pub ca_file: Option<PathBuf>,
}

#[derive(Debug, clap::Subcommand)]
pub enum McpCommand {
    /// Print an agent's MCP client configuration for this server.
    Config {
        /// The agent (claude, cursor, copilot, windsurf, gemini, codex, ...).
        #[arg(long)]
        agent: String,
        /// The server URL (default: the stored login's).
        #[arg(long)]
        server: Option<String>,
        /// stdio (runs `rulebook mcp`) or http (connects to /mcp); default: the agent's best.
        #[arg(long)]
        transport: Option<String>,
        /// Also the MCP servers this organization defines, as `install --mcp` writes them
        /// (asks the server: the stored login's key, or RULEBOOK_API_KEY with another --server).
        #[arg(long, value_name = "ORG")]
        org: Option<String>,
        /// CA certificate (PEM) for an https server (with --org).
        #[arg(long, value_name = "FILE", requires = "org")]
        ca_file: Option<PathBuf>,
    },
}

/// Runs `rulebook mcp`.
pub fn run(args: &McpArgs, paths: &Paths) -> Result<(), CliError> {
    if let Some(McpCommand::Config {
        agent,
        server,
        transport,
        org,
        ca_file,
    }) = &args.config
    {
        let org = match org {
            Some(org) => Some((org.as_str(), api_client(server, ca_file, paths)?)),
            None => None,
        };
        return config(agent, server.as_deref(), transport.as_deref(), org, paths);
    }
    if let Some(from) = &args.from {
        let offline = load_offline(from, args.allow_unsigned, paths)?;
        log::info!(
            "mcp: serving {} artifacts offline from {}",
            offline.len(),
            from.display()
        );
        return serve_lines(|msg, state| Ok(answer_offline(&offline, msg, state)));
    }
    let client = api_client(&args.server, &args.ca_file, paths)?;
    let mut relay = Relay {
        client,
        session: None,
        version: None,
    };
    let out = serve_lines(|msg, _| Ok(relay.send(msg)));
    relay.close();
    out
}

/// A client for `server` with the key from RULEBOOK_API_KEY (when a server is named) or the
/// stored login.
fn api_client(
    server: &Option<String>,
    ca_file: &Option<PathBuf>,
    paths: &Paths,
) -> Result<ApiClient, CliError> {
    let (host, key, ca) = match (server, std::env::var("RULEBOOK_API_KEY")) {
        (Some(s), Ok(k)) => (s.clone(), k, ca_file.clone()),
        _ => {
            let c = crate::cli::install::credentials(paths)?;
            let same = |a: &str, b: &str| a.trim_end_matches('/') == b.trim_end_matches('/');
            // The stored key goes only to the server it was stored for.
            if let Some(s) = server.as_deref().filter(|s| !same(s, &c.host)) {
                return Err(CliError::Other(
                    "RB-CLI-USAGE",
                    format!(
                        "{s} is not the server you logged in to ({}): set RULEBOOK_API_KEY to \
                         a key of {s}; the stored key is sent only to its own server",
                        c.host
                    ),
                ));
            }
            (c.host, c.api_key, ca_file.clone().or(c.ca_file))
        }
    };
    Ok(ApiClient::new(&host, &key, ca.as_deref())?)
}

fn config(
    agent: &str,
    server: Option<&str>,
    transport: Option<&str>,
    org: Option<(&str, ApiClient)>,
    paths: &Paths,
) -> Result<(), CliError> {
    use crate::mcp::config::{self as cfg, Transport};
    let usage = |m: String| CliError::Other("RB-CLI-USAGE", m);
    let transport = match transport {
        None => None,
        Some(t) => Some(
            Transport::parse(t)
                .ok_or_else(|| usage(format!("--transport {t:?}: use http or stdio")))?,
        ),
    };
    let server = match server {
        Some(s) => s.to_string(),
        None => crate::cli::install::credentials(paths)
            .map(|c| c.host)
            .map_err(|_| usage("give --server URL (or log in first)".into()))?,
    };
    let c = cfg::config(agent, &server, transport)
        .map_err(|e| usage(format!("{e} (agents: {})", cfg::agents().join(", "))))?;
    match (c.path, c.user_path) {
        (Some(p), _) => eprintln!("# {}: put this in {p} (repository)", c.agent),
        (None, Some(u)) => eprintln!("# {}: put this in {u} (your user settings)", c.agent),
        (None, None) => eprintln!("# {}", c.agent),
    }
    if !c.note.is_empty() {
        eprintln!("# {}", c.note);
    }
    let mut text = c.text.clone().into_bytes();
    if let Some((org, api)) = org {
        let Some(servers) = crate::cli::mcp_files::org_servers(&api, org)? else {
            return Err(CliError::Other(
                "RB-CLI-INVALID",
                format!(
                    "the server answers 404 for organization `{org}`'s MCP servers: no such \
                     organization for this key, or a server that predates them"
                ),
            ));
        };
        let invalid = |e: String| CliError::Other("RB-CLI-INVALID", e);
        for s in &servers.servers {
            match cfg::merge_org_server(&text, c.agent, s).map_err(invalid)? {
                cfg::OrgMerge::Merged { text: merged, note } => {
                    text = merged;
                    eprintln!("# with the organization's `{}`", s.name);
                    if let Some(note) = note {
                        eprintln!("# {note}");
                    }
                }
                cfg::OrgMerge::LeftOut(why) => {
                    eprintln!("# the organization's `{}` is left out: {why}", s.name)
                }
            }
        }
    }
    std::io::stdout()
        .write_all(&text)
        .and_then(|_| match text.ends_with(b"\n") {
            true => Ok(()),
            false => std::io::stdout().write_all(b"\n"),
        })
        .map_err(|e| CliError::Other("RB-CLI-IO", format!("stdout: {e}")))?;
    Ok(())
}

/// The playbook `--from` names: an archive (zip, or an unpacked one with its manifest) or a
/// repository whose agent files are read back.
/// An archive is checked as `install --from` checks it.
fn load_offline(
    from: &std::path::Path,
    allow_unsigned: bool,
    paths: &Paths,
) -> Result<Offline, CliError> {
    let is_archive = from.is_file() || from.join(crate::archive::portable::MANIFEST).is_file();
    if is_archive {
        let bundles = crate::cli::verify::checked_archive(from, allow_unsigned, &[], paths)?;
        let Some((_, bundle, _)) = bundles.into_iter().next() else {
            return Err(CliError::Other(
                "RB-CLI-USAGE",
                format!("--from {}: the archive holds no playbook", from.display()),
            ));
        };
        return Ok(Offline::from_bundle(bundle));
    }
    if !from.is_dir() {
        return Err(CliError::Other(
            "RB-CLI-USAGE",
            format!("--from {}: no such file or folder", from.display()),
        ));
    }
    // `--from .rulebook/` means its repository.
    let root = if from.file_name().is_some_and(|n| n == ".rulebook") {
        from.parent().map(|p| p.to_path_buf()).unwrap_or_default()
    } else {
        from.to_path_buf()
    };
    let root = if root.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        root
    };
    let (found, skipped) = crate::cli::install::read_repository(&root);
    for s in skipped.iter().chain(&found.skipped) {
        log::warn!("mcp --from: skipped {s}");
    }
    Ok(Offline::from_playbook(&found.playbook))
}

/// Reads messages line by line and writes each answer as one line.
fn serve_lines(
    mut answer: impl FnMut(
        Result<Message, (Value, RpcError)>,
        &mut Option<String>,
    ) -> Result<Option<Value>, CliError>,
) -> Result<(), CliError> {
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let stdout = std::io::stdout();
    let mut state: Option<String> = None;
    let mut buf = Vec::new();
    loop {
        buf.clear();
        let n = std::io::Read::take(&mut input, MAX_LINE as u64 + 1)
            .read_until(b'\n', &mut buf)
            .map_err(|e| CliError::Other("RB-CLI-IO", format!("reading stdin: {e}")))?;
        if n == 0 {
            return Ok(());
        }
        let msg = if buf.len() > MAX_LINE {
            // Skip the rest of the oversized line.
            let mut rest = Vec::new();
            let _ = input.read_until(b'\n', &mut rest);
            Err((
                Value::Null,
                RpcError::new(
                    code::INVALID_REQUEST,
                    format!("a message is limited to {MAX_LINE} bytes"),
                ),
            ))
        } else {
            let line = buf.trim_ascii();
            if line.is_empty() {
                continue;
            }
            Message::parse(line)
        };
        if let Some(reply) = answer(msg, &mut state)? {
            let mut out = stdout.lock();
            let ok = writeln!(out, "{reply}").and_then(|_| out.flush());
            if ok.is_err() {
                // The agent went away.
                return Ok(());
            }
        }
    }
}

/// One offline answer; `state` holds the negotiated handshake revision.
fn answer_offline(
    source: &Offline,
    msg: Result<Message, (Value, RpcError)>,
    state: &mut Option<String>,
) -> Option<Value> {
    let msg = match msg {
        Ok(m) => m,
        Err((id, e)) => return Some(protocol::error(&id, &e)),
    };
    let id = msg.id.clone().unwrap_or(Value::Null);
    let era = if msg.meta_version().is_some() {
        if let Err(e) = handler::check_modern(&msg) {
            return msg.id.as_ref().map(|_| protocol::error(&id, &e));
        }
        Era::Modern
    } else if msg.method == "initialize" {
        let version = handler::negotiate(msg.params.get("protocolVersion").and_then(Value::as_str));
        *state = Some(version.to_string());
        return Some(protocol::result(&id, handler::initialize_result(version)));
    } else if let Some(v) = state.clone() {
        Era::Legacy(v)
    } else if msg.id.is_none() {
        return None;
    } else {
        return Some(protocol::error(
            &id,
            &RpcError::new(
                code::INVALID_REQUEST,
                format!("send initialize first, or name revision {MODERN} in _meta"),
            ),
        ));
    };
    msg.id.as_ref()?;
    Some(match handler::handle(&msg, &era, source) {
        Ok(r) => protocol::result(&id, r),
        Err(e) => protocol::error(&id, &e),
    })
}

/// Relays stdio messages to a server's `/mcp`.
struct Relay {
    client: ApiClient,
    session: Option<String>,
    version: Option<String>,
}

/// A header value, base64-sentinel-encoded when it is not plain printable ASCII.
fn header_value(v: &str) -> String {
    let plain = v.bytes().all(|b| (0x20..=0x7e).contains(&b))
        && v.trim() == v
        && !(v.starts_with("=?base64?") && v.ends_with("?="));
    if plain {
        v.to_string()
    } else {
        use base64::Engine as _;
        format!(
            "=?base64?{}?=",
            base64::engine::general_purpose::STANDARD.encode(v.as_bytes())
        )
    }
}

impl Relay {
    fn send(&mut self, msg: Result<Message, (Value, RpcError)>) -> Option<Value> {
        let msg = match msg {
            Ok(m) => m,
            Err((id, e)) => return Some(protocol::error(&id, &e)),
        };
        let id = msg.id.clone().unwrap_or(Value::Null);
        let mut headers: Vec<(&str, String)> = Vec::new();
        if let Some(v) = msg.meta_version() {
            headers.push(("MCP-Protocol-Version", v.to_string()));
            headers.push(("Mcp-Method", msg.method.clone()));
            if let Some(name) = msg.mirrored_name() {
                headers.push(("Mcp-Name", header_value(name)));
            }
        } else if msg.method != "initialize" {
            if let Some(s) = &self.session {
                headers.push(("Mcp-Session-Id", s.clone()));
            }
            if let Some(v) = &self.version {
                headers.push(("MCP-Protocol-Version", v.clone()));
            }
        }
        let mut body = serde_json::Map::new();
        body.insert("jsonrpc".into(), Value::from("2.0"));
        if let Some(i) = &msg.id {
            body.insert("id".into(), i.clone());
        }
        body.insert("method".into(), Value::from(msg.method.clone()));
        body.insert("params".into(), Value::Object(msg.params.clone()));
        let bytes = Value::Object(body).to_string();
        let answered = self.client.mcp("POST", bytes.as_bytes(), &headers);
        let (status, ctype, session, raw) = match answered {
            Ok(a) => a,
            Err(e) => {
                log::error!("mcp: {e}");
                return msg.id.as_ref().map(|_| {
                    protocol::error(
                        &id,
                        &RpcError::new(
                            code::INTERNAL_ERROR,
                            format!("the Rulebook server could not be reached: {e}"),
                        ),
                    )
                });
            }
        };
        if msg.method == "initialize" && (200..300).contains(&status) {
            self.session = session;
        }
        msg.id.as_ref()?;
        let text = String::from_utf8_lossy(&raw);
        let json = if ctype.starts_with("text/event-stream") {
            text.lines()
                .filter_map(|l| l.strip_prefix("data:"))
                .map(str::trim)
                .filter_map(|d| serde_json::from_str::<Value>(d).ok())
                .find(|v| v.get("id").is_some())
        } else {
            serde_json::from_str::<Value>(&text).ok()
        };
        match json {
            Some(mut v) if v.get("result").is_some() || v.get("error").is_some() => {
                if msg.method == "initialize"
                    && let Some(pv) = v["result"]["protocolVersion"].as_str()
                {
                    self.version = Some(pv.to_string());
                }
                v["id"] = id;
                Some(v)
            }
            _ => Some(protocol::error(
                &id,
                &RpcError::new(
                    code::INTERNAL_ERROR,
                    format!("the Rulebook server answered HTTP {status}"),
                ),
            )),
        }
    }

    /// Ends the handshake-era session, if one was opened.
    fn close(&self) {
        if let Some(s) = &self.session {
            let _ = self
                .client
                .mcp("DELETE", b"", &[("Mcp-Session-Id", s.clone())]);
        }
    }
}
