//! C1 plan/fact: for any period, per manager and for the department, how far the plan is done and where it is
//! heading. The formulas are DOMAIN.md's, each named where it is computed:
//!
//! - completion = fact / plan (a share, shown as a percent); deviation = fact − plan;
//! - expected to date (pace) = plan × elapsed working days / working days in the period; pace index = fact / expected;
//! - run-rate forecast = fact / elapsed working days × working days in the period;
//! - required daily rate = (plan − fact) / remaining working days, rounded **up** (the rate that reaches the plan);
//! - ratios (conversion, average check) are Σ numerator / Σ denominator over the period, never means of daily ratios.
//!
//! "Elapsed" counts the working days up to the day facts are complete for (see [`facts_through`]). A person's
//! working days are the department's calendar within their employment minus their absences. Money is integer
//! kopecks; rounded figures round half away from zero.

use crate::domain::core::calendar::{month_end, month_start, WorkCalendar};
use crate::domain::core::dataset::Dataset;
use crate::domain::core::date::add_days;
use crate::domain::core::record::RecordId;
use crate::domain::planning::metric::{Builtin, Formula, Metric};
use crate::domain::planning::plan::Plan;
use crate::domain::planning::split::{available_days, split_over_days};
use chrono::{Datelike, NaiveDate};
use std::collections::{BTreeMap, HashMap};

/// An inclusive range of days.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Period {
    pub fn day(d: NaiveDate) -> Self {
        Period { from: d, to: d }
    }

    /// Monday to Sunday.
    pub fn week(d: NaiveDate) -> Self {
        let from = crate::domain::core::date::monday(d);
        Period {
            from,
            to: add_days(from, 6),
        }
    }

    pub fn month(d: NaiveDate) -> Self {
        Period {
            from: month_start(d),
            to: month_end(d),
        }
    }

    pub fn quarter(d: NaiveDate) -> Self {
        let first = (d.month0() / 3) * 3 + 1;
        let from = NaiveDate::from_ymd_opt(d.year(), first, 1).unwrap_or(d);
        Period {
            from,
            to: month_end(add_days(from, 62)),
        }
    }

    pub fn contains(&self, d: NaiveDate) -> bool {
        self.from <= d && d <= self.to
    }

    /// First days of the months the period touches.
    pub fn months(&self) -> Vec<NaiveDate> {
        crate::domain::core::date::months(self.from, self.to).collect()
    }
}

/// The periods a plan/fact view offers; a custom range is a [`Period`] of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PeriodKind {
    Day,
    Week,
    Month,
    Quarter,
}

impl PeriodKind {
    pub const ALL: [PeriodKind; 4] = [
        PeriodKind::Day,
        PeriodKind::Week,
        PeriodKind::Month,
        PeriodKind::Quarter,
    ];

    /// The period of this kind that contains `day`.
    pub fn around(self, day: NaiveDate) -> Period {
        match self {
            PeriodKind::Day => Period::day(day),
            PeriodKind::Week => Period::week(day),
            PeriodKind::Month => Period::month(day),
            PeriodKind::Quarter => Period::quarter(day),
        }
    }

    /// The same kind of period before (`step` −1) or after (+1) the one around `day`; returns a day inside it.
    pub fn step(self, day: NaiveDate, step: i64) -> NaiveDate {
        let p = self.around(day);
        if step < 0 {
            self.around(add_days(p.from, -1)).from
        } else {
            add_days(p.to, 1)
        }
    }
}

/// The day facts are complete for: today once any fact for today is entered, else yesterday. Pace then does not
/// count today as elapsed in the morning, before anyone has had a chance to sell.
pub fn facts_through(data: &Dataset, today: NaiveDate) -> NaiveDate {
    let entered_today = data
        .facts
        .values()
        .any(|r| !r.deleted && r.data.date == today && !r.data.values.is_empty());
    if entered_today {
        today
    } else {
        add_days(today, -1)
    }
}

/// Where a plan stands against its pace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// No plan for the period.
    NoPlan,
    /// The period has no elapsed working day yet.
    NotStarted,
    /// The plan is already reached.
    Done,
    OnTrack,
    Behind,
    AtRisk,
}

pub use crate::domain::core::settings::Bands;

/// A summed metric's plan and fact over a period, with the working days that drive pace.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Pace {
    pub plan: i64,
    pub fact: i64,
    /// Working days in the period.
    pub days_total: u32,
    /// Working days up to the facts' day.
    pub days_elapsed: u32,
}

