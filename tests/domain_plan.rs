//! Plans, splits and plan/fact against figures worked out by hand (the working is in the comments).

mod common;
use common::{apply, day, id};
use proptest::prelude::*;
use rop::domain::core::calendar::WorkCalendar;
use rop::domain::planning::fact::DayFacts;
use rop::domain::planning::metric::{catalog, Builtin};
use rop::domain::planning::plan::{Plan, PlanStatus};
use rop::domain::planning::planfact::{
    board, facts_through, Bands, Cell, Funnel, Needs, Pace, Period, Status,
};
use rop::domain::planning::split::{
    by_week, largest_remainder, ramp_percent, split_among_managers, split_over_days, SplitMethod,
};
use rop::domain::{Absence, AbsenceKind, Dataset, Edit, Manager, RecordId, Role};
use std::collections::BTreeMap;

fn facts(manager: RecordId, date: &str, values: &[(Builtin, i64)]) -> Edit {
    Edit::derived(DayFacts {
        manager,
        date: day(date),
        values: values
            .iter()
            .map(|(b, v)| (b.id(), *v))
            .collect::<BTreeMap<_, _>>(),
    })
}

fn plan(month: &str, metric: Builtin, manager: Option<RecordId>, value: i64) -> Edit {
    Edit::derived(Plan {
        month: day(month),
        metric: metric.id(),
        manager,
        value,
        status: PlanStatus::Approved,
    })
}

const A: u128 = 0xa;
const B: u128 = 0xb;

/// November 2026 (20 working days; 4 November is a holiday). A has worked here for years and is on vacation
/// 16–20 November (5 working days): 15 available days, ramp 100 %. B was hired 15 October: 20 days, second month
/// of the ramp, 75 %. Weights 15 × 100 = 1 500 and 20 × 75 = 1 500: an even split.
fn department() -> Dataset {
    let mut data = Dataset::default();
    apply(
        &mut data,
        vec![
            Edit::put(
                id(A),
                Manager::new("Аверина А.", Role::Seller, day("2024-01-10")),
            ),
            Edit::put(
                id(B),
                Manager::new("Борисов Б.", Role::Trainee, day("2026-10-15")),
            ),
            Edit::put(
                id(0x100),
                Absence {
                    manager: id(A),
                    kind: AbsenceKind::Vacation,
                    from: day("2026-11-16"),
                    to: day("2026-11-22"),
                    note: String::new(),
                },
            ),
        ],
    );
    data
}

#[test]
fn largest_remainder_by_hand() {
    // 100 into thirds: 33.33 each, one unit left over goes to the first (equal remainders, earlier first).
    assert_eq!(largest_remainder(100, &[1, 1, 1]), vec![34, 33, 33]);
    // 10 by 1:2:3 → 1.67, 3.33, 5: floors 1, 3, 5; one left; the largest remainder is 0.67 → the first.
    assert_eq!(largest_remainder(10, &[1, 2, 3]), vec![2, 3, 5]);
    // Kopecks: 1 000 000.01 ₽ over 3 days.
    assert_eq!(
        largest_remainder(100_000_001, &[1, 1, 1]),
        vec![33_333_334, 33_333_334, 33_333_333]
    );
    // A zero weight gets nothing; all-zero weights cannot split.
    assert_eq!(largest_remainder(7, &[0, 1, 1]), vec![0, 4, 3]);
    assert_eq!(largest_remainder(7, &[0, 0]), vec![0, 0]);
    assert_eq!(largest_remainder(-5, &[1, 1]), vec![-3, -2]);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Exact: the parts add up to the whole, and each part is its exact quota rounded down or up.
    #[test]
    fn largest_remainder_is_exact(total in 0i64..1_000_000_000_000, weights in prop::collection::vec(0u64..10_000, 1..60)) {
        let parts = largest_remainder(total, &weights);
        let sum: u128 = weights.iter().map(|w| *w as u128).sum();
        prop_assert_eq!(parts.len(), weights.len());
        match (total as u128).checked_div(sum) {
            None => prop_assert!(parts.iter().all(|p| *p == 0)),
            Some(_) => {
                prop_assert_eq!(parts.iter().sum::<i64>(), total);
                for (p, w) in parts.iter().zip(&weights) {
                    let floor = (total as u128 * *w as u128 / sum) as i64;
                    prop_assert!(*p == floor || *p == floor + 1);
                }
            }
        }
    }

    /// A month split into days and then weeks still adds up to the month.
    #[test]
    fn day_and_week_splits_add_up(total in 0i64..10_000_000_000, month in 1u32..=12, year in 2024i32..=2027) {
        let first = chrono::NaiveDate::from_ymd_opt(year, month, 1).unwrap();
        let cal = WorkCalendar::official();
        let days = cal.working_days(first, rop::domain::core::calendar::month_end(first));
        let split = split_over_days(total, &days);
        prop_assert_eq!(split.iter().map(|(_, v)| v).sum::<i64>(), total);
        prop_assert_eq!(by_week(&split).iter().map(|(_, v)| v).sum::<i64>(), total);
    }
}

