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
use std::sync::Arc;

use globset::{GlobBuilder, GlobSet, GlobSetBuilder};

use crate::model::artifact::{LANGUAGES, Standard};

/// Globs that start with the same literal folder, compiled as one set. The two shapes most
/// scopes are made of are not compiled at all: a glob that covers the whole folder
/// (`tests/**`) lists its standard in `whole`, and one that takes every file of an extension
/// below it (`src/**/*.ts`) in `suffixes`; a compiled set costs kilobytes, and more for every
/// thread that matches with it (its regex caches), which for 10,000 standards was most of the
/// server's index. Only the patterns are kept besides the set (not globset's `Glob`s, which
/// hold their regex source and tokens), and recompiled when the group is rebuilt.
struct Group {
    set: GlobSet,
    /// The standard of each glob of `set`, by the set's index.
    owners: Vec<usize>,
    /// Standards with a glob that matches everything under the folder.
    whole: Vec<usize>,
    /// `(".ts", standard)` for a glob `**/*.ts`: every path under the folder ending so.
    suffixes: Vec<(Box<str>, usize)>,
    /// Each glob (without the shared folder) and the standard it belongs to, kept to rebuild
    /// the set when one of those standards changes.
    globs: Vec<(Box<str>, usize)>,
}

/// What a glob that matches every path under its folder is, once the folder is taken off.
const WHOLE_FOLDER: &str = "**";

/// The suffix (`.ts`) a glob `**/*.ts` stands for: `*` matches within the file name (empty
/// included) and `**/` any folders, so the glob matches exactly the paths ending in `.ts`.
/// `None` for any other glob, or a suffix with a character globs give meaning to.
fn suffix_of(pattern: &str) -> Option<&str> {
    let suffix = pattern.strip_prefix("**/*")?;
    let plain = !suffix.is_empty() && !suffix.contains(['*', '?', '[', ']', '{', '}', '\\', '/']);
    plain.then_some(suffix)
}

impl Group {
    fn new(globs: Vec<(Box<str>, usize)>) -> Group {
        let mut b = GlobSetBuilder::new();
        let (mut owners, mut whole, mut suffixes) = (Vec::new(), Vec::new(), Vec::new());
        for (pattern, owner) in &globs {
            if &**pattern == WHOLE_FOLDER {
                whole.push(*owner);
            } else if let Some(suffix) = suffix_of(pattern) {
                suffixes.push((suffix.into(), *owner));
            } else if let Ok(g) = glob_of(pattern) {
                // Every pattern here compiled once already (`compile`).
                b.add(g);
                owners.push(*owner);
            }
        }
        let set = match owners.is_empty() {
            true => GlobSet::empty(),
            false => b.build().unwrap_or_else(|_| GlobSet::empty()),
        };
        Group {
            set,
            owners,
            whole,
            suffixes,
            globs,
        }
    }
}

/// Globs grouped by their literal leading folder (`""` for globs that start with a pattern).
/// Groups are shared between an index and the one updated from it, so an edit recompiles
/// only the groups its globs are in.
#[derive(Default, Clone)]
struct Groups {
    by_prefix: HashMap<String, Arc<Group>>,
}

impl Groups {
    fn build(globs: Vec<(String, Box<str>, usize)>) -> Groups {
        let mut pending: HashMap<String, Vec<(Box<str>, usize)>> = HashMap::new();
        for (prefix, glob, owner) in globs {
            pending.entry(prefix).or_default().push((glob, owner));
        }
        let by_prefix = pending
            .into_iter()
            .map(|(prefix, globs)| (prefix, Arc::new(Group::new(globs))))
            .collect();
        Groups { by_prefix }
    }

