//! M1 the month's payroll on the demo department: scheme versions by month, closing in order, frozen payslips that a
//! later correction does not change, the adjustment it brings into the next open month (once), the draw, the
//! reduction and the clawback, and the payroll equal to the sum of its payslips to the kopeck.

mod common;
use common::*;
use rop::domain::core::bp::Bp;
use rop::domain::demo::demo_id;
use rop::domain::motivation::component::Component;
use rop::domain::motivation::pay::{payments_rate, Explain};
use rop::domain::motivation::payroll::{
    close_month, first_open_month, payroll, CloseError, PersonPay,
};
use rop::domain::motivation::scheme::in_force;
use rop::domain::planning::fact::DayFacts;
use rop::domain::planning::metric::Builtin;
use rop::domain::{Dataset, Edit};

fn person(p: &[PersonPay], n: u128) -> &PersonPay {
    p.iter().find(|x| x.manager == demo_id(n)).unwrap()
}

fn has(p: &PersonPay, kind: impl Fn(&Explain) -> bool) -> bool {
    p.lines.iter().any(|l| kind(&l.explain))
}

/// A fact of a demo person on a day, with its payments raised by `more` kopecks.
fn more_payments(data: &Dataset, n: u128, date: &str, more: i64) -> Edit {
    let mut fact = data
        .live::<DayFacts>(DayFacts::id_for(demo_id(n), day(date)))
        .map(|r| r.data.clone())
        .unwrap_or(DayFacts {
            manager: demo_id(n),
            date: day(date),
            values: Default::default(),
        });
    *fact.values.entry(Builtin::Payments.id()).or_insert(0) += more;
    Edit::derived(fact)
}

#[test]
fn the_demo_closes_three_months_and_computes_this_one() {
    let data = demo_data(device(1));
    for m in ["2026-08-01", "2026-09-01", "2026-10-01"] {
        assert!(payroll(&data, day(m)).closed, "{m}");
    }
    let november = payroll(&data, day("2026-11-01"));
    assert!(!november.closed);
    assert_eq!(first_open_month(&data), Some(day("2026-11-01")));
    // A new scheme version starts in that first open month, even in December; with nothing closed, this month.
    use rop::domain::motivation::payroll::new_version_month;
    use rop::domain::motivation::scheme::PayScheme;
    assert_eq!(
        new_version_month(&data, day("2026-12-07")),
        day("2026-11-01")
    );
    assert_eq!(
        new_version_month(&Dataset::default(), day("2026-12-07")),
        day("2026-12-01")
    );
    let blank = PayScheme::blank(day("2026-11-01"));
    assert_eq!((blank.from, blank.components.len()), (day("2026-11-01"), 1));
    // Every payslip splits into its fixed and variable parts without a kopeck lost.
    for p in &payroll(&data, day("2026-10-01")).people {
        assert_eq!(p.fixed() + p.variable(), p.total, "{:?}", p.manager);
    }
    // The new hire is topped up to the guarantee and owes it; the reduction took a quarter of October's bonus;
    // October's refund is clawed back in November; Lebedeva's late October payment comes as an adjustment.
    let october = payroll(&data, day("2026-10-01"));
    assert_eq!(person(&october.people, 8).total, 6_000_000);
    assert!(person(&october.people, 8).carry.draw > 0);
    assert!(has(person(&october.people, 6), |e| matches!(
        e,
        Explain::Reduction {
            percent_bp: Bp(2_500),
            ..
        }
    )));
    assert!(has(person(&november.people, 4), |e| matches!(
        e,
        Explain::Clawback { .. }
    )));
    let adjustment = person(&november.people, 5)
        .lines
        .iter()
        .find_map(|l| match l.explain {
            Explain::Adjustment {
                month, paid, now, ..
            } => Some((month, paid, now, l.amount)),
            _ => None,
        })
        .expect("the late payment's adjustment");
    assert_eq!(adjustment.0, day("2026-10-01"));
    assert_eq!(adjustment.1, person(&october.people, 5).total);
    assert_eq!(adjustment.3, adjustment.2 - adjustment.1);
    // December has no department plan yet: the pool line says so rather than "missed".
    let december = payroll(&data, day("2026-12-01"));
    assert!(has(person(&december.people, 4), |e| matches!(
        e,
        Explain::TeamPool {
            department_plan: None,
            department_met: false,
            ..
        }
    )));
}

