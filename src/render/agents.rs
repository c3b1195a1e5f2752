//! One renderer per coding agent. Paths, frontmatter keys and placeholder syntax follow the
//! agents' own documentation (see `docs/AGENTS.md` for the table and the sources).

use super::markdown::{
    GENERATED, command_full, first_line, frontmatter, placeholders, shared_section, standard_full,
    standard_short, subagent_full, yaml, yaml_list,
};
use super::{Options, Playbook, RenderError, Sink};
use crate::model::artifact::{Skill, Subagent};
use crate::model::skill_md;

macro_rules! agents {
    ($($variant:ident => $id:literal, $product:literal),* $(,)?) => {
        /// A coding agent Rulebook renders for.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Agent { $($variant),* }

        impl Agent {
            /// Every agent, in id order of declaration.
            pub const ALL: &'static [Agent] = &[$(Agent::$variant),*];

            /// The agent's id (`claude`, `gitlab-duo`, ...).
            pub fn id(self) -> &'static str {
                match self { $(Agent::$variant => $id),* }
            }

            /// The product's own name (`Claude Code`, `GitHub Copilot`, ...).
            pub fn product(self) -> &'static str {
                match self { $(Agent::$variant => $product),* }
            }

            /// Parses an id.
            pub fn parse(s: &str) -> Option<Agent> {
                match s { $($id => Some(Agent::$variant),)* _ => None }
            }
        }
    };
}

agents! {
    AgentsMd => "agentsmd", "AGENTS.md (any agent that reads it)",
    AgentSkills => "agentskills", "Agent Skills (.agents/skills)",
    Amazonq => "amazonq", "Amazon Q Developer",
    Amp => "amp", "Amp",
    Antigravity => "antigravity", "Google Antigravity",
    Augment => "augment", "Augment Code",
    Bob => "bob", "IBM Bob",
    Claude => "claude", "Claude Code",
    Cline => "cline", "Cline",
    Codex => "codex", "OpenAI Codex",
    Continue => "continue", "Continue",
    Copilot => "copilot", "GitHub Copilot",
    CopilotCli => "copilot-cli", "GitHub Copilot CLI",
    Crush => "crush", "Charm Crush",
    Cursor => "cursor", "Cursor",
    Devin => "devin", "Devin",
    FactoryDroid => "factory-droid", "Factory Droid",
    Gemini => "gemini", "Gemini CLI",
    GitlabDuo => "gitlab-duo", "GitLab Duo",
    Goose => "goose", "goose",
    Junie => "junie", "JetBrains Junie",
    Kilo => "kilo", "Kilo Code",
    Kiro => "kiro", "Kiro",
    Opencode => "opencode", "OpenCode",
    Qwen => "qwen", "Qwen Code",
    Roo => "roo", "Roo Code",
    Rovodev => "rovodev", "Atlassian Rovo Dev CLI",
    Tabnine => "tabnine", "Tabnine",
    Warp => "warp", "Warp",
    Windsurf => "windsurf", "Windsurf",
    Zed => "zed", "Zed",
    ZooCode => "zoocode", "Zoo Code (Roo's successor)",
}

/// The `.rulebook/` folder every install carries: full standards, commands, subagents and
/// an index. Other targets link here.
pub(super) fn internal(p: &Playbook, sink: &mut Sink) {
    // Attributed to no agent in particular; `AgentsMd` is only a bookkeeping label.
    let a = Agent::AgentsMd;
    let mut index = format!("<!-- {GENERATED} -->\n# Team playbook\n");
    if !p.standards.is_empty() {
        index.push_str("\n## Standards\n\n");
    }
    for (slug, s) in &p.standards {
        sink.text(
            a,
            format!(".rulebook/standards/{slug}.md"),
            standard_full(s),
        );
        // The linter's input: the standard's active detectors (drafts stay on the server).
        if let Some(file) = crate::lint::compose::detectors_file(slug, s) {
            sink.text(a, format!(".rulebook/detectors/{slug}.yml"), file);
        }
        let scope = if s.scope.is_empty() {
            "all files".to_string()
        } else {
            s.scope.join(", ")
        };
        index.push_str(&format!(
            "- [{}](standards/{slug}.md) ({scope}): {}\n",
            s.name,
            first_line(&s.description)
        ));
    }
    if !p.commands.is_empty() {
        index.push_str("\n## Commands\n\n");
    }
    for (slug, c) in &p.commands {
        sink.text(a, format!(".rulebook/commands/{slug}.md"), command_full(c));
        index.push_str(&format!(
            "- [/{slug}](commands/{slug}.md): {}\n",
            first_line(&c.description)
        ));
    }
    if !p.subagents.is_empty() {
        index.push_str("\n## Subagents\n\n");
    }
    for (slug, s) in &p.subagents {
        sink.text(
            a,
            format!(".rulebook/subagents/{slug}.md"),
            subagent_full(s),
        );
        index.push_str(&format!(
            "- [{}](subagents/{slug}.md): {}\n",
            s.name,
            first_line(&s.description)
        ));
    }
    if !p.skills.is_empty() {
        index.push_str("\n## Skills\n\n");
    }
    for (slug, s) in &p.skills {
        index.push_str(&format!("- {slug}: {}\n", first_line(&s.description)));
    }
    if p.standards.is_empty()
        && p.commands.is_empty()
        && p.subagents.is_empty()
        && p.skills.is_empty()
    {
        return;
    }
    sink.text(a, ".rulebook/index.md".into(), index);
}

