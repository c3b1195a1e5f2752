//! Archives over REST: skills uploaded as zip or tar(.gz) and downloaded as zip, and whole
//! spaces or packages exported to and imported from the portable archive (`docs/ARCHIVE.md`).
//!
//! Uploads are parsed fully in memory under caps derived from the instance's limits and
//! validated before anything is written: a refused archive leaves the database as it was.

use serde_json::{Value, json};

use crate::archive::{self, Caps, portable};
use crate::http::HttpError;
use crate::http::api::artifacts::{check, if_match, space, target, written_reply};
use crate::http::api::content_gate::{Stage, gate, gate_with, load_policy};
use crate::http::api::packages::package;
use crate::http::call::Call;
use crate::http::reply::Reply;
use crate::model::artifact::{Content, Kind, Limits};
use crate::store::packages::PackageDraft;
use crate::store::transfer::ImportRequest;

/// Caps for a skill upload: its files, SKILL.md and a little room for OS leftovers.
fn skill_caps(l: &Limits) -> Caps {
    let skill_md = (l.body + l.description) as u64 * 4 + 4096;
    Caps {
        entries: l.skill_files + 1 + 32,
        file_bytes: (l.skill_file_bytes as u64).max(skill_md),
        total_bytes: l.skill_bytes as u64 + skill_md,
    }
}

/// Caps for a portable archive; every artifact is then checked against the limits.
const IMPORT_CAPS: Caps = Caps {
    entries: 200_000,
    file_bytes: 64 << 20,
    total_bytes: 256 << 20,
};

fn zip_reply(bytes: Vec<u8>, file_name: &str) -> Reply {
    Reply {
        status: 200,
        content_type: "application/zip",
        body: bytes,
        headers: vec![
            ("Cache-Control", "no-store".into()),
            (
                "Content-Disposition",
                format!("attachment; filename=\"{file_name}\""),
            ),
        ],
    }
}

fn message(call: &Call<'_>, default: &str) -> Result<String, HttpError> {
    let m = call
        .query_param("message")
        .unwrap_or_else(|| default.to_string());
    if m.chars().count() > 1000 {
        return Err(HttpError::Invalid(
            "message is longer than 1000 characters".into(),
        ));
    }
    Ok(m)
}

/// Reads the uploaded skill archive into checked content.
fn uploaded_skill(call: &Call<'_>) -> Result<Content, HttpError> {
    let limits = call.state.store.limits()?;
    let entries = archive::read(call.body, skill_caps(&limits))?;
    let content = Content::Skill(archive::skill::from_entries(entries)?);
    check(call, &content)?;
    Ok(content)
}

/// `POST .../skill-uploads`: a new skill from a zip, tar or tar.gz of its folder.
pub fn upload_skill(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let content = uploaded_skill(call)?;
    let mut g = gate(call, &content, Stage::Write, None)?;
    let message = message(call, "Uploaded as an archive")?;
    let s = space(call)?.clone();
    let slug = content.name().to_string();
    let author = call.who()?.username.clone();
    let what = target(Kind::Skill, &s, &slug);
    let event = call.event("artifact.created", what.clone(), "success");
    let row = call
        .state
        .store
        .create_artifact(s.id, &slug, &content, &author, &message, &event)?;
    g.record(call, row.id, row.version, &what)?;
    Ok(written_reply(201, &row, &content, &g))
}