#[test]
fn a_scheme_changing_mid_year_keeps_earlier_months_on_their_version() {
    let data = demo_data(device(1));
    let volkov = &data.managers[&demo_id(4)];
    let version = |m: &str| in_force(&data, volkov.id, &volkov.data, day(m)).unwrap().id;
    assert_eq!(version("2026-09-01"), demo_id(0x2001));
    assert_eq!(version("2026-10-01"), demo_id(0x2002));
    assert_eq!(version("2026-12-01"), demo_id(0x2002));
    // Before the first version, nobody has a scheme.
    assert!(in_force(&data, volkov.id, &volkov.data, day("2026-07-01")).is_none());
    // A person's own scheme wins over their role's.
    let sokolova = &data.managers[&demo_id(1)];
    assert_eq!(
        in_force(&data, sokolova.id, &sokolova.data, day("2026-11-01"))
            .unwrap()
            .id,
        demo_id(0x2004)
    );
}

#[test]
fn months_close_in_order_once_and_not_before_they_start() {
    let data = demo_data(device(1));
    let today = day("2026-11-27");
    assert_eq!(
        close_month(&data, day("2026-10-01"), today),
        Err(CloseError::AlreadyClosed)
    );
    assert_eq!(
        close_month(&data, day("2026-12-01"), today),
        Err(CloseError::CloseEarlierFirst(day("2026-11-01")))
    );
    assert_eq!(
        close_month(&data, day("2026-07-01"), today),
        Err(CloseError::BeforeClosed)
    );
    let mut later = data.clone();
    apply(
        &mut later,
        close_month(&data, day("2026-11-01"), day("2026-11-30")).unwrap(),
    );
    assert_eq!(
        close_month(&later, day("2026-12-01"), today),
        Err(CloseError::NotStarted)
    );
}

#[test]
fn a_correction_after_closing_changes_no_paid_month_and_is_adjusted_once() {
    let mut data = demo_data(device(1));
    let october = payroll(&data, day("2026-10-01"));
    let before = payroll(&data, day("2026-11-01"));
    let volkov = |p: &[PersonPay]| person(p, 4).total;
    // 200 000 ₽ more of October payments for Volkov, entered in November.
    let late = more_payments(&data, 4, "2026-10-30", 20_000_000);
    apply(&mut data, vec![late]);
    let again = payroll(&data, day("2026-10-01"));
    assert_eq!(
        (again.people, again.total),
        (october.people, october.total),
        "a closed month is frozen"
    );
    let november = payroll(&data, day("2026-11-01"));
    let adjustments = |p: &PersonPay| {
        p.lines
            .iter()
            .filter(|l| matches!(l.explain, Explain::Adjustment { .. }))
            .map(|l| l.amount)
            .sum::<i64>()
    };
    let added = adjustments(person(&november.people, 4));
    assert!(added > 0);
    assert_eq!(volkov(&november.people), volkov(&before.people) + added);
    // November closes with the adjustment in it; December adjusts nothing again.
    let closing = close_month(&data, day("2026-11-01"), day("2026-11-30")).unwrap();
    apply(&mut data, closing);
    let december = payroll(&data, day("2026-12-01"));
    assert_eq!(adjustments(person(&december.people, 4)), 0);
    assert_eq!(
        adjustments(person(&december.people, 5)),
        0,
        "Lebedeva's too"
    );
}

#[test]
fn a_refund_of_a_closed_month_is_clawed_back_at_that_months_rate() {
    let data = demo_data(device(1));
    let october = payroll(&data, day("2026-10-01"));
    let rate = payments_rate(&person(&october.people, 4).lines).unwrap();
    let november = payroll(&data, day("2026-11-01"));
    let clawback = person(&november.people, 4)
        .lines
        .iter()
        .find_map(|l| match l.explain {
            Explain::Clawback {
                refund, rate_bp, ..
            } => Some((refund, rate_bp, l.amount)),
            _ => None,
        })
        .unwrap();
    // 180 000 ₽ × October's effective rate.
    assert_eq!(clawback.0, 18_000_000);
    assert_eq!(clawback.1, rate);
    assert_eq!(clawback.2, -rate.of(18_000_000));
}

