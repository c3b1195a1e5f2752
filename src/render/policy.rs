//! Agent policies rendered: the playbook's policies (`model::policy`) merged into one, then
//! compiled by each agent's own file (`agents/claude.rs`, `cursor.rs`, `codex.rs`,
//! `copilot.rs`: its layout's `policy`) into that agent's settings. Settings files the team
//! also edits (`.claude/settings.json`, `.cursor/cli.json`, ...) get entries Rulebook owns
//! one by one (`settings_list`); files only Rulebook writes (`.codex/rules/rulebook.rules`,
//! `.github/hooks/rulebook.json`) are written whole.
//!
//! Merging fixes the neutral semantics before any agent sees them: for one tool and pattern
//! the strictest effect of every installed policy wins, so a package cannot loosen another's
//! deny. Hooks are written only with the repository's consent (`Options::run_hooks`); without
//! it each agent that has hooks says how many were left out.
//!
//! Pure: operations go to the render sink.

use std::collections::BTreeMap;

use serde_json::Value;

use super::settings_list::{self, ListSpec};
use super::{Agent, Options, Playbook, Sink};
use crate::model::policy::{Effect, Event, Hook, Tool};

/// What an agent's policy compiler is given: every installed policy, merged.
pub struct Merged<'a> {
    /// One effect per (tool, pattern): the strictest any policy gives; in tool, then pattern
    /// order.
    pub rules: Vec<(Effect, Tool, &'a str)>,
    /// Every hook, in policy slug order then as written, each once; empty without consent.
    pub hooks: Vec<&'a Hook>,
    /// The agents rendered for (a compiler skips what another agent's file already covers).
    pub agents: &'a [Agent],
}

impl Merged<'_> {
    /// The rules of one tool.
    pub fn on(&self, tool: Tool) -> impl Iterator<Item = (Effect, &str)> {
        self.rules
            .iter()
            .filter(move |r| r.1 == tool)
            .map(|r| (r.0, r.2))
    }
}

/// What an agent's compiler makes.
#[derive(Default)]
pub struct Out {
    /// Items Rulebook owns in a shared settings file: (file, list path, item).
    pub entries: Vec<(&'static ListSpec, String, Value)>,
    /// Whole files: (path, content).
    pub files: Vec<(&'static str, String)>,
    /// What could not be expressed, in words.
    pub notes: Vec<String>,
}

impl Out {
    pub fn entry(&mut self, spec: &'static ListSpec, slot: &str, item: Value) {
        self.entries.push((spec, slot.to_string(), item));
    }
}

/// An agent's policy support: its compiler and the files it writes.
pub struct Target {
    pub compile: fn(&Merged, &mut Out),
    /// Settings files it shares with the team.
    pub shared: &'static [&'static ListSpec],
    /// Files it writes whole.
    pub files: &'static [&'static str],
}

/// The installed policies merged; `None` when there are none.
fn merged<'a>(playbook: &'a Playbook, options: &'a Options) -> Option<(Merged<'a>, Held)> {
    if playbook.policies.is_empty() {
        return None;
    }
    let mut strictest: BTreeMap<(Tool, &str), Effect> = BTreeMap::new();
    let mut hooks: Vec<&Hook> = Vec::new();
    for (_, p) in &playbook.policies {
        for r in &p.permissions {
            let e = strictest
                .entry((r.on, r.pattern.as_str()))
                .or_insert(r.effect);
            *e = (*e).max(r.effect);
        }
        for h in &p.hooks {
            if !hooks.contains(&h) {
                hooks.push(h);
            }
        }
    }
    // A hook whose script is a file Rulebook itself writes (a skill's script, anything under
    // `.rulebook/`) would run code the same packages deliver, which the repository's consent
    // to hooks does not cover: such hooks are never written.
    let before = hooks.len();
    hooks.retain(|h| !rendered_file(h.script().0));
    let delivered = before - hooks.len();
    let held = if options.run_hooks { 0 } else { hooks.len() };
    if !options.run_hooks {
        hooks.clear();
    }
    let mut rules: Vec<(Effect, Tool, &str)> =
        strictest.into_iter().map(|((t, p), e)| (e, t, p)).collect();
    let allows = rules.len();
    if options.refuse_allows {
        rules.retain(|r| r.0 != Effect::Allow);
    }
    let refused = allows - rules.len();
    Some((
        Merged {
            rules,
            hooks,
            agents: &options.agents,
        },
        Held {
            held,
            delivered,
            refused,
        },
    ))
}

