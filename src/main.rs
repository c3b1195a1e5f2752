//! The `rulebook` binary: parse arguments, run, map the outcome to an exit code.
//! Everything else lives in the library so that the edges stay thin.

/// musl's malloc serialises every thread on one lock, which made the static binary 2.5x slower
/// than glibc under concurrent requests (issue 19). mimalloc is the usual allocator for static
/// musl binaries; the `musl-malloc` feature keeps musl's own, to measure the difference
/// (scripts/bench/server.sh, docs/BENCHMARKS.md "Allocator").
#[cfg(all(target_env = "musl", not(feature = "musl-malloc")))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// tree-sitter's C core (the linter's parsers) calls libc `malloc` directly, which in the
/// static binary is musl's: every parsing thread then waits on musl's one lock, and the linter
/// ran 1.7x slower than ast-grep on two cores (docs/BENCHMARKS.md, "Linter"). Its allocator
/// hook sends those calls to the same mimalloc the Rust side uses.
#[cfg(all(target_env = "musl", not(feature = "musl-malloc")))]
mod tree_sitter_alloc {
    use std::ffi::c_void;

    type Malloc = unsafe extern "C" fn(usize) -> *mut c_void;
    type Calloc = unsafe extern "C" fn(usize, usize) -> *mut c_void;
    type Realloc = unsafe extern "C" fn(*mut c_void, usize) -> *mut c_void;
    type Free = unsafe extern "C" fn(*mut c_void);

    unsafe extern "C" {
        // mimalloc (linked through the `mimalloc` crate).
        fn mi_malloc(size: usize) -> *mut c_void;
        fn mi_calloc(count: usize, size: usize) -> *mut c_void;
        fn mi_realloc(p: *mut c_void, size: usize) -> *mut c_void;
        fn mi_free(p: *mut c_void);
        // tree-sitter's lib/src/alloc.c (linked through `tree-sitter`).
        fn ts_set_allocator(
            new_malloc: Option<Malloc>,
            new_calloc: Option<Calloc>,
            new_realloc: Option<Realloc>,
            new_free: Option<Free>,
        );
    }

    /// Out of memory ends the process, as tree-sitter's own allocator and Rust's do.
    fn checked(p: *mut c_void, size: usize) -> *mut c_void {
        if p.is_null() && size != 0 {
            std::process::abort();
        }
        p
    }
    unsafe extern "C" fn malloc(size: usize) -> *mut c_void {
        // SAFETY: mimalloc's malloc, any size.
        checked(unsafe { mi_malloc(size) }, size)
    }
    unsafe extern "C" fn calloc(count: usize, size: usize) -> *mut c_void {
        // SAFETY: mimalloc's calloc checks `count * size` for overflow.
        checked(
            unsafe { mi_calloc(count, size) },
            count.saturating_mul(size),
        )
    }
    unsafe extern "C" fn realloc(p: *mut c_void, size: usize) -> *mut c_void {
        // SAFETY: `p` came from this family (tree-sitter uses one allocator for a pointer's life).
        checked(unsafe { mi_realloc(p, size) }, size)
    }

    /// Must run before any tree-sitter object exists (first thing in `main`).
    pub fn install() {
        // SAFETY: called once, on the main thread, before any tree-sitter call; the four
        // functions are one allocator family (mimalloc), never return null for a non-zero
        // size (they abort) and align like malloc.
        unsafe {
            ts_set_allocator(Some(malloc), Some(calloc), Some(realloc), Some(mi_free));
        }
    }
}

fn main() {
    #[cfg(all(target_env = "musl", not(feature = "musl-malloc")))]
    tree_sitter_alloc::install();
    std::process::exit(rulebook::cli::main());
}
