//! Numbered schema migrations, each applied in its own transaction together with the new
//! `user_version`, so a crash leaves the schema at one version or the next, never between.
//! A database from a newer schema is refused, never downgraded.

use rusqlite::Connection;

use crate::store::StoreError;

/// `(version, description, SQL)`; versions are contiguous from 1.
const MIGRATIONS: &[(u32, &str, &str)] = &[
    (
        1,
        "instance metadata and durability probe",
        "CREATE TABLE meta (
         key   TEXT PRIMARY KEY NOT NULL,
         value TEXT NOT NULL
     ) STRICT;
     CREATE TABLE schema_migrations (
         version     INTEGER PRIMARY KEY NOT NULL,
         description TEXT NOT NULL,
         applied_at  TEXT NOT NULL
     ) STRICT;
     CREATE TABLE durability_probe (
         id         INTEGER PRIMARY KEY NOT NULL,
         payload    TEXT NOT NULL,
         written_at TEXT NOT NULL
     ) STRICT;",
    ),
    (
        2,
        "accounts, spaces, sessions, API keys, invitations, audit log",
        ACCOUNTS,
    ),
    (3, "playbook artifacts and their versions", PLAYBOOK),
    (4, "full-text search over artifacts", SEARCH),
    (5, "packages and releases", PACKAGES),
    (6, "change proposals", PROPOSALS),
    (
        7,
        "tracked repositories and distribution reports",
        DISTRIBUTIONS,
    ),
    (
        8,
        "audit chain format 2: erasures and the pruning anchor authenticated",
        AUDIT_FORMAT_2,
    ),
    (9, "sealed secrets", SECRETS),
    (
        10,
        "API keys for the MCP endpoint only (mcp:read, mcp:write)",
        MCP_KEY_SCOPES,
    ),
    (11, "proposals for new artifacts", NEW_ARTIFACT_PROPOSALS),
    (12, "OAuth clients of the MCP endpoint", OAUTH_CLIENTS),
    (
        13,
        "search rows keyed by their artifact",
        SEARCH_BY_ARTIFACT,
    ),
    (
        14,
        "Git connections, distribution targets and jobs",
        GIT_DISTRIBUTION,
    ),
    (15, "acknowledgements of content findings", CONTENT_ACKS),
    (16, "AI providers and their usage", AI_PROVIDERS),
    (17, "lint reports uploaded from CI", LINT_REPORTS),
    (
        18,
        "accounts linked to the site's OpenID provider",
        SSO_IDENTITIES,
    ),
    (19, "SCIM provisioning: users, groups and members", SCIM),
    (
        20,
        "mail addresses, notification opt-out and the mail outbox",
        MAIL_OUTBOX,
    ),
    (21, "artifact versions newest first", VERSIONS_NEWEST),
    (
        22,
        "artifact versions newest first, with their artifact",
        VERSIONS_NEWEST_COVERING,
    ),
    (
        POLICY_KIND,
        "agent policies (permissions and hooks) as an artifact kind",
        POLICY,
    ),
    (
        24,
        "a space's artifacts listed from one index",
        ARTIFACTS_LISTING,
    ),
];

/// A space's artifacts of one kind in slug order with their version and trash state, read
/// from the index alone: the MCP scope index lists a space's 9,000 standards on every edit
/// (`Store::standards_since`), and the dashboard counts a space's artifacts by kind; both
/// read every table row through the cipher before (docs/BENCHMARKS.md, site simulation).
const ARTIFACTS_LISTING: &str = "
CREATE INDEX artifacts_listing ON artifacts (space_id, kind, slug, deleted_at, current_version);
";

/// The migration that widens the `kind` CHECK of `artifacts`.
const POLICY_KIND: u32 = 23;

