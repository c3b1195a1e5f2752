//! Build identity: version, git commit and target, fixed at compile time by `build.rs`.

/// The crate version.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
/// The git commit the binary was built from (`unknown` outside a checkout).
pub const COMMIT: &str = env!("RULEBOOK_GIT_COMMIT");
/// The target triple the binary was built for.
pub const TARGET: &str = env!("RULEBOOK_TARGET");

/// One line for `--version` and logs: `0.1.0 (commit abc1234, x86_64-unknown-linux-musl)`.
pub fn long() -> String {
    format!("{VERSION} (commit {COMMIT}, {TARGET})")
}
