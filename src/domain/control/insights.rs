//! P2 what worked: for a period, the top performers against the bottom ones on the same activity and conversion
//! numbers, ranked by the size of the difference; and won against lost deals by source, size, cycle and the stage
//! where deals were lost.
//!
//! The rules:
//! - **the groups**: people ranked by completion of the payments plan ([`ranking`]); the top third and the bottom
//!   third (at least one person each, and nobody in both);
//! - **each number of a group** comes from the group's summed parts (calls per working day = Σ calls / Σ working
//!   days, conversion = Σ deals / Σ leads…), never from averaging people;
//! - **the difference** = (top − bottom) / bottom × 100; numbers are ranked by its size, those without a bottom
//!   value last.

use crate::domain::core::calendar::WorkCalendar;
use crate::domain::core::text::fold;
use crate::domain::organisation::crm::deal::Outcome;
use crate::domain::organisation::crm::history::sightings;
use crate::domain::organisation::crm::hygiene::{Context, Stages};
use crate::domain::organisation::crm::pipeline::{funnels, Period as DealPeriod};
use crate::domain::organisation::crm::snapshot::deal_snapshots;
use crate::domain::organisation::promise::{outcome, promises, Outcome as PromiseOutcome};
use crate::domain::planning::metric::{Builtin, Metric};
use crate::domain::planning::planfact::{board, ranking, Period};
use crate::domain::planning::split::available_days;
use crate::domain::{Dataset, RecordId};
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// What is compared.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Measure {
    CallsPerDay,
    MinutesPerDay,
    LeadsPerDay,
    /// Deals / leads.
    Conversion,
    /// Payments / deals, kopecks.
    AverageCheck,
    /// Reached the next stage / reached this one (the stage named).
    StageConversion(String),
    /// Days from creation to a win.
    Cycle,
    /// Promises kept / decided.
    PromiseKeeping,
    /// Checks passed / made.
    Hygiene,
}

/// A group's number as its summed parts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Parts {
    pub num: i64,
    pub den: i64,
}

impl Parts {
    fn add(&mut self, num: i64, den: i64) {
        self.num += num;
        self.den += den;
    }

    /// num / den × 100 in tenths of a percent, rounded half up.
    pub fn percent_tenths(&self) -> Option<i64> {
        (self.den > 0).then(|| (self.num * 2000 + self.den) / (2 * self.den))
    }

    /// num / den in tenths (calls a day: 57,5), rounded half up.
    pub fn tenths(&self) -> Option<i64> {
        (self.den > 0).then(|| (self.num * 20 + self.den) / (2 * self.den))
    }

    /// num / den rounded half up (an average check in kopecks).
    pub fn rounded(&self) -> Option<i64> {
        (self.den > 0).then(|| (self.num * 2 + self.den) / (2 * self.den))
    }
}

/// One number, top against bottom.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Compared {
    pub measure: Measure,
    pub top: Parts,
    pub bottom: Parts,
    /// (top − bottom) / bottom in tenths of a percent, rounded half away from zero; `None` when either has no
    /// denominator or the bottom's value is 0.
    pub difference: Option<i64>,
}

fn difference(top: Parts, bottom: Parts) -> Option<i64> {
    if top.den == 0 || bottom.den == 0 || bottom.num == 0 {
        return None;
    }
    // (t/td − b/bd) / (b/bd) = (t·bd − b·td) / (b·td)
    let num = (top.num as i128 * bottom.den as i128 - bottom.num as i128 * top.den as i128) * 1000;
    let den = bottom.num as i128 * top.den as i128;
    let q = (2 * num.abs() + den.abs()) / (2 * den.abs());
    Some((q as i64) * if (num < 0) != (den < 0) { -1 } else { 1 })
}

/// The two groups and their comparison.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    pub top: Vec<RecordId>,
    pub bottom: Vec<RecordId>,
    pub numbers: Vec<Compared>,
}