/// Spec fields a shared skills folder may carry (the reference validator refuses others).
const SPEC_EXTRA: [&str; 3] = ["license", "allowed-tools", "metadata"];

/// A skill folder under `dir`; `spec_only` drops client-specific frontmatter fields.
fn skills(agent: Agent, p: &Playbook, dir: &str, spec_only: bool, sink: &mut Sink) {
    for (slug, s) in &p.skills {
        let mut skill: Skill = s.clone();
        if spec_only {
            skill.extra.retain(|k, _| SPEC_EXTRA.contains(&k.as_str()));
        }
        sink.text(
            agent,
            format!("{dir}/{slug}/SKILL.md"),
            skill_md::write(&skill),
        );
        for f in &s.files {
            match f.bytes() {
                Ok(bytes) => sink.write(agent, format!("{dir}/{slug}/{}", f.path), bytes, f.mode),
                Err(e) => sink.note(
                    agent,
                    &format!("skill {slug}: file {} skipped: {e}", f.path),
                ),
            }
        }
    }
}

/// Per-rule files: one per standard at `path(slug)`, with frontmatter from `front(scope)`.
fn rule_files(
    agent: Agent,
    p: &Playbook,
    path: impl Fn(&str) -> String,
    prefix: &str,
    front: impl Fn(&str, &crate::model::artifact::Standard) -> String,
    scope_as_prose: bool,
    sink: &mut Sink,
) {
    for (slug, s) in &p.standards {
        let body = standard_short(slug, s, prefix, 1, scope_as_prose);
        sink.text(
            agent,
            path(slug),
            format!("{}{body}", frontmatter(&front(slug, s))),
        );
    }
}

/// Commands as Markdown files with the frontmatter `front` builds.
fn command_files(
    agent: Agent,
    p: &Playbook,
    path: impl Fn(&str) -> String,
    args: &str,
    front: impl Fn(&str, &crate::model::artifact::Command) -> String,
    sink: &mut Sink,
) {
    for (slug, c) in &p.commands {
        let body = placeholders(&c.body, args);
        sink.text(
            agent,
            path(slug),
            format!("{}{body}", frontmatter(&front(slug, c))),
        );
    }
}

/// Subagents as Markdown files with the frontmatter `front` builds.
fn subagent_files(
    agent: Agent,
    p: &Playbook,
    path: impl Fn(&str) -> String,
    front: impl Fn(&str, &Subagent) -> String,
    sink: &mut Sink,
) {
    for (slug, s) in &p.subagents {
        sink.text(
            agent,
            path(slug),
            format!("{}{}", frontmatter(&front(slug, s)), s.body),
        );
    }
}

/// Documented limits of what an agent reads from a shared always-on file: (path, agent,
/// bytes, where it is documented). Applied when no `--always-on-cap` is set.
const AGENT_CAPS: &[(&str, Agent, usize, &str)] = &[(
    "AGENTS.md",
    Agent::Codex,
    32 * 1024,
    "Codex reads at most 32 KiB of project docs (project_doc_max_bytes)",
)];

/// The agent limit that applies to `path` when these agents are rendered: the smallest.
fn agent_cap(path: &str, o: &Options) -> Option<(usize, &'static str)> {
    AGENT_CAPS
        .iter()
        .filter(|(p, a, _, _)| *p == path && o.agents.contains(a))
        .map(|(_, _, cap, why)| (*cap, *why))
        .min_by_key(|(cap, _)| *cap)
}

/// A shared file's section for an agent that cannot scope by glob: scoped standards say
/// where they apply in prose, and the render notes it.
fn prose_section(
    agent: Agent,
    p: &Playbook,
    file: &str,
    o: &Options,
    sink: &mut Sink,
) -> Result<(), RenderError> {
    section(agent, p, file, "", o, sink)?;
    if any_scoped(p) {
        sink.note(
            agent,
            &format!("{file} cannot scope by glob: scope is written as prose"),
        );
    }
    Ok(())
}

