//! What an ID token must say before anyone is signed in (OpenID Connect Core §3.1.3.7), the
//! identity read from its claims, and the roles an identity's groups grant. Pure: the token's
//! signature is checked before (`crypto::jwk`), the store applies the grants after.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};

use super::settings::{ClaimMap, GroupRule};
use crate::model::access::OrgRole;
use crate::model::names;

/// What the relying party expects of this token.
pub struct Expect<'a> {
    pub issuer: &'a str,
    pub client_id: &'a str,
    pub nonce: &'a str,
    pub now: i64,
    pub skew: i64,
}

/// Longest an ID token may claim to live (a day): a longer `exp` is a misconfigured or
/// hostile provider.
const MAX_LIFETIME: i64 = 24 * 3600;

fn int(claims: &Map<String, Value>, name: &str) -> Result<i64, String> {
    claims
        .get(name)
        .and_then(Value::as_i64)
        .ok_or_else(|| format!("the ID token has no numeric {name}"))
}

/// Checks `iss`, `aud`, `azp`, `exp`, `iat`, `nonce` and `sub`; returns the subject.
pub fn check_id_token(claims: &Map<String, Value>, e: &Expect<'_>) -> Result<String, String> {
    let iss = claims.get("iss").and_then(Value::as_str).unwrap_or("");
    if iss != e.issuer {
        return Err(format!(
            "the ID token's issuer {iss:?} is not {:?}",
            e.issuer
        ));
    }
    let audiences: Vec<&str> = match claims.get("aud") {
        Some(Value::String(a)) => vec![a.as_str()],
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    if !audiences.contains(&e.client_id) {
        return Err("the ID token is not meant for this client (aud)".into());
    }
    let azp = claims.get("azp").and_then(Value::as_str);
    if (audiences.len() > 1 || azp.is_some()) && azp != Some(e.client_id) {
        return Err("the ID token was issued to another party (azp)".into());
    }
    let exp = int(claims, "exp")?;
    let iat = int(claims, "iat")?;
    // Saturating: the provider chooses these numbers, and i64::MAX must not overflow.
    if exp.saturating_add(e.skew) <= e.now {
        return Err("the ID token has expired".into());
    }
    if iat.saturating_sub(e.skew) > e.now {
        return Err("the ID token was issued in the future (check the clocks)".into());
    }
    if exp.saturating_sub(iat) > MAX_LIFETIME || e.now.saturating_sub(iat) > MAX_LIFETIME {
        return Err("the ID token's lifetime is implausible".into());
    }
    let nonce = claims.get("nonce").and_then(Value::as_str).unwrap_or("");
    if nonce.is_empty() || nonce != e.nonce {
        return Err("the ID token's nonce does not match this sign-in".into());
    }
    let sub = claims.get("sub").and_then(Value::as_str).unwrap_or("");
    if sub.is_empty() || sub.len() > 255 {
        return Err("the ID token has no usable subject".into());
    }
    Ok(sub.to_string())
}

/// Who signed in, as the claims map says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    pub subject: String,
    pub username: String,
    /// The username claim as sent, before `strip_domain`: what a SCIM-made account is
    /// matched on, so `alice@a.example` cannot take the account made for `alice@b.example`.
    pub raw_username: String,
    pub display_name: String,
    pub email: Option<String>,
    /// `None` when the provider sent no groups claim: the roles are then left as they are,
    /// rather than every managed role being taken away by a provider that omits it.
    pub groups: Option<BTreeSet<String>>,
}

/// Reads the mapped claims (from the ID token, completed by the UserInfo answer when the
/// token lacks them).
pub fn identity(
    subject: String,
    claims: &Map<String, Value>,
    map: &ClaimMap,
) -> Result<Identity, String> {
    let text = |name: &str| claims.get(name).and_then(Value::as_str).map(str::trim);
    let raw = text(&map.username).ok_or_else(|| {
        format!(
            "the provider sent no {:?} claim to take the username from",
            map.username
        )
    })?;
    let name = if map.strip_domain {
        raw.split('@').next().unwrap_or(raw)
    } else {
        raw
    };
    let username = names::username(name)
        .map_err(|e| format!("the provider's username {name:?} cannot be used: {e}"))?
        .to_string();
    let display_name = text(&map.display_name)
        .filter(|d| names::display_name(d).is_ok())
        .unwrap_or(&username)
        .to_string();
    let email = text(&map.email)
        .filter(|m| m.len() <= 254 && m.contains('@') && !m.chars().any(char::is_control))
        .map(str::to_string);
    let groups = match claims.get(&map.groups) {
        Some(Value::Array(a)) => Some(
            a.iter()
                .filter_map(Value::as_str)
                .map(String::from)
                .collect(),
        ),
        Some(Value::String(g)) => Some([g.clone()].into()),
        _ => None,
    };
    Ok(Identity {
        subject,
        username,
        raw_username: raw.to_string(),
        display_name,
        email,
        groups,
    })
}

/// The roles a set of groups grants, and what the rules manage: an organization or space
/// named by any rule is managed, so a managed role no group grants any more is taken away.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Grants {
    pub orgs: BTreeMap<String, OrgRole>,
    pub spaces: BTreeMap<(String, String), String>,
    pub managed_orgs: BTreeSet<String>,
    pub managed_spaces: BTreeSet<(String, String)>,
}