/// `PUT .../skills/{slug}/archive` with `If-Match`: a new version from an archive.
pub fn replace_skill(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let expected = if_match(call)?;
    let s = space(call)?.clone();
    let slug = call.param("slug")?.to_string();
    let (a, _) = call
        .state
        .store
        .artifact(s.id, Kind::Skill, &slug)?
        .ok_or(HttpError::NotFound)?;
    let content = uploaded_skill(call)?;
    if content.name() != a.slug {
        return Err(HttpError::Invalid(format!(
            "the archive holds skill {:?}, not {:?}; a skill's name is its folder",
            content.name(),
            a.slug
        )));
    }
    let mut g = gate(call, &content, Stage::Write, Some(a.id))?;
    let message = message(call, "Uploaded as an archive")?;
    let author = call.who()?.username.clone();
    let what = target(Kind::Skill, &s, &slug);
    let event = call.event("artifact.updated", what.clone(), "success");
    let version = call
        .state
        .store
        .update_artifact(a.id, expected, &content, &author, &message, &event)?;
    g.record(call, a.id, version, &what)?;
    let (a, c) = call
        .state
        .store
        .artifact(s.id, Kind::Skill, &slug)?
        .ok_or(HttpError::NotFound)?;
    Ok(written_reply(200, &a, &c, &g))
}

/// `GET .../skills/{slug}/archive[?version=N]`: the skill folder as a zip.
pub fn download_skill(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let s = space(call)?.clone();
    let slug = call.param("slug")?.to_string();
    let (a, current) = call
        .state
        .store
        .artifact(s.id, Kind::Skill, &slug)?
        .ok_or(HttpError::NotFound)?;
    if a.deleted_at.is_some() {
        return Err(HttpError::NotFound);
    }
    let content = match call.query_param("version") {
        None => current,
        Some(v) => {
            let n: i64 = v
                .parse()
                .map_err(|_| HttpError::BadRequest("version must be a number".into()))?;
            call.state
                .store
                .artifact_version(a.id, n)?
                .ok_or(HttpError::NotFound)?
        }
    };
    let Content::Skill(skill) = content else {
        return Err(HttpError::NotFound);
    };
    let entries = archive::skill::to_entries(&skill, &format!("{slug}/"))?;
    Ok(zip_reply(
        archive::write_zip(&entries)?,
        &format!("{slug}.zip"),
    ))
}

fn source(call: &Call<'_>, package: Option<String>, release: Option<String>) -> portable::Source {
    portable::Source {
        org: call
            .org
            .as_ref()
            .map(|o| o.slug.clone())
            .unwrap_or_default(),
        space: call
            .space
            .as_ref()
            .map(|s| s.slug.clone())
            .unwrap_or_default(),
        package,
        release,
        exported_at: call.state.clock.now_rfc3339(),
        generator: format!("rulebook {}", crate::version::VERSION),
    }
}

fn export_reply(
    call: &Call<'_>,
    bundle: &portable::Bundle,
    name: &str,
) -> Result<Reply, HttpError> {
    let mut entries = portable::write(bundle)?;
    let key = crate::http::api::signing::current(call)?;
    archive::signed::sign(&mut entries, &key)?;
    let bytes = archive::write_zip(&entries)?;
    let mut event = call.event("playbook.exported", name.to_string(), "success");
    event.detail = format!("signed by {}", key.key_id());
    call.state.store.audit(&event)?;
    Ok(zip_reply(bytes, &format!("{name}.rulebook.zip")))
}

/// `GET .../spaces/{space}/export`: every artifact (not the trash) and package of a space.
pub fn export_space(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let s = space(call)?.clone();
    let items = call
        .state
        .store
        .space_contents(s.id)?
        .into_iter()
        .map(|(_, slug, version, content)| portable::Item {
            slug,
            version,
            content,
        })
        .collect();
    let mut packages = Vec::new();
    for p in call.state.store.packages(s.id)? {
        let items = call.state.store.package_items(p.id)?;
        packages.push(portable::Package {
            slug: p.slug,
            name: p.name,
            description: p.description,
            items: items.into_iter().map(|i| (i.kind, i.slug)).collect(),
        });
    }
    let bundle = portable::Bundle {
        source: source(call, None, None),
        items,
        packages,
    };
    export_reply(call, &bundle, &s.slug)
}

