//! M2 contests: a metric, a period, the people taking part, how they are scored, and the prizes. Standings come
//! from the facts as they are entered; when the period is over the head closes the contest and its winners are kept
//! in the record (a later fact correction does not change who won).
//!
//! Scoring, for a participant's fact `F` of the metric summed over the period:
//! - **absolute**: the score is `F` itself;
//! - **% of own plan**: `F / P`, where `P` is the person's plan for the period: each month's plan prorated by the
//!   working days of the period in that month (`plan × days in period / days in month`);
//! - **growth**: `(F − B) / B`, where `B` is the fact over the same number of days right before the period; with
//!   no `B` there is no growth to score (the person ranks after those who have one).

use crate::domain::core::calendar::WorkCalendar;
use crate::domain::core::dataset::StoreName;
use crate::domain::core::date::{add_days, month_end, month_start};
use crate::domain::core::links::{Link, Related};
use crate::domain::core::record::RecordId;
use crate::domain::core::rules::{
    check_count, check_len, check_span, check_text, FieldProblem, Rule,
};
use crate::domain::motivation::rate::{mul_div, Bp};
use crate::domain::planning::fact::DayFacts;
use crate::domain::planning::month_plan::plan_of;
use crate::domain::Dataset;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scoring {
    Absolute,
    PlanShare,
    Growth,
}

impl Scoring {
    pub const ALL: [Scoring; 3] = [Scoring::Absolute, Scoring::PlanShare, Scoring::Growth];
}

/// A place kept when the contest was closed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Winner {
    pub place: u32,
    pub manager: RecordId,
    /// The score at closing: the metric's value (absolute) or basis points (plan share, growth).
    pub score: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contest {
    pub name: String,
    /// A summed metric (payments, deals, calls…).
    #[serde(with = "crate::domain::planning::metric::key")]
    pub metric: RecordId,
    #[serde(with = "crate::domain::core::date")]
    pub from: NaiveDate,
    #[serde(with = "crate::domain::core::date")]
    pub to: NaiveDate,
    pub participants: Vec<RecordId>,
    pub scoring: Scoring,
    /// Prizes by place: the first for the winner, and so on.
    pub prizes: Vec<String>,
    /// Empty until the head closes the contest after its period.
    pub winners: Vec<Winner>,
}

pub const NAME_MAX: usize = 200;
pub const PRIZE_MAX: usize = 300;
pub const PRIZES_MAX: usize = 10;
pub const PARTICIPANTS_MAX: usize = 500;
/// A contest longer than a year is a pay scheme.
pub const CONTEST_MAX_DAYS: i64 = 366;

impl Contest {
    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        check_text(&mut out, "name", &self.name, NAME_MAX);
        if self.to < self.from {
            out.push(FieldProblem::new("to", Rule::EndBeforeStart));
        } else {
            check_span(&mut out, "to", self.from, self.to, CONTEST_MAX_DAYS);
        }
        if self.participants.is_empty() {
            out.push(FieldProblem::new("participants", Rule::Required));
        }
        if self.participants.len() > PARTICIPANTS_MAX {
            out.push(FieldProblem::new(
                "participants",
                Rule::Range {
                    min: 1,
                    max: PARTICIPANTS_MAX as i64,
                },
            ));
        }
        let mut seen = std::collections::BTreeSet::new();
        if self.participants.iter().any(|p| !seen.insert(*p)) {
            out.push(FieldProblem::new("participants", Rule::Duplicate));
        }
        check_count(&mut out, "prizes".into(), self.prizes.len(), PRIZES_MAX);
        for (i, p) in self.prizes.iter().enumerate() {
            let mut one = Vec::new();
            check_len(&mut one, "prize", p, PRIZE_MAX);
            out.extend(
                one.into_iter()
                    .map(|e| FieldProblem::at(format!("prizes[{i}]"), e.rule)),
            );
        }
        for (i, w) in self.winners.iter().enumerate() {
            if !self.participants.contains(&w.manager) {
                out.push(FieldProblem::at(
                    format!("winners[{i}].manager"),
                    Rule::Required,
                ));
            }
        }
        out
    }

    pub fn is_running(&self, today: NaiveDate) -> bool {
        self.from <= today && today <= self.to
    }

    /// Days left while it runs, today and the last day counted (1 on its last day); `None` before or after.
    pub fn days_left(&self, today: NaiveDate) -> Option<i64> {
        self.is_running(today)
            .then(|| (self.to - today).num_days() + 1)
    }

    /// Over, and not yet closed: the head can close it.
    pub fn can_close(&self, today: NaiveDate) -> bool {
        self.to < today && self.winners.is_empty()
    }
}

