//! The site's directory (LDAP, Active Directory), all pure: the BER the protocol is written in
//! (`ber`), search filters and the escaping of what users type (`filter`), the messages
//! (`message`) and the settings (`settings`). The conversation over a socket is the outbound
//! client's (`egress/ldap.rs`); finding a person, checking their password and reading their
//! groups is `sso/directory.rs`.

pub mod ber;
pub mod filter;
pub mod message;
pub mod settings;
