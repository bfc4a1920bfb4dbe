//! M1 the pay engine against values worked out by hand (each row's comment shows the arithmetic), and its
//! properties: pay is never negative, more fact never pays less without a decelerator or cap, marginal tiers never
//! pay more than retroactive ones with the same (rising) rates, and a pool's shares add up to the pool.

use chrono::NaiveDate;
use proptest::prelude::*;
use rop::domain::core::bp::Bp;
use rop::domain::motivation::commission::{
    Accelerator, Commission, Outcome, Period, Tier, TierBasis, TierMode, Unlock,
};
use rop::domain::motivation::component::{Component, SickLeave};
use rop::domain::motivation::kpi::{KpiItem, KpiMatrix};
use rop::domain::motivation::pay::{
    earned, payments_rate, settle, total, Carry, Days, DrawTerms, Explain, Numbers, Settlement,
};
use rop::domain::motivation::pool::{shares, Member};
use rop::domain::planning::metric::Builtin;
use rop::domain::RecordId;
use std::collections::BTreeMap;

/// Roubles to kopecks.
fn rub(r: i64) -> i64 {
    r * 100
}

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn payments() -> RecordId {
    Builtin::Payments.id()
}

/// A person's month: plans and facts per metric; `period` answers every SPIF period; `before` the running total
/// before the month and `plan_to_date` the plans since the period's start, per metric.
#[derive(Default)]
struct Month {
    plans: BTreeMap<RecordId, i64>,
    facts: BTreeMap<RecordId, i64>,
    period: i64,
    before: BTreeMap<RecordId, i64>,
    plan_to_date: BTreeMap<RecordId, i64>,
}

impl Month {
    fn with(metric: RecordId, plan: Option<i64>, fact: i64) -> Month {
        Month::default().and(metric, plan, fact)
    }
    fn and(mut self, metric: RecordId, plan: Option<i64>, fact: i64) -> Month {
        if let Some(p) = plan {
            self.plans.insert(metric, p);
        }
        self.facts.insert(metric, fact);
        self
    }
}

impl Numbers for Month {
    fn plan(&self, metric: RecordId) -> Option<i64> {
        self.plans.get(&metric).copied()
    }
    fn fact(&self, metric: RecordId) -> i64 {
        self.facts.get(&metric).copied().unwrap_or(0)
    }
    fn fact_between(&self, _: RecordId, _: NaiveDate, _: NaiveDate) -> i64 {
        self.period
    }
    fn fact_since(&self, metric: RecordId, _: NaiveDate) -> i64 {
        self.before.get(&metric).copied().unwrap_or(0)
    }
    fn plan_since(&self, metric: RecordId, _: NaiveDate) -> Option<i64> {
        self.plan(metric)?;
        self.plan_to_date
            .get(&metric)
            .copied()
            .or(self.plan(metric))
    }
}

/// Tiers 0 % → 3 %, 100 % → 5 %, 120 % → 7 % of payments, by completion.
fn tiers_by_completion(mode: TierMode) -> Commission {
    Commission {
        metric: payments(),
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
        gate: None,
        accelerator: None,
        cap: None,
        period: Period::Month,
    }
}

/// The sellers' commission: retroactive tiers with a gate at 70 % and a cap of 200 000 ₽.
fn sellers() -> Commission {
    Commission {
        gate: Some(7_000),
        cap: Some(rub(200_000)),
        ..tiers_by_completion(TierMode::Retroactive)
    }
}

const PLAN: i64 = 150_000_000; // 1 500 000 ₽

#[test]
fn commission_table() {
    // (case, commission, plan, fact, pay, next step as (more, pay then)), in roubles
    let cases: Vec<(&str, Commission, Option<i64>, i64, i64, Option<(i64, i64)>)> = vec![
        // 1 000 000 of 1 500 000 is 66,7 %, below the 70 % gate (1 050 000 ₽): nothing. The gate needs 50 000 ₽
        // more and then pays 1 050 000 × 3 % = 31 500 ₽.
        (
            "below the gate",
            sellers(),
            Some(1_500_000),
            1_000_000,
            0,
            Some((50_000, 31_500)),
        ),
        // 80 %: 1 200 000 × 3 % = 36 000. Next: 100 % = 1 500 000, 300 000 more, then × 5 % = 75 000.
        (
            "past the gate, first tier",
            sellers(),
            Some(1_500_000),
            1_200_000,
            36_000,
            Some((300_000, 75_000)),
        ),
        // 104,2 %: the whole 1 563 000 at 5 % = 78 150 (retroactive). Next: 120 % = 1 800 000, 237 000 more, then
        // 1 800 000 × 7 % = 126 000.
        (
            "retroactive re-rates the whole base",
            sellers(),
            Some(1_500_000),
            1_563_000,
            78_150,
            Some((237_000, 126_000)),
        ),
        // 200 %: 3 000 000 × 7 % = 210 000, capped at 200 000; no next step at the cap.
        ("cap", sellers(), Some(1_500_000), 3_000_000, 200_000, None),
        // Marginal, 104,2 %: 1 500 000 × 3 % = 45 000 + 63 000 × 5 % = 3 150 → 48 150. Next: 1 800 000, then
        // 45 000 + 300 000 × 5 % = 60 000.
        (
            "marginal on the same inputs",
            tiers_by_completion(TierMode::Marginal),
            Some(1_500_000),
            1_563_000,
            48_150,
            Some((237_000, 60_000)),
        ),
        // Marginal, 2 000 000: 45 000 + 300 000 × 5 % = 15 000 + 200 000 × 7 % = 14 000 → 74 000 (retroactive
        // would pay 140 000). Above the last tier: no next step.
        (
            "marginal through every tier",
            tiers_by_completion(TierMode::Marginal),
            Some(1_500_000),
            2_000_000,
            74_000,
            None,
        ),
        // Tiers by completion without a plan: nothing can be computed.
        ("no plan", sellers(), None, rub(1_000_000), 0, None),
        // By amount, marginal (0 → 2 %, 150 000 → 4 %, 250 000 → 6 %), base 300 000: 150 000 × 2 % = 3 000 +
        // 100 000 × 4 % = 4 000 + 50 000 × 6 % = 3 000 → 10 000. No plan needed.
        (
            "marginal by amount",
            by_amount(),
            None,
            300_000,
            10_000,
            None,
        ),
        // By amount, base 100 000: × 2 % = 2 000; next tier at 150 000, 50 000 more, then 3 000.
        (
            "by amount, next tier",
            by_amount(),
            None,
            100_000,
            2_000,
            Some((50_000, 3_000)),
        ),
        // 5 % with × 1,25 above 100 % of 1 000 000; fact 1 200 000: 60 000 + (200 000 × 5 % = 10 000) × 25 % =
        // 2 500 → 62 500.
        (
            "accelerator",
            accelerated(12_500),
            Some(1_000_000),
            1_200_000,
            62_500,
            None,
        ),
        // Fact 900 000: 45 000; the accelerator starts at 1 000 000, 100 000 more, where pay is 50 000.
        (
            "accelerator ahead",
            accelerated(12_500),
            Some(1_000_000),
            900_000,
            45_000,
            Some((100_000, 50_000)),
        ),
        // × 0,5 above 100 %; fact 1 200 000: 60 000 − 10 000 × 50 % = 55 000. A decelerator is no goal.
        (
            "decelerator",
            accelerated(5_000),
            Some(1_000_000),
            1_200_000,
            55_000,
            None,
        ),
    ];
    for (case, c, plan, fact, pay, next) in cases {
        let got = c.pay(rub(fact), plan.map(rub));
        assert_eq!(got.amount, rub(pay), "{case}");
        assert_eq!(
            got.next.map(|n| (n.more, n.pay_then)),
            next.map(|(more, then)| (rub(more), rub(then))),
            "{case}: next step"
        );
        // What the line shows adds up to what it pays.
        if let Outcome::Paid {
            slices,
            accelerated,
            capped_from,
            ..
        } = &got.outcome
        {
            let shown: i64 =
                slices.iter().map(|s| s.pay).sum::<i64>() + accelerated.map_or(0, |a| a.extra);
            assert_eq!(capped_from.unwrap_or(shown), shown, "{case}");
            assert_eq!(shown.min(c.cap.unwrap_or(i64::MAX)), got.amount, "{case}");
        }
    }
}

