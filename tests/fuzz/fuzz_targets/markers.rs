#![no_main]
//! The marked section of a shared file (AGENTS.md and the like): the file is the repository's,
//! the section Rulebook's. Extract, set and remove it on any text.
use libfuzzer_sys::fuzz_target;
use rulebook::render::merge::{extract, merge};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (existing, section) = text.split_once('\u{0}').unwrap_or((text, "- a rule\n"));
    let _ = extract(existing);
    if let Ok(Some(merged)) = merge(Some(existing), Some(section)) {
        // What was set is what is read back.
        assert!(
            extract(&merged).is_ok(),
            "a merged file must read back: {merged:?}"
        );
    }
    let _ = merge(Some(existing), None);
});
