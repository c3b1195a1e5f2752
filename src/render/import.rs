//! The reverse of rendering: a repository's existing agent files (CLAUDE.md, AGENTS.md,
//! .cursor/rules, .github/instructions and prompts, .windsurf/rules, .kiro/steering,
//! .claude/commands, skills, ...) read back into a playbook a team can start from.
//!
//! Pure: the caller lists the files (path, bytes, mode); nothing is read here. Each agent's
//! native scoping key becomes the standard's scope; bullet lists become rules; command
//! placeholders go back to `$ARGUMENTS`. The same artifact found in several agents' files is
//! kept once, from the richest source (`.rulebook/` first, then per-rule files, then shared
//! files), so importing a tree Rulebook rendered gives back what each agent could carry.

use std::collections::BTreeMap;

use super::agents::{Commands, Scope, Skills, Subagents, folder_of};
use super::{Agent, Playbook, merge};
use crate::archive::Entry;
use crate::model::artifact::{Command, Example, LANGUAGES, Rule, Severity, Standard, Subagent};
use crate::model::{names, skill_md};

/// What an import found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Imported {
    pub playbook: Playbook,
    /// `(kind, slug, source path)` for every artifact kept.
    pub sources: Vec<(String, String, String)>,
    /// Files recognised but not imported, with the reason.
    pub skipped: Vec<String>,
}

/// Where the importer looks, derived from the agents' layouts (`agents/*.rs`), so a new
/// agent's files are read back without a second list. Earlier entries win a tie: per-rule
/// folders with a native scope key before prose-only ones, full skill folders before the
/// spec-only shared one.
struct Tables {
    /// Per-rule folders: (prefix, suffix, scope).
    rules: Vec<(&'static str, &'static str, Scope)>,
    /// Shared root files (sections Rulebook writes, and files agents also read).
    roots: Vec<&'static str>,
    /// Command folders: (prefix, suffix, the agent's argument placeholder).
    commands: Vec<(&'static str, &'static str, &'static str)>,
    /// Subagent folders: (prefix, suffix).
    agents: Vec<(&'static str, &'static str)>,
    /// Skill roots, each ending in `/`.
    skills: Vec<String>,
}

/// Keeps the first of each key, in order.
fn dedup<T>(v: &mut Vec<T>, key: impl Fn(&T) -> String) {
    let mut seen = std::collections::BTreeSet::new();
    v.retain(|x| seen.insert(key(x)));
}

fn tables() -> &'static Tables {
    static TABLES: std::sync::OnceLock<Tables> = std::sync::OnceLock::new();
    TABLES.get_or_init(|| {
        let mut t = Tables {
            rules: Vec::new(),
            roots: Vec::new(),
            commands: Vec::new(),
            agents: Vec::new(),
            skills: Vec::new(),
        };
        let mut spec_only = Vec::new();
        for a in Agent::ALL {
            let l = a.layout();
            t.roots.extend(l.shared.as_ref().map(|s| s.path));
            t.roots.extend(l.also_reads);
            if let Some(r) = &l.rules {
                let (dir, suffix) = folder_of(r.path);
                t.rules.push((dir, suffix, r.scope));
            }
            match &l.commands {
                Commands::Markdown { path, args, .. } => {
                    let (dir, suffix) = folder_of(path);
                    t.commands.push((dir, suffix, args));
                }
                Commands::Toml { path } => {
                    let (dir, suffix) = folder_of(path);
                    t.commands.push((dir, suffix, "{{args}}"));
                }
                Commands::None(_) | Commands::AsSkills => {}
            }
            match &l.subagents {
                Subagents::Markdown { path, .. } | Subagents::File { path, .. } => {
                    t.agents.push(folder_of(path));
                }
                Subagents::None(_) => {}
            }
            if let Skills::Dir { dir, spec_only: s } = &l.skills {
                if *s {
                    spec_only.push(format!("{dir}/"));
                } else {
                    t.skills.push(format!("{dir}/"));
                }
            }
        }
        t.skills.extend(spec_only);
        // Stable: agent order within each kind.
        t.rules
            .sort_by_key(|(_, _, s)| matches!(s, Scope::Prose | Scope::Description));
        dedup(&mut t.rules, |r| format!("{}{}", r.0, r.1));
        dedup(&mut t.commands, |c| format!("{}{}", c.0, c.1));
        dedup(&mut t.agents, |a| format!("{}{}", a.0, a.1));
        dedup(&mut t.roots, |r| r.to_string());
        dedup(&mut t.skills, String::clone);
        t
    })
}

