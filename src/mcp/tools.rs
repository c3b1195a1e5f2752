//! The MCP tools: what they take (`inputSchema`), what they give (`outputSchema`), and how
//! each one reads the playbook through a [`Source`].
//!
//! A tool that cannot do what was asked (a missing standard, a bad argument, a read-only key
//! proposing) answers with a result marked `isError: true` and a sentence the model can act
//! on; only an unknown tool name or malformed `arguments` is a JSON-RPC error. Every result
//! carries `structuredContent` matching the tool's `outputSchema` and the same JSON as text,
//! for clients that read only text.

use serde_json::{Map, Value, json};

use super::protocol::RpcError;
use super::source::{Found, Source, SourceError};
use crate::model::artifact::{Content, Example, Kind, LANGUAGES, Rule, Severity, Standard};
use crate::model::scope::language_of;
use crate::model::wire::{ArtifactIn, content_json, to_content};
use crate::render::{Agent, FileOp, Options, Playbook};

/// Default and largest answer of `rules_for_path`, in bytes of JSON.
const RULES_DEFAULT_BYTES: usize = 32 * 1024;
const RULES_MAX_BYTES: usize = 1024 * 1024;
/// Longest path or query accepted.
const MAX_TEXT: usize = 4096;

/// A tool failure: becomes an `isError` result.
pub(super) struct Failure(pub(super) String);

impl From<SourceError> for Failure {
    fn from(e: SourceError) -> Failure {
        if let SourceError::Internal(detail) = &e {
            log::error!("mcp tool: {detail}");
        }
        Failure(e.to_string())
    }
}

pub(super) type Args = Map<String, Value>;

pub(super) fn obj(props: Value, required: &[&str]) -> Value {
    json!({ "type": "object", "properties": props, "required": required, "additionalProperties": false })
}

pub(super) fn space_prop() -> Value {
    json!({ "type": "string", "description": "Space slug; default: every space you can read, the default space first." })
}

fn listed_schema() -> Value {
    obj(
        json!({
            "items": { "type": "array", "items": obj(json!({
                "space": {"type": "string"}, "slug": {"type": "string"}, "name": {"type": "string"},
                "description": {"type": "string"}, "version": {"type": "integer"}
            }), &["space", "slug", "name", "description", "version"]) },
            "next_cursor": { "anyOf": [{ "type": "string" }, { "type": "null" }] }
        }),
        &["items", "next_cursor"],
    )
}

fn got_schema() -> Value {
    obj(
        json!({
            "kind": {"type": "string"}, "space": {"type": "string"}, "slug": {"type": "string"},
            "version": {"type": "integer"}, "content": {"type": "object"}
        }),
        &["kind", "space", "slug", "version", "content"],
    )
}

fn list_input() -> Value {
    obj(
        json!({
            "space": space_prop(),
            "cursor": {"type": "string", "description": "next_cursor of the previous page"},
            "limit": {"type": "integer", "minimum": 1, "maximum": 500, "default": 100}
        }),
        &[],
    )
}

fn get_input() -> Value {
    obj(
        json!({ "slug": {"type": "string"}, "space": space_prop() }),
        &["slug"],
    )
}

fn examples_schema() -> Value {
    json!({ "type": "array", "items": obj(json!({
        "language": {"type": "string"}, "good": {"type": "string"}, "bad": {"type": "string"}
    }), &["language", "good", "bad"]) })
}

fn proposal_schema() -> Value {
    obj(
        json!({
            "proposal": {"type": "integer"}, "kind": {"type": "string"}, "space": {"type": "string"},
            "slug": {"type": "string"}, "base_version": {"type": "integer"}, "status": {"type": "string"}
        }),
        &[
            "proposal",
            "kind",
            "space",
            "slug",
            "base_version",
            "status",
        ],
    )
}

/// Every tool's definition, for `tools/list` (built once).
pub fn catalog() -> &'static [Value] {
    static CATALOG: std::sync::OnceLock<Vec<Value>> = std::sync::OnceLock::new();
    CATALOG.get_or_init(build_catalog)
}

/// Whether `name` is one of the tools.
pub fn is_tool(name: &str) -> bool {
    catalog().iter().any(|t| t["name"] == name)
}

