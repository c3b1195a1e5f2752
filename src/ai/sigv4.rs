//! AWS Signature Version 4 request signing, for the Bedrock provider (`bedrock.rs`).
//!
//! Bedrock accepts only SigV4-signed requests; rather than vendor an AWS SDK for one header,
//! this is the algorithm itself on `ring` (HMAC-SHA256, SHA-256), checked against AWS's
//! published SigV4 test suite. It is pure: the caller passes the time ([`amz_date`]) and gets
//! back the headers to add. Paths are normalised and encoded the way every service but S3
//! expects; S3 is not a target. A session token is signed (as the AWS SDKs do), not appended.

use std::cmp::Ordering;

use ring::{digest, hmac};

use crate::crypto::hex;

/// Long-term or temporary AWS credentials. Deliberately not `Debug`: it holds the secret key.
pub struct Credentials<'a> {
    pub access_key_id: &'a str,
    pub secret_access_key: &'a str,
    /// The STS session token of temporary credentials, sent and signed as `x-amz-security-token`.
    pub session_token: Option<&'a str>,
}

/// The parts of an HTTP request that SigV4 signs.
pub struct Request<'a> {
    pub method: &'a str,
    /// Host (with `:port` if one is sent); always signed as the `host` header.
    pub host: &'a str,
    /// path as sent, already URI-encoded once (e.g. "/model/anthropic.claude-3%3A0/converse")
    pub path: &'a str,
    /// raw query string without '?', may be empty
    pub query: &'a str,
    /// Headers that will be sent, all of them signed. A `host` or `authorization` entry is
    /// ignored (the host comes from `host`); an `x-amz-date`, `x-amz-content-sha256` or
    /// `x-amz-security-token` entry wins over the value [`sign`] would otherwise add.
    pub headers: &'a [(String, String)],
    pub body: &'a [u8],
}

const ALGORITHM: &str = "AWS4-HMAC-SHA256";

/// `amz_date` is "YYYYMMDDTHHMMSSZ". Returns the headers to add: `x-amz-date`,
/// `x-amz-content-sha256` (only if `content_sha256_header` is true), `x-amz-security-token`
/// (if a session token), and `authorization`. A header `req.headers` already holds is not
/// added again (its value is the one signed).
pub fn sign(
    req: &Request<'_>,
    creds: &Credentials<'_>,
    region: &str,
    service: &str,
    amz_date: &str,
    content_sha256_header: bool,
) -> Vec<(String, String)> {
    let mut prepared = prepare(req, creds, amz_date, content_sha256_header);
    let date_time = prepared.date_time.as_str();
    let date = date_time.get(..8).unwrap_or(date_time);
    let scope = format!("{date}/{region}/{service}/aws4_request");
    let string_to_sign = format!(
        "{ALGORITHM}\n{date_time}\n{scope}\n{}",
        sha256_hex(prepared.canonical.as_bytes())
    );
    let mut key = hmac_sha256(format!("AWS4{}", creds.secret_access_key).as_bytes(), date);
    for part in [region, service, "aws4_request"] {
        key = hmac_sha256(&key, part);
    }
    let signature = hex::encode(&hmac_sha256(&key, &string_to_sign));
    let authorization = format!(
        "{ALGORITHM} Credential={}/{scope}, SignedHeaders={}, Signature={signature}",
        creds.access_key_id, prepared.signed_headers
    );
    prepared
        .added
        .push(("authorization".to_owned(), authorization));
    prepared.added
}

/// Formats seconds since the Unix epoch as "YYYYMMDDTHHMMSSZ" (UTC, civil-from-days algorithm, no crates).
pub fn amz_date(unix_secs: i64) -> String {
    let days = unix_secs.div_euclid(86_400);
    let secs = unix_secs.rem_euclid(86_400);
    // Howard Hinnant's days_from_civil inverse: eras of 400 years starting 0000-03-01.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}{month:02}{day:02}T{:02}{:02}{:02}Z",
        secs / 3_600,
        secs % 3_600 / 60,
        secs % 60
    )
}

