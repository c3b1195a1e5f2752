//! Key material: database keys and key files, key derivation from a passphrase, hex encoding.
//! Nothing here touches SQL or HTTP.

pub mod hex;
pub mod jwk;
pub mod jwt;
pub mod keyfile;
pub mod passphrase;
pub mod password;
pub mod selfsigned;
pub mod signing;
pub mod token;

pub use keyfile::{DbKey, KeyError, KeySource};
