//! The playbook's artifacts: standards (with rules and per-language good/bad examples),
//! commands, skills and subagents, and the rules that make each one valid.
//!
//! These are plain values: renderers, the linter, the store and the API all read them as they
//! are. The store keeps each version as this value serialized to JSON (a storage format, not a
//! wire format; the API converts by hand).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The four kinds of artifact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Standard,
    Command,
    Skill,
    Subagent,
    /// Permissions and hooks (`model::policy`).
    Policy,
}

impl Kind {
    /// All kinds, in display order.
    pub const ALL: [Kind; 5] = [
        Kind::Standard,
        Kind::Command,
        Kind::Skill,
        Kind::Subagent,
        Kind::Policy,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Standard => "standard",
            Kind::Command => "command",
            Kind::Skill => "skill",
            Kind::Subagent => "subagent",
            Kind::Policy => "policy",
        }
    }

    /// The plural, as routes and folders name the kind (`policies`).
    pub fn plural(self) -> &'static str {
        match self {
            Kind::Standard => "standards",
            Kind::Command => "commands",
            Kind::Skill => "skills",
            Kind::Subagent => "subagents",
            Kind::Policy => "policies",
        }
    }

    /// Parses a plural name only (`policies`), as routes and tool names carry it.
    pub fn from_plural(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.plural() == s)
    }

    /// Parses a stored or plural name (`standard`, `standards`).
    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL
            .into_iter()
            .find(|k| k.as_str() == s || k.plural() == s)
    }
}

/// How serious breaking a rule is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// A pair of code snippets showing a rule followed and broken.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Example {
    /// A language id from [`LANGUAGES`].
    pub language: String,
    pub good: String,
    pub bad: String,
}

/// One imperative sentence with optional examples and detectors.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rule {
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<Severity>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub examples: Vec<Example>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub detectors: Vec<RuleDetector>,
}

/// How serious a linter finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Info,
    Warning,
    Error,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Info => "info",
            Level::Warning => "warning",
            Level::Error => "error",
        }
    }

    /// `error`, `warning`, `info` (or ast-grep's `hint`, as info).
    pub fn parse(s: &str) -> Option<Level> {
        Some(match s {
            "error" => Level::Error,
            "warning" => Level::Warning,
            "info" | "hint" => Level::Info,
            _ => return None,
        })
    }
}

/// The languages a detector can be written for (the linter's grammars; `lint::lang` has the
/// same ids, a test holds them equal).
pub const DETECTOR_LANGUAGES: [&str; 8] = [
    "typescript",
    "tsx",
    "javascript",
    "python",
    "java",
    "go",
    "rust",
    "csharp",
];

/// Keys of a detector's YAML that Rulebook writes itself when it exports the detector.
pub const DETECTOR_MANAGED_KEYS: [&str; 4] = ["id", "language", "severity", "metadata"];

/// A declarative check of one rule in one language, in the linter's format: `yaml` holds an
/// ast-grep rule (`rule:` with optional `constraints`, `utils`, `files`, `ignores`,
/// `message`, `note`) or a `regex:`. Nothing in it is ever executed. Whether it is active
/// (flags every bad example of its language and no good one) is computed from the version,
/// by `lint::validate`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuleDetector {
    /// One of [`DETECTOR_LANGUAGES`].
    pub language: String,
    /// `None`: the rule's severity, else warning.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
    pub yaml: String,
}

/// A standard: what good code looks like somewhere, as rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Standard {
    pub name: String,
    /// Markdown.
    pub description: String,
    /// Globs of the files it applies to; empty = everywhere.
    #[serde(default)]
    pub scope: Vec<String>,
    pub rules: Vec<Rule>,
}

/// A command: a Markdown procedure an agent runs on demand (`$ARGUMENTS` allowed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Command {
    pub name: String,
    pub description: String,
    pub body: String,
}

/// A subagent: a specialised agent with its own instructions and tools.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subagent {
    pub name: String,
    pub description: String,
    #[serde(default)]
    pub tools: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    pub body: String,
}