#[test]
fn salary_follows_the_days_worked_and_a_training_day_is_worked() {
    let mut data = demo_data(device(1));
    // November 2026 has 20 working days (the 4th is a holiday); Lebedeva is on vacation from the 18th: 12 worked.
    let november = payroll(&data, day("2026-11-01"));
    let salary = |p: &PersonPay| {
        p.lines
            .iter()
            .find_map(|l| match l.explain {
                Explain::Salary {
                    worked, working, ..
                } => Some((worked, working, l.amount)),
                _ => None,
            })
            .unwrap()
    };
    let (worked, working, amount) = salary(person(&november.people, 5));
    assert_eq!(working, 20);
    assert_eq!(
        amount,
        rop::domain::motivation::rate::mul_div(4_000_000, worked as i64, 20)
    );
    // Two days of training in December take nothing from Volkov's salary; two days of sick leave do (his scheme
    // does not count sick days as worked).
    let training = payroll(&data, day("2026-12-01"));
    let (w, d, _) = salary(person(&training.people, 4));
    assert_eq!(w, d);
    apply(
        &mut data,
        vec![Edit::put(
            rop::domain::RecordId::from_u128(0x51c4),
            rop::domain::Absence {
                manager: demo_id(4),
                kind: rop::domain::AbsenceKind::SickLeave,
                from: day("2026-12-14"),
                to: day("2026-12-15"),
                note: String::new(),
            },
        )],
    );
    let sick = payroll(&data, day("2026-12-01"));
    assert_eq!(salary(person(&sick.people, 4)).0, d - 2);
}

#[test]
fn a_draft_scheme_runs_over_the_closed_months_next_to_what_was_paid() {
    use rop::domain::motivation::what_if::try_scheme;
    let data = demo_data(device(1));
    // The sellers' scheme in force, as a draft: it pays what was paid, to the kopeck, where it was in force.
    let in_force = data.pay_schemes[&demo_id(0x2002)].data.clone();
    let same = try_scheme(&data, &in_force, 6);
    assert_eq!(same.months.len(), 3, "the demo has three closed months");
    // October's facts were corrected after closing (Lebedeva's late payment): the draft sees today's facts, so it
    // differs by exactly the adjustment November carries.
    let november = payroll(&data, day("2026-11-01"));
    let adjustment: i64 = person(&november.people, 5)
        .lines
        .iter()
        .filter(|l| matches!(l.explain, Explain::Adjustment { .. }))
        .map(|l| l.amount)
        .sum();
    // August and September were paid under the first version (a lower cap nobody reached, no share of salary):
    // the draft adds each seller's share of salary by the band their completion reached.
    let Component::SalaryShare(bands) = &in_force.components[3] else {
        panic!("the share of salary");
    };
    let share_added = |month: &str| -> i64 {
        let slips = payroll(&data, day(month));
        [4u128, 5, 6, 7]
            .iter()
            .map(|n| {
                let p = person(&slips.people, *n);
                let salary: i64 = p.lines.iter().filter(|l| l.fixed).map(|l| l.amount).sum();
                let fact: i64 = data
                    .live_records::<DayFacts>()
                    .filter(|r| {
                        r.data.manager == demo_id(*n)
                            && rop::domain::core::date::month_start(r.data.date) == day(month)
                    })
                    .filter_map(|r| r.data.values.get(&Builtin::Payments.id()))
                    .sum();
                let plan = rop::domain::planning::month_plan::plan_of(
                    &data,
                    day(month),
                    Builtin::Payments.id(),
                    Some(demo_id(*n)),
                )
                .map(|p| p.value);
                bands.pay(fact, plan, salary).0
            })
            .sum()
    };
    let expected = [
        share_added("2026-08-01"),
        share_added("2026-09-01"),
        adjustment,
    ];
    assert!(expected[0] > 0, "someone's August reached a band");
    for (m, more) in same.months.iter().zip(expected) {
        assert_eq!(m.draft, m.paid + more, "{}", m.month);
        assert_eq!(m.payroll_draft - m.payroll_paid, more);
    }
    assert_eq!(same.people.len(), 4, "the four sellers");
    // A richer draft: the salary raised by 10 000 ₽ costs 10 000 ₽ a seller a month, less any worked-time cut, plus
    // at most 15 % of it in the share of salary (the highest band).
    let mut richer = in_force.clone();
    if let Component::Salary { amount, .. } = &mut richer.components[0] {
        *amount += 1_000_000;
    }
    let tried = try_scheme(&data, &richer, 6);
    for (a, b) in tried.months.iter().zip(&same.months) {
        assert!(
            a.draft > b.draft && a.draft - b.draft <= 4 * (1_000_000 + 150_000),
            "{}",
            a.month
        );
        assert_eq!(a.payroll_draft - a.payroll_paid, a.draft - a.paid);
    }
    for p in &tried.people {
        assert!(p.draft > p.paid);
    }
    // The largest change first.
    let changes: Vec<u64> = tried
        .people
        .iter()
        .map(|p| p.difference().unsigned_abs())
        .collect();
    assert!(changes.windows(2).all(|w| w[0] >= w[1]), "{changes:?}");
}

