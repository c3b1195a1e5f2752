//! OAuth clients of the MCP endpoint (RFC 7591 dynamic registration): public clients known by a
//! random id, a name to show on the consent page, and the redirect URIs they may use. No
//! secrets: they prove themselves per sign-in with PKCE.

use rusqlite::{OptionalExtension, params};

use crate::store::{Store, StoreError};

/// Most clients registered at once (registration is unauthenticated, so it is capped).
pub const MAX_CLIENTS: i64 = 10_000;

/// A registered client.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OAuthClient {
    pub client_id: String,
    pub name: String,
    pub redirect_uris: Vec<String>,
    pub created_at: i64,
}

impl Store {
    /// Registers a client (the caller has checked the redirect URIs).
    pub fn register_oauth_client(
        &self,
        client_id: &str,
        name: &str,
        redirect_uris: &[String],
        ip: &str,
    ) -> Result<i64, StoreError> {
        let now = self.clock.now_unix();
        let uris =
            serde_json::to_string(redirect_uris).map_err(|e| StoreError::Sqlite(e.to_string()))?;
        self.with(|c| {
            let n: i64 = c.prepare_cached("SELECT count(*) FROM oauth_clients")?.query_row([], |r| r.get(0))?;
            if n >= MAX_CLIENTS {
                return Err(StoreError::Refused("too many registered clients; ask an administrator".into()));
            }
            c.execute(
                "INSERT INTO oauth_clients (client_id, name, redirect_uris, created_at, created_ip) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![client_id, name, uris, now, ip],
            )?;
            Ok(now)
        })
    }

    /// A registered client by its id.
    pub fn oauth_client(&self, client_id: &str) -> Result<Option<OAuthClient>, StoreError> {
        self.with(|c| {
            let row = c
                .prepare_cached("SELECT client_id, name, redirect_uris, created_at FROM oauth_clients WHERE client_id = ?1")?
                .query_row([client_id],
                    |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?, r.get::<_, i64>(3)?)),
                )
                .optional()?;
            Ok(row.map(|(client_id, name, uris, created_at)| OAuthClient {
                client_id,
                name,
                redirect_uris: serde_json::from_str(&uris).unwrap_or_default(),
                created_at,
            }))
        })
    }
}
