//! Packages and releases over REST. A release pins the exact version of every artifact; a
//! consumer asks for a release by its version or for `latest`.

use serde::Deserialize;
use serde_json::{Value, json};

use crate::clock::rfc3339;
use crate::http::HttpError;
use crate::http::call::Call;
use crate::http::reply::Reply;
use crate::model::artifact::Kind;
use crate::model::names;
use crate::store::accounts::SpaceRow;
use crate::store::packages::{PackageDraft, PackageRow};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ItemIn {
    kind: String,
    slug: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PackageIn {
    name: String,
    #[serde(default)]
    slug: Option<String>,
    #[serde(default)]
    description: String,
    #[serde(default)]
    items: Vec<ItemIn>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReleaseIn {
    #[serde(default)]
    version: Option<String>,
    #[serde(default)]
    notes: String,
}

/// The space of a package route, checked like content routes.
fn space(call: &Call<'_>) -> Result<SpaceRow, HttpError> {
    call.space.clone().ok_or(HttpError::NotFound)
}

pub(crate) fn package(call: &Call<'_>) -> Result<(SpaceRow, PackageRow), HttpError> {
    let s = space(call)?;
    let p = call
        .state
        .store
        .package(s.id, call.param("package")?)?
        .ok_or(HttpError::NotFound)?;
    Ok((s, p))
}

fn items(list: Vec<ItemIn>) -> Result<Vec<(Kind, String)>, HttpError> {
    if list.len() > 1000 {
        return Err(HttpError::Invalid(
            "a package holds at most 1000 artifacts".into(),
        ));
    }
    list.into_iter()
        .map(|i| {
            let kind = Kind::parse(&i.kind)
                .ok_or_else(|| HttpError::Invalid(format!("unknown kind {:?}", i.kind)))?;
            Ok((kind, i.slug))
        })
        .collect()
}

fn package_json(call: &Call<'_>, p: &PackageRow) -> Result<Value, HttpError> {
    let items: Vec<Value> = call
        .state
        .store
        .package_items(p.id)?
        .into_iter()
        .map(|i| json!({ "kind": i.kind.as_str(), "slug": i.slug, "version": i.version }))
        .collect();
    let releases: Vec<Value> = call
        .state
        .store
        .releases(p.id)?
        .into_iter()
        .map(|r| json!({ "version": r.version, "notes": r.notes, "created_by": r.created_by, "created_at": rfc3339(r.created_at) }))
        .collect();
    Ok(
        json!({ "slug": p.slug, "name": p.name, "description": p.description, "updated_at": rfc3339(p.updated_at),
               "items": items, "releases": releases,
               "unreleased_changes": call.state.store.unreleased_changes(p.id)? }),
    )
}

fn save(call: &mut Call<'_>, create: bool) -> Result<Reply, HttpError> {
    let s = space(call)?;
    let body: PackageIn = call.json()?;
    let name = names::display_name(&body.name)
        .map_err(|e| HttpError::Invalid(e.to_string()))?
        .to_string();
    if body.description.chars().count() > 20_000 {
        return Err(HttpError::Invalid(
            "description is longer than 20000 characters".into(),
        ));
    }
    let slug = if create {
        match &body.slug {
            Some(sl) => names::slug(sl)
                .map_err(|e| HttpError::Invalid(e.to_string()))?
                .to_string(),
            None => names::slugify(&name),
        }
    } else {
        call.param("package")?.to_string()
    };
    let list = items(body.items)?;
    let action = if create {
        "package.created"
    } else {
        "package.updated"
    };
    let event = call.event(action, format!("package:{}/{slug}", s.slug), "success");
    let draft = PackageDraft {
        slug: &slug,
        name: &name,
        description: &body.description,
        items: &list,
    };
    let p = call
        .state
        .store
        .save_package(s.id, &draft, create, &event)?;
    Ok(Reply::json(
        if create { 201 } else { 200 },
        &package_json(call, &p)?,
    ))
}

/// `GET .../packages`.
pub fn list(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let s = space(call)?;
    let rows: Vec<Value> = call
        .state
        .store
        .packages(s.id)?
        .into_iter()
        .map(|p| json!({ "slug": p.slug, "name": p.name, "description": p.description }))
        .collect();
    Ok(Reply::json(200, &json!({ "packages": rows })))
}

/// `POST .../packages`.
pub fn create(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    save(call, true)
}

/// `PUT .../packages/{package}`: replaces name, description and items.
pub fn update(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    save(call, false)
}

/// `GET .../packages/{package}`.
pub fn show(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let (_, p) = package(call)?;
    Ok(Reply::json(200, &package_json(call, &p)?))
}

/// `POST .../packages/{package}/releases`: publishes the current versions.
pub fn publish(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let (s, p) = package(call)?;
    let body: ReleaseIn = call.json()?;
    if let Some(v) = &body.version {
        let ok = (1..=64).contains(&v.len())
            && v.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '+'));
        if !ok || v == "latest" {
            return Err(HttpError::Invalid("a release version has 1-64 of A-Z, a-z, 0-9, '.', '-', '+' (and is not \"latest\")".into()));
        }
    }
    let author = call.who()?.username.clone();
    let event = call.event(
        "package.released",
        format!("package:{}/{}", s.slug, p.slug),
        "success",
    );
    let r = call.state.store.publish_release(
        p.id,
        body.version.as_deref(),
        &body.notes,
        &author,
        &event,
    )?;
    release_reply(call, p.id, &r.version, 201)
}

fn release_reply(
    call: &Call<'_>,
    package_id: i64,
    version: &str,
    status: u16,
) -> Result<Reply, HttpError> {
    let (r, items) = call
        .state
        .store
        .release_content(package_id, version)?
        .ok_or(HttpError::NotFound)?;
    let items: Vec<Value> = items
        .iter()
        .map(|(i, c)| json!({ "kind": i.kind.as_str(), "slug": i.slug, "version": i.version, "content": super::artifacts::content_json(c) }))
        .collect();
    Ok(Reply::json(
        status,
        &json!({ "version": r.version, "notes": r.notes, "created_by": r.created_by, "created_at": rfc3339(r.created_at), "items": items }),
    ))
}

/// `GET .../packages/{package}/releases/{release}` (`latest` for the newest).
pub fn release(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let (_, p) = package(call)?;
    let version = call.param("release")?.to_string();
    release_reply(call, p.id, &version, 200)
}
