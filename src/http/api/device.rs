//! Device login for the CLI (`rulebook login --host URL --device`), the OAuth device
//! authorization pattern: the CLI asks for a code pair, the user approves the short code in
//! the browser while signed in, and the CLI's next poll receives a fresh API key, once.
//!
//! Pending grants live only in memory: they last ten minutes and a restart merely asks the
//! user to run `login` again. The device code is 256 bits and only its hash is kept; the user
//! code (8 letters from an unambiguous alphabet, ~36 bits) can only be approved by a signed-in
//! session, within ten minutes, under the per-address limiter.
//!
//! The table of pending grants is bounded twice: one client address (an IPv6 /64) holds
//! at most [`PER_ADDRESS`] pending grants, and all together at most [`MAX_PENDING`]. A
//! client that asks too often gets 429 with the time its oldest grant expires, without
//! filling the table for everyone else: that takes [`MAX_PENDING`] / [`PER_ADDRESS`]
//! addresses.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv6Addr};
use std::sync::Mutex;

use serde::Deserialize;
use serde_json::json;

use crate::crypto::hex;
use crate::crypto::token::{new_api_key, new_token, token_hash};
use crate::http::HttpError;
use crate::http::call::Call;
use crate::http::reply::Reply;
use crate::model::access::Scope;
use crate::store::auth::NewApiKey;

/// How long a code pair is valid.
const TTL_SECS: i64 = 600;
/// How long a key minted by device login lives.
const KEY_DAYS: i64 = 90;
/// Letters without look-alikes (no I, O, 0, 1).
const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ";
/// Pending grants one client address may hold at once (an office behind one NAT address
/// rarely starts ten logins within ten minutes).
pub const PER_ADDRESS: usize = 10;
/// Pending grants in all (a few hundred bytes each).
pub const MAX_PENDING: usize = 1000;

/// Whose allowance a request counts against: the IPv4 address (also when IPv4-mapped), or
/// the IPv6 /64, since one IPv6 client usually has a whole /64 to pick addresses from.
fn owner(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(v4) => IpAddr::V4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let s = v6.segments();
                IpAddr::V6(Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
            }
        },
    }
}

struct Grant {
    /// The address (or /64) that asked for it, see [`owner`].
    owner: IpAddr,
    user_code: String,
    expires_at: i64,
    /// The minted key and its organization, once approved.
    approved: Option<(String, String)>,
    /// An approval is in progress (a second one for the same code is refused).
    claimed: bool,
}

/// Pending device logins, by the hash of their device code.
#[derive(Default)]
pub struct DeviceGrants(Mutex<HashMap<String, Grant>>);

impl DeviceGrants {
    fn with<T>(&self, f: impl FnOnce(&mut HashMap<String, Grant>) -> T) -> T {
        let mut g = self.0.lock().unwrap_or_else(|p| p.into_inner());
        f(&mut g)
    }
}

fn user_code() -> Result<String, HttpError> {
    let raw: [u8; 8] = crate::clock::random_bytes().map_err(|_| HttpError::Internal)?;
    let letters: String = raw
        .iter()
        .map(|b| ALPHABET[usize::from(*b) % ALPHABET.len()] as char)
        .collect();
    Ok(format!("{}-{}", &letters[..4], &letters[4..]))
}