/// A file shipped with a skill, besides SKILL.md.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SkillFile {
    /// Relative path with `/` separators.
    pub path: String,
    /// Text content, or base64 for binary files.
    pub content: String,
    #[serde(default)]
    pub base64: bool,
    /// Unix mode bits (0644 or 0755).
    pub mode: u32,
}

impl SkillFile {
    /// The file's bytes (decoding base64 content).
    pub fn bytes(&self) -> Result<Vec<u8>, String> {
        if self.base64 {
            use base64::Engine as _;
            base64::engine::general_purpose::STANDARD
                .decode(self.content.as_bytes())
                .map_err(|_| "content is not valid base64".to_string())
        } else {
            Ok(self.content.as_bytes().to_vec())
        }
    }

    /// A file holding `bytes`: text when they are UTF-8 without NUL, else base64.
    pub fn from_bytes(path: String, bytes: Vec<u8>, mode: u32) -> SkillFile {
        match String::from_utf8(bytes) {
            Ok(text) if !text.contains('\0') => SkillFile {
                path,
                content: text,
                base64: false,
                mode,
            },
            Ok(text) => SkillFile::binary(path, text.as_bytes(), mode),
            Err(e) => SkillFile::binary(path, e.as_bytes(), mode),
        }
    }

    fn binary(path: String, bytes: &[u8], mode: u32) -> SkillFile {
        use base64::Engine as _;
        SkillFile {
            path,
            content: base64::engine::general_purpose::STANDARD.encode(bytes),
            base64: true,
            mode,
        }
    }
}

/// A skill per the Agent Skills spec: SKILL.md (frontmatter + body) plus files.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Skill {
    /// `[a-z0-9-]`, 1-64, equal to its folder name.
    pub name: String,
    /// 1-1024 characters.
    pub description: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compatibility: Option<String>,
    /// Client-specific frontmatter fields, kept as they came.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub extra: BTreeMap<String, String>,
    pub body: String,
    #[serde(default)]
    pub files: Vec<SkillFile>,
}

/// Any artifact's content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Content {
    Standard(Standard),
    Command(Command),
    Skill(Skill),
    Subagent(Subagent),
    Policy(super::policy::Policy),
}

/// Languages examples can be written in: (id, display name, file extensions).
pub const LANGUAGES: &[(&str, &str, &[&str])] = &[
    ("bash", "Bash", &["sh", "bash"]),
    ("c", "C", &["c", "h"]),
    ("cpp", "C++", &["cpp", "cc", "cxx", "hpp", "hh"]),
    ("csharp", "C#", &["cs"]),
    ("css", "CSS", &["css"]),
    ("dart", "Dart", &["dart"]),
    ("dockerfile", "Dockerfile", &["dockerfile"]),
    ("elixir", "Elixir", &["ex", "exs"]),
    ("go", "Go", &["go"]),
    ("groovy", "Groovy", &["groovy", "gradle"]),
    ("haskell", "Haskell", &["hs"]),
    ("html", "HTML", &["html", "htm"]),
    ("java", "Java", &["java"]),
    ("javascript", "JavaScript", &["js", "mjs", "cjs", "jsx"]),
    ("json", "JSON", &["json"]),
    ("kotlin", "Kotlin", &["kt", "kts"]),
    ("lua", "Lua", &["lua"]),
    ("markdown", "Markdown", &["md"]),
    ("php", "PHP", &["php"]),
    ("powershell", "PowerShell", &["ps1"]),
    ("python", "Python", &["py"]),
    ("ruby", "Ruby", &["rb"]),
    ("rust", "Rust", &["rs"]),
    ("scala", "Scala", &["scala"]),
    ("sql", "SQL", &["sql"]),
    ("swift", "Swift", &["swift"]),
    ("terraform", "Terraform", &["tf", "tfvars"]),
    ("typescript", "TypeScript", &["ts", "tsx", "mts", "cts"]),
    ("vue", "Vue", &["vue"]),
    ("yaml", "YAML", &["yml", "yaml"]),
];

