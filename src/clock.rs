//! Time and randomness come from here and nowhere else, so tests can control them.
//!
//! Production code asks a [`Clock`] for the time and [`random_bytes`] for entropy. Unit tests
//! shift a clock with [`Clock::with_offset`]; integration tests move a running server's time
//! with `RULEBOOK_TEST_CLOCK_FILE` (see [`Clock::from_env`]). That hook exists only in debug
//! builds (`cfg(debug_assertions)`): the release binary contains neither the variable's name
//! nor the code that reads it, so no environment can shift a production server's clock.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use ring::rand::{SecureRandom, SystemRandom};

/// Wall-clock time source with an adjustable offset (zero in production).
#[derive(Clone, Debug, Default)]
pub struct Clock {
    offset_secs: Arc<AtomicI64>,
    /// Tests only: a file holding extra offset seconds, re-read at every call.
    offset_file: Option<Arc<std::path::PathBuf>>,
}

impl Clock {
    /// The real clock.
    pub fn system() -> Self {
        Self::default()
    }

    /// The real clock. In debug builds only, `RULEBOOK_TEST_CLOCK_FILE` may name a file whose
    /// integer is added to the time, re-read at every call (integration tests move a running
    /// server's time this way); release builds ignore the variable without a word.
    pub fn from_env() -> Self {
        match test_clock_file() {
            Some(p) => {
                log::warn!(
                    "test clock in use: time is shifted by the seconds in {}",
                    p.to_string_lossy()
                );
                Clock {
                    offset_file: Some(Arc::new(p)),
                    ..Self::default()
                }
            }
            None => Self::system(),
        }
    }

    /// A clock shifted by `offset_secs` (tests only).
    pub fn with_offset(offset_secs: i64) -> Self {
        let clock = Self::default();
        clock.offset_secs.store(offset_secs, Ordering::Relaxed);
        clock
    }

    /// Moves this clock (and every clone of it) forward by `secs`.
    pub fn advance(&self, secs: i64) {
        self.offset_secs.fetch_add(secs, Ordering::Relaxed);
    }

    /// Waits `d` (retry backoff); here so that waiting, like reading the time, has one home.
    pub fn sleep(&self, d: Duration) {
        std::thread::sleep(d);
    }

    /// Seconds since the Unix epoch.
    pub fn now_unix(&self) -> i64 {
        let real = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or(Duration::ZERO)
            .as_secs();
        let file_offset = self
            .offset_file
            .as_ref()
            .and_then(|p| std::fs::read_to_string(p.as_path()).ok())
            .and_then(|s| s.trim().parse::<i64>().ok())
            .unwrap_or(0);
        i64::try_from(real)
            .unwrap_or(i64::MAX)
            .saturating_add(self.offset_secs.load(Ordering::Relaxed))
            .saturating_add(file_offset)
    }

    /// The current time as RFC 3339 UTC (`2026-11-28T13:20:00Z`).
    pub fn now_rfc3339(&self) -> String {
        rfc3339(self.now_unix())
    }
}

/// The test-clock file named by `RULEBOOK_TEST_CLOCK_FILE` (debug builds only).
#[cfg(debug_assertions)]
fn test_clock_file() -> Option<std::path::PathBuf> {
    std::env::var_os("RULEBOOK_TEST_CLOCK_FILE").map(Into::into)
}

/// Release builds have no test clock.
#[cfg(not(debug_assertions))]
fn test_clock_file() -> Option<std::path::PathBuf> {
    None
}

/// Formats Unix seconds as RFC 3339 UTC.
pub fn rfc3339(unix: i64) -> String {
    let days = unix.div_euclid(86_400);
    let secs = unix.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        secs / 3600,
        (secs % 3600) / 60,
        secs % 60
    )
}

/// The UTC calendar date `(year, month, day)` of Unix seconds.
pub fn civil_date(unix: i64) -> (i64, i64, i64) {
    civil_from_days(unix.div_euclid(86_400))
}

/// Howard Hinnant's days-to-civil algorithm (proleptic Gregorian).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// The operating system's CSPRNG for APIs that take a generator (ring's signers).
pub fn rng() -> SystemRandom {
    SystemRandom::new()
}

/// Fills `buf` from the operating system's CSPRNG.
pub fn fill_random(buf: &mut [u8]) -> Result<(), RandomError> {
    SystemRandom::new().fill(buf).map_err(|_| RandomError)
}

/// `N` random bytes from the operating system's CSPRNG.
pub fn random_bytes<const N: usize>() -> Result<[u8; N], RandomError> {
    let mut buf = [0u8; N];
    fill_random(&mut buf)?;
    Ok(buf)
}

/// The operating system refused to provide randomness.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RandomError;

impl std::fmt::Display for RandomError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the operating system's random number generator failed")
    }
}

impl std::error::Error for RandomError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_known_instants() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(rfc3339(1_795_871_999), "2026-11-28T13:19:59Z");
    }

    #[test]
    fn offset_moves_time() {
        let c = Clock::with_offset(100);
        let base = Clock::system().now_unix();
        assert!(c.now_unix() >= base + 99);
        c.advance(3600);
        assert!(c.now_unix() >= base + 3699);
    }

    /// The hook is compiled in exactly when debug assertions are: the integration tests (debug
    /// binary) rely on it, and `scripts/build-static.sh` checks that the release binary does
    /// not even contain the variable's name.
    #[test]
    fn the_clock_file_hook_exists_only_in_debug_builds() {
        let dir = std::env::temp_dir().join(format!("rb-clock-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("offset");
        std::fs::write(&file, "86400").unwrap();
        // SAFETY (edition 2024): no other test reads or writes this variable.
        unsafe { std::env::set_var("RULEBOOK_TEST_CLOCK_FILE", &file) };
        let shifted = Clock::from_env().now_unix() - Clock::system().now_unix();
        unsafe { std::env::remove_var("RULEBOOK_TEST_CLOCK_FILE") };
        let _ = std::fs::remove_dir_all(&dir);
        if cfg!(debug_assertions) {
            assert!((86_399..=86_401).contains(&shifted), "{shifted}");
        } else {
            assert!(
                shifted.abs() <= 1,
                "release builds ignore the test clock: {shifted}"
            );
        }
    }

    #[test]
    fn random_differs() {
        let a: [u8; 32] = random_bytes().unwrap();
        let b: [u8; 32] = random_bytes().unwrap();
        assert_ne!(a, b);
    }
}
