//! The command line: clap definitions, one file per command group, and the mapping from
//! errors to documented exit codes. Commands are thin: they resolve paths and keys, call the
//! store, the server or an operation, and print.

mod ai;
mod apikey;
mod archive;
mod audience;
mod audit;
mod backup;
mod db;
mod diff;
mod distribute;
mod doctor;
mod egress;
mod error;
mod init;
mod install;
mod limits;
mod lint;
mod lint_files;
mod lint_report;
mod mcp;
mod mcp_files;
mod plugin;
mod policy;
mod probe;
mod progress;
mod remote;
mod retention;
mod scan;
mod secrets;
mod serve;
mod service;
mod signing;
mod site;
mod tls;
mod trust;
mod unlock;
mod unreleased;
mod upgrade;
mod user;
mod verify;

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

pub use error::{CliError, ExitCode};

use crate::clock::Clock;
use crate::config::Paths;
use crate::error::Coded;

/// Rulebook: a self-hosted engineering-playbook server for AI coding agents.
#[derive(Debug, Parser)]
#[command(name = "rulebook", version = crate::version::VERSION, long_version = long_version(), propagate_version = true)]
pub struct Cli {
    /// Data directory (database and its sidecars).
    #[arg(long, global = true, env = "RULEBOOK_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Config directory (holds the default key file, apart from the data).
    #[arg(long, global = true, env = "RULEBOOK_CONFIG_DIR", value_name = "DIR")]
    pub config_dir: Option<PathBuf>,
    /// Database key file (64 hex characters, mode 0600).
    #[arg(long, global = true, value_name = "FILE")]
    pub key_file: Option<PathBuf>,
    /// The secrets key (sealed credentials); default <config dir>/secrets.key.
    #[arg(long, global = true, value_name = "FILE")]
    pub secrets_key_file: Option<PathBuf>,
    /// Unlock with a passphrase (prompted on a terminal, else read from standard input).
    #[arg(long, global = true)]
    pub passphrase: bool,
    /// Log level: error, warn, info, debug, trace.
    #[arg(
        long,
        global = true,
        env = "RULEBOOK_LOG",
        default_value = "info",
        value_name = "LEVEL"
    )]
    pub log_level: String,
    /// Print the CycloneDX SBOM embedded in this binary (every crate compiled in, with its
    /// licence and checksum) and exit.
    #[arg(long)]
    pub sbom: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

