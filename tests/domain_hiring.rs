//! O7 hiring against values worked out by hand: the stage rules, the funnel and the time to hire, probation's last
//! day across month ends, the hire that makes a manager with onboarding, the panel's counts, sources compared by
//! their hires' first three months, and an erasure that leaves no personal field in the export or after a merge.

mod common;
use common::*;
use rop::domain::core::links::Related;
use rop::domain::planning::fact::DayFacts;
use rop::domain::planning::metric::Builtin;
use rop::domain::planning::new_hires::{first_months, sources};
use rop::domain::planning::plan::{Plan, PlanStatus};
use rop::domain::team::hiring::candidate::{Candidate, MoveError};
use rop::domain::team::hiring::funnel::{counted, funnel, time_to_hire};
use rop::domain::team::hiring::interview::{panel, rated_attributes, Interview, Rating};
use rop::domain::team::hiring::onboarding::{onboarding_of, probation_end, StepKind};
use rop::domain::team::hiring::stage::{LeaveReason, Stage, Verdict};
use rop::domain::team::hiring::vacancy::{Attribute, Category, Vacancy};
use rop::domain::team::hiring::{earlier_kit, erase, hire, opened, Hire};
use rop::domain::training::first_steps::{done_on, first_steps, open_steps, StepTexts};
use rop::domain::{Dataset, Edit, Manager, Role};
use std::collections::BTreeMap;

const VACANCY: u128 = 1;

fn vacancy() -> Vacancy {
    Vacancy {
        title: "Менеджер по продажам B2B".into(),
        role: Role::Seller,
        headcount: 2,
        opened: day("2026-06-01"),
        target: Some(day("2026-08-01")),
        sources: vec!["hh.ru".into(), "Рекомендация".into()],
        attributes: vec![
            Attribute {
                id: 1,
                category: Category::Selling,
                text: "Выявляет потребности".into(),
                stages: vec![Stage::Interview, Stage::Final],
            },
            Attribute {
                id: 2,
                category: Category::Motivation,
                text: "Хочет зарабатывать на результате".into(),
                stages: vec![Stage::PhoneScreen, Stage::Final],
            },
        ],
        guide: vec!["Почему продажи?".into(), "Самая трудная сделка?".into()],
        role_play: None,
        closed: None,
    }
}

fn texts() -> StepTexts {
    StepTexts {
        product: "Обучение по продукту".into(),
        crm: "Обучение по CRM".into(),
        script: "Скрипт".into(),
        certification: "Первая аттестация".into(),
    }
}

fn with_vacancy() -> Dataset {
    let mut data = Dataset::default();
    apply(&mut data, vec![Edit::put(id(VACANCY), vacancy())]);
    data
}

/// A candidate who responded on `applied` and moved through `path` (stage, day).
fn candidate(name: &str, source: &str, applied: &str, path: &[(Stage, &str)]) -> Candidate {
    let mut c = Candidate::new(id(VACANCY), name, source, day(applied));
    for (stage, on) in path {
        c = c.moved(*stage, day(on)).unwrap();
    }
    c
}

