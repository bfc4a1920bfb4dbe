//! A table for Excel, written once: CSV `;`-separated (the separator Russian Excel expects), UTF-8 with a byte-order
//! mark so Excel reads Cyrillic, CRLF lines, fields quoted when needed, text a spreadsheet would run as a formula
//! defused, and numbers as plain cells (no thousands separators or currency sign, the language's decimal mark).

use super::locale::Lang;
use super::unit::Unit;

/// A whole table as one CSV file.
pub fn csv<R: AsRef<[String]>>(rows: impl IntoIterator<Item = R>) -> String {
    let mut out = String::from("\u{feff}");
    for row in rows {
        let cells: Vec<String> = row.as_ref().iter().map(|c| csv_cell(c)).collect();
        out.push_str(&cells.join(";"));
        out.push_str("\r\n");
    }
    out
}

/// One CSV field, quoted when it holds the separator, a quote or a line break, and defused (a leading `'`) when a
/// spreadsheet would take it for a formula (`=`, `+`, `-`, `@` first).
pub fn csv_cell(text: &str) -> String {
    // A number (a decimal comma included, as Russian Excel writes it) is no formula and stays a number.
    let number = text.replacen(',', ".", 1).parse::<f64>().is_ok();
    let defused = if text.starts_with(['=', '+', '-', '@']) && !number {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if defused.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", defused.replace('"', "\"\""))
    } else {
        defused
    }
}

/// A value of `unit` as a spreadsheet number: money in kopecks shows as roubles, with two decimals only when there
/// are kopecks (`1234,05`, `-0,50`, `1500`); a count as it is.
pub fn plain_number(lang: Lang, unit: Unit, x: i64) -> String {
    let mark = if lang == Lang::Ru { ',' } else { '.' };
    let sign = if x < 0 { "-" } else { "" };
    let a = x.unsigned_abs();
    match unit.scale() {
        100 if !a.is_multiple_of(100) => format!("{sign}{}{mark}{:02}", a / 100, a % 100),
        100 => format!("{sign}{}", a / 100),
        _ => format!("{sign}{a}"),
    }
}
