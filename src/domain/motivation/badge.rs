//! M2 badges: marks earned by rules the head turns on in the settings, each with the date it was earned. They are
//! worked out from the facts, plans and promises every time, never stored: a corrected fact corrects the badges
//! too, and two devices always agree.
//!
//! The rules (monthly ones look at finished months only, the month of `today` is still running):
//! - **first deal**: the first day with a deal entered; earned that day.
//! - **plan met N months in a row**: payments ≥ the person's payments plan in N finished months running; earned on
//!   the last day of the N-th month, once per unbroken streak.
//! - **personal record**: a finished month's payments above every earlier month's, from the person's second month
//!   with payments on; earned on the month's last day, with the amount.
//! - **promises kept**: in a finished month, kept / (kept + broken) promises due that month ≥ the rule's share,
//!   with at least [`PROMISES_MIN`] decided (one kept promise is not a habit); earned on the month's last day.

use crate::domain::core::date::{add_days, month_end, month_start};
use crate::domain::core::record::RecordId;
use crate::domain::organisation::promise::{outcome, promises, Outcome};
use crate::domain::planning::fact::DayFacts;
use crate::domain::planning::metric::{catalog, Builtin};
use crate::domain::planning::month_plan::plan_of;
use crate::domain::Dataset;
use chrono::NaiveDate;
use std::collections::BTreeMap;

pub use crate::domain::core::settings::{BadgeRule, KEPT_PERCENT, STREAK_MONTHS};

/// The fewest decided promises in a month for the promises badge.
pub const PROMISES_MIN: u32 = 3;

/// A badge a person earned, with the number behind it: the amount of a record, the months of a streak, the kept
/// share in basis points, the deals of the first day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Badge {
    pub manager: RecordId,
    pub rule: BadgeRule,
    pub earned: NaiveDate,
    pub value: i64,
}

/// Every badge earned up to `today` under the department's rules, newest first (`manager` narrows to one person).
pub fn badges(data: &Dataset, manager: Option<RecordId>, today: NaiveDate) -> Vec<Badge> {
    let rules = data.settings().badges;
    if rules.is_empty() {
        return Vec::new();
    }
    let current = month_start(today);
    let (pay, deals) = (Builtin::Payments.id(), Builtin::Deals.id());
    // Per person: the day of the first deal, and payments by month.
    let mut first_deal: BTreeMap<RecordId, NaiveDate> = BTreeMap::new();
    let mut monthly: BTreeMap<RecordId, BTreeMap<NaiveDate, i64>> = BTreeMap::new();
    for r in data.live_records::<DayFacts>() {
        let f = &r.data;
        if manager.is_some_and(|m| m != f.manager) || f.date > today {
            continue;
        }
        if f.values.get(&deals).is_some_and(|v| *v > 0) {
            let e = first_deal.entry(f.manager).or_insert(f.date);
            *e = (*e).min(f.date);
        }
        if let Some(v) = f.values.get(&pay) {
            let m = month_start(f.date);
            if m < current {
                let e = monthly.entry(f.manager).or_default().entry(m).or_insert(0);
                *e = e.saturating_add(*v);
            }
        }
    }
    let mut out = Vec::new();
    for rule in rules {
        match rule {
            BadgeRule::FirstDeal => out.extend(first_deal.iter().map(|(m, d)| {
                Badge {
                    manager: *m,
                    rule,
                    earned: *d,
                    value: data
                        .facts
                        .get(&DayFacts::id_for(*m, *d))
                        .and_then(|r| r.data.values.get(&deals).copied())
                        .unwrap_or(0),
                }
            })),
            BadgeRule::PlanStreak { months } => {
                for (m, by_month) in &monthly {
                    out.extend(streaks(data, *m, by_month, current, months, rule));
                }
            }
            BadgeRule::PersonalRecord => {
                for (m, by_month) in &monthly {
                    let mut best: Option<i64> = None;
                    for (month, v) in by_month {
                        if best.is_some_and(|b| *v > b) {
                            out.push(Badge {
                                manager: *m,
                                rule,
                                earned: month_end(*month),
                                value: *v,
                            });
                        }
                        if *v > 0 {
                            best = Some(best.map_or(*v, |b| b.max(*v)));
                        }
                    }
                }
            }
            BadgeRule::PromisesKept { percent } => {
                out.extend(kept_promises(data, manager, today, current, percent, rule))
            }
        }
    }
    out.sort_by(|a, b| {
        b.earned
            .cmp(&a.earned)
            .then(a.manager.cmp(&b.manager))
            .then(a.rule.cmp(&b.rule))
    });
    out
}

/// Plan-met streaks of one person over finished months with a payments plan; a month without a plan breaks one.
fn streaks(
    data: &Dataset,
    manager: RecordId,
    by_month: &BTreeMap<NaiveDate, i64>,
    current: NaiveDate,
    months: u8,
    rule: BadgeRule,
) -> Vec<Badge> {
    let pay = Builtin::Payments.id();
    let mut out = Vec::new();
    let Some(first) = by_month.keys().next().copied() else {
        return out;
    };
    let mut run = 0u8;
    let mut month = first;
    while month < current {
        let fact = by_month.get(&month).copied().unwrap_or(0);
        let met = plan_of(data, month, pay, Some(manager))
            .is_some_and(|p| p.value > 0 && fact >= p.value);
        run = if met { run.saturating_add(1) } else { 0 };
        if run == months {
            out.push(Badge {
                manager,
                rule,
                earned: month_end(month),
                value: i64::from(months),
            });
        }
        month = add_days(month_end(month), 1);
    }
    out
}

fn kept_promises(
    data: &Dataset,
    manager: Option<RecordId>,
    today: NaiveDate,
    current: NaiveDate,
    percent: u8,
    rule: BadgeRule,
) -> Vec<Badge> {
    let calendar = data.calendar();
    let metrics = catalog(data);
    // (kept, broken) per person and month of the due date.
    let mut tally: BTreeMap<(RecordId, NaiveDate), (u32, u32)> = BTreeMap::new();
    for (_, p) in promises(data) {
        if manager.is_some_and(|m| m != p.manager) || month_start(p.due) >= current {
            continue;
        }
        let e = tally.entry((p.manager, month_start(p.due))).or_default();
        match outcome(data, &calendar, &metrics, p, today) {
            Outcome::Kept => e.0 += 1,
            Outcome::Broken => e.1 += 1,
            _ => {}
        }
    }
    tally
        .into_iter()
        .filter(|(_, (kept, broken))| {
            let decided = kept + broken;
            decided >= PROMISES_MIN && kept * 100 >= u32::from(percent) * decided
        })
        .map(|((m, month), (kept, broken))| Badge {
            manager: m,
            rule,
            earned: month_end(month),
            value: i64::from(kept) * 10_000 / i64::from(kept + broken),
        })
        .collect()
}
