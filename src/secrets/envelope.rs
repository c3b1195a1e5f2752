//! Envelope encryption of one credential, on top of SQLCipher.
//!
//! Each value gets its own random 256-bit data key; the value is sealed with AES-256-GCM under
//! that data key, and the data key is sealed (wrapped) under the instance's secrets key, which
//! is not the database key and does not live in the data dir. Both seals carry associated data
//! naming the table, row and column the value belongs to, so a ciphertext copied into another
//! row or column does not open. A stolen database file (with its key) therefore still holds no
//! credential in clear; neither does a backup.
//!
//! Layout of each sealed blob: 12-byte nonce, ciphertext, 16-byte tag.

use ring::aead::{AES_256_GCM, Aad, LessSafeKey, NONCE_LEN, Nonce, UnboundKey};

use crate::crypto::keyfile::DbKey;
use crate::secrets::{Secret, SecretError};

/// Where a sealed value belongs, and under which name; bound into both seals, so a value
/// moved to another row or column, or renamed (put to another use), does not open.
#[derive(Debug, Clone, Copy)]
pub struct Binding<'a> {
    pub table: &'a str,
    pub row: i64,
    pub column: &'a str,
    pub name: &'a str,
}

/// A sealed value as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sealed {
    /// Which secrets key wrapped the data key (`SecretsKey::id`).
    pub key_id: String,
    /// The data key sealed under the secrets key.
    pub wrapped_key: Vec<u8>,
    /// The value sealed under the data key.
    pub ciphertext: Vec<u8>,
}

/// A short public fingerprint of a secrets key, stored beside every sealed value, so a wrong
/// key is told apart from damaged data.
pub fn key_id(key: &DbKey) -> String {
    let mut input = b"rulebook secrets key id v1\0".to_vec();
    input.extend_from_slice(key.as_bytes());
    let d = ring::digest::digest(&ring::digest::SHA256, &input);
    crate::crypto::hex::encode(&d.as_ref()[..8])
}

fn aad(b: Binding<'_>, part: &str) -> Vec<u8> {
    format!(
        "rulebook-secret-v1\0{}\0{}\0{}\0{}\0{part}",
        b.table, b.row, b.column, b.name
    )
    .into_bytes()
}

fn aead_key(bytes: &[u8]) -> Result<LessSafeKey, SecretError> {
    UnboundKey::new(&AES_256_GCM, bytes)
        .map(LessSafeKey::new)
        .map_err(|_| SecretError::Crypto)
}

fn seal_with(key: &[u8], aad: Vec<u8>, plain: &[u8]) -> Result<Vec<u8>, SecretError> {
    let nonce: [u8; NONCE_LEN] = crate::clock::random_bytes().map_err(|_| SecretError::Crypto)?;
    let mut buf = plain.to_vec();
    aead_key(key)?
        .seal_in_place_append_tag(
            Nonce::assume_unique_for_key(nonce),
            Aad::from(aad),
            &mut buf,
        )
        .map_err(|_| SecretError::Crypto)?;
    let mut out = nonce.to_vec();
    out.extend_from_slice(&buf);
    Ok(out)
}

fn open_with(key: &[u8], aad: Vec<u8>, sealed: &[u8]) -> Result<Secret, SecretError> {
    if sealed.len() < NONCE_LEN + AES_256_GCM.tag_len() {
        return Err(SecretError::Damaged);
    }
    let (nonce, rest) = sealed.split_at(NONCE_LEN);
    let nonce = Nonce::try_assume_unique_for_key(nonce).map_err(|_| SecretError::Damaged)?;
    let mut buf = Secret::new(rest.to_vec());
    let n = aead_key(key)?
        .open_in_place(nonce, Aad::from(aad), buf.bytes_mut())
        .map_err(|_| SecretError::Damaged)?
        .len();
    buf.truncate(n);
    Ok(buf)
}

/// Seals `value` for `binding` under `key` with a fresh data key.
pub fn seal(key: &DbKey, binding: Binding<'_>, value: &[u8]) -> Result<Sealed, SecretError> {
    let data_key: [u8; 32] = crate::clock::random_bytes().map_err(|_| SecretError::Crypto)?;
    let data_key = Secret::new(data_key.to_vec());
    let ciphertext = seal_with(data_key.expose(), aad(binding, "value"), value)?;
    let wrapped_key = seal_with(key.as_bytes(), aad(binding, "data-key"), data_key.expose())?;
    Ok(Sealed {
        key_id: key_id(key),
        wrapped_key,
        ciphertext,
    })
}