fn by_amount() -> Commission {
    Commission {
        metric: payments(),
        basis: TierBasis::Amount,
        mode: TierMode::Marginal,
        tiers: vec![
            Tier {
                from: 0,
                rate_bp: Bp(200),
            },
            Tier {
                from: rub(150_000),
                rate_bp: Bp(400),
            },
            Tier {
                from: rub(250_000),
                rate_bp: Bp(600),
            },
        ],
        gate: None,
        accelerator: None,
        cap: None,
        period: Period::Month,
    }
}

fn accelerated(factor_bp: i64) -> Commission {
    Commission {
        metric: payments(),
        basis: TierBasis::Completion,
        mode: TierMode::Retroactive,
        tiers: vec![Tier {
            from: 0,
            rate_bp: Bp(500),
        }],
        gate: None,
        accelerator: Some(Accelerator {
            from: 10_000,
            factor_bp: Bp(factor_bp),
        }),
        cap: None,
        period: Period::Month,
    }
}

#[test]
fn next_steps_say_what_they_unlock() {
    assert_eq!(
        sellers()
            .pay(rub(1_000_000), Some(PLAN))
            .next
            .unwrap()
            .unlocks,
        Unlock::Gate
    );
    // "ещё 237 000 ₽ оплат — и ставка 7 %".
    assert_eq!(
        sellers()
            .pay(rub(1_563_000), Some(PLAN))
            .next
            .unwrap()
            .unlocks,
        Unlock::Rate(Bp(700))
    );
    assert_eq!(
        accelerated(12_500)
            .pay(rub(900_000), Some(rub(1_000_000)))
            .next
            .unwrap()
            .unlocks,
        Unlock::Factor(Bp(12_500))
    );
    // October paid 78 150 on 1 563 000: 5 % exactly, the rate a refund of October's payments is clawed back at.
    let lines = earned(
        &[Component::Commission(sellers())],
        day("2026-10-01"),
        &Month::with(payments(), Some(PLAN), rub(1_563_000)),
        Days::default(),
    );
    assert_eq!(payments_rate(&lines), Some(Bp(500)));
}

fn calls() -> RecordId {
    Builtin::Calls.id()
}

fn deals() -> RecordId {
    Builtin::Deals.id()
}

fn kpi(items: Vec<KpiItem>, worked_time: bool) -> KpiMatrix {
    KpiMatrix {
        target_bonus: rub(30_000),
        items,
        worked_time,
    }
}

fn item(metric: RecordId, weight_bp: i64, zero_bp: i64, max_bp: i64) -> KpiItem {
    KpiItem {
        metric,
        weight_bp: Bp(weight_bp),
        zero_bp: Bp(zero_bp),
        max_bp: Bp(max_bp),
        lower_is_better: false,
    }
}

#[test]
fn kpi_matrix_table() {
    let two = || {
        vec![
            item(calls(), 4_000, 8_000, 12_000),
            item(deals(), 6_000, 7_000, 13_000),
        ]
    };
    let lost = RecordId::from_u128(0x1057);
    // (case, matrix, month, days, total score, bonus)
    let cases: Vec<(&str, KpiMatrix, Month, (u32, u32), i64, i64)> = vec![
        // Calls 1 042 / 1 000 = 104,2 % → 40 % × 104,2 % = 41,68 %; deals 13 / 20 = 65 %, below the 70 % zero
        // threshold → 0. Bonus 30 000 × 41,68 % = 12 504.
        (
            "between, and below the zero threshold",
            kpi(two(), false),
            Month::with(calls(), Some(1_000), 1_042).and(deals(), Some(20), 13),
            (21, 21),
            4_168,
            rub(12_504),
        ),
        // Calls 150 % stops at 120 % → 48 %; deals 150 % stops at 130 % → 78 %; 126 % → 37 800.
        (
            "above the ceiling",
            kpi(two(), false),
            Month::with(calls(), Some(1_000), 1_500).and(deals(), Some(20), 30),
            (21, 21),
            12_600,
            rub(37_800),
        ),
        // Lower is better: 8 lost deals against a plan of 10 → 200 % − 80 % = 120 % (ceiling 150 %) → 36 000.
        (
            "lower is better",
            kpi(
                vec![KpiItem {
                    lower_is_better: true,
                    ..item(lost, 10_000, 8_000, 15_000)
                }],
                false,
            ),
            Month::with(lost, Some(10), 8),
            (21, 21),
            12_000,
            rub(36_000),
        ),
        // 100 % on both, 19 of 21 days worked: 30 000 × 100 % × 19 / 21 = 27 142,857… → 27 142,86.
        (
            "worked-time coefficient",
            kpi(two(), true),
            Month::with(calls(), Some(1_000), 1_000).and(deals(), Some(20), 20),
            (19, 21),
            10_000,
            2_714_286,
        ),
        // No plan for calls: it scores 0; deals 100 % → 60 % → 18 000.
        (
            "a KPI without a plan scores nothing",
            kpi(two(), false),
            Month::with(calls(), None, 1_000).and(deals(), Some(20), 20),
            (21, 21),
            6_000,
            rub(18_000),
        ),
    ];
    for (case, matrix, month, days, score, bonus) in cases {
        let pay = matrix.pay(|m| (month.plan(m), month.fact(m)), days);
        assert_eq!(pay.total_score, Bp(score), "{case}");
        assert_eq!(pay.amount, bonus, "{case}");
    }
}

