//! The demo department's M2–M4: a running contest on deals (and last month's, closed with its winners),
//! thank-yous, development plans for two people, and one-on-ones with an action carried over.

use super::demo_id;
use crate::domain::core::calendar::month_start;
use crate::domain::core::dataset::{Dataset, Edit};
use crate::domain::core::date::{add_days, month_end};
use crate::domain::motivation::contest::{close, Contest, Scoring};
use crate::domain::motivation::development::{DevPlan, Goal, GoalStatus, Step, Target};
use crate::domain::motivation::one_on_one::{Agreed, OneOnOne, Point, Side};
use crate::domain::motivation::recognition::Recognition;
use crate::domain::planning::metric::Builtin;
use chrono::NaiveDate;

pub fn motivation(data: &Dataset, today: NaiveDate) -> Vec<Edit> {
    let mut edits = contests(data, today);
    edits.extend(recognitions(today));
    edits.extend(development(today));
    edits.extend(one_on_ones(today));
    edits
}

fn contests(data: &Dataset, today: NaiveDate) -> Vec<Edit> {
    let sellers: Vec<_> = (1..=8).map(demo_id).collect();
    let running = Contest {
        name: "Гонка сделок месяца".into(),
        metric: Builtin::Deals.id(),
        from: month_start(today),
        to: month_end(today),
        participants: sellers.clone(),
        scoring: Scoring::PlanShare,
        prizes: vec![
            "Выходной день".into(),
            "Сертификат 5 000 ₽".into(),
            "Обед с руководителем".into(),
        ],
        winners: Vec::new(),
    };
    let last = month_start(add_days(month_start(today), -1));
    let finished = Contest {
        name: "Рост оплат".into(),
        metric: Builtin::Payments.id(),
        from: last,
        to: month_end(last),
        participants: sellers,
        scoring: Scoring::Growth,
        prizes: vec!["Кубок месяца".into()],
        winners: Vec::new(),
    };
    let finished = close(data, &finished, today).unwrap_or(finished);
    vec![
        Edit::put(demo_id(0x3001), running),
        Edit::put(demo_id(0x3002), finished),
    ]
}

fn recognitions(today: NaiveDate) -> Vec<Edit> {
    let thanks = [
        (
            2,
            -2,
            "Закрыл сделку с «Трансойлом» после трёх месяцев переговоров",
        ),
        (
            7,
            -4,
            "Первой в отделе перешла на новый скрипт и поделилась записями звонков",
        ),
        (1, -11, "Провела разбор сложного клиента для стажёра"),
    ];
    thanks
        .into_iter()
        .enumerate()
        .map(|(i, (who, days, reason))| {
            Edit::put(
                demo_id(0x3101 + i as u128),
                Recognition {
                    manager: demo_id(who),
                    date: add_days(today, days),
                    reason: reason.into(),
                },
            )
        })
        .collect()
}

fn step(text: &str, due: NaiveDate, materials: &str, done: Option<NaiveDate>) -> Step {
    Step {
        text: text.into(),
        due,
        materials: materials.into(),
        done,
    }
}

fn development(today: NaiveDate) -> Vec<Edit> {
    // Новиков lags on calls: a metric goal and a skill goal, one step overdue.
    let novikov = DevPlan {
        manager: demo_id(6),
        goals: vec![
            Goal {
                title: "1 200 звонков в месяц (60 в день)".into(),
                target: Target::Metric {
                    metric: Builtin::Calls.id(),
                    value: 1_200,
                },
                status: GoalStatus::Open,
                steps: vec![
                    step(
                        "Блоки звонков 10:00–12:00 без переключений",
                        add_days(today, -14),
                        "",
                        Some(add_days(today, -13)),
                    ),
                    step(
                        "Прослушать 5 звонков Кузнецова",
                        add_days(today, -3),
                        "Записи в CRM, папка «Лучшие звонки»",
                        None,
                    ),
                ],
            },
            Goal {
                title: "Работа с возражением «дорого»".into(),
                target: Target::Skill,
                status: GoalStatus::Open,
                steps: vec![step(
                    "Ролевая игра с Соколовой",
                    add_days(today, 6),
                    "Кейс «Дорого» в библиотеке",
                    None,
                )],
            },
        ],
        next_review: Some(add_days(today, 9)),
    };
    // Фёдорова grows towards senior.
    let fedorova = DevPlan {
        manager: demo_id(7),
        goals: vec![Goal {
            title: "Вести переговоры с ЛПР самостоятельно".into(),
            target: Target::Skill,
            status: GoalStatus::Open,
            steps: vec![
                step(
                    "Курс «Переговоры с ЛПР»",
                    add_days(today, -20),
                    "Книга «Переговоры без поражения»",
                    Some(add_days(today, -21)),
                ),
                step(
                    "Две встречи с ЛПР вместе с Кузнецовым",
                    add_days(today, 14),
                    "",
                    None,
                ),
            ],
        }],
        next_review: Some(add_days(today, 20)),
    };
    vec![Edit::derived(novikov), Edit::derived(fedorova)]
}