#[test]
fn moves_follow_the_rules() {
    let c = Candidate::new(id(VACANCY), "Орлова Анна", "hh.ru", day("2026-07-01"));
    assert_eq!(c.stage(), Stage::Response);
    // Forward, skipping the phone screen (a referral), then back one (a mistake corrected).
    let c = c.moved(Stage::Interview, day("2026-07-03")).unwrap();
    let c = c.moved(Stage::PhoneScreen, day("2026-07-03")).unwrap();
    assert_eq!(
        (c.stage(), c.furthest()),
        (Stage::PhoneScreen, Stage::Interview)
    );
    assert_eq!(
        c.moved(Stage::PhoneScreen, day("2026-07-04")),
        Err(MoveError::SameStage)
    );
    assert_eq!(
        c.moved(Stage::Final, day("2026-07-02")),
        Err(MoveError::BeforeLastMove)
    );
    // Probation only by hiring; passed probation only from probation.
    assert_eq!(
        c.moved(Stage::Probation, day("2026-07-05")),
        Err(MoveError::HireFirst)
    );
    assert_eq!(
        c.moved(Stage::Hired, day("2026-07-05")),
        Err(MoveError::NotOnProbation)
    );
    // Leaving, and coming back to the stage they left from.
    let gone = c
        .leaving(LeaveReason::NoAnswer, day("2026-07-10"), "не берёт трубку")
        .unwrap();
    assert!(!gone.is_active());
    assert_eq!(
        gone.moved(Stage::Final, day("2026-07-11")),
        Err(MoveError::HasLeft)
    );
    let back = gone.returned().unwrap();
    assert_eq!(
        (back.stage(), back.left.clone()),
        (Stage::PhoneScreen, None)
    );
    assert_eq!(back.returned(), Err(MoveError::NotLeft));
    assert!(back.problems().is_empty(), "{:?}", back.problems());
}

#[test]
fn funnel_and_time_to_hire_by_hand() {
    let mut data = with_vacancy();
    let a = candidate(
        "А",
        "hh.ru",
        "2026-06-02",
        &[
            (Stage::PhoneScreen, "2026-06-03"),
            (Stage::Interview, "2026-06-05"),
            (Stage::RolePlay, "2026-06-08"),
            (Stage::Final, "2026-06-10"),
            (Stage::Offer, "2026-06-11"),
        ],
    );
    let b = candidate(
        "Б",
        "Рекомендация",
        "2026-06-04",
        &[
            (Stage::Interview, "2026-06-06"),
            (Stage::RolePlay, "2026-06-09"),
            (Stage::Final, "2026-06-12"),
            (Stage::Offer, "2026-06-15"),
        ],
    );
    let c = candidate(
        "В",
        "hh.ru",
        "2026-06-05",
        &[(Stage::PhoneScreen, "2026-06-06")],
    )
    .leaving(LeaveReason::Rejected, day("2026-06-06"), "")
    .unwrap();
    let d = candidate("Г", "hh.ru", "2026-06-07", &[]);
    apply(
        &mut data,
        vec![
            Edit::put(id(10), a),
            Edit::put(id(11), b),
            Edit::put(id(12), c),
            Edit::put(id(13), d),
        ],
    );
    let steps = first_steps(&data, &texts());
    let form = |on: &str| Hire {
        on: day(on),
        probation_months: 3,
        steps: steps.clone(),
    };
    let edits = hire(&data, id(10), id(100), &form("2026-06-22")).unwrap();
    apply(&mut data, edits);
    let edits = hire(&data, id(11), id(101), &form("2026-07-01")).unwrap();
    apply(&mut data, edits);

    let all = counted(
        &data,
        Some(id(VACANCY)),
        day("2026-06-01"),
        day("2026-06-30"),
    );
    let f = funnel(&all);
    let reached: Vec<u32> = f.stages.iter().map(|s| s.reached).collect();
    // Response 4; phone screen 3 (A, B skipped it but got further, В); interview 2; … probation 2; hired 0.
    assert_eq!(reached, vec![4, 3, 2, 2, 2, 2, 2, 0]);
    assert_eq!(f.conversion(Stage::Response), Some((3, 4)));
    assert_eq!(f.conversion(Stage::PhoneScreen), Some((2, 3)));
    assert_eq!(f.left.get(&LeaveReason::Rejected), Some(&1));
    assert_eq!(f.stages[Stage::Response.index()].here, 1, "Г waits");
    assert_eq!(f.stages[Stage::Probation.index()].here, 2);

    // Time to hire: А 02.06 → 22.06 = 20 days, Б 04.06 → 01.07 = 27 days; median (20 + 27) / 2 = 23 (rounded
    // down), mean 47 / 2 = 23.5.
    let t = time_to_hire(&all);
    assert_eq!(t.days, vec![20, 27]);
    assert_eq!(
        (t.median(), t.mean_tenths(), t.total()),
        (Some(23), Some(235), 47)
    );
}

