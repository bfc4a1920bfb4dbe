//! The reminder to save an export file: the data lives in one browser, and a file is what survives losing it.

use crate::domain::core::date::parse;
use crate::domain::core::locale::days_between;
use chrono::NaiveDate;

/// A week: the data page reminds to export once the last file is this many days old (or there never was one), so a
/// lost or wiped browser costs at most about a week of entries.
pub const EXPORT_NUDGE_DAYS: i64 = 7;

/// Whole days from the last export to `today`; `None` for never or a time that cannot be read. The time is
/// `Store::mark_exported`'s RFC 3339 text, whose first ten characters are the date; a clock that ran ahead gives 0.
pub fn days_since_export(last_export: &str, today: NaiveDate) -> Option<i64> {
    let at = parse(last_export.get(..10)?).ok()?;
    Some(days_between(at, today).max(0))
}

/// The reminder's age in days, or `None` when there is nothing to remind of: no data, or a file saved within the
/// week. Never exported reads as [`EXPORT_NUDGE_DAYS`].
pub fn export_reminder(days_since: Option<i64>, has_data: bool) -> Option<i64> {
    let days = days_since.unwrap_or(EXPORT_NUDGE_DAYS);
    (has_data && days >= EXPORT_NUDGE_DAYS).then_some(days)
}
