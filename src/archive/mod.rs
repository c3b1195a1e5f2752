//! Archives in and out: reading zip and tar(.gz) uploads safely, and writing deterministic
//! zips for skill downloads and portable playbook exports.
//!
//! Every archive that reaches us is treated as hostile. [`read`] works on bytes in memory (no
//! file is ever extracted to disk) and refuses, with a stable code and before anything is
//! written anywhere: paths that are absolute or climb out with `..`, symlinks, hard links and
//! device entries, encrypted entries, duplicate paths, too many entries, and entries that
//! expand beyond the caps (a zip bomb is cut off while inflating, never inflated in full).
//! Writing is deterministic (fixed timestamps, sorted entries), so the same content gives the
//! same bytes.

pub mod portable;
pub mod signed;
pub mod skill;

use std::fmt;
use std::io::{Cursor, Read, Write};

use crate::error::Coded;
use crate::model::artifact::check_relative_path;

/// One regular file from or for an archive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Relative path with `/` separators, checked by [`check_relative_path`].
    pub path: String,
    pub data: Vec<u8>,
    /// 0o644 or 0o755 (any execute bit becomes 0o755).
    pub mode: u32,
}

/// Caps applied while reading an upload.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Caps {
    /// Regular files (directories do not count).
    pub entries: usize,
    /// Bytes of one file once expanded.
    pub file_bytes: u64,
    /// Bytes of all files once expanded.
    pub total_bytes: u64,
}

/// Why an archive was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArchiveError {
    /// Not a zip, tar or tar.gz, or damaged.
    Invalid(String),
    /// A path that is absolute, climbs out with `..`, or is otherwise unusable.
    UnsafePath(String),
    /// A symlink, hard link, device or other non-regular entry.
    Link(String),
    /// More entries or bytes than the caps allow.
    TooLarge(String),
    /// An entry expands far beyond its declared or allowed size.
    Bomb(String),
    /// The content inside is not a valid skill or playbook.
    Content(String),
    /// A portable archive written by a newer Rulebook.
    TooNew(u64),
}

impl Coded for ArchiveError {
    fn code(&self) -> &'static str {
        match self {
            ArchiveError::Invalid(_) => "RB-ARCHIVE-INVALID",
            ArchiveError::UnsafePath(_) => "RB-ARCHIVE-UNSAFE-PATH",
            ArchiveError::Link(_) => "RB-ARCHIVE-LINK",
            ArchiveError::TooLarge(_) => "RB-ARCHIVE-TOO-LARGE",
            ArchiveError::Bomb(_) => "RB-ARCHIVE-BOMB",
            ArchiveError::Content(_) => "RB-ARCHIVE-CONTENT",
            ArchiveError::TooNew(_) => "RB-ARCHIVE-TOO-NEW",
        }
    }
}

impl fmt::Display for ArchiveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ArchiveError::Invalid(m) => write!(f, "not a readable zip, tar or tar.gz archive: {m}"),
            ArchiveError::UnsafePath(p) => write!(
                f,
                "archive entry {p:?} has an unsafe path (absolute, `..`, backslash or control character)"
            ),
            ArchiveError::Link(p) => write!(
                f,
                "archive entry {p:?} is a link or special file; only regular files are accepted"
            ),
            ArchiveError::TooLarge(m) => write!(f, "archive too large: {m}"),
            ArchiveError::Bomb(p) => write!(
                f,
                "archive entry {p:?} expands beyond the allowed size (decompression bomb?)"
            ),
            ArchiveError::Content(m) => write!(f, "archive content refused: {m}"),
            ArchiveError::TooNew(v) => write!(
                f,
                "archive format version {v} was written by a newer Rulebook; import it there or upgrade"
            ),
        }
    }
}