#[test]
fn probation_ends_across_month_ends() {
    // The day before the same date three months on; the month's last day when it has no such date.
    assert_eq!(probation_end(day("2026-03-15"), 3), day("2026-06-14"));
    assert_eq!(probation_end(day("2026-11-30"), 3), day("2027-02-28"));
    assert_eq!(
        probation_end(day("2027-11-30"), 3),
        day("2028-02-29"),
        "a leap year"
    );
    assert_eq!(probation_end(day("2026-12-01"), 3), day("2027-02-28"));
    assert_eq!(probation_end(day("2026-10-31"), 1), day("2026-11-30"));
    assert_eq!(probation_end(day("2026-01-31"), 2), day("2026-03-30"));
    assert_eq!(probation_end(day("2026-12-15"), 2), day("2027-02-14"));
}

#[test]
fn hiring_makes_a_manager_with_onboarding() {
    let mut data = with_vacancy();
    let mut c = candidate(
        "Соколов Илья Петрович",
        "hh.ru",
        "2026-11-02",
        &[(Stage::Final, "2026-11-10")],
    );
    c.phone = "+7 900 000-00-00".into();
    apply(&mut data, vec![Edit::put(id(10), c)]);
    let form = Hire {
        on: day("2026-11-30"),
        probation_months: 5, // more than the law allows: cut to three
        steps: first_steps(&data, &texts()),
    };
    assert_eq!(hire(&data, id(10), id(100), &form), Err(MoveError::NoOffer));
    let offered = data.candidates[&id(10)]
        .data
        .moved(Stage::Offer, day("2026-11-20"))
        .unwrap();
    apply(&mut data, vec![Edit::put(id(10), offered)]);
    let edits = hire(&data, id(10), id(100), &form).unwrap();
    apply(&mut data, edits);

    let m: Manager = data.live::<Manager>(id(100)).unwrap().data.clone();
    assert_eq!(
        (m.full_name.as_str(), m.role, m.hired, m.phone.as_str()),
        (
            "Соколов Илья Петрович",
            Role::Seller,
            day("2026-11-30"),
            "+7 900 000-00-00"
        )
    );
    let c = &data.candidates[&id(10)].data;
    assert_eq!((c.stage(), c.manager), (Stage::Probation, Some(id(100))));
    let o = onboarding_of(&data, id(100)).unwrap();
    assert_eq!(o.probation_end, day("2027-02-28"));
    let kinds: Vec<StepKind> = o.steps.iter().map(|s| s.kind).collect();
    assert_eq!(
        kinds,
        vec![
            StepKind::Product,
            StepKind::Crm,
            StepKind::Script,
            StepKind::Certification
        ]
    );
    assert_eq!(open_steps(&data, o).len(), 4);
    // The head ticks the product training: three steps left; the card keeps showing them.
    let mut ticked = o.clone();
    ticked.steps[0].done = Some(day("2026-12-02"));
    apply(&mut data, vec![Edit::derived(ticked)]);
    let o = onboarding_of(&data, id(100)).unwrap();
    assert_eq!(done_on(&data, o, &o.steps[0]), Some(day("2026-12-02")));
    assert_eq!(open_steps(&data, o).len(), 3);
    // The ramp plan counts from the month of hire (the settings' 25 / 50 / 75 / 100 %).
    let plan = rop::domain::planning::new_hires::ramp_plan(m.hired, &[25, 50, 75]);
    assert_eq!(
        plan,
        vec![
            (day("2026-11-01"), 25),
            (day("2026-12-01"), 50),
            (day("2027-01-01"), 75),
            (day("2027-02-01"), 100)
        ]
    );
    // Passing probation is the last move; nobody leaves the funnel once at work.
    let c = data.candidates[&id(10)].data.clone();
    assert_eq!(
        c.leaving(LeaveReason::Declined, day("2027-01-10"), ""),
        Err(MoveError::AtWork)
    );
    assert_eq!(
        c.moved(Stage::Hired, day("2027-02-28")).unwrap().stage(),
        Stage::Hired
    );
}

