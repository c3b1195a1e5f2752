//! SCIM 2.0 (RFC 7643 resources, RFC 7644 protocol) as the site's IdP speaks it to provision
//! and deprovision people: what a User or Group body says, the filters and PATCH operations we
//! accept, and the JSON we answer. Pure: the store applies, `http/scim.rs` serves.
//!
//! What is accepted is deliberately small and strict: `eq` filters on `userName`,
//! `externalId`, `id` and (groups) `displayName`; PATCH `add`/`replace`/`remove` of the
//! attributes Rulebook keeps (`active`, `userName`, `displayName`, `externalId`, emails,
//! group `members`), including the path-less form Entra ID sends. Anything else is a 400 with
//! the SCIM error type, never silently ignored.

use serde_json::{Map, Value, json};

use crate::model::names;

pub const USER_SCHEMA: &str = "urn:ietf:params:scim:schemas:core:2.0:User";
pub const GROUP_SCHEMA: &str = "urn:ietf:params:scim:schemas:core:2.0:Group";
pub const LIST_SCHEMA: &str = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
pub const ERROR_SCHEMA: &str = "urn:ietf:params:scim:api:messages:2.0:Error";
pub const PATCH_SCHEMA: &str = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
/// Most members one group may list, and most results one page returns.
pub const MAX_MEMBERS: usize = 10_000;
pub const MAX_PAGE: usize = 200;

/// A SCIM error: HTTP status, `scimType` (RFC 7644 §3.12) and a detail for people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScimError {
    pub status: u16,
    pub scim_type: Option<&'static str>,
    pub detail: String,
}

impl ScimError {
    pub fn new(status: u16, scim_type: Option<&'static str>, detail: impl Into<String>) -> Self {
        ScimError {
            status,
            scim_type,
            detail: detail.into(),
        }
    }
    pub fn invalid(detail: impl Into<String>) -> Self {
        ScimError::new(400, Some("invalidValue"), detail)
    }
    pub fn json(&self) -> Value {
        let mut v = json!({ "schemas": [ERROR_SCHEMA], "status": self.status.to_string(), "detail": self.detail });
        if let Some(t) = self.scim_type {
            v["scimType"] = json!(t);
        }
        v
    }
}

/// A user as a SCIM client sends it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UserIn {
    pub user_name: String,
    /// `userName` as sent (before `strip_domain`): a first single sign-on takes the account
    /// only when its username claim is exactly this.
    pub raw_user_name: String,
    pub display_name: Option<String>,
    pub email: Option<String>,
    pub active: Option<bool>,
    pub external_id: Option<String>,
}

fn text(v: &Value) -> Option<String> {
    v.as_str()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
}

fn lower_keys(v: &Value) -> Map<String, Value> {
    v.as_object()
        .map(|o| {
            o.iter()
                .map(|(k, v)| (k.to_ascii_lowercase(), v.clone()))
                .collect()
        })
        .unwrap_or_default()
}

/// The username Rulebook keeps for a SCIM `userName` (`strip_domain`: `alice@corp` → `alice`).
pub fn username(raw: &str, strip_domain: bool) -> Result<String, ScimError> {
    let name = if strip_domain {
        raw.split('@').next().unwrap_or(raw)
    } else {
        raw
    };
    names::username(name)
        .map(str::to_string)
        .map_err(|e| ScimError::invalid(format!("userName {raw:?}: {e}")))
}

fn display_of(o: &Map<String, Value>) -> Option<String> {
    if let Some(d) = o.get("displayname").and_then(text) {
        return Some(d);
    }
    let name = lower_keys(o.get("name").unwrap_or(&Value::Null));
    if let Some(f) = name.get("formatted").and_then(text) {
        return Some(f);
    }
    let parts: Vec<String> = ["givenname", "familyname"]
        .iter()
        .filter_map(|k| name.get(*k).and_then(text))
        .collect();
    (!parts.is_empty()).then(|| parts.join(" "))
}

fn email_of(v: &Value) -> Option<String> {
    let list = v.as_array()?;
    let pick = list
        .iter()
        .find(|e| e.get("primary") == Some(&Value::Bool(true)))
        .or_else(|| list.first())?;
    pick.get("value").and_then(text)
}

fn check_display(d: Option<String>) -> Result<Option<String>, ScimError> {
    match d {
        Some(d) if names::display_name(&d).is_err() => Err(ScimError::invalid(
            "displayName: 1-200 characters, no control characters",
        )),
        d => Ok(d),
    }
}

