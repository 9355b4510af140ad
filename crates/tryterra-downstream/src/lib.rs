//! Nothing here: the crate exists for its tests (`tests/`), which use the
//! SDK only through its public API, as a downstream crate would.
