#![no_main]
//! A repository's `.claude/settings.json` (any text): Rulebook reads its `permissions.deny`
//! list and sets its own entries in it, keeping the rest. Whatever the file holds, reading and
//! merging answer with a value or an error, and a merged file reads back with exactly the
//! wanted entries in, Rulebook's dropped ones out, and the team's other entries kept.
use libfuzzer_sys::fuzz_target;
use rulebook::render::settings_list::{current, merge, spec_for};

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
        s.unwrap_or_default()
            .lines()
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect()
    };
    let old = lines(parts.next());
    let new = lines(parts.next());
    let Ok(before) = current(spec, existing) else {
        let _ = merge(spec, Some(existing), &old, &new);
        return;
    };
    match merge(spec, Some(existing), &old, &new) {
        Ok(Some(out)) => {
            let after = current(spec, &out).expect("a merged file reads back");
            for e in &new {
                assert!(after.contains(e), "{e:?} missing from {out:?}");
            }
            for e in &before {
                let dropped = old.contains(e) && !new.contains(e);
                assert_eq!(after.contains(e), !dropped, "{e:?} in {out:?}");
            }
        }
        Ok(None) => assert!(new.is_empty(), "only an emptied list removes the file"),
        Err(_) => {}
    }
});
