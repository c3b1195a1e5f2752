//! The `rulebook` binary: parse arguments, run, map the outcome to an exit code.
//! Everything else lives in the library so that the edges stay thin.

fn main() {
    std::process::exit(rulebook::cli::main());
}