/// `POST /api/v1/device/code`: a new code pair.
pub fn code(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let now = call.state.clock.now_unix();
    if !call.state.login_limiter.allow(call.ip, now) {
        return Err(HttpError::TooMany(60));
    }
    let (device_code, hash) = new_token().map_err(|_| HttpError::Internal)?;
    let user_code = user_code()?;
    let owner = owner(call.ip);
    call.state.devices.with(|g| {
        g.retain(|_, v| v.expires_at > now);
        // Retry when the oldest grant in the way expires.
        let retry = |it: &mut dyn Iterator<Item = &Grant>| {
            it.map(|v| v.expires_at - now).min().unwrap_or(60).max(1)
        };
        if g.values().filter(|v| v.owner == owner).count() >= PER_ADDRESS {
            return Err(HttpError::TooMany(retry(
                &mut g.values().filter(|v| v.owner == owner),
            )));
        }
        if g.len() >= MAX_PENDING {
            return Err(HttpError::TooMany(retry(&mut g.values())));
        }
        g.insert(
            hex::encode(&hash),
            Grant {
                owner,
                user_code: user_code.clone(),
                expires_at: now + TTL_SECS,
                approved: None,
                claimed: false,
            },
        );
        Ok(())
    })?;
    let origin = call.own_origin().unwrap_or_default();
    Ok(Reply::json(
        200,
        &json!({
            "device_code": device_code, "user_code": user_code,
            "verification_uri": format!("{origin}/#/device"),
            "verification_uri_complete": format!("{origin}/#/device?code={user_code}"),
            "expires_in": TTL_SECS, "interval": 2,
        }),
    ))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ApproveIn {
    user_code: String,
    #[serde(default)]
    scope: Option<String>,
}

/// `POST /api/v1/orgs/{org}/device/approve` (a signed-in session): mints the key.
pub fn approve(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let p = call.who()?.clone();
    let org = call.org()?.clone();
    let role = call.role.ok_or(HttpError::Forbidden)?;
    let body: ApproveIn = call.json()?;
    let scope = Scope::parse(body.scope.as_deref().unwrap_or("read"))
        .ok_or_else(|| HttpError::Invalid("scope must be read, write or admin".into()))?;
    if scope.ceiling() > role {
        return Err(HttpError::Invalid(format!(
            "a {} may not approve {} access",
            role.as_str(),
            scope.as_str()
        )));
    }
    let wanted = body.user_code.trim().to_ascii_uppercase();
    let now = call.state.clock.now_unix();
    // Claim the grant under the lock (one approval per code, even from two tabs at once).
    let claimed = call.state.devices.with(|g| {
        let (hash, grant) = g.iter_mut().find(|(_, v)| {
            v.user_code == wanted && v.expires_at > now && v.approved.is_none() && !v.claimed
        })?;
        grant.claimed = true;
        Some(hash.clone())
    });
    let Some(hash) = claimed else {
        return Err(HttpError::Refused(
            "no pending login with this code (expired or already used)".into(),
        ));
    };
    let (key, prefix, key_hash) = new_api_key().map_err(|_| HttpError::Internal)?;
    let event = call.event(
        "apikey.created",
        format!("apikey:{prefix} scope:{} via:device", scope.as_str()),
        "success",
    );
    let created = call.state.store.create_api_key(
        &NewApiKey {
            key_hash: &key_hash,
            prefix: &prefix,
            user_id: p.user_id,
            org_id: org.id,
            name: "CLI (device login)",
            scope,
            spaces: None,
            expires_at: Some(now + KEY_DAYS * 86_400),
        },
        &event,
    );
    let key_id = match created {
        Ok(id) => id,
        Err(e) => {
            call.state.devices.with(|g| {
                if let Some(grant) = g.get_mut(&hash) {
                    grant.claimed = false;
                }
            });
            return Err(e.into());
        }
    };
    let delivered = call.state.devices.with(|g| match g.get_mut(&hash) {
        Some(grant) => {
            grant.approved = Some((key, org.slug.clone()));
            true
        }
        None => false,
    });
    if !delivered {
        // The grant expired meanwhile: the key would never reach anyone.
        let event = call.event("apikey.revoked", format!("apikey:{key_id}"), "success");
        call.state.store.revoke_api_key(p.user_id, key_id, &event)?;
        return Err(HttpError::Refused(
            "the login expired while it was being approved: run login again".into(),
        ));
    }
    Ok(Reply::json(
        200,
        &json!({ "approved": wanted, "scope": scope.as_str(), "expires_in_days": KEY_DAYS }),
    ))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TokenIn {
    device_code: String,
}

/// `POST /api/v1/device/token`: the CLI's poll; the key is handed out once.
pub fn token(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let body: TokenIn = call.json()?;
    let hash = hex::encode(&token_hash(body.device_code.trim()));
    let now = call.state.clock.now_unix();
    let outcome = call.state.devices.with(|g| match g.get(&hash) {
        None => Err(HttpError::Refused(
            "unknown or expired device code: run login again".into(),
        )),
        Some(v) if v.expires_at <= now => {
            g.remove(&hash);
            Err(HttpError::Refused(
                "the login expired: run login again".into(),
            ))
        }
        Some(v) if v.approved.is_none() => Ok(None),
        Some(_) => Ok(g.remove(&hash).and_then(|v| v.approved)),
    })?;
    match outcome {
        None => Ok(Reply::json(202, &json!({ "status": "pending" }))),
        Some((key, org)) => Ok(Reply::json(
            200,
            &json!({ "status": "approved", "api_key": key, "org": org }),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allowances_are_per_ipv4_address_and_per_ipv6_64() {
        let ip = |s: &str| s.parse::<IpAddr>().unwrap();
        assert_eq!(owner(ip("192.0.2.7")), ip("192.0.2.7"));
        assert_ne!(owner(ip("192.0.2.7")), owner(ip("192.0.2.8")));
        assert_eq!(owner(ip("::ffff:192.0.2.7")), ip("192.0.2.7"));
        assert_eq!(
            owner(ip("2001:db8:1:2:aaaa:bbbb:cccc:dddd")),
            owner(ip("2001:db8:1:2::1"))
        );
        assert_ne!(owner(ip("2001:db8:1:2::1")), owner(ip("2001:db8:1:3::1")));
    }
}
