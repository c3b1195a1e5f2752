//! A small `log` backend: one line per event on stderr (journald adds its own metadata),
//! `TIME LEVEL target: message`. Level from `--log-level` or `RULEBOOK_LOG`.
//! Secrets never reach a log line: callers log ids and codes, not keys, tokens or queries.

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
            record.args()
        );
        let _ = std::io::stderr().lock().write_all(line.as_bytes());
    }

    fn flush(&self) {}
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
