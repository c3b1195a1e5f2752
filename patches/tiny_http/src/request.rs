use std::io::Error as IoError;
use std::io::{self, Cursor, ErrorKind, Read, Write};

use std::fmt;
use std::net::SocketAddr;

use std::sync::mpsc::Sender;

use std::convert::TryFrom;
use crate::{HTTPVersion, Header, Method, Response, StatusCode};

/// Represents an HTTP request made by a client.
///
/// A `Request` object is what is produced by the server, and is your what
/// your code must analyse and answer.
///
/// This object implements the `Send` trait, therefore you can dispatch your requests to
/// worker threads.
///
/// # Pipelining
///
/// If a client sends multiple requests in a row (without waiting for the response), then you will
/// get multiple `Request` objects simultaneously. This is called *requests pipelining*.
/// Tiny-http automatically reorders the responses so that you don't need to worry about the order
/// in which you call `respond` or `into_writer`.
///
/// This mechanic is disabled if:
///
///  - The body of a request is large enough (handling requires pipelining requires storing the
///    body of the request in a buffer ; if the body is too big, tiny-http will avoid doing that)
///  - A request sends a `Expect: 100-continue` header (which means that the client waits to
///    know whether its body will be processed before sending it)
///  - A request sends a `Connection: close` header or `Connection: upgrade` header (used for
///    websockets), which indicates that this is the last request that will be received on this
///    connection
///
/// # Automatic cleanup
///
/// If a `Request` object is destroyed without `into_writer` or `respond` being called,
/// an empty response with a 500 status code (internal server error) will automatically be
/// sent back to the client.
/// This means that if your code fails during the handling of a request, this "internal server
/// error" response will automatically be sent during the stack unwinding.
///
/// # Testing
///
/// If you want to build fake requests to test your server, use [`TestRequest`](crate::test::TestRequest).
pub struct Request {
    // where to read the body from
    data_reader: Option<Box<dyn Read + Send + 'static>>,

    // if this writer is empty, then the request has been answered
    response_writer: Option<Box<dyn Write + Send + 'static>>,

    remote_addr: Option<SocketAddr>,

    // true if HTTPS, false if HTTP
    secure: bool,

    method: Method,

    path: String,

    http_version: HTTPVersion,

    headers: Vec<Header>,

    body_length: Option<usize>,

    // true if a `100 Continue` response must be sent when `as_reader()` is called
    must_send_continue: bool,

    // Rulebook patch: the declared or actual body exceeded `Limits::max_body_bytes`; the body
    // was not read and the connection closes after the response.
    body_too_large: bool,

    // If Some, a message must be sent after responding
    notify_when_responded: Option<Sender<()>>,
}

struct NotifyOnDrop<R> {
    sender: Sender<()>,
    inner: R,
}

impl<R: Read> Read for NotifyOnDrop<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.inner.read(buf)
    }
}
impl<R: Write> Write for NotifyOnDrop<R> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.inner.write(buf)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}
impl<R> Drop for NotifyOnDrop<R> {
    fn drop(&mut self) {
        let _ = self.sender.send(());
    }
}

/// Error that can happen when building a `Request` object.
#[derive(Debug)]
pub enum RequestCreationError {
    /// The client sent an `Expect` header that was not recognized by tiny-http.
    ExpectationFailed,

    /// Error while reading data from the socket during the creation of the `Request`.
    CreationIoError(IoError),

    /// Rulebook patch: the body's framing is ambiguous or unsupported (RFC 9112 §6): both
    /// `Transfer-Encoding` and `Content-Length`, a transfer coding other than a lone final
    /// `chunked`, a malformed or conflicting `Content-Length`, or `Transfer-Encoding` in
    /// HTTP/1.0. The status to answer with (400 or 501); the connection is then closed,
    /// because nothing after such a request can be parsed safely.
    BadFraming(u16),
}

