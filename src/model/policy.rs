//! The agent policy artifact: what coding agents may do without asking (permissions) and the
//! scripts they run at points of their loop (hooks), written once in a neutral form and
//! compiled by `render::policy` into each agent's own settings (Claude Code's
//! `permissions`/`hooks`, Cursor's `cli.json`/`hooks.json`, Codex's `.rules` and
//! `hooks.json`, Copilot's `.github/hooks/`).
//!
//! The neutral semantics are fixed here so every agent gets the same policy: the strictest
//! matching rule wins (deny over ask over allow). A shell rule is a command prefix that ends
//! at a word boundary (`git push` covers `git push` and `git push origin main`, not
//! `git pushx`); read and edit rules are gitignore patterns relative to the repository root;
//! a web rule is a domain (`*.example.com` for its subdomains); an MCP rule is
//! `server/tool` with `*` for every tool of a server.
//!
//! A hook command is a script in the repository (`scripts/agent/guard.sh`, with arguments
//! after it), never an arbitrary shell line: each agent runs hooks from its own working
//! folder, so Rulebook anchors the script on the repository root per agent, and a reviewer
//! sees exactly which file of the repository will run. Hooks execute code on developers'
//! machines, so an install writes them only where the repository's policy consents
//! (`install::policy`).
//!
//! Pure: validation only, no I/O.

use serde::{Deserialize, Serialize};

/// Most permission rules in one policy.
pub const MAX_PERMISSIONS: usize = 500;
/// Most hooks in one policy.
pub const MAX_HOOKS: usize = 100;
/// Characters in one permission pattern.
pub const PATTERN_CHARS: usize = 256;
/// Characters in one hook command line.
pub const COMMAND_CHARS: usize = 1_000;
/// The longest timeout a hook may ask for, in seconds.
pub const MAX_TIMEOUT_S: u32 = 3_600;

/// An agent policy: permissions and hooks (either may be empty, not both).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Policy {
    pub name: String,
    pub description: String,
    #[serde(default)]
    pub permissions: Vec<Permission>,
    #[serde(default)]
    pub hooks: Vec<Hook>,
}

/// What a rule does when it matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Effect {
    Allow,
    Ask,
    Deny,
}

impl Effect {
    pub const ALL: [Effect; 3] = [Effect::Allow, Effect::Ask, Effect::Deny];

    pub fn as_str(self) -> &'static str {
        match self {
            Effect::Allow => "allow",
            Effect::Ask => "ask",
            Effect::Deny => "deny",
        }
    }
}

/// What a rule is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Tool {
    /// A shell command, by prefix.
    Shell,
    /// Reading files, by gitignore pattern.
    Read,
    /// Changing files, by gitignore pattern.
    Edit,
    /// Fetching from the web, by domain.
    Web,
    /// Calling an MCP server's tool, `server/tool`.
    Mcp,
}

impl Tool {
    pub const ALL: [Tool; 5] = [Tool::Shell, Tool::Read, Tool::Edit, Tool::Web, Tool::Mcp];

    pub fn as_str(self) -> &'static str {
        match self {
            Tool::Shell => "shell",
            Tool::Read => "read",
            Tool::Edit => "edit",
            Tool::Web => "web",
            Tool::Mcp => "mcp",
        }
    }
}

/// One permission rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Permission {
    pub effect: Effect,
    pub on: Tool,
    /// The pattern, per [`Tool`].
    #[serde(rename = "match")]
    pub pattern: String,
}

/// A point of the agent's loop a hook runs at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Event {
    SessionStart,
    PromptSubmit,
    BeforeTool,
    AfterTool,
    BeforeShell,
    BeforeRead,
    AfterEdit,
    BeforeMcp,
    Stop,
    SubagentStop,
    PreCompact,
    SessionEnd,
}

