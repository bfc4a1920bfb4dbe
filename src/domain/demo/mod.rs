//! The demo department: a realistic team to try the app on, loaded from the first-run screen.
//!
//! Ids are fixed, so loading the demo on two devices and merging their files gives one team, not two.

pub mod hiring;
mod meetings;
mod motivation;
mod pay;
pub mod sales_floor;
pub mod scale;
pub mod training;

use crate::domain::core::calendar::month_start;
use crate::domain::core::calendar::DayOverride;
use crate::domain::core::clock::Clock;
use crate::domain::core::dataset::{Dataset, Edit};
use crate::domain::core::date::add_days;
use crate::domain::core::record::RecordId;
use crate::domain::core::settings::Settings;
use crate::domain::planning::actions::{monday, ActionStatus, WeekAction};
use crate::domain::planning::fact::DayFacts;
use crate::domain::planning::marketing::{LeadSource, Promotion, SourceMonth};
use crate::domain::planning::metric::{Builtin, Direction, MetricDef, Unit};
use crate::domain::planning::plan::{Plan, PlanStatus};
use crate::domain::planning::report::{ReportKind, ReportNotes};
use crate::domain::planning::split::{available_days, split_among_managers, SplitMethod};
use crate::domain::team::{Absence, AbsenceKind, Manager, ManagerStatus, Role};
use chrono::{Datelike, Months, NaiveDate};
use std::collections::BTreeMap;

/// A fixed id for the n-th demo record.
pub fn demo_id(n: u128) -> RecordId {
    uuid::Uuid::from_u128(0xde70_0000_0000_4000_8000_0000_0000_0000 | n)
}

struct Person {
    name: &'static str,
    role: Role,
    /// Months before today when they were hired.
    months: u32,
    phone: &'static str,
    email: &'static str,
    notes: &'static str,
}

const TEAM: [Person; 8] = [
    Person {
        name: "Соколова Анна Дмитриевна",
        role: Role::TeamLead,
        months: 52,
        phone: "+7 916 204-11-08",
        email: "a.sokolova@example.ru",
        notes: "Ведёт сложных клиентов, наставник новичков.",
    },
    Person {
        name: "Кузнецов Артём Игоревич",
        role: Role::SeniorSeller,
        months: 37,
        phone: "+7 903 517-42-90",
        email: "a.kuznetsov@example.ru",
        notes: "Лучшая конверсия в отделе.",
    },
    Person {
        name: "Морозова Екатерина Сергеевна",
        role: Role::SeniorSeller,
        months: 29,
        phone: "+7 925 388-07-15",
        email: "e.morozova@example.ru",
        notes: "",
    },
    Person {
        name: "Волков Дмитрий Александрович",
        role: Role::Seller,
        months: 18,
        phone: "+7 977 640-23-51",
        email: "d.volkov@example.ru",
        notes: "Стабильный результат.",
    },
    Person {
        name: "Лебедева Мария Андреевна",
        role: Role::Seller,
        months: 14,
        phone: "+7 915 772-90-34",
        email: "m.lebedeva@example.ru",
        notes: "",
    },
    Person {
        name: "Новиков Илья Павлович",
        role: Role::Seller,
        months: 9,
        phone: "+7 926 115-68-27",
        email: "i.novikov@example.ru",
        notes: "Отстаёт по звонкам: разбор на 1:1.",
    },
    Person {
        name: "Фёдорова Ольга Викторовна",
        role: Role::Seller,
        months: 6,
        phone: "+7 999 301-45-66",
        email: "o.fedorova@example.ru",
        notes: "",
    },
    Person {
        name: "Попов Никита Романович",
        role: Role::Trainee,
        months: 1,
        phone: "+7 964 208-13-79",
        email: "n.popov@example.ru",
        notes: "Стажёр, план с понижающим коэффициентом.",
    },
];