/// The top-level folders and files of a repository the importer reads (`.rulebook`, `.claude`,
/// `AGENTS.md`, ...), derived from its tables so a new agent's paths are listed once.
pub fn roots() -> Vec<&'static str> {
    let t = tables();
    let top = |p: &'static str| p.split('/').next().unwrap_or(p);
    let mut out: Vec<&'static str> = std::iter::once(".rulebook")
        .chain(t.roots.iter().map(|p| top(p)))
        .chain(t.rules.iter().map(|(p, _, _)| top(p)))
        .chain(t.commands.iter().map(|(p, _, _)| top(p)))
        .chain(t.agents.iter().map(|(p, _)| top(p)))
        .chain(
            t.skills
                .iter()
                .map(|p| p.split('/').next().unwrap_or_default()),
        )
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Whether an agent reads this repository path: a rule, command, subagent or skill file, or a
/// shared root file, at the root or in a folder of a monorepo. What `rulebook scan` looks at
/// unless told to read every text file.
pub fn is_agent_file(path: &str) -> bool {
    let tails = std::iter::once(path).chain(path.match_indices('/').map(|(i, _)| &path[i + 1..]));
    let t = tables();
    tails.into_iter().any(|p| {
        t.roots.contains(&p)
            || t.rules
                .iter()
                .any(|(d, s, _)| p.starts_with(d) && p.ends_with(s))
            || t.commands
                .iter()
                .any(|(d, s, _)| p.starts_with(d) && p.ends_with(s))
            || t.agents
                .iter()
                .any(|(d, s)| p.starts_with(d) && p.ends_with(s))
            || t.skills.iter().any(|d| p.starts_with(d.as_str()))
    })
}

/// A slug from a file stem: our own `rulebook-` prefix dropped, anything else slugified.
fn slug_of(stem: &str) -> String {
    let stem = stem.strip_prefix("rulebook-").unwrap_or(stem);
    let stem = stem.strip_prefix("standard-").unwrap_or(stem);
    match names::slug(stem) {
        Ok(s) => s.to_string(),
        Err(_) => names::slugify(stem),
    }
}

fn title_of(slug: &str) -> String {
    let mut out = String::new();
    for (i, w) in slug.split('-').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let mut c = w.chars();
        if let Some(f) = c.next() {
            out.extend(f.to_uppercase());
            out.push_str(c.as_str());
        }
    }
    out
}

fn field<'a>(fields: &'a [(String, String)], key: &str) -> Option<&'a str> {
    fields
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

/// Reads "Applies only to files matching `a`, `b`." back into globs.
fn prose_scope(line: &str) -> Option<Vec<String>> {
    let rest = line
        .trim()
        .strip_prefix("Applies only to files matching ")
        .or_else(|| {
            line.trim()
                .split_once("Apply when working on files matching ")
                .map(|x| x.1)
        })?;
    let rest = rest.trim_end_matches('.');
    Some(
        rest.split(", ")
            .map(|g| g.trim().trim_matches('`').to_string())
            .filter(|g| !g.is_empty())
            .collect(),
    )
}

/// The slug in a "Full standard with examples: [..](.rulebook/standards/<slug>.md)" line.
fn linked_slug(body: &str) -> Option<String> {
    let line = body
        .lines()
        .find(|l| l.starts_with("Full standard with examples:"))?;
    let (_, target) = line.rsplit_once("](")?;
    let file = target.trim_end_matches(')').rsplit('/').next()?;
    Some(file.strip_suffix(".md")?.to_string())
}