fn check_external(e: Option<String>) -> Result<Option<String>, ScimError> {
    match e {
        Some(e) if e.len() > 256 || e.chars().any(char::is_control) => Err(ScimError::invalid(
            "externalId: at most 256 printable characters",
        )),
        e => Ok(e),
    }
}

impl UserIn {
    /// Reads a POST or PUT body (attribute names are case-insensitive, RFC 7643 §2.1).
    pub fn parse(body: &Value, strip_domain: bool) -> Result<UserIn, ScimError> {
        if !body.is_object() {
            return Err(ScimError::new(
                400,
                Some("invalidSyntax"),
                "the body is not a JSON object",
            ));
        }
        let o = lower_keys(body);
        let raw = o
            .get("username")
            .and_then(text)
            .ok_or_else(|| ScimError::invalid("userName is required"))?;
        let active = match o.get("active") {
            None | Some(Value::Null) => None,
            Some(Value::Bool(b)) => Some(*b),
            Some(Value::String(s)) if s.eq_ignore_ascii_case("true") => Some(true),
            Some(Value::String(s)) if s.eq_ignore_ascii_case("false") => Some(false),
            Some(_) => return Err(ScimError::invalid("active: true or false")),
        };
        Ok(UserIn {
            user_name: username(&raw, strip_domain)?,
            raw_user_name: raw,
            display_name: check_display(display_of(&o))?,
            email: o
                .get("emails")
                .and_then(email_of)
                .filter(|e| e.len() <= 254),
            active,
            external_id: check_external(o.get("externalid").and_then(text))?,
        })
    }
}

/// A filter we accept: `attribute eq "value"`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filter {
    /// Lower-case attribute name.
    pub attribute: String,
    pub value: String,
}

/// Parses `filter` (RFC 7644 §3.4.2.2), accepting only `eq` on `allowed` attributes.
pub fn filter(text: &str, allowed: &[&str]) -> Result<Filter, ScimError> {
    let bad = |why: &str| ScimError::new(400, Some("invalidFilter"), why.to_string());
    let t = text.trim();
    let (attribute, rest) = t
        .split_once(char::is_whitespace)
        .ok_or_else(|| bad("write attribute eq \"value\""))?;
    let rest = rest.trim_start();
    let (op, value) = rest
        .split_once(char::is_whitespace)
        .ok_or_else(|| bad("write attribute eq \"value\""))?;
    if !op.eq_ignore_ascii_case("eq") {
        return Err(bad("only the eq operator is supported"));
    }
    let attribute = attribute.to_ascii_lowercase();
    if !allowed.contains(&attribute.as_str()) {
        return Err(bad(&format!(
            "filtering on {attribute} is not supported; use one of {}",
            allowed.join(", ")
        )));
    }
    let value: Value =
        serde_json::from_str(value.trim()).map_err(|_| bad("the value must be a quoted string"))?;
    let Value::String(value) = value else {
        return Err(bad("the value must be a quoted string"));
    };
    Ok(Filter { attribute, value })
}

/// One PATCH operation (RFC 7644 §3.5.2).
#[derive(Debug, Clone, PartialEq)]
pub struct PatchOp {
    pub op: Op,
    /// Lower-case path, `None` when the value holds the attributes.
    pub path: Option<String>,
    pub value: Value,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Add,
    Replace,
    Remove,
}