fn salary(amount: i64, sick_leave: SickLeave) -> Component {
    Component::Salary {
        amount,
        worked_time: true,
        sick_leave,
    }
}

#[test]
fn salary_spif_and_a_whole_payslip() {
    let november = day("2026-11-01");
    let days = Days {
        working: 21,
        worked: 16,
        sick: 3,
    };
    // 60 000 × 16 / 21 = 45 714,2857… → 45 714,29: sick days are not worked.
    let lines = earned(
        &[salary(rub(60_000), SickLeave::NotWorked)],
        november,
        &Month::default(),
        days,
    );
    assert_eq!(total(&lines), 4_571_429);
    // 60 000 × 19 / 21 = 54 285,714… → 54 285,71: sick days count as worked.
    let lines = earned(
        &[salary(rub(60_000), SickLeave::Worked)],
        november,
        &Month::default(),
        days,
    );
    assert_eq!(total(&lines), 5_428_571);

    // SPIF: 500 ₽ per deal above 10 in the week of 16–22 November; 14 deals → 4 × 500 = 2 000 in November, and
    // nothing in October.
    let spif = Component::PerUnit {
        metric: deals(),
        from: day("2026-11-16"),
        to: day("2026-11-22"),
        above: 10,
        per_unit: rub(500),
        step: 1,
    };
    let month = Month {
        period: 14,
        ..Month::default()
    };
    assert_eq!(
        total(&earned(std::slice::from_ref(&spif), november, &month, days)),
        rub(2_000)
    );
    assert!(earned(&[spif], day("2026-10-01"), &month, days).is_empty());

    // A seller's November: salary 40 000 for all 20 working days + sellers' commission at 104,2 % (78 150) + SPIF
    // 2 000 = 120 150.
    let scheme = [
        salary(rub(40_000), SickLeave::NotWorked),
        Component::Commission(sellers()),
        Component::PerUnit {
            metric: deals(),
            from: day("2026-11-16"),
            to: day("2026-11-22"),
            above: 10,
            per_unit: rub(500),
            step: 1,
        },
    ];
    let month = Month {
        period: 14,
        ..Month::with(payments(), Some(PLAN), rub(1_563_000))
    };
    let full = Days {
        working: 20,
        worked: 20,
        sick: 0,
    };
    let lines = earned(&scheme, november, &month, full);
    assert_eq!(lines.len(), 3);
    assert_eq!(total(&lines), rub(120_150));
}

/// A month with a fixed part and a variable part already earned.
fn month_of(fixed: i64, variable: i64) -> Vec<rop::domain::motivation::pay::Line> {
    let scheme = [
        Component::Salary {
            amount: fixed,
            worked_time: false,
            sick_leave: SickLeave::NotWorked,
        },
        Component::Commission(Commission {
            metric: payments(),
            basis: TierBasis::Amount,
            mode: TierMode::Retroactive,
            tiers: vec![Tier {
                from: 0,
                rate_bp: Bp(10_000),
            }],
            gate: None,
            accelerator: None,
            cap: None,
            period: Period::Month,
        }),
    ];
    // A 100 % commission makes the variable part exactly the fact.
    earned(
        &scheme,
        day("2026-11-01"),
        &Month::with(payments(), None, variable),
        Days::default(),
    )
}

#[test]
fn clawback_reduction_and_draw_table() {
    let october = day("2026-10-01");
    // (case, fixed, variable, settlement, pay, carried)
    let cases: Vec<(&str, i64, i64, Settlement, i64, Carry)> = vec![
        // A 200 000 ₽ refund of October's payments, commissioned at 5 %: −10 000 from 48 150 of commission.
        // 40 000 + 48 150 − 10 000 = 78 150.
        (
            "clawback",
            rub(40_000),
            rub(48_150),
            Settlement {
                refunds: vec![(rub(200_000), october, Bp(500))],
                ..Settlement::default()
            },
            rub(78_150),
            Carry::default(),
        ),
        // The same refund against 6 000 of commission: −6 000 now, 4 000 carried; pay stays at the fixed 40 000.
        (
            "clawback larger than the month's bonus",
            rub(40_000),
            rub(6_000),
            Settlement {
                refunds: vec![(rub(200_000), october, Bp(500))],
                ..Settlement::default()
            },
            rub(40_000),
            Carry {
                draw: 0,
                clawback: rub(4_000),
            },
        ),
        // The 4 000 carried is taken the next month from 48 150: 40 000 + 44 150 = 84 150.
        (
            "clawback carried",
            rub(40_000),
            rub(48_150),
            Settlement {
                carry: Carry {
                    draw: 0,
                    clawback: rub(4_000),
                },
                ..Settlement::default()
            },
            rub(84_150),
            Carry::default(),
        ),
        // A 75 % reduction of 48 150: −36 112,50 → 40 000 + 12 037,50 = 52 037,50.
        (
            "bonus reduction",
            rub(40_000),
            rub(48_150),
            Settlement {
                reductions: vec![(Bp(7_500), "нарушение регламента CRM".into())],
                ..Settlement::default()
            },
            5_203_750,
            Carry::default(),
        ),
        // A 100 % reduction with no bonus, after a clawback took more than the bonus: pay stays at the fixed part.
        (
            "reduction floored at the fixed part",
            rub(40_000),
            rub(6_000),
            Settlement {
                refunds: vec![(rub(200_000), october, Bp(500))],
                reductions: vec![(Bp(10_000), "опоздания".into())],
                ..Settlement::default()
            },
            rub(40_000),
            Carry {
                draw: 0,
                clawback: rub(4_000),
            },
        ),
    ];
    for (case, fixed, variable, settlement, pay, carried) in cases {
        let mut lines = month_of(fixed, variable);
        let carry = settle(&mut lines, &settlement);
        assert_eq!(total(&lines), pay, "{case}");
        assert_eq!(carry, carried, "{case}");
        assert!(total(&lines) >= fixed, "{case}: never below the fixed part");
    }
}