/// A short-form standard body: `# Name`, a description, optional scope prose, bullets.
fn standard_from_body(default_name: &str, body: &str) -> (Standard, Option<Vec<String>>) {
    let mut name = None;
    let mut description: Vec<String> = Vec::new();
    let mut rules: Vec<Rule> = Vec::new();
    let mut scope = None;
    for line in body.lines() {
        let t = line.trim_end();
        if name.is_none()
            && rules.is_empty()
            && let Some(h) = t.strip_prefix("# ").or_else(|| t.strip_prefix("## "))
        {
            name = Some(h.trim().to_string());
            continue;
        }
        if let Some(s) = prose_scope(t) {
            scope = Some(s);
            continue;
        }
        if t.starts_with("Full standard with examples:")
            || t.starts_with("<!-- Generated by Rulebook")
        {
            continue;
        }
        let bullet = t
            .strip_prefix("- ")
            .or_else(|| t.strip_prefix("* "))
            .or_else(|| {
                let digits = t.chars().take_while(char::is_ascii_digit).count();
                (digits > 0)
                    .then(|| t[digits..].strip_prefix(". "))
                    .flatten()
            });
        match bullet {
            Some(b) if b.trim() != "(no rules yet)" => rules.push(Rule {
                detectors: Vec::new(),
                text: b.trim().to_string(),
                severity: None,
                examples: vec![],
            }),
            Some(_) => {}
            None if line.starts_with("  ") && !rules.is_empty() && !t.trim().is_empty() => {
                if let Some(last) = rules.last_mut() {
                    last.text.push(' ');
                    last.text.push_str(t.trim());
                }
            }
            None if rules.is_empty() => description.push(t.to_string()),
            None => {}
        }
    }
    let description = description.join("\n").trim().to_string();
    let description = if description.is_empty() {
        description
    } else {
        description + "\n"
    };
    (
        Standard {
            name: name.unwrap_or_else(|| default_name.to_string()),
            description,
            scope: vec![],
            rules,
        },
        scope,
    )
}

/// The full form Rulebook writes under `.rulebook/standards/` (rules with examples).
fn standard_full(default_name: &str, text: &str) -> Standard {
    let mut s = Standard {
        name: default_name.to_string(),
        description: String::new(),
        scope: vec![],
        rules: vec![],
    };
    let mut description = Vec::new();
    let mut in_rules = false;
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        if line.starts_with("<!-- Generated by Rulebook") {
            continue;
        }
        if !in_rules {
            if let Some(h) = line.strip_prefix("# ") {
                s.name = h.trim().to_string();
            } else if line == "## Rules" {
                in_rules = true;
            } else if let Some(globs) = prose_scope(line) {
                s.scope = globs;
            } else if line.trim() != "Applies to all files." {
                description.push(line);
            }
            continue;
        }
        if let Some(h) = line.strip_prefix("### ") {
            let text = h.split_once(". ").map(|x| x.1).unwrap_or(h);
            s.rules.push(Rule {
                detectors: Vec::new(),
                text: text.to_string(),
                severity: None,
                examples: vec![],
            });
            continue;
        }
        let Some(rule) = s.rules.last_mut() else {
            continue;
        };
        if line.starts_with("Severity: error") {
            rule.severity = Some(Severity::Error);
        } else if line.starts_with("Severity: warning") {
            rule.severity = Some(Severity::Warning);
        } else if let Some(label) = line
            .strip_prefix("Good (")
            .or_else(|| line.strip_prefix("Bad ("))
        {
            let good = line.starts_with("Good");
            let lang_name = label.trim_end_matches("):");
            let language = LANGUAGES
                .iter()
                .find(|l| l.1 == lang_name)
                .map(|l| l.0.to_string())
                .unwrap_or_else(|| lang_name.to_lowercase());
            // Skip the blank line, read the fence, collect until the same fence.
            let _ = lines.next_if(|l| l.is_empty());
            let Some(open) = lines.next() else { break };
            let fence: String = open.chars().take_while(|c| *c == '`').collect();
            let mut code = Vec::new();
            for l in lines.by_ref() {
                if l == fence {
                    break;
                }
                code.push(l);
            }
            let code = code.join("\n");
            // A bad snippet follows its good one in the same example.
            match rule.examples.last_mut() {
                Some(e) if !good && e.language == language && e.bad.is_empty() => e.bad = code,
                _ => rule.examples.push(Example {
                    language,
                    good: if good { code.clone() } else { String::new() },
                    bad: if good { String::new() } else { code },
                }),
            }
        }
    }
    let d = description.join("\n").trim().to_string();
    s.description = if d.is_empty() { d } else { d + "\n" };
    s
}