#[test]
fn the_panel_counts_every_interviewer() {
    let mut data = with_vacancy();
    apply(
        &mut data,
        vec![Edit::put(
            id(10),
            candidate("А", "hh.ru", "2026-06-02", &[(Stage::Final, "2026-06-10")]),
        )],
    );
    let v = vacancy();
    let mut head = Interview::blank(id(10), &v, Stage::Final, "Руководитель", day("2026-06-10"));
    assert_eq!(head.ratings.len(), 2, "both attributes focus on the final");
    assert_eq!(head.answers.len(), 2, "a note per question of the guide");
    head.ratings[0].verdict = Some(Verdict::StrongYes);
    head.ratings[1].verdict = Some(Verdict::Yes);
    head.recommendation = Some(Verdict::Yes);
    let mut senior = Interview::blank(
        id(10),
        &v,
        Stage::Interview,
        "Кузнецов А.",
        day("2026-06-05"),
    );
    assert_eq!(senior.ratings.len(), 1);
    senior.ratings = vec![Rating {
        attribute: 1,
        verdict: Some(Verdict::Mixed),
        note: "уводит в презентацию".into(),
    }];
    senior.recommendation = Some(Verdict::DefinitelyNot);
    apply(
        &mut data,
        vec![Edit::put(id(20), head), Edit::put(id(21), senior)],
    );
    let p = panel(&data, id(10));
    assert_eq!(p.interviews.len(), 2);
    assert_eq!(p.interviews[0].1.interviewer, "Кузнецов А.", "oldest first");
    assert_eq!(p.attributes[&1], [0, 0, 1, 0, 1]);
    assert_eq!(p.attributes[&2], [0, 0, 0, 1, 0]);
    assert_eq!(p.recommendations, [1, 0, 0, 1, 0]);
    assert!(p.has_veto());
}

#[test]
fn the_interview_kit_is_edited_without_losing_what_was_rated() {
    let mut data = with_vacancy();
    apply(
        &mut data,
        vec![Edit::put(
            id(10),
            candidate(
                "А",
                "hh.ru",
                "2026-06-02",
                &[(Stage::PhoneScreen, "2026-06-03")],
            ),
        )],
    );
    let mut v = vacancy();
    let mut screen = Interview::blank(id(10), &v, Stage::PhoneScreen, "HR", day("2026-06-03"));
    assert_eq!(
        screen.ratings.len(),
        1,
        "only attribute 2 is asked on the phone"
    );
    screen.ratings[0].verdict = Some(Verdict::Yes);
    apply(&mut data, vec![Edit::put(id(20), screen)]);
    // An unanswered row is no rating: a blank interview of attribute 1 does not pin it.
    apply(
        &mut data,
        vec![Edit::put(
            id(21),
            Interview::blank(
                id(10),
                &v,
                Stage::Interview,
                "Кузнецов А.",
                day("2026-06-05"),
            ),
        )],
    );
    let rated = rated_attributes(&data, id(VACANCY));
    assert_eq!(rated.into_iter().collect::<Vec<_>>(), vec![2]);

    let added = v.add_attribute(
        Category::Fit,
        "  Принимает обратную связь ",
        vec![Stage::Interview],
    );
    assert_eq!(added, 3, "after the highest id");
    assert_eq!(v.attribute(3).unwrap().text, "Принимает обратную связь");
    v.toggle_stage(3, Stage::Final);
    v.toggle_stage(3, Stage::Interview);
    assert_eq!(v.attribute(3).unwrap().stages, vec![Stage::Final]);
    assert_eq!(
        v.focus(Stage::Final).map(|a| a.id).collect::<Vec<_>>(),
        vec![1, 2, 3]
    );

    // The rated one stays on no stage; the other goes.
    v.remove_attribute(2, true);
    v.remove_attribute(1, false);
    assert_eq!(
        v.attributes.iter().map(|a| a.id).collect::<Vec<_>>(),
        vec![2, 3]
    );
    assert!(v.attribute(2).unwrap().stages.is_empty());
    assert_eq!(v.focus(Stage::PhoneScreen).count(), 0);
    assert_eq!(
        v.next_attribute_id(),
        4,
        "an id is never given twice while the attribute stays"
    );

    // The next vacancy for the role starts from this kit, without what no stage rates.
    let mut next = Vacancy {
        title: "Менеджер по продажам B2B, второй набор".into(),
        sources: vec![],
        attributes: vec![],
        guide: vec![],
        ..vacancy()
    };
    apply(&mut data, vec![Edit::put(id(VACANCY), v.clone())]);
    // Opening it (`opened`, what the «new vacancy» form saves) takes the kit; reusing it by hand gives the same.
    let opened_one = opened(&data, next.clone());
    let earlier = earlier_kit(&data, Role::Seller).expect("the seller vacancy has a kit");
    next.reuse_kit(earlier);
    assert_eq!(opened_one, next);
    let lead = Vacancy {
        role: Role::TeamLead,
        ..next.clone()
    };
    assert_eq!(
        opened(&data, lead.clone()),
        lead,
        "no earlier kit for the role: as typed"
    );
    assert_eq!(
        next.attributes.iter().map(|a| a.id).collect::<Vec<_>>(),
        vec![3]
    );
    assert_eq!(next.guide, v.guide);
    assert!(next.sources.is_empty(), "the new posting's own");
    assert!(earlier_kit(&data, Role::TeamLead).is_none());
}

