//! The instance's content size limits, kept as `limits.<name>` settings. An unset limit has
//! its default ([`Limits::default`]), so an empty settings table means the defaults.

use crate::model::artifact::Limits;
use crate::store::audit::AuditEvent;
use crate::store::{Store, StoreError};

const PREFIX: &str = "limits.";

impl Store {
    /// The limits in force: defaults overridden by any stored settings.
    pub fn limits(&self) -> Result<Limits, StoreError> {
        let mut limits = Limits::default();
        for (name, _) in Limits::default().entries() {
            if let Some(v) = self.setting(&format!("{PREFIX}{name}"))? {
                let n: usize = v.parse().map_err(|_| {
                    StoreError::Invalid(format!("stored limit {name} = {v:?} is not a number"))
                })?;
                limits.set(name, n).map_err(StoreError::Invalid)?;
            }
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