#[test]
fn a_draw_is_paid_for_two_months_and_recovered_over_three() {
    let draw = |within| DrawTerms {
        minimum: rub(50_000),
        recoverable: true,
        recover_bp: Bp(5_000),
        within,
    };
    // (earned variable over a 20 000 salary, within the guarantee, pay, balance after)
    let months = [
        // 20 000 + 10 000 = 30 000 → topped up by 20 000 to 50 000; owes 20 000.
        (rub(10_000), true, rub(50_000), rub(20_000)),
        // 20 000 + 15 000 = 35 000 → + 15 000; owes 35 000.
        (rub(15_000), true, rub(50_000), rub(35_000)),
        // After the guarantee: 50 % of 30 000 = 15 000 repaid → 20 000 + 30 000 − 15 000 = 35 000; owes 20 000.
        (rub(30_000), false, rub(35_000), rub(20_000)),
        // Again 15 000 → owes 5 000.
        (rub(30_000), false, rub(35_000), rub(5_000)),
        // The last 5 000 → 45 000; owes nothing.
        (rub(30_000), false, rub(45_000), 0),
        // Nothing more to repay.
        (rub(30_000), false, rub(50_000), 0),
    ];
    let mut carry = Carry::default();
    for (i, (variable, within, pay, owed)) in months.into_iter().enumerate() {
        let mut lines = month_of(rub(20_000), variable);
        carry = settle(
            &mut lines,
            &Settlement {
                draw: Some(draw(within)),
                carry,
                ..Settlement::default()
            },
        );
        assert_eq!(total(&lines), pay, "month {}", i + 1);
        assert_eq!(carry.draw, owed, "month {}", i + 1);
    }
    // A non-recoverable draw tops up and is never repaid.
    let mut lines = month_of(rub(20_000), rub(10_000));
    let carry = settle(
        &mut lines,
        &Settlement {
            draw: Some(DrawTerms {
                recoverable: false,
                ..draw(true)
            }),
            ..Settlement::default()
        },
    );
    assert_eq!((total(&lines), carry.draw), (rub(50_000), 0));
    assert!(matches!(
        lines.last().unwrap().explain,
        Explain::DrawTopUp { .. }
    ));
}

#[test]
fn team_pool_table() {
    let m = |plan: i64, fact: i64| Member {
        plan: Some(rub(plan)),
        fact: rub(fact),
    };
    let team = [
        m(1_000_000, 1_200_000),
        m(1_000_000, 1_100_000),
        // Did not meet their own plan: no share.
        m(1_000_000, 800_000),
    ];
    // 100 000 × 1 200 000 / 2 300 000 = 52 173,913… and × 1 100 000 / 2 300 000 = 47 826,086…: rounded down to
    // 52 173,91 and 47 826,08, the last kopeck to the larger remainder (0,69 > 0,30) → 47 826,09.
    assert_eq!(
        shares(rub(100_000), true, &team),
        vec![5_217_391, 4_782_609, 0]
    );
    // The department missed its plan: nobody gets a share.
    assert_eq!(shares(rub(100_000), false, &team), vec![0, 0, 0]);
}

fn rising_tiers() -> impl Strategy<Value = Vec<Tier>> {
    // Starts 0 < s1 < s2 …, rates non-decreasing.
    prop::collection::vec((1i64..5_000, 0i64..300), 0..4).prop_map(|steps| {
        let mut tiers = vec![Tier {
            from: 0,
            rate_bp: Bp(100),
        }];
        for (gap, rise) in steps {
            let last = *tiers.last().unwrap();
            tiers.push(Tier {
                from: last.from + gap,
                rate_bp: last.rate_bp + Bp(rise),
            });
        }
        tiers
    })
}

fn commission(
    tiers: Vec<Tier>,
    mode: TierMode,
    gate: Option<i64>,
    accelerator: Option<i64>,
) -> Commission {
    Commission {
        metric: payments(),
        basis: TierBasis::Completion,
        mode,
        tiers,
        gate,
        accelerator: accelerator.map(|f| Accelerator {
            from: 10_000,
            factor_bp: Bp(f),
        }),
        cap: None,
        period: Period::Month,
    }
}

proptest! {
    #[test]
    fn more_fact_never_pays_less_without_a_decelerator_or_cap(
        tiers in rising_tiers(),
        marginal in any::<bool>(),
        gate in prop::option::of(0i64..12_000),
        factor in prop::option::of(10_000i64..30_000),
        plan in 1i64..1_000_000_000,
        a in 0i64..3_000_000_000,
        more in 0i64..1_000_000_000,
    ) {
        let mode = if marginal { TierMode::Marginal } else { TierMode::Retroactive };
        let c = commission(tiers, mode, gate, factor);
        prop_assert!(c.pay(a + more, Some(plan)).amount >= c.pay(a, Some(plan)).amount);
    }

    #[test]
    fn marginal_never_pays_more_than_retroactive(
        tiers in rising_tiers(),
        plan in 1i64..1_000_000_000,
        fact in 0i64..3_000_000_000,
    ) {
        let marginal = commission(tiers.clone(), TierMode::Marginal, None, None).pay(fact, Some(plan));
        let retroactive = commission(tiers, TierMode::Retroactive, None, None).pay(fact, Some(plan));
        // Each is rounded once from its exact value, and rounding keeps the order.
        prop_assert!(marginal.amount <= retroactive.amount);
    }

    #[test]
    fn pay_is_never_negative_nor_below_the_fixed_part(
        tiers in rising_tiers(),
        factor in prop::option::of(0i64..30_000),
        cap in prop::option::of(0i64..100_000_000),
        fixed in 0i64..20_000_000,
        fact in 0i64..3_000_000_000,
        refunds in prop::collection::vec(0i64..1_000_000_000, 0..3),
        reductions in prop::collection::vec(0i64..10_000, 0..3),
        carried in 0i64..50_000_000,
        corrections in prop::collection::vec((0i64..50_000_000, 0i64..50_000_000), 0..3),
        minimum in prop::option::of(0i64..50_000_000),
        within in any::<bool>(),
    ) {
        let c = Commission { cap, ..commission(tiers, TierMode::Retroactive, None, factor) };
        let scheme = [
            Component::Salary { amount: fixed, worked_time: false, sick_leave: SickLeave::NotWorked },
            Component::Commission(c),
        ];
        let mut lines = earned(&scheme, day("2026-11-01"), &Month::with(payments(), Some(PLAN), fact), Days::default());
        let carry = settle(&mut lines, &Settlement {
            refunds: refunds.into_iter().map(|r| (r, day("2026-10-01"), Bp(500))).collect(),
            reductions: reductions.into_iter().map(|p| (Bp(p), "причина".to_string())).collect(),
            draw: minimum.map(|minimum| DrawTerms { minimum, recoverable: true, recover_bp: Bp(5_000), within }),
            carry: Carry { draw: carried, clawback: carried },
            adjustments: corrections.into_iter().map(|(paid, now)| (day("2026-09-01"), paid, now)).collect(),
        });
        prop_assert!(total(&lines) >= fixed);
        prop_assert!(carry.draw >= 0 && carry.clawback >= 0);
    }

    #[test]
    fn pool_shares_add_up_to_the_pool(
        pool in 0i64..1_000_000_000,
        people in prop::collection::vec((1i64..1_000_000, 0i64..2_000_000), 1..20),
    ) {
        let members: Vec<Member> = people.iter().map(|(p, f)| Member { plan: Some(*p), fact: *f }).collect();
        let got = shares(pool, true, &members);
        let anyone = members.iter().any(|m| m.met() && m.fact > 0);
        prop_assert_eq!(got.iter().sum::<i64>(), if anyone { pool } else { 0 });
        for (m, s) in members.iter().zip(&got) {
            prop_assert!(*s >= 0);
            if !m.met() { prop_assert_eq!(*s, 0); }
        }
    }
}

