use ascii::AsciiString;

use std::io::Error as IoError;
use std::io::Result as IoResult;
use std::io::{BufReader, BufWriter, ErrorKind, Read};

use std::net::SocketAddr;
use std::str::FromStr;

use crate::common::{HTTPVersion, Header, Method};
use crate::util::RefinedTcpStream;
use crate::util::{
    SequentialReader, SequentialReaderBuilder, SequentialWriter, SequentialWriterBuilder,
};
use crate::{Limits, Request};
use std::time::Instant;

/// A ClientConnection is an object that will store a socket to a client
/// and return Request objects.
pub struct ClientConnection {
    // address of the client
    remote_addr: IoResult<Option<SocketAddr>>,

    // sequence of Readers to the stream, so that the data is not read in
    //  the wrong order
    source: SequentialReaderBuilder<BufReader<RefinedTcpStream>>,

    // sequence of Writers to the stream, to avoid writing response #2 before
    //  response #1
    sink: SequentialWriterBuilder<BufWriter<RefinedTcpStream>>,

    // Reader to read the next header from
    next_header_source: SequentialReader<BufReader<RefinedTcpStream>>,

    // set to true if we know that the previous request is the last one
    no_more_requests: bool,

    // true if the connection goes through SSL
    secure: bool,

    // Rulebook patch: size and time limits on the request head.
    limits: Limits,
}

/// Error that can happen when reading a request.
#[derive(Debug)]
enum ReadError {
    WrongRequestLine,
    WrongHeader(HTTPVersion),
    /// the client sent an unrecognized `Expect` header
    ExpectationFailed(HTTPVersion),
    ReadIoError(IoError),
    /// Rulebook patch: request line, a header line, the header count or the whole head too large.
    HeadTooLarge,
    /// Rulebook patch: the head did not arrive within the deadline (or a read timed out mid-head).
    HeadTimeout,
    /// Rulebook patch: ambiguous or unsupported body framing (request smuggling); the status
    /// to answer with before closing.
    BadFraming(u16),
}

/// Rulebook patch: where the connection thread writes a request's response.
pub(crate) type ResponseSink = SequentialWriter<BufWriter<RefinedTcpStream>>;

impl ClientConnection {
    /// Creates a new `ClientConnection` that takes ownership of the `TcpStream`.
    pub fn new(
        write_socket: RefinedTcpStream,
        mut read_socket: RefinedTcpStream,
        limits: Limits,
    ) -> ClientConnection {
        let remote_addr = read_socket.peer_addr();
        let secure = read_socket.secure();

        let mut source = SequentialReaderBuilder::new(BufReader::with_capacity(1024, read_socket));
        let first_header = match source.next() {
            Some(reader) => reader,
            None => unreachable_builder(),
        };

        ClientConnection {
            source,
            sink: SequentialWriterBuilder::new(BufWriter::with_capacity(1024, write_socket)),
            remote_addr,
            next_header_source: first_header,
            no_more_requests: false,
            secure,
            limits,
        }
    }

    /// true if the connection is HTTPS
    pub fn secure(&self) -> bool {
        self.secure
    }

