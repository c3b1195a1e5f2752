//! Tuning the static binary's allocator per workload. The static musl binary allocates with
//! mimalloc (`main.rs`, for the server's throughput); mimalloc keeps freed memory for a while,
//! commits arena memory eagerly and asks for transparent huge pages. That cost a one-shot
//! command rendering tens of thousands of files a third of its peak RSS (docs/BENCHMARKS.md,
//! "Memory at 4,000 standards") and doubled the server's resident memory under load
//! ("Server memory"), so each workload sets what suits it when it starts.

/// Asks the allocator to return freed memory to the system at once, to commit arena memory
/// only as it is used, and to keep to ordinary 4 KiB pages. For commands that render or install
/// large trees. Does nothing in builds that use another allocator (glibc, tests).
///
/// Transparent huge pages are the largest part: on a host whose THP setting is `madvise` (the
/// usual distribution default) mimalloc asks for 2 MiB pages, and a 2 MiB page that holds one
/// live path string stays resident whole. Turning them off for this process took a
/// 4,000-standard render for every agent from 74.9 to 63.1 MiB (docs/BENCHMARKS.md).
pub fn prefer_small_footprint() {
    set_options(&[(PURGE_DELAY, 0), (ARENA_EAGER_COMMIT, 0), (ALLOW_THP, 0)]);
    no_huge_pages();
}

/// The server's setting: ordinary pages, and freed memory returned after 10 ms instead of
/// mimalloc v3's default second. On the site simulation at 300 reads/s and 20 edits/s
/// (docs/BENCHMARKS.md, "Server memory") the RSS between backups went from 243-259 MiB to
/// 123-130 MiB with the same CPU and latency at 100 ms. Since SQLite allocates from mimalloc
/// too (`c_alloc`), its page caches are freed and taken again by any of the worker threads,
/// and 100 ms held 117-130 MiB; 10 ms holds 90-100 MiB at the same CPU. An administrator's own
/// `MIMALLOC_PURGE_DELAY` or `MIMALLOC_ALLOW_THP` is kept.
pub fn prefer_server_footprint() {
    let unset = |name: &str| std::env::var_os(name).is_none();
    if unset("MIMALLOC_PURGE_DELAY") {
        set_options(&[(PURGE_DELAY, 10)]);
    }
    if unset("MIMALLOC_ALLOW_THP") {
        set_options(&[(ALLOW_THP, 0)]);
        no_huge_pages();
    }
}

// `mi_option_e` of the vendored mimalloc v3 (the `libmimalloc-sys` default):
// vendor/libmimalloc-sys/c_src/mimalloc/v3/include/mimalloc.h.
const ARENA_EAGER_COMMIT: i32 = 4;
const PURGE_DELAY: i32 = 15;
const ALLOW_THP: i32 = 43;

#[cfg_attr(
    not(all(target_env = "musl", not(feature = "musl-malloc"))),
    allow(unused)
)]
fn set_options(options: &[(i32, i64)]) {
    #[cfg(all(target_env = "musl", not(feature = "musl-malloc")))]
    {
        unsafe extern "C" {
            // mimalloc's own option setter (linked through the `mimalloc` crate).
            fn mi_option_set(option: i32, value: std::ffi::c_long);
        }
        for (option, value) in options {
            // SAFETY: mimalloc reads options atomically; setting one at any time is
            // supported, and every value given here is in its documented range.
            unsafe { mi_option_set(*option, *value as std::ffi::c_long) };
        }
    }
}

/// Keeps this process's pages small from now on. mimalloc reads `allow_thp` when it starts
/// (then it turns THP off with this same call); by now it has started, so the process's pages
/// are kept small here. The kernel checks the flag at each page fault, so it holds for
/// everything allocated from now on.
fn no_huge_pages() {
    #[cfg(all(target_env = "musl", not(feature = "musl-malloc")))]
    {
        let (on, unused): (libc::c_ulong, libc::c_ulong) = (1, 0);
        // SAFETY: PR_SET_THP_DISABLE takes one integer and touches no memory of ours; a kernel
        // without it answers EINVAL, which changes nothing.
        unsafe {
            libc::prctl(libc::PR_SET_THP_DISABLE, on, unused, unused, unused);
        }
    }
}