/// The demo department as of `today`: settings, the team and its absences, three months of plans and daily facts
/// before today, three weeks of meetings, pay schemes with three closed months, contests, thank-yous, development plans and
/// one-on-ones, and the training and quality records of [`training`], as edits for the write path.
pub fn department(today: NaiveDate) -> Vec<Edit> {
    let mut edits = team(today);
    // The plans and facts are made against the team as it will be saved.
    let mut data = Dataset::default();
    let mut clock = Clock::default();
    for e in &edits {
        if let Ok(changes) = data.stamp(e.clone(), &mut clock, 0, RecordId::nil()) {
            data.apply_all(changes);
        }
    }
    let planning = plans_and_facts(&data, today);
    // The meetings' promises are set around the facts, so they are made against the data with the facts in.
    for e in &planning {
        if let Ok(changes) = data.stamp(e.clone(), &mut clock, 0, RecordId::nil()) {
            data.apply_all(changes);
        }
    }
    edits.extend(planning);
    let meetings = meetings::meetings(&data, today);
    edits.extend(meetings.iter().cloned());
    edits.extend(pay::pay(&data, today));
    edits.extend(motivation::motivation(&data, today));
    let trained = training::training(&data.calendar(), today);
    // Hiring's onboarding links the approved script and the first test.
    for e in &trained {
        if let Ok(changes) = data.stamp(e.clone(), &mut clock, 0, RecordId::nil()) {
            data.apply_all(changes);
        }
    }
    edits.extend(trained);
    edits.extend(hiring::hiring(&data, today));
    // The sales floor finds lateness in the meetings' attendance.
    for e in meetings {
        if let Ok(changes) = data.stamp(e, &mut clock, 0, RecordId::nil()) {
            data.apply_all(changes);
        }
    }
    edits.extend(sales_floor::sales_floor(&data, today));
    edits
}

/// How each demo person sells, as a share of the plan: a star, steady ones, one who struggles, a new hire.
const PERFORMANCE: [u32; 9] = [101, 128, 106, 98, 95, 71, 90, 80, 92];

/// The department's monthly plan per summed metric, split among managers by working days and ramp.
const MONTH_PLAN: [(Builtin, i64); 6] = [
    (Builtin::Payments, 1_400_000_000), // 14 000 000 ₽
    (Builtin::Deals, 135),
    (Builtin::Leads, 620),
    (Builtin::Calls, 6_500),
    (Builtin::Minutes, 21_000),
    (Builtin::TasksDone, 1_700),
];

/// A small deterministic generator (SplitMix64): the demo is the same on every device and in every test.
struct Noise(u64);

impl Noise {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A factor in percent around 100 (± `spread`).
    fn around(&mut self, spread: u64) -> i64 {
        100 - spread as i64 + (self.next() % (2 * spread + 1)) as i64
    }
}