/// Reads a PatchOp body.
pub fn patch_ops(body: &Value) -> Result<Vec<PatchOp>, ScimError> {
    let o = lower_keys(body);
    let schemas_ok = o
        .get("schemas")
        .and_then(Value::as_array)
        .is_some_and(|s| s.iter().any(|x| x == PATCH_SCHEMA));
    if !schemas_ok {
        return Err(ScimError::new(
            400,
            Some("invalidSyntax"),
            format!("schemas must list {PATCH_SCHEMA}"),
        ));
    }
    let ops = o
        .get("operations")
        .and_then(Value::as_array)
        .filter(|a| !a.is_empty() && a.len() <= 1000)
        .ok_or_else(|| {
            ScimError::new(400, Some("invalidSyntax"), "Operations: 1-1000 operations")
        })?;
    ops.iter()
        .map(|op| {
            let m = lower_keys(op);
            let name = m
                .get("op")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_ascii_lowercase();
            let op = match name.as_str() {
                "add" => Op::Add,
                "replace" => Op::Replace,
                "remove" => Op::Remove,
                _ => {
                    return Err(ScimError::new(
                        400,
                        Some("invalidSyntax"),
                        format!("unknown op {name:?}"),
                    ));
                }
            };
            let path = m.get("path").and_then(text).map(|p| p.to_ascii_lowercase());
            let value = m.get("value").cloned().unwrap_or(Value::Null);
            if path.is_none() && op != Op::Remove && !value.is_object() {
                return Err(ScimError::new(
                    400,
                    Some("invalidSyntax"),
                    "an operation without a path needs an object value",
                ));
            }
            if path.is_none() && op == Op::Remove {
                return Err(ScimError::new(400, Some("noTarget"), "remove needs a path"));
            }
            Ok(PatchOp { op, path, value })
        })
        .collect()
}

/// What a PATCH changes on a user.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UserChange {
    /// The username kept and the `userName` as sent.
    pub user_name: Option<(String, String)>,
    pub display_name: Option<String>,
    pub email: Option<Option<String>>,
    pub active: Option<bool>,
    pub external_id: Option<Option<String>>,
}

fn as_bool(v: &Value) -> Result<bool, ScimError> {
    match v {
        Value::Bool(b) => Ok(*b),
        Value::String(s) if s.eq_ignore_ascii_case("true") => Ok(true),
        Value::String(s) if s.eq_ignore_ascii_case("false") => Ok(false),
        _ => Err(ScimError::invalid("active: true or false")),
    }
}

/// Applies PATCH operations to a user's changeable attributes.
pub fn user_change(ops: &[PatchOp], strip_domain: bool) -> Result<UserChange, ScimError> {
    let mut c = UserChange::default();
    for op in ops {
        let pairs: Vec<(String, Value)> = match &op.path {
            Some(p) => vec![(p.clone(), op.value.clone())],
            None => lower_keys(&op.value).into_iter().collect(),
        };
        for (path, value) in pairs {
            let removing = op.op == Op::Remove;
            match path.as_str() {
                "active" if !removing => c.active = Some(as_bool(&value)?),
                "username" if !removing => {
                    let raw =
                        text(&value).ok_or_else(|| ScimError::invalid("userName is required"))?;
                    c.user_name = Some((username(&raw, strip_domain)?, raw));
                }
                "displayname" if !removing => c.display_name = check_display(text(&value))?,
                "name.formatted" if !removing => c.display_name = check_display(text(&value))?,
                "name" if !removing => {
                    c.display_name = check_display(display_of(&{
                        let mut m = Map::new();
                        m.insert("name".into(), value.clone());
                        m
                    }))?
                }
                "externalid" => {
                    c.external_id = Some(if removing {
                        None
                    } else {
                        check_external(text(&value))?
                    })
                }
                "emails" | "emails[type eq \"work\"].value" | "emails[primary eq true].value" => {
                    c.email = Some(if removing {
                        None
                    } else if value.is_array() {
                        email_of(&value)
                    } else {
                        text(&value)
                    })
                }
                // Attributes Rulebook does not keep: accepted and dropped, as RFC 7644 §3.5.2
                // lets a provider ignore what it does not store.
                p if p.starts_with("name.")
                    || p == "title"
                    || p == "locale"
                    || p == "preferredlanguage"
                    || p.starts_with("urn:ietf:params:scim:schemas:extension:")
                    || p == "phonenumbers"
                    || p == "addresses"
                    || p == "nickname"
                    || p == "usertype"
                    || p == "timezone" => {}
                p => {
                    return Err(ScimError::new(
                        400,
                        Some("invalidPath"),
                        format!("cannot change {p:?}"),
                    ));
                }
            }
        }
    }
    Ok(c)
}

/// A group as a SCIM client sends it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupIn {
    pub display_name: String,
    pub external_id: Option<String>,
    pub members: Vec<String>,
}

fn member_ids(v: &Value) -> Result<Vec<String>, ScimError> {
    let Some(list) = v.as_array() else {
        return Err(ScimError::invalid("members: a list of {\"value\": id}"));
    };
    if list.len() > MAX_MEMBERS {
        return Err(ScimError::invalid(format!(
            "members: at most {MAX_MEMBERS}"
        )));
    }
    list.iter()
        .map(|m| {
            lower_keys(m)
                .get("value")
                .and_then(text)
                .ok_or_else(|| ScimError::invalid("members: each needs a value (the user's id)"))
        })
        .collect()
}

