//! Stable error codes shared by every layer.
//!
//! Each layer has its own error enum (`store::StoreError`, `crypto::KeyError`,
//! `config::ConfigError`, `http::HttpError`, `cli::CliError`); each variant carries a stable,
//! grep-able code such as `RB-STORE-WRONG-KEY`. The same code appears in CLI messages, API error
//! bodies and logs, and is documented once in `docs/ERRORS.md`.

/// An error with a stable, documented code.
pub trait Coded: std::fmt::Display {
    /// The stable code, e.g. `RB-STORE-WRONG-KEY`.
    fn code(&self) -> &'static str;
}
