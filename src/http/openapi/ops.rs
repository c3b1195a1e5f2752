//! What each route of the route table (`http::router::ROUTES`) is, for the OpenAPI document:
//! its operationId, summary, request body, success answers and query or header parameters.
//! One row per route; a unit test in `mod.rs` fails when a route has no row (or a row no
//! route), so a route cannot be added without describing it.
//!
//! Rows of the `{kind}` routes are templates: `{Kind}`/`{Kinds}` in ids and schema names and
//! `{kind}` in summaries become each kind's name (`createStandard`, `StandardIn`), and the
//! document has one path per kind.

/// A request body.
pub enum Body {
    No,
    /// A JSON body with this component schema.
    Json(&'static str),
    /// A JSON body that may be left out.
    OptJson(&'static str),
    /// A zip, tar or tar.gz archive.
    Archive,
    /// `application/x-www-form-urlencoded` (OAuth token requests).
    Form,
}

/// A success answer.
pub enum Res {
    /// JSON with this component schema.
    J(&'static str),
    /// No body.
    Empty,
    /// A zip archive.
    Zip,
    /// Plain text (the Prometheus exposition format).
    Text,
    /// A redirect (`Location`).
    Redirect,
}

/// A query or header parameter.
pub struct Param {
    pub name: &'static str,
    pub at: &'static str,
    pub ty: &'static str,
    pub required: bool,
}

/// One operation.
pub struct Op {
    pub method: &'static str,
    pub pattern: &'static str,
    pub id: &'static str,
    pub summary: &'static str,
    pub body: Body,
    pub ok: &'static [(u16, Res)],
    pub params: &'static [Param],
}

const fn q(name: &'static str, ty: &'static str) -> Param {
    Param {
        name,
        at: "query",
        ty,
        required: false,
    }
}

const fn qr(name: &'static str, ty: &'static str) -> Param {
    Param {
        name,
        at: "query",
        ty,
        required: true,
    }
}

const fn h(name: &'static str, required: bool) -> Param {
    Param {
        name,
        at: "header",
        ty: "string",
        required,
    }
}

const fn o(
    method: &'static str,
    pattern: &'static str,
    id: &'static str,
    summary: &'static str,
    body: Body,
    ok: &'static [(u16, Res)],
    params: &'static [Param],
) -> Op {
    Op {
        method,
        pattern,
        id,
        summary,
        body,
        ok,
        params,
    }
}

use Body::{Archive, Form, Json, No, OptJson};
use Res::{Empty, J, Redirect, Text, Zip};

const OBJ: &[(u16, Res)] = &[(200, J("Object"))];
const NONE: &[Param] = &[];
const S: &str = "/api/v1/orgs/{org}/spaces/{space}";

/// Every operation.
#[rustfmt::skip]
pub static OPS: &[Op] = &[
    o("GET", "/healthz", "getHealth", "Liveness: the process answers", No, &[(200, J("Health"))], NONE),
    o("POST", "/mcp", "postMcp", "MCP Streamable HTTP endpoint (JSON-RPC, not REST)", No, &[(200, J("Object")), (202, Empty)], NONE),
    o("GET", "/mcp", "getMcp", "MCP event stream (not offered: 405)", No, &[(200, J("Object"))], NONE),
    o("DELETE", "/mcp", "deleteMcp", "End an MCP session", No, &[(204, Empty)], NONE),
    o("GET", "/.well-known/oauth-protected-resource", "getProtectedResourceMetadata", "OAuth protected-resource metadata (RFC 9728)", No, OBJ, NONE),
    o("GET", "/.well-known/oauth-protected-resource/mcp", "getMcpResourceMetadata", "OAuth protected-resource metadata of /mcp (RFC 9728)", No, OBJ, NONE),
    o("GET", "/.well-known/oauth-authorization-server", "getAuthorizationServerMetadata", "OAuth authorization-server metadata (RFC 8414)", No, OBJ, NONE),
    o("POST", "/oauth/register", "registerOAuthClient", "Register a public OAuth client (RFC 7591)", Json("OAuthRegisterIn"), &[(201, J("Object"))], NONE),
    o("GET", "/oauth/authorize", "authorizeOAuth", "Start an OAuth authorization (redirects to the consent page)", No, &[(302, Redirect)],
      &[qr("client_id", "string"), qr("redirect_uri", "string"), q("response_type", "string"), q("code_challenge", "string"),
        q("code_challenge_method", "string"), q("state", "string"), q("scope", "string"), q("resource", "string")]),
    o("POST", "/oauth/token", "exchangeOAuthToken", "Exchange an authorization code for an API key (RFC 6749)", Form, OBJ, NONE),
    o("GET", "/api/v1/oauth/clients/{client}", "getOAuthClient", "An OAuth client, for the consent page", No, OBJ, NONE),
    o("GET", "/api/v1/mcp/config", "getMcpClientConfig", "The MCP client configuration for an agent", No, OBJ, &[q("agent", "string"), q("transport", "string")]),
    o("POST", "/api/v1/oauth/authorize", "consentOAuth", "Approve or deny an OAuth authorization", Json("OAuthConsentIn"), OBJ, NONE),
    o("GET", "/api/v1/auth/sso", "getSsoOffer", "Whether the sign-in page offers single sign-on, its button label, and the message of a failed sign-in by the id the browser was sent back with (read once)", No, &[(200, J("SsoOffer"))],
      &[q("error", "string")]),
    o("GET", "/auth/oidc/start", "startOidcSignIn", "Start a single sign-on (redirects the browser to the OpenID provider)", No, &[(302, Redirect)], NONE),
    o("GET", "/auth/oidc/callback", "finishOidcSignIn", "The OpenID provider's redirect back: starts a session and redirects to the UI (or to the sign-in page with sso_error, the id of the failure message)", No, &[(302, Redirect)],
      &[q("code", "string"), q("state", "string"), q("error", "string")]),
    o("GET", "/scim/v2/ServiceProviderConfig", "getScimServiceProviderConfig", "SCIM: what this service provider supports (RFC 7643 §5; SCIM bearer token)", No, OBJ, NONE),
    o("GET", "/scim/v2/ResourceTypes", "getScimResourceTypes", "SCIM: resource types (User, Group)", No, OBJ, NONE),
    o("GET", "/scim/v2/Schemas", "getScimSchemas", "SCIM: the attributes kept of users and groups", No, OBJ, NONE),
    o("GET", "/scim/v2/Users", "listScimUsers", "SCIM: users the IdP manages (filter userName, externalId or id eq)", No, OBJ,
      &[q("filter", "string"), q("startIndex", "integer"), q("count", "integer")]),
    o("POST", "/scim/v2/Users", "createScimUser", "SCIM: provision a user (RFC 7644 §3.3)", Json("Object"), &[(201, J("Object"))], NONE),
    o("GET", "/scim/v2/Users/{id}", "getScimUser", "SCIM: one user", No, OBJ, NONE),
    o("PUT", "/scim/v2/Users/{id}", "replaceScimUser", "SCIM: replace a user", Json("Object"), OBJ, NONE),
    o("PATCH", "/scim/v2/Users/{id}", "patchScimUser", "SCIM: change a user (active false deprovisions at once: sessions and keys end)", Json("Object"), OBJ, NONE),
    o("DELETE", "/scim/v2/Users/{id}", "deleteScimUser", "SCIM: delete a user (disabled, out of every organization)", No, &[(204, Empty)], NONE),
    o("GET", "/scim/v2/Groups", "listScimGroups", "SCIM: groups (filter displayName, externalId or id eq)", No, OBJ,
      &[q("filter", "string"), q("startIndex", "integer"), q("count", "integer"), q("excludedAttributes", "string")]),
    o("POST", "/scim/v2/Groups", "createScimGroup", "SCIM: create a group; the group rules grant its members' roles", Json("Object"), &[(201, J("Object"))], NONE),
    o("GET", "/scim/v2/Groups/{id}", "getScimGroup", "SCIM: one group", No, OBJ, &[q("excludedAttributes", "string")]),
    o("PUT", "/scim/v2/Groups/{id}", "replaceScimGroup", "SCIM: replace a group and its members", Json("Object"), OBJ, NONE),
    o("PATCH", "/scim/v2/Groups/{id}", "patchScimGroup", "SCIM: add, remove or replace members", Json("Object"), OBJ, NONE),
    o("DELETE", "/scim/v2/Groups/{id}", "deleteScimGroup", "SCIM: delete a group; its members lose what it granted", No, &[(204, Empty)], NONE),
    o("GET", "/readyz", "getReadiness", "Readiness: the database answers and can be written", No, &[(200, J("Ready"))], NONE),
    o("GET", "/metrics", "getMetrics", "Prometheus metrics", No, &[(200, Text)], NONE),
    o("GET", "/api/v1", "getApiRoot", "API name and version", No, &[(200, J("ApiRoot"))], NONE),
    o("GET", "/api/v1/openapi.json", "getOpenApi", "This OpenAPI document", No, OBJ, NONE),
    o("GET", "/api/v1/setup", "getSetupStatus", "Whether first-run setup is still needed", No, &[(200, J("SetupStatus"))], NONE),
    o("POST", "/api/v1/setup", "completeSetup", "First-run setup: the first organization and administrator", Json("SetupIn"), &[(201, J("Session"))], NONE),
    o("POST", "/api/v1/auth/login", "login", "Sign in (sets the session cookie)", Json("LoginIn"), &[(200, J("Session"))], NONE),
    o("POST", "/api/v1/auth/logout", "logout", "Sign out (ends a browser session; an API key stays valid)", No, &[(200, J("SignedOut"))], NONE),
    o("GET", "/api/v1/auth/me", "getMe", "The caller, their organizations and (for a session) the CSRF token", No, &[(200, J("Me"))], NONE),
    o("GET", "/api/v1/account/mail", "getMailPrefs", "The caller's mail address, whether they get notifications, and whether this server sends mail (browser session)", No, &[(200, J("MailPrefs"))], NONE),
    o("PUT", "/api/v1/account/mail", "setMailPrefs", "Set the caller's mail address and notification opt-out (browser session)", Json("MailPrefsIn"), &[(200, J("MailPrefs"))], NONE),
    o("POST", "/api/v1/auth/password", "changePassword", "Change the caller's password (browser session)", Json("PasswordChangeIn"), &[(200, J("PasswordChanged"))], NONE),
    o("GET", "/api/v1/sessions", "listSessions", "The caller's sign-in sessions", No, &[(200, J("Sessions"))], NONE),
    o("DELETE", "/api/v1/sessions/{id}", "revokeSession", "End one of the caller's sessions", No, &[(200, J("Revoked"))], NONE),
    o("POST", "/api/v1/invites/accept", "acceptInvite", "Accept an invitation: creates the account, or (token only, browser session) adds the signed-in user", Json("InviteAcceptIn"), &[(201, J("Account")), (200, J("InviteJoined"))], NONE),
    o("POST", "/api/v1/device/code", "startDeviceLogin", "Start a device login (rulebook login)", No, &[(200, J("DeviceCode"))], NONE),
    o("POST", "/api/v1/device/token", "pollDeviceLogin", "Poll a device login; the key is handed out once", Json("DeviceTokenIn"), &[(200, J("DeviceToken")), (202, J("DeviceToken"))], NONE),
    o("POST", "/api/v1/orgs/{org}/device/approve", "approveDeviceLogin", "Approve a device login (browser session)", Json("DeviceApproveIn"), &[(200, J("DeviceApproved"))], NONE),
    o("POST", "/api/v1/password-reset", "resetPassword", "Set a new password with a reset link", Json("PasswordResetIn"), &[(200, J("PasswordReset"))], NONE),
    o("POST", "/api/v1/orgs", "createOrg", "Create an organization (instance admins; any signed-in user when users_can_create_orgs is on)", Json("OrgIn"), &[(201, J("Org"))], NONE),
    o("GET", "/api/v1/orgs/{org}", "getOrg", "An organization and the caller's role in it", No, &[(200, J("Org"))], NONE),
    o("GET", "/api/v1/orgs/{org}/spaces", "listSpaces", "The spaces of an organization", No, &[(200, J("Spaces"))], NONE),
    o("POST", "/api/v1/orgs/{org}/spaces", "createSpace", "Create a space", Json("SpaceIn"), &[(201, J("Space"))], NONE),
    o("DELETE", S, "deleteSpace", "Delete an empty space", No, &[(200, J("SpaceDeleted"))], NONE),
    o("GET", "/api/v1/orgs/{org}/spaces/{space}/members", "listSpaceMembers", "The members of a space", No, &[(200, J("SpaceMembers"))], NONE),
    o("PUT", "/api/v1/orgs/{org}/spaces/{space}/members/{id}", "setSpaceMember", "Add an org member to a space or change their space role", Json("RoleIn"), &[(200, J("SpaceMember"))], NONE),
    o("DELETE", "/api/v1/orgs/{org}/spaces/{space}/members/{id}", "removeSpaceMember", "Remove a member from a space", No, &[(200, J("Removed"))], NONE),
    o("GET", "/api/v1/orgs/{org}/spaces/{space}/export", "exportSpace", "The space as a portable archive (zip)", No, &[(200, Zip)], NONE),
    o("POST", "/api/v1/orgs/{org}/spaces/{space}/ai/draft-standard", "aiDraftStandard", "Draft a standard with the org's AI provider (never saved), or show what would be sent", Json("AiDraftIn"), &[(200, J("AiDraft"))], NONE),
    o("POST", "/api/v1/orgs/{org}/spaces/{space}/ai/suggest-examples", "aiSuggestExamples", "Suggest good/bad examples for a rule (a draft), or show what would be sent", Json("AiExamplesIn"), &[(200, J("AiExamples"))], NONE),
    o("POST", "/api/v1/orgs/{org}/spaces/{space}/ai/generate-detector", "aiGenerateDetector", "Generate a detector for a rule, kept only if it validates on the rule's examples (retried with the reason), or show what would be sent", Json("AiDetectorIn"), &[(200, J("AiDetector"))], NONE),
    o("POST", "/api/v1/orgs/{org}/spaces/{space}/standards/{slug}/ai/condense", "aiCondenseStandard", "Condense a standard for small always-on budgets, filed as an AI-written proposal", OptJson("AiCondenseIn"), &[(200, J("AiDryRun")), (201, J("AiCondensed"))], NONE),
    o("POST", "/api/v1/orgs/{org}/spaces/{space}/standards/{slug}/proposals/{proposal}/ai-review", "aiReviewProposal", "An AI-written advisory review of a proposal, stored beside it", OptJson("AiReviewIn"), &[(200, J("AiDryRun")), (201, J("AiReview"))], NONE),
    o("GET", "/api/v1/orgs/{org}/spaces/{space}/standards/{slug}/proposals/{proposal}/ai-reviews", "listAiReviews", "The AI-written reviews of a proposal", No, &[(200, J("AiReviews"))], NONE),
    o("GET", "/api/v1/orgs/{org}/spaces/{space}/findings", "listSpaceFindings", "Content findings in the current version of every artifact of the space", No, &[(200, J("SpaceFindings"))], NONE),
    o("POST", "/api/v1/orgs/{org}/spaces/{space}/import", "importSpace", "Import a portable archive into the space (all or nothing)", Archive, &[(200, J("ImportReport")), (201, J("ImportReport"))], &[q("dry_run", "boolean"), q("acknowledge", "string")]),
    o("POST", "/api/v1/orgs/{org}/spaces/{space}/skill-uploads", "uploadSkill", "Create a skill from a folder archive", Archive, &[(201, J("Skill"))], &[q("message", "string"), q("acknowledge", "string")]),
    o("GET", "/api/v1/orgs/{org}/spaces/{space}/skills/{slug}/archive", "downloadSkill", "A skill as a zip of its folder", No, &[(200, Zip)], &[q("version", "integer")]),
    o("PUT", "/api/v1/orgs/{org}/spaces/{space}/skills/{slug}/archive", "replaceSkill", "Replace a skill from a folder archive (a new version)", Archive, &[(200, J("Skill"))], &[h("If-Match", true), q("message", "string"), q("acknowledge", "string")]),
    o("POST", "/api/v1/orgs/{org}/spaces/{space}/templates/{template}", "copyTemplate", "Create a standard from a template", OptJson("TemplateCopyIn"), &[(201, J("Standard"))], &[q("acknowledge", "string")]),
    o("GET", "/api/v1/orgs/{org}/spaces/{space}/dashboard", "getDashboard", "A space's dashboard: counts, distribution and open proposals", No, OBJ, NONE),
    o("GET", "/api/v1/orgs/{org}/spaces/{space}/trash", "listTrash", "A space's trashed artifacts of every kind, with when and by whom", No, OBJ, NONE),
    o("GET", "/api/v1/orgs/{org}/spaces/{space}/packages", "listPackages", "The packages of a space", No, &[(200, J("Packages"))], NONE),
    o("POST", "/api/v1/orgs/{org}/spaces/{space}/packages", "createPackage", "Create a package", Json("PackageIn"), &[(201, J("Package"))], NONE),
    o("GET", "/api/v1/orgs/{org}/spaces/{space}/packages/{package}", "getPackage", "A package with its items and releases", No, &[(200, J("Package"))], NONE),
    o("PUT", "/api/v1/orgs/{org}/spaces/{space}/packages/{package}", "updatePackage", "Replace a package's name, description and items", Json("PackageIn"), &[(200, J("Package"))], NONE),
    o("POST", "/api/v1/orgs/{org}/spaces/{space}/packages/{package}/releases", "publishRelease", "Publish a release of the package's current versions", Json("ReleaseIn"), &[(201, J("Release"))], NONE),
    o("GET", "/api/v1/orgs/{org}/spaces/{space}/packages/{package}/releases/{release}", "getRelease", "A release with its content (latest for the newest)", No, &[(200, J("Release"))], NONE),
    o("GET", "/api/v1/orgs/{org}/spaces/{space}/packages/{package}/export", "exportPackage", "A package as a portable archive (zip)", No, &[(200, Zip)], &[q("release", "string")]),
    o("GET", "/api/v1/orgs/{org}/spaces/{space}/proposals", "listSpaceProposals", "Proposals in a space, open first", No, &[(200, J("SpaceProposals"))], &[q("status", "string")]),
    o("POST", "/api/v1/orgs/{org}/spaces/{space}/proposals", "proposeArtifact", "Propose a new artifact", Json("NewProposalIn"), &[(201, J("Proposal"))], NONE),
    o("GET", "/api/v1/orgs/{org}/spaces/{space}/proposals/{proposal}", "getSpaceProposal", "A proposal with its content", No, &[(200, J("SpaceProposalDetail"))], NONE),
    o("POST", "/api/v1/orgs/{org}/spaces/{space}/proposals/{proposal}/accept", "acceptSpaceProposal", "Accept a proposed new artifact", Json("NewProposalAcceptIn"), &[(200, J("ProposalAccepted"))], &[q("acknowledge", "string")]),
    o("POST", "/api/v1/orgs/{org}/spaces/{space}/proposals/{proposal}/reject", "rejectSpaceProposal", "Reject a proposed new artifact", Json("ProposalRejectIn"), &[(200, J("ProposalRejected"))], NONE),
    o("GET", "/api/v1/orgs/{org}/spaces/{space}/{kind}", "list{Kinds}", "List {kinds} (paged by slug)", No, &[(200, J("ArtifactList"))], &[q("after", "string"), q("limit", "integer"), q("trash", "string")]),
    o("POST", "/api/v1/orgs/{org}/spaces/{space}/{kind}", "create{Kind}", "Create a {kind} (version 1)", Json("{Kind}In"), &[(201, J("{Kind}"))], &[q("acknowledge", "string")]),
    o("GET", "/api/v1/orgs/{org}/spaces/{space}/{kind}/{slug}", "get{Kind}", "A {kind}'s current version (ETag: its version); render=markdown adds `rendered` (safe element trees of its Markdown fields)", No, &[(200, J("{Kind}"))], &[q("trash", "string"), q("render", "string")]),
    o("PUT", "/api/v1/orgs/{org}/spaces/{space}/{kind}/{slug}", "update{Kind}", "Save a new version of a {kind} (If-Match: the ETag you edited)", Json("{Kind}In"), &[(200, J("{Kind}"))], &[h("If-Match", true), q("acknowledge", "string")]),
    o("DELETE", "/api/v1/orgs/{org}/spaces/{space}/{kind}/{slug}", "trash{Kind}", "Move a {kind} to the trash", No, &[(200, J("Trashed"))], NONE),
    o("POST", "/api/v1/orgs/{org}/spaces/{space}/{kind}/{slug}/untrash", "untrash{Kind}", "Restore a {kind} from the trash", No, &[(200, J("Trashed"))], NONE),
    o("DELETE", "/api/v1/orgs/{org}/spaces/{space}/{kind}/{slug}/purge", "purge{Kind}", "Delete a {kind} and its history for good", No, &[(200, J("Purged"))], NONE),
    o("GET", "/api/v1/orgs/{org}/spaces/{space}/{kind}/{slug}/versions", "list{Kind}Versions", "Every version of a {kind}, newest first", No, &[(200, J("Versions"))], NONE),
    o("GET", "/api/v1/orgs/{org}/spaces/{space}/{kind}/{slug}/versions/{n}", "get{Kind}Version", "One version of a {kind}", No, &[(200, J("{Kind}Version"))], NONE),
    o("POST", "/api/v1/orgs/{org}/spaces/{space}/{kind}/{slug}/versions/{n}/restore", "restore{Kind}Version", "Make an old version of a {kind} the current one (a new version)", No, &[(200, J("{Kind}"))], &[q("acknowledge", "string")]),
    o("GET", "/api/v1/orgs/{org}/spaces/{space}/{kind}/{slug}/diff", "diff{Kind}", "What changed between two versions of a {kind}", No, &[(200, J("Diff"))], &[q("from", "integer"), q("to", "integer")]),
    o("GET", "/api/v1/orgs/{org}/spaces/{space}/{kind}/{slug}/proposals", "list{Kind}Proposals", "Proposed edits of a {kind}", No, &[(200, J("Proposals"))], NONE),
    o("POST", "/api/v1/orgs/{org}/spaces/{space}/{kind}/{slug}/proposals", "propose{Kind}Edit", "Propose an edit of a {kind} (If-Match or base_version: the version read)", Json("{Kind}In"), &[(201, J("Proposal"))], &[h("If-Match", false), q("base_version", "integer")]),
    o("GET", "/api/v1/orgs/{org}/spaces/{space}/{kind}/{slug}/proposals/{proposal}", "get{Kind}Proposal", "A proposed edit of a {kind} with its diff", No, &[(200, J("{Kind}ProposalDetail"))], NONE),
    o("POST", "/api/v1/orgs/{org}/spaces/{space}/{kind}/{slug}/proposals/{proposal}/accept", "accept{Kind}Proposal", "Accept a proposed edit of a {kind} (optionally edited)", Json("{Kind}AcceptIn"), &[(200, J("ProposalAccepted"))], &[q("acknowledge", "string")]),
    o("POST", "/api/v1/orgs/{org}/spaces/{space}/{kind}/{slug}/proposals/{proposal}/reject", "reject{Kind}Proposal", "Reject a proposed edit of a {kind}", Json("ProposalRejectIn"), &[(200, J("ProposalRejected"))], NONE),
    o("GET", "/api/v1/orgs/{org}/search", "search", "Full-text search in the spaces the caller may read", No, &[(200, J("SearchResults"))],
      &[qr("q", "string"), q("kind", "string"), q("space", "string"), q("language", "string"), q("limit", "integer")]),
    o("POST", "/api/v1/orgs/{org}/preview", "previewArtifact", "The files chosen agents would get for an artifact", Json("PreviewIn"), &[(200, J("Preview"))], NONE),
    o("POST", "/api/v1/orgs/{org}/lint", "lintStandard", "Validate a standard's detectors on its examples, and run one on a snippet", Json("LintIn"), &[(200, J("LintResult"))], NONE),
    o("GET", "/api/v1/orgs/{org}/lint/reports", "lintOverview", "Lint results from CI: each tracked place's newest run and history, and violations per rule over the last days", No, &[(200, J("LintOverview"))], &[q("days", "integer")]),
    o("POST", "/api/v1/orgs/{org}/lint/reports", "uploadLintReport", "A CI lint run's counts per rule and finding places (kept for tracked repositories)", Json("LintReportIn"), &[(200, J("LintReportRecorded")), (201, J("LintReportRecorded"))], NONE),
    o("GET", "/api/v1/orgs/{org}/lint/reports/{id}", "getLintReport", "One uploaded lint run with its rules and finding places", No, &[(200, J("LintReport"))], NONE),
    o("GET", "/api/v1/orgs/{org}/repositories", "listRepositories", "Tracked repositories and what they installed", No, &[(200, J("Repositories"))], NONE),
    o("POST", "/api/v1/orgs/{org}/repositories", "trackRepository", "Track a repository branch", Json("TrackIn"), &[(201, J("Repository"))], NONE),
    o("POST", "/api/v1/orgs/{org}/distributions", "reportDistribution", "An install's report (kept for tracked repositories)", Json("DistributionIn"), &[(200, J("DistributionRecorded")), (201, J("DistributionRecorded"))], NONE),
    o("GET", "/api/v1/orgs/{org}/git/providers", "listGitProviders", "The Git providers distribution supports", No, &[(200, J("GitProviders"))], NONE),
    o("GET", "/api/v1/orgs/{org}/git/connections", "listGitConnections", "Git connections (tokens never shown)", No, &[(200, J("GitConnections"))], NONE),
    o("POST", "/api/v1/orgs/{org}/git/connections", "createGitConnection", "Create a Git connection", Json("GitConnectionIn"), &[(201, J("GitConnection"))], NONE),
    o("DELETE", "/api/v1/orgs/{org}/git/connections/{name}", "deleteGitConnection", "Delete a Git connection", No, &[(204, Empty)], NONE),
    o("PUT", "/api/v1/orgs/{org}/git/connections/{name}/token", "rotateGitToken", "Replace a connection's sealed token", Json("GitTokenIn"), &[(204, Empty)], NONE),
    o("POST", "/api/v1/orgs/{org}/git/connections/{name}/test", "testGitConnection", "Test a connection against a repository (a report)", Json("GitTestIn"), &[(200, J("GitTestReport"))], NONE),
    o("GET", "/api/v1/orgs/{org}/git/targets", "listGitTargets", "Distribution targets", No, &[(200, J("GitTargets"))], NONE),
    o("POST", "/api/v1/orgs/{org}/git/targets", "createGitTarget", "Create a distribution target", Json("GitTargetIn"), &[(201, J("GitTarget"))], NONE),
    o("PUT", "/api/v1/orgs/{org}/git/targets/{id}/packages", "setGitTargetPackages", "The packages a target receives", Json("GitPackagesIn"), &[(200, J("GitTarget"))], NONE),
    o("DELETE", "/api/v1/orgs/{org}/git/targets/{id}", "deleteGitTarget", "Delete a distribution target", No, &[(204, Empty)], NONE),
    o("POST", "/api/v1/orgs/{org}/git/distribute", "distribute", "Queue distribution jobs", Json("DistributeIn"), &[(202, J("GitDistributed"))], NONE),
    o("GET", "/api/v1/orgs/{org}/git/jobs", "listGitJobs", "Distribution jobs, newest first", No, &[(200, J("GitJobs"))], NONE),
    o("GET", "/api/v1/orgs/{org}/git/jobs/{id}", "getGitJob", "A distribution job", No, &[(200, J("GitJob"))], NONE),
    o("POST", "/api/v1/orgs/{org}/git/jobs/{id}/cancel", "cancelGitJob", "Cancel a queued or running job", No, &[(200, J("GitJob"))], NONE),
    o("GET", "/api/v1/orgs/{org}/git/overview", "getGitOverview", "Targets with their latest job", No, OBJ, NONE),
    o("GET", "/api/v1/orgs/{org}/settings/render", "getRenderSettings", "The organization's rendering settings", No, &[(200, J("RenderSettings"))], NONE),
    o("PUT", "/api/v1/orgs/{org}/settings/render", "updateRenderSettings", "Change the organization's rendering settings", Json("RenderSettingsIn"), &[(200, J("RenderSettings"))], NONE),
    o("GET", "/api/v1/orgs/{org}/settings/install-policy", "getInstallPolicy", "What the organization's repositories may install (checked by the CLI)", No, &[(200, J("InstallPolicyOut"))], NONE),
    o("GET", "/api/v1/orgs/{org}/settings/ai", "getAiSettings", "What AI calls may send, the monthly token budget and each feature's provider", No, &[(200, J("AiSettingsOut"))], NONE),
    o("PUT", "/api/v1/orgs/{org}/settings/ai", "updateAiSettings", "Replace the organization's AI settings", Json("AiSettings"), &[(200, J("AiSettingsOut"))], NONE),
    o("GET", "/api/v1/orgs/{org}/ai/providers", "listAiProviders", "AI provider kinds and the configured providers (keys never shown)", No, &[(200, J("AiProviders"))], NONE),
    o("PUT", "/api/v1/orgs/{org}/ai/providers/{name}", "putAiProvider", "Create or replace an AI provider; its key is sealed at once", Json("AiProviderIn"), &[(200, J("AiProvider")), (201, J("AiProvider"))], NONE),
    o("DELETE", "/api/v1/orgs/{org}/ai/providers/{name}", "deleteAiProvider", "Delete an AI provider and its sealed key", No, &[(204, Empty)], NONE),
    o("POST", "/api/v1/orgs/{org}/ai/providers/{name}/test", "testAiProvider", "Test connection: auth, model list and the smallest completion, with latencies", No, &[(200, J("AiTestReport"))], NONE),
    o("GET", "/api/v1/orgs/{org}/ai/usage", "getAiUsage", "AI calls, errors and tokens per user, feature, provider and model for a month", No, &[(200, J("AiUsage"))], &[q("month", "string")]),
    o("GET", "/api/v1/orgs/{org}/settings/content-policy", "getContentPolicy", "What each content-finding severity does to a write (block, acknowledge, warn)", No, &[(200, J("ContentPolicyOut"))], NONE),
    o("PUT", "/api/v1/orgs/{org}/settings/content-policy", "updateContentPolicy", "Replace the organization's content policy", Json("ContentPolicy"), &[(200, J("ContentPolicyOut"))], NONE),
    o("PUT", "/api/v1/orgs/{org}/settings/install-policy", "updateInstallPolicy", "Replace the organization's install policy", Json("InstallPolicy"), &[(200, J("InstallPolicyOut"))], NONE),
    o("GET", "/api/v1/orgs/{org}/settings/mcp-servers", "getMcpServers", "MCP servers the organization defines for its agents (written by install --mcp)", No, &[(200, J("McpServers"))], NONE),
    o("GET", "/api/v1/orgs/{org}/settings/sign-in", "getSignInPolicy", "Whether the organization's members must sign in through single sign-on", No, &[(200, J("SignInPolicy"))], NONE),
    o("PUT", "/api/v1/orgs/{org}/settings/sign-in", "updateSignInPolicy", "Require single sign-on for the organization's members (instance admins keep break-glass password sign-in, audited)", Json("SignInPolicyIn"), &[(200, J("SignInPolicy"))], NONE),
    o("PUT", "/api/v1/orgs/{org}/settings/mcp-servers", "updateMcpServers", "Replace the organization's MCP servers; credentials only by environment-variable name", Json("McpServers"), &[(200, J("McpServers"))], NONE),
    o("GET", "/api/v1/orgs/{org}/members", "listMembers", "The organization's members", No, &[(200, J("Members"))], NONE),
    o("DELETE", "/api/v1/orgs/{org}/members/{id}", "removeMember", "Remove a member from the organization", No, &[(200, J("MemberRemoved"))], NONE),
    o("PUT", "/api/v1/orgs/{org}/members/{id}/role", "setMemberRole", "Change a member's role", Json("RoleIn"), &[(200, J("MemberRole"))], NONE),
    o("POST", "/api/v1/orgs/{org}/members/{id}/disable", "disableMember", "Disable a member's account", No, &[(200, J("MemberDisabled"))], NONE),
    o("POST", "/api/v1/orgs/{org}/members/{id}/enable", "enableMember", "Enable a member's account", No, &[(200, J("MemberDisabled"))], NONE),
    o("POST", "/api/v1/orgs/{org}/members/{id}/unlock", "unlockMember", "Release a locked account", No, &[(200, J("MemberUnlocked"))], NONE),
    o("POST", "/api/v1/orgs/{org}/members/{id}/reset-link", "createResetLink", "A single-use password reset link", No, &[(201, J("ResetLink"))], NONE),
    o("POST", "/api/v1/orgs/{org}/invites", "createInvite", "A single-use invitation link", Json("InviteIn"), &[(201, J("Invite"))], NONE),
    o("GET", "/api/v1/orgs/{org}/apikeys", "listApiKeys", "The caller's API keys (never the keys themselves)", No, &[(200, J("ApiKeys"))], NONE),
    o("POST", "/api/v1/orgs/{org}/apikeys", "createApiKey", "Create an API key (shown once)", Json("ApiKeyIn"), &[(201, J("NewApiKey"))], NONE),
    o("DELETE", "/api/v1/orgs/{org}/apikeys/{id}", "revokeApiKey", "Revoke one of the caller's API keys", No, &[(200, J("Revoked"))], NONE),
    o("GET", "/api/v1/signing-keys", "listSigningKeys", "This instance's archive signing public keys (current and retired; no secret material)", No, OBJ, NONE),
    o("GET", "/api/v1/admin/backups", "getBackups", "Scheduled backups: settings and last results", No, OBJ, NONE),
    o("GET", "/api/v1/admin/limits", "getLimits", "Content size limits", No, &[(200, J("Limits"))], NONE),
    o("GET", "/api/v1/admin/retention", "getRetention", "Retention policies and what they would delete now", No, &[(200, J("Retention"))], NONE),
    o("PUT", "/api/v1/admin/retention", "updateRetention", "Set or clear retention periods", Json("RetentionIn"), &[(200, J("Retention"))], NONE),
    o("PUT", "/api/v1/admin/limits", "updateLimits", "Change or reset content size limits", Json("LimitsIn"), &[(200, J("Limits"))], NONE),
    o("GET", "/api/v1/admin/sso/oidc", "getOidcSettings", "The OpenID Connect settings, whether a client secret is sealed, and the URIs to register at the provider", No, &[(200, J("OidcSettingsOut"))], NONE),
    o("PUT", "/api/v1/admin/sso/oidc", "updateOidcSettings", "Set the OpenID Connect settings (client_secret is sealed; absent keeps the sealed one)", Json("OidcSettingsIn"), &[(200, J("OidcSettingsOut"))], NONE),
    o("DELETE", "/api/v1/admin/sso/oidc", "deleteOidcSettings", "Remove the OpenID Connect settings and the sealed secret (refused while an organization requires SSO)", No, &[(200, J("OidcSettingsOut"))], NONE),
    o("POST", "/api/v1/admin/sso/oidc/test", "testOidcSettings", "Fetch the provider's discovery document and key set now", No, &[(200, J("OidcTest"))], NONE),
    o("GET", "/api/v1/admin/sso/ldap", "getLdapSettings", "The directory (LDAP, Active Directory) settings and whether the service account's password is sealed", No, &[(200, J("LdapSettingsOut"))], NONE),
    o("PUT", "/api/v1/admin/sso/ldap", "updateLdapSettings", "Set the directory settings (bind_password is sealed; absent keeps the sealed one); the directory must be on the egress allowlist", Json("LdapSettingsIn"), &[(200, J("LdapSettingsOut"))], NONE),
    o("DELETE", "/api/v1/admin/sso/ldap", "deleteLdapSettings", "Remove the directory settings and the sealed password", No, &[(200, J("LdapSettingsOut"))], NONE),
    o("POST", "/api/v1/admin/sso/ldap/test", "testLdapSettings", "Bind the service account now and, given a username, show its entry and groups (no password is tried)", Json("LdapTestIn"), &[(200, J("LdapTest"))], NONE),
    o("GET", "/api/v1/admin/mail", "getMailSettings", "The mail relay and whether its password is sealed", No, &[(200, J("MailSettingsOut"))], NONE),
    o("PUT", "/api/v1/admin/mail", "updateMailSettings", "Set the mail relay (password sealed; absent keeps the sealed one); the relay must be on the egress allowlist", Json("MailSettingsIn"), &[(200, J("MailSettingsOut"))], NONE),
    o("DELETE", "/api/v1/admin/mail", "deleteMailSettings", "Remove the mail relay and its sealed password", No, &[(200, J("MailSettingsOut"))], NONE),
    o("POST", "/api/v1/admin/mail/test", "testMail", "Send a test message through the relay now", Json("MailTestIn"), &[(200, J("MailTest"))], NONE),
    o("GET", "/api/v1/admin/scim", "getScimStatus", "Whether a SCIM token is set, and the SCIM base URL", No, &[(200, J("ScimStatus"))], NONE),
    o("POST", "/api/v1/admin/scim/token", "mintScimToken", "Mint the SCIM bearer token (shown once; the previous one stops working)", No, &[(201, J("ScimToken"))], NONE),
    o("DELETE", "/api/v1/admin/scim/token", "revokeScimToken", "Revoke the SCIM token (SCIM stops answering)", No, &[(200, J("ScimStatus"))], NONE),
    o("GET", "/api/v1/admin/settings", "getInstanceSettings", "Instance switches (who may create organizations)", No, &[(200, J("InstanceSettings"))], NONE),
    o("PUT", "/api/v1/admin/settings", "updateInstanceSettings", "Change instance switches (absent ones keep their value)", Json("InstanceSettingsIn"), &[(200, J("InstanceSettings"))], NONE),
    o("GET", "/api/v1/admin/egress", "getEgress", "The outbound network policy", No, OBJ, NONE),
    o("PUT", "/api/v1/admin/egress", "updateEgress", "Replace the outbound network policy", Json("Object"), OBJ, NONE),
    o("POST", "/api/v1/admin/egress/test", "testEgress", "Test an outbound URL stage by stage (a report)", Json("EgressTestIn"), OBJ, NONE),
    o("GET", "/api/v1/admin/secrets", "listSecrets", "Sealed secrets (never their values)", No, &[(200, J("Secrets"))], NONE),
    o("PUT", "/api/v1/admin/secrets/{name}", "putSecret", "Set a sealed secret (write-only)", Json("SecretIn"), OBJ, NONE),
    o("DELETE", "/api/v1/admin/secrets/{name}", "deleteSecret", "Delete a sealed secret", No, &[(204, Empty)], NONE),
    o("GET", "/api/v1/templates", "listTemplates", "Standard templates", No, &[(200, J("Templates"))], &[q("tag", "string")]),
    o("GET", "/api/v1/templates/{template}", "getTemplate", "A standard template with its content", No, &[(200, J("Template"))], NONE),
    o("POST", "/api/v1/markdown", "renderMarkdown", "Markdown texts as safe element trees (as ?render=markdown)", Json("MarkdownIn"), &[(200, J("MarkdownTrees"))], NONE),
    o("GET", "/api/v1/audit", "listAuditEvents", "The audit log, newest first", No, &[(200, J("AuditEvents"))], &[q("limit", "integer"), q("before", "integer"), q("action", "string")]),
    o("POST", "/api/v1/audit/verify", "verifyAudit", "Verify the audit log's HMAC chain", No, &[(200, J("AuditVerify"))], NONE),
];