/// Size limits that keep a playbook renderable and the database small. An instance admin can
/// change them (`rulebook limits set`, `PUT /api/v1/admin/limits`); these are the defaults.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Characters in a name.
    pub name: usize,
    /// Characters in a description.
    pub description: usize,
    /// Characters in a command, subagent or skill body.
    pub body: usize,
    /// Characters in one rule.
    pub rule: usize,
    /// Rules per standard.
    pub rules: usize,
    /// Characters in one example snippet.
    pub example: usize,
    /// Examples per rule.
    pub examples_per_rule: usize,
    /// Scope globs per standard.
    pub globs: usize,
    /// Files per skill (besides SKILL.md).
    pub skill_files: usize,
    /// Bytes in one skill file.
    pub skill_file_bytes: usize,
    /// Bytes in all of a skill's files together.
    pub skill_bytes: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            name: 200,
            description: 20_000,
            body: 200_000,
            rule: 2_000,
            rules: 500,
            example: 20_000,
            examples_per_rule: 50,
            globs: 100,
            skill_files: 500,
            skill_file_bytes: 1_000_000,
            skill_bytes: 10_000_000,
        }
    }
}

/// Characters in one scope glob (fixed: globs are paths, not content).
const GLOB_CHARS: usize = 500;
/// Characters in one detector's YAML, and detectors per rule (fixed: a detector is a
/// pattern, not content; `POST …/lint` relies on the cap).
pub const DETECTOR_CHARS: usize = 20_000;
pub const DETECTORS_PER_RULE: usize = 20;

impl Limits {
    /// No configurable size limit: only the rules every site shares (name formats, the Agent
    /// Skills spec's fixed lengths, paths, modes). What the CLI checks in content it renders,
    /// since it cannot know the size limits the server was configured with.
    pub fn unlimited() -> Limits {
        Limits {
            name: usize::MAX,
            description: usize::MAX,
            body: usize::MAX,
            rule: usize::MAX,
            rules: usize::MAX,
            example: usize::MAX,
            examples_per_rule: usize::MAX,
            globs: usize::MAX,
            skill_files: usize::MAX,
            skill_file_bytes: usize::MAX,
            skill_bytes: usize::MAX,
        }
    }

    /// Every limit as (setting name, value), in a stable order.
    pub fn entries(&self) -> [(&'static str, usize); 11] {
        [
            ("name", self.name),
            ("description", self.description),
            ("body", self.body),
            ("rule", self.rule),
            ("rules", self.rules),
            ("example", self.example),
            ("examples_per_rule", self.examples_per_rule),
            ("globs", self.globs),
            ("skill_files", self.skill_files),
            ("skill_file_bytes", self.skill_file_bytes),
            ("skill_bytes", self.skill_bytes),
        ]
    }

    /// Sets one limit by its setting name; values must be 1..=1e9.
    pub fn set(&mut self, name: &str, value: usize) -> Result<(), String> {
        if !(1..=1_000_000_000).contains(&value) {
            return Err(format!("limit {name} must be between 1 and 1000000000"));
        }
        let slot = match name {
            "name" => &mut self.name,
            "description" => &mut self.description,
            "body" => &mut self.body,
            "rule" => &mut self.rule,
            "rules" => &mut self.rules,
            "example" => &mut self.example,
            "examples_per_rule" => &mut self.examples_per_rule,
            "globs" => &mut self.globs,
            "skill_files" => &mut self.skill_files,
            "skill_file_bytes" => &mut self.skill_file_bytes,
            "skill_bytes" => &mut self.skill_bytes,
            _ => return Err(format!("no limit named {name:?}")),
        };
        *slot = value;
        Ok(())
    }
}

impl Content {
    /// The kind of this content.
    pub fn kind(&self) -> Kind {
        match self {
            Content::Standard(_) => Kind::Standard,
            Content::Command(_) => Kind::Command,
            Content::Skill(_) => Kind::Skill,
            Content::Subagent(_) => Kind::Subagent,
            Content::Policy(_) => Kind::Policy,
        }
    }

