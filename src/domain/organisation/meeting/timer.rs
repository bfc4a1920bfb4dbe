//! The timer of a running meeting against its time box.

use super::*;

/// The timer of a running meeting against its time box.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Timer {
    pub elapsed_s: u64,
    /// Seconds left in the time box; negative once it is over.
    pub left_s: i64,
    pub phase: TimerPhase,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimerPhase {
    Running,
    /// Five minutes or less are left.
    Warning,
    /// The time box is used up.
    Overrun,
}

/// When the timer starts warning.
pub const WARNING_S: i64 = 5 * 60;

impl Timer {
    /// The timer at `now_ms` for a meeting started at `started_ms` with a box of `minutes` (or at its end, once
    /// ended). Wall-clock based, so a reload or a sleeping tablet loses no time.
    pub fn at(meeting: &Meeting, now_ms: u64) -> Option<Timer> {
        let started = meeting.started?;
        let until = meeting.ended.unwrap_or(now_ms);
        let elapsed_s = until.saturating_sub(started) / 1000;
        let left_s = meeting.minutes as i64 * 60 - elapsed_s as i64;
        let phase = if left_s <= 0 {
            TimerPhase::Overrun
        } else if left_s <= WARNING_S {
            TimerPhase::Warning
        } else {
            TimerPhase::Running
        };
        Some(Timer {
            elapsed_s,
            left_s,
            phase,
        })
    }
}

/// `m:ss` (or `h:mm:ss`), the sign dropped: the UI says "left" or "over".
pub fn clock_text(seconds: i64) -> String {
    let s = seconds.unsigned_abs();
    if s >= 3600 {
        format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
    } else {
        format!("{}:{:02}", s / 60, s % 60)
    }
}
