//! M2–M4 and their privacy: contest standings and winners, badges, development plans, one-on-ones (cadence and
//! carried actions), and the meeting-room file that never carries or touches personal records. Figures worked
//! out by hand in the comments.

mod common;
use common::*;
use rop::domain::core::settings::{BadgeRule, Settings};
use rop::domain::motivation::badge::badges;
use rop::domain::motivation::contest::{
    close, listed, period_plan, running_on, standings, CloseError, Contest, Scoring,
};
use rop::domain::motivation::development::{DevPlan, Goal, GoalStatus, Step, Target};
use rop::domain::motivation::one_on_one::{cadence_of, carried, Agreed, OneOnOne, Side};
use rop::domain::organisation::promise::Promise;
use rop::domain::planning::fact::DayFacts;
use rop::domain::planning::metric::Builtin;
use rop::domain::planning::plan::{Plan, PlanStatus};
use rop::domain::team::{Manager, Role};
use rop::domain::{Dataset, Edit, StoreName};
use rop::sync::{export, export_scoped, keep_personal, merge, read_export, Context, Scope};

fn pay() -> rop::domain::RecordId {
    Builtin::Payments.id()
}

fn plan(who: u128, month: &str, value: i64) -> Edit {
    Edit::derived(Plan {
        month: day(month),
        metric: pay(),
        manager: Some(id(who)),
        value,
        status: PlanStatus::Approved,
    })
}

fn fact(who: u128, date: &str, metric: rop::domain::RecordId, value: i64) -> Edit {
    Edit::derived(DayFacts {
        manager: id(who),
        date: day(date),
        values: [(metric, value)].into_iter().collect(),
    })
}

/// Two sellers hired in January 2025, the default settings (every badge rule on, one-on-ones every 14 days).
fn team() -> Dataset {
    let mut data = Dataset::default();
    apply(
        &mut data,
        vec![
            Edit::derived(Settings::default()),
            Edit::put(
                id(1),
                Manager::new("Антонова Анна", Role::Seller, day("2025-01-01")),
            ),
            Edit::put(
                id(2),
                Manager::new("Борисов Борис", Role::Seller, day("2025-01-01")),
            ),
        ],
    );
    data
}

/// November 2026 has 20 working days (21 weekdays, 4 November a holiday); 16–27 November has 10.
fn contest_data() -> Dataset {
    let mut data = team();
    apply(
        &mut data,
        vec![
            plan(1, "2026-11-01", 2_000_000),
            plan(2, "2026-11-01", 4_000_000),
            fact(1, "2026-11-10", pay(), 300_000),
            fact(1, "2026-11-16", pay(), 700_000),
            fact(1, "2026-11-20", pay(), 500_000),
            fact(2, "2026-11-17", pay(), 1_500_000),
        ],
    );
    data
}

fn contest(scoring: Scoring) -> Contest {
    Contest {
        name: "Две недели".into(),
        metric: pay(),
        from: day("2026-11-16"),
        to: day("2026-11-27"),
        participants: vec![id(1), id(2)],
        scoring,
        prizes: vec!["Кубок".into()],
        winners: Vec::new(),
    }
}

#[test]
fn a_period_plan_is_each_months_plan_by_its_working_days() {
    let data = contest_data();
    let cal = data.calendar();
    // 2 000 000 × 10 / 20 = 1 000 000; 4 000 000 × 10 / 20 = 2 000 000.
    let p = |who| {
        period_plan(
            &data,
            &cal,
            id(who),
            pay(),
            day("2026-11-16"),
            day("2026-11-27"),
        )
    };
    assert_eq!(p(1), Some(1_000_000));
    assert_eq!(p(2), Some(2_000_000));
    // No plan in December: none.
    assert_eq!(
        period_plan(
            &data,
            &cal,
            id(1),
            pay(),
            day("2026-12-01"),
            day("2026-12-10")
        ),
        None
    );
}

