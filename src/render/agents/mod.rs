//! The coding agents Rulebook renders for: one file per agent (`claude.rs`, `cursor.rs`, ...)
//! holding a [`Layout`], a declaration of where the agent reads each kind of artifact and in
//! which format, and one row in the table below. Rendering ([`render_agent`]), import
//! (`import.rs`) and ignore files (`ignore.rs`) all read the layouts, so adding an agent is
//! one file and one row, and the importer learns its paths from the same place.
//!
//! Paths, frontmatter keys and placeholder syntax follow the agents' own documentation (see
//! `docs/AGENTS.md` for the table and the sources).

mod front;
mod internal;

pub(super) use internal::internal;

use super::markdown::{first_line, frontmatter, placeholders, shared_section, standard_short};
use super::{Options, Playbook, RenderError, Sink};
use crate::model::artifact::{Command, Skill, Standard, Subagent};
use crate::model::skill_md;

macro_rules! agents {
    ($($variant:ident => $id:literal, $product:literal, $module:ident;)*) => {
        $(mod $module;)*

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

            /// The ids of `agents`, in their order (what install policies and locks name).
            pub fn ids(agents: &[Agent]) -> Vec<String> {
                agents.iter().map(|a| a.id().to_string()).collect()
            }

            /// The product's own name (`Claude Code`, `GitHub Copilot`, ...).
            pub fn product(self) -> &'static str {
                match self { $(Agent::$variant => $product),* }
            }

            /// Parses an id.
            pub fn parse(s: &str) -> Option<Agent> {
                match s { $($id => Some(Agent::$variant),)* _ => None }
            }

            /// Where the agent reads what, and in which format.
            pub(crate) fn layout(self) -> &'static Layout {
                match self { $(Agent::$variant => &$module::LAYOUT),* }
            }
        }
    };
}

// One row per agent: variant, id, product name, the file that describes it.
agents! {
    AgentsMd => "agentsmd", "AGENTS.md (any agent that reads it)", agents_md;
    AgentSkills => "agentskills", "Agent Skills (.agents/skills)", agent_skills;
    AiAssistant => "aiassistant", "JetBrains AI Assistant", aiassistant;
    Amazonq => "amazonq", "Amazon Q Developer", amazonq;
    Amp => "amp", "Amp", amp;
    Antigravity => "antigravity", "Google Antigravity", antigravity;
    AntigravityCli => "antigravity-cli", "Google Antigravity CLI", antigravity_cli;
    Augment => "augment", "Augment Code", augment;
    Bob => "bob", "IBM Bob", bob;
    Claude => "claude", "Claude Code", claude;
    Cline => "cline", "Cline", cline;
    Codebuddy => "codebuddy", "Tencent CodeBuddy Code", codebuddy;
    Codex => "codex", "OpenAI Codex", codex;
    CommandCode => "commandcode", "Command Code", commandcode;
    Continue => "continue", "Continue", continue_dev;
    Copilot => "copilot", "GitHub Copilot", copilot;
    CopilotCli => "copilot-cli", "GitHub Copilot CLI", copilot_cli;
    CortexCode => "cortexcode", "Snowflake Cortex Code", cortexcode;
    Crush => "crush", "Charm Crush", crush;
    Cursor => "cursor", "Cursor", cursor;
    Deepagents => "deepagents", "LangChain deepagents (dcode)", deepagents;
    Devin => "devin", "Devin", devin;
    Dsh => "dsh", "DeepSeek Harness", dsh;
    FactoryDroid => "factory-droid", "Factory Droid", factory_droid;
    Gemini => "gemini", "Gemini CLI", gemini;
    GitlabDuo => "gitlab-duo", "GitLab Duo", gitlab_duo;
    Goose => "goose", "goose", goose;
    Grok => "grok", "xAI Grok Build", grok;
    Hermes => "hermes", "Nous Research Hermes Agent", hermes;
    Junie => "junie", "JetBrains Junie", junie;
    Kilo => "kilo", "Kilo Code", kilo;
    KimiCode => "kimi-code", "Moonshot Kimi Code", kimi_code;
    Kiro => "kiro", "Kiro", kiro;
    KiroCli => "kiro-cli", "Kiro CLI", kiro_cli;
    MuseCode => "musecode", "Meta Muse Code", musecode;
    Opencode => "opencode", "OpenCode", opencode;
    Pi => "pi", "Pi coding agent", pi;
    Pool => "pool", "Poolside", pool;
    Qwen => "qwen", "Qwen Code", qwen;
    Reasonix => "reasonix", "DeepSeek Reasonix", reasonix;
    Replit => "replit", "Replit Agent", replit;
    Roo => "roo", "Roo Code", roo;
    Rovodev => "rovodev", "Atlassian Rovo Dev CLI", rovodev;
    Tabnine => "tabnine", "Tabnine", tabnine;
    Vibe => "vibe", "Mistral Vibe", vibe;
    Warp => "warp", "Warp", warp;
    Windsurf => "windsurf", "Windsurf", windsurf;
    Zcode => "zcode", "Z.ai ZCode", zcode;
    Zed => "zed", "Zed", zed;
    ZooCode => "zoocode", "Zoo Code (Roo's successor)", zoocode;
}