#[test]
fn scheme_rules_table() {
    use rop::domain::core::rules::Rule;
    use rop::domain::motivation::scheme::{Applies, PayScheme};
    use rop::domain::team::Role;
    let scheme = |components: Vec<Component>| PayScheme {
        name: "Продавцы".into(),
        applies: Applies::Role { role: Role::Seller },
        from: day("2026-11-01"),
        components,
    };
    let problems = |s: PayScheme| -> Vec<(String, Rule)> {
        s.problems()
            .into_iter()
            .map(|p| (p.field.into_owned(), p.rule))
            .collect()
    };
    let salary = || salary(rub(40_000), SickLeave::NotWorked);
    let overlapping = Commission {
        tiers: vec![
            Tier {
                from: 0,
                rate_bp: Bp(300),
            },
            Tier {
                from: 12_000,
                rate_bp: Bp(500),
            },
            Tier {
                from: 10_000,
                rate_bp: Bp(700),
            },
        ],
        ..sellers()
    };
    // By amount, marginal: the gate at 150 000 pays 150 000 × 2 % = 3 000 (the 4 % slice is still empty); a cap of
    // 2 000 would pay the cap or nothing.
    let cap_below_gate = Commission {
        gate: Some(rub(150_000)),
        cap: Some(rub(2_000)),
        ..by_amount()
    };
    let weights = KpiMatrix {
        target_bonus: rub(20_000),
        items: vec![
            item(calls(), 4_000, 8_000, 12_000),
            item(deals(), 5_000, 8_000, 12_000),
        ],
        worked_time: false,
    };
    let cases: Vec<(&str, PayScheme, Vec<(&str, Rule)>)> = vec![
        (
            "a valid scheme",
            scheme(vec![salary(), Component::Commission(sellers())]),
            vec![],
        ),
        (
            "no component",
            scheme(vec![]),
            vec![("components", Rule::Required)],
        ),
        (
            "overlapping tiers",
            scheme(vec![Component::Commission(overlapping)]),
            vec![("components[0].tiers", Rule::NotAscending)],
        ),
        (
            "a cap below the gate's pay",
            scheme(vec![Component::Commission(cap_below_gate)]),
            vec![(
                "components[0].cap",
                Rule::CapBelowGate {
                    gate_pay: rub(3_000),
                },
            )],
        ),
        (
            "weights adding up to 90 %",
            scheme(vec![Component::Kpi(weights)]),
            vec![("components[0].items", Rule::WeightsSum { sum: 9_000 })],
        ),
        (
            "two salaries",
            scheme(vec![salary(), salary()]),
            vec![("components[1].kind", Rule::Duplicate)],
        ),
        (
            "bands meeting at 100 %, one including it",
            scheme(vec![salary(), Component::SalaryShare(bands(true))]),
            vec![],
        ),
        (
            "bands that both include 100 %",
            scheme(vec![
                salary(),
                Component::SalaryShare({
                    let mut b = bands(true);
                    b.bands[0].to_included = true;
                    b
                }),
            ]),
            vec![("components[1].bands[1]", Rule::Overlap)],
        ),
        (
            "bands out of order",
            scheme(vec![
                salary(),
                Component::SalaryShare({
                    let mut b = bands(true);
                    b.bands.reverse();
                    b
                }),
            ]),
            vec![("components[1].bands[1]", Rule::Overlap)],
        ),
        (
            "a band that ends where it starts",
            scheme(vec![
                salary(),
                Component::SalaryShare({
                    let mut b = bands(true);
                    b.bands[0].to_bp = Some(Bp(8_000));
                    b
                }),
            ]),
            vec![(
                "components[1].bands[0].to_bp",
                Rule::Range {
                    min: 8_001,
                    max: 100_000,
                },
            )],
        ),
        (
            "a share of salary without a salary",
            scheme(vec![Component::SalaryShare(bands(true))]),
            vec![("components[0].kind", Rule::NoSalary)],
        ),
        (
            "a rate above 100 %",
            scheme(vec![Component::Commission(Commission {
                tiers: vec![Tier {
                    from: 0,
                    rate_bp: Bp(12_000),
                }],
                ..sellers()
            })]),
            vec![(
                "components[0].tiers[0].rate_bp",
                Rule::Range {
                    min: 0,
                    max: 10_000,
                },
            )],
        ),
    ];
    for (case, s, expected) in cases {
        let expected: Vec<(String, Rule)> = expected
            .into_iter()
            .map(|(f, r)| (f.to_string(), r))
            .collect();
        assert_eq!(problems(s), expected, "{case}");
    }
}

