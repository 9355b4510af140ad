//! Webhook signatures: signing (verification lands with issue 5).

use hmac::{Hmac, Mac};
use sha2::Sha256;

/// Name of the header carrying Terra's signature.
pub const SIGNATURE_HEADER: &str = "terra-signature";

/// Computes the lowercase hex HMAC-SHA256 of `"<timestamp>." + body` keyed
/// with `secret`.
pub fn compute_signature(secret: &[u8], timestamp: i64, body: &[u8]) -> String {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(secret)
        .unwrap_or_else(|_| unreachable!("HMAC accepts keys of any length"));
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    hex::encode(mac.finalize().into_bytes())
}

/// Produces a `terra-signature` header value, `t=<timestamp>,v1=<hex>`, for
/// `body` signed with `secret` at `timestamp` (unix seconds).
pub fn sign(secret: &[u8], timestamp: i64, body: &[u8]) -> String {
    format!(
        "t={timestamp},v1={}",
        compute_signature(secret, timestamp, body)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_answer_from_the_seed() {
        assert_eq!(
            sign(b"secret", 10, b"b"),
            "t=10,v1=ad2da523c6d08e6ba4d8c36d86d5ca1f31f26992aabde11659556ced1d96509b"
        );
    }
}