impl From<IoError> for RequestCreationError {
    fn from(err: IoError) -> RequestCreationError {
        RequestCreationError::CreationIoError(err)
    }
}

/// How the body of a request is delimited (Rulebook patch).
#[derive(Debug, PartialEq)]
enum Framing {
    None,
    Length(u64),
    Chunked,
}

/// Decides the body's framing from the head, strictly (RFC 9112 §6.1-6.3), so that no proxy
/// in front of us can read a different request boundary than we do (request smuggling).
fn framing(headers: &[Header], version: &HTTPVersion) -> Result<Framing, RequestCreationError> {
    let mut codings: Vec<String> = Vec::new();
    let mut saw_te = false;
    for h in headers.iter().filter(|h| h.field.equiv("Transfer-Encoding")) {
        saw_te = true;
        codings.extend(
            h.value
                .as_str()
                .split(',')
                .map(|c| c.trim().to_ascii_lowercase())
                .filter(|c| !c.is_empty()),
        );
    }
    let mut length: Option<u64> = None;
    let mut saw_cl = false;
    for h in headers.iter().filter(|h| h.field.equiv("Content-Length")) {
        saw_cl = true;
        for v in h.value.as_str().split(',') {
            let v = v.trim();
            if v.is_empty() || v.len() > 19 || !v.bytes().all(|b| b.is_ascii_digit()) {
                return Err(RequestCreationError::BadFraming(400));
            }
            let n: u64 = v.parse().map_err(|_| RequestCreationError::BadFraming(400))?;
            match length {
                Some(prev) if prev != n => return Err(RequestCreationError::BadFraming(400)),
                _ => length = Some(n),
            }
        }
    }
    if saw_cl && length.is_none() {
        return Err(RequestCreationError::BadFraming(400));
    }
    if !saw_te {
        return Ok(length.map_or(Framing::None, Framing::Length));
    }
    // Transfer-Encoding: never together with Content-Length, never in HTTP/1.0, and the only
    // coding we decode is a lone `chunked` (a final coding other than chunked leaves the
    // length undeterminable: 400; another coding before chunked is not implemented: 501).
    if saw_cl || *version < HTTPVersion(1, 1) {
        return Err(RequestCreationError::BadFraming(400));
    }
    match codings.last().map(String::as_str) {
        Some("chunked") if codings.len() == 1 => Ok(Framing::Chunked),
        Some("chunked") => Err(RequestCreationError::BadFraming(501)),
        _ => Err(RequestCreationError::BadFraming(400)),
    }
}

