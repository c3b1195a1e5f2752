//! Zoo Code, Roo's successor, keeps Roo's `.roo/` layout and `.rooignore`: a repository
//! enables one of the two, and both write the same files.

use super::Layout;

pub(super) const LAYOUT: Layout = super::roo::LAYOUT;