    /// Reads the next CRLF-terminated line of a request head within `head`'s budget.
    ///
    /// Rulebook patch: upstream read unbounded lines with no deadline (a 200 MiB header line
    /// grew the process by as much).
    fn read_next_line(&mut self, head: &mut HeadBudget) -> Result<AsciiString, ReadError> {
        let mut buf = Vec::new();
        let mut prev_byte_was_cr = false;

        loop {
            let byte = self.next_header_source.by_ref().bytes().next();

            let byte = match byte {
                Some(Ok(b)) => b,
                Some(Err(e)) => {
                    let timed_out =
                        e.kind() == ErrorKind::TimedOut || e.kind() == ErrorKind::WouldBlock;
                    return Err(if timed_out && head.started.is_some() {
                        ReadError::HeadTimeout
                    } else {
                        // an idle keep-alive connection timing out is closed silently
                        ReadError::ReadIoError(e)
                    });
                }
                None => {
                    return Err(ReadError::ReadIoError(IoError::new(
                        ErrorKind::ConnectionAborted,
                        "Unexpected EOF",
                    )))
                }
            };

            let started = *head.started.get_or_insert_with(Instant::now);
            head.bytes += 1;
            if buf.len() >= self.limits.max_line_bytes || head.bytes > self.limits.max_head_bytes {
                return Err(ReadError::HeadTooLarge);
            }
            if head.bytes % 64 == 0 && started.elapsed() > self.limits.head_deadline {
                return Err(ReadError::HeadTimeout);
            }

            if byte == b'\n' && prev_byte_was_cr {
                buf.pop(); // removing the '\r'
                return AsciiString::from_ascii(buf).map_err(|_| {
                    ReadError::ReadIoError(IoError::new(
                        ErrorKind::InvalidInput,
                        "Header is not in ASCII",
                    ))
                });
            }

            prev_byte_was_cr = byte == b'\r';

            buf.push(byte);
        }
    }

    /// Reads a request from the stream.
    /// Blocks until the header has been read.
    fn read(&mut self) -> Result<(Request, ResponseSink), ReadError> {
        let mut head = HeadBudget::default();
        let (method, path, version, headers) = {
            // reading the request line
            let (method, path, version) = {
                let line = self.read_next_line(&mut head)?;
                if head.started.is_some_and(|t| t.elapsed() > self.limits.head_deadline) {
                    return Err(ReadError::HeadTimeout);
                }
                // Rulebook patch: no control characters in the request line either.
                if line.as_bytes().iter().any(|&b| (b < 0x20 && b != b'\t') || b == 0x7f) {
                    return Err(ReadError::WrongRequestLine);
                }

                parse_request_line(
                    line.as_str().trim(), // TODO: remove this conversion
                )?
            };

            // getting all headers
            let headers = {
                let mut headers = Vec::new();
                loop {
                    let line = self.read_next_line(&mut head)?;

                    if line.is_empty() {
                        break;
                    };
                    // Rulebook patch: a control character (a bare CR or LF, NUL...) in a
                    // header line is refused, and so is a line folded onto the previous one
                    // (obs-fold, RFC 9112 §5.2): peers would split such lines differently.
                    if line.as_bytes().iter().any(|&b| (b < 0x20 && b != b'\t') || b == 0x7f)
                        || line.as_bytes().first().is_some_and(|&b| b == b' ' || b == b'\t')
                    {
                        return Err(ReadError::WrongHeader(version));
                    }
                    if headers.len() >= self.limits.max_header_count {
                        return Err(ReadError::HeadTooLarge);
                    }
                    if head.started.is_some_and(|t| t.elapsed() > self.limits.head_deadline) {
                        return Err(ReadError::HeadTimeout);
                    }
                    headers.push(match FromStr::from_str(line.as_str().trim()) {
                        // TODO: remove this conversion
                        Ok(h) => h,
                        _ => return Err(ReadError::WrongHeader(version)),
                    });
                }

                headers
            };

            (method, path, version, headers)
        };

        // building the writer for the request
        let mut writer = self.sink.next().ok_or(ReadError::WrongRequestLine)?;

        // follow-up for next potential request
        let mut data_source = self.source.next().ok_or(ReadError::WrongRequestLine)?;
        std::mem::swap(&mut self.next_header_source, &mut data_source);

        // building the next reader
        let request = crate::request::new_request(
            self.secure,
            method,
            path,
            version.clone(),
            headers,
            self.remote_addr.as_ref().ok().copied().flatten(),
            data_source,
            &mut writer,
            &self.limits,
        )
        .map_err(|e| {
            use crate::request;
            match e {
                request::RequestCreationError::CreationIoError(e) => ReadError::ReadIoError(e),
                request::RequestCreationError::ExpectationFailed => {
                    ReadError::ExpectationFailed(version)
                }
                request::RequestCreationError::BadFraming(status) => ReadError::BadFraming(status),
            }
        })?;

        // return the request and where its response goes
        Ok((request, writer))
    }
}

