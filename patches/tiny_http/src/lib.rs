//! # Simple usage
//!
//! ## Creating the server
//!
//! The easiest way to create a server is to call `Server::http()`.
//!
//! The `http()` function returns an `IoResult<Server>` which will return an error
//! in the case where the server creation fails (for example if the listening port is already
//! occupied).
//!
//! ```no_run
//! let server = tiny_http::Server::http("0.0.0.0:0").unwrap();
//! ```
//!
//! A newly-created `Server` will immediately start listening for incoming connections and HTTP
//! requests.
//!
//! ## Receiving requests
//!
//! Calling `server.recv()` will block until the next request is available.
//! This function returns an `IoResult<Request>`, so you need to handle the possible errors.
//!
//! ```no_run
//! # let server = tiny_http::Server::http("0.0.0.0:0").unwrap();
//!
//! loop {
//!     // blocks until the next request is received
//!     let request = match server.recv() {
//!         Ok(rq) => rq,
//!         Err(e) => { println!("error: {}", e); break }
//!     };
//!
//!     // do something with the request
//!     // ...
//! }
//! ```
//!
//! In a real-case scenario, you will probably want to spawn multiple worker tasks and call
//! `server.recv()` on all of them. Like this:
//!
//! ```no_run
//! # use std::sync::Arc;
//! # use std::thread;
//! # let server = tiny_http::Server::http("0.0.0.0:0").unwrap();
//! let server = Arc::new(server);
//! let mut guards = Vec::with_capacity(4);
//!
//! for _ in (0 .. 4) {
//!     let server = server.clone();
//!
//!     let guard = thread::spawn(move || {
//!         loop {
//!             let rq = server.recv().unwrap();
//!
//!             // ...
//!         }
//!     });
//!
//!     guards.push(guard);
//! }
//! ```
//!
//! If you don't want to block, you can call `server.try_recv()` instead.
//!
//! ## Handling requests
//!
//! The `Request` object returned by `server.recv()` contains informations about the client's request.
//! The most useful methods are probably `request.method()` and `request.url()` which return
//! the requested method (`GET`, `POST`, etc.) and url.
//!
//! To handle a request, you need to create a `Response` object. See the docs of this object for
//! more infos. Here is an example of creating a `Response` from a file:
//!
//! ```no_run
//! # use std::fs::File;
//! # use std::path::Path;
//! let response = tiny_http::Response::from_file(File::open(&Path::new("image.png")).unwrap());
//! ```
//!
//! All that remains to do is call `request.respond()`:
//!
//! ```no_run
//! # use std::fs::File;
//! # use std::path::Path;
//! # let server = tiny_http::Server::http("0.0.0.0:0").unwrap();
//! # let request = server.recv().unwrap();
//! # let response = tiny_http::Response::from_file(File::open(&Path::new("image.png")).unwrap());
//! let _ = request.respond(response);
//! ```
#![forbid(unsafe_code)]
// Rulebook: a patched third-party crate; our lint wall applies to our code, not to this one.
#![allow(dead_code, clippy::all)]
#![deny(rust_2018_idioms)]
#![allow(clippy::match_like_matches_macro)]


use std::error::Error;
use std::io::Error as IoError;
use std::io::ErrorKind as IoErrorKind;
use std::io::Result as IoResult;
use std::net::{Shutdown, TcpStream, ToSocketAddrs};
use std::sync::atomic::{AtomicBool, AtomicUsize};
use std::sync::atomic::Ordering::Relaxed;
use std::sync::mpsc;
use std::sync::Arc;
use std::thread;
use std::time::Duration;

use client::ClientConnection;
use connection::Connection;
use util::MessagesQueue;

pub use common::{HTTPVersion, Header, HeaderField, Method, StatusCode};
pub use connection::{ConfigListenAddr, ListenAddr, Listener};
pub use request::{ReadWrite, Request};
pub use response::{Response, ResponseBox};
pub use test::TestRequest;
#[doc(hidden)]
#[cfg(unix)]
pub use client::fuzz_connection;

mod client;
mod common;
mod connection;
mod request;
mod response;
mod ssl;
mod test;
mod util;

/// The main class of this library.
///
/// Destroying this object will immediately close the listening socket and the reading
///  part of all the client's connections. Requests that have already been returned by
///  the `recv()` function will not close and the responses will be transferred to the client.
pub struct Server {
    // should be false as long as the server exists
    // when set to true, all the subtasks will close within a few hundreds ms
    close: Arc<AtomicBool>,

    // queue for messages received by child threads
    messages: Arc<MessagesQueue<Message>>,

    // result of TcpListener::local_addr()
    listening_addr: ListenAddr,