#[test]
fn a_what_ifs_totals_differences_and_payroll_shares_by_hand() {
    use rop::domain::motivation::what_if::{TriedMonth, TriedPerson, WhatIf};
    let month = |m: &str, paid: i64, draft: i64, payroll_paid: i64, payments: i64| TriedMonth {
        month: day(m),
        paid,
        draft,
        payroll_paid,
        payroll_draft: payroll_paid + draft - paid,
        payments,
    };
    let w = WhatIf {
        // October: paid 300 000,00 ₽, the draft 312 500,50 ₽; the payroll 1 234 567,00 ₽ of 10 000 000,00 ₽ paid in.
        // November: nothing paid in.
        months: vec![
            month(
                "2026-10-01",
                30_000_000,
                31_250_050,
                123_456_700,
                1_000_000_000,
            ),
            month("2026-11-01", 28_000_000, 27_500_000, 120_000_000, 0),
        ],
        people: vec![TriedPerson {
            manager: id(4),
            paid: 58_000_000,
            draft: 58_750_050,
        }],
    };
    let oct = &w.months[0];
    assert_eq!(oct.difference(), 1_250_050);
    // 123 456 700 / 1 000 000 000 = 12,34567 % = 1 234,567 bp, rounded half away from zero to 1 235 bp (12,35 %).
    assert_eq!(oct.share_paid(), Some(Bp(1_235)));
    // With the draft: 124 706 750 / 1 000 000 000 = 1 247,0675 bp → 1 247 bp.
    assert_eq!(oct.share_draft(), Some(Bp(1_247)));
    // No payments, no share (not 0 %, not a division by zero).
    assert_eq!(w.months[1].share_paid(), None);
    assert_eq!(w.months[1].difference(), -500_000);
    let total = w.total();
    assert_eq!((total.paid, total.draft), (58_000_000, 58_750_050));
    assert_eq!(total.difference(), 750_050);
    assert_eq!(w.people[0].difference(), 750_050);
}

#[test]
fn a_seller_sees_their_pay_at_any_fact() {
    use rop::domain::motivation::what_if::pay_at;
    let data = demo_data(device(1));
    let month = day("2026-11-01");
    let payments = Builtin::Payments.id();
    let plan = rop::domain::planning::month_plan::plan_of(&data, month, payments, Some(demo_id(4)))
        .unwrap()
        .value;
    let at = |fact: i64| {
        let facts = [(payments, fact)].into_iter().collect();
        pay_at(&data, demo_id(4), month, &facts).unwrap()
    };
    let commission = |p: &PersonPay| {
        p.lines
            .iter()
            .find_map(|l| match &l.explain {
                Explain::Commission(c) => Some(c.clone()),
                _ => None,
            })
            .unwrap()
    };
    // Exactly the plan: the 5 % tier on the whole base (retroactive).
    let c = commission(&at(plan));
    assert_eq!(c.amount, Bp(500).of(plan));
    // The next step's promise holds: at `more` more, the pay is `pay_then`.
    let next = c.next.unwrap();
    assert_eq!(commission(&at(plan + next.more)).amount, next.pay_then);
    // Half the plan is below the 70 % gate: no commission.
    assert_eq!(commission(&at(plan / 2)).amount, 0);
    // Nothing is written: the real November is unchanged.
    assert_eq!(payroll(&data, month), payroll(&demo_data(device(1)), month));
}