/// Regression (issue 23, defect 4): marginal tiers with a decelerator paid −1 kopeck when each slice and the extra
/// were rounded apart. Tiers by amount 0 → 40 %, 0,01 ₽ → 40 %, × 0,5 from 0: base 0,02 ₽ earns 0,4 + 0,4 = 0,8
/// kopeck, the decelerator takes 0,4: exactly 0,4 kopeck, paid 0 (it was 0 + 0 − 1 = −1).
#[test]
fn marginal_tiers_with_a_decelerator_never_pay_minus_a_kopeck() {
    let c = Commission {
        metric: payments(),
        basis: TierBasis::Amount,
        mode: TierMode::Marginal,
        tiers: vec![
            Tier {
                from: 0,
                rate_bp: Bp(4_000),
            },
            Tier {
                from: 1,
                rate_bp: Bp(4_000),
            },
        ],
        gate: None,
        accelerator: Some(Accelerator {
            from: 0,
            factor_bp: Bp(5_000),
        }),
        cap: None,
        period: Period::Month,
    };
    let pay = c.pay(2, None);
    assert_eq!(pay.amount, 0);
    let Outcome::Paid {
        slices,
        accelerated,
        ..
    } = &pay.outcome
    else {
        panic!("paid");
    };
    // What the line shows adds up to what it pays.
    assert_eq!(
        slices.iter().map(|s| s.pay).sum::<i64>() + accelerated.unwrap().extra,
        0
    );
}

/// Regression (issue 23, defect 4): a component is rounded once. Marginal by amount 0 → 3 %, 100,00 ₽ → 5 %: base
/// 150,15 ₽ earns 100 × 3 % = 3,00 + 50,15 × 5 % = 2,5075: exactly 5,5075 → 5,51 ₽ (slices 3,00 and 2,51).
#[test]
fn a_component_is_rounded_once_and_its_slices_add_up() {
    let c = Commission {
        metric: payments(),
        basis: TierBasis::Amount,
        mode: TierMode::Marginal,
        tiers: vec![
            Tier {
                from: 0,
                rate_bp: Bp(300),
            },
            Tier {
                from: 10_000,
                rate_bp: Bp(500),
            },
        ],
        gate: None,
        accelerator: None,
        cap: None,
        period: Period::Month,
    };
    let pay = c.pay(15_015, None);
    assert_eq!(pay.amount, 551);
    let Outcome::Paid { slices, .. } = &pay.outcome else {
        panic!("paid");
    };
    assert_eq!(
        slices.iter().map(|s| s.pay).collect::<Vec<_>>(),
        vec![300, 251]
    );
}

/// Tiers 3 % up to 3 000 000 ₽, 5 % from there, 7 % from 6 000 000 ₽, on the quarter's running total.
fn quarterly(mode: TierMode) -> Commission {
    Commission {
        metric: payments(),
        basis: TierBasis::Amount,
        mode,
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
    }
}

/// Issue 23, item 6: tiers on a running total. Each month pays C(after) − C(before); the months add up to the
/// scheme applied to the quarter's total.
#[test]
fn running_total_table() {
    // (case, commission, plan to date, months' facts, each month's pay, the next step of the last month)
    let cases: Vec<(
        &str,
        Commission,
        Option<i64>,
        Vec<i64>,
        Vec<i64>,
        Option<(i64, i64)>,
    )> = vec![
        // Marginal: M1 2 000 000 × 3 % = 60 000. M2: C(4 000 000) = 90 000 + 1 000 000 × 5 % = 140 000, less 60 000
        // = 80 000. M3: C(6 500 000) = 90 000 + 150 000 + 500 000 × 7 % = 275 000, less 140 000 = 135 000.
        (
            "marginal by amount",
            quarterly(TierMode::Marginal),
            None,
            vec![2_000_000, 2_000_000, 2_500_000],
            vec![60_000, 80_000, 135_000],
            None,
        ),
        // Retroactive: 2 000 000 × 3 % = 60 000; 4 000 000 × 5 % = 200 000 − 60 000 = 140 000 (M1's part re-rated
        // in M2); 6 500 000 × 7 % = 455 000 − 200 000 = 255 000.
        (
            "retroactive by amount",
            quarterly(TierMode::Retroactive),
            None,
            vec![2_000_000, 2_000_000, 2_500_000],
            vec![60_000, 140_000, 255_000],
            None,
        ),
        // M2 of the marginal one stops at 4 000 000: the next tier at 6 000 000 is 2 000 000 away, where the month
        // would pay C(6 000 000) − C(2 000 000) = 240 000 − 60 000 = 180 000.
        (
            "the next step on the running total",
            quarterly(TierMode::Marginal),
            None,
            vec![2_000_000, 2_000_000],
            vec![60_000, 80_000],
            Some((2_000_000, 180_000)),
        ),
    ];
    for (case, c, plan, facts, pays, next) in cases {
        let mut before = 0;
        let mut last = None;
        for (i, (fact, pay)) in facts.iter().zip(&pays).enumerate() {
            let got = c.pay_running(day("2026-10-01"), rub(before), rub(before + fact), plan);
            assert_eq!(got.amount, rub(*pay), "{case}: month {}", i + 1);
            assert_eq!(got.month_base(), rub(*fact), "{case}");
            let r = got.running.unwrap();
            assert_eq!(r.earned_after - r.earned_before, got.amount, "{case}");
            before += fact;
            last = got.next.map(|n| (n.more, n.pay_then));
        }
        assert_eq!(
            last,
            next.map(|(m, p)| (rub(m), rub(p))),
            "{case}: next step"
        );
        let whole = c.pay(rub(before), plan).amount;
        assert_eq!(rub(pays.iter().sum::<i64>()), whole, "{case}: the quarter");
    }
}