fn build_catalog() -> Vec<Value> {
    let kinds = json!({ "type": "string", "enum": ["standard", "command", "skill", "subagent"] });
    let agent_ids: Vec<&str> = Agent::ALL.iter().map(|a| a.id()).collect();
    let mut tools = vec![
        json!({
            "name": "rules_for_path",
            "title": "Rules for a file",
            "description": "The standards that apply to a file (by their scope globs), with their rules and the good/bad examples in the file's language. Call it before editing a file.",
            "inputSchema": obj(json!({
                "path": {"type": "string", "description": "Repository-relative path, e.g. src/api/user.ts"},
                "language": {"type": "string", "description": "Example language id; default: from the file extension"},
                "max_bytes": {"type": "integer", "minimum": 1024, "maximum": RULES_MAX_BYTES, "default": RULES_DEFAULT_BYTES},
                "space": space_prop()
            }), &["path"]),
            "outputSchema": obj(json!({
                "path": {"type": "string"},
                "language": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                "standards": {"type": "array", "items": obj(json!({
                    "space": {"type": "string"}, "slug": {"type": "string"}, "name": {"type": "string"},
                    "description": {"type": "string"}, "scope": {"type": "array", "items": {"type": "string"}},
                    "rules": {"type": "array", "items": obj(json!({
                        "text": {"type": "string"}, "severity": {"anyOf": [{"type": "string"}, {"type": "null"}]}, "examples": examples_schema()
                    }), &["text", "severity", "examples"])},
                    "examples_omitted": {"type": "boolean"}
                }), &["space", "slug", "name", "description", "scope", "rules", "examples_omitted"])},
                "omitted": {"type": "array", "items": {"type": "string"}},
                "truncated": {"type": "boolean"},
                "bytes": {"type": "integer"}
            }), &["path", "language", "standards", "omitted", "truncated", "bytes"]),
        }),
        json!({
            "name": "search",
            "title": "Search the playbook",
            "description": "Full-text search over standards, commands, skills and subagents; matches are marked with ⟦ ⟧.",
            "inputSchema": obj(json!({
                "query": {"type": "string"}, "kind": kinds, "space": space_prop(),
                "limit": {"type": "integer", "minimum": 1, "maximum": 50, "default": 10}
            }), &["query"]),
            "outputSchema": obj(json!({
                "query": {"type": "string"},
                "hits": {"type": "array", "items": obj(json!({
                    "kind": {"type": "string"}, "space": {"type": "string"}, "slug": {"type": "string"},
                    "name": {"type": "string"}, "snippet": {"type": "string"}
                }), &["kind", "space", "slug", "name", "snippet"])}
            }), &["query", "hits"]),
        }),
    ];
    for kind in Kind::ALL {
        let (k, ks) = (kind.as_str(), kind.plural());
        tools.push(json!({
            "name": format!("list_{ks}"),
            "title": format!("List {ks}"),
            "description": format!("The {ks} you can read: slug, name, description and version, by slug, a page at a time."),
            "inputSchema": list_input(),
            "outputSchema": listed_schema(),
        }));
        let extra = if kind == Kind::Skill {
            " Files are listed (path, executable, bytes) without their contents: fetch one with get_skill_file."
        } else {
            ""
        };
        tools.push(json!({
            "name": format!("get_{k}"),
            "title": format!("Get a {k}"),
            "description": format!("One {k}'s current content.{extra}"),
            "inputSchema": get_input(),
            "outputSchema": got_schema(),
        }));
    }
    tools.extend([
        json!({
            "name": "get_skill_file",
            "title": "Get a skill's file",
            "description": "One file of a skill (text, or base64 for binary files).",
            "inputSchema": obj(json!({ "slug": {"type": "string"}, "path": {"type": "string"}, "space": space_prop() }), &["slug", "path"]),
            "outputSchema": obj(json!({
                "space": {"type": "string"}, "slug": {"type": "string"}, "path": {"type": "string"},
                "executable": {"type": "boolean"}, "base64": {"type": "boolean"}, "content": {"type": "string"}
            }), &["space", "slug", "path", "executable", "base64", "content"]),
        }),
        json!({
            "name": "list_packages",
            "title": "List packages",
            "description": "Packages (named sets of artifacts with releases) and their newest release.",
            "inputSchema": obj(json!({ "space": space_prop() }), &[]),
            "outputSchema": obj(json!({ "items": {"type": "array", "items": obj(json!({
                "space": {"type": "string"}, "slug": {"type": "string"}, "name": {"type": "string"},
                "description": {"type": "string"}, "latest": {"anyOf": [{"type": "string"}, {"type": "null"}]}
            }), &["space", "slug", "name", "description", "latest"])} }), &["items"]),
        }),
        json!({
            "name": "get_package",
            "title": "Get a package",
            "description": "A package: what it holds and its releases, newest first.",
            "inputSchema": get_input(),
            "outputSchema": obj(json!({
                "space": {"type": "string"}, "slug": {"type": "string"}, "name": {"type": "string"}, "description": {"type": "string"},
                "items": {"type": "array", "items": obj(json!({ "kind": {"type": "string"}, "slug": {"type": "string"} }), &["kind", "slug"])},
                "releases": {"type": "array", "items": obj(json!({ "version": {"type": "string"}, "created_at": {"type": "string"} }), &["version", "created_at"])}
            }), &["space", "slug", "name", "description", "items", "releases"]),
        }),
        json!({
            "name": "get_release",
            "title": "Get a release",
            "description": "The artifacts (kind, slug, version) a package release pins; default: the newest release.",
            "inputSchema": obj(json!({ "package": {"type": "string"}, "release": {"type": "string"}, "space": space_prop() }), &["package"]),
            "outputSchema": obj(json!({
                "space": {"type": "string"}, "package": {"type": "string"}, "version": {"type": "string"},
                "artifacts": {"type": "array", "items": obj(json!({ "kind": {"type": "string"}, "slug": {"type": "string"}, "version": {"type": "integer"} }), &["kind", "slug", "version"])}
            }), &["space", "package", "version", "artifacts"]),
        }),
        json!({
            "name": "render_package",
            "title": "Render a package for agents",
            "description": "The files `rulebook install` would write for a package release and the given agents, for agents that cannot run the CLI, under the organization's install policy (agents and packages it refuses are refused; its never-read paths, hooks choice and allow_rules apply). Sections are Rulebook's part of a shared file (AGENTS.md, ...): merge them between their markers.",
            "inputSchema": obj(json!({
                "package": {"type": "string"}, "release": {"type": "string"}, "space": space_prop(),
                "agents": {"type": "array", "minItems": 1, "items": {"type": "string", "enum": agent_ids}},
                "path": {"type": "string", "description": "Folder inside the repository to render under (monorepos)"}
            }), &["package", "agents"]),
            "outputSchema": obj(json!({
                "space": {"type": "string"}, "package": {"type": "string"}, "version": {"type": "string"},
                "files": {"type": "array", "items": obj(json!({
                    "path": {"type": "string"}, "executable": {"type": "boolean"}, "section": {"type": "boolean"}, "content": {"type": "string"}
                }), &["path", "executable", "section", "content"])},
                "notes": {"type": "array", "items": {"type": "string"}}
            }), &["space", "package", "version", "files", "notes"]),
        }),
        json!({
            "name": "propose_change",
            "title": "Propose a change",
            "description": "Proposes a new content for an artifact (the whole content, in the shape get_* returns). A person reviews and accepts or rejects it; nothing changes until then.",
            "inputSchema": obj(json!({
                "kind": kinds, "slug": {"type": "string"}, "space": space_prop(),
                "content": {"type": "object"},
                "message": {"type": "string", "maxLength": 1000}
            }), &["kind", "slug", "content"]),
            "outputSchema": proposal_schema(),
        }),
        json!({
            "name": "add_rule",
            "title": "Propose a new rule",
            "description": "Proposes adding one rule (with optional examples) to a standard, for review. Needs a key with mcp:write.",
            "inputSchema": obj(json!({
                "standard": {"type": "string"}, "space": space_prop(), "text": {"type": "string"},
                "severity": {"type": "string", "enum": ["error", "warning"]},
                "examples": examples_schema(),
                "message": {"type": "string", "maxLength": 1000}
            }), &["standard", "text"]),
            "outputSchema": proposal_schema(),
        }),
        json!({
            "name": "create_standard",
            "title": "Propose a new standard",
            "description": "Proposes a new standard (name, description, scope globs, rules with examples) for review; it exists once a person accepts it. Needs a key with mcp:write.",
            "inputSchema": obj(json!({
                "name": {"type": "string"}, "description": {"type": "string"},
                "scope": {"type": "array", "items": {"type": "string"}},
                "rules": {"type": "array", "minItems": 1, "items": obj(json!({
                    "text": {"type": "string"}, "severity": {"type": "string", "enum": ["error", "warning"]},
                    "examples": examples_schema()
                }), &["text"])},
                "slug": {"type": "string"}, "space": {"type": "string", "description": "Space slug; default: the default space"},
                "message": {"type": "string", "maxLength": 1000}
            }), &["name", "description", "rules"]),
            "outputSchema": proposal_schema(),
        }),
    ]);
    tools.push(super::lint_tool::definition());
    tools
}