/// The span the comparisons open on: the last 30 days, a month's worth of closed deals whatever the day of the month.
pub const DEFAULT_DAYS: u32 = 30;

/// The top third against the bottom third over `period`, facts complete through `through`.
pub fn compare(
    data: &Dataset,
    calendar: &WorkCalendar,
    metrics: &[Metric],
    period: Period,
    through: NaiveDate,
) -> Option<Comparison> {
    let people: Vec<RecordId> = data.managers_by_name().into_iter().map(|m| m.id).collect();
    let b = board(data, calendar, metrics, &people, period, through);
    let ranked: Vec<RecordId> = ranking(&b, Builtin::Payments.id())
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    if ranked.len() < 2 {
        return None;
    }
    let k = (ranked.len() / 3).max(1);
    let top = ranked[..k].to_vec();
    let bottom = ranked[ranked.len() - k..].to_vec();
    let last = through.min(period.to);
    let group = |who: &[RecordId]| -> BTreeMap<Measure, Parts> {
        let mut out: BTreeMap<Measure, Parts> = BTreeMap::new();
        for id in who {
            let Some(row) = b
                .managers
                .iter()
                .find(|r| r.who == crate::domain::planning::planfact::Who::Manager(*id))
            else {
                continue;
            };
            let fact = |m: Builtin| row.pace(m.id()).map(|p| p.fact).unwrap_or(0);
            let days = data
                .live::<crate::domain::Manager>(*id)
                .map(|m| {
                    available_days(data, calendar, *id, &m.data, period.from, last).len() as i64
                })
                .unwrap_or(0);
            out.entry(Measure::CallsPerDay)
                .or_default()
                .add(fact(Builtin::Calls), days);
            out.entry(Measure::MinutesPerDay)
                .or_default()
                .add(fact(Builtin::Minutes), days);
            out.entry(Measure::LeadsPerDay)
                .or_default()
                .add(fact(Builtin::Leads), days);
            out.entry(Measure::Conversion)
                .or_default()
                .add(fact(Builtin::Deals), fact(Builtin::Leads));
            out.entry(Measure::AverageCheck)
                .or_default()
                .add(fact(Builtin::Payments), fact(Builtin::Deals));
            // The CRM's funnel for the same period (the first pipeline: the department's main one).
            let deal_period = DealPeriod {
                from: period.from,
                to: last,
            };
            if let Some(f) = funnels(data, Some(*id), deal_period).into_iter().next() {
                for w in f.stages.windows(2) {
                    out.entry(Measure::StageConversion(w[0].stage.clone()))
                        .or_default()
                        .add(w[1].reached as i64, w[0].reached as i64);
                }
                out.entry(Measure::Cycle)
                    .or_default()
                    .add(f.cycle_days, f.won as i64);
            }
            if let Some(ctx) = Context::at(data, last) {
                let t = ctx.person(*id).parts.total();
                out.entry(Measure::Hygiene)
                    .or_default()
                    .add((t.made - t.failed) as i64, t.made as i64);
            }
            let mut kept = Parts::default();
            for (_, p) in promises(data) {
                if p.manager != *id || !period.contains(p.due) || p.due > last {
                    continue;
                }
                match outcome(data, calendar, metrics, p, last) {
                    PromiseOutcome::Kept => kept.add(1, 1),
                    PromiseOutcome::Broken => kept.add(0, 1),
                    _ => {}
                }
            }
            out.entry(Measure::PromiseKeeping)
                .or_default()
                .add(kept.num, kept.den);
        }
        out
    };
    let (t, bt) = (group(&top), group(&bottom));
    let mut numbers: Vec<Compared> = t
        .into_iter()
        .map(|(measure, top)| {
            let bottom = bt.get(&measure).copied().unwrap_or_default();
            Compared {
                difference: difference(top, bottom),
                measure,
                top,
                bottom,
            }
        })
        .filter(|c| c.top.den > 0 || c.bottom.den > 0)
        .collect();
    numbers.sort_by(|a, b| match (a.difference, b.difference) {
        (Some(x), Some(y)) => y
            .abs()
            .cmp(&x.abs())
            .then_with(|| a.measure.cmp(&b.measure)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.measure.cmp(&b.measure),
    });
    Some(Comparison {
        top,
        bottom,
        numbers,
    })
}

/// Deal size bands, in kopecks: 100 000, 500 000 and 1 000 000 ₽.
pub const SIZE_BANDS: [i64; 3] = [100_000_00, 500_000_00, 1_000_000_00];
/// Cycle length bands, in days.
pub const CYCLE_BANDS: [i64; 3] = [7, 30, 90];

/// Won and lost counts of one slice.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WonLost {
    pub won: u32,
    pub lost: u32,
}