#[test]
fn standings_by_plan_share_growth_and_amount() {
    let data = contest_data();
    let after = day("2026-11-28");
    // Plan share: A 1 200 000 / 1 000 000 = 120 %; B 1 500 000 / 2 000 000 = 75 %.
    let s = standings(&data, &contest(Scoring::PlanShare), after);
    assert_eq!(
        s.iter()
            .map(|r| (r.manager, r.place, r.fact, r.base, r.score))
            .collect::<Vec<_>>(),
        vec![
            (id(1), 1, 1_200_000, Some(1_000_000), Some(12_000)),
            (id(2), 2, 1_500_000, Some(2_000_000), Some(7_500)),
        ]
    );
    // On the 18th only A's 16th counts: 700 000 / 1 000 000 = 70 %, behind B's 75 %.
    let s = standings(&data, &contest(Scoring::PlanShare), day("2026-11-18"));
    assert_eq!((s[0].manager, s[0].score), (id(2), Some(7_500)));
    assert_eq!((s[1].manager, s[1].score), (id(1), Some(7_000)));
    // Growth against the 12 days before (4–15 November): A (1 200 000 − 300 000) / 300 000 = 300 %; B had
    // nothing before, so no score and no place.
    let s = standings(&data, &contest(Scoring::Growth), after);
    assert_eq!(
        (s[0].manager, s[0].base, s[0].score, s[0].place),
        (id(1), Some(300_000), Some(30_000), 1)
    );
    assert_eq!((s[1].manager, s[1].score, s[1].place), (id(2), None, 0));
    // Amount: B's 1 500 000 beats A's 1 200 000.
    let s = standings(&data, &contest(Scoring::Absolute), after);
    assert_eq!((s[0].manager, s[0].score), (id(2), Some(1_500_000)));
}

#[test]
fn equal_scores_share_a_place() {
    let mut data = contest_data();
    apply(&mut data, vec![fact(2, "2026-11-17", pay(), 1_200_000)]);
    let s = standings(&data, &contest(Scoring::Absolute), day("2026-11-28"));
    assert_eq!((s[0].place, s[1].place), (1, 1));
}

#[test]
fn a_contest_closes_after_its_period_and_keeps_its_winners() {
    let data = contest_data();
    let c = contest(Scoring::PlanShare);
    assert_eq!(
        close(&data, &c, day("2026-11-27")),
        Err(CloseError::NotOver)
    );
    let closed = close(&data, &c, day("2026-11-28")).unwrap();
    // One prize: one winner, A at 120 %.
    assert_eq!(closed.winners.len(), 1);
    assert_eq!(
        (closed.winners[0].manager, closed.winners[0].score),
        (id(1), 12_000)
    );
    assert_eq!(
        close(&data, &closed, day("2026-11-29")),
        Err(CloseError::AlreadyClosed)
    );
    assert!(closed.problems().is_empty());
}

#[test]
fn the_meeting_shows_the_running_contest() {
    let mut data = contest_data();
    apply(
        &mut data,
        vec![Edit::put(id(50), contest(Scoring::PlanShare))],
    );
    assert_eq!(
        running_on(&data, day("2026-11-20")).map(|c| c.0),
        Some(id(50))
    );
    assert!(running_on(&data, day("2026-11-28")).is_none());
    // A second one started later is listed after it, a finished one last; the meeting keeps showing the first.
    let later = Contest {
        from: day("2026-11-18"),
        ..contest(Scoring::Absolute)
    };
    let over = Contest {
        from: day("2026-10-01"),
        to: day("2026-10-31"),
        ..contest(Scoring::Absolute)
    };
    apply(
        &mut data,
        vec![Edit::put(id(51), later), Edit::put(id(52), over)],
    );
    let order: Vec<_> = listed(&data, day("2026-11-20"))
        .into_iter()
        .map(|c| c.0)
        .collect();
    assert_eq!(order, [id(50), id(51), id(52)]);
    assert_eq!(
        running_on(&data, day("2026-11-20")).map(|c| c.0),
        Some(id(50))
    );
}

#[test]
fn contest_rules() {
    let mut c = contest(Scoring::Absolute);
    c.to = day("2026-11-01");
    c.participants = vec![id(1), id(1)];
    let fields: Vec<String> = c
        .problems()
        .into_iter()
        .map(|p| p.field.into_owned())
        .collect();
    assert_eq!(fields, ["to", "participants"]);
}