#[test]
fn editing_a_scheme_makes_a_version_and_never_touches_a_closed_month() {
    use rop::domain::motivation::payroll::{save_scheme, VersionError};
    use rop::domain::motivation::scheme::PayScheme;
    let mut data = demo_data(device(1));
    // The sellers' second version is in force from October, a closed month: it cannot change any more.
    let sellers = demo_id(0x2002);
    let v2 = data.live::<PayScheme>(sellers).unwrap().data.clone();
    assert_eq!(v2.from, day("2026-10-01"));
    let renamed = PayScheme {
        name: "Продавцы, исправлено".into(),
        ..v2.clone()
    };
    assert_eq!(
        save_scheme(&data, Some(sellers), renamed, id(0x99)),
        Err(VersionError::ClosedMonth {
            first_open: day("2026-11-01")
        })
    );
    // Edited from November, the first open month: a new version; October keeps the one it was paid with.
    let november = PayScheme {
        from: day("2026-11-01"),
        ..v2.clone()
    };
    let edit = save_scheme(&data, Some(sellers), november.clone(), id(0x99)).unwrap();
    assert_eq!(edit, (id(0x99), Edit::put(id(0x99), november.clone())));
    let edit = edit.1;
    apply(&mut data, vec![edit]);
    let volkov = data.managers[&demo_id(4)].data.clone();
    assert_eq!(
        in_force(&data, demo_id(4), &volkov, day("2026-10-01"))
            .unwrap()
            .id,
        sellers
    );
    assert_eq!(
        in_force(&data, demo_id(4), &volkov, day("2026-11-01"))
            .unwrap()
            .id,
        id(0x99)
    );
    // Corrected again from November: the same version, in place (none of its months is closed).
    let fixed = PayScheme {
        name: "Продавцы, исправлено".into(),
        ..november
    };
    let edit = save_scheme(&data, Some(id(0x99)), fixed.clone(), id(0x9a)).unwrap();
    assert_eq!(edit, (id(0x99), Edit::put(id(0x99), fixed)));
}

#[test]
fn scheme_histories_mark_the_version_in_force() {
    use rop::domain::motivation::scheme::{histories, Applies};
    use rop::domain::team::Role;
    let data = demo_data(device(1));
    let all = histories(&data, day("2026-11-01"));
    let sellers = all
        .iter()
        .find(|h| h.applies == Applies::Role { role: Role::Seller })
        .unwrap();
    // Two versions, newest first; the one from October is in force in November, the first one no more.
    let marks: Vec<_> = sellers.versions.iter().map(|v| (v.0, v.2)).collect();
    assert_eq!(marks, [(demo_id(0x2002), true), (demo_id(0x2001), false)]);
    // In August only the first version had started.
    let august = histories(&data, day("2026-08-01"));
    let sellers = august
        .iter()
        .find(|h| h.applies == Applies::Role { role: Role::Seller })
        .unwrap();
    assert_eq!(
        sellers.versions[1],
        (demo_id(0x2001), sellers.versions[1].1.clone(), true)
    );
    // Roles come before people.
    assert!(matches!(
        all.last().unwrap().applies,
        Applies::Person { .. }
    ));
}

/// A demo person's day of facts with `metric` raised by `more`.
fn more_of(data: &Dataset, n: u128, date: &str, metric: rop::domain::RecordId, more: i64) -> Edit {
    let mut fact = data
        .live::<DayFacts>(DayFacts::id_for(demo_id(n), day(date)))
        .map(|r| r.data.clone())
        .unwrap_or(DayFacts {
            manager: demo_id(n),
            date: day(date),
            values: Default::default(),
        });
    *fact.values.entry(metric).or_insert(0) += more;
    Edit::derived(fact)
}

