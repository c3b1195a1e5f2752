//! Writing files so that a crash or a full disk never leaves a half-written one: write a
//! temporary file beside the target, fsync it, then rename it over the target (atomic on
//! POSIX filesystems), and fsync the directory so the rename itself survives a power cut.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

/// The temporary path used while writing `path` (same directory, so rename is atomic).
pub fn temp_path(path: &Path) -> PathBuf {
    let mut name = path
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    // The process id, asked once: an install names tens of thousands of temporary files,
    // and each `getpid` is a system call on musl.
    static PID: std::sync::OnceLock<u32> = std::sync::OnceLock::new();
    name.push(format!(
        ".rulebook-tmp-{}",
        PID.get_or_init(std::process::id)
    ));
    path.with_file_name(name)
}

/// Writes `data` to `path` atomically with Unix permissions `mode` (for a new file).
pub fn write_atomic(path: &Path, data: &[u8], mode: u32) -> io::Result<()> {
    let tmp = temp_path(path);
    let result = (|| {
        let mut f = OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(mode)
            .open(&tmp)?;
        f.write_all(data)?;
        f.sync_all()?;
        // The umask may have narrowed the mode; set exactly what was asked.
        fs::set_permissions(&tmp, std::os::unix::fs::PermissionsExt::from_mode(mode))?;
        fs::rename(&tmp, path)?;
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            File::open(dir)?.sync_all()?;
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn replaces_whole_files_with_the_asked_mode() {
        let dir = std::env::temp_dir().join(format!("rb-files-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let p = dir.join("a.sh");
        write_atomic(&p, b"one", 0o755).unwrap();
        write_atomic(&p, b"two", 0o755).unwrap();
        assert_eq!(fs::read(&p).unwrap(), b"two");
        assert_eq!(
            fs::metadata(&p).unwrap().permissions().mode() & 0o777,
            0o755
        );
        assert!(write_atomic(&dir.join("missing/x"), b"", 0o644).is_err());
        assert_eq!(fs::read_dir(&dir).unwrap().count(), 1, "no temp file left");
        fs::remove_dir_all(&dir).unwrap();
    }
}