/// The shared-file section, compacted when over the always-on cap. Over a cap the user set
/// even in compact form, the render is refused; over an agent's own documented limit, the
/// compact form is written with a note (the agent reads what fits).
fn section(
    agent: Agent,
    p: &Playbook,
    path: &str,
    prefix: &str,
    o: &Options,
    sink: &mut Sink,
) -> Result<(), RenderError> {
    let Some(full) = shared_section(p, prefix, false) else {
        return Ok(());
    };
    let (cap, why) = match (o.always_on_cap, agent_cap(path, o)) {
        (Some(cap), _) => (Some(cap), None),
        (None, Some((cap, why))) => (Some(cap), Some(why)),
        (None, None) => (None, None),
    };
    let text = match cap {
        Some(cap) if full.len() > cap => {
            let compact = shared_section(p, prefix, true).unwrap_or_default();
            match why {
                None if compact.len() > cap => {
                    return Err(RenderError::TooLarge {
                        path: path.into(),
                        bytes: compact.len(),
                        cap,
                    });
                }
                None => sink.note(
                    agent,
                    &format!("{path}: over the always-on cap, standards listed by link only"),
                ),
                Some(why) if compact.len() > cap => sink.note(
                    agent,
                    &format!(
                        "{path}: {why}; even with standards listed by link only it is {} bytes, so the end will not be read (split the playbook into packages)",
                        compact.len()
                    ),
                ),
                Some(why) => sink.note(
                    agent,
                    &format!("{path}: {why}; standards listed by link only"),
                ),
            }
            compact
        }
        _ => full,
    };
    sink.section(agent, path.into(), text);
    Ok(())
}

fn name_desc(name: &str, description: &str) -> String {
    let mut out = format!("name: {}\n", yaml(name));
    if !description.trim().is_empty() {
        out.push_str(&format!(
            "description: {}\n",
            yaml(&first_line(description))
        ));
    }
    out
}

fn desc(description: &str) -> String {
    if description.trim().is_empty() {
        String::new()
    } else {
        format!("description: {}\n", yaml(&first_line(description)))
    }
}

fn model_line(s: &Subagent) -> String {
    s.model
        .as_ref()
        .map(|m| format!("model: {}\n", yaml(m)))
        .unwrap_or_default()
}

/// Claude-style subagent frontmatter: name, description, comma-separated tools, model.
/// A subagent's frontmatter with `name`, `description`, a `tools` list and `model` (GitHub
/// Copilot, Kiro, Tabnine, Rovo Dev).
fn tools_agent(slug: &str, s: &Subagent) -> String {
    let mut f = name_desc(slug, &s.description);
    if !s.tools.is_empty() {
        f.push_str(&yaml_list("tools", &s.tools));
    }
    f + &model_line(s)
}

fn claude_agent(slug: &str, s: &Subagent) -> String {
    let mut out = name_desc(slug, &s.description);
    if !s.tools.is_empty() {
        out.push_str(&format!("tools: {}\n", yaml(&s.tools.join(", "))));
    }
    out + &model_line(s)
}

/// Claude, Cline and Qwen scope a rule with a `paths:` list (none = always on).
fn paths_front(_: &str, s: &crate::model::artifact::Standard) -> String {
    if s.scope.is_empty() {
        String::new()
    } else {
        yaml_list("paths", &s.scope)
    }
}

/// Whether any standard is scoped (agents without glob keys then note the compromise).
fn any_scoped(p: &Playbook) -> bool {
    p.standards.iter().any(|(_, s)| !s.scope.is_empty())
}

/// Globs as one comma-separated value (Cursor, Windsurf, Devin, Antigravity, Copilot's
/// `applyTo`). A comma inside a brace alternation would read as a separator there, so
/// `{src,lib}/**` is written as the globs it stands for: `src/**,lib/**`.
fn globs_csv(scope: &[String]) -> String {
    scope
        .iter()
        .flat_map(|g| expand_braces(g))
        .collect::<Vec<_>>()
        .join(",")
}

