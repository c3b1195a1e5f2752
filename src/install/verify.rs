//! Whether an archive may be installed, by its signature and the keys the user (or the
//! repository) trusts: decided before anything is written. Pure: the signature check and the
//! trusted keys come in, a verdict or a refusal goes out.
//!
//! A repository that pins keys in `rulebook.json` (`"trusted_keys"`) trusts only those; else
//! the user's trust store (`rulebook trust`) applies. Unsigned, badly signed or untrusted
//! archives are refused unless `--allow-unsigned`, which installs them as *unverified*.

use super::InstallError;
use crate::archive::signed::Signature;
use crate::crypto::signing::{fingerprint, key_id, parse_public_key};

/// What was verified, for the lock and the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Signed by a trusted key.
    Verified { key_id: String, digest: String },
    /// Installed under `--allow-unsigned`, with why it did not verify.
    Unverified(String),
}

/// The keys in effect: the repository's pins if it has any, else the user's.
pub fn effective(user: &[[u8; 32]], pinned: &[String]) -> Result<Vec<[u8; 32]>, InstallError> {
    if pinned.is_empty() {
        return Ok(user.to_vec());
    }
    pinned
        .iter()
        .map(|k| {
            parse_public_key(k)
                .map_err(|e| InstallError::Config(format!("rulebook.json trusted_keys: {e}")))
        })
        .collect()
}

/// Decides on an archive's signature. `what` names it in messages.
pub fn decide(
    what: &str,
    sig: &Signature,
    trusted: &[[u8; 32]],
    pinned: bool,
    allow_unsigned: bool,
) -> Result<Verdict, InstallError> {
    let problem = match sig {
        Signature::Unsigned => format!("{what} is not signed"),
        Signature::Bad(e) => format!("{what}: {e}"),
        Signature::Signed(s) if trusted.contains(&s.public_key) => {
            return Ok(Verdict::Verified {
                key_id: s.key_id.clone(),
                digest: s.digest.clone(),
            });
        }
        Signature::Signed(s) => format!(
            "{what} is signed by key {} (fingerprint {}), which is not trusted {}",
            key_id(&s.public_key),
            fingerprint(&s.public_key),
            if pinned {
                "by this repository (rulebook.json trusted_keys)"
            } else {
                "here (`rulebook trust list`; add it with `rulebook trust add`)"
            }
        ),
    };
    if allow_unsigned {
        Ok(Verdict::Unverified(problem))
    } else {
        Err(InstallError::Signature(format!(
            "{problem}; refusing to install it (pass --allow-unsigned to install it unverified)"
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::archive::signed::Signer;
    use crate::crypto::signing::BadSignature;

    fn signed(n: u8) -> Signature {
        let k = crate::crypto::signing::SigningKey::from_seed([n; 32]).unwrap();
        Signature::Signed(Signer {
            key_id: k.key_id(),
            public_key: k.public_key(),
            digest: "d".into(),
        })
    }

    #[test]
    fn only_trusted_valid_signatures_pass_unless_allowed() {
        let Signature::Signed(s1) = signed(1) else {
            unreachable!()
        };
        let trusted = [s1.public_key];
        assert!(matches!(
            decide("a", &signed(1), &trusted, false, false),
            Ok(Verdict::Verified { .. })
        ));
        for sig in [
            Signature::Unsigned,
            signed(2),
            Signature::Bad(BadSignature::Invalid {
                key_id: s1.key_id.clone(),
            }),
        ] {
            let e = decide("a", &sig, &trusted, false, false).unwrap_err();
            assert_eq!(crate::error::Coded::code(&e), "RB-INSTALL-SIGNATURE");
            assert!(matches!(
                decide("a", &sig, &trusted, false, true),
                Ok(Verdict::Unverified(_))
            ));
        }
        // Pins replace the user's keys.
        let pin = crate::crypto::hex::encode(&s1.public_key);
        assert_eq!(effective(&[[9; 32]], &[pin]).unwrap(), vec![s1.public_key]);
        assert_eq!(effective(&[[9; 32]], &[]).unwrap(), vec![[9; 32]]);
        assert!(effective(&[], &["nope".into()]).is_err());
    }
}