/// Builds a new request.
///
/// After the request line and headers have been read from the socket, a new `Request` object
/// is built.
///
/// You must pass a `Read` that will allow the `Request` object to read from the incoming data.
/// It is the responsibility of the `Request` to read only the data of the request and not further.
///
/// Rulebook patch: `interim` is the connection's writer, used only to send `100 Continue` before
/// the body is read here; the response itself is written by the connection thread once the
/// application hands it back (see `Request::with_response_channel`).
#[allow(clippy::too_many_arguments)]
pub fn new_request<R>(
    secure: bool,
    method: Method,
    path: String,
    version: HTTPVersion,
    headers: Vec<Header>,
    remote_addr: Option<SocketAddr>,
    mut source_data: R,
    interim: &mut dyn Write,
    limits: &crate::Limits,
) -> Result<Request, RequestCreationError>
where
    R: Read + Send + 'static,
{
    let framing = framing(&headers, &version)?;

    // true if the client sent a `Expect: 100-continue` header
    let expects_continue = {
        match headers
            .iter()
            .find(|h: &&Header| h.field.equiv("Expect"))
            .map(|h| h.value.as_str())
        {
            None => false,
            Some(v) if v.eq_ignore_ascii_case("100-continue") => version >= HTTPVersion(1, 1),
            _ => return Err(RequestCreationError::ExpectationFailed),
        }
    };

    // Rulebook patch: every body is read here, on the connection's own thread, within the size
    // limit and the body deadline, whatever the headers (`Expect: 100-continue`, chunked,
    // `Connection: upgrade`), so the application's worker threads never wait on a slow client.
    // Upstream read only small bodies eagerly and left the rest (and every 100-continue or
    // upgrade body) to be read by the worker with no overall deadline.
    let send_continue = |interim: &mut dyn Write| -> Result<(), RequestCreationError> {
        if expects_continue {
            interim.write_all(b"HTTP/1.1 100 Continue\r\n\r\n")?;
            interim.flush()?;
        }
        Ok(())
    };
    let mut body_too_large = false;
    let content_length = match framing {
        Framing::Length(n) => Some(n),
        _ => None,
    };
    let body: Vec<u8> = match framing {
        Framing::None | Framing::Length(0) => Vec::new(),
        Framing::Length(n) if n > limits.max_body_bytes => {
            body_too_large = true;
            Vec::new()
        }
        Framing::Length(n) => {
            send_continue(interim)?;
            let expected = usize::try_from(n).unwrap_or(usize::MAX);
            let mut limited = (&mut source_data).take(n);
            let buffer = read_with_deadline(&mut limited, limits.body_deadline, expected)?;
            if buffer.len() as u64 != n {
                let info = "Connection has been closed before we received enough data";
                let err = IoError::new(ErrorKind::ConnectionAborted, info);
                return Err(RequestCreationError::CreationIoError(err));
            }
            buffer
        }
        Framing::Chunked => {
            send_continue(interim)?;
            match read_chunked(&mut source_data, limits.max_body_bytes, limits.body_deadline)? {
                Some(buffer) => buffer,
                None => {
                    body_too_large = true;
                    Vec::new()
                }
            }
        }
    };

    Ok(Request {
        data_reader: Some(Box::new(Cursor::new(body)) as Box<dyn Read + Send + 'static>),
        response_writer: Some(Box::new(io::sink()) as Box<dyn Write + Send + 'static>),
        remote_addr,
        secure,
        method,
        path,
        http_version: version,
        headers,
        body_length: content_length.and_then(|n| usize::try_from(n).ok()),
        must_send_continue: false,
        body_too_large,
        notify_when_responded: None,
    })
}

/// Longest chunk-size line (size and extensions) or trailer line accepted.
const MAX_CHUNK_LINE: usize = 1024;
/// Most trailer lines accepted after the last chunk.
const MAX_TRAILERS: usize = 32;

fn bad_chunk() -> RequestCreationError {
    RequestCreationError::BadFraming(400)
}

fn check_deadline(start: std::time::Instant, deadline: std::time::Duration) -> Result<(), RequestCreationError> {
    if start.elapsed() > deadline {
        let err = IoError::new(ErrorKind::TimedOut, "request body deadline exceeded");
        return Err(RequestCreationError::CreationIoError(err));
    }
    Ok(())
}

fn read_byte<R: Read>(r: &mut R) -> Result<u8, RequestCreationError> {
    let mut b = [0u8; 1];
    loop {
        match r.read(&mut b) {
            Ok(0) => {
                let err = IoError::new(ErrorKind::ConnectionAborted, "the chunked body ended early");
                return Err(RequestCreationError::CreationIoError(err));
            }
            Ok(_) => return Ok(b[0]),
            Err(e) if e.kind() == ErrorKind::Interrupted => continue,
            Err(e) => return Err(e.into()),
        }
    }
}

/// One CRLF-terminated line of chunk framing: at most `MAX_CHUNK_LINE` bytes, no bare CR or
/// LF, no control character but HTAB.
fn read_chunk_line<R: Read>(
    r: &mut R,
    start: std::time::Instant,
    deadline: std::time::Duration,
) -> Result<Vec<u8>, RequestCreationError> {
    let mut line = Vec::new();
    loop {
        check_deadline(start, deadline)?;
        let b = read_byte(r)?;
        if b == b'\r' {
            return if read_byte(r)? == b'\n' { Ok(line) } else { Err(bad_chunk()) };
        }
        if (b < 0x20 && b != b'\t') || b == 0x7f || line.len() >= MAX_CHUNK_LINE {
            return Err(bad_chunk());
        }
        line.push(b);
    }
}

/// Reads a chunked body strictly (RFC 9112 §7.1), Rulebook patch: the chunk size is 1 to 16
/// hex digits and nothing else before an optional `;extension`; lines end in CRLF and are
/// capped; the body must end with the zero chunk and the blank line (a body cut short is an
/// error, not a shorter body); the deadline is checked as bytes arrive. `None`: the decoded
/// body would exceed `max_body` (reading stops there; the connection is then closed).
/// Upstream's decoder buffered an unbounded size line and took EOF for the end of the body.
fn read_chunked<R: Read>(
    r: &mut R,
    max_body: u64,
    deadline: std::time::Duration,
) -> Result<Option<Vec<u8>>, RequestCreationError> {
    let start = std::time::Instant::now();
    let mut body: Vec<u8> = Vec::new();
    loop {
        let line = read_chunk_line(r, start, deadline)?;
        let size_part = match line.iter().position(|&b| b == b';') {
            Some(i) => &line[..i],
            None => &line[..],
        };
        if size_part.is_empty()
            || size_part.len() > 16
            || !size_part.iter().all(|b| b.is_ascii_hexdigit())
        {
            return Err(bad_chunk());
        }
        let text = std::str::from_utf8(size_part).map_err(|_| bad_chunk())?;
        let size = u64::from_str_radix(text, 16).map_err(|_| bad_chunk())?;
        if size == 0 {
            for _ in 0..=MAX_TRAILERS {
                if read_chunk_line(r, start, deadline)?.is_empty() {
                    return Ok(Some(body));
                }
            }
            return Err(bad_chunk());
        }
        if (body.len() as u64).saturating_add(size) > max_body {
            return Ok(None);
        }
        let mut left = size as usize;
        let mut buf = [0u8; 16 * 1024];
        while left > 0 {
            check_deadline(start, deadline)?;
            let want = left.min(buf.len());
            let n = match r.read(&mut buf[..want]) {
                Ok(0) => {
                    let err = IoError::new(ErrorKind::ConnectionAborted, "the chunked body ended early");
                    return Err(RequestCreationError::CreationIoError(err));
                }
                Ok(n) => n,
                Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                Err(e) => return Err(e.into()),
            };
            body.extend_from_slice(&buf[..n]);
            left -= n;
        }
        if read_byte(r)? != b'\r' || read_byte(r)? != b'\n' {
            return Err(bad_chunk());
        }
    }
}

/// Reads `r` to its end within `deadline` (Rulebook patch).
fn read_with_deadline<R: Read>(
    r: &mut R,
    deadline: std::time::Duration,
    expected: usize,
) -> Result<Vec<u8>, RequestCreationError> {
    let start = std::time::Instant::now();
    let mut buffer = Vec::with_capacity(expected.min(1 << 20));
    let mut chunk = [0u8; 16 * 1024];
    loop {
        let n = r.read(&mut chunk)?;
        if n == 0 {
            return Ok(buffer);
        }
        buffer.extend_from_slice(&chunk[..n]);
        if start.elapsed() > deadline {
            let err = IoError::new(ErrorKind::TimedOut, "request body deadline exceeded");
            return Err(RequestCreationError::CreationIoError(err));
        }
    }
}

impl Request {
    /// Rulebook patch: true if the body exceeded `Limits::max_body_bytes` and was not read;
    /// the connection is closed after the response.
    #[inline]
    pub fn body_too_large(&self) -> bool {
        self.body_too_large
    }

    /// Returns true if the request was made through HTTPS.
    #[inline]
    pub fn secure(&self) -> bool {
        self.secure
    }

    /// Returns the method requested by the client (eg. `GET`, `POST`, etc.).
    #[inline]
    pub fn method(&self) -> &Method {
        &self.method
    }

    /// Returns the resource requested by the client.
    #[inline]
    pub fn url(&self) -> &str {
        &self.path
    }

    /// Returns a list of all headers sent by the client.
    #[inline]
    pub fn headers(&self) -> &[Header] {
        &self.headers
    }

    /// Returns the HTTP version of the request.
    #[inline]
    pub fn http_version(&self) -> &HTTPVersion {
        &self.http_version
    }

    /// Returns the length of the body in bytes.
    ///
    /// Returns `None` if the length is unknown.
    #[inline]
    pub fn body_length(&self) -> Option<usize> {
        self.body_length
    }

    /// Returns the address of the client that sent this request.
    ///
    /// The address is always `Some` for TCP listeners, but always `None` for UNIX listeners
    /// (as the remote address of a UNIX client is almost always unnamed).
    ///
    /// Note that this is gathered from the socket. If you receive the request from a proxy,
    /// this function will return the address of the proxy and not the address of the actual
    /// user.
    #[inline]
    pub fn remote_addr(&self) -> Option<&SocketAddr> {
        self.remote_addr.as_ref()
    }

    /// Sends a response with a `Connection: upgrade` header, then turns the `Request` into a `Stream`.
    ///
    /// The main purpose of this function is to support websockets.
    /// If you detect that the request wants to use some kind of protocol upgrade, you can
    ///  call this function to obtain full control of the socket stream.
    ///
    /// If you call this on a non-websocket request, tiny-http will wait until this `Stream` object
    ///  is destroyed before continuing to read or write on the socket. Therefore you should always
    ///  destroy it as soon as possible.
    pub fn upgrade<R: Read>(
        mut self,
        protocol: &str,
        response: Response<R>,
    ) -> Box<dyn ReadWrite + Send> {
        use crate::util::CustomStream;

        response
            .raw_print(
                self.response_writer.as_mut().unwrap().by_ref(),
                self.http_version.clone(),
                &self.headers,
                false,
                Some(protocol),
            )
            .ok(); // TODO: unused result

        self.response_writer.as_mut().unwrap().flush().ok(); // TODO: unused result

        let stream = CustomStream::new(self.extract_reader_impl(), self.extract_writer_impl());
        if let Some(sender) = self.notify_when_responded.take() {
            let stream = NotifyOnDrop {
                sender,
                inner: stream,
            };
            Box::new(stream) as Box<dyn ReadWrite + Send>
        } else {
            Box::new(stream) as Box<dyn ReadWrite + Send>
        }
    }

    /// Allows to read the body of the request.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # extern crate rustc_serialize;
    /// # extern crate tiny_http;
    /// # use rustc_serialize::json::Json;
    /// # use std::io::Read;
    /// # fn get_content_type(_: &tiny_http::Request) -> &'static str { "" }
    /// # fn main() {
    /// # let server = tiny_http::Server::http("0.0.0.0:0").unwrap();
    /// let mut request = server.recv().unwrap();
    ///
    /// if get_content_type(&request) == "application/json" {
    ///     let mut content = String::new();
    ///     request.as_reader().read_to_string(&mut content).unwrap();
    ///     let json: Json = content.parse().unwrap();
    /// }
    /// # }
    /// ```
    ///
    /// If the client sent a `Expect: 100-continue` header with the request, calling this
    ///  function will send back a `100 Continue` response.
    #[inline]
    pub fn as_reader(&mut self) -> &mut dyn Read {
        if self.must_send_continue {
            let msg = Response::new_empty(StatusCode(100));
            msg.raw_print(
                self.response_writer.as_mut().unwrap().by_ref(),
                self.http_version.clone(),
                &self.headers,
                true,
                None,
            )
            .ok();
            self.response_writer.as_mut().unwrap().flush().ok();
            self.must_send_continue = false;
        }

        self.data_reader.as_mut().unwrap()
    }

    /// Turns the `Request` into a writer.
    ///
    /// The writer has a raw access to the stream to the user.
    /// This function is useful for things like CGI.
    ///
    /// Note that the destruction of the `Writer` object may trigger
    /// some events. For exemple if a client has sent multiple requests and the requests
    /// have been processed in parallel, the destruction of a writer will trigger
    /// the writing of the next response.
    /// Therefore you should always destroy the `Writer` as soon as possible.
    #[inline]
    pub fn into_writer(mut self) -> Box<dyn Write + Send + 'static> {
        let writer = self.extract_writer_impl();
        if let Some(sender) = self.notify_when_responded.take() {
            let writer = NotifyOnDrop {
                sender,
                inner: writer,
            };
            Box::new(writer) as Box<dyn Write + Send + 'static>
        } else {
            writer
        }
    }

    /// Extract the response `Writer` object from the Request, dropping this `Writer` has the same side effects
    /// as the object returned by `into_writer` above.
    ///
    /// This may only be called once on a single request.
    fn extract_writer_impl(&mut self) -> Box<dyn Write + Send + 'static> {
        use std::mem;

        assert!(self.response_writer.is_some());

        let mut writer = None;
        mem::swap(&mut self.response_writer, &mut writer);
        writer.unwrap()
    }

    /// Extract the body `Reader` object from the Request.
    ///
    /// This may only be called once on a single request.
    fn extract_reader_impl(&mut self) -> Box<dyn Read + Send + 'static> {
        use std::mem;

        assert!(self.data_reader.is_some());

        let mut reader = None;
        mem::swap(&mut self.data_reader, &mut reader);
        reader.unwrap()
    }

    /// Sends a response to this request.
    #[inline]
    pub fn respond<R>(mut self, response: Response<R>) -> Result<(), IoError>
    where
        R: Read,
    {
        let res = self.respond_impl(response);
        if let Some(sender) = self.notify_when_responded.take() {
            let _ = sender.send(());
        }
        res
    }

    fn respond_impl<R>(&mut self, response: Response<R>) -> Result<(), IoError>
    where
        R: Read,
    {
        let mut writer = self.extract_writer_impl();

        let do_not_send_body = self.method == Method::Head;

        Self::ignore_client_closing_errors(response.raw_print(
            writer.by_ref(),
            self.http_version.clone(),
            &self.headers,
            do_not_send_body,
            None,
        ))?;

        Self::ignore_client_closing_errors(writer.flush())
    }

    fn ignore_client_closing_errors(result: io::Result<()>) -> io::Result<()> {
        result.or_else(|err| match err.kind() {
            ErrorKind::BrokenPipe => Ok(()),
            ErrorKind::ConnectionAborted => Ok(()),
            ErrorKind::ConnectionRefused => Ok(()),
            ErrorKind::ConnectionReset => Ok(()),
            _ => Err(err),
        })
    }

    pub(crate) fn with_notify_sender(mut self, sender: Sender<()>) -> Self {
        self.notify_when_responded = Some(sender);
        self
    }

    /// Rulebook patch: the response is serialised into memory and handed to the connection's
    /// own thread through `sender`, which writes it to the socket. A worker therefore never
    /// blocks on a client that reads slowly (or not at all), and one connection has at most
    /// one request in the application's queue at a time, so the queue is served fairly
    /// across connections.
    pub(crate) fn with_response_channel(mut self, sender: Sender<Vec<u8>>) -> Self {
        self.response_writer = Some(Box::new(DeferredWriter {
            buf: Vec::new(),
            sender: Some(sender),
        }) as Box<dyn Write + Send + 'static>);
        self
    }
}

