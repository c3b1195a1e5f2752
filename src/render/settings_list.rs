//! Strings Rulebook owns inside a JSON list of a settings file the team also edits: Claude
//! Code's `permissions.deny` in `.claude/settings.json`, where the install policy's never_read
//! paths become `Read(...)` rules. JSON has no comments, so there are no markers: what Rulebook
//! owns is recorded in the lock (`rulebook.lock`, the file's `entries`), and only those strings
//! are ever removed. The team's own entries, and every other byte of the file, stay.
//!
//! Pure: the installer reads the file and the lock and hands them here.

use super::json_text::{self, V};
use serde_json::Value;

/// A JSON list in a settings file, part of which Rulebook owns.
pub struct ListSpec {
    /// The file, relative to the repository root.
    pub path: &'static str,
    /// The objects holding the list (`["permissions"]`), and the list's key (`deny`).
    pub container: &'static [&'static str],
    pub key: &'static str,
    /// The program that reads the file, for errors.
    pub who: &'static str,
    /// One never_read pattern as a list entry (`secrets/**` → `Read(secrets/**)`).
    pub entry: fn(&str) -> String,
}

/// The list spec for `path`, when some agent's layout keeps one there.
pub fn spec_for(path: &str) -> Option<&'static ListSpec> {
    super::Agent::ALL
        .iter()
        .filter_map(|a| a.layout().read_denies)
        .find(|s| s.path == path)
}

/// The section content for `patterns`: one entry per line (what the lock's hash covers).
pub fn content(spec: &ListSpec, patterns: &[String]) -> String {
    let mut out = String::new();
    for p in patterns {
        let e = (spec.entry)(p);
        if !out.lines().any(|l| l == e) {
            out.push_str(&e);
            out.push('\n');
        }
    }
    out
}

/// The entries of a section content.
pub fn entries(content: &str) -> Vec<String> {
    content.lines().map(str::to_string).collect()
}

/// The strings of the list in `text` (none when the list or its objects are missing).
pub fn current(spec: &ListSpec, text: &str) -> Result<Vec<String>, String> {
    let doc = json_text::value_of(text).map_err(|e| {
        format!(
            "{} is not valid JSON ({e}); fix it, then run again",
            spec.path
        )
    })?;
    let mut at = &doc;
    for k in spec.container {
        match at.get(k) {
            Some(v) => at = v,
            None => return Ok(Vec::new()),
        }
    }
    match at.get(spec.key) {
        None => Ok(Vec::new()),
        Some(Value::Array(items)) => items
            .iter()
            .map(|v| v.as_str().map(str::to_string))
            .collect::<Option<Vec<_>>>()
            .ok_or_else(|| not_a_list(spec)),
        Some(_) => Err(not_a_list(spec)),
    }
}

fn not_a_list(spec: &ListSpec) -> String {
    format!(
        "{}: `{}.{}` is not a list of strings; fix it, then run again",
        spec.path,
        spec.container.join("."),
        spec.key
    )
}

/// What Rulebook owns after this install: the wanted entries it owned before or that are not
/// in the list yet. A wanted entry the team wrote itself stays the team's (it is not removed
/// when the policy drops it).
pub fn owned(old: &[String], new: &[String], current: &[String]) -> Vec<String> {
    new.iter()
        .filter(|e| old.contains(e) || !current.contains(e))
        .cloned()
        .collect()
}

/// The file as Rulebook makes it when there is none: only the list.
fn made(spec: &ListSpec, entries: &[String]) -> String {
    let doc = json_text::nest(spec.container, spec.key, &V::L(entries.to_vec()));
    let mut out = String::new();
    json_text::render_json(&doc, "", "  ", "\n", &mut out);
    out.push('\n');
    out
}