/// Reads a zip, tar or gzip-compressed tar from memory, by its magic bytes.
pub fn read(bytes: &[u8], caps: Caps) -> Result<Vec<Entry>, ArchiveError> {
    let mut entries = if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        read_zip(bytes, caps)?
    } else if bytes.starts_with(&[0x1f, 0x8b]) {
        // The whole tar stream is capped, so a gzip bomb stops at the cap.
        let limit = caps
            .total_bytes
            .saturating_add(caps.entries as u64 * 1024 + 10_240);
        let gz = flate2::read::GzDecoder::new(bytes);
        read_tar(Capped::new(gz, limit), caps, bytes.len())?
    } else if bytes.get(257..262) == Some(b"ustar") {
        read_tar(Capped::new(bytes, u64::MAX), caps, bytes.len())?
    } else {
        return Err(ArchiveError::Invalid(
            "expected a zip, tar or tar.gz (unknown magic bytes)".into(),
        ));
    };
    entries.sort_by(|a, b| a.path.cmp(&b.path));
    check_unique(&entries)?;
    Ok(entries)
}

/// Refuses two entries with the same path (after [`safe_path`]'s normalisation): which copy
/// wins would depend on the reader, so what was reviewed may not be what is stored. `entries`
/// must be sorted by path.
fn check_unique(entries: &[Entry]) -> Result<(), ArchiveError> {
    match entries.windows(2).find(|w| w[0].path == w[1].path) {
        Some(w) => Err(duplicate(&w[0].path)),
        None => Ok(()),
    }
}

pub(crate) fn duplicate(path: &str) -> ArchiveError {
    ArchiveError::Content(format!("{path:?} appears twice in the archive"))
}

/// Checks an entry's name and returns it without a trailing `/`.
fn safe_path(raw: &str) -> Result<String, ArchiveError> {
    let p = raw.strip_prefix("./").unwrap_or(raw);
    let p = p.strip_suffix('/').unwrap_or(p);
    check_relative_path(p).map_err(|_| ArchiveError::UnsafePath(raw.to_string()))?;
    Ok(p.to_string())
}

fn mode_of(unix: Option<u32>) -> u32 {
    match unix {
        Some(m) if m & 0o111 != 0 => 0o755,
        _ => 0o644,
    }
}

struct Budget {
    caps: Caps,
    /// Bytes of the upload, to tell a bomb (tiny upload, huge content) from a big file.
    input: u64,
    files: usize,
    total: u64,
}

impl Budget {
    fn new(caps: Caps, input: usize) -> Budget {
        Budget {
            caps,
            input: input as u64,
            files: 0,
            total: 0,
        }
    }

    /// Counts a file before reading it.
    fn file(&mut self, path: &str, declared: u64) -> Result<(), ArchiveError> {
        self.files += 1;
        if self.files > self.caps.entries {
            return Err(ArchiveError::TooLarge(format!(
                "more than {} files",
                self.caps.entries
            )));
        }
        if declared > self.caps.file_bytes && declared / self.input.max(1) > 100 {
            return Err(ArchiveError::Bomb(path.to_string()));
        }
        if declared > self.caps.file_bytes {
            return Err(ArchiveError::TooLarge(format!(
                "{path:?} is {declared} bytes; the limit per file is {}",
                self.caps.file_bytes
            )));
        }
        Ok(())
    }

    /// Reads one file's data, never more than the caps allow.
    fn take(&mut self, path: &str, r: impl Read, declared: u64) -> Result<Vec<u8>, ArchiveError> {
        let room = self
            .caps
            .file_bytes
            .min(self.caps.total_bytes.saturating_sub(self.total));
        let mut data = Vec::new();
        r.take(room.saturating_add(1))
            .read_to_end(&mut data)
            .map_err(|e| ArchiveError::Invalid(format!("{path:?}: {e}")))?;
        let n = data.len() as u64;
        if n > room || n > declared {
            return Err(ArchiveError::Bomb(path.to_string()));
        }
        self.total += n;
        Ok(data)
    }
}