#[test]
fn ramp_by_months_since_hire() {
    let ramp = [50, 75, 100];
    assert_eq!(
        ramp_percent(day("2026-10-15"), day("2026-10-01"), &ramp),
        50
    );
    assert_eq!(
        ramp_percent(day("2026-10-15"), day("2026-11-01"), &ramp),
        75
    );
    assert_eq!(
        ramp_percent(day("2026-10-15"), day("2026-12-01"), &ramp),
        100
    );
    assert_eq!(
        ramp_percent(day("2026-10-15"), day("2027-06-01"), &ramp),
        100
    );
    assert_eq!(
        ramp_percent(day("2026-10-15"), day("2026-09-01"), &ramp),
        0,
        "before hire"
    );
}

#[test]
fn department_plan_split_among_managers_by_working_days_and_ramp() {
    let data = department();
    let cal = data.calendar();
    let shares = split_among_managers(
        &data,
        &cal,
        day("2026-11-01"),
        100_000_001,
        &[id(A), id(B)],
        &SplitMethod::ByWorkingDays,
        &[50, 75, 100],
    );
    let got: Vec<_> = shares.iter().map(|s| (s.days, s.ramp, s.value)).collect();
    // 1 500 : 1 500, one kopeck left over goes to the first.
    assert_eq!(got, vec![(15, 100, 50_000_001), (20, 75, 50_000_000)]);
    let by_share = split_among_managers(
        &data,
        &cal,
        day("2026-11-01"),
        1_000,
        &[id(A), id(B)],
        &SplitMethod::ByShare(vec![70, 30]),
        &[],
    );
    assert_eq!(
        by_share.iter().map(|s| s.value).collect::<Vec<_>>(),
        vec![700, 300]
    );
}

/// The plan page's use cases on the same department: who is planned, the gap, the split, approving the month.
#[test]
fn a_month_plan_is_split_checked_and_approved() {
    use rop::domain::planning::month_plan::{
        approve_month, month_status, planned_people, split_plan, split_sums,
    };
    let mut data = department();
    let nov = day("2026-11-01");
    let payments = Builtin::Payments.id();
    // B was hired in October: planned in November, not in September.
    let names = |m: chrono::NaiveDate, d: &Dataset| -> Vec<RecordId> {
        planned_people(d, m).iter().map(|r| r.id).collect()
    };
    assert_eq!(names(nov, &data), vec![id(A), id(B)]);
    assert_eq!(names(day("2026-09-01"), &data), vec![id(A)]);
    assert_eq!(month_status(&data, nov), None, "no plans yet");
    // A department plan of 1 000 001 ₽ (in kopecks 100 000 100), a draft.
    let mut dept = Plan {
        month: nov,
        metric: payments,
        manager: None,
        value: 100_000_100,
        status: PlanStatus::Draft,
    };
    apply(&mut data, vec![Edit::derived(dept.clone())]);
    let sums = split_sums(&data, nov, payments);
    assert_eq!(
        (sums.department, sums.managers, sums.gap()),
        (Some(100_000_100), 0, 100_000_100)
    );
    // Split by working days and ramp (1 500 : 1 500, see `department`): 50 000 050 each, no gap left.
    let edits = split_plan(&data, nov, payments, &SplitMethod::ByWorkingDays);
    assert_eq!(edits.len(), 2);
    apply(&mut data, edits);
    let sums = split_sums(&data, nov, payments);
    assert_eq!((sums.managers, sums.gap()), (100_000_100, 0));
    assert_eq!(month_status(&data, nov), Some(PlanStatus::Draft));
    // Approving approves the three drafts; afterwards there is nothing left to approve.
    let approve = approve_month(&data, nov);
    assert_eq!(approve.len(), 3);
    apply(&mut data, approve);
    assert_eq!(month_status(&data, nov), Some(PlanStatus::Approved));
    assert!(approve_month(&data, nov).is_empty());
    // A changed department plan opens a gap again: shown, never hidden.
    dept.value = 100_000_000;
    dept.status = PlanStatus::Approved;
    apply(&mut data, vec![Edit::derived(dept)]);
    assert_eq!(split_sums(&data, nov, payments).gap(), -100);
}

