//! The `rulebook` binary: parse arguments, run, map the outcome to an exit code.
//! Everything else lives in the library so that the edges stay thin.

/// musl's malloc serialises every thread on one lock, which made the static binary 2.5x slower
/// than glibc under concurrent requests (issue 19). mimalloc is the usual allocator for static
/// musl binaries; the `musl-malloc` feature keeps musl's own, to measure the difference
/// (scripts/bench/server.sh, docs/BENCHMARKS.md "Allocator").
#[cfg(all(target_env = "musl", not(feature = "musl-malloc")))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    // First, before any C library allocates (`ops::c_alloc`).
    rulebook::ops::c_alloc::install();
    std::process::exit(rulebook::cli::main());
}
