//! Routing and authorization. Every API route is one row of [`ROUTES`] with the [`Need`] it
//! requires; [`dispatch`] is the only place that checks it (deny by default). `rulebook
//! routes` prints this table, and a test walks it to prove every non-public route refuses
//! anonymous and under-privileged callers.

use crate::http::HttpError;
use crate::http::api;
use crate::http::assets;
use crate::http::auth;
use crate::http::call::Call;
use crate::http::reply::Reply;
use crate::model::access::{Decision, Need, OrgRole, Via, decide, space_allows};

type Handler = fn(&mut Call<'_>) -> Result<Reply, HttpError>;

/// One API route.
pub struct Route {
    pub method: &'static str,
    pub pattern: &'static str,
    pub need: Need,
    /// Only a browser session may call it (not an API key): creating keys and sessions.
    pub session_only: bool,
    handler: Handler,
}

const fn r(method: &'static str, pattern: &'static str, need: Need, handler: Handler) -> Route {
    Route {
        method,
        pattern,
        need,
        session_only: false,
        handler,
    }
}

const fn s(method: &'static str, pattern: &'static str, need: Need, handler: Handler) -> Route {
    Route {
        method,
        pattern,
        need,
        session_only: true,
        handler,
    }
}

use Need::{Authenticated, InstanceAdmin, Public};
const VIEWER: Need = Need::Org(OrgRole::Viewer);
const ADMIN: Need = Need::Org(OrgRole::Admin);
const MEMBER: Need = Need::Org(OrgRole::Member);

/// Every API route.
#[rustfmt::skip]
pub static ROUTES: &[Route] = &[
    r("GET",    "/healthz", Public, api::health),
    r("POST",   "/mcp", Public, mcp_entry),
    r("GET",    "/mcp", Public, mcp_entry),
    r("DELETE", "/mcp", Public, mcp_entry),
    r("GET",    "/.well-known/oauth-protected-resource", Public, crate::http::mcp::resource_metadata),
    r("GET",    "/.well-known/oauth-protected-resource/mcp", Public, crate::http::mcp::resource_metadata),
    r("GET",    "/.well-known/oauth-authorization-server", Public, crate::http::oauth::metadata),
    r("POST",   "/oauth/register", Public, crate::http::oauth::register),
    r("GET",    "/oauth/authorize", Public, crate::http::oauth::authorize),
    r("POST",   "/oauth/token", Public, crate::http::oauth::token),
    s("GET",    "/api/v1/oauth/clients/{client}", Authenticated, crate::http::oauth::client),
    r("GET",    "/api/v1/mcp/config", Authenticated, crate::http::mcp::client_config),
    s("POST",   "/api/v1/oauth/authorize", Authenticated, crate::http::oauth::consent),
    r("GET",    "/api/v1/auth/sso", Public, api::sso::offered),
    r("GET",    "/auth/oidc/start", Public, api::sso::start),
    r("GET",    "/auth/oidc/callback", Public, api::sso::callback),
    r("GET",    "/scim/v2/ServiceProviderConfig", Public, crate::http::scim::service_provider_config),
    r("GET",    "/scim/v2/ResourceTypes", Public, crate::http::scim::resource_types),
    r("GET",    "/scim/v2/Schemas", Public, crate::http::scim::schemas),
    r("GET",    "/scim/v2/Users", Public, crate::http::scim::list_users),
    r("POST",   "/scim/v2/Users", Public, crate::http::scim::create_user),
    r("GET",    "/scim/v2/Users/{id}", Public, crate::http::scim::get_user),
    r("PUT",    "/scim/v2/Users/{id}", Public, crate::http::scim::replace_user),
    r("PATCH",  "/scim/v2/Users/{id}", Public, crate::http::scim::patch_user),
    r("DELETE", "/scim/v2/Users/{id}", Public, crate::http::scim::delete_user),
    r("GET",    "/scim/v2/Groups", Public, crate::http::scim::list_groups),
    r("POST",   "/scim/v2/Groups", Public, crate::http::scim::create_group),
    r("GET",    "/scim/v2/Groups/{id}", Public, crate::http::scim::get_group),
    r("PUT",    "/scim/v2/Groups/{id}", Public, crate::http::scim::replace_group),
    r("PATCH",  "/scim/v2/Groups/{id}", Public, crate::http::scim::patch_group),
    r("DELETE", "/scim/v2/Groups/{id}", Public, crate::http::scim::delete_group),
    r("GET",    "/readyz", Public, api::ready),
    r("GET",    "/metrics", Need::Monitoring, api::metrics),
    r("GET",    "/api/v1", Public, api::root),
    r("GET",    "/api/v1/openapi.json", Public, api::openapi),
    r("GET",    "/api/v1/signing-keys", Public, api::signing::list),
    r("GET",    "/api/v1/setup", Public, api::setup::status),
    r("POST",   "/api/v1/setup", Public, api::setup::complete),
    r("POST",   "/api/v1/auth/login", Public, api::session::login),
    r("POST",   "/api/v1/auth/logout", Authenticated, api::session::logout),
    r("GET",    "/api/v1/auth/me", Authenticated, api::session::me),
    s("POST",   "/api/v1/auth/password", Authenticated, api::session::change_password),
    s("GET",    "/api/v1/sessions", Authenticated, api::session::list),
    s("GET",    "/api/v1/account/mail", Authenticated, api::mail::prefs),
    s("PUT",    "/api/v1/account/mail", Authenticated, api::mail::set_prefs),
    s("DELETE", "/api/v1/sessions/{id}", Authenticated, api::session::revoke),
    r("POST",   "/api/v1/invites/accept", Public, api::orgs::accept_invite),
    r("POST",   "/api/v1/device/code", Public, api::device::code),
    r("POST",   "/api/v1/device/token", Public, api::device::token),
    s("POST",   "/api/v1/orgs/{org}/device/approve", VIEWER, api::device::approve),
    r("POST",   "/api/v1/password-reset", Public, api::orgs::reset_password),
    r("POST",   "/api/v1/orgs", Authenticated, api::orgs::create),
    r("GET",    "/api/v1/orgs/{org}", VIEWER, api::orgs::show),
    r("GET",    "/api/v1/orgs/{org}/spaces", VIEWER, api::orgs::spaces),
    r("POST",   "/api/v1/orgs/{org}/spaces", ADMIN, api::orgs::create_space),
    r("DELETE", "/api/v1/orgs/{org}/spaces/{space}", ADMIN, api::spaces::delete),
    r("GET",    "/api/v1/orgs/{org}/spaces/{space}/members", ADMIN, api::spaces::members),
    r("PUT",    "/api/v1/orgs/{org}/spaces/{space}/members/{id}", ADMIN, api::spaces::set_member),
    r("DELETE", "/api/v1/orgs/{org}/spaces/{space}/members/{id}", ADMIN, api::spaces::remove_member),
    r("GET",    "/api/v1/orgs/{org}/spaces/{space}/export", VIEWER, api::transfer::export_space),
    r("GET",    "/api/v1/orgs/{org}/spaces/{space}/findings", VIEWER, api::content_policy::space_findings),
    r("POST",   "/api/v1/orgs/{org}/spaces/{space}/ai/draft-standard", MEMBER, api::ai::draft_standard),
    r("POST",   "/api/v1/orgs/{org}/spaces/{space}/ai/suggest-examples", MEMBER, api::ai::suggest_examples),
    r("POST",   "/api/v1/orgs/{org}/spaces/{space}/ai/generate-detector", MEMBER, api::ai_detectors::generate_detector),
    r("POST",   "/api/v1/orgs/{org}/spaces/{space}/standards/{slug}/ai/condense", MEMBER, api::ai_proposals::condense),
    r("POST",   "/api/v1/orgs/{org}/spaces/{space}/standards/{slug}/proposals/{proposal}/ai-review", MEMBER, api::ai_proposals::review),
    r("GET",    "/api/v1/orgs/{org}/spaces/{space}/standards/{slug}/proposals/{proposal}/ai-reviews", VIEWER, api::ai_proposals::reviews),
    r("POST",   "/api/v1/orgs/{org}/spaces/{space}/import", MEMBER, api::transfer::import),
    r("POST",   "/api/v1/orgs/{org}/spaces/{space}/skill-uploads", MEMBER, api::transfer::upload_skill),
    r("GET",    "/api/v1/orgs/{org}/spaces/{space}/skills/{slug}/archive", VIEWER, api::transfer::download_skill),
    r("PUT",    "/api/v1/orgs/{org}/spaces/{space}/skills/{slug}/archive", MEMBER, api::transfer::replace_skill),
    r("POST",   "/api/v1/orgs/{org}/spaces/{space}/templates/{template}", ADMIN, api::templates::copy),
    r("GET",    "/api/v1/orgs/{org}/spaces/{space}/packages", VIEWER, api::packages::list),
    r("POST",   "/api/v1/orgs/{org}/spaces/{space}/packages", MEMBER, api::packages::create),
    r("GET",    "/api/v1/orgs/{org}/spaces/{space}/packages/{package}", VIEWER, api::packages::show),
    r("PUT",    "/api/v1/orgs/{org}/spaces/{space}/packages/{package}", MEMBER, api::packages::update),
    r("POST",   "/api/v1/orgs/{org}/spaces/{space}/packages/{package}/releases", MEMBER, api::packages::publish),
    r("GET",    "/api/v1/orgs/{org}/spaces/{space}/packages/{package}/releases/{release}", VIEWER, api::packages::release),
    r("GET",    "/api/v1/orgs/{org}/spaces/{space}/packages/{package}/export", VIEWER, api::transfer::export_package),
    r("GET",    "/api/v1/orgs/{org}/spaces/{space}/proposals", VIEWER, api::space_proposals::list),
    r("POST",   "/api/v1/orgs/{org}/spaces/{space}/proposals", VIEWER, api::space_proposals::create),
    r("GET",    "/api/v1/orgs/{org}/spaces/{space}/proposals/{proposal}", VIEWER, api::space_proposals::show),
    r("POST",   "/api/v1/orgs/{org}/spaces/{space}/proposals/{proposal}/accept", MEMBER, api::space_proposals::accept),
    r("POST",   "/api/v1/orgs/{org}/spaces/{space}/proposals/{proposal}/reject", MEMBER, api::space_proposals::reject),
    r("GET",    "/api/v1/orgs/{org}/spaces/{space}/dashboard", VIEWER, api::dashboard::show),
    r("GET",    "/api/v1/orgs/{org}/spaces/{space}/trash", VIEWER, api::trash::list),
    r("GET",    "/api/v1/orgs/{org}/spaces/{space}/{kind}", VIEWER, api::artifacts::list),
    r("POST",   "/api/v1/orgs/{org}/spaces/{space}/{kind}", MEMBER, api::artifacts::create),
    r("GET",    "/api/v1/orgs/{org}/spaces/{space}/{kind}/{slug}", VIEWER, api::artifacts::show),
    r("PUT",    "/api/v1/orgs/{org}/spaces/{space}/{kind}/{slug}", MEMBER, api::artifacts::update),
    r("DELETE", "/api/v1/orgs/{org}/spaces/{space}/{kind}/{slug}", MEMBER, api::artifacts::trash),
    r("POST",   "/api/v1/orgs/{org}/spaces/{space}/{kind}/{slug}/untrash", MEMBER, api::artifacts::untrash),
    r("DELETE", "/api/v1/orgs/{org}/spaces/{space}/{kind}/{slug}/purge", ADMIN, api::artifacts::purge),
    r("GET",    "/api/v1/orgs/{org}/spaces/{space}/{kind}/{slug}/versions", VIEWER, api::artifacts::versions),
    r("GET",    "/api/v1/orgs/{org}/spaces/{space}/{kind}/{slug}/versions/{n}", VIEWER, api::artifacts::version),
    r("POST",   "/api/v1/orgs/{org}/spaces/{space}/{kind}/{slug}/versions/{n}/restore", MEMBER, api::artifacts::restore),
    r("GET",    "/api/v1/orgs/{org}/spaces/{space}/{kind}/{slug}/diff", VIEWER, api::artifacts::diff),
    r("GET",    "/api/v1/orgs/{org}/spaces/{space}/{kind}/{slug}/proposals", VIEWER, api::proposals::list),
    r("POST",   "/api/v1/orgs/{org}/spaces/{space}/{kind}/{slug}/proposals", VIEWER, api::proposals::create),
    r("GET",    "/api/v1/orgs/{org}/spaces/{space}/{kind}/{slug}/proposals/{proposal}", VIEWER, api::proposals::show),
    r("POST",   "/api/v1/orgs/{org}/spaces/{space}/{kind}/{slug}/proposals/{proposal}/accept", MEMBER, api::proposals::accept),
    r("POST",   "/api/v1/orgs/{org}/spaces/{space}/{kind}/{slug}/proposals/{proposal}/reject", MEMBER, api::proposals::reject),
    r("GET",    "/api/v1/orgs/{org}/search", VIEWER, api::artifacts::search),
    r("POST",   "/api/v1/orgs/{org}/preview", VIEWER, api::preview::preview),
    r("POST",   "/api/v1/orgs/{org}/lint", VIEWER, api::lint::lint),
    r("GET",    "/api/v1/orgs/{org}/lint/reports", VIEWER, api::lint_reports::overview),
    r("POST",   "/api/v1/orgs/{org}/lint/reports", VIEWER, api::lint_reports::upload),
    r("GET",    "/api/v1/orgs/{org}/lint/reports/{id}", VIEWER, api::lint_reports::show),
    r("GET",    "/api/v1/orgs/{org}/repositories", VIEWER, api::distributions::list),
    r("POST",   "/api/v1/orgs/{org}/repositories", ADMIN, api::distributions::track),
    r("POST",   "/api/v1/orgs/{org}/distributions", VIEWER, api::distributions::report),
    r("GET",    "/api/v1/orgs/{org}/git/providers", ADMIN, api::git::providers),
    r("GET",    "/api/v1/orgs/{org}/git/connections", ADMIN, api::git::connections),
    r("POST",   "/api/v1/orgs/{org}/git/connections", ADMIN, api::git::create_connection),
    r("DELETE", "/api/v1/orgs/{org}/git/connections/{name}", ADMIN, api::git::delete_connection),
    r("PUT",    "/api/v1/orgs/{org}/git/connections/{name}/token", ADMIN, api::git::rotate_token),
    r("POST",   "/api/v1/orgs/{org}/git/connections/{name}/test", ADMIN, api::git::test_connection),
    r("GET",    "/api/v1/orgs/{org}/git/targets", VIEWER, api::git::targets),
    r("POST",   "/api/v1/orgs/{org}/git/targets", ADMIN, api::git::create_target),
    r("PUT",    "/api/v1/orgs/{org}/git/targets/{id}/packages", ADMIN, api::git::set_packages),
    r("DELETE", "/api/v1/orgs/{org}/git/targets/{id}", ADMIN, api::git::delete_target),
    r("POST",   "/api/v1/orgs/{org}/git/distribute", ADMIN, api::git::distribute),
    r("GET",    "/api/v1/orgs/{org}/git/jobs", VIEWER, api::git::jobs),
    r("GET",    "/api/v1/orgs/{org}/git/jobs/{id}", VIEWER, api::git::job),
    r("POST",   "/api/v1/orgs/{org}/git/jobs/{id}/cancel", ADMIN, api::git::cancel),
    r("GET",    "/api/v1/orgs/{org}/git/overview", VIEWER, api::git::overview),
    r("GET",    "/api/v1/orgs/{org}/settings/render", VIEWER, api::render_settings::show),
    r("PUT",    "/api/v1/orgs/{org}/settings/render", ADMIN, api::render_settings::update),
    r("GET",    "/api/v1/orgs/{org}/settings/install-policy", VIEWER, api::install_policy::show),
    r("PUT",    "/api/v1/orgs/{org}/settings/install-policy", ADMIN, api::install_policy::update),
    r("GET",    "/api/v1/orgs/{org}/settings/mcp-servers", VIEWER, api::mcp_servers::show),
    r("PUT",    "/api/v1/orgs/{org}/settings/mcp-servers", ADMIN, api::mcp_servers::update),
    r("GET",    "/api/v1/orgs/{org}/settings/sign-in", VIEWER, api::sso::org_show),
    r("PUT",    "/api/v1/orgs/{org}/settings/sign-in", ADMIN, api::sso::org_update),
    r("GET",    "/api/v1/orgs/{org}/settings/ai", VIEWER, api::ai::show_settings),
    r("PUT",    "/api/v1/orgs/{org}/settings/ai", ADMIN, api::ai::update_settings),
    r("GET",    "/api/v1/orgs/{org}/ai/providers", VIEWER, api::ai::list),
    r("PUT",    "/api/v1/orgs/{org}/ai/providers/{name}", ADMIN, api::ai::put),
    r("DELETE", "/api/v1/orgs/{org}/ai/providers/{name}", ADMIN, api::ai::delete),
    r("POST",   "/api/v1/orgs/{org}/ai/providers/{name}/test", ADMIN, api::ai::test),
    r("GET",    "/api/v1/orgs/{org}/ai/usage", ADMIN, api::ai::usage),
    r("GET",    "/api/v1/orgs/{org}/settings/content-policy", VIEWER, api::content_policy::show),
    r("PUT",    "/api/v1/orgs/{org}/settings/content-policy", ADMIN, api::content_policy::update),
    r("GET",    "/api/v1/orgs/{org}/members", ADMIN, api::orgs::members),
    r("DELETE", "/api/v1/orgs/{org}/members/{id}", ADMIN, api::orgs::remove),
    r("PUT",    "/api/v1/orgs/{org}/members/{id}/role", ADMIN, api::orgs::set_role),
    r("POST",   "/api/v1/orgs/{org}/members/{id}/disable", ADMIN, api::orgs::disable),
    r("POST",   "/api/v1/orgs/{org}/members/{id}/enable", ADMIN, api::orgs::enable),
    r("POST",   "/api/v1/orgs/{org}/members/{id}/unlock", ADMIN, api::orgs::unlock),
    r("POST",   "/api/v1/orgs/{org}/members/{id}/reset-link", ADMIN, api::orgs::reset_link),
    r("POST",   "/api/v1/orgs/{org}/invites", ADMIN, api::orgs::invite),
    s("GET",    "/api/v1/orgs/{org}/apikeys", VIEWER, api::keys::list),
    s("POST",   "/api/v1/orgs/{org}/apikeys", VIEWER, api::keys::create),
    s("DELETE", "/api/v1/orgs/{org}/apikeys/{id}", VIEWER, api::keys::revoke),
    r("GET",    "/api/v1/admin/backups", InstanceAdmin, api::audit::backups),
    r("GET",    "/api/v1/admin/limits", InstanceAdmin, api::limits::show),
    r("GET",    "/api/v1/admin/retention", InstanceAdmin, api::retention::show),
    r("PUT",    "/api/v1/admin/retention", InstanceAdmin, api::retention::update),
    r("PUT",    "/api/v1/admin/limits", InstanceAdmin, api::limits::update),
    r("GET",    "/api/v1/admin/sso/oidc", InstanceAdmin, api::sso::show),
    s("PUT",    "/api/v1/admin/sso/oidc", InstanceAdmin, api::sso::update),
    s("DELETE", "/api/v1/admin/sso/oidc", InstanceAdmin, api::sso::remove),
    r("POST",   "/api/v1/admin/sso/oidc/test", InstanceAdmin, api::sso::test),
    r("GET",    "/api/v1/admin/sso/ldap", InstanceAdmin, api::directory::show),
    s("PUT",    "/api/v1/admin/sso/ldap", InstanceAdmin, api::directory::update),
    s("DELETE", "/api/v1/admin/sso/ldap", InstanceAdmin, api::directory::remove),
    r("POST",   "/api/v1/admin/sso/ldap/test", InstanceAdmin, api::directory::test),
    r("GET",    "/api/v1/admin/mail", InstanceAdmin, api::mail::show),
    s("PUT",    "/api/v1/admin/mail", InstanceAdmin, api::mail::update),
    s("DELETE", "/api/v1/admin/mail", InstanceAdmin, api::mail::remove),
    r("POST",   "/api/v1/admin/mail/test", InstanceAdmin, api::mail::test),
    r("GET",    "/api/v1/admin/scim", InstanceAdmin, crate::http::scim::status),
    s("POST",   "/api/v1/admin/scim/token", InstanceAdmin, crate::http::scim::mint),
    s("DELETE", "/api/v1/admin/scim/token", InstanceAdmin, crate::http::scim::revoke),
    r("GET",    "/api/v1/admin/settings", InstanceAdmin, api::instance_settings::show),
    r("PUT",    "/api/v1/admin/settings", InstanceAdmin, api::instance_settings::update),
    r("GET",    "/api/v1/admin/egress", InstanceAdmin, api::egress::show),
    r("PUT",    "/api/v1/admin/egress", InstanceAdmin, api::egress::update),
    r("POST",   "/api/v1/admin/egress/test", InstanceAdmin, api::egress::test),
    r("GET",    "/api/v1/admin/secrets", InstanceAdmin, api::egress::list_secrets),
    r("PUT",    "/api/v1/admin/secrets/{name}", InstanceAdmin, api::egress::put_secret),
    r("DELETE", "/api/v1/admin/secrets/{name}", InstanceAdmin, api::egress::delete_secret),
    r("GET",    "/api/v1/templates", Authenticated, api::templates::list),
    r("GET",    "/api/v1/templates/{template}", Authenticated, api::templates::show),
    r("POST",   "/api/v1/markdown", Authenticated, api::artifacts::markdown),
    r("GET",    "/api/v1/audit", InstanceAdmin, api::audit::list),
    r("POST",   "/api/v1/audit/verify", InstanceAdmin, api::audit::verify),
];

/// Placeholder handler: `/mcp` is served by `http::mcp::serve` from `dispatch`.
fn mcp_entry(_: &mut Call<'_>) -> Result<Reply, HttpError> {
    Err(HttpError::NotFound)
}

/// Matches `path` against `pattern`, collecting `{name}` segments.
fn matches(pattern: &'static str, path: &str) -> Option<Vec<(&'static str, String)>> {
    let mut params = Vec::new();
    let mut p = pattern.split('/');
    let mut q = path.split('/');
    loop {
        match (p.next(), q.next()) {
            (None, None) => return Some(params),
            (Some(seg), Some(val)) if seg.starts_with('{') && seg.ends_with('}') => {
                if val.is_empty() {
                    return None;
                }
                params.push((
                    seg.trim_start_matches('{').trim_end_matches('}'),
                    val.to_string(),
                ));
            }
            (Some(seg), Some(val)) if seg == val => {}
            _ => return None,
        }
    }
}

/// Dispatches a request: finds the route, authenticates, authorizes, then calls it.
pub fn dispatch(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let is_get = call.method == "GET" || call.method == "HEAD";
    let path = call.path.trim_end_matches('/');
    let path = if path.is_empty() { "/" } else { path };
    // The DNS-rebinding guard: only names this server answers to (probes excepted).
    if !crate::http::hosts::HOST_EXEMPT.contains(&path) {
        call.state
            .hosts
            .check_host(call.header("Host"))
            .map_err(HttpError::MisdirectedHost)?;
    }
    let mut path_matched = false;
    let route = ROUTES.iter().find_map(|route| {
        let params = matches(route.pattern, path)?;
        path_matched = true;
        let method_ok =
            route.method == call.method || (route.method == "GET" && call.method == "HEAD");
        method_ok.then_some((route, params))
    });
    let Some((route, params)) = route else {
        call.route = if path.starts_with("/api/") {
            "unmatched"
        } else {
            "asset"
        };
        if path_matched {
            return Err(HttpError::MethodNotAllowed);
        }
        if path.starts_with("/api/") {
            return Err(HttpError::NotFound);
        }
        if !is_get {
            return Err(HttpError::MethodNotAllowed);
        }
        return assets::get(call.path, call.header("If-None-Match")).ok_or(HttpError::NotFound);
    };
    call.params = params;
    call.route = route.pattern;
    let authed = auth::authenticate(call, route.need == Need::Public);
    if route.pattern == "/mcp" {
        // The MCP endpoint answers authentication failures itself (JSON-RPC bodies and the
        // WWW-Authenticate pointer the MCP authorization spec requires).
        return crate::http::mcp::serve(call, authed);
    }
    authed?;
    authorize(route, call)?;
    (route.handler)(call)
}

/// Routes about what a space holds (artifacts, packages, archives, templates) follow the
/// space's visibility and the caller's space role; member management does not.
fn is_content_route(pattern: &str) -> bool {
    pattern.contains("/spaces/{space}/") && !pattern.contains("/members")
}

/// The one permission check.
fn authorize(route: &Route, call: &mut Call<'_>) -> Result<(), HttpError> {
    if route.need == Need::Public {
        return Ok(());
    }
    if route.need == Need::Monitoring {
        let token_ok = match (&call.state.metrics_token, call.header("Authorization")) {
            (Some(t), Some(h)) => h
                .strip_prefix("Bearer ")
                .is_some_and(|v| auth::same(v.trim(), t)),
            _ => false,
        };
        if token_ok || (call.state.metrics_loopback && call.ip.is_loopback()) {
            return Ok(());
        }
    }
    let Some(p) = call.principal.clone() else {
        return Err(HttpError::Unauthenticated);
    };
    if route.session_only && !matches!(p.via, Via::Session { .. }) {
        return Err(HttpError::Forbidden);
    }
    let mut org_id = None;
    if let Some(slug) = call
        .params
        .iter()
        .find(|(k, _)| *k == "org")
        .map(|(_, v)| v.clone())
    {
        let org = call.state.store.org_by_slug(&slug)?;
        let role = match &org {
            Some(o) => call.state.store.org_role(o.id, p.user_id)?,
            None => None,
        };
        // Non-members learn nothing about which organizations exist.
        if role.is_none() {
            return Err(HttpError::NotFound);
        }
        org_id = org.as_ref().map(|o| o.id);
        if let (Some(o), Some(r), Some(space_slug)) = (
            &org,
            role,
            call.params
                .iter()
                .find(|(k, _)| *k == "space")
                .map(|(_, v)| v.clone()),
        ) {
            // Content routes (artifacts and packages) also follow the space's visibility.
            if is_content_route(route.pattern) {
                let space = call
                    .state
                    .store
                    .space_by_slug(o.id, &space_slug)?
                    .ok_or(HttpError::NotFound)?;
                let space_role = call.state.store.space_role(space.id, p.user_id)?;
                let member = space_role.is_some();
                // Proposing an edit needs only read access: that is what proposals are for.
                let write =
                    auth::is_state_changing(call.method) && !route.pattern.ends_with("/proposals");
                if !space_allows(&space.visibility, r, member, false) {
                    return Err(HttpError::NotFound);
                }
                if !space_allows(&space.visibility, r, member, write) {
                    return Err(HttpError::Forbidden);
                }
                // Deciding a proposal is for reviewers: org admins and the space's admins.
                let decides =
                    route.pattern.ends_with("/accept") || route.pattern.ends_with("/reject");
                if decides && r != OrgRole::Admin && space_role.as_deref() != Some("admin") {
                    return Err(HttpError::Forbidden);
                }
                call.space = Some(space);
            }
        }
        call.org = org;
        call.role = role;
    }
    let space = call
        .params
        .iter()
        .find(|(k, _)| *k == "space")
        .map(|(_, v)| v.as_str());
    match decide(route.need, Some(&p), org_id, call.role, space) {
        Decision::Allow => Ok(()),
        Decision::Unauthenticated => Err(HttpError::Unauthenticated),
        Decision::Forbidden => Err(HttpError::Forbidden),
    }
}

/// The route table as JSON (for `rulebook routes` and the route-matrix test).
pub fn table_json() -> serde_json::Value {
    let rows: Vec<serde_json::Value> = ROUTES
        .iter()
        .map(|r| {
            let need = match r.need {
                Need::Public => "public".to_string(),
                Need::Authenticated => "authenticated".to_string(),
                Need::Org(role) => format!("org:{}", role.as_str()),
                Need::InstanceAdmin => "instance-admin".to_string(),
                Need::Monitoring => "monitoring".to_string(),
            };
            serde_json::json!({ "method": r.method, "path": r.pattern, "need": need, "session_only": r.session_only })
        })
        .collect();
    serde_json::Value::Array(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns() {
        assert_eq!(
            matches("/api/v1/orgs/{org}", "/api/v1/orgs/acme").unwrap(),
            vec![("org", "acme".to_string())]
        );
        assert!(matches("/api/v1/orgs/{org}", "/api/v1/orgs/").is_none());
        assert!(matches("/api/v1/orgs/{org}", "/api/v1/orgs/a/b").is_none());
        assert!(matches("/healthz", "/healthz").is_some());
    }

    #[test]
    fn routes_are_unique() {
        for (i, a) in ROUTES.iter().enumerate() {
            for b in &ROUTES[i + 1..] {
                assert!(
                    !(a.method == b.method && a.pattern == b.pattern),
                    "{} {}",
                    a.method,
                    a.pattern
                );
            }
        }
    }
}