    /// These groups with every glob of the standards in `changed` taken out and `added` put
    /// in; only the groups that hold either are recompiled.
    fn replaced(
        &self,
        changed: &std::collections::HashSet<usize>,
        old_prefixes: &std::collections::HashSet<String>,
        added: Vec<(String, Box<str>, usize)>,
    ) -> Groups {
        let mut out = self.clone();
        let mut pending: HashMap<String, Vec<(Box<str>, usize)>> = HashMap::new();
        for prefix in old_prefixes {
            if let Some(g) = self.by_prefix.get(prefix) {
                let kept = g
                    .globs
                    .iter()
                    .filter(|(_, o)| !changed.contains(o))
                    .cloned()
                    .collect();
                pending.insert(prefix.clone(), kept);
            }
        }
        for (prefix, glob, owner) in added {
            pending
                .entry(prefix.clone())
                .or_insert_with(|| {
                    self.by_prefix
                        .get(&prefix)
                        .map(|g| g.globs.clone())
                        .unwrap_or_default()
                })
                .push((glob, owner));
        }
        for (prefix, globs) in pending {
            if globs.is_empty() {
                out.by_prefix.remove(&prefix);
            } else {
                out.by_prefix.insert(prefix, Arc::new(Group::new(globs)));
            }
        }
        out
    }

