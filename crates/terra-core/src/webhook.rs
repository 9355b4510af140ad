//! Webhook signature verification and parsing (placeholder until issue 5 lands).
