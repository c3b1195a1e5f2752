//! Claude Code's project settings (`.claude/settings.json`) read back into an agent policy: its
//! `permissions` rules and its command hooks that run a repository script, the reverse of
//! `agents/claude.rs`. What the neutral model cannot hold (another tool's rule, a shell line
//! that is not a repository script, an http hook) is named as skipped, never guessed at.
//!
//! Pure: the importer hands over the file's text.

use serde_json::Value;

use crate::model::policy::{self, Effect, Event, Hook, Permission, Policy, Tool};

/// Where Claude's policy is read from, and the slug it is imported as.
pub const PATH: &str = ".claude/settings.json";
pub const SLUG: &str = "claude-settings";

/// One Claude rule as (tool, pattern), when the neutral model has it.
fn rule(r: &str) -> Option<(Tool, String)> {
    let (tool, inner) = match r.strip_suffix(')').and_then(|x| x.split_once('(')) {
        Some((t, i)) => (t, Some(i)),
        None => (r, None),
    };
    let path = |p: &str| {
        p.strip_prefix("./")
            .map_or(p.to_string(), |x| format!("/{x}"))
    };
    let got = match (tool, inner) {
        ("Bash", Some(i)) => {
            let i = i
                .strip_suffix(" *")
                .or_else(|| i.strip_suffix(":*"))
                .unwrap_or(i);
            (Tool::Shell, i.to_string())
        }
        ("Read", Some(i)) => (Tool::Read, path(i)),
        ("Edit", Some(i)) => (Tool::Edit, path(i)),
        ("WebFetch", Some(i)) => (Tool::Web, i.strip_prefix("domain:")?.to_string()),
        (t, None) if t.starts_with("mcp__") => {
            let rest = t.strip_prefix("mcp__")?;
            match rest.split_once("__") {
                Some((server, tool)) => (Tool::Mcp, format!("{server}/{tool}")),
                None => (Tool::Mcp, format!("{rest}/*")),
            }
        }
        _ => return None,
    };
    policy::pattern_problem(got.0, &got.1)
        .is_none()
        .then_some(got)
}

/// The neutral event of a Claude event and matcher: the one Rulebook renders as that pair
/// (`render::policy::claude_event`), with the edit matchers teams also write.
fn event(name: &str, matcher: Option<&str>) -> Option<Event> {
    let m = matcher.filter(|m| !m.is_empty() && *m != "*");
    let m = match m {
        Some("Edit|Write" | "Write|Edit" | "Edit|Write|MultiEdit") => Some("Edit|MultiEdit|Write"),
        other => other,
    };
    Event::ALL
        .into_iter()
        .find(|e| crate::render::policy::claude_event(*e) == (name, m))
}

/// A hook command that runs a repository script, as the neutral command.
fn script(command: &str) -> Option<String> {
    let rest = ["\"$CLAUDE_PROJECT_DIR\"/", "$CLAUDE_PROJECT_DIR/", "./"]
        .iter()
        .find_map(|p| command.strip_prefix(p))
        .unwrap_or(command);
    policy::command_problem(rest)
        .is_none()
        .then(|| rest.to_string())
}

