//! Sending one message to the site's mail relay (SMTP, RFC 5321), under the same policy as
//! every outbound request: the relay must be on the allowlist (checked before DNS), each
//! resolved address passes the guard, TLS trusts only the site's CA bundle. Security is
//! implicit TLS or STARTTLS (refused if the relay does not offer it; nothing but EHLO is said
//! in clear), or none to a loopback relay. The password goes only over TLS (AUTH PLAIN).
//! Errors carry the relay's reply code and a cleaned first line, never the password.

use std::io::{Read, Write};

use base64::Engine;

use super::client::{Egress, EgressError, Purpose};
use super::socket::{Stream, connect, wrap};
use crate::mail::settings::Security;

/// Longest reply read.
const MAX_REPLY: usize = 64 * 1024;

/// Where and how to reach the relay.
pub struct Relay<'a> {
    pub host: &'a str,
    pub port: u16,
    pub security: Security,
    pub username: Option<&'a str>,
    pub password: Option<&'a str>,
    /// The name this server gives in EHLO.
    pub helo: &'a str,
}

/// One message: envelope sender, recipient, and the text after DATA.
pub struct Envelope<'a> {
    pub from: &'a str,
    pub to: &'a str,
    pub data: &'a [u8],
}

fn io(e: std::io::Error) -> EgressError {
    match e.kind() {
        std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut => {
            EgressError::Timeout("the mail relay did not answer in time".into())
        }
        _ => EgressError::Transport(format!("mail relay: {e}")),
    }
}

/// A reply: its code and the text of its lines.
struct Reply {
    code: u16,
    lines: Vec<String>,
}

impl Reply {
    fn summary(&self) -> String {
        let first: String = self
            .lines
            .first()
            .map(String::as_str)
            .unwrap_or("")
            .chars()
            .filter(|c| c.is_ascii_graphic() || *c == ' ')
            .take(200)
            .collect();
        format!("{} {first}", self.code)
    }
}

struct Conversation {
    stream: Stream,
    buf: Vec<u8>,
}

impl Conversation {
    fn line(&mut self) -> Result<String, EgressError> {
        loop {
            if let Some(i) = self.buf.windows(2).position(|w| w == b"\r\n") {
                let line: Vec<u8> = self.buf.drain(..i + 2).take(i).collect();
                return Ok(String::from_utf8_lossy(&line).into_owned());
            }
            if self.buf.len() > MAX_REPLY {
                return Err(EgressError::Transport(
                    "the mail relay's reply is too long".into(),
                ));
            }
            let mut chunk = [0u8; 4096];
            let n = self.stream.read(&mut chunk).map_err(io)?;
            if n == 0 {
                return Err(EgressError::Transport(
                    "the mail relay closed the connection".into(),
                ));
            }
            self.buf.extend_from_slice(&chunk[..n]);
        }
    }

    fn reply(&mut self) -> Result<Reply, EgressError> {
        let mut lines = Vec::new();
        loop {
            let line = self.line()?;
            let code = line
                .get(..3)
                .and_then(|c| c.parse::<u16>().ok())
                .ok_or_else(|| {
                    EgressError::Transport(
                        "the mail relay answered something that is not SMTP".into(),
                    )
                })?;
            let last = line.as_bytes().get(3) != Some(&b'-');
            lines.push(line.get(4..).unwrap_or("").to_string());
            if last {
                return Ok(Reply { code, lines });
            }
            if lines.len() > 100 {
                return Err(EgressError::Transport(
                    "the mail relay's reply is too long".into(),
                ));
            }
        }
    }

    fn send(&mut self, line: &str) -> Result<(), EgressError> {
        self.stream.write_all(line.as_bytes()).map_err(io)?;
        self.stream.write_all(b"\r\n").map_err(io)?;
        self.stream.flush().map_err(io)
    }

    /// Sends `line` (shown in errors as `what`) and expects a reply of `want` class.
    fn command(&mut self, line: &str, what: &str, want: u16) -> Result<Reply, EgressError> {
        self.send(line)?;
        self.expect(what, want)
    }

