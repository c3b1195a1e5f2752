//! MCP client configuration for coding agents: the snippet `rulebook mcp config --agent X`
//! prints, and the repository files `rulebook install --mcp` writes or merges into.
//!
//! Why this module exists, and its one invariant: a repository MCP config is committed and
//! shared, so it must never hold the API key. Every configuration built here either refers to
//! the key through the agent's own, documented environment-variable interpolation
//! (`${RULEBOOK_API_KEY}`, `${env:RULEBOOK_API_KEY}`, `{env:RULEBOOK_API_KEY}`, Codex's
//! `bearer_token_env_var`), or runs `rulebook mcp --server URL` over stdio, where rulebook
//! itself reads the key from `RULEBOOK_API_KEY` or the stored login. An agent whose
//! documentation shows no way to put an environment variable into an HTTP header gets the
//! stdio form only. [`config`] also refuses a server URL that carries credentials.
//!
//! Pure: plain functions over strings and `serde_json`, no I/O, no clock. The caller reads
//! and writes the files.
//!
//! Merging ([`merge_into`]) edits text instead of re-serialising a parsed tree: these files
//! belong to the user (`.gemini/settings.json`, `.zed/settings.json` and `opencode.json` hold
//! much more than MCP servers), serde_json here does not keep key order, and JSONC files carry
//! comments. So the existing file is scanned for byte positions, only the value of the
//! `rulebook` entry is replaced (or the entry, or its container, inserted), every other byte
//! is kept, and the result is parsed again and compared with the intended document before it
//! is returned. There is no TOML parser among the dependencies (only `basic-toml`, pulled in
//! transitively, which is not ours to use), so the Codex `config.toml` merge is textual too:
//! it removes the `[mcp_servers.rulebook]` table and its sub-tables and writes the new table
//! in their place, and refuses files where the entry is spelled another way (inline tables,
//! dotted keys) rather than guess.
//!
//! # Agents and sources
//!
//! The ids are those of [`crate::render::Agent`]; `agentsmd` and `agentskills` are formats,
//! not MCP clients. "best" is what [`config`] picks when no transport is given.
//!
//! | agent | project file | user file | best | key reference in the file | source |
//! |---|---|---|---|---|---|
//! | amazonq | `.amazonq/mcp.json` | `~/.aws/amazonq/mcp.json` | stdio | none (stdio only) | <https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/mcp-ide.html> |
//! | antigravity | `.agents/mcp_config.json` | `~/.gemini/config/mcp_config.json` | stdio | none (stdio only) | <https://github.com/dyoshikawa/rulesync/blob/main/src/features/mcp/antigravity-mcp.ts> (secondary) |
//! | antigravity-cli | `.agents/mcp_config.json` | `~/.gemini/config/mcp_config.json` | stdio | none (stdio only) | as antigravity |
//! | augment | `.augment/settings.json` | `~/.augment/settings.json` | stdio | none (stdio only) | <https://docs.augmentcode.com/cli/config> |
//! | bob | `.bob/mcp.json` | `~/.bob/mcp_settings.json` | stdio | none (stdio only) | <https://github.com/dyoshikawa/rulesync> (secondary; `../shared/reference/agent-targets-more.md` §2c) |
//! | claude | `.mcp.json` | `~/.claude.json` | http | `${RULEBOOK_API_KEY}` | <https://code.claude.com/docs/en/mcp> |
//! | cline | none | `~/.cline/data/settings/cline_mcp_settings.json` | stdio | none (stdio only) | <https://docs.cline.bot/mcp/configuring-mcp-servers> |
//! | codex | `.codex/config.toml` | `~/.codex/config.toml` | http | `bearer_token_env_var = "RULEBOOK_API_KEY"` | <https://developers.openai.com/codex/mcp> |
//! | continue | `.continue/mcpServers/rulebook.json` | none | stdio | none (stdio only) | <https://docs.continue.dev/customize/deep-dives/mcp> |
//! | copilot | `.vscode/mcp.json` | VS Code profile `mcp.json` | http | `${env:RULEBOOK_API_KEY}` | <https://code.visualstudio.com/docs/copilot/reference/mcp-configuration>, <https://code.visualstudio.com/docs/reference/variables-reference> |
//! | copilot-cli | none | `~/.copilot/mcp-config.json` | stdio | none (stdio only) | `../shared/reference/agent-targets-more.md` §2c (GitHub's CLI docs, as gathered there) |
//! | cursor | `.cursor/mcp.json` | `~/.cursor/mcp.json` | http | `${env:RULEBOOK_API_KEY}` | <https://cursor.com/docs/context/mcp> |
//! | deepagents | `.deepagents/.mcp.json` | none | stdio | none (stdio only) | <https://github.com/dyoshikawa/rulesync> (secondary; `../shared/reference/agent-targets-more.md` §2c) |
//! | devin | `.devin/mcp_config.json` | `~/.config/devin/mcp_config.json` | stdio | none (stdio only) | <https://docs.devin.ai/cli/extensibility/mcp/configuration> |
//! | factory-droid | `.factory/mcp.json` | `~/.factory/mcp.json` | stdio | none (stdio only) | <https://github.com/dyoshikawa/rulesync> (secondary; `../shared/reference/agent-targets-more.md` §2c) |
//! | gemini | `.gemini/settings.json` | `~/.gemini/settings.json` | http | `${RULEBOOK_API_KEY}` | <https://geminicli.com/docs/tools/mcp-server>, <https://geminicli.com/docs/cli/configuration> |
//! | gitlab-duo | `.gitlab/duo/mcp.json` | `~/.gitlab/duo/mcp.json` | stdio | none (stdio only) | <https://docs.gitlab.com/user/gitlab_duo/model_context_protocol/mcp_clients/> |
//! | junie | `.junie/mcp/mcp.json` | `~/.junie/mcp/mcp.json` | stdio | none (stdio only) | <https://www.jetbrains.com/help/junie/model-context-protocol-mcp.html> |
//! | kiro | `.kiro/settings/mcp.json` | `~/.kiro/settings/mcp.json` | http | `${RULEBOOK_API_KEY}` | <https://kiro.dev/docs/mcp/configuration> |
//! | kiro-cli | `.kiro/settings/mcp.json` | `~/.kiro/settings/mcp.json` | http | `${RULEBOOK_API_KEY}` | as kiro |
//! | opencode | `opencode.json` | `~/.config/opencode/opencode.json` | http | `{env:RULEBOOK_API_KEY}` | <https://opencode.ai/v1/docs/mcp-servers>, <https://opencode.ai/v2/docs/mcp-servers> (2.x reads the 1.x form; `oauth: false` for header auth) |
//! | qwen | `.qwen/settings.json` | `~/.qwen/settings.json` | stdio | `${RULEBOOK_API_KEY}` (http, unconfirmed) | <https://qwenlm.github.io/qwen-code-docs/en/users/features/mcp> |
//! | roo | `.roo/mcp.json` | VS Code global storage `mcp_settings.json` | stdio | none (stdio only) | <https://docs.roocode.com/features/mcp/using-mcp-in-roo> |
//! | tabnine | `.tabnine/agent/settings.json` | `~/.tabnine/agent/settings.json` | stdio | none (stdio only) | <https://github.com/dyoshikawa/rulesync> (secondary; `../shared/reference/agent-targets-more.md` §2c) |
//! | warp | `.warp/.mcp.json` | `~/.warp/.mcp.json` | stdio | none (stdio only) | <https://docs.warp.dev/agent-platform/capabilities/mcp/> |
//! | windsurf | none | `~/.codeium/windsurf/mcp_config.json` | http | `${env:RULEBOOK_API_KEY}` | <https://docs.windsurf.com/windsurf/cascade/mcp> |
//! | zed | `.zed/settings.json` | `~/.config/zed/settings.json` | stdio | none (stdio only) | <https://zed.dev/docs/ai/mcp> |