/// `a / b` rounded half away from zero (`b > 0`), saturating at `i64`'s ends instead of wrapping.
fn round_div(a: i128, b: i128) -> i64 {
    let q = (a.abs().saturating_mul(2).saturating_add(b)) / (2 * b);
    let signed = q * a.signum();
    i64::try_from(signed).unwrap_or(if signed < 0 { i64::MIN } else { i64::MAX })
}

/// `a / b` rounded up (`a ≥ 0`, `b > 0`), saturating at `i64::MAX` instead of wrapping.
fn ceil_div(a: i128, b: i128) -> i64 {
    i64::try_from(a.saturating_add(b - 1) / b).unwrap_or(i64::MAX)
}

impl Pace {
    /// Plan completion = fact / plan, as a share (0.875 shows as 87,5 %), like every share in the app.
    pub fn completion(&self) -> Option<f64> {
        (self.plan > 0).then(|| self.fact as f64 / self.plan as f64)
    }

    /// Deviation = fact − plan.
    pub fn deviation(&self) -> i64 {
        self.fact - self.plan
    }

    /// What is still to do = max(plan − fact, 0): nothing once the plan is reached.
    pub fn shortfall(&self) -> i64 {
        self.plan.saturating_sub(self.fact).max(0)
    }

    /// The completion meter's fill, whole percent: completion × 100 rounded, capped at 200 (a bar twice over the plan
    /// already says "far over"); 0 without a plan.
    pub fn meter_percent(&self) -> u32 {
        self.completion()
            .map(|c| (c * 100.0).round().clamp(0.0, 200.0) as u32)
            .unwrap_or(0)
    }

    pub fn days_left(&self) -> u32 {
        self.days_total.saturating_sub(self.days_elapsed)
    }

    /// Expected to date = plan × elapsed / total working days.
    pub fn expected(&self) -> i64 {
        if self.days_total == 0 {
            return self.plan;
        }
        round_div(
            self.plan as i128 * self.days_elapsed as i128,
            self.days_total as i128,
        )
    }

    /// Pace index = fact / expected to date.
    pub fn pace_index(&self) -> Option<f64> {
        let expected = self.expected();
        (expected > 0).then(|| self.fact as f64 / expected as f64)
    }

    /// Run-rate forecast = fact / elapsed × total working days.
    pub fn forecast(&self) -> Option<i64> {
        (self.days_elapsed > 0).then(|| {
            round_div(
                self.fact as i128 * self.days_total as i128,
                self.days_elapsed as i128,
            )
        })
    }

    /// Required daily rate = (plan − fact) / remaining working days, rounded up; 0 once the plan is reached;
    /// `None` when no working day is left to reach it.
    pub fn required_per_day(&self) -> Option<i64> {
        let gap = self.plan - self.fact;
        if gap <= 0 {
            return Some(0);
        }
        let left = self.days_left();
        (left > 0).then(|| ceil_div(gap as i128, left as i128))
    }

    pub fn status(&self, bands: Bands) -> Status {
        if self.plan <= 0 {
            Status::NoPlan
        } else if self.fact >= self.plan {
            Status::Done
        } else if self.days_elapsed == 0 {
            Status::NotStarted
        } else {
            // pace index in percent, compared in integers: fact × 100 vs expected × threshold.
            let expected = self.expected().max(1) as i128;
            let pct = self.fact as i128 * 100;
            if pct >= expected * bands.on_track_from as i128 {
                Status::OnTrack
            } else if pct >= expected * bands.at_risk_below as i128 {
                Status::Behind
            } else {
                Status::AtRisk
            }
        }
    }
}

/// A derived value as its summed parts; shown as `num / den` (× 100 for percent).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Ratio {
    pub num: i64,
    pub den: i64,
}

impl Ratio {
    pub fn value(&self) -> Option<f64> {
        (self.den != 0).then(|| self.num as f64 / self.den as f64)
    }
}

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

/// The funnel of a period: leads → deals → payments, with the calls behind the leads.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Funnel {
    pub calls: i64,
    pub leads: i64,
    pub deals: i64,
    pub payments: i64,
}

impl Funnel {
    pub fn of(row: &Row) -> Funnel {
        let fact = |b: Builtin| row.pace(b.id()).map(|p| p.fact).unwrap_or(0);
        Funnel {
            calls: fact(Builtin::Calls),
            leads: fact(Builtin::Leads),
            deals: fact(Builtin::Deals),
            payments: fact(Builtin::Payments),
        }
    }

