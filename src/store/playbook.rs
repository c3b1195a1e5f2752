//! Artifacts and their versions. Every edit is a new immutable version (author, time,
//! message, content as JSON); deletion moves an artifact to the trash, and only an explicit
//! purge removes it. Updates name the version they edit, so a stale write is refused
//! instead of silently overwriting someone else's.

use rusqlite::{OptionalExtension, params};

use crate::model::artifact::{Content, Kind};
use crate::store::audit::AuditEvent;
use crate::store::{Store, StoreError};

/// An artifact's current state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArtifactRow {
    pub id: i64,
    pub kind: Kind,
    pub slug: String,
    pub version: i64,
    pub created_at: i64,
    pub updated_at: i64,
    pub deleted_at: Option<i64>,
}

/// One version's metadata.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VersionRow {
    pub version: i64,
    pub author: String,
    pub created_at: i64,
    pub message: String,
}

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ArtifactRow> {
    let kind: String = r.get(1)?;
    Ok(ArtifactRow {
        id: r.get(0)?,
        kind: Kind::parse(&kind).unwrap_or(Kind::Standard),
        slug: r.get(2)?,
        version: r.get(3)?,
        created_at: r.get(4)?,
        updated_at: r.get(5)?,
        deleted_at: r.get(6)?,
    })
}

const COLS: &str = "id, kind, slug, current_version, created_at, updated_at, deleted_at";

fn index(
    c: &rusqlite::Connection,
    id: i64,
    space_id: i64,
    content: &Content,
) -> Result<(), StoreError> {
    unindex(c, id)?;
    let (name, text, languages) = content.search_text();
    c.execute(
        "INSERT INTO artifact_search (rowid, name, text, artifact_id, space_id, kind, languages) VALUES (?3, ?1, ?2, ?3, ?4, ?5, ?6)",
        params![name, text, id, space_id, content.kind().as_str(), languages],
    )?;
    Ok(())
}

/// The setting that keeps the highest artifact id ever purged. Artifact ids are rowids, and
/// SQLite gives a new row the highest id plus one: purging the newest artifact would free its
/// id for the next, which starts again at version 1, so `(artifact id, version)` would name
/// two different contents (the MCP scope index is keyed by it). New ids start above this.
const HIGHEST_PURGED: &str = "artifacts.highest_purged_id";

/// Removes a trashed artifact and everything that refers to it: package entries, proposals,
/// its search row, versions, the artifact. Callers check trash, legal hold and releases first
/// (`purge_artifact`, retention). Its id is never given out again (`HIGHEST_PURGED`).
pub(crate) fn purge_rows(c: &rusqlite::Connection, id: i64) -> Result<(), StoreError> {
    c.execute(
        "INSERT INTO settings (key, value) VALUES (?1, CAST(?2 AS TEXT)) ON CONFLICT (key)
         DO UPDATE SET value = CAST(max(CAST(value AS INTEGER), ?2) AS TEXT)",
        params![HIGHEST_PURGED, id],
    )?;
    c.execute("DELETE FROM package_items WHERE artifact_id = ?1", [id])?;
    c.execute("DELETE FROM proposals WHERE artifact_id = ?1", [id])?;
    c.execute("DELETE FROM content_acks WHERE artifact_id = ?1", [id])?;
    unindex(c, id)?;
    c.execute("DELETE FROM artifact_versions WHERE artifact_id = ?1", [id])?;
    c.execute("DELETE FROM artifacts WHERE id = ?1", [id])?;
    Ok(())
}

fn unindex(c: &rusqlite::Connection, id: i64) -> Result<(), StoreError> {
    // The row's id is the artifact's (schema 13): a lookup, not a scan.
    c.execute("DELETE FROM artifact_search WHERE rowid = ?1", [id])?;
    Ok(())
}

/// Most text matches a search ranks (the newest; name matches are always ranked): keeps a
/// word found in every artifact as fast as a rare one (docs/BENCHMARKS.md).
pub const SEARCH_CANDIDATES: i64 = 1000;

/// Turns what a person typed into an FTS5 query: every word quoted (so no query syntax can
/// fail), all required; a trailing `*` keeps prefix search.
pub fn fts_query(input: &str) -> Option<String> {
    let terms: Vec<String> = input
        .split_whitespace()
        .take(20)
        .map(|w| {
            let (word, prefix) = match w.strip_suffix('*') {
                Some(stem) if !stem.is_empty() => (stem, true),
                _ => (w, false),
            };
            format!(
                "\"{}\"{}",
                word.replace('"', "\"\""),
                if prefix { "*" } else { "" }
            )
        })
        .collect();
    (!terms.is_empty()).then(|| terms.join(" "))
}