/// Hooks an agent's settings do not get.
struct Held {
    /// Left out for want of consent.
    held: usize,
    /// Left out because their script is a file Rulebook writes.
    delivered: usize,
    /// Allow rules left out by the install policy (`"allow_rules": false`).
    refused: usize,
}

/// Whether `path` is a file some agent's layout has Rulebook write (a skill's script, a
/// command) or one under `.rulebook/`, at the root or in a monorepo's folder.
fn rendered_file(path: &str) -> bool {
    // Also without case: macOS and Windows open `.Claude/skills/x` as `.claude/skills/x`
    // (the layouts' folders are lower case).
    let lower = path.to_ascii_lowercase();
    lower.starts_with(".rulebook/")
        || lower.contains("/.rulebook/")
        || super::import::is_agent_file(path)
        || super::import::is_agent_file(&lower)
}

/// Writes `agent`'s settings: the never_read deny entries its layout keeps in a settings list
/// and what it makes of the installed policies. One section per shared file, whatever fills it.
pub(super) fn render(agent: Agent, playbook: &Playbook, options: &Options, sink: &mut Sink) {
    let layout = agent.layout();
    let mut shared: BTreeMap<&'static str, (&'static ListSpec, String)> = BTreeMap::new();
    if let Some(spec) = layout.read_denies {
        let checked: Vec<String> = options
            .never_read
            .iter()
            .filter(|p| super::ignore::check_pattern(p).is_ok())
            .cloned()
            .collect();
        if !checked.is_empty() {
            shared.insert(spec.path, (spec, settings_list::content(spec, &checked)));
        }
    }
    if let Some((
        m,
        Held {
            held,
            delivered,
            refused,
        },
    )) = merged(playbook, options)
    {
        match layout.policy {
            None => sink.note(
                agent,
                "has no permission or hook settings Rulebook writes; the agent policies are not passed on to it",
            ),
            Some(target) => {
                let mut out = Out::default();
                (target.compile)(&m, &mut out);
                if refused > 0 {
                    sink.note(
                        agent,
                        &format!(
                            "{refused} allow rule(s) not written: the install policy refuses them (\"allow_rules\": false), so the agent asks instead"
                        ),
                    );
                }
                if delivered > 0 {
                    sink.note(
                        agent,
                        &format!(
                            "{delivered} hook(s) not written: their script is a file Rulebook itself writes (a skill's), so the packages would deliver the code the hook runs; keep hook scripts in the repository's own folders"
                        ),
                    );
                }
                if held > 0 {
                    sink.note(
                        agent,
                        &format!(
                            "{held} hook(s) not written: hooks run code on developers' machines, so the repository must consent (\"hooks\": true in rulebook.json's policy)"
                        ),
                    );
                }
                for n in &out.notes {
                    sink.note(agent, n);
                }
                for (spec, slot, item) in out.entries {
                    let e = settings_list::entry(&slot, &item);
                    let (_, content) = shared.entry(spec.path).or_insert((spec, String::new()));
                    if !content.lines().any(|l| l == e) {
                        content.push_str(&e);
                        content.push('\n');
                    }
                }
                for (path, content) in out.files {
                    sink.text(agent, path.to_string(), content);
                }
            }
        }
    }
    for (path, (_, content)) in shared {
        sink.section(agent, path.to_string(), content);
    }
}