use crate::render::json_text::{self, V, render_json};

/// The name of the server entry in every agent's configuration.
pub const SERVER_NAME: &str = "rulebook";

/// The environment variable that holds the API key.
pub const KEY_ENV: &str = "RULEBOOK_API_KEY";

/// The syntax of an agent's configuration file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Toml,
}

/// How the agent reaches Rulebook.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transport {
    /// Streamable HTTP to `<server>/mcp`, the key in an `Authorization` header taken from the
    /// environment by the agent.
    Http,
    /// The agent runs `rulebook mcp --server URL`, which reads the key itself.
    Stdio,
}

impl Transport {
    /// Parses `http` or `stdio`.
    pub fn parse(s: &str) -> Option<Transport> {
        match s {
            "http" => Some(Transport::Http),
            "stdio" => Some(Transport::Stdio),
            _ => None,
        }
    }

    /// `http` or `stdio`.
    pub fn as_str(self) -> &'static str {
        match self {
            Transport::Http => "http",
            Transport::Stdio => "stdio",
        }
    }
}

/// One agent's MCP configuration for Rulebook.
#[derive(Debug, Clone, PartialEq)]
pub struct ClientConfig {
    /// The agent id (as in [`crate::render::Agent`]).
    pub agent: &'static str,
    /// The entry's name: `rulebook`, or a server the organization defines.
    pub name: String,
    /// The project-level file, relative to the repository root; `None` when the agent reads
    /// MCP servers only from a user-level file (print the snippet, do not write).
    pub path: Option<&'static str>,
    /// The user-level file, when it has a fixed, documented place.
    pub user_path: Option<&'static str>,
    pub format: Format,
    /// The transport this configuration uses.
    pub transport: Transport,
    /// A complete file holding only the `rulebook` entry (also the snippet to print).
    pub text: String,
    /// One or two sentences for the user: where the file is read, what to set.
    pub note: &'static str,
    /// Keys from the top of the document to the object holding the servers.
    container: &'static [&'static str],
    /// The agent accepts comments and trailing commas in this file.
    jsonc: bool,
    /// The `rulebook` entry.
    entry: V,
}

/// Every supported agent id, sorted.
pub fn agents() -> &'static [&'static str] {
    IDS
}

/// The configuration for `agent` pointing at `server` (the Rulebook base URL, without
/// `/mcp`). `transport` `None` picks the agent's best transport; asking for HTTP from an agent
/// that cannot take the key from the environment is an error, never a file with a key in it.
pub fn config(
    agent: &str,
    server: &str,
    transport: Option<Transport>,
) -> Result<ClientConfig, String> {
    let Some(spec) = SPECS.iter().find(|s| s.id == agent) else {
        return Err(match agent {
            "agentsmd" | "agentskills" => format!(
                "`{agent}` is a file format, not an MCP client; pick one of: {}",
                IDS.join(", ")
            ),
            _ => format!("unknown agent `{agent}`; pick one of: {}", IDS.join(", ")),
        });
    };
    let server = normalize_server(server)?;
    let chosen = transport.unwrap_or(spec.best);
    let entry = match (chosen, spec.http) {
        (Transport::Http, Some(shape)) => http_entry(shape, &server),
        (Transport::Http, None) => {
            return Err(format!(
                "{} cannot take {KEY_ENV} from the environment into an HTTP header (not in its \
                 documentation), so Rulebook will not write an HTTP entry for it; use the stdio \
                 transport",
                spec.id
            ));
        }
        (Transport::Stdio, _) => stdio_entry(spec.stdio, &server),
    };
    finish(spec, SERVER_NAME, entry, chosen)
}

/// The configuration for `agent` holding the organization's `server`; an error says why the
/// agent cannot take it (no documented HTTP entry, or no way to refer to a token).
pub fn org_config(agent: &str, server: &org::OrgServer) -> Result<ClientConfig, String> {
    let spec = SPECS
        .iter()
        .find(|s| s.id == agent)
        .ok_or_else(|| format!("unknown agent `{agent}`"))?;
    let (entry, transport) = match (&server.url, &server.command) {
        (Some(url), _) => (
            org_http_entry(spec, url, server.bearer_env.as_deref())?,
            Transport::Http,
        ),
        (None, Some(command)) => (
            org_stdio_entry(spec, command, &server.args, &server.env),
            Transport::Stdio,
        ),
        (None, None) => return Err(format!("`{}` has no url or command", server.name)),
    };
    finish(spec, &server.name, entry, transport)
}

/// `existing` without the entry `name` (a server the organization no longer defines), every
/// other byte kept; unchanged when it is not there.
pub fn remove_from(existing: &[u8], agent: &str, name: &str) -> Result<Vec<u8>, String> {
    let spec = SPECS
        .iter()
        .find(|s| s.id == agent)
        .ok_or_else(|| format!("unknown agent `{agent}`"))?;
    let file = spec
        .path
        .or(spec.user_path)
        .unwrap_or("the MCP config file");
    let text = std::str::from_utf8(existing)
        .map_err(|_| format!("{file} is not UTF-8 text; fix or remove it, then run again"))?;
    if text.trim().is_empty() {
        return Ok(existing.to_vec());
    }
    let out = match spec.format {
        Format::Json => {
            json_text::remove_member(text, spec.container, name, spec.jsonc, spec.id, file)?
        }
        Format::Toml => toml_edit::edit_toml(text, spec.container, name, None, file)?,
    };
    Ok(out.into_bytes())
}

/// Whether `existing` has an entry `name` in the agent's server container.
pub fn has_entry(existing: &[u8], agent: &str, name: &str) -> Result<bool, String> {
    Ok(remove_from(existing, agent, name)? != existing)
}