/// Reads a minimal TOML document: `key = "..."`, `key = '''...'''`, `key = """..."""`.
fn toml_fields(text: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut rest = text;
    while let Some((key, after)) = rest.split_once('=') {
        let key = key.lines().last().unwrap_or("").trim().to_string();
        let after = after.trim_start_matches([' ', '\t']);
        let (value, next) = if let Some(v) = after.strip_prefix("'''") {
            let v = v.strip_prefix('\n').unwrap_or(v);
            match v.split_once("'''") {
                Some((val, n)) => (val.to_string(), n),
                None => break,
            }
        } else if let Some(v) = after.strip_prefix("\"\"\"") {
            let v = v.strip_prefix('\n').unwrap_or(v);
            match v.split_once("\"\"\"") {
                Some((val, n)) => (val.replace("\\\"", "\"").replace("\\n", "\n"), n),
                None => break,
            }
        } else {
            let line = after.lines().next().unwrap_or("");
            let value = serde_json::from_str::<String>(line.trim())
                .unwrap_or_else(|_| line.trim().trim_matches('\'').to_string());
            (value, &after[line.len()..])
        };
        out.insert(key, value);
        rest = next;
    }
    out
}

fn split_path<'a>(path: &'a str, prefix: &str, suffix: &str) -> Option<&'a str> {
    let stem = path.strip_prefix(prefix)?.strip_suffix(suffix)?;
    // Our own rendered rules live in a `rulebook/` subfolder for some agents.
    let stem = stem.strip_prefix("rulebook/").unwrap_or(stem);
    (!stem.contains('/')).then_some(stem)
}

struct Collector {
    out: Imported,
    standards: BTreeMap<String, Standard>,
    commands: BTreeMap<String, Command>,
    subagents: BTreeMap<String, Subagent>,
}

impl Collector {
    /// Keeps the first source's rules for a slug, and merges in what later sources know that
    /// it lacked (a description, a scope): agents' formats each carry different parts.
    fn standard(&mut self, slug: String, s: Standard, path: &str) {
        match self.standards.get_mut(&slug) {
            Some(have) => {
                if have.description.trim().is_empty() && !s.description.trim().is_empty() {
                    have.description = s.description;
                }
                if have.scope.is_empty() && !s.scope.is_empty() {
                    have.scope = s.scope;
                }
            }
            None => {
                self.out
                    .sources
                    .push(("standard".into(), slug.clone(), path.into()));
                self.standards.insert(slug, s);
            }
        }
    }

    /// Every rule text and standard name imported so far, normalised for comparison.
    fn known_lines(&self) -> std::collections::BTreeSet<String> {
        let mut known = std::collections::BTreeSet::new();
        for s in self.standards.values() {
            known.insert(normalize_line(&s.name));
            for r in &s.rules {
                known.insert(normalize_line(&r.text));
            }
        }
        known
    }
}

/// A line compared without list markers, heading marks, emphasis or surrounding space.
fn normalize_line(line: &str) -> String {
    line.trim()
        .trim_start_matches(['#', '-', '*', '+', ' '])
        .trim()
        .trim_matches('*')
        .trim()
        .to_lowercase()
}

fn utf8(data: &[u8]) -> Option<&str> {
    std::str::from_utf8(data).ok()
}