/// Regression (issue 23, defect 1): a refund clawed back 5 000 ₽ while its month was open and 8 000 ₽ once it was
/// closed, because closing froze a rate mixing every commission. Volkov from November: 5 % of payments and 10 % of
/// a custom money metric (margin). A 100 000 ₽ refund of November's payments in December takes back 5 % of it,
/// 5 000 ₽, before and after November is closed.
#[test]
fn a_refund_claws_back_the_same_before_and_after_its_month_is_closed() {
    use rop::domain::core::unit::Unit;
    use rop::domain::motivation::commission::{Commission, Period, Tier, TierBasis, TierMode};
    use rop::domain::motivation::refund::Refund;
    use rop::domain::motivation::scheme::{Applies, PayScheme};
    use rop::domain::planning::metric::{Direction, MetricDef};
    let mut data = demo_data(device(1));
    let margin = id(0x3a11);
    let flat = |metric, rate_bp| {
        Component::Commission(Commission {
            metric,
            basis: TierBasis::Amount,
            mode: TierMode::Retroactive,
            tiers: vec![rop::domain::motivation::commission::Tier { from: 0, rate_bp }],
            gate: None,
            accelerator: None,
            cap: None,
            period: Period::Month,
        })
    };
    let _ = Tier {
        from: 0,
        rate_bp: Bp(0),
    };
    apply(
        &mut data,
        vec![
            Edit::put(
                margin,
                MetricDef {
                    name: "Маржа".into(),
                    unit: Unit::Money,
                    direction: Direction::HigherIsBetter,
                    order: 50,
                    hidden: false,
                },
            ),
            Edit::put(
                id(0x5c4e),
                PayScheme {
                    name: "Волков: оплаты и маржа".into(),
                    applies: Applies::Person {
                        manager: demo_id(4),
                    },
                    from: day("2026-11-01"),
                    components: vec![
                        flat(Builtin::Payments.id(), Bp(500)),
                        flat(margin, Bp(1_000)),
                    ],
                },
            ),
        ],
    );
    let margin_fact = more_of(&data, 4, "2026-11-20", margin, 150_000_000);
    apply(&mut data, vec![margin_fact]);
    apply(
        &mut data,
        vec![Edit::put(
            id(0x4ef0),
            Refund {
                manager: demo_id(4),
                date: day("2026-12-03"),
                amount: 10_000_000,
                payment_month: day("2026-11-01"),
                note: String::new(),
            },
        )],
    );
    let clawback = |data: &Dataset| {
        person(&payroll(data, day("2026-12-01")).people, 4)
            .lines
            .iter()
            .find_map(|l| match l.explain {
                Explain::Clawback { owed, rate_bp, .. } => Some((owed, rate_bp)),
                _ => None,
            })
            .expect("the clawback")
    };
    assert_eq!(clawback(&data), (500_000, Bp(500)), "November open");
    let closing = close_month(&data, day("2026-11-01"), day("2026-11-30")).unwrap();
    apply(&mut data, closing);
    assert_eq!(clawback(&data), (500_000, Bp(500)), "November closed");
}

/// Regression (issue 23, defect 2): a discipline reduction and the head's own for the same person and month
/// replaced each other (one record id for both). Новиков's November carries the demo's 10 % for a lateness; a
/// manual 25 % is added: the payslip lists both, each with its reason, and deciding the lateness again leaves the
/// manual one.
#[test]
fn a_discipline_reduction_and_a_manual_one_are_both_on_the_payslip() {
    use rop::domain::motivation::reduction::BonusReduction;
    let mut data = demo_data(device(1));
    let reductions = |data: &Dataset| -> Vec<(Bp, String)> {
        person(&payroll(data, day("2026-11-01")).people, 6)
            .lines
            .iter()
            .filter_map(|l| match &l.explain {
                Explain::Reduction {
                    percent_bp, reason, ..
                } => Some((*percent_bp, reason.clone())),
                _ => None,
            })
            .collect()
    };
    let before = reductions(&data);
    assert_eq!(before.len(), 1, "the demo's lateness");
    assert_eq!(before[0].0, Bp(1_000));
    apply(
        &mut data,
        vec![Edit::put(
            id(0x4ed),
            BonusReduction {
                manager: demo_id(6),
                month: day("2026-11-01"),
                percent_bp: Bp(2_500),
                reason: "П. 4.2: сделки без следующего шага".into(),
                violation: None,
            },
        )],
    );
    let both = reductions(&data);
    assert_eq!(
        both,
        vec![
            before[0].clone(),
            (Bp(2_500), "П. 4.2: сделки без следующего шага".into())
        ]
    );
    // The lateness decided again (a warning, 20 %): the manual reduction stays.
    let (vid, violation) = data
        .live_records::<rop::domain::control::violation::Violation>()
        .find(|r| r.data.manager == demo_id(6))
        .map(|r| (r.id, r.data.clone()))
        .unwrap();
    let edits = rop::domain::motivation::reduction::decide(
        &data,
        vid,
        violation,
        Some(Bp(2_000)),
        |_, _| "опоздание".into(),
    );
    apply(&mut data, edits);
    let after = reductions(&data);
    assert_eq!(after.len(), 2);
    assert_eq!(after[0], (Bp(2_000), "опоздание".into()));
    assert_eq!(after[1].0, Bp(2_500));
}

