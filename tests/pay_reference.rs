//! M1 the pay engine against a small reference model written here from the documented formulas alone (DOMAIN.md's
//! "Pay schemes the head designs" and `docs/export-format.md`'s `pay_schemes`, `payslips`, `reductions`), never
//! from the engine's code: generated schemes and months (tiers by completion or amount, retroactive or marginal,
//! gates, accelerators and decelerators, caps, running totals by quarter, a share of salary by band, per-unit
//! bonuses by step, refunds, reductions, draws) must pay to the kopeck what the model pays.
//!
//! The model works in exact fractions (numerators over a power of ten in 128 bits) and rounds each figure once, half
//! away from zero, as the documents say; where the engine shows the parts of a figure, their sum is that figure.

use chrono::NaiveDate;
use proptest::prelude::*;
use rop::domain::core::bp::Bp;
use rop::domain::motivation::band::{Band, SalaryShare};
use rop::domain::motivation::commission::{
    Accelerator, Commission, Period, Tier, TierBasis, TierMode,
};
use rop::domain::motivation::component::{Component, SickLeave};
use rop::domain::motivation::pay::{
    earned, payments_rate, settle, total, Carry, Days, DrawTerms, Explain, Numbers, Settlement,
};
use rop::domain::planning::metric::Builtin;
use rop::domain::RecordId;

/// The model: each formula as the documents state it.
mod model {
    /// `n / d` rounded half away from zero (d > 0): "rounded once, half away from zero, to the kopeck".
    pub fn round(n: i128, d: i128) -> i128 {
        let (q, r) = (n / d, n % d);
        if 2 * r.abs() >= d {
            q + n.signum()
        } else {
            q
        }
    }

    /// "Plan completion % = fact / plan × 100": a threshold `bp` of `plan` is reached when fact/plan ≥ bp/10 000.
    pub fn reaches(fact: i64, plan: i64, bp: i64) -> bool {
        (fact as i128) * 10_000 >= (plan as i128) * (bp as i128)
    }

    /// The amount a threshold by completion stands for on the payslip: the smallest whole amount that reaches it.
    pub fn amount_of(plan: i64, bp: i64) -> i64 {
        let n = plan as i128 * bp as i128;
        ((n + 9_999).div_euclid(10_000)) as i64
    }

    pub struct Comm {
        pub by_completion: bool,
        pub marginal: bool,
        /// (from, rate bp), the first from 0, rising.
        pub tiers: Vec<(i64, i64)>,
        pub gate: Option<i64>,
        /// (from, factor bp).
        pub accelerator: Option<(i64, i64)>,
        pub cap: Option<i64>,
    }

    impl Comm {
        /// A point in the basis' units as an amount; `None` by completion without a plan.
        fn at(&self, point: i64, plan: Option<i64>) -> Option<i64> {
            if self.by_completion {
                plan.filter(|p| *p > 0).map(|p| amount_of(p, point))
            } else {
                Some(point)
            }
        }