/// `text` with the entries Rulebook owned (`old`) that are no longer wanted removed and the
/// wanted ones (`new`) added after the team's own; `None` when the file should not exist (it
/// would hold only an empty list Rulebook made). Every other byte is kept.
pub fn merge(
    spec: &ListSpec,
    text: Option<&str>,
    old: &[String],
    new: &[String],
) -> Result<Option<String>, String> {
    let Some(text) = text else {
        if new.is_empty() {
            return Ok(None);
        }
        return Ok(Some(made(spec, new)));
    };
    let have = current(spec, text)?;
    let mut list: Vec<String> = have
        .iter()
        .filter(|e| !old.contains(e) || new.contains(e))
        .cloned()
        .collect();
    for e in new {
        if !list.contains(e) {
            list.push(e.clone());
        }
    }
    if list == have {
        return Ok(Some(text.to_string()));
    }
    // Written the way the team keeps it: one item a line, or all on one.
    let value = if json_text::spans_lines(text, spec.container, spec.key) {
        V::Lines(list.clone())
    } else {
        V::L(list.clone())
    };
    let out = json_text::set_member(
        text,
        spec.container,
        spec.key,
        &value,
        false,
        spec.who,
        spec.path,
    )?;
    // The file as Rulebook makes it, now empty, goes; a file the team made stays, even if it
    // held no more than the empty list.
    if list.is_empty() && out == made(spec, &[]) {
        return Ok(None);
    }
    Ok(Some(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Claude Code's deny list, as its layout declares it.
    fn spec() -> &'static ListSpec {
        spec_for(".claude/settings.json").expect("claude's layout keeps a deny list")
    }

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn only_owned_entries_move_and_every_other_byte_stays() {
        let team = "{\n  \"model\": \"opus\", // not JSON\n}\n";
        assert!(merge(spec(), Some(team), &[], &s(&["Read(a)"])).is_err());
        let team = "{\n    \"model\": \"opus\",\n    \"permissions\": {\n        \"allow\": [\"Bash(ls)\"],\n        \"deny\": [\"Bash(curl *)\", \"Read(.env)\"]\n    },\n    \"z\": 1\n}\n";
        let new = s(&["Read(secrets/**)", "Read(.env)"]);
        let cur = current(spec(), team).unwrap();
        // `.env` was the team's: not owned, so never removed.
        let own = owned(&[], &new, &cur);
        assert_eq!(own, s(&["Read(secrets/**)"]));
        let after = merge(spec(), Some(team), &[], &new).unwrap().unwrap();
        assert!(after.starts_with("{\n    \"model\": \"opus\",\n    \"permissions\": {\n        \"allow\": [\"Bash(ls)\"],\n        \"deny\": [\"Bash(curl *)\", \"Read(.env)\", \"Read(secrets/**)\"]\n    },\n    \"z\": 1\n}\n"), "{after}");
        // Idempotent.
        assert_eq!(
            merge(spec(), Some(&after), &own, &new).unwrap().unwrap(),
            after
        );
        // The policy drops both: only the owned one goes.
        let gone = merge(spec(), Some(&after), &own, &[]).unwrap().unwrap();
        assert_eq!(
            current(spec(), &gone).unwrap(),
            s(&["Bash(curl *)", "Read(.env)"])
        );
        assert!(gone.contains("\"z\": 1") && gone.contains("\"allow\": [\"Bash(ls)\"]"));
    }

    #[test]
    fn a_list_kept_one_item_a_line_stays_so_and_comes_back_byte_for_byte() {
        let team = "{\n    \"permissions\": {\n        \"deny\": [\n            \"Bash(curl *)\",\n            \"Read(.env)\"\n        ]\n    }\n}\n";
        let new = s(&["Read(secrets/**)"]);
        let after = merge(spec(), Some(team), &[], &new).unwrap().unwrap();
        assert_eq!(
            after,
            "{\n    \"permissions\": {\n        \"deny\": [\n            \"Bash(curl *)\",\n            \"Read(.env)\",\n            \"Read(secrets/**)\"\n        ]\n    }\n}\n"
        );
        let back = merge(spec(), Some(&after), &new, &[]).unwrap().unwrap();
        assert_eq!(back, team);
    }

    #[test]
    fn a_file_rulebook_made_goes_when_its_list_empties_and_bad_lists_are_refused() {
        let made = merge(spec(), None, &[], &s(&["Read(a)"])).unwrap().unwrap();
        assert_eq!(
            made,
            "{\n  \"permissions\": {\n    \"deny\": [\"Read(a)\"]\n  }\n}\n"
        );
        assert_eq!(
            merge(spec(), Some(&made), &s(&["Read(a)"]), &[]).unwrap(),
            None
        );
        assert_eq!(merge(spec(), None, &[], &[]).unwrap(), None);
        // A file the team made keeps existing, even when only an empty list is left.
        let team = "{\"permissions\": {\"deny\": []}}\n";
        let added = merge(spec(), Some(team), &[], &s(&["Read(a)"]))
            .unwrap()
            .unwrap();
        let back = merge(spec(), Some(&added), &s(&["Read(a)"]), &[]).unwrap();
        assert_eq!(back.as_deref(), Some(team));
        for bad in [
            "{\"permissions\": {\"deny\": \"Read(a)\"}}",
            "{\"permissions\": {\"deny\": [1]}}",
            "[1]",
            "{",
        ] {
            assert!(
                merge(spec(), Some(bad), &[], &s(&["Read(b)"])).is_err(),
                "{bad}"
            );
        }
        assert_eq!(content(spec(), &s(&["a", "a", "b"])), "Read(a)\nRead(b)\n");
    }
}
