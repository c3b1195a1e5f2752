//! The LDAPv3 messages Rulebook sends (simple bind, search, StartTLS, unbind) and reads
//! (their responses and search entries), RFC 4511 §4. Pure: the conversation over a socket is
//! the outbound client's (`egress/ldap.rs`).

use super::ber::{
    self, ENUMERATED, INTEGER, OCTETS, SEQUENCE, SET, Tlv, boolean, constructed, integer, octets,
};

/// The StartTLS extended operation (RFC 4511 §4.14).
const STARTTLS_OID: &str = "1.3.6.1.4.1.1466.20037";

/// Search scopes (RFC 4511 §4.5.1.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Base = 0,
    Subtree = 2,
}

fn message(id: i32, op: Vec<u8>) -> Vec<u8> {
    constructed(SEQUENCE, &[integer(INTEGER, id as i64), op])
}

/// A simple bind as `dn` with `password`.
pub fn bind(id: i32, dn: &str, password: &str) -> Vec<u8> {
    message(
        id,
        constructed(
            0x60,
            &[
                integer(INTEGER, 3),
                octets(OCTETS, dn.as_bytes()),
                octets(0x80, password.as_bytes()),
            ],
        ),
    )
}

/// A search of `base` with `filter` (BER, from `filter::parse`) for `attributes`.
pub fn search(
    id: i32,
    base: &str,
    scope: Scope,
    filter: &[u8],
    attributes: &[&str],
    size_limit: i64,
    time_limit: i64,
) -> Vec<u8> {
    let attrs: Vec<Vec<u8>> = attributes
        .iter()
        .map(|a| octets(OCTETS, a.as_bytes()))
        .collect();
    message(
        id,
        constructed(
            0x63,
            &[
                octets(OCTETS, base.as_bytes()),
                integer(ENUMERATED, scope as i64),
                integer(ENUMERATED, 0), // neverDerefAliases
                integer(INTEGER, size_limit),
                integer(INTEGER, time_limit),
                boolean(false),
                filter.to_vec(),
                constructed(SEQUENCE, &attrs),
            ],
        ),
    )
}

pub fn starttls(id: i32) -> Vec<u8> {
    message(
        id,
        constructed(0x77, &[octets(0x80, STARTTLS_OID.as_bytes())]),
    )
}

pub fn unbind(id: i32) -> Vec<u8> {
    message(id, ber::tlv(0x42, &[]))
}

/// An LDAPResult: the code and the directory's diagnostic text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub code: i64,
    pub diagnostic: String,
}

/// Result codes Rulebook tells apart (RFC 4511 Appendix A).
pub const SUCCESS: i64 = 0;
pub const SIZE_LIMIT_EXCEEDED: i64 = 4;
pub const INVALID_CREDENTIALS: i64 = 49;

impl Outcome {
    /// The code's name and a cleaned, short diagnostic (for errors and the audit).
    pub fn summary(&self) -> String {
        let name = match self.code {
            0 => "success",
            1 => "operationsError",
            2 => "protocolError",
            3 => "timeLimitExceeded",
            4 => "sizeLimitExceeded",
            8 => "strongerAuthRequired",
            32 => "noSuchObject",
            34 => "invalidDNSyntax",
            48 => "inappropriateAuthentication",
            49 => "invalidCredentials",
            50 => "insufficientAccessRights",
            51 => "busy",
            52 => "unavailable",
            53 => "unwillingToPerform",
            _ => "error",
        };
        let text: String = self
            .diagnostic
            .chars()
            .filter(|c| c.is_ascii_graphic() || *c == ' ')
            .take(120)
            .collect();
        if text.is_empty() {
            format!("{name} ({})", self.code)
        } else {
            format!("{name} ({}): {text}", self.code)
        }
    }
}

/// One entry of a search: its DN and its attributes (names lower-cased, values as bytes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub dn: String,
    pub attributes: Vec<(String, Vec<Vec<u8>>)>,
}

impl Entry {
    /// The values of `name` (case-insensitive).
    pub fn values(&self, name: &str) -> &[Vec<u8>] {
        self.attributes
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_slice())
            .unwrap_or(&[])
    }

    /// The first value of `name` as text, if it is UTF-8.
    pub fn text(&self, name: &str) -> Option<String> {
        self.values(name)
            .first()
            .and_then(|v| std::str::from_utf8(v).ok())
            .map(str::to_string)
    }
}

/// What a response message holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Response {
    Bind(Outcome),
    Entry(Entry),
    /// A continuation reference: not followed (the directory is the one configured).
    Reference,
    Done(Outcome),
    Extended(Outcome),
}