fn long_version() -> &'static str {
    // Computed once; clap wants a 'static str.
    static LONG: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    LONG.get_or_init(crate::version::long)
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the server (creates the key and database on first start).
    Serve(ServeArgs),
    /// Create the key file and the database, then exit.
    Init,
    /// Check what an administrator tends to forget; each finding says how to fix it.
    Doctor(DoctorArgs),
    /// Database maintenance.
    #[command(subcommand)]
    Db(DbCommand),
    /// TLS helpers.
    #[command(subcommand)]
    Tls(TlsCommand),
    /// Accounts from the shell.
    #[command(subcommand)]
    User(UserCommand),
    /// API keys for CI and agents.
    #[command(subcommand)]
    Apikey(ApiKeyCommand),
    /// The tamper-evident audit log.
    #[command(subcommand)]
    Audit(AuditCommand),
    /// Spaces: legal hold.
    #[command(subcommand)]
    Space(SpaceCommand),
    /// Print the API routes and the permission each requires (JSON).
    Routes,
    /// Take an online, encrypted, self-verified backup (or `backup verify FILE`).
    Backup(BackupArgs),
    /// Restore a backup (the server must be stopped); the previous database is kept.
    Restore(RestoreArgs),
    /// Retention policies: nothing is deleted unless one is set.
    #[command(subcommand)]
    Retention(RetentionCommand),
    /// Signed upgrades from a bundle (binary + minisign signature).
    #[command(subcommand)]
    Upgrade(UpgradeCommand),
    /// systemd integration.
    #[command(subcommand)]
    Service(ServiceCommand),
    /// Standards on a running server (needs --server, an API key and --org).
    Standards(RemoteArgsWith),
    /// Commands on a running server.
    Commands(RemoteArgsWith),
    /// Skills on a running server.
    Skills(RemoteArgsWith),
    /// Subagents on a running server.
    Subagents(RemoteArgsWith),
    /// Agent policies (permissions and hooks) on a running server.
    Policies(RemoteArgsWith),
    /// Packages on a running server.
    Packages(RemoteArgsWith),
    /// Store a server URL and API key for install, status and update.
    Login(install::LoginArgs),
    /// Forget the stored server and key.
    Logout,
    /// Show who the stored key belongs to.
    Whoami,
    /// Render packages for coding agents (to a folder with --out, or print the file list).
    Render(install::RenderCmd),
    /// Install packages into this repository for its agents (rulebook.json, rulebook.lock).
    Install(install::InstallCmd),
    /// Remove packages from this repository.
    Uninstall(install::UninstallCmd),
    /// Installed releases vs the newest ones, and local edits of generated files.
    Status(install::RepoCmd),
    /// Update packages that follow `latest` to the newest release.
    Update(install::UpdateCmd),
    /// Turn local edits of agent files into change proposals on the server (edited generated
    /// files, new hand-written rule files; never the same proposal twice).
    Diff(diff::DiffCmd),
    /// Write a distribution for a repository out of reach as a git bundle or patch file
    /// (built on the branch as carried in: a clone, mirror or bundle).
    Distribute(distribute::DistributeCmd),
    /// Ask the server's AI provider for a drafted standard, examples, a condensed version
    /// (as a proposal) or a proposal review; drafts are printed, never saved.
    Ai(ai::AiCmd),
    /// Scan a repository's agent files (or every text file with --all) for hidden Unicode,
    /// credentials, risky commands and prompt overrides; text, JSON or SARIF.
    Scan(scan::ScanCmd),
    /// Check code against the playbook's detectors (ast-grep rules or regexes, from
    /// .rulebook/detectors/ or --detector files): human, ide, JSON, SARIF or Code Quality.
    Lint(lint::LintCmd),
    /// One health request to this host's own server (for container health checks).
    Probe(probe::ProbeCmd),
    /// Read a repository's existing agent files into standards, commands, subagents, skills.
    Import(install::ImportCmd),
    /// The MCP server on stdio (relaying to a server, or offline with --from), and agents'
    /// client configuration (`mcp config --agent X`).
    Mcp(mcp::McpArgs),
    /// Move a space or package across an air gap as a portable archive.
    #[command(subcommand)]
    Archive(archive::ArchiveCommand),
    /// Starter standards built into this binary.
    #[command(subcommand)]
    Templates(archive::TemplatesCommand),
    /// Content size limits (names, bodies, rules, skill files).
    #[command(subcommand)]
    Limits(limits::LimitsCommand),
    /// Outbound connections: the allowlist, proxy, CA bundle, timeouts; test a URL.
    #[command(subcommand)]
    Egress(egress::EgressCommand),
    /// Sealed credentials: list, set (value on stdin), delete, rotate the secrets key.
    #[command(subcommand)]
    Secrets(secrets::SecretsCommand),
    /// The instance's archive signing keys: show (public keys, fingerprints), rotate.
    #[command(subcommand)]
    Signing(signing::SigningCommand),
    /// Signing keys you trust for archives and releases: add, server, list, remove.
    #[command(subcommand)]
    Trust(trust::TrustCommand),
    /// Check a portable archive's signature: who signed it, whether you trust them, what it holds.
    Verify(verify::VerifyCmd),
    /// Print shell completions.
    Completions {
        /// bash, zsh, fish, elvish or powershell.
        shell: clap_complete::Shell,
    },
}

