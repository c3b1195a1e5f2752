#![no_main]
//! An upgrade bundle and its minisign signature as `rulebook upgrade check` reads them from
//! the USB stick (signature file, trusted comment), against a trusted key.
use libfuzzer_sys::fuzz_target;
use rulebook::ops::upgrade::{trusted_keys, verify};

fuzz_target!(|data: &[u8]| {
    let dir = std::env::temp_dir().join(format!("rb-fuzz-upgrade-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let bundle = dir.join("rulebook");
    let (sig, body) = match data.iter().position(|&b| b == 0) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, &b""[..]),
    };
    let key = dir.join("key.pub");
    let wrote = std::fs::write(&bundle, body).is_ok()
        && std::fs::write(dir.join("rulebook.minisig"), sig).is_ok()
        && std::fs::write(
            &key,
            "RWTAkHNFf7dLXQ7o0LB68s0k06FWorKsEJx3HyblVJjrM/vriEm47/0T\n",
        )
        .is_ok();
    if !wrote {
        return;
    }
    if let Ok(keys) = trusted_keys(&[key]) {
        let _ = verify(&bundle, &keys);
    }
});