    /// Rulebook patch: live connection count, shared with the accept loop.
    live: Arc<AtomicUsize>,
}

/// Rulebook patch: limits applied to every connection before the application sees it.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Connections served at once (one thread each); more are answered 503 and closed.
    pub max_connections: usize,
    /// Longest request line or header line, in bytes (431 beyond).
    pub max_line_bytes: usize,
    /// Most header lines in one request (431 beyond).
    pub max_header_count: usize,
    /// Whole request head (request line plus headers), in bytes (431 beyond).
    pub max_head_bytes: usize,
    /// Socket read timeout: also the idle keep-alive timeout.
    pub read_timeout: Duration,
    /// Socket write timeout.
    pub write_timeout: Duration,
    /// Time allowed from the first byte of a request head to its end (408 beyond).
    pub head_deadline: Duration,
    /// Largest request body read; a larger one is not read, the request is flagged
    /// (`Request::body_too_large`) and the connection closes after the response.
    pub max_body_bytes: u64,
    /// Time allowed to receive a whole request body.
    pub body_deadline: Duration,
    /// Rulebook patch: decides from the peer address alone whether a connection is served;
    /// a refused one is closed at once, before any byte is read or written.
    pub client_filter: Option<ClientFilter>,
}

/// Rulebook patch: see `Limits::client_filter`.
#[derive(Clone)]
pub struct ClientFilter(pub Arc<dyn Fn(std::net::IpAddr) -> bool + Send + Sync>);

impl std::fmt::Debug for ClientFilter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ClientFilter")
    }
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_connections: 256,
            max_line_bytes: 8 * 1024,
            max_header_count: 100,
            max_head_bytes: 64 * 1024,
            read_timeout: Duration::from_secs(10),
            write_timeout: Duration::from_secs(30),
            head_deadline: Duration::from_secs(10),
            max_body_bytes: 8 * 1024 * 1024,
            body_deadline: Duration::from_secs(60),
            client_filter: None,
        }
    }
}

const ACCEPT_BACKOFF_MIN: Duration = Duration::from_millis(5);
const ACCEPT_BACKOFF_MAX: Duration = Duration::from_millis(500);

/// Counts a live connection for as long as it is held.
struct LiveGuard(Arc<AtomicUsize>);

impl LiveGuard {
    fn new(live: Arc<AtomicUsize>) -> Self {
        live.fetch_add(1, Relaxed);
        LiveGuard(live)
    }
}

impl Drop for LiveGuard {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Relaxed);
    }
}

/// Answers a connection over the limit with a short 503 and closes it, without reading.
fn refuse_busy(mut sock: Connection) {
    use std::io::Write;
    let _ = sock.set_timeouts(Duration::from_millis(50), Duration::from_millis(50));
    let _ = sock.write_all(
        b"HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nRetry-After: 1\r\nContent-Length: 0\r\n\r\n",
    );
    let _ = sock.shutdown(Shutdown::Both);
}

/// Rulebook patch: one connection's loop, on its own thread. Each request (head and body
/// already read here, under the limits) goes to the application's queue; its response comes
/// back serialised and is written here, before the next request is read. So a connection has
/// at most one request queued, the queue is FIFO across connections (no connection's stream
/// of requests can starve another's), and no worker ever reads from or writes to a socket.
fn serve_connection(
    client: ClientConnection,
    messages: &MessagesQueue<Message>,
    deadline: Duration,
) {
    use std::io::Write;
    for (rq, mut sink) in client {
        let (sender, receiver) = mpsc::channel();
        messages.push(rq.with_response_channel(sender).into());
        let Ok(bytes) = receiver.recv() else { break };
        // The whole response within `deadline`, not only each write within the socket's
        // timeout: a client reading one byte per timeout cannot hold the connection forever.
        let start = std::time::Instant::now();
        let mut ok = true;
        for chunk in bytes.chunks(64 * 1024) {
            if start.elapsed() > deadline || sink.write_all(chunk).is_err() {
                ok = false;
                break;
            }
        }
        if !ok || sink.flush().is_err() {
            break;
        }
    }
}

enum Message {
    Error(IoError),
    NewRequest(Request),
}

impl From<IoError> for Message {
    fn from(e: IoError) -> Message {
        Message::Error(e)
    }
}

impl From<Request> for Message {
    fn from(rq: Request) -> Message {
        Message::NewRequest(rq)
    }
}

// this trait is to make sure that Server implements Share and Send
#[doc(hidden)]
trait MustBeShareDummy: Sync + Send {}
#[doc(hidden)]
impl MustBeShareDummy for Server {}