#[test]
fn sources_compare_hires_by_their_first_three_months() {
    let mut data = with_vacancy();
    let offer = [(Stage::Final, "2026-06-10"), (Stage::Offer, "2026-06-11")];
    apply(
        &mut data,
        vec![
            Edit::put(id(10), candidate("А", "hh.ru", "2026-06-02", &offer)),
            Edit::put(id(11), candidate("Б", "hh.ru", "2026-06-03", &[])),
            Edit::put(id(12), candidate("В", "Рекомендация", "2026-06-04", &offer)),
        ],
    );
    let form = Hire {
        on: day("2026-07-01"),
        probation_months: 3,
        steps: first_steps(&data, &texts()),
    };
    let edits = hire(&data, id(10), id(100), &form).unwrap();
    apply(&mut data, edits);
    let edits = hire(&data, id(12), id(101), &form).unwrap();
    apply(&mut data, edits);
    let pay = Builtin::Payments.id();
    // А: plans 100 000, 200 000, 300 000 ₽ for July–September, payments 450 000 ₽ (in two days): 75 %.
    // В: plans 100 000 ₽ each month, payments 330 000 ₽: 110 %. A payment in October counts for neither.
    let mut edits = Vec::new();
    for (m, a, b) in [
        ("2026-07-01", 100_000, 100_000),
        ("2026-08-01", 200_000, 100_000),
        ("2026-09-01", 300_000, 100_000),
    ] {
        for (who, rub) in [(id(100), a), (id(101), b)] {
            edits.push(Edit::derived(Plan {
                month: day(m),
                metric: pay,
                manager: Some(who),
                value: rub * 100,
                status: PlanStatus::Approved,
            }));
        }
    }
    for (who, date, rub) in [
        (id(100), "2026-07-15", 200_000),
        (id(100), "2026-09-20", 250_000),
        (id(101), "2026-08-10", 330_000),
        (id(101), "2026-10-01", 999_000),
    ] {
        edits.push(Edit::derived(DayFacts {
            manager: who,
            date: day(date),
            values: BTreeMap::from([(pay, rub * 100)]),
        }));
    }
    apply(&mut data, edits);
    assert_eq!(
        first_months(&data, id(100), day("2026-07-01"), day("2026-09-30")),
        None,
        "not over yet"
    );
    let all = counted(&data, None, day("2026-06-01"), day("2026-06-30"));
    let rows = sources(&data, &all, day("2026-11-27"));
    let row = |name: &str| rows.iter().find(|r| r.source == name).unwrap().clone();
    let hh = row("hh.ru");
    assert_eq!(
        (hh.candidates, hh.finals, hh.hires, hh.measured),
        (2, 1, 1, 1)
    );
    assert_eq!((hh.payments, hh.plan), (45_000_000, 60_000_000), "75 %");
    let referral = row("Рекомендация");
    assert_eq!(
        (referral.payments, referral.plan),
        (33_000_000, 30_000_000),
        "110 %"
    );
    assert_eq!(
        rows[0].source, "hh.ru",
        "one hire each: the source with more candidates first"
    );
}

