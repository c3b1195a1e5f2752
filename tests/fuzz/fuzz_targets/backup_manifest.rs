#![no_main]
//! A backup's manifest as `rulebook backup verify` and `restore` read it from the USB stick,
//! checked against the backup file it describes.
use libfuzzer_sys::fuzz_target;
use rulebook::ops::backup::{check_against_manifest, manifest_path, read_manifest};

fuzz_target!(|data: &[u8]| {
    let dir = std::env::temp_dir().join(format!("rb-fuzz-backup-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let backup = dir.join("rulebook.backup");
    let (manifest, body) = match data.iter().position(|&b| b == 0) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, &b""[..]),
    };
    if std::fs::write(&backup, body).is_err()
        || std::fs::write(manifest_path(&backup), manifest).is_err()
    {
        return;
    }
    if let Ok(Some(m)) = read_manifest(&backup) {
        let _ = check_against_manifest(&backup, &m);
    }
});
