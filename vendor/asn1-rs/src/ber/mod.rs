mod parser;

pub use parser::*;
