//! Rulebook patch: TLS through rustls 0.23 with a caller-built `ServerConfig` (the upstream
//! `ssl-rustls` feature pinned rustls 0.20 and ring 0.16). The OpenSSL backend was removed.

pub(crate) mod rustls;
pub(crate) use self::rustls::RustlsStream;
