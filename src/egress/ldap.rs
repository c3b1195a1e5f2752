//! One connection to the site's directory (LDAPv3, RFC 4511), under the same policy as every
//! outbound request: the directory must be on the allowlist (checked before DNS), each
//! resolved address passes the guard, TLS trusts only the site's CA bundle. `ldaps://` is TLS
//! from the first byte; StartTLS upgrades before anything else is said and is refused when the
//! directory declines it. Every answer is read under a size cap and the timeout.
//! Errors carry the result code and a cleaned diagnostic, never a password.

use std::io::{Read, Write};
use std::time::{Duration, Instant};

use super::client::{Egress, EgressError, Purpose};
use super::socket::{Stream, connect, wrap};
use crate::ldap::ber;
use crate::ldap::message::{self, Entry, Outcome, Response, Scope};
use crate::ldap::settings::Endpoint;

/// Most bytes one operation's answers may take, all messages together.
const MAX_ANSWER: usize = 16 * 1024 * 1024;

/// A connection to the directory.
pub struct Conn {
    stream: Stream,
    buf: Vec<u8>,
    next: i32,
    /// How long one operation may take, all its answers together.
    wait: Duration,
    /// When the current operation must be over, and what its answers took so far.
    deadline: Instant,
    read: usize,
}

fn io(e: std::io::Error) -> EgressError {
    match e.kind() {
        std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut => {
            EgressError::Timeout("the directory did not answer in time".into())
        }
        _ => EgressError::Transport(format!("directory: {e}")),
    }
}

fn protocol(e: String) -> EgressError {
    EgressError::Transport(format!(
        "the directory answered something that is not LDAP: {e}"
    ))
}

/// Connects (and upgrades with StartTLS when asked).
pub fn open(
    egress: &Egress,
    at: &Endpoint,
    starttls: bool,
    wait: Duration,
    purpose: Purpose<'_>,
) -> Result<Conn, EgressError> {
    let loopback = at
        .host
        .parse::<std::net::IpAddr>()
        .is_ok_and(|ip| ip.is_loopback());
    if !at.implicit_tls && !starttls && !loopback {
        return Err(EgressError::Config(
            "plain LDAP is allowed only to a loopback address: use ldaps:// or StartTLS".into(),
        ));
    }
    let roots = egress.config().roots.clone();
    let tcp = connect(egress, &at.host, at.port, purpose, wait)?;
    let stream = if at.implicit_tls {
        wrap(tcp, &at.host, &roots, "the directory")?
    } else {
        Stream::Plain(tcp)
    };
    let mut c = Conn {
        stream,
        buf: Vec::new(),
        next: 1,
        wait,
        deadline: Instant::now() + wait,
        read: 0,
    };
    if starttls {
        let id = c.send(message::starttls)?;
        match c.response(id)? {
            Response::Extended(o) if o.code == message::SUCCESS => {}
            Response::Extended(o) => {
                return Err(EgressError::Tls(format!(
                    "the directory refused StartTLS: {}",
                    o.summary()
                )));
            }
            _ => return Err(protocol("no answer to StartTLS".into())),
        }
        if !c.buf.is_empty() {
            return Err(EgressError::Tls(
                "the directory sent data before TLS (refused)".into(),
            ));
        }
        let Stream::Plain(tcp) = c.stream else {
            return Err(EgressError::Tls("StartTLS on a TLS connection".into()));
        };
        c = Conn {
            stream: wrap(tcp, &at.host, &roots, "the directory")?,
            buf: Vec::new(),
            next: c.next,
            wait,
            deadline: c.deadline,
            read: 0,
        };
    }
    Ok(c)
}

impl Conn {
    /// Sends one request; its answers must all arrive within the connection's wait.
    fn send(&mut self, make: impl FnOnce(i32) -> Vec<u8>) -> Result<i32, EgressError> {
        self.deadline = Instant::now() + self.wait;
        self.read = 0;
        let id = self.next;
        self.next = self.next.checked_add(1).unwrap_or(1);
        self.stream.write_all(&make(id)).map_err(io)?;
        self.stream.flush().map_err(io)?;
        Ok(id)
    }

    /// The next whole message.
    fn frame(&mut self) -> Result<Vec<u8>, EgressError> {
        loop {
            if let Some(n) = ber::frame_len(&self.buf).map_err(protocol)? {
                self.read += n;
                if self.read > MAX_ANSWER {
                    return Err(EgressError::Transport(
                        "the directory's answer is too large".into(),
                    ));
                }
                return Ok(self.buf.drain(..n).collect());
            }
            if Instant::now() > self.deadline {
                return Err(EgressError::Timeout(
                    "the directory did not answer in time".into(),
                ));
            }
            let mut chunk = [0u8; 16 * 1024];
            let n = self.stream.read(&mut chunk).map_err(io)?;
            if n == 0 {
                return Err(EgressError::Transport(
                    "the directory closed the connection".into(),
                ));
            }
            self.buf.extend_from_slice(&chunk[..n]);
        }
    }

    /// The next response to message `id` (a notice of disconnection, id 0, is an error).
    fn response(&mut self, id: i32) -> Result<Response, EgressError> {
        let frame = self.frame()?;
        let (got, r) = message::parse(&frame).map_err(protocol)?;
        if got == 0 {
            let why = match r {
                Response::Extended(o) => o.summary(),
                _ => String::new(),
            };
            return Err(EgressError::Transport(format!(
                "the directory ended the connection {why}"
            )));
        }
        if got != id {
            return Err(protocol(format!("an answer to message {got}, not {id}")));
        }
        Ok(r)
    }

    /// A simple bind; answers the directory's result (49: wrong credentials).
    pub fn bind(&mut self, dn: &str, password: &str) -> Result<Outcome, EgressError> {
        let id = self.send(|id| message::bind(id, dn, password))?;
        match self.response(id)? {
            Response::Bind(o) => Ok(o),
            _ => Err(protocol("no bind response".into())),
        }
    }

    /// A subtree search; the entries found and the final result.
    pub fn search(
        &mut self,
        base: &str,
        filter: &[u8],
        attributes: &[&str],
        size_limit: i64,
        time_limit: i64,
    ) -> Result<(Vec<Entry>, Outcome), EgressError> {
        let id = self.send(|id| {
            message::search(
                id,
                base,
                Scope::Subtree,
                filter,
                attributes,
                size_limit,
                time_limit,
            )
        })?;
        let mut entries = Vec::new();
        loop {
            match self.response(id)? {
                Response::Entry(e) => {
                    // The size limit is the directory's to keep; it is checked here too.
                    if entries.len() as i64 > size_limit {
                        return Err(EgressError::Transport(
                            "the directory sent more entries than asked for".into(),
                        ));
                    }
                    entries.push(e);
                }
                Response::Reference => {}
                Response::Done(o) => return Ok((entries, o)),
                _ => return Err(protocol("an unexpected answer to a search".into())),
            }
        }
    }

    /// Says goodbye (best effort).
    pub fn close(mut self) {
        let _ = self.send(message::unbind);
    }
}