    /// The display name.
    pub fn name(&self) -> &str {
        match self {
            Content::Standard(s) => &s.name,
            Content::Command(c) => &c.name,
            Content::Skill(s) => &s.name,
            Content::Subagent(a) => &a.name,
            Content::Policy(p) => &p.name,
        }
    }

    /// What full-text search indexes: the name, all other text, and the example languages.
    pub fn search_text(&self) -> (String, String, String) {
        let mut text = String::new();
        let mut push = |s: &str| {
            text.push_str(s);
            text.push('\n');
        };
        let mut languages = std::collections::BTreeSet::new();
        match self {
            Content::Standard(s) => {
                push(&s.description);
                for g in &s.scope {
                    push(g);
                }
                for r in &s.rules {
                    push(&r.text);
                    for e in &r.examples {
                        languages.insert(e.language.clone());
                        push(&e.good);
                        push(&e.bad);
                    }
                }
            }
            Content::Command(c) => {
                push(&c.description);
                push(&c.body);
            }
            Content::Subagent(a) => {
                push(&a.description);
                push(&a.tools.join(" "));
                push(&a.body);
            }
            Content::Policy(p) => {
                push(&p.description);
                for r in &p.permissions {
                    push(&r.pattern);
                }
                for h in &p.hooks {
                    push(&h.command);
                }
            }
            Content::Skill(s) => {
                push(&s.description);
                push(&s.body);
                for f in s.files.iter().filter(|f| !f.base64) {
                    push(&f.path);
                    push(&f.content);
                }
            }
        }
        (
            self.name().to_string(),
            text,
            languages.into_iter().collect::<Vec<_>>().join(" "),
        )
    }

    /// Every problem that makes this content invalid under the default limits.
    pub fn problems(&self) -> Vec<String> {
        self.problems_within(&Limits::default())
    }

    /// Every problem that makes this content invalid under `limits` (empty = valid), as
    /// people read them ("rule 1: text is required").
    pub fn problems_within(&self, limits: &Limits) -> Vec<String> {
        self.field_problems(limits)
            .into_iter()
            .map(|p| p.message)
            .collect()
    }

