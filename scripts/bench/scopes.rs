//! The scope shapes of the benchmark playbook's standards, shared by the site simulation and
//! the scope-index benchmark (and written the same way by `mcp/gen_archive.py`): standard `i`
//! applies everywhere (1%), has one broad glob (1%), or covers one of 3,000 modules.

/// Modules the standards are spread over (about 3 standards each at 9,000).
pub const MODULES: u64 = 3000;

/// The broad globs, one per standard `i % 100 == 1`.
pub const BROAD: &[&str] = &[
    "**/*.py",
    "**/*.ts",
    "*.tsx",
    "**/*.go",
    "tests/**",
    "{src,lib}/**/*.ts",
];

/// Standard `i`'s scope.
pub fn scope(i: u64) -> Vec<String> {
    if i.is_multiple_of(100) {
        return Vec::new();
    }
    if i % 100 == 1 {
        return vec![BROAD[((i / 100) as usize) % BROAD.len()].to_string()];
    }
    let m = i % MODULES;
    if m.is_multiple_of(2) {
        vec![
            format!("src/mod{m}/**/*.ts"),
            format!("src/mod{m}/**/*.tsx"),
        ]
    } else {
        vec![
            format!("services/svc{m}/**/*.py"),
            format!("!services/svc{m}/generated/**"),
        ]
    }
}
