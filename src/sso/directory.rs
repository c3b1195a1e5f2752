//! Signing in against the site's directory (LDAP, Active Directory): the service account
//! finds the one entry the user filter names (what the user typed is escaped, RFC 4515),
//! reads the person's groups (nested ones too, with Active Directory's in-chain rule in the
//! group filter), then the person's own bind checks the password. The identity it answers is
//! signed in by the same code as an OpenID sign-in (`store/sso.rs`), under the issuer
//! [`ISSUER`], keyed by the entry's lasting id (`entryUUID`, `objectGUID`), not its DN.
//!
//! Connections bound as the service account are kept for reuse (at most [`POOL`], each for a
//! minute); one that fails is dropped and the work is tried once on a fresh connection.

use std::cell::Cell;
use std::collections::BTreeSet;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use crate::crypto::hex;
use crate::egress::client::{EgressError, Purpose};
use crate::egress::ldap::Conn;
use crate::egress::service::EgressService;
use crate::ldap::filter;
use crate::ldap::message::{Entry, INVALID_CREDENTIALS, SIZE_LIMIT_EXCEEDED, SUCCESS};
use crate::ldap::settings::LdapSettings;
use crate::model::names;
use crate::sso::claims::Identity;

/// The issuer directory identities are kept under.
pub const ISSUER: &str = "ldap";
/// Most idle connections kept.
const POOL: usize = 4;
/// How long an idle connection is kept, seconds.
const IDLE_SECS: i64 = 60;
/// Most groups read for one person.
const MAX_GROUPS: i64 = 1000;

/// Why a directory sign-in did not happen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DirectoryError {
    /// The directory has no (enabled) entry for this username.
    NoSuchUser,
    /// The entry exists and the password is wrong, or the directory refused the bind.
    Refused(String),
    /// The directory could not be asked: down, misconfigured, or the service account refused.
    Unavailable(String),
}

impl std::fmt::Display for DirectoryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DirectoryError::NoSuchUser => f.write_str("the directory has no such user"),
            DirectoryError::Refused(m) => write!(f, "the directory refused the sign-in: {m}"),
            DirectoryError::Unavailable(m) => write!(f, "the directory cannot be used: {m}"),
        }
    }
}

fn down(e: EgressError) -> DirectoryError {
    DirectoryError::Unavailable(e.to_string())
}

/// Idle connections bound as the service account, by the settings they were made for.
#[derive(Default)]
pub struct DirectoryState {
    /// (settings key, generation, made at, connection).
    idle: Mutex<Vec<(String, u64, i64, Conn)>>,
    /// Bumped by [`DirectoryState::forget`]: a connection taken before is not kept after.
    generation: AtomicU64,
}

/// What the test of the settings found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Probe {
    pub dn: Option<String>,
    pub groups: Vec<String>,
}

fn pool_key(s: &LdapSettings) -> String {
    format!("{}\n{}\n{}", s.url, s.starttls, s.bind_dn)
}

fn purpose() -> Purpose<'static> {
    Purpose {
        feature: "directory",
        actor: "instance",
    }
}

/// The id value as text: UTF-8 as it is, anything else (`objectGUID`) in hex.
fn id_text(v: &[u8]) -> String {
    match std::str::from_utf8(v) {
        Ok(t) if !t.is_empty() && !t.chars().any(char::is_control) => t.to_string(),
        _ => hex::encode(v),
    }
}

impl DirectoryState {
    /// Forgets every idle connection (the settings changed).
    pub fn forget(&self) {
        self.generation.fetch_add(1, Ordering::SeqCst);
        if let Ok(mut idle) = self.idle.lock() {
            idle.clear();
        }
    }

    fn fresh(
        egress: &EgressService,
        s: &LdapSettings,
        secret: &str,
    ) -> Result<Conn, DirectoryError> {
        let at = s.endpoint().map_err(DirectoryError::Unavailable)?;
        let wait = Duration::from_secs(s.timeout_secs);
        let mut c = egress
            .ldap(&at, s.starttls, wait, purpose())
            .map_err(down)?;
        let o = c.bind(&s.bind_dn, secret).map_err(down)?;
        if o.code != SUCCESS {
            return Err(DirectoryError::Unavailable(format!(
                "the service account's bind was refused: {}",
                o.summary()
            )));
        }
        Ok(c)
    }

