//! The demo department's pay (M1): two role schemes (sellers: salary and retroactive tiers on payments with a gate,
//! a cap and a team pool, in a second version from last month that adds a share of salary by completion band;
//! seniors: salary, marginal tiers by amount on the quarter's running total and a KPI matrix), the team lead's own
//! scheme, a new hire on a recoverable draw, a bonus reduction, a refund, the three months before this one closed,
//! and a fact corrected after closing (an adjustment in this month).

use super::demo_id;
use crate::domain::core::calendar::month_start;
use crate::domain::core::clock::Clock;
use crate::domain::core::dataset::{Dataset, Edit};
use crate::domain::core::date::{add_days, add_months};
use crate::domain::core::record::RecordId;
use crate::domain::motivation::band::{Band, SalaryShare};
use crate::domain::motivation::commission::{Commission, Period, Tier, TierBasis, TierMode};
use crate::domain::motivation::component::{Component, SickLeave};
use crate::domain::motivation::kpi::{KpiItem, KpiMatrix};
use crate::domain::motivation::payroll::close_month;
use crate::domain::motivation::rate::Bp;
use crate::domain::motivation::reduction::BonusReduction;
use crate::domain::motivation::refund::Refund;
use crate::domain::motivation::scheme::{Applies, PayScheme};
use crate::domain::planning::fact::DayFacts;
use crate::domain::planning::metric::Builtin;
use crate::domain::team::Role;
use chrono::NaiveDate;

fn rub(r: i64) -> i64 {
    r * 100
}

fn salary(amount: i64, sick_leave: SickLeave) -> Component {
    Component::Salary {
        amount: rub(amount),
        worked_time: true,
        sick_leave,
    }
}

/// 3 % up to plan, 5 % from 100 %, 7 % from 120 % of the payments plan.
fn tiers(mode: TierMode, gate: Option<i64>, cap: Option<i64>) -> Component {
    Component::Commission(Commission {
        metric: Builtin::Payments.id(),
        basis: TierBasis::Completion,
        mode,
        tiers: vec![
            Tier {
                from: 0,
                rate_bp: Bp(300),
            },
            Tier {
                from: 10_000,
                rate_bp: Bp(500),
            },
            Tier {
                from: 12_000,
                rate_bp: Bp(700),
            },
        ],
        gate,
        accelerator: None,
        cap: cap.map(rub),
        period: Period::Month,
    })
}

/// Marginal tiers by amount on the quarter's running total of payments: 3 % up to 3 000 000 ₽, 5 % from there,
/// 7 % from 6 000 000 ₽.
fn quarterly() -> Component {
    Component::Commission(Commission {
        metric: Builtin::Payments.id(),
        basis: TierBasis::Amount,
        mode: TierMode::Marginal,
        tiers: vec![
            Tier {
                from: 0,
                rate_bp: Bp(300),
            },
            Tier {
                from: rub(3_000_000),
                rate_bp: Bp(500),
            },
            Tier {
                from: rub(6_000_000),
                rate_bp: Bp(700),
            },
        ],
        gate: None,
        accelerator: None,
        cap: None,
        period: Period::Quarter,
    })
}

/// 10 % of salary from 80 % of the payments plan up to 100 % (not included), 15 % from 100 %.
fn salary_share() -> Component {
    Component::SalaryShare(SalaryShare {
        metric: Builtin::Payments.id(),
        bands: vec![
            Band {
                from_bp: Bp(8_000),
                from_included: true,
                to_bp: Some(Bp(10_000)),
                to_included: false,
                share_bp: Bp(1_000),
            },
            Band {
                from_bp: Bp(10_000),
                from_included: true,
                to_bp: None,
                to_included: false,
                share_bp: Bp(1_500),
            },
        ],
    })
}

fn sellers(from: NaiveDate, cap: i64, share: bool) -> PayScheme {
    let mut components = vec![
        salary(40_000, SickLeave::NotWorked),
        tiers(TierMode::Retroactive, Some(7_000), Some(cap)),
        Component::TeamPool {
            metric: Builtin::Payments.id(),
            pool: rub(100_000),
        },
    ];
    if share {
        components.push(salary_share());
    }
    PayScheme {
        name: "Продавцы".into(),
        applies: Applies::Role { role: Role::Seller },
        from,
        components,
    }
}

fn kpi(metric: Builtin, weight_bp: Bp) -> KpiItem {
    KpiItem {
        metric: metric.id(),
        weight_bp,
        zero_bp: Bp(8_000),
        max_bp: Bp(12_000),
        lower_is_better: false,
    }
}