fn one_on_ones(today: NaiveDate) -> Vec<Edit> {
    let point = |by, text: &str, discussed| Point {
        by,
        text: text.into(),
        discussed,
    };
    let action = |text: &str, owner, due: Option<NaiveDate>, done: Option<NaiveDate>| Agreed {
        text: text.into(),
        owner,
        due,
        done,
    };
    let earlier = OneOnOne {
        manager: demo_id(6),
        date: add_days(today, -16),
        points: vec![
            point(Side::Head, "Звонков меньше плана третью неделю", true),
            point(Side::Person, "Много времени уходит на документы", true),
        ],
        notes: "Договорились о блоках звонков по утрам; документы — через ассистента.".into(),
        mood: Some(3),
        actions: vec![
            action(
                "Утренние блоки звонков",
                Side::Person,
                Some(add_days(today, -9)),
                Some(add_days(today, -10)),
            ),
            action(
                "Договориться с ассистентом о договорах",
                Side::Head,
                Some(add_days(today, -6)),
                None,
            ),
        ],
    };
    let last = OneOnOne {
        manager: demo_id(6),
        date: add_days(today, -2),
        points: vec![point(Side::Head, "Как идут утренние блоки", true)],
        notes: "Звонков стало больше; нужна помощь с возражением «дорого».".into(),
        mood: Some(4),
        actions: vec![action(
            "Ролевая игра по возражению «дорого»",
            Side::Person,
            Some(add_days(today, 6)),
            None,
        )],
    };
    let planned = OneOnOne {
        manager: demo_id(7),
        date: add_days(today, 1),
        points: vec![
            point(Side::Person, "Хочу вести ЛПР сама", false),
            point(Side::Head, "Итоги курса по переговорам", false),
        ],
        notes: String::new(),
        mood: None,
        actions: Vec::new(),
    };
    let kuznetsov = OneOnOne {
        manager: demo_id(2),
        date: add_days(today, -10),
        points: vec![point(
            Side::Person,
            "Хочу наставничество над стажёром",
            true,
        )],
        notes: "Готов вести Попова; обсудить с Соколовой.".into(),
        mood: Some(5),
        actions: vec![action(
            "Поговорить с Соколовой о наставничестве",
            Side::Head,
            None,
            None,
        )],
    };
    // The rest of the team on their cadence: Морозова's is overdue, Лебедева's waits for her vacation to end.
    let held = |who: u128, days: i64, mood: u8, notes: &str| OneOnOne {
        mood: Some(mood),
        notes: notes.into(),
        ..OneOnOne::new(demo_id(who), add_days(today, days))
    };
    let others = [
        held(1, -6, 4, "Нагрузка наставника: берёт Попова ещё на месяц."),
        held(
            3,
            -19,
            3,
            "После больничного: мягкий вход, план без изменений.",
        ),
        held(
            4,
            -9,
            4,
            "Хочет вести крупных клиентов; обсудили курс по переговорам.",
        ),
        held(5, -24, 4, "Перед отпуском: передача клиентов Волкову."),
        held(
            8,
            -5,
            3,
            "Первый месяц: трудно с возражениями, идёт в пару к Соколовой.",
        ),
    ];
    [earlier, last, planned, kuznetsov]
        .into_iter()
        .chain(others)
        .enumerate()
        .map(|(i, o)| Edit::put(demo_id(0x3201 + i as u128), o))
        .collect()
}
