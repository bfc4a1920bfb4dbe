//! O4–O6, M4 the department's meetings: the daily stand-up, the weekly and the monthly meeting and any other (a
//! general meeting), each run from an agenda template taken from the duties, against a time box.
//!
//! A meeting is a header record (agenda, when it started and ended, the step on screen); what is said in it lives in
//! records of its own (attendance, notes, tasks, promises, cases), so two devices recording the same meeting add up
//! instead of one overwriting the other.

use crate::domain::core::calendar::WorkCalendar;
use crate::domain::core::date::add_days;
use crate::domain::core::ids::derived;
use crate::domain::core::links::Related;
use crate::domain::core::record::RecordId;
use crate::domain::core::rules::{check_name, check_optional_name, FieldProblem, Rule};
use crate::domain::organisation::protocol::last_activity;
use crate::domain::{Dataset, Edit};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MeetingKind {
    /// O4, at most 20 minutes, every working morning.
    Daily,
    /// O5, at most an hour, once a week.
    Weekly,
    /// O6, once a month.
    Monthly,
    /// M4 a general meeting or anything else; several a day are allowed.
    Other,
    /// C2 the meeting with quality control (ОКК) on open hypotheses and their measurements; held when needed,
    /// several a day allowed.
    Quality,
}

impl MeetingKind {
    pub const ALL: [MeetingKind; 5] = [
        MeetingKind::Daily,
        MeetingKind::Weekly,
        MeetingKind::Monthly,
        MeetingKind::Other,
        MeetingKind::Quality,
    ];

    /// The kinds held on a schedule (one per day, week or month, with a derived id); the others are held when
    /// needed, several a day.
    pub fn is_regular(self) -> bool {
        matches!(
            self,
            MeetingKind::Daily | MeetingKind::Weekly | MeetingKind::Monthly
        )
    }

    /// The time box the duties give, in minutes (the template can change it).
    pub fn default_minutes(self) -> u16 {
        match self {
            MeetingKind::Daily => 20,
            MeetingKind::Weekly => 60,
            MeetingKind::Monthly => 90,
            MeetingKind::Other => 60,
            MeetingKind::Quality => 45,
        }
    }

    /// The first day of the period one meeting of this kind covers: the day, its week's Monday, its month's 1st.
    pub fn period_start(self, date: NaiveDate) -> NaiveDate {
        match self {
            MeetingKind::Daily | MeetingKind::Other | MeetingKind::Quality => date,
            MeetingKind::Weekly => crate::domain::planning::actions::monday(date),
            MeetingKind::Monthly => date.with_day(1).unwrap_or(date),
        }
    }
}

/// What an agenda step shows besides its notes: the numbers and lists the duty asks for at that point.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Block {
    /// Who is present, late, absent (and why).
    Attendance,
    /// The promises due on the last working day, with their outcome; the meeting opens with them.
    PromiseReview,
    /// The last working day's plan and fact, per person and department.
    Yesterday,
    /// Today's plan per person and department, with the month's completion, pace and forecast.
    Today,
    /// What to repeat and what not to repeat from yesterday.
    RepeatLists,
    /// A short training or motivation block: topic and who led it.
    Training,
    /// The week just ended (or running) in numbers, plan against fact.
    Week,
    /// Next week's plan of payments and the week's actions.
    NextWeek,
    /// Difficulties and objections of the week with the best answer (group training).
    Cases,
    /// Interim standings: managers ranked by completion of the money plan.
    Standings,
    /// The month's official report.
    MonthReport,
    /// New promises, per manager.
    Promises,
    /// Tasks with owners and due dates, and what carries over from the last meeting of this kind.
    Tasks,
    /// Notes and decisions only.
    Notes,
    /// C2 open quality hypotheses with their measurements (the ОКК meeting).
    Hypotheses,
    /// O2/O3 the CRM's hygiene per person from the latest snapshot, and today's joint calls with hard clients.
    Crm,
}

impl Block {
    pub const ALL: [Block; 16] = [
        Block::Attendance,
        Block::PromiseReview,
        Block::Yesterday,
        Block::Today,
        Block::RepeatLists,
        Block::Training,
        Block::Week,
        Block::NextWeek,
        Block::Cases,
        Block::Standings,
        Block::MonthReport,
        Block::Promises,
        Block::Tasks,
        Block::Notes,
        Block::Hypotheses,
        Block::Crm,
    ];
}

/// One step of an agenda. `key` identifies it inside its meeting (notes point at it); `title` empty means the
/// block's own name in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgendaStep {
    pub key: String,
    pub title: String,
    pub block: Block,
}