        /// "Gate: below a completion threshold the component pays nothing. Retroactive: crossing a threshold
        /// re-rates the whole base at the new rate. Marginal: each slice of the base is paid at its own tier's
        /// rate. Accelerator: a higher (lower) rate above a threshold. Cap: a hard ceiling."
        pub fn pay(&self, base: i64, plan: Option<i64>) -> i64 {
            let base = base.max(0);
            let Some(starts) = self
                .tiers
                .iter()
                .map(|t| self.at(t.0, plan))
                .collect::<Option<Vec<i64>>>()
            else {
                return 0;
            };
            if let Some(g) = self.gate {
                match self.at(g, plan) {
                    None => return 0,
                    Some(g) if base < g => return 0,
                    _ => {}
                }
            }
            // By completion the tier reached is the exact comparison.
            let reached = |i: usize| match (self.by_completion, plan) {
                (true, Some(p)) => reaches(base, p, self.tiers[i].0),
                _ => base >= starts[i],
            };
            let Some(top) = (0..self.tiers.len()).rev().find(|i| reached(*i)) else {
                return 0;
            };
            // Each piece of the base with its rate: (from, to, rate).
            let pieces: Vec<(i64, i64, i64)> = if self.marginal {
                (0..=top)
                    .map(|i| {
                        let to = if i == top {
                            base
                        } else {
                            starts[i + 1].min(base)
                        };
                        (starts[i], to, self.tiers[i].1)
                    })
                    .collect()
            } else {
                vec![(0, base, self.tiers[top].1)]
            };
            // Exact commission in 1/10⁸ kopeck.
            let mut exact: i128 = pieces
                .iter()
                .map(|(f, t, r)| (t - f) as i128 * *r as i128 * 10_000)
                .sum();
            if let Some((from, factor)) = self.accelerator {
                let Some(a) = self.at(from, plan) else {
                    return 0;
                };
                let above: i128 = pieces
                    .iter()
                    .map(|(f, t, r)| ((*t).min(base) - (*f).max(a)).max(0) as i128 * *r as i128)
                    .sum();
                exact += above * (factor as i128 - 10_000);
            }
            let paid = round(exact, 100_000_000) as i64;
            self.cap.map_or(paid, |c| paid.min(c))
        }
    }

    /// "Over a year, marginal tiers start from the running total so far": the month pays the scheme on the total
    /// after it less the scheme on the total before it (both against the plan to date).
    pub fn running(c: &Comm, before: i64, month: i64, plan_to_date: Option<i64>) -> i64 {
        c.pay(before + month, plan_to_date) - c.pay(before, plan_to_date)
    }

    /// Salary × worked / working days.
    pub fn salary(amount: i64, worked: u32, working: u32) -> i64 {
        if working == 0 {
            0
        } else {
            round(amount as i128 * worked as i128, working as i128) as i64
        }
    }

    /// (from bp, from included, to bp, to included, share bp)
    pub type Band = (i64, bool, Option<i64>, bool, i64);

    /// "10 % of salary at 80–100 %, 15 % above 100 %", each bound included or not as stated.
    pub fn salary_share(bands: &[Band], fact: i64, plan: Option<i64>, salary: i64) -> i64 {
        let Some(plan) = plan.filter(|p| *p > 0) else {
            return 0;
        };
        let c = fact as i128 * 10_000; // compared with plan × bound
        let p = plan as i128;
        for (from, fi, to, ti, share) in bands {
            let lower = if *fi {
                c >= p * *from as i128
            } else {
                c > p * *from as i128
            };
            let upper = match to {
                None => true,
                Some(t) if *ti => c <= p * *t as i128,
                Some(t) => c < p * *t as i128,
            };
            if lower && upper {
                return round(salary.max(0) as i128 * *share as i128, 10_000) as i64;
            }
        }
        0
    }

    /// SPIF: per_unit for every full step above the threshold.
    pub fn per_unit(units: i64, above: i64, step: i64, per_unit: i64) -> i64 {
        ((units - above).max(0) / step) * per_unit
    }

    /// What stands between earning and payment, in the documented order: refunds claw back `refund × rate` each,
    /// at most what is left of the variable pay (the rest carried); each reduction is a share of the variable pay
    /// after clawbacks, together at most all of it; a draw tops pay up to its minimum within the guarantee, and is
    /// recovered after it from `recover_bp` of the variable pay at most. Returns (pay, clawback carried, draw owed).
    pub fn settle(
        fixed: i64,
        variable: i64,
        refunds: &[(i64, i64)],
        reductions: &[i64],
        draw: Option<(i64, bool, i64, bool)>,
        owed_draw: i64,
    ) -> (i64, i64, i64) {
        let mut v = variable;
        let mut carried = 0;
        for (refund, rate) in refunds {
            let owed = round(*refund as i128 * *rate as i128, 10_000) as i64;
            let take = owed.min(v.max(0));
            v -= take;
            carried += owed - take;
        }
        let base = v.max(0);
        let mut left = base;
        for pct in reductions {
            let want = round(base as i128 * (*pct).clamp(0, 10_000) as i128, 10_000) as i64;
            let take = want.min(left);
            left -= take;
            v -= take;
        }
        let mut pay = fixed + v;
        let mut owed = owed_draw;
        if let Some((minimum, recoverable, recover_bp, within)) = draw {
            if within {
                if pay < minimum {
                    if recoverable {
                        owed += minimum - pay;
                    }
                    pay = minimum;
                }
            } else if owed > 0 {
                let repaid =
                    (round(v.max(0) as i128 * recover_bp as i128, 10_000) as i64).min(owed);
                pay -= repaid;
                owed -= repaid;
            }
        }
        (pay, carried, owed)
    }
}

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn payments() -> RecordId {
    Builtin::Payments.id()
}

