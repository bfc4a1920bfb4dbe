//! T3 the training calendar: product, CRM and selling sessions, role-play and call-review sessions, reading,
//! courses and outside speakers; one-off or weekly; who leads, who takes part, what to use, who came.
//!
//! An event keeps `sequence` (RFC 5545 SEQUENCE): [`revise`] raises it whenever what a calendar shows changes, so
//! a participant's calendar app replaces its copy instead of keeping both.

use crate::domain::core::dataset::{Edit, StoreName};
use crate::domain::core::date::add_days;
use crate::domain::core::ids::derived;
use crate::domain::core::links::{Link, Related};
use crate::domain::core::record::RecordId;
use crate::domain::core::rules::{
    check_count, check_len, check_name, check_range, FieldProblem, Rule,
};
use crate::domain::Dataset;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    Product,
    Crm,
    Selling,
    RolePlay,
    CallReview,
    Reading,
    Course,
    Speaker,
}

impl EventKind {
    pub const ALL: [EventKind; 8] = [
        EventKind::Product,
        EventKind::Crm,
        EventKind::Selling,
        EventKind::RolePlay,
        EventKind::CallReview,
        EventKind::Reading,
        EventKind::Course,
        EventKind::Speaker,
    ];
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TrainingEvent {
    pub title: String,
    pub kind: EventKind,
    /// The first (or only) day.
    #[serde(with = "crate::domain::core::date")]
    pub date: NaiveDate,
    /// Minutes after midnight, in the department's time zone.
    pub start: u16,
    pub minutes: u16,
    /// Who leads it: a manager, or `None` for the head (or the outside speaker named in `speaker`).
    pub leader: Option<RecordId>,
    /// An outside speaker's name, or empty.
    pub speaker: String,
    /// Who must come; empty: the whole team.
    pub participants: Vec<RecordId>,
    /// What to read, open or bring.
    pub materials: String,
    /// Repeats every week on the same weekday through this day.
    #[serde(with = "crate::domain::core::date::option")]
    pub weekly_until: Option<NaiveDate>,
    /// Occurrences of a weekly event that will not take place.
    #[serde(with = "crate::domain::core::date::list")]
    pub skipped: Vec<NaiveDate>,
    /// The whole event is called off (kept, so calendars learn of it).
    pub cancelled: bool,
    /// RFC 5545 SEQUENCE: raised on every change a calendar shows.
    pub sequence: u32,
}

pub const TITLE_MAX: usize = 200;
pub const TEXT_MAX: usize = 2_000;
pub const PEOPLE_MAX: usize = 200;
pub const SKIPPED_MAX: usize = 60;
/// A weekly event runs for at most a year: a longer one is a typo, and every view walks its occurrences.
pub const WEEKLY_MAX_DAYS: i64 = 366;
pub const DAY_MINUTES: u16 = 24 * 60;

impl TrainingEvent {
    /// A new event as the calendar's form starts it on `date`: a role-play at 17:00 for an hour, nobody invited
    /// yet, once.
    pub fn blank(date: NaiveDate) -> TrainingEvent {
        TrainingEvent {
            title: String::new(),
            kind: EventKind::RolePlay,
            date,
            start: 17 * 60,
            minutes: 60,
            leader: None,
            speaker: String::new(),
            participants: Vec::new(),
            materials: String::new(),
            weekly_until: None,
            skipped: Vec::new(),
            cancelled: false,
            sequence: 0,
        }
    }

    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        check_name(&mut out, "title", &self.title, TITLE_MAX);
        if self.start >= DAY_MINUTES {
            out.push(FieldProblem::new(
                "start",
                Rule::Range {
                    min: 0,
                    max: DAY_MINUTES as i64 - 1,
                },
            ));
        }
        check_range(
            &mut out,
            "minutes",
            self.minutes as i64,
            5..=DAY_MINUTES as i64,
        );
        check_len(&mut out, "speaker", &self.speaker, TITLE_MAX);
        check_len(&mut out, "materials", &self.materials, TEXT_MAX);
        check_count(
            &mut out,
            "participants".into(),
            self.participants.len(),
            PEOPLE_MAX,
        );
        check_count(&mut out, "skipped".into(), self.skipped.len(), SKIPPED_MAX);
        if let Some(until) = self.weekly_until {
            if until < self.date {
                out.push(FieldProblem::new("weekly_until", Rule::EndBeforeStart));
            } else {
                crate::domain::core::rules::check_span(
                    &mut out,
                    "weekly_until",
                    self.date,
                    until,
                    WEEKLY_MAX_DAYS,
                );
            }
        }
        out
    }

    /// The days it takes place on within `from..=to`: the first day, then every 7 days through `weekly_until`,
    /// less the skipped ones (none when cancelled).
    pub fn occurrences(&self, from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
        if self.cancelled {
            return Vec::new();
        }
        let last = self.weekly_until.unwrap_or(self.date);
        let mut out = Vec::new();
        let mut day = self.date;
        while day <= last && day <= to {
            if day >= from && !self.skipped.contains(&day) {
                out.push(day);
            }
            day = add_days(day, 7);
        }
        out
    }