/// Plans for the last three months and this one; facts for every working day of each manager before today.
fn plans_and_facts(data: &Dataset, today: NaiveDate) -> Vec<Edit> {
    let calendar = data.calendar();
    let ramp = data.settings().ramp;
    let people: Vec<RecordId> = (1..=9).map(demo_id).collect();
    let first = month_start(today - Months::new(3));
    let mut edits = Vec::new();
    let mut month = first;
    while month <= today {
        let active: Vec<RecordId> = people
            .iter()
            .copied()
            .filter(|id| {
                let m = &data.managers[id].data;
                !available_days(
                    data,
                    &calendar,
                    *id,
                    m,
                    month,
                    crate::domain::core::calendar::month_end(month),
                )
                .is_empty()
            })
            .collect();
        for (metric, total) in MONTH_PLAN {
            let status = if month < month_start(today) || metric == Builtin::Payments {
                PlanStatus::Approved
            } else {
                PlanStatus::Draft
            };
            let plan = |manager, value| {
                Edit::derived(Plan {
                    month,
                    metric: metric.id(),
                    manager,
                    value,
                    status,
                })
            };
            edits.push(plan(None, total));
            for share in split_among_managers(
                data,
                &calendar,
                month,
                total,
                &active,
                &SplitMethod::ByWorkingDays,
                &ramp,
            ) {
                edits.push(plan(Some(share.manager), share.value));
            }
        }
        edits.push(Edit::derived(Plan {
            month,
            metric: Builtin::TaskQuality.id(),
            manager: None,
            value: 450,
            status: PlanStatus::Approved,
        }));
        month = month + Months::new(1);
    }
    edits.extend(actions_and_marketing(today));
    // Last month's report, as the head wrote it for their boss.
    edits.push(Edit::derived(ReportNotes {
        kind: ReportKind::Monthly,
        start: month_start(add_days(month_start(today), -1)),
        highlights:
            "Кузнецов перевыполнил план третий месяц подряд: разобрали его сценарий на планёрке."
                .into(),
        problems: "Новиков отстаёт по звонкам; у Попова низкая конверсия на этапе встречи.".into(),
        actions: "Ежедневный разбор звонков Новикова; Попов — в пару к Соколовой на две недели."
            .into(),
    }));
    let coached_from = training::coaching_start(&calendar, today);
    for (i, id) in people.iter().enumerate() {
        let m = &data.managers[id].data;
        let mut noise = Noise(0x5EED_0000 + i as u64);
        for date in available_days(data, &calendar, *id, m, first, add_days(today, -1)) {
            let ramp_pct =
                crate::domain::planning::split::ramp_percent(m.hired, date, &ramp) as i64;
            let level = PERFORMANCE[i] as i64 * ramp_pct / 100;
            // About 40 calls, 3.8 leads, 0.83 deals and 92 000 ₽ a day at 100 %.
            let mut calls = 40 * level * noise.around(15) / 10_000;
            // The demo's confirmed hypothesis: the coached seller's calls rise from the coaching's start.
            if *id == demo_id(training::COACHED) && date >= coached_from {
                calls = calls * (100 + training::COACHED_LIFT) / 100;
            }
            let minutes = calls * (25 + (noise.next() % 16) as i64) / 10;
            let leads = (38 * level * noise.around(40) / 100 + 500) / 1_000;
            let deals_x100 = 83 * level * noise.around(60) / 10_000;
            let deals = (deals_x100 + (noise.next() % 100) as i64) / 100;
            let check = 9_000_000 + (noise.next() % 4_000_000) as i64; // 90 000–130 000 ₽
            let tasks = 8 + (noise.next() % 7) as i64;
            let quality = 350 + (noise.next() % 150) as i64 + (level - 100).clamp(-50, 50);
            let values: BTreeMap<RecordId, i64> = [
                (Builtin::Calls, calls),
                (Builtin::Minutes, minutes),
                (Builtin::Leads, leads),
                (Builtin::Deals, deals),
                (Builtin::Payments, deals * check),
                (Builtin::TasksDone, tasks),
                (Builtin::TaskQuality, quality.clamp(100, 500)),
            ]
            .into_iter()
            .map(|(b, v)| (b.id(), v.max(0)))
            .collect();
            edits.push(Edit::derived(DayFacts {
                manager: *id,
                date,
                values,
            }));
        }
    }
    edits
}