impl fmt::Debug for Request {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> Result<(), fmt::Error> {
        write!(
            formatter,
            "Request({} {} from {:?})",
            self.method, self.path, self.remote_addr
        )
    }
}

impl Drop for Request {
    fn drop(&mut self) {
        if self.response_writer.is_some() {
            let response = Response::empty(500);
            let _ = self.respond_impl(response); // ignoring any potential error
            if let Some(sender) = self.notify_when_responded.take() {
                let _ = sender.send(());
            }
        }
    }
}

/// Collects a serialised response and hands it to the connection thread when dropped
/// (Rulebook patch, see `Request::with_response_channel`).
struct DeferredWriter {
    buf: Vec<u8>,
    sender: Option<Sender<Vec<u8>>>,
}

impl Write for DeferredWriter {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        self.buf.extend_from_slice(data);
        Ok(data.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl Drop for DeferredWriter {
    fn drop(&mut self) {
        if let Some(sender) = self.sender.take() {
            let _ = sender.send(std::mem::take(&mut self.buf));
        }
    }
}

/// Dummy trait that regroups the `Read` and `Write` traits.
///
/// Automatically implemented on all types that implement both `Read` and `Write`.
pub trait ReadWrite: Read + Write {}
impl<T> ReadWrite for T where T: Read + Write {}

#[cfg(test)]
mod chunked_tests {
    use super::{read_chunked, RequestCreationError};
    use std::time::Duration;

    fn run(input: &[u8], max: u64) -> Result<Option<Vec<u8>>, RequestCreationError> {
        read_chunked(&mut &input[..], max, Duration::from_secs(5))
    }

    #[test]
    fn well_formed_bodies_decode() {
        assert_eq!(run(b"5\r\nhello\r\n0\r\n\r\n", 100).unwrap().unwrap(), b"hello");
        assert_eq!(
            run(b"2;ext=1\r\nab\r\n1\r\nc\r\n0\r\nTrailer: x\r\n\r\n", 100).unwrap().unwrap(),
            b"abc"
        );
        assert_eq!(run(b"A\r\n0123456789\r\n0\r\n\r\n", 100).unwrap().unwrap().len(), 10);
    }

    #[test]
    fn malformed_or_truncated_bodies_are_refused() {
        for bad in [
            &b"+5\r\nhello\r\n0\r\n\r\n"[..],
            b" 5\r\nhello\r\n0\r\n\r\n",
            b"5\nhello\r\n0\r\n\r\n",
            b"5\r\nhelloXX0\r\n\r\n",
            b"\r\n",
            b"12345678901234567\r\n",
            b"5;\x01\r\nhello\r\n0\r\n\r\n",
        ] {
            assert!(
                matches!(run(bad, 100), Err(RequestCreationError::BadFraming(400))),
                "{:?}",
                String::from_utf8_lossy(bad)
            );
        }
        // Cut short: an error, never a shorter body.
        for cut in [&b"5\r\nhel"[..], b"5\r\nhello\r\n", b"5\r\nhello\r\n0\r\n"] {
            assert!(matches!(run(cut, 100), Err(RequestCreationError::CreationIoError(_))));
        }
        // An endless size line stops at the cap instead of growing.
        let endless = vec![b'f'; 100_000];
        assert!(matches!(run(&endless, 100), Err(RequestCreationError::BadFraming(400))));
    }

    #[test]
    fn an_oversize_body_stops_at_the_cap() {
        assert_eq!(run(b"ffffffff\r\n", 100).unwrap(), None);
        assert_eq!(run(b"40\r\n", 63).unwrap(), None);
    }
}

#[cfg(test)]
mod tests {
    use super::Request;

    #[test]
    fn must_be_send() {
        #![allow(dead_code)]
        fn f<T: Send>(_: &T) {}
        fn bar(rq: &Request) {
            f(rq);
        }
    }
}