/// Where an agent reads each kind of artifact, and how. Paths hold `{slug}` where the
/// artifact's slug goes; a rule file's links back to `.rulebook/` are worked out from its
/// depth.
pub(crate) struct Layout {
    /// The always-on shared file Rulebook owns a marked section of (`AGENTS.md`, ...).
    pub shared: Option<Shared>,
    /// One file per standard.
    pub rules: Option<Rules>,
    pub commands: Commands,
    pub subagents: Subagents,
    pub skills: Skills,
    /// The agent's gitignore-style file of paths it must not read (`.cursorignore`, ...).
    pub ignore: Option<&'static str>,
    /// The settings list where the never_read paths become deny rules, for an agent whose
    /// exclusion is not an ignore file (Claude Code's `permissions.deny`).
    pub read_denies: Option<&'static crate::render::settings_list::ListSpec>,
    /// How the agent's permission and hook settings are written (`render::policy`).
    pub policy: Option<&'static crate::render::policy::Target>,
    /// Root files the agent also reads that Rulebook does not write (`CLAUDE.md`,
    /// `.cursorrules`, ...): the importer reads them.
    pub also_reads: &'static [&'static str],
    /// Said on every render for the agent (a file that shadows ours, ...).
    pub notes: &'static [&'static str],
    /// Where the agent reads the same files from the home folder, for a user-scope render
    /// (`install --global`): `(repository path, home path)` pairs, a pair ending in `/`
    /// mapping a folder, any other one file (`AGENTS.md` to `.codex/AGENTS.md`). A kind of
    /// artifact with no pair is not written there; an agent with none has no user scope.
    pub home: &'static [(&'static str, &'static str)],
}

impl Layout {
    /// Nothing rendered: the base each agent's file fills in.
    pub(crate) const NONE: Layout = Layout {
        shared: None,
        rules: None,
        commands: Commands::None(None),
        subagents: Subagents::None(Some(NO_SUBAGENTS)),
        skills: Skills::None(None),
        ignore: None,
        read_denies: None,
        policy: None,
        also_reads: &[],
        notes: &[],
        home: &[],
    };
}

/// `path` (a layout path or pattern) at its home-folder place through `table`, the longest
/// pair that matches; `None` when the agent does not read it from there.
pub(crate) fn home_place(table: &[(&str, &str)], path: &str) -> Option<String> {
    table
        .iter()
        .filter_map(|(from, to)| {
            let placed = match from.strip_suffix('/') {
                // The folder itself (a skills folder) or a path under it.
                Some(folder) if path == folder => Some(to.trim_end_matches('/').to_string()),
                Some(_) => path.strip_prefix(from).map(|rest| format!("{to}{rest}")),
                None => (path == *from).then(|| to.to_string()),
            };
            placed.map(|p| (from.len(), p))
        })
        .max_by_key(|(n, _)| *n)
        .map(|(_, p)| p)
}

