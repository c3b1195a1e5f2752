use crate::connection::Connection;
use crate::util::refined_tcp_stream::Stream as RefinedStream;
use std::io::{Error as IoError, ErrorKind, Read, Write};
use std::net::{Shutdown, SocketAddr};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

type Inner = rustls::StreamOwned<rustls::ServerConnection, Connection>;

/// A TLS stream shared by the read and the write half of one connection, and whether its
/// first bytes were checked for plain HTTP yet.
pub(crate) struct RustlsStream(Arc<Mutex<Inner>>, Arc<AtomicBool>);

fn poisoned() -> IoError {
    IoError::new(ErrorKind::Other, "TLS stream lock poisoned")
}

impl RustlsStream {
    pub(crate) fn accept(
        config: Arc<rustls::ServerConfig>,
        stream: Connection,
    ) -> Result<RustlsStream, rustls::Error> {
        let connection = rustls::ServerConnection::new(config)?;
        Ok(RustlsStream(
            Arc::new(Mutex::new(rustls::StreamOwned::new(connection, stream))),
            Arc::new(AtomicBool::new(false)),
        ))
    }

    /// Rulebook patch: plain HTTP sent to the TLS port (`http://` for `https://`) gets a one-line
    /// plain-text answer saying so, instead of a TLS alert that clients report as "HTTP/0.9" or
    /// garbage. Looks at the first bytes once, before rustls reads anything: a TLS record starts
    /// with a content-type byte (0x16 for a handshake), an HTTP request with a method's letters.
    /// Answers `true` when the connection was answered and must end.
    fn answered_plain_http(&self, inner: &mut Inner) -> bool {
        if self.1.swap(true, Ordering::Relaxed) {
            return false;
        }
        let mut head = [0u8; 1024];
        let n = match inner.sock.peek(&mut head) {
            Some(Ok(n)) => n,
            _ => return false,
        };
        if !looks_like_plain_http(&head[..n]) {
            return false;
        }
        let body = plain_http_hint(&head[..n]);
        let reply = format!(
            "HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{}",
            body.len(),
            body
        );
        let _ = inner.sock.write_all(reply.as_bytes());
        let _ = inner.sock.flush();
        let _ = inner.sock.shutdown(Shutdown::Both);
        true
    }

    fn lock(&self) -> std::io::Result<MutexGuard<'_, Inner>> {
        self.0.lock().map_err(|_| poisoned())
    }

    pub(crate) fn peer_addr(&mut self) -> std::io::Result<Option<SocketAddr>> {
        self.lock()?.sock.peer_addr()
    }

    pub(crate) fn shutdown(&mut self, how: Shutdown) -> std::io::Result<()> {
        let mut guard = self.lock()?;
        let inner = &mut *guard;
        if how != Shutdown::Read {
            inner.conn.send_close_notify();
            let _ = inner.conn.complete_io(&mut inner.sock);
        }
        inner.sock.shutdown(how)
    }
}

impl Clone for RustlsStream {
    fn clone(&self) -> Self {
        Self(self.0.clone(), self.1.clone())
    }
}

impl Read for RustlsStream {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let mut inner = self.lock()?;
        if self.answered_plain_http(&mut inner) {
            return Ok(0);
        }
        inner.read(buf)
    }
}

/// Whether the first bytes of a connection are an HTTP/1 request line rather than a TLS record:
/// an upper-case method of letters followed by a space.
fn looks_like_plain_http(head: &[u8]) -> bool {
    let method_len = head.iter().take_while(|b| b.is_ascii_uppercase()).count();
    (3..=7).contains(&method_len) && head.get(method_len) == Some(&b' ')
}

/// The hint: which scheme to use, with the address the client asked for when its Host header
/// names one plainly (only host-name characters are echoed).
fn plain_http_hint(head: &[u8]) -> String {
    let text = String::from_utf8_lossy(head);
    let host = text
        .split("\r\n")
        .skip(1)
        .find_map(|line| {
            let (name, value) = line.split_once(':')?;
            name.eq_ignore_ascii_case("host")
                .then(|| value.trim().to_string())
        })
        .filter(|h| {
            !h.is_empty()
                && h.len() <= 255
                && h.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b".-:[]".contains(&b))
        });
    match host {
        Some(h) => format!("This port speaks HTTPS: use https://{h}/ instead of http://.\n"),
        None => "This port speaks HTTPS: use https:// instead of http://.\n".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::{looks_like_plain_http, plain_http_hint};

    #[test]
    fn plain_http_is_told_from_a_tls_handshake() {
        assert!(looks_like_plain_http(b"GET / HTTP/1.1\r\n"));
        assert!(looks_like_plain_http(b"OPTIONS * HTTP/1.1\r\n"));
        assert!(!looks_like_plain_http(&[0x16, 0x03, 0x01, 0x02, 0x00]));
        assert!(!looks_like_plain_http(b"GE"));
        assert!(!looks_like_plain_http(b"get / HTTP/1.1"));
    }

    #[test]
    fn the_hint_echoes_only_a_plain_host() {
        let h = plain_http_hint(b"GET / HTTP/1.1\r\nHost: rb.example:8443\r\n\r\n");
        assert_eq!(
            h,
            "This port speaks HTTPS: use https://rb.example:8443/ instead of http://.\n"
        );
        let h = plain_http_hint(b"GET / HTTP/1.1\r\nHost: <script>\r\n\r\n");
        assert_eq!(
            h,
            "This port speaks HTTPS: use https:// instead of http://.\n"
        );
    }
}

impl Write for RustlsStream {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.lock()?.write(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.lock()?.flush()
    }
}

impl From<RustlsStream> for RefinedStream {
    fn from(stream: RustlsStream) -> Self {
        Self::Https(stream)
    }
}