/// The schemes, records and closed months, as edits made against `data` (the department with its facts).
pub fn pay(data: &Dataset, today: NaiveDate) -> Vec<Edit> {
    let this_month = month_start(today);
    let first = add_months(this_month, -3);
    let person = |n: u128| demo_id(n);
    let mut edits = vec![
        Edit::put(demo_id(0x2001), sellers(first, 250_000, false)),
        // The second version: a higher cap and a share of salary from last month on (the months before keep the
        // first).
        Edit::put(
            demo_id(0x2002),
            sellers(add_months(this_month, -1), 300_000, true),
        ),
        Edit::put(
            demo_id(0x2003),
            PayScheme {
                name: "Старшие продавцы".into(),
                applies: Applies::Role {
                    role: Role::SeniorSeller,
                },
                from: first,
                components: vec![
                    salary(55_000, SickLeave::Worked),
                    quarterly(),
                    Component::Kpi(KpiMatrix {
                        target_bonus: rub(20_000),
                        items: vec![
                            kpi(Builtin::Calls, Bp(3_000)),
                            kpi(Builtin::Deals, Bp(4_000)),
                            kpi(Builtin::TasksDone, Bp(3_000)),
                        ],
                        worked_time: true,
                    }),
                ],
            },
        ),
        Edit::put(
            demo_id(0x2004),
            PayScheme {
                name: "Руководитель группы".into(),
                applies: Applies::Person { manager: person(1) },
                from: first,
                components: vec![
                    salary(80_000, SickLeave::Worked),
                    Component::Commission(Commission {
                        metric: Builtin::Payments.id(),
                        basis: TierBasis::Completion,
                        mode: TierMode::Retroactive,
                        tiers: vec![Tier {
                            from: 0,
                            rate_bp: Bp(400),
                        }],
                        gate: Some(8_000),
                        accelerator: Some(crate::domain::motivation::commission::Accelerator {
                            from: 10_000,
                            factor_bp: Bp(12_500),
                        }),
                        cap: None,
                        period: Period::Month,
                    }),
                ],
            },
        ),
        Edit::put(
            demo_id(0x2005),
            PayScheme {
                name: "Стажёр с гарантией".into(),
                applies: Applies::Person { manager: person(8) },
                from: first,
                components: vec![
                    salary(30_000, SickLeave::NotWorked),
                    tiers(TierMode::Retroactive, None, None),
                    Component::Draw {
                        minimum: rub(60_000),
                        months: 3,
                        recoverable: true,
                        recover_bp: Bp(5_000),
                    },
                ],
            },
        ),
        Edit::put(
            demo_id(0x2007),
            BonusReduction {
                manager: person(6),
                month: add_months(this_month, -1),
                percent_bp: Bp(2_500),
                reason: "П. 4.2 положения о премировании: 14 сделок в CRM без следующего шага"
                    .into(),
                violation: None,
            },
        ),
        Edit::put(
            demo_id(0x2006),
            Refund {
                manager: person(4),
                date: add_days(this_month, 9).min(today),
                amount: rub(180_000),
                payment_month: add_months(this_month, -1),
                note: "Возврат по расторгнутому договору ООО «Гранит»".into(),
            },
        ),
    ];
    // Close the three months before this one, each on the second day of the next, against the data as it was.
    let mut data = data.clone();
    let mut clock = Clock::default();
    let mut apply = |data: &mut Dataset, edits: &[Edit]| {
        for e in edits {
            if let Ok(changes) = data.stamp(e.clone(), &mut clock, 0, RecordId::nil()) {
                data.apply_all(changes);
            }
        }
    };
    apply(&mut data, &edits);
    for back in (1..=3).rev() {
        let month = add_months(this_month, -back);
        let closing = close_month(&data, month, add_days(add_months(month, 1), 1))
            .expect("the demo's months close in order");
        apply(&mut data, &closing);
        edits.extend(closing);
    }
    // After closing, a payment of last month entered late: November's payroll carries the adjustment.
    let late = data
        .live_records::<DayFacts>()
        .filter(|r| r.data.manager == person(5) && r.data.date < this_month)
        .max_by_key(|r| r.data.date)
        .map(|r| r.data.clone());
    if let Some(mut fact) = late {
        *fact.values.entry(Builtin::Payments.id()).or_insert(0) += rub(120_000);
        edits.push(Edit::derived(fact));
    }
    edits
}
