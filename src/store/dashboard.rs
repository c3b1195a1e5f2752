//! What a space's dashboard shows, read in one pass so the page needs one call: artifacts per
//! kind against those distributed, the never-distributed ones, outdated repositories, open
//! proposals, the counts behind the getting-started steps and recent activity with names.
//!
//! "Distributed" is defined once, here: an artifact (live, not in the trash) is distributed
//! when it is pinned by a release of one of the space's packages, and that release is the one
//! some repository holds now: the latest install report of a tracked repository path
//! (`distributions`), or the latest landed (`done` or `no_changes`) job of a Git distribution
//! target (`git_jobs.releases`). A release that reached a repository and was later replaced
//! there no longer counts.

use rusqlite::params;

use crate::store::{Store, StoreError};

/// Live artifacts of one kind: how many, and how many are distributed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KindCount {
    pub kind: String,
    pub total: i64,
    pub distributed: i64,
}

/// An artifact by kind, slug and current name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArtifactRef {
    pub kind: String,
    pub slug: String,
    pub name: String,
}

/// A repository path or Git target that holds an older release than the package's latest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outdated {
    /// `install` (an install report) or `git` (a distribution target).
    pub via: String,
    /// `url (branch) path`.
    pub location: String,
    pub package: String,
    pub package_name: String,
    pub installed: String,
    pub latest: String,
}

/// A package of the space with its newest release.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackageLine {
    pub slug: String,
    pub name: String,
    pub latest: Option<String>,
    pub latest_at: Option<i64>,
}

/// One thing that happened in the space, newest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Activity {
    pub at: i64,
    /// The username that did it (content rows keep the author's username).
    pub who: String,
    /// `created`, `updated`, `restored`, `published`, `proposed`, `accepted`, `rejected`.
    pub action: String,
    /// An artifact kind, or `package`.
    pub kind: String,
    pub slug: String,
    pub name: String,
    /// A release's version (for `published`).
    pub version: Option<String>,
    /// The proposal (for `proposed`, `accepted`, `rejected`).
    pub proposal: Option<i64>,
    /// Whether the object can still be opened (not purged, not in the trash).
    pub exists: bool,
}

/// The whole dashboard of a space.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dashboard {
    pub kinds: Vec<KindCount>,
    pub never_distributed: Vec<ArtifactRef>,
    pub outdated: Vec<Outdated>,
    pub open_proposals: i64,
    /// The space's packages by name (at most [`LIST_CAP`]).
    pub package_lines: Vec<PackageLine>,
    pub packages: i64,
    pub releases: i64,
    /// Spaces of the organization (for the getting-started step "create a space").
    pub spaces: i64,
    /// The caller's unrevoked API keys in the organization.
    pub api_keys: i64,
    /// Repository paths and Git targets that hold a release of one of the space's packages.
    pub locations: i64,
    pub activity: Vec<Activity>,
}

/// At most this many never-distributed artifacts and activity rows are listed.
pub const LIST_CAP: i64 = 100;
const ACTIVITY_CAP: i64 = 15;