fn finish(spec: &Spec, name: &str, entry: V, chosen: Transport) -> Result<ClientConfig, String> {
    let text = match spec.format {
        Format::Json => {
            let mut root = json_text::nest(spec.container, name, &entry);
            if let (Some(schema), V::O(members)) = (spec.schema, &mut root) {
                members.insert(0, ("$schema".into(), V::S(schema.to_string())));
            }
            let mut out = String::new();
            render_json(&root, "", "  ", "\n", &mut out);
            out.push('\n');
            out
        }
        Format::Toml => toml_table(spec.container, name, &entry, "\n")?,
    };
    Ok(ClientConfig {
        agent: spec.id,
        name: name.to_string(),
        path: spec.path,
        user_path: spec.user_path,
        format: spec.format,
        transport: chosen,
        text,
        note: spec.note,
        container: spec.container,
        jsonc: spec.jsonc,
        entry,
    })
}

/// `existing` with the `rulebook` entry of `cfg` added or replaced and everything else kept
/// byte for byte. An empty (or whitespace-only) file becomes `cfg.text`. A file that does not
/// parse, whose container is not an object, or (TOML) that spells the entry in a form this
/// textual merge does not edit, is an error that names the problem; nothing is guessed.
pub fn merge_into(existing: &[u8], cfg: &ClientConfig) -> Result<Vec<u8>, String> {
    let file = cfg.path.or(cfg.user_path).unwrap_or("the MCP config file");
    let text = std::str::from_utf8(existing)
        .map_err(|_| format!("{file} is not UTF-8 text; fix or remove it, then run again"))?;
    if text.trim().is_empty() {
        return Ok(cfg.text.clone().into_bytes());
    }
    let merged = match cfg.format {
        Format::Json => merge_json(text, cfg, file)?,
        Format::Toml => merge_toml(text, cfg, file)?,
    };
    Ok(merged.into_bytes())
}

// ---------------------------------------------------------------------------------------------
// The agent table.

const IDS: &[&str] = &[
    "amazonq",
    "antigravity",
    "antigravity-cli",
    "augment",
    "bob",
    "claude",
    "cline",
    "codex",
    "continue",
    "copilot",
    "copilot-cli",
    "cursor",
    "deepagents",
    "devin",
    "factory-droid",
    "gemini",
    "gitlab-duo",
    "junie",
    "kiro",
    "kiro-cli",
    "opencode",
    "qwen",
    "roo",
    "tabnine",
    "warp",
    "windsurf",
    "zed",
];

const MCP_SERVERS: &[&str] = &["mcpServers"];

#[derive(Clone, Copy)]
enum HttpShape {
    /// A JSON entry: optional `type`, the URL under `url_key`, and an `Authorization`
    /// header with `Bearer <key_ref>`.
    Json {
        kind: Option<&'static str>,
        url_key: &'static str,
        key_ref: &'static str,
    },
    /// OpenCode 1.x and 2.x: `type: "remote"`, `url`, the header with `{env:VAR}`, and
    /// `oauth: false` with it (2.x tries OAuth on every remote server unless told not to;
    /// 1.x reads the same key), then `enabled: true` (2.x maps 1.x's `enabled` to its
    /// `disabled`; a 2.x-only `mcp.servers` form would break 1.x on the same file).
    OpenCode,
    /// Codex: `url` and `bearer_token_env_var`.
    Codex,
}

#[derive(Clone, Copy)]
enum StdioShape {
    /// `command` and `args`, with an optional `type`.
    Json { kind: Option<&'static str> },
    /// OpenCode: `type: "local"`, the command line as one array, `enabled: true`.
    OpenCode,
    /// Codex: `command`, `args`, and `env_vars` to let the key through Codex's environment
    /// allow-list for stdio servers.
    Codex,
}

struct Spec {
    id: &'static str,
    path: Option<&'static str>,
    user_path: Option<&'static str>,
    format: Format,
    jsonc: bool,
    container: &'static [&'static str],
    /// `None`: no documented way to put an environment variable into a header.
    http: Option<HttpShape>,
    stdio: StdioShape,
    best: Transport,
    /// A `$schema` written at the top of a new file.
    schema: Option<&'static str>,
    note: &'static str,
}

const PLAIN: StdioShape = StdioShape::Json { kind: None };
const TYPED: StdioShape = StdioShape::Json {
    kind: Some("stdio"),
};

/// An agent that reads `mcpServers` from a plain JSON file and gets Rulebook over stdio (no
/// documented way to put the key into a header).
const fn stdio_only(
    id: &'static str,
    path: Option<&'static str>,
    user_path: Option<&'static str>,
    note: &'static str,
) -> Spec {
    Spec {
        id,
        path,
        user_path,
        format: Format::Json,
        jsonc: false,
        container: MCP_SERVERS,
        http: None,
        stdio: PLAIN,
        best: Transport::Stdio,
        schema: None,
        note,
    }
}