fn deals() -> RecordId {
    Builtin::Deals.id()
}

/// One person's month as the engine asks for it.
struct Month {
    plan: Option<i64>,
    fact: i64,
    before: i64,
    plan_to_date: Option<i64>,
    deals: i64,
}

impl Numbers for Month {
    fn plan(&self, metric: RecordId) -> Option<i64> {
        (metric == payments()).then_some(self.plan).flatten()
    }
    fn fact(&self, metric: RecordId) -> i64 {
        if metric == payments() {
            self.fact
        } else {
            0
        }
    }
    fn fact_between(&self, metric: RecordId, _: NaiveDate, _: NaiveDate) -> i64 {
        if metric == deals() {
            self.deals
        } else {
            0
        }
    }
    fn fact_since(&self, metric: RecordId, _: NaiveDate) -> i64 {
        if metric == payments() {
            self.before
        } else {
            0
        }
    }
    fn plan_since(&self, metric: RecordId, _: NaiveDate) -> Option<i64> {
        self.plan(metric)?;
        self.plan_to_date
    }
}

/// A generated commission: the engine's component and the model's.
#[derive(Clone, Debug)]
struct GenComm {
    by_completion: bool,
    marginal: bool,
    tiers: Vec<(i64, i64)>,
    gate: Option<i64>,
    accelerator: Option<(i64, i64)>,
    cap: Option<i64>,
    quarter: bool,
}

impl GenComm {
    fn engine(&self) -> Commission {
        Commission {
            metric: payments(),
            basis: if self.by_completion {
                TierBasis::Completion
            } else {
                TierBasis::Amount
            },
            mode: if self.marginal {
                TierMode::Marginal
            } else {
                TierMode::Retroactive
            },
            tiers: self
                .tiers
                .iter()
                .map(|(from, rate_bp)| Tier {
                    from: *from,
                    rate_bp: Bp(*rate_bp),
                })
                .collect(),
            gate: self.gate,
            accelerator: self.accelerator.map(|(from, factor_bp)| Accelerator {
                from,
                factor_bp: Bp(factor_bp),
            }),
            cap: self.cap,
            period: if self.quarter {
                Period::Quarter
            } else {
                Period::Month
            },
        }
    }

    fn model(&self) -> model::Comm {
        model::Comm {
            by_completion: self.by_completion,
            marginal: self.marginal,
            tiers: self.tiers.clone(),
            gate: self.gate,
            accelerator: self.accelerator,
            cap: self.cap,
        }
    }
}

fn gen_comm() -> impl Strategy<Value = GenComm> {
    (
        any::<bool>(),
        any::<bool>(),
        prop::collection::vec((1i64..8_000, 0i64..2_500), 0..4),
        0i64..2_000,
        prop::option::of(0i64..15_000),
        prop::option::of((0i64..15_000, 0i64..30_000)),
        prop::option::of(0i64..50_000_000),
        any::<bool>(),
    )
        .prop_map(
            |(by_completion, marginal, steps, first_rate, gate, accelerator, cap, quarter)| {
                // By amount, points are kopecks: scale the generated points up to real amounts.
                let scale = if by_completion { 1 } else { 10_000_000 };
                let mut tiers = vec![(0, first_rate)];
                for (gap, rate) in steps {
                    let from = tiers.last().unwrap().0 + gap * scale;
                    tiers.push((from, rate));
                }
                GenComm {
                    by_completion,
                    marginal,
                    tiers,
                    gate: gate.map(|g| g * scale),
                    accelerator: accelerator.map(|(f, x)| (f * scale, x)),
                    cap,
                    quarter,
                }
            },
        )
}