/// Every string value of a JSON text.
fn strings(json: &serde_json::Value, out: &mut Vec<String>) {
    match json {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(a) => a.iter().for_each(|v| strings(v, out)),
        serde_json::Value::Object(o) => o.values().for_each(|v| strings(v, out)),
        _ => {}
    }
}

#[test]
fn an_erasure_leaves_nothing_personal_and_wins_every_merge() {
    let mut data = with_vacancy();
    let mut c = candidate(
        "Тайнова Ольга Викторовна",
        "hh.ru",
        "2026-06-02",
        &[(Stage::Final, "2026-06-10")],
    );
    c.phone = "+7 911 111-11-11".into();
    c.email = "olga@example.ru".into();
    c.resume = "https://hh.ru/resume/olga".into();
    c.notes = "живёт далеко".into();
    apply(&mut data, vec![Edit::put(id(10), c)]);
    let mut i = Interview::blank(
        id(10),
        &vacancy(),
        Stage::Final,
        "Руководитель",
        day("2026-06-10"),
    );
    i.notes = "Ольга сомневается".into();
    i.recommendation = Some(Verdict::No);
    apply(&mut data, vec![Edit::put(id(20), i)]);
    // Another device copies the department before the erasure, and later edits the candidate's notes.
    let other = data.clone();

    assert_eq!(
        erase(&data, id(10), day("2026-06-20")),
        Err(MoveError::StillInFunnel)
    );
    let gone = data.candidates[&id(10)]
        .data
        .leaving(LeaveReason::Rejected, day("2026-06-12"), "Ольга не подошла")
        .unwrap();
    apply(&mut data, vec![Edit::put(id(10), gone)]);
    let edits = erase(&data, id(10), day("2026-06-20")).unwrap();
    apply(&mut data, edits);
    assert_eq!(
        erase(&data, id(10), day("2026-06-21")),
        Err(MoveError::Erased)
    );

    let personal = [
        "Тайнова",
        "Ольга",
        "+7 911",
        "olga@",
        "hh.ru/resume",
        "живёт далеко",
        "Руководитель",
    ];
    let check = |data: &Dataset, what: &str| {
        let file = rop::sync::export::export(data, "test");
        for p in personal {
            assert!(!file.contains(p), "{what}: the export still holds {p}");
        }
        let mut all = Vec::new();
        strings(&serde_json::from_str(&file).unwrap(), &mut all);
        assert!(
            all.iter().any(|s| s == "hh.ru"),
            "{what}: the source stays, a count"
        );
    };
    check(&data, "after the erasure");
    let c = &data.candidates[&id(10)];
    assert!(c.deleted && c.data.erased());
    assert_eq!(
        c.data.furthest(),
        Stage::Final,
        "the funnel still counts the stages"
    );
    assert_eq!(
        funnel(&counted(&data, None, day("2026-06-01"), day("2026-06-30"))).stages
            [Stage::Final.index()]
        .reached,
        1
    );

    // The other device's later edit of the candidate, merged either way: the erasure wins.
    let mut other = other;
    let mut edited = other.candidates[&id(10)].data.clone();
    edited.notes = "Ольга перезвонит в июле".into();
    let mut clock = rop::domain::Clock::starting_after(data.newest_stamp().unwrap());
    for c in other
        .stamp(
            Edit::put(id(10), edited),
            &mut clock,
            NOW + 86_400_000,
            device(9),
        )
        .unwrap()
    {
        other.apply(c);
    }
    let here = rop::sync::merge::merge(&data, &other, device(1), None).data;
    check(&here, "this device after merging the other's file");
    let there = rop::sync::merge::merge(&other, &data, device(9), None).data;
    check(&there, "the other device after merging this file");
    assert_eq!(here, there);

    // A restore (replace) from the file made before the erasure keeps the erasure.
    let restored = rop::sync::keep_personal(&data, &other, rop::sync::Scope::Full);
    check(&restored, "a restore from a file made before the erasure");

    // An erasure that still carries a name is refused, by the form's last guard and by the import's rules.
    let mut forged = data.candidates[&id(10)].data.clone();
    forged.full_name = "Тайнова Ольга".into();
    assert!(!forged.problems().is_empty());
    let d2 = data.clone();
    let mut clock = rop::domain::Clock::starting_after(d2.newest_stamp().unwrap());
    assert!(d2
        .stamp(Edit::erase(id(10), forged), &mut clock, NOW, device(1))
        .is_err());
}

