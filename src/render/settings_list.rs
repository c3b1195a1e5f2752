//! Entries Rulebook owns inside the lists of a JSON settings file the team also edits: Claude
//! Code's `.claude/settings.json` (`permissions.deny` from the install policy's never_read
//! paths, and an agent policy's `permissions.allow`/`ask`/`deny` and `hooks.<Event>` groups),
//! Cursor's `.cursor/cli.json` and `.cursor/hooks.json`, Codex's `.codex/hooks.json`. JSON has
//! no comments, so there are no markers: what Rulebook owns is recorded in the lock
//! (`rulebook.lock`, the file's `entries`), one entry per list item, and only those items are
//! ever removed. The team's own items, and every other byte of the file, stay.
//!
//! A list that holds objects (hook groups) is written one item a line when it changes, the
//! team's items with their own bytes and Rulebook's compact; string lists keep the team's
//! layout.
//!
//! An entry is `slot<TAB>item`: the dotted path of its list (`hooks.PreToolUse`) and the item
//! as compact JSON. Locks written before entries had slots hold bare strings of the file's
//! first list (`Read(secrets/**)`); [`normalize`] reads them as that list's.
//!
//! Pure: the installer reads the file and the lock and hands them here.

use super::json_text::{self, V};
use serde_json::Value;

/// A JSON settings file, parts of whose lists Rulebook owns.
pub struct ListSpec {
    /// The file, relative to the repository root.
    pub path: &'static str,
    /// The program that reads the file, for errors.
    pub who: &'static str,
    /// The list the install policy's never_read paths go to (Claude Code's
    /// `permissions.deny`); `None` for a file that holds only agent-policy entries.
    pub deny: Option<DenyList>,
    /// Members a file Rulebook makes starts with (Cursor's `"version": 1`).
    pub made_with: &'static [(&'static str, i64)],
    /// The program accepts comments and trailing commas (JSONC), which are then kept.
    pub jsonc: bool,
}

/// Where a settings file keeps the never_read paths as deny entries. Older locks' bare
/// entries are items of this list.
pub struct DenyList {
    /// The list's dotted path (`permissions.deny`).
    pub slot: &'static str,
    /// One never_read pattern as an item of that list (`secrets/**` → `Read(secrets/**)`).
    pub entry: fn(&str) -> String,
}

/// The list spec for `path`, when some agent keeps Rulebook entries there. Asked once per
/// planned file, so the agents' specs are gathered once.
pub fn spec_for(path: &str) -> Option<&'static ListSpec> {
    static SPECS: std::sync::OnceLock<Vec<&'static ListSpec>> = std::sync::OnceLock::new();
    SPECS
        .get_or_init(|| {
            let mut all: Vec<&'static ListSpec> = Vec::new();
            for a in super::Agent::ALL {
                let l = a.layout();
                let shared = l.policy.map(|p| p.shared).unwrap_or_default();
                for s in l.read_denies.into_iter().chain(shared.iter().copied()) {
                    if !all.iter().any(|x| x.path == s.path) {
                        all.push(s);
                    }
                }
            }
            all
        })
        .iter()
        .copied()
        .find(|s| s.path == path)
}

/// One entry: its list's dotted path and the item.
pub fn entry(slot: &str, item: &Value) -> String {
    format!(
        "{slot}\t{}",
        serde_json::to_string(item).unwrap_or_default()
    )
}

/// An entry in today's form (a bare string of an older lock is an item of the spec's list).
pub fn normalize(spec: &ListSpec, e: &str) -> String {
    if let Some((slot, item)) = e.split_once('\t') {
        // The item as `entry` writes it, so an entry spelt another way still names it.
        return match serde_json::from_str::<Value>(item) {
            Ok(v) => entry(slot, &v),
            Err(_) => e.to_string(),
        };
    }
    match &spec.deny {
        Some(d) => entry(d.slot, &Value::String(e.to_string())),
        // No list such an entry could belong to: it names nothing.
        None => e.to_string(),
    }
}

/// An entry's list path and item; `None` for an entry that does not parse.
fn split(e: &str) -> Option<(Vec<&str>, Value)> {
    let (slot, item) = e.split_once('\t')?;
    let path: Vec<&str> = slot.split('.').collect();
    if path.iter().any(|p| p.is_empty()) {
        return None;
    }
    Some((path, serde_json::from_str(item).ok()?))
}