/// The facts grid's bottom row: each metric summed over the day's people; another day and deleted rows apart.
#[test]
fn day_totals_by_hand() {
    use rop::domain::planning::fact::day_totals;
    let mut data = department();
    apply(
        &mut data,
        vec![
            facts(
                id(A),
                "2026-11-25",
                &[(Builtin::Calls, 40), (Builtin::Deals, 2)],
            ),
            facts(id(B), "2026-11-25", &[(Builtin::Calls, 35)]),
            facts(id(B), "2026-11-24", &[(Builtin::Calls, 99)]),
        ],
    );
    let totals = day_totals(&data, day("2026-11-25"));
    // Calls 40 + 35 = 75; deals 2 (B entered none, which is not 0 entered).
    assert_eq!(
        totals,
        BTreeMap::from([(Builtin::Calls.id(), 75), (Builtin::Deals.id(), 2)])
    );
}

#[test]
fn pace_formulas_by_hand() {
    // Plan 50 000 001, fact 30 000 000 after 9 of 15 working days.
    let p = Pace {
        plan: 50_000_001,
        fact: 30_000_000,
        days_total: 15,
        days_elapsed: 9,
    };
    assert_eq!(p.deviation(), -20_000_001);
    // 30 000 000 / 50 000 001 = 0.599999988 (59.9999988 %)
    assert!((p.completion().unwrap() - 0.599_999_988).abs() < 1e-8);
    // 50 000 001 × 9 / 15 = 30 000 000.6 → 30 000 001
    assert_eq!(p.expected(), 30_000_001);
    assert!((p.pace_index().unwrap() - 30_000_000.0 / 30_000_001.0).abs() < 1e-12);
    // 30 000 000 / 9 × 15 = 50 000 000
    assert_eq!(p.forecast(), Some(50_000_000));
    // (50 000 001 − 30 000 000) / 6 = 3 333 333.5 → up: 3 333 334
    assert_eq!(p.required_per_day(), Some(3_333_334));
    // 99.99999 % of pace: just under the on-track line.
    assert_eq!(p.status(Bands::default()), Status::Behind);
    let done = Pace {
        fact: 50_000_001,
        ..p
    };
    assert_eq!(done.status(Bands::default()), Status::Done);
    assert_eq!(done.required_per_day(), Some(0));
    let start = Pace {
        fact: 0,
        days_elapsed: 0,
        ..p
    };
    assert_eq!(start.status(Bands::default()), Status::NotStarted);
    assert_eq!(start.forecast(), None);
    let last_day = Pace {
        days_elapsed: 15,
        ..p
    };
    assert_eq!(last_day.required_per_day(), None, "no day left to catch up");
    assert_eq!(Pace::default().status(Bands::default()), Status::NoPlan);
    assert_eq!(Pace::default().completion(), None);
}

#[test]
fn the_shortfall_and_the_meter_by_hand() {
    let p = Pace {
        plan: 50_000_001,
        fact: 30_000_000,
        days_total: 15,
        days_elapsed: 9,
    };
    // 50 000 001 − 30 000 000 = 20 000 001 still to do; 59.9999988 % fills 60 % of the meter.
    assert_eq!(p.shortfall(), 20_000_001);
    assert_eq!(p.meter_percent(), 60);
    // Over the plan: nothing to do; 250 % of the plan fills the meter to its end, 200.
    let over = Pace {
        fact: 125_000_003,
        ..p
    };
    assert_eq!(over.shortfall(), 0);
    assert_eq!(over.meter_percent(), 200);
    // A refund month (negative fact): more than the plan to do, an empty meter.
    let refunds = Pace { fact: -1_000, ..p };
    assert_eq!(refunds.shortfall(), 50_001_001);
    assert_eq!(refunds.meter_percent(), 0);
    assert_eq!(Pace::default().meter_percent(), 0, "no plan, no fill");
}