impl Event {
    pub const ALL: [Event; 12] = [
        Event::SessionStart,
        Event::PromptSubmit,
        Event::BeforeTool,
        Event::AfterTool,
        Event::BeforeShell,
        Event::BeforeRead,
        Event::AfterEdit,
        Event::BeforeMcp,
        Event::Stop,
        Event::SubagentStop,
        Event::PreCompact,
        Event::SessionEnd,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Event::SessionStart => "session_start",
            Event::PromptSubmit => "prompt_submit",
            Event::BeforeTool => "before_tool",
            Event::AfterTool => "after_tool",
            Event::BeforeShell => "before_shell",
            Event::BeforeRead => "before_read",
            Event::AfterEdit => "after_edit",
            Event::BeforeMcp => "before_mcp",
            Event::Stop => "stop",
            Event::SubagentStop => "subagent_stop",
            Event::PreCompact => "pre_compact",
            Event::SessionEnd => "session_end",
        }
    }

    pub fn parse(s: &str) -> Option<Event> {
        Event::ALL.into_iter().find(|e| e.as_str() == s)
    }
}

/// One hook: a repository script run at an event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hook {
    pub event: Event,
    /// `path/to/script [arguments]`, the path relative to the repository root.
    pub command: String,
    /// Seconds the agent waits before it stops the script; `None` = the agent's default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout_s: Option<u32>,
}

impl Hook {
    /// The script's path and the arguments after it (`""` when none).
    pub fn script(&self) -> (&str, &str) {
        match self.command.split_once(' ') {
            Some((path, args)) => (path, args.trim_start()),
            None => (self.command.as_str(), ""),
        }
    }
}

/// Why `pattern` cannot be a rule on `on`, if it cannot.
pub fn pattern_problem(on: Tool, pattern: &str) -> Option<String> {
    if pattern.is_empty() || pattern.chars().count() > PATTERN_CHARS || pattern.trim() != pattern {
        return Some(format!(
            "{pattern:?} must be 1 to {PATTERN_CHARS} characters without surrounding spaces"
        ));
    }
    if pattern.chars().any(char::is_control) {
        return Some(format!("{pattern:?} holds a control character"));
    }
    // Agents write rules as `Tool(pattern)`: a parenthesis would end the rule early.
    if pattern.contains(['(', ')']) {
        return Some(format!("{pattern:?} must not hold parentheses"));
    }
    match on {
        Tool::Shell => {
            if pattern.contains("  ") {
                return Some(format!(
                    "{pattern:?}: separate the command's words by one space"
                ));
            }
            if pattern.contains(['"', '\\', '*']) {
                return Some(format!(
                    "{pattern:?}: a shell rule is a plain command prefix (no quotes, backslashes or *); it already covers every longer command"
                ));
            }
        }
        Tool::Read | Tool::Edit => {
            if pattern.starts_with('!') || pattern.starts_with('#') {
                return Some(format!(
                    "{pattern:?}: a path rule is a gitignore pattern without ! or #"
                ));
            }
            if pattern.split('/').any(|p| p == "..")
                || pattern.contains('\\')
                || pattern.starts_with('~')
                || pattern.starts_with("//")
            {
                return Some(format!(
                    "{pattern:?}: a path rule stays inside the repository (no .., \\, ~ or //; a leading / means the repository root)"
                ));
            }
        }
        Tool::Web => {
            let host = pattern.strip_prefix("*.").unwrap_or(pattern);
            let ok = !host.is_empty()
                && host.len() <= 253
                && host.split('.').all(|l| {
                    !l.is_empty()
                        && l.len() <= 63
                        && !l.starts_with('-')
                        && !l.ends_with('-')
                        && l.chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                });
            if !ok {
                return Some(format!(
                    "{pattern:?}: a web rule is a lowercase domain (docs.rs), or *.domain for its subdomains"
                ));
            }
        }
        Tool::Mcp => {
            let ok = pattern.split_once('/').is_some_and(|(server, tool)| {
                ident(server)
                    && (tool == "*"
                        || tool
                            .strip_suffix('*')
                            .map_or_else(|| ident(tool), |p| p.is_empty() || ident(p)))
            });
            if !ok {
                return Some(format!(
                    "{pattern:?}: an MCP rule is server/tool, server/prefix* or server/* (letters, digits, _ and -)"
                ));
            }
        }
    }
    None
}