    /// Whether `manager` is expected (named, or everyone when nobody is named).
    pub fn expects(&self, manager: RecordId) -> bool {
        self.participants.is_empty() || self.participants.contains(&manager)
    }

    /// "10:00" from the start minute.
    pub fn start_text(&self) -> String {
        clock(self.start)
    }

    pub fn end_text(&self) -> String {
        clock((self.start + self.minutes) % DAY_MINUTES)
    }
}

/// "HH:MM" of a minute of the day.
pub fn clock(minute: u16) -> String {
    format!("{:02}:{:02}", minute / 60, minute % 60)
}

/// Parses "HH:MM" (or "H:MM") into a minute of the day.
pub fn parse_clock(text: &str) -> Option<u16> {
    let (h, m) = text.trim().split_once(':')?;
    let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

impl Related for TrainingEvent {
    fn links(&self) -> Vec<Link> {
        let mut out: Vec<Link> = self
            .leader
            .map(|l| Link::to("leader", StoreName::Managers, l))
            .into_iter()
            .collect();
        out.extend(
            self.participants
                .iter()
                .map(|p| Link::to("participants", StoreName::Managers, *p)),
        );
        out
    }
}

/// The saved form of an edit: `new` with the sequence raised above `old`'s when anything a calendar shows changed
/// (and kept when nothing did, so saving twice does not make calendars churn).
pub fn revise(old: &TrainingEvent, mut new: TrainingEvent) -> TrainingEvent {
    new.sequence = old.sequence;
    if new != *old {
        new.sequence = old.sequence + 1;
    }
    new
}

/// Who came to one occurrence. One record per event and day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TrainingAttendance {
    pub event: RecordId,
    #[serde(with = "crate::domain::core::date")]
    pub date: NaiveDate,
    pub present: Vec<RecordId>,
}

impl TrainingAttendance {
    /// Who was at `event` on `date`, as stored (nobody before the first mark).
    pub fn present(data: &Dataset, event: RecordId, date: NaiveDate) -> Vec<RecordId> {
        data.live::<TrainingAttendance>(TrainingAttendance::id_for(event, date))
            .map(|r| r.data.present.clone())
            .unwrap_or_default()
    }

    /// Marks `who` present or absent at one occurrence, against the list as stored now (not as a screen drew it,
    /// which another tab may have changed since); the list stays sorted and holds each person once.
    pub fn mark(data: &Dataset, event: RecordId, date: NaiveDate, who: RecordId, on: bool) -> Edit {
        let mut present = TrainingAttendance::present(data, event, date);
        present.retain(|p| *p != who);
        if on {
            present.push(who);
        }
        present.sort();
        Edit::derived(TrainingAttendance {
            event,
            date,
            present,
        })
    }

    pub fn id_for(event: RecordId, date: NaiveDate) -> RecordId {
        derived(
            "training_attendance",
            &[&event.to_string(), &date.to_string()],
        )
    }

    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        check_count(&mut out, "present".into(), self.present.len(), PEOPLE_MAX);
        out
    }
}

impl Related for TrainingAttendance {
    fn derived_id(&self) -> Option<RecordId> {
        Some(TrainingAttendance::id_for(self.event, self.date))
    }

    fn links(&self) -> Vec<Link> {
        let mut out = vec![Link::to("event", StoreName::TrainingEvents, self.event)];
        out.extend(
            self.present
                .iter()
                .map(|p| Link::to("present", StoreName::Managers, *p)),
        );
        out
    }
}

/// One occurrence on the calendar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Occurrence<'a> {
    pub event: RecordId,
    pub date: NaiveDate,
    pub data: &'a TrainingEvent,
    /// Who was marked present (empty until marked).
    pub present: Vec<RecordId>,
}

/// Every occurrence within `from..=to`, by day and start time.
pub fn agenda(data: &Dataset, from: NaiveDate, to: NaiveDate) -> Vec<Occurrence<'_>> {
    let mut out = Vec::new();
    for r in data.live_records::<TrainingEvent>() {
        for date in r.data.occurrences(from, to) {
            let present = data
                .live::<TrainingAttendance>(TrainingAttendance::id_for(r.id, date))
                .map(|a| a.data.present.clone())
                .unwrap_or_default();
            out.push(Occurrence {
                event: r.id,
                date,
                data: &r.data,
                present,
            });
        }
    }
    out.sort_by_key(|o| (o.date, o.data.start, o.event));
    out
}

/// The weeks (Monday first) that cover `month`'s days: the month view's grid.
pub fn month_grid(month: NaiveDate) -> Vec<[NaiveDate; 7]> {
    let first = crate::domain::core::date::month_start(month);
    let last = crate::domain::core::date::month_end(month);
    let mut monday = crate::domain::core::date::monday(first);
    let mut out = Vec::new();
    while monday <= last {
        let mut week = [monday; 7];
        for (i, d) in week.iter_mut().enumerate() {
            *d = add_days(monday, i as i64);
        }
        out.push(week);
        monday = add_days(monday, 7);
    }
    out
}
