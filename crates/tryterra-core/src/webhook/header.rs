//! Parsing of a `terra-signature` header value into a timestamp and the
//! candidate `v1` signatures. No cryptography here: see [`super::Verifier`].

use super::WebhookError;

/// Length of an HMAC-SHA256 output, in bytes.
pub(crate) const SIGNATURE_BYTES: usize = 32;

/// A header value that has the right shape.
#[derive(Debug)]
pub(crate) struct ParsedHeader<'a> {
    /// The `t` value exactly as sent (ASCII digits only). The MAC covers
    /// these bytes, so the check is against what the sender signed.
    pub(crate) timestamp_text: &'a str,
    /// The `t` value as a number.
    pub(crate) timestamp: i64,
    /// Every `v1` value, decoded.
    pub(crate) signatures: Vec<[u8; SIGNATURE_BYTES]>,
}

/// `true` for the bytes allowed anywhere in a header value: visible ASCII,
/// space and horizontal tab (the characters of an HTTP field value).
fn is_header_byte(b: u8) -> bool {
    b == b'\t' || (0x20..=0x7e).contains(&b)
}

/// `true` for the bytes allowed in a key: letters, digits, `-` and `_`.
fn is_key_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b'_'
}

/// Parses `t=<digits>,v1=<64 hex>[,v1=…][,other=…]`.
///
/// Structural problems are reported as soon as they are seen; the checks on
/// `t` and `v1` values follow once the whole header has been read, in the
/// order duplicate `t`, missing `t`, invalid `t`, no `v1`, bad `v1` hex.
pub(crate) fn parse(header: &str, max_len: usize) -> Result<ParsedHeader<'_>, WebhookError> {
    if header.len() > max_len {
        return Err(WebhookError::HeaderTooLong {
            len: header.len(),
            max: max_len,
        });
    }
    if !header.bytes().all(is_header_byte) {
        return Err(WebhookError::MalformedHeader {
            reason: "the value contains characters other than visible ASCII, space and tab",
        });
    }
    let trimmed = header.trim_matches([' ', '\t']);
    if trimmed.is_empty() {
        return Err(WebhookError::MissingHeader);
    }

    let mut timestamp_text: Option<&str> = None;
    let mut duplicate_timestamp = false;
    let mut v1_values: Vec<&str> = Vec::new();
    for item in trimmed.split(',') {
        let item = item.trim_matches([' ', '\t']);
        if item.is_empty() {
            return Err(WebhookError::MalformedHeader {
                reason: "an item between commas is empty",
            });
        }
        let Some((key, value)) = item.split_once('=') else {
            return Err(WebhookError::MalformedHeader {
                reason: "an item is not of the form key=value",
            });
        };
        if key.is_empty() {
            return Err(WebhookError::MalformedHeader {
                reason: "an item has an empty key",
            });
        }
        if !key.bytes().all(is_key_byte) {
            return Err(WebhookError::MalformedHeader {
                reason: "a key contains characters other than letters, digits, '-' and '_'",
            });
        }
        match key {
            "t" => {
                if timestamp_text.is_some() {
                    duplicate_timestamp = true;
                } else {
                    timestamp_text = Some(value);
                }
            }
            "v1" => v1_values.push(value),
            // Other schemes (v0, a future v2, …) are not ours to judge.
            _ => {}
        }
    }

    if duplicate_timestamp {
        return Err(WebhookError::DuplicateTimestamp);
    }
    let timestamp_text = timestamp_text.ok_or(WebhookError::MissingTimestamp)?;
    if timestamp_text.is_empty() || !timestamp_text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(WebhookError::InvalidTimestamp);
    }
    // Digits only, so the one possible failure is a value beyond i64.
    let timestamp: i64 = timestamp_text
        .parse()
        .map_err(|_| WebhookError::InvalidTimestamp)?;

    if v1_values.is_empty() {
        return Err(WebhookError::NoSignature);
    }
    let mut signatures = Vec::with_capacity(v1_values.len());
    for value in v1_values {
        if value.len() != 2 * SIGNATURE_BYTES {
            return Err(WebhookError::InvalidHex);
        }
        let mut bytes = [0u8; SIGNATURE_BYTES];
        hex::decode_to_slice(value, &mut bytes).map_err(|_| WebhookError::InvalidHex)?;
        signatures.push(bytes);
    }

    Ok(ParsedHeader {
        timestamp_text,
        timestamp,
        signatures,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEX: &str = "ad2da523c6d08e6ba4d8c36d86d5ca1f31f26992aabde11659556ced1d96509b";

    #[test]
    fn reads_all_parts() {
        let h = format!(
            " v0=zz , t=0010 ,v1={HEX},x-y_z=a=b, v1={}",
            HEX.to_uppercase()
        );
        let p = parse(&h, 8192).unwrap();
        assert_eq!(p.timestamp_text, "0010");
        assert_eq!(p.timestamp, 10);
        assert_eq!(p.signatures.len(), 2);
        assert_eq!(p.signatures[0], p.signatures[1]);
        assert_eq!(hex::encode(p.signatures[0]), HEX);
    }

    #[test]
    fn structural_errors() {
        let malformed =
            |h: &str| matches!(parse(h, 8192), Err(WebhookError::MalformedHeader { .. }));
        assert!(malformed("t=1,,v1=00"));
        assert!(malformed("t=1,"));
        assert!(malformed(",t=1"));
        assert!(malformed("t=1,v1"));
        assert!(malformed("t=1,=x"));
        assert!(malformed("t =1"));
        assert!(malformed("t=1,v1=\u{e9}"));
        assert!(malformed("t=1\n,v1=00"));
        assert_eq!(parse("", 8192).unwrap_err(), WebhookError::MissingHeader);
        assert_eq!(
            parse(" \t ", 8192).unwrap_err(),
            WebhookError::MissingHeader
        );
        assert_eq!(
            parse("t=1", 2).unwrap_err(),
            WebhookError::HeaderTooLong { len: 3, max: 2 }
        );
    }

    #[test]
    fn value_errors() {
        let e = |h: String| parse(&h, 8192).unwrap_err();
        assert_eq!(e(format!("v1={HEX}")), WebhookError::MissingTimestamp);
        assert_eq!(
            e(format!("t=1,v1={HEX},t=1")),
            WebhookError::DuplicateTimestamp
        );
        assert_eq!(e(format!("t=,v1={HEX}")), WebhookError::InvalidTimestamp);
        assert_eq!(e(format!("t=+1,v1={HEX}")), WebhookError::InvalidTimestamp);
        assert_eq!(e(format!("t=-1,v1={HEX}")), WebhookError::InvalidTimestamp);
        assert_eq!(e(format!("t=1.5,v1={HEX}")), WebhookError::InvalidTimestamp);
        assert_eq!(
            e(format!("t=9223372036854775808,v1={HEX}")),
            WebhookError::InvalidTimestamp
        );
        assert_eq!(e("t=1,v0=abc".to_owned()), WebhookError::NoSignature);
        assert_eq!(e(format!("t=1,v1={HEX}0")), WebhookError::InvalidHex);
        assert_eq!(e(format!("t=1,v1={}", &HEX[1..])), WebhookError::InvalidHex);
        assert_eq!(
            e(format!("t=1,v1={}g", &HEX[1..])),
            WebhookError::InvalidHex
        );
        assert_eq!(e(format!("t=1,v1={HEX},v1=")), WebhookError::InvalidHex);
        assert_eq!(
            parse("t=9223372036854775807,v1=".to_owned().as_str(), 8192).unwrap_err(),
            WebhookError::InvalidHex
        );
    }
}
