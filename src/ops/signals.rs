//! Orderly shutdown on SIGTERM (systemd stop) and SIGINT (Ctrl-C).
//!
//! The signals are blocked in every thread (the mask is set before any thread starts and is
//! inherited), and one thread waits for them with `sigwait`, so no async-signal-safety rules
//! apply to what happens next: the server stops taking requests, finishes the queued ones and
//! closes the database cleanly.

use std::thread;

/// The blocked signal set, to wait on later.
#[derive(Clone, Copy)]
pub struct Blocked(libc::sigset_t);

impl std::fmt::Debug for Blocked {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Blocked(SIGTERM, SIGINT)")
    }
}

// SAFETY: sigset_t is plain data with no pointers; moving it across threads is sound.
unsafe impl Send for Blocked {}

/// Blocks SIGTERM and SIGINT in the calling thread and in all threads it starts afterwards.
pub fn block_termination() -> Option<Blocked> {
    // SAFETY: the set is initialised by sigemptyset before use; pthread_sigmask only reads it.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        if libc::sigemptyset(&mut set) != 0
            || libc::sigaddset(&mut set, libc::SIGTERM) != 0
            || libc::sigaddset(&mut set, libc::SIGINT) != 0
            || libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut()) != 0
        {
            return None;
        }
        Some(Blocked(set))
    }
}

/// Calls `on_signal` (once) on a dedicated thread when SIGTERM or SIGINT arrives.
pub fn on_termination(blocked: Blocked, on_signal: impl FnOnce(i32) + Send + 'static) {
    let spawned = thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            let mut sig: libc::c_int = 0;
            // SAFETY: the set was initialised by block_termination; sig is a valid out pointer.
            let rc = unsafe { libc::sigwait(&blocked.0, &mut sig) };
            if rc == 0 {
                on_signal(sig);
            }
        });
    if let Err(e) = spawned {
        log::error!("cannot watch for termination signals: {e}");
    }
}
