//! Every operation's `parse_response`, with an arbitrary status and body:
//! a typed value or a typed `Error`, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use terra_bench::ops::{AnyOperation, all};

thread_local! {
    static OPS: Vec<(&'static str, Box<dyn AnyOperation>)> = all();
}

fuzz_target!(|data: &[u8]| {
    if data.len() < 3 {
        return;
    }
    OPS.with(|ops| run(ops, data));
});

fn run(ops: &[(&'static str, Box<dyn AnyOperation>)], data: &[u8]) {
    let (_, op) = &ops[usize::from(data[0]) % ops.len()];
    let status = 100 + u16::from_le_bytes([data[1], data[2]]) % 900;
    let body = &data[3..];
    let mut builder = http::Response::builder().status(status);
    if status == 429 {
        builder = builder.header("retry-after", "7");
    }
    if data[1] & 1 == 0 {
        builder = builder.header("content-type", "application/json");
    } else {
        builder = builder.header("content-type", "application/problem+json");
    }
    let response = builder.body(body).expect("valid status");
    if let Err(e) = op.parse(response) {
        let _ = e.to_string();
        let _ = format!("{e:?}");
    }
}
