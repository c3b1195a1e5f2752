//! The subset of BER (X.690) that LDAP messages use (RFC 4511 §5.1): definite lengths, tags
//! below 31, integers, octet strings, booleans, enumerations and constructed values. Pure.
//! Reading never trusts a length: every one is checked against what is there, and a message
//! is capped (the connection also caps an operation's answers, `egress/ldap.rs`), so a hostile
//! directory answer is an error, never a panic or an allocation past the caps.

/// Largest LDAP message read (an entry with many group values fits easily).
pub const MAX_MESSAGE: usize = 4 * 1024 * 1024;

/// Universal tags.
pub const BOOLEAN: u8 = 0x01;
pub const INTEGER: u8 = 0x02;
pub const OCTETS: u8 = 0x04;
pub const ENUMERATED: u8 = 0x0a;
pub const SEQUENCE: u8 = 0x30;
pub const SET: u8 = 0x31;

/// A value as sent: its tag and its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tlv<'a> {
    pub tag: u8,
    pub body: &'a [u8],
}

/// Encodes one value.
pub fn tlv(tag: u8, body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len() + 6);
    out.push(tag);
    let n = body.len();
    if n < 0x80 {
        out.push(n as u8);
    } else {
        let bytes = (n as u64).to_be_bytes();
        let skip = bytes.iter().take_while(|b| **b == 0).count();
        out.push(0x80 | (8 - skip) as u8);
        out.extend_from_slice(&bytes[skip..]);
    }
    out.extend_from_slice(body);
    out
}

/// A constructed value of `parts`, in order.
pub fn constructed(tag: u8, parts: &[Vec<u8>]) -> Vec<u8> {
    tlv(tag, &parts.concat())
}

/// An integer (two's complement, shortest form) under `tag`.
pub fn integer(tag: u8, v: i64) -> Vec<u8> {
    let bytes = v.to_be_bytes();
    let mut start = 0;
    while start < 7 {
        let (b, next) = (bytes[start], bytes[start + 1]);
        if (b == 0 && next & 0x80 == 0) || (b == 0xff && next & 0x80 != 0) {
            start += 1;
        } else {
            break;
        }
    }
    tlv(tag, &bytes[start..])
}

pub fn octets(tag: u8, v: &[u8]) -> Vec<u8> {
    tlv(tag, v)
}

pub fn boolean(v: bool) -> Vec<u8> {
    tlv(BOOLEAN, &[if v { 0xff } else { 0 }])
}

/// How many bytes the value at the start of `buf` takes: `Ok(None)` when more must be read
/// first.
pub fn frame_len(buf: &[u8]) -> Result<Option<usize>, String> {
    if buf.len() < 2 {
        return Ok(None);
    }
    let first = buf[1];
    let (len, head) = if first < 0x80 {
        (first as usize, 2)
    } else {
        let count = (first & 0x7f) as usize;
        if count == 0 || count > 4 {
            return Err("an indefinite or oversized BER length".into());
        }
        if buf.len() < 2 + count {
            return Ok(None);
        }
        let len = buf[2..2 + count]
            .iter()
            .fold(0usize, |n, b| (n << 8) | *b as usize);
        (len, 2 + count)
    };
    let total = head
        .checked_add(len)
        .filter(|t| *t <= MAX_MESSAGE)
        .ok_or("an LDAP message over the size limit")?;
    Ok((buf.len() >= total).then_some(total))
}

/// Reads the value at the start of `buf`; answers it and what follows.
pub fn read(buf: &[u8]) -> Result<(Tlv<'_>, &[u8]), String> {
    let total = frame_len(buf)?.ok_or("a truncated BER value")?;
    let tag = buf[0];
    if tag & 0x1f == 0x1f {
        return Err("a multi-byte BER tag".into());
    }
    let head = if buf[1] < 0x80 {
        2
    } else {
        2 + (buf[1] & 0x7f) as usize
    };
    Ok((
        Tlv {
            tag,
            body: &buf[head..total],
        },
        &buf[total..],
    ))
}

/// Every value inside `body`, in order.
pub fn children(mut body: &[u8]) -> Result<Vec<Tlv<'_>>, String> {
    let mut out = Vec::new();
    while !body.is_empty() {
        let (t, rest) = read(body)?;
        out.push(t);
        body = rest;
    }
    Ok(out)
}

impl Tlv<'_> {
    /// The value as an integer (at most 8 bytes).
    pub fn int(&self) -> Result<i64, String> {
        if self.body.is_empty() || self.body.len() > 8 {
            return Err("a BER integer of a bad size".into());
        }
        let neg = self.body[0] & 0x80 != 0;
        let mut v: i64 = if neg { -1 } else { 0 };
        for b in self.body {
            v = (v << 8) | *b as i64;
        }
        Ok(v)
    }

    /// The value as text (lossy: a directory may hold anything).
    pub fn text(&self) -> String {
        String::from_utf8_lossy(self.body).into_owned()
    }

    /// Requires tag `tag`.
    pub fn expect(self, tag: u8, what: &str) -> Result<Self, String> {
        if self.tag == tag {
            Ok(self)
        } else {
            Err(format!(
                "expected {what} (tag {tag:#04x}), got tag {:#04x}",
                self.tag
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_round_trip() {
        for v in [
            0i64,
            1,
            127,
            128,
            255,
            256,
            -1,
            -128,
            -129,
            i64::MAX,
            i64::MIN,
        ] {
            let enc = integer(INTEGER, v);
            let (t, rest) = read(&enc).unwrap();
            assert!(rest.is_empty());
            assert_eq!(t.int().unwrap(), v, "{enc:?}");
        }
        assert_eq!(integer(INTEGER, 3), vec![0x02, 0x01, 0x03]);
        assert_eq!(integer(INTEGER, 128), vec![0x02, 0x02, 0x00, 0x80]);
        let long = vec![7u8; 300];
        let enc = octets(OCTETS, &long);
        assert_eq!(&enc[..4], &[0x04, 0x82, 0x01, 0x2c]);
        let (t, _) = read(&enc).unwrap();
        assert_eq!(t.body, &long[..]);
        let seq = constructed(SEQUENCE, &[integer(INTEGER, 1), boolean(true)]);
        let (t, _) = read(&seq).unwrap();
        let kids = children(t.body).unwrap();
        assert_eq!(kids.len(), 2);
        assert_eq!(kids[1].body, &[0xff]);
    }

    #[test]
    fn hostile_lengths_are_errors() {
        assert_eq!(frame_len(&[0x30]).unwrap(), None);
        assert_eq!(frame_len(&[0x30, 0x05, 1, 2]).unwrap(), None);
        assert!(frame_len(&[0x30, 0x80]).is_err(), "indefinite");
        assert!(
            frame_len(&[0x30, 0x85, 1, 1, 1, 1, 1]).is_err(),
            "5 length bytes"
        );
        assert!(
            frame_len(&[0x30, 0x84, 0xff, 0xff, 0xff, 0xff]).is_err(),
            "4 GiB"
        );
        assert!(read(&[0x04, 0x03, 1]).is_err());
        assert!(read(&[0x1f, 0x01, 0]).is_err());
        assert!(children(&[0x04, 0x01, 9, 0x04]).is_err());
        assert!(Tlv { tag: 2, body: &[] }.int().is_err());
    }
}
