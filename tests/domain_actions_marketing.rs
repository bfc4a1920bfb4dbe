//! P3 weekly actions (carry-over), P5 lead sources (plan/fact, quality from counts), P6 promotions (before/after),
//! against figures worked out by hand.

mod common;
use common::{apply, day, id};
use rop::domain::core::rules::Rule;
use rop::domain::planning::actions::{
    carry_over, carry_over_edits, monday, week_actions, ActionStatus, WeekAction,
};
use rop::domain::planning::fact::DayFacts;
use rop::domain::planning::marketing::{effect, sources_month, LeadSource, Promotion, SourceMonth};
use rop::domain::planning::metric::Builtin;
use rop::domain::{Dataset, Edit};

fn action(week: &str, day: u8, text: &str, status: ActionStatus) -> WeekAction {
    WeekAction {
        week: rop::domain::planning::actions::monday(common::day(week)),
        day,
        owner: None,
        metric: Some(Builtin::Calls.id()),
        text: text.into(),
        status,
        carried_from: None,
    }
}

#[test]
fn unfinished_actions_carry_over_once() {
    let mut data = Dataset::default();
    let week = monday(day("2026-11-25"));
    assert_eq!(week, day("2026-11-23"));
    apply(
        &mut data,
        vec![
            Edit::put(
                id(1),
                action(
                    "2026-11-23",
                    0,
                    "Разбор звонков Новикова",
                    ActionStatus::Done,
                ),
            ),
            Edit::put(
                id(2),
                action(
                    "2026-11-23",
                    2,
                    "Обзвон спящих клиентов",
                    ActionStatus::Planned,
                ),
            ),
            Edit::put(
                id(3),
                action("2026-11-23", 4, "Скрипт возражений", ActionStatus::Dropped),
            ),
        ],
    );
    let carried = carry_over(&data, week);
    assert_eq!(carried.len(), 1, "only the planned one");
    let (_, copy) = &carried[0];
    assert_eq!(
        (copy.week, copy.day, copy.carried_from),
        (day("2026-11-30"), 2, Some(id(2)))
    );
    assert_eq!(copy.date(), day("2026-12-02"));
    // The button's writes are these copies.
    let edits = carry_over_edits(&data, week);
    assert_eq!(edits.len(), 1);
    apply(&mut data, edits);
    assert!(
        carry_over_edits(&data, week).is_empty(),
        "carrying over again makes no second copy"
    );
    assert_eq!(week_actions(&data, day("2026-11-30")).len(), 1);
    let mut bad = action("2026-11-25", 9, " ", ActionStatus::Planned);
    bad.week = day("2026-11-25");
    let rules: Vec<Rule> = bad.problems().into_iter().map(|p| p.rule).collect();
    assert_eq!(
        rules,
        vec![
            Rule::WeekStart,
            Rule::Range { min: 0, max: 6 },
            Rule::Required
        ]
    );
}

#[test]
fn lead_sources_plan_and_fact_by_hand() {
    let mut data = Dataset::default();
    let nov = day("2026-11-01");
    apply(
        &mut data,
        vec![
            Edit::put(
                id(10),
                LeadSource {
                    name: "Сайт".into(),
                    active: true,
                },
            ),
            Edit::put(
                id(11),
                LeadSource {
                    name: "Выставки".into(),
                    active: true,
                },
            ),
            Edit::put(
                id(12),
                LeadSource {
                    name: "Старый канал".into(),
                    active: false,
                },
            ),
            Edit::derived(SourceMonth {
                source: id(10),
                month: nov,
                plan_leads: 300,
                plan_qualified_pct: 40,
                leads: 240,
                qualified: 60,
            }),
            Edit::derived(SourceMonth {
                source: id(11),
                month: nov,
                plan_leads: 100,
                plan_qualified_pct: 80,
                leads: 120,
                qualified: 90,
            }),
        ],
    );
    let (rows, total) = sources_month(&data, nov);
    let names: Vec<&str> = rows.iter().map(|(_, n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        vec!["Выставки", "Сайт"],
        "an inactive source without numbers is not listed"
    );
    // Site: 240 / 300 = 80 %, quality 60 / 240 = 25 % against 40 %.
    assert_eq!(rows[1].2.completion(), Some(0.8));
    assert_eq!(rows[1].2.quality(), Some(0.25));
    // Total: 360 of 400 leads (90 %); quality 150 / 360 = 41.7 % (from the counts, not the mean of 25 % and 75 %);
    // planned quality (300 × 40 + 100 × 80) / 400 = 50 %.
    assert_eq!(
        (total.plan_leads, total.leads, total.qualified),
        (400, 360, 150)
    );
    assert_eq!(total.completion(), Some(0.9));
    assert!((total.quality().unwrap() - 150.0 / 360.0).abs() < 1e-12);
    assert_eq!(total.plan_qualified_pct, 50);
    let bad = SourceMonth {
        source: id(10),
        month: nov,
        plan_leads: -1,
        plan_qualified_pct: 120,
        leads: 5,
        qualified: 6,
    };
    let fields: Vec<String> = bad
        .problems()
        .into_iter()
        .map(|p| p.field.into_owned())
        .collect();
    assert_eq!(
        fields,
        vec!["plan_leads", "qualified", "plan_qualified_pct"]
    );
}

#[test]
fn promotion_against_the_same_length_before() {
    let mut data = Dataset::default();
    let facts = |date: &str, deals: i64| {
        Edit::derived(DayFacts {
            manager: id(1),
            date: day(date),
            values: [(Builtin::Deals.id(), deals)].into_iter().collect(),
        })
    };
    apply(
        &mut data,
        vec![
            // Before: 10–16 November (7 days): 3 + 5 = 8 deals. During: 17–23 November: 4 + 6 + 2 = 12.
            facts("2026-11-09", 100),
            facts("2026-11-10", 3),
            facts("2026-11-13", 5),
            facts("2026-11-17", 4),
            facts("2026-11-18", 6),
            facts("2026-11-23", 2),
            facts("2026-11-24", 100),
        ],
    );
    let promo = Promotion {
        name: "Чёрная пятница".into(),
        from: day("2026-11-17"),
        to: day("2026-11-23"),
        description: String::new(),
        metric: Builtin::Deals.id(),
    };
    let e = effect(&data, &promo);
    assert_eq!((e.during, e.before, e.days), (12, 8, 7));
    assert_eq!(e.change(), Some(0.5), "(12 − 8) / 8 = +50 %");
    let backwards = Promotion {
        to: day("2026-11-01"),
        ..promo
    };
    assert_eq!(backwards.problems()[0].rule, Rule::EndBeforeStart);
}
