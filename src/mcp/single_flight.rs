//! A cache of values derived from versioned content, rebuilt by one caller at a time.
//!
//! `rules_for_path` needs a space's scope globs compiled (`scope::ScopeIndex`): at 9,000
//! standards that is a few hundred milliseconds. Every content write moves the store's
//! generation, and before this cache every concurrent caller that saw the new generation rebuilt
//! the index itself, so a steady trickle of edits kept all request threads compiling the same
//! globs (docs/BENCHMARKS.md, "Largest-site simulation", cause 1). Now the first caller to see
//! a newer generation rebuilds it; callers that arrive while it does are answered from the
//! previous value instead of waiting or rebuilding too. The answer may therefore lag a write
//! that happened during a rebuild by that one rebuild; a caller that arrives when no rebuild is
//! running always gets the value of the current generation.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Arc, Mutex};

struct Entry<V> {
    generation: u64,
    value: Arc<V>,
    /// Someone is building a newer value now.
    building: bool,
}

/// Values by key, each valid for one generation.
pub struct SingleFlight<K, V> {
    entries: Mutex<HashMap<K, Entry<V>>>,
}

impl<K, V> Default for SingleFlight<K, V> {
    fn default() -> Self {
        SingleFlight {
            entries: Mutex::new(HashMap::new()),
        }
    }
}

/// Clears the `building` mark if the builder fails or panics, so the next caller builds.
struct Building<'a, K: Eq + Hash + Clone, V> {
    cache: &'a SingleFlight<K, V>,
    key: K,
}

impl<K: Eq + Hash + Clone, V> Drop for Building<'_, K, V> {
    fn drop(&mut self) {
        if let Ok(mut map) = self.cache.entries.lock()
            && let Some(e) = map.get_mut(&self.key)
        {
            e.building = false;
        }
    }
}

impl<K: Eq + Hash + Clone, V> SingleFlight<K, V> {
    /// The value for `key` at `generation` (read it before the content `build` reads): the
    /// cached one when current; the previous one while another caller rebuilds; otherwise
    /// `build(previous)`'s, which is then cached. The builder gets the previous value, if any,
    /// to bring it up to date rather than start over.
    pub fn get<E>(
        &self,
        key: &K,
        generation: u64,
        build: impl FnOnce(Option<Arc<V>>) -> Result<V, E>,
    ) -> Result<Arc<V>, E> {
        let (_guard, previous) = {
            let Ok(mut map) = self.entries.lock() else {
                return build(None).map(Arc::new);
            };
            match map.get_mut(key) {
                Some(e) if e.generation >= generation => return Ok(e.value.clone()),
                Some(e) if e.building => return Ok(e.value.clone()),
                Some(e) => {
                    e.building = true;
                    let guard = Building {
                        cache: self,
                        key: key.clone(),
                    };
                    (Some(guard), Some(e.value.clone()))
                }
                // Nothing to answer with yet: build (the very first callers may build at once).
                None => (None, None),
            }
        };
        let value = Arc::new(build(previous)?);
        if let Ok(mut map) = self.entries.lock() {
            match map.get_mut(key) {
                Some(e) if e.generation > generation => {}
                Some(e) => {
                    e.generation = generation;
                    e.value = value.clone();
                }
                None => {
                    map.insert(
                        key.clone(),
                        Entry {
                            generation,
                            value: value.clone(),
                            building: false,
                        },
                    );
                }
            }
        }
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;

    #[test]
    fn callers_during_a_rebuild_get_the_previous_value_and_do_not_build() {
        let cache: Arc<SingleFlight<i64, String>> = Arc::default();
        let v = cache
            .get(&1, 1, |_| Ok::<_, ()>("one".to_string()))
            .unwrap();
        assert_eq!(*v, "one");
        // The same generation: cached, no build.
        let v = cache
            .get(&1, 1, |_| -> Result<String, ()> { panic!("rebuilt") })
            .unwrap();
        assert_eq!(*v, "one");

        // A rebuild for generation 2 that waits until told to finish.
        let (started_tx, started) = mpsc::channel();
        let (finish, finish_rx) = mpsc::channel::<()>();
        let c = cache.clone();
        let builder = std::thread::spawn(move || {
            c.get(&1, 2, |_| {
                started_tx.send(()).unwrap();
                finish_rx.recv().unwrap();
                Ok::<_, ()>("two".to_string())
            })
            .unwrap()
        });
        started.recv().unwrap();
        // Meanwhile: the previous value at once, and no second build (even for generation 3).
        for generation in [2, 3] {
            let v = cache
                .get(&1, generation, |_| -> Result<String, ()> {
                    panic!("a second build")
                })
                .unwrap();
            assert_eq!(*v, "one");
        }
        finish.send(()).unwrap();
        assert_eq!(*builder.join().unwrap(), "two");
        // Built for 2; a caller at 3 now rebuilds, since nobody else does.
        let v = cache
            .get(&1, 3, |_| Ok::<_, ()>("three".to_string()))
            .unwrap();
        assert_eq!(*v, "three");
        // Other keys are their own.
        let v = cache
            .get(&2, 3, |_| Ok::<_, ()>("other".to_string()))
            .unwrap();
        assert_eq!(*v, "other");
    }

    #[test]
    fn a_failed_rebuild_lets_the_next_caller_try() {
        let cache: SingleFlight<i64, u32> = SingleFlight::default();
        cache.get(&1, 1, |_| Ok::<_, ()>(1)).unwrap();
        assert!(cache.get(&1, 2, |_| Err::<u32, _>("db down")).is_err());
        assert_eq!(
            *cache
                .get(&1, 2, |prev| Ok::<_, ()>(prev.map_or(0, |p| *p) + 1))
                .unwrap(),
            2
        );
    }
}