/// The running total through `earned`: the period's start, the total before, the plan to date. By completion, 3 %
/// below 100 %, 5 % from 100 % of the plan to date, retroactive; plan 2 000 000 a month. M1: 1 800 000 of 2 000 000
/// (90 %) → 54 000. M2: 2 400 000 more, 4 200 000 of 4 000 000 (105 %) → 4 200 000 × 5 % = 210 000, less C(1 800 000)
/// against the same plan to date (45 %: 3 %) = 54 000 → 156 000.
#[test]
fn a_running_total_by_completion_uses_the_plan_to_date() {
    let c = Commission {
        period: Period::Quarter,
        ..tiers_by_completion(TierMode::Retroactive)
    };
    let m1 = Month::with(payments(), Some(rub(2_000_000)), rub(1_800_000));
    let lines = earned(
        &[Component::Commission(c.clone())],
        day("2026-10-01"),
        &m1,
        Days::default(),
    );
    assert_eq!(total(&lines), rub(54_000));
    let mut m2 = Month::with(payments(), Some(rub(2_000_000)), rub(2_400_000));
    m2.before.insert(payments(), rub(1_800_000));
    m2.plan_to_date.insert(payments(), rub(4_000_000));
    let lines = earned(
        &[Component::Commission(c)],
        day("2026-11-01"),
        &m2,
        Days::default(),
    );
    assert_eq!(total(&lines), rub(156_000));
    let Explain::Commission(pay) = &lines[0].explain else {
        panic!("commission");
    };
    let r = pay.running.unwrap();
    assert_eq!(
        (r.start, r.before, r.earned_before, r.earned_after),
        (day("2026-10-01"), rub(1_800_000), rub(54_000), rub(210_000))
    );
    // The clawback rate of M2 is its own pay over its own payments: 156 000 / 2 400 000 = 6,5 %.
    assert_eq!(payments_rate(&lines), Some(Bp(650)));
}

#[test]
fn periods_start_where_the_calendar_says() {
    for (period, month, start) in [
        (Period::Month, "2026-11-01", "2026-11-01"),
        (Period::Quarter, "2026-11-01", "2026-10-01"),
        (Period::Quarter, "2026-03-01", "2026-01-01"),
        (Period::Quarter, "2026-04-01", "2026-04-01"),
        (Period::Year, "2026-11-01", "2026-01-01"),
    ] {
        assert_eq!(period.start(day(month)), day(start), "{period:?} {month}");
    }
}

