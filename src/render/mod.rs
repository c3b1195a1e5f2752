//! Rendering: the playbook turned into the exact files each coding agent reads.
//!
//! One renderer per agent ([`Agent`]), each a pure function from the playbook and options to
//! file operations ([`FileOp`]): write a whole file, or own a marked section of a file that
//! people also edit by hand (`AGENTS.md`, `GEMINI.md`, `.junie/guidelines.md`, ...). No I/O
//! happens here; the installer applies the operations. The same input always gives
//! byte-identical output.
//!
//! Invariants:
//! - Every path is relative, checked, and owned by exactly one content: two agents that write
//!   the same path (e.g. `.agents/skills/`, the `AGENTS.md` section) produce the same bytes
//!   and are written once; a real clash is an error, never a silent overwrite.
//! - Standards are rendered in full (rules *and* examples) only under `.rulebook/`; agent
//!   files carry the rules and link there, which keeps always-on files small.
//! - What an agent cannot express is rendered as the closest honest equivalent (scope as
//!   prose, commands as pointers) and listed in `docs/AGENTS.md`.

mod agents;
pub mod catalog;
pub mod ignore;
pub mod import;
pub mod import_policy;
pub(crate) mod json_text;
pub(crate) mod markdown;
pub mod merge;
pub mod moved;
pub mod plugin;
pub mod policy;
pub mod propose;
pub mod settings_list;

use std::collections::BTreeMap;
use std::fmt;

use crate::error::Coded;
use crate::model::artifact::{Command, Content, Skill, Standard, Subagent, check_relative_path};
use crate::model::policy::Policy;

pub use agents::{Agent, help_table as agents_help};
pub use moved::Moves;

/// What is rendered: artifacts by slug, in slug order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Playbook {
    pub standards: Vec<(String, Standard)>,
    pub commands: Vec<(String, Command)>,
    pub skills: Vec<(String, Skill)>,
    pub subagents: Vec<(String, Subagent)>,
    /// Agent policies: permissions and hooks (`render::policy`).
    pub policies: Vec<(String, Policy)>,
}

impl Playbook {
    /// Every artifact as `(slug, content)`: standards, commands, subagents, skills.
    pub fn contents(&self) -> Vec<(&str, Content)> {
        let s = self
            .standards
            .iter()
            .map(|(k, v)| (k.as_str(), Content::Standard(v.clone())));
        let c = self
            .commands
            .iter()
            .map(|(k, v)| (k.as_str(), Content::Command(v.clone())));
        let a = self
            .subagents
            .iter()
            .map(|(k, v)| (k.as_str(), Content::Subagent(v.clone())));
        let k = self
            .skills
            .iter()
            .map(|(k, v)| (k.as_str(), Content::Skill(v.clone())));
        let p = self
            .policies
            .iter()
            .map(|(k, v)| (k.as_str(), Content::Policy(v.clone())));
        s.chain(c).chain(a).chain(k).chain(p).collect()
    }

    /// Whether every list is in slug order already.
    pub fn is_sorted(&self) -> bool {
        self.standards.is_sorted_by(|a, b| a.0 <= b.0)
            && self.commands.is_sorted_by(|a, b| a.0 <= b.0)
            && self.skills.is_sorted_by(|a, b| a.0 <= b.0)
            && self.subagents.is_sorted_by(|a, b| a.0 <= b.0)
            && self.policies.is_sorted_by(|a, b| a.0 <= b.0)
    }

    /// Sorts every list by slug (rendering order).
    pub fn sorted(mut self) -> Playbook {
        self.standards.sort_by(|a, b| a.0.cmp(&b.0));
        self.commands.sort_by(|a, b| a.0.cmp(&b.0));
        self.skills.sort_by(|a, b| a.0.cmp(&b.0));
        self.subagents.sort_by(|a, b| a.0.cmp(&b.0));
        self.policies.sort_by(|a, b| a.0.cmp(&b.0));
        self
    }
}

