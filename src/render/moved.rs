//! User-scope folders an agent reads from somewhere else than its usual place, because the
//! developer said so in the agent's own environment variable (Codex's `$CODEX_HOME`, whose
//! default is `~/.codex`). The renderer knows each agent's usual home places; an install at
//! user scope moves what lands under such a folder to where this developer's agent reads it,
//! and the lock records the moved paths, so `update`, `status` and `uninstall` follow them
//! (a folder moved again between installs: the old files are removed as no longer rendered).
//! The renderer places files there itself, so links from them to `~/.rulebook/` and the
//! agents' own size limits are computed for where they land.
//!
//! Pure: the CLI reads the environment and the home folder, and checks the place
//! ([`Moves::from_env_value`]); this module only rewrites paths.

use crate::render::Agent;

/// `(usual folder, this developer's folder)` pairs, both relative to the home folder and
/// ending in `/`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Moves(Vec<(String, String)>);

/// One move a variable asks for: `(usual folder, this developer's folder)`, `None` for the
/// usual place, or why it cannot be followed.
pub type Asked = Result<Option<(String, String)>, String>;

/// An agent's user-scope folder that its environment variable moves: `(variable, usual
/// folder, agent)`. Codex: "CODEX_HOME ... defaults to ~/.codex".
pub const MOVABLE: &[(&str, &str, Agent)] = &[("CODEX_HOME", ".codex/", Agent::Codex)];

impl Moves {
    pub fn none() -> Moves {
        Moves::default()
    }

    /// The move `variable` asks for, given its value and the home folder (both absolute,
    /// lexically). `Ok(None)`: the usual place (or a variable this table does not know).
    /// An error says why the value cannot be used for a user-scope install.
    pub fn from_env_value(variable: &str, value: &str, home: &std::path::Path) -> Asked {
        let Some((_, usual, _)) = MOVABLE.iter().find(|(v, _, _)| *v == variable) else {
            return Ok(None);
        };
        let path = std::path::Path::new(value);
        if !path.is_absolute() {
            return Err(format!(
                "{variable} is {value:?}, not an absolute path: set it to the folder's full path"
            ));
        }
        let inside = path.strip_prefix(home).map_err(|_| {
            format!(
                "{variable} is {value}, outside your home folder {}: rulebook install --global \
                 writes only under the home folder; unset {variable} or point it inside",
                home.display()
            )
        })?;
        let mut rel = Vec::new();
        for c in inside.components() {
            match c {
                std::path::Component::Normal(s) => match s.to_str() {
                    Some(s) => rel.push(s),
                    None => return Err(format!("{variable} is not valid UTF-8 text")),
                },
                std::path::Component::CurDir => {}
                _ => {
                    return Err(format!(
                        "{variable} is {value}: a path with `..` is not accepted; give the \
                         folder's plain full path"
                    ));
                }
            }
        }
        if rel.is_empty() {
            return Err(format!(
                "{variable} is your home folder itself: point it at a folder inside it"
            ));
        }
        let to = format!("{}/", rel.join("/"));
        if to == *usual {
            return Ok(None);
        }
        check_target(usual, &to).map_err(|why| format!("{variable} is {value}: {why}"))?;
        Ok(Some((usual.to_string(), to)))
    }

    /// The moves a lock recorded, if each is one [`Moves::from_env_value`] could have made.
    /// `None` otherwise (an edited lock; nothing it names is touched).
    pub fn recorded(map: &std::collections::BTreeMap<String, String>) -> Option<Moves> {
        let mut moves = Moves::none();
        for (from, to) in map {
            let known = MOVABLE.iter().any(|(_, usual, _)| usual == from);
            if !known || to == from || check_target(from, to).is_err() {
                return None;
            }
            moves.push((from.clone(), to.clone()));
        }
        Some(moves)
    }

    /// The form a lock records ([`Moves::recorded`] reads it back).
    pub fn recorded_form(&self) -> std::collections::BTreeMap<String, String> {
        self.0.iter().cloned().collect()
    }

    /// The folders `earlier` moved files to that these moves no longer use: what an install
    /// finds there from before is removed only if unchanged, even with `--force`.
    pub fn left_behind(&self, earlier: &std::collections::BTreeMap<String, String>) -> Vec<String> {
        earlier
            .values()
            .filter(|to| !self.0.iter().any(|(_, now)| now == *to))
            .cloned()
            .collect()
    }

