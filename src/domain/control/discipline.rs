//! Meeting discipline (C3): were the meetings the duties call for held, on time and within their time box.

use crate::domain::core::calendar::WorkCalendar;
use crate::domain::core::date::add_days;
use crate::domain::organisation::meeting::{Meeting, MeetingKind, Template};
use crate::domain::{Dataset, RecordId};
use chrono::NaiveDate;

/// One scheduled meeting in the discipline table: held (and how long), or skipped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scheduled {
    pub date: NaiveDate,
    pub meeting: Option<RecordId>,
    pub minutes: Option<u32>,
    pub time_box: u16,
}

impl Scheduled {
    pub fn held(&self) -> bool {
        self.meeting.is_some()
    }

    pub fn overran(&self) -> bool {
        self.minutes.is_some_and(|m| m > self.time_box as u32)
    }
}

/// Meeting discipline (C3) for a regular kind over `from..=to`: one row per meeting the duties call for (a daily on
/// every working day, a weekly in every week, a monthly in every month, each on its period's first working day),
/// held if a meeting of that period was started.
pub fn discipline(
    data: &Dataset,
    calendar: &WorkCalendar,
    kind: MeetingKind,
    from: NaiveDate,
    to: NaiveDate,
) -> Vec<Scheduled> {
    if !kind.is_regular() {
        return Vec::new();
    }
    let time_box = Template::of(data, kind).minutes;
    let mut out: Vec<Scheduled> = Vec::new();
    for day in calendar.working_days(from, to) {
        let start = kind.period_start(day);
        if out
            .last()
            .is_some_and(|s| kind.period_start(s.date) == start)
        {
            continue; // the period's first working day in range is its slot
        }
        let held = Meeting::id_for(kind, day).and_then(|id| {
            data.meetings
                .get(&id)
                .filter(|r| !r.deleted && r.data.started.is_some())
                .map(|r| (id, r))
        });
        out.push(Scheduled {
            date: held.map(|(_, r)| r.data.date).unwrap_or(day),
            meeting: held.map(|(id, _)| id),
            minutes: held.and_then(|(_, r)| r.data.duration_minutes()),
            time_box: held.map(|(_, r)| r.data.minutes).unwrap_or(time_box),
        });
    }
    out
}

/// The discipline table in numbers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DisciplineSummary {
    pub scheduled: u32,
    pub held: u32,
    pub overran: u32,
    /// Mean length of the held meetings that were closed, in minutes (rounded half up).
    pub mean_minutes: Option<u32>,
}

pub fn summarize(rows: &[Scheduled]) -> DisciplineSummary {
    let closed: Vec<u32> = rows.iter().filter_map(|r| r.minutes).collect();
    let n = closed.len() as u32;
    DisciplineSummary {
        scheduled: rows.len() as u32,
        held: rows.iter().filter(|r| r.held()).count() as u32,
        overran: rows.iter().filter(|r| r.overran()).count() as u32,
        mean_minutes: (n > 0).then(|| (closed.iter().sum::<u32>() * 2 + n) / (2 * n)),
    }
}

/// How far back the meetings page looks: the last 30 days, today included.
pub const RECENT_DAYS: i64 = 30;

/// A kind's discipline over the last [`RECENT_DAYS`] up to `today`, as the meetings page shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recent {
    pub kind: MeetingKind,
    pub summary: DisciplineSummary,
    /// The days a meeting was called for and not held.
    pub skipped: Vec<NaiveDate>,
}

/// The discipline of `kind` over the last [`RECENT_DAYS`]. Today's meeting may still be ahead: it counts once held,
/// never as skipped.
pub fn recent(
    data: &Dataset,
    calendar: &WorkCalendar,
    kind: MeetingKind,
    today: NaiveDate,
) -> Recent {
    let mut rows = discipline(
        data,
        calendar,
        kind,
        add_days(today, 1 - RECENT_DAYS),
        today,
    );
    rows.retain(|r| r.held() || r.date < today);
    Recent {
        kind,
        summary: summarize(&rows),
        skipped: rows.iter().filter(|r| !r.held()).map(|r| r.date).collect(),
    }
}