/// The first name the central directory starting at `start` lists twice, read from the raw
/// records (signature, 42 fixed bytes with the name, extra and comment lengths at 28, 30 and
/// 32, then the name), never from the zip crate's index, which is keyed by name.
fn raw_central_duplicate(bytes: &[u8], start: u64) -> Option<String> {
    let u16_at = |at: usize| -> Option<usize> {
        let b = bytes.get(at..at + 2)?;
        Some(usize::from(u16::from_le_bytes([b[0], b[1]])))
    };
    let mut at = usize::try_from(start).ok()?;
    let mut seen = std::collections::HashSet::new();
    while bytes.get(at..at + 4) == Some(&b"PK\x01\x02"[..]) {
        let (name_len, extra_len, comment_len) =
            (u16_at(at + 28)?, u16_at(at + 30)?, u16_at(at + 32)?);
        let name = bytes.get(at + 46..at + 46 + name_len)?;
        if !seen.insert(name) {
            return Some(String::from_utf8_lossy(name).into_owned());
        }
        at += 46 + name_len + extra_len + comment_len;
    }
    None
}

fn read_zip(bytes: &[u8], caps: Caps) -> Result<Vec<Entry>, ArchiveError> {
    let invalid = |e: zip::result::ZipError| ArchiveError::Invalid(e.to_string());
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(invalid)?;
    // The zip crate indexes entries by name, so of two entries with one name only the last
    // is visible through it: duplicates are found on the raw central directory, before any
    // entry is read. (Names equal only after decoding or normalising are caught in `read`.)
    if let Some(name) = raw_central_duplicate(bytes, zip.central_directory_start()) {
        return Err(duplicate(&name));
    }
    if zip.has_duplicate_names() {
        return Err(ArchiveError::Content(
            "the central directory lists a name twice".into(),
        ));
    }
    // A local header that disagrees with its central record (another name, size or method),
    // overlapping entries, or a local header the central directory does not list: tools that
    // read local headers would see other files than we do (zip cloaking).
    zip.validate_header_consistency().map_err(|e| {
        ArchiveError::Invalid(format!(
            "the local headers and the central directory disagree: {e}"
        ))
    })?;
    if zip.len() > caps.entries.saturating_mul(2).saturating_add(64) {
        return Err(ArchiveError::TooLarge(format!(
            "{} entries; at most {} files are accepted",
            zip.len(),
            caps.entries
        )));
    }
    let mut budget = Budget::new(caps, bytes.len());
    let mut out = Vec::new();
    for i in 0..zip.len() {
        let file = zip.by_index(i).map_err(invalid)?;
        let raw = file.name().map_err(invalid)?.to_string();
        let path = safe_path(&raw)?;
        if file.is_symlink() {
            return Err(ArchiveError::Link(raw));
        }
        if file.is_dir() {
            continue;
        }
        if let Some(m) = file.unix_mode() {
            let kind = m & 0o170000;
            if kind != 0 && kind != 0o100000 {
                return Err(ArchiveError::Link(raw));
            }
        }
        if file.encrypted() {
            return Err(ArchiveError::Invalid(format!("{raw:?} is encrypted")));
        }
        let declared = file.size();
        budget.file(&raw, declared)?;
        let mode = mode_of(file.unix_mode());
        let data = budget.take(&raw, file, declared)?;
        out.push(Entry { path, data, mode });
    }
    Ok(out)
}

fn read_tar<R: Read>(r: Capped<R>, caps: Caps, input: usize) -> Result<Vec<Entry>, ArchiveError> {
    let invalid = |e: std::io::Error| {
        if e.kind() == std::io::ErrorKind::FileTooLarge {
            ArchiveError::Bomb("(compressed stream)".into())
        } else {
            ArchiveError::Invalid(e.to_string())
        }
    };
    let mut tar = tar::Archive::new(r);
    let mut budget = Budget::new(caps, input);
    let mut out = Vec::new();
    let mut seen = 0usize;
    for entry in tar.entries().map_err(invalid)? {
        let entry = entry.map_err(invalid)?;
        seen += 1;
        if seen > caps.entries.saturating_mul(2).saturating_add(64) {
            return Err(ArchiveError::TooLarge(format!(
                "more than {} entries",
                caps.entries
            )));
        }
        let raw_bytes = entry.path_bytes().into_owned();
        let raw = String::from_utf8(raw_bytes)
            .map_err(|_| ArchiveError::UnsafePath("(a name that is not UTF-8)".into()))?;
        let header = entry.header();
        let kind = header.entry_type();
        if kind.is_pax_global_extensions() || kind.is_pax_local_extensions() {
            continue;
        }
        let path = safe_path(&raw)?;
        if kind.is_dir() {
            continue;
        }
        if !kind.is_file() {
            return Err(ArchiveError::Link(raw));
        }
        let declared = header.size().map_err(invalid)?;
        budget.file(&raw, declared)?;
        let mode = mode_of(header.mode().ok());
        let data = budget.take(&raw, entry, declared)?;
        out.push(Entry { path, data, mode });
    }
    Ok(out)
}