/// The never_read patterns as the spec's list entries (what the lock's hash covers).
pub fn content(spec: &ListSpec, patterns: &[String]) -> String {
    let mut out = String::new();
    let Some(deny) = &spec.deny else {
        return out;
    };
    for p in patterns {
        let e = normalize(spec, &(deny.entry)(p));
        if !out.lines().any(|l| l == e) {
            out.push_str(&e);
            out.push('\n');
        }
    }
    out
}

/// The entries of a section content (or of a lock), each in today's form.
pub fn entries(spec: &ListSpec, content: &str) -> Vec<String> {
    content.lines().map(|l| normalize(spec, l)).collect()
}

/// The slots (list paths) `entries` name, each once, in order.
fn slots(entries: &[&[String]]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for e in entries.iter().flat_map(|l| l.iter()) {
        if let Some((slot, _)) = e.split_once('\t')
            && !out.iter().any(|s| s == slot)
        {
            out.push(slot.to_string());
        }
    }
    out
}

/// The items of the list at `slot` in `doc`, as entries (none when it or its objects are
/// missing).
fn items_at(spec: &ListSpec, doc: &Value, slot: &str) -> Result<Vec<String>, String> {
    let mut at = doc;
    for k in slot.split('.') {
        match at.get(k) {
            Some(v) => at = v,
            None => return Ok(Vec::new()),
        }
    }
    match at {
        Value::Array(items) => Ok(items.iter().map(|v| entry(slot, v)).collect()),
        _ => Err(format!(
            "{}: `{slot}` is not a list; fix it, then run again",
            spec.path
        )),
    }
}

/// The entries now in `text`, in the lists `of` names (`of` in today's form).
pub fn current(spec: &ListSpec, text: &str, of: &[String]) -> Result<Vec<String>, String> {
    let doc = json_text::value_of(text).map_err(|e| {
        format!(
            "{} is not valid JSON ({e}); fix it, then run again",
            spec.path
        )
    })?;
    let mut out = Vec::new();
    for slot in slots(&[of]) {
        out.extend(items_at(spec, &doc, &slot)?);
    }
    Ok(out)
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

/// A list's items as written: strings on one line (or one a line, as the team keeps them),
/// other values one compact item a line.
fn list_value(items: &[Value], lines: bool) -> V {
    let strings: Option<Vec<String>> = items
        .iter()
        .map(|v| v.as_str().map(str::to_string))
        .collect();
    match strings {
        Some(s) if lines => V::Lines(s),
        Some(s) => V::L(s),
        None => V::J(items.to_vec()),
    }
}

/// The file as Rulebook makes it when there is none: its first members, then the lists.
fn made_file(spec: &ListSpec, lists: &[(String, Vec<Value>)]) -> Result<String, String> {
    let mut text = String::from("{}\n");
    for (k, v) in spec.made_with {
        text = json_text::set_member(&text, &[], k, &V::N(*v), false, spec.who, spec.path)?;
    }
    for (slot, items) in lists {
        let path: Vec<&str> = slot.split('.').collect();
        let Some((key, container)) = path.split_last() else {
            continue;
        };
        text = json_text::set_member(
            &text,
            container,
            key,
            &list_value(items, false),
            false,
            spec.who,
            spec.path,
        )?;
    }
    Ok(text)
}

/// Who made a settings file, as the lock knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Made {
    /// Rulebook did (the lock's `made`): it goes once it holds nothing but empty lists.
    Rulebook,
    /// The team did: it stays, however empty.
    Team,
    /// A lock from before `made` was recorded: it goes when it is exactly what Rulebook
    /// would make with those lists empty.
    Unknown,
}

/// Whether `v` holds nothing but empty lists, the objects around them and the members a
/// file Rulebook makes starts with.
fn skeleton(spec: &ListSpec, v: &Value, top: bool) -> bool {
    match v {
        Value::Object(m) => m.iter().all(|(k, x)| {
            (top && spec
                .made_with
                .iter()
                .any(|(mk, mv)| mk == k && x.as_i64() == Some(*mv)))
                || skeleton(spec, x, false)
        }),
        Value::Array(a) => a.is_empty(),
        _ => false,
    }
}