const SPECS: &[Spec] = &[
    stdio_only(
        "amazonq",
        Some(".amazonq/mcp.json"),
        Some("~/.aws/amazonq/mcp.json"),
        "Amazon Q Developer in the IDE reads the legacy `.amazonq/mcp.json` while \
               `useLegacyMcpJson` is on (the default; its GUI writes `.amazonq/default.json`). \
               The Q Developer CLI is now Kiro CLI: use --agent kiro for it.",
    ),
    stdio_only(
        "antigravity",
        Some(".agents/mcp_config.json"),
        Some("~/.gemini/config/mcp_config.json"),
        "Google Antigravity 2.0 reads `.agents/mcp_config.json`; no environment \
               interpolation is documented, so Rulebook runs over stdio.",
    ),
    stdio_only(
        "antigravity-cli",
        Some(".agents/mcp_config.json"),
        Some("~/.gemini/config/mcp_config.json"),
        "The Antigravity CLI reads the IDE's `.agents/mcp_config.json`; no environment \
               interpolation is documented, so Rulebook runs over stdio.",
    ),
    stdio_only(
        "augment",
        Some(".augment/settings.json"),
        Some("~/.augment/settings.json"),
        "Augment (Auggie) keeps MCP servers in the shared `.augment/settings.json`; only \
               the `rulebook` entry is touched.",
    ),
    stdio_only(
        "bob",
        Some(".bob/mcp.json"),
        Some("~/.bob/mcp_settings.json"),
        "IBM Bob reads `.bob/mcp.json`; no environment interpolation is documented, so \
               Rulebook runs over stdio.",
    ),
    Spec {
        id: "claude",
        path: Some(".mcp.json"),
        user_path: Some("~/.claude.json"),
        format: Format::Json,
        jsonc: false,
        container: MCP_SERVERS,
        http: Some(HttpShape::Json {
            kind: Some("http"),
            url_key: "url",
            key_ref: "${RULEBOOK_API_KEY}",
        }),
        stdio: TYPED,
        best: Transport::Http,
        schema: None,
        note: "Claude Code expands ${RULEBOOK_API_KEY} in `.mcp.json` from the environment it \
               starts in, and asks each user to approve project servers.",
    },
    stdio_only(
        "cline",
        None,
        Some("~/.cline/data/settings/cline_mcp_settings.json"),
        "Cline has no project MCP file: add this to its user settings (the VS Code \
               extension keeps the file in its own storage: MCP Servers > Configure).",
    ),
    Spec {
        id: "codex",
        path: Some(".codex/config.toml"),
        user_path: Some("~/.codex/config.toml"),
        format: Format::Toml,
        jsonc: false,
        container: &["mcp_servers"],
        http: Some(HttpShape::Codex),
        stdio: StdioShape::Codex,
        best: Transport::Http,
        schema: None,
        note: "Codex reads `.codex/config.toml` only in projects the user trusts; \
               `bearer_token_env_var` names the variable that holds the key.",
    },
    stdio_only(
        "continue",
        Some(".continue/mcpServers/rulebook.json"),
        None,
        "Continue loads JSON MCP files in the Claude/Cursor format from \
               `.continue/mcpServers/`; its `${{ secrets.* }}` are not environment variables, \
               so Rulebook runs over stdio.",
    ),
    Spec {
        id: "copilot",
        path: Some(".vscode/mcp.json"),
        user_path: None,
        format: Format::Json,
        jsonc: true,
        container: &["servers"],
        http: Some(HttpShape::Json {
            kind: Some("http"),
            url_key: "url",
            key_ref: "${env:RULEBOOK_API_KEY}",
        }),
        stdio: TYPED,
        best: Transport::Http,
        schema: None,
        note: "VS Code (GitHub Copilot) reads `.vscode/mcp.json` and resolves \
               ${env:RULEBOOK_API_KEY} from VS Code's environment. Copilot CLI reads \
               `~/.copilot/mcp-config.json` instead.",
    },
    stdio_only(
        "copilot-cli",
        None,
        Some("~/.copilot/mcp-config.json"),
        "GitHub Copilot CLI reads MCP servers from `~/.copilot/mcp-config.json` (or `/mcp \
               add`); no project file is documented.",
    ),
    Spec {
        id: "cursor",
        path: Some(".cursor/mcp.json"),
        user_path: Some("~/.cursor/mcp.json"),
        format: Format::Json,
        jsonc: false,
        container: MCP_SERVERS,
        http: Some(HttpShape::Json {
            kind: None,
            url_key: "url",
            key_ref: "${env:RULEBOOK_API_KEY}",
        }),
        stdio: PLAIN,
        best: Transport::Http,
        schema: None,
        note: "Cursor resolves ${env:RULEBOOK_API_KEY} in `url` and `headers` from the \
               environment Cursor starts in.",
    },
    stdio_only(
        "deepagents",
        Some(".deepagents/.mcp.json"),
        None,
        "deepagents reads `.deepagents/.mcp.json` in the project.",
    ),
    stdio_only(
        "devin",
        Some(".devin/mcp_config.json"),
        Some("~/.config/devin/mcp_config.json"),
        "Devin (Local 3.6 and later) reads `.devin/mcp_config.json`; older builds kept \
               servers in `.devin/config.json` and move them on start. No environment \
               interpolation is documented, so Rulebook runs over stdio.",
    ),
    stdio_only(
        "factory-droid",
        Some(".factory/mcp.json"),
        Some("~/.factory/mcp.json"),
        "Factory Droid reads `.factory/mcp.json`; no environment interpolation is \
               documented, so Rulebook runs over stdio.",
    ),
    Spec {
        id: "gemini",
        path: Some(".gemini/settings.json"),
        user_path: Some("~/.gemini/settings.json"),
        format: Format::Json,
        jsonc: true,
        container: MCP_SERVERS,
        http: Some(HttpShape::Json {
            kind: None,
            url_key: "httpUrl",
            key_ref: "${RULEBOOK_API_KEY}",
        }),
        stdio: PLAIN,
        best: Transport::Http,
        schema: None,
        note: "Gemini CLI expands ${RULEBOOK_API_KEY} in settings.json strings; `httpUrl` \
               selects streamable HTTP. Only `mcpServers.rulebook` is touched.",
    },
    Spec {
        id: "gitlab-duo",
        path: Some(".gitlab/duo/mcp.json"),
        user_path: Some("~/.gitlab/duo/mcp.json"),
        format: Format::Json,
        jsonc: false,
        container: MCP_SERVERS,
        http: None,
        stdio: TYPED,
        best: Transport::Stdio,
        schema: None,
        note: "GitLab Duo (VS Code, JetBrains, Duo CLI) reads `.gitlab/duo/mcp.json` once MCP \
               is turned on for the group; no environment interpolation is documented.",
    },
    stdio_only(
        "junie",
        Some(".junie/mcp/mcp.json"),
        Some("~/.junie/mcp/mcp.json"),
        "Junie supports only stdio MCP servers.",
    ),
    Spec {
        id: "kiro",
        path: Some(".kiro/settings/mcp.json"),
        user_path: Some("~/.kiro/settings/mcp.json"),
        format: Format::Json,
        jsonc: false,
        container: MCP_SERVERS,
        http: Some(HttpShape::Json {
            kind: None,
            url_key: "url",
            key_ref: "${RULEBOOK_API_KEY}",
        }),
        stdio: PLAIN,
        best: Transport::Http,
        schema: None,
        note: "Kiro (IDE and CLI) expands ${RULEBOOK_API_KEY} in `.kiro/settings/mcp.json` \
               from its environment.",
    },
    Spec {
        id: "kiro-cli",
        path: Some(".kiro/settings/mcp.json"),
        user_path: Some("~/.kiro/settings/mcp.json"),
        format: Format::Json,
        jsonc: false,
        container: MCP_SERVERS,
        http: Some(HttpShape::Json {
            kind: None,
            url_key: "url",
            key_ref: "${RULEBOOK_API_KEY}",
        }),
        stdio: PLAIN,
        best: Transport::Http,
        schema: None,
        note: "Kiro CLI reads the IDE's `.kiro/settings/mcp.json` and expands ${RULEBOOK_API_KEY} \
               from its environment.",
    },
    Spec {
        id: "opencode",
        path: Some("opencode.json"),
        user_path: Some("~/.config/opencode/opencode.json"),
        format: Format::Json,
        jsonc: true,
        container: &["mcp"],
        http: Some(HttpShape::OpenCode),
        stdio: StdioShape::OpenCode,
        best: Transport::Http,
        schema: Some("https://opencode.ai/config.json"),
        note: "OpenCode 1.x and 2.x read `mcp` in `opencode.json` and substitute \
               {env:RULEBOOK_API_KEY}; 2.x reads this 1.x form too (its own `mcp.servers` \
               form would break 1.x).",
    },
    Spec {
        id: "qwen",
        path: Some(".qwen/settings.json"),
        user_path: Some("~/.qwen/settings.json"),
        format: Format::Json,
        jsonc: true,
        container: MCP_SERVERS,
        http: Some(HttpShape::Json {
            kind: None,
            url_key: "httpUrl",
            key_ref: "${RULEBOOK_API_KEY}",
        }),
        stdio: PLAIN,
        best: Transport::Stdio,
        schema: None,
        note: "Qwen Code reads `.qwen/settings.json`. HTTP relies on the ${VAR} expansion it \
               inherits from Gemini CLI, which its own docs do not restate, so stdio is the \
               default.",
    },
    stdio_only(
        "roo",
        Some(".roo/mcp.json"),
        None,
        "Roo Code reads `.roo/mcp.json`, which wins over its global settings; no \
               environment interpolation is documented.",
    ),
    stdio_only(
        "tabnine",
        Some(".tabnine/agent/settings.json"),
        Some("~/.tabnine/agent/settings.json"),
        "Tabnine keeps MCP servers in the shared `.tabnine/agent/settings.json`; only the \
               `rulebook` entry is touched.",
    ),
    stdio_only(
        "warp",
        Some(".warp/.mcp.json"),
        Some("~/.warp/.mcp.json"),
        "Warp reads `.warp/.mcp.json`; no environment interpolation is documented.",
    ),
    Spec {
        id: "windsurf",
        path: None,
        user_path: Some("~/.codeium/windsurf/mcp_config.json"),
        format: Format::Json,
        jsonc: false,
        container: MCP_SERVERS,
        http: Some(HttpShape::Json {
            kind: None,
            url_key: "serverUrl",
            key_ref: "${env:RULEBOOK_API_KEY}",
        }),
        stdio: PLAIN,
        best: Transport::Http,
        schema: None,
        note: "Windsurf reads MCP servers only from the user file and resolves \
               ${env:RULEBOOK_API_KEY} there. For Devin Desktop, its successor, use --agent devin.",
    },
    Spec {
        id: "zed",
        path: Some(".zed/settings.json"),
        user_path: Some("~/.config/zed/settings.json"),
        format: Format::Json,
        jsonc: true,
        container: &["context_servers"],
        http: None,
        stdio: PLAIN,
        best: Transport::Stdio,
        schema: None,
        note: "Zed reads `context_servers` from `.zed/settings.json`; no environment \
               interpolation is documented for headers.",
    },
];

