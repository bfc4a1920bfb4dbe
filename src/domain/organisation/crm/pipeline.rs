//! O2/P2 the funnel as the snapshots show it, per person against the department.
//!
//! The formulas:
//! - a deal **reached** an open stage when any snapshot showed it there or at a later open stage, or it was won
//!   (a won deal passed every stage); every deal reached its funnel's first stage;
//! - **stage conversion** n → n+1 = deals that reached stage n+1 / deals that reached stage n;
//! - **win rate** = won / (won + lost), over deals closed in the period;
//! - **cycle** = Σ (closing day − creation day) / won, over deals won in the period;
//! - **average won deal** = Σ amount / won;
//! - **velocity** (₽ a day) = open deals × win rate × average won deal / cycle, computed from the sums:
//!   open × Σ amount × won / ((won + lost) × Σ cycle days);
//! - **lost reasons**: deals lost in the period by reason, most first.

use super::deal::{Deal, Outcome};
use super::history::sightings;
use super::hygiene::Stages;
use super::snapshot::{deal_snapshots, CrmSnapshot, StageRule};
use crate::domain::core::text::fold;
use crate::domain::{Dataset, RecordId};
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// A stage's line in the funnel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StageLine {
    pub stage: String,
    pub order: u16,
    pub reached: u32,
    /// Deals in it in the latest snapshot.
    pub now: u32,
}

/// One funnel's numbers, for a person or the department.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Funnel {
    pub pipeline: String,
    pub stages: Vec<StageLine>,
    pub open: u32,
    pub won: u32,
    pub lost: u32,
    /// Kopecks, over the won deals.
    pub won_amount: i64,
    /// Σ days from creation to closing, over the won deals.
    pub cycle_days: i64,
    /// (reason as first written, count), most first; an empty reason is "none given".
    pub lost_reasons: Vec<(String, u32)>,
}

impl Funnel {
    /// Conversion from each stage to the next, in percent (one decimal, in tenths): `None` when nobody reached the
    /// first of the two.
    pub fn conversions(&self) -> Vec<Option<u32>> {
        self.stages
            .windows(2)
            .map(|w| ratio_tenths(w[1].reached as i64, w[0].reached as i64))
            .collect()
    }

    /// Win rate in tenths of a percent.
    pub fn win_rate(&self) -> Option<u32> {
        ratio_tenths(self.won as i64, (self.won + self.lost) as i64)
    }

    /// Mean cycle in days, rounded half up.
    pub fn cycle(&self) -> Option<i64> {
        (self.won > 0).then(|| (2 * self.cycle_days + self.won as i64) / (2 * self.won as i64))
    }

    /// Mean won deal in kopecks, rounded half up.
    pub fn average_won(&self) -> Option<i64> {
        (self.won > 0).then(|| (2 * self.won_amount + self.won as i64) / (2 * self.won as i64))
    }

    /// Pipeline velocity in kopecks a day (the formula above), rounded down; `None` without closed deals or cycle.
    pub fn velocity(&self) -> Option<i64> {
        let closed = (self.won + self.lost) as i128;
        let denominator = closed * self.cycle_days as i128;
        (denominator > 0).then(|| {
            (self.open as i128 * self.won_amount as i128 * self.won as i128 / denominator) as i64
        })
    }
}

/// `part / whole` in tenths of a percent, rounded half up.
fn ratio_tenths(part: i64, whole: i64) -> Option<u32> {
    (whole > 0).then(|| ((part * 2000 + whole) / (2 * whole)) as u32)
}

/// The period whose closed deals count: `from..=to`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// The span the pipeline opens on: the last 90 days, a quarter of deals, long enough for B2B cycles to close.
pub const DEFAULT_DAYS: u32 = 90;

/// Every funnel's numbers for `who` (a person, or `None` for the department), from all deal snapshots up to the
/// latest: each deal as the latest snapshot that shows it, its furthest stage from all of them.
pub fn funnels(data: &Dataset, who: Option<RecordId>, period: Period) -> Vec<Funnel> {
    let all: Vec<&CrmSnapshot> = deal_snapshots(data);
    let Some(latest) = all.last().map(|s| s.taken) else {
        return Vec::new();
    };
    let stages = Stages::of(data);
    let tracks = sightings(&all);
    let mut rules: BTreeMap<String, Vec<&StageRule>> = BTreeMap::new();
    for r in data.live_records::<StageRule>() {
        if r.data.outcome == Outcome::Open {
            rules
                .entry(fold(&r.data.pipeline))
                .or_default()
                .push(&r.data);
        }
    }
    for list in rules.values_mut() {
        list.sort_by_key(|r| r.order);
    }
    let mut out: BTreeMap<String, Funnel> = BTreeMap::new();
    let mut reasons: BTreeMap<String, BTreeMap<String, (String, u32)>> = BTreeMap::new();
    for seen in tracks.values() {
        let (day, deal): (NaiveDate, &Deal) = *seen.last().expect("a deal is seen at least once");
        if who.is_some_and(|m| deal.manager != m) {
            continue;
        }
        let key = fold(&deal.pipeline);
        let open_rules = rules.get(&key).map(Vec::as_slice).unwrap_or(&[]);
        let funnel = out.entry(key.clone()).or_insert_with(|| Funnel {
            pipeline: deal.pipeline.clone(),
            stages: open_rules
                .iter()
                .map(|r| StageLine {
                    stage: r.stage.clone(),
                    order: r.order,
                    reached: 0,
                    now: 0,
                })
                .collect(),
            ..Funnel::default()
        });
        let outcome = stages.outcome(deal);
        let furthest = match outcome {
            Outcome::Won => u16::MAX,
            _ => seen
                .iter()
                .filter(|(_, d)| stages.outcome(d) == Outcome::Open)
                .map(|(_, d)| stages.order(d))
                .max()
                .unwrap_or(0),
        };
        for (i, line) in funnel.stages.iter_mut().enumerate() {
            if i == 0 || line.order <= furthest {
                line.reached += 1;
            }
            if day == latest && outcome == Outcome::Open && fold(&line.stage) == fold(&deal.stage) {
                line.now += 1;
            }
        }
        let closed_in = deal
            .closed
            .is_some_and(|c| (period.from..=period.to).contains(&c));
        match outcome {
            Outcome::Open => funnel.open += (day == latest) as u32,
            Outcome::Won if closed_in => {
                funnel.won += 1;
                funnel.won_amount += deal.amount;
                funnel.cycle_days += (deal.closed.unwrap_or(deal.created) - deal.created)
                    .num_days()
                    .max(0);
            }
            Outcome::Lost if closed_in => {
                funnel.lost += 1;
                let e = reasons
                    .entry(key.clone())
                    .or_default()
                    .entry(fold(&deal.lost_reason))
                    .or_insert_with(|| (deal.lost_reason.trim().to_string(), 0));
                e.1 += 1;
            }
            _ => {}
        }
    }
    for (key, funnel) in out.iter_mut() {
        let mut list: Vec<(String, u32)> = reasons
            .remove(key)
            .unwrap_or_default()
            .into_values()
            .collect();
        list.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        funnel.lost_reasons = list;
    }
    out.into_values().collect()
}
