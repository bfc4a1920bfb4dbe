//! O4 "keep a protocol": who attended, notes and decisions per agenda step, the training block, what to repeat and
//! what not to repeat, tasks with owners and due dates, and what carries over to the next meeting of the same kind.
//! Each entry is a record of its own, so entries typed on two devices both survive a merge.

use crate::domain::core::dataset::StoreName;
use crate::domain::core::ids::derived;
use crate::domain::core::links::{Link, Related};
use crate::domain::core::record::RecordId;
use crate::domain::core::rules::{check_len, check_text, FieldProblem};
use crate::domain::organisation::meeting::{meetings, AgendaStep, Meeting, MeetingKind};
use crate::domain::organisation::promise::{outcome, promises, Outcome, Promise};
use crate::domain::planning::metric::catalog;
use crate::domain::Dataset;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Presence {
    Present,
    Late,
    Absent,
}

/// One manager at one meeting. Its id comes from the pair, so marking on two devices makes one record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attendance {
    pub meeting: RecordId,
    pub manager: RecordId,
    pub presence: Presence,
    /// Why absent or late.
    pub reason: String,
}

pub const REASON_MAX: usize = 200;
pub const TEXT_MAX: usize = 2000;

impl Attendance {
    pub fn id_for(meeting: RecordId, manager: RecordId) -> RecordId {
        derived("attendance", &[&meeting.to_string(), &manager.to_string()])
    }

    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        check_len(&mut out, "reason", &self.reason, REASON_MAX);
        out
    }
}

/// What a protocol line is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoteKind {
    Note,
    Decision,
    /// An open question: carried over to the next meeting of the kind until resolved.
    Question,
    /// What worked yesterday: repeat it.
    Repeat,
    /// What did not: do not repeat it.
    DontRepeat,
    /// The training or motivation block's topic; `by` is who led it.
    Training,
}

impl NoteKind {
    pub const ALL: [NoteKind; 6] = [
        NoteKind::Note,
        NoteKind::Decision,
        NoteKind::Question,
        NoteKind::Repeat,
        NoteKind::DontRepeat,
        NoteKind::Training,
    ];
}

/// One line of a protocol, under one agenda step.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeetingNote {
    pub meeting: RecordId,
    /// The agenda step's key.
    pub step: String,
    pub kind: NoteKind,
    pub text: String,
    /// Who said it or led it (`None`: the head).
    pub by: Option<RecordId>,
    /// For a question: answered (it stops carrying over).
    pub resolved: bool,
}

impl MeetingNote {
    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        check_text(&mut out, "text", &self.text, TEXT_MAX);
        out
    }
}

/// A task given at a meeting.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeetingTask {
    pub meeting: RecordId,
    pub text: String,
    /// `None`: the head's own task.
    pub owner: Option<RecordId>,
    #[serde(with = "crate::domain::core::date")]
    pub due: NaiveDate,
    pub done: bool,
}

impl MeetingTask {
    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        check_text(&mut out, "text", &self.text, TEXT_MAX);
        out
    }
}

/// A meeting's notes in agenda order, then in the order written.
pub fn notes_of(data: &Dataset, meeting: RecordId) -> Vec<(RecordId, &MeetingNote)> {
    let order: Vec<String> = data
        .meetings
        .get(&meeting)
        .map(|r| r.data.agenda.iter().map(|s| s.key.clone()).collect())
        .unwrap_or_default();
    let mut out: Vec<_> = data
        .meeting_notes
        .values()
        .filter(|r| !r.deleted && r.data.meeting == meeting)
        .map(|r| (r.id, r.updated, &r.data))
        .collect();
    let pos = |k: &str| order.iter().position(|o| o == k).unwrap_or(usize::MAX);
    // Written order is the first stamp; an edit restamps, so order by text after the step to stay stable.
    out.sort_by(|a, b| {
        pos(&a.2.step)
            .cmp(&pos(&b.2.step))
            .then(a.1.cmp(&b.1))
            .then(a.0.cmp(&b.0))
    });
    out.into_iter().map(|(id, _, n)| (id, n)).collect()
}