/// `rulebook serve` options.
#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, env = "RULEBOOK_LISTEN", default_value = "127.0.0.1:8420")]
    pub listen: SocketAddr,
    /// The URL users reach this server at (`https://rules.example.com`), when it differs from
    /// the listen address (a host name, or a TLS-terminating proxy): requests naming another
    /// host are refused (421), and links handed out use it.
    #[arg(long, env = "RULEBOOK_PUBLIC_URL", value_name = "URL", value_parser = crate::http::hosts::parse_public_url)]
    pub public_url: Option<crate::http::hosts::Origin>,
    /// TLS certificate chain (PEM); serves HTTPS with --tls-key.
    #[arg(long, requires = "tls_key", value_name = "FILE")]
    pub tls_cert: Option<PathBuf>,
    /// TLS private key (PEM).
    #[arg(long, requires = "tls_cert", value_name = "FILE")]
    pub tls_key: Option<PathBuf>,
    /// Worker threads handling requests.
    #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u16).range(1..=256))]
    pub workers: u16,
    /// Threads that may work in the database at once, whatever the worker count (0: one per
    /// CPU core this process may use, at least two). Workers waiting on the network hold none.
    #[arg(long, default_value_t = 0, value_parser = clap::value_parser!(u16).range(0..=256), value_name = "N")]
    pub database_threads: u16,
    /// Largest request body accepted, in bytes.
    #[arg(long, default_value_t = 8 * 1024 * 1024)]
    pub max_body: u64,
    /// Most simultaneous connections (lowered to fit the file-descriptor limit).
    #[arg(long, default_value_t = 256, value_parser = clap::value_parser!(u32).range(4..=65536))]
    pub max_connections: u32,
    /// A session unused for this many minutes ends.
    #[arg(long, default_value_t = 480, value_parser = clap::value_parser!(u32).range(1..=525600))]
    pub session_idle_minutes: u32,
    /// A session ends this many hours after sign-in, used or not.
    #[arg(long, default_value_t = 168, value_parser = clap::value_parser!(u32).range(1..=8760))]
    pub session_max_hours: u32,
    /// Take a backup this often (e.g. 6h, 1d, 90s); off unless set.
    #[arg(long, value_name = "INTERVAL")]
    pub backup_every: Option<String>,
    /// Folder for scheduled backups (default: the backup.dir setting, else <data dir>/backups).
    #[arg(long, value_name = "DIR")]
    pub backup_dir: Option<PathBuf>,
    /// Keep only the newest N scheduled backups (0 keeps all, the default).
    #[arg(long, default_value_t = 0)]
    pub backup_keep: usize,
    /// age recipients for scheduled backups (default: <config dir>/backup-recipients.txt).
    #[arg(long, value_name = "FILE")]
    pub backup_recipients_file: Option<PathBuf>,
    /// File holding a bearer token that may read /metrics (16+ characters).
    #[arg(long, value_name = "FILE")]
    pub metrics_token_file: Option<PathBuf>,
    /// Do not let unauthenticated scrapers on loopback read /metrics.
    #[arg(long)]
    pub metrics_no_loopback: bool,
    /// MCP requests allowed per API key per minute (429 beyond; 0: no limit).
    #[arg(long, default_value_t = 3000, value_name = "N")]
    pub mcp_rate_per_minute: u32,
    /// Git distribution jobs run at once (each connection also has its own cap).
    #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u16).range(1..=64), value_name = "N")]
    pub distribution_workers: u16,
    /// Seconds before a distribution job that met a transient failure is retried (doubled
    /// on each attempt, at most 10 minutes; a `Retry-After` is honoured).
    #[arg(long, default_value_t = 15, value_parser = clap::value_parser!(u16).range(1..=3600), value_name = "SECS")]
    pub distribution_retry_secs: u16,
    /// Seconds between checks of open pull/merge requests (merged, closed).
    #[arg(long, default_value_t = 60, value_parser = clap::value_parser!(u16).range(1..=3600), value_name = "SECS")]
    pub distribution_pr_refresh_secs: u16,
    /// Sign-in attempts allowed per client address per minute (429 beyond).
    #[arg(long, default_value_t = 30, value_parser = clap::value_parser!(u32).range(1..=100000))]
    pub login_rate_per_minute: u32,
    /// Start even though the audit chain does not verify (recorded as an audit row; `/readyz`
    /// and the log report it). Without it, a broken chain refuses the start.
    #[arg(long)]
    pub accept_broken_audit: bool,
    /// Serve only these client addresses (comma-separated CIDR ranges); others are closed
    /// before any parsing. Empty: every address.
    #[arg(long, env = "RULEBOOK_ALLOW_CLIENTS", value_name = "CIDR,...")]
    pub allow_clients: Option<String>,
    /// Reverse proxies (CIDR ranges) whose X-Forwarded-For names the client.
    #[arg(long, env = "RULEBOOK_TRUSTED_PROXY", value_name = "CIDR,...")]
    pub trusted_proxy: Option<String>,
    /// PEM bundle of the site's CA certificates for outbound https (overrides the setting).
    #[arg(long, value_name = "FILE")]
    pub egress_ca_file: Option<PathBuf>,
    /// Access log: off, errors (4xx/5xx and slow), writes (also every write; the default) or
    /// all. Health and metrics probes log at debug only.
    #[arg(
        long,
        value_enum,
        env = "RULEBOOK_ACCESS_LOG",
        default_value = "writes"
    )]
    pub access_log: crate::http::access_log::AccessLog,
}

