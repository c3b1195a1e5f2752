//! MCP servers an organization defines for its developers' agents (an internal Jira, a
//! database reader, a docs search), written by `rulebook install --mcp` next to Rulebook's own
//! entry in each agent's MCP file.
//!
//! Why this is its own setting, and its invariant: these files are committed (or sit in a
//! developer's home folder), so a definition may never carry a credential. A server reached
//! over HTTP names the environment variable that holds its bearer token (`bearer_env`), and
//! each agent's file refers to it with the agent's own interpolation (`${JIRA_TOKEN}`,
//! `${env:JIRA_TOKEN}`, Codex's `bearer_token_env_var`); a server run as a command names the
//! variables it needs (`env`). [`OrgServers::validate`] refuses a URL with credentials in it,
//! and any URL, command or argument in which the content scanner finds a credential, when the
//! definition is saved, so nothing reaches a file.
//!
//! It is a setting of its own, not part of the install policy: the policy is a list of limits
//! that an older CLI must refuse to ignore (it reads it with `deny_unknown_fields`), while a
//! server list is content; an older CLI never asks for it and keeps working.
//!
//! Pure: the caller stores the setting and writes the files.

use serde::{Deserialize, Serialize};

use super::{KEY_ENV, SERVER_NAME};
use crate::scan::{self, TextRole};

/// Most servers one organization may define.
pub const MAX_SERVERS: usize = 50;
const MAX_ARGS: usize = 64;
const MAX_ENV: usize = 32;

/// The instance setting that holds an organization's servers (JSON; absent = none).
pub fn setting_key(org_id: i64) -> String {
    format!("org.{org_id}.mcp_servers")
}

/// An organization's MCP servers.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrgServers {
    #[serde(default)]
    pub servers: Vec<OrgServer>,
}

/// One server: either `url` (streamable HTTP) or `command` (stdio), never both.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrgServer {
    /// The entry's name in every agent's file (`jira`): lower-case letters, digits, `-`, `_`.
    pub name: String,
    /// The server's MCP endpoint, for a server reached over HTTP.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The environment variable holding the bearer token for `url`, if it needs one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bearer_env: Option<String>,
    /// The program to run, for a server spoken to over stdio.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub command: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<String>,
    /// Environment variables the command needs, passed through by name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub env: Vec<String>,
}

/// The servers from their stored setting. A value that does not parse is an error, never read
/// as "no servers" (the CLI would then remove every entry it wrote).
pub fn from_setting(value: Option<&str>) -> Result<OrgServers, String> {
    match value {
        None => Ok(OrgServers::default()),
        Some(text) => serde_json::from_str(text).map_err(|e| {
            format!("the stored MCP servers cannot be read ({e}); an org admin can set them again")
        }),
    }
}

impl OrgServers {
    /// Checks every definition; the first problem, naming the server.
    pub fn validate(&self) -> Result<(), String> {
        if self.servers.len() > MAX_SERVERS {
            return Err(format!("at most {MAX_SERVERS} MCP servers"));
        }
        let mut seen = std::collections::BTreeSet::new();
        for s in &self.servers {
            s.validate()
                .map_err(|e| format!("MCP server `{}`: {e}", s.name.escape_default()))?;
            if !seen.insert(s.name.as_str()) {
                return Err(format!("MCP server `{}` is defined twice", s.name));
            }
        }
        Ok(())
    }

    /// The names, sorted.
    pub fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = self.servers.iter().map(|s| s.name.clone()).collect();
        names.sort();
        names
    }
}

impl OrgServer {
    fn validate(&self) -> Result<(), String> {
        check_name(&self.name)?;
        match (&self.url, &self.command) {
            (Some(url), None) => {
                check_url(url)?;
                if !self.args.is_empty() || !self.env.is_empty() {
                    return Err("`args` and `env` belong to a server run as a `command`".into());
                }
                if let Some(var) = &self.bearer_env {
                    check_var(var)?;
                }
            }
            (None, Some(command)) => {
                check_text("command", command, 256)?;
                no_reference("the command", command)?;
                if self.bearer_env.is_some() {
                    return Err("`bearer_env` belongs to a server reached by `url`".into());
                }
                if self.args.len() > MAX_ARGS {
                    return Err(format!("at most {MAX_ARGS} arguments"));
                }
                for a in &self.args {
                    check_text("an argument", a, 1024)?;
                    no_reference("an argument", a)?;
                }
                if self.env.len() > MAX_ENV {
                    return Err(format!("at most {MAX_ENV} environment variables"));
                }
                for v in &self.env {
                    check_var(v)?;
                }
            }
            _ => return Err("give either `url` or `command`".into()),
        }
        Ok(())
    }
}