    /// Conversion = deals / leads.
    pub fn conversion(&self) -> Ratio {
        Ratio {
            num: self.deals,
            den: self.leads,
        }
    }

    /// Average check = payments / paid deals.
    pub fn average_check(&self) -> Ratio {
        Ratio {
            num: self.payments,
            den: self.deals,
        }
    }

    /// The reverse funnel: what a payments plan needs at this funnel's conversion and average check.
    /// Revenue = leads × conversion × average check, run backwards and rounded up at each step:
    /// deals = ⌈plan / average check⌉ = ⌈plan × deals / payments⌉; leads = ⌈deals needed × leads / deals⌉;
    /// calls = ⌈leads needed × calls / leads⌉. `None` when the funnel has no payments, deals or leads to learn from.
    pub fn needs(&self, payments_plan: i64) -> Option<Needs> {
        if self.payments <= 0 || self.deals <= 0 || self.leads <= 0 || payments_plan < 0 {
            return None;
        }
        let deals = ceil_div(
            payments_plan as i128 * self.deals as i128,
            self.payments as i128,
        );
        let leads = ceil_div(deals as i128 * self.leads as i128, self.deals as i128);
        let calls = ceil_div(leads as i128 * self.calls as i128, self.leads as i128);
        Some(Needs {
            deals,
            leads,
            calls,
        })
    }
}

/// What a plan needs at a funnel's rates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Needs {
    pub deals: i64,
    pub leads: i64,
    pub calls: i64,
}

/// One day of a month's cumulative curve: the plan to date (its daily split summed) and the fact to date (`None`
/// after the day facts are complete for).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CumulativeDay {
    pub date: NaiveDate,
    pub plan: i64,
    pub fact: Option<i64>,
}

/// The department's cumulative plan and fact of a summed metric over the working days of `month`: the curve a
/// head of sales reads "are we above or below the line" from.
pub fn cumulative(
    data: &Dataset,
    calendar: &WorkCalendar,
    metric: RecordId,
    month: NaiveDate,
    through: NaiveDate,
) -> Vec<CumulativeDay> {
    cumulative_in(data, calendar, metric, Period::month(month), through)
}

/// The department's cumulative plan and fact of a summed metric over the working days of any `period` (a week
/// or a month). Each month's department plan is split evenly over that month's working days (exact, largest
/// remainder), and the period takes the days it holds, so a week across two months adds both months' daily
/// plans. Facts on days off count on the next working day; but the last working day shown (up to `through`)
/// also takes the days off after it up to `through`, and the period's last working day everything after it, so
/// the curve ends at the fact printed next to it, on a Monday morning too.
pub fn cumulative_in(
    data: &Dataset,
    calendar: &WorkCalendar,
    metric: RecordId,
    period: Period,
    through: NaiveDate,
) -> Vec<CumulativeDay> {
    let daily: Vec<(NaiveDate, i64)> = period
        .months()
        .into_iter()
        .flat_map(|month| {
            let days = calendar.working_days(month_start(month), month_end(month));
            let total = data
                .plans
                .get(&Plan::id_for(month, metric, None))
                .filter(|r| !r.deleted)
                .map(|r| r.data.value)
                .unwrap_or(0);
            split_over_days(total, &days)
        })
        .filter(|(d, _)| period.contains(*d))
        .collect();
    let mut by_day: BTreeMap<NaiveDate, i64> = BTreeMap::new();
    for r in data.facts.values() {
        let f = &r.data;
        if !r.deleted && period.contains(f.date) {
            if let Some(v) = f.values.get(&metric) {
                *by_day.entry(f.date).or_default() += v;
            }
        }
    }
    let mut plan = 0;
    let mut fact = 0;
    let mut facts = by_day.into_iter().peekable();
    let last = daily.last().map(|(d, _)| *d);
    let last_shown = daily.iter().rev().map(|(d, _)| *d).find(|d| *d <= through);
    daily
        .into_iter()
        .map(|(date, part)| {
            plan += part;
            let until = if Some(date) == last {
                period.to
            } else if Some(date) == last_shown {
                through
            } else {
                date
            };
            while let Some((_, v)) = facts.next_if(|(d, _)| *d <= until) {
                fact += v;
            }
            CumulativeDay {
                date,
                plan,
                fact: (date <= through).then_some(fact),
            }
        })
        .collect()
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
