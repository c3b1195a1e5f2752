#![no_main]
//! Everything a client sends on one connection, through the patched tiny_http's real
//! connection loop (request line, headers, framing, keep-alive): no input may panic or hang.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    tiny_http::fuzz_connection(data);
});