/// Every list reads as planned: one list's edit did not replace another's (a list at `a` and
/// another at `a.b`), so no wanted entry goes unwritten and no team entry is lost without an
/// error.
fn check_lists(spec: &ListSpec, out: &str, planned: &[(&str, Vec<String>)]) -> Result<(), String> {
    let done = json_text::value_of(out)
        .map_err(|e| format!("internal error while merging {} ({e})", spec.path))?;
    for (slot, want) in planned {
        if items_at(spec, &done, slot).ok().as_ref() != Some(want) {
            return Err(format!(
                "{}: the list `{slot}` cannot be written beside the other lists Rulebook keeps \
                 there; the file was left unchanged",
                spec.path
            ));
        }
    }
    Ok(())
}

/// `text` with the entries Rulebook owned (`old`) that are no longer wanted removed and the
/// wanted ones (`new`) added after the team's own; `None` when the file should not exist (one
/// Rulebook `made` that holds only empty lists). Every other byte is kept. Entries in
/// today's form.
pub fn merge(
    spec: &ListSpec,
    text: Option<&str>,
    old: &[String],
    new: &[String],
    made: Made,
) -> Result<Option<String>, String> {
    let all_slots = slots(&[old, new]);
    let wanted = |slot: &str| -> Vec<Value> {
        new.iter()
            .filter_map(|e| split(e))
            .filter(|(p, _)| p.join(".") == slot)
            .map(|(_, v)| v)
            .collect()
    };
    let Some(text) = text else {
        let lists: Vec<(String, Vec<Value>)> = all_slots
            .iter()
            .map(|s| (s.clone(), wanted(s)))
            .filter(|(_, v)| !v.is_empty())
            .collect();
        if lists.is_empty() {
            return Ok(None);
        }
        let made = made_file(spec, &lists)?;
        let planned: Vec<(&str, Vec<String>)> = lists
            .iter()
            .map(|(s, v)| (s.as_str(), v.iter().map(|x| entry(s, x)).collect()))
            .collect();
        check_lists(spec, &made, &planned)?;
        return Ok(Some(made));
    };
    let doc = json_text::value_of(text).map_err(|e| {
        format!(
            "{} is not valid JSON ({e}); fix it, then run again",
            spec.path
        )
    })?;
    let mut out = text.to_string();
    // Each list as it must read afterwards, checked once every list is written.
    let mut planned: Vec<(&str, Vec<String>)> = Vec::new();
    for slot in &all_slots {
        let have = items_at(spec, &doc, slot)?;
        // Each entry with the index of its item in the file, if it was there.
        let mut list: Vec<(String, Option<usize>)> = have
            .iter()
            .enumerate()
            .map(|(i, e)| (e.clone(), Some(i)))
            .collect();
        // One copy of each owned entry no longer wanted leaves (the last: Rulebook appends);
        // a copy the team wrote of the same item stays.
        for e in old.iter().filter(|e| !new.contains(e)) {
            if let Some(i) = list.iter().rposition(|x| &x.0 == e) {
                list.remove(i);
            }
        }
        for e in new
            .iter()
            .filter(|e| e.split_once('\t').is_some_and(|(s, _)| s == slot))
        {
            if !list.iter().any(|x| &x.0 == e) {
                list.push((e.clone(), None));
            }
        }
        planned.push((slot, list.iter().map(|x| x.0.clone()).collect()));
        if list.iter().map(|x| &x.0).eq(have.iter()) {
            continue;
        }
        let items: Vec<Value> = list
            .iter()
            .filter_map(|e| split(&e.0))
            .map(|(_, v)| v)
            .collect();
        let path: Vec<&str> = slot.split('.').collect();
        let Some((key, container)) = path.split_last() else {
            continue;
        };
        // The list is written whole: a comment between its items (JSONC) would be lost.
        if spec.jsonc && json_text::comments_in(&out, &path) {
            return Err(format!(
                "{}: the list `{slot}` holds comments, which rewriting it would drop; move them \
                 above the list, then run again",
                spec.path
            ));
        }
        // Written the way the team keeps it: one item a line, or all on one; items that are
        // not strings one a line, the team's with their own bytes.
        let lines = json_text::spans_lines(&out, container, key);
        let value = match list_value(&items, lines) {
            V::J(_) => {
                let raw = json_text::raw_items(&out, &path).unwrap_or_default();
                V::R(
                    list.iter()
                        .map(|(e, at)| match at.and_then(|i| raw.get(i)) {
                            Some(r) => r.clone(),
                            None => split(e)
                                .and_then(|(_, v)| serde_json::to_string(&v).ok())
                                .unwrap_or_else(|| "null".into()),
                        })
                        .collect(),
                )
            }
            v => v,
        };
        out = json_text::set_member(
            &out, container, key, &value, spec.jsonc, spec.who, spec.path,
        )?;
    }
    check_lists(spec, &out, &planned)?;
    // A file Rulebook made, now empty, goes; a file the team made stays, even if it held no
    // more than empty lists.
    let gone = match made {
        Made::Rulebook => json_text::value_of(&out).is_ok_and(|v| skeleton(spec, &v, true)),
        Made::Team => false,
        Made::Unknown => {
            let empties: Vec<(String, Vec<Value>)> =
                all_slots.iter().map(|s| (s.clone(), Vec::new())).collect();
            made_file(spec, &empties).is_ok_and(|bare| bare == out)
        }
    };
    Ok((!gone).then_some(out))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// Claude Code's settings, as its layout declares them.
    fn spec() -> &'static ListSpec {
        spec_for(".claude/settings.json").expect("claude's layout keeps a deny list")
    }

    /// Deny entries.
    fn s(v: &[&str]) -> Vec<String> {
        v.iter()
            .map(|x| entry("permissions.deny", &json!(x)))
            .collect()
    }

    /// A merge as a lock from before `made` was recorded asks for it.
    fn merge_u(
        spec: &ListSpec,
        text: Option<&str>,
        old: &[String],
        new: &[String],
    ) -> Result<Option<String>, String> {
        merge(spec, text, old, new, Made::Unknown)
    }

    #[test]
    fn a_file_goes_only_when_rulebook_made_it_and_it_holds_only_empty_lists() {
        let allow = vec![entry("permissions.allow", &json!("Bash(ls)"))];
        let deny = vec![entry("permissions.deny", &json!("Read(a)"))];
        let both: Vec<String> = allow.iter().chain(&deny).cloned().collect();
        // Made with one list, then another added: emptied, the file still goes.
        let made = merge(spec(), None, &[], &allow, Made::Rulebook)
            .unwrap()
            .unwrap();
        let grown = merge(spec(), Some(&made), &allow, &both, Made::Rulebook)
            .unwrap()
            .unwrap();
        assert_eq!(
            merge(spec(), Some(&grown), &both, &[], Made::Rulebook).unwrap(),
            None
        );
        // A team file that held only `{}` stays (as the empty lists around it).
        let team = "{}\n";
        let added = merge(spec(), Some(team), &[], &deny, Made::Team)
            .unwrap()
            .unwrap();
        let back = merge(spec(), Some(&added), &deny, &[], Made::Team)
            .unwrap()
            .unwrap();
        assert_eq!(
            json_text::value_of(&back).unwrap(),
            json!({"permissions": {"deny": []}})
        );
        // Anything else the file holds keeps it.
        let kept = "{\"permissions\": {\"deny\": []}, \"model\": \"x\"}";
        assert!(
            merge(spec(), Some(kept), &[], &[], Made::Rulebook)
                .unwrap()
                .is_some()
        );
    }

    #[test]
    fn a_jsonc_list_with_comments_between_its_items_is_refused_not_stripped() {
        let gemini = spec_for(".gemini/settings.json").unwrap();
        let ours = vec![entry(
            "hooks.BeforeTool",
            &json!({"hooks": [{"command": "x"}]}),
        )];
        let team = "{\n  \"hooks\": {\n    \"BeforeTool\": [\n      // block rm\n      {\"hooks\": []}\n    ]\n  }\n}\n";
        let err = merge(gemini, Some(team), &[], &ours, Made::Team).unwrap_err();
        assert!(err.contains("holds comments"), "{err}");
        // A comment outside the list stays where it is.
        let outside =
            "{\n  // team settings\n  \"hooks\": {\"BeforeTool\": [{\"hooks\": []}]}\n}\n";
        let merged = merge(gemini, Some(outside), &[], &ours, Made::Team)
            .unwrap()
            .unwrap();
        assert!(merged.contains("// team settings"), "{merged}");
    }

    #[test]
    fn lists_that_overlap_are_refused_not_half_written() {
        // A list at `permissions` and one inside it: writing either replaces the other.
        let nested = entry("permissions.deny", &json!("Read(a)"));
        let outer = entry("permissions", &json!("x"));
        let both = vec![nested.clone(), outer.clone()];
        for text in [None, Some("{}\n")] {
            let err = merge(spec(), text, &[], &both, Made::Team).unwrap_err();
            assert!(err.contains("cannot be written beside"), "{err}");
        }
        // With the team's list already there, the outer one is not a list: refused too.
        let team = "{\"permissions\": {\"deny\": [\"Read(t)\"]}}";
        assert!(merge(spec(), Some(team), &[], &both, Made::Team).is_err());
        // Each alone is written.
        assert!(merge(spec(), Some("{}"), &[], &[nested], Made::Team).is_ok());
        assert!(merge(spec(), Some("{}"), &[], &[outer], Made::Team).is_ok());
    }

    fn now(text: &str, of: &[String]) -> Vec<String> {
        current(spec(), text, of).unwrap()
    }

    #[test]
    fn only_owned_entries_move_and_every_other_byte_stays() {
        let team = "{\n  \"model\": \"opus\", // not JSON\n}\n";
        assert!(merge_u(spec(), Some(team), &[], &s(&["Read(a)"])).is_err());
        let team = "{\n    \"model\": \"opus\",\n    \"permissions\": {\n        \"allow\": [\"Bash(ls)\"],\n        \"deny\": [\"Bash(curl *)\", \"Read(.env)\"]\n    },\n    \"z\": 1\n}\n";
        let new = s(&["Read(secrets/**)", "Read(.env)"]);
        let cur = now(team, &new);
        // `.env` was the team's: not owned, so never removed.
        let own = owned(&[], &new, &cur);
        assert_eq!(own, s(&["Read(secrets/**)"]));
        let after = merge_u(spec(), Some(team), &[], &new).unwrap().unwrap();
        assert!(after.starts_with("{\n    \"model\": \"opus\",\n    \"permissions\": {\n        \"allow\": [\"Bash(ls)\"],\n        \"deny\": [\"Bash(curl *)\", \"Read(.env)\", \"Read(secrets/**)\"]\n    },\n    \"z\": 1\n}\n"), "{after}");
        // Idempotent.
        assert_eq!(
            merge_u(spec(), Some(&after), &own, &new).unwrap().unwrap(),
            after
        );
        // The policy drops both: only the owned one goes.
        let gone = merge_u(spec(), Some(&after), &own, &[]).unwrap().unwrap();
        assert_eq!(now(&gone, &own), s(&["Bash(curl *)", "Read(.env)"]));
        assert!(gone.contains("\"z\": 1") && gone.contains("\"allow\": [\"Bash(ls)\"]"));
    }

    #[test]
    fn a_list_kept_one_item_a_line_stays_so_and_comes_back_byte_for_byte() {
        let team = "{\n    \"permissions\": {\n        \"deny\": [\n            \"Bash(curl *)\",\n            \"Read(.env)\"\n        ]\n    }\n}\n";
        let new = s(&["Read(secrets/**)"]);
        let after = merge_u(spec(), Some(team), &[], &new).unwrap().unwrap();
        assert_eq!(
            after,
            "{\n    \"permissions\": {\n        \"deny\": [\n            \"Bash(curl *)\",\n            \"Read(.env)\",\n            \"Read(secrets/**)\"\n        ]\n    }\n}\n"
        );
        let back = merge_u(spec(), Some(&after), &new, &[]).unwrap().unwrap();
        assert_eq!(back, team);
    }

    #[test]
    fn a_file_rulebook_made_goes_when_its_list_empties_and_bad_lists_are_refused() {
        let made = merge_u(spec(), None, &[], &s(&["Read(a)"]))
            .unwrap()
            .unwrap();
        assert_eq!(
            made,
            "{\n  \"permissions\": {\n    \"deny\": [\"Read(a)\"]\n  }\n}\n"
        );
        assert_eq!(
            merge_u(spec(), Some(&made), &s(&["Read(a)"]), &[]).unwrap(),
            None
        );
        assert_eq!(merge_u(spec(), None, &[], &[]).unwrap(), None);
        // A file the team made keeps existing, even when only an empty list is left.
        let team = "{\"permissions\": {\"deny\": []}}\n";
        let added = merge_u(spec(), Some(team), &[], &s(&["Read(a)"]))
            .unwrap()
            .unwrap();
        let back = merge_u(spec(), Some(&added), &s(&["Read(a)"]), &[]).unwrap();
        assert_eq!(back.as_deref(), Some(team));
        for bad in ["{\"permissions\": {\"deny\": \"Read(a)\"}}", "[1]", "{"] {
            assert!(
                merge_u(spec(), Some(bad), &[], &s(&["Read(b)"])).is_err(),
                "{bad}"
            );
        }
        // A copy the team made of Rulebook's entry stays when Rulebook's goes.
        let twice = "{\"permissions\": {\"deny\": [\"Read(a)\", \"Read(a)\"]}}";
        let once = merge_u(spec(), Some(twice), &s(&["Read(a)"]), &[])
            .unwrap()
            .unwrap();
        assert_eq!(now(&once, &s(&["Read(a)"])), s(&["Read(a)"]));
        // A list holding other values keeps them: they are the team's.
        let mixed = "{\"permissions\": {\"deny\": [1]}}";
        let out = merge_u(spec(), Some(mixed), &[], &s(&["Read(b)"]))
            .unwrap()
            .unwrap();
        assert_eq!(
            json_text::value_of(&out).unwrap(),
            json!({"permissions": {"deny": [1, "Read(b)"]}})
        );
        assert_eq!(
            content(spec(), &["a".into(), "a".into(), "b".into()]),
            format!("{}\n{}\n", s(&["Read(a)"])[0], s(&["Read(b)"])[0])
        );
    }

    #[test]
    fn older_locks_bare_entries_are_the_first_list_s() {
        assert_eq!(normalize(spec(), "Read(a)"), s(&["Read(a)"])[0]);
        assert_eq!(normalize(spec(), &s(&["Read(a)"])[0]), s(&["Read(a)"])[0]);
        assert_eq!(entries(spec(), "Read(a)\n"), s(&["Read(a)"]));
    }

    #[test]
    fn several_lists_and_object_items_are_owned_item_by_item() {
        let hook = json!({"matcher": "Bash", "hooks": [{"type": "command", "command": "g.sh"}]});
        let mine = vec![
            entry("permissions.allow", &json!("Bash(ls)")),
            entry("permissions.deny", &json!("Bash(git push)")),
            entry("hooks.PreToolUse", &hook),
        ];
        let team = "{\n  \"hooks\": {\n    \"PreToolUse\": [\n      {\"matcher\": \"Edit\", \"hooks\": [], \"n\": 1.50}\n    ]\n  },\n  \"model\": \"x\"\n}\n";
        let after = merge_u(spec(), Some(team), &[], &mine).unwrap().unwrap();
        let v = json_text::value_of(&after).unwrap();
        assert_eq!(v["hooks"]["PreToolUse"].as_array().unwrap().len(), 2);
        assert_eq!(v["hooks"]["PreToolUse"][1], hook);
        assert_eq!(v["permissions"]["allow"], json!(["Bash(ls)"]));
        assert_eq!(v["model"], "x");
        // A list of objects is written one item a line, the team's with its own bytes (the
        // number as written, not as serde would print it); the rest of the file stays.
        assert!(
            after.contains("\n      {\"matcher\": \"Edit\", \"hooks\": [], \"n\": 1.50},\n"),
            "{after}"
        );
        assert!(after.contains("\n  },\n  \"model\": \"x\",\n"), "{after}");
        // Every owned item is found again; idempotent; removing gives back the team's items.
        assert!(mine.iter().all(|e| now(&after, &mine).contains(e)));
        assert_eq!(
            merge_u(spec(), Some(&after), &mine, &mine)
                .unwrap()
                .unwrap(),
            after
        );
        let back = merge_u(spec(), Some(&after), &mine, &[]).unwrap().unwrap();
        let b = json_text::value_of(&back).unwrap();
        assert_eq!(
            b["hooks"]["PreToolUse"],
            json!([{"matcher": "Edit", "hooks": [], "n": 1.5}])
        );
        assert!(back.starts_with("{\n  \"hooks\": {\n    \"PreToolUse\": [\n      {\"matcher\": \"Edit\", \"hooks\": [], \"n\": 1.50}\n    ]\n  },\n"), "{back}");
        assert_eq!(b["permissions"]["allow"], json!([]));
        // Made from nothing and emptied again, the file goes.
        let made = merge_u(spec(), None, &[], &mine).unwrap().unwrap();
        assert_eq!(
            json_text::value_of(&made).unwrap()["hooks"]["PreToolUse"][0],
            hook
        );
        assert_eq!(merge_u(spec(), Some(&made), &mine, &[]).unwrap(), None);
    }
}
