//! The instance's content size limits, kept as `limits.<name>` settings. An unset limit has
//! its default ([`Limits::default`]), so an empty settings table means the defaults.

use crate::model::artifact::Limits;
use crate::store::audit::AuditEvent;
use crate::store::{Store, StoreError};

const PREFIX: &str = "limits.";

impl Store {
    /// The limits in force: defaults overridden by any stored settings.
    pub fn limits(&self) -> Result<Limits, StoreError> {
        // One query: this runs on every content write.
        let stored: Vec<(String, String)> = self.with(|c| {
            let mut stmt =
                c.prepare_cached("SELECT key, value FROM settings WHERE key LIKE 'limits.%'")?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
            Ok(rows.collect::<Result<_, _>>()?)
        })?;
        let mut limits = Limits::default();
        for (key, v) in stored {
            let name = key.strip_prefix(PREFIX).unwrap_or(&key);
            let n: usize = v.parse().map_err(|_| {
                StoreError::Invalid(format!("stored limit {name} = {v:?} is not a number"))
            })?;
            limits.set(name, n).map_err(StoreError::Invalid)?;
        }
        Ok(limits)
    }

    /// Sets one limit (`None` = back to its default), audited.
    pub fn set_limit(
        &self,
        name: &str,
        value: Option<usize>,
        event: &AuditEvent,
    ) -> Result<Limits, StoreError> {
        let mut limits = self.limits()?;
        match value {
            Some(v) => limits.set(name, v),
            None => {
                let default = Limits::default()
                    .entries()
                    .into_iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| v)
                    .ok_or_else(|| StoreError::Invalid(format!("no limit named {name:?}")))?;
                limits.set(name, default)
            }
        }
        .map_err(StoreError::Invalid)?;
        let text = value.map(|v| v.to_string());
        self.set_setting(&format!("{PREFIX}{name}"), text.as_deref(), event)?;
        Ok(limits)
    }
}