impl AgendaStep {
    fn of(key: &str, block: Block) -> Self {
        AgendaStep {
            key: key.into(),
            title: String::new(),
            block,
        }
    }
}

/// A meeting kind's agenda and time box as the head edited them. Its id comes from the kind: one per kind.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Template {
    pub kind: MeetingKind,
    pub minutes: u16,
    pub agenda: Vec<AgendaStep>,
}

pub const TITLE_MAX: usize = 200;
pub const AGENDA_MAX: usize = 30;
pub const MINUTES_MAX: u16 = 480;

impl Template {
    pub fn id_for(kind: MeetingKind) -> RecordId {
        derived("template", &[kind_key(kind)])
    }

    /// The agenda the duties give for each kind (O4, O5, O6, M4).
    pub fn default_for(kind: MeetingKind) -> Template {
        use Block::*;
        let blocks: &[Block] = match kind {
            MeetingKind::Daily => &[
                Attendance,
                PromiseReview,
                Yesterday,
                Today,
                Crm,
                RepeatLists,
                Training,
                Promises,
                Tasks,
            ],
            MeetingKind::Weekly => &[
                Attendance,
                PromiseReview,
                Week,
                Crm,
                Cases,
                NextWeek,
                Standings,
                Promises,
                Tasks,
            ],
            MeetingKind::Monthly => &[
                Attendance,
                MonthReport,
                Notes, // corrections of goals and plans
                Notes, // strategy and tactics
                Notes, // methods, standards and documents
                Promises,
                Tasks,
            ],
            MeetingKind::Other => &[Attendance, Notes, Tasks],
            MeetingKind::Quality => &[Attendance, Hypotheses, Notes, Tasks],
        };
        let monthly_titles = [
            "Корректировка целей и планов",
            "Стратегия и тактика на следующий период",
            "Методы, стандарты и документы отдела",
        ];
        let mut notes_seen = 0;
        let agenda = blocks
            .iter()
            .enumerate()
            .map(|(i, b)| {
                let mut step = AgendaStep::of(&format!("s{}", i + 1), *b);
                if kind == MeetingKind::Monthly && *b == Notes {
                    step.title = monthly_titles[notes_seen].into();
                    notes_seen += 1;
                }
                step
            })
            .collect();
        Template {
            kind,
            minutes: kind.default_minutes(),
            agenda,
        }
    }

    /// The kind's template: the head's edited one, else the default.
    pub fn of(data: &Dataset, kind: MeetingKind) -> Template {
        data.templates
            .get(&Template::id_for(kind))
            .filter(|r| !r.deleted)
            .map(|r| r.data.clone())
            .unwrap_or_else(|| Template::default_for(kind))
    }

    /// A key no step of this agenda uses yet, for a step the head adds.
    pub fn free_key(&self) -> String {
        (1..)
            .map(|n| format!("s{n}"))
            .find(|k| !self.agenda.iter().any(|s| &s.key == k))
            .unwrap_or_default()
    }

    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        check_agenda(&mut out, self.minutes, &self.agenda);
        out
    }
}

fn check_agenda(out: &mut Vec<FieldProblem>, minutes: u16, agenda: &[AgendaStep]) {
    if minutes == 0 || minutes > MINUTES_MAX {
        out.push(FieldProblem::new(
            "minutes",
            Rule::Range {
                min: 1,
                max: MINUTES_MAX as i64,
            },
        ));
    }
    if agenda.is_empty() || agenda.len() > AGENDA_MAX {
        out.push(FieldProblem::new(
            "agenda",
            Rule::Range {
                min: 1,
                max: AGENDA_MAX as i64,
            },
        ));
    }
    for (i, s) in agenda.iter().enumerate() {
        check_optional_name(out, "agenda.title", &s.title, TITLE_MAX);
        if s.key.is_empty() || agenda[..i].iter().any(|o| o.key == s.key) {
            out.push(FieldProblem::new("agenda.key", Rule::Required));
        }
    }
}

fn kind_key(kind: MeetingKind) -> &'static str {
    match kind {
        MeetingKind::Daily => "daily",
        MeetingKind::Weekly => "weekly",
        MeetingKind::Monthly => "monthly",
        MeetingKind::Other => "other",
        MeetingKind::Quality => "quality",
    }
}

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

impl Related for Template {
    fn derived_id(&self) -> Option<RecordId> {
        Some(Template::id_for(self.kind))
    }
}

impl Related for Meeting {
    fn derived_id(&self) -> Option<RecordId> {
        Meeting::id_for(self.kind, self.date)
    }
}