/// Inside a transaction: appends a version if `expected` is current, moves the artifact to it
/// and re-indexes it.
pub(crate) fn write_version(
    tx: &rusqlite::Connection,
    id: i64,
    expected: i64,
    content: &Content,
    author: &str,
    message: &str,
    now: i64,
) -> Result<i64, StoreError> {
    let json = encode(content)?;
    let (current, deleted, space_id): (i64, Option<i64>, i64) = tx
        .prepare_cached(
            "SELECT current_version, deleted_at, space_id FROM artifacts WHERE id = ?1",
        )?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    if deleted.is_some() {
        return Err(StoreError::Conflict(
            "the artifact is in the trash; restore it first".into(),
        ));
    }
    if current != expected {
        return Err(StoreError::Stale { current });
    }
    let next = current + 1;
    tx.execute(
        "INSERT INTO artifact_versions (artifact_id, version, author, created_at, message, content) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![id, next, author, now, message, json],
    )?;
    tx.execute(
        "UPDATE artifacts SET current_version = ?1, updated_at = ?2 WHERE id = ?3",
        params![next, now, id],
    )?;
    index(tx, id, space_id, content)?;
    Ok(next)
}

/// Inside a transaction: creates an artifact at version 1 (the slug must be free, trash
/// included) and indexes it.
pub(crate) fn insert_artifact(
    tx: &rusqlite::Connection,
    space_id: i64,
    slug: &str,
    content: &Content,
    author: &str,
    message: &str,
    now: i64,
) -> Result<ArtifactRow, StoreError> {
    let json = encode(content)?;
    let kind = content.kind();
    let taken: bool = tx.prepare_cached("SELECT EXISTS (SELECT 1 FROM artifacts WHERE space_id = ?1 AND kind = ?2 AND slug = ?3)")?.query_row(params![space_id, kind.as_str(), slug],
        |r| r.get(0),
    )?;
    if taken {
        return Err(StoreError::Conflict(format!(
            "a {} named {slug:?} exists in this space (maybe in the trash)",
            kind.as_str()
        )));
    }
    tx.execute(
        "INSERT INTO artifacts (id, space_id, kind, slug, current_version, created_at, updated_at)
         VALUES (max(coalesce((SELECT max(id) FROM artifacts), 0),
                     coalesce((SELECT CAST(value AS INTEGER) FROM settings WHERE key = ?5), 0)) + 1,
                 ?1, ?2, ?3, 1, ?4, ?4)",
        params![space_id, kind.as_str(), slug, now, HIGHEST_PURGED],
    )?;
    let id = tx.last_insert_rowid();
    tx.execute(
        "INSERT INTO artifact_versions (artifact_id, version, author, created_at, message, content) VALUES (?1, 1, ?2, ?3, ?4, ?5)",
        params![id, author, now, message, json],
    )?;
    index(tx, id, space_id, content)?;
    Ok(ArtifactRow {
        id,
        kind,
        slug: slug.into(),
        version: 1,
        created_at: now,
        updated_at: now,
        deleted_at: None,
    })
}

/// One search hit.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub kind: Kind,
    pub slug: String,
    pub space: String,
    pub name: String,
    pub snippet: String,
    pub rank: f64,
}

fn encode(content: &Content) -> Result<String, StoreError> {
    serde_json::to_string(content).map_err(|e| StoreError::Sqlite(format!("encode content: {e}")))
}

fn decode(json: &str) -> Result<Content, StoreError> {
    serde_json::from_str(json)
        .map_err(|e| StoreError::Sqlite(format!("stored content does not decode: {e}")))
}

/// A current standard: slug, `(artifact id, version)`, and its content when it was read.
pub type StandardSince = (String, (i64, i64), Option<Content>);

impl Store {
    /// Creates an artifact at version 1.
    pub fn create_artifact(
        &self,
        space_id: i64,
        slug: &str,
        content: &Content,
        author: &str,
        message: &str,
        event: &AuditEvent,
    ) -> Result<ArtifactRow, StoreError> {
        let now = self.clock.now_unix();
        self.audited(event, |tx| {
            insert_artifact(tx, space_id, slug, content, author, message, now)
        })
    }