/// `rulebook doctor` options: describe how the server runs, so exposure can be judged.
#[derive(Debug, clap::Args)]
pub struct DoctorArgs {
    /// The address the server listens on.
    #[arg(long, env = "RULEBOOK_LISTEN", default_value = "127.0.0.1:8420")]
    pub listen: SocketAddr,
    /// The TLS certificate the server uses (its expiry is checked).
    #[arg(long, value_name = "FILE")]
    pub tls_cert: Option<PathBuf>,
    /// Where backups go (default: the backup.dir setting, else <data dir>/backups).
    #[arg(long, value_name = "DIR")]
    pub backup_dir: Option<PathBuf>,
}

/// `rulebook db ...`.
#[derive(Debug, Subcommand)]
pub enum DbCommand {
    /// Print the schema version and the migrations applied.
    Status,
    /// Check integrity, page authentication and Rulebook's invariants.
    Verify,
    /// Re-encrypt the database under a new key (the server must be stopped).
    Rekey,
    /// Durability probe: commit rows one by one, printing each id once it is durable.
    Probe {
        /// Rows to write; 0 writes until interrupted.
        #[arg(long, default_value_t = 100)]
        count: u64,
        /// Text stored in each row.
        #[arg(long, default_value = "probe")]
        payload: String,
        /// Print the ids present instead of writing.
        #[arg(long)]
        list: bool,
    },
}

/// `rulebook user ...`.
#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create an administrator (and the organization if it does not exist).
    Create {
        /// Login name.
        username: String,
        /// Full name shown in the UI.
        #[arg(long)]
        display_name: Option<String>,
        /// Organization name (created if missing).
        #[arg(long, default_value = "Default")]
        org: String,
        /// Make the user an organization and instance administrator (required for now).
        #[arg(long)]
        admin: bool,
        /// Read the password from the first line of standard input instead of prompting.
        #[arg(long)]
        password_stdin: bool,
    },
    /// List every user with their organizations and roles.
    List,
    /// Disable a user in an organization (ends their sessions; keys stop working).
    Disable {
        username: String,
        #[arg(long)]
        org: String,
    },
    /// Enable a disabled user.
    Enable {
        username: String,
        #[arg(long)]
        org: String,
    },
    /// Release a login lock.
    Unlock { username: String },
    /// Write everything the instance holds about a person as JSON (by username or id).
    Export { user: String },
    /// Erase a person's personal data; their content stays under a pseudonym and the audit
    /// chain stays verifiable.
    Erase {
        user: String,
        /// Confirm: erasure cannot be undone.
        #[arg(long)]
        yes: bool,
    },
}

/// `rulebook backup`.
#[derive(Debug, clap::Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct BackupArgs {
    #[command(subcommand)]
    pub command: Option<BackupSub>,
    /// File or folder to write to (default: the backup.dir setting, else <data dir>/backups).
    #[arg(long, value_name = "PATH")]
    pub to: Option<PathBuf>,
    /// age X25519 recipient (age1...); repeatable.
    #[arg(long, value_name = "AGE1...")]
    pub recipient: Vec<String>,
    /// File of age recipients (default: <config dir>/backup-recipients.txt if present).
    #[arg(long, value_name = "FILE")]
    pub recipients_file: Option<PathBuf>,
    /// Seal with the passphrase in the first line of FILE instead of recipients.
    #[arg(long, value_name = "FILE")]
    pub passphrase_file: Option<PathBuf>,
}

/// `rulebook backup verify`.
#[derive(Debug, Subcommand)]
pub enum BackupSub {
    /// Check a backup without restoring it.
    Verify {
        file: PathBuf,
        /// age identity file: also decrypt and check integrity and row counts.
        #[arg(long, value_name = "FILE")]
        identity: Option<PathBuf>,
        /// Passphrase file, for a passphrase-sealed backup.
        #[arg(long, value_name = "FILE")]
        passphrase_file: Option<PathBuf>,
    },
}

