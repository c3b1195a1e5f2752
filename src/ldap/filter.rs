//! LDAP search filters (RFC 4515): the string form an administrator writes, turned into the
//! BER a directory reads (RFC 4511 §4.5.1.7), and the escaping that keeps what a user typed a
//! value and never filter syntax. Pure.
//!
//! A template such as `(&(objectClass=person)(uid={username}))` is filled with [`escape`]d
//! values before it is parsed, so `*`, `(`, `)`, `\`, NUL and every non-ASCII byte of a
//! username arrive as `\xx` escapes and match only themselves.

use super::ber::{OCTETS, SEQUENCE, boolean, constructed, octets, tlv};

/// Longest filter accepted (after its placeholders are filled).
const MAX_FILTER: usize = 4096;
/// Deepest nesting of `&`, `|` and `!`.
const MAX_DEPTH: usize = 16;

/// RFC 4515 §3 escaping of an assertion value: `*`, `(`, `)`, `\`, NUL, and (so that no
/// encoding question arises) every byte outside printable ASCII.
pub fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        match b {
            b'*' | b'(' | b')' | b'\\' => out.push_str(&format!("\\{b:02x}")),
            0x21..=0x7e | b' ' => out.push(b as char),
            _ => out.push_str(&format!("\\{b:02x}")),
        }
    }
    out
}

/// Fills `{name}` placeholders of `template` with escaped values.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), &escape(value));
    }
    out
}

/// Parses a filter in its string form into BER.
pub fn parse(text: &str) -> Result<Vec<u8>, String> {
    if text.len() > MAX_FILTER {
        return Err("the filter is too long".into());
    }
    let mut p = Parser {
        s: text.as_bytes(),
        i: 0,
    };
    let out = p.filter(0)?;
    if p.i != p.s.len() {
        return Err(format!("unexpected text after the filter at {}", p.i));
    }
    Ok(out)
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
}

fn is_attr(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b'.' || b == b';'
}

impl Parser<'_> {
    fn eat(&mut self, b: u8) -> Result<(), String> {
        if self.s.get(self.i) == Some(&b) {
            self.i += 1;
            Ok(())
        } else {
            Err(format!("expected {:?} at {}", b as char, self.i))
        }
    }

    fn filter(&mut self, depth: usize) -> Result<Vec<u8>, String> {
        if depth > MAX_DEPTH {
            return Err("the filter nests too deeply".into());
        }
        self.eat(b'(')?;
        let out = match self.s.get(self.i) {
            Some(b'&') | Some(b'|') => {
                let tag = if self.s[self.i] == b'&' { 0xa0 } else { 0xa1 };
                self.i += 1;
                let mut parts = Vec::new();
                while self.s.get(self.i) == Some(&b'(') {
                    parts.push(self.filter(depth + 1)?);
                }
                if parts.is_empty() {
                    return Err("an empty & or | filter".into());
                }
                constructed(tag, &parts)
            }
            Some(b'!') => {
                self.i += 1;
                let inner = self.filter(depth + 1)?;
                tlv(0xa2, &inner)
            }
            _ => self.item()?,
        };
        self.eat(b')')?;
        Ok(out)
    }

    /// `attr op value`, `attr=*`, substrings, or an extensible match.
    fn item(&mut self) -> Result<Vec<u8>, String> {
        let start = self.i;
        while self
            .s
            .get(self.i)
            .is_some_and(|b| is_attr(*b) || *b == b':')
        {
            self.i += 1;
        }
        let left = std::str::from_utf8(&self.s[start..self.i]).map_err(|e| e.to_string())?;
        let op_start = self.i;
        let op: &[u8] = match &self.s[self.i..] {
            [b'~', b'=', ..] => b"~=",
            [b'>', b'=', ..] => b">=",
            [b'<', b'=', ..] => b"<=",
            [b'=', ..] => b"=",
            _ => return Err(format!("expected an operator at {}", self.i)),
        };
        self.i += op.len();
        let vstart = self.i;
        while self.s.get(self.i).is_some_and(|b| *b != b')' && *b != b'(') {
            self.i += 1;
        }
        let raw = &self.s[vstart..self.i];
        if let Some(rule) = left.strip_suffix(':') {
            if op != b"=" {
                return Err(format!("an extensible match needs := at {op_start}"));
            }
            return extensible(rule, &unescape(raw)?);
        }
        if left.is_empty() || left.contains(':') {
            return Err(format!("a bad attribute name at {start}"));
        }
        let attr = octets(OCTETS, left.as_bytes());
        match op {
            b"=" if raw == b"*" => Ok(tlv(0x87, left.as_bytes())),
            b"=" if raw.contains(&b'*') => {
                let pieces: Vec<&[u8]> = raw.split(|b| *b == b'*').collect();
                let last = pieces.len() - 1;
                let mut subs = Vec::new();
                for (n, piece) in pieces.iter().enumerate() {
                    if piece.is_empty() {
                        continue;
                    }
                    let tag = match n {
                        0 => 0x80,
                        n if n == last => 0x82,
                        _ => 0x81,
                    };
                    subs.push(octets(tag, &unescape(piece)?));
                }
                Ok(constructed(0xa4, &[attr, constructed(SEQUENCE, &subs)]))
            }
            _ => {
                let tag = match op {
                    b"=" => 0xa3,
                    b">=" => 0xa5,
                    b"<=" => 0xa6,
                    _ => 0xa8,
                };
                Ok(constructed(tag, &[attr, octets(OCTETS, &unescape(raw)?)]))
            }
        }
    }
}