    /// An artifact and its current content.
    pub fn artifact(
        &self,
        space_id: i64,
        kind: Kind,
        slug: &str,
    ) -> Result<Option<(ArtifactRow, Content)>, StoreError> {
        self.with(|c| {
            let a = c
                .prepare_cached(&format!(
                    "SELECT {COLS} FROM artifacts WHERE space_id = ?1 AND kind = ?2 AND slug = ?3"
                ))?
                .query_row(params![space_id, kind.as_str(), slug], row)
                .optional()?;
            let Some(a) = a else { return Ok(None) };
            let json: String = c
                .prepare_cached(
                    "SELECT content FROM artifact_versions WHERE artifact_id = ?1 AND version = ?2",
                )?
                .query_row(params![a.id, a.version], |r| r.get(0))?;
            Ok(Some((a, decode(&json)?)))
        })
    }

    /// Artifacts of a kind in a space, by slug, after `after` (paging), at most `limit`.
    pub fn list_artifacts(
        &self,
        space_id: i64,
        kind: Kind,
        trash: bool,
        after: Option<&str>,
        limit: i64,
    ) -> Result<Vec<(ArtifactRow, String)>, StoreError> {
        self.with(|c| {
            let mut stmt = c.prepare_cached(&format!(
                "SELECT a.{}, json_extract(v.content, '$.name') FROM artifacts a
                 JOIN artifact_versions v ON v.artifact_id = a.id AND v.version = a.current_version
                 WHERE a.space_id = ?1 AND a.kind = ?2 AND (a.deleted_at IS NOT NULL) = ?3 AND (?4 IS NULL OR a.slug > ?4)
                 ORDER BY a.slug LIMIT ?5",
                COLS.replace(", ", ", a.")
            ))?;
            let rows = stmt.query_map(params![space_id, kind.as_str(), trash, after, limit], |r| Ok((row(r)?, r.get(7)?)))?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
    }

    /// Live artifacts of a kind in a space after slug `after`, at most `limit`, by slug:
    /// each with its name and description (for listings that help choose what to read).
    pub fn artifact_summaries(
        &self,
        space_id: i64,
        kind: Kind,
        after: Option<&str>,
        limit: i64,
    ) -> Result<Vec<(ArtifactRow, String, String)>, StoreError> {
        self.with(|c| {
            let mut stmt = c.prepare_cached(&format!(
                "SELECT a.{}, json_extract(v.content, '$.name'), json_extract(v.content, '$.description') FROM artifacts a
                 JOIN artifact_versions v ON v.artifact_id = a.id AND v.version = a.current_version
                 WHERE a.space_id = ?1 AND a.kind = ?2 AND a.deleted_at IS NULL AND (?3 IS NULL OR a.slug > ?3)
                 ORDER BY a.slug LIMIT ?4",
                COLS.replace(", ", ", a.")
            ))?;
            let rows = stmt.query_map(params![space_id, kind.as_str(), after, limit], |r| {
                Ok((row(r)?, r.get::<_, Option<String>>(7)?.unwrap_or_default(), r.get::<_, Option<String>>(8)?.unwrap_or_default()))
            })?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
    }

    /// The current standards of a space as `(slug, (artifact id, version), content)` in slug
    /// order, with the content read only where `known(id)` is not the current version (`None`
    /// there): what an index built earlier needs to catch up, without decoding the thousands
    /// of standards that did not change. `known` answers `None` for an artifact it has not seen.
    pub fn standards_since(
        &self,
        space_id: i64,
        known: &dyn Fn(i64) -> Option<i64>,
    ) -> Result<Vec<StandardSince>, StoreError> {
        self.with(|c| {
            // One read transaction: a version purged between the listing and the reads below
            // would otherwise fail the read.
            let tx = c.transaction_with_behavior(rusqlite::TransactionBehavior::Deferred)?;
            let mut stmt = tx.prepare_cached(
                "SELECT a.slug, a.id, a.current_version FROM artifacts a
                 WHERE a.space_id = ?1 AND a.kind = 'standard' AND a.deleted_at IS NULL ORDER BY a.slug",
            )?;
            let rows = stmt
                .query_map(params![space_id], |r| {
                    Ok((r.get::<_, String>(0)?, (r.get(1)?, r.get(2)?)))
                })?
                .collect::<Result<Vec<(String, (i64, i64))>, _>>()?;
            let mut content = tx.prepare_cached(
                "SELECT content FROM artifact_versions WHERE artifact_id = ?1 AND version = ?2",
            )?;
            let mut out = Vec::with_capacity(rows.len());
            for (slug, (id, version)) in rows {
                let read = if known(id) == Some(version) {
                    None
                } else {
                    let json: String =
                        content.query_row(params![id, version], |r| r.get(0))?;
                    Some(decode(&json)?)
                };
                out.push((slug, (id, version), read));
            }
            drop((stmt, content));
            tx.commit()?;
            Ok(out)
        })
    }

    /// Writes a new version if `expected` is still the current one; returns the new version.
    pub fn update_artifact(
        &self,
        id: i64,
        expected: i64,
        content: &Content,
        author: &str,
        message: &str,
        event: &AuditEvent,
    ) -> Result<i64, StoreError> {
        let now = self.clock.now_unix();
        self.audited(event, |tx| {
            write_version(tx, id, expected, content, author, message, now)
        })
    }

    /// Every version's metadata, newest first.
    pub fn artifact_versions(&self, id: i64) -> Result<Vec<VersionRow>, StoreError> {
        self.with(|c| {
            let mut stmt = c.prepare_cached(
                "SELECT version, author, created_at, message FROM artifact_versions WHERE artifact_id = ?1 ORDER BY version DESC",
            )?;
            let rows = stmt.query_map([id], |r| Ok(VersionRow { version: r.get(0)?, author: r.get(1)?, created_at: r.get(2)?, message: r.get(3)? }))?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
    }

    /// One version's content.
    pub fn artifact_version(&self, id: i64, version: i64) -> Result<Option<Content>, StoreError> {
        self.with(|c| {
            let json: Option<String> = c
                .prepare_cached(
                    "SELECT content FROM artifact_versions WHERE artifact_id = ?1 AND version = ?2",
                )?
                .query_row(params![id, version], |r| r.get(0))
                .optional()?;
            json.map(|j| decode(&j)).transpose()
        })
    }

    /// Moves an artifact to the trash (or back out of it).
    pub fn set_trashed(
        &self,
        id: i64,
        trashed: bool,
        event: &AuditEvent,
    ) -> Result<(), StoreError> {
        let now = self.clock.now_unix();
        self.audited(event, |tx| {
            let n = if trashed {
                tx.execute("UPDATE artifacts SET deleted_at = ?1 WHERE id = ?2 AND deleted_at IS NULL", params![now, id])?
            } else {
                tx.execute("UPDATE artifacts SET deleted_at = NULL WHERE id = ?1 AND deleted_at IS NOT NULL", [id])?
            };
            if n == 0 {
                return Err(StoreError::Conflict(if trashed { "already in the trash".into() } else { "not in the trash".into() }));
            }
            if trashed {
                unindex(tx, id)?;
            } else {
                let (space_id, json): (i64, String) = tx.prepare_cached("SELECT a.space_id, v.content FROM artifacts a JOIN artifact_versions v
                     ON v.artifact_id = a.id AND v.version = a.current_version WHERE a.id = ?1")?.query_row([id],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )?;
                index(tx, id, space_id, &decode(&json)?)?;
            }
            Ok(())
        })
    }

    /// Removes a trashed artifact and all its versions for good.
    pub fn purge_artifact(&self, id: i64, event: &AuditEvent) -> Result<(), StoreError> {
        self.audited(event, |tx| {
            let trashed: bool =
                tx.prepare_cached("SELECT deleted_at IS NOT NULL FROM artifacts WHERE id = ?1")?.query_row([id], |r| r.get(0))?;
            if !trashed {
                return Err(StoreError::Conflict("only an artifact in the trash can be purged".into()));
            }
            let held: bool = tx.prepare_cached("SELECT s.legal_hold FROM artifacts a JOIN spaces s ON s.id = a.space_id WHERE a.id = ?1")?.query_row([id],
                |r| r.get(0),
            )?;
                        if held {
                return Err(StoreError::Conflict("the space is under legal hold".into()));
            }
            let released: Option<String> = tx
                .prepare_cached("SELECT p.slug || ' ' || r.version FROM release_items ri JOIN releases r ON r.id = ri.release_id
                     JOIN packages p ON p.id = r.package_id WHERE ri.artifact_id = ?1 LIMIT 1")?
                .query_row([id],
                    |r| r.get(0),
                )
                .optional()?;
            if let Some(release) = released {
                return Err(StoreError::Conflict(format!("the artifact is part of release {release}; releases are immutable")));
            }
            purge_rows(tx, id)
        })
    }

    /// Ranked full-text search in the given spaces, optionally one kind and one example
    /// language. Matches are marked with ⟦ ⟧ in `name` and `snippet`.
    ///
    /// A word found in thousands of artifacts would have every match ranked (bm25 reads each
    /// match's positions and sizes), so at most the newest [`SEARCH_CANDIDATES`] matches in
    /// the caller's spaces are ranked, in one newest-first scan that stops there, plus older
    /// matches in a name (ranked one by one, at most `limit`). Space and kind come from
    /// the artifacts table (no match's stored row is read), and highlights and snippets are
    /// built for the final hits only.
    pub fn search(
        &self,
        query: &str,
        spaces: &[i64],
        kind: Option<Kind>,
        language: Option<&str>,
        limit: i64,
    ) -> Result<Vec<Hit>, StoreError> {
        let Some(q) = fts_query(query) else {
            return Ok(Vec::new());
        };
        let names = format!("name : ({q})");
        let space_list =
            serde_json::to_string(spaces).map_err(|e| StoreError::Sqlite(e.to_string()))?;
        let kind = kind.map(Kind::as_str);
        const FILTER: &str = "a.space_id IN (SELECT value FROM json_each(?2))
              AND (?3 IS NULL OR a.kind = ?3)
              AND (?4 IS NULL OR instr(' ' || s.languages || ' ', ' ' || ?4 || ' ') > 0)";
        self.with(|c| {
            // One pass, newest first: the newest candidates with their rank. Had there been
            // more, the oldest rowid among them is the floor below which only name matches
            // are looked at.
            let mut ranked: Vec<(i64, f64)> = c
                .prepare_cached(&format!(
                    "SELECT s.rowid, bm25(artifact_search, 5.0, 1.0)
                     FROM artifact_search s JOIN artifacts a ON a.id = s.rowid
                     WHERE artifact_search MATCH ?1 AND {FILTER}
                     ORDER BY s.rowid DESC LIMIT ?5"
                ))?
                .query_map(params![q, space_list, kind, language, SEARCH_CANDIDATES], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })?
                .collect::<Result<_, _>>()?;
            let floor = if ranked.len() as i64 == SEARCH_CANDIDATES {
                ranked.last().map_or(0, |r| r.0)
            } else {
                0
            };
            // Best rank first; equal ranks oldest first, as a rowid-ordered scan gives them.
            ranked.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
            ranked.truncate(limit.max(0) as usize);
            if floor > 0 {
                let older: Vec<i64> = c
                    .prepare_cached(&format!(
                        "SELECT s.rowid FROM artifact_search s JOIN artifacts a ON a.id = s.rowid
                         WHERE artifact_search MATCH ?1 AND s.rowid < ?6 AND {FILTER} LIMIT ?5"
                    ))?
                    .query_map(params![names, space_list, kind, language, limit, floor], |r| r.get(0))?
                    .collect::<Result<_, _>>()?;
                let mut one = c.prepare_cached(
                    "SELECT bm25(artifact_search, 5.0, 1.0) FROM artifact_search WHERE artifact_search MATCH ?1 AND rowid = ?2",
                )?;
                for rid in older {
                    if let Some(rank) = one.query_row(params![q, rid], |r| r.get(0)).optional()? {
                        ranked.push((rid, rank));
                    }
                }
                ranked.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
                ranked.truncate(limit.max(0) as usize);
            }
            let mut hit = c.prepare_cached(
                "SELECT a.kind, a.slug, sp.slug, highlight(artifact_search, 0, '⟦', '⟧'),
                        snippet(artifact_search, 1, '⟦', '⟧', '…', 16)
                 FROM artifact_search s JOIN artifacts a ON a.id = s.rowid JOIN spaces sp ON sp.id = a.space_id
                 WHERE artifact_search MATCH ?1 AND s.rowid = ?2",
            )?;
            let mut out = Vec::with_capacity(ranked.len());
            for (rid, rank) in ranked {
                let h = hit
                    .query_row(params![q, rid], |r| {
                        let kind: String = r.get(0)?;
                        Ok(Hit {
                            kind: Kind::parse(&kind).unwrap_or(Kind::Standard),
                            slug: r.get(1)?,
                            space: r.get(2)?,
                            name: r.get(3)?,
                            snippet: r.get(4)?,
                            rank,
                        })
                    })
                    .optional()?;
                out.extend(h);
            }
            Ok(out)
        })
    }

    /// The caller's role in a space, if a member.
    pub fn space_role(&self, space_id: i64, user_id: i64) -> Result<Option<String>, StoreError> {
        self.with(|c| {
            Ok(c.prepare_cached(
                "SELECT role FROM space_members WHERE space_id = ?1 AND user_id = ?2",
            )?
            .query_row(params![space_id, user_id], |r| r.get(0))
            .optional()?)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_are_always_valid_fts() {
        assert_eq!(
            fts_query("error handling").as_deref(),
            Some("\"error\" \"handling\"")
        );
        assert_eq!(fts_query("pan* \"x").as_deref(), Some("\"pan\"* \"\"\"x\""));
        assert_eq!(fts_query("   "), None);
        assert_eq!(fts_query("*").as_deref(), Some("\"*\""));
    }
}
