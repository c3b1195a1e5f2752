//! How many threads may work in the database at once.
//!
//! Why: on a small host the database work is CPU work (SQLCipher decrypts and checks every
//! page it reads), and each connection in use beyond the cores adds a page cache that every
//! commit empties. The site simulation measured it on two cores: 2 request workers answered
//! 26% more reads than 8, with a seventh of the p99. The worker count cannot simply be
//! lowered, because a worker also waits on slow things that use no database (an AI
//! provider's answer can take a minute). So the store caps the threads inside
//! [`Store::with`](crate::store::Store) instead, and a worker waiting on the network holds no
//! slot.
//!
//! Invariant: a thread that already holds a slot never waits for another (nested `with`
//! calls, even into another store, pass straight through), and no code runs under a slot
//! that waits on another thread: the closures given to `with` only run SQL and pure
//! computation. So the cap cannot deadlock.

use std::cell::Cell;
use std::time::Duration;

use crate::gate::{Gate, Slot as GateSlot};
use crate::store::StoreError;

/// How long a caller waits for a slot before the store answers `Busy` (the same bound as
/// SQLite's busy timeout on each connection).
const WAIT: Duration = Duration::from_secs(10);

thread_local! {
    /// Slots this thread holds, in any store (nested `with` calls count up).
    static HELD: Cell<u32> = const { Cell::new(0) };
}

/// The cap on the database work of one store (none when `gate` is `None`).
#[derive(Debug)]
pub(crate) struct Slots {
    gate: Option<Gate>,
    wait: Duration,
}

/// A slot held until dropped (`None` inside: a nested or uncapped call, which holds none).
pub(crate) struct Slot<'a> {
    _held: Option<GateSlot<'a>>,
}

impl Slots {
    /// `max` threads at once; 0 means no cap.
    pub(crate) fn new(max: usize) -> Slots {
        Slots::waiting(max, WAIT)
    }

    fn waiting(max: usize, wait: Duration) -> Slots {
        Slots {
            gate: (max > 0).then(|| Gate::new(max)),
            wait,
        }
    }

    /// The cap (0: none).
    pub(crate) fn max(&self) -> usize {
        self.gate.as_ref().map_or(0, Gate::max)
    }

    /// Times a caller had to wait for a slot since the store opened.
    pub(crate) fn waits(&self) -> u64 {
        self.gate.as_ref().map_or(0, Gate::waits)
    }

    /// Takes a slot, waiting up to [`WAIT`] for one (then `Busy`); a thread that holds one
    /// already passes straight through.
    pub(crate) fn acquire(&self) -> Result<Slot<'_>, StoreError> {
        let held = match &self.gate {
            Some(gate) if HELD.with(Cell::get) == 0 => {
                Some(gate.enter(self.wait).ok_or(StoreError::Busy)?)
            }
            _ => None,
        };
        HELD.with(|h| h.set(h.get() + 1));
        Ok(Slot { _held: held })
    }
}

impl Drop for Slot<'_> {
    fn drop(&mut self) {
        HELD.with(|h| h.set(h.get().saturating_sub(1)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::time::Instant;

    #[test]
    fn a_thread_holding_a_slot_passes_straight_through() {
        let slots = Slots::waiting(1, Duration::from_millis(300));
        let outer = slots.acquire().expect("outer");
        // Would wait and answer Busy if nesting were not recognised.
        let inner = slots.acquire().expect("nested");
        drop(inner);
        drop(outer);
        assert_eq!(HELD.with(Cell::get), 0);
        drop(slots.acquire().expect("given back"));
        assert_eq!(slots.waits(), 0);
    }

    #[test]
    fn a_full_store_answers_busy_rather_than_hanging() {
        let slots = Arc::new(Slots::waiting(1, Duration::from_millis(300)));
        let (tx, rx) = std::sync::mpsc::channel();
        let (done_tx, done_rx) = std::sync::mpsc::channel::<()>();
        let holder = {
            let slots = slots.clone();
            std::thread::spawn(move || {
                let _slot = slots.acquire().expect("holder");
                tx.send(()).expect("send");
                let _ = done_rx.recv_timeout(Duration::from_secs(30));
            })
        };
        rx.recv().expect("held");
        let started = Instant::now();
        assert_eq!(slots.acquire().err(), Some(StoreError::Busy));
        assert!(started.elapsed() >= Duration::from_millis(300));
        assert_eq!(HELD.with(Cell::get), 0, "a refused caller holds nothing");
        done_tx.send(()).expect("release");
        holder.join().expect("holder");
        drop(slots.acquire().expect("free again"));
        assert_eq!(slots.waits(), 1);
    }

    #[test]
    fn no_cap_never_waits() {
        let slots = Slots::new(0);
        let held: Vec<_> = (0..64).map(|_| slots.acquire().expect("slot")).collect();
        assert_eq!((slots.max(), slots.waits()), (0, 0));
        drop(held);
    }
}
