#![no_main]
//! A repository's `.claude/settings.json` (any text): Rulebook reads the lists it owns entries
//! in (`permissions.deny`, and any other list an agent policy names) and sets its own entries
//! there, keeping the rest. Whatever the file holds, reading and merging answer with a value
//! or an error, and a merged file reads back with exactly the wanted entries in, Rulebook's
//! dropped ones out (one copy each), and the team's other entries kept.
use libfuzzer_sys::fuzz_target;
use rulebook::render::settings_list::{Made, current, entries, merge, spec_for};

/// Whether `e` is an entry a render or a lock could hold: a bare string (an older lock's) or
/// `list.path<TAB>json`.
fn well_formed(e: &str) -> bool {
    match e.split_once('\t') {
        None => true,
        Some((slot, item)) => {
            slot.split('.').all(|k| !k.is_empty())
                && serde_json::from_str::<serde_json::Value>(item).is_ok()
        }
    }
}

fuzz_target!(|data: &[u8]| {
    // Claude Code's own declaration, not a copy of it.
    let spec = spec_for(".claude/settings.json").expect("Claude Code declares its deny list");
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // `existing NUL old-entries NUL new-entries`, entries one per line.
    let mut parts = text.splitn(3, '\u{0}');
    let existing = parts.next().unwrap_or_default();
    let lines = |s: Option<&str>| -> Vec<String> {
        let kept: Vec<&str> = s
            .unwrap_or_default()
            .lines()
            // Bare entries (an older lock's, Claude's deny list) and entries of any list.
            .filter(|l| !l.is_empty() && well_formed(l))
            .collect();
        let mut out = entries(spec, &kept.join("\n"));
        out.dedup();
        out
    };
    let old = lines(parts.next());
    let mut new = lines(parts.next());
    new.sort();
    new.dedup();
    let of: Vec<String> = old.iter().chain(&new).cloned().collect();
    let Ok(before) = current(spec, existing, &of) else {
        let _ = merge(spec, Some(existing), &old, &new, Made::Team);
        return;
    };
    match merge(spec, Some(existing), &old, &new, Made::Unknown) {
        Ok(Some(out)) => {
            let after = current(spec, &out, &of).expect("a merged file reads back");
            for e in &new {
                assert!(after.contains(e), "{e:?} missing from {out:?}");
            }
            for e in &before {
                let copies = before.iter().filter(|x| *x == e).count();
                let dropped = old.contains(e) && !new.contains(e) && copies == 1;
                assert_eq!(after.contains(e), !dropped, "{e:?} in {out:?}");
            }
        }
        Ok(None) => assert!(new.is_empty(), "only an emptied list removes the file"),
        Err(_) => {}
    }
});
