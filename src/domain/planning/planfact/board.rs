//! The plan/fact board: every metric for each person and the department over a period, and a ranking by
//! completion.

use super::pace::{Pace, Ratio};
use super::period::Period;
use crate::domain::core::calendar::{month_end, WorkCalendar};
use crate::domain::core::dataset::Dataset;
use crate::domain::core::record::RecordId;
use crate::domain::planning::metric::{Formula, Metric};
use crate::domain::planning::plan::Plan;
use crate::domain::planning::split::{available_days, split_over_days};
use chrono::NaiveDate;
use std::collections::{BTreeMap, HashMap};

/// One metric's figures for one person (or the department) over a period.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Cell {
    Summed(Pace),
    /// A ratio of sums: the plan's parts and the fact's parts.
    Ratio {
        plan: Ratio,
        fact: Ratio,
    },
    /// A level such as a quality score: the target and the weighted mean of the facts (Σ value × weight / Σ weight).
    Mean {
        target: Option<i64>,
        fact: Ratio,
    },
}

/// Whose figures: the department as a whole, or one manager.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Who {
    Department,
    Manager(RecordId),
}

/// Plan/fact of every metric for one person.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub who: Who,
    pub cells: BTreeMap<RecordId, Cell>,
}

impl Row {
    pub fn pace(&self, metric: RecordId) -> Option<Pace> {
        match self.cells.get(&metric) {
            Some(Cell::Summed(p)) => Some(*p),
            _ => None,
        }
    }
}

/// The plan/fact table of a period: the department first, then each manager in the order given.
#[derive(Clone, Debug, PartialEq)]
pub struct Board {
    pub period: Period,
    pub through: NaiveDate,
    pub department: Row,
    pub managers: Vec<Row>,
    /// Per summed metric: the department plan minus the sum of the managers' plans for the period (shown, never
    /// hidden: positive means part of the department plan is on nobody).
    pub unassigned: BTreeMap<RecordId, i64>,
}

/// Sums of entered values over a period.
#[derive(Default)]
struct Sums {
    /// (manager, metric) → Σ value.
    total: HashMap<(RecordId, RecordId), i64>,
    /// (manager, weighted metric) → (Σ value × weight, Σ weight).
    weighted: HashMap<(RecordId, RecordId), (i64, i64)>,
}

fn sum_facts(data: &Dataset, metrics: &[Metric], period: Period) -> Sums {
    let weights: Vec<(RecordId, RecordId)> = metrics
        .iter()
        .filter_map(|m| match m.formula {
            Formula::WeightedMean { weight } => Some((m.id, weight.id())),
            _ => None,
        })
        .collect();
    let mut sums = Sums::default();
    for r in data.facts.values() {
        let f = &r.data;
        if r.deleted || !period.contains(f.date) {
            continue;
        }
        for (metric, value) in &f.values {
            let t = sums.total.entry((f.manager, *metric)).or_default();
            *t = t.saturating_add(*value);
        }
        for (metric, weight) in &weights {
            if let (Some(v), Some(w)) = (f.values.get(metric), f.values.get(weight)) {
                let e = sums.weighted.entry((f.manager, *metric)).or_default();
                // Saturating: file values are bounded per unit, so this never binds on real data, but a product of
                // two values must never wrap into a nonsense mean.
                e.0 = e.0.saturating_add(v.saturating_mul(*w));
                e.1 = e.1.saturating_add(*w);
            }
        }
    }
    sums
}

/// A monthly plan's part that falls in `period`: its daily split over `days`, summed inside the period.
fn plan_in_period(value: i64, days: &[NaiveDate], period: Period) -> i64 {
    if period.from <= days.first().copied().unwrap_or(period.from)
        && days.last().copied().unwrap_or(period.to) <= period.to
    {
        return value; // the whole month is inside: no split needed
    }
    split_over_days(value, days)
        .into_iter()
        .filter(|(d, _)| period.contains(*d))
        .map(|(_, v)| v)
        .sum()
}

/// Plans by (month, metric, manager), live ones only.
fn plan_index(data: &Dataset) -> HashMap<(NaiveDate, RecordId, Option<RecordId>), &Plan> {
    data.plans
        .values()
        .filter(|r| !r.deleted)
        .map(|r| ((r.data.month, r.data.metric, r.data.manager), &r.data))
        .collect()
}

