mod language;
mod region;
mod script;
mod variant;

pub use language::Language;
pub use region::Region;
pub use script::Script;
pub use variant::Variant;
