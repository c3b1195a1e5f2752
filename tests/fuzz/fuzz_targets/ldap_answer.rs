#![no_main]
//! What a directory sends (LDAP messages in BER: bind results, search entries, references,
//! notices) and what an administrator writes (search filters, directory settings). Whatever
//! arrives, reading it answers a value or an error, never a panic or a runaway allocation.
use libfuzzer_sys::fuzz_target;
use rulebook::ldap::{ber, filter, message, settings::LdapSettings};

fuzz_target!(|data: &[u8]| {
    // A stream of messages, framed as the connection frames them.
    let mut rest = data;
    while let Ok(Some(n)) = ber::frame_len(rest) {
        let _ = message::parse(&rest[..n]);
        rest = &rest[n..];
    }
    if let Ok((t, _)) = ber::read(data) {
        let _ = t.int();
        let _ = ber::children(t.body);
    }
    let text = String::from_utf8_lossy(data);
    let _ = filter::parse(&text);
    let _ = filter::parse(&filter::fill(
        "(&(objectClass=person)(uid={username}))",
        &[("username", &text)],
    ));
    if let Ok(s) = serde_json::from_slice::<LdapSettings>(data) {
        let _ = s.validate();
        let _ = s.endpoint();
    }
});
