//! The quickstart flow (`examples/quickstart.rs`) against the embedded
//! emulator, with quirky data on and off: every step succeeds either way;
//! with quirks the odd values are kept and counted.

#[allow(dead_code)]
#[path = "../examples/quickstart.rs"]
mod quickstart;

#[tokio::test]
async fn quickstart_flow_works_with_quirks_on() {
    let odd = quickstart::run_on_emulator(true)
        .await
        .unwrap_or_else(|e| panic!("the quickstart failed with quirks on: {e}"));
    // Oddities in the activity, sleep and daily answers (the first record
    // of each, and their user) and in the activity webhook.
    assert!(odd >= 4, "only {odd} mismatches seen");
    let clean = quickstart::run_on_emulator(false)
        .await
        .unwrap_or_else(|e| panic!("the quickstart failed: {e}"));
    assert_eq!(clean, 0);
}