/// How to render.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// The agents to render for (the internal `.rulebook/` folder is always rendered).
    pub agents: Vec<Agent>,
    /// Most bytes an always-on file (or section) may hold; `None` = no cap.
    pub always_on_cap: Option<usize>,
    /// Paths agents must never read (gitignore patterns, the install policy's `never_read`),
    /// written into each agent's ignore file; empty = no ignore files.
    pub never_read: Vec<String>,
    /// A user-scope render (`install --global`): each agent's files at the places it reads
    /// them from the home folder (its layout's `home`), and no ignore files (those belong
    /// to a repository).
    pub home: bool,
    /// In a user-scope render, the agents' folders this developer moved (`$CODEX_HOME`).
    pub moves: Moves,
    /// The repository consents to agent policies' hooks (scripts agents run); without it they
    /// are left out (`install::policy::hooks_allowed`).
    pub run_hooks: bool,
    /// Leave agent policies' allow rules out (an install policy's `"allow_rules": false`).
    pub refuse_allows: bool,
}

/// One file operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileOp {
    /// Write the whole file.
    Write {
        path: String,
        content: Vec<u8>,
        /// 0o644 or 0o755.
        mode: u32,
    },
    /// Own the Rulebook section of a shared file (created if missing; the rest untouched).
    Section { path: String, content: String },
}

impl FileOp {
    /// The path it writes.
    pub fn path(&self) -> &str {
        match self {
            FileOp::Write { path, .. } | FileOp::Section { path, .. } => path,
        }
    }

    /// The bytes it contributes (the whole file, or the section).
    pub fn bytes(&self) -> &[u8] {
        match self {
            FileOp::Write { content, .. } => content,
            FileOp::Section { content, .. } => content.as_bytes(),
        }
    }
}

/// The result of rendering.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Output {
    /// Operations sorted by path, one per path.
    pub ops: Vec<FileOp>,
    /// Which agents each path serves (for `--stats`).
    pub agents_by_path: BTreeMap<String, Vec<Agent>>,
    /// What could not be expressed for an agent, in words.
    pub notes: Vec<String>,
}

/// Why rendering failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RenderError {
    /// Two different contents for one path.
    Clash(String),
    /// An always-on file would exceed the organisation's cap even in compact form.
    TooLarge {
        path: String,
        bytes: usize,
        cap: usize,
    },
    /// A path the playbook produced is not a safe relative path.
    BadPath(String),
}

impl Coded for RenderError {
    fn code(&self) -> &'static str {
        match self {
            RenderError::Clash(_) => "RB-RENDER-CLASH",
            RenderError::TooLarge { .. } => "RB-RENDER-TOO-LARGE",
            RenderError::BadPath(_) => "RB-RENDER-PATH",
        }
    }
}

impl fmt::Display for RenderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RenderError::Clash(p) => write!(
                f,
                "two artifacts render different content to {p}: rename one of them"
            ),
            RenderError::TooLarge { path, bytes, cap } => write!(
                f,
                "{path} would hold {bytes} bytes, more than the always-on cap of {cap} bytes even in compact form: move standards into scoped ones or raise the cap"
            ),
            RenderError::BadPath(p) => write!(f, "refusing to render an unsafe path {p:?}"),
        }
    }
}

// The agents a path serves are one bit each in a u64: a 65th agent must widen the mask (the
// build fails here rather than a shift overflowing).
const _: () = assert!(Agent::ALL.len() <= 64);

/// Hands each operation on as it is rendered, dropping exact duplicates and refusing clashes.
/// Only a digest of each path's operation is kept, so rendering for a consumer that writes
/// files as they come (the installer's staging area) holds one file at a time, not the tree.
pub(crate) struct Sink<'e> {
    emit: &'e mut dyn FnMut(FileOp) -> bool,
    /// Per path: the digest of its operation and the agents it serves (bit `agent as u64`);
    /// compact, since a large playbook renders tens of thousands of paths.
    seen: BTreeMap<Box<str>, (u128, u64)>,
    notes: Vec<String>,
    error: Option<RenderError>,
    /// The consumer asked to stop (its own error); later operations are dropped.
    stopped: bool,
    /// A user-scope render: paths are checked against the home folder's places.
    home: bool,
    /// Folders moved from those places (checked where the layouts put them).
    moves: &'e Moves,
}

// The agent set of a path is a 64-bit mask.
const _: () = assert!(Agent::ALL.len() <= 64);

/// What identifies an operation's effect: its kind, mode and bytes (the first 128 bits of a
/// SHA-256: a clash is two contents for one path, never a crafted collision).
fn digest(op: &FileOp) -> u128 {
    let mut ctx = ring::digest::Context::new(&ring::digest::SHA256);
    match op {
        FileOp::Write { content, mode, .. } => {
            ctx.update(b"w");
            ctx.update(&mode.to_be_bytes());
            ctx.update(content);
        }
        FileOp::Section { content, .. } => {
            ctx.update(b"s");
            ctx.update(content.as_bytes());
        }
    }
    let mut out = [0; 16];
    out.copy_from_slice(&ctx.finish().as_ref()[..16]);
    u128::from_be_bytes(out)
}