    fn expect(&mut self, what: &str, want: u16) -> Result<Reply, EgressError> {
        let r = self.reply()?;
        if r.code / 100 != want / 100 {
            return Err(EgressError::Transport(format!(
                "the mail relay refused {what}: {}",
                r.summary()
            )));
        }
        Ok(r)
    }
}

fn ehlo(c: &mut Conversation, helo: &str) -> Result<Vec<String>, EgressError> {
    Ok(c.command(&format!("EHLO {helo}"), "EHLO", 250)?.lines)
}

/// Sends one message.
pub fn send(
    egress: &Egress,
    relay: &Relay<'_>,
    env: &Envelope<'_>,
    purpose: Purpose<'_>,
) -> Result<(), EgressError> {
    for (what, v) in [
        ("sender", env.from),
        ("recipient", env.to),
        ("EHLO name", relay.helo),
    ] {
        if v.is_empty() || v.chars().any(|c| !c.is_ascii_graphic()) {
            return Err(EgressError::Config(format!(
                "the {what} is not usable in SMTP"
            )));
        }
    }
    let roots = egress.config().roots.clone();
    let tcp = connect(
        egress,
        relay.host,
        relay.port,
        purpose,
        std::time::Duration::from_secs(30),
    )?;
    let stream = match relay.security {
        Security::Tls => wrap(tcp, relay.host, &roots, "the mail relay")?,
        Security::Starttls | Security::None => Stream::Plain(tcp),
    };
    let mut c = Conversation {
        stream,
        buf: Vec::new(),
    };
    c.expect("the connection", 220)?;
    let mut features = ehlo(&mut c, relay.helo)?;
    if relay.security == Security::Starttls {
        if !features.iter().any(|f| f.eq_ignore_ascii_case("STARTTLS")) {
            return Err(EgressError::Tls(
                "the mail relay does not offer STARTTLS".into(),
            ));
        }
        c.command("STARTTLS", "STARTTLS", 220)?;
        if !c.buf.is_empty() {
            return Err(EgressError::Tls(
                "the mail relay sent data before TLS (refused)".into(),
            ));
        }
        let Stream::Plain(tcp) = c.stream else {
            return Err(EgressError::Tls("STARTTLS on a TLS connection".into()));
        };
        c = Conversation {
            stream: wrap(tcp, relay.host, &roots, "the mail relay")?,
            buf: Vec::new(),
        };
        features = ehlo(&mut c, relay.helo)?;
    }
    if let (Some(user), Some(password)) = (relay.username, relay.password) {
        if relay.security == Security::None {
            return Err(EgressError::Config(
                "a password is never sent without TLS".into(),
            ));
        }
        let plain = features.iter().any(|f| {
            let f = f.to_ascii_uppercase();
            f.starts_with("AUTH") && f.split([' ', '=']).any(|m| m == "PLAIN")
        });
        if !plain {
            return Err(EgressError::Transport(
                "the mail relay does not offer AUTH PLAIN".into(),
            ));
        }
        let token =
            base64::engine::general_purpose::STANDARD.encode(format!("\0{user}\0{password}"));
        c.command(&format!("AUTH PLAIN {token}"), "the sign-in (AUTH)", 235)?;
    }
    c.command(&format!("MAIL FROM:<{}>", env.from), "the sender", 250)?;
    c.command(&format!("RCPT TO:<{}>", env.to), "the recipient", 250)?;
    c.command("DATA", "DATA", 354)?;
    let mut data = Vec::with_capacity(env.data.len() + 64);
    for line in env.data.split_inclusive(|b| *b == b'\n') {
        if line.first() == Some(&b'.') {
            data.push(b'.');
        }
        data.extend_from_slice(line);
    }
    if !data.ends_with(b"\r\n") {
        data.extend_from_slice(b"\r\n");
    }
    data.extend_from_slice(b".\r\n");
    c.stream.write_all(&data).map_err(io)?;
    c.stream.flush().map_err(io)?;
    c.expect("the message", 250)?;
    let _ = c.send("QUIT");
    Ok(())
}
