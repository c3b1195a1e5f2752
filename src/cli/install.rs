//! The developer's commands: `login`, `logout`, `whoami`, `render`, `install`, `uninstall`,
//! `status`, `update`. They fetch packages from the server (or read an archive), render
//! them with `render`, and apply the result with `install` (see its invariants).

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::archive::portable::Bundle;
use crate::cli::CliError;
use crate::cli::archive::encode;
use crate::cli::site::Site;
use crate::client::{ApiClient, ClientError};
use crate::config::Paths;
use crate::install::lock::{self, Lock, LockedPackage, RepoConfig};
use crate::install::tree::Local;
use crate::install::{InstallError, planner, source};
use crate::render::{self, Agent, Options};

/// Where `rulebook login` keeps the server and key (0600, in the config dir).
const CREDENTIALS: &str = "credentials.json";

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Credentials {
    pub(crate) host: String,
    pub(crate) api_key: String,
    pub(crate) org: Option<String>,
    pub(crate) ca_file: Option<PathBuf>,
}

/// `rulebook login`.
#[derive(Debug, clap::Args)]
pub struct LoginArgs {
    /// The server's URL.
    #[arg(long)]
    host: String,
    /// A file holding the API key (else RULEBOOK_API_KEY, else one line on stdin).
    #[arg(long, value_name = "FILE")]
    api_key_file: Option<PathBuf>,
    /// The organization to use (else the key's own).
    #[arg(long)]
    org: Option<String>,
    /// CA or server certificate (PEM) to trust for https.
    #[arg(long, value_name = "FILE")]
    ca_file: Option<PathBuf>,
    /// Approve this login in the browser instead of pasting a key (the organization is the
    /// one chosen on the approval page).
    #[arg(long, conflicts_with = "api_key_file")]
    device: bool,
}

/// Device login: show a code, wait for its approval in the browser, receive a key.
fn device_key(args: &LoginArgs) -> Result<String, CliError> {
    let anon = ApiClient::anonymous(&args.host, args.ca_file.as_deref())?;
    let (_, start) = anon.post_status("/api/v1/device/code", &serde_json::json!({}))?;
    let (Some(device), Some(code)) = (start["device_code"].as_str(), start["user_code"].as_str())
    else {
        return Err(ClientError::Connect(
            "the server answered the device login without codes".into(),
        )
        .into());
    };
    eprintln!(
        "open {} and approve the code {code}",
        start["verification_uri_complete"].as_str().unwrap_or("")
    );
    let interval = start["interval"].as_u64().unwrap_or(2).clamp(1, 10);
    let deadline = start["expires_in"].as_u64().unwrap_or(600);
    let mut waited = 0;
    while waited <= deadline {
        let (status, answer) = anon.post_status(
            "/api/v1/device/token",
            &serde_json::json!({ "device_code": device }),
        )?;
        if status == 200 {
            return answer["api_key"]
                .as_str()
                .map(str::to_string)
                .ok_or_else(|| {
                    ClientError::Connect("approved, but no key in the answer".into()).into()
                });
        }
        std::thread::sleep(std::time::Duration::from_secs(interval));
        waited += interval;
    }
    Err(ClientError::Config("the code was not approved in time: run login again".into()).into())
}

/// Options shared by commands that render.
#[derive(Debug, clap::Args)]
pub struct RenderArgs {
    /// Agents to render for, comma-separated (`all` for every one); default: rulebook.json.
    #[arg(long, value_delimiter = ',')]
    pub(crate) agents: Vec<String>,
    /// Read packages from a portable archive (file or unpacked folder) instead of a server.
    #[arg(long, value_name = "PATH")]
    pub(crate) from: Option<PathBuf>,
    /// Cap, in bytes, for each always-on file (overrides rulebook.json).
    #[arg(long)]
    pub(crate) always_on_cap: Option<usize>,
    /// List every file written and removed (default: a summary by agent).
    #[arg(long, short = 'v')]
    pub(crate) verbose: bool,
}

/// `rulebook render`.
#[derive(Debug, clap::Args)]
#[command(after_help = crate::render::agents_help())]
pub struct RenderCmd {
    /// Packages (`[space/]slug[@release]`); none with --from = everything in the archive.
    packages: Vec<String>,
    /// Write the files under this folder (kept in step on later renders).
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Print bytes and estimated tokens per file.
    #[arg(long)]
    stats: bool,
    /// With --from: render an archive that is unsigned, wrongly signed or signed by an
    /// untrusted key (a loud warning).
    #[arg(long, requires = "from")]
    allow_unsigned: bool,
    /// For CI: write nothing; list the generated files of this folder (or --out) that differ
    /// from what its rulebook.lock's releases render (edited, missing or left over) and exit
    /// 1 if there are any. Packages installed from an archive need --from with it.
    #[arg(long, conflicts_with_all = ["packages", "stats"])]
    check: bool,
    /// Write the packages as Claude Code plugins in a marketplace of this name (kebab-case)
    /// under --out, instead of agent files: `.claude-plugin/marketplace.json` and
    /// `plugins/<package>/`, to push to a Git server for `/plugin marketplace add`.
    #[arg(long, value_name = "NAME", requires = "out", conflicts_with_all = ["check", "stats"])]
    claude_marketplace: Option<String>,
    /// Write agent policies' hooks (scripts agents run on developers' machines) in this
    /// render, unless rulebook.json's policy refuses them (`"hooks": false`). An install
    /// writes them only with the repository's consent in rulebook.json.
    #[arg(long)]
    hooks: bool,
    /// With --claude-marketplace: the marketplace owner's name (default: the organization).
    #[arg(long, value_name = "NAME", requires = "claude_marketplace")]
    owner: Option<String>,
    #[command(flatten)]
    render: RenderArgs,
}

/// `rulebook install`.
#[derive(Debug, clap::Args)]
#[command(after_help = crate::render::agents_help())]
pub struct InstallCmd {
    /// Packages to add (`[space/]slug[@release]`); none = what rulebook.json lists (in every
    /// rulebook.json below the path, for monorepos).
    packages: Vec<String>,
    /// The repository (or monorepo) folder.
    #[arg(long, short = 'p', default_value = ".")]
    path: PathBuf,
    /// Overwrite generated files edited by hand, and files Rulebook did not write.
    #[arg(long)]
    force: bool,
    /// Also write each agent's project MCP configuration (`.mcp.json`, `.cursor/mcp.json`,
    /// `.vscode/mcp.json`, ...) pointing at the server, the key referenced by environment
    /// variable; other servers in those files are kept. With --global, each agent's user
    /// file (`~/.claude.json`, `~/.codex/config.toml`, ...).
    #[arg(long)]
    mcp: bool,
    /// The home folder instead of a repository: each agent's user-scope files (`~/.claude/`,
    /// `~/.codex/AGENTS.md`, `~/.gemini/`, ...), with the lock and rulebook.json kept in
    /// `~/.rulebook/`.
    #[arg(long, conflicts_with_all = ["path"])]
    global: bool,
    #[command(flatten)]
    trust: crate::cli::verify::TrustArgs,
    #[command(flatten)]
    render: RenderArgs,
}

