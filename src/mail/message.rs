//! An e-mail message as RFC 5322 text: one plain-text part in UTF-8 (base64), headers that
//! cannot be injected into (a CR or LF in a name, an address or a subject is refused, not
//! stripped), non-ASCII names and subjects as RFC 2047 encoded words. Pure.

use base64::Engine;

/// Longest subject and body accepted.
const MAX_SUBJECT: usize = 998 / 2;
const MAX_BODY: usize = 256 * 1024;

/// A name and an address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mailbox {
    pub name: String,
    pub address: String,
}

/// Checks an address: `local@domain`, printable ASCII without spaces, angle brackets, quotes
/// or commas (what a relay will accept in `MAIL FROM`/`RCPT TO` without quoting rules), at
/// most 254 characters.
pub fn check_address(address: &str) -> Result<(), String> {
    let ok_char = |c: char| {
        c.is_ascii_graphic()
            && !matches!(
                c,
                '<' | '>' | '"' | ',' | ';' | '(' | ')' | '\\' | '[' | ']'
            )
    };
    let Some((local, domain)) = address.rsplit_once('@') else {
        return Err(format!("{address:?} is not an e-mail address"));
    };
    if address.len() > 254
        || local.is_empty()
        || local.len() > 64
        || domain.is_empty()
        || !domain.contains('.') && domain != "localhost"
        || domain.starts_with('.')
        || domain.ends_with('.')
        || !address.chars().all(ok_char)
        || local.contains('@')
    {
        return Err(format!("{address:?} is not a usable e-mail address"));
    }
    Ok(())
}

fn check_header_text(what: &str, text: &str, max: usize) -> Result<(), String> {
    if text.chars().any(|c| c.is_control()) {
        return Err(format!(
            "the {what} holds a line break or control character"
        ));
    }
    if text.chars().count() > max {
        return Err(format!("the {what} is longer than {max} characters"));
    }
    Ok(())
}

/// A header value: ASCII as is, anything else as RFC 2047 base64 encoded words.
fn encoded(text: &str) -> String {
    if text.is_ascii() {
        return text.to_string();
    }
    // Encoded words of at most 45 bytes of input each (75 characters once encoded).
    let mut words = Vec::new();
    let mut chunk = String::new();
    for c in text.chars() {
        if chunk.len() + c.len_utf8() > 45 {
            words.push(std::mem::take(&mut chunk));
        }
        chunk.push(c);
    }
    words.push(chunk);
    words
        .iter()
        .map(|w| {
            format!(
                "=?UTF-8?B?{}?=",
                base64::engine::general_purpose::STANDARD.encode(w)
            )
        })
        .collect::<Vec<_>>()
        .join("\r\n ")
}

fn mailbox(m: &Mailbox) -> Result<String, String> {
    check_address(&m.address)?;
    check_header_text("name", &m.name, 200)?;
    if m.name.is_empty() {
        return Ok(format!("<{}>", m.address));
    }
    let name = if m.name.is_ascii() {
        // A quoted string: quotes and backslashes escaped.
        format!("\"{}\"", m.name.replace('\\', "\\\\").replace('"', "\\\""))
    } else {
        encoded(&m.name)
    };
    Ok(format!("{name} <{}>", m.address))
}

/// One message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub from: Mailbox,
    pub to: Mailbox,
    pub subject: String,
    pub body: String,
}