#[test]
fn board_of_a_month_and_a_week_by_hand() {
    let mut data = department();
    let (a, b) = (id(A), id(B));
    apply(
        &mut data,
        vec![
            plan("2026-11-01", Builtin::Payments, None, 100_000_001),
            plan("2026-11-01", Builtin::Payments, Some(a), 50_000_001),
            plan("2026-11-01", Builtin::Payments, Some(b), 50_000_000),
            // Conversion of the sums: day 1 is 3/30 (10 %), day 2 is 7/10 (70 %); the mean of the days would be
            // 40 %, the ratio of the sums is 10/40 = 25 %.
            facts(
                a,
                "2026-11-02",
                &[
                    (Builtin::Payments, 10_000_000),
                    (Builtin::Leads, 30),
                    (Builtin::Deals, 3),
                ],
            ),
            facts(
                a,
                "2026-11-10",
                &[
                    (Builtin::Payments, 10_000_000),
                    (Builtin::Leads, 10),
                    (Builtin::Deals, 7),
                ],
            ),
            facts(a, "2026-11-13", &[(Builtin::Payments, 10_000_000)]),
            facts(
                b,
                "2026-11-05",
                &[
                    (Builtin::Payments, 5_000_000),
                    (Builtin::TasksDone, 1),
                    (Builtin::TaskQuality, 200),
                ],
            ),
            facts(
                b,
                "2026-11-06",
                &[(Builtin::TasksDone, 3), (Builtin::TaskQuality, 500)],
            ),
            // Outside the month: not counted.
            facts(a, "2026-10-30", &[(Builtin::Payments, 99_000_000)]),
        ],
    );
    let metrics = catalog(&data);
    let cal = data.calendar();
    let pay = Builtin::Payments.id();
    // Through Friday 13 November: 2, 3, 5, 6, 9, 10, 11, 12, 13 = 9 working days elapsed.
    let month = board(
        &data,
        &cal,
        &metrics,
        &[a, b],
        Period::month(day("2026-11-13")),
        day("2026-11-13"),
    );
    let pa = month.managers[0].pace(pay).unwrap();
    assert_eq!(
        pa,
        Pace {
            plan: 50_000_001,
            fact: 30_000_000,
            days_total: 15,
            days_elapsed: 9
        }
    );
    let dept = month.department.pace(pay).unwrap();
    assert_eq!(
        dept,
        Pace {
            plan: 100_000_001,
            fact: 35_000_000,
            days_total: 20,
            days_elapsed: 9
        }
    );
    // 100 000 001 × 9 / 20 = 45 000 000.45 → 45 000 000; 35 000 000 × 20 / 9 = 77 777 777.8 → 77 777 778;
    // (100 000 001 − 35 000 000) / 11 = 5 909 091 exactly.
    assert_eq!(dept.expected(), 45_000_000);
    assert_eq!(dept.forecast(), Some(77_777_778));
    assert_eq!(dept.required_per_day(), Some(5_909_091));
    // 35 / 45 = 77.8 % of pace: below 90 %.
    assert_eq!(dept.status(Bands::default()), Status::AtRisk);
    assert_eq!(month.unassigned[&pay], 0);
    match month.managers[0].cells[&Builtin::Conversion.id()] {
        Cell::Ratio { fact, .. } => assert_eq!((fact.num, fact.den), (10, 40)),
        ref c => panic!("{c:?}"),
    }
    // Quality weighted by tasks: (2.00 × 1 + 5.00 × 3) / 4 = 4.25.
    match month.department.cells[&Builtin::TaskQuality.id()] {
        Cell::Mean { fact, .. } => assert_eq!(fact.value(), Some(425.0)),
        ref c => panic!("{c:?}"),
    }
    // The week of 9–15 November: A's 50 000 001 over 15 days is 3 333 333 a day with 6 kopecks left over, which
    // go to the first 6 days (2, 3, 5, 6, 9, 10 November). The week has 9, 10 (+1 each) and 11, 12, 13.
    let week = board(
        &data,
        &cal,
        &metrics,
        &[a, b],
        Period::week(day("2026-11-11")),
        day("2026-11-13"),
    );
    let wa = week.managers[0].pace(pay).unwrap();
    assert_eq!(wa.plan, 3_333_334 * 2 + 3_333_333 * 3);
    assert_eq!(
        (wa.fact, wa.days_total, wa.days_elapsed),
        (20_000_000, 5, 5)
    );
}

