//! A counting gate: at most N holders at once, the others wait a bounded time.
//!
//! Why here: the server caps password hashes (`http`) and the store caps the threads working
//! in the database (`store`) with the same primitive, and neither floor may depend on the
//! other.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Condvar, Mutex};
use std::time::{Duration, Instant};

/// At most `max` holders at once.
#[derive(Debug)]
pub struct Gate {
    max: usize,
    busy: Mutex<usize>,
    freed: Condvar,
    waits: AtomicU64,
}

/// A held slot of a [`Gate`], given back when dropped.
#[derive(Debug)]
pub struct Slot<'a>(&'a Gate);

impl Gate {
    /// A gate for `max` holders (at least one).
    pub fn new(max: usize) -> Gate {
        Gate {
            max: max.max(1),
            busy: Mutex::new(0),
            freed: Condvar::new(),
            waits: AtomicU64::new(0),
        }
    }

    /// How many may hold a slot at once.
    pub fn max(&self) -> usize {
        self.max
    }

    /// How many times a caller found the gate full and had to wait.
    pub fn waits(&self) -> u64 {
        self.waits.load(Ordering::Relaxed)
    }

    /// Waits up to `wait` for a slot; `None` if none freed up.
    pub fn enter(&self, wait: Duration) -> Option<Slot<'_>> {
        let deadline = Instant::now() + wait;
        let mut busy = self.busy.lock().unwrap_or_else(|p| p.into_inner());
        if *busy >= self.max {
            self.waits.fetch_add(1, Ordering::Relaxed);
        }
        while *busy >= self.max {
            let left = deadline.checked_duration_since(Instant::now())?;
            busy = self
                .freed
                .wait_timeout(busy, left)
                .unwrap_or_else(|p| p.into_inner())
                .0;
        }
        *busy += 1;
        Some(Slot(self))
    }
}

impl Drop for Slot<'_> {
    fn drop(&mut self) {
        let mut busy = self.0.busy.lock().unwrap_or_else(|p| p.into_inner());
        *busy = busy.saturating_sub(1);
        drop(busy);
        self.0.freed.notify_one();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::sync::atomic::AtomicUsize;

    #[test]
    fn gate_caps() {
        let g = Gate::new(1);
        let a = g.enter(Duration::from_millis(10));
        assert!(a.is_some());
        assert!(g.enter(Duration::from_millis(10)).is_none());
        assert_eq!(g.waits(), 1);
        drop(a);
        assert!(g.enter(Duration::from_millis(10)).is_some());
    }

    #[test]
    fn no_more_than_the_cap_hold_at_once() {
        let gate = Arc::new(Gate::new(2));
        let now = Arc::new(AtomicUsize::new(0));
        let most = Arc::new(AtomicUsize::new(0));
        let threads: Vec<_> = (0..8)
            .map(|_| {
                let (gate, now, most) = (gate.clone(), now.clone(), most.clone());
                std::thread::spawn(move || {
                    for _ in 0..20 {
                        let _slot = gate.enter(Duration::from_secs(30)).expect("a slot");
                        let n = now.fetch_add(1, Ordering::SeqCst) + 1;
                        most.fetch_max(n, Ordering::SeqCst);
                        std::thread::sleep(Duration::from_micros(200));
                        now.fetch_sub(1, Ordering::SeqCst);
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().expect("thread");
        }
        assert_eq!(most.load(Ordering::SeqCst), 2);
        assert!(
            gate.waits() > 0,
            "eight threads on two slots must have waited"
        );
    }
}