/// `rulebook uninstall`.
#[derive(Debug, clap::Args)]
pub struct UninstallCmd {
    /// Packages to remove (`[space/]slug`).
    #[arg(required = true)]
    packages: Vec<String>,
    /// The repository folder.
    #[arg(long, short = 'p', default_value = ".")]
    path: PathBuf,
    /// Remove or rewrite generated files even when edited by hand.
    #[arg(long)]
    force: bool,
    /// The home folder instead of a repository: each agent's user-scope files (`~/.claude/`,
    /// `~/.codex/AGENTS.md`, `~/.gemini/`, ...), with the lock and rulebook.json kept in
    /// `~/.rulebook/`.
    #[arg(long, conflicts_with_all = ["path"])]
    global: bool,
}

/// `rulebook status`.
#[derive(Debug, clap::Args)]
pub struct RepoCmd {
    /// The repository (or monorepo) folder.
    #[arg(long, short = 'p', default_value = ".")]
    path: PathBuf,
    /// The home folder instead of a repository: each agent's user-scope files (`~/.claude/`,
    /// `~/.codex/AGENTS.md`, `~/.gemini/`, ...), with the lock and rulebook.json kept in
    /// `~/.rulebook/`.
    #[arg(long, conflicts_with_all = ["path"])]
    global: bool,
}

/// `rulebook update`.
#[derive(Debug, clap::Args)]
pub struct UpdateCmd {
    /// The repository (or monorepo) folder.
    #[arg(long, short = 'p', default_value = ".")]
    path: PathBuf,
    /// Overwrite local edits.
    #[arg(long)]
    force: bool,
    /// The home folder instead of a repository: each agent's user-scope files (`~/.claude/`,
    /// `~/.codex/AGENTS.md`, `~/.gemini/`, ...), with the lock and rulebook.json kept in
    /// `~/.rulebook/`.
    #[arg(long, conflicts_with_all = ["path"])]
    global: bool,
    /// The same signature checks as `install`.
    #[command(flatten)]
    trust: crate::cli::verify::TrustArgs,
}

fn credentials_path(paths: &Paths) -> PathBuf {
    paths.config_dir.join(CREDENTIALS)
}

fn io(what: &str) -> impl Fn(std::io::Error) -> CliError + '_ {
    move |e| CliError::Other("RB-CLI-IO", format!("{what}: {e}"))
}

fn read_key(args: &LoginArgs) -> Result<String, CliError> {
    let create = format!("{}/#/keys", args.host.trim_end_matches('/'));
    let key = match (&args.api_key_file, std::env::var("RULEBOOK_API_KEY").ok()) {
        (Some(f), _) => std::fs::read_to_string(f).map_err(io("cannot read the API key file"))?,
        (None, Some(k)) => k,
        // On a terminal: a hidden prompt that says where keys are made; piped: one line.
        (None, None) => crate::crypto::passphrase::read_passphrase(&format!(
            "API key (create one at {create}, or use --device): "
        ))
        .unwrap_or_default(),
    };
    let key = key.trim().to_string();
    if key.is_empty() {
        return Err(CliError::Other(
            "RB-CLI-USAGE",
            format!(
                "no API key given: create one at {create} and paste it (or --api-key-file FILE, RULEBOOK_API_KEY, or --device to approve in the browser)"
            ),
        ));
    }
    Ok(key)
}