/// The policy in Claude's settings text (`None` when it holds no rule or hook the neutral
/// model has), and what was skipped.
pub fn claude(text: &str) -> (Option<Policy>, Vec<String>) {
    let mut skipped = Vec::new();
    let Ok(doc) = crate::render::json_text::value_of(text) else {
        return (None, vec![format!("{PATH}: not valid JSON")]);
    };
    let mut permissions: Vec<Permission> = Vec::new();
    for effect in Effect::ALL {
        let list: Vec<&str> = doc["permissions"][effect.as_str()]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        for s in &list {
            // `Bash(x)` alone is one exact command; the neutral rule is a prefix, so an exact
            // allow would widen (an exact deny or ask only narrows, so it may).
            let exact = s
                .strip_prefix("Bash(")
                .and_then(|r| r.strip_suffix(')'))
                .is_some_and(|r| {
                    !r.ends_with(" *")
                        && !r.ends_with(":*")
                        && !list.contains(&format!("Bash({r} *)").as_str())
                });
            match rule(s) {
                Some(_) if exact && effect == Effect::Allow => skipped.push(format!(
                    "{PATH}: permissions.allow {s:?} allows one exact command; a neutral rule would allow every longer one"
                )),
                Some((on, pattern)) => {
                    match permissions
                        .iter_mut()
                        .find(|p| p.on == on && p.pattern == pattern)
                    {
                        // Several of Claude's lists name it: the strictest effect stays.
                        Some(p) => p.effect = p.effect.max(effect),
                        None => permissions.push(Permission {
                            effect,
                            on,
                            pattern,
                        }),
                    }
                }
                None => skipped.push(format!(
                    "{PATH}: permissions.{} {s:?} has no neutral form",
                    effect.as_str()
                )),
            }
        }
    }
    let mut hooks: Vec<Hook> = Vec::new();
    if let Some(events) = doc["hooks"].as_object() {
        for (name, groups) in events {
            for g in groups.as_array().into_iter().flatten() {
                let ev = event(name, g["matcher"].as_str());
                for h in g["hooks"].as_array().into_iter().flatten() {
                    let cmd = (h["type"] == "command")
                        .then(|| h["command"].as_str())
                        .flatten()
                        .and_then(script);
                    match (ev, cmd) {
                        (Some(event), Some(command)) => hooks.push(Hook {
                            event,
                            command,
                            timeout_s: h["timeout"]
                                .as_u64()
                                .and_then(|t| u32::try_from(t).ok())
                                .filter(|t| (1..=policy::MAX_TIMEOUT_S).contains(t)),
                        }),
                        _ => skipped.push(format!(
                            "{PATH}: a {name} hook {} is not a repository script at a neutral event",
                            h.get("command").unwrap_or(&Value::Null)
                        )),
                    }
                }
            }
        }
    }
    if permissions.is_empty() && hooks.is_empty() {
        return (None, skipped);
    }
    permissions.truncate(policy::MAX_PERMISSIONS);
    hooks.truncate(policy::MAX_HOOKS);
    let p = Policy {
        name: "Claude Code settings".into(),
        description: format!("Imported from {PATH}."),
        permissions,
        hooks,
    };
    (Some(p), skipped)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::{Agent, FileOp, Options, Playbook, render};

    #[test]
    fn what_rulebook_renders_for_claude_imports_back_to_the_same_policy() {
        let p: Policy = serde_json::from_value(serde_json::json!({
            "name": "Claude Code settings", "description": "Imported from .claude/settings.json.",
            "permissions": [
                { "effect": "allow", "on": "shell", "match": "cargo test" },
                { "effect": "deny", "on": "read", "match": "/config/secrets.toml" },
                { "effect": "ask", "on": "edit", "match": "migrations/**" },
                { "effect": "allow", "on": "web", "match": "docs.rs" },
                { "effect": "allow", "on": "mcp", "match": "github/get_*" },
                { "effect": "deny", "on": "mcp", "match": "shell/*" }
            ],
            "hooks": [
                { "event": "before_shell", "command": "scripts/guard.sh --strict", "timeout_s": 30 },
                { "event": "after_edit", "command": "scripts/fmt.sh" },
                { "event": "stop", "command": "scripts/check.sh" }
            ] }))
        .unwrap();
        let playbook = Playbook {
            policies: vec![("x".into(), p.clone())],
            ..Default::default()
        };
        let options = Options {
            agents: vec![Agent::Claude],
            run_hooks: true,
            ..Default::default()
        };
        let out = render(&playbook, &options).unwrap();
        let Some(FileOp::Section { content, .. }) = out.ops.iter().find(|o| o.path() == PATH)
        else {
            panic!("no settings section");
        };
        let entries = crate::render::settings_list::entries(
            crate::render::settings_list::spec_for(PATH).unwrap(),
            content,
        );
        let text = crate::render::settings_list::merge(
            crate::render::settings_list::spec_for(PATH).unwrap(),
            None,
            &[],
            &entries,
            crate::render::settings_list::Made::Rulebook,
        )
        .unwrap()
        .unwrap();
        let (back, skipped) = claude(&text);
        assert!(skipped.is_empty(), "{skipped:?}");
        let mut back = back.unwrap();
        let key = |r: &Permission| (r.on, r.pattern.clone());
        let mut want = p.permissions.clone();
        want.sort_by_key(key);
        back.permissions.sort_by_key(key);
        assert_eq!(back.permissions, want);
        let hkey = |h: &Hook| (h.event, h.command.clone());
        let mut want = p.hooks.clone();
        want.sort_by_key(hkey);
        back.hooks.sort_by_key(hkey);
        assert_eq!(back.hooks, want);
    }

    #[test]
    fn what_the_model_cannot_hold_is_skipped_by_name() {
        let text = r#"{ "permissions": { "allow": ["Bash(ls:*)", "Glob(**)", "WebSearch"] },
            "hooks": { "PreToolUse": [{ "matcher": "Bash", "hooks": [
                { "type": "command", "command": "curl -s x | sh" },
                { "type": "http", "url": "http://x" } ] }] } }"#;
        let (p, skipped) = claude(text);
        let p = p.unwrap();
        assert_eq!(p.permissions.len(), 1);
        assert_eq!(p.permissions[0].pattern, "ls");
        // The strictest of Claude's lists wins; an exact allow is not widened to a prefix.
        let text = r#"{ "permissions": { "allow": ["Bash(git push)", "Bash(make)"], "deny": ["Bash(git push *)"] } }"#;
        let (p2, skipped2) = claude(text);
        let p2 = p2.unwrap();
        assert_eq!(p2.permissions.len(), 1, "{:?}", p2.permissions);
        assert_eq!(p2.permissions[0].effect, Effect::Deny);
        assert_eq!(skipped2.len(), 2, "{skipped2:?}");
        assert!(p.hooks.is_empty());
        assert_eq!(skipped.len(), 4, "{skipped:?}");
        assert_eq!(claude("{").1.len(), 1);
        assert!(claude("{}").0.is_none());
    }
}
