//! Tuning the static binary's allocator per workload. The static musl binary allocates with
//! mimalloc (`main.rs`, for the server's throughput); mimalloc keeps freed memory for a while,
//! commits arena memory eagerly and asks for transparent huge pages, which is right for a
//! long-running server and costs a one-shot command that renders tens of thousands of files
//! a third of its peak RSS (docs/BENCHMARKS.md, "Memory at 4,000 standards").

/// Asks the allocator to return freed memory to the system at once, to commit arena memory
/// only as it is used, and to keep to ordinary 4 KiB pages. For commands that render or install
/// large trees; the server keeps mimalloc's defaults. Does nothing in builds that use another
/// allocator (glibc, tests).
///
/// Transparent huge pages are the largest part: on a host whose THP setting is `madvise` (the
/// usual distribution default) mimalloc asks for 2 MiB pages, and a 2 MiB page that holds one
/// live path string stays resident whole. Turning them off for this process took a
/// 4,000-standard render for every agent from 74.9 to 63.1 MiB (docs/BENCHMARKS.md).
pub fn prefer_small_footprint() {
    #[cfg(all(target_env = "musl", not(feature = "musl-malloc")))]
    {
        unsafe extern "C" {
            // mimalloc's own option setter (linked through the `mimalloc` crate).
            fn mi_option_set(option: i32, value: std::ffi::c_long);
        }
        // `mi_option_e` of the vendored mimalloc v3 (the `libmimalloc-sys` default):
        // vendor/libmimalloc-sys/c_src/mimalloc/v3/include/mimalloc.h.
        const ARENA_EAGER_COMMIT: i32 = 4;
        const PURGE_DELAY: i32 = 15;
        const ALLOW_THP: i32 = 43;
        // SAFETY: mimalloc reads options atomically; setting one at any time is supported,
        // and every value is in its documented range.
        unsafe {
            mi_option_set(PURGE_DELAY, 0);
            mi_option_set(ARENA_EAGER_COMMIT, 0);
            mi_option_set(ALLOW_THP, 0);
        }
        // mimalloc reads `allow_thp` when it starts (then it turns THP off with this same call);
        // by now it has started, so the process's pages are kept small here. The kernel checks
        // the flag at each page fault, so it holds for everything allocated from now on.
        let (on, unused): (libc::c_ulong, libc::c_ulong) = (1, 0);
        // SAFETY: PR_SET_THP_DISABLE takes one integer and touches no memory of ours; a kernel
        // without it answers EINVAL, which changes nothing.
        unsafe {
            libc::prctl(libc::PR_SET_THP_DISABLE, on, unused, unused, unused);
        }
    }
}
