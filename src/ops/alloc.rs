//! Tuning the static binary's allocator per workload. The static musl binary allocates with
//! mimalloc (`main.rs`, for the server's throughput); mimalloc keeps freed memory for a while
//! and commits arena memory eagerly, which is right for a long-running server and costs a
//! one-shot command that renders tens of thousands of files a third of its peak RSS (80-92 MiB
//! against 60 MiB for 4,000 standards rendered for every agent; docs/BENCHMARKS.md).

/// Asks the allocator to return freed memory to the system at once and to commit arena memory
/// only as it is used. For commands that render or install large trees; the server keeps
/// mimalloc's defaults. Does nothing in builds that use another allocator (glibc, tests).
pub fn prefer_small_footprint() {
    #[cfg(all(target_env = "musl", not(feature = "musl-malloc")))]
    {
        unsafe extern "C" {
            // mimalloc's own option setter (linked through the `mimalloc` crate).
            fn mi_option_set(option: i32, value: std::ffi::c_long);
        }
        // `mi_option_e` of the vendored mimalloc (v2 and v3 agree on both):
        // vendor/libmimalloc-sys/c_src/mimalloc/v3/include/mimalloc.h.
        const ARENA_EAGER_COMMIT: i32 = 4;
        const PURGE_DELAY: i32 = 15;
        // SAFETY: mimalloc reads options atomically; setting one at any time is supported,
        // and both values are in their documented ranges.
        unsafe {
            mi_option_set(PURGE_DELAY, 0);
            mi_option_set(ARENA_EAGER_COMMIT, 0);
        }
    }
}