fn outcome(body: &[u8]) -> Result<Outcome, String> {
    let parts = ber::children(body)?;
    let code = parts
        .first()
        .ok_or("an LDAP result without a code")?
        .expect(ENUMERATED, "a result code")?
        .int()?;
    let diagnostic = parts.get(2).map(Tlv::text).unwrap_or_default();
    Ok(Outcome { code, diagnostic })
}

/// Reads one complete message: its id and what it says.
pub fn parse(frame: &[u8]) -> Result<(i32, Response), String> {
    let (msg, _) = ber::read(frame)?;
    let msg = msg.expect(SEQUENCE, "an LDAP message")?;
    let parts = ber::children(msg.body)?;
    let id = parts
        .first()
        .ok_or("an empty LDAP message")?
        .expect(INTEGER, "a message id")?
        .int()?;
    let id = i32::try_from(id).map_err(|_| "a message id out of range")?;
    let op = parts.get(1).ok_or("an LDAP message without an operation")?;
    let response = match op.tag {
        0x61 => Response::Bind(outcome(op.body)?),
        0x65 => Response::Done(outcome(op.body)?),
        0x78 => Response::Extended(outcome(op.body)?),
        0x73 => Response::Reference,
        0x64 => {
            let kids = ber::children(op.body)?;
            let dn = kids
                .first()
                .ok_or("an entry without a DN")?
                .expect(OCTETS, "a DN")?
                .text();
            let mut attributes = Vec::new();
            if let Some(list) = kids.get(1) {
                for attr in ber::children(list.expect(SEQUENCE, "attributes")?.body)? {
                    let pair = ber::children(attr.expect(SEQUENCE, "an attribute")?.body)?;
                    let name = pair
                        .first()
                        .ok_or("an attribute without a name")?
                        .text()
                        .to_ascii_lowercase();
                    let vals = match pair.get(1) {
                        Some(set) => ber::children(set.expect(SET, "values")?.body)?
                            .iter()
                            .map(|v| v.body.to_vec())
                            .collect(),
                        None => Vec::new(),
                    };
                    attributes.push((name, vals));
                }
            }
            Response::Entry(Entry { dn, attributes })
        }
        t => return Err(format!("an unexpected LDAP operation (tag {t:#04x})")),
    };
    Ok((id, response))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_and_responses() {
        // RFC 4511's simple bind, byte for byte.
        assert_eq!(
            bind(1, "cn=x", "pw"),
            vec![
                0x30, 0x12, 0x02, 0x01, 0x01, 0x60, 0x0d, 0x02, 0x01, 0x03, 0x04, 0x04, b'c', b'n',
                b'=', b'x', 0x80, 0x02, b'p', b'w'
            ]
        );
        let done = constructed(
            SEQUENCE,
            &[
                integer(INTEGER, 7),
                constructed(
                    0x61,
                    &[
                        integer(ENUMERATED, 49),
                        octets(OCTETS, b""),
                        octets(OCTETS, b"bad \x01 pw"),
                    ],
                ),
            ],
        );
        let (id, r) = parse(&done).unwrap();
        assert_eq!(id, 7);
        let Response::Bind(o) = r else { panic!() };
        assert_eq!(o.code, INVALID_CREDENTIALS);
        assert_eq!(o.summary(), "invalidCredentials (49): bad  pw");
        let entry = constructed(
            SEQUENCE,
            &[
                integer(INTEGER, 2),
                constructed(
                    0x64,
                    &[
                        octets(OCTETS, b"uid=a,dc=x"),
                        constructed(
                            SEQUENCE,
                            &[constructed(
                                SEQUENCE,
                                &[
                                    octets(OCTETS, b"CN"),
                                    constructed(SET, &[octets(OCTETS, b"A"), octets(OCTETS, b"B")]),
                                ],
                            )],
                        ),
                    ],
                ),
            ],
        );
        let (_, r) = parse(&entry).unwrap();
        let Response::Entry(e) = r else { panic!() };
        assert_eq!(e.dn, "uid=a,dc=x");
        assert_eq!(e.values("cn").len(), 2);
        assert_eq!(e.text("Cn").as_deref(), Some("A"));
        for bad in [
            &[0x30u8, 0x00][..],
            &[0x30, 0x03, 0x02, 0x01, 0x01],
            &[0x04, 0x00],
        ] {
            assert!(parse(bad).is_err(), "{bad:?}");
        }
    }
}