fn bands(lower_included: bool) -> rop::domain::motivation::band::SalaryShare {
    use rop::domain::motivation::band::{Band, SalaryShare};
    SalaryShare {
        metric: payments(),
        bands: vec![
            Band {
                from_bp: Bp(8_000),
                from_included: lower_included,
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
    }
}

/// Issue 23, item 7: "10 % of salary at 80–100 %, 15 % from 100 %", each bound exact and inclusive or not as stated.
#[test]
fn salary_share_by_completion_band_table() {
    // (case, lower bound included, plan, fact, salary paid, bonus), kopecks
    let cases: Vec<(&str, bool, Option<i64>, i64, i64, i64)> = vec![
        // 799 999,99 of 1 000 000: below 80 %.
        (
            "just below 80 %",
            true,
            Some(rub(1_000_000)),
            rub(800_000) - 1,
            rub(40_000),
            0,
        ),
        // Exactly 80 %, included: 40 000 × 10 % = 4 000.
        (
            "80 % included",
            true,
            Some(rub(1_000_000)),
            rub(800_000),
            rub(40_000),
            rub(4_000),
        ),
        // Exactly 80 %, not included: nothing.
        (
            "80 % not included",
            false,
            Some(rub(1_000_000)),
            rub(800_000),
            rub(40_000),
            0,
        ),
        // 99,999999 %: still the first band.
        (
            "just below 100 %",
            true,
            Some(rub(1_000_000)),
            rub(1_000_000) - 1,
            rub(40_000),
            rub(4_000),
        ),
        // Exactly 100 %: the second band, 15 % = 6 000.
        (
            "100 %",
            true,
            Some(rub(1_000_000)),
            rub(1_000_000),
            rub(40_000),
            rub(6_000),
        ),
        // 250 %: no upper bound.
        (
            "far above",
            true,
            Some(rub(1_000_000)),
            rub(2_500_000),
            rub(40_000),
            rub(6_000),
        ),
        // Salary for 15 of 20 days, 30 000 × 10 % = 3 000.
        (
            "salary as paid",
            true,
            Some(rub(1_000_000)),
            rub(900_000),
            rub(30_000),
            rub(3_000),
        ),
        // No plan: no band.
        ("no plan", true, None, rub(900_000), rub(40_000), 0),
        // 2 of 3 kopecks is 66,666…%, not 66,67 %: exact, not the rounded percent.
        ("exact", true, Some(3), 2, rub(40_000), 0),
    ];
    for (case, included, plan, fact, salary, bonus) in cases {
        let mut b = bands(included);
        if case == "exact" {
            b.bands[0].from_bp = Bp(6_667);
        }
        assert_eq!(b.pay(fact, plan, salary).0, bonus, "{case}");
    }
    // Through `earned`: the bonus is a share of the salary line as paid (45 714,29 for 16 of 21 days).
    let lines = earned(
        &[
            salary(rub(60_000), SickLeave::NotWorked),
            Component::SalaryShare(bands(true)),
        ],
        day("2026-11-01"),
        &Month::with(payments(), Some(rub(1_000_000)), rub(1_000_000)),
        Days {
            working: 21,
            worked: 16,
            sick: 0,
        },
    );
    // 45 714,29 × 15 % = 6 857,1435 → 6 857,14.
    assert_eq!(lines[1].amount, 685_714);
}

/// Issue 23, defect 3: a per-unit bonus on money pays per stated step: 1 000 ₽ for every full 100 000 ₽ above
/// 1 000 000 ₽; 3 456 789,99 ₽ → 2 456 789,99 ₽ above → 24 full steps → 24 000 ₽ (it paid per kopeck before).
#[test]
fn a_per_unit_bonus_on_money_pays_per_stated_step() {
    let spif = Component::PerUnit {
        metric: payments(),
        from: day("2026-11-01"),
        to: day("2026-11-30"),
        above: rub(1_000_000),
        per_unit: rub(1_000),
        step: rub(100_000),
    };
    let month = Month {
        period: 345_678_999,
        ..Month::default()
    };
    let lines = earned(&[spif], day("2026-11-01"), &month, Days::default());
    assert_eq!(total(&lines), rub(24_000));
}

#[test]
fn a_per_unit_bonus_on_money_needs_a_step_of_whole_roubles() {
    use rop::domain::core::links::Related;
    use rop::domain::core::rules::Rule;
    use rop::domain::core::unit::Unit;
    use rop::domain::motivation::scheme::{Applies, PayScheme};
    use rop::domain::team::Role;
    let scheme = |metric: RecordId, step: i64| PayScheme {
        name: "SPIF".into(),
        applies: Applies::Role { role: Role::Seller },
        from: day("2026-11-01"),
        components: vec![Component::PerUnit {
            metric,
            from: day("2026-11-01"),
            to: day("2026-11-30"),
            above: 0,
            per_unit: rub(500),
            step,
        }],
    };
    let unit = |m: RecordId| Builtin::from_id(m).map(|b| b.unit());
    let rules = |s: PayScheme| -> Vec<Rule> {
        s.unit_problems(&unit).into_iter().map(|p| p.rule).collect()
    };
    assert_eq!(rules(scheme(payments(), 1)), vec![Rule::MoneyStep]);
    assert_eq!(rules(scheme(payments(), 150)), vec![Rule::MoneyStep]);
    assert_eq!(rules(scheme(payments(), rub(100_000))), vec![]);
    // Per deal is per unit.
    assert_eq!(rules(scheme(deals(), 1)), vec![]);
    assert_eq!(unit(deals()), Some(Unit::Count));
}

/// Issue 23, defect 2: two reductions in one month are both kept, each on its line with its reason; together they
/// take at most the variable pay. 48 150 of commission: 75 % = 36 112,50, then 50 % would be 24 075 but only
/// 12 037,50 is left: pay is the fixed 40 000.
#[test]
fn two_reductions_in_one_month_are_both_kept_and_capped_at_the_variable_pay() {
    let mut lines = month_of(rub(40_000), rub(48_150));
    settle(
        &mut lines,
        &Settlement {
            reductions: vec![
                (Bp(7_500), "опоздание 03.11".into()),
                (Bp(5_000), "п. 4.2: CRM".into()),
            ],
            ..Settlement::default()
        },
    );
    let reductions: Vec<(i64, Option<i64>)> = lines
        .iter()
        .filter_map(|l| match &l.explain {
            Explain::Reduction { left, .. } => Some((l.amount, *left)),
            _ => None,
        })
        .collect();
    assert_eq!(
        reductions,
        vec![(-3_611_250, None), (-1_203_750, Some(1_203_750))]
    );
    assert_eq!(total(&lines), rub(40_000));
}

proptest! {
    /// `threshold_amount` is the exact check `reached` states (issue 23, defect 5).
    #[test]
    fn comparing_with_the_threshold_amount_is_the_exact_check(
        plan in 0i64..1_000_000_000_000,
        threshold in 0i64..100_000,
        base in 0i64..2_000_000_000_000,
    ) {
        use rop::domain::motivation::rate::{reached, threshold_amount};
        prop_assert_eq!(base >= threshold_amount(plan, Bp(threshold)), reached(base, plan, Bp(threshold)));
    }

    /// A commission never pays less than nothing, whatever its decelerator (issue 23, defect 4).
    #[test]
    fn a_commission_never_pays_below_zero(
        tiers in rising_tiers(),
        marginal in any::<bool>(),
        factor in 0i64..30_000,
        from in 0i64..15_000,
        plan in 1i64..1_000_000,
        fact in 0i64..3_000_000,
    ) {
        let mode = if marginal { TierMode::Marginal } else { TierMode::Retroactive };
        let mut c = commission(tiers, mode, None, Some(factor));
        c.accelerator = Some(Accelerator { from, factor_bp: Bp(factor) });
        let pay = c.pay(fact, Some(plan));
        prop_assert!(pay.amount >= 0);
        if let Outcome::Paid { slices, accelerated, capped_from: None, .. } = &pay.outcome {
            prop_assert_eq!(slices.iter().map(|s| s.pay).sum::<i64>() + accelerated.map_or(0, |a| a.extra), pay.amount);
        }
    }
}

/// A payslip frozen before schema 10 keeps reading: its per-unit line names no metric and no step, its reduction
/// no `left`, its commission no running total.
#[test]
fn lines_frozen_before_schema_10_still_read() {
    let old = r#"[
        {"amount": 200000, "fixed": false, "explain": {"per_unit": {"units": 14, "above": 10, "per_unit": 50000, "from": "2026-11-16", "to": "2026-11-22"}}},
        {"amount": -100, "fixed": false, "explain": {"reduction": {"variable": 400, "percent_bp": 2500, "reason": "п. 4.2"}}}
    ]"#;
    let lines: Vec<rop::domain::motivation::pay::Line> = serde_json::from_str(old).unwrap();
    assert!(matches!(
        lines[0].explain,
        Explain::PerUnit {
            metric: None,
            step: 1,
            ..
        }
    ));
    assert!(matches!(
        lines[1].explain,
        Explain::Reduction { left: None, .. }
    ));
    // And written back the same way.
    let again: serde_json::Value = serde_json::to_value(&lines).unwrap();
    assert_eq!(
        again,
        serde_json::from_str::<serde_json::Value>(old).unwrap()
    );
}

#[test]
fn the_editor_adds_tiers_gates_accelerators_and_kpis_as_a_head_would() {
    // By completion: the next tier 20 points above the last (120 % → 140 %), paying 2 points more (7 % → 9 %).
    let mut c = tiers_by_completion(TierMode::Retroactive);
    c.add_tier();
    assert_eq!(
        c.tiers.last().copied(),
        Some(Tier {
            from: 14_000,
            rate_bp: Bp(900)
        })
    );
    // By amount: 100 000 ₽ above; an empty list starts at 3 % from 0.
    let mut a = Commission {
        basis: TierBasis::Amount,
        tiers: vec![],
        ..tiers_by_completion(TierMode::Marginal)
    };
    a.add_tier();
    a.add_tier();
    assert_eq!(
        a.tiers,
        vec![
            Tier {
                from: 0,
                rate_bp: Bp(300)
            },
            Tier {
                from: rub(100_000),
                rate_bp: Bp(500)
            }
        ]
    );
    // A gate: 80 % of plan, or the first rouble by amount; off again.
    c.set_gate(true);
    assert_eq!(c.gate, Some(8_000));
    a.set_gate(true);
    assert_eq!(a.gate, Some(0));
    c.set_gate(false);
    assert_eq!(c.gate, None);
    // An accelerator: × 1,5 from 120 %.
    c.set_accelerator(true);
    assert_eq!(
        c.accelerator,
        Some(Accelerator {
            from: 12_000,
            factor_bp: Bp(15_000)
        })
    );
    // A new KPI weighs nothing until the head gives it weight, and scores from 80 % to 120 %.
    let mut k = kpi(vec![], false);
    k.add_item();
    assert_eq!(
        (k.items[0].weight_bp, k.items[0].zero_bp, k.items[0].max_bp),
        (Bp::ZERO, Bp(8_000), Bp(12_000))
    );
}