/// `GET .../packages/{package}/export[?release=V|latest]`: a package with its artifacts, at
/// a release's pinned versions or (without `release`) at their current versions.
pub fn export_package(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let (s, p) = package(call)?;
    let release = call.query_param("release");
    let (items, release_name) = match &release {
        Some(v) => {
            let (r, pinned) = call
                .state
                .store
                .release_content(p.id, v)?
                .ok_or(HttpError::NotFound)?;
            let items: Vec<portable::Item> = pinned
                .into_iter()
                .map(|(i, content)| portable::Item {
                    slug: i.slug,
                    version: i.version,
                    content,
                })
                .collect();
            (items, Some(r.version))
        }
        None => {
            let mut items = Vec::new();
            for i in call.state.store.package_items(p.id)? {
                let (a, content) = call
                    .state
                    .store
                    .artifact(s.id, i.kind, &i.slug)?
                    .ok_or(HttpError::NotFound)?;
                items.push(portable::Item {
                    slug: a.slug,
                    version: a.version,
                    content,
                });
            }
            (items, None)
        }
    };
    let members = items
        .iter()
        .map(|i| (i.content.kind(), i.slug.clone()))
        .collect();
    let bundle = portable::Bundle {
        source: source(call, Some(p.slug.clone()), release_name),
        items,
        packages: vec![portable::Package {
            slug: p.slug.clone(),
            name: p.name,
            description: p.description,
            items: members,
        }],
    };
    export_reply(call, &bundle, &p.slug)
}

/// `POST .../spaces/{space}/import[?dry_run=1&message=]`: a portable archive, all or nothing.
pub fn import(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let s = space(call)?.clone();
    let dry_run = matches!(call.query_param("dry_run").as_deref(), Some("1" | "true"));
    let entries = archive::read(call.body, IMPORT_CAPS)?;
    // Files against the manifest first (a damaged or too new archive says so), then the
    // signature over the manifest.
    let signer = signer_report(call, &entries);
    let bundle = portable::read(entries)?;
    let signer = signer?;
    let limits = call.state.store.limits()?;
    let mut items = Vec::new();
    for item in bundle.items {
        let problems = item.content.problems_within(&limits);
        if !problems.is_empty() {
            return Err(HttpError::Invalid(format!(
                "{} {:?}: {}",
                item.content.kind().as_str(),
                item.slug,
                problems.join("; ")
            )));
        }
        if let Content::Skill(sk) = &item.content
            && sk.name != item.slug
        {
            return Err(HttpError::Invalid(format!(
                "skill {:?} must be named after its folder",
                item.slug
            )));
        }
        items.push((item.slug, item.content));
    }
    let mut gates = gate_import(call, s.id, &items)?;
    for p in &bundle.packages {
        crate::model::names::slug(&p.slug).map_err(|e| HttpError::Invalid(e.to_string()))?;
        let name = crate::model::names::display_name(&p.name)
            .map_err(|e| HttpError::Invalid(e.to_string()))?;
        if name != p.name {
            return Err(HttpError::Invalid(format!(
                "package {:?}: the name has leading or trailing spaces",
                p.slug
            )));
        }
        if p.description.chars().count() > 20_000 || p.items.len() > 1000 {
            return Err(HttpError::Invalid(format!(
                "package {:?}: description over 20000 characters or more than 1000 artifacts",
                p.slug
            )));
        }
    }
    let drafts: Vec<PackageDraft<'_>> = bundle
        .packages
        .iter()
        .map(|p| PackageDraft {
            slug: &p.slug,
            name: &p.name,
            description: &p.description,
            items: &p.items,
        })
        .collect();
    let default_message = format!(
        "Imported from {}/{} ({})",
        bundle.source.org, bundle.source.space, bundle.source.exported_at
    );
    let message = message(call, &default_message)?;
    let author = call.who()?.username.clone();
    let event = call.event("playbook.imported", format!("space:{}", s.slug), "success");
    let req = ImportRequest {
        items: &items,
        packages: &drafts,
        author: &author,
        message: &message,
        dry_run,
    };
    let report = call.state.store.import_bundle(s.id, &req, &event)?;
    let mut findings = Vec::new();
    for ((slug, content), g) in items.iter().zip(gates.iter_mut()) {
        let kind = content.kind();
        // Only an acknowledged item needs its row back (one lookup, not one per item).
        if !dry_run
            && g.acknowledges()
            && let Some((a, _)) = call.state.store.artifact(s.id, kind, slug)?
        {
            g.record(call, a.id, a.version, &target(kind, &s, slug))?;
        }
        let found = g.findings();
        if found.as_array().is_some_and(|f| !f.is_empty()) {
            findings.push(json!({ "kind": kind.as_str(), "slug": slug, "findings": found }));
        }
    }
    let artifacts: Vec<Value> = report
        .artifacts
        .iter()
        .map(|(k, slug, action)| json!({ "kind": k.as_str(), "slug": slug, "action": action }))
        .collect();
    let packages: Vec<Value> = report
        .packages
        .iter()
        .map(|(slug, action)| json!({ "slug": slug, "action": action }))
        .collect();
    Ok(Reply::json(
        if dry_run { 200 } else { 201 },
        &json!({ "dry_run": dry_run, "artifacts": artifacts, "packages": packages, "signature": signer, "findings": findings }),
    ))
}

