#![no_main]
//! A skill upload: a zip, tar or tar.gz read under caps, then turned into a skill.
use libfuzzer_sys::fuzz_target;
use rulebook::archive::{Caps, read, skill};

fuzz_target!(|data: &[u8]| {
    let caps = Caps {
        entries: 64,
        file_bytes: 1 << 20,
        total_bytes: 4 << 20,
    };
    if let Ok(entries) = read(data, caps) {
        let _ = skill::from_entries(entries);
    }
});
