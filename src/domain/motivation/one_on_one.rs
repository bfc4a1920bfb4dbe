//! M4 one-on-ones: a regular private talk of the head with one person. Personal (never on a shared screen, left out
//! of a meeting-room file).
//!
//! - Each person has a cadence: their own (on their card) or the department's (settings), in days.
//! - The next one is due `cadence` days after the last one held (or after the hire date, before the first); a
//!   person is **overdue** when that day has passed and none is planned.
//! - Before the talk both sides add talking points to the planned one-on-one; the head writes notes and the
//!   person's mood (1–5) during it.
//! - Agreed actions **carry over**: every action of an earlier one-on-one with the person that is not done shows on
//!   the next one, until it is marked done (on the record it was agreed in).

use crate::domain::core::dataset::StoreName;
use crate::domain::core::date::add_days;
use crate::domain::core::links::{Link, Related};
use crate::domain::core::record::RecordId;
use crate::domain::core::rules::{
    check_count, check_len, check_part, check_text, FieldProblem, Rule,
};
use crate::domain::team::Manager;
use crate::domain::Dataset;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Who brought a point or owns an action.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Head,
    Person,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Point {
    pub by: Side,
    pub text: String,
    pub discussed: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agreed {
    pub text: String,
    pub owner: Side,
    #[serde(with = "crate::domain::core::date::option")]
    pub due: Option<NaiveDate>,
    #[serde(with = "crate::domain::core::date::option")]
    pub done: Option<NaiveDate>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OneOnOne {
    pub manager: RecordId,
    /// The day it is held (or planned for).
    #[serde(with = "crate::domain::core::date")]
    pub date: NaiveDate,
    pub points: Vec<Point>,
    pub notes: String,
    /// The person's mood as the head saw it, 1 (bad) to 5 (great); `None` until it is held.
    pub mood: Option<u8>,
    pub actions: Vec<Agreed>,
}

pub const TEXT_MAX: usize = 1_000;
pub const NOTES_MAX: usize = 20_000;
pub const ITEMS_MAX: usize = 50;
pub const MOOD: std::ops::RangeInclusive<u8> = 1..=5;

impl OneOnOne {
    pub fn new(manager: RecordId, date: NaiveDate) -> OneOnOne {
        OneOnOne {
            manager,
            date,
            points: Vec::new(),
            notes: String::new(),
            mood: None,
            actions: Vec::new(),
        }
    }

    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        check_len(&mut out, "notes", &self.notes, NOTES_MAX);
        if self.mood.is_some_and(|m| !MOOD.contains(&m)) {
            out.push(FieldProblem::new(
                "mood",
                Rule::Range {
                    min: i64::from(*MOOD.start()),
                    max: i64::from(*MOOD.end()),
                },
            ));
        }
        check_count(&mut out, "points".into(), self.points.len(), ITEMS_MAX);
        check_count(&mut out, "actions".into(), self.actions.len(), ITEMS_MAX);
        for (i, p) in self.points.iter().enumerate() {
            check_part(&mut out, &format!("points[{i}]"), |one| {
                check_text(one, "text", &p.text, TEXT_MAX)
            });
        }
        for (i, a) in self.actions.iter().enumerate() {
            check_part(&mut out, &format!("actions[{i}]"), |one| {
                check_text(one, "text", &a.text, TEXT_MAX)
            });
            if a.due.is_some_and(|d| d < self.date) {
                out.push(FieldProblem::at(
                    format!("actions[{i}].due"),
                    Rule::DueBeforeGiven,
                ));
            }
        }
        out
    }

    /// Held: its day has passed, or it is today's and has a mood or notes. One dated later is still planned,
    /// whatever was prepared for it (talking points and notes are written before the talk too).
    pub fn is_held(&self, today: NaiveDate) -> bool {
        self.date < today
            || (self.date == today && (self.mood.is_some() || !self.notes.trim().is_empty()))
    }
}

impl Related for OneOnOne {
    fn links(&self) -> Vec<Link> {
        vec![Link::to("manager", StoreName::Managers, self.manager)]
    }
}

/// A person's one-on-ones, newest first.
pub fn of_person(data: &Dataset, manager: RecordId) -> Vec<(RecordId, &OneOnOne)> {
    let mut out: Vec<(RecordId, &OneOnOne)> = data
        .live_records::<OneOnOne>()
        .filter(|r| r.data.manager == manager)
        .map(|r| (r.id, &r.data))
        .collect();
    out.sort_by(|a, b| b.1.date.cmp(&a.1.date).then(a.0.cmp(&b.0)));
    out
}

/// The day of the last one-on-one held with the person, as of `today`.
pub fn last_held(data: &Dataset, manager: RecordId, today: NaiveDate) -> Option<NaiveDate> {
    data.live_records::<OneOnOne>()
        .filter(|r| r.data.manager == manager && r.data.is_held(today))
        .map(|r| r.data.date)
        .max()
}

/// An action agreed at an earlier one-on-one and not done yet: it is discussed again at `date`'s.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Carried {
    /// The one-on-one it was agreed at, and its place there (to mark it done on that record).
    pub from: RecordId,
    pub from_date: NaiveDate,
    pub index: usize,
    pub action: Agreed,
}