/// The repository root for agents that give hooks no variable for it (Codex, Gemini CLI):
/// the Git root, or the folder the agent runs in where Git cannot say (no `.git`, no `git`),
/// never the empty string, which would make `/scripts/x.sh` of the file system's root.
pub const GIT_ROOT: &str = "\"$(git rev-parse --show-toplevel 2>/dev/null || pwd)\"";

/// `"<anchor>"/script args`: a hook's script run from the repository root, however the agent
/// sets its working folder.
pub fn anchored(anchor: &str, hook: &Hook) -> String {
    let (script, args) = hook.script();
    match args {
        "" => format!("{anchor}/{script}"),
        a => format!("{anchor}/{script} {a}"),
    }
}

/// A neutral event as Claude Code's event and tool matcher (Codex names its events the same).
pub fn claude_event(e: Event) -> (&'static str, Option<&'static str>) {
    match e {
        Event::SessionStart => ("SessionStart", None),
        Event::PromptSubmit => ("UserPromptSubmit", None),
        Event::BeforeTool => ("PreToolUse", None),
        Event::AfterTool => ("PostToolUse", None),
        Event::BeforeShell => ("PreToolUse", Some("Bash")),
        Event::BeforeRead => ("PreToolUse", Some("Read")),
        Event::AfterEdit => ("PostToolUse", Some("Edit|MultiEdit|Write")),
        Event::BeforeMcp => ("PreToolUse", Some("mcp__.*")),
        Event::Stop => ("Stop", None),
        Event::SubagentStop => ("SubagentStop", None),
        Event::PreCompact => ("PreCompact", None),
        Event::SessionEnd => ("SessionEnd", None),
    }
}

/// A matcher group of Claude's hook shape (Codex and Gemini CLI read the same): `{matcher?,
/// hooks: [{type: command, command, timeout?}]}`, the command anchored on `anchor`, the
/// timeout in seconds times `scale` (1000 for Gemini's milliseconds).
pub fn matcher_group(anchor: &str, matcher: Option<&str>, hook: &Hook, scale: u64) -> Value {
    let mut command = serde_json::json!({ "type": "command", "command": anchored(anchor, hook) });
    if let (Some(t), Some(o)) = (hook.timeout_s, command.as_object_mut()) {
        o.insert("timeout".into(), Value::from(u64::from(t) * scale));
    }
    match matcher {
        Some(m) => serde_json::json!({ "matcher": m, "hooks": [command] }),
        None => serde_json::json!({ "hooks": [command] }),
    }
}

/// A rules file of Rulebook's own with one block per shell rule (Codex's execpolicy,
/// Gemini CLI's policy engine), when there are shell rules; the count of the other rules,
/// which such a file does not hold.
pub fn shell_rules_file(
    m: &Merged,
    path: &'static str,
    rule: impl Fn(Effect, &str) -> String,
    out: &mut Out,
) -> usize {
    let rules: String = m.on(Tool::Shell).map(|(e, p)| rule(e, p)).collect();
    if !rules.is_empty() {
        out.files.push((
            path,
            format!(
                "# Generated by Rulebook from the installed agent policies; do not edit.\n{rules}"
            ),
        ));
    }
    m.rules.iter().filter(|r| r.1 != Tool::Shell).count()
}

/// A hook's timeout as `key: seconds`, when it has one.
pub fn timeout(item: &mut Value, key: &str, hook: &Hook) {
    if let (Some(t), Some(o)) = (hook.timeout_s, item.as_object_mut()) {
        o.insert(key.to_string(), Value::from(t));
    }
}