/// `reached(via, loc, package_id, version)`: each current release of a package of the space
/// (`?2`, slug `?3`) that some repository path or Git target of the organization (`?1`) holds.
/// Package keys are `space/slug`, or a bare slug for the space `default` (as in
/// `rulebook.lock`).
const REACHED: &str = "
WITH holds(via, loc, pkg_key, version) AS (
    SELECT 'install', r.url || ' (' || r.branch || ')' || CASE WHEN d.path = '' THEN '' ELSE ' ' || d.path END,
           j.key, j.value
    FROM distributions d JOIN repositories r ON r.id = d.repository_id, json_each(d.packages) j
    WHERE r.org_id = ?1 AND j.type = 'text'
      AND d.id = (SELECT max(x.id) FROM distributions x WHERE x.repository_id = d.repository_id AND x.path = d.path)
    UNION ALL
    SELECT 'git', t.repo || ' (' || t.branch || ')' || CASE WHEN t.path = '' THEN '' ELSE ' ' || t.path END,
           j.key, j.value
    FROM git_jobs g JOIN git_targets t ON t.id = g.target_id, json_each(g.releases) j
    WHERE j.type = 'text' AND g.id IN (
        SELECT max(id) FROM git_jobs WHERE org_id = ?1 AND state IN ('done', 'no_changes') GROUP BY target_id)
),
reached(via, loc, package_id, version) AS (
    SELECT DISTINCT h.via, h.loc, p.id, h.version FROM holds h JOIN packages p
      ON p.space_id = ?2 AND (h.pkg_key = ?3 || '/' || p.slug OR (?3 = 'default' AND h.pkg_key = p.slug))
),
distributed(artifact_id) AS (
    SELECT DISTINCT ri.artifact_id FROM reached h
    JOIN releases rl ON rl.package_id = h.package_id AND rl.version = h.version
    JOIN release_items ri ON ri.release_id = rl.id
)";

/// The ids of a space's `?2` newest versions (`?1` the space), newest first, for a space that
/// holds much of the instance: walk every version newest first in the index
/// `artifact_versions_created` (created_at, artifact_id), which holds what the walk reads, and
/// stop at the `?2`th of the space; sorting the space's versions instead read each row through
/// the cipher (32 ms of a 35 ms dashboard at 10,000).
const NEWEST_BY_WALK: &str =
    "SELECT v2.rowid AS rid FROM artifact_versions v2 INDEXED BY artifact_versions_created
    CROSS JOIN artifacts a2 ON a2.id = v2.artifact_id
    WHERE a2.space_id = ?1 ORDER BY v2.created_at DESC, v2.rowid DESC LIMIT ?2";

/// The same for a space that holds little of the instance: its own versions sorted (the walk
/// would pass most of the instance's versions before finding the space's).
const NEWEST_BY_SORT: &str = "SELECT v2.rowid AS rid FROM artifacts a2
    CROSS JOIN artifact_versions v2 ON v2.artifact_id = a2.id
    WHERE a2.space_id = ?1 ORDER BY v2.created_at DESC, v2.rowid DESC LIMIT ?2";

/// Which of the two finds a space's newest versions with less reading: the walk passes about
/// `cap * total / space` versions, the sort reads the space's `space`; the walk wins when
/// `space * space > cap * total` (artifact counts stand in for version counts).
fn newest_versions(space_artifacts: i64, instance_artifacts: i64) -> &'static str {
    if space_artifacts.saturating_mul(space_artifacts)
        > ACTIVITY_CAP.saturating_mul(instance_artifacts)
    {
        NEWEST_BY_WALK
    } else {
        NEWEST_BY_SORT
    }
}

