#![no_main]
//! What a SCIM client sends (RFC 7644): user and group bodies, PATCH operations, filters and
//! page parameters. Whatever it sends, reading it answers a value or a SCIM error, never a
//! panic.
use libfuzzer_sys::fuzz_target;
use rulebook::sso::scim;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = scim::filter(&text, &["username", "externalid", "id", "displayname"]);
    let (a, b) = text.split_at(text.floor_char_boundary(text.len() / 2));
    let _ = scim::page(Some(a), Some(b));
    let Ok(v) = serde_json::from_slice::<serde_json::Value>(data) else {
        return;
    };
    let _ = scim::UserIn::parse(&v, false);
    let _ = scim::UserIn::parse(&v, true);
    let _ = scim::GroupIn::parse(&v);
    if let Ok(ops) = scim::patch_ops(&v) {
        let _ = scim::user_change(&ops, true);
        let _ = scim::group_change(&ops);
    }
});