#[test]
fn a_new_vacancy_starts_with_one_seller_due_in_a_month() {
    let v = Vacancy::blank(day("2026-12-07"));
    assert_eq!((v.role, v.headcount), (Role::Seller, 1));
    assert_eq!(v.opened, day("2026-12-07"));
    // 7 December + 30 days = 6 January.
    assert_eq!(v.target, Some(day("2027-01-06")));
    assert_eq!(v.sources, ["hh.ru"]);
    assert!(v.is_open());
}

#[test]
fn the_board_shows_who_waits_longest_at_their_stage_first() {
    use rop::domain::team::hiring::board::board;
    use rop::domain::team::hiring::stage::LeaveReason;
    let mut data = with_vacancy();
    let other_vacancy = id(2);
    apply(
        &mut data,
        vec![
            // At the phone screen since 1 December: 6 days on the 7th.
            Edit::put(
                id(11),
                candidate(
                    "Яковлев Пётр",
                    "hh.ru",
                    "2026-11-25",
                    &[(Stage::PhoneScreen, "2026-12-01")],
                ),
            ),
            // Responded on 20 November and still there: 17 days, first on the board.
            Edit::put(
                id(12),
                candidate("Борисова Ольга", "hh.ru", "2026-11-20", &[]),
            ),
            // The same day as Яковлев: by name.
            Edit::put(
                id(13),
                candidate(
                    "Андреев Иван",
                    "Рекомендация",
                    "2026-11-28",
                    &[(Stage::Interview, "2026-12-01")],
                ),
            ),
            Edit::put(
                id(14),
                candidate("Гусев Олег", "hh.ru", "2026-11-30", &[])
                    .leaving(LeaveReason::Declined, day("2026-12-02"), "")
                    .unwrap(),
            ),
            Edit::put(
                id(15),
                Candidate::new(other_vacancy, "Чужой Кандидат", "hh.ru", day("2026-11-01")),
            ),
        ],
    );
    let cards = board(&data, id(VACANCY), day("2026-12-07"));
    let seen: Vec<(&str, Stage, i64, bool)> = cards
        .iter()
        .map(|c| (c.name.as_str(), c.stage, c.days_here, c.left))
        .collect();
    assert_eq!(
        seen,
        vec![
            ("Борисова Ольга", Stage::Response, 17, false),
            ("Гусев Олег", Stage::Response, 7, true),
            ("Андреев Иван", Stage::Interview, 6, false),
            ("Яковлев Пётр", Stage::PhoneScreen, 6, false),
        ]
    );
    assert_eq!(cards[2].applied, day("2026-11-28"));
}
