mod components;
mod iter;
mod path;
mod pathbuf;

pub use components::*;
pub use iter::*;
pub use path::*;
pub use pathbuf::*;
