#![no_main]
//! An artifact body as the create and update handlers decode it: JSON → wire shape → domain
//! content → the limits check, for each kind (the first byte picks it).
use libfuzzer_sys::fuzz_target;
use rulebook::model::artifact::{Kind, Limits};
use rulebook::model::wire::{ArtifactIn, to_content};

fuzz_target!(|data: &[u8]| {
    let Some((&k, body)) = data.split_first() else {
        return;
    };
    let kind = [Kind::Standard, Kind::Command, Kind::Skill, Kind::Subagent][k as usize % 4];
    let Ok(wire) = serde_json::from_slice::<ArtifactIn>(body) else {
        return;
    };
    if let Ok(content) = to_content(kind, wire) {
        let _ = content.field_problems(&Limits::default());
        let _ = rulebook::scan::scan_content(&content, &Default::default());
    }
});
