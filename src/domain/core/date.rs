//! Calendar dates as the file contract writes them, and date arithmetic that cannot panic.
//!
//! Every stored date is `YYYY-MM-DD` with a year from [`MIN`] to [`MAX`]: chrono alone would also read
//! `+262142-12-31` or `2022-7-28`, and a date at the end of chrono's range makes the next `+ 1 day` panic. The
//! reader refuses those ([`parse`]); the arithmetic below saturates at chrono's ends instead of panicking, so even a
//! date that slipped past the reader cannot stop a page.

use chrono::{Datelike, Days, Months, NaiveDate};
use serde::{Deserializer, Serializer};

/// The earliest date a record may carry (a long-serving seller's hire date fits).
pub const MIN: NaiveDate = match NaiveDate::from_ymd_opt(1970, 1, 1) {
    Some(d) => d,
    None => panic!("a valid constant"),
};
/// The latest date a record may carry.
pub const MAX: NaiveDate = match NaiveDate::from_ymd_opt(2099, 12, 31) {
    Some(d) => d,
    None => panic!("a valid constant"),
};

/// Why a text is not a date of the contract.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    /// Not exactly `YYYY-MM-DD` (ten characters, zero-padded), or no such day.
    #[error("not a date written YYYY-MM-DD")]
    Form,
    /// A real date, but outside [`MIN`]..=[`MAX`].
    #[error("a date outside 1970-01-01..2099-12-31")]
    OutOfRange,
}

/// Reads `YYYY-MM-DD` exactly: no sign, no spaces, no missing zeros, a real day, within [`MIN`]..=[`MAX`].
pub fn parse(text: &str) -> Result<NaiveDate, DateError> {
    let b = text.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10
        || b[4] != b'-'
        || b[7] != b'-'
        || !digits(0..4)
        || !digits(5..7)
        || !digits(8..10)
    {
        return Err(DateError::Form);
    }
    let num = |r: std::ops::Range<usize>| text[r].parse::<u32>().map_err(|_| DateError::Form);
    let date = NaiveDate::from_ymd_opt(num(0..4)? as i32, num(5..7)?, num(8..10)?)
        .ok_or(DateError::Form)?;
    if !(MIN..=MAX).contains(&date) {
        return Err(DateError::OutOfRange);
    }
    Ok(date)
}