/// The payroll's table and the accountant's file, worked by hand: a salary of 50 000,00 for 20 of 20 days, a
/// per-unit line of 12 345,67 and a clawback of −1 000,50; a second person without a scheme.
#[test]
fn the_payroll_sheet_by_hand() {
    use rop::domain::core::locale::Lang;
    use rop::domain::motivation::pay::{Carry, Line};
    use rop::domain::motivation::payroll_sheet::{payroll_csv, PayrollRow, SheetWords, WordedLine};
    let line = |amount: i64, fixed: bool| Line {
        amount,
        fixed,
        explain: Explain::Salary {
            salary: amount,
            worked: 20,
            working: 20,
        },
    };
    let paid = PersonPay {
        manager: id(1),
        month: day("2026-11-01"),
        scheme: None,
        lines: vec![
            line(5_000_000, true),
            line(1_234_567, false),
            line(-100_050, false),
        ],
        // 5 000 000 + 1 234 567 − 100 050
        total: 6_134_517,
        carry: Carry::default(),
        closed: None,
    };
    assert_eq!(paid.fixed(), 5_000_000);
    // 1 234 567 − 100 050
    assert_eq!(paid.variable(), 1_134_517);
    assert_eq!(paid.fixed() + paid.variable(), paid.total);

    let row = |name: &str, scheme: Option<&str>, p: &PersonPay| PayrollRow {
        manager: p.manager,
        name: name.into(),
        scheme: scheme.map(Into::into),
        fixed: p.fixed(),
        variable: p.variable(),
        total: p.total,
    };
    let words = SheetWords {
        person: "Сотрудник".into(),
        scheme: "Схема".into(),
        line: "Строка".into(),
        formula: "Расчёт".into(),
        amount: "Сумма".into(),
        total: "Итого".into(),
        no_scheme: "Без схемы".into(),
    };
    let worded = |name: &str, formula: &str, amount: i64| WordedLine {
        name: name.into(),
        formula: formula.into(),
        amount,
    };
    let nobody = PersonPay {
        manager: id(2),
        lines: vec![],
        total: 0,
        ..paid.clone()
    };
    let people = vec![
        (
            row("Иванов; Иван", Some("Менеджер 2026"), &paid),
            vec![
                worded("Оклад", "50 000 × 20 / 20", 5_000_000),
                worded("За единицу", "=5 × 2 469,13", 1_234_567),
                worded("Удержание", "-1 000,50", -100_050),
            ],
        ),
        (row("Петров Пётр", None, &nobody), vec![]),
    ];
    let csv = payroll_csv(Lang::Ru, &words, &people);
    assert_eq!(
        csv,
        "\u{feff}Сотрудник;Схема;Строка;Расчёт;Сумма\r\n\
         \"Иванов; Иван\";Менеджер 2026;Оклад;50 000 × 20 / 20;50000\r\n\
         \"Иванов; Иван\";Менеджер 2026;За единицу;'=5 × 2 469,13;12345,67\r\n\
         \"Иванов; Иван\";Менеджер 2026;Удержание;'-1 000,50;-1000,50\r\n\
         \"Иванов; Иван\";Менеджер 2026;Итого;;61345,17\r\n\
         Петров Пётр;Без схемы;Итого;;0\r\n"
    );
    // In English the decimal mark is a point.
    assert!(payroll_csv(Lang::En, &words, &people).contains(";12345.67\r\n"));
}