impl Iterator for ClientConnection {
    type Item = (Request, ResponseSink);

    /// Blocks until the next Request is available.
    /// Returns None when no new Requests will come from the client.
    fn next(&mut self) -> Option<(Request, ResponseSink)> {
        use crate::{Response, StatusCode};

        // the client sent a "connection: close" header in this previous request
        //  or is using HTTP 1.0, meaning that no new request will come
        if self.no_more_requests {
            return None;
        }

        loop {
            let rq = match self.read() {
                Err(ReadError::WrongRequestLine) => {
                    let Some(writer) = self.sink.next() else { return None };
                    let response = Response::new_empty(StatusCode(400));
                    response
                        .raw_print(writer, HTTPVersion(1, 1), &[], false, None)
                        .ok();
                    return None; // we don't know where the next request would start,
                                 // se we have to close
                }

                Err(ReadError::WrongHeader(ver)) => {
                    let Some(writer) = self.sink.next() else { return None };
                    let response = Response::new_empty(StatusCode(400));
                    response.raw_print(writer, ver, &[], false, None).ok();
                    return None; // we don't know where the next request would start,
                                 // se we have to close
                }

                Err(ReadError::HeadTooLarge) => {
                    self.refuse_and_close(431);
                    return None; // the rest of the head is unread: close
                }

                Err(ReadError::BadFraming(status)) => {
                    self.refuse_and_close(status);
                    return None; // where this request ends is unknowable: close
                }

                Err(ReadError::HeadTimeout) => {
                    // request timeout
                    let Some(writer) = self.sink.next() else { return None };
                    let response = Response::new_empty(StatusCode(408));
                    response
                        .raw_print(writer, HTTPVersion(1, 1), &[], false, None)
                        .ok();
                    return None; // closing the connection
                }

                Err(ReadError::ExpectationFailed(ver)) => {
                    let Some(writer) = self.sink.next() else { return None };
                    let response = Response::new_empty(StatusCode(417));
                    response.raw_print(writer, ver, &[], true, None).ok();
                    return None; // TODO: should be recoverable, but needs handling in case of body
                }

                Err(ReadError::ReadIoError(_)) => return None,

                Ok(pair) => pair,
            };
            let (rq, sink) = rq;

            // checking HTTP version
            if *rq.http_version() > (1, 1) {
                let writer = sink;
                let response = Response::from_string(
                    "This server only supports HTTP versions 1.0 and 1.1".to_owned(),
                )
                .with_status_code(StatusCode(505));
                response
                    .raw_print(writer, HTTPVersion(1, 1), &[], false, None)
                    .ok();
                continue;
            }

            // updating the status of the connection
            if rq.body_too_large() {
                // The unread body is still in flight: nothing after it can be parsed.
                self.no_more_requests = true;
            }

            let connection_header = rq
                .headers()
                .iter()
                .find(|h| h.field.equiv("Connection"))
                .map(|h| h.value.as_str());

            let lowercase = connection_header.map(|h| h.to_ascii_lowercase());

            match lowercase {
                Some(ref val) if val.contains("close") => self.no_more_requests = true,
                Some(ref val) if val.contains("upgrade") => self.no_more_requests = true,
                Some(ref val)
                    if !val.contains("keep-alive") && *rq.http_version() == HTTPVersion(1, 0) =>
                {
                    self.no_more_requests = true
                }
                None if *rq.http_version() == HTTPVersion(1, 0) => self.no_more_requests = true,
                _ => (),
            };

            // returning the request
            return Some((rq, sink));
        }
    }
}

/// Parses a "HTTP/1.1" string.
fn parse_http_version(version: &str) -> Result<HTTPVersion, ReadError> {
    let (major, minor) = match version {
        "HTTP/0.9" => (0, 9),
        "HTTP/1.0" => (1, 0),
        "HTTP/1.1" => (1, 1),
        "HTTP/2.0" => (2, 0),
        "HTTP/3.0" => (3, 0),
        _ => return Err(ReadError::WrongRequestLine),
    };

    Ok(HTTPVersion(major, minor))
}

