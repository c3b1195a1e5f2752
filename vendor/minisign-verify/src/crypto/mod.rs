mod cryptoutil;
mod curve25519;
mod sha512;

pub mod blake2b;
pub mod ed25519;
