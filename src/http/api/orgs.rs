//! Organizations: spaces, members and their roles, invitations and password-reset links
//! (handed over by the admin; no e-mail needed).

use serde::Deserialize;
use serde_json::json;

use crate::clock::rfc3339;
use crate::http::HttpError;
use crate::http::api::{check_password, hash_password, new_account};
use crate::http::auth::check_origin;
use crate::http::call::{Call, new_token, token_hash};
use crate::http::reply::Reply;
use crate::model::access::{MemberAction, OrgRole, Principal, Via, may_manage_member};
use crate::model::names;
use crate::store::accounts::TokenPurpose;

fn invalid(e: impl std::fmt::Display) -> HttpError {
    HttpError::Invalid(e.to_string())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OrgBody {
    name: String,
    #[serde(default)]
    slug: Option<String>,
}

/// Whether this caller may create organizations: an instance admin always; any other user
/// signed in with a browser session when the instance setting `users_can_create_orgs` is on
/// (an API key never, unless it acts as an instance admin).
pub fn may_create_orgs(call: &Call<'_>, p: &Principal) -> Result<bool, HttpError> {
    Ok(p.acts_as_instance_admin()
        || (matches!(p.via, Via::Session { .. }) && call.state.store.users_can_create_orgs()?))
}

/// `POST /api/v1/orgs`: another organization on this instance (with its default space); its
/// creator is its admin. Instance admins may; other users only when the instance allows it
/// ([`may_create_orgs`]); a refusal is audited.
pub fn create(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let p = call.who()?.clone();
    if !may_create_orgs(call, &p)? {
        let event = call.event(
            "org.create_refused",
            format!("user:{}", p.username),
            "denied",
        );
        call.state.store.audit(&event)?;
        return Err(HttpError::Forbidden);
    }
    let body: OrgBody = call.json()?;
    let name = names::display_name(&body.name)
        .map_err(invalid)?
        .to_string();
    let slug = match &body.slug {
        Some(s) => names::slug(s).map_err(invalid)?.to_string(),
        None => names::slugify(&name),
    };
    let event = call.event("org.created", format!("org:{slug}"), "success");
    let org = call
        .state
        .store
        .create_org(&slug, &name, p.user_id, &event)?;
    Ok(Reply::json(
        201,
        &json!({ "slug": org.slug, "name": org.name }),
    ))
}

/// `GET /api/v1/orgs/{org}`.
pub fn show(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let org = call.org()?;
    let role = call.role.map(OrgRole::as_str);
    Ok(Reply::json(
        200,
        &json!({ "slug": org.slug, "name": org.name, "role": role }),
    ))
}

/// `GET /api/v1/orgs/{org}/spaces`: the spaces the caller may see.
pub fn spaces(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let rows: Vec<_> = call
        .readable_spaces()?
        .into_iter()
        .map(|s| json!({ "id": s.id, "slug": s.slug, "name": s.name, "visibility": s.visibility }))
        .collect();
    Ok(Reply::json(200, &json!({ "spaces": rows })))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SpaceBody {
    name: String,
    #[serde(default)]
    slug: Option<String>,
    visibility: String,
}

/// `POST /api/v1/orgs/{org}/spaces`.
pub fn create_space(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let p = call.who()?.clone();
    let org_id = call.org()?.id;
    let body: SpaceBody = call.json()?;
    let name = names::display_name(&body.name)
        .map_err(invalid)?
        .to_string();
    let slug = match &body.slug {
        Some(s) => names::slug(s).map_err(invalid)?.to_string(),
        None => names::slugify(&name),
    };
    if !matches!(body.visibility.as_str(), "open" | "restricted" | "private") {
        return Err(invalid("visibility must be open, restricted or private"));
    }
    let event = call.event("space.created", format!("space:{slug}"), "success");
    let s =
        call.state
            .store
            .create_space(org_id, &slug, &name, &body.visibility, p.user_id, &event)?;
    Ok(Reply::json(
        201,
        &json!({ "id": s.id, "slug": s.slug, "name": s.name, "visibility": s.visibility }),
    ))
}

/// `GET /api/v1/orgs/{org}/members`.
pub fn members(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let org_id = call.org()?.id;
    let rows: Vec<_> = call
        .state
        .store
        .org_members(org_id)?
        .into_iter()
        .map(|m| {
            json!({ "id": m.user_id, "username": m.username, "display_name": m.display_name,
                    "role": m.role.as_str(), "disabled": m.disabled })
        })
        .collect();
    Ok(Reply::json(200, &json!({ "members": rows })))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RoleBody {
    role: String,
}

/// The member `{id}` of the route's organization, once the caller may do `action` to them
/// (`model::access::may_manage_member`): 404 for a non-member, 403
/// `RB-AUTH-ACCOUNT-BEYOND-ORG` for an account the organization does not own alone. Every
/// `members/{id}/...` route goes through here.
fn member_for(call: &Call<'_>, action: MemberAction) -> Result<i64, HttpError> {
    let org_id = call.org()?.id;
    let id = call.id_param("id")?;
    let facts = call
        .state
        .store
        .member_facts(org_id, id)?
        .ok_or(HttpError::NotFound)?;
    if !may_manage_member(call.who()?, action, facts) {
        let mut event = call.event("member.action_refused", format!("user:{id}"), "denied");
        event.detail = format!("{action:?} on an account beyond this organization");
        call.state.store.audit(&event)?;
        return Err(HttpError::AccountBeyondOrg);
    }
    Ok(id)
}

/// `PUT /api/v1/orgs/{org}/members/{id}/role`.
pub fn set_role(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let org_id = call.org()?.id;
    let id = member_for(call, MemberAction::ChangeRole)?;
    let body: RoleBody = call.json()?;
    let role = OrgRole::parse(&body.role)
        .ok_or_else(|| invalid("role must be admin, member or viewer"))?;
    let event = call.event(
        "member.role_changed",
        format!("user:{id} role:{}", role.as_str()),
        "success",
    );
    call.state.store.set_org_role(org_id, id, role, &event)?;
    Ok(Reply::json(
        200,
        &json!({ "id": id, "role": role.as_str() }),
    ))
}

/// `DELETE /api/v1/orgs/{org}/members/{id}`: the membership ends (space roles and API keys
/// for this organization with it); the account stays, for its other organizations.
pub fn remove(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let org_id = call.org()?.id;
    let id = member_for(call, MemberAction::Remove)?;
    let event = call.event("member.removed", format!("user:{id}"), "success");
    call.state.store.remove_member(org_id, id, &event)?;
    Ok(Reply::json(200, &json!({ "id": id, "removed": true })))
}

fn set_disabled(call: &mut Call<'_>, disabled: bool) -> Result<Reply, HttpError> {
    let org_id = call.org()?.id;
    let action = if disabled {
        MemberAction::Disable
    } else {
        MemberAction::Enable
    };
    let id = member_for(call, action)?;
    let action = if disabled {
        "user.disabled"
    } else {
        "user.enabled"
    };
    let event = call.event(action, format!("user:{id}"), "success");
    call.state
        .store
        .set_user_disabled(org_id, id, disabled, &event)?;
    Ok(Reply::json(200, &json!({ "id": id, "disabled": disabled })))
}

/// `POST .../disable`: the user's sessions end at once and their keys stop working.
pub fn disable(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    set_disabled(call, true)
}

/// `POST .../enable`.
pub fn enable(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    set_disabled(call, false)
}

fn member_name(call: &Call<'_>, id: i64) -> Result<String, HttpError> {
    Ok(call
        .state
        .store
        .user_by_id(id)?
        .ok_or(HttpError::NotFound)?
        .username)
}

/// `POST .../unlock`: releases a login lock (audited).
pub fn unlock(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let id = member_for(call, MemberAction::Unlock)?;
    let name = member_name(call, id)?;
    let event = call.event("auth.lock_released", format!("user:{name}"), "success");
    let released = call.state.store.release_lock(&name, &event)?;
    Ok(Reply::json(200, &json!({ "id": id, "released": released })))
}

/// `POST .../reset-link`: a single-use link (24 h) for the admin to hand to the user.
pub fn reset_link(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let p = call.who()?.clone();
    let id = member_for(call, MemberAction::ResetPassword)?;
    let name = member_name(call, id)?;
    // A password set by the link would get round the IdP or the directory, where a leaver is
    // disabled: refused while the account's identity system is on.
    if call.state.store.has_sso_identity(id)?
        && (crate::http::api::sso::is_on(call) || crate::http::api::directory::is_on(call))
    {
        return Err(HttpError::Conflict(format!(
            "{name} signs in through the site's identity provider or directory; a password would not be used"
        )));
    }
    let (token, hash) = new_token()?;
    let ttl = 24 * 3600;
    let event = call.event("user.reset_link_issued", format!("user:{name}"), "success");
    // A link issued by an org admin names the organization: it is void if the account stops
    // being that organization's alone before it is used.
    let issuing_org = (!p.acts_as_instance_admin()).then_some(call.org()?.id);
    call.state.store.new_token(
        TokenPurpose::Reset,
        &hash,
        issuing_org,
        Some(id),
        None,
        None,
        p.user_id,
        ttl,
        &event,
    )?;
    let url = format!("{}/#/reset/{token}", call.own_origin().unwrap_or_default());
    let expires = rfc3339(call.state.clock.now_unix() + ttl);
    let mut answer = json!({ "token": token, "url": url, "expires_at": expires });
    // Mailed to the person's own address when the server sends mail (not a notification: the
    // opt-out does not apply); the admin still sees the link.
    let (email, _) = call.state.store.mail_prefs(id)?;
    if let Some(to) = email.filter(|_| crate::http::api::mail::enabled(call)) {
        let text = format!(
            "{} issued a link to set a new Rulebook password for your account {name}.\n\nOpen it to choose the password (it works once, until {expires}):\n{url}\n\nIf you did not ask for this, tell your administrator.\n",
            p.username
        );
        let to = crate::mail::message::Mailbox {
            name: String::new(),
            address: to,
        };
        match crate::http::api::mail::deliver(
            call,
            &to,
            "Set your Rulebook password",
            &text,
            "reset",
        ) {
            Ok(()) => answer["mailed"] = json!(true),
            Err(e) => {
                answer["mailed"] = json!(false);
                answer["mail_error"] = json!(e);
            }
        }
    }
    Ok(Reply::json(201, &answer))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct InviteBody {
    role: String,
    #[serde(default)]
    space: Option<String>,
    #[serde(default)]
    expires_in_hours: Option<u32>,
    /// Binds the invitation to this existing account: only that user, signed in, may accept.
    #[serde(default)]
    username: Option<String>,
    /// Mails the link to this address through the site's relay (when one is set up).
    #[serde(default)]
    email: Option<String>,
}

/// `POST /api/v1/orgs/{org}/invites`: a single-use invitation link (48 h by default).
pub fn invite(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let p = call.who()?.clone();
    let org_id = call.org()?.id;
    let body: InviteBody = call.json()?;
    let role = OrgRole::parse(&body.role)
        .ok_or_else(|| invalid("role must be admin, member or viewer"))?;
    if let Some(to) = &body.email {
        crate::mail::message::check_address(to.trim())
            .map_err(|e| invalid(format!("email: {e}")))?;
        if !crate::http::api::mail::enabled(call) {
            return Err(invalid(
                "email: no mail relay is set up; copy the link instead",
            ));
        }
    }
    let hours = i64::from(body.expires_in_hours.unwrap_or(48));
    if !(1..=720).contains(&hours) {
        return Err(invalid("expires_in_hours must be 1 to 720"));
    }
    let space_id = match &body.space {
        Some(slug) => Some(
            call.state
                .store
                .visible_spaces(org_id, p.user_id, true)?
                .into_iter()
                .find(|s| &s.slug == slug)
                .ok_or_else(|| invalid(format!("no space {slug:?}")))?
                .id,
        ),
        None => None,
    };
    let bound_to = match &body.username {
        Some(name) => Some(
            call.state
                .store
                .user_by_name(name.trim())?
                .ok_or_else(|| invalid(format!("no account named {name:?}")))?,
        ),
        None => None,
    };
    if let Some(u) = &bound_to
        && call.state.store.org_role(org_id, u.id)?.is_some()
    {
        return Err(HttpError::Conflict(format!(
            "{} already belongs to this organization",
            u.username
        )));
    }
    let (token, hash) = new_token()?;
    let target = match &bound_to {
        Some(u) => format!("role:{} user:{}", role.as_str(), u.username),
        None => format!("role:{}", role.as_str()),
    };
    let event = call.event("invite.created", target, "success");
    call.state.store.new_token(
        TokenPurpose::Invite,
        &hash,
        Some(org_id),
        bound_to.as_ref().map(|u| u.id),
        Some(role.as_str()),
        space_id,
        p.user_id,
        hours * 3600,
        &event,
    )?;
    let url = format!("{}/#/invite/{token}", call.own_origin().unwrap_or_default());
    let expires = rfc3339(call.state.clock.now_unix() + hours * 3600);
    let mailed = body.email.as_deref().map(|to| {
        let org = call.org().map(|o| o.name.clone()).unwrap_or_default();
        let text = format!(
            "{} invites you to the organization {org} on Rulebook, as {}.\n\nOpen this link to join (it works once, until {expires}):\n{url}\n\nIf you did not expect this, ignore this message.\n",
            p.username,
            role.as_str()
        );
        let to = crate::mail::message::Mailbox { name: String::new(), address: to.trim().to_string() };
        crate::http::api::mail::deliver(call, &to, &format!("Invitation to {org} on Rulebook"), &text, "invitation")
    });
    let mut answer =
        json!({ "token": token, "url": url, "role": role.as_str(), "expires_at": expires });
    match mailed {
        Some(Ok(())) => answer["mailed"] = json!(true),
        Some(Err(e)) => {
            answer["mailed"] = json!(false);
            answer["mail_error"] = json!(e);
        }
        None => {}
    }
    Ok(Reply::json(201, &answer))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AcceptBody {
    token: String,
    #[serde(default)]
    username: Option<String>,
    #[serde(default)]
    display_name: Option<String>,
    #[serde(default)]
    password: Option<String>,
}

/// `POST /api/v1/invites/accept`: with `username` and `password`, creates the account; with
/// neither, the signed-in user (browser session and CSRF token) joins the organization. The
/// token is single use either way. An invitation bound to an account can only be accepted
/// by that account, signed in.
pub fn accept_invite(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    check_origin(call)?;
    let body: AcceptBody = call.json()?;
    let hash = token_hash(&body.token);
    match (&body.username, &body.password, &body.display_name) {
        (Some(username), Some(password), display) => {
            accept_with_new_account(call, &hash, username, display.as_deref(), password)
        }
        (None, None, None) => accept_signed_in(call, &hash),
        _ => Err(invalid(
            "send username and password to create an account, or only the token to accept as the signed-in user",
        )),
    }
}

/// Refuses (403, audited) an invitation issued to another account than `who`'s.
fn refuse_bound(call: &Call<'_>, who: &str) -> Result<Reply, HttpError> {
    let mut event = call.event("invite.refused", format!("user:{who}"), "denied");
    event.detail = "the invitation was issued to another account".into();
    call.state.store.audit(&event)?;
    Err(HttpError::Forbidden)
}

fn accept_with_new_account(
    call: &mut Call<'_>,
    hash: &[u8],
    username: &str,
    display_name: Option<&str>,
    password: &str,
) -> Result<Reply, HttpError> {
    // Checked before the password is hashed; a token's binding never changes.
    if let Some(facts) = call.state.store.invite_facts(hash)?
        && facts.bound_to.is_some()
    {
        return refuse_bound(call, username);
    }
    let account = new_account(call, username, display_name, password)?;
    let username = account.username.as_str();
    let user = account.new_user(false);
    let event = call.event("invite.accepted", format!("user:{username}"), "success");
    let (_, user_id) = call.state.store.accept_invite(hash, &user, &event)?;
    Ok(Reply::json(
        201,
        &json!({ "id": user_id, "username": username }),
    ))
}

fn accept_signed_in(call: &mut Call<'_>, hash: &[u8]) -> Result<Reply, HttpError> {
    // The route is public (pre-session), so the session and its CSRF token are checked here,
    // by the same code the router uses for every other route.
    crate::http::auth::authenticate(call, false)?;
    let p = call.who()?.clone();
    if !matches!(p.via, Via::Session { .. }) {
        return Err(HttpError::Forbidden);
    }
    let store = &call.state.store;
    let facts = store.invite_facts(hash)?.ok_or_else(|| {
        HttpError::Refused("this link is invalid, expired or already used".into())
    })?;
    if facts.bound_to.is_some_and(|id| id != p.user_id) {
        return refuse_bound(call, &p.username);
    }
    let event = call.event("invite.accepted", format!("user:{}", p.username), "success");
    let (org_id, role) = store.join_by_invite(hash, p.user_id, &event)?;
    let org = store.org_by_id(org_id)?.ok_or(HttpError::NotFound)?;
    Ok(Reply::json(
        200,
        &json!({ "id": p.user_id, "username": p.username, "org": org.slug, "role": role.as_str() }),
    ))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ResetBody {
    token: String,
    password: String,
}

/// `POST /api/v1/password-reset`: sets a new password with a reset link; ends all sessions.
pub fn reset_password(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    check_origin(call)?;
    let body: ResetBody = call.json()?;
    check_password(&body.password)?;
    let hash = hash_password(call, &body.password)?;
    let event = call.event("user.password_reset", "by reset link", "success");
    let id = call
        .state
        .store
        .reset_password(&token_hash(&body.token), &hash, &event)?;
    Ok(Reply::json(
        200,
        &json!({ "id": id, "password_changed": true }),
    ))
}
