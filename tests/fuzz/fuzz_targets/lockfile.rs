#![no_main]
//! Placeholder target; the fuzz targets are filled in by the fuzzing work (issue 19).
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = std::str::from_utf8(data);
});
