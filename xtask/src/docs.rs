//! Doc comments for the generated models, built from names, types and units
//! (the spec's description sentences are deliberately not reused).

/// Hand-written summaries for the main models.
const TYPE_DOCS: &[(&str, &str)] = &[
    (
        "Activity",
        "One workout or activity session recorded by a provider, with its summary figures and optional sample series.",
    ),
    (
        "Body",
        "Body measurements for one day (weight, blood pressure, glucose, temperature, heart metrics, …).",
    ),
    (
        "Daily",
        "Totals and summaries for one day of a user's activity (steps, calories, heart rate, stress, …).",
    ),
    (
        "Sleep",
        "One sleep session: durations per stage, heart rate, breathing and readiness figures.",
    ),
    (
        "Nutrition",
        "Nutrition logged for one day: meals, drinks and daily macro and micro totals.",
    ),
    ("Menstruation", "Menstrual cycle data for one day or cycle."),
    (
        "Athlete",
        "Profile information the provider holds about the user.",
    ),
    (
        "AthleteCollection",
        "Response body of the athlete endpoint: the athlete profile with its connection.",
    ),
    (
        "TerraUser",
        "A connection between one end user and one provider, as Terra identifies it.",
    ),
    (
        "DataSentToWebhook",
        "Acknowledgement returned when the requested data will be delivered to the webhook instead of the response.",
    ),
    (
        "Problem",
        "Error body of a failed request, in the RFC 9457 problem-details shape.",
    ),
    (
        "WidgetSessionParams",
        "Options for creating an authentication widget session.",
    ),
    (
        "WorkoutTemplate",
        "A reusable structured workout that can be planned for users.",
    ),
    (
        "PlannedWorkout",
        "A workout scheduled for a user on a given date.",
    ),
    (
        "PlannedWorkoutSummary",
        "Short description of a planned workout, returned when one is created or changed.",
    ),
    (
        "HormoneSample",
        "One hormone test result (for example from an at-home fertility test).",
    ),
    (
        "HealthObservation",
        "One health observation (symptom, condition or other clinical-style record).",
    ),
    (
        "Connection",
        "A provider connection as listed by the connections API.",
    ),
    (
        "IntegrationsResponse",
        "Response body listing the providers available to the developer, with details.",
    ),
    (
        "IntegrationProvider",
        "One provider Terra can connect to, with the data types it offers.",
    ),
    (
        "LabReportSession",
        "One uploaded lab report and what was extracted from it.",
    ),
    (
        "LabReportUploadResponse",
        "Response body of a lab report upload: the upload's id and status.",
    ),
    (
        "LabReportListResponse",
        "Response body listing lab report sessions.",
    ),
    (
        "LabReportDeliveriesResponse",
        "Response body listing the webhook deliveries of a lab report.",
    ),
    (
        "LabReportFilesResponse",
        "Response body with temporary download links for a lab report's files.",
    ),
    ("WebhookEvent", "Fields shared by every webhook event."),
    (
        "AFibFlag",
        "Integer code for an atrial fibrillation (AFib) classification.\n\nThe variants are the codes the spec names; any other code decodes to\n`Unrecognized` with the number kept.",
    ),
    (
        "AFibClassificationSample",
        "One atrial fibrillation (AFib) classification tied to a point in time.",
    ),
    ("RecordFloat", "A map from names to numeric values."),
];

/// Splits a CamelCase schema name into lower-case words, keeping acronyms.
fn words(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::new();
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if word.is_empty() {
            return;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        let acronym = word.len() > 1
            && word
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
        if acronym {
            out.push_str(word);
        } else {
            out.push_str(&word.to_ascii_lowercase());
        }
        word.clear();
    };
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + 1).copied();
        let boundary = c.is_ascii_uppercase()
            && prev.is_some_and(|p| {
                p.is_ascii_lowercase()
                    || p.is_ascii_digit()
                    || (p.is_ascii_uppercase() && next.is_some_and(|n| n.is_ascii_lowercase()))
            });
        if boundary {
            flush(&mut word, &mut out);
        }
        word.push(c);
    }
    flush(&mut word, &mut out);
    out
}