/// Everything [`sign`] derives from the request before any key is involved.
struct Prepared {
    canonical: String,
    signed_headers: String,
    /// The date-time actually signed: the request's own `x-amz-date` if it has one.
    date_time: String,
    added: Vec<(String, String)>,
}

fn prepare(
    req: &Request<'_>,
    creds: &Credentials<'_>,
    amz_date: &str,
    content_sha256_header: bool,
) -> Prepared {
    let payload_hash = sha256_hex(req.body);
    let mut headers: Vec<(String, String)> = vec![("host".to_owned(), normalise_value(req.host))];
    for (name, value) in req.headers {
        let name = name.trim().to_ascii_lowercase();
        if name != "host" && name != "authorization" {
            headers.push((name, normalise_value(value)));
        }
    }
    let mut added = Vec::new();
    let mut wanted = vec![("x-amz-date", amz_date)];
    if content_sha256_header {
        wanted.push(("x-amz-content-sha256", payload_hash.as_str()));
    }
    if let Some(token) = creds.session_token {
        wanted.push(("x-amz-security-token", token));
    }
    for (name, value) in wanted {
        if !headers.iter().any(|(n, _)| n == name) {
            headers.push((name.to_owned(), normalise_value(value)));
            added.push((name.to_owned(), value.to_owned()));
        }
    }
    let date_time = headers
        .iter()
        .find(|(n, _)| n == "x-amz-date")
        .map_or_else(|| amz_date.to_owned(), |(_, v)| v.clone());

    // Stable sort, so values of a repeated name keep the order they are sent in.
    headers.sort_by(|a, b| a.0.cmp(&b.0));
    let mut merged: Vec<(String, String)> = Vec::with_capacity(headers.len());
    for (name, value) in headers {
        match merged.last_mut() {
            Some((last, joined)) if *last == name => {
                joined.push(',');
                joined.push_str(&value);
            }
            _ => merged.push((name, value)),
        }
    }
    let mut canonical_headers = String::new();
    for (name, value) in &merged {
        canonical_headers.push_str(&format!("{name}:{value}\n"));
    }
    let signed_headers = merged
        .iter()
        .map(|(name, _)| name.as_str())
        .collect::<Vec<_>>()
        .join(";");
    let canonical = format!(
        "{}\n{}\n{}\n{canonical_headers}\n{signed_headers}\n{payload_hash}",
        req.method.to_ascii_uppercase(),
        canonical_uri(req.path),
        canonical_query(req.query),
    );
    Prepared {
        canonical,
        signed_headers,
        date_time,
        added,
    }
}

/// Trims a header value and collapses each run of whitespace to one space.
fn normalise_value(value: &str) -> String {
    value.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Removes `.`, `..` and empty segments, keeps a trailing slash, and encodes each segment
/// (again: a `%` the caller already encoded becomes `%25`), as all services but S3 expect.
fn canonical_uri(path: &str) -> String {
    let mut segments: Vec<&str> = Vec::new();
    for segment in path.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                segments.pop();
            }
            _ => segments.push(segment),
        }
    }
    let mut out = String::from("/");
    for (i, segment) in segments.iter().enumerate() {
        if i > 0 {
            out.push('/');
        }
        out.push_str(&uri_encode(segment.as_bytes()));
    }
    if path.ends_with('/') && !segments.is_empty() {
        out.push('/');
    }
    out
}

/// Decodes each name and value of a query string (a `+` is a literal plus, as in RFC 3986),
/// re-encodes them with the unreserved set, and sorts by encoded name, then value.
fn canonical_query(query: &str) -> String {
    let mut params: Vec<(String, String)> = query
        .split('&')
        .filter(|param| !param.is_empty())
        .map(|param| {
            let (name, value) = param.split_once('=').unwrap_or((param, ""));
            (
                uri_encode(&percent_decode(name)),
                uri_encode(&percent_decode(value)),
            )
        })
        .collect();
    params.sort_by(|a, b| match a.0.cmp(&b.0) {
        Ordering::Equal => a.1.cmp(&b.1),
        other => other,
    });
    params
        .iter()
        .map(|(name, value)| format!("{name}={value}"))
        .collect::<Vec<_>>()
        .join("&")
}