/// Opens a sealed value: the key must be the one that wrapped it and the binding the one it
/// was sealed for.
pub fn open(key: &DbKey, binding: Binding<'_>, sealed: &Sealed) -> Result<Secret, SecretError> {
    if sealed.key_id != key_id(key) {
        return Err(SecretError::WrongKey);
    }
    let data_key = open_with(
        key.as_bytes(),
        aad(binding, "data-key"),
        &sealed.wrapped_key,
    )?;
    open_with(data_key.expose(), aad(binding, "value"), &sealed.ciphertext)
}

/// Re-wraps the data key under `new` (key rotation); the value's own ciphertext is unchanged.
pub fn rewrap(
    old: &DbKey,
    new: &DbKey,
    binding: Binding<'_>,
    sealed: &Sealed,
) -> Result<Sealed, SecretError> {
    if sealed.key_id != key_id(old) {
        return Err(SecretError::WrongKey);
    }
    let data_key = open_with(
        old.as_bytes(),
        aad(binding, "data-key"),
        &sealed.wrapped_key,
    )?;
    // Check the value still opens before committing to the new wrap.
    open_with(data_key.expose(), aad(binding, "value"), &sealed.ciphertext)?;
    Ok(Sealed {
        key_id: key_id(new),
        wrapped_key: seal_with(new.as_bytes(), aad(binding, "data-key"), data_key.expose())?,
        ciphertext: sealed.ciphertext.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(b: u8) -> DbKey {
        DbKey::from_bytes([b; 32])
    }
    const AT: Binding<'static> = Binding {
        table: "secrets",
        row: 7,
        column: "value",
        name: "egress.proxy-password",
    };

    #[test]
    fn round_trip_and_no_clear_text() {
        let s = seal(&key(1), AT, b"CANARY-token-123").unwrap();
        assert!(!s.ciphertext.windows(6).any(|w| w == b"CANARY".as_slice()));
        assert_eq!(open(&key(1), AT, &s).unwrap().expose(), b"CANARY-token-123");
        // Two seals of one value differ (fresh data key and nonces).
        assert_ne!(seal(&key(1), AT, b"CANARY-token-123").unwrap(), s);
    }

    #[test]
    fn wrong_key_other_row_other_column_and_damage_do_not_open() {
        let s = seal(&key(1), AT, b"v").unwrap();
        assert_eq!(open(&key(2), AT, &s).unwrap_err(), SecretError::WrongKey);
        let other_row = Binding { row: 8, ..AT };
        assert_eq!(
            open(&key(1), other_row, &s).unwrap_err(),
            SecretError::Damaged
        );
        let renamed = Binding {
            name: "egress.client-key",
            ..AT
        };
        assert_eq!(
            open(&key(1), renamed, &s).unwrap_err(),
            SecretError::Damaged
        );
        let other_col = Binding {
            column: "hint",
            ..AT
        };
        assert_eq!(
            open(&key(1), other_col, &s).unwrap_err(),
            SecretError::Damaged
        );
        // A key id forged to match does not help a wrong key.
        let mut forged = s.clone();
        forged.key_id = key_id(&key(2));
        assert_eq!(
            open(&key(2), AT, &forged).unwrap_err(),
            SecretError::Damaged
        );
        for i in 0..s.ciphertext.len() {
            let mut d = s.clone();
            d.ciphertext[i] ^= 1;
            assert_eq!(open(&key(1), AT, &d).unwrap_err(), SecretError::Damaged);
        }
        let mut short = s.clone();
        short.wrapped_key.truncate(5);
        assert_eq!(open(&key(1), AT, &short).unwrap_err(), SecretError::Damaged);
    }

    #[test]
    fn rewrap_moves_to_the_new_key() {
        let s = seal(&key(1), AT, b"value").unwrap();
        let r = rewrap(&key(1), &key(3), AT, &s).unwrap();
        assert_eq!(r.ciphertext, s.ciphertext);
        assert_eq!(open(&key(3), AT, &r).unwrap().expose(), b"value");
        assert_eq!(open(&key(1), AT, &r).unwrap_err(), SecretError::WrongKey);
    }
}
