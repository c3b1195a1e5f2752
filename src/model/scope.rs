//! Which standards apply to a file: every standard's scope globs compiled once per content
//! version (globset, ripgrep's matcher), grouped by the literal folder they start with, so
//! `rules_for_path` tests a path only against the globs that can match it: `src/mod7/**/*.ts`
//! is tried only for paths under `src/mod7/`, and the globs of each folder run as one set.
//!
//! Glob meaning, the same for every caller: `*` stays within one path segment, `**` crosses
//! segments, `{a,b}` alternates, a pattern without `/` matches the file name at any depth
//! (`*.ts` is every TypeScript file, as in `.gitignore`), a leading `!` excludes, and an empty
//! scope means everywhere. A glob that does not compile never matches; it is reported.
//!
//! It is domain logic because two floors use it: MCP's `rules_for_path` and the linter, which
//! applies a standard's detectors only to the files its scope covers.

use std::collections::HashMap;

use globset::{GlobBuilder, GlobSet, GlobSetBuilder};

use crate::model::artifact::{LANGUAGES, Standard};

/// Globs that start with the same literal folder, compiled as one set.
struct Group {
    set: GlobSet,
    /// Which standard each glob of the set belongs to.
    owner: Vec<usize>,
}

/// Globs grouped by their literal leading folder (`""` for globs that start with a pattern).
#[derive(Default)]
struct Groups {
    by_prefix: HashMap<String, Group>,
}

impl Groups {
    fn build(globs: Vec<(String, globset::Glob, usize)>) -> Groups {
        let mut pending: HashMap<String, (GlobSetBuilder, Vec<usize>)> = HashMap::new();
        for (prefix, glob, owner) in globs {
            let e = pending
                .entry(prefix)
                .or_insert_with(|| (GlobSetBuilder::new(), Vec::new()));
            e.0.add(glob);
            e.1.push(owner);
        }
        let by_prefix = pending
            .into_iter()
            .map(|(prefix, (b, owner))| {
                let set = b.build().unwrap_or_else(|_| GlobSet::empty());
                (prefix, Group { set, owner })
            })
            .collect();
        Groups { by_prefix }
    }

    /// Calls `hit` with the owner of every glob that matches `path`. A group's globs are
    /// compiled without their shared folder, so each is matched against the rest of the path.
    fn each_match(&self, path: &str, mut hit: impl FnMut(usize)) {
        let folders = std::iter::once(0).chain(path.match_indices('/').map(|(i, _)| i + 1));
        for end in folders {
            if let Some(g) = self.by_prefix.get(&path[..end]) {
                for i in g.set.matches(&path[end..]) {
                    hit(g.owner[i]);
                }
            }
        }
    }
}

/// The literal folders a glob starts with (`src/mod7/` of `src/mod7/**/*.ts`), or `""`.
fn literal_prefix(pattern: &str) -> String {
    let mut end = 0;
    for (i, _) in pattern.match_indices('/') {
        if pattern[..i].contains(['*', '?', '[', '{', '\\']) {
            break;
        }
        end = i + 1;
    }
    pattern[..end].to_string()
}

/// A space's standards with their scopes compiled.
pub struct ScopeIndex {
    /// `(slug, standard)` in slug order.
    pub standards: Vec<(String, Standard)>,
    include: Groups,
    exclude: Groups,
    /// Standards with no (usable) include glob: they apply everywhere.
    everywhere: Vec<usize>,
    /// `(slug, glob, why)` for globs that did not compile.
    pub invalid: Vec<(String, String, String)>,
}

fn compile(glob: &str) -> Result<(String, globset::Glob), String> {
    let pattern = if glob.contains('/') {
        glob.trim_start_matches("./")
            .trim_start_matches('/')
            .to_string()
    } else {
        format!("**/{glob}")
    };
    // The literal folder is looked up, not matched: only the rest is compiled, which keeps
    // most globs in globset's cheap strategies (`**/*.ts` is an extension test, not a regex).
    let prefix = literal_prefix(&pattern);
    let compiled = GlobBuilder::new(&pattern[prefix.len()..])
        .literal_separator(true)
        .backslash_escape(true)
        .build()
        .map_err(|e| e.kind().to_string())?;
    Ok((prefix, compiled))
}

impl ScopeIndex {
    /// Compiles the scopes of `standards`.
    pub fn new(mut standards: Vec<(String, Standard)>) -> ScopeIndex {
        standards.sort_by(|a, b| a.0.cmp(&b.0));
        let (mut include, mut exclude, mut everywhere, mut invalid) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for (i, (slug, s)) in standards.iter().enumerate() {
            let mut has_include = false;
            for raw in &s.scope {
                let raw = raw.trim();
                let (negated, glob) = match raw.strip_prefix('!') {
                    Some(g) => (true, g),
                    None => (false, raw),
                };
                if glob.is_empty() {
                    continue;
                }
                match compile(glob) {
                    Ok((prefix, g)) if negated => exclude.push((prefix, g, i)),
                    Ok((prefix, g)) => {
                        include.push((prefix, g, i));
                        has_include = true;
                    }
                    Err(why) => {
                        has_include |= !negated;
                        invalid.push((slug.clone(), raw.to_string(), why));
                    }
                }
            }
            if !has_include {
                everywhere.push(i);
            }
        }
        ScopeIndex {
            standards,
            include: Groups::build(include),
            exclude: Groups::build(exclude),
            everywhere,
            invalid,
        }
    }

