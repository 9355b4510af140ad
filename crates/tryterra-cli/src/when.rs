//! Dates on the command line: what [`DateParam::parse`] reads (YYYY-MM-DD,
//! RFC 3339, unix seconds), plus `today`, `yesterday`, `now` and offsets
//! back from today like `-7d` or `-2w` (days and weeks, UTC).

use tryterra_core::{CalendarDate, DateParam};

use crate::error::CliError;

/// Parses the value of `flag`.
pub fn parse(flag: &str, value: &str) -> Result<DateParam, CliError> {
    parse_at(
        value,
        CalendarDate::today_utc(),
        crate::webhook_cmd::unix_now(),
    )
    .map_err(|e| CliError::Usage(format!("{flag}: {e}")))
}

fn parse_at(value: &str, today: CalendarDate, now: i64) -> Result<DateParam, String> {
    let v = value.trim();
    let back = |days: i64| {
        today
            .add_days(-days)
            .map(DateParam::Date)
            .ok_or_else(|| format!("`{value}` is too far back"))
    };
    match v.to_ascii_lowercase().as_str() {
        "today" => return Ok(DateParam::Date(today)),
        "yesterday" => return back(1),
        "now" => return Ok(DateParam::Unix(now)),
        _ => {}
    }
    if let Some(rest) = v.strip_prefix('-')
        && let Some(unit) = rest.chars().last()
        && matches!(unit, 'd' | 'w')
    {
        let n: i64 = rest[..rest.len() - 1]
            .parse()
            .ok()
            .filter(|n| (0..=100_000).contains(n))
            .ok_or_else(|| format!("`{value}` is not an offset like -7d or -2w"))?;
        return back(if unit == 'w' { n * 7 } else { n });
    }
    DateParam::parse(v).map_err(|e| e.to_string())
}

/// The default range of `terra data`: the 7 full days before today, and
/// today up to now.
pub fn default_range() -> (DateParam, DateParam) {
    let today = CalendarDate::today_utc();
    (
        DateParam::Date(today.add_days(-7).unwrap_or(today)),
        DateParam::Unix(crate::webhook_cmd::unix_now()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_dates() {
        let today = CalendarDate::new(2024, 3, 10).unwrap();
        let d = |y, m, day| DateParam::Date(CalendarDate::new(y, m, day).unwrap());
        assert_eq!(parse_at("today", today, 5).unwrap(), d(2024, 3, 10));
        assert_eq!(parse_at("Yesterday", today, 5).unwrap(), d(2024, 3, 9));
        assert_eq!(parse_at("-7d", today, 5).unwrap(), d(2024, 3, 3));
        assert_eq!(parse_at("-2w", today, 5).unwrap(), d(2024, 2, 25));
        assert_eq!(parse_at("now", today, 5).unwrap(), DateParam::Unix(5));
        assert_eq!(parse_at("2024-01-02", today, 5).unwrap(), d(2024, 1, 2));
        assert!(parse_at("-xd", today, 5).is_err());
        assert!(parse_at("-7y", today, 5).is_err());
    }
}