/// Where a layout path lands in this render: as declared for a repository, at its home
/// place for a user-scope one, in the folder this developer moved it to if they did
/// (`None`: the layout has no home place for it, with a note saying which kind is left out;
/// callers ask only for kinds the playbook has).
fn place(agent: Agent, o: &Options, path: &str, what: &str, sink: &mut Sink) -> Option<String> {
    if !o.home {
        return Some(path.to_string());
    }
    let placed = home_place(agent.layout().home, path).map(|p| o.moves.place(&p));
    if placed.is_none() {
        sink.note(
            agent,
            &format!("{what}: no user-scope place Rulebook writes for this agent, so not written at user scope"),
        );
    }
    placed
}

/// A shared always-on file.
pub(crate) struct Shared {
    pub path: &'static str,
    /// Whether to note that scope is written as prose (the file has no glob keys).
    pub prose_note: bool,
}

/// Per-standard rule files.
pub(crate) struct Rules {
    pub path: &'static str,
    /// How a file says where it applies; the importer reads it back the same way.
    pub scope: Scope,
    pub front: fn(&Standard) -> String,
    /// Said when a standard is scoped and the agent cannot scope by glob.
    pub unscoped_note: Option<&'static str>,
}

/// How a rule file carries a standard's scope.
#[derive(Clone, Copy)]
pub(crate) enum Scope {
    /// A YAML list key (`paths`, `globs`, `fileMatchPattern`).
    List(&'static str),
    /// A comma-separated string key (`globs` for Cursor and Windsurf, `applyTo`).
    Csv(&'static str),
    /// As prose in the body ("Applies only to files matching ..."); the rule is always on.
    Prose,
    /// As prose in the frontmatter's `description` (the agent picks the rule by it).
    Description,
}

/// Project commands.
pub(crate) enum Commands {
    /// None; the note (when the playbook has commands) says where they are instead.
    None(Option<&'static str>),
    /// Markdown with the frontmatter `front` builds, arguments as `args`.
    Markdown {
        path: &'static str,
        args: &'static str,
        front: fn(&Command) -> String,
    },
    /// TOML with `description` and `prompt`, arguments as `{{args}}` (Gemini CLI, Tabnine).
    Toml { path: &'static str },
    /// As skills in the agent's skills folder (Devin runs commands that way).
    AsSkills,
}

/// Subagents.
pub(crate) enum Subagents {
    /// None; the note (when the playbook has subagents) says where they are instead.
    None(Option<&'static str>),
    /// Markdown with the frontmatter `front` builds.
    Markdown {
        path: &'static str,
        front: fn(&str, &Subagent) -> String,
    },
    /// A whole file `file` writes: TOML (Codex) or JSON (Kiro CLI), told apart by suffix.
    File {
        path: &'static str,
        file: fn(&str, &Subagent) -> String,
    },
}

/// Skills.
pub(crate) enum Skills {
    /// None; the note (when the playbook has skills) says so.
    None(Option<&'static str>),
    /// One folder per skill under `dir`; `spec_only` keeps only the Agent Skills fields (a
    /// shared folder other clients validate strictly).
    Dir { dir: &'static str, spec_only: bool },
}

/// The `AGENTS.md` section, scope as prose (the file has no glob keys).
const AGENTS_MD: Option<Shared> = Some(Shared {
    path: "AGENTS.md",
    prose_note: true,
});

/// The shared Agent Skills folder, spec fields only.
const SHARED_SKILLS: Skills = Skills::Dir {
    dir: ".agents/skills",
    spec_only: true,
};

impl Skills {
    /// A client's own skills folder (client-specific fields kept).
    const fn at(dir: &'static str) -> Skills {
        Skills::Dir {
            dir,
            spec_only: false,
        }
    }
}

impl Commands {
    /// Markdown commands taking `$ARGUMENTS`.
    const fn markdown(path: &'static str, front: fn(&Command) -> String) -> Commands {
        Commands::Markdown {
            path,
            args: "$ARGUMENTS",
            front,
        }
    }
}

impl Subagents {
    /// Markdown subagents with the frontmatter `front` builds.
    const fn markdown(path: &'static str, front: fn(&str, &Subagent) -> String) -> Subagents {
        Subagents::Markdown { path, front }
    }
}

/// The note for agents without subagents.
const NO_SUBAGENTS: &str = "has no subagents; they stay in .rulebook/subagents/";

/// The note for agents that read AGENTS.md and have no commands of their own.
const COMMANDS_IN_AGENTS_MD: &str =
    "has no project commands; the AGENTS.md section lists them with links to .rulebook/commands/";

/// The note for agents whose own root file carries the section and that have no commands.
const COMMANDS_IN_SECTION: &str = "has no project commands Rulebook writes; the section lists them with links to .rulebook/commands/";

/// The note for agents whose rules are always read.
const ALWAYS_ON_RULES: &str =
    "rules cannot be scoped by glob: scope is written as prose and the rules are always on";

/// `path` with the slug in place of `{slug}`.
fn at(path: &str, slug: &str) -> String {
    path.replace("{slug}", slug)
}

/// The relative way from `path`'s folder back to the repository root (`../../`).
fn up(path: &str) -> String {
    "../".repeat(path.matches('/').count())
}

/// A layout path (`.claude/rules/rulebook/{slug}.md`) as the folder its files live in and
/// their suffix (`.claude/rules/`, `.md`): the importer reads the team's own files beside
/// ours, and an install may only ever touch paths in these folders.
pub(crate) fn folder_of(path: &str) -> (&str, &str) {
    let at = path.find("{slug}").unwrap_or(path.len());
    let (before, suffix) = (&path[..at], path.get(at + "{slug}".len()..).unwrap_or(""));
    let dir = &before[..before.rfind('/').map_or(0, |i| i + 1)];
    (dir.strip_suffix("rulebook/").unwrap_or(dir), suffix)
}

/// The files and folders the layouts write, gathered once per scope.
struct Owned {
    files: Vec<String>,
    folders: Vec<String>,
}

impl Owned {
    /// From every layout: its paths as a repository has them, or their home places.
    fn gather(home: bool) -> Owned {
        let (mut files, mut folders) = (Vec::new(), Vec::new());
        for a in Agent::ALL {
            let l = a.layout();
            let at = |p: &str| match home {
                true => home_place(l.home, p),
                false => Some(p.to_string()),
            };
            let mut patterns: Vec<&str> = Vec::new();
            patterns.extend(l.rules.as_ref().map(|r| r.path));
            if let Commands::Markdown { path, .. } | Commands::Toml { path } = &l.commands {
                patterns.push(path);
            }
            if let Subagents::Markdown { path, .. } | Subagents::File { path, .. } = &l.subagents {
                patterns.push(path);
            }
            for p in patterns.into_iter().filter_map(at) {
                let dir = folder_of(&p).0;
                if !dir.is_empty() {
                    folders.push(dir.to_string());
                }
            }
            if let Skills::Dir { dir, .. } = &l.skills {
                folders.extend(at(dir).map(|d| format!("{d}/")));
            }
            files.extend(l.shared.as_ref().and_then(|s| at(s.path)));
            // Ignore and settings files are a repository's only (never rendered at home).
            if !home {
                files.extend(l.ignore.map(str::to_string));
                files.extend(l.read_denies.map(|s| s.path.to_string()));
                if let Some(p) = l.policy {
                    files.extend(p.shared.iter().map(|s| s.path.to_string()));
                    files.extend(p.files.iter().map(|f| f.to_string()));
                }
            }
        }
        for v in [&mut files, &mut folders] {
            v.sort_unstable();
            v.dedup();
        }
        Owned { files, folders }
    }

    fn has(&self, path: &str) -> bool {
        self.files.iter().any(|f| f == path)
            || self.folders.iter().any(|d| path.starts_with(d.as_str()))
    }
}

/// Whether some agent's layout writes `path` in a repository, or in the home folder with
/// `home`: a shared file, an ignore or settings file (repositories only), or a file in one of
/// its rule, command, subagent or skill folders. A lock of one scope may not name the other's
/// places. Every path of a lock is checked, so each set is gathered from the layouts once.
pub(crate) fn layouts_write(path: &str, home: bool) -> bool {
    static REPOSITORY: std::sync::OnceLock<Owned> = std::sync::OnceLock::new();
    static HOME: std::sync::OnceLock<Owned> = std::sync::OnceLock::new();
    match home {
        true => HOME.get_or_init(|| Owned::gather(true)).has(path),
        false => REPOSITORY.get_or_init(|| Owned::gather(false)).has(path),
    }
}

/// Whether `folder` (ending in `/`) overlaps a place some agent's layout writes in the home
/// folder, other than those under `own` (the moved agent's usual folder): the folder holds
/// one, or lies inside one. A folder an agent's variable moves may not land on another's.
pub(crate) fn overlaps_home_places(folder: &str, own: &str) -> bool {
    static HOME: std::sync::OnceLock<Owned> = std::sync::OnceLock::new();
    let o = HOME.get_or_init(|| Owned::gather(true));
    let other = |p: &&String| !p.starts_with(own);
    o.files.iter().filter(other).any(|f| f.starts_with(folder))
        || o.folders
            .iter()
            .filter(other)
            .any(|d| d.starts_with(folder) || folder.starts_with(d.as_str()))
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

/// Commands written as skills (`name` = slug, the command's text as the body); a skill of
/// the same name wins.
fn commands_as_skills(agent: Agent, p: &Playbook, dir: &str, sink: &mut Sink) {
    for (slug, c) in &p.commands {
        if p.skills.iter().any(|(s, _)| s == slug) {
            sink.note(
                agent,
                &format!("command {slug} shares its name with a skill; the skill wins"),
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
            format!("{dir}/{slug}/SKILL.md"),
            skill_md::write(&skill),
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

/// The agent limit that applies to `path` (where it lands in this render) when these agents
/// are rendered: the smallest of every rendered agent that reads that file, which in the
/// home folder is where the agent's own copy lands (`~/.codex/AGENTS.md` is Codex's alone;
/// `~/.gemini/GEMINI.md` is shared by Gemini CLI and Antigravity CLI).
fn agent_cap(path: &str, o: &Options) -> Option<(usize, &'static str)> {
    let lands = |a: &Agent, p: &str| match o.home {
        true => home_place(a.layout().home, p).map(|p| o.moves.place(&p)),
        false => Some(p.to_string()),
    };
    AGENT_CAPS
        .iter()
        .filter(|(p, a, _, _)| o.agents.contains(a) && lands(a, p).as_deref() == Some(path))
        .map(|(_, _, cap, why)| (*cap, *why))
        .min_by_key(|(cap, _)| *cap)
}

/// The shared-file section, compacted when over the always-on cap. Over a cap the user set
/// even in compact form, the render is refused; over an agent's own documented limit, the
/// compact form is written with a note (the agent reads what fits).
fn section(
    agent: Agent,
    p: &Playbook,
    path: &str,
    o: &Options,
    sink: &mut Sink,
) -> Result<(), RenderError> {
    let prefix = up(path);
    let Some(full) = shared_section(p, &prefix, false) else {
        return Ok(());
    };
    let (cap, why) = match (o.always_on_cap, agent_cap(path, o)) {
        (Some(cap), _) => (Some(cap), None),
        (None, Some((cap, why))) => (Some(cap), Some(why)),
        (None, None) => (None, None),
    };
    let text = match cap {
        Some(cap) if full.len() > cap => {
            // A shared file can be megabytes: the full form goes before the compact one is
            // handed on (it would otherwise live through the whole install of this file).
            drop(full);
            let compact = shared_section(p, &prefix, true).unwrap_or_default();
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

/// Whether any standard is scoped (agents without glob keys then note the compromise).
fn any_scoped(p: &Playbook) -> bool {
    p.standards.iter().any(|(_, s)| !s.scope.is_empty())
}

/// Renders one agent's files from its layout: at the repository's paths, or at the home
/// folder's for a user-scope render (`Options::home`).
pub(super) fn render_agent(
    agent: Agent,
    p: &Playbook,
    o: &Options,
    sink: &mut Sink,
) -> Result<(), RenderError> {
    let l = agent.layout();
    if o.home && l.home.is_empty() {
        sink.note(
            agent,
            "reads nothing Rulebook writes from the home folder: nothing written at user scope",
        );
        return Ok(());
    }
    let note_if = |sink: &mut Sink, any: bool, note: Option<&str>| {
        if let (true, Some(n)) = (any, note) {
            sink.note(agent, n);
        }
    };
    if let Some(f) = &l.shared
        && (!p.standards.is_empty() || !p.commands.is_empty())
        && let Some(path) = place(agent, o, f.path, f.path, sink)
    {
        section(agent, p, &path, o, sink)?;
        if f.prose_note && any_scoped(p) {
            sink.note(
                agent,
                &format!("{path} cannot scope by glob: scope is written as prose"),
            );
        }
    }
    if let Some(r) = &l.rules
        && !p.standards.is_empty()
        && let Some(path) = place(agent, o, r.path, "per-rule files", sink)
    {
        let prefix = up(&path);
        let prose = matches!(r.scope, Scope::Prose);
        for (slug, s) in &p.standards {
            let body = standard_short(slug, s, &prefix, 1, prose);
            sink.text(
                agent,
                at(&path, slug),
                format!("{}{body}", frontmatter(&(r.front)(s))),
            );
        }
        note_if(sink, any_scoped(p), r.unscoped_note);
    }
    let skills_dir = match &l.skills {
        Skills::Dir { dir, .. }
            if !p.skills.is_empty()
                || (matches!(l.commands, Commands::AsSkills) && !p.commands.is_empty()) =>
        {
            place(agent, o, dir, "skills", sink)
        }
        _ => None,
    };
    match &l.commands {
        Commands::None(note) => note_if(sink, !p.commands.is_empty(), *note),
        Commands::Markdown { path, args, front } if !p.commands.is_empty() => {
            if let Some(path) = place(agent, o, path, "commands", sink) {
                for (slug, c) in &p.commands {
                    let body = placeholders(&c.body, args);
                    sink.text(
                        agent,
                        at(&path, slug),
                        format!("{}{body}", frontmatter(&front(c))),
                    );
                }
            }
        }
        Commands::Toml { path } if !p.commands.is_empty() => {
            if let Some(path) = place(agent, o, path, "commands", sink) {
                for (slug, c) in &p.commands {
                    sink.text(agent, at(&path, slug), front::toml_command(c));
                }
            }
        }
        Commands::AsSkills => {
            if let Some(dir) = &skills_dir {
                commands_as_skills(agent, p, dir, sink);
            }
        }
        Commands::Markdown { .. } | Commands::Toml { .. } => {}
    }
    match &l.subagents {
        Subagents::None(note) => note_if(sink, !p.subagents.is_empty(), *note),
        Subagents::Markdown { path, front } if !p.subagents.is_empty() => {
            if let Some(path) = place(agent, o, path, "subagents", sink) {
                for (slug, s) in &p.subagents {
                    sink.text(
                        agent,
                        at(&path, slug),
                        format!("{}{}", frontmatter(&front(slug, s)), s.body),
                    );
                }
            }
        }
        Subagents::File { path, file } if !p.subagents.is_empty() => {
            if let Some(path) = place(agent, o, path, "subagents", sink) {
                for (slug, s) in &p.subagents {
                    sink.text(agent, at(&path, slug), file(slug, s));
                }
            }
        }
        Subagents::Markdown { .. } | Subagents::File { .. } => {}
    }
    match &l.skills {
        Skills::None(note) => note_if(sink, !p.skills.is_empty(), *note),
        Skills::Dir { spec_only, .. } => {
            if let Some(dir) = &skills_dir {
                skills(agent, p, dir, *spec_only, sink);
            }
        }
    }
    for n in l.notes {
        sink.note(agent, n);
    }
    Ok(())
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
mod tests {
    use super::*;

    /// The user-scope table of docs/AGENTS.md, from the layouts: each agent with a home
    /// folder place, and where each kind goes there (`-`: not written at user scope).
    fn home_table() -> String {
        let cell = |l: &Layout, p: Option<&str>| match p.and_then(|p| home_place(l.home, p)) {
            Some(h) => {
                format!("`~/{}`", folder_of(&h).0.trim_end_matches('/')).replace("`~/`", "`~`")
            }
            None => "-".into(),
        };
        let mut out = String::from(
            "| Agent | Always-on file | Rules | Commands | Subagents | Skills |\n|---|---|---|---|---|---|\n",
        );
        for a in Agent::ALL.iter().filter(|a| !a.layout().home.is_empty()) {
            let l = a.layout();
            let shared = l
                .shared
                .as_ref()
                .and_then(|s| home_place(l.home, s.path))
                .map_or("-".into(), |h| format!("`~/{h}`"));
            let commands = match &l.commands {
                Commands::Markdown { path, .. } | Commands::Toml { path } => Some(*path),
                Commands::AsSkills => None,
                Commands::None(_) => None,
            };
            let subagents = match &l.subagents {
                Subagents::Markdown { path, .. } | Subagents::File { path, .. } => Some(*path),
                Subagents::None(_) => None,
            };
            let skills = match &l.skills {
                Skills::Dir { dir, .. } => Some(format!("{dir}/x")),
                Skills::None(_) => None,
            };
            out.push_str(&format!(
                "| `{}` | {shared} | {} | {} | {} | {} |\n",
                a.id(),
                cell(l, l.rules.as_ref().map(|r| r.path)),
                cell(l, commands),
                cell(l, subagents),
                cell(l, skills.as_deref()),
            ));
        }
        out
    }

    #[test]
    fn docs_list_every_agents_user_scope_places() {
        let docs = include_str!("../../../docs/AGENTS.md");
        let table = home_table();
        if std::env::var_os("RULEBOOK_BLESS").is_some() {
            println!("{table}");
        }
        assert!(
            docs.contains(&table),
            "docs/AGENTS.md's user-scope table is out of date; it should read:\n{table}"
        );
    }

    #[test]
    fn home_places_map_folders_and_files() {
        let t = [
            ("AGENTS.md", ".codex/AGENTS.md"),
            (".agents/skills/", ".agents/skills/"),
        ];
        assert_eq!(
            home_place(&t, "AGENTS.md").as_deref(),
            Some(".codex/AGENTS.md")
        );
        assert_eq!(
            home_place(&t, ".agents/skills").as_deref(),
            Some(".agents/skills")
        );
        assert_eq!(
            home_place(&t, ".agents/skills/a/SKILL.md").as_deref(),
            Some(".agents/skills/a/SKILL.md")
        );
        assert_eq!(home_place(&t, "x/AGENTS.md"), None);
        assert_eq!(home_place(&t, ".agents/skillsx"), None);
        // Every home place is a plain relative path, folder for folder and file for file.
        for a in Agent::ALL {
            for (from, to) in a.layout().home {
                assert_eq!(from.ends_with('/'), to.ends_with('/'), "{}: {from}", a.id());
                assert!(
                    crate::model::artifact::check_relative_path(to.trim_end_matches('/')).is_ok(),
                    "{}: {to}",
                    a.id()
                );
            }
        }
    }

    #[test]
    fn ids_round_trip() {
        for a in Agent::ALL {
            assert_eq!(Agent::parse(a.id()), Some(*a));
        }
        assert_eq!(Agent::ALL.len(), 50);
    }

    #[test]
    fn every_layout_path_is_relative_and_names_its_slug() {
        for a in Agent::ALL {
            let l = a.layout();
            let mut paths: Vec<&str> = Vec::new();
            paths.extend(l.rules.as_ref().map(|r| r.path));
            if let Commands::Markdown { path, .. } | Commands::Toml { path } = &l.commands {
                paths.push(path);
            }
            if let Subagents::Markdown { path, .. } | Subagents::File { path, .. } = &l.subagents {
                paths.push(path);
            }
            for p in paths {
                assert!(
                    p.contains("{slug}") && !p.starts_with('/'),
                    "{}: {p}",
                    a.id()
                );
                assert!(
                    crate::model::artifact::check_relative_path(&at(p, "x")).is_ok(),
                    "{p}"
                );
            }
            if matches!(l.commands, Commands::AsSkills) {
                assert!(matches!(l.skills, Skills::Dir { .. }), "{}", a.id());
            }
        }
        assert_eq!(up(".claude/rules/rulebook/{slug}.md"), "../../../");
        assert_eq!(up("AGENTS.md"), "");
    }
}
