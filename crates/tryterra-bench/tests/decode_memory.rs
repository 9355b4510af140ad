//! Peak heap of decoding a 50 MB webhook body, measured with a counting
//! allocator (the process's global allocator in this test binary).
//!
//! The body is generated first and stays in memory; the figure checked is
//! what decoding it allocates on top (the typed `Event` plus anything
//! transient), which must stay under half the body's size, so that body
//! and model together stay under 1.5 times the body (issue #19's target;
//! the process RSS figures are in BENCHMARKS.md §12). The same body
//! decoded into `serde_json::Value` is measured too, to show the counter
//! sees a real difference.

use std::sync::Mutex;

use peakmem_alloc::{INSTRUMENTED_SYSTEM, PeakMemAlloc, PeakMemAllocTrait};
use tryterra_bench::Kind;
use tryterra_core::models::Event;

#[global_allocator]
static GLOBAL: &PeakMemAlloc<std::alloc::System> = &INSTRUMENTED_SYSTEM;

/// The counter is process-wide: measurements must not overlap.
static SERIAL: Mutex<()> = Mutex::new(());

const SIZE: usize = 50 * 1024 * 1024;

/// Peak bytes allocated (net of frees) while `f` runs, and its result.
fn peak_of<T>(f: impl FnOnce() -> T) -> (usize, T) {
    GLOBAL.reset_peak_memory();
    let out = f();
    (GLOBAL.get_peak_memory(), out)
}

#[test]
fn typed_decode_of_50_mb_allocates_under_half_the_body() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let body = tryterra_bench::event(Kind::Activity, SIZE);
    assert!(
        body.len() >= SIZE * 99 / 100,
        "body is {} bytes",
        body.len()
    );

    let (typed_peak, event) = peak_of(|| Event::from_slice(&body).expect("decodes"));
    let Event::Activity(activity) = &event else {
        panic!("expected an activity event, got {:?}", event.type_str());
    };
    let items = activity.data.as_ref().map_or(0, |d| d.len());
    assert!(items > 10, "only {items} activities");
    drop(event);

    let (value_peak, value) =
        peak_of(|| serde_json::from_slice::<serde_json::Value>(&body).expect("valid JSON"));
    drop(value);

    let ratio = typed_peak as f64 / body.len() as f64;
    println!(
        "body {} bytes; typed decode peak {typed_peak} bytes ({ratio:.2}x the body, {:.2}x with \
         the body itself); Value decode peak {value_peak} bytes ({:.2}x)",
        body.len(),
        ratio + 1.0,
        value_peak as f64 / body.len() as f64
    );
    assert!(
        ratio < 0.5,
        "typed decode peaked at {ratio:.2}x the body size"
    );
    assert!(
        value_peak > typed_peak * 2,
        "the Value baseline ({value_peak}) should need far more than the typed models ({typed_peak})"
    );
}