impl<'e> Sink<'e> {
    fn new(emit: &'e mut dyn FnMut(FileOp) -> bool, home: bool, moves: &'e Moves) -> Self {
        Sink {
            emit,
            seen: BTreeMap::new(),
            notes: Vec::new(),
            error: None,
            stopped: false,
            home,
            moves,
        }
    }

    pub(crate) fn write(&mut self, agent: Agent, path: String, content: Vec<u8>, mode: u32) {
        self.push(
            agent,
            FileOp::Write {
                path,
                content,
                mode,
            },
        );
    }

    pub(crate) fn text(&mut self, agent: Agent, path: String, content: String) {
        self.write(agent, path, content.into_bytes(), 0o644);
    }

    pub(crate) fn section(&mut self, agent: Agent, path: String, content: String) {
        // Playbook text that quotes Rulebook's markers must not end the section early: it is
        // written as visible text instead (`&lt;` renders as `<` in Markdown). Ignore-file
        // sections hold only checked patterns, which never start with `#`.
        let quotes = content.contains(merge::START) || content.contains(merge::END);
        let content = if quotes && merge::markers_for(&path) == merge::HTML {
            content
                .replace(merge::START, "&lt;!-- rulebook:start --&gt;")
                .replace(merge::END, "&lt;!-- rulebook:end --&gt;")
        } else {
            content
        };
        self.push(agent, FileOp::Section { path, content });
    }

    pub(crate) fn note(&mut self, agent: Agent, what: &str) {
        self.notes.push(format!("{}: {what}", agent.id()));
    }

    fn push(&mut self, agent: Agent, op: FileOp) {
        if self.error.is_some() || self.stopped {
            return;
        }
        let path = op.path();
        if !owned_path(&self.moves.rendered(path), self.home) {
            self.error = Some(RenderError::BadPath(path.to_string()));
            return;
        }
        let d = digest(&op);
        let bit = 1u64 << (agent as u64);
        match self.seen.get_mut(path) {
            Some((seen, _)) if *seen != d => {
                self.error = Some(RenderError::Clash(path.to_string()));
            }
            Some((_, agents)) => *agents |= bit,
            None => {
                self.seen.insert(path.into(), (d, bit));
                if !(self.emit)(op) {
                    self.stopped = true;
                }
            }
        }
    }
}

/// What rendering reports besides the operations themselves.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rendered {
    /// Which agents each path serves, as a bit set (see [`Rendered::agents_of`]).
    agents: BTreeMap<Box<str>, u64>,
    /// What could not be expressed for an agent, in words.
    pub notes: Vec<String>,
}

impl Rendered {
    /// The agents `path` serves, in id order (empty for a path not rendered).
    pub fn agents_of(&self, path: &str) -> Vec<Agent> {
        let mask = self.agents.get(path).copied().unwrap_or(0);
        Agent::ALL
            .iter()
            .copied()
            .filter(|a| mask & (1u64 << (*a as u64)) != 0)
            .collect()
    }
}

/// Renders the playbook for the chosen agents, handing each operation to `emit` as soon as it
/// is made (once per path, in rendering order, not path order). `emit` returns `false` to
/// stop (it keeps its own reason); the rest of the render is then skipped.
pub fn render_each(
    playbook: &Playbook,
    options: &Options,
    emit: &mut dyn FnMut(FileOp) -> bool,
) -> Result<Rendered, RenderError> {
    // Callers mostly pass a sorted playbook (`install::source` sorts); copy only when not.
    let sorted;
    let playbook = if playbook.is_sorted() {
        playbook
    } else {
        sorted = playbook.clone().sorted();
        &sorted
    };
    let mut sink = Sink::new(emit, options.home, &options.moves);
    agents::internal(playbook, &mut sink);
    let mut agents = options.agents.clone();
    agents.sort();
    agents.dedup();
    for agent in agents {
        agents::render_agent(agent, playbook, options, &mut sink)?;
        if !options.home {
            ignore::render(agent, &options.never_read, &mut sink);
            policy::render(agent, playbook, options, &mut sink);
        } else if !playbook.policies.is_empty() {
            sink.note(
                agent,
                "agent policies are a repository's settings and are not written to the home folder",
            );
        }
    }
    if let Some(e) = sink.error {
        return Err(e);
    }
    sink.notes.sort();
    sink.notes.dedup();
    Ok(Rendered {
        agents: sink
            .seen
            .into_iter()
            .map(|(p, (_, mask))| (p, mask))
            .collect(),
        notes: sink.notes,
    })
}