/// Runs tool `name`; `Err` only for an unknown tool (a protocol error).
pub fn call(source: &dyn Source, name: &str, args: &Args) -> Result<Value, RpcError> {
    let out = match name {
        "rules_for_path" => rules_for_path(source, args),
        "search" => search(source, args),
        "get_skill_file" => skill_file(source, args),
        "list_packages" => list_packages(source, args),
        "get_package" => get_package(source, args),
        "get_release" => get_release(source, args),
        "render_package" => render_package(source, args),
        "propose_change" => propose_change(source, args),
        "add_rule" => add_rule(source, args),
        "create_standard" => create_standard(source, args),
        "lint_snippet" => super::lint_tool::call(source, args),
        _ => {
            if let Some(kind) = name.strip_prefix("list_").and_then(Kind::from_plural) {
                list(source, kind, args)
            } else if let Some(kind) = name.strip_prefix("get_").and_then(Kind::parse) {
                get(source, kind, args)
            } else {
                return Err(RpcError::invalid_params(format!(
                    "Unknown tool: {}",
                    super::protocol::printable(name, 80)
                )));
            }
        }
    };
    Ok(match out {
        Ok(structured) => json!({
            "content": [{ "type": "text", "text": structured.to_string() }],
            "structuredContent": structured,
            "isError": false,
        }),
        Err(Failure(why)) => json!({
            "content": [{ "type": "text", "text": why }],
            "isError": true,
        }),
    })
}