pub fn tasks_of(data: &Dataset, meeting: RecordId) -> Vec<(RecordId, &MeetingTask)> {
    let mut out: Vec<_> = data
        .meeting_tasks
        .values()
        .filter(|r| !r.deleted && r.data.meeting == meeting)
        .map(|r| (r.id, &r.data))
        .collect();
    out.sort_by(|a, b| a.1.due.cmp(&b.1.due).then(a.0.cmp(&b.0)));
    out
}

pub fn attendance_of(data: &Dataset, meeting: RecordId) -> Vec<&Attendance> {
    data.attendance
        .values()
        .filter(|r| !r.deleted && r.data.meeting == meeting)
        .map(|r| &r.data)
        .collect()
}

/// A meeting's protocol as facts before words (O4): what the page shows, prints and copies as Markdown, in its
/// order. The words (the kind's name, "late", the outcome's name) are the reader's language's, added by the page.
#[derive(Clone, Debug, PartialEq)]
pub struct Minutes<'a> {
    pub meeting: &'a Meeting,
    pub present: usize,
    pub late: usize,
    pub absent: usize,
    /// Who was not simply present, by short name: late or absent, with the reason given.
    pub away: Vec<(String, &'a Attendance)>,
    /// Every agenda step with its notes in the order written (a step without notes too: the page leaves it out).
    pub steps: Vec<(&'a AgendaStep, Vec<&'a MeetingNote>)>,
    /// The promises made at it, with where each stands on `today`.
    pub promises: Vec<(&'a Promise, Outcome)>,
    pub tasks: Vec<&'a MeetingTask>,
}

/// The protocol of meeting `id` as it stands on `today`, or `None` for no such meeting.
pub fn minutes(data: &Dataset, id: RecordId, today: NaiveDate) -> Option<Minutes<'_>> {
    let meeting = &data.meetings.get(&id).filter(|r| !r.deleted)?.data;
    let attendance = attendance_of(data, id);
    let count = |p: Presence| attendance.iter().filter(|a| a.presence == p).count();
    let mut away: Vec<(String, &Attendance)> = attendance
        .iter()
        .filter(|a| a.presence != Presence::Present)
        .map(|a| (data.short_name(a.manager).unwrap_or_default(), *a))
        .collect();
    away.sort_by(|a, b| (&a.0, a.1.presence, &a.1.reason).cmp(&(&b.0, b.1.presence, &b.1.reason)));
    let notes = notes_of(data, id);
    let steps = meeting
        .agenda
        .iter()
        .map(|step| {
            let of_step = notes
                .iter()
                .filter(|(_, n)| n.step == step.key)
                .map(|(_, n)| *n)
                .collect();
            (step, of_step)
        })
        .collect();
    let calendar = data.calendar();
    let metrics = catalog(data);
    let promises = promises(data)
        .into_iter()
        .filter(|(_, p)| p.meeting == Some(id))
        .map(|(_, p)| (p, outcome(data, &calendar, &metrics, p, today)))
        .collect();
    Some(Minutes {
        meeting,
        present: count(Presence::Present),
        late: count(Presence::Late),
        absent: count(Presence::Absent),
        away,
        steps,
        promises,
        tasks: tasks_of(data, id).into_iter().map(|(_, t)| t).collect(),
    })
}

/// How many meetings the meetings page lists at once: about three months of daily stand-ups.
pub const LISTED_MAX: usize = 60;

/// The meetings page's list: meetings of `kind` (any when `None`) in the month of `month` (any when `None`), newest
/// first, at most [`LISTED_MAX`], each with how many people came (present or late).
pub fn listed(
    data: &Dataset,
    kind: Option<MeetingKind>,
    month: Option<NaiveDate>,
) -> Vec<(RecordId, &Meeting, usize)> {
    let in_month =
        |d: NaiveDate| month.is_none_or(|m| (d.year(), d.month()) == (m.year(), m.month()));
    meetings(data)
        .into_iter()
        .filter(|(_, m)| kind.is_none_or(|k| m.kind == k) && in_month(m.date))
        .take(LISTED_MAX)
        .map(|(id, m)| {
            let came = attendance_of(data, id)
                .iter()
                .filter(|a| a.presence != Presence::Absent)
                .count();
            (id, m, came)
        })
        .collect()
}