/// The base URL, checked: http(s), no credentials, no query or fragment, no trailing `/`
/// or `/mcp`.
fn normalize_server(server: &str) -> Result<String, String> {
    let s = server.trim();
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))
        .ok_or_else(|| format!("the server must be an http:// or https:// URL, got `{s}`"))?;
    if s.chars()
        .any(|c| c.is_whitespace() || c.is_control() || c == '"')
    {
        return Err(format!("the server URL `{s}` contains spaces or quotes"));
    }
    if s.contains("rbk_") {
        return Err(
            "the server URL contains what looks like an API key (`rbk_`); give the base URL \
             only and set RULEBOOK_API_KEY in the environment"
                .to_string(),
        );
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    if authority.is_empty() {
        return Err(format!("the server URL `{s}` has no host"));
    }
    if authority.contains('@') {
        return Err(
            "the server URL must not carry credentials; set RULEBOOK_API_KEY instead".to_string(),
        );
    }
    if s.contains(['?', '#']) {
        return Err(format!(
            "the server URL `{s}` must not have a query or fragment; give the base URL"
        ));
    }
    let mut base = s.trim_end_matches('/');
    if let Some(b) = base.strip_suffix("/mcp") {
        base = b.trim_end_matches('/');
    }
    Ok(base.to_string())
}

/// `{"Authorization": "Bearer <reference>"}`.
fn bearer(reference: &str) -> V {
    V::obj(vec![("Authorization", V::S(format!("Bearer {reference}")))])
}

fn http_entry(shape: HttpShape, server: &str) -> V {
    http_entry_for(shape, &format!("{server}/mcp"), Some(KEY_ENV))
}

/// An HTTP entry for `url`, with the bearer token taken from `key_var` in the agent's own
/// interpolation syntax.
fn http_entry_for(shape: HttpShape, url: &str, key_var: Option<&str>) -> V {
    match shape {
        HttpShape::Json {
            kind,
            url_key,
            key_ref,
        } => {
            let mut m = Vec::new();
            if let Some(k) = kind {
                m.push(("type", V::S(k.to_string())));
            }
            m.push((url_key, V::S(url.to_string())));
            if let Some(var) = key_var {
                m.push(("headers", bearer(&key_ref.replace(KEY_ENV, var))));
            }
            V::obj(m)
        }
        HttpShape::OpenCode => {
            let mut m = vec![
                ("type", V::S("remote".to_string())),
                ("url", V::S(url.to_string())),
            ];
            if let Some(var) = key_var {
                m.push(("headers", bearer(&format!("{{env:{var}}}"))));
                m.push(("oauth", V::B(false)));
            }
            m.push(("enabled", V::B(true)));
            V::obj(m)
        }
        HttpShape::Codex => {
            let mut m = vec![("url", V::S(url.to_string()))];
            if let Some(var) = key_var {
                m.push(("bearer_token_env_var", V::S(var.to_string())));
            }
            V::obj(m)
        }
    }
}

fn stdio_args(server: &str) -> Vec<String> {
    vec![
        "mcp".to_string(),
        "--server".to_string(),
        server.to_string(),
    ]
}

fn stdio_entry(shape: StdioShape, server: &str) -> V {
    stdio_entry_for(shape, None, "rulebook", stdio_args(server), &[KEY_ENV])
}

/// A stdio entry running `command`. The variables in `env` reach it through Codex's
/// allow-list, or, where `key_ref` gives the agent's interpolation syntax, an `env` object
/// that refers to each by name; other agents pass their own environment on.
fn stdio_entry_for(
    shape: StdioShape,
    key_ref: Option<&str>,
    command: &str,
    args: Vec<String>,
    env: &[&str],
) -> V {
    let refs = |key: &'static str| {
        let refs = key_ref.filter(|_| !env.is_empty()).map(|r| {
            V::O(
                env.iter()
                    .map(|var| (var.to_string().into(), V::S(r.replace(KEY_ENV, var))))
                    .collect(),
            )
        });
        refs.map(|v| (key, v))
    };
    match shape {
        StdioShape::Json { kind } => {
            let mut m = Vec::new();
            if let Some(k) = kind {
                m.push(("type", V::S(k.to_string())));
            }
            m.push(("command", V::S(command.to_string())));
            m.push(("args", V::L(args)));
            m.extend(refs("env"));
            V::obj(m)
        }
        StdioShape::OpenCode => {
            let mut line = vec![command.to_string()];
            line.extend(args);
            let mut m = vec![
                ("type", V::S("local".to_string())),
                ("command", V::L(line)),
                ("enabled", V::B(true)),
            ];
            m.extend(refs("environment"));
            V::obj(m)
        }
        StdioShape::Codex => {
            let mut m = vec![("command", V::S(command.to_string())), ("args", V::L(args))];
            if !env.is_empty() {
                m.push((
                    "env_vars",
                    V::L(env.iter().map(|v| v.to_string()).collect()),
                ));
            }
            V::obj(m)
        }
    }
}

