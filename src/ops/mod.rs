//! Operations an administrator runs: the instance lock that keeps offline maintenance and a
//! running server apart, and `doctor`'s checks.

pub mod backup;
pub mod doctor;
pub mod files;
pub mod instance_lock;
pub mod schedule;
pub mod service;
pub mod signals;
pub mod upgrade;
pub mod watchdog;
