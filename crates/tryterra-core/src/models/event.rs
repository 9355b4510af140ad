//! The webhook [`Event`] enum, tagged by the payload's `type` field.

use std::fmt;

use serde::de::{self, DeserializeSeed, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

use super::*;

/// A webhook event without a payload schema in the spec (for example
/// `healthcheck` or `rate_limit_hit`): the common fields, and every other
/// field in [`GenericEvent::extra`].
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct GenericEvent {
    /// The event type string, e.g. `healthcheck`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Status word sent with the event, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Human-readable message, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The connection the event is about, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<TerraUser>,
    /// Every other field, kept as JSON.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(GenericEvent {
    "type" => r#type,
    "status" => status,
    "message" => message,
    "user" => user,
});

macro_rules! events {
    (
        typed { $( $(#[$vm:meta])* $variant:ident($ty:ty) = $tag:literal, )* }
        generic { $( $(#[$gm:meta])* $gvariant:ident = $gtag:literal, )* }
    ) => {
        /// A webhook payload from Terra, chosen by its `type` field.
        ///
        /// Decoding looks for `type` first and then decodes the matching
        /// payload struct, so errors in a known event carry the JSON path of
        /// the bad field. Any other `type` (or a payload without one) lands in
        /// [`Event::Unrecognized`] with its JSON intact. Serialising writes
        /// the `type` back.
        ///
        /// ```
        /// use tryterra_core::models::Event;
        ///
        /// let body = br#"{"type": "deauth", "status": "success", "message": "bye",
        ///                 "user": {"user_id": "u1", "provider": "FITBIT"}}"#;
        /// let event = Event::from_slice(body).unwrap();
        /// assert_eq!(event.type_str(), Some("deauth"));
        /// assert_eq!(event.user().and_then(|u| u.provider.as_deref()), Some("FITBIT"));
        /// assert!(matches!(event, Event::Deauth(_)));
        ///
        /// let other = Event::from_slice(br#"{"type": "something_new", "x": 1}"#).unwrap();
        /// assert!(matches!(other, Event::Unrecognized(_)));
        /// ```
        #[derive(Clone, Debug, PartialEq)]
        #[non_exhaustive]
        pub enum Event {
            $( $(#[$vm])* $variant($ty), )*
            $( $(#[$gm])* $gvariant(GenericEvent), )*
            /// Any other event, as the raw JSON Terra sent.
            Unrecognized(Value),
        }

        impl Event {
            /// Every `type` string with its own variant.
            pub const KNOWN_TYPES: &'static [&'static str] = &[$($tag,)* $($gtag,)*];

            /// The event's `type` string (`None` only for an unrecognized
            /// payload without a string `type`).
            pub fn type_str(&self) -> Option<&str> {
                match self {
                    $(Self::$variant(_) => Some($tag),)*
                    $(Self::$gvariant(_) => Some($gtag),)*
                    Self::Unrecognized(v) => v.get("type").and_then(Value::as_str),
                }
            }

            /// The byte-level decode of a plain payload whose `type` comes
            /// first (see `models::fast`, which stays out of validations);
            /// `None` leaves it to serde.
            fn fast(body: &[u8]) -> Option<Self> {
                use crate::models::fast::{decode, first_type_tag};
                match first_type_tag(body)? {
                    $($tag => decode::<$ty>(body).map(Self::$variant),)*
                    $($gtag => decode::<GenericEvent>(body).map(Self::$gvariant),)*
                    _ => None,
                }
            }

            /// Decodes `body` as the payload type of `tag`, with JSON paths.
            fn decode_slice_as(tag: &str, body: &[u8]) -> Result<Self, crate::Error> {
                use crate::decode::decode_json;
                Ok(match tag {
                    $($tag => Self::$variant(decode_json::<$ty>(None, body)?),)*
                    $($gtag => Self::$gvariant(decode_json::<GenericEvent>(None, body)?),)*
                    _ => Self::Unrecognized(decode_json::<Value>(None, body)?),
                })
            }

            fn decode_tagged<'de, A: MapAccess<'de>>(tag: String, map: Chain<A>) -> Result<Self, A::Error> {
                let de = de::value::MapAccessDeserializer::new(map);
                Ok(match tag.as_str() {
                    $($tag => Self::$variant(<$ty>::deserialize(de)?),)*
                    $($gtag => Self::$gvariant(GenericEvent::deserialize(de)?),)*
                    _ => Self::Unrecognized(Value::deserialize(de)?),
                })
            }
        }

        impl Mismatches for Event {
            fn collect_mismatches(&self, path: &mut String, out: &mut Vec<Mismatch>) {
                match self {
                    $(Self::$variant(e) => e.collect_mismatches(path, out),)*
                    $(Self::$gvariant(e) => e.collect_mismatches(path, out),)*
                    Self::Unrecognized(_) => {}
                }
            }
        }

        impl Serialize for Event {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                match self {
                    $(Self::$variant(e) => with_type(e, e.r#type.as_deref(), $tag, s),)*
                    $(Self::$gvariant(e) => with_type(e, e.r#type.as_deref(), $gtag, s),)*
                    Self::Unrecognized(v) => v.serialize(s),
                }
            }
        }
    };
}

events! {
    typed {
        /// `auth`: a user connected a provider.
        Auth(AuthSuccessEvent) = "auth",
        /// `auth_cancelled`: an authentication attempt failed or was cancelled.
        AuthCancelled(AuthErrorEvent) = "auth_cancelled",
        /// `deauth`: a connection was removed.
        Deauth(DeauthEvent) = "deauth",
        /// `user_reauth`: a user connected the same provider account again.
        UserReauth(UserReauthEvent) = "user_reauth",
        /// `access_revoked`: the user revoked Terra's access at the provider.
        AccessRevoked(AccessRevokedEvent) = "access_revoked",
        /// `permission_change`: the user changed the scopes granted.
        PermissionChange(PermissionChangeEvent) = "permission_change",
        /// `connection_error`: the provider rejected Terra's credentials.
        ConnectionError(ConnectionErrorEvent) = "connection_error",
        /// `large_request_processing`: a large data request was accepted.
        LargeRequestProcessing(LargeRequestProcessingEvent) = "large_request_processing",
        /// `large_request_sending`: chunks of a large request are on their way.
        LargeRequestSending(LargeRequestSendingEvent) = "large_request_sending",
        /// `s3_payload`: the payload is stored at a download URL.
        S3Payload(S3PayloadEvent) = "s3_payload",
        /// `activity` data.
        Activity(ActivityEvent) = "activity",
        /// `athlete` profile data.
        Athlete(AthleteEvent) = "athlete",
        /// `body` data.
        Body(BodyEvent) = "body",
        /// `daily` data.
        Daily(DailyEvent) = "daily",
        /// `sleep` data.
        Sleep(SleepEvent) = "sleep",
        /// `nutrition` data.
        Nutrition(NutritionEvent) = "nutrition",
        /// `menstruation` data.
        Menstruation(MenstruationEvent) = "menstruation",
        /// `planned_workout` data.
        PlannedWorkout(PlannedWorkoutEvent) = "planned_workout",
        /// `hormone` test results.
        Hormone(HormoneEvent) = "hormone",
        /// `health_observation` data.
        HealthObservation(HealthObservationEvent) = "health_observation",
        /// `lab_report.completed`: a lab report was processed.
        LabReportCompleted(LabReportCompletedEvent) = "lab_report.completed",
        /// `lab_report.failed`: a lab report could not be processed.
        LabReportFailed(LabReportFailedEvent) = "lab_report.failed",
    }
    generic {
        /// `google_no_datasource` (no payload schema in the spec).
        GoogleNoDatasource = "google_no_datasource",
        /// `healthcheck` (no payload schema in the spec).
        Healthcheck = "healthcheck",
        /// `processing` (no payload schema in the spec).
        Processing = "processing",
        /// `rate_limit_hit` (no payload schema in the spec).
        RateLimitHit = "rate_limit_hit",
    }
}

impl Event {
    /// The connection the event is about, for the events that name one
    /// (for `user_reauth`, the new connection).
    pub fn user(&self) -> Option<&TerraUser> {
        match self {
            Self::Auth(e) => e.user.as_ref(),
            Self::Deauth(e) => e.user.as_ref(),
            Self::UserReauth(e) => e.new_user.as_ref(),
            Self::AccessRevoked(e) => e.user.as_ref(),
            Self::PermissionChange(e) => e.user.as_ref(),
            Self::ConnectionError(e) => e.user.as_ref(),
            Self::LargeRequestProcessing(e) => e.user.as_ref(),
            Self::LargeRequestSending(e) => e.user.as_ref(),
            Self::Activity(e) => e.user.as_ref(),
            Self::Athlete(e) => e.user.as_ref(),
            Self::Body(e) => e.user.as_ref(),
            Self::Daily(e) => e.user.as_ref(),
            Self::Sleep(e) => e.user.as_ref(),
            Self::Nutrition(e) => e.user.as_ref(),
            Self::Menstruation(e) => e.user.as_ref(),
            Self::PlannedWorkout(e) => e.user.as_ref(),
            Self::Hormone(e) => e.user.as_ref(),
            Self::HealthObservation(e) => e.user.as_ref(),
            Self::GoogleNoDatasource(e)
            | Self::Healthcheck(e)
            | Self::Processing(e)
            | Self::RateLimitHit(e) => e.user.as_ref(),
            _ => None,
        }
    }

    /// Decodes an event from JSON bytes; errors carry the JSON path of the
    /// bad field wherever `type` appears in the object.
    ///
    /// The generic `Deserialize` impl streams the payload when `type` comes
    /// first and buffers the fields before it otherwise (errors in buffered
    /// fields then lose their path). This function instead looks up `type`
    /// with a quick scan when it is not the first key, then decodes the
    /// payload type directly.
    ///
    /// The decode is tolerant: see [`Event::from_slice_with`] for the
    /// strict one, and [`Mismatches`] for the report.
    pub fn from_slice(body: &[u8]) -> Result<Self, crate::Error> {
        // What the fast path decodes, serde decodes the same; anything else
        // (and every error) is serde's.
        if let Some(event) = Self::fast(body) {
            return Ok(event);
        }
        if type_is_first(body) {
            return crate::decode::decode_json(None, body);
        }
        #[derive(Deserialize)]
        struct Probe {
            #[serde(rename = "type")]
            tag: Option<Value>,
        }
        match serde_json::from_slice::<Probe>(body) {
            Ok(Probe {
                tag: Some(Value::String(tag)),
            }) => Self::decode_slice_as(&tag, body),
            // No string `type` (or not an object): the generic path reports
            // errors and builds `Unrecognized`.
            _ => crate::decode::decode_json(None, body),
        }
    }
}

impl Event {
    /// [`Event::from_slice`] in the given mode: with [`DecodeMode::Strict`]
    /// a value that does not fit its declared field is an error naming its
    /// path.
    ///
    /// ```
    /// use tryterra_core::models::{DecodeMode, Event, Mismatches};
    ///
    /// let body = br#"{"data": [{"metadata": {"name": 5}}], "type": "activity"}"#;
    /// let event = Event::from_slice_with(body, DecodeMode::Tolerant).unwrap();
    /// assert_eq!(event.mismatches()[0].to_string(), "data[0].metadata.name: expected string, found integer");
    /// let err = Event::from_slice_with(body, DecodeMode::Strict).unwrap_err();
    /// assert!(err.to_string().contains("data[0].metadata.name"), "{err}");
    /// ```
    pub fn from_slice_with(body: &[u8], mode: DecodeMode) -> Result<Self, crate::Error> {
        crate::decode::in_mode(mode, || Self::from_slice(body))
    }

    /// Checks that `body` decodes as an event in `mode` without keeping it,
    /// wherever `type` appears (see [`super::validate`]); returns the
    /// mismatches of a tolerant decode.
    pub fn validate(body: &[u8], mode: DecodeMode) -> Result<Vec<Mismatch>, crate::Error> {
        super::support::with_lists_discarded(|| Self::from_slice_with(body, mode))
            .map(|e| e.mismatches())
    }
}

/// Whether the object in `body` starts with the key `"type"`.
fn type_is_first(body: &[u8]) -> bool {
    let mut rest = body.trim_ascii_start();
    let Some(r) = rest.strip_prefix(b"{") else {
        return false;
    };
    rest = r.trim_ascii_start();
    rest.starts_with(b"\"type\"")
}

/// Serialises `value`, adding `"type": tag` when its own type field is not
/// already `tag`.
fn with_type<T: Serialize, S: Serializer>(
    value: &T,
    own: Option<&str>,
    tag: &str,
    s: S,
) -> Result<S::Ok, S::Error> {
    if own == Some(tag) {
        return value.serialize(s);
    }
    let mut v = serde_json::to_value(value).map_err(serde::ser::Error::custom)?;
    if let Value::Object(map) = &mut v {
        map.insert("type".to_owned(), Value::String(tag.to_owned()));
    }
    v.serialize(s)
}

impl<'de> Deserialize<'de> for Event {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(EventVisitor)
    }
}

struct EventVisitor;

impl<'de> Visitor<'de> for EventVisitor {
    type Value = Event;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a webhook event object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Event, A::Error> {
        // Fields before `type` are buffered as JSON; the rest stream straight
        // into the payload struct.
        let mut buffered: Vec<(String, Value)> = Vec::new();
        let tag = loop {
            let Some(key) = map.next_key::<String>()? else {
                break None;
            };
            let value: Value = map.next_value()?;
            match (key.as_str(), value) {
                ("type", Value::String(tag)) => {
                    buffered.push((key, Value::String(tag.clone())));
                    break Some(tag);
                }
                (_, value) => buffered.push((key, value)),
            }
        };
        let chain = Chain {
            buffered: buffered.into_iter(),
            pending: None,
            live: Some(map),
        };
        match tag {
            Some(tag) => Event::decode_tagged(tag, chain),
            None => {
                // No string `type`: everything is already buffered.
                let obj = chain.buffered.collect::<serde_json::Map<String, Value>>();
                Ok(Event::Unrecognized(Value::Object(obj)))
            }
        }
    }
}

/// Map access replaying buffered entries, then the rest of the live map.
struct Chain<A> {
    buffered: std::vec::IntoIter<(String, Value)>,
    pending: Option<Value>,
    live: Option<A>,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Chain<A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        if let Some((k, v)) = self.buffered.next() {
            self.pending = Some(v);
            return seed
                .deserialize(de::value::StringDeserializer::<A::Error>::new(k))
                .map(Some);
        }
        match &mut self.live {
            Some(live) => live.next_key_seed(seed),
            None => Ok(None),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        if let Some(v) = self.pending.take() {
            return seed.deserialize(v).map_err(de::Error::custom);
        }
        match &mut self.live {
            Some(live) => live.next_value_seed(seed),
            None => Err(de::Error::custom("value requested before key")),
        }
    }
}