#[test]
fn badges_by_the_rules() {
    let mut data = team();
    let deals = Builtin::Deals.id();
    apply(
        &mut data,
        vec![
            fact(1, "2026-08-05", deals, 2),
            plan(1, "2026-08-01", 1_000_000),
            plan(1, "2026-09-01", 1_000_000),
            plan(1, "2026-10-01", 1_000_000),
            fact(1, "2026-08-20", pay(), 1_000_000),
            fact(1, "2026-09-20", pay(), 1_100_000),
            fact(1, "2026-10-20", pay(), 1_050_000),
            // November is still running on the 10th: its record does not count yet.
            fact(1, "2026-11-09", pay(), 5_000_000),
        ],
    );
    for (n, mark) in [(60, true), (61, true), (62, true)] {
        apply(
            &mut data,
            vec![Edit::put(
                id(n),
                Promise {
                    manager: id(1),
                    meeting: None,
                    made: day("2026-10-05"),
                    due: day("2026-10-06"),
                    text: "Отправить КП".into(),
                    metric: None,
                    target: None,
                    mark: Some(mark),
                },
            )],
        );
    }
    let got: Vec<(BadgeRule, String, i64)> = badges(&data, Some(id(1)), day("2026-11-10"))
        .into_iter()
        .map(|b| (b.rule, b.earned.to_string(), b.value))
        .collect();
    assert_eq!(
        got,
        vec![
            // Plan met August, September, October: the third month ends the streak of 3.
            (BadgeRule::PlanStreak { months: 3 }, "2026-10-31".into(), 3),
            // Three of three promises kept in October: 100 %.
            (
                BadgeRule::PromisesKept { percent: 90 },
                "2026-10-31".into(),
                10_000
            ),
            // September's 1 100 000 beat August's 1 000 000; October's 1 050 000 did not beat September.
            (BadgeRule::PersonalRecord, "2026-09-30".into(), 1_100_000),
            (BadgeRule::FirstDeal, "2026-08-05".into(), 2),
        ]
    );
    // Turned off, a rule earns nothing.
    let mut s = data.settings();
    s.badges = vec![BadgeRule::FirstDeal];
    apply(&mut data, vec![Edit::derived(s)]);
    assert_eq!(badges(&data, Some(id(1)), day("2026-11-10")).len(), 1);
}

#[test]
fn a_badge_rule_list_holds_each_rule_once_in_range() {
    let s = Settings {
        badges: vec![
            BadgeRule::PlanStreak { months: 1 },
            BadgeRule::PlanStreak { months: 3 },
        ],
        ..Settings::default()
    };
    let fields: Vec<String> = s
        .problems()
        .into_iter()
        .map(|p| p.field.into_owned())
        .collect();
    assert_eq!(fields, ["badges[0].months", "badges[1]"]);
}

#[test]
fn a_development_plan_shows_overdue_steps_and_progress() {
    let step = |due: &str, done: Option<&str>| Step {
        text: "Шаг".into(),
        due: day(due),
        materials: String::new(),
        done: done.map(day),
    };
    let plan = DevPlan {
        manager: id(1),
        goals: vec![
            Goal {
                title: "Звонки".into(),
                target: Target::Metric {
                    metric: Builtin::Calls.id(),
                    value: 1_200,
                },
                status: GoalStatus::Open,
                steps: vec![
                    step("2026-11-01", Some("2026-11-01")),
                    step("2026-11-05", None),
                    step("2026-12-01", None),
                ],
            },
            Goal {
                title: "Брошено".into(),
                target: Target::Skill,
                status: GoalStatus::Dropped,
                steps: vec![step("2026-10-01", None)],
            },
        ],
        next_review: None,
    };
    let overdue = plan.overdue(day("2026-11-10"));
    assert_eq!(overdue.len(), 1, "only the open goal's late step");
    assert_eq!(overdue[0].1.due, day("2026-11-05"));
    assert_eq!(
        plan.progress(),
        (1, 3),
        "the dropped goal's step is not counted"
    );
    assert!(plan.problems().is_empty());
    let mut bad = plan.clone();
    bad.goals[0].title = " ".into();
    bad.goals[0].steps[1].text = String::new();
    let fields: Vec<String> = bad
        .problems()
        .into_iter()
        .map(|p| p.field.into_owned())
        .collect();
    assert_eq!(fields, ["goals[0].title", "goals[0].steps[1].text"]);

    // The overview: Антонова with this plan and a review set, Борисов without a plan, both by name.
    use rop::domain::motivation::development::{overview, PlanLine};
    let mut data = team();
    let mut reviewed = plan;
    reviewed.next_review = Some(day("2026-12-15"));
    apply(&mut data, vec![Edit::derived(reviewed)]);
    assert_eq!(
        overview(&data, day("2026-11-10")),
        [
            PlanLine {
                manager: id(1),
                name: "Антонова А.".into(),
                open_goals: 1,
                done: 1,
                steps: 3,
                overdue: 1,
                next_review: Some(day("2026-12-15")),
            },
            PlanLine {
                manager: id(2),
                name: "Борисов Б.".into(),
                open_goals: 0,
                done: 0,
                steps: 0,
                overdue: 0,
                next_review: None,
            },
        ]
    );
}