    /// Every problem under `limits`, each with the machine path of its field.
    pub fn field_problems(&self, limits: &Limits) -> Vec<Problem> {
        let mut p = Problems::default();
        match self {
            Content::Standard(s) => {
                p.text("name", &s.name, 1, limits.name);
                p.text("description", &s.description, 0, limits.description);
                p.count("scope", s.scope.len(), limits.globs);
                for (i, g) in s.scope.iter().enumerate() {
                    p.glob(&format!("scope[{i}]"), g);
                }
                p.count("rules", s.rules.len(), limits.rules);
                for (i, r) in s.rules.iter().enumerate() {
                    p.text(&format!("rules[{i}].text"), &r.text, 1, limits.rule);
                    p.count(
                        &format!("rules[{i}].examples"),
                        r.examples.len(),
                        limits.examples_per_rule,
                    );
                    for (j, e) in r.examples.iter().enumerate() {
                        let at = format!("rules[{i}].examples[{j}]");
                        if !LANGUAGES.iter().any(|l| l.0 == e.language) {
                            p.at(
                                &format!("{at}.language"),
                                format!("{:?} is not one of the supported languages", e.language),
                            );
                        }
                        p.text(&format!("{at}.good"), &e.good, 0, limits.example);
                        p.text(&format!("{at}.bad"), &e.bad, 0, limits.example);
                        if e.good.trim().is_empty() && e.bad.trim().is_empty() {
                            p.at(&at, "needs a good or a bad snippet".into());
                        }
                    }
                    p.count(
                        &format!("rules[{i}].detectors"),
                        r.detectors.len(),
                        DETECTORS_PER_RULE,
                    );
                    for (j, d) in r.detectors.iter().enumerate() {
                        let at = format!("rules[{i}].detectors[{j}]");
                        if !DETECTOR_LANGUAGES.contains(&d.language.as_str()) {
                            p.at(
                                &format!("{at}.language"),
                                format!(
                                    "{:?} is not a language detectors support ({})",
                                    d.language,
                                    DETECTOR_LANGUAGES.join(", ")
                                ),
                            );
                        }
                        p.text(&format!("{at}.yaml"), &d.yaml, 1, DETECTOR_CHARS);
                        // The exported file holds several detectors as YAML documents: a
                        // separator inside one would split it (or smuggle in another).
                        if d.yaml
                            .lines()
                            .any(|l| matches!(l.trim_end(), "---" | "...") || l.starts_with("%"))
                        {
                            p.at(
                                &format!("{at}.yaml"),
                                "one YAML document: no `---`, `...` or `%` directive lines".into(),
                            );
                        }
                    }
                }
            }
            Content::Command(c) => {
                p.text("name", &c.name, 1, limits.name);
                p.text("description", &c.description, 0, limits.description);
                p.text("body", &c.body, 1, limits.body);
            }
            Content::Subagent(a) => {
                p.text("name", &a.name, 1, limits.name);
                p.text("description", &a.description, 1, limits.description);
                p.text("body", &a.body, 1, limits.body);
                p.count("tools", a.tools.len(), 200);
                for (i, t) in a.tools.iter().enumerate() {
                    p.text(&format!("tools[{i}]"), t, 1, 200);
                }
            }
            Content::Policy(x) => {
                p.text("name", &x.name, 1, limits.name);
                p.text("description", &x.description, 0, limits.description);
                for (at, message) in super::policy::problems(x) {
                    p.at(&at, message);
                }
            }
            Content::Skill(s) => {
                if crate::model::names::slug(&s.name).is_err() {
                    p.at(
                        "name",
                        format!(
                            "{:?} must be 1-64 of a-z, 0-9 and single hyphens (Agent Skills spec)",
                            s.name
                        ),
                    );
                }
                p.text("description", &s.description, 1, 1024);
                if let Some(c) = &s.compatibility {
                    p.text("compatibility", c, 1, 500);
                }
                p.text("body", &s.body, 0, limits.body);
                p.count("files", s.files.len(), limits.skill_files);
                for (k, v) in &s.extra {
                    if let Some(problem) = super::skill_md::extra_problem(k, v) {
                        p.add(&format!("extra.{k}"), problem);
                    }
                }
                let mut seen = std::collections::BTreeSet::new();
                let mut total = 0usize;
                for (i, f) in s.files.iter().enumerate() {
                    let at = format!("files[{i}]");
                    if let Err(e) = check_relative_path(&f.path) {
                        p.add(&format!("{at}.path"), format!("file {:?}: {e}", f.path));
                    }
                    if f.path.eq_ignore_ascii_case("SKILL.md") {
                        p.add(
                            &format!("{at}.path"),
                            "SKILL.md is the skill itself, not one of its files".into(),
                        );
                    }
                    if !seen.insert(f.path.clone()) {
                        p.add(
                            &format!("{at}.path"),
                            format!("file {:?} appears twice", f.path),
                        );
                    }
                    if f.mode != 0o644 && f.mode != 0o755 {
                        p.add(&at, format!("file {:?}: mode must be 644 or 755", f.path));
                    }
                    let size = match f.bytes() {
                        Ok(b) => b.len(),
                        Err(e) => {
                            p.add(&format!("{at}.content"), format!("file {:?}: {e}", f.path));
                            0
                        }
                    };
                    total += size;
                    if size > limits.skill_file_bytes {
                        p.add(
                            &format!("{at}.content"),
                            format!(
                                "file {:?} is larger than {} bytes",
                                f.path, limits.skill_file_bytes
                            ),
                        );
                    }
                }
                if total > limits.skill_bytes {
                    p.add(
                        "files",
                        format!(
                            "the skill's files hold more than {} bytes together",
                            limits.skill_bytes
                        ),
                    );
                }
            }
        }
        p.0
    }
}

/// A relative path inside an artifact: no absolute paths, no `..`, no empty or `.` parts, no
/// backslashes or control characters.
pub fn check_relative_path(path: &str) -> Result<(), String> {
    if path.is_empty() || path.len() > 400 {
        return Err("the path must have 1-400 characters".into());
    }
    if path.starts_with('/') || path.contains('\\') || path.contains(':') {
        return Err("absolute paths, backslashes and drive letters are not allowed".into());
    }
    if path.chars().any(char::is_control) {
        return Err("control characters are not allowed".into());
    }
    if path
        .split('/')
        .any(|part| part.is_empty() || part == "." || part == "..")
    {
        return Err("empty, `.` and `..` parts are not allowed".into());
    }
    Ok(())
}

/// One reason content is invalid: the machine path of the field (`rules[0].text`) and the
/// message as people read it, with the field named as the editor shows it ("rule 1: text is
/// required").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub field: String,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

/// A machine path as people read it: `rules[0].examples[1].good` is "rule 1, example 2: good",
/// `rules[2]` is "rule 3", `tools[0]` is "tool 1", `name` stays "name".
pub fn field_label(path: &str) -> String {
    let mut places = Vec::new();
    let mut leaf = None;
    for part in path.split('.') {
        match part.split_once('[') {
            Some((list, rest)) => {
                let n = rest
                    .trim_end_matches(']')
                    .parse::<usize>()
                    .map(|i| format!(" {}", i + 1))
                    .unwrap_or_default();
                let one = match list {
                    "rules" => "rule",
                    "examples" => "example",
                    "tools" => "tool",
                    "files" => "file",
                    "scope" => "scope glob",
                    "permissions" => "permission rule",
                    "hooks" => "hook",
                    other => other,
                };
                places.push(format!("{one}{n}"));
                leaf = None;
            }
            None => {
                if let Some(l) = leaf.replace(part.to_string()) {
                    places.push(l);
                }
            }
        }
    }
    match (places.is_empty(), leaf) {
        (true, Some(l)) => l,
        (false, Some(l)) => format!("{}: {l}", places.join(", ")),
        (_, None) => places.join(", "),
    }
}

#[derive(Default)]
struct Problems(Vec<Problem>);

impl Problems {
    /// A problem whose message already names the thing.
    fn add(&mut self, field: &str, message: String) {
        self.0.push(Problem {
            field: field.to_string(),
            message,
        });
    }
    /// A problem about `field`, named as people read it.
    fn at(&mut self, field: &str, what: String) {
        let message = format!("{} {what}", field_label(field));
        self.add(field, message);
    }
    fn text(&mut self, field: &str, value: &str, min: usize, max: usize) {
        let n = value.chars().count();
        if n < min || value.trim().chars().count() < min {
            self.at(field, "is required".into());
        } else if n > max {
            self.at(field, format!("is longer than {max} characters"));
        }
        if value
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t' && c != '\r')
        {
            self.at(field, "contains control characters".into());
        }
    }
    fn count(&mut self, field: &str, n: usize, max: usize) {
        if n > max {
            self.at(field, format!("has more than {max} entries"));
        }
    }
    fn glob(&mut self, field: &str, g: &str) {
        if g.trim().is_empty()
            || g.len() > GLOB_CHARS
            || g.starts_with('/')
            || g.contains("..")
            || g.contains('\\')
        {
            self.add(
                field,
                format!("scope glob {g:?} must be a relative pattern like src/**/*.rs"),
            );
            return;
        }
        // The same parser that matches scopes (MCP, lint): a glob it cannot compile is refused
        // here, when it is written, not silently ignored later.
        let pattern = g.strip_prefix('!').unwrap_or(g);
        if let Err(e) = globset::GlobBuilder::new(pattern)
            .literal_separator(true)
            .build()
        {
            self.add(
                field,
                format!("scope glob {g:?} is not a valid glob: {}", e.kind()),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn standard() -> Standard {
        Standard {
            name: "Error handling".into(),
            description: "How we handle errors.".into(),
            scope: vec!["src/**/*.rs".into()],
            rules: vec![Rule {
                detectors: Vec::new(),
                text: "Return errors; do not panic on input.".into(),
                severity: Some(Severity::Error),
                examples: vec![Example {
                    language: "rust".into(),
                    good: "x?".into(),
                    bad: "x.unwrap()".into(),
                }],
            }],
        }
    }

    #[test]
    fn valid_standard_and_its_json_shape() {
        let c = Content::Standard(standard());
        assert!(c.problems().is_empty(), "{:?}", c.problems());
        let json = serde_json::to_value(&c).unwrap();
        assert_eq!(json["kind"], "standard");
        assert_eq!(serde_json::from_value::<Content>(json).unwrap(), c);
    }

    #[test]
    fn problems_are_named() {
        let mut s = standard();
        s.name = " ".into();
        s.scope.push("../etc/*".into());
        s.rules[0].examples[0].language = "cobol".into();
        let p = Content::Standard(s.clone()).problems();
        assert_eq!(p.len(), 3, "{p:?}");
        // A glob the matcher cannot compile is refused when written, with the reason.
        s.scope = vec![
            "src/[**".into(),
            "!vendor/**".into(),
            "{src,lib}/**/*.ts".into(),
        ];
        s.name = "ok".into();
        s.rules[0].examples[0].language = "rust".into();
        let p = Content::Standard(s).problems();
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(
            p[0].contains("src/[**") && p[0].contains("unclosed character class"),
            "{p:?}"
        );
        let skill = Content::Skill(Skill {
            name: "Bad Name".into(),
            description: "d".into(),
            compatibility: None,
            extra: BTreeMap::new(),
            body: String::new(),
            files: vec![
                SkillFile {
                    path: "../x".into(),
                    content: String::new(),
                    base64: false,
                    mode: 0o644,
                },
                SkillFile {
                    path: "run.sh".into(),
                    content: String::new(),
                    base64: false,
                    mode: 0o777,
                },
            ],
        });
        assert_eq!(skill.problems().len(), 3, "{:?}", skill.problems());
    }

    #[test]
    fn problems_name_fields_as_people_see_them_and_keep_the_path() {
        assert_eq!(field_label("rules[0].text"), "rule 1: text");
        assert_eq!(
            field_label("rules[0].examples[1].good"),
            "rule 1, example 2: good"
        );
        assert_eq!(field_label("rules[2]"), "rule 3");
        assert_eq!(field_label("tools[0]"), "tool 1");
        assert_eq!(field_label("name"), "name");
        let mut s = standard();
        s.rules[0].text = " ".into();
        s.rules[0].examples[0].language = "cobol".into();
        let p = Content::Standard(s).field_problems(&Limits::default());
        assert_eq!(p.len(), 2, "{p:?}");
        assert_eq!(p[0].field, "rules[0].text");
        assert_eq!(p[0].message, "rule 1: text is required");
        assert_eq!(p[1].field, "rules[0].examples[0].language");
        assert_eq!(
            p[1].message,
            "rule 1, example 1: language \"cobol\" is not one of the supported languages"
        );
    }

    #[test]
    fn paths() {
        for bad in [
            "", "/abs", "a/../b", "a//b", "./a", "a\\b", "c:/x", "a\u{0}b",
        ] {
            assert!(check_relative_path(bad).is_err(), "{bad:?}");
        }
        assert!(check_relative_path("scripts/run.sh").is_ok());
        assert_eq!(Kind::parse("standards"), Some(Kind::Standard));
        assert_eq!(Kind::parse("skill"), Some(Kind::Skill));
        assert_eq!(Kind::parse("x"), None);
        assert_eq!(Kind::parse("policies"), Some(Kind::Policy));
        assert_eq!(Kind::from_plural("policy"), None);
        assert_eq!(Kind::from_plural("subagents"), Some(Kind::Subagent));
        assert_eq!(LANGUAGES.len(), 30);
    }
}