/// Reads the agent files among `files` into a playbook.
pub fn import(files: &[Entry]) -> Imported {
    let mut c = Collector {
        out: Imported::default(),
        standards: BTreeMap::new(),
        commands: BTreeMap::new(),
        subagents: BTreeMap::new(),
    };
    let by_path: BTreeMap<&str, &Entry> = files.iter().map(|e| (e.path.as_str(), e)).collect();

    // 1. Rulebook's own full standards and commands, the richest source.
    for (path, e) in &by_path {
        let Some(text) = utf8(&e.data) else { continue };
        if let Some(stem) = split_path(path, ".rulebook/standards/", ".md") {
            let slug = slug_of(stem);
            let s = standard_full(&title_of(&slug), text);
            c.standard(slug, s, path);
        }
    }
    // 2. Per-rule files with their native scope.
    let t = tables();
    for (prefix, suffix, scope_kind) in &t.rules {
        for (path, e) in &by_path {
            let Some(stem) = split_path(path, prefix, suffix) else {
                continue;
            };
            // A command folder inside a rule folder (Cline's `.clinerules/workflows/`).
            if t.commands.iter().any(|(d, _, _)| path.starts_with(d)) {
                continue;
            }
            let Some(text) = utf8(&e.data) else {
                c.out.skipped.push(format!("{path}: not UTF-8"));
                continue;
            };
            let (fields, body) = match skill_md::fields(text) {
                Ok(Some((f, b))) => (f, b),
                Ok(None) => (Vec::new(), text.to_string()),
                Err(err) => {
                    c.out.skipped.push(format!("{path}: {err}"));
                    continue;
                }
            };
            let slug = slug_of(stem);
            let (mut s, prose) = standard_from_body(&title_of(&slug), &body);
            let native = match scope_kind {
                Scope::List(k) => field(&fields, k).map(|raw| skill_md::list(raw, false)),
                Scope::Csv(k) => field(&fields, k).map(|raw| skill_md::list(raw, true)),
                Scope::Prose | Scope::Description => None,
            };
            let always = field(&fields, "alwaysApply").is_some_and(|v| v.trim() == "true")
                || field(&fields, "trigger").is_some_and(|v| v.trim() == "always_on")
                || field(&fields, "apply").is_some_and(|v| v.trim() == "always");
            s.scope = match native {
                Some(Ok(globs)) if !always => globs.into_iter().filter(|g| g != "**").collect(),
                _ => prose.unwrap_or_default(),
            };
            if s.scope.is_empty()
                && let Some(globs) = field(&fields, "description")
                    .and_then(|d| skill_md::value(d).ok())
                    .and_then(|d| prose_scope(&d))
            {
                s.scope = globs;
            }
            if s.description.is_empty()
                && let Some(d) = field(&fields, "description").and_then(|d| skill_md::value(d).ok())
                && !d.contains("Apply when working on files matching")
            {
                s.description = format!("{d}\n");
            }
            c.standard(slug, s, path);
        }
    }
    // 3. Shared root files: Rulebook's section holds standards; other text is kept as one
    // standard per file, so nothing a team wrote is lost.
    for root in &t.roots {
        let Some(e) = by_path.get(root) else { continue };
        let Some(text) = utf8(&e.data) else { continue };
        let (section, outside) = match merge::extract(text) {
            Ok(Some(sec)) => (
                Some(sec),
                merge::merge(Some(text), None)
                    .ok()
                    .flatten()
                    .unwrap_or_default(),
            ),
            Ok(None) => (None, text.to_string()),
            Err(_) => {
                c.out
                    .skipped
                    .push(format!("{root}: damaged Rulebook markers"));
                continue;
            }
        };
        if let Some(sec) = section {
            for block in sec.split("\n## ").skip(1) {
                let (heading, _) = block.split_once('\n').unwrap_or((block, ""));
                if heading.trim() == "Commands" {
                    continue;
                }
                let (s, prose) = standard_from_body(heading.trim(), &format!("# {block}"));
                let slug = linked_slug(block).unwrap_or_else(|| names::slugify(&s.name));
                let mut s = s;
                s.scope = prose.unwrap_or_default();
                c.standard(slug, s, root);
            }
        }
        // Lines that repeat a rule (or a standard's title) already imported from a per-rule
        // file are not imported again as "Project instructions".
        let known = c.known_lines();
        let kept: Vec<&str> = outside
            .lines()
            .filter(|l| !known.contains(&normalize_line(l)))
            .collect();
        let substantive = kept.iter().any(|l| {
            let t = l.trim();
            !t.is_empty() && !t.starts_with('#') && !t.starts_with("<!--")
        });
        let kept = kept.join("\n");
        let outside = if substantive { kept.trim() } else { "" };
        if !outside.is_empty() {
            let file_name = root.rsplit('/').next().unwrap_or(root);
            let slug_for = |name: &str| {
                names::slugify(&format!(
                    "project {}",
                    name.trim_start_matches('.').replace(".md", "")
                ))
            };
            // `.kimi-code/AGENTS.md` beside `AGENTS.md`: the folder tells them apart.
            let mut slug = slug_for(file_name);
            if c.standards.contains_key(&slug) {
                slug = slug_for(root);
            }
            let (mut s, _) =
                standard_from_body(&format!("Project instructions ({file_name})"), outside);
            if s.name != format!("Project instructions ({file_name})") {
                // The file's own title becomes part of the description.
                s.description = format!("{}\n", outside);
                s.rules.clear();
                s.name = format!("Project instructions ({file_name})");
            }
            c.standard(slug, s, root);
        }
    }
    // 4. Commands.
    for (path, e) in &by_path {
        let Some(text) = utf8(&e.data) else { continue };
        if let Some(stem) = split_path(path, ".rulebook/commands/", ".md") {
            let slug = slug_of(stem);
            let text = text
                .lines()
                .filter(|l| !l.starts_with("<!-- Generated by Rulebook"))
                .collect::<Vec<_>>()
                .join("\n");
            let rest = text.strip_prefix("# ").unwrap_or(&text);
            let (name, rest) = rest.split_once("\n\n").unwrap_or((rest, ""));
            let (description, body) = rest.split_once("\n\n").unwrap_or((rest, ""));
            let body = if e.data.ends_with(b"\n") && !body.ends_with('\n') {
                format!("{body}\n")
            } else {
                body.to_string()
            };
            if !c.commands.contains_key(&slug) {
                c.out
                    .sources
                    .push(("command".into(), slug.clone(), path.to_string()));
                c.commands.insert(
                    slug,
                    Command {
                        name: name.trim().to_string(),
                        description: description.trim().to_string(),
                        body,
                    },
                );
            }
        }
    }
    for (prefix, suffix, placeholder) in &t.commands {
        for (path, e) in &by_path {
            let Some(stem) = split_path(path, prefix, suffix) else {
                continue;
            };
            let Some(text) = utf8(&e.data) else { continue };
            let slug = slug_of(stem);
            let (name, description, body) = if *suffix == ".toml" {
                let f = toml_fields(text);
                (
                    None,
                    f.get("description").cloned().unwrap_or_default(),
                    f.get("prompt").cloned().unwrap_or_default(),
                )
            } else {
                match skill_md::fields(text) {
                    Ok(Some((f, b))) => (
                        field(&f, "name").and_then(|v| skill_md::value(v).ok()),
                        field(&f, "description")
                            .and_then(|v| skill_md::value(v).ok())
                            .unwrap_or_default(),
                        b,
                    ),
                    _ => (None, String::new(), text.to_string()),
                }
            };
            let body = body.replace(placeholder, "$ARGUMENTS");
            // A command already found keeps its text; a later source may add a description
            // (Cursor's and Kiro's command files carry none).
            if let Some(have) = c.commands.get_mut(&slug) {
                if have.description.trim().is_empty() {
                    have.description = description;
                }
                continue;
            }
            c.out
                .sources
                .push(("command".into(), slug.clone(), path.to_string()));
            c.commands.insert(
                slug.clone(),
                Command {
                    name: name.unwrap_or_else(|| title_of(&slug)),
                    description,
                    body,
                },
            );
        }
    }
    // 5. Subagents (Devin keeps each in its own folder as AGENT.md).
    for (prefix, suffix) in &t.agents {
        for (path, e) in &by_path {
            let Some(stem) = split_path(path, prefix, suffix) else {
                continue;
            };
            let Some(text) = utf8(&e.data) else { continue };
            let slug = slug_of(stem);
            let a = if *suffix == ".toml" {
                let f = toml_fields(text);
                Subagent {
                    name: title_of(&slug),
                    description: f.get("description").cloned().unwrap_or_default(),
                    tools: vec![],
                    model: f.get("model").cloned(),
                    body: f.get("developer_instructions").cloned().unwrap_or_default(),
                }
            } else if *suffix == ".json" {
                // Kiro CLI's JSON agent configuration.
                let Ok(serde_json::Value::Object(f)) = serde_json::from_str(text) else {
                    c.out.skipped.push(format!("{path}: not a JSON agent"));
                    continue;
                };
                let text_of = |k: &str| f.get(k).and_then(|v| v.as_str()).map(str::to_string);
                Subagent {
                    name: title_of(&slug),
                    description: text_of("description").unwrap_or_default(),
                    tools: f
                        .get("tools")
                        .and_then(|v| v.as_array())
                        .map(|a| {
                            a.iter()
                                .filter_map(|t| t.as_str().map(str::to_string))
                                .collect()
                        })
                        .unwrap_or_default(),
                    model: text_of("model"),
                    body: text_of("prompt").unwrap_or_default(),
                }
            } else {
                let (f, body) = match skill_md::fields(text) {
                    Ok(Some((f, b))) => (f, b),
                    _ => (Vec::new(), text.to_string()),
                };
                let tools = match field(&f, "tools") {
                    Some(raw) => skill_md::list(raw, true).unwrap_or_default(),
                    // Devin: a space-separated `allowed-tools` string.
                    None => field(&f, "allowed-tools")
                        .and_then(|raw| skill_md::value(raw).ok())
                        .map(|v| v.split_whitespace().map(str::to_string).collect())
                        .unwrap_or_default(),
                };
                Subagent {
                    name: title_of(&slug),
                    description: field(&f, "description")
                        .and_then(|v| skill_md::value(v).ok())
                        .unwrap_or_default(),
                    tools,
                    model: field(&f, "model").and_then(|v| skill_md::value(v).ok()),
                    body,
                }
            };
            // A subagent already found keeps its prompt; what its format lacked (description,
            // tools, model) is taken from a later one.
            if let Some(have) = c.subagents.get_mut(&slug) {
                if have.description.trim().is_empty() {
                    have.description = a.description;
                }
                if have.tools.is_empty() {
                    have.tools = a.tools;
                }
                if have.model.is_none() {
                    have.model = a.model;
                }
                continue;
            }
            c.out
                .sources
                .push(("subagent".into(), slug.clone(), path.to_string()));
            c.subagents.insert(slug, a);
        }
    }
    // 6. Skills: one folder each, the first agent's copy wins.
    let mut skills: BTreeMap<String, crate::model::artifact::Skill> = BTreeMap::new();
    for dir in &t.skills {
        let mut folders: BTreeMap<String, Vec<Entry>> = BTreeMap::new();
        for e in files {
            let Some(rest) = e.path.strip_prefix(dir) else {
                continue;
            };
            let Some((name, inner)) = rest.split_once('/') else {
                continue;
            };
            folders.entry(name.to_string()).or_default().push(Entry {
                path: inner.to_string(),
                data: e.data.clone(),
                mode: e.mode,
            });
        }
        for (name, entries) in folders {
            if skills.contains_key(&name) || !entries.iter().any(|e| e.path == "SKILL.md") {
                continue;
            }
            match crate::archive::skill::from_entries(entries) {
                Ok(s) if s.name == name => {
                    c.out
                        .sources
                        .push(("skill".into(), name.clone(), format!("{dir}{name}/")));
                    skills.insert(name, s);
                }
                Ok(s) => c
                    .out
                    .skipped
                    .push(format!("{dir}{name}: SKILL.md names {:?}", s.name)),
                Err(e) => c.out.skipped.push(format!("{dir}{name}: {e}")),
            }
        }
    }
    // Devin runs commands as skills: a skill whose only content mirrors a command is that command.
    for slug in c.commands.keys() {
        skills.retain(|name, s| !(name == slug && s.files.is_empty() && s.extra.is_empty()));
    }
    // 7. Claude Code's permissions and hooks, as an agent policy.
    let mut policies = Vec::new();
    if let Some(text) = by_path
        .get(super::import_policy::PATH)
        .and_then(|e| utf8(&e.data))
    {
        let (policy, skipped) = super::import_policy::claude(text);
        c.out.skipped.extend(skipped);
        if let Some(p) = policy {
            let slug = super::import_policy::SLUG.to_string();
            c.out.sources.push((
                "policy".into(),
                slug.clone(),
                super::import_policy::PATH.into(),
            ));
            policies.push((slug, p));
        }
    }
    c.out.playbook = Playbook {
        standards: c.standards.into_iter().collect(),
        commands: c.commands.into_iter().collect(),
        skills: skills.into_iter().collect(),
        subagents: c.subagents.into_iter().collect(),
        policies,
    }
    .sorted();
    c.out.sources.sort();
    c.out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(path: &str, text: &str) -> Entry {
        Entry {
            path: path.into(),
            data: text.as_bytes().to_vec(),
            mode: 0o644,
        }
    }

    #[test]
    fn sources_are_merged_and_repeated_rules_are_not_imported_twice() {
        let claude = "---\npaths:\n  - \"src/api/**\"\n---\n# API errors\n\n- Return typed errors.\n- Never panic on input.\n";
        let cursor = "---\ndescription: How the API reports errors\nglobs: src/api/**\nalwaysApply: false\n---\n# API errors\n\n- Return typed errors.\n- Never panic on input.\n";
        let agents =
            "# Project rules\n\n## API errors\n\n- Return typed errors.\n- Never panic on input.\n";
        let got = import(&[
            entry(".claude/rules/api.md", claude),
            entry(".cursor/rules/api.mdc", cursor),
            entry("AGENTS.md", agents),
        ]);
        let standards = &got.playbook.standards;
        assert_eq!(standards.len(), 1, "{standards:?}");
        let (slug, s) = &standards[0];
        assert_eq!(slug, "api");
        assert_eq!(s.description.trim(), "How the API reports errors");
        assert_eq!(s.scope, vec!["src/api/**".to_string()]);
        assert_eq!(s.rules.len(), 2);

        // Text of its own in the root file is still kept, once.
        let agents = format!("{agents}\nUse pnpm, not npm.\n");
        let got = import(&[
            entry(".claude/rules/api.md", claude),
            entry("AGENTS.md", &agents),
        ]);
        let project: Vec<_> = got
            .playbook
            .standards
            .iter()
            .filter(|(_, s)| s.name.starts_with("Project instructions"))
            .collect();
        assert_eq!(project.len(), 1, "{:?}", got.playbook.standards);
        let text = format!("{:?}", project[0].1);
        assert!(text.contains("pnpm"), "{text}");
        assert!(!text.contains("Return typed errors"), "{text}");
    }

    #[test]
    fn two_root_files_of_one_name_are_kept_apart() {
        let got = import(&[
            entry("AGENTS.md", "Use pnpm.\n"),
            entry(".kimi-code/AGENTS.md", "Answer in English.\n"),
        ]);
        let slugs: Vec<&str> = got
            .playbook
            .standards
            .iter()
            .map(|(s, _)| s.as_str())
            .collect();
        assert_eq!(slugs, ["project-agents", "project-kimi-code-agents"]);
    }

    #[test]
    fn commands_and_subagents_take_what_a_later_format_adds() {
        let got = import(&[
            // Cline's workflow has no description; Windsurf's, read later, has one.
            entry(".clinerules/workflows/ship.md", "Ship $ARGUMENTS.\n"),
            entry(
                ".windsurf/workflows/ship.md",
                "---\ndescription: Ship a release\n---\nShip it.\n",
            ),
            // Gemini's agent has no tools; Kiro CLI's JSON agent does.
            entry(
                ".gemini/agents/rev.md",
                "---\nname: rev\ndescription: Reviews\n---\nReview.\n",
            ),
            entry(
                ".kiro/agents/rev.json",
                r#"{"name": "rev", "prompt": "Other.", "tools": ["Read"], "model": "m"}"#,
            ),
            entry(".kiro/agents/broken.json", "{not json"),
        ]);
        let (_, ship) = &got.playbook.commands[0];
        assert_eq!(
            (ship.body.as_str(), ship.description.as_str()),
            ("Ship $ARGUMENTS.\n", "Ship a release")
        );
        assert_eq!(got.playbook.subagents.len(), 1, "{:?}", got.playbook);
        let (_, rev) = &got.playbook.subagents[0];
        assert_eq!(rev.body, "Review.\n");
        assert_eq!(rev.tools, ["Read"]);
        assert_eq!(rev.model.as_deref(), Some("m"));
        assert!(
            got.skipped.iter().any(|s| s.contains("broken.json")),
            "{:?}",
            got.skipped
        );
    }
}