#[test]
fn one_on_ones_keep_their_cadence_and_carry_open_actions() {
    let mut data = team();
    let held = OneOnOne {
        mood: Some(4),
        actions: vec![
            Agreed {
                text: "Сделано".into(),
                owner: Side::Person,
                due: None,
                done: Some(day("2026-11-03")),
            },
            Agreed {
                text: "Открыто".into(),
                owner: Side::Head,
                due: Some(day("2026-11-08")),
                done: None,
            },
        ],
        ..OneOnOne::new(id(1), day("2026-11-01"))
    };
    apply(&mut data, vec![Edit::put(id(70), held)]);
    let m = data.managers[&id(1)].data.clone();
    // Held on the 1st, every 14 days: due on the 15th; on the 20th, 5 days overdue.
    let c = cadence_of(&data, id(1), &m, 14, day("2026-11-20"));
    assert_eq!(
        (c.last, c.due, c.overdue_days),
        (Some(day("2026-11-01")), day("2026-11-15"), 5)
    );
    // The person's own cadence of 7 days: due on the 8th, 12 days overdue.
    let weekly = Manager {
        one_on_one_days: Some(7),
        ..m.clone()
    };
    assert_eq!(
        cadence_of(&data, id(1), &weekly, 14, day("2026-11-20")).overdue_days,
        12
    );
    // One planned for the 22nd: not overdue, and the open action carries over to it.
    apply(
        &mut data,
        vec![Edit::put(id(71), OneOnOne::new(id(1), day("2026-11-22")))],
    );
    let c = cadence_of(&data, id(1), &m, 14, day("2026-11-20"));
    assert_eq!(
        (c.overdue_days, c.planned),
        (0, Some((id(71), day("2026-11-22"))))
    );
    let open = carried(&data, id(1), day("2026-11-22"));
    assert_eq!(open.len(), 1);
    assert_eq!(
        (open[0].from, open[0].index, open[0].action.text.as_str()),
        (id(70), 1, "Открыто")
    );
    // Never held: due 14 days after the hire date.
    let never = cadence_of(
        &data,
        id(2),
        &data.managers[&id(2)].data.clone(),
        14,
        day("2026-11-20"),
    );
    assert_eq!((never.last, never.due), (None, day("2025-01-15")));
}

#[test]
fn a_one_on_one_checks_its_mood_and_actions() {
    let mut o = OneOnOne::new(id(1), day("2026-11-10"));
    o.mood = Some(6);
    o.actions.push(Agreed {
        text: "x".into(),
        owner: Side::Head,
        due: Some(day("2026-11-09")),
        done: None,
    });
    let fields: Vec<String> = o
        .problems()
        .into_iter()
        .map(|p| p.field.into_owned())
        .collect();
    assert_eq!(fields, ["mood", "actions[0].due"]);
}

#[test]
fn a_meeting_room_file_carries_no_personal_record() {
    let data = demo_data(device(1));
    let text = export_scoped(&data, "t", Scope::MeetingRoom);
    assert!(text.contains("\"scope\": \"meeting_room\""));
    for store in StoreName::ALL.iter().filter(|s| s.is_personal()) {
        assert!(
            !text.contains(&format!("\"{}\":", store.as_str())),
            "{}",
            store.as_str()
        );
    }
    assert!(
        !text.contains("Договорились о блоках звонков"),
        "no one-on-one note"
    );
    let read = read_export(text.as_bytes(), &Context::alone(NOW)).unwrap();
    assert_eq!(read.scope, Scope::MeetingRoom);
    assert!(read.data.payslips.is_empty() && read.data.one_on_ones.is_empty());
    assert_eq!(read.data.facts, data.facts);
    // Byte-exact round trip of the meeting-room file itself.
    assert_eq!(export_scoped(&read.data, "t", Scope::MeetingRoom), text);
    // A full export has no scope field (the files of earlier versions are unchanged).
    assert!(!export(&data, "t").contains("\"scope\""));
}