pub struct IncomingRequests<'a> {
    server: &'a Server,
}

/// Represents the parameters required to create a server.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// The addresses to try to listen to.
    pub addr: ConfigListenAddr,

    /// If `Some`, then the server will use SSL to encode the communications.
    pub ssl: Option<SslConfig>,
}

/// Configuration of the server for SSL.
#[derive(Debug, Clone)]
pub struct SslConfig {
    /// Contains the public certificate to send to clients.
    pub certificate: Vec<u8>,
    /// Contains the ultra-secret private key used to decode communications.
    pub private_key: Vec<u8>,
}

impl Server {
    /// Shortcut for a simple server on a specific address.
    #[inline]
    pub fn http<A>(addr: A) -> Result<Server, Box<dyn Error + Send + Sync + 'static>>
    where
        A: ToSocketAddrs,
    {
        Server::new(ServerConfig {
            addr: ConfigListenAddr::from_socket_addrs(addr)?,
            ssl: None,
        })
    }

    #[cfg(unix)]
    #[inline]
    /// Shortcut for a UNIX socket server at a specific path
    pub fn http_unix(
        path: &std::path::Path,
    ) -> Result<Server, Box<dyn Error + Send + Sync + 'static>> {
        Server::new(ServerConfig {
            addr: ConfigListenAddr::unix_from_path(path),
            ssl: None,
        })
    }

    /// Builds a new server that listens on the specified address.
    pub fn new(config: ServerConfig) -> Result<Server, Box<dyn Error + Send + Sync + 'static>> {
        let listener = config.addr.bind()?;
        Self::from_listener(listener, config.ssl)
    }

    /// Builds a new server using the specified TCP listener.
    ///
    /// This is useful if you've constructed TcpListener using some less usual method
    /// such as from systemd. For other cases, you probably want the `new()` function.
    pub fn from_listener<L: Into<Listener>>(
        listener: L,
        ssl_config: Option<SslConfig>,
    ) -> Result<Server, Box<dyn Error + Send + Sync + 'static>> {
        if ssl_config.is_some() {
            return Err(
                "this patched tiny_http takes TLS as a rustls::ServerConfig: use Server::from_listener_with"
                    .into(),
            );
        }
        Self::from_listener_with(listener, None, Limits::default())
    }

    /// Rulebook patch: builds a server on an existing listener with explicit [`Limits`] and an
    /// optional rustls 0.23 configuration. The accept loop never exits on an accept error
    /// (EMFILE and friends back off and retry), caps live connections (one thread each), and
    /// sets read/write timeouts on every socket before any byte is read.
    pub fn from_listener_with<L: Into<Listener>>(
        listener: L,
        tls: Option<Arc<rustls::ServerConfig>>,
        limits: Limits,
    ) -> Result<Server, Box<dyn Error + Send + Sync + 'static>> {
        let server = listener.into();
        let close_trigger = Arc::new(AtomicBool::new(false));
        let local_addr = server.local_addr()?;
        log::debug!("Server listening on {}", local_addr);

        let messages = MessagesQueue::with_capacity(8);
        let live = Arc::new(AtomicUsize::new(0));

        let inside_close_trigger = close_trigger.clone();
        let inside_messages = messages.clone();
        let inside_live = live.clone();
        thread::Builder::new()
            .name("http-accept".into())
            .spawn(move || {
                let tasks_pool = util::TaskPool::new();
                let mut backoff = ACCEPT_BACKOFF_MIN;
                while !inside_close_trigger.load(Relaxed) {
                    let mut sock = match server.accept() {
                        Ok((sock, _)) => {
                            backoff = ACCEPT_BACKOFF_MIN;
                            sock
                        }
                        Err(e) => {
                            // EMFILE/ENFILE/ENOBUFS/ENOMEM or a transient error: never give up on
                            // the listener; wait so that closing connections can free resources.
                            if e.kind() != IoErrorKind::Interrupted
                                && e.kind() != IoErrorKind::ConnectionAborted
                            {
                                log::warn!("accept failed ({}); retrying in {:?}", e, backoff);
                                thread::sleep(backoff);
                                backoff = std::cmp::min(backoff * 2, ACCEPT_BACKOFF_MAX);
                            }
                            continue;
                        }
                    };
                    if inside_close_trigger.load(Relaxed) {
                        break;
                    }
                    if let Some(filter) = &limits.client_filter {
                        let allowed = match sock.peer_addr() {
                            Ok(Some(a)) => (filter.0)(a.ip()),
                            Ok(None) => true, // a Unix socket: no address to judge
                            Err(_) => false,
                        };
                        if !allowed {
                            let _ = sock.shutdown(Shutdown::Both);
                            continue;
                        }
                    }
                    if inside_live.load(Relaxed) >= limits.max_connections {
                        log::warn!(
                            "connection refused: {} live connections (limit)",
                            limits.max_connections
                        );
                        refuse_busy(sock);
                        continue;
                    }
                    if let Err(e) = sock.set_timeouts(limits.read_timeout, limits.write_timeout) {
                        log::debug!("dropping connection: cannot set timeouts: {}", e);
                        continue;
                    }
                    let stream: util::refined_tcp_stream::Stream = match tls {
                        None => sock.into(),
                        Some(ref cfg) => match crate::ssl::RustlsStream::accept(cfg.clone(), sock) {
                            Ok(s) => s.into(),
                            Err(e) => {
                                log::debug!("dropping connection: TLS setup failed: {}", e);
                                continue;
                            }
                        },
                    };
                    let (read_closable, write_closable) =
                        match util::RefinedTcpStream::new(stream) {
                            Ok(pair) => pair,
                            Err(e) => {
                                log::warn!("dropping connection: {}", e);
                                continue;
                            }
                        };
                    let client =
                        ClientConnection::new(write_closable, read_closable, limits.clone());
                    let guard = LiveGuard::new(inside_live.clone());
                    let messages = inside_messages.clone();
                    let write_deadline = limits.body_deadline;
                    let mut client = Some((client, guard));
                    tasks_pool.spawn(Box::new(move || {
                        if let Some((client, _guard)) = client.take() {
                            serve_connection(client, &messages, write_deadline);
                        }
                    }));
                }
                log::debug!("Terminating accept thread");
            })?;

        Ok(Server {
            messages,
            close: close_trigger,
            listening_addr: local_addr,
            live,
        })
    }

    /// Returns an iterator for all the incoming requests.
    ///
    /// The iterator will return `None` if the server socket is shutdown.
    #[inline]
    pub fn incoming_requests(&self) -> IncomingRequests<'_> {
        IncomingRequests { server: self }
    }

    /// Returns the address the server is listening to.
    #[inline]
    pub fn server_addr(&self) -> ListenAddr {
        self.listening_addr.clone()
    }

    /// Returns the number of clients currently connected to the server.
    pub fn num_connections(&self) -> usize {
        self.live.load(Relaxed)
        //self.requests_receiver.lock().len()
    }

    /// Blocks until an HTTP request has been submitted and returns it.
    pub fn recv(&self) -> IoResult<Request> {
        match self.messages.pop() {
            Some(Message::Error(err)) => Err(err),
            Some(Message::NewRequest(rq)) => Ok(rq),
            None => Err(IoError::new(IoErrorKind::Other, "thread unblocked")),
        }
    }

    /// Same as `recv()` but doesn't block longer than timeout
    pub fn recv_timeout(&self, timeout: Duration) -> IoResult<Option<Request>> {
        match self.messages.pop_timeout(timeout) {
            Some(Message::Error(err)) => Err(err),
            Some(Message::NewRequest(rq)) => Ok(Some(rq)),
            None => Ok(None),
        }
    }

    /// Same as `recv()` but doesn't block.
    pub fn try_recv(&self) -> IoResult<Option<Request>> {
        match self.messages.try_pop() {
            Some(Message::Error(err)) => Err(err),
            Some(Message::NewRequest(rq)) => Ok(Some(rq)),
            None => Ok(None),
        }
    }

    /// Unblock thread stuck in recv() or incoming_requests().
    /// If there are several such threads, only one is unblocked.
    /// This method allows graceful shutdown of server.
    pub fn unblock(&self) {
        self.messages.unblock();
    }
}

impl Iterator for IncomingRequests<'_> {
    type Item = Request;
    fn next(&mut self) -> Option<Request> {
        self.server.recv().ok()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.close.store(true, Relaxed);
        // Connect briefly to ourselves to unblock the accept thread
        let maybe_stream = match &self.listening_addr {
            ListenAddr::IP(addr) => TcpStream::connect(addr).map(Connection::from),
            #[cfg(unix)]
            ListenAddr::Unix(addr) => {
                // TODO: use connect_addr when its stabilized.
                let path = addr.as_pathname().unwrap();
                std::os::unix::net::UnixStream::connect(path).map(Connection::from)
            }
        };
        if let Ok(stream) = maybe_stream {
            let _ = stream.shutdown(Shutdown::Both);
        }

        #[cfg(unix)]
        if let ListenAddr::Unix(addr) = &self.listening_addr {
            if let Some(path) = addr.as_pathname() {
                let _ = std::fs::remove_file(path);
            }
        }
    }
}