/// Renders the playbook for the chosen agents, every operation in memory.
pub fn render(playbook: &Playbook, options: &Options) -> Result<Output, RenderError> {
    let mut ops = Vec::new();
    let r = render_each(playbook, options, &mut |op| {
        ops.push(op);
        true
    })?;
    ops.sort_by(|a, b| a.path().cmp(b.path()));
    let agents_by_path = ops
        .iter()
        .map(|op| (op.path().to_string(), r.agents_of(op.path())))
        .collect();
    Ok(Output {
        ops,
        agents_by_path,
        notes: r.notes,
    })
}

/// Whether Rulebook ever writes `path` in a repository, or in the home folder with `home`
/// (a lock naming any other path is refused, so a crafted lock cannot make an install delete
/// `.git/HEAD`, a source file or `~/.bashrc`): `.rulebook/`, and what the agents' layouts
/// write in that scope.
pub fn owned_path(path: &str, home: bool) -> bool {
    check_relative_path(path).is_ok()
        && !path.split('/').any(|p| p.eq_ignore_ascii_case(".git"))
        && (path.starts_with(".rulebook/") || agents::layouts_write(path, home))
}

/// Estimated tokens of a text for `--stats`: about four bytes per token for English and code.
pub fn estimate_tokens(bytes: usize) -> usize {
    bytes.div_ceil(4)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::artifact::{Rule, Standard};

    #[test]
    fn agents_md_respects_codex_s_documented_limit_unless_a_cap_is_set() {
        let standards = (0..200)
            .map(|i| {
                (
                    format!("s{i}"),
                    Standard {
                        name: format!("Standard {i}"),
                        description: "A standard with several rules.".into(),
                        scope: vec![],
                        rules: (0..8)
                            .map(|j| Rule {
                                detectors: Vec::new(),
                                text: format!(
                                    "Rule {j} of standard {i}: always do the careful thing here."
                                ),
                                severity: None,
                                examples: vec![],
                            })
                            .collect(),
                    },
                )
            })
            .collect();
        let p = Playbook {
            standards,
            ..Playbook::default()
        };
        let agents_md = |agents: Vec<Agent>, cap: Option<usize>| {
            let out = render(
                &p,
                &Options {
                    agents,
                    always_on_cap: cap,
                    ..Default::default()
                },
            )
            .unwrap();
            let len = out
                .ops
                .iter()
                .find(|op| op.path() == "AGENTS.md")
                .map(|op| op.bytes().len())
                .unwrap();
            (len, out.notes)
        };
        let (full, _) = agents_md(vec![Agent::AgentsMd], None);
        assert!(
            full > 32 * 1024,
            "the fixture must be over Codex's limit: {full}"
        );
        let (with_codex, notes) = agents_md(vec![Agent::AgentsMd, Agent::Codex], None);
        assert!(with_codex <= 32 * 1024, "{with_codex}");
        assert!(
            notes.iter().any(|n| n.contains("project_doc_max_bytes")),
            "{notes:?}"
        );
        // An explicit cap wins over the agent's default.
        let (explicit, _) = agents_md(vec![Agent::Codex], Some(10 * 1024 * 1024));
        assert_eq!(explicit, full);
    }

    #[test]
    fn globs_that_yaml_would_misread_are_quoted_and_read_back() {
        let scope: Vec<String> = ["**/*.ts", "{src,lib}/**", "!vendor/**", "*.md"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let p = Playbook {
            standards: vec![(
                "ts".into(),
                Standard {
                    name: "TypeScript".into(),
                    description: "Strict types.".into(),
                    scope: scope.clone(),
                    rules: vec![Rule {
                        detectors: Vec::new(),
                        text: "No any.".into(),
                        severity: None,
                        examples: vec![],
                    }],
                },
            )],
            ..Playbook::default()
        };
        for agent in [Agent::Windsurf, Agent::Devin, Agent::Antigravity] {
            let out = render(
                &p,
                &Options {
                    agents: vec![agent],
                    ..Default::default()
                },
            )
            .unwrap();
            let entries: Vec<crate::archive::Entry> = out
                .ops
                .iter()
                .filter_map(|op| match op {
                    FileOp::Write {
                        path,
                        content,
                        mode,
                    } => Some(crate::archive::Entry {
                        path: path.clone(),
                        data: content.clone(),
                        mode: *mode,
                    }),
                    _ => None,
                })
                .collect();
            let rule = entries
                .iter()
                .find(|e| e.path.ends_with("rulebook-ts.md"))
                .unwrap();
            let text = String::from_utf8(rule.data.clone()).unwrap();
            assert!(
                text.contains("globs: \"**/*.ts,src/**,lib/**,!vendor/**,*.md\""),
                "{agent:?}: {text}"
            );
            let back = import::import(&entries);
            let (_, s) = back
                .playbook
                .standards
                .iter()
                .find(|(slug, _)| slug == "ts")
                .unwrap();
            // `.rulebook/` carries the scope as written, and it is the richest source.
            assert_eq!(s.scope, scope, "{agent:?}");
        }
    }

    #[test]
    fn quoted_markers_cannot_end_the_section_and_paths_stay_owned() {
        let p = Playbook {
            standards: vec![(
                "tricky".into(),
                Standard {
                    name: "Tricky".into(),
                    description: "Quotes <!-- rulebook:end --> on purpose.".into(),
                    scope: vec![],
                    rules: vec![Rule {
                        detectors: Vec::new(),
                        text: "Never write <!-- rulebook:start --> by hand.".into(),
                        severity: None,
                        examples: vec![],
                    }],
                },
            )],
            ..Playbook::default()
        };
        let out = render(
            &p,
            &Options {
                agents: Agent::ALL.to_vec(),
                ..Default::default()
            },
        )
        .unwrap();
        for op in &out.ops {
            assert!(owned_path(op.path(), false), "{}", op.path());
            if let FileOp::Section { content, .. } = op {
                assert!(
                    !content.contains(merge::START) && !content.contains(merge::END),
                    "{content}"
                );
                let merged = merge::merge(None, Some(content)).unwrap().unwrap();
                assert_eq!(
                    merge::extract(&merged).unwrap().as_deref(),
                    Some(merge::normalize(content))
                );
            }
        }
        for bad in [
            ".git/HEAD",
            "src/main.rs",
            "rulebook.lock",
            ".claude/../x",
            ".claude/.git/config",
            ".github/workflows/ci.yml",
            ".agents/skillsx/a/SKILL.md",
            ".mcp.json",
            ".claude.json",
            "CLAUDE.md",
            ".kiro/settings/mcp.json",
            // Home-folder places are not a repository's.
            ".codex/AGENTS.md",
            ".config/opencode/AGENTS.md",
            "Documents/Cline/Rules/team.md",
            ".agents/AGENTS.md",
            ".copilot/instructions/x.md",
        ] {
            assert!(!owned_path(bad, false), "{bad}");
        }
        for good in [
            ".rulebook/index.md",
            ".claude/rules/team-own.md",
            ".agents/skills/a/SKILL.md",
            ".kiro/agents/a.json",
            ".aiignore",
            ".kimi-code/AGENTS.md",
            ".claude/settings.json",
            "AGENTS.md",
        ] {
            assert!(owned_path(good, false), "{good}");
        }
        // The home folder: agents' user-scope places only, never a repository's files.
        for bad in [
            ".bashrc",
            ".ssh/authorized_keys",
            ".config/git/config",
            ".codex/config.toml",
            ".gemini/settings.json",
            ".claude/settings.json",
            ".claude.json",
            "AGENTS.md",
            "GEMINI.md",
            ".cursorignore",
            ".cursor/rules/x.mdc",
            ".clinerules/x.md",
        ] {
            assert!(!owned_path(bad, true), "{bad}");
        }
        for good in [
            ".rulebook/index.md",
            ".claude/rules/rulebook/x.md",
            ".codex/AGENTS.md",
            ".gemini/GEMINI.md",
            ".config/opencode/AGENTS.md",
            "Documents/Cline/Rules/rulebook-x.md",
            ".agents/skills/a/SKILL.md",
        ] {
            assert!(owned_path(good, true), "{good}");
        }
    }
}