    /// Calls `hit` with the owner of every glob that matches `path`. A group's globs are
    /// compiled without their shared folder, so each is matched against the rest of the path.
    fn each_match(&self, path: &str, mut hit: impl FnMut(usize)) {
        let folders = std::iter::once(0).chain(path.match_indices('/').map(|(i, _)| i + 1));
        for end in folders {
            if let Some(g) = self.by_prefix.get(&path[..end]) {
                let rest = &path[end..];
                for &owner in &g.whole {
                    hit(owner);
                }
                for (suffix, owner) in &g.suffixes {
                    if rest.ends_with(&**suffix) {
                        hit(*owner);
                    }
                }
                if !g.owners.is_empty() {
                    for i in g.set.matches(rest) {
                        hit(g.owners[i]);
                    }
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
    pub standards: Vec<(String, Arc<Standard>)>,
    /// What each standard was read at (`(artifact id, version)`; `(0, 0)` when not known), so
    /// an index can be brought up to date by reading only what changed ([`ScopeIndex::updated`]).
    versions: Vec<(i64, i64)>,
    include: Groups,
    exclude: Groups,
    /// Standards with no (usable) include glob: they apply everywhere.
    everywhere: Vec<usize>,
    /// `(slug, glob, why)` for globs that did not compile.
    pub invalid: Vec<(String, String, String)>,
}

/// A glob as every scope compiles it (without its literal folder).
fn glob_of(pattern: &str) -> Result<globset::Glob, globset::Error> {
    GlobBuilder::new(pattern)
        .literal_separator(true)
        .backslash_escape(true)
        .build()
}

/// A scope glob checked and split into its literal folder and the rest.
fn compile(glob: &str) -> Result<(String, Box<str>), String> {
    let pattern = if glob.contains('/') {
        glob.trim_start_matches("./")
            .trim_start_matches('/')
            .to_string()
    } else {
        format!("**/{glob}")
    };
    // The whole glob is checked (`a}/**` is refused as globset refuses it, though its rest
    // alone would compile).
    glob_of(&pattern).map_err(|e| e.kind().to_string())?;
    // The literal folder is looked up, not matched: only the rest is compiled, which keeps
    // most globs in globset's cheap strategies (`**/*.ts` is an extension test, not a regex).
    // A glob ending in `/` names folders only (`src/**/`), which its rest alone (`**/`, read
    // as `**`) would not: it is compiled whole.
    let prefix = match pattern.ends_with('/') {
        true => String::new(),
        false => literal_prefix(&pattern),
    };
    let rest = &pattern[prefix.len()..];
    Ok((prefix, rest.into()))
}

/// One standard's scope, compiled.
#[derive(Default)]
struct Compiled {
    include: Vec<(String, Box<str>, usize)>,
    exclude: Vec<(String, Box<str>, usize)>,
    everywhere: bool,
    invalid: Vec<(String, String, String)>,
}

impl Compiled {
    /// Adds the scope of standard `i`.
    fn add(&mut self, i: usize, slug: &str, s: &Standard) {
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
                Ok((prefix, g)) if negated => self.exclude.push((prefix, g, i)),
                Ok((prefix, g)) => {
                    self.include.push((prefix, g, i));
                    has_include = true;
                }
                Err(why) => {
                    has_include |= !negated;
                    self.invalid.push((slug.to_string(), raw.to_string(), why));
                }
            }
        }
        self.everywhere = !has_include;
    }
}

/// The literal folders the globs of `s` start with (include, exclude), as compiled.
fn prefixes(s: &Standard) -> (Vec<String>, Vec<String>) {
    let mut c = Compiled::default();
    c.add(0, "", s);
    (
        c.include.into_iter().map(|(p, _, _)| p).collect(),
        c.exclude.into_iter().map(|(p, _, _)| p).collect(),
    )
}

impl ScopeIndex {
    /// Compiles the scopes of `standards`.
    pub fn new(standards: Vec<(String, Standard)>) -> ScopeIndex {
        ScopeIndex::versioned(
            standards
                .into_iter()
                .map(|(slug, s)| (slug, (0, 0), Arc::new(s)))
                .collect(),
        )
    }

    /// Compiles the scopes of `standards`, each with the `(artifact id, version)` it was read at.
    pub fn versioned(mut standards: Vec<(String, (i64, i64), Arc<Standard>)>) -> ScopeIndex {
        standards.sort_by(|a, b| a.0.cmp(&b.0));
        let mut c = Compiled::default();
        let mut everywhere = Vec::new();
        for (i, (slug, _, s)) in standards.iter().enumerate() {
            c.add(i, slug, s);
            if c.everywhere {
                everywhere.push(i);
            }
        }
        let (standards, versions) = standards
            .into_iter()
            .map(|(slug, v, s)| ((slug, s), v))
            .unzip();
        ScopeIndex {
            standards,
            versions,
            include: Groups::build(c.include),
            exclude: Groups::build(c.exclude),
            everywhere,
            invalid: c.invalid,
        }
    }

    /// The version this index holds of each standard, by artifact id.
    pub fn known_versions(&self) -> HashMap<i64, i64> {
        self.versions.iter().copied().collect()
    }

    /// This index brought up to `now`: every current standard of the space in slug order as
    /// `(slug, (artifact id, version), content)`, the content given only where it changed since
    /// this index was built (`None`: the same version as here). When the same standards are
    /// there (only versions moved), only the changed standards' globs and the groups holding
    /// them are recompiled; otherwise (a standard added, removed or renamed) everything is.
    /// `None` when a `None` content names a version this index does not hold.
    pub fn updated(&self, now: Vec<(String, (i64, i64), Option<Standard>)>) -> Option<ScopeIndex> {
        let same_set = now.len() == self.standards.len()
            && now
                .iter()
                .zip(&self.standards)
                .zip(&self.versions)
                .all(|(((slug, (id, _), _), (s, _)), (known, _))| slug == s && id == known);
        if !same_set {
            let held: HashMap<(i64, i64), usize> = self
                .versions
                .iter()
                .enumerate()
                .map(|(i, v)| (*v, i))
                .collect();
            let mut all = Vec::with_capacity(now.len());
            for (slug, v, content) in now {
                let s = match content {
                    Some(s) => Arc::new(s),
                    None => self.standards[*held.get(&v)?].1.clone(),
                };
                all.push((slug, v, s));
            }
            return Some(ScopeIndex::versioned(all));
        }
        let mut standards = self.standards.clone();
        let mut versions = self.versions.clone();
        let mut changed = std::collections::HashSet::new();
        let mut old_include = std::collections::HashSet::<String>::new();
        let mut old_exclude = std::collections::HashSet::<String>::new();
        let mut c = Compiled::default();
        let mut everywhere: std::collections::HashSet<usize> =
            self.everywhere.iter().copied().collect();
        for (i, (slug, v, content)) in now.into_iter().enumerate() {
            let Some(s) = content else {
                if versions[i] != v {
                    return None;
                }
                continue;
            };
            let (inc, exc) = prefixes(&standards[i].1);
            old_include.extend(inc);
            old_exclude.extend(exc);
            changed.insert(i);
            c.add(i, &slug, &s);
            if c.everywhere {
                everywhere.insert(i);
            } else {
                everywhere.remove(&i);
            }
            standards[i].1 = Arc::new(s);
            versions[i] = v;
        }
        if changed.is_empty() {
            return Some(ScopeIndex {
                standards,
                versions,
                include: self.include.clone(),
                exclude: self.exclude.clone(),
                everywhere: self.everywhere.clone(),
                invalid: self.invalid.clone(),
            });
        }
        let changed_slugs: std::collections::HashSet<&str> =
            changed.iter().map(|&i| standards[i].0.as_str()).collect();
        let mut invalid: Vec<_> = self
            .invalid
            .iter()
            .filter(|(slug, _, _)| !changed_slugs.contains(slug.as_str()))
            .cloned()
            .chain(c.invalid)
            .collect();
        // In standard order, each standard's globs in scope order, as a fresh build lists them.
        invalid.sort_by(|a, b| a.0.cmp(&b.0));
        let mut everywhere: Vec<usize> = everywhere.into_iter().collect();
        everywhere.sort_unstable();
        Some(ScopeIndex {
            include: self.include.replaced(&changed, &old_include, c.include),
            exclude: self.exclude.replaced(&changed, &old_exclude, c.exclude),
            standards,
            versions,
            everywhere,
            invalid,
        })
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

    /// The shapes matched without globset (a whole folder, every file of a suffix) and every
    /// other glob answer as globset answers the whole pattern, for each of these paths.
    #[test]
    fn shortcuts_answer_as_globset_does() {
        let patterns = [
            "**",
            "src/**",
            "src/a/**",
            "**/*.ts",
            "src/**/*.ts",
            "*.ts",
            "**/*.d.ts",
            "src/**/*.",
            "**/*",
            "src/**/*",
            "**/.env",
            "src/*.ts",
            "{src,lib}/**",
            "src/**/x/**",
            "a.b/**",
            "src/[ab]/**",
            "**/*.t?",
            "**/*.{ts,js}",
            "src/a/**/*.ts",
            "**/*.ts/**",
            "src/**/",
            "a}/**",
            "**/*.!,-^",
        ];
        let paths = [
            "",
            "src",
            "src/",
            "a}/x",
            "a/b.!,-^",
            "src/a",
            "src/a/",
            "src/a.ts",
            "src/a/b.ts",
            "src/.ts",
            "x.ts",
            "lib/x.ts",
            "src/a/b/c.d.ts",
            "src/a.tsx",
            "srcx/a.ts",
            "src/a/.env",
            ".env",
            "a.b/c",
            "src/b/z",
            "src/x/y/x/z.ts",
            "SRC/A.TS",
            "src/a/b.ts/",
            "src//a.ts",
            "./src/a.js",
            "d/e.ts/f",
            "src/a/b.t",
            "é/ü.ts",
        ];
        let ix = ScopeIndex::new(
            patterns
                .iter()
                .enumerate()
                .map(|(i, p)| (format!("{i:02}"), std(&[p])))
                .collect(),
        );
        for path in paths {
            let want: Vec<usize> = patterns
                .iter()
                .enumerate()
                .filter(|(_, p)| {
                    let full = match p.contains('/') {
                        true => p.to_string(),
                        false => format!("**/{p}"),
                    };
                    // A glob globset refuses never matches (and is reported).
                    glob_of(&full).is_ok_and(|g| g.compile_matcher().is_match(normalize(path)))
                })
                .map(|(i, _)| i)
                .collect();
            assert_eq!(ix.matching(path), want, "{path:?}");
        }
        assert_eq!(suffix_of("**/*.ts"), Some(".ts"));
        for not in [
            "**/*",
            "**/*.{ts,js}",
            "**/*.t?",
            "**/a.ts",
            "*/*.ts",
            "**/*.ts/**",
        ] {
            assert_eq!(suffix_of(not), None, "{not}");
        }
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

    /// Every path's matches, for comparing two indexes.
    fn answers(ix: &ScopeIndex) -> Vec<Vec<String>> {
        let paths = [
            "web/app.ts",
            "src/main.rs",
            "src/mod7/a/b.ts",
            "src/mod8/x.ts",
            "vendor/x.go",
            "cmd/x.go",
            "docs/README.md",
            "generated/x.py",
            "lib/x.py",
        ];
        paths.iter().map(|p| slugs(ix, p)).collect()
    }

    fn versioned(items: &[(&str, i64, &[&str])]) -> Vec<(String, (i64, i64), Arc<Standard>)> {
        items
            .iter()
            .enumerate()
            .map(|(i, (slug, v, scope))| {
                (slug.to_string(), (i as i64 + 1, *v), Arc::new(std(scope)))
            })
            .collect()
    }

    #[test]
    fn an_index_brought_up_to_date_answers_as_one_built_afresh() {
        let before: &[(&str, i64, &[&str])] = &[
            ("a-all", 1, &[]),
            ("b-ts", 1, &["**/*.ts"]),
            ("c-mod7", 1, &["src/mod7/**/*.ts"]),
            ("d-go", 1, &["**/*.go", "!vendor/**"]),
            ("e-broken", 1, &["src/[.rs"]),
            ("f-md", 1, &["*.md"]),
            ("g-docs", 1, &["docs/**"]),
        ];
        let old = ScopeIndex::versioned(versioned(before));
        // Versions move: c leaves src/mod7 for src/mod8, d drops its exclusion, e is mended,
        // f becomes everywhere and a gets a scope; b is unchanged and not read again.
        let after: &[(&str, i64, &[&str])] = &[
            ("a-all", 2, &["lib/**"]),
            ("b-ts", 1, &["**/*.ts"]),
            ("c-mod7", 2, &["src/mod8/**"]),
            ("d-go", 3, &["**/*.go"]),
            ("e-broken", 2, &["src/*.rs", "!src/[.rs"]),
            ("f-md", 2, &[]),
            ("g-docs", 1, &["docs/**"]),
        ];
        let fresh = ScopeIndex::versioned(versioned(after));
        let now = versioned(after)
            .into_iter()
            .map(|(slug, v, s)| {
                let read = (old.known_versions().get(&v.0) != Some(&v.1)).then(|| (*s).clone());
                (slug, v, read)
            })
            .collect::<Vec<_>>();
        assert_eq!(now.iter().filter(|(_, _, c)| c.is_none()).count(), 2);
        let up = old.updated(now).expect("updated in place");
        assert_eq!(answers(&up), answers(&fresh));
        assert_eq!(up.invalid, fresh.invalid);
        assert_eq!(up.known_versions(), fresh.known_versions());
        // The group only an unchanged standard uses is shared, not recompiled.
        assert!(Arc::ptr_eq(
            &old.include.by_prefix["docs/"],
            &up.include.by_prefix["docs/"]
        ));
        assert!(!Arc::ptr_eq(
            &old.include.by_prefix[""],
            &up.include.by_prefix[""]
        ));
        assert!(!up.include.by_prefix.contains_key("src/mod7/"));
        // A standard added (or removed) rebuilds everything, reusing what was read before.
        let mut grown = versioned(after);
        grown.push(("h-new".into(), (99, 1), Arc::new(std(&["src/**"]))));
        let fresh = ScopeIndex::versioned(grown.clone());
        let known = up.known_versions();
        let now = grown
            .into_iter()
            .map(|(slug, v, s)| {
                let read = (known.get(&v.0) != Some(&v.1)).then(|| (*s).clone());
                (slug, v, read)
            })
            .collect();
        let up2 = up.updated(now).expect("rebuilt");
        assert_eq!(answers(&up2), answers(&fresh));
        // A version the index never held cannot be taken from it.
        assert!(up2.updated(vec![("a-all".into(), (1, 7), None)]).is_none());
    }

    #[test]
    fn languages_come_from_file_names() {
        assert_eq!(language_of("src/a.tsx"), Some("typescript"));
        assert_eq!(language_of("x/Dockerfile"), Some("dockerfile"));
        assert_eq!(language_of("a\\b\\c.PY"), Some("python"));
        assert_eq!(language_of("Makefile"), None);
    }
}
