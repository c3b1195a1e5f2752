//! Progress for long operations (an install across a monorepo, a backup, a restore, an import,
//! an archive export), shown on a terminal only.
//!
//! A person waiting at a terminal wants to see that something is happening; a script or CI log
//! wants the output and nothing else. So every byte of progress goes to standard error and only
//! when standard error is a terminal: piped, nothing is written. Two shapes: counted steps
//! (`[2/5] installing services/api`, one line each, so the command's own output stays readable
//! between them) and, around a single opaque call, an elapsed-time line redrawn in place and
//! erased when the call returns.

use std::io::{IsTerminal, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// True when progress may be drawn: standard error is a terminal.
fn on_terminal() -> bool {
    std::io::stderr().is_terminal()
}

/// Counted steps of one operation.
pub(crate) struct Steps {
    label: &'static str,
    total: usize,
    done: usize,
    on: bool,
}

impl Steps {
    /// `total` steps of `label` (a verb: "installing"); silent when piped or for one step.
    pub(crate) fn new(label: &'static str, total: usize) -> Steps {
        Steps {
            label,
            total,
            done: 0,
            on: total > 1 && on_terminal(),
        }
    }

    /// Announces the next step, on `item`.
    pub(crate) fn next(&mut self, item: &str) {
        self.done += 1;
        if self.on {
            eprintln!("{}", step_line(self.label, self.done, self.total, item));
        }
    }
}

/// `[2/5] installing services/api`.
pub(crate) fn step_line(label: &str, n: usize, total: usize, item: &str) -> String {
    format!("[{n}/{total}] {label} {item}")
}

/// `backing up… 12s`, drawn over itself (`\r`, then erase to the end of the line).
pub(crate) fn activity_line(label: &str, elapsed: Duration) -> String {
    format!("\r\x1b[K{label}… {}s", elapsed.as_secs())
}

/// An elapsed-time line for one long call; erased when dropped.
pub(crate) struct Activity {
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Activity {
    /// Starts drawing `label` (e.g. "backing up") if standard error is a terminal.
    pub(crate) fn start(label: &'static str) -> Activity {
        let stop = Arc::new(AtomicBool::new(false));
        let thread = on_terminal().then(|| {
            let stop = stop.clone();
            std::thread::spawn(move || {
                let start = Instant::now();
                // Quick calls draw nothing: only a wait worth noticing gets a line.
                let mut drawn = false;
                while !stop.load(Ordering::Relaxed) {
                    if start.elapsed() >= Duration::from_millis(500) {
                        let mut e = std::io::stderr().lock();
                        let _ = e.write_all(activity_line(label, start.elapsed()).as_bytes());
                        let _ = e.flush();
                        drawn = true;
                    }
                    std::thread::park_timeout(Duration::from_millis(200));
                }
                if drawn {
                    let _ = std::io::stderr().write_all(b"\r\x1b[K");
                }
            })
        });
        Activity { stop, thread }
    }
}

impl Drop for Activity {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            t.thread().unpark();
            let _ = t.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_say_where_the_operation_is() {
        assert_eq!(
            step_line("installing", 2, 5, "services/api"),
            "[2/5] installing services/api"
        );
        assert_eq!(
            activity_line("backing up", Duration::from_millis(12_400)),
            "\r\x1b[Kbacking up… 12s"
        );
    }

    #[test]
    fn nothing_is_drawn_off_a_terminal() {
        // Under `cargo test` standard error is captured or piped, never a terminal here.
        if on_terminal() {
            return;
        }
        let s = Steps::new("installing", 3);
        assert!(!s.on);
        drop(Activity::start("waiting"));
    }
}
