#![no_main]
//! A repository's `rulebook.json` and `rulebook.lock`, which anyone with commit access writes.
use std::path::Path;

use libfuzzer_sys::fuzz_target;
use rulebook::install::lock::{parse_config, parse_lock};

fuzz_target!(|data: &[u8]| {
    let _ = parse_config(Path::new("rulebook.json"), data);
    let _ = parse_lock(Path::new("rulebook.lock"), data);
});
