//! The instance setting that lets every signed-in user create organizations (instance
//! admins always may). Kept in the `settings` table like the limits; unset means off.

use crate::store::audit::AuditEvent;
use crate::store::{Store, StoreError};

const KEY: &str = "orgs.users_can_create";

impl Store {
    /// Whether users who are not instance admins may create organizations (default: no).
    pub fn users_can_create_orgs(&self) -> Result<bool, StoreError> {
        Ok(self.setting(KEY)?.as_deref() == Some("true"))
    }

    /// Turns the setting on or off (off removes it: the default), audited.
    pub fn set_users_can_create_orgs(
        &self,
        on: bool,
        event: &AuditEvent,
    ) -> Result<(), StoreError> {
        self.set_setting(KEY, on.then_some("true"), event)
    }
}