/// Parses the request line of the request.
/// eg. GET / HTTP/1.1
fn parse_request_line(line: &str) -> Result<(Method, String, HTTPVersion), ReadError> {
    let mut parts = line.split(' ');

    let method = parts.next().and_then(|w| w.parse().ok());
    let path = parts.next().map(ToOwned::to_owned);
    let version = parts.next().and_then(|w| parse_http_version(w).ok());

    method
        .and_then(|method| Some((method, path?, version?)))
        .ok_or(ReadError::WrongRequestLine)
}

#[cfg(test)]
mod test {
    #[test]
    fn test_parse_request_line() {
        let (method, path, ver) = super::parse_request_line("GET /hello HTTP/1.1").unwrap();

        assert!(method == crate::Method::Get);
        assert!(path == "/hello");
        assert!(ver == crate::common::HTTPVersion(1, 1));

        assert!(super::parse_request_line("GET /hello").is_err());
        assert!(super::parse_request_line("qsd qsd qsd").is_err());
    }
}

impl ClientConnection {
    /// Answers `status` with `Connection: close` (Rulebook patch); the caller then closes.
    fn refuse_and_close(&mut self, status: u16) {
        use crate::{Response, StatusCode};
        if let Some(writer) = self.sink.next() {
            let headers: Vec<Header> = Header::from_bytes(&b"Connection"[..], &b"close"[..])
                .into_iter()
                .collect();
            Response::new_empty(StatusCode(status))
                .raw_print(writer, HTTPVersion(1, 1), &headers, false, None)
                .ok();
        }
    }
}

/// Byte and time budget of one request head (Rulebook patch).
#[derive(Default)]
struct HeadBudget {
    /// When the first byte of this head arrived.
    started: Option<Instant>,
    /// Bytes of this head read so far.
    bytes: usize,
}

/// `SequentialReaderBuilder::next` always yields; this documents that instead of unwrapping.
fn unreachable_builder() -> ! {
    unreachable!("SequentialReaderBuilder always yields a reader")
}

/// Rulebook patch (fuzzing, tests/fuzz `http_head`): feeds `bytes` as everything a client sends
/// on one connection through the real `ClientConnection` (request line, headers, framing and
/// the keep-alive loop, with the default limits), answers each request 200 after reading its
/// body, and returns how many requests were read. Inputs over 60,000 bytes are skipped so the
/// socket buffer never blocks the single writer. Not part of the public API.
#[doc(hidden)]
#[cfg(unix)]
pub fn fuzz_connection(bytes: &[u8]) -> usize {
    use crate::connection::Connection;
    use std::os::unix::net::UnixStream;

    if bytes.len() > 60_000 {
        return 0;
    }
    let Ok((mut client, server)) = UnixStream::pair() else {
        return 0;
    };
    if std::io::Write::write_all(&mut client, bytes).is_err()
        || client.shutdown(std::net::Shutdown::Write).is_err()
    {
        return 0;
    }
    // Answers go back to the client end: drain them so the server side never blocks.
    let drain = std::thread::spawn(move || {
        let _ = std::io::copy(&mut client, &mut std::io::sink());
    });
    let Ok((read, write)) = RefinedTcpStream::new(Connection::Unix(server)) else {
        return 0;
    };
    let mut served = 0;
    // As `serve_connection` does: the answer comes back serialised through the channel.
    for (request, mut sink) in ClientConnection::new(write, read, crate::Limits::default()) {
        let (sender, receiver) = std::sync::mpsc::channel();
        let mut request = request.with_response_channel(sender);
        let _ = std::io::copy(request.as_reader(), &mut std::io::sink());
        let _ = request.respond(crate::Response::empty(200));
        served += 1;
        match receiver.recv() {
            Ok(bytes) if std::io::Write::write_all(&mut sink, &bytes).is_ok() => {}
            _ => break,
        }
    }
    let _ = drain.join();
    served
}