#[test]
fn a_meeting_room_file_never_deletes_or_changes_personal_records() {
    let head = demo_data(device(1));
    let mut tablet = read_export(
        export_scoped(&head, "t", Scope::MeetingRoom).as_bytes(),
        &Context::alone(NOW),
    )
    .unwrap()
    .data;
    // On the tablet the meeting goes on: a thank-you is written.
    apply(
        &mut tablet,
        vec![Edit::put(
            id(90),
            rop::domain::motivation::recognition::Recognition {
                manager: rop::domain::demo::demo_id(3),
                date: day("2026-11-27"),
                reason: "Лучший звонок недели".into(),
            },
        )],
    );
    let file = read_export(
        export_scoped(&tablet, "t", Scope::MeetingRoom).as_bytes(),
        &Context::alone(NOW),
    )
    .unwrap();
    // Merge: the thank-you arrives, pay and one-on-ones stay as they were.
    let merged = merge(&head, &file.data, device(1), None).data;
    assert!(merged.recognitions.contains_key(&id(90)));
    assert_eq!(merged.payslips, head.payslips);
    assert_eq!(merged.pay_schemes, head.pay_schemes);
    assert_eq!(merged.one_on_ones, head.one_on_ones);
    assert_eq!(merged.dev_plans, head.dev_plans);
    // Replace (a restore from the tablet's file): the shared records are the file's, the personal ones stay.
    let restored = keep_personal(&head, &file.data, file.scope);
    assert_eq!(restored.payslips, head.payslips);
    assert_eq!(restored.one_on_ones, head.one_on_ones);
    assert_eq!(restored.recognitions, tablet.recognitions);
    assert_eq!(rop::sync::replace_deletions(&head, &restored), 0);
    // A full file restores everything it has, personal stores included.
    assert!(keep_personal(&head, &file.data, Scope::Full)
        .payslips
        .is_empty());
}

#[test]
fn a_hand_edited_meeting_room_file_brings_no_personal_record() {
    let data = demo_data(device(1));
    let full = export(&data, "t");
    // The full file's stores under a meeting-room header.
    let forged = full.replacen(
        "\"department\": \"Отдел продаж B2B\",",
        "\"department\": \"Отдел продаж B2B\",\n  \"scope\": \"meeting_room\",",
        1,
    );
    assert_ne!(forged, full);
    let read = read_export(forged.as_bytes(), &Context::alone(NOW)).unwrap();
    assert!(
        read.data.payslips.is_empty()
            && read.data.one_on_ones.is_empty()
            && read.data.dev_plans.is_empty()
    );
    assert_eq!(read.data.managers, data.managers);
}

#[test]
fn days_left_of_a_contest_count_today_and_its_last_day() {
    // 16–27 November: on the 20th the 20th to the 27th are left, 8 days; on the 27th one; before or after none.
    let c = contest(Scoring::Absolute);
    assert_eq!(c.days_left(day("2026-11-20")), Some(8));
    assert_eq!(c.days_left(day("2026-11-27")), Some(1));
    assert_eq!(c.days_left(day("2026-11-16")), Some(12));
    assert_eq!(c.days_left(day("2026-11-15")), None);
    assert_eq!(c.days_left(day("2026-11-28")), None);
}

#[test]
fn thank_yous_of_a_week_a_month_and_a_year_end_on_their_day() {
    use rop::domain::motivation::recognition::{recent, Recognition, Span};
    let mut data = team();
    let thanks = |n: u128, who: u128, date: &str| {
        Edit::put(
            id(n),
            Recognition {
                manager: id(who),
                date: day(date),
                reason: format!("за {date}"),
            },
        )
    };
    apply(
        &mut data,
        vec![
            // The week ending on 27 November is 21–27 November; its month 29 October – 27 November; its year
            // 28 November 2025 – 27 November 2026.
            thanks(60, 1, "2026-11-27"),
            thanks(61, 2, "2026-11-21"),
            thanks(62, 1, "2026-11-20"),
            thanks(63, 1, "2026-10-29"),
            thanks(64, 2, "2026-10-28"),
            thanks(65, 1, "2025-11-28"),
            thanks(66, 1, "2025-11-27"),
            thanks(67, 1, "2026-11-28"),
        ],
    );
    let ids = |who: Option<u128>, span| -> Vec<_> {
        recent(&data, who.map(id), day("2026-11-27"), span)
            .into_iter()
            .map(|(i, _)| i)
            .collect()
    };
    assert_eq!(Span::Week.days(), 7);
    assert_eq!(ids(None, Span::Week), [id(60), id(61)]);
    assert_eq!(
        ids(None, Span::Month),
        [id(60), id(61), id(62), id(63)],
        "30 days, the 29th of October the first"
    );
    assert_eq!(
        ids(Some(1), Span::Year),
        [id(60), id(62), id(63), id(65)],
        "365 days of one person, newest first"
    );
}