impl Related for Contest {
    fn links(&self) -> Vec<Link> {
        let mut out: Vec<Link> = self
            .participants
            .iter()
            .map(|p| Link::to("participants", StoreName::Managers, *p))
            .collect();
        out.extend(crate::domain::planning::metric::metric_link(
            "metric",
            self.metric,
        ));
        out.extend(
            self.winners
                .iter()
                .map(|w| Link::to("winners", StoreName::Managers, w.manager)),
        );
        out
    }
}

/// One participant's line in the standings, with the numbers the score is made of.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Standing {
    pub manager: RecordId,
    /// 1-based; people with equal scores share a place.
    pub place: u32,
    /// The metric summed over the contest's days up to the day of the standings.
    pub fact: i64,
    /// What the fact is measured against: the period's plan (plan share), the fact before (growth), none (absolute).
    pub base: Option<i64>,
    /// The value (absolute) or basis points (plan share, growth); `None` without a base.
    pub score: Option<i64>,
}

/// The standings on `today`: facts of the contest's days up to `today` (all of them once it is over), best first.
/// People without a score come last, by name order of their ids' records as the caller shows them.
pub fn standings(data: &Dataset, contest: &Contest, today: NaiveDate) -> Vec<Standing> {
    let calendar = data.calendar();
    let through = contest.to.min(today);
    let days = (contest.to - contest.from).num_days() + 1;
    let before = (add_days(contest.from, -days), add_days(contest.from, -1));
    let mut facts: BTreeMap<RecordId, (i64, i64)> =
        contest.participants.iter().map(|p| (*p, (0, 0))).collect();
    for r in data.live_records::<DayFacts>() {
        let f = &r.data;
        let Some(sums) = facts.get_mut(&f.manager) else {
            continue;
        };
        let Some(v) = f.values.get(&contest.metric) else {
            continue;
        };
        if contest.from <= f.date && f.date <= through {
            sums.0 = sums.0.saturating_add(*v);
        } else if before.0 <= f.date && f.date <= before.1 {
            sums.1 = sums.1.saturating_add(*v);
        }
    }
    let mut rows: Vec<Standing> = facts
        .into_iter()
        .map(|(manager, (fact, prior))| {
            let base = match contest.scoring {
                Scoring::Absolute => None,
                Scoring::PlanShare => period_plan(
                    data,
                    &calendar,
                    manager,
                    contest.metric,
                    contest.from,
                    contest.to,
                ),
                Scoring::Growth => Some(prior),
            };
            let score = match contest.scoring {
                Scoring::Absolute => Some(fact),
                Scoring::PlanShare => base
                    .filter(|b| *b > 0)
                    .map(|b| mul_div(fact, Bp::WHOLE.0, b)),
                Scoring::Growth => base
                    .filter(|b| *b > 0)
                    .map(|b| mul_div(fact.saturating_sub(b), Bp::WHOLE.0, b)),
            };
            Standing {
                manager,
                place: 0,
                fact,
                base,
                score,
            }
        })
        .collect();
    rows.sort_by(|a, b| {
        b.score
            .is_some()
            .cmp(&a.score.is_some())
            .then(b.score.cmp(&a.score))
            .then(b.fact.cmp(&a.fact))
            .then(a.manager.cmp(&b.manager))
    });
    let mut place = 0;
    let mut last = None;
    for (i, r) in rows.iter_mut().enumerate() {
        if r.score.is_none() {
            r.place = 0;
            continue;
        }
        if last != Some(r.score) {
            place = i as u32 + 1;
            last = Some(r.score);
        }
        r.place = place;
    }
    rows
}