/// The strongest grant of every rule whose group the user is in.
pub fn grants(rules: &[GroupRule], groups: &BTreeSet<String>) -> Grants {
    let mut g = Grants::default();
    for r in rules {
        g.managed_orgs.insert(r.org.clone());
        if let Some(space) = &r.space {
            g.managed_spaces.insert((r.org.clone(), space.clone()));
        }
        if !groups.contains(&r.group) {
            continue;
        }
        let Some(role) = OrgRole::parse(&r.role) else {
            continue;
        };
        let held = g.orgs.entry(r.org.clone()).or_insert(role);
        *held = (*held).max(role);
        if let (Some(space), Some(space_role)) = (&r.space, &r.space_role) {
            let held = g
                .spaces
                .entry((r.org.clone(), space.clone()))
                .or_insert_with(|| space_role.clone());
            if space_role == "admin" {
                *held = "admin".into();
            }
        }
    }
    g
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn claims(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    fn expect() -> Expect<'static> {
        Expect {
            issuer: "https://idp",
            client_id: "rb",
            nonce: "n1",
            now: 1_000_000,
            skew: 60,
        }
    }

    fn good() -> Value {
        json!({"iss": "https://idp", "aud": "rb", "sub": "s1", "exp": 1_000_300, "iat": 999_990, "nonce": "n1"})
    }

    #[test]
    fn an_id_token_is_checked_claim_by_claim() {
        assert_eq!(check_id_token(&claims(good()), &expect()).unwrap(), "s1");
        let bad = |k: &str, v: Value| {
            let mut c = good();
            c[k] = v;
            check_id_token(&claims(c), &expect()).unwrap_err()
        };
        assert!(bad("iss", json!("https://idp/")).contains("issuer"));
        assert!(bad("aud", json!("other")).contains("aud"));
        assert!(bad("aud", json!(["rb", "other"])).contains("azp"));
        assert!(bad("azp", json!("other")).contains("azp"));
        assert!(bad("exp", json!(999_900)).contains("expired"));
        assert!(bad("iat", json!(1_000_100)).contains("future"));
        assert!(bad("exp", json!(1_000_000 + 3 * 86_400)).contains("implausible"));
        assert!(bad("nonce", json!("n2")).contains("nonce"));
        assert!(bad("sub", json!("")).contains("subject"));
        assert!(bad("exp", json!("soon")).contains("exp"));
        let mut multi = good();
        multi["aud"] = json!(["rb", "other"]);
        multi["azp"] = json!("rb");
        assert!(check_id_token(&claims(multi), &expect()).is_ok());
        // Within the skew.
        let mut late = good();
        late["exp"] = json!(999_950);
        assert!(check_id_token(&claims(late), &expect()).is_ok());
        // Extremes do not overflow.
        for (exp, iat) in [
            (i64::MAX, i64::MAX),
            (i64::MIN, i64::MIN),
            (i64::MAX, i64::MIN),
        ] {
            let mut odd = good();
            odd["exp"] = json!(exp);
            odd["iat"] = json!(iat);
            assert!(check_id_token(&claims(odd), &expect()).is_err());
        }
    }

    #[test]
    fn identity_and_grants() {
        let c = claims(
            json!({"preferred_username": "alice@corp.example", "name": "Alice",
            "email": "alice@corp.example", "groups": ["eng", "rb-admins"]}),
        );
        let mut map = ClaimMap::default();
        assert!(
            identity("s".into(), &c, &map)
                .unwrap_err()
                .contains("cannot be used")
        );
        map.strip_domain = true;
        let id = identity("s".into(), &c, &map).unwrap();
        assert_eq!(id.username, "alice");
        assert_eq!(id.display_name, "Alice");
        assert_eq!(id.raw_username, "alice@corp.example");
        assert_eq!(id.groups.as_ref().map(BTreeSet::len), Some(2));
        let mut without = c.clone();
        without.remove("groups");
        assert_eq!(identity("s".into(), &without, &map).unwrap().groups, None);
        map.username = "upn".into();
        assert!(identity("s".into(), &c, &map).unwrap_err().contains("upn"));
        let rule = |group: &str, org: &str, role: &str, space: Option<(&str, &str)>| GroupRule {
            group: group.into(),
            org: org.into(),
            role: role.into(),
            space: space.map(|s| s.0.to_string()),
            space_role: space.map(|s| s.1.to_string()),
        };
        let rules = vec![
            rule("eng", "acme", "member", Some(("web", "member"))),
            rule("rb-admins", "acme", "admin", Some(("web", "admin"))),
            rule("ops", "acme", "viewer", Some(("ops", "member"))),
            rule("finance", "ledger", "viewer", None),
        ];
        let g = grants(&rules, id.groups.as_ref().unwrap());
        assert_eq!(g.orgs.get("acme"), Some(&OrgRole::Admin));
        assert_eq!(g.orgs.get("ledger"), None);
        assert!(g.managed_orgs.contains("ledger"));
        assert_eq!(
            g.spaces
                .get(&("acme".into(), "web".into()))
                .map(String::as_str),
            Some("admin")
        );
        assert!(g.managed_spaces.contains(&("acme".into(), "ops".into())));
        assert!(!g.spaces.contains_key(&("acme".into(), "ops".into())));
    }
}
