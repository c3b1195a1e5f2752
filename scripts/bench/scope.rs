//! The MCP server's scope index alone: the heap it holds for the site simulation's 9,000
//! standards (`scripts/bench/mcp/gen_archive.py`'s scope shapes), before and after eight
//! threads match paths with it (a compiled glob set keeps regex caches per thread), and the
//! time those matches take. Counts bytes with its own allocator, so the figures are the
//! index's, not the process's.
//! Run: `cargo bench --offline --bench scope` (see docs/BENCHMARKS.md, "Server memory").

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::Instant;

use rulebook::model::artifact::Standard;
use rulebook::model::scope::ScopeIndex;

#[path = "scopes.rs"]
mod scopes;

/// The system allocator, counting the bytes in use.
struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        IN_USE.fetch_add(l.size(), Relaxed);
        unsafe { System.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        IN_USE.fetch_sub(l.size(), Relaxed);
        unsafe { System.dealloc(p, l) }
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, n: usize) -> *mut u8 {
        IN_USE.fetch_add(n, Relaxed);
        IN_USE.fetch_sub(l.size(), Relaxed);
        unsafe { System.realloc(p, l, n) }
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

fn main() {
    let standards: Vec<(String, Standard)> = (0..9000)
        .map(|i| {
            let s = Standard {
                name: format!("Standard {i}"),
                description: String::new(),
                scope: scopes::scope(i as u64),
                rules: vec![],
            };
            (format!("std-{i:05}"), s)
        })
        .collect();
    let before = IN_USE.load(Relaxed);
    let started = Instant::now();
    let index = Arc::new(ScopeIndex::new(standards));
    let built = IN_USE.load(Relaxed) - before;
    println!("built in {:?}: {} KiB", started.elapsed(), built / 1024);
    let started = Instant::now();
    let threads: Vec<_> = (0..8)
        .map(|t| {
            let index = index.clone();
            std::thread::spawn(move || {
                let mut hits = 0;
                for j in 0..3000 {
                    let m = (j * 7 + t) % 3000;
                    for path in [
                        format!("src/mod{m}/a/b/x.ts"),
                        format!("services/svc{m}/generated/y.py"),
                        format!("services/svc{m}/z.py"),
                    ] {
                        hits += index.matching(&path).len();
                    }
                }
                hits
            })
        })
        .collect();
    let hits: usize = threads.into_iter().map(|t| t.join().unwrap_or(0)).sum();
    println!(
        "72,000 paths from 8 threads in {:?} ({hits} matches): {} KiB held",
        started.elapsed(),
        (IN_USE.load(Relaxed) - before) / 1024
    );
}
