//! A typed value read as a metric value in its unit.

use crate::domain::core::unit::Unit;

/// Why a typed value is not a metric value.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, thiserror::Error, serde::Serialize, serde::Deserialize,
)]
pub enum ValueError {
    #[error("not a number")]
    NotANumber,
    #[error("negative")]
    Negative,
    #[error("more decimal places than the unit has")]
    TooPrecise,
    #[error("too large")]
    TooLarge,
}

/// Reads a value as people type it or as Excel exports it: spaces (also non-breaking) between thousands, a comma
/// or a point as the decimal mark, an optional currency sign. Empty text is `Ok(None)` (nothing entered).
/// Returns the value in the unit's minor units (kopecks, hundredths of a score).
pub fn parse_value(unit: Unit, text: &str) -> Result<Option<i64>, ValueError> {
    let cleaned: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '₽' | '\u{202f}'))
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    if cleaned.is_empty() {
        return Ok(None);
    }
    if cleaned.starts_with('-') || cleaned.starts_with('−') {
        return Err(ValueError::Negative);
    }
    let (whole, frac) = match cleaned.split_once('.') {
        Some((w, f)) => (w, f),
        None => (cleaned.as_str(), ""),
    };
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    if !(digits(whole) || (whole.is_empty() && digits(frac))) || (!frac.is_empty() && !digits(frac))
    {
        return Err(ValueError::NotANumber);
    }
    let places = match unit.scale() {
        100 => 2,
        _ => 0,
    };
    if frac.trim_end_matches('0').len() > places {
        return Err(ValueError::TooPrecise);
    }
    let whole: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().map_err(|_| ValueError::TooLarge)?
    };
    let mut frac_value: i64 = 0;
    for i in 0..places {
        let d = frac
            .as_bytes()
            .get(i)
            .map(|b| (b - b'0') as i64)
            .unwrap_or(0);
        frac_value = frac_value * 10 + d;
    }
    let value = whole
        .checked_mul(unit.scale())
        .and_then(|v| v.checked_add(frac_value))
        .ok_or(ValueError::TooLarge)?;
    if value > crate::domain::planning::fact::FACT_MAX {
        return Err(ValueError::TooLarge);
    }
    Ok(Some(value))
}