/// Expands brace alternations (`{a,b}`, nested too) into the globs they stand for; a glob
/// without a complete `{…,…}` group is returned as it is.
fn expand_braces(glob: &str) -> Vec<String> {
    let bytes = glob.as_bytes();
    let Some(open) = glob.find('{') else {
        return vec![glob.to_string()];
    };
    // The matching close brace and the top-level commas between them.
    let mut depth = 0usize;
    let mut commas = Vec::new();
    let mut close = None;
    for (i, &b) in bytes.iter().enumerate().skip(open) {
        match b {
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    close = Some(i);
                    break;
                }
            }
            b',' if depth == 1 => commas.push(i),
            _ => {}
        }
    }
    let Some(close) = close else {
        return vec![glob.to_string()];
    };
    if commas.is_empty() {
        // `{x}` is not an alternation: keep it, but expand what follows.
        return expand_braces(&glob[close + 1..])
            .into_iter()
            .map(|rest| format!("{}{rest}", &glob[..=close]))
            .collect();
    }
    let (prefix, suffix) = (&glob[..open], &glob[close + 1..]);
    let mut starts = vec![open + 1];
    starts.extend(commas.iter().map(|c| c + 1));
    let mut ends = commas.clone();
    ends.push(close);
    let mut out = Vec::new();
    for (s, e) in starts.into_iter().zip(ends) {
        for expanded in expand_braces(&format!("{prefix}{}{suffix}", &glob[s..e])) {
            if !out.contains(&expanded) {
                out.push(expanded);
            }
        }
    }
    out
}

/// Every agent id with its product name, one per line (for `--help`).
pub fn help_table() -> String {
    let mut out = String::from("Agents (--agents ID,ID or all):\n");
    for a in Agent::ALL {
        out.push_str(&format!("  {:<12} {}\n", a.id(), a.product()));
    }
    out
}

#[cfg(test)]
mod brace_tests {
    use super::{expand_braces, globs_csv};

    #[test]
    fn braces_expand_into_the_globs_they_stand_for() {
        assert_eq!(expand_braces("{src,lib}/**"), vec!["src/**", "lib/**"]);
        assert_eq!(
            expand_braces("src/**/*.{ts,tsx}"),
            vec!["src/**/*.ts", "src/**/*.tsx"]
        );
        assert_eq!(expand_braces("{a,b{c,d}}/x"), vec!["a/x", "bc/x", "bd/x"]);
        assert_eq!(expand_braces("plain/**"), vec!["plain/**"]);
        assert_eq!(expand_braces("{unclosed/**"), vec!["{unclosed/**"]);
        assert_eq!(expand_braces("{one}/x"), vec!["{one}/x"]);
        assert_eq!(
            globs_csv(&["{src,lib}/**".into(), "*.md".into()]),
            "src/**,lib/**,*.md"
        );
    }
}