/// `rulebook login`: checks the key against the server, then stores it (0600).
pub fn login(args: &LoginArgs, paths: &Paths) -> Result<(), CliError> {
    let key = if args.device {
        device_key(args)?
    } else {
        read_key(args)?
    };
    let client = ApiClient::new(&args.host, &key, args.ca_file.as_deref())?;
    let me = client.get("/api/v1/auth/me")?;
    let orgs: Vec<String> = me["orgs"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .filter_map(|o| o["slug"].as_str().map(str::to_string))
        .collect();
    let org = match &args.org {
        Some(o) if orgs.contains(o) => Some(o.clone()),
        Some(o) => {
            return Err(ClientError::Config(format!(
                "the key's user is not in organization {o:?}"
            ))
            .into());
        }
        // A key belongs to one organization (the one its approver chose for a device login).
        None => me["key"]["org"]
            .as_str()
            .map(str::to_string)
            .or_else(|| (orgs.len() == 1).then(|| orgs[0].clone())),
    };
    let creds = Credentials {
        host: args.host.trim_end_matches('/').to_string(),
        api_key: key,
        org,
        ca_file: args
            .ca_file
            .as_ref()
            .map(|p| std::path::absolute(p).unwrap_or(p.clone())),
    };
    crate::config::ensure_private_dir(&paths.config_dir)?;
    let json = serde_json::to_vec_pretty(&creds).unwrap_or_default();
    crate::ops::files::write_atomic(&credentials_path(paths), &json, 0o600)
        .map_err(io("cannot write the credentials"))?;
    println!(
        "logged in to {} as {} (org {})",
        creds.host,
        me["user"]["username"].as_str().unwrap_or("?"),
        creds.org.as_deref().unwrap_or("not chosen: pass --org")
    );
    Ok(())
}

/// `rulebook logout`.
pub fn logout(paths: &Paths) -> Result<(), CliError> {
    match std::fs::remove_file(credentials_path(paths)) {
        Ok(()) => println!("logged out"),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => println!("not logged in"),
        Err(e) => return Err(io("cannot remove the credentials")(e)),
    }
    Ok(())
}

pub(crate) fn credentials(paths: &Paths) -> Result<Credentials, CliError> {
    if let (Ok(host), Ok(key)) = (
        std::env::var("RULEBOOK_SERVER"),
        std::env::var("RULEBOOK_API_KEY"),
    ) {
        return Ok(Credentials {
            host,
            api_key: key,
            org: std::env::var("RULEBOOK_ORG").ok(),
            ca_file: std::env::var("RULEBOOK_CA_FILE").ok().map(PathBuf::from),
        });
    }
    let path = credentials_path(paths);
    let bytes = std::fs::read(&path).map_err(|_| {
        ClientError::Config("not logged in: run `rulebook login --host URL` (or set RULEBOOK_SERVER and RULEBOOK_API_KEY)".into())
    })?;
    Ok(serde_json::from_slice(&bytes).map_err(|e| {
        ClientError::Config(format!("{} is corrupt ({e}): log in again", path.display()))
    })?)
}

pub(crate) fn client(c: &Credentials) -> Result<ApiClient, CliError> {
    Ok(ApiClient::new(&c.host, &c.api_key, c.ca_file.as_deref())?)
}

/// `rulebook whoami`.
pub fn whoami(paths: &Paths) -> Result<(), CliError> {
    let c = credentials(paths)?;
    let me = client(&c)?.get("/api/v1/auth/me")?;
    let masked = format!("{}…", c.api_key.chars().take(8).collect::<String>());
    println!("server  {}", c.host);
    println!("user    {}", me["user"]["username"].as_str().unwrap_or("?"));
    println!("org     {}", c.org.as_deref().unwrap_or("(none chosen)"));
    println!("key     {masked}");
    let k = &me["key"];
    if k.is_object() {
        println!("scope   {}", k["scope"].as_str().unwrap_or("?"));
        let spaces = k["spaces"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .unwrap_or_else(|| "all the organization's spaces".into());
        println!("spaces  {spaces}");
        println!("expires {}", k["expires_at"].as_str().unwrap_or("never"));
    }
    Ok(())
}

/// A package reference: `[space/]slug[@release]`.
pub(crate) struct PackageRef {
    pub(crate) space: String,
    pub(crate) slug: String,
    pub(crate) release: Option<String>,
}

impl PackageRef {
    pub(crate) fn parse(s: &str) -> Result<PackageRef, CliError> {
        let (name, release) = match s.split_once('@') {
            Some((n, r)) => (n, Some(r.to_string())),
            None => (s, None),
        };
        let (space, slug) = name.split_once('/').unwrap_or(("default", name));
        for part in [space, slug] {
            crate::model::names::slug(part)
                .map_err(|e| CliError::Other("RB-CLI-USAGE", format!("package {s:?}: {e}")))?;
        }
        Ok(PackageRef {
            space: space.into(),
            slug: slug.into(),
            release,
        })
    }

    /// The key in rulebook.json and the lock.
    pub(crate) fn key(&self) -> String {
        if self.space == "default" {
            self.slug.clone()
        } else {
            format!("{}/{}", self.space, self.slug)
        }
    }
}

pub(crate) fn agents(
    args: &RenderArgs,
    config: Option<&RepoConfig>,
) -> Result<Vec<Agent>, CliError> {
    let names: Vec<String> = if !args.agents.is_empty() {
        args.agents.clone()
    } else {
        config.map(|c| c.agents.clone()).unwrap_or_default()
    };
    if names.is_empty() {
        return Err(CliError::Other(
            "RB-CLI-USAGE",
            "name the agents: --agents claude,cursor (or `all`), or list them in rulebook.json"
                .into(),
        ));
    }
    if names.iter().any(|n| n == "all") {
        return Ok(Agent::ALL.to_vec());
    }
    names
        .iter()
        .map(|n| {
            Agent::parse(n.trim()).ok_or_else(|| {
                let ids: Vec<&str> = Agent::ALL.iter().map(|a| a.id()).collect();
                CliError::Other(
                    "RB-CLI-USAGE",
                    format!("unknown agent {n:?}; known: {}", ids.join(", ")),
                )
            })
        })
        .collect()
}

/// Fetches every package (all before anything is written, so a network failure changes
/// nothing). Returns `(lock key, bundle, locked package)`.
pub(crate) fn fetch(
    refs: &[(String, String)],
    old: Option<&Lock>,
    update: bool,
    org_override: Option<&str>,
    paths: &Paths,
) -> Result<Vec<(String, Bundle, LockedPackage)>, CliError> {
    if refs.is_empty() {
        return Ok(Vec::new());
    }
    let creds = credentials(paths)?;
    let org = org_override
        .map(str::to_string)
        .or(creds.org.clone())
        .ok_or_else(|| {
            ClientError::Config(
                "no organization: log in with --org, or set \"org\" in rulebook.json".into(),
            )
        })?;
    let api = client(&creds)?;
    let mut out = Vec::new();
    for (key, wanted) in refs {
        let r = PackageRef::parse(&format!("{key}@{wanted}"))?;
        let locked = old
            .and_then(|l| l.packages.get(key))
            .and_then(|p| p.release.clone());
        let release = match (wanted.as_str(), locked) {
            ("latest", Some(pinned)) if !update => pinned,
            (w, _) => w.to_string(),
        };
        let path = format!(
            "/api/v1/orgs/{org}/spaces/{}/packages/{}/export?release={}",
            r.space,
            r.slug,
            encode(&release)
        );
        let bytes = api.get_bytes(&path).map_err(|e| match e {
            ClientError::Server {
                status: 404, code, ..
            } => ClientError::Server {
                status: 404,
                code,
                message: format!(
                    "package {key} (release {release}) not found in organization {org} on {}; `rulebook packages list` shows what exists",
                    creds.host
                ),
            },
            other => other,
        })?;
        let (bundle, sig) = source::from_zip_signed(&bytes)?;
        let mut lp = LockedPackage {
            release: bundle.source.release.clone(),
            source: "server".into(),
            ..LockedPackage::default()
        };
        crate::cli::verify::note_signature(&mut lp, &sig);
        out.push((key.clone(), bundle, lp));
    }
    Ok(out)
}

/// What an install changed, for the report.
pub(crate) struct Summary {
    written: Vec<String>,
    deleted: Vec<String>,
    unchanged: usize,
    /// Files written per agent id (`rulebook` for Rulebook's own files).
    by_agent: std::collections::BTreeMap<String, usize>,
}

/// Where `install_into` writes: an existing folder (every install), or one that is not there
/// yet and appears whole at the end (`render --out NEW`).
#[derive(Clone, Copy)]
enum Place {
    Existing { force: bool },
    New,
}

/// Renders bundles and applies the result at `site`, each file staged as it is rendered.
fn install_into(
    site: &Site,
    bundles: Vec<(String, Bundle, LockedPackage)>,
    agents: &[Agent],
    cap: Option<usize>,
    repo_policy: crate::install::policy::RepoPolicy,
    place: Place,
    stats: bool,
) -> Result<Summary, CliError> {
    let moves = site.moves_for(agents)?;
    let req = |force| planner::Request {
        bundles,
        agents,
        always_on_cap: cap,
        repo_policy,
        force,
        scope: site.scope,
        moves,
    };
    let done = match place {
        Place::Existing { force } => {
            crate::install::stream::install(&site.root, req(force), stats)?
        }
        // Nothing there to protect: force is moot.
        Place::New => crate::install::stream::install_new(&site.root, req(true), stats)?,
    };
    if stats {
        print_stats(&done.sizes, |p| done.rendered.agents_of(p));
    }
    for n in &done.rendered.notes {
        eprintln!("note: {n}");
    }
    let mut by_agent = std::collections::BTreeMap::new();
    for path in &done.written {
        match done.rendered.agents_of(path) {
            agents if !agents.is_empty() && !path.starts_with(".rulebook/") => {
                for a in agents {
                    *by_agent.entry(a.id().to_string()).or_insert(0) += 1;
                }
            }
            _ => *by_agent.entry("rulebook".to_string()).or_insert(0) += 1,
        }
    }
    Ok(Summary {
        written: done.written,
        deleted: done.deleted,
        unchanged: done.unchanged,
        by_agent,
    })
}

/// Prints each rendered file's size, estimated tokens and agents, then the total.
fn print_stats(sizes: &[(String, usize)], agents_of: impl Fn(&str) -> Vec<Agent>) {
    println!("{:<64} {:>9} {:>8}  agents", "file", "bytes", "~tokens");
    let mut total = 0;
    for (path, n) in sizes {
        let n = *n;
        total += n;
        let agents: Vec<&str> = agents_of(path).iter().map(|a| a.id()).collect();
        let label = if path.starts_with(".rulebook/") {
            "(internal)".to_string()
        } else {
            agents.join(",")
        };
        println!(
            "{:<64} {:>9} {:>8}  {label}",
            path,
            n,
            render::estimate_tokens(n)
        );
    }
    println!(
        "{:<64} {:>9} {:>8}",
        "total",
        total,
        render::estimate_tokens(total)
    );
}

/// Prints what changed: a summary by agent, every file with `verbose`, and a hint to commit.
fn report(site: &Site, s: &Summary, verbose: bool) {
    let agents: Vec<String> = s.by_agent.iter().map(|(a, n)| format!("{a} {n}")).collect();
    println!(
        "{}: {} written{}, {} removed, {} unchanged",
        site.name(),
        s.written.len(),
        if agents.is_empty() {
            String::new()
        } else {
            format!(" ({})", agents.join(", "))
        },
        s.deleted.len(),
        s.unchanged
    );
    if verbose {
        for p in &s.written {
            println!("  written  {p}");
        }
        for p in &s.deleted {
            println!("  removed  {p}");
        }
    }
    if (!s.written.is_empty() || !s.deleted.is_empty())
        && !site.global()
        && crate::install::git::checkout(&site.root).is_some()
    {
        println!("commit them with the repository: git add -A && git commit (rulebook.lock too)");
    }
}

/// Bundles from an archive, keyed by package (or by space for a whole-space export).
/// `rulebook render`.
pub fn render_cmd(cmd: &RenderCmd, paths: &Paths) -> Result<(), CliError> {
    if cmd.check {
        return check(cmd, paths);
    }
    let config = lock::read_config(Path::new("."))?;
    // A marketplace is for Claude Code only: no agents to name.
    let agents = match cmd.claude_marketplace {
        Some(_) => Vec::new(),
        None => agents(&cmd.render, config.as_ref())?,
    };
    let bundles = match &cmd.render.from {
        Some(p) => {
            let pinned = config
                .as_ref()
                .map(|c| c.trusted_keys.clone())
                .unwrap_or_default();
            crate::cli::verify::checked_archive(p, cmd.allow_unsigned, &pinned, paths)?
        }
        None => {
            if cmd.packages.is_empty() {
                return Err(CliError::Other(
                    "RB-CLI-USAGE",
                    "name packages to render, or --from an archive".into(),
                ));
            }
            let refs = cmd
                .packages
                .iter()
                .map(|p| {
                    PackageRef::parse(p).map(|r| {
                        (
                            r.key(),
                            r.release.clone().unwrap_or_else(|| "latest".into()),
                        )
                    })
                })
                .collect::<Result<Vec<_>, _>>()?;
            fetch(
                &refs,
                None,
                true,
                config.as_ref().and_then(|c| c.org.as_deref()),
                paths,
            )?
        }
    };
    if let (Some(name), Some(dir)) = (&cmd.claude_marketplace, &cmd.out) {
        return crate::cli::plugin::write_marketplace(dir, name, cmd.owner.as_deref(), bundles);
    }
    // The current folder's rulebook.json and, when the packages come from the server, the
    // organization's install policy apply as to an install: what they refuse is refused, and
    // their cap, never_read paths and hooks and allow_rules choices shape the files; --hooks
    // consents for this render unless a layer refuses.
    let org_policy = match &cmd.render.from {
        Some(_) => None,
        None => crate::cli::policy::for_repo(&config.clone().unwrap_or_default(), paths)?,
    };
    let layers = crate::cli::policy::layers(org_policy.as_ref(), config.as_ref());
    crate::cli::policy::enforce(&layers, &bundles, &Agent::ids(&agents))?;
    let cap = crate::install::policy::effective_cap(
        &layers,
        cmd.render
            .always_on_cap
            .or(config.as_ref().and_then(|c| c.always_on_cap)),
    );
    let mut repo_policy = crate::install::policy::repo_policy(&layers);
    let refused = layers.iter().any(|l| l.policy.hooks == Some(false));
    repo_policy.hooks = !refused && (repo_policy.hooks || cmd.hooks);
    match &cmd.out {
        Some(dir) => {
            // A folder that is not there yet is filled beside it and appears whole, so a
            // render that fails leaves nothing.
            let new = matches!(std::fs::symlink_metadata(dir), Err(e) if e.kind() == std::io::ErrorKind::NotFound);
            let made = match new {
                true => dir.parent().filter(|p| !p.as_os_str().is_empty()),
                false => Some(dir.as_path()),
            };
            if let Some(d) = made {
                std::fs::create_dir_all(d).map_err(io("cannot create the output folder"))?;
            }
            let site = Site::of(dir, false)?;
            let place = match new {
                true => Place::New,
                false => Place::Existing { force: true },
            };
            let summary =
                install_into(&site, bundles, &agents, cap, repo_policy, place, cmd.stats)?;
            report(&site, &summary, cmd.render.verbose);
        }
        None => {
            let pairs: Vec<(String, Bundle)> =
                bundles.into_iter().map(|(k, b, _)| (k, b)).collect();
            let (playbook, _) = source::playbook(&pairs)?;
            let output = render::render(
                &playbook,
                &Options {
                    agents,
                    always_on_cap: cap,
                    never_read: repo_policy.never_read,
                    run_hooks: repo_policy.hooks,
                    refuse_allows: repo_policy.refuse_allows,
                    ..Default::default()
                },
            )?;
            let sizes: Vec<(String, usize)> = output
                .ops
                .iter()
                .map(|op| (op.path().to_string(), op.bytes().len()))
                .collect();
            print_stats(&sizes, |p| {
                output.agents_by_path.get(p).cloned().unwrap_or_default()
            });
            for n in &output.notes {
                eprintln!("note: {n}");
            }
        }
    }
    Ok(())
}

/// `rulebook render --check`: renders what the lock pins (same releases, agents, cap and
/// policy as the install that wrote it), plans it against the folder as an install with
/// `--force` would, applies nothing, and lists each file the plan would touch.
fn check(cmd: &RenderCmd, paths: &Paths) -> Result<(), CliError> {
    let root = cmd.out.clone().unwrap_or_else(|| PathBuf::from("."));
    let old = lock::read_lock(&root)?.ok_or_else(|| {
        CliError::Other(
            "RB-CLI-USAGE",
            format!(
                "--check: nothing installed in {} (no rulebook.lock)",
                root.display()
            ),
        )
    })?;
    let mut config = lock::read_config(&root)?.unwrap_or_default();
    let agents = if cmd.render.agents.is_empty() {
        old.agents
            .iter()
            .map(|a| {
                Agent::parse(a).ok_or_else(|| {
                    CliError::Other(
                        "RB-CLI-USAGE",
                        format!("rulebook.lock names an unknown agent {a:?}"),
                    )
                })
            })
            .collect::<Result<Vec<_>, _>>()?
    } else {
        agents(&cmd.render, None)?
    };
    let from_server = old.packages.values().any(|p| p.source == "server");
    let bundles = match &cmd.render.from {
        Some(p) => {
            crate::cli::verify::checked_archive(p, cmd.allow_unsigned, &config.trusted_keys, paths)?
        }
        None => {
            if let Some((key, _)) = old.packages.iter().find(|(_, p)| p.source != "server") {
                return Err(CliError::Other(
                    "RB-CLI-USAGE",
                    format!("--check: {key} was installed from an archive: give it with --from"),
                ));
            }
            let refs: Vec<(String, String)> = old
                .packages
                .iter()
                .map(|(k, p)| {
                    (
                        k.clone(),
                        p.release.clone().unwrap_or_else(|| "latest".into()),
                    )
                })
                .collect();
            let mut bundles = fetch(&refs, Some(&old), false, config.org.as_deref(), paths)?;
            crate::cli::verify::judge_fetched(
                &mut bundles,
                &config,
                Some(&old),
                &crate::cli::verify::TrustArgs::default(),
            )?;
            bundles
        }
    };
    if from_server && cmd.render.always_on_cap.is_none() && config.always_on_cap.is_none() {
        config.always_on_cap = org_defaults(&config, paths)?.1;
    }
    let org_policy = if from_server {
        crate::cli::policy::for_repo(&config, paths)?
    } else {
        None
    };
    let layers = crate::cli::policy::layers(org_policy.as_ref(), Some(&config));
    let cap = crate::install::policy::effective_cap(
        &layers,
        cmd.render.always_on_cap.or(config.always_on_cap),
    );
    let planned = planner::plan(
        &Local(&root),
        planner::Request {
            bundles,
            agents: &agents,
            always_on_cap: cap,
            repo_policy: crate::install::policy::repo_policy(&layers),
            force: true,
            scope: lock::Scope::Repository,
            moves: crate::render::Moves::none(),
        },
    )?;
    let plan = &planned.plan;
    let mut drift: Vec<(&str, &str)> = Vec::new();
    for (path, _, _) in &plan.writes {
        let state = if root.join(path).exists() {
            "differs"
        } else {
            "missing"
        };
        drift.push((path, state));
    }
    drift.extend(plan.deletes.iter().map(|p| (p.as_str(), "extra")));
    drift.sort_unstable();
    for (path, state) in &drift {
        println!("{state:<7}  {path}");
    }
    if drift.is_empty() {
        println!(
            "{} generated file(s) match what rulebook.lock's releases render",
            plan.unchanged.len()
        );
        return Ok(());
    }
    Err(CliError::Other(
        "RB-RENDER-DRIFT",
        format!(
            "{} generated file(s) differ from what rulebook.lock's releases render: `rulebook install` (with --force for edited files) puts them back",
            drift.len()
        ),
    ))
}

/// Every folder under `root` with a rulebook.json (skipping VCS, dependency and build
/// folders), for monorepos.
fn find_configs(root: &Path, out: &mut Vec<PathBuf>) -> Result<(), CliError> {
    if root.join(lock::CONFIG_FILE).is_file() {
        out.push(root.to_path_buf());
    }
    let mut dirs: Vec<_> = std::fs::read_dir(root)
        .map_err(io("cannot list the repository"))?
        .filter_map(Result::ok)
        .filter(|e| e.file_type().map(|t| t.is_dir()).unwrap_or(false))
        .collect();
    dirs.sort_by_key(|e| e.file_name());
    for d in dirs {
        let name = d.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.')
            || matches!(
                name.as_ref(),
                "node_modules" | "target" | "vendor" | "dist" | "build"
            )
        {
            continue;
        }
        find_configs(&d.path(), out)?;
    }
    Ok(())
}

/// The organization's rendering defaults (agents, always-on cap) from the server.
fn org_defaults(
    config: &RepoConfig,
    paths: &Paths,
) -> Result<(Vec<String>, Option<usize>), CliError> {
    let creds = credentials(paths)?;
    let Some(org) = config.org.clone().or(creds.org.clone()) else {
        return Ok((Vec::new(), None));
    };
    let v = client(&creds)?.get(&format!("/api/v1/orgs/{org}/settings/render"))?;
    let agents = v["agents"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .filter_map(|a| a.as_str().map(str::to_string))
        .collect();
    Ok((agents, v["always_on_cap"].as_u64().map(|c| c as usize)))
}

fn install_one(
    site: &Site,
    config: &RepoConfig,
    args: &RenderArgs,
    trust: &crate::cli::verify::TrustArgs,
    force: bool,
    update: bool,
    paths: &Paths,
) -> Result<(), CliError> {
    let mut config = config.clone();
    if config.packages.is_empty() {
        return Err(CliError::Other(
            "RB-CLI-USAGE",
            format!("{}: rulebook.json lists no packages", site.name()),
        ));
    }
    if (args.agents.is_empty() && config.agents.is_empty())
        || (args.always_on_cap.is_none() && config.always_on_cap.is_none())
    {
        let (agents, cap) = org_defaults(&config, paths)?;
        if config.agents.is_empty() {
            config.agents = agents;
        }
        config.always_on_cap = config.always_on_cap.or(cap);
    }
    let config = &config;
    let agents = agents(args, Some(config))?;
    let old = site.read_lock()?;
    let refs: Vec<(String, String)> = config
        .packages
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let mut bundles = fetch(&refs, old.as_ref(), update, config.org.as_deref(), paths)?;
    // Signatures, pins and replay are judged before anything is written.
    crate::cli::verify::judge_fetched(&mut bundles, config, old.as_ref(), trust)?;
    let org_policy = crate::cli::policy::for_repo(config, paths)?;
    let layers = crate::cli::policy::layers(org_policy.as_ref(), Some(config));
    crate::cli::policy::enforce(&layers, &bundles, &Agent::ids(&agents))?;
    let cap =
        crate::install::policy::effective_cap(&layers, args.always_on_cap.or(config.always_on_cap));
    let repo_policy = repo_policy_at(site, &layers);
    let summary = install_into(
        site,
        bundles,
        &agents,
        cap,
        repo_policy,
        Place::Existing { force },
        false,
    )?;
    report(site, &summary, args.verbose);
    if !site.global() {
        report_distribution(&site.root, config, paths);
    }
    Ok(())
}

/// The never_read paths an install writes into ignore files: none in the home folder, whose
/// agents' exclusions are per repository (the policy's other rules still apply there).
fn repo_policy_at(
    site: &Site,
    layers: &[crate::install::policy::Layer<'_>],
) -> crate::install::policy::RepoPolicy {
    match site.global() {
        true => Default::default(),
        false => crate::install::policy::repo_policy(layers),
    }
}

/// Tells the server what landed where, when this checkout is a repository it tracks. A
/// failure here never fails the install (the files are already in place).
fn report_distribution(root: &Path, config: &RepoConfig, paths: &Paths) {
    let Some(co) = crate::install::git::checkout(root) else {
        return;
    };
    let outcome = (|| -> Result<bool, CliError> {
        let creds = credentials(paths)?;
        let Some(org) = config.org.clone().or(creds.org.clone()) else {
            return Ok(false);
        };
        let api = client(&creds)?;
        let tracked = api.get(&format!("/api/v1/orgs/{org}/repositories"))?;
        let url = crate::http::normalize_url(&co.url);
        let is_tracked = tracked["repositories"].as_array().is_some_and(|rs| {
            rs.iter().any(|r| {
                r["url"].as_str() == Some(url.as_str())
                    && r["branch"].as_str() == Some(co.branch.as_str())
            })
        });
        if !is_tracked {
            return Ok(false);
        }
        let lock = lock::read_lock(root)?
            .ok_or_else(|| InstallError::Config("no lock after install".into()))?;
        let packages: serde_json::Map<String, serde_json::Value> = lock
            .packages
            .iter()
            .map(|(k, p)| (k.clone(), serde_json::json!(p.release)))
            .collect();
        let artifacts: Vec<serde_json::Value> = lock
            .artifacts
            .iter()
            .map(|a| serde_json::json!({ "kind": a.kind, "slug": a.slug, "version": a.version, "package": a.package }))
            .collect();
        let body = serde_json::json!({
            "url": url, "branch": co.branch, "path": co.path, "commit": co.commit,
            "packages": packages, "artifacts": artifacts, "agents": lock.agents,
        });
        let answer = api.send_json("POST", &format!("/api/v1/orgs/{org}/distributions"), &body)?;
        Ok(answer["recorded"].as_bool() == Some(true))
    })();
    match outcome {
        Ok(true) => eprintln!(
            "reported to the server: {} ({}) {}",
            crate::http::normalize_url(&co.url),
            co.branch,
            if co.path.is_empty() { "/" } else { &co.path }
        ),
        Ok(false) => {}
        Err(e) => eprintln!("warning: the install is done, but reporting it failed: {e}"),
    }
}

/// `rulebook install`.
pub fn install(cmd: &InstallCmd, paths: &Paths) -> Result<(), CliError> {
    if cmd.mcp && cmd.render.from.is_some() {
        return Err(CliError::Other(
            "RB-CLI-USAGE",
            "--mcp points agents at a server: install from the server (or use `rulebook mcp --from` offline)".into(),
        ));
    }
    install_files(cmd, paths)?;
    if cmd.mcp {
        let site = Site::of(&cmd.path, cmd.global)?;
        let config = site.read_config()?;
        let agents = agents(&cmd.render, config.as_ref())?;
        let creds = credentials(paths)?;
        let org = config
            .as_ref()
            .and_then(|c| c.org.clone())
            .or(creds.org.clone());
        let servers = match org {
            Some(org) => crate::cli::mcp_files::org_servers(&client(&creds)?, &org)?,
            None => None,
        };
        crate::cli::mcp_files::write(&site, &agents, &creds.host, servers.as_ref())?;
    }
    Ok(())
}

fn install_files(cmd: &InstallCmd, paths: &Paths) -> Result<(), CliError> {
    let site = &Site::of(&cmd.path, cmd.global)?;
    let root = &site.root;
    if let Some(archive) = &cmd.render.from {
        let config = site.read_config()?;
        let agents = agents(&cmd.render, config.as_ref())?;
        // Offline: only the repository's own policy layer applies.
        let layers = crate::cli::policy::layers(None, config.as_ref());
        let pinned = config
            .as_ref()
            .map(|c| c.trusted_keys.clone())
            .unwrap_or_default();
        let (mut bundles, sig) = crate::cli::verify::read_archive(archive)?;
        crate::cli::policy::enforce(&layers, &bundles, &Agent::ids(&agents))?;
        // The signature is judged before anything is written.
        crate::cli::verify::judge_archive(
            archive,
            &mut bundles,
            &sig,
            cmd.trust.allow_unsigned,
            &pinned,
            paths,
        )?;
        let cap = crate::install::policy::effective_cap(
            &layers,
            cmd.render
                .always_on_cap
                .or(config.as_ref().and_then(|c| c.always_on_cap)),
        );
        let repo_policy = repo_policy_at(site, &layers);
        let summary = install_into(
            site,
            bundles,
            &agents,
            cap,
            repo_policy,
            Place::Existing { force: cmd.force },
            false,
        )?;
        report(site, &summary, cmd.render.verbose);
        return Ok(());
    }
    if cmd.packages.is_empty() {
        let sites = configured_sites(site)?;
        if sites.is_empty() {
            return Err(CliError::Other(
                "RB-CLI-USAGE",
                match site.global() {
                    true => format!(
                        "no {}: name packages to install (rulebook install --global PKG --agents ...)",
                        site.root.join(site.scope.config_file()).display()
                    ),
                    false => format!(
                        "no rulebook.json under {}: name packages to install",
                        root.display()
                    ),
                },
            ));
        }
        let mut steps = crate::cli::progress::Steps::new("installing", sites.len());
        for (site, config) in sites {
            steps.next(&site.name());
            install_one(
                &site,
                &config,
                &cmd.render,
                &cmd.trust,
                cmd.force,
                false,
                paths,
            )?;
        }
        return Ok(());
    }
    let mut config = site.read_config()?.unwrap_or_default();
    for p in &cmd.packages {
        let r = PackageRef::parse(p)?;
        config.packages.insert(
            r.key(),
            r.release.clone().unwrap_or_else(|| "latest".into()),
        );
    }
    if !cmd.render.agents.is_empty() {
        config.agents = agents(&cmd.render, None)?
            .iter()
            .map(|a| a.id().to_string())
            .collect();
        config.agents.sort();
    }
    install_one(
        site,
        &config,
        &cmd.render,
        &cmd.trust,
        cmd.force,
        false,
        paths,
    )?;
    site.write_config(&config)
}

/// `rulebook uninstall`.
pub fn uninstall(cmd: &UninstallCmd, paths: &Paths) -> Result<(), CliError> {
    let site = &Site::of(&cmd.path, cmd.global)?;
    let mut config = site.read_config()?.ok_or_else(|| {
        InstallError::Config(format!("no rulebook.json in {}", site.state().display()))
    })?;
    for p in &cmd.packages {
        let key = PackageRef::parse(p)?.key();
        if config.packages.remove(&key).is_none() {
            return Err(CliError::Other(
                "RB-CLI-USAGE",
                format!("{key} is not installed here"),
            ));
        }
    }
    let agents = agents(
        &RenderArgs {
            agents: vec![],
            from: None,
            always_on_cap: None,
            verbose: false,
        },
        Some(&config),
    )?;
    let old = site.read_lock()?;
    let refs: Vec<(String, String)> = config
        .packages
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let bundles = fetch(&refs, old.as_ref(), false, config.org.as_deref(), paths)?;
    // What stays installed keeps the organization's and the repository's never_read paths.
    let org_policy = crate::cli::policy::for_repo(&config, paths)?;
    let repo_policy = repo_policy_at(
        site,
        &crate::cli::policy::layers(org_policy.as_ref(), Some(&config)),
    );
    let summary = install_into(
        site,
        bundles,
        &agents,
        config.always_on_cap,
        repo_policy,
        Place::Existing { force: cmd.force },
        false,
    )?;
    report(site, &summary, false);
    site.write_config(&config)
}

/// What a command naming no package works on, with its `rulebook.json`: the home folder
/// when it has one, or every folder with one at or below a repository's path (a monorepo
/// has several); empty when there is none.
fn configured_sites(site: &Site) -> Result<Vec<(Site, RepoConfig)>, CliError> {
    if site.global() {
        return Ok(site
            .read_config()?
            .map(|c| (site.clone(), c))
            .into_iter()
            .collect());
    }
    let mut dirs = Vec::new();
    find_configs(&site.root, &mut dirs)?;
    let mut out = Vec::new();
    for dir in dirs {
        let at = Site::of(&dir, false)?;
        let config = at.read_config()?.unwrap_or_default();
        out.push((at, config));
    }
    Ok(out)
}

/// `rulebook update`: every package to its newest release (pinned ones stay), in every
/// `rulebook.json` at or below the path.
pub fn update(cmd: &UpdateCmd, paths: &Paths) -> Result<(), CliError> {
    let args = RenderArgs {
        agents: vec![],
        from: None,
        always_on_cap: None,
        verbose: false,
    };
    let at = Site::of(&cmd.path, cmd.global)?;
    let sites = configured_sites(&at)?;
    if sites.is_empty() {
        return Err(InstallError::Config(match at.global() {
            true => format!("no rulebook.json in {}", at.state().display()),
            false => format!("no rulebook.json in or below {}", at.root.display()),
        })
        .into());
    }
    let mut steps = crate::cli::progress::Steps::new("updating", sites.len());
    for (site, config) in sites {
        steps.next(&site.name());
        install_one(&site, &config, &args, &cmd.trust, cmd.force, true, paths)?;
        let creds = credentials(paths)?;
        crate::cli::unreleased::after_update(&site, &creds, &client(&creds)?)?;
    }
    Ok(())
}

/// `rulebook status`: installed vs newest release, and local edits, for every installed
/// folder at or below the path.
pub fn status(cmd: &RepoCmd, paths: &Paths) -> Result<(), CliError> {
    if cmd.global {
        return status_of(&Site::of(&cmd.path, true)?, paths);
    }
    // A folder installed from an archive has a lock but may have no rulebook.json.
    let mut dirs = Vec::new();
    find_configs(&cmd.path, &mut dirs)?;
    if !dirs.contains(&cmd.path) && cmd.path.join(lock::LOCK_FILE).is_file() {
        dirs.insert(0, cmd.path.clone());
    }
    if dirs.is_empty() {
        dirs.push(cmd.path.clone());
    }
    let several = dirs.len() > 1;
    for dir in dirs {
        if several {
            println!("== {}", dir.display());
        }
        status_of(&Site::of(&dir, false)?, paths)?;
    }
    Ok(())
}

fn status_of(site: &Site, paths: &Paths) -> Result<(), CliError> {
    let root = &site.root;
    let lock = site.read_lock()?.ok_or_else(|| {
        InstallError::Config(format!(
            "nothing installed in {} (no {})",
            site.name(),
            site.root.join(site.scope.lock_file()).display()
        ))
    })?;
    let config = site.read_config()?.unwrap_or_default();
    let server: Vec<_> = lock
        .packages
        .iter()
        .filter(|(_, p)| p.source == "server")
        .collect();
    if !server.is_empty() {
        let creds = credentials(paths)?;
        let org = config.org.clone().or(creds.org.clone()).unwrap_or_default();
        let api = client(&creds)?;
        let mut notes = Vec::new();
        for (key, p) in server {
            let path = crate::cli::unreleased::package_path(&org, &PackageRef::parse(key)?);
            let state = match api.get(&path) {
                Ok(v) => {
                    if config.packages.get(key).map(String::as_str) == Some("latest") {
                        notes.extend(crate::cli::unreleased::note(
                            key,
                            p.release.as_deref(),
                            &v,
                            &creds.host,
                            &path,
                        ));
                    }
                    let latest = v["releases"][0]["version"].as_str().map(str::to_string);
                    match (&p.release, latest) {
                        (_, None) => "removed (no releases)".to_string(),
                        (Some(mine), Some(l)) if *mine == l => "up to date".to_string(),
                        (mine, Some(l)) => format!(
                            "outdated (latest {l}, installed {})",
                            mine.as_deref().unwrap_or("?")
                        ),
                    }
                }
                Err(ClientError::Server { status: 404, .. }) => {
                    "removed from the server".to_string()
                }
                Err(e) => return Err(e.into()),
            };
            println!(
                "{key:<32} {:<10} {state}",
                p.release.as_deref().unwrap_or("-")
            );
        }
        for n in notes {
            println!("{n}");
        }
    }
    for (key, p) in lock.packages.iter().filter(|(_, p)| p.source != "server") {
        println!(
            "{key:<32} {:<10} from an archive",
            p.release.as_deref().unwrap_or("-")
        );
    }
    let modified = modified_files(root, &lock)?;
    for m in &modified {
        println!("modified  {m}");
    }
    if modified.is_empty() {
        println!("no local edits to generated files");
    }
    // The policy as it stands now: the organization's may have tightened since the install.
    let org_policy = if lock.packages.values().any(|p| p.source == "server") {
        crate::cli::policy::for_repo(&config, paths)?
    } else {
        None
    };
    let layers = crate::cli::policy::layers(org_policy.as_ref(), Some(&config));
    let violations = crate::cli::policy::violations_of_lock(&layers, &lock);
    if !layers.is_empty() && violations.is_empty() {
        println!("install policy: satisfied");
    }
    crate::cli::policy::refuse(
        &violations,
        "installed here but not allowed by the install policy now (`rulebook install` would refuse it)",
    )
}

/// `rulebook import`.
#[derive(Debug, clap::Args)]
pub struct ImportCmd {
    /// The repository to read (default: here).
    #[arg(default_value = ".")]
    path: PathBuf,
    /// Write what was found as a portable archive (review it, then `archive import`).
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// Send it to this space of the logged-in server (with --dry-run: only report).
    #[arg(long)]
    space: Option<String>,
    #[arg(long)]
    dry_run: bool,
}

fn collect(
    root: &Path,
    rel: &str,
    out: &mut Vec<crate::archive::Entry>,
    skipped: &mut Vec<String>,
) {
    use std::os::unix::fs::PermissionsExt;
    let p = root.join(rel);
    let Ok(m) = std::fs::symlink_metadata(&p) else {
        return;
    };
    if m.file_type().is_symlink() {
        skipped.push(format!("{rel}: a symlink, not followed"));
    } else if m.is_dir() {
        let Ok(rd) = std::fs::read_dir(&p) else {
            return;
        };
        let mut names: Vec<String> = rd
            .filter_map(Result::ok)
            .filter_map(|e| e.file_name().to_str().map(str::to_string))
            .collect();
        names.sort();
        for n in names {
            collect(root, &format!("{rel}/{n}"), out, skipped);
        }
    } else if m.len() > 4 << 20 {
        skipped.push(format!("{rel}: larger than 4 MiB"));
    } else if let Ok(data) = std::fs::read(&p) {
        let mode = if m.permissions().mode() & 0o111 != 0 {
            0o755
        } else {
            0o644
        };
        out.push(crate::archive::Entry {
            path: rel.to_string(),
            data,
            mode,
        });
    }
}

/// A repository's agent files (`.rulebook/`, `.claude/`, ...) read back into a playbook, with
/// what was skipped and why (`rulebook import`, `rulebook mcp --from`).
pub(crate) fn read_repository(root: &Path) -> (render::import::Imported, Vec<String>) {
    let mut files = Vec::new();
    let mut skipped = Vec::new();
    for rel in render::import::roots() {
        collect(root, rel, &mut files, &mut skipped);
    }
    (render::import::import(&files), skipped)
}

/// `rulebook import`: agent files → standards, commands, subagents and skills.
pub fn import(cmd: &ImportCmd, paths: &Paths) -> Result<(), CliError> {
    let (found, mut skipped) = read_repository(&cmd.path);
    skipped.extend(found.skipped.iter().cloned());
    let limits = crate::model::artifact::Limits::default();
    let mut items = Vec::new();
    let p = &found.playbook;
    let all = p.contents();
    for (slug, content) in all {
        let problems = content.problems_within(&limits);
        if problems.is_empty() {
            let from = found
                .sources
                .iter()
                .find(|(k, s, _)| k == content.kind().as_str() && s == slug)
                .map(|x| x.2.as_str())
                .unwrap_or("");
            println!("{:<9} {:<40} from {from}", content.kind().as_str(), slug);
            items.push(crate::archive::portable::Item {
                slug: slug.to_string(),
                version: 1,
                content,
            });
        } else {
            skipped.push(format!(
                "{} {slug}: {}",
                content.kind().as_str(),
                problems.join("; ")
            ));
        }
    }
    for s in &skipped {
        eprintln!("skipped: {s}");
    }
    let bundle = Bundle {
        source: crate::archive::portable::Source {
            org: String::new(),
            space: "import".into(),
            package: None,
            release: None,
            exported_at: String::new(),
            generator: format!("rulebook {} import", crate::version::VERSION),
        },
        items,
        packages: vec![],
    };
    let zip = crate::archive::portable::write(&bundle)
        .and_then(|e| crate::archive::write_zip(&e))
        .map_err(|e| InstallError::Source(e.to_string()))?;
    if let Some(out) = &cmd.out {
        crate::ops::files::write_atomic(out, &zip, 0o644)
            .map_err(io("cannot write the archive"))?;
        eprintln!("wrote {} ({} artifacts)", out.display(), bundle.items.len());
    }
    if let Some(space) = &cmd.space {
        let creds = credentials(paths)?;
        let org = creds
            .org
            .clone()
            .ok_or_else(|| ClientError::Config("no organization: log in with --org".into()))?;
        let path = format!(
            "/api/v1/orgs/{org}/spaces/{space}/import?dry_run={}&message={}",
            u8::from(cmd.dry_run),
            encode("Imported from existing agent files")
        );
        let report = {
            let _working = crate::cli::progress::Activity::start("importing");
            client(&creds)?.send_bytes("POST", &path, "application/zip", &zip, &[])?
        };
        for a in report["artifacts"].as_array().cloned().unwrap_or_default() {
            println!(
                "{:<10} {:<9} {}",
                a["action"].as_str().unwrap_or(""),
                a["kind"].as_str().unwrap_or(""),
                a["slug"].as_str().unwrap_or("")
            );
        }
    }
    Ok(())
}

/// Generated files (or Rulebook's sections) whose content no longer matches the lock.
pub(crate) fn modified_files(root: &Path, lock: &Lock) -> Result<Vec<String>, CliError> {
    Ok(planner::modified(&Local(root), lock)?)
}
