//! Typed models of Terra's payloads.
//!
//! PLACEHOLDER: replaced by the generated models (issue 3). Until then the
//! payload types are untyped JSON.

/// Placeholder for the generated `Activity` model.
pub type Activity = serde_json::Value;
/// Placeholder for the generated `Body` model.
pub type Body = serde_json::Value;
/// Placeholder for the generated `Daily` model.
pub type Daily = serde_json::Value;
/// Placeholder for the generated `Sleep` model.
pub type Sleep = serde_json::Value;
/// Placeholder for the generated `Nutrition` model.
pub type Nutrition = serde_json::Value;
/// Placeholder for the generated `Menstruation` model.
pub type Menstruation = serde_json::Value;
/// Placeholder for the generated `Athlete` model.
pub type Athlete = serde_json::Value;
/// Placeholder for the generated `TerraUser` model.
pub type TerraUser = serde_json::Value;
/// Placeholder for the generated webhook `Event` enum.
pub type Event = serde_json::Value;