/// [`ACTIVITY`] with `newest` in it, built once for each of the two.
fn activity_query(newest: &'static str) -> &'static str {
    static BUILT: std::sync::OnceLock<[String; 2]> = std::sync::OnceLock::new();
    let [walk, sort] = BUILT
        .get_or_init(|| [NEWEST_BY_WALK, NEWEST_BY_SORT].map(|n| ACTIVITY.replace("{NEWEST}", n)));
    if newest == NEWEST_BY_WALK { walk } else { sort }
}

/// Everything a space shows of itself that happened, newest first (`?1` the space); within
/// one second, decisions before proposals before releases before edits, then newest row.
/// `{NEWEST}` is one of [`newest_versions`]'s queries.
const ACTIVITY: &str = "
SELECT at, who, action, kind, slug, name, version, proposal, live FROM (
    SELECT v.created_at AS at, v.author AS who,
           CASE WHEN v.version = 1 THEN 'created'
                WHEN v.message LIKE 'restore version %' THEN 'restored' ELSE 'updated' END AS action,
           a.kind AS kind, a.slug AS slug, coalesce(json_extract(v.content, '$.name'), a.slug) AS name,
           NULL AS version, NULL AS proposal, a.deleted_at IS NULL AS live, 0 AS tie, v.rowid AS seq
    -- Only the newest ?2 versions are read whole: sorting every version with its name taken
    -- from the content read all of them (10,000 versions: 13.8 MB, ~150 ms per dashboard).
    FROM ({NEWEST}) newest
    JOIN artifact_versions v ON v.rowid = newest.rid JOIN artifacts a ON a.id = v.artifact_id
    UNION ALL
    SELECT r.created_at, r.created_by, 'published', 'package', p.slug, p.name, r.version, NULL, 1, 1, r.id
    FROM releases r JOIN packages p ON p.id = r.package_id WHERE p.space_id = ?1
    UNION ALL
    SELECT created_at, author, 'proposed', kind, slug, coalesce(json_extract(content, '$.name'), slug),
           NULL, id, 1, 2, id
    FROM proposals WHERE space_id = ?1
    UNION ALL
    SELECT decided_at, decided_by, status, kind, slug, coalesce(json_extract(content, '$.name'), slug),
           NULL, id, 1, 3, id
    FROM proposals WHERE space_id = ?1 AND status != 'open' AND decided_at IS NOT NULL AND decided_by IS NOT NULL
) ORDER BY at DESC, tie DESC, seq DESC LIMIT ?2";

impl Store {
    /// The dashboard of space `space_id` (slug `space_slug`) of organization `org_id`, as
    /// user `user_id` sees it (their own API keys).
    pub fn dashboard(
        &self,
        org_id: i64,
        space_id: i64,
        space_slug: &str,
        user_id: i64,
    ) -> Result<Dashboard, StoreError> {
        self.with(|c| {
            let scope = params![org_id, space_id, space_slug];
            let mut stmt = c.prepare_cached(&format!(
                "{REACHED} SELECT a.kind, count(*), coalesce(sum(a.id IN (SELECT artifact_id FROM distributed)), 0)
                 FROM artifacts a WHERE a.space_id = ?2 AND a.deleted_at IS NULL GROUP BY a.kind"
            ))?;
            let kinds = stmt
                .query_map(scope, |r| {
                    Ok(KindCount { kind: r.get(0)?, total: r.get(1)?, distributed: r.get(2)? })
                })?
                .collect::<Result<_, _>>()?;
            let mut stmt = c.prepare_cached(&format!(
                "{REACHED} SELECT a.kind, a.slug, coalesce(json_extract(v.content, '$.name'), a.slug)
                 FROM artifacts a JOIN artifact_versions v ON v.artifact_id = a.id AND v.version = a.current_version
                 WHERE a.space_id = ?2 AND a.deleted_at IS NULL AND a.id NOT IN (SELECT artifact_id FROM distributed)
                 ORDER BY a.kind, a.slug LIMIT {LIST_CAP}"
            ))?;
            let never_distributed = stmt
                .query_map(scope, |r| Ok(ArtifactRef { kind: r.get(0)?, slug: r.get(1)?, name: r.get(2)? }))?
                .collect::<Result<_, _>>()?;
            let mut stmt = c.prepare_cached(&format!(
                "{REACHED} SELECT via, loc, slug, name, version, latest FROM (
                     SELECT h.via AS via, h.loc AS loc, p.slug AS slug, p.name AS name, h.version AS version,
                            (SELECT rl.version FROM releases rl WHERE rl.package_id = p.id ORDER BY rl.id DESC LIMIT 1) AS latest
                     FROM reached h JOIN packages p ON p.id = h.package_id)
                 WHERE latest IS NOT NULL AND latest != version ORDER BY loc, slug LIMIT {LIST_CAP}"
            ))?;
            let outdated = stmt
                .query_map(scope, |r| {
                    Ok(Outdated {
                        via: r.get(0)?,
                        location: r.get(1)?,
                        package: r.get(2)?,
                        package_name: r.get(3)?,
                        installed: r.get(4)?,
                        latest: r.get(5)?,
                    })
                })?
                .collect::<Result<_, _>>()?;
            let locations: i64 = c.prepare_cached(&format!("{REACHED} SELECT count(*) FROM (SELECT DISTINCT via, loc FROM reached)"))?.query_row(scope,
                |r| r.get(0),
            )?;
            let count = |sql: &str, p: &[&dyn rusqlite::ToSql]| -> Result<i64, StoreError> {
                Ok(c.prepare_cached(sql)?.query_row(p, |r| r.get(0))?)
            };
            let open_proposals = count(
                "SELECT count(*) FROM proposals WHERE space_id = ?1 AND status = 'open'",
                &[&space_id],
            )?;
            let packages = count("SELECT count(*) FROM packages WHERE space_id = ?1", &[&space_id])?;
            let mut stmt = c.prepare_cached(&format!(
                "SELECT p.slug, p.name, r.version, r.created_at FROM packages p
                 LEFT JOIN releases r ON r.id = (SELECT max(x.id) FROM releases x WHERE x.package_id = p.id)
                 WHERE p.space_id = ?1 ORDER BY p.name, p.slug LIMIT {LIST_CAP}"
            ))?;
            let package_lines = stmt
                .query_map([space_id], |r| {
                    Ok(PackageLine { slug: r.get(0)?, name: r.get(1)?, latest: r.get(2)?, latest_at: r.get(3)? })
                })?
                .collect::<Result<_, _>>()?;
            let releases = count(
                "SELECT count(*) FROM releases r JOIN packages p ON p.id = r.package_id WHERE p.space_id = ?1",
                &[&space_id],
            )?;
            let spaces = count("SELECT count(*) FROM spaces WHERE org_id = ?1", &[&org_id])?;
            let api_keys = count(
                "SELECT count(*) FROM api_keys WHERE org_id = ?1 AND user_id = ?2 AND revoked_at IS NULL",
                &[&org_id, &user_id],
            )?;
            let space_artifacts =
                count("SELECT count(*) FROM artifacts WHERE space_id = ?1", &[&space_id])?;
            // The highest id stands in for the instance's count (ids are never reused).
            let instance_artifacts =
                count("SELECT coalesce(max(id), 0) FROM artifacts", &[])?;
            let newest = newest_versions(space_artifacts, instance_artifacts);
            let mut stmt = c.prepare_cached(activity_query(newest))?;
            let activity = stmt
                .query_map(params![space_id, ACTIVITY_CAP], |r| {
                    Ok(Activity {
                        at: r.get(0)?,
                        who: r.get(1)?,
                        action: r.get(2)?,
                        kind: r.get(3)?,
                        slug: r.get(4)?,
                        name: r.get(5)?,
                        version: r.get(6)?,
                        proposal: r.get(7)?,
                        exists: r.get(8)?,
                    })
                })?
                .collect::<Result<_, _>>()?;
            Ok(Dashboard {
                kinds,
                never_distributed,
                outdated,
                open_proposals,
                package_lines,
                packages,
                releases,
                spaces,
                api_keys,
                locations,
                activity,
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_space_holding_most_of_the_instance_walks_and_a_small_one_sorts() {
        assert_eq!(newest_versions(10_000, 10_000), NEWEST_BY_WALK);
        assert_eq!(newest_versions(1_000, 10_000), NEWEST_BY_WALK);
        assert_eq!(newest_versions(300, 10_000), NEWEST_BY_SORT);
        assert_eq!(newest_versions(5, 10_000), NEWEST_BY_SORT);
        assert_eq!(newest_versions(0, 0), NEWEST_BY_SORT);
        // The integration test's counts: 25 of about 30 walks, 5 of 30 sorts.
        assert_eq!(newest_versions(25, 30), NEWEST_BY_WALK);
        assert_eq!(newest_versions(5, 30), NEWEST_BY_SORT);
        assert_ne!(
            activity_query(NEWEST_BY_WALK),
            activity_query(NEWEST_BY_SORT)
        );
        assert!(activity_query(NEWEST_BY_WALK).contains("INDEXED BY artifact_versions_created"));
    }
}
