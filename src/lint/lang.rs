//! The languages the linter parses: one row per language with its id (the playbook's language
//! ids), the names ast-grep users write in `language:`, file extensions, its tree-sitter
//! grammar, and the character that stands for `$` in patterns where `$` is not part of an
//! identifier (as ast-grep does it). Adding a language is one vendored grammar and one row.

use std::borrow::Cow;

use ast_grep_core::Language;
use ast_grep_core::matcher::{Pattern, PatternBuilder, PatternError};
use ast_grep_core::tree_sitter::{LanguageExt, StrDoc, TSLanguage};
use serde::{Deserialize, Deserializer};

/// A language the linter parses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    TypeScript,
    Tsx,
    JavaScript,
    Python,
    Java,
    Go,
    Rust,
    CSharp,
}

/// One row of the table.
pub struct Row {
    pub lang: Lang,
    /// The playbook's language id (`model::artifact::LANGUAGES`).
    pub id: &'static str,
    /// Other names accepted in `language:` (lower case).
    pub aliases: &'static [&'static str],
    pub extensions: &'static [&'static str],
    /// Stands for `$` in patterns (`$` itself where it is valid in identifiers).
    pub expando: char,
    grammar: fn() -> TSLanguage,
}

pub const LANGS: &[Row] = &[
    Row {
        lang: Lang::TypeScript,
        id: "typescript",
        aliases: &["ts"],
        extensions: &["ts", "mts", "cts"],
        expando: '$',
        grammar: || tree_sitter_typescript::LANGUAGE_TYPESCRIPT.into(),
    },
    Row {
        lang: Lang::Tsx,
        id: "tsx",
        aliases: &[],
        extensions: &["tsx"],
        expando: '$',
        grammar: || tree_sitter_typescript::LANGUAGE_TSX.into(),
    },
    Row {
        lang: Lang::JavaScript,
        id: "javascript",
        aliases: &["js", "jsx"],
        extensions: &["js", "mjs", "cjs", "jsx"],
        expando: '$',
        grammar: || tree_sitter_javascript::LANGUAGE.into(),
    },
    Row {
        lang: Lang::Python,
        id: "python",
        aliases: &["py"],
        extensions: &["py", "pyi"],
        expando: 'µ',
        grammar: || tree_sitter_python::LANGUAGE.into(),
    },
    Row {
        lang: Lang::Java,
        id: "java",
        aliases: &[],
        extensions: &["java"],
        expando: '$',
        grammar: || tree_sitter_java::LANGUAGE.into(),
    },
    Row {
        lang: Lang::Go,
        id: "go",
        aliases: &["golang"],
        extensions: &["go"],
        expando: 'µ',
        grammar: || tree_sitter_go::LANGUAGE.into(),
    },
    Row {
        lang: Lang::Rust,
        id: "rust",
        aliases: &["rs"],
        extensions: &["rs"],
        expando: 'µ',
        grammar: || tree_sitter_rust::LANGUAGE.into(),
    },
    Row {
        lang: Lang::CSharp,
        id: "csharp",
        aliases: &["cs", "c#", "c-sharp"],
        extensions: &["cs"],
        expando: 'µ',
        grammar: || tree_sitter_c_sharp::LANGUAGE.into(),
    },
];

impl Lang {
    pub fn row(self) -> &'static Row {
        // Every variant has a row (a unit test checks it); the first row is a safe fallback.
        LANGS.iter().find(|r| r.lang == self).unwrap_or(&LANGS[0])
    }

    pub fn id(self) -> &'static str {
        self.row().id
    }

    /// The language named `name` (an id or an alias, any case).
    pub fn parse(name: &str) -> Option<Lang> {
        let n = name.trim().to_ascii_lowercase();
        LANGS
            .iter()
            .find(|r| r.id == n || r.aliases.contains(&n.as_str()))
            .map(|r| r.lang)
    }

    /// The language of a file, by its extension.
    pub fn of_path(path: &str) -> Option<Lang> {
        let ext = path.rsplit_once('.')?.1.to_ascii_lowercase();
        LANGS
            .iter()
            .find(|r| r.extensions.contains(&ext.as_str()))
            .map(|r| r.lang)
    }
}

impl<'de> Deserialize<'de> for Lang {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Lang, D::Error> {
        let s = String::deserialize(d)?;
        Lang::parse(&s).ok_or_else(|| {
            let ids: Vec<&str> = LANGS.iter().map(|r| r.id).collect();
            serde::de::Error::custom(format!(
                "unsupported language {s:?}; one of {}",
                ids.join(", ")
            ))
        })
    }
}

impl Language for Lang {
    fn pre_process_pattern<'q>(&self, query: &'q str) -> Cow<'q, str> {
        let expando = self.row().expando;
        if expando == '$' {
            return Cow::Borrowed(query);
        }
        // `$` starts a metavariable; where it cannot be in an identifier it is swapped for
        // the expando character before parsing, as ast-grep does.
        Cow::Owned(query.replace('$', &expando.to_string()))
    }
    fn expando_char(&self) -> char {
        self.row().expando
    }
    fn kind_to_id(&self, kind: &str) -> u16 {
        self.get_ts_language().id_for_node_kind(kind, true)
    }
    fn field_to_id(&self, field: &str) -> Option<u16> {
        self.get_ts_language()
            .field_id_for_name(field)
            .map(|f| f.get())
    }
    fn build_pattern(&self, builder: &PatternBuilder) -> Result<Pattern, PatternError> {
        builder.build(|src| StrDoc::try_new(src, *self))
    }
}

impl LanguageExt for Lang {
    fn get_ts_language(&self) -> TSLanguage {
        (self.row().grammar)()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_a_row_and_parses() {
        for l in [
            Lang::TypeScript,
            Lang::Tsx,
            Lang::JavaScript,
            Lang::Python,
            Lang::Java,
            Lang::Go,
            Lang::Rust,
            Lang::CSharp,
        ] {
            assert_eq!(l.row().lang, l);
            assert_eq!(Lang::parse(l.id()), Some(l));
            let root = l.ast_grep("x");
            assert!(!root.root().kind().is_empty());
        }
        assert_eq!(Lang::parse("TypeScript"), Some(Lang::TypeScript));
        assert_eq!(Lang::parse("C#"), Some(Lang::CSharp));
        assert_eq!(Lang::of_path("src/a.TSX"), Some(Lang::Tsx));
        assert_eq!(Lang::of_path("Makefile"), None);
        for r in LANGS {
            assert!(
                crate::model::artifact::LANGUAGES
                    .iter()
                    .any(|l| l.0 == r.id)
                    || r.id == "tsx",
                "{} is not a playbook language id",
                r.id
            );
        }
    }
}
