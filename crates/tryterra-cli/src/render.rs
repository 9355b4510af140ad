//! Tables, CSV and NDJSON out of Terra's JSON answers.
//!
//! An answer is cut into records: the first list found under a known key
//! (`users`, `data`, `results`, `providers`, …, one level deep too), or the
//! whole answer as one record. Each record is flattened into dotted paths
//! to its scalar values (`metadata.start_time`); lists of objects (samples)
//! are left out of tables and CSV, which `--output json` keeps whole.

use std::fmt::Write as _;

use comfy_table::{ContentArrangement, Table, presets};
use serde_json::Value;

/// Keys whose list holds an answer's records, in order of preference.
const LIST_KEYS: [&str; 7] = [
    "users",
    "results",
    "data",
    "providers",
    "processed_data",
    "log_ids",
    "plans",
];

/// Columns shown first in tables when the records have them.
const FIRST_COLUMNS: [&str; 7] = [
    "user_id",
    "provider",
    "metadata.start_time",
    "metadata.end_time",
    "metadata.name",
    "metadata.type",
    "metadata.summary_id",
];

/// At most this many columns in a table (CSV has them all).
const MAX_TABLE_COLUMNS: usize = 8;
/// Longest cell of a table, in characters.
const MAX_CELL: usize = 48;

/// The records of an answer.
pub enum Records<'a> {
    /// A list, under `key` (`None` when the answer is itself a list).
    List(Option<&'a str>, &'a [Value]),
    /// One object (or scalar): the answer itself.
    One(&'a Value),
}

/// Finds the records of `value`.
pub fn records(value: &Value) -> Records<'_> {
    match value {
        Value::Array(items) => Records::List(None, items),
        Value::Object(o) => {
            for key in LIST_KEYS {
                match o.get(key) {
                    Some(Value::Array(items)) => return Records::List(Some(key), items),
                    Some(inner @ Value::Object(_)) => {
                        if let Records::List(k, items) = records(inner) {
                            return Records::List(k, items);
                        }
                    }
                    _ => {}
                }
            }
            Records::One(value)
        }
        _ => Records::One(value),
    }
}

/// The scalar leaves of `value` as `(dotted path, text)`, in document order.
pub fn flatten(value: &Value) -> Vec<(String, String)> {
    fn walk(prefix: &str, v: &Value, out: &mut Vec<(String, String)>) {
        match v {
            Value::Object(o) => {
                for (k, v) in o {
                    let path = if prefix.is_empty() {
                        k.clone()
                    } else {
                        format!("{prefix}.{k}")
                    };
                    walk(&path, v, out);
                }
            }
            Value::Array(items) => {
                if !items.is_empty() && items.iter().all(|i| !i.is_object() && !i.is_array()) {
                    let joined: Vec<String> = items.iter().map(scalar).collect();
                    out.push((prefix.to_owned(), joined.join(";")));
                }
                // Lists of objects (samples) are left out.
            }
            other => out.push((prefix.to_owned(), scalar(other))),
        }
    }
    let mut out = Vec::new();
    let name = if value.is_object() { "" } else { "value" };
    walk(name, value, &mut out);
    out
}

fn scalar(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The rows of `records` as columns and cells.
fn grid(items: &[Value], key: Option<&str>) -> (Vec<String>, Vec<Vec<String>>) {
    let flat: Vec<Vec<(String, String)>> = items
        .iter()
        .map(|item| {
            if item.is_object() {
                flatten(item)
            } else {
                vec![(key.unwrap_or("value").to_owned(), scalar(item))]
            }
        })
        .collect();
    let mut seen: Vec<String> = Vec::new();
    for row in &flat {
        for (k, _) in row {
            if !seen.contains(k) {
                seen.push(k.clone());
            }
        }
    }
    // The identifying columns first, then the others in document order.
    let mut columns: Vec<String> = FIRST_COLUMNS
        .iter()
        .filter(|c| seen.iter().any(|s| s == *c))
        .map(|c| (*c).to_owned())
        .collect();
    columns.extend(
        seen.into_iter()
            .filter(|s| !FIRST_COLUMNS.contains(&s.as_str())),
    );
    let rows = flat
        .iter()
        .map(|row| {
            columns
                .iter()
                .map(|c| {
                    row.iter()
                        .find(|(k, _)| k == c)
                        .map(|(_, v)| v.clone())
                        .unwrap_or_default()
                })
                .collect()
        })
        .collect();
    (columns, rows)
}

/// Renders `value` as CSV (RFC 4180), with a header line.
pub fn csv(value: &Value) -> String {
    let (columns, rows) = match records(value) {
        Records::List(key, items) => grid(items, key),
        Records::One(v) => grid(std::slice::from_ref(v), None),
    };
    let mut out = String::new();
    let line = |cells: &[String], out: &mut String| {
        let quoted: Vec<String> = cells.iter().map(|c| csv_cell(c)).collect();
        out.push_str(&quoted.join(","));
        out.push_str("\r\n");
    };
    line(&columns, &mut out);
    for row in &rows {
        line(row, &mut out);
    }
    out
}

fn csv_cell(cell: &str) -> String {
    if cell.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_owned()
    }
}

