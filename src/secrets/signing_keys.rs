//! The instance's archive signing keys: the private part of each is a sealed secret
//! (`instance.signing.<key id>`, under the secrets key like every other credential), the public
//! part is listed in the `signing.keys` setting so retired keys stay known for verification.
//!
//! The first key is created the first time something is signed; `rulebook signing rotate`
//! makes a new current key and marks the old one retired (its public key stays listed, its
//! sealed private key stays for the record but is never used to sign again).

use std::sync::Mutex;

use serde::{Deserialize, Serialize};

use super::vault::{Vault, VaultError};
use crate::crypto::signing::{SigningKey, fingerprint, key_id, parse_public_key};
use crate::store::Store;
use crate::store::audit::AuditEvent;

/// The setting that lists public keys.
pub const SETTING: &str = "signing.keys";
/// Prefix of the sealed private keys.
pub const SECRET_PREFIX: &str = "instance.signing.";
/// Appended to the sealed seed so the secret's hint shows this, not key material.
const SEED_SUFFIX: &str = " ed25519";

/// One public key of this instance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicKeyInfo {
    pub key_id: String,
    /// Raw public key, base64.
    pub public_key: String,
    pub created_at: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retired_at: Option<String>,
}

impl PublicKeyInfo {
    pub fn current(&self) -> bool {
        self.retired_at.is_none()
    }
    pub fn fingerprint(&self) -> String {
        parse_public_key(&self.public_key)
            .map(|k| fingerprint(&k))
            .unwrap_or_default()
    }
}

/// Serializes key creation within this process (two first exports at once make one key).
static CREATE: Mutex<()> = Mutex::new(());

/// Every public key, oldest first.
pub fn list(store: &Store) -> Result<Vec<PublicKeyInfo>, VaultError> {
    match store.setting(SETTING)? {
        None => Ok(Vec::new()),
        Some(text) => serde_json::from_str(&text)
            .map_err(|e| VaultError::Invalid(format!("the {SETTING} setting is damaged: {e}"))),
    }
}

/// Whether `public` is one of this instance's keys (current or retired).
pub fn is_own(store: &Store, public: &[u8; 32]) -> Result<bool, VaultError> {
    let id = key_id(public);
    Ok(list(store)?
        .iter()
        .any(|k| k.key_id == id && parse_public_key(&k.public_key).ok().as_ref() == Some(public)))
}

fn create(
    store: &Store,
    vault: &Vault,
    now: &str,
    event: &AuditEvent,
    mut keys: Vec<PublicKeyInfo>,
) -> Result<SigningKey, VaultError> {
    let seed = crate::clock::random_bytes::<32>()
        .map_err(|_| VaultError::Invalid("no randomness for a signing key".into()))?;
    let key = SigningKey::from_seed(seed).map_err(VaultError::Invalid)?;
    let name = format!("{SECRET_PREFIX}{}", key.key_id());
    let mut sealed = event.clone();
    sealed.action = "secret.set".into();
    sealed.target = format!("secret:{name}");
    // The suffix keeps the vault's hint (the last four characters, shown to admins) off the key.
    vault.set(&name, &format!("{}{SEED_SUFFIX}", key.seed_hex()), &sealed)?;
    for k in keys.iter_mut().filter(|k| k.retired_at.is_none()) {
        k.retired_at = Some(now.to_string());
    }
    use base64::Engine as _;
    keys.push(PublicKeyInfo {
        key_id: key.key_id(),
        public_key: base64::engine::general_purpose::STANDARD.encode(key.public_key()),
        created_at: now.to_string(),
        retired_at: None,
    });
    let text = serde_json::to_string(&keys).map_err(|e| VaultError::Invalid(e.to_string()))?;
    let mut listed = event.clone();
    listed.action = "signing.key_created".into();
    listed.target = format!("signing-key:{}", key.key_id());
    store.set_setting(SETTING, Some(&text), &listed)?;
    Ok(key)
}

/// The current signing key, created on first need (audited as `signing.key_created`).
pub fn current(
    store: &Store,
    vault: &Vault,
    now: &str,
    event: &AuditEvent,
) -> Result<SigningKey, VaultError> {
    let _guard = CREATE.lock().unwrap_or_else(|p| p.into_inner());
    let keys = list(store)?;
    match keys.iter().rev().find(|k| k.current()) {
        Some(k) => {
            let secret = vault.open(&format!("{SECRET_PREFIX}{}", k.key_id))?;
            let text = secret
                .expose_str()
                .ok_or_else(|| VaultError::Invalid("the signing key is not text".into()))?;
            SigningKey::parse(text.strip_suffix(SEED_SUFFIX).unwrap_or(text))
                .map_err(VaultError::Invalid)
        }
        None => create(store, vault, now, event, keys),
    }
}

/// Makes a new current key; the previous ones are retired but stay listed.
pub fn rotate(
    store: &Store,
    vault: &Vault,
    now: &str,
    event: &AuditEvent,
) -> Result<SigningKey, VaultError> {
    let _guard = CREATE.lock().unwrap_or_else(|p| p.into_inner());
    let keys = list(store)?;
    create(store, vault, now, event, keys)
}