/// This week's and last week's action plan (P3), lead sources with their months (P5), and a promotion (P6).
fn actions_and_marketing(today: NaiveDate) -> Vec<Edit> {
    let week = monday(today);
    let last = add_days(week, -7);
    let act = |n: u128,
               week: NaiveDate,
               day: u8,
               owner: Option<u128>,
               metric: Builtin,
               text: &str,
               status| {
        Edit::put(
            demo_id(300 + n),
            WeekAction {
                week,
                day,
                owner: owner.map(demo_id),
                metric: Some(metric.id()),
                text: text.into(),
                status,
                carried_from: None,
            },
        )
    };
    let mut edits = vec![
        act(
            1,
            last,
            0,
            Some(6),
            Builtin::Calls,
            "Разбор звонков Новикова с записью",
            ActionStatus::Done,
        ),
        act(
            2,
            last,
            2,
            None,
            Builtin::Leads,
            "Обзвон спящих клиентов за полгода",
            ActionStatus::Done,
        ),
        act(
            3,
            last,
            4,
            Some(8),
            Builtin::Deals,
            "Попов ведёт встречи в паре с Соколовой",
            ActionStatus::Dropped,
        ),
        act(
            4,
            week,
            0,
            None,
            Builtin::Payments,
            "Дожать счета, выставленные в ноябре",
            ActionStatus::Done,
        ),
        act(
            5,
            week,
            1,
            Some(6),
            Builtin::Calls,
            "Норма 50 звонков в день, контроль в 16:00",
            ActionStatus::Planned,
        ),
        act(
            6,
            week,
            3,
            Some(2),
            Builtin::Deals,
            "Кузнецов: мастер-класс по работе с возражениями",
            ActionStatus::Planned,
        ),
        act(
            7,
            week,
            4,
            None,
            Builtin::Payments,
            "Итоги недели и план на декабрь",
            ActionStatus::Planned,
        ),
    ];
    let sources = [
        ("Сайт и заявки", 260, 45, 92),
        ("Выставки", 80, 70, 104),
        ("Партнёры", 120, 60, 88),
        ("Холодные звонки", 160, 25, 97),
    ];
    for (i, (name, plan, quality, level)) in sources.into_iter().enumerate() {
        let id = demo_id(400 + i as u128);
        edits.push(Edit::put(
            id,
            LeadSource {
                name: name.into(),
                active: true,
            },
        ));
        let mut month = month_start(today - Months::new(3));
        while month <= today {
            // The current month so far: its share of working days gone.
            let share = if month == month_start(today) { 85 } else { 100 };
            let leads = plan * level / 100 * share / 100 + (month.month() as i64 + i as i64) % 7;
            edits.push(Edit::derived(SourceMonth {
                source: id,
                month,
                plan_leads: plan,
                plan_qualified_pct: quality as u16,
                leads,
                qualified: leads * (quality - 5 + (i as i64 * 3)) / 100,
            }));
            month = month + Months::new(1);
        }
    }
    edits.push(Edit::put(
        demo_id(500),
        Promotion {
            name: "Чёрная пятница: −15 % на годовые лицензии".into(),
            from: add_days(today, -10),
            to: add_days(today, -1),
            description: "Скидка при оплате до конца акции; цель — больше оплаченных сделок."
                .into(),
            metric: Builtin::Deals.id(),
        },
    ));
    edits
}

/// The team: settings, eight managers and one who left, and their absences.
fn team(today: NaiveDate) -> Vec<Edit> {
    let mut edits = vec![Edit::derived(Settings {
        company: "ООО «Северный ветер»".into(),
        department: "Отдел продаж B2B".into(),
        ..Settings::default()
    })];
    for (i, p) in TEAM.iter().enumerate() {
        let hired = today
            .checked_sub_months(Months::new(p.months))
            .unwrap_or(today);
        let mut m = Manager::new(p.name, p.role, hired);
        m.phone = p.phone.into();
        m.email = p.email.into();
        m.notes = p.notes.into();
        m.max_open_deals = if p.role == Role::Trainee { 15 } else { 40 };
        edits.push(Edit::put(demo_id(i as u128 + 1), m));
    }
    // One former seller, archived: their history stays, they no longer count.
    let mut left = Manager::new(
        "Зайцев Олег Николаевич",
        Role::Seller,
        today - Months::new(30),
    );
    left.status = ManagerStatus::Left {
        on: today - Months::new(4),
    };
    edits.push(Edit::put(demo_id(9), left));

    let absence = |who: u128, kind, from: NaiveDate, days: u64, note: &str| Absence {
        manager: demo_id(who),
        kind,
        from,
        to: add_days(from, days as i64 - 1),
        note: note.into(),
    };
    let absences = [
        absence(
            5,
            AbsenceKind::Vacation,
            add_days(today, -9),
            14,
            "Ежегодный отпуск",
        ),
        absence(3, AbsenceKind::SickLeave, add_days(today, -40), 5, ""),
        absence(
            4,
            AbsenceKind::Training,
            add_days(today, 12),
            2,
            "Курс «Переговоры с ЛПР»",
        ),
        absence(2, AbsenceKind::Vacation, add_days(today, 27), 10, ""),
    ];
    for (i, a) in absences.into_iter().enumerate() {
        edits.push(Edit::put(demo_id(100 + i as u128), a));
    }
    // A metric of the department's own, and a company day off.
    edits.push(Edit::put(
        demo_id(200),
        MetricDef {
            name: "Встречи с клиентами".into(),
            unit: Unit::Count,
            direction: Direction::HigherIsBetter,
            order: 35,
            hidden: false,
        },
    ));
    edits.push(Edit::derived(DayOverride {
        date: add_days(today, 33),
        working: false,
        note: "Выездная стратегическая сессия".into(),
    }));
    edits
}
