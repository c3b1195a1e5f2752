//! Who may do what: roles, API-key scopes, and the one decision function every route uses.
//!
//! Deny by default: a route states the [`Need`] it has; [`decide`] is the only place that
//! compares it with what the caller holds. An API key never grants more than its owner's role
//! and never reaches outside its organization.

/// A role in an organization, weakest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum OrgRole {
    /// Read-only.
    Viewer,
    /// Reads and edits content.
    Member,
    /// Manages users, spaces and settings.
    Admin,
}

impl OrgRole {
    /// Parses `viewer`, `member` or `admin`.
    pub fn parse(s: &str) -> Option<OrgRole> {
        match s {
            "viewer" => Some(OrgRole::Viewer),
            "member" => Some(OrgRole::Member),
            "admin" => Some(OrgRole::Admin),
            _ => None,
        }
    }

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            OrgRole::Viewer => "viewer",
            OrgRole::Member => "member",
            OrgRole::Admin => "admin",
        }
    }
}

/// What an API key may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Scope {
    Read,
    Write,
    Admin,
    /// Reads over MCP only (refused by every REST route).
    McpRead,
    /// Reads and proposes over MCP only (refused by every REST route).
    McpWrite,
}

impl Scope {
    /// Parses `read`, `write` or `admin`.
    pub fn parse(s: &str) -> Option<Scope> {
        match s {
            "read" => Some(Scope::Read),
            "write" => Some(Scope::Write),
            "admin" => Some(Scope::Admin),
            "mcp:read" => Some(Scope::McpRead),
            "mcp:write" => Some(Scope::McpWrite),
            _ => None,
        }
    }

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Read => "read",
            Scope::Write => "write",
            Scope::Admin => "admin",
            Scope::McpRead => "mcp:read",
            Scope::McpWrite => "mcp:write",
        }
    }

    /// The strongest role this scope lets a key act as.
    pub fn ceiling(self) -> OrgRole {
        match self {
            Scope::Read => OrgRole::Viewer,
            Scope::Write => OrgRole::Member,
            Scope::Admin => OrgRole::Admin,
            Scope::McpRead => OrgRole::Viewer,
            Scope::McpWrite => OrgRole::Member,
        }
    }

    /// True for keys that only the MCP endpoint accepts.
    pub fn mcp_only(self) -> bool {
        matches!(self, Scope::McpRead | Scope::McpWrite)
    }
}

/// How the caller authenticated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Via {
    /// A browser session (cookie).
    Session { session_id: i64 },
    /// An API key, bound to one organization and optionally to some of its spaces.
    ApiKey {
        key_id: i64,
        scope: Scope,
        org_id: i64,
        spaces: Option<Vec<String>>,
    },
}

/// An authenticated caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal {
    pub user_id: i64,
    pub username: String,
    pub instance_admin: bool,
    pub via: Via,
}

/// What a route requires.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// Anyone, unauthenticated included (health, login, setup).
    Public,
    /// Any signed-in user (own sessions, own keys).
    Authenticated,
    /// At least this role in the organization named by the route.
    Org(OrgRole),
    /// An instance administrator (signed in, or an admin-scope key of one).
    InstanceAdmin,
    /// Monitoring: a scraper on loopback or with the metrics token, else an instance admin.
    Monitoring,
}

/// The decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Allow,
    /// 401: not signed in.
    Unauthenticated,
    /// 403: signed in but not allowed.
    Forbidden,
}

impl Principal {
    /// True when this caller acts with instance-administrator rights: an instance admin signed
    /// in, or their admin-scope key that is not limited to some spaces.
    pub fn acts_as_instance_admin(&self) -> bool {
        self.instance_admin
            && match &self.via {
                Via::Session { .. } => true,
                Via::ApiKey { scope, spaces, .. } => *scope == Scope::Admin && spaces.is_none(),
            }
    }

    /// The spaces an API key is limited to (`None`: every space its owner may read).
    pub fn key_spaces(&self) -> Option<&[String]> {
        match &self.via {
            Via::ApiKey {
                spaces: Some(s), ..
            } => Some(s),
            _ => None,
        }
    }

    /// Whether this caller's credential reaches `space` (a space-limited key reaches only its
    /// spaces; sessions and unlimited keys reach every space, subject to [`space_allows`]).
    /// Every route and query that lists across spaces filters with this.
    pub fn reaches_space(&self, space: &str) -> bool {
        self.key_spaces()
            .is_none_or(|only| only.iter().any(|s| s == space))
    }
}

/// What an organization admin does to a member (`members/{id}/...` routes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MemberAction {
    /// Change the member's role in this organization.
    ChangeRole,
    /// Remove the member from this organization.
    Remove,
    /// Issue a password-reset link (the account's password, in every organization).
    ResetPassword,
    /// Disable or enable the account (in every organization).
    Disable,
    Enable,
    /// Release the account's login lock (per username, instance-wide).
    Unlock,
}