impl WonLost {
    /// Win rate in tenths of a percent, rounded half up.
    pub fn win_rate(&self) -> Option<u32> {
        let closed = self.won + self.lost;
        (closed > 0).then(|| (self.won * 2000 + closed) / (2 * closed))
    }
}

/// Deals closed in a period, sliced.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Slices {
    /// By source as first written (empty: none given), most deals first.
    pub by_source: Vec<(String, WonLost)>,
    /// By size band: index into [`SIZE_BANDS`] (0: below the first … 3: from the last).
    pub by_size: [WonLost; 4],
    /// By cycle length band ([`CYCLE_BANDS`]).
    pub by_cycle: [WonLost; 4],
    /// Lost deals by the last open stage they were seen in (empty: never seen open), most first.
    pub lost_at: Vec<(String, u32)>,
}

fn band(value: i64, bands: &[i64; 3]) -> usize {
    bands.iter().take_while(|b| value >= **b).count()
}

/// Won against lost over `from..=to`, each deal as the latest snapshot shows it.
pub fn won_lost(data: &Dataset, from: NaiveDate, to: NaiveDate) -> Slices {
    let all = deal_snapshots(data);
    let stages = Stages::of(data);
    let tracks = sightings(&all);
    let mut out = Slices::default();
    let mut sources: BTreeMap<String, (String, WonLost)> = BTreeMap::new();
    let mut lost_at: BTreeMap<String, (String, u32)> = BTreeMap::new();
    for seen in tracks.values() {
        let Some((_, deal)) = seen.last() else {
            continue;
        };
        let Some(closed) = deal.closed.filter(|c| (from..=to).contains(c)) else {
            continue;
        };
        let outcome = stages.outcome(deal);
        let won = match outcome {
            Outcome::Won => true,
            Outcome::Lost => false,
            Outcome::Open => continue,
        };
        let bump = |w: &mut WonLost| {
            if won {
                w.won += 1
            } else {
                w.lost += 1
            }
        };
        bump(
            &mut sources
                .entry(fold(&deal.source))
                .or_insert_with(|| (deal.source.trim().to_string(), WonLost::default()))
                .1,
        );
        bump(&mut out.by_size[band(deal.amount, &SIZE_BANDS)]);
        bump(&mut out.by_cycle[band((closed - deal.created).num_days(), &CYCLE_BANDS)]);
        if !won {
            let stage = seen
                .iter()
                .rev()
                .map(|(_, d)| d)
                .find(|d| stages.outcome(d) == Outcome::Open)
                .map(|d| d.stage.clone())
                .unwrap_or_default();
            lost_at
                .entry(fold(&stage))
                .or_insert_with(|| (stage.clone(), 0))
                .1 += 1;
        }
    }
    out.by_source = sources.into_values().collect();
    out.by_source.sort_by(|a, b| {
        (b.1.won + b.1.lost)
            .cmp(&(a.1.won + a.1.lost))
            .then_with(|| a.0.cmp(&b.0))
    });
    out.lost_at = lost_at.into_values().collect();
    out.lost_at
        .sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    out
}