    /// Runs `work` on a service-bound connection (a kept one first, then, if that fails to
    /// talk before the person's password was sent, a fresh one); keeps the connection when
    /// `work` leaves it service-bound and the settings did not change meanwhile. A connection
    /// is kept at most [`IDLE_SECS`] from when it was made.
    fn with_conn<T>(
        &self,
        egress: &EgressService,
        s: &LdapSettings,
        secret: &str,
        now: i64,
        work: impl Fn(&mut Conn, &Cell<bool>) -> Result<(T, bool), DirectoryError>,
    ) -> Result<T, DirectoryError> {
        let key = pool_key(s);
        let generation = self.generation.load(Ordering::SeqCst);
        let kept = self.idle.lock().ok().and_then(|mut idle| {
            idle.retain(|(_, g, made, _)| *g == generation && now - *made < IDLE_SECS);
            let i = idle.iter().position(|(k, ..)| *k == key)?;
            let (_, _, made, c) = idle.swap_remove(i);
            Some((made, c))
        });
        let sent = Cell::new(false);
        let attempt = |made: i64, mut c: Conn| -> Result<T, DirectoryError> {
            let (out, reusable) = work(&mut c, &sent)?;
            let current = self.generation.load(Ordering::SeqCst) == generation;
            match self.idle.lock() {
                Ok(mut idle) if reusable && current && idle.len() < POOL => {
                    idle.push((key.clone(), generation, made, c));
                }
                _ => c.close(),
            }
            Ok(out)
        };
        if let Some((made, c)) = kept {
            match attempt(made, c) {
                // A kept connection the directory dropped: once more on a fresh one, unless
                // the password was already sent (it would count twice against the person).
                Err(DirectoryError::Unavailable(_)) if !sent.get() => {}
                other => return other,
            }
        }
        attempt(now, Self::fresh(egress, s, secret)?)
    }

    /// The one entry `username` names, with the attributes the settings map.
    fn find(c: &mut Conn, s: &LdapSettings, username: &str) -> Result<Entry, DirectoryError> {
        let f = filter::parse(&filter::fill(&s.user_filter, &[("username", username)]))
            .map_err(|e| DirectoryError::Unavailable(format!("user_filter: {e}")))?;
        let a = &s.attributes;
        let attrs = [a.username.as_str(), &a.display_name, &a.email, &a.id];
        let (mut found, o) = c
            .search(&s.user_base, &f, &attrs, 2, s.timeout_secs as i64)
            .map_err(down)?;
        if o.code == SIZE_LIMIT_EXCEEDED || found.len() > 1 {
            return Err(DirectoryError::Refused(
                "more than one directory entry matches this username; an administrator must make the user filter unique".into(),
            ));
        }
        if o.code != SUCCESS && o.code != 32 {
            return Err(DirectoryError::Unavailable(format!(
                "the user search failed: {}",
                o.summary()
            )));
        }
        found.pop().ok_or(DirectoryError::NoSuchUser)
    }

    /// The names of the groups `dn` is in (each group's name attribute, and its DN).
    fn groups(
        c: &mut Conn,
        s: &LdapSettings,
        dn: &str,
    ) -> Result<Option<BTreeSet<String>>, DirectoryError> {
        let Some(base) = &s.group_base else {
            return Ok(None);
        };
        let f = filter::parse(&filter::fill(&s.group_filter, &[("dn", dn)]))
            .map_err(|e| DirectoryError::Unavailable(format!("group_filter: {e}")))?;
        let (found, o) = c
            .search(
                base,
                &f,
                &[&s.group_name_attribute],
                MAX_GROUPS,
                s.timeout_secs as i64,
            )
            .map_err(down)?;
        if o.code != SUCCESS && o.code != 32 {
            return Err(DirectoryError::Unavailable(format!(
                "the group search failed: {}",
                o.summary()
            )));
        }
        let mut names = BTreeSet::new();
        for g in found {
            names.extend(
                g.values(&s.group_name_attribute)
                    .iter()
                    .filter_map(|v| std::str::from_utf8(v).ok())
                    .map(str::to_string),
            );
            names.insert(g.dn);
        }
        Ok(Some(names))
    }