// ---- arguments ----

pub(super) fn only(args: &Args, allowed: &[&str]) -> Result<(), Failure> {
    match args.keys().find(|k| !allowed.contains(&k.as_str())) {
        Some(k) => Err(Failure(format!(
            "unknown argument {:?}; this tool takes {}",
            super::protocol::printable(k, 40),
            allowed.join(", ")
        ))),
        None => Ok(()),
    }
}

fn text<'a>(args: &'a Args, name: &str) -> Result<Option<&'a str>, Failure> {
    match args.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if s.len() <= MAX_TEXT => Ok(Some(s.as_str())),
        Some(Value::String(_)) => Err(Failure(format!("{name} is longer than {MAX_TEXT} bytes"))),
        Some(_) => Err(Failure(format!("{name} must be a string"))),
    }
}

pub(super) fn required<'a>(args: &'a Args, name: &str) -> Result<&'a str, Failure> {
    text(args, name)?
        .filter(|s| !s.trim().is_empty())
        .ok_or_else(|| Failure(format!("{name} is required")))
}

fn number(args: &Args, name: &str, default: usize, lo: usize, hi: usize) -> Result<usize, Failure> {
    match args.get(name) {
        None | Some(Value::Null) => Ok(default),
        Some(v) => v
            .as_u64()
            .map(|n| n as usize)
            .filter(|n| (lo..=hi).contains(n))
            .ok_or_else(|| Failure(format!("{name} must be an integer from {lo} to {hi}"))),
    }
}

fn kind_arg(args: &Args, name: &str) -> Result<Option<Kind>, Failure> {
    match text(args, name)? {
        None => Ok(None),
        Some(k) => Kind::parse(k).map(Some).ok_or_else(|| {
            Failure(format!(
                "{name} must be standard, command, skill, subagent or policy"
            ))
        }),
    }
}

/// The spaces a call covers: the named one (if readable) or every readable one.
pub(super) fn spaces(source: &dyn Source, args: &Args) -> Result<Vec<String>, Failure> {
    let all = source.spaces()?;
    match text(args, "space")? {
        None => Ok(all),
        Some(s) if all.iter().any(|a| a == s) => Ok(vec![s.to_string()]),
        Some(s) => Err(Failure(format!(
            "no space {:?} that you can read",
            super::protocol::printable(s, 64)
        ))),
    }
}

/// The first of the covered spaces that holds `kind`/`slug`.
fn find(source: &dyn Source, kind: Kind, slug: &str, args: &Args) -> Result<Found, Failure> {
    for space in spaces(source, args)? {
        if let Some(f) = source.get(kind, &space, slug)? {
            return Ok(f);
        }
    }
    Err(Failure(format!(
        "no {} {:?} that you can read (list_{}s shows what there is)",
        kind.as_str(),
        super::protocol::printable(slug, 64),
        kind.as_str()
    )))
}

// ---- tools ----

fn severity(s: Option<Severity>) -> Value {
    match s {
        Some(Severity::Error) => json!("error"),
        Some(Severity::Warning) => json!("warning"),
        None => Value::Null,
    }
}

fn rule_json(r: &Rule, language: Option<&str>, with_examples: bool) -> Value {
    let examples: Vec<Value> = if with_examples {
        r.examples
            .iter()
            .filter(|e| Some(e.language.as_str()) == language)
            .map(|e| json!({ "language": e.language, "good": e.good, "bad": e.bad }))
            .collect()
    } else {
        Vec::new()
    };
    json!({ "text": r.text, "severity": severity(r.severity), "examples": examples })
}