impl Message {
    /// The message as sent after `DATA` (before dot-stuffing): headers, a blank line, the
    /// body in base64 lines of 76. `date` is RFC 5322 (`Sat, 05 Dec 2026 01:11:15 +0000`),
    /// `message_id` the part inside the angle brackets.
    pub fn render(&self, date: &str, message_id: &str) -> Result<Vec<u8>, String> {
        check_header_text("subject", &self.subject, MAX_SUBJECT)?;
        if self.body.len() > MAX_BODY {
            return Err(format!("the body is larger than {MAX_BODY} bytes"));
        }
        if message_id
            .chars()
            .any(|c| !c.is_ascii_graphic() || c == '<' || c == '>')
        {
            return Err("the message id is not printable".into());
        }
        let body = self.body.replace("\r\n", "\n").replace('\n', "\r\n");
        let b64 = base64::engine::general_purpose::STANDARD.encode(body.as_bytes());
        let mut out = String::new();
        for (k, v) in [
            ("Date", date.to_string()),
            ("From", mailbox(&self.from)?),
            ("To", mailbox(&self.to)?),
            ("Subject", encoded(&self.subject)),
            ("Message-ID", format!("<{message_id}>")),
            ("MIME-Version", "1.0".into()),
            ("Content-Type", "text/plain; charset=utf-8".into()),
            ("Content-Transfer-Encoding", "base64".into()),
            ("Auto-Submitted", "auto-generated".into()),
        ] {
            out.push_str(&format!("{k}: {v}\r\n"));
        }
        out.push_str("\r\n");
        for line in b64.as_bytes().chunks(76) {
            out.push_str(std::str::from_utf8(line).unwrap_or_default());
            out.push_str("\r\n");
        }
        Ok(out.into_bytes())
    }
}

/// RFC 5322 date of a Unix time, in UTC.
pub fn date(unix: i64) -> String {
    let (y, m, d) = crate::clock::civil_date(unix);
    let days = unix.div_euclid(86_400);
    let secs = unix.rem_euclid(86_400);
    let weekday = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][days.rem_euclid(7) as usize];
    let month = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ][(m - 1).clamp(0, 11) as usize];
    format!(
        "{weekday}, {d:02} {month} {y} {:02}:{:02}:{:02} +0000",
        secs / 3600,
        secs % 3600 / 60,
        secs % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn msg() -> Message {
        Message {
            from: Mailbox {
                name: "Rulebook".into(),
                address: "rulebook@corp.example".into(),
            },
            to: Mailbox {
                name: "Zoë \"Z\" Ng".into(),
                address: "zoe@corp.example".into(),
            },
            subject: "You are invited to Acme".into(),
            body: "Open this link:\nhttps://rb.corp.example/#/invite/abc\n".into(),
        }
    }

    #[test]
    fn a_message_renders_with_encoded_headers_and_a_base64_body() {
        let text =
            String::from_utf8(msg().render(&date(1_796_432_000), "1.2@rb").unwrap()).unwrap();
        assert!(
            text.contains("From: \"Rulebook\" <rulebook@corp.example>\r\n"),
            "{text}"
        );
        assert!(text.contains("To: =?UTF-8?B?"), "{text}");
        assert!(text.contains("Subject: You are invited to Acme\r\n"));
        assert!(text.contains("Message-ID: <1.2@rb>\r\n"));
        let body = text.split("\r\n\r\n").nth(1).unwrap().replace("\r\n", "");
        let decoded = base64::engine::general_purpose::STANDARD
            .decode(body)
            .unwrap();
        assert!(
            String::from_utf8(decoded)
                .unwrap()
                .contains("\r\nhttps://rb.corp.example/#/invite/abc\r\n")
        );
        assert_eq!(date(0), "Thu, 01 Jan 1970 00:00:00 +0000");
    }

    #[test]
    fn header_injection_is_refused_not_stripped() {
        for (field, value) in [
            ("subject", "Hi\r\nBcc: all@corp.example"),
            ("subject", "Hi\nX: y"),
            ("name", "Eve\r\nBcc: all@corp.example"),
            ("address", "eve@corp.example\r\nBcc: all@corp.example"),
            ("address", "eve@corp.example>, all@corp.example"),
            ("address", "not an address"),
        ] {
            let mut m = msg();
            match field {
                "subject" => m.subject = value.into(),
                "name" => m.to.name = value.into(),
                _ => m.to.address = value.into(),
            }
            assert!(m.render("d", "i@x").is_err(), "{field}: {value:?}");
        }
        let mut long = msg();
        long.subject = "é".repeat(300);
        let text = String::from_utf8(long.render("d", "i@x").unwrap()).unwrap();
        assert!(text.lines().all(|l| l.len() <= 998));
        assert!(check_address("a@b.example").is_ok());
        assert!(check_address("a@b").is_err());
    }
}