/// Agents expand references in these strings when they start a server (`${VAR}`, `$VAR`,
/// `${env:VAR}`, OpenCode's `{env:VAR}` and `{file:PATH}`), so a definition could hand the
/// organization's server a developer's own secrets (`RULEBOOK_API_KEY`, `~/.ssh/...`).
/// Variables reach a command only by name, through `env`.
fn no_reference(what: &str, text: &str) -> Result<(), String> {
    if text.contains('$') || text.contains("{env:") || text.contains("{file:") {
        return Err(format!(
            "{what} must not refer to variables or files (`$`, `{{env:`, `{{file:`), which \
             agents expand; name the variables the command needs in `env`"
        ));
    }
    Ok(())
}

/// A server name as an organization may define it (also checked in a lock's record).
pub fn check_name(name: &str) -> Result<(), String> {
    let ok = !name.is_empty()
        && name.len() <= 63
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
        && name
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_alphanumeric());
    if !ok {
        return Err(
            "the name must be 1-63 lower-case letters, digits, `-` or `_`, starting with a \
             letter or digit"
                .into(),
        );
    }
    if name == SERVER_NAME {
        return Err(format!("`{SERVER_NAME}` is Rulebook's own entry"));
    }
    Ok(())
}

fn check_var(var: &str) -> Result<(), String> {
    let ok = !var.is_empty()
        && var.len() <= 128
        && var.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
        && !var.as_bytes().first().is_some_and(u8::is_ascii_digit);
    match ok {
        true if var == KEY_ENV => Err(format!(
            "{KEY_ENV} is Rulebook's own key; another server must not receive it"
        )),
        true => Ok(()),
        false => Err(format!(
            "`{}` is not an environment variable name (letters, digits, `_`)",
            var.escape_default()
        )),
    }
}

/// Printable text, no credential the scanner recognises.
fn check_text(what: &str, text: &str, max: usize) -> Result<(), String> {
    if text.is_empty() || text.len() > max {
        return Err(format!("{what} must be 1-{max} bytes"));
    }
    if text.chars().any(char::is_control) {
        return Err(format!("{what} contains a control character"));
    }
    let found = scan::scan_text(text, what, TextRole::Normal, &scan::Options::default());
    if let Some(f) = found.iter().find(|f| f.rule.starts_with("secret.")) {
        return Err(format!(
            "{what} holds what looks like a credential ({}): name the environment variable \
             that holds it instead (`bearer_env`, `env`), so that no file carries it",
            f.rule
        ));
    }
    Ok(())
}

