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

/// The CycloneDX SBOM of this binary (every crate compiled in, with licence and checksum),
/// generated from Cargo.lock by `scripts/sbom.py` and checked by the tests to match it:
/// `rulebook --sbom` prints it, `rulebook doctor` reports its digest.
pub const SBOM: &str = include_str!("sbom.cdx.json");

/// The SHA-256 of [`SBOM`], in hex: the same digest as `sha256sum` of the file in a release
/// bundle.
pub fn sbom_digest() -> String {
    ring::digest::digest(&ring::digest::SHA256, SBOM.as_bytes())
        .as_ref()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_embedded_sbom_names_this_crate_and_its_dependencies() {
        let bom: serde_json::Value = serde_json::from_str(super::SBOM).unwrap();
        assert_eq!(bom["bomFormat"], "CycloneDX");
        assert_eq!(bom["metadata"]["component"]["version"], super::VERSION);
        let names: Vec<&str> = bom["components"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|c| c["name"].as_str())
            .collect();
        for dep in ["rusqlite", "rustls", "ring", "tiny_http", "openssl-src"] {
            assert!(names.contains(&dep), "{dep} missing from the SBOM");
        }
        assert_eq!(super::sbom_digest().len(), 64);
    }
}