/// `rulebook restore`.
#[derive(Debug, clap::Args)]
pub struct RestoreArgs {
    /// The `.age` backup file.
    pub file: PathBuf,
    /// age identity file that opens it.
    #[arg(long, value_name = "FILE")]
    pub identity: Option<PathBuf>,
    /// Passphrase file, for a passphrase-sealed backup.
    #[arg(long, value_name = "FILE")]
    pub passphrase_file: Option<PathBuf>,
    /// The database key the backup was made under, if it was rotated since.
    #[arg(long, value_name = "FILE")]
    pub backup_key_file: Option<PathBuf>,
}

/// `rulebook upgrade ...`.
#[derive(Debug, Subcommand)]
pub enum UpgradeCommand {
    /// Verify a bundle's signature and say what it is.
    Check {
        /// The new binary; its signature is FILE.minisig.
        file: PathBuf,
        /// More trusted minisign public keys (besides compiled-in ones and <config dir>/trusted-keys/).
        #[arg(long)]
        trusted_key: Vec<PathBuf>,
    },
    /// Verify, back up the database, install the new binary atomically, restart the service.
    Apply {
        file: PathBuf,
        #[arg(long)]
        trusted_key: Vec<PathBuf>,
        /// The binary to replace (default: this one).
        #[arg(long)]
        install_path: Option<PathBuf>,
        /// Accept a bundle not newer than the highest installed version (audited).
        #[arg(long)]
        allow_downgrade: bool,
        /// Do not restart rulebook.service.
        #[arg(long)]
        no_restart: bool,
    },
    /// Put the previous binary and the pre-upgrade database back (server stopped).
    Rollback {
        #[arg(long)]
        install_path: Option<PathBuf>,
    },
}

/// Connection settings for reading a running server.
#[derive(Debug, clap::Args)]
pub struct RemoteArgs {
    /// The server's URL.
    #[arg(long, env = "RULEBOOK_SERVER")]
    pub server: Option<String>,
    /// File holding an API key (else RULEBOOK_API_KEY).
    #[arg(long, env = "RULEBOOK_API_KEY_FILE", value_name = "FILE")]
    pub api_key_file: Option<PathBuf>,
    /// CA or server certificate (PEM) to trust for https.
    #[arg(long, env = "RULEBOOK_CA_FILE", value_name = "FILE")]
    pub ca_file: Option<PathBuf>,
    /// Organization slug.
    #[arg(long, env = "RULEBOOK_ORG")]
    pub org: Option<String>,
    /// Space slug.
    #[arg(long, default_value = "default")]
    pub space: String,
}

/// A read command with its connection settings.
#[derive(Debug, clap::Args)]
pub struct RemoteArgsWith {
    #[command(subcommand)]
    pub command: RemoteCommand,
    #[command(flatten)]
    pub remote: RemoteArgs,
}