#[test]
fn facts_are_complete_through_yesterday_until_today_has_any() {
    let mut data = department();
    assert_eq!(facts_through(&data, day("2026-11-27")), day("2026-11-26"));
    apply(
        &mut data,
        vec![facts(id(A), "2026-11-27", &[(Builtin::Calls, 12)])],
    );
    assert_eq!(facts_through(&data, day("2026-11-27")), day("2026-11-27"));
}

#[test]
fn reverse_funnel_by_hand() {
    // 400 calls → 80 leads → 20 deals → 2 000 000 ₽: conversion 25 %, average check 100 000 ₽, 5 calls a lead.
    let f = Funnel {
        calls: 400,
        leads: 80,
        deals: 20,
        payments: 200_000_000,
    };
    assert_eq!(f.conversion().value(), Some(0.25));
    assert_eq!(f.average_check().value(), Some(10_000_000.0));
    // A plan of 3 050 000 ₽: 30.5 deals → 31; 31 / 25 % = 124 leads; 124 × 5 = 620 calls.
    assert_eq!(
        f.needs(305_000_000),
        Some(Needs {
            deals: 31,
            leads: 124,
            calls: 620
        })
    );
    assert_eq!(Funnel::default().needs(1), None, "nothing to learn from");
}

#[test]
fn setting_a_plan_logs_the_change_once() {
    let mut data = department();
    apply(
        &mut data,
        vec![plan("2026-11-01", Builtin::Calls, None, 1_000)],
    );
    apply(
        &mut data,
        vec![plan("2026-11-01", Builtin::Calls, None, 1_000)],
    );
    apply(
        &mut data,
        vec![plan("2026-11-01", Builtin::Calls, None, 1_200)],
    );
    assert_eq!(
        data.plans.len(),
        1,
        "one record per month, metric and person"
    );
    let mut log: Vec<_> = data
        .plan_log
        .values()
        .map(|r| (r.data.from, r.data.to))
        .collect();
    log.sort();
    assert_eq!(
        log,
        vec![(None, 1_000), (Some(1_000), 1_200)],
        "an unchanged save logs nothing"
    );
}

#[test]
fn cumulative_curve_of_a_month_by_hand() {
    use rop::domain::planning::planfact::{cumulative, CumulativeDay};
    let mut data = department();
    let a = id(A);
    apply(
        &mut data,
        vec![
            // 2 000 over November's 20 working days: 100 a day.
            plan("2026-11-01", Builtin::Calls, None, 2_000),
            facts(a, "2026-11-02", &[(Builtin::Calls, 90)]),
            facts(a, "2026-11-03", &[(Builtin::Calls, 120)]),
            // Wednesday 4 November is a holiday: a call made that day counts on Thursday.
            facts(a, "2026-11-04", &[(Builtin::Calls, 5)]),
            facts(a, "2026-11-05", &[(Builtin::Calls, 100)]),
        ],
    );
    let curve = cumulative(
        &data,
        &data.calendar(),
        Builtin::Calls.id(),
        day("2026-11-01"),
        day("2026-11-05"),
    );
    assert_eq!(curve.len(), 20);
    assert_eq!(
        curve[..4],
        [
            CumulativeDay {
                date: day("2026-11-02"),
                plan: 100,
                fact: Some(90)
            },
            CumulativeDay {
                date: day("2026-11-03"),
                plan: 200,
                fact: Some(210)
            },
            CumulativeDay {
                date: day("2026-11-05"),
                plan: 300,
                fact: Some(315)
            },
            CumulativeDay {
                date: day("2026-11-06"),
                plan: 400,
                fact: None
            },
        ]
    );
    assert_eq!(
        curve.last().unwrap().plan,
        2_000,
        "the curve ends at the plan"
    );
    // Read on Sunday 8 November: Saturday's calls show on Friday, the last working day shown.
    apply(
        &mut data,
        vec![facts(a, "2026-11-07", &[(Builtin::Calls, 40)])],
    );
    let sunday = cumulative(
        &data,
        &data.calendar(),
        Builtin::Calls.id(),
        day("2026-11-01"),
        day("2026-11-08"),
    );
    assert_eq!(sunday[3].fact, Some(355), "Friday 6 November: 315 + 40");
    assert_eq!(sunday[4].fact, None, "Monday 9 November is still to come");
}

