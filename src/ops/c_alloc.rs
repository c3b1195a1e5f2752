//! Where the C libraries inside the static binary get their memory. They call libc `malloc`
//! directly, which in the static binary is musl's, and musl's allocator makes every thread
//! wait on one lock. Each library's allocator hook sends those calls to the mimalloc the Rust
//! side uses (`main.rs`):
//! - tree-sitter's core (the linter's parsers), which ran 1.7x slower than ast-grep on two
//!   cores without it (docs/BENCHMARKS.md, "Linter");
//! - SQLite and SQLCipher (`SQLITE_CONFIG_MALLOC`; SQLCipher wraps whatever SQLite has when it
//!   starts) and OpenSSL (`CRYPTO_set_mem_functions`), which SQLCipher calls on every page it
//!   reads or writes: the static binary's database reads were 1.44-1.56x slower than glibc's
//!   without them, 1.01x with them (docs/BENCHMARKS.md, "Allocator").
//!
//! [`install`] must run first in `main`: SQLite and OpenSSL accept a new allocator only before
//! their first use. What each library answered is kept for [`report`], which the server logs
//! at start and CI checks (`scripts/check-server-memory.sh`). Other builds (glibc, the
//! `musl-malloc` measurement build, tests) leave every allocator as it is.

use std::sync::OnceLock;

/// The libraries whose allocations [`install`] moved to mimalloc, and those that refused.
static INSTALLED: OnceLock<(Vec<&'static str>, Vec<&'static str>)> = OnceLock::new();

/// One line for the log: which C libraries allocate with mimalloc; `None` in builds that do
/// not use it.
pub fn report() -> Option<String> {
    let (hooked, refused) = INSTALLED.get()?;
    let mut line = format!("C libraries allocate with mimalloc: {}", hooked.join(", "));
    if !refused.is_empty() {
        line.push_str(&format!(
            "; kept musl's malloc (already in use): {}",
            refused.join(", ")
        ));
    }
    Some(line)
}

/// Moves the C libraries' allocations to mimalloc (static musl build only; elsewhere nothing).
#[cfg(not(all(target_env = "musl", not(feature = "musl-malloc"))))]
pub fn install() {}

#[cfg(all(target_env = "musl", not(feature = "musl-malloc")))]
pub use musl::install;

#[cfg(all(target_env = "musl", not(feature = "musl-malloc")))]
mod musl {
    use std::ffi::{c_char, c_int, c_void};

    type Malloc = unsafe extern "C" fn(usize) -> *mut c_void;
    type Calloc = unsafe extern "C" fn(usize, usize) -> *mut c_void;
    type Realloc = unsafe extern "C" fn(*mut c_void, usize) -> *mut c_void;
    type Free = unsafe extern "C" fn(*mut c_void);
    type CryptoMalloc = unsafe extern "C" fn(usize, *const c_char, c_int) -> *mut c_void;
    type CryptoRealloc =
        unsafe extern "C" fn(*mut c_void, usize, *const c_char, c_int) -> *mut c_void;
    type CryptoFree = unsafe extern "C" fn(*mut c_void, *const c_char, c_int);