/// The group name rules and roles key on: 1-256 characters, no control characters.
fn group_name(v: Option<String>) -> Result<String, ScimError> {
    match v {
        Some(n) if n.len() <= 256 && !n.chars().any(char::is_control) => Ok(n),
        _ => Err(ScimError::invalid("displayName: 1-256 characters")),
    }
}

impl GroupIn {
    pub fn parse(body: &Value) -> Result<GroupIn, ScimError> {
        let o = lower_keys(body);
        Ok(GroupIn {
            display_name: group_name(o.get("displayname").and_then(text))?,
            external_id: check_external(o.get("externalid").and_then(text))?,
            members: match o.get("members") {
                None | Some(Value::Null) => Vec::new(),
                Some(v) => member_ids(v)?,
            },
        })
    }
}

/// One change to a group's members; a PATCH's are applied in the order sent (RFC 7644
/// §3.5.2: "remove X, then add X" leaves X in the group).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MemberOp {
    /// Every member is replaced by these.
    Set(Vec<String>),
    Add(Vec<String>),
    Remove(Vec<String>),
    /// `remove` of path `members` without a filter: every member goes.
    RemoveAll,
}

/// What a PATCH does to a group.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GroupChange {
    pub display_name: Option<String>,
    pub external_id: Option<Option<String>>,
    pub members: Vec<MemberOp>,
}

/// Applies PATCH operations to a group.
pub fn group_change(ops: &[PatchOp]) -> Result<GroupChange, ScimError> {
    let mut c = GroupChange::default();
    for op in ops {
        let pairs: Vec<(String, Value)> = match &op.path {
            Some(p) => vec![(p.clone(), op.value.clone())],
            None => lower_keys(&op.value).into_iter().collect(),
        };
        for (path, value) in pairs {
            match (op.op, path.as_str()) {
                (Op::Add, "members") => c.members.push(MemberOp::Add(member_ids(&value)?)),
                (Op::Replace, "members") => c.members.push(MemberOp::Set(member_ids(&value)?)),
                (Op::Remove, "members") if value.is_array() => {
                    c.members.push(MemberOp::Remove(member_ids(&value)?))
                }
                (Op::Remove, "members") => c.members.push(MemberOp::RemoveAll),
                (Op::Remove, p) if p.starts_with("members[value eq ") && p.ends_with(']') => {
                    let inner = &p["members[value eq ".len()..p.len() - 1];
                    let id: Value = serde_json::from_str(inner.trim()).map_err(|_| {
                        ScimError::new(400, Some("invalidFilter"), "members[value eq \"id\"]")
                    })?;
                    let id = id.as_str().unwrap_or_default().to_string();
                    c.members.push(MemberOp::Remove(vec![id]));
                }
                (Op::Add | Op::Replace, "displayname") => {
                    c.display_name = Some(group_name(text(&value))?)
                }
                (Op::Add | Op::Replace, "externalid") => {
                    c.external_id = Some(check_external(text(&value))?)
                }
                (Op::Remove, "externalid") => c.external_id = Some(None),
                (_, p) => {
                    return Err(ScimError::new(
                        400,
                        Some("invalidPath"),
                        format!("cannot change {p:?}"),
                    ));
                }
            }
        }
    }
    Ok(c)
}

/// `startIndex` and `count` (RFC 7644 §3.4.2.4): 1-based, count capped.
pub fn page(start: Option<&str>, count: Option<&str>) -> (usize, usize) {
    let start = start
        .and_then(|s| s.parse::<usize>().ok())
        .unwrap_or(1)
        .max(1);
    let count = count
        .and_then(|s| s.parse::<usize>().ok())
        .unwrap_or(100)
        .min(MAX_PAGE);
    (start, count)
}