#[test]
fn report_csv_and_text_by_hand() {
    use rop::domain::core::sheet::csv_cell;
    use rop::domain::planning::planfact::{Status, Who};
    use rop::domain::planning::report::message::Style;
    use rop::domain::planning::report::{build, Labels, ReportKind};
    let mut data = department();
    let (a, b) = (id(A), id(B));
    apply(
        &mut data,
        vec![
            plan("2026-11-01", Builtin::Payments, None, 100_000_000),
            plan("2026-11-01", Builtin::Payments, Some(a), 60_000_000),
            plan("2026-11-01", Builtin::Payments, Some(b), 40_000_000),
            facts(
                a,
                "2026-11-02",
                &[
                    (Builtin::Payments, 50_000_000),
                    (Builtin::Leads, 10),
                    (Builtin::Deals, 2),
                ],
            ),
            facts(b, "2026-11-02", &[(Builtin::Payments, 1_000_000)]),
        ],
    );
    let metrics: Vec<_> = catalog(&data)
        .into_iter()
        .filter(|m| matches!(m.builtin, Some(Builtin::Payments | Builtin::Conversion)))
        .collect();
    let report = build(
        &data,
        &data.calendar(),
        metrics,
        &[a, b],
        ReportKind::Monthly,
        day("2026-11-13"),
        day("2026-11-13"),
    );
    let names = |id: RecordId| {
        if id == uuid::Uuid::from_u128(A) {
            "Аверина; А.".to_string()
        } else {
            "=Борисов".to_string()
        }
    };
    let labels = Labels {
        title: "Отчёт за ноябрь 2026".into(),
        through: "Факты по 13.11.2026".into(),
        behind: "Отстают".into(),
        metric: "Показатель".into(),
        manager: "Кто".into(),
        plan: "План".into(),
        fact: "Факт".into(),
        completion: "Выполнение".into(),
        deviation: "Отклонение".into(),
        forecast: "Прогноз".into(),
        status: "Статус".into(),
        department: "Отдел".into(),
        highlights: "Успехи".into(),
        problems: "Проблемы".into(),
        actions: "Действия".into(),
        metric_name: Box::new(|m| format!("{:?}", m.builtin.unwrap())),
        manager_name: Box::new(names),
        status_name: Box::new(|s| format!("{s:?}")),
    };
    let csv = report.csv(rop::domain::Lang::Ru, "RUB", &labels);
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(
        lines[0],
        "Кто;Показатель;План;Факт;Выполнение;Отклонение;Прогноз;Статус"
    );
    // Department: 510 000 ₽ of 1 000 000 ₽ after 9 of 20 days: forecast 510 000 × 20 / 9 = 1 133 333,33 ₽.
    // Plain numbers, so Excel can sum them.
    assert_eq!(
        lines[1],
        "Отдел;Payments;1000000;510000;51,0;-490000;1133333,33;OnTrack"
    );
    // Conversion 2 / 10 = 20 %, no plan.
    assert_eq!(lines[2], "Отдел;Conversion;;20,0;;;;");
    assert!(
        lines[3].starts_with("\"Аверина; А.\";Payments;"),
        "a name with the separator is quoted"
    );
    assert!(
        lines[4].starts_with("'=Борисов;"),
        "a formula-looking name is defused"
    );
    assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
    assert_eq!(csv_cell("-5"), "-5", "a negative number stays a number");

    // Page one: payments is the only summed metric here, so the only key figure, and the lead metric.
    let figures = report.key_figures();
    assert_eq!(figures.len(), 1);
    assert_eq!(figures[0].pace.plan, 100_000_000);
    assert_eq!(figures[0].pace.fact, 51_000_000);
    assert_eq!(figures[0].status, Status::OnTrack);
    assert_eq!(
        report.lead_metric().and_then(|m| m.builtin),
        Some(Builtin::Payments)
    );
    // With leads (a fact, no plan) and calls (neither) in the catalogue, leads come after payments, the lead
    // metric, and calls are left out.
    let wider = build(
        &data,
        &data.calendar(),
        catalog(&data)
            .into_iter()
            .filter(|m| {
                matches!(
                    m.builtin,
                    Some(Builtin::Leads | Builtin::Calls | Builtin::Payments)
                )
            })
            .collect(),
        &[a, b],
        ReportKind::Monthly,
        day("2026-11-13"),
        day("2026-11-13"),
    );
    let order: Vec<_> = wider
        .key_figures()
        .iter()
        .map(|f| f.metric.builtin)
        .collect();
    assert_eq!(order, [Some(Builtin::Payments), Some(Builtin::Leads)]);
    // The people: the department, then by completion: A 500 000 / 600 000 = 83,3 %, B 10 000 / 400 000 = 2,5 %.
    let people = report.people(&figures);
    let who: Vec<Who> = people.iter().map(|l| l.who).collect();
    assert_eq!(who, [Who::Department, Who::Manager(a), Who::Manager(b)]);
    assert_eq!(people[2].paces[0].map(|p| p.fact), Some(1_000_000));

    // The message: forecast 1 133 333,33 ₽ in whole roubles; B is at risk: expected 400 000 × 9 / 20 =
    // 180 000 ₽, done 10 000 ₽, deviation −390 000 ₽.
    let plain = report.message(rop::domain::Lang::Ru, "RUB", &labels, Style::Plain);
    assert_eq!(
        plain,
        "Отчёт за ноябрь 2026\nФакты по 13.11.2026\n\n\
         — Payments: факт 510\u{a0}000\u{a0}₽, план 1\u{a0}000\u{a0}000\u{a0}₽ (51,0\u{a0}%), прогноз 1\u{a0}133\u{a0}333\u{a0}₽ · OnTrack\n\
         — Conversion: 20,0\u{a0}%\n\n\
         Отстают · Payments:\n— =Борисов: 2,5\u{a0}% (−390\u{a0}000\u{a0}₽)\n"
    );
    let mut report = report;
    report.notes.highlights = "Аверина закрыла сделку.\n".into();
    let md = report.message(rop::domain::Lang::Ru, "RUB", &labels, Style::Markdown);
    assert!(
        md.starts_with(
            "**Отчёт за ноябрь 2026**\n_Факты по 13.11.2026_\n\n- **Payments:** факт 510"
        ),
        "{md}"
    );
    assert!(
        md.contains("\n**Отстают · Payments:**\n- =Борисов: 2,5"),
        "{md}"
    );
    assert!(
        md.ends_with("\n**Успехи:**\nАверина закрыла сделку.\n"),
        "{md}"
    );
    assert!(!md.contains('|'), "no table in a message");
}