/// Reads a date as spreadsheets and CRM exports write it: `27.11.2026`, `27.11.26`, `2026-11-27` or `27/11/2026`,
/// optionally followed by a time of day (`27.11.2026 14:05:00`, `2026-11-27T14:05`), which is dropped; within the
/// dates a record may carry ([`MIN`]–[`MAX`]).
pub fn parse_file_date(text: &str) -> Option<NaiveDate> {
    let t = text.trim();
    let t = match t.split_once([' ', 'T']) {
        Some((day, time)) if is_time(time.trim()) => day,
        Some(_) => return None,
        None => t,
    };
    let iso: Vec<&str> = t.split('-').collect();
    let (y, m, d) = match iso.as_slice() {
        [y, m, d] if y.len() == 4 => (*y, *m, *d),
        _ => {
            let parts: Vec<&str> = t.split(['.', '/']).collect();
            let [d, m, y] = parts.as_slice() else {
                return None;
            };
            (*y, *m, *d)
        }
    };
    let number = |s: &str| -> Option<u32> {
        (!s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let year = match y.len() {
        4 => number(y)? as i32,
        2 => 2000 + number(y)? as i32,
        _ => return None,
    };
    let date = NaiveDate::from_ymd_opt(year, number(m)?, number(d)?)?;
    (MIN..=MAX).contains(&date).then_some(date)
}

/// `14:05` or `14:05:00` (a day's clock time as exports write it).
fn is_time(text: &str) -> bool {
    let parts: Vec<&str> = text.split(':').collect();
    (2..=3).contains(&parts.len())
        && parts
            .iter()
            .all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
}

/// The first day of the `days` days that end on `last`, both ends counted: `window_start(d, 7)` is six days before
/// `d`, so "the last 30 days" are 30 calendar days with today among them.
pub fn window_start(last: NaiveDate, days: u32) -> NaiveDate {
    add_days(last, 1 - i64::from(days.max(1)))
}

/// `date` moved by `days` (either way), stopping at chrono's first or last day instead of panicking.
pub fn add_days(date: NaiveDate, days: i64) -> NaiveDate {
    let moved = if days >= 0 {
        date.checked_add_days(Days::new(days.unsigned_abs()))
    } else {
        date.checked_sub_days(Days::new(days.unsigned_abs()))
    };
    moved.unwrap_or(if days >= 0 {
        NaiveDate::MAX
    } else {
        NaiveDate::MIN
    })
}

/// `date` moved by `months` (either way; the day clamped to the month's length), stopping at chrono's ends
/// instead of panicking.
pub fn add_months(date: NaiveDate, months: i32) -> NaiveDate {
    let moved = if months >= 0 {
        date.checked_add_months(Months::new(months.unsigned_abs()))
    } else {
        date.checked_sub_months(Months::new(months.unsigned_abs()))
    };
    moved.unwrap_or(if months >= 0 {
        NaiveDate::MAX
    } else {
        NaiveDate::MIN
    })
}

/// The Monday of `date`'s week (weeks start on Monday).
pub fn monday(date: NaiveDate) -> NaiveDate {
    add_days(date, -i64::from(date.weekday().num_days_from_monday()))
}

/// The first day of `date`'s month.
pub fn month_start(date: NaiveDate) -> NaiveDate {
    add_days(date, 1 - i64::from(date.day()))
}

/// The last day of `date`'s month.
pub fn month_end(date: NaiveDate) -> NaiveDate {
    let (year, month) = if date.month() == 12 {
        (date.year() + 1, 1)
    } else {
        (date.year(), date.month() + 1)
    };
    NaiveDate::from_ymd_opt(year, month, 1)
        .and_then(|d| d.pred_opt())
        .unwrap_or(NaiveDate::MAX)
}

/// Every day of `from..=to`; ends at chrono's last day rather than looping or panicking.
pub fn days(from: NaiveDate, to: NaiveDate) -> impl Iterator<Item = NaiveDate> {
    // Not `iter_days`, which never yields chrono's last day.
    std::iter::successors(Some(from), |d| d.succ_opt()).take_while(move |d| *d <= to)
}

/// The first day of every month `from..=to` touches; ends at chrono's last month rather than looping or panicking.
pub fn months(from: NaiveDate, to: NaiveDate) -> impl Iterator<Item = NaiveDate> {
    std::iter::successors(Some(month_start(from)), |m| {
        m.checked_add_months(Months::new(1))
    })
    .take_while(move |m| *m <= to)
}

/// Serde for a stored date field: `#[serde(with = "crate::domain::core::date")]`.
pub fn serialize<S: Serializer>(date: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(date)
}

pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    super::text::parsed(d, |text| {
        parse(text).map_err(|e| format!("{e}: {:?}", trim(text)))
    })
}

/// The start of a refused value, for the message.
fn trim(text: &str) -> String {
    text.chars().take(40).collect()
}

/// Serde for an optional stored date field: `#[serde(with = "crate::domain::core::date::option")]`.
pub mod option {
    use chrono::NaiveDate;
    use serde::{Deserializer, Serializer};

    pub fn serialize<S: Serializer>(date: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match date {
            Some(d) => super::serialize(d, s),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        crate::domain::core::text::parsed_option(d, |text| {
            super::parse(text).map_err(|e| format!("{e}: {:?}", super::trim(text)))
        })
    }
}

/// Serde for a list of stored dates: `#[serde(with = "crate::domain::core::date::list")]`.
pub mod list {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    /// One date of the list, read and written as [`super`] does.
    #[derive(Serialize, Deserialize)]
    struct Day(#[serde(with = "super")] NaiveDate);

    pub fn serialize<S: Serializer>(dates: &[NaiveDate], s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(dates.iter().map(|d| Day(*d)))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<NaiveDate>, D::Error> {
        Ok(Vec::<Day>::deserialize(d)?
            .into_iter()
            .map(|d| d.0)
            .collect())
    }
}
