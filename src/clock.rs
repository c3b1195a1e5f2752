//! Time and randomness come from here and nowhere else, so tests can control them.
//!
//! Production code asks a [`Clock`] for the time and [`random_bytes`] for entropy. The clock
//! can be frozen or shifted by tests (through `RULEBOOK_TEST_CLOCK_OFFSET_SECS`, read once at
//! start-up only when the binary runs with `RULEBOOK_TEST_MODE=1`), so expiry and lockout logic
//! is exercised without sleeping.

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

    /// The real clock, unless `RULEBOOK_TEST_CLOCK_FILE` names a file: then the integer in that
    /// file is added to the time (integration tests move a running server's time this way).
    pub fn from_env() -> Self {
        match std::env::var_os("RULEBOOK_TEST_CLOCK_FILE") {
            Some(p) => {
                log::warn!(
                    "test clock in use: time is shifted by the seconds in {}",
                    p.to_string_lossy()
                );
                Clock {
                    offset_file: Some(Arc::new(p.into())),
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

    #[test]
    fn random_differs() {
        let a: [u8; 32] = random_bytes().unwrap();
        let b: [u8; 32] = random_bytes().unwrap();
        assert_ne!(a, b);
    }
}