fn check_url(url: &str) -> Result<(), String> {
    check_text("the url", url, 2048)?;
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .ok_or("the url must start with https:// or http://")?;
    if url.contains(|c: char| c.is_whitespace() || c == '"' || c == '\\') {
        return Err("the url contains spaces, quotes or backslashes".into());
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    if authority.is_empty() {
        return Err("the url has no host".into());
    }
    if authority.contains('@') {
        return Err(
            "the url must not carry credentials; name the variable holding the token in \
             `bearer_env`"
                .into(),
        );
    }
    if url.contains('#') {
        return Err("the url must not have a fragment".into());
    }
    no_reference("the url", url)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn http(name: &str, url: &str) -> OrgServer {
        OrgServer {
            name: name.into(),
            url: Some(url.into()),
            ..OrgServer::default()
        }
    }

    #[test]
    fn definitions_carry_no_credential_and_name_nothing_of_rulebooks() {
        let ok = OrgServers {
            servers: vec![
                OrgServer {
                    bearer_env: Some("JIRA_TOKEN".into()),
                    ..http("jira", "https://jira.corp.example/mcp?project=core")
                },
                OrgServer {
                    name: "db".into(),
                    command: Some("db-mcp".into()),
                    args: vec!["--read-only".into()],
                    env: vec!["DB_URL".into()],
                    ..OrgServer::default()
                },
            ],
        };
        ok.validate().unwrap();
        assert_eq!(ok.names(), ["db", "jira"]);
        let refused: &[(OrgServer, &str)] = &[
            (http("rulebook", "https://x.example/mcp"), "Rulebook's own"),
            (http("Jira", "https://x.example/mcp"), "lower-case"),
            (http("a.b", "https://x.example/mcp"), "lower-case"),
            (http("j", "https://user:pw@x.example/mcp"), "credentials"),
            (http("j", "ftp://x.example/mcp"), "https://"),
            (http("j", "https:///mcp"), "no host"),
            (http("j", "https://x.example/mcp#a"), "fragment"),
            (http("j", "https://x.example/${HOME}"), "variables"),
            (
                http("j", "https://x.example/mcp?k=$RULEBOOK_API_KEY"),
                "variables",
            ),
            (
                http("j", "https://x.example/mcp?k={file:~/.ssh/id_ed25519}"),
                "files",
            ),
            (
                OrgServer {
                    name: "j".into(),
                    command: Some("tool".into()),
                    args: vec!["--key=${RULEBOOK_API_KEY}".into()],
                    ..OrgServer::default()
                },
                "variables",
            ),
            (
                OrgServer {
                    name: "j".into(),
                    command: Some("tool".into()),
                    args: vec!["--key={env:RULEBOOK_API_KEY}".into()],
                    ..OrgServer::default()
                },
                "variables",
            ),
            (
                http("j", "https://x.example/mcp?token=Zx9kq2LmP4vT7wRq"),
                "credential",
            ),
            (
                OrgServer {
                    bearer_env: Some("RULEBOOK_API_KEY".into()),
                    ..http("j", "https://x.example/mcp")
                },
                "own key",
            ),
            (
                OrgServer {
                    bearer_env: Some("A-B".into()),
                    ..http("j", "https://x.example/mcp")
                },
                "not an environment variable",
            ),
            (
                OrgServer {
                    name: "j".into(),
                    command: Some("tool".into()),
                    args: vec![
                        "--api-key=sk-ant-api03-abcdefghijklmnopqrstuvwxyz0123456789".into(),
                    ],
                    ..OrgServer::default()
                },
                "credential",
            ),
            (
                OrgServer {
                    name: "j".into(),
                    command: Some("tool\n".into()),
                    ..OrgServer::default()
                },
                "control",
            ),
            (
                OrgServer {
                    name: "j".into(),
                    ..OrgServer::default()
                },
                "either",
            ),
            (
                OrgServer {
                    command: Some("tool".into()),
                    ..http("j", "https://x.example/mcp")
                },
                "either",
            ),
        ];
        for (server, why) in refused {
            let err = OrgServers {
                servers: vec![server.clone()],
            }
            .validate()
            .unwrap_err();
            assert!(err.contains(why), "{server:?}: {err}");
        }
        let twice = OrgServers {
            servers: vec![
                http("j", "https://a.example/mcp"),
                http("j", "https://b.example/mcp"),
            ],
        };
        assert!(twice.validate().unwrap_err().contains("twice"));
        assert!(from_setting(Some("{\"servers\": 3}")).is_err());
        assert_eq!(from_setting(None).unwrap(), OrgServers::default());
    }

    /// Every agent either takes an organization's server, referring to its token by name, or
    /// says why not; adding it next to Rulebook's and the user's own entries, then removing
    /// it, gives back the file byte for byte.
    #[test]
    fn every_agent_writes_and_removes_an_org_server_keeping_the_rest() {
        use super::super::{agents, config, merge_into, org_config, remove_from};
        let jira = OrgServer {
            bearer_env: Some("JIRA_TOKEN".into()),
            ..http("jira", "https://jira.corp.example/mcp")
        };
        let db = OrgServer {
            name: "db".into(),
            command: Some("db-mcp".into()),
            args: vec!["--read-only".into()],
            env: vec!["DB_URL".into()],
            ..OrgServer::default()
        };
        let mut http_agents = 0;
        for agent in agents() {
            let own = config(agent, "https://rulebook.corp.example", None).unwrap();
            let base = merge_into(b"", &own).unwrap();
            for server in [&jira, &db] {
                let c = match org_config(agent, server) {
                    Ok(c) => c,
                    Err(e) => {
                        assert!(server.url.is_some(), "{agent}: {e}");
                        assert!(e.contains("only servers run as a command"), "{e}");
                        continue;
                    }
                };
                if server.url.is_some() {
                    http_agents += 1;
                    assert!(
                        c.text.contains("jira.corp.example/mcp"),
                        "{agent}: {}",
                        c.text
                    );
                    assert!(c.text.contains("JIRA_TOKEN"), "{agent}: {}", c.text);
                }
                let merged = merge_into(&base, &c).unwrap();
                let text = String::from_utf8(merged.clone()).unwrap();
                assert!(text.contains("rulebook"), "{agent}: {text}");
                assert!(text.contains(&server.name), "{agent}: {text}");
                if c.format == super::super::Format::Json {
                    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
                    let entry = c.container.iter().fold(&v, |v, k| &v[*k]);
                    assert!(entry[&server.name].is_object(), "{agent}: {text}");
                }
                let removed = remove_from(&merged, agent, &server.name).unwrap();
                assert_eq!(
                    String::from_utf8(removed).unwrap(),
                    String::from_utf8(base.clone()).unwrap(),
                    "{agent}"
                );
                // Removing what is not there changes nothing.
                assert_eq!(remove_from(&base, agent, &server.name).unwrap(), base);
            }
        }
        assert!(http_agents >= 8, "{http_agents}");
    }

    #[test]
    fn removal_keeps_the_users_own_entries_and_formatting() {
        use super::super::remove_from;
        let text = "{\r\n  // mine\r\n  \"mcpServers\": {\r\n    \"jira\": {\"url\": \"x\"},\r\n    \"mine\": {\"command\": \"m\"}\r\n  }\r\n}\r\n";
        let out =
            String::from_utf8(remove_from(text.as_bytes(), "gemini", "jira").unwrap()).unwrap();
        assert_eq!(
            out,
            "{\r\n  // mine\r\n  \"mcpServers\": {\r\n    \"mine\": {\"command\": \"m\"}\r\n  }\r\n}\r\n"
        );
        let last = "{\"mcpServers\": {\"mine\": {}, \"jira\": {}}, \"other\": 1}";
        let out =
            String::from_utf8(remove_from(last.as_bytes(), "claude", "jira").unwrap()).unwrap();
        assert_eq!(out, "{\"mcpServers\": {\"mine\": {}}, \"other\": 1}");
        let only = "{\"mcpServers\": {\"jira\": {}}}";
        let out =
            String::from_utf8(remove_from(only.as_bytes(), "claude", "jira").unwrap()).unwrap();
        assert_eq!(out, "{\"mcpServers\": {}}");
        let toml = "[mcp_servers.mine]\ncommand = \"m\"\n\n[mcp_servers.jira]\nurl = \"x\"\n\n[mcp_servers.jira.env]\nA = \"b\"\n";
        let out =
            String::from_utf8(remove_from(toml.as_bytes(), "codex", "jira").unwrap()).unwrap();
        assert_eq!(out, "[mcp_servers.mine]\ncommand = \"m\"\n");
        // Comments stay: one above the next member, one after the previous member's comma.
        let commented = "{\n  \"mcpServers\": {\n    \"jira\": {},\n    // the team's own\n    \"mine\": {}, // kept\n    \"db\": {}\n  }\n}\n";
        let out = String::from_utf8(remove_from(commented.as_bytes(), "gemini", "jira").unwrap())
            .unwrap();
        assert_eq!(
            out,
            "{\n  \"mcpServers\": {\n    // the team's own\n    \"mine\": {}, // kept\n    \"db\": {}\n  }\n}\n"
        );
        let out = String::from_utf8(remove_from(out.as_bytes(), "gemini", "db").unwrap()).unwrap();
        assert_eq!(
            out,
            "{\n  \"mcpServers\": {\n    // the team's own\n    \"mine\": {} // kept\n  }\n}\n"
        );
        let trailing = "{\n  \"mcpServers\": {\n    \"mine\": {},\n    \"jira\": {},\n  },\n}\n";
        let out =
            String::from_utf8(remove_from(trailing.as_bytes(), "gemini", "jira").unwrap()).unwrap();
        assert_eq!(out, "{\n  \"mcpServers\": {\n    \"mine\": {},\n  },\n}\n");
        let only = "{\n  \"mcpServers\": {\n    \"jira\": {}\n  }\n}\n";
        let out =
            String::from_utf8(remove_from(only.as_bytes(), "claude", "jira").unwrap()).unwrap();
        assert_eq!(out, "{\n  \"mcpServers\": {\n  }\n}\n");
        let middle = "[a]\nx = 1\n\n[mcp_servers.jira]\nurl = \"x\"\n\n[b]\ny = 2\n";
        let out =
            String::from_utf8(remove_from(middle.as_bytes(), "codex", "jira").unwrap()).unwrap();
        assert_eq!(out, "[a]\nx = 1\n\n[b]\ny = 2\n");
        // A file that is not JSON is an error, not a rewrite.
        assert!(remove_from(b"{not json", "claude", "jira").is_err());
    }
}