/// The note for events an agent has no equivalent of.
pub fn unmapped(what: &str, events: &[&str]) -> String {
    format!(
        "{what} has no equivalent of these hook events, so their hooks are not written: {}",
        events.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::policy::Policy;
    use crate::render::{FileOp, render};

    fn playbook() -> Playbook {
        let p = |v: serde_json::Value| serde_json::from_value::<Policy>(v).unwrap();
        Playbook {
            policies: vec![
                (
                    "a".into(),
                    p(serde_json::json!({ "name": "A", "description": "",
                    "permissions": [
                        { "effect": "allow", "on": "shell", "match": "git push" },
                        { "effect": "ask", "on": "shell", "match": "npm publish" },
                        { "effect": "deny", "on": "read", "match": ".env*" },
                        { "effect": "allow", "on": "mcp", "match": "github/get_*" },
                        { "effect": "allow", "on": "web", "match": "docs.rs" }
                    ],
                    "hooks": [
                        { "event": "before_shell", "command": "scripts/guard.sh --strict", "timeout_s": 30 },
                        { "event": "stop", "command": "scripts/check.sh" }
                    ] })),
                ),
                // A second package cannot loosen the first: its allow loses to the deny.
                (
                    "b".into(),
                    p(serde_json::json!({ "name": "B", "description": "",
                    "permissions": [{ "effect": "deny", "on": "shell", "match": "git push" }] })),
                ),
            ],
            ..Default::default()
        }
    }

    fn options(agents: &[Agent], run_hooks: bool) -> Options {
        Options {
            agents: agents.to_vec(),
            never_read: vec!["secrets/**".into()],
            run_hooks,
            ..Default::default()
        }
    }

    fn section(out: &crate::render::Output, path: &str) -> Vec<String> {
        let op = out.ops.iter().find(|o| o.path() == path).expect(path);
        let FileOp::Section { content, .. } = op else {
            panic!("{path} is not a section");
        };
        content.lines().map(str::to_string).collect()
    }

    #[test]
    fn claude_gets_the_strictest_rules_and_anchored_hooks_beside_the_never_read_denies() {
        let out = render(&playbook(), &options(&[Agent::Claude], true)).unwrap();
        let got = section(&out, ".claude/settings.json");
        let want = [
            "permissions.deny\t\"Read(secrets/**)\"",
            "permissions.deny\t\"Bash(git push)\"",
            "permissions.deny\t\"Bash(git push *)\"",
            "permissions.ask\t\"Bash(npm publish)\"",
            "permissions.ask\t\"Bash(npm publish *)\"",
            "permissions.deny\t\"Read(.env*)\"",
            "permissions.allow\t\"WebFetch(domain:docs.rs)\"",
            "permissions.allow\t\"mcp__github__get_*\"",
        ];
        for w in want {
            assert!(got.iter().any(|g| g == w), "{w} in {got:#?}");
        }
        assert!(!got.iter().any(|g| g.contains("allow\t\"Bash(git push")));
        let hooks: Vec<&String> = got.iter().filter(|g| g.starts_with("hooks.")).collect();
        assert_eq!(hooks.len(), 2, "{got:#?}");
        let (slot, item) = hooks[0].split_once('\t').unwrap();
        assert_eq!(slot, "hooks.PreToolUse");
        let v: Value = serde_json::from_str(item).unwrap();
        assert_eq!(v["matcher"], "Bash");
        assert_eq!(
            v["hooks"][0]["command"],
            "\"$CLAUDE_PROJECT_DIR\"/scripts/guard.sh --strict"
        );
        assert_eq!(v["hooks"][0]["timeout"], 30);
        assert!(hooks[1].starts_with("hooks.Stop\t"));
    }

    /// A file Rulebook writes whole, as text.
    fn whole(out: &crate::render::Output, path: &str) -> String {
        let op = out.ops.iter().find(|o| o.path() == path).expect(path);
        String::from_utf8_lossy(op.bytes()).into_owned()
    }

    /// Asserts that a note starts with `prefix`.
    fn noted(out: &crate::render::Output, prefix: &str) {
        assert!(
            out.notes.iter().any(|n| n.starts_with(prefix)),
            "{prefix:?} in {:#?}",
            out.notes
        );
    }

    fn one(v: serde_json::Value) -> Playbook {
        Playbook {
            policies: vec![("p".into(), serde_json::from_value::<Policy>(v).unwrap())],
            ..Default::default()
        }
    }

    #[test]
    fn cursor_writes_no_allow_that_would_let_a_narrower_deny_or_ask_through() {
        // Cursor cannot hold `git push` (first word only): allowing `git` would run it unasked.
        let pb = one(serde_json::json!({ "name": "P", "description": "",
            "permissions": [
                { "effect": "allow", "on": "shell", "match": "git" },
                { "effect": "deny", "on": "shell", "match": "git push" },
                { "effect": "allow", "on": "shell", "match": "npm" },
                { "effect": "ask", "on": "shell", "match": "npm publish" },
                { "effect": "allow", "on": "shell", "match": "ls" }
            ] }));
        let out = render(&pb, &options(&[Agent::Cursor], false)).unwrap();
        let cli = section(&out, ".cursor/cli.json");
        assert!(!cli.iter().any(|l| l.contains("Shell(git)")), "{cli:?}");
        assert!(!cli.iter().any(|l| l.contains("Shell(npm)")), "{cli:?}");
        assert!(
            cli.contains(&"permissions.allow\t\"Shell(ls)\"".to_string()),
            "{cli:?}"
        );
        noted(&out, "cursor: 2 shell allow rule(s) not written");
    }

    #[test]
    fn an_install_policy_can_leave_every_allow_rule_out() {
        let mut o = options(&[Agent::Claude, Agent::Cursor, Agent::Codex], false);
        o.refuse_allows = true;
        let out = render(&playbook(), &o).unwrap();
        for path in [".claude/settings.json", ".cursor/cli.json"] {
            let got = section(&out, path);
            assert!(
                !got.iter().any(|l| l.starts_with("permissions.allow")),
                "{got:#?}"
            );
            assert!(
                got.iter().any(|l| l.starts_with("permissions.deny")),
                "{got:#?}"
            );
        }
        assert!(!whole(&out, ".codex/rules/rulebook.rules").contains("\"allow\""));
        noted(
            &out,
            "claude: 2 allow rule(s) not written: the install policy refuses them",
        );
    }

    #[test]
    fn a_hook_never_runs_a_script_rulebook_itself_writes() {
        let pb = one(serde_json::json!({ "name": "P", "description": "",
            "hooks": [
                { "event": "stop", "command": ".claude/skills/tool/run.sh" },
                { "event": "stop", "command": "services/api/.agents/skills/x/run.sh" },
                { "event": "stop", "command": ".rulebook/skills/tool/run.sh" },
                { "event": "stop", "command": ".Claude/Skills/tool/run.sh" },
                { "event": "stop", "command": ".claude/hooks/guard.sh" }
            ] }));
        let out = render(&pb, &options(&[Agent::Claude], true)).unwrap();
        let hooks: Vec<String> = section(&out, ".claude/settings.json")
            .into_iter()
            .filter(|l| l.starts_with("hooks."))
            .collect();
        assert_eq!(hooks.len(), 1, "{hooks:#?}");
        assert!(hooks[0].contains(".claude/hooks/guard.sh"), "{hooks:#?}");
        noted(
            &out,
            "claude: 4 hook(s) not written: their script is a file Rulebook itself writes",
        );
    }

    #[test]
    fn hooks_need_consent_and_each_agent_gets_its_own_form() {
        let all = [Agent::Claude, Agent::Cursor, Agent::Codex, Agent::Copilot];
        let held = render(&playbook(), &options(&all, false)).unwrap();
        for a in ["claude", "cursor", "codex"] {
            assert!(
                held.notes
                    .iter()
                    .any(|n| n.starts_with(&format!("{a}: 2 hook(s) not written"))),
                "{a}: {:#?}",
                held.notes
            );
        }
        assert!(held.ops.iter().all(|o| o.path() != ".cursor/hooks.json"));
        assert!(
            !section(&held, ".claude/settings.json")
                .iter()
                .any(|l| l.starts_with("hooks."))
        );

        let out = render(&playbook(), &options(&all, true)).unwrap();
        let cli = section(&out, ".cursor/cli.json");
        assert!(cli.contains(&"permissions.deny\t\"Read(.env*)\"".to_string()));
        assert!(cli.contains(&"permissions.allow\t\"Mcp(github:get_*)\"".to_string()));
        // Cursor matches a shell rule's first word only: rules of several words are left out.
        assert!(!cli.iter().any(|l| l.contains("Shell(")), "{cli:?}");
        assert!(out.notes.iter().any(|n| n == "cursor: matches a shell rule on the command's first word only: 2 rule(s) of several words not written"), "{:#?}", out.notes);
        let hooks = section(&out, ".cursor/hooks.json");
        assert_eq!(
            hooks[0],
            "hooks.beforeShellExecution\t{\"command\":\"scripts/guard.sh --strict\",\"timeout\":30}"
        );
        let rules = whole(&out, ".codex/rules/rulebook.rules");
        assert!(
            rules.contains("pattern = [\"git\", \"push\"],\n    decision = \"forbidden\""),
            "{rules}"
        );
        assert!(
            rules.contains("pattern = [\"npm\", \"publish\"],\n    decision = \"prompt\""),
            "{rules}"
        );
        let codex = section(&out, ".codex/hooks.json");
        assert!(
            codex[0].contains(
                "\"$(git rev-parse --show-toplevel 2>/dev/null || pwd)\\\"/scripts/guard.sh --strict"
            ),
            "{codex:?}"
        );
        // With Claude rendered, Copilot's file is still written (its cloud agent reads only
        // that), and the note says VS Code runs both.
        assert!(
            out.ops
                .iter()
                .any(|o| o.path() == ".github/hooks/rulebook.json")
        );
        noted(&out, "copilot: VS Code runs hooks from both");
        let alone = render(&playbook(), &options(&[Agent::Copilot], true)).unwrap();
        let file = alone
            .ops
            .iter()
            .find(|o| o.path() == ".github/hooks/rulebook.json")
            .unwrap();
        let v: Value = serde_json::from_slice(file.bytes()).unwrap();
        assert_eq!(v["version"], 1);
        assert_eq!(v["hooks"]["agentStop"][0]["bash"], "./scripts/check.sh");
        assert_eq!(v["hooks"]["agentStop"][0]["cwd"], ".");
        assert!(v["hooks"].get("preToolUse").is_none());
        assert!(alone.notes.iter().any(|n| n.contains("before_shell")));
        // Gemini CLI: shell rules in its policy engine, strictest first by priority; hooks
        // in its settings with the timeout in milliseconds.
        let gemini = render(&playbook(), &options(&[Agent::Gemini], true)).unwrap();
        let toml = whole(&gemini, ".gemini/policies/rulebook.toml");
        assert!(toml.contains("[[rule]]\ntoolName = \"run_shell_command\"\ncommandPrefix = \"git push\"\ndecision = \"deny\"\npriority = 300\n"), "{toml}");
        assert!(
            toml.contains(
                "commandPrefix = \"npm publish\"\ndecision = \"ask_user\"\npriority = 200"
            ),
            "{toml}"
        );
        let settings = section(&gemini, ".gemini/settings.json");
        let (slot, item) = settings[0].split_once('\t').unwrap();
        assert_eq!(slot, "hooks.BeforeTool");
        let v: Value = serde_json::from_str(item).unwrap();
        assert_eq!(v["matcher"], "run_shell_command");
        assert_eq!(v["hooks"][0]["timeout"], 30_000);
        assert!(
            settings[1].starts_with("hooks.AfterAgent\t"),
            "{settings:?}"
        );
        // An agent without policy settings says so; the home folder gets none.
        let other = render(&playbook(), &options(&[Agent::Windsurf], true)).unwrap();
        assert!(
            other
                .notes
                .iter()
                .any(|n| n.starts_with("windsurf: has no permission or hook settings"))
        );
        let home = Options {
            home: true,
            ..options(&[Agent::Claude], true)
        };
        let h = render(&playbook(), &home).unwrap();
        assert!(h.ops.iter().all(|o| !o.path().contains("settings.json")));
    }
}