/// Open actions of the person's one-on-ones before `date`, oldest first.
pub fn carried(data: &Dataset, manager: RecordId, date: NaiveDate) -> Vec<Carried> {
    let mut out: Vec<Carried> = of_person(data, manager)
        .into_iter()
        .filter(|(_, o)| o.date < date)
        .flat_map(|(id, o)| {
            o.actions
                .iter()
                .enumerate()
                .filter(|(_, a)| a.done.is_none())
                .map(move |(index, a)| Carried {
                    from: id,
                    from_date: o.date,
                    index,
                    action: a.clone(),
                })
        })
        .collect();
    out.sort_by(|a, b| a.from_date.cmp(&b.from_date).then(a.index.cmp(&b.index)));
    out
}

/// Where a person stands with their one-on-ones on `today`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cadence {
    pub manager: RecordId,
    pub every_days: u16,
    /// The last one held.
    pub last: Option<NaiveDate>,
    /// The next one planned (today or later, not held yet).
    pub planned: Option<(RecordId, NaiveDate)>,
    /// When the next one is due by the cadence.
    pub due: NaiveDate,
    /// Days past `due` with nothing planned (0 when not overdue).
    pub overdue_days: i64,
}

/// The cadence of every active person, the most overdue first.
pub fn cadences(data: &Dataset, today: NaiveDate) -> Vec<Cadence> {
    let every = data.settings().one_on_one_days;
    let mut out: Vec<Cadence> = data
        .managers_by_name()
        .into_iter()
        .filter(|m| m.data.is_active())
        .map(|m| cadence_of(data, m.id, &m.data, every, today))
        .collect();
    out.sort_by_key(|c| std::cmp::Reverse(c.overdue_days));
    out
}

/// One person's cadence (`default_days` when their card sets none).
pub fn cadence_of(
    data: &Dataset,
    id: RecordId,
    m: &Manager,
    default_days: u16,
    today: NaiveDate,
) -> Cadence {
    let every_days = m.one_on_one_days.unwrap_or(default_days);
    let all = of_person(data, id);
    let last = last_held(data, id, today);
    let planned = all
        .iter()
        .filter(|(_, o)| !o.is_held(today))
        .map(|(id, o)| (*id, o.date))
        .min_by_key(|(_, d)| *d);
    let due = add_days(last.unwrap_or(m.hired), i64::from(every_days));
    let overdue_days = if planned.is_none() && due < today {
        (today - due).num_days()
    } else {
        0
    };
    Cadence {
        manager: id,
        every_days,
        last,
        planned,
        due,
        overdue_days,
    }
}
