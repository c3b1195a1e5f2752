//! AWS's binary event-stream encoding (`application/vnd.amazon.eventstream`), as Bedrock's
//! ConverseStream answers: a sequence of messages, each a prelude (total length, headers
//! length, the prelude's CRC32), headers (name, type, value), a payload and the message's
//! CRC32. Every length and checksum is verified: a stream cut mid-message, or a message whose
//! checksum does not match, is refused rather than half read. Pure: bytes in, messages out.

/// One message: its string headers (`:event-type`, `:message-type`, …) and payload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub headers: Vec<(String, String)>,
    pub payload: Vec<u8>,
}

impl Message {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Largest message accepted (AWS's limit is 16 MiB).
const MAX_MESSAGE: usize = 16 << 20;

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

/// The headers block: each `name_len u8, name, type u8, value`. String (7) values are kept;
/// the other types are skipped by their documented sizes.
fn headers(mut b: &[u8]) -> Result<Vec<(String, String)>, String> {
    let mut out = Vec::new();
    let bad = || "a malformed event-stream header".to_string();
    while !b.is_empty() {
        let n = usize::from(*b.first().ok_or_else(bad)?);
        let name = b.get(1..1 + n).ok_or_else(bad)?;
        let name = String::from_utf8(name.to_vec()).map_err(|_| bad())?;
        let kind = *b.get(1 + n).ok_or_else(bad)?;
        let rest = b.get(2 + n..).ok_or_else(bad)?;
        let (value, used) = match kind {
            0 | 1 => (None, 0),
            2 => (None, 1),
            3 => (None, 2),
            4 => (None, 4),
            5 | 8 => (None, 8),
            9 => (None, 16),
            6 | 7 => {
                let len = usize::from(u16::from_be_bytes(
                    rest.get(..2)
                        .ok_or_else(bad)?
                        .try_into()
                        .map_err(|_| bad())?,
                ));
                let v = rest.get(2..2 + len).ok_or_else(bad)?;
                let text = (kind == 7)
                    .then(|| String::from_utf8(v.to_vec()).map_err(|_| bad()))
                    .transpose()?;
                (text, 2 + len)
            }
            _ => return Err(bad()),
        };
        if let Some(v) = value {
            out.push((name, v));
        }
        b = rest.get(used..).ok_or_else(bad)?;
    }
    Ok(out)
}

/// Every message of a body, in order.
pub fn messages(body: &[u8]) -> Result<Vec<Message>, String> {
    let mut out = Vec::new();
    let mut at = 0usize;
    while at < body.len() {
        let cut = || "the event stream was cut mid-message".to_string();
        let total = u32_at(body, at).ok_or_else(cut)? as usize;
        let hlen = u32_at(body, at + 4).ok_or_else(cut)? as usize;
        let prelude_crc = u32_at(body, at + 8).ok_or_else(cut)?;
        if crc32fast::hash(&body[at..at + 8]) != prelude_crc {
            return Err("an event-stream prelude fails its checksum".into());
        }
        if !(16..=MAX_MESSAGE).contains(&total) || hlen > total - 16 {
            return Err("an event-stream message has impossible lengths".into());
        }
        let msg = body.get(at..at + total).ok_or_else(cut)?;
        let (content, crc) = msg.split_at(total - 4);
        if crc32fast::hash(content) != u32::from_be_bytes([crc[0], crc[1], crc[2], crc[3]]) {
            return Err("an event-stream message fails its checksum".into());
        }
        out.push(Message {
            headers: headers(&content[12..12 + hlen])?,
            payload: content[12 + hlen..].to_vec(),
        });
        at += total;
    }
    Ok(out)
}

/// Encodes a message with string headers (tests and the fake's mirror of the format).
#[cfg(test)]
pub fn encode(headers: &[(&str, &str)], payload: &[u8]) -> Vec<u8> {
    let mut h = Vec::new();
    for (k, v) in headers {
        h.push(k.len() as u8);
        h.extend_from_slice(k.as_bytes());
        h.push(7);
        h.extend_from_slice(&(v.len() as u16).to_be_bytes());
        h.extend_from_slice(v.as_bytes());
    }
    let total = 16 + h.len() + payload.len();
    let mut m = Vec::new();
    m.extend_from_slice(&(total as u32).to_be_bytes());
    m.extend_from_slice(&(h.len() as u32).to_be_bytes());
    let crc = crc32fast::hash(&m);
    m.extend_from_slice(&crc.to_be_bytes());
    m.extend_from_slice(&h);
    m.extend_from_slice(payload);
    let crc = crc32fast::hash(&m);
    m.extend_from_slice(&crc.to_be_bytes());
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_messages_and_refuses_cut_or_corrupt_ones() {
        let a = encode(
            &[
                (":event-type", "contentBlockDelta"),
                (":message-type", "event"),
            ],
            br#"{"delta":{"text":"hi"}}"#,
        );
        let b = encode(
            &[(":event-type", "messageStop")],
            br#"{"stopReason":"end_turn"}"#,
        );
        let body = [a.clone(), b.clone()].concat();
        let m = messages(&body).unwrap();
        assert_eq!(m.len(), 2);
        assert_eq!(m[0].header(":event-type"), Some("contentBlockDelta"));
        assert_eq!(m[1].payload, br#"{"stopReason":"end_turn"}"#);
        assert!(messages(&[]).unwrap().is_empty());
        // Cut anywhere inside the second message.
        for cut in [a.len() + 3, a.len() + 13, body.len() - 1] {
            assert!(messages(&body[..cut]).is_err(), "cut at {cut}");
        }
        // One flipped bit in the payload, in the prelude.
        let mut bad = body.clone();
        bad[a.len() - 6] ^= 1;
        assert!(messages(&bad).unwrap_err().contains("checksum"));
        let mut bad = body.clone();
        bad[1] ^= 1;
        assert!(messages(&bad).unwrap_err().contains("checksum"));
        // Hostile lengths do not panic.
        assert!(messages(&[0xff; 12]).is_err());
        assert!(messages(&[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]).is_err());
    }
}