    /// Indexes (into `standards`) of the standards that apply to `path`, in slug order.
    pub fn matching(&self, path: &str) -> Vec<usize> {
        let path = normalize(path);
        let mut hit = vec![false; self.standards.len()];
        for &i in &self.everywhere {
            hit[i] = true;
        }
        self.include.each_match(&path, |i| hit[i] = true);
        self.exclude.each_match(&path, |i| hit[i] = false);
        hit.iter()
            .enumerate()
            .filter_map(|(i, h)| h.then_some(i))
            .collect()
    }
}

/// One standard's scope alone (the linter checks a detector's file against the scope of the
/// standard it belongs to), with the same glob meaning as [`ScopeIndex`].
pub struct Scope(ScopeIndex);

impl Scope {
    pub fn new(globs: &[String]) -> Scope {
        Scope(ScopeIndex::new(vec![(
            String::new(),
            Standard {
                name: String::new(),
                description: String::new(),
                scope: globs.to_vec(),
                rules: Vec::new(),
            },
        )]))
    }

    /// Whether the scope covers `path` (an empty scope covers every path).
    pub fn covers(&self, path: &str) -> bool {
        !self.0.matching(path).is_empty()
    }

    /// Globs that did not compile, with why.
    pub fn invalid(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0
            .invalid
            .iter()
            .map(|(_, g, why)| (g.as_str(), why.as_str()))
    }
}

/// A repository-relative path with `/` separators and no leading `./` or `/`.
pub fn normalize(path: &str) -> String {
    let p = path.replace('\\', "/");
    let mut p = p.as_str();
    loop {
        let before = p;
        p = p.trim_start_matches("./").trim_start_matches('/');
        if p == before {
            break;
        }
    }
    p.to_string()
}

/// The example language of a file, from its name (`LANGUAGES`' extensions; `Dockerfile`).
pub fn language_of(path: &str) -> Option<&'static str> {
    let name = normalize(path);
    let name = name.rsplit('/').next().unwrap_or("").to_ascii_lowercase();
    if name == "dockerfile" || name.starts_with("dockerfile.") {
        return Some("dockerfile");
    }
    let ext = name.rsplit_once('.')?.1;
    LANGUAGES
        .iter()
        .find(|(_, _, exts)| exts.contains(&ext))
        .map(|(id, _, _)| *id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn std(scope: &[&str]) -> Standard {
        Standard {
            name: "n".into(),
            description: "d".into(),
            scope: scope.iter().map(|s| s.to_string()).collect(),
            rules: vec![],
        }
    }

    fn slugs(ix: &ScopeIndex, path: &str) -> Vec<String> {
        ix.matching(path)
            .into_iter()
            .map(|i| ix.standards[i].0.clone())
            .collect()
    }

    #[test]
    fn scopes_match_like_gitignore_globs() {
        let ix = ScopeIndex::new(vec![
            ("all".into(), std(&[])),
            ("ts".into(), std(&["**/*.ts"])),
            ("bare".into(), std(&["*.md"])),
            ("src".into(), std(&["src/*.rs"])),
            ("brace".into(), std(&["{src,lib}/**"])),
            ("not-vendor".into(), std(&["**/*.go", "!vendor/**"])),
            ("broken".into(), std(&["src/[.rs"])),
            ("only-negative".into(), std(&["!generated/**"])),
        ]);
        assert_eq!(slugs(&ix, "web/app.ts"), ["all", "only-negative", "ts"]);
        assert_eq!(
            slugs(&ix, "./docs/a/README.md"),
            ["all", "bare", "only-negative"]
        );
        assert_eq!(
            slugs(&ix, "src/main.rs"),
            ["all", "brace", "only-negative", "src"]
        );
        assert_eq!(
            slugs(&ix, "src/deep/main.rs"),
            ["all", "brace", "only-negative"]
        );
        assert_eq!(slugs(&ix, "lib/x.py"), ["all", "brace", "only-negative"]);
        assert_eq!(
            slugs(&ix, "cmd/x.go"),
            ["all", "not-vendor", "only-negative"]
        );
        assert_eq!(slugs(&ix, "vendor/x.go"), ["all", "only-negative"]);
        assert_eq!(slugs(&ix, "generated/x.py"), ["all"]);
        assert_eq!(ix.invalid.len(), 1);
        assert_eq!(literal_prefix("src/mod7/**/*.ts"), "src/mod7/");
        assert_eq!(literal_prefix("**/*.ts"), "");
        assert_eq!(literal_prefix("{src,lib}/**"), "");
        assert_eq!(literal_prefix("docs/a[bc]/x.md"), "docs/");
        assert_eq!(ix.invalid[0].0, "broken");
    }

    #[test]
    fn languages_come_from_file_names() {
        assert_eq!(language_of("src/a.tsx"), Some("typescript"));
        assert_eq!(language_of("x/Dockerfile"), Some("dockerfile"));
        assert_eq!(language_of("a\\b\\c.PY"), Some("python"));
        assert_eq!(language_of("Makefile"), None);
    }
}
