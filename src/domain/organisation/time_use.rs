//! O1 sellers only sell: non-selling work logged by kind and minutes, the share of working time left for selling,
//! and the biggest time sinks across the team.
//!
//! **Selling share** (the rule) = (working minutes − non-selling minutes) / working minutes × 100, where working
//! minutes = the person's working days in the period (the production calendar, less their absences) × 480, and a
//! shortened pre-holiday day counts 420. Minutes on the line from the facts are shown beside it: the part of selling
//! time the phone system saw.

use crate::domain::core::calendar::{DayKind, WorkCalendar};
use crate::domain::core::dataset::StoreName;
use crate::domain::core::links::{Link, Related};
use crate::domain::core::record::RecordId;
use crate::domain::core::rules::{check_len, check_range, FieldProblem};
use crate::domain::core::text::fold;
use crate::domain::planning::actions::{monday, ActionStatus, WeekAction};
use crate::domain::planning::metric::Builtin;
use crate::domain::planning::split::available_days;
use crate::domain::Dataset;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// Non-selling work, as the issue lists it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimeKind {
    Documents,
    Logistics,
    Complaints,
    /// Requests from other departments.
    Internal,
    Other,
}

impl TimeKind {
    pub const ALL: [TimeKind; 5] = [
        TimeKind::Documents,
        TimeKind::Logistics,
        TimeKind::Complaints,
        TimeKind::Internal,
        TimeKind::Other,
    ];
}

/// Minutes of non-selling work one person did on one day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimeLog {
    pub manager: RecordId,
    #[serde(with = "crate::domain::core::date")]
    pub date: NaiveDate,
    pub kind: TimeKind,
    pub minutes: u16,
    /// What it was («счета для бухгалтерии»): time sinks are grouped by it.
    pub what: String,
    /// Written by the head (otherwise by the person, on the shared tablet or their own device).
    pub by_head: bool,
}

/// A working day is 8 hours; a shortened pre-holiday day one hour less.
pub const DAY_MINUTES: i64 = 480;
pub const SHORT_DAY_MINUTES: i64 = 420;
pub const WHAT_MAX: usize = 300;

impl TimeLog {
    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        check_range(
            &mut out,
            "minutes",
            self.minutes as i64,
            1..=DAY_MINUTES * 2,
        );
        check_len(&mut out, "what", &self.what, WHAT_MAX);
        out
    }
}

impl Related for TimeLog {
    fn links(&self) -> Vec<Link> {
        vec![Link::to("manager", StoreName::Managers, self.manager)]
    }
}

/// One person's time in a period.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TimeUse {
    pub working_minutes: i64,
    pub by_kind: BTreeMap<TimeKind, i64>,
    /// Minutes on the line, from the facts.
    pub on_line: i64,
}

impl TimeUse {
    pub fn non_selling(&self) -> i64 {
        self.by_kind.values().sum()
    }

    /// Selling share in tenths of a percent (the rule above), rounded half up; `None` without working time.
    pub fn selling_share(&self) -> Option<i64> {
        let w = self.working_minutes;
        (w > 0).then(|| ((w - self.non_selling()).max(0) * 2000 + w) / (2 * w))
    }

    pub fn plus(mut self, o: &TimeUse) -> TimeUse {
        self.working_minutes += o.working_minutes;
        self.on_line += o.on_line;
        for (k, v) in &o.by_kind {
            *self.by_kind.entry(*k).or_default() += v;
        }
        self
    }
}

/// One person's time use over `from..=to`.
pub fn time_use(
    data: &Dataset,
    calendar: &WorkCalendar,
    manager: RecordId,
    from: NaiveDate,
    to: NaiveDate,
) -> TimeUse {
    let Some(m) = data.live::<crate::domain::Manager>(manager) else {
        return TimeUse::default();
    };
    let days = available_days(data, calendar, manager, &m.data, from, to);
    let working_minutes = days
        .iter()
        .map(|d| match calendar.day(*d) {
            DayKind::Short => SHORT_DAY_MINUTES,
            _ => DAY_MINUTES,
        })
        .sum();
    let mut by_kind: BTreeMap<TimeKind, i64> = BTreeMap::new();
    for log in data
        .live_records::<TimeLog>()
        .map(|r| &r.data)
        .filter(|l| l.manager == manager && (from..=to).contains(&l.date))
    {
        *by_kind.entry(log.kind).or_default() += log.minutes as i64;
    }
    let minutes = Builtin::Minutes.id();
    let on_line = crate::domain::core::date::days(from, to)
        .filter_map(|d| {
            data.live::<crate::domain::planning::fact::DayFacts>(
                crate::domain::planning::fact::DayFacts::id_for(manager, d),
            )
        })
        .filter_map(|r| r.data.values.get(&minutes).copied())
        .sum();
    TimeUse {
        working_minutes,
        by_kind,
        on_line,
    }
}

/// A time sink: one kind of work, as people named it, across the team.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sink {
    pub kind: TimeKind,
    /// The name as first written.
    pub what: String,
    pub minutes: i64,
    pub people: usize,
    pub entries: usize,
}

/// The biggest time sinks over `from..=to`: logs grouped by kind and what they were (without case), most minutes
/// first.
pub fn sinks(data: &Dataset, from: NaiveDate, to: NaiveDate) -> Vec<Sink> {
    let mut groups: BTreeMap<(TimeKind, String), (String, i64, BTreeSet<RecordId>, usize)> =
        BTreeMap::new();
    for log in data
        .live_records::<TimeLog>()
        .map(|r| &r.data)
        .filter(|l| (from..=to).contains(&l.date))
    {
        let e = groups
            .entry((log.kind, fold(&log.what)))
            .or_insert_with(|| (log.what.trim().to_string(), 0, BTreeSet::new(), 0));
        e.1 += log.minutes as i64;
        e.2.insert(log.manager);
        e.3 += 1;
    }
    let mut out: Vec<Sink> = groups
        .into_iter()
        .map(|((kind, _), (what, minutes, people, entries))| Sink {
            kind,
            what,
            minutes,
            people: people.len(),
            entries,
        })
        .collect();
    out.sort_by(|a, b| b.minutes.cmp(&a.minutes).then_with(|| a.what.cmp(&b.what)));
    out
}

/// A time sink turned into a task of this week's action plan (P3): on today's weekday (Friday at the latest), for
/// the head, worded by the caller.
pub fn sink_action(text: String, today: NaiveDate) -> WeekAction {
    WeekAction {
        week: monday(today),
        day: today.weekday().num_days_from_monday().min(4) as u8,
        owner: None,
        metric: None,
        text,
        status: ActionStatus::Planned,
        carried_from: None,
    }
}