/// A ListResponse.
pub fn list(total: usize, start: usize, resources: Vec<Value>) -> Value {
    json!({ "schemas": [LIST_SCHEMA], "totalResults": total, "startIndex": start,
            "itemsPerPage": resources.len(), "Resources": resources })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn users_parse_from_rfc_7643_examples() {
        // RFC 7643 §8.2, trimmed.
        let body = json!({ "schemas": [USER_SCHEMA], "userName": "bjensen", "externalId": "701984",
            "name": { "formatted": "Ms. Barbara J Jensen, III", "familyName": "Jensen", "givenName": "Barbara" },
            "emails": [{ "value": "bjensen@example.com", "type": "work", "primary": true }], "active": true });
        let u = UserIn::parse(&body, false).unwrap();
        assert_eq!(u.user_name, "bjensen");
        assert_eq!(u.display_name.as_deref(), Some("Ms. Barbara J Jensen, III"));
        assert_eq!(u.email.as_deref(), Some("bjensen@example.com"));
        assert_eq!(u.external_id.as_deref(), Some("701984"));
        let upn = json!({ "UserName": "bjensen@example.com" });
        assert!(
            UserIn::parse(&upn, false)
                .unwrap_err()
                .detail
                .contains("userName")
        );
        assert_eq!(UserIn::parse(&upn, true).unwrap().user_name, "bjensen");
        assert_eq!(UserIn::parse(&json!({}), false).unwrap_err().status, 400);
        assert!(UserIn::parse(&json!({ "userName": "x", "active": "maybe" }), false).is_err());
    }

    #[test]
    fn filters_and_pages() {
        let f = filter("userName eq \"bjensen\"", &["username", "externalid"]).unwrap();
        assert_eq!(
            (f.attribute.as_str(), f.value.as_str()),
            ("username", "bjensen")
        );
        assert!(filter("userName EQ \"a b\"", &["username"]).is_ok());
        for bad in [
            "userName sw \"b\"",
            "title eq \"x\"",
            "userName eq bjensen",
            "userName",
            "userName eq 3",
        ] {
            assert_eq!(
                filter(bad, &["username"]).unwrap_err().scim_type,
                Some("invalidFilter"),
                "{bad}"
            );
        }
        assert_eq!(page(None, None), (1, 100));
        assert_eq!(page(Some("0"), Some("100000")), (1, MAX_PAGE));
    }

    #[test]
    fn patches_from_rfc_7644_and_entra_id() {
        let body = |ops: Value| json!({ "schemas": [PATCH_SCHEMA], "Operations": ops });
        // Entra ID: capitalised op, no path.
        let ops = patch_ops(&body(
            json!([{ "op": "Replace", "value": { "active": false } }]),
        ))
        .unwrap();
        assert_eq!(user_change(&ops, false).unwrap().active, Some(false));
        let ops = patch_ops(&body(
            json!([{ "op": "replace", "path": "active", "value": "False" }]),
        ))
        .unwrap();
        assert_eq!(user_change(&ops, false).unwrap().active, Some(false));
        let ops = patch_ops(&body(
            json!([{ "op": "replace", "path": "password", "value": "x" }]),
        ))
        .unwrap();
        assert_eq!(
            user_change(&ops, false).unwrap_err().scim_type,
            Some("invalidPath")
        );
        assert!(patch_ops(&json!({ "Operations": [] })).is_err());
        assert!(patch_ops(&body(json!([{ "op": "remove" }]))).is_err());
        // RFC 7644 §3.5.2.1 and §3.5.2.2.
        let ops = patch_ops(&body(json!([
            { "op": "add", "path": "members", "value": [{ "display": "Babs Jensen", "value": "2819c223" }] },
            { "op": "remove", "path": "members[value eq \"902c246b\"]" },
        ])))
        .unwrap();
        let c = group_change(&ops).unwrap();
        assert_eq!(
            c.members,
            vec![
                MemberOp::Add(vec!["2819c223".to_string()]),
                MemberOp::Remove(vec!["902c246b".to_string()])
            ]
        );
        // In the order sent: remove everyone, then add one back.
        let ops = patch_ops(&body(json!([
            { "op": "remove", "path": "members" },
            { "op": "add", "path": "members", "value": [{ "value": "7" }] },
        ])))
        .unwrap();
        assert_eq!(
            group_change(&ops).unwrap().members,
            vec![MemberOp::RemoveAll, MemberOp::Add(vec!["7".to_string()])]
        );
        let g =
            GroupIn::parse(&json!({ "displayName": "Tour Guides", "members": [{ "value": "1" }] }))
                .unwrap();
        assert_eq!(g.members, vec!["1".to_string()]);
        assert!(GroupIn::parse(&json!({ "members": [] })).is_err());
    }
}