/// Builds the plan/fact table for `period` as of `through` (the day facts are complete for).
pub fn board(
    data: &Dataset,
    calendar: &WorkCalendar,
    metrics: &[Metric],
    managers: &[RecordId],
    period: Period,
    through: NaiveDate,
) -> Board {
    let sums = sum_facts(data, metrics, period);
    let plans = plan_index(data);
    let months = period.months();
    let elapsed_to = through.min(period.to);

    // Working days per person and month, computed once.
    let dept_days: Vec<(NaiveDate, Vec<NaiveDate>)> = months
        .iter()
        .map(|m| (*m, calendar.working_days(*m, month_end(*m))))
        .collect();

    let row = |who: Who, month_days: &[(NaiveDate, Vec<NaiveDate>)]| -> Row {
        let in_period = |d: &&NaiveDate| period.contains(**d);
        let days_total = month_days
            .iter()
            .map(|(_, ds)| ds.iter().filter(in_period).count() as u32)
            .sum();
        let days_elapsed = month_days
            .iter()
            .map(|(_, ds)| {
                ds.iter()
                    .filter(in_period)
                    .filter(|d| **d <= elapsed_to)
                    .count() as u32
            })
            .sum();
        let person = match who {
            Who::Department => None,
            Who::Manager(id) => Some(id),
        };
        let plan_of = |metric: RecordId| -> Option<i64> {
            let mut any = false;
            let mut total = 0;
            for (m, ds) in month_days {
                if let Some(p) = plans.get(&(*m, metric, person)) {
                    any = true;
                    total = plan_in_period(p.value, ds, period).saturating_add(total);
                }
            }
            any.then_some(total)
        };
        let fact_of = |metric: RecordId| -> i64 {
            match who {
                Who::Manager(id) => sums.total.get(&(id, metric)).copied().unwrap_or(0),
                Who::Department => sums
                    .total
                    .iter()
                    .filter(|((_, m), _)| *m == metric)
                    .fold(0i64, |a, (_, v)| a.saturating_add(*v)),
            }
        };
        let weighted_of = |metric: RecordId| -> Ratio {
            let (num, den) = match who {
                Who::Manager(id) => sums.weighted.get(&(id, metric)).copied().unwrap_or((0, 0)),
                Who::Department => sums
                    .weighted
                    .iter()
                    .filter(|((_, m), _)| *m == metric)
                    .fold((0i64, 0i64), |a, (_, v)| {
                        (a.0.saturating_add(v.0), a.1.saturating_add(v.1))
                    }),
            };
            Ratio { num, den }
        };
        let mut cells = BTreeMap::new();
        for m in metrics {
            let cell = match m.formula {
                Formula::Summed => Cell::Summed(Pace {
                    plan: plan_of(m.id).unwrap_or(0),
                    fact: fact_of(m.id),
                    days_total,
                    days_elapsed,
                }),
                Formula::Ratio { num, den } => Cell::Ratio {
                    plan: Ratio {
                        num: plan_of(num.id()).unwrap_or(0),
                        den: plan_of(den.id()).unwrap_or(0),
                    },
                    fact: Ratio {
                        num: fact_of(num.id()),
                        den: fact_of(den.id()),
                    },
                },
                Formula::WeightedMean { .. } => Cell::Mean {
                    target: months
                        .iter()
                        .rev()
                        .find_map(|mo| plans.get(&(*mo, m.id, person)).map(|p| p.value)),
                    fact: weighted_of(m.id),
                },
            };
            cells.insert(m.id, cell);
        }
        Row { who, cells }
    };

    let department = row(Who::Department, &dept_days);
    let managers: Vec<Row> = managers
        .iter()
        .map(|id| {
            let days: Vec<(NaiveDate, Vec<NaiveDate>)> = match data.managers.get(id) {
                Some(r) => months
                    .iter()
                    .map(|mo| {
                        (
                            *mo,
                            available_days(data, calendar, *id, &r.data, *mo, month_end(*mo)),
                        )
                    })
                    .collect(),
                None => Vec::new(),
            };
            row(Who::Manager(*id), &days)
        })
        .collect();
    let unassigned = metrics
        .iter()
        .filter(|m| m.is_summed())
        .map(|m| {
            let split: i64 = managers
                .iter()
                .filter_map(|r| r.pace(m.id))
                .map(|p| p.plan)
                .sum();
            let dept = department.pace(m.id).map(|p| p.plan).unwrap_or(0);
            (m.id, dept - split)
        })
        .collect();
    Board {
        period,
        through,
        department,
        managers,
        unassigned,
    }
}

/// Managers ranked by completion of `metric`'s plan (those with a plan, best first), then those without a plan by
/// fact; managers with neither are left out.
pub fn ranking(board: &Board, metric: RecordId) -> Vec<(RecordId, Pace)> {
    let mut rows: Vec<(RecordId, Pace)> = board
        .managers
        .iter()
        .filter_map(|r| match r.who {
            Who::Manager(id) => r.pace(metric).map(|p| (id, p)),
            Who::Department => None,
        })
        .filter(|(_, p)| p.plan > 0 || p.fact > 0)
        .collect();
    // Completion compared as fractions in integers: a/b > c/d ⇔ a·d > c·b (plans are positive here).
    rows.sort_by(|(ia, a), (ib, b)| match (a.plan > 0, b.plan > 0) {
        (true, true) => (b.fact as i128 * a.plan as i128)
            .cmp(&(a.fact as i128 * b.plan as i128))
            .then(ia.cmp(ib)),
        (true, false) => std::cmp::Ordering::Less,
        (false, true) => std::cmp::Ordering::Greater,
        (false, false) => b.fact.cmp(&a.fact).then(ia.cmp(ib)),
    });
    rows
}