impl MemberAction {
    /// True for actions on the organization's membership; false for actions on the account
    /// itself, which every organization it belongs to shares.
    pub fn membership_only(self) -> bool {
        matches!(self, MemberAction::ChangeRole | MemberAction::Remove)
    }
}

/// What the store knows about the account a member action targets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MemberFacts {
    /// The account is an instance administrator.
    pub instance_admin: bool,
    /// Organizations the account belongs to other than the one the route names.
    pub other_orgs: i64,
}

/// Whether an organization admin (already checked by [`decide`]) may do `action` to a member.
///
/// An organization owns its memberships: its admins change roles and remove members. The
/// account itself (password, disabled flag, login lock) is shared by every organization it
/// belongs to, so an organization admin acts on it only when the organization owns it alone:
/// it belongs to no other organization and is not an instance administrator. Anything else
/// is for instance administrators.
pub fn may_manage_member(actor: &Principal, action: MemberAction, target: MemberFacts) -> bool {
    action.membership_only()
        || actor.acts_as_instance_admin()
        || (!target.instance_admin && target.other_orgs == 0)
}

/// Decides `need` for `principal`, whose role in the route's organization (if any) is
/// `org_role`, where `org_id` is that organization and `space` the space the route names.
pub fn decide(
    need: Need,
    principal: Option<&Principal>,
    org_id: Option<i64>,
    org_role: Option<OrgRole>,
    space: Option<&str>,
) -> Decision {
    if need == Need::Public {
        return Decision::Allow;
    }
    let Some(p) = principal else {
        return Decision::Unauthenticated;
    };
    // An MCP-only key opens the MCP endpoint and nothing else.
    if let Via::ApiKey { scope, .. } = &p.via
        && scope.mcp_only()
    {
        return Decision::Forbidden;
    }
    match need {
        Need::Public | Need::Authenticated => Decision::Allow,
        Need::InstanceAdmin | Need::Monitoring => {
            if p.acts_as_instance_admin() {
                Decision::Allow
            } else {
                Decision::Forbidden
            }
        }
        Need::Org(min) => {
            let Some(role) = org_role else {
                return Decision::Forbidden;
            };
            let effective = match p.via {
                Via::Session { .. } => role,
                Via::ApiKey {
                    scope,
                    org_id: key_org,
                    ref spaces,
                    ..
                } => {
                    if Some(key_org) != org_id {
                        return Decision::Forbidden;
                    }
                    match (spaces, space) {
                        (Some(allowed), Some(space)) if !allowed.iter().any(|s| s == space) => {
                            return Decision::Forbidden;
                        }
                        // A space-limited key reads and reports across the organization
                        // (filtered by `Principal::reaches_space`), but does not administer it.
                        (Some(_), None) if min >= OrgRole::Admin => return Decision::Forbidden,
                        _ => {}
                    }
                    role.min(scope.ceiling())
                }
            };
            if effective >= min {
                Decision::Allow
            } else {
                Decision::Forbidden
            }
        }
    }
}