/// `list` or `show`.
#[derive(Debug, Subcommand)]
pub enum RemoteCommand {
    /// List slugs, versions and names.
    List {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Print one in full (JSON).
    Show { slug: String },
}

/// `rulebook service ...`.
#[derive(Debug, Subcommand)]
pub enum ServiceCommand {
    /// Write the hardened systemd unit (or print it with --print), creating missing keys.
    Install(service::InstallArgs),
}

/// `rulebook space ...`.
#[derive(Debug, Subcommand)]
pub enum SpaceCommand {
    /// Put a space under legal hold (blocks its deletion and audit pruning) or release it.
    Hold {
        /// Organization slug.
        org: String,
        /// Space slug.
        space: String,
        /// Release the hold instead.
        #[arg(long)]
        off: bool,
    },
}

/// `rulebook retention ...`.
#[derive(Debug, Subcommand)]
pub enum RetentionCommand {
    /// Show the policy of every data class.
    Show,
    /// Set how long a class is kept: --days N, or --forever (the default).
    Set {
        /// audit, sessions, tokens, backups, versions, trash, proposals, distributions or lint.
        class: String,
        #[arg(long, conflicts_with = "forever")]
        days: Option<u32>,
        /// versions only: always keep the N newest versions of each artifact.
        #[arg(long, conflicts_with = "forever")]
        keep: Option<u32>,
        #[arg(long)]
        forever: bool,
    },
    /// Show what applying the policies would delete now.
    Plan {
        /// Also list each version, artifact, proposal and report that would go.
        #[arg(long)]
        list: bool,
    },
    /// Delete what the policies say, and record the counts in the audit log.
    Apply,
}

/// `rulebook apikey ...`.
#[derive(Debug, Subcommand)]
pub enum ApiKeyCommand {
    /// Create a key for a user in an organization; prints it once.
    Create {
        /// The key's owner.
        #[arg(long)]
        user: String,
        /// Organization slug.
        #[arg(long)]
        org: String,
        /// read, write or admin (never above the owner's role).
        #[arg(long, default_value = "read")]
        scope: String,
        /// What the key is for.
        #[arg(long)]
        name: String,
        /// Days until it expires (0 = never).
        #[arg(long)]
        expires_days: Option<u32>,
    },
    /// List a user's keys.
    List {
        #[arg(long)]
        user: String,
    },
    /// Revoke a key at once.
    Revoke {
        #[arg(long)]
        user: String,
        /// The key's id (from `list`).
        id: i64,
    },
}

/// `rulebook audit ...`.
#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Check the HMAC chain; names the first broken row.
    Verify,
    /// Write every row to standard output.
    Export {
        /// Output format.
        #[arg(long, default_value = "jsonl")]
        format: String,
    },
}

/// `rulebook tls ...`.
#[derive(Debug, Subcommand)]
pub enum TlsCommand {
    /// Make a self-signed certificate and key for a first install.
    SelfSigned {
        /// Folder to write cert.pem and key.pem into (default: <config dir>/tls).
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        /// DNS names or IP addresses the certificate is for.
        #[arg(long = "name", default_values_t = ["localhost".to_string(), "127.0.0.1".to_string()])]
        names: Vec<String>,
    },
}

/// An audit event for an action taken from the shell (actor `cli`).
pub(crate) fn cli_event(action: &str, target: String) -> crate::store::audit::AuditEvent {
    crate::store::audit::AuditEvent {
        actor: "cli".into(),
        action: action.into(),
        target,
        outcome: "success".into(),
        ..Default::default()
    }
}

/// Runs the CLI and returns the process exit code.
pub fn main() -> i32 {
    // Everything Rulebook creates (database, WAL, keys, backups) is for its own user only.
    // SAFETY: umask only changes this process's file-creation mask.
    unsafe {
        libc::umask(0o077);
    }
    let parsed = audience::split(Cli::command())
        .try_get_matches()
        .and_then(|m| Cli::from_arg_matches(&m));
    let cli = match parsed {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::Usage as i32
            } else {
                0
            };
        }
    };
    if cli.sbom && cli.command.is_some() {
        eprintln!("error: --sbom prints the SBOM and exits: use it without a command");
        return ExitCode::Usage as i32;
    }
    if cli.sbom {
        use std::io::Write as _;
        let _ = std::io::stdout()
            .lock()
            .write_all(crate::version::SBOM.as_bytes());
        return 0;
    }
    if cli.command.is_none() {
        let _ = Cli::command().print_help();
        return ExitCode::Usage as i32;
    }
    if !matches!(cli.command, Some(Command::Serve(_))) {
        error::end_quietly_on_closed_stdout();
    }
    // One-shot commands that can render tens of thousands of files give freed memory back at
    // once, from before the playbook is read; the server gives it back within 100 ms.
    if matches!(
        cli.command,
        Some(
            Command::Render(_)
                | Command::Install(_)
                | Command::Uninstall(_)
                | Command::Update(_)
                | Command::Distribute(_)
        )
    ) {
        crate::ops::alloc::prefer_small_footprint();
    }
    if matches!(cli.command, Some(Command::Serve(_))) {
        crate::ops::alloc::prefer_server_footprint();
    }
    let level = crate::logging::parse_level(&cli.log_level).unwrap_or(log::LevelFilter::Info);
    crate::logging::init(level, Clock::system());
    let clock = Clock::from_env();
    match run(cli, &clock) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("error[{}]: {}", e.code(), e);
            e.exit_code() as i32
        }
    }
}

