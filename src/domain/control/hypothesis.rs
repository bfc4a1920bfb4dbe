//! C2 quality-control hypotheses: a lagging number, the cause believed, the actions taken (training, script
//! changes) with owners, and the effect the app measures from the facts by itself.
//!
//! **Windows.** The *before* window is the [`Hypothesis::window`] working days of the department's calendar just
//! before the start; the *after* window the same number of working days from the start on. Holidays and days off
//! are skipped by the calendar; a person's absence days (and days before hire or after leaving) are taken out of
//! their part of both windows, value and days alike.
//!
//! **Value of a window** (summed parts, never an average of daily ratios):
//! - a summed metric: Σ values / Σ person-days (a rate per person and working day);
//! - a ratio metric: Σ numerator / Σ denominator; a weighted level: Σ value × weight / Σ weight;
//! - a call-review criterion: Σ points / Σ possible over the reviews of the people in the window.
//!
//! **Change** = after / before − 1, in percent (reversed for a lower-is-better metric, so a positive change is
//! always an improvement).
//!
//! **Label.** *Too little data* while the after window has not ended (its last day is today or later), when the
//! before value is zero, or when either window has fewer than [`MIN_PERSON_DAYS`] person-days (for a criterion:
//! fewer than [`MIN_REVIEWS`] reviews). Otherwise *confirmed* when the change reaches the expected effect, else
//! *refuted*.