/// Percent-encodes every byte outside the RFC 3986 unreserved set, upper-case hex.
fn uri_encode(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(bytes.len());
    for &b in bytes {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push('%');
            for nibble in [b >> 4, b & 0x0f] {
                let digit = DIGITS.get(usize::from(nibble)).copied().unwrap_or(b'0');
                out.push(char::from(digit));
            }
        }
    }
    out
}

/// Decodes `%XX` escapes; a `%` not followed by two hex digits stays as it is.
fn percent_decode(s: &str) -> Vec<u8> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let escaped = match (b, bytes.get(i + 1), bytes.get(i + 2)) {
            (b'%', Some(&hi), Some(&lo)) => hex_value(hi).zip(hex_value(lo)),
            _ => None,
        };
        match escaped {
            Some((hi, lo)) => {
                out.push((hi << 4) | lo);
                i += 3;
            }
            None => {
                out.push(b);
                i += 1;
            }
        }
    }
    out
}

fn hex_value(c: u8) -> Option<u8> {
    char::from(c)
        .to_digit(16)
        .and_then(|d| u8::try_from(d).ok())
}

fn sha256_hex(data: &[u8]) -> String {
    hex::encode(digest::digest(&digest::SHA256, data).as_ref())
}

fn hmac_sha256(key: &[u8], data: &str) -> Vec<u8> {
    let key = hmac::Key::new(hmac::HMAC_SHA256, key);
    hmac::sign(&key, data.as_bytes()).as_ref().to_vec()
}

#[cfg(test)]
mod tests {
    //! Vectors from AWS's SigV4 test suite ("aws-sig-v4-test-suite", 2015-08-30 edition), as
    //! vendored in boto/botocore at `tests/unit/auth/aws4_testsuite/`: each case's `.req`
    //! (request), `.creq` (canonical request) and `.authz` (authorization header), verbatim.

    use super::*;