/// Renders `value` as NDJSON: one line per record.
pub fn ndjson(value: &Value) -> String {
    let mut out = String::new();
    let mut push = |v: &Value| {
        let _ = writeln!(out, "{v}");
    };
    match records(value) {
        Records::List(_, items) => items.iter().for_each(&mut push),
        Records::One(v) => push(v),
    }
    out
}

/// Renders `value` as a table for a terminal; the header is bold when
/// `colour` is set. Columns empty in every row are left out, and so are
/// those past `width` characters (the terminal's, when known) or past
/// [`MAX_TABLE_COLUMNS`].
pub fn table(value: &Value, colour: bool, width: Option<usize>) -> String {
    match records(value) {
        Records::List(key, []) => {
            format!("no {}\n", key.unwrap_or("records"))
        }
        Records::List(key, items) => {
            let (columns, rows) = grid(items, key);
            let mut order: Vec<usize> = Vec::new();
            let mut used = 0usize;
            for (i, name) in columns.iter().enumerate() {
                if order.len() >= MAX_TABLE_COLUMNS {
                    break;
                }
                let widest = rows
                    .iter()
                    .map(|r| clip(&r[i]).chars().count())
                    .max()
                    .unwrap_or(0);
                if widest == 0 {
                    continue;
                }
                // One space of padding on each side of a cell.
                let w = widest.max(name.chars().count()) + 2;
                if width.is_some_and(|max| used + w > max) && !order.is_empty() {
                    break;
                }
                used += w;
                order.push(i);
            }
            let header: Vec<String> = order.iter().map(|&i| columns[i].to_uppercase()).collect();
            let body: Vec<Vec<String>> = rows
                .iter()
                .map(|r| order.iter().map(|&i| clip(&r[i])).collect())
                .collect();
            let mut text = draw(header, body, colour);
            if columns.len() > order.len() {
                let _ = writeln!(
                    text,
                    "({} rows; {} more columns with --output csv or json)",
                    rows.len(),
                    columns.len() - order.len()
                );
            }
            text
        }
        Records::One(v) => {
            let body: Vec<Vec<String>> = flatten(v)
                .into_iter()
                .map(|(k, val)| vec![k, clip(&val)])
                .collect();
            draw(vec!["FIELD".to_owned(), "VALUE".to_owned()], body, colour)
        }
    }
}

fn clip(cell: &str) -> String {
    let one_line = cell.replace(['\n', '\r'], " ");
    if one_line.chars().count() > MAX_CELL {
        let mut s: String = one_line.chars().take(MAX_CELL - 1).collect();
        s.push('…');
        s
    } else {
        one_line
    }
}

fn draw(header: Vec<String>, rows: Vec<Vec<String>>, colour: bool) -> String {
    let mut t = Table::new();
    t.load_style(presets::NOTHING)
        .set_content_arrangement(ContentArrangement::Disabled)
        .set_header(header)
        .add_rows(rows);
    let mut text = String::new();
    for (i, line) in t.to_string().lines().enumerate() {
        let line = line.trim_end();
        if i == 0 && colour {
            let bold = anstyle::Style::new().bold();
            let _ = writeln!(text, "{}{line}{}", bold.render(), bold.render_reset());
        } else {
            let _ = writeln!(text, "{line}");
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn finds_records_flattens_and_quotes() {
        let v = json!({"users": [
            {"user_id": "a", "provider": "FITBIT", "scopes": ["x", "y"], "meta": {"n": 1}},
            {"user_id": "b,c", "provider": "GARMIN", "reference_id": "say \"hi\""}
        ]});
        let csv = csv(&v);
        assert_eq!(
            csv,
            "user_id,provider,meta.n,scopes,reference_id\r\na,FITBIT,1,x;y,\r\n\"b,c\",GARMIN,,,\"say \"\"hi\"\"\"\r\n"
        );
        let t = table(&v, false, None);
        assert!(t.starts_with(" USER_ID"), "{t}");
        assert!(!t.contains('\u{1b}'));
        assert!(table(&v, true, None).contains("\u{1b}[1m"));
        // A narrow terminal gets fewer columns, never none.
        let narrow = table(&v, false, Some(12));
        assert!(
            narrow.lines().next().unwrap().trim() == "USER_ID",
            "{narrow}"
        );
        assert!(narrow.contains("more columns"));
        assert_eq!(ndjson(&v).lines().count(), 2);
        let one = json!({"user": {"user_id": "a"}, "status": "success"});
        assert!(table(&one, false, None).contains("user.user_id"));
        assert_eq!(ndjson(&json!({"data": {"results": [1, 2]}})), "1\n2\n");
    }
}