/// A reader that fails with `FileTooLarge` past `limit` bytes (for compressed streams).
struct Capped<R> {
    inner: R,
    left: u64,
}

impl<R: Read> Capped<R> {
    fn new(inner: R, limit: u64) -> Capped<R> {
        Capped { inner, left: limit }
    }
}

impl<R: Read> Read for Capped<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        if n as u64 > self.left {
            return Err(std::io::Error::new(
                std::io::ErrorKind::FileTooLarge,
                "the compressed stream expands beyond the cap",
            ));
        }
        self.left -= n as u64;
        Ok(n)
    }
}

/// Writes entries as a zip: sorted by path, deflated, fixed 1980-01-01 timestamps and the
/// entries' modes, so the same entries give the same bytes.
pub fn write_zip(entries: &[Entry]) -> Result<Vec<u8>, ArchiveError> {
    let fail = |e: zip::result::ZipError| ArchiveError::Invalid(format!("writing zip: {e}"));
    let mut sorted: Vec<&Entry> = entries.iter().collect();
    sorted.sort_by(|a, b| a.path.cmp(&b.path));
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for e in sorted {
        check_relative_path(&e.path).map_err(|_| ArchiveError::UnsafePath(e.path.clone()))?;
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .unix_permissions(e.mode)
            .large_file(e.data.len() as u64 >= u32::MAX as u64);
        w.start_file(e.path.as_str(), opts).map_err(fail)?;
        w.write_all(&e.data)
            .map_err(|e| ArchiveError::Invalid(format!("writing zip: {e}")))?;
    }
    Ok(w.finish().map_err(fail)?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    const CAPS: Caps = Caps {
        entries: 10,
        file_bytes: 1 << 20,
        total_bytes: 2 << 20,
    };

    fn entry(path: &str, data: &[u8], mode: u32) -> Entry {
        Entry {
            path: path.into(),
            data: data.to_vec(),
            mode,
        }
    }

    #[test]
    fn zip_round_trip_is_deterministic() {
        let es = vec![
            entry("b/run.sh", b"#!/bin/sh\n", 0o755),
            entry("a.md", b"hello", 0o644),
        ];
        let z1 = write_zip(&es).unwrap();
        let z2 = write_zip(&es).unwrap();
        assert_eq!(z1, z2);
        let back = read(&z1, CAPS).unwrap();
        assert_eq!(back[0], es[1]);
        assert_eq!(back[1], es[0]);
    }

    #[test]
    fn hostile_zips_are_refused() {
        let bomb = {
            let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
            let opts = zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Deflated);
            w.start_file("big.txt", opts).unwrap();
            w.write_all(&vec![0u8; 5 << 20]).unwrap();
            w.finish().unwrap().into_inner()
        };
        assert!(bomb.len() < 20_000);
        assert!(matches!(read(&bomb, CAPS), Err(ArchiveError::Bomb(_))));
        let link = {
            let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
            w.add_symlink("x", "/etc/passwd", zip::write::SimpleFileOptions::default())
                .unwrap();
            w.finish().unwrap().into_inner()
        };
        assert!(matches!(read(&link, CAPS), Err(ArchiveError::Link(_))));
        assert!(matches!(
            read(b"nonsense", CAPS),
            Err(ArchiveError::Invalid(_))
        ));
    }
}
