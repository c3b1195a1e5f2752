#![no_main]
//! SKILL.md as uploaded or imported: frontmatter and body, then written back.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = rulebook::model::skill_md::fields(text);
    let _ = rulebook::model::skill_md::parse(text);
});