    /// Checks `password` for `username` and answers who it is.
    pub fn authenticate(
        &self,
        egress: &EgressService,
        s: &LdapSettings,
        secret: &str,
        username: &str,
        password: &str,
        now: i64,
    ) -> Result<Identity, DirectoryError> {
        // An empty password is an unauthenticated bind, which directories answer with
        // success (RFC 4513 §5.1.2): never let it through. A username outside printable ASCII
        // is never asked: Rulebook could not keep it, and a directory's matching rules may
        // take its other spellings (full-width letters) for the same person, each with its own
        // lockout count here.
        if password.is_empty()
            || username.is_empty()
            || username.len() > 256
            || !username.bytes().all(|b| b.is_ascii_graphic())
        {
            return Err(DirectoryError::NoSuchUser);
        }
        self.with_conn(egress, s, secret, now, |c, sent| {
            let entry = Self::find(c, s, username)?;
            if entry.dn.trim().is_empty() {
                return Err(DirectoryError::Refused(
                    "the directory's entry has no DN".into(),
                ));
            }
            let groups = Self::groups(c, s, &entry.dn)?;
            sent.set(true);
            let o = c.bind(&entry.dn, password).map_err(down)?;
            if o.code != SUCCESS {
                // The connection is bound as nobody now: not kept.
                let refused = if o.code == INVALID_CREDENTIALS {
                    DirectoryError::Refused("wrong password".into())
                } else {
                    DirectoryError::Refused(o.summary())
                };
                return Err(refused);
            }
            let back = c
                .bind(&s.bind_dn, secret)
                .map(|o| o.code == SUCCESS)
                .unwrap_or(false);
            Ok((identity(s, &entry, groups)?, back))
        })
    }

    /// Binds the service account and, given a username, finds its entry and groups (no
    /// password): Admin › Sign-in's test.
    pub fn probe(
        &self,
        egress: &EgressService,
        s: &LdapSettings,
        secret: &str,
        username: Option<&str>,
    ) -> Result<Probe, DirectoryError> {
        let mut c = Self::fresh(egress, s, secret)?;
        let mut out = Probe {
            dn: None,
            groups: Vec::new(),
        };
        if let Some(name) = username.filter(|n| !n.is_empty()) {
            let entry = Self::find(&mut c, s, name)?;
            out.groups = Self::groups(&mut c, s, &entry.dn)?
                .unwrap_or_default()
                .into_iter()
                .collect();
            out.dn = Some(entry.dn);
        }
        c.close();
        Ok(out)
    }
}

/// The identity of a directory entry.
fn identity(
    s: &LdapSettings,
    e: &Entry,
    groups: Option<BTreeSet<String>>,
) -> Result<Identity, DirectoryError> {
    let a = &s.attributes;
    let subject = e
        .values(&a.id)
        .first()
        .map(|v| id_text(v))
        .filter(|v| v.len() <= 255)
        .ok_or_else(|| {
            DirectoryError::Unavailable(format!(
                "the entry has no {} attribute to identify it by; set attributes.id",
                a.id
            ))
        })?;
    let raw = e.text(&a.username).ok_or_else(|| {
        DirectoryError::Unavailable(format!("the entry has no {} attribute", a.username))
    })?;
    let username = names::username(raw.trim())
        .map_err(|err| {
            DirectoryError::Refused(format!(
                "the directory's username cannot be used here: {err}"
            ))
        })?
        .to_string();
    let display_name = e
        .text(&a.display_name)
        .filter(|d| names::display_name(d).is_ok())
        .unwrap_or_else(|| username.clone());
    let email = e
        .text(&a.email)
        .filter(|m| m.len() <= 254 && m.contains('@') && !m.chars().any(char::is_control));
    Ok(Identity {
        subject,
        username,
        raw_username: raw,
        display_name,
        email,
        groups,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_identities() {
        assert_eq!(id_text(b"3f2a-11"), "3f2a-11");
        assert_eq!(id_text(&[0x01, 0xff, 0x00]), "01ff00");
        let s: LdapSettings = serde_json::from_value(serde_json::json!({
            "url": "ldaps://x", "bind_dn": "cn=s", "user_base": "dc=x" }))
        .unwrap();
        let e = Entry {
            dn: "uid=alice,dc=x".into(),
            attributes: vec![
                ("uid".into(), vec![b"alice".to_vec()]),
                ("cn".into(), vec![b"Alice Example".to_vec()]),
                ("entryuuid".into(), vec![b"u-1".to_vec()]),
            ],
        };
        let id = identity(&s, &e, None).unwrap();
        assert_eq!(
            (
                id.subject.as_str(),
                id.username.as_str(),
                id.display_name.as_str()
            ),
            ("u-1", "alice", "Alice Example")
        );
        assert_eq!(id.groups, None);
        let mut no_id = e.clone();
        no_id.attributes.pop();
        assert!(matches!(
            identity(&s, &no_id, None),
            Err(DirectoryError::Unavailable(_))
        ));
        let mut odd = e.clone();
        odd.attributes[0].1 = vec!["al ice".as_bytes().to_vec()];
        assert!(matches!(
            identity(&s, &odd, None),
            Err(DirectoryError::Refused(_))
        ));
    }
}
