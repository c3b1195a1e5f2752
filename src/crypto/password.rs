//! Password hashing and policy.
//!
//! PBKDF2-HMAC-SHA256 (ring) at 600,000 iterations (OWASP 2023) with a 16-byte random salt,
//! stored as `pbkdf2-sha256$ITERATIONS$SALT_HEX$HASH_HEX` so the cost can be raised later and
//! old hashes rehashed at the next login. Policy: 12 to 1024 characters (Unicode counted as
//! characters, never truncated), not in the embedded list of common passwords.

use std::num::NonZeroU32;

use ring::pbkdf2;

use crate::clock;
use crate::crypto::hex;

/// Current iteration count.
pub const ITERATIONS: u32 = 600_000;
/// Shortest password accepted, in characters.
pub const MIN_CHARS: usize = 12;
/// Longest password accepted, in characters (far above what any policy needs; bounds CPU).
pub const MAX_CHARS: usize = 1024;

const COMMON: &str = include_str!("common_passwords.txt");

/// Why a password is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PolicyError {
    TooShort,
    TooLong,
    Common,
}

impl std::fmt::Display for PolicyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PolicyError::TooShort => {
                write!(f, "the password must have at least {MIN_CHARS} characters")
            }
            PolicyError::TooLong => {
                write!(f, "the password must have at most {MAX_CHARS} characters")
            }
            PolicyError::Common => {
                f.write_str("this password is in the list of commonly used passwords")
            }
        }
    }
}

/// Checks the password policy.
pub fn check_policy(password: &str) -> Result<(), PolicyError> {
    let chars = password.chars().count();
    if chars < MIN_CHARS {
        return Err(PolicyError::TooShort);
    }
    if chars > MAX_CHARS {
        return Err(PolicyError::TooLong);
    }
    let lower = password.to_lowercase();
    if COMMON.lines().any(|c| c == lower) {
        return Err(PolicyError::Common);
    }
    Ok(())
}

/// Hashes `password` with a fresh salt at the given iteration count.
pub fn hash_with(password: &str, iterations: u32) -> Result<String, clock::RandomError> {
    let salt: [u8; 16] = clock::random_bytes()?;
    let n = NonZeroU32::new(iterations).unwrap_or(NonZeroU32::MIN);
    let mut out = [0u8; 32];
    pbkdf2::derive(
        pbkdf2::PBKDF2_HMAC_SHA256,
        n,
        &salt,
        password.as_bytes(),
        &mut out,
    );
    Ok(format!(
        "pbkdf2-sha256${}${}${}",
        n,
        hex::encode(&salt),
        hex::encode(&out)
    ))
}

/// Hashes `password` at the current cost.
pub fn hash(password: &str) -> Result<String, clock::RandomError> {
    hash_with(password, ITERATIONS)
}

/// Outcome of a verification.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verified {
    /// Wrong password (or an unparseable stored hash).
    No,
    /// Right password, stored at the current cost.
    Yes,
    /// Right password, stored at a lower cost: rehash it.
    YesRehash,
}

/// Verifies `password` against a stored hash in constant time.
pub fn verify(password: &str, stored: &str) -> Verified {
    let mut parts = stored.split('$');
    let (Some("pbkdf2-sha256"), Some(iter), Some(salt), Some(hash), None) = (
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
    ) else {
        return Verified::No;
    };
    let (Some(iter), Some(salt), Some(hash)) = (
        iter.parse::<u32>().ok().and_then(NonZeroU32::new),
        hex::decode(salt),
        hex::decode(hash),
    ) else {
        return Verified::No;
    };
    match pbkdf2::verify(
        pbkdf2::PBKDF2_HMAC_SHA256,
        iter,
        &salt,
        password.as_bytes(),
        &hash,
    ) {
        Ok(()) if iter.get() < ITERATIONS => Verified::YesRehash,
        Ok(()) => Verified::Yes,
        Err(_) => Verified::No,
    }
}

/// A hash of a random password, verified against when the user does not exist so that
/// unknown and known usernames cost the same time.
pub fn dummy_hash() -> &'static str {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DUMMY.get_or_init(|| {
        hash(&hex::encode(
            &clock::random_bytes::<16>().unwrap_or([7; 16]),
        ))
        .unwrap_or_else(|_| {
            format!(
                "pbkdf2-sha256${ITERATIONS}${}${}",
                "00".repeat(16),
                "00".repeat(32)
            )
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_verify_and_flag_old_cost() {
        let h = hash_with("correct horse battery", 1000).unwrap();
        assert!(h.starts_with("pbkdf2-sha256$1000$"));
        assert_eq!(verify("correct horse battery", &h), Verified::YesRehash);
        assert_eq!(verify("correct horse batterz", &h), Verified::No);
        assert_eq!(verify("x", "garbage"), Verified::No);
        assert_eq!(verify("x", "pbkdf2-sha256$0$00$00"), Verified::No);
    }

    #[test]
    fn policy() {
        assert_eq!(check_policy("short"), Err(PolicyError::TooShort));
        assert_eq!(check_policy("Password1234"), Err(PolicyError::Common));
        assert_eq!(check_policy(&"ü".repeat(12)), Ok(()));
        assert_eq!(check_policy(&"a".repeat(1025)), Err(PolicyError::TooLong));
        assert!(check_policy("a long and unusual passphrase").is_ok());
    }
}