/// Whether a caller may read (or, with `write`, change) content in a space.
///
/// Org admins may do anything. `default` and `open` spaces: every member reads, members and
/// above write. `restricted`: every member reads, only the space's members write. `private`:
/// only the space's members see it at all.
pub fn space_allows(visibility: &str, org_role: OrgRole, space_member: bool, write: bool) -> bool {
    if org_role == OrgRole::Admin {
        return true;
    }
    let can_read = visibility != "private" || space_member;
    if !write {
        return can_read;
    }
    can_read
        && org_role >= OrgRole::Member
        && match visibility {
            "restricted" | "private" => space_member,
            _ => true,
        }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(via: Via) -> Principal {
        Principal {
            user_id: 1,
            username: "u".into(),
            instance_admin: false,
            via,
        }
    }

    fn key(scope: Scope, org_id: i64, spaces: Option<Vec<String>>) -> Principal {
        user(Via::ApiKey {
            key_id: 1,
            scope,
            org_id,
            spaces,
        })
    }

    const SESSION: Via = Via::Session { session_id: 1 };

    #[test]
    fn space_rules() {
        use OrgRole::*;
        assert!(space_allows("private", Admin, false, true));
        assert!(!space_allows("private", Member, false, false));
        assert!(space_allows("private", Viewer, true, false));
        assert!(!space_allows("private", Viewer, true, true));
        assert!(space_allows("restricted", Viewer, false, false));
        assert!(!space_allows("restricted", Member, false, true));
        assert!(space_allows("restricted", Member, true, true));
        assert!(space_allows("open", Member, false, true));
        assert!(!space_allows("open", Viewer, false, true));
    }

    #[test]
    fn deny_by_default() {
        assert_eq!(
            decide(Need::Authenticated, None, None, None, None),
            Decision::Unauthenticated
        );
        assert_eq!(
            decide(Need::Public, None, None, None, None),
            Decision::Allow
        );
        let p = user(SESSION);
        assert_eq!(
            decide(Need::Org(OrgRole::Viewer), Some(&p), Some(1), None, None),
            Decision::Forbidden
        );
        assert_eq!(
            decide(Need::InstanceAdmin, Some(&p), None, None, None),
            Decision::Forbidden
        );
    }

    #[test]
    fn roles_order() {
        let p = user(SESSION);
        let member = Need::Org(OrgRole::Member);
        assert_eq!(
            decide(member, Some(&p), Some(1), Some(OrgRole::Viewer), None),
            Decision::Forbidden
        );
        assert_eq!(
            decide(member, Some(&p), Some(1), Some(OrgRole::Admin), None),
            Decision::Allow
        );
    }

    #[test]
    fn keys_never_exceed_owner_or_scope_or_org_or_spaces() {
        let viewer = Need::Org(OrgRole::Viewer);
        let read = key(Scope::Read, 1, None);
        assert_eq!(
            decide(
                Need::Org(OrgRole::Member),
                Some(&read),
                Some(1),
                Some(OrgRole::Admin),
                None
            ),
            Decision::Forbidden
        );
        assert_eq!(
            decide(viewer, Some(&read), Some(1), Some(OrgRole::Admin), None),
            Decision::Allow
        );
        assert_eq!(
            decide(viewer, Some(&read), Some(2), Some(OrgRole::Admin), None),
            Decision::Forbidden
        );
        let admin = key(Scope::Admin, 1, None);
        assert_eq!(
            decide(
                Need::Org(OrgRole::Admin),
                Some(&admin),
                Some(1),
                Some(OrgRole::Member),
                None
            ),
            Decision::Forbidden
        );
        let limited = key(Scope::Write, 1, Some(vec!["web".into()]));
        assert_eq!(
            decide(
                viewer,
                Some(&limited),
                Some(1),
                Some(OrgRole::Admin),
                Some("web")
            ),
            Decision::Allow
        );
        assert_eq!(
            decide(
                viewer,
                Some(&limited),
                Some(1),
                Some(OrgRole::Admin),
                Some("ops")
            ),
            Decision::Forbidden
        );
        assert_eq!(
            decide(viewer, Some(&limited), Some(1), Some(OrgRole::Admin), None),
            Decision::Allow
        );
    }

    #[test]
    fn org_admins_act_on_accounts_only_their_org_owns_alone() {
        use MemberAction::*;
        let org_admin = user(SESSION);
        let instance_admin = Principal {
            instance_admin: true,
            ..user(SESSION)
        };
        let owned = MemberFacts {
            instance_admin: false,
            other_orgs: 0,
        };
        let shared = MemberFacts {
            instance_admin: false,
            other_orgs: 1,
        };
        let root = MemberFacts {
            instance_admin: true,
            other_orgs: 0,
        };
        for action in [ChangeRole, Remove, ResetPassword, Disable, Enable, Unlock] {
            for target in [owned, shared, root] {
                assert!(may_manage_member(&instance_admin, action, target));
                let allowed = action.membership_only() || target == owned;
                assert_eq!(
                    may_manage_member(&org_admin, action, target),
                    allowed,
                    "{action:?} on {target:?}"
                );
            }
        }
        // An instance admin's read-scope or space-limited key does not carry instance rights.
        let weak_key = Principal {
            instance_admin: true,
            ..key(Scope::Write, 1, None)
        };
        assert!(!may_manage_member(&weak_key, ResetPassword, root));
        let limited = Principal {
            instance_admin: true,
            ..key(Scope::Admin, 1, Some(vec!["web".into()]))
        };
        assert!(!may_manage_member(&limited, Disable, shared));
        assert!(!limited.acts_as_instance_admin());
        assert!(limited.reaches_space("web") && !limited.reaches_space("ops"));
        assert!(org_admin.reaches_space("ops"));
    }

    #[test]
    fn space_limited_keys_do_not_administer_the_organization() {
        let limited = key(Scope::Admin, 1, Some(vec!["web".into()]));
        let admin = Need::Org(OrgRole::Admin);
        assert_eq!(
            decide(admin, Some(&limited), Some(1), Some(OrgRole::Admin), None),
            Decision::Forbidden
        );
        assert_eq!(
            decide(
                admin,
                Some(&limited),
                Some(1),
                Some(OrgRole::Admin),
                Some("web")
            ),
            Decision::Allow
        );
        let whole = key(Scope::Admin, 1, None);
        assert_eq!(
            decide(admin, Some(&whole), Some(1), Some(OrgRole::Admin), None),
            Decision::Allow
        );
    }
}