use crate::domain::core::calendar::WorkCalendar;
use crate::domain::core::dataset::StoreName;
use crate::domain::core::date::add_days;
use crate::domain::core::links::{Link, Related};
use crate::domain::core::record::RecordId;
use crate::domain::core::rules::{
    check_count, check_name, check_part, check_range, check_text, FieldProblem, Rule,
};
use crate::domain::planning::fact::DayFacts;
use crate::domain::planning::metric::{catalog, Direction, Formula};
use crate::domain::planning::planfact::{board, facts_through, Pace, Period, Ratio, Status, Who};
use crate::domain::training::review::{points_of, Points, Review};
use crate::domain::training::scorecard::Scorecard;
use crate::domain::{Dataset, Manager};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What the hypothesis expects to move.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Measure {
    Metric {
        #[serde(with = "crate::domain::planning::metric::key")]
        metric: RecordId,
    },
    Criterion {
        scorecard: RecordId,
        criterion: u16,
    },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HypothesisAction {
    pub text: String,
    /// Who does it (`None`: the head).
    pub owner: Option<RecordId>,
    /// A training event that carries it out.
    pub event: Option<RecordId>,
    /// A script changed for it.
    pub script: Option<RecordId>,
    pub done: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hypothesis {
    pub title: String,
    pub measure: Measure,
    /// Whose number; empty: the department.
    pub people: Vec<RecordId>,
    /// The cause believed.
    pub cause: String,
    pub actions: Vec<HypothesisAction>,
    /// The day the actions start: the after window begins here.
    #[serde(with = "crate::domain::core::date")]
    pub start: NaiveDate,
    /// Working days in each window.
    pub window: u16,
    /// The improvement expected, in percent.
    pub expected_percent: u16,
    /// Closed by the head (with the label it had); a closed one leaves the ОКК meeting's list.
    pub closed: bool,
}

pub const TEXT_MAX: usize = 2_000;
pub const ACTIONS_MAX: usize = 20;
pub const WINDOW_DAYS: std::ops::RangeInclusive<u16> = 5..=66;
pub const EXPECTED_MAX: u16 = 1_000;
pub const MIN_PERSON_DAYS: u32 = 3;
pub const MIN_REVIEWS: u32 = 3;

impl Hypothesis {
    /// A new hypothesis starting on `start`, measured on `measure` for `people`: a 10-day window and a 10 % expected
    /// change, the usual first try.
    pub fn blank(
        measure: Measure,
        people: Vec<RecordId>,
        title: String,
        start: NaiveDate,
    ) -> Hypothesis {
        Hypothesis {
            title,
            measure,
            people,
            cause: String::new(),
            actions: Vec::new(),
            start,
            window: 10,
            expected_percent: 10,
            closed: false,
        }
    }

    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        check_name(&mut out, "title", &self.title, 300);
        check_text(&mut out, "cause", &self.cause, TEXT_MAX);
        check_count(&mut out, "actions".into(), self.actions.len(), ACTIONS_MAX);
        check_count(&mut out, "people".into(), self.people.len(), 200);
        for (i, a) in self.actions.iter().enumerate() {
            check_part(&mut out, &format!("actions[{i}]"), |one| {
                check_text(one, "text", &a.text, TEXT_MAX)
            });
        }
        if !WINDOW_DAYS.contains(&self.window) {
            out.push(FieldProblem::new(
                "window",
                Rule::Range {
                    min: *WINDOW_DAYS.start() as i64,
                    max: *WINDOW_DAYS.end() as i64,
                },
            ));
        }
        check_range(
            &mut out,
            "expected_percent",
            self.expected_percent as i64,
            1..=EXPECTED_MAX as i64,
        );
        out
    }
}

impl Related for Hypothesis {
    fn links(&self) -> Vec<Link> {
        let mut out = Vec::new();
        match self.measure {
            Measure::Metric { metric } => out.extend(crate::domain::planning::metric::metric_link(
                "measure.metric",
                metric,
            )),
            Measure::Criterion { scorecard, .. } => out.push(Link::to(
                "measure.scorecard",
                StoreName::Scorecards,
                scorecard,
            )),
        }
        out.extend(
            self.people
                .iter()
                .map(|p| Link::to("people", StoreName::Managers, *p)),
        );
        for a in &self.actions {
            out.extend(
                a.owner
                    .map(|o| Link::to("actions.owner", StoreName::Managers, o)),
            );
            out.extend(
                a.event
                    .map(|e| Link::to("actions.event", StoreName::TrainingEvents, e)),
            );
            out.extend(
                a.script
                    .map(|s| Link::to("actions.script", StoreName::Scripts, s)),
            );
        }
        out
    }
}

/// One window of a measurement, with the numbers used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Window {
    /// The calendar's working days of the window, in order.
    pub days: Vec<NaiveDate>,
    /// Person-days counted (working days of the people, less absences); for a criterion, the reviews.
    pub count: u32,
    /// The window's value as its summed parts (see the module).
    pub value: Ratio,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Label {
    Confirmed,
    Refuted,
    TooLittleData,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Measurement {
    pub before: Window,
    pub after: Window,
    /// After / before − 1 in tenths of a percent, improvement positive; `None` without a before value.
    pub change_permille: Option<i64>,
    pub label: Label,
}

/// The `n` working days before `start` (oldest first) and the `n` from `start` on.
pub fn windows(
    calendar: &WorkCalendar,
    start: NaiveDate,
    n: u16,
) -> (Vec<NaiveDate>, Vec<NaiveDate>) {
    let n = n as usize;
    let mut before = Vec::with_capacity(n);
    let mut day = add_days(start, -1);
    // A window never reaches further than a year: a calendar without working days ends the walk.
    let mut guard = 0;
    while before.len() < n && guard < 400 {
        if calendar.is_working(day) {
            before.push(day);
        }
        day = add_days(day, -1);
        guard += 1;
    }
    before.reverse();
    let mut after = Vec::with_capacity(n);
    let mut day = start;
    let mut guard = 0;
    while after.len() < n && guard < 400 {
        if calendar.is_working(day) {
            after.push(day);
        }
        day = add_days(day, 1);
        guard += 1;
    }
    (before, after)
}

/// Measures a hypothesis on `today` (see the module for every rule).
pub fn measure(data: &Dataset, h: &Hypothesis, today: NaiveDate) -> Measurement {
    let calendar = data.calendar();
    let (before_days, after_days) = windows(&calendar, h.start, h.window);
    let people: Vec<(RecordId, &Manager)> = data
        .live_records::<Manager>()
        .filter(|m| h.people.is_empty() || h.people.contains(&m.id))
        .map(|m| (m.id, &m.data))
        .collect();
    let (before, after, direction, minimum) = match &h.measure {
        Measure::Metric { metric } => {
            let metrics = catalog(data);
            let Some(m) = metrics.iter().find(|m| m.id == *metric) else {
                return Measurement {
                    before: empty(before_days),
                    after: empty(after_days),
                    change_permille: None,
                    label: Label::TooLittleData,
                };
            };
            (
                metric_window(data, &people, m.id, m.formula, before_days),
                metric_window(data, &people, m.id, m.formula, after_days),
                m.direction,
                MIN_PERSON_DAYS,
            )
        }
        Measure::Criterion {
            scorecard,
            criterion,
        } => (
            criterion_window(data, &people, *scorecard, *criterion, before_days),
            criterion_window(data, &people, *scorecard, *criterion, after_days),
            Direction::HigherIsBetter,
            MIN_REVIEWS,
        ),
    };
    let change_permille = change(before.value, after.value).map(|c| match direction {
        Direction::HigherIsBetter => c,
        Direction::LowerIsBetter => -c,
    });
    let ended =
        after.days.len() == h.window as usize && after.days.last().is_some_and(|d| *d < today);
    let label = match change_permille {
        _ if !ended => Label::TooLittleData,
        None => Label::TooLittleData,
        _ if before.count < minimum || after.count < minimum => Label::TooLittleData,
        Some(c) if c >= h.expected_percent as i64 * 10 => Label::Confirmed,
        Some(_) => Label::Refuted,
    };
    Measurement {
        before,
        after,
        change_permille,
        label,
    }
}

fn empty(days: Vec<NaiveDate>) -> Window {
    Window {
        days,
        count: 0,
        value: Ratio::default(),
    }
}

/// after / before − 1, in tenths of a percent rounded toward zero; `None` when either value is undefined or the
/// before value is zero.
fn change(before: Ratio, after: Ratio) -> Option<i64> {
    if before.den == 0 || after.den == 0 || before.num == 0 {
        return None;
    }
    // (a.num / a.den) / (b.num / b.den) − 1 = (a.num × b.den − b.num × a.den) / (b.num × a.den)
    let top = after.num as i128 * before.den as i128 - before.num as i128 * after.den as i128;
    let bottom = before.num as i128 * after.den as i128;
    i64::try_from(top * 1000 / bottom).ok()
}

fn metric_window(
    data: &Dataset,
    people: &[(RecordId, &Manager)],
    metric: RecordId,
    formula: Formula,
    days: Vec<NaiveDate>,
) -> Window {
    let mut value = Ratio::default();
    let mut count = 0;
    for (id, m) in people {
        for day in &days {
            if !m.is_employed_on(*day) || absent(data, *id, *day) {
                continue;
            }
            count += 1;
            let facts = data.live::<DayFacts>(DayFacts::id_for(*id, *day));
            let get = |metric: RecordId| -> i64 {
                facts
                    .and_then(|f| f.data.values.get(&metric).copied())
                    .unwrap_or(0)
            };
            match formula {
                Formula::Summed => {
                    value.num += get(metric);
                    value.den += 1;
                }
                Formula::Ratio { num, den } => {
                    value.num += get(num.id());
                    value.den += get(den.id());
                }
                Formula::WeightedMean { weight } => {
                    let w = get(weight.id());
                    value.num += get(metric) * w;
                    value.den += w;
                }
            }
        }
    }
    Window { days, count, value }
}

fn absent(data: &Dataset, manager: RecordId, day: NaiveDate) -> bool {
    data.live_records::<crate::domain::Absence>()
        .any(|a| a.data.manager == manager && a.data.covers(day))
}

fn criterion_window(
    data: &Dataset,
    people: &[(RecordId, &Manager)],
    scorecard: RecordId,
    criterion: u16,
    days: Vec<NaiveDate>,
) -> Window {
    let mut sum = Points::default();
    let mut count = 0;
    if let (Some(card), Some(first), Some(last)) =
        (data.live::<Scorecard>(scorecard), days.first(), days.last())
    {
        if let Some(c) = card.data.criterion(criterion) {
            for r in data.live_records::<Review>() {
                let r = &r.data;
                if r.scorecard != scorecard
                    || r.date < *first
                    || r.date > *last
                    || !people.iter().any(|(id, _)| *id == r.manager)
                {
                    continue;
                }
                if let Some(p) = points_of(c, r.mark(criterion).and_then(|m| m.value)) {
                    sum.add(p);
                    count += 1;
                }
            }
        }
    }
    Window {
        days,
        count,
        value: Ratio {
            num: sum.points as i64,
            den: sum.possible as i64,
        },
    }
}

/// Open hypotheses first (newest start first), then closed ones.
pub fn hypotheses(data: &Dataset) -> Vec<(RecordId, &Hypothesis)> {
    let mut out: Vec<(RecordId, &Hypothesis)> = data
        .live_records::<Hypothesis>()
        .map(|r| (r.id, &r.data))
        .collect();
    out.sort_by(|a, b| {
        (a.1.closed, std::cmp::Reverse(a.1.start), a.0).cmp(&(
            b.1.closed,
            std::cmp::Reverse(b.1.start),
            b.0,
        ))
    });
    out
}

/// A number behind its plan: where a hypothesis starts.
#[derive(Clone, Debug, PartialEq)]
pub struct Lag {
    pub who: Who,
    pub metric: RecordId,
    pub pace: Pace,
    pub status: Status,
}

/// The month's summed metrics behind or at risk on `today`, for the department and each person: the worst pace
/// first.
pub fn lagging(data: &Dataset, today: NaiveDate) -> Vec<Lag> {
    let calendar = data.calendar();
    let metrics = catalog(data);
    let managers: Vec<RecordId> = data
        .managers_by_name()
        .into_iter()
        .filter(|m| m.data.is_employed_on(today))
        .map(|m| m.id)
        .collect();
    let through = facts_through(data, today);
    let b = board(
        data,
        &calendar,
        &metrics,
        &managers,
        Period::month(today),
        through,
    );
    let bands = data.settings().bands();
    let mut out = Vec::new();
    for row in std::iter::once(&b.department).chain(b.managers.iter()) {
        for m in metrics.iter().filter(|m| m.is_summed() && !m.hidden) {
            let Some(pace) = row.pace(m.id) else {
                continue;
            };
            let status = pace.status(bands);
            if matches!(status, Status::Behind | Status::AtRisk) {
                out.push(Lag {
                    who: row.who,
                    metric: m.id,
                    pace,
                    status,
                });
            }
        }
    }
    out.sort_by(|a, b| {
        let key = |l: &Lag| l.pace.pace_index().unwrap_or(0.0);
        key(a).total_cmp(&key(b))
    });
    out
}