    unsafe extern "C" {
        // mimalloc (linked through the `mimalloc` crate).
        fn mi_malloc(size: usize) -> *mut c_void;
        fn mi_calloc(count: usize, size: usize) -> *mut c_void;
        fn mi_realloc(p: *mut c_void, size: usize) -> *mut c_void;
        fn mi_free(p: *mut c_void);
        fn mi_usable_size(p: *const c_void) -> usize;
        // tree-sitter's lib/src/alloc.c (linked through `tree-sitter`).
        fn ts_set_allocator(
            new_malloc: Option<Malloc>,
            new_calloc: Option<Calloc>,
            new_realloc: Option<Realloc>,
            new_free: Option<Free>,
        );
        // OpenSSL's libcrypto (built inside SQLCipher's crate).
        fn CRYPTO_set_mem_functions(
            malloc_fn: Option<CryptoMalloc>,
            realloc_fn: Option<CryptoRealloc>,
            free_fn: Option<CryptoFree>,
        ) -> c_int;
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

    // SQLite's `sqlite3_mem_methods`: sizes are `int`; a null answer is SQLITE_NOMEM, which
    // SQLite handles, so these do not abort.
    unsafe extern "C" fn sqlite_malloc(n: c_int) -> *mut c_void {
        // SAFETY: mimalloc's malloc; SQLite never asks for a negative size.
        unsafe { mi_malloc(usize::try_from(n).unwrap_or(0)) }
    }
    unsafe extern "C" fn sqlite_free(p: *mut c_void) {
        // SAFETY: `p` came from `sqlite_malloc`/`sqlite_realloc` (SQLite frees what it got).
        unsafe { mi_free(p) }
    }
    unsafe extern "C" fn sqlite_realloc(p: *mut c_void, n: c_int) -> *mut c_void {
        // SAFETY: as `sqlite_free`.
        unsafe { mi_realloc(p, usize::try_from(n).unwrap_or(0)) }
    }
    unsafe extern "C" fn sqlite_size(p: *mut c_void) -> c_int {
        // SAFETY: as `sqlite_free`; SQLite's allocations are far below 2 GiB.
        c_int::try_from(unsafe { mi_usable_size(p) }).unwrap_or(c_int::MAX)
    }
    unsafe extern "C" fn sqlite_roundup(n: c_int) -> c_int {
        n.saturating_add(7) & !7
    }
    unsafe extern "C" fn sqlite_init(_: *mut c_void) -> c_int {
        0
    }
    unsafe extern "C" fn sqlite_shutdown(_: *mut c_void) {}

    unsafe extern "C" fn crypto_malloc(n: usize, _: *const c_char, _: c_int) -> *mut c_void {
        // SAFETY: mimalloc's malloc; OpenSSL handles a null answer.
        unsafe { mi_malloc(n) }
    }
    unsafe extern "C" fn crypto_realloc(
        p: *mut c_void,
        n: usize,
        _: *const c_char,
        _: c_int,
    ) -> *mut c_void {
        // As OpenSSL's own: a size of 0 frees and answers null.
        if n == 0 {
            // SAFETY: as below.
            unsafe { mi_free(p) };
            return std::ptr::null_mut();
        }
        // SAFETY: `p` came from this family (installed before OpenSSL's first allocation).
        unsafe { mi_realloc(p, n) }
    }
    unsafe extern "C" fn crypto_free(p: *mut c_void, _: *const c_char, _: c_int) {
        // SAFETY: as `crypto_realloc`.
        unsafe { mi_free(p) }
    }

    /// Must run before any tree-sitter object exists, before SQLite is initialized and before
    /// OpenSSL allocates (first thing in `main`). A library that refuses (it would only if
    /// already in use) keeps musl's allocator, which is slower, not wrong, and is reported.
    pub fn install() {
        // SAFETY: called once, on the main thread, before any tree-sitter call; the four
        // functions are one allocator family (mimalloc), never return null for a non-zero
        // size (they abort) and align like malloc.
        unsafe {
            ts_set_allocator(Some(malloc), Some(calloc), Some(realloc), Some(mi_free));
        }
        let methods = rusqlite::ffi::sqlite3_mem_methods {
            xMalloc: Some(sqlite_malloc),
            xFree: Some(sqlite_free),
            xRealloc: Some(sqlite_realloc),
            xSize: Some(sqlite_size),
            xRoundup: Some(sqlite_roundup),
            xInit: Some(sqlite_init),
            xShutdown: Some(sqlite_shutdown),
            pAppData: std::ptr::null_mut(),
        };
        // SAFETY: before sqlite3_initialize (no connection is open yet, no other thread
        // exists); SQLite copies the methods, which are one family (mimalloc) aligned to 8.
        let sqlite =
            unsafe { rusqlite::ffi::sqlite3_config(rusqlite::ffi::SQLITE_CONFIG_MALLOC, &methods) }
                == rusqlite::ffi::SQLITE_OK;
        // SAFETY: before OpenSSL's first allocation (it refuses afterwards); one family.
        let openssl = unsafe {
            CRYPTO_set_mem_functions(Some(crypto_malloc), Some(crypto_realloc), Some(crypto_free))
        } == 1;
        let (mut hooked, mut refused) = (vec!["tree-sitter"], Vec::new());
        for (name, ok) in [("SQLite", sqlite), ("OpenSSL", openssl)] {
            match ok {
                true => hooked.push(name),
                false => refused.push(name),
            }
        }
        let _ = super::INSTALLED.set((hooked, refused));
    }
}
