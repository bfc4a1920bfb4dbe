//! A meeting as held: its record, opening one, closing one left running, and the list of meetings.

use super::*;
use crate::domain::core::calendar::WorkCalendar;
use crate::domain::core::date::add_days;
use crate::domain::core::ids::derived;
use crate::domain::core::links::Related;
use crate::domain::core::record::RecordId;
use crate::domain::core::rules::{check_name, check_optional_name, FieldProblem, Rule};
use crate::domain::organisation::protocol::last_activity;
use crate::domain::{Dataset, Edit};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One meeting: its agenda (copied from the template when it was made, so editing a template never rewrites a
/// past protocol), when it ran and the step on screen (a reload resumes there).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    pub kind: MeetingKind,
    #[serde(with = "crate::domain::core::date")]
    pub date: NaiveDate,
    /// For "other" meetings: what it is about; empty for the regular ones.
    pub title: String,
    pub minutes: u16,
    pub agenda: Vec<AgendaStep>,
    /// Wall-clock milliseconds (UTC) when the head pressed "start".
    pub started: Option<u64>,
    /// When it was closed; `None` while it runs.
    pub ended: Option<u64>,
    /// The agenda step on screen (index), where a reload resumes; at the end, how far the meeting got.
    pub step: u16,
}

impl Meeting {
    /// The id of the daily, weekly or monthly meeting of `date`'s period: two devices starting "today's stand-up"
    /// start the same meeting, and their records merge. "Other" and ОКК meetings get random ids (several a day).
    pub fn id_for(kind: MeetingKind, date: NaiveDate) -> Option<RecordId> {
        kind.is_regular().then(|| {
            derived(
                "meeting",
                &[kind_key(kind), &kind.period_start(date).to_string()],
            )
        })
    }

    /// A new meeting of `kind` on `date` from the kind's template, not started yet.
    pub fn from_template(template: &Template, date: NaiveDate, title: &str) -> Meeting {
        Meeting {
            kind: template.kind,
            date,
            title: title.trim().to_string(),
            minutes: template.minutes,
            agenda: template.agenda.clone(),
            started: None,
            ended: None,
            step: 0,
        }
    }

    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        if self.kind == MeetingKind::Other {
            check_name(&mut out, "title", &self.title, TITLE_MAX);
        } else {
            check_optional_name(&mut out, "title", &self.title, TITLE_MAX);
        }
        check_agenda(&mut out, self.minutes, &self.agenda);
        if let (Some(s), Some(e)) = (self.started, self.ended) {
            if e < s {
                out.push(FieldProblem::new("ended", Rule::EndBeforeStart));
            }
        }
        if self.ended.is_some() && self.started.is_none() {
            out.push(FieldProblem::new("started", Rule::Required));
        }
        out
    }

    pub fn is_running(&self) -> bool {
        self.started.is_some() && self.ended.is_none()
    }

    /// How long it ran, in whole minutes (rounded up: a 20 min 10 s stand-up overran).
    pub fn duration_minutes(&self) -> Option<u32> {
        let (s, e) = (self.started?, self.ended?);
        Some(e.saturating_sub(s).div_ceil(60_000) as u32)
    }

    /// The agenda steps it never reached: a meeting closed at step 3 of 8 left 4–8 undiscussed.
    pub fn unreached(&self) -> &[AgendaStep] {
        let next = (self.step as usize + 1).min(self.agenda.len());
        &self.agenda[next..]
    }
}

/// How long a meeting that is still open may sit without a sign of life before it counts as abandoned (the
/// tablet slept in a drawer): then it is closed at its last activity, not at the moment someone wakes the tablet.
pub const ABANDONED_AFTER_MS: u64 = 2 * 60 * 60 * 1000;

/// The end to record for a meeting left open: `Some(last activity)` once it has been quiet for
/// [`ABANDONED_AFTER_MS`] or its day is over, `None` while it may still be running.
pub fn abandoned_end(
    meeting: &Meeting,
    last_activity_ms: u64,
    now_ms: u64,
    today: NaiveDate,
) -> Option<u64> {
    let started = meeting.started?;
    if meeting.ended.is_some() {
        return None;
    }
    let last = last_activity_ms.max(started);
    let quiet = now_ms.saturating_sub(last) >= ABANDONED_AFTER_MS;
    (quiet || meeting.date < today).then_some(last)
}

/// What "start" on the meetings page does for a kind and a day.
#[derive(Clone, Debug, PartialEq)]
pub enum Opening {
    /// The period's meeting exists already (started here or on another device): open it.
    Continue(RecordId),
    /// A new meeting from the kind's template: save the edit, then open the id. (The edit is boxed: it holds a
    /// whole meeting, and the other answer only an id.)
    Start(RecordId, Box<Edit>),
}

/// Starts the meeting of `kind` on `day`, or continues it: a daily, weekly or monthly meeting has one record per
/// period (so the tablet and the laptop continue the same one); an "other" meeting is new each time, titled
/// `title`. `new_id` is the id an "other" meeting gets. The problems come back when the meeting would be invalid
/// (an "other" meeting without a title).
pub fn open_meeting(
    data: &Dataset,
    kind: MeetingKind,
    day: NaiveDate,
    title: &str,
    new_id: RecordId,
) -> Result<Opening, Vec<FieldProblem>> {
    let id = Meeting::id_for(kind, day).unwrap_or(new_id);
    if data.live::<Meeting>(id).is_some() {
        return Ok(Opening::Continue(id));
    }
    let title = if kind == MeetingKind::Other {
        title
    } else {
        ""
    };
    let meeting = Meeting::from_template(&Template::of(data, kind), day, title);
    let problems = meeting.problems();
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Opening::Start(id, Box::new(Edit::put(id, meeting))))
}

/// Closes the meetings left open (the tablet slept, the tab was closed) at their last entry: the edits to save and
/// the latest end recorded, for the message; no edits while every open meeting may still be running.
pub fn close_abandoned(data: &Dataset, now_ms: u64, today: NaiveDate) -> (Vec<Edit>, Option<u64>) {
    let mut last = None;
    let edits = meetings(data)
        .into_iter()
        .filter(|(_, mt)| mt.is_running())
        .filter_map(|(id, mt)| {
            let end = abandoned_end(mt, last_activity(data, id), now_ms, today)?;
            last = last.max(Some(end));
            let closed = Meeting {
                ended: Some(end),
                ..mt.clone()
            };
            Some(Edit::put(id, closed))
        })
        .collect();
    (edits, last)
}

/// Meetings not deleted, newest first.
pub fn meetings(data: &Dataset) -> Vec<(RecordId, &Meeting)> {
    let mut out: Vec<_> = data
        .meetings
        .iter()
        .filter(|(_, r)| !r.deleted)
        .map(|(id, r)| (*id, &r.data))
        .collect();
    out.sort_by(|a, b| {
        b.1.date
            .cmp(&a.1.date)
            .then(b.1.started.cmp(&a.1.started))
            .then(a.0.cmp(&b.0))
    });
    out
}

/// The working day before `date` (yesterday, or Friday on a Monday, or the day before a holiday run).
pub fn previous_working_day(calendar: &WorkCalendar, date: NaiveDate) -> NaiveDate {
    (1..=31)
        .map(|n| add_days(date, -n))
        .find(|d| calendar.is_working(*d))
        .unwrap_or(add_days(date, -1))
}

impl Related for Meeting {
    fn derived_id(&self) -> Option<RecordId> {
        Meeting::id_for(self.kind, self.date)
    }
}
