//! The embedded UI. Only names compiled into the binary can be served, so no request path can
//! reach the file system: `../`, encoded dots and backslashes simply name no asset.

use rust_embed::RustEmbed;

use crate::crypto::hex;
use crate::http::reply::Reply;

#[derive(RustEmbed)]
#[folder = "assets/"]
struct Assets;

/// The asset for a request path (`/` is `index.html`), honouring `If-None-Match`.
pub fn get(path: &str, if_none_match: Option<&str>) -> Option<Reply> {
    let name = match path {
        "/" | "/index.html" => "index.html",
        p => p.strip_prefix('/')?,
    };
    let file = Assets::get(name)?;
    let etag = format!("\"{}\"", &hex::encode(&file.metadata.sha256_hash())[..32]);
    let mut headers = vec![
        ("ETag", etag.clone()),
        ("Cache-Control", "no-cache".to_string()),
    ];
    if if_none_match.is_some_and(|v| v.split(',').any(|t| t.trim() == etag)) {
        let mut r = Reply::empty(304);
        r.headers.append(&mut headers);
        return Some(r);
    }
    Some(Reply {
        status: 200,
        content_type: mime(name),
        body: file.data.into_owned(),
        headers,
    })
}

/// Content types for the kinds of files the UI ships.
fn mime(name: &str) -> &'static str {
    match name.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serves_index_and_refuses_traversal() {
        assert_eq!(get("/", None).unwrap().status, 200);
        for p in [
            "/../Cargo.toml",
            "/%2e%2e%2fCargo.toml",
            "/..%5cCargo.toml",
            "/assets/../index.html",
            "//etc/passwd",
        ] {
            assert!(get(p, None).is_none(), "{p}");
        }
    }

    #[test]
    fn etag_revalidates() {
        let first = get("/", None).unwrap();
        let etag = first
            .headers
            .iter()
            .find(|h| h.0 == "ETag")
            .unwrap()
            .1
            .clone();
        assert_eq!(get("/", Some(&etag)).unwrap().status, 304);
        assert_eq!(mime("app.js"), "text/javascript; charset=utf-8");
    }
}