fn gen_bands() -> impl Strategy<Value = Vec<model::Band>> {
    prop::collection::vec(
        (1i64..6_000, any::<bool>(), any::<bool>(), 0i64..3_000),
        1..4,
    )
    .prop_map(|parts| {
        // Rising bands that share no completion: each starts where the last ended, at most one side included.
        let mut out: Vec<model::Band> = Vec::new();
        let mut from = 5_000;
        let mut from_included = true;
        let n = parts.len();
        for (k, (width, to_included, _, share)) in parts.into_iter().enumerate() {
            let to = (k + 1 < n).then_some(from + width);
            let to_included = to.is_some() && to_included;
            out.push((from, from_included, to, to_included, share));
            if let Some(t) = to {
                from = t;
                from_included = !to_included;
            }
        }
        out
    })
}

fn engine_bands(bands: &[model::Band]) -> SalaryShare {
    SalaryShare {
        metric: payments(),
        bands: bands
            .iter()
            .map(
                |(from_bp, from_included, to_bp, to_included, share_bp)| Band {
                    from_bp: Bp(*from_bp),
                    from_included: *from_included,
                    to_bp: to_bp.map(Bp),
                    to_included: *to_included,
                    share_bp: Bp(*share_bp),
                },
            )
            .collect(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// One commission (any tiers, mode, gate, accelerator, cap, month or quarter) pays what the model pays.
    #[test]
    fn a_commission_pays_what_the_documents_say(
        c in gen_comm(),
        plan in prop::option::of(0i64..20_000_000_000),
        fact in 0i64..20_000_000_000,
        before in 0i64..40_000_000_000,
        earlier_plans in 0i64..40_000_000_000,
    ) {
        let plan_to_date = plan.map(|p| p + earlier_plans);
        let month = Month { plan, fact, before, plan_to_date, deals: 0 };
        let lines = earned(&[Component::Commission(c.engine())], day("2026-11-01"), &month, Days::default());
        let expected = if c.quarter {
            model::running(&c.model(), before, fact, plan_to_date)
        } else {
            c.model().pay(fact, plan)
        };
        prop_assert_eq!(total(&lines), expected);
        // The line shows parts that add up to the scheme's figure on its base.
        if let Explain::Commission(pay) = &lines[0].explain {
            if let rop::domain::motivation::commission::Outcome::Paid { slices, accelerated, capped_from, .. } = &pay.outcome {
                let shown = slices.iter().map(|s| s.pay).sum::<i64>() + accelerated.map_or(0, |a| a.extra);
                let figure = pay.running.map_or(pay.amount, |r| r.earned_after);
                prop_assert_eq!(capped_from.unwrap_or(shown), shown);
                prop_assert_eq!(shown.min(c.cap.unwrap_or(i64::MAX)), figure);
            }
        }
    }

    /// A quarter of running-total months pays, month by month, the scheme on the quarter's total.
    #[test]
    fn a_quarters_months_add_up_to_the_scheme_on_its_total(
        mut c in gen_comm(),
        facts in prop::collection::vec(0i64..5_000_000_000, 3),
        plan in 1i64..5_000_000_000,
    ) {
        c.quarter = true;
        let quarter_plan = Some(plan * 3);
        let mut before = 0;
        let mut paid = 0;
        for fact in &facts {
            // The plan to date held at the quarter's, so the months telescope to the scheme on the total.
            let month = Month { plan: Some(plan), fact: *fact, before, plan_to_date: quarter_plan, deals: 0 };
            paid += total(&earned(&[Component::Commission(c.engine())], day("2026-11-01"), &month, Days::default()));
            before += fact;
        }
        prop_assert_eq!(paid, c.model().pay(before, quarter_plan));
    }

    /// A whole payslip: salary by days worked, a commission, a share of salary by band, a per-unit bonus by step,
    /// then refunds, reductions and a draw, against the model to the kopeck.
    #[test]
    fn a_payslip_pays_what_the_documents_say(
        salary in 0i64..30_000_000,
        worked_time in any::<bool>(),
        (working, worked) in (1u32..24).prop_flat_map(|w| (Just(w), 0..=w)),
        c in gen_comm(),
        bands in prop::option::of(gen_bands()),
        spif in prop::option::of((0i64..50, 1i64..5, 0i64..1_000_000)),
        deals_done in 0i64..200,
        plan in prop::option::of(1i64..10_000_000_000),
        fact in 0i64..10_000_000_000,
        before in 0i64..10_000_000_000,
        refunds in prop::collection::vec((0i64..2_000_000_000, 0i64..2_000), 0..3),
        reductions in prop::collection::vec(1i64..10_000, 0..3),
        draw in prop::option::of((0i64..60_000_000, any::<bool>(), 0i64..10_000, any::<bool>())),
        owed_draw in 0i64..30_000_000,
    ) {
        let mut scheme = vec![
            Component::Salary { amount: salary, worked_time, sick_leave: SickLeave::NotWorked },
            Component::Commission(c.engine()),
        ];
        if let Some(b) = &bands {
            scheme.push(Component::SalaryShare(engine_bands(b)));
        }
        if let Some((above, step, per_unit)) = spif {
            scheme.push(Component::PerUnit {
                metric: deals(),
                from: day("2026-11-01"),
                to: day("2026-11-30"),
                above,
                per_unit,
                step,
            });
        }
        let plan_to_date = plan.map(|p| p * 2);
        let month = Month { plan, fact, before, plan_to_date, deals: deals_done };
        let days = Days { working, worked, sick: 0 };
        let mut lines = earned(&scheme, day("2026-11-01"), &month, days);
        let carry = settle(&mut lines, &Settlement {
            refunds: refunds.iter().map(|(r, rate)| (*r, day("2026-10-01"), Bp(*rate))).collect(),
            reductions: reductions.iter().map(|p| (Bp(*p), "причина".to_string())).collect(),
            draw: draw.map(|(minimum, recoverable, recover_bp, within)| DrawTerms { minimum, recoverable, recover_bp: Bp(recover_bp), within }),
            carry: Carry { draw: owed_draw, clawback: 0 },
            adjustments: Vec::new(),
        });

        // The model.
        let (w, d) = if worked_time { (worked, working) } else { (1, 1) };
        let fixed = model::salary(salary, w, d);
        let commission = if c.quarter {
            model::running(&c.model(), before, fact, plan_to_date)
        } else {
            c.model().pay(fact, plan)
        };
        let share = bands.as_ref().map_or(0, |b| model::salary_share(b, fact, plan, fixed));
        let spif_pay = spif.map_or(0, |(above, step, per_unit)| model::per_unit(deals_done, above, step, per_unit));
        let (pay, carried, owed) = model::settle(
            fixed,
            commission + share + spif_pay,
            &refunds,
            &reductions,
            draw,
            owed_draw,
        );
        prop_assert_eq!(total(&lines), pay);
        prop_assert_eq!(carry.clawback, carried);
        prop_assert_eq!(carry.draw, owed);
        // Never below the fixed part because of a clawback or a reduction (a draw only adds or repays its own).
        if draw.is_none() {
            prop_assert!(total(&lines) >= fixed.min(fixed + commission + share + spif_pay));
        }
    }

    /// The clawback rule: a refund of a month's payments is taken back at what the commissions on payments paid for
    /// that month over its payments, rounded to 0,01 %, whatever other commissions the month had.
    #[test]
    fn a_refund_is_clawed_back_at_the_payments_commissions_rate(
        c in gen_comm(),
        other_rate in 0i64..3_000,
        plan in prop::option::of(1i64..10_000_000_000),
        fact in 1i64..10_000_000_000,
        before in 0i64..10_000_000_000,
    ) {
        let other = Commission {
            metric: deals(),
            basis: TierBasis::Amount,
            mode: TierMode::Retroactive,
            tiers: vec![Tier { from: 0, rate_bp: Bp(other_rate) }],
            gate: None,
            accelerator: None,
            cap: None,
            period: Period::Month,
        };
        let plan_to_date = plan.map(|p| p * 2);
        let month = Month { plan, fact, before, plan_to_date, deals: 1_000_000 };
        let lines = earned(
            &[Component::Commission(c.engine()), Component::Commission(other)],
            day("2026-11-01"),
            &month,
            Days::default(),
        );
        let paid = if c.quarter {
            model::running(&c.model(), before, fact, plan_to_date)
        } else {
            c.model().pay(fact, plan)
        };
        prop_assert_eq!(payments_rate(&lines), Some(Bp(model::round(paid as i128 * 10_000, fact as i128) as i64)));
    }
}

/// The model itself against numbers worked out by hand, so that a wrong model cannot agree with a wrong engine.
#[test]
fn the_model_agrees_with_hand_worked_cases() {
    // Retroactive 3 % / 5 % from 100 % of 1 500 000 ₽, fact 1 563 000 ₽: 78 150 ₽.
    let sellers = model::Comm {
        by_completion: true,
        marginal: false,
        tiers: vec![(0, 300), (10_000, 500), (12_000, 700)],
        gate: Some(7_000),
        accelerator: None,
        cap: Some(20_000_000),
    };
    assert_eq!(sellers.pay(156_300_000, Some(150_000_000)), 7_815_000);
    // Below the 70 % gate: nothing.
    assert_eq!(sellers.pay(100_000_000, Some(150_000_000)), 0);
    // Marginal by amount, 2 % to 150 000, 4 % to 250 000, 6 % above; base 300 000: 3 000 + 4 000 + 3 000.
    let by_amount = model::Comm {
        by_completion: false,
        marginal: true,
        tiers: vec![(0, 200), (15_000_000, 400), (25_000_000, 600)],
        gate: None,
        accelerator: None,
        cap: None,
    };
    assert_eq!(by_amount.pay(30_000_000, None), 1_000_000);
    // 5 % with × 0,5 above 100 % of 1 000 000; fact 1 200 000: 60 000 − 5 000 = 55 000.
    let decelerated = model::Comm {
        by_completion: true,
        marginal: false,
        tiers: vec![(0, 500)],
        gate: None,
        accelerator: Some((10_000, 5_000)),
        cap: None,
    };
    assert_eq!(decelerated.pay(120_000_000, Some(100_000_000)), 5_500_000);
    // A quarter, marginal 3 % to 3 000 000 ₽, 5 % from there: 2 000 000 then 2 000 000 → 60 000 then 80 000.
    let quarterly = model::Comm {
        by_completion: false,
        marginal: true,
        tiers: vec![(0, 300), (300_000_000, 500), (600_000_000, 700)],
        gate: None,
        accelerator: None,
        cap: None,
    };
    assert_eq!(model::running(&quarterly, 0, 200_000_000, None), 6_000_000);
    assert_eq!(
        model::running(&quarterly, 200_000_000, 200_000_000, None),
        8_000_000
    );
    // 10 % of 40 000 ₽ from 80 % included: exactly 80 % pays 4 000 ₽; 15 % from 100 %.
    let bands = [
        (8_000, true, Some(10_000), false, 1_000),
        (10_000, true, None, false, 1_500),
    ];
    assert_eq!(
        model::salary_share(&bands, 80, Some(100), 4_000_000),
        400_000
    );
    assert_eq!(
        model::salary_share(&bands, 100, Some(100), 4_000_000),
        600_000
    );
    // 40 000 fixed + 48 150 variable, a 200 000 refund at 5 % (−10 000), then 75 %: 38 150 × 75 % = 28 612,50.
    assert_eq!(
        model::settle(
            4_000_000,
            4_815_000,
            &[(20_000_000, 500)],
            &[7_500],
            None,
            0
        ),
        (4_000_000 + 3_815_000 - 2_861_250, 0, 0)
    );
}