fn ident(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// Why `command` cannot be a hook's command, if it cannot.
pub fn command_problem(command: &str) -> Option<String> {
    if command.is_empty() || command.chars().count() > COMMAND_CHARS || command.trim() != command {
        return Some(format!(
            "{command:?} must be 1 to {COMMAND_CHARS} characters without surrounding spaces"
        ));
    }
    if command.chars().any(char::is_control) {
        return Some(format!("{command:?} holds a control character"));
    }
    // The agent runs the line through a shell: no second command, pipe, substitution or
    // redirection may ride along after the script.
    if command.contains([';', '|', '&', '$', '`', '<', '>', '(', ')', '{', '}', '\\']) {
        return Some(format!(
            "{command:?}: a hook runs one script with plain arguments (no ; | & $ ` < > ( ) {{ }} or \\)"
        ));
    }
    let path = command.split(' ').next().unwrap_or_default();
    // A file in a folder of the repository (`scripts/guard.sh`): a name without a `/` is
    // looked up on the PATH by the shell (`python3.12`), never in the repository. Tool and
    // package folders hold interpreters and installed code, not reviewed scripts.
    // Compared without case: macOS and Windows file systems ignore it (`.GIT` is `.git`).
    let tooling = path.split('/').any(|p| {
        matches!(
            p.to_ascii_lowercase().as_str(),
            ".git"
                | "node_modules"
                | "bower_components"
                | ".yarn"
                | ".pnpm-store"
                | ".venv"
                | "venv"
                | ".tox"
                | ".nox"
                | "site-packages"
                | "dist-packages"
                | "__pycache__"
        )
    });
    let ok = !path.starts_with('-')
        && path.contains('/')
        && !tooling
        && crate::model::artifact::check_relative_path(path).is_ok()
        && path
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '/'));
    if !ok {
        return Some(format!(
            "{command:?}: a hook runs a script of the repository: start with its path from the repository root, in a folder (scripts/agent/guard.sh; letters, digits, . _ - /; not under .git, node_modules or a virtualenv), then its arguments"
        ));
    }
    None
}