fn article(w: &str) -> String {
    let an = w.starts_with(['a', 'e', 'i', 'o', 'u', 'A', 'E', 'I', 'O', 'U']);
    format!("{} {w}", if an { "an" } else { "a" })
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// The doc of a generated type.
pub(crate) fn type_doc(name: &str, kind: &str) -> String {
    if let Some((_, d)) = TYPE_DOCS.iter().find(|(n, _)| *n == name) {
        return (*d).to_owned();
    }
    let w = words(name);
    match kind {
        "int_enum" => format!(
            "Integer code for {w}.\n\nThe variants are the codes the spec names; any other code decodes to\n`Unrecognized` with the number kept."
        ),
        "str_enum" => format!(
            "Known values of {w}.\n\nAny other string decodes to `Unrecognized` with the string kept."
        ),
        "map" => format!("{}: numeric values by name.", capitalise(&w)),
        _ => {
            if let Some(base) = name.strip_suffix("Event") {
                format!(
                    "Webhook payload of the {} event.",
                    if base.is_empty() {
                        "base".to_owned()
                    } else {
                        words(base)
                    }
                )
            } else if let Some(base) = name.strip_suffix("Sample") {
                format!(
                    "One {} sample: a value tied to a point in time.",
                    words(base)
                )
            } else if let Some(base) = name.strip_suffix("Metadata") {
                format!(
                    "Metadata of {} record: its time window and identifiers.",
                    article(&words(base))
                )
            } else if name.ends_with("Response") {
                format!("Response body: {w}.")
            } else if let Some(base) = name.strip_suffix("Data") {
                format!("The {} part of a payload.", words(base))
            } else {
                format!("{} (object of the Terra v2 API).", capitalise(&w))
            }
        }
    }
}

/// The doc of a struct generated for an inline object schema.
pub(crate) fn inline_struct_doc(owner: &str, field: &str) -> String {
    format!("The `{field}` object inside [`{owner}`].")
}

/// Quotes an enum title for docs.
pub(crate) fn quote_title(title: &str) -> String {
    format!("“{title}”")
}

/// Units recognised at the end of field names: (suffix tokens, wording).
const UNITS: &[(&str, &str)] = &[
    ("mg_per_dL", "milligrams per decilitre"),
    ("mg_per_dl", "milligrams per decilitre"),
    ("mIU_per_ml", "milli-international units per millilitre"),
    ("ng_per_ml", "nanograms per millilitre"),
    ("ml_per_min_per_kg", "millilitres per minute per kilogram"),
    ("meters_per_second", "metres per second"),
    ("minutes_per_kilometer", "minutes per kilometre"),
    ("per_kilometer", "per kilometre"),
    ("newton_meters", "newton metres"),
    ("per_second", "per second"),
    ("per_minute", "per minute"),
    ("per_min", "per minute"),
    ("bpm", "beats per minute"),
    ("rpm", "revolutions per minute"),
    ("seconds", "seconds"),
    ("ms", "milliseconds"),
    ("minutes", "minutes"),
    ("hours", "hours"),
    ("days", "days"),
    ("meters", "metres"),
    ("kilometer", "kilometres"),
    ("cm", "centimetres"),
    ("mm", "millimetres"),
    ("kg", "kilograms"),
    ("mg", "milligrams"),
    ("ug", "micrograms"),
    ("g", "grams"),
    ("ml", "millilitres"),
    ("percentage", "percent"),
    ("celsius", "degrees Celsius"),
    ("deg", "degrees"),
    ("watts", "watts"),
    ("watt", "watts"),
    ("uV", "microvolts"),
    ("kilojoules", "kilojoules"),
    ("kj", "kilojoules"),
    ("calories", "kilocalories"),
    ("bytes", "bytes"),
];

fn expand(token: &str) -> String {
    let t = match token {
        "avg" => "average",
        "max" => "maximum",
        "min" => "minimum",
        "hr" => "heart rate",
        "hrv" => "heart rate variability",
        "bp" => "blood pressure",
        "num" => "number of",
        "elev" => "elevation",
        "pos" => "position",
        "lat" => "latitude",
        "lng" => "longitude",
        "id" => "ID",
        "url" => "URL",
        "rr" => "RR",
        "ecg" => "ECG",
        "afib" => "AFib",
        "rmssd" => "RMSSD",
        "sdnn" => "SDNN",
        "vo2max" => "VO2max",
        "vo2" => "VO2",
        "bmi" | "BMI" => "BMI",
        "bmr" | "BMR" => "BMR",
        "rmr" | "RMR" => "RMR",
        "met" | "MET" => "MET",
        "tss" | "TSS" => "TSS",
        "ftp" => "FTP",
        "gmi" => "GMI",
        "rem" | "REM" => "REM",
        "lh" => "LH",
        "hcg" => "hCG",
        "fsh" => "FSH",
        "e3g" => "E3G",
        "pdg" => "PdG",
        "loinc" => "LOINC",
        "ucum" => "UCUM",
        "trimp" => "TRIMP",
        "rcrs" => "RCRS",
        "v2" => "v2",
        other => return other.to_owned(),
    };
    t.to_owned()
}

/// Hand-written wording for common field names (the unit and type notes
/// are still appended).
const FIELD_DOCS: &[(&str, &str)] = &[
    ("user_id", "Terra's identifier of the connection (a UUID)"),
    (
        "provider",
        "The data provider, in upper case (for example `GARMIN`)",
    ),
    (
        "reference_id",
        "The developer's own identifier for the end user, given when connecting",
    ),
    ("active", "Whether the connection is currently active"),
    ("status", "Status word of the payload"),
    ("message", "Human-readable message"),
    (
        "version",
        "Version of the payload format, as a date such as `2022-03-16`",
    ),
    ("type", "Type or kind of the record"),
    ("data", "The records carried by the payload"),
    ("user", "The connection the payload belongs to"),
    ("metadata", "Identifiers and time window of the record"),
    ("summary_id", "Identifier of the record at the provider"),
    ("timestamp", "The moment the value refers to"),
    ("start_time", "Start of the period covered"),
    ("end_time", "End of the period covered"),
    ("created_at", "When the object was created"),
    ("scopes", "Permissions the user granted"),
    (
        "last_webhook_update",
        "When Terra last sent a webhook for this connection",
    ),
    (
        "reference",
        "Terra's reference of the request; the events it leads to carry the same value",
    ),
    (
        "expected_payloads",
        "How many data payloads the request will be split into",
    ),
    ("url", "Download URL"),
    ("expires_in", "Lifetime of the URL or token, in seconds"),
    ("bpm", "Heart rate, in beats per minute"),
    ("samples", "The individual samples"),
    ("old_user", "The connection that was replaced"),
    ("new_user", "The connection that replaced the old one"),
    (
        "trace_id",
        "Identifier for tracing the request (the same as `reference`)",
    ),
];

/// The doc of a generated field.
pub(crate) fn field_doc(
    json: &str,
    note: Option<&str>,
    required: bool,
    konst: Option<&str>,
) -> String {
    let mut base = json;
    let mut unit = None;
    for (suffix, wording) in UNITS {
        if let Some(rest) = json.strip_suffix(suffix)
            && let Some(rest) = rest.strip_suffix('_')
            && !rest.is_empty()
        {
            base = rest;
            unit = Some(*wording);
            break;
        }
    }
    let mut doc = if let Some((_, d)) = FIELD_DOCS.iter().find(|(n, _)| *n == json) {
        (*d).to_owned()
    } else {
        let phrase: Vec<String> = base
            .split('_')
            .filter(|t| !t.is_empty())
            .map(expand)
            .collect();
        let mut doc = capitalise(&phrase.join(" "));
        if let Some(u) = unit {
            doc.push_str(", in ");
            doc.push_str(u);
        }
        doc
    };
    doc.push('.');
    if let Some(n) = note {
        doc.push(' ');
        doc.push_str(n);
    }
    if let Some(k) = konst {
        doc.push_str(&format!(" Always `{k}` in this payload."));
    }
    if required {
        doc.push_str("\n\nRequired by the spec; still `None` if a payload omits it.");
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_split_acronyms() {
        assert_eq!(
            words("HeartRateVariabilityDataSampleRMSSD"),
            "heart rate variability data sample RMSSD"
        );
        assert_eq!(words("METSample"), "MET sample");
    }

    #[test]
    fn field_docs_name_units() {
        assert_eq!(
            field_doc("avg_hr_bpm", None, false, None),
            "Average heart rate, in beats per minute."
        );
        assert_eq!(
            field_doc("day_avg_blood_glucose_mg_per_dL", None, false, None),
            "Day average blood glucose, in milligrams per decilitre."
        );
    }
}
