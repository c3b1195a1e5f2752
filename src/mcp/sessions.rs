//! Handshake-era sessions (`Mcp-Session-Id`), in memory only: a session holds the revision
//! `initialize` negotiated and the key that opened it, nothing else, so a thousand open
//! sessions cost a few hundred kilobytes. A session is bound to its key (another key presenting
//! its id gets 404), ends on DELETE, after an idle hour, or when the server restarts (clients
//! then re-initialize, as the specification expects).

use std::collections::HashMap;
use std::sync::Mutex;

/// Most sessions held at once; the least recently used one makes room for a new one.
pub const MAX_SESSIONS: usize = 10_000;
/// Idle time after which a session ends.
pub const IDLE_SECS: i64 = 3600;

struct Entry {
    version: &'static str,
    key_id: i64,
    last_seen: i64,
}

/// The open sessions.
#[derive(Default)]
pub struct Sessions {
    map: Mutex<HashMap<String, Entry>>,
}

impl Sessions {
    /// Opens a session for `key_id` at `version`; returns its id.
    pub fn open(&self, version: &'static str, key_id: i64, now: i64) -> Option<String> {
        let raw: [u8; 16] = crate::clock::random_bytes().ok()?;
        let id = crate::crypto::hex::encode(&raw);
        let mut map = self.map.lock().ok()?;
        map.retain(|_, e| now - e.last_seen < IDLE_SECS);
        if map.len() >= MAX_SESSIONS
            && let Some(oldest) = map
                .iter()
                .min_by_key(|(_, e)| e.last_seen)
                .map(|(k, _)| k.clone())
        {
            map.remove(&oldest);
        }
        map.insert(
            id.clone(),
            Entry {
                version,
                key_id,
                last_seen: now,
            },
        );
        Some(id)
    }

    /// The revision of session `id` if `key_id` opened it and it is still open.
    pub fn touch(&self, id: &str, key_id: i64, now: i64) -> Option<&'static str> {
        let mut map = self.map.lock().ok()?;
        let e = map.get_mut(id)?;
        if e.key_id != key_id || now - e.last_seen >= IDLE_SECS {
            return None;
        }
        e.last_seen = now;
        Some(e.version)
    }

    /// Ends session `id` (if `key_id` opened it); false if there was none.
    pub fn close(&self, id: &str, key_id: i64) -> bool {
        let Ok(mut map) = self.map.lock() else {
            return false;
        };
        if map.get(id).is_some_and(|e| e.key_id == key_id) {
            map.remove(id);
            true
        } else {
            false
        }
    }

    /// How many are open.
    pub fn len(&self) -> usize {
        self.map.lock().map(|m| m.len()).unwrap_or(0)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sessions_belong_to_their_key_and_expire() {
        let s = Sessions::default();
        let id = s.open("2025-11-25", 7, 100).unwrap();
        assert_eq!(s.touch(&id, 7, 200), Some("2025-11-25"));
        assert_eq!(s.touch(&id, 8, 200), None);
        assert!(!s.close(&id, 8));
        assert_eq!(s.touch(&id, 7, 200 + IDLE_SECS), None);
        let id2 = s.open("2025-06-18", 7, 300).unwrap();
        assert!(s.close(&id2, 7));
        assert_eq!(s.touch(&id2, 7, 301), None);
    }
}