/// A person's plan of `metric` for `from..=to`: each month's plan times the share of the month's working days that
/// fall in the period. `None` when no month of the period has a plan for them.
pub fn period_plan(
    data: &Dataset,
    calendar: &WorkCalendar,
    manager: RecordId,
    metric: RecordId,
    from: NaiveDate,
    to: NaiveDate,
) -> Option<i64> {
    let mut total = None;
    let mut month = month_start(from);
    while month <= to {
        if let Some(plan) = plan_of(data, month, metric, Some(manager)) {
            let end = month_end(month);
            let all = calendar.working_days(month, end).len() as i64;
            let inside = calendar.working_days(from.max(month), to.min(end)).len() as i64;
            let part = if all == 0 {
                0
            } else {
                mul_div(plan.value, inside, all)
            };
            total = Some(total.unwrap_or(0) + part);
        }
        month = add_days(month_end(month), 1);
    }
    total
}

/// Why a contest cannot be closed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CloseError {
    #[error("the contest is still running")]
    NotOver,
    #[error("the contest is already closed")]
    AlreadyClosed,
}

/// The contest with its winners kept: the places that carry a prize (the first three when none is named), among
/// those with a score.
pub fn close(data: &Dataset, contest: &Contest, today: NaiveDate) -> Result<Contest, CloseError> {
    if !contest.winners.is_empty() {
        return Err(CloseError::AlreadyClosed);
    }
    if contest.to >= today {
        return Err(CloseError::NotOver);
    }
    let places = if contest.prizes.is_empty() {
        3
    } else {
        contest.prizes.len() as u32
    };
    let winners = standings(data, contest, today)
        .into_iter()
        .filter(|s| s.place >= 1 && s.place <= places)
        .map(|s| Winner {
            place: s.place,
            manager: s.manager,
            score: s.score.unwrap_or(0),
        })
        .collect();
    Ok(Contest {
        winners,
        ..contest.clone()
    })
}

/// The contest whose standings a meeting on `date` shows: the running one that started first (then by name).
pub fn running_on(data: &Dataset, date: NaiveDate) -> Option<(RecordId, &Contest)> {
    data.live_records::<Contest>()
        .filter(|r| r.data.is_running(date))
        .min_by(|a, b| {
            a.data
                .from
                .cmp(&b.data.from)
                .then(a.data.name.cmp(&b.data.name))
                .then(a.id.cmp(&b.id))
        })
        .map(|r| (r.id, &r.data))
}

/// Contests as the contests page lists them: the running ones first in the order a meeting picks them (the one that
/// started first leads), then the upcoming ones by start, then the finished ones, the latest first.
pub fn listed(data: &Dataset, today: NaiveDate) -> Vec<(RecordId, &Contest)> {
    let mut all: Vec<(RecordId, &Contest)> = data
        .live_records::<Contest>()
        .map(|r| (r.id, &r.data))
        .collect();
    all.sort_by(|(ia, a), (ib, b)| {
        let rank = |c: &Contest| {
            if c.is_running(today) {
                0
            } else if c.from > today {
                1
            } else {
                2
            }
        };
        let order = match rank(a) {
            2 => b.to.cmp(&a.to),
            _ => a.from.cmp(&b.from),
        };
        rank(a)
            .cmp(&rank(b))
            .then(order)
            .then(a.name.cmp(&b.name))
            .then(ia.cmp(ib))
    });
    all
}