/// Renders one agent's files.
pub(super) fn render_agent(
    agent: Agent,
    p: &Playbook,
    o: &Options,
    sink: &mut Sink,
) -> Result<(), RenderError> {
    use Agent::*;
    let no_subagents = |sink: &mut Sink| {
        if !p.subagents.is_empty() {
            sink.note(agent, "has no subagents; they stay in .rulebook/subagents/");
        }
    };
    let no_commands = |sink: &mut Sink| {
        if !p.commands.is_empty() {
            sink.note(agent, "has no project commands; the AGENTS.md section lists them with links to .rulebook/commands/");
        }
    };
    match agent {
        AgentsMd | Opencode | Codex | Warp | Zed => {
            prose_section(agent, p, "AGENTS.md", o, sink)?;
            match agent {
                Opencode => {
                    command_files(
                        agent,
                        p,
                        |s| format!(".opencode/commands/{s}.md"),
                        "$ARGUMENTS",
                        |_, c| desc(&c.description),
                        sink,
                    );
                    subagent_files(
                        agent,
                        p,
                        |s| format!(".opencode/agents/{s}.md"),
                        |_, s| format!("{}mode: subagent\n{}", desc(&s.description), model_line(s)),
                        sink,
                    );
                    skills(agent, p, ".opencode/skills", false, sink);
                }
                Codex => {
                    no_commands(sink);
                    for (slug, s) in &p.subagents {
                        let mut toml = format!(
                            "name = {}\ndescription = {}\n",
                            toml_str(slug),
                            toml_str(&first_line(&s.description))
                        );
                        if let Some(m) = &s.model {
                            toml.push_str(&format!("model = {}\n", toml_str(m)));
                        }
                        toml.push_str(&format!(
                            "developer_instructions = {}\n",
                            toml_multiline(&s.body)
                        ));
                        sink.text(agent, format!(".codex/agents/{slug}.toml"), toml);
                    }
                    skills(agent, p, ".agents/skills", true, sink);
                }
                Warp => {
                    no_commands(sink);
                    no_subagents(sink);
                    skills(agent, p, ".warp/skills", false, sink);
                    sink.note(
                        agent,
                        "a WARP.md in the same folder takes precedence over AGENTS.md",
                    );
                }
                Zed => {
                    no_commands(sink);
                    no_subagents(sink);
                    skills(agent, p, ".agents/skills", true, sink);
                    sink.note(
                        agent,
                        "an existing .rules or .cursorrules file shadows AGENTS.md for Zed",
                    );
                }
                _ => {
                    if !p.subagents.is_empty() || !p.skills.is_empty() {
                        sink.note(agent, "AGENTS.md carries standards and commands only");
                    }
                }
            }
        }
        AgentSkills => skills(agent, p, ".agents/skills", true, sink),
        Claude => {
            rule_files(
                agent,
                p,
                |s| format!(".claude/rules/rulebook/{s}.md"),
                "../../../",
                paths_front,
                false,
                sink,
            );
            command_files(
                agent,
                p,
                |s| format!(".claude/commands/{s}.md"),
                "$ARGUMENTS",
                |_, c| desc(&c.description),
                sink,
            );
            subagent_files(
                agent,
                p,
                |s| format!(".claude/agents/{s}.md"),
                claude_agent,
                sink,
            );
            skills(agent, p, ".claude/skills", false, sink);
        }
        Cursor => {
            rule_files(
                agent,
                p,
                |s| format!(".cursor/rules/rulebook/{s}.mdc"),
                "../../../",
                |_, s| {
                    let mut f = desc(if s.description.trim().is_empty() {
                        &s.name
                    } else {
                        &s.description
                    });
                    if s.scope.is_empty() {
                        f.push_str("alwaysApply: true\n");
                    } else {
                        // Cursor's parser wants the globs unquoted, comma-separated.
                        f.push_str(&format!(
                            "globs: {}\nalwaysApply: false\n",
                            globs_csv(&s.scope)
                        ));
                    }
                    f
                },
                false,
                sink,
            );
            command_files(
                agent,
                p,
                |s| format!(".cursor/commands/{s}.md"),
                "$ARGUMENTS",
                |_, _| String::new(),
                sink,
            );
            subagent_files(
                agent,
                p,
                |s| format!(".cursor/agents/{s}.md"),
                |slug, s| name_desc(slug, &s.description) + &model_line(s),
                sink,
            );
            skills(agent, p, ".cursor/skills", false, sink);
        }
        Copilot | CopilotCli => {
            // The CLI reads the same .github/ files as the IDE; it has no prompt files.
            rule_files(
                agent,
                p,
                |s| format!(".github/instructions/rulebook-{s}.instructions.md"),
                "../../",
                |_, s| {
                    let apply = if s.scope.is_empty() {
                        "**".to_string()
                    } else {
                        globs_csv(&s.scope)
                    };
                    format!(
                        "name: {}\napplyTo: {}\n",
                        yaml(&s.name),
                        serde_json::to_string(&apply).unwrap_or_default()
                    )
                },
                false,
                sink,
            );
            if agent == CopilotCli {
                if !p.commands.is_empty() {
                    sink.note(
                        agent,
                        "has no project commands; they stay in .rulebook/commands/",
                    );
                }
            } else {
                command_files(
                    agent,
                    p,
                    |s| format!(".github/prompts/{s}.prompt.md"),
                    "${input:arguments}",
                    |_, c| {
                        format!(
                            "{}agent: agent\n",
                            desc(if c.description.trim().is_empty() {
                                &c.name
                            } else {
                                &c.description
                            })
                        )
                    },
                    sink,
                );
            }
            subagent_files(
                agent,
                p,
                |s| format!(".github/agents/{s}.agent.md"),
                tools_agent,
                sink,
            );
            skills(agent, p, ".github/skills", false, sink);
        }
        Windsurf | Devin | Antigravity => {
            let (rules, workflows, skill_dir) = match agent {
                Windsurf => (
                    ".windsurf/rules",
                    Some(".windsurf/workflows"),
                    ".windsurf/skills",
                ),
                Devin => (".devin/rules", None, ".devin/skills"),
                _ => (".agents/rules", Some(".agents/workflows"), ".agents/skills"),
            };
            rule_files(
                agent,
                p,
                |s| format!("{rules}/rulebook-{s}.md"),
                "../../",
                |_, s| {
                    if s.scope.is_empty() {
                        "trigger: always_on\n".into()
                    } else {
                        // Quoted whenever YAML needs it (`**/*.ts` would read as an alias).
                        format!("trigger: glob\nglobs: {}\n", yaml(&globs_csv(&s.scope)))
                    }
                },
                false,
                sink,
            );
            match workflows {
                Some(dir) => command_files(
                    agent,
                    p,
                    |s| format!("{dir}/{s}.md"),
                    "$ARGUMENTS",
                    |_, c| desc(&c.description),
                    sink,
                ),
                None => {
                    // Devin Desktop runs commands as skills.
                    for (slug, c) in &p.commands {
                        if p.skills.iter().any(|(s, _)| s == slug) {
                            sink.note(
                                agent,
                                &format!(
                                    "command {slug} shares its name with a skill; the skill wins"
                                ),
                            );
                            continue;
                        }
                        let skill = Skill {
                            name: slug.clone(),
                            description: if c.description.trim().is_empty() {
                                c.name.clone()
                            } else {
                                first_line(&c.description)
                            },
                            compatibility: None,
                            extra: Default::default(),
                            body: c.body.clone(),
                            files: vec![],
                        };
                        sink.text(
                            agent,
                            format!("{skill_dir}/{slug}/SKILL.md"),
                            skill_md::write(&skill),
                        );
                    }
                }
            }
            if agent == Devin {
                for (slug, s) in &p.subagents {
                    let mut f = name_desc(slug, &s.description) + &model_line(s);
                    if !s.tools.is_empty() {
                        f.push_str(&format!("allowed-tools: {}\n", yaml(&s.tools.join(" "))));
                    }
                    sink.text(
                        agent,
                        format!(".devin/agents/{slug}/AGENT.md"),
                        format!("{}{}", frontmatter(&f), s.body),
                    );
                }
            } else {
                no_subagents(sink);
            }
            skills(agent, p, skill_dir, agent == Antigravity, sink);
        }
        Kiro => {
            rule_files(
                agent,
                p,
                |s| format!(".kiro/steering/rulebook-{s}.md"),
                "../../",
                |_, s| {
                    if s.scope.is_empty() {
                        "inclusion: always\n".into()
                    } else {
                        format!(
                            "inclusion: fileMatch\n{}",
                            yaml_list("fileMatchPattern", &s.scope)
                        )
                    }
                },
                false,
                sink,
            );
            command_files(
                agent,
                p,
                |s| format!(".kiro/prompts/{s}.md"),
                "$ARGUMENTS",
                |_, _| String::new(),
                sink,
            );
            subagent_files(
                agent,
                p,
                |s| format!(".kiro/agents/{s}.md"),
                tools_agent,
                sink,
            );
            skills(agent, p, ".kiro/skills", false, sink);
        }
        Amp => {
            // Amp reads AGENTS.md and the shared Agent Skills folder.
            prose_section(agent, p, "AGENTS.md", o, sink)?;
            no_commands(sink);
            no_subagents(sink);
            skills(agent, p, ".agents/skills", true, sink);
        }
        Goose | Crush => {
            // Each reads its own root file (goose also AGENTS.md, Crush also AGENTS.md and
            // CLAUDE.md); the section goes to the one it reads first.
            let (file, skill_dir) = if agent == Goose {
                (".goosehints", ".goose/skills")
            } else {
                ("CRUSH.md", ".crush/skills")
            };
            prose_section(agent, p, file, o, sink)?;
            if !p.commands.is_empty() {
                sink.note(
                    agent,
                    "has no project commands Rulebook writes; the section lists them with links to .rulebook/commands/",
                );
            }
            if agent == Goose {
                subagent_files(
                    agent,
                    p,
                    |s| format!(".goose/agents/{s}.md"),
                    |slug, s| name_desc(slug, &s.description) + &model_line(s),
                    sink,
                );
            } else {
                no_subagents(sink);
            }
            skills(agent, p, skill_dir, false, sink);
        }
        Kilo | FactoryDroid => {
            // Both read AGENTS.md (Kilo's per-rule folder loads only when listed in its
            // config, which the repository owns).
            prose_section(agent, p, "AGENTS.md", o, sink)?;
            let dir = if agent == Kilo { ".kilo" } else { ".factory" };
            command_files(
                agent,
                p,
                |s| format!("{dir}/commands/{s}.md"),
                "$ARGUMENTS",
                |_, c| desc(&c.description),
                sink,
            );
            if agent == Kilo {
                subagent_files(
                    agent,
                    p,
                    |s| format!(".kilo/agents/{s}.md"),
                    |_, s| format!("{}mode: subagent\n{}", desc(&s.description), model_line(s)),
                    sink,
                );
            } else {
                subagent_files(
                    agent,
                    p,
                    |s| format!(".factory/droids/{s}.md"),
                    tools_agent,
                    sink,
                );
            }
            skills(agent, p, &format!("{dir}/skills"), false, sink);
        }
        Bob => {
            // Bob loads every file of .bob/rules/ (alphabetically): always on, scope as prose.
            // (It reads AGENTS.md too; the standards go to one place, not both.)
            rule_files(
                agent,
                p,
                |s| format!(".bob/rules/rulebook-{s}.md"),
                "../../",
                |_, _| String::new(),
                true,
                sink,
            );
            if any_scoped(p) {
                sink.note(agent, "rules cannot be scoped by glob: scope is written as prose and the rules are always on");
            }
            command_files(
                agent,
                p,
                |s| format!(".bob/commands/{s}.md"),
                "$ARGUMENTS",
                |_, c| desc(&c.description),
                sink,
            );
            no_subagents(sink);
            skills(agent, p, ".bob/skills", false, sink);
        }
        Tabnine => {
            // The agent's guidelines: plain Markdown, always read, so scope is prose.
            rule_files(
                agent,
                p,
                |s| format!(".tabnine/guidelines/rulebook-{s}.md"),
                "../../",
                |_, _| String::new(),
                true,
                sink,
            );
            if any_scoped(p) {
                sink.note(agent, "guidelines cannot be scoped by glob: scope is written as prose and the guidelines are always on");
            }
            for (slug, c) in &p.commands {
                sink.text(
                    agent,
                    format!(".tabnine/agent/commands/{slug}.toml"),
                    toml_command(c),
                );
            }
            subagent_files(
                agent,
                p,
                |s| format!(".tabnine/agent/agents/{s}.md"),
                tools_agent,
                sink,
            );
            skills(agent, p, ".tabnine/agent/skills", false, sink);
        }
        Rovodev => {
            // Rovo Dev's project memory is AGENTS.md.
            prose_section(agent, p, "AGENTS.md", o, sink)?;
            no_commands(sink);
            subagent_files(
                agent,
                p,
                |s| format!(".rovodev/subagents/{s}.md"),
                tools_agent,
                sink,
            );
            skills(agent, p, ".rovodev/skills", false, sink);
        }
        Gemini => {
            prose_section(agent, p, "GEMINI.md", o, sink)?;
            for (slug, c) in &p.commands {
                sink.text(
                    agent,
                    format!(".gemini/commands/{slug}.toml"),
                    toml_command(c),
                );
            }
            subagent_files(
                agent,
                p,
                |s| format!(".gemini/agents/{s}.md"),
                |slug, s| name_desc(slug, &s.description),
                sink,
            );
            skills(agent, p, ".gemini/skills", false, sink);
        }
        Cline => {
            rule_files(
                agent,
                p,
                |s| format!(".clinerules/rulebook-{s}.md"),
                "../",
                paths_front,
                false,
                sink,
            );
            command_files(
                agent,
                p,
                |s| format!(".clinerules/workflows/{s}.md"),
                "$ARGUMENTS",
                |_, _| String::new(),
                sink,
            );
            subagent_files(
                agent,
                p,
                |s| format!(".cline/agents/{s}.md"),
                |slug, s| {
                    let mut f = name_desc(
                        slug,
                        if s.description.trim().is_empty() {
                            slug
                        } else {
                            &s.description
                        },
                    );
                    if !s.tools.is_empty() {
                        f.push_str(&yaml_list("tools", &s.tools));
                    }
                    f
                },
                sink,
            );
            skills(agent, p, ".cline/skills", false, sink);
        }
        Roo | ZooCode | Amazonq => {
            // Zoo Code keeps Roo's layout (`.roo/`); a repository enables one of the two.
            let roo_like = matches!(agent, Roo | ZooCode);
            let dir = if roo_like {
                ".roo/rules"
            } else {
                ".amazonq/rules"
            };
            rule_files(
                agent,
                p,
                |s| format!("{dir}/rulebook-{s}.md"),
                "../../",
                |_, _| String::new(),
                true,
                sink,
            );
            if any_scoped(p) {
                sink.note(agent, "rules cannot be scoped by glob: scope is written as prose and the rules are always on");
            }
            if roo_like {
                command_files(
                    agent,
                    p,
                    |s| format!(".roo/commands/{s}.md"),
                    "$ARGUMENTS",
                    |_, c| desc(&c.description),
                    sink,
                );
                if !p.subagents.is_empty() {
                    sink.note(agent, "subagents are custom modes in the shared .roomodes file, which Rulebook does not own; they stay in .rulebook/subagents/");
                }
                skills(agent, p, ".roo/skills", false, sink);
            } else {
                if !p.commands.is_empty() {
                    sink.note(agent, "has no commands; they stay in .rulebook/commands/");
                }
                no_subagents(sink);
                if !p.skills.is_empty() {
                    sink.note(agent, "has no skills");
                }
            }
        }
        Junie => {
            section(agent, p, ".junie/guidelines.md", "../", o, sink)?;
            command_files(
                agent,
                p,
                |s| format!(".junie/commands/{s}.md"),
                "$ARGUMENTS",
                |_, c| desc(&c.description),
                sink,
            );
            subagent_files(
                agent,
                p,
                |s| format!(".junie/agents/{s}.md"),
                claude_agent,
                sink,
            );
            skills(agent, p, ".junie/skills", false, sink);
        }
        GitlabDuo => {
            section(agent, p, ".gitlab/duo/chat-rules.md", "../../", o, sink)?;
            no_subagents(sink);
            if !p.commands.is_empty() {
                sink.note(
                    agent,
                    "has no commands; chat-rules.md lists them with links",
                );
            }
            skills(agent, p, ".gitlab/duo/skills", true, sink);
        }
        Continue => {
            rule_files(
                agent,
                p,
                |s| format!(".continue/rules/rulebook/{s}.md"),
                "../../../",
                |_, s| {
                    let mut f = format!("name: {}\n", yaml(&s.name));
                    if s.scope.is_empty() {
                        f.push_str("alwaysApply: true\n");
                    } else {
                        f.push_str(&yaml_list("globs", &s.scope));
                        f.push_str("alwaysApply: false\n");
                    }
                    f + &desc(if s.description.trim().is_empty() {
                        &s.name
                    } else {
                        &s.description
                    })
                },
                false,
                sink,
            );
            command_files(
                agent,
                p,
                |s| format!(".continue/prompts/{s}.md"),
                "$ARGUMENTS",
                |_, c| {
                    format!(
                        "name: {}\n{}invokable: true\n",
                        yaml(&c.name),
                        desc(&c.description)
                    )
                },
                sink,
            );
            no_subagents(sink);
            skills(agent, p, ".continue/skills", false, sink);
        }
        Augment => {
            rule_files(
                agent,
                p,
                |s| format!(".augment/rules/rulebook-{s}.md"),
                "../../",
                |_, s| {
                    if s.scope.is_empty() {
                        "type: always_apply\n".into()
                    } else {
                        format!(
                            "type: agent_requested\ndescription: {}\n",
                            yaml(
                                format!(
                                    "{} Apply when working on files matching {}.",
                                    first_line(&s.description),
                                    s.scope.join(", ")
                                )
                                .trim()
                            )
                        )
                    }
                },
                false,
                sink,
            );
            command_files(
                agent,
                p,
                |s| format!(".augment/commands/{s}.md"),
                "$ARGUMENTS",
                |_, c| desc(&c.description),
                sink,
            );
            subagent_files(
                agent,
                p,
                |s| format!(".augment/agents/{s}.md"),
                claude_agent,
                sink,
            );
            skills(agent, p, ".augment/skills", false, sink);
            if any_scoped(p) {
                sink.note(agent, "no glob scoping: scoped standards become agent-requested rules whose description names the globs");
            }
        }
        Qwen => {
            rule_files(
                agent,
                p,
                |s| format!(".qwen/rules/rulebook-{s}.md"),
                "../../",
                paths_front,
                false,
                sink,
            );
            command_files(
                agent,
                p,
                |s| format!(".qwen/commands/{s}.md"),
                "{{args}}",
                |_, c| desc(&c.description),
                sink,
            );
            subagent_files(
                agent,
                p,
                |s| format!(".qwen/agents/{s}.md"),
                claude_agent,
                sink,
            );
            skills(agent, p, ".qwen/skills", false, sink);
        }
    }
    Ok(())
}