/// Widens `artifacts.kind`'s CHECK to allow `policy`. SQLite cannot alter a CHECK, and
/// rebuilding `artifacts` would mean rebuilding the many tables that reference it; a CHECK
/// that accepts more changes nothing stored on disk, which is the case SQLite documents
/// editing `sqlite_schema` for (ALTER TABLE, "making other kinds of table schema changes").
/// `migrate` bumps the schema cookie in the same transaction, so every connection reloads the
/// schema; the statement is checked to have changed exactly one row.
const POLICY: &str = "
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
   SET sql = replace(sql, '''skill'', ''subagent'')', '''skill'', ''subagent'', ''policy'')')
 WHERE type = 'table' AND name = 'artifacts'
   AND instr(sql, '''skill'', ''subagent'')') > 0;
";

/// Ends migration 23's schema edit: checks it, bumps the schema cookie, stops writing the
/// schema table.
fn finish_schema_edit(tx: &rusqlite::Transaction<'_>) -> Result<(), StoreError> {
    let changed = tx.changes();
    let cookie: i64 = tx.query_row("PRAGMA schema_version", [], |r| r.get(0))?;
    tx.execute_batch(&format!(
        "PRAGMA schema_version = {}; PRAGMA writable_schema = OFF;",
        cookie + 1
    ))?;
    if changed != 1 {
        return Err(StoreError::Sqlite(
            "the artifacts table's definition is not the one migration 23 expects".into(),
        ));
    }
    Ok(())
}

/// The walk of migration 21's index read each version's table row to learn its artifact (so a
/// small space's dashboard read most of the instance's rows); with the artifact in the index
/// the walk reads the index alone (`store::dashboard`).
const VERSIONS_NEWEST_COVERING: &str = "
DROP INDEX artifact_versions_created;
CREATE INDEX artifact_versions_created ON artifact_versions (created_at, artifact_id);
";

/// The dashboard's recent activity walks a space's versions newest first and stops at the
/// fifteenth (`store::dashboard`); without this index it read every version of the space.
const VERSIONS_NEWEST: &str = "
CREATE INDEX artifact_versions_created ON artifact_versions (created_at);
";

/// Where people get mail (issue 22): an address (from the IdP, the directory, SCIM, or the
/// person), whether they opted out of notifications, and the outbox a worker sends from, so a
/// request never waits for the relay and a relay that is down delays mail without losing it.
/// A sent message keeps its subject for the record and loses its body.
const MAIL_OUTBOX: &str = "
ALTER TABLE users ADD COLUMN email TEXT;
ALTER TABLE users ADD COLUMN mail_opt_out INTEGER NOT NULL DEFAULT 0;
CREATE TABLE mail_outbox (
    id         INTEGER PRIMARY KEY NOT NULL,
    user_id    INTEGER NOT NULL REFERENCES users(id),
    purpose    TEXT NOT NULL,
    subject    TEXT NOT NULL,
    body       TEXT NOT NULL,
    link       TEXT NOT NULL DEFAULT '',
    status     TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed')),
    attempts   INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    next_at    INTEGER NOT NULL,
    done_at    INTEGER,
    error      TEXT
) STRICT;
CREATE INDEX mail_outbox_due ON mail_outbox (status, next_at);
";

/// What the site's IdP provisions over SCIM (issue 22): its own rows beside each account it
/// manages (`user_name`: the `userName` as sent, before a domain is stripped; `deleted`: the
/// IdP deleted it; the account stays disabled so content keeps its author), its groups and
/// their members. Group rules map group names to roles.
const SCIM: &str = "
CREATE TABLE scim_users (
    user_id     INTEGER PRIMARY KEY NOT NULL REFERENCES users(id),
    user_name   TEXT COLLATE NOCASE,
    external_id TEXT,
    email       TEXT,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    deleted     INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE TABLE scim_groups (
    id           INTEGER PRIMARY KEY NOT NULL,
    display_name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    external_id  TEXT,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE TABLE scim_group_members (
    group_id INTEGER NOT NULL REFERENCES scim_groups(id) ON DELETE CASCADE,
    user_id  INTEGER NOT NULL REFERENCES users(id),
    PRIMARY KEY (group_id, user_id)
) STRICT;
CREATE INDEX scim_group_members_user ON scim_group_members (user_id);
";

/// Accounts signed in through the site's OpenID provider (issue 22): one row per provider
/// subject, which is what identifies the person (a username the IdP sends may change or be
/// reused; the subject may not).
const SSO_IDENTITIES: &str = "
CREATE TABLE sso_identities (
    issuer     TEXT NOT NULL,
    subject    TEXT NOT NULL,
    user_id    INTEGER NOT NULL REFERENCES users(id),
    linked_at  INTEGER NOT NULL,
    last_login INTEGER NOT NULL,
    PRIMARY KEY (issuer, subject)
) STRICT;
CREATE INDEX sso_identities_user ON sso_identities (user_id);
";

/// Lint runs uploaded by `rulebook lint --report` for tracked repositories (issue 18): one row
/// per run with its totals (computed from the rule rows when stored), the counts of every rule
/// checked, and `findings`, JSON `[{path, line, column, rule, level}]` of the first findings
/// (never code). They go with their repository.
const LINT_REPORTS: &str = "
CREATE TABLE lint_reports (
    id             INTEGER PRIMARY KEY NOT NULL,
    repository_id  INTEGER NOT NULL REFERENCES repositories(id) ON DELETE CASCADE,
    path           TEXT NOT NULL,
    commit_id      TEXT NOT NULL,
    reported_by    TEXT NOT NULL,
    reported_at    INTEGER NOT NULL,
    files_checked  INTEGER NOT NULL,
    errors         INTEGER NOT NULL,
    warnings       INTEGER NOT NULL,
    infos          INTEGER NOT NULL,
    suppressed     INTEGER NOT NULL,
    findings_total INTEGER NOT NULL,
    findings       TEXT NOT NULL
) STRICT;
CREATE INDEX lint_reports_place ON lint_reports (repository_id, path, id);
CREATE INDEX lint_reports_at ON lint_reports (reported_at);
CREATE TABLE lint_report_rules (
    report_id  INTEGER NOT NULL REFERENCES lint_reports(id) ON DELETE CASCADE,
    rule       TEXT NOT NULL,
    level      TEXT NOT NULL CHECK (level IN ('error', 'warning', 'info')),
    message    TEXT NOT NULL,
    violations INTEGER NOT NULL,
    suppressed INTEGER NOT NULL,
    PRIMARY KEY (report_id, rule, level)
) STRICT;
";

/// AI providers of an organization (issue 21), usage per month, user, feature, provider
/// and model, and AI-written advisory reviews of change proposals (`review` is JSON:
/// `{summary, concerns, verdict}`). `config` is the provider's JSON without its key (the key is the sealed secret
/// `secret_name`, empty when the provider needs none).
const AI_PROVIDERS: &str = "
CREATE TABLE ai_providers (
    id          INTEGER PRIMARY KEY NOT NULL,
    org_id      INTEGER NOT NULL REFERENCES orgs(id),
    name        TEXT NOT NULL,
    config      TEXT NOT NULL,
    secret_name TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    UNIQUE (org_id, name)
) STRICT;
CREATE TABLE ai_usage (
    org_id     INTEGER NOT NULL REFERENCES orgs(id),
    month      TEXT NOT NULL,
    username   TEXT NOT NULL,
    feature    TEXT NOT NULL,
    provider   TEXT NOT NULL,
    model      TEXT NOT NULL,
    calls      INTEGER NOT NULL DEFAULT 0,
    errors     INTEGER NOT NULL DEFAULT 0,
    tokens_in  INTEGER NOT NULL DEFAULT 0,
    tokens_out INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (org_id, month, username, feature, provider, model)
) STRICT;
CREATE TABLE ai_reviews (
    id          INTEGER PRIMARY KEY NOT NULL,
    proposal_id INTEGER NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
    username    TEXT NOT NULL,
    provider    TEXT NOT NULL,
    model       TEXT NOT NULL,
    review      TEXT NOT NULL,
    created_at  INTEGER NOT NULL
) STRICT;
CREATE INDEX ai_reviews_proposal ON ai_reviews (proposal_id);
";

/// Who acknowledged which content findings of an artifact version, and why (issue 20).
/// `findings` is JSON: `[{rule, severity, place, excerpt, key}]`, excerpts already redacted.
const CONTENT_ACKS: &str = "
CREATE TABLE content_acks (
    id          INTEGER PRIMARY KEY NOT NULL,
    artifact_id INTEGER NOT NULL REFERENCES artifacts(id) ON DELETE CASCADE,
    version     INTEGER NOT NULL,
    username    TEXT NOT NULL,
    reason      TEXT NOT NULL,
    findings    TEXT NOT NULL,
    created_at  INTEGER NOT NULL
) STRICT;
CREATE INDEX content_acks_artifact ON content_acks (artifact_id);
";

const GIT_DISTRIBUTION: &str = "
CREATE TABLE git_connections (
    id              INTEGER PRIMARY KEY NOT NULL,
    org_id          INTEGER NOT NULL REFERENCES orgs(id),
    name            TEXT NOT NULL,
    provider        TEXT NOT NULL,
    base_url        TEXT NOT NULL,
    username        TEXT NOT NULL,
    secret_name     TEXT NOT NULL,
    app_id          TEXT NOT NULL,
    installation_id TEXT NOT NULL,
    max_concurrency INTEGER NOT NULL CHECK (max_concurrency BETWEEN 1 AND 64),
    author_name     TEXT NOT NULL,
    author_email    TEXT NOT NULL,
    created_at      INTEGER NOT NULL,
    UNIQUE (org_id, name)
) STRICT;
CREATE TABLE git_targets (
    id            INTEGER PRIMARY KEY NOT NULL,
    org_id        INTEGER NOT NULL REFERENCES orgs(id),
    connection_id INTEGER NOT NULL REFERENCES git_connections(id),
    repo          TEXT NOT NULL,
    branch        TEXT NOT NULL,
    path          TEXT NOT NULL,
    agents        TEXT NOT NULL,
    mode          TEXT NOT NULL CHECK (mode IN ('commit', 'pull_request')),
    created_at    INTEGER NOT NULL,
    UNIQUE (connection_id, repo, branch, path)
) STRICT;
CREATE TABLE git_target_packages (
    target_id  INTEGER NOT NULL REFERENCES git_targets(id) ON DELETE CASCADE,
    package_id INTEGER NOT NULL REFERENCES packages(id),
    PRIMARY KEY (target_id, package_id)
) STRICT;
CREATE TABLE git_jobs (
    id               INTEGER PRIMARY KEY NOT NULL,
    org_id           INTEGER NOT NULL REFERENCES orgs(id),
    target_id        INTEGER NOT NULL REFERENCES git_targets(id),
    batch            TEXT NOT NULL,
    state            TEXT NOT NULL CHECK (state IN ('queued', 'running', 'done', 'no_changes', 'failed', 'cancelled')),
    cancel_requested INTEGER NOT NULL DEFAULT 0,
    attempts         INTEGER NOT NULL DEFAULT 0,
    not_before       INTEGER NOT NULL,
    deadline         INTEGER NOT NULL,
    requested_by     TEXT NOT NULL,
    created_at       INTEGER NOT NULL,
    started_at       INTEGER,
    finished_at      INTEGER,
    commit_id        TEXT,
    pr_number        INTEGER,
    pr_url           TEXT,
    pr_state         TEXT,
    pr_checked_at    INTEGER,
    releases         TEXT NOT NULL DEFAULT '{}',
    artifacts        TEXT NOT NULL DEFAULT '[]',
    detail           TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX git_jobs_queue ON git_jobs (state, not_before);
CREATE INDEX git_jobs_target ON git_jobs (target_id, id);
";

/// The search index's rowid becomes the artifact's id: removing an artifact's row is a lookup
/// (it was a scan of the whole index, so writes slowed as the playbook grew), and a search can
/// filter by space and kind through the artifacts table without reading every match's stored
/// row. Rebuilt from the old index, same tokenizer.
const SEARCH_BY_ARTIFACT: &str = "
CREATE VIRTUAL TABLE artifact_search_new USING fts5(
    name, text,
    artifact_id UNINDEXED, space_id UNINDEXED, kind UNINDEXED, languages UNINDEXED,
    tokenize = 'porter unicode61 remove_diacritics 2'
);
INSERT INTO artifact_search_new (rowid, name, text, artifact_id, space_id, kind, languages)
    SELECT artifact_id, name, text, artifact_id, space_id, kind, languages FROM artifact_search;
DROP TABLE artifact_search;
ALTER TABLE artifact_search_new RENAME TO artifact_search;
";

/// MCP clients registered for browser sign-in (RFC 7591): public clients (PKCE, no secret).
const OAUTH_CLIENTS: &str = "
CREATE TABLE oauth_clients (
    id            INTEGER PRIMARY KEY NOT NULL,
    client_id     TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    redirect_uris TEXT NOT NULL,
    created_at    INTEGER NOT NULL,
    created_ip    TEXT NOT NULL
) STRICT;
";

/// A proposal may now propose an artifact that does not exist yet (`artifact_id` NULL until it
/// is accepted); every proposal names its space, kind and slug. Rebuilt, ids kept.
const NEW_ARTIFACT_PROPOSALS: &str = "
CREATE TABLE proposals_new (
    id               INTEGER PRIMARY KEY NOT NULL,
    artifact_id      INTEGER REFERENCES artifacts(id),
    space_id         INTEGER NOT NULL REFERENCES spaces(id),
    kind             TEXT NOT NULL,
    slug             TEXT NOT NULL,
    base_version     INTEGER NOT NULL,
    content          TEXT NOT NULL,
    message          TEXT NOT NULL,
    author           TEXT NOT NULL,
    created_at       INTEGER NOT NULL,
    status           TEXT NOT NULL CHECK (status IN ('open', 'accepted', 'rejected')),
    decided_by       TEXT,
    decided_at       INTEGER,
    comment          TEXT NOT NULL DEFAULT '',
    accepted_version INTEGER,
    CHECK (artifact_id IS NOT NULL OR base_version = 0)
) STRICT;
INSERT INTO proposals_new (id, artifact_id, space_id, kind, slug, base_version, content, message, author, created_at,
                           status, decided_by, decided_at, comment, accepted_version)
    SELECT p.id, p.artifact_id, a.space_id, a.kind, a.slug, p.base_version, p.content, p.message, p.author, p.created_at,
           p.status, p.decided_by, p.decided_at, p.comment, p.accepted_version
    FROM proposals p JOIN artifacts a ON a.id = p.artifact_id;
DROP TABLE proposals;
ALTER TABLE proposals_new RENAME TO proposals;
CREATE INDEX proposals_artifact ON proposals (artifact_id, status);
CREATE INDEX proposals_space ON proposals (space_id, status);
";

/// SQLite cannot change a CHECK constraint in place: the table is rebuilt with the wider one
/// and every row copied (ids kept: audit rows and sessions name keys by id and prefix).
const MCP_KEY_SCOPES: &str = "
CREATE TABLE api_keys_new (
    id           INTEGER PRIMARY KEY NOT NULL,
    key_hash     BLOB NOT NULL UNIQUE,
    prefix       TEXT NOT NULL,
    user_id      INTEGER NOT NULL REFERENCES users(id),
    org_id       INTEGER NOT NULL REFERENCES orgs(id),
    name         TEXT NOT NULL,
    scope        TEXT NOT NULL CHECK (scope IN ('read', 'write', 'admin', 'mcp:read', 'mcp:write')),
    spaces       TEXT,
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER,
    last_used_at INTEGER,
    revoked_at   INTEGER
) STRICT;
INSERT INTO api_keys_new (id, key_hash, prefix, user_id, org_id, name, scope, spaces, created_at, expires_at, last_used_at, revoked_at)
    SELECT id, key_hash, prefix, user_id, org_id, name, scope, spaces, created_at, expires_at, last_used_at, revoked_at FROM api_keys;
DROP TABLE api_keys;
ALTER TABLE api_keys_new RENAME TO api_keys;
CREATE INDEX api_keys_user ON api_keys (user_id);
";

/// Sealed credentials (`secrets::envelope`): only wrapped data keys and ciphertexts, bound to
/// their row id; `key_id` names the secrets key that wrapped them.
const SECRETS: &str = "
CREATE TABLE secrets (
    id          INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    name        TEXT NOT NULL UNIQUE,
    key_id      TEXT NOT NULL,
    wrapped_key BLOB NOT NULL,
    ciphertext  BLOB NOT NULL,
    hint        TEXT NOT NULL DEFAULT '',
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL
) STRICT;
";

/// The column that binds an erased audit row to its erasure, and the chain format marker:
/// an empty log starts in format 2; a log with rows (or an anchor) stays in format 1 until
/// the first open with the audit key re-MACs it (`store::audit::seal_legacy`).
const AUDIT_FORMAT_2: &str = "
ALTER TABLE audit_log ADD COLUMN erasure TEXT NOT NULL DEFAULT '';
INSERT INTO meta (key, value)
    SELECT 'audit_format', CASE
        WHEN EXISTS (SELECT 1 FROM audit_log) OR EXISTS (SELECT 1 FROM meta WHERE key = 'audit_anchor') THEN '1'
        ELSE '2' END
    WHERE true
    ON CONFLICT (key) DO UPDATE SET value = excluded.value;
";

const DISTRIBUTIONS: &str = "
CREATE TABLE repositories (
    id         INTEGER PRIMARY KEY NOT NULL,
    org_id     INTEGER NOT NULL REFERENCES orgs(id),
    url        TEXT NOT NULL,
    branch     TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    UNIQUE (org_id, url, branch)
) STRICT;
CREATE TABLE distributions (
    id            INTEGER PRIMARY KEY NOT NULL,
    repository_id INTEGER NOT NULL REFERENCES repositories(id),
    path          TEXT NOT NULL,
    commit_id     TEXT NOT NULL,
    reported_by   TEXT NOT NULL,
    reported_at   INTEGER NOT NULL,
    packages      TEXT NOT NULL,
    artifacts     TEXT NOT NULL,
    agents        TEXT NOT NULL
) STRICT;
CREATE INDEX distributions_repository ON distributions (repository_id, path, id);
";

const PROPOSALS: &str = "
CREATE TABLE proposals (
    id               INTEGER PRIMARY KEY NOT NULL,
    artifact_id      INTEGER NOT NULL REFERENCES artifacts(id),
    base_version     INTEGER NOT NULL,
    content          TEXT NOT NULL,
    message          TEXT NOT NULL,
    author           TEXT NOT NULL,
    created_at       INTEGER NOT NULL,
    status           TEXT NOT NULL CHECK (status IN ('open', 'accepted', 'rejected')),
    decided_by       TEXT,
    decided_at       INTEGER,
    comment          TEXT NOT NULL DEFAULT '',
    accepted_version INTEGER
) STRICT;
CREATE INDEX proposals_artifact ON proposals (artifact_id, status);
";

const PACKAGES: &str = "
CREATE TABLE packages (
    id          INTEGER PRIMARY KEY NOT NULL,
    space_id    INTEGER NOT NULL REFERENCES spaces(id),
    slug        TEXT NOT NULL,
    name        TEXT NOT NULL,
    description TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    UNIQUE (space_id, slug)
) STRICT;
CREATE TABLE package_items (
    package_id  INTEGER NOT NULL REFERENCES packages(id),
    artifact_id INTEGER NOT NULL REFERENCES artifacts(id),
    PRIMARY KEY (package_id, artifact_id)
) STRICT;
CREATE TABLE releases (
    id         INTEGER PRIMARY KEY NOT NULL,
    package_id INTEGER NOT NULL REFERENCES packages(id),
    version    TEXT NOT NULL,
    notes      TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    UNIQUE (package_id, version)
) STRICT;
CREATE TABLE release_items (
    release_id       INTEGER NOT NULL REFERENCES releases(id),
    artifact_id      INTEGER NOT NULL REFERENCES artifacts(id),
    artifact_version INTEGER NOT NULL,
    PRIMARY KEY (release_id, artifact_id)
) STRICT;
";

const SEARCH: &str = "
CREATE VIRTUAL TABLE artifact_search USING fts5(
    name, text,
    artifact_id UNINDEXED, space_id UNINDEXED, kind UNINDEXED, languages UNINDEXED,
    tokenize = 'porter unicode61 remove_diacritics 2'
);
";

const PLAYBOOK: &str = "
CREATE TABLE artifacts (
    id              INTEGER PRIMARY KEY NOT NULL,
    space_id        INTEGER NOT NULL REFERENCES spaces(id),
    kind            TEXT NOT NULL CHECK (kind IN ('standard', 'command', 'skill', 'subagent')),
    slug            TEXT NOT NULL,
    current_version INTEGER NOT NULL,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    deleted_at      INTEGER,
    UNIQUE (space_id, kind, slug)
) STRICT;
CREATE TABLE artifact_versions (
    artifact_id INTEGER NOT NULL REFERENCES artifacts(id),
    version     INTEGER NOT NULL,
    author      TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    message     TEXT NOT NULL,
    content     TEXT NOT NULL,
    PRIMARY KEY (artifact_id, version)
) STRICT;
";

const ACCOUNTS: &str = "
CREATE TABLE orgs (
    id         INTEGER PRIMARY KEY NOT NULL,
    slug       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    created_at INTEGER NOT NULL
) STRICT;
CREATE TABLE users (
    id                INTEGER PRIMARY KEY NOT NULL,
    username          TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name      TEXT NOT NULL,
    password_hash     TEXT NOT NULL,
    instance_admin    INTEGER NOT NULL DEFAULT 0,
    disabled          INTEGER NOT NULL DEFAULT 0,
    created_at        INTEGER NOT NULL
) STRICT;
CREATE TABLE memberships (
    org_id  INTEGER NOT NULL REFERENCES orgs(id),
    user_id INTEGER NOT NULL REFERENCES users(id),
    role    TEXT NOT NULL CHECK (role IN ('admin', 'member', 'viewer')),
    PRIMARY KEY (org_id, user_id)
) STRICT;
CREATE TABLE spaces (
    id         INTEGER PRIMARY KEY NOT NULL,
    org_id     INTEGER NOT NULL REFERENCES orgs(id),
    slug       TEXT NOT NULL,
    name       TEXT NOT NULL,
        visibility TEXT NOT NULL CHECK (visibility IN ('default', 'open', 'restricted', 'private')),
    legal_hold INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    UNIQUE (org_id, slug)
) STRICT;
CREATE TABLE space_members (
    space_id INTEGER NOT NULL REFERENCES spaces(id),
    user_id  INTEGER NOT NULL REFERENCES users(id),
    role     TEXT NOT NULL CHECK (role IN ('admin', 'member')),
    PRIMARY KEY (space_id, user_id)
) STRICT;
CREATE TABLE sessions (
    id          INTEGER PRIMARY KEY NOT NULL,
    token_hash  BLOB NOT NULL UNIQUE,
    user_id     INTEGER NOT NULL REFERENCES users(id),
    csrf_token  TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    last_seen   INTEGER NOT NULL,
    ip          TEXT NOT NULL,
    user_agent  TEXT NOT NULL
) STRICT;
CREATE TABLE api_keys (
    id           INTEGER PRIMARY KEY NOT NULL,
    key_hash     BLOB NOT NULL UNIQUE,
    prefix       TEXT NOT NULL,
    user_id      INTEGER NOT NULL REFERENCES users(id),
    org_id       INTEGER NOT NULL REFERENCES orgs(id),
    name         TEXT NOT NULL,
    scope        TEXT NOT NULL CHECK (scope IN ('read', 'write', 'admin')),
    spaces       TEXT,
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER,
    last_used_at INTEGER,
    revoked_at   INTEGER
) STRICT;
CREATE TABLE one_time_tokens (
    id          INTEGER PRIMARY KEY NOT NULL,
    token_hash  BLOB NOT NULL UNIQUE,
    purpose     TEXT NOT NULL CHECK (purpose IN ('setup', 'invite', 'reset')),
    org_id      INTEGER REFERENCES orgs(id),
    user_id     INTEGER REFERENCES users(id),
    role        TEXT,
    space_id    INTEGER REFERENCES spaces(id),
    created_by  INTEGER REFERENCES users(id),
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    used_at     INTEGER
) STRICT;
CREATE TABLE login_throttle (
    username      TEXT PRIMARY KEY NOT NULL COLLATE NOCASE,
    failures      INTEGER NOT NULL,
    window_start  INTEGER NOT NULL,
    hour_failures INTEGER NOT NULL,
    blocked_until INTEGER NOT NULL,
    locked        INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE TABLE audit_log (
    seq        INTEGER PRIMARY KEY NOT NULL,
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    action     TEXT NOT NULL,
    target     TEXT NOT NULL,
    outcome    TEXT NOT NULL,
    ip         TEXT NOT NULL,
        request_id TEXT NOT NULL,
    detail     TEXT NOT NULL,
    pdigest    TEXT NOT NULL,
    erased     INTEGER NOT NULL DEFAULT 0,
    mac        TEXT NOT NULL
) STRICT;
CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;
CREATE INDEX audit_log_action ON audit_log (action);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX api_keys_user ON api_keys (user_id);
";

/// The newest schema this binary knows.
pub const LATEST_SCHEMA: u32 = 24;

/// Current and known schema versions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchemaStatus {
    /// The database's `user_version`.
    pub current: u32,
    /// The newest version this binary supports.
    pub latest: u32,
    /// Applied migrations: version, description, time applied.
    pub applied: Vec<(u32, String, String)>,
}

pub(crate) fn user_version(conn: &Connection) -> Result<u32, StoreError> {
    Ok(conn.query_row("PRAGMA user_version", [], |r| r.get::<_, u32>(0))?)
}

/// Refuses a newer schema, then applies every missing migration in order.
pub(crate) fn migrate(conn: &mut Connection, now: &str) -> Result<u32, StoreError> {
    let current = user_version(conn)?;
    if current > LATEST_SCHEMA {
        return Err(StoreError::SchemaTooNew {
            found: current,
            supported: LATEST_SCHEMA,
        });
    }
    for (version, description, sql) in MIGRATIONS.iter().filter(|m| m.0 > current) {
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        // Another process may have migrated while we waited for the write lock.
        if user_version(&tx)? >= *version {
            continue;
        }
        tx.execute_batch(sql)?;
        if *version == POLICY_KIND {
            finish_schema_edit(&tx)?;
        }
        tx.execute(
            "INSERT INTO schema_migrations (version, description, applied_at) VALUES (?1, ?2, ?3)",
            rusqlite::params![version, description, now],
        )?;
        tx.execute_batch(&format!("PRAGMA user_version = {version};"))?;
        tx.commit()?;
        log::info!("schema migrated to version {version} ({description})");
    }
    user_version(conn)
}

/// Reads the schema status.
pub(crate) fn status(conn: &Connection) -> Result<SchemaStatus, StoreError> {
    let current = user_version(conn)?;
    let mut applied = Vec::new();
    if current > 0 {
        let mut stmt = conn.prepare(
            "SELECT version, description, applied_at FROM schema_migrations ORDER BY version",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        for row in rows {
            applied.push(row?);
        }
    }
    Ok(SchemaStatus {
        current,
        latest: LATEST_SCHEMA,
        applied,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_are_contiguous_and_latest_matches() {
        for (i, m) in MIGRATIONS.iter().enumerate() {
            assert_eq!(m.0 as usize, i + 1);
        }
        assert_eq!(MIGRATIONS.last().map(|m| m.0), Some(LATEST_SCHEMA));
    }

    #[test]
    fn migrates_and_refuses_newer() {
        let mut conn = Connection::open_in_memory().unwrap();
        assert_eq!(migrate(&mut conn, "t").unwrap(), LATEST_SCHEMA);
        assert_eq!(migrate(&mut conn, "t").unwrap(), LATEST_SCHEMA);
        // Migration 23 widened the kind CHECK: a policy is accepted, an unknown kind is not.
        conn.execute_batch(
            "INSERT INTO orgs (id, slug, name, created_at) VALUES (1, 'o', 'O', 0);
             INSERT INTO spaces (id, org_id, slug, name, visibility, created_at) VALUES (1, 1, 's', 'S', 'default', 0);",
        )
        .unwrap();
        let insert = |kind: &str| {
            conn.execute(
                "INSERT INTO artifacts (space_id, kind, slug, current_version, created_at, updated_at) VALUES (1, ?1, ?1, 1, 0, 0)",
                [kind],
            )
        };
        insert("policy").unwrap();
        insert("subagent").unwrap();
        assert!(insert("script").is_err());
        let check: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(check, "ok");
        assert_eq!(status(&conn).unwrap().applied.len(), LATEST_SCHEMA as usize);
        conn.execute_batch("PRAGMA user_version = 999;").unwrap();
        assert_eq!(
            migrate(&mut conn, "t"),
            Err(StoreError::SchemaTooNew {
                found: 999,
                supported: LATEST_SCHEMA
            })
        );
    }
}
