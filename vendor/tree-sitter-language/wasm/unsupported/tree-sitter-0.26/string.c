#error "tree-sitter 0.26 is incompatible with this version of tree-sitter-language on wasm32-unknown-unknown; upgrade tree-sitter to 0.27 or newer"