/// Every problem of `policy` as (field path, message).
pub fn problems(policy: &Policy) -> Vec<(String, String)> {
    let mut out = Vec::new();
    if policy.permissions.is_empty() && policy.hooks.is_empty() {
        out.push((
            "permissions".to_string(),
            "a policy needs at least one permission rule or hook".to_string(),
        ));
    }
    if policy.permissions.len() > MAX_PERMISSIONS {
        out.push((
            "permissions".to_string(),
            format!("at most {MAX_PERMISSIONS} permission rules"),
        ));
    }
    let mut seen = std::collections::BTreeSet::new();
    for (i, r) in policy.permissions.iter().enumerate() {
        if let Some(p) = pattern_problem(r.on, &r.pattern) {
            out.push((format!("permissions[{i}].match"), p));
        } else if !seen.insert((r.on, r.pattern.as_str())) {
            out.push((
                format!("permissions[{i}].match"),
                format!(
                    "{} {:?} already has a rule; one effect per pattern",
                    r.on.as_str(),
                    r.pattern
                ),
            ));
        }
    }
    if policy.hooks.len() > MAX_HOOKS {
        out.push(("hooks".to_string(), format!("at most {MAX_HOOKS} hooks")));
    }
    for (i, h) in policy.hooks.iter().enumerate() {
        if let Some(p) = command_problem(&h.command) {
            out.push((format!("hooks[{i}].command"), p));
        }
        if let Some(t) = h.timeout_s
            && !(1..=MAX_TIMEOUT_S).contains(&t)
        {
            out.push((
                format!("hooks[{i}].timeout_s"),
                format!("must be 1 to {MAX_TIMEOUT_S} seconds"),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_are_checked_per_tool() {
        for (on, ok) in [
            (Tool::Shell, "git push"),
            (Tool::Shell, "npm run test:unit"),
            (Tool::Read, ".env*"),
            (Tool::Read, "secrets/**"),
            (Tool::Edit, "/src/**/*.rs"),
            (Tool::Web, "docs.rs"),
            (Tool::Web, "*.example.com"),
            (Tool::Mcp, "github/get_issue"),
            (Tool::Mcp, "github/get_*"),
            (Tool::Mcp, "rulebook/*"),
        ] {
            assert_eq!(pattern_problem(on, ok), None, "{ok}");
        }
        for (on, bad) in [
            (Tool::Shell, ""),
            (Tool::Shell, " git"),
            (Tool::Shell, "git  push"),
            (Tool::Shell, "rm -rf *"),
            (Tool::Shell, "echo \"x\""),
            (Tool::Shell, "a)b"),
            (Tool::Shell, "a\nb"),
            (Tool::Read, "!keep"),
            (Tool::Read, "../up/**"),
            (Tool::Edit, "~/.bashrc"),
            (Tool::Read, "~/.ssh/**"),
            (Tool::Edit, "//etc/**"),
            (Tool::Edit, "a\\b"),
            (Tool::Web, "Docs.rs"),
            (Tool::Web, "https://docs.rs"),
            (Tool::Web, "*"),
            (Tool::Web, "a..b"),
            (Tool::Mcp, "github"),
            (Tool::Mcp, "git hub/x"),
            (Tool::Mcp, "*/x"),
            (Tool::Mcp, "s/a*b"),
        ] {
            assert!(pattern_problem(on, bad).is_some(), "{on:?} {bad:?}");
        }
        assert!(pattern_problem(Tool::Read, &"a".repeat(257)).is_some());
    }

    #[test]
    fn a_hook_runs_a_repository_script() {
        for ok in [
            "scripts/agent/guard.sh",
            "tools/fmt.py --check",
            "bin/x.sh a \"b c\"",
            ".claude/hooks/guard.sh",
        ] {
            assert_eq!(command_problem(ok), None, "{ok}");
        }
        for bad in [
            "",
            "curl -s https://x.io",
            "rm -rf /",
            "guard.sh; rm -rf /",
            "guard.sh | sh",
            "guard.sh $(id)",
            "guard.sh `id`",
            "guard.sh > /etc/x",
            "/usr/bin/curl x",
            "../x.sh",
            "curl|sh",
            "$HOME/x.sh",
            "-rf",
            "a.sh\nrm -rf /",
            "./x.sh",
            "a b ",
            "guard.sh",
            "python3.12 -m pip install x",
            "perl5.36.0 -e x",
            ".venv/bin/python -m pip install x",
            "node_modules/.bin/x",
            ".git/hooks/pre-commit",
            // Case-insensitive file systems open these as the folders above.
            ".GIT/hooks/pre-commit",
            "Node_modules/.bin/x",
            ".VENV/bin/python -m pip install x",
            ".tox/py312/bin/x",
        ] {
            assert!(command_problem(bad).is_some(), "{bad:?}");
        }
        let h = Hook {
            event: Event::Stop,
            command: "tools/fmt.py  --check x".into(),
            timeout_s: None,
        };
        assert_eq!(h.script(), ("tools/fmt.py", "--check x"));
    }

    #[test]
    fn a_policy_is_whole_and_unambiguous() {
        let mut p: Policy = serde_json::from_value(serde_json::json!({
            "name": "Guard", "description": "d",
            "permissions": [
                { "effect": "deny", "on": "shell", "match": "git push" },
                { "effect": "allow", "on": "shell", "match": "git push" }
            ],
            "hooks": [{ "event": "before_shell", "command": "bin/g.sh", "timeout_s": 0 }]
        }))
        .unwrap();
        let fields: Vec<String> = problems(&p).into_iter().map(|x| x.0).collect();
        assert_eq!(fields, ["permissions[1].match", "hooks[0].timeout_s"]);
        p.permissions.clear();
        p.hooks.clear();
        assert_eq!(problems(&p).len(), 1);
        // Unknown fields and values are refused, not dropped.
        for bad in [
            serde_json::json!({ "name": "a", "description": "", "extra": 1 }),
            serde_json::json!({ "name": "a", "description": "", "permissions": [{ "effect": "maybe", "on": "shell", "match": "x" }] }),
            serde_json::json!({ "name": "a", "description": "", "hooks": [{ "event": "later", "command": "x" }] }),
        ] {
            assert!(serde_json::from_value::<Policy>(bad).is_err());
        }
    }
}