/// What a meeting inherits from earlier meetings of its kind.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CarryOver {
    /// Tasks of earlier meetings of this kind not done yet (shown until done, never copied).
    pub tasks: Vec<(RecordId, MeetingTask)>,
    /// Questions of earlier meetings of this kind not resolved yet.
    pub questions: Vec<(RecordId, MeetingNote)>,
    /// The agenda steps the previous meeting of this kind did not reach, and its date.
    pub unreached: Vec<AgendaStep>,
    pub previous: Option<(RecordId, NaiveDate)>,
}

/// The carry-over into `meeting`: open tasks and questions from every earlier meeting of its kind, and what the
/// previous one left undiscussed. Items stay the records they are (one task, one state), so marking a carried
/// task done at any meeting closes it everywhere and nothing is duplicated by a merge.
pub fn carry_over(data: &Dataset, meeting: &Meeting) -> CarryOver {
    let earlier: Vec<RecordId> = meetings(data)
        .into_iter()
        .filter(|(_, m)| same_series(m, meeting) && m.date < meeting.date)
        .map(|(id, _)| id)
        .collect();
    let mut tasks: Vec<(RecordId, MeetingTask)> = data
        .meeting_tasks
        .values()
        .filter(|r| !r.deleted && !r.data.done && earlier.contains(&r.data.meeting))
        .map(|r| (r.id, r.data.clone()))
        .collect();
    tasks.sort_by(|a, b| a.1.due.cmp(&b.1.due).then(a.0.cmp(&b.0)));
    let mut questions: Vec<(RecordId, MeetingNote)> = data
        .meeting_notes
        .values()
        .filter(|r| {
            !r.deleted
                && r.data.kind == NoteKind::Question
                && !r.data.resolved
                && earlier.contains(&r.data.meeting)
        })
        .map(|r| (r.id, r.data.clone()))
        .collect();
    questions.sort_by(|a, b| a.1.text.cmp(&b.1.text).then(a.0.cmp(&b.0)));
    let previous = meetings(data)
        .into_iter()
        .find(|(_, m)| same_series(m, meeting) && m.date < meeting.date && m.started.is_some());
    CarryOver {
        tasks,
        questions,
        unreached: previous
            .map(|(_, m)| m.unreached().to_vec())
            .unwrap_or_default(),
        previous: previous.map(|(id, m)| (id, m.date)),
    }
}

/// "Other" meetings form a series by title (every "general meeting"); the regular kinds by kind.
fn same_series(a: &Meeting, b: &Meeting) -> bool {
    a.kind == b.kind && (a.kind != MeetingKind::Other || a.title == b.title)
}

/// When anything of a meeting was last written (its header, and every record that refers to it: attendance, notes,
/// tasks, promises, the cases raised at it), in wall-clock milliseconds: where a meeting left open is closed.
pub fn last_activity(data: &Dataset, meeting: RecordId) -> u64 {
    let header = data.meetings.get(&meeting).map(|r| r.updated.millis);
    header
        .max(data.newest_write_linking_to(StoreName::Meetings, meeting))
        .unwrap_or(0)
}

impl Related for Attendance {
    fn derived_id(&self) -> Option<RecordId> {
        Some(Attendance::id_for(self.meeting, self.manager))
    }

    fn links(&self) -> Vec<Link> {
        vec![
            Link::to("meeting", StoreName::Meetings, self.meeting),
            Link::to("manager", StoreName::Managers, self.manager),
        ]
    }
}

impl Related for MeetingNote {
    fn links(&self) -> Vec<Link> {
        let mut out = vec![Link::to("meeting", StoreName::Meetings, self.meeting)];
        out.extend(self.by.map(|m| Link::to("by", StoreName::Managers, m)));
        out
    }
}

impl Related for MeetingTask {
    fn links(&self) -> Vec<Link> {
        let mut out = vec![Link::to("meeting", StoreName::Meetings, self.meeting)];
        out.extend(
            self.owner
                .map(|m| Link::to("owner", StoreName::Managers, m)),
        );
        out
    }
}
