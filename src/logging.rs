//! A small `log` backend: one line per event on stderr (journald adds its own metadata),
//! `TIME LEVEL target: message`. Level from `--log-level` or `RULEBOOK_LOG`.
//! Secrets never reach a log line: callers log ids and codes, not keys, tokens or queries.
//! Every line is made safe here, in one place: control characters (ESC, CR, LF, NUL...) and
//! invisible or bidirectional Unicode format characters are written as `\xNN` / `\u{NNNN}`,
//! so text from a request (a path, a header) can neither forge a log line nor drive a
//! terminal.

use std::io::Write;

use log::{Level, LevelFilter, Metadata, Record};

use crate::clock::Clock;

struct StderrLogger {
    level: LevelFilter,
    clock: Clock,
}

impl log::Log for StderrLogger {
    fn enabled(&self, metadata: &Metadata<'_>) -> bool {
        metadata.level() <= self.level && metadata.target().starts_with("rulebook")
            || metadata.level() <= Level::Warn
    }

    fn log(&self, record: &Record<'_>) {
        if !self.enabled(record.metadata()) {
            return;
        }
        let line = format!(
            "{} {:<5} {}: {}\n",
            self.clock.now_rfc3339(),
            record.level(),
            record.target(),
            escape(&record.args().to_string())
        );
        let _ = std::io::stderr().lock().write_all(line.as_bytes());
    }

    fn flush(&self) {}
}

/// Escapes what a terminal or a log reader would interpret: C0 and C1 controls, DEL, and
/// Unicode format characters (zero-width, bidi overrides and isolates, tags). Backslashes are
/// doubled so an escape in the output always came from here.
pub fn escape(s: &str) -> std::borrow::Cow<'_, str> {
    use std::fmt::Write as _;
    let risky = |c: char| c == '\\' || c.is_control() || is_format(c);
    if !s.chars().any(risky) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x100 && (c.is_control()) => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if c.is_control() || is_format(c) => {
                let _ = write!(out, "\\u{{{:04x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Unicode "format" characters that change how text looks without showing themselves.
fn is_format(c: char) -> bool {
    matches!(c as u32,
        0x00ad | 0x061c | 0x180e | 0x200b..=0x200f | 0x2028..=0x202e | 0x2060..=0x2064
        | 0x2066..=0x206f | 0xfeff | 0xfff9..=0xfffb | 0xe0000..=0xe007f)
}

/// Parses a level name (`error`, `warn`, `info`, `debug`, `trace`, `off`).
pub fn parse_level(s: &str) -> Option<LevelFilter> {
    s.parse().ok()
}

/// Installs the logger once; later calls are ignored.
pub fn init(level: LevelFilter, clock: Clock) {
    let logger = Box::new(StderrLogger { level, clock });
    if log::set_boxed_logger(logger).is_ok() {
        log::set_max_level(level.max(LevelFilter::Warn));
    }
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn escapes_controls_and_format_characters() {
        assert_eq!(escape("GET /ok 200"), "GET /ok 200");
        assert_eq!(escape("GET /\x1b[31mFAKE"), "GET /\\x1b[31mFAKE");
        assert_eq!(escape("a\r\nb\0"), "a\\x0d\\x0ab\\x00");
        assert_eq!(escape("x\u{202e}y\u{e0041}"), "x\\u{202e}y\\u{e0041}");
        assert_eq!(escape("back\\slash"), "back\\\\slash");
        assert_eq!(escape("\u{85}"), "\\x85");
        assert_eq!(escape("é ü 漢"), "é ü 漢");
    }
}
