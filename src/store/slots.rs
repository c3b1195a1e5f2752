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
//! Writers take their turn before their slot ([`Slots::acquire_write`]): a writer waiting for
//! SQLite's write lock would otherwise hold a slot while it waits (in SQLite's busy handler,
//! up to its timeout), and with two slots one long write plus one waiting writer would stop
//! every read. Writers through `Store::with_write` (immediate transactions, the session and
//! key touches) queue for the turn holding no slot, so at most one slot is held by such a
//! writer. The rare single-statement writes that still run under `with` (settings, job
//! states, reports) keep their slot while they wait for the write lock.
//!
//! Invariant: a thread that already holds a slot never waits for another slot or the writer's
//! turn (nested `with` calls, even into another store, pass straight through); the turn is
//! always taken before the slot; and the closures given to `with` only run SQL and pure
//! computation: they take no lock and wait on no thread of this process. The only waits under
//! a slot are SQLite's own (the write lock held by another process, a commit's fsync), which
//! are bounded and need no slot to end. So the cap cannot deadlock.

use std::cell::Cell;
use std::time::{Duration, Instant};

use crate::gate::{Gate, Slot as GateSlot};
use crate::store::StoreError;

/// How long a caller waits for a slot before the store answers `Busy` (the same bound as
/// SQLite's busy timeout on each connection).
const WAIT: Duration = Duration::from_secs(10);

thread_local! {
    /// Slots this thread holds, in any store (nested `with` calls count up).
    static HELD: Cell<u32> = const { Cell::new(0) };
}

/// The cap on the database work of one store and the writers' turn (one in-process writer at
/// a time); neither when `caps` is `None` (no cap).
#[derive(Debug)]
pub(crate) struct Slots {
    /// `(slots, writers' turn)`.
    caps: Option<(Gate, Gate)>,
    wait: Duration,
}

/// A slot (and for a writer, its turn) held until dropped; `None` inside for a nested or
/// uncapped call, which holds none. Not `Send`: the count it gives back is this thread's.
pub(crate) struct Slot<'a> {
    _held: Option<GateSlot<'a>>,
    _turn: Option<GateSlot<'a>>,
    _not_send: std::marker::PhantomData<*const ()>,
}

impl Slots {
    /// `max` threads at once; 0 means no cap.
    pub(crate) fn new(max: usize) -> Slots {
        Slots::waiting(max, WAIT)
    }

    fn waiting(max: usize, wait: Duration) -> Slots {
        Slots {
            caps: (max > 0).then(|| (Gate::new(max), Gate::new(1))),
            wait,
        }
    }

    /// The cap (0: none).
    pub(crate) fn max(&self) -> usize {
        self.caps.as_ref().map_or(0, |(gate, _)| gate.max())
    }

    /// Times a caller had to wait for a slot since the store opened.
    pub(crate) fn waits(&self) -> u64 {
        self.caps.as_ref().map_or(0, |(gate, _)| gate.waits())
    }

    /// Takes a slot, waiting up to [`WAIT`] for one (then `Busy`); a thread that holds one
    /// already passes straight through.
    pub(crate) fn acquire(&self) -> Result<Slot<'_>, StoreError> {
        self.take(false)
    }

    /// The writer's turn, then a slot: for work that takes SQLite's write lock (an immediate
    /// transaction). Waiting for the turn holds no slot; both waits together stay within
    /// [`WAIT`].
    pub(crate) fn acquire_write(&self) -> Result<Slot<'_>, StoreError> {
        self.take(true)
    }

    fn take(&self, write: bool) -> Result<Slot<'_>, StoreError> {
        let (mut turn, mut held) = (None, None);
        if let (Some((gate, writer)), 0) = (&self.caps, HELD.with(Cell::get)) {
            let deadline = Instant::now() + self.wait;
            if write {
                turn = Some(writer.enter(self.wait).ok_or(StoreError::Busy)?);
            }
            let left = deadline.saturating_duration_since(Instant::now());
            held = Some(gate.enter(left).ok_or(StoreError::Busy)?);
        }
        HELD.with(|h| h.set(h.get() + 1));
        Ok(Slot {
            _held: held,
            _turn: turn,
            _not_send: std::marker::PhantomData,
        })
    }
}

impl Drop for Slot<'_> {
    fn drop(&mut self) {
        // `try_with`: never panic in a drop, even during a thread's teardown.
        let _ = HELD.try_with(|h| h.set(h.get().saturating_sub(1)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    /// A thread that holds a slot (a writer's turn and slot when `write`) until told to stop.
    fn hold(
        slots: &Arc<Slots>,
        write: bool,
    ) -> (std::sync::mpsc::Sender<()>, std::thread::JoinHandle<()>) {
        let (tx, rx) = std::sync::mpsc::channel();
        let (done_tx, done_rx) = std::sync::mpsc::channel::<()>();
        let slots = slots.clone();
        let holder = std::thread::spawn(move || {
            let _slot = if write {
                slots.acquire_write()
            } else {
                slots.acquire()
            }
            .expect("holder");
            tx.send(()).expect("send");
            let _ = done_rx.recv_timeout(Duration::from_secs(30));
        });
        rx.recv().expect("held");
        (done_tx, holder)
    }

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
        let (done_tx, holder) = hold(&slots, false);
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
    fn writers_queue_for_their_turn_holding_no_slot() {
        let slots = Arc::new(Slots::waiting(2, Duration::from_millis(300)));
        let (done_tx, writer) = hold(&slots, true);
        // A second writer waits for the turn and gives up without taking the other slot...
        assert_eq!(slots.acquire_write().err(), Some(StoreError::Busy));
        assert_eq!(HELD.with(Cell::get), 0);
        // ...which a reader still gets at once.
        let started = Instant::now();
        drop(slots.acquire().expect("a reader beside the writer"));
        assert!(started.elapsed() < Duration::from_millis(300));
        done_tx.send(()).expect("release");
        writer.join().expect("writer");
        drop(slots.acquire_write().expect("the turn is free again"));
    }

    #[test]
    fn no_cap_never_waits() {
        let slots = Slots::new(0);
        let held: Vec<_> = (0..64).map(|_| slots.acquire().expect("slot")).collect();
        assert_eq!((slots.max(), slots.waits()), (0, 0));
        drop(held);
    }
}