    pub fn push(&mut self, from_to: (String, String)) {
        self.0.push(from_to);
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Where `path` (as rendered for the home folder) goes.
    pub fn place(&self, path: &str) -> String {
        for (from, to) in &self.0 {
            if let Some(rest) = path.strip_prefix(from.as_str()) {
                return format!("{to}{rest}");
            }
        }
        path.to_string()
    }

    /// The rendered path that [`Moves::place`] put at `path` (reports look up which agent
    /// wrote a file by its rendered path).
    pub fn rendered(&self, path: &str) -> String {
        for (from, to) in &self.0 {
            if let Some(rest) = path.strip_prefix(to.as_str()) {
                return format!("{from}{rest}");
            }
        }
        path.to_string()
    }
}

/// Where a folder of the home folder may be moved to: a plain relative folder (`a/b/`), with
/// no `.git` or `.rulebook` part (Rulebook's own state), not on another agent's place.
fn check_target(usual: &str, to: &str) -> Result<(), String> {
    let Some(body) = to.strip_suffix('/') else {
        return Err("not a folder".into());
    };
    let parts: Vec<&str> = body.split('/').collect();
    if body.is_empty()
        || to.starts_with('/')
        || to.contains('\\')
        || parts
            .iter()
            .any(|c| c.is_empty() || *c == "." || *c == "..")
    {
        return Err("not a plain folder of the home folder".into());
    }
    if let Some(c) = parts
        .iter()
        .find(|c| c.eq_ignore_ascii_case(".git") || c.eq_ignore_ascii_case(".rulebook"))
    {
        return Err(format!(
            "a folder inside `{c}` is not accepted (Rulebook's own state, or a repository's)"
        ));
    }
    if crate::render::agents::overlaps_home_places(to, usual) {
        return Err("another agent's files live there; point it at a folder of its own".into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn codex_home_inside_the_home_folder_moves_codex_files_only() {
        let home = Path::new("/home/dev");
        let m = |v: &str| Moves::from_env_value("CODEX_HOME", v, home);
        assert_eq!(m("/home/dev/.codex"), Ok(None));
        assert_eq!(m("/home/dev/.codex/"), Ok(None));
        let to = m("/home/dev/work/codex").unwrap().unwrap();
        assert_eq!(to, (".codex/".to_string(), "work/codex/".to_string()));
        let mut moves = Moves::none();
        moves.push(to);
        assert_eq!(moves.place(".codex/AGENTS.md"), "work/codex/AGENTS.md");
        assert_eq!(
            moves.place(".codex/agents/a.toml"),
            "work/codex/agents/a.toml"
        );
        assert_eq!(moves.place(".claude/CLAUDE.md"), ".claude/CLAUDE.md");
        assert_eq!(moves.place(".codexx/a"), ".codexx/a");
        assert_eq!(moves.rendered("work/codex/AGENTS.md"), ".codex/AGENTS.md");
        assert_eq!(moves.rendered(".claude/CLAUDE.md"), ".claude/CLAUDE.md");
    }

    #[test]
    fn a_lock_may_record_only_moves_this_table_could_make() {
        let rec = |from: &str, to: &str| {
            Moves::recorded(&[(from.to_string(), to.to_string())].into_iter().collect())
        };
        let ok = rec(".codex/", "work/codex/").unwrap();
        assert_eq!(ok.place(".codex/AGENTS.md"), "work/codex/AGENTS.md");
        assert_eq!(
            Moves::recorded(&ok.recorded_form()),
            Some(ok.clone()),
            "what a lock records reads back the same"
        );
        for (from, to) in [
            (".ssh/", "x/"),
            (".codex/", ".claude/"),
            (".codex/", ".config/"),
            (".codex/", "proj/.git/"),
            (".codex/", ".Rulebook/x/"),
            (".codex/", "/etc/"),
            (".codex/", "../x/"),
            (".codex/", "a/../../x/"),
            (".codex/", ".rulebook/x/"),
            (".codex/", "a//b/"),
            (".codex/", "work/codex"),
            (".codex/", ".codex/"),
            (".codex/", "/"),
        ] {
            assert_eq!(rec(from, to), None, "{from} -> {to}");
        }
    }

    #[test]
    fn a_codex_home_that_cannot_be_written_is_refused_with_why() {
        let home = Path::new("/home/dev");
        let m = |v: &str| Moves::from_env_value("CODEX_HOME", v, home).unwrap_err();
        assert!(m("/opt/codex").contains("outside your home folder"));
        assert!(m("codex").contains("not an absolute path"));
        assert!(m("/home/dev/../other/.codex").contains("`..`"));
        assert!(m("/home/dev").contains("home folder itself"));
        assert!(m("/home/dev/.rulebook/codex").contains("`.rulebook`"));
        assert!(m("/home/dev/proj/.git").contains("`.git`"));
        for other in [
            "/home/dev/.claude",
            "/home/dev/.config",
            "/home/dev/.agents",
        ] {
            assert!(m(other).contains("another agent"), "{other}");
        }
        assert_eq!(
            Moves::from_env_value("OTHER", "/x", home),
            Ok(None),
            "an unknown variable moves nothing"
        );
    }
}
