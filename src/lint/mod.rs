//! The linter (issue 18): declarative detectors (ast-grep rules or regexes, never code) checked
//! against source files. Domain logic only: no I/O. The CLI walks a repository and reads the
//! files (`cli::lint`); reports are rendered here so the server and the CLI write the same
//! SARIF, Code Quality and JSON. A playbook rule's detectors are validated on the rule's own
//! examples (`validate`) and exported in the linter's format (`compose`). A CI run's report
//! is uploaded in one shape (`upload`) and summed over time on the server (`trend`).

pub mod compose;
pub mod detector;
pub mod engine;
pub mod lang;
pub mod report;
pub mod suppress;
pub mod trend;
pub mod upload;
pub mod validate;

pub use detector::{Detector, Level};
pub use engine::{FileResult, Finding, Linter};
