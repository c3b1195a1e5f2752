use crate::connection::Connection;
use crate::util::refined_tcp_stream::Stream as RefinedStream;
use std::io::{Error as IoError, ErrorKind, Read, Write};
use std::net::{Shutdown, SocketAddr};
use std::sync::{Arc, Mutex, MutexGuard};

type Inner = rustls::StreamOwned<rustls::ServerConnection, Connection>;

/// A TLS stream shared by the read and the write half of one connection.
pub(crate) struct RustlsStream(Arc<Mutex<Inner>>);

fn poisoned() -> IoError {
    IoError::new(ErrorKind::Other, "TLS stream lock poisoned")
}

impl RustlsStream {
    pub(crate) fn accept(
        config: Arc<rustls::ServerConfig>,
        stream: Connection,
    ) -> Result<RustlsStream, rustls::Error> {
        let connection = rustls::ServerConnection::new(config)?;
        Ok(RustlsStream(Arc::new(Mutex::new(rustls::StreamOwned::new(
            connection, stream,
        )))))
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
        Self(self.0.clone())
    }
}

impl Read for RustlsStream {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        self.lock()?.read(buf)
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