/// The content gate over every artifact of an import: all findings that refuse it are
/// reported together, each place prefixed with its artifact, and one acknowledgement
/// (`?acknowledge=`) covers the whole import.
fn gate_import(
    call: &Call<'_>,
    space_id: i64,
    items: &[(String, Content)],
) -> Result<Vec<crate::http::api::content_gate::Gate>, HttpError> {
    let policy = load_policy(call)?;
    let mut acks = crate::http::api::content_gate::space_acks(call, space_id)?;
    let (mut blocked, mut needed, mut gates) = (Vec::new(), Vec::new(), Vec::new());
    for (slug, content) in items {
        let kind = content.kind();
        let mine = acks.remove(&(kind, slug.clone())).unwrap_or_default();
        let named = |found: Value| -> Vec<Value> {
            let mut found = match found {
                Value::Array(a) => a,
                _ => Vec::new(),
            };
            for f in &mut found {
                let place = f["place"].as_str().unwrap_or_default().to_string();
                f["place"] = format!("{} {slug}: {place}", kind.as_str()).into();
            }
            found
        };
        match gate_with(call, content, Stage::Write, &policy, mine) {
            Ok(g) => gates.push(g),
            Err(HttpError::ContentBlocked(f)) => blocked.extend(named(f)),
            Err(HttpError::ContentAckRequired(f)) => needed.extend(named(f)),
            Err(e) => return Err(e),
        }
    }
    if !blocked.is_empty() {
        return Err(HttpError::ContentBlocked(Value::Array(blocked)));
    }
    if !needed.is_empty() {
        return Err(HttpError::ContentAckRequired(Value::Array(needed)));
    }
    Ok(gates)
}

/// Who signed an archive being imported and whether this instance trusts the signer (its own
/// keys, current or retired; there is no list of trusted foreign keys on the server). A bad
/// signature refuses the import: the manifest was changed after signing.
fn signer_report(call: &Call<'_>, entries: &[archive::Entry]) -> Result<Value, HttpError> {
    Ok(match archive::signed::check(entries)? {
        archive::signed::Signature::Unsigned => json!({ "status": "unsigned", "trusted": false }),
        archive::signed::Signature::Bad(e) => {
            return Err(HttpError::Archive(archive::ArchiveError::Content(format!(
                "{}: {e}",
                archive::signed::SIGNATURE
            ))));
        }
        archive::signed::Signature::Signed(s) => {
            let own = crate::secrets::signing_keys::is_own(&call.state.store, &s.public_key)
                .map_err(crate::http::api::egress::vault_error)?;
            json!({
                "status": "signed",
                "key_id": s.key_id,
                "fingerprint": crate::crypto::signing::fingerprint(&s.public_key),
                "trusted": own,
                "digest": s.digest,
            })
        }
    })
}
