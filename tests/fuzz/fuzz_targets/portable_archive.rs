#![no_main]
//! A portable playbook archive as `rulebook install --from` and the import read it.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = rulebook::install::source::from_zip(data);
});