#[test]
fn a_weeks_cumulative_curve_takes_each_months_daily_plan() {
    use rop::domain::planning::planfact::{cumulative_in, CumulativeDay, Period};
    let mut data = department();
    let a = id(A);
    apply(
        &mut data,
        vec![
            // November: 2 000 over 20 working days = 100 a day; December: 4 400 over 22 = 200 a day.
            plan("2026-11-01", Builtin::Calls, None, 2_000),
            plan("2026-12-01", Builtin::Calls, None, 4_400),
            // Saturday before the week: not in it.
            facts(a, "2026-11-28", &[(Builtin::Calls, 7)]),
            facts(a, "2026-11-30", &[(Builtin::Calls, 50)]),
            facts(a, "2026-12-01", &[(Builtin::Calls, 250)]),
            // Saturday after the week's last working day: counted on Friday, so the curve ends at the week's fact.
            facts(a, "2026-12-05", &[(Builtin::Calls, 30)]),
        ],
    );
    let curve = cumulative_in(
        &data,
        &data.calendar(),
        Builtin::Calls.id(),
        Period::week(day("2026-12-02")),
        day("2026-12-01"),
    );
    let at = |date: &str, plan: i64, fact: Option<i64>| CumulativeDay {
        date: day(date),
        plan,
        fact,
    };
    assert_eq!(
        curve,
        [
            at("2026-11-30", 100, Some(50)),
            at("2026-12-01", 300, Some(300)),
            at("2026-12-02", 500, None),
            at("2026-12-03", 700, None),
            at("2026-12-04", 900, None),
        ]
    );
    let whole_week = cumulative_in(
        &data,
        &data.calendar(),
        Builtin::Calls.id(),
        Period::week(day("2026-12-02")),
        day("2026-12-06"),
    );
    assert_eq!(whole_week[4], at("2026-12-04", 900, Some(330)));
}

