//! What may leave the building in an AI call: the org's data setting (artifact text only,
//! plus code examples, plus code a user selected) and a credential check of everything about
//! to be sent. A credential-looking value blocks the call and names where it is, never what
//! it is.

use serde::{Deserialize, Serialize};

use super::AiError;
use crate::scan::{Options, TextRole, scan_text};

/// How much an organization lets its authors send, each level including the ones before.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum SendScope {
    /// Names, descriptions and rules of artifacts, and text the author types for the call.
    #[default]
    ArtifactText,
    /// Also the good/bad code examples of rules.
    Examples,
    /// Also code or diffs a user pastes or selects.
    UserCode,
}

impl SendScope {
    pub fn as_str(self) -> &'static str {
        match self {
            SendScope::ArtifactText => "artifact-text",
            SendScope::Examples => "examples",
            SendScope::UserCode => "user-code",
        }
    }
}

/// One piece of what a call sends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    /// Where it comes from, as users see it (`description`, `rule 2, example 1 (bad)`,
    /// `selected code`).
    pub place: String,
    pub text: String,
    /// The least scope that lets it be sent.
    pub needs: SendScope,
    /// A rule's bad example: hard-coded values there are expected (provider-format keys are
    /// still caught).
    pub bad_example: bool,
}

impl Part {
    pub fn new(place: impl Into<String>, text: impl Into<String>, needs: SendScope) -> Part {
        Part {
            place: place.into(),
            text: text.into(),
            needs,
            bad_example: false,
        }
    }
}

/// Refuses parts the scope does not allow, then parts holding a credential.
pub fn check(parts: &[Part], scope: SendScope) -> Result<(), AiError> {
    if let Some(p) = parts.iter().find(|p| p.needs > scope) {
        return Err(AiError::PayloadPolicy(format!(
            "the organization's AI data setting ({}) does not allow sending {} ({} needs {}); an org admin can change it",
            scope.as_str(),
            p.place,
            p.place,
            p.needs.as_str()
        )));
    }
    let opts = Options::default();
    let mut places: Vec<String> = Vec::new();
    for p in parts {
        let role = if p.bad_example {
            TextRole::BadExample
        } else {
            TextRole::Normal
        };
        for f in scan_text(&p.text, &p.place, role, &opts) {
            if f.rule.starts_with("secret.") {
                let at = format!("{} line {} ({})", f.place, f.line, f.rule);
                if !places.contains(&at) {
                    places.push(at);
                }
            }
        }
    }
    if places.is_empty() {
        Ok(())
    } else {
        Err(AiError::PayloadSecret(places))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scope_and_credentials_refuse_with_the_place_only() {
        let code = Part::new("selected code", "fn main() {}", SendScope::UserCode);
        let err = check(std::slice::from_ref(&code), SendScope::Examples).unwrap_err();
        assert_eq!(err.status(), 403);
        assert!(check(&[code], SendScope::UserCode).is_ok());
        let key = format!("token = \"{}{}\"", "ghp_", "a".repeat(36));
        let leak = Part::new(
            "description",
            format!("see\n{key}"),
            SendScope::ArtifactText,
        );
        match check(&[leak], SendScope::UserCode) {
            Err(AiError::PayloadSecret(p)) => {
                assert_eq!(p.len(), 1);
                assert!(p[0].starts_with("description line 2"), "{p:?}");
                let shown = AiError::PayloadSecret(p).to_string();
                assert!(!shown.contains("aaaa"), "{shown}");
            }
            other => panic!("{other:?}"),
        }
    }
}