fn run(cli: Cli, clock: &Clock) -> Result<(), CliError> {
    let paths = Paths::resolve(cli.data_dir.clone(), cli.config_dir.clone())?;
    let unlock = unlock::Unlock::from_cli(&cli, &paths);
    let Some(ref command) = cli.command else {
        return Err(CliError::Other(
            "RB-CLI-USAGE",
            "name a command (rulebook --help lists them)".into(),
        ));
    };
    match *command {
        Command::Serve(ref args) => serve::run(args, &paths, &unlock, clock),
        Command::Init => init::run(&paths, &unlock, clock),
        Command::Doctor(ref args) => doctor::run(args, &paths, &unlock, clock),
        Command::Db(ref cmd) => db::run(cmd, &paths, &unlock, clock),
        Command::Tls(ref cmd) => tls::run(cmd, &paths, clock),
        Command::User(ref cmd) => user::run(cmd, &paths, &unlock, clock),
        Command::Audit(ref cmd) => audit::run(cmd, &paths, &unlock, clock),
        Command::Apikey(ref cmd) => apikey::run(cmd, &paths, &unlock, clock),
        Command::Backup(ref args) => backup::run(args, &paths, &unlock, clock),
        Command::Restore(ref args) => backup::restore(args, &paths, &unlock, clock),
        Command::Retention(ref cmd) => retention::run(cmd, &paths, &unlock, clock),
        Command::Space(ref cmd) => user::space(cmd, &paths, &unlock, clock),
        Command::Service(ServiceCommand::Install(ref args)) => service::install(args),
        Command::Upgrade(ref cmd) => upgrade::run(cmd, &paths, &unlock, clock),
        Command::Standards(ref a) => remote::run("standards", &a.command, &a.remote, &paths),
        Command::Commands(ref a) => remote::run("commands", &a.command, &a.remote, &paths),
        Command::Skills(ref a) => remote::run("skills", &a.command, &a.remote, &paths),
        Command::Subagents(ref a) => remote::run("subagents", &a.command, &a.remote, &paths),
        Command::Policies(ref a) => remote::run("policies", &a.command, &a.remote, &paths),
        Command::Packages(ref a) => remote::run("packages", &a.command, &a.remote, &paths),
        Command::Login(ref a) => install::login(a, &paths),
        Command::Logout => install::logout(&paths),
        Command::Whoami => install::whoami(&paths),
        Command::Render(ref c) => install::render_cmd(c, &paths),
        Command::Install(ref c) => install::install(c, &paths),
        Command::Uninstall(ref c) => install::uninstall(c, &paths),
        Command::Status(ref c) => install::status(c, &paths),
        Command::Update(ref c) => install::update(c, &paths),
        Command::Import(ref c) => install::import(c, &paths),
        Command::Ai(ref c) => ai::run(c, &paths),
        Command::Scan(ref c) => scan::run(c),
        Command::Lint(ref c) => lint::run(c, &paths),
        Command::Probe(ref c) => probe::run(c),
        Command::Mcp(ref a) => mcp::run(a, &paths),
        Command::Diff(ref c) => diff::diff(c, &paths),
        Command::Distribute(ref c) => distribute::run(c, &paths),
        Command::Archive(ref cmd) => archive::run(cmd, &paths),
        Command::Templates(ref cmd) => archive::templates(cmd),
        Command::Limits(ref cmd) => limits::run(cmd, &paths, &unlock, clock),
        Command::Egress(ref cmd) => egress::run(cmd, &paths, &unlock, clock),
        Command::Secrets(ref cmd) => secrets::run(cmd, &paths, &unlock, clock),
        Command::Signing(ref cmd) => signing::run(cmd, &paths, &unlock, clock),
        Command::Trust(ref cmd) => trust::run(cmd, &paths),
        Command::Verify(ref cmd) => verify::run(cmd, &paths),
        Command::Routes => {
            println!(
                "{}",
                serde_json::to_string_pretty(&crate::http::routes_json()).unwrap_or_default()
            );
            Ok(())
        }
        Command::Completions { shell } => {
            clap_complete::generate(
                shell,
                &mut audience::split(Cli::command()),
                "rulebook",
                &mut std::io::stdout(),
            );
            Ok(())
        }
    }
}
