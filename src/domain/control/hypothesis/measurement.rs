//! A hypothesis measured: the windows before and after its change, with the numbers used, and the verdict.

use super::*;
use crate::domain::core::calendar::WorkCalendar;
use crate::domain::core::date::add_days;
use crate::domain::core::record::RecordId;
use crate::domain::planning::fact::DayFacts;
use crate::domain::planning::metric::{catalog, Direction, Formula};
use crate::domain::planning::planfact::Ratio;
use crate::domain::training::review::{points_of, Points, Review};
use crate::domain::training::scorecard::Scorecard;
use crate::domain::{Dataset, Manager};
use chrono::NaiveDate;

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