/// A TOML basic string.
/// A command as the TOML Gemini CLI and Tabnine read: `description`, `prompt` with `{{args}}`.
fn toml_command(c: &crate::model::artifact::Command) -> String {
    let mut toml = String::new();
    if !c.description.trim().is_empty() {
        toml.push_str(&format!(
            "description = {}\n",
            toml_str(&first_line(&c.description))
        ));
    }
    toml.push_str(&format!(
        "prompt = {}\n",
        toml_multiline(&placeholders(&c.body, "{{args}}"))
    ));
    toml
}

fn toml_str(s: &str) -> String {
    // JSON string escapes are valid TOML basic-string escapes.
    serde_json::to_string(s).unwrap_or_default()
}

/// A TOML multi-line literal string when possible (no escapes to read), else a basic string.
fn toml_multiline(s: &str) -> String {
    if !s.contains("'''") && !s.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        format!("'''\n{s}'''")
    } else {
        toml_str(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip() {
        for a in Agent::ALL {
            assert_eq!(Agent::parse(a.id()), Some(*a));
        }
        assert_eq!(Agent::ALL.len(), 32);
        assert_eq!(toml_multiline("a\nb\n"), "'''\na\nb\n'''");
        assert_eq!(toml_multiline("x'''y"), "\"x'''y\"");
    }
}