/// The agent's HTTP entry shape, when its documentation confirms how an environment variable
/// gets into it (the agents whose best transport is HTTP; Qwen Code's is unconfirmed).
fn confirmed_http(spec: &Spec) -> Option<HttpShape> {
    spec.http.filter(|_| spec.best == Transport::Http)
}

/// What merging one of the organization's servers into an agent's file came to.
pub enum OrgMerge {
    /// The file with the server in it, and a note when the agent cannot pass the
    /// environment variables the server needs by name.
    Merged { text: Vec<u8>, note: Option<String> },
    /// Why the agent cannot take this server (nothing changed).
    LeftOut(String),
}

/// `existing` with the organization's `server` added for `agent`; an `Err` is a file this
/// textual merge cannot edit (`merge_into`). `rulebook mcp config --org` and `install --mcp`
/// both merge this way.
pub fn merge_org_server(
    existing: &[u8],
    agent: &str,
    server: &org::OrgServer,
) -> Result<OrgMerge, String> {
    let oc = match org_config(agent, server) {
        Ok(oc) => oc,
        Err(why) => return Ok(OrgMerge::LeftOut(why)),
    };
    let text = merge_into(existing, &oc)?;
    let note = (!server.env.is_empty() && !names_env(agent)).then(|| {
        format!(
            "{agent} documents no way to pass {} to `{}` by name; the server gets only the \
             environment {agent} passes on",
            server.env.join(", "),
            server.name
        )
    });
    Ok(OrgMerge::Merged { text, note })
}

/// Whether the agent's file can name the variables a command needs (an `env` object with
/// references, Codex's `env_vars`); other agents pass on what they choose.
fn names_env(agent: &str) -> bool {
    SPECS.iter().any(|s| {
        s.id == agent && (confirmed_http(s).is_some() || matches!(s.stdio, StdioShape::Codex))
    })
}

/// An organization's HTTP server for `spec`'s agent.
fn org_http_entry(spec: &Spec, url: &str, key_var: Option<&str>) -> Result<V, String> {
    match confirmed_http(spec) {
        Some(shape) => Ok(http_entry_for(shape, url, key_var)),
        None => Err(format!(
            "{} has no documented entry for an MCP server reached over HTTP with its token \
             from the environment, so only servers run as a command are written for it",
            spec.id
        )),
    }
}

/// An organization's stdio server for `spec`'s agent.
fn org_stdio_entry(spec: &Spec, command: &str, args: &[String], env: &[String]) -> V {
    let key_ref = match confirmed_http(spec) {
        Some(HttpShape::Json { key_ref, .. }) => Some(key_ref),
        _ => None,
    };
    let env: Vec<&str> = env.iter().map(String::as_str).collect();
    stdio_entry_for(spec.stdio, key_ref, command, args.to_vec(), &env)
}

// ---------------------------------------------------------------------------------------------
// The entry, and how it is written.

/// The `rulebook` entry set in an agent's JSON settings file.
fn merge_json(text: &str, cfg: &ClientConfig, file: &str) -> Result<String, String> {
    json_text::set_member(
        text,
        cfg.container,
        &cfg.name,
        &cfg.entry,
        cfg.jsonc,
        cfg.agent,
        file,
    )
}