/// `attr[:dn][:rule]` before `:=` (RFC 4515 §3 `extensible`).
fn extensible(left: &str, value: &[u8]) -> Result<Vec<u8>, String> {
    let mut parts = left.split(':');
    let attr = parts.next().unwrap_or("");
    let mut dn = false;
    let mut rule = None;
    for p in parts {
        match p {
            "dn" if !dn => dn = true,
            r if rule.is_none()
                && !r.is_empty()
                && r.bytes().all(|b| b.is_ascii_digit() || b == b'.') =>
            {
                rule = Some(r)
            }
            _ => return Err(format!("a bad extensible match {left:?}")),
        }
    }
    if attr.is_empty() && rule.is_none() {
        return Err("an extensible match needs an attribute or a rule".into());
    }
    let mut out = Vec::new();
    if let Some(r) = rule {
        out.push(octets(0x81, r.as_bytes()));
    }
    if !attr.is_empty() {
        out.push(octets(0x82, attr.as_bytes()));
    }
    out.push(octets(0x83, value));
    if dn {
        let mut b = boolean(true);
        b[0] = 0x84;
        out.push(b);
    }
    Ok(constructed(0xa9, &out))
}

/// The bytes of an assertion value, `\xx` escapes decoded; a bare `\` or `*` is an error.
fn unescape(raw: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        match raw[i] {
            b'\\' => {
                let hex = raw
                    .get(i + 1..i + 3)
                    .and_then(|h| std::str::from_utf8(h).ok())
                    .and_then(|h| u8::from_str_radix(h, 16).ok())
                    .ok_or("a bad \\ escape in a filter value")?;
                out.push(hex);
                i += 3;
            }
            b'*' => return Err("a * where none may be".into()),
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ldap::ber::{children, read};

    #[test]
    fn filters_encode_as_rfc_4511_says() {
        // (cn=Babs) : equalityMatch [3] { "cn", "Babs" }.
        assert_eq!(
            parse("(cn=Babs)").unwrap(),
            vec![
                0xa3, 0x0a, 0x04, 0x02, b'c', b'n', 0x04, 0x04, b'B', b'a', b'b', b's'
            ]
        );
        assert_eq!(
            parse("(objectClass=*)").unwrap(),
            [&[0x87, 11][..], b"objectClass"].concat()
        );
        let and =
            parse("(&(objectClass=person)(|(uid=a)(uid=b))(!(employeeType=disabled)))").unwrap();
        let (t, rest) = read(&and).unwrap();
        assert!(rest.is_empty());
        assert_eq!(t.tag, 0xa0);
        let kids = children(t.body).unwrap();
        assert_eq!(
            kids.iter().map(|k| k.tag).collect::<Vec<_>>(),
            vec![0xa3, 0xa1, 0xa2]
        );
        let sub = parse("(cn=a*b*c)").unwrap();
        let (t, _) = read(&sub).unwrap();
        assert_eq!(t.tag, 0xa4);
        let parts = children(children(t.body).unwrap()[1].body).unwrap();
        assert_eq!(
            parts.iter().map(|p| p.tag).collect::<Vec<_>>(),
            vec![0x80, 0x81, 0x82]
        );
        // Active Directory's nested groups: an extensible match with a rule.
        let ad = parse("(member:1.2.840.113556.1.4.1941:=cn=Alice,dc=corp)").unwrap();
        let (t, _) = read(&ad).unwrap();
        assert_eq!(t.tag, 0xa9);
        let kids = children(t.body).unwrap();
        assert_eq!(kids[0].body, b"1.2.840.113556.1.4.1941");
        assert_eq!(kids[1].body, b"member");
        assert_eq!(kids[2].body, b"cn=Alice,dc=corp");
        for bad in [
            "",
            "cn=a",
            "(cn=a",
            "(cn=a))",
            "(&)",
            "(=a)",
            "(cn=a\\zz)",
            "(cn~a)",
            "(:=a)",
            "(cn:x:=a)",
        ] {
            assert!(parse(bad).is_err(), "{bad:?}");
        }
        let deep = format!("{}(a=b){}", "(!".repeat(40), ")".repeat(40));
        assert!(parse(&deep).unwrap_err().contains("deeply"));
    }

    #[test]
    fn what_a_user_typed_stays_a_value() {
        // RFC 4515 §4's examples, and the usual injections.
        assert_eq!(
            escape("Parens R Us (for all your parenthetical needs)"),
            "Parens R Us \\28for all your parenthetical needs\\29"
        );
        assert_eq!(escape("*"), "\\2a");
        assert_eq!(escape("C:\\MyFile"), "C:\\5cMyFile");
        assert_eq!(escape("a\0b"), "a\\00b");
        assert_eq!(escape("Lučić"), "Lu\\c4\\8di\\c4\\87");
        for evil in [
            "*",
            "admin)(uid=*",
            "*)(|(uid=*",
            "x\0",
            "a)(!(a=b",
            "\\",
            "Lučić",
        ] {
            let f = fill(
                "(&(objectClass=person)(uid={username}))",
                &[("username", evil)],
            );
            let ber = parse(&f).unwrap_or_else(|e| panic!("{evil:?}: {e}"));
            let (t, _) = read(&ber).unwrap();
            let kids = children(t.body).unwrap();
            assert_eq!(kids.len(), 2, "{evil:?} changed the filter's shape");
            assert_eq!(kids[1].tag, 0xa3, "{evil:?} is no longer an equality match");
            assert_eq!(children(kids[1].body).unwrap()[1].body, evil.as_bytes());
        }
    }
}
