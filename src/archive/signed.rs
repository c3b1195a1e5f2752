//! Signed portable archives: `rulebook-archive.sig` beside the manifest holds an Ed25519
//! signature over the manifest's canonical JSON (`crypto::signing`). The manifest lists the
//! SHA-256 of every file, so one signature covers the whole archive: a changed file no longer
//! matches the manifest, a changed manifest no longer matches the signature.
//!
//! Checking the signature says *who* signed; whether that signer is trusted is the caller's
//! decision (the CLI's trust store, the server's own keys). Pure: no I/O.

use super::portable::MANIFEST;
use super::{ArchiveError, Entry};
use crate::crypto::hex::sha256;
use crate::crypto::signing::{BadSignature, SignatureDoc, SigningKey, canonical_bytes};

/// The signature file's name, at the archive root.
pub const SIGNATURE: &str = "rulebook-archive.sig";

/// Who signed an archive whose signature verifies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signer {
    pub key_id: String,
    pub public_key: [u8; 32],
    /// The content digest: SHA-256 of the canonical manifest without `exported_at`,
    /// `generator` and `packages` (what was released: source, and every artifact's kind,
    /// slug, version and file hashes), so every export of one release has the same digest.
    pub digest: String,
}

/// What an archive's signature says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Signature {
    /// No `rulebook-archive.sig`.
    Unsigned,
    /// A signature that does not verify.
    Bad(BadSignature),
    Signed(Signer),
}

fn manifest(entries: &[Entry]) -> Result<&Entry, ArchiveError> {
    entries
        .iter()
        .find(|e| e.path == MANIFEST)
        .ok_or_else(|| ArchiveError::Content(format!("no {MANIFEST}: not a Rulebook archive")))
}

fn signed_bytes(entries: &[Entry]) -> Result<Vec<u8>, ArchiveError> {
    canonical_bytes(&manifest(entries)?.data)
        .map_err(|e| ArchiveError::Content(format!("{MANIFEST} is {e}")))
}

/// The content digest of an archive (see [`Signer::digest`]).
pub fn digest(entries: &[Entry]) -> Result<String, ArchiveError> {
    let mut v: serde_json::Value = serde_json::from_slice(&manifest(entries)?.data)
        .map_err(|e| ArchiveError::Content(format!("{MANIFEST} is not JSON: {e}")))?;
    if let Some(m) = v.as_object_mut() {
        m.remove("exported_at");
        m.remove("generator");
        m.remove("packages");
    }
    Ok(sha256(
        crate::crypto::signing::canonical_json(&v).as_bytes(),
    ))
}

/// Adds (or replaces) the signature of `key` over the entries' manifest.
pub fn sign(entries: &mut Vec<Entry>, key: &SigningKey) -> Result<(), ArchiveError> {
    let doc = key.sign(&signed_bytes(entries)?);
    entries.retain(|e| e.path != SIGNATURE);
    entries.push(Entry {
        path: SIGNATURE.into(),
        data: doc.to_json(),
        mode: 0o644,
    });
    Ok(())
}

/// Checks the signature of an archive's entries (its files are checked against the manifest
/// by `portable::read`).
pub fn check(entries: &[Entry]) -> Result<Signature, ArchiveError> {
    let message = signed_bytes(entries)?;
    let Some(sig) = entries.iter().find(|e| e.path == SIGNATURE) else {
        return Ok(Signature::Unsigned);
    };
    let doc = match SignatureDoc::parse(&sig.data) {
        Ok(d) => d,
        Err(e) => return Ok(Signature::Bad(e)),
    };
    Ok(match doc.verify(&message) {
        Ok(public_key) => Signature::Signed(Signer {
            key_id: doc.key_id,
            public_key,
            digest: digest(entries)?,
        }),
        Err(e) => Signature::Bad(e),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::archive::portable;

    fn entries() -> Vec<Entry> {
        portable::write(&portable::tests::bundle()).unwrap()
    }

    #[test]
    fn signed_archives_verify_and_tampering_is_caught() {
        let key = SigningKey::from_seed([3; 32]).unwrap();
        let mut es = entries();
        assert_eq!(check(&es).unwrap(), Signature::Unsigned);
        sign(&mut es, &key).unwrap();
        let Signature::Signed(s) = check(&es).unwrap() else {
            panic!("not signed")
        };
        assert_eq!(s.key_id, key.key_id());
        // The signed archive still reads (the signature file is not an artifact).
        portable::read(es.clone()).unwrap();
        // Re-indenting the manifest keeps the signature (same canonical JSON)...
        let mut pretty = es.clone();
        let m = pretty.iter_mut().find(|e| e.path == MANIFEST).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&m.data).unwrap();
        m.data = serde_json::to_vec(&v).unwrap();
        assert!(matches!(check(&pretty).unwrap(), Signature::Signed(_)));
        // ...changing one value does not.
        let mut changed = es.clone();
        let m = changed.iter_mut().find(|e| e.path == MANIFEST).unwrap();
        m.data = String::from_utf8(m.data.clone())
            .unwrap()
            .replacen("acme", "acmf", 1)
            .into_bytes();
        assert!(matches!(
            check(&changed).unwrap(),
            Signature::Bad(BadSignature::Invalid { .. })
        ));
        // A changed file: the signature holds, the manifest check refuses it.
        let mut file = es.clone();
        file[0].data.push(b'!');
        assert!(portable::read(file).is_err());
        // A signature from another key does not pass as this key's.
        let mut other = es;
        sign(&mut other, &SigningKey::from_seed([4; 32]).unwrap()).unwrap();
        let Signature::Signed(o) = check(&other).unwrap() else {
            panic!("not signed")
        };
        assert_ne!(o.key_id, key.key_id());
    }
}