fn toml_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => {
                out.push_str(&format!("\\u{:04X}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The `[mcp_servers.rulebook]` table, ending with a newline. The comment sits inside the
/// table so that a later merge removes it together with the table.
fn toml_table(container: &[&str], name: &str, entry: &V, nl: &str) -> Result<String, String> {
    let V::O(members) = entry else {
        return Err("internal error: the Codex entry is not a table".to_string());
    };
    let mut header: Vec<&str> = container.to_vec();
    header.push(name);
    let mut out = format!("[{}]{nl}", header.join("."));
    out.push_str(&match name == SERVER_NAME {
        true => format!(
            "# Rulebook. The API key comes from the {KEY_ENV} environment variable, never from \
             this file.{nl}"
        ),
        false => format!(
            "# Defined by the organization in Rulebook; credentials come from the environment, \
             never from this file.{nl}"
        ),
    });
    for (k, v) in members {
        let value = match v {
            V::S(s) => toml_str(s),
            V::B(b) => b.to_string(),
            V::L(items) | V::Lines(items) => format!(
                "[{}]",
                items
                    .iter()
                    .map(|s| toml_str(s))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            V::N(n) => n.to_string(),
            V::O(_) | V::J(_) | V::R(_) => {
                return Err("internal error: nested table in the Codex entry".to_string());
            }
        };
        out.push_str(&format!("{k} = {value}{nl}"));
    }
    Ok(out)
}

mod toml_edit;

#[cfg(test)]
use toml_edit::line_key;

use toml_edit::merge_toml;

pub mod org;

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    const SERVER: &str = "https://rb.example.com";

    fn all_configs() -> Vec<ClientConfig> {
        let mut out = Vec::new();
        for id in agents() {
            for t in [None, Some(Transport::Http), Some(Transport::Stdio)] {
                match config(id, SERVER, t) {
                    Ok(c) => out.push(c),
                    Err(e) => {
                        assert_eq!(t, Some(Transport::Http), "{id} {t:?}: {e}");
                        assert!(e.contains("stdio"), "{e}");
                    }
                }
            }
        }
        out
    }

    fn entry_of(c: &ClientConfig) -> Value {
        let doc: Value = serde_json::from_str(&c.text).unwrap();
        let mut v = &doc;
        for k in c.container {
            v = &v[*k];
        }
        v[SERVER_NAME].clone()
    }

    fn merged(existing: &str, c: &ClientConfig) -> String {
        String::from_utf8(merge_into(existing.as_bytes(), c).unwrap()).unwrap()
    }

    #[test]
    fn agents_are_sorted_unique_and_rendered_ids() {
        let ids = agents();
        assert!(ids.windows(2).all(|w| w[0] < w[1]), "{ids:?}");
        let spec_ids: Vec<&str> = SPECS.iter().map(|s| s.id).collect();
        assert_eq!(spec_ids, ids.to_vec());
        for id in ids {
            assert!(crate::render::Agent::parse(id).is_some(), "{id}");
        }
    }

    #[test]
    fn every_config_is_well_formed() {
        for c in all_configs() {
            match c.format {
                Format::Json => {
                    let entry = entry_of(&c);
                    assert!(entry.is_object(), "{}: {}", c.agent, c.text);
                    match c.transport {
                        Transport::Http => {
                            let text = entry.to_string();
                            assert!(text.contains("https://rb.example.com/mcp"), "{text}");
                            assert!(text.contains(KEY_ENV), "{text}");
                        }
                        Transport::Stdio => {
                            let cmd = if c.agent == "opencode" {
                                entry["command"].clone()
                            } else {
                                assert_eq!(entry["command"], "rulebook", "{}", c.agent);
                                entry["args"].clone()
                            };
                            let cmd = cmd.to_string();
                            assert!(cmd.contains(r#""mcp","--server","https://rb.example.com""#));
                        }
                    }
                }
                Format::Toml => {
                    let lines: Vec<&str> = c.text.lines().collect();
                    assert_eq!(lines[0], "[mcp_servers.rulebook]");
                    for l in &lines[1..] {
                        assert!(l.starts_with('#') || line_key(l).is_some(), "{l}");
                    }
                    match c.transport {
                        Transport::Http => {
                            assert!(lines.contains(&r#"url = "https://rb.example.com/mcp""#));
                            assert!(
                                lines.contains(&r#"bearer_token_env_var = "RULEBOOK_API_KEY""#)
                            );
                        }
                        Transport::Stdio => {
                            assert!(lines.contains(&r#"command = "rulebook""#));
                            assert!(lines.contains(
                                &r#"args = ["mcp", "--server", "https://rb.example.com"]"#
                            ));
                            assert!(lines.contains(&r#"env_vars = ["RULEBOOK_API_KEY"]"#));
                        }
                    }
                }
            }
            assert!(c.path.is_some() || c.user_path.is_some(), "{}", c.agent);
            assert!(!c.note.is_empty());
        }
    }

    #[test]
    fn no_config_holds_a_key() {
        for c in all_configs() {
            assert!(!c.text.contains("rbk_"), "{}: {}", c.agent, c.text);
        }
        assert!(config("claude", "https://rbk_abc@rb.example.com", None).is_err());
        assert!(config("claude", "https://user:pw@rb.example.com", None).is_err());
        assert!(config("claude", "https://rb.example.com/?key=rbk_abc", None).is_err());
    }

    #[test]
    fn http_uses_each_agents_env_syntax() {
        let header = |agent: &str| {
            let c = config(agent, SERVER, Some(Transport::Http)).unwrap();
            entry_of(&c)["headers"]["Authorization"].clone()
        };
        assert_eq!(header("claude"), "Bearer ${RULEBOOK_API_KEY}");
        assert_eq!(header("cursor"), "Bearer ${env:RULEBOOK_API_KEY}");
        assert_eq!(header("copilot"), "Bearer ${env:RULEBOOK_API_KEY}");
        assert_eq!(header("windsurf"), "Bearer ${env:RULEBOOK_API_KEY}");
        assert_eq!(header("gemini"), "Bearer ${RULEBOOK_API_KEY}");
        assert_eq!(header("kiro"), "Bearer ${RULEBOOK_API_KEY}");
        assert_eq!(header("opencode"), "Bearer {env:RULEBOOK_API_KEY}");
        // OpenCode: the 1.x form both majors read, with OAuth off where a token is sent
        // (2.x tries OAuth on every remote server unless told not to).
        let opencode = config("opencode", SERVER, None).unwrap();
        let e = entry_of(&opencode);
        assert_eq!(e["type"], "remote");
        assert_eq!(e["oauth"], false);
        assert_eq!(e["enabled"], true);
        assert!(
            opencode.text.contains("\"mcp\": {\n    \"rulebook\": {"),
            "{}",
            opencode.text
        );
        let no_token = org::OrgServer {
            name: "jira".into(),
            url: Some("https://jira.example/mcp".into()),
            ..Default::default()
        };
        let oc = org_config("opencode", &no_token).unwrap();
        assert!(entry_of(&oc).get("oauth").is_none(), "{}", oc.text);
        let claude = config("claude", SERVER, None).unwrap();
        assert_eq!(claude.transport, Transport::Http);
        assert_eq!(entry_of(&claude)["type"], "http");
        let vscode = config("copilot", SERVER, None).unwrap();
        assert!(vscode.text.starts_with("{\n  \"servers\": {"));
        let zed = config("zed", SERVER, None).unwrap();
        assert_eq!(zed.transport, Transport::Stdio);
        assert!(config("zed", SERVER, Some(Transport::Http)).is_err());
        assert!(config("junie", SERVER, Some(Transport::Http)).is_err());
    }

    #[test]
    fn server_urls_are_normalized_and_checked() {
        for s in [
            "https://rb.example.com",
            "https://rb.example.com/",
            " https://rb.example.com/mcp ",
            "https://rb.example.com/mcp/",
        ] {
            let c = config("cursor", s, None).unwrap();
            assert_eq!(entry_of(&c)["url"], "https://rb.example.com/mcp", "{s}");
        }
        let c = config(
            "cursor",
            "http://localhost:8080/rulebook",
            Some(Transport::Stdio),
        )
        .unwrap();
        assert_eq!(
            entry_of(&c)["args"],
            serde_json::json!(["mcp", "--server", "http://localhost:8080/rulebook"])
        );
        for bad in [
            "",
            "rb.example.com",
            "ftp://x",
            "https://",
            "https://a b",
            "https://x/#f",
        ] {
            assert!(config("cursor", bad, None).is_err(), "{bad}");
        }
        assert!(config("nope", SERVER, None).unwrap_err().contains("claude"));
        assert!(config("agentsmd", SERVER, None).is_err());
    }

    #[test]
    fn merge_into_empty_file_is_the_snippet() {
        for c in all_configs() {
            assert_eq!(merged("", &c), c.text);
            assert_eq!(merged(" \n", &c), c.text);
        }
    }

    const CLAUDE_EXISTING: &str = r#"{
  "other": true,
  "mcpServers": {
    "github": {
      "command": "gh",
      "args": ["mcp"]
    }
  }
}
"#;

    #[test]
    fn merge_keeps_other_servers_and_keys() {
        let c = config("claude", SERVER, None).unwrap();
        let out = merged(CLAUDE_EXISTING, &c);
        let doc: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(doc["other"], true);
        assert_eq!(doc["mcpServers"]["github"]["command"], "gh");
        assert_eq!(doc["mcpServers"]["rulebook"], entry_of(&c));
        // The untouched part is kept byte for byte, and the new entry is indented like its
        // neighbours.
        let head = "{\n  \"other\": true,\n  \"mcpServers\": {\n    \"github\": {\n      \"command\": \"gh\",\n      \"args\": [\"mcp\"]\n    },\n    \"rulebook\": {\n      \"type\": \"http\",";
        assert!(out.starts_with(head), "{out}");
        assert!(out.ends_with("    }\n  }\n}\n"), "{out}");
        // Idempotent.
        assert_eq!(merged(&out, &c), out);
    }

    #[test]
    fn merge_replaces_a_stale_entry() {
        let existing = r#"{"mcpServers": {"rulebook": {"command": "old", "env": {"X": "1"}}, "b": {"url": "u"}}, "z": [1, 2]}"#;
        let c = config("cursor", SERVER, Some(Transport::Stdio)).unwrap();
        let out = merged(existing, &c);
        let doc: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(doc["mcpServers"]["rulebook"], entry_of(&c));
        assert_eq!(doc["mcpServers"]["b"]["url"], "u");
        assert_eq!(doc["z"], serde_json::json!([1, 2]));
        assert_eq!(out.matches("\"rulebook\": ").count(), 1, "{out}");
        assert!(!out.contains("old"));
    }

    #[test]
    fn merge_adds_a_missing_container() {
        let c = config("gemini", SERVER, None).unwrap();
        let out = merged("{\n    \"theme\": \"dark\"\n}\n", &c);
        let doc: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(doc["theme"], "dark");
        assert_eq!(doc["mcpServers"]["rulebook"], entry_of(&c));
        assert!(
            out.contains("\n    \"mcpServers\": {\n        \"rulebook\": {\n"),
            "{out}"
        );
        let out = merged("{}", &c);
        assert_eq!(
            serde_json::from_str::<Value>(&out).unwrap(),
            serde_json::from_str::<Value>(&c.text).unwrap()
        );
        let out = merged("{\"mcpServers\": {}}", &c);
        assert_eq!(
            serde_json::from_str::<Value>(&out).unwrap()["mcpServers"]["rulebook"],
            entry_of(&c)
        );
    }

    #[test]
    fn invalid_existing_files_are_errors() {
        let c = config("claude", SERVER, None).unwrap();
        for bad in [
            "{\"mcpServers\": ",
            "{\"a\": 1,,}",
            "not json",
            "[1, 2]",
            "{\"mcpServers\": []}",
            "{\"a\": 1} trailing",
            "{\"a\": \"unterminated}",
        ] {
            let e = merge_into(bad.as_bytes(), &c).unwrap_err();
            assert!(e.contains(".mcp.json"), "{bad}: {e}");
        }
        assert!(merge_into(b"{\"a\": 1}", &c).is_ok());
        assert!(merge_into(&[0xff, 0xfe], &c).unwrap_err().contains("UTF-8"));
        // Strict JSON files refuse comments; JSONC files keep them.
        let jsonc = "{\n  // my settings\n  \"theme\": \"One Dark\", /* note */\n  \"context_servers\": {},\n}\n";
        assert!(
            merge_into(jsonc.as_bytes(), &c)
                .unwrap_err()
                .contains("comments")
        );
        let zed = config("zed", SERVER, None).unwrap();
        let out = merged(jsonc, &zed);
        assert!(
            out.contains("// my settings") && out.contains("/* note */"),
            "{out}"
        );
        assert!(
            out.contains("\"context_servers\": {\n    \"rulebook\": {\n"),
            "{out}"
        );
    }

    #[test]
    fn merge_keeps_crlf_line_endings() {
        let c = config("kiro", SERVER, None).unwrap();
        let out = merged(
            "{\r\n  \"mcpServers\": {\r\n    \"a\": {}\r\n  }\r\n}\r\n",
            &c,
        );
        assert!(!out.replace("\r\n", "").contains('\n'), "{out:?}");
        let doc: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(doc["mcpServers"]["rulebook"], entry_of(&c));
        assert!(doc["mcpServers"]["a"].is_object());
    }

    #[test]
    fn toml_merge_appends_and_keeps_the_rest() {
        let c = config("codex", SERVER, None).unwrap();
        let existing = "model = \"o3\"\n\n[mcp_servers.docs]\ncommand = \"docs-mcp\"\nargs = [\n  \"--port\",\n  [\"nested\"],\n]\n";
        let out = merged(existing, &c);
        assert!(out.starts_with(existing), "{out}");
        assert!(out.ends_with(&format!("\n\n{}", c.text)), "{out}");
        assert_eq!(merged(&out, &c), out);
    }

    #[test]
    fn toml_merge_replaces_a_stale_table_and_its_subtables() {
        let c = config("codex", SERVER, Some(Transport::Stdio)).unwrap();
        let existing = "model = \"o3\"\n\n[mcp_servers.rulebook]\nurl = \"https://old/mcp\"\nbearer_token = \"x\"\n\n[mcp_servers.rulebook.env]\nA = \"1\"\n\n# docs server\n[mcp_servers.docs]\ncommand = \"docs-mcp\"\n";
        let out = merged(existing, &c);
        assert_eq!(out.matches("[mcp_servers.rulebook").count(), 1, "{out}");
        assert!(
            !out.contains("https://old") && !out.contains("A = \"1\""),
            "{out}"
        );
        assert!(
            out.starts_with(&format!("model = \"o3\"\n\n{}", c.text)),
            "{out}"
        );
        assert!(
            out.ends_with("\n# docs server\n[mcp_servers.docs]\ncommand = \"docs-mcp\"\n"),
            "{out}"
        );
        assert_eq!(merged(&out, &c), out);
    }

    #[test]
    fn toml_forms_not_edited_are_errors() {
        let c = config("codex", SERVER, None).unwrap();
        for bad in [
            "mcp_servers = { rulebook = { url = \"x\" } }\n",
            "mcp_servers.rulebook.url = \"x\"\n",
            "[mcp_servers]\nrulebook = { url = \"x\" }\n",
            "[mcp_servers]\nrulebook.url = \"x\"\n",
            "[[mcp_servers]]\nname = \"x\"\n",
            "[mcp_servers.rulebook\nurl = \"x\"\n",
            "notes = \"\"\"\nunterminated\n",
            "args = [\n\"a\",\n",
        ] {
            let e = merge_into(bad.as_bytes(), &c).unwrap_err();
            assert!(e.contains(".codex/config.toml"), "{bad}: {e}");
        }
        // A multi-line string that mentions the table is not a header.
        let ok = "notes = \"\"\"\n[mcp_servers.rulebook]\n\"\"\"\n";
        let out = merged(ok, &c);
        assert!(out.starts_with(ok) && out.ends_with(&c.text), "{out}");
    }
}