    const CREDS: Credentials<'static> = Credentials {
        access_key_id: "AKIDEXAMPLE",
        secret_access_key: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        session_token: None,
    };
    const DATE: &str = "20150830T123600Z";
    const HOST: &str = "example.amazonaws.com";
    const EMPTY_HASH: &str = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    const STS_TOKEN: &str = "AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8YUuwthAx7mSEI/qkPpKPi/kMcGdQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE8YQcHNVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz+scqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCR/oLxBA==";

    fn auth(signed_headers: &str, signature: &str) -> String {
        format!(
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, \
             SignedHeaders={signed_headers}, Signature={signature}"
        )
    }

    /// Signs a suite request (its headers verbatim, `Host` and `X-Amz-Date` included) and
    /// returns the canonical request and every header `sign` added.
    fn run(
        method: &str,
        target: &str,
        extra: &[(&str, &str)],
        body: &[u8],
        creds: &Credentials<'_>,
    ) -> (String, Vec<(String, String)>) {
        let (path, query) = target.split_once('?').unwrap_or((target, ""));
        let mut headers = vec![
            ("Host".to_owned(), HOST.to_owned()),
            ("X-Amz-Date".to_owned(), DATE.to_owned()),
        ];
        headers.extend(
            extra
                .iter()
                .map(|(n, v)| ((*n).to_owned(), (*v).to_owned())),
        );
        let req = Request {
            method,
            host: HOST,
            path,
            query,
            headers: &headers,
            body,
        };
        let creq = prepare(&req, creds, DATE, false).canonical;
        (creq, sign(&req, creds, "us-east-1", "service", DATE, false))
    }

    fn authorization(added: &[(String, String)]) -> &str {
        &added.iter().find(|(n, _)| n == "authorization").unwrap().1
    }

    fn creq(method: &str, uri: &str, query: &str, headers: &str, signed: &str) -> String {
        format!("{method}\n{uri}\n{query}\n{headers}\n{signed}\n{EMPTY_HASH}")
    }

    const PLAIN: &str = "host:example.amazonaws.com\nx-amz-date:20150830T123600Z\n";

    #[test]
    fn get_vanilla() {
        let (c, added) = run("GET", "/", &[], b"", &CREDS);
        assert_eq!(c, creq("GET", "/", "", PLAIN, "host;x-amz-date"));
        let sig = "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31";
        assert_eq!(authorization(&added), auth("host;x-amz-date", sig));
        // The request already carries X-Amz-Date: nothing but the authorization is added.
        assert_eq!(added.len(), 1);
    }

    #[test]
    fn get_vanilla_query_order_key_case() {
        let (c, added) = run("GET", "/?Param2=value2&Param1=value1", &[], b"", &CREDS);
        let q = "Param1=value1&Param2=value2";
        assert_eq!(c, creq("GET", "/", q, PLAIN, "host;x-amz-date"));
        let sig = "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500";
        assert_eq!(authorization(&added), auth("host;x-amz-date", sig));
    }

    #[test]
    fn get_vanilla_query_order_value() {
        let (c, added) = run("GET", "/?Param1=value2&Param1=value1", &[], b"", &CREDS);
        let q = "Param1=value1&Param1=value2";
        assert_eq!(c, creq("GET", "/", q, PLAIN, "host;x-amz-date"));
        let sig = "5772eed61e12b33fae39ee5e7012498b51d56abc0abb7c60486157bd471c4694";
        assert_eq!(authorization(&added), auth("host;x-amz-date", sig));
    }

    #[test]
    fn get_vanilla_query_unreserved() {
        let u = "-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        let (c, added) = run("GET", &format!("/?{u}={u}"), &[], b"", &CREDS);
        assert_eq!(
            c,
            creq("GET", "/", &format!("{u}={u}"), PLAIN, "host;x-amz-date")
        );
        let sig = "9c3e54bfcdf0b19771a7f523ee5669cdf59bc7cc0884027167c21bb143a40197";
        assert_eq!(authorization(&added), auth("host;x-amz-date", sig));
    }

    #[test]
    fn get_vanilla_query_order_encoded() {
        let target = "/?Param-3=Value3&Param=Value2&%E1%88%B4=Value1";
        let (c, added) = run("GET", target, &[], b"", &CREDS);
        let q = "%E1%88%B4=Value1&Param=Value2&Param-3=Value3";
        assert_eq!(c, creq("GET", "/", q, PLAIN, "host;x-amz-date"));
        let sig = "371d3713e185cc334048618a97f809c9ffe339c62934c032af5a0e595648fcac";
        assert_eq!(authorization(&added), auth("host;x-amz-date", sig));
    }

    #[test]
    fn get_vanilla_utf8_query() {
        let (c, added) = run("GET", "/?\u{1234}=bar", &[], b"", &CREDS);
        assert_eq!(
            c,
            creq("GET", "/", "%E1%88%B4=bar", PLAIN, "host;x-amz-date")
        );
        let sig = "2cdec8eed098649ff3a119c94853b13c643bcf08f8b0a1d91e12c9027818dd04";
        assert_eq!(authorization(&added), auth("host;x-amz-date", sig));
    }

    #[test]
    fn get_utf8() {
        let (c, added) = run("GET", "/\u{1234}", &[], b"", &CREDS);
        assert_eq!(c, creq("GET", "/%E1%88%B4", "", PLAIN, "host;x-amz-date"));
        let sig = "8318018e0b0f223aa2bbf98705b62bb787dc9c0e678f255a891fd03141be5d85";
        assert_eq!(authorization(&added), auth("host;x-amz-date", sig));
    }

    #[test]
    fn get_unreserved() {
        let path = "/-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        let (c, added) = run("GET", path, &[], b"", &CREDS);
        assert_eq!(c, creq("GET", path, "", PLAIN, "host;x-amz-date"));
        let sig = "07ef7494c76fa4850883e2b006601f940f8a34d404d0cfa977f52a65bbf5f24f";
        assert_eq!(authorization(&added), auth("host;x-amz-date", sig));
    }

    #[test]
    fn get_header_value_trim() {
        let extra = [("My-Header1", " value1"), ("My-Header2", " \"a   b   c\"")];
        let (c, added) = run("GET", "/", &extra, b"", &CREDS);
        let headers = "host:example.amazonaws.com\nmy-header1:value1\nmy-header2:\"a b c\"\n\
                       x-amz-date:20150830T123600Z\n";
        let signed = "host;my-header1;my-header2;x-amz-date";
        assert_eq!(c, creq("GET", "/", "", headers, signed));
        let sig = "acc3ed3afb60bb290fc8d2dd0098b9911fcaa05412b367055dee359757a9c736";
        assert_eq!(authorization(&added), auth(signed, sig));
    }

    #[test]
    fn get_header_key_duplicate() {
        let extra = [
            ("My-Header1", "value2"),
            ("My-Header1", "value2"),
            ("My-Header1", "value1"),
        ];
        let (c, added) = run("GET", "/", &extra, b"", &CREDS);
        let headers = "host:example.amazonaws.com\nmy-header1:value2,value2,value1\n\
                       x-amz-date:20150830T123600Z\n";
        assert_eq!(
            c,
            creq("GET", "/", "", headers, "host;my-header1;x-amz-date")
        );
        let sig = "c9d5ea9f3f72853aea855b47ea873832890dbdd183b4468f858259531a5138ea";
        assert_eq!(
            authorization(&added),
            auth("host;my-header1;x-amz-date", sig)
        );
    }

    #[test]
    fn post_vanilla() {
        let (c, added) = run("POST", "/", &[], b"", &CREDS);
        assert_eq!(c, creq("POST", "/", "", PLAIN, "host;x-amz-date"));
        let sig = "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b";
        assert_eq!(authorization(&added), auth("host;x-amz-date", sig));
    }

    #[test]
    fn post_x_www_form_urlencoded() {
        let extra = [("Content-Type", "application/x-www-form-urlencoded")];
        let (c, added) = run("POST", "/", &extra, b"Param1=value1", &CREDS);
        let want = "POST\n/\n\ncontent-type:application/x-www-form-urlencoded\n\
                    host:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\n\
                    content-type;host;x-amz-date\n\
                    9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e";
        assert_eq!(c, want);
        let sig = "ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a";
        assert_eq!(
            authorization(&added),
            auth("content-type;host;x-amz-date", sig)
        );
    }

    #[test]
    fn post_x_www_form_urlencoded_parameters() {
        let extra = [(
            "Content-Type",
            "application/x-www-form-urlencoded; charset=utf8",
        )];
        let (_, added) = run("POST", "/", &extra, b"Param1=value1", &CREDS);
        let sig = "1a72ec8f64bd914b0e42e42607c7fbce7fb2c7465f63e3092b3b0d39fa77a6fe";
        assert_eq!(
            authorization(&added),
            auth("content-type;host;x-amz-date", sig)
        );
    }

    #[test]
    fn normalize_path_vectors() {
        let cases = [
            // get-relative-relative
            (
                "/example1/example2/../..",
                "/",
                "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
            ),
            // get-slashes
            (
                "//example//",
                "/example/",
                "9a624bd73a37c9a373b5312afbebe7a714a789de108f0bdfe846570885f57e84",
            ),
            // get-slash-pointless-dot
            (
                "/./example",
                "/example",
                "ef75d96142cf21edca26f06005da7988e4f8dc83a165a80865db7089db637ec5",
            ),
            // get-space
            (
                "/example space/",
                "/example%20space/",
                "652487583200325589f1fba4c7e578f72c47cb61beeca81406b39ddec1366741",
            ),
            // get-special-character
            (
                "/example/$delete",
                "/example/%24delete",
                "a853c9b21b528b19643d00910d35b83a10c366a10833ceefb45edd6c80e40f27",
            ),
        ];
        for (path, uri, sig) in cases {
            let (c, added) = run("GET", path, &[], b"", &CREDS);
            assert_eq!(c, creq("GET", uri, "", PLAIN, "host;x-amz-date"), "{path}");
            assert_eq!(
                authorization(&added),
                auth("host;x-amz-date", sig),
                "{path}"
            );
        }
    }

    #[test]
    fn post_sts_header_before_signs_the_session_token() {
        let creds = Credentials {
            session_token: Some(STS_TOKEN),
            ..CREDS
        };
        // Token from the credentials only: it is added, and signed.
        let (c, added) = run("POST", "/", &[], b"", &creds);
        let headers = format!("{PLAIN}x-amz-security-token:{STS_TOKEN}\n");
        let signed = "host;x-amz-date;x-amz-security-token";
        assert_eq!(c, creq("POST", "/", "", &headers, signed));
        let sig = "85d96828115b5dc0cfc3bd16ad9e210dd772bbebba041836c64533a82be05ead";
        assert_eq!(authorization(&added), auth(signed, sig));
        assert_eq!(
            added[0],
            ("x-amz-security-token".to_owned(), STS_TOKEN.to_owned())
        );
        // The suite's .req carries the header itself: signed once, not added again.
        let (c2, added2) = run(
            "POST",
            "/",
            &[("X-Amz-Security-Token", STS_TOKEN)],
            b"",
            &creds,
        );
        assert_eq!(c2, c);
        assert_eq!(added2, vec![added[1].clone()]);
    }

    #[test]
    fn post_sts_header_after_is_the_unsigned_request() {
        // post-sts-header-after signs without the token and appends it afterwards; this module
        // signs it instead, so the suite's value is what the token-less signature must equal.
        let (_, added) = run("POST", "/", &[], b"", &CREDS);
        let sig = "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b";
        assert_eq!(authorization(&added), auth("host;x-amz-date", sig));
    }

    #[test]
    fn get_vanilla_with_session_token() {
        let token = "6e86291e8372ff2a2260956d9b8aae1d763fbf315fa00fa31553b73ebf194267";
        let creds = Credentials {
            session_token: Some(token),
            ..CREDS
        };
        let (_, added) = run("GET", "/", &[], b"", &creds);
        let signed = "host;x-amz-date;x-amz-security-token";
        let sig = "07ec1639c89043aa0e3e2de82b96708f198cceab042d4a97044c66dd9f74e7f8";
        assert_eq!(authorization(&added), auth(signed, sig));
    }

    #[test]
    fn adds_date_and_content_sha256_when_absent() {
        let req = Request {
            method: "POST",
            host: "bedrock-runtime.us-east-1.amazonaws.com",
            path: "/model/anthropic.claude-3%3A0/converse",
            query: "",
            headers: &[("content-type".to_owned(), "application/json".to_owned())],
            body: b"{}",
        };
        let p = prepare(&req, &CREDS, DATE, true);
        assert!(
            p.canonical
                .starts_with("POST\n/model/anthropic.claude-3%253A0/converse\n\n")
        );
        let body_hash = "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a";
        assert!(p.canonical.ends_with(&format!(
            "\ncontent-type;host;x-amz-content-sha256;x-amz-date\n{body_hash}"
        )));
        let added = sign(&req, &CREDS, "us-east-1", "bedrock", DATE, true);
        let names: Vec<&str> = added.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            ["x-amz-date", "x-amz-content-sha256", "authorization"]
        );
        assert_eq!(added[0].1, DATE);
        assert_eq!(added[1].1, body_hash);
        assert!(authorization(&added).starts_with(
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/bedrock/aws4_request, \
             SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date, Signature="
        ));
    }

    #[test]
    fn odd_inputs_do_not_panic() {
        assert_eq!(canonical_uri(""), "/");
        assert_eq!(canonical_uri("/../../a/./b/"), "/a/b/");
        assert_eq!(canonical_query("a&b=&=c&&%zz=%E"), "=c&%25zz=%25E&a=&b=");
        let req = Request {
            method: "get",
            host: "",
            path: "\u{1234}",
            query: "%",
            headers: &[("Ä".to_owned(), "\t".to_owned())],
            body: &[0xff],
        };
        let added = sign(&req, &CREDS, "", "", "\u{1234}", true);
        assert_eq!(added.len(), 3);
    }

    #[test]
    fn amz_date_formats_utc() {
        assert_eq!(amz_date(0), "19700101T000000Z");
        assert_eq!(amz_date(1_440_938_160), DATE);
        assert_eq!(amz_date(1_709_164_800), "20240229T000000Z");
        assert_eq!(amz_date(1_709_251_199), "20240229T235959Z");
        assert_eq!(amz_date(951_782_400), "20000229T000000Z");
        assert_eq!(amz_date(-1), "19691231T235959Z");
        let _ = amz_date(i64::MIN);
        let _ = amz_date(i64::MAX);
    }
}
