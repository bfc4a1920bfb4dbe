//! The hybrid logical clock that stamps every record's `updated` field.
//!
//! A stamp is wall-clock milliseconds plus a counter. The clock never goes backwards even when the wall clock does
//! (a device whose time was corrected), and it absorbs stamps seen in imported files so that a later local edit
//! always sorts after everything this device has seen. A remote stamp further ahead than [`MAX_DRIFT_MS`] of both
//! our wall clock and every stamp this device has already seen is refused: a device with a clock a year ahead must
//! not make its records win every merge forever. Even an accepted stamp never pulls this clock further than
//! [`MAX_DRIFT_MS`] past the wall clock, so one device's wrong clock cannot make this device's own edits beat every
//! later edit elsewhere; an edit of a record still always sorts after the version it edits ([`Clock::tick_after`]).

use chrono::{DateTime, TimeZone, Timelike, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// How far ahead of this device's wall clock (or of the newest stamp it has seen) an imported stamp may be: five
/// minutes, enough for two devices whose clocks are set by the network, short enough that a wrong clock shows.
pub const MAX_DRIFT_MS: u64 = 5 * 60 * 1000;

/// A point in hybrid logical time. Its text form, `2026-11-27T06:11:04.123Z-0001`, sorts as a string exactly as
/// the stamps sort, so it can be compared in the export file and in IndexedDB alike.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Stamp {
    /// Milliseconds since the Unix epoch (UTC).
    pub millis: u64,
    /// Orders events within one millisecond, or while the wall clock stands behind.
    pub counter: u16,
}

/// Why a stamp could not be made or accepted.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ClockError {
    /// A stamp is further ahead of this device's clock than [`MAX_DRIFT_MS`] allows.
    #[error("a stamp is {ahead_ms} ms ahead of this device's clock (limit {MAX_DRIFT_MS} ms)")]
    Drift { ahead_ms: u64 },
    /// The text is not a stamp.
    #[error("not a clock stamp: {0:?}")]
    Malformed(String),
}

impl Stamp {
    /// The latest instant a wall clock can express in the text form (year 9999).
    const MAX_MILLIS: u64 = 253_402_300_799_999;

    pub fn new(millis: u64, counter: u16) -> Self {
        Stamp { millis, counter }
    }

    /// The wall-clock part as a UTC instant.
    pub fn instant(&self) -> DateTime<Utc> {
        Utc.timestamp_millis_opt(self.millis as i64)
            .single()
            .unwrap_or_default()
    }
}

impl fmt::Display for Stamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Written out by hand: chrono's general formatter costs the web bundle more than this line.
        let t = self.instant();
        let (date, time) = (t.date_naive(), t.time());
        let millis = self.millis % 1000;
        write!(
            f,
            "{date}T{:02}:{:02}:{:02}.{millis:03}Z-{:04x}",
            time.hour(),
            time.minute(),
            time.second(),
            self.counter
        )
    }
}

impl FromStr for Stamp {
    type Err = ClockError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || ClockError::Malformed(s.chars().take(40).collect());
        // Fixed width: 24 characters of RFC 3339 with milliseconds and `Z`, a dash, four hex digits.
        if s.len() != 29
            || !s.is_ascii()
            || &s[10..11] != "T"
            || &s[24..25] != "-"
            || &s[23..24] != "Z"
        {
            return Err(bad());
        }
        // Read by hand, field by field (chrono's general parser costs the web bundle more than these lines).
        let b = s.as_bytes();
        let seps = [(4, b'-'), (7, b'-'), (13, b':'), (16, b':'), (19, b'.')];
        if seps.iter().any(|(i, c)| b[*i] != *c) {
            return Err(bad());
        }
        let num = |from: usize, to: usize| -> Result<u32, ClockError> {
            let part = &s[from..to];
            if part.bytes().all(|c| c.is_ascii_digit()) {
                part.parse().map_err(|_| bad())
            } else {
                Err(bad())
            }
        };
        let (hour, minute, second, milli) =
            (num(11, 13)?, num(14, 16)?, num(17, 19)?, num(20, 23)?);
        let wall = chrono::NaiveDate::from_ymd_opt(num(0, 4)? as i32, num(5, 7)?, num(8, 10)?)
            .and_then(|d| d.and_hms_milli_opt(hour, minute, second, milli))
            .ok_or_else(bad)?;
        let millis = u64::try_from(wall.and_utc().timestamp_millis()).map_err(|_| bad())?;
        let counter = u16::from_str_radix(&s[25..], 16).map_err(|_| bad())?;
        if s[25..].chars().any(|c| c.is_ascii_uppercase()) {
            return Err(bad()); // one spelling per stamp keeps the text order equal to the stamp order
        }
        Ok(Stamp { millis, counter })
    }
}

impl Serialize for Stamp {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Stamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        super::text::parsed(d, str::parse)
    }
}

/// The clock of one device. Feed it the wall clock on every call; it keeps the last stamp it issued or saw.
#[derive(Clone, Debug, Default)]
pub struct Clock {
    last: Stamp,
}

impl Clock {
    /// A clock that has already seen `last` (e.g. the newest stamp in the local database).
    pub fn starting_after(last: Stamp) -> Self {
        Clock { last }
    }

    pub fn last(&self) -> Stamp {
        self.last
    }

    /// A stamp for a local event: later than every stamp issued or seen, and equal to the wall clock when the wall
    /// clock is ahead. If the wall clock stands behind, the counter moves on (and past its end, the millisecond).
    pub fn tick(&mut self, wall_millis: u64) -> Stamp {
        let wall = wall_millis.min(Stamp::MAX_MILLIS);
        self.last = if wall > self.last.millis {
            Stamp::new(wall, 0)
        } else {
            next_after(self.last)
        };
        self.last
    }

    /// A stamp for a local edit of a record whose stored version is `prior`: [`Clock::tick`], or just after
    /// `prior` when that is later (a record stamped ahead by another device's clock). The edit must beat the version
    /// it edits, or the next merge would bring the old version back; the clock itself is not pulled that far.
    pub fn tick_after(&mut self, wall_millis: u64, prior: Option<Stamp>) -> Stamp {
        let stamp = self.tick(wall_millis);
        match prior {
            Some(p) if p >= stamp => next_after(p),
            _ => stamp,
        }
    }

    /// Takes in a stamp from another device (an imported record): later local stamps sort after it, but the clock
    /// moves at most [`MAX_DRIFT_MS`] past the wall clock (the record keeps its own stamp).
    pub fn observe(&mut self, remote: Stamp, wall_millis: u64) {
        let cap = Stamp::new(wall_millis.saturating_add(MAX_DRIFT_MS), 0);
        self.last = self.last.max(remote.min(cap));
    }
}

/// Whether `remote` is within [`MAX_DRIFT_MS`] of this device's time: the later of its wall clock and the newest
/// stamp it has seen (`seen`). A stamp this device has seen before is never "from the future", even when the wall
/// clock was set back since.
pub fn check_drift(remote: Stamp, wall_millis: u64, seen: Stamp) -> Result<(), ClockError> {
    let ahead_ms = remote.millis.saturating_sub(wall_millis.max(seen.millis));
    if ahead_ms > MAX_DRIFT_MS {
        return Err(ClockError::Drift { ahead_ms });
    }
    Ok(())
}

fn next_after(s: Stamp) -> Stamp {
    match s.counter.checked_add(1) {
        Some(counter) => Stamp::new(s.millis, counter),
        None => Stamp::new(s.millis + 1, 0),
    }
}
