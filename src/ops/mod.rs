//! Operations an administrator runs: the instance lock that keeps offline maintenance and a
//! running server apart, and `doctor`'s checks.

pub mod alloc;
pub mod backup;
pub mod c_alloc;
pub mod doctor;
pub mod files;
pub mod instance_lock;
pub mod mailer;
pub mod netif;
pub mod priority;
pub mod schedule;
pub mod service;
pub mod signals;
pub mod upgrade;
pub mod watchdog;

/// Multi-step file operations (restore, upgrade apply, key rotations) call this between
/// steps: with `RULEBOOK_TEST_PAUSE_AT=<step>` the process stops there and waits to be killed,
/// so tests can prove every step leaves the old or the new state.
pub fn pause_point(step: &str) {
    if std::env::var("RULEBOOK_TEST_PAUSE_AT").is_ok_and(|s| s == step) {
        eprintln!("paused at {step}");
        loop {
            std::thread::sleep(std::time::Duration::from_secs(60));
        }
    }
}