#[test]
fn periods_around_a_day_and_their_neighbours() {
    use rop::domain::planning::planfact::PeriodKind;
    let d = day("2026-11-27");
    let p = |k: PeriodKind| {
        let x = k.around(d);
        (x.from, x.to)
    };
    assert_eq!(p(PeriodKind::Day), (d, d));
    assert_eq!(p(PeriodKind::Week), (day("2026-11-23"), day("2026-11-29")));
    assert_eq!(p(PeriodKind::Month), (day("2026-11-01"), day("2026-11-30")));
    assert_eq!(
        p(PeriodKind::Quarter),
        (day("2026-10-01"), day("2026-12-31"))
    );
    assert_eq!(PeriodKind::Month.step(d, -1), day("2026-10-01"));
    assert_eq!(PeriodKind::Quarter.step(d, 1), day("2027-01-01"));
    assert_eq!(PeriodKind::Week.step(d, -1), day("2026-11-16"));
    assert_eq!(PeriodKind::Day.step(d, 1), day("2026-11-28"));
}

/// A cell of the facts grid: set, changed, cleared and undone, the day's other metrics untouched; an unchanged value
/// makes no edit.
#[test]
fn a_fact_cell_is_set_cleared_and_undone_without_touching_its_neighbours() {
    use rop::domain::planning::fact::{put_back, set_value, value_of};
    let mut data = Dataset::default();
    let (who, d) = (id(A), day("2026-11-27"));
    let (calls, pay) = (Builtin::Calls.id(), Builtin::Payments.id());
    assert_eq!(value_of(&data, who, d, calls), None);
    let (before, edit) = set_value(&data, who, d, calls, Some(40)).unwrap();
    assert!(before.values.is_empty(), "a day not entered yet");
    apply(&mut data, vec![edit]);
    let (_, edit) = set_value(&data, who, d, pay, Some(1_500_000)).unwrap();
    apply(&mut data, vec![edit]);
    assert_eq!(
        set_value(&data, who, d, calls, Some(40)),
        None,
        "nothing changes"
    );
    // Calls corrected to 45: undo brings back 40 and the payments stay.
    let (before, edit) = set_value(&data, who, d, calls, Some(45)).unwrap();
    apply(&mut data, vec![edit]);
    assert_eq!(value_of(&data, who, d, calls), Some(45));
    apply(&mut data, vec![put_back(before)]);
    assert_eq!(value_of(&data, who, d, calls), Some(40));
    assert_eq!(value_of(&data, who, d, pay), Some(1_500_000));
    // Cleared: not entered, which is not 0.
    let (_, edit) = set_value(&data, who, d, calls, None).unwrap();
    apply(&mut data, vec![edit]);
    assert_eq!(value_of(&data, who, d, calls), None);
    assert_eq!(value_of(&data, who, d, pay), Some(1_500_000));
}

/// Moving a metric swaps it with its neighbour; only the metrics whose place changed are written, each with order
/// 10 × place, and nothing moves past either end.
#[test]
fn moving_a_metric_swaps_it_with_its_neighbour_and_renumbers_what_moved() {
    use rop::domain::planning::metric::move_metric;
    let mut data = Dataset::default();
    let before: Vec<RecordId> = catalog(&data).iter().map(|m| m.id).collect();
    assert!(before.len() >= 3);
    assert!(
        move_metric(&catalog(&data), 0, true).is_empty(),
        "the first cannot go up"
    );
    let last = before.len() - 1;
    assert!(
        move_metric(&catalog(&data), last, false).is_empty(),
        "the last cannot go down"
    );
    let edits = move_metric(&catalog(&data), 1, true);
    assert!(!edits.is_empty());
    apply(&mut data, edits);
    let after = catalog(&data);
    let mut expected = before.clone();
    expected.swap(0, 1);
    assert_eq!(after.iter().map(|m| m.id).collect::<Vec<_>>(), expected);
    assert_eq!((after[0].order, after[1].order), (0, 10));
    // Moving it back restores the first order, and a second move writes only the two that changed.
    let back = move_metric(&after, 0, false);
    assert_eq!(back.len(), 2);
    apply(&mut data, back);
    assert_eq!(
        catalog(&data).iter().map(|m| m.id).collect::<Vec<_>>(),
        before
    );
}

#[test]
fn a_share_is_read_as_typed_and_held_to_its_limit() {
    use rop::domain::planning::split::{parse_share, SHARE_MAX};
    assert_eq!(parse_share("30"), Some(30));
    assert_eq!(parse_share(" 30 % "), Some(30));
    assert_eq!(parse_share("30%"), Some(30));
    assert_eq!(parse_share(""), None);
    assert_eq!(parse_share("тридцать"), None);
    assert_eq!(parse_share("-5"), None);
    assert_eq!(parse_share("99999999"), Some(SHARE_MAX));
}