fn standard_json(
    space: &str,
    slug: &str,
    s: &Standard,
    language: Option<&str>,
    examples: bool,
) -> Value {
    json!({
        "space": space, "slug": slug, "name": s.name, "description": s.description, "scope": s.scope,
        "rules": s.rules.iter().map(|r| rule_json(r, language, examples)).collect::<Vec<_>>(),
        "examples_omitted": !examples && s.rules.iter().any(|r| !r.examples.is_empty()),
    })
}

/// Bytes of `v` as compact JSON, without building the string.
fn json_len(v: &Value) -> usize {
    struct Count(usize);
    impl std::io::Write for Count {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            self.0 += b.len();
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut c = Count(0);
    let _ = serde_json::to_writer(&mut c, v);
    c.0
}

/// Fewer bytes than a standard's entry can take even without examples.
fn lean_lower_bound(slug: &str, s: &Standard) -> usize {
    slug.len()
        + s.name.len()
        + s.description.len()
        + s.scope.iter().map(String::len).sum::<usize>()
        + s.rules.iter().map(|r| r.text.len()).sum::<usize>()
}

fn rules_for_path(source: &dyn Source, args: &Args) -> Result<Value, Failure> {
    only(args, &["path", "language", "max_bytes", "space"])?;
    let path = required(args, "path")?;
    if path.contains('\0') {
        return Err(Failure("path must not contain NUL".into()));
    }
    let language = match text(args, "language")? {
        Some(l) => Some(
            LANGUAGES
                .iter()
                .find(|(id, _, _)| *id == l)
                .map(|(id, _, _)| *id)
                .ok_or_else(|| {
                    Failure(format!(
                        "unknown language {:?}",
                        super::protocol::printable(l, 40)
                    ))
                })?,
        ),
        None => language_of(path),
    };
    let budget = number(
        args,
        "max_bytes",
        RULES_DEFAULT_BYTES,
        1024,
        RULES_MAX_BYTES,
    )?;
    let mut standards = Vec::new();
    let mut omitted = Vec::new();
    let mut bytes = 200 + path.len();
    for space in spaces(source, args)? {
        let ix = source.scope_index(&space)?;
        for i in ix.matching(path) {
            let (slug, s) = &ix.standards[i];
            // Full, else without examples, else left out (named in `omitted`). Once what is
            // left of the budget cannot hold even this standard's text, nothing is built.
            if bytes + lean_lower_bound(slug, s) > budget {
                omitted.push(format!("{space}/{slug}"));
                continue;
            }
            let full = standard_json(&space, slug, s, language, true);
            let n = json_len(&full);
            if bytes + n <= budget {
                bytes += n;
                standards.push(full);
                continue;
            }
            let lean = standard_json(&space, slug, s, language, false);
            let n = json_len(&lean);
            if bytes + n <= budget {
                bytes += n;
                standards.push(lean);
            } else {
                omitted.push(format!("{space}/{slug}"));
            }
        }
    }
    let truncated = !omitted.is_empty()
        || standards
            .iter()
            .any(|s| s["examples_omitted"] == json!(true));
    Ok(json!({
        "path": path, "language": language, "standards": standards, "omitted": omitted,
        "truncated": truncated, "bytes": bytes,
    }))
}

fn search(source: &dyn Source, args: &Args) -> Result<Value, Failure> {
    only(args, &["query", "kind", "space", "limit"])?;
    let query = required(args, "query")?;
    let kind = kind_arg(args, "kind")?;
    let limit = number(args, "limit", 10, 1, 50)?;
    let spaces = spaces(source, args)?;
    let hits = source.search(query, kind, &spaces, limit)?;
    let hits: Vec<Value> = hits
        .iter()
        .map(|h| json!({ "kind": h.kind.as_str(), "space": h.space, "slug": h.slug, "name": h.name, "snippet": h.snippet }))
        .collect();
    Ok(json!({ "query": query, "hits": hits }))
}

fn list(source: &dyn Source, kind: Kind, args: &Args) -> Result<Value, Failure> {
    only(args, &["space", "cursor", "limit"])?;
    let limit = number(args, "limit", 100, 1, 500)?;
    let spaces = spaces(source, args)?;
    let (mut at, mut after) = match text(args, "cursor")? {
        None => (0, None),
        Some(c) => {
            let (space, slug) = c
                .split_once(':')
                .ok_or_else(|| Failure("cursor is not one this server gave".into()))?;
            let at = spaces
                .iter()
                .position(|s| s == space)
                .ok_or_else(|| Failure("cursor is not one this server gave".into()))?;
            (at, Some(slug.to_string()))
        }
    };
    let mut items = Vec::new();
    let mut next = None;
    while at < spaces.len() {
        let want = limit - items.len();
        let page = source.list(kind, &spaces[at], after.as_deref(), want + 1)?;
        let more = page.len() > want;
        for l in page.into_iter().take(want) {
            items.push(l);
        }
        if more {
            let last = items.last().map(|l| l.slug.clone()).unwrap_or_default();
            next = Some(format!("{}:{last}", spaces[at]));
            break;
        }
        at += 1;
        after = None;
        if items.len() == limit {
            if at < spaces.len() {
                // The next page starts at the next space's beginning.
                next = Some(format!("{}:", spaces[at]));
            }
            break;
        }
    }
    let items: Vec<Value> = items
        .iter()
        .map(|l| json!({ "space": l.space, "slug": l.slug, "name": l.name, "description": l.description, "version": l.version }))
        .collect();
    Ok(json!({ "items": items, "next_cursor": next }))
}

fn get(source: &dyn Source, kind: Kind, args: &Args) -> Result<Value, Failure> {
    only(args, &["slug", "space"])?;
    let f = find(source, kind, required(args, "slug")?, args)?;
    let mut content = content_json(&f.content);
    if let Content::Skill(s) = &f.content {
        content["files"] = s
            .files
            .iter()
            .map(|file| {
                let size = file.bytes().map(|b| b.len()).unwrap_or(0);
                json!({ "path": file.path, "executable": file.mode == 0o755, "bytes": size })
            })
            .collect();
    }
    Ok(
        json!({ "kind": kind.as_str(), "space": f.space, "slug": f.slug, "version": f.version, "content": content }),
    )
}

fn skill_file(source: &dyn Source, args: &Args) -> Result<Value, Failure> {
    only(args, &["slug", "path", "space"])?;
    let f = find(source, Kind::Skill, required(args, "slug")?, args)?;
    let path = required(args, "path")?;
    let Content::Skill(s) = &f.content else {
        return Err(Failure("not a skill".into()));
    };
    let file = s.files.iter().find(|x| x.path == path).ok_or_else(|| {
        Failure(format!(
            "skill {} has no file {:?} (get_skill lists its files)",
            f.slug,
            super::protocol::printable(path, 200)
        ))
    })?;
    Ok(json!({
        "space": f.space, "slug": f.slug, "path": file.path, "executable": file.mode == 0o755,
        "base64": file.base64, "content": file.content,
    }))
}

fn list_packages(source: &dyn Source, args: &Args) -> Result<Value, Failure> {
    only(args, &["space"])?;
    let mut items = Vec::new();
    for space in spaces(source, args)? {
        for p in source.packages(&space)? {
            items.push(json!({
                "space": p.space, "slug": p.slug, "name": p.name, "description": p.description,
                "latest": p.releases.first().map(|r| r.0.clone()),
            }));
        }
    }
    Ok(json!({ "items": items }))
}

fn package(
    source: &dyn Source,
    args: &Args,
    slug: &str,
) -> Result<super::source::PackageInfo, Failure> {
    for space in spaces(source, args)? {
        if let Some(p) = source
            .packages(&space)?
            .into_iter()
            .find(|p| p.slug == slug)
        {
            return Ok(p);
        }
    }
    Err(Failure(format!(
        "no package {:?} that you can read (list_packages shows what there is)",
        super::protocol::printable(slug, 64)
    )))
}

fn get_package(source: &dyn Source, args: &Args) -> Result<Value, Failure> {
    only(args, &["slug", "space"])?;
    let p = package(source, args, required(args, "slug")?)?;
    Ok(json!({
        "space": p.space, "slug": p.slug, "name": p.name, "description": p.description,
        "items": p.items.iter().map(|(k, s)| json!({ "kind": k.as_str(), "slug": s })).collect::<Vec<_>>(),
        "releases": p.releases.iter().map(|(v, at)| json!({ "version": v, "created_at": at })).collect::<Vec<_>>(),
    }))
}

/// A package's release: `(space, version, items)`.
fn release(
    source: &dyn Source,
    args: &Args,
) -> Result<(String, String, super::source::ReleaseItems), Failure> {
    let slug = required(args, "package")?;
    let p = package(source, args, slug)?;
    let wanted = text(args, "release")?;
    let (version, items) = source.release(&p.space, slug, wanted)?.ok_or_else(|| {
        Failure(match wanted {
            Some(v) => format!(
                "package {slug} has no release {:?} (get_package lists them)",
                super::protocol::printable(v, 40)
            ),
            None => format!("package {slug} has no release yet"),
        })
    })?;
    Ok((p.space, version, items))
}

fn get_release(source: &dyn Source, args: &Args) -> Result<Value, Failure> {
    only(args, &["package", "release", "space"])?;
    let (space, version, items) = release(source, args)?;
    let artifacts: Vec<Value> = items
        .iter()
        .map(|(slug, v, c)| json!({ "kind": c.kind().as_str(), "slug": slug, "version": v }))
        .collect();
    Ok(
        json!({ "space": space, "package": required(args, "package")?, "version": version, "artifacts": artifacts }),
    )
}

fn render_package(source: &dyn Source, args: &Args) -> Result<Value, Failure> {
    only(args, &["package", "release", "space", "agents", "path"])?;
    let agents = match args.get("agents") {
        Some(Value::Array(a)) if !a.is_empty() => a
            .iter()
            .map(|v| {
                v.as_str().and_then(Agent::parse).ok_or_else(|| {
                    Failure(format!(
                        "unknown agent {v}; known: {}",
                        Agent::ALL
                            .iter()
                            .map(|a| a.id())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ))
                })
            })
            .collect::<Result<Vec<_>, _>>()?,
        _ => {
            return Err(Failure(
                "agents must be a non-empty list of agent ids".into(),
            ));
        }
    };
    let prefix = match text(args, "path")? {
        None | Some("") | Some(".") => String::new(),
        Some(p) => {
            let p = p.trim_matches('/');
            crate::model::artifact::check_relative_path(p).map_err(Failure)?;
            format!("{p}/")
        }
    };
    let (space, version, items) = release(source, args)?;
    // The organization's install policy applies as to an install from the server: agents and
    // packages it does not allow are refused; its cap, never_read paths, hooks choice and
    // allow_rules shape the files (a repository's own rulebook.json is not known here).
    let org = source.install_policy()?;
    let layers = [crate::install::policy::Layer {
        source: crate::install::policy::ORG_LAYER,
        policy: &org,
    }];
    let ids = Agent::ids(&agents);
    let package_key = format!("{space}/{}", required(args, "package")?);
    let refused = crate::install::policy::check(
        &layers,
        &crate::install::policy::Subject {
            agents: &ids,
            packages: std::slice::from_ref(&package_key),
            findings: &[],
        },
    );
    if let Some(v) = refused.first() {
        return Err(Failure(format!("refused by {}: {}", v.source, v.message)));
    }
    let repo_policy = crate::install::policy::repo_policy(&layers);
    let mut playbook = Playbook::default();
    for (slug, _, c) in items {
        match c {
            Content::Standard(s) => playbook.standards.push((slug, s)),
            Content::Command(c) => playbook.commands.push((slug, c)),
            Content::Skill(s) => playbook.skills.push((slug, s)),
            Content::Subagent(a) => playbook.subagents.push((slug, a)),
            Content::Policy(a) => playbook.policies.push((slug, a)),
        }
    }
    let playbook = playbook.sorted();
    let out = crate::render::render(
        &playbook,
        &Options {
            agents,
            always_on_cap: crate::install::policy::effective_cap(&layers, None),
            never_read: repo_policy.never_read,
            run_hooks: repo_policy.hooks,
            refuse_allows: repo_policy.refuse_allows,
            ..Default::default()
        },
    )
    .map_err(|e| Failure(e.to_string()))?;
    let files: Vec<Value> = out
        .ops
        .iter()
        .map(|op| {
            let (exec, section) = match op {
                FileOp::Write { mode, .. } => (*mode == 0o755, false),
                FileOp::Section { .. } => (false, true),
            };
            json!({
                "path": format!("{prefix}{}", op.path()), "executable": exec, "section": section,
                "content": String::from_utf8_lossy(op.bytes()),
            })
        })
        .collect();
    Ok(json!({
        "space": space, "package": required(args, "package")?, "version": version,
        "files": files, "notes": out.notes,
    }))
}

fn message(args: &Args, default: &str) -> Result<String, Failure> {
    let m = text(args, "message")?.unwrap_or(default);
    if m.chars().count() > 1000 {
        return Err(Failure("message is longer than 1000 characters".into()));
    }
    Ok(m.to_string())
}

fn proposed(
    source: &dyn Source,
    f: &Found,
    content: &Content,
    message: &str,
) -> Result<Value, Failure> {
    let problems = content.problems();
    if !problems.is_empty() {
        return Err(Failure(problems.join("; ")));
    }
    if *content == f.content {
        return Err(Failure(
            "the proposed content is the same as the current one".into(),
        ));
    }
    let id = source.propose(&f.space, f, content, message)?;
    Ok(json!({
        "proposal": id, "kind": f.content.kind().as_str(), "space": f.space, "slug": f.slug,
        "base_version": f.version, "status": "open",
    }))
}

fn propose_change(source: &dyn Source, args: &Args) -> Result<Value, Failure> {
    only(args, &["kind", "slug", "space", "content", "message"])?;
    let kind = kind_arg(args, "kind")?.ok_or_else(|| Failure("kind is required".into()))?;
    let f = find(source, kind, required(args, "slug")?, args)?;
    let raw = match args.get("content") {
        Some(v @ Value::Object(_)) => v.clone(),
        _ => {
            return Err(Failure(
                "content must be an object (the shape get_* returns)".into(),
            ));
        }
    };
    let mut raw = raw;
    if let Value::Object(m) = &mut raw {
        // What get_skill adds for reading, and get_* fields that are not content.
        m.remove("slug");
        m.remove("message");
    }
    let body: ArtifactIn =
        serde_json::from_value(raw).map_err(|e| Failure(format!("content: {e}")))?;
    let content = to_content(kind, body).map_err(Failure)?;
    proposed(
        source,
        &f,
        &content,
        &message(args, "Proposed by an agent over MCP")?,
    )
}

fn add_rule(source: &dyn Source, args: &Args) -> Result<Value, Failure> {
    only(
        args,
        &[
            "standard", "space", "text", "severity", "examples", "message",
        ],
    )?;
    if !source.can_write() {
        return Err(Failure(
            "add_rule needs a key with the mcp:write scope; propose_change works with mcp:read"
                .into(),
        ));
    }
    let f = find(source, Kind::Standard, required(args, "standard")?, args)?;
    let Content::Standard(mut s) = f.content.clone() else {
        return Err(Failure("not a standard".into()));
    };
    let severity = match text(args, "severity")? {
        None => None,
        Some("error") => Some(Severity::Error),
        Some("warning") => Some(Severity::Warning),
        Some(_) => return Err(Failure("severity must be error or warning".into())),
    };
    let examples = match args.get("examples") {
        None | Some(Value::Null) => Vec::new(),
        Some(v) => serde_json::from_value::<Vec<Map<String, Value>>>(v.clone())
            .map_err(|_| Failure("examples must be a list of {language, good, bad}".into()))?
            .into_iter()
            .map(|e| {
                let field = |k: &str| e.get(k).and_then(Value::as_str).unwrap_or("").to_string();
                Example {
                    language: field("language"),
                    good: field("good"),
                    bad: field("bad"),
                }
            })
            .collect(),
    };
    s.rules.push(Rule {
        detectors: Vec::new(),
        text: required(args, "text")?.to_string(),
        severity,
        examples,
    });
    let default = format!("Add a rule to {}", f.slug);
    proposed(source, &f, &Content::Standard(s), &message(args, &default)?)
}

fn create_standard(source: &dyn Source, args: &Args) -> Result<Value, Failure> {
    only(
        args,
        &[
            "name",
            "description",
            "scope",
            "rules",
            "slug",
            "space",
            "message",
        ],
    )?;
    if !source.can_write() {
        return Err(Failure(
            "create_standard needs a key with the mcp:write scope".into(),
        ));
    }
    let space = match spaces(source, args)?.into_iter().next() {
        Some(s) => s,
        None => return Err(Failure("no space that you can read".into())),
    };
    let mut body = Map::new();
    for k in ["name", "description", "scope", "rules"] {
        if let Some(v) = args.get(k) {
            body.insert(k.to_string(), v.clone());
        }
    }
    let body: ArtifactIn = serde_json::from_value(Value::Object(body))
        .map_err(|e| Failure(format!("standard: {e}")))?;
    let content = to_content(Kind::Standard, body).map_err(Failure)?;
    let problems = content.problems();
    if !problems.is_empty() {
        return Err(Failure(problems.join("; ")));
    }
    let slug = match text(args, "slug")? {
        Some(s) => crate::model::names::slug(s)
            .map_err(|e| Failure(e.to_string()))?
            .to_string(),
        None => crate::model::names::slugify(content.name()),
    };
    let default = format!("New standard {slug}");
    let id = source.propose_new(&space, &slug, &content, &message(args, &default)?)?;
    Ok(json!({
        "proposal": id, "kind": "standard", "space": space, "slug": slug, "base_version": 0, "status": "open",
    }))
}
